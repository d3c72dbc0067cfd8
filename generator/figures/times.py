"""Clock times per locale: "5:00 P.M." = "17:00" = "17h00" = "17 Uhr" = "17.00" = "17:00 ч.".

A time is strong when it cannot be anything else: minutes after a colon (or after a dot where the
dot is no decimal mark, "17.00" in German), an AM/PM marker, "Uhr". A bare "17h" or "17 ч." may be
a duration (17 hours), so it is a time only after "à"/"às"/"um"... or inside a range that looks
like opening hours (from 6..11 to 12..23, or an afternoon window within 12..23). A CLDR day period
places a 12-hour time as an AM/PM marker does ("9 утра", "5 de la tarde", "5 Uhr abends").
Canonical values are 24-hour "HH:MM" strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import phrases
from .cldr import clock_marks
from .lexicon import SPACELESS, babel_locale, key, lookup, word_pattern
from .numbers import decimal_mark

_GENERIC_AM = ("a.m.", "am", "a. m.", "a m")
_GENERIC_PM = ("p.m.", "pm", "p. m.", "p m")
_STRONG_CLOCK_WORDS = frozenset({"uhr"})


@dataclass(frozen=True)
class ClockLexicon:
    ampm: dict  # key -> "am" | "pm"
    ampm_re: str
    clock_re: str  # words after a time ("Uhr", "h", "ч.")
    strong_clock_re: str  # those that make any number a time ("Uhr")
    dot_times: bool  # "17.00" is a time in this locale
    # CLDR day periods after an hour ("9 утра", "5 de la tarde", "5 Uhr abends"): key -> the hour
    # ranges (from, before) of the period, which say whether the hour is before or after noon.
    periods: dict = field(default_factory=dict)
    period_re: str = "(?!x)x"  # day periods read after any hour
    weak_period_re: str = "(?!x)x"  # those that are other words too ("2 дня" is 2 days)
    period_clock_re: str = "(?!x)x"  # words between the hour and its period ("2 часа дня")
    period_clocks: tuple = ()  # their keys
    # CLDR clock marks (cldr.clock_marks): "9時00分", "09:00 น.", "오후 5:00"
    hour_mark_re: str = "(?!x)x"  # letters between hour and minutes, as ":" elsewhere
    minute_mark_re: str = "(?!x)x"  # marks after the minutes, nothing to the value
    marker_first: bool = False  # an AM/PM marker may precede the time
    noon_midnight: dict = field(default_factory=dict)  # key -> 12 (noon) | 0 (midnight)
    noon_midnight_re: str = "(?!x)x"


def _day_period_names(loc):
    """(code, name) of every CLDR day-period name of the locale ("am", "PM"; "noon", "midi"), in
    both contexts and every width, in CLDR's order."""
    for ctx in ("format", "stand-alone"):
        for width in ("abbreviated", "wide", "narrow"):
            try:
                periods = loc.day_periods[ctx][width]
            except KeyError:
                continue
            yield from periods.items()


@lru_cache(maxsize=None)
def clock_lexicon(locale: str) -> ClockLexicon:
    loc = babel_locale(locale)
    ampm: dict[str, str] = {}
    for w in _GENERIC_AM:
        ampm[w] = "am"
    for w in _GENERIC_PM:
        ampm[w] = "pm"
    for code, word in _day_period_names(loc):
        if code in ("am", "pm") and word and len(word) <= 12:
            ampm.setdefault(word, code)
    clock_words = lookup(phrases.CLOCK_WORDS, locale, ())
    try:
        short_time = loc.time_formats["short"].pattern
    except (KeyError, AttributeError):
        short_time = "HH:mm"
    dot_times = decimal_mark(locale) == "," or "." in short_time
    periods, weak = _day_periods(locale)
    period_clocks = lookup(phrases.PERIOD_CLOCK_WORDS, locale, None) or clock_words
    marks = clock_marks(locale)
    known = {key(w) for w in clock_words}
    minute_marks = [m for m in marks.minute_marks if key(m) not in known]
    nm = noon_midnight(locale)
    if loc.language in SPACELESS:  # "時間午後5時まで": no word edges, but not inside a Latin word
        def words_re(ws):
            from .lexicon import trie
            return f"(?<![A-Za-z])(?:{trie(ws)})(?![A-Za-z])"
    else:
        words_re = word_pattern
    return ClockLexicon(
        ampm={key(w): c for w, c in ampm.items()},
        ampm_re=words_re(ampm) if ampm else "(?!x)x",
        clock_re=words_re(clock_words) if clock_words else "(?!x)x",
        strong_clock_re=word_pattern([w for w in clock_words if key(w) in _STRONG_CLOCK_WORDS])
        if any(key(w) in _STRONG_CLOCK_WORDS for w in clock_words) else "(?!x)x",
        dot_times=dot_times,
        periods={key(w): r for w, r in periods.items()},
        period_re=word_pattern([w for w in periods if w not in weak]),
        weak_period_re=word_pattern(weak) if weak else "(?!x)x",
        period_clock_re=word_pattern(period_clocks) if period_clocks else "(?!x)x",
        period_clocks=tuple(sorted({key(w) for w in period_clocks}, key=len, reverse=True)),
        hour_mark_re=_marks_re(marks.hour_marks),
        minute_mark_re=_marks_re(minute_marks),
        marker_first=marks.marker_first,
        noon_midnight={key(w): h for w, h in nm.items()},
        noon_midnight_re=_whole_words(nm, loc.language),
    )


def noon_midnight(locale: str) -> dict[str, int]:
    """Words for noon (12) and midnight (0) that are a clock time on their own: CLDR's day-period
    names (any width, at least four letters or two ideographs, no abbreviation, not also the name of another day period: Ukrainian
    "ночі" is "at night" too) and phrases.NOON_MIDNIGHT."""
    loc = babel_locale(locale)
    spaceless = loc.language in SPACELESS
    names: dict[str, set] = {}
    for code, word in _day_period_names(loc):
        names.setdefault(key(word), set()).add(code)
    out: dict[str, int] = {}
    for code, hour in (("noon", 12), ("midnight", 0)):
        for ctx in ("format", "stand-alone"):
            for width in ("abbreviated", "wide", "narrow"):
                try:
                    word = loc.day_periods[ctx][width].get(code)
                except KeyError:
                    continue
                if (word and "." not in word and names[key(word)] == {code}
                        and sum(ch.isalpha() for ch in word) >= (2 if spaceless else 4)):
                    out.setdefault(word, hour)
        for word in lookup(phrases.NOON_MIDNIGHT, locale, {}).get(code, ()):
            out.setdefault(word, hour)
    banned = {key(w) for w in lookup(phrases.NOON_MIDNIGHT_NOT, locale, ())}
    return {w: h for w, h in out.items() if key(w) not in banned}


def _whole_words(words, language: str) -> str:
    """Words not glued to a letter or a hyphen ("midi" is no time in "après-midi")."""
    from .lexicon import trie
    body = trie(words)
    if not body:
        return "(?!x)x"
    if language in SPACELESS:
        return f"(?:{body})"
    return f"(?<![^\\W\\d_])(?<!-)(?:{body})(?![^\\W\\d_])(?!-)"


def _marks_re(marks) -> str:
    """Clock marks as a regex; they only ever count next to the digits of a time."""
    if not marks:
        return "(?!x)x"
    return "(?:" + "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)) + ")"

def _day_periods(locale: str) -> tuple[dict[str, tuple], set[str]]:
    """CLDR's day-period words of the locale (format context) with the hours each one covers.

    Returns {word: ((from, before), ...)} and the words that are unit or number words too.
    """
    from .units import unit_of  # units needs nothing of this module; imported late all the same

    loc = babel_locale(locale)
    try:
        rules = loc._data["day_period_rules"]
        rules = rules.get(None) or rules.get("selection") or {}
    except (KeyError, AttributeError):
        return {}, set()
    spans: dict[str, tuple] = {}
    for code, entries in rules.items():
        got = tuple((int(e["from"]) // 3600, -(-int(e["before"]) // 3600)) for e in entries
                    if "from" in e and "before" in e)
        if got and code not in ("am", "pm"):
            spans[code] = got
    words: dict[str, tuple] = {}
    for width in ("abbreviated", "wide", "narrow"):
        try:
            names = loc.day_periods["format"][width]
        except KeyError:
            continue
        for code, word in names.items():
            if code in spans and word and sum(ch.isalpha() for ch in word) >= 3:
                words[word] = tuple(sorted(set(words.get(word, ())) | set(spans[code])))
    for word, code in lookup(phrases.DAY_PERIOD_VARIANTS, locale, {}).items():
        if code in spans:
            words.setdefault(word, spans[code])
    weak = {w for w in words if unit_of(w, locale) is not None}
    return words, weak


def _hours_in(span: tuple[int, int]) -> list[int]:
    start, before = span
    return [(start + i) % 24 for i in range(((before - start) % 24) or 24)]


def period_marker(hour: int, spans: tuple) -> str | None:
    """"am" or "pm" for a 12-hour `hour` said to lie in a day period covering `spans` (CLDR hour
    ranges): "5 de la mañana" is 05:00, "5 de la tarde" 17:00, "12 ночи" midnight. None for an
    hour that is no 12-hour reading (0, 13..24)."""
    if not 1 <= hour <= 12:
        return None
    hours = [h for span in spans for h in _hours_in(span)]
    if not hours:
        return None

    def distance(x: int) -> int:
        return min(min(abs(x - h), 24 - abs(x - h)) for h in hours)

    morning, afternoon = hour % 12, hour % 12 + 12
    return "am" if distance(morning) < distance(afternoon) else "pm"


def _period_of(k: str, lex: ClockLexicon) -> tuple | None:
    """The day period of the words after an hour ("de la tarde", "Uhr abends", "часа дня")."""
    if k in lex.periods:
        return lex.periods[k]
    for cw in lex.period_clocks:
        if k.startswith(cw) and k[len(cw):] in lex.periods:
            return lex.periods[k[len(cw):]]
    return None


@dataclass(frozen=True)
class ClockSide:
    hour: int
    minute: int
    marker: str | None  # "am" | "pm" | None
    strength: str  # "strong" | "h" (a bare "17h"/"17 ч.") | "bare"
    marker_first: bool = False  # the marker was written before the time ("오후 1:00")


_SIDE_RE = re.compile(r"(\d{1,2})(?:\s*(?:[:.]|h|H)\s*(\d{2}))?(?::\d{2})?\s*(.*)$", re.S)


def parse_side(text: str, locale: str) -> ClockSide | None:
    """Read one side of a time or time range ("9:00 A.M.", "17h00", "17 Uhr", "9")."""
    t = re.sub(r"[^\x00-\x7f]", lambda m: str(int(m.group())) if m.group().isdigit() else m.group(),
               text.strip())
    lex = clock_lexicon(locale)
    if (hour := lex.noon_midnight.get(key(t))) is not None:  # "noon", "midnight", "minuit"
        return ClockSide(hour, 0, "pm" if hour == 12 else "am", "strong")
    t, marker = _leading_marker(t, lex)
    t = re.sub(f"^(\\d{{1,2}}){lex.hour_mark_re}(?=\\d{{2}})", r"\1:", t, flags=re.I)
    m = _SIDE_RE.match(t)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    rest = m.group(3).strip()
    if m.group(2):  # "9時00分", "09:00 น.": a mark after the minutes adds nothing
        rest = re.sub(f"^{lex.minute_mark_re}", "", rest, flags=re.I).strip()
    marker_first = marker is not None
    # minutes, or a marker written first ("午後5時": the marker says it is a clock time)
    strength = "strong" if m.group(2) or marker_first else "bare"
    if rest:
        k = key(rest)
        if k in lex.ampm:
            marker = lex.ampm[k]
            strength = "strong"
        elif (period := _period_of(k, lex)) is not None:
            marker = period_marker(hour, period)
            strength = "strong"
        elif k in _STRONG_CLOCK_WORDS:
            strength = "strong"
        elif strength == "bare":
            strength = "h"
    elif m.group(2) is None and re.search(r"\dh$", t.replace(" ", ""), re.I):
        strength = "h"
    if re.match(r"\d{1,2}\s*[hH]\s*$", t):
        strength = "h" if m.group(2) is None else strength
    if minute > 59 or hour > 24 or (marker and not 1 <= hour <= 12 and hour != 0):
        if marker and 12 < hour <= 24:
            marker = None
        else:
            return None
    return ClockSide(hour, minute, marker, strength, marker_first)


def _leading_marker(text: str, lex: ClockLexicon) -> tuple[str, str | None]:
    """Split off an AM/PM marker written before the time ("오후 1:00" -> "1:00", "pm"), in a
    locale whose CLDR time pattern puts it there."""
    if not lex.marker_first:
        return text, None
    m = re.match(f"({lex.ampm_re}) ?(?=\\d)", text, re.I)
    if not m:
        return text, None
    return text[m.end():], lex.ampm.get(key(m.group(1)))


def to24(side: ClockSide, marker: str | None = None) -> tuple[int, int]:
    """The 24-hour clock reading of a side, with a marker from elsewhere if it has none."""
    mark = side.marker or marker
    h = side.hour
    if mark == "am" and h == 12:
        h = 0
    elif mark == "pm" and h < 12:
        h += 12
    return h, side.minute


def fmt(hm: tuple[int, int]) -> str:
    return f"{hm[0]:02d}:{hm[1]:02d}"


def looks_like_opening_hours(lo: int, hi: int) -> bool:
    """Whether a bare "9-17h" range is a pair of clock times rather than 9 to 17 hours.

    A morning start to an afternoon end ("9-17h"), or an afternoon window ("13 h à 17 h", "с 13 до
    17 часов"); "12 to 24 hours" stays a duration.
    """
    return (6 <= lo <= 11 and 12 <= hi <= 23) or 12 <= lo < hi <= 23


def resolve_range(a: ClockSide, b: ClockSide, shared: str | None, locale: str) -> tuple[str, str] | None:
    """Both ends of a time range as "HH:MM", or None if this is no time range.

    `shared` is a marker or clock word written once after the second time ("9-5 PM", "9-17 Uhr").
    """
    lex = clock_lexicon(locale)
    shared_marker = lex.ampm.get(key(shared)) if shared else None
    shared_strong = bool(shared) and (shared_marker is not None or key(shared) in _STRONG_CLOCK_WORDS)
    strengths = {a.strength, b.strength}
    if not ("strong" in strengths or shared_strong):
        if not looks_like_opening_hours(a.hour, b.hour):
            return None
        if strengths == {"bare"} and not shared:
            return None
    end_marker = b.marker or shared_marker
    end = to24(b, end_marker)
    if a.marker:
        start = to24(a)
    elif end_marker == "pm" and a.hour < 12 and a.hour + 12 <= end[0]:
        start = to24(a, "pm")  # "1-5 PM"
    else:
        start = to24(a)  # "9-5 PM": 9 in the morning
    if not (a.marker or b.marker or shared_marker) and end < start and end[0] <= 12:
        end = (end[0] + 12, end[1])  # "9:00 to 5:00"
    if end <= start and end != (0, 0) and end[0] != 24:
        return None
    return fmt(start), fmt(end)
