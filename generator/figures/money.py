"""Currencies and billing periods per locale, for money figures ("1000€/mês", "€1,000 per month").

Symbols, ISO codes and currency names (singular and CLDR plural forms) come from Babel for the
locale and for English; case forms Babel lacks ("долларов", "евро" is invariant) are listed here.
A bare "$" is the US dollar unless the locale gives "$" to its own currency. ISO codes must be
upper case ("EUR", never "eur"). Periods come from CLDR's per-unit patterns ("{0} pro Monat" ->
"pro Monat") plus adverbs and adjectives ("monatlich", "mensais", "ежемесячно", "месечно").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from babel.core import get_global

from .lexicon import arabic_clitics, babel_locale, is_spaceless, key, lookup, trie, word_pattern
from .lexicon import language as language_of

SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR",
           "₺": "TRY", "₩": "KRW", "₪": "ILS", "zł": "PLN", "Kč": "CZK", "лв": "BGN", "лв.": "BGN",
           "R$": "BRL", "US$": "USD", "U$S": "USD", "A$": "AUD", "C$": "CAD", "CA$": "CAD",
           "руб.": "RUB", "руб": "RUB", "р.": "RUB", "Fr.": "CHF", "SFr.": "CHF", "CHF": "CHF",
           "€uro": "EUR", "Ft": "HUF", "lei": "RON", "kn": "HRK", "₫": "VND", "฿": "THB",
           "₦": "NGN", "₱": "PHP",
           # the hryvnia as Ukrainian and Russian write it after an amount ("1 000 грн"): CLDR
           # has only "₴"
           "грн": "UAH", "грн.": "UAH"}
MAJOR_CODES = ("EUR", "USD", "GBP", "CHF", "JPY", "RUB", "BGN", "BRL", "PLN", "CZK", "SEK", "NOK",
               "DKK", "CAD", "AUD", "CNY", "INR", "AED", "SAR", "EGP", "TRY", "UAH", "HUF", "RON",
               "MXN", "ZAR", "KRW", "ILS", "NZD", "SGD", "HKD")
EXTRA_NAMES = {
    "en": {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP",
           "pounds": "GBP", "pounds sterling": "GBP", "rouble": "RUB", "roubles": "RUB",
           "ruble": "RUB", "rubles": "RUB", "yen": "JPY"},
    "pt": {"euro": "EUR", "euros": "EUR", "dólar": "USD", "dólares": "USD", "reais": "BRL",
           "libra": "GBP", "libras": "GBP", "libras esterlinas": "GBP"},
    "fr": {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "livre sterling": "GBP",
           "livres sterling": "GBP", "franc suisse": "CHF", "francs suisses": "CHF"},
    "de": {"euro": "EUR", "euros": "EUR", "dollar": "USD", "us-dollar": "USD", "pfund": "GBP",
           "franken": "CHF"},
    "ru": {"евро": "EUR", "доллар": "USD", "доллара": "USD", "долларов": "USD", "долларах": "USD",
           "долларам": "USD", "рубль": "RUB", "рубля": "RUB", "рублей": "RUB", "рублях": "RUB",
           "фунт": "GBP", "фунта": "GBP", "фунтов": "GBP"},
    "bg": {"евро": "EUR", "долар": "USD", "долара": "USD", "долари": "USD", "лев": "BGN",
           "лева": "BGN", "паунд": "GBP", "паунда": "GBP"},
    "ar": {"يورو": "EUR", "دولار": "USD", "دولارات": "USD", "دولارًا": "USD", "دولارا": "USD",
           "جنيه": "GBP", "جنيه إسترليني": "GBP", "درهم": "AED", "ريال": "SAR"},
    "zh": {"元": "CNY", "人民币": "CNY", "欧元": "EUR", "美元": "USD"},
    # "TL" (Türk lirası) is how Turkish writes the lira far more often than CLDR's "₺"
    "tr": {"avro": "EUR", "euro": "EUR", "dolar": "USD", "lira": "TRY", "TL": "TRY", "Türk lirası": "TRY"},
    "uk": {"євро": "EUR", "долар": "USD", "долари": "USD", "доларів": "USD", "гривня": "UAH",
           "гривні": "UAH", "гривень": "UAH"},
    "sv": {"kr": "SEK", "kronor": "SEK", "euro": "EUR"},
}
# Words that are currencies only after an amount ("real" is an adjective too). So is any name of
# one character in a script without spaces: Japanese "円" is also the "円" of "円滑" (smooth).
AMOUNT_ONLY = frozenset({"real", "r", "ft", "lei", "kn", "mark"})

EXTRA_PERIODS = {
    "en": {"month": ("a month", "monthly", "each month", "every month", "per mo", "/mo", "/mth",
                     "/month", "a mo"),
           "year": ("a year", "per annum", "p.a.", "annually", "yearly", "/yr", "/year",
                    "each year", "every year"),
           "week": ("a week", "weekly", "/wk", "/week"), "day": ("a day", "daily", "/day")},
    "pt": {"month": ("por mês", "ao mês", "/mês", "mensal", "mensais", "mensalmente", "por mes",
                     "/mes", "cada mês", "todo mês", "todos os meses"),
           "year": ("por ano", "ao ano", "/ano", "anual", "anuais", "anualmente"),
           "week": ("por semana", "semanal", "semanais", "semanalmente"),
           "day": ("por dia", "ao dia", "diário", "diária", "diariamente")},
    "fr": {"month": ("par mois", "/mois", "mensuel", "mensuels", "mensuelle", "mensuelles",
                     "mensuellement", "chaque mois", "tous les mois"),
           "year": ("par an", "par année", "/an", "annuel", "annuels", "annuelle", "annuelles",
                    "annuellement"),
           "week": ("par semaine", "hebdomadaire", "hebdomadaires"),
           "day": ("par jour", "/jour", "quotidien", "quotidienne", "quotidiennement")},
    "de": {"month": ("pro Monat", "im Monat", "/Monat", "monatlich", "je Monat", "/Mon.",
                     "monatliche", "monatlichen", "pro Mon.", "mtl.", "/Mt."),
           "year": ("pro Jahr", "im Jahr", "jährlich", "/Jahr", "p.a.", "je Jahr", "jährliche",
                    "jährlichen"),
           "week": ("pro Woche", "wöchentlich", "/Woche"), "day": ("pro Tag", "täglich", "/Tag")},
    "ru": {"month": ("в месяц", "ежемесячно", "/мес", "/мес.", "/месяц", "за месяц", "в мес.",
                     "ежемесячная", "ежемесячной", "ежемесячную", "ежемесячный", "помесячно"),
           "year": ("в год", "ежегодно", "/год", "за год", "ежегодная", "ежегодный"),
           "week": ("в неделю", "еженедельно", "/нед"), "day": ("в день", "ежедневно", "в сутки")},
    "bg": {"month": ("на месец", "месечно", "/месец", "/мес.", "месечна", "месечен", "месечни",
                     "всеки месец"),
           "year": ("на година", "годишно", "/година", "годишна", "годишен"),
           "week": ("на седмица", "седмично"), "day": ("на ден", "дневно")},
    "ar": {"month": ("شهريًا", "شهريا", "شهرياً", "في الشهر", "/شهر", "كل شهر", "بالشهر",
                     "شهري", "شهرية"),
           "year": ("سنويًا", "سنويا", "سنوياً", "في السنة", "في العام", "/سنة", "سنوي", "سنوية"),
           "week": ("أسبوعيًا", "أسبوعيا", "في الأسبوع"), "day": ("يوميًا", "يوميا", "في اليوم")},
    "es": {"month": ("al mes", "por mes", "/mes", "mensual", "mensuales", "mensualmente", "cada mes",
                     "todos los meses"),
           "year": ("al año", "por año", "/año", "anual", "anuales", "anualmente", "cada año"),
           "week": ("a la semana", "por semana", "/semana", "semanal", "semanales", "semanalmente"),
           "day": ("al día", "por día", "/día", "diario", "diaria", "diariamente")},
    "it": {"month": ("al mese", "ogni mese", "/mese", "mensile", "mensili", "mensilmente",
                     "per mese", "il mese"),
           "year": ("all'anno", "l'anno", "ogni anno", "/anno", "annuo", "annua", "annui", "annue",
                    "annuale", "annuali", "annualmente", "per anno"),
           "week": ("alla settimana", "a settimana", "settimanale", "settimanali"),
           "day": ("al giorno", "giornaliero", "giornaliera", "quotidiano", "quotidiana")},
    "nl": {"month": ("per maand", "/maand", "p/m", "p.m.", "per mnd", "/mnd", "maandelijks",
                     "elke maand", "in de maand"),
           "year": ("per jaar", "/jaar", "p/j", "jaarlijks", "elk jaar", "per jr"),
           "week": ("per week", "/week", "wekelijks"), "day": ("per dag", "/dag", "dagelijks")},
    "tr": {"month": ("aylık", "ayda", "her ay", "/ay", "ay başına"),
           "year": ("yıllık", "yılda", "her yıl", "/yıl", "yıl başına")},
    "sv": {"month": ("per månad", "i månaden", "/mån", "/månad", "månadsvis", "varje månad"),
           "year": ("per år", "om året", "/år", "årligen", "varje år")},
    "uk": {"month": ("на місяць", "щомісяця", "/міс", "/місяць", "за місяць"),
           "year": ("на рік", "щороку", "/рік", "за рік")},
    "pl": {"month": ("miesięcznie", "na miesiąc", "/mies.", "/miesiąc", "za miesiąc", "co miesiąc",
                     "miesięczna", "miesięczny", "miesięczne", "mies.", "/m-c", "m-c"),
           "year": ("rocznie", "na rok", "/rok", "za rok", "co roku", "roczna", "roczny", "roczne",
                    "w skali roku"),
           "week": ("tygodniowo", "na tydzień", "/tydz.", "co tydzień"),
           "day": ("dziennie", "na dzień", "/dzień", "za dzień", "co dzień")},
    "ja": {"month": ("／月", "月あたり", "1か月あたり", "ひと月あたり"),
           "year": ("／年", "年あたり", "1年あたり")},
}
# Quarterly billing ("per quarter", "per kwartaal", "trimestral"): CLDR has no per-quarter pattern.
_QUARTERLY = {
    "en": ("per quarter", "a quarter", "quarterly", "/quarter", "each quarter", "every quarter"),
    "pt": ("por trimestre", "ao trimestre", "trimestral", "trimestrais", "trimestralmente"),
    "fr": ("par trimestre", "trimestriel", "trimestriels", "trimestrielle", "trimestrielles",
           "trimestriellement", "/trimestre"),
    "de": ("pro Quartal", "im Quartal", "je Quartal", "vierteljährlich", "quartalsweise", "/Quartal"),
    "ru": ("в квартал", "за квартал", "ежеквартально", "ежеквартальная", "ежеквартальный"),
    "bg": ("на тримесечие", "тримесечно", "за тримесечие"),
    "ar": ("كل ربع سنة", "ربع سنوي", "ربع سنويًا", "فصليًا"),
    "es": ("por trimestre", "al trimestre", "trimestral", "trimestrales", "trimestralmente"),
    "it": ("al trimestre", "per trimestre", "trimestrale", "trimestrali", "ogni trimestre"),
    "nl": ("per kwartaal", "/kwartaal", "driemaandelijks", "elk kwartaal"),
    "tr": ("üç aylık", "çeyreklik", "her çeyrek"),
    "sv": ("per kvartal", "kvartalsvis", "/kvartal"),
    "uk": ("на квартал", "щокварталу", "за квартал"),
    "pl": ("kwartalnie", "na kwartał", "za kwartał", "co kwartał", "kwartalna", "kwartalny"),
    "ja": ("四半期ごと", "／四半期"),
}
for _lang, _words in _QUARTERLY.items():
    EXTRA_PERIODS.setdefault(_lang, {})["quarter"] = _words
# Periods written before the amount, beyond CLDR's: Japanese "月額1万円" (10,000 yen a month).
EXTRA_PREFIX_PERIODS = {
    "ja": {"month": ("月額", "毎月", "月々"), "year": ("年額", "年間", "毎年")},
    "zh": {"month": ("每月", "月费"), "year": ("每年", "年费"), "quarter": ("每季度", "每季")},
}
# The billing basis of a per-unit price: "€49 per agent per month" is a price per seat, "49 € por
# mês" a flat one. CLDR has no such unit, so the words are listed here, reviewed by hand. Three
# bases: "user" (a user, agent, seat, licence, person: what a help desk bills per head), "device"
# and "contact". Most languages write a preposition and a noun ("por usuário", "za użytkownika"),
# and the noun alone after a slash ("€49/user/month"): BASIS_PREPOSITIONS x BASIS_NOUNS. Phrases
# of another shape ("temsilci başına", "1ユーザーあたり", "每位用户", "لكل مستخدم") are listed whole
# in BASIS_PHRASES. Left out on purpose: phrases that are everyday words elsewhere ("za kontakt",
# Polish "thanks for contacting us"; Bulgarian "за потребител", "for the user": "на" only there).
BASIS_PREPOSITIONS = {
    "en": ("per", "for each", "for every"), "pt": ("por", "por cada"), "fr": ("par", "pour chaque"),
    "de": ("pro", "je"), "es": ("por", "por cada"), "it": ("per", "per ogni", "per ciascun", "per ciascuno",
                                                          "per ciascuna"),
    "nl": ("per",), "sv": ("per",), "pl": ("za", "na", "od"), "ru": ("за", "на", "с"), "uk": ("за", "на", "з"),
    "bg": ("на",),
}
BASIS_NOUNS = {
    "en": {"user": ("user", "named user", "active user", "agent", "seat", "agent seat", "licence",
                    "license", "person", "operator", "technician"),
           "device": ("device", "endpoint"), "contact": ("contact",)},
    "pt": {"user": ("usuário", "utilizador", "agente", "licença", "assento", "pessoa", "operador",
                    "técnico", "atendente"),
           "device": ("dispositivo", "equipamento"), "contact": ("contacto", "contato")},
    "fr": {"user": ("utilisateur", "utilisatrice", "agent", "licence", "poste", "siège", "personne",
                    "opérateur", "technicien"),
           "device": ("appareil", "terminal"), "contact": ("contact",)},
    "de": {"user": ("Nutzer", "Benutzer", "Anwender", "Agent", "Agenten", "Lizenz", "Arbeitsplatz",
                    "Person", "Mitarbeiter", "Techniker", "Seat"),
           "device": ("Gerät", "Endgerät"), "contact": ("Kontakt",)},
    "es": {"user": ("usuario", "agente", "licencia", "puesto", "asiento", "persona", "operador",
                    "técnico"),
           "device": ("dispositivo", "equipo"), "contact": ("contacto",)},
    "it": {"user": ("utente", "agente", "licenza", "postazione", "persona", "operatore", "tecnico"),
           "device": ("dispositivo",), "contact": ("contatto",)},
    "nl": {"user": ("gebruiker", "agent", "licentie", "werkplek", "persoon", "medewerker", "seat"),
           "device": ("apparaat",), "contact": ("contact",)},
    "sv": {"user": ("användare", "agent", "licens", "person", "handläggare"),
           "device": ("enhet",), "contact": ("kontakt",)},
    "pl": {"user": ("użytkownika", "agenta", "konsultanta", "licencję", "stanowisko", "osobę",
                    "osoby", "operatora", "technika"),
           "device": ("urządzenie",)},
    "ru": {"user": ("пользователя", "агента", "оператора", "лицензию", "рабочее место", "человека",
                    "сотрудника", "специалиста"),
           "device": ("устройство",)},
    "uk": {"user": ("користувача", "агента", "оператора", "ліцензію", "робоче місце", "особу",
                    "людину", "працівника"),
           "device": ("пристрій",)},
    "bg": {"user": ("потребител", "агент", "оператор", "лиценз", "работно място", "човек", "служител"),
           "device": ("устройство",), "contact": ("контакт",)},
}
BASIS_PHRASES = {
    "pl": {"contact": ("na kontakt", "od kontaktu")},
    "ru": {"contact": ("на контакт", "за каждый контакт"), "user": ("в расчёте на пользователя",
                                                                    "в расчете на пользователя")},
    "uk": {"contact": ("на контакт",)},
    "ar": {"user": ("لكل مستخدم", "للمستخدم الواحد", "لكل وكيل", "لكل موظف", "لكل ترخيص", "لكل رخصة",
                    "لكل مقعد", "لكل شخص", "لكل فرد", "/مستخدم"),
           "device": ("لكل جهاز", "/جهاز"), "contact": ("لكل جهة اتصال",)},
    "tr": {"user": ("kullanıcı başına", "kullanıcı başı", "temsilci başına", "temsilci başı", "ajan başına",
                    "lisans başına", "kişi başına", "kişi başı", "koltuk başına", "operatör başına",
                    "her kullanıcı için", "/kullanıcı"),
           "device": ("cihaz başına", "/cihaz")},
    # (read with an optional "1" before: "1ユーザーあたり", per one user)
    "ja": {"user": ("ユーザーあたり", "ユーザー当たり", "ユーザーにつき", "ユーザーごと", "ユーザー毎",
                    "ユーザー1人あたり", "ユーザー1名あたり", "人あたり", "名あたり", "エージェントあたり",
                    "オペレーターあたり", "席あたり", "ライセンスあたり", "担当者あたり", "／ユーザー", "/ユーザー"),
           "device": ("デバイスあたり", "端末あたり", "台あたり"), "contact": ("連絡先あたり", "コンタクトあたり")},
    "zh": {"user": ("每位用户", "每个用户", "每名用户", "每用户", "每人", "每位客服", "每个客服", "每名客服",
                    "每个坐席", "每坐席", "每个座席", "每座席", "每席位", "每个席位", "每个许可证", "每许可证",
                    "每个授权", "按用户", "按坐席", "按席位", "每位使用者", "每個使用者", "每使用者", "每個席位",
                    "每個授權", "每個座席", "/用户", "/坐席", "/席", "/人", "/使用者"),
           "device": ("每台设备", "每个设备", "每设备", "每台設備", "每個設備", "每台终端", "/设备", "/設備"),
           "contact": ("每个联系人", "每位联系人", "每联系人", "每個聯絡人")},
}

def _basis_words(locale: str) -> dict[str, str]:
    """{phrase: basis} for the locale: preposition + noun, slash + noun, whole phrases."""
    out: dict[str, str] = {}
    for basis, nouns in lookup(BASIS_NOUNS, locale, {}).items():
        for noun in nouns:
            out["/" + noun] = basis
            for prep in lookup(BASIS_PREPOSITIONS, locale, ()):
                out[f"{prep} {noun}"] = basis
    for basis, phrases in lookup(BASIS_PHRASES, locale, {}).items():
        for phrase in phrases:
            out[phrase] = basis
            if language_of(locale) == "ja" and not phrase[0] in "/／1":
                for one in ("1", "１", "一"):
                    out[one + phrase] = basis
    return out


_PER_UNITS = {"duration-day": "day", "duration-week": "week", "duration-month": "month",
              "duration-year": "year"}


@dataclass(frozen=True)
class MoneyLexicon:
    currencies: dict  # key -> ISO code (symbols, names; codes are looked up as they are)
    currency_re: str  # any currency next to an amount
    standalone_re: str  # currencies named alone ("in euros")
    periods: dict  # key -> period
    period_re: str
    bases: dict | None = None  # key -> billing basis ("user", "device", "contact"), see BASIS_NOUNS
    basis_re: str = "(?!x)x"  # "per agent", "por usuário", "/user", "1ユーザーあたり"
    slash_period_re: str = "(?!x)x"  # CLDR's "{0}/日", "{0}/nap": periods read right after a "/"
    prefix_period_re: str = "(?!x)x"  # CLDR's "일당 {0}": periods written before the amount


def _currency_names(loc: Locale) -> dict[str, str]:
    out = {}
    for code, name in loc.currencies.items():
        if name:
            out[name] = code
    plural = loc._data.get("currency_names_plural") or {}
    for code in list(plural.keys()):
        forms = plural.get(code) or {}
        for form in forms.values():
            if isinstance(form, str) and form:
                out[form] = code
    return out


@lru_cache(maxsize=None)
def money_lexicon(locale: str) -> MoneyLexicon:
    loc = babel_locale(locale)
    symbols = dict(SYMBOLS)
    for src in (Locale.parse("en"), loc):
        for code, sym in src.currency_symbols.items():
            if sym and sym != code and not sym.isalpha() or sym in ("лв.", "zł", "Kč"):
                symbols.setdefault(sym, code)
    for code in (loc.territory and get_global("territory_currencies").get(loc.territory, [])) or []:
        sym = loc.currency_symbols.get(code[0] if isinstance(code, tuple) else code)
        if sym:
            symbols[sym] = code[0] if isinstance(code, tuple) else code
    # Names only for the major currencies and the locale's own: the full CLDR list (300 names in
    # every plural form) tripled the time to compile a locale's grammar for names nobody types.
    local_codes = {c[0] if isinstance(c, tuple) else c
                   for c in (loc.territory and get_global("territory_currencies").get(loc.territory, [])) or []}
    names = {}
    for src in (Locale.parse("en"), loc):
        names.update({n: c for n, c in _currency_names(src).items() if c in MAJOR_CODES or c in local_codes})
    names.update(lookup(EXTRA_NAMES, locale, {}))
    names.update(EXTRA_NAMES["en"])
    sl = is_spaceless(locale)
    cl = arabic_clitics(locale)
    codes = sorted(get_global("all_currencies"))
    currencies = {key(s): c for s, c in symbols.items()}
    currencies.update({key(n): c for n, c in names.items()})
    glued = [s for s in symbols if not s[-1].isalpha()]
    lettered = [s for s in symbols if s[-1].isalpha()]
    sym_re = trie(glued, loose=False) + "|" + f"(?:{trie(lettered, loose=False)})(?![^\\W\\d_])"
    currency_re = (f"(?:{word_pattern(codes, case=True)}|(?:{sym_re})"
                   f"|{word_pattern(names, sl, before=cl)})")
    standalone_names = [n for n in names if key(n) not in AMOUNT_ONLY and not (sl and len(key(n)) == 1)]
    standalone_re = (f"(?:{word_pattern(MAJOR_CODES, case=True)}|€|£|₽"
                     f"|{word_pattern(standalone_names, sl, before=cl)})")
    periods, slashed, prefixed = _cldr_periods(loc)
    for period, words in lookup(EXTRA_PERIODS, locale, {}).items():
        for w in words:
            periods[w] = period
    for period, words in lookup(EXTRA_PREFIX_PERIODS, locale, {}).items():
        for w in words:
            prefixed[w] = period
    bases = _basis_words(locale)
    return MoneyLexicon(
        currencies=currencies, currency_re=currency_re, standalone_re=standalone_re,
        bases={key(b): v for b, v in bases.items()},
        basis_re=word_pattern(bases, sl, before=cl) if bases else "(?!x)x",
        periods={key(p): v for p, v in {**slashed, **prefixed, **periods}.items()},
        period_re=word_pattern(periods, sl, before=cl),
        slash_period_re=word_pattern(slashed, sl) if slashed else "(?!x)x",
        prefix_period_re=word_pattern(prefixed, sl) if prefixed else "(?!x)x",
    )


def _cldr_periods(loc: Locale) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """CLDR's per-period words, from the patterns the formatter writes prices with.

    Returns three {word: period} tables: words after the amount ("{0} pro Monat"), words after
    a slash ("{0}/nap", "{0}/日": read only right after the "/", as "nap" alone is "day"), and
    words before the amount ("일당 {0}"). A one-letter word after a slash counts only where one
    letter is a word (an ideograph or a Hangul syllable, "{0}/月"); "{0}/m" may mean minutes.
    """
    periods: dict[str, str] = {}
    slashed: dict[str, str] = {}
    prefixed: dict[str, str] = {}
    for cldr_id, period in _PER_UNITS.items():
        for length in ("long", "short", "narrow"):
            try:
                pattern = loc._data["unit_patterns"][cldr_id][length]["per"]
            except (KeyError, TypeError):
                continue
            before, _, after = (" ".join(part.split()) for part in pattern.partition("{0}"))
            if after.startswith("/") and _is_word(after[1:]):
                slashed[after[1:]] = period
            elif before and not after and _is_word(before):
                prefixed[before] = period
            word = " ".join(pattern.replace("{0}", " ").split())
            if word and len(word.strip("/")) > 1:
                periods[word] = period
        # the unit's own name after a slash, as translators write it ("1000€/semaine",
        # "1000 €/Woche", "1000 €/día"), where CLDR's per pattern abbreviates it or is a phrase
        for length in ("long", "short"):
            counted = (loc._data["unit_patterns"].get(cldr_id) or {}).get(length) or {}
            for count, pattern in counted.items():
                if count in ("per", "display_name") or not isinstance(pattern, str):
                    continue
                word = " ".join(pattern.replace("{0}", " ").split())
                if " " not in word and _is_word(word):
                    slashed.setdefault(word, period)
    return periods, slashed, prefixed


def _is_word(text: str) -> bool:
    """Two letters at least, or one wide (ideographic, Hangul) character."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 1 or (len(letters) == 1 and unicodedata.east_asian_width(letters[0]) in "WF")


def currency_of(text: str, locale: str) -> str | None:
    """The ISO code of a matched currency symbol, code or name."""
    t = text.strip()
    if t in get_global("all_currencies"):
        return t
    lex = money_lexicon(locale)
    k = key(t)
    if k in lex.currencies:
        return lex.currencies[k]
    for clitic in ("ب", "و", "ل", "وب"):
        if k.startswith(clitic) and k[len(clitic):] in lex.currencies:
            return lex.currencies[k[len(clitic):]]
    return None


def basis_of(text: str, locale: str) -> str | None:
    """The billing basis ("user", "device", "contact") of a matched basis phrase."""
    lex = money_lexicon(locale)
    k = key(text)
    if k in lex.bases:
        return lex.bases[k]
    for clitic in ("و", "ب"):
        if k.startswith(clitic) and k[len(clitic):] in lex.bases:
            return lex.bases[k[len(clitic):]]
    return None


def period_of(text: str, locale: str) -> str | None:
    """The period ("day"|"week"|"month"|"year") of a matched period phrase."""
    lex = money_lexicon(locale)
    k = key(text)
    if k in lex.periods:
        return lex.periods[k]
    for clitic in ("ب", "و", "ل"):
        if k.startswith(clitic) and k[len(clitic):] in lex.periods:
            return lex.periods[k[len(clitic):]]
    return None
