"""The rank-maximal objective: brute force on small problems (cardinality, then the rank profile,
then the score), the staged path against the one-stage path, hard rules, cards and summary."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ementor_desktop.errors import UsageError
from ementor_desktop.matching import lexicographic, solver
from ementor_desktop.matching.cohort import parse_cohort
from ementor_desktop.matching.config import MatchConfig, config_from_dict
from ementor_desktop.matching.engine import match_cohort, score_cohort
from ementor_desktop.matching.explain import format_summary, ordinal
from ementor_desktop.matching.ranks import MAX_PLACES, check_ranks, parse_ranks
from ementor_desktop.matching.solver import Assignment, CandidatePairs, PairRanks, solve
from tests.matching.cohorts import csv_text, random_cohort, row
from tests.matching.test_solver import is_feasible, pairs_of

Value = tuple[int, tuple[int, ...], int]
REAL_COST_LIMIT = lexicographic.cost_limit


def profile(pairs: CandidatePairs, ranks: PairRanks, chosen: list[int], depth: int
            ) -> tuple[int, ...]:
    """Choices obtained at places 1..depth by the chosen pair indices."""
    counts = [0] * depth
    for k in chosen:
        for place in (int(ranks.mentee[k]), int(ranks.mentor[k])):
            if place:
                counts[place - 1] += 1
    return tuple(counts)


def value_of(pairs: CandidatePairs, ranks: PairRanks, result: Assignment, depth: int) -> Value:
    index = {(int(i), int(j)): k for k, (i, j) in
             enumerate(zip(pairs.mentee, pairs.mentor, strict=True))}
    chosen = [index[(i, j)] for i, j in enumerate(result.mentor_of.tolist()) if j >= 0]
    return (len(chosen), profile(pairs, ranks, chosen, depth), result.total)


def brute_force(pairs: CandidatePairs, ranks: PairRanks, depth: int) -> Value:
    """The best (matched, rank profile, total score) over every matching, lexicographically."""
    options: list[list[int]] = [[-1] for _ in range(pairs.n_mentees)]
    for k, i in enumerate(pairs.mentee.tolist()):
        options[i].append(k)
    best: Value | None = None
    capacity = pairs.capacity.tolist()
    for choice in itertools.product(*options):
        chosen = [k for k in choice if k >= 0]
        used = [0] * len(capacity)
        for k in chosen:
            used[int(pairs.mentor[k])] += 1
        if any(u > c for u, c in zip(used, capacity, strict=True)):
            continue
        candidate = (len(chosen), profile(pairs, ranks, chosen, depth),
                     sum(int(pairs.score[k]) for k in chosen))
        if best is None or candidate > best:
            best = candidate
    assert best is not None
    return best


@st.composite
def ranked_problems(draw: st.DrawFn, mentors: int = 3, top: int = 20
                    ) -> tuple[CandidatePairs, PairRanks, int]:
    """Small problems with rankings: some ranked pairs are not acceptable (a hard rule)."""
    n = draw(st.integers(1, 5))
    m = draw(st.integers(1, mentors))
    capacity = draw(st.lists(st.integers(0, 2), min_size=m, max_size=m))
    edges = [(i, j, draw(st.integers(0, top))) for i in range(n) for j in range(m)
             if draw(st.booleans())]
    pairs = pairs_of(edges, n, capacity)
    mentee_lists = [draw(st.permutations(range(m)))[: draw(st.integers(0, m))] for _ in range(n)]
    mentor_lists = [draw(st.permutations(range(n)))[: draw(st.integers(0, n))] for _ in range(m)]
    mentee_place = np.zeros(pairs.size, dtype=np.int64)
    mentor_place = np.zeros(pairs.size, dtype=np.int64)
    for k, (i, j) in enumerate(zip(pairs.mentee.tolist(), pairs.mentor.tolist(), strict=True)):
        if j in mentee_lists[i]:
            mentee_place[k] = mentee_lists[i].index(j) + 1
        if i in mentor_lists[j]:
            mentor_place[k] = mentor_lists[j].index(i) + 1
    depth = max(n, m)
    return pairs, PairRanks(mentee=mentee_place, mentor=mentor_place), depth


@settings(max_examples=300, deadline=None)
@given(problem=ranked_problems())
def test_rank_maximal_against_brute_force(problem: tuple[CandidatePairs, PairRanks, int]) -> None:
    pairs, ranks, depth = problem
    result = solve(pairs, "rank-maximal", ranks)
    assert is_feasible(pairs, result)
    assert value_of(pairs, ranks, result, depth) == brute_force(pairs, ranks, depth)


def narrow(monkeypatch: pytest.MonkeyPatch, limit: int) -> list[int]:
    """Make the solver's cost range `limit`, and record the largest cost each stage hands to
    OR-Tools."""
    monkeypatch.setattr(lexicographic, "cost_limit", lambda nodes: limit)
    seen: list[int] = []
    original = lexicographic._stage

    def recording(*args: Any, **kwargs: Any) -> Any:
        costs, free = args[5], args[6]
        seen.append(int(np.abs(costs[free]).max(initial=0)))
        return original(*args, **kwargs)

    monkeypatch.setattr(lexicographic, "_stage", recording)
    return seen


@pytest.fixture
def tiny_cost_range(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """So small (scores here are at most 20) that most objectives get a stage of their own."""
    return narrow(monkeypatch, 25)


# The fixture's patch holds for every example; its record is cleared at the start of each.
@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(problem=ranked_problems())
def test_the_staged_path_against_brute_force(problem: tuple[CandidatePairs, PairRanks, int],
                                             tiny_cost_range: list[int]) -> None:
    pairs, ranks, depth = problem
    tiny_cost_range.clear()
    result = solve(pairs, "rank-maximal", ranks)
    assert is_feasible(pairs, result)
    assert value_of(pairs, ranks, result, depth) == brute_force(pairs, ranks, depth)
    assert all(cost <= 25 for cost in tiny_cost_range)


@pytest.fixture
def certified(monkeypatch: pytest.MonkeyPatch) -> None:
    """Force the restricted-then-proved path with one preferred pair per mentee (and the ranked
    ones), as on large cohorts."""
    monkeypatch.setattr(solver, "SPARSE_FROM", 0)
    monkeypatch.setattr(solver, "KEEP_PER_MENTEE", 1)


@pytest.mark.usefixtures("certified")
@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(problem=ranked_problems(mentors=4, top=3), limit=st.sampled_from([3, 5, 8, 10**9]))
def test_the_certified_path_against_brute_force(
        problem: tuple[CandidatePairs, PairRanks, int], limit: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Often in several stages too, so that a later stage must start from arcs an earlier one
    # added to its restricted solve.
    monkeypatch.setattr(lexicographic, "cost_limit", lambda nodes: limit)
    pairs, ranks, depth = problem
    result = solve(pairs, "rank-maximal", ranks)
    assert is_feasible(pairs, result)
    assert value_of(pairs, ranks, result, depth) == brute_force(pairs, ranks, depth)


@pytest.mark.usefixtures("certified")
@pytest.mark.parametrize("seed", range(3))
def test_the_certified_path_agrees_with_solving_everything(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    cohort = parse_cohort(random_cohort(seed, 60, 15, max_capacity=3))
    ranks = seeded_ranks(cohort, seed, depth=3)
    rounds: list[int] = []
    original = lexicographic._solve_on

    def counting(*args: Any, **kwargs: Any) -> Any:
        rounds.append(int(args[6].sum()))
        return original(*args, **kwargs)

    monkeypatch.setattr(lexicographic, "_solve_on", counting)
    certified = match_cohort(cohort, MatchConfig(), ranks=ranks)
    assert min(rounds) < certified.scored.pairs.size  # some solve really was restricted
    monkeypatch.setattr(solver, "SPARSE_FROM", 10**9)
    whole = match_cohort(cohort, MatchConfig(), ranks=ranks)
    assert certified.summary["choices"] == whole.summary["choices"]
    assert (certified.assignment.matched, certified.assignment.total) == \
        (whole.assignment.matched, whole.assignment.total)


def test_staging_really_happens_and_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    cohort = parse_cohort(random_cohort(4, 40, 12, max_capacity=3))
    ranks = seeded_ranks(cohort, seed=4, depth=3)
    seen = narrow(monkeypatch, 11_000)  # the best possible score: it still fits alone
    staged = match_cohort(cohort, MatchConfig(), ranks=ranks)
    assert len(seen) >= 2
    assert all(cost <= 11_000 for cost in seen)
    monkeypatch.undo()
    seen = narrow(monkeypatch, REAL_COST_LIMIT(54))
    whole = match_cohort(cohort, MatchConfig(), ranks=ranks)
    assert len(seen) == 1  # small enough for one stage
    assert staged.summary["choices"] == whole.summary["choices"]
    assert (staged.assignment.matched, staged.assignment.total) == \
        (whole.assignment.matched, whole.assignment.total)


def seeded_ranks(cohort: Any, seed: int, depth: int) -> dict[str, list[str]]:
    """Rankings as people might give them: a few of the other side, in any order."""
    import random

    rng = random.Random(seed)
    mentors = [p.id for p in cohort.mentors]
    mentees = [p.id for p in cohort.mentees]
    ranks: dict[str, list[str]] = {}
    for person in cohort.mentees:
        if rng.random() < 0.8:
            ranks[person.id] = rng.sample(mentors, min(depth, len(mentors)))
    for person in cohort.mentors:
        if rng.random() < 0.5:
            ranks[person.id] = rng.sample(mentees, min(depth, len(mentees)))
    return ranks


def test_a_natural_cohort_needs_several_stages_and_stays_in_range(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # 300 mentees ranking 10 deep: merging all 12 objectives would need far more than 63 bits.
    seen: list[tuple[int, int]] = []
    original = lexicographic._stage

    def recording(*args: Any, **kwargs: Any) -> Any:
        n_nodes, costs, free = args[0], args[5], args[6]
        seen.append((int(np.abs(costs[free]).max(initial=0)), lexicographic.cost_limit(n_nodes)))
        return original(*args, **kwargs)

    monkeypatch.setattr(lexicographic, "_stage", recording)
    cohort = parse_cohort(random_cohort(8, 300, 60, max_capacity=6, exclusions=0.0))
    ranks = seeded_ranks(cohort, seed=8, depth=MAX_PLACES)
    result = match_cohort(cohort, MatchConfig(), ranks=ranks)
    assert len(seen) >= 2
    assert all(cost <= limit for cost, limit in seen)
    plain = solve(result.scored.pairs, "max-matched")
    assert result.assignment.matched == plain.matched  # cardinality first


# A mentee's best-scoring mentor is not her first choice; the optimiser follows the choice.
CHOICE = csv_text([
    row("ana", "mentee", wants="python:3", timezone="Europe/London", name="Ana"),
    row("bo", "mentee", wants="python:3", timezone="Europe/London", name="Bo"),
    row("xena", "mentor", skills="python:5", timezone="Europe/London", capacity="1"),
    row("yann", "mentor", skills="python:3", timezone="America/New_York", capacity="1",
        exclude="bo"),
    row("zoe", "mentor", skills="python:5", timezone="Europe/London", capacity="1"),
])


def cards_by_id(result: Any) -> dict[str, dict[str, Any]]:
    return {card["participant_id"]: card for card in result.cards}


def test_first_choices_win_over_scores_and_cards_say_so() -> None:
    cohort = parse_cohort(CHOICE)
    by_score = cards_by_id(match_cohort(cohort, MatchConfig()))
    assert by_score["ana"]["matched_with"] in ("xena", "zoe")
    ranks = {"ana": ["yann", "xena"], "bo": ["zoe"], "xena": ["bo"]}
    result = match_cohort(cohort, MatchConfig(), ranks=ranks)
    cards = cards_by_id(result)
    assert cards["ana"]["matched_with"] == "yann"
    assert cards["ana"]["rank"] == 1
    assert cards["ana"]["summary"].endswith("; your 1st choice.")
    # Bo's first choice (zoe) against xena's first choice (bo): one each either way, so the
    # score decides; both are rank 1 for someone.
    assert cards["bo"]["matched_with"] in ("zoe", "xena")
    assert result.summary["objective"] == "rank-maximal"
    assert result.config.objective == "rank-maximal"
    choices = result.summary["choices"]
    assert choices["ranked"] == {"mentee": 2, "mentor": 1}
    assert choices["obtained"][0]["total"] == 2
    # Bo with zoe leaves xena's choice out; Bo with xena leaves Bo's: one of them goes without.
    assert choices["none"]["mentee"] + choices["none"]["mentor"] == 1
    text = format_summary(result.summary)
    assert text.splitlines()[0].endswith("(rank-maximal objective); 2 of 3 mentors used, "
                                         "2 of 3 places filled.")
    assert text.splitlines()[1].startswith("Choices: 3 ranked (2 mentees, 1 mentor); 2 got "
                                           "their 1st choice")


def test_a_ranked_pair_a_hard_rule_forbids_stays_out() -> None:
    cohort = parse_cohort(CHOICE)
    result = match_cohort(cohort, MatchConfig(), ranks={"bo": ["yann"], "yann": ["bo"]})
    cards = cards_by_id(result)
    assert cards["bo"]["matched_with"] != "yann"  # yann excludes bo
    assert "rank" not in cards["bo"]
    assert cards["bo"]["summary"].endswith("; not one of your ranked choices.")
    assert result.summary["choices"]["none"] == {"mentee": 1, "mentor": 1}
    assert cards["yann"]["matched_with"] == []


def test_mentor_cards_carry_the_rank_of_each_pair() -> None:
    cohort = parse_cohort(csv_text([
        row("e1", "mentee", wants="sql:2"),
        row("e2", "mentee", wants="sql:2"),
        row("e3", "mentee", wants="sql:2"),
        row("m1", "mentor", skills="sql:4", capacity="2"),
        row("m2", "mentor", skills="sql:4", capacity="1"),
    ]))
    result = match_cohort(cohort, MatchConfig(), ranks={"m1": ["e3", "e1"], "e2": ["m2"]})
    cards = cards_by_id(result)
    assert cards["m1"]["matched_with"] == ["e1", "e3"]
    assert cards["m1"]["pairs"] == [{"mentee_id": "e1", "score": cards["e1"]["score"], "rank": 2},
                                    {"mentee_id": "e3", "score": cards["e3"]["score"], "rank": 1}]
    assert cards["m1"]["summary"].endswith(
        "Your 2nd choice: e1 (e1); your 1st choice: e3 (e3).")
    assert "rank" not in cards["e1"]  # e1 ranked nobody
    assert cards["e2"]["rank"] == 1
    assert result.summary["choices"]["obtained"] == [
        {"rank": 1, "mentee": 1, "mentor": 1, "total": 2},
        {"rank": 2, "mentee": 0, "mentor": 1, "total": 1}]


def test_without_ranks_the_objective_is_max_matched_by_score() -> None:
    cohort = parse_cohort(random_cohort(3, 40, 12))
    config = config_from_dict({"objective": "rank-maximal"})
    result = match_cohort(cohort, config)
    plain = match_cohort(cohort, MatchConfig())
    assert (result.assignment.matched, result.assignment.total) == \
        (plain.assignment.matched, plain.assignment.total)
    assert result.summary["choices"]["ranked"] == {"mentee": 0, "mentor": 0}
    assert "nobody ranked anyone" in format_summary(result.summary)
    assert all("rank" not in card for card in result.cards)


def test_other_objectives_and_their_output_are_unchanged() -> None:
    cohort = parse_cohort(random_cohort(5, 30, 10))
    result = match_cohort(cohort, MatchConfig())
    assert "choices" not in result.summary
    assert all("rank" not in card for card in result.cards)
    assert all("rank" not in pair for card in result.cards for pair in card.get("pairs", []))


@pytest.mark.parametrize(("ranks", "message"), [
    ({"nobody": ["m1"]}, "ranks: no participant has the id 'nobody'"),
    ({"e1": ["e2"]}, "ranks: 'e1' ranks 'e2', who is not a mentor in the cohort"),
    ({"m1": ["m2"]}, "ranks: 'm1' ranks 'm2', who is not a mentee in the cohort"),
    ({"e1": ["m1", "m1"]}, "ranks: 'e1' ranks 'm1' twice"),
    ({"e1": "m1"}, "ranks: the ranking of 'e1' must be a list of ids, best first"),
    ({"e1": [f"m{k}" for k in range(11)]}, "ranks: 'e1' ranks 11 people; at most 10"),
    ({"e1": [3]}, "ranks: 'e1' ranks 'int', who is not a mentor in the cohort"),
])
def test_bad_rankings_are_named(ranks: Any, message: str) -> None:
    cohort = parse_cohort(csv_text(
        [row("e1", "mentee", wants="sql:1"), row("e2", "mentee", wants="sql:1")]
        + [row(f"m{k}", "mentor", skills="sql:2") for k in range(11)]))
    with pytest.raises(UsageError) as caught:
        check_ranks(cohort, ranks)
    assert str(caught.value) == message
    with pytest.raises(UsageError):
        match_cohort(cohort, MatchConfig(), ranks=ranks)


def test_ranks_csv_with_header_blank_cells_and_errors_by_line() -> None:
    cohort = parse_cohort(CHOICE)
    table = parse_ranks("participant_id,first,second\nana,yann,xena,,\n\nbo,,zoe\nxena\n",
                        cohort, source="r.csv")
    assert table.by_mentee[0] == {1: 1, 0: 2}  # mentors in file order: xena 0, yann 1, zoe 2
    assert table.by_mentee[1] == {2: 1}
    assert table.ranked_mentors == 0  # xena's row ranks nobody
    with pytest.raises(UsageError, match=r"^r.csv line 3: 'ana' already ranked on line 1$"):
        parse_ranks("ana,xena\n\nana,yann\n", cohort, source="r.csv")
    with pytest.raises(UsageError, match=r"^r.csv line 2: 'bo' ranks 'ana', who is not a mentor"):
        parse_ranks("ana,xena\nbo,ana\n", cohort, source="r.csv")


def test_ordinals() -> None:
    assert [ordinal(k) for k in (1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 101)] == \
        ["1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "21st", "22nd", "101st"]


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), mentees=st.integers(1, 30), mentors=st.integers(1, 10))
def test_rank_maximal_is_deterministic_and_keeps_the_hard_rules(seed: int, mentees: int,
                                                                 mentors: int) -> None:
    cohort = parse_cohort(random_cohort(seed, mentees, mentors, exclusions=0.4))
    ranks = seeded_ranks(cohort, seed, depth=4)
    first = match_cohort(cohort, MatchConfig(), ranks=ranks)
    second = match_cohort(cohort, MatchConfig(), ranks=ranks)
    assert first.cards == second.cards and first.summary == second.summary
    acceptable = {(cohort.mentees[i].id, cohort.mentors[j].id) for i, j in
                  zip(first.scored.pairs.mentee.tolist(), first.scored.pairs.mentor.tolist(),
                      strict=True)}
    for card in first.cards:
        if card["role"] == "mentee" and card["matched_with"] is not None:
            assert (card["participant_id"], card["matched_with"]) in acceptable
            own = ranks.get(card["participant_id"], [])
            if card["matched_with"] in own:
                assert card["rank"] == own.index(card["matched_with"]) + 1
            else:
                assert "rank" not in card
    plain = solve(score_cohort(cohort, MatchConfig()).pairs, "max-matched")
    assert first.assignment.matched == plain.matched
