"""Shared fixtures: a fresh copy of the example project in a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


def copy_project(dest: Path) -> Path:
    for name in ("content", "templates", "locales"):
        shutil.copytree(REPO / name, dest / name)
    return dest


@pytest.fixture
def project(tmp_path) -> Path:
    """A writable copy of the example project (content, templates, locales)."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The example project built once per session; tests must not modify it."""
    from generator.pipeline import build

    root = copy_project(tmp_path_factory.mktemp("example") / "project")
    build(root)
    return root / "site"
