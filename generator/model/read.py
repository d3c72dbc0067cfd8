"""Turn located YAML nodes into the typed model, collecting every error before giving up.

Each field is read by a small typed reader (`money`, `duration`, `schedule`, ...). A reader that
fails records a located error and returns None, so one run reports every mistake in the file
(MkDocs' habit) instead of the first only.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Callable

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, list_currencies

from generator.errors import ContentError, InputError, Location, SlasiteError
from generator.load.yamlfile import YList, YMap, YNode, YScalar
from generator.model.types import (
    BUSINESS_UNITS, DURATION_UNITS, PERIODS, WEEKDAYS, Channel, Count, Duration, DurationRange,
    Feature, Money, Plan, Policy, Schedule, Severity, Site, Text,
)

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_UNIT_ALIASES = {"minute": "minutes", "hour": "hours", "day": "days", "week": "weeks",
                 "business_hour": "business_hours", "business_day": "business_days"}


class Errors:
    """Collects located errors; `raise_if_any` turns them into one ContentError."""

    def __init__(self) -> None:
        self.items: list[SlasiteError] = []

    def add(self, message: str, loc: Location | None, hint: str | None = None) -> None:
        self.items.append(InputError(message, loc, hint))

    def raise_if_any(self) -> None:
        if self.items:
            raise ContentError(self.items)


class Fields:
    """Read the keys of one mapping; every key must be consumed (unknown keys are errors)."""

    def __init__(self, node: YNode, what: str, errors: Errors):
        self.errors = errors
        self.what = what
        if not isinstance(node, YMap):
            errors.add(f"{what} must be a mapping of 'key: value' lines", node.loc)
            self.node = YMap({}, node.loc)
        else:
            self.node = node
        self.used: set[str] = set()

    @property
    def loc(self) -> Location:
        return self.node.loc

    def get(self, key: str, reader: Callable, *, required: bool = True, default=None):
        self.used.add(key)
        node = self.node.items.get(key)
        if node is None or (isinstance(node, YScalar) and node.null):
            if required:
                self.errors.add(f"{self.what}: missing field '{key}'", self.node.loc,
                                f"add '{key}:' to this block")
            return default
        return reader(node, f"{self.what}.{key}", self.errors)

    def finish(self, allowed_extra: tuple[str, ...] = ()) -> None:
        for key in self.node.items:
            if key not in self.used and key not in allowed_extra:
                known = ", ".join(sorted(self.used)) or "none"
                self.errors.add(f"{self.what}: unknown field '{key}'", self.node.key_locs.get(key),
                                f"known fields: {known}")


# --- scalar readers: (node, what, errors) -> value or None ---------------------------------

def string(node: YNode, what: str, errors: Errors) -> str | None:
    if not isinstance(node, YScalar):
        errors.add(f"{what} must be text", node.loc)
        return None
    return node.value


def nonempty(node, what, errors):
    value = string(node, what, errors)
    if value is not None and not value.strip():
        errors.add(f"{what} must not be empty", node.loc)
        return None
    return value


def ident(node, what, errors):
    value = string(node, what, errors)
    if value is not None and not _ID.match(value):
        errors.add(f"{what} '{value}' is not an identifier", node.loc,
                   "use lower-case letters, digits, '-' and '_'")
        return None
    return value


def decimal(node, what, errors) -> Decimal | None:
    value = string(node, what, errors)
    if value is None:
        return None
    try:
        number = Decimal(value.replace("_", ""))
    except InvalidOperation:
        errors.add(f"{what} must be a number, not '{value}'", node.loc, "write digits, e.g. 1000 or 12.50")
        return None
    if not number.is_finite() or number < 0:
        errors.add(f"{what} must be a non-negative number, not '{value}'", node.loc)
        return None
    return number


def integer(node, what, errors) -> int | None:
    value = string(node, what, errors)
    if value is None:
        return None
    if not re.fullmatch(r"\d{1,9}", value):
        errors.add(f"{what} must be a whole number, not '{value}'", node.loc)
        return None
    return int(value)


def clock_time(node, what, errors) -> dt.time | None:
    value = string(node, what, errors)
    if value is None:
        return None
    m = _TIME.match(value)
    if not m:
        errors.add(f"{what} must be a time of day HH:MM between 00:00 and 23:59, not '{value}'", node.loc,
                   'quote it, e.g. "09:00"')
        return None
    return dt.time(int(m.group(1)), int(m.group(2)))


def date(node, what, errors) -> dt.date | None:
    value = string(node, what, errors)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        errors.add(f"{what} must be a date YYYY-MM-DD, not '{value}'", node.loc)
        return None


def currency(node, what, errors) -> str | None:
    value = string(node, what, errors)
    if value is None:
        return None
    if value not in _currencies():
        errors.add(f"{what} '{value}' is not an ISO 4217 currency code", node.loc, "e.g. EUR, USD, GBP")
        return None
    return value


def timezone(node, what, errors) -> str | None:
    value = string(node, what, errors)
    if value is None:
        return None
    import zoneinfo
    if value not in zoneinfo.available_timezones():
        hint = "use an IANA zone such as Europe/Paris (not an abbreviation like CET)"
        errors.add(f"{what} '{value}' is not an IANA time zone", node.loc, hint)
        return None
    return value


def weekday(node, what, errors) -> str | None:
    value = string(node, what, errors)
    if value is None:
        return None
    code = value.strip().lower()[:3] if value.strip().lower() in _WEEKDAY_NAMES else value
    if code not in WEEKDAYS:
        errors.add(f"{what} '{value}' is not a weekday", node.loc, "use mon, tue, wed, thu, fri, sat or sun")
        return None
    return code


_WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", *WEEKDAYS}


def weekdays(node, what, errors) -> tuple[str, ...] | None:
    """A list of weekdays, or a range written `mon-fri`."""
    if isinstance(node, YScalar):
        m = re.fullmatch(r"\s*(\w+)\s*(?:-|–|\.\.)\s*(\w+)\s*", node.value)
        if not m:
            errors.add(f"{what} must be a list of weekdays or a range like mon-fri, not '{node.value}'", node.loc)
            return None
        first = weekday(YScalar(m.group(1), node.loc), what, errors)
        last = weekday(YScalar(m.group(2), node.loc), what, errors)
        if first is None or last is None:
            return None
        a, b = WEEKDAYS.index(first), WEEKDAYS.index(last)
        if b < a:
            errors.add(f"{what}: the range {first}-{last} runs backwards", node.loc)
            return None
        return WEEKDAYS[a:b + 1]
    days = [weekday(n, what, errors) for n in _items(node, what, errors)]
    if None in days:
        return None
    if not days:
        errors.add(f"{what} must name at least one weekday", node.loc)
        return None
    if len(set(days)) != len(days):
        errors.add(f"{what} names a weekday twice", node.loc)
        return None
    return tuple(sorted(days, key=WEEKDAYS.index))


def _items(node, what, errors) -> list:
    if not isinstance(node, YList):
        errors.add(f"{what} must be a list", node.loc, "write one '- item' per line")
        return []
    return node.items


def _currencies() -> set[str]:
    global _CURRENCIES
    if _CURRENCIES is None:
        _CURRENCIES = set(list_currencies())
    return _CURRENCIES


_CURRENCIES: set[str] | None = None


def unit(node, what, errors) -> str | None:
    value = string(node, what, errors)
    if value is None:
        return None
    value = _UNIT_ALIASES.get(value, value)
    if value not in DURATION_UNITS:
        errors.add(f"{what} '{value}' is not a duration unit", node.loc,
                   "use one of " + ", ".join(DURATION_UNITS))
        return None
    return value


# --- structured readers -------------------------------------------------------------------

def money(node, what, errors) -> Money | None:
    f = Fields(node, what, errors)
    amount = f.get("amount", decimal)
    cur = f.get("currency", currency)
    period = f.get("period", string, required=False)
    f.finish()
    if period is not None and period not in PERIODS:
        errors.add(f"{what}.period '{period}' is not a billing period", f.loc, "use " + ", ".join(PERIODS))
        return None
    if amount is None or cur is None:
        return None
    return Money(amount, cur, period, f.loc)


def duration(node, what, errors) -> Duration | None:
    if isinstance(node, YScalar):
        errors.add(f"{what} must say its unit, e.g. {{value: 4, unit: hours}}, not '{node.value}'", node.loc,
                   "units: " + ", ".join(DURATION_UNITS))
        return None
    f = Fields(node, what, errors)
    value = f.get("value", decimal)
    u = f.get("unit", unit)
    f.finish()
    if value is None or u is None:
        return None
    return Duration(value, u, f.loc)


def duration_range(node, what, errors) -> DurationRange | None:
    f = Fields(node, what, errors)
    low = f.get("low", decimal)
    high = f.get("high", decimal)
    u = f.get("unit", unit)
    f.finish()
    if None in (low, high, u):
        return None
    if high <= low:
        errors.add(f"{what}: high ({high}) must be greater than low ({low})", f.loc)
        return None
    return DurationRange(low, high, u, f.loc)


def schedule(node, what, errors) -> Schedule | None:
    f = Fields(node, what, errors)
    days = f.get("days", weekdays)
    opens = f.get("opens", clock_time)
    closes = f.get("closes", clock_time)
    zone = f.get("timezone", timezone)
    f.finish()
    if None in (days, opens, closes, zone):
        return None
    if closes <= opens:
        errors.add(f"{what}: closes ({closes:%H:%M}) must be after opens ({opens:%H:%M})", f.loc)
        return None
    return Schedule(days, opens, closes, zone, f.loc)


def named_value(node, what, errors):
    """A value in `values:` — its keys say its type."""
    if isinstance(node, YMap):
        keys = set(node.items)
        if "amount" in keys:
            return money(node, what, errors)
        if "low" in keys or "high" in keys:
            return duration_range(node, what, errors)
        if "days" in keys or "opens" in keys:
            return schedule(node, what, errors)
        if "count" in keys:
            f = Fields(node, what, errors)
            n = f.get("count", integer)
            f.finish()
            return Count(n, f.loc) if n is not None else None
        if "value" in keys or "unit" in keys:
            return duration(node, what, errors)
    errors.add(f"{what}: cannot tell what kind of value this is", node.loc,
               "write {amount, currency, period}, {value, unit}, {low, high, unit}, "
               "{days, opens, closes, timezone} or {count}")
    return None


class TextReader:
    """Reads translatable text fields; gives each a stable msgctxt derived from its path."""

    def __init__(self, prefix: str):
        self.prefix = prefix

    def __call__(self, ctx: str):
        def read(node, what, errors) -> Text | None:
            value = nonempty(node, what, errors)
            if value is None:
                return None
            return Text(" ".join(value.split()) if "\n" in value else value.strip(),
                        f"{self.prefix}:{ctx}", node.loc)
        return read


# --- files ---------------------------------------------------------------------------------

def read_site(node: YNode, display: str) -> Site:
    errors = Errors()
    f = Fields(node, "site", errors)
    text = TextReader("site")
    title = f.get("title", text("title"))
    base_url = f.get("base_url", nonempty)
    source = f.get("source_locale", string)
    locales_node = f.get("locales", lambda n, w, e: n)
    missing = f.get("missing_translation", string, required=False, default="fallback")
    f.finish()
    if base_url is not None and not re.match(r"^https?://[^\s/]+(/\S*)?$", base_url):
        errors.add(f"base_url '{base_url}' must be an absolute http(s) URL", f.loc)
    if missing not in ("fallback", "strict"):
        errors.add(f"missing_translation '{missing}' must be 'fallback' or 'strict'", f.loc)
    locales: list[str] = []
    if locales_node is not None:
        for item in _items(locales_node, "site.locales", errors):
            code = locale_code(item, "site.locales", errors)
            if code is not None:
                if code in locales:
                    errors.add(f"locale '{code}' is listed twice", item.loc)
                locales.append(code)
    if source is not None:
        source = locale_code(YScalar(source, f.loc), "site.source_locale", errors)
    if source and source not in locales:
        locales.insert(0, source)
    errors.raise_if_any()
    return Site(title, base_url.rstrip("/"), source, tuple(locales), missing, display)


def locale_code(node, what, errors) -> str | None:
    value = string(node, what, errors)
    if value is None:
        return None
    return check_locale(value, node.loc, errors)


def check_locale(value: str, loc: Location | None, errors: Errors) -> str | None:
    if not re.fullmatch(r"[a-z]{2,3}(_[A-Z][a-z]{3})?(_[A-Z]{2}|_\d{3})?", value):
        errors.add(f"'{value}' is not a locale code", loc, "use a CLDR code such as pt, pt_BR, de, ar")
        return None
    try:
        Locale.parse(value)
    except (UnknownLocaleError, ValueError):
        errors.add(f"CLDR does not know the locale '{value}'", loc, "use a CLDR code such as pt, pt_BR, de, ar")
        return None
    return value


def read_policy(node: YNode, display: str) -> Policy:
    errors = Errors()
    f = Fields(node, "policy", errors)
    pid = f.get("id", ident)
    text = TextReader(f"policy:{pid or 'policy'}")
    name = f.get("name", text("name"))
    version = f.get("version", nonempty)
    updated = f.get("updated", date)
    summary = f.get("summary", text("summary"))
    price = f.get("price", money)

    plans = []
    for i, pnode in enumerate(f.get("plans", _items_reader) or []):
        pf = Fields(pnode, f"plans[{i}]", errors)
        plan_id = pf.get("id", ident)
        plan_name = pf.get("name", text(f"plans.{plan_id}.name"))
        pf.finish()
        if plan_id and plan_name:
            plans.append(Plan(plan_id, plan_name))
    eligible = []
    for enode in f.get("eligible_plans", _items_reader) or []:
        plan_id = ident(enode, "eligible_plans", errors)
        if plan_id and plan_id not in {p.id for p in plans}:
            errors.add(f"eligible plan '{plan_id}' is not one of plans", enode.loc,
                       "add it under plans: or fix the spelling")
        elif plan_id:
            eligible.append(plan_id)

    schedules = {}
    snode = f.get("schedules", lambda n, w, e: n)
    if snode is not None:
        if isinstance(snode, YMap):
            for key, value in snode.items.items():
                s = schedule(value, f"schedules.{key}", errors)
                if s:
                    schedules[key] = s
        else:
            errors.add("schedules must be a mapping of name: schedule", snode.loc)

    values: dict = {}
    vnode = f.get("values", lambda n, w, e: n, required=False)
    if vnode is not None:
        if isinstance(vnode, YMap):
            for key, value in vnode.items.items():
                v = named_value(value, f"values.{key}", errors)
                if v is not None:
                    values[key] = v
        else:
            errors.add("values must be a mapping of name: value", vnode.loc)

    channels = []
    for i, cnode in enumerate(f.get("channels", _items_reader) or []):
        cf = Fields(cnode, f"channels[{i}]", errors)
        cid = cf.get("id", ident)
        cname = cf.get("name", text(f"channels.{cid}.name"))
        sched = cf.get("schedule", string, required=False)
        desc = cf.get("description", text(f"channels.{cid}.description"), required=False)
        notes = tuple(t for j, n in enumerate(cf.get("notes", _items_reader, required=False) or [])
                      if (t := text(f"channels.{cid}.notes.{j + 1}")(n, f"channels[{i}].notes", errors)))
        cf.finish()
        if sched is not None and sched != "24/7" and sched not in schedules:
            errors.add(f"channel '{cid}': schedule '{sched}' is not defined under schedules", cf.loc,
                       "name a schedule or write 24/7")
        if cid and cname:
            channels.append(Channel(cid, cname, None if sched in (None, "24/7") else sched,
                                    always=sched == "24/7", description=desc, notes=notes))

    features = []
    for i, fnode in enumerate(f.get("features", _items_reader, required=False) or []):
        ff = Fields(fnode, f"features[{i}]", errors)
        fid = ff.get("id", ident)
        ftitle = ff.get("title", text(f"features.{fid}.title"))
        fbody = ff.get("body", text(f"features.{fid}.body"))
        ff.finish()
        if fid and ftitle and fbody:
            features.append(Feature(fid, ftitle, fbody))

    severities = []
    for i, snode_ in enumerate(f.get("severities", _items_reader) or []):
        sf = Fields(snode_, f"severities[{i}]", errors)
        level = sf.get("level", integer)
        key = f"severities.{level}"
        sev = Severity(
            level=level,
            name=sf.get("name", text(f"{key}.name")),
            definition=sf.get("definition", text(f"{key}.definition")),
            example=sf.get("example", text(f"{key}.example"), required=False),
            initial_response=sf.get("initial_response", duration),
            follow_up=sf.get("follow_up", duration, required=False),
            initial_note=sf.get("initial_note", text(f"{key}.initial_note"), required=False),
            follow_up_note=sf.get("follow_up_note", text(f"{key}.follow_up_note"), required=False),
            loc=sf.loc,
        )
        sf.finish()
        if sev.follow_up is None and sev.follow_up_note is None and level is not None:
            errors.add(f"severity {level}: give a follow_up target or a follow_up_note that says what happens",
                       sf.loc)
        if None not in (sev.level, sev.name, sev.definition, sev.initial_response):
            severities.append(sev)
    levels = [s.level for s in severities]
    if levels and levels != list(range(1, len(levels) + 1)):
        errors.add(f"severity levels must run 1..n in order, found {levels}", f.loc)

    texts = {}
    tnode = f.get("texts", lambda n, w, e: n, required=False)
    if isinstance(tnode, YMap):
        for key, value in tnode.items.items():
            t = text(f"texts.{key}")(value, f"texts.{key}", errors)
            if t:
                texts[key] = t
    elif tnode is not None:
        errors.add("texts must be a mapping of name: text", tnode.loc)
    f.finish()

    if price is not None:
        values.setdefault("price", price)
    for key, s in schedules.items():
        if key in values:
            errors.add(f"the name '{key}' is both a schedule and a value", f.loc)
        values[key] = s
    errors.raise_if_any()
    return Policy(pid, name, version, updated, summary, price, tuple(plans), tuple(eligible), schedules,
                  tuple(channels), tuple(features), tuple(severities), values, texts, display)


def _items_reader(node, what, errors):
    return _items(node, what, errors)
