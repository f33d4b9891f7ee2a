"""Pair scoring: each criterion's number by hand, the hard rules, and the sum-of-parts invariant."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ementor_desktop.errors import UsageError
from ementor_desktop.matching.cohort import parse_cohort
from ementor_desktop.matching.config import MatchConfig, config_from_dict
from ementor_desktop.matching.scoring import PairScorer, Rule, window_overlap
from tests.matching.cohorts import csv_text, random_cohort, row

STYLE = ("ws_a", "ws_b", "ws_c")


def one_pair(mentee: dict[str, str], mentor: dict[str, str], config: MatchConfig | None = None,
             extra: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())) -> PairScorer:
    columns = STYLE if extra[0] else ()
    text = csv_text([row("e", "mentee", extra=extra[0], **mentee),
                     row("m", "mentor", extra=extra[1], **mentor)], columns)
    return PairScorer(parse_cohort(text), config or MatchConfig())


def test_every_criterion_by_hand() -> None:
    scorer = one_pair(
        {"wants": "python:4;sql:2;rust:5", "languages": "en;fr;de", "timezone": "Europe/Berlin",
         "department": "Finance"},
        {"skills": "python:5;sql:1", "languages": "fr;de", "timezone": "America/New_York",
         "department": "finance"},
        extra=(("1", "5", ""), ("3", "5", "4")))
    scores = scorer.pairs([0], [0])
    got = {name: int(value[0]) for name, value in scores.contributions.items()}
    assert got == {
        "skills": 2500,         # (1 + 1/2 + 0) / 3 wanted skills, of 5 points
        "working_style": 2250,  # 1 - mean(|1-3|/4, |5-5|/4) = 0.75, of 3 points
        "timezone": 375,        # UTC+1 and UTC-5 in January: 2 of 8 hours shared, of 1.5 points
        "languages": 667,       # 2 of the mentee's 3 languages, of 1 point
        "department": 0,        # same department (case ignored): no credit for "different"
    }
    assert int(scores.total[0]) == 5792
    assert int(scores.violations[0]) == 0
    assert float(scores.overlap_hours[0]) == 2.0
    assert float(scores.gap_hours[0]) == 6.0
    assert int(scores.style_common[0]) == 2


def test_working_style_is_left_out_without_ws_columns_and_neutral_without_common_answers() -> None:
    plain = one_pair({"wants": "a:1"}, {"skills": "a:1"})
    assert plain.criteria == ("skills", "timezone", "languages", "department")
    unanswered = one_pair({"wants": "a:1"}, {"skills": "a:1"},
                          extra=(("1", "", ""), ("", "2", "")))
    assert int(unanswered.pairs([0], [0]).contributions["working_style"][0]) == 1500


def test_department_preference_same() -> None:
    config = config_from_dict({"department": {"prefer": "same"}})
    same = one_pair({"wants": "a:1", "department": "Ops"},
                    {"skills": "a:1", "department": "ops"}, config)
    other = one_pair({"wants": "a:1", "department": "Ops"},
                     {"skills": "a:1", "department": "Legal"}, config)
    assert int(same.pairs([0], [0]).contributions["department"][0]) == 500
    assert int(other.pairs([0], [0]).contributions["department"][0]) == 0


@pytest.mark.parametrize(("a", "b", "window", "expected"), [
    (0, 0, 8, (8, 0)),
    (0, 6, 8, (2, 6)),
    (0, 12, 8, (0, 12)),
    (1, -5, 8, (2, 6)),
    (10, -10, 8, (4, 4)),     # 20 h one way is 4 h the other way round the clock
    (0, 5.5, 8, (2.5, 5.5)),
    (0, 12, 16, (8, 12)),     # long windows meet on both sides of the circle
    (0, 9, 24, (24, 9)),
])
def test_window_overlap(a: float, b: float, window: float,
                        expected: tuple[float, float]) -> None:
    assert window_overlap(a, b, window) == expected


def test_reference_date_decides_daylight_saving() -> None:
    mentee = {"wants": "a:1", "timezone": "Europe/London"}
    mentor = {"skills": "a:1", "timezone": "America/New_York"}
    winter = one_pair(mentee, mentor)
    # Between the US (8 March) and UK (29 March) clock changes the gap is 4 hours, not 5.
    march = one_pair(mentee, mentor, config_from_dict({"timezone": {"reference_date":
                                                                   dt.date(2026, 3, 20)}}))
    assert float(winter.pairs([0], [0]).gap_hours[0]) == 5.0
    assert float(march.pairs([0], [0]).gap_hours[0]) == 4.0


@pytest.mark.parametrize(("mentee", "mentor", "config", "rule"), [
    ({"wants": "a:3"}, {"skills": "b:5"}, {}, Rule.NO_SHARED_SKILL),
    ({"wants": "a:3", "languages": "fr"}, {"skills": "a:5", "languages": "en"}, {},
     Rule.NO_SHARED_LANGUAGE),
    ({"wants": "a:3", "exclude": "m"}, {"skills": "a:5"}, {}, Rule.EXCLUDED_BY_MENTEE),
    ({"wants": "a:3"}, {"skills": "a:5", "exclude": "e"}, {}, Rule.EXCLUDED_BY_MENTOR),
    ({"wants": "a:3"}, {"skills": "a:5", "capacity": "0"}, {}, Rule.NO_CAPACITY),
    ({"wants": "a:3", "department": "X"}, {"skills": "a:5", "department": "x"},
     {"exclude": {"same_department": True}}, Rule.SAME_DEPARTMENT),
    ({"wants": "a:3", "timezone": "Asia/Tokyo"}, {"skills": "a:5", "timezone": "Europe/Paris"},
     {"exclude": {"max_timezone_gap_hours": 6}}, Rule.TIMEZONE_GAP),
    ({"wants": "a:3;b:3"}, {"skills": "a:5"}, {"must_have": {"min_skill_coverage": 0.6}},
     Rule.MIN_SKILL_COVERAGE),
    ({"wants": "a:3", "timezone": "Asia/Tokyo"}, {"skills": "a:5", "timezone": "Europe/Paris"},
     {"must_have": {"min_overlap_hours": 1}}, Rule.MIN_OVERLAP),
    ({"wants": "a:1"}, {"skills": "a:1"}, {"must_have": {"min_score": 10}}, Rule.MIN_SCORE),
])
def test_each_hard_rule_is_flagged(mentee: dict[str, str], mentor: dict[str, str],
                                   config: dict[str, object], rule: Rule) -> None:
    scorer = one_pair(mentee, mentor, config_from_dict(config))
    assert int(scorer.pairs([0], [0]).violations[0]) == rule
    # Without the configured rule (or the offending cell) the same pair is acceptable.
    if config:
        assert int(one_pair(mentee, mentor).pairs([0], [0]).violations[0]) == 0


def test_working_style_must_have_and_same_columns() -> None:
    config = config_from_dict({"must_have": {"min_working_style": 0.9}})
    unlike = one_pair({"wants": "a:1"}, {"skills": "a:1"}, config,
                      extra=(("1", "1", "1"), ("5", "5", "5")))
    assert int(unlike.pairs([0], [0]).violations[0]) == Rule.MIN_WORKING_STYLE

    text = csv_text([row("e", "mentee", wants="a:1", extra=("north",)),
                     row("m", "mentor", skills="a:1", extra=("South",)),
                     row("n", "mentor", skills="a:1", extra=("North",)),
                     row("o", "mentor", skills="a:1", extra=("",))], ("site",))
    scorer = PairScorer(parse_cohort(text), config_from_dict({"must_have":
                                                              {"same_columns": ["site"]}}))
    assert scorer.pairs([0, 0, 0], [0, 1, 2]).violations.tolist() == [
        Rule.SAME_COLUMNS, 0, Rule.SAME_COLUMNS]


def test_configuration_must_name_real_columns_and_answers_must_be_numbers() -> None:
    text = csv_text([row("e", "mentee", wants="a:1", extra=("x",)),
                     row("m", "mentor", skills="a:1", extra=("2",))], ("ws_pace",))
    with pytest.raises(UsageError, match="line 2, column ws_pace: a working-style answer must "
                                         "be a number from 1 to 5"):
        PairScorer(parse_cohort(text), MatchConfig())
    ok = csv_text([row("e", "mentee", wants="a:1"), row("m", "mentor", skills="a:1")])
    with pytest.raises(UsageError, match=r"working_style\.columns names 'ws_x'"):
        PairScorer(parse_cohort(ok), config_from_dict({"working_style": {"columns": ["ws_x"]}}))
    with pytest.raises(UsageError, match=r"must_have\.same_columns names 'site'"):
        PairScorer(parse_cohort(ok), config_from_dict({"must_have": {"same_columns": ["site"]}}))


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), mentees=st.integers(1, 12), mentors=st.integers(1, 8),
       weights=st.lists(st.floats(0, 20, allow_nan=False), min_size=5, max_size=5))
def test_score_is_the_sum_of_contributions_and_batching_changes_nothing(
        seed: int, mentees: int, mentors: int, weights: list[float]) -> None:
    names = ["skills", "working_style", "timezone", "languages", "department"]
    config = config_from_dict({"weights": dict(zip(names, weights, strict=True))})
    scorer = PairScorer(parse_cohort(random_cohort(seed, mentees, mentors)), config)
    ei, mj = np.divmod(np.arange(mentees * mentors), mentors)
    every = scorer.pairs(ei, mj)
    parts = sum(every.contributions.values())
    assert np.array_equal(every.total, parts)
    for name, value in every.contributions.items():
        assert value.min() >= 0
        assert value.max() <= config.weight_milli(name)
    # Any subset, in any order, gets exactly the same numbers (cards reuse the optimiser's).
    order = np.random.default_rng(seed).permutation(ei.size)[: max(1, ei.size // 2)]
    part = scorer.pairs(ei[order], mj[order])
    assert np.array_equal(part.total, every.total[order])
    assert np.array_equal(part.violations, every.violations[order])
    # A pair can be acceptable only if the two share a wanted skill; candidates() lists them.
    rows, cols = scorer.candidates(0, mentees)
    sharing = set(zip(rows.tolist(), cols.tolist(), strict=True))
    for k in range(ei.size):
        pair = (int(ei[k]), int(mj[k]))
        assert (pair in sharing) == (not every.violations[k] & Rule.NO_SHARED_SKILL)


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10_000), mentees=st.integers(1, 15), mentors=st.integers(1, 8))
def test_working_style_look_up_table_gives_the_same_numbers(seed: int, mentees: int,
                                                            mentors: int) -> None:
    cohort = parse_cohort(random_cohort(seed, mentees, mentors))
    table = PairScorer(cohort, MatchConfig())
    assert table._style_table is not None
    direct = PairScorer(cohort, MatchConfig())
    direct._style_table = None  # as if there were too many distinct answer sets
    ei, mj = np.divmod(np.arange(mentees * mentors), mentors)
    a, b = table.pairs(ei, mj), direct.pairs(ei, mj)
    assert np.array_equal(a.style_fraction, b.style_fraction)
    assert np.array_equal(a.style_common, b.style_common)
    assert np.array_equal(a.total, b.total)


@pytest.mark.parametrize("answer", ["３", "٣", "+3", "1_0", "3e0", "0x3", "nan", "inf", "3.0.0",
                                    "- 3", "9" * 400])
def test_working_style_answers_are_plain_decimals(answer: str) -> None:
    text = csv_text([row("e", "mentee", wants="a:1", extra=(answer,)),
                     row("m", "mentor", skills="a:1", extra=("2",))], ("ws_pace",))
    with pytest.raises(UsageError) as caught:
        PairScorer(parse_cohort(text), MatchConfig())
    message = str(caught.value)
    assert message.startswith("participants line 2, column ws_pace: a working-style answer must "
                              "be a number from 1 to 5 (or empty), not ")
    assert len(message) < 200


@pytest.mark.parametrize("answer", ["3", "2.5", " 4 ", ".5", "5.", "0"])
def test_plain_decimal_answers_are_read(answer: str) -> None:
    config = config_from_dict({"working_style": {"scale": [0, 5]}})
    text = csv_text([row("e", "mentee", wants="a:1", extra=(answer,)),
                     row("m", "mentor", skills="a:1", extra=("2",))], ("ws_pace",))
    PairScorer(parse_cohort(text), config)  # no error
