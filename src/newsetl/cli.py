"""``newsetl`` command line: ``run`` the job, ``eval`` quality figures, ``lexicon-analysis`` (maintainers)."""

from __future__ import annotations

import logging
import sys


class _QuietOptionalGcp(logging.Filter):
    """Beam warns on import that optional GCP clients are missing; irrelevant to local runs."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools not found" not in record.getMessage()


def main(argv: list[str] | None = None) -> int:
    logging.getLogger().addFilter(_QuietOptionalGcp())
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print("usage: newsetl run [--input GLOB] [--output DIR] [--overwrite] [beam flags]\n"
              "       newsetl eval {spin,quotes} [options]\n"
              "       newsetl lexicon-analysis   (rewrite data/spin_analysis.json after editing the spin lexicon)")
        return 0
    cmd, rest = argv[0], argv[1:]
    if cmd == "run":
        from newsetl.runner import main as run_main

        return run_main(rest)
    if cmd == "eval":
        return _eval(rest)
    if cmd == "lexicon-analysis":
        from newsetl.clean.spin_analysis import write

        return write()
    print(f"newsetl: unknown command {cmd!r}", file=sys.stderr)
    return 2


def _eval(argv: list[str]) -> int:
    import importlib

    if not argv:
        print("usage: newsetl eval {spin,quotes} [options]", file=sys.stderr)
        return 2
    try:
        module = importlib.import_module(f"newsetl.evaluate.{argv[0]}")
    except ModuleNotFoundError:
        print(f"newsetl: no evaluation named {argv[0]!r}", file=sys.stderr)
        return 2
    return int(module.main(argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
