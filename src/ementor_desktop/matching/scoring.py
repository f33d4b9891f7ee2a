"""Pair scoring: each criterion's contribution and each hard rule, for mentee x mentor pairs.

Owns the formulas (documented in docs/matching.md). Contributions are whole thousandths of a point
(int64), so a pair's score is exactly the sum of its contributions. One formula serves both ways of
asking: a block of mentees against every mentor (for the cohort-wide optimiser) and a list of single
pairs (for explanation cards); both run the same float operations in the same order, so the numbers
on a card are the numbers the optimiser used. Never decides who is matched.
"""

from __future__ import annotations

import datetime as dt
import math
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntFlag

import numpy as np
import numpy.typing as npt

from ementor_desktop.errors import UsageError
from ementor_desktop.matching.cohort import Cohort, Participant
from ementor_desktop.matching.config import CRITERIA, MatchConfig

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
Index = npt.NDArray[np.intp]


class Rule(IntFlag):
    """A hard rule a pair breaks; a pair is acceptable when it breaks none."""

    NO_SHARED_SKILL = 1
    NO_SHARED_LANGUAGE = 2
    EXCLUDED_BY_MENTEE = 4
    EXCLUDED_BY_MENTOR = 8
    SAME_DEPARTMENT = 16
    TIMEZONE_GAP = 32
    MIN_SKILL_COVERAGE = 64
    MIN_OVERLAP = 128
    MIN_WORKING_STYLE = 256
    MIN_SCORE = 512
    SAME_COLUMNS = 1024
    NO_CAPACITY = 2048


@dataclass(frozen=True)
class PairScores:
    """Scores of many pairs at once; every array has the same shape (block or list of pairs)."""

    contributions: dict[str, IntArray]  # criterion -> thousandths of a point
    total: IntArray
    violations: npt.NDArray[np.int32]
    skill_fraction: FloatArray
    overlap_hours: FloatArray
    gap_hours: FloatArray
    style_fraction: FloatArray
    style_common: npt.NDArray[np.int64]  # working-style questions both answered


@dataclass(frozen=True)
class _Side:
    """One role's per-person arrays, already shaped for broadcasting (or gathered per pair)."""

    tz: Index
    dept: Index
    words: list[npt.NDArray[np.uint64]]
    style: list[FloatArray]
    same: list[Index]


class PairScorer:
    """Precomputed arrays for one cohort and configuration; cheap to query many times."""

    def __init__(self, cohort: Cohort, config: MatchConfig) -> None:
        self.config = config
        self.mentees = cohort.mentees
        self.mentors = cohort.mentors
        self.n_mentees = len(self.mentees)
        self.n_mentors = len(self.mentors)
        self.style_columns = _style_columns(cohort, config)
        self.criteria = tuple(c for c in CRITERIA if c != "working_style" or self.style_columns)
        self._weights = {c: float(config.weight_milli(c)) for c in self.criteria}
        self._prepare_skills()
        self._prepare_languages()
        self._prepare_timezones()
        self._prepare_codes(cohort)
        self._prepare_exclusions()
        self.capacity = np.array([m.capacity for m in self.mentors], dtype=np.int64)

    # ----- preparation -------------------------------------------------------------------------

    def _prepare_skills(self) -> None:
        names = sorted({s for p in self.mentors for s in p.skills}
                       | {s for p in self.mentees for s in p.wants})
        index = {name: i for i, name in enumerate(names)}
        # Mentor levels by skill, one row per skill so a wanted skill gathers a contiguous row.
        self._levels_by_skill = np.zeros((max(len(names), 1), self.n_mentors), dtype=np.float64)
        for j, mentor in enumerate(self.mentors):
            for skill, level in mentor.skills.items():
                self._levels_by_skill[index[skill], j] = level
        width = max((len(p.wants) for p in self.mentees), default=0)
        self._want_skill = np.zeros((self.n_mentees, width), dtype=np.intp)
        self._want_level = np.zeros((self.n_mentees, width), dtype=np.float64)
        for i, mentee in enumerate(self.mentees):
            wants = sorted((index[s], level) for s, level in mentee.wants.items())
            for k, (skill_index, level) in enumerate(wants):
                self._want_skill[i, k] = skill_index
                self._want_level[i, k] = level
        self._want_count = np.array([len(p.wants) for p in self.mentees], dtype=np.float64)

    def _prepare_languages(self) -> None:
        names = sorted({lang for p in (*self.mentees, *self.mentors) for lang in p.languages})
        index = {name: i for i, name in enumerate(names)}
        words = max(1, math.ceil(len(names) / 64))

        def bits(people: Sequence[Participant]) -> list[npt.NDArray[np.uint64]]:
            table = np.zeros((words, len(people)), dtype=np.uint64)
            for n, person in enumerate(people):
                for lang in person.languages:
                    i = index[lang]
                    table[i // 64, n] |= np.uint64(1 << (i % 64))
            return list(table)

        self._mentee_words = bits(self.mentees)
        self._mentor_words = bits(self.mentors)
        self._mentee_language_count = np.array([len(p.languages) for p in self.mentees],
                                               dtype=np.float64)

    def _prepare_timezones(self) -> None:
        zones = sorted({p.timezone for p in (*self.mentees, *self.mentors)})
        noon = dt.datetime.combine(self.config.reference_date, dt.time(12), tzinfo=dt.UTC)
        offsets = []
        for zone in zones:
            offset = noon.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset()
            offsets.append(0.0 if offset is None else offset.total_seconds() / 3600)
        self.zone_offset = {zone: offset for zone, offset in zip(zones, offsets, strict=True)}
        window = self.config.window_hours
        size = len(zones)
        self._overlap = np.zeros((size, size), dtype=np.float64)
        self._gap = np.zeros((size, size), dtype=np.float64)
        for a in range(size):
            for b in range(size):
                hours, gap = window_overlap(offsets[a], offsets[b], window)
                self._overlap[a, b] = hours
                self._gap[a, b] = gap
        zone_index = {zone: i for i, zone in enumerate(zones)}
        self._mentee_zone = np.array([zone_index[p.timezone] for p in self.mentees], dtype=np.intp)
        self._mentor_zone = np.array([zone_index[p.timezone] for p in self.mentors], dtype=np.intp)

    def _prepare_codes(self, cohort: Cohort) -> None:
        def codes(values_e: list[str], values_m: list[str]) -> tuple[Index, Index]:
            vocab = {v: i for i, v in enumerate(sorted(set(values_e) | set(values_m)))}
            vocab.pop("", None)
            return (np.array([vocab.get(v, -1) for v in values_e], dtype=np.intp),
                    np.array([vocab.get(v, -1) for v in values_m], dtype=np.intp))

        def dept(p: Participant) -> str:
            return p.department.strip().casefold()

        self._mentee_dept, self._mentor_dept = codes([dept(p) for p in self.mentees],
                                                     [dept(p) for p in self.mentors])
        self._mentee_same: list[Index] = []
        self._mentor_same: list[Index] = []
        for column in self.config.same_columns:
            if column not in cohort.extra_columns:
                raise UsageError(f"must_have.same_columns names {column!r}, which is not a column "
                                 f"of {cohort.source}")
            e, m = codes([p.extra[column].strip().casefold() for p in self.mentees],
                         [p.extra[column].strip().casefold() for p in self.mentors])
            self._mentee_same.append(e)
            self._mentor_same.append(m)
        low, high = self.config.working_style_scale
        self._mentee_style: list[FloatArray] = []
        self._mentor_style: list[FloatArray] = []
        for column in self.style_columns:
            self._mentee_style.append(_answers(self.mentees, column, low, high, cohort.source))
            self._mentor_style.append(_answers(self.mentors, column, low, high, cohort.source))

    def _prepare_exclusions(self) -> None:
        mentee_index = {p.id: i for i, p in enumerate(self.mentees)}
        mentor_index = {p.id: j for j, p in enumerate(self.mentors)}
        flags: dict[int, int] = {}
        for i, mentee in enumerate(self.mentees):
            for other in mentee.exclude:
                if other in mentor_index:
                    code = i * self.n_mentors + mentor_index[other]
                    flags[code] = flags.get(code, 0) | Rule.EXCLUDED_BY_MENTEE
        for j, mentor in enumerate(self.mentors):
            for other in mentor.exclude:
                if other in mentee_index:
                    code = mentee_index[other] * self.n_mentors + j
                    flags[code] = flags.get(code, 0) | Rule.EXCLUDED_BY_MENTOR
        ordered = sorted(flags)
        self._excluded_codes = np.array(ordered, dtype=np.int64)
        self._excluded_flags = np.array([flags[c] for c in ordered], dtype=np.int32)

    # ----- queries -----------------------------------------------------------------------------

    def block(self, start: int, stop: int) -> PairScores:
        """Mentees `start:stop` against every mentor; arrays are (stop - start, n_mentors)."""
        rows = stop - start
        coverage = np.zeros((rows, self.n_mentors), dtype=np.float64)
        for k in range(self._want_skill.shape[1]):
            wanted = self._want_level[start:stop, k]
            has = np.flatnonzero(wanted > 0)
            if has.size == 0:
                continue
            levels = self._levels_by_skill[self._want_skill[start + has, k]]
            coverage[has] += _skill_ratio(levels, wanted[has, None])
        e = _Side(tz=self._mentee_zone[start:stop, None], dept=self._mentee_dept[start:stop, None],
                  words=[w[start:stop, None] for w in self._mentee_words],
                  style=[s[start:stop, None] for s in self._mentee_style],
                  same=[s[start:stop, None] for s in self._mentee_same])
        m = _Side(tz=self._mentor_zone[None, :], dept=self._mentor_dept[None, :],
                  words=[w[None, :] for w in self._mentor_words],
                  style=[s[None, :] for s in self._mentor_style],
                  same=[s[None, :] for s in self._mentor_same])
        scores = self._combine(coverage, self._want_count[start:stop, None],
                               self._mentee_language_count[start:stop, None], e, m,
                               self.capacity[None, :] == 0)
        lo, hi = np.searchsorted(self._excluded_codes, [start * self.n_mentors,
                                                        stop * self.n_mentors])
        if hi > lo:
            codes = self._excluded_codes[lo:hi]
            scores.violations[codes // self.n_mentors - start, codes % self.n_mentors] |= \
                self._excluded_flags[lo:hi]
        return scores

    def pairs(self, mentee: Sequence[int] | Index, mentor: Sequence[int] | Index) -> PairScores:
        """Scores of the pairs (mentee[k], mentor[k]); arrays have one entry per pair."""
        ei = np.asarray(mentee, dtype=np.intp)
        mj = np.asarray(mentor, dtype=np.intp)
        coverage = np.zeros(ei.shape, dtype=np.float64)
        for k in range(self._want_skill.shape[1]):
            wanted = self._want_level[ei, k]
            levels = self._levels_by_skill[self._want_skill[ei, k], mj]
            coverage += np.where(wanted > 0, _skill_ratio(levels, np.maximum(wanted, 1.0)), 0.0)
        e = _Side(tz=self._mentee_zone[ei], dept=self._mentee_dept[ei],
                  words=[w[ei] for w in self._mentee_words],
                  style=[s[ei] for s in self._mentee_style],
                  same=[s[ei] for s in self._mentee_same])
        m = _Side(tz=self._mentor_zone[mj], dept=self._mentor_dept[mj],
                  words=[w[mj] for w in self._mentor_words],
                  style=[s[mj] for s in self._mentor_style],
                  same=[s[mj] for s in self._mentor_same])
        scores = self._combine(coverage, self._want_count[ei], self._mentee_language_count[ei],
                               e, m, self.capacity[mj] == 0)
        if self._excluded_codes.size and ei.size:
            codes = ei.astype(np.int64) * self.n_mentors + mj
            pos = np.minimum(np.searchsorted(self._excluded_codes, codes),
                             self._excluded_codes.size - 1)
            hit = self._excluded_codes[pos] == codes
            scores.violations[hit] |= self._excluded_flags[pos[hit]]
        return scores

    def _combine(self, coverage: FloatArray, want_count: FloatArray, language_count: FloatArray,
                 e: _Side, m: _Side, no_capacity: npt.NDArray[np.bool_]) -> PairScores:
        config = self.config
        shape = coverage.shape
        skill_fraction = coverage / want_count
        shared = np.zeros(shape, dtype=np.int64)
        for a, b in zip(e.words, m.words, strict=True):
            shared += np.bitwise_count(a & b)
        language_fraction = shared / language_count
        overlap = self._overlap[e.tz, m.tz]
        gap = self._gap[e.tz, m.tz]
        same_dept = (e.dept == m.dept) & (e.dept >= 0)
        known_dept = (e.dept >= 0) & (m.dept >= 0)
        if config.department_prefer == "same":
            dept_fraction = np.where(same_dept, 1.0, 0.0)
        else:
            dept_fraction = np.where(known_dept & ~same_dept, 1.0, 0.0)
        differences = np.zeros(shape, dtype=np.float64)
        common = np.zeros(shape, dtype=np.int64)
        span = config.working_style_scale[1] - config.working_style_scale[0]
        for a_style, b_style in zip(e.style, m.style, strict=True):
            both = ~np.isnan(a_style) & ~np.isnan(b_style)
            differences += np.where(both, np.abs(a_style - b_style) / span, 0.0)
            common += both
        # With no question answered by both, half the weight: a gap in the data neither rewards
        # nor punishes as much as a real answer would.
        style_fraction = np.where(common > 0, 1.0 - differences / np.maximum(common, 1), 0.5)

        fractions = {"skills": skill_fraction, "working_style": style_fraction,
                     "timezone": overlap / config.window_hours, "languages": language_fraction,
                     "department": dept_fraction}
        contributions: dict[str, IntArray] = {}
        total = np.zeros(shape, dtype=np.int64)
        for name in self.criteria:
            value = np.rint(self._weights[name] * fractions[name]).astype(np.int64)
            value = np.broadcast_to(value, shape).copy()
            contributions[name] = value
            total += value

        violations = np.zeros(shape, dtype=np.int32)
        violations |= np.where(coverage > 0, 0, Rule.NO_SHARED_SKILL).astype(np.int32)
        violations |= np.where(shared > 0, 0, Rule.NO_SHARED_LANGUAGE).astype(np.int32)
        violations |= np.where(no_capacity, Rule.NO_CAPACITY, 0).astype(np.int32)
        if config.exclude_same_department:
            violations |= np.where(same_dept, Rule.SAME_DEPARTMENT, 0).astype(np.int32)
        if config.max_timezone_gap_hours is not None:
            too_far = gap > config.max_timezone_gap_hours + 1e-9
            violations |= np.where(too_far, Rule.TIMEZONE_GAP, 0).astype(np.int32)
        if config.min_skill_coverage > 0:
            low = skill_fraction < config.min_skill_coverage - 1e-9
            violations |= np.where(low, Rule.MIN_SKILL_COVERAGE, 0).astype(np.int32)
        if config.min_overlap_hours > 0:
            short = overlap < config.min_overlap_hours - 1e-9
            violations |= np.where(short, Rule.MIN_OVERLAP, 0).astype(np.int32)
        if config.min_working_style > 0 and self.style_columns:
            unlike = style_fraction < config.min_working_style - 1e-9
            violations |= np.where(unlike, Rule.MIN_WORKING_STYLE, 0).astype(np.int32)
        if config.min_score > 0:
            violations |= np.where(total < round(config.min_score * 1000), Rule.MIN_SCORE,
                                   0).astype(np.int32)
        for a_code, b_code in zip(e.same, m.same, strict=True):
            differ = (a_code != b_code) | (a_code < 0)
            violations |= np.where(differ, Rule.SAME_COLUMNS, 0).astype(np.int32)
        return PairScores(
            contributions=contributions, total=total, violations=violations,
            skill_fraction=np.broadcast_to(skill_fraction, shape),
            overlap_hours=np.broadcast_to(overlap, shape), gap_hours=np.broadcast_to(gap, shape),
            style_fraction=np.broadcast_to(style_fraction, shape),
            style_common=np.broadcast_to(common, shape))


def window_overlap(offset_a: float, offset_b: float, window: float) -> tuple[float, float]:
    """Hours two people's working windows overlap, and the hours between their clocks.

    Both work the same local hours (`window` long); on the 24-hour circle the windows are shifted
    by the difference of their UTC offsets, and a window longer than 12 hours can overlap the
    other on both sides.
    """
    shift = abs(offset_a - offset_b) % 24.0
    gap = min(shift, 24.0 - shift)
    overlap = max(0.0, window - shift) + max(0.0, window - (24.0 - shift))
    return min(overlap, window), gap


def _skill_ratio(levels: FloatArray, wanted: FloatArray) -> FloatArray:
    """How far a mentor's level reaches the wanted level: 0 (lacks it) to 1 (at or above)."""
    return np.minimum(levels / wanted, 1.0)


def _style_columns(cohort: Cohort, config: MatchConfig) -> tuple[str, ...]:
    if config.working_style_columns is None:
        return tuple(c for c in cohort.extra_columns if c.startswith("ws_"))
    for column in config.working_style_columns:
        if column not in cohort.extra_columns:
            raise UsageError(f"working_style.columns names {column!r}, which is not a column of "
                             f"{cohort.source}")
    return config.working_style_columns


def _answers(people: Sequence[Participant], column: str, low: float, high: float,
             source: str) -> FloatArray:
    values = np.full(len(people), np.nan, dtype=np.float64)
    for n, person in enumerate(people):
        text = person.extra[column].strip()
        if not text:
            continue
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or not low <= value <= high:
            raise UsageError(f"{source} line {person.line}, column {column}: a working-style "
                             f"answer must be a number from {low:g} to {high:g} (or empty), "
                             f"not {text!r}")
        values[n] = value
    return values
