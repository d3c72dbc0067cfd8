"""Unit words per locale: which word after a number makes it a duration, and in which unit.

Calendar units come from CLDR through Babel (`Locale._data['unit_patterns']['duration-hour']
[length][plural_category]`, every length and category, so the long, short and narrow forms are
all known). Babel leaves some lengths empty and then formats a raw id like "1 duration-day"
(python-babel#1217); those ids are read as units too. CLDR lacks the case forms a sentence needs
("в течение 2 часов", "innerhalb von 2 Tagen"), so they are listed here; business units come from
the project glossary. A CLDR pattern without "{0}" (Arabic "ساعة", "ساعتان") states its number:
such words are "implied" counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from . import glossary
from .lexicon import babel_locale, is_spaceless, arabic_clitics, key, lookup, word_pattern

CLDR_UNITS = {
    "duration-minute": "minutes", "duration-hour": "hours", "duration-day": "days",
    "duration-week": "weeks", "duration-month": "months", "duration-year": "years",
}
_IMPLIED_BY_CATEGORY = {"one": Decimal(1), "two": Decimal(2)}

EXTRA_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"hours": ("hour", "hours", "hr", "hrs", "h"), "minutes": ("min", "mins", "minute"),
           "days": ("day", "days"), "weeks": ("wk", "wks"), "months": ("mo", "mos", "mth", "mths"),
           "years": ("yr", "yrs")},
    "pt": {"hours": ("hora", "horas", "hr", "hrs", "h"), "days": ("dia", "dias"),
           "minutes": ("minuto", "minutos", "min"), "months": ("mês", "meses", "mes"),
           "years": ("ano", "anos"), "weeks": ("semana", "semanas")},
    "fr": {"hours": ("heure", "heures", "h"), "days": ("jour", "jours", "journée", "journées", "j"),
           "minutes": ("minute", "minutes", "min", "mn"), "weeks": ("semaine", "semaines"),
           "months": ("mois",), "years": ("an", "ans", "année", "années"),
           "days ": ("jours calendaires", "jours calendaire")},
    "de": {"hours": ("stunde", "stunden", "std.", "stdn.", "h", "stündig", "stündige",
                     "stündigen", "stündiger", "stündiges"),
           "days": ("tag", "tage", "tagen", "tages", "tags", "kalendertag", "kalendertage",
                    "kalendertagen", "kalendertages", "kalendertags", "tägig", "tägige", "tägigen", "tägiger", "tägiges"),
           "minutes": ("minute", "minuten", "min.", "minütig", "minütige", "minütigen"),
           "weeks": ("woche", "wochen", "wöchig", "wöchige", "wöchigen"),
           "months": ("monat", "monate", "monaten", "monats"),
           "years": ("jahr", "jahre", "jahren", "jahres")},
    "ru": {"hours": ("час", "часа", "часов", "часу", "часам", "часами", "часах", "ч.", "ч"),
           "days": ("день", "дня", "дней", "дню", "днём", "днем", "дням", "днями", "днях",
                    "сутки", "суток", "суткам", "сутками", "сутках", "дн."),
           "minutes": ("минута", "минуты", "минут", "минуту", "минуте", "минутой", "минутам",
                       "минутами", "мин"),
           "weeks": ("неделя", "недели", "недель", "неделю", "неделе", "неделей", "неделям",
                     "неделями"),
           "months": ("месяц", "месяца", "месяцев", "месяцу", "месяце", "месяцем", "месяцам"),
           "years": ("год", "года", "лет", "году", "годам", "годами")},
    "bg": {"hours": ("час", "часа", "часове", "часът", "ч.", "ч"),
           "days": ("ден", "дни", "дена", "деня", "денят", "денонощие", "денонощия"),
           "minutes": ("минута", "минути", "минутата", "мин."),
           "weeks": ("седмица", "седмици"), "months": ("месец", "месеца", "месеци"),
           "years": ("година", "години", "годината")},
    "ar": {"hours": ("ساعة", "ساعات", "ساعه"), "days": ("يوم", "أيام", "يومًا", "يوما", "ايام"),
           "minutes": ("دقيقة", "دقائق", "دقيقه"), "weeks": ("أسبوع", "أسابيع", "أسبوعًا", "أسبوعا"),
           "months": ("شهر", "أشهر", "شهور", "شهرًا", "شهرا"),
           "years": ("سنة", "سنوات", "عام", "أعوام", "عامًا", "عاما")},
    "es": {"hours": ("hora", "horas", "hr", "hrs", "h"), "days": ("día", "días", "dia", "dias"),
           "minutes": ("minuto", "minutos", "min"), "weeks": ("semana", "semanas"),
           "months": ("mes", "meses"), "years": ("año", "años"),
           # "días naturales"/"días corridos" are calendar days, as opposed to "días hábiles"
           "days ": ("día natural", "días naturales", "día corrido", "días corridos")},
    "it": {"hours": ("ora", "ore", "h"), "days": ("giorno", "giorni", "gg", "giornata", "giornate"),
           "minutes": ("minuto", "minuti", "min"), "weeks": ("settimana", "settimane"),
           "months": ("mese", "mesi"), "years": ("anno", "anni"),
           "days ": ("giorno di calendario", "giorni di calendario", "giorno solare",
                     "giorni solari")},
    "nl": {"hours": ("uur", "uren", "u"), "days": ("dag", "dagen", "kalenderdag", "kalenderdagen"),
           "minutes": ("minuut", "minuten", "min"), "weeks": ("week", "weken"),
           "months": ("maand", "maanden"), "years": ("jaar", "jaren")},
    "pl": {"hours": ("godzina", "godziny", "godzin", "godzinę", "godzinie", "godziną", "godzinach",
                     "godzinami", "godz.", "h"),
           "days": ("dzień", "dni", "dnia", "dniu", "dniach", "dniami", "doba", "doby", "dobę",
                    "dób"),
           "minutes": ("minuta", "minuty", "minut", "minutę", "minucie", "minutach", "minutami", "min"),
           "weeks": ("tydzień", "tygodnie", "tygodni", "tygodnia", "tygodniu", "tygodniach"),
           "months": ("miesiąc", "miesiące", "miesięcy", "miesiąca", "miesiącu", "miesiącach"),
           "years": ("rok", "lata", "lat", "roku", "latach")},
    "ja": {"hours": ("時間",), "days": ("日", "日間"), "minutes": ("分", "分間"),
           "weeks": ("週間", "週"), "months": ("か月", "ヶ月", "カ月", "ケ月", "箇月"),
           "years": ("年", "年間")},
}
# Words that state their own number: Arabic duals and one-forms, "полчаса", "ساعتا عمل".
IMPLIED_WORDS: dict[str, dict[str, tuple[str, float]]] = {
    "ar": {"ساعة": ("hours", 1), "ساعتان": ("hours", 2), "ساعتين": ("hours", 2),
           "يوم": ("days", 1), "يومان": ("days", 2), "يومين": ("days", 2),
           "دقيقة": ("minutes", 1), "دقيقتان": ("minutes", 2), "دقيقتين": ("minutes", 2),
           "أسبوع": ("weeks", 1), "أسبوعان": ("weeks", 2), "أسبوعين": ("weeks", 2),
           "شهر": ("months", 1), "شهران": ("months", 2), "شهرين": ("months", 2),
           "سنة": ("years", 1), "سنتان": ("years", 2), "سنتين": ("years", 2),
           "عامان": ("years", 2), "عامين": ("years", 2),
           # the dual in a construct ("ساعتا التوقف", "رصيد عن ساعتي توقف"); not "يومي"/"شهري"
           # (daily, monthly) nor "يوما"/"شهرا" (the accusative of one day, one month)
           "ساعتا": ("hours", 2), "ساعتي": ("hours", 2), "دقيقتا": ("minutes", 2), "دقيقتي": ("minutes", 2),
           "ساعة عمل": ("business_hours", 1), "ساعتا عمل": ("business_hours", 2),
           "ساعتي عمل": ("business_hours", 2), "ساعتان عمل": ("business_hours", 2),
           "ساعتين عمل": ("business_hours", 2), "يوم عمل": ("business_days", 1),
           "يوما عمل": ("business_days", 2), "يومي عمل": ("business_days", 2),
           "يومان عمل": ("business_days", 2), "يومين عمل": ("business_days", 2)},
    "ru": {"полчаса": ("hours", 0.5), "получаса": ("hours", 0.5), "полдня": ("days", 0.5),
           "полсуток": ("days", 0.5), "полтора часа": ("hours", 1.5), "полутора часов": ("hours", 1.5)},
    "uk": {"півгодини": ("hours", 0.5), "пів години": ("hours", 0.5), "півтори години": ("hours", 1.5),
           "годину": ("hours", 1)},
    "sv": {"en kvart": ("minutes", 15), "kvart": ("minutes", 15), "halvtimme": ("hours", 0.5),
           "en halvtimme": ("hours", 0.5), "en halv timme": ("hours", 0.5),
           "en och en halv timme": ("hours", 1.5), "ett dygn": ("days", 1)},
    "zh": {"半小时": ("hours", 0.5), "半个小时": ("hours", 0.5), "一个半小时": ("hours", 1.5),
           "一刻钟": ("minutes", 15)},
    "tr": {"yarım saat": ("hours", 0.5), "çeyrek saat": ("minutes", 15),
           "bir buçuk saat": ("hours", 1.5)},
    "fr": {"demi-heure": ("hours", 0.5), "demi-journée": ("days", 0.5)},
    "pt": {"meia hora": ("hours", 0.5), "meia-hora": ("hours", 0.5)},
    "de": {"halbtags": ("days", 0.5)},
    "es": {"media hora": ("hours", 0.5), "hora y media": ("hours", 1.5),
           "medio día": ("days", 0.5)},
    "it": {"mezz'ora": ("hours", 0.5), "mezzora": ("hours", 0.5), "un'ora": ("hours", 1),
           "un'ora e mezza": ("hours", 1.5), "mezza giornata": ("days", 0.5)},
    "nl": {"half uur": ("hours", 0.5), "halfuur": ("hours", 0.5), "kwartier": ("minutes", 15),
           "halve dag": ("days", 0.5)},
    "pl": {"pół godziny": ("hours", 0.5), "półgodziny": ("hours", 0.5),
           "kwadrans": ("minutes", 15), "kwadransa": ("minutes", 15),
           "półtorej godziny": ("hours", 1.5), "pół dnia": ("days", 0.5)},
    "ja": {"半日": ("days", 0.5), "1時間半": ("hours", 1.5)},
}
# A quarter of an hour, an hour and a half, a fortnight: idioms every language has, written without
# a digit ("within a quarter of an hour" is 15 minutes, not "an hour"). Merged into the table above.
_IDIOMS: dict[str, dict[str, tuple[str, float]]] = {
    "en": {"a quarter of an hour": ("minutes", 15), "quarter of an hour": ("minutes", 15),
           "a quarter hour": ("minutes", 15), "quarter-hour": ("minutes", 15),
           "an hour and a half": ("hours", 1.5), "one and a half hours": ("hours", 1.5),
           "a day and a half": ("days", 1.5), "a fortnight": ("weeks", 2), "fortnight": ("weeks", 2),
           "half a day": ("days", 0.5)},
    "de": {"viertelstunde": ("minutes", 15), "einer viertelstunde": ("minutes", 15),
           "eine viertelstunde": ("minutes", 15), "dreiviertelstunde": ("minutes", 45),
           "halbe stunde": ("hours", 0.5), "eineinhalb stunden": ("hours", 1.5)},
    "fr": {"quart d'heure": ("minutes", 15), "un quart d'heure": ("minutes", 15),
           "une heure et demie": ("hours", 1.5), "heure et demie": ("hours", 1.5),
           "trois quarts d'heure": ("minutes", 45)},
    "es": {"cuarto de hora": ("minutes", 15), "un cuarto de hora": ("minutes", 15),
           "una hora y media": ("hours", 1.5), "tres cuartos de hora": ("minutes", 45)},
    "it": {"quarto d'ora": ("minutes", 15), "un quarto d'ora": ("minutes", 15),
           "tre quarti d'ora": ("minutes", 45)},
    "pt": {"quarto de hora": ("minutes", 15), "um quarto de hora": ("minutes", 15),
           "hora e meia": ("hours", 1.5), "uma hora e meia": ("hours", 1.5),
           "três quartos de hora": ("minutes", 45)},
    "ru": {"четверть часа": ("minutes", 15), "четверти часа": ("minutes", 15)},
    "bg": {"четвърт час": ("minutes", 15), "час и половина": ("hours", 1.5),
           "половин час": ("hours", 0.5)},
    "pl": {"półtora dnia": ("days", 1.5)},
    "nl": {"anderhalf uur": ("hours", 1.5), "een kwartier": ("minutes", 15)},
    "uk": {"чверть години": ("minutes", 15)},
}
for _lang, _more in _IDIOMS.items():
    IMPLIED_WORDS.setdefault(_lang, {}).update(_more)
# How many letters make a unit word safe to read after a spelled-out number ("zwei h" is not).
_ABBREV_MAX_LETTERS = 2
# Short forms that are everyday words or date marks ("1 a 2" is a typo for "1 à 2", "2026 г." is a
# year): never unit words.
_NOT_UNITS = frozenset({"a", "e", "o", "y", "i", "u", "и", "в", "с", "о", "у", "а", "к", "г"})


@dataclass(frozen=True)
class UnitLexicon:
    """The unit words of one locale and the regexes that find them."""

    words: dict  # key -> unit, words that need a number before them
    implied: dict  # key -> (unit, Decimal count), words that state their number
    words_re: str  # any unit word (needing a number)
    long_re: str  # unit words safe after a spelled-out number (no 1-2 letter abbreviations)
    implied_re: str


def _word_of(pattern: str) -> str:
    return " ".join(pattern.replace("{0}", " ").split())


def _letters(word: str) -> int:
    return len(re.sub(r"[\W\d_]", "", word))


@lru_cache(maxsize=None)
def unit_lexicon(locale: str) -> UnitLexicon:
    """Unit words of `locale` from CLDR, the extras above and the business glossary."""
    loc = babel_locale(locale)
    found: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    implied: dict[str, tuple[str, Decimal]] = {}

    def add(word: str, unit: str) -> None:
        word = " ".join(word.split())
        if not word or word.startswith("duration-") or key(word) in _NOT_UNITS:
            return
        if unit == "years" and _letters(word) <= _ABBREV_MAX_LETTERS:
            return
        found.setdefault(key(word), set()).add(unit)
        spelled.setdefault(key(word), word)

    def add_implied(word: str, unit: str, count) -> None:
        word = " ".join(word.split())
        if word:
            implied[key(word)] = (unit, Decimal(str(count)))
            spelled.setdefault(key(word), word)

    patterns = loc._data["unit_patterns"]
    for cldr_id, unit in CLDR_UNITS.items():
        add_raw = cldr_id  # python-babel#1217: Babel may print the id itself
        found.setdefault(key(add_raw), set()).add(unit)
        spelled[key(add_raw)] = add_raw
        lengths = patterns.get(cldr_id) or {}
        for length in ("long", "short", "narrow"):
            for category, pattern in (lengths.get(length) or {}).items():
                if category == "per" or not isinstance(pattern, str):
                    continue
                if "{0}" in pattern:
                    add(_word_of(pattern), unit)
                elif category in _IMPLIED_BY_CATEGORY:
                    add_implied(pattern, unit, _IMPLIED_BY_CATEGORY[category])
    for unit, words in lookup(EXTRA_WORDS, locale, {}).items():
        for w in words:
            add(w, unit.strip())
    for unit, forms in lookup(glossary.BUSINESS_UNITS, locale, {}).items():
        for category, pattern in forms.items():
            if "{0}" in pattern:
                add(_word_of(pattern), unit)
            elif category in _IMPLIED_BY_CATEGORY:
                add_implied(pattern, unit, _IMPLIED_BY_CATEGORY[category])
    for unit, words in lookup(glossary.BUSINESS_VARIANTS, locale, {}).items():
        for w in words:
            add(w, unit)
    for w, (unit, count) in lookup(IMPLIED_WORDS, locale, {}).items():
        add_implied(w, unit, count)

    words = {k: next(iter(units)) for k, units in found.items() if len(units) == 1}
    spaceless = is_spaceless(locale)
    clitics = arabic_clitics(locale)
    all_words = [spelled[k] for k in words]
    long_words = [w for w in all_words if _letters(w) > _ABBREV_MAX_LETTERS]
    return UnitLexicon(
        words=words,
        implied=implied,
        words_re=word_pattern(all_words, spaceless),
        long_re=word_pattern(long_words, spaceless),
        implied_re=word_pattern([spelled[k] for k in implied], spaceless, before=clitics),
    )


def unit_of(text: str, locale: str) -> str | None:
    """The unit a matched unit word stands for, or None."""
    return unit_lexicon(locale).words.get(key(text))


def implied_of(text: str, locale: str) -> tuple[str, Decimal] | None:
    """(unit, count) for a word that states its own number, or None."""
    lex = unit_lexicon(locale)
    k = key(text)
    if k in lex.implied:
        return lex.implied[k]
    for clitic in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"):
        if k.startswith(clitic) and k[len(clitic):] in lex.implied:
            return lex.implied[k[len(clitic):]]
    return None
