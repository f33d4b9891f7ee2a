"""The cohort-wide optimiser: who is paired with whom, given the acceptable pairs and their scores.

Owns the objectives (max-matched, max-score, fairness, rank-maximal) as minimum-cost flow problems
solved by OR-Tools, and the greedy baseline they are measured against. Works on integer scores
(thousandths of a point) and ranks (places 1, 2, …) only; never scores or explains.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from ortools.graph.python import max_flow, min_cost_flow

from ementor_desktop.matching.lexicographic import residual_distances, solve_lexicographic

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
class PairRanks:
    """Per acceptable pair (same order as CandidatePairs): the place each side gave the other.

    Places count from 1 (first choice); 0 where that side did not rank the other.
    """

    mentee: IntArray  # the place the mentee gave the mentor
    mentor: IntArray  # the place the mentor gave the mentee


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


def solve(pairs: CandidatePairs, objective: str, ranks: PairRanks | None = None) -> Assignment:
    """The optimal assignment for `objective`; `ranks` is used by "rank-maximal" only."""
    if objective == "rank-maximal":
        return _rank_maximal(pairs, ranks)
    if objective == "max-matched":
        return _max_matched(pairs)
    if objective == "max-score":
        return _max_score(pairs)
    if objective == "fairness":
        return _fairness(pairs)
    raise ValueError(f"unknown objective {objective!r}")


# Large problems are solved on each mentee's best pairs first, then proved optimal for all pairs
# (see _exact); below this many pairs the whole problem is solved at once.
SPARSE_FROM = 400_000
KEEP_PER_MENTEE = 16
MAX_ROUNDS = 8
# Bellman-Ford rounds before giving up on the certificate and solving the whole problem instead.
MAX_RELAXATIONS = 2000


def _arcs(pairs: CandidatePairs, top: int, bypass: bool
          ) -> tuple[IntArray, IntArray, IntArray, IntArray]:
    """Tails, heads, capacities and unit costs of the flow network, pair arcs first.

    Nodes: mentees 0..n-1, mentors n..n+m-1, source n+m, sink n+m+1. Source -> mentee (1) ->
    acceptable mentor (1, cost top - score) -> sink (the mentor's capacity); with `bypass`, also
    mentee -> sink (1, cost top: unmatched, as if the score were 0).
    """
    n, m = pairs.n_mentees, pairs.capacity.size
    source, sink = n + m, n + m + 1
    mentees = np.arange(n, dtype=np.int64)
    mentors = n + np.arange(m, dtype=np.int64)
    tails = [pairs.mentee, np.full(n, source, dtype=np.int64), mentors]
    heads = [n + pairs.mentor, mentees, np.full(m, sink, dtype=np.int64)]
    caps = [np.ones(pairs.size, dtype=np.int64), np.ones(n, dtype=np.int64),
            pairs.capacity.astype(np.int64)]
    costs = [top - pairs.score, np.zeros(n, dtype=np.int64), np.zeros(m, dtype=np.int64)]
    if bypass:
        tails.append(mentees)
        heads.append(np.full(n, sink, dtype=np.int64))
        caps.append(np.ones(n, dtype=np.int64))
        costs.append(np.full(n, top, dtype=np.int64))
    return (np.concatenate(tails), np.concatenate(heads), np.concatenate(caps),
            np.concatenate(costs))


def _flow(pairs: CandidatePairs, top: int, bypass: bool) -> tuple[Assignment, IntArray]:
    """Solve one network; returns the assignment and the flow on every arc."""
    n, m = pairs.n_mentees, pairs.capacity.size
    tails, heads, caps, costs = _arcs(pairs, top, bypass)
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    flow.set_node_supply(n + m, n)
    flow.set_node_supply(n + m + 1, -n)
    # Without the bypass not every mentee can flow: take the largest flow, then the cheapest.
    status = flow.solve() if bypass else flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise SolverFailure(f"min-cost flow ended with status {status}")
    flows = flow.flows(np.arange(tails.size, dtype=np.int64))
    mentor_of = np.full(n, -1, dtype=np.int64)
    score_of = np.zeros(n, dtype=np.int64)
    used = flows[: pairs.size] > 0
    mentor_of[pairs.mentee[used]] = pairs.mentor[used]
    score_of[pairs.mentee[used]] = pairs.score[used]
    return Assignment(mentor_of=mentor_of, score_of=score_of), flows


def _exact(pairs: CandidatePairs, bypass: bool) -> Assignment:
    """The optimum over all pairs, solving on a few best pairs per mentee when that is enough.

    The restricted problem is solved, then node potentials are computed on its residual network
    (shortest distances; they exist because the restricted flow is optimal). If every left-out
    pair has a non-negative reduced cost under them, no left-out pair could improve the flow and
    the restricted optimum is the optimum of the whole problem; otherwise the offending pairs are
    added and the restricted problem solved again. Without the bypass, the largest-flow-first
    rule is checked as a circulation in which each unit through the sink back to the source earns
    more than any path can cost, so a larger matching also shows up as a negative reduced cost.
    """
    top = int(pairs.score.max())
    if pairs.size < SPARSE_FROM:
        return _flow(pairs, top, bypass)[0]
    keep = _best_per_mentee(pairs, top, KEEP_PER_MENTEE)
    cost = top - pairs.score
    for _ in range(MAX_ROUNDS):
        restricted = _subset(pairs, keep)
        assignment, flows = _flow(restricted, top, bypass)
        distance = _potentials(restricted, flows, top, bypass)
        if distance is None:
            break
        n = pairs.n_mentees
        better = ~keep & (distance[pairs.mentee] + cost < distance[n + pairs.mentor])
        if not better.any():
            return assignment
        keep |= better
    return _flow(pairs, top, bypass)[0]


def _subset(pairs: CandidatePairs, keep: npt.NDArray[np.bool_]) -> CandidatePairs:
    return CandidatePairs(mentee=pairs.mentee[keep], mentor=pairs.mentor[keep],
                          score=pairs.score[keep], n_mentees=pairs.n_mentees,
                          capacity=pairs.capacity)


def _best_per_mentee(pairs: CandidatePairs, top: int, count: int) -> npt.NDArray[np.bool_]:
    """Each mentee's `count` best-scoring pairs (pairs are sorted by mentee)."""
    order = np.argsort(pairs.mentee * (top + 1) + (top - pairs.score))
    mentee = pairs.mentee[order]
    first = np.searchsorted(mentee, mentee, side="left")
    keep = np.zeros(pairs.size, dtype=np.bool_)
    keep[order[np.arange(pairs.size) - first < count]] = True
    return keep


def _potentials(pairs: CandidatePairs, flows: IntArray, top: int,
                bypass: bool) -> IntArray | None:
    """Shortest distances in the residual network from a root joined to every node (Bellman-Ford,
    vectorised); None if they do not settle within the round limit."""
    n, m = pairs.n_mentees, pairs.capacity.size
    tails, heads, caps, costs = _arcs(pairs, top, bypass)
    if not bypass:
        big = (n + 1) * (top + 1)
        sent = int(flows[pairs.size: pairs.size + n].sum())
        tails = np.append(tails, n + m + 1)
        heads = np.append(heads, n + m)
        caps = np.append(caps, n)
        costs = np.append(costs, -big)
        flows = np.append(flows, sent)
    return residual_distances(n + m + 2, tails, heads, caps, costs, flows,
                              max_rounds=min(n + m + 3, MAX_RELAXATIONS))


def _max_matched(pairs: CandidatePairs) -> Assignment:
    """Most mentees matched; among those matchings the highest total score.

    With the number of matched mentees fixed at the maximum flow F, the cost sum(top - score) is
    F * top - total, so the cheapest maximum flow is the best-scoring largest matching.
    """
    if pairs.size == 0:
        return _unmatched(pairs)
    return _exact(pairs, bypass=False)


def _max_score(pairs: CandidatePairs) -> Assignment:
    """The highest total score, however many mentees that leaves unmatched.

    Every mentee sends one unit, either through a pair (cost top - score) or straight to the sink
    (cost top, as if the score were 0), so the minimum cost is n * top - the best total.
    """
    if pairs.size == 0:
        return _unmatched(pairs)
    return _exact(pairs, bypass=True)


def _unmatched(pairs: CandidatePairs) -> Assignment:
    return Assignment(mentor_of=np.full(pairs.n_mentees, -1, dtype=np.int64),
                      score_of=np.zeros(pairs.n_mentees, dtype=np.int64))


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
        return _unmatched(pairs)
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
    open_places = sum(left)
    waiting = pairs.n_mentees
    for i, j, s in zip(mentees, mentors, scores, strict=True):
        if taken[i] or left[j] == 0:
            continue
        taken[i] = True
        left[j] -= 1
        mentor_of[i] = j
        score_of[i] = s
        open_places -= 1
        waiting -= 1
        if open_places == 0 or waiting == 0:
            break
    return Assignment(mentor_of=mentor_of, score_of=score_of)


def _rank_maximal(pairs: CandidatePairs, ranks: PairRanks | None) -> Assignment:
    """Most mentees matched; then the rank profile lexicographically best; then the best total.

    The rank profile counts the choices obtained at each place: a pair counts once for each side
    who ranked the other, at the place that side gave. It is maximised lexicographically (most
    first choices, then most second choices, …), as one lexicographic minimum-cost flow whose
    objectives are, in order: one per pair (the number matched), one per place (the choices at
    that place a pair gives: 0, 1 or 2), and the pair's score (lexicographic.py says why it is
    exact).
    """
    if pairs.size == 0:
        return _unmatched(pairs)
    n, m = pairs.n_mentees, pairs.capacity.size
    source, sink = n + m, n + m + 1
    mentees = np.arange(n, dtype=np.int64)
    mentors = n + np.arange(m, dtype=np.int64)
    # Pair arcs first, so an objective's weights are the pair weights followed by zeros.
    tails = np.concatenate([pairs.mentee, np.full(n, source, dtype=np.int64), mentors, mentees])
    heads = np.concatenate([n + pairs.mentor, mentees, np.full(m, sink, dtype=np.int64),
                            np.full(n, sink, dtype=np.int64)])
    caps = np.concatenate([np.ones(pairs.size, dtype=np.int64), np.ones(n, dtype=np.int64),
                           pairs.capacity.astype(np.int64), np.ones(n, dtype=np.int64)])
    supplies = np.zeros(n + m + 2, dtype=np.int64)
    supplies[source], supplies[sink] = n, -n
    padding = np.zeros(tails.size - pairs.size, dtype=np.int64)
    objectives = [np.ones(pairs.size, dtype=np.int64)]
    if ranks is not None:
        deepest = int(max(ranks.mentee.max(initial=0), ranks.mentor.max(initial=0)))
        for place in range(1, deepest + 1):
            objectives.append((ranks.mentee == place).astype(np.int64)
                              + (ranks.mentor == place).astype(np.int64))
    objectives.append(pairs.score.astype(np.int64))
    prefer = None
    if pairs.size >= SPARSE_FROM:
        # Solve on the ranked pairs and each mentee's best ones first, then prove it (as _exact).
        ranked = (ranks.mentee > 0) | (ranks.mentor > 0) if ranks is not None else False
        best = _best_per_mentee(pairs, int(pairs.score.max()), KEEP_PER_MENTEE)
        prefer = np.concatenate([best | ranked, np.ones(padding.size, dtype=np.bool_)])
    flows = solve_lexicographic(n + m + 2, tails, heads, caps, supplies,
                                [np.concatenate([w, padding]) for w in objectives], prefer)
    used = flows[: pairs.size] > 0
    mentor_of = np.full(n, -1, dtype=np.int64)
    score_of = np.zeros(n, dtype=np.int64)
    mentor_of[pairs.mentee[used]] = pairs.mentor[used]
    score_of[pairs.mentee[used]] = pairs.score[used]
    return Assignment(mentor_of=mentor_of, score_of=score_of)
