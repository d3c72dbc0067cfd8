"""The `slasite` command line: flags -> one call -> exit code. The only module that parses argv.

Exit codes (product brief): 0 success; 1 content errors or check findings; 2 bad usage or
unreadable input. Errors meant for people print one located line each, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from generator import __version__
from generator.diagnostics import FORMATS, Finding, render as render_findings, has_errors
from generator.errors import ContentError, SlasiteError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors; keep its wording short
        self.print_usage(sys.stderr)
        sys.stderr.write(f"slasite: error: {message}\n")
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="slasite", description="Translated SLA pages and policy JSON from one definition.")
    p.add_argument("--version", action="version", version=f"slasite {__version__}")
    p.add_argument("--project", type=Path, default=Path("."), help="project folder (default: current folder)")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    b = sub.add_parser("build", help="build every locale into site/")
    b.add_argument("--out", type=Path, help="output folder (default: PROJECT/site)")
    b.add_argument("--strict", action="store_true", help="a missing or stale translation is an error")
    b.add_argument("--no-cache", action="store_true",
                   help="ignore .slasite-cache/ (same output, slower; the cache is never needed)")

    c = sub.add_parser("check", help="check every locale against the definition")
    c.add_argument("--locale", help="check this locale only")
    c.add_argument("--catalog", type=Path, help="lint this PO file with the message-level rules (needs --locale)")
    c.add_argument("--facts", action="store_true", help="print every fact of the definition per locale")
    c.add_argument("--strict", action="store_true", help="untranslated and fuzzy segments are errors")
    c.add_argument("--format", choices=FORMATS, default="text")
    c.add_argument("--no-cache", action="store_true", help="ignore .slasite-cache/ and check everything afresh")

    a = sub.add_parser("audit", help="check a page written outside slasite against the policy")
    a.add_argument("file", help="a text, Markdown or HTML file, or - for standard input")
    a.add_argument("--locale", required=True)
    a.add_argument("--policy", help="policy id (default: the only policy)")
    a.add_argument("--format", choices=FORMATS, default="text")

    sub.add_parser("extract", help="write locales/messages.pot from content and templates")
    sub.add_parser("update", help="merge messages.pot into every locale's catalog")
    al = sub.add_parser("add-locale", help="create a catalog for a new locale")
    al.add_argument("locale")

    s = sub.add_parser("status", help="translation progress and check results per locale")
    s.add_argument("--format", choices=("text", "json"), default="text")

    sv = sub.add_parser("serve", help="preview locally, rebuilding on change")
    sv.add_argument("--port", type=int, default=8000)
    sv.add_argument("--locale", help="open this locale first")
    return p


def main(argv: list[str] | None = None) -> int:
    # A build makes hundreds of thousands of small objects that live until it ends (catalog
    # entries, tokens, findings); at Python's default threshold (700) the cycle collector walks
    # them over and over: ~15% of a rebuild after a PO edit. Young objects are collected 70x less
    # often; cycles are still freed.
    gc.set_threshold(50_000, 20, 10)
    args = _parser().parse_args(argv)
    fmt = getattr(args, "format", "text")
    try:
        return _dispatch(args)
    except SlasiteError as exc:
        _report_error(exc, fmt)
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("slasite: interrupted\n")
        return 130


def _report_error(exc: SlasiteError, fmt: str) -> None:
    errors = exc.errors if isinstance(exc, ContentError) else [exc]
    findings = getattr(exc, "findings", None)
    if findings is not None:
        sys.stdout.write(render_findings(findings, fmt if fmt in FORMATS else "text"))
        sys.stderr.write(f"slasite: {exc.message}\n")
        return
    if fmt == "json":
        as_findings = [Finding("SLA000", "error", e.message + (f" ({e.hint})" if e.hint else ""),
                               file=e.location.path if e.location else None,
                               line=e.location.line if e.location else None) for e in errors]
        sys.stdout.write(render_findings(as_findings, "json"))
    for e in errors:
        sys.stderr.write(f"{e}\n")


def _dispatch(args) -> int:
    root: Path = args.project
    if args.command == "build":
        from generator.pipeline import build
        report = build(root, args.out, strict=args.strict, cache=not args.no_cache)
        if report.findings:
            sys.stderr.write(render_findings(report.findings, "text"))
        print(f"built {report.files} files into {report.out}")
        return 0
    if args.command == "check":
        from generator.commands.check import run_check
        findings, output = run_check(root, locale=args.locale, catalog=args.catalog, facts=args.facts,
                                     strict=args.strict, fmt=args.format, cache=not args.no_cache)
        sys.stdout.write(output)
        return 1 if has_errors(findings) else 0
    if args.command == "audit":
        from generator.commands.audit import run_audit
        findings, output = run_audit(root, args.file, locale=args.locale, policy=args.policy, fmt=args.format)
        sys.stdout.write(output)
        return 1 if has_errors(findings) else 0
    if args.command in ("extract", "update", "add-locale"):
        from generator.commands import catalogs
        if args.command == "extract":
            print(catalogs.extract(root))
        elif args.command == "update":
            print(catalogs.update(root))
        else:
            print(catalogs.add_locale(root, args.locale))
        return 0
    if args.command == "status":
        from generator.commands.status import run_status
        sys.stdout.write(run_status(root, fmt=args.format))
        return 0
    if args.command == "serve":
        from generator.commands.serve import serve
        return serve(root, port=args.port, locale=args.locale)
    raise AssertionError(args.command)


if __name__ == "__main__":
    raise SystemExit(main())


def check_catalogs_main(argv: list[str] | None = None) -> int:
    """`slasite-check-catalog FILE.po...`: the pre-commit hook. The locale comes from --locale,
    else from each file's Language header, else from its `<lang>/LC_MESSAGES/` folder."""
    p = _Parser(prog="slasite-check-catalog")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--locale")
    p.add_argument("--strict", action="store_true")
    p.add_argument("--format", choices=FORMATS, default="text")
    args = p.parse_args(argv)
    from generator.checks.run import check_catalog, catalog_locale

    findings: list[Finding] = []
    try:
        for path in args.files:
            locale = args.locale or catalog_locale(path)
            findings += check_catalog(path, locale, str(path), strict=args.strict)
    except SlasiteError as exc:
        _report_error(exc, args.format)
        return exc.exit_code
    sys.stdout.write(render_findings(findings, args.format))
    return 1 if has_errors(findings) else 0
