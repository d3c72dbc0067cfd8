"""Compare the figures of a source text with those of its translation, by value, both ways.

A translation may word a figure its own way: another format ("1.000 €" for "€1,000"), words for
digits, "24 часа" for "1 day", "круглосуточно" for "24/7", a range for two numbers, a merged
repetition. It may not change a value, a unit, the clock (business vs calendar), a currency, a
period, a clock time, a weekday or a time zone, drop a figure or add one. The comparison works on
the *set* of distinct values of each side (repeating a figure, or not, is no error), then forgives
what a correct translation can do, and pairs what remains into "changed" findings where it can.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from . import phrases
from .lexicon import lookup
from .types import BUSINESS_UNITS, UNIT_MINUTES, Figure
from .weekdays import days_between
from .zones import offsets


@dataclass(frozen=True)
class Mismatch:
    """One disagreement: a figure missing from the translation, added to it, or changed."""

    kind: str  # "missing" | "extra" | "changed"
    expected: Figure | None  # the source's figure (None for "extra")
    found: Figure | None  # the translation's figure (None for "missing")
    message: str


_FAMILY = {"number": "number", "ordinal": "number", "percent": "percent", "money": "money",
           "currency": "money", "duration": "duration", "duration_range": "duration",
           "time": "time", "time_range": "time", "weekday": "weekday", "weekday_range": "weekday",
           "timezone": "timezone", "always": "always", "date": "date", "period": "period",
           "basis": "period"}
_NOUN = {"number": "number", "percent": "percentage", "money": "amount", "duration": "duration",
         "time": "clock time", "weekday": "weekday", "timezone": "time zone", "always": "24/7",
         "date": "date"}


def _dur_key(value: Decimal, unit: str):
    if unit in UNIT_MINUTES:
        return ("calendar", value * UNIT_MINUTES[unit])
    return (unit, value)


def _key(f: Figure):
    k, v = f.kind, f.value
    if k in ("number", "ordinal"):
        return ("n", v)
    if k == "duration":
        return ("dur",) + _dur_key(*v)
    if k == "duration_range":
        return ("durr", _dur_key(v[0], v[2]), _dur_key(v[1], v[2]))
    if k == "weekday":
        return ("wd", frozenset([v]))
    if k == "weekday_range":
        return ("wd", frozenset(days_between(*v)))
    if k == "always":
        return ("always",)
    if k == "time":
        return (k, _midnight(v))
    if k == "time_range":
        return (k, tuple(_midnight(t) for t in v))
    return (k, v)


def _midnight(t: str) -> str:
    """"24:00" (the end of a day: "until midnight") is the "00:00" of the clock."""
    return "00:00" if t == "24:00" else t


def _parts(f: Figure) -> list[Figure]:
    """A composite figure as the simple figures it contains."""
    if f.kind == "duration_range":
        lo, hi, unit = f.value
        return [Figure("duration", (lo, unit), f.start, f.end, f.text),
                Figure("duration", (hi, unit), f.start, f.end, f.text)]
    if f.kind == "time_range":
        return [Figure("time", t, f.start, f.end, f.text) for t in f.value]
    return [f]


def _numbers(f: Figure) -> set[Decimal]:
    """The plain numbers a figure carries, for excusing a number whose unit was not read."""
    k, v = f.kind, f.value
    if k in ("number", "percent"):
        return {v}
    if k == "ordinal":
        return {Decimal(v)}
    if k == "money":
        return {v[0]}
    if k == "duration":
        return {v[0]}
    if k == "duration_range":
        return {v[0], v[1]}
    if k in ("time", "time_range"):
        out = set()
        for t in (v if k == "time_range" else (v,)):
            h, m = int(t[:2]), int(t[3:])
            out.update({Decimal(h), Decimal(h - 12) if h > 12 else Decimal(h)})
            if m:
                out.add(Decimal(m))
        return out
    if k == "date":
        return {Decimal(int(p)) for p in v.strip("-").split("-") if p}
    return set()


def _same(a: Figure, b: Figure) -> bool:
    """Whether two figures state the same value, allowing what a translation may change."""
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return True
    if a.kind == "money" and b.kind == "money":
        (am, ac, ap, ab), (bm, bc, bp, bb) = a.value, b.value
        # a period left unread on one side is forgiven ("49 € pro Nutzer und Monat"); a basis is
        # not: "€49 per agent" and "49 €" are a per-seat price and a flat one
        return am == bm and ac == bc and (ap is None or bp is None or ap == bp) and ab == bb
    if {a.kind, b.kind} == {"money", "currency"}:
        m, c = (a, b) if a.kind == "money" else (b, a)
        return m.value[1] == c.value
    if a.kind == "timezone" and b.kind == "timezone":
        if str(a.value).startswith("UTC") or str(b.value).startswith("UTC"):
            return bool(offsets(a.value) & offsets(b.value))
        return False
    if a.kind == "time" and b.kind == "time":
        return _twelve_hour_same(a, b) or _twelve_hour_same(b, a)
    if a.kind == "time_range" and b.kind == "time_range":
        return all(_same(x, y) for x, y in zip(_parts(a), _parts(b)))
    if {a.kind, b.kind} == {"time_range", "duration_range"}:
        return _hours_or_clock(a, b) if a.kind == "time_range" else _hours_or_clock(b, a)
    return False


def _hours_or_clock(t: Figure, d: Figure) -> bool:
    """"de 8 a 12 horas" may be read as a time range where the other side has 8 to 12 hours; and
    "de 2 h à 4 h", the hour mark written at both ends the way clock times are, read as 2 to 4
    hours, is the "02:00–04:00" of the other side."""
    lo, hi, unit = d.value
    if unit != "hours" or t.value != (f"{int(lo):02d}:00", f"{int(hi):02d}:00"):
        return False
    return ":" not in t.text or len(_HOUR_MARK.findall(d.text)) >= 2


_HOUR_MARK = re.compile(r"\d\s?h(?![^\W\d_])")


def _twelve_hour_same(a: Figure, b: Figure) -> bool:
    """"5:00" (no AM/PM written) may be the "17:00" of the other side, unless it is written in a
    language whose clock runs to 24 (CLDR's time pattern "H:mm", not "h:mm a") with minutes or a
    clock word: "hasta las 6:00", "jusqu'à 6 h" and "bis 6 Uhr" are six in the morning."""
    ha, ma = int(a.value[:2]), a.value[3:]
    hb, mb = int(b.value[:2]), b.value[3:]
    if _marked(a) or not 1 <= ha <= 12 or hb != ha + 12 or ma != mb:
        return False
    return not _written_24_hour(a)


_CLOCK_WORD_AFTER = re.compile(r"\d\s*(?:[hHч]|uhr|horas?|heures?|ore|uur|godz|saat)\b", re.I)


def _written_24_hour(f: Figure) -> bool:
    known = _LOCALE_OF.get()
    locales = known.get(_span(f)) if known else None
    if not locales or None in locales:
        return False
    if not all(_clock_runs_to_24(loc) for loc in locales):
        return False
    return _MINUTES.search(f.text) is not None or _CLOCK_WORD_AFTER.search(f.text) is not None


@lru_cache(maxsize=None)
def _clock_runs_to_24(locale: str) -> bool:
    """Whether the locale writes clock times on the 24-hour clock (CLDR's short time pattern)."""
    from .lexicon import babel_locale
    try:
        pattern = babel_locale(locale).time_formats["short"].pattern
    except (KeyError, AttributeError):
        return False
    letters = re.sub(r"'[^']*'", "", pattern)
    return ("H" in letters or "k" in letters) and "h" not in letters and "K" not in letters


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower().replace("’", "'"))


# The words a clock time may be written with that say nothing of the half of the day: "de 9h à
# 17h", "с 9 до 18 часов", "17 ч.". Any other word in a time ("PM", "Uhr", "утра", "de la tarde",
# "م") marks it. The words are the figure's own language's: pooled over all languages, the letters
# of one language's connectors would unmark another's markers (the Spanish/French "de" is the
# Hungarian "de." = A.M., Dutch "t/m" would unmark "A.M.").
_UNMARKING_TABLES = (phrases.TIME_CONNECTORS, phrases.TIME_PREFIXES, phrases.TIME_AT,
                     phrases.RANGE_CLOCK_WORDS, phrases.CLOCK_WORDS)
_UNMARKING_ANY = frozenset({"h", "hs", "hrs", "ч"})


def _unmarking_of(words) -> frozenset[str]:
    return frozenset(t for w in words if w.lower() != "uhr" for t in _tokens(w)) | _UNMARKING_ANY


@lru_cache(maxsize=None)
def unmarking(locale: str | None) -> frozenset[str]:
    """The unmarking words of `locale` (its own tables, language then territory); of every
    language when the locale is not known (a caller that compares figures of unknown origin)."""
    if locale is None:
        return _unmarking_of(w for table in _UNMARKING_TABLES for ws in table.values() for w in ws)
    return _unmarking_of(w for table in _UNMARKING_TABLES for w in lookup(table, locale, ()))


_MINUTES = re.compile(r"\d\s*[:.hHч]\s*\d\d")
# The language of each figure being compared: set by compare_figures for the figures of its two
# sides (a figure is a value object and does not carry it).
_LOCALE_OF: ContextVar[dict | None] = ContextVar("figure_locales", default=None)


def _marked(f: Figure) -> bool:
    """Whether a time says which half of the day it is (AM/PM, a day period, the 24-hour "Uhr")."""
    known = _LOCALE_OF.get()
    locales = known.get(_span(f), (None,)) if known else (None,)
    return any(all(t not in unmarking(loc) for loc in locales) for t in _tokens(f.text))


def _span(f: Figure) -> tuple:
    return (f.start, f.end, f.text)


def _strong_clock(f: Figure) -> bool:
    """Whether a time is written as nothing but a clock time: minutes ("16:00", "17h00") or a
    marker ("5 PM", "17 Uhr"), unlike "à 17h" or "с 9 до 18 часов", which may be counts of hours."""
    return _marked(f) or _MINUTES.search(f.text) is not None


def _distinct(figs: list[Figure]) -> list[Figure]:
    seen, out = set(), []
    for f in figs:
        k = _key(f)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def _apply_period_hints(figs: list[Figure]) -> list[Figure]:
    """Give a money figure without a period the period written apart on the same side."""
    periods = {f.value for f in figs if f.kind == "period"}
    if len(periods) != 1:
        return figs
    (period,) = periods
    return [Figure("money", (f.value[0], f.value[1], period, f.value[3]), f.start, f.end, f.text)
            if f.kind == "money" and f.value[2] is None else f for f in figs]


@lru_cache(maxsize=None)
def reads_basis(locale: str) -> bool:
    """Whether the reader knows the billing-basis words of `locale` ("por agente", "每位用户")."""
    from .money import money_lexicon
    return bool(money_lexicon(locale).bases)


def _flat(figs: list[Figure]) -> list[Figure]:
    return [Figure("money", (*f.value[:3], None), f.start, f.end, f.text) if f.kind == "money"
            else f for f in figs if f.kind != "basis"]


def apply_basis_hints(figs: list[Figure]) -> list[Figure]:
    """Give each billing basis written apart from its price ("49 € por mês por agente",
    "temsilci başına aylık 49 €", "1ユーザーあたり月額5,000円") to the nearest price without one."""
    figs = list(figs)
    for b in [f for f in figs if f.kind == "basis"]:
        bare = [i for i, f in enumerate(figs) if f.kind == "money" and f.value[3] is None]
        if not bare:
            break
        i = min(bare, key=lambda i: max(figs[i].start - b.end, b.start - figs[i].end))
        m = figs[i]
        figs[i] = Figure("money", (*m.value[:3], b.value), m.start, m.end, m.text)
    return figs


def _covered(f: Figure, other: list[Figure]) -> bool:
    """Whether `f` as a whole, or every part of it, is stated somewhere on the other side."""
    if any(_same(f, o) for o in other):
        return True  # "de 13 h à 17 h" read as 13 to 17 hours is still "1 PM to 5 PM"
    pool = [p for o in other for p in [o, *_parts(o)]]
    return all(any(_same(p, q) for q in pool) for p in _parts(f))


def compare_figures(source: list[Figure], target: list[Figure], source_locale: str | None = None,
                    target_locale: str | None = None) -> list[Mismatch]:
    """Every disagreement between source figures and translation figures (see module docs).

    The locales, when given, say in which language each side's clock words are to be read
    (`_marked`); without them a time is read against the words of every language.
    """
    # a billing basis is compared only where both languages have basis words (money.py): a
    # language without them reads every price as flat, which is no disagreement
    if (source_locale is not None and not reads_basis(source_locale)) or \
            (target_locale is not None and not reads_basis(target_locale)):
        source, target = _flat(source), _flat(target)
    if source_locale is None and target_locale is None:
        return _compare(source, target)
    locales: dict = {}
    for figs, loc in ((target, target_locale), (source, source_locale)):
        for f in figs:
            if f.kind in ("time", "time_range"):
                # the same span and text on both sides (rare): the words of either language
                locales[_span(f)] = locales.get(_span(f), frozenset()) | {loc}
    token = _LOCALE_OF.set(locales)
    try:
        return _compare(source, target)
    finally:
        _LOCALE_OF.reset(token)


# Parts of a price written apart from it: compared only as part of the price they complete.
_APART = frozenset({"period", "basis"})


def _compare(source: list[Figure], target: list[Figure]) -> list[Mismatch]:
    src = _distinct(_apply_period_hints(apply_basis_hints(source)))
    tgt = _distinct(_apply_period_hints(apply_basis_hints(target)))
    rs = [f for f in src if f.kind not in _APART and not _covered(f, tgt)]
    rt = [f for f in tgt if f.kind not in _APART and not _covered(f, src)]

    _forgive_always(rs, rt, src, tgt)
    _forgive_one_unit_periods(rs, rt, src, tgt)
    _forgive_hour_mark_durations(rs, rt)
    _forgive_weekday_regrouping(rs, rt)
    pairs: list[tuple[Figure, Figure]] = []
    _pair(rs, rt, pairs, same_number_only=True)
    _forgive_unread_units(rs, tgt)
    _forgive_unread_units(rt, src)
    _pair(rs, rt, pairs, same_number_only=False)
    _pair_with_repeated_unit(rs, _apply_period_hints(apply_basis_hints(target)), pairs)

    out = [Mismatch("changed", e, f, _changed_message(e, f)) for e, f in pairs]
    out += [Mismatch("missing", e, None, _missing_message(e)) for e in rs]
    out += [Mismatch("extra", None, f, _extra_message(f)) for f in rt]
    out.sort(key=lambda m: (m.expected or m.found).start if m.expected is None else m.expected.start)
    return out


def _pair_with_repeated_unit(rs, target_all, pairs) -> None:
    """A duration missing from the translation whose number the translation states on the other
    clock (business vs calendar), a figure that also repeats another one of the source ("| 1 business day | within 24
    hours |" -> "| 1 Tag | innerhalb von 24 Stunden |": "1 Tag" is the 24 hours, and in the place
    of the business day): a change of unit, not a dropped figure."""
    for e in [f for f in rs if f.kind == "duration"]:
        for f in target_all:
            if (f.kind == "duration" and f.value[0] == e.value[0] and f.value[1] != e.value[1]
                    and f.value[1].replace("business_", "") == e.value[1].replace("business_", "")):
                pairs.append((e, f))
                rs.remove(e)
                break


_PERIOD_OF_UNIT = {"hours": "hour", "days": "day", "weeks": "week", "months": "month", "years": "year"}


def _forgive_one_unit_periods(rs, rt, src, tgt) -> None:
    """"in a month" read as a rate ("3 missed targets in a month") on one side is the "in one month"
    ("in einem Monat", "в рамките на един месец", "خلال شهر واحد") the other side counts: one unit
    of the period the other side states."""
    for mine, theirs_all in ((rs, tgt), (rt, src)):
        periods = {g.value for g in theirs_all if g.kind == "period"}
        for f in [f for f in mine if f.kind == "duration"]:
            if f.value[0] == 1 and _PERIOD_OF_UNIT.get(f.value[1]) in periods:
                mine.remove(f)


def _is_day_long(f: Figure) -> bool:
    return f.kind == "duration" and _key(f) in (("dur", "calendar", Decimal(1440)),)


def _forgive_always(rs, rt, src, tgt) -> None:
    """"24/7" may be rendered "24 hours" (a day long) and the other way round."""
    for mine, theirs_all, theirs in ((rs, tgt, rt), (rt, src, rs)):
        for f in [f for f in mine if f.kind == "always"]:
            if any(_is_day_long(g) for g in theirs_all):
                mine.remove(f)
                for g in [g for g in theirs if _is_day_long(g)]:
                    theirs.remove(g)


def _forgive_weekday_regrouping(rs, rt) -> None:
    """"Mon-Fri" + "Sat" on one side and "Mon-Sat" on the other name the same days."""
    ws = [f for f in rs if _FAMILY[f.kind] == "weekday"]
    wt = [f for f in rt if _FAMILY[f.kind] == "weekday"]
    if ws and wt and set().union(*(_key(f)[1] for f in ws)) == set().union(*(_key(f)[1] for f in wt)):
        for f in ws:
            rs.remove(f)
        for f in wt:
            rt.remove(f)


# "1 h 30", "1h30": a clock time in the way French, Portuguese or Spanish write one, and also the
# way they write a duration of an hour and a half.
_HOUR_MARK_MINUTES = re.compile(r"^(\d{1,2}) ?h ?(\d{2})$")


def _forgive_hour_mark_durations(rs, rt) -> None:
    """"durent jusqu'à 1 h 30" for "up to 90 minutes": a time written with the hour mark "h" and
    minutes, unmatched, is the duration of the other side that lasts exactly as long (and only
    such a duration: "à 1 h 30" for "at 1:30 AM" is still the clock time it was)."""
    for mine, theirs in ((rt, rs), (rs, rt)):
        for f in [f for f in mine if f.kind == "time"]:
            m = _HOUR_MARK_MINUTES.match(" ".join(f.text.split()))
            if not m:
                continue
            length = ("calendar", Decimal(int(m.group(1)) * 60 + int(m.group(2))))
            same = [d for d in theirs if d.kind == "duration" and _dur_key(*d.value) == length]
            if same:
                mine.remove(f)
                theirs.remove(same[0])


def _forgive_unread_units(mine: list[Figure], other_all: list[Figure]) -> None:
    """A bare number on one side may be a figure whose unit the reader could not read.

    A number is forgiven if the other side has any figure carrying it; a figure with a unit is
    forgiven if the other side has the bare number (but a *different* unit read at the same
    number was already paired as a change).
    """
    plain_numbers = {f.value if f.kind != "ordinal" else Decimal(f.value)
                     for f in other_all if f.kind in ("number", "ordinal")}
    hour_counts = {f.value[0] for f in other_all if f.kind == "duration" and f.value[1] == "hours"}
    o_clock = {Decimal(int(t[:2])) for f in other_all if f.kind in ("time", "time_range")
               for t in (f.value if f.kind == "time_range" else (f.value,)) if t.endswith(":00")}
    carried = set().union(*(_numbers(f) for f in other_all)) if other_all else set()
    for f in list(mine):
        if f.kind in ("number", "ordinal"):
            v = f.value if f.kind == "number" else Decimal(f.value)
            if v in carried:
                mine.remove(f)
        elif f.kind in ("duration", "duration_range", "money", "percent", "time", "time_range", "date"):
            nums = _numbers(f)
            if f.kind in ("time", "time_range"):
                hours = {Decimal(int(t[:2])) for t in (f.value if f.kind == "time_range" else (f.value,))}
                if f.kind == "time" or _strong_clock(f):
                    ok = _clock_stated(f, hours, plain_numbers, hour_counts)
                else:  # "de 9h à 17h" for "from 9 to 5"
                    ok = all(h in plain_numbers or (h - 12) in plain_numbers for h in hours)
            elif f.kind == "date":
                ok = len(nums & plain_numbers) >= min(2, len(nums))
            elif f.kind == "duration" and f.value[1] == "hours" and f.value[0] in o_clock:
                ok = True  # "до 17 часов" read as 17 hours: the "17:00" of the other side
            else:
                ok = nums <= plain_numbers
            if ok:
                mine.remove(f)


def _clock_stated(f: Figure, hours: set[Decimal], plain_numbers: set[Decimal],
                  hour_counts: set[Decimal]) -> bool:
    """Whether the other side states a clock time `f` (a single time, or a range written as
    nothing but clock times) in figures the reader took for counts.

    A bare count is no clock time: "Severity 4" does not excuse an added "16:00 Uhr" (16 - 12) or
    "à 16h". What does: the hour as a count of hours ("в 17 часов" read as 17 hours), the hour
    itself as a plain number ("до 17", "um 9" for "9:00"), and both ends of a range as numbers
    ("from 9 to 5" for "9:00-17:00").
    """
    if all(h in hour_counts or h in plain_numbers for h in hours):
        return True
    return (f.kind == "time_range" and len(hours) > 1
            and all(h in plain_numbers or (h - 12) in plain_numbers for h in hours))


def _pair(rs, rt, pairs, same_number_only: bool) -> None:
    for e in list(rs):
        fam = _FAMILY[e.kind]
        if fam in ("period",):
            continue
        for f in rt:
            if _FAMILY[f.kind] != fam:
                continue
            if same_number_only and not (_numbers(e) & _numbers(f)):
                continue
            pairs.append((e, f))
            rs.remove(e)
            rt.remove(f)
            break


def _show(f: Figure) -> str:
    d = f.describe()
    t = " ".join(f.text.split())
    return f"“{t}”" if d == t else f"“{t}” ({d})"


def _clock_hint(e: Figure, f: Figure) -> str:
    if _FAMILY[e.kind] == _FAMILY[f.kind] == "duration":
        ue, uf = e.value[-1], f.value[-1]
        be, bf = ue in BUSINESS_UNITS, uf in BUSINESS_UNITS
        if be != bf:
            return (" — the source counts business time, the translation calendar time" if be
                    else " — the source counts calendar time, the translation business time")
    return ""


def _basis_hint(e: Figure, f: Figure) -> str:
    """"per user per month" vs "per month": say which side prices per unit."""
    if e.kind != "money" or f.kind != "money" or e.value[3] == f.value[3]:
        return ""
    be, bf = e.value[3], f.value[3]
    if be and bf:
        return f" — the source prices per {be}, the translation per {bf}"
    if be:
        return f" — the source prices per {be}, the translation states a flat price"
    return f" — the translation prices per {bf}, the source states a flat price"


def _changed_message(e: Figure, f: Figure) -> str:
    return (f"the translation says {_show(f)} where the source says {_show(e)}"
            f"{_clock_hint(e, f)}{_basis_hint(e, f)}")


def _missing_message(e: Figure) -> str:
    return f"the source says {_show(e)} but the translation has no such {_NOUN.get(_FAMILY[e.kind], 'figure')}"


def _extra_message(f: Figure) -> str:
    return f"the translation says {_show(f)}, which the source does not have"


# --- figures moved between the cells of a table row or the lines of a list -------------------

_CELL = re.compile(r"[^|\n]+")


def _cells(text: str) -> tuple[list[tuple[int, int]], tuple[int, ...]]:
    """The spans of the non-blank cells of `text` (cells split by "|", lines by a newline), and
    its shape: the number of such cells on each non-blank line."""
    spans: list[tuple[int, int]] = []
    shape: list[int] = []
    start = 0
    for line in text.split("\n"):
        found = [(start + m.start(), start + m.end()) for m in _CELL.finditer(line) if m.group().strip()]
        if found:
            spans += found
            shape.append(len(found))
        start += len(line) + 1
    return spans, tuple(shape)


def _cell_of(f: Figure, spans: list[tuple[int, int]]) -> int | None:
    for i, (s, e) in enumerate(spans):
        if s <= f.start and f.end <= e:
            return i
    return None  # across a cell border, or outside every cell


def misplaced_figures(source_text: str, target_text: str, source: list[Figure], target: list[Figure],
                      source_locale: str | None = None, target_locale: str | None = None) -> list[Mismatch]:
    """Figures the translation states in another cell, line or item of a table row or list than
    the source does (for a message whose figures agree as a whole).

    compare_figures takes a message's figures as a set, because a translation may word a sentence
    its own way; so two response times swapped between the columns of a row ("Critical | 1 hour |
    4 hours" -> "Kritisch | 4 Stunden | 1 Stunde") or the items of a list ("Critical: 1 hour, High:
    4 hours" -> "Critique : 4 heures, Haute : 1 heure") agree as a set. Two structures hold the
    figures to their places:
    - cells and lines (`_moved_between_cells`): a table's columns and a list's lines do not move;
    - items at commas and semicolons (`_moved_between_items`), only where both sides have the same
      number of items, each with at most one figure of a kind, in the same items, and no figure
      of another kind moved with them (then the items were reordered, `_items_reordered`). A
      translation that reorders two parallel clauses holding one figure each is flagged: the
      price of catching a swap, which publishes a wrong target; keeping the order (or the escape
      hatch) answers it.
    """
    return (_moved_between_cells(source_text, target_text, source, target, source_locale, target_locale)
            or _moved_between_items(source_text, target_text, source, target))


def _moved_between_cells(source_text: str, target_text: str, source: list[Figure], target: list[Figure],
                         source_locale: str | None, target_locale: str | None) -> list[Mismatch]:
    """When both texts have the same shape (lines, and cells on each line; at least two in all),
    each cell is compared with its own. A figure is reported only when the translation states it
    in another cell: a cell that merely words a figure differently (its unit given in the header,
    say) is the whole message's business. Lines whose figures of several kinds moved together
    were reordered, which a list may be."""
    if source_text.count("|") + source_text.count("\n") == 0:
        return []
    src_spans, src_shape = _cells(source_text)
    tgt_spans, tgt_shape = _cells(target_text)
    if src_shape != tgt_shape or len(src_spans) < 2:
        return []
    src_at = [_cell_of(f, src_spans) for f in source]
    tgt_at = [_cell_of(f, tgt_spans) for f in target]
    if None in src_at or None in tgt_at:
        return []
    out: list[Mismatch] = []
    where = "line" if max(src_shape) == 1 else "cell"
    for i in range(len(src_spans)):
        mine = [f for f, c in zip(source, src_at) if c == i]
        theirs = [f for f, c in zip(target, tgt_at) if c == i]
        src_elsewhere = [f for f, c in zip(source, src_at) if c != i]
        tgt_elsewhere = [f for f, c in zip(target, tgt_at) if c != i]
        for mm in compare_figures(mine, theirs, source_locale, target_locale):
            e, f = mm.expected, mm.found
            moved_out = e is not None and e.kind not in _APART and _covered(e, tgt_elsewhere)
            moved_in = f is not None and f.kind not in _APART and _covered(f, src_elsewhere)
            if not (moved_out or moved_in):
                continue
            if e is not None and f is not None:
                said = f"the translation says {_show(f)} where the source says {_show(e)}"
            elif f is not None:
                said = f"the translation says {_show(f)}, which the source says in another {where}"
            else:
                said = f"the source says {_show(e)}, which the translation says in another {where}"
            out.append(Mismatch("moved", e, f, f"{where} {i + 1}: {said}; figures moved between {where}s"))
    if where == "line" and len({_FAMILY[(m.expected or m.found).kind] for m in out}) > 1:
        # figures of several kinds changed lines together: the list's lines were said in another
        # order ("Saturday: 10-14" first), not swapped (a table's columns, though, never move)
        return []
    return out


# Where a list or a sentence separates its items: a cell edge, a semicolon, a comma before a space
# (not the one inside "1,000" or "99,9"), and the commas of Arabic and CJK text.
_ITEM_EDGE = re.compile(r"\||;|,(?=\s)|،|，|；|、")
# the kinds whose order is held (a weekday or zone repeated across items is not a list of targets)
_ORDERED = {"duration": "duration", "duration_range": "duration", "percent": "percent", "money": "money",
            "time": "time", "time_range": "time"}


def _moved_between_items(source_text: str, target_text: str, source: list[Figure],
                         target: list[Figure]) -> list[Mismatch]:
    """Figures of one kind in another order across the items of a list, where both sides split
    into the same number of items and each item holds at most one figure of that kind, in the same
    items on both sides: an item keeps its figure when a translator rewords it."""
    edges_s, edges_t = _item_starts(source_text), _item_starts(target_text)
    if len(edges_s) < 2 or len(edges_s) != len(edges_t):
        return []
    out: list[Mismatch] = []
    for family in dict.fromkeys(_ORDERED.values()):
        seq_s = [(_item_of(f, edges_s), f) for f in source if _ORDERED.get(f.kind) == family]
        seq_t = [(_item_of(f, edges_t), f) for f in target if _ORDERED.get(f.kind) == family]
        items_s, items_t = [i for i, _ in seq_s], [i for i, _ in seq_t]
        if len(seq_s) < 2 or items_s != items_t or len(set(items_s)) != len(items_s):
            continue
        keys_s, keys_t = [_key(f) for _, f in seq_s], [_key(f) for _, f in seq_t]
        if keys_s == keys_t or sorted(map(repr, keys_s)) != sorted(map(repr, keys_t)):
            continue
        if _items_reordered(source, target, edges_s, edges_t, family):
            continue
        for (item, e), (_, f), ke, kt in zip(seq_s, seq_t, keys_s, keys_t):
            if ke != kt:
                out.append(Mismatch("moved", e, f, f"item {item + 1}: the translation says {_show(f)} where the "
                                                   f"source says {_show(e)}; figures moved between items"))
                break  # one finding per swapped kind
    return out


def _items_reordered(source: list[Figure], target: list[Figure], edges_s: list[int], edges_t: list[int],
                     family: str) -> bool:
    """Whether a figure of another kind changed items too: then the translation says its items
    in another order ("9–17 CET on weekdays, 10–14 on Saturdays" -> "samstags 10–14 Uhr,
    werktags 9–17 Uhr MEZ"), which is wording, not a swap. Without such a figure a reordering
    of single-figure items cannot be told from a swap, and is reported."""
    for e in source:
        if _ORDERED.get(e.kind) == family or e.kind in _APART:
            continue
        homes = {_item_of(f, edges_t) for f in target if _FAMILY.get(f.kind) == _FAMILY.get(e.kind) and _same(e, f)}
        if homes and _item_of(e, edges_s) not in homes:
            return True
    return False


def _item_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _ITEM_EDGE.finditer(text)]


def _item_of(f: Figure, starts: list[int]) -> int:
    return max(i for i, s in enumerate(starts) if s <= f.start)
