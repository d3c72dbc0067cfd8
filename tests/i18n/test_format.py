"""Figures formatted per locale, checked against strings read from Babel and judged by hand.

Every expected string below was printed from Babel 2.18 and read as a native reader would read it;
invisible characters are spelled out: NBSP U+00A0, NNBSP U+202F (French grouping, English
"9:00 AM"), THIN U+2009 (CLDR's interval dash spacing), RLM U+200F (Arabic currency format).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from decimal import Decimal

import pytest
from babel import localedata
from babel.units import format_unit

from generator.errors import InputError
from generator.i18n.format import (
    Formatted,
    format_amount,
    format_count,
    format_duration,
    format_duration_range,
    format_money,
    format_time_range,
    format_timezone,
    format_weekdays,
    placeholder_values,
)
from generator.model.types import Count, Duration, DurationRange, Money, Schedule

NBSP, NNBSP, THIN, RLM = "\u00a0", "\u202f", "\u2009", "\u200f"
LOCALES = ("en", "pt", "pt_BR", "bg", "fr", "de", "ru", "ar")

# The example policy's facts.
PRICE = Money(Decimal("1000"), "EUR", "month")
HOUR_1 = Duration(Decimal(1), "hours")
HOURS_4 = Duration(Decimal(4), "hours")
HOURS_24 = Duration(Decimal(24), "hours")
BUSINESS_HOURS_2 = Duration(Decimal(2), "business_hours")
BUSINESS_DAYS_2 = Duration(Decimal(2), "business_days")
BUSINESS_DAY_1 = Duration(Decimal(1), "business_days")
WINDOW = DurationRange(Decimal(1), Decimal(2), "hours")
DEDICATED = Schedule(("mon", "tue", "wed", "thu", "fri"), dt.time(9), dt.time(17), "Europe/Paris")
CALENDAR_VALUES = {"price": PRICE, "initial": HOUR_1, "follow_up": HOURS_4, "contact_within": HOURS_24,
                   "contact_window": WINDOW, "dedicated": DEDICATED}
ALL_VALUES = {**CALENDAR_VALUES, "standard_initial": BUSINESS_HOURS_2, "standard_follow_up": BUSINESS_DAYS_2,
              "bug_initial": BUSINESS_DAY_1}

# locale -> (price, amount, 1 hour, 4 hours, 24 hours, 1–2 hours)
MONEY_AND_DURATIONS = {
    "en": ("€1,000 per month", "€1,000", "1 hour", "4 hours", "24 hours", "1–2 hours"),
    "de": (f"1.000{NBSP}€ pro Monat", f"1.000{NBSP}€", "1 Stunde", "4 Stunden", "24 Stunden", "1–2 Stunden"),
    "fr": (f"1{NNBSP}000{NBSP}€ par mois", f"1{NNBSP}000{NBSP}€", f"1{NBSP}heure", f"4{NBSP}heures",
           f"24{NBSP}heures", f"1–2{NBSP}heures"),
    "ru": (f"1{NBSP}000{NBSP}€ в месяц", f"1{NBSP}000{NBSP}€", "1 час", "4 часа", "24 часа", "1–2 часа"),
    # CLDR bg: minimumGroupingDigits 2 (1000, but 10 000) and range pattern "{0} – {1}".
    "bg": (f"1000{NBSP}€ на месец", f"1000{NBSP}€", "1 час", "4 часа", "24 часа", "1 – 2 часа"),
    "pt": (f"€{NBSP}1.000 por mês", f"€{NBSP}1.000", "1 hora", "4 horas", "24 horas", "1–2 horas"),
    "pt_BR": (f"€{NBSP}1.000 por mês", f"€{NBSP}1.000", "1 hora", "4 horas", "24 horas", "1–2 horas"),
    # Arabic: one/two are words without a number ("an hour"); a range takes `other`.
    "ar": (f"{RLM}1,000{NBSP}€ في الشهر", f"{RLM}1,000{NBSP}€", "ساعة", "4 ساعات", "24 ساعة", "1–2 ساعة"),
}

# locale -> (days, hours, zone, whole phrase)
SCHEDULES = {
    "en": (f"Monday{THIN}–{THIN}Friday", f"9:00{NNBSP}AM{THIN}–{THIN}5:00{NNBSP}PM", "Central European Time",
           f"Monday{THIN}–{THIN}Friday, 9:00{NNBSP}AM{THIN}–{THIN}5:00{NNBSP}PM Central European Time"),
    "de": (f"Montag{THIN}–{THIN}Freitag", "09:00–17:00 Uhr", "Mitteleuropäische Zeit",
           f"Montag{THIN}–{THIN}Freitag, 09:00–17:00 Uhr Mitteleuropäische Zeit"),
    "fr": (f"lundi{THIN}–{THIN}vendredi", f"09:00{THIN}–{THIN}17:00", "heure d’Europe centrale",
           f"lundi{THIN}–{THIN}vendredi, 09:00{THIN}–{THIN}17:00 heure d’Europe centrale"),
    "ru": ("понедельник – пятница", "09:00–17:00", "Центральная Европа",
           "понедельник – пятница, 09:00–17:00 Центральная Европа"),
    "bg": ("понеделник – петък", "9:00 ч. – 17:00 ч.", "Централноевропейско време",
           "понеделник – петък, 9:00 ч. – 17:00 ч. Централноевропейско време"),
    "pt": (f"segunda-feira{THIN}–{THIN}sexta-feira", f"09:00{THIN}–{THIN}17:00", "Horário da Europa Central",
           f"segunda-feira{THIN}–{THIN}sexta-feira 09:00{THIN}–{THIN}17:00 Horário da Europa Central"),
    "ar": ("الاثنين – الجمعة", f"9:00 ص{THIN}–{THIN}5:00 م", "توقيت وسط أوروبا",
           f"الاثنين – الجمعة، 9:00 ص{THIN}–{THIN}5:00 م توقيت وسط أوروبا"),
}
SCHEDULES["pt_BR"] = SCHEDULES["pt"]

# locale -> (2 business hours, 2 business days, 1 business day), from the project glossary.
BUSINESS = {
    "en": ("2 business hours", "2 business days", "1 business day"),
    "de": ("2 Geschäftsstunden", "2 Geschäftstage", "1 Geschäftstag"),
    "fr": ("2 heures ouvrées", "2 jours ouvrés", "1 jour ouvré"),
    "ru": ("2 рабочих часа", "2 рабочих дня", "1 рабочий день"),
    "bg": ("2 работни часа", "2 работни дни", "1 работен ден"),
    "pt": ("2 horas úteis", "2 dias úteis", "1 dia útil"),
    "pt_BR": ("2 horas úteis", "2 dias úteis", "1 dia útil"),
    "ar": ("ساعتا عمل", "يوما عمل", "يوم عمل واحد"),
}


@pytest.mark.parametrize("locale", LOCALES)
def test_money_and_calendar_durations(locale):
    price, amount, one, four, day, window = MONEY_AND_DURATIONS[locale]
    values = placeholder_values(CALENDAR_VALUES, locale)
    assert values["price"].text == price
    assert values["price.amount"].text == amount
    assert values["initial"].text == one
    assert values["follow_up"].text == four
    assert values["contact_within"].text == day
    assert values["contact_window"].text == window


@pytest.mark.parametrize("locale", LOCALES)
def test_schedule_parts_and_phrase(locale):
    days, hours, zone, whole = SCHEDULES[locale]
    values = placeholder_values({"dedicated": DEDICATED}, locale)
    assert values["dedicated.days"].text == days
    assert values["dedicated.hours"].text == hours
    assert values["dedicated.zone"].text == zone
    assert values["dedicated"].text == whole
    assert values["dedicated.opens"].machine == "09:00" and values["dedicated.closes"].machine == "17:00"


@pytest.mark.parametrize("locale", LOCALES)
def test_business_durations_come_from_the_glossary(locale):
    two_hours, two_days, one_day = BUSINESS[locale]
    assert format_duration(BUSINESS_HOURS_2, locale).text == two_hours
    assert format_duration(BUSINESS_DAYS_2, locale).text == two_days
    assert format_duration(BUSINESS_DAY_1, locale).text == one_day


def test_business_range_keeps_its_numbers():
    """Arabic "two" has no number slot; a range falls back to `other`, as CLDR plural ranges do."""
    window = DurationRange(Decimal(1), Decimal(2), "business_hours")
    assert format_duration_range(window, "ar").text == "1–2 ساعة عمل"
    assert format_duration_range(window, "ru").text == "1–2 рабочих часа"


@pytest.mark.parametrize("locale", LOCALES)
def test_machine_values_are_language_neutral(locale):
    """The same machine value in every locale: it is what the check compares."""
    values = placeholder_values(ALL_VALUES, locale)
    machine = {name: f.machine for name, f in values.items()}
    assert machine == {
        "price": "1000 EUR/month", "price.amount": "1000 EUR",
        "initial": "PT1H", "follow_up": "PT4H", "contact_within": "PT24H", "contact_window": "PT1H/PT2H",
        "standard_initial": "PT2H", "standard_follow_up": "P2D", "bug_initial": "P1D",
        "dedicated": "mon,tue,wed,thu,fri 09:00/17:00 Europe/Paris", "dedicated.days": "mon,tue,wed,thu,fri",
        "dedicated.hours": "09:00/17:00", "dedicated.zone": "Europe/Paris",
        "dedicated.opens": "09:00", "dedicated.closes": "17:00",
    }
    assert values["standard_initial"].extra == (("clock", "business"), ("unit", "business_hours"))
    assert values["initial"].extra == (("clock", "calendar"), ("unit", "hours"))


@pytest.mark.parametrize("locale", LOCALES)
def test_no_raw_unit_ids_or_unfilled_patterns(locale):
    for name, f in placeholder_values(ALL_VALUES, locale).items():
        assert not re.search(r"duration-|\{\d\}|%s", f.text), (name, f.text)


def test_every_babel_locale_formats_calendar_figures():
    """Any locale Babel knows works: no crash, no raw id, no unfilled pattern (python-babel#1217)."""
    more = {**CALENDAR_VALUES, "days": Duration(Decimal(3), "days"), "weeks": Duration(Decimal(2), "weeks"),
            "minutes": Duration(Decimal(30), "minutes"), "count": Count(12345),
            "odd": Schedule(("mon", "wed", "sat"), dt.time(8, 30), dt.time(12), "Europe/London")}
    for locale in localedata.locale_identifiers():
        for name, f in placeholder_values(more, locale).items():
            assert f.text and not re.search(r"duration-|\{\d\}|%s", f.text), (locale, name, f.text)


def test_days_use_short_patterns_where_babel_lacks_long_ones():
    """Babel 2.18's pt/ar long `duration-day` and ar long `duration-week` are missing."""
    assert format_duration(Duration(Decimal(3), "days"), "pt").text == "3 dias"
    assert format_duration(Duration(Decimal(1), "days"), "pt").text == "1 dia"
    assert format_duration(Duration(Decimal(3), "days"), "ar").text == "3 أيام"
    assert format_duration(Duration(Decimal(2), "weeks"), "ar").text == "أسبوعان"  # Babel: "2 أسابيع"


@pytest.mark.parametrize("locale", ["en", "de", "fr", "ru"])
def test_agrees_with_format_unit_where_babel_is_sound(locale):
    """Our CLDR lookup picks the same pattern `format_unit` does when the data is complete."""
    for n in (1, 2, 5, 21, 24):
        ours = format_duration(Duration(Decimal(n), "hours"), locale).text
        assert ours == format_unit(Decimal(n), "duration-hour", length="long", locale=locale)


def test_html_carries_machine_values_in_a_fixed_attribute_order():
    price = format_money(PRICE, "de")
    assert str(price.html("vip:values.price")) == (
        '<data class="fig" data-kind="money" data-fact="vip:values.price" value="1000 EUR/month">'
        f"1.000{NBSP}€ pro Monat</data>")
    business = format_duration(BUSINESS_HOURS_2, "de")
    assert str(business.html("sev3")) == (
        '<time class="fig" data-kind="duration" data-clock="business" data-unit="business_hours" '
        'data-fact="sev3" datetime="PT2H">2 Geschäftsstunden</time>')
    assert str(format_duration_range(WINDOW, "en").html()) == (
        '<data class="fig" data-kind="duration_range" data-clock="calendar" data-unit="hours" '
        'value="PT1H/PT2H">1–2 hours</data>')


def test_html_escapes_text_and_attributes():
    odd = Formatted('<b>"x" & y</b>', 'a"b', "count", "data", (("note", "<&>"),))
    assert str(odd.html('f"1')) == ('<data class="fig" data-kind="count" data-note="&lt;&amp;&gt;" '
                                    'data-fact="f&#34;1" value="a&#34;b">&lt;b&gt;&#34;x&#34; &amp; y&lt;/b&gt;</data>')


def test_weeks_use_data_because_html_durations_have_no_weeks():
    weeks = format_duration(Duration(Decimal(2), "weeks"), "en")
    assert (weeks.text, weeks.machine, weeks.tag) == ("2 weeks", "P2W", "data")
    assert format_duration(Duration(Decimal(30), "minutes"), "en").html().startswith("<time ")


def test_amounts_whole_fractional_and_grouping():
    assert format_amount(Money(Decimal("1000.5"), "EUR"), "de").text == f"1.000,50{NBSP}€"
    assert format_amount(Money(Decimal("12.5"), "EUR"), "en").text == "€12.50"
    assert format_amount(Money(Decimal("10000"), "EUR"), "bg").text == f"10{NBSP}000{NBSP}€"
    assert format_money(Money(Decimal("99"), "EUR", None), "en").machine == "99 EUR"
    assert format_money(Money(Decimal("1000.50"), "EUR", "year"), "en").machine == "1000.50 EUR/year"
    # CLDR currencySpacing: a letter symbol does not touch the digits.
    assert format_amount(Money(Decimal("1000"), "CHF"), "en").text == f"CHF{NBSP}1,000"


def test_weekday_runs_ranges_and_lists():
    assert format_weekdays(("mon", "wed", "fri"), "en").text == "Monday, Wednesday, and Friday"
    assert format_weekdays(("sat", "sun"), "de").text == "Samstag und Sonntag"
    assert format_weekdays(("fri", "sat", "sun", "mon"), "ru").text == "пятница – понедельник"
    assert format_weekdays(("mon", "tue", "wed", "fri"), "fr").text == f"lundi{THIN}–{THIN}mercredi et vendredi"
    with pytest.raises(InputError):
        format_weekdays(("monday",), "en")


def test_weekday_names_do_not_leak_between_locales():
    """Babel #1234: reading one locale's inherited stand-alone names corrupted later locales."""
    root = localedata.load("root")["days"]["stand-alone"]
    before = root["wide"]
    assert format_weekdays(("mon", "tue", "wed"), "fy").text == f"moandei{THIN}–{THIN}woansdei"
    assert root["wide"] is before


@pytest.mark.parametrize("tzid", ["Europe/Paris", "Europe/London", "Europe/Moscow", "America/New_York",
                                  "Asia/Kolkata", "UTC"])
@pytest.mark.parametrize("locale", LOCALES)
def test_time_zone_names_never_name_a_season(tzid, locale):
    """A schedule runs all year: no "summer time" wording (Babel's location names say it in January)."""
    name = format_timezone(tzid, locale).text
    assert not re.search(r"летн|лятно|summer|daylight|été|sommer|verão|الصيفي", name, re.IGNORECASE), name
    assert format_timezone(tzid, locale).machine == tzid


def test_time_zone_fallbacks():
    assert format_timezone("UTC", "en").text == "Coordinated Universal Time"
    assert format_timezone("Asia/Kolkata", "en").text == "India Standard Time"
    assert format_timezone("Europe/London", "en").text == "United Kingdom Time"
    assert format_timezone("Europe/London", "ru").text == "Великобритания"
    assert format_timezone("Europe/Kyiv", "de").text == "Osteuropäische Zeit"
    with pytest.raises(InputError, match="Mars/Olympus"):
        format_timezone("Mars/Olympus", "en")


def test_time_range_follows_the_locale_clock():
    assert format_time_range(dt.time(8, 30), dt.time(12), "en").text == f"8:30{NNBSP}AM{THIN}–{THIN}12:00{NNBSP}PM"
    assert format_time_range(dt.time(9), dt.time(11), "en").text == f"9:00{THIN}–{THIN}11:00{NNBSP}AM"
    assert format_time_range(dt.time(8, 30), dt.time(12), "de").text == "08:30–12:00 Uhr"


@pytest.mark.parametrize("locale", LOCALES)
def test_counts_use_latin_digits(locale):
    """Babel's default numbering system for every target locale, ar included, is latn."""
    count = format_count(Count(3), locale)
    assert (count.text, count.machine, count.kind) == ("3", "3", "count")
    texts = [f.text for f in placeholder_values(ALL_VALUES, locale).values()]
    assert not any(re.search("[\u0660-\u0669\u06f0-\u06f9]", t) for t in texts)


def test_output_does_not_depend_on_process_time_zone_or_language(monkeypatch):
    before = {loc: placeholder_values(CALENDAR_VALUES, loc) for loc in ("en", "ru")}
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    monkeypatch.setenv("LC_ALL", "ja_JP.UTF-8")
    time.tzset()
    try:
        after = {loc: placeholder_values(CALENDAR_VALUES, loc) for loc in ("en", "ru")}
    finally:
        monkeypatch.undo()
        time.tzset()
    assert after == before


def test_unknown_locale_and_missing_glossary_entry_are_input_errors():
    with pytest.raises(InputError, match="xx_YY"):
        format_money(PRICE, "xx_YY")
    with pytest.raises(InputError, match="business_hours") as err:
        format_duration(BUSINESS_HOURS_2, "kl")  # Kalaallisut: a locale no glossary will cover
    assert "glossary" in str(err.value)
