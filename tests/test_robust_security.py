"""Security: no network at run time, inputs are only read, output goes only under --output."""

from __future__ import annotations

import builtins
import hashlib
import io
import os
import shutil
import socket

import pytest
from robust_corpus import read_rows, run, tree

from newsetl import process
from newsetl.resources import sample_dir


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a socket or resolve a name fails the test."""

    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args[:2]}")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)


def _samples():
    return sorted(sample_dir().glob("*.txt"))


def test_process_makes_no_network_calls(no_network):
    texts = [p.read_text(encoding="utf-8") for p in _samples()]
    texts.append(
        "Links\n\nSee https://example.org/a?utm_source=x, www.example.com and mail desk@example.org."
    )
    for text in texts:
        row = process(text, "s.txt")
        assert row["body"]
    assert any(link["kind"] == "url" for link in row["links"])  # links are recorded, not fetched


def test_pipeline_on_the_sample_makes_no_network_calls(tmp_path, no_network):
    rep = run(["--input", str(sample_dir()), "--output", str(tmp_path / "out")])
    c = rep["counts"]
    assert c["written"] == len(_samples()) and c["dead_lettered"] == 0
    assert len(read_rows(tmp_path / "out")) == len(_samples())


def _digest(folder) -> dict:
    return {
        f: (
            hashlib.sha256(open(os.path.join(folder, f), "rb").read()).hexdigest(),
            os.stat(os.path.join(folder, f)).st_mtime_ns,
        )
        for f in tree(folder)
    }


def test_inputs_are_opened_read_only_and_left_unchanged(tmp_path, monkeypatch):
    src = tmp_path / "in"
    shutil.copytree(sample_dir(), src)
    before = _digest(src)
    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open
    writes = []

    def guard(path, mode="r", *args, **kwargs):
        if str(path).startswith(str(src)) and any(m in mode for m in "wax+"):
            writes.append(path)
        return real_open(path, mode, *args, **kwargs)

    def guard_os(path, flags, *args, **kwargs):
        if str(path).startswith(str(src)) and flags & (os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT):
            writes.append(path)
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guard)
    monkeypatch.setattr(io, "open", guard)
    monkeypatch.setattr(os, "open", guard_os)
    run(["--input", str(src), "--output", str(tmp_path / "out")])
    assert writes == [] and real_io_open is real_open
    assert _digest(src) == before


def test_output_is_written_only_under_the_output_folder(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(sample_dir(), src)
    parent = tmp_path / "parent"
    parent.mkdir()
    (parent / "neighbour.txt").write_text("leave me", encoding="utf-8")
    run(["--input", str(src), "--output", str(parent / "out")])
    # The staging folder lived beside the output and was renamed into place.
    assert sorted(os.listdir(parent)) == ["neighbour.txt", "out"]
    assert (parent / "neighbour.txt").read_text(encoding="utf-8") == "leave me"
    files = tree(parent / "out")
    assert all(f.split(os.sep)[0] in {"articles", "_dead_letter", "_run_report.json"} for f in files), files
    assert sorted(os.listdir(tmp_path)) == ["in", "parent"]
