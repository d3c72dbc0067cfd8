"""Shared test helper: a segment shaped like the extractor's (msgctxt, msgid, plural, ...)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Seg:
    msgctxt: str | None
    msgid: str
    msgid_plural: str | None = None
    locations: list = field(default_factory=list)
    flags: set = field(default_factory=set)
    auto_comments: list = field(default_factory=list)
