"""Wording of business-time units ("2 рабочих часа"), which CLDR does not have.

Where it comes from, first found wins:
1. the locale's catalog: the plural messages with msgctxt `unit` (`{num} business hour` /
   `{num} business hours`), so a translator can word them like any other message;
2. the built-in glossary (`generator/figures/glossary.py`) for the languages slasite ships with;
   `slasite update` and `add-locale` pre-fill the catalog messages from it;
3. otherwise the source language's wording, recorded as an untranslated segment (a warning, or
   an error under --strict), exactly like any other missing translation.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

from generator.model.types import BUSINESS_UNITS, Duration, DurationRange, Policy

UNIT_CONTEXT = "unit"
MESSAGES = {
    "business_hours": ("{num} business hour", "{num} business hours"),
    "business_days": ("{num} business day", "{num} business days"),
}
COMMENT = ("Wording of a duration counted in business time (CLDR has none). Keep {num}; "
           "one form per plural category of your language.")


def units_used(policy: Policy) -> set[str]:
    used = {v.unit for v in policy.values.values() if isinstance(v, (Duration, DurationRange))}
    for s in policy.severities:
        used.add(s.initial_response.unit)
        if s.follow_up is not None:
            used.add(s.follow_up.unit)
    return used & set(BUSINESS_UNITS)


def plural_samples(locale: str) -> dict[str, int]:
    """A representative count for each CLDR plural category of the locale (the smallest one)."""
    from babel import UnknownLocaleError

    try:
        return dict(_categories(locale))
    except (ValueError, TypeError, LookupError, UnknownLocaleError):
        return {}


@lru_cache(maxsize=None)
def _categories(locale: str) -> dict[str, int]:
    """A representative integer for each CLDR plural category of the locale."""
    loc = Locale.parse(locale)
    out: dict[str, int] = {}
    for n in range(0, 1_000_001 if len(loc.plural_form.tags) > 4 else 200):
        out.setdefault(loc.plural_form(n), n)
        if len(out) == len(loc.plural_form.tags | {"other"}):
            break
    return out


def glossary(locale: str, unit: str) -> dict[str, str] | None:
    from generator.figures.glossary import BUSINESS_UNITS as TABLE
    from generator.i18n import cldr_extra

    for ident in cldr_extra.fallback_chain(Locale.parse(locale)):
        entry = TABLE.get(ident)
        if entry and unit in entry:
            return entry[unit]
    return None


def wording(locale: str, translations) -> tuple[dict, list[str]]:
    """({unit: {category: pattern with {0}}}, [units worded in the source language])."""
    out: dict[str, dict[str, str]] = {}
    fallback: list[str] = []
    for unit, (singular, plural) in MESSAGES.items():
        patterns: dict[str, str] = {}
        if translations is not None:
            for category, n in _categories(locale).items():
                found = translations.ngettext(UNIT_CONTEXT, singular, plural, n)
                if found:
                    patterns[category] = found.replace("{num}", "{0}")
        if patterns:
            out[unit] = patterns
        elif glossary(locale, unit) is None:
            out[unit] = glossary("en", unit)
            fallback.append(unit)
    return out, fallback


def prefill(catalog, locale: str) -> None:
    """Fill empty `unit` messages of a catalog from the built-in glossary, if it knows the locale."""
    from generator.catalogs.plurals import gettext_plural_forms

    _n, _expr, categories = gettext_plural_forms(locale)
    for message in catalog:
        if message.context != UNIT_CONTEXT or not isinstance(message.id, (tuple, list)):
            continue
        unit = next((u for u, (s, _p) in MESSAGES.items() if s == message.id[0]), None)
        strings = list(message.string) if isinstance(message.string, (tuple, list)) else [message.string]
        if unit is None or any(strings):
            continue
        patterns = glossary(locale, unit)
        if not patterns:
            continue
        message.string = tuple(
            (patterns.get(c) or patterns.get("other", "")).replace("{0}", "{num}") for c in categories)
