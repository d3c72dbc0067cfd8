"""Every figure of the definition formatted for a locale: reader text plus machine value.

Translators never type a figure. Each typed value (Money, Duration, Schedule, ...) is formatted
here from Babel's CLDR data, inserted into translated sentences through `{placeholders}`, and
carries its language-neutral machine value so a rendered page can be checked against the
definition (`<data value>` / `<time datetime>`).

Decisions, each explained where it is made:
- Digits are Latin (`numbering_system="latn"`) everywhere. Babel 2.18's CLDR makes `latn` the
  default for `ar` anyway; for locales whose default is native (`ar_EG`, `fa`, `bn`) Babel swaps
  only the separators, not the digits (`1٬000٫00`), and its date functions have no numbering
  system at all, so "native" would mean mixed scripts on one page.
- Unit patterns are read from CLDR data directly instead of through `babel.units.format_unit`,
  which on a missing length/plural prints raw ids (`1 duration-day`, python-babel#1217) or a
  display name in the wrong plural (`1 أسابيع`, "1 weeks").
- CLDR number data Babel lacks (minimum grouping digits, range pattern) comes from `cldr_extra`.
- Nothing depends on today's date, the process time zone or LANG: times are formatted on a fixed
  reference date, and time-zone names are the date-independent generic names.
"""

from __future__ import annotations

import copy
import datetime as _dt
import importlib
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_interval, tokenize_pattern
from babel.dates import format_time as _babel_format_time
from babel.lists import format_list
from babel.localedata import Alias
from babel.numbers import format_decimal, get_currency_symbol
from markupsafe import Markup, escape

from generator.errors import InputError
from generator.i18n import cldr_extra, zones
from generator.model.types import (
    BUSINESS_UNITS,
    WEEKDAYS,
    Count,
    Duration,
    DurationRange,
    Money,
    Ordinal,
    Schedule,
    Value,
)

LocaleLike = Locale | str

_CLDR_UNITS = {
    "minutes": "duration-minute",
    "hours": "duration-hour",
    "days": "duration-day",
    "weeks": "duration-week",
}
_ISO = {
    "minutes": ("PT", "M"),
    "hours": ("PT", "H"),
    "days": ("P", "D"),
    "weeks": ("P", "W"),
    "business_hours": ("PT", "H"),
    "business_days": ("P", "D"),
}
_LENGTHS = ("long", "short", "narrow")
# A fixed Monday: times are formatted on it so nothing depends on today's date.
_REF_DATE = _dt.date(2001, 1, 1)


@dataclass(frozen=True, slots=True)
class Formatted:
    """A figure as a reader sees it (`text`) and as a machine reads it (`machine`).

    `html()` wraps the text in `<data value>` or `<time datetime>` so the check and the browser
    tests can compare every rendered figure with the definition without parsing any language.
    """

    text: str
    machine: str
    kind: str  # money | duration | duration_range | weekdays | time_range | time | timezone | schedule | count | ordinal
    tag: str  # "time" (machine value is a valid HTML datetime) or "data"
    extra: tuple[tuple[str, str], ...] = ()  # further data-* attributes, in order

    def html(self, fact: str | None = None) -> Markup:
        """The figure as one HTML element; attribute order is fixed so output is byte-stable.

        Order: class, data-kind, the `extra` data-* attributes, data-fact, then value/datetime.
        """
        attrs = [("class", "fig"), ("data-kind", self.kind)]
        attrs += [(f"data-{name}", value) for name, value in self.extra]
        if fact is not None:
            attrs.append(("data-fact", fact))
        attrs.append(("datetime" if self.tag == "time" else "value", self.machine))
        rendered = " ".join(f'{name}="{escape(value)}"' for name, value in attrs)
        return Markup(f"<{self.tag} {rendered}>{escape(self.text)}</{self.tag}>")

    def __str__(self) -> str:
        return self.text


# -- locales ------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _parse_locale(tag: str) -> Locale:
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as exc:
        raise InputError(f"unknown locale {tag!r}: Babel/CLDR has no data for it",
                         hint="use a CLDR locale id such as de, pt_BR or ar") from exc


def get_locale(locale: LocaleLike) -> Locale:
    """The Babel Locale for `locale`, parsed once per id."""
    return locale if isinstance(locale, Locale) else _parse_locale(str(locale))


# -- numbers ------------------------------------------------------------------------------------

def plain_decimal(d: Decimal) -> str:
    """A decimal as a machine writes it: no exponent, whole numbers without a fraction.

    Same rule as the policy JSON, so a page's machine value equals the JSON's (`1000`, `1.5`).
    """
    return format(d.normalize(), "f") if d == d.to_integral_value() else format(d, "f")


def _grouping(value: Decimal, loc: Locale, primary: int = 3) -> bool:
    """Whether `value` gets group separators under the locale's minimum grouping digits.

    bg/pl/es (2) write `1000` but `10 000`; Babel alone would group both.
    """
    digits = len(str(int(abs(value))))
    return digits >= primary + cldr_extra.min_grouping_digits(loc)


def format_number(value: Decimal | int, locale: LocaleLike) -> str:
    """A number in the locale's decimal format, every authored fraction digit kept."""
    loc = get_locale(locale)
    value = Decimal(value)
    return format_decimal(value, locale=loc, decimal_quantization=False,
                          group_separator=_grouping(value, loc), numbering_system="latn")


def _currency_spacing(text: str, code: str, loc: Locale) -> str:
    """CLDR currencySpacing: a symbol ending/starting in a letter gets U+00A0 next to a digit.

    Babel skips this rule, giving `CHF1,000` where CLDR says `CHF 1,000`; `€` is a symbol (Sc)
    and stays attached (`€1,000`).
    """
    symbol = get_currency_symbol(code, locale=loc)
    if not symbol:
        return text
    if unicodedata.category(symbol[-1])[0] not in "SZ":
        text = re.sub(re.escape(symbol) + r"(?=\d)", symbol + "\u00a0", text)
    if unicodedata.category(symbol[0])[0] not in "SZ":
        text = re.sub(r"(?<=\d)" + re.escape(symbol), "\u00a0" + symbol, text)
    return text


def _currency_text(amount: Decimal, code: str, loc: Locale) -> str:
    """The amount in the locale's standard currency format; whole amounts without decimals.

    `1.000 €`, not `1.000,00 €`: a price list shows whole prices whole. A fractional amount
    shows the currency's digits (EUR: 2), and more only if the definition has more.
    """
    pattern = loc.currency_formats["standard"]
    grouping = _grouping(amount, loc, pattern.grouping[0] or 3)
    if amount == amount.to_integral_value():
        whole = copy.copy(pattern)
        whole.frac_prec = (0, 0)
        text = whole.apply(amount, loc, currency=code, currency_digits=False,
                           group_separator=grouping, numbering_system="latn")
    else:
        text = pattern.apply(amount, loc, currency=code, decimal_quantization=False,
                             group_separator=grouping, numbering_system="latn")
    return _currency_spacing(text, code, loc)


# -- money --------------------------------------------------------------------------------------

def _per_pattern(period: str, loc: Locale) -> str:
    """CLDR's "per period" pattern: "{0} pro Monat", "{0} par mois"; long, else short."""
    data = loc._data["unit_patterns"].get(f"duration-{period}", {})
    for length in _LENGTHS:
        pattern = data.get(length, {}).get("per")
        if pattern and "{0}" in pattern:
            return pattern
    raise InputError(f"locale {loc} has no CLDR pattern for a price per {period}")


def format_amount(m: Money, locale: LocaleLike) -> Formatted:
    """The price without its billing period: `1.000 €`; machine `1000 EUR`."""
    loc = get_locale(locale)
    return Formatted(_currency_text(m.amount, m.currency, loc),
                     f"{plain_decimal(m.amount)} {m.currency}", "money", "data")


def format_money(m: Money, locale: LocaleLike) -> Formatted:
    """The price with its billing period: `1.000 € pro Monat`; machine `1000 EUR/month`."""
    amount = format_amount(m, locale)
    if m.period is None:
        return amount
    loc = get_locale(locale)
    text = _per_pattern(m.period, loc).replace("{0}", amount.text)
    return Formatted(text, f"{amount.machine}/{m.period}", "money", "data")


# -- durations ----------------------------------------------------------------------------------

def iso_duration(value: Decimal, unit: str) -> str:
    """ISO 8601 for a duration: PT1H, PT30M, P1D, P2W; business units as PT2H / P2D."""
    prefix, suffix = _ISO[unit]
    return f"{prefix}{plain_decimal(value)}{suffix}"


def _glossary_patterns(unit: str, loc: Locale) -> dict[str, str]:
    """The project glossary's patterns for a business unit, by plural category.

    Business hours/days are not CLDR units, so their wording comes from
    `generator.figures.glossary.BUSINESS_UNITS[locale][unit][category]`. Looked up along the
    locale's CLDR chain (pt_AO -> pt_PT -> pt), so a language entry serves its regions.
    """
    try:
        glossary = importlib.import_module("generator.figures.glossary")
    except ImportError as exc:
        raise InputError("the business-unit glossary (generator/figures/glossary.py) is missing") from exc
    table = getattr(glossary, "BUSINESS_UNITS", {})
    for ident in cldr_extra.fallback_chain(loc):
        entry = table.get(ident) or table.get(ident.replace("_", "-"))
        if entry and unit in entry:
            return entry[unit]
    raise InputError(
        f"no wording for {unit!r} in locale {loc}",
        hint=f"add BUSINESS_UNITS[{loc.language!r}][{unit!r}] with a pattern for each plural "
             f"category of {loc.language} ({', '.join(sorted(loc.plural_form.tags | {'other'}))}) "
             "to generator/figures/glossary.py",
    )


def _unit_pattern(unit: str, category: str, loc: Locale, need_number: bool = False,
                  business: dict | None = None) -> str:
    """The pattern ("{0} Stunden") for `unit` in plural `category`.

    Calendar units: the first CLDR length (long, short, narrow) that has this category, else the
    first that has `other`. Babel 2.18 lacks some long patterns (pt and ar `duration-day`, ar
    `duration-week`) that its short length has in full, so short is better than a wrong plural.
    `need_number`: a range needs a pattern with `{0}`; CLDR's Arabic one/two forms ("ساعتان",
    "two hours") carry no number, so a range takes `other` there, as CLDR's Arabic plural ranges
    (x + two -> other) say: `1–2 ساعة`, never the abbreviated short form.
    """
    if unit in _CLDR_UNITS:
        data = loc._data["unit_patterns"].get(_CLDR_UNITS[unit], {})
        candidates = [data.get(length, {}) for length in _LENGTHS]
    elif unit in BUSINESS_UNITS:
        # the project's own wording (from the catalog) wins over the built-in glossary
        candidates = [business[unit]] if business and business.get(unit) else [_glossary_patterns(unit, loc)]
    else:
        raise InputError(f"unknown duration unit {unit!r}")
    pattern = _first_pattern(candidates, category)
    if need_number and pattern is not None and "{0}" not in pattern:
        pattern = _first_pattern(candidates, "other")
    if pattern is None:
        raise InputError(f"locale {loc} has no pattern for {unit!r} ({category})",
                         hint="add the missing plural category to generator/figures/glossary.py")
    return pattern


def _first_pattern(candidates: list[dict], category: str) -> str | None:
    """The pattern for `category` from the first length that has it, else for `other`."""
    for wanted in (category, "other"):
        for patterns in candidates:
            if patterns.get(wanted):
                return patterns[wanted]
    return None


def _duration_attrs(unit: str, clock: str) -> tuple[tuple[str, str], ...]:
    return (("clock", clock), ("unit", unit))


def format_duration(d: Duration, locale: LocaleLike, business: dict | None = None) -> Formatted:
    """`1 Stunde`, `2 рабочих часа`; machine ISO 8601 with the clock as data-clock.

    Tag `time` (a valid HTML duration), except weeks: HTML durations have no W component, so
    `P2W` goes in `<data value>`.
    """
    loc = get_locale(locale)
    pattern = _unit_pattern(d.unit, loc.plural_form(d.value), loc, business=business)
    text = pattern.replace("{0}", format_number(d.value, loc))
    return Formatted(text, iso_duration(d.value, d.unit), "duration",
                     "data" if d.unit == "weeks" else "time", _duration_attrs(d.unit, d.clock))


def format_duration_range(r: DurationRange, locale: LocaleLike, business: dict | None = None) -> Formatted:
    """`1–2 hours`, `1–2 Stunden`, `1–2 часа`; machine `PT1H/PT2H`.

    Numbers joined by the locale's CLDR range pattern, the unit in the plural category of the
    upper value (CLDR plural ranges give the end's category for these languages). Tag `data`:
    an interval is not a valid HTML datetime.
    """
    loc = get_locale(locale)
    numbers = cldr_extra.range_pattern(loc).replace("{0}", format_number(r.low, loc)) \
        .replace("{1}", format_number(r.high, loc))
    pattern = _unit_pattern(r.unit, loc.plural_form(r.high), loc, need_number=True, business=business)
    machine = f"{iso_duration(r.low, r.unit)}/{iso_duration(r.high, r.unit)}"
    return Formatted(pattern.replace("{0}", numbers), machine, "duration_range", "data",
                     _duration_attrs(r.unit, r.clock))


# -- weekdays and times -------------------------------------------------------------------------

def _day_runs(indexes: list[int]) -> list[list[int]]:
    """Split weekday indexes (Mon=0) into runs of consecutive days; Sun->Mon continues a run."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and i == (runs[-1][-1] + 1) % 7:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def format_weekdays(days: tuple[str, ...], locale: LocaleLike) -> Formatted:
    """`Monday – Friday` (U+2009 around the dash in en/de/fr/pt), `понедельник – пятница`.

    Names: CLDR stand-alone wide, the nominative form a name takes outside a date. A run of three
    or more days becomes a range, joined by the locale's interval fallback pattern (CLDR has no
    weekday-range skeleton; `{0} – {1}` is what CLDR uses for any range of its own). Shorter runs
    and separate runs are listed with the locale's list pattern (`Monday, Wednesday and Friday`).
    Machine: the codes, `mon,tue,wed,thu,fri`.
    """
    loc = get_locale(locale)
    try:
        indexes = [WEEKDAYS.index(day) for day in days]
    except ValueError as exc:
        raise InputError(f"unknown weekday in {days!r}", hint=f"use {', '.join(WEEKDAYS)}") from exc
    if not indexes:
        raise InputError("a schedule needs at least one weekday")
    names = _cldr_data(loc, ("days", "stand-alone", "wide"))
    between = loc.interval_formats[None]
    items: list[str] = []
    for run in _day_runs(indexes):
        if len(run) >= 3:
            items.append(between.replace("{0}", names[run[0]]).replace("{1}", names[run[-1]]))
        else:
            items.extend(names[i] for i in run)
    text = items[0] if len(items) == 1 else format_list(items, locale=loc)
    return Formatted(text, ",".join(days), "weekdays", "data")


def _cldr_data(loc: Locale, keys: tuple) -> dict:
    """Locale data at `keys`, following CLDR aliases without writing anything back.

    Babel's own lookup (`loc.days[...]`) memoizes a resolved alias into a dict that a locale may
    share with root, so after Frisian's inherited stand-alone names are read, every locale loaded
    later that inherits them shows "moandei" (python-babel#1234, still in 2.18). Reading here
    leaves the cached data untouched.
    """
    node = loc._data
    for key in keys:
        node = getattr(node, "_data", node)[key]
        node = getattr(node, "_data", node)
        if isinstance(node, Alias):
            node = _cldr_data(loc, tuple(node.keys))
        elif isinstance(node, tuple):  # an alias plus the locale's own entries
            alias, own = node
            node = {**_cldr_data(loc, tuple(alias.keys)), **own}
    return node


@lru_cache(maxsize=None)
def _time_skeleton(loc: Locale) -> str:
    """The time skeleton the locale itself uses for short times: `hm` (12-hour) or `Hm`.

    Read from the locale's short time format, so en and ar get `9:00 AM – 5:00 PM` as their
    readers write times, and de/fr/ru/bg/pt the 24-hour clock.
    """
    fields = re.sub(r"'[^']*'", "", loc.time_formats["short"].pattern)
    # A day-period clock ("h:mm B", zh_Hant) maps to hm: Babel cannot split intervals on B.
    return "hm" if ("h" in fields or "K" in fields) else "Hm"


def _on_ref_date(t: _dt.time) -> _dt.datetime:
    return _dt.datetime.combine(_REF_DATE, t.replace(tzinfo=None))


def format_time(t: _dt.time, locale: LocaleLike) -> Formatted:
    """One clock time in the locale's short format: `09:00`, `9:00 AM`; machine `09:00`."""
    loc = get_locale(locale)
    text = _babel_format_time(_on_ref_date(t), "short", locale=loc)
    return Formatted(text, f"{t:%H:%M}", "time", "time")


def format_time_range(opens: _dt.time, closes: _dt.time, locale: LocaleLike) -> Formatted:
    """Opening hours with CLDR's interval format: `09:00–17:00 Uhr`, `9:00 AM – 5:00 PM`.

    The skeleton follows the locale's own clock (`_time_skeleton`). Machine `09:00/17:00`,
    tag `data` (an interval is not a valid HTML datetime).
    """
    loc = get_locale(locale)
    start, end = _on_ref_date(opens), _on_ref_date(closes)
    if end <= start:  # closes after midnight
        end += _dt.timedelta(days=1)
    text = format_interval(start, end, _time_skeleton(loc), locale=loc)
    return Formatted(text, f"{opens:%H:%M}/{closes:%H:%M}", "time_range", "data")


# -- time zones ---------------------------------------------------------------------------------

def format_timezone(tzid: str, locale: LocaleLike) -> Formatted:
    """The zone's long generic name: `Central European Time`, `Mitteleuropäische Zeit`.

    A schedule runs all year, so the name never names a season (see `zones.zone_name`).
    Machine: the IANA id as written.
    """
    return Formatted(zones.zone_name(tzid, get_locale(locale)), tzid, "timezone", "data")


# -- schedules ----------------------------------------------------------------------------------

def _unquote(pattern: str) -> str:
    """A CLDR pattern's literal text: 'quoted' parts unquoted, '' as an apostrophe."""
    return re.sub(r"'([^']*)'", lambda m: m.group(1) or "'", pattern)


@lru_cache(maxsize=None)
def _zone_join(loc: Locale) -> tuple[str, str, bool]:
    """How the locale puts a zone name next to a time, from its full time format.

    Returns (before, after, zone_first): en `h:mm:ss a zzzz` -> (" ", "", False), es
    `H:mm:ss (zzzz)` -> (" (", ")", False), zh `zzzz HH:mm:ss` -> ("", " ", True). Only the
    space/punctuation touching the zone is kept (bg's `ss 'ч'. zzzz` gives " ").
    """
    tokens = tokenize_pattern(loc.time_formats["full"].pattern)
    merged: list[tuple[str, str]] = []
    for kind, value in tokens:
        if kind == "chars" and merged and merged[-1][0] == "chars":
            merged[-1] = ("chars", merged[-1][1] + value)
        elif kind == "chars":
            merged.append(("chars", value))
        else:
            merged.append(("field", value[0]))
    zone_at = next((i for i, (k, v) in enumerate(merged) if k == "field" and v in "zvV"), None)
    if zone_at is None:
        return " ", "", False
    prev = merged[zone_at - 1][1] if zone_at > 0 and merged[zone_at - 1][0] == "chars" else ""
    nxt = merged[zone_at + 1][1] if zone_at + 1 < len(merged) and merged[zone_at + 1][0] == "chars" else ""
    if not any(k == "field" for k, _ in merged[:zone_at]):
        return "", (nxt[: len(nxt) - len(nxt.lstrip())] or " "), True
    space = re.search(r"\s\S*$", prev)
    before = prev[space.start():] if space else (prev or " ")
    is_last_field = not any(k == "field" for k, _ in merged[zone_at + 1:])
    return before, (nxt if is_last_field else ""), False


def format_schedule(s: Schedule, locale: LocaleLike) -> dict[str, Formatted]:
    """A schedule's parts and the whole phrase, keyed "", "days", "hours", "zone", "opens", "closes".

    The whole joins days and hours with the locale's date-time glue (medium: en "{1}, {0}", pt
    "{1} {0}") and the zone as the full time format places it: `Monday – Friday, 9:00 AM – 5:00 PM
    Central European Time`. Machine: `mon,…,fri 09:00/17:00 Europe/Paris`.
    """
    loc = get_locale(locale)
    days = format_weekdays(s.days, loc)
    hours = format_time_range(s.opens, s.closes, loc)
    zone = format_timezone(s.timezone, loc)
    before, after, zone_first = _zone_join(loc)
    timed = f"{zone.text}{after}{hours.text}" if zone_first else f"{hours.text}{before}{zone.text}{after}"
    glue = _unquote(loc.datetime_formats["medium"])
    whole = re.sub(r"\{([01])\}", lambda m: days.text if m.group(1) == "1" else timed, glue)
    machine = f"{days.machine} {hours.machine} {zone.machine}"
    return {
        "": Formatted(whole, machine, "schedule", "data"),
        "days": days,
        "hours": hours,
        "zone": zone,
        "opens": format_time(s.opens, loc),
        "closes": format_time(s.closes, loc),
    }


# -- counts and ordinals ------------------------------------------------------------------------

def format_count(c: Count, locale: LocaleLike) -> Formatted:
    """A plain count in the locale's digits and grouping: `3`, `1 000`; machine the integer."""
    return Formatted(format_number(c.value, locale), str(c.value), "count", "data")


def format_ordinal(o: Ordinal, locale: LocaleLike) -> Formatted:
    """An ordinal (`1st`, `1.`, `1-й`) from the glossary's ORDINALS by CLDR ordinal category.

    CLDR's digit ordinals live in RBNF, which Babel does not ship; without a glossary entry the
    number is written plainly (a level "1" reads correctly in every language).
    """
    loc = get_locale(locale)
    number = format_number(o.value, loc)
    try:
        table = getattr(importlib.import_module("generator.figures.glossary"), "ORDINALS", {})
    except ImportError:
        table = {}
    for ident in cldr_extra.fallback_chain(loc):
        patterns = table.get(ident)
        if patterns:
            pattern = patterns.get(loc.ordinal_form(o.value)) or patterns.get("other", "{0}")
            return Formatted(pattern.replace("{0}", number), str(o.value), "ordinal", "data")
    return Formatted(number, str(o.value), "ordinal", "data")


# -- placeholders -------------------------------------------------------------------------------

def placeholder_values(values: dict[str, Value], locale: LocaleLike,
                       business: dict | None = None) -> dict[str, Formatted]:
    """Every name a `{placeholder}` may use, formatted for `locale`.

    Money `price` gives `price` (with period) and `price.amount`; Schedule `dedicated` gives
    `dedicated` (whole phrase) and `dedicated.days/.hours/.zone/.opens/.closes`; every other
    value its own name.
    """
    loc = get_locale(locale)
    out: dict[str, Formatted] = {}
    for name, value in values.items():
        if isinstance(value, Money):
            out[name] = format_money(value, loc)
            out[f"{name}.amount"] = format_amount(value, loc)
        elif isinstance(value, Schedule):
            for part, formatted in format_schedule(value, loc).items():
                out[f"{name}.{part}" if part else name] = formatted
        elif isinstance(value, Duration):
            out[name] = format_duration(value, loc, business)
        elif isinstance(value, DurationRange):
            out[name] = format_duration_range(value, loc, business)
        elif isinstance(value, Count):
            out[name] = format_count(value, loc)
        elif isinstance(value, Ordinal):
            out[name] = format_ordinal(value, loc)
        else:
            raise TypeError(f"{name}: cannot format {type(value).__name__}")
    return out
