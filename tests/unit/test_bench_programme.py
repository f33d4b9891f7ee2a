"""The programme benchmark's quick mode runs end to end and measures what it says it does: every
enrolment received (and stored in a coordinator vault through the programme services), the same
matching by both paths, an envelope for each side of each pair and each unmatched card (a sample
opened and checked as its recipient would), a year of summaries in twelve report rows. Nothing
here is timed."""

from __future__ import annotations

import pytest

from bench import bench_programme as bench

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def results() -> bench.Results:
    return bench.measure_all(quick=True, runs=1)


def test_quick_mode_is_a_tenth_of_the_cohort(results: bench.Results) -> None:
    assert (results.mentees, results.mentors) == (200, 40)
    assert results.enrolled == 240
    assert results.stored == 240  # every one enrolled in the coordinator's vault too
    assert 40 <= results.places <= 320  # capacities 1-8


def test_both_matching_paths_agree(results: bench.Results) -> None:
    assert 0 < results.matched_pairs <= min(results.mentees, results.places)
    assert results.csv_matched == results.matched_pairs
    assert results.same_total


def test_each_side_of_each_pair_is_introduced_and_the_unmatched_get_a_card(
        results: bench.Results) -> None:
    assert results.intros == 2 * results.matched_pairs
    assert results.envelopes == results.intros + results.unmatched_cards
    assert results.cards == results.envelopes  # one signed card in each envelope
    assert results.checked > 0


def test_a_year_of_summaries_from_both_sides_makes_twelve_months(
        results: bench.Results) -> None:
    assert results.summaries == 12 * 2 * results.matched_pairs
    assert results.month_summaries == 2 * results.matched_pairs
    assert results.report_periods == 12
    assert results.csv_lines > 12


def test_every_step_has_a_figure_and_a_baseline(results: bench.Results) -> None:
    assert [row.step.split(".")[0] for row in results.rows] == ["1", "1b", "2", "3", "4a", "4b"]
    for row in results.rows:
        assert row.figure.cpu > 0 and row.baseline.cpu > 0
        assert row.figure.wall > 0 and row.baseline.wall > 0
        assert row.figure.peak_mib >= 0 and row.baseline.peak_mib >= 0
    text = bench.render(results)
    assert text.count("\n| ") == 1 + len(results.rows)  # the header, then a line a step
    assert "same total score: yes" in text
