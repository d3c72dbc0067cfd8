"""Phrases per language: range connectors, "24/7" phrases, weekday idioms, clock qualifiers.

These are the glue words the grammar of read.py puts between figures ("from 9 to 5", "с 9:00 до
17:00", "du lundi au vendredi") and the phrases that are figures without digits ("rund um die
Uhr", "круглосуточно"). Entries are regex fragments matched with re.IGNORECASE, spaces standing
for one or more spaces. A language missing here still gets the punctuation connectors and the
digit forms ("9:00-17:00", "24/7"), so any CLDR locale degrades to what Babel data gives.
"""

from __future__ import annotations

# Connectors of a number or duration range: "1-2 hours", "1 à 2 heures", "от 1 до 2 часов".
RANGE_CONNECTORS = {
    "en": ("to", "or", "and"), "pt": ("a", "até", "ou", "e"), "fr": ("à", "a", "ou", "et"),
    "de": ("bis", "oder", "und"), "ru": ("до", "или", "и"), "bg": ("до", "или", "и"),
    "ar": ("إلى", "الى", "أو", "و"), "es": ("a", "o", "y"), "it": ("a", "o", "e"),
}
RANGE_PREFIXES = {
    "en": ("between", "from"), "pt": ("entre", "de"), "fr": ("entre", "de"),
    "de": ("zwischen", "von"), "ru": ("от", "между"), "bg": ("от", "между"), "ar": ("بين", "من"),
    "es": ("entre", "de"), "it": ("tra", "fra", "da"),
}
# Connectors of a clock-time range: "9:00 A.M. a 5:00 P.M.", "de 9h à 17h", "с 9:00 до 17:00".
TIME_CONNECTORS = {
    "en": ("to", "until", "till", "through", "and"), "pt": ("a", "às", "as", "até", "até às", "e"),
    "fr": ("à", "a", "jusqu'à", "et"), "de": ("bis", "und"), "ru": ("до", "по", "и"),
    "bg": ("до", "и"), "ar": ("إلى", "الى", "حتى", "و"), "es": ("a", "hasta", "y"),
    "it": ("a", "alle", "fino alle"),
}
TIME_PREFIXES = {
    "en": ("from", "between"), "pt": ("de", "das", "entre", "a partir das"),
    "fr": ("de", "entre", "dès"), "de": ("von", "zwischen", "ab"), "ru": ("с", "со", "от", "между"),
    "bg": ("от", "между"), "ar": ("من", "بين"), "es": ("de", "desde las", "entre"),
    "it": ("dalle", "tra", "fra"),
}
# Prepositions that make a bare "17h" a clock time rather than 17 hours.
TIME_AT = {
    "fr": ("à", "dès", "jusqu'à", "avant", "après", "vers"),
    "pt": ("às", "as", "até às", "a partir das", "depois das", "antes das"),
    "de": ("um", "ab", "bis", "vor", "nach"), "ru": ("в", "до", "после", "с"),
    "bg": ("в", "до", "след", "от"), "en": ("at", "by", "until", "before", "after"),
    "es": ("a las", "desde las", "hasta las", "antes de las", "después de las"),
}
# Words after a clock time saying it is one ("17 Uhr", "17:00 ч.").
CLOCK_WORDS = {
    "de": ("uhr",), "ru": ("ч.", "ч"), "bg": ("ч.", "ч"), "pt": ("h", "hs", "horas", "hrs"),
    "fr": ("h", "heures"), "en": ("h", "hrs", "hours"), "es": ("h", "horas", "hs"),
}
# Unit words that read as "o'clock" at the end of a range that looks like opening hours ("от 9 до
# 18 часа", "с 9 до 18 часов"), never alone ("до 8 часа" is "up to 8 hours").
RANGE_CLOCK_WORDS = {"bg": ("часа",), "ru": ("часов", "часа"), "pt": ("horas",), "es": ("horas",)}
# Words between an hour and the CLDR day period that places it ("5 Uhr abends", "2 часа дня",
# "9 h du matin"); a language missing here uses its CLOCK_WORDS.
PERIOD_CLOCK_WORDS = {
    "de": ("uhr",), "ru": ("ч.", "ч", "час", "часа", "часов"), "bg": ("ч.", "ч", "час", "часа"),
    "pt": ("h", "hs", "hora", "horas"), "fr": ("h", "heure", "heures"), "es": ("h", "hs", "horas"),
    "en": ("o'clock",), "it": ("ore",),
}
# Spellings of CLDR day periods ("صباحًا", "de la mañana") that CLDR does not list, by period id.
DAY_PERIOD_VARIANTS = {
    "ar": {"صباحا": "morning2", "صباحاً": "morning2", "مساء": "evening1", "مساءا": "evening1",
           "مساءاً": "evening1", "ظهرا": "afternoon1", "ظهراً": "afternoon1", "ليلا": "night2",
           "ليلًا": "night2", "فجرا": "morning1", "قبل الظهر": "morning2"},
    "pt": {"da manha": "morning1"}, "es": {"de la manana": "morning2"},
    "fr": {"de l'apres-midi": "afternoon1"}, "de": {"früh": "morning1"},
    "bg": {"следобяд": "afternoon1"},
}
# Connectors of a weekday range: "Monday to Friday", "du lundi au vendredi", "с понедельника по
# пятницу".
WEEKDAY_CONNECTORS = {
    "en": ("to", "through", "thru", "till", "until"), "pt": ("a", "à", "até"),
    "fr": ("à", "au", "jusqu'au"), "de": ("bis",), "ru": ("по", "до"), "bg": ("до",),
    "ar": ("إلى", "الى", "حتى"), "es": ("a", "hasta"), "it": ("a", "al"),
}
WEEKDAY_PREFIXES = {
    "en": ("from",), "pt": ("de", "da"), "fr": ("du", "de"), "de": ("von",),
    "ru": ("с", "со", "от"), "bg": ("от",), "ar": ("من",), "es": ("de", "del"), "it": ("dal", "da"),
}
LIST_CONNECTORS = {
    "en": ("and", "or"), "pt": ("e", "ou"), "fr": ("et", "ou"), "de": ("und", "oder"),
    "ru": ("и", "или"), "bg": ("и", "или"), "ar": ("و",), "es": ("y", "o"), "it": ("e", "o"),
}

# Phrases meaning "every day, mon to fri" written without weekday names.
WEEKDAY_IDIOMS = {
    "en": (r"(?:on |during )?week ?days", r"(?:on|during) (?:business|working) days",
           r"(?:every|each) (?:business|working) day"),
    "pt": (r"(?:em|nos|durante os|todos os) dias úteis", r"durante a semana", r"(?:cada|todo) dia útil"),
    "fr": (r"en semaine", r"(?:les|pendant les|durant les|tous les) jours (?:ouvrés|ouvrables)",
           r"chaque jour (?:ouvré|ouvrable)"),
    "de": (r"werktags", r"wochentags", r"an (?:werk|arbeits|wochen)tagen",
           r"(?:an )?jedem (?:werk|arbeits|geschäfts)tag", r"jeden (?:werk|arbeits|geschäfts)tag"),
    "ru": (r"по будн(?:ям|им дням)", r"в будн(?:ие дни|и)", r"в рабочие дни", r"по рабочим дням",
           r"(?:в )?каждый рабочий день"),
    "bg": (r"(?:в|през) (?:делнични(?:те)?|работни(?:те)?) дни", r"в делник", r"всеки работен ден"),
    "ar": (r"(?:خلال|في) أيام العمل", r"(?:في )?كل يوم عمل"),
    "es": (r"(?:en|durante los|todos los) días (?:hábiles|laborables|laborales)", r"entre semana",
           r"cada día (?:hábil|laborable)"),
}
# Phrases meaning "on Saturday and Sunday" written without weekday names.
# Weekdays said by what they leave out: "täglich außer samstags und sonntags", "todos os dias,
# exceto fins de semana", "кроме выходных" are Monday to Friday; "täglich außer sonntags" is
# Monday to Saturday. EVERY_DAY before EXCEPT_WORDS and a list of day names (or the weekend) is
# read as the days that remain; EXCEPT_WORDS before the weekend alone is read so too. Each
# EXCEPT_WORDS entry carries the articles the language puts before a day name.
EVERY_DAY = {
    "en": (r"every day", r"daily", r"all days"),
    "de": (r"täglich", r"jeden tag", r"an allen tagen"),
    "fr": (r"tous les jours", r"chaque jour"),
    "pt": (r"todos os dias", r"diariamente"),
    "es": (r"todos los días", r"a diario"),
    "it": (r"tutti i giorni", r"ogni giorno"),
    "ru": (r"ежедневно", r"каждый день", r"все дни"),
    "uk": (r"щодня", r"щоденно", r"кожного дня", r"усі дні"),
    "bg": (r"всеки ден", r"всекидневно", r"ежедневно", r"всички дни"),
    "pl": (r"codziennie", r"każdego dnia"),
    "ar": (r"يوميًا", r"يوميا", r"كل يوم", r"كل الأيام"),
}
# Articles and clitics between a list connector and the next day name ("et le dimanche",
# "والسبت", "und am Sonntag").
DAY_ARTICLES = {
    "fr": ("le", "les", "l'"), "de": ("am", "an", "den"), "pt": ("o", "os", "a", "as", "ao", "aos", "no", "nos"),
    "es": ("el", "los"), "it": ("il", "la", "i", "le"), "bg": ("в",), "ru": ("в", "во"), "uk": ("в", "у"),
}
EXCEPT_WORDS = {
    "en": (r"except(?: on| for)?(?: the)?", r"excluding(?: the)?"),
    "de": (r"au(?:ß|ss)er(?: am| an| an den)?", r"ausgenommen(?: am| an)?", r"mit ausnahme (?:von|des|der)"),
    "fr": (r"sauf(?: le| les| l'| le week-end et le)?", r"excepté(?: le| les)?",
           r"à l'exception (?:du|des|de la)"),
    "pt": (r"exceto(?: aos| ao| o| os| a| as| em| nos| no)?", r"excepto(?: aos| ao| o| os| nos| no)?",
           r"salvo(?: aos| ao| nos| no)?", r"com exceção (?:de|do|dos|da|das)"),
    "es": (r"excepto(?: el| los)?", r"salvo(?: el| los)?", r"menos(?: el| los)?"),
    "it": (r"tranne(?: il| la| i| le)?", r"eccetto(?: il| la| i| le)?", r"esclus[oiae](?: il| la| i| le)?"),
    "ru": (r"кроме",), "uk": (r"(?:о)?крім",),
    "bg": (r"освен(?: в)?", r"с изключение на"),
    "pl": (r"oprócz", r"poza", r"z wyjątkiem"),
    "ar": (r"ما عدا", r"باستثناء", r"عدا"),
}

WEEKEND_IDIOMS = {
    "en": (r"(?:on |at |over |during )?(?:the )?week-?ends?",),
    "pt": (r"(?:no |nos |ao |aos |durante o |durante os )?fi(?:m|ns) de semana",),
    "fr": (r"(?:le |les |pendant le |durant le |en )?week-?ends?",
           r"(?:en |pendant la |durant la |la )?fin de semaine"),
    "de": (r"(?:am |an |übers |über das |an den )?wochenend(?:e|en)?",),
    "ru": (r"(?:в |по )?(?<!без )выходн(?:ые|ым|ых)(?: дни| дням| дней)?", r"(?:в |на )?уикенд(?:ы|ам)?"),
    "bg": (r"(?:през |в )?(?:уикенда?|почивните дни)",),
    "ar": (r"(?:في |خلال )?(?:عطلة )?نهاية الأسبوع",),
    "es": (r"(?:el |los |durante el |durante los )?fin(?:es)? de semana",),
    "it": (r"(?:il |nel |nei |durante il )?fine settimana", r"(?:il |nel )?week-?end"),
}

# Phrases with the value "24/7" (round the clock), digits or not. Generic forms come first.
ALWAYS_GENERIC = (
    r"24 ?[/x×хX] ?7(?: ?[/x×] ?365)?",
    r"24 ?(?:h|ч|س)? ?/ ?24(?: ?,? ?\w{0,3} ?7 ?(?:d|j|t|д|ي)? ?/ ?7)?",
    r"7 ?(?:d|j|t|д|ي)? ?/ ?7(?: ?,? ?\w{0,3} ?24 ?(?:h|ч)? ?/ ?24)?",
)
ALWAYS = {
    "en": (r"(?:a)?round[ -]the[ -]clock",
           r"24 hours a day(?:,? (?:and )?7 days a week)?(?:,? (?:and )?365 days a year)?",
           r"24 hours per day(?:,? (?:and )?7 days per week)?", r"(?:all day, )?(?:7|seven) days a week",
           r"day and night", r"all day,? every day"),
    "pt": (r"24 ?(?:h|horas) (?:por|ao|todos os) dias?(?:,? (?:e )?7 dias (?:por|na) semana)?",
           r"(?:7|sete) dias (?:por|na) semana", r"a qualquer hora(?: do dia)?", r"dia e noite",
           r"ininterruptamente"),
    "fr": (r"24 ?(?:h|heures) ?(?:sur|/) ?24(?:,? (?:et )?7 ?(?:j|jours) ?(?:sur|/) ?7)?",
           r"7 ?(?:j|jours) ?(?:sur|/) ?7", r"sept jours sur sept", r"(?:7|sept) jours par semaine",
           r"24 heures par jour(?:,? (?:et )?7 jours par semaine)?",
           r"jour et nuit", r"nuit et jour"),
    "de": (r"rund um die uhr", r"24 stunden (?:am tag|täglich|pro tag)"
           r"(?:,? (?:und )?(?:an )?7 tage(?:n)? (?:die|pro|in der|der) woche)?",
           r"(?:an )?(?:7|sieben) tage(?:n)? (?:die|pro|in der) woche", r"tag und nacht"),
    "ru": (r"круглосуточн\w*", r"круглые сутки", r"24 часа в сутки(?:,? (?:и )?7 дней в неделю)?",
           r"(?:7|семь) дней в неделю", r"днём и ночью", r"днем и ночью"),
    "bg": (r"денонощн\w*", r"24 часа в денонощието", r"24 часа (?:на ден|в денонощието)"
           r"(?:,? (?:и )?7 дни в седмицата)?", r"(?:7|седем) дни в седмицата", r"денем и нощем"),
    "ar": (r"على مدار الساعة(?: طوال أيام الأسبوع)?", r"طوال أيام الأسبوع", r"(?:7|سبعة) أيام في الأسبوع",
           r"24 ساعة (?:في|باليوم)(?: اليوم)?(?:،? 7 أيام في الأسبوع)?", r"ليلا ونهارا",
           r"ليلًا ونهارًا"),
    "es": (r"las 24 horas(?: del día)?", r"24 horas al día", r"(?:7|siete) días a la semana",
           r"(?:los )?(?:7|siete) días de la semana"),
    "it": (r"24 ore su 24", r"7 giorni su 7", r"24 ore al giorno"),
}
# "Every day" phrases that make "24/7" together with an ALWAYS phrase ("24 horas por dia, todos os
# dias"), never alone ("todos os dias" is only "daily").
ALWAYS_TAILS = {
    "en": (r"every day(?: of the week)?", r"all week(?: long)?", r"365 days a year"),
    "pt": (r"todos os dias(?: da semana)?", r"(?:o ano|a semana) (?:todo|toda|inteira|inteiro)"),
    "fr": (r"tous les jours(?: de la semaine)?", r"toute l'année", r"365 jours par an"),
    "de": (r"jeden tag", r"täglich", r"das ganze jahr(?: über)?", r"365 tage im jahr"),
    "ru": (r"каждый день", r"ежедневно", r"без выходных(?: и праздников)?", r"круглый год"),
    "bg": (r"всеки ден", r"без почивни дни", r"целогодишно"),
    "ar": (r"كل يوم", r"يوميًا", r"يوميا", r"طوال العام"),
    "es": (r"todos los días(?: de la semana| del año)?", r"los 365 días del año"),
    "it": (r"tutti i giorni", r"ogni giorno"),
}

# Hours of the clock written as words of their own, not as cardinals: Arabic names the hour with
# the feminine ordinal ("الخامسة مساءً", five in the evening). Read as a clock time only before a
# day period or A.M./P.M.; cardinal words ("five PM", "cinco de la tarde") are read there too.
CLOCK_HOUR_WORDS = {
    "ar": {"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6,
           "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11,
           "الحادية عشر": 11, "الثانية عشرة": 12, "الثانية عشر": 12},
}

# Availability written like "24/7" that is *not* round the clock ("24 heures sur 24 et 5 jours sur
# 7", "5 days a week"): read as its plain numbers, so that no part of it passes for "24/7".
PART_TIME = {
    "en": (r"\d{1,2} hours a day,? (?:and )?\d days a week", r"\d days a week",
           r"\d{1,2} hours per day,? (?:and )?\d days per week", r"\d days per week"),
    "pt": (r"\d{1,2} ?(?:h|horas) (?:por|ao) dia,? (?:e )?\d dias (?:por|na) semana", r"\d dias (?:por|na) semana"),
    "fr": (r"\d{1,2} ?(?:h|heures) ?(?:sur|/) ?\d{1,2}(?:,? (?:et )?\d{1,2} ?(?:j|jours) ?(?:sur|/) ?\d)?",
           r"\d{1,2} ?(?:j|jours) ?(?:sur|/) ?\d"),
    "de": (r"\d{1,2} stunden (?:am tag|täglich|pro tag),? (?:und )?(?:an )?\d tage(?:n)? (?:die|pro|in der) woche",
           r"(?:an )?\d tage(?:n)? (?:die|pro|in der) woche"),
    "ru": (r"\d{1,2} час(?:а|ов)? в сутки,? (?:и )?\d дн(?:я|ей) в неделю", r"\d дн(?:я|ей) в неделю"),
    "bg": (r"\d{1,2} часа (?:на ден|в денонощието),? (?:и )?\d дни в седмицата", r"\d дни в седмицата"),
    "ar": (r"\d أيام في الأسبوع",),
    "es": (r"\d días a la semana",), "it": (r"\d giorni su 7", r"\d{1,2} ore su 24"),
}

# After a calendar duration, phrases saying it runs on the business clock: "2 часа рабочего
# времени", "2 Stunden (Geschäftszeit)".
BUSINESS_QUALIFIERS = {
    "en": (r"(?:of|during|within|in) business (?:hours|time)", r"\(business (?:hours|time)\)",
           r"of working time", r"during working hours"),
    "pt": (r"(?:em|no|dentro do|durante o) horário (?:comercial|de expediente)",
           r"\(horário comercial\)", r"de expediente"),
    "fr": (r"(?:pendant les|durant les|en) heures (?:ouvrées|ouvrables|de bureau)",
           r"\(heures ouvrées\)"),
    "de": (r"(?:innerhalb|während) der (?:geschäfts|arbeits|büro)zeit(?:en)?",
           r"\((?:geschäfts|arbeits)zeit\)", r"geschäftszeit"),
    "ru": (r"рабочего времени", r"в рабочее время", r"\(рабочее время\)", r"в рабочие часы"),
    "bg": (r"(?:в|през) работно(?:то)? време", r"работно време"),
    "ar": (r"(?:خلال|ضمن|في|من) (?:ساعات|أوقات) العمل(?: الرسمية)?",),
    "es": (r"hábil(?:es)?(?![^\W\d_])", r"laborables?(?![^\W\d_])", r"laborales?(?![^\W\d_])"),
}
# "Or" between a unit word and a count: "an hour or two", "час-два", "une heure ou deux".
OR_CONNECTORS = {
    "en": ("or",), "pt": ("ou",), "fr": ("ou",), "de": ("oder",), "ru": ("или",), "bg": ("или",),
    "ar": ("أو",), "es": ("o", "u"), "it": ("o",),
}

# Words allowed between a number and its unit: "2 calendar days", "2 календарных дня".
UNIT_QUALIFIERS = {
    "en": ("calendar", "full", "whole", "clock", "consecutive"),
    "de": ("volle", "vollen", "ganze", "ganzen", "kalender"),
    "ru": ("календарных", "календарный", "календарные", "календарного", "полных", "полные",
           "полный", "полного"),
    "bg": ("календарни", "календарен", "пълни", "пълен"),
}

# Prepositions after which a bare unit word means one of it: "в течение часа" (within an hour).
IMPLIED_ONE = {
    "ru": ("в течение", "не более", "не позднее чем через", "не позднее", "за", "через",
           "в пределах", "не дольше", "менее", "меньше чем за"),
    "bg": ("в рамките на", "до", "за", "след", "не повече от", "в срок от"),
    "fr": ("dans l'",),
    "en": ("within the",),
}

# Noon and midnight as clock times ("until midnight" = "bis 24 Uhr", "at noon" = "à 12 h"): CLDR's
# day-period names for noon and midnight (times.noon_midnight) and these, the forms CLDR lacks
# (case forms, synonyms). "NOT" lists CLDR names that are other words too (Turkish "öğle" is also
# "lunch": "öğle arası", the lunch break).
NOON_MIDNIGHT = {
    "en": {"noon": ("midday", "noon")},
    "de": {"noon": ("Mittag",)},
    "ru": {"noon": ("полудня",), "midnight": ("полуночи",)},
    "uk": {"noon": ("полудень", "полудня", "опівдні"), "midnight": ("опівночі",)},
    # "до обяд" (by noon), "по обяд" (at noon); "обяд" alone is lunch too ("по време на обяд")
    "bg": {"noon": ("пладне", "до обяд", "по обяд")},
    "es": {"midnight": ("medianoche",)},
    "pl": {"noon": ("południa",), "midnight": ("północy",)},
    "zh": {"noon": ("中午", "正午")},
    "tr": {"noon": ("öğlen",), "midnight": ("gece yarısı", "gece yarısına")},
    # "قبل الظهر" without an hour is "by noon"; after one it is a.m. (DAY_PERIOD_VARIANTS), which
    # the longer reading of the time wins; the bare "الظهر" stays out: "بعد الظهر" is "afternoon"
    "ar": {"noon": ("منتصف النهار", "الظهيرة", "قبل الظهر", "حتى الظهر"), "midnight": ("منتصف الليل",)},
}
NOON_MIDNIGHT_NOT = {"tr": ("öğle",)}

PERCENT_WORDS = {
    "en": ("percent", "per cent"), "pt": ("por cento",), "fr": ("pour cent", "pourcent"),
    "de": ("prozent",), "ru": ("процент", "процента", "процентов"),
    "bg": ("процент", "процента"), "ar": ("في المائة", "في المئة", "بالمائة", "بالمئة"),
    "es": ("por ciento",), "it": ("per cento",),
}

# Names and identifiers after which digits are a name, not a figure: "ISO 8601", "Windows 11".
IDENTIFIER_PREFIXES = (
    "ISO", "IEC", "RFC", "EN", "DIN", "ANSI", "IEEE", "NIST", "SOC", "PCI", "PCI DSS", "HTTP",
    "HTTPS", "TLS", "SSL", "HTML", "CSS", "IPv", "OAuth", "ITIL", "COBIT", "Windows", "macOS",
    "iOS", "Android", "Office", "Python", "PHP", "Java", "Node", "Ubuntu", "Debian", "Chrome",
    "Firefox", "Safari", "Edge", "Article", "Art.", "Artikel", "Статья", "Член", "§",
)

# Words after which digits are a version, not a figure: "version 3.14", "versie 3.14" (which Dutch
# would otherwise read as the clock time 3.14), "wersja 2.1", "バージョン3.2". Any language's
# words count in any text: translators keep the English "Release", "Build".
VERSION_WORDS = (
    "version", "versions", "release", "build", "patch", "firmware", "versie", "versies", "versão",
    "versión", "versione", "wersja", "wersji", "wersję", "версия", "версии", "версию", "версія",
    "версії", "sürüm", "sürümü", "versiyon", "versiyonu", "الإصدار", "إصدار", "النسخة", "バージョン",
    "版本", "Ver.", "v.",
)

# --- Dutch, Polish, Japanese, and more Italian ---------------------------------------------------
# The same tables for languages added later, kept together so each language reads as one block.
_MORE: dict[str, dict[str, object]] = {
    "nl": {
        "RANGE_CONNECTORS": ("tot", "tot en met", "t/m", "à", "a", "of", "en"),
        "RANGE_PREFIXES": ("tussen", "van"),
        # ("t/m" is left out: compare.py takes the letters of these words as saying nothing of
        # the half of the day, and its "m" would unmark "A.M."/"P.M.")
        "TIME_CONNECTORS": ("tot", "tot en met", "en"),
        "TIME_PREFIXES": ("van", "tussen", "vanaf"),
        "TIME_AT": ("om", "vanaf", "tot", "voor", "na", "tot uiterlijk"),
        "CLOCK_WORDS": ("uur", "u"),
        "RANGE_CLOCK_WORDS": ("uur",),
        "PERIOD_CLOCK_WORDS": ("uur",),
        "WEEKDAY_CONNECTORS": ("tot", "tot en met", "t/m", "tm"),
        "WEEKDAY_PREFIXES": ("van",),
        "LIST_CONNECTORS": ("en", "of"),
        "WEEKDAY_IDIOMS": (r"(?:op |tijdens )?werkdagen", r"(?:op )?weekdagen", r"doordeweeks",
                           r"(?:elke|iedere) werkdag", r"door de week"),
        "WEEKEND_IDIOMS": (r"(?:in het |tijdens het |in de )?weekend(?:en|s)?",),
        "ALWAYS": (r"24 uur per dag(?:,? (?:en )?7 dagen per week)?", r"(?:7|zeven) dagen per week",
                   r"24 uur per dag, 7 dagen in de week", r"(?:7|zeven) dagen in de week",
                   r"(?:de klok|dag en nacht) rond", r"rond de klok", r"dag en nacht",
                   r"24 uur per etmaal"),
        "ALWAYS_TAILS": (r"elke dag(?: van de week)?", r"iedere dag", r"dagelijks",
                         r"het hele jaar(?: door)?", r"365 dagen per jaar"),
        "PART_TIME": (r"\d{1,2} uur per dag,? (?:en )?\d dagen (?:per|in de) week",
                      r"\d dagen (?:per|in de) week"),
        "BUSINESS_QUALIFIERS": (r"(?:binnen|tijdens) kantooruren", r"\(kantooruren\)",
                                r"(?:binnen|tijdens) werktijd"),
        "OR_CONNECTORS": ("of",),
        "UNIT_QUALIFIERS": ("volle", "hele", "kalender"),
        "PERCENT_WORDS": ("procent", "percent"),
    },
    "pl": {
        "RANGE_CONNECTORS": ("do", "lub", "albo", "i"),
        "RANGE_PREFIXES": ("od", "między", "pomiędzy"),
        "TIME_CONNECTORS": ("do", "i"),
        "TIME_PREFIXES": ("od", "w godz.", "w godzinach", "godz.", "między", "pomiędzy"),
        "TIME_AT": ("o", "od", "do", "po", "przed", "o godz.", "o godzinie"),
        "CLOCK_WORDS": ("godz.",),
        "WEEKDAY_CONNECTORS": ("do",),
        "WEEKDAY_PREFIXES": ("od",),
        "LIST_CONNECTORS": ("i", "oraz", "lub", "albo"),
        "WEEKDAY_IDIOMS": (r"(?:w|we) dni (?:robocze|powszednie)", r"(?:w )?dni robocze",
                           r"(?:w )?każdy dzień roboczy", r"w tygodniu"),
        "WEEKEND_IDIOMS": (r"(?:w |przez |na )?weekendy?", r"(?:w )?soboty i niedziele"),
        "ALWAYS": (r"całodobowo", r"całodobow\w+", r"(?:przez )?całą dobę",
                   r"24 godziny na dobę(?:,? (?:i |przez )?7 dni w tygodniu)?",
                   r"(?:7|siedem) dni w tygodniu", r"non[ -]?stop", r"dzień i noc",
                   r"w dzień i w nocy"),
        "ALWAYS_TAILS": (r"(?:przez )?7 dni w tygodniu", r"codziennie", r"każdego dnia",
                         r"bez przerw(?:y)?", r"(?:przez )?cały rok", r"365 dni w roku"),
        "PART_TIME": (r"\d{1,2} godzin(?:y)? na dobę,? (?:i |przez )?\d dni w tygodniu",
                      r"\d dni w tygodniu"),
        "BUSINESS_QUALIFIERS": (r"(?:w|podczas) godzin(?:ach)? (?:pracy|roboczych|urzędowania)",
                                r"\(godziny robocze\)"),
        "OR_CONNECTORS": ("lub", "albo"),
        "UNIT_QUALIFIERS": ("kalendarzowe", "kalendarzowych", "kalendarzowy", "pełne", "pełnych",
                            "pełny"),
        "IMPLIED_ONE": ("w ciągu", "w przeciągu", "do"),
        "PERCENT_WORDS": ("procent", "procenta", "procentów", "proc."),
    },
    "ja": {
        "TIME_CONNECTORS": ("から",),
        "CLOCK_WORDS": ("時",),
        "WEEKDAY_CONNECTORS": ("から",),
        "WEEKDAY_IDIOMS": (r"平日", r"営業日", r"月～金", r"月〜金", r"月-金"),
        "WEEKEND_IDIOMS": (r"土日(?:祝)?", r"週末"),
        "ALWAYS": (r"24時間365日(?:対応|体制|受付)?", r"24時間年中無休",
                   r"年中無休[・、,、]? ?24時間(?:対応|体制|受付)?",
                   r"24時間(?:対応|体制|受付)?[・、,]? ?年中無休", r"24時間体制"),
        "PART_TIME": (r"\d{1,2}時間\d日",),
        "PERCENT_WORDS": ("パーセント",),
    },
    "it": {
        "TIME_CONNECTORS": ("a", "alle", "fino alle", "e"),
        "TIME_AT": ("alle", "dalle", "fino alle", "entro le", "prima delle", "dopo le"),
        "CLOCK_WORDS": ("h",),
        "WEEKDAY_IDIOMS": (r"(?:nei|durante i|tutti i) giorni (?:feriali|lavorativi)",
                           r"(?:ogni|ciascun) giorno (?:feriale|lavorativo)",
                           r"in settimana", r"dal lunedì al venerdì"),
        "ALWAYS": (r"24 ore su 24(?:,? (?:e )?7 giorni su 7)?", r"7 giorni su 7",
                   r"24 ore al giorno(?:,? (?:e )?7 giorni (?:alla|a|la) settimana)?",
                   r"(?:7|sette) giorni (?:alla|a|la) settimana", r"giorno e notte",
                   r"notte e giorno", r"senza interruzioni"),
        "ALWAYS_TAILS": (r"tutti i giorni(?: dell'anno)?", r"ogni giorno", r"tutto l'anno",
                         r"365 giorni l'anno", r"festivi inclusi"),
        "BUSINESS_QUALIFIERS": (r"(?:in|durante l') ?orario (?:lavorativo|d'ufficio)",
                                r"lavorativ[aei](?![^\W\d_])"),
        "UNIT_QUALIFIERS": ("interi", "intere", "pieni", "consecutivi"),
        "IMPLIED_ONE": ("entro un'", "in un'"),
    },
}
# --- Ukrainian, Swedish, Turkish, Chinese: the glue words the second held-out probe needed -------
_MORE.update({
    "uk": {
        "RANGE_CONNECTORS": ("до", "або", "чи", "і", "й"), "RANGE_PREFIXES": ("від", "між"),
        "TIME_CONNECTORS": ("до", "по", "і"), "TIME_PREFIXES": ("з", "із", "від", "між"),
        "TIME_AT": ("о", "об", "до", "після", "з"), "CLOCK_WORDS": ("год.", "год"),
        "WEEKDAY_CONNECTORS": ("по", "до"), "WEEKDAY_PREFIXES": ("з", "із", "від"),
        "LIST_CONNECTORS": ("і", "й", "та", "або"),
        "WEEKDAY_IDIOMS": (r"(?:у|в|по) будн(?:і|ям)(?: дні)?", r"(?:у|в) робочі дні", r"по робочих днях"),
        "WEEKEND_IDIOMS": (r"(?:у|в|на) вихідн(?:і|их)(?: дні)?",),
        "ALWAYS": (r"цілодобово", r"цілодобов\w+", r"24 години на добу(?:,? (?:і )?7 днів на тиждень)?",
                   r"(?:7|сім) днів на тиждень", r"вдень і вночі"),
        "ALWAYS_TAILS": (r"щодня", r"без вихідних(?: і свят)?", r"кожного дня"),
        "BUSINESS_QUALIFIERS": (r"робочого часу", r"у робочий час"),
        "OR_CONNECTORS": ("або", "чи"),
        "IMPLIED_ONE": ("протягом", "впродовж", "за", "через", "не більше", "не пізніше"),
        "PERCENT_WORDS": ("відсоток", "відсотки", "відсотків"),
    },
    "sv": {
        "RANGE_CONNECTORS": ("till", "eller", "och"), "RANGE_PREFIXES": ("mellan", "från"),
        "TIME_CONNECTORS": ("till", "och"), "TIME_PREFIXES": ("från", "mellan", "kl.", "klockan"),
        "TIME_AT": ("kl.", "klockan", "från", "till", "före", "efter"), "CLOCK_WORDS": ("kl.",),
        "WEEKDAY_CONNECTORS": ("till", "t.o.m."), "WEEKDAY_PREFIXES": ("från",),
        "LIST_CONNECTORS": ("och", "eller"),
        "WEEKDAY_IDIOMS": (r"(?:på |under )?vardagar", r"(?:varje|alla) vardag(?:ar)?"),
        "WEEKEND_IDIOMS": (r"(?:på |under )?helg(?:en|er|erna)?",),
        "ALWAYS": (r"dygnet runt", r"(?:7|sju) dagar i veckan", r"24 timmar om dygnet",
                   r"årets alla dagar"),
        "ALWAYS_TAILS": (r"alla dagar", r"varje dag", r"året runt"),
        "OR_CONNECTORS": ("eller",),
        "IMPLIED_ONE": ("inom en", "inom ett"),
        "PERCENT_WORDS": ("procent",),
    },
    "tr": {
        "RANGE_CONNECTORS": ("ile", "veya", "ya da"), "TIME_CONNECTORS": ("ile", "ve"),
        "WEEKDAY_CONNECTORS": ("ile",), "LIST_CONNECTORS": ("ve", "veya", "ile"),
        "WEEKDAY_IDIOMS": (r"hafta içi(?: her gün)?", r"iş günleri(?:nde)?"),
        "WEEKEND_IDIOMS": (r"hafta sonu(?:ları)?",),
        # Turkish writes "round the clock" 7/24
        "ALWAYS": (r"7 ?/ ?24", r"7 gün 24 saat", r"günün her saati", r"kesintisiz"),
        "ALWAYS_TAILS": (r"her gün", r"yılın 365 günü"),
        "OR_CONNECTORS": ("veya",),
        "PERCENT_WORDS": ("yüzde",),
    },
    "zh": {
        "RANGE_CONNECTORS": ("至", "到"), "TIME_CONNECTORS": ("至", "到"), "CLOCK_WORDS": ("点", "點", "时"),
        "WEEKDAY_CONNECTORS": ("至", "到"), "LIST_CONNECTORS": ("和", "及", "、"),
        "WEEKDAY_IDIOMS": (r"工作日", r"周一至周五", r"週一至週五"),
        "WEEKEND_IDIOMS": (r"周末", r"週末"),
        "ALWAYS": (r"7 ?[x×] ?24(?: ?小时)?", r"全天候", r"24小时全天候", r"全年无休"),
        "PERCENT_WORDS": ("百分之",),
    },
})
for _lang, _tables in _MORE.items():
    for _name, _value in _tables.items():
        _table = globals()[_name]
        if _lang in _table:  # extend what the language has
            _table[_lang] = tuple(dict.fromkeys((*_table[_lang], *_value)))
        else:
            _table[_lang] = _value
