"""The in-memory catalog: Babel's `Catalog`/`Message` with the file's own header and exact flags.

Why subclasses: Babel's `Message` adds `python-format` whenever a msgid matches `%[ ]?[diouxs...]`
("99.9% uptime", "100% satisfied"), after which msgfmt -c rejects good translations, and it
dedupes repeated comment lines; Babel's `Catalog` regenerates its header from attributes (a
moving `POT-Creation-Date`, `Generated-By: Babel <version>`, unknown `X-` fields dropped). These
keep what the file or the extractor said, so a write is deterministic byte for byte.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from babel.messages.catalog import Catalog, Message

from generator.catalogs import plurals

_FORMAT_FLAG_SUFFIX = "-format"


def is_format_flag(flag: str) -> bool:
    """`python-brace-format`, `no-python-format`, ...: flags that describe the msgid's syntax."""
    return flag.endswith(_FORMAT_FLAG_SUFFIX)


class PoMessage(Message):
    """A Babel `Message` that keeps its flags and comments exactly as given.

    Babel's constructor adds `python-format` whenever the msgid matches `%[ ]?[diouxs...]`
    (so "99.9% uptime" or "100% satisfied" become python-format and msgfmt -c then rejects good
    translations) and dedupes repeated comment lines; here flags are the extractor's or the
    file's. Adds `previous_context` (`#| msgctxt`) and `msgstr_lineno`.
    """

    def __init__(
        self,
        id,
        string="",
        locations=(),
        flags=(),
        auto_comments=(),
        user_comments=(),
        previous_id=(),
        lineno=None,
        context=None,
        *,
        previous_context=None,
        msgstr_lineno=None,
    ):
        super().__init__(
            id, string, locations, flags, auto_comments, user_comments, previous_id, lineno, context
        )
        self.flags = set(flags)
        self.auto_comments = list(auto_comments)
        self.user_comments = list(user_comments)
        self.previous_context = previous_context
        self.msgstr_lineno = msgstr_lineno

    def clone(self) -> PoMessage:
        return PoMessage(
            self.id,
            self.string,
            list(self.locations),
            set(self.flags),
            list(self.auto_comments),
            list(self.user_comments),
            list(self.previous_id),
            self.lineno,
            self.context,
            previous_context=self.previous_context,
            msgstr_lineno=self.msgstr_lineno,
        )


class PoCatalog(Catalog):
    """A Babel `Catalog` whose header is the file's own ordered `(name, value)` fields.

    `num_plurals`/`plural_expr` follow the `Plural-Forms` field when present, else the CLDR rule
    of the locale. `has_bom`, `crlf`, `path`, `header_lineno` and `header_field_lines` (lower-case
    name -> line) describe the file it was read from; `scanned_entries` holds its entries when it
    was read without Babel's message objects.
    """

    def __init__(
        self,
        locale=None,
        *,
        header_fields: Iterable[tuple[str, str]] = (),
        header_comments: Iterable[str] = (),
        fuzzy: bool = False,
    ):
        super().__init__(locale=locale, header_comment="", fuzzy=fuzzy, creation_date=_EPOCH)
        self.header_fields: list[tuple[str, str]] = list(header_fields)
        self.header_comments: list[str] = list(header_comments)
        self.has_bom = False
        self.crlf = False
        self.path: str | None = None
        self.header_lineno: int | None = None
        self.header_field_lines: dict[str, int] = {}
        # read with messages=False (reader.catalog_from_text): the file's scanned entries instead
        self.scanned_entries: list | None = None

    def header(self, name: str) -> str | None:
        """The value of a header field (case-insensitive), or None."""
        wanted = name.lower()
        return next((v for k, v in self.header_fields if k.lower() == wanted), None)

    def set_header(self, name: str, value: str) -> None:
        """Replace a field's value in place, or append the field."""
        for i, (k, _) in enumerate(self.header_fields):
            if k.lower() == name.lower():
                self.header_fields[i] = (k, value)
                return
        self.header_fields.append((name, value))

    @property
    def mime_headers(self) -> list[tuple[str, str]]:  # Babel API, used by Catalog.__iter__
        return list(self.header_fields)

    @mime_headers.setter
    def mime_headers(self, headers: Iterable[tuple[str, str]]) -> None:
        self.header_fields = list(headers)

    def _plural(self) -> tuple[int, str]:
        value = self.header("Plural-Forms")
        if value:
            try:
                return plurals.parse_plural_header(value)
            except ValueError:
                pass
        if self.locale is not None:
            nplurals, expr, _ = plurals.gettext_plural_forms(self.locale)
            return nplurals, expr
        return 2, "(n != 1)"

    @property
    def num_plurals(self) -> int:
        return self._plural()[0]

    @property
    def plural_expr(self) -> str:
        return self._plural()[1]

    @property
    def plural_forms(self) -> str:
        nplurals, expr = self._plural()
        return f"nplurals={nplurals}; plural={expr};"


_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)  # Babel would stamp "now"
