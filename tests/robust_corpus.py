"""Test helpers for the robustness suites: generated articles, a corpus of nasty files, run helpers.

All text here is written for the tests (no corpus or seed text is copied): short invented
news stories with the features the pipeline must handle (quotes, links, boilerplate lines,
spun phrases, odd whitespace, mojibake, hard-wrapped paragraphs).
"""

from __future__ import annotations

import bz2
import gzip
import json
import os
import random
from pathlib import Path

import pyarrow.parquet as pq

FIRST = ["Amara", "Jonas", "Priya", "Tomasz", "Helen", "Kwame", "Sofia", "Daniel", "Mei", "Oliver"]
LAST = ["Okafor", "Lindqvist", "Raman", "Nowak", "Barker", "Mensah", "Ferreira", "Cohen", "Tanaka", "Hughes"]
PLACES = ["Leeds", "Cardiff", "the harbour district", "Lagos", "Gdansk", "the county council", "Porto"]
TOPICS = [
    "a new tram line",
    "the flood defences",
    "school meal prices",
    "a hospital merger",
    "the port expansion",
    "rent controls",
    "a cycling scheme",
    "the water company's fine",
]
VERBS = ["said", "told reporters", "added", "warned", "explained"]
BOILER = [
    "Follow us on Twitter",
    "Read more: Council unveils budget plans for next year",
    "Sign up for our daily newsletter",
    "Advertisement",
    "Got a story? Email us at news@example-times.co.uk",
]
SPUN = ["residents of the town", "throughout the conference", "quite a lot of questions", "each day"]
ODD = ["\u00a0", "\u200b", "  ", "caf\u00c3\u00a9", "\u201cquoted\u201d", "\t"]


def article(rng: random.Random, i: int) -> str:
    """One invented news story (headline, blank line, paragraphs), varied by ``rng``."""
    who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    paras = [
        f"Officials in {place} have approved {topic} after a vote on Tuesday, story number {i}.",
        f"\u201cWe have listened to {rng.choice(SPUN)} and the plan reflects that,\u201d {who} "
        f"{rng.choice(VERBS)}. The decision follows months of consultation.",
        f'{other}, who opposed the measure, said the cost had been underestimated. "It is not '
        f'the answer we were promised," she said.',
        f"Details are published at https://www.example-news.org/story/{i}?utm_source=feed and "
        f"questions can be sent to desk{i % 7}@example-news.org.",
    ]
    if rng.random() < 0.5:
        paras.append(
            f"The scheme is expected to cost {rng.randint(2, 90)} million pounds{rng.choice(ODD)}over "
            f"{rng.randint(2, 9)} years."
        )
    if rng.random() < 0.3:  # a hard-wrapped paragraph
        long = " ".join(paras[2].split() * 2)
        paras[2] = "\n".join(long[k : k + 60] for k in range(0, len(long), 60))
    if rng.random() < 0.6:
        paras.append(rng.choice(BOILER))
    headline = f"{place.title()} backs {topic} in vote {i}"
    return headline + "\n\n" + "\n\n".join(paras) + "\n"


def tiny_article(rng: random.Random, i: int) -> str:
    """A short record (headline and two sentences) for scale runs, where Beam overhead is the subject."""
    who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return (
        f"{rng.choice(PLACES).title()} vote {i}\n\n\u201cThe plan for {rng.choice(TOPICS)} goes ahead,\u201d "
        f"{who} said. Record {i} ends here.\n"
    )


def write_articles(folder: Path, n: int, seed: int = 7, start: int = 0) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"article-{i:05d}.txt"
        p.write_text(article(rng, i), encoding="utf-8")
        paths.append(p)
    return paths


def gzip_bomb(path: Path, megabytes: int = 300) -> Path:
    """A gzip file of ``megabytes`` MB of zeros (about 1000:1).

    One MB of zeros is compressed once and its gzip member repeated: a multi-member gzip
    file is valid and decompresses to the concatenation, so building the bomb takes no time.
    """
    member = gzip.compress(b"\0" * (1 << 20), compresslevel=9)
    with open(path, "wb") as f:
        for _ in range(megabytes):
            f.write(member)
    return path


def write_nasty(folder: Path, big_line_mb: int = 50) -> dict[str, str]:
    """Hostile inputs; returns {file name: expected outcome} with outcome row|dead|skip|any.

    ``any`` is for formats whose reader may not exist yet (JSONL, HTML, WARC): they must end
    as rows, dead letters or skips, never as a crash or a lost record.
    """
    folder.mkdir(parents=True, exist_ok=True)
    good = article(random.Random(1), 1)
    files: dict[str, tuple[bytes, str]] = {
        "empty.txt": (b"", "skip"),
        "blank-lines.txt": (b"\n\n   \n\t\n", "skip"),
        "binary.txt": (bytes(random.Random(2).randrange(256) for _ in range(4096)), "dead"),
        "nul-bytes.txt": (b"Headline\x00\x00\x00\n\nBody\x00text" + b"\x00" * 500, "dead"),
        "invalid-utf8.txt": (good.encode("utf-8").replace(b"Officials", b"Offici\xff\xfeals"), "row"),
        "latin1.txt": (good.replace("vote", "vot\u00e9").encode("latin-1", "replace"), "row"),
        "utf16-no-bom.txt": (good.encode("utf-16-le"), "row"),
        "utf16-bom.txt": (good.encode("utf-16"), "row"),
        "only-boilerplate.txt": (b"Advertisement\n\nFollow us on Twitter\n", "dead"),
        "control-chars.txt": (("Headline\n\n" + "\x07\x1b" * 400 + "text").encode(), "dead"),
        "broken.jsonl": (
            b'{"title": "Ok", "text": "A fine first record."}\n{"title": "Broken", "te\nnot json at all\n',
            "any",
        ),
        "deep.html": (
            (
                "<html><body>"
                + "<div>" * 20000
                + "<p>Deep paragraph text here.</p>"
                + "</div>" * 20000
                + "</body></html>"
            ).encode(),
            "any",
        ),
        "wrong-length.warc": (_warc_wrong_length(), "any"),
        "truncated.txt.gz": (gzip.compress(good.encode() * 50)[:300], "dead"),
        "corrupt.txt.bz2": (bz2.compress(good.encode())[:-40] + b"garbage", "dead"),
        "not-gzip.txt.gz": (b"this is plain text pretending to be gzip", "dead"),
        "good.txt": (good.encode(), "row"),
        "good.txt.gz": (gzip.compress(article(random.Random(3), 3).encode()), "row"),
    }
    expected = {}
    for name, (data, outcome) in files.items():
        (folder / name).write_bytes(data)
        expected[name] = outcome
    # A 50 MB single line: must hit max_record_bytes / max_line_chars quickly, not be processed.
    with open(folder / "one-line.txt", "wb") as f:
        chunk = b"word " * (1 << 18)
        for _ in range(big_line_mb * (1 << 20) // len(chunk)):
            f.write(chunk)
    expected["one-line.txt"] = "dead"
    gzip_bomb(folder / "bomb.txt.gz", megabytes=300)
    expected["bomb.txt.gz"] = "dead"
    return expected


def _warc_wrong_length() -> bytes:
    body = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
        b"<html><body><h1>Title</h1><p>Text.</p></body></html>"
    )
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        "WARC-Target-URI: https://example.org/a\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(body) + 5000}\r\n\r\n"
    ).encode()
    return head + body + b"\r\n\r\n"


def run(args: list[str]) -> dict:
    from newsetl.runner import run as run_job

    return run_job(args, quiet=True)


def read_rows(out: Path) -> list[dict]:
    files = sorted((out / "articles").glob("*.parquet"))
    rows = []
    for f in files:
        rows.extend(pq.read_table(f).to_pylist())
    return rows


def read_dead(out: Path) -> list[dict]:
    rows = []
    for f in sorted((out / "_dead_letter").glob("*.jsonl")):
        rows.extend(json.loads(line) for line in f.read_text(encoding="utf-8").split("\n") if line.strip())
    return rows


def read_report(out: Path) -> dict:
    return json.loads((out / "_run_report.json").read_text(encoding="utf-8"))


def tree(folder: Path) -> list[str]:
    return sorted(os.path.relpath(os.path.join(d, f), folder) for d, _, fs in os.walk(folder) for f in fs)
