"""Reading a clean reference corpus (one article per ``.txt`` file) for the evaluation commands."""

from __future__ import annotations

from pathlib import Path


def read_text(path: Path) -> str:
    """UTF-8, or cp1252 for the odd legacy file (one BBC 2005 file is not UTF-8)."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def text_files(root: Path) -> list[Path]:
    """Every ``.txt`` article below ``root`` in a stable order, README files left out."""
    return sorted(p for p in Path(root).rglob("*.txt") if p.is_file() and p.name.lower() != "readme.txt")
