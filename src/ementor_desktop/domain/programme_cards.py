"""Match cards and shortlist entries for a programme: the matching engine's result turned into
the protocol's statements (docs/protocol.md Part 4 §6), keeping to "What a card never says".

Owns the privacy rules of what a participant reads about a match:
- no alternative is identified (no id, no name, no swap partner);
- an exclusion, and every hard rule computed from a sensitive field, reads `withheld`;
- every criterion computed from a sensitive field is added into one `sensitive` line without a
  detail, so the score still adds up;
- a `detail` names only the subject's own fields and the peer's fields the terms show to this
  audience (`match` on a card, `candidates` on a shortlist); otherwise it gives only numbers
  the score already implies.
The numbers are the engine's own (the same `PairScorer`), so a card agrees with the proposal
the coordinator saw. Cards are returned unsigned: `crypto/` signs them in the caller.

Pure: no vault, no network, no Qt. The sentences are English, in the signed statement itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import msgspec
import numpy as np

from ementor_desktop.domain.programme_cohort import ANY_LANGUAGE, STYLE_PREFIX
from ementor_desktop.matching.cohort import Participant
from ementor_desktop.matching.engine import MatchResult, Scored
from ementor_desktop.matching.scoring import PairScorer, PairScores, Rule
from ementor_desktop.protocol.programme_schema import (
    MAX_ALTERNATIVES,
    MAX_DETAIL_BYTES,
    MAX_SHORTLIST,
    MAX_WEIGHT_MILLI,
    Card,
    Entry,
    ProfileFields,
    Terms,
    check_line,
)

#: The profile fields each engine criterion is computed from.
CRITERION_FIELDS: dict[str, tuple[str, ...]] = {
    "skills": ("skills", "wants"),
    "working_style": ("working_style",),
    "timezone": ("timezone",),
    "languages": ("languages",),
    "department": ("department",),
}
#: The profile fields each hard rule on a card is computed from (`min_score` and
#: `same_columns` depend on the configuration: see `_rule_fields`).
RULE_FIELDS: dict[str, tuple[str, ...]] = {
    "shared_skill": ("skills", "wants"),
    "shared_language": ("languages",),
    "capacity": ("capacity",),
    "same_department": ("department",),
    "timezone_gap": ("timezone",),
    "min_skill_coverage": ("skills", "wants"),
    "min_overlap_hours": ("timezone",),
    "min_working_style": ("working_style",),
}
#: The engine's rule flags, as a card's rule codes (exclusions are always `withheld`).
_FLAG_RULES: tuple[tuple[Rule, str], ...] = (
    (Rule.NO_SHARED_SKILL, "shared_skill"),
    (Rule.NO_SHARED_LANGUAGE, "shared_language"),
    (Rule.EXCLUDED_BY_MENTEE, "withheld"),
    (Rule.EXCLUDED_BY_MENTOR, "withheld"),
    (Rule.SAME_DEPARTMENT, "same_department"),
    (Rule.TIMEZONE_GAP, "timezone_gap"),
    (Rule.MIN_SKILL_COVERAGE, "min_skill_coverage"),
    (Rule.MIN_OVERLAP, "min_overlap_hours"),
    (Rule.MIN_WORKING_STYLE, "min_working_style"),
    (Rule.MIN_SCORE, "min_score"),
    (Rule.SAME_COLUMNS, "same_columns"),
    (Rule.NO_CAPACITY, "capacity"),
)
SENSITIVE = "sensitive"
MAX_PLACES = 20
_EVERY = 1 - 1e-9  # a fraction at least this is "all of it" (floating-point sums)


class CardError(ValueError):
    """The result cannot be put on a card as the protocol says (a bug or a configuration the
    protocol cannot express); the message names what, never a person's data."""


# -- what one audience may see -----------------------------------------------------------------

@dataclass(frozen=True)
class _Policy:
    """The terms' answer to "may this audience see that field of someone else?"."""

    terms: Terms
    audience: str  # "match" or "candidates"

    def sensitive(self, field: str) -> bool:
        spec = self.terms.spec(field)
        return spec is not None and spec.sensitive

    def shown(self, field: str) -> bool:
        spec = self.terms.spec(field)
        return spec is not None and not spec.sensitive and self.audience in spec.shown

    def any_sensitive(self, fields: Iterable[str]) -> bool:
        return any(self.sensitive(field) for field in fields)


def _column_field(column: str) -> str:
    """The terms' field an engine extra column comes from."""
    return "working_style" if column.startswith(STYLE_PREFIX) else f"extra.{column}"


# -- the pair's criteria -----------------------------------------------------------------------

@dataclass(frozen=True)
class _PairFacts:
    """One scored pair, as plain numbers (the engine's arrays read at one row)."""

    contributions: dict[str, int]
    total: int
    violations: int
    skill_fraction: float
    overlap_hours: float
    style_fraction: float
    style_common: int


def _at(values: Any, row: int) -> Any:
    """One pair's value (the engine returns a single value where every pair shares it, e.g.
    the working style of a cohort without working-style questions)."""
    array = np.asarray(values)
    return array.item() if array.ndim == 0 else array[row].item()


def _facts(scores: PairScores, row: int, criteria: Sequence[str]) -> _PairFacts:
    return _PairFacts(
        contributions={name: int(_at(scores.contributions[name], row)) for name in criteria},
        total=int(_at(scores.total, row)), violations=int(_at(scores.violations, row)),
        skill_fraction=float(_at(scores.skill_fraction, row)),
        overlap_hours=float(_at(scores.overlap_hours, row)),
        style_fraction=float(_at(scores.style_fraction, row)),
        style_common=int(_at(scores.style_common, row)))


class _Explainer:
    """Criteria, rules and alternatives of one result under one policy."""

    def __init__(self, scorer: PairScorer, policy: _Policy) -> None:
        self.scorer = scorer
        self.config = scorer.config
        self.policy = policy
        self.criteria: tuple[str, ...] = scorer.criteria
        self.weights = {name: self.config.weight_milli(name) for name in self.criteria}
        self.hidden = frozenset(name for name in self.criteria
                                if policy.any_sensitive(CRITERION_FIELDS[name]))
        self.max_milli = sum(self.weights.values())
        hidden_weight = sum(self.weights[name] for name in self.hidden)
        if hidden_weight > MAX_WEIGHT_MILLI:
            raise CardError("the criteria computed from sensitive fields weigh more than "
                            f"{MAX_WEIGHT_MILLI // 1000} points together; lower their weights")

    # ----- criteria ---------------------------------------------------------------------------

    def pair_criteria(self, subject_role: str, mentee: Participant, mentor: Participant,
                      facts: _PairFacts) -> list[dict[str, Any]]:
        """The pair's criteria as a card's plain values, in the engine's order, with every
        criterion computed from a sensitive field summed into one `sensitive` line last."""
        shown: list[dict[str, Any]] = []
        weight = contribution = 0
        for name in self.criteria:
            if name in self.hidden:
                weight += self.weights[name]
                contribution += facts.contributions[name]
                continue
            detail = self._detail(name, subject_role, mentee, mentor, facts)
            shown.append({"name": name, "weight_milli": self.weights[name],
                          "contribution_milli": facts.contributions[name], "detail": detail})
        if self.hidden:
            shown.append({"name": SENSITIVE, "weight_milli": weight,
                          "contribution_milli": contribution})
        return shown

    def _detail(self, name: str, subject_role: str, mentee: Participant, mentor: Participant,
                facts: _PairFacts) -> str:
        peer_role = "mentor" if subject_role == "mentee" else "mentee"
        peer_fields = {"mentor": ("skills",), "mentee": ("wants",)}[peer_role] \
            if name == "skills" else CRITERION_FIELDS[name]
        peer_shown = all(self.policy.shown(field) for field in peer_fields)
        mine, theirs = (mentee, mentor) if subject_role == "mentee" else (mentor, mentee)
        if name == "skills":
            return _skills_detail(subject_role, mentee, mentor, facts.skill_fraction, peer_shown)
        if name == "languages":
            return _languages_detail(subject_role, mentee, mentor, peer_shown)
        if name == "timezone":
            if self.policy.terms.spec("timezone") is None:
                return "Time zones are not asked in this programme."
            return _timezone_detail(mine, theirs, facts.overlap_hours,
                                    self.config.window_hours, peer_shown)
        if name == "department":
            return _department_detail(mine, theirs, self.config.department_prefer, peer_shown)
        return _style_detail(facts.style_fraction, facts.style_common, peer_shown)

    # ----- rules ------------------------------------------------------------------------------

    def _rule_fields(self, rule: str) -> tuple[str, ...]:
        if rule == "min_score":
            return tuple(field for name in self.criteria if self.weights[name] > 0
                         for field in CRITERION_FIELDS[name])
        if rule == "same_columns":
            return tuple(_column_field(column) for column in self.config.same_columns)
        return RULE_FIELDS[rule]

    def code(self, rule: str, fields: Iterable[str] | None = None) -> str:
        """The rule's code on a card: `withheld` when computed from a sensitive field."""
        used = self._rule_fields(rule) if fields is None else tuple(fields)
        return "withheld" if self.policy.any_sensitive(used) else rule

    def subject_rules(self, role: str) -> list[str]:
        """The hard rules that applied, in the engine's order; the exclusion rule always
        applies and always reads `withheld`, so an exclusion cannot be told from it."""
        config = self.config
        first = ["shared_skill", "shared_language"] if role == "mentee" else \
            ["capacity", "shared_language"]
        codes = [self.code(rule) for rule in first] + ["withheld"]
        if config.exclude_same_department:
            codes.append(self.code("same_department"))
        if config.max_timezone_gap_hours is not None:
            codes.append(self.code("timezone_gap"))
        if config.min_skill_coverage > 0:
            codes.append(self.code("min_skill_coverage"))
        if config.min_overlap_hours > 0:
            codes.append(self.code("min_overlap_hours"))
        if config.min_working_style > 0 and self.scorer.style_columns:
            codes.append(self.code("min_working_style"))
        if config.min_score > 0:
            codes.append(self.code("min_score"))
        for column in config.same_columns:
            codes.append(self.code("same_columns", (_column_field(column),)))
        return list(dict.fromkeys(codes))

    def broken_rules(self, violations: int, mentee: Participant,
                     mentor: Participant) -> list[str]:
        """The codes of the rules a ruled-out pair breaks."""
        codes: list[str] = []
        for flag, rule in _FLAG_RULES:
            if not violations & flag:
                continue
            if rule == "same_columns":
                codes.extend(self._broken_columns(mentee, mentor))
            elif rule == "withheld":
                codes.append(rule)
            else:
                codes.append(self.code(rule))
        return list(dict.fromkeys(codes))

    def _broken_columns(self, mentee: Participant, mentor: Participant) -> list[str]:
        broken = []
        for column in self.config.same_columns:
            a = mentee.extra.get(column, "").strip().casefold()
            b = mentor.extra.get(column, "").strip().casefold()
            if not a or a != b:
                broken.append(self.code("same_columns", (_column_field(column),)))
        return broken or [self.code("same_columns")]

    # ----- alternatives -----------------------------------------------------------------------

    def shortfalls(self, alternative: _PairFacts,
                   own: _PairFacts | None) -> list[dict[str, Any]]:
        """Where the alternative scores below the match; sensitive criteria as one sum."""
        if own is None:
            return []
        found: list[dict[str, Any]] = []
        hidden = 0
        for name in self.criteria:
            difference = alternative.contributions[name] - own.contributions[name]
            if name in self.hidden:
                hidden += difference
            elif difference < 0:
                found.append({"name": name, "difference_milli": difference})
        if hidden < 0:
            found.append({"name": SENSITIVE, "difference_milli": hidden})
        return found


# -- sentences (each names only what the subject may see) ---------------------------------------

def _fit(*sentences: str) -> str:
    """The first sentence that is a valid detail (single-line, at most 400 bytes)."""
    for sentence in sentences:
        try:
            return check_line(sentence, 1, MAX_DETAIL_BYTES, "detail")
        except ValueError:
            continue
    raise CardError("no detail fits")  # every caller ends with a short ASCII sentence


def _pct(fraction: float) -> str:
    return f"{fraction:.0%}"


def _skills_detail(subject_role: str, mentee: Participant, mentor: Participant,
                   fraction: float, peer_shown: bool) -> str:
    wanted = sorted(mentee.wants)
    if subject_role == "mentee":
        if not peer_shown:
            return _fit(f"Covers {_pct(fraction)} of your wanted skills ({', '.join(wanted)}).",
                        f"Covers {_pct(fraction)} of your wanted skills.")
        if fraction >= _EVERY:
            return _fit("Offers every wanted skill at the level wanted or above "
                        f"({', '.join(wanted)}).",
                        "Offers every wanted skill at the level wanted or above.")
        parts = [_level_part(skill, mentee.wants[skill], mentor.skills.get(skill, 0), "offered")
                 for skill in wanted]
        return _fit(f"Covers {_pct(fraction)} of the wanted skills: {'; '.join(parts)}.",
                    f"Covers {_pct(fraction)} of the wanted skills.")
    if not peer_shown:
        return _fit(f"Covers {_pct(fraction)} of the mentee's wanted skills.")
    if fraction >= _EVERY:
        return _fit("Offers every skill the mentee wants at the level wanted or above "
                    f"({', '.join(wanted)}).",
                    "Offers every skill the mentee wants at the level wanted or above.")
    parts = [_level_part(skill, mentee.wants[skill], mentor.skills.get(skill, 0), "you have")
             for skill in wanted]
    return _fit(f"Covers {_pct(fraction)} of the mentee's wanted skills: {'; '.join(parts)}.",
                f"Covers {_pct(fraction)} of the mentee's wanted skills.")


def _level_part(skill: str, wanted: int, has: int, verb: str) -> str:
    if has:
        return f"{skill} wanted at {wanted}, {verb} {has}"
    return f"{skill} wanted at {wanted}, not offered"


def _languages_detail(subject_role: str, mentee: Participant, mentor: Participant,
                      peer_shown: bool) -> str:
    if mentee.languages == (ANY_LANGUAGE,) and mentor.languages == (ANY_LANGUAGE,):
        return "Languages are not asked in this programme."
    shared = [lang for lang in mentee.languages if lang in mentor.languages]
    count, total = len(shared), len(mentee.languages)
    plural = "s" if count != 1 else ""
    if subject_role == "mentee":
        if peer_shown:
            return _fit(f"Shared language{plural}: {', '.join(shared)} ({count} of {total}).",
                        f"{count} of your {total} languages in common.")
        return _fit(f"{count} of your {total} languages in common.")
    if peer_shown:
        return _fit(f"Shared language{plural}: {', '.join(shared)} ({count} of the mentee's "
                    f"{total}).", f"{count} of the mentee's {total} languages in common.")
    return _fit(f"{_pct(count / total if total else 0.0)} of the mentee's languages in common.")


def _timezone_detail(mine: Participant, theirs: Participant, overlap: float, window: float,
                     peer_shown: bool) -> str:
    base = f"{overlap:g} of {window:g} working hours in common"
    if not peer_shown:
        return _fit(base + ".")
    if mine.timezone == theirs.timezone:
        return _fit(f"{base}: both in {mine.timezone}.", base + ".")
    return _fit(f"{base}: {mine.timezone} and {theirs.timezone}.", base + ".")


def _department_detail(mine: Participant, theirs: Participant, prefer: str,
                       peer_shown: bool) -> str:
    own, other = mine.department.strip(), theirs.department.strip()
    if not peer_shown:
        if not own:
            return "Your department is not given, so this gives nothing."
        same = bool(other) and own.casefold() == other.casefold()
        fraction = float(same) if prefer == "same" else float(bool(other) and not same)
        return _fit(f"Department gives {_pct(fraction)} of its weight.")
    if not own or not other:
        return "A department is missing for one of the two, so this gives nothing."
    if own.casefold() == other.casefold():
        return _fit(f"Same department ({own})" + (", as the programme prefers." if
                                                  prefer == "same" else
                                                  "; the programme prefers different ones."),
                    "Same department.")
    return _fit(f"Different departments ({own}, {other})" + (
        "; the programme prefers the same one." if prefer == "same"
        else ": advice from outside the line of reporting."), "Different departments.")


def _style_detail(fraction: float, common: int, peer_shown: bool) -> str:
    if not peer_shown:
        return f"Working style gives {_pct(fraction)} of its weight."
    if common == 0:
        return "No working-style question answered by both, so half the weight."
    return (f"Working-style answers {_pct(fraction)} alike ({common} question"
            f"{'s' if common != 1 else ''} both answered).")


# -- cards -------------------------------------------------------------------------------------

NewId = Callable[[], str]


def cards_from_result(result: MatchResult, *, terms: Terms, programme_id: str,
                      coordinator_hex: str, key_of: Mapping[str, str], issued_ms: int,
                      method: str, new_id: NewId, ids: Mapping[str, str] | None = None,
                      rank_of: Mapping[tuple[str, str], int] | None = None
                      ) -> dict[str, list[Card]]:
    """Every participant's unsigned match cards, keyed by member id (`ids`: engine id -> member
    id, as `cohort_from_profiles` returns; without it, by engine id), in cohort order.

    A mentee gets one card; a mentor one per mentee, or one unmatched card. `key_of` gives each
    engine id's signing key (64 hex); `new_id()` a fresh card id (32 hex); `method` the card's
    method (`max-matched`, `rank-maximal`, …); `rank_of[(subject, peer)]` (engine ids) the place
    the subject gave the peer in their ranking, if they ranked (else a mentee card's `rank`
    from the engine, if any). Raises CardError when the protocol cannot express the result
    (sensitive criteria weighing more than 1,000 points together), KeyError for a participant
    without a key, and msgspec/ValueError if a card would break the schema (a bug).
    """
    scored = result.scored
    scorer = scored.scorer
    explainer = _Explainer(scorer, _Policy(terms, "match"))
    mentees, mentors = scorer.mentees, scorer.mentors
    mentor_index = {p.id: j for j, p in enumerate(mentors)}
    mentor_of: list[int] = result.assignment.mentor_of.tolist()
    engine_cards = {str(card["participant_id"]): card for card in result.cards}

    # One vectorised scoring call for every pair a card shows: matches, then alternatives.
    pair_e: list[int] = []
    pair_m: list[int] = []
    own_row: dict[int, int] = {}
    for i, j in enumerate(mentor_of):
        if j >= 0:
            own_row[i] = len(pair_e)
            pair_e.append(i)
            pair_m.append(j)
    alternative_rows: dict[int, list[tuple[int, dict[str, Any]]]] = {}
    for i, mentee in enumerate(mentees):
        listed = engine_cards.get(mentee.id, {}).get("alternatives") or []
        for item in listed[:MAX_ALTERNATIVES]:
            other = mentor_index.get(str(item.get("mentor_id")))
            if other is None or other == mentor_of[i]:
                continue
            alternative_rows.setdefault(i, []).append((len(pair_e), item))
            pair_e.append(i)
            pair_m.append(other)
    scores = scorer.pairs(pair_e, pair_m)
    facts = [_facts(scores, row, explainer.criteria) for row in range(len(pair_e))]

    used = np.bincount(result.assignment.mentor_of[result.assignment.mentor_of >= 0],
                       minlength=len(mentors))
    reasons = _Reasons(scored, used)
    show_places = not explainer.policy.sensitive("capacity")

    def base(subject: Participant) -> dict[str, Any]:
        return {"v": 1, "id": new_id(), "programme": programme_id,
                "coordinator": coordinator_hex, "subject": key_of[subject.id],
                "role": subject.role, "issued": issued_ms, "method": method,
                "max_milli": explainer.max_milli,
                "rules": explainer.subject_rules(subject.role)}

    def rank(subject: Participant, peer: Participant, engine: Mapping[str, Any]) -> int | None:
        value = (rank_of or {}).get((subject.id, peer.id), engine.get("rank"))
        if isinstance(value, int) and not isinstance(value, bool) \
                and 1 <= value <= MAX_SHORTLIST:
            return value
        return None

    made: dict[str, list[Card]] = {}
    mentees_of: dict[int, list[int]] = {}
    for i, j in enumerate(mentor_of):
        if j >= 0:
            mentees_of.setdefault(j, []).append(i)
    mentee_pos = {p.id: i for i, p in enumerate(mentees)}
    for person in sorted((*mentees, *mentors), key=lambda p: p.line):
        cards: list[dict[str, Any]] = []
        if person.role == "mentee":
            i = mentee_pos[person.id]
            card = base(person)
            own = facts[own_row[i]] if i in own_row else None
            if own is not None:
                mentor = mentors[mentor_of[i]]
                card.update(peer=key_of[mentor.id], score_milli=own.total,
                            criteria=explainer.pair_criteria("mentee", person, mentor, own))
                chosen = rank(person, mentor, engine_cards.get(person.id, {}))
                if chosen is not None:
                    card["rank"] = chosen
            else:
                card["unmatched"] = reasons.mentee(i)
            alternatives = [
                _alternative(explainer, facts[row], own, item, person, mentors[pair_m[row]])
                for row, item in alternative_rows.get(i, [])]
            if alternatives:
                card["alternatives"] = alternatives
            cards.append(card)
        else:
            j = mentor_index[person.id]
            places = {"capacity": min(int(scorer.capacity[j]), MAX_PLACES),
                      "used": min(int(used[j]), int(scorer.capacity[j]), MAX_PLACES)}
            for i in mentees_of.get(j, []):
                mentee = mentees[i]
                pair = facts[own_row[i]]
                card = base(person)
                card.update(peer=key_of[mentee.id], score_milli=pair.total,
                            criteria=explainer.pair_criteria("mentor", mentee, person, pair))
                chosen = rank(person, mentee, {})
                if chosen is not None:
                    card["rank"] = chosen
                cards.append(card)
            if not cards:
                card = base(person)
                card["unmatched"] = reasons.mentor(j)
                cards.append(card)
            if show_places:
                for card in cards:
                    card["places"] = places
        member = ids[person.id] if ids is not None else person.id
        made[member] = [_card(card) for card in cards]
    return made


def _alternative(explainer: _Explainer, pair: _PairFacts, own: _PairFacts | None,
                 item: Mapping[str, Any], mentee: Participant,
                 mentor: Participant) -> dict[str, Any]:
    out: dict[str, Any] = {"score_milli": pair.total,
                           "lower_on": explainer.shortfalls(pair, own)}
    if pair.violations:
        out.update(status="ruled_out",
                   rules=explainer.broken_rules(pair.violations, mentee, mentor))
        return out
    status = str(item.get("status"))
    out.update(status=status if status in ("full", "lower", "not_chosen") else "lower", rules=[])
    swap = item.get("swap")
    if out["status"] == "full" and isinstance(swap, Mapping):
        change = swap.get("total_change")
        if isinstance(change, int | float) and not isinstance(change, bool):
            milli = round(change * 1000)
            # A swap can raise the total while matching fewer people (max-matched, fairness):
            # the card's field says only how much the total would fall, so it is left out.
            if milli <= 0:
                out["total_change_milli"] = milli
    return out


def _card(plain: dict[str, Any]) -> Card:
    """A card dict as the protocol's struct, checked exactly as a receiver would."""
    return msgspec.convert(plain, Card, strict=True)


class _Reasons:
    """Why a participant is not matched, as the protocol's codes."""

    def __init__(self, scored: Scored, used: np.ndarray[Any, Any]) -> None:
        self.scored = scored
        self.free = scored.scorer.capacity - used
        self._offered: set[int] | None = None

    def mentee(self, i: int) -> str:
        scorer = self.scored.scorer
        if int(self.scored.acceptable_count[i]) == 0:
            _rows, cols = scorer.candidates_of(np.array([i], dtype=np.intp))
            return "no_candidates" if cols.size == 0 else "no_acceptable"
        pairs = self.scored.pairs
        lo, hi = np.searchsorted(pairs.mentee, [i, i + 1])
        acceptable = pairs.mentor[lo:hi]
        return "all_full" if bool(np.all(self.free[acceptable] <= 0)) else "objective"

    def mentor(self, j: int) -> str:
        if np.any(self.scored.pairs.mentor == j):
            return "objective"
        if self._offered is None:
            _rows, cols = self.scored.scorer.candidates(0, self.scored.scorer.n_mentees)
            self._offered = set(cols.tolist())
        return "no_acceptable" if j in self._offered else "no_candidates"


# -- shortlists --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    """One person to put on someone's shortlist: their engine id, the id the coordinator made
    for this entry (32 hex), what everyone sees of them, and their whole enrolment profile
    (filtered here to the fields shown to `candidates`)."""

    engine_id: str
    candidate: str
    name: str
    headline: str
    profile: ProfileFields
    signing: str | None = None  # both keys or neither: needed for a `request` shortlist
    box: str | None = None


def shown_profile(profile: ProfileFields, terms: Terms, audience: str) -> ProfileFields:
    """The fields of a profile this audience may see: shown to it, never sensitive."""
    policy = _Policy(terms, audience)
    plain: dict[str, Any] = msgspec.to_builtins(profile)
    kept: dict[str, Any] = {}
    for name, value in plain.items():
        if name == "extra":
            answers = {column: answer for column, answer in value.items()
                       if policy.shown(f"extra.{column}")}
            if answers:
                kept["extra"] = answers
        elif policy.shown(name):
            kept[name] = value
    return msgspec.convert(kept, ProfileFields, strict=True)


def shortlist_entries(scored: Scored, subject: str, candidates: Sequence[Candidate], *,
                      terms: Terms) -> list[Entry]:
    """The `programme.shortlist` entries `subject` (an engine id) sees, in the order given
    (at most 10): each candidate's score and criteria for the pair as the engine computes
    them, explained under the rules of `candidates` (details name only the subject's own
    fields and the candidate's fields shown to `candidates`; sensitive criteria as one line),
    and the candidate's profile cut to what `candidates` may see."""
    scorer = scored.scorer
    explainer = _Explainer(scorer, _Policy(terms, "candidates"))
    everyone = {p.id: p for p in (*scorer.mentees, *scorer.mentors)}
    mentee_pos = {p.id: i for i, p in enumerate(scorer.mentees)}
    mentor_pos = {p.id: j for j, p in enumerate(scorer.mentors)}
    me = everyone[subject]
    chosen = list(candidates[:MAX_SHORTLIST])
    people = [everyone[c.engine_id] for c in chosen]
    if any(person.role == me.role for person in people):
        raise CardError("a shortlist offers people of the other role")
    pairs = [(me, person) if me.role == "mentee" else (person, me) for person in people]
    scores = scorer.pairs([mentee_pos[a.id] for a, _ in pairs],
                          [mentor_pos[b.id] for _, b in pairs])
    entries = []
    for row, (candidate, person, (mentee, mentor)) in enumerate(
            zip(chosen, people, pairs, strict=True)):
        pair = _facts(scores, row, explainer.criteria)
        plain: dict[str, Any] = {
            "candidate": candidate.candidate, "name": candidate.name,
            "headline": candidate.headline, "role": person.role,
            "profile": msgspec.to_builtins(shown_profile(candidate.profile, terms, "candidates")),
            "score_milli": pair.total, "max_milli": explainer.max_milli,
            "criteria": explainer.pair_criteria(me.role, mentee, mentor, pair)}
        if candidate.signing is not None and candidate.box is not None:
            plain.update(signing=candidate.signing, box=candidate.box)
        entries.append(msgspec.convert(plain, Entry, strict=True))
    return entries


__all__ = ["CRITERION_FIELDS", "RULE_FIELDS", "SENSITIVE", "Candidate", "CardError",
           "cards_from_result", "shortlist_entries", "shown_profile"]
