"""Reading PO files: every problem is an InputError located by line; BOM and CRLF are fine."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from generator.catalogs import read_catalog, render_catalog, scan_entries
from generator.errors import InputError

HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Project-Id-Version: slasite\\n"\n'
    '"Language: ru\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && '
    '(n%100<12 || n%100>14) ? 1 : 2);\\n"\n'
)  # 8 lines
BODY = (
    "\n"  # line 9
    "# slasite: ignore SLA201 the brand name is not translated\n"  # 10
    "#. heading of the VIP page\n"  # 11
    "#: content/pages/vip.md:3\n"  # 12
    "#, fuzzy, python-brace-format\n"  # 13
    '#| msgid "Hello {who}"\n'  # 14
    'msgctxt "vip:title"\n'  # 15
    'msgid "Hello {name}"\n'  # 16
    'msgstr "Привет, {name}"\n'  # 17
    "\n"
    'msgctxt "vip:days"\n'  # 19
    'msgid "{count} day"\n'  # 20
    'msgid_plural "{count} days"\n'
    'msgstr[0] "{count} день"\n'  # 22
    'msgstr[1] "{count} дня"\n'
    'msgstr[2] "{count} дней"\n'
    "\n"
    "# kept for later\n"
    '#~ msgctxt "vip:old"\n'  # 27
    '#~ msgid "Old text"\n'
    '#~ msgstr "Старый текст"\n'
)


def write(tmp_path, text, name="messages.po"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def error_of(path) -> InputError:
    with pytest.raises(InputError) as info:
        read_catalog(path)
    assert info.value.exit_code == 2
    return info.value


def test_reads_messages_with_lines_and_comments(tmp_path):
    catalog = read_catalog(write(tmp_path, HEADER + BODY))
    title = catalog.get("Hello {name}", "vip:title")
    assert title.string == "Привет, {name}"
    assert title.lineno == 16 and title.msgstr_lineno == 17
    assert title.flags == {"fuzzy", "python-brace-format"}
    assert title.user_comments == ["slasite: ignore SLA201 the brand name is not translated"]
    assert title.auto_comments == ["heading of the VIP page"]
    assert title.locations == [("content/pages/vip.md", 3)]
    assert title.previous_id == ["Hello {who}"]
    days = catalog.get("{count} day", "vip:days")
    assert days.string == ("{count} день", "{count} дня", "{count} дней")
    assert catalog.num_plurals == 3
    assert list(catalog.obsolete.values())[0].string == "Старый текст"
    assert catalog.header("language") == "ru"
    assert catalog.header_field_lines["plural-forms"] == 8


def test_scan_entries_gives_exact_lines_and_comments(tmp_path):
    entries = scan_entries(write(tmp_path, HEADER + BODY))
    header, title, days, old = entries
    assert header.is_header and header.msgstr_line == 2
    assert (title.line, title.msgctxt_line, title.msgid_line, title.msgstr_line) == (10, 15, 16, 17)
    assert title.translator_comments == ("slasite: ignore SLA201 the brand name is not translated",)
    assert title.flags == ("fuzzy", "python-brace-format") and title.fuzzy
    assert title.previous_msgid == "Hello {who}"
    assert days.msgid_plural == "{count} days" and days.msgstr_lines == (22, 23, 24)
    assert old.obsolete and old.msgid == "Old text" and old.translator_comments == ("kept for later",)


@pytest.mark.parametrize(
    "body, line, words",
    [
        ('\nmsgid "a"\nmsgstr "b\n', 11, "unterminated"),
        ('\nmsgid "a"\nmsgstr "b"\nfoo "x"\n', 12, "unknown keyword"),
        ('\nmsgid "a"\n\nmsgid "c"\nmsgstr "d"\n', 10, "no msgstr"),
        ('\nmsgid "a"\nmsgstr "b\\q"\n', 11, "escape"),
        ('\nmsgid "a"\nmsgstr[0] "b"\n', 11, "without msgid_plural"),
        ('\nmsgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[2] "c"\n', 13, "out of order"),
        ('\nmsgid "a"\nmsgstr "b"\nmsgstr "c"\n', 12, "second msgstr"),
        ('\n# note\n"stray"\n', 11, "continuation"),
        ('\nmsgid "a"\n# late comment\nmsgstr "b"\n', 11, "comment"),
    ],
)
def test_syntax_errors_are_located(tmp_path, body, line, words):
    err = error_of(write(tmp_path, HEADER + body))
    assert err.location.line == line
    assert words in err.message
    assert str(err).startswith(f"{tmp_path / 'messages.po'}:{line}:")


def test_syntax_errors_agree_with_msgfmt(tmp_path, msgfmt):
    """What we reject, GNU msgfmt rejects too (and vice versa for adjacent strings)."""
    bad = write(tmp_path, HEADER + '\nmsgid "a"\nmsgstr "b\n', "bad.po")
    assert msgfmt(bad)[0] != 0
    good = write(tmp_path, HEADER + '\nmsgid "a"\nmsgstr "b" "c"\n', "good.po")
    assert msgfmt(good)[0] == 0
    assert read_catalog(good).get("a").string == "bc"


def test_invalid_utf8_names_offset_and_line(tmp_path):
    data = (HEADER + '\nmsgid "caf"\nmsgstr "caf').encode() + b"\xe9" + b'"\n'
    err = error_of(write(tmp_path, data))
    assert err.location.line == 11
    offset = data.index(b"\xe9")
    assert "UTF-8" in err.message and f"offset {offset}" in err.message


def test_declared_charset_other_than_utf8_is_rejected(tmp_path):
    err = error_of(write(tmp_path, HEADER.replace("charset=UTF-8", "charset=ISO-8859-1") + BODY))
    assert err.location.line == 6 and "ISO-8859-1".lower() in err.message.lower()


def test_duplicate_message_names_both_lines(tmp_path):
    dup = '\nmsgctxt "x"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "x"\nmsgid "a"\nmsgstr "c"\n'
    err = error_of(write(tmp_path, HEADER + dup))
    assert err.location.line == 15
    assert "duplicate" in err.message and "line 11" in err.message


def test_same_msgid_in_two_contexts_is_not_a_duplicate(tmp_path):
    body = '\nmsgctxt "x"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "y"\nmsgid "a"\nmsgstr "c"\n\nmsgid "a"\nmsgstr "d"\n'
    catalog = read_catalog(write(tmp_path, HEADER + body))
    assert [m.string for m in catalog if m.id] == ["b", "c", "d"]


@pytest.mark.parametrize(
    "value", ["nplurals=3; plural=(n%10==1 ? 0", "nplurals=three; plural=0;", "plural=n!=1;"]
)
def test_bad_plural_forms_located_on_its_line(tmp_path, value):
    text = HEADER.replace(HEADER.splitlines()[7], f'"Plural-Forms: {value}\\n"')
    err = error_of(write(tmp_path, text + BODY))
    assert err.location.line == 8
    assert "Plural-Forms" in err.message
    assert "nplurals=3" in err.hint  # the CLDR header for ru, from the Language field


def test_plural_expression_out_of_range_is_rejected(tmp_path):
    text = HEADER.replace("? 1 : 2);", "? 1 : 3);")
    err = error_of(write(tmp_path, text + BODY))
    assert err.location.line == 8 and "outside" in err.message


def test_missing_plural_forms(tmp_path):
    no_plural_header = "".join(line + "\n" for line in HEADER.splitlines()[:7])
    err = error_of(write(tmp_path, no_plural_header + BODY))
    assert "no Plural-Forms" in err.message and err.location.line == 2
    # Without plural messages msgfmt does not need the header, and neither do we.
    singular_only = BODY.split('\nmsgctxt "vip:days"')[0] + "\n"
    catalog = read_catalog(write(tmp_path, no_plural_header + singular_only))
    assert catalog.num_plurals == 3  # CLDR rule of the Language header


def test_bom_is_accepted_and_reported(tmp_path):
    plain = read_catalog(write(tmp_path, HEADER + BODY, "plain.po"))
    bom = read_catalog(write(tmp_path, b"\xef\xbb\xbf" + (HEADER + BODY).encode(), "bom.po"))
    assert bom.has_bom and not plain.has_bom
    assert render_catalog(bom) == render_catalog(plain)
    assert scan_entries(tmp_path / "bom.po")[1].msgid_line == 16


def test_crlf_is_accepted(tmp_path):
    path = write(tmp_path, (HEADER + BODY).replace("\n", "\r\n"))
    catalog = read_catalog(path)
    assert catalog.crlf
    assert catalog.get("Hello {name}", "vip:title").string == "Привет, {name}"
    assert catalog.get("Hello {name}", "vip:title").lineno == 16
    assert render_catalog(catalog) == render_catalog(read_catalog(write(tmp_path, HEADER + BODY, "lf.po")))


def test_unreadable_file(tmp_path):
    err = error_of(tmp_path / "missing.po")
    assert "cannot read" in err.message


def test_locale_argument_wins_and_is_validated(tmp_path):
    path = write(tmp_path, HEADER + BODY)
    assert str(read_catalog(path, locale="uk").locale) == "uk"
    with pytest.raises(InputError):
        read_catalog(path, locale="xx")


def test_percent_signs_do_not_become_python_format(tmp_path):
    """Babel's Message would flag "100% satisfied" as python-format ('% s'); we keep the file's flags."""
    body = '\nmsgid "100% satisfied"\nmsgstr "100 % satisfaits"\n'
    catalog = read_catalog(write(tmp_path, HEADER + body))
    assert catalog.get("100% satisfied").flags == set()
    assert "python-format" not in render_catalog(catalog)


@pytest.mark.skipif(shutil.which("msgcat") is None, reason="GNU msgcat not installed")
def test_gettext_round_trip(tmp_path):
    """msgcat (GNU's own reader and writer) and our reader see the same catalog."""
    ours = write(tmp_path, HEADER + BODY, "ours.po")
    theirs = tmp_path / "theirs.po"
    subprocess.run(["msgcat", "--width=40", "-o", str(theirs), str(ours)], check=True)
    assert render_catalog(read_catalog(theirs)) == render_catalog(read_catalog(ours))
