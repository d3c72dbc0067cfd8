"""Prepare a text for reading: hide what is not prose, normalise look-alike characters.

Placeholders (`{name}`), markup (HTML tags and their attribute values, comments, code, URLs,
Markdown link targets, footnote marks) must never be read as figures, yet every figure found must
point back into the original string. So the text is rewritten into a "plain" string in which
hidden spans become a barrier character, entities are decoded, invisible characters dropped and
look-alikes unified (all horizontal spaces to " ", all dashes to "-", all apostrophes to "'",
Arabic separators to "." and ",", superscript letters of ordinals to letters), with a table that maps every plain offset back to the original.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

BARRIER = "\x00"  # stands for hidden text: no pattern ever matches it

PLACEHOLDER_RE = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}"  # Jinja expressions, statements, comments
    r"|\{[A-Za-z_0-9][^{}\s]{0,80}\}"  # python-brace-format: {name}, {name.attr}, {0}, {x:.2f}
    r"|%\([\w.]+\)[sdifr]|%[sd](?![\w])",  # printf style
    re.S,
)

_HIDE_RE = re.compile(
    r"<!--.*?-->"
    r"|<(script|style|code|pre|kbd|samp|sup)\b[^>]*>.*?</\1\s*>"
    r"|</?[A-Za-z][^<>]*>"  # tags with their attributes; also <https://...> autolinks
    r"|```.*?```|`[^`\n]+`"  # Markdown code
    r"|!\[[^\]\n]*\]\([^)\n]*\)"  # Markdown image: all of it
    r"|\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)"  # Markdown link target "](url "title")"
    r"|^[ \t]*\[[^\]\n]+\]:[^\n]*"  # reference definition
    r"|\[\^[^\]\n]+\]|\[\d{1,3}\]"  # footnote and citation marks
    r"|(?:https?|ftp)://[^\s<>()\[\]\"']+|www\.[^\s<>()\[\]\"']+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail addresses
    re.S | re.M | re.I,
)
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

_INVISIBLE = set("\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d"
                 "\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_APOSTROPHES = "\u2019\u2018\u02bc\u00b4\u2032`"
_TRANSLATE = {ord(c): "-" for c in _DASHES}
_TRANSLATE.update({ord(c): "'" for c in _APOSTROPHES})
_TRANSLATE.update({0x066B: ".", 0x066C: ",", 0x066A: "%", 0x2044: "/", 0x2215: "/"})
# superscript letters of typeset ordinals ("2ᵉ", "1ᵉʳ", "1ʳᵉ", "2ⁿᵈ", "4ᵗʰ") read as the letters
_SUPERSCRIPT_LETTERS = "ᵃᵈᵉᵒᵗʰʳˢⁿ"
_TRANSLATE.update({ord(c): l for c, l in zip(_SUPERSCRIPT_LETTERS, "adeothrsn")})
_TRANSLATE.update({i: " " for i in range(0x3001) if chr(i).isspace() and chr(i) != "\n"})
_WORD_TABLE = {**_TRANSLATE, **{ord(c): None for c in _INVISIBLE}}  # what `_char` does, at once
_SLOW_RE = re.compile("[&" + "".join(sorted(_INVISIBLE)) + "]")


@dataclass(frozen=True, slots=True)
class Plain:
    """The plain text and, for each of its offsets (and one past the end), the original offset."""

    text: str
    starts: tuple[int, ...] | None  # starts[i]: original offset of plain char i (None: same)
    ends: tuple[int, ...] | None  # ends[i]: original offset just past plain char i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the plain span [start, end)."""
        if self.starts is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _char(c: str) -> str:
    if c in _INVISIBLE:
        return ""
    if c == "\n":
        return "\n"
    if c.isspace():
        return " "
    return c.translate(_TRANSLATE)


def normalize_word(word: str) -> str:
    """A listed word (a weekday, a unit, a zone name) rewritten as `plain` rewrites the text.

    Lexicon words come from CLDR as CLDR spells them: Ukrainian "пʼятниця" with U+02BC, Persian
    "سه‌شنبه" with a zero-width non-joiner. The text they must match has been through `plain`,
    which unifies apostrophes and drops invisible characters; a word must be rewritten the same
    way or it can never match.
    """
    return word.translate(_WORD_TABLE)


def plain(text: str) -> Plain:
    """Rewrite `text` for reading (see the module docs); never raises on any str."""
    hidden: list[tuple[int, int]] = []
    for rx in (PLACEHOLDER_RE, _HIDE_RE):
        for m in rx.finditer(text):
            if m.end() > m.start():
                hidden.append((m.start(), m.end()))
    if not hidden and _SLOW_RE.search(text) is None:
        return Plain(text.translate(_TRANSLATE), None, None)  # one char for one char
    hidden.sort()
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, h, n = 0, 0, len(text)
    while i < n:
        while h < len(hidden) and hidden[h][1] <= i:
            h += 1
        if h < len(hidden) and hidden[h][0] <= i:
            end = hidden[h][1]
            out.append(BARRIER)
            starts.append(i)
            ends.append(end)
            i = end
            continue
        # a run of ordinary characters up to the next hidden span, entity or invisible character:
        # rewritten at once, one character for one (the slow path is for those few characters)
        stop = hidden[h][0] if h < len(hidden) else n
        special = _SLOW_RE.search(text, i, stop)
        run_end = special.start() if special is not None else stop
        if run_end > i:
            out.append(text[i:run_end].translate(_TRANSLATE))
            starts.extend(range(i, run_end))
            ends.extend(range(i + 1, run_end + 1))
            i = run_end
            continue
        c = text[i]
        if c == "&":
            m = _ENTITY_RE.match(text, i)
            if m:
                decoded = html.unescape(m.group())
                for d in decoded:
                    r = _char(d)
                    if r:
                        out.append(r)
                        starts.append(i)
                        ends.append(m.end())
                i = m.end()
                continue
        r = _char(c)
        if r:
            out.append(r)
            starts.append(i)
            ends.append(i + 1)
        i += 1
    return Plain("".join(out), tuple(starts), tuple(ends))


def strip_placeholders(text: str) -> str:
    """`text` without its `{placeholders}` (and Jinja/printf ones), spaces left as they were."""
    return PLACEHOLDER_RE.sub("", text)
