"""Explainable cohort matching: pure scoring, hard rules, the cohort-wide optimiser, explanations,
participants' rankings and shortlists.

Core package: no Qt and no vault access. `ementor match` (commands/match.py) is its CLI; the
method is documented for coordinators in docs/matching.md.
"""

from __future__ import annotations

from ementor_desktop.matching.cohort import Cohort, Participant, parse_cohort, read_cohort
from ementor_desktop.matching.config import MatchConfig, config_from_dict, load_config
from ementor_desktop.matching.engine import MatchResult, match_cohort, score_cohort
from ementor_desktop.matching.output import write_outputs
from ementor_desktop.matching.ranks import RankTable, check_ranks, read_ranks
from ementor_desktop.matching.shortlist import ShortlistEntry, Shortlists, shortlists

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
