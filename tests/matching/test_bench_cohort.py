"""The benchmark's synthetic cohort stays valid input, and is the same bytes for the same seed."""

from __future__ import annotations

from pathlib import Path

from bench.bench_matching import RULES, make_cohort
from ementor_desktop.matching import config_from_dict, match_cohort, read_cohort
from ementor_desktop.matching.config import load_config


def test_benchmark_cohort_is_valid_and_seeded(tmp_path: Path) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    make_cohort(first, 120, 30)
    make_cohort(second, 120, 30)
    assert first.read_bytes() == second.read_bytes()
    cohort = read_cohort(first)
    assert len(cohort.mentees) == 120
    assert {m.capacity for m in cohort.mentors} <= set(range(1, 9))
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    for config in (config_from_dict({}), load_config(rules)):
        result = match_cohort(cohort, config)
        assert 0 < result.assignment.matched <= 120
