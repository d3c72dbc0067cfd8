"""Regressions of the corpus gaps fixed in the reader and the comparison, each firing and quiet.

1. a strong clock time ("16:00 Uhr", "5 PM") is no longer excused by a bare count on the other side;
2. afternoon windows written with a bare h/ч/часов ("de 13 h à 17 h") are clock times;
3. CLDR day periods place a 12-hour time ("9 утра", "5 de la tarde", "5 Uhr abends");
4. Portuguese numbered weekdays ("de 2.ª a 6.ª feira");
5. weekend idioms ("am Wochenende") are Saturday and Sunday;
6. ranges with the unit before the second count ("час-два", "an hour or two");
7. "seven days a week" and "every day" next to a round-the-clock phrase are 24/7;
8. Spanish: "hábil/hábiles" business time, "a la semana"/"al mes" billing periods, number words.
"""

from decimal import Decimal as D

import pytest

from generator.figures import compare_figures, read_figures

H, BH, BD, DAYS = "hours", "business_hours", "business_days", "days"
EUR = "EUR"


def figs(text, locale):
    return [(f.kind, f.value) for f in read_figures(text, locale)]


def cmp(src, tgt, locale):
    return [(m.kind, m.expected.kind if m.expected else None, m.found.kind if m.found else None)
            for m in compare_figures(read_figures(src, "en"), read_figures(tgt, locale))]


READ = [
    # 2. afternoon windows with a bare h / ч / часов
    ("fr", "de 13 h à 17 h", [("time_range", ("13:00", "17:00"))]),
    ("fr", "de 12 h à 14 h", [("time_range", ("12:00", "14:00"))]),
    ("ru", "с 13 до 17 часов", [("time_range", ("13:00", "17:00"))]),
    ("bg", "от 13 до 17 ч.", [("time_range", ("13:00", "17:00"))]),
    ("pt", "das 13h às 17h", [("time_range", ("13:00", "17:00"))]),
    ("en", "within 12 to 24 hours", [("duration_range", (D(12), D(24), H))]),  # still a duration
    ("fr", "sous 12 à 24 heures", [("duration_range", (D(12), D(24), H))]),
    ("fr", "13 à 17", [("number", D(13)), ("number", D(17))]),  # no clock word at all: numbers
    # 3. day periods
    ("ru", "с 9 утра до 5 вечера", [("time_range", ("09:00", "17:00"))]),
    ("ru", "с 9 утра до 5 утра", [("time", "09:00"), ("time", "05:00")]),
    ("ru", "в 2 часа дня", [("time", "14:00")]),
    ("ru", "в 12 ночи", [("time", "00:00")]),
    ("ru", "в 11 вечера", [("time", "23:00")]),
    ("ru", "за 2 дня", [("duration", (D(2), DAYS))]),  # "дня" is a day period only after a clock word
    ("ar", "الساعة 5 صباحًا", [("time", "05:00")]),
    ("ar", "الساعة 5 مساءً", [("time", "17:00")]),
    ("ar", "الساعة 5 مساء", [("time", "17:00")]),
    ("es", "a las 5 de la mañana", [("time", "05:00")]),
    ("es", "a las 5 de la tarde", [("time", "17:00")]),
    ("es", "a las 10 de la noche", [("time", "22:00")]),
    ("fr", "à 9 h du matin", [("time", "09:00")]),
    ("fr", "à 5 heures de l’après-midi", [("time", "17:00")]),
    ("fr", "à 9 heures du soir", [("time", "21:00")]),
    ("pt", "às 5 da tarde", [("time", "17:00")]),
    ("pt", "às 9h da manhã", [("time", "09:00")]),
    ("pt", "às 10 da noite", [("time", "22:00")]),
    ("de", "um 5 Uhr morgens", [("time", "05:00")]),
    ("de", "um 5 Uhr nachmittags", [("time", "17:00")]),
    ("de", "um 9 Uhr abends", [("time", "21:00")]),
    ("bg", "в 5 ч. сутринта", [("time", "05:00")]),
    ("bg", "в 5 следобед", [("time", "17:00")]),
    ("bg", "в 8 вечерта", [("time", "20:00")]),
    ("en", "at 5 in the afternoon", [("time", "17:00")]),
    ("en", "2 hours in the morning", [("duration", (D(2), H))]),
    # 4. Portuguese numbered weekdays
    ("pt", "de 2.ª a 6.ª feira", [("weekday_range", ("mon", "fri"))]),
    ("pt", "de 2ª a 6ª", [("weekday_range", ("mon", "fri"))]),
    ("pt", "2.ª-feira a 6.ª-feira", [("weekday_range", ("mon", "fri"))]),
    ("pt", "de 2.ª feira a sábado", [("weekday_range", ("mon", "sat"))]),
    ("pt", "às 3.ªs feiras", [("weekday", "tue")]),
    ("pt", "suporte de 2.ª linha", [("ordinal", 2)]),
    ("pt", "da 2.ª à 3.ª linha", [("ordinal", 2), ("ordinal", 3)]),  # lines, not weekdays
    # 5. weekend and weekday idioms
    ("de", "Am Wochenende gibt es keinen Support.", [("weekday_range", ("sat", "sun"))]),
    ("fr", "pas d'assistance le week-end", [("weekday_range", ("sat", "sun"))]),
    ("es", "los fines de semana", [("weekday_range", ("sat", "sun"))]),
    ("pt", "ao fim de semana", [("weekday_range", ("sat", "sun"))]),
    ("ru", "в выходные", [("weekday_range", ("sat", "sun"))]),
    ("ru", "без выходных", []),  # "no days off" is no weekend
    ("bg", "през уикенда", [("weekday_range", ("sat", "sun"))]),
    ("bg", "в почивните дни", [("weekday_range", ("sat", "sun"))]),
    ("ar", "في عطلة نهاية الأسبوع", [("weekday_range", ("sat", "sun"))]),
    ("en", "at weekends", [("weekday_range", ("sat", "sun"))]),
    ("es", "en días hábiles", [("weekday_range", ("mon", "fri"))]),
    ("fr", "chaque jour ouvré", [("weekday_range", ("mon", "fri"))]),
    ("de", "an jedem Werktag", [("weekday_range", ("mon", "fri"))]),
    ("ru", "каждый рабочий день", [("weekday_range", ("mon", "fri"))]),
    ("pt", "1 dia útil", [("duration", (D(1), BD))]),  # a count of business days stays one
    # 6. the unit before the second count
    ("bg", "до час-два", [("duration_range", (D(1), D(2), H))]),
    ("ru", "в течение часа-двух", [("duration_range", (D(1), D(2), H))]),
    ("ru", "через день-два", [("duration_range", (D(1), D(2), DAYS))]),
    ("ru", "один–два дня", [("duration_range", (D(1), D(2), DAYS))]),
    ("en", "within an hour or two", [("duration_range", (D(1), D(2), H))]),
    ("fr", "d'ici une heure ou deux", [("duration_range", (D(1), D(2), H))]),
    ("fr", "une ou deux heures", [("duration_range", (D(1), D(2), H))]),
    ("de", "ein bis zwei Stunden", [("duration_range", (D(1), D(2), H))]),
    ("pt", "uma ou duas horas", [("duration_range", (D(1), D(2), H))]),
    ("en", "2 hours or 3 incidents", [("duration", (D(2), H)), ("number", D(3))]),
    ("en", "2 hours or 3 days", [("duration", (D(2), H)), ("duration", (D(3), DAYS))]),
    # 7. round the clock
    ("en", "round the clock, seven days a week", [("always", "24/7"), ("always", "24/7")]),
    ("en", "round the clock, every day", [("always", "24/7")]),
    ("es", "las 24 horas, los 7 días de la semana", [("always", "24/7"), ("always", "24/7")]),
    ("de", "sieben Tage die Woche", [("always", "24/7")]),
    ("ru", "круглосуточно, без выходных", [("always", "24/7")]),
    ("pt", "todos os dias", []),  # "every day" alone is only daily
    # 8. Spanish
    ("es", "en un día hábil", [("duration", (D(1), BD))]),
    ("es", "1 día hábil", [("duration", (D(1), BD))]),
    ("es", "2 horas hábiles", [("duration", (D(2), BH))]),
    ("es", "dos días laborables", [("duration", (D(2), BD))]),
    ("es", "una o dos horas", [("duration_range", (D(1), D(2), H))]),
    ("es", "1000 € a la semana", [("money", (D(1000), EUR, "week", None))]),
    ("es", "1000 € al mes", [("money", (D(1000), EUR, "month", None))]),
    ("es_MX", "1000 € mensuales", [("money", (D(1000), EUR, "month", None))]),
]


@pytest.mark.parametrize("locale,text,expected", READ, ids=[f"{c[0]}-{i}" for i, c in enumerate(READ)])
def test_read(locale, text, expected):
    assert figs(text, locale) == expected


QUIET = [
    # 1. what still excuses a clock time: a clock-ish figure, not a count
    ("Calls are answered from 9 to 5.", "Anrufe nehmen wir von 9:00 bis 17:00 Uhr entgegen.", "de"),
    ("Open 9 AM to 6 PM.", "Работаем с 9 до 18.", "ru"),
    ("Phone support closes at 5 PM.", "Телефонная поддержка работает до 17 часов.", "ru"),
    ("Phone support closes at 5 PM.", "L'assistance téléphonique ferme à 17 heures.", "fr"),
    ("from 9 to 5", "de 9h à 17h", "fr"),
    ("Opens at 9.", "Geöffnet ab 9:00 Uhr.", "de"),
    ("Severity 4 tickets are reviewed at 4 PM each business day.",
     "Les tickets de gravité 4 sont examinés chaque jour ouvré à 16h.", "fr"),
    # 2.
    ("Phone support is open from 1 PM to 5 PM.", "L’assistance téléphonique est ouverte de 13 h à 17 h.", "fr"),
    ("Phone support is open from 1 PM to 5 PM.", "Телефонная поддержка работает с 13 до 17 часов.", "ru"),
    ("Phone support is open from 1 PM to 5 PM.", "Телефонната поддръжка работи от 13 до 17 ч.", "bg"),
    ("Phone support is open from 1 PM to 5 PM.", "O suporte telefónico funciona das 13h às 17h.", "pt"),
    ("Lunch break from 12:00 to 14:00.", "Pause déjeuner de 12 h à 14 h.", "fr"),
    ("Within 12 to 18 hours.", "Innerhalb von 12 bis 18 Stunden.", "de"),  # the range as a whole
    ("Within 12 to 24 hours.", "В течение 12–24 часов.", "ru"),
    # 3.
    ("Calls are answered from 9 AM to 5 PM.", "Мы принимаем звонки с 9 утра до 5 вечера.", "ru"),
    ("Phone support closes at 5 PM on Fridays.", "يغلق الدعم الهاتفي يوم الجمعة الساعة 5 مساءً.", "ar"),
    ("Phone support closes at 5 PM on Fridays.", "Los viernes, el soporte cierra a las 5 de la tarde.", "es"),
    ("Phone support closes at 5 PM.", "O suporte fecha às 5 da tarde.", "pt"),
    ("Phone support closes at 9 PM.", "Die Hotline schließt um 9 Uhr abends.", "de"),
    ("Phone support closes at 2 PM.", "Телефон работает до 2 часов дня.", "ru"),
    ("Open from 9 AM to 5 PM.", "Abierto de 9 a 5 de la tarde.", "es"),
    ("Response within 2 days.", "Ответ в течение 2 дня.", "ru"),
    # 4.
    ("Our help desk is staffed Monday to Friday, 9:00 to 17:00 CET.",
     "Atendemos de 2.ª a 6.ª feira, das 9 às 17 horas (CET).", "pt"),
    ("Our help desk is staffed Monday to Friday.", "Atendemos de 2ª a 6ª.", "pt"),
    ("Our help desk is staffed Monday to Saturday.", "Atendemos de 2.ª feira a sábado.", "pt"),
    # 5.
    ("No support on Saturday and Sunday.", "Am Wochenende gibt es keinen Support.", "de"),
    ("No support on Saturday and Sunday.", "Pas d'assistance le week-end.", "fr"),
    ("No support on Saturday and Sunday.", "В выходные поддержка не работает.", "ru"),
    ("No support on Saturday and Sunday.", "През уикенда няма поддръжка.", "bg"),
    ("No support on Saturday and Sunday.", "لا يوجد دعم في عطلة نهاية الأسبوع.", "ar"),
    ("No support at weekends.", "Sin soporte los fines de semana.", "es"),
    ("Support Monday to Friday.", "Soporte en días hábiles.", "es"),
    # 6.
    ("Your agent will contact you within 1–2 hours.", "Вашият агент ще се свърже с вас до час-два.", "bg"),
    ("Your agent will contact you within 1–2 hours.", "Ваш агент свяжется с вами в течение часа-двух.", "ru"),
    ("Your agent will contact you within 1–2 hours.", "Votre agent vous contactera d'ici une heure ou deux.", "fr"),
    ("Follow-up within 1–2 days.", "Ответ через один–два дня.", "ru"),
    ("Your agent will contact you within 1–2 hours.", "Your agent will contact you within an hour or two.", "en_GB"),
    # 7.
    ("Chat support is available 24/7.", "Chat support is available round the clock, seven days a week.", "en_GB"),
    ("Chat support is available 24/7.",
     "El chat de soporte está disponible las 24 horas, los 7 días de la semana.", "es"),
    ("Chat support is available 24/7.", "Der Chat ist rund um die Uhr, sieben Tage die Woche verfügbar.", "de"),
    ("Chat support is available 24/7.", "Чат работает круглосуточно, семь дней в неделю.", "ru"),
    ("Chat support is available 24/7.", "O chat está disponível dia e noite, todos os dias.", "pt"),
    ("Chat support is available 24/7.", "Чатът е достъпен денонощно, седем дни в седмицата.", "bg"),
    # 8.
    ("Bug reports get a first response within 1 business day.",
     "Los informes de errores reciben una primera respuesta en un plazo de un día hábil.", "es"),
    ("Follow-up within 2 business days.", "Seguimiento en dos días hábiles.", "es"),
    ("The VIP add-on costs €1,000 per month.", "El complemento VIP cuesta 1000 € al mes.", "es"),
    ("The VIP add-on costs €1,000 per month.", "El complemento VIP cuesta 1000 € por mes.", "es"),
]


@pytest.mark.parametrize("src,tgt,locale", QUIET, ids=[f"{c[2]}-{i}" for i, c in enumerate(QUIET)])
def test_correct_translations_pass(src, tgt, locale):
    assert cmp(src, tgt, locale) == []


FIRING = [
    # 1. a strong clock time is not excused by a count
    ("Severity 4 tickets are reviewed at the end of each business day.",
     "Tickets mit Schweregrad 4 prüfen wir werktags um 16:00 Uhr.", "de", [("extra", None, "time")]),
    ("Severity 5, Request", "Степен 5 (Заявка) 17:00", "bg", [("extra", None, "time")]),
    ("Priority 2 tickets are handled the same day.",
     "Les tickets de priorité 2 sont traités le jour même avant 14h00.", "fr", [("extra", None, "time")]),
    ("Severity 3 tickets", "تذاكر الخطورة 3 الساعة 3:00 م", "ar", [("extra", None, "time")]),
    ("Severity 4 tickets are reviewed each business day.",
     "Les tickets de gravité 4 sont examinés chaque jour ouvré à 16h.", "fr", [("extra", None, "time")]),
    # 2.
    ("Phone support is open from 1 PM to 5 PM.", "L’assistance téléphonique est ouverte de 13 h à 18 h.", "fr",
     [("changed", "time_range", "time_range")]),
    ("Phone support is open from 1 PM to 5 PM.", "Телефонная поддержка работает с 14 до 17 часов.", "ru",
     [("changed", "time_range", "time_range")]),
    # 3.
    ("Calls are answered from 9 AM to 5 PM Central European Time.",
     "Мы принимаем звонки с 9 утра до 5 утра по центральноевропейскому времени.", "ru",
     [("changed", "time_range", "time")]),
    ("Phone support closes at 5 PM on Fridays.", "يغلق الدعم الهاتفي يوم الجمعة الساعة 5 صباحًا.", "ar",
     [("changed", "time", "time")]),
    ("Phone support closes at 5 PM on Fridays.",
     "Los viernes, el soporte telefónico cierra a las 5 de la mañana.", "es",
     [("changed", "time", "time")]),
    ("Phone support closes at 5 PM.", "L'assistance ferme à 5 heures du matin.", "fr", [("changed", "time", "time")]),
    ("Phone support closes at 5 PM.", "Die Hotline schließt um 5 Uhr morgens.", "de", [("changed", "time", "time")]),
    ("Phone support closes at 5 PM.", "Поддръжката затваря в 5 ч. сутринта.", "bg", [("changed", "time", "time")]),
    ("Phone support closes at 2 PM.", "Телефон работает до 2 часов ночи.", "ru", [("changed", "time", "time")]),
    # 4.
    ("Our help desk is staffed Monday to Friday.", "Atendemos de 2.ª a 5.ª feira.", "pt",
     [("changed", "weekday_range", "weekday_range")]),
    # 5.
    ("No support on Sunday.", "Am Wochenende gibt es keinen Support.", "de", [("changed", "weekday", "weekday_range")]),
    ("Support Monday to Friday.", "Support am Wochenende.", "de", [("changed", "weekday_range", "weekday_range")]),
    # 6.
    ("Your agent will contact you within 1–2 hours.", "Вашият агент ще се свърже с вас до ден-два.", "bg",
     [("changed", "duration_range", "duration_range")]),
    ("Your agent will contact you within 1–2 hours.", "Ваш агент свяжется с вами в течение часа-трёх.", "ru",
     [("changed", "duration_range", "duration_range")]),
    # 7.
    ("Chat support is available 24/7.", "Chat support is available round the clock, five days a week.", "en_GB",
     [("extra", None, "duration")]),
    ("Chat support is available 24/7.", "Der Chat ist rund um die Uhr, fünf Tage die Woche verfügbar.", "de",
     [("extra", None, "duration")]),
    # 8.
    ("Bug reports get a first response within 1 business day.", "Respuesta en un plazo de un día.", "es",
     [("changed", "duration", "duration")]),
    ("The VIP add-on costs €1,000 per month.", "El complemento VIP cuesta 1000 € a la semana.", "es",
     [("changed", "money", "money")]),
    ("The VIP add-on costs €1,000 per month.", "El complemento VIP cuesta 1000 € al año.", "es",
     [("changed", "money", "money")]),
]


@pytest.mark.parametrize("src,tgt,locale,expected", FIRING,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(FIRING)])
def test_wrong_translations_fail(src, tgt, locale, expected):
    assert cmp(src, tgt, locale) == expected
