"""Calendar dates, read as one figure so that their parts are not taken for loose numbers.

"2026-03-03", "03.03.2026", "3/3/2026" (month or day first by the locale's short date pattern,
unless a part over 12 decides), "3 March 2026", "March 3, 2026", "3. März 2026", "3 de março de
2026", "3 марта 2026 г." all read as "2026-03-03"; without a year "--03-03", without a day
"2026-03". Month names come from Babel (format and stand-alone, wide and abbreviated) for the
locale and for English.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

from .lexicon import babel_locale, key, word_pattern, is_spaceless


@lru_cache(maxsize=None)
def _months(locale: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for loc in (Locale.parse("en"), babel_locale(locale)):
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                try:
                    names = loc.months[ctx][width]
                except KeyError:
                    continue
                for i in range(1, 13):
                    name = names.get(i)
                    if name and sum(c.isalpha() for c in name) >= 3:
                        out[name] = i
    return out


@lru_cache(maxsize=None)
def _month_first(locale: str) -> bool:
    try:
        pattern = babel_locale(locale).date_formats["short"].pattern
    except (KeyError, AttributeError):
        return False
    return pattern.lower().lstrip("'").find("m") < pattern.lower().find("d")


def _value(year, month, day) -> str | None:
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if year is not None and year < 100:
        year += 2000
    if year is None:
        return f"--{month:02d}-{day:02d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _int(text):
    if text is None:
        return None
    digits = "".join(str(int(c)) for c in text if c.isdigit())
    return int(digits) if digits else None


def date_rules(locale: str) -> list[tuple[str, str, object]]:
    """(rule name, regex, converter) triples for read.grammar."""
    months = _months(locale)
    MONTH = word_pattern(months, is_spaceless(locale))
    lb = r"(?<![\w.,/:\-])"

    def whole(m, value):
        return None if value is None else (m.start(), m.end(), [("date", value, m.start(), m.end())])

    def iso(m):
        return whole(m, _value(_int(m.group("y")), _int(m.group("m")), _int(m.group("d"))))

    def dotted(m):
        return whole(m, _value(_int(m.group("y")), _int(m.group("m")), _int(m.group("d"))))

    def slashed(m):
        a, b, y = _int(m.group("a")), _int(m.group("b")), _int(m.group("y"))
        month_first = _month_first(locale)
        if a > 12:
            month_first = False
        elif b > 12:
            month_first = True
        return whole(m, _value(y, a, b) if month_first else _value(y, b, a))

    def named(m):
        g = m.groupdict()
        name = g.get("mo") or g.get("mo2") or g.get("mo3")
        month = months.get(name) or _lookup_month(name, months)
        day = _int(g.get("d") or g.get("d2"))
        year = _int(g.get("y") or g.get("y2") or g.get("y3"))
        if month is None or (day is None and year is None):
            return None
        return whole(m, _value(year, month, day))

    year = r"\d{4}(?![\d])(?: ?(?:г\.|г|год[а-я]*))?"
    return [
        ("date", rf"{lb}(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?![\d])", iso),
        ("date", rf"{lb}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}|\d{{2}})(?![\d])(?: ?г\.)?", dotted),
        ("date", rf"{lb}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}})(?![\d])", slashed),
        ("date", rf"{lb}(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th|er|º)?(?: de)? (?P<mo>{MONTH})"
                 rf"(?:,? (?:de )?(?P<y>{year}))?", named),
        ("date", rf"(?P<mo2>{MONTH}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d])(?:,? (?P<y2>\d{{4}}))?", named),
        ("date", rf"(?P<mo3>{MONTH})(?: de)? (?P<y3>\d{{4}})(?![\d])", named),
    ]


def _lookup_month(name: str, months: dict[str, int]) -> int | None:
    k = key(name)
    for n, i in months.items():
        if key(n) == k:
            return i
    return None
