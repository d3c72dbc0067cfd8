"""compare_figures: what a correct translation may change, and what it may not."""

import pytest

from generator.figures import compare_figures, read_figures


def cmp(src, tgt, locale):
    return [(m.kind, m.expected.kind if m.expected else None, m.found.kind if m.found else None)
            for m in compare_figures(read_figures(src, "en"), read_figures(tgt, locale))]


@pytest.mark.parametrize("src,tgt,locale", [
    ("within 24 hours", "в течение суток", "ru"),  # 24 hours == 1 day
    ("within 24 hours", "innerhalb eines Tages", "de"),
    ("1 hour or less. 4 hours or less. 1 hour or less.", "1 hora ou menos; 4 horas ou menos.", "pt"),
    ("within 1-2 hours", "dans un délai d’une à deux heures", "fr"),
    ("within 1-2 hours", "entre 1 hora e 2 horas", "pt"),
    ("Severity 2", "2. Schweregrad", "de"),  # ordinal == number
    ("second-level agents", "agents de niveau 2", "fr"),
    ("24/7 chat", "чат 24 часа", "bg"),  # "24 hours" for 24/7
    ("€1,000 per month", "1000 €", "de"),  # period not read on one side: lenient
    ("a monthly fee of €1,000", "1.000 € pro Monat", "de"),
    ("from 9 to 5", "de 9h à 17h", "fr"),  # numbers whose unit was not read
    ("9:00 to 5:00", "9:00–17:00", "de"),  # 12-hour clock without AM/PM
    ("Monday to Friday and Saturday", "от понеделник до събота", "bg"),  # regrouped days
    ("CET", "UTC+1", "de"),
    ("CET", "Europe/Paris", "fr"),
    ("prices in euros", "preços em euros", "pt"),
    ("until midnight CET", "até às 24:00 CET", "pt"),  # 24:00 is midnight
    ("ends at midday", "termina a las 12:00", "es"),
])
def test_correct_translations_pass(src, tgt, locale):
    assert cmp(src, tgt, locale) == []


@pytest.mark.parametrize("src,tgt,locale,expected", [
    ("1 hour", "1 jour", "fr", [("changed", "duration", "duration")]),
    ("2 business days", "2 дня", "ru", [("changed", "duration", "duration")]),
    ("€1,000 per month", "1 000 € par an", "fr", [("changed", "money", "money")]),
    ("€1,000 per month", "1 000 $ par mois", "fr", [("changed", "money", "money")]),
    ("9:00-17:00 CET", "9:00-17:00 EET", "de", [("changed", "timezone", "timezone")]),
    ("CET", "UTC+3", "de", [("changed", "timezone", "timezone")]),
    ("Monday to Friday", "de segunda a quinta", "pt", [("changed", "weekday_range", "weekday_range")]),
    ("within 1 hour", "sans délai", "fr", [("missing", "duration", None)]),
    ("Contact us.", "Contactez-nous sous 2 heures.", "fr", [("extra", None, "duration")]),
    ("second-level agents", "agents de troisième niveau", "fr", [("changed", "ordinal", "ordinal")]),
    ("24/7 chat", "чат от 9 до 18 часа", "bg", [("missing", "always", None), ("extra", None, "time_range")]),
    ("starts at noon UTC", "começa à meia-noite UTC", "pt", [("changed", "time", "time")]),
])
def test_wrong_translations_fail(src, tgt, locale, expected):
    assert cmp(src, tgt, locale) == expected


def test_number_range_vs_two_numbers():
    src = read_figures("levels 1-2", "en")
    assert compare_figures(src, read_figures("niveaux 1 et 2", "fr")) == []


def test_message_names_both_values():
    (m,) = compare_figures(read_figures("€1,000 per month", "en"), read_figures("100 € pro Monat", "de"))
    assert m.message.startswith("the translation says “100 € pro Monat”")
    assert "where the source says “€1,000 per month”" in m.message


def test_clock_words_of_one_language_do_not_unmark_another_languages_markers():
    """Whether a time says AM or PM is read with the words of its own language: the French and
    Spanish connector "de" is the Hungarian "de." (A.M.), so "de. 5:00" is 05:00, never 17:00."""
    src, tgt = read_figures("Callback at 17:00.", "en"), read_figures("Visszahívás de. 5:00-kor.", "hu")
    assert [m.kind for m in compare_figures(src, tgt, "en", "hu")] == ["changed"]
    # the French "de ... à" still says nothing of the half of the day in French
    assert compare_figures(read_figures("from 9 to 5", "en"), read_figures("de 9h à 17h", "fr"), "en", "fr") == []
    assert compare_figures(read_figures("9:00 to 5:00", "en"), read_figures("9:00–17:00", "de"), "en", "de") == []
    # and "du. 5:00" (P.M.) is 17:00
    assert compare_figures(src, read_figures("Visszahívás du. 5:00-kor.", "hu"), "en", "hu") == []
