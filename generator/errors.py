"""Errors that know where they happened and which exit code they mean.

Every error a person can cause (bad YAML, a broken PO file, an unknown locale) becomes one of these
and is printed as one located line by the CLI; only a bug in slasite itself shows a traceback.
Exit codes follow the product brief: 1 for content errors / check findings, 2 for bad usage or
unreadable input.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a file of the project: path (as the user would type it), 1-based line and column."""

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        text = self.path
        if self.line is not None:
            text += f":{self.line}"
            if self.column is not None:
                text += f":{self.column}"
        return text


class SlasiteError(Exception):
    """Base of every error meant for a person. `exit_code` is what the CLI exits with."""

    exit_code = 2

    def __init__(self, message: str, location: Location | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.location = location
        self.hint = hint

    def __str__(self) -> str:
        prefix = f"{self.location}: " if self.location else ""
        suffix = f" ({self.hint})" if self.hint else ""
        return f"{prefix}error: {self.message}{suffix}"


class UsageError(SlasiteError):
    """Bad flags or arguments."""

    exit_code = 2


class InputError(SlasiteError):
    """A file that cannot be read or parsed: missing, not UTF-8, not YAML, not a PO file."""

    exit_code = 2


class ContentError(SlasiteError):
    """Several located problems in the content, collected before giving up (MkDocs-style).

    Printed one per line. Exit code 2: the brief counts an unreadable or invalid definition as bad
    input; `build` uses exit 1 only for check findings that stop a publish.
    """

    exit_code = 2

    def __init__(self, errors: list[SlasiteError]):
        self.errors = errors
        first = errors[0] if errors else None
        super().__init__(
            first.message if first else "invalid content",
            first.location if first else None,
            first.hint if first else None,
        )

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)
