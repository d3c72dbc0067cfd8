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
# Arabic writes its one-letter proclitics glued to the word they precede, numbers included:
# "و٤٩ يورو" (and 49 euros), "ب١٠٠٠ يورو" (for 1000 euros), "لـ٢٤ ساعة" (for 24 hours); up to two of
# them ("وب٥"), optionally drawn out with a tatweel, at the start of a word.
_ARABIC_PROCLITICS = "|".join(rf"(?<=(?<![^\W\d_]){c}{t})" for c in ("[وفبلك]", "[وف][بلك]") for t in ("", "ـ"))
DIGITS_RE = (rf"(?<![.,:])(?-i:(?<![^\W{SPACELESS_LETTERS}])|{_ARABIC_PROCLITICS})(?<![^\W\d_][\-/])"
             + DIGITS_BODY)


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


# Chinese and Japanese numerals ("四", "两", "二十四", "一百"): read only where they count a unit or a
# counter (read.py), never on their own: the same characters make ordinary words ("一些" some,
# "一般" usual, "万一" in case, "统一" unified, "十分" very).
CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
CJK_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CJK_LARGE_UNITS = {"万": 10**4, "萬": 10**4}
CJK_NUMERAL_CLASS = "[" + "".join([*CJK_DIGITS, *CJK_SMALL_UNITS, *CJK_LARGE_UNITS]) + "]"
CJK_NUMERAL_LANGUAGES = frozenset({"zh", "ja"})


def cjk_value(text: str) -> Decimal | None:
    """The value of a Chinese/Japanese numeral written with characters, or None if it is none.

    "二十四" 24, "十二" 12, "两" 2, "一百" 100, "三千五百" 3500, "一万" 10000. Digits in a row
    ("二三", "two or three") and a numeral opening with 百/千/万 ("万一", in case) are no number.
    """
    if not text or text[0] in CJK_LARGE_UNITS or text[0] in "百千":
        return None
    total = section = 0
    digit: int | None = None
    for ch in text:
        if ch in CJK_DIGITS:
            if digit is not None and not (digit == 0 or CJK_DIGITS[ch] == 0):
                return None  # "二三": two numbers, not one
            digit = CJK_DIGITS[ch]
        elif ch in CJK_SMALL_UNITS:
            section += (1 if digit is None else digit) * CJK_SMALL_UNITS[ch]
            digit = None
        elif ch in CJK_LARGE_UNITS:
            total += (section + (digit or 0)) * CJK_LARGE_UNITS[ch]
            section, digit = 0, None
        else:
            return None
    value = total + section + (digit or 0)
    return Decimal(value) if value or text in ("〇", "零") else None


def read_number(text: str, locale: str) -> Decimal | None:
    """Digits (with an optional scale word: "1 тыс.", "2k"), a number word, or (zh, ja) a numeral
    written in characters."""
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
    if text and text[0] in CJK_DIGITS or text[:1] == "十":
        if babel_locale(locale).language in CJK_NUMERAL_LANGUAGES:
            return cjk_value(text)
    return word_value(text, locale)


def canonical(d: Decimal) -> Decimal:
    """The same value with a stable exponent: 1000.00 -> 1000, 1.50 -> 1.5."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()
