"""Per-unit prices: the billing basis ("per agent", "por usuário", "1ユーザーあたり") is part of the
money figure, next to the period, and compared both ways.

"€49 per agent per month" rendered "49 € por mês" turns a per-seat price into a flat one; adding
"per user" to a flat price is as wrong. Bases: "user" (user, agent, seat, licence, person — what a
help desk bills per head), "device", "contact". A price without a basis on both sides compares as
it always did (a period left unread on one side is still forgiven; a basis is not).
"""

from decimal import Decimal as D

import pytest

from generator.figures import compare_figures, read_figures

SRC = "The Pro plan costs €49 per agent per month."
FLAT = "The Pro plan costs €49 per month."


def money(text, locale):
    from generator.figures.compare import apply_basis_hints
    return [f.value for f in apply_basis_hints(read_figures(text, locale)) if f.kind == "money"]


def mismatches(src, tgt, locale):
    return compare_figures(read_figures(src, "en"), read_figures(tgt, locale), "en", locale)


@pytest.mark.parametrize("locale,text,basis", [
    ("en", "€49 per agent per month", "user"), ("en", "€49 per user, per month", "user"),
    ("en", "€49 per month per seat", "user"), ("en", "€49/user/month", "user"),
    ("en", "€49 per licence per year", "user"), ("en", "€5 per device per month", "device"),
    ("en", "€0.10 per contact per month", "contact"),
    ("pt", "49 € por agente por mês", "user"), ("pt", "49 € por mês por utilizador", "user"),
    ("pt_BR", "R$ 99 por usuário/mês", "user"), ("pt_BR", "R$ 5 por dispositivo por mês", "device"),
    ("bg", "49 € на потребител на месец", "user"), ("fr", "49 $ par utilisateur et par mois", "user"),
    ("fr", "49 € par mois et par agent", "user"), ("de", "49 € pro Nutzer und Monat", "user"),
    ("de", "49 € je Agent monatlich", "user"), ("de", "5 € pro Gerät im Monat", "device"),
    ("ru", "49 € в месяц за пользователя", "user"), ("ru", "49 € за агента в месяц", "user"),
    ("ar", "49 يورو لكل مستخدم شهريًا", "user"), ("es", "49 € por agente al mes", "user"),
    ("it", "49 € per utente al mese", "user"), ("it", "49 € al mese per agente", "user"),
    ("nl", "€ 49 per gebruiker per maand", "user"), ("pl", "199 zł za użytkownika miesięcznie", "user"),
    ("pl", "199 zł miesięcznie od użytkownika", "user"), ("ja", "料金：1ユーザーあたり月額5,000円", "user"),
    ("ja", "月額5,000円／ユーザー", "user"), ("zh", "每位用户每月 199 元", "user"),
    ("zh", "每台设备每月 20 元", "device"), ("tr", "temsilci başına aylık 49 €", "user"),
    ("sv", "49 € per användare och månad", "user"), ("uk", "49 € на місяць за користувача", "user"),
])
def test_the_basis_is_read_in_every_reader_language(locale, text, basis):
    (value,) = money(text, locale)
    assert value[3] == basis, value


@pytest.mark.parametrize("locale,text", [
    ("en", "€49 per month"), ("pt", "49 € por mês"), ("ja", "料金：月額5,000円"), ("it", "49 € al mese per tutto il team"),
    ("pl", "199 zł miesięcznie"), ("zh", "每月 199 元"),
])
def test_a_flat_price_has_no_basis(locale, text):
    (value,) = money(text, locale)
    assert value[3] is None


def test_the_number_in_per_one_user_is_no_figure():
    """"1ユーザーあたり" is "per (one) user", not the number 1."""
    assert [f.kind for f in read_figures("料金：1ユーザーあたり月額5,000円", "ja")] == ["basis", "money"]


@pytest.mark.parametrize("tgt,locale", [
    ("O plano Pro custa 49 € por agente por mês.", "pt"),
    ("O plano Pro custa 49 € por mês, por agente.", "pt"),
    ("Der Pro-Tarif kostet 49 € pro Agent und Monat.", "de"),
    ("Le forfait Pro coûte 49 € par agent et par mois.", "fr"),
    ("El plan Pro cuesta 49 € por agente al mes.", "es"),
    ("Il piano Pro costa 49 € al mese per agente.", "it"),
    ("Plan Pro kosztuje 49 € miesięcznie za agenta.", "pl"),
    ("Тариф Pro стоит 49 € за агента в месяц.", "ru"),
    ("Pro planı temsilci başına aylık 49 €.", "tr"),
    ("Pro プランは1エージェントあたり月額49ユーロです。", "ja"),
    ("Pro 套餐每个坐席每月 49 欧元。", "zh"),
    ("Pro-planen kostar 49 € per agent och månad.", "sv"),
])
def test_the_basis_kept_in_any_word_order_passes(tgt, locale):
    assert mismatches(SRC, tgt, locale) == []


@pytest.mark.parametrize("src,tgt,locale", [
    (FLAT, "O plano Pro custa 49 € por mês.", "pt"),
    (FLAT, "Der Pro-Tarif kostet 49 € pro Monat.", "de"),
    (FLAT, "Pro プランは月額49ユーロです。", "ja"),
    ("Price: 1000 EUR per month, billed yearly.", "Preço: 1000 € por mês, faturado anualmente.", "pt"),
    ("Up to 5 tickets per user. Price: €49 per month.", "Até 5 pedidos por usuário. Preço: 49 € por mês.", "pt_BR"),
])
def test_prices_without_a_basis_behave_as_before(src, tgt, locale):
    assert mismatches(src, tgt, locale) == []


@pytest.mark.parametrize("src,tgt,locale,hint", [
    (SRC, "O plano Pro custa 49 € por mês.", "pt", "the source prices per user, the translation states a flat price"),
    (SRC, "Il piano Pro costa 49 € al mese per tutto il team.", "it", "the source prices per user"),
    (SRC, "Plan Pro kosztuje 49 € miesięcznie.", "pl", "the source prices per user"),
    (SRC, "Pro プランは月額49ユーロです。", "ja", "the source prices per user"),
    (SRC, "Pro 套餐每月 49 欧元。", "zh", "the source prices per user"),
    (SRC, "Pro planı aylık 49 €.", "tr", "the source prices per user"),
    (FLAT, "O plano Pro custa 49 € por agente por mês.", "pt", "the translation prices per user, the source states a flat price"),
    (FLAT, "Der Pro-Tarif kostet 49 € pro Nutzer und Monat.", "de", "the translation prices per user"),
    (FLAT, "Pro プランは1ユーザーあたり月額49ユーロです。", "ja", "the translation prices per user"),
    (SRC, "El plan Pro cuesta 49 € por dispositivo al mes.", "es", "the source prices per user, the translation per device"),
])
def test_a_basis_dropped_added_or_changed_is_a_changed_price(src, tgt, locale, hint):
    (m,) = mismatches(src, tgt, locale)
    assert (m.kind, m.expected.kind, m.found.kind) == ("changed", "money", "money")
    assert hint in m.message, m.message


def test_the_message_says_what_differs():
    (m,) = mismatches(SRC, "O plano Pro custa 49 € por mês.", "pt")
    assert "(49 EUR per month)" in m.message and "(49 EUR per user per month)" in m.message


def test_a_language_without_basis_words_is_not_held_to_one():
    """Korean has no basis table yet: its prices read as flat, which must not fail a correct
    per-seat translation (nor can a dropped basis be caught there)."""
    assert mismatches(SRC, "Pro 플랜: 상담원당 월 49유로", "ko") == []
    assert [m.kind for m in mismatches(SRC, "Pro 플랜: 월 59유로", "ko")] == ["changed"]
