"""Plural-Forms derived from CLDR: agree with Babel on every integer, accepted by msgfmt -c."""

from __future__ import annotations

import gettext
import re

import pytest
from babel import Locale

from generator.catalogs.plurals import (
    categories_for_header,
    check_plural_header,
    gettext_plural_forms,
    plural_forms_header,
    plural_index,
    representatives,
)

LOCALES = [
    "en",
    "de",
    "fr",
    "pt",
    "pt_BR",
    "bg",
    "ru",
    "ar",
    "pl",
    "ja",
    "cs",
    "uk",
    "lt",
    "cy",
    "ga",
    "he",
    "sl",
    "ro",
]
NUMBERS = list(range(0, 1001)) + [10**p for p in range(4, 10)] + [1_000_001, 2_000_000, 21_000_000]


@pytest.mark.parametrize("locale", LOCALES)
def test_formula_agrees_with_cldr_for_integers(locale):
    nplurals, expr, cats = gettext_plural_forms(locale)
    func = gettext.c2py(expr)
    rule = Locale.parse(locale).plural_form
    assert len(cats) == nplurals
    for n in NUMBERS:
        index = func(n)
        assert 0 <= index < nplurals
        assert cats[index] == rule(n), (
            f"{locale}: n={n} gives msgstr[{index}] ({cats[index]}), CLDR says {rule(n)}"
        )


@pytest.mark.parametrize("locale", LOCALES)
def test_formula_only_uses_n(locale):
    """Babel's to_gettext leaves CLDR operands (e, v) in fr/pt formulas; ours must not."""
    _, expr, _ = gettext_plural_forms(locale)
    assert re.fullmatch(r"[n0-9%=!<>&|?:() ]+", expr), expr


@pytest.mark.parametrize(
    "locale, nplurals, cats",
    [
        ("en", 2, ("one", "other")),
        ("de", 2, ("one", "other")),
        ("bg", 2, ("one", "other")),
        ("fr", 3, ("one", "many", "other")),
        ("pt", 3, ("one", "many", "other")),
        ("pt_BR", 3, ("one", "many", "other")),
        ("ru", 3, ("one", "few", "many")),
        ("uk", 3, ("one", "few", "many")),
        ("pl", 3, ("one", "few", "many")),
        ("ar", 6, ("zero", "one", "two", "few", "many", "other")),
        ("ja", 1, ("other",)),
    ],
)
def test_expected_shapes(locale, nplurals, cats):
    assert gettext_plural_forms(locale)[0] == nplurals
    assert gettext_plural_forms(locale)[2] == cats


def test_special_cases():
    assert plural_forms_header("ja") == "nplurals=1; plural=0;"
    assert plural_forms_header("en") == "nplurals=2; plural=(n!=1);"
    _, fr, cats = gettext_plural_forms("fr")
    assert cats[gettext.c2py(fr)(1_000_000)] == "many"
    assert cats[gettext.c2py(fr)(0)] == "one"
    assert cats[gettext.c2py(fr)(2)] == "other"
    # Russian "other" exists only for fractions: no msgstr slot for it.
    assert "other" not in gettext_plural_forms("ru")[2]


def test_locale_spellings_agree():
    assert gettext_plural_forms("pt-BR") == gettext_plural_forms("pt_BR")


@pytest.mark.parametrize("locale", LOCALES)
def test_msgfmt_accepts_header(locale, tmp_path, msgfmt):
    nplurals, _, _ = gettext_plural_forms(locale)
    forms = "".join(f'msgstr[{i}] "{{n}} x{i}"\n' for i in range(nplurals))
    po = tmp_path / f"{locale}.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n'
        '"Project-Id-Version: t\\n"\n"PO-Revision-Date: 2024-01-01 00:00+0000\\n"\n'
        '"Last-Translator: \\n"\n"Language-Team: \\n"\n'
        f'"Language: {locale}\\n"\n"MIME-Version: 1.0\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
        f'"Plural-Forms: {plural_forms_header(locale)}\\n"\n\n'
        '#, python-brace-format\nmsgid "{n} day"\nmsgid_plural "{n} days"\n' + forms,
        encoding="utf-8",
    )
    code, err = msgfmt(po)
    assert code == 0, err
    assert err == "", err


def test_check_plural_header_accepts_any_spelling_of_the_rule():
    assert check_plural_header(plural_forms_header("ru"), "ru") is None
    gnu_ru = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
    assert check_plural_header(gnu_ru, "ru") is None
    assert check_plural_header("nplurals=2; plural=n != 1;", "de") is None
    assert check_plural_header("nplurals=1; plural=0;", "ja") is None


def test_check_plural_header_reports_disagreements():
    message = check_plural_header("nplurals=2; plural=(n != 1);", "ru")
    assert "nplurals=2" in message and "3" in message
    message = check_plural_header("nplurals=2; plural=(n > 1);", "fr")
    assert "nplurals=2" in message
    wrong = "nplurals=3; plural=(n==1 ? 0 : n>=2 && n<=4 ? 1 : 2);"  # Czech rule in a Russian file
    message = check_plural_header(wrong, "ru")
    assert message and "n=" in message
    assert "unusable" in check_plural_header("nplurals=two; plural=n;", "ru")
    assert "unusable" in check_plural_header("nplurals=2; plural=(n != 1 ? 0 : 5);", "en")
    assert "missing" in check_plural_header(None, "ru")


def test_categories_for_header():
    assert categories_for_header(plural_forms_header("ru"), "ru") == ("one", "few", "many")
    assert categories_for_header(plural_forms_header("ar"), "ar") == (
        "zero",
        "one",
        "two",
        "few",
        "many",
        "other",
    )
    # The pre-CLDR-42 French header: index 1 serves both "many" (1000000) and "other".
    assert categories_for_header("nplurals=2; plural=(n > 1);", "fr") == ("one", None)
    with pytest.raises(ValueError):
        categories_for_header("garbage", "fr")


def test_plural_index_is_cached_and_representatives():
    assert plural_index("(n!=1)") is plural_index("(n!=1)")
    _, expr, _ = gettext_plural_forms("ru")
    assert representatives(expr, 3) == (1, 2, 0)
    _, expr, _ = gettext_plural_forms("fr")
    assert representatives(expr, 3) == (0, 1_000_000, 2)
