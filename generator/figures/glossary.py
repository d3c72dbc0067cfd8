"""The business-clock unit words per locale, for the reader and for the formatter.

CLDR has units for calendar time only ("duration-hour"); "2 business hours" / "2 рабочих часа"
is this project's own vocabulary. `BUSINESS_UNITS[locale][unit][plural_category]` is the display
pattern the formatter uses, `{0}` being the number slot as in CLDR unit patterns (a pattern
without `{0}` states its number itself, like CLDR's Arabic "ساعة"). `BUSINESS_VARIANTS` are further
spellings a translator may use; the reader recognises both. Categories are those of the locale's
CLDR plural rule (`babel.Locale(l).plural_form.tags` plus "other").
"""

from __future__ import annotations

BUSINESS_UNITS: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "business_hours": {"one": "{0} business hour", "other": "{0} business hours"},
        "business_days": {"one": "{0} business day", "other": "{0} business days"},
    },
    "pt": {
        "business_hours": {"one": "{0} hora útil", "many": "{0} de horas úteis",
                           "other": "{0} horas úteis"},
        "business_days": {"one": "{0} dia útil", "many": "{0} de dias úteis",
                          "other": "{0} dias úteis"},
    },
    "fr": {
        "business_hours": {"one": "{0} heure ouvrée", "many": "{0} d’heures ouvrées",
                           "other": "{0} heures ouvrées"},
        "business_days": {"one": "{0} jour ouvré", "many": "{0} de jours ouvrés",
                          "other": "{0} jours ouvrés"},
    },
    "de": {
        "business_hours": {"one": "{0} Geschäftsstunde", "other": "{0} Geschäftsstunden"},
        "business_days": {"one": "{0} Geschäftstag", "other": "{0} Geschäftstage"},
    },
    "ru": {
        "business_hours": {"one": "{0} рабочий час", "few": "{0} рабочих часа",
                           "many": "{0} рабочих часов", "other": "{0} рабочего часа"},
        "business_days": {"one": "{0} рабочий день", "few": "{0} рабочих дня",
                          "many": "{0} рабочих дней", "other": "{0} рабочего дня"},
    },
    "bg": {
        "business_hours": {"one": "{0} работен час", "other": "{0} работни часа"},
        "business_days": {"one": "{0} работен ден", "other": "{0} работни дни"},
    },
    "ar": {
        "business_hours": {"zero": "{0} ساعة عمل", "one": "ساعة عمل واحدة", "two": "ساعتا عمل",
                           "few": "{0} ساعات عمل", "many": "{0} ساعة عمل", "other": "{0} ساعة عمل"},
        "business_days": {"zero": "{0} يوم عمل", "one": "يوم عمل واحد", "two": "يوما عمل",
                          "few": "{0} أيام عمل", "many": "{0} يوم عمل", "other": "{0} يوم عمل"},
    },
}

# Other spellings, without the number. A word here never changes how the formatter writes.
BUSINESS_VARIANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "business_hours": ("business hour", "business hours", "business-hour", "working hour",
                           "working hours", "work hour", "work hours", "office hour",
                           "business hrs", "business hr", "working hrs"),
        "business_days": ("business day", "business days", "business-day", "working day",
                          "working days", "work day", "work days", "workday", "workdays"),
    },
    "pt": {
        "business_hours": ("hora útil", "horas úteis", "hora util", "horas uteis",
                           "hora comercial", "horas comerciais", "hora de expediente",
                           "horas de expediente", "hora de trabalho", "horas de trabalho", "h úteis", "h uteis"),
        "business_days": ("dia útil", "dias úteis", "dia util", "dias uteis", "dia comercial",
                          "dias comerciais", "dia de trabalho", "dias de trabalho"),
    },
    "fr": {
        "business_hours": ("heure ouvrée", "heures ouvrées", "heure ouvrable", "heures ouvrables",
                           "heure de bureau", "heures de bureau", "heure de travail",
                           "heures de travail", "h ouvrées", "h ouvrables"),
        "business_days": ("jour ouvré", "jours ouvrés", "jour ouvrable", "jours ouvrables",
                          "jour de travail", "jours de travail", "journée ouvrée",
                          "journées ouvrées", "journée ouvrable", "journées ouvrables",
                          "j ouvrés", "j ouvrables"),
    },
    "de": {
        "business_hours": ("Geschäftsstunde", "Geschäftsstunden", "Arbeitsstunde", "Arbeitsstunden",
                           "Bürostunde", "Bürostunden", "Stunde innerhalb der Geschäftszeit",
                           "Stunden innerhalb der Geschäftszeit", "Geschäftszeitstunden"),
        "business_days": ("Geschäftstag", "Geschäftstage", "Geschäftstagen", "Geschäftstages",
                          "Geschäftstags", "Werktag", "Werktage", "Werktagen", "Werktages", "Werktags",
                          "Arbeitstag", "Arbeitstage", "Arbeitstagen", "Arbeitstages", "Arbeitstags"),
    },
    "ru": {
        "business_hours": ("рабочий час", "рабочих часа", "рабочих часов", "рабочего часа",
                           "рабочие часы", "рабочим часам", "рабочих ч", "раб. ч", "рабочих час"),
        "business_days": ("рабочий день", "рабочих дня", "рабочих дней", "рабочего дня",
                          "рабочие дни", "рабочим дням", "рабочий дня", "раб. дн", "рабочих дн"),
    },
    "bg": {
        "business_hours": ("работен час", "работни часа", "работни часове", "работния час",
                           "работните часове", "работен часа"),
        "business_days": ("работен ден", "работни дни", "работни дена", "работния ден",
                          "работните дни", "работен дни"),
    },
    "ar": {
        "business_hours": ("ساعة عمل", "ساعات عمل", "ساعتا عمل", "ساعتي عمل",
                           "ساعتان عمل", "ساعتين عمل", "ساعة عمل واحدة"),
        "business_days": ("يوم عمل", "أيام عمل", "يوما عمل", "يومي عمل",
                          "يومان عمل", "يومين عمل", "يوم عمل واحد"),
    },
    "es": {
        "business_hours": ("hora hábil", "horas hábiles", "hora laborable", "horas laborables",
                           "hora laboral", "horas laborales", "hora de oficina", "horas de oficina"),
        "business_days": ("día hábil", "días hábiles", "día laborable", "días laborables",
                          "día laboral", "días laborales"),
    },
    "it": {
        "business_hours": ("ora lavorativa", "ore lavorative", "ora di ufficio", "ore di ufficio",
                           "ora d'ufficio", "ore d'ufficio"),
        "business_days": ("giorno lavorativo", "giorni lavorativi", "giorno feriale",
                          "giorni feriali", "giornata lavorativa", "giornate lavorative"),
    },
    "nl": {
        "business_hours": ("werkuur", "werkuren", "kantooruur", "kantooruren", "zakelijk uur",
                           "zakelijke uren"),
        "business_days": ("werkdag", "werkdagen", "zakelijke dag", "zakelijke dagen", "kantoordag",
                          "kantoordagen"),
    },
    "pl": {
        "business_hours": ("godzina robocza", "godziny robocze", "godzin roboczych",
                           "godzinach roboczych", "godzinę roboczą", "godz. roboczych"),
        "business_days": ("dzień roboczy", "dni robocze", "dni roboczych", "dniach roboczych",
                          "dnia roboczego", "dniu roboczym", "dzień powszedni", "dni powszednie",
                          "dni powszednich"),
    },
    "ja": {"business_hours": ("営業時間",), "business_days": ("営業日",)},
    "sv": {"business_hours": ("arbetstimme", "arbetstimmar", "arbetstimmarna", "kontorstimme",
                              "kontorstimmar"),
           "business_days": ("arbetsdag", "arbetsdagar", "arbetsdagen", "arbetsdagarna",
                             "vardag", "vardagar")},
    "tr": {"business_hours": ("iş saati", "mesai saati", "çalışma saati"),
           "business_days": ("iş günü", "iş gün", "mesai günü", "çalışma günü")},
    "uk": {"business_hours": ("робоча година", "робочі години", "робочих годин", "робочої години",
                              "робочу годину"),
           "business_days": ("робочий день", "робочі дні", "робочих днів", "робочого дня",
                             "робочому дні")},
    "zh": {"business_hours": ("个工作小时", "工作小时"), "business_days": ("个工作日", "工作日")},
}
