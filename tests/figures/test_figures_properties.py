"""Property tests: read_figures never crashes, and reads back what Babel formats, in every locale."""

from decimal import Decimal

import pytest
from babel.numbers import format_currency, format_decimal
from babel.units import format_unit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.figures import compare_figures, read_figures

LOCALES = ["en", "pt", "pt_BR", "bg", "fr", "de", "ru", "ar", "es", "it", "pl", "de_CH", "ar_EG", "fa", "ja"]
MAIN = ["en", "pt", "pt_BR", "bg", "fr", "de", "ru", "ar"]
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999"), places=2)
counts = st.sampled_from([Decimal(x) for x in ("1", "2", "3", "4", "5", "11", "21", "24", "1.5", "0.5", "100")])
texty = st.text(alphabet=st.sampled_from(
    list("0123456789 .,:;-–—/%€$£()[]{}<>hH'’\n") + list("amp ÉéЧчасдниUhrjourheureساعة٠١٢٣") + ["\u00a0", "\u202f", "\u200f"]),
    max_size=60)


@pytest.mark.parametrize("locale", LOCALES)
@FAST
@given(text=st.text(max_size=80) | texty)
def test_never_crashes(locale, text):
    figures = read_figures(text, locale)
    last = -1
    for f in figures:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start:f.end] == f.text
        assert f.start >= last
        last = f.end
        hash(f.value)
    compare_figures(figures, read_figures(text[::-1], locale))


def _values(text, locale, kind):
    return [f.value for f in read_figures(text, locale) if f.kind == kind]


@pytest.mark.parametrize("locale", LOCALES)
@FAST
@given(value=amounts)
def test_decimal_round_trip(locale, value):
    for system in ("latn", "default"):
        try:
            text = format_decimal(value, locale=locale, numbering_system=system)
        except Exception:  # a numbering system the locale does not have
            continue
        assert _values(text, locale, "number") == [value], text


@pytest.mark.parametrize("locale", LOCALES)
@FAST
@given(value=amounts, currency=st.sampled_from(["EUR", "USD", "GBP", "CHF", "JPY"]))
def test_money_round_trip(locale, value, currency):
    text = format_currency(value, currency, locale=locale)
    got = _values(text, locale, "money")
    assert len(got) == 1, text
    amount, code, period, basis = got[0]
    assert code == currency, text
    assert period is None and basis is None
    expected = value.quantize(Decimal(1)) if currency == "JPY" else value
    assert amount == expected or amount == value.quantize(Decimal("0.01")), text


UNITS = {"duration-hour": "hours", "duration-day": "days", "duration-week": "weeks",
         "duration-minute": "minutes"}


@pytest.mark.parametrize("locale", MAIN + ["es", "it", "pl"])
@FAST
@given(n=counts, unit=st.sampled_from(sorted(UNITS)), length=st.sampled_from(["long", "short"]))
def test_duration_round_trip(locale, n, unit, length):
    text = format_unit(n, unit, length=length, locale=locale)
    got = [f for f in read_figures(text, locale)]
    assert [(f.kind, f.value) for f in got] == [("duration", (n, UNITS[unit]))], text


@pytest.mark.parametrize("locale", MAIN)
@FAST
@given(value=amounts)
def test_a_figure_compares_equal_to_itself_across_locales(locale, value):
    src = read_figures(format_currency(value, "EUR", locale="en"), "en")
    tgt = read_figures(format_currency(value, "EUR", locale=locale), locale)
    assert compare_figures(src, tgt) == []


markup = st.lists(st.sampled_from(
    list("ab1 2:,.&;#<>/{}[]()`\n\t-–’'\u00a0\u202f\u200b\u200e٫") +
    ["&amp;", "&#8211;", "&nbsp;", "&#x200B;", "&shy;", "&am", "<b>", "</b>", "{name}", "[x](http://a.b)",
     "`code`", "https://x.y/z", "a@b.cd", "<!-- c -->", "<b x='&amp;'>"]), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=markup | st.text(max_size=60))
def test_plain_maps_every_character_back(text):
    """plain() rewrites one character for one (or an entity, a hidden span, for one or more), and
    every plain offset points back to what it was made from."""
    from generator.figures.text import BARRIER, _INVISIBLE, _char, plain

    p = plain(text)
    if p.starts is None:
        assert len(p.text) == len(text)
        assert all(c == _char(o) for c, o in zip(p.text, text))
        return
    assert len(p.text) == len(p.starts) == len(p.ends)
    assert list(p.starts) == sorted(p.starts) and all(s < e <= len(text) for s, e in zip(p.starts, p.ends))
    for c, s, e in zip(p.text, p.starts, p.ends):
        if e - s == 1 and c != BARRIER:
            assert c == _char(text[s]) and text[s] not in _INVISIBLE
