"""Markdown pages: YAML front matter (title, order, policy) and the Markdown body."""

from __future__ import annotations

import re
from pathlib import Path

from generator.errors import InputError, Location
from generator.load.yamlfile import parse_yaml, read_text
from generator.model.read import Errors, Fields, TextReader, ident, integer, string
from generator.model.types import Page

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def read_page(path: Path, display: str) -> Page:
    slug = path.stem
    if slug == "index":
        slug = ""
    elif not _SLUG.match(slug):
        raise InputError(f"page file name '{path.name}' is not a valid slug", Location(display),
                         "use lower-case letters, digits and '-', e.g. severity-levels.md")
    text = read_text(path, display)
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise InputError("the page has no front matter", Location(display, 1),
                         "start the file with '---', then title: and order:, then '---'")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise InputError("the front matter is not closed", Location(display, 1),
                         "add a line '---' after the front matter") from None
    node = parse_yaml("\n".join(lines[1:end]) or "{}", display, line_offset=1)
    errors = Errors()
    f = Fields(node, "front matter", errors)
    title = f.get("title", TextReader(f"page:{slug or 'index'}")("title"))
    order = f.get("order", integer, required=False, default=0)
    policy = f.get("policy", ident, required=False)
    layout = f.get("layout", string, required=False, default="page")
    f.finish()
    if layout not in ("page", "policy"):
        errors.add(f"front matter: layout '{layout}' is not 'page' or 'policy'", f.loc)
    elif layout == "policy" and not policy:
        errors.add("front matter: layout 'policy' needs 'policy:' naming the policy to present", f.loc)
    errors.raise_if_any()
    body = "\n".join(lines[end + 1:])
    return Page(slug, title, order, policy, body, end + 2, display, layout)
