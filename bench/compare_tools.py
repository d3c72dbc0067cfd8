#!/usr/bin/env python3
"""slasite check vs pofilter vs msgfmt -c on the translation corpora (tests/corpus*/*.po).

    .venv/bin/python bench/compare_tools.py            # Markdown tables on stdout, one per corpus
    .venv/bin/python bench/compare_tools.py --details  # and every miss / false alarm per tool
    .venv/bin/python bench/compare_tools.py --corpus tests/corpus_holdout4

The corpora: tests/corpus (written with the checker, in-sample), tests/corpus_holdout,
tests/corpus_holdout2, tests/corpus_holdout3, tests/corpus_holdout4, tests/corpus_holdout5 and
tests/corpus_holdout6 (each
written before its author read the figure reader, then used to fix it).

Every message of the corpus says what it is (`#. expect: ok` or `#. expect: SLA2xx`, see
tests/checks/test_corpus.py): a correct translation worded freely, or one wrong in exactly one
thing. Each tool runs on each catalog as a CI job would run it:

- slasite:  `slasite check --catalog FILE.po --locale L --format json` (errors only);
- pofilter: translate-toolkit's `pofilter --language=L` with the filters that can see figures,
  placeholders, plurals and links (FILTERS below); a message is flagged when it is in the output.
  translate-toolkit is not a dependency of slasite: when it is missing from this Python
  environment the script installs it with pip and says so;
- msgfmt:   GNU gettext `msgfmt -c`; a message is flagged when an error line falls inside it.

A wrong message is caught when the tool flags it at all (the code need not match; for slasite the
expected code is counted too), and a correct one is a false alarm when the tool flags it. Nothing
here is part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPORA = ("tests/corpus", "tests/corpus_holdout", "tests/corpus_holdout2", "tests/corpus_holdout3",
           "tests/corpus_holdout4", "tests/corpus_holdout5", "tests/corpus_holdout6")
BIN = Path(sys.executable).parent
# pofilter's checks for what the corpus gets wrong: digits, {placeholders}, plural forms,
# URLs/links, acronyms (CET, EUR), brackets around link targets.
FILTERS = ("numbers", "variables", "pythonbraceformat", "nplurals", "urls", "acronyms")
EXPECT = re.compile(r"^expect:\s*(ok|SLA\d{3})(\s+known-gap)?\s*$")

sys.path.insert(0, str(REPO))
from generator.catalogs.scan import scan_entries, scan_text  # noqa: E402


@dataclass
class Message:
    locale: str
    msgctxt: str
    expect: str
    known_gap: bool
    first_line: int
    last_line: int
    msgid: str
    msgstr: str
    flagged: dict = field(default_factory=dict)  # tool -> list of what it said

    @property
    def wrong(self) -> bool:
        return self.expect != "ok"


def load_corpus(folder: Path) -> dict[Path, list[Message]]:
    out = {}
    for path in sorted(folder.glob("*.po")):
        entries = [e for e in scan_entries(path) if not e.obsolete]
        n_lines = len(path.read_text(encoding="utf-8").split("\n"))
        msgs = []
        for i, e in enumerate(entries):
            if e.is_header:
                continue
            tag = next(c.strip() for c in e.extracted_comments if c.strip().startswith("expect:"))
            m = EXPECT.match(tag)
            last = entries[i + 1].line - 1 if i + 1 < len(entries) else n_lines
            msgs.append(Message(path.stem, e.msgctxt, m.group(1), bool(m.group(2)), e.line, last, e.msgid,
                                " | ".join(e.msgstr)))
        out[path] = msgs
    return out


# --- the tools ---------------------------------------------------------------------------------

def run_slasite(path: Path, locale: str) -> dict[str, list[str]]:
    exe = BIN / "slasite"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "generator.cli"]
    proc = subprocess.run(cmd + ["check", "--catalog", str(path), "--locale", locale, "--format", "json"],
                          capture_output=True, text=True, encoding="utf-8", errors="replace", cwd=REPO)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"slasite check failed on {path}: {proc.stderr}")
    said = defaultdict(list)
    for f in json.loads(proc.stdout)["findings"]:
        if f["severity"] == "error" and f.get("msgctxt"):
            said[f["msgctxt"]].append(f"{f['rule']} {f['message']}")
    return said


def ensure_pofilter() -> Path:
    exe = BIN / "pofilter"
    if not exe.exists():
        print(f"pofilter not found: installing translate-toolkit into {sys.prefix} with pip "
              "(for this comparison only; it is not a dependency of slasite)", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "translate-toolkit"], check=True)
    if not exe.exists():
        raise SystemExit("pofilter is still missing after installing translate-toolkit")
    return exe


def run_pofilter(exe: Path, path: Path, locale: str, work: Path) -> dict[str, list[str]]:
    out = work / f"pofilter-{path.name}"
    args = [str(exe), "--progress=none", f"--language={locale}"]
    for name in FILTERS:
        args += ["-t", name]
    proc = subprocess.run(args + [str(path), str(out)], capture_output=True, text=True, encoding="utf-8", errors="replace")
    if proc.returncode != 0 or not out.exists():
        raise SystemExit(f"pofilter failed on {path}: {proc.stderr}")
    said = defaultdict(list)
    for e in scan_text(out.read_text(encoding="utf-8"), str(out)):
        if e.is_header:
            continue
        for c in e.translator_comments:
            m = re.match(r"\(pofilter\) (\w+): ?(.*)", c)
            if m:
                said[e.msgctxt].append(f"{m.group(1)}: {m.group(2)[:70]}")
    return said


def run_msgfmt(path: Path, messages: list[Message]) -> dict[str, list[str]]:
    exe = shutil.which("msgfmt")
    if exe is None:
        raise SystemExit("msgfmt not found: install GNU gettext (apt-get install gettext)")
    proc = subprocess.run([exe, "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True, encoding="utf-8", errors="replace")
    said = defaultdict(list)
    for line in proc.stderr.splitlines():
        m = re.match(re.escape(str(path)) + r":(\d+):(?:\d+:)? (.*)", line)
        if not m or m.group(2).startswith("warning:"):
            continue
        n = int(m.group(1))
        for msg in messages:
            if msg.first_line <= n <= msg.last_line:
                said[msg.msgctxt].append(m.group(2)[:90])
    return said


# --- the tables -------------------------------------------------------------------------------

TOOLS = ("slasite", "pofilter", "msgfmt -c")


def tally(corpus: dict[Path, list[Message]]) -> str:
    msgs = [m for ms in corpus.values() for m in ms]
    wrong = [m for m in msgs if m.wrong]
    right = [m for m in msgs if not m.wrong]
    lines = [f"Corpus: {len(msgs)} messages in {len(corpus)} catalogs "
             f"({', '.join(p.stem for p in corpus)}): {len(wrong)} wrong, {len(right)} correct.", "",
             "| tool | wrong caught | wrong missed | correct falsely flagged | precision | recall |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for tool in TOOLS:
        caught = sum(bool(m.flagged.get(tool)) for m in wrong)
        false = sum(bool(m.flagged.get(tool)) for m in right)
        precision = caught / (caught + false) if caught + false else 0.0
        name = tool
        if tool == "slasite":
            exact = sum(any(s.startswith(m.expect + " ") for s in m.flagged.get(tool, [])) for m in wrong)
            name = f"slasite check --catalog ({exact} with the expected code)"
        elif tool == "pofilter":
            name = f"pofilter ({', '.join(FILTERS)})"
        lines.append(f"| {name} | {caught} | {len(wrong) - caught} | {false} | {precision:.0%} | "
                     f"{caught / len(wrong):.0%} |")
    lines += ["", "Wrong messages caught, by what is wrong (the code slasite should raise):", "",
              "| what is wrong | messages | " + " | ".join(TOOLS) + " |",
              "| --- | ---: | " + " | ".join("---:" for _ in TOOLS) + " |"]
    by_code = defaultdict(list)
    for m in wrong:
        by_code[m.expect].append(m)
    for code in sorted(by_code):
        ms = by_code[code]
        lines.append(f"| {code} {WHAT.get(code, '')} | {len(ms)} | " +
                     " | ".join(str(sum(bool(m.flagged.get(t)) for m in ms)) for t in TOOLS) + " |")
    lines += ["", "False alarms on correct messages, by locale:", "",
              "| locale | correct messages | " + " | ".join(TOOLS) + " |",
              "| --- | ---: | " + " | ".join("---:" for _ in TOOLS) + " |"]
    for path, ms in corpus.items():
        ok = [m for m in ms if not m.wrong]
        lines.append(f"| {path.stem} | {len(ok)} | " +
                     " | ".join(str(sum(bool(m.flagged.get(t)) for m in ok)) for t in TOOLS) + " |")
    per_filter = Counter()
    per_filter_false = Counter()
    for m in msgs:
        for name in {s.split(":")[0] for s in m.flagged.get("pofilter", [])}:
            (per_filter if m.wrong else per_filter_false)[name] += 1
    lines += ["", "pofilter, per filter (messages flagged):", "",
              "| filter | wrong messages flagged | correct messages flagged |", "| --- | ---: | ---: |"]
    for name in FILTERS:
        lines.append(f"| {name} | {per_filter[name]} | {per_filter_false[name]} |")
    return "\n".join(lines)


WHAT = {
    "SLA101": "placeholder", "SLA102": "plural form", "SLA201": "number/duration", "SLA202": "unit/clock",
    "SLA203": "money/currency/period", "SLA204": "clock time/24-7", "SLA205": "weekday", "SLA206": "time zone",
    "SLA502": "link target", "SLA503": "control character",
}


def details(corpus: dict[Path, list[Message]]) -> str:
    out = []
    for tool in TOOLS:
        out.append(f"\n## {tool}: misses and false alarms\n")
        for ms in corpus.values():
            for m in ms:
                flagged = bool(m.flagged.get(tool))
                if m.wrong and not flagged:
                    out.append(f"- missed {m.expect} [{m.msgctxt}] {m.msgid} => {m.msgstr}")
                elif not m.wrong and flagged:
                    out.append(f"- false alarm [{m.msgctxt}] {m.msgid} => {m.msgstr}: "
                               + "; ".join(m.flagged[tool]))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--details", action="store_true", help="list every miss and false alarm per tool")
    ap.add_argument("--corpus", action="append", help="a corpus folder (default: the three under tests/)")
    args = ap.parse_args(argv)
    pofilter = ensure_pofilter()
    for folder in args.corpus or CORPORA:
        corpus = load_corpus(REPO / folder)
        with tempfile.TemporaryDirectory() as tmp:
            for path, msgs in corpus.items():
                results = {"slasite": run_slasite(path, path.stem.replace("-", "_")),
                           "pofilter": run_pofilter(pofilter, path, path.stem, Path(tmp)),
                           "msgfmt -c": run_msgfmt(path, msgs)}
                for m in msgs:
                    m.flagged = {tool: said.get(m.msgctxt, []) for tool, said in results.items()}
        print(f"## {folder}\n")
        print(tally(corpus))
        if args.details:
            print(details(corpus))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
