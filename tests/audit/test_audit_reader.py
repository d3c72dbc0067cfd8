"""What the audit taught the shared figure reader (generator/figures): availability that is not
24/7 is not read as 24/7, and German genitive business days. (Candidates for tests/figures.)"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from generator.figures import compare_figures, read_figures


def figs(text, locale):
    return [(f.kind, f.value) for f in read_figures(text, locale)]


@pytest.mark.parametrize("locale,text,expected", [
    ("fr", "24 heures sur 24 et 7 jours sur 7", [("always", "24/7")]),
    ("fr", "24h/24 et 7j/7", [("always", "24/7")]),
    ("fr", "7 jours sur 7", [("always", "24/7")]),
    ("fr", "24 heures sur 24 et 5 jours sur 7",
     [("number", D(24)), ("number", D(24)), ("number", D(5)), ("number", D(7))]),
    ("fr", "5 jours sur 7", [("number", D(5)), ("number", D(7))]),
    ("fr", "12 heures sur 24", [("number", D(12)), ("number", D(24))]),
    ("en", "24 hours a day, 7 days a week", [("always", "24/7")]),
    ("en", "24 hours a day, 5 days a week", [("number", D(24)), ("number", D(5))]),
    ("de", "24 Stunden am Tag, 5 Tage die Woche", [("number", D(24)), ("number", D(5))]),
    ("ru", "24 часа в сутки, 5 дней в неделю", [("number", D(24)), ("number", D(5))]),
    ("ru", "24 часа в сутки, 7 дней в неделю", [("always", "24/7")]),
    ("de", "binnen eines Werktags", [("duration", (D(1), "business_days"))]),
    ("de", "innerhalb eines Arbeitstags", [("duration", (D(1), "business_days"))]),
    ("de", "werktags von 9 bis 17 Uhr", [("weekday_range", ("mon", "fri")), ("time_range", ("09:00", "17:00"))]),
])
def test_reader(locale, text, expected):
    assert figs(text, locale) == expected


def test_check_sees_24_5_as_a_changed_24_7():
    source = read_figures("On top of 24/7 chat", "en")
    target = read_figures("En plus du chat 24 heures sur 24 et 5 jours sur 7", "fr")
    assert compare_figures(source, target)
