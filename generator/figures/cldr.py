"""What CLDR's own patterns say about the glue between figures, for the reader.

The formatter joins two weekdays or two times with the locale's interval pattern ("{0} – {1}",
"{0}～{1}", "{0} ~ {1}", "{0} تا {1}"), lists weekdays with its list pattern ("{0} 및 {1}",
"{0}、{1}") and writes a clock time with its time pattern ("H時mm分", "HH:mm น.", "a h:mm"). A
reader that knows only hand-listed connectors rejects the project's own output in every locale
nobody listed, so the same patterns are read here, from Babel's CLDR data:

- `range_separators`: what stands between the two ends of an interval;
- `list_separators`: what stands between two items of a list;
- `clock_marks`: letters between hour and minutes ("時"), marks after the minutes ("分",
  "น."), and whether the AM/PM marker comes first ("오후 5:00").

All strings are returned as `text.normalize_word` writes them (dashes as "-"), since that is how
the text being read is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from babel.dates import tokenize_pattern

from .lexicon import babel_locale
from .text import normalize_word

# The time skeletons the formatter uses for opening hours (see i18n.format._time_skeleton), and
# their one-field relatives, whose intervals carry the same separators.
_TIME_SKELETONS = ("Hm", "hm", "H", "h")
_HOUR_FIELDS = frozenset("HhKk")


def _chars_after_last_field(pattern: str) -> str:
    """The literal text after the last field of a CLDR pattern ("H:mm ч. – " -> " ч. – ")."""
    tokens = tokenize_pattern(pattern)
    tail = []
    for kind, value in reversed(tokens):
        if kind != "chars":
            break
        tail.append(value)
    return "".join(reversed(tail))


def _core(separator: str) -> str:
    """A separator as the reader sees it, spaces around it dropped; "" for none or a bare dash,
    which the reader knows in every locale."""
    core = " ".join(normalize_word(separator).split())
    return "" if core in ("", "-", ",") else core


def _interval_parts(locale: str):
    """(first part, second part) of every time interval pattern of the locale."""
    formats = babel_locale(locale).interval_formats
    for skeleton in _TIME_SKELETONS:
        for parts in (formats.get(skeleton) or {}).values():
            if isinstance(parts, (list, tuple)) and len(parts) == 2:
                yield parts


@lru_cache(maxsize=None)
def range_separators(locale: str) -> tuple[str, ...]:
    """The separators of the locale's interval patterns, beyond the dash: ("～",), ("تا",).

    The fallback pattern ("{0} – {1}") joins weekdays; the time skeletons' own patterns join
    clock times, their first part ending in the separator after any clock mark the second part
    also ends in ("H:mm ч. – " / "H:mm ч." -> "–").
    """
    found: list[str] = []
    fallback = babel_locale(locale).interval_formats.get(None) or ""
    if "{0}" in fallback and "{1}" in fallback:
        found.append(fallback.split("{0}", 1)[1].split("{1}", 1)[0])
    for first, second in _interval_parts(locale):
        found.append(_separator_of(_chars_after_last_field(first), second))
    return tuple(dict.fromkeys(c for c in map(_core, found) if c))


def _separator_of(tail: str, second: str) -> str:
    """The separator in the tail of an interval's first part: the clock marks the second part
    also writes are dropped from its front ("分～" -> "～", bg " ч. – " -> " – ")."""
    end = _chars_after_last_field(second)
    if end.strip() and tail.startswith(end):
        return tail[len(end):]
    marks = {w for kind, value in tokenize_pattern(second) if kind == "chars" for w in value.split()}
    words = tail.split()
    while words and words[0] in marks:
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=None)
def list_separators(locale: str) -> tuple[str, ...]:
    """The separators of the locale's standard list pattern: ("및",), ("、", "和"), ("و",)."""
    patterns = babel_locale(locale).list_patterns.get("standard") or {}
    found = []
    for pattern in patterns.values():
        if "{0}" in pattern and "{1}" in pattern:
            found.append(pattern.split("{0}", 1)[1].split("{1}", 1)[0])
    return tuple(dict.fromkeys(c for c in map(_core, found) if c))


@dataclass(frozen=True)
class ClockMarks:
    hour_marks: tuple[str, ...]  # letters between hour and minutes: ("時",)
    minute_marks: tuple[str, ...]  # marks after the minutes: ("分",), ("น.",)
    marker_first: bool  # the AM/PM marker precedes the time ("오후 5:00", "a h:mm")


def _time_patterns(locale: str):
    loc = babel_locale(locale)
    for width in ("short", "medium"):
        try:
            yield loc.time_formats[width].pattern
        except (KeyError, AttributeError):
            continue
    for first, second in _interval_parts(locale):
        yield second


@lru_cache(maxsize=None)
def clock_marks(locale: str) -> ClockMarks:
    """The clock marks of the locale's time patterns (see `ClockMarks`).

    Only marks made of letters count: ":" and "." between hour and minutes are known to the
    reader everywhere, and spaces or punctuation after the minutes belong to the sentence.
    """
    hour_marks: list[str] = []
    minute_marks: list[str] = []
    marker_first = False
    for pattern in _time_patterns(locale):
        tokens = tokenize_pattern(pattern)
        fields = [(i, value[0]) for i, (kind, value) in enumerate(tokens) if kind == "field"]
        order = [f for _, f in fields]
        if "a" in order and any(f in _HOUR_FIELDS for f in order):
            marker_first = marker_first or order.index("a") < min(order.index(f) for f in order if f in _HOUR_FIELDS)
        for (i, field), (j, nxt) in zip(fields, fields[1:]):
            between = "".join(v for k, v in tokens[i + 1:j] if k == "chars")
            if field in _HOUR_FIELDS and nxt == "m" and any(c.isalpha() for c in between):
                hour_marks.append(normalize_word(between).strip())
        if order and order[-1] == "m":
            tail = normalize_word(_chars_after_last_field(pattern)).strip()
            if any(c.isalpha() for c in tail):
                minute_marks.append(tail)
    return ClockMarks(tuple(dict.fromkeys(hour_marks)), tuple(dict.fromkeys(minute_marks)), marker_first)
