"""PO files in and out: the one import for reading, scanning and writing catalogs.

Why a facade: readers (build, check, status) and writers (extract, update, add-locale) share one
notion of a catalog; the work is split by job into `scan` (lines -> entries), `reader`
(entries -> `PoCatalog`, located errors), `writer` (catalog -> bytes on disk) and `catalog` (the
Babel subclasses).
"""

from generator.catalogs.catalog import PoCatalog, PoMessage, is_format_flag
from generator.catalogs.reader import catalog_from_text, parse_header, read_catalog
from generator.catalogs.scan import BOM, Entry, find_duplicates, scan_entries, scan_text
from generator.catalogs.writer import (
    DATE_FIELDS,
    GENERATOR,
    WIDTH,
    normalize,
    render_catalog,
    revision_stamp,
    write_catalog,
)


def has_bom(path) -> bool:
    """Whether a file starts with a UTF-8 byte-order mark (read_catalog accepts and strips it)."""
    with open(path, "rb") as handle:
        return handle.read(len(BOM)) == BOM


__all__ = [
    "DATE_FIELDS", "GENERATOR", "WIDTH", "Entry", "PoCatalog", "PoMessage", "catalog_from_text",
    "find_duplicates", "has_bom", "is_format_flag", "normalize", "parse_header", "read_catalog",
    "render_catalog", "revision_stamp", "scan_entries", "scan_text", "write_catalog",
]  # fmt: skip
