"""The compiled-grammar cache (generator.figures.regex_cache): a pattern taken from the cache
matches exactly what `re.compile` of the same pattern matches, and anything wrong with the cache
(off, corrupt, foreign, unwritable) falls back to compiling, never to a different result."""

import re

import pytest

from generator.figures import regex_cache
from generator.figures.read import grammar

TEXTS = [
    "Critique : réponse sous 1 heure, 24 h/24 et 7 j/7, du lundi au vendredi de 9 h à 18 h (CET).",
    "L’option coûte 1 000 € par mois ; remboursement de 10 % sous deux jours ouvrés.",
    "Rappel entre 8:30 et 17:30 heure d’Europe centrale, sauf le samedi.",
    "Version 2.4.1, ticket n° 4711, ISO 27001, le 3 mars 2027.",
]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SLASITE_REGEX_CACHE", str(tmp_path / "rx"))
    regex_cache.folder.cache_clear()
    yield tmp_path / "rx"
    regex_cache.folder.cache_clear()


def french_patterns():
    return [rule.regex.pattern for rule in grammar("fr")]


def same_matcher(got: re.Pattern, pattern: str, flags: int) -> None:
    want = re.compile(pattern, flags)
    assert (got.pattern, got.flags, got.groups, got.groupindex) == (want.pattern, want.flags, want.groups, want.groupindex)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in got.finditer(text)] == [(m.span(), m.groups()) for m in want.finditer(text)]


def test_a_pattern_from_the_cache_matches_like_re_compile(cache_dir, monkeypatch):
    patterns = french_patterns()
    for p in patterns:  # first run: compiled and written
        same_matcher(regex_cache.cached_compile(p, re.I), p, re.I)
    written = list(regex_cache.folder().iterdir())
    assert len(written) >= len(set(patterns)) and not [f for f in written if f.suffix == ".tmp"]

    def no_compiling(*args):
        raise AssertionError("compiled again although the cache holds the pattern")
    monkeypatch.setattr(regex_cache, "_code", no_compiling)
    for p in patterns:  # second run: read back, not compiled
        same_matcher(regex_cache.cached_compile(p, re.I), p, re.I)


def test_folder_is_per_interpreter_and_engine(cache_dir):
    import _sre
    import sys
    name = regex_cache.folder().name
    assert sys.implementation.cache_tag in name and str(_sre.MAGIC) in name
    assert regex_cache.folder().parent == cache_dir


@pytest.mark.parametrize("damage", [b"", b"not zlib at all", b"x\x01" + b"\x00" * 40])
def test_a_corrupt_entry_is_compiled_again_and_replaced(cache_dir, damage):
    p = r"(?<![^\W\d_])(?P<n>\d+)\s?(?:heures?|h)(?![^\W\d_])"
    regex_cache.cached_compile(p, re.I)
    [entry] = regex_cache.folder().iterdir()
    entry.write_bytes(damage)
    same_matcher(regex_cache.cached_compile(p, re.I), p, re.I)
    assert entry.read_bytes() != damage


def test_an_entry_for_another_pattern_is_not_used(cache_dir):
    """A file is used only when it holds this very pattern and flags (not just the same name)."""
    a, b = r"(?P<n>\d+) heures?", r"(?P<n>\d+) jours?"
    regex_cache.cached_compile(a, re.I)
    [entry] = regex_cache.folder().iterdir()
    regex_cache.cached_compile(b, re.I)
    other = next(e for e in regex_cache.folder().iterdir() if e != entry)
    entry.write_bytes(other.read_bytes())  # a's name now holds b's code
    got = regex_cache.cached_compile(a, re.I)
    assert got.pattern == a and got.search("sous 4 heures").group("n") == "4"
    assert got.search("sous 4 jours") is None
    # the same pattern under other flags is another entry
    assert regex_cache.cached_compile(a, 0).flags & re.I == 0


def test_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("SLASITE_REGEX_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    regex_cache.folder.cache_clear()
    try:
        assert regex_cache.folder() is None
        p = french_patterns()[0]
        same_matcher(regex_cache.cached_compile(p, re.I), p, re.I)
        assert list(tmp_path.iterdir()) == []
    finally:
        regex_cache.folder.cache_clear()


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SLASITE_REGEX_CACHE", str(blocker / "rx"))
    regex_cache.folder.cache_clear()
    try:
        p = french_patterns()[0]
        same_matcher(regex_cache.cached_compile(p, re.I), p, re.I)
    finally:
        regex_cache.folder.cache_clear()


def test_the_folder_is_kept_small(cache_dir):
    """Past MAX_ENTRIES files the oldest half goes (an entry still in use is compiled again)."""
    import os

    regex_cache.cached_compile(r"(?P<n>\d+) semaines?", re.I)
    where = regex_cache.folder()
    for i in range(30):
        old = where / f"{i:064x}"
        old.write_bytes(b"x")
        os.utime(old, ns=(i, i))
    regex_cache._prune(where, keep=20)
    left = sorted(p.name for p in where.iterdir())
    assert len(left) == 10 and f"{29:064x}" in left and f"{0:064x}" not in left
