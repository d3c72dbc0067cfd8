"""CLDR number data that Babel 2.18 does not carry: minimum grouping digits and range patterns.

Babel ships neither `<minimumGroupingDigits>` nor `miscPatterns/range`, so on its own it writes
Bulgarian `1 000 €` where CLDR (and every ICU-based formatter) writes `1000 €`, and joins every
number range with a bare en dash where Bulgarian wants spaces around it. The values below are
copied from CLDR's `numbers.json` for the locales we checked; every other locale gets CLDR root's
values (1, "{0}–{1}"), which is what most locales inherit. Add a line here when a locale needs it.
"""

from __future__ import annotations

from babel import Locale
from babel.core import get_global

ROOT_MIN_GROUPING = 1
ROOT_RANGE = "{0}–{1}"

# Checked: bg, pl, pt_PT = 2; en, de, fr, ru, pt (Brazil), ar, it = 1 (root).
# es: 2 by CLDR and every Intl implementation (es groups 10 000 but not 1000).
MIN_GROUPING_DIGITS: dict[str, int] = {
    "bg": 2,
    "es": 2,
    "pl": 2,
    "pt_PT": 2,
}

# Checked: bg "{0} – {1}", pt_PT "{0} - {1}", it "{0}-{1}"; en, de, fr, ru, pt, ar, pl: root.
RANGE_PATTERNS: dict[str, str] = {
    "bg": "{0} – {1}",
    "it": "{0}-{1}",
    "pt_PT": "{0} - {1}",
}


def fallback_chain(locale: Locale) -> list[str]:
    """The locale ids CLDR inherits through, most specific first: pt_AO, pt_PT, pt.

    Follows CLDR's parent exceptions (pt_AO's parent is pt_PT, es_MX's is es_419) before cutting
    subtags off, as Babel's own data loading does.
    """
    parents = get_global("parent_exceptions")
    chain: list[str] = []
    current: str | None = str(locale)
    while current and current != "root":
        chain.append(current)
        if current in parents:
            current = parents[current]
        elif "_" in current:
            current = current.rsplit("_", 1)[0]
        else:
            current = None
    return chain


def _lookup(table: dict, locale: Locale, default):
    for ident in fallback_chain(locale):
        if ident in table:
            return table[ident]
    return default


def min_grouping_digits(locale: Locale) -> int:
    """How many digits must stand before the first group separator (CLDR minimumGroupingDigits)."""
    return _lookup(MIN_GROUPING_DIGITS, locale, ROOT_MIN_GROUPING)


def range_pattern(locale: Locale) -> str:
    """The locale's pattern for a number range, "{0}–{1}" unless CLDR says otherwise."""
    return _lookup(RANGE_PATTERNS, locale, ROOT_RANGE)
