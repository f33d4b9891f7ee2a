"""`ementor match`: pair a cohort's mentees with mentors and explain every pairing.

The CLI glue over ementor_desktop.matching: reads the participants CSV and the optional TOML
configuration, reports progress on stderr, writes DIR/assignments.csv, DIR/cards.json and
DIR/run.json, and prints the summary. The file formats are a contract (docs/matching.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TextIO

from ementor_desktop.errors import UsageError

# Big cohorts print terse progress lines even when stderr is not a terminal.
LARGE_COHORT = 2000


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "match",
        help="pair mentees with mentors for a cohort and explain every pairing",
        description="Pair a cohort's mentees with mentors: as many mentees as possible, then "
                    "the best total score, every hard rule kept. Writes DIR/assignments.csv, "
                    "DIR/cards.json (an explanation card per participant) and DIR/run.json "
                    "(version, configuration, input digests). See docs/matching.md.")
    parser.add_argument("--participants", required=True, metavar="FILE.csv", type=Path,
                        help="the cohort: one row per participant (columns in docs/matching.md)")
    parser.add_argument("--config", metavar="FILE.toml", type=Path,
                        help="weights, rules and objective (default: the documented defaults)")
    parser.add_argument("--out", required=True, metavar="DIR", type=Path,
                        help="folder for the output files (created if missing)")
    parser.add_argument("--ranks", metavar="FILE.csv", type=Path,
                        help="participants' rankings (a participant id, then the ids they "
                             "ranked, best first); makes the objective rank-maximal")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from ementor_desktop.matching import load_config, match_cohort, read_cohort, write_outputs
    from ementor_desktop.matching.explain import format_summary
    from ementor_desktop.matching.ranks import read_ranks

    config = load_config(args.config)
    cohort = read_cohort(args.participants)
    if not cohort.mentees or not cohort.mentors:
        raise UsageError(f"{args.participants} needs at least one mentee and one mentor "
                         f"(found {len(cohort.mentees)} mentees, {len(cohort.mentors)} mentors)")
    ranks = read_ranks(args.ranks, cohort) if args.ranks is not None else None
    inputs = {"participants": args.participants, "config": args.config}
    if args.ranks is not None:
        inputs["ranks"] = args.ranks
    progress = _Progress(sys.stderr, len(cohort.participants))
    try:
        result = match_cohort(cohort, config, progress=progress, ranks=ranks)
        progress.stage("writing", 0, 1)
        write_outputs(result, args.out, inputs)
    finally:
        progress.done()  # leave the terminal line clean for whatever is printed next
    out.write(format_summary(result.summary))
    out.write(f"Wrote {args.out / 'assignments.csv'}, {args.out / 'cards.json'} and "
              f"{args.out / 'run.json'}.\n")
    return 0


class _Progress:
    """On a terminal, one line rewritten in place; otherwise a line per stage on big cohorts."""

    def __init__(self, stream: TextIO, size: int) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.enabled = self.tty or size >= LARGE_COHORT
        self.last_stage = ""
        self.last_time = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.stage(stage, done, total)

    def stage(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.tty:
            now = time.monotonic()
            if stage == self.last_stage and now - self.last_time < 0.1 and done < total:
                return
            self.last_time = now
            self.last_stage = stage
            percent = 100 * done // max(total, 1)
            self.stream.write(f"\rementor match: {stage} {percent:3d}%\033[K")
            self.stream.flush()
        elif stage != self.last_stage:
            self.last_stage = stage
            self.stream.write(f"ementor match: {stage}...\n")
            self.stream.flush()

    def done(self) -> None:
        if self.enabled and self.tty:
            self.stream.write("\r\033[K")
            self.stream.flush()
