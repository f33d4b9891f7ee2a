"""Participants' rankings: who put whom in which place, checked against the cohort.

Owns the rules for a ranking (the other side only, each person once, at most MAX_PLACES, best
first), the ranks CSV of `ementor match --ranks` (documented in docs/matching.md), and turning
rankings into places per acceptable pair for the solver. Every bad entry is a UsageError naming
the participant (and the file line). Never decides who is matched.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ementor_desktop.errors import UsageError
from ementor_desktop.matching.cohort import Cohort
from ementor_desktop.matching.solver import CandidatePairs, PairRanks

MAX_PLACES = 10


@dataclass(frozen=True)
class RankTable:
    """Rankings by index into the cohort's mentees and mentors (file order); places from 1."""

    by_mentee: tuple[dict[int, int], ...]  # mentee index -> {mentor index: place}
    by_mentor: tuple[dict[int, int], ...]  # mentor index -> {mentee index: place}

    @property
    def ranked_mentees(self) -> int:
        return sum(1 for places in self.by_mentee if places)

    @property
    def ranked_mentors(self) -> int:
        return sum(1 for places in self.by_mentor if places)

    @property
    def deepest(self) -> int:
        """The lowest place anyone gave (0 when nobody ranked)."""
        return max((len(places) for places in (*self.by_mentee, *self.by_mentor)), default=0)

    def for_pairs(self, pairs: CandidatePairs) -> PairRanks:
        """The places of each acceptable pair (a ranked pair a hard rule forbids is absent)."""
        m = pairs.capacity.size
        codes = pairs.mentee * m + pairs.mentor  # sorted: pairs are sorted by (mentee, mentor)
        mentee = np.zeros(pairs.size, dtype=np.int64)
        mentor = np.zeros(pairs.size, dtype=np.int64)
        for target, entries in ((mentee, self._mentee_entries(m)),
                                (mentor, self._mentor_entries(m))):
            if not entries:
                continue
            wanted = np.array([code for code, _place in entries], dtype=np.int64)
            places = np.array([place for _code, place in entries], dtype=np.int64)
            pos = np.minimum(np.searchsorted(codes, wanted), max(pairs.size - 1, 0))
            hit = (codes[pos] == wanted) if pairs.size else np.zeros(wanted.size, dtype=np.bool_)
            target[pos[hit]] = places[hit]
        return PairRanks(mentee=mentee, mentor=mentor)

    def _mentee_entries(self, m: int) -> list[tuple[int, int]]:
        return [(i * m + j, place) for i, places in enumerate(self.by_mentee)
                for j, place in places.items()]

    def _mentor_entries(self, m: int) -> list[tuple[int, int]]:
        return [(i * m + j, place) for j, places in enumerate(self.by_mentor)
                for i, place in places.items()]


def no_ranks(cohort: Cohort) -> RankTable:
    return RankTable(by_mentee=tuple({} for _ in cohort.mentees),
                     by_mentor=tuple({} for _ in cohort.mentors))


def check_ranks(cohort: Cohort, ranks: Mapping[str, Sequence[str]],
                source: str = "ranks") -> RankTable:
    """Check rankings given as participant id -> the ids they ranked, best first."""
    if not isinstance(ranks, Mapping):
        raise UsageError(f"{source}: rankings must map a participant id to the ids they ranked")
    return _build(cohort, ((str(pid), ranked, source) for pid, ranked in ranks.items()))


def read_ranks(path: Path, cohort: Cohort) -> RankTable:
    """Read and check a ranks CSV (UTF-8, with or without a byte-order mark)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise UsageError(f"ranks file not found: {path}") from None
    except IsADirectoryError:
        raise UsageError(f"ranks file is a folder: {path}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text; save the spreadsheet as CSV UTF-8") from None
    except OSError as err:
        raise UsageError(f"cannot read ranks file {path}: {err.strerror}") from None
    return parse_ranks(text, cohort, source=str(path))


def parse_ranks(text: str, cohort: Cohort, source: str = "ranks") -> RankTable:
    """One row per participant who ranked: their id, then the ids they ranked, best first.

    An optional header row starts with `participant_id`; empty cells and blank rows are skipped.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[tuple[str, Sequence[str], str]] = []
    seen: dict[str, int] = {}
    first = True
    line_end = 0
    try:
        for record in reader:
            line, line_end = line_end + 1, reader.line_num
            cells = [cell.strip() for cell in record if cell.strip()]
            if not cells:
                continue
            if first and cells[0].lower() == "participant_id":
                first = False
                continue
            first = False
            where = f"{source} line {line}"
            if cells[0] in seen:
                raise UsageError(f"{where}: {_show(cells[0])} already ranked on line "
                                 f"{seen[cells[0]]}")
            seen[cells[0]] = line
            rows.append((cells[0], cells[1:], where))
    except csv.Error as err:
        raise UsageError(f"{source} line {reader.line_num}: not valid CSV: {err}") from None
    return _build(cohort, rows)


def _build(cohort: Cohort, entries: Iterable[tuple[str, Sequence[str], str]]) -> RankTable:
    mentees = {p.id: i for i, p in enumerate(cohort.mentees)}
    mentors = {p.id: j for j, p in enumerate(cohort.mentors)}
    by_mentee: list[dict[int, int]] = [{} for _ in cohort.mentees]
    by_mentor: list[dict[int, int]] = [{} for _ in cohort.mentors]
    for pid, ranked, where in entries:
        who = _show(pid)
        if pid in mentees:
            own, others, role = by_mentee[mentees[pid]], mentors, "mentor"
        elif pid in mentors:
            own, others, role = by_mentor[mentors[pid]], mentees, "mentee"
        else:
            raise UsageError(f"{where}: no participant has the id {who}")
        if isinstance(ranked, str) or not isinstance(ranked, Sequence):
            raise UsageError(f"{where}: the ranking of {who} must be a list of ids, best first")
        if len(ranked) > MAX_PLACES:
            raise UsageError(f"{where}: {who} ranks {len(ranked)} people; at most {MAX_PLACES}")
        for place, other in enumerate(ranked, start=1):
            if not isinstance(other, str) or other not in others:
                shown = _show(other) if isinstance(other, str) else repr(type(other).__name__)
                raise UsageError(f"{where}: {who} ranks {shown}, who is not a {role} in the "
                                 "cohort")
            index = others[other]
            if index in own:
                raise UsageError(f"{where}: {who} ranks {_show(other)} twice")
            own[index] = place
    return RankTable(by_mentee=tuple(by_mentee), by_mentor=tuple(by_mentor))


def _show(text: str, limit: int = 40) -> str:
    """The text quoted with control characters escaped, shortened when long."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + "…"
