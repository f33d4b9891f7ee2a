"""Explainable cohort matching: pure scoring, hard rules, the cohort-wide optimiser, explanations,
participants' rankings and shortlists.

Core package: no Qt and no vault access. `ementor match` (commands/match.py) is its CLI; the
method is documented for coordinators in docs/matching.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ementor_desktop.matching.cohort import Cohort, Participant, parse_cohort, read_cohort
    from ementor_desktop.matching.config import MatchConfig, config_from_dict, load_config
    from ementor_desktop.matching.engine import MatchResult, match_cohort, score_cohort
    from ementor_desktop.matching.output import write_outputs
    from ementor_desktop.matching.ranks import RankTable, check_ranks, read_ranks
    from ementor_desktop.matching.shortlist import ShortlistEntry, Shortlists, shortlists

# The names below load with their module on first use: `matching.timezones` (which the profile
# and the account need) must not bring the engine's numpy and OR-Tools into every process.
_HOMES = {
    "Cohort": "cohort", "Participant": "cohort", "parse_cohort": "cohort",
    "read_cohort": "cohort", "MatchConfig": "config", "config_from_dict": "config",
    "load_config": "config", "MatchResult": "engine", "match_cohort": "engine",
    "score_cohort": "engine", "write_outputs": "output", "RankTable": "ranks",
    "check_ranks": "ranks", "read_ranks": "ranks", "ShortlistEntry": "shortlist",
    "Shortlists": "shortlist", "shortlists": "shortlist",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "Cohort",
    "MatchConfig",
    "MatchResult",
    "Participant",
    "RankTable",
    "ShortlistEntry",
    "Shortlists",
    "check_ranks",
    "config_from_dict",
    "load_config",
    "match_cohort",
    "parse_cohort",
    "read_cohort",
    "read_ranks",
    "score_cohort",
    "shortlists",
    "write_outputs",
]
