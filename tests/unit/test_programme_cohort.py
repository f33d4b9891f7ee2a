"""domain/programme_cohort.py: enrolment profiles become the matching engine's cohort — each
field in its column, engine ids of our own, the coordinator's exclusions, and nothing a
participant typed able to break a cell or add a column."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import msgspec
import pytest

from ementor_desktop.domain.programme_cohort import (
    ANY_LANGUAGE,
    DEFAULT_TIMEZONE,
    NOTHING,
    STYLE_SCALE,
    cohort_from_profiles,
    for_profiles,
    style_columns,
)
from ementor_desktop.errors import UsageError
from ementor_desktop.matching import MatchConfig, match_cohort
from ementor_desktop.protocol import programme_schema as ps
from ementor_desktop.protocol.profile_schema import WORKING_STYLE

_DOC = (Path(__file__).resolve().parents[2] / "docs" / "protocol.md").read_text(encoding="utf-8")
_PART_4 = _DOC[_DOC.index("# Part 4"):]
TERMS_PLAIN: dict[str, Any] = json.loads(
    re.search(r"^terms_json: (.*)$", _PART_4, re.MULTILINE).group(1))  # type: ignore[union-attr]
TERMS = msgspec.convert(TERMS_PLAIN, ps.Terms, strict=True)


def _terms(change: Any = None) -> ps.Terms:
    plain = copy.deepcopy(TERMS_PLAIN)
    if change is not None:
        change(plain)
    return msgspec.convert(plain, ps.Terms, strict=True)


def _fields(**values: Any) -> ps.ProfileFields:
    return msgspec.convert(values, ps.ProfileFields, strict=True)


ADA = _fields(wants={"Python": 3, "SQL": 2}, languages=["en", "FR"], timezone="Europe/London",
              department="Finance", extra={"site": "Leeds"})
BEN = _fields(skills={"python": 5, "sql": 4}, languages=["en"], timezone="Europe/Berlin",
              capacity=2, department="Legal")


def test_each_field_lands_in_its_engine_column() -> None:
    cohort, ids = cohort_from_profiles([("m-ada", "mentee", ADA), ("m-ben", "mentor", BEN)],
                                       TERMS)
    assert ids == {"p1": "m-ada", "p2": "m-ben"}
    ada, ben = cohort.participants
    assert (ada.id, ada.role, ada.name) == ("p1", "mentee", "")
    assert ada.wants == {"python": 3, "sql": 2} and ada.skills == {}
    assert ada.languages == ("en", "fr") and ada.timezone == "Europe/London"
    assert ada.capacity == 1 and ada.department == "Finance"
    assert ada.extra == {"site": "Leeds"}
    assert ben.skills == {"python": 5, "sql": 4} and ben.wants == {}
    assert ben.capacity == 2 and ben.extra == {"site": ""}
    assert cohort.extra_columns == ("site",)
    assert [p.id for p in cohort.mentees] == ["p1"] and [p.id for p in cohort.mentors] == ["p2"]


def test_a_profile_body_is_read_through_its_fields() -> None:
    body = msgspec.convert({
        "v": 1, "programme": TERMS.programme,
        "consent": {"v": 1, "programme": TERMS.programme, "coordinator": TERMS.coordinator,
                    "participant": "ab" * 32, "role": "mentee",
                    "terms": "Tdw4IGSLKQqNpDvz2zKGSvTAJesn9EdaiUcCNl1Y0y8", "scopes": [],
                    "at": 1767693600000},
        "sig": "00" * 64, "name": "Ada", "role": "mentee", "headline": "",
        "fields": msgspec.to_builtins(ADA), "routes": ["A" * 43]}, ps.ProfileBody, strict=True)
    cohort, _ids = cohort_from_profiles([("m-ada", "mentee", body)], TERMS)
    assert cohort.participants[0].wants == {"python": 3, "sql": 2}


def test_working_style_answers_become_ws_columns_by_position() -> None:
    terms = _terms(lambda t: t["fields"].append(
        {"field": "working_style", "roles": ["mentee", "mentor"], "required": False,
         "sensitive": False, "shown": []}))
    ada = _fields(**msgspec.to_builtins(ADA),
                  working_style={"structure": "open", "feedback": "direct"})
    cohort, _ids = cohort_from_profiles([("a", "mentee", ada), ("b", "mentor", BEN)], terms)
    assert cohort.extra_columns == ("site", *style_columns())
    columns = cohort.participants[0].extra
    assert columns["ws_structure"] == "3" and columns["ws_feedback"] == "1"
    assert columns["ws_learning"] == "" and cohort.participants[1].extra["ws_focus"] == ""
    # Without the field in the terms there is no working-style column at all.
    plain, _ = cohort_from_profiles([("a", "mentee", ada)], TERMS)
    assert not any(c.startswith("ws_") for c in plain.extra_columns)


HOSTILE = 'x",role,mentor\r\nevil;python:5,"'  # what would break or add columns in CSV text


def test_no_value_a_participant_chose_can_break_a_cell_or_add_a_column() -> None:
    ada = _fields(wants={"c;python:5,x": 2, 'sql"': 4}, languages=['en,"de"'],
                  timezone="Europe/London", department='Le"gal,ws_evil=1',
                  extra={"site": "=cmd|' /C calc'!A0,mentor"})
    ben = _fields(skills={"c;python:5,x": 5, 'sql"': 4}, languages=['en,"de"'],
                  timezone="Europe/London", capacity=1, department="Finance;Legal")
    members = [('a,b;"c"\nid', "mentee", ada), ("ben:x", "mentor", ben)]
    cohort, ids = cohort_from_profiles(members, TERMS)
    a, b = cohort.participants
    assert ids == {"p1": 'a,b;"c"\nid', "p2": "ben:x"}
    assert a.wants == {"c;python:5,x": 2, 'sql"': 4}
    assert a.languages == ('en,"de"',) and b.languages == ('en,"de"',)
    assert a.department == 'Le"gal,ws_evil=1'
    assert a.extra == {"site": "=cmd|' /C calc'!A0,mentor"}
    assert cohort.extra_columns == ("site",)
    assert (a.role, b.role) == ("mentee", "mentor")
    # The engine runs on it and pairs them on exactly those names.
    result = match_cohort(cohort, MatchConfig())
    assert result.assignment.mentor_of.tolist() == [0]
    # A CSV-shaped hostile value is just text too.
    hostile = _fields(wants={HOSTILE.replace("\r\n", " "): 3}, languages=["en"],
                      timezone="UTC")
    cohort, _ = cohort_from_profiles([("h", "mentee", hostile)], TERMS)
    assert list(cohort.participants[0].wants) == [HOSTILE.replace("\r\n", " ").casefold()]
    assert cohort.participants[0].role == "mentee" and len(cohort.participants) == 1


def test_exclusions_are_the_coordinator_s_and_keep_a_pair_apart() -> None:
    members = [("ada", "mentee", ADA), ("ben", "mentor", BEN)]
    cohort, _ = cohort_from_profiles(members, TERMS, exclusions=[("ben", "ada")])
    assert cohort.participants[1].exclude == ("p1",)
    assert cohort.participants[0].exclude == ()
    result = match_cohort(cohort, MatchConfig())
    assert result.assignment.mentor_of.tolist() == [-1]
    together, _ = cohort_from_profiles(members, TERMS)
    assert match_cohort(together, MatchConfig()).assignment.mentor_of.tolist() == [0]


@pytest.mark.parametrize(("pairs", "message"), [
    ([("ada", "nobody")], "not in the cohort"),
    ([("ada", "ada")], "two different people"),
])
def test_a_bad_exclusion_is_a_clear_error(pairs: list[tuple[str, str]], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        cohort_from_profiles([("ada", "mentee", ADA), ("ben", "mentor", BEN)], TERMS,
                             exclusions=pairs)


def test_a_member_twice_or_an_unknown_role_is_refused() -> None:
    with pytest.raises(UsageError, match="twice"):
        cohort_from_profiles([("ada", "mentee", ADA), ("ada", "mentee", ADA)], TERMS)
    with pytest.raises(UsageError, match="role"):
        cohort_from_profiles([("ada", "coordinator", ADA)], TERMS)


@pytest.mark.parametrize("column", ["ws_pace", "skills", "exclude"])
def test_a_programme_question_may_not_take_an_engine_column(column: str) -> None:
    terms = _terms(lambda t: t["fields"].append(
        {"field": f"extra.{column}", "roles": ["mentee"], "required": False,
         "sensitive": False, "shown": [], "label": "A question"}))
    with pytest.raises(UsageError, match=column):
        cohort_from_profiles([("ada", "mentee", ADA)], terms)


def test_without_languages_in_the_terms_nobody_is_ruled_out_by_language() -> None:
    terms = _terms(lambda t: t.update(fields=[f for f in t["fields"]
                                              if f["field"] != "languages"]))
    ada = _fields(wants={"python": 3}, timezone="Europe/London")
    ben = _fields(skills={"python": 5}, timezone="Europe/London", capacity=1)
    cohort, _ = cohort_from_profiles([("a", "mentee", ada), ("b", "mentor", ben)], terms)
    assert [p.languages for p in cohort.participants] == [(ANY_LANGUAGE,)] * 2
    assert match_cohort(cohort, MatchConfig()).assignment.mentor_of.tolist() == [0]
    # With languages asked, a person who gave none shares none (and the engine's share of
    # the mentee's languages stays defined).
    asked, _ = cohort_from_profiles([("a", "mentee", ada), ("b", "mentor", ben)], TERMS)
    assert asked.participants[0].languages == (NOTHING,)
    assert match_cohort(asked, MatchConfig()).assignment.mentor_of.tolist() == [-1]


def test_a_mentee_without_wanted_skills_is_scored_and_matched_with_nobody() -> None:
    ada = _fields(languages=["en"], timezone="Europe/London")
    cohort, _ = cohort_from_profiles([("a", "mentee", ada), ("b", "mentor", BEN)], TERMS)
    assert cohort.participants[0].wants == {NOTHING: 1}
    result = match_cohort(cohort, MatchConfig())
    assert result.assignment.mentor_of.tolist() == [-1]


def test_missing_time_zone_and_capacity_take_defaults() -> None:
    ben = _fields(skills={"python": 5}, languages=["en"])
    cohort, _ = cohort_from_profiles([("b", "mentor", ben)], TERMS)
    assert cohort.participants[0].timezone == DEFAULT_TIMEZONE
    assert cohort.participants[0].capacity == 1


def test_a_mentee_s_offered_skills_and_a_mentor_s_wants_are_not_used() -> None:
    both = _fields(skills={"rust": 5}, wants={"go": 2}, languages=["en"], capacity=3)
    cohort, _ = cohort_from_profiles([("a", "mentee", both), ("b", "mentor", both)], TERMS)
    mentee, mentor = cohort.participants
    assert (mentee.skills, mentee.wants, mentee.capacity) == ({}, {"go": 2}, 1)
    assert (mentor.skills, mentor.wants, mentor.capacity) == ({"rust": 5}, {}, 3)


def test_opposite_working_styles_score_as_opposite_in_a_programme() -> None:
    """Profile answers are positions 1-3; the engine's default scale is the CSV's 1-5. Scored
    on 1-5, "planned" against "open" counted as half apart and the criterion gave half its
    points to people who answered every question oppositely."""
    from ementor_desktop.matching.scoring import PairScorer

    terms = _terms(lambda t: t["fields"].append(
        {"field": "working_style", "roles": ["mentee", "mentor"], "required": False,
         "sensitive": False, "shown": []}))
    first = {q: WORKING_STYLE[q][0] for q in WORKING_STYLE}
    last = {q: WORKING_STYLE[q][-1] for q in WORKING_STYLE}
    mentee = _fields(**msgspec.to_builtins(ADA), working_style=first)
    alike = _fields(**msgspec.to_builtins(BEN), working_style=first)
    opposite = _fields(**msgspec.to_builtins(BEN), working_style=last)
    cohort, _ids = cohort_from_profiles(
        [("a", "mentee", mentee), ("b", "mentor", alike), ("c", "mentor", opposite)], terms)
    config = for_profiles(MatchConfig())
    assert config.working_style_scale == STYLE_SCALE == (1.0, 3.0)
    style = PairScorer(cohort, config).pairs([0, 0], [0, 1]).contributions["working_style"]
    assert int(style[0]) == config.weight_milli("working_style") and int(style[1]) == 0
    assert for_profiles(config) is config
