"""Every translatable segment of a project, with its msgctxt, source reference and flags.

Sources: the text fields of site.yaml and each policy (msgctxt `policy:<id>:<path>`), the title and
each Markdown block of each page (`page:<slug>:<kind>`), and every `_()`/`ngettext()` call in the
templates (`ui`). msgctxt + msgid identify a message; a changed sentence gets a new msgid, and
`slasite update` carries the old translation over as fuzzy with the previous msgid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from generator import markdown
from generator.errors import InputError, Location
from generator.load.project import Project
from generator.model.types import Page, Policy, Text

PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\}(?!\})")
UI_CONTEXT = "ui"


@dataclass
class Segment:
    msgctxt: str
    msgid: str
    msgid_plural: str | None = None
    locations: list = field(default_factory=list)  # [(path, line)]
    flags: set = field(default_factory=set)
    auto_comments: list = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return (self.msgctxt, self.msgid)


def placeholders(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


def policy_texts(policy: Policy) -> list[Text]:
    """Every Text of a policy, in the order a reader meets them."""
    texts = [policy.name, policy.summary]
    texts += [p.name for p in policy.plans]
    texts += [t for f in policy.features for t in (f.title, f.body)]
    for c in policy.channels:
        texts += [c.name] + ([c.description] if c.description else []) + list(c.notes)
    for s in policy.severities:
        texts += [t for t in (s.name, s.definition, s.example, s.initial_note, s.follow_up_note) if t]
    texts += list(policy.texts.values())
    return texts


def page_blocks(page: Page) -> list[tuple[str, str, int]]:
    """(kind, source, line in the body) of each translatable Markdown block of a page."""
    return [(block.kind, block.source, block.line) for _, block in markdown.blocks(markdown.parse(page.body))]


def page_segments(project: Project, blocks=page_blocks) -> list[tuple[str, Text]]:
    """(page slug, Text) for each page title and Markdown block (`blocks` may remember them)."""
    out = []
    for page in project.pages:
        out.append((page.slug, page.title))
        for kind, source, line in blocks(page):
            out.append((page.slug, Text(source, block_context(page.slug, kind),
                                        Location(page.path, page.body_line + line))))
    return out


def block_context(slug: str, kind: str) -> str:
    return f"page:{slug or 'index'}:{kind}"


def template_segments(templates_dir: Path, root: Path) -> list[Segment]:
    """`_()`, `gettext()` and `ngettext()` calls in the templates, with their lines."""
    from jinja2.ext import babel_extract

    segments = []
    for path in sorted(templates_dir.rglob("*.html")):
        rel = str(path.relative_to(root))
        with path.open("rb") as fh:
            try:
                found = list(babel_extract(fh, ("_", "gettext", "ngettext"), [], {"trimmed": "true"}))
            except Exception as exc:  # jinja2 TemplateSyntaxError carries lineno
                raise InputError(f"template syntax error: {getattr(exc, 'message', exc)}",
                                 Location(rel, getattr(exc, "lineno", None))) from None
        for lineno, func, message, _comments in found:
            if isinstance(message, tuple):
                singular, plural = message[0], message[1] if len(message) > 1 else None
            else:
                singular, plural = message, None
            if not isinstance(singular, str):
                continue
            segments.append(Segment(UI_CONTEXT, singular, plural if func == "ngettext" else None,
                                    [(rel, lineno)]))
    return segments


def collect(project: Project, blocks=page_blocks) -> list[Segment]:
    """All segments of the project, merged by (msgctxt, msgid), in a stable order."""
    merged: dict[tuple[str, str], Segment] = {}

    def add(seg: Segment) -> None:
        if PLACEHOLDER.search(seg.msgid) or (seg.msgid_plural and PLACEHOLDER.search(seg.msgid_plural)):
            seg.flags.add("python-brace-format")
        old = merged.get(seg.key)
        if old is None:
            merged[seg.key] = seg
        else:
            old.locations.extend(l for l in seg.locations if l not in old.locations)

    def from_text(t: Text) -> Segment:
        return Segment(t.msgctxt, t.source, None, [(t.loc.path, t.loc.line)] if t.loc else [])

    add(from_text(project.site.title))
    for policy in project.policies.values():
        for t in policy_texts(policy):
            add(from_text(t))
    from generator.i18n.business import COMMENT, MESSAGES, UNIT_CONTEXT, units_used
    used = set().union(*(units_used(p) for p in project.policies.values())) if project.policies else set()
    for unit in sorted(used):
        singular, plural = MESSAGES[unit]
        add(Segment(UNIT_CONTEXT, singular, plural, [(project.policies[next(iter(project.policies))].path, None)],
                    auto_comments=[COMMENT]))
    for _slug, t in page_segments(project, blocks):
        add(from_text(t))
    if project.templates_dir.is_dir():
        for seg in template_segments(project.templates_dir, project.root):
            add(seg)
    return list(merged.values())


def segment_keys(project: Project, blocks=page_blocks) -> frozenset:
    """{(msgctxt, msgid)} of `collect(project, blocks)` without building its Segments: what the
    check compares each catalog with, recomputed on every rebuild (a test holds the two equal)."""
    from generator.i18n.business import MESSAGES, UNIT_CONTEXT, units_used

    title = project.site.title
    keys = {(title.msgctxt, title.source)}
    for policy in project.policies.values():
        keys.update((t.msgctxt, t.source) for t in policy_texts(policy))
    used = set().union(*(units_used(p) for p in project.policies.values())) if project.policies else set()
    keys.update((UNIT_CONTEXT, MESSAGES[unit][0]) for unit in used)
    for page in project.pages:
        keys.add((page.title.msgctxt, page.title.source))
        keys.update((block_context(page.slug, kind), source) for kind, source, _line in blocks(page))
    if project.templates_dir.is_dir():
        keys.update(seg.key for seg in template_segments(project.templates_dir, project.root))
    return frozenset(keys)
