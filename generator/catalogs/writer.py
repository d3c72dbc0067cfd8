"""Write a catalog as PO text: deterministic bytes, gettext-shaped wrapping, atomic replace.

Why not Babel's `write_po`: it writes a long `#| msgid` through a comment wrapper that breaks it,
drops `#| msgctxt`, flags and `#~|` of obsolete entries, wraps prefixed strings far too early,
and stamps a new header on every run. Strings are wrapped exactly as Babel's `normalize` does
(width 76), and dates move only when the content does, so `extract`/`update` on unchanged
sources leave files (and git) untouched.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import WORD_SEP, escape

from generator.catalogs.catalog import PoCatalog
from generator.catalogs.reader import read_catalog
from generator.errors import InputError

WIDTH = 76
GENERATOR = "slasite"
DATE_FIELDS = ("POT-Creation-Date", "PO-Revision-Date")


def _fields_of(catalog: Catalog) -> list[tuple[str, str]]:
    if isinstance(catalog, PoCatalog):
        fields = list(catalog.header_fields)
    else:
        fields = [(k, v.strip()) for k, v in catalog.mime_headers if k not in ("Generated-By",)]
    fields = [(k, v) for k, v in fields if k.lower() != "x-generator"]
    fields = [(k, "text/plain; charset=UTF-8") if k.lower() == "content-type" else (k, v) for k, v in fields]
    return fields + [("X-Generator", GENERATOR)]


_NEEDS_ESCAPE = re.compile(r'[\\\t\r\n"]')


def _escaped_len(chunk: str) -> int:
    return len(chunk) + len(_NEEDS_ESCAPE.findall(chunk))


def normalize(string: str, width: int = WIDTH) -> str:
    """Babel's `normalize(string, width=width)` (same output), without re-escaping every chunk.

    Babel escapes each word once per comparison, which made writing 5,000 paragraphs take
    over a second; `test_catalogs_write` checks the two agree.
    """
    lines = []
    for line in string.splitlines(True):
        plain = _NEEDS_ESCAPE.search(line) is None
        if (len(line) if plain else _escaped_len(line)) + 2 <= width:
            lines.append(line)
            continue
        chunks = WORD_SEP.split(line)
        sizes = [len(c) for c in chunks] if plain else [_escaped_len(c) for c in chunks]
        start, count = 0, len(chunks)
        while start < count:
            end, size = start, 2
            while end < count and size + sizes[end] < width:
                size += sizes[end]
                end += 1
            if end == start:  # a chunk wider than the line goes on a line of its own
                end += 1
            lines.append("".join(chunks[start:end]))
            start = end
    if len(lines) <= 1:
        return escape(string)
    if lines and not lines[-1]:
        del lines[-1]
        lines[-1] += "\n"
    return '""\n' + "\n".join(escape(line) for line in lines)


def _string_lines(keyword: str, text: str, prefix: str = "") -> Iterator[str]:
    # Babel's normalize(prefix=...) counts the prefix once per word and wraps far too early,
    # so wrap to the narrower width and prefix the continuation lines here.
    first, *rest = normalize(text, WIDTH - len(prefix)).split("\n")
    yield f"{prefix}{keyword} {first}"
    for line in rest:
        yield f"{prefix}{line}"


def _reference_lines(locations) -> Iterator[str]:
    tokens = []
    for path, line in locations:
        path = str(path).replace(os.sep, "/")
        if " " in path or "\t" in path:
            path = f"\u2068{path}\u2069"
        token = f"{path}:{line}" if line else path
        if token not in tokens:
            tokens.append(token)
    current = "#:"
    for token in tokens:
        if len(current) > 2 and len(current) + 1 + len(token) > WIDTH:
            yield current
            current = "#:"
        current += " " + token
    if len(current) > 2:
        yield current


def _flag_line(flags) -> Iterator[str]:
    if flags:
        ordered = (["fuzzy"] if "fuzzy" in flags else []) + sorted(f for f in flags if f != "fuzzy")
        yield "#, " + ", ".join(ordered)


def _comment_lines(comments, mark: str = "") -> Iterator[str]:
    for comment in comments:
        for part in str(comment).split("\n"):
            yield f"#{mark} {part}".rstrip() if part else f"#{mark}"


def _message_lines(message: Message, nplurals: int, obsolete: bool = False) -> Iterator[str]:
    prefix = "#~ " if obsolete else ""
    yield from _comment_lines(message.user_comments)
    if not obsolete:
        yield from _comment_lines(message.auto_comments, ".")
        yield from _reference_lines(message.locations)
    yield from _flag_line(message.flags if not obsolete else message.flags & {"fuzzy"})
    previous = list(message.previous_id or [])
    if previous and (message.fuzzy or obsolete):
        mark = "#~| " if obsolete else "#| "
        previous_context = getattr(message, "previous_context", None)
        if previous_context is not None:
            yield from _string_lines("msgctxt", previous_context, mark)
        yield from _string_lines("msgid", previous[0], mark)
        if len(previous) > 1:
            yield from _string_lines("msgid_plural", previous[1], mark)
    if message.context is not None:
        yield from _string_lines("msgctxt", message.context, prefix)
    if message.pluralizable:
        yield from _string_lines("msgid", message.id[0], prefix)
        yield from _string_lines("msgid_plural", message.id[1], prefix)
        strings = list(message.string or ())
        strings += [""] * (nplurals - len(strings))
        for index, text in enumerate(strings):
            yield from _string_lines(f"msgstr[{index}]", text or "", prefix)
    else:
        text = message.string if isinstance(message.string, str) else (message.string or [""])[0]
        yield from _string_lines("msgid", message.id, prefix)
        yield from _string_lines("msgstr", text or "", prefix)


def render_catalog(catalog: Catalog, dates: dict[str, str] | None = None) -> str:
    """The PO text of a catalog, `dates` overriding date header values. Ends with one newline."""
    fields = [(k, (dates or {}).get(k, v)) for k, v in _fields_of(catalog)]
    comments = catalog.header_comments if isinstance(catalog, PoCatalog) else []
    head = list(_comment_lines(comments))
    head += list(_flag_line({"fuzzy"} if catalog.fuzzy else set()))
    head += ['msgid ""', "msgstr " + normalize("".join(f"{k}: {v}\n" for k, v in fields))]
    blocks = ["\n".join(head)]
    nplurals = catalog.num_plurals
    for message in catalog:
        if message.id:  # the first item Babel yields is the header
            blocks.append("\n".join(_message_lines(message, nplurals)))
    for message in catalog.obsolete.values():
        blocks.append("\n".join(_message_lines(message, nplurals, obsolete=True)))
    return "\n\n".join(blocks) + "\n"


def revision_stamp() -> str:
    """The current time as a PO date: `YYYY-MM-DD HH:MM+0000` (UTC)."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M+0000")


def _encode(text: str, crlf: bool) -> bytes:
    return (text.replace("\n", "\r\n") if crlf else text).encode("utf-8")


def write_catalog(catalog: Catalog, path, *, now: str | None = None) -> bool:
    """Write a catalog atomically; returns False when the file already had these bytes.

    Deterministic: messages in catalog order, strings wrapped at 76 columns by Babel's
    `normalize`, `X-Generator: slasite`, Content-Type UTF-8, CRLF kept if the catalog was read
    with CRLF, no BOM. Dates do not churn: when the messages and header other than the dates
    equal what the file holds, the file's `POT-Creation-Date`/`PO-Revision-Date` are kept;
    when they differ `PO-Revision-Date` (present in PO files, absent from the POT) becomes `now`;
    a new file gets the catalog's own header.
    """
    path = Path(path)
    crlf = bool(getattr(catalog, "crlf", False))
    old_bytes = path.read_bytes() if path.is_file() else None
    old_dates: dict[str, str] = {}
    old_catalog = None
    if old_bytes is not None:
        try:
            old_catalog = read_catalog(path)
            old_dates = {k: v for k, v in old_catalog.header_fields if k in DATE_FIELDS}
        except InputError:
            old_catalog = None
    text = render_catalog(catalog, old_dates)
    data = _encode(text, crlf)
    if old_bytes is not None and data == old_bytes:
        return False
    if old_bytes is not None and (old_catalog is None or render_catalog(old_catalog, old_dates) != text):
        fields = dict(_fields_of(catalog))
        if "PO-Revision-Date" in fields:
            data = _encode(
                render_catalog(catalog, {**old_dates, "PO-Revision-Date": now or revision_stamp()}), crlf
            )
    _atomic_write(path, data)
    return True


def _atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same directory, then `os.replace` it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
