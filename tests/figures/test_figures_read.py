"""Per-locale tables: text -> the figures read_figures must find (kind, canonical value)."""

from decimal import Decimal as D

import pytest

from generator.figures import KINDS, read_figures, strip_placeholders

H, BH, BD, DAYS, MIN = "hours", "business_hours", "business_days", "days", "minutes"
EUR = "EUR"


def figs(text, locale):
    return [(f.kind, f.value) for f in read_figures(text, locale)]


CASES = [
    # --- English (source) ---------------------------------------------------------------------
    ("en", "€1,000 per month", [("money", (D(1000), EUR, "month", None))]),
    ("en", "1000 EUR a month", [("money", (D(1000), EUR, "month", None))]),
    ("en", "$99.50 per year", [("money", (D("99.5"), "USD", "year", None))]),
    ("en", "Initial response within 1 hour, follow-up within 4 hours.",
     [("duration", (D(1), H)), ("duration", (D(4), H))]),
    ("en", "2 business hours", [("duration", (D(2), BH))]),
    ("en", "within one business day", [("duration", (D(1), BD))]),
    ("en", "within an hour", [("duration", (D(1), H))]),
    ("en", "two working days", [("duration", (D(2), BD))]),
    ("en", "half an hour", [("duration", (D("0.5"), H))]),
    ("en", "within 1 to 2 hours", [("duration_range", (D(1), D(2), H))]),
    ("en", "contact within 1–2 hours", [("duration_range", (D(1), D(2), H))]),
    ("en", "a 24-hour window", [("duration", (D(24), H))]),
    ("en", "9:00 A.M. to 5:00 P.M. CET",
     [("time_range", ("09:00", "17:00")), ("timezone", "Europe_Central")]),
    ("en", "from 9am to 5pm", [("time_range", ("09:00", "17:00"))]),
    ("en", "9:00–17:00", [("time_range", ("09:00", "17:00"))]),
    ("en", "Monday to Friday", [("weekday_range", ("mon", "fri"))]),
    ("en", "Mon–Fri", [("weekday_range", ("mon", "fri"))]),
    ("en", "on Saturday", [("weekday", "sat")]),
    ("en", "24/7 chat", [("always", "24/7")]),
    ("en", "round-the-clock chat", [("always", "24/7")]),
    ("en", "second-level technical agents", [("ordinal", 2)]),
    ("en", "the 2nd level", [("ordinal", 2)]),
    ("en", "a first response", []),
    ("en", "Severity 1 Critical", [("number", D(1))]),
    ("en", "99.9% uptime", [("percent", D("99.9"))]),
    ("en", "prices in euros", [("currency", EUR)]),
    ("en", "three agents", [("number", D(3))]),
    ("en", "one dedicated agent", []),
    ("en", "Europe/Paris time", [("timezone", "Europe_Central")]),
    ("en", "UTC+1", [("timezone", "UTC+01:00")]),
    # --- Portuguese ----------------------------------------------------------------------------
    ("pt", "uma taxa adicional de 1000€/mês", [("money", (D(1000), EUR, "month", None))]),
    ("pt", "1.000,00 € por mês", [("money", (D(1000), EUR, "month", None))]),
    ("pt", "agente técnico de 2º nível", [("ordinal", 2)]),
    ("pt", "agente de segundo nível", [("ordinal", 2)]),
    ("pt", "segundo o contrato", []),
    ("pt", "de 9:00 A.M. a 5:00 P.M. CET de segunda a sexta-feira",
     [("time_range", ("09:00", "17:00")), ("timezone", "Europe_Central"),
      ("weekday_range", ("mon", "fri"))]),
    ("pt", "das 9h às 17h", [("time_range", ("09:00", "17:00"))]),
    ("pt", "1 hora ou menos", [("duration", (D(1), H))]),
    ("pt", "2 horas úteis", [("duration", (D(2), BH))]),
    ("pt", "2 dias úteis", [("duration", (D(2), BD))]),
    ("pt", "1 dia útil", [("duration", (D(1), BD))]),
    ("pt", "em até uma hora", [("duration", (D(1), H))]),
    ("pt", "dentro de 1-2 horas", [("duration_range", (D(1), D(2), H))]),
    ("pt", "entre 1 e 2 horas", [("duration_range", (D(1), D(2), H))]),
    ("pt", "duas horas", [("duration", (D(2), H))]),
    ("pt", "chat 24/7", [("always", "24/7")]),
    ("pt", "24 horas por dia", [("always", "24/7")]),
    ("pt", "dentro de 24 horas", [("duration", (D(24), H))]),
    ("pt_BR", "R$ 1.000,00 por mês", [("money", (D(1000), "BRL", "month", None))]),
    # --- French --------------------------------------------------------------------------------
    ("fr", "un coût supplémentaire de 1000€/mois", [("money", (D(1000), EUR, "month", None))]),
    ("fr", "1 000 € par mois", [("money", (D(1000), EUR, "month", None))]),
    ("fr", "1\u202f000,00\u00a0€ par mois", [("money", (D(1000), EUR, "month", None))]),
    ("fr", "un agent technique de deuxième niveau", [("ordinal", 2)]),
    ("fr", "un agent de 2e niveau", [("ordinal", 2)]),
    ("fr", "de 9h00 à 17h00 CET du lundi au vendredi",
     [("time_range", ("09:00", "17:00")), ("timezone", "Europe_Central"),
      ("weekday_range", ("mon", "fri"))]),
    ("fr", "de 9h à 17h", [("time_range", ("09:00", "17:00"))]),
    ("fr", "24 heures sur 24 et 7 jours sur 7", [("always", "24/7")]),
    ("fr", "24h/24", [("always", "24/7")]),
    ("fr", "une heure ou moins", [("duration", (D(1), H))]),
    ("fr", "dans un délai de 1 à 2 heures", [("duration_range", (D(1), D(2), H))]),
    ("fr", "2 heures ouvrables", [("duration", (D(2), BH))]),
    ("fr", "2 jours ouvrés", [("duration", (D(2), BD))]),
    ("fr", "dans les 24 heures", [("duration", (D(24), H))]),
    ("fr", "dans les 24h", [("duration", (D(24), H))]),
    ("fr", "une réponse rapide", []),
    ("fr", "heure normale d’Europe centrale", [("timezone", "Europe_Central")]),
    ("fr", "1,5 heure", [("duration", (D("1.5"), H))]),
    # --- German --------------------------------------------------------------------------------
    ("de", "eine Zusatzgebühr von 1000€/Monat", [("money", (D(1000), EUR, "month", None))]),
    ("de", "1.000 € pro Monat", [("money", (D(1000), EUR, "month", None))]),
    ("de", "1.000,00 EUR monatlich", [("money", (D(1000), EUR, "month", None))]),
    ("de", "einen technischen Angestellten der 2. Stufe", [("ordinal", 2)]),
    ("de", "der zweiten Stufe", [("ordinal", 2)]),
    ("de", "von 9:00 bis 17:00 Uhr CET, Montag – Freitag",
     [("time_range", ("09:00", "17:00")), ("timezone", "Europe_Central"),
      ("weekday_range", ("mon", "fri"))]),
    ("de", "Mo–Fr 9–17 Uhr MEZ",
     [("weekday_range", ("mon", "fri")), ("time_range", ("09:00", "17:00")),
      ("timezone", "Europe_Central")]),
    ("de", "17.00 Uhr", [("time", "17:00")]),
    ("de", "rund um die Uhr", [("always", "24/7")]),
    ("de", "2 Geschäftsstunden", [("duration", (D(2), BH))]),
    ("de", "2 Werktage oder weniger", [("duration", (D(2), BD))]),
    ("de", "innerhalb von 2 Werktagen", [("duration", (D(2), BD))]),
    ("de", "innerhalb einer Stunde", [("duration", (D(1), H))]),
    ("de", "eine Stunde", [("duration", (D(1), H))]),
    ("de", "ein Mitarbeiter", []),
    ("de", "24 Stunden", [("duration", (D(24), H))]),
    ("de", "innerhalb von 1-2 Stunden", [("duration_range", (D(1), D(2), H))]),
    ("de", "zwei Stunden", [("duration", (D(2), H))]),
    ("de", "1,5 Stunden", [("duration", (D("1.5"), H))]),
    ("de", "So können Sie uns erreichen", []),
    # --- Russian -------------------------------------------------------------------------------
    ("ru", "1 000€ в месяц", [("money", (D(1000), EUR, "month", None))]),
    ("ru", "1 000 евро в месяц", [("money", (D(1000), EUR, "month", None))]),
    ("ru", "специалиста 2-го уровня", [("ordinal", 2)]),
    ("ru", "специалиста второго уровня", [("ordinal", 2)]),
    ("ru", "с понедельника по пятницу с 9:00 до 17:00 (Центральноевропейское время)",
     [("weekday_range", ("mon", "fri")), ("time_range", ("09:00", "17:00")),
      ("timezone", "Europe_Central")]),
    ("ru", "по центральноевропейскому времени", [("timezone", "Europe_Central")]),
    ("ru", "Не более 1 часа", [("duration", (D(1), H))]),
    ("ru", "Не более 1 рабочего дня", [("duration", (D(1), BD))]),
    ("ru", "Не более одного рабочего дня", [("duration", (D(1), BD))]),
    ("ru", "2 рабочих часа", [("duration", (D(2), BH))]),
    ("ru", "в течение 1–2 часов", [("duration_range", (D(1), D(2), H))]),
    ("ru", "в течение 2-х часов", [("duration", (D(2), H))]),
    ("ru", "в течение часа", [("duration", (D(1), H))]),
    ("ru", "в течение суток", [("duration", (D(1), DAYS))]),
    ("ru", "круглосуточно", [("always", "24/7")]),
    ("ru", "круглосуточной поддержке", [("always", "24/7")]),
    ("ru", "1,5 часа", [("duration", (D("1.5"), H))]),
    ("ru", "полтора часа", [("duration", (D("1.5"), H))]),
    ("ru", "пн–пт", [("weekday_range", ("mon", "fri"))]),
    # --- Bulgarian -----------------------------------------------------------------------------
    ("bg", "1000€/месечно", [("money", (D(1000), EUR, "month", None))]),
    ("bg", "1000 евро на месец", [("money", (D(1000), EUR, "month", None))]),
    ("bg", "от второ ниво", [("ordinal", 2)]),
    ("bg", "от 9:00 – 17:00 CET, понеделник– петък",
     [("time_range", ("09:00", "17:00")), ("timezone", "Europe_Central"),
      ("weekday_range", ("mon", "fri"))]),
    ("bg", "от понеделник до петък", [("weekday_range", ("mon", "fri"))]),
    ("bg", "1 час или по-малко", [("duration", (D(1), H))]),
    ("bg", "2 работни часа", [("duration", (D(2), BH))]),
    ("bg", "1 работен ден", [("duration", (D(1), BD))]),
    ("bg", "в рамките на 1-2 часа", [("duration_range", (D(1), D(2), H))]),
    ("bg", "един час", [("duration", (D(1), H))]),
    ("bg", "един голям клиент", []),
    ("bg", "денонощно", [("always", "24/7")]),
    ("bg", "Централноевропейско време", [("timezone", "Europe_Central")]),
    # --- Arabic --------------------------------------------------------------------------------
    ("ar", "1000 يورو شهريًا", [("money", (D(1000), EUR, "month", None))]),
    ("ar", "١٠٠٠ يورو شهريًا", [("money", (D(1000), EUR, "month", None))]),
    ("ar", "خلال ساعة واحدة", [("duration", (D(1), H))]),
    ("ar", "خلال ساعة", [("duration", (D(1), H))]),
    ("ar", "خلال ساعتين", [("duration", (D(2), H))]),
    ("ar", "ساعتان", [("duration", (D(2), H))]),
    ("ar", "٢٤ ساعة", [("duration", (D(24), H))]),
    ("ar", "ثلاث ساعات", [("duration", (D(3), H))]),
    ("ar", "يوم عمل واحد", [("duration", (D(1), BD))]),
    ("ar", "ساعتا عمل", [("duration", (D(2), BH))]),
    ("ar", "من الاثنين إلى الجمعة", [("weekday_range", ("mon", "fri"))]),
    ("ar", "من 9:00 إلى 17:00 بتوقيت وسط أوروبا",
     [("time_range", ("09:00", "17:00")), ("timezone", "Europe_Central")]),
    ("ar", "على مدار الساعة", [("always", "24/7")]),
    ("ar", "المستوى الثاني", [("ordinal", 2)]),
    # --- things that are not figures -----------------------------------------------------------
    ("en", "LiveAgent2 and H2O", []),
    ("en", "ISO 8601 dates", []),
    ("en", "version v2.3 and 1.2.3", []),
    ("en", "Call {phone} within {hours} hours", []),
    ("en", '<a href="https://x.example/2024/10">see the 10 rules</a>', [("number", D(10))]),
    ("en", "see [the guide](https://example.com/page-24) now", []),
    ("en", "a note[^1] and [2]", []),
    ("en", "`SLA_24` in code", []),
    ("en", "published on March 3, 2026", [("date", "2026-03-03")]),
    ("de", "am 3. März 2026", [("date", "2026-03-03")]),
    ("de", "am 03.03.2026", [("date", "2026-03-03")]),
    # --- noon and midnight: clock times without a digit (CLDR day-period names and case forms) ----
    ("en", "Maintenance starts at noon.", [("time", "12:00")]),
    ("en", "Support until midnight", [("time", "00:00")]),
    ("pt", "começa à meia-noite", [("time", "00:00")]),
    ("pl", "Wsparcie do północy", [("time", "00:00")]),
    ("pl", "do południa", [("time", "12:00")]),
    ("uk", "опівночі за київським часом", [("time", "00:00")]),
    ("es", "hasta el mediodía", [("time", "12:00")]),
    ("fr", "de minuit à 4 h", [("time_range", ("00:00", "04:00"))]),
    ("fr", "de 14 h à 18 h l’après-midi", [("time_range", ("14:00", "18:00"))]),  # no "midi" in it
    ("zh", "支持服务至午夜", [("time", "00:00")]),
    ("tr", "öğle arası kapalıyız", []),  # "öğle" is CLDR's noon, and lunch
    # --- second held-out probe: word lists for uk, sv, tr, zh; compound durations; CJK clocks -----
    ("de", "innerhalb von 1 h 30 min", [("duration", (D(90), MIN))]),
    ("en", "within 1 hour and 30 minutes", [("duration", (D(90), MIN))]),
    ("en", "2 hours or 30 minutes", [("duration", (D(2), H)), ("duration", (D(30), MIN))]),
    ("ru", "в течение получаса", [("duration", (D("0.5"), H))]),
    ("sv", "inom en kvart", [("duration", (D(15), MIN))]),
    ("sv", "inom en arbetsdag", [("duration", (D(1), BD))]),
    ("tr", "Destek 7/24", [("always", "24/7")]),
    ("tr", "4 iş günü içinde", [("duration", (D(4), BD))]),
    ("uk", "протягом двох годин", [("duration", (D(2), H))]),
    ("uk", "на третю лінію", [("ordinal", 3)]),
    ("uk", "цілодобово", [("always", "24/7")]),
    ("zh", "半小时内", [("duration", (D("0.5"), H))]),
    ("zh", "周一至周五", [("weekday_range", ("mon", "fri"))]),
    ("zh", "截至下午5点", [("time", "17:00")]),
    ("ja", "日本時間午後5時まで", [("timezone", "Japan"), ("time", "17:00")]),
    ("ja", "月曜日～金曜日の9時～18時", [("weekday_range", ("mon", "fri")), ("time_range", ("09:00", "18:00"))]),
    ("ja", "バージョン3.2はWindows 11に対応", [("number", D("3.2"))]),
    ("pl", "pn.–pt.", [("weekday_range", ("mon", "fri"))]),
    ("en", "9 AM to 6 PM Brasília time", [("time_range", ("09:00", "18:00")), ("timezone", "Brasilia")]),
    ("zh", "每年 199 元", [("money", (D(199), "CNY", "year", None))]),
    ("fr", "un agent de 2ᵉ niveau", [("ordinal", 2)]),
    ("fr", "le 1ᵉʳ niveau", [("ordinal", 1)]),
    ("en", "a 2ⁿᵈ-level agent", [("ordinal", 2)]),
    ("fr", "1000€/semaine", [("money", (D(1000), EUR, "week", None))]),
    ("pt", "1000 €/semana", [("money", (D(1000), EUR, "week", None))]),
    ("ru", "1000 €/месяц", [("money", (D(1000), EUR, "month", None))]),
    # round the clock, but on fewer than 7 days: no 24/7
    ("en", "around the clock, 5 days a week", [("number", D(5))]),
    ("ar", "على مدار الساعة 5 أيام في الأسبوع", [("number", D(5))]),
    ("de", "rund um die Uhr an 7 Tagen die Woche", [("always", "24/7"), ("always", "24/7")]),
    # an hour written as a word, placed by a day period (the Arabic hour is a feminine ordinal)
    ("ar", "بعد الخامسة مساءً", [("time", "17:00")]),
    ("ar", "حتى الساعة الثانية عشرة ظهرًا", [("time", "12:00")]),
    ("ar", "وكيل من المستوى الثاني", [("ordinal", 2)]),
    ("en", "until five PM", [("time", "17:00")]),
    ("es", "hasta las cinco de la tarde", [("time", "17:00")]),
    ("ru", "до пяти вечера", [("time", "17:00")]),
]


@pytest.mark.parametrize("locale,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_read(locale, text, expected):
    assert figs(text, locale) == expected


SEED_FIGURES = {
    # Figures of the real translated pages (short excerpts, not the pages themselves).
    "pt": ("taxa adicional de 1000€/mês. agente técnico de 2º nível. suporte por chat 24/7. "
           "de 9:00 A.M. a 5:00 P.M. CET de segunda a sexta-feira",
           [("money", (D(1000), EUR, "month", None)), ("ordinal", 2), ("always", "24/7"),
            ("time_range", ("09:00", "17:00")), ("timezone", "Europe_Central"),
            ("weekday_range", ("mon", "fri"))]),
    "ru": ("1 000€ в месяц, Не более 1 рабочего дня, 2-го уровня, круглосуточной",
           [("money", (D(1000), EUR, "month", None)), ("duration", (D(1), BD)), ("ordinal", 2),
            ("always", "24/7")]),
}


@pytest.mark.parametrize("locale", sorted(SEED_FIGURES))
def test_seed_excerpts(locale):
    text, expected = SEED_FIGURES[locale]
    assert figs(text, locale) == expected


def test_spans_point_into_the_original():
    text = "Call us <b>9:00&nbsp;–&nbsp;17:00</b> CET {name}"
    for f in read_figures(text, "en"):
        assert text[f.start:f.end] == f.text
        assert f.kind in KINDS


def test_strip_placeholders():
    assert strip_placeholders("within {hours} hours, {plan.name}!") == "within  hours, !"


@pytest.mark.parametrize("locale", ["es", "it", "ja", "pl", "xx", "pt-BR", ""])
def test_other_locales_degrade(locale):
    got = figs("9:00-17:00 CET, 24/7, 1000 €", locale)
    assert ("time_range", ("09:00", "17:00")) in got
    assert ("always", "24/7") in got
