"""Weekday names per locale: Babel's names in every context and width, plus case forms.

Babel gives the format and stand-alone names, wide, abbreviated and short. Sentences need more:
Russian "с понедельника по пятницу" uses the genitive and the accusative, German "montags" an
adverb, Portuguese "de segunda a sexta" drops "-feira". Those are listed here. Short and ambiguous
forms ("Mo", "So" is also "so"; "segunda" is also "second"; Arabic "أحد" is also "one") are read
only inside a range or list of weekdays, and abbreviations only with the case Babel gives them
and only as whole tokens, even in scripts without spaces (Thai "จ", Monday, is also in "ใจ").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (arabic_clitics, babel_locale, glued_prefixes, is_spaceless, key, lookup, token_pattern,
                      word_pattern)
from .types import WEEKDAYS

_RU_FORMS = {
    "mon": ("понедельник", "понедельника", "понедельнику", "понедельником", "понедельнике",
            "понедельники", "понедельников", "понедельникам", "понедельниками", "понедельниках"),
    "tue": ("вторник", "вторника", "вторнику", "вторником", "вторнике", "вторники", "вторников",
            "вторникам", "вторниками", "вторниках"),
    "wed": ("среда", "среды", "среде", "среду", "средой", "сред", "средам", "средами", "средах"),
    "thu": ("четверг", "четверга", "четвергу", "четвергом", "четверге", "четверги", "четвергов",
            "четвергам", "четвергами", "четвергах"),
    "fri": ("пятница", "пятницы", "пятнице", "пятницу", "пятницей", "пятниц", "пятницам",
            "пятницами", "пятницах"),
    "sat": ("суббота", "субботы", "субботе", "субботу", "субботой", "суббот", "субботам",
            "субботами", "субботах"),
    "sun": ("воскресенье", "воскресенья", "воскресенью", "воскресеньем", "воскресений",
            "воскресеньям", "воскресеньями", "воскресеньях"),
}
EXTRA_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {d: (n + "s",) for d, n in zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday",
                                                      "Friday", "Saturday", "Sunday"))},
    "de": {d: (n + "s", n + "e", n + "en") for d, n in zip(WEEKDAYS, (
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"))},
    "fr": {d: (n + "s",) for d, n in zip(WEEKDAYS, ("lundi", "mardi", "mercredi", "jeudi",
                                                      "vendredi", "samedi", "dimanche"))},
    "pt": {"mon": ("segundas-feiras", "segunda feira", "2ª feira", "2ª-feira", "2a feira"),
           "tue": ("terças-feiras", "terça feira", "3ª feira", "3ª-feira"),
           "wed": ("quartas-feiras", "quarta feira", "4ª feira", "4ª-feira"),
           "thu": ("quintas-feiras", "quinta feira", "5ª feira", "5ª-feira"),
           "fri": ("sextas-feiras", "sexta feira", "6ª feira", "6ª-feira", "6a feira"),
           "sat": ("sábados", "sabado"), "sun": ("domingos",)},
    "ru": _RU_FORMS,
    "bg": {"mon": ("понеделника", "понеделникът", "понеделници"),
           "tue": ("вторника", "вторникът", "вторници"), "wed": ("сряда", "срядата", "сряди"),
           "thu": ("четвъртъка", "четвъртъкът", "четвъртъци"),
           "fri": ("петъка", "петъкът", "петъци"), "sat": ("събота", "съботата", "съботи"),
           "sun": ("неделя", "неделята", "недели")},
    "ar": {"mon": ("الإثنين", "يوم الاثنين", "يوم الإثنين"), "tue": ("يوم الثلاثاء",),
           "wed": ("الاربعاء", "يوم الأربعاء"), "thu": ("يوم الخميس",), "fri": ("يوم الجمعة",),
           "sat": ("يوم السبت",), "sun": ("الاحد", "يوم الأحد")},
    # Polish case forms: "od poniedziałku do piątku", "w soboty", "w niedzielę"
    "pl": {"mon": ("poniedziałku", "poniedziałki", "poniedziałków", "poniedziałkami",
                   "poniedziałkach"),
           "tue": ("wtorku", "wtorki", "wtorków", "wtorkami", "wtorkach"),
           "wed": ("środy", "środę", "środzie", "środą", "środami", "środach", "śród"),
           "thu": ("czwartku", "czwartki", "czwartków", "czwartkami", "czwartkach"),
           "fri": ("piątku", "piątki", "piątków", "piątkami", "piątkach"),
           "sat": ("soboty", "sobotę", "sobocie", "sobotą", "sobotami", "sobotach", "sobót"),
           "sun": ("niedzieli", "niedzielę", "niedzielą", "niedziele", "niedzielami", "niedzielach",
                   "niedziel")},
    "nl": {d: (n + "s",) for d, n in zip(WEEKDAYS, ("maandag", "dinsdag", "woensdag", "donderdag",
                                                      "vrijdag", "zaterdag", "zondag"))},
}
# Forms read only inside a range or a list (they are other words too).
PAIRED_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "pt": {"mon": ("segunda", "segundas", "seg"), "tue": ("terça", "terças", "ter"),
           "wed": ("quarta", "quartas", "qua"), "thu": ("quinta", "quintas", "qui"),
           "fri": ("sexta", "sextas", "sex"), "sat": ("sáb", "sab"), "sun": ("dom",)},
    "ru": {"mon": ("пн",), "tue": ("вт",), "wed": ("ср",), "thu": ("чт",), "fri": ("пт",),
           "sat": ("сб",), "sun": ("вс",)},
    "pl": {"mon": ("pon", "pn"), "tue": ("wt",), "wed": ("śr",), "thu": ("czw",), "fri": ("pt",),
           "sat": ("sob",), "sun": ("niedz", "nd")},
    "nl": {"mon": ("ma",), "tue": ("di",), "wed": ("wo",), "thu": ("do",), "fri": ("vr",),
           "sat": ("za",), "sun": ("zo",)},
    "bg": {"mon": ("пн", "пон"), "tue": ("вт",), "wed": ("ср",), "thu": ("чт", "чет"),
           "fri": ("пт", "пет"), "sat": ("сб", "съб"), "sun": ("нд", "нед")},
}
# Day names without the article, read only after an ordinal that counts days in a month: Arabic
# "أول أحد من كل شهر" (the first Sunday of every month), where a bare "أحد" is otherwise "one".
ORDINAL_DAY_FORMS: dict[str, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {
    "ar": (("أول", "ثاني", "ثالث", "رابع", "آخر"),
           {"mon": ("اثنين", "إثنين"), "tue": ("ثلاثاء",), "wed": ("أربعاء", "اربعاء"), "thu": ("خميس",),
            "fri": ("جمعة",), "sat": ("سبت",), "sun": ("أحد", "احد")}),
}
# European Portuguese numbers the weekdays Monday..Friday 2..6: "2.ª feira"; in a range "feira" is
# written once or not at all ("de 2.ª a 6.ª feira", "2ª a 6ª"), so the bare "2.ª" pairs.
for _n, _code in zip(range(2, 7), WEEKDAYS):
    EXTRA_FORMS["pt"][_code] += (f"{_n}.ª feira", f"{_n}.a feira", f"{_n}.ªs feiras", f"{_n}.as feiras")
    PAIRED_FORMS["pt"][_code] += (f"{_n}.ª", f"{_n}.ªs", f"{_n}.as")


@dataclass(frozen=True)
class WeekdayLexicon:
    days: dict  # key -> weekday code
    free_re: str  # names read anywhere
    paired_re: str  # names read in a range or list only (includes free ones)


def _cldr_names(locale: str) -> list[tuple[str, str, str]]:
    """(width, name, weekday code) for every CLDR weekday name of the locale, both contexts."""
    loc = babel_locale(locale)
    out = []
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated", "short"):
            try:
                names = loc.days[ctx][width]
            except KeyError:
                continue
            for i, code in enumerate(WEEKDAYS):
                if names.get(i):
                    out.append((width, names[i], code))
    return out


def _stands_alone(name: str) -> bool:
    """Whether a wide CLDR name is read anywhere: three letters at least ("joi", "月曜日"); the
    shorter ones of some locales are parts of other words."""
    return sum(ch.isalpha() for ch in name) >= 3


@lru_cache(maxsize=None)
def weekday_lexicon(locale: str) -> WeekdayLexicon:
    """Weekday names of `locale`; wide names stand alone, short ones need a partner."""
    free: dict[str, str] = {}
    case_sensitive: dict[str, str] = {}
    paired: dict[str, str] = {}
    for width, name, code in _cldr_names(locale):
        if width == "wide" and _stands_alone(name):
            free[name] = code
        else:
            case_sensitive[name] = code
            case_sensitive[name.rstrip(".")] = code
    for code, forms in lookup(EXTRA_FORMS, locale, {}).items():
        for f in forms:
            free[f] = code
    for code, forms in lookup(PAIRED_FORMS, locale, {}).items():
        for f in forms:
            paired[f] = code
    days = {}
    for table in (paired, case_sensitive, free):
        for name, code in table.items():
            days[key(name)] = code
    sl = is_spaceless(locale)
    cl = arabic_clitics(locale) or (f"[{glued_prefixes(locale)}]?" if glued_prefixes(locale) else "")
    abbrevs = set()
    for name in case_sensitive:
        abbrevs.update({name, name[:1].upper() + name[1:], name.upper()})
    free_re = word_pattern(free, sl, before=cl)
    paired_re = "|".join(p for p in (
        # a short form may take an abbreviation dot: "pn.–pt.", "пн.–пт."
        free_re, f"(?:{word_pattern(paired, sl, before=cl)}\\.?)" if paired else "",
        token_pattern(sorted(abbrevs))) if p)
    return WeekdayLexicon(days=days, free_re=free_re, paired_re=f"(?:{paired_re})")


def weekday_of(text: str, locale: str) -> str | None:
    """The weekday code ("mon".."sun") of a matched weekday name."""
    days = weekday_lexicon(locale).days
    k = key(text)
    if k in days:
        return days[k]
    for clitic in ("و", "ب", "ل", "وب", *glued_prefixes(locale)):
        if k.startswith(clitic) and k[len(clitic):] in days:
            return days[k[len(clitic):]]
    return None


def days_between(first: str, last: str) -> tuple[str, ...]:
    """The weekdays from `first` to `last` inclusive, wrapping past Sunday."""
    i, j = WEEKDAYS.index(first), WEEKDAYS.index(last)
    if j < i:
        j += 7
    return tuple(WEEKDAYS[k % 7] for k in range(i, j + 1))
