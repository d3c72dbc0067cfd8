"""The five published translations of the example policy (shared/seeds, beside the repository)
audit clean, and a copy with any single figure changed is flagged with the fact it concerns.

The seed pages are read at run time and edited in memory; they are never copied into the repo.
"""

from __future__ import annotations

import pytest
from audit_helpers import SEED_LOCALES, audit, digit_edits, errors, fact_id, replace_once, run, seed, seed_paths

pytestmark = pytest.mark.skipif(not seed_paths(), reason="shared/seeds is not beside the repository")

PRICE, PLAN = "price", "plans.all-inclusive"
DAYS, HOURS, ZONE = "values.dedicated.days", "values.dedicated.hours", "values.dedicated.zone"
ROUTING, ALWAYS = "features.priority-routing.body", "texts.availability_intro"


def sev(level: int, what: str) -> str:
    return f"severities.{level}.{what}"


@pytest.mark.parametrize("code", sorted(SEED_LOCALES))
def test_seed_is_the_language_we_think(code):
    text, locale = seed(code)
    assert SEED_LOCALES[code][1] in text, (code, locale)


@pytest.mark.parametrize("code", sorted(SEED_LOCALES))
def test_seed_audits_without_errors(code):
    text, locale = seed(code)
    found = audit(text, locale)
    assert errors(found) == [], "\n".join(f"{f.line}: {f.message}" for f in errors(found))


@pytest.mark.parametrize("code", sorted(SEED_LOCALES))
def test_every_fact_of_the_policy_is_found_on_each_seed(code):
    text, locale = seed(code)
    a = run(text, locale)
    stated = {fact.id for fact, _ in a.matches}
    wanted = {f.id for f in a.facts.all() if f.kind not in ("none", "plan")}
    assert wanted <= stated, sorted(wanted - stated)


def test_only_marketing_figures_are_extra_on_the_russian_seed():
    text, locale = seed("004")
    extra = [(f.rule, f.found) for f in audit(text, locale) if f.severity == "warning"]
    assert extra == [("SLA703", "“3000”"), ("SLA703", "“14 дней” (14 days)")]


# (seed, text on the page, edited text, the fact the error must name, the line to edit: the first
# holding this text, else the first holding the old text). Each changes one figure, unit, clock,
# currency, period, clock time, weekday, time zone, plan, ordinal or severity label.
EDITS = [
    # Portuguese
    ("000", "1000€/mês", "1000 USD/mês", PRICE, None),
    ("000", "1000€/mês", "1000 €/semana", PRICE, None),
    ("000", "1000€/mês", "1500€/mês", PRICE, None),
    ("000", "1000€/mês", "1000€", PRICE, None),
    ("000", "(All-inclusive)", "(Premium)", PLAN, None),
    ("000", "de 2º nível", "de terceiro nível", ROUTING, None),
    ("000", "de 2º nível", "de 1º nível", ROUTING, None),
    ("000", "chat 24/7", "chat 24/5", ALWAYS, None),
    ("000", "a sexta-feira", "a quinta-feira", DAYS, "por chat"),
    ("000", "a sexta-feira", "a sábado", DAYS, "por email"),
    ("000", "5:00 P.M.", "6:00 P.M.", HOURS, "por chat"),
    ("000", "9:00 A.M.", "8:00 A.M.", HOURS, "por email"),
    ("000", "9:00 A.M. a 5:00 P.M.", "9:00 P.M. a 5:00 A.M.", HOURS, "por chat"),
    ("000", "CET", "PST", ZONE, "por email"),
    ("000", "CET", "GMT", ZONE, "por chat"),
    ("000", "| 1 hora ou menos. | 4 horas", "| 2 horas ou menos. | 4 horas", sev(1, "initial_response"), None),
    ("000", "4 horas ou menos", "4 dias ou menos", sev(1, "follow_up"), "Severidade 1"),
    ("000", "| 2 horas úteis ou menos", "| 2 horas ou menos", sev(3, "initial_response"), None),
    ("000", "| 2 horas úteis ou menos", "| 3 horas úteis ou menos", sev(3, "initial_response"), None),
    ("000", "dentro de 1-2 horas", "dentro de 1-3 horas", sev(3, "contact_window"), None),
    ("000", "2 dias úteis ou menos", "2 dias ou menos", sev(3, "follow_up"), None),
    ("000", "1 dia útil ou menos", "1 dia ou menos", sev(4, "initial_response"), "Severidade 4"),
    ("000", "dentro de 24 horas", "dentro de 48 horas", sev(4, "contact_within"), "Severidade 4"),
    ("000", "imediatamente. | Seu", "imediatamente. | 3 dias úteis ou menos. Seu", sev(4, "follow_up"), "Severidade 4"),
    ("000", "| Severidade 2 Alta", "| Severidade 3 Alta", sev(2, "level"), None),
    ("000", "| Severidade 3 Padrão", "| Severidade 6 Padrão", sev(3, "level"), None),
    # Bulgarian
    ("001", "1000€/месечно", "1000 лв./месечно", PRICE, None),
    ("001", "1000€/месечно", "1000€/годишно", PRICE, None),
    ("001", "от второ ниво", "от трето ниво", ROUTING, None),
    ("001", "(All-inclusive)", "(Professional)", PLAN, None),
    ("001", "понеделник– петък", "понеделник– събота", DAYS, "по чат"),
    ("001", "9:00 – 17:00", "9:00 – 18:00", HOURS, "по имейл"),
    ("001", "CET", "EET", ZONE, "по имейл"),
    ("001", "2 работни часа или по-малко", "2 часа или по-малко", sev(3, "initial_response"), None),
    ("001", "2 работни дни или по-малко", "2 дни или по-малко", sev(3, "follow_up"), None),
    ("001", "| 1 работен ден или по-малко", "| 1 ден или по-малко", sev(4, "initial_response"), None),
    ("001", "в рамките на 1-2 часа", "в рамките на 2-4 часа", sev(3, "contact_window"), None),
    ("001", "| 1 час", "| 1 работен час", sev(1, "initial_response"), "сериозност 1"),
    ("001", "Освен достъпа 24/7", "Освен достъпа 12/7", ALWAYS, None),
    # French
    ("002", "1000€/mois", "1000 CHF/mois", PRICE, None),
    ("002", "1000€/mois", "1000€/an", PRICE, None),
    ("002", "1000€/mois", "999€/mois", PRICE, None),
    ("002", "(All-inclusive)", "(Premium)", PLAN, None),
    ("002", "de deuxième niveau", "de troisième niveau", ROUTING, None),
    ("002", "de deuxième niveau", "de premier niveau", ROUTING, None),
    ("002", "24 heures sur 24 et 7 jours sur 7", "24 heures sur 24 et 5 jours sur 7", ALWAYS, None),
    ("002", "du lundi au vendredi", "du lundi au samedi", DAYS, "par chat"),
    ("002", "du lundi au vendredi", "du mardi au vendredi", DAYS, "par chat"),
    ("002", "de 9h00", "de 8h00", HOURS, "par e-mail"),
    ("002", "à 17h00", "à 17h30", HOURS, "par e-mail"),
    ("002", "CET", "GMT", ZONE, "par e-mail"),
    ("002", "2 heures ouvrables ou moins", "2 heures ou moins", sev(3, "initial_response"), None),
    ("002", "dans un délai de 1 à 2 heures", "dans un délai de 1 à 3 heures", sev(3, "contact_window"), None),
    ("002", "2 jours ouvrables ou moins", "2 jours calendaires ou moins", sev(3, "follow_up"), None),
    ("002", "| 1 heure ou moins.", "| 2 heures ou moins.", sev(1, "initial_response"), "Gravité 1"),
    ("002", "| 4 heures ou moins.", "| 4 jours ou moins.", sev(2, "follow_up"), "Gravité 2"),
    ("002", "dans les 24 heures", "dans les 12 heures", sev(4, "contact_within"), "Gravité 4"),
    # German
    ("003", "1000€/Monat", "1000 $/Monat", PRICE, None),
    ("003", "1000€/Monat", "1000€/Jahr", PRICE, None),
    ("003", "1000€/Monat", "1200€/Monat", PRICE, None),
    ("003", "(All-Inclusive)", "(Enterprise)", PLAN, None),
    ("003", "der 2. Stufe", "der 3. Stufe", ROUTING, None),
    ("003", "der 2. Stufe", "der ersten Stufe", ROUTING, None),
    ("003", "rund um die Uhr", "werktags", ALWAYS, None),
    ("003", "Montag – Freitag", "Montag – Samstag", DAYS, "Chat-Support von"),
    ("003", "bis 17:00 Uhr", "bis 18:00 Uhr", HOURS, "E-Mail-Support von"),
    ("003", "CET", "UTC", ZONE, "E-Mail-Support von"),
    ("003", "2 Geschäftsstunden oder weniger", "2 Stunden oder weniger", sev(3, "initial_response"), None),
    ("003", "2 Werktage oder weniger", "2 Kalendertage oder weniger", sev(3, "follow_up"), None),
    ("003", "innerhalb von 1-2 Stunden", "innerhalb von 1-2 Tagen", sev(3, "contact_window"), None),
    ("003", "| 1 Werktag oder weniger Ihr", "| 1 Tag oder weniger Ihr", sev(4, "initial_response"), None),
    ("003", "4. Schweregrad: Bugfix", "3. Schweregrad: Bugfix", sev(4, "level"), None),
    # Russian (the table's cells ran together without separators)
    ("004", "1 000€ в месяц", "1 000$ в месяц", PRICE, None),
    ("004", "1 000€ в месяц", "1 000€ в год", PRICE, None),
    ("004", "1 000€ в месяц", "1 000 рублей в месяц", PRICE, None),
    ("004", "(‘Все включено’)", "(‘Профессиональный’)", PLAN, None),
    ("004", "2-го уровня", "3-го уровня", ROUTING, None),
    ("004", "круглосуточной", "ежедневной", ALWAYS, None),
    ("004", "по пятницу", "по субботу", DAYS, "в чате"),
    ("004", "с 9:00", "с 10:00", HOURS, "по электронной почте"),
    ("004", "(Центральноевропейское время)", "(Московское время)", ZONE, "по электронной почте"),
    ("004", "Не более 2 рабочих часов", "Не более 2 часов", sev(3, "initial_response"), None),
    ("004", "Не более 2 рабочих дней", "Не более 2 дней", sev(3, "follow_up"), None),
    ("004", "в течение 1-2 часов", "в течение 1-3 часов", sev(3, "contact_window"), None),
    ("004", "Не более 4 часов", "Не более 8 часов", sev(1, "follow_up"), "уровень 1"),
    ("004", "Не более 1 рабочего дня", "Не более 1 дня", sev(5, "initial_response"), "уровень 5"),
    ("004", "Важность уровень 4:", "Важность уровень 5:", sev(4, "level"), None),
]


def _ids(edit):
    code, old, new, fact, line = edit
    return f"{code}:{fact}:{new[:24]}"


@pytest.mark.parametrize("edit", EDITS, ids=[_ids(e) for e in EDITS])
def test_a_single_changed_figure_is_an_error_naming_its_fact(edit):
    code, old, new, fact, line = edit
    text, locale = seed(code)
    found = errors(audit(replace_once(text, old, new, line), locale))
    assert [f.msgctxt for f in found] == [fact_id(fact)], "\n".join(f"{f.msgctxt}: {f.message}" for f in found)
    assert all(f.line for f in found if f.rule == "SLA701")


# Rewordings that keep every value: no error.
SAME = [
    ("000", "1000€/mês", "1.000,00 € por mês"), ("000", "de 2º nível", "de segundo nível"),
    ("000", "chat 24/7", "chat 24 horas por dia"), ("001", "от второ ниво", "от 2-ро ниво"),
    ("002", "1000€/mois", "1 000 € par mois"), ("002", "de deuxième niveau", "de 2e niveau"),
    ("002", "e-mail de 9h00 à 17h00 CET", "e-mail de 9 h à 17 h, heure de Paris"),
    ("003", "1000€/Monat", "1.000 € pro Monat"), ("003", "der 2. Stufe", "der zweiten Stufe"),
    ("003", "E-Mail-Support von 9:00 bis 17:00 Uhr CET", "E-Mail-Support von 9 bis 17 Uhr MEZ"),
    ("004", "2-го уровня", "второго уровня"), ("004", "в течение 24 часов", "в течение суток"),
]


@pytest.mark.parametrize("edit", SAME, ids=[f"{c}:{n[:20]}" for c, _, n in SAME])
def test_a_rewording_that_keeps_the_value_is_no_error(edit):
    code, old, new = edit
    text, locale = seed(code)
    assert errors(audit(replace_once(text, old, new), locale)) == []


@pytest.mark.parametrize("code", sorted(SEED_LOCALES))
def test_every_number_of_every_fact_changed_is_caught(code):
    """Each digit run of each matched figure, changed alone, gives one error naming that fact."""
    text, locale = seed(code)
    count = 0
    for fid, shown, edited in digit_edits(text, locale):
        found = errors(audit(edited, locale))
        assert [f.msgctxt for f in found] == [fid], (shown, [f.message for f in found])
        count += 1
    assert count >= 20


@pytest.mark.parametrize("code", sorted(SEED_LOCALES))
def test_a_severity_row_removed_is_each_of_its_facts_missing(code):
    text, locale = seed(code)
    lines = text.split("\n")
    row = next(i for i, line in enumerate(lines) if "3" in line[:40] and any(
        w in line for w in ("Severidade 3", "сериозност 3", "Gravité 3", "3. Schweregrad", "уровень 3")))
    found = errors(audit("\n".join(lines[:row] + lines[row + 1:]), locale))
    assert {f.msgctxt for f in found} == {fact_id(sev(3, w))
                                          for w in ("initial_response", "contact_window", "follow_up")}
    assert {f.rule for f in found} == {"SLA702"}


def test_a_time_zone_dropped_from_every_line_is_missing():
    text, locale = seed("002")
    found = errors(audit(text.replace(" CET", ""), locale))
    assert [(f.rule, f.msgctxt) for f in found] == [("SLA702", fact_id(ZONE))]


def test_findings_point_at_the_line_of_the_figure():
    text, locale = seed("004")
    edited = replace_once(text, "в течение 1-2 часов", "в течение 1-3 часов")
    (finding,) = errors(audit(edited, locale))
    assert edited.split("\n")[finding.line - 1].count("1-3 часов") == 1
    assert finding.expected == "1-2 hours" and "1-3" in finding.found
