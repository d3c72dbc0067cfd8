"""Safe YAML reading that keeps the line and column of every node.

PyYAML's implicit typing is never used: `9:00` would become the integer 540 (YAML 1.1 sexagesimal)
and `no` a boolean. Scalars stay strings; the model reader types each field itself, so a wrong
type is reported with the field's location. Anchors and aliases are refused (they buy nothing in a
definition and are how "billion laughs" bombs are built), duplicate keys are errors, and files over
`MAX_BYTES` are refused before parsing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.errors import InputError, Location

MAX_BYTES = 2_000_000
# LibYAML's composer when PyYAML was built with it (the wheels are): same nodes and marks, ~10x
# faster on a few hundred pages' front matter
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(slots=True)
class YScalar:
    value: str
    loc: Location
    quoted: bool = False
    null: bool = False


@dataclass(slots=True)
class YList:
    items: list
    loc: Location


@dataclass(slots=True)
class YMap:
    items: dict  # str -> node
    loc: Location
    key_locs: dict = field(default_factory=dict)  # str -> Location of the key


YNode = YScalar | YList | YMap


def _loc(path: str, mark) -> Location:
    return Location(path, mark.line + 1, mark.column + 1)


def read_text(path: Path, display: str, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file or raise a located InputError (missing, too big, not UTF-8)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("file not found", Location(display), "create it or check the path") from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", Location(display)) from None
    if size > max_bytes:
        raise InputError(
            f"file is {size:,} bytes, over the limit of {max_bytes:,}", Location(display),
            "split the content into smaller files")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            Location(display, line), "save the file as UTF-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n")


def parse_yaml(text: str, display: str, line_offset: int = 0) -> YNode:
    """Parse YAML text into located nodes. `line_offset` shifts lines (front matter in a page)."""
    try:
        try:
            node = yaml.compose(text, Loader=_LOADER)
        except yaml.YAMLError:
            # errors are rare: the pure-Python parser words and places them better (the line
            # of an unclosed bracket, not the end of the file)
            node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = Location(display, mark.line + 1 + line_offset, mark.column + 1) if mark else Location(display)
        problem = exc.problem or exc.context or "invalid YAML"
        raise InputError(f"YAML syntax error: {problem}", loc,
                         "check indentation, colons and quotes around this line") from None
    except yaml.YAMLError as exc:
        raise InputError(f"YAML error: {exc}", Location(display)) from None
    if node is None:
        raise InputError("file is empty", Location(display), "write the definition into it")
    return _convert(node, display, line_offset, set())


def _convert(node, display: str, off: int, seen: set) -> YNode:
    if id(node) in seen:
        raise InputError("YAML anchors and aliases (&name / *name) are not supported",
                         _shift(_loc(display, node.start_mark), off), "write the value out in full")
    seen.add(id(node))
    loc = _shift(_loc(display, node.start_mark), off)
    if isinstance(node, yaml.ScalarNode):
        null = node.style is None and node.value in ("", "~", "null", "Null", "NULL")
        return YScalar(node.value, loc, quoted=node.style in ("'", '"'), null=null)
    if isinstance(node, yaml.SequenceNode):
        return YList([_convert(n, display, off, seen) for n in node.value], loc)
    items: dict = {}
    key_locs: dict = {}
    for key_node, value_node in node.value:
        key_loc = _shift(_loc(display, key_node.start_mark), off)
        if not isinstance(key_node, yaml.ScalarNode):
            raise InputError("a key must be a plain word", key_loc)
        key = key_node.value
        if key == "<<":
            raise InputError("YAML merge keys (<<) are not supported", key_loc, "write the keys out in full")
        if key in items:
            first = key_locs[key]
            raise InputError(f"duplicate key '{key}' (first defined on line {first.line})", key_loc,
                             "keep one of the two")
        key_locs[key] = key_loc
        items[key] = _convert(value_node, display, off, seen)
    return YMap(items, loc, key_locs)


def _shift(loc: Location, off: int) -> Location:
    return Location(loc.path, (loc.line or 0) + off, loc.column) if off else loc


def load_yaml_file(path: Path, display: str) -> YNode:
    return parse_yaml(read_text(path, display), display)
