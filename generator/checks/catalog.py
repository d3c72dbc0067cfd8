"""Catalog-level rules: the PO file as a whole (header, duplicates, messages the source lacks)."""

from __future__ import annotations

from generator.checks.registry import rule
from generator.diagnostics import ERROR, WARNING, Finding


@rule("SLA601", "catalog")
def catalog_readable(ctx):
    """The PO file parses: UTF-8, valid syntax, quoted strings closed.

    Okay:   msgid "Price"
    SLA601: msgid "Price   (a string never closed)
    """
    if ctx.read_error is not None:
        e = ctx.read_error
        yield Finding("SLA601", ERROR, e.message + (f" ({e.hint})" if e.hint else ""),
                      line=e.location.line if e.location else None)


@rule("SLA602", "catalog")
def no_duplicates(ctx):
    """Each msgctxt + msgid appears once.

    Okay:   one entry msgctxt "ui" msgid "Price"
    SLA602: a second entry msgctxt "ui" msgid "Price"
    """
    from generator.catalogs.scan import find_duplicates

    for first, repeat in find_duplicates(ctx.entries):
        yield Finding("SLA602", ERROR, f"duplicate message (first on line {first.msgid_line})",
                      line=repeat.msgid_line, msgctxt=repeat.msgctxt, expected="one entry",
                      found=f"lines {first.msgid_line} and {repeat.msgid_line}")


@rule("SLA603", "catalog")
def no_unknown_messages(ctx):
    """Every active message exists in the source (messages.pot); stale ones belong to obsolete #~.

    Okay:   an entry whose msgctxt + msgid is in messages.pot
    SLA603: an entry for a sentence the content no longer has (run slasite update)
    """
    if ctx.template_keys is None:
        return
    for e in ctx.entries:
        if e.obsolete or not e.msgid:
            continue
        if (e.msgctxt, e.msgid) not in ctx.template_keys:
            yield Finding("SLA603", WARNING, "message is not in the source; run 'slasite update' to mark it obsolete",
                          line=e.msgid_line, msgctxt=e.msgctxt, expected="a message of messages.pot",
                          found=e.msgid[:60])


@rule("SLA604", "catalog")
def plural_header_matches_cldr(ctx):
    """The Plural-Forms header agrees with the locale's CLDR plural rule for every integer.

    Okay:   ru "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : ...);"
    SLA604: ru "nplurals=2; plural=(n != 1);"
    """
    from generator.catalogs.plurals import check_plural_header

    if ctx.header is None:
        return
    value = ctx.header_fields.get("plural-forms")
    has_plurals = any(e.msgid_plural for e in ctx.entries if not e.obsolete)
    if value is None and not has_plurals:
        return
    problem = check_plural_header(value, ctx.locale)
    if problem:
        yield Finding("SLA604", ERROR, problem, line=ctx.header_lines.get("plural-forms", ctx.header.msgid_line),
                      expected="the CLDR rule", found=value or "no Plural-Forms header")


@rule("SLA605", "catalog")
def language_header_matches(ctx):
    """The Language header names the catalog's locale.

    Okay:   "Language: pt_BR" in locales/pt_BR/LC_MESSAGES/messages.po
    SLA605: "Language: pt" in locales/pt_BR/LC_MESSAGES/messages.po
    """
    if ctx.header is None:
        return
    value = ctx.header_fields.get("language")
    if value and value.replace("-", "_").lower() != ctx.locale.lower():
        yield Finding("SLA605", WARNING, "the Language header names another locale",
                      line=ctx.header_lines.get("language", ctx.header.msgid_line),
                      expected=ctx.locale, found=value)
