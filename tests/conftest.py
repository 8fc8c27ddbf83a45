"""Shared test helpers: paths to the bundled sample and the shared seed dump."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSETL_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session", autouse=True)
def _temp_dir_under_pytest(tmp_path_factory):
    """Beam's DirectRunner makes a ``beam-pipeline-temp*`` folder per pipeline in the system temp dir and leaves it
    behind; point the temp dir (and TMPDIR, for worker processes) at pytest's own, which pytest prunes."""
    path = str(tmp_path_factory.mktemp("tmp"))
    old_dir, old_env = tempfile.tempdir, os.environ.get("TMPDIR")
    tempfile.tempdir, os.environ["TMPDIR"] = path, path
    yield
    tempfile.tempdir = old_dir
    if old_env is None:
        os.environ.pop("TMPDIR", None)
    else:
        os.environ["TMPDIR"] = old_env


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The real spun dump from ../shared/seed (CI clones the repo with shared/ beside it)."""
    path = SHARED / "seed" / "metro-putin-ceasefire.txt"
    assert path.exists(), f"seed dump not found at {path}; set NEWSETL_SHARED to the shared/ folder"
    return path.read_text(encoding="utf-8")
