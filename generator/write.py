"""The only module that writes the site: build in a sibling temp folder, then swap it in.

A failed or interrupted build never touches the existing output: files go to `.<name>.tmp-*`
next to it, and only a complete tree replaces the old one (two renames; the old tree is removed
last). `slasite serve`, which rebuilds on every save and knows what it wrote last, updates the
tree it wrote in place instead (`update_site`): only the files whose bytes changed, each replaced
whole, so that a translator's save shows in the browser without rewriting 1,200 pages. Output folders are guarded: slasite refuses to write into the project root, its sources, a
file-system root or home, or a non-empty folder it did not create (marked by `.slasite`).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

from generator.errors import UsageError, Location

MARKER = ".slasite"


def check_output_dir(out: Path, project_root: Path) -> Path:
    out = out.resolve()
    root = project_root.resolve()
    forbidden = {Path("/"), Path.home().resolve(), root, root / "content", root / "locales", root / "templates",
                 root / "generator", root / "tests", root / ".git"}
    if out in forbidden or out in root.parents or any(p == out for p in forbidden) or (root / "content") in out.parents \
            or (root / "locales") in out.parents or (root / "templates") in out.parents or (root / ".git") in out.parents:
        raise UsageError(f"refusing to write the site into {out}", None,
                         "pick an output folder of its own, such as site/ (the default)")
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} exists and is not a folder", None, "choose another --out")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise UsageError(f"{out} is not empty and was not written by slasite", None,
                         "choose an empty or new folder for --out, or delete its contents first")
    return out


def _safe_relative(rel: str) -> PurePosixPath:
    path = PurePosixPath(rel)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise UsageError(f"refusing to write outside the output folder: {rel}", Location(rel))
    return path


def content_digests(files: dict[str, bytes], keys: dict[str, str] | None = None) -> dict[str, str]:
    """What `update_site` compares: the build-cache key a file was made under (equal keys, equal
    bytes: no need to hash 40 MB again), else a hash of its bytes."""
    keys = keys or {}
    return {rel: ("key:" + keys[rel]) if rel in keys else hashlib.blake2b(data, digest_size=16).hexdigest()
            for rel, data in files.items()}


def update_site(out: Path, files: dict[str, bytes], written: dict[str, str] | None,
                keys: dict[str, str] | None = None) -> dict[str, str]:
    """Make `out` hold exactly `files`, given `written`, the digests of what this process last
    wrote there (None: nothing known, so the whole tree is written and swapped by write_site).

    Each changed file is written beside its target and renamed over it (a reader sees the old or
    the new page, never half of one); files no longer built are removed. A file that went missing
    from disk is written again. `keys`: the cache keys the files were made under (RenderResult).
    Returns the digests of what `out` now holds.
    """
    digests = content_digests(files, keys)
    if written is None or not (out / MARKER).is_file():
        write_site(out, files)
        return digests
    for rel in sorted(files):
        target = out / _safe_relative(rel)
        if written.get(rel) == digests[rel] and target.is_file():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        try:
            tmp.write_bytes(files[rel])
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    for rel in sorted(set(written) - set(files), reverse=True):
        target = out / _safe_relative(rel)
        target.unlink(missing_ok=True)
        for parent in target.parents:  # folders left empty (a removed page or locale)
            if parent == out or not parent.is_relative_to(out):
                break
            try:
                parent.rmdir()
            except OSError:
                break
    return digests


def write_site(out: Path, files: dict[str, bytes]) -> None:
    """Write `files` as the complete new content of `out`, atomically as seen from outside."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        for rel in sorted(files):
            target = tmp / _safe_relative(rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[rel])
        (tmp / MARKER).write_text("built by slasite; this folder is replaced on every build\n")
        old = None
        if out.exists():
            old = out.parent / f".{out.name}.old-{os.getpid()}"
            os.replace(out, old)
        os.replace(tmp, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    # leftovers of builds killed mid-way
    for pattern in (f".{out.name}.tmp-*", f".{out.name}.old-*"):
        for stale in out.parent.glob(pattern):
            shutil.rmtree(stale, ignore_errors=True)
