"""Number words per language: cardinals, ordinals, articles that mean "one", scale words.

CLDR has no spelled-out numbers Babel exposes, and num2words knows no Bulgarian and ignores
gender and case, so the small numbers a translator writes as words (1..12, 24, 30, and the
ordinals 1..10) are listed here by hand with their genders and cases. Words that are also
something else ("un" is "a", "segunda" is Monday, "first response" is no rank) are *weak*: the
reader counts them only where a figure is certain (a weak cardinal right before a unit word, a
weak ordinal next to a rank noun such as "level").
"""

from __future__ import annotations


def _forms(stems: dict[str, int], endings: tuple[str, ...]) -> dict[str, int]:
    return {stem + e: n for stem, n in stems.items() for e in endings}


_RU_ADJ = ("ый", "ой", "ого", "ому", "ым", "ом", "ая", "ую", "ое", "ые", "ых", "ыми")
_RU_ORD = _forms({"втор": 2, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
                  "восьм": 8, "девят": 9, "десят": 10}, _RU_ADJ)
_RU_ORD.update({w: 3 for w in ("третий", "третьего", "третьему", "третьим", "третьем", "третья",
                               "третьей", "третью", "третье", "третьи", "третьих", "третьими")})
_BG_ADJ = ("и", "а", "о", "ия", "ият", "ата", "ото", "ите")
_DE_ADJ = ("e", "er", "en", "em", "es")

# Cardinals counted wherever they stand.
CARDINALS: dict[str, dict[str, float]] = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty-four": 24, "thirty": 30,
           "forty-eight": 48},
    "pt": {"dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6,
           "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12,
           "vinte e quatro": 24, "trinta": 30, "quarenta e oito": 48, "mil": 1000},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "vingt-quatre": 24, "trente": 30,
           "quarante-huit": 48, "mille": 1000},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
           "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "vierundzwanzig": 24, "dreißig": 30,
           "achtundvierzig": 48, "tausend": 1000, "eintausend": 1000, "anderthalb": 1.5,
           "eineinhalb": 1.5},
    "ru": {"два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "двое": 2, "двоих": 2,
           "три": 3, "трёх": 3, "трех": 3, "трём": 3, "трем": 3, "тремя": 3, "трое": 3,
           "четыре": 4, "четырёх": 4, "четырех": 4, "четырём": 4, "четырем": 4, "четырьмя": 4,
           "четверо": 4, "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6, "семь": 7,
           "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10,
           "десяти": 10, "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12,
           "двенадцати": 12, "двадцать четыре": 24, "двадцати четырёх": 24,
           "двадцати четырех": 24, "тридцать": 30, "тридцати": 30, "сорок восемь": 48,
           "сорока восьми": 48, "полтора": 1.5, "полторы": 1.5, "полутора": 1.5,
           "тысяча": 1000, "тысячу": 1000},
    "bg": {"два": 2, "две": 2, "двама": 2, "три": 3, "трима": 3, "четири": 4, "четирима": 4,
           "пет": 5, "петима": 5, "шест": 6, "седем": 7, "осем": 8, "девет": 9, "десет": 10,
           "единадесет": 11, "единайсет": 11, "дванадесет": 12, "дванайсет": 12,
           "двадесет и четири": 24, "двайсет и четири": 24, "тридесет": 30, "трийсет": 30,
           "четиридесет и осем": 48, "хиляда": 1000},
    "ar": {"اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثة": 3,
           "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7,
           "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
           "أحد عشر": 11, "إحدى عشرة": 11, "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشرة": 12,
           "اثنتي عشرة": 12, "أربع وعشرون": 24, "أربع وعشرين": 24, "أربعة وعشرون": 24,
           "أربعة وعشرين": 24, "ثلاثون": 30, "ثلاثين": 30, "ثمان وأربعين": 48, "ألف": 1000},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10, "once": 11, "doce": 12, "veinticuatro": 24, "treinta": 30,
           "cuarenta y ocho": 48, "mil": 1000},
}

# Cardinals that are also articles or pronouns: a figure only right before a unit word.
WEAK_CARDINALS: dict[str, dict[str, float]] = {
    "en": {"a": 1, "an": 1, "one": 1, "a single": 1, "half a": 0.5, "half an": 0.5},
    "pt": {"um": 1, "uma": 1, "um único": 1, "uma única": 1, "meia": 0.5},
    "fr": {"un": 1, "une": 1, "un seul": 1, "une seule": 1, "demi": 0.5, "une demi": 0.5},
    "de": {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
           "halbe": 0.5, "halben": 0.5, "eine halbe": 0.5, "einer halben": 0.5,
           "einen halben": 0.5, "einem halben": 0.5},
    "ru": {"один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одному": 1, "одним": 1,
           "одном": 1, "одну": 1, "одни": 1, "одних": 1},
    "bg": {"един": 1, "една": 1, "едно": 1, "половин": 0.5},
    "ar": {"نصف": 0.5},
    "es": {"un": 1, "una": 1, "uno": 1, "un solo": 1, "una sola": 1, "media": 0.5, "medio": 0.5},
}

# Arabic puts "one"/"two" after the counted noun: "ساعة واحدة" (one hour).
POST_CARDINALS: dict[str, dict[str, float]] = {
    "ar": {"واحد": 1, "واحدة": 1, "واحدًا": 1, "واحدا": 1, "اثنان": 2, "اثنين": 2,
           "اثنتان": 2, "اثنتين": 2},
}

# Ordinal words counted wherever they stand.
ORDINALS: dict[str, dict[str, int]] = {
    "en": {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
           "ninth": 9, "tenth": 10},
    "pt": {**{f"terceir{e}": 3 for e in ("o", "a", "os", "as")},
           **{f"quint{e}": 5 for e in ("o", "os")}, **{f"sext{e}": 6 for e in ("o", "os")},
           **{f"sétim{e}": 7 for e in ("o", "a", "os", "as")},
           **{f"oitav{e}": 8 for e in ("o", "a", "os", "as")},
           **{f"non{e}": 9 for e in ("o", "a")}, **{f"décim{e}": 10 for e in ("o", "a")}},
    "fr": {**{f"{w}{s}": n for w, n in (("deuxième", 2), ("troisième", 3), ("quatrième", 4),
                                         ("cinquième", 5), ("sixième", 6), ("septième", 7),
                                         ("huitième", 8), ("neuvième", 9), ("dixième", 10))
              for s in ("", "s")}},
    "de": _forms({"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
                  "siebent": 7, "neunt": 9, "zehnt": 10}, _DE_ADJ),
    "ru": _RU_ORD,
    "bg": _forms({"втор": 2, "трет": 3, "четвърт": 4, "пет": 5, "шест": 6, "седм": 7,
                  "осм": 8, "девет": 9, "десет": 10}, _BG_ADJ),
    "ar": {"الثاني": 2, "ثاني": 2, "الثالث": 3, "الثالثة": 3, "ثالث": 3, "الرابع": 4,
           "الرابعة": 4, "الخامس": 5, "الخامسة": 5, "السادس": 6, "السادسة": 6, "السابع": 7,
           "السابعة": 7, "الثامن": 8, "الثامنة": 8, "التاسع": 9, "التاسعة": 9, "العاشر": 10,
           "العاشرة": 10},
}

# Ordinal words that are also something else: a figure only next to a rank noun ("level").
WEAK_ORDINALS: dict[str, dict[str, int]] = {
    "en": {"first": 1, "second": 2},
    "pt": {**{f"primeir{e}": 1 for e in ("o", "a", "os", "as")},
           **{f"segund{e}": 2 for e in ("o", "a", "os", "as")},
           "quarto": 4, "quarta": 4, "quinta": 5, "sexta": 6},
    "fr": {"premier": 1, "première": 1, "premiers": 1, "premières": 1, "second": 2,
           "seconde": 2, "seconds": 2, "secondes": 2},
    # German support jargon borrows the English ranks: "First-Level-", "Second-Level-Support"
    "de": {**_forms({"erst": 1, "acht": 8}, _DE_ADJ), "first": 1, "second": 2, "third": 3},
    "ru": _forms({"перв": 1}, _RU_ADJ),
    "bg": _forms({"първ": 1}, _BG_ADJ),
    "ar": {"الأول": 1, "الأولى": 1, "أول": 1, "الثانية": 2},
}

# Nouns that make a weak ordinal a rank: "first level", "second-line", "premier niveau".
RANK_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("level", "levels", "tier", "tiers", "line", "priority", "severity", "stage"),
    "pt": ("nível", "níveis", "linha", "camada", "prioridade", "gravidade", "severidade", "grau",
           "escalão"),
    "fr": ("niveau", "niveaux", "ligne", "rang", "priorité", "gravité", "palier", "échelon",
           "degré"),
    "de": ("stufe", "ebene", "level", "linie", "priorität", "schweregrad", "grad", "stelle"),
    "ru": ("уровень", "уровня", "уровню", "уровнем", "уровне", "линия", "линии", "линию",
           "линией", "приоритет", "приоритета", "степень", "степени", "категория", "категории"),
    "bg": ("ниво", "нивото", "нива", "линия", "линията", "степен", "степента", "приоритет"),
    "ar": ("مستوى", "المستوى", "الخط", "درجة", "الدرجة", "أولوية"),
}

# Words after a number that multiply it: "1 тыс. €", "2 Mio.", "1k".
SCALES: dict[str, dict[str, int]] = {
    "en": {"thousand": 1000, "k": 1000, "million": 10**6, "millions": 10**6},
    "pt": {"mil": 1000, "milhão": 10**6, "milhões": 10**6},
    "fr": {"mille": 1000, "k": 1000, "million": 10**6, "millions": 10**6},
    "de": {"tausend": 1000, "tsd.": 1000, "mio.": 10**6, "million": 10**6, "millionen": 10**6},
    "ru": {"тыс.": 1000, "тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "млн": 10**6,
           "миллион": 10**6, "миллиона": 10**6, "миллионов": 10**6},
    "bg": {"хил.": 1000, "хиляди": 1000, "хиляда": 1000, "млн.": 10**6, "милион": 10**6,
           "милиона": 10**6},
    "ar": {"ألف": 1000, "آلاف": 1000, "مليون": 10**6},
    "es": {"mil": 1000, "millón": 10**6, "millones": 10**6},
}

# Digit ordinals: what may follow the digits ("2nd", "2º", "2e", "2-го", "2-ро").
ORDINAL_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("st", "nd", "rd", "th"),
    "pt": ("º", "ª", "°", ".º", ".ª", ".°"),
    "es": ("º", "ª", "°", ".º", ".ª", "er", "ro", "do", "to"),
    "it": ("º", "ª", "°"),
    "fr": ("er", "re", "ère", "ème", "eme", "e", "nd", "nde", "de"),
    "ru": ("-й", "-я", "-е", "-го", "-му", "-ю", "-ой", "-ый", "-ая", "-ое", "-ую", "-ые",
           "-ым", "-ом", "-ых", "-ого", "-ому", "-ми", "-х", "-ти", "-ух", "-ёх", "-ех", "-м"),
    "uk": ("-й", "-а", "-е", "-го", "-му", "-ий", "-ої", "-у"),
    "bg": ("-ви", "-ва", "-во", "-ри", "-ра", "-ро", "-ти", "-та", "-то", "-ми", "-ма", "-мо",
           "-вия", "-рия", "-тия", "-мия", "-вата", "-рата", "-тата", "-мата", "-вото", "-рото",
           "-тото", "-мото"),
}
# Russian suffixes that make the digits a cardinal in a case ("2-х часов" is 2 hours).
CARDINAL_CASE_SUFFIXES = frozenset({"-х", "-ти", "-ух", "-ёх", "-ех", "-ми", "-м"})

# Languages whose ordinals are the digits and a dot: "2. Stufe".
DOT_ORDINAL_LANGUAGES = frozenset({
    "de", "da", "nb", "nn", "no", "fi", "cs", "sk", "pl", "hu", "tr", "et", "lv", "hr", "sl",
    "sr", "bs", "is", "fo", "gsw", "lb",
})
