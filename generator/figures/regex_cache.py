"""Compiled figure grammars kept between runs, the way Python keeps `.pyc` files.

A locale's figure grammar (generator.figures.read.grammar) is about 50,000 characters of regular
expressions. Python's regex parser and code generator are written in Python: turning those
patterns into the matcher's code takes ~0.1 s per locale, more than rendering and checking the
example's pages. That code depends only on the pattern, the flags and the Python build, so it is
kept in the user's cache folder, one file per pattern named by the hash of pattern and flags, and
handed straight to the matcher on the next run: a check on a fresh clone then skips the compile
as long as the machine has run slasite (with the same grammar) before.

Why it is safe to rely on:
- the folder is named after the interpreter's cache tag and the regex engine's version (MAGIC),
  so code written by one Python build is never read by another;
- a file stores the whole pattern and flags, and is used only if both are exactly the same;
- `_sre.compile` validates the code it is given, and any error on the way (a missing, truncated,
  corrupt or foreign file; internals that moved in another Python version) falls back to
  `re.compile`. The cache can make a run slower or faster, never different.
This uses CPython internals (`re._parser`, `re._compiler`, `_sre`), the same three steps
`re.compile` itself runs; on another interpreter the cache is simply off.

Where: `$SLASITE_REGEX_CACHE`, else `$XDG_CACHE_HOME/slasite`, else `~/.cache/slasite`; about
2 MB per ten locales. `SLASITE_REGEX_CACHE=off` turns it off. Deleting the folder is always safe.
Grammars change with slasite's versions, and nothing removes an entry that is no longer used, so
the first write of a process keeps the folder at most MAX_ENTRIES files (the oldest half goes:
an entry still in use is simply compiled and written again).
It is independent of the project's `.slasite-cache/` (and of `--no-cache`), because it holds no
result, only compiled code of the tool itself.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import zlib
from functools import lru_cache
from pathlib import Path

_OFF = {"off", "0", "no", "false", "none"}
MAX_ENTRIES = 5000  # ~25 MB; a 40-locale site uses ~1,500
_pruned: set[Path] = set()  # folders this process has looked at


@lru_cache(maxsize=None)
def folder() -> Path | None:
    """The cache folder for this interpreter, or None when the cache is off or cannot work."""
    setting = os.environ.get("SLASITE_REGEX_CACHE", "").strip()
    if setting.lower() in _OFF or sys.implementation.name != "cpython":
        return None
    try:
        import _sre
        from re import _compiler, _parser  # noqa: F401  (present: the cache can work)
        base = Path(setting) if setting else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "slasite"
    except (ImportError, RuntimeError, KeyError):  # no such internals; no home folder
        return None
    return base / f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"


def cached_compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, from the cache when it holds this very pattern."""
    where = folder()
    if where is None:
        return re.compile(pattern, flags)
    flags = int(flags)
    path = where / hashlib.sha256(f"{flags}\n{pattern}".encode("utf-8", "surrogatepass")).hexdigest()
    import _sre
    try:
        stored = marshal.loads(zlib.decompress(path.read_bytes()))
        if stored[0] == pattern and stored[1] == flags:
            return _sre.compile(pattern, *stored[2:])
    except Exception:  # noqa: BLE001 - any unreadable entry (missing, corrupt, foreign) means: compile
        pass
    try:
        entry = _code(pattern, flags)
        compiled = _sre.compile(pattern, *entry)
    except Exception:  # noqa: BLE001 - internals not as expected: the public way, and no caching
        return re.compile(pattern, flags)
    _store(path, zlib.compress(marshal.dumps((pattern, flags) + entry), 1))
    return compiled


def _code(pattern: str, flags: int) -> tuple:
    """What `re._compiler.compile` hands to `_sre.compile` after the pattern (CPython 3.11-3.13),
    in plain types that marshal can store."""
    from re import _compiler, _parser
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _store(path: Path, data: bytes) -> None:
    """Written whole or not at all (another process may be reading or writing the same entry);
    a folder that cannot be written only means the next run compiles again."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
    if path.parent not in _pruned:
        _pruned.add(path.parent)
        _prune(path.parent)


def _prune(where: Path, keep: int = MAX_ENTRIES) -> None:
    """Remove the older half of the entries (and leftover temporary files) once there are more
    than `keep`."""
    try:
        entries = [(e.stat().st_mtime_ns, e.path) for e in os.scandir(where) if e.is_file()]
    except OSError:
        return
    if len(entries) <= keep:
        return
    entries.sort()
    for _mtime, name in entries[:len(entries) - keep // 2]:
        try:
            os.unlink(name)
        except OSError:
            pass
