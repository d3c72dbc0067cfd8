"""Render every page, policy JSON, sitemap and asset of a site into memory: {path: bytes}.

Steps, in order (Zola's habit of a build that reads as a list): language chooser, then for each
locale its pages (Markdown pages and policy pages) and localised policy JSON, then the canonical
JSON, schema, sitemap, 404 and static assets. Nothing here writes to disk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from babel import Locale
from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError, pass_context
from markupsafe import Markup

from generator import markdown
from generator.errors import InputError, Location
from generator.i18n.format import format_duration
from generator.load.project import Project
from generator.localize import Localizer, make_localizer, restore
from generator.model.types import Page, Policy
from generator.render import policy_json
from generator.render.sitemap import sitemap_xml

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "data" / "policy.schema.json"
_DAYS = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday",
         "sat": "Saturday", "sun": "Sunday"}


@dataclass
class RenderResult:
    files: dict[str, bytes] = field(default_factory=dict)
    # (locale, msgctxt, msgid, reason) for every segment shown in the source language
    missing: list = field(default_factory=list)
    # path -> the cache key it was made under (only with a cache): equal keys, equal bytes
    keys: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=64)
def language_tag(locale: str) -> str:
    return locale.replace("_", "-")


@lru_cache(maxsize=64)
def text_direction(locale: str) -> str:
    return "rtl" if Locale.parse(locale).character_order == "right-to-left" else "ltr"


@lru_cache(maxsize=64)
def autonym(locale: str) -> str:
    name = Locale.parse(locale).get_display_name(locale) or locale
    return name[:1].upper() + name[1:]


@pass_context
def _gettext(ctx, msgid, **kwargs):
    return ctx["L"].ui(msgid, **kwargs)


@pass_context
def _ngettext(ctx, singular, plural, n, **kwargs):
    return ctx["L"].ui_plural(singular, plural, n, **kwargs)


_ENVIRONMENTS: dict[tuple[str, str], Environment] = {}


def environment_for(templates_dir: Path) -> Environment:
    """The Jinja2 environment of a templates folder, reused while no template file changes: a
    long-lived process (`serve`) then compiles its templates once, not on every rebuild."""
    from generator.cache import tree_digest

    key = (str(templates_dir), tree_digest(templates_dir))
    env = _ENVIRONMENTS.get(key)
    if env is None:
        if len(_ENVIRONMENTS) > 8:
            _ENVIRONMENTS.clear()
        env = _ENVIRONMENTS[key] = make_environment(templates_dir)
    return env


def make_environment(templates_dir: Path) -> Environment:
    env = Environment(loader=FileSystemLoader(str(templates_dir)), autoescape=True,
                      extensions=["jinja2.ext.i18n"], undefined=StrictUndefined,
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_callables(_gettext, _ngettext, newstyle=False)
    return env


def html_list(items: list[Markup], locale: str) -> Markup:
    """HTML items joined the way the locale writes a list (CLDR: "A, B and C", "A و B")."""
    from babel.lists import format_list

    if len(items) < 2:
        return Markup("").join(items)
    marks = [f"\ue000{i}\ue001" for i in range(len(items))]
    text = str(Markup.escape(format_list(marks, locale=locale)))
    for mark, item in zip(marks, items):
        text = text.replace(mark, str(item))
    return Markup(text)


def page_path(locale: str, slug: str) -> str:
    return f"{locale}/{slug}/index.html" if slug else f"{locale}/index.html"


def page_url(locale: str, slug: str) -> str:
    return f"{locale}/{slug}/" if slug else f"{locale}/"


def page_group(msgctxt: str | None) -> str:
    """Which pages a catalog message can change: one page's body (its slug), or all (""): page
    titles appear in every page's navigation, policy, site and template texts anywhere."""
    if msgctxt and msgctxt.startswith("page:") and not msgctxt.endswith(":title"):
        return msgctxt.split(":", 2)[1]
    return ""


class SiteRenderer:
    def __init__(self, project: Project, translations, cache=None):
        self.project = project
        self.site = project.site
        self.translations = translations  # locale -> Translations (source locale absent)
        self.env = environment_for(project.templates_dir)
        self.result = RenderResult()
        self._localizers: dict = {}
        self._tokens: dict = {}
        self._nav: dict = {}
        self.cache = cache if cache is not None and cache.enabled else None
        self._keys: dict[str, tuple[str, dict]] = {}  # locale -> (key of the locale, page group keys)
        self._stored: dict[str, dict] = {}  # locale -> its cached outputs
        self._page_keys: dict[tuple[str, str], str] = {}
        self._page_sources: dict[str, str] = {}

    # -- cache keys (see generator.cache) ---------------------------------------------------------
    def _prepare_keys(self) -> None:
        """Each locale's key and its page groups' keys, computed in the parent before any fork.

        A catalog is parsed only when its bytes are new to the cache: the group hashes of known
        bytes are remembered.
        """
        from generator.cache import digest, sources_digest

        site = self.site
        base = sources_digest(self.project, page_bodies=False)
        known = self.cache.load("catalogs")
        seen = {}
        for locale in site.locales:
            if locale == site.source_locale or locale not in self.translations:
                self._keys[locale] = (digest(base, locale, "source"), {})
                continue
            cat = self.translations.digest(locale)
            groups = known.get(cat)
            if not isinstance(groups, dict):
                groups = self.translations[locale].fingerprint(page_group)
            if locale not in getattr(self.translations, "failed", ()):  # an unreadable catalog is read again
                seen[cat] = groups
            self._keys[locale] = (digest(base, locale, groups[""]), groups)
        if seen != known:
            self.cache.save("catalogs", seen)

    def page_key(self, locale: str, page: Page) -> str:
        """What a page's bytes depend on: the locale's key, the page itself, its body's messages."""
        from generator.cache import digest
        found = self._page_keys.get((locale, page.path))
        if found is None:
            source = self._page_sources.get(page.path)
            if source is None:
                source = self._page_sources[page.path] = digest(repr(page))
            key, groups = self._keys[locale]
            found = self._page_keys[(locale, page.path)] = digest(key, source, groups.get(page.slug or "index", ""))
        return found

    # -- helpers ---------------------------------------------------------------------------------
    def localizer(self, locale: str, policy: Policy | None) -> Localizer:
        """A fresh Localizer (its own `missing` list) over values formatted once per locale+policy."""
        key = (locale, policy.id if policy else None)
        base = self._localizers.get(key)
        if base is None:
            base = make_localizer(locale, self.site.source_locale, self.translations.get(locale), policy)
            self._localizers[key] = base
        return Localizer(base.locale, base.source_locale, base.translations, base.values, base.source_values,
                         base.facts, list(base.missing), base.business)

    def tokens(self, page: Page):
        """A page's Markdown is parsed once; every locale renders the same block structure."""
        tokens = self._tokens.get(page.path)
        if tokens is None:
            tokens = self._tokens[page.path] = markdown.parse(page.body)
        return tokens

    def _template(self, name: str):
        try:
            return self.env.get_template(name)
        except TemplateError as exc:
            raise InputError(f"template error: {getattr(exc, 'message', exc)}",
                             Location(f"templates/{getattr(exc, 'name', None) or name}",
                                      getattr(exc, "lineno", None))) from None

    def _render(self, name: str, context: dict) -> bytes:
        try:
            return self._template(name).render(context).encode("utf-8")
        except TemplateError as exc:
            lineno = getattr(exc, "lineno", None)
            raise InputError(f"template error: {getattr(exc, 'message', None) or exc}",
                             Location(f"templates/{getattr(exc, 'name', None) or name}", lineno),
                             "fix the template") from None

    def alternates(self, slug: str, root: str, current: str | None) -> list[dict]:
        return [{"hreflang": language_tag(l), "href": root + page_url(l, slug),
                 "absolute": f"{self.site.base_url}/{page_url(l, slug)}", "name": autonym(l),
                 "current": l == current, "dir": text_direction(l), "path": page_url(l, slug)}
                for l in self.site.locales]

    # -- steps -------------------------------------------------------------------------------------
    def render(self) -> RenderResult:
        from generator.parallel import map_locales

        work = self.prepare()
        return self.finish(map_locales(self.render_locale, self.site.locales, work=work))

    def prepare(self) -> int:
        """What `render_locale` needs from the parent, before any fork; returns the work to do (in
        map_locales units) so the caller can decide whether forking pays."""
        work = len(self.site.locales) * len(self.project.pages) * 20
        if self.cache is not None:
            self.cache.forget_other_locales(self.site.locales)
            self._prepare_keys()
            # read in the parent, so the work is known before deciding to fork (workers inherit it)
            self._stored = {l: self.cache.load(f"render-{l}") for l in self.site.locales}
            work = 20 * sum(self.page_key(l, p) not in self._stored[l]
                            for l in self.site.locales for p in self.project.pages)
        if work:
            for name in {"page.html", "policy.html"} & set(self.env.list_templates()):
                self._template(name)  # compiled once here, not once per worker
        return work

    def finish(self, parts) -> RenderResult:
        """The locales' parts (from `render_locale`, in locale order) and the site-wide files."""
        for files, missing, keys in parts:  # each locale's missing segments, once (they name it)
            self.result.files.update(files)
            self.result.keys.update(keys)
            self.result.missing.extend(missing)
        for policy in self.project.policies.values():
            self.result.files[f"policies/{policy.id}.json"] = policy_json.dumps(policy_json.canonical(policy))
        self.result.files[policy_json.SCHEMA_PATH] = SCHEMA_FILE.read_bytes()
        self.render_chooser()
        self.render_404()
        self.result.files["sitemap.xml"] = sitemap_xml(self.site, self.project.pages)
        self.copy_static()
        return self.result

    def render_locale(self, locale: str) -> tuple[dict[str, bytes], list, dict[str, str]]:
        """Every page and the localised policy JSON of one locale (run in a worker when parallel).

        With a cache, a page whose key is known is taken from it; the locale's map is then saved
        with exactly the entries this build used.
        """
        stored = self._stored.get(locale, {}) if self.cache is not None else {}
        blobs = f"pages-{locale}"
        used: dict[str, dict] = {}
        files: dict[str, bytes] = {}
        keys: dict[str, str] = {}
        missing: list = []

        def produce(key: str | None, make) -> None:
            hit = stored.get(key) if key else None
            data = None
            if isinstance(hit, dict) and {"path", "missing"} <= hit.keys():
                data = self.cache.read_blob(blobs, key)
            if data is None:
                path, data, page_missing = make()
                hit = {"path": path, "missing": [list(m) for m in page_missing]}
                if key:
                    self.cache.write_blob(blobs, key, data)
            files[hit["path"]] = data
            missing.extend(tuple(m) for m in hit["missing"])
            if key:
                used[key] = hit
                keys[hit["path"]] = key

        for page in self.project.pages:
            key = self.page_key(locale, page) if self.cache is not None else None
            produce(key, lambda page=page: self.render_page(locale, page))
        for policy in self.project.policies.values():
            key = None
            if self.cache is not None:
                from generator.cache import digest
                key = digest(self._keys[locale][0], "policy-json", policy.id)
            produce(key, lambda policy=policy: self.render_localized_json(locale, policy))
        if self.cache is not None and used != stored:
            self.cache.save(f"render-{locale}", used)
            self.cache.keep_blobs(blobs, set(used))
        seen: set = set()
        unique = [m for m in missing if not (m in seen or seen.add(m))]
        return files, unique, keys

    def _record(self, L: Localizer) -> list:
        """The segments this output shows in the source language, each once."""
        out = []
        for m in L.missing:
            entry = (L.locale, m.msgctxt, m.msgid, m.reason)
            if entry not in out:
                out.append(entry)
        return out

    def render_page(self, locale: str, page: Page) -> tuple[str, bytes, list]:
        policy = self.project.policies.get(page.policy) if page.policy else None
        L = self.localizer(locale, policy)
        root = "../../" if page.slug else "../"
        tokens = self.tokens(page)
        collected: list[str] = []

        def translate(_i, block):
            text, figures = L.markdown_block(markdown_context(page, block.kind), block.source)
            offset = len(collected)
            collected.extend(figures)
            if offset:  # renumber sentinels so each block's figures stay unique
                for j in range(len(figures) - 1, -1, -1):
                    text = text.replace(f"\ue000{j}\ue001", f"\ue000{offset + j}\ue001")
            return text

        body = restore(markdown.render(tokens, translate), collected) if tokens else ""
        site_title = L.plain(self.site.title)
        title = L.plain(page.title)
        ctx = self.base_context(L, page, root, site_title, title)
        ctx["body"] = Markup(body)
        ctx["has_h1"] = any(t.type == "heading_open" and t.tag == "h1" for t in tokens)
        if page.layout == "policy":
            view, texts = self.policy_view(L, policy, root)
            ctx["policy"] = view
            ctx["jsonld"] = Markup(jsonld(policy, L, view, texts, self.site.base_url, page_url(locale, page.slug),
                                          site_title))
            ctx["description"] = texts["summary"]
            template = "policy.html"
        else:
            template = "page.html"
        ctx["untranslated"] = bool(L.missing)
        return page_path(locale, page.slug), self._render(template, ctx), self._record(L)

    def base_context(self, L: Localizer, page: Page, root: str, site_title: str, title: str) -> dict:
        locale = L.locale
        titles = self._nav.get(locale)
        if titles is None:
            NL = self.localizer(locale, None)
            titles = self._nav[locale] = [(p, NL.plain(p.title), NL.missing) for p in self.project.pages]
        nav = [{"title": title, "href": root + page_url(locale, p.slug), "current": p is page}
               for p, title, _missing in titles]
        L.missing.extend(m for _p, _t, missing in titles for m in missing if m not in L.missing)
        return {
            "L": L, "lang_tag": language_tag(locale), "dir": text_direction(locale), "root": root,
            "alternates": self.alternates(page.slug, root, locale),
            "x_default": f"{self.site.base_url}/",
            "canonical": f"{self.site.base_url}/{page_url(locale, page.slug)}",
            "home_url": root + page_url(locale, ""), "nav": nav, "site_title": site_title,
            "page_title": title, "description": None, "body": "", "has_h1": False,
            "untranslated": False, "policy": None, "jsonld": "",
        }

    def policy_view(self, L: Localizer, policy: Policy, root: str) -> tuple[dict, dict]:
        """What the policy template shows, as HTML, and the same texts as plain strings for JSON."""
        v = L.values
        locale = L.locale
        hours_html = {name: {"days": Markup(v[f"{name}.days"].html(f"{policy.id}:values.{name}.days")),
                             "hours": Markup(v[f"{name}.hours"].html(f"{policy.id}:values.{name}.hours")),
                             "zone": Markup(v[f"{name}.zone"].html(f"{policy.id}:values.{name}.zone"))}
                      for name in policy.schedules}
        plans = [p for p in policy.plans if p.id in policy.eligible_plans]
        view = {
            "id": policy.id, "name": L.html(policy.name), "summary": L.html(policy.summary),
            "price": Markup(v["price"].html(f"{policy.id}:price")),
            "plans": html_list([Markup('<bdi class="name">%s</bdi>') % L.html(p.name) for p in plans], locale),
            "hours": next(iter(hours_html.values()), None),
            "eligibility": L.html(policy.texts["eligibility"]) if "eligibility" in policy.texts else "",
            "availability_intro": L.html(policy.texts["availability_intro"]) if "availability_intro" in policy.texts else "",
            "features": [{"title": L.html(f.title), "body": L.html(f.body)} for f in policy.features],
            "channels": [{"name": L.html(c.name),
                          "hours": hours_html.get(c.schedule) if c.schedule else None,
                          "always": c.always,
                          "description": L.html(c.description) if c.description else None,
                          "notes": [L.html(n) for n in c.notes]} for c in policy.channels],
            "severities": [], "version": policy.version,
            "updated": Markup(f'<time datetime="{policy.updated.isoformat()}">{format_date(policy.updated, L.locale)}</time>'),
            "json_url": root + f"{L.locale}/policies/{policy.id}.json",
        }
        texts = {"name": L.plain(policy.name), "summary": L.plain(policy.summary),
                 "price": v["price"].text, "severities": []}
        for s in policy.severities:
            initial = format_duration(s.initial_response, L.locale, L.business)
            follow = format_duration(s.follow_up, L.locale, L.business) if s.follow_up else None
            fact = f"{policy.id}:severities.{s.level}"
            view["severities"].append({
                "number": s.level,
                "level": Markup(f'<data class="fig" data-kind="count" data-fact="{fact}.level" '
                                f'value="{s.level}">{format_number(s.level, L.locale)}</data>'),
                "name": L.html(s.name), "definition": L.html(s.definition),
                "example": L.html(s.example) if s.example else None,
                "initial": Markup(initial.html(f"{fact}.initial_response")),
                "initial_note": L.html(s.initial_note) if s.initial_note else None,
                "follow_up": Markup(follow.html(f"{fact}.follow_up")) if follow else None,
                "follow_up_note": L.html(s.follow_up_note) if s.follow_up_note else None,
            })
            texts["severities"].append({
                "level": s.level, "name": L.plain(s.name), "definition": L.plain(s.definition),
                "example": L.plain(s.example) if s.example else None,
                "first_reply_time": initial.text,
                "first_reply_note": L.plain(s.initial_note) if s.initial_note else None,
                "next_reply_time": follow.text if follow else None,
                "next_reply_note": L.plain(s.follow_up_note) if s.follow_up_note else None,
            })
        return view, texts

    def render_localized_json(self, locale: str, policy: Policy) -> tuple[str, bytes, list]:
        L = self.localizer(locale, policy)
        _view, texts = self.policy_view(L, policy, "../")
        doc = policy_json.localized(policy, locale, texts)
        return f"{locale}/policies/{policy.id}.json", policy_json.dumps(doc), self._record(L)

    def render_chooser(self) -> None:
        src = self.site.source_locale
        ctx = {"lang_tag": language_tag(src), "site_title": self.site.title.source,
               "alternates": self.alternates("", "", None), "x_default": f"{self.site.base_url}/"}
        self.result.files["index.html"] = self._render("chooser.html", ctx)

    def render_404(self) -> None:
        ctx = {"lang_tag": language_tag(self.site.source_locale), "site_title": self.site.title.source,
               "alternates": self.alternates("", "/", None)}
        self.result.files["404.html"] = self._render("404.html", ctx)

    def copy_static(self) -> None:
        static = self.project.templates_dir / "static"
        if static.is_dir():
            for path in sorted(static.rglob("*")):
                if path.is_file():
                    self.result.files[f"static/{path.relative_to(static).as_posix()}"] = path.read_bytes()


def markdown_context(page: Page, kind: str) -> str:
    from generator.segments import block_context
    return block_context(page.slug, kind)


def format_number(n: int, locale: str) -> str:
    from babel.numbers import format_decimal
    return format_decimal(n, locale=locale)


def format_date(d, locale: str) -> str:
    from babel.dates import format_date as babel_format_date
    return babel_format_date(d, "long", locale=locale)


def jsonld(policy: Policy, L: Localizer, view: dict, texts: dict, base_url: str, url: str, site_title: str) -> str:
    sched = next(iter(policy.schedules.values()), None)
    props = []
    for s in policy.severities:
        for metric, d in (("first_reply_time", s.initial_response), ("next_reply_time", s.follow_up)):
            if d is not None:
                props.append({"@type": "PropertyValue", "propertyID": f"severity-{s.level}.{metric}",
                              "name": f"{texts['severities'][s.level - 1]['name']}: {metric}",
                              "value": policy_json.iso_duration(d.value, d.unit),
                              "unitText": d.clock})
    doc = {
        "@context": "https://schema.org",
        "@type": "Service",
        "@id": f"{base_url}/{url}#service",
        "name": texts["name"],
        "description": texts["summary"],
        "inLanguage": language_tag(L.locale),
        "url": f"{base_url}/{url}",
        "provider": {"@type": "Organization", "name": site_title, "url": f"{base_url}/"},
        "offers": {
            "@type": "Offer",
            "priceSpecification": {
                "@type": "UnitPriceSpecification",
                "price": policy_json.decimal_str(policy.price.amount),
                "priceCurrency": policy.price.currency,
                **({"unitCode": {"day": "DAY", "week": "WEE", "month": "MON", "year": "ANN"}[policy.price.period],
                    "referenceQuantity": {"@type": "QuantitativeValue", "value": 1,
                                          "unitCode": {"day": "DAY", "week": "WEE", "month": "MON",
                                                       "year": "ANN"}[policy.price.period]}}
                   if policy.price.period else {}),
            },
            "eligibleCustomerType": [p for p in policy.eligible_plans],
        },
        "additionalProperty": props,
    }
    if sched is not None:
        doc["hoursAvailable"] = [{
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{_DAYS[d]}" for d in sched.days],
            "opens": f"{sched.opens:%H:%M}", "closes": f"{sched.closes:%H:%M}",
            "description": sched.timezone,
        }]
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
