"""Feedback and rhythm of one relationship: its stage, the reminders due, the one next step to
take, and the questions of the periodic pulse and of session feedback.

Everything here is computed on the device from facts the caller gathers (message counts and
times from the vault, the shared records of `domain/shared.py`, private goals, the pulse and
feedback already given) and a `now` the caller passes in. This module must never run SQL, touch
the network, import Qt or read the clock.

Every sentence is a `Text`: an English template with named placeholders and the plain string
values that fill it (`str.format_map`), so a front end translates the template and fills in the
same values. Names and titles chosen by the other person are only ever such values — never part
of a template, never markup; a front end shows them as plain text (`Qt.PlainText`, terminal
escapes in the CLI).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ementor_desktop.domain.calendar import months_later
from ementor_desktop.domain.shared import (
    ActionItem,
    Agreement,
    AgreementVersion,
    Goal,
    Records,
    Session,
)

Role = Literal["mentor", "mentee", "coordinator"]
Experience = Literal["new", "some", "experienced"]
RelationshipState = Literal["active", "completed", "ended", "archived"]

_ROLES = frozenset({"mentor", "mentee", "coordinator"})
_EXPERIENCE = frozenset({"new", "some", "experienced"})
_STATES = frozenset({"active", "completed", "ended", "archived"})

_HOUR = 3_600_000
_DAY = 24 * _HOUR

# -- thresholds (each one is documented where it is used) ----------------------------------------

#: Days between meetings for each agreed cadence (a month counted as 30 days).
CADENCE_DAYS: Mapping[str, int] = {"weekly": 7, "fortnightly": 14, "monthly": 30}
#: The rhythm slips when nothing happened for this many cadence intervals (1.5, as 3/2).
CADENCE_GRACE = (3, 2)
#: Expected response time when no agreement in force names one.
DEFAULT_RESPONSE_HOURS = 72
#: Until both have written this many messages each, with no agreement begun, it is first contact.
FIRST_CONTACT_MESSAGES = 3
#: Stage REVIEW: a review date this many days before or after today.
REVIEW_STAGE_DAYS = 7
#: Stage REVIEW: the agreement's end date this many days ahead or fewer.
END_STAGE_DAYS = 14
#: Reminders: a review date or a goal due this many days ahead.
DUE_SOON_DAYS = 7
#: Reminders: an action item due this many days ahead (they are short, between two sessions).
ACTION_SOON_DAYS = 2
#: Reminders: a session starting this many hours ahead.
SESSION_SOON_HOURS = 24
#: Reminders: feedback is asked for during this many days after a session ended.
FEEDBACK_DAYS = 14
#: Reminders: the pulse is asked for this many days after the last answer.
PULSE_DAYS = 30
#: A repeating session without a count runs for at most this many occurrences (the most a
#: count may name, protocol Part 3: five years of weekly sessions).
SERIES_LIMIT = 260
_FOREVER = 2**62


def N_(template: str) -> str:
    """Marks an English template for translation; returns it unchanged (front ends translate
    the template at display time and fill in the same values)."""
    return template


# -- plain data in and out -------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """A sentence: an English template with named placeholders and the plain values that fill
    them. `english` is the filled sentence; a front end translates `template` and fills it with
    `mapping()` the same way. Values are never interpreted (no markup, no second formatting)."""

    template: str
    values: tuple[tuple[str, str], ...] = ()

    def mapping(self) -> dict[str, str]:
        return dict(self.values)

    @property
    def english(self) -> str:
        return self.template.format_map(self.mapping())

    def __str__(self) -> str:
        return self.english


def _text(template: str, **values: str) -> Text:
    return Text(template, tuple(sorted(values.items())))


@dataclass(frozen=True)
class PrivateGoal:
    """A goal kept only in this vault (never in the shared document)."""

    id: str
    title: str
    due: str | None  # YYYY-MM-DD
    status: str  # active | paused | achieved | dropped
    progress: int = 0
    deleted: bool = False


NO_RECORDS = Records((), (), (), Agreement("draft", {}, (), False))
"""The records of a relationship without a shared document yet."""


@dataclass(frozen=True)
class RelationshipFacts:
    """What the vault knows about one relationship, from this person's side. Times are ms
    since the epoch (UTC); `tz` is this person's IANA time zone, used for dates (a goal due
    on a date is due at the end of that day there)."""

    my_role: Role
    their_name: str  # as the contact is shown; a value, never interpreted
    state: RelationshipState
    created_at: int  # when the contact was made (the match accepted)
    records: Records = NO_RECORDS
    my_experience: Experience | None = None
    my_keys: frozenset[str] = frozenset()  # my signing keys (hex): action items assigned to me
    my_last_sent_at: int | None = None
    their_last_at: int | None = None
    oldest_unanswered_at: int | None = None  # their earliest message after my last one
    sent_count: int = 0
    received_count: int = 0
    private_goals: tuple[PrivateGoal, ...] = ()
    last_pulse_at: int | None = None
    feedback_given: frozenset[str] = frozenset()  # occurrence ids (see `occurrence_id`)
    reviews_marked: frozenset[str] = frozenset()  # review dates (YYYY-MM-DD) marked done
    wants_to_learn: str | None = None  # the mentee's stated topic, if known
    tz: str = "UTC"

    def __post_init__(self) -> None:
        if self.my_role not in _ROLES:
            raise ValueError("unknown role")
        if self.state not in _STATES:
            raise ValueError("unknown relationship state")
        if self.my_experience is not None and self.my_experience not in _EXPERIENCE:
            raise ValueError("unknown experience level")
        if self.sent_count < 0 or self.received_count < 0:
            raise ValueError("message counts cannot be negative")
        try:
            ZoneInfo(self.tz)
        except (ZoneInfoNotFoundError, ValueError) as err:
            raise ValueError("unknown time zone") from err


class Stage(StrEnum):
    FIRST_CONTACT = "first-contact"
    AGREEMENT = "agreement"
    WORKING = "working"
    REVIEW = "review"
    CLOSING = "closing"


class ReminderKind(StrEnum):
    CADENCE = "cadence"
    REPLY = "reply"
    REVIEW = "review"
    GOAL_DUE = "goal"
    PRIVATE_GOAL_DUE = "private-goal"
    ACTION_DUE = "action"
    SESSION_SOON = "session"
    FEEDBACK = "feedback"
    PULSE = "pulse"


class Severity(StrEnum):
    ATTENTION = "attention"
    INFO = "info"


_URGENCY = {Severity.ATTENTION: 0, Severity.INFO: 1}


@dataclass(frozen=True)
class Reminder:
    """Something due. `key` is stable while the situation lasts (the UI stores it to dismiss
    the reminder); `record_id` names the shared or private record, if any; `occurrence_id` the
    session occurrence (`occurrence_id()`), for session reminders."""

    kind: ReminderKind
    key: str
    due_at: int
    severity: Severity
    text: Text
    record_id: str | None = None
    occurrence_id: str | None = None


class Action(StrEnum):
    """The view a front end opens for a next step."""

    WRITE_MESSAGE = "write-message"
    PROPOSE_AGREEMENT = "propose-agreement"
    SIGN_AGREEMENT = "sign-agreement"
    ADD_GOAL = "add-goal"
    SCHEDULE_SESSION = "schedule-session"
    GIVE_FEEDBACK = "give-feedback"
    UPDATE_GOALS = "update-goals"
    ANSWER_PULSE = "answer-pulse"
    CLOSE_RELATIONSHIP = "close-relationship"
    NONE = "none"


class StepKind(StrEnum):
    WRITE_FIRST_MESSAGE = "write-first-message"
    WELCOME = "welcome"
    REPLY = "reply"
    WAIT_FOR_REPLY = "wait-for-reply"
    NOTE_GOALS = "note-goals"
    PROPOSE_AGREEMENT = "propose-agreement"
    SIGN_AGREEMENT = "sign-agreement"
    SIGN_OWN_PROPOSAL = "sign-own-proposal"
    WAIT_FOR_SIGNATURE = "wait-for-signature"
    GIVE_FEEDBACK = "give-feedback"
    DEFINE_GOALS = "define-goals"
    SCHEDULE_SESSION = "schedule-session"
    ANSWER_PULSE = "answer-pulse"
    PREPARE_SESSION = "prepare-session"
    REVIEW_PROGRESS = "review-progress"
    COMPLETE = "complete"
    REFLECT = "reflect"
    NOTHING = "nothing"


@dataclass(frozen=True)
class NextStep:
    """The one card to show: what to do next and why. `suggestion` is a text to prefill (a
    suggested opening message), if any."""

    kind: StepKind
    action: Action
    title: Text
    body: Text
    record_id: str | None = None
    occurrence_id: str | None = None
    suggestion: Text | None = None


class AnswerKind(StrEnum):
    SCALE = "scale"
    TEXT = "text"


@dataclass(frozen=True)
class Question:
    """One question of the pulse or of session feedback, for the CLI and the GUI alike."""

    id: str
    text: str  # English; translated by the front end
    kind: AnswerKind
    required: bool
    low: int | None = None  # the scale's ends, for SCALE
    high: int | None = None
    low_label: str | None = None
    high_label: str | None = None
    max_chars: int | None = None  # for TEXT


# -- time helpers ----------------------------------------------------------------------------


def _zone(name: str) -> ZoneInfo:
    """The zone, or UTC for a name this machine's tz database does not know (a session written
    on a machine with a newer database)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _local(ms: int, zone: ZoneInfo) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone(zone)


def _date_text(ms: int, zone: ZoneInfo) -> str:
    return _local(ms, zone).date().isoformat()


def _time_text(ms: int, zone: ZoneInfo) -> str:
    return _local(ms, zone).strftime("%Y-%m-%d %H:%M")


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _day_start(day: date, zone: ZoneInfo) -> int:
    return _ms(datetime(day.year, day.month, day.day, tzinfo=zone))


def day_end(day: str, tz: str) -> int | None:
    """When a date ends in `tz`: the first ms of the next day there (a goal due on `day` is
    overdue from this moment). None for a malformed date."""
    parsed = _parse_date(day)
    if parsed is None:
        return None
    return _day_start(parsed + timedelta(days=1), _zone(tz))


def _today(facts: RelationshipFacts, now: int) -> date:
    return _local(now, _zone(facts.tz)).date()


# -- sessions and their occurrences ----------------------------------------------------------


@dataclass(frozen=True)
class _Occurrence:
    session: Session
    id: str
    start: int
    end: int


def occurrence_id(session_id: str, local_date: str | None = None) -> str:
    """The id feedback is kept under: the session's record id for a single session;
    `"<record id>@<YYYY-MM-DD>"` (the occurrence's date in the session's own time zone, the same
    on both sides) for one occurrence of a repeating series."""
    return session_id if local_date is None else f"{session_id}@{local_date}"


def _local_starts(first: datetime, repeat: str | None, count: int | None) -> Iterator[datetime]:
    """Local wall-clock starts of a session or series (wall time kept across DST changes); a
    series without a count runs for at most SERIES_LIMIT occurrences."""
    if repeat is None:
        yield first
        return
    limit = min(count, SERIES_LIMIT) if count is not None else SERIES_LIMIT
    produced, step = 0, 0
    while produced < limit and step < 2 * SERIES_LIMIT:
        start: datetime | None
        if repeat == "monthly":  # the series rule of domain/calendar.py, which the .ics says
            start = months_later(first, step)
        else:
            start = first + timedelta(days=step * (14 if repeat == "fortnightly" else 7))
        step += 1
        if start is not None:
            produced += 1
            yield start


def _occurrences(session: Session, since: int, until: int) -> Iterator[_Occurrence]:
    """Occurrences of a live (not deleted) session that start at or before `until`: at least
    those that end at or after `since`, and the last one before them (so a series that is over
    still has its last occurrence); callers filter. Earlier ones are skipped unconverted, so a
    peer's thousand long series stay cheap."""
    if session.deleted:
        return
    try:
        first = datetime.fromisoformat(session.start)
    except ValueError:
        return
    if first.tzinfo is not None:
        return
    zone = _zone(session.tz)
    # Occurrences are a week or more apart and last a day at most: of those starting before
    # the day of `since`, only the last one can still end after it.
    skip_before = _local(since, zone).date()
    previous: datetime | None = None
    for local in _local_starts(first, session.repeat, session.count):
        if local.date() < skip_before:
            previous = local
            continue
        if previous is not None:
            yield _occurrence(session, previous, zone)
            previous = None
        occurrence = _occurrence(session, local, zone)
        if occurrence.start > until:
            return
        yield occurrence
    if previous is not None:
        yield _occurrence(session, previous, zone)


def _occurrence(session: Session, local: datetime, zone: ZoneInfo) -> _Occurrence:
    start = _ms(local.replace(tzinfo=zone))
    label = None if session.repeat is None else local.date().isoformat()
    return _Occurrence(session, occurrence_id(session.id, label), start,
                       start + max(session.minutes, 0) * 60_000)


def _took_place(facts: RelationshipFacts, now: int) -> list[_Occurrence]:
    """Occurrences that have ended — of a session marked held, or still planned once its end
    has passed (people rarely go back to mark it held); cancelled or deleted ones never count.
    Those of the last FEEDBACK_DAYS, and at least each session's latest."""
    return [occurrence
            for session in facts.records.sessions if session.status in ("held", "planned")
            for occurrence in _occurrences(session, now - FEEDBACK_DAYS * _DAY, now)
            if occurrence.end <= now]


def _next_planned(facts: RelationshipFacts, now: int) -> _Occurrence | None:
    """The earliest occurrence of a planned session that has not ended yet."""
    best: _Occurrence | None = None
    for session in facts.records.sessions:
        if session.status != "planned":
            continue
        for occurrence in _occurrences(session, now, _FOREVER):
            if occurrence.end > now:
                if best is None or occurrence.start < best.start:
                    best = occurrence
                break
    return best


def _last_meeting(facts: RelationshipFacts, now: int) -> int | None:
    ends = [occurrence.end for occurrence in _took_place(facts, now)]
    return max(ends) if ends else None


# -- the agreement ---------------------------------------------------------------------------


def _in_force(facts: RelationshipFacts) -> AgreementVersion | None:
    return facts.records.agreement.in_force


def _in_force_since(version: AgreementVersion) -> int:
    """When both had signed: the later of the valid signatures."""
    return max((s.at for s in version.signatures if s.valid), default=version.at)


def _term_dates(version: AgreementVersion, term: str) -> list[str]:
    value = version.terms.get(term)
    return [day for day in value if isinstance(day, str)] if isinstance(value, list) else []


def _reviews_near(facts: RelationshipFacts, version: AgreementVersion, today: date) -> list[str]:
    """Review dates not marked done within REVIEW_STAGE_DAYS of today, either side."""
    near = []
    for day in _term_dates(version, "reviews"):
        review = _parse_date(day)
        if (review is not None and day not in facts.reviews_marked
                and abs((review - today).days) <= REVIEW_STAGE_DAYS):
            near.append(day)
    return sorted(near)


def _agreed_response_hours(facts: RelationshipFacts) -> int | None:
    version = _in_force(facts)
    hours = version.terms.get("response_hours") if version else None
    return hours if isinstance(hours, int) and hours > 0 else None


def _response_hours(facts: RelationshipFacts) -> int:
    agreed = _agreed_response_hours(facts)
    return DEFAULT_RESPONSE_HOURS if agreed is None else agreed


def _cadence(facts: RelationshipFacts) -> str | None:
    version = _in_force(facts)
    cadence = version.terms.get("cadence") if version else None
    return cadence if isinstance(cadence, str) and cadence in CADENCE_DAYS else None


def _signed_by_me(version: AgreementVersion) -> bool:
    return any(s.valid and s.by_me for s in version.signatures)


def _unsigned_proposal(facts: RelationshipFacts) -> AgreementVersion | None:
    """The latest version, when it is not signed by both (proposed, not yet in force)."""
    current = facts.records.agreement.current
    if current is None or current.signed_by_both:
        return None
    return current


# -- stage -----------------------------------------------------------------------------------


def stage(facts: RelationshipFacts, now: int) -> Stage:
    """Where the relationship stands, by the first rule that holds (dates are this person's
    local dates in `facts.tz`; "the agreement" is the version in force, the latest one both
    validly signed — a newer version only proposed leaves the older one in force):

    1. CLOSING — the relationship is completed, ended or archived, or the agreement's end date
       is before today.
    2. REVIEW — an agreement is in force and one of its review dates not marked done
       (`reviews_marked`) is at most REVIEW_STAGE_DAYS (7) days before or after today, or its
       end date is today or at most END_STAGE_DAYS (14) days ahead.
    3. WORKING — an agreement is in force (whether or not goals are defined yet: the next step
       then asks for them).
    4. AGREEMENT — no agreement in force, but a version has been proposed, the draft holds a
       term, or both people have written at least FIRST_CONTACT_MESSAGES (3) messages each.
    5. FIRST_CONTACT — otherwise: no or few messages and no agreement begun.
    """
    if facts.state != "active":
        return Stage.CLOSING
    today = _today(facts, now)
    version = _in_force(facts)
    if version is not None:
        end = _parse_date(version.terms.get("end"))
        if end is not None and end < today:
            return Stage.CLOSING
        if end is not None and (end - today).days <= END_STAGE_DAYS:
            return Stage.REVIEW
        if _reviews_near(facts, version, today):
            return Stage.REVIEW
        return Stage.WORKING
    agreement = facts.records.agreement
    if agreement.versions or agreement.draft:
        return Stage.AGREEMENT
    if min(facts.sent_count, facts.received_count) >= FIRST_CONTACT_MESSAGES:
        return Stage.AGREEMENT
    return Stage.FIRST_CONTACT


# -- reminders -------------------------------------------------------------------------------


def reminders(facts: RelationshipFacts, now: int,
              dismissed: Collection[str] = frozenset()) -> list[Reminder]:
    """What is due, most urgent first (attention before info, then the earliest due time,
    then the key), without the reminders whose keys are in `dismissed`.

    Only an active relationship has reminders. Each kind and when it fires (`now` ≥ the time
    given; "end of a date" is the first ms of the next day in `facts.tz`):

    - REPLY (attention): their oldest unanswered message + the agreed `response_hours` (the
      agreement in force, else DEFAULT_RESPONSE_HOURS = 72).
    - SESSION_SOON (info): a planned occurrence starts within SESSION_SOON_HOURS (24) and has not
      started yet.
    - ACTION_DUE (info; attention once overdue): an open action item assigned to me — or
      assigned to nobody and added by me — within ACTION_SOON_DAYS (2) of the end of its due
      date.
    - PRIVATE_GOAL_DUE (info; attention once overdue): a private goal, active (not paused,
      achieved, dropped or deleted), within DUE_SOON_DAYS (7) of the end of its due date.

    For mentors and mentees (not coordinators) also:

    - GOAL_DUE: as a private goal, for the shared goals.
    - REVIEW (info; attention once passed): the latest review date of the agreement in force
      whose window has opened (DUE_SOON_DAYS before the end of the date), if not marked done;
      a later review date supersedes an earlier unmarked one.
    - FEEDBACK (info): a session occurrence that took place (see `_took_place`) without my
      feedback, from its end for FEEDBACK_DAYS (14).
    - CADENCE (attention; stages WORKING and REVIEW, with an agreed cadence): nothing for 1.5
      cadence intervals (weekly 7, fortnightly 14, monthly 30 days) since the last contact —
      the later of the last session's end, the last exchange (the earlier of the two people's
      latest messages: both had written by then), the agreement coming into force and the
      start of its start date — unless a planned session starts within one interval.
    - PULSE (info; stages WORKING and REVIEW): PULSE_DAYS (30) since the last pulse answer, or
      since the agreement came into force.

    Keys are `"<kind>:<what>:<when>"` and stay the same while the situation lasts; a due item
    that becomes overdue gets a new key, so dismissing "due soon" does not hide "overdue".
    """
    if facts.state != "active":
        return []
    found: list[Reminder] = []
    found += _reply_reminders(facts, now)
    found += _session_reminders(facts, now)
    found += _action_reminders(facts, now)
    found += _private_goal_reminders(facts, now)
    if facts.my_role != "coordinator":
        current = stage(facts, now)
        found += _goal_reminders(facts, now)
        found += _review_reminders(facts, now)
        found += _feedback_reminders(facts, now)
        if current in (Stage.WORKING, Stage.REVIEW):
            found += _cadence_reminders(facts, now)
            found += _pulse_reminders(facts, now)
    kept = [reminder for reminder in found if reminder.key not in dismissed]
    kept.sort(key=lambda r: (_URGENCY[r.severity], r.due_at, r.key))
    return kept


def _reply_reminders(facts: RelationshipFacts, now: int) -> list[Reminder]:
    waiting = facts.oldest_unanswered_at
    if waiting is None:
        return []
    hours = _response_hours(facts)
    due = waiting + hours * _HOUR
    if now < due:
        return []
    since = _time_text(waiting, _zone(facts.tz))
    if _agreed_response_hours(facts) is None:
        text = _text(N_("{name} has been waiting for your answer since {time}."),
                     name=facts.their_name, time=since)
    else:
        text = _text(N_("{name} has been waiting for your answer since {time} (agreed: within "
                        "{hours} hours)."), name=facts.their_name, time=since, hours=str(hours))
    return [Reminder(ReminderKind.REPLY, f"reply:{waiting}", due, Severity.ATTENTION, text)]


def _session_reminders(facts: RelationshipFacts, now: int) -> list[Reminder]:
    zone = _zone(facts.tz)
    found = []
    for session in facts.records.sessions:
        if session.status != "planned":
            continue
        for occurrence in _occurrences(session, now, now + SESSION_SOON_HOURS * _HOUR):
            if occurrence.start <= now:
                continue
            text = _text(N_("The session “{title}” with {name} starts at {time}."),
                         title=session.title, name=facts.their_name,
                         time=_time_text(occurrence.start, zone))
            found.append(Reminder(ReminderKind.SESSION_SOON,
                                  f"session:{occurrence.id}:{occurrence.start}",
                                  occurrence.start, Severity.INFO, text, session.id,
                                  occurrence.id))
    return found


def _due_window(due: str | None, tz: str, now: int, days: int) -> tuple[int, bool] | None:
    """(end of the due date, overdue) when `now` is within `days` of it or past it."""
    if due is None:
        return None
    end = day_end(due, tz)
    if end is None or now < end - days * _DAY:
        return None
    return end, now >= end


def _action_is_mine(facts: RelationshipFacts, action: ActionItem) -> bool:
    if action.assignee is None:
        return action.by_me
    return action.assignee in facts.my_keys


def _action_reminders(facts: RelationshipFacts, now: int) -> list[Reminder]:
    found = []
    for action in facts.records.actions:
        if action.deleted or action.done or not _action_is_mine(facts, action):
            continue
        window = _due_window(action.due, facts.tz, now, ACTION_SOON_DAYS)
        if window is None:
            continue
        end, overdue = window
        template = (N_("Your action item “{title}” was due on {date}.") if overdue
                    else N_("Your action item “{title}” is due on {date}."))
        text = _text(template, title=action.title, date=str(action.due))
        phase = "overdue" if overdue else "soon"
        found.append(Reminder(ReminderKind.ACTION_DUE, f"action:{action.id}:{action.due}:{phase}",
                              end, Severity.ATTENTION if overdue else Severity.INFO, text,
                              action.id))
    return found


def _goal_open(status: str, deleted: bool) -> bool:
    # A paused goal is paused so that it stops asking; achieved and dropped ones are done.
    return not deleted and status == "active"


def _goal_reminders(facts: RelationshipFacts, now: int) -> list[Reminder]:
    shared = (N_("The shared goal “{title}” was due on {date}."),
              N_("The shared goal “{title}” is due on {date}."))
    return _due_goals(facts, now, ReminderKind.GOAL_DUE, shared,
                      [(g.id, g.title, g.due, g.status, g.deleted)
                       for g in facts.records.goals])


def _private_goal_reminders(facts: RelationshipFacts, now: int) -> list[Reminder]:
    private = (N_("Your private goal “{title}” was due on {date}."),
               N_("Your private goal “{title}” is due on {date}."))
    return _due_goals(facts, now, ReminderKind.PRIVATE_GOAL_DUE, private,
                      [(g.id, g.title, g.due, g.status, g.deleted)
                       for g in facts.private_goals])


def _due_goals(facts: RelationshipFacts, now: int, kind: ReminderKind,
               templates: tuple[str, str],
               goals: list[tuple[str, str, str | None, str, bool]]) -> list[Reminder]:
    """Open goals due within DUE_SOON_DAYS or overdue; `templates`: (overdue, due soon)."""
    found = []
    for goal_id, title, due, status, deleted in goals:
        if not _goal_open(status, deleted):
            continue
        window = _due_window(due, facts.tz, now, DUE_SOON_DAYS)
        if window is None:
            continue
        end, overdue = window
        template = templates[0] if overdue else templates[1]
        found.append(_goal_reminder(kind, goal_id, str(due), end, overdue,
                                    _text(template, title=title, date=str(due))))
    return found


def _goal_reminder(kind: ReminderKind, goal_id: str, due: str, end: int, overdue: bool,
                   text: Text) -> Reminder:
    phase = "overdue" if overdue else "soon"
    return Reminder(kind, f"{kind.value}:{goal_id}:{due}:{phase}", end,
                    Severity.ATTENTION if overdue else Severity.INFO, text, goal_id)


def _review_reminders(facts: RelationshipFacts, now: int) -> list[Reminder]:
    version = _in_force(facts)
    if version is None:
        return []
    opened: list[tuple[int, str]] = []
    for day in _term_dates(version, "reviews"):
        end = day_end(day, facts.tz)
        if end is not None and now >= end - DUE_SOON_DAYS * _DAY:
            opened.append((end, day))
    if not opened:
        return []
    end, day = max(opened)
    if day in facts.reviews_marked:
        return []
    passed = now >= end
    template = (N_("The review of your agreement with {name} planned for {date} "
                   "has not been marked done.") if passed
                else N_("A review of your agreement with {name} is due on {date}."))
    phase = "passed" if passed else "soon"
    return [Reminder(ReminderKind.REVIEW, f"review:{version.id}:{day}:{phase}", end,
                     Severity.ATTENTION if passed else Severity.INFO,
                     _text(template, name=facts.their_name, date=day), version.id)]


def _feedback_due(facts: RelationshipFacts, now: int) -> list[_Occurrence]:
    return [occurrence for occurrence in _took_place(facts, now)
            if occurrence.id not in facts.feedback_given
            and now < occurrence.end + FEEDBACK_DAYS * _DAY]


def _feedback_reminders(facts: RelationshipFacts, now: int) -> list[Reminder]:
    zone = _zone(facts.tz)
    found = []
    for occurrence in _feedback_due(facts, now):
        text = _text(N_("Give your feedback on the session “{title}” of {date} with {name}."),
                     title=occurrence.session.title, date=_date_text(occurrence.start, zone),
                     name=facts.their_name)
        found.append(Reminder(ReminderKind.FEEDBACK, f"feedback:{occurrence.id}",
                              occurrence.end, Severity.INFO, text, occurrence.session.id,
                              occurrence.id))
    return found


def _last_contact(facts: RelationshipFacts, version: AgreementVersion, now: int) -> int:
    moments = [_in_force_since(version)]
    start = _parse_date(version.terms.get("start"))
    if start is not None:
        moments.append(_day_start(start, _zone(facts.tz)))
    meeting = _last_meeting(facts, now)
    if meeting is not None:
        moments.append(meeting)
    if facts.my_last_sent_at is not None and facts.their_last_at is not None:
        moments.append(min(facts.my_last_sent_at, facts.their_last_at))
    return max(moments)


_CADENCE_SLIPPING = {
    "weekly": N_("You agreed to meet every week; your last session or exchange with {name} "
                 "was on {date}."),
    "fortnightly": N_("You agreed to meet every two weeks; your last session or exchange with "
                      "{name} was on {date}."),
    "monthly": N_("You agreed to meet every month; your last session or exchange with {name} "
                  "was on {date}."),
}


def _cadence_reminders(facts: RelationshipFacts, now: int) -> list[Reminder]:
    version, cadence = _in_force(facts), _cadence(facts)
    if version is None or cadence is None:
        return []
    interval = CADENCE_DAYS[cadence] * _DAY
    last = _last_contact(facts, version, now)
    due = last + interval * CADENCE_GRACE[0] // CADENCE_GRACE[1]
    if now < due:
        return []
    planned = _next_planned(facts, now)
    if planned is not None and planned.start < now + interval:
        return []  # the rhythm picks up again soon
    text = _text(_CADENCE_SLIPPING[cadence], name=facts.their_name,
                 date=_date_text(last, _zone(facts.tz)))
    return [Reminder(ReminderKind.CADENCE, f"cadence:{last}", due, Severity.ATTENTION, text)]


def _pulse_due(facts: RelationshipFacts) -> int | None:
    version = _in_force(facts)
    if version is None:
        return None
    since = facts.last_pulse_at if facts.last_pulse_at is not None else _in_force_since(version)
    return since + PULSE_DAYS * _DAY


def _pulse_reminders(facts: RelationshipFacts, now: int) -> list[Reminder]:
    due = _pulse_due(facts)
    if due is None or now < due:
        return []
    text = _text(N_("Take a minute to say how your mentorship with {name} is going."),
                 name=facts.their_name)
    return [Reminder(ReminderKind.PULSE, f"pulse:{due}", due, Severity.INFO, text)]


# -- the next step ---------------------------------------------------------------------------


def _guided(facts: RelationshipFacts) -> bool:
    """New (or unknown) and somewhat experienced people get the guided wording; experienced
    ones the short one."""
    return facts.my_experience != "experienced"


def _pick(facts: RelationshipFacts, guided: str, short: str) -> str:
    return guided if _guided(facts) else short


def next_step(facts: RelationshipFacts, now: int) -> NextStep:
    """The one next step for this person, by role, experience and stage (first that applies):

    - An archived relationship: nothing.
    - An active one with a message waiting longer than the agreed response time: reply.
    - A coordinator: nothing more (their work is elsewhere).
    - CLOSING: an active relationship whose agreement ended: complete it with a reflection and
      export the record; completed or ended: reflect and export.
    - FIRST_CONTACT and AGREEMENT: a mentee who has not written yet: write a first message (with
      a suggested opening naming what they want to learn, if known).
    - FIRST_CONTACT: a message waiting: reply; nobody has written: the mentor sends a welcome;
      only I have written: wait (and follow up); after the first exchange: the mentor proposes
      the agreement, the mentee notes the goals they want to agree.
    - AGREEMENT: whoever has not signed the latest version reviews and signs it (or
      counter-proposes); a proposer who has not signed signs their own proposal; whoever has
      signed waits. With no version yet: propose one.
    - WORKING and REVIEW, with a newer version proposed that I have not signed: sign it (as
      above; waiting for the other person does not hold up the work).
    - WORKING: feedback on the last session that took place; goals missing: the mentee defines
      them, the mentor helps; no session planned: schedule one at the agreed cadence; the
      pulse due: answer it; otherwise prepare the next session.
    - REVIEW: review progress on the goals and update the agreement (or, near its end, decide
      whether to continue or close).

    New (or unknown) and somewhat experienced people get guided wording with an example;
    experienced ones a shorter text with the same step.
    """
    if facts.state == "archived":
        return _nothing_step(facts)
    if facts.state == "active" and _reply_overdue(facts, now):
        return _reply_step(facts)
    if facts.my_role == "coordinator":
        return _nothing_step(facts)
    current = stage(facts, now)
    if current is Stage.CLOSING:
        return _closing_step(facts)
    if (current in (Stage.FIRST_CONTACT, Stage.AGREEMENT) and facts.my_role == "mentee"
            and facts.sent_count == 0):
        return _first_message_step(facts)
    if current is Stage.FIRST_CONTACT:
        return _first_contact_step(facts)
    proposal = _unsigned_proposal(facts)
    if current is Stage.AGREEMENT:
        return _signing_step(facts, proposal) if proposal else _propose_step(facts)
    if proposal is not None and not _signed_by_me(proposal):
        return _signing_step(facts, proposal)
    if current is Stage.REVIEW:
        return _review_step(facts, now)
    return _working_step(facts, now)


def _reply_overdue(facts: RelationshipFacts, now: int) -> bool:
    waiting = facts.oldest_unanswered_at
    return waiting is not None and now >= waiting + _response_hours(facts) * _HOUR


def _reply_step(facts: RelationshipFacts) -> NextStep:
    waiting = facts.oldest_unanswered_at
    since = _time_text(waiting, _zone(facts.tz)) if waiting is not None else ""
    body = _pick(facts,
                 N_("{name} has been waiting for your answer since {time}. A short reply now — "
                    "even just to say when you can answer in full — keeps the trust between "
                    "you."),
                 N_("{name} has been waiting for your answer since {time}."))
    return NextStep(StepKind.REPLY, Action.WRITE_MESSAGE,
                    _text(N_("Reply to {name}"), name=facts.their_name),
                    _text(body, name=facts.their_name, time=since))


def _nothing_step(facts: RelationshipFacts) -> NextStep:
    body = (N_("This mentorship is archived.") if facts.state == "archived"
            else N_("There is nothing for you to do here right now."))
    return NextStep(StepKind.NOTHING, Action.NONE, _text(N_("Nothing to do")), _text(body))


def _first_message_step(facts: RelationshipFacts) -> NextStep:
    body = _pick(facts,
                 N_("Mentoring starts with you: introduce yourself to {name}, say what you hope "
                    "to learn, and ask when would suit them for a first conversation. A few "
                    "sentences are enough."),
                 N_("Introduce yourself to {name} and say what you hope to learn."))
    if facts.wants_to_learn:
        suggestion = _text(N_("Hello {name}, thank you for mentoring me. I would like to learn "
                              "more about {topic}. Could you tell me how you got into it, and "
                              "when would suit you for a first conversation?"),
                           name=facts.their_name, topic=facts.wants_to_learn)
    else:
        suggestion = _text(N_("Hello {name}, thank you for mentoring me. I would like to tell "
                              "you what I hope to learn and to hear how you like to work. When "
                              "would suit you for a first conversation?"),
                           name=facts.their_name)
    return NextStep(StepKind.WRITE_FIRST_MESSAGE, Action.WRITE_MESSAGE,
                    _text(N_("Write your first message to {name}"), name=facts.their_name),
                    _text(body, name=facts.their_name), suggestion=suggestion)


def _first_contact_step(facts: RelationshipFacts) -> NextStep:
    name = facts.their_name
    if facts.oldest_unanswered_at is not None:
        return _reply_step(facts)
    if facts.sent_count == 0:  # (a message from them waiting was answered above)
        body = _pick(facts,
                     N_("{name} may be waiting to hear from you. Send a short welcome: "
                        "introduce yourself, ask what they hope to learn, and suggest a time "
                        "for a first conversation."),
                     N_("Send {name} a short welcome and ask what they hope to learn."))
        return NextStep(StepKind.WELCOME, Action.WRITE_MESSAGE,
                        _text(N_("Welcome {name}"), name=name), _text(body, name=name))
    if facts.received_count == 0:
        return NextStep(StepKind.WAIT_FOR_REPLY, Action.NONE,
                        _text(N_("Waiting for {name}"), name=name),
                        _text(N_("You wrote to {name}; their answer will show here. If none "
                                 "comes within a few days, send a short, friendly follow-up."),
                              name=name))
    if facts.my_role == "mentor":
        return _propose_step(facts)
    body = _pick(facts,
                 N_("Write down two or three things you want to achieve with {name}'s help, "
                    "each with a way to tell when it is done. They become the goals of your "
                    "agreement."),
                 N_("Note the goals you want to agree with {name}."))
    return NextStep(StepKind.NOTE_GOALS, Action.ADD_GOAL,
                    _text(N_("Note what you want to learn")), _text(body, name=name))


def _propose_step(facts: RelationshipFacts) -> NextStep:
    if facts.my_role == "mentor":
        body = _pick(facts,
                     N_("Set clear expectations together: propose how often you will meet, "
                        "how quickly you answer each other, the start and end dates and when "
                        "you will review progress. {name} can then sign it or suggest "
                        "changes."),
                     N_("Propose the terms — cadence, response time, dates and reviews — for "
                        "{name} to sign or amend."))
    else:
        body = _pick(facts,
                     N_("Agree with {name} how often you will meet, how quickly you answer "
                        "each other and when you will review progress. Either of you can fill "
                        "in the draft and propose it."),
                     N_("Fill in the draft terms with {name} and propose them."))
    return NextStep(StepKind.PROPOSE_AGREEMENT, Action.PROPOSE_AGREEMENT,
                    _text(N_("Propose your agreement")), _text(body, name=facts.their_name))


def _signing_step(facts: RelationshipFacts, version: AgreementVersion) -> NextStep:
    name, number = facts.their_name, str(version.number)
    if _signed_by_me(version):
        return NextStep(StepKind.WAIT_FOR_SIGNATURE, Action.NONE,
                        _text(N_("Waiting for {name} to sign"), name=name),
                        _text(N_("You signed version {number} of the agreement. It comes into "
                                 "force when {name} signs it too; they may also propose "
                                 "changes."), name=name, number=number), version.id)
    if version.by_me:
        return NextStep(StepKind.SIGN_OWN_PROPOSAL, Action.SIGN_AGREEMENT,
                        _text(N_("Sign the version you proposed")),
                        _text(N_("You proposed version {number} of the agreement; sign it too, "
                                 "so that it comes into force once {name} signs."),
                              name=name, number=number), version.id)
    body = _pick(facts,
                 N_("{name} proposed version {number} of your agreement. Read each term — "
                    "cadence, response time, dates and reviews — and sign it if it reflects "
                    "what you agreed. If something does not fit, change the draft and propose "
                    "it again instead."),
                 N_("{name} proposed version {number}: sign it, or change the draft and "
                    "propose again."))
    return NextStep(StepKind.SIGN_AGREEMENT, Action.SIGN_AGREEMENT,
                    _text(N_("Review and sign version {number} of your agreement"),
                          number=number),
                    _text(body, name=name, number=number), version.id)


def _live_goals(facts: RelationshipFacts) -> list[Goal]:
    return [g for g in facts.records.goals if not g.deleted and g.status in ("active", "paused")]


def _working_step(facts: RelationshipFacts, now: int) -> NextStep:
    feedback = _feedback_due(facts, now)
    if feedback:
        return _feedback_step(facts, max(feedback, key=lambda o: o.end))
    if not _live_goals(facts):
        return _goals_step(facts)
    planned = _next_planned(facts, now)
    if planned is None:
        return _schedule_step(facts, now)
    due = _pulse_due(facts)
    if due is not None and now >= due:
        return NextStep(StepKind.ANSWER_PULSE, Action.ANSWER_PULSE,
                        _text(N_("How is this mentorship going?")),
                        _text(N_("Answer two short questions about how your mentorship with "
                                 "{name} is going; it helps you both keep it useful."),
                              name=facts.their_name))
    return _prepare_step(facts, planned)


def _feedback_step(facts: RelationshipFacts, occurrence: _Occurrence) -> NextStep:
    if facts.my_role == "mentor":
        body = _pick(facts,
                     N_("Give {name} specific feedback on “{title}”: one thing that went well "
                        "and why it mattered, and one thing to try before you meet again. Then "
                        "ask an open question, such as what they will do differently after "
                        "this session."),
                     N_("Give {name} feedback on “{title}”: one thing that went well, one "
                        "thing to try."))
    else:
        body = _pick(facts,
                     N_("Note what was most useful in “{title}”, specifically, and one thing "
                        "to try differently next time, and share it with {name}. Name the one "
                        "step you will take before you meet again."),
                     N_("Note what was most useful in “{title}” and your next step, and share "
                        "it with {name}."))
    title = occurrence.session.title
    return NextStep(StepKind.GIVE_FEEDBACK, Action.GIVE_FEEDBACK,
                    _text(N_("Give feedback on “{title}”"), title=title),
                    _text(body, name=facts.their_name, title=title),
                    occurrence.session.id, occurrence.id)


def _goals_step(facts: RelationshipFacts) -> NextStep:
    name = facts.their_name
    if facts.my_role == "mentee":
        body = _pick(facts,
                     N_("Your goals steer the mentorship, so they are yours to define. Add one "
                        "or two specific goals, each with how you will know it is done and a "
                        "date, then talk them through with {name}."),
                     N_("Add your goals, each with a measure and a date, and share them with "
                        "{name}."))
        return NextStep(StepKind.DEFINE_GOALS, Action.ADD_GOAL,
                        _text(N_("Define your goals")), _text(body, name=name))
    body = _pick(facts,
                 N_("Goals are the mentee's to set. Ask {name} an open question, such as “What "
                    "would you like to be able to do in three months that you cannot do "
                    "now?”, and help them make each goal specific and measurable."),
                 N_("Ask {name} to add their goals; help make them specific."))
    return NextStep(StepKind.DEFINE_GOALS, Action.WRITE_MESSAGE,
                    _text(N_("Help {name} define their goals"), name=name),
                    _text(body, name=name))


_SCHEDULE_GUIDED = {
    "weekly": N_("You agreed to meet every week. Suggest a time around {date} to {name}, say "
                 "what you would like to talk about, and add the session so you both see it."),
    "fortnightly": N_("You agreed to meet every two weeks. Suggest a time around {date} to "
                      "{name}, say what you would like to talk about, and add the session so "
                      "you both see it."),
    "monthly": N_("You agreed to meet every month. Suggest a time around {date} to {name}, say "
                  "what you would like to talk about, and add the session so you both see it."),
}
_SCHEDULE_SHORT = {
    "weekly": N_("You agreed to meet every week: schedule a session with {name} around {date}."),
    "fortnightly": N_("You agreed to meet every two weeks: schedule a session with {name} "
                      "around {date}."),
    "monthly": N_("You agreed to meet every month: schedule a session with {name} around "
                  "{date}."),
}


def _schedule_step(facts: RelationshipFacts, now: int) -> NextStep:
    title = _text(N_("Schedule your next session"))
    cadence, version = _cadence(facts), _in_force(facts)
    if cadence is None or version is None:
        body = _pick(facts,
                     N_("Suggest a time to {name}, say what you would like to talk about, and "
                        "add the session so you both see it."),
                     N_("Schedule your next session with {name}."))
        return NextStep(StepKind.SCHEDULE_SESSION, Action.SCHEDULE_SESSION, title,
                        _text(body, name=facts.their_name))
    last = _last_meeting(facts, now)
    base = last if last is not None else _in_force_since(version)
    around = max(now, base + CADENCE_DAYS[cadence] * _DAY)
    template = _pick(facts, _SCHEDULE_GUIDED[cadence], _SCHEDULE_SHORT[cadence])
    return NextStep(StepKind.SCHEDULE_SESSION, Action.SCHEDULE_SESSION, title,
                    _text(template, name=facts.their_name,
                          date=_date_text(around, _zone(facts.tz))))


def _prepare_step(facts: RelationshipFacts, occurrence: _Occurrence) -> NextStep:
    if facts.my_role == "mentor":
        guided = N_("Before you meet {name}, look at their goals and progress and prepare one "
                    "open question, such as what has changed since you last spoke.")
    else:
        guided = N_("Before you meet {name}, update the progress on your goals and note the "
                    "one question you most want to talk about.")
    body = _pick(facts, guided, N_("Update goal progress and note one question before you "
                                   "meet {name}."))
    title = occurrence.session.title
    return NextStep(StepKind.PREPARE_SESSION, Action.UPDATE_GOALS,
                    _text(N_("Prepare for “{title}” on {date}"), title=title,
                          date=_date_text(occurrence.start, _zone(facts.tz))),
                    _text(body, name=facts.their_name), occurrence.session.id, occurrence.id)


def _review_step(facts: RelationshipFacts, now: int) -> NextStep:
    name = facts.their_name
    version = _in_force(facts)
    end = version.terms.get("end") if version else None
    today = _today(facts, now)
    end_date = _parse_date(end) if isinstance(end, str) else None
    if end_date is not None and (end_date - today).days <= END_STAGE_DAYS:
        body = _pick(facts,
                     N_("Your agreement with {name} ends on {date}. Go through each goal "
                        "together — what you achieved, what changed — and decide whether to "
                        "continue with a new version of the agreement or to close the "
                        "mentorship."),
                     N_("Your agreement ends on {date}: review progress with {name}, then "
                        "extend it or close."))
        return NextStep(StepKind.REVIEW_PROGRESS, Action.UPDATE_GOALS,
                        _text(N_("Your agreement ends on {date}"), date=str(end)),
                        _text(body, name=name, date=str(end)),
                        version.id if version else None)
    reviews = _reviews_near(facts, version, today) if version else []
    day = reviews[0] if reviews else ""
    body = _pick(facts,
                 N_("Go through each goal with {name}: what has been achieved, what has "
                    "changed, and what matters next. Then update the goals and, if you both "
                    "want, the agreement."),
                 N_("Review goal progress with {name}; update the goals and the agreement."))
    return NextStep(StepKind.REVIEW_PROGRESS, Action.UPDATE_GOALS,
                    _text(N_("Review your progress (review date {date})"), date=day),
                    _text(body, name=name), version.id if version else None)


def _closing_step(facts: RelationshipFacts) -> NextStep:
    name = facts.their_name
    if facts.state == "active":
        version = _in_force(facts)
        end = str(version.terms.get("end", "")) if version else ""
        body = _pick(facts,
                     N_("Your agreement ended on {date}. Write a short reflection on what you "
                        "achieved and learned, thank {name}, mark the mentorship completed, "
                        "and export your record to keep it."),
                     N_("Your agreement ended on {date}: reflect, mark the mentorship "
                        "completed and export your record."))
        return NextStep(StepKind.COMPLETE, Action.CLOSE_RELATIONSHIP,
                        _text(N_("Complete your mentorship with {name}"), name=name),
                        _text(body, name=name, date=end))
    return NextStep(StepKind.REFLECT, Action.CLOSE_RELATIONSHIP,
                    _text(N_("Keep a record of your mentorship with {name}"), name=name),
                    _text(N_("This mentorship has finished. Write a short reflection on what "
                             "you learned and export your record, so that it stays with "
                             "you.")))


# -- questions -------------------------------------------------------------------------------

_PULSE = (
    Question("pulse.going", N_("How is this mentorship going?"), AnswerKind.SCALE, True,
             low=1, high=5, low_label=N_("Not well"), high_label=N_("Very well")),
    Question("pulse.next_month", N_("What is one specific thing that would make the next "
                                    "month more useful?"), AnswerKind.TEXT, False,
             max_chars=1000),
)


def pulse_questions() -> tuple[Question, ...]:
    """The short periodic pulse (every PULSE_DAYS): a 1–5 rating and one specific wish."""
    return _PULSE


_FEEDBACK_MENTEE = (
    Question("feedback.useful", N_("What was most useful, specifically?"), AnswerKind.TEXT,
             True, max_chars=1000),
    Question("feedback.try", N_("One thing to try differently next time"), AnswerKind.TEXT,
             True, max_chars=1000),
    Question("feedback.step", N_("One step you will take before the next session"),
             AnswerKind.TEXT, True, max_chars=1000),
)
_FEEDBACK_MENTOR = (
    Question("feedback.useful", N_("What went well in this session, specifically?"),
             AnswerKind.TEXT, True, max_chars=1000),
    Question("feedback.try", N_("One thing to try differently next time"), AnswerKind.TEXT,
             True, max_chars=1000),
    Question("feedback.step", N_("One step you will take before the next session"),
             AnswerKind.TEXT, True, max_chars=1000),
)


def feedback_questions(role: Role) -> tuple[Question, ...]:
    """Structured feedback after a session: something specific, something constructive and
    one step. The ids are the same for every role (answers compare across both sides); a
    mentor is asked what went well rather than what was useful to them. A coordinator, who
    does not attend sessions, gets the mentee's wording."""
    if role not in _ROLES:
        raise ValueError("unknown role")
    return _FEEDBACK_MENTOR if role == "mentor" else _FEEDBACK_MENTEE
