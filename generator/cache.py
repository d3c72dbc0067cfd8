"""A persistent memo of the slow steps, keyed by content hashes, in `<project>/.slasite-cache/`.

Why: most builds follow a small edit (one PO file saved by a translator, one page by marketing),
and re-reading, re-rendering and re-checking thousands of unchanged segments is what made them
slow. Every key hashes everything its result depends on: the generator's own source and library
versions, the templates, the definition, the page source and the catalog messages the page uses,
so an edit can only make an entry unused, never serve a stale one. Unused entries are dropped when
their locale is next saved.

The store is JSON, not pickle: the folder sits in a project that may come from a pull request,
and loading it must not be able to run code. An unreadable or foreign file counts as empty.
Deleting the folder is always safe; `--no-cache` (or `SLASITE_CACHE=0`) bypasses it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import threading
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

CACHE_DIR = ".slasite-cache"
_FORMAT = 1  # bump when the layout of a stored map changes


def digest(*parts: str | bytes) -> str:
    """A hash of the parts, each length-prefixed so ("ab", "c") and ("a", "bc") differ."""
    data = [p.encode("utf-8", "surrogatepass") if isinstance(p, str) else p for p in parts]
    return hashlib.blake2b(b"".join(len(d).to_bytes(8, "little") + d for d in data), digest_size=20).hexdigest()


def tree_digest(folder: Path) -> str:
    """Every file under `folder`: relative path and bytes, in a stable order."""
    parts: list[str | bytes] = []
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return digest(*parts)


def policies_digest(project) -> str:
    """Every policy of the project, as the model holds it."""
    return digest(*(repr(p) for _, p in sorted(project.policies.items())))


def sources_digest(project, *, page_bodies: bool) -> str:
    """The inputs every page shares: templates, site, policies and the pages themselves, whole or
    only what other pages show of them (path, slug, title, order, policy, layout)."""
    pages = (repr(p) if page_bodies else repr((p.path, p.slug, p.title, p.order, p.policy, p.layout))
             for p in project.pages)
    return digest(tree_digest(project.templates_dir), repr(project.site), policies_digest(project), *pages)


@lru_cache(maxsize=1)
def generator_digest() -> str:
    """The generator's code and data and the versions of what it formats with.

    A new slasite, Babel (CLDR data), Jinja2 or markdown-it-py can change any output, so each
    invalidates the whole cache.
    """
    from importlib.metadata import PackageNotFoundError, version

    from generator import __version__

    versions = [sys.version, __version__]
    for dist in ("babel", "jinja2", "markdown-it-py", "markupsafe", "pyyaml"):
        try:
            versions.append(f"{dist}={version(dist)}")
        except PackageNotFoundError:
            versions.append(f"{dist}=?")
    package = Path(__file__).resolve().parent
    code = [p for p in sorted(package.rglob("*")) if p.is_file() and p.suffix in (".py", ".json")]
    return digest(*versions, *(part for p in code for part in (p.relative_to(package).as_posix(), p.read_bytes())))


# what is kept per locale, as `<what>-<locale>.json` or a `<what>-<locale>/` folder
_PER_LOCALE = frozenset({"render", "pages", "check", "checkcat", "checkfig", "memo", "scan", "translations"})

# path -> (stamp of the file, its entries): what this process last read or wrote there
_MEMORY: dict[Path, tuple[tuple, dict]] = {}


def _stamp(path: Path) -> tuple:
    st = path.stat()
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _remember(path: Path, stamp: tuple, entries: dict) -> None:
    if len(_MEMORY) > 512:
        _MEMORY.clear()
    _MEMORY[path] = (stamp, entries)


_DEFERRED = threading.local()  # .maps: {file: (store, name, entries)} while writes are deferred


@contextmanager
def deferred_writes():
    """Maps saved inside the block are written to disk when it ends (loads inside it see them).

    `serve` wraps a rebuild and the reload of the open page in it, so the cache for the next
    process (JSON, ~0.1 s for a large catalog's scan) is written after the edit is on screen.
    Per thread: a rebuild in another thread writes as usual.
    """
    outer = getattr(_DEFERRED, "maps", None)
    if outer is not None:  # nested: the outermost block writes
        yield
        return
    _DEFERRED.maps = {}
    try:
        yield
    finally:
        pending, _DEFERRED.maps = _DEFERRED.maps, None
        for store, name, entries in pending.values():
            store.save(name, entries)


class Store:
    """Named JSON maps in the cache folder; a disabled store remembers nothing."""

    def __init__(self, root: Path | None):
        enabled = root is not None and os.environ.get("SLASITE_CACHE", "1") not in ("0", "off", "no")
        self.dir = (root / CACHE_DIR) if enabled else None

    @property
    def enabled(self) -> bool:
        return self.dir is not None

    def _file(self, name: str) -> Path:
        return self.dir / f"{name}.json"

    def load(self, name: str) -> dict:
        """The map saved under `name` ({} when absent or unreadable). A long-lived process
        (`serve`) keeps the maps it read or wrote and re-reads a file only when it changed."""
        if self.dir is None:
            return {}
        path = self._file(name)
        pending = getattr(_DEFERRED, "maps", None)
        if pending and path in pending:
            return pending[path][2]
        try:
            stamp = _stamp(path)
        except OSError:
            return {}
        kept = _MEMORY.get(path)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("format") != _FORMAT or data.get("generator") != generator_digest():
            return {}
        entries = data.get("entries")
        if not isinstance(entries, dict):
            return {}
        _remember(path, stamp, entries)
        return entries

    def save(self, name: str, entries: dict) -> None:
        """Replace the map atomically; a cache that cannot be written is only slower, not an error."""
        if self.dir is None:
            return
        pending = getattr(_DEFERRED, "maps", None)
        if pending is not None:
            pending[self._file(name)] = (self, name, entries)
            return
        try:
            self._prepare()
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=self.dir)
            # dumps, not dump: only the one-shot encoder is the fast C one
            text = json.dumps({"format": _FORMAT, "generator": generator_digest(), "entries": entries},
                              ensure_ascii=False, separators=(",", ":"))
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, self._file(name))
            _remember(self._file(name), _stamp(self._file(name)), entries)
        except OSError:
            pass

    # Large outputs (rendered pages) are raw files beside the maps: no JSON to decode for them.
    def read_blob(self, folder: str, key: str) -> bytes | None:
        if self.dir is None:
            return None
        try:
            return (self.dir / folder / key).read_bytes()
        except OSError:
            return None

    def write_blob(self, folder: str, key: str, data: bytes) -> None:
        if self.dir is None:
            return
        try:
            self._prepare()
            (self.dir / folder).mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".blob.", dir=self.dir / folder)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, self.dir / folder / key)
        except OSError:
            pass

    def keep_blobs(self, folder: str, keys: set[str]) -> None:
        """Delete the folder's blobs this build did not use."""
        if self.dir is None or not (self.dir / folder).is_dir():
            return
        for path in (self.dir / folder).iterdir():
            if path.name not in keys:
                try:
                    path.unlink()
                except OSError:
                    pass

    def forget_other_locales(self, locales) -> None:
        """Drop what is kept for locales the site no longer builds (`<what>-<locale>` files and
        folders), so removing a locale does not leave its pages in the cache for ever."""
        if self.dir is None or not self.dir.is_dir():
            return
        keep = set(locales)
        for path in self.dir.iterdir():
            what, dash, locale = path.name.removesuffix(".json").partition("-")
            if not dash or what not in _PER_LOCALE or locale in keep:
                continue
            try:
                if path.is_dir():
                    for blob in path.iterdir():
                        blob.unlink()
                    path.rmdir()
                else:
                    path.unlink()
            except OSError:
                pass

    def _prepare(self) -> None:
        if (self.dir / ".gitignore").exists():
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        # like pytest's cache: never committed, and backup tools may skip it
        (self.dir / ".gitignore").write_text("# created by slasite: a build cache, safe to delete\n*\n")
        (self.dir / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n"
                                               "# slasite build cache: safe to delete\n")
