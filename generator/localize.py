"""Translated, formatted text for one locale: catalog lookup plus placeholder filling.

A `Localizer` is the only place where a message meets its figures. It looks the message up in the
locale's catalog (fuzzy and empty entries never count, as in gettext), fills `{placeholders}` with
values formatted by Babel for that locale, and returns escaped HTML in which every figure is wrapped
with its machine value. A missing translation falls back to the source text (with source-locale
figures, marked `lang` so the page stays honest) and is recorded for the build to report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from generator.i18n.format import Formatted, placeholder_values
from generator.model.types import Policy, Text
from generator.segments import PLACEHOLDER, UI_CONTEXT

_SENTINEL_OPEN, _SENTINEL_CLOSE = "\ue000", "\ue001"


@dataclass(frozen=True, slots=True)
class Missing:
    msgctxt: str
    msgid: str
    reason: str  # "untranslated" or "placeholder"


@dataclass
class Localizer:
    locale: str
    source_locale: str
    translations: object | None  # generator.catalogs.lookup.Translations, None for the source locale
    values: dict = field(default_factory=dict)  # name -> Formatted | Markup (translated names)
    source_values: dict = field(default_factory=dict)
    facts: dict = field(default_factory=dict)  # placeholder name -> fact path for data-fact
    missing: list = field(default_factory=list)
    business: dict = field(default_factory=dict)  # wording of business units (generator.i18n.business)

    @property
    def is_source(self) -> bool:
        return self.translations is None

    # -- lookup ------------------------------------------------------------------------------
    def lookup(self, msgctxt: str, msgid: str, names: set[str] | None = None) -> str | None:
        """The translation, or None (recorded as missing) when the catalog has none usable."""
        if self.is_source:
            return msgid
        found = self.translations.gettext(msgctxt, msgid)
        if not found:
            self.missing.append(Missing(msgctxt, msgid, "untranslated"))
            return None
        wanted = set(PLACEHOLDER.findall(msgid)) if names is None else names
        if set(PLACEHOLDER.findall(found)) - wanted:
            # A placeholder the source does not have cannot be filled: never publish it.
            self.missing.append(Missing(msgctxt, msgid, "placeholder"))
            return None
        return found

    # -- filling -----------------------------------------------------------------------------
    def _fill(self, message: str, values: dict, html: bool, extra: dict | None, fallback: bool = False) -> str:
        def sub(m):
            name = m.group(1)
            value = (extra or {}).get(name, values.get(name))
            if value is None:
                return m.group(0)
            if isinstance(value, Formatted):
                return str(value.html(self.facts.get(name))) if html else value.text
            if html and isinstance(value, Name):
                return value.html()
            if html and fallback and extra and name in extra and isinstance(value, Markup):
                # A template passes figures already formatted for this page's locale: inside a
                # source-language fallback sentence they keep their own language.
                return f'<span lang="{self.locale.replace("_", "-")}">{value}</span>'
            return str(escape(value)) if html else str(value)

        if html:
            parts = PLACEHOLDER.split(message)
            # split() alternates text, name, text, ...: escape the text parts only
            out = []
            for i, part in enumerate(parts):
                if i % 2 == 0:
                    out.append(str(escape(part.replace("{{", "{").replace("}}", "}"))))
                else:
                    out.append(sub(_Match(part)))
            return "".join(out)
        return PLACEHOLDER.sub(sub, message).replace("{{", "{").replace("}}", "}")

    def html(self, text: Text, extra: dict | None = None) -> Markup:
        """A policy text field as escaped HTML, figures wrapped with their machine values."""
        return self.message_html(text.msgctxt, text.source, extra)

    def plain(self, text: Text, extra: dict | None = None) -> str:
        found = self.lookup(text.msgctxt, text.source, self._names(text.source, extra))
        if found is None:
            return self._fill(text.source, self.source_values, False, extra)
        return self._fill(found, self.values, False, extra)

    def message_html(self, msgctxt: str, msgid: str, extra: dict | None = None) -> Markup:
        found = self.lookup(msgctxt, msgid, self._names(msgid, extra))
        if found is None:
            inner = self._fill(msgid, self.source_values, True, extra, fallback=True)
            return Markup(f'<span class="untranslated" lang="{self.source_locale}">{inner}</span>')
        return Markup(self._fill(found, self.values, True, extra))

    def _names(self, msgid: str, extra: dict | None) -> set[str]:
        return set(PLACEHOLDER.findall(msgid))

    # -- Markdown blocks -----------------------------------------------------------------------
    def markdown_block(self, msgctxt: str, msgid: str) -> tuple[str, list[str]]:
        """Inline Markdown for a block with figures replaced by sentinels, plus their HTML.

        Figures are swapped for private-use sentinels before Markdown parsing so that Markdown
        never sees (or escapes) the figure HTML; `restore` puts them back afterwards.
        """
        found = self.lookup(msgctxt, msgid)
        source = found is None
        message = msgid if source else found
        values = self.source_values if source else self.values
        figures: list[str] = []

        def sub(m):
            value = values.get(m.group(1))
            if value is None:
                return m.group(0)
            figures.append(str(value.html(self.facts.get(m.group(1)))) if isinstance(value, Formatted)
                           else value.html() if isinstance(value, Name) else str(escape(value)))
            return f"{_SENTINEL_OPEN}{len(figures) - 1}{_SENTINEL_CLOSE}"

        text = PLACEHOLDER.sub(sub, message)
        if source and not self.is_source:
            figures.append(f'<span class="untranslated" lang="{self.source_locale}">')
            figures.append("</span>")
            text = f"{_SENTINEL_OPEN}{len(figures) - 2}{_SENTINEL_CLOSE}{text}" \
                   f"{_SENTINEL_OPEN}{len(figures) - 1}{_SENTINEL_CLOSE}"
        return text, figures

    # -- template strings ------------------------------------------------------------------------
    def ui(self, msgid: str, **kwargs) -> Markup:
        return self.message_html(UI_CONTEXT, msgid, kwargs or None)

    def ui_plural(self, singular: str, plural: str, n: int, **kwargs) -> Markup:
        kwargs.setdefault("num", n)
        if not self.is_source:
            found = self.translations.ngettext(UI_CONTEXT, singular, plural, n)
            if found:
                return Markup(self._fill(found, self.values, True, kwargs))
            self.missing.append(Missing(UI_CONTEXT, singular, "untranslated"))
        message = singular if n == 1 else plural
        inner = self._fill(message, self.source_values, True, kwargs, fallback=not self.is_source)
        if self.is_source:
            return Markup(inner)
        return Markup(f'<span class="untranslated" lang="{self.source_locale}">{inner}</span>')


class Name(str):
    """A proper name filled into a sentence (a plan): in HTML kept whole and isolated, so
    "All-inclusive" neither breaks at its hyphen nor reorders the Arabic sentence around it."""

    def html(self) -> str:
        return f'<bdi class="name">{escape(self)}</bdi>'


class _Match:
    def __init__(self, name: str):
        self._name = name

    def group(self, i: int) -> str:
        return self._name if i == 1 else "{" + self._name + "}"


def restore(html: str, figures: list[str]) -> str:
    for i, fig in enumerate(figures):
        html = html.replace(f"{_SENTINEL_OPEN}{i}{_SENTINEL_CLOSE}", fig)
    return html


def make_localizer(locale: str, source_locale: str, translations, policy: Policy | None,
                   plan_names: dict | None = None) -> Localizer:
    from generator.i18n.business import MESSAGES, UNIT_CONTEXT, wording

    values: dict = {}
    source_values: dict = {}
    facts: dict = {}
    business, fallback = wording(locale, None if locale == source_locale else translations)
    if policy is not None:
        values = dict(placeholder_values(policy.values, locale, business))
        source_values = dict(placeholder_values(policy.values, source_locale)) if locale != source_locale else values
        for name in values:
            facts[name] = f"{policy.id}:values.{name}"
    loc = Localizer(locale, source_locale, None if locale == source_locale else translations,
                    values, source_values, facts)
    loc.business = business
    loc.missing.extend(Missing(UNIT_CONTEXT, MESSAGES[u][0], "untranslated") for u in fallback)
    if policy is not None and policy.eligible_plans:
        plan = next(p for p in policy.plans if p.id == policy.eligible_plans[0])
        loc.values["plan"] = Name(loc.plain(plan.name))
        loc.source_values["plan"] = Name(plan.name.source)
    return loc
