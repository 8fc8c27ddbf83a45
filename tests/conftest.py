"""Shared test helpers: paths to the bundled sample and the shared seed dump."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__import__("os").environ.get("NEWSETL_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The real spun dump from ../shared/seed (CI clones the repo with shared/ beside it)."""
    path = SHARED / "seed" / "metro-putin-ceasefire.txt"
    assert path.exists(), f"seed dump not found at {path}; set NEWSETL_SHARED to the shared/ folder"
    return path.read_text(encoding="utf-8")
