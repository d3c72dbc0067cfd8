"""Frozen dataclasses for the definition (content/site.yaml, content/policies/*.yaml, pages).

Each figure is a typed value. Text fields keep the source-language string with `{placeholders}`
that name values (see `Policy.values`); the i18n layer fills them per locale.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal

from generator.errors import Location

# Units of a Duration and the clock each runs on. Calendar units are CLDR units
# ("duration-hour"); business units are not in CLDR and come from the project glossary.
CALENDAR_UNITS = ("minutes", "hours", "days", "weeks")
BUSINESS_UNITS = ("business_hours", "business_days")
DURATION_UNITS = CALENDAR_UNITS + BUSINESS_UNITS
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PERIODS = ("day", "week", "month", "year")


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str  # ISO 4217
    period: str | None = None  # one of PERIODS, or None for a one-off price
    loc: Location | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Duration:
    value: Decimal
    unit: str  # one of DURATION_UNITS

    loc: Location | None = field(default=None, compare=False)

    @property
    def clock(self) -> str:
        return "business" if self.unit in BUSINESS_UNITS else "calendar"


@dataclass(frozen=True, slots=True)
class DurationRange:
    low: Decimal
    high: Decimal
    unit: str
    loc: Location | None = field(default=None, compare=False)

    @property
    def clock(self) -> str:
        return "business" if self.unit in BUSINESS_UNITS else "calendar"


@dataclass(frozen=True, slots=True)
class Schedule:
    """Opening hours: on `days` (weekday codes, in order), from `opens` to `closes`, in `timezone`."""

    days: tuple[str, ...]
    opens: _dt.time
    closes: _dt.time
    timezone: str  # IANA, e.g. Europe/Paris
    loc: Location | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Ordinal:
    value: int
    loc: Location | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    loc: Location | None = field(default=None, compare=False)


# A value a placeholder can name.
Value = Money | Duration | DurationRange | Schedule | Ordinal | Count


@dataclass(frozen=True, slots=True)
class Text:
    """A source-language string that goes to translators, with where it was written."""

    source: str
    msgctxt: str
    loc: Location | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Plan:
    id: str
    name: Text


@dataclass(frozen=True, slots=True)
class Channel:
    id: str  # chat, email, phone
    name: Text
    schedule: str | None  # a key of Policy.schedules; None with always=False: by appointment
    always: bool = False  # available round the clock (24/7)
    description: Text | None = None
    notes: tuple[Text, ...] = ()


@dataclass(frozen=True, slots=True)
class Feature:
    id: str
    title: Text
    body: Text


@dataclass(frozen=True, slots=True)
class Severity:
    level: int
    name: Text
    definition: Text
    example: Text | None
    initial_response: Duration
    follow_up: Duration | None  # None: no figure is promised (the agent keeps you informed)
    initial_note: Text | None = None
    follow_up_note: Text | None = None
    loc: Location | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Policy:
    id: str
    name: Text
    version: str
    updated: _dt.date
    summary: Text
    price: Money
    plans: tuple[Plan, ...]
    eligible_plans: tuple[str, ...]
    schedules: dict[str, Schedule]
    channels: tuple[Channel, ...]
    features: tuple[Feature, ...]
    severities: tuple[Severity, ...]
    values: dict[str, Value]  # every named value a placeholder may use (price, schedules, extras)
    texts: dict[str, Text]  # further named text fields (headings, availability intro, ...)
    path: str = ""

    def severity(self, level: int) -> Severity:
        return next(s for s in self.severities if s.level == level)


@dataclass(frozen=True, slots=True)
class Site:
    title: Text
    base_url: str
    source_locale: str
    locales: tuple[str, ...]  # every locale to build, source locale included, in order
    missing_translation: str  # "fallback" or "strict"
    path: str = ""


@dataclass(frozen=True, slots=True)
class Page:
    slug: str  # "" for the home page
    title: Text
    order: int
    policy: str | None  # id of the policy whose values the page's {placeholders} use
    body: str  # Markdown source, front matter removed
    body_line: int  # line of the first body line in the file (1-based)
    path: str = ""
    layout: str = "page"  # "page", or "policy": the page presents its policy (scope, hours, targets)
