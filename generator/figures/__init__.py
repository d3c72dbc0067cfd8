"""The locale-aware figure reader: every figure of a text, as canonical comparable values.

`read_figures(text, locale)` finds numbers, ordinals, percentages, money, durations (and which
clock they run on), clock times, weekdays, time zones and "24/7" in any of the project's locales;
`compare_figures(source, target)` says where a translation disagrees with its source by value.
"""

from .compare import Mismatch, compare_figures
from .read import read_figures
from .text import strip_placeholders
from .types import KINDS, Figure

__all__ = ["Figure", "KINDS", "Mismatch", "compare_figures", "read_figures", "strip_placeholders"]
