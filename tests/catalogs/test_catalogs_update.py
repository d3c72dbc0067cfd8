"""extract -> update -> add-locale on real files: fuzzy, new, obsolete, idempotent, msgfmt-valid."""

from __future__ import annotations

import os

import pytest

from generator.catalogs import (
    make_template,
    new_catalog,
    plural_forms_header,
    read_catalog,
    render_catalog,
    scan_entries,
    update_catalog,
    write_catalog,
)
from generator.errors import InputError

NOW = "2024-03-01 12:00+0000"
LATER = "2025-06-30 08:15+0000"
LONG = (
    "The dedicated agent answers chat and email from Monday to Friday, {opens} to {closes} "
    "{timezone}; out-of-hours calls go to voicemail."
)


@pytest.fixture
def segments(seg):
    return [
        seg("vip:title", "VIP Support", line=1),
        seg("vip:price", "{price} per month", line=3),
        seg("vip:hours", LONG, line=5),
        seg("vip:days", "{count} business day", "{count} business days", line=7),
        seg("vip:gone", "Review calls every quarter", line=9),
    ]


def project(tmp_path, segments, locale="ru"):
    """Write the POT and a translated PO the way extract + add-locale + a translator would."""
    pot, po = tmp_path / "messages.pot", tmp_path / locale / "LC_MESSAGES" / "messages.po"
    template = make_template(segments)
    write_catalog(template, pot)
    catalog = new_catalog(locale, read_catalog(pot), now=NOW)
    catalog.get("VIP Support", "vip:title").string = "VIP-поддержка"
    catalog.get("VIP Support", "vip:title").user_comments = [
        "slasite: ignore SLA201 product name",
        "",
        "  keep",
    ]
    catalog.get("VIP Support", "vip:title").flags.add("no-wrap")
    catalog.get("{price} per month", "vip:price").string = "{price} в месяц"
    catalog.get(LONG, "vip:hours").string = "Персональный агент отвечает с {opens} до {closes} {timezone}."
    catalog.get("{count} business day", "vip:days").string = (
        "{count} рабочий день",
        "{count} рабочих дня",
        "{count} рабочих дней",
    )
    catalog.get("Review calls every quarter", "vip:gone").string = "Ежеквартальные созвоны"
    write_catalog(catalog, po)
    return pot, po


def run_update(pot, po, segments, locale="ru", now=LATER):
    """What `slasite extract` then `slasite update` do."""
    write_catalog(make_template(segments), pot)
    merged = update_catalog(read_catalog(po), read_catalog(pot), locale)
    return write_catalog(merged, po, now=now)


def by_key(entries):
    return {(e.msgctxt, e.msgid, e.obsolete): e for e in entries if not e.is_header}


def test_update_marks_changed_new_and_removed(tmp_path, segments, seg):
    pot, po = project(tmp_path, segments)
    edited = LONG.replace("out-of-hours calls go to voicemail", "calls outside these hours go to voicemail")
    changed = [s for s in segments if s.msgctxt not in ("vip:hours", "vip:gone")]
    changed += [seg("vip:hours", edited, line=5), seg("vip:chat", "Direct chat button", line=11)]
    assert run_update(pot, po, changed)

    entries = by_key(scan_entries(po))
    hours = entries["vip:hours", edited, False]
    assert hours.fuzzy and hours.msgstr == ("Персональный агент отвечает с {opens} до {closes} {timezone}.",)
    assert hours.previous_msgid == LONG and hours.previous_msgctxt is None
    assert "python-brace-format" in hours.flags
    text = po.read_text(encoding="utf-8")
    assert '#| msgid ""\n#| "The dedicated agent' in text

    chat = entries["vip:chat", "Direct chat button", False]
    assert chat.msgstr == ("",) and not chat.fuzzy

    gone = entries["vip:gone", "Review calls every quarter", True]
    assert gone.msgstr == ("Ежеквартальные созвоны",)
    assert '#~ msgctxt "vip:gone"' in text

    title = entries["vip:title", "VIP Support", False]
    assert title.msgstr == ("VIP-поддержка",) and not title.fuzzy


def test_translator_comments_and_flags_survive(tmp_path, segments):
    pot, po = project(tmp_path, segments)
    run_update(pot, po, segments)
    title = by_key(scan_entries(po))["vip:title", "VIP Support", False]
    assert title.translator_comments == ("slasite: ignore SLA201 product name", "", "  keep")
    assert set(title.flags) == {"no-wrap"}
    price = by_key(scan_entries(po))["vip:price", "{price} per month", False]
    assert price.flags == ("python-brace-format",)


def test_update_is_idempotent_byte_for_byte(tmp_path, segments, seg):
    pot, po = project(tmp_path, segments)
    changed = segments[:2] + [
        seg("vip:hours", LONG + " Really.", line=5),
        seg("vip:new", "New {thing}", line=12),
    ]
    run_update(pot, po, changed)
    pot_bytes, po_bytes = pot.read_bytes(), po.read_bytes()
    mtime = po.stat().st_mtime_ns
    assert not run_update(pot, po, changed, now="2030-01-01 00:00+0000")
    assert not run_update(pot, po, changed, now="2031-01-01 00:00+0000")
    assert pot.read_bytes() == pot_bytes and po.read_bytes() == po_bytes
    assert po.stat().st_mtime_ns == mtime


def test_dates_only_move_when_messages_change(tmp_path, segments, seg):
    pot, po = project(tmp_path, segments)
    assert read_catalog(po).header("PO-Revision-Date") == NOW
    run_update(pot, po, segments)
    assert read_catalog(po).header("PO-Revision-Date") == NOW
    run_update(pot, po, segments + [seg("vip:extra", "Calendar booking", line=20)])
    assert read_catalog(po).header("PO-Revision-Date") == LATER
    assert "POT-Creation-Date" not in pot.read_text() and "Date" not in pot.read_text()


def test_edited_twice_keeps_the_text_the_translation_was_made_for(tmp_path, segments, seg):
    pot, po = project(tmp_path, segments)
    first = [s if s.msgctxt != "vip:price" else seg("vip:price", "{price} monthly", line=3) for s in segments]
    second = [
        s if s.msgctxt != "vip:price" else seg("vip:price", "{price} each month", line=3) for s in segments
    ]
    run_update(pot, po, first)
    run_update(pot, po, second)
    price = by_key(scan_entries(po))["vip:price", "{price} each month", False]
    assert (
        price.fuzzy and price.previous_msgid == "{price} per month" and price.msgstr == ("{price} в месяц",)
    )


def test_moved_segment_keeps_translation_as_fuzzy(tmp_path, segments, seg):
    pot, po = project(tmp_path, segments)
    moved = [s if s.msgctxt != "vip:title" else seg("vip:heading", "VIP Support", line=1) for s in segments]
    run_update(pot, po, moved)
    heading = by_key(scan_entries(po))["vip:heading", "VIP Support", False]
    assert heading.fuzzy and heading.msgstr == ("VIP-поддержка",)
    assert heading.previous_msgctxt == "vip:title" and heading.previous_msgid == "VIP Support"


def test_removed_then_restored_segment_is_revived(tmp_path, segments):
    pot, po = project(tmp_path, segments)
    run_update(pot, po, [s for s in segments if s.msgctxt != "vip:gone"])
    run_update(pot, po, segments)
    entries = by_key(scan_entries(po))
    gone = entries["vip:gone", "Review calls every quarter", False]
    assert gone.msgstr == ("Ежеквартальные созвоны",) and not gone.fuzzy
    assert not any(e.obsolete for e in entries.values())


def test_plural_header_and_forms_follow_cldr(tmp_path, segments):
    """An old 2-form French header becomes CLDR's one/many/other; 'many' re-uses the old plural."""
    pot, po = tmp_path / "messages.pot", tmp_path / "fr.po"
    write_catalog(make_template(segments), pot)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
        '#, python-brace-format\nmsgctxt "vip:days"\nmsgid "{count} business day"\n'
        'msgid_plural "{count} business days"\nmsgstr[0] "{count} jour ouvré"\nmsgstr[1] "{count} jours ouvrés"\n',
        encoding="utf-8",
    )
    merged = update_catalog(read_catalog(po), read_catalog(pot), "fr")
    days = merged.get("{count} business day", "vip:days")
    assert days.string == ("{count} jour ouvré", "{count} jours ouvrés", "{count} jours ouvrés")
    assert days.fuzzy
    assert merged.header("Plural-Forms") == plural_forms_header("fr")
    write_catalog(merged, po, now=NOW)
    assert read_catalog(po).num_plurals == 3


def test_plural_lists_are_resized_for_russian(tmp_path, segments):
    pot, po = tmp_path / "messages.pot", tmp_path / "ru.po"
    write_catalog(make_template(segments), pot)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgctxt "vip:days"\nmsgid "{count} business day"\nmsgid_plural "{count} business days"\n'
        'msgstr[0] "{count} рабочий день"\nmsgstr[1] "{count} рабочих дней"\n',
        encoding="utf-8",
    )
    merged = update_catalog(read_catalog(po), read_catalog(pot), "ru")
    days = merged.get("{count} business day", "vip:days")
    assert len(days.string) == 3 and days.fuzzy
    assert days.string[0] == "{count} рабочий день"


@pytest.mark.parametrize("locale", ["pl", "ar", "ja", "pt", "fr", "ru", "pt_BR", "de", "bg"])
def test_add_locale_is_accepted_by_msgfmt(tmp_path, segments, msgfmt, locale):
    write_catalog(make_template(segments), tmp_path / "messages.pot")
    catalog = new_catalog(locale, read_catalog(tmp_path / "messages.pot"), now=NOW)
    po = tmp_path / locale / "LC_MESSAGES" / "messages.po"
    write_catalog(catalog, po)
    code, err = msgfmt(po)
    assert code == 0 and err == "", err
    again = read_catalog(po)
    assert again.header("Language") == locale
    assert again.header("Plural-Forms") == plural_forms_header(locale)
    assert again.header("X-Generator") == "slasite"
    days = again.get("{count} business day", "vip:days")
    assert days.string == ("",) * again.num_plurals


def test_translated_catalog_is_accepted_by_msgfmt(tmp_path, segments, seg, msgfmt):
    """Fuzzy entries with a long `#| msgid`, obsolete entries, plural forms: all valid for gettext."""
    pot, po = project(tmp_path, segments)
    edited = [
        s if s.msgctxt != "vip:hours" else seg("vip:hours", LONG + " Edited.", line=5) for s in segments
    ]
    run_update(pot, po, edited[1:])
    text = po.read_text(encoding="utf-8")
    assert "#| msgid" in text and "#~ msgid" in text
    code, err = msgfmt(po)
    assert code == 0 and err == "", err


def test_percent_sign_is_not_python_format(tmp_path, seg, msgfmt):
    """Babel would flag "100% satisfied" python-format, and msgfmt -c would reject the translation."""
    pot = tmp_path / "messages.pot"
    write_catalog(make_template([seg("x", "Uptime 99.9% s, 100% satisfied", flags=set())]), pot)
    catalog = new_catalog("fr", read_catalog(pot), now=NOW)
    catalog.get("Uptime 99.9% s, 100% satisfied", "x").string = "Disponibilité 99,9 %, 100 % satisfaits"
    write_catalog(catalog, tmp_path / "fr.po")
    assert "python-format" not in (tmp_path / "fr.po").read_text()
    assert msgfmt(tmp_path / "fr.po")[0] == 0


@pytest.mark.parametrize(
    "name, hint", [("xx", "CLDR"), ("english", "'en'"), ("Portuguese", "'pt'"), ("", "CLDR")]
)
def test_add_locale_rejects_unknown_locales(name, hint):
    template = make_template([])
    with pytest.raises(InputError) as info:
        new_catalog(name, template)
    assert info.value.exit_code == 2
    assert hint in info.value.hint


def test_add_locale_canonicalises_the_name():
    assert new_catalog("pt-br", make_template([]), now=NOW).header("Language") == "pt_BR"


def test_template_merges_repeated_segments(seg):
    template = make_template(
        [seg("t", "Contact", line=1), seg("t", "Contact", line=9, path="templates/base.html")]
    )
    (message,) = [m for m in template if m.id]
    assert message.locations == [("content/pages/vip.md", 1), ("templates/base.html", 9)]


def test_write_is_atomic_and_keeps_mode(tmp_path, segments):
    pot = tmp_path / "messages.pot"
    write_catalog(make_template(segments), pot)
    os.chmod(pot, 0o644)
    write_catalog(make_template(segments[:2]), pot)
    assert oct(pot.stat().st_mode & 0o777) == "0o644"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["messages.pot"]


def test_update_does_not_modify_its_inputs(tmp_path, segments, seg):
    pot, po = project(tmp_path, segments)
    existing, template = read_catalog(po), make_template(segments[1:] + [seg("vip:x", "X")])
    before = (render_catalog(existing), render_catalog(template))
    update_catalog(existing, template, "ru")
    assert (render_catalog(existing), render_catalog(template)) == before
