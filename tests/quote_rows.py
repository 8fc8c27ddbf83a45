"""Quote rows of a passage, for the quote tests: all of them, or the one quote starting with a text."""

from __future__ import annotations

from newsetl.extract.quotes import extract


def _q(paragraphs, headline=None, **kw):
    return [q.as_row() for q in extract(paragraphs, headline=headline, **kw)]


def _one(paragraphs, text, headline=None):
    rows = [q for q in _q(paragraphs, headline) if q["text"].startswith(text)]
    assert len(rows) == 1, _q(paragraphs, headline)
    return rows[0]
