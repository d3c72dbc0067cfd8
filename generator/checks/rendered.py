"""Site-level rules over the rendered pages: what a visitor reads must say what the definition says.

Every figure on a built page is an element with `class="fig"`, its kind, the fact it shows
(`data-fact`) and its machine value (`value` / `datetime`). Three questions per locale:
the machine value equals the definition (SLA302); the visible text, read back with the same figure
parser the catalog rules use, says that value (SLA301); and every fact of a policy appears on its
policy page (SLA303).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
import bisect
import re
from html import unescape

from generator.checks.registry import rule
from generator.diagnostics import ERROR, Finding
from generator.model.types import WEEKDAYS, Policy
from generator.render import policy_json


@dataclass(frozen=True)
class PageFigure:
    kind: str
    fact: str | None
    machine: str
    clock: str | None
    unit: str | None
    text: str
    line: int
    lang: str | None = None  # the language the figure is written in (nearest lang attribute)


_SCAN = re.compile(r'<(data|time) class="fig"([^>]*)>(.*?)</\1>|<span\b([^>]*)>|</span>', re.S)
_ATTR = re.compile(r'([a-z-]+)="([^"]*)"')
_LANG = re.compile(r'\blang="([^"]+)"')
_HTML_LANG = re.compile(r'<html lang="([^"]+)"')


def page_figures(html: str) -> list[PageFigure]:
    """Every figure element of a page slasite rendered, with the language it is written in.

    A regex scan, not an HTML parser: the markup is our own and parsing was the slowest step of
    checking a large site. Language comes from the page, or from the innermost enclosing
    `<span lang>` (a fallback sentence in the source language, or a figure inside one).
    """
    m = _HTML_LANG.search(html)
    stack: list[str | None] = [m.group(1) if m else None]
    newlines = [n.start() for n in _NEWLINE.finditer(html)]
    figures = []
    for f in _SCAN.finditer(html):
        if f.group(1) is None:
            if f.group(0).startswith("</"):
                if len(stack) > 1:
                    stack.pop()
            else:
                lang = _LANG.search(f.group(4) or "")
                stack.append(lang.group(1) if lang else None)
            continue
        a = {k: unescape(v) for k, v in _ATTR.findall(f.group(2))}
        lang = next((l for l in reversed(stack) if l), None)
        figures.append(PageFigure(
            kind=a.get("data-kind", ""), fact=a.get("data-fact"), machine=a.get("value") or a.get("datetime") or "",
            clock=a.get("data-clock"), unit=a.get("data-unit"), text=unescape(_TAG.sub("", f.group(3))).strip(),
            line=bisect.bisect_left(newlines, f.start()) + 1, lang=lang))
    return figures


_TAG = re.compile(r"<[^>]+>")
_NEWLINE = re.compile("\n")


# --- expected machine values, straight from the model -----------------------------------------

def expected_facts(policy: Policy) -> dict[str, str]:
    """fact id -> machine value, for every fact a policy page must show."""
    pid = policy.id
    facts = {f"{pid}:price": _money(policy.price)}
    for s in policy.severities:
        facts[f"{pid}:severities.{s.level}.initial_response"] = policy_json.iso_duration(
            s.initial_response.value, s.initial_response.unit)
        if s.follow_up is not None:
            facts[f"{pid}:severities.{s.level}.follow_up"] = policy_json.iso_duration(s.follow_up.value, s.follow_up.unit)
    for name, sched in policy.schedules.items():
        facts[f"{pid}:values.{name}.days"] = ",".join(sched.days)
        facts[f"{pid}:values.{name}.hours"] = f"{sched.opens:%H:%M}/{sched.closes:%H:%M}"
        facts[f"{pid}:values.{name}.zone"] = sched.timezone
    return facts


def value_facts(policy: Policy) -> dict[str, str]:
    """Machine values of every named value a placeholder may show anywhere."""
    from generator.i18n.format import placeholder_values
    return {f"{policy.id}:values.{k}": v.machine
            for k, v in placeholder_values(policy.values, "en").items() if hasattr(v, "machine")}


def _money(m) -> str:
    amount = policy_json.decimal_str(m.amount)
    return f"{amount} {m.currency}/{m.period}" if m.period else f"{amount} {m.currency}"


def clock_of(fact_value_unit: str | None) -> str:
    return "business" if fact_value_unit and fact_value_unit.startswith("business") else "calendar"


# --- reading the visible text back --------------------------------------------------------------

def machine_to_canonical(fig: PageFigure):
    """The figure parser's canonical (kind, value) for a page figure's machine value, or None."""
    from generator.figures.zones import zone_of  # canonical zone ids, shared with the parser

    m = fig.machine
    try:
        if fig.kind == "money":
            amount_cur, _, period = m.partition("/")
            amount, cur = amount_cur.split()
            return ("money", (Decimal(amount), cur, period or None, None))
        if fig.kind == "duration":
            unit = fig.unit or _unit_from_iso(m)
            number = Decimal(m.strip("PTHMDW"))
            return ("duration", (number, unit))
        if fig.kind == "duration_range":
            lo, hi = m.split("/")
            unit = fig.unit or _unit_from_iso(lo)
            return ("duration_range", (Decimal(lo.strip("PTHMDW")), Decimal(hi.strip("PTHMDW")), unit))
        if fig.kind == "weekdays":
            days = m.split(",")
            return ("weekday_range", (days[0], days[-1])) if len(days) > 1 else ("weekday", days[0])
        if fig.kind == "time_range":
            a, b = m.split("/")
            return ("time_range", (a, b))
        if fig.kind == "timezone":
            return ("timezone", zone_of(m, "en"))
        if fig.kind in ("count", "ordinal"):
            return ("number" if fig.kind == "count" else "ordinal", Decimal(m) if fig.kind == "count" else int(m))
    except (ValueError, ArithmeticError):
        return None
    return None


def _unit_from_iso(iso: str) -> str:
    return {"H": "hours", "M": "minutes", "D": "days", "W": "weeks"}[iso[-1]]


# text_says answers, by figure: pages repeat the same figures, and the build cache keeps these
# between runs (`remember` / `recalled`) so a changed page re-reads only figures never seen before
_SAYS: dict[str, list] = {}
_SAYS_USED: set[str] = set()


def remember(answers: dict) -> None:
    """Start a check with answers from an earlier run; `recalled()` then gives those used since."""
    _SAYS_USED.clear()
    for key, value in answers.items():
        if isinstance(value, list) and len(value) == 2 and isinstance(value[0], bool) and isinstance(value[1], str):
            _SAYS.setdefault(key, value)


def recalled() -> dict:
    return {key: _SAYS[key] for key in sorted(_SAYS_USED)}


def text_says(fig: PageFigure, locale: str) -> tuple[bool, str]:
    """Does the visible text of `fig`, read in `locale`, say its machine value?"""
    key = "\x1f".join((locale, fig.kind, fig.machine, fig.unit or "", fig.text))
    _SAYS_USED.add(key)
    answer = _SAYS.get(key)
    if answer is None:
        answer = _SAYS[key] = list(_text_says(fig, locale))
    return answer[0], answer[1]


def _text_says(fig: PageFigure, locale: str) -> tuple[bool, str]:
    from generator.figures.compare import compare_figures
    from generator.figures.read import read_figures
    from generator.figures.types import Figure

    expected = machine_to_canonical(fig)
    if expected is None:
        return True, ""
    found = read_figures(fig.text, locale)
    if not found:
        return False, "nothing readable"
    said = ", ".join(f.describe() for f in found)
    if fig.kind == "weekdays":
        # a set of days, however it is written: "Monday – Friday", "Monday and Wednesday"
        days = _days_said(found)
        return days is not None and days == set(fig.machine.split(",")), said
    want = Figure(expected[0], expected[1], 0, 0, fig.machine)
    mismatches = compare_figures([want], found, None, locale)
    return (not mismatches), said


def _days_said(found) -> set[str] | None:
    """The days named by weekday and weekday-range figures (a range may wrap: fri-mon), or None
    when the text says anything else."""
    days: set[str] = set()
    for f in found:
        if f.kind == "weekday" and f.value in WEEKDAYS:
            days.add(f.value)
        elif f.kind == "weekday_range" and all(d in WEEKDAYS for d in f.value):
            i, j = WEEKDAYS.index(f.value[0]), WEEKDAYS.index(f.value[1])
            days.update(WEEKDAYS[(i + k) % 7] for k in range((j - i) % 7 + 1))
        else:
            return None
    return days


# --- rules ------------------------------------------------------------------------------------------

def _pages(rendered, locale):
    for path, data in sorted(rendered.files.items()):
        if path.startswith(f"{locale}/") and path.endswith(".html"):
            yield path, data.decode("utf-8")


@rule("SLA301", "site")
def visible_text_matches_value(ctx):
    """Each rendered figure's visible text, read back in its locale, says its machine value.

    Okay:   <time datetime="PT2H" data-unit="business_hours">2 Geschäftsstunden</time>
    SLA301: <time datetime="PT2H" data-unit="business_hours">2 Stunden</time>
    """
    for locale in ctx.locales:
        for path, html in _pages(ctx.rendered, locale):
            for fig in page_figures(html):
                ok, read = text_says(fig, (fig.lang or locale).replace("-", "_"))
                if not ok:
                    yield Finding("SLA301", ERROR, "the page shows a figure whose text says another value",
                                  locale=locale, file=f"site/{path}", line=fig.line, msgctxt=fig.fact,
                                  expected=fig.machine, found=f"“{fig.text}”, read as {read}")


@rule("SLA302", "site")
def machine_value_matches_definition(ctx):
    """Each rendered figure's machine value is the value of the fact in the definition.

    Okay:   data-fact="vip-support:price" value="1000 EUR/month"
    SLA302: data-fact="vip-support:price" value="100 EUR/month"
    """
    expected: dict[str, str] = {}
    for policy in ctx.project.policies.values():
        expected.update(value_facts(policy))
        expected.update(expected_facts(policy))
    for locale in ctx.locales:
        for path, html in _pages(ctx.rendered, locale):
            for fig in page_figures(html):
                if fig.fact and fig.fact in expected and expected[fig.fact] != fig.machine:
                    yield Finding("SLA302", ERROR, "a figure on the page differs from the definition",
                                  locale=locale, file=f"site/{path}", line=fig.line, msgctxt=fig.fact,
                                  expected=expected[fig.fact], found=fig.machine)


@rule("SLA303", "site")
def facts_present(ctx):
    """Every fact of a policy (price, hours, each severity's targets) appears on its policy page.

    Okay:   the de policy page shows all five initial-response targets
    SLA303: the de policy page lacks severities.3.follow_up
    """
    from generator.render.site import page_path

    for page in ctx.project.pages:
        if page.layout != "policy":
            continue
        policy = ctx.project.policies[page.policy]
        facts = expected_facts(policy)
        for locale in ctx.locales:
            path = page_path(locale, page.slug)
            data = ctx.rendered.files.get(path)
            if data is None:
                continue
            shown = {f.fact for f in page_figures(data.decode("utf-8"))}
            for fact in facts:
                if fact not in shown:
                    yield Finding("SLA303", ERROR, "a fact of the policy is missing from the page",
                                  locale=locale, file=f"site/{path}", msgctxt=fact,
                                  expected=facts[fact], found="not shown")
