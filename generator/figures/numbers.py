"""Numbers written in a locale: digits in any local format, and small numbers spelled out.

Digits may be grouped by the locale's separator, by spaces (regular, no-break, narrow no-break:
all read as spaces), or by the separator of the other convention ("1.000" in French); a separator
followed by exactly three digits groups, any other is the decimal mark. So "1,000" is a thousand in
English but one in German (where the comma is the decimal mark) — the reading a German reader
would make. Digits of any script (Arabic-Indic "٢٥", Persian "۲۵", Devanagari...) are read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from . import words
from .lexicon import babel_locale, is_spaceless, arabic_clitics, key, merged, word_pattern

# Digits: a space-grouped number, or digits with . and , anywhere (parse_digits decides).
DIGITS_BODY = (
    r"(?:\d{1,3}(?:[ ']\d{3})+(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)*)"
    r"(?![.,]?\d)"
)
# ... not glued to a word or to another number on the left ("LiveAgent2", "ISO-8601", "v2"); a
# word of a script written without spaces may touch it ("には30分", "ภายใน30นาที"), as there
# every number is glued to a word.
SPACELESS_LETTERS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
# (?-i:...): the class has no case, and under IGNORECASE Python folds its ~30,000 code points one by
# one each time a pattern holding it compiles (3.6 ms instead of 1.0 ms, in ~15 rules per locale)
DIGITS_RE = (rf"(?<![.,:])(?-i:(?<![^\W{SPACELESS_LETTERS}]))(?<![^\W\d_][\-/])" + DIGITS_BODY)


@lru_cache(maxsize=None)
def decimal_mark(locale: str) -> str:
    """The locale's decimal mark for Latin digits, "." or "," (others count as ".")."""
    loc = babel_locale(locale)
    try:
        mark = loc.number_symbols["latn"]["decimal"]
    except (KeyError, TypeError):
        mark = "."
    return "," if mark == "," else "."


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(c)) if c.isdigit() and not c.isascii() else c
                   for c in text if not c.isspace())


def parse_digits(text: str, locale: str) -> Decimal | None:
    """The value of a digit string as written in `locale`, or None if it is no single number."""
    s = _ascii_digits(text).replace("'", "")
    try:
        if not s or not s[0].isdigit():
            return None
        seps = [c for c in s if c in ".,"]
        if not seps:
            return Decimal(s)
        if len(set(seps)) == 2:
            last = max(s.rfind("."), s.rfind(","))
            grouping, mark = s[:last], s[last + 1:]
            group_char = "," if s[last] == "." else "."
            if s[last] in grouping or not _groups_ok(grouping.split(group_char)):
                return None
            return Decimal(grouping.replace(group_char, "") + "." + mark)
        sep = seps[0]
        parts = s.split(sep)
        grouped = _groups_ok(parts) or (sep != decimal_mark(locale) and _lakh_groups_ok(parts, locale))
        if len(parts) > 2:
            return Decimal("".join(parts)) if grouped else None
        if sep == decimal_mark(locale) or not grouped:
            return Decimal(parts[0] + "." + parts[1])
        return Decimal("".join(parts))
    except InvalidOperation:
        return None


def _groups_ok(parts: list[str]) -> bool:
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]) and len(parts) > 1


@lru_cache(maxsize=None)
def secondary_grouping(locale: str) -> int:
    """The size of the digit groups above the first in the locale's CLDR decimal pattern: 3, or
    2 in Hindi and other locales of South Asia ("15,00,000")."""
    try:
        return babel_locale(locale).decimal_formats[None].grouping[1] or 3
    except (KeyError, AttributeError, IndexError, TypeError):
        return 3


def _lakh_groups_ok(parts: list[str], locale: str) -> bool:
    """Digit groups as a locale with secondary grouping 2 writes them: "15,00,000", "1,50,000"."""
    if secondary_grouping(locale) != 2 or len(parts) < 3:
        return False
    return 1 <= len(parts[0]) <= 2 and all(len(p) == 2 for p in parts[1:-1]) and len(parts[-1]) == 3


@dataclass(frozen=True)
class NumberWords:
    """The spelled-out numbers of a locale and their regexes (empty regex matches nothing)."""

    cardinals: dict  # key -> Decimal (strong: a figure anywhere)
    weak: dict  # key -> Decimal (a figure only before a unit word)
    post: dict  # key -> Decimal (after the counted noun, Arabic)
    ordinals: dict  # key -> int
    weak_ordinals: dict  # key -> int
    scales: dict  # key -> int
    cardinal_re: str
    weak_re: str
    post_re: str
    ordinal_re: str
    weak_ordinal_re: str
    rank_re: str
    scale_re: str


def _dec(table: dict) -> dict:
    return {key(w): Decimal(str(v)) for w, v in table.items()}


@lru_cache(maxsize=None)
def number_words(locale: str) -> NumberWords:
    """The number words of `locale` (nothing for a language this package has no list for)."""
    sl = is_spaceless(locale)
    cl = arabic_clitics(locale)
    card = merged(words.CARDINALS, locale)
    weak = merged(words.WEAK_CARDINALS, locale)
    post = merged(words.POST_CARDINALS, locale)
    ords = merged(words.ORDINALS, locale)
    weak_ords = merged(words.WEAK_ORDINALS, locale)
    scales = merged(words.SCALES, locale)
    ranks = merged({k: {w: 1 for w in v} for k, v in words.RANK_NOUNS.items()}, locale)
    return NumberWords(
        cardinals=_dec(card), weak=_dec(weak), post=_dec(post),
        ordinals={key(w): n for w, n in ords.items()},
        weak_ordinals={key(w): n for w, n in weak_ords.items()},
        scales={key(w): n for w, n in scales.items()},
        cardinal_re=word_pattern(card, sl, before=cl),
        weak_re=word_pattern(weak, sl, before=cl),
        post_re=word_pattern(post, sl),
        ordinal_re=word_pattern(ords, sl, before=cl),
        weak_ordinal_re=word_pattern(weak_ords, sl, before=cl),
        rank_re=word_pattern(ranks, sl, before=cl),
        scale_re=word_pattern(scales, sl),
    )


def _strip_clitic(k: str, table: dict):
    if k in table:
        return table[k]
    for clitic in ("و", "ف", "ب", "ل", "وب", "ول"):
        if k.startswith(clitic) and k[len(clitic):] in table:
            return table[k[len(clitic):]]
    return None


def word_value(text: str, locale: str, *, weak: bool = True) -> Decimal | None:
    """The value of a spelled-out cardinal (weak ones too unless weak=False)."""
    nw = number_words(locale)
    k = key(text)
    v = _strip_clitic(k, nw.cardinals)
    if v is None and weak:
        v = _strip_clitic(k, nw.weak)
        if v is None:
            v = nw.post.get(k)
    return v


def ordinal_value(text: str, locale: str) -> int | None:
    """The value of an ordinal word, weak or strong."""
    nw = number_words(locale)
    k = key(text)
    v = _strip_clitic(k, nw.ordinals)
    return v if v is not None else _strip_clitic(k, nw.weak_ordinals)


def read_number(text: str, locale: str) -> Decimal | None:
    """Digits (with an optional scale word: "1 тыс.", "2k") or a number word."""
    text = text.strip()
    m = re.match(DIGITS_RE, text)
    if m:
        value = parse_digits(m.group(), locale)
        rest = text[m.end():].strip()
        if value is not None and rest:
            scale = number_words(locale).scales.get(key(rest))
            if scale is None:
                return None
            value *= scale
        return value
    return word_value(text, locale)


def canonical(d: Decimal) -> Decimal:
    """The same value with a stable exponent: 1000.00 -> 1000, 1.50 -> 1.5."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()
