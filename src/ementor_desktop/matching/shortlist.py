"""Shortlists: the acceptable candidates each participant is offered, to rank or to ask.

Owns who appears on whose shortlist. To rank: each mentee's best acceptable mentors and each
mentor's best acceptable mentees, by score. Self-service: a capacitated assignment in which a
mentor with f free places is on at most f mentees' shortlists, solved exactly as a lexicographic
flow (as many waiting mentees as possible get someone to ask, then the highest total score).
Every entry carries its score and the same per-criterion sentences as a card. Never matches
anyone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ementor_desktop.errors import UsageError
from ementor_desktop.matching.cohort import Cohort
from ementor_desktop.matching.config import MatchConfig
from ementor_desktop.matching.engine import IntArray, Scored, score_cohort
from ementor_desktop.matching.explain import CriteriaWriter, points
from ementor_desktop.matching.lexicographic import solve_lexicographic
from ementor_desktop.matching.solver import CandidatePairs

MAX_LENGTH = 10


@dataclass(frozen=True)
class ShortlistEntry:
    """One candidate on a shortlist: who, the pair's score and its criteria as a card shows them."""

    candidate_id: str
    name: str
    score_milli: int
    criteria: list[dict[str, Any]]  # {name, contribution, weight, detail}, as on a card

    @property
    def score(self) -> float:
        return points(self.score_milli)

    def to_dict(self) -> dict[str, Any]:
        return {"candidate_id": self.candidate_id, "name": self.name, "score": self.score,
                "score_milli": self.score_milli, "criteria": self.criteria}


@dataclass(frozen=True)
class Shortlists:
    """Every mentee's shortlist (file order), and in rank mode every mentor's; best first."""

    length: int
    max_milli: int  # the best possible score: the sum of the criteria's weights
    self_service: bool
    mentees: dict[str, list[ShortlistEntry]]  # mentee id -> mentors offered (maybe none)
    mentors: dict[str, list[ShortlistEntry]] = field(default_factory=dict)  # rank mode only

    def to_dict(self) -> dict[str, Any]:
        return {"length": self.length, "max_points": points(self.max_milli),
                "self_service": self.self_service,
                "mentees": {pid: [e.to_dict() for e in entries]
                            for pid, entries in self.mentees.items()},
                "mentors": {pid: [e.to_dict() for e in entries]
                            for pid, entries in self.mentors.items()}}


def shortlists(subject: Scored | Cohort, config: MatchConfig, length: int,
               free_places: Mapping[str, int] | None = None) -> Shortlists:
    """The shortlists of a cohort (or of an already scored one, which must use `config`).

    Without `free_places` (to rank): each mentee gets up to `length` acceptable mentors and each
    mentor up to `length` acceptable mentees, highest score first (ties: file order). With
    `free_places` (mentor id -> free places; a mentor left out has none), self-service: only
    mentees get lists, each mentor appears on at most its free places' number of them, and the
    lists are chosen together: first as many mentees as possible get at least one mentor, then
    the highest total score. Pairs a hard rule forbids never appear.
    """
    if isinstance(length, bool) or not isinstance(length, int) or not 1 <= length <= MAX_LENGTH:
        raise UsageError(f"a shortlist holds 1 to {MAX_LENGTH} candidates, not {length!r}")
    if isinstance(subject, Scored):
        if subject.scorer.config != config:
            raise ValueError("the scored cohort was scored with another configuration")
        scored = subject
    else:
        scored = score_cohort(subject, config)
    scorer = scored.scorer
    pairs = scored.pairs
    writer = CriteriaWriter(scorer)
    max_milli = sum(config.weight_milli(c) for c in scorer.criteria)
    if free_places is None:
        mentee_keep = _best(pairs.mentee, pairs.mentor, pairs.score, length)
        mentor_keep = _best(pairs.mentor, pairs.mentee, pairs.score, length)
    else:
        mentee_keep = _self_service(pairs, _places(scored, free_places), length)
        mentor_keep = np.zeros(0, dtype=np.int64)
    chosen = np.concatenate([mentee_keep, mentor_keep])
    totals, criteria = writer.for_pairs(pairs.mentee[chosen].tolist(),
                                        pairs.mentor[chosen].tolist())
    entries = [(int(i), int(j), total, items) for i, j, total, items in
               zip(pairs.mentee[chosen], pairs.mentor[chosen], totals, criteria, strict=True)]
    mentees: dict[str, list[ShortlistEntry]] = {p.id: [] for p in scorer.mentees}
    for i, j, total, items in entries[: mentee_keep.size]:
        mentor = scorer.mentors[j]
        mentees[scorer.mentees[i].id].append(ShortlistEntry(mentor.id, mentor.name, total, items))
    mentors: dict[str, list[ShortlistEntry]] = {}
    if free_places is None:
        mentors = {p.id: [] for p in scorer.mentors}
        for i, j, total, items in entries[mentee_keep.size:]:
            mentee = scorer.mentees[i]
            mentors[scorer.mentors[j].id].append(
                ShortlistEntry(mentee.id, mentee.name, total, items))
    return Shortlists(length=length, max_milli=max_milli, self_service=free_places is not None,
                      mentees=mentees, mentors=mentors)


def _best(owner: IntArray, other: IntArray, score: IntArray, length: int) -> IntArray:
    """Indices of each owner's `length` best pairs, grouped by owner, best first (ties: the
    other side's file order)."""
    top = int(score.max(initial=0))
    if int(owner.max(initial=0)) * (top + 1) < 2**62:
        # Pairs are sorted by (mentee, mentor): a stable sort keeps the other side's file order.
        order = np.argsort(owner * (top + 1) + (top - score), kind="stable")
    else:
        order = np.lexsort((other, -score, owner))
    grouped = owner[order]
    first = np.searchsorted(grouped, grouped, side="left")
    return order[np.arange(order.size) - first < length].astype(np.int64)


def _places(scored: Scored, free_places: Mapping[str, int]) -> IntArray:
    index = {p.id: j for j, p in enumerate(scored.scorer.mentors)}
    places = np.zeros(len(index), dtype=np.int64)
    for pid, free in free_places.items():
        if pid not in index:
            raise UsageError(f"free places: no mentor has the id {pid!r}")
        if isinstance(free, bool) or not isinstance(free, int) or free < 0:
            raise UsageError(f"free places of {pid!r} must be a whole number from 0, "
                             f"not {free!r}")
        places[index[pid]] = free
    return places


def _self_service(pairs: CandidatePairs, places: IntArray, length: int) -> IntArray:
    """The pairs to offer: each mentee at most `length`, each mentor at most its free places.

    A flow: the source gives each mentee one unit worth a point (the first mentor offered) and
    `length - 1` more worth nothing, each pair carries one unit worth its score, each mentor
    passes on its free places to the sink; what is not offered goes straight to the sink.
    """
    n, m = pairs.n_mentees, places.size
    if pairs.size == 0 or n == 0:
        return np.zeros(0, dtype=np.int64)
    source, sink = n + m, n + m + 1
    mentees = np.arange(n, dtype=np.int64)
    total = n * length
    tails = np.concatenate([pairs.mentee, np.full(2 * n, source, dtype=np.int64),
                            n + np.arange(m, dtype=np.int64), [source]])
    heads = np.concatenate([n + pairs.mentor, mentees, mentees, np.full(m, sink, dtype=np.int64),
                            [sink]])
    caps = np.concatenate([np.ones(pairs.size, dtype=np.int64), np.ones(n, dtype=np.int64),
                           np.full(n, length - 1, dtype=np.int64), places, [total]])
    supplies = np.zeros(n + m + 2, dtype=np.int64)
    supplies[source], supplies[sink] = total, -total
    zeros = np.zeros(tails.size, dtype=np.int64)
    served = zeros.copy()
    served[pairs.size: pairs.size + n] = 1
    score = zeros.copy()
    score[: pairs.size] = pairs.score
    flows = solve_lexicographic(n + m + 2, tails.astype(np.int64), heads.astype(np.int64), caps,
                                supplies, [served, score])
    offered = np.flatnonzero(flows[: pairs.size] > 0)
    # Best first within each mentee, as without free places.
    order = np.lexsort((pairs.mentor[offered], -pairs.score[offered], pairs.mentee[offered]))
    return offered[order].astype(np.int64)
