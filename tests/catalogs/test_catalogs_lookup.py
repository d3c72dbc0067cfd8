"""Translations lookup: gettext semantics (fuzzy/empty unused) and plural forms chosen by the header."""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.catalogs import Translations, make_template, new_catalog, read_catalog, write_catalog

NOW = "2024-03-01 12:00+0000"


def translated(tmp_path, seg, locale, forms, extra=()):
    template = make_template(
        [seg("d", "{n} day", "{n} days"), seg("t", "Title"), seg("f", "Fuzzy"), seg(None, "Plain")]
    )
    catalog = new_catalog(locale, template, now=NOW)
    catalog.get("{n} day", "d").string = tuple(forms)
    catalog.get("Title", "t").string = f"Title/{locale}"
    fuzzy = catalog.get("Fuzzy", "f")
    fuzzy.string, fuzzy.flags = "Guess", fuzzy.flags | {"fuzzy"}
    catalog.get("Plain", None).string = "Plain/" + locale
    path = tmp_path / f"{locale}.po"
    write_catalog(catalog, path)
    return Translations(read_catalog(path))


def test_russian_plural_forms(tmp_path, seg):
    tr = translated(tmp_path, seg, "ru", ["{n} день", "{n} дня", "{n} дней"])
    got = {n: tr.ngettext("d", "{n} day", "{n} days", n) for n in (1, 2, 5, 21, 11, 0, 101, 111, 1_000_000)}
    assert got == {
        1: "{n} день", 2: "{n} дня", 5: "{n} дней", 21: "{n} день", 11: "{n} дней",
        0: "{n} дней", 101: "{n} день", 111: "{n} дней", 1_000_000: "{n} дней",
    }  # fmt: skip


def test_arabic_plural_forms(tmp_path, seg):
    forms = ["zero", "one", "two", "few", "many", "other"]
    tr = translated(tmp_path, seg, "ar", forms)
    got = {n: tr.ngettext("d", "{n} day", "{n} days", n) for n in (0, 1, 2, 3, 11, 100, 102, 111)}
    assert got == {
        0: "zero",
        1: "one",
        2: "two",
        3: "few",
        11: "many",
        100: "other",
        102: "other",
        111: "many",
    }


def test_french_million_uses_many(tmp_path, seg):
    tr = translated(tmp_path, seg, "fr", ["un", "million", "autres"])
    assert [tr.ngettext("d", "{n} day", "{n} days", n) for n in (0, 1, 2, 1_000_000)] == [
        "un",
        "un",
        "autres",
        "million",
    ]
    assert tr.ngettext("d", "{n} day", "{n} days", Decimal("1.5")) == "un"  # CLDR: 1.5 is "one" in French


def test_fractions_in_russian_fall_back_to_last_form(tmp_path, seg):
    tr = translated(tmp_path, seg, "ru", ["{n} день", "{n} дня", "{n} дней"])
    assert tr.plural_form(Decimal("2.0")) == 1
    assert tr.plural_form(Decimal("1.5")) == 2  # CLDR "other" has no gettext slot
    with pytest.raises(TypeError):
        tr.plural_form("3")


def test_gettext_and_states(tmp_path, seg):
    tr = translated(tmp_path, seg, "de", ["ein Tag", ""])
    assert tr.gettext("t", "Title") == "Title/de"
    assert tr.gettext(None, "Plain") == "Plain/de"
    assert tr.gettext("f", "Fuzzy") is None  # fuzzy is never used, as in gettext
    assert tr.gettext("t", "Other") is None and tr.gettext("x", "Title") is None
    assert tr.ngettext("d", "{n} day", "{n} days", 1) == "ein Tag"
    assert tr.ngettext("d", "{n} day", "{n} days", 2) is None  # that form is empty
    assert tr.state("t", "Title") == "translated"
    assert tr.state("f", "Fuzzy") == "fuzzy"
    assert tr.state("d", "{n} day") == "untranslated"
    assert tr.state("t", "Nope") == "missing"
    assert dict(((c, m), s) for c, m, s in tr.states())[("t", "Title")] == "translated"


def test_japanese_single_form(tmp_path, seg):
    tr = translated(tmp_path, seg, "ja", ["{n}日"])
    assert [tr.ngettext("d", "{n} day", "{n} days", n) for n in (0, 1, 2, 100)] == ["{n}日"] * 4
