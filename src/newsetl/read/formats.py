"""Readers for the formats scrapers and crawlers produce, keyed by suffix (after .gz/.bz2/.xz/.zst).

``dispatch`` picks these up when this module imports; each reader is
``(path, data: bytes) -> Iterator[RawDoc | Failure | Skipped]`` and never raises.
"""

from __future__ import annotations

from newsetl.read.html import read_html
from newsetl.read.jsonl import read_json, read_jsonl
from newsetl.read.warc import read_warc

READERS = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".warc": read_warc,
}
