"""The JSON-LD a search engine reads from each policy page carries the canonical policy's values."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from browser_support import LOCALES, POLICY_SLUG, locale_pages, page_params

SCHEMA_DAYS = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday",
               "sat": "Saturday", "sun": "Sunday"}
PERIOD_CODE = {"day": "DAY", "week": "WEE", "month": "MON", "year": "ANN"}

POLICY_PAGES = [p for p in locale_pages() if p.slug == POLICY_SLUG]


@pytest.fixture(scope="module")
def canonical(built_site) -> dict:
    return json.loads((built_site / "policies" / f"{POLICY_SLUG}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("site_page", page_params(POLICY_PAGES))
def test_jsonld_matches_the_canonical_policy(tab, canonical, site_page):
    page = tab.open(site_page, wait_until="domcontentloaded")
    scripts = page.locator('script[type="application/ld+json"]').all_text_contents()
    assert len(scripts) == 1
    doc = json.loads(scripts[0])  # what a crawler gets: it must parse
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "Service"
    assert doc["inLanguage"] == site_page.lang
    assert doc["url"] == page.locator("link[rel=canonical]").get_attribute("href")

    spec = doc["offers"]["priceSpecification"]
    assert Decimal(spec["price"]) == Decimal(canonical["price"]["amount"])
    assert spec["priceCurrency"] == canonical["price"]["currency"]
    if canonical["price"].get("period"):
        assert spec["unitCode"] == PERIOD_CODE[canonical["price"]["period"]]
    assert doc["offers"]["eligibleCustomerType"] == canonical["eligibility"]["plans"]

    schedules = list(canonical["schedules"].values())
    hours = doc["hoursAvailable"]
    assert [(h["opens"], h["closes"]) for h in hours] == [(s["opens"], s["closes"]) for s in schedules][:len(hours)]
    for h, s in zip(hours, schedules):
        assert h["dayOfWeek"] == [f"https://schema.org/{SCHEMA_DAYS[d]}" for d in s["days"]]
        assert h["description"] == s["timezone"]

    props = {p["propertyID"]: p for p in doc["additionalProperty"]}
    expected = {}
    for sev in canonical["severities"]:
        for metric in ("first_reply_time", "next_reply_time"):
            target = sev.get(metric)
            if target is not None:
                expected[f"severity-{sev['level']}.{metric}"] = (target["iso8601"], target["clock"])
    assert {k: (p["value"], p["unitText"]) for k, p in props.items()} == expected

    # The visible table marks the same values: <time datetime> per severity, in the right column.
    shown = page.evaluate("""() => [...document.querySelectorAll('table.severities tbody tr')].map(tr => ({
        level: tr.querySelector('th [data-fact$=".level"]')?.getAttribute('value'),
        first: tr.querySelector('time[data-fact$=".initial_response"]')?.getAttribute('datetime') ?? null,
        next: tr.querySelector('time[data-fact$=".follow_up"]')?.getAttribute('datetime') ?? null,
        firstIn: tr.querySelector('time[data-fact$=".initial_response"]')?.closest('td')?.cellIndex ?? null,
        nextIn: tr.querySelector('time[data-fact$=".follow_up"]')?.closest('td')?.cellIndex ?? null,
    }))""")
    assert [(int(r["level"]), r["first"], r["next"]) for r in shown] == [
        (s["level"], s["first_reply_time"]["iso8601"], (s["next_reply_time"] or {}).get("iso8601"))
        for s in canonical["severities"]]
    assert {r["firstIn"] for r in shown} == {2} and {r["nextIn"] for r in shown} <= {3, None}
    # ...and so does the price in the key facts.
    price = page.locator(".keyfacts [data-fact$=':price']").get_attribute("value")
    assert price.split()[0] == canonical["price"]["amount"] and canonical["price"]["currency"] in price


def test_localized_policy_json_agrees(tab, canonical):
    """<lang>/policies/<id>.json (linked from each policy page's footer) has the canonical values."""
    for loc in LOCALES:
        r = tab.page.request.get(tab.server.url(f"{loc}/policies/{POLICY_SLUG}.json"))
        assert r.ok, loc
        doc = r.json()
        assert doc["price"] == canonical["price"] and doc["severities"] == canonical["severities"], loc
        assert doc["schedules"] == canonical["schedules"], loc
