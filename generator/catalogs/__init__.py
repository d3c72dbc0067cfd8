"""gettext catalogs: CLDR plural headers, strict PO reading, deterministic writing, merging, lookup.

Translators edit `locales/<lang>/LC_MESSAGES/messages.po`; `extract` writes `locales/messages.pot`
(`make_template`), `update` merges it (`update_catalog`), `add-locale` creates one (`new_catalog`),
the build reads them (`read_catalog` -> `Translations`) and checkers use `scan_entries` for exact
lines and translator comments.
"""

from generator.catalogs.locales import canonical_locale, parse_locale
from generator.catalogs.lookup import Translations
from generator.catalogs.maintain import make_template, new_catalog, update_catalog
from generator.catalogs.plurals import (
    categories_for_header,
    check_plural_header,
    gettext_plural_forms,
    plural_forms_header,
    plural_index,
)
from generator.catalogs.pofile import PoCatalog, PoMessage, read_catalog, render_catalog, write_catalog
from generator.catalogs.scan import Entry, scan_entries

__all__ = [
    "Entry",
    "PoCatalog",
    "PoMessage",
    "Translations",
    "canonical_locale",
    "categories_for_header",
    "check_plural_header",
    "gettext_plural_forms",
    "make_template",
    "new_catalog",
    "parse_locale",
    "plural_forms_header",
    "plural_index",
    "read_catalog",
    "render_catalog",
    "scan_entries",
    "update_catalog",
    "write_catalog",
]
