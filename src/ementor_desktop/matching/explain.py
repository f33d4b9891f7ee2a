"""Explanation cards and the run summary: every number the optimiser used, in plain sentences.

Owns what a participant or coordinator reads: each criterion's contribution with a sentence, the
hard rules that applied, and for a mentee the next-best mentors with why not (ruled out by which
rule; full, and what the best direct swap would cost; lower on which criteria). A card never says
whose exclusion list keeps a pair apart: an exclusion may be a safeguarding matter. Never changes
an assignment.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from ementor_desktop.matching.cohort import Participant
from ementor_desktop.matching.engine import IntArray, Progress, Scored
from ementor_desktop.matching.ranks import RankTable
from ementor_desktop.matching.scoring import PairScorer, PairScores, Rule
from ementor_desktop.matching.solver import Assignment

# Rule -> (code on a card, why a mentor is ruled out, short label for counts "label: N mentors")
RULES: dict[int, tuple[str, str, str]] = {
    int(Rule.NO_SHARED_SKILL): ("no_shared_skill", "offers none of the wanted skills",
                                "none of the wanted skills offered"),
    int(Rule.NO_SHARED_LANGUAGE): ("no_shared_language", "shares no language",
                                   "no shared language"),
    int(Rule.EXCLUDED_BY_MENTEE): ("exclusion", "is kept apart by an exclusion list",
                                   "exclusion list"),
    int(Rule.EXCLUDED_BY_MENTOR): ("exclusion", "is kept apart by an exclusion list",
                                   "exclusion list"),
    int(Rule.SAME_DEPARTMENT): ("same_department", "is in the same department",
                                "same department"),
    int(Rule.TIMEZONE_GAP): ("timezone_gap", "is too many hours away", "too many hours away"),
    int(Rule.MIN_SKILL_COVERAGE): ("min_skill_coverage",
                                   "covers too little of the wanted skills",
                                   "too little of the wanted skills"),
    int(Rule.MIN_OVERLAP): ("min_overlap_hours", "has too few working hours in common",
                            "too few working hours in common"),
    int(Rule.MIN_WORKING_STYLE): ("min_working_style",
                                  "answered the working-style questions too differently",
                                  "working style too different"),
    int(Rule.MIN_SCORE): ("min_score", "scores below the minimum score",
                          "score below the minimum"),
    int(Rule.SAME_COLUMNS): ("same_columns", "differs in a column that must match",
                             "a column that must match differs"),
    int(Rule.NO_CAPACITY): ("no_capacity", "takes no mentees this round (capacity 0)",
                            "no places this round"),
}


def points(milli: int) -> float:
    return milli / 1000


def build_cards(scored: Scored, assignment: Assignment, progress: Progress,
                ranks: RankTable | None = None) -> list[dict[str, Any]]:
    """A card per participant, in file order; with `ranks`, a matched person's card says which
    of their choices they got (`rank`)."""
    return _CardMaker(scored, assignment, progress, ranks).cards()


class _CardMaker:
    def __init__(self, scored: Scored, assignment: Assignment, progress: Progress,
                 ranks: RankTable | None = None) -> None:
        self.scored = scored
        self.ranks = ranks
        self.scorer: PairScorer = scored.scorer
        self.config = self.scorer.config
        self.progress = progress
        self.mentees = self.scorer.mentees
        self.mentors = self.scorer.mentors
        self.mentor_of: list[int] = assignment.mentor_of.tolist()
        self.score_of: list[int] = assignment.score_of.tolist()
        self.capacity: list[int] = self.scorer.capacity.tolist()
        self.mentee_label = [p.label for p in self.mentees]
        self.mentor_label = [p.label for p in self.mentors]
        self.mentees_of: list[list[int]] = [[] for _ in self.mentors]
        for i, j in enumerate(self.mentor_of):
            if j >= 0:
                self.mentees_of[j].append(i)
        self.max_points = sum(self.config.weight_milli(c) for c in self.scorer.criteria)
        self.pair_rules = self._pair_rules()
        self.free = self.scorer.capacity - np.bincount(
            assignment.mentor_of[assignment.mentor_of >= 0], minlength=len(self.mentors))
        self.criteria_of: dict[int, list[dict[str, Any]]] = {}  # matched mentee -> criteria
        self.tallies = self._rule_tallies()
        self.acceptable_for: list[int] = np.bincount(
            scored.pairs.mentor, minlength=len(self.mentors)).tolist()
        self.writer = CriteriaWriter(self.scorer)

    # ----- all cards ---------------------------------------------------------------------------

    def cards(self) -> list[dict[str, Any]]:
        n = len(self.mentees)
        alternatives: list[list[int]] = []
        for i in range(n):
            own = self.mentor_of[i]
            ranked = [int(j) for j in self.scored.ranked[i] if j != own and j >= 0]
            alternatives.append(ranked[: self.config.alternatives])
        # One vectorised scoring call for every pair a card shows: the match, then alternatives.
        pair_e: list[int] = []
        pair_m: list[int] = []
        for i in range(n):
            if self.mentor_of[i] >= 0:
                pair_e.append(i)
                pair_m.append(self.mentor_of[i])
        first_alt = len(pair_e)
        for i, alts in enumerate(alternatives):
            pair_e.extend([i] * len(alts))
            pair_m.extend(alts)
        table = _Table(self.scorer.pairs(pair_e, pair_m), self.scorer.criteria)
        match_row = {i: r for r, i in enumerate(pair_e[:first_alt])}
        alt_rows: list[list[int]] = []
        row = first_alt
        for alts in alternatives:
            alt_rows.append(list(range(row, row + len(alts))))
            row += len(alts)
        swaps = self._swap_scores(alternatives, alt_rows, table)

        mentee_cards: dict[str, dict[str, Any]] = {}
        for i, mentee in enumerate(self.mentees):
            mentee_cards[mentee.id] = self._mentee_card(i, match_row.get(i), alternatives[i],
                                                        alt_rows[i], table, swaps)
            if i % 1000 == 999:
                self.progress("explaining", i + 1, n)
        mentor_cards = {
            mentor.id: self._mentor_card(j) for j, mentor in enumerate(self.mentors)}
        self.progress("explaining", n, n)
        ordered = []
        for person in self.scorer_participants():
            card = mentee_cards.get(person.id) or mentor_cards[person.id]
            ordered.append(card)
        return ordered

    def scorer_participants(self) -> list[Participant]:
        by_line = sorted([*self.mentees, *self.mentors], key=lambda p: p.line)
        return by_line

    # ----- swaps ------------------------------------------------------------------------------

    def _swap_scores(self, alternatives: list[list[int]], alt_rows: list[list[int]],
                     table: _Table) -> dict[int, tuple[int, int, bool]]:
        """The cheapest direct swap for every full, acceptable alternative, keyed by its row.

        For mentee i and full mentor j, each of j's mentees k could give i the place and move to
        i's mentor (if that pair is acceptable; otherwise k, or i's freed mentor, loses out).
        Returns row -> (k, how much the cohort total drops, whether k is left unmatched), the
        best k first leaving nobody out, then losing least, then the first in the file.
        """
        rows: list[int] = []
        mentee: list[int] = []
        mentor: list[int] = []
        for who, alts in enumerate(alternatives):
            for whom, r in zip(alts, alt_rows[who], strict=True):
                if table.violations[r] == 0 and len(self.mentees_of[whom]) >= self.capacity[whom]:
                    rows.append(r)
                    mentee.append(who)
                    mentor.append(whom)
        if not rows:
            return {}
        mentor_of = np.asarray(self.mentor_of, dtype=np.int64)
        score_of = np.asarray(self.score_of, dtype=np.int64)
        # The mentees of each mentor, grouped: holders[start[j]:start[j] + used[j]].
        matched = np.flatnonzero(mentor_of >= 0)
        holders = matched[np.argsort(mentor_of[matched], kind="stable")]
        used = np.bincount(mentor_of[matched], minlength=len(self.mentors))
        start = np.concatenate([[0], np.cumsum(used)[:-1]])
        j = np.asarray(mentor, dtype=np.int64)
        alt = np.repeat(np.arange(j.size), used[j])
        offset = np.arange(alt.size) - np.repeat(np.cumsum(used[j]) - used[j], used[j])
        k = holders[start[j][alt] + offset]
        i = np.asarray(mentee, dtype=np.int64)[alt]
        own = mentor_of[i]
        moved = np.zeros(alt.size, dtype=np.int64)
        moved_ok = np.zeros(alt.size, dtype=np.bool_)
        has_own = np.flatnonzero(own >= 0)
        if has_own.size:
            scores = self.scorer.pairs(k[has_own], own[has_own])
            moved[has_own] = scores.total
            moved_ok[has_own] = scores.violations == 0
        pair_score = np.asarray(table.total, dtype=np.int64)[np.asarray(rows)[alt]]
        before = np.where(own >= 0, score_of[i], 0) + score_of[k]
        after = pair_score + np.where(moved_ok, moved, 0)
        left_out = (own >= 0) & ~moved_ok
        loss = before - after
        order = np.lexsort((k, loss, left_out, alt))
        first = order[np.r_[True, alt[order][1:] != alt[order][:-1]]]
        return {rows[int(alt[n])]: (int(k[n]), int(loss[n]), bool(left_out[n]))
                for n in first.tolist()}

    # ----- mentee card -------------------------------------------------------------------------

    def _mentee_card(self, i: int, row: int | None, alts: list[int], rows: list[int],
                     table: _Table, swaps: dict[int, tuple[int, int, bool]]
                     ) -> dict[str, Any]:
        mentee = self.mentees[i]
        own = self.mentor_of[i]
        card: dict[str, Any] = {"participant_id": mentee.id, "name": mentee.name,
                                "role": "mentee"}
        if row is None:
            card.update(matched_with=None, matched_with_name=None, score=None, criteria=[])
            reason = self._unmatched_reason(i)
            card["summary"] = f"Not matched: {reason}"
            card["unmatched_reason"] = reason
        else:
            mentor = self.mentors[own]
            criteria = self.writer.criteria(mentee, mentor, table, row)
            self.criteria_of[i] = criteria
            card.update(matched_with=mentor.id, matched_with_name=mentor.name,
                        score=points(self.score_of[i]), criteria=criteria)
            choice = ""
            if self.ranks is not None and self.ranks.by_mentee[i]:
                place = self.ranks.by_mentee[i].get(own)
                if place is None:
                    choice = "; not one of your ranked choices"
                else:
                    card["rank"] = place
                    choice = f"; your {ordinal(place)} choice"
            card["summary"] = (f"Matched with {mentor.label}: score {points(self.score_of[i]):g} "
                               f"of {points(self.max_points):g} possible{choice}.")
        card["constraints"] = self._mentee_constraints(mentee)
        card["alternatives"] = [self._alternative(i, j, r, row, table, swaps)
                                for j, r in zip(alts, rows, strict=True)]
        return card

    def _alternative(self, i: int, j: int, r: int, own_row: int | None, table: _Table,
                     swaps: dict[int, tuple[int, int, bool]]) -> dict[str, Any]:
        item = self._alternative_fields(i, j, r, own_row, table, swaps)
        return {"mentor_id": item["mentor_id"], "name": item["name"], "score": item["score"],
                "status": item["status"], "why_not": item["why_not"], "rules": item["rules"],
                "lower_on": item["lower_on"], "swap": item["swap"]}

    def _alternative_fields(self, i: int, j: int, r: int, own_row: int | None, table: _Table,
                            swaps: dict[int, tuple[int, int, bool]]) -> dict[str, Any]:
        mentor = self.mentors[j]
        score = table.total[r]
        item: dict[str, Any] = {"mentor_id": mentor.id, "name": mentor.name,
                                "score": points(score)}
        lower_on: list[dict[str, Any]] = []
        if own_row is not None:
            for name in self.scorer.criteria:
                diff = table.contributions[name][r] - table.contributions[name][own_row]
                if diff < 0:
                    lower_on.append({"name": name, "difference": points(diff)})
        violations = table.violations[r]
        if violations:
            codes = list(_rule_codes(violations))
            reasons = _rule_sentences(violations)
            item.update(status="ruled_out", rules=codes, lower_on=lower_on, swap=None)
            item["why_not"] = f"Not possible: {mentor.label} {_and(list(reasons))}."
            return item
        own = self.mentor_of[i]
        own_score = self.score_of[i] if own >= 0 else 0
        taken = self.mentees_of[j]
        lower_text = _lower_text(lower_on, own_score - score) if own >= 0 else ""
        if len(taken) >= self.capacity[j]:
            swap, sentence = self._best_swap(r, own, swaps)
            item.update(status="full", rules=[], lower_on=lower_on, swap=swap)
            places = {1: "its place is", 2: "both places are"}.get(
                self.capacity[j], f"all {self.capacity[j]} places are")
            item["why_not"] = (f"Full: {places} taken. {sentence}"
                               + (f" Also {lower_text}" if lower_text else ""))
            return item
        item.update(rules=[], lower_on=lower_on, swap=None)
        if own >= 0 and score <= own_score:
            item["status"] = "lower"
            item["why_not"] = (f"Has room, but {lower_text}" if score < own_score else
                               "Has room and scores the same as the match: either would do, "
                               "and the optimiser kept the match.")
            return item
        item["status"] = "not_chosen"
        item["why_not"] = (f"Has room, but the {self.config.objective} objective chose otherwise "
                           "for the cohort as a whole.")
        return item

    def _best_swap(self, r: int, own: int,
                   swaps: dict[int, tuple[int, int, bool]]) -> tuple[dict[str, Any], str]:
        """The card's words for the cheapest direct swap found by `_swap_scores`."""
        k, loss, left_out = swaps[r]
        other = self.mentees[k]
        other_label = self.mentee_label[k]
        own_label = self.mentor_label[own] if own >= 0 else ""
        swap: dict[str, Any] = {"with": other.id, "total_change": points(-loss),
                                "leaves_unmatched": other.id if left_out or own < 0 else None}
        if own < 0:
            sentence = (f"Giving the place to this mentee instead of {other_label} would change "
                        f"the cohort total by {points(-loss):+g} and leave {other_label} "
                        "unmatched.")
        elif left_out:
            sentence = (f"Swapping with {other_label} would leave them without a mentor (they "
                        f"cannot be paired with {own_label}); the matching first keeps as many "
                        "people matched as possible.")
        else:
            sentence = (f"Swapping with {other_label} (who would move to {own_label}) would "
                        f"change the cohort total by {points(-loss):+g}.")
        return swap, sentence

    def _unmatched_reason(self, i: int) -> str:
        count = int(self.scored.acceptable_count[i])
        if count == 0:
            return self._no_acceptable_mentor(i)
        room = int(np.count_nonzero(self.free[self._acceptable_mentors(i)] > 0))
        full = "the only acceptable mentor is full" if count == 1 else \
            f"all {count} acceptable mentors are full"
        if room == 0 and self.config.objective == "max-score":
            return (f"{full}, and under the max-score objective their places add more to the "
                    "cohort total with others.")
        if room == 0:
            return f"{full}, and no rearrangement of the cohort matches more people."
        some = "1 acceptable mentor is" if count == 1 else f"{count} acceptable mentors are"
        return (f"{some} available ({room} with room), but the {self.config.objective} "
                "objective found a better cohort without this pair.")

    def _no_acceptable_mentor(self, i: int) -> str:
        m = self.scorer.n_mentors
        tally = self.tallies[i]
        offered = m - dict(tally)[RULES[Rule.NO_SHARED_SKILL][2]]
        wanted = ", ".join(sorted(self.mentees[i].wants))
        if offered == 0:
            return f"no mentor offers any of the wanted skills ({wanted})."
        rules = ", ".join(f"{label} ({hits})" for label, hits in tally
                          if hits and label != RULES[Rule.NO_SHARED_SKILL][2])
        who = "the one mentor who offers a wanted skill ({}) is" if offered == 1 else \
            f"the {offered} mentors who offer a wanted skill ({{}}) are all"
        return f"no mentor passes the rules: {who.format(wanted)} ruled out: {rules}."

    def _rule_tallies(self) -> dict[int, list[tuple[str, int]]]:
        """For each mentee no mentor may take: how many mentors each rule rules out."""
        lonely = np.flatnonzero(self.scored.acceptable_count == 0)
        if lonely.size == 0:
            return {}
        rows, cols = self.scorer.candidates_of(lonely)
        violations = self.scorer.pairs(rows, cols).violations
        local = np.searchsorted(lonely, rows)  # candidates_of keeps the (sorted) order given
        offered = np.bincount(local, minlength=lonely.size)
        counts: dict[str, npt.NDArray[np.int64]] = {}
        for rule, (_code, _one, label) in RULES.items():
            if rule == Rule.NO_SHARED_SKILL:
                hits = self.scorer.n_mentors - offered
            else:
                hits = np.bincount(local[(violations & rule) != 0], minlength=lonely.size)
            counts[label] = counts[label] + hits if label in counts else hits
        return {int(i): [(label, int(hits[n])) for label, hits in counts.items()]
                for n, i in enumerate(lonely)}

    def _acceptable_mentors(self, i: int) -> IntArray:
        pairs = self.scored.pairs
        lo, hi = np.searchsorted(pairs.mentee, [i, i + 1])
        return pairs.mentor[lo:hi]

    def _mentee_constraints(self, mentee: Participant) -> list[dict[str, str]]:
        wanted = ", ".join(sorted(mentee.wants))
        rules = [
            {"rule": "shared_skill",
             "detail": f"A mentor must offer at least one wanted skill ({wanted})."},
            {"rule": "shared_language",
             "detail": f"A mentor must share a language ({', '.join(mentee.languages)})."},
            {"rule": "exclusion",
             "detail": "Exclusion lists are respected in both directions"
                       + (f"; this person's own list: {', '.join(mentee.exclude)}."
                          if mentee.exclude else ".")},
        ]
        return rules + self.pair_rules

    def _pair_rules(self) -> list[dict[str, str]]:
        config = self.config
        rules: list[dict[str, str]] = []
        if config.exclude_same_department:
            rules.append({"rule": "same_department",
                          "detail": "Never paired within the same department."})
        if config.max_timezone_gap_hours is not None:
            rules.append({"rule": "timezone_gap",
                          "detail": f"Clocks at most {config.max_timezone_gap_hours:g} hours "
                                    "apart."})
        if config.min_skill_coverage > 0:
            rules.append({"rule": "min_skill_coverage",
                          "detail": f"The mentor covers at least {config.min_skill_coverage:.0%} "
                                    "of the wanted skills."})
        if config.min_overlap_hours > 0:
            rules.append({"rule": "min_overlap_hours",
                          "detail": f"At least {config.min_overlap_hours:g} working hours a day "
                                    "in common."})
        if config.min_working_style > 0 and self.scorer.style_columns:
            rules.append({"rule": "min_working_style",
                          "detail": f"Working-style answers at least "
                                    f"{config.min_working_style:.0%} alike."})
        if config.min_score > 0:
            rules.append({"rule": "min_score",
                          "detail": f"A pair scores at least {config.min_score:g}."})
        for column in config.same_columns:
            rules.append({"rule": "same_columns",
                          "detail": f"The two have the same {column}."})
        return rules

    # ----- mentor card -------------------------------------------------------------------------

    def _pair_item(self, k: int, places: dict[int, int]) -> dict[str, Any]:
        item: dict[str, Any] = {"mentee_id": self.mentees[k].id, "score": points(self.score_of[k])}
        if k in places:
            item["rank"] = places[k]
        return item

    def _mentor_card(self, j: int) -> dict[str, Any]:
        mentor = self.mentors[j]
        mentees = self.mentees_of[j]
        criteria: list[dict[str, Any]] = []
        total = 0
        for k in mentees:
            total += self.score_of[k]
            for item in self.criteria_of[k]:
                criteria.append({**item, "mentee_id": self.mentees[k].id,
                                 "detail": f"With {self.mentees[k].label}: {item['detail']}"})
        capacity = self.capacity[j]
        places = self.ranks.by_mentor[j] if self.ranks is not None else {}
        if mentees:
            summary = (f"Matched with {_names([self.mentees[k] for k in mentees])} "
                       f"({len(mentees)} of {capacity} place{'s' if capacity != 1 else ''}); "
                       "scores "
                       + ", ".join(f"{points(self.score_of[k]):g}" for k in mentees) + ".")
            if places:
                got = "; ".join(f"your {ordinal(places[k])} choice: {self.mentee_label[k]}"
                                for k in mentees if k in places)
                summary += f" {got[0].upper()}{got[1:]}." if got else \
                    " None of your ranked choices."
        elif capacity == 0:
            summary = "Takes no mentees this round (capacity 0)."
        elif self.acceptable_for[j] == 0:
            summary = ("No mentee this round: no mentee could be paired with this mentor under "
                       "the rules (wanted skills, languages, exclusions and any configured rule).")
        else:
            count = self.acceptable_for[j]
            summary = (f"No mentee this round: {count} mentee{'s' if count != 1 else ''} could "
                       "have been paired with this mentor, and each was better placed elsewhere "
                       "for the cohort as a whole.")
        constraints = [
            {"rule": "capacity",
             "detail": f"At most {capacity} mentee{'s' if capacity != 1 else ''}; "
                       f"{len(mentees)} assigned."},
            {"rule": "shared_language",
             "detail": f"A mentee must share a language ({', '.join(mentor.languages)})."},
            {"rule": "exclusion",
             "detail": "Exclusion lists are respected in both directions"
                       + (f"; this person's own list: {', '.join(mentor.exclude)}."
                          if mentor.exclude else ".")},
        ]
        return {"participant_id": mentor.id, "name": mentor.name, "role": "mentor",
                "matched_with": [self.mentees[k].id for k in mentees],
                "matched_with_name": [self.mentees[k].name for k in mentees],
                "score": points(total) if mentees else None,
                "criteria": criteria, "summary": summary,
                "capacity": capacity, "places_used": len(mentees),
                "pairs": [self._pair_item(k, places) for k in mentees],
                "constraints": constraints + self.pair_rules, "alternatives": []}


class CriteriaWriter:
    """Each criterion's contribution with its sentence, for any scored pair.

    Cards and shortlists both use it, so a shortlist says exactly what a card would say.
    """

    def __init__(self, scorer: PairScorer) -> None:
        self.scorer = scorer
        self.config = scorer.config
        start, end = self.config.working_hours
        self.hours = f"{_clock(start)}-{_clock(end)}"
        self.utc = {zone: _utc(offset) for zone, offset in scorer.zone_offset.items()}
        self.reference = self.config.reference_date.isoformat()
        self.weight_points = {c: points(self.config.weight_milli(c)) for c in scorer.criteria}

    def for_pairs(self, mentee: Sequence[int], mentor: Sequence[int]
                  ) -> tuple[list[int], list[list[dict[str, Any]]]]:
        """Scores and criteria of the pairs (mentee[k], mentor[k]), in one scoring call."""
        table = _Table(self.scorer.pairs(list(mentee), list(mentor)), self.scorer.criteria)
        return table.total, [self.criteria(self.scorer.mentees[i], self.scorer.mentors[j], table, r)
                             for r, (i, j) in enumerate(zip(mentee, mentor, strict=True))]

    # ----- criteria sentences ------------------------------------------------------------------

    def criteria(self, mentee: Participant, mentor: Participant, table: _Table,
                 row: int) -> list[dict[str, Any]]:
        return [{"name": name, "contribution": points(table.contributions[name][row]),
                 "weight": self.weight_points[name],
                 "detail": self._detail(name, mentee, mentor, table, row)}
                for name in self.scorer.criteria]

    def _detail(self, name: str, mentee: Participant, mentor: Participant, table: _Table,
                row: int) -> str:
        if name == "skills":
            return _skills_detail(mentee, mentor, table.skill_fraction[row])
        if name == "languages":
            shared = [lang for lang in mentee.languages if lang in mentor.languages]
            return (f"Shared language{'s' if len(shared) != 1 else ''}: {', '.join(shared)} "
                    f"({len(shared)} of the mentee's {len(mentee.languages)}).")
        if name == "timezone":
            return self._timezone_detail(mentee, mentor, table.overlap_hours[row],
                                         table.gap_hours[row])
        if name == "department":
            return self._department_detail(mentee, mentor)
        return self._style_detail(mentee, mentor, table.style_fraction[row],
                                  table.style_common[row])

    def _timezone_detail(self, mentee: Participant, mentor: Participant, overlap: float,
                         gap: float) -> str:
        hours = self.hours
        if mentee.timezone == mentor.timezone or gap == 0:
            where = (f"both in {mentee.timezone}" if mentee.timezone == mentor.timezone else
                     f"{mentee.timezone} and {mentor.timezone} keep the same time")
            return f"Working hours ({hours} local) overlap {overlap:g} h a day: {where}."
        return (f"Working hours ({hours} local) overlap {overlap:g} h a day: {mentee.timezone} "
                f"({self.utc[mentee.timezone]}) and {mentor.timezone} "
                f"({self.utc[mentor.timezone]}) are {gap:g} h apart (on {self.reference}).")

    def _department_detail(self, mentee: Participant, mentor: Participant) -> str:
        a, b = mentee.department.strip(), mentor.department.strip()
        if not a or not b:
            return "A department is missing for one of the two, so this gives nothing."
        same = a.casefold() == b.casefold()
        if self.config.department_prefer == "same":
            return (f"Same department ({a}), as the configuration prefers." if same else
                    f"Different departments ({a}, {b}); the configuration prefers the same one.")
        return (f"Different departments ({a}, {b}): advice from outside the line of reporting."
                if not same else
                f"Same department ({a}); the configuration prefers different departments.")

    def _style_detail(self, mentee: Participant, mentor: Participant, fraction: float,
                      common: int) -> str:
        if common == 0:
            return ("No working-style question answered by both, so half the weight "
                    "(neither a plus nor a minus).")
        widest = ("", 0.0, "", "")
        for column in self.scorer.style_columns:
            a, b = mentee.extra[column].strip(), mentor.extra[column].strip()
            if a and b and abs(float(a) - float(b)) > widest[1]:
                widest = (column, abs(float(a) - float(b)), a, b)
        text = (f"Working-style answers {fraction:.0%} alike over {common} question"
                f"{'s' if common != 1 else ''} both answered")
        if widest[0]:
            text += f"; furthest apart on {widest[0]} ({widest[2]} and {widest[3]})"
        return text + "."



class _Table:
    """A PairScores turned into Python lists once, for fast per-card reading."""

    def __init__(self, scores: PairScores, criteria: tuple[str, ...]) -> None:
        self.contributions: dict[str, list[int]] = {
            name: scores.contributions[name].tolist() for name in criteria}
        self.total: list[int] = scores.total.tolist()
        self.violations: list[int] = scores.violations.tolist()
        self.skill_fraction: list[float] = scores.skill_fraction.tolist()
        self.overlap_hours: list[float] = scores.overlap_hours.tolist()
        self.gap_hours: list[float] = scores.gap_hours.tolist()
        self.style_fraction: list[float] = scores.style_fraction.tolist()
        self.style_common: list[int] = scores.style_common.tolist()


def _skills_detail(mentee: Participant, mentor: Participant, fraction: float) -> str:
    parts = []
    for skill, wanted in sorted(mentee.wants.items()):
        has = mentor.skills.get(skill, 0)
        if has >= wanted:
            parts.append(f"{skill} wanted at {wanted}, mentor has {has}")
        elif has:
            parts.append(f"{skill} wanted at {wanted}, mentor has {has} ({has / wanted:.0%})")
        else:
            parts.append(f"{skill} wanted at {wanted}, not offered")
    return f"Covers {fraction:.0%} of the wanted skills: " + "; ".join(parts) + "."


def _lower_text(lower_on: list[dict[str, Any]], gap: int) -> str:
    if not lower_on:
        return f"scores {points(gap):g} lower than the match."
    parts = ", ".join(f"{item['name']} {item['difference']:+g}" for item in lower_on)
    return f"scores {points(gap):g} lower than the match (lower on {parts})."


@functools.lru_cache(maxsize=4096)
def _rule_codes(violations: int) -> tuple[str, ...]:
    codes: list[str] = []
    for rule, (code, _one, _many) in RULES.items():
        if violations & rule and code not in codes:
            codes.append(code)
    return tuple(codes)


@functools.lru_cache(maxsize=4096)
def _rule_sentences(violations: int) -> tuple[str, ...]:
    sentences: list[str] = []
    for rule, (_code, one, _many) in RULES.items():
        if violations & rule and one not in sentences:
            sentences.append(one)
    return tuple(sentences)


def ordinal(place: int) -> str:
    """1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, … 21st."""
    if 10 <= place % 100 <= 20:
        return f"{place}th"
    return f"{place}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(place % 10, 'th')}"


def _names(people: list[Participant]) -> str:
    return _and([p.label for p in people])


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _clock(hour: float) -> str:
    whole = int(hour)
    minutes = round((hour - whole) * 60)
    return f"{whole % 24}:{minutes:02d}"


def _utc(offset: float) -> str:
    sign = "+" if offset >= 0 else "-"
    hours = abs(offset)
    whole = int(hours)
    minutes = round((hours - whole) * 60)
    return f"UTC{sign}{whole}" + (f":{minutes:02d}" if minutes else "")


# ----- summary -----------------------------------------------------------------------------------

def summarise(scored: Scored, assignment: Assignment, cards: list[dict[str, Any]],
              ranks: RankTable | None = None) -> dict[str, Any]:
    """The run's figures; with `ranks`, also `choices`: who ranked and which choices they got."""
    scorer = scored.scorer
    matched_scores: IntArray = assignment.score_of[assignment.mentor_of >= 0]
    max_points = sum(scorer.config.weight_milli(c) for c in scorer.criteria)
    used = np.bincount(assignment.mentor_of[assignment.mentor_of >= 0],
                       minlength=scorer.n_mentors)
    distribution: dict[str, Any] | None = None
    histogram: list[dict[str, Any]] = []
    if matched_scores.size:
        quartiles = np.percentile(matched_scores, [25, 50, 75], method="lower")
        distribution = {
            "min": points(int(matched_scores.min())),
            "p25": points(int(quartiles[0])),
            "median": points(int(quartiles[1])),
            "p75": points(int(quartiles[2])),
            "max": points(int(matched_scores.max())),
            "mean": points(round(int(matched_scores.sum()) / matched_scores.size)),
        }
        bins = 10
        width = max(1, -(-max_points // bins))
        counts = np.bincount(np.minimum(matched_scores // width, bins - 1), minlength=bins)
        histogram = [{"from": points(b * width), "to": points(min((b + 1) * width, max_points)),
                      "count": int(counts[b])} for b in range(bins)]
    unmatched = [{"participant_id": card["participant_id"], "name": card["name"],
                  "reason": card["unmatched_reason"]}
                 for card in cards if card["role"] == "mentee" and card["matched_with"] is None]
    summary: dict[str, Any] = {
        "objective": scorer.config.objective,
        "mentees": scorer.n_mentees,
        "matched": assignment.matched,
        "unmatched": scorer.n_mentees - assignment.matched,
        "mentors": scorer.n_mentors,
        "mentors_with_mentees": int(np.count_nonzero(used)),
        "places": int(scorer.capacity.sum()),
        "places_used": assignment.matched,
        "acceptable_pairs": scored.pairs.size,
        "total_score": points(assignment.total),
        "max_possible_score": points(max_points),
        "score_distribution": distribution,
        "histogram": histogram,
        "unmatched_mentees": unmatched,
    }
    if ranks is not None:
        summary["choices"] = choices(ranks, assignment)
    return summary


def choices(ranks: RankTable, assignment: Assignment) -> dict[str, Any]:
    """How many people ranked, how many got their 1st, 2nd, … choice, and how many none.

    A pair counts once for each side who ranked the other, so `total` at place k is the number
    of people who got their k-th choice (a mentor with several mentees can get several).
    """
    deepest = ranks.deepest
    got = {"mentee": [0] * (deepest + 1), "mentor": [0] * (deepest + 1)}
    mentor_got = [False] * len(ranks.by_mentor)
    none_mentees = 0
    for i, j in enumerate(assignment.mentor_of.tolist()):
        own = ranks.by_mentee[i]
        place = own.get(j) if j >= 0 else None
        if place is not None:
            got["mentee"][place] += 1
        elif own:
            none_mentees += 1
        if j >= 0 and i in ranks.by_mentor[j]:
            got["mentor"][ranks.by_mentor[j][i]] += 1
            mentor_got[j] = True
    none_mentors = sum(1 for j, own in enumerate(ranks.by_mentor) if own and not mentor_got[j])
    return {
        "ranked": {"mentee": ranks.ranked_mentees, "mentor": ranks.ranked_mentors},
        "obtained": [{"rank": place, "mentee": got["mentee"][place],
                      "mentor": got["mentor"][place],
                      "total": got["mentee"][place] + got["mentor"][place]}
                     for place in range(1, deepest + 1)],
        "none": {"mentee": none_mentees, "mentor": none_mentors},
    }


def format_choices(chosen: dict[str, Any]) -> str:
    ranked = chosen["ranked"]
    people = ranked["mentee"] + ranked["mentor"]
    if people == 0:
        return "Choices: nobody ranked anyone; everyone was matched by score."
    parts: list[str] = []
    for item in chosen["obtained"]:
        if item["total"]:
            parts.append(f"{item['total']} got their {ordinal(item['rank'])} choice" if not parts
                         else f"{item['total']} their {ordinal(item['rank'])}")
    none = chosen["none"]["mentee"] + chosen["none"]["mentor"]
    text = (f"Choices: {people} ranked ({ranked['mentee']} mentee"
            f"{'s' if ranked['mentee'] != 1 else ''}, {ranked['mentor']} mentor"
            f"{'s' if ranked['mentor'] != 1 else ''})")
    if parts:
        text += "; " + ", ".join(parts)
    if none:
        text += f"; {none} got none of their choices"
    return text + "."


def format_summary(summary: dict[str, Any], limit: int = 20) -> str:
    lines = [
        f"Matched {summary['matched']} of {summary['mentees']} mentees "
        f"({summary['objective']} objective); {summary['mentors_with_mentees']} of "
        f"{summary['mentors']} mentors used, {summary['places_used']} of {summary['places']} "
        "places filled.",
    ]
    if "choices" in summary:
        lines.append(format_choices(summary["choices"]))
    dist = summary["score_distribution"]
    if dist:
        lines.append(
            f"Scores (of {summary['max_possible_score']:g} possible): min {dist['min']:g}, "
            f"quartiles {dist['p25']:g} / {dist['median']:g} / {dist['p75']:g}, "
            f"max {dist['max']:g}, mean {dist['mean']:g}.")
        peak = max(b["count"] for b in summary["histogram"]) or 1
        for b in summary["histogram"]:
            bar = "#" * round(30 * b["count"] / peak)
            lines.append(f"  {b['from']:6.2f}-{b['to']:<6.2f} {b['count']:>7} {bar}".rstrip())
    unmatched = summary["unmatched_mentees"]
    if unmatched:
        lines.append(f"Unmatched ({len(unmatched)}):")
        for item in unmatched[:limit]:
            label = f"{item['name']} ({item['participant_id']})" if item["name"] else \
                item["participant_id"]
            lines.append(f"  {label}: {item['reason']}")
        if len(unmatched) > limit:
            lines.append(f"  ... and {len(unmatched) - limit} more (see cards.json).")
    else:
        lines.append("Every mentee is matched.")
    return "\n".join(lines) + "\n"
