"""Read a PO/POT file into a `PoCatalog`; every problem becomes an `InputError` located by line.

Why not Babel's `read_po`: it reports 0-based lines, accepts unterminated strings, merges
duplicate messages silently, loses `#| msgid`, and its header parser crashes on
`nplurals=INTEGER` or silently defaults a broken Plural-Forms to `(n != 1)`. Entries come from
`scan`, and each check that msgfmt would make fatal is made here with the line it concerns.
"""

from __future__ import annotations

from generator.catalogs import plurals
from generator.catalogs.catalog import PoCatalog, PoMessage
from generator.catalogs.locales import parse_locale
from generator.catalogs.scan import Entry, find_duplicates, read_text, scan_text
from generator.errors import InputError, Location


def parse_header(text: str) -> list[tuple[str, str]]:
    """`Name: value` lines of the header msgstr, in order (lines without a colon are skipped)."""
    fields = []
    for line in text.split("\n"):
        name, colon, value = line.partition(":")
        if colon and name.strip():
            fields.append((name.strip(), value.strip()))
    return fields


def _header_field_lines(lines: list[str], header: Entry) -> dict[str, int]:
    """Lower-case field name -> line of the file where that field's string starts."""
    found: dict[str, int] = {}
    for number in range(header.msgstr_line, header.msgstr_line + 200):
        if number > len(lines):
            break
        raw = lines[number - 1].strip()
        if number > header.msgstr_line and not raw.startswith('"'):
            break
        body = raw[raw.find('"') + 1 :]
        name, colon, _ = body.partition(":")
        if colon and name.strip() and " " not in name.strip():
            found.setdefault(name.strip().lower(), number)
    return found


def _message(entry: Entry) -> PoMessage:
    msgid = (entry.msgid, entry.msgid_plural) if entry.is_plural else entry.msgid
    string = tuple(entry.msgstr) if entry.is_plural else entry.msgstr[0]
    previous = [p for p in (entry.previous_msgid, entry.previous_msgid_plural) if p is not None]
    return PoMessage(
        msgid,
        string,
        entry.references,
        entry.flags,
        entry.extracted_comments,
        entry.translator_comments,
        previous,
        entry.msgid_line,
        entry.msgctxt,
        previous_context=entry.previous_msgctxt,
        msgstr_lineno=entry.msgstr_line,
    )


def _check_charset(fields: list[tuple[str, str]], where: Location) -> None:
    content_type = next((v for k, v in fields if k.lower() == "content-type"), "")
    charset = content_type.lower().partition("charset=")[2].split(";")[0].strip()
    if charset and charset not in ("utf-8", "utf8", "ascii", "us-ascii", "charset"):
        raise InputError(
            f"catalog declares charset {charset!r}; slasite reads UTF-8 only",
            where,
            "convert it with msgconv --to-code=UTF-8 and set 'charset=UTF-8'",
        )


def _check_plural_forms(catalog: PoCatalog, entries: list[Entry], path: str) -> None:
    value = catalog.header("Plural-Forms")
    template = path.endswith(".pot") or (value is not None and "INTEGER" in value)
    line = catalog.header_field_lines.get("plural-forms", catalog.header_lineno)
    if value is not None and not template:
        try:
            plurals.parse_plural_header(value)
        except ValueError as exc:
            raise InputError(
                f"bad Plural-Forms header: {exc}", Location(path, line), _plural_hint(catalog)
            ) from None
    if value is None and not template:
        first = next((e for e in entries if e.is_plural and not e.obsolete), None)
        if first is not None:
            raise InputError(
                "catalog has plural messages but no Plural-Forms header",
                Location(path, catalog.header_lineno or first.msgid_line),
                _plural_hint(catalog),
            )


def _plural_hint(catalog: PoCatalog) -> str:
    if catalog.locale is not None:
        header = plurals.plural_forms_header(catalog.locale)
        return f"for {catalog.locale_identifier} use 'Plural-Forms: {header}'"
    return "write 'Plural-Forms: nplurals=N; plural=EXPRESSION;' (see `slasite add-locale`)"


def catalog_from_text(text: str, path: str = "<string>", locale=None, messages: bool = True) -> PoCatalog:
    """`read_catalog` for text already decoded (BOM removed).

    `messages=False` validates the whole file exactly the same way but leaves Babel's message
    objects out of the catalog (its header, locale and plural rule are there): for a caller that
    only needs lookups, built from the scanned entries (`Translations.from_entries`), which is
    most of the cost of reading a large catalog."""
    entries = scan_text(text, path)
    for first, repeat in find_duplicates(entries):
        what = (
            f"msgctxt {first.msgctxt!r} msgid {first.msgid!r}"
            if first.msgctxt is not None
            else f"msgid {first.msgid!r}"
        )
        raise InputError(
            f"duplicate message {what}: also defined on line {first.msgid_line}",
            Location(path, repeat.msgid_line),
            "remove one of them (msguniq can merge them)",
        )
    header = next((e for e in entries if e.is_header), None)
    fields = parse_header(header.msgstr[0]) if header else []
    catalog = PoCatalog(
        header_fields=fields,
        header_comments=header.translator_comments if header else (),
        fuzzy=bool(header and header.fuzzy),
    )
    catalog.path = path
    catalog.crlf = "\r\n" in text
    if header is not None:
        catalog.header_lineno = header.msgstr_line
        catalog.header_field_lines = _header_field_lines(text.split("\n"), header)
        _check_charset(
            fields, Location(path, catalog.header_field_lines.get("content-type", header.msgstr_line))
        )
    language = catalog.header("Language")
    if locale is not None:
        catalog.locale = parse_locale(locale, Location(path))
    elif language:
        try:
            catalog.locale = parse_locale(language)
        except InputError:  # an unknown Language is a checker's finding, not a read error
            catalog.locale = None
    _check_plural_forms(catalog, entries, path)
    if not messages:
        catalog.scanned_entries = entries
    for entry in entries:
        if entry.is_header:
            continue
        if not entry.msgid and not entry.obsolete:
            raise InputError(
                "message with an empty msgid (only the header entry may have one)",
                Location(path, entry.msgid_line),
            )
        if not messages:
            continue
        message = _message(entry)
        if entry.obsolete:
            catalog.obsolete[catalog._key_for(message.id, message.context)] = message
        else:
            catalog[message.id] = message
    return catalog


def read_catalog(path, locale=None, messages: bool = True) -> PoCatalog:
    """Read a PO or POT file; every problem becomes an `InputError` located by line.

    Rejected: unreadable files, invalid UTF-8 (byte offset and line given), a charset other than
    UTF-8, syntax errors, the same msgctxt+msgid twice (both lines named), an unparseable
    Plural-Forms, or a missing one when the catalog has plural messages (msgfmt's rule). Accepted:
    a UTF-8 BOM (stripped; `catalog.has_bom` tells a checker) and CRLF line ends. `locale`, when
    given, wins over the `Language` header and supplies the CLDR plural rule.
    """
    text, has_bom = read_text(path)
    catalog = catalog_from_text(text, str(path), locale, messages)
    catalog.has_bom = has_bom
    return catalog
