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
    # "sei" is also "(you) are", "otto" a name: weak (WEAK_CARDINALS)
    "it": {"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "nove": 9, "dieci": 10,
           "undici": 11, "dodici": 12, "ventiquattro": 24, "trenta": 30, "quarantotto": 48,
           "mille": 1000},
    # "acht" is also "attention" ("in acht nemen"): weak
    "nl": {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9,
           "tien": 10, "elf": 11, "twaalf": 12, "vierentwintig": 24, "dertig": 30,
           "achtenveertig": 48, "duizend": 1000, "één": 1, "anderhalf": 1.5, "anderhalve": 1.5},
    "pl": {"dwa": 2, "dwie": 2, "dwóch": 2, "dwu": 2, "dwoma": 2, "dwiema": 2, "dwom": 2,
           "trzy": 3, "trzech": 3, "trzem": 3, "trzema": 3, "cztery": 4, "czterech": 4,
           "czterem": 4, "czterema": 4, "pięć": 5, "pięciu": 5, "pięcioma": 5, "sześć": 6,
           "sześciu": 6, "siedem": 7, "siedmiu": 7, "osiem": 8, "ośmiu": 8, "dziewięć": 9,
           "dziewięciu": 9, "dziesięć": 10, "dziesięciu": 10, "jedenaście": 11, "jedenastu": 11,
           "dwanaście": 12, "dwunastu": 12, "dwadzieścia cztery": 24, "dwudziestu czterech": 24,
           "trzydzieści": 30, "trzydziestu": 30, "czterdzieści osiem": 48,
           "czterdziestu ośmiu": 48, "tysiąc": 1000, "półtora": 1.5, "półtorej": 1.5},
}
# Numbers SLAs state often beyond the twelve above ("15 minutes", "20 contacts", "45 minutes",
# "60 days", "90 days", "100 tickets"): the same per language, merged in below.
_MORE_CARDINALS: dict[str, dict[str, float]] = {
    "en": {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "twenty": 20, "forty-five": 45, "sixty": 60,
           "ninety": 90, "a hundred": 100, "one hundred": 100},
    "pt": {"treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezasseis": 16,
           "dezesseis": 16, "dezassete": 17, "dezessete": 17, "dezoito": 18, "dezanove": 19,
           "dezenove": 19, "vinte": 20, "quarenta e cinco": 45, "sessenta": 60, "noventa": 90,
           "cem": 100},
    "fr": {"treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17,
           "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "quarante-cinq": 45, "soixante": 60,
           "quatre-vingt-dix": 90, "cent": 100},
    "de": {"dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
           "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "fünfundvierzig": 45, "sechzig": 60,
           "neunzig": 90, "hundert": 100, "einhundert": 100},
    "ru": {"тринадцать": 13, "тринадцати": 13, "четырнадцать": 14, "четырнадцати": 14,
           "пятнадцать": 15, "пятнадцати": 15, "шестнадцать": 16, "шестнадцати": 16,
           "семнадцать": 17, "семнадцати": 17, "восемнадцать": 18, "восемнадцати": 18,
           "девятнадцать": 19, "девятнадцати": 19, "двадцать": 20, "двадцати": 20,
           "сорок пять": 45, "сорока пяти": 45, "шестьдесят": 60, "шестидесяти": 60,
           "девяносто": 90, "сто": 100, "ста": 100},
    "bg": {"тринадесет": 13, "тринайсет": 13, "четиринадесет": 14, "четиринайсет": 14,
           "петнадесет": 15, "петнайсет": 15, "шестнадесет": 16, "шестнайсет": 16,
           "седемнадесет": 17, "седемнайсет": 17, "осемнадесет": 18, "осемнайсет": 18,
           "деветнадесет": 19, "деветнайсет": 19, "двадесет": 20, "двайсет": 20,
           "четиридесет и пет": 45, "шестдесет": 60, "деветдесет": 90, "сто": 100},
    "ar": {"خمس عشرة": 15, "خمسة عشر": 15, "خمس عشرة": 15, "عشرون": 20, "عشرين": 20,
           "ستون": 60, "ستين": 60, "تسعون": 90, "تسعين": 90, "مائة": 100, "مئة": 100},
    "es": {"trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
           "dieciocho": 18, "diecinueve": 19, "veinte": 20, "cuarenta y cinco": 45,
           "sesenta": 60, "noventa": 90, "cien": 100},
    "it": {"tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17,
           "diciotto": 18, "diciannove": 19, "venti": 20, "quarantacinque": 45, "sessanta": 60,
           "novanta": 90, "cento": 100},
    "nl": {"dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
           "achttien": 18, "negentien": 19, "twintig": 20, "vijfenveertig": 45, "zestig": 60,
           "negentig": 90, "honderd": 100},
    "pl": {"trzynaście": 13, "trzynastu": 13, "czternaście": 14, "czternastu": 14,
           "piętnaście": 15, "piętnastu": 15, "szesnaście": 16, "szesnastu": 16,
           "siedemnaście": 17, "siedemnastu": 17, "osiemnaście": 18, "osiemnastu": 18,
           "dziewiętnaście": 19, "dziewiętnastu": 19, "dwadzieścia": 20, "dwudziestu": 20,
           "czterdzieści pięć": 45, "czterdziestu pięciu": 45, "sześćdziesiąt": 60,
           "sześćdziesięciu": 60, "dziewięćdziesiąt": 90, "dziewięćdziesięciu": 90, "sto": 100,
           "stu": 100},
}
# Ukrainian and Swedish: the numbers an SLA spells out (2..12, 24, 30, 48) with their case forms.
_MORE_CARDINALS["uk"] = {
    "два": 2, "дві": 2, "двох": 2, "двом": 2, "двома": 2, "три": 3, "трьох": 3, "трьом": 3,
    "трьома": 3, "чотири": 4, "чотирьох": 4, "чотирьом": 4, "п'ять": 5, "п'яти": 5, "шість": 6,
    "шести": 6, "сім": 7, "семи": 7, "вісім": 8, "восьми": 8, "дев'ять": 9, "дев'яти": 9,
    "десять": 10, "десяти": 10, "одинадцять": 11, "одинадцяти": 11, "дванадцять": 12,
    "дванадцяти": 12, "двадцять чотири": 24, "двадцяти чотирьох": 24, "тридцять": 30,
    "тридцяти": 30, "сорок вісім": 48, "сорока восьми": 48, "півтори": 1.5, "півтора": 1.5,
    "тисяча": 1000}
_MORE_CARDINALS["sv"] = {
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
    "elva": 11, "tolv": 12, "femton": 15, "tjugo": 20, "tjugofyra": 24, "trettio": 30,
    "fyrtioåtta": 48, "tusen": 1000}
# Turkish: the numbers an SLA spells out ("ayda iki kez", "üç iş günü"). "on" (ten) is left out
# alone: it is also the English "on" of "add-on" kept in Turkish text; "on iki" (12) is read whole.
_MORE_CARDINALS["tr"] = {
    "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    "on bir": 11, "on iki": 12, "on beş": 15, "yirmi": 20, "yirmi dört": 24, "otuz": 30,
    "kırk sekiz": 48, "bin": 1000}
# How many times, in one word: "twice a month" says 2 as surely as "duas vezes por mês" does.
_MULTIPLICATIVES: dict[str, dict[str, float]] = {
    "en": {"twice": 2, "thrice": 3},
    "de": {"zweimal": 2, "dreimal": 3, "viermal": 4, "fünfmal": 5},
    "nl": {"tweemaal": 2, "driemaal": 3, "viermaal": 4},
    "ru": {"дважды": 2, "трижды": 3},
    "uk": {"двічі": 2, "тричі": 3},
    "ar": {"مرتين": 2, "مرتان": 2},
    "sv": {"två gånger": 2},
}
# Arabic says "two X" with the dual of X and no numeral ("مكالمتان شهريًا", two calls a month): the
# dual of the nouns an SLA counts. Only forms that cannot be a plural: feminine duals (-تان/-تين;
# the plural is -ات) and masculine nouns whose plural is broken (وكيل -> وكلاء), so "وكيلين" is a
# dual; "موظفين", "مستخدمين" (also the sound plural "employees", "users") are left out.
_MULTIPLICATIVES["ar"].update({
    f"{stem}{end}": 2
    for stem in ("مكالمت", "تذكرت", "خطت", "جلست", "رسالت", "حالت", "مر")
    for end in ("ان", "ين")
} | {f"{stem}{end}": 2 for stem in ("وكيل", "طلب", "مستوي", "أسبوع", "شهر", "يوم") for end in ("ان", "ين")})
for _table in (_MORE_CARDINALS, _MULTIPLICATIVES):
    for _lang, _more in _table.items():
        CARDINALS.setdefault(_lang, {}).update(_more)

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
    "it": {"un": 1, "una": 1, "uno": 1, "un'": 1, "un solo": 1, "una sola": 1, "mezza": 0.5, "mezzo": 0.5,
           "sei": 6, "otto": 8},
    "nl": {"een": 1, "één": 1, "half": 0.5, "halve": 0.5, "een half": 0.5, "een halve": 0.5,
           "acht": 8},
    "pl": {"jeden": 1, "jedna": 1, "jedno": 1, "jednego": 1, "jednej": 1, "jednym": 1,
           "jedną": 1, "pół": 0.5},
    "uk": {"один": 1, "одна": 1, "одну": 1, "одного": 1, "одній": 1, "одним": 1},
    "sv": {"en": 1, "ett": 1, "en enda": 1, "ett enda": 1},
    "tr": {"bir": 1, "yarım": 0.5},
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
    # Spanish shortens "tercero" before a masculine noun: "tercer nivel"
    "es": {**_forms({"tercer": 3, "quint": 5, "sext": 6, "séptim": 7, "octav": 8,
                     "noven": 9, "décim": 10}, ("o", "a", "os", "as")), "tercer": 3},
    "it": _forms({"terz": 3, "quint": 5, "sest": 6, "settim": 7, "ottav": 8, "non": 9, "decim": 10},
                 ("o", "a", "i", "e")),
    "nl": {"derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
           "negende": 9, "tiende": 10},
    "pl": _forms({"trzec": 3, "czwart": 4, "piąt": 5, "szóst": 6, "siódm": 7, "ósm": 8,
                  "dziewiąt": 9, "dziesiąt": 10},
                 ("i", "ia", "iego", "iej", "im", "ią", "ie", "ich", "y", "a", "ego", "ej", "ym",
                  "ą", "e", "ych")),
}

ORDINALS["uk"] = _forms({"трет": 3, "четверт": 4, "п'ят": 5, "шост": 6, "сьом": 7,
                        "восьм": 8, "дев'ят": 9, "десят": 10},
                       ("ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "ою", "у", "ю", "е", "і",
                        "их", "ими", "я", "ього", "ьому", "ім"))
ORDINALS["tr"] = {"ikinci": 2, "üçüncü": 3, "dördüncü": 4, "beşinci": 5, "altıncı": 6,
                  "yedinci": 7, "sekizinci": 8, "dokuzuncu": 9, "onuncu": 10}
ORDINALS["sv"] = {"tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sjunde": 7, "åttonde": 8,
                  "nionde": 9, "tionde": 10}

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
    # "primer", "segundo" (a second), "cuarto" (a quarter, a room)
    "es": {**_forms({"primer": 1, "segund": 2, "cuart": 4}, ("o", "a", "os", "as")), "primer": 1},
    # "prima" (before), "secondo" (according to), "quarto" (a quarter)
    "it": _forms({"prim": 1, "second": 2, "quart": 4}, ("o", "a", "i", "e")),
    "nl": {"eerste": 1, "tweede": 2},
    # "друг-" is also "friend" ("другу", "друга")
    "uk": _forms({"перш": 1, "друг": 2}, ("ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "ою", "у", "е",
                                         "і", "их")),
    "sv": {"första": 1, "andra": 2},  # "andra" is also "other"
    "tr": {"birinci": 1, "ilk": 1},
    # "drugi" is also "other"
    "pl": _forms({"pierw": 1, "drug": 2},
                 ("szy", "sza", "szego", "szej", "szym", "szą", "sze", "szych", "i", "a", "iego",
                  "iej", "im", "ą", "ie", "ich")),
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
    "es": ("nivel", "niveles", "línea", "prioridad", "gravedad", "severidad", "escalón", "grado"),
    "it": ("livello", "livelli", "linea", "priorità", "gravità", "severità", "grado"),
    "nl": ("niveau", "niveaus", "lijn", "prioriteit", "ernst", "graad", "level", "line"),
    "pl": ("poziom", "poziomu", "poziomie", "poziomem", "linia", "linii", "linię", "linią",
           "priorytet", "priorytetu", "stopień", "stopnia", "stopniu"),
    "uk": ("рівень", "рівня", "рівні", "рівнем", "лінія", "лінії", "лінію", "лінією",
           "пріоритет", "пріоритету", "категорія", "категорії"),
    "sv": ("nivå", "nivån", "linje", "linjen", "linjens", "prioritet", "prioriteten"),
    "tr": ("seviye", "seviyesi", "seviyeli", "düzey", "düzeyi", "hat", "hattı", "öncelik", "kademe"),
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
    "it": {"mila": 1000, "mille": 1000, "milione": 10**6, "milioni": 10**6},
    "nl": {"duizend": 1000, "miljoen": 10**6},
    "pl": {"tys.": 1000, "tysiąc": 1000, "tysiące": 1000, "tysięcy": 1000, "mln": 10**6},
    # Japanese counts in ten thousands: "1万円" is 10,000 yen
    "ja": {"万": 10**4, "千": 1000},
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
