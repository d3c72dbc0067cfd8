"""One catalog message as the message-level rules see it: source, translation, place, flags."""

from __future__ import annotations

import re
from dataclasses import dataclass

IGNORE = re.compile(r"slasite[- ]ignore:?\s*((?:SLA\d{3}[ ,]*)+)(.*)", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    locale: str
    file: str
    line: int | None
    msgctxt: str | None
    msgid: str
    msgid_plural: str | None
    msgstr: tuple[str, ...]  # one item, or one per plural form
    flags: frozenset
    comments: tuple[str, ...]  # translator comments
    plural_categories: tuple[str, ...] = ()  # CLDR category of each msgstr index (plural entries)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def translated(self) -> bool:
        return any(s for s in self.msgstr) and not self.fuzzy

    @property
    def is_plural(self) -> bool:
        return self.msgid_plural is not None

    def ignored(self) -> dict[str, str]:
        """Rule codes a translator comment switches off for this message, with the reason given."""
        out = {}
        for c in self.comments:
            m = IGNORE.search(c)
            if m:
                for code in re.findall(r"SLA\d{3}", m.group(1).upper()):
                    out[code] = m.group(2).strip(" -:—")
        return out


def from_babel(message, locale: str, file: str, categories: tuple[str, ...] = ()) -> Entry:
    """Adapt a babel.messages.catalog.Message."""
    if isinstance(message.id, (tuple, list)):
        msgid, plural = message.id[0], message.id[1]
        strings = tuple(message.string or ())
    else:
        msgid, plural = message.id, None
        strings = (message.string or "",)
    return Entry(locale, file, message.lineno, message.context, msgid, plural, strings,
                 frozenset(message.flags), tuple(message.user_comments or ()), categories)
