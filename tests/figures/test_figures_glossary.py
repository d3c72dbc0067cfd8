"""The business-unit glossary: complete per CLDR plural category, and read back by the reader."""

from decimal import Decimal

import pytest
from babel import Locale

from generator.figures import read_figures
from generator.figures.glossary import BUSINESS_UNITS, BUSINESS_VARIANTS
from generator.figures.lexicon import plural_tags

SAMPLE = {"zero": Decimal(0), "one": Decimal(1), "two": Decimal(2), "few": Decimal(3),
          "many": Decimal(5), "other": Decimal("2.5")}
# A number of each category, per locale, where the generic sample is of another category.
SAMPLES = {"ar": {"few": Decimal(3), "many": Decimal(11), "other": Decimal(100)},
           "ru": {"few": Decimal(2), "many": Decimal(5), "other": Decimal("2.5")},
           "pt": {"many": Decimal(1000000)}, "fr": {"many": Decimal(1000000)}}


@pytest.mark.parametrize("locale", sorted(BUSINESS_UNITS))
def test_categories_are_the_locales(locale):
    for unit, forms in BUSINESS_UNITS[locale].items():
        assert set(forms) == set(plural_tags(locale)), (locale, unit)
        assert unit in BUSINESS_VARIANTS[locale]


@pytest.mark.parametrize("locale", sorted(BUSINESS_UNITS))
def test_every_form_reads_back(locale):
    loc = Locale.parse(locale)
    for unit, forms in BUSINESS_UNITS[locale].items():
        for category, pattern in forms.items():
            n = SAMPLES.get(locale, {}).get(category, SAMPLE[category])
            if "{0}" in pattern:
                assert loc.plural_form(n) == category, (locale, category, n)
                text = pattern.format(str(n).replace(".", ","))
                if locale in ("en", "ar"):
                    text = pattern.format(str(n))
            else:
                text = pattern
            got = [(f.kind, f.value) for f in read_figures(text, locale)]
            assert got == [("duration", (n, unit))], text
