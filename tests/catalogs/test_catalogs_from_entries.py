"""Lookups built from the scanned entries (`Translations.from_entries`, what builds use) equal
the lookups built from Babel's catalog of the same file, on every catalog the project has and on
the corner cases of the format."""

from pathlib import Path

import pytest

from generator.catalogs.lookup import Translations
from generator.catalogs.pofile import read_catalog

REPO = Path(__file__).resolve().parents[2]
CATALOGS = sorted(REPO.glob("locales/*/LC_MESSAGES/*.po")) + sorted(REPO.glob("tests/corpus*/*.po"))

CORNERS = '''msgid ""
msgstr ""
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);\\n"

#, fuzzy
msgctxt "a"
msgid "Stale"
msgstr "Устарело"

msgid "No context"
msgstr ""

msgctxt "p"
msgid "{num} hour"
msgid_plural "{num} hours"
msgstr[0] "{num} час"
msgstr[1] ""
msgstr[2] "{num} часов"

msgctxt "b"
msgid "Stale"
msgstr "Другое"

#~ msgctxt "gone"
#~ msgid "Old"
#~ msgstr "Старое"
'''


def same(path: Path, locale: str | None = None) -> None:
    full = Translations(read_catalog(path, locale))
    lean = Translations.from_entries(*(lambda c: (c, c.scanned_entries))(read_catalog(path, locale, messages=False)))
    assert lean.to_state() == full.to_state()


@pytest.mark.parametrize("path", CATALOGS, ids=[f"{p.parent.name}/{p.name}" for p in CATALOGS])
def test_the_project_catalogs(path):
    locale = path.parent.parent.name if path.parent.name == "LC_MESSAGES" else path.stem
    same(path, locale)


def test_fuzzy_untranslated_plural_and_obsolete_entries(tmp_path):
    path = tmp_path / "ru.po"
    path.write_text(CORNERS, encoding="utf-8")
    same(path, "ru")
    lean = Translations.from_entries(*(lambda c: (c, c.scanned_entries))(read_catalog(path, "ru", messages=False)))
    assert lean.state("a", "Stale") == "fuzzy" and lean.state("gone", "Old") == "missing"
    assert lean.state("p", "{num} hour") == "untranslated" and len(lean) == 4
