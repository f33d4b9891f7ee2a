"""The matching configuration: criterion weights, hard rules, the objective, and their defaults.

Owns reading a TOML configuration strictly (an unknown key is an error, so a typo never silently
falls back to a default) and the fully resolved form that every run records. Never does I/O beyond
reading the one file it is given.
"""

from __future__ import annotations

import datetime as dt
import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ementor_desktop.errors import UsageError

OBJECTIVES = ("max-matched", "max-score", "fairness", "rank-maximal")
CRITERIA = ("skills", "working_style", "timezone", "languages", "department")

# Working style first among the soft criteria after skills: similarity in values and working style
# predicts relationship quality far better than demographic similarity (Eby et al. 2013).
DEFAULT_WEIGHTS: dict[str, float] = {
    "skills": 5.0,
    "working_style": 3.0,
    "timezone": 1.5,
    "languages": 1.0,
    "department": 0.5,
}
MAX_WEIGHT = 1000.0


@dataclass(frozen=True)
class MatchConfig:
    """Everything that decides a matching besides the participants; `to_dict()` is recorded."""

    objective: str = "max-matched"
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    # exclusion rules
    exclude_same_department: bool = False
    max_timezone_gap_hours: float | None = None
    # must-haves (hard filters on a pair)
    min_skill_coverage: float = 0.0
    min_overlap_hours: float = 0.0
    min_working_style: float = 0.0
    min_score: float = 0.0
    same_columns: tuple[str, ...] = ()
    # how criteria are measured
    working_hours: tuple[float, float] = (9.0, 17.0)
    reference_date: dt.date = dt.date(2026, 1, 15)
    working_style_columns: tuple[str, ...] | None = None  # None: every column named ws_*
    working_style_scale: tuple[float, float] = (1.0, 5.0)
    department_prefer: str = "different"
    alternatives: int = 3

    def weight_milli(self, criterion: str) -> int:
        """The weight in thousandths of a point: contributions are whole thousandths."""
        return round(self.weights[criterion] * 1000)

    @property
    def window_hours(self) -> float:
        start, end = self.working_hours
        return end - start

    def to_dict(self) -> dict[str, Any]:
        """The resolved configuration in the shape of the TOML file (defaults filled in)."""
        exclude: dict[str, Any] = {"same_department": self.exclude_same_department}
        if self.max_timezone_gap_hours is not None:
            exclude["max_timezone_gap_hours"] = self.max_timezone_gap_hours
        working_style: dict[str, Any] = {"scale": list(self.working_style_scale)}
        if self.working_style_columns is not None:
            working_style["columns"] = list(self.working_style_columns)
        return {
            "objective": self.objective,
            "alternatives": self.alternatives,
            "weights": {name: self.weights[name] for name in CRITERIA},
            "exclude": exclude,
            "must_have": {
                "min_skill_coverage": self.min_skill_coverage,
                "min_overlap_hours": self.min_overlap_hours,
                "min_working_style": self.min_working_style,
                "min_score": self.min_score,
                "same_columns": list(self.same_columns),
            },
            "timezone": {
                "working_hours": list(self.working_hours),
                "reference_date": self.reference_date.isoformat(),
            },
            "working_style": working_style,
            "department": {"prefer": self.department_prefer},
        }


_SCHEMA: dict[str, set[str] | None] = {
    "objective": None,
    "alternatives": None,
    "weights": set(CRITERIA),
    "exclude": {"same_department", "max_timezone_gap_hours"},
    "must_have": {"min_skill_coverage", "min_overlap_hours", "min_working_style", "min_score",
                  "same_columns"},
    "timezone": {"working_hours", "reference_date"},
    "working_style": {"columns", "scale"},
    "department": {"prefer"},
}


def load_config(path: Path | None) -> MatchConfig:
    """Read a TOML configuration; `None` gives the defaults. Raises UsageError on any bad key."""
    if path is None:
        return MatchConfig()
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise UsageError(f"configuration file not found: {path}") from None
    except OSError as err:
        raise UsageError(f"cannot read configuration file {path}: {err.strerror}") from None
    except tomllib.TOMLDecodeError as err:
        raise UsageError(f"{path}: not valid TOML: {err}") from None
    return config_from_dict(data, source=str(path))


def config_from_dict(data: dict[str, Any], source: str = "configuration") -> MatchConfig:
    _check_keys(data, source)
    defaults = MatchConfig()
    weights = dict(DEFAULT_WEIGHTS)
    for name, value in data.get("weights", {}).items():
        weights[name] = _number(value, source, f"weights.{name}", low=0.0, high=MAX_WEIGHT)
    exclude = data.get("exclude", {})
    must = data.get("must_have", {})
    tz = data.get("timezone", {})
    style = data.get("working_style", {})
    dept = data.get("department", {})

    objective = data.get("objective", defaults.objective)
    if objective not in OBJECTIVES:
        raise UsageError(f"{source}: objective must be one of {', '.join(OBJECTIVES)}, "
                         f"not {objective!r}")
    alternatives = data.get("alternatives", defaults.alternatives)
    if not isinstance(alternatives, int) or isinstance(alternatives, bool) or \
            not 0 <= alternatives <= 10:
        raise UsageError(f"{source}: alternatives must be a whole number from 0 to 10")

    gap = exclude.get("max_timezone_gap_hours")
    hours = tz.get("working_hours", list(defaults.working_hours))
    if not isinstance(hours, list) or len(hours) != 2:
        raise UsageError(f"{source}: timezone.working_hours must be [start, end], e.g. [9, 17]")
    start = _number(hours[0], source, "timezone.working_hours", low=0.0, high=24.0)
    end = _number(hours[1], source, "timezone.working_hours", low=0.0, high=48.0)
    if not 0 < end - start <= 24:
        raise UsageError(f"{source}: timezone.working_hours must end after it starts, "
                         "within 24 hours")
    ref = tz.get("reference_date", defaults.reference_date)
    if isinstance(ref, str):
        try:
            ref = dt.date.fromisoformat(ref)
        except ValueError:
            ref = None
    if not isinstance(ref, dt.date) or isinstance(ref, dt.datetime):
        raise UsageError(f"{source}: timezone.reference_date must be a date like 2026-01-15")

    columns = style.get("columns")
    if columns is not None:
        columns = tuple(_name_list(columns, source, "working_style.columns"))
    scale = style.get("scale", list(defaults.working_style_scale))
    if not isinstance(scale, list) or len(scale) != 2:
        raise UsageError(f"{source}: working_style.scale must be [lowest, highest], e.g. [1, 5]")
    low = _number(scale[0], source, "working_style.scale")
    high = _number(scale[1], source, "working_style.scale")
    if not high > low:
        raise UsageError(f"{source}: working_style.scale must go from a lower to a higher number")
    prefer = dept.get("prefer", defaults.department_prefer)
    if prefer not in ("different", "same"):
        raise UsageError(f"{source}: department.prefer must be \"different\" or \"same\"")
    same_department = exclude.get("same_department", False)
    if not isinstance(same_department, bool):
        raise UsageError(f"{source}: exclude.same_department must be true or false")

    return MatchConfig(
        objective=objective,
        weights=weights,
        exclude_same_department=same_department,
        max_timezone_gap_hours=None if gap is None else _number(
            gap, source, "exclude.max_timezone_gap_hours", low=0.0, high=12.0),
        min_skill_coverage=_number(must.get("min_skill_coverage", 0.0), source,
                                   "must_have.min_skill_coverage", low=0.0, high=1.0),
        min_overlap_hours=_number(must.get("min_overlap_hours", 0.0), source,
                                  "must_have.min_overlap_hours", low=0.0, high=24.0),
        min_working_style=_number(must.get("min_working_style", 0.0), source,
                                  "must_have.min_working_style", low=0.0, high=1.0),
        min_score=_number(must.get("min_score", 0.0), source, "must_have.min_score", low=0.0),
        same_columns=tuple(_name_list(must.get("same_columns", []), source,
                                      "must_have.same_columns")),
        working_hours=(start, end),
        reference_date=ref,
        working_style_columns=columns,
        working_style_scale=(low, high),
        department_prefer=prefer,
        alternatives=alternatives,
    )


def _check_keys(data: dict[str, Any], source: str) -> None:
    for key, value in data.items():
        if key not in _SCHEMA:
            raise UsageError(f"{source}: unknown setting {key!r} (known: {', '.join(_SCHEMA)})")
        allowed = _SCHEMA[key]
        if allowed is None:
            continue
        if not isinstance(value, dict):
            raise UsageError(f"{source}: [{key}] must be a table")
        for sub in value:
            if sub not in allowed:
                raise UsageError(f"{source}: unknown setting {key}.{sub} "
                                 f"(known: {', '.join(sorted(allowed))})")


def _number(value: object, source: str, key: str, low: float | None = None,
            high: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise UsageError(f"{source}: {key} must be a number")
    number = float(value)
    if (low is not None and number < low) or (high is not None and number > high):
        raise UsageError(f"{source}: {key} must be between {low:g} and {high:g}"
                         if high is not None else f"{source}: {key} must be at least {low:g}")
    return number


def _name_list(value: object, source: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise UsageError(f"{source}: {key} must be a list of column names")
    return [v.strip().lower() for v in value]
