"""`slasite audit FILE --locale L [--policy ID]`: a page written outside slasite, against the policy.

Loads the project (the same loading step as `build` and `check`), picks the policy, reads the page
(a file, or `-` for standard input) and prints the findings in the format asked for. Bad usage and
unreadable input raise errors with exit code 2; findings decide between 0 and 1 in the CLI.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.diagnostics import Finding, render
from generator.errors import InputError, Location, UsageError


def run_audit(root: Path, file, *, locale: str, policy: str | None = None,
              fmt: str = "text") -> tuple[list[Finding], str]:
    from generator.audit import audit_text, catalog_translator
    from generator.catalogs.locales import canonical_locale
    from generator.load.project import load_project

    code = canonical_locale(locale)
    project = load_project(Path(root))
    chosen = _policy(project, policy)
    name, text = _read_input(file)
    translate = catalog_translator(project, code)
    findings = audit_text(text, name, chosen, code, translate)
    return findings, render(findings, fmt)


def _policy(project, wanted: str | None):
    ids = sorted(project.policies)
    if wanted is None:
        if len(ids) == 1:
            return project.policies[ids[0]]
        if not ids:
            raise UsageError("the project has no policy to audit against", hint="add content/policies/<id>.yaml")
        raise UsageError("the project has several policies; say which one", hint="--policy " + " | ".join(ids))
    if wanted not in project.policies:
        raise UsageError(f"unknown policy '{wanted}'", hint="choose one of " + ", ".join(ids))
    return project.policies[wanted]


def _read_input(file) -> tuple[str, str]:
    """(name for findings, text) of a path or of `-` (standard input); UTF-8, a BOM is dropped."""
    if str(file) == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
        name = "<stdin>"
    else:
        path = Path(file)
        name = str(file)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError("file not found", Location(name)) from None
        except IsADirectoryError:
            raise InputError("a folder, not a page", Location(name)) from None
        except OSError as exc:
            raise InputError(f"cannot read the page ({exc.strerror})", Location(name)) from None
    if isinstance(data, str):
        return name, data
    try:
        return name, data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 text (byte {exc.start})", Location(name, line),
                         "save the page as UTF-8") from None

