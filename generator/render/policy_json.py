"""Policy JSON: the canonical, language-neutral policy and its localised twin.

Targets use the metric names help desks use: `first_reply_time` (initial response) and
`next_reply_time` (follow-up). Each target carries its ISO 8601 duration, the value and unit as
authored, the clock it runs on, and minutes: calendar minutes, or business minutes derived from the
dedicated schedule (a business day is one opening-to-closing span).
"""

from __future__ import annotations

import json
from decimal import Decimal

from generator.model.types import Duration, DurationRange, Money, Policy, Schedule, Count

SCHEMA_PATH = "schema/policy.schema.json"
_ISO = {"minutes": ("PT", "M"), "hours": ("PT", "H"), "days": ("P", "D"), "weeks": ("P", "W"),
        "business_hours": ("PT", "H"), "business_days": ("P", "D")}
_CAL_MINUTES = {"minutes": 1, "hours": 60, "days": 1440, "weeks": 10080}


def decimal_str(d: Decimal) -> str:
    text = format(d.normalize(), "f") if d == d.to_integral() else format(d, "f")
    return text


def iso_duration(value: Decimal, unit: str) -> str:
    prefix, suffix = _ISO[unit]
    return f"{prefix}{decimal_str(value)}{suffix}"


def business_day_minutes(policy: Policy) -> int | None:
    sched = _business_schedule(policy)
    if sched is None:
        return None
    return (sched.closes.hour * 60 + sched.closes.minute) - (sched.opens.hour * 60 + sched.opens.minute)


def _business_schedule(policy: Policy) -> Schedule | None:
    return next(iter(policy.schedules.values()), None)


def duration_minutes(d: Duration | DurationRange, policy: Policy, value: Decimal | None = None) -> int | None:
    value = d.value if value is None else value
    if d.unit in _CAL_MINUTES:
        return int(value * _CAL_MINUTES[d.unit])
    if d.unit == "business_hours":
        return int(value * 60)
    per_day = business_day_minutes(policy)
    return int(value * per_day) if per_day is not None else None


def target(d: Duration | None, policy: Policy) -> dict | None:
    if d is None:
        return None
    return {
        "iso8601": iso_duration(d.value, d.unit),
        "value": decimal_str(d.value),
        "unit": d.unit,
        "clock": d.clock,
        "minutes": duration_minutes(d, policy),
    }


def money(m: Money) -> dict:
    out = {"amount": decimal_str(m.amount), "currency": m.currency, "period": m.period}
    return out


def schedule(s: Schedule) -> dict:
    return {"days": list(s.days), "opens": f"{s.opens:%H:%M}", "closes": f"{s.closes:%H:%M}",
            "timezone": s.timezone}


def value(v) -> dict:
    if isinstance(v, Money):
        return {"kind": "money", **money(v)}
    if isinstance(v, Duration):
        return {"kind": "duration", "iso8601": iso_duration(v.value, v.unit), "value": decimal_str(v.value),
                "unit": v.unit, "clock": v.clock}
    if isinstance(v, DurationRange):
        return {"kind": "duration_range", "low": decimal_str(v.low), "high": decimal_str(v.high),
                "unit": v.unit, "clock": v.clock,
                "iso8601": f"{iso_duration(v.low, v.unit)}/{iso_duration(v.high, v.unit)}"}
    if isinstance(v, Schedule):
        return {"kind": "schedule", **schedule(v)}
    if isinstance(v, Count):
        return {"kind": "count", "value": v.value}
    raise TypeError(v)


def canonical(policy: Policy) -> dict:
    """The language-neutral policy: every figure typed, no prose."""
    return {
        "$schema": "../" + SCHEMA_PATH,
        "id": policy.id,
        "name": policy.name.source,
        "version": policy.version,
        "updated": policy.updated.isoformat(),
        "price": money(policy.price),
        "eligibility": {"plans": list(policy.eligible_plans)},
        "plans": [{"id": p.id, "name": p.name.source} for p in policy.plans],
        "schedules": {k: schedule(s) for k, s in policy.schedules.items()},
        "business_day_minutes": business_day_minutes(policy),
        "channels": [{"id": c.id, "schedule": c.schedule, "always_available": c.always}
                     for c in policy.channels],
        "severities": [{
            "level": s.level,
            "name": s.name.source,
            "first_reply_time": target(s.initial_response, policy),
            "next_reply_time": target(s.follow_up, policy),
        } for s in policy.severities],
        "values": {k: value(v) for k, v in sorted(policy.values.items())},
    }


def localized(policy: Policy, locale: str, texts: dict) -> dict:
    """The canonical policy plus the texts as rendered in `locale` (`texts` built by the renderer)."""
    doc = canonical(policy)
    doc["$schema"] = "../../" + SCHEMA_PATH
    doc["locale"] = locale
    doc["texts"] = texts
    return doc


def dumps(doc: dict) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")
