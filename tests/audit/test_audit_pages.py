"""Pages the team wrote by hand, in seven languages and three formats, audit clean; a copy with one
figure, unit, clock, currency, weekday or time zone changed is flagged with the fact it concerns."""

from __future__ import annotations

import pytest
from audit_helpers import TEAM_PAGES, audit, digit_edits, errors, fact_id, replace_once, run, team_page

PRICE, PLAN = "price", "plans.all-inclusive"
DAYS, HOURS, ZONE = "values.dedicated.days", "values.dedicated.hours", "values.dedicated.zone"
ROUTING, ALWAYS = "features.priority-routing.body", "texts.availability_intro"


def sev(level: int, what: str) -> str:
    return f"severities.{level}.{what}"


# What each page says that the policy does not: marketing only.
EXTRAS = {
    "en": ["“4.8”", "“2,500” (2500)", "“30 days”"],
    "pt": [], "bg": ["“10 000” (10000)", "“14 дни” (14 days)"], "fr": ["“500”"], "de": [], "ru": [], "ar": [],
}


@pytest.mark.parametrize("locale", sorted(TEAM_PAGES))
def test_team_page_audits_clean(locale):
    text, name = team_page(locale)
    found = audit(text, locale, name)
    assert errors(found) == [], "\n".join(f"{f.line}: {f.message}" for f in errors(found))
    assert sorted(f.found for f in found) == sorted(EXTRAS[locale])


@pytest.mark.parametrize("locale", sorted(TEAM_PAGES))
def test_every_fact_is_read_from_the_team_page(locale):
    text, name = team_page(locale)
    a = run(text, locale, name)
    stated = {fact.id for fact, _ in a.matches}
    wanted = {f.id for f in a.facts.all() if f.kind not in ("none", "plan")}
    assert wanted <= stated, sorted(wanted - stated)


# (locale, text, edited text, the fact the error must name, the line to edit or None)
EDITS = [
    # English, Markdown with a pipe table
    ("en", "€1,000 per month", "€1,000 per year", PRICE, None),
    ("en", "€1,000 per month", "$1,000 per month", PRICE, None),
    ("en", "**All-inclusive** plan", "**Growth** plan", PLAN, None),
    ("en", "second-level technical agents", "third-level technical agents", ROUTING, None),
    ("en", "stays open 24/7", "stays open 24/5", ALWAYS, None),
    ("en", "Monday to Friday", "Monday to Saturday", DAYS, "Dedicated email"),
    ("en", "5:00 PM", "6:00 PM", HOURS, "Dedicated chat"),
    ("en", "CET", "ET", ZONE, "Dedicated email"),
    ("en", "Every 4 hours", "Every 4 business hours", sev(1, "follow_up"), None),
    ("en", "| 2 business hours;", "| 2 hours;", sev(3, "initial_response"), None),
    ("en", "within 1–2 hours", "within 2–3 hours", sev(3, "contact_window"), None),
    ("en", "| 2 business days |", "| 2 days |", sev(3, "follow_up"), None),
    ("en", "within 24 hours |", "within 48 hours |", sev(5, "contact_within"), "Severity 5"),
    ("en", "| Your agent keeps you posted |", "| 3 business days |", sev(5, "follow_up"), "Severity 5"),
    # Portuguese, HTML
    ("pt", "1.000,00 € por mês", "1.000,00 € por ano", PRICE, None),
    ("pt", "de segundo nível", "de terceiro nível", ROUTING, None),
    ("pt", "a sexta-feira", "a sábado", DAYS, "Email dedicado"),
    ("pt", "às 17h", "às 18h", HOURS, "Chat dedicado"),
    ("pt", "(CET)", "(BRT)", ZONE, "Email dedicado"),
    ("pt", "<td>até 2 horas úteis<br>", "<td>até 2 dias úteis<br>", sev(3, "initial_response"), None),
    ("pt", "em 1 a 2 horas.", "em 1 a 4 horas.", sev(3, "contact_window"), None),
    # Bulgarian, plain text with a heading per severity
    ("bg", "1 000 € на месец", "1 000 лв. на месец", PRICE, None),
    ("bg", "от второ ниво", "от първо ниво", ROUTING, None),
    ("bg", "от понеделник", "от вторник", DAYS, "Личен чат"),
    ("bg", "CET", "EET", ZONE, "Личен имейл"),
    ("bg", "до 2 работни часа", "до 2 часа", sev(3, "initial_response"), None),
    ("bg", "до 2 работни дни", "до 5 работни дни", sev(3, "follow_up"), None),
    ("bg", "Ниво 2 – високо\nПърви отговор: до 1 час.", "Ниво 2 – високо\nПърви отговор: до 3 часа.",
     sev(2, "initial_response"), None),
    # French, Markdown list of severities
    ("fr", "1 000 € par mois", "1 000 € par an", PRICE, None),
    ("fr", "niveau 2", "niveau 3", ROUTING, None),
    ("fr", "chat 24h/24 et 7j/7", "chat 24h/24 et 6j/7", ALWAYS, None),
    ("fr", "au vendredi", "au jeudi", DAYS, "chat dédié"),
    ("fr", "à 17 h", "à 16 h", HOURS, "e-mail dédié"),
    ("fr", "toutes les 4 heures", "toutes les 6 heures", sev(1, "follow_up"), "Gravité 1"),
    ("fr", "suivi sous 2 jours ouvrés", "suivi sous 2 jours", sev(3, "follow_up"), None),
    # German, HTML table
    ("de", "1.000 € pro Monat", "1.000 CHF pro Monat", PRICE, None),
    ("de", "der zweiten Stufe", "der dritten Stufe", ROUTING, None),
    ("de", "Mo–Fr", "Mo–Sa", DAYS, None),
    ("de", "9–17 Uhr", "9–18 Uhr", HOURS, None),
    ("de", "MEZ", "OEZ", ZONE, None),
    ("de", "<td>binnen 2 Geschäftsstunden;", "<td>binnen 2 Stunden;", sev(3, "initial_response"), None),
    ("de", "<td>binnen 2 Werktagen</td>", "<td>binnen 3 Werktagen</td>", sev(3, "follow_up"), None),
    ("de", "binnen eines Werktags;", "binnen eines Tages;", sev(4, "initial_response"), "Schweregrad 4"),
    # Russian, plain text, tab-separated table
    ("ru", "1000 евро в месяц", "1000 долларов в месяц", PRICE, None),
    ("ru", "второго уровня", "третьего уровня", ROUTING, None),
    ("ru", "по пятницу", "по четверг", DAYS, "— чат"),
    ("ru", "до 17:00", "до 19:00", HOURS, "— электронная почта"),
    ("ru", "по центральноевропейскому времени", "по московскому времени", ZONE, "— электронная почта"),
    ("ru", "в течение суток", "в течение двух суток", sev(4, "contact_within"), "Уровень 4"),
    ("ru", "в течение часа", "в течение двух часов", sev(1, "initial_response"), "Уровень 1"),
    # Arabic, Markdown table
    ("ar", "1000 يورو شهريًا", "1000 دولار شهريًا", PRICE, None),
    ("ar", "من المستوى الثاني", "من المستوى الثالث", ROUTING, None),
    ("ar", "إلى الجمعة", "إلى الخميس", DAYS, "الدردشة المخصصة"),
    ("ar", "5:00 م", "6:00 م", HOURS, "الدردشة المخصصة"),
    ("ar", "| خلال ساعتي عمل،", "| خلال ساعتين،", sev(3, "initial_response"), None),
    ("ar", "| خلال يومي عمل |", "| خلال يومين |", sev(3, "follow_up"), None),
]


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: f"{e[0]}:{e[3]}:{e[2][:20]}")
def test_a_single_changed_figure_on_a_team_page_is_an_error_naming_its_fact(edit):
    locale, old, new, fact, line = edit
    text, name = team_page(locale)
    found = errors(audit(replace_once(text, old, new, line), locale, name))
    assert [f.msgctxt for f in found] == [fact_id(fact)], "\n".join(f"{f.msgctxt}: {f.message}" for f in found)


def test_an_unknown_zone_name_is_a_missing_zone_not_silence():
    """"heure de Gotham" is no zone the reader knows: the schedule's zone is then missing."""
    text, name = team_page("fr")
    edited = text.replace("heure de Paris", "heure de Gotham")
    found = errors(audit(edited, "fr", name))
    assert [(f.rule, f.msgctxt) for f in found] == [("SLA702", fact_id(ZONE))]


def test_a_zone_named_by_a_city_is_that_citys_zone():
    """"heure de Londres" is London's zone (CLDR's French name of the city): another zone than
    the schedule's; "heure de Rome" is the schedule's own."""
    text, name = team_page("fr")
    found = errors(audit(text.replace("heure de Paris", "heure de Londres"), "fr", name))
    assert found and {(f.rule, f.msgctxt) for f in found} == {("SLA701", fact_id(ZONE))}  # once per mention
    assert errors(audit(text.replace("heure de Paris", "heure de Rome"), "fr", name)) == []


@pytest.mark.parametrize("locale", ["en", "bg", "fr", "ru", "ar"])
def test_every_number_of_every_fact_changed_is_caught_on_team_pages(locale):
    text, name = team_page(locale)
    count = 0
    for fid, shown, edited in digit_edits(text, locale, name):
        found = errors(audit(edited, locale, name))
        assert [f.msgctxt for f in found] == [fid], (shown, [f.message for f in found])
        count += 1
    assert count >= 10


def test_a_clock_change_names_business_versus_calendar_time():
    text, name = team_page("en")
    (f,) = errors(audit(replace_once(text, "| 2 business days |", "| 2 days |"), "en", name))
    assert f.rule == "SLA701" and "business time" in f.message
    assert (f.expected, f.found) == ("2 business days", "“2 days”")


def test_html_findings_point_at_the_source_line():
    text, name = team_page("pt")
    edited = replace_once(text, "O agente contacta-o em 1 a 2 horas.", "O agente contacta-o em 1 a 4 horas.")
    (f,) = errors(audit(edited, "pt", name))
    assert "1 a 4 horas" in edited.split("\n")[f.line - 1]
