"""Every page of every locale (and the chooser and 404), opened once in the browser and checked:
lang/dir, landmarks and headings, tables, and axe-core.

The page fixture is module-scoped and parametrized, so pytest runs all checks of one page together
on one load. axe-core comes inside the axe-playwright-python package (axe.min.js), injected into the
page: it runs offline. Serious and critical violations fail; every violation is counted in the
run's summary (`browser checks` at the end of the output).
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from axe_playwright_python.sync_playwright import Axe  # the `test` extra; ships axe.min.js, runs offline
from browser_support import AXE_PAGES, AXE_SUMMARY, all_pages, page_params

BLOCKING = ("serious", "critical")


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture(scope="module", params=page_params(all_pages()))
def loaded(request, _desktop):
    """(tab, site page, page): the page opened once for all the checks of this module."""
    tab, site_page = _desktop, request.param
    tab.guard.reset()
    page = tab.open(site_page)
    assert not tab.guard.problems(), tab.guard.problems()
    yield tab, site_page, page
    assert not tab.guard.external, tab.guard.external


def test_lang_and_dir(loaded):
    _tab, site_page, page = loaded
    html = page.locator("html")
    assert html.get_attribute("lang") == site_page.lang
    assert html.get_attribute("dir") == site_page.dir
    # What the browser made of it, not just the attribute.
    assert page.evaluate("getComputedStyle(document.body).direction") == site_page.dir
    assert page.title().strip()


def test_axe_finds_no_serious_violation(loaded, axe):
    _tab, site_page, page = loaded
    results = axe.run(page).response
    assert results["testEngine"]["version"], "axe did not run"
    key = site_page.locale or site_page.id
    AXE_PAGES[key] += 1
    for v in results["violations"]:
        AXE_SUMMARY[key][v["impact"]] += len(v["nodes"])
    report = [f"{v['impact']}: {v['id']} ({v['help']}) at "
              + "; ".join(" ".join(n["target"]) + " " + n.get("failureSummary", "").replace("\n", " ")
                          for n in v["nodes"][:4])
              for v in results["violations"]]
    assert not [v for v in results["violations"] if v["impact"] in BLOCKING], "\n".join(report)
    # Less than serious is still reported, and this site has none: keep it that way.
    assert not report, "\n".join(report)


STRUCTURE_JS = """() => {
  const name = el => el.getAttribute('aria-label')
      || (el.getAttribute('aria-labelledby') || '').split(/\\s+/).map(id => document.getElementById(id)?.textContent || '').join(' ').trim();
  return {
    headings: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => [+h.tagName[1], h.textContent.trim()]),
    main: document.querySelectorAll('main').length,
    banner: document.querySelectorAll('body > header').length,
    contentinfo: document.querySelectorAll('body > footer').length,
    navs: [...document.querySelectorAll('nav')].map(n => name(n)),
    tables: [...document.querySelectorAll('table')].map(t => ({
      caption: (t.caption?.textContent || '').trim() || name(t),
      colheads: (t.tHead ? t.tHead.rows[0] : t.rows[0]).querySelectorAll('th').length,
      cols: Math.max(...[...t.rows].map(r => r.cells.length)),
      rowheads: t.querySelectorAll('tbody th[scope=row]').length,
      rows: t.tBodies[0]?.rows.length || 0,
      markdown: !t.closest('.policy'),
    })),
  };
}"""


def test_landmarks_headings_and_names(loaded):
    _tab, site_page, page = loaded
    s = page.evaluate(STRUCTURE_JS)
    levels = [lvl for lvl, _ in s["headings"]]
    assert levels and levels[0] == 1 and levels.count(1) == 1, s["headings"]
    for prev, cur in pairwise(levels):
        assert cur <= prev + 1, f"heading level skipped: {s['headings']}"
    assert all(text for _, text in s["headings"]), "empty heading"
    assert s["main"] == 1
    if site_page.locale:
        assert s["banner"] == 1 and s["contentinfo"] == 1
    assert s["navs"] and all(s["navs"]), f"every navigation is named (the language switcher too): {s['navs']}"
    assert len(set(s["navs"])) == len(s["navs"]), f"two navigations share a name: {s['navs']}"


def test_tables_have_header_cells_and_a_caption(loaded):
    _tab, site_page, page = loaded
    tables = page.evaluate(STRUCTURE_JS)["tables"]
    for t in tables:
        assert t["colheads"] == t["cols"], f"every column has a header cell: {t}"
        if not t["markdown"]:
            assert t["rowheads"] == t["rows"], f"every row has a row header: {t}"
    for t in tables:
        assert t["caption"], f"table without caption or accessible name: {t}"
