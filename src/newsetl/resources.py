"""Access to the package's data files (lexicons, patterns, schemas, sample dumps).

Data lives in files so that reviewers can change rules without touching code; every
loader here is cached, so patterns are read and compiled once per worker process.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    return Path(str(resources.files("newsetl") / "data" / name))


@cache
def load_json(name: str) -> dict:
    return json.loads(data_path(name).read_text(encoding="utf-8"))


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a TSV data file with a header line; ``#`` lines and blank lines are comments."""
    lines = [
        ln for ln in data_path(name).read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")
    ]
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


def sample_dir() -> Path:
    return data_path("sample")
