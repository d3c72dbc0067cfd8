"""The facts a page about a policy must state, derived from the loaded `Policy`, never typed here.

Each `Fact` has the figure reader's canonical form of its value (so a page figure and a fact compare
with the same rules `check` uses), an id in the `check --facts` naming (`vip-support:price`,
`vip-support:severities.3.follow_up`), a few words for messages, and the words around it in the
definition and in the locale's catalog, which is how a figure outside a table is told to be about it.

Where they come from:
- the price (Money) and the eligible plans (names: source, catalog translation, `PLAN_ALIASES`);
- each schedule: its weekdays, opening hours and time zone;
- each severity, in the order a row states them: the initial-response target, the values its
  notes name by placeholder (`{contact_window}`), the follow-up target (or a "none" slot: the
  policy promises no figure) and the values of the follow-up note;
- the values the policy's other texts name by placeholder, and the figures they write literally
  ("24/7 chat", "second-level agents"), read with the same reader. A named value nothing uses is
  no fact: no page of slasite's own shows it either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from generator.figures.numbers import canonical
from generator.figures.read import read_figures
from generator.figures.text import PLACEHOLDER_RE, strip_placeholders
from generator.figures.types import Figure, describe
from generator.figures.zones import zone_of
from generator.model.types import Duration, DurationRange, Money, Ordinal, Policy, Schedule, Text

# Kinds of figure a policy text states as a fact (numbers and dates in prose are not promises).
TEXT_FACT_KINDS = frozenset({"money", "duration", "duration_range", "time", "time_range", "weekday",
                             "weekday_range", "timezone", "ordinal", "always", "percent"})

# Plan names are brands a translator may still translate; the catalog holds the project's own
# translation, this table the common ones ("All-inclusive" is «Все включено» on Russian pages).
# Keyed by the plan's source name, lower-cased.
PLAN_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "all-inclusive": {
        "ru": ("Все включено", "Всё включено"),
        "bg": ("Всичко включено",),
        "pt": ("Tudo incluído", "Tudo incluso"),
        "fr": ("Tout compris", "Tout inclus"),
        "de": ("All-Inclusive", "Alles inklusive"),
        "ar": ("شامل كل شيء", "الباقة الشاملة", "الشاملة"),
        "es": ("Todo incluido",),
        "it": ("Tutto incluso",),
    },
}


@dataclass(frozen=True)
class Fact:
    id: str  # "vip-support:severities.3.follow_up"
    kind: str  # a reader kind, "plan", or "none" (the policy promises no figure here)
    value: object  # the reader's canonical value; plan: tuple of names; none: None
    label: str  # "severity 3 follow-up target"
    level: int | None = None  # the severity whose row states it, None for page-wide facts
    terms: frozenset = field(default=frozenset(), compare=False)  # word stems of its context
    anchors: tuple[str, ...] = field(default=(), compare=False)  # names that tie a line to it
    shown: str | None = field(default=None, compare=False)  # how messages write the value, if not describe()

    @property
    def figure(self) -> Figure | None:
        if self.kind in ("plan", "none"):
            return None
        return Figure(self.kind, self.value, 0, 0, self.expected)

    @property
    def expected(self) -> str:
        if self.shown:
            return self.shown
        if self.kind == "none":
            return "no figure"
        if self.kind == "plan":
            return f"the {self.value[0]} plan"
        return describe(self.kind, self.value)


@dataclass(frozen=True)
class Facts:
    policy_id: str
    page_wide: tuple[Fact, ...]
    rows: dict[int, tuple[Fact, ...]]  # severity level -> its facts in row order
    severity_names: dict[int, tuple[str, ...]]  # level -> names (source, translation)
    policy_names: tuple[str, ...]  # the policy's name, source and translated

    @property
    def levels(self) -> tuple[int, ...]:
        return tuple(self.rows)

    def all(self) -> list[Fact]:
        return list(self.page_wide) + [f for row in self.rows.values() for f in row]


_STEM_RE = re.compile(r"[^\W\d_]{4,}")


def stems(text: str) -> frozenset:
    """Crude, language-blind word stems: words of 4+ letters cut to 5 (inflection-tolerant)."""
    return frozenset(w.lower()[:5] for w in _STEM_RE.findall(strip_placeholders(text or "")))


def derive_facts(policy: Policy, locale: str, translate=None) -> Facts:
    """Every fact of `policy` a page in `locale` must state; `translate(Text) -> str | None`."""
    translate = translate or (lambda t: None)
    pid = policy.id

    def words(*texts: Text | None) -> frozenset:
        out: frozenset = frozenset()
        for t in texts:
            if t is not None:
                out |= stems(t.source) | stems(translate(t) or "")
        return out

    def names(t: Text) -> tuple[str, ...]:
        seen = []
        for n in (t.source, translate(t)):
            if n and n not in seen:
                seen.append(n)
        return tuple(seen)

    policy_names = names(policy.name)
    page: list[Fact] = []

    # price and plans
    price_texts = [t for t in (policy.summary, policy.texts.get("eligibility")) if t is not None]
    plan_names: list[str] = []
    for plan in policy.plans:
        if plan.id not in policy.eligible_plans:
            continue
        aliases = PLAN_ALIASES.get(plan.name.source.lower(), {})
        lang = locale.split("_")[0]
        all_names = names(plan.name) + tuple(a for a in aliases.get(locale, aliases.get(lang, ())))
        plan_names.extend(all_names)
        page.append(Fact(f"{pid}:plans.{plan.id}", "plan", all_names, f"eligible plan ({plan.name.source})",
                         terms=words(*price_texts), anchors=policy_names))
    page.insert(0, Fact(f"{pid}:price", "money", _money(policy.price), "price",
                        terms=words(*price_texts), anchors=tuple(plan_names) + policy_names))

    # schedules, with the words of the channels that keep them
    for name, sched in policy.schedules.items():
        channels = [c for c in policy.channels if c.schedule == name]
        terms = words(*[c.name for c in channels], *[n for c in channels for n in c.notes],
                      policy.texts.get("availability_intro"))
        anchors = tuple(n for c in channels for n in names(c.name))
        for fact in _schedule_facts(pid, name, sched, terms, anchors):
            page.append(fact)
    for channel in policy.channels:
        if channel.always:
            page.append(Fact(f"{pid}:channels.{channel.id}.always", "always", "24/7",
                             f"{channel.id} round the clock", terms=words(channel.name),
                             anchors=names(channel.name)))

    # severities, in the order a row states them
    rows: dict[int, tuple[Fact, ...]] = {}
    severity_names: dict[int, tuple[str, ...]] = {}
    for s in policy.severities:
        sid = f"{pid}:severities.{s.level}"
        row: list[Fact] = []
        row += _literal_facts(s.definition, sid + ".definition", f"severity {s.level} definition", s.level)
        if s.example is not None:
            row += _literal_facts(s.example, sid + ".example", f"severity {s.level} example", s.level)
        row.append(Fact(sid + ".initial_response", *_duration(s.initial_response),
                        f"severity {s.level} initial-response target", s.level))
        row += _note_facts(policy, s.initial_note, sid, s.level)
        if s.follow_up is not None:
            row.append(Fact(sid + ".follow_up", *_duration(s.follow_up),
                            f"severity {s.level} follow-up target", s.level))
        else:
            row.append(Fact(sid + ".follow_up", "none", None,
                            f"severity {s.level} follow-up (the policy promises no figure)", s.level))
        row += _note_facts(policy, s.follow_up_note, sid, s.level)
        rows[s.level] = tuple(row)
        severity_names[s.level] = names(s.name)

    # what the policy's own texts state: values they name ("{contact_within}") and figures they
    # write ("24/7 chat", "a second-level agent")
    texts: list[Text] = [policy.summary]
    for f in policy.features:
        texts += [f.title, f.body]
    texts += list(policy.texts.values())
    for c in policy.channels:
        texts += [t for t in (c.name, c.description, *c.notes) if t is not None]
    seen_values = {(f.kind, f.value) for f in page}
    for t in texts:
        for m in PLACEHOLDER_RE.finditer(t.source):
            name = m.group().strip("{}")
            value = policy.values.get(name)
            if name == "price" or name in policy.schedules or value is None:
                continue  # facts already
            fact = _value_fact(f"{pid}:values.{name}", name, value, None)
            if fact is not None and (fact.kind, fact.value) not in seen_values:
                seen_values.add((fact.kind, fact.value))
                page.append(Fact(fact.id, fact.kind, fact.value, fact.label, terms=words(t)))
        for fact in _literal_facts(t, f"{pid}:{_field(t)}", None, None, words(t)):
            if (fact.kind, fact.value) not in seen_values:
                seen_values.add((fact.kind, fact.value))
                page.append(fact)
    return Facts(pid, tuple(page), rows, severity_names, policy_names)


def _field(t: Text) -> str:
    """"policy:vip-support:features.x.body" -> "features.x.body"."""
    parts = t.msgctxt.split(":", 2)
    return parts[2] if len(parts) == 3 else t.msgctxt


def _money(m: Money):
    return (canonical(Decimal(m.amount)), m.currency, m.period, None)  # a policy's price is flat


def _duration(d: Duration) -> tuple[str, object]:
    return "duration", (canonical(Decimal(d.value)), d.unit)


def _schedule_facts(pid: str, name: str, s: Schedule, terms, anchors) -> list[Fact]:
    days = tuple(s.days)
    base = f"{pid}:values.{name}"
    if len(days) == 1:
        day_fact = Fact(base + ".days", "weekday", days[0], f"{name} schedule: weekdays", terms=terms,
                        anchors=anchors)
    else:
        contiguous = _contiguous(days)
        day_fact = Fact(base + ".days", "weekday_range", (days[0], days[-1]) if contiguous else days,
                        f"{name} schedule: weekdays", terms=terms, anchors=anchors,
                        shown=None if contiguous else ", ".join(describe("weekday", d) for d in days))
    hours = Fact(base + ".hours", "time_range", (f"{s.opens:%H:%M}", f"{s.closes:%H:%M}"),
                 f"{name} schedule: opening hours", terms=terms, anchors=anchors)
    zone = zone_of(s.timezone, "en") or s.timezone
    tz = Fact(base + ".zone", "timezone", zone, f"{name} schedule: time zone", terms=terms,
              anchors=anchors, shown=f"{s.timezone} ({describe('timezone', zone)})")
    return [day_fact, hours, tz]


def _contiguous(days: tuple[str, ...]) -> bool:
    from generator.figures.weekdays import days_between
    return days_between(days[0], days[-1]) == days


def _value_fact(fid: str, name: str, value, level: int | None) -> Fact | None:
    label = f"severity {level} {name.replace('_', ' ')}" if level is not None else name.replace("_", " ")
    if isinstance(value, Duration):
        return Fact(fid, *_duration(value), label, level)
    if isinstance(value, DurationRange):
        return Fact(fid, "duration_range", (canonical(Decimal(value.low)), canonical(Decimal(value.high)),
                                            value.unit), label, level)
    if isinstance(value, Money):
        return Fact(fid, "money", _money(value), label, level)
    if isinstance(value, Ordinal):
        return Fact(fid, "ordinal", int(value.value), label, level)
    return None  # a Count says how many, which pages word too freely to check


def _note_facts(policy: Policy, note: Text | None, sid: str, level: int) -> list[Fact]:
    if note is None:
        return []
    out: list[tuple[int, Fact]] = []
    for m in PLACEHOLDER_RE.finditer(note.source):
        name = m.group().strip("{}")
        value = policy.values.get(name)
        if value is None:
            continue
        fact = _value_fact(f"{sid}.{name}", name, value, level)
        if fact is not None:
            out.append((m.start(), fact))
    for f in read_figures(strip_placeholders(note.source), "en"):
        if f.kind in TEXT_FACT_KINDS:
            out.append((f.start, Fact(f"{sid}.{_field(note).rsplit('.', 1)[-1]}", f.kind, f.value,
                                      f"severity {level} note: “{f.text}”", level)))
    return [f for _, f in sorted(out, key=lambda p: p[0])]


def _literal_facts(t: Text, fid: str, label: str | None, level: int | None, terms=frozenset()) -> list[Fact]:
    out = []
    src = strip_placeholders(t.source)
    for f in read_figures(src, "en"):
        if f.kind not in TEXT_FACT_KINDS:
            continue
        out.append(Fact(fid, f.kind, f.value, label or f"figure in “…{_snippet(src, f.start, f.end)}…”", level,
                        terms=terms))
    return out


def _snippet(src: str, start: int, end: int, words: int = 2) -> str:
    """The words around src[start:end] ("to a second-level technical agent")."""
    lo = src.rfind(" ", 0, start) + 1
    hi = src.find(" ", end)
    hi = len(src) if hi < 0 else hi
    before = src[:lo].split()[-words:]
    after = src[hi:].split()[:words]
    return " ".join(before + [src[lo:hi]] + after).strip(" ,.;:")
