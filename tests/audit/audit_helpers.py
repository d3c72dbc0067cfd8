"""Helpers of the audit tests: the example policy, the team-written pages, the seed pages, an
auditor that keeps its matches, and single-figure edits of a page."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from generator.audit import catalog_translator, derive_facts, read_page
from generator.audit.match import Auditor
from generator.load.project import load_project

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
PAGES = HERE / "pages"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
# seed number -> locale, checked against a word only that language's page has
SEED_LOCALES = {"000": ("pt", "Severidade"), "001": ("bg", "Степен на сериозност"), "002": ("fr", "Gravité"),
                "003": ("de", "Schweregrad"), "004": ("ru", "Важность уровень")}
TEAM_PAGES = {"en": "en.md", "pt": "pt.html", "bg": "bg.txt", "fr": "fr.md", "de": "de.html", "ru": "ru.txt",
              "ar": "ar.md"}
POLICY = "vip-support"


@lru_cache(maxsize=1)
def project():
    return load_project(REPO)


def policy():
    return project().policies[POLICY]


@lru_cache(maxsize=None)
def facts(locale: str):
    return derive_facts(policy(), locale, catalog_translator(project(), locale))


def run(text: str, locale: str, name: str = "page.txt") -> Auditor:
    """An auditor that has run (findings in .findings, fact/figure pairs in .matches)."""
    a = Auditor(read_page(text, name), facts(locale), locale)
    a.run()
    return a


def audit(text: str, locale: str, name: str = "page.txt"):
    return run(text, locale, name).findings


def errors(findings):
    return [f for f in findings if f.severity == "error"]


def fact_id(suffix: str) -> str:
    return f"{POLICY}:{suffix}"


def seed_paths() -> dict[str, Path]:
    if not SEEDS.is_dir():
        return {}
    return {p.name[:3]: p for p in sorted(SEEDS.glob("*.txt")) if p.name[:3] in SEED_LOCALES}


def seed(code: str) -> tuple[str, str]:
    """(text, locale) of a seed page."""
    path = seed_paths()[code]
    return path.read_text(encoding="utf-8"), SEED_LOCALES[code][0]


def team_page(locale: str) -> tuple[str, str]:
    name = TEAM_PAGES[locale]
    return (PAGES / name).read_text(encoding="utf-8"), name


def replace_once(text: str, old: str, new: str, line: str | None = None) -> str:
    """`text` with the first `old` replaced by `new` — on the first line holding `line`, if given."""
    if line is None:
        assert old in text, f"{old!r} is not on the page"
        return text.replace(old, new, 1)
    lines = text.split("\n")
    i = next((i for i, l in enumerate(lines) if line in l and old in l), None)
    assert i is not None, f"no line holds both {line!r} and {old!r}"
    lines[i] = lines[i].replace(old, new, 1)
    return "\n".join(lines)


def digit_edits(text: str, locale: str, name: str = "page.txt"):
    """For every figure the audit matched with a fact: the page with one of its numbers changed.

    Yields (fact id, figure text, edited page). The number is changed where the figure stands (its
    line, its text), to n+1 (minutes "00" to "30"), which no fact of the example policy allows.
    """
    a = run(text, locale, name)
    lines = text.split("\n")
    for fact, found in a.matches:
        line = lines[found.line - 1]
        block = a.page.blocks[found.block]
        col = found.fig.start if block.text == line else line.find(found.fig.text)
        if col < 0:
            continue  # the figure was joined from two lines, or decoded from markup
        for m in re.finditer(r"\d+", found.fig.text):
            new = "30" if m.group() == "00" else str(int(m.group()) + 1)
            s = col + m.start()
            edited = lines[:found.line - 1] + [line[:s] + new + line[s + len(m.group()):]] + lines[found.line:]
            yield fact.id, found.fig.text, "\n".join(edited)
