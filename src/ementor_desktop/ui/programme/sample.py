"""Made-up programme data for screenshots and tests: a programme with its code, a cohort in every
state, a proposal computed by the real matching engine over a small invented cohort, a year's
report with small months suppressed, the terms and match card of docs/protocol.md Part 4's
vectors. Nothing here is anyone's real data."""

from __future__ import annotations

import json
from typing import Any

import msgspec

from ementor_desktop.domain.programme_types import (
    HeldCard,
    MyProgrammeState,
    ParticipantRow,
    ParticipantState,
    PeriodFigures,
    ProgrammeInfo,
    ProgrammeReport,
    PulseFigures,
)
from ementor_desktop.protocol.programme_schema import Terms

PROGRAMME = "00112233445566778899aabbccddeeff"
COORDINATOR = "cd14b37f956e953194ff7fb73b3d81dcc561d61a7538094b7c3e1a643ee5f3aa"
#: The enrolment code of docs/protocol.md Part 4 §3 (vector "programme-code").
CODE = (
    "ementor-programme-1:eyJyIjoiaHR0cHM6Ly9yZWxheS5leGFtcGxlLm9yZyIsInMiOiJZR0ZpWTJSbFptZG9hV3By"
    "YkcxdWIzQnhjbk4wZFhaM2VIbDZlM3g5Zm44IiwiayI6InpSU3pmNVZ1bFRHVV8zLTNPejJCM01WaDFocDFPQWxMZkQ0"
    "YVpEN2w4Nm8iLCJiIjoiWUZweVhTcEszLTZ4b3A0WDdkWWh3YmRaUHVqTnZFU3NiRXEyNHZnRjBqdyIsInAiOiIwMDEx"
    "MjIzMzQ0NTU2Njc3ODg5OWFhYmJjY2RkZWVmZiIsIngiOiJ3TUhDdzhURnhzZkl5Y3JMek0zT3o5RFIwdFBVMWRiWDJO"
    "bmEyOXpkM3Q4IiwidCI6IlRkdzRJR1NMS1FxTnBEdnoyektHU3ZUQUplc245RWRhaVVjQ05sMVkweTgiLCJlIjoxNzY5"
    "OTA0MDAwLCJuIjoiTWVudG9yaW5nIMOgIGxhIGNhcnRlIDIwMjYiLCJhIjoiZW1yMV80T0hpNC1UbDV1Zm82ZXJyN08z"
    "dTdfRHg4dlAwOWZiMy1QbjYtX3o5X3Y4In0.726d27fe")

#: The terms of docs/protocol.md Part 4 §5 (vector "programme-terms").
TERMS_JSON: dict[str, Any] = {
    "programme": PROGRAMME, "coordinator": COORDINATOR, "name": "Mentoring à la carte 2026",
    "organiser": "People team, Example Org",
    "purpose": "Pair engineers in their first year with experienced colleagues for six months.",
    "benefits": "A mentor outside your own team.\nOne hour a fortnight in working time.",
    "expectations": "Meet at least once a fortnight and tell us if it is not working.",
    "admission": "review", "max_participants": 200,
    "fields": [
        {"field": "skills", "roles": ["mentor"], "required": True, "sensitive": False,
         "shown": ["candidates", "match"]},
        {"field": "wants", "roles": ["mentee"], "required": True, "sensitive": False,
         "shown": ["candidates", "match"]},
        {"field": "languages", "roles": ["mentee", "mentor"], "required": True,
         "sensitive": False, "shown": ["match"]},
        {"field": "timezone", "roles": ["mentee", "mentor"], "required": True,
         "sensitive": False, "shown": ["match"]},
        {"field": "capacity", "roles": ["mentor"], "required": True, "sensitive": False,
         "shown": []},
        {"field": "department", "roles": ["mentee", "mentor"], "required": False,
         "sensitive": True, "shown": []},
        {"field": "extra.site", "roles": ["mentee", "mentor"], "required": False,
         "sensitive": False, "shown": ["match"], "label": "Which site do you work at?"}],
    "matching": {"mode": "coordinator", "rank": True, "shortlist": 3, "open_requests": 1,
                 "request_days": 7, "config": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934"
                                              "ca495991b7852b855"},
    "reporting": {"scopes": ["goals", "pulse", "sessions"], "min_group": 5, "pulse": [
        {"id": "useful", "question": "How useful was mentoring this month?", "p_milli": 1000},
        {"id": "safe", "question": "Do you feel safe raising a problem with your mentor or "
                                   "mentee?", "p_milli": 500}]},
    "retention": {"after_end_days": 90, "report_days": 730},
    "starts": "2026-01-12", "ends": "2026-06-30",
    "agreement": {"cadence": "fortnightly", "coordinator": ["goals", "sessions"]},
}

#: Ada's match card of docs/protocol.md Part 4 §6 (vector "match-card").
CARD_JSON: dict[str, Any] = {
    "alternatives": [
        {"lower_on": [{"difference_milli": -1250, "name": "skills"},
                      {"difference_milli": -375, "name": "timezone"}],
         "rules": [], "score_milli": 8200, "status": "full", "total_change_milli": -1675},
        {"lower_on": [{"difference_milli": -2875, "name": "skills"}], "rules": ["withheld"],
         "score_milli": 7000, "status": "ruled_out"}],
    "coordinator": COORDINATOR,
    "criteria": [
        {"contribution_milli": 5000, "detail": "Offers every wanted skill at the level wanted "
                                               "or above (python, sql).",
         "name": "skills", "weight_milli": 5000},
        {"contribution_milli": 2250, "detail": "Working-style answers 75% alike.",
         "name": "working_style", "weight_milli": 3000},
        {"contribution_milli": 1125, "detail": "6 of 8 working hours in common.",
         "name": "timezone", "weight_milli": 1500},
        {"contribution_milli": 1000, "detail": "Shared language: en (1 of 1).",
         "name": "languages", "weight_milli": 1000},
        {"contribution_milli": 500, "name": "sensitive", "weight_milli": 500}],
    "id": "303132333435363738393a3b3c3d3e3f", "issued": 1770019200000, "max_milli": 11000,
    "method": "rank-maximal",
    "peer": "2543b92ff1095511476adc8369db6ddc933665a11978dda1404ee1066ca9559d",
    "programme": PROGRAMME, "rank": 1, "role": "mentee",
    "rules": ["shared_skill", "shared_language", "withheld"], "score_milli": 9875,
    "subject": "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8", "v": 1,
}


def sample_terms(**changes: Any) -> Terms:
    doc = {**TERMS_JSON, **changes}
    return msgspec.json.decode(json.dumps(doc).encode("utf-8"), type=Terms)


def sample_info(*, code: str | None = CODE) -> ProgrammeInfo:
    return ProgrammeInfo(
        id=PROGRAMME, name=TERMS_JSON["name"], relay_url="https://relay.example.org",
        state=MyProgrammeState.COORDINATING, role="coordinator", code=code,
        code_expires_at=1769904000000 if code else None, coordinator_key=COORDINATOR,
        purpose=TERMS_JSON["purpose"], benefits=TERMS_JSON["benefits"],
        expectations=TERMS_JSON["expectations"], organiser=TERMS_JSON["organiser"],
        starts=TERMS_JSON["starts"], ends=TERMS_JSON["ends"])


_PEOPLE = [  # name, role, state, capacity, used, matched with, scopes
    ("Ada Moreau", "mentee", "active", 1, 1, ("Ben Okafor",), ("pulse", "sessions")),
    ("Ben Okafor", "mentor", "active", 2, 2, ("Ada Moreau", "Iris Tan"),
     ("goals", "pulse", "sessions")),
    ("Chidi Eze", "mentee", "pending", 1, 0, (), ()),
    ("Dana Whitfield", "mentor", "enrolled", 3, 0, (), ("sessions",)),
    ("Emil Novak", "mentee", "matched", 1, 1, ("Farah Haddad",), ("goals", "sessions")),
    ("Farah Haddad", "mentor", "matched", 1, 1, ("Emil Novak",), ("goals",)),
    ("Gus Lindqvist", "mentee", "joined", 1, 0, (), ()),
    ("Hana Sato", "mentee", "pending", 1, 0, (), ()),
    ("Iris Tan", "mentee", "active", 1, 1, ("Ben Okafor",), ("pulse",)),
    ("Jon Amsel", "mentee", "paused", 1, 0, (), ("sessions",)),
    ("Kofi Mensah", "mentor", "ended", 1, 0, (), ()),
    ("Lena Fischer", "mentee", "enrolled", 1, 0, (), ("goals", "pulse", "sessions")),
]


def sample_participants() -> list[ParticipantRow]:
    base = 1767603600000
    return [ParticipantRow(member_id=f"m{n:02d}", key=f"{n:064x}", name=name, role=role,
                           state=ParticipantState(state), joined_at=base + n * 3_600_000 * 7,
                           capacity=capacity, used=used, matched_with=matched,
                           headline="", scopes=scopes)
            for n, (name, role, state, capacity, used, matched, scopes) in enumerate(_PEOPLE)]


_MENTEES = ["Ada Moreau", "Chidi Eze", "Emil Novak", "Gus Lindqvist", "Hana Sato", "Iris Tan",
            "Jon Amsel", "Lena Fischer", "Mia Rossi", "Nils Berg", "Olu Adeyemi", "Pia Kurz",
            "Quinn Doyle", "Rosa Lima"]
_MENTORS = [("Ben Okafor", "python:5;sql:4;statistics:3", 3),
            ("Dana Whitfield", "design:5;research:4", 2),
            ("Farah Haddad", "python:4;testing:4;git:3", 2),
            ("Kofi Mensah", "sql:5;dashboards:4", 2),
            ("Sven Aalto", "kubernetes:4;linux:5", 2)]
_WANTS = ["python:4;sql:3", "design:3", "testing:3;git:2", "sql:3", "research:2;design:2",
          "python:3", "dashboards:3", "statistics:3;python:2", "linux:3", "accessibility:3",
          "git:2", "python:4", "kubernetes:2", "haskell:3"]
_ZONES = ["Europe/Paris", "Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo"]


def sample_cohort_csv(mentees: int = len(_MENTEES)) -> str:
    """A small invented cohort in `ementor match`'s CSV format (docs/matching.md)."""
    lines = ["id,name,role,skills,wants,languages,timezone,capacity,exclude,department"]
    for n in range(mentees):
        name = _MENTEES[n % len(_MENTEES)] + ("" if n < len(_MENTEES) else f" {n}")
        lines.append(f"e{n},{name},mentee,,{_WANTS[n % len(_WANTS)]},en,"
                     f"{_ZONES[n % len(_ZONES)]},1,,dept{n % 3}")
    for n, (name, skills, places) in enumerate(_MENTORS):
        lines.append(f"r{n},{name},mentor,{skills},,en;de,{_ZONES[(n + 1) % len(_ZONES)]},"
                     f"{places},,dept{n % 2}")
    return "\n".join(lines) + "\n"


def sample_proposal(mentees: int = len(_MENTEES)) -> tuple[dict[str, Any], list[dict[str, Any]],
                                                           dict[str, str]]:
    """The engine's summary and cards over the invented cohort, and names by id."""
    from ementor_desktop.matching.cohort import parse_cohort
    from ementor_desktop.matching.config import load_config
    from ementor_desktop.matching.engine import match_cohort

    cohort = parse_cohort(sample_cohort_csv(mentees))
    result = match_cohort(cohort, load_config(None))
    names = {p.id: p.name for p in cohort.participants}
    return result.summary, result.cards, names


def sample_report(min_group: int = 5) -> ProgrammeReport:
    months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
    pairs = [3, 7, 9, 4, 11, 12]
    periods = []
    for month, count in zip(months, pairs, strict=True):
        if count < min_group:
            periods.append(PeriodFigures(period=month, pairs=count, suppressed=True))
            continue
        periods.append(PeriodFigures(
            period=month, pairs=count, suppressed=False, sessions_held=count * 2 - 1,
            minutes_held=(count * 2 - 1) * 55, sessions_cancelled=count // 4,
            goals_set=count * 3, goals_done=count + count // 2, cadence_kept_pct=70 + count))
    pulse = []
    for month, count in zip(months, pairs, strict=True):
        answers = count * 2
        pulse.append(PulseFigures(item="useful", question="How useful was mentoring this month?",
                                  period=month, answers=answers, suppressed=answers < min_group,
                                  sensitive=False, p_milli=1000,
                                  mean=None if answers < min_group else 3.6 + count / 40,
                                  low=None if answers < min_group else 3.2 + count / 40,
                                  high=None if answers < min_group else 4.0 + count / 40))
        pulse.append(PulseFigures(item="safe", question="Do you feel safe raising a problem "
                                                        "with your mentor or mentee?",
                                  period=month, answers=answers, suppressed=answers < min_group,
                                  sensitive=True, p_milli=500,
                                  mean=None if answers < min_group else 4.1,
                                  low=None if answers < min_group else 3.1,
                                  high=None if answers < min_group else 5.0))
    return ProgrammeReport(
        programme_id=PROGRAMME, name=TERMS_JSON["name"], generated_at=1782900000000,
        min_group=min_group,
        enrolment={"joined": 4, "pending": 3, "enrolled": 6, "matched": 4, "active": 22,
                   "paused": 2, "ended": 3},
        by_role={"mentee": {"enrolled": 5, "active": 14}, "mentor": {"enrolled": 1, "active": 8}},
        matched=26, unmatched=6, periods=periods, pulse=pulse,
        notes=("2 months are not shown: fewer than 5 pairs reported in them.",))


def sample_card(*, verified: bool = True, peer_name: str | None = "Ben Okafor") -> HeldCard:
    return HeldCard(programme_id=PROGRAMME, programme_name=TERMS_JSON["name"],
                    card_id=CARD_JSON["id"], verified=verified, card=dict(CARD_JSON),
                    peer_name=peer_name, peer_contact_id="c1" if peer_name else None)


__all__ = ["CARD_JSON", "CODE", "TERMS_JSON", "sample_card", "sample_cohort_csv", "sample_info",
           "sample_participants", "sample_proposal", "sample_report", "sample_terms"]
