"""The cohort-wide optimiser: who is paired with whom, given the acceptable pairs and their scores.

Owns the objectives (max-matched, max-score, fairness) as minimum-cost flow problems solved by
OR-Tools, and the greedy baseline they are measured against. Works on integer scores (thousandths
of a point) only; never scores or explains.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from ortools.graph.python import max_flow, min_cost_flow

IntArray = npt.NDArray[np.int64]

SOLVER_NAME = "OR-Tools SimpleMinCostFlow"


class SolverFailure(RuntimeError):
    """The flow solver reported something other than an optimum: a bug, never a user error."""


@dataclass(frozen=True)
class CandidatePairs:
    """The acceptable pairs: parallel arrays, sorted by (mentee, mentor), scores >= 0."""

    mentee: IntArray
    mentor: IntArray
    score: IntArray
    n_mentees: int
    capacity: IntArray  # per mentor

    @property
    def size(self) -> int:
        return int(self.mentee.size)


@dataclass(frozen=True)
class Assignment:
    """The mentor index of each mentee (-1: unmatched) and the chosen pair's score."""

    mentor_of: IntArray
    score_of: IntArray  # 0 where unmatched

    @property
    def matched(self) -> int:
        return int(np.count_nonzero(self.mentor_of >= 0))

    @property
    def total(self) -> int:
        return int(self.score_of[self.mentor_of >= 0].sum())

    @property
    def worst(self) -> int | None:
        chosen = self.score_of[self.mentor_of >= 0]
        return int(chosen.min()) if chosen.size else None


def solve(pairs: CandidatePairs, objective: str) -> Assignment:
    if objective == "max-matched":
        return _max_matched(pairs)
    if objective == "max-score":
        return _max_score(pairs)
    if objective == "fairness":
        return _fairness(pairs)
    raise ValueError(f"unknown objective {objective!r}")


def _network(pairs: CandidatePairs, cost: IntArray) -> tuple[min_cost_flow.SimpleMinCostFlow,
                                                             int, int]:
    """Source -> each mentee (1 place) -> acceptable mentors (1) -> sink (mentor's capacity)."""
    n, m = pairs.n_mentees, pairs.capacity.size
    source, sink = n + m, n + m + 1
    flow = min_cost_flow.SimpleMinCostFlow()
    # The pair arcs go in first so that arc k is pair k.
    flow.add_arcs_with_capacity_and_unit_cost(
        pairs.mentee, n + pairs.mentor, np.ones(pairs.size, dtype=np.int64), cost)
    flow.add_arcs_with_capacity_and_unit_cost(
        np.full(n, source, dtype=np.int64), np.arange(n, dtype=np.int64),
        np.ones(n, dtype=np.int64), np.zeros(n, dtype=np.int64))
    flow.add_arcs_with_capacity_and_unit_cost(
        n + np.arange(m, dtype=np.int64), np.full(m, sink, dtype=np.int64),
        pairs.capacity.astype(np.int64), np.zeros(m, dtype=np.int64))
    return flow, source, sink


def _read(flow: min_cost_flow.SimpleMinCostFlow, pairs: CandidatePairs) -> Assignment:
    mentor_of = np.full(pairs.n_mentees, -1, dtype=np.int64)
    score_of = np.zeros(pairs.n_mentees, dtype=np.int64)
    if pairs.size:
        used = flow.flows(np.arange(pairs.size, dtype=np.int64)) > 0
        mentor_of[pairs.mentee[used]] = pairs.mentor[used]
        score_of[pairs.mentee[used]] = pairs.score[used]
    return Assignment(mentor_of=mentor_of, score_of=score_of)


def _max_matched(pairs: CandidatePairs) -> Assignment:
    """Most mentees matched; among those matchings the highest total score.

    With the number of matched mentees fixed at the maximum flow F, the cost sum(top - score) is
    F * top - total, so the cheapest maximum flow is the best-scoring largest matching.
    """
    if pairs.size == 0:
        return _read(min_cost_flow.SimpleMinCostFlow(), pairs)
    top = int(pairs.score.max())
    flow, source, sink = _network(pairs, top - pairs.score)
    flow.set_node_supply(source, pairs.n_mentees)
    flow.set_node_supply(sink, -pairs.n_mentees)
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise SolverFailure(f"min-cost flow ended with status {status}")
    return _read(flow, pairs)


def _max_score(pairs: CandidatePairs) -> Assignment:
    """The highest total score, however many mentees that leaves unmatched.

    Every mentee sends one unit, either through a pair (cost top - score) or straight to the sink
    (cost top, as if the score were 0), so the minimum cost is n * top - the best total.
    """
    if pairs.size == 0:
        return _read(min_cost_flow.SimpleMinCostFlow(), pairs)
    top = int(pairs.score.max())
    n = pairs.n_mentees
    flow, source, sink = _network(pairs, top - pairs.score)
    flow.add_arcs_with_capacity_and_unit_cost(
        np.arange(n, dtype=np.int64), np.full(n, sink, dtype=np.int64),
        np.ones(n, dtype=np.int64), np.full(n, top, dtype=np.int64))
    flow.set_node_supply(source, n)
    flow.set_node_supply(sink, -n)
    status = flow.solve()
    if status != flow.OPTIMAL:
        raise SolverFailure(f"min-cost flow ended with status {status}")
    return _read(flow, pairs)


def max_matchable(pairs: CandidatePairs, keep: npt.NDArray[np.bool_] | None = None) -> int:
    """The largest number of mentees that can be matched using the pairs where `keep` is true."""
    n, m = pairs.n_mentees, pairs.capacity.size
    source, sink = n + m, n + m + 1
    mentee = pairs.mentee if keep is None else pairs.mentee[keep]
    mentor = pairs.mentor if keep is None else pairs.mentor[keep]
    if mentee.size == 0:
        return 0
    graph = max_flow.SimpleMaxFlow()
    graph.add_arcs_with_capacity(mentee, n + mentor, np.ones(mentee.size, dtype=np.int64))
    graph.add_arcs_with_capacity(np.full(n, source, dtype=np.int64), np.arange(n, dtype=np.int64),
                                 np.ones(n, dtype=np.int64))
    graph.add_arcs_with_capacity(n + np.arange(m, dtype=np.int64), np.full(m, sink, dtype=np.int64),
                                 pairs.capacity.astype(np.int64))
    status = graph.solve(source, sink)
    if status != graph.OPTIMAL:
        raise SolverFailure(f"max flow ended with status {status}")
    return int(graph.optimal_flow())


def _fairness(pairs: CandidatePairs) -> Assignment:
    """Most mentees matched; then the worst chosen pair as good as possible; then the best total.

    The worst pair's score is raised by bisection over the distinct scores: the highest threshold
    that still lets the maximum number of mentees be matched using only pairs at or above it.
    """
    if pairs.size == 0:
        return _read(min_cost_flow.SimpleMinCostFlow(), pairs)
    best = max_matchable(pairs)
    levels = np.unique(pairs.score)
    lo, hi = 0, levels.size - 1  # levels[lo] always works (it keeps every pair)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if max_matchable(pairs, pairs.score >= levels[mid]) == best:
            lo = mid
        else:
            hi = mid - 1
    keep = pairs.score >= levels[lo]
    kept = CandidatePairs(mentee=pairs.mentee[keep], mentor=pairs.mentor[keep],
                          score=pairs.score[keep], n_mentees=pairs.n_mentees,
                          capacity=pairs.capacity)
    return _max_matched(kept)


def greedy(pairs: CandidatePairs) -> Assignment:
    """The baseline: take pairs best score first, skipping a taken mentee or a full mentor.

    What a coordinator does by hand, and what "first mentor to accept wins" amounts to; it can
    leave people unmatched whom the optimiser pairs. Ties go to the lower mentee, then mentor.
    """
    order = np.lexsort((pairs.mentor, pairs.mentee, -pairs.score))
    mentor_of = np.full(pairs.n_mentees, -1, dtype=np.int64)
    score_of = np.zeros(pairs.n_mentees, dtype=np.int64)
    left = pairs.capacity.astype(np.int64).tolist()
    mentees = pairs.mentee[order].tolist()
    mentors = pairs.mentor[order].tolist()
    scores = pairs.score[order].tolist()
    taken = [False] * pairs.n_mentees
    for i, j, s in zip(mentees, mentors, scores, strict=True):
        if taken[i] or left[j] == 0:
            continue
        taken[i] = True
        left[j] -= 1
        mentor_of[i] = j
        score_of[i] = s
    return Assignment(mentor_of=mentor_of, score_of=score_of)
