"""Readers: bytes of one input file in, records out.

Every reader is a pure function ``(path, data) -> Iterator[Record]`` where a record is a
:class:`RawDoc` (an article's text), a :class:`Failure` (goes to the dead-letter output
with its reason) or a :class:`Skipped` (counted, not an article: an empty file, a WARC
request record). Nothing is dropped silently: the run report reconciles the three.
"""

from newsetl.read.dispatch import read_file, read_path
from newsetl.read.records import Failure, RawDoc, Record, Skipped

__all__ = ["Failure", "RawDoc", "Record", "Skipped", "read_file", "read_path"]
