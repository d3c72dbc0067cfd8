#!/usr/bin/env python3
"""Deterministic benchmark corpus: one multilingual site written three ways.

    python bench/corpus.py --locales N --pages M --out DIR

writes

* ``DIR/slasite`` -- a complete slasite project: ``content/site.yaml`` (the first N locales of
  ``LOCALES``, source ``en`` included), ``content/policies/bench-support.yaml`` (the example
  policy under another id), M pages of ~700 words (headings, paragraphs, a table, lists, a
  figure image, links, ``{placeholders}`` from the policy), the repository's ``templates/``,
  ``locales/messages.pot`` and a complete ``messages.po`` for every non-source locale;
* ``DIR/hugo`` -- the same pages and translations as a Hugo multilingual site (translation by
  file name, ``content/<slug>.<lang>.md``), a minimal layout (baseof + home + page, language
  switcher, hreflang alternates, page navigation), the UI strings in ``i18n/``, figures filled at
  build time by a ``fig`` shortcode from ``data/figures/<lang>.yaml``; no theme;
* ``DIR/mkdocs`` -- the same pages for MkDocs + mkdocs-static-i18n (suffix structure,
  ``docs/<slug>.<lang>.md``), figures already filled in (MkDocs has no build-time substitution
  without another plugin);
* ``DIR/corpus.json`` -- what was generated (counts, words per page, the files run.py edits).

Every translation is a pseudo-translation: the ASCII letters of the source are mapped to letters
of the locale's script (accented Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, kana,
Hangul, Han), while placeholders, link and image targets and inline code stay byte for byte the
same, so all three sites show the same words in the same structure and slasite's checks have
nothing to report. Output is byte-identical for the same arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # the generator package, for plural headers and figure formatting
    sys.path.insert(0, str(REPO))

POLICY_ID = "bench-support"
SITE_TITLE = "Help Desk Support Policies"
BASE_URL = "https://support.example.com"
IMAGE = "/static/favicon.svg"
FIXED_DATE = "2026-01-01 00:00+0000"
PO_WIDTH = 76

# 40 CLDR locales; a corpus with N locales uses the first N (the first six are the example's).
LOCALES = (
    "en", "pt", "bg", "fr", "de", "ru", "ar", "es", "it", "nl",
    "pl", "sv", "da", "fi", "nb", "cs", "sk", "sl", "hr", "uk",
    "el", "tr", "he", "fa", "hi", "ja", "ko", "zh", "pt_BR", "hu",
    "ro", "lt", "lv", "et", "ca", "id", "vi", "th", "sr", "ms",
)
RTL = {"ar", "he", "fa"}

# --- vocabulary: no number words, units, weekdays, months, rank nouns or clock words -------------
NOUNS = """account agent answer archive article assistant audit backlog badge browser budget button
cache channel chat checklist client colleague comment company connection console contact contract
customer dashboard database desk detail device document domain draft editor email engineer error
export feature feedback field filter folder form gateway guide handbook helper history inbox
incident integration invoice issue kit knowledge label language layout library license link
mailbox manager message method migration mobile network note office operator order owner package
page panel partner password payment permission phone picture plan platform policy portal problem
process product profile project question queue record region release report request resource
review role rule sandbox screen search server service session setting signature site software
solution source specialist status storage subscription summary supplier survey system task team
template tenant ticket token tool topic trainer update upgrade user vendor version view visitor
website widget workflow workspace""".split()

ADJECTIVES = """active advanced automatic available basic central clear complete careful custom
dedicated detailed direct early easy experienced external familiar flexible friendly full general
helpful important internal known local main modern new open optional personal previous private
proper public quick ready regular relevant reliable remote safe secure senior shared short simple
specific stable standard strong successful technical typical useful usual valid visible""".split()

VERBS = [  # (base, third person)
    ("review", "reviews"), ("update", "updates"), ("explain", "explains"), ("check", "checks"),
    ("follow", "follows"), ("track", "tracks"), ("route", "routes"), ("handle", "handles"),
    ("collect", "collects"), ("confirm", "confirms"), ("describe", "describes"),
    ("improve", "improves"), ("protect", "protects"), ("support", "supports"),
    ("manage", "manages"), ("prepare", "prepares"), ("share", "shares"), ("store", "stores"),
    ("connect", "connects"), ("organize", "organizes"), ("answer", "answers"),
    ("escalate", "escalates"), ("document", "documents"), ("resolve", "resolves"),
    ("inspect", "inspects"), ("configure", "configures"), ("export", "exports"),
    ("publish", "publishes"), ("archive", "archives"), ("assign", "assigns"),
    ("compare", "compares"), ("simplify", "simplifies"), ("monitor", "monitors"),
    ("record", "records"), ("approve", "approves"), ("restore", "restores"),
]

ADVERBS = """carefully clearly directly quickly safely promptly openly reliably gladly smoothly
properly simply""".split()

OPENERS = """Usually Often Together Meanwhile Naturally Likewise Instead Afterwards Otherwise
Finally Overall Generally""".split()

PREPOSITIONS = "for with from about across inside without behind beyond near".split()

CODE = ["settings.yaml", "help-desk/export", "api/tickets", "X-Request-Id", "--verbose",
        "status=open", "agent.name", "queue/priority", "webhook.url", "locale"]

# Sentence-initial words for the rebuild edits of run.py (one new word per run).
EDIT_WORDS = """Importantly Notably Moreover Indeed Likewise Similarly Accordingly Additionally
Furthermore Consequently Specifically Evidently""".split()

# Placeholder sentences: every name is one slasite fills from the policy.
PLACEHOLDER_SENTENCES = [
    "The add-on costs {price} on the {plan} plan.",
    "Your agent is available {dedicated.days}, {dedicated.hours} ({dedicated.zone}).",
    "We contact you within {contact_within}, usually right away.",
    "Your agent answers within {contact_window} when the {noun} {verb3} the {noun2}.",
    "The {noun} comes with the {plan} plan, which costs {price.amount} plus the add-on.",
    "Dedicated chat is open {dedicated}.",
    "Support hours start at {dedicated.opens} and end at {dedicated.closes} ({dedicated.zone}).",
]

# --- pseudo-translation ----------------------------------------------------------------------------
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_LATIN_VARIANTS = {  # letter -> accented forms; locale k uses variant k % len
    "a": "áàâäãåāą", "e": "éèêëēęě", "i": "íìîïīį", "o": "óòôöõøō", "u": "úùûüūůų",
    "c": "çčć", "n": "ñńň", "s": "šśş", "z": "žźż", "y": "ýÿ", "r": "řŕ", "l": "ľĺł", "d": "ďđ",
    "t": "ťţ", "g": "ğģ",
}
_SCRIPTS = {
    "cyrillic": "абцдефгхийклмнопярстувшжыз",
    "greek": "αβψδεφγηιξκλμνοπθρστυωςχυζ",
    "arabic": "ابتدثفغهيجكلمنوقرسطعشحخظز",
    "hebrew": "אבצדעפגהיחכלמנופקרסטוושזיז",
    "devanagari": "अबचदएफगहइजकलमनओपकरसतउवशखयज",
    # no จ or พ: slasite's figure reader takes them for Monday and Wednesday anywhere in Thai text
    # (no word breaks to anchor on), although real Thai uses them in everyday words
    "thai": "กขคงฆฉชซญดตถทธนบปผฝฬฟภมยรล",
    "kana": "アブツデエフグハイジカルマナオパクラサタウヴワシヤザ",
    "hangul": "가바차다에파가하이자카라마나오파쿠라사타우바와샤야자",
    "han": "安本成的东方国好人家可来民内欧品去日山时文天我下小心友语在中",
}
_LOCALE_SCRIPT = {
    "bg": "cyrillic", "ru": "cyrillic", "uk": "cyrillic", "sr": "cyrillic", "el": "greek",
    "ar": "arabic", "fa": "arabic", "he": "hebrew", "hi": "devanagari", "th": "thai",
    "ja": "kana", "ko": "hangul", "zh": "han",
}
_SCRIPT_TWEAKS = {  # per-locale letters so that locales sharing a script still differ
    "bg": {"y": "ъ", "q": "щ"}, "uk": {"i": "і", "y": "ї", "e": "є"}, "sr": {"j": "ј", "y": "љ"},
    "fa": {"k": "ک", "y": "ی", "g": "گ"},
}
# Figures the example's policy and templates spell as words: a translation writes them in digits,
# which slasite's check accepts in every locale (a pseudo-translated "second" would read as a
# dropped figure). The generated pages themselves contain no number words.
FIGURE_WORDS = {"second-level": "2-level", "around the clock": "24/7"}
# Spans a translator must keep byte for byte: placeholders, link/image targets, inline code.
_PROTECTED = re.compile(r"\{[^{}\s]*\}|\]\([^)\s]*\)|`[^`]*`")


def _table(locale: str) -> dict[int, str]:
    script = _LOCALE_SCRIPT.get(locale.split("_")[0])
    k = LOCALES.index(locale) if locale in LOCALES else len(locale)
    mapping = {}
    if script is None:
        for ch in _LOWER:
            forms = _LATIN_VARIANTS.get(ch)
            # vowels always change (a translation never repeats a source word: French "or" reads
            # as gold, XAU, to the figure reader); consonants in two cases out of three
            keep = ch not in "aeiou" and (k + ord(ch)) % 3 == 0
            low = forms[(k + ord(ch)) % len(forms)] if forms and not keep else ch
            mapping[ch] = low
            mapping[ch.upper()] = low.upper() if low.upper() != low and len(low.upper()) == 1 else ch.upper()
    else:
        letters = _SCRIPTS[script]
        for i, ch in enumerate(_LOWER):
            mapping[ch] = letters[(i + k) % len(letters)] if script in ("kana", "hangul", "han") else letters[i % len(letters)]
        mapping.update(_SCRIPT_TWEAKS.get(locale.split("_")[0], {}))
        for ch in _LOWER:
            up = mapping[ch].upper()
            mapping[ch.upper()] = up if len(up) == 1 else mapping[ch]
    return str.maketrans(mapping)


class PseudoTranslator:
    """msgid -> deterministic msgstr in the locale's script; markup and placeholders intact."""

    def __init__(self, locale: str):
        self.locale = locale
        self.table = None if locale == "en" else _table(locale)

    def __call__(self, text: str) -> str:
        if self.table is None:
            return text
        for phrase, digits in FIGURE_WORDS.items():
            if phrase in text:
                text = text.replace(phrase, digits)
        out, pos = [], 0
        for m in _PROTECTED.finditer(text):
            out.append(text[pos:m.start()].translate(self.table))
            out.append(m.group(0))
            pos = m.end()
        out.append(text[pos:].translate(self.table))
        return "".join(out)


def _number_words(locale: str) -> set[str]:
    """Number words slasite's figure reader knows for the locale (none if it cannot be imported)."""
    try:
        from generator.figures import words
    except Exception:
        return set()
    found: set[str] = set()
    lang = locale.split("_")[0]
    for name in ("CARDINALS", "WEAK_CARDINALS", "ORDINALS", "WEAK_ORDINALS", "SCALES", "POST_CARDINALS"):
        table = getattr(words, name, {})
        for key in (locale, lang):
            entry = table.get(key) or {}
            found.update(w.lower() for w in entry)
    return found


def _vet_vocabulary(locales) -> None:
    """No pseudo-translated word may read as a number word of its locale (the check would flag it)."""
    vocab = set(NOUNS) | set(ADJECTIVES) | set(ADVERBS) | set(OPENERS) | set(PREPOSITIONS) | set(EDIT_WORDS)
    vocab |= {w for pair in VERBS for w in pair}
    vocab |= set(re.findall(r"[A-Za-z]+", " ".join(PLACEHOLDER_SENTENCES + _FIXED_WORDS)))
    for locale in locales:
        if locale == "en":
            continue
        numbers = _number_words(locale)
        if not numbers:
            continue
        pseudo = PseudoTranslator(locale)
        clash = sorted(w for w in vocab if pseudo(w).lower() in numbers or pseudo(w.lower()) in numbers)
        if clash:
            raise SystemExit(f"corpus vocabulary reads as numbers in {locale}: {clash}")


_FIXED_WORDS = ["Read about", "What we", "Who", "How we", "Within", "Figure", "the", "a", "and",
                "your", "our", "you", "can", "at", "any", "moment", "every", "that", "this",
                "when", "if", "each", "to", "of", "on", "or", "in", "by", "flow", "use", "open"]


# --- the pages -----------------------------------------------------------------------------------
@dataclass
class Block:
    kind: str  # h1 h2 h3 p ul table
    text: str = ""  # headings, paragraphs (source inline Markdown, one line)
    items: list = field(default_factory=list)  # ul: item texts; table: [header, *rows]


@dataclass
class PageSpec:
    index: int
    slug: str  # "" for the home page
    title: str
    order: int
    blocks: list

    @property
    def ctx(self) -> str:
        return self.slug or "index"

    @property
    def stem(self) -> str:
        return self.slug or "index"


class Writer:
    def __init__(self, rng: random.Random):
        self.r = rng

    def noun(self):
        return self.r.choice(NOUNS)

    def nouns(self):
        n = self.noun()
        if n.endswith(("s", "sh", "ch", "x")):
            return n + "es"
        if n.endswith("y") and n[-2] not in "aeiou":
            return n[:-1] + "ies"
        return n + "s"

    def adj(self):
        return self.r.choice(ADJECTIVES)

    def verb(self):
        return self.r.choice(VERBS)

    def adv(self):
        return self.r.choice(ADVERBS)

    def prep(self):
        return self.r.choice(PREPOSITIONS)

    def sentence(self) -> str:
        r = self.r
        base, third = self.verb()
        b2, t2 = self.verb()
        form = r.randrange(10)
        if form == 0:
            s = f"the {self.adj()} {self.noun()} {third} your {self.noun()} {self.adv()}"
        elif form == 1:
            s = f"when you {base} a {self.noun()}, our {self.nouns()} {b2} the {self.adj()} {self.noun()}"
        elif form == 2:
            s = f"you can {base} the {self.noun()} from the {self.adj()} {self.noun()} at any moment"
        elif form == 3:
            s = f"each {self.noun()} {third} a {self.adj()} {self.noun()} and a {self.adj()} {self.noun()}"
        elif form == 4:
            s = f"our {self.nouns()} {base} every {self.noun()} that {third} your {self.noun()}"
        elif form == 5:
            s = (f"if the {self.noun()} {third} the {self.noun()}, your {self.adj()} {self.noun()} "
                 f"{t2} the {self.noun()} {self.prep()} the {self.adj()} {self.noun()}")
        elif form == 6:
            s = f"this {self.noun()} {third} how {self.nouns()} {b2} {self.adj()} {self.nouns()}"
        elif form == 7:
            s = f"{r.choice(OPENERS).lower()}, the {self.noun()} {third} your {self.adj()} {self.nouns()} {self.prep()} the {self.noun()}"
        elif form == 8:
            s = f"a {self.adj()} {self.noun()} {third} the {self.nouns()} and {self.nouns()} of your {self.adj()} {self.noun()}"
        else:
            s = f"we {base} the {self.adj()} {self.nouns()} {self.prep()} your {self.noun()} and {b2} them {self.adv()}"
        return s[0].upper() + s[1:] + "."

    def placeholder_sentence(self) -> str:
        if not getattr(self, "_unused", None):
            self._unused = list(PLACEHOLDER_SENTENCES)
            self.r.shuffle(self._unused)
        s = self._unused.pop()
        _, third = self.verb()
        return s.replace("{noun}", self.noun()).replace("{noun2}", self.noun()).replace("{verb3}", third)

    def paragraph(self, n: int, placeholder: bool = False) -> str:
        sentences = [self.sentence() for _ in range(n)]
        if placeholder:
            sentences.insert(self.r.randrange(len(sentences) + 1), self.placeholder_sentence())
        return " ".join(sentences)

    def heading(self) -> str:
        r = self.r
        form = r.randrange(3)
        if form == 0:
            s = f"{self.adj()} {self.nouns()} and {self.nouns()}"
        elif form == 1:
            s = f"how we {self.verb()[0]} your {self.noun()}"
        else:
            s = f"{self.nouns()} {self.prep()} your {self.adj()} {self.noun()}"
        return s[0].upper() + s[1:]

    def item(self) -> str:
        s = f"{self.verb()[0]} the {self.adj()} {self.noun()} {self.prep()} your {self.noun()} {self.adv()}."
        return s[0].upper() + s[1:]

    def cell(self) -> str:
        s = f"{self.adj()} {self.noun()}" if self.r.randrange(2) else f"{self.verb()[1]} the {self.noun()}"
        return s[0].upper() + s[1:]


def make_pages(m: int) -> list[PageSpec]:
    """M page specs: page 0 is the home page. Pure function of M."""
    slugs = [""]
    seen = set()
    for i in range(1, m):
        r = random.Random(f"slug:{i}")
        while True:
            slug = f"{r.choice(ADJECTIVES)}-{r.choice(NOUNS)}"
            if slug not in seen:
                break
            slug += "-" + r.choice(NOUNS)
            if slug not in seen:
                break
        seen.add(slug)
        slugs.append(slug)
    pages = []
    for i, slug in enumerate(slugs):
        w = Writer(random.Random(f"page:{i}"))
        title = w.heading()
        other = slugs[i % (m - 1) + 1] if m > 1 else ""
        href = (f"{other}/" if other else "./") if i == 0 else (f"../{other}/" if other else "../")
        link = f"[Read about {w.adj()} {w.nouns()}]({href})"
        code = w.r.choice(CODE)
        header = [f"{w.noun().capitalize()}", "What we do", "Who handles it"]
        rows = [[w.cell(), w.cell(), w.cell()] for _ in range(5)]
        rows[w.r.randrange(5)][1] = "Within {contact_within}"
        blocks = [
            Block("h1", title),
            Block("p", w.paragraph(5, placeholder=True)),
            Block("h2", w.heading()),
            Block("p", w.paragraph(5)),
            Block("p", w.paragraph(4) + f" {link}."),
            Block("h3", w.heading()),
            Block("p", w.paragraph(5)),
            Block("ul", items=[w.item() for _ in range(5)]),
            Block("h2", w.heading()),
            Block("table", items=[header, *rows]),
            Block("p", w.paragraph(4, placeholder=True)),
            Block("p", f"![Figure: {w.adj()} {w.noun()} flow {w.prep()} the {w.noun()}]({IMAGE})"),
            Block("h3", w.heading()),
            Block("p", w.paragraph(5)),
            Block("p", f"Use the **{w.adj()} {w.noun()}** to {w.verb()[0]} *{w.adj()}* {w.nouns()}, "
                       f"or open `{code}` in the {w.noun()}. " + w.paragraph(4)),
            Block("h2", w.heading()),
            Block("p", w.paragraph(5)),
            Block("p", w.paragraph(5)),
            Block("ul", items=[w.item() for _ in range(4)]),
            Block("p", w.paragraph(4, placeholder=True)),
        ]
        pages.append(PageSpec(i, slug, title, i, blocks))
    return pages


def wrap(text: str, width: int = 100) -> list[str]:
    """Soft-wrap a paragraph at spaces (never inside a shortcode or a protected span)."""
    words = re.findall(r"\{\{<[^>]*>\}\}\S*|\S+", text)
    lines, cur = [], ""
    for wd in words:
        if cur and len(cur) + 1 + len(wd) > width:
            lines.append(cur)
            cur = wd
        else:
            cur = f"{cur} {wd}" if cur else wd
    if cur:
        lines.append(cur)
    return lines


def render_markdown(page: PageSpec, tr, fill=lambda s: s) -> tuple[str, list]:
    """The page body as Markdown; `tr` translates one block's inline text, `fill` then replaces
    placeholders (identity for slasite). Returns (body, [(kind, msgid, 0-based body line)])."""
    lines: list[str] = []
    segs: list = []

    def emit(kind, msgid):
        segs.append((kind, msgid, len(lines)))
        return fill(tr(msgid))

    for b in page.blocks:
        if lines:
            lines.append("")
        if b.kind in ("h1", "h2", "h3"):
            text = emit(b.kind, b.text)
            lines.append("#" * int(b.kind[1]) + " " + text)
        elif b.kind == "p":
            text = emit("p", b.text)
            lines.extend(wrap(text))
        elif b.kind == "ul":
            for item in b.items:
                lines.append("- " + emit("li", item))
        elif b.kind == "table":
            header, *rows = b.items
            cells = [emit("th", c) for c in header]
            lines.append("| " + " | ".join(cells) + " |")
            lines.append("|" + "---|" * len(header))
            for row in rows:
                cells = [emit("td", c) for c in row]
                lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n", segs


def word_count(page: PageSpec) -> int:
    text = []
    for b in page.blocks:
        text.append(b.text)
        text.extend(c for row in b.items for c in (row if isinstance(row, list) else [row]))
    plain = re.sub(r"\]\([^)]*\)|[#*`|!\[\]]", " ", " ".join(text))
    return len(plain.split())


# --- PO files ------------------------------------------------------------------------------------
def _escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n")


def po_string(keyword: str, s: str) -> list[str]:
    """`keyword "..."`, wrapped the way Babel writes catalogs (width 76, break after spaces)."""
    esc = _escape(s)
    if len(esc) + len(keyword) + 3 <= PO_WIDTH:
        return [f'{keyword} "{esc}"']
    chunks = re.findall(r"[^ ]* *", esc)
    out, cur = [f'{keyword} ""'], ""
    for c in chunks:
        if not c:
            continue
        if cur and len(cur) + len(c) + 2 > PO_WIDTH:
            out.append(f'"{cur}"')
            cur = c
        else:
            cur += c
    if cur:
        out.append(f'"{cur}"')
    return out


@dataclass
class Entry:
    msgctxt: str
    msgid: str
    msgid_plural: str | None
    locations: list
    flags: set


def plural_info(locale: str) -> tuple[str, list[str]]:
    """(Plural-Forms header value, CLDR category per msgstr index) from slasite's own code."""
    from generator.catalogs.plurals import plural_forms_header
    header = plural_forms_header(locale)
    n = int(re.search(r"nplurals\s*=\s*(\d+)", header).group(1))
    cats = None
    try:
        from generator.catalogs.plurals import gettext_plural_forms
        third = gettext_plural_forms(locale)[2]
        if isinstance(third, (list, tuple)) and len(third) == n and all(isinstance(c, str) for c in third):
            cats = list(third)
    except Exception:
        pass
    if cats is None:
        cats = (["one"] + ["other"] * (n - 1)) if n > 1 else ["other"]
    return header, cats


def unit_wording(e: Entry, locale: str) -> dict | None:
    """Business-unit messages (msgctxt `unit`): slasite's built-in wording for the locale, as
    `slasite update` / `add-locale` pre-fill it; None where slasite has none (then a translator
    words it: here the pseudo-translation)."""
    if e.msgctxt != "unit":
        return None
    try:
        from generator.i18n.business import MESSAGES, glossary
    except Exception:
        return None
    unit = next((u for u, (singular, _p) in MESSAGES.items() if singular == e.msgid), None)
    return glossary(locale, unit) if unit else None


def po_header(locale: str | None, plural_forms: str | None) -> list[str]:
    fields = [
        "Project-Id-Version: slasite bench corpus",
        "Report-Msgid-Bugs-To: EMAIL@ADDRESS",
        f"POT-Creation-Date: {FIXED_DATE}",
        f"PO-Revision-Date: {FIXED_DATE if locale else 'YEAR-MO-DA HO:MI+ZONE'}",
        f"Last-Translator: {'bench/corpus.py' if locale else 'FULL NAME <EMAIL@ADDRESS>'}",
    ]
    if locale:
        fields.append(f"Language: {locale}")
    fields.append(f"Language-Team: {'bench' if locale else 'LANGUAGE <LL@li.org>'}")
    if plural_forms:
        fields.append(f"Plural-Forms: {plural_forms}")
    fields += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
               "Content-Transfer-Encoding: 8bit", "Generated-By: bench/corpus.py"]
    title = (f"# Pseudo-translation ({locale}) of the slasite benchmark corpus." if locale
             else "# Translations template for the slasite benchmark corpus.")
    lines = [title, "#", 'msgid ""', 'msgstr ""']
    lines += [f'"{_escape(f)}\\n"' for f in fields]
    return lines


def render_po(entries: list[Entry], locale: str | None) -> str:
    tr = PseudoTranslator(locale) if locale else None
    plural_forms, cats = plural_info(locale) if locale else (None, [])
    out = po_header(locale, plural_forms)
    for e in entries:
        out.append("")
        if e.locations:
            refs, line = [], "#:"
            for path, lineno in e.locations:
                ref = f"{path}:{lineno}" if lineno else path
                if len(line) + 1 + len(ref) > PO_WIDTH and line != "#:":
                    refs.append(line)
                    line = "#:"
                line += " " + ref
            refs.append(line)
            out += refs
        if e.flags:
            out.append("#, " + ", ".join(sorted(e.flags)))
        out += po_string("msgctxt", e.msgctxt)
        out += po_string("msgid", e.msgid)
        if e.msgid_plural is not None:
            out += po_string("msgid_plural", e.msgid_plural)
            if tr is None:
                out += po_string("msgstr[0]", "") + po_string("msgstr[1]", "")
            else:
                known = unit_wording(e, locale)  # what `slasite update` pre-fills, if it can
                for i, cat in enumerate(cats):
                    text = (known.get(cat) or known.get("other")) if known else None
                    out += po_string(f"msgstr[{i}]", text.replace("{0}", "{num}") if text else
                                     tr(e.msgid if cat == "one" else e.msgid_plural))
        else:
            out += po_string("msgstr", tr(e.msgid) if tr else "")
    return "\n".join(out) + "\n"


# --- policy / template messages ----------------------------------------------------------------
_PO_TOKEN = re.compile(r'^(#[:,.]?|msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s*(.*)$')


def _unquote(s: str) -> str:
    s = s.strip()[1:-1]
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def entries_from_pot(path: Path) -> list[Entry]:
    """Entries of a POT file (a tiny reader: the example's own template)."""
    entries, cur, key = [], None, None
    def flush():
        if cur and cur.get("msgid"):
            entries.append(Entry(cur.get("msgctxt", ""), cur["msgid"], cur.get("msgid_plural"),
                                 cur.get("refs", []), cur.get("flags", set())))
    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if not line:
            flush()
            cur, key = None, None
            continue
        if cur is None:
            cur = {}
        if line.startswith('"'):
            if key:
                cur[key] = cur.get(key, "") + _unquote(line)
            continue
        m = _PO_TOKEN.match(line)
        if not m:
            continue
        kw, rest = m.groups()
        if kw == "#:":
            for ref in rest.split():
                p, _, n = ref.rpartition(":")
                cur.setdefault("refs", []).append((p, int(n)) if n.isdigit() else (ref, None))
        elif kw == "#,":
            cur.setdefault("flags", set()).update(f.strip() for f in rest.split(","))
        elif kw.startswith("#"):
            continue
        elif kw.startswith("msgstr"):
            key = None
        else:
            key = kw
            cur[key] = _unquote(rest)
    return entries


def project_entries(root: Path, pages: list[PageSpec], page_segs: dict) -> tuple[list[Entry], str]:
    """Every message of the project: slasite's own segment collector when it can be imported,
    else the example's messages.pot (policy, templates, site title) plus the pages as generated.
    Returns (entries, which source was used)."""
    mine_pages = {}
    for page in pages:
        path = f"content/pages/{page.stem}.md"
        mine_pages.setdefault((f"page:{page.ctx}:title", page.title), []).append((path, 2))
        for kind, msgid, line in page_segs[page.index]:
            mine_pages.setdefault((f"page:{page.ctx}:{kind}", msgid), []).append((path, line))
    try:
        from generator.load.project import load_project
        from generator.segments import collect
        segments = collect(load_project(root))
        entries = [Entry(s.msgctxt, s.msgid, s.msgid_plural, list(s.locations), set(s.flags)) for s in segments]
        theirs = {(e.msgctxt, e.msgid) for e in entries if e.msgctxt.startswith("page:")}
        if theirs != set(mine_pages):
            diff = sorted(theirs ^ set(mine_pages))[:5]
            print(f"corpus: warning: slasite segments differ from the generated pages: {diff}", file=sys.stderr)
        return entries, "generator.segments.collect"
    except Exception as exc:  # the generator is mid-change: build the same list ourselves
        print(f"corpus: note: using the example POT for policy/template messages ({type(exc).__name__}: {exc})",
              file=sys.stderr)
    entries = []
    for e in entries_from_pot(REPO / "locales" / "messages.pot"):
        if e.msgctxt.startswith("page:"):
            continue
        if e.msgctxt.startswith("policy:vip-support:"):
            e.msgctxt = f"policy:{POLICY_ID}:" + e.msgctxt.split(":", 2)[2]
            e.locations = [(p.replace("vip-support.yaml", f"{POLICY_ID}.yaml"), n) for p, n in e.locations]
        entries.append(e)
    for (ctx, msgid), locs in mine_pages.items():
        flags = {"python-brace-format"} if re.search(r"\{[A-Za-z_][\w.]*\}", msgid) else set()
        entries.append(Entry(ctx, msgid, None, locs, flags))
    return entries, "example messages.pot + generated pages"


# --- figures for Hugo / MkDocs ---------------------------------------------------------------------
def figure_values(policy_path: Path, locale: str, plan_name: str) -> dict[str, str]:
    """Placeholder name -> the text slasite shows for it in `locale` (slasite's own formatter)."""
    from generator.i18n.format import placeholder_values
    from generator.load.yamlfile import load_yaml_file
    from generator.model.read import read_policy
    display = f"content/policies/{policy_path.name}"
    policy = read_policy(load_yaml_file(policy_path, display), display)
    values = {k: v.text for k, v in placeholder_values(policy.values, locale).items()}
    values["plan"] = plan_name
    return values


def hugo_lang(locale: str) -> str:
    return locale.lower().replace("_", "-")


def display_name(locale: str) -> str:
    from babel import Locale
    loc = Locale.parse(locale)
    name = loc.get_display_name(loc) or locale
    return name[0].upper() + name[1:]


# --- writing the three sites -------------------------------------------------------------------------
def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def front_matter(pairs) -> str:
    return "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in pairs) + "---\n"


def write_slasite(out: Path, locales, pages) -> tuple[dict, list[Entry], str]:
    shutil.copytree(REPO / "templates", out / "templates")
    locs = ", ".join(locales)
    write(out / "content" / "site.yaml",
          f"# Benchmark corpus generated by bench/corpus.py: {len(locales)} locales x {len(pages)} pages.\n"
          f"title: {SITE_TITLE}\nbase_url: {BASE_URL}\nsource_locale: en\nlocales: [{locs}]\n"
          f"missing_translation: fallback\n")
    policy = (REPO / "content" / "policies" / "vip-support.yaml").read_text(encoding="utf-8")
    policy, n = re.subn(r"(?m)^id: vip-support$", f"id: {POLICY_ID}", policy)
    if n != 1:
        raise SystemExit("corpus: the example policy has no 'id: vip-support' line")
    write(out / "content" / "policies" / f"{POLICY_ID}.yaml", policy)
    page_segs = {}
    for page in pages:
        body, segs = render_markdown(page, lambda s: s)
        fm = front_matter([("title", page.title), ("order", page.order), ("policy", POLICY_ID)])
        body_line = fm.count("\n") + 1  # 1-based line of the body's first line
        page_segs[page.index] = [(k, s, body_line + line) for k, s, line in segs]
        write(out / "content" / "pages" / f"{page.stem}.md", fm + body)
    entries, how = project_entries(out, pages, page_segs)
    write(out / "locales" / "messages.pot", render_po(entries, None))
    for locale in locales[1:]:
        write(out / "locales" / locale / "LC_MESSAGES" / "messages.po", render_po(entries, locale))
    return page_segs, entries, how


HUGO_BASEOF = """<!doctype html>
<html lang="{{ site.Language.Locale }}" dir="{{ or site.Language.Direction "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ site.Title }}</title>
<link rel="stylesheet" href="{{ "static/style.css" | absURL }}">
<link rel="icon" href="{{ "static/favicon.svg" | absURL }}" type="image/svg+xml">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Locale }}" href="{{ .Permalink }}">
{{ end }}{{ range .AllTranslations }}{{ if .Language.IsDefault }}<link rel="alternate" hreflang="x-default" href="{{ .Permalink }}">
{{ end }}{{ end }}<link rel="canonical" href="{{ .Permalink }}">
</head>
<body>
<a class="skip" href="#main">{{ T "skip" }}</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
    <nav class="languages" aria-label="{{ T "language" }}">
      <ul>
      {{ $cur := . }}{{ range .AllTranslations }}
        <li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Locale }}" lang="{{ .Language.Locale }}"{{ if eq .Language.Name $cur.Language.Name }} aria-current="page"{{ end }}>{{ .Language.Label }}</a></li>
      {{ end }}
      </ul>
    </nav>
  </div>
  <nav class="wrap site-nav" aria-label="{{ T "pages" }}">
    <ul>
    <li><a href="{{ site.Home.RelPermalink }}"{{ if .IsHome }} aria-current="page"{{ end }}>{{ site.Home.Title }}</a></li>
    {{ range site.RegularPages.ByWeight }}
      <li><a href="{{ .RelPermalink }}"{{ if eq .RelPermalink $cur.RelPermalink }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
    {{ end }}
    </ul>
  </nav>
</header>
<main id="main" class="wrap">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer">
  <div class="wrap"><p>{{ site.Title }}</p></div>
</footer>
</body>
</html>
"""

HUGO_PAGE = """{{ define "main" }}
<article class="page">
{{ .Content }}
</article>
{{ end }}
"""

HUGO_SHORTCODE = '{{ index (index hugo.Data.figures site.Language.Name) (.Get 0) }}'


def write_hugo(out: Path, locales, pages, translators, figures, ui) -> None:
    lines = [f'baseURL = "{BASE_URL}/"', f'title = "{SITE_TITLE}"', 'defaultContentLanguage = "en"',
             "defaultContentLanguageInSubdir = true",
             'disableKinds = ["taxonomy", "term", "rss", "section"]',
             "enableRobotsTXT = false", "",
             "[markup.goldmark.extensions.typographer]", "  disable = true",
             "[markup.goldmark.renderer]", "  unsafe = false", ""]
    for w, locale in enumerate(locales):
        lang = hugo_lang(locale)
        lines += [f'[languages.{json.dumps(lang)}]',
                  f"  weight = {w + 1}",
                  f"  label = {json.dumps(display_name(locale), ensure_ascii=False)}",
                  f'  locale = "{locale.replace("_", "-")}"',
                  f"  title = {json.dumps(translators[locale](SITE_TITLE), ensure_ascii=False)}"]
        if locale in RTL:
            lines.append('  direction = "rtl"')
        lines.append("")
    write(out / "hugo.toml", "\n".join(lines))
    write(out / "layouts" / "baseof.html", HUGO_BASEOF)
    write(out / "layouts" / "page.html", HUGO_PAGE)
    write(out / "layouts" / "home.html", HUGO_PAGE)
    write(out / "layouts" / "_shortcodes" / "fig.html", HUGO_SHORTCODE)
    shutil.copytree(REPO / "templates" / "static", out / "static" / "static")
    placeholder = re.compile(r"\{([A-Za-z_][\w.]*)\}")
    for locale in locales:
        lang = hugo_lang(locale)
        tr = translators[locale]
        write(out / "data" / "figures" / f"{lang}.yaml",
              "".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in figures[locale].items()))
        write(out / "i18n" / f"{lang}.yaml",
              "".join(f"{k}: {json.dumps(tr(v), ensure_ascii=False)}\n" for k, v in ui.items()))
        fill = lambda s: placeholder.sub(lambda m: '{{< fig "' + m.group(1) + '" >}}', s)
        for page in pages:
            body, _ = render_markdown(page, tr, fill)
            fm = front_matter([("title", tr(page.title)), ("weight", page.order + 1)])
            name = "_index" if page.slug == "" else page.slug
            write(out / "content" / f"{name}.{lang}.md", fm + body)


def write_mkdocs(out: Path, locales, pages, translators, figures) -> None:
    lang_lines = []
    for locale in locales:
        lang_lines += [f"        - locale: {locale}",
                       f"          name: {json.dumps(display_name(locale), ensure_ascii=False)}",
                       "          build: true"]
        if locale == "en":
            lang_lines.append("          default: true")
        else:
            lang_lines.append(f"          site_name: {json.dumps(translators[locale](SITE_TITLE), ensure_ascii=False)}")
    write(out / "mkdocs.yml", "\n".join([
        f"site_name: {SITE_TITLE}", f"site_url: {BASE_URL}/", "docs_dir: docs", "use_directory_urls: true",
        "theme:", "  name: mkdocs", "markdown_extensions:", "  - tables", "plugins:", "  - i18n:",
        "      docs_structure: suffix", "      fallback_to_default: true", "      languages:", *lang_lines,
        "validation:", "  unrecognized_links: info", "  absolute_links: info", ""]))
    shutil.copytree(REPO / "templates" / "static", out / "docs" / "static")
    placeholder = re.compile(r"\{([A-Za-z_][\w.]*)\}")
    for locale in locales:
        tr = translators[locale]
        values = figures[locale]
        fill = lambda s, v=values: placeholder.sub(lambda m: v.get(m.group(1), m.group(0)), s)
        for page in pages:
            body, _ = render_markdown(page, tr, fill)
            fm = front_matter([("title", tr(page.title))])
            write(out / "docs" / f"{page.stem}.{locale}.md", fm + body)


def generate(n_locales: int, n_pages: int, out: Path) -> dict:
    if not 1 <= n_locales <= len(LOCALES):
        raise SystemExit(f"--locales must be 1..{len(LOCALES)}")
    if n_pages < 1:
        raise SystemExit("--pages must be at least 1")
    locales = list(LOCALES[:n_locales])
    _vet_vocabulary(locales)
    out = out.resolve()
    for side in ("slasite", "hugo", "mkdocs"):
        if (out / side).exists():
            shutil.rmtree(out / side)
    out.mkdir(parents=True, exist_ok=True)
    pages = make_pages(n_pages)
    translators = {l: PseudoTranslator(l) for l in locales}
    page_segs, entries, how = write_slasite(out / "slasite", locales, pages)
    plan_msg = next((e.msgid for e in entries if e.msgctxt.endswith(":plans.all-inclusive.name")), "All-inclusive")
    policy_path = out / "slasite" / "content" / "policies" / f"{POLICY_ID}.yaml"
    figures = {l: figure_values(policy_path, l, translators[l](plan_msg)) for l in locales}
    ui = {"skip": "Skip to content", "language": "Language", "pages": "Pages"}
    write_hugo(out / "hugo", locales, pages, translators, figures, ui)
    write_mkdocs(out / "mkdocs", locales, pages, translators, figures)
    words = [word_count(p) for p in pages]
    edit_page = pages[1] if len(pages) > 1 else pages[0]
    edit_locale = locales[1] if len(locales) > 1 else locales[0]
    meta = {
        "locales": locales, "pages": n_pages, "policy": POLICY_ID,
        "words_per_page": {"min": min(words), "mean": round(sum(words) / len(words)), "max": max(words)},
        "messages_per_catalog": len(entries), "segments_from": how,
        "edit": {
            "locale": edit_locale, "page": edit_page.stem, "words": EDIT_WORDS,
            "slasite_po": f"slasite/locales/{edit_locale}/LC_MESSAGES/messages.po",
            "slasite_po_msgctxt": f"page:{edit_page.ctx}:p",
            "slasite_page": f"slasite/content/pages/{edit_page.stem}.md",
            "hugo_translated": f"hugo/content/{'_index' if edit_page.slug == '' else edit_page.slug}.{hugo_lang(edit_locale)}.md",
            "hugo_source": f"hugo/content/{'_index' if edit_page.slug == '' else edit_page.slug}.en.md",
        },
    }
    write(out / "corpus.json", json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    return meta


def _needs_venv() -> None:
    """Babel and PyYAML come with slasite: without them, run again in bench/work/venv."""
    try:
        import babel  # noqa: F401
        import yaml  # noqa: F401
    except ImportError as exc:
        venv = Path(__file__).resolve().parent / "work" / "venv"
        venv_python = venv / "bin" / "python"
        if venv_python.exists() and Path(sys.prefix).resolve() != venv.resolve():
            os.execv(str(venv_python), [str(venv_python), str(Path(__file__).resolve()), *sys.argv[1:]])
        raise SystemExit(f"corpus: {exc.name} is missing: run with the project's Python "
                         f"(.venv/bin/python) or after `python bench/run.py` made bench/work/venv")


def main(argv=None) -> int:
    if argv is None:
        _needs_venv()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--locales", type=int, required=True, help=f"number of locales, 1..{len(LOCALES)} (en included)")
    ap.add_argument("--pages", type=int, required=True, help="number of pages (the home page included)")
    ap.add_argument("--out", type=Path, required=True, help="output folder")
    args = ap.parse_args(argv)
    meta = generate(args.locales, args.pages, args.out)
    wp = meta["words_per_page"]
    print(f"corpus {args.locales}x{args.pages} in {args.out}: {meta['messages_per_catalog']} messages per catalog, "
          f"{wp['mean']} words per page ({wp['min']}..{wp['max']}), segments from {meta['segments_from']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
