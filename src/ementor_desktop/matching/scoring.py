"""Pair scoring: each criterion's contribution and each hard rule, for mentee x mentor pairs.

Owns the formulas (documented in docs/matching.md). Contributions are whole thousandths of a point
(int64), so a pair's score is exactly the sum of its contributions. One vectorised function scores
any list of pairs, for the optimiser and for the explanation cards alike, so the numbers on a card
are the numbers the optimiser used. Never decides who is matched.
"""

from __future__ import annotations

import datetime as dt
import math
import re
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

# A working-style answer is a plain ASCII decimal: float() would also take "+3", "1_000", "1e0",
# " 3" and digits of other scripts ("３", "٣").
_DECIMAL = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


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
    """Scores of many pairs at once: one entry per pair in every array."""

    contributions: dict[str, IntArray]  # criterion -> thousandths of a point
    total: IntArray
    violations: npt.NDArray[np.int32]
    skill_fraction: FloatArray
    overlap_hours: FloatArray
    gap_hours: FloatArray
    style_fraction: FloatArray
    style_common: npt.NDArray[np.int64]  # working-style questions both answered


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
        # Mentor levels by skill (one row per skill, flattened): a wanted skill is a row offset.
        levels = np.zeros((max(len(names), 1), self.n_mentors), dtype=np.intp)
        for j, mentor in enumerate(self.mentors):
            for skill, level in mentor.skills.items():
                levels[index[skill], j] = level
        self._offers = levels > 0
        self._levels_flat = levels.ravel()
        width = max((len(p.wants) for p in self.mentees), default=0)
        self._want_row = np.zeros((self.n_mentees, width), dtype=np.intp)
        self._want_skill = np.zeros((self.n_mentees, width), dtype=np.intp)
        self._want_code = np.zeros((self.n_mentees, width), dtype=np.intp)  # 0: no want here
        for i, mentee in enumerate(self.mentees):
            wants = sorted((index[s], level) for s, level in mentee.wants.items())
            for k, (skill_index, level) in enumerate(wants):
                self._want_skill[i, k] = skill_index
                self._want_row[i, k] = skill_index * self.n_mentors
                self._want_code[i, k] = level
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
        self._zone_count = size
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
        self._prepare_style_table()

    def _prepare_style_table(self) -> None:
        """Working-style results for every pair of distinct answer sets, when there are few.

        Answers on a small scale repeat a lot (four questions on 1-5 allow 1,296 answer sets), so
        a table of set x set results replaces four comparisons per pair by one look-up. The
        table is filled by the same function the direct way uses, so the numbers are identical.
        """
        self._style_table: tuple[FloatArray, npt.NDArray[np.int64]] | None = None
        self._mentee_profile = np.zeros(self.n_mentees, dtype=np.intp)
        self._mentor_profile = np.zeros(self.n_mentors, dtype=np.intp)
        self._mentor_profiles = 0
        if not self.style_columns or not self.n_mentees or not self.n_mentors:
            return
        mentee_sets, self._mentee_profile = _answer_sets(self._mentee_style)
        mentor_sets, self._mentor_profile = _answer_sets(self._mentor_style)
        if mentee_sets[0].size * mentor_sets[0].size > STYLE_TABLE_LIMIT:
            return
        self._mentor_profiles = mentor_sets[0].size
        fraction, common = _style_similarity([a[:, None] for a in mentee_sets],
                                             [b[None, :] for b in mentor_sets],
                                             self.config.working_style_scale)
        self._style_table = (fraction.ravel(), common.ravel())

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

    def candidates(self, start: int, stop: int) -> tuple[Index, Index]:
        """The pairs of mentees `start:stop` with mentors offering at least one wanted skill.

        Returns (mentee index, mentor index) sorted by mentee then mentor. Only these pairs can be
        acceptable, and only these are shown as a mentee's alternatives.
        """
        return self.candidates_of(np.arange(start, stop, dtype=np.intp))

    def candidates_of(self, mentees: Index) -> tuple[Index, Index]:
        """As `candidates`, for the given mentees (in the order given)."""
        share = np.zeros((mentees.size, self.n_mentors), dtype=np.bool_)
        for k in range(self._want_row.shape[1]):
            has = np.flatnonzero(self._want_code[mentees, k] > 0)
            if has.size:
                share[has] |= self._offers[self._want_skill[mentees[has], k]]
        rows, cols = np.nonzero(share)
        return mentees[rows], cols

    def pairs(self, mentee: Sequence[int] | Index, mentor: Sequence[int] | Index) -> PairScores:
        """Scores of the pairs (mentee[k], mentor[k]); arrays have one entry per pair."""
        config = self.config
        ei = np.asarray(mentee, dtype=np.intp)
        mj = np.asarray(mentor, dtype=np.intp)
        shape = ei.shape
        flag = _Flagger(shape)

        coverage = np.zeros(shape, dtype=np.float64)
        for k in range(self._want_row.shape[1]):
            levels = self._levels_flat[self._want_row[ei, k] + mj]
            coverage += _RATIO[levels, self._want_code[ei, k]]
        skill_fraction = coverage / self._want_count[ei]
        flag(coverage == 0, Rule.NO_SHARED_SKILL)

        shared = np.zeros(shape, dtype=np.uint8)
        for a, b in zip(self._mentee_words, self._mentor_words, strict=True):
            shared += np.bitwise_count(a[ei] & b[mj])
        language_fraction = shared / self._mentee_language_count[ei]
        flag(shared == 0, Rule.NO_SHARED_LANGUAGE)

        zone_pair = self._mentee_zone[ei] * self._zone_count + self._mentor_zone[mj]
        overlap = self._overlap.ravel()[zone_pair]
        gap = self._gap.ravel()[zone_pair]

        dept_e = self._mentee_dept[ei]
        dept_m = self._mentor_dept[mj]
        same_dept = (dept_e == dept_m) & (dept_e >= 0)
        if config.department_prefer == "same":
            dept_fraction = same_dept.astype(np.float64)
        else:
            dept_fraction = ((dept_e >= 0) & (dept_m >= 0) & ~same_dept).astype(np.float64)

        if self._style_table is not None:
            # Few distinct answer sets: look the pair's result up instead of working it out.
            profile = self._mentee_profile[ei] * self._mentor_profiles + self._mentor_profile[mj]
            style_fraction = self._style_table[0][profile]
            common = self._style_table[1][profile]
        else:
            style_fraction, common = _style_similarity(
                [a[ei] for a in self._mentee_style], [b[mj] for b in self._mentor_style],
                config.working_style_scale)

        fractions = {"skills": skill_fraction, "working_style": style_fraction,
                     "timezone": overlap / config.window_hours, "languages": language_fraction,
                     "department": dept_fraction}
        contributions: dict[str, IntArray] = {}
        total = np.zeros(shape, dtype=np.int64)
        for name in self.criteria:
            value = np.rint(self._weights[name] * fractions[name]).astype(np.int64)
            contributions[name] = value
            total += value

        flag(self.capacity[mj] == 0, Rule.NO_CAPACITY)
        if config.exclude_same_department:
            flag(same_dept, Rule.SAME_DEPARTMENT)
        if config.max_timezone_gap_hours is not None:
            flag(gap > config.max_timezone_gap_hours + 1e-9, Rule.TIMEZONE_GAP)
        if config.min_skill_coverage > 0:
            flag(skill_fraction < config.min_skill_coverage - 1e-9, Rule.MIN_SKILL_COVERAGE)
        if config.min_overlap_hours > 0:
            flag(overlap < config.min_overlap_hours - 1e-9, Rule.MIN_OVERLAP)
        if config.min_working_style > 0 and self.style_columns:
            flag(style_fraction < config.min_working_style - 1e-9, Rule.MIN_WORKING_STYLE)
        if config.min_score > 0:
            flag(total < round(config.min_score * 1000), Rule.MIN_SCORE)
        for a_code, b_code in zip(self._mentee_same, self._mentor_same, strict=True):
            code = a_code[ei]
            flag((code != b_code[mj]) | (code < 0), Rule.SAME_COLUMNS)
        violations = flag.violations
        if self._excluded_codes.size and ei.size:
            codes = ei.astype(np.int64) * self.n_mentors + mj
            pos = np.minimum(np.searchsorted(self._excluded_codes, codes),
                             self._excluded_codes.size - 1)
            hit = self._excluded_codes[pos] == codes
            violations[hit] |= self._excluded_flags[pos[hit]]
        return PairScores(contributions=contributions, total=total, violations=violations,
                          skill_fraction=skill_fraction, overlap_hours=overlap, gap_hours=gap,
                          style_fraction=style_fraction, style_common=common)


class _Flagger:
    """Collects broken rules as bit flags, in place."""

    def __init__(self, shape: tuple[int, ...]) -> None:
        self.violations = np.zeros(shape, dtype=np.int32)

    def __call__(self, broken: npt.NDArray[np.bool_], rule: Rule) -> None:
        np.bitwise_or(self.violations, np.int32(rule), out=self.violations, where=broken)


# _RATIO[mentor level, wanted level]: how far the mentor's level reaches the wanted one, from 0
# (lacks the skill) to 1 (at or above it). Wanted level 0 pads a mentee's shorter list: adds 0.
_RATIO = np.array([[0.0 if want == 0 else min(level / want, 1.0) for want in range(6)]
                   for level in range(6)], dtype=np.float64)


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


STYLE_TABLE_LIMIT = 4_000_000


def _style_similarity(mentee: list[FloatArray], mentor: list[FloatArray],
                      scale: tuple[float, float]) -> tuple[FloatArray, npt.NDArray[np.int64]]:
    """Working-style likeness (0-1) and the number of questions both answered, per pair."""
    shape = np.broadcast_shapes(*(a.shape for a in mentee), *(b.shape for b in mentor))
    differences = np.zeros(shape, dtype=np.float64)
    common = np.zeros(shape, dtype=np.int64)
    for a_style, b_style in zip(mentee, mentor, strict=True):
        gap = np.abs(a_style - b_style)  # NaN where either did not answer
        both = ~np.isnan(gap)
        differences += np.where(both, gap, 0.0)
        common += both
    span = scale[1] - scale[0]
    # With no question answered by both, half the weight: a gap in the data neither rewards
    # nor punishes as much as a real answer would.
    return np.where(common > 0, 1.0 - differences / span / np.maximum(common, 1), 0.5), common


def _answer_sets(answers: list[FloatArray]) -> tuple[list[FloatArray], Index]:
    """The distinct rows of answers (NaN = not answered) and each person's row number."""
    matrix = np.stack(answers, axis=1)
    coded = np.where(np.isnan(matrix), -np.inf, matrix)  # np.unique needs comparable values
    rows, inverse = np.unique(coded, axis=0, return_inverse=True)
    rows = np.where(np.isneginf(rows), np.nan, rows)
    return [rows[:, q].copy() for q in range(rows.shape[1])], inverse.reshape(-1).astype(np.intp)


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
        value = float(text) if _DECIMAL.fullmatch(text) else math.nan
        if not math.isfinite(value) or not low <= value <= high:
            shown = repr(text) if len(text) <= 40 else repr(text[:40]) + "…"
            raise UsageError(f"{source} line {person.line}, column {column}: a working-style "
                             f"answer must be a number from {low:g} to {high:g} (or empty), "
                             f"not {shown}")
        values[n] = value
    return values
