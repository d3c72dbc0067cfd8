"""Chinese and Japanese numerals written in characters ("四小时", "两个工作日", "二時間").

They are read where they count a unit or a counter, and nowhere else: the same characters make
ordinary words ("一些" some, "一般" usual, "万一" in case, "统一" unified, "十分" very/enough,
"第一" first, "同一天" the same day), which must stay no figure at all.
"""

from decimal import Decimal as D

import pytest

from generator.figures import compare_figures, read_figures
from generator.figures.numbers import cjk_value


def figs(text, locale):
    return [(f.kind, f.value) for f in read_figures(text, locale)]


@pytest.mark.parametrize("text,value", [
    ("四", 4), ("两", 2), ("兩", 2), ("十", 10), ("十二", 12), ("二十四", 24), ("三十", 30),
    ("四十八", 48), ("一百", 100), ("一百零五", 105), ("三千五百", 3500), ("一万", 10000),
])
def test_numeral_values(text, value):
    assert cjk_value(text) == D(value)


@pytest.mark.parametrize("text", ["二三", "万一", "百", "千万", "", "一x"])
def test_what_is_no_single_numeral(text):
    assert cjk_value(text) is None


@pytest.mark.parametrize("locale,text,expected", [
    ("zh", "两小时内响应。", [("duration", (D(2), "hours"))]),
    ("zh", "四小时内响应。", [("duration", (D(4), "hours"))]),
    ("zh", "两个小时", [("duration", (D(2), "hours"))]),
    ("zh", "两个工作日内解决", [("duration", (D(2), "business_days"))]),
    ("zh", "二十四小时内", [("duration", (D(24), "hours"))]),
    ("zh", "十分钟内回电", [("duration", (D(10), "minutes"))]),
    ("zh", "三天", [("duration", (D(3), "days"))]),
    ("zh", "两周", [("duration", (D(2), "weeks"))]),
    ("zh", "三个月", [("duration", (D(3), "months"))]),
    ("zh", "两到三天", [("duration_range", (D(2), D(3), "days"))]),
    ("zh", "由两名工程师处理", [("number", D(2))]),
    ("zh_Hant", "兩個工作日", [("duration", (D(2), "business_days"))]),
    ("zh_Hant", "四小時內回覆", [("duration", (D(4), "hours"))]),
    ("ja", "二時間以内に対応します", [("duration", (D(2), "hours"))]),
    ("ja", "三か月", [("duration", (D(3), "months"))]),
    ("ja", "二営業日以内", [("duration", (D(2), "business_days"))]),
])
def test_numerals_next_to_a_unit_or_counter_are_read(locale, text, expected):
    assert figs(text, locale) == expected


@pytest.mark.parametrize("locale,text", [
    ("zh", "我们有一些常见问题。"),  # some
    ("zh", "一般情况下请发邮件。"),  # usually
    ("zh", "万一出现问题，请联系我们。"),  # in case
    ("zh", "统一时间处理。"),  # unified
    ("zh", "这十分重要。"),  # very
    ("zh", "第一个月免费。"),  # the first month
    ("zh", "同一天处理多个请求。"),  # the same day
    ("zh", "这是唯一的渠道之一。"),  # the only one, one of
    ("zh", "一个问题"),  # "a problem": one is an article
    ("zh", "一月是淡季。"),  # January
    ("zh", "星期一上午"),  # Monday is a weekday, not a count
    ("ja", "十分な時間があります。"),  # enough
    ("ja", "一般的なお問い合わせ"),  # general
    ("ja", "万一の場合"),  # in case
    ("ja", "同時間帯"),
])
def test_numerals_inside_ordinary_words_are_no_figure(locale, text):
    assert [k for k, _ in figs(text, locale) if k in ("number", "duration", "duration_range")] == []


@pytest.mark.parametrize("src,tgt,locale,kinds", [
    ("Response within 2 hours.", "两小时内响应。", "zh", []),
    ("Response within 2 hours.", "四小时内响应。", "zh", ["changed"]),
    ("Resolution within 2 business days.", "两个工作日内解决。", "zh", []),
    ("Resolution within 2 business days.", "三个工作日内解决。", "zh", ["changed"]),
    ("Response within 2 hours.", "二時間以内に対応します。", "ja", []),
    ("Response within 2 hours.", "三時間以内に対応します。", "ja", ["changed"]),
    ("We reply within 2 hours in most cases.", "一般在两小时内回复。", "zh", []),
])
def test_compared_by_value(src, tgt, locale, kinds):
    found = compare_figures(read_figures(src, "en"), read_figures(tgt, locale), "en", locale)
    assert [m.kind for m in found] == kinds
