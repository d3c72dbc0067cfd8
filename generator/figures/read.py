"""Read every figure of a text written in a given locale: `read_figures(text, locale)`.

The text is first made plain (text.py: placeholders and markup hidden, look-alikes unified). Then
each rule of the locale's grammar (built once per locale, see `grammar`) proposes candidates: a
span and the figures it stands for. Where candidates overlap, the longest wins ("1-2 horas" is
one duration range, not the numbers 1 and 2; "24 heures sur 24" is "24/7", not 24 hours), then
the more specific rule. Canonical values:

- number, percent: Decimal; ordinal: int; date: "YYYY-MM-DD" / "YYYY-MM" / "--MM-DD";
- money: (Decimal amount, ISO code, period or None, basis or None); currency: ISO code;
  period: "month"...; basis (what a per-unit price is counted by): "user" | "device" | "contact";
- duration: (Decimal, unit); duration_range: (Decimal lo, Decimal hi, unit), units being
  minutes/hours/days/weeks/months/years/business_hours/business_days;
- time: "HH:MM" (24 h); time_range: ("09:00", "17:00");
- weekday: "mon".."sun"; weekday_range: ("mon", "fri");
- timezone: CLDR metazone id ("Europe_Central"), "UTC", or "UTC+01:00" for an offset;
- always: "24/7".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Callable

from . import cldr, phrases, words
from .dates import date_rules
from .lexicon import key, language, lookup, trie, word_pattern, is_spaceless
from .money import basis_of, currency_of, money_lexicon, period_of
from .regex_cache import cached_compile
from .numbers import (CJK_NUMERAL_CLASS, CJK_NUMERAL_LANGUAGES, DIGITS_BODY, DIGITS_RE, SPACELESS_LETTERS, canonical,
                      number_words, ordinal_value, read_number, word_value)
from .text import plain
from .times import clock_lexicon, parse_side, resolve_range, fmt, to24
from .types import Figure
from .units import implied_of, unit_lexicon, unit_of
from .weekdays import ORDINAL_DAY_FORMS, WEEKDAYS, days_between, weekday_lexicon, weekday_of
from .zones import IANA_RE, OFFSET_RE, zone_lexicon, zone_of

# A proposed reading: (start, end, [(kind, value, start, end), ...]) in plain-text offsets.
Proposal = tuple[int, int, list[tuple[str, object, int, int]]]
Converter = Callable[[re.Match], "Proposal | None"]

PRIORITY = {
    "always": 10, "part_time": 9.7, "skip": 9, "date": 9.5, "money": 8, "time_range": 8.5,
    "duration_range": 8, "compound": 8.2, "weekday_range": 8, "duration": 7, "time": 7.5, "percent": 7, "timezone": 6, "weekday": 6,
    "ordinal": 5, "currency": 4, "number": 3, "period": 2, "basis": 2,
}


@dataclass(frozen=True)
class Rule:
    name: str  # a key of PRIORITY
    regex: re.Pattern
    convert: Converter
    needs: str | None = None  # "digit" | "number" | "card" | "slash" | "day": skipped at once for a text without


# Rules whose every match contains a digit (a text without digits skips them).
_DIGIT_ONLY = frozenset({"percent", "time_range", "time", "skip", "date"})


def _alt(items) -> str:
    """Connector words as a regex; spaces around them are the caller's business."""
    items = [i for i in items if i]
    return trie(items) if items else "(?!x)x"


def _connector(punctuation: str, words, separators, spaceless: bool) -> str:
    """A connector between two figures of a range or list, as a regex (no groups).

    `punctuation` (a dash, a comma) may have spaces around it; the listed `words` need them;
    `separators` are the locale's own, from its CLDR patterns (cldr.py): "～", "~", "تا",
    "、", "및". A separator made of letters needs the spaces CLDR writes around it, except in a
    script without spaces; punctuation in it may stand next to the figure.
    """
    parts = [f" ?{punctuation} ?", f" (?:{_alt(words)}) "]
    for sep in separators:
        body = " ?".join(re.escape(piece) for piece in sep.split())
        before = " ?" if spaceless or not sep[0].isalpha() else " "
        after = " ?" if spaceless or not sep[-1].isalpha() else " "
        parts.append(before + body + after)
    return "(?:" + "|".join(parts) + ")"


_COMPILED: dict[str, re.Pattern] = {}


def _rx(pattern: str) -> re.Pattern:
    """Compiled once per process: rules built from locale-independent parts (the English zone
    names, digits) are the same string in many locales. re's own cache is too small to rely on.
    Between processes the compiled code is kept by regex_cache (compiling is most of a grammar's
    cost)."""
    found = _COMPILED.get(pattern)
    if found is None:
        found = _COMPILED[pattern] = cached_compile(pattern, re.I)
    return found


def _whole(m: re.Match, kind: str, value) -> Proposal:
    return m.start(), m.end(), [(kind, value, m.start(), m.end())]


@lru_cache(maxsize=None)
def grammar(locale: str) -> tuple[Rule, ...]:
    """The rules for `locale`, compiled once."""
    lang = language(locale)
    sl = is_spaceless(locale)
    nw = number_words(locale)
    ul = unit_lexicon(locale)
    ml = money_lexicon(locale)
    cl = clock_lexicon(locale)
    wl = weekday_lexicon(locale)
    zl = zone_lexicon(locale)
    sp = "" if sl else " "

    case_sfx = lookup(words.ORDINAL_SUFFIXES, locale, ())
    cardinal_sfx = [s for s in case_sfx if s in words.CARDINAL_CASE_SUFFIXES]
    D = DIGITS_RE
    ND = f"(?:{D})(?:{_alt(cardinal_sfx)})?" if cardinal_sfx else f"(?:{D})"
    CARD = nw.cardinal_re
    WEAK = nw.weak_re
    SCALE = nw.scale_re
    AMOUNT = f"(?:{ND}(?: ?{SCALE})?|{CARD})"
    U, UL, UI = ul.words_re, ul.long_re, ul.implied_re
    QUAL = word_pattern(lookup(phrases.UNIT_QUALIFIERS, locale, ()), sl)
    BQ = "(?:" + "|".join(lookup(phrases.BUSINESS_QUALIFIERS, locale, ("(?!x)x",))) + ")"
    POST = nw.post_re
    post = f"(?: (?P<pn>{POST}))?" if nw.post else ""
    bq = f"(?P<bq> ?,? ?{BQ})?"
    ranges = cldr.range_separators(locale)
    rc = _connector("[-/]", lookup(phrases.RANGE_CONNECTORS, locale, ()), ranges, sl)
    rp = f"(?:(?:{_alt(lookup(phrases.RANGE_PREFIXES, locale, ()))}) )?"
    dur_d = f"(?P<nd>{ND})(?: ?- ?| )?(?:{QUAL}[ -]+)?(?P<ud>{U})"
    dur_w = f"(?P<nw>{CARD}|{WEAK})[ -]+(?:{QUAL}[ -]+)?(?P<uw>{UL})"
    rules: list[Rule] = []

    def add(name: str, pattern: str, convert: Converter, digit: bool = False, needs: str | None = None) -> None:
        if digit or name in _DIGIT_ONLY:
            needs = "digit"
        rules.append(Rule(name, _rx(pattern), convert, needs))

    # --- durations -------------------------------------------------------------------------
    def unit_with_clock(unit: str, m: re.Match) -> str:
        if m.groupdict().get("bq") and unit in ("hours", "days"):
            return "business_" + unit
        return unit

    def duration(m: re.Match):
        if m.group("nd"):
            n = _number(m.group("nd"), locale)
            unit = unit_of(m.group("ud"), locale)
        else:
            n = word_value(m.group("nw"), locale)
            unit = unit_of(m.group("uw"), locale)
            if _is_rate(m, locale):
                return None
        if n is None or unit is None:
            return None
        if m.groupdict().get("pn"):
            return None
        return _whole(m, "duration", (canonical(n), unit_with_clock(unit, m)))

    add("duration", f"(?:{dur_d}|{dur_w}){bq}", duration)

    # a count written twice, in words and digits, the way contracts write it: "quatre (4) heures",
    # "vier (4) Stunden", "4 (четырёх) часов". The unit counts both; two different counts are two
    # durations (one of them a slip: "quatre (5) heures").
    def echoed(m: re.Match):
        a, b = _number(m.group("ea"), locale), _number(m.group("eb"), locale)
        unit = unit_of(m.group("eu"), locale)
        if a is None or b is None or unit is None:
            return None
        unit = unit_with_clock(unit, m)
        if a == b:
            return _whole(m, "duration", (canonical(a), unit))
        return m.start(), m.end(), [("duration", (canonical(a), unit), m.start("ea"), m.end("ea")),
                                    ("duration", (canonical(b), unit), m.start("eb"), m.end())]

    add("duration", f"(?P<ea>{ND}|{CARD}) ?\\((?P<eb>{ND}|{CARD})\\) (?:{QUAL}[ -]+)?(?P<eu>{U}){bq}",
        echoed, needs="digit")

    def implied(m: re.Match):
        found = implied_of(m.group("iu"), locale)
        if found is None:
            return None
        unit, n = found
        if m.groupdict().get("pn"):
            n = word_value(m.group("pn"), locale) or n
        elif n == 1 and _in_construct(m):
            return None
        return _whole(m, "duration", (canonical(n), unit_with_clock(unit, m)))

    add("duration", f"(?P<iu>{UI}){post}{bq}", implied)
    def counted(number: str, unit_group: str, read: Callable[[str, str], Decimal | None]) -> Converter:
        """A duration from the number in group `number` (read by `read`) and the unit in `unit_group`."""
        def convert(m: re.Match):
            n, unit = read(m.group(number), locale), unit_of(m.group(unit_group), locale)
            if n is None or unit is None:
                return None
            return _whole(m, "duration", (canonical(n), unit_with_clock(unit, m)))
        return convert

    if nw.post:
        add("duration", f"(?P<pu>{UL}) (?P<pn>{POST}){bq}", counted("pn", "pu", word_value))

    # one duration written in two units: "1 h 30 min", "1 hour and 30 minutes", "2 Tage und 4 Stunden"
    def compound(m: re.Match):
        a, b = _number(m.group("ka"), locale), _number(m.group("kb"), locale)
        ua, ub = unit_of(m.group("kua"), locale), unit_of(m.group("kub"), locale)
        small = _COMPOUND.get((ua, ub))
        if a is None or b is None or small is None or not 0 < b < small:
            return None
        return _whole(m, "duration", (canonical(a * small + b), ub))

    ands = _alt(lookup(phrases.LIST_CONNECTORS, locale, ())[:1])  # "and" (the list's first word)
    add("compound", f"(?P<ka>{ND}) ?(?P<kua>{U})(?: (?:{ands}))? (?P<kb>{ND}) ?(?P<kub>{U})", compound,
        needs="digit")

    prefixes = lookup(phrases.IMPLIED_ONE, locale, ())
    if prefixes:
        def implied_one(m: re.Match):
            unit = unit_of(m.group("u1"), locale)
            if unit is None:
                return None
            s = m.start("u1")
            return s, m.end(), [("duration", (Decimal(1), unit_with_clock(unit, m)), s, m.end())]

        add("duration", f"(?<![^\\W\\d_])(?:{_alt(prefixes)}) ?(?:{QUAL} )?(?P<u1>{UL}){bq}", implied_one)

    def duration_range(m: re.Match):
        a = _number(m.group("a"), locale) if m.group("a") else None
        b = _number(m.group("b"), locale)
        unit_b = unit_of(m.group("ub"), locale)
        if a is None or b is None or unit_b is None:
            return None
        unit_b = unit_with_clock(unit_b, m)
        unit_a = unit_of(m.group("ua"), locale) if m.group("ua") else unit_b
        if unit_a is None:
            return None
        if m.group("ua") and unit_a != unit_b:
            unit_a = unit_with_clock(unit_a, m)
            sa, ea = m.start("a"), m.end("ua")
            return m.start(), m.end(), [("duration", (canonical(a), unit_a), sa, ea),
                                        ("duration", (canonical(b), unit_b), m.start("b"), m.end())]
        if a >= b:
            return m.start(), m.end(), [("duration", (canonical(a), unit_a), m.start("a"), m.start("c")),
                                        ("duration", (canonical(b), unit_b), m.start("b"), m.end())]
        return _whole(m, "duration_range", (canonical(a), canonical(b), unit_b))

    num_any = f"(?:{ND}|{CARD}|{WEAK})"
    add("duration_range",
        f"{rp}(?P<a>{num_any})(?: ?(?P<ua>{U}))?(?P<c>{rc})(?P<b>{ND}|{CARD})(?: ?- ?| )?"
        f"(?:{QUAL}[ -]+)?(?P<ub>{U}){bq}", duration_range, needs="number")

    def implied_range(m: re.Match):
        a, b = implied_of(m.group("ia"), locale), implied_of(m.group("ib"), locale)
        if not a or not b or a[0] != b[0] or a[1] >= b[1]:
            return None
        return _whole(m, "duration_range", (canonical(a[1]), canonical(b[1]), a[0]))

    add("duration_range", f"{rp}(?P<ia>{UI})(?P<c>{rc})(?P<ib>{UI})", implied_range)

    # the unit before the second count: "час-два", "an hour or two", "une heure ou deux",
    # "2 часа-три" (the first count may be left out: one)
    ors = lookup(phrases.OR_CONNECTORS, locale, ())
    oc = f"(?: ?- ?| (?:{_alt(ors)}) )"

    # (found from the count backwards: a scan for every unit word of the text costs too much)
    unit_before = _rx(f"(?<![^\\W_])(?<!\\d )(?:(?P<a>{ND}|{CARD}|{WEAK})[ -]+)?(?P<u>{UL})$")

    def unit_then_count(m: re.Match):
        head = unit_before.search(m.string, max(0, m.start() - 60), m.start())
        if head is None:
            return None
        a = _number(head.group("a"), locale) if head.group("a") else Decimal(1)
        b = _number(m.group("b"), locale)
        unit = unit_of(head.group("u"), locale)
        if a is None or b is None or unit is None or not a < b <= a + 2:
            return None
        counted = head.group("a") and (word_value(head.group("a"), locale, weak=False) is not None
                                       or _DIGIT.search(head.group("a")))
        if "-" not in m.group("c") and counted and re.match(r" *[^\W\d_]", m.string[m.end():]):
            return None  # "2 hours or three incidents"
        value = (canonical(a), canonical(b), unit_with_clock(unit, m))
        return head.start(), m.end(), [("duration_range", value, head.start(), m.end())]

    add("duration_range", f"(?P<c>{oc})(?P<b>{CARD})(?![ -]*(?:{U}|{UI})){bq}", unit_then_count,
        needs="card")

    # numerals in characters, zh/ja: "四小时", "两个工作日", "二時間", "两到三天"; only glued to a
    # unit of two characters at least or a counter (one-character words make ordinary words with
    # them: "十分" very/enough, "一时" a moment, "一月" January), never after a character that makes
    # a word with them ("第一个月" the first month, "同一天" the same day, "统一", "唯一", "星期一")
    if lang in CJK_NUMERAL_LANGUAGES:
        CN = f"(?<![{_CJK_WORD_BEFORE}]){CJK_NUMERAL_CLASS}+"
        cjk_units = [k for k in ul.words if not k.isascii() and (len(k) >= 2 or k in _CJK_SAFE_UNITS)]
        CU = _alt(cjk_units)

        add("duration", f"(?P<cn>{CN})(?:个|個)?(?P<cu>{CU}){bq}", counted("cn", "cu", _number))

        def cjk_range(m: re.Match):
            a, b = _number(m.group("ca"), locale), _number(m.group("cb"), locale)
            unit = unit_of(m.group("cu"), locale)
            if a is None or b is None or unit is None or a >= b:
                return None
            return _whole(m, "duration_range", (canonical(a), canonical(b), unit_with_clock(unit, m)))

        add("duration_range", f"(?P<ca>{CN})(?: ?(?:[-~～〜到至]|から) ?)(?P<cb>{CN})(?:个|個)?(?P<cu>{CU}){bq}",
            cjk_range)

        def cjk_count(m: re.Match):
            n = _number(m.group("cn"), locale)
            return None if n is None or n < 2 else _whole(m, "number", canonical(n))

        # a count before a counter: "两名工程师", "三次", "二人"; one ("一个", "一人") is an article
        add("number", f"(?P<cn>{CN})(?=[{_CJK_COUNTERS}])", cjk_count)

    # --- money, percent, currency, period ---------------------------------------------------
    CUR = ml.currency_re
    PER = ml.period_re
    basis_rx = _rx(ml.basis_re)

    def money(m: re.Match):
        amount_text = m.group("a1") or m.group("a2")
        cur_text = m.group("c1") or m.group("c2")
        n = _number(amount_text, locale)
        code = currency_of(cur_text, locale)
        if n is None or code is None:
            return None
        written = next((g for g in ("p", "ps", "pp") if m.groupdict().get(g)), None)
        period = period_of(m.group(written), locale) if written else None
        basis = None
        if m.groupdict().get("p"):  # "€49 per agent per month": the basis in the words before the period
            priced_end = max(m.end(g) for g in ("a1", "c2") if m.group(g))
            said = basis_rx.search(m.string, priced_end, m.start("p"))
            basis = basis_of(said.group(), locale) if said else None
        return _whole(m, "money", (canonical(n), code, period, basis))

    # up to three words between a price and its period ("1000 € HT par mois"); a word holding a
    # digit is another figure ("٢٩ يورو و٤٩ يورو شهريًا": and 49 euros), never a gap
    gap = r"(?:(?: ?(?:\([^()\d\n]{0,40}\)|[^\W\d_](?:[^\W\d]|[.'])*)){0,3}?)"
    AMOUNT_AFTER = f"(?:{DIGITS_BODY}(?: ?{SCALE})?|{CARD})"
    priced = f"(?:(?P<c1>{CUR}) ?(?P<a1>{AMOUNT_AFTER})|(?P<a2>{AMOUNT}) ?-?(?P<c2>{CUR}))"
    add("money", f"{priced}(?:{gap} ?,? ?/? ?(?P<p>{PER})|/(?P<ps>{ml.slash_period_re}))?", money,
        needs="number")
    if ml.prefix_period_re != "(?!x)x":  # most languages write no period before the amount:
        # the rule could never match, and compiling it costs as much as the one above
        add("money", f"(?P<pp>{ml.prefix_period_re}) ?{priced}", money, needs="number")
    add("currency", ml.standalone_re,
        lambda m: (_whole(m, "currency", currency_of(m.group(), locale))
                   if currency_of(m.group(), locale) else None))
    add("period", PER,
        lambda m: _whole(m, "period", period_of(m.group(), locale)) if period_of(m.group(), locale) else None)

    # the basis of a per-unit price written apart from the amount ("49 € por mês por agente",
    # "temsilci başına aylık 49 €", "1ユーザーあたり月額5,000円"): compare.py gives it to the nearest price
    if ml.basis_re != "(?!x)x":
        add("basis", ml.basis_re,
            lambda m: _whole(m, "basis", basis_of(m.group(), locale)) if basis_of(m.group(), locale) else None)

    pct_words = lookup(phrases.PERCENT_WORDS, locale, ())
    PCT = f"(?:%|‰|{word_pattern(pct_words, sl)})" if pct_words else "%"

    def percent(m: re.Match):
        n = _number(m.group("pa") or m.group("pb"), locale)
        return None if n is None else _whole(m, "percent", canonical(n))

    add("percent", f"(?P<pa>{ND}) ?{PCT}|%(?P<pb>{D})", percent)

    # --- clock times ------------------------------------------------------------------------
    AMPM, CLOCK, STRONG = cl.ampm_re, cl.clock_re, cl.strong_clock_re
    HM, MM = cl.hour_mark_re, cl.minute_mark_re
    # nothing glued before an hour; in a script without spaces a letter may be ("の9時")
    # (a plain class: the script's letter ranges, repeated in every side of every time rule,
    # would cost some 60 ms of compiling per locale)
    lb = r"(?<![\d.,:_A-Za-z])" if sl else r"(?<![\w.,:])"
    dot = r"\d{1,2}\.\d{2}(?!\d)" + ("" if cl.dot_times else f" ?(?:{AMPM}|{CLOCK})")
    # an hour placed by a day period: "9 утра", "5 de la tarde", "5 Uhr abends", "2 часа дня"
    mins = r"(?:(?::|\.|[hH] ?)\d{2}(?!\d))"
    PCLOCK, DAYP, WDAYP = cl.period_clock_re, cl.period_re, cl.weak_period_re
    side_period = (f"{lb}\\d{{1,2}}{mins}?(?: ?(?:{PCLOCK}))? ?(?:{DAYP})"
                   f"|{lb}\\d{{1,2}}(?:{mins}(?: ?(?:{PCLOCK}))?| ?(?:{PCLOCK})) ?(?:{WDAYP})")
    side_strong = (f"(?=\\d)(?:(?:{side_period})|{lb}(?:\\d{{1,2}}:\\d{{2}}(?::\\d{{2}})?(?!\\d)(?: ?(?:{AMPM}|{CLOCK}|{MM}))?"
                   f"|{dot}(?: ?(?:{AMPM}|{CLOCK}))?|\\d{{1,2}} ?(?:{AMPM})"
                   f"|\\d{{1,2}} ?[hH] ?\\d{{2}}(?!\\d)|\\d{{1,2}} ?{STRONG}"
                   f"|\\d{{1,2}}{HM}\\d{{2}}(?!\\d)(?:{MM})?))")
    side_strong = f"(?:{side_strong}|{cl.noon_midnight_re})"  # "noon", "midnight", "minuit"
    if cl.marker_first:  # "오후 1:00", "午後5時00分": the CLDR time pattern puts the marker first
        # ... with or without minutes: "午後5時", "下午5点"
        side_strong = (f"(?:{side_strong}|(?:{AMPM}) ?\\d{{1,2}}(?:(?::|{HM})\\d{{2}}(?!\\d)(?:{MM})?"
                       f"|(?:{HM}|{CLOCK})))")
    range_clock = lookup(phrases.RANGE_CLOCK_WORDS, locale, ())
    RCLOCK = f"{CLOCK}|{word_pattern(range_clock, sl)}" if range_clock else CLOCK
    side_any = f"(?:{side_strong}|{lb}\\d{{1,2}}(?!\\d)(?: ?(?:{RCLOCK}))?)"
    tc = _connector("-", lookup(phrases.TIME_CONNECTORS, locale, ()), ranges, sl)
    tp = f"(?:(?:{_alt(lookup(phrases.TIME_PREFIXES, locale, ()))}) )?"

    def time_range(m: re.Match):
        a, b = parse_side(m.group("ta"), locale), parse_side(m.group("tb"), locale)
        if a is None or b is None:
            return None
        if a.marker_first and b.marker is None:  # "오후 1:00~10:00": one marker for both
            b = replace(b, marker=a.marker)
        got = resolve_range(a, b, None, locale)
        return None if got is None else _whole(m, "time_range", got)

    add("time_range", f"{tp}(?P<ta>{side_any})(?P<c>{tc})(?P<tb>{side_any})", time_range)

    def single_time(m: re.Match):
        side = parse_side(m.group("t"), locale)
        if side is None or side.strength != "strong":
            return None
        s = m.start("t")
        return s, m.end(), [("time", fmt(to24(side)), s, m.end())]

    add("time", f"(?P<t>{side_strong})", single_time)
    if cl.noon_midnight:  # "until midnight", "à midi": a clock time without a digit
        rules.append(Rule("time", _rx(f"(?P<t>{cl.noon_midnight_re})"), single_time))
    at_words = lookup(phrases.TIME_AT, locale, ())
    if at_words:
        def time_at(m: re.Match):
            side = parse_side(m.group("t"), locale)
            if side is None or side.strength == "bare" or not 6 <= side.hour <= 23:
                return None
            s = m.start("t")
            return s, m.end(), [("time", fmt(to24(side)), s, m.end())]

        add("time", f"(?<![^\\W\\d_])(?:{_alt(at_words)}) (?P<t>{lb}\\d{{1,2}} ?(?:{CLOCK}|[hH]))(?![\\w])",
            time_at)

    # an hour written as a word, placed by a day period: "five PM", "cinco de la tarde",
    # "в пять вечера", "الخامسة مساءً" (the Arabic hour is a feminine ordinal)
    hour_words = lookup(phrases.CLOCK_HOUR_WORDS, locale, {})
    HW = "|".join(p for p in ([CARD] if nw.cardinals else []) +
                  ([word_pattern(hour_words, sl)] if hour_words else []))
    if HW:
        def word_hour(m: re.Match):
            w = m.group("hw")
            n = hour_words.get(w) or hour_words.get(key(w))
            n = n if n is not None else word_value(w, locale, weak=False)
            if n is None or n != int(n) or not 1 <= int(n) <= 12:
                return None
            side = parse_side(f"{int(n)} {m.group('mk')}", locale)
            if side is None or side.marker is None:
                return None
            return _whole(m, "time", fmt(to24(side)))

        rules.append(Rule("time", _rx(f"(?<![\\w])(?P<hw>{HW}) ?(?P<mk>{AMPM}|{DAYP})"), word_hour))

    # --- weekdays -----------------------------------------------------------------------------
    wc = _connector("-", lookup(phrases.WEEKDAY_CONNECTORS, locale, ()), ranges, sl)
    wp = f"(?:(?:{_alt(lookup(phrases.WEEKDAY_PREFIXES, locale, ()))}) )?"
    lc = _connector("[,/،]", lookup(phrases.LIST_CONNECTORS, locale, ()), cldr.list_separators(locale), sl)
    FREE, PAIRED = wl.free_re, wl.paired_re

    rank_keys = {key(w) for w in lookup(words.RANK_NOUNS, locale, ())}

    def before_rank(m: re.Match) -> bool:
        """"da 2.ª à 3.ª linha" ranks lines: weekdays written as digits are ordinals there."""
        nxt = re.match(r"[ -]*([^\W\d_]+)", m.string[m.end():])
        if not nxt or not _DIGIT.search(m.group()):
            return False
        k = key(nxt.group(1))
        return any(k.startswith(r) and len(k) - len(r) <= 2 for r in rank_keys)

    def weekday_range(m: re.Match):
        a, b = weekday_of(m.group("wa"), locale), weekday_of(m.group("wb"), locale)
        if not a or not b or a == b or before_rank(m):
            return None
        return _whole(m, "weekday_range", (a, b))

    # needs="day": every match holds a day name, so a text without one skips these (the costliest
    # rules on plain prose)
    add("weekday_range", f"{wp}(?P<wa>{PAIRED})(?P<c>{wc})(?P<wb>{PAIRED})", weekday_range, needs="day")

    item = f"{wp}(?P<wa>{PAIRED})(?:(?P<c>{wc})(?P<wb>{PAIRED}))?"
    item_rx = _rx(item)
    item_plain = f"{wp}{PAIRED}(?:{wc}{PAIRED})?"

    def weekday_list(m: re.Match):
        if before_rank(m):
            return None
        found = []
        for sub in item_rx.finditer(m.group()):
            a = weekday_of(sub.group("wa"), locale)
            b = weekday_of(sub.group("wb"), locale) if sub.group("wb") else None
            if a is None or (sub.group("wb") and (b is None or b == a)):
                return None
            s, e = m.start() + sub.start(), m.start() + sub.end()
            found.append(("weekday_range", (a, b), s, e) if b else ("weekday", a, s, e))
        return (m.start(), m.end(), found) if len(found) > 1 else None

    add("weekday_range", f"{item_plain}(?:{lc}{item_plain})+", weekday_list, needs="day")
    add("weekday", FREE,
        lambda m: _whole(m, "weekday", weekday_of(m.group(), locale)) if weekday_of(m.group(), locale) else None)
    ordinal_days = lookup(ORDINAL_DAY_FORMS, locale, None)
    if ordinal_days:
        ords, forms = ordinal_days
        by_name = {key(f): code for code, fs in forms.items() for f in fs}
        add("weekday", f"(?<![^\\W\\d_])(?:{_alt(ords)}) (?P<od>{_alt(by_name)})(?![^\\W\\d_])",
            lambda m: (m.start("od"), m.end(), [("weekday", by_name.get(key(m.group("od"))), m.start("od"), m.end())]))
    # a short name ("Sa.", "сб", "sáb") stands alone before the hours of that day: "Sa. 9–13 Uhr",
    # "сб, 9:00–13:00" (a clock time with minutes, or a range of hours, follows at once)
    add("weekday", f"(?P<wd>{PAIRED})(?= ?[,:]? ?\\d{{1,2}}(?:[:.h]\\d\\d| ?h? ?[-–—] ?\\d))",
        lambda m: _whole(m, "weekday", weekday_of(m.group(), locale)) if weekday_of(m.group(), locale) else None,
        needs="day")
    idioms = lookup(phrases.WEEKDAY_IDIOMS, locale, ())
    if idioms:
        add("weekday_range", f"(?<![^\\W\\d_])(?:{'|'.join(idioms)})(?![^\\W\\d_])",
            lambda m: _whole(m, "weekday_range", ("mon", "fri")))
    weekend = lookup(phrases.WEEKEND_IDIOMS, locale, ())
    if weekend:
        add("weekday_range", f"(?<![^\\W\\d_])(?:{'|'.join(weekend)})(?![^\\W\\d_])",
            lambda m: _whole(m, "weekday_range", ("sat", "sun")))

    # weekdays said by what they leave out (phrases.EVERY_DAY, EXCEPT_WORDS)
    every, excepts = lookup(phrases.EVERY_DAY, locale, ()), lookup(phrases.EXCEPT_WORDS, locale, ())
    if excepts:
        weekend_rx = _rx("(?:" + "|".join(weekend) + ")") if weekend else None

        def remaining_days(m: re.Match):
            out = set()
            for sub in item_rx.finditer(m.group("ex")):
                a = weekday_of(sub.group("wa"), locale)
                b = weekday_of(sub.group("wb"), locale) if sub.group("wb") else a
                if a is None or b is None:
                    return None
                out.update(days_between(a, b))
            if weekend_rx is not None and weekend_rx.search(m.group("ex")):
                out.update(("sat", "sun"))
            left = [d for d in WEEKDAYS if d not in out]
            if not out or not left:
                return None
            if len(left) == 1:
                return _whole(m, "weekday", left[0])
            for first in left:  # one run of days, maybe across Sunday ("Sunday to Thursday")
                last = WEEKDAYS[(WEEKDAYS.index(first) + len(left) - 1) % 7]
                if set(days_between(first, last)) == set(left):
                    return _whole(m, "weekday_range", (first, last))
            return m.start(), m.end(), [("weekday", d, m.start(), m.end()) for d in left]

        ex = f"(?:{'|'.join(excepts)})"
        art = f"(?:(?:{'|'.join(lookup(phrases.DAY_ARTICLES, locale, ('(?!x)x',)))}) ?)?"
        days = f"{item_plain}(?:{lc}(?:{ex} )?{art}{item_plain})*"
        if every:
            add("weekday_range", f"(?<![^\\W\\d_])(?:{'|'.join(every)})(?: ?,)? {ex} (?P<ex>{days}"
                + (f"|{'|'.join(weekend)}" if weekend else "") + ")(?![^\\W\\d_])", remaining_days)
        if weekend:
            add("weekday_range", f"(?<![^\\W\\d_]){ex} (?P<ex>{'|'.join(weekend)})(?![^\\W\\d_])",
                remaining_days)

    # --- time zones, 24/7 ---------------------------------------------------------------------
    def zone(m: re.Match):
        z = zone_of(m.group(), locale)
        return None if z is None else _whole(m, "timezone", z)

    add("timezone", OFFSET_RE, zone, digit=True)
    add("timezone", IANA_RE, zone, needs="slash")
    for pattern in zl.patterns:
        add("timezone", pattern, zone)
    always = list(phrases.ALWAYS_GENERIC) + list(lookup(phrases.ALWAYS, locale, ()))
    # (in a script without spaces a word may follow at once: "7×24小时服务", "24/7対応")
    always_end = f"(?![^\\W\\d_{SPACELESS_LETTERS}])" if sl else "(?![^\\W\\d_])"
    add("always", f"(?<![\\w])(?:{'|'.join(always)}){always_end}", lambda m: _whole(m, "always", "24/7"))
    tails = lookup(phrases.ALWAYS_TAILS, locale, ())
    if tails:  # "round the clock, every day", "todos os dias, 24 horas por dia"
        A, T = "|".join(always), "|".join(tails)
        conj = _alt(lookup(phrases.LIST_CONNECTORS, locale, ()))
        sep = f"(?: ?[,;] ?(?:(?:{conj}) )?| ?- ?| (?:{conj}) )"
        add("always", f"(?<![\\w])(?:(?:{A}){sep}(?:{T})|(?:{T}){sep}(?:{A}))(?![^\\W\\d_])",
            lambda m: _whole(m, "always", "24/7"))
    part_time = lookup(phrases.PART_TIME, locale, ())
    if part_time:
        def part(m: re.Match):
            nums = [(int(d.group()), d.start(), d.end()) for d in re.finditer(r"\d+", m.group())]
            if [n for n, _, _ in nums] in ([7], [24, 7], [24, 24], [7, 7], [24, 24, 7, 7]):
                return None  # round the clock after all: the "always" rule reads it
            return m.start(), m.end(), [("number", Decimal(n), m.start() + s, m.start() + e)
                                        for n, s, e in nums]

        add("part_time", f"(?<![\\w])(?:{'|'.join(part_time)})(?![^\\W\\d_])", part, digit=True)
        # "round the clock, 5 days a week", "على مدار الساعة 5 أيام في الأسبوع": the days narrow
        # the phrase, which is then no 24/7 (a 7 keeps it one: `part` leaves it to "always")
        conj = _alt(lookup(phrases.LIST_CONNECTORS, locale, ()))
        add("part_time", f"(?<![\\w])(?:{'|'.join(always)})(?: ?[,;،] ?(?:(?:{conj}) )?| ?- ?| (?:{conj}) | )"
                         f"(?:{'|'.join(part_time)})(?![^\\W\\d_])", part, digit=True)

    # --- ordinals -----------------------------------------------------------------------------
    ord_sfx = [s for s in case_sfx if s not in words.CARDINAL_CASE_SUFFIXES]
    if ord_sfx:
        def digit_ordinal(m: re.Match):
            return _whole(m, "ordinal", int(_ascii(m.group("on"))))

        add("ordinal", f"(?<![\\w.,])(?P<on>\\d{{1,4}})(?:{_alt(ord_sfx)})(?![^\\W\\d_])", digit_ordinal,
            digit=True)
    if lang in words.DOT_ORDINAL_LANGUAGES:
        def dot_ordinal(m: re.Match):
            s, e = m.start(), m.end()
            return s, e, [("ordinal", int(_ascii(m.group("on"))), s, e)]

        add("ordinal", r"(?<![\w.,:])(?P<on>\d{1,3})\.(?= [^\W\d_])", dot_ordinal, digit=True)
    if nw.ordinals:
        add("ordinal", nw.ordinal_re, lambda m: _whole(m, "ordinal", ordinal_value(m.group(), locale)))
    if nw.weak_ordinals:
        RANK, WORD_ORD = nw.rank_re, f"(?:{nw.weak_ordinal_re}|{nw.ordinal_re})"

        def ranked(m: re.Match):
            g = "w1" if m.group("w1") else "w2"
            v = ordinal_value(m.group(g), locale)
            if v is None:
                return None
            return m.start(), m.end(), [("ordinal", v, m.start(g), m.end(g))]

        add("ordinal", f"(?P<w1>{WORD_ORD})[ -]+(?:[^\\W\\d_]+ )?{RANK}|{RANK} (?P<w2>{WORD_ORD})", ranked)

    # --- plain numbers, identifiers -------------------------------------------------------------
    def number(m: re.Match):
        n = _number(m.group(), locale)
        return None if n is None else _whole(m, "number", canonical(n))

    # (a letter of a script without spaces may follow: "バージョン3.2は")
    no_letter_after = f"(?![^\\W\\d_{SPACELESS_LETTERS}])" if sl else "(?![^\\W\\d_])"
    add("number", f"{ND}(?: ?{SCALE})?{no_letter_after}", number, digit=True)
    if nw.cardinals:
        add("number", CARD, number)
    ids = "|".join(re.escape(p) for p in sorted(phrases.IDENTIFIER_PREFIXES, key=len, reverse=True))
    id_edge = f"(?<![^\\W{SPACELESS_LETTERS}])" if sl else r"(?<![\w])"
    add("skip", f"{id_edge}(?-i:{ids})[ \\-]?\\d+(?:[.:\\-]\\d+)*(?![\\d])", lambda m: (m.start(), m.end(), []))
    # "version 3.14", "versie 3.14", "バージョン3.2": a version number after its word, its dot a dot
    # whatever the locale (Dutch would read "3.14" as the clock time 3:14, German as 314)
    def version(m: re.Match):
        v = _ascii(m.group("v"))
        if v.count(".") > 1 or m.group("pv"):  # "1.2.3", "v2.3": an identifier
            return m.start(), m.end(), []
        return m.start(), m.end(), [("number", canonical(Decimal(v)), m.start("v"), m.end("v"))]

    add("skip", f"{id_edge}(?:{trie(phrases.VERSION_WORDS)}) ?(?P<pv>v)?(?P<v>\\d+(?:\\.\\d+)*)(?![\\d])", version,
        digit=True)
    add("skip", r"(?<![\w.])(?!\d{1,3}(?:\.\d{3})+(?![.\d]))v?\d+(?:\.\d+){2,}(?![\d])",
        lambda m: (m.start(), m.end(), []))
    for name, pattern, convert in date_rules(locale):
        add(name, pattern, convert)
    return tuple(rules)


_DIGIT = re.compile(r"\d")
# zh/ja: characters after which a numeral is part of a word, not a count ("第一" first, "同一" same,
# "统一" unified, "唯一" only, "之一" one of, "逐一" one by one, "单一" single, "星期一"/"周一"/"礼拜一"
# Monday, "初一" the first day of a lunar month, "其一" one of them)
_CJK_WORD_BEFORE = "第同统統唯之逐单單其期周週拜初"
# one-character unit words safe after a numeral (zh "三天", "两周"); the others make words
_CJK_SAFE_UNITS = frozenset({"天", "周", "週"})
# counters after a count: people, times, items, levels
_CJK_COUNTERS = "名位次项項级級条條件人回"
# The unit pairs a duration may be written in, and how many of the smaller make one larger.
_COMPOUND = {("hours", "minutes"): 60, ("days", "hours"): 24, ("weeks", "days"): 7}
# "a month" is a rate after a count ("3 calls a month", "24 hours a day", "twice a week").
_RATE_ARTICLES = frozenset({"a", "an"})
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:once|twice|times|two|three|four|five|six|seven|eight|nine|ten)\b)"
                           r"[^.;:!?\n]{0,40}$", re.I)


def _in_construct(m: re.Match) -> bool:
    """Arabic: a singular unit noun followed by a definite noun is a construct ("يوم العمل التالي",
    the next business day), which names a day rather than counting one; so is one followed by a
    number ("يوم ١٥ مارس", the day of 15 March); after "كل" (every, each) it is a rate ("عن كل ساعة",
    for each hour), not a count of one."""
    after = m.string[m.end():]
    if re.match(r"\s+(?:ال|لل)", after):
        return True
    # "يوم ١٥ مارس" (on 15 March) names a day by its number; "كل ساعة" (every hour) is a rate
    if re.match(r"\s*\d", after):
        return True
    return re.search(r"(?<![^\W\d_])كل\s+$", m.string[:m.start()]) is not None


def _is_rate(m: re.Match, locale: str) -> bool:
    if m.group("nw").strip().lower() not in _RATE_ARTICLES:
        return False
    return _COUNT_BEFORE.search(m.string, 0, m.start()) is not None


@lru_cache(maxsize=None)
def _day_names(locale: str) -> re.Pattern:
    """Any day name a weekday range or list can be made of (the rules' own PAIRED words)."""
    return _rx(weekday_lexicon(locale).paired_re)


@lru_cache(maxsize=None)
def _cardinal_words(locale: str) -> re.Pattern:
    return _rx(number_words(locale).cardinal_re)


def _ascii(text: str) -> str:
    return "".join(str(int(c)) if c.isdigit() else c for c in text)


def _number(text: str, locale: str) -> Decimal | None:
    """Digits (maybe with a case suffix "2-х" or a scale "1 тыс.") or a number word."""
    t = text.strip()
    m = re.match(r"(.*?\d)-[^\W\d_]{1,3}$", t)
    if m:
        t = m.group(1)
    return read_number(t, locale)


def weak_ordinals(text: str, locale: str) -> set[int]:
    """The values of the weak ordinal words of `text` ("second", "first", "segunda"), which the
    reader counts only next to a rank noun: what the other side of a comparison may have written
    as a plain ordinal ("the second chat channel" = "der zweite Chat-Kanal")."""
    nw = number_words(locale or "en")
    if not nw.weak_ordinals or not isinstance(text, str):
        return set()
    found = set()
    for m in _rx(nw.weak_ordinal_re).finditer(plain(text).text):
        v = ordinal_value(m.group(), locale)
        if v is not None:
            found.add(v)
    return found


def read_figures(text: str, locale: str) -> list[Figure]:
    """Every figure of `text` as written in `locale`, by position, non-overlapping."""
    if not isinstance(text, str) or not text:
        return []
    return list(_read(text, locale or "en"))


@lru_cache(maxsize=32768)
def _read(text: str, locale: str) -> tuple[Figure, ...]:
    """read_figures, remembered: a source text is read once for all its translations."""
    p = plain(text)
    if not p.text.strip():
        return ()
    proposals: list[tuple[int, int, int, list]] = []
    has = {"digit": _DIGIT.search(p.text) is not None, "slash": "/" in p.text}
    has["card"] = _cardinal_words(locale).search(p.text) is not None
    has["number"] = has["digit"] or has["card"]
    has["day"] = _day_names(locale).search(p.text) is not None
    for rule in grammar(locale):
        if rule.needs and not has[rule.needs]:
            continue
        for m in rule.regex.finditer(p.text):
            if m.end() == m.start():
                continue
            try:
                got = rule.convert(m)
            except (ValueError, ArithmeticError, KeyError, IndexError, TypeError):
                got = None
            if got is None:
                continue
            start, end, figs = got
            if any(v is None for _, v, _, _ in figs):
                continue
            proposals.append((start, end, PRIORITY[rule.name], figs))
    proposals.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, _, figs in proposals:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.extend(figs)
    out = []
    for kind, value, s, e in sorted(chosen, key=lambda f: f[2]):
        os_, oe = p.span(s, e)
        out.append(Figure(kind, value, os_, oe, text[os_:oe]))
    return tuple(out)
