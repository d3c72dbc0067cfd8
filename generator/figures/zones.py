"""Time-zone mentions per locale, read as a canonical CLDR metazone id.

"CET", "CEST", "MEZ", "Central European Time", "heure normale d’Europe centrale",
"Центральноевропейское время", "Europe/Paris" all read as "Europe_Central": the metazone groups
the zones that keep the same clock, and the standard/summer distinction is not what a
translation gets wrong. Names come from Babel's metazone names for the locale (and English ones,
which translators often keep), abbreviations from a fixed table (case-sensitive: "EST" but not
French "est"), IANA ids through Babel's zone-to-metazone map. Offsets ("UTC+1", "GMT+02:00")
read as "UTC+01:00"; "UTC"/"GMT" alone as "UTC". `offsets()` gives the UTC offsets a value may
stand for, so compare can accept "UTC+1" for "Europe_Central".
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from babel.core import get_global

from .lexicon import arabic_clitics, babel_locale, is_spaceless, key, language, trie, word_pattern

ABBREVIATIONS = {
    "CET": "Europe_Central", "CEST": "Europe_Central", "MEZ": "Europe_Central",
    # French official usage (heure normale / avancée d'Europe centrale), not in CLDR's fr data
    "HNEC": "Europe_Central", "HAEC": "Europe_Central",
    "MESZ": "Europe_Central", "EET": "Europe_Eastern", "EEST": "Europe_Eastern",
    "OEZ": "Europe_Eastern", "OESZ": "Europe_Eastern", "WET": "Europe_Western",
    "WEST": "Europe_Western", "WEZ": "Europe_Western", "WESZ": "Europe_Western",
    "MSK": "Moscow", "МСК": "Moscow", "EST": "America_Eastern", "EDT": "America_Eastern",
    "CST": "America_Central", "CDT": "America_Central", "MST": "America_Mountain",
    "MDT": "America_Mountain", "PST": "America_Pacific", "PDT": "America_Pacific",
    "AKST": "Alaska", "AKDT": "Alaska", "HST": "Hawaii_Aleutian", "JST": "Japan", "KST": "Korea",
    "HKT": "Hong_Kong", "SGT": "Singapore", "AEST": "Australia_Eastern",
    "AEDT": "Australia_Eastern", "ACST": "Australia_Central", "AWST": "Australia_Western",
    "NZST": "New_Zealand", "NZDT": "New_Zealand", "IST": "India", "SAST": "Africa_Southern",
    "EAT": "Africa_Eastern", "WAT": "Africa_Western", "CAT": "Africa_Central", "BRT": "Brasilia",
    "ART": "Argentina", "GST": "Gulf", "PKT": "Pakistan", "ICT": "Indochina",
    "WIB": "Indonesia_Western", "BST": "UTC+01:00", "ET": "America_Eastern", "CT": "America_Central",
    "PT": "America_Pacific", "UTC": "UTC", "GMT": "UTC", "UT": "UTC",
}
EXTRA_NAMES = {
    "ru": {"центральноевропейское время": "Europe_Central",
           "центральноевропейское летнее время": "Europe_Central",
           "московское время": "Moscow", "восточноевропейское время": "Europe_Eastern",
           "время по Гринвичу": "UTC", "всемирное координированное время": "UTC"},
    "bg": {"централноевропейско време": "Europe_Central", "източноевропейско време": "Europe_Eastern",
           "българско време": "Europe_Eastern", "московско време": "Moscow"},
    "de": {"mitteleuropäische zeit": "Europe_Central", "mitteleuropäischer zeit": "Europe_Central",
           "mitteleuropäischen zeit": "Europe_Central"},
    "fr": {"heure de paris": "Europe_Central", "heure de bruxelles": "Europe_Central",
           "heure de berlin": "Europe_Central", "heure d'europe centrale": "Europe_Central",
           "heure de l'europe centrale": "Europe_Central", "heure normale d'europe centrale": "Europe_Central"},
    "pt": {"hora da europa central": "Europe_Central", "horário de brasília": "Brasilia",
           "hora de lisboa": "Europe_Western"},
    "en": {"central european time": "Europe_Central", "paris time": "Europe_Central",
           "berlin time": "Europe_Central", "coordinated universal time": "UTC",
           "universal time": "UTC", "eastern time": "America_Eastern",
           "pacific time": "America_Pacific", "central time": "America_Central",
           "moscow time": "Moscow", "brasília time": "Brasilia", "brasilia time": "Brasilia",
           "turkey time": "Turkey", "türkiye time": "Turkey", "istanbul time": "Turkey",
           "kyiv time": "Europe_Eastern", "kiev time": "Europe_Eastern"},
    "es": {"hora peninsular": "Europe_Central", "hora peninsular española": "Europe_Central"},
    "ar": {"توقيت وسط أوروبا": "Europe_Central", "بتوقيت وسط أوروبا": "Europe_Central",
           "التوقيت العالمي المنسق": "UTC", "توقيت غرينتش": "UTC"},
}
# Head words of CLDR's zone names that translators replace by a synonym: CLDR's Portuguese
# "Horário da Europa Ocidental" is as often written "hora da Europa Ocidental".
NAME_HEADS = {"pt": (("horário", "hora"),)}
# A zone named by one of its cities, the way each language says it ("heure de Rome" for CET): the
# city as CLDR writes it in the locale, else as in the zone id. "{city}" is filled in; a form
# with "{de}" is French/Italian elision ("heure d'Amsterdam", "ora di Roma").
CITY_TIME = {
    "en": ("{city} time",),
    "fr": ("heure {de}{city}",),
    "es": ("hora de {city}",),
    "pt": ("hora de {city}", "horário de {city}"),
    "it": ("ora di {city}",),
    "de": ("{city}er Zeit",),  # "Berliner Zeit", "Wiener Zeit", "Moskauer Zeit"
    "ar": ("توقيت {city}",),  # "بتوقيت القاهرة": the clitic ب is read by the pattern
    "tr": ("{city} saati", "{city} saatiyle", "{city} saatine göre"),  # "İstanbul saati"
    "ja": ("{city}時間",),  # "東京時間"
    "zh": ("{city}时间", "{city}時間"),  # "上海时间"
}
_VOWELS = frozenset("aeiouyhàâäéèêëîïôöûüœæ")
_CONTINENTS = frozenset({"Europe", "America", "Asia", "Africa", "Australia"})
_CITY_VARIANTS = {"pt": ("pt", "pt_PT"), "es": ("es", "es_419"), "fr": ("fr", "fr_CA"), "en": ("en", "en_GB")}
# Languages whose zone names inflect: their words are matched by stem ("центральноевропейскому
# времени" is the dative of "центральноевропейское время").
_STEMMED = frozenset({"ru", "uk", "be", "bg", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "lt",
                      "lv", "de", "el"})
_STEM_MARK = "\x01"
OFFSET_RE = (r"(?-i:UTC|GMT|UT|Гринуич|غرينتش|МСК|MSK)\s?([+\-])\s?(\d{1,2})(?:[:.]?(\d{2}))?"
             r"(?![\d])")
IANA_RE = r"(?<![\w/])(?-i:[A-Z][a-z]+(?:_[A-Z][a-z]+)*/[A-Z][A-Za-z_\-]+(?:/[A-Z][A-Za-z_\-]+)?)"


@dataclass(frozen=True)
class ZoneLexicon:
    names: dict  # key -> canonical zone
    stems: tuple  # ((stem words...), canonical zone)
    patterns: tuple[str, ...]  # regexes of zone mentions; the English names' one is the same
    # in most locales, so a process compiles it once (figures.read._rx)


def _canon(metazone: str) -> str:
    return "UTC" if metazone == "GMT" else metazone


def _names_of(loc: Locale, lengths=("long",)) -> dict[str, str]:
    out = {}
    meta = loc.meta_zones
    for mz in set(get_global("meta_zones").values()):
        entry = meta.get(mz)
        if not entry:
            continue
        for length in lengths:
            for variant in ("generic", "standard", "daylight"):
                try:
                    name = entry[length][variant]
                except (KeyError, TypeError):
                    continue
                if name and len(name) > 2:
                    out[name.replace("’", "'")] = _canon(mz)
    return out


def _zone_names_of(loc: Locale) -> dict[str, str]:
    """Long names CLDR gives one zone of its own rather than its metazone.

    "Coordinated Universal Time" is the name of the zone Etc/UTC (no metazone has it), and a few
    zones carry their own summer name ("British Summer Time"); the formatter prints these.
    """
    out = {}
    for zone_id, entry in loc.time_zones.items():
        canonical = _iana(zone_id)
        for variant, name in ((entry or {}).get("long") or {}).items():
            if canonical and isinstance(name, str) and len(name) > 2:
                out[name.replace("’", "'")] = canonical
    return out


def _location_names(loc: Locale) -> dict[str, str]:
    """The names the formatter gives zones without a year-round name of their own: CLDR's
    location format ("United Kingdom Time", "Birleşik Krallık Saati" for Europe/London).

    Read from the formatter itself (`i18n.zones.zone_name`, which also mends Babel's "summer
    time" wording of ru and bg), for every zone CLDR knows; a name two canonical zones share
    is left out.
    """
    from generator.i18n.zones import zone_name  # the formatter's own choice of name

    found: dict[str, str | None] = {}
    for zone_id in get_global("meta_zones"):
        canonical = _iana(zone_id)
        try:
            name = zone_name(zone_id, loc)
        except Exception:  # noqa: BLE001 - a zone Babel cannot place has no name to read
            continue
        if canonical and name:
            found[name] = canonical if found.get(name, canonical) == canonical else None
    return {n: z for n, z in found.items() if z}


def _city_times(loc: Locale, lang: str) -> dict[str, str]:
    """"heure de Rome", "hora de Madrid", "London time" -> the zone's metazone (CITY_TIME). A
    phrase two metazones would share is left out."""
    forms = CITY_TIME.get(lang, ())
    if not forms:
        return {}
    found: dict[str, str | None] = {}
    variants = [loc] + [Locale.parse(v) for v in _CITY_VARIANTS.get(lang, ()) if v != str(loc)]
    for zone_id in get_global("meta_zones"):
        canonical = _iana(zone_id)
        # cities of the continents only, one level deep: islands and bases are named after
        # ordinary words ("Pacific/Easter": "Easter time")
        if not canonical or zone_id.count("/") != 1 or zone_id.split("/")[0] not in _CONTINENTS:
            continue
        # the city as the locale writes it, as the zone id does ("Madri" and "Madrid" in pt) and
        # as the language's other big variant does (pt_PT "Moscovo", pt "Moscou")
        cities = {(other.time_zones.get(zone_id) or {}).get("city") for other in variants}
        cities.add(zone_id.rsplit("/", 1)[-1].replace("_", " "))
        for city in sorted(c for c in cities if c):
            for form in forms:
                de = "d'" if city[:1].lower() in _VOWELS else "de "
                name = form.format(city=city, de=de)
                found[name] = canonical if found.get(name, canonical) == canonical else None
    return {n: z for n, z in found.items() if z}


def _stem(name: str) -> str:
    return " ".join(w[:-2] + _STEM_MARK if len(w) >= 5 else w for w in name.lower().split())


@lru_cache(maxsize=None)
def _english_names() -> dict[str, str]:
    en = Locale.parse("en")
    names = dict(_names_of(en))
    names.update(_zone_names_of(en))
    names.update(EXTRA_NAMES.get("en", {}))
    return names


@lru_cache(maxsize=None)
def zone_lexicon(locale: str) -> ZoneLexicon:
    loc = babel_locale(locale)
    english = _english_names()
    own = dict(_names_of(loc))
    own.update(_zone_names_of(loc))
    known = {key(n) for n in english} | {key(n) for n in own}
    own.update({n: z for n, z in _location_names(loc).items() if key(n) not in known})
    own.update(EXTRA_NAMES.get(language(locale), {}))
    own.update({n: z for n, z in _city_times(loc, language(locale)).items() if key(n) not in known})
    for head, synonym in NAME_HEADS.get(language(locale), ()):
        for n, z in list({**english, **own}.items()):
            if n.lower().startswith(head + " "):
                if synonym + n[len(head):] not in english:
                    own.setdefault(synonym + n[len(head):], z)
    names = {**english, **own}
    stems = ()
    stem_words = []
    if language(locale) in _STEMMED:
        mine = {n: z for n, z in {**_names_of(loc), **EXTRA_NAMES.get(language(locale), {})}.items()
                if len(n.split()) >= 2}
        stems = tuple((tuple(_stem(n).replace(_STEM_MARK, "").split()), z) for n, z in mine.items())
        stem_words = [_stem(n) for n in mine]
    sl = is_spaceless(locale)
    abbrevs = dict(ABBREVIATIONS)
    abbrevs.update(_names_of(loc, ("short",)))
    clitics = arabic_clitics(locale)
    # English names that are also the locale's own are left to the English pattern
    own_only = {n: z for n, z in own.items() if n not in english}
    patterns = [word_pattern(abbrevs, sl, case=True), word_pattern(english, sl, before=clitics)]
    if own_only:
        patterns.append(word_pattern(own_only, sl, before=clitics))
    if stem_words:
        body = trie(stem_words).replace(re.escape(_STEM_MARK), r"\w{0,4}").replace(_STEM_MARK, r"\w{0,4}")
        patterns.append(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])")
    lookup_names = {key(n): z for n, z in names.items()}
    for a, z in abbrevs.items():
        lookup_names.setdefault(key(a), z)
    return ZoneLexicon(lookup_names, stems, tuple(patterns))


def zone_of(text: str, locale: str) -> str | None:
    """The canonical zone of a matched zone mention, or None."""
    m = re.fullmatch(OFFSET_RE, text.strip(), re.I)
    if m:
        sign, hours, minutes = m.group(1), int(m.group(2)), int(m.group(3) or 0)
        if text.strip().upper().startswith(("МСК", "MSK")):
            hours += 3 if sign == "+" else -3
            sign = "+" if hours >= 0 else "-"
            hours = abs(hours)
        if hours > 14 or minutes >= 60:
            return None
        if hours == 0 and minutes == 0:
            return "UTC"
        return f"UTC{sign}{hours:02d}:{minutes:02d}"
    if text in ABBREVIATIONS:
        return ABBREVIATIONS[text]
    iana = _iana(text)
    if iana:
        return iana
    lex = zone_lexicon(locale)
    k = key(text)
    if k in lex.names:
        return lex.names[k]
    for clitic in ("ب", "و", "وب"):
        if k.startswith(clitic) and k[len(clitic):] in lex.names:
            return lex.names[k[len(clitic):]]
    words = text.lower().split()
    for stem, zone in lex.stems:
        if len(stem) == len(words) and all(w.startswith(s) for w, s in zip(words, stem)):
            return zone
    return None


def _iana(text: str) -> str | None:
    """The canonical zone of an IANA id, under any of the names CLDR files it by.

    Babel maps the old id to the new (Asia/Calcutta -> Asia/Kolkata) but keys its metazones by
    the old one, so the new id is looked up through the ids that alias to it as well.
    """
    meta = get_global("meta_zones")
    aliases = get_global("zone_aliases")
    name = aliases.get(text, text)
    for candidate in (name, *_older_ids().get(name, ())):
        if candidate in meta:
            return _canon(meta[candidate])
    if name in ("UTC", "Etc/UTC", "Etc/GMT", "GMT"):
        return "UTC"
    return None


@lru_cache(maxsize=None)
def _older_ids() -> dict[str, tuple[str, ...]]:
    """New IANA id -> the old ids that alias to it (Asia/Kolkata -> Asia/Calcutta)."""
    older: dict[str, list[str]] = {}
    for old, new in get_global("zone_aliases").items():
        older.setdefault(new, []).append(old)
    return {new: tuple(sorted(olds)) for new, olds in older.items()}


@lru_cache(maxsize=None)
def offsets(zone: str) -> frozenset[int]:
    """UTC offsets in minutes a canonical zone value may stand for (winter and summer)."""
    m = re.fullmatch(r"UTC([+\-])(\d\d):(\d\d)", zone)
    if m:
        sign = 1 if m.group(1) == "+" else -1
        return frozenset({sign * (int(m.group(2)) * 60 + int(m.group(3)))})
    if zone == "UTC":
        return frozenset({0})
    try:
        from zoneinfo import ZoneInfo
    except ImportError:  # pragma: no cover
        return frozenset()
    found = set()
    year = _dt.date.today().year
    for tz, mz in get_global("meta_zones").items():
        if _canon(mz) != zone:
            continue
        try:
            info = ZoneInfo(tz)
        except Exception:
            continue
        for month in (1, 7):
            off = info.utcoffset(_dt.datetime(year, month, 15))
            if off is not None:
                found.add(int(off.total_seconds() // 60))
    return frozenset(found)
