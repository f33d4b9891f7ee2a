"""The plain records the programme services hand to the front ends (CLI and app).

Kept apart from the services so that the views, the report and the services can be written
and tested separately; nothing here touches the vault, the network or Qt. Times are ms since
the epoch; keys are 64 lower-case hex; `None` in a figure means "not shown" (a group smaller
than the programme's minimum size, docs/protocol.md Part 4 §9), never zero.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class ParticipantState(StrEnum):
    """Where a participant stands, as the coordinator sees it (Part 4 §5 and §6)."""

    JOINED = "joined"  # joined with the code, no profile (consent) yet
    PENDING = "pending"  # consented; waits for the coordinator to admit (admission "review")
    ENROLLED = "enrolled"  # admitted, not matched yet
    MATCHED = "matched"  # a card and introduction sent, no envelope of the pair seen yet
    ACTIVE = "active"  # in at least one active pair
    PAUSED = "paused"
    ENDED = "ended"  # every pair ended


class MyProgrammeState(StrEnum):
    """Where this app stands in a programme it takes part in (Part 4 §5, "At P")."""

    JOINING = "joining"  # code entered, join queued, no welcome yet
    REVIEWING = "reviewing"  # terms arrived: the person decides
    CONSENTED = "consented"  # profile sent, no status yet
    PENDING = "pending"
    ENROLLED = "enrolled"
    DECLINED = "declined"
    REMOVED = "removed"
    CLOSED = "closed"
    LEFT = "left"
    COORDINATING = "coordinating"  # this app is the programme's coordinator


@dataclass(frozen=True)
class ProgrammeInfo:
    id: str  # 32 hex
    name: str
    relay_url: str
    state: MyProgrammeState
    role: str  # "coordinator", "mentor" or "mentee" (a participant's role once consented, else "")
    code: str | None = None  # the enrolment code (coordinator only, while enrolment is open)
    code_expires_at: int | None = None  # ms
    coordinator_key: str = ""  # 64 hex
    purpose: str = ""
    benefits: str = ""
    expectations: str = ""
    organiser: str = ""
    starts: str | None = None  # YYYY-MM-DD
    ends: str | None = None
    terms_changed: bool = False  # a welcome with other terms waits for the person's decision
    self_service: bool = False  # mentees ask mentors from a shortlist (Part 4 §7)


@dataclass(frozen=True)
class ParticipantRow:
    """One row of the coordinator's cohort table. Never holds a sensitive field."""

    member_id: str  # local id
    key: str  # their signing key, 64 hex
    name: str
    role: str  # "mentor" or "mentee"
    state: ParticipantState
    joined_at: int
    capacity: int = 1  # mentors: places; mentees: 1
    used: int = 0  # places taken (active pairs)
    matched_with: tuple[str, ...] = ()  # display names of active peers
    headline: str = ""
    scopes: tuple[str, ...] = ()  # reporting scopes consented to


@dataclass(frozen=True)
class HeldCard:
    """A match card this app holds as a participant, checked again when read."""

    programme_id: str
    programme_name: str
    card_id: str
    verified: bool  # False: the signature no longer verifies against the coordinator's key
    card: Mapping[str, object]  # the card's JSON (docs/protocol.md Part 4 §6), as signed
    peer_name: str | None = None  # the matched person's name, when matched
    peer_contact_id: str | None = None  # the contact made by the introduction


@dataclass(frozen=True)
class PeriodFigures:
    """Pair figures of one calendar month, over the pairs whose summaries count."""

    period: str  # "YYYY-MM"
    pairs: int  # pairs whose figures are in this row (0 when none reported)
    suppressed: bool  # fewer than min_group pairs: the figures below are None
    sessions_held: int | None = None
    minutes_held: int | None = None
    sessions_cancelled: int | None = None
    goals_set: int | None = None
    goals_done: int | None = None
    cadence_kept_pct: int | None = None  # mean over the pairs, rounded
    progress_mean_pct: int | None = None  # mean over the pairs, rounded
    agreements_signed: int | None = None  # pairs with an agreement both signed in force


@dataclass(frozen=True)
class PulseFigures:
    """One pulse item over one period: the unbiased estimate (randomised items de-noised)."""

    item: str
    question: str
    period: str
    answers: int
    suppressed: bool  # fewer than min_group participants answered
    sensitive: bool  # randomised response (p_milli < 1000)
    p_milli: int = 1000
    mean: float | None = None  # estimate, not clipped
    low: float | None = None  # 95% interval, clipped to 1 … 5 for display
    high: float | None = None
    shares: tuple[float, ...] | None = None  # estimated share of answers 1 … 5
    role: str = ""  # "" over everyone; "mentor" or "mentee": that role's answers alone


@dataclass(frozen=True)
class ProgrammeReport:
    """What the coordinator's dashboard, CSV export and `ementor programme report` show."""

    programme_id: str
    name: str
    generated_at: int
    min_group: int
    enrolment: Mapping[str, int]  # ParticipantState value -> people (the coordinator's own data)
    by_role: Mapping[str, Mapping[str, int]]  # role -> state -> people
    matched: int  # participants in at least one active pair
    unmatched: int  # enrolled participants in none
    periods: Sequence[PeriodFigures] = field(default_factory=tuple)
    pulse: Sequence[PulseFigures] = field(default_factory=tuple)
    notes: Sequence[str] = field(default_factory=tuple)  # e.g. "2 periods suppressed: …"
