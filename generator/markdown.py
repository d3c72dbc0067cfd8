"""Markdown pages as segments: one translatable message per heading, paragraph, list item or cell.

A page is parsed once with markdown-it-py; every `inline` token is a segment. Rendering a locale
replaces each inline token's children with the parsed translation and renders the shared block
structure, so a translator can never break a page's structure, only the text of a block. Raw HTML
is off (`html: False`): HTML typed in a page or a translation is shown as text, never run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from markdown_it import MarkdownIt
from markdown_it.token import Token

_KIND = {"heading_open": None, "paragraph_open": "p", "th_open": "th", "td_open": "td"}


@lru_cache(maxsize=1)
def markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "typographer": False}).enable("table")


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # h1..h6, p, li, th, td
    source: str  # the inline Markdown, soft line breaks folded into spaces
    line: int  # 0-based line within the body


def normalize(text: str) -> str:
    return " ".join(text.split())


def parse(body: str) -> list[Token]:
    tokens = markdown().parse(body)
    _name_tables(tokens)
    return tokens


def _name_tables(tokens: list[Token]) -> None:
    """A table right under a heading is named by it (aria-labelledby), so screen readers announce
    what the table is about; Markdown has no syntax for a caption."""
    count = 0
    for i, tok in enumerate(tokens):
        if tok.type == "table_open" and i >= 3 and tokens[i - 1].type == "heading_close":
            heading = tokens[i - 3]
            count += 1
            ident = heading.attrGet("id") or f"table-{count}"
            heading.attrSet("id", ident)
            tok.attrSet("aria-labelledby", ident)


def blocks(tokens: list[Token]) -> list[tuple[int, Block]]:
    """(token index, Block) for every inline token, with the kind of block it sits in."""
    result = []
    stack: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.nesting == 1:
            stack.append(tok.type)
        elif tok.nesting == -1 and stack:
            stack.pop()
        if tok.type != "inline":
            continue
        opener = tokens[i - 1]
        if opener.type == "heading_open":
            kind = opener.tag
        elif opener.type in ("th_open", "td_open"):
            kind = opener.tag
        elif "list_item_open" in stack:
            kind = "li"
        elif "blockquote_open" in stack:
            kind = "quote"
        else:
            kind = "p"
        line = (tok.map or opener.map or [0])[0]
        if tok.content.strip():
            result.append((i, Block(kind, normalize(tok.content), line)))
    return result


def render(tokens: list[Token], translate: Callable[[int, Block], str]) -> str:
    """Render the page with each block's inline text replaced by `translate(index, block)`."""
    md = markdown()
    env: dict = {}
    replaced = list(tokens)
    for i, block in blocks(tokens):
        tok = tokens[i]
        content = translate(i, block)
        new = Token("inline", "", 0, map=tok.map, content=content)
        if _PLAIN.fullmatch(content):
            # Most sentences have no Markdown at all: skip the inline parser (the slowest step of a
            # large build) and emit one text token, which renders exactly as the parser's would.
            new.children = [Token("text", "", 0, content=content)]
        else:
            new.children = md.parseInline(content, env)[0].children
        replaced[i] = new
    return md.renderer.render(replaced, md.options, env)


# Text that inline Markdown would leave as it is: no markup, escape, entity, break or autolink char.
_PLAIN = re.compile(r"[^\\`*_\[\]<>&!~|\n\r{}]*")


def render_inline(text: str) -> str:
    """Inline Markdown to HTML without a wrapping <p>."""
    return markdown().renderInline(text)
