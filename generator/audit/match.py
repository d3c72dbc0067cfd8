"""Align the figures of a page with the facts of a policy, and say where they disagree.

1. Every block of the page is read with the locale's figure reader.
2. The severity table is found: a run of rows (or headings) that each open with a severity label —
   a number or ordinal ("Severity 3", "3. Schweregrad", "уровень 3:", "второ ниво" is not one: it is
   no label) or, in a table's first cell, the severity's name — whose labels cover the policy's
   levels. Cells that ran together without separators are no obstacle: a row is a line.
3. Each row's figures are aligned with that severity's facts in order (initial response, the
   values of its note, follow-up, ...) by an edit distance: an equal figure matches, a figure of
   the same family in a fact's place contradicts it (SLA701), a fact without a figure is missing
   (SLA702), a figure without a fact is extra (SLA703); a duration where the policy promises none
   (no follow-up target) contradicts that promise.
4. The rest of the page is matched by kind and label: a figure equal to a fact states it; a
   schedule's clock times, weekdays and zones must all be the schedule's; the price, ordinals and
   other page-wide facts are contradicted by a figure of their kind on a line that names them (the
   plan, the channel, words of the policy's sentence) or, when the page states the fact nowhere,
   by the first figure of their kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from generator.diagnostics import Finding
from generator.figures.compare import apply_basis_hints, compare_figures
from generator.figures.numbers import number_words
from generator.figures.read import read_figures
from generator.figures.types import Figure
from generator.figures.weekdays import days_between

from . import rules
from .facts import Fact, Facts, stems
from .page import Block, Page

FAMILY = {"number": "number", "ordinal": "ordinal", "percent": "percent", "money": "money",
          "currency": "currency", "duration": "duration", "duration_range": "duration", "time": "time",
          "time_range": "time", "weekday": "weekday", "weekday_range": "weekday", "timezone": "timezone",
          "always": "always", "date": "date", "period": "period", "basis": "period", "none": "duration",
          "plan": "plan"}
SCHEDULE_FAMILIES = frozenset({"time", "weekday", "timezone"})
# Figures worth a warning when the policy does not have them (dates, periods, lone currencies are not).
EXTRA_KINDS = frozenset({"number", "ordinal", "percent", "money", "duration", "duration_range", "time",
                         "time_range", "weekday", "weekday_range", "timezone", "always"})
_LABEL_REGION = 80  # characters at the start of a line that may hold a severity label
_LABEL_WORDS = 4  # words before it at most ("Степен на сериозност 1", "Важность уровень 3:")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Found:
    fig: Figure
    block: int
    line: int
    used: bool = False
    marker: bool = False  # the number of a numbered list item, not a figure

    @property
    def family(self) -> str:
        return FAMILY[self.fig.kind]


@dataclass
class Row:
    label: int | None  # the level written on the page
    label_found: Found | None
    first: int  # block index of the label
    blocks: list[int] = field(default_factory=list)
    has_durations: bool = False
    level: int | None = None  # the policy level it states


class Auditor:
    def __init__(self, page: Page, facts: Facts, locale: str):
        self.page, self.facts, self.locale = page, facts, locale
        self.findings: list[Finding] = []
        self.matches: list[tuple[Fact, Found]] = []  # each fact and the figure that states it
        self.found: list[list[Found]] = [self._read(i, b) for i, b in enumerate(page.blocks)]
        self._page_period()

    # --- reading -------------------------------------------------------------------------------------
    def _read(self, i: int, block: Block) -> list[Found]:
        figs = apply_basis_hints(read_figures(block.text, self.locale))
        periods = {f.value for f in figs if f.kind == "period"}
        out = []
        for f in figs:
            if f.kind == "money" and f.value[2] is None and len(periods) == 1:
                f = Figure("money", (f.value[0], f.value[1], next(iter(periods)), f.value[3]), f.start, f.end, f.text)
            out.append(Found(f, i, block.line_at(f.start), marker=f.end <= block.marker))
        return out

    def _page_period(self) -> None:
        """A price without a period takes the page's only billing period ("1000 €" … "billed monthly")."""
        periods = {f.fig.value for fl in self.found for f in fl if f.fig.kind == "period"}
        if len(periods) != 1:
            return
        (period,) = periods
        for fl in self.found:
            for f in fl:
                if f.fig.kind == "money" and f.fig.value[2] is None:
                    g = f.fig
                    f.fig = Figure("money", (g.value[0], g.value[1], period, g.value[3]), g.start, g.end, g.text)

    def run(self) -> list[Finding]:
        """Every finding on the page: the severity rows first, then the rest, then the extras."""
        rows = self._severity_rows()
        in_rows = {b for r in rows for b in r.blocks}
        for r in rows:
            if r.label_found is not None:
                r.label_found.used = True
        self._rows(rows)
        rest = [f for i, fl in enumerate(self.found) if i not in in_rows for f in fl if not f.marker]
        self._page_wide(rest)
        for fl in self.found:
            for f in fl:
                if not f.used and not f.marker and f.fig.kind in EXTRA_KINDS:
                    self.findings.append(rules.extra_figure(f.fig, page=self.page.name, line=f.line,
                                                            locale=self.locale))
        return self.findings

    # --- the severity table ----------------------------------------------------------------------
    def _label(self, i: int, block: Block) -> tuple[int | None, Found | None, int]:
        """The severity label at the start of a block: (level, its figure, where it ends)."""
        region = block.cells[0][1] if block.cells else min(len(block.text), _LABEL_REGION)
        fl = self.found[i]
        if fl:
            first = fl[0]
            v = first.fig.value
            before = block.text[block.cells[0][0] if block.cells else 0:first.fig.start]
            if (first.fig.kind in ("number", "ordinal") and first.fig.start < region
                    and len(_WORD.findall(before)) <= _LABEL_WORDS and int(v) == v and 1 <= int(v) <= 99):
                return int(v), first, first.fig.end
        if block.cells:
            head = block.text[block.cells[0][0]:block.cells[0][1]]
            for level, names in self.facts.severity_names.items():
                for n in names:
                    if n and re.search(rf"(?<![^\W\d_]){re.escape(n)}(?![^\W\d_])", head, re.I):
                        return level, None, block.cells[0][1]
        return None, None, 0

    def _candidates(self) -> list[Row]:
        levels = self.facts.levels
        top = max(levels) + 2 if levels else 0
        out = []
        for i, block in enumerate(self.page.blocks):
            if block.header_row:
                continue
            label, found, end = self._label(i, block)
            if label is None or label > top:
                continue
            durs = any(f.family == "duration" and f.fig.start >= end for f in self.found[i])
            if durs or block.heading or len(block.text) <= _LABEL_REGION:
                out.append(Row(label, found, i, [i], durs))
        return out

    def _severity_rows(self) -> list[Row]:
        levels = set(self.facts.levels)
        if not levels:
            return []
        groups: list[list[Row]] = []
        for c in self._candidates():
            if groups:
                prev = groups[-1][-1]
                gap = c.first - prev.first
                between = self.page.blocks[prev.first + 1:c.first]
                limit = 2 if prev.has_durations else 9
                same_table = self.page.blocks[prev.first].table == self.page.blocks[c.first].table
                if gap <= limit and same_table and not any(b.heading for b in between):
                    groups[-1].append(c)
                    continue
            groups.append([c])

        def score(g: list[Row]):
            return (len({r.label for r in g} & levels), sum(r.has_durations for r in g), -g[0].first)

        best = max(groups, key=score, default=None)
        if best is None or score(best)[0] < min(2, len(levels)):
            return []
        self._bodies(best)
        self._assign_levels(best)
        return best

    def _bodies(self, group: list[Row]) -> None:
        """A heading-style severity runs to the next one (the last: as long as its siblings)."""
        blocks = self.page.blocks
        lengths = []
        for k, r in enumerate(group):
            if r.has_durations and not blocks[r.first].heading:
                continue
            if k + 1 < len(group):
                end = group[k + 1].first
            else:
                end = min(len(blocks), r.first + 1 + (max(lengths) if lengths else 3))
            body = [r.first]
            for j in range(r.first + 1, end):
                if blocks[j].heading:
                    break
                body.append(j)
            r.blocks = body
            lengths.append(len(body) - 1)

    def _assign_levels(self, group: list[Row]) -> None:
        levels = list(self.facts.levels)
        claimed: set[int] = set()
        positional = len(group) == len(levels)
        if positional:
            for r, lv in zip(group, levels):
                if r.label == lv:
                    r.level = lv
                    claimed.add(lv)
        counts: dict[int, int] = {}
        for r in group:
            if r.level is None and r.label is not None:
                counts[r.label] = counts.get(r.label, 0) + 1
        for r in group:
            if r.level is None and r.label in levels and r.label not in claimed and counts[r.label] == 1:
                r.level = r.label
                claimed.add(r.label)
        if positional:
            for r, lv in zip(group, levels):
                if r.level is None and lv not in claimed:
                    r.level = lv
                    claimed.add(lv)
                    fact = Fact(f"{self.facts.policy_id}:severities.{lv}.level", "level", f"severity {lv}",
                                f"severity level of this row (the policy's row {levels.index(lv) + 1})", lv)
                    found = f"“{r.label_found.fig.text}”" if r.label_found else f"severity {r.label}"
                    self.findings.append(rules.contradicting_figure(
                        fact, r.label_found.fig if r.label_found else None, page=self.page.name,
                        line=self.page.blocks[r.first].line, locale=self.locale, found=found,
                        note=f"the row labelled {found} stands where the policy has severity {lv}"))

    # --- rows ----------------------------------------------------------------------------------------
    def _rows(self, rows: list[Row]) -> None:
        seen: set[int] = set()
        for r in rows:
            if r.level is None:
                continue
            seen.add(r.level)
            found = [f for b in r.blocks for f in self.found[b]
                     if not f.used and f.fig.kind not in ("period", "basis", "currency", "date")]
            self._align(self.facts.rows[r.level], found, self.page.blocks[r.first].line)
        for level, facts in self.facts.rows.items():
            if level in seen:
                continue
            for fact in facts:
                if fact.kind != "none":
                    self.findings.append(rules.missing_fact(
                        fact, page=self.page.name, line=None, locale=self.locale,
                        where=f" — the page has no row for severity {level}"))

    def _align(self, facts: tuple[Fact, ...], found: list[Found], line: int) -> None:
        """Pair a row's figures with its facts: in order, or — when the page orders its columns
        otherwise — equal values first and the rest in order, whichever explains the row better."""
        in_order = _edit_script(list(facts), found, self.locale)
        exact: list[tuple[str, Fact | None, Found | None]] = []
        left_facts, left_found = list(facts), list(found)
        for fact in facts:
            same = next((f for f in left_found if _agrees(fact, f.fig, self.locale)), None)
            if same is not None:
                exact.append(("pair", fact, same))
                left_facts.remove(fact)
                left_found.remove(same)
        free = _edit_script(left_facts, left_found, self.locale)
        ops = in_order[1] if in_order[0] <= free[0] else exact + free[1]
        for op, fact, f in ops:
            if op == "pair":
                f.used = True
                self.matches.append((fact, f))
                if not _agrees(fact, f.fig, self.locale):
                    self.findings.append(self._contradiction(fact, f))
            elif op == "miss" and fact.kind != "none":
                self.findings.append(rules.missing_fact(fact, page=self.page.name, line=line, locale=self.locale))
            # extras stay unused and are reported with the page's other extras

    def _contradiction(self, fact: Fact, f: Found) -> Finding:
        note = ""
        if fact.kind == "none":
            note = (f"the page says {rules.show(f.fig)} for the {fact.label.split(' (')[0]}, "
                    f"where the policy promises no figure")
        elif f.fig.kind in ("number", "ordinal") and fact.kind not in ("number", "ordinal"):
            note = (f"the page says {rules.show(f.fig)} without a unit the audit can read for the "
                    f"{fact.label}, the policy says {fact.expected}")
        return rules.contradicting_figure(fact, f.fig, page=self.page.name, line=f.line, locale=self.locale,
                                          note=note)

    # --- the rest of the page --------------------------------------------------------------------
    def _page_wide(self, rest: list[Found]) -> None:
        facts = list(self.facts.page_wide)
        matched: set[int] = set()
        schedule = [k for k, f in enumerate(facts) if FAMILY[f.kind] in SCHEDULE_FAMILIES]
        for k, fact in enumerate(facts):
            if fact.kind == "plan":
                line = self._find_name(fact.value)
                if line is not None:
                    matched.add(k)
                continue
            for f in rest:
                if (f.family == FAMILY[fact.kind] and _agrees(fact, f.fig, self.locale)) or self._ranked(fact, f):
                    f.used = True
                    matched.add(k)
                    self.matches.append((fact, f))
        self._hours_from_times(facts, schedule, rest, matched)
        self._schedules(facts, schedule, rest, matched)
        for k, fact in enumerate(facts):
            if k in schedule or fact.kind == "plan":
                continue
            cands = [f for f in rest
                     if not f.used and (f.family == FAMILY[fact.kind] or self._ranked(fact, f, any_value=True))]
            labelled = [f for f in cands if self._labelled(fact, f)]
            wrong = labelled if (labelled or k in matched) else cands[:1]
            if fact.kind == "always" and k not in matched and not wrong:
                day = [f for f in rest if not f.used and f.fig.kind == "duration"
                       and f.fig.value in ((1, "days"), (24, "hours"))]  # "24 hours a day"
                if day:
                    day[0].used = True
                    matched.add(k)
            for f in wrong:
                f.used = True
                self.findings.append(self._contradiction(fact, f))
            if wrong:
                matched.add(k)
        for k, fact in enumerate(facts):
            if k not in matched:
                self.findings.append(rules.missing_fact(fact, page=self.page.name, line=None, locale=self.locale))

    def _hours_from_times(self, facts, schedule, rest, matched) -> None:
        """Opening and closing times written apart ("opens 9:00 … closes 17:00") in one block."""
        for k in schedule:
            fact = facts[k]
            if fact.kind != "time_range":
                continue
            by_block: dict[int, list[Found]] = {}
            for f in rest:
                if f.fig.kind == "time" and not f.used:
                    by_block.setdefault(f.block, []).append(f)
            opens, closes = (Figure("time", t, 0, 0, t) for t in fact.value)
            for fl in by_block.values():
                a = [f for f in fl if not _compare([opens], [f.fig], self.locale)]
                b = [f for f in fl if not _compare([closes], [f.fig], self.locale)]
                if a and b:
                    for f in a + b:
                        f.used = True
                        self.matches.append((fact, f))
                    matched.add(k)

    def _schedules(self, facts, schedule, rest, matched) -> None:
        """Every clock time, weekday and zone stated with a schedule must be the schedule's."""
        if not schedule:
            return
        per_block: dict[int, int] = {}
        for f in rest:
            if f.family in SCHEDULE_FAMILIES:
                per_block[f.block] = per_block.get(f.block, 0) + 1
        for f in rest:
            if f.used or f.family not in SCHEDULE_FAMILIES:
                continue
            strong = f.fig.kind in ("time_range", "weekday_range", "timezone") or per_block[f.block] > 1
            if not strong:
                continue
            same = [k for k in schedule if FAMILY[facts[k].kind] == f.family]
            if not same:
                continue
            if f.fig.kind == "time" and any(not _compare([Figure("time", t, 0, 0, t)], [f.fig], self.locale)
                                            for k in same for t in facts[k].value):
                f.used = True  # one end of the opening hours, the other written apart
                continue
            k = self._closest_schedule(facts, same, f)
            f.used = True
            matched.add(k)
            self.findings.append(self._contradiction(facts[k], f))

    def _closest_schedule(self, facts, same: list[int], f: Found) -> int:
        """Of several schedules, the one whose other facts this block states, else the best-labelled."""
        neighbours = [g for g in self.found[f.block] if g is not f]
        prefix = {k: facts[k].id.rsplit(".", 1)[0] for k in same}

        def agrees_here(k):
            return sum(1 for fk in facts if fk.id.rsplit(".", 1)[0] == prefix[k]
                       for g in neighbours if g.family == FAMILY[fk.kind] and _agrees(fk, g.fig, self.locale))

        return max(same, key=lambda k: (agrees_here(k), self._label_score(facts[k], f), -k))

    def _ranked(self, fact: Fact, f: Found, any_value: bool = False) -> bool:
        """"niveau 2", "Level-2-Techniker": a number next to a rank noun of the fact's sentence."""
        if fact.kind != "ordinal" or f.fig.kind != "number" or not (any_value or f.fig.value == fact.value):
            return False
        text = self.page.blocks[f.block].text
        near = _WORD.findall(text[max(0, f.fig.start - 30):f.fig.start])[-1:]
        near += _WORD.findall(text[f.fig.end:f.fig.end + 30])[:1]
        rank = _rank_re(self.locale)
        return any(rank.fullmatch(w) and stems(w) and stems(w) <= fact.terms for w in near)

    def _label_score(self, fact: Fact, f: Found) -> int:
        return len(stems(self.page.blocks[f.block].text) & fact.terms)

    def _labelled(self, fact: Fact, f: Found) -> bool:
        text = _squash(self.page.blocks[f.block].text)
        if any(a and _squash(a) in text for a in fact.anchors):
            return True
        return self._label_score(fact, f) >= 3

    def _find_name(self, names) -> int | None:
        for block in self.page.blocks:
            text = _squash(block.text)
            for n in names:
                if n and _squash(n) in text:
                    return block.line
        return None


@lru_cache(maxsize=None)
def _rank_re(locale: str) -> re.Pattern:
    return re.compile(number_words(locale).rank_re, re.I)


def _squash(text: str) -> str:
    """Letters and digits only, case-folded: "All-inclusive" = "all inclusive" = «ALL INCLUSIVE»."""
    return "".join(c for c in text.casefold().replace("ё", "е") if c.isalnum())


# A fact's figure is the policy's value written the English way (describe(): "09:00-17:00"); the
# page's figures are read in the page's language. The AM/PM words are each side's own (compare.py):
# pooled over every language, the French "de" would unmark the Hungarian "de." (A.M.).
FACT_LOCALE = "en"


def _compare(facts: list[Figure], found: list[Figure], locale: str | None):
    return compare_figures(facts, found, FACT_LOCALE, locale)


def _agrees(fact: Fact, fig: Figure, locale: str | None = None) -> bool:
    if FAMILY[fact.kind] != FAMILY[fig.kind] or fact.kind in ("none", "plan"):
        return False
    if fact.kind == "money":
        return fact.value == fig.value  # amount, currency, period and basis (a policy's price is flat)
    if fact.kind == "weekday_range" and len(fact.value) != 2:  # days that are no range: Mon, Wed, Fri
        days = {fig.value} if fig.kind == "weekday" else set(days_between(*fig.value))
        return days <= set(fact.value)
    return not _compare([fact.figure], [fig], locale)


def _edit_script(facts: list[Fact], found: list[Found], locale: str | None = None):
    """The cheapest alignment of facts and figures, in order: (cost, [(op, fact, found), ...]).

    A fact paired with an equal figure costs nothing, with another figure of its family 1 (a
    contradiction), and left without a figure 1 (missing; nothing for a "no figure" slot); a
    figure left without a fact costs 1 if it is a duration, 0.3 otherwise (a number in a text).
    """
    n, m = len(facts), len(found)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    step: list[list[str | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            c = cost[i][j]
            if c == inf:
                continue
            if i < n:
                d = 0.0 if facts[i].kind == "none" else 1.0
                if c + d < cost[i + 1][j]:
                    cost[i + 1][j], step[i + 1][j] = c + d, "miss"
            if j < m:
                d = 1.0 if found[j].family == "duration" else 0.3
                if c + d < cost[i][j + 1]:
                    cost[i][j + 1], step[i][j + 1] = c + d, "extra"
            if i < n and j < m:
                d = _pair_cost(facts[i], found[j].fig, locale)
                if d is not None and c + d < cost[i + 1][j + 1]:
                    cost[i + 1][j + 1], step[i + 1][j + 1] = c + d, "pair"
    i, j = n, m
    ops = []
    while i or j:
        s = step[i][j]
        if s == "pair":
            ops.append(("pair", facts[i - 1], found[j - 1]))
            i, j = i - 1, j - 1
        elif s == "miss":
            ops.append(("miss", facts[i - 1], None))
            i -= 1
        else:
            ops.append(("extra", None, found[j - 1]))
            j -= 1
    return cost[n][m], list(reversed(ops))


def _pair_cost(fact: Fact, fig: Figure, locale: str | None = None) -> float | None:
    """What pairing `fig` with `fact` costs in a row's alignment; None: they cannot pair."""
    if _agrees(fact, fig, locale):
        return 0.0
    ff, gf = FAMILY[fact.kind], FAMILY[fig.kind]
    if fact.kind == "none":
        return 0.9 if gf == "duration" else None
    if ff == gf:
        return 1.0
    if ff == "duration" and fig.kind == "number":
        return 1.2  # a number whose unit the reader could not read
    return None
