"""Every figure slasite formats reads back to its own value, in every locale of the benchmark.

The rendered-page check (SLA301) reads each figure's visible text with `read_figures` and
compares it with the machine value. A reader that cannot read the project's own Babel output
makes that check cry wolf, so here each kind of figure the formatter produces (money with and
without a period, durations in every unit, duration ranges, time ranges and single times,
weekday ranges, lists and single weekdays, time-zone names, counts) is formatted with the real
formatting functions the renderer uses and must be read back to exactly its value, once per
locale. A second part checks the other direction: ordinary prose with common words that look
like figures (French "or", Thai letters that are weekday abbreviations, ...) reads as nothing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from generator.checks.rendered import page_figures, text_says
from generator.errors import InputError
from generator.figures import read_figures
from generator.figures.zones import zone_of
from generator.i18n import format as fmt
from generator.model.types import Count, Duration, DurationRange, Money, Ordinal

LOCALES = (
    "en", "pt", "bg", "fr", "de", "ru", "ar", "es", "it", "nl",
    "pl", "sv", "da", "fi", "nb", "cs", "sk", "sl", "hr", "uk",
    "el", "tr", "he", "fa", "hi", "ja", "ko", "zh", "pt_BR", "hu",
    "ro", "lt", "lv", "et", "ca", "id", "vi", "th", "sr", "ms",
)
WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
UNITS = ("minutes", "hours", "days", "weeks", "business_hours", "business_days")
ZONES = ("Europe/Paris", "Europe/London", "Europe/Lisbon", "Europe/Sofia", "Europe/Moscow",
         "America/New_York", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Tokyo",
         "Asia/Kolkata", "Asia/Dubai", "Australia/Sydney", "UTC")
HOURS = (((9, 0), (17, 0)), ((8, 30), (18, 0)), ((7, 0), (12, 0)), ((13, 0), (22, 0)),
         ((0, 0), (12, 0)), ((10, 0), (23, 30)), ((11, 0), (12, 0)))


def _hhmm(t: tuple[int, int]) -> str:
    return f"{t[0]:02d}:{t[1]:02d}"


def _business(call):
    """A business-unit figure, or None where the glossary has no wording for the locale (the
    renderer then writes the catalog's or the source language's wording)."""
    try:
        return call()
    except InputError:
        return None


def cases(locale: str):
    """(formatted figure, [(kind, value), ...] it must read as) for every kind the formatter
    produces; a list of weekdays reads as its items."""
    for amount, currency in ((Decimal(1000), "EUR"), (Decimal("49.5"), "USD"), (Decimal(250), "GBP"),
                             (Decimal(1500000), "JPY"), (Decimal(12), "CHF")):
        for period in (None, "day", "week", "month", "year"):
            money = Money(amount, currency, period)
            yield fmt.format_money(money, locale), [("money", (amount, currency, period, None))]
        yield fmt.format_amount(Money(amount, currency, "month"), locale), [("money", (amount, currency, None, None))]
    for unit in UNITS:
        for n in (1, 2, 3, 4, 5, 8, 11, 21, 24, 30, Decimal("1.5")):
            got = _business(lambda: fmt.format_duration(Duration(Decimal(n), unit), locale))
            if got is not None:
                yield got, [("duration", (Decimal(n), unit))]
        for lo, hi in ((1, 2), (2, 4), (4, 8), (5, 10)):
            got = _business(lambda: fmt.format_duration_range(DurationRange(Decimal(lo), Decimal(hi), unit), locale))
            if got is not None:
                yield got, [("duration_range", (Decimal(lo), Decimal(hi), unit))]
    for opens, closes in HOURS:
        got = fmt.format_time_range(dt.time(*opens), dt.time(*closes), locale)
        yield got, [("time_range", (_hhmm(opens), _hhmm(closes)))]
        yield fmt.format_time(dt.time(*opens), locale), [("time", _hhmm(opens))]
        yield fmt.format_time(dt.time(*closes), locale), [("time", _hhmm(closes))]
    for days in (WEEK[:5], WEEK[:6], WEEK, WEEK[1:4], WEEK[4:]):
        yield fmt.format_weekdays(days, locale), [("weekday_range", (days[0], days[-1]))]
    for days in (WEEK[5:], ("mon", "wed")):
        yield fmt.format_weekdays(days, locale), [("weekday", d) for d in days]
    for day in WEEK:
        yield fmt.format_weekdays((day,), locale), [("weekday", day)]
    for zone in ZONES:
        yield fmt.format_timezone(zone, locale), [("timezone", zone_of(zone, "en"))]
    for n in (1, 2, 3, 10, 1000, 12345, 1000000):
        yield fmt.format_count(Count(n), locale), [("number", Decimal(n))]
    for n in (1, 2, 3, 10):
        yield fmt.format_ordinal(Ordinal(n), locale), [("number", Decimal(n))]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_formatted_figure_reads_back_to_its_value(locale):
    wrong = []
    for figure, expected in cases(locale):
        found = [(f.kind, f.value) for f in read_figures(figure.text, locale)]
        if found != expected:
            wrong.append(f"{figure.kind} {figure.text!r}: read {found}, expected {expected}")
    assert not wrong, "\n".join(wrong)


def _sla301_rejects(figure, locale: str) -> str | None:
    """What SLA301 says about the element the renderer writes for `figure`, None if it is happy."""
    page = f'<html lang="{locale.replace("_", "-")}"><p>{figure.html("f")}</p></html>'
    (fig,) = page_figures(page)
    ok, read = text_says(fig, locale)
    return None if ok else f"{fig.kind} {fig.text!r} = {fig.machine}: read as {read}"


def _runs_of_days(figure) -> bool:
    """A weekday figure of one run of consecutive days, or any other kind of figure."""
    if figure.kind != "weekdays":
        return True
    days = [WEEK.index(d) for d in figure.machine.split(",")]
    return all(b == a + 1 for a, b in zip(days, days[1:]))


@pytest.mark.parametrize("locale", LOCALES)
def test_the_rendered_check_accepts_every_formatted_figure(locale):
    """The same figures through SLA301's own path: the element the renderer writes, scanned and
    read back as the check does."""
    wrong = [why for figure, _ in cases(locale) if _runs_of_days(figure)
             if (why := _sla301_rejects(figure, locale))]
    assert not wrong, "\n".join(wrong)


def test_the_rendered_check_accepts_a_list_of_separate_days():
    figure = fmt.format_weekdays(("mon", "wed"), "en")
    assert [(f.kind, f.value) for f in read_figures(figure.text, "en")] == [("weekday", "mon"), ("weekday", "wed")]
    assert _sla301_rejects(figure, "en") is None


@pytest.mark.parametrize("days", [("mon", "wed"), ("mon", "tue", "wed", "fri"), ("fri", "sat", "sun", "mon")])
@pytest.mark.parametrize("locale", ["en", "de", "ru", "ar"])
def test_the_rendered_check_reads_days_as_a_set(days, locale):
    assert _sla301_rejects(fmt.format_weekdays(days, locale), locale) is None


@pytest.mark.parametrize("text", ["Monday and Thursday", "Monday, Wednesday, and Friday", "Monday – Wednesday",
                                  "Monday"])
def test_the_rendered_check_catches_a_missing_or_extra_day(text):
    page = f'<html lang="en"><data class="fig" data-kind="weekdays" value="mon,wed">{text}</data></html>'
    (fig,) = page_figures(page)
    assert text_says(fig, "en")[0] is False


# --- the check still catches a wrong figure in the example's locales ------------------------------

WRONG_TEXTS = {  # locale: (kind, machine value, a text saying something else)
    "en": ("weekdays", "mon,tue,wed,thu,fri", "Monday – Saturday"),
    "pt": ("time_range", "09:00/17:00", "09:00–18:00"),
    "bg": ("weekdays", "mon,tue,wed,thu,fri", "понеделник – събота"),
    "fr": ("money", "1000 EUR/month", "1 000 € par an"),
    "de": ("duration", "PT2H", "2 Stunden"),
    "ru": ("time_range", "09:00/17:00", "10:00–17:00"),
    "ar": ("weekdays", "mon,tue,wed,thu,fri", "الاثنين – السبت"),
}


@pytest.mark.parametrize("locale", sorted(WRONG_TEXTS))
def test_the_rendered_check_still_catches_a_wrong_figure(locale):
    kind, machine, text = WRONG_TEXTS[locale]
    unit = ' data-clock="business" data-unit="business_hours"' if kind == "duration" else ""
    page = f'<html lang="{locale}"><data class="fig" data-kind="{kind}"{unit} value="{machine}">{text}</data></html>'
    (fig,) = page_figures(page)
    ok, _ = text_says(fig, locale)
    assert not ok


# --- prose that only looks like figures --------------------------------------------------------

QUIET_PROSE = [
    # French "or" (now, however) is also CLDR's name of gold (XAU)
    ("fr", "Or, le support répond à chaque demande."),
    ("fr", "Or le client doit d'abord ouvrir un ticket, et l'or n'y change rien."),
    ("ca", "Or, el suport respon a cada petició."),
    # Thai single-letter weekday abbreviations (จ Monday, พ Wednesday, ศ Friday...) inside words
    ("th", "กรุณาติดต่อใจ, พนักงานของเรา"),
    ("th", "ด้วยความใส่ใจ และ พร้อมช่วยเหลือ"),
    ("th", "ผมจะจ่ายและพนักงานจะรับเรื่อง"),
    ("th", "ทีมงานพร้อมช่วยเหลือ จ่ายเงิน - พนักงาน"),
    # Japanese abbreviations 月 (Monday; month) and 金 (Friday; money) around CLDR's "～" and "、"
    ("ja", "今月～金額をご確認ください。"),
    ("ja", "毎月、金額を確認します。"),
    # Japanese 円 (yen) is also the 円 of 円滑 (smooth), 円グラフ (pie chart)
    ("ja", "円滑なサポートを提供します。"),
    ("ja", "円グラフで表示します。"),
    # Korean 월 (Monday; month) and 금 (Friday; gold) with CLDR's "~"
    ("ko", "매월 ~ 금액을 확인하세요."),
    # Hindi abbreviations र (Sunday), सो (Monday), बु (Wednesday) at the start of words
    ("hi", "सोना, बुरा और रात"),
    # Hebrew: a glued "ו" (and) makes no weekday of an ordinary word
    ("he", "הוא אמר שלום ויום טוב"),
]


@pytest.mark.parametrize("locale, text", QUIET_PROSE)
def test_ordinary_prose_reads_as_no_figure(locale, text):
    assert read_figures(text, locale) == []


# --- and the forms those traps must not cost ---------------------------------------------------

@pytest.mark.parametrize("locale, text, value", [
    ("th", "จ. – ศ.", ("mon", "fri")),
    ("th", "จ - ศ", ("mon", "fri")),
    ("ja", "月～金", ("mon", "fri")),
    ("ko", "월 ~ 금", ("mon", "fri")),
    ("uk", "понеділок – п'ятниця", ("mon", "fri")),
    ("fa", "شنبه تا سه‌شنبه", ("sat", "tue")),
])
def test_weekday_abbreviations_and_separators_still_read(locale, text, value):
    assert [(f.kind, f.value) for f in read_figures(text, locale)] == [("weekday_range", value)]
