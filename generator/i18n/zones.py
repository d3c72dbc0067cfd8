"""Time-zone display names that hold all year, for opening hours.

A schedule "9:00–17:00 Europe/Paris" runs in January and in July, so its zone name must not pick a
season. CLDR's generic metazone name ("Central European Time") does exactly that. Babel 2.18 gets
in the way twice: its location fallback says "summer time" all year in ru and bg (it stores the
daylight region format as the generic one), and it files metazones under CLDR's old zone ids
(Asia/Calcutta) while mapping them to the new ones (Asia/Kolkata). Both are worked around here.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone, get_timezone_location

from generator.errors import InputError

# Two fixed instants (January, July) tell whether a zone observes daylight saving time; fixed so
# the answer never depends on today's date.
_DST_PROBES = (_dt.datetime(2025, 1, 15, 12), _dt.datetime(2025, 7, 15, 12))
_NO_INHERITANCE = "∅∅∅"


def _observes_dst(tz: _dt.tzinfo) -> bool:
    return any(tz.dst(tz.localize(p) if hasattr(tz, "localize") else p.replace(tzinfo=tz))
               for p in _DST_PROBES)


def _named(info, width: str, variant: str) -> str | None:
    name = (info or {}).get(width, {}).get(variant)
    return name if name and name != _NO_INHERITANCE else None


def _region_format_is_daylight(loc: Locale) -> bool:
    """Whether Babel stored the locale's *daylight* region format in place of the generic one.

    Babel 2.18 keeps `{0}, летнее время` (ru) and `{0} – лятно часово време` (bg) as the region
    format, so its location names say "summer time" all year. Detected by the format's own words
    appearing in the daylight name of Central European time but not in its generic name.
    """
    fixed = loc._data["zone_formats"].get("region", "%s").replace("%s", "").strip(" ,:–-()")
    names = loc.meta_zones.get("Europe_Central", {}).get("long", {})
    daylight, generic = names.get("daylight", ""), names.get("generic", "")
    return bool(fixed) and fixed in daylight and fixed not in generic


@lru_cache(maxsize=None)
def _timezone(tzid: str):
    """Babel's tzinfo for `tzid`, kept: zoneinfo holds only a few zones strongly, and the figure
    reader names all ~400 of CLDR's zones for every locale (each a tzdata file read)."""
    return get_timezone(tzid)


@lru_cache(maxsize=None)
def _cldr_zone_ids(tzid: str) -> tuple[str, ...]:
    """Every id CLDR may file the zone under: as given, its alias target, the old names for it.

    Babel 2.18 maps Asia/Calcutta -> Asia/Kolkata but keys its metazones by Asia/Calcutta (and
    Europe/Kiev, not Europe/Kyiv), so the IANA name alone finds no "India Standard Time".
    """
    aliases = get_global("zone_aliases")
    older = sorted(old for old, new in aliases.items() if new == tzid)
    return tuple(dict.fromkeys([tzid, aliases.get(tzid, tzid), *older]))


def zone_name(tzid: str, loc: Locale) -> str:
    """The long name of `tzid` for a schedule, in the order CLDR's fallback suggests.

    1. the generic name, the zone's own or its metazone's ("Mitteleuropäische Zeit");
    2. for a zone without daylight saving time (UTC, Asia/Kolkata), its standard name
       ("Coordinated Universal Time", "India Standard Time");
    3. the location name ("United Kingdom Time"), with Babel's summer-time wording removed where
       its region format is the daylight one (ru "Великобритания", not "..., летнее время").
    """
    try:
        tz = _timezone(tzid)
    except LookupError as exc:
        raise InputError(f"unknown time zone {tzid!r}", hint="use an IANA id such as Europe/Paris") from exc
    ids = _cldr_zone_ids(tzid)
    own = next((loc.time_zones[z] for z in ids if z in loc.time_zones), {})
    metazone = next((get_global("meta_zones")[z] for z in ids if z in get_global("meta_zones")), None)
    shared = loc.meta_zones.get(metazone, {}) if metazone else {}
    name = _named(own, "long", "generic") or _named(shared, "long", "generic")
    if name is None and not _observes_dst(tz):
        name = _named(own, "long", "standard") or _named(shared, "long", "standard")
    if name is None:
        try:
            name = get_timezone_location(tz, locale=loc)
        except KeyError:  # a sparse locale without territory names: CLDR's city-from-id fallback
            return tzid.rsplit("/", 1)[-1].replace("_", " ")
        if _region_format_is_daylight(loc):
            before, _, after = loc._data["zone_formats"]["region"].partition("%s")
            name = name.removeprefix(before).removesuffix(after)
    return name
