"""Findings of `check`/`audit`/`build`, and the three ways to print them (text, JSON, GitHub).

Rules create `Finding` records; formatters only read them (flake8's habit). The JSON shape is a
contract of the product brief:
`{"findings": [{"rule", "severity", "locale", "file", "line", "msgctxt", "message", "expected",
"found"}], "summary": {...}}`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, asdict

ERROR = "error"
WARNING = "warning"
FORMATS = ("text", "json", "github")


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: str
    message: str
    locale: str | None = None
    file: str | None = None
    line: int | None = None
    msgctxt: str | None = None
    expected: str | None = None
    found: str | None = None

    def sort_key(self):
        return (self.file or "", self.line or 0, self.locale or "", self.rule, self.msgctxt or "", self.message)


def summarize(findings: list[Finding]) -> dict:
    by_rule = Counter(f.rule for f in findings)
    return {
        "errors": sum(1 for f in findings if f.severity == ERROR),
        "warnings": sum(1 for f in findings if f.severity == WARNING),
        "by_rule": dict(sorted(by_rule.items())),
    }


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)


def format_text(findings: list[Finding]) -> str:
    lines = []
    for f in findings:
        place = f.file or "-"
        if f.line:
            place += f":{f.line}"
        where = f" [{f.locale}]" if f.locale else ""
        ctx = f" ({f.msgctxt})" if f.msgctxt else ""
        detail = ""
        if f.expected is not None or f.found is not None:
            detail = f"; expected {f.expected!s}, found {f.found!s}"
        lines.append(f"{place}: {f.severity} {f.rule}{where}{ctx}: {f.message}{detail}")
    s = summarize(findings)
    lines.append(f"{s['errors']} error(s), {s['warnings']} warning(s)")
    return "\n".join(lines) + "\n"


def format_json(findings: list[Finding], extra_summary: dict | None = None) -> str:
    summary = summarize(findings)
    if extra_summary:
        summary.update(extra_summary)
    doc = {"findings": [asdict(f) for f in findings], "summary": summary}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _gh_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def format_github(findings: list[Finding]) -> str:
    """GitHub Actions workflow commands: one `::error file=…,line=…::…` per finding."""
    lines = []
    for f in findings:
        props = []
        if f.file:
            props.append(f"file={_gh_escape(f.file, True)}")
        if f.line:
            props.append(f"line={f.line}")
        props.append(f"title={_gh_escape(f.rule + (' ' + f.locale if f.locale else ''), True)}")
        msg = f.message
        if f.expected is not None or f.found is not None:
            msg += f" (expected {f.expected}, found {f.found})"
        level = "error" if f.severity == ERROR else "warning"
        lines.append(f"::{level} {','.join(props)}::{_gh_escape(msg)}")
    return "\n".join(lines) + ("\n" if lines else "")


def render(findings: list[Finding], fmt: str, extra_summary: dict | None = None) -> str:
    findings = sorted(findings, key=Finding.sort_key)
    if fmt == "json":
        return format_json(findings, extra_summary)
    if fmt == "github":
        return format_github(findings)
    return format_text(findings)
