"""`slasite audit` on the command line: formats, exit codes, standard input, bad input."""

from __future__ import annotations

import io
import json
import re
import sys

import pytest
from audit_helpers import PAGES, REPO, team_page

from generator.audit import AUDIT_CODES
from generator.cli import main


def audit_cli(*args: str) -> int:
    return main(["--project", str(REPO), "audit", *args])


def test_a_clean_page_exits_0(capsys):
    assert audit_cli(str(PAGES / "de.html"), "--locale", "de") == 0
    assert capsys.readouterr().out.strip().endswith("0 error(s), 0 warning(s)")


def test_a_page_with_a_wrong_figure_exits_1_and_says_where(tmp_path, capsys):
    text, _ = team_page("en")
    page = tmp_path / "vip.md"
    page.write_text(text.replace("costs €1,000 per month", "costs €1,200 per month"), encoding="utf-8")
    assert audit_cli(str(page), "--locale", "en") == 1
    out = capsys.readouterr().out
    line = next(i for i, l in enumerate(page.read_text().split("\n"), 1) if "€1,200" in l)
    assert f"{page}:{line}: error SLA701 [en] (vip-support:price):" in out
    assert "expected 1000 EUR per month, found “€1,200 per month” (1200 EUR per month)" in out


def test_json_has_the_check_shape(tmp_path, capsys):
    text, _ = team_page("ru")
    page = tmp_path / "ru.txt"
    page.write_text(text.replace("в течение 1–2 часов", "в течение 1–3 часов"), encoding="utf-8")
    assert audit_cli(str(page), "--locale", "ru", "--format", "json") == 1
    doc = json.loads(capsys.readouterr().out)
    (f,) = doc["findings"]
    assert set(f) == {"rule", "severity", "locale", "file", "line", "msgctxt", "message", "expected", "found"}
    assert (f["rule"], f["severity"], f["locale"], f["file"], f["msgctxt"]) == (
        "SLA701", "error", "ru", str(page), "vip-support:severities.3.contact_window")
    assert f["expected"] == "1-2 hours" and "1–3" in f["found"] and f["line"] > 1
    assert doc["summary"]["errors"] == 1 and doc["summary"]["by_rule"] == {"SLA701": 1}


def test_github_annotations(tmp_path, capsys):
    text, _ = team_page("bg")
    page = tmp_path / "bg.txt"
    page.write_text(text.replace("9:00–17:00 ч. CET.\n• Личен имейл", "9:00–18:00 ч. CET.\n• Личен имейл"),
                    encoding="utf-8")
    assert audit_cli(str(page), "--locale", "bg", "--format", "github") == 1
    out = capsys.readouterr().out
    assert re.search(r"^::error file=[^,]+bg\.txt,line=\d+,title=SLA701 bg::", out, re.M), out
    assert re.search(r"^::warning file=[^,]+bg\.txt,line=\d+,title=SLA703 bg::", out, re.M), out


def test_standard_input(monkeypatch, capsys):
    text, _ = team_page("fr")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.replace("1 000 €", "1 000 $").encode())))
    assert audit_cli("-", "--locale", "fr", "--format", "json") == 1
    (f,) = [f for f in json.loads(capsys.readouterr().out)["findings"] if f["severity"] == "error"]
    assert (f["file"], f["msgctxt"]) == ("<stdin>", "vip-support:price")


def test_html_on_standard_input_is_read_as_html(monkeypatch, capsys):
    text, _ = team_page("pt")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert audit_cli("-", "--locale", "pt") == 0


def test_a_byte_order_mark_is_fine(tmp_path):
    text, _ = team_page("ar")
    page = tmp_path / "ar.md"
    page.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert audit_cli(str(page), "--locale", "ar") == 0


@pytest.mark.parametrize("args,message", [
    (["missing.txt", "--locale", "pt"], "file not found"),
    ([str(PAGES / "pt.html"), "--locale", "klingon"], "unknown locale"),
    ([str(PAGES / "pt.html"), "--locale", "pt", "--policy", "gold"], "unknown policy 'gold'"),
    ([str(PAGES), "--locale", "pt"], "a folder, not a page"),
])
def test_bad_usage_or_input_exits_2(args, message, capsys):
    assert audit_cli(*args) == 2
    assert message in capsys.readouterr().err


def test_a_page_that_is_not_utf8_exits_2_with_its_line(tmp_path, capsys):
    page = tmp_path / "latin1.txt"
    page.write_bytes("Linha um\nPreço: 1000 EUR/mês\n".encode("latin-1"))
    assert audit_cli(str(page), "--locale", "pt") == 2
    assert f"{page}:2: error: not UTF-8 text" in capsys.readouterr().err


def test_json_of_an_exit_2_error_is_still_json(capsys):
    assert audit_cli("missing.txt", "--locale", "pt", "--format", "json") == 2
    doc = json.loads(capsys.readouterr().out)
    assert doc["findings"][0]["rule"] == "SLA000"


def test_several_policies_need_policy(project, capsys):
    src = (project / "content" / "policies" / "vip-support.yaml").read_text(encoding="utf-8")
    (project / "content" / "policies" / "gold.yaml").write_text(
        src.replace("id: vip-support", "id: gold").replace('amount: "1000"', 'amount: "2000"'), encoding="utf-8")
    page = str(PAGES / "de.html")
    assert main(["--project", str(project), "audit", page, "--locale", "de"]) == 2
    assert "--policy gold | vip-support" in capsys.readouterr().err
    assert main(["--project", str(project), "audit", page, "--locale", "de", "--policy", "vip-support"]) == 0
    assert main(["--project", str(project), "audit", page, "--locale", "de", "--policy", "gold"]) == 1
    out = capsys.readouterr().out
    assert "(gold:price)" in out and "expected 2000 EUR per month" in out


def test_a_locale_without_a_catalog_still_audits(tmp_path):
    page = tmp_path / "es.txt"
    page.write_text("VIP Support (plan All-inclusive): 1000 € al mes.\n", encoding="utf-8")
    assert audit_cli(str(page), "--locale", "es") == 1  # the rest of the policy is missing


def test_the_audit_codes_are_documented_like_check_rules():
    from generator.audit import rules

    documented = {f.code: f for f in vars(rules).values() if callable(f) and hasattr(f, "code")}
    assert set(documented) == set(AUDIT_CODES) == {"SLA701", "SLA702", "SLA703"}
    for code, func in documented.items():
        assert "Okay:" in func.__doc__ and f"{code}:" in func.__doc__
    assert AUDIT_CODES == {"SLA701": "error", "SLA702": "error", "SLA703": "warning"}
