"""Re-scanning an edited PO file block by block gives exactly what one scan of the whole file gives.

`scan_text` keeps the blocks (runs of non-blank lines) of a file's previous version and scans
only the changed ones. Whatever the edit, the entries (texts, flags, comments, every line number)
and every syntax error (message and line) must be those of a scan of the whole new text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.catalogs import scan
from generator.errors import InputError

REPO = Path(__file__).resolve().parents[2]
FR = (REPO / "locales" / "fr" / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
PATH = "locales/fr/LC_MESSAGES/messages.po"

# lines an editor (or a broken merge) may put anywhere
LINES = [
    "", "   ", "# a translator's note", "#. extracted", "#: content/x.md:3", "#, fuzzy", "#, python-brace-format",
    '#| msgid "old text"', 'msgctxt "page:x:p"', 'msgid "Severity 1"', 'msgid_plural "{num} hours"',
    'msgstr ""', 'msgstr "Gravité 1"', 'msgstr[0] "{num} heure"', 'msgstr[1] "{num} heures"',
    '"continued text "', '"24/7\\n"', '#~ msgid "gone"', '#~ msgstr "parti"', '#~ "more"',
    'msgstr "unterminated', "garbage line",
]


def whole(text: str):
    """One scan of the whole text, with no memory: the reference."""
    try:
        return tuple(scan._Scanner(PATH).scan(text)), None
    except InputError as exc:
        return None, (exc.message, exc.location.line if exc.location else None)


def incremental(old: str, new: str):
    """What `scan_text` gives for `new` right after it scanned `old` for the same file."""
    scan.forget()
    try:
        scan.scan_text(old, PATH)
    except InputError:
        pass
    try:
        return tuple(scan.scan_text(new, PATH)), None
    except InputError as exc:
        return None, (exc.message, exc.location.line if exc.location else None)


def test_an_unchanged_file_is_not_scanned_again(monkeypatch):
    scan.forget()
    first = scan.scan_text(FR, PATH)
    monkeypatch.setattr(scan._Scanner, "scan_lines", lambda *a: pytest.fail("scanned again"))
    assert scan.scan_text(FR, PATH) == first


def test_an_edited_message_is_scanned_alone(monkeypatch):
    """Only the run of changed blocks goes through the scanner; the rest is reused."""
    new = FR.replace('msgstr "Critique"', 'msgstr "Critique (P1)"', 1)
    assert new != FR
    expected = list(whole(new)[0])
    scan.forget()
    scan.scan_text(FR, PATH)
    scanned: list[int] = []
    real = scan._Scanner.scan_lines

    def counting(self, lines, first_line):
        scanned.append(len(lines))
        return real(self, lines, first_line)

    monkeypatch.setattr(scan._Scanner, "scan_lines", counting)
    got = scan.scan_text(new, PATH)
    assert got == expected
    assert sum(scanned) < 20, scanned  # the edited block and the last one


@pytest.mark.parametrize("old, new", [
    (FR, FR.replace('msgstr "Critique"', 'msgstr "Critique (P1)"', 1)),  # one msgstr
    (FR, FR.replace("\n\n", "\n\n\n", 7)),  # lines inserted: everything after moves down
    (FR, FR.replace("\n\n", "\n", 3)),  # blocks merged
    (FR, FR.replace('\nmsgstr "', '\n\nmsgstr "', 1)),  # a blank line inside an entry
    (FR, FR.replace('msgstr "Critique"', 'msgstr "Critique', 1)),  # a syntax error
    (FR, FR.replace("\n\n#", "\n\n# orphan comment\n\n#", 2)),  # comments waiting for the next entry
    (FR, FR + '\n"a continuation after the last entry"\n'),
    (FR, FR.replace("\n", "\r\n")),  # CRLF everywhere
    (FR.replace('msgstr "Critique"', 'msgstr "Critique', 1), FR),  # the error mended
])
def test_typical_edits_give_the_whole_scan(old, new):
    assert incremental(old, new) == whole(new)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["delete", "insert", "replace", "duplicate"]),
                          st.integers(min_value=0, max_value=10**6), st.sampled_from(LINES)),
                min_size=1, max_size=6))
def test_any_edit_gives_the_whole_scan(edits):
    lines = FR.split("\n")
    for op, where, line in edits:
        i = where % (len(lines) + 1)
        if op == "delete" and i < len(lines):
            del lines[i]
        elif op == "insert":
            lines.insert(i, line)
        elif op == "replace" and i < len(lines):
            lines[i] = line
        elif op == "duplicate" and i < len(lines):
            lines.insert(i, lines[i])
    new = "\n".join(lines)
    assert incremental(FR, new) == whole(new)


def test_the_build_cache_carries_the_previous_version_to_the_next_run(tmp_path):
    """A new process (no memory) re-scans from the version the cache kept."""
    from generator.cache import Store

    store = Store(tmp_path)
    scan.forget()
    scan.scan_text_cached(FR, PATH, store, "scan-fr")
    scan.forget()
    new = FR.replace('msgstr "Critique"', 'msgstr "Critique (P1)"', 1)
    assert scan.scan_text_cached(new, PATH, store, "scan-fr") == list(whole(new)[0])
    assert len(scan._BLOCKS) > 50  # the previous version's blocks were taken from the cache
