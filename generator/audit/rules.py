"""The audit's three rules: each a code, a severity and a docstring with a passing and a failing line.

The audit does not run rule functions one by one (one alignment of the page against the policy
decides all three at once); these functions build the findings, and their docstrings document the
codes the way `check`'s rules do (`Okay:` / `SLA7nn:` examples, listed in the README rules table).
"""

from __future__ import annotations

import re

from generator.diagnostics import ERROR, WARNING, Finding
from generator.figures.types import BUSINESS_UNITS, Figure

from .facts import Fact

AUDIT_CODES: dict[str, str] = {}  # code -> severity


def _code(code: str, severity: str):
    """Name an audit rule: its code is validated and, once the rule registry has an "audit" scope,
    listed there with `check`'s rules (so the README test sees it)."""
    from generator.checks import registry

    def register(func):
        if not re.fullmatch(r"SLA7\d\d", code) or code in AUDIT_CODES:
            raise ValueError(f"bad or duplicate audit code {code!r}")
        if not (func.__doc__ or "").strip():
            raise ValueError(f"audit rule {code} needs a docstring")
        AUDIT_CODES[code] = severity
        func.code, func.severity = code, severity
        if "audit" in registry.SCOPES:
            registry.rule(code, "audit")(func)
        return func

    return register


def show(fig: Figure) -> str:
    text = " ".join(fig.text.split())
    d = fig.describe()
    return f"“{text}”" if d == text else f"“{text}” ({d})"


def _clock_hint(fact: Fact, fig: Figure) -> str:
    if fact.kind in ("duration", "duration_range") and fig.kind in ("duration", "duration_range"):
        be, bf = fact.value[-1] in BUSINESS_UNITS, fig.value[-1] in BUSINESS_UNITS
        if be != bf:
            return (" — the policy counts business time, the page calendar time" if be
                    else " — the policy counts calendar time, the page business time")
    return ""


@_code("SLA701", ERROR)
def contradicting_figure(fact: Fact, fig: Figure | None, *, page: str, line: int | None, locale: str,
                         found: str | None = None, note: str = "") -> Finding:
    """A figure on the page states a fact of the policy with another value, unit, clock, currency,
    period, clock time, weekday, time zone or severity level.

    Okay:   policy 2 business hours (severity 3)  ->  page "2 horas úteis ou menos"
    SLA701: policy 2 business hours (severity 3)  ->  page "2 horas ou menos"
    """
    shown = found if found is not None else show(fig)
    hint = _clock_hint(fact, fig) if fig is not None else ""
    message = note or f"the page says {shown} for the {fact.label}, the policy says {fact.expected}{hint}"
    return Finding("SLA701", ERROR, message, locale=locale, file=page, line=line, msgctxt=fact.id,
                   expected=fact.expected, found=shown)


@_code("SLA702", ERROR)
def missing_fact(fact: Fact, *, page: str, line: int | None, locale: str, where: str = "") -> Finding:
    """A fact of the policy does not appear on the page (a severity's target, the price, the plan,
    the schedule's days, hours or time zone, 24/7, the second-level agents).

    Okay:   policy dedicated hours Mon-Fri 09:00-17:00 CET  ->  page "Mo–Fr 9–17 Uhr MEZ"
    SLA702: policy dedicated hours Mon-Fri 09:00-17:00 CET  ->  page "Mo–Fr 9–17 Uhr"
    """
    message = f"the page does not state the {fact.label} ({fact.expected}){where}"
    return Finding("SLA702", ERROR, message, locale=locale, file=page, line=line, msgctxt=fact.id,
                   expected=fact.expected, found="nothing")


@_code("SLA703", WARNING)
def extra_figure(fig: Figure, *, page: str, line: int | None, locale: str, where: str = "") -> Finding:
    """A figure on the page that the policy does not have (a warning: pages carry marketing text,
    trial periods and review counts).

    Okay:   page "VIP Support costs 1000 € per month"
    SLA703: page "Free trial for 14 days"
    """
    message = f"the page says {show(fig)}{where}, which the policy does not have"
    return Finding("SLA703", WARNING, message, locale=locale, file=page, line=line,
                   expected="no such figure in the policy", found=show(fig))
