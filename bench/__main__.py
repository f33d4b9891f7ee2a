"""`make bench` / `python -m bench [NAME ...] [--quick]`: run benchmarks, update docs/benchmarks.md.

Each `bench/bench_<name>.py` module defines `TITLE` (str) and `run(quick: bool) -> str`, which
returns a Markdown section body (tables with the figure and its same-run baseline, and a sentence
on what the figure means). This runner replaces the text between `<!-- bench:<name> -->` and
`<!-- /bench:<name> -->` in docs/benchmarks.md, appending the section if it is not there yet, so
sections measured at different times can live side by side, each with its own date and machine line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
HEADER = (
    "# Benchmarks\n\n"
    "Produced by `make bench` (`python -m bench`). Every figure stands beside a baseline\n"
    "measured in the same run on the same machine, because absolute numbers drift from machine\n"
    "to machine; the ratio is the figure to watch. Timed assertions are deliberately not part of\n"
    "`make test`.\n"
)


def machine_line() -> str:
    return (
        f"{dt.date.today().isoformat()} · {platform.machine()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()} · {platform.system()} {platform.release()}"
    )


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in (ROOT / "bench").glob("bench_*.py"))


def update_doc(name: str, title: str, body: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else HEADER
    section = (
        f"<!-- bench:{name} -->\n## {title}\n\n_Measured {machine_line()}._\n\n"
        f"{body.strip()}\n<!-- /bench:{name} -->"
    )
    pattern = re.compile(rf"<!-- bench:{re.escape(name)} -->.*?<!-- /bench:{re.escape(name)} -->",
                         re.DOTALL)
    text = pattern.sub(lambda _m: section, text) if pattern.search(text) else (
        text.rstrip() + "\n\n" + section + "\n")
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default all: {available()})")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--no-write", action="store_true", help="print only, leave the doc alone")
    args = parser.parse_args(argv)
    names = args.names or available()
    for name in names:
        module = importlib.import_module(f"bench.bench_{name}")
        print(f"== {module.TITLE}", flush=True)
        body = module.run(quick=args.quick)
        print(body, flush=True)
        if not args.no_write and not args.quick:
            update_doc(name, module.TITLE, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
