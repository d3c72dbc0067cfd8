"""Rule registry: every rule has a code, a scope and a docstring with Okay/failing examples.

Scopes: `message` rules see one catalog entry (source msgid vs translation) and also run on any PO
file via `check --catalog`; `catalog` rules see a whole PO file; `site` rules see the project with
its rendered output; `audit` rules belong to `slasite audit` and never run in `check`. Codes are validated when a rule registers, and a test asserts that every code
is documented in the README and every documented code exists (flake8's habit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from generator.diagnostics import Finding

_CODE = re.compile(r"^SLA\d{3}$")
SCOPES = ("message", "catalog", "site", "audit")


@dataclass(frozen=True)
class Rule:
    code: str
    scope: str
    func: Callable[..., Iterable[Finding]]
    summary: str

    @property
    def doc(self) -> str:
        return self.func.__doc__ or ""


RULES: dict[str, Rule] = {}


def rule(code: str, scope: str):
    """Register a rule function under `code` (SLAnnn) for `scope`."""
    if not _CODE.match(code):
        raise ValueError(f"bad rule code {code!r}")
    if scope not in SCOPES:
        raise ValueError(f"bad scope {scope!r}")

    def register(func):
        if code in RULES:
            raise ValueError(f"rule code {code} registered twice")
        summary = (func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else ""
        if not summary:
            raise ValueError(f"rule {code} needs a docstring")
        RULES[code] = Rule(code, scope, func, summary)
        return func

    return register


def rules(scope: str) -> list[Rule]:
    _load_all()
    return [r for r in sorted(RULES.values(), key=lambda r: r.code) if r.scope == scope]


def all_rules() -> list[Rule]:
    _load_all()
    return sorted(RULES.values(), key=lambda r: r.code)


def _load_all() -> None:
    # importing the rule modules registers their rules
    from generator.checks import messages, catalog, rendered  # noqa: F401
    from generator.audit import rules as _audit_rules  # noqa: F401
