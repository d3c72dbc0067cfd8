"""The value types of the figure reader: one `Figure` per figure found in a text.

A figure is what a reader must not see changed by a translation: a number, an amount of money, a
duration and the clock it runs on, a clock time, a weekday, a time zone, "24/7". Every figure
carries a canonical, hashable `value` so that two texts in different languages can be compared by
value rather than by spelling (`1.000 €` and `€1,000` are the same figure).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# The kinds the brief asks for, then two extra ones this reader also produces:
# "date" (value "YYYY-MM-DD", "YYYY-MM" or "--MM-DD") so that dates are not misread as loose
# numbers, and "period" (value "day"|"week"|"month"|"year") for a billing period written apart
# from an amount ("a monthly fee of ..."); compare uses it only to complete a money figure. So is
# "basis" (value "user"|"device"|"contact"), the unit a price is counted by ("por agente").
KINDS = (
    "number", "ordinal", "percent", "money", "currency", "duration", "duration_range",
    "time", "time_range", "weekday", "weekday_range", "timezone", "always", "date", "period", "basis",
)

CALENDAR_UNITS = ("minutes", "hours", "days", "weeks", "months", "years")
BUSINESS_UNITS = ("business_hours", "business_days")
UNITS = CALENDAR_UNITS + BUSINESS_UNITS
PERIODS = ("day", "week", "month", "year")
BASES = ("user", "device", "contact")  # a per-unit price: per user (agent, seat, licence), device, contact
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Minutes per calendar unit: what makes "24 hours" equal to "1 day". Months and years are the
# conventional 30 and 365 days; they only ever meet their own kind in practice.
UNIT_MINUTES = {
    "minutes": 1, "hours": 60, "days": 1440, "weeks": 10080, "months": 43200, "years": 525600,
}


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure read from a text: its kind, canonical value, span and the text matched."""

    kind: str  # one of KINDS
    value: object  # canonical and hashable, see the module docs of read.py
    start: int  # span in the input text (offsets of the original string)
    end: int
    text: str  # the matched text, as written

    def describe(self) -> str:
        """The value in plain English, for messages ("2 business hours", "09:00-17:00")."""
        return describe(self.kind, self.value)


def fmt_decimal(d: Decimal) -> str:
    """A Decimal without exponent or useless trailing zeros (Decimal("1E+3") -> "1000")."""
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")


_UNIT_WORDS = {
    "minutes": ("minute", "minutes"), "hours": ("hour", "hours"), "days": ("day", "days"),
    "weeks": ("week", "weeks"), "months": ("month", "months"), "years": ("year", "years"),
    "business_hours": ("business hour", "business hours"),
    "business_days": ("business day", "business days"),
}
_DAY_NAMES = dict(zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                 "Saturday", "Sunday")))


def _unit(value: Decimal, unit: str) -> str:
    one, many = _UNIT_WORDS.get(unit, (unit, unit))
    return f"{fmt_decimal(value)} {one if value == 1 else many}"


def describe(kind: str, value: object) -> str:
    """A canonical value in plain English; unknown shapes fall back to repr."""
    try:
        if kind in ("number", "percent"):
            return fmt_decimal(value) + ("%" if kind == "percent" else "")
        if kind == "ordinal":
            n = int(value)
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"{n}{suffix}"
        if kind == "money":
            amount, currency, period, basis = value
            return (f"{fmt_decimal(amount)} {currency}" + (f" per {basis}" if basis else "")
                    + (f" per {period}" if period else ""))
        if kind == "duration":
            return _unit(*value)
        if kind == "duration_range":
            lo, hi, unit = value
            return f"{fmt_decimal(lo)}-{_unit(hi, unit)}"
        if kind == "time_range":
            return f"{value[0]}-{value[1]}"
        if kind == "weekday":
            return _DAY_NAMES.get(value, str(value))
        if kind == "weekday_range":
            return f"{_DAY_NAMES.get(value[0], value[0])}-{_DAY_NAMES.get(value[1], value[1])}"
        if kind == "timezone":
            return str(value).replace("_", " ") + ("" if str(value).startswith("UTC") else " time")
        if kind in ("period", "basis"):
            return f"per {value}"
        return str(value)
    except (TypeError, ValueError):
        return repr(value)
