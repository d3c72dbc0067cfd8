"""A strict, line-exact scanner of gettext PO text: one `Entry` per message, with every line number.

Why our own: Babel's `read_po` only unescapes `\\n \\t \\r \\" \\\\`, accepts unterminated strings,
reports 0-based line numbers, turns `#| msgid` into a translator comment, merges duplicate
messages silently and guesses `python-format` flags from `%` signs ("100% s..."). Checkers need the
exact text of translator comments (the `# slasite: ignore RULE reason` escape hatch), the line of
each msgid and msgstr, and syntax errors located by line, so this module is the single reader;
`pofile.read_catalog` builds a Babel `Catalog` from its entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.errors import InputError, Location

BOM = b"\xef\xbb\xbf"

_KEYWORD_RE = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)(?=[\s\"]|$)\s*(.*)$", re.S)
_STRING_RE = re.compile(r'"((?:[^"\\]|\\.)*)"\s*$', re.S)
_ONE_STRING_RE = re.compile(r'\s*"((?:[^"\\]|\\.)*)"\s*', re.S)
_ESCAPE_RE = re.compile(r"\\(?:([ntrabfv\\\"'?])|([0-7]{1,3})|x([0-9A-Fa-f]+)|(.?))", re.S)
_SIMPLE_ESCAPES = {
    "n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
    "\\": "\\", '"': '"', "'": "'", "?": "?",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Entry:
    """One PO message as written: texts unescaped, comments verbatim, 1-based line numbers."""

    msgctxt: str | None
    msgid: str
    msgid_plural: str | None
    msgstr: tuple[str, ...]  # one item for a singular message, msgstr[0..] for a plural one
    flags: tuple[str, ...] = ()
    translator_comments: tuple[str, ...] = ()  # "# text" -> "text"
    extracted_comments: tuple[str, ...] = ()  # "#. text"
    references: tuple[tuple[str, int | None], ...] = ()  # "#: path:line"
    previous_msgctxt: str | None = None  # "#| msgctxt"
    previous_msgid: str | None = None  # "#| msgid"
    previous_msgid_plural: str | None = None
    obsolete: bool = False  # "#~"
    line: int = 0  # first line of the entry, comments included
    msgctxt_line: int | None = None
    msgid_line: int = 0
    msgstr_line: int = 0  # msgstr or msgstr[0]
    msgstr_lines: tuple[int, ...] = ()

    @property
    def is_plural(self) -> bool:
        return self.msgid_plural is not None

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None and not self.obsolete

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)


@dataclass(slots=True)
class _Builder:
    """The entry being read; `target` names the field that continuation strings extend."""

    line: int
    obsolete: bool | None = None
    comments: dict = field(default_factory=lambda: {"#": [], "#.": [], "#:": [], "#,": []})
    previous: dict = field(default_factory=dict)  # keyword -> list of parts
    fields: dict = field(default_factory=dict)  # keyword -> list of parts
    lines: dict = field(default_factory=dict)  # keyword -> line
    msgstr: list = field(default_factory=list)  # list of lists of parts
    msgstr_lines: list = field(default_factory=list)
    target: list | None = None

    @property
    def started(self) -> bool:
        return bool(self.fields)


def unescape(body: str, where: Location) -> str:
    """The text of a C string literal's body, rejecting escapes gettext would reject."""
    if "\\" not in body:
        return body

    def repl(m: re.Match) -> str:
        simple, octal, hexa, bad = m.groups()
        if simple is not None:
            return _SIMPLE_ESCAPES[simple]
        if octal is not None:
            return chr(int(octal, 8))
        if hexa is not None:
            return chr(int(hexa, 16) & 0x10FFFF)
        raise InputError(f"invalid escape sequence '\\{bad}' in a string", where, "write a backslash as \\\\")

    return _ESCAPE_RE.sub(repl, body)


def _string(text: str, where: Location) -> str:
    """The value of one or more adjacent string literals (`"a" "b"` is legal, as in C)."""
    if not text.startswith('"'):
        raise InputError(f"expected a quoted string, found {text[:30]!r}", where)
    m = _STRING_RE.match(text)
    if m:
        return unescape(m.group(1), where)
    parts, pos = [], 0
    while pos < len(text):
        m = _ONE_STRING_RE.match(text, pos)
        if not m:
            raise InputError(
                'unterminated or malformed string (a quote inside it must be written \\")', where
            )
        parts.append(unescape(m.group(1), where))
        pos = m.end()
    return "".join(parts)


def _references(text: str) -> list[tuple[str, int | None]]:
    """`path:line` tokens; gettext wraps names with spaces in U+2068 ... U+2069."""
    tokens = re.findall(r"\u2068([^\u2069]*)\u2069(\S*)|(\S+)", text)
    out = []
    for isolated, tail, plain in tokens:
        token = isolated + tail if not plain else plain
        path, colon, line = token.rpartition(":")
        out.append((path, int(line)) if colon and line.isdigit() else (token, None))
    return out


class _Scanner:
    def __init__(self, path: str):
        self.path = path
        self.entries: list[Entry] = []
        self.cur: _Builder | None = None

    def where(self, line: int) -> Location:
        return Location(self.path, line)

    def fail(self, message: str, line: int, hint: str | None = None):
        raise InputError(message, self.where(line), hint)

    # -- entry boundaries --
    def builder(self, line: int) -> _Builder:
        """The builder comments and keywords go to; a finished entry is closed first."""
        if self.cur is not None and self.cur.msgstr:
            self.finish()
        if self.cur is None:
            self.cur = _Builder(line)
        return self.cur

    def finish(self) -> None:
        b = self.cur
        self.cur = None
        if b is None or not b.started:
            return
        if "msgid" not in b.fields:
            self.fail("msgctxt without msgid", b.lines["msgctxt"])
        if not b.msgstr:
            self.fail("msgid has no msgstr", b.lines["msgid"], 'add msgstr "" after it')
        join = "".join
        plural = b.fields.get("msgid_plural")
        prev = b.previous
        self.entries.append(
            Entry(
                msgctxt=join(b.fields["msgctxt"]) if "msgctxt" in b.fields else None,
                msgid=join(b.fields["msgid"]),
                msgid_plural=join(plural) if plural is not None else None,
                msgstr=tuple(join(parts) for parts in b.msgstr),
                flags=tuple(b.comments["#,"]),
                translator_comments=tuple(b.comments["#"]),
                extracted_comments=tuple(b.comments["#."]),
                references=tuple(b.comments["#:"]),
                previous_msgctxt=join(prev["msgctxt"]) if "msgctxt" in prev else None,
                previous_msgid=join(prev["msgid"]) if "msgid" in prev else None,
                previous_msgid_plural=join(prev["msgid_plural"]) if "msgid_plural" in prev else None,
                obsolete=bool(b.obsolete),
                line=b.line,
                msgctxt_line=b.lines.get("msgctxt"),
                msgid_line=b.lines["msgid"],
                msgstr_line=b.msgstr_lines[0],
                msgstr_lines=tuple(b.msgstr_lines),
            )
        )

    # -- line kinds --
    def comment(self, kind: str, text: str, line: int) -> None:
        b = self.builder(line)
        if b.started:
            self.fail("comment between msgid and msgstr", line, "move it above the msgctxt/msgid line")
        b.target = None
        if kind == "#,":
            b.comments[kind].extend(f for f in (p.strip() for p in text.split(",")) if f)
        elif kind == "#:":
            b.comments[kind].extend(_references(text))
        elif kind == "#.":
            b.comments[kind].append(text.strip())
        else:
            b.comments[kind].append(text[1:] if text.startswith(" ") else text)

    def previous(self, text: str, line: int, obsolete: bool) -> None:
        b = self.builder(line)
        if b.started:
            self.fail("'#|' line between msgid and msgstr", line)
        text = text.strip()
        if text.startswith('"'):
            if b.target is None or not b.previous:
                self.fail("continuation string outside a '#|' field", line)
            b.target.append(_string(text, self.where(line)))
            return
        m = _KEYWORD_RE.match(text)
        if not m or m.group(1) not in ("msgctxt", "msgid", "msgid_plural"):
            self.fail(f"unexpected '#|' line {text[:40]!r}", line)
        b.previous[m.group(1)] = b.target = [_string(m.group(3), self.where(line))]

    def keyword(self, text: str, line: int, obsolete: bool) -> None:
        m = _KEYWORD_RE.match(text)
        if not m:
            word = text.split(None, 1)[0] if text.split() else text
            self.fail(
                f"unknown keyword {word[:30]!r}", line, 'a PO line starts with #, msgctxt, msgid, msgstr or "'
            )
        word, index, rest = m.group(1), m.group(2), m.group(3)
        value = _string(rest, self.where(line))
        if word in ("msgctxt", "msgid"):
            b = self.builder(line)
            if word == "msgctxt" and b.started or word == "msgid" and "msgid" in b.fields:
                if "msgid" in b.fields:
                    self.fail("msgid has no msgstr", b.lines["msgid"], 'add msgstr "" after it')
                self.fail("msgctxt is followed by another msgctxt instead of msgid", line)
        else:
            b = self.cur
            if b is None or "msgid" not in b.fields:
                self.fail(f"{word} without a msgid before it", line)
        if b.obsolete is None:
            b.obsolete = obsolete
        elif b.obsolete != obsolete:
            self.fail("entry mixes obsolete ('#~') and active lines", line)
        if word in ("msgctxt", "msgid"):
            b.fields[word] = b.target = [value]
            b.lines[word] = line
        elif word == "msgid_plural":
            if "msgid_plural" in b.fields or b.msgstr:
                self.fail("unexpected msgid_plural", line)
            b.fields[word] = b.target = [value]
        elif index is None:  # msgstr
            if "msgid_plural" in b.fields:
                self.fail("a message with msgid_plural needs msgstr[0], msgstr[1], ...", line)
            if b.msgstr:
                self.fail("second msgstr for one msgid", line)
            b.msgstr.append([value])
            b.msgstr_lines.append(line)
            b.target = b.msgstr[-1]
        else:
            if "msgid_plural" not in b.fields:
                self.fail(f"msgstr[{index}] for a message without msgid_plural", line, "use plain msgstr")
            if int(index) != len(b.msgstr):
                self.fail(f"msgstr[{index}] out of order: expected msgstr[{len(b.msgstr)}]", line)
            b.msgstr.append([value])
            b.msgstr_lines.append(line)
            b.target = b.msgstr[-1]

    def continuation(self, text: str, line: int) -> None:
        b = self.cur
        if b is None or b.target is None or not b.started:
            self.fail("string continuation outside msgctxt, msgid or msgstr", line)
        b.target.append(_string(text, self.where(line)))

    def scan(self, text: str, first_line: int = 1) -> list[Entry]:
        self.scan_lines(text.split("\n"), first_line)
        self.finish()
        return self.entries

    def scan_lines(self, lines: list[str], first_line: int) -> None:
        """Read `lines` (numbered from `first_line`) without closing the last entry."""
        for number, raw in enumerate(lines, start=first_line):
            line = raw.strip()
            if not line:
                continue
            if line.startswith("#~"):
                rest = line[2:]
                if rest.startswith("|"):
                    self.previous(rest[1:], number, obsolete=True)
                elif rest.strip().startswith('"'):
                    self.continuation(rest.strip(), number)
                elif rest.strip():
                    self.keyword(rest.strip(), number, obsolete=True)
            elif line.startswith("#|"):
                self.previous(line[2:], number, obsolete=False)
            elif line.startswith("#"):
                kind = line[:2] if line[:2] in ("#.", "#:", "#,") else "#"
                self.comment(kind, line[len(kind) :], number)
            elif line.startswith('"'):
                self.continuation(line, number)
            else:
                self.keyword(line, number, obsolete=False)


def scan_text(text: str, path: str = "<string>", previous: tuple[str, tuple[Entry, ...]] | None = None) -> list[Entry]:
    """Entries of PO text (BOM already removed); InputError located by line on a syntax error.

    Memoised on the text: a build reads each catalog for rendering and again for the check, and
    scanning a 9,000-message catalog costs ~0.5 s. When the file at `path` was scanned before
    (in this process, or `previous` = its last (text, entries) from the build cache), only the
    blank-line separated blocks that changed are scanned again (see `_rescan`). Entries are
    frozen; callers get a new list.
    """
    entries = _SCANNED.get(text)
    if entries is None:
        if previous is None and path in _LAST:
            previous = _LAST[path], _SCANNED.get(_LAST[path])
        entries = _rescan(text, path, previous) if previous is not None and previous[1] is not None else None
        if entries is None:  # a syntax error raises here, located with this caller's path
            entries = tuple(_Scanner(path).scan(text))
        if len(_SCANNED) >= 32:
            _SCANNED.pop(next(iter(_SCANNED)))
        _SCANNED[text] = entries
    if path != "<string>":
        _LAST[path] = text
        if len(_LAST) > 256:
            _LAST.pop(next(iter(_LAST)))
    return list(entries)


_SCANNED: dict[str, tuple[Entry, ...]] = {}  # keyed by text only: entries do not depend on the path
_LAST: dict[str, str] = {}  # path -> the text last scanned for it


# -- re-scanning an edited file block by block ----------------------------------------------------
#
# A PO file is a list of blocks of non-blank lines. A block that starts an entry and is followed by
# a block that starts an entry holds whole entries only, and reads the same wherever it stands:
# the scanner enters it with nothing pending (the entry before it is complete) and leaves it with
# a complete entry. Such blocks of the previous version are kept, by their text, with line numbers
# counted from the block's first line. In the new text, unknown blocks are scanned together, in
# runs, by a fresh scanner; whenever a run errs or leaves something pending for the next block
# (comments waiting for their msgid, a msgid waiting for its msgstr, or a continuation line that
# belongs to the entry before the run), the whole text is scanned instead, so the result, and
# every error, is exactly what one scan of the whole text gives (tests/catalogs compare the two).

_BLOCKS: dict[str, tuple[int, tuple[Entry, ...]]] = {}  # block text -> (its first line index, entries)
_REMEMBERED: set[str] = set()  # texts whose blocks are in _BLOCKS


def forget() -> None:
    """Drop everything this process remembers of scanned texts (tests start from nothing)."""
    for memo in (_SCANNED, _LAST, _BLOCKS, _REMEMBERED):
        memo.clear()


def _block_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) 0-based line indexes of each run of non-blank lines."""
    spans, first = [], None
    for i, raw in enumerate(lines):
        if raw.strip():
            if first is None:
                first = i
        elif first is not None:
            spans.append((first, i))
            first = None
    if first is not None:
        spans.append((first, len(lines)))
    return spans


def _shift(e: Entry, d: int) -> Entry:
    if d == 0:
        return e
    return Entry(e.msgctxt, e.msgid, e.msgid_plural, e.msgstr, e.flags, e.translator_comments,
                 e.extracted_comments, e.references, e.previous_msgctxt, e.previous_msgid,
                 e.previous_msgid_plural, e.obsolete, e.line + d,
                 None if e.msgctxt_line is None else e.msgctxt_line + d, e.msgid_line + d,
                 e.msgstr_line + d, tuple(n + d for n in e.msgstr_lines))


def _remember_blocks(text: str, lines: list[str], spans: list[tuple[int, int]], entries) -> None:
    """Keep the blocks of a scanned text that hold whole entries (never the last block)."""
    if text in _REMEMBERED:
        return
    if len(_BLOCKS) > 1_500_000 or len(_REMEMBERED) > 128:  # 40 locales x 11,000 messages fit
        _BLOCKS.clear()
        _REMEMBERED.clear()
    index_of = {e.line: i for i, e in enumerate(entries)}
    for k in range(len(spans) - 1):
        first, end = spans[k]
        i, j = index_of.get(first + 1), index_of.get(spans[k + 1][0] + 1)
        if i is None or j is None:
            continue
        key = "\n".join(lines[first:end])
        if key not in _BLOCKS:
            _BLOCKS[key] = (first, tuple(entries[i:j]))
    _REMEMBERED.add(text)


def _rescan(text: str, path: str, previous: tuple[str, tuple[Entry, ...]]) -> tuple[Entry, ...] | None:
    """The entries of `text`, re-scanning only blocks unknown from `previous`; None when the text
    must be scanned whole (too little is known, or a run of new blocks is not self-contained)."""
    old_text, old_entries = previous
    if old_text not in _REMEMBERED:
        old_lines = old_text.split("\n")
        _remember_blocks(old_text, old_lines, _block_spans(old_lines), old_entries)
    lines = text.split("\n")
    spans = _block_spans(lines)
    keys = ["\n".join(lines[a:b]) for a, b in spans]
    known = [_BLOCKS.get(k) if n < len(spans) - 1 else None for n, k in enumerate(keys)]
    if sum(k is not None for k in known) < len(spans) // 2:
        return None
    out: list[Entry] = []
    run_start: int | None = None  # first line index of the run of unknown blocks

    def scan_run(end: int) -> bool:
        """Scan lines[run_start:end] alone; False if the run is not self-contained."""
        scanner = _Scanner(path)
        try:
            scanner.scan_lines(lines[run_start:end], run_start + 1)
            pending = scanner.cur
            if pending is not None and not pending.msgstr and (
                    pending.started or pending.previous or any(pending.comments.values())):
                return False
            scanner.finish()
        except InputError:
            return False
        out.extend(scanner.entries)
        return True

    for (first, _end), block in zip(spans, known):
        if block is None:
            if run_start is None:
                run_start = first
            continue
        if run_start is not None:
            if not scan_run(first):
                return None
            run_start = None
        was, kept = block
        out.extend(kept if first == was else (_shift(e, first - was) for e in kept))
    if run_start is not None and not scan_run(len(lines)):
        return None
    entries = tuple(out)
    _remember_blocks(text, lines, spans, entries)
    return entries


def scan_text_cached(text: str, path: str, store, name: str) -> list[Entry]:
    """`scan_text`, remembered across runs in the build cache map `name` (one catalog's latest text).

    A check after a page edit must look at every catalog again (the set of source messages
    changed) but not re-scan the ones whose bytes did not; after an edit of the catalog itself,
    the previous version's entries let `scan_text` re-scan only the blocks that changed.
    """
    if text in _SCANNED or store is None or not store.enabled:
        return scan_text(text, path)
    from generator.cache import digest

    key = digest(text)
    stored = store.load(name)
    known = stored.get(key)
    previous = None
    if isinstance(known, list):
        try:
            entries = tuple(_entry_from_json(item) for item in known)
        except (TypeError, ValueError):
            entries = None
        if entries is not None:
            _SCANNED[text] = entries
            return list(entries)
    elif stored.get("text") and stored.get("key") in stored and path not in _LAST:
        try:
            previous = (stored["text"], tuple(_entry_from_json(item) for item in stored[stored["key"]]))
        except (TypeError, ValueError):
            previous = None
    entries = scan_text(text, path, previous)
    store.save(name, {key: [_entry_to_json(e) for e in entries], "key": key, "text": text})
    return entries


_FIELDS = tuple(Entry.__dataclass_fields__)
_TUPLES = {"msgstr", "flags", "translator_comments", "extracted_comments", "msgstr_lines"}


def _entry_to_json(e: Entry) -> list:
    return [getattr(e, f) for f in _FIELDS]


def _entry_from_json(item: list) -> Entry:
    if not isinstance(item, list) or len(item) != len(_FIELDS):
        raise ValueError("not an entry")
    values = dict(zip(_FIELDS, item))
    for f in _TUPLES:
        values[f] = tuple(values[f])
    values["references"] = tuple((p, l) for p, l in values["references"])
    return Entry(**values)


def decode(data: bytes, path: str) -> tuple[str, bool]:
    """(text, had_bom) of PO bytes: UTF-8 only, a UTF-8 BOM is accepted and stripped."""
    has_bom = data.startswith(BOM)
    if has_bom:
        data = data[len(BOM) :]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("file is UTF-16, not UTF-8", Location(path, 1), "save it as UTF-8")
    try:
        return data.decode("utf-8"), has_bom
    except UnicodeDecodeError as exc:
        start = exc.start
        line = data.count(b"\n", 0, start) + 1
        column = start - (data.rfind(b"\n", 0, start) + 1) + 1
        offset = start + (len(BOM) if has_bom else 0)
        raise InputError(
            f"not valid UTF-8: byte 0x{data[start]:02X} at byte offset {offset}",
            Location(path, line, column),
            "save the file as UTF-8 (e.g. msgconv --to-code=UTF-8)",
        ) from None


def read_text(path) -> tuple[str, bool]:
    """Read and decode a PO file; unreadable files become InputError."""
    try:
        data = open(path, "rb").read()
    except OSError as exc:
        raise InputError(f"cannot read catalog: {exc.strerror or exc}", Location(str(path))) from None
    return decode(data, str(path))


def scan_entries(path) -> list[Entry]:
    """Every entry of a PO/POT file (header and obsolete ones included), in file order."""
    text, _ = read_text(path)
    return scan_text(text, str(path))


def find_duplicates(entries: list[Entry]) -> list[tuple[Entry, Entry]]:
    """(first, repeat) pairs of active entries with the same msgctxt and msgid."""
    seen: dict[tuple[str | None, str], Entry] = {}
    pairs = []
    for entry in entries:
        if entry.obsolete:
            continue
        if entry.key in seen:
            pairs.append((seen[entry.key], entry))
        else:
            seen[entry.key] = entry
    return pairs
