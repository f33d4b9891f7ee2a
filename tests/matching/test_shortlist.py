"""Shortlists: best acceptable candidates to rank; self-service lists that respect free places and
are optimal (brute force); the same criteria sentences as a card."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ementor_desktop.errors import UsageError
from ementor_desktop.matching.cohort import parse_cohort
from ementor_desktop.matching.config import MatchConfig, config_from_dict
from ementor_desktop.matching.engine import match_cohort, score_cohort
from ementor_desktop.matching.shortlist import _self_service, shortlists
from ementor_desktop.matching.solver import CandidatePairs
from tests.matching.cohorts import csv_text, random_cohort, row
from tests.matching.test_solver import pairs_of


def acceptable(scored: Any) -> dict[tuple[str, str], int]:
    scorer = scored.scorer
    return {(scorer.mentees[i].id, scorer.mentors[j].id): s for i, j, s in
            zip(scored.pairs.mentee.tolist(), scored.pairs.mentor.tolist(),
                scored.pairs.score.tolist(), strict=True)}


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10_000), mentees=st.integers(1, 25), mentors=st.integers(1, 10),
       length=st.integers(1, 10))
def test_lists_to_rank_are_each_sides_best_acceptable_candidates(
        seed: int, mentees: int, mentors: int, length: int) -> None:
    cohort = parse_cohort(random_cohort(seed, mentees, mentors, exclusions=0.3))
    scored = score_cohort(cohort, MatchConfig())
    lists = shortlists(scored, MatchConfig(), length)
    allowed = acceptable(scored)
    mentor_order = {p.id: j for j, p in enumerate(cohort.mentors)}
    mentee_order = {p.id: i for i, p in enumerate(cohort.mentees)}
    assert list(lists.mentees) == [p.id for p in cohort.mentees]
    assert list(lists.mentors) == [p.id for p in cohort.mentors]
    for mentee in cohort.mentees:
        expected = sorted((m for (e, m) in allowed if e == mentee.id),
                          key=lambda m: (-allowed[(mentee.id, m)], mentor_order[m]))[:length]
        got = lists.mentees[mentee.id]
        assert [entry.candidate_id for entry in got] == expected
        assert [entry.score_milli for entry in got] == [allowed[(mentee.id, m)] for m in expected]
    for mentor in cohort.mentors:
        expected = sorted((e for (e, m) in allowed if m == mentor.id),
                          key=lambda e: (-allowed[(e, mentor.id)], mentee_order[e]))[:length]
        assert [entry.candidate_id for entry in lists.mentors[mentor.id]] == expected


def test_entries_explain_like_the_card() -> None:
    cohort = parse_cohort(random_cohort(7, 30, 10, exclusions=0.0))
    result = match_cohort(cohort, MatchConfig())
    lists = shortlists(cohort, MatchConfig(), 10)
    compared = 0
    for card in result.cards:
        if card["role"] != "mentee" or card["matched_with"] is None:
            continue
        entry = next(e for e in lists.mentees[card["participant_id"]]
                     if e.candidate_id == card["matched_with"])
        assert entry.criteria == card["criteria"]
        assert entry.score == card["score"]
        assert entry.name == card["matched_with_name"]
        assert sum(round(item["contribution"] * 1000) for item in entry.criteria) == \
            entry.score_milli
        compared += 1
    assert compared >= 5
    assert lists.max_milli == 11_000
    as_dict = lists.to_dict()
    assert as_dict["length"] == 10 and as_dict["self_service"] is False
    first = next(iter(as_dict["mentees"].values()))[0]
    assert set(first) == {"candidate_id", "name", "score", "score_milli", "criteria"}


def test_self_service_lists_respect_free_places() -> None:
    cohort = parse_cohort(random_cohort(5, 60, 12, max_capacity=3))
    free = {p.id: p.capacity for p in cohort.mentors[:8]}  # the last four are full
    lists = shortlists(cohort, MatchConfig(), 3, free_places=free)
    assert lists.self_service and lists.mentors == {}
    appearances: dict[str, int] = {}
    allowed = acceptable(score_cohort(cohort, MatchConfig()))
    for mentee_id, entries in lists.mentees.items():
        assert len(entries) <= 3
        scores = [e.score_milli for e in entries]
        assert scores == sorted(scores, reverse=True)
        for entry in entries:
            assert (mentee_id, entry.candidate_id) in allowed
            appearances[entry.candidate_id] = appearances.get(entry.candidate_id, 0) + 1
    assert appearances
    for mentor_id, count in appearances.items():
        assert count <= free.get(mentor_id, 0)


def test_a_mentor_with_one_place_is_offered_to_the_one_who_needs_them() -> None:
    # Ana could ask Xena or Yann; Bo only Xena, who has one free place. Xena goes on Bo's list.
    cohort = parse_cohort(csv_text([
        row("ana", "mentee", wants="python:3", timezone="Europe/London"),
        row("bo", "mentee", wants="sql:3", timezone="Asia/Tokyo"),
        row("xena", "mentor", skills="python:5;sql:5", timezone="Europe/London", capacity="1"),
        row("yann", "mentor", skills="python:3", timezone="America/New_York", capacity="1"),
    ]))
    lists = shortlists(cohort, MatchConfig(), 2, free_places={"xena": 1, "yann": 1})
    assert [e.candidate_id for e in lists.mentees["ana"]] == ["yann"]
    assert [e.candidate_id for e in lists.mentees["bo"]] == ["xena"]
    # Without free places (to rank), Ana sees both, best first.
    ranked = shortlists(cohort, MatchConfig(), 2)
    assert [e.candidate_id for e in ranked.mentees["ana"]] == ["xena", "yann"]
    assert [e.candidate_id for e in ranked.mentors["xena"]] == ["ana", "bo"]
    assert [e.candidate_id for e in ranked.mentors["yann"]] == ["ana"]


def brute_force(pairs: CandidatePairs, places: list[int], length: int) -> tuple[int, int]:
    """(mentees with at least one mentor, total score) of the best set of listed pairs."""
    best = (0, 0)
    n = pairs.n_mentees
    for keep in itertools.product((False, True), repeat=pairs.size):
        chosen = [k for k in range(pairs.size) if keep[k]]
        per_mentee = [0] * n
        per_mentor = [0] * len(places)
        for k in chosen:
            per_mentee[int(pairs.mentee[k])] += 1
            per_mentor[int(pairs.mentor[k])] += 1
        if max(per_mentee, default=0) > length or \
                any(u > f for u, f in zip(per_mentor, places, strict=True)):
            continue
        value = (sum(1 for c in per_mentee if c), sum(int(pairs.score[k]) for k in chosen))
        best = max(best, value)
    return best


@st.composite
def offer_problems(draw: st.DrawFn) -> tuple[CandidatePairs, list[int], int]:
    n = draw(st.integers(1, 4))
    m = draw(st.integers(1, 3))
    places = draw(st.lists(st.integers(0, 3), min_size=m, max_size=m))
    edges = [(i, j, draw(st.integers(0, 20))) for i in range(n) for j in range(m)
             if draw(st.booleans())]
    return pairs_of(edges, n, [1] * m), places, draw(st.integers(1, 3))


@settings(max_examples=300, deadline=None)
@given(problem=offer_problems())
def test_self_service_is_optimal_against_brute_force(
        problem: tuple[CandidatePairs, list[int], int]) -> None:
    pairs, places, length = problem
    chosen = _self_service(pairs, np.array(places, dtype=np.int64), length)
    assert len(set(chosen.tolist())) == chosen.size
    per_mentee = np.bincount(pairs.mentee[chosen], minlength=pairs.n_mentees)
    per_mentor = np.bincount(pairs.mentor[chosen], minlength=len(places))
    assert per_mentee.max(initial=0) <= length
    assert all(int(u) <= f for u, f in zip(per_mentor, places, strict=True))
    value = (int(np.count_nonzero(per_mentee)), int(pairs.score[chosen].sum()))
    assert value == brute_force(pairs, places, length)


def test_a_mentor_left_out_of_free_places_has_none() -> None:
    cohort = parse_cohort(random_cohort(2, 20, 5))
    lists = shortlists(cohort, MatchConfig(), 5, free_places={cohort.mentors[0].id: 20})
    offered = {e.candidate_id for entries in lists.mentees.values() for e in entries}
    assert offered <= {cohort.mentors[0].id}


@pytest.mark.parametrize(("length", "free", "message"), [
    (0, None, "a shortlist holds 1 to 10 candidates, not 0"),
    (11, None, "a shortlist holds 1 to 10 candidates, not 11"),
    (3, {"nobody": 1}, "free places: no mentor has the id 'nobody'"),
    (3, {"m1": -1}, "free places of 'm1' must be a whole number from 0, not -1"),
    (3, {"e1": 1}, "free places: no mentor has the id 'e1'"),
])
def test_bad_requests_are_named(length: int, free: dict[str, int] | None, message: str) -> None:
    cohort = parse_cohort(csv_text([row("e1", "mentee", wants="sql:1"),
                                    row("m1", "mentor", skills="sql:2")]))
    with pytest.raises(UsageError) as caught:
        shortlists(cohort, MatchConfig(), length, free_places=free)
    assert str(caught.value) == message


def test_a_scored_cohort_must_match_the_configuration() -> None:
    cohort = parse_cohort(random_cohort(1, 5, 3))
    scored = score_cohort(cohort, MatchConfig())
    with pytest.raises(ValueError, match="another configuration"):
        shortlists(scored, config_from_dict({"weights": {"skills": 1}}), 3)


def test_nobody_acceptable_gives_empty_lists_for_everyone() -> None:
    cohort = parse_cohort(csv_text([row("e1", "mentee", wants="sql:1", languages="fr"),
                                    row("m1", "mentor", skills="sql:2")]))
    assert shortlists(cohort, MatchConfig(), 3).to_dict()["mentees"] == {"e1": []}
    lists = shortlists(cohort, MatchConfig(), 3, free_places={"m1": 2})
    assert lists.mentees == {"e1": []} and lists.mentors == {}
