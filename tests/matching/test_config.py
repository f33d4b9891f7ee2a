"""The TOML configuration: defaults, strict keys, range checks, and the recorded resolved form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ementor_desktop.errors import UsageError
from ementor_desktop.matching.config import (
    DEFAULT_WEIGHTS,
    MatchConfig,
    config_from_dict,
    load_config,
)


def test_defaults() -> None:
    config = load_config(None)
    assert config == MatchConfig()
    assert config.objective == "max-matched"
    assert config.weights == DEFAULT_WEIGHTS
    # Working style outweighs the demographic criterion (department), as the research says.
    assert config.weights["working_style"] > config.weights["department"]


def test_reads_a_full_file(tmp_path: Path) -> None:
    path = tmp_path / "match.toml"
    path.write_text(
        'objective = "fairness"\nalternatives = 2\n'
        "[weights]\nskills = 4\nlanguages = 0.25\n"
        "[exclude]\nsame_department = true\nmax_timezone_gap_hours = 6\n"
        '[must_have]\nmin_skill_coverage = 0.5\nmin_overlap_hours = 2\nsame_columns = ["Site"]\n'
        "[timezone]\nworking_hours = [8, 16.5]\nreference_date = 2026-07-01\n"
        '[working_style]\ncolumns = ["q1", "q2"]\nscale = [0, 10]\n'
        '[department]\nprefer = "same"\n', encoding="utf-8")
    config = load_config(path)
    assert config.objective == "fairness"
    assert config.alternatives == 2
    assert config.weights["skills"] == 4.0
    assert config.weights["timezone"] == 1.5
    assert config.weight_milli("languages") == 250
    assert config.exclude_same_department
    assert config.max_timezone_gap_hours == 6.0
    assert config.min_skill_coverage == 0.5
    assert config.same_columns == ("site",)
    assert config.working_hours == (8.0, 16.5)
    assert config.window_hours == 8.5
    assert config.reference_date == dt.date(2026, 7, 1)
    assert config.working_style_columns == ("q1", "q2")
    assert config.department_prefer == "same"


def test_resolved_form_reads_back_to_the_same_config() -> None:
    config = config_from_dict({"objective": "max-score", "weights": {"skills": 2},
                               "exclude": {"max_timezone_gap_hours": 3},
                               "working_style": {"columns": ["ws_a"]}})
    assert config_from_dict(config.to_dict()) == config
    assert config_from_dict(MatchConfig().to_dict()) == MatchConfig()


@pytest.mark.parametrize(("data", "message"), [
    ({"objetive": "x"}, "unknown setting 'objetive'"),
    ({"weights": {"skill": 1}}, "unknown setting weights.skill"),
    ({"weights": 3}, r"\[weights\] must be a table"),
    ({"objective": "greedy"}, "objective must be one of max-matched, max-score, fairness"),
    ({"weights": {"skills": -1}}, "weights.skills must be between 0 and 1000"),
    ({"weights": {"skills": "high"}}, "weights.skills must be a number"),
    ({"weights": {"skills": True}}, "weights.skills must be a number"),
    ({"exclude": {"max_timezone_gap_hours": 13}}, "must be between 0 and 12"),
    ({"exclude": {"same_department": "yes"}}, "same_department must be true or false"),
    ({"must_have": {"min_skill_coverage": 2}}, "min_skill_coverage must be between 0 and 1"),
    ({"must_have": {"same_columns": "site"}}, "same_columns must be a list of column names"),
    ({"timezone": {"working_hours": [17, 9]}}, "must end after it starts"),
    ({"timezone": {"working_hours": [9]}}, r"working_hours must be \[start, end\]"),
    ({"timezone": {"reference_date": "soon"}}, "reference_date must be a date"),
    ({"working_style": {"scale": [5, 1]}}, "from a lower to a higher number"),
    ({"department": {"prefer": "any"}}, "department.prefer must be"),
    ({"alternatives": 11}, "alternatives must be a whole number from 0 to 10"),
])
def test_bad_settings_are_refused(data: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        config_from_dict(data)


def test_file_problems(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="configuration file not found"):
        load_config(tmp_path / "none.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("objective = \n", encoding="utf-8")
    with pytest.raises(UsageError, match="not valid TOML"):
        load_config(bad)


VALUES = st.one_of(st.none(), st.booleans(), st.integers(-5, 50), st.floats(allow_nan=True),
                   st.text(max_size=5), st.lists(st.one_of(st.integers(-3, 30), st.text(max_size=3),
                                                          st.floats()), max_size=3),
                   st.dates())
TABLES = {"weights": ["skills", "working_style", "timezone", "languages", "department", "x"],
          "exclude": ["same_department", "max_timezone_gap_hours"],
          "must_have": ["min_skill_coverage", "min_overlap_hours", "min_working_style",
                        "min_score", "same_columns"],
          "timezone": ["working_hours", "reference_date"],
          "working_style": ["columns", "scale"], "department": ["prefer"]}


@st.composite
def settings_dicts(draw: st.DrawFn) -> dict[str, object]:
    data: dict[str, object] = {}
    for key in draw(st.lists(st.sampled_from([*TABLES, "objective", "alternatives", "other"]),
                             unique=True, max_size=5)):
        if key in TABLES and draw(st.booleans()):
            data[key] = {sub: draw(VALUES) for sub in
                         draw(st.lists(st.sampled_from(TABLES[key]), unique=True, max_size=3))}
        else:
            data[key] = draw(VALUES)
    return {k: v for k, v in data.items() if v is not None}


@settings(max_examples=300, deadline=None)
@given(data=settings_dicts())
def test_any_settings_give_a_config_or_a_usage_error(data: dict[str, object]) -> None:
    try:
        config = config_from_dict(data)
    except UsageError as err:
        message = str(err)
    else:
        assert config_from_dict(config.to_dict()) == config
        return
    assert message.startswith("configuration: ")
    assert "\n" not in message
