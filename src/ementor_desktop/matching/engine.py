"""Running a cohort match: score every pair in blocks, solve once, then explain every participant.

Owns the order of the work and the progress reports; the formulas live in scoring.py, the
objectives in solver.py and the sentences in explain.py. Never writes files.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from ementor_desktop.matching.cohort import Cohort
from ementor_desktop.matching.config import MatchConfig
from ementor_desktop.matching.ranks import RankTable, check_ranks, no_ranks
from ementor_desktop.matching.scoring import PairScorer
from ementor_desktop.matching.solver import Assignment, CandidatePairs, solve

IntArray = npt.NDArray[np.int64]
# progress(stage, done, total): called often on big cohorts; must be cheap.
Progress = Callable[[str, int, int], None]

PAIRS_PER_BLOCK = 1_000_000


@dataclass(frozen=True)
class Scored:
    """What scoring every pair leaves: the acceptable pairs and each mentee's best mentors."""

    scorer: PairScorer
    pairs: CandidatePairs
    ranked: IntArray  # (n_mentees, k) mentors offering a wanted skill, by falling score; -1 pad
    acceptable_count: IntArray  # acceptable mentors per mentee


@dataclass(frozen=True)
class MatchResult:
    cohort: Cohort
    config: MatchConfig
    scored: Scored
    assignment: Assignment
    cards: list[dict[str, Any]]
    summary: dict[str, Any]
    ranks: RankTable | None = None  # the checked rankings (rank-maximal objective only)


def _quiet(stage: str, done: int, total: int) -> None:
    return None


def score_cohort(cohort: Cohort, config: MatchConfig, progress: Progress = _quiet) -> Scored:
    """Score every pair that shares a wanted skill, block by block to bound memory."""
    scorer = PairScorer(cohort, config)
    n, m = scorer.n_mentees, scorer.n_mentors
    keep = config.alternatives + 1
    ranked = np.full((n, keep), -1, dtype=np.int64)
    acceptable_count = np.zeros(n, dtype=np.int64)
    mentees: list[IntArray] = []
    mentors: list[IntArray] = []
    scores: list[IntArray] = []
    step = max(1, PAIRS_PER_BLOCK // max(m, 1))
    for start in range(0, n, step):
        stop = min(n, start + step)
        rows, cols = scorer.candidates(start, stop)
        block = scorer.pairs(rows, cols)
        ok = block.violations == 0
        mentees.append(rows[ok].astype(np.int64))
        mentors.append(cols[ok].astype(np.int64))
        scores.append(block.total[ok])
        acceptable_count += np.bincount(rows[ok], minlength=n)
        _rank(rows, cols.astype(np.int64), block.total, m, ranked)
        progress("scoring", stop, n)
    empty = np.zeros(0, dtype=np.int64)
    pairs = CandidatePairs(
        mentee=np.concatenate(mentees) if mentees else empty,
        mentor=np.concatenate(mentors) if mentors else empty,
        score=np.concatenate(scores) if scores else empty,
        n_mentees=n, capacity=scorer.capacity)
    return Scored(scorer=scorer, pairs=pairs, ranked=ranked, acceptable_count=acceptable_count)


def _rank(rows: npt.NDArray[np.intp], cols: IntArray, total: IntArray, m: int,
          ranked: IntArray) -> None:
    """Each mentee's best mentors by score (ties: earlier mentor in the file), into `ranked`.

    `rows` is sorted; the k best are peeled off one at a time with a maximum per mentee.
    """
    if rows.size == 0:
        return
    work = total * m + (m - 1 - cols)  # unique within a mentee, so a maximum is one pair
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    segment = np.repeat(np.arange(starts.size), np.diff(np.r_[starts, rows.size]))
    owners = rows[starts]
    for rank in range(ranked.shape[1]):
        best = np.maximum.reduceat(work, starts)
        found = best >= 0
        ranked[owners[found], rank] = (m - 1) - best[found] % m
        work[work == best[segment]] = -1


def match_cohort(cohort: Cohort, config: MatchConfig, progress: Progress = _quiet,
                 ranks: Mapping[str, Sequence[str]] | RankTable | None = None) -> MatchResult:
    """Score every pair, solve for the configured objective, and explain every participant.

    `ranks` (participant id -> the ids of the other side they ranked, best first, at most 10;
    either role may rank) makes the objective rank-maximal whatever the configuration says; it
    is checked against the cohort (UsageError naming the participant). With the rank-maximal
    objective, matched people's cards carry `rank` and the summary `choices`.
    """
    from ementor_desktop.matching.explain import build_cards, summarise  # it imports this module

    table: RankTable | None = None
    if ranks is not None:
        table = ranks if isinstance(ranks, RankTable) else check_ranks(cohort, ranks)
        if config.objective != "rank-maximal":
            config = dataclasses.replace(config, objective="rank-maximal")
    elif config.objective == "rank-maximal":
        table = no_ranks(cohort)
    scored = score_cohort(cohort, config, progress)
    progress("solving", 0, 1)
    pair_ranks = table.for_pairs(scored.pairs) if table is not None else None
    assignment = solve(scored.pairs, config.objective, pair_ranks)
    progress("solving", 1, 1)
    cards = build_cards(scored, assignment, progress, table)
    summary = summarise(scored, assignment, cards, table)
    return MatchResult(cohort=cohort, config=config, scored=scored, assignment=assignment,
                       cards=cards, summary=summary, ranks=table)
