"""Turn what a person typed (`pt-BR`, `ru`, `english`) into a CLDR locale Babel knows.

Catalog directories, `Language` headers and plural rules all key on the canonical identifier, so
every entry point (`add-locale`, `update`, a `--locale` flag) goes through `parse_locale`; an
unknown name becomes an `InputError` with a hint instead of a Babel traceback.
"""

from __future__ import annotations

import difflib
from functools import lru_cache

from babel import Locale
from babel.core import UnknownLocaleError

from generator.errors import InputError, Location

# Identifiers Babel accepts that are not a language a catalog could be written in.
_NOT_LANGUAGES = {"root", "und", "mul", "zxx", "mis"}


@lru_cache(maxsize=256)
def _parse(identifier: str) -> Locale:
    return Locale.parse(identifier.replace("-", "_"))


def parse_locale(name: str | Locale, location: Location | None = None) -> Locale:
    """The Babel `Locale` for `name` (`pt_BR`, `pt-BR`, `pt_br` all work).

    Raises `InputError` (exit code 2) for names CLDR does not know, suggesting the code when
    the name is a language's English name (`english` -> `en`) or a near miss.
    """
    if isinstance(name, Locale):
        return name
    text = (name or "").strip()
    if text and text.lower() not in _NOT_LANGUAGES:
        try:
            return _parse(text)
        except (UnknownLocaleError, ValueError, TypeError):
            pass
    raise InputError(f"unknown locale {name!r}", location, _suggest(text))


def canonical_locale(name: str | Locale, location: Location | None = None) -> str:
    """The canonical identifier (`pt_BR`) used for directory names and the `Language` header."""
    return str(parse_locale(name, location))


def _suggest(text: str) -> str:
    """A hint naming the likely code: by English language name first, then by spelling."""
    base = "use a CLDR locale identifier such as 'fr', 'de', 'pt_BR'"
    if not text:
        return base
    names = Locale("en").languages  # code -> English name, one locale load
    wanted = text.lower().replace("-", " ").replace("_", " ")
    by_name = {v.lower(): k for k, v in names.items()}
    if wanted in by_name:
        return f"did you mean '{by_name[wanted]}'? ({base})"
    close = difflib.get_close_matches(wanted, list(by_name), n=1, cutoff=0.8)
    if close:
        return f"did you mean '{by_name[close[0]]}' ({names[by_name[close[0]]]})? ({base})"
    return base
