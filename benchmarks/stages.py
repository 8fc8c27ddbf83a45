"""Per-stage timing of ``newsetl.process`` without touching the core.

While :func:`instrument` is active, every ``newsetl`` module that ``newsetl.core`` imports
is replaced *in core's namespace only* by a proxy whose functions add their exclusive
time to a stage. Off, nothing is patched, so timing costs nothing in normal runs; and a
rewritten core is timed without changes here (a newly imported module shows up as its own
stage, anything unattributed as ``other``).
"""

from __future__ import annotations

import time
import types
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# Stage of each module core imports (by its name in core), and per-function exceptions.
MODULE_STAGE = {
    "lines": "boilerplate",  # split_lines, assemble: layout, decided with boilerplate
    "boilerplate": "boilerplate",
    "unicode": "normalise",
    "spin": "spin",
    "style": "spin",
    "people_mod": "people",
    "quotes_mod": "quotes",
    "links_mod": "links",
}
FUNCTION_STAGE = {("lines", "join_lines"): "normalise", ("core", "_normalise"): "normalise"}
ORDER = ("read/decode", "boilerplate", "normalise", "spin", "people", "quotes", "links", "other", "encode")


CLOCK = time.thread_time  # CPU time of this thread: stage figures hold on a busy machine too


class StageTimer:
    """Exclusive CPU time per stage: a nested timed call pauses its caller's clock."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._stack: list[list] = []  # [stage, started]

    def wrap(self, stage: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            now = CLOCK()
            if self._stack:
                top = self._stack[-1]
                self.seconds[top[0]] += now - top[1]
            self._stack.append([stage, now])
            try:
                return fn(*args, **kwargs)
            finally:
                end = CLOCK()
                name, started = self._stack.pop()
                self.seconds[name] += end - started
                if self._stack:
                    self._stack[-1][1] = end

        timed.__wrapped__ = fn
        return timed

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] += seconds


class _TimedModule(types.ModuleType):
    """Stands in for one module inside core: callables come back timed, the rest as is."""

    def __init__(self, module: types.ModuleType, alias: str, timer: StageTimer):
        super().__init__(module.__name__)
        self._module, self._alias, self._timer = module, alias, timer
        self._cache: dict[str, object] = {}

    def __getattr__(self, name: str):
        if name in self._cache:
            return self._cache[name]
        attr = getattr(self._module, name)
        if callable(attr) and not isinstance(attr, type):
            stage = FUNCTION_STAGE.get((self._alias, name)) or MODULE_STAGE.get(self._alias) or self._alias
            attr = self._timer.wrap(stage, attr)
        self._cache[name] = attr
        return attr


@contextmanager
def instrument(timer: StageTimer) -> Iterator[StageTimer]:
    """Time core's calls into its stage modules until the block ends."""
    from newsetl import core

    saved = {}
    for alias, value in list(vars(core).items()):
        if isinstance(value, types.ModuleType) and value.__name__.startswith("newsetl."):
            saved[alias] = value
            setattr(core, alias, _TimedModule(value, alias, timer))
    for (mod, name), stage in FUNCTION_STAGE.items():
        if mod == "core" and callable(getattr(core, name, None)):
            saved[name] = getattr(core, name)
            setattr(core, name, timer.wrap(stage, saved[name]))
    try:
        yield timer
    finally:
        for alias, value in saved.items():
            setattr(core, alias, value)


def breakdown(timer: StageTimer, articles: int, process_seconds: float) -> dict[str, float]:
    """µs per article for each stage; time inside process() not claimed by a stage is ``other``."""
    per = {k: v for k, v in timer.seconds.items() if v}
    claimed = sum(v for k, v in per.items() if k not in ("read/decode", "encode"))
    per["other"] = per.get("other", 0.0) + max(0.0, process_seconds - claimed)
    keys = [k for k in ORDER if k in per] + sorted(k for k in per if k not in ORDER)
    return {k: round(1e6 * per[k] / max(articles, 1), 1) for k in keys}
