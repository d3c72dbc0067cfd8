"""A page written outside slasite, as located blocks of text: `read_page(text, name)`.

The audit reads figures block by block, so a block must be what a reader sees as one unit: a
paragraph line, a list item, a heading, or one table row whose cells are kept apart by " | " (a
Markdown or pipe-separated text row is already written that way; an HTML `<tr>` is joined so). Every
character of a block maps back to the line of the audited file it came from, so findings point at
the figure's own line.

HTML loses what a visitor does not read as the page's content: scripts, styles, templates, `<nav>`,
the site `<header>`/`<footer>`, `<aside>`, hidden elements and cookie/consent banners (by `id`/`class`).
Plain text and Markdown keep every line; noise there costs at most a warning (an extra figure).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Block:
    """One unit of text: `text`, where each offset came from (`line_at`), and its table cells."""

    text: str
    marks: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, source line), sorted
    cells: tuple[tuple[int, int], ...] = ()  # spans of the cells of a table row
    heading: int = 0  # 1..6 for a heading
    table: int | None = None  # which table a row belongs to (rows of one table share it)
    header_row: bool = False  # a row of header cells only (<th>, or the row above |---|)
    marker: int = 0  # end of a list marker ("1. ", "- ") at its start: no figure, only numbering

    @property
    def line(self) -> int:
        return self.marks[0][1] if self.marks else 0

    def line_at(self, offset: int) -> int:
        if not self.marks:
            return 0
        i = bisect.bisect_right(self.marks, (offset, float("inf"))) - 1
        return self.marks[max(i, 0)][1]

    def cell_of(self, offset: int) -> int | None:
        """The index of the cell holding `offset`, or None outside a table row."""
        for i, (s, e) in enumerate(self.cells):
            if s <= offset < e:
                return i
        return None


@dataclass
class Page:
    name: str  # as findings name the file
    kind: str  # "html" | "text"
    blocks: list[Block]


_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|body|head|div|p|table|tr|td|th|ul|ol|li|h[1-6]|section|"
                        r"article|main|span|br)\b[^>]*>", re.I)


def looks_like_html(text: str, name: str = "") -> bool:
    lower = name.lower()
    if lower.endswith((".html", ".htm", ".xhtml")):
        return True
    if lower.endswith((".md", ".markdown", ".txt")):
        return False
    return len(_HTML_HINT.findall(text[:200_000])) >= 3


def read_page(text: str, name: str) -> Page:
    """The blocks of a page, read as HTML or as text/Markdown (by file name, else by content)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_like_html(text, name):
        return Page(name, "html", _html_blocks(text))
    return Page(name, "text", _text_blocks(text))


# --- plain text and Markdown ---------------------------------------------------------------------

_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_SETEXT = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_PIPE = re.compile(r"(?<!\\)\|")


def _text_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    table_id = 0
    in_table = False
    lines = text.split("\n")
    for i, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if not line.strip():
            in_table = False
            continue
        if _MD_RULE.match(line) and "|" in line:
            if in_table and blocks and blocks[-1].table == table_id:
                blocks[-1].header_row = True  # the row above |---| is the header
            continue
        if _SETEXT.match(line):
            if blocks and blocks[-1].line == i - 1:
                blocks[-1].heading = 1 if "=" in line else 2
            continue
        pipes = [m.start() for m in _PIPE.finditer(line)]
        if len(pipes) >= 2 or (len(pipes) == 1 and line.lstrip().startswith("|")):
            if not in_table:
                table_id += 1
                in_table = True
            blocks.append(Block(line, [(0, i)], _cells(line, pipes), table=table_id))
            continue
        in_table = False
        m = _HEADING.match(line)
        prev = blocks[-1] if blocks else None
        if (not m and prev is not None and prev.table is None and not prev.heading
                and prev.marks[-1][1] == i - 1 and _continues(prev.text, line)):
            prev.marks.append((len(prev.text) + 1, i))  # a wrapped line of the same paragraph
            prev.text += " " + line.strip()
            continue
        item = _ITEM.match(line)
        blocks.append(Block(line, [(0, i)], heading=len(m.group(1)) if m else 0,
                            marker=item.end() if item else 0))
    return blocks


_ITEM = re.compile(r"^\s*(?:[-*+•‣◦–]|\d{1,3}[.)])\s")


def _continues(prev: str, line: str) -> bool:
    """Whether `line` wraps the paragraph `prev`: no sentence ended, no new item, no capital start."""
    first = line.strip()[:1]
    return (bool(first) and not _ITEM.match(line) and not first.isupper()
            and not prev.rstrip().endswith((".", "!", "?", ":", ";", "|", "。")))


def _cells(line: str, pipes: list[int]) -> tuple[tuple[int, int], ...]:
    bounds = [-1] + pipes + [len(line)]
    cells = []
    for a, b in zip(bounds, bounds[1:]):
        s, e = a + 1, b
        if line[s:e].strip():
            cells.append((s, e))
    return tuple(cells)


# --- HTML --------------------------------------------------------------------------------------------

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "nav", "aside", "iframe",
                   "object", "head", "button", "select", "textarea", "canvas", "dialog"})
_BLOCK = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                    "main", "header", "footer", "blockquote", "dl", "dt", "dd", "table", "caption", "figure",
                    "figcaption", "pre", "address", "details", "summary", "hr", "br", "form", "fieldset",
                    "legend", "thead", "tbody", "tfoot", "body", "html"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "embed",
                   "param", "source", "track"})
_NOISE = re.compile(r"cookie|consent|gdpr|\bcmp\b|breadcrumb|navbar|\bnav\b|skip-link|site-header|"
                    r"site-footer|language-switch|lang-switch", re.I)
_LANDMARK_NOISE = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                             "alertdialog"})
_CELL_SEP = " | "
# Inline elements that may split a word ("<b>Sev</b>erity"); any other tag between two runs of text
# keeps them apart, as the browser's layout does ("<span>4 hours</span><span>Our agents…</span>").
_GLUE = frozenset({"b", "strong", "i", "em", "u", "s", "mark", "small", "sub", "sup", "abbr", "a", "bdi",
                   "bdo", "font", "q", "cite", "dfn", "var", "ins", "del", "wbr"})


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.skip: list[str] = []  # open elements whose content is not read
        self.stack: list[str] = []  # open elements that are read
        self.cur = Block("")
        self.row: Block | None = None
        self.row_th: list[bool] = []
        self.cell_start: int | None = None
        self.table_depth = 0
        self.tables = 0
        self.site_header: tuple[int, int] | None = None  # (depth in stack, first block) of the site's <header>
        self.header_has_h1 = False

    # --- structure ---
    def _is_noise(self, tag: str, attrs: dict) -> bool:
        if tag in _SKIP:
            return True
        if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
            return True
        style = (attrs.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
        if (attrs.get("role") or "").lower() in _LANDMARK_NOISE:
            return True
        names = " ".join(filter(None, (attrs.get("id"), attrs.get("class"))))
        if names and _NOISE.search(names):
            return True
        if tag == "footer" and not self._in_content():
            return True  # the site's footer, not an article's
        return False

    def _in_content(self) -> bool:
        return any(t in ("main", "article", "section") for t in self.stack)

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v if v is not None else "") for k, v in attrs}
        if self.skip:
            if tag not in _VOID:
                self.skip.append(tag)
            return
        if self._is_noise(tag, a):
            if tag not in _VOID:
                self.skip.append(tag)
            return
        if tag == "header" and self.site_header is None and not self._in_content():
            self._flush()
            self.site_header, self.header_has_h1 = (len(self.stack), len(self.blocks)), False
        if tag == "h1" and self.site_header is not None:
            self.header_has_h1 = True
        if tag not in _VOID:
            self.stack.append(tag)
        if tag not in _GLUE:
            self._append(" ", None)
        self._open(tag, a)

    def handle_startendtag(self, tag, attrs):
        if self.skip:
            return
        self._open(tag, {k.lower(): (v or "") for k, v in attrs})

    def handle_endtag(self, tag):
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if tag not in _GLUE:
            self._append(" ", None)
        self._close(tag)
        if self.site_header is not None and len(self.stack) <= self.site_header[0]:
            if not self.header_has_h1:  # a site header (logo, contact line), not the page's title
                del self.blocks[self.site_header[1]:]
            self.site_header = None

    def _open(self, tag: str, attrs: dict) -> None:
        if tag == "table":
            self._flush()
            self.table_depth += 1
            if self.table_depth == 1:
                self.tables += 1
            return
        if self.table_depth == 1 and tag == "tr":
            self._end_row()
            self._flush()
            self.row = Block("", table=self.tables)
            self.row_th = []
            return
        if self.table_depth == 1 and tag in ("td", "th"):
            if self.row is None:
                self.row = Block("", table=self.tables)
                self.row_th = []
            self._end_cell()
            if self.row.cells or self.row.text:
                self._append(_CELL_SEP, None)
            self.cell_start = len(self.row.text)
            self.row_th.append(tag == "th")
            return
        if tag == "img":
            return
        if tag in _BLOCK:
            if self.row is not None:
                self._append(" ", None)
            else:
                self._flush()
                if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                    self.cur.heading = int(tag[1])

    def _close(self, tag: str) -> None:
        if tag == "table":
            if self.table_depth == 1:
                self._end_row()
            self.table_depth = max(0, self.table_depth - 1)
            return
        if self.table_depth == 1 and tag == "tr":
            self._end_row()
            return
        if self.table_depth == 1 and tag in ("td", "th"):
            self._end_cell()
            return
        if tag in _BLOCK:
            if self.row is not None:
                self._append(" ", None)
            else:
                self._flush()

    def _end_cell(self) -> None:
        if self.row is not None and self.cell_start is not None:
            start, end = self.cell_start, len(self.row.text)
            cell = self.row.text[start:end]
            start, end = start + len(cell) - len(cell.lstrip()), end - (len(cell) - len(cell.rstrip()))
            if end > start:
                self.row.cells = self.row.cells + ((start, end),)
            self.cell_start = None

    def _end_row(self) -> None:
        if self.row is None:
            return
        self._end_cell()
        row = self.row
        self.row = None
        row.text = row.text.rstrip()
        if row.text.strip(" |"):
            row.header_row = bool(self.row_th) and all(self.row_th)
            self.blocks.append(row)

    def _flush(self) -> None:
        b = self.cur
        b.text = b.text.rstrip()
        if b.text.strip():
            self.blocks.append(b)
        self.cur = Block("")

    # --- text ---
    def _append(self, text: str, line: int | None) -> None:
        target = self.row if self.row is not None else self.cur
        if not text:
            return
        if text.isspace():
            if target.text and not target.text.endswith(" "):
                target.text += " "
            return
        if target.text.endswith(" ") and text.startswith(" "):
            text = text.lstrip(" ")
        if not target.text:
            text = text.lstrip(" ")
        if line is not None:
            target.marks.append((len(target.text), line))
        target.text += text

    def handle_data(self, data):
        if self.skip or not data:
            return
        line, _ = self.getpos()
        parts = data.split("\n")
        for k, part in enumerate(parts):
            piece = re.sub(r"\s+", " ", part)
            if k:
                self._append(" ", None)
            if piece.strip():
                self._append(piece, line + k)

    def close(self):
        super().close()
        self._end_row()
        self._flush()


def _html_blocks(text: str) -> list[Block]:
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    return parser.blocks
