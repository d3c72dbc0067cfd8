"""Reading a page: HTML loses its noise but keeps its table structure; Markdown and text keep lines."""

from __future__ import annotations

import pytest
from audit_helpers import audit, errors, fact_id, team_page

from generator.audit.page import looks_like_html, read_page

MAIN = """<main>
<p>VIP Support is an add-on for the All-inclusive plan at €1,000 per month.</p>
<p>We route hard cases to second-level agents. Chat on our site is open 24/7.</p>
<p>Dedicated chat and email: Monday to Friday, 9:00 AM – 5:00 PM CET.</p>
<table>
 <tr><th>Severity</th><th>First response</th><th>Follow-up</th></tr>
 <tr><td>Severity 1</td><td>1 hour</td><td>4 hours</td></tr>
 <tr><td>Severity 2</td><td>1 hour</td><td>4 hours</td></tr>
 <tr><td>Severity 3</td><td>2 business hours<br>(contact within 1–2 hours)</td><td>2 business days</td></tr>
 <tr><td>Severity 4</td><td>1 business day<br>(contact within 24 hours)</td><td>—</td></tr>
 <tr><td>Severity 5</td><td>1 business day<br>(contact within 24 hours)</td><td>—</td></tr>
</table>
</main>"""


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def test_a_plain_html_page_audits_clean():
    assert audit(page(MAIN), "en", "p.html") == []


NOISE = [
    ("script", "<script>var price = '1500 EUR per month'; var hours = '8:00-18:00';</script>"),
    ("style", "<style>.x::after { content: '99 € per month'; }</style>"),
    ("nav", "<nav><a href='/p'>Plans from €15 per month</a></nav>"),
    ("site header", "<header><p>Open 8:00–20:00 CET, Monday to Sunday</p></header>"),
    ("site footer", "<footer><p>Support line 8:00–20:00 CET, Monday to Saturday</p></footer>"),
    ("aside", "<aside><p>Starter plan: €9 per month, answers within 48 hours</p></aside>"),
    ("cookie banner", "<div id='cookie-banner'><p>We keep cookies for 13 months, 30 days for some.</p></div>"),
    ("consent class", "<section class='gdpr-consent modal'><p>Valid 12 months.</p></section>"),
    ("hidden", "<p hidden>Price: €2,000 per month</p>"),
    ("aria-hidden", "<div aria-hidden='true'>From 10:00 to 16:00 UTC</div>"),
    ("display none", "<div style='display: none'>Saturday and Sunday</div>"),
    ("template", "<template><p>€5,000 per year</p></template>"),
    ("noscript", "<noscript>Monday to Saturday, 8:00 to 20:00</noscript>"),
    ("banner landmark", "<div role='navigation'>Mon–Sun 0:00–24:00</div>"),
]


@pytest.mark.parametrize("name,noise", NOISE, ids=[n for n, _ in NOISE])
def test_noise_around_the_content_is_not_read(name, noise):
    assert audit(page(noise + MAIN + noise), "en", "p.html") == []


def test_the_head_is_not_read():
    assert audit(page(MAIN, head="<title>€1,500 per month</title><meta content='9-18'>"), "en", "p.html") == []


def test_marketing_in_the_content_is_a_warning_only():
    found = audit(page(MAIN + "<p>Trusted by 3,000 teams. Free for 14 days.</p>"), "en", "p.html")
    assert [(f.rule, f.severity) for f in found] == [("SLA703", "warning")] * 2


def test_a_table_row_is_one_block_with_its_cells():
    p = read_page(page(MAIN), "p.html")
    rows = [b for b in p.blocks if b.table]
    assert len(rows) == 6 and rows[0].header_row and not rows[1].header_row
    assert rows[3].text == "Severity 3 | 2 business hours (contact within 1–2 hours) | 2 business days"
    assert [rows[3].text[s:e] for s, e in rows[3].cells] == [
        "Severity 3", "2 business hours (contact within 1–2 hours)", "2 business days"]


def test_inline_elements_next_to_each_other_stay_apart_but_split_words_stay_whole():
    html = page("<p><span>4 hours</span><span>Our agents</span> and <b>Sev</b>erity</p>")
    (block,) = read_page(html, "p.html").blocks
    assert block.text == "4 hours Our agents and Severity"


def test_entities_are_decoded_and_lines_kept():
    html = "<html><body>\n<p>VIP Support:\n&euro;1&nbsp;000 per\nmonth</p>\n</body></html>"
    (block,) = read_page(html, "p.html").blocks
    assert block.text == "VIP Support: €1 000 per month"
    assert block.line == 2 and block.line_at(block.text.index("month")) == 4


def test_a_changed_figure_in_an_html_cell_is_located_on_its_line():
    html = page(MAIN).replace("<td>2 business days</td>", "<td>2 days</td>")
    (f,) = errors(audit(html, "en", "p.html"))
    assert (f.rule, f.msgctxt) == ("SLA701", fact_id("severities.3.follow_up"))
    assert "<td>2 days</td>" in html.split("\n")[f.line - 1]


def test_a_figure_in_the_follow_up_of_a_severity_without_one_contradicts_the_policy():
    html = page(MAIN).replace("<td>1 business day<br>(contact within 24 hours)</td><td>—</td>",
                              "<td>1 business day<br>(contact within 24 hours)</td><td>3 business days</td>", 1)
    (f,) = errors(audit(html, "en", "p.html"))
    assert (f.rule, f.msgctxt) == ("SLA701", fact_id("severities.4.follow_up"))
    assert "promises no figure" in f.message


def test_markdown_tables_lists_and_wrapped_paragraphs():
    md = ("# Title\n\nVIP Support costs €1,000\nper month on the All-inclusive plan.\n\n"
          "| Severity | First response |\n| --- | --- |\n| Severity 1 | 1 hour |\n\n1. First item\n2. Second item\n")
    p = read_page(md, "p.md")
    texts = [b.text for b in p.blocks]
    assert texts[1] == "VIP Support costs €1,000 per month on the All-inclusive plan."
    assert p.blocks[1].line_at(texts[1].index("month")) == 4
    assert p.blocks[2].header_row and p.blocks[2].table == p.blocks[3].table
    assert [b.marker for b in p.blocks[4:]] == [3, 3]
    assert p.blocks[0].heading == 1


def test_a_list_numbered_1_2_3_has_no_figures_to_warn_about():
    text, name = team_page("fr")  # a numbered list "1. … 2. … 3. …"
    assert not [f for f in audit(text, "fr", name) if "“1”" == f.found or "“3”" == f.found]


@pytest.mark.parametrize("name,text,html", [
    ("page.html", "plain", True), ("page.htm", "plain", True), ("page.md", "<p><div><table>", False),
    ("-", "<!doctype html><html><body><p>x</p></body></html>", True), ("-", "a | b | c\n", False),
])
def test_html_is_told_by_name_else_by_content(name, text, html):
    assert looks_like_html(text, name) is html


def test_slasite_built_pages_audit_clean_in_every_locale(built_site):
    """A page slasite built itself is the best-formed page there is: no errors in any locale."""
    for locale in ("en", "pt", "bg", "fr", "de", "ru", "ar"):
        html = (built_site / locale / "vip-support" / "index.html").read_text(encoding="utf-8")
        found = audit(html, locale, f"{locale}.html")
        assert errors(found) == [], (locale, [f.message for f in errors(found)])


def test_a_site_header_is_dropped_but_a_header_with_the_page_title_is_read():
    site = "<header><a href='/'>Acme</a><p>Call us 8:00–20:00 CET, Monday to Saturday</p></header>"
    assert audit(page(site + MAIN), "en", "p.html") == []
    intro = ("<header><h1>VIP Support</h1><p>An add-on for the All-inclusive plan at €1,000 per month.</p>"
             "</header>")
    body = MAIN.replace("<p>VIP Support is an add-on for the All-inclusive plan at €1,000 per month.</p>", "")
    assert audit(page(intro + body), "en", "p.html") == []
    assert {f.msgctxt for f in audit(page(body), "en", "p.html")} == {fact_id("price"), fact_id("plans.all-inclusive")}
