"""Writing: Babel-identical wrapping, lossless round trips through our reader and through msgfmt."""

from __future__ import annotations

import subprocess

import pytest
from babel.messages.pofile import normalize as babel_normalize
from catalog_helpers import Seg
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.catalogs import make_template, new_catalog, read_catalog, render_catalog, write_catalog
from generator.catalogs.pofile import catalog_from_text, normalize

TEXT = st.lists(
    st.sampled_from(list('ab c-\\"\n\t\r{}%é€مя\u2028') + ["word ", "long-hyphenated-word ", "--"]),
    max_size=80,
).map("".join)


@given(TEXT, st.integers(min_value=20, max_value=90))
@settings(max_examples=300, deadline=None)
def test_normalize_matches_babel(text, width):
    assert normalize(text, width) == babel_normalize(text, width=width)


@given(
    st.lists(
        st.tuples(st.text(max_size=8), TEXT.filter(bool), TEXT),
        min_size=1,
        max_size=5,
        unique_by=lambda t: (t[0], t[1]),
    )
)
@settings(max_examples=150, deadline=None)
def test_render_then_read_is_lossless(items):
    template = make_template(
        [Seg(ctx, msgid, None, [("a.md", 1)], set(), ["note"]) for ctx, msgid, _ in items]
    )
    catalog = new_catalog("de", template, now="2024-01-01 00:00+0000")
    for ctx, msgid, translation in items:
        catalog.get(msgid, ctx).string = translation
    text = render_catalog(catalog)
    again = catalog_from_text(text, "x.po")
    assert [(m.context, m.id, m.string) for m in again if m.id] == [(c, i, t) for c, i, t in items]
    assert render_catalog(again) == text


def test_msgfmt_reads_what_we_write(tmp_path, msgfmt):
    """Escapes, long lines, previous msgids and obsolete entries survive GNU's reader."""
    long = 'A rather long sentence with "quotes", a tab\there and a backslash \\ that must wrap. ' * 2
    template = make_template(
        [Seg("c", long, None, [("p a.md", 2)], set(), []), Seg("d", "x\ny", None, [], set(), [])]
    )
    catalog = new_catalog("fr", template, now="2024-01-01 00:00+0000")
    message = catalog.get(long, "c")
    message.string, message.flags = "Une phrase « longue »\n", {"fuzzy"}
    message.previous_id = [long.upper()]
    catalog.get("x\ny", "d").string = "x\ny"
    path = tmp_path / "fr.po"
    write_catalog(catalog, path)
    assert msgfmt(path)[0] == 0
    out = tmp_path / "out.po"
    subprocess.run(["msgcat", "-o", str(out), str(path)], check=True)
    assert render_catalog(read_catalog(out)) == render_catalog(read_catalog(path))
    assert read_catalog(path).get(long, "c").previous_id == [long.upper()]
    assert read_catalog(path).get(long, "c").locations == [("p a.md", 2)]


def test_write_returns_false_when_nothing_changed(tmp_path):
    template = make_template([Seg("c", "Hello", None, [], set(), [])])
    assert write_catalog(template, tmp_path / "m.pot")
    assert not write_catalog(template, tmp_path / "m.pot")


def test_crlf_files_stay_crlf(tmp_path):
    path = tmp_path / "de.po"
    write_catalog(
        new_catalog(
            "de", make_template([Seg("c", "Hello", None, [], set(), [])]), now="2024-01-01 00:00+0000"
        ),
        path,
    )
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    catalog = read_catalog(path)
    catalog.get("Hello", "c").string = "Hallo"
    write_catalog(catalog, path, now="2024-02-02 00:00+0000")
    data = path.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") and b'msgstr "Hallo"' in data


@pytest.mark.parametrize("name", ["messages.pot", "sub/dir/messages.po"])
def test_parent_directories_are_created(tmp_path, name):
    write_catalog(make_template([]), tmp_path / name)
    assert (tmp_path / name).is_file()
