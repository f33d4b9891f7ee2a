"""domain/programme_cards.py: the engine's result as protocol match cards and shortlist entries —
every card valid as a receiver checks it, the numbers adding up to the engine's, and nothing a
card never says (who an alternative is, an exclusion, a sensitive field, a field of the peer's
the terms do not show) anywhere in any card."""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ementor_desktop.domain import programme_cards as pc
from ementor_desktop.domain.programme_cards import (
    Candidate,
    CardError,
    cards_from_result,
    shortlist_entries,
    shown_profile,
)
from ementor_desktop.domain.programme_cohort import cohort_from_profiles
from ementor_desktop.matching import MatchConfig, match_cohort
from ementor_desktop.matching.engine import MatchResult
from ementor_desktop.protocol import programme_schema as ps

_DOC = (Path(__file__).resolve().parents[2] / "docs" / "protocol.md").read_text(encoding="utf-8")
_PART_4 = _DOC[_DOC.index("# Part 4"):]


def _vector_line(name: str) -> str:
    return re.search(rf"^{name}: (.*)$", _PART_4, re.MULTILINE).group(1)  # type: ignore[union-attr]


TERMS_PLAIN: dict[str, Any] = json.loads(_vector_line("terms_json"))
TERMS = msgspec.convert(TERMS_PLAIN, ps.Terms, strict=True)
VECTOR_CARD: dict[str, Any] = json.loads(_vector_line("card_json"))
ISSUED = 1770019200000
FIELD_NAMES = ("skills", "wants", "languages", "timezone", "capacity", "department",
               "working_style", "extra.site")


def _terms(**modes: str) -> ps.Terms:
    """The vector's terms with some fields' visibility changed: `sensitive`, `hidden` (shown
    to nobody), `match`, `candidates` or `both`; `absent` drops the field."""
    plain = copy.deepcopy(TERMS_PLAIN)
    specs = {spec["field"]: spec for spec in plain["fields"]}
    for name, mode in modes.items():
        field = name.replace("__", ".")
        if mode == "absent":
            specs.pop(field, None)
            continue
        spec = specs.setdefault(field, {"field": field, "roles": ["mentee", "mentor"],
                                        "required": False, "sensitive": False, "shown": []})
        if field.startswith("extra."):
            spec["label"] = "A question"
        spec["sensitive"] = mode == "sensitive"
        spec["shown"] = {"sensitive": [], "hidden": [], "match": ["match"],
                         "candidates": ["candidates"], "both": ["candidates", "match"]}[mode]
    plain["fields"] = list(specs.values())
    return msgspec.convert(plain, ps.Terms, strict=True)


def _fields(**values: Any) -> ps.ProfileFields:
    return msgspec.convert(values, ps.ProfileFields, strict=True)


def _key(member: str) -> str:
    return hashlib.sha256(member.encode()).hexdigest()


def _new_ids() -> Callable[[], str]:
    counter = itertools.count(1)
    return lambda: f"{next(counter):032x}"


def _run(members: Sequence[tuple[str, str, ps.ProfileFields]], *, terms: ps.Terms = TERMS,
         config: MatchConfig | None = None, exclusions: Sequence[tuple[str, str]] = (),
         rank_of: dict[tuple[str, str], int] | None = None, method: str = "max-matched",
         ) -> tuple[MatchResult, dict[str, str], dict[str, list[ps.Card]]]:
    cohort, ids = cohort_from_profiles(members, terms, exclusions=exclusions)
    result = match_cohort(cohort, config or MatchConfig())
    cards = cards_from_result(result, terms=terms, programme_id=terms.programme,
                              coordinator_hex=terms.coordinator,
                              key_of={e: _key(m) for e, m in ids.items()}, issued_ms=ISSUED,
                              method=method, new_id=_new_ids(), ids=ids, rank_of=rank_of)
    return result, ids, cards


def _plain(card: ps.Card) -> dict[str, Any]:
    plain: dict[str, Any] = msgspec.to_builtins(card)
    return plain


def _as_received(card: ps.Card) -> ps.Card:
    """The card as a participant's app reads it: a `programme.card` body through the schema."""
    body = ps.parse_body(ps.KIND_CARD, json.dumps(
        {"v": 1, "programme": card.programme, "card": _plain(card), "sig": "00" * 64}).encode())
    assert isinstance(body, ps.CardBody)
    assert ps.card_signed_bytes(body.card) == ps.card_signed_bytes(card)
    return body.card


ADA = _fields(wants={"python": 3, "sql": 2}, languages=["en", "fr"], timezone="Europe/London",
              department="Finance", extra={"site": "Leeds"})
BO = _fields(wants={"sql": 4}, languages=["en"], timezone="America/New_York",
             department="Legal")
BEN = _fields(skills={"python": 5, "sql": 4}, languages=["en"], timezone="Europe/Berlin",
              capacity=2, department="Legal", extra={"site": "York"})
CY = _fields(skills={"sql": 3}, languages=["en", "fr"], timezone="Europe/Paris", capacity=1,
             department="Finance")
COHORT = [("m-ada", "mentee", ADA), ("m-bo", "mentee", BO), ("m-ben", "mentor", BEN),
          ("m-cy", "mentor", CY)]


# -- shape and arithmetic ------------------------------------------------------------------------

def test_every_card_is_valid_and_adds_up_to_the_engine_s_numbers() -> None:
    result, ids, cards = _run(COHORT)
    assert list(cards) == ["m-ada", "m-bo", "m-ben", "m-cy"]
    scorer = result.scored.scorer
    max_milli = sum(scorer.config.weight_milli(c) for c in scorer.criteria)
    by_key = {_key(m): e for e, m in ids.items()}
    mentee_pos = {p.id: i for i, p in enumerate(scorer.mentees)}
    for member, held in cards.items():
        for card in held:
            assert _as_received(card) == card
            assert card.max_milli == max_milli
            assert (card.programme, card.coordinator, card.subject, card.issued, card.method) \
                == (TERMS.programme, TERMS.coordinator, _key(member), ISSUED, "max-matched")
            if not isinstance(card.peer, str):
                continue
            assert isinstance(card.criteria, list)
            assert card.score_milli == sum(c.contribution_milli for c in card.criteria)
            assert card.max_milli == sum(c.weight_milli for c in card.criteria)
            mentee = by_key[card.subject] if card.role == "mentee" else by_key[card.peer]
            assert card.score_milli == int(result.assignment.score_of[mentee_pos[mentee]])
    ids_seen = [card.id for held in cards.values() for card in held]
    assert len(set(ids_seen)) == len(ids_seen)


def test_a_mentor_with_several_mentees_gets_one_card_per_pair() -> None:
    _result, _ids, cards = _run([("m-ada", "mentee", ADA), ("m-bo", "mentee", BO),
                                 ("m-ben", "mentor", BEN)])
    ben = cards["m-ben"]
    assert len(ben) == 2
    assert {card.peer for card in ben} == {_key("m-ada"), _key("m-bo")}
    for card in ben:
        assert card.places == ps.Places(capacity=2, used=2)
        assert card.alternatives is msgspec.UNSET  # a mentor's card lists no alternatives
    for mentee in ("m-ada", "m-bo"):
        (card,) = cards[mentee]
        assert card.peer == _key("m-ben") and card.places is msgspec.UNSET


def test_a_sensitive_criterion_is_one_line_without_a_detail() -> None:
    result, _ids, cards = _run(COHORT)
    (ada,) = cards["m-ada"]
    assert isinstance(ada.criteria, list)
    names = [c.name for c in ada.criteria]
    assert names == ["skills", "timezone", "languages", "sensitive"]  # department is sensitive
    sensitive = ada.criteria[-1]
    assert sensitive.detail is msgspec.UNSET
    assert sensitive.weight_milli == result.config.weight_milli("department")
    # Not sensitive: the department is its own line, explained.
    _result, _ids, plain = _run(COHORT, terms=_terms(department="match"))
    (ada,) = plain["m-ada"]
    assert isinstance(ada.criteria, list)
    assert [c.name for c in ada.criteria][-1] == "department"
    assert isinstance(ada.criteria[-1].detail, str)


def test_the_vector_card_s_rules_and_criteria_shape() -> None:
    """As Ada's card of the vector: department sensitive, the exclusion rule withheld."""
    _result, _ids, cards = _run(COHORT)
    (ada,) = cards["m-ada"]
    assert ada.rules == VECTOR_CARD["rules"]
    assert [c["name"] for c in VECTOR_CARD["criteria"]][-1] == "sensitive"
    assert [c.name for c in ada.criteria][-1] == "sensitive"  # type: ignore[union-attr]
    for ben in cards["m-ben"]:
        assert ben.rules == ["capacity", "shared_language", "withheld"]


# -- rules ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("terms", "expected"), [
    # department sensitive (the vector's terms): its rule folds into the exclusion's `withheld`
    (TERMS, ["shared_skill", "shared_language", "withheld", "timezone_gap", "same_columns"]),
    (_terms(department="hidden", extra__site="sensitive"),
     ["shared_skill", "shared_language", "withheld", "same_department", "timezone_gap"]),
    (_terms(skills="sensitive", timezone="sensitive"),
     ["withheld", "shared_language", "same_columns"]),
])
def test_a_rule_computed_from_a_sensitive_field_reads_withheld(terms: ps.Terms,
                                                               expected: list[str]) -> None:
    config = MatchConfig(exclude_same_department=True, same_columns=("site",),
                         max_timezone_gap_hours=12)
    _result, _ids, cards = _run(COHORT, terms=terms, config=config)
    for member in ("m-ada", "m-bo"):
        assert [card.rules for card in cards[member]] == [expected]


def test_min_score_reads_withheld_when_any_weighted_criterion_is_sensitive() -> None:
    config = MatchConfig(min_score=1.0)
    _result, _ids, cards = _run(COHORT, config=config)
    assert cards["m-ada"][0].rules[-1] == "withheld"
    assert "min_score" not in cards["m-ada"][0].rules
    _result, _ids, plain = _run(COHORT, config=config, terms=_terms(department="hidden"))
    assert plain["m-ada"][0].rules[-1] == "min_score"
    weightless = MatchConfig(min_score=1.0, weights={**config.weights, "department": 0.0})
    _result, _ids, zero = _run(COHORT, config=weightless)
    assert zero["m-ada"][0].rules[-1] == "min_score"


def test_an_exclusion_shows_only_as_withheld_and_an_alternative_names_nobody() -> None:
    _result, _ids, cards = _run(COHORT, exclusions=[("m-bo", "m-ben")],
                                terms=_terms(department="match"))
    (bo,) = cards["m-bo"]
    ruled_out = [a for a in bo.alternatives if a.status == "ruled_out"]  # type: ignore[union-attr]
    assert [a.rules for a in ruled_out] == [["withheld"]]
    text = json.dumps(_plain(bo))
    for secret in ("m-ben", "m-ada", "m-cy", "p1", "p2", "p3", "p4", _key("m-ben"),
                   "exclusion", "Legal"):
        if secret == "Legal":  # Bo's own department may be named on Bo's own card
            continue
        assert secret not in text
    for alternative in bo.alternatives:  # type: ignore[union-attr]
        assert set(msgspec.to_builtins(alternative)) <= {
            "score_milli", "status", "rules", "lower_on", "total_change_milli"}


def test_a_department_rule_on_an_alternative_is_withheld_when_sensitive() -> None:
    config = MatchConfig(exclude_same_department=True)
    members = [("m-ada", "mentee", ADA), ("m-cy", "mentor", CY), ("m-ben", "mentor", BEN)]
    _result, _ids, cards = _run(members, config=config)
    (ada,) = cards["m-ada"]  # Cy is in Ada's department: ruled out
    rules = [a.rules for a in ada.alternatives if a.status == "ruled_out"]  # type: ignore[union-attr]
    assert rules == [["withheld"]]
    _result, _ids, plain = _run(members, config=config, terms=_terms(department="hidden"))
    (ada,) = plain["m-ada"]
    rules = [a.rules for a in ada.alternatives if a.status == "ruled_out"]  # type: ignore[union-attr]
    assert rules == [["same_department"]]


def test_lower_on_sums_sensitive_criteria_into_one_line() -> None:
    members = [("m-ada", "mentee", ADA), ("m-cy", "mentor", CY), ("m-ben", "mentor", BEN)]
    _result, _ids, cards = _run(members)
    (ada,) = cards["m-ada"]
    assert ada.peer == _key("m-ben")
    (alternative,) = ada.alternatives  # type: ignore[misc]
    # Cy covers half the wanted skills, speaks both of Ada's languages (+500) and shares her
    # department (-500 under "prefer different", a sensitive criterion here).
    assert alternative.status == "lower" and alternative.rules == []
    assert [msgspec.to_builtins(s) for s in alternative.lower_on] == [
        {"name": "skills", "difference_milli": -2500},
        {"name": "sensitive", "difference_milli": -500}]
    assert alternative.score_milli == ada.score_milli - 2500 + 500 - 500  # type: ignore[operator]


def test_a_swap_that_would_raise_the_total_is_left_out() -> None:
    facts = pc._PairFacts(contributions={}, total=100, violations=0, skill_fraction=1.0,
                          overlap_hours=8.0, style_fraction=0.5, style_common=0)

    class _Stub:
        criteria: tuple[str, ...] = ()

        def shortfalls(self, pair: Any, own: Any) -> list[dict[str, Any]]:
            return []

    raised = pc._alternative(_Stub(), facts, facts,  # type: ignore[arg-type]
                             {"status": "full", "swap": {"total_change": 0.5}}, None, None)  # type: ignore[arg-type]
    assert "total_change_milli" not in raised
    lowered = pc._alternative(_Stub(), facts, facts,  # type: ignore[arg-type]
                              {"status": "full", "swap": {"total_change": -1.25}}, None, None)  # type: ignore[arg-type]
    assert lowered["total_change_milli"] == -1250
    msgspec.convert(lowered, ps.Alternative, strict=True)


# -- unmatched and places -----------------------------------------------------------------------

def test_unmatched_reasons_are_the_protocol_s_codes() -> None:
    nobody_offers = _fields(wants={"haskell": 3}, languages=["en"], timezone="UTC")
    excluded = _fields(wants={"python": 3}, languages=["en"], timezone="UTC")
    wants_sql = _fields(wants={"sql": 2}, languages=["en"], timezone="UTC")
    also_sql = _fields(wants={"sql": 2}, languages=["en"], timezone="UTC")
    one_place = _fields(skills={"sql": 5, "python": 5}, languages=["en"], timezone="UTC",
                        capacity=1)
    spare = _fields(skills={"go": 5}, languages=["en"], timezone="UTC", capacity=1)
    members = [("haskell", "mentee", nobody_offers), ("excluded", "mentee", excluded),
               ("sql-1", "mentee", wants_sql), ("sql-2", "mentee", also_sql),
               ("full", "mentor", one_place), ("go", "mentor", spare)]
    _result, _ids, cards = _run(members, exclusions=[("excluded", "full")])
    reasons = {m: [c.unmatched for c in held] for m, held in cards.items()}
    assert reasons["haskell"] == ["no_candidates"]
    assert reasons["excluded"] == ["no_acceptable"]
    assert sorted(reasons["sql-1"] + reasons["sql-2"], key=str) == sorted(
        [msgspec.UNSET, "all_full"], key=str)
    assert reasons["go"] == ["no_candidates"]
    assert reasons["full"] == [msgspec.UNSET]
    (go,) = cards["go"]
    assert go.places == ps.Places(capacity=1, used=0)


def test_a_mentor_placed_out_by_the_objective_and_one_nobody_can_take() -> None:
    ada = _fields(wants={"sql": 2}, languages=["en"], timezone="UTC")
    first = _fields(skills={"sql": 5}, languages=["en"], timezone="UTC", capacity=1)
    second = _fields(skills={"sql": 4}, languages=["en"], timezone="UTC", capacity=1)
    french = _fields(skills={"sql": 4}, languages=["fr"], timezone="UTC", capacity=1)
    _result, _ids, cards = _run([("ada", "mentee", ada), ("first", "mentor", first),
                                 ("second", "mentor", second), ("french", "mentor", french)])
    assert [c.unmatched for c in cards["first"]] == [msgspec.UNSET]
    assert [c.unmatched for c in cards["second"]] == ["objective"]
    assert [c.unmatched for c in cards["french"]] == ["no_acceptable"]


def test_a_sensitive_capacity_gives_no_places_and_a_withheld_rule() -> None:
    _result, _ids, cards = _run(COHORT, terms=_terms(capacity="sensitive"))
    for card in cards["m-ben"]:
        assert card.places is msgspec.UNSET
        assert card.rules[0] == "withheld" and "capacity" not in card.rules


def test_ranks_come_from_the_coordinator_s_record_or_the_engine() -> None:
    # p1 Ada, p2 Bo, p3 Ben (two places: both mentees), p4 Cy
    result, ids, cards = _run(COHORT, rank_of={("p1", "p3"): 2, ("p3", "p1"): 1,
                                               ("p2", "p3"): 11}, method="rank-maximal")
    (ada,) = cards["m-ada"]
    assert ada.peer == _key("m-ben") and ada.rank == 2
    ranks = {card.peer: card.rank for card in cards["m-ben"]}
    assert ranks == {_key("m-ada"): 1, _key("m-bo"): msgspec.UNSET}
    assert cards["m-bo"][0].rank is msgspec.UNSET  # 11 is no place on a shortlist
    assert all(card.method == "rank-maximal" for held in cards.values() for card in held)
    # Without a record, a rank the engine put on a mentee's card is used.
    for card in result.cards:
        if card["participant_id"] == "p1":
            card["rank"] = 3
    again = cards_from_result(result, terms=TERMS, programme_id=TERMS.programme,
                              coordinator_hex=TERMS.coordinator,
                              key_of={e: _key(m) for e, m in ids.items()}, issued_ms=ISSUED,
                              method="rank-maximal", new_id=_new_ids(), ids=ids)
    assert again["m-ada"][0].rank == 3


def test_sensitive_criteria_heavier_than_a_criterion_may_be_are_refused() -> None:
    heavy = MatchConfig(weights={"skills": 900.0, "working_style": 3.0, "timezone": 1.5,
                                 "languages": 1.0, "department": 200.0})
    with pytest.raises(CardError, match="sensitive"):
        _run(COHORT, config=heavy, terms=_terms(skills="sensitive"))


def test_without_ids_cards_are_keyed_by_engine_id() -> None:
    cohort, ids = cohort_from_profiles(COHORT, TERMS)
    result = match_cohort(cohort, MatchConfig())
    cards = cards_from_result(result, terms=TERMS, programme_id=TERMS.programme,
                              coordinator_hex=TERMS.coordinator,
                              key_of={e: _key(m) for e, m in ids.items()}, issued_ms=ISSUED,
                              method="max-score", new_id=_new_ids())
    assert list(cards) == ["p1", "p2", "p3", "p4"]


# -- nothing a card never says, over random cohorts and terms ----------------------------------

MODES = ("sensitive", "hidden", "match", "both")
ZONES = ("Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Sydney",
         "America/Sao_Paulo", "Asia/Kolkata", "Pacific/Auckland", "Africa/Nairobi")
STYLE = {"structure": ("planned", "mixed", "open"), "feedback": ("direct", "balanced", "gentle")}


@st.composite
def _scenario(draw: st.DrawFn) -> dict[str, Any]:
    modes = {name: draw(st.sampled_from(MODES)) for name in FIELD_NAMES}
    mentees = draw(st.integers(1, 4))
    mentors = draw(st.integers(1, 3))
    zones = draw(st.permutations(ZONES))
    people = []
    for n in range(mentees + mentors):
        role = "mentee" if n < mentees else "mentor"
        levels = draw(st.dictionaries(st.sampled_from(("python", "sql", "rust")),
                                      st.integers(1, 5), min_size=1))
        own = {f"{role[4:]}{n}canaryskill": 3}
        values: dict[str, Any] = {
            "languages": [*draw(st.sets(st.sampled_from(("en", "fr")), min_size=1)),
                          f"l{n}canarylang"],
            "timezone": zones[n], "department": f"Dept{n}canary",
            "extra": {"site": draw(st.sampled_from(("Leedscanary", "Yorkcanary")))},
            "working_style": {q: draw(st.sampled_from(a)) for q, a in STYLE.items()},
        }
        if role == "mentee":
            values["wants"] = {**levels, **own}
        else:
            values["skills"] = {**levels, **own}
            values["capacity"] = draw(st.integers(0, 3))
        people.append((f"mid{n}canary", role, _fields(**values)))
    pairs = [(a, b) for (a, ra, _), (b, rb, _) in itertools.combinations(people, 2) if ra != rb]
    exclusions = draw(st.lists(st.sampled_from(pairs), max_size=2)) if pairs else []
    config = MatchConfig(
        objective=draw(st.sampled_from(("max-matched", "max-score", "fairness"))),
        exclude_same_department=draw(st.booleans()),
        same_columns=draw(st.sampled_from(((), ("site",)))),
        min_score=draw(st.sampled_from((0.0, 2.0))),
        max_timezone_gap_hours=draw(st.sampled_from((None, 6.0))),
        working_style_scale=(1.0, 3.0), alternatives=draw(st.integers(0, 10)))
    return {"modes": modes, "people": people, "exclusions": exclusions, "config": config}


def _values(fields: ps.ProfileFields, name: str) -> list[str]:
    plain = msgspec.to_builtins(fields)
    if name == "extra.site":
        return [plain["extra"]["site"]]
    if name in ("skills", "wants"):
        return [s for s in plain.get(name, {}) if "canary" in s]
    if name == "languages":
        return [lang for lang in plain["languages"] if "canary" in lang]
    if name in ("timezone", "department"):
        return [plain[name]]
    return []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_scenario())
def test_no_card_says_what_it_must_never_say(scenario: dict[str, Any]) -> None:
    modes: dict[str, str] = scenario["modes"]
    terms = _terms(**{name.replace(".", "__"): mode for name, mode in modes.items()})
    people = scenario["people"]
    result, ids, cards = _run(people, terms=terms, config=scenario["config"],
                              exclusions=scenario["exclusions"])
    assert set(cards) == {member for member, _role, _fields in people}
    sensitive_criteria = {name for name, fields in pc.CRITERION_FIELDS.items()
                          if any(modes[f] == "sensitive" for f in fields)}
    withheld_rules = {rule for rule, fields in pc.RULE_FIELDS.items()
                      if any(modes[f] == "sensitive" for f in fields)}
    if modes["extra.site"] == "sensitive":
        withheld_rules.add("same_columns")
    for subject, held in cards.items():
        for card in held:
            assert _as_received(card) == card
            text = json.dumps(_plain(card), ensure_ascii=False)
            for member, _role, fields in people:
                assert member not in text  # no member id (nor engine id: see below)
                for name in FIELD_NAMES:
                    own = member == subject
                    # A sensitive value never appears, not even on its owner's card; one the
                    # terms do not show to `match` appears only on its owner's card. Programme
                    # questions are never explained at all.
                    never = modes[name] == "sensitive" or name == "extra.site" or (
                        not own and modes[name] not in ("match", "both"))
                    if never:
                        for value in _values(fields, name):
                            assert value not in text, (name, modes[name], own)
            codes = set(card.rules)
            for alternative in card.alternatives or ():
                codes |= set(alternative.rules)
                assert alternative.status != "ruled_out" or alternative.rules
            assert not codes & withheld_rules
            assert "withheld" in card.rules
            if isinstance(card.criteria, list):
                names = {c.name for c in card.criteria}
                assert not names & sensitive_criteria
                assert ("sensitive" in names) == bool(sensitive_criteria)
                assert card.score_milli == sum(c.contribution_milli for c in card.criteria)
            if modes["capacity"] == "sensitive":
                assert card.places is msgspec.UNSET
            for engine_id in ids:
                assert f'"{engine_id}"' not in text
    assert result.cards


# -- shortlists ---------------------------------------------------------------------------------

def test_shortlist_entries_show_only_what_candidates_may_see() -> None:
    cohort, ids = cohort_from_profiles(COHORT, TERMS)
    result = match_cohort(cohort, MatchConfig())
    engine = {m: e for e, m in ids.items()}
    candidates = [Candidate(engine_id=engine[m], candidate=f"{n:032x}", name=name, headline="",
                            profile=fields, signing=_key(m), box=_key(m + "box"))
                  for n, (m, name, fields) in enumerate([("m-ben", "Ben", BEN),
                                                         ("m-cy", "Cy", CY)], start=1)]
    entries = shortlist_entries(result.scored, engine["m-ada"], candidates, terms=TERMS)
    assert [e.candidate for e in entries] == [f"{1:032x}", f"{2:032x}"]
    for entry in entries:
        ps.check_shown(entry.profile, TERMS, "candidates")
        assert set(entry.profile.present()) <= {"skills", "wants"}
        assert entry.score_milli == sum(c.contribution_milli for c in entry.criteria)
        assert entry.max_milli == sum(c.weight_milli for c in entry.criteria)
        text = json.dumps(msgspec.to_builtins(entry))
        # Languages and time zones are shown to `match` only, the department to nobody.
        for secret in ("Europe/Berlin", "Europe/Paris", "Legal", "York", "Finance"):
            assert secret not in text
    body = ps.parse_body(ps.KIND_SHORTLIST, {
        "v": 1, "programme": TERMS.programme, "shortlist": "ab" * 16, "issued": ISSUED,
        "expires": ISSUED + 1, "mode": "request",
        "entries": [msgspec.to_builtins(e) for e in entries]})
    assert isinstance(body, ps.ShortlistBody)
    # The engine's own numbers: Ben and Ada's pair scores the same on the card.
    _result, _ids, cards = _run(COHORT)
    (ada,) = cards["m-ada"]
    assert ada.peer == _key("m-ben")
    assert entries[0].score_milli == ada.score_milli
    assert [c.name for c in entries[0].criteria] == [c.name for c in ada.criteria]  # type: ignore[union-attr]


def test_a_shortlist_of_the_subject_s_own_role_is_refused() -> None:
    cohort, ids = cohort_from_profiles(COHORT, TERMS)
    result = match_cohort(cohort, MatchConfig())
    same = [Candidate(engine_id="p2", candidate="00" * 16, name="Bo", headline="", profile=BO)]
    with pytest.raises(CardError):
        shortlist_entries(result.scored, "p1", same, terms=TERMS)
    assert ids


def test_shown_profile_keeps_only_the_audience_s_fields() -> None:
    terms = _terms(extra__site="candidates", timezone="both")
    assert msgspec.to_builtins(shown_profile(ADA, terms, "candidates")) == {
        "wants": {"python": 3, "sql": 2}, "timezone": "Europe/London",
        "extra": {"site": "Leeds"}}
    assert msgspec.to_builtins(shown_profile(ADA, terms, "match")) == {
        "wants": {"python": 3, "sql": 2}, "languages": ["en", "fr"],
        "timezone": "Europe/London"}


def test_a_long_detail_falls_back_to_a_short_sentence() -> None:
    wants = {f"skill-{n:02d}-{'x' * 40}": 3 for n in range(12)}
    ada = _fields(wants=wants, languages=["en"], timezone="UTC")
    ben = _fields(skills={next(iter(wants)): 1}, languages=["en"], timezone="UTC", capacity=1)
    _result, _ids, cards = _run([("a", "mentee", ada), ("b", "mentor", ben)])
    (card,) = cards["a"]
    skills = card.criteria[0]  # type: ignore[index]
    assert skills.name == "skills" and skills.detail == "Covers 3% of the wanted skills."


def test_details_name_the_peer_s_fields_only_where_the_terms_show_them() -> None:
    _result, _ids, cards = _run(COHORT)
    (ada,) = cards["m-ada"]
    assert {c.name: c.detail for c in ada.criteria} == {  # type: ignore[union-attr]
        "skills": "Offers every wanted skill at the level wanted or above (python, sql).",
        "timezone": "7 of 8 working hours in common: Europe/London and Europe/Berlin.",
        "languages": "Shared language: en (1 of 2).",
        "sensitive": msgspec.UNSET}
    _result, _ids, hidden = _run(COHORT, terms=_terms(skills="candidates", timezone="hidden",
                                                      languages="hidden", wants="hidden"))
    (ada,) = hidden["m-ada"]
    assert {c.name: c.detail for c in ada.criteria} == {  # type: ignore[union-attr]
        "skills": "Covers 100% of your wanted skills (python, sql).",
        "timezone": "7 of 8 working hours in common.",
        "languages": "1 of your 2 languages in common.",
        "sensitive": msgspec.UNSET}
    ben = next(c for c in hidden["m-ben"] if c.peer == _key("m-ada"))
    assert {c.name: c.detail for c in ben.criteria} == {  # type: ignore[union-attr]
        "skills": "Covers 100% of the mentee's wanted skills.",
        "timezone": "7 of 8 working hours in common.",
        "languages": "50% of the mentee's languages in common.",
        "sensitive": msgspec.UNSET}


def test_a_field_the_terms_do_not_ask_is_said_to_be_so() -> None:
    _result, _ids, cards = _run(COHORT, terms=_terms(timezone="absent", languages="absent"))
    (ada,) = cards["m-ada"]
    details = {c.name: c.detail for c in ada.criteria}  # type: ignore[union-attr]
    assert details["timezone"] == "Time zones are not asked in this programme."
    assert details["languages"] == "Languages are not asked in this programme."


def test_a_card_without_alternatives_leaves_the_field_out() -> None:
    _result, _ids, cards = _run(COHORT, config=MatchConfig(alternatives=0))
    assert all(card.alternatives is msgspec.UNSET for held in cards.values() for card in held)
    _result, _ids, cards = _run(COHORT)
    assert isinstance(cards["m-ada"][0].alternatives, list)
