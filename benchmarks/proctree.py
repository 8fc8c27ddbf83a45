"""Peak RSS and CPU seconds of this process and all its descendants, sampled from /proc.

psutil is used when it is installed; otherwise ``/proc/<pid>/status`` (VmRSS) and
``/proc/<pid>/stat`` (utime, stime) are read directly, so the benchmark needs no extra
package on Linux. CPU per process is kept by pid, which shows whether Beam's worker
processes really shared the work.
"""

from __future__ import annotations

import os
import threading
import time

try:  # optional
    import psutil
except ImportError:  # pragma: no cover - depends on the environment
    psutil = None

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        kids.setdefault(ppid, []).append(int(name))
    return kids


def tree_pids(root: int) -> list[int]:
    if psutil is not None:
        try:
            proc = psutil.Process(root)
            return [root] + [c.pid for c in proc.children(recursive=True)]
        except psutil.Error:
            return [root]
    kids = _children_map()
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(kids.get(pid, []))
    return out


def rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return 0.0
    fields = stat[stat.rindex(b")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS


class TreeMonitor:
    """Background sampler: ``with TreeMonitor() as m: ...`` then ``m.peak_rss``, ``m.cpu_by_pid``."""

    def __init__(self, interval: float = 0.1, root: int | None = None):
        self.interval = interval
        self.root = root or os.getpid()
        self.peak_rss = 0
        self.cpu_by_pid: dict[int, float] = {}
        self._start_cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tree-monitor", daemon=True)

    def sample(self, first: bool = False) -> None:
        pids = tree_pids(self.root)
        self.peak_rss = max(self.peak_rss, sum(rss_bytes(p) for p in pids))
        for pid in pids:
            cpu = cpu_seconds(pid)
            # Processes alive at the start count from then on; later ones from birth.
            self._start_cpu.setdefault(pid, cpu if first else 0.0)
            self.cpu_by_pid[pid] = max(self.cpu_by_pid.get(pid, 0.0), cpu - self._start_cpu[pid])

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> TreeMonitor:
        self.sample(first=True)
        self._start = time.perf_counter()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()
        self.wall = time.perf_counter() - self._start

    @property
    def cpu_total(self) -> float:
        return sum(self.cpu_by_pid.values())

    def child_cpu(self) -> list[float]:
        """CPU seconds of each descendant that did measurable work, largest first."""
        return sorted((c for p, c in self.cpu_by_pid.items() if p != self.root and c >= 0.05), reverse=True)
