"""Feedback and rhythm (domain/rhythm.py): the stage rules, every reminder kind on both sides of
its boundary, dismissal and order, the personalised next step, the question sets, and remote
names kept as plain values. Records are real: made by two `SharedDocument` replicas that edit,
exchange updates and sign the agreement."""

from __future__ import annotations

import html
import string
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from ementor_desktop.crypto.identity import Identity
from ementor_desktop.domain.rhythm import (
    NO_RECORDS,
    Action,
    AnswerKind,
    NextStep,
    PrivateGoal,
    RelationshipFacts,
    Reminder,
    ReminderKind,
    Severity,
    Stage,
    StepKind,
    Text,
    day_end,
    feedback_questions,
    next_step,
    occurrence_id,
    pulse_questions,
    reminders,
    stage,
)
from ementor_desktop.domain.shared import Edit, Records, SharedDocument

ME_ID = Identity(bytes(range(32)), bytes(range(32, 64)))
THEM_ID = Identity(bytes(range(64, 96)), bytes(range(96, 128)))
ME = ME_ID.public.signing_key
THEM = THEM_ID.public.signing_key
CONV = "8354c97f7e8226addc87e6dbf542a963"
HOUR = 3_600_000
DAY = 24 * HOUR
BERLIN = "Europe/Berlin"


def ms(text: str, tz: str = "UTC") -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz)).timestamp() * 1000)


T0 = ms("2027-03-01T09:00")
SIGNED_AT = ms("2027-03-01T10:00")
TERMS: dict[str, Any] = {"cadence": "weekly", "response_hours": 48, "start": "2027-03-01",
                         "end": "2027-08-31", "reviews": ["2027-05-15"]}


def _ids(prefix: str) -> Callable[[], str]:
    counter = iter(range(1, 10**6))
    return lambda: f"{prefix}{next(counter):030x}"


class Pair:
    """Two replicas of one relationship's shared records: mine and theirs. Every edit is sent
    to the other side at once; `now` is both clocks."""

    def __init__(self) -> None:
        self.now = T0
        self.me = SharedDocument(CONV, ME, client_id=1, clock=lambda: self.now,
                                 new_id=_ids("a0"))
        self.them = SharedDocument(CONV, THEM, client_id=2, clock=lambda: self.now,
                                   new_id=_ids("b0"))

    def by_me(self, edit: Callable[[SharedDocument], Edit]) -> str:
        result = edit(self.me)
        if result.update is not None:
            self.them.apply_remote(result.update, [ME])
        assert result.record_id is not None or result.update is not None
        return result.record_id or ""

    def by_them(self, edit: Callable[[SharedDocument], Edit]) -> str:
        result = edit(self.them)
        if result.update is not None:
            self.me.apply_remote(result.update, [THEM])
        return result.record_id or ""

    def records(self) -> Records:
        return self.me.records(mine=[ME], theirs=[THEM])

    def their_records(self) -> Records:
        return self.them.records(mine=[THEM], theirs=[ME])

    def agree(self, at: int = SIGNED_AT, **terms: Any) -> str:
        self.now = at
        self.by_me(lambda d: d.edit_draft(**(terms or TERMS)))
        version = self.by_me(lambda d: d.propose())
        self.by_me(lambda d: d.sign(ME_ID))
        self.by_them(lambda d: d.sign(THEM_ID))
        return version


def make(records: Records = NO_RECORDS, **changes: Any) -> RelationshipFacts:
    base = RelationshipFacts(my_role="mentee", their_name="Ben", state="active",
                             created_at=T0 - 10 * DAY, records=records,
                             my_keys=frozenset({ME.hex()}))
    return replace(base, **changes)


def working(**goal: Any) -> Pair:
    """An agreement in force (weekly, 48 h, reviews 2027-05-15, ends 2027-08-31) and a goal."""
    pair = Pair()
    pair.agree()
    pair.by_them(lambda d: d.add_goal("Ship a Rust crate", **goal))
    return pair


def kinds(found: list[Reminder], kind: ReminderKind) -> list[Reminder]:
    return [r for r in found if r.kind is kind]


# -- stage -------------------------------------------------------------------------------------


def test_first_contact_until_three_messages_each_way() -> None:
    assert stage(make(), T0) is Stage.FIRST_CONTACT
    assert stage(make(sent_count=3, received_count=2), T0) is Stage.FIRST_CONTACT
    assert stage(make(sent_count=2, received_count=9), T0) is Stage.FIRST_CONTACT
    assert stage(make(sent_count=3, received_count=3), T0) is Stage.AGREEMENT


def test_a_draft_term_or_a_proposed_version_is_the_agreement_stage() -> None:
    pair = Pair()
    pair.by_them(lambda d: d.edit_draft(cadence="monthly"))
    assert stage(make(pair.records()), T0) is Stage.AGREEMENT
    pair.by_them(lambda d: d.propose())
    pair.by_them(lambda d: d.sign(THEM_ID))  # signed by one side only: not in force
    records = pair.records()
    assert records.agreement.status == "proposed"
    assert stage(make(records), T0) is Stage.AGREEMENT


def test_signed_by_both_is_working_even_without_goals() -> None:
    pair = Pair()
    pair.agree()
    assert stage(make(pair.records()), ms("2027-03-05T12:00")) is Stage.WORKING


def test_a_newer_version_only_proposed_keeps_working() -> None:
    pair = working()
    pair.by_them(lambda d: d.edit_draft(cadence="monthly"))
    pair.by_them(lambda d: d.propose())
    records = pair.records()
    assert records.agreement.status == "proposed" and records.agreement.in_force is not None
    assert stage(make(records), ms("2027-03-05T12:00")) is Stage.WORKING


@pytest.mark.parametrize(("local", "expected"), [
    ("2027-05-07T23:59:59.999", Stage.WORKING),   # 8 days before the review date
    ("2027-05-08T00:00", Stage.REVIEW),           # 7 days before
    ("2027-05-22T23:59:59.999", Stage.REVIEW),    # 7 days after
    ("2027-05-23T00:00", Stage.WORKING),          # 8 days after
])
def test_review_stage_within_seven_days_of_a_review_date_in_local_time(
        local: str, expected: Stage) -> None:
    facts = make(working().records(), tz=BERLIN)
    assert stage(facts, ms(local, BERLIN)) is expected


def test_a_review_marked_done_leaves_the_review_stage() -> None:
    facts = make(working().records(), tz=BERLIN)
    now = ms("2027-05-15T12:00", BERLIN)
    assert stage(facts, now) is Stage.REVIEW
    assert stage(replace(facts, reviews_marked=frozenset({"2027-05-15"})), now) is Stage.WORKING


@pytest.mark.parametrize(("now", "expected"), [
    (ms("2027-08-16T23:59"), Stage.WORKING),   # 15 days before the end
    (ms("2027-08-17T00:00"), Stage.REVIEW),    # 14 days before
    (ms("2027-08-31T23:59"), Stage.REVIEW),    # the last day
    (ms("2027-09-01T00:00"), Stage.CLOSING),   # the end date has passed
])
def test_the_agreement_end_brings_review_then_closing(now: int, expected: Stage) -> None:
    assert stage(make(working().records()), now) is expected


@pytest.mark.parametrize("state", ["completed", "ended", "archived"])
def test_a_finished_relationship_is_closing(state: str) -> None:
    assert stage(make(working().records(), state=state), ms("2027-03-05T12:00")) \
        is Stage.CLOSING


# -- reminders ---------------------------------------------------------------------------------


def test_reply_waiting_after_72_hours_without_an_agreement() -> None:
    wrote = ms("2027-03-02T08:00")
    facts = make(received_count=1, their_last_at=wrote, oldest_unanswered_at=wrote)
    assert kinds(reminders(facts, wrote + 72 * HOUR - 1), ReminderKind.REPLY) == []
    [reply] = kinds(reminders(facts, wrote + 72 * HOUR), ReminderKind.REPLY)
    assert reply.severity is Severity.ATTENTION and reply.due_at == wrote + 72 * HOUR
    assert reply.key == f"reply:{wrote}"
    assert reply.text.mapping() == {"name": "Ben", "time": "2027-03-02 08:00"}  # none agreed


def test_reply_waiting_uses_the_agreed_response_hours() -> None:
    wrote = ms("2027-03-02T08:00")
    facts = make(working().records(), received_count=5, sent_count=5,
                 their_last_at=wrote, oldest_unanswered_at=wrote)
    assert kinds(reminders(facts, wrote + 48 * HOUR - 1), ReminderKind.REPLY) == []
    [reply] = kinds(reminders(facts, wrote + 48 * HOUR), ReminderKind.REPLY)
    assert reply.text.mapping()["hours"] == "48"
    assert kinds(reminders(make(oldest_unanswered_at=None), wrote + 99 * DAY),
                 ReminderKind.REPLY) == []


def test_no_reminders_once_the_relationship_is_not_active() -> None:
    wrote = ms("2027-03-02T08:00")
    facts = make(working().records(), oldest_unanswered_at=wrote)
    assert reminders(facts, wrote + 60 * DAY)
    for state in ("completed", "ended", "archived"):
        assert reminders(replace(facts, state=state), wrote + 60 * DAY) == []


def test_session_starting_within_24_hours_in_its_own_time_zone() -> None:
    pair = Pair()
    sid = pair.by_them(lambda d: d.add_session("Kick-off", start="2027-03-11T09:00",
                                               tz="America/New_York", minutes=45))
    start = ms("2027-03-11T09:00", "America/New_York")
    facts = make(pair.records(), tz=BERLIN)
    assert kinds(reminders(facts, start - 24 * HOUR - 1), ReminderKind.SESSION_SOON) == []
    [soon] = kinds(reminders(facts, start - 24 * HOUR), ReminderKind.SESSION_SOON)
    assert soon.due_at == start and soon.record_id == sid and soon.severity is Severity.INFO
    assert soon.text.mapping()["time"] == "2027-03-11 15:00"  # shown in my zone
    assert kinds(reminders(facts, start), ReminderKind.SESSION_SOON) == []  # it has started
    pair.by_them(lambda d: d.update_session(sid, status="cancelled"))
    assert kinds(reminders(make(pair.records()), start - HOUR), ReminderKind.SESSION_SOON) == []


def test_a_monthly_series_falls_on_the_last_day_of_shorter_months() -> None:
    """The series rule of domain/calendar.py (and of the exported .ics): the 31st becomes the
    28th in February, the 30th in April."""
    pair = Pair()
    sid = pair.by_me(lambda d: d.add_session("Monthly", start="2027-01-31T10:00", tz="UTC",
                                             minutes=60, repeat="monthly", count=3))
    facts = make(pair.records())
    [february] = kinds(reminders(facts, ms("2027-02-28T09:00")), ReminderKind.SESSION_SOON)
    assert february.occurrence_id == occurrence_id(sid, "2027-02-28") == f"{sid}@2027-02-28"
    [soon] = kinds(reminders(facts, ms("2027-03-31T09:00")), ReminderKind.SESSION_SOON)
    assert soon.occurrence_id == f"{sid}@2027-03-31"
    # the third occurrence was March's: the count is spent by April
    assert kinds(reminders(facts, ms("2027-04-30T09:00")), ReminderKind.SESSION_SOON) == []


def test_a_fortnightly_series_keeps_its_wall_time_across_daylight_saving() -> None:
    pair = Pair()
    sid = pair.by_them(lambda d: d.add_session("Check-in", start="2027-03-15T10:00",
                                               tz=BERLIN, minutes=30, repeat="fortnightly"))
    facts = make(pair.records(), tz=BERLIN)
    assert kinds(reminders(facts, ms("2027-03-21T12:00", BERLIN)),
                 ReminderKind.SESSION_SOON) == []  # no session in the week between
    [soon] = kinds(reminders(facts, ms("2027-03-28T12:00", BERLIN)), ReminderKind.SESSION_SOON)
    assert soon.occurrence_id == f"{sid}@2027-03-29"
    assert soon.due_at == ms("2027-03-29T08:00")  # 10:00 in Berlin, now on summer time


def test_a_series_without_a_count_stops_after_260_occurrences() -> None:
    pair = Pair()
    pair.by_them(lambda d: d.add_session("Weekly", start="2027-03-01T10:00", tz="UTC",
                                         minutes=30, repeat="weekly"))
    facts = make(pair.records())
    last = ms("2027-03-01T10:00") + 259 * 7 * DAY
    assert kinds(reminders(facts, last - HOUR), ReminderKind.SESSION_SOON)
    assert kinds(reminders(facts, last + 7 * DAY - HOUR), ReminderKind.SESSION_SOON) == []


def test_a_series_long_over_still_counts_its_last_occurrence() -> None:
    pair = working()
    pair.by_me(lambda d: d.add_session("Trio", start="2027-03-02T10:00", tz="UTC", minutes=60,
                                       repeat="weekly", count=3))
    [slip] = kinds(reminders(make(pair.records()), ms("2027-04-20T12:00")),
                   ReminderKind.CADENCE)
    last = ms("2027-03-16T11:00")  # the end of the third and last occurrence
    assert slip.key == f"cadence:{last}" and slip.due_at == last + 252 * HOUR


def test_action_item_assigned_to_me_due_within_two_days() -> None:
    pair = Pair()
    mine = pair.by_them(lambda d: d.add_action("Read chapter 3", due="2027-03-10",
                                               assignee=ME))
    pair.by_them(lambda d: d.add_action("Their task", due="2027-03-10", assignee=THEM))
    pair.by_them(lambda d: d.add_action("Unassigned, theirs", due="2027-03-10"))
    facts = make(pair.records(), tz=BERLIN)
    end = ms("2027-03-11T00:00", BERLIN)
    assert day_end("2027-03-10", BERLIN) == end
    assert kinds(reminders(facts, end - 2 * DAY - 1), ReminderKind.ACTION_DUE) == []
    [soon] = kinds(reminders(facts, end - 2 * DAY), ReminderKind.ACTION_DUE)
    assert soon.record_id == mine and soon.severity is Severity.INFO and soon.due_at == end
    [late] = kinds(reminders(facts, end), ReminderKind.ACTION_DUE)
    assert late.severity is Severity.ATTENTION and late.key != soon.key
    pair.by_me(lambda d: d.update_action(mine, done=True))
    assert kinds(reminders(make(pair.records(), tz=BERLIN), end), ReminderKind.ACTION_DUE) == []


def test_a_deleted_action_item_does_not_remind() -> None:
    pair = Pair()
    added = pair.by_me(lambda d: d.add_action("Send CV", due="2027-03-10", assignee=ME))
    now = ms("2027-03-12T12:00")
    assert kinds(reminders(make(pair.records()), now), ReminderKind.ACTION_DUE)
    pair.by_me(lambda d: d.delete_action(added))
    assert kinds(reminders(make(pair.records()), now), ReminderKind.ACTION_DUE) == []


def test_an_unassigned_action_item_i_added_is_mine() -> None:
    pair = Pair()
    added = pair.by_me(lambda d: d.add_action("Send CV", due="2027-03-10"))
    [due] = kinds(reminders(make(pair.records()), ms("2027-03-10T12:00")),
                  ReminderKind.ACTION_DUE)
    assert due.record_id == added


def test_shared_goal_due_within_seven_days_or_overdue() -> None:
    pair = working(due="2027-04-30")
    goal = pair.records().goals[0]
    facts = make(pair.records())
    end = ms("2027-05-01T00:00")
    assert kinds(reminders(facts, end - 7 * DAY - 1), ReminderKind.GOAL_DUE) == []
    [soon] = kinds(reminders(facts, end - 7 * DAY), ReminderKind.GOAL_DUE)
    assert soon.severity is Severity.INFO and soon.record_id == goal.id
    assert soon.key == f"goal:{goal.id}:2027-04-30:soon"
    [late] = kinds(reminders(facts, end), ReminderKind.GOAL_DUE)
    assert late.severity is Severity.ATTENTION and late.key == f"goal:{goal.id}:2027-04-30:overdue"


@pytest.mark.parametrize("status", ["achieved", "dropped", "paused"])
def test_a_goal_done_or_paused_does_not_remind(status: str) -> None:
    pair = working(due="2027-04-30")
    goal_id = pair.records().goals[0].id
    pair.by_them(lambda d: d.update_goal(goal_id, status=status))
    assert kinds(reminders(make(pair.records()), ms("2027-05-03T00:00")),
                 ReminderKind.GOAL_DUE) == []


def test_a_deleted_goal_does_not_remind() -> None:
    pair = working(due="2027-04-30")
    goal_id = pair.records().goals[0].id
    pair.by_them(lambda d: d.delete_goal(goal_id))
    assert kinds(reminders(make(pair.records()), ms("2027-05-03T00:00")),
                 ReminderKind.GOAL_DUE) == []


def test_private_goal_due_at_the_end_of_the_local_day() -> None:
    goal = PrivateGoal("p1", "Finish the course", "2027-03-20", "active", 40)
    facts = make(private_goals=(goal, replace(goal, id="p2", status="achieved"),
                                replace(goal, id="p3", deleted=True)), tz=BERLIN)
    end = ms("2027-03-21T00:00", BERLIN)
    assert kinds(reminders(facts, end - 7 * DAY - 1), ReminderKind.PRIVATE_GOAL_DUE) == []
    [soon] = kinds(reminders(facts, end - 7 * DAY), ReminderKind.PRIVATE_GOAL_DUE)
    assert soon.record_id == "p1" and soon.severity is Severity.INFO
    [late] = kinds(reminders(facts, end), ReminderKind.PRIVATE_GOAL_DUE)
    assert late.severity is Severity.ATTENTION and late.due_at == end


def test_review_date_within_seven_days_then_passed_unmarked() -> None:
    pair = working()
    version = pair.records().agreement.in_force
    assert version is not None
    facts = make(pair.records())
    end = ms("2027-05-16T00:00")
    assert kinds(reminders(facts, end - 7 * DAY - 1), ReminderKind.REVIEW) == []
    [soon] = kinds(reminders(facts, end - 7 * DAY), ReminderKind.REVIEW)
    assert soon.severity is Severity.INFO and soon.record_id == version.id
    [passed] = kinds(reminders(facts, end + 20 * DAY), ReminderKind.REVIEW)
    assert passed.severity is Severity.ATTENTION and passed.key != soon.key
    marked = replace(facts, reviews_marked=frozenset({"2027-05-15"}))
    assert kinds(reminders(marked, end + 20 * DAY), ReminderKind.REVIEW) == []


def test_a_later_review_date_supersedes_an_earlier_unmarked_one() -> None:
    pair = Pair()
    pair.agree(**{**TERMS, "reviews": ["2027-04-01", "2027-06-01"]})
    facts = make(pair.records())
    [early] = kinds(reminders(facts, ms("2027-05-01T00:00")), ReminderKind.REVIEW)
    assert "2027-04-01" in early.key
    [later] = kinds(reminders(facts, ms("2027-05-30T00:00")), ReminderKind.REVIEW)
    assert "2027-06-01" in later.key


def test_feedback_after_a_session_that_took_place() -> None:
    pair = working()
    held = pair.by_me(lambda d: d.add_session("Kick-off", start="2027-03-03T17:00", tz="UTC",
                                              minutes=60))
    pair.by_me(lambda d: d.update_session(held, status="held"))
    planned = pair.by_them(lambda d: d.add_session("Second", start="2027-03-05T17:00",
                                                   tz="UTC", minutes=30))
    facts = make(pair.records())
    end = ms("2027-03-03T18:00")
    assert kinds(reminders(facts, end - 1), ReminderKind.FEEDBACK) == []
    [due] = kinds(reminders(facts, end), ReminderKind.FEEDBACK)
    assert due.record_id == held and due.key == f"feedback:{held}" and due.due_at == end
    # a session still marked planned counts once its end has passed
    later = ms("2027-03-05T17:30")
    assert {r.record_id for r in kinds(reminders(facts, later), ReminderKind.FEEDBACK)} == \
        {held, planned}
    # until 14 days after its end, and not once feedback is given
    assert kinds(reminders(facts, end + 14 * DAY - 1), ReminderKind.FEEDBACK)
    assert not [r for r in reminders(facts, end + 14 * DAY) if r.record_id == held]
    given = replace(facts, feedback_given=frozenset({held}))
    assert kinds(reminders(given, end), ReminderKind.FEEDBACK) == []


def test_no_feedback_for_a_cancelled_session() -> None:
    pair = working()
    sid = pair.by_me(lambda d: d.add_session("Off", start="2027-03-03T17:00", tz="UTC",
                                             minutes=60))
    pair.by_me(lambda d: d.update_session(sid, status="cancelled"))
    assert kinds(reminders(make(pair.records()), ms("2027-03-04T00:00")),
                 ReminderKind.FEEDBACK) == []


def test_cadence_slipping_after_one_and_a_half_intervals() -> None:
    facts = make(working().records())
    due = SIGNED_AT + 10 * DAY + 12 * HOUR  # weekly: 7 days × 1.5
    assert kinds(reminders(facts, due - 1), ReminderKind.CADENCE) == []
    [slip] = kinds(reminders(facts, due), ReminderKind.CADENCE)
    assert slip.severity is Severity.ATTENTION and slip.due_at == due
    assert slip.key == f"cadence:{SIGNED_AT}" and slip.text.mapping()["date"] == "2027-03-01"


def test_cadence_counts_from_the_last_session_and_the_last_exchange() -> None:
    pair = working()
    held = pair.by_me(lambda d: d.add_session("One", start="2027-03-08T10:00", tz="UTC",
                                              minutes=60))
    pair.by_me(lambda d: d.update_session(held, status="held"))
    met = ms("2027-03-08T11:00")
    facts = make(pair.records())
    assert kinds(reminders(facts, met + 252 * HOUR - 1), ReminderKind.CADENCE) == []
    assert kinds(reminders(facts, met + 252 * HOUR), ReminderKind.CADENCE)
    # both wrote later: the exchange is the earlier of the two latest messages
    talked = replace(facts, my_last_sent_at=met + 3 * DAY, their_last_at=met + 2 * DAY)
    assert kinds(reminders(talked, met + 2 * DAY + 252 * HOUR - 1), ReminderKind.CADENCE) == []
    assert kinds(reminders(talked, met + 2 * DAY + 252 * HOUR), ReminderKind.CADENCE)
    # only I wrote: no exchange
    alone = replace(facts, my_last_sent_at=met + 3 * DAY, their_last_at=None)
    assert kinds(reminders(alone, met + 252 * HOUR), ReminderKind.CADENCE)


def test_monthly_cadence_and_a_session_planned_soon_silence_the_slip() -> None:
    pair = Pair()
    pair.agree(**{**TERMS, "cadence": "monthly"})
    facts = make(pair.records())
    assert kinds(reminders(facts, SIGNED_AT + 45 * DAY - 1), ReminderKind.CADENCE) == []
    assert kinds(reminders(facts, SIGNED_AT + 45 * DAY), ReminderKind.CADENCE)
    pair.by_me(lambda d: d.add_session("Next", start="2027-04-20T10:00", tz="UTC", minutes=60))
    assert kinds(reminders(make(pair.records()), SIGNED_AT + 45 * DAY),
                 ReminderKind.CADENCE) == []


def test_no_cadence_or_pulse_once_the_agreement_has_ended() -> None:
    facts = make(working().records())
    assert {ReminderKind.CADENCE, ReminderKind.PULSE} <= \
        {r.kind for r in reminders(facts, ms("2027-08-31T12:00"))}
    after = {r.kind for r in reminders(facts, ms("2027-09-01T12:00"))}
    assert stage(facts, ms("2027-09-01T12:00")) is Stage.CLOSING
    assert ReminderKind.CADENCE not in after and ReminderKind.PULSE not in after


def test_no_cadence_before_the_agreement_is_in_force() -> None:
    pair = Pair()
    pair.by_me(lambda d: d.edit_draft(cadence="weekly"))
    assert kinds(reminders(make(pair.records()), T0 + 90 * DAY), ReminderKind.CADENCE) == []


def test_pulse_after_thirty_days_without_an_answer() -> None:
    facts = make(working().records())
    due = SIGNED_AT + 30 * DAY
    assert kinds(reminders(facts, due - 1), ReminderKind.PULSE) == []
    [pulse] = kinds(reminders(facts, due), ReminderKind.PULSE)
    assert pulse.severity is Severity.INFO and pulse.due_at == due
    answered = replace(facts, last_pulse_at=due - DAY)
    assert kinds(reminders(answered, due + 29 * DAY - 1), ReminderKind.PULSE) == []
    assert kinds(reminders(answered, due + 29 * DAY), ReminderKind.PULSE)


def test_a_coordinator_gets_no_mentoring_reminders_but_replies() -> None:
    wrote = ms("2027-06-01T08:00")
    facts = make(working(due="2027-06-02").records(), my_role="coordinator",
                 oldest_unanswered_at=wrote)
    found = reminders(facts, wrote + 30 * DAY)
    assert {r.kind for r in found} == {ReminderKind.REPLY}
    mentee = {r.kind for r in reminders(replace(facts, my_role="mentee"), wrote + 30 * DAY)}
    assert {ReminderKind.GOAL_DUE, ReminderKind.PULSE, ReminderKind.CADENCE} <= mentee


def test_dismissed_keys_are_left_out() -> None:
    facts = make(working().records())
    now = SIGNED_AT + 40 * DAY
    found = reminders(facts, now)
    assert {ReminderKind.CADENCE, ReminderKind.PULSE} <= {r.kind for r in found}
    cadence = kinds(found, ReminderKind.CADENCE)[0]
    left = reminders(facts, now, dismissed={cadence.key, "unrelated"})
    assert left == [r for r in found if r.key != cadence.key]
    # the key is stable: the same situation later is still dismissed
    assert cadence.key not in {r.key for r in reminders(facts, now + DAY, {cadence.key})}


def test_reminders_are_sorted_by_urgency_then_due_time() -> None:
    wrote = SIGNED_AT + 20 * DAY
    pair = working(due="2027-04-05")
    pair.by_me(lambda d: d.add_action("Draft a plan", due="2027-04-02"))
    facts = make(pair.records(), oldest_unanswered_at=wrote,
                 private_goals=(PrivateGoal("p1", "Read", "2027-04-03", "active"),))
    found = reminders(facts, ms("2027-04-03T12:00"))
    # attention (by due time): the slip (due 03-11), the reply (03-23), the action (04-03);
    # then info: the pulse (03-31), the private goal (04-04), the shared goal (04-06)
    assert [r.kind for r in found] == [
        ReminderKind.CADENCE, ReminderKind.REPLY, ReminderKind.ACTION_DUE,
        ReminderKind.PULSE, ReminderKind.PRIVATE_GOAL_DUE, ReminderKind.GOAL_DUE]
    assert [r.severity for r in found] == [Severity.ATTENTION] * 3 + [Severity.INFO] * 3
    assert [r.due_at for r in found[:3]] == sorted(r.due_at for r in found[:3])
    assert [r.due_at for r in found[3:]] == sorted(r.due_at for r in found[3:])


# -- next step ---------------------------------------------------------------------------------


def test_a_matched_mentee_who_has_not_written_is_prompted_with_an_opening() -> None:
    facts = make(wants_to_learn="Rust for embedded systems")
    step = next_step(facts, T0)
    assert step.kind is StepKind.WRITE_FIRST_MESSAGE and step.action is Action.WRITE_MESSAGE
    assert step.suggestion is not None
    assert step.suggestion.mapping() == {"name": "Ben", "topic": "Rust for embedded systems"}
    assert "Rust for embedded systems" in step.suggestion.english
    plain = next_step(replace(facts, wants_to_learn=None), T0).suggestion
    assert plain is not None and "topic" not in plain.mapping()
    # even when the mentor wrote first
    assert next_step(replace(facts, received_count=1, oldest_unanswered_at=T0), T0).kind \
        is StepKind.WRITE_FIRST_MESSAGE


def test_a_mentor_in_first_contact() -> None:
    mentor = make(my_role="mentor")
    assert next_step(mentor, T0).kind is StepKind.WELCOME
    waiting = replace(mentor, sent_count=1, my_last_sent_at=T0)
    assert next_step(waiting, T0).kind is StepKind.WAIT_FOR_REPLY
    answered = replace(mentor, received_count=1, oldest_unanswered_at=T0 + HOUR)
    assert next_step(answered, T0 + 2 * HOUR).kind is StepKind.REPLY
    exchanged = replace(waiting, received_count=1, their_last_at=T0 + HOUR,
                        my_last_sent_at=T0 + 2 * HOUR)
    step = next_step(exchanged, T0 + 3 * HOUR)
    assert step.kind is StepKind.PROPOSE_AGREEMENT and step.action is Action.PROPOSE_AGREEMENT


def test_a_mentee_after_the_first_exchange_notes_goals() -> None:
    facts = make(sent_count=1, received_count=1)
    step = next_step(facts, T0)
    assert step.kind is StepKind.NOTE_GOALS and step.action is Action.ADD_GOAL


def test_unsigned_proposed_version_for_the_signer_and_the_proposer() -> None:
    pair = Pair()
    pair.by_them(lambda d: d.edit_draft(**TERMS))
    version = pair.by_them(lambda d: d.propose())
    pair.by_them(lambda d: d.sign(THEM_ID))
    talking = {"sent_count": 4, "received_count": 4}
    signer = next_step(make(pair.records(), **talking), T0)
    assert signer.kind is StepKind.SIGN_AGREEMENT and signer.action is Action.SIGN_AGREEMENT
    assert signer.record_id == version and signer.body.mapping()["number"] == "1"
    proposer = next_step(make(pair.their_records(), my_role="mentor", **talking), T0)
    assert proposer.kind is StepKind.WAIT_FOR_SIGNATURE and proposer.action is Action.NONE
    assert proposer.record_id == version


def test_a_proposer_who_has_not_signed_signs_their_own_proposal() -> None:
    pair = Pair()
    pair.by_me(lambda d: d.edit_draft(cadence="weekly"))
    pair.by_me(lambda d: d.propose())
    step = next_step(make(pair.records(), my_role="mentor", sent_count=1), T0)
    assert step.kind is StepKind.SIGN_OWN_PROPOSAL and step.action is Action.SIGN_AGREEMENT
    pair.by_me(lambda d: d.sign(ME_ID))
    assert next_step(make(pair.records(), my_role="mentor", sent_count=1), T0).kind \
        is StepKind.WAIT_FOR_SIGNATURE


def test_agreement_stage_without_a_version_proposes() -> None:
    step = next_step(make(sent_count=3, received_count=3), T0)
    assert step.kind is StepKind.PROPOSE_AGREEMENT


def test_working_without_goals_the_mentee_defines_them() -> None:
    pair = Pair()
    pair.agree()
    now = ms("2027-03-03T12:00")
    mentee = next_step(make(pair.records(), sent_count=5), now)
    assert mentee.kind is StepKind.DEFINE_GOALS and mentee.action is Action.ADD_GOAL
    mentor = next_step(make(pair.records(), my_role="mentor", sent_count=5), now)
    assert mentor.kind is StepKind.DEFINE_GOALS and mentor.action is Action.WRITE_MESSAGE


@pytest.mark.parametrize("status", ["achieved", "dropped"])
def test_goals_all_achieved_or_dropped_are_missing_goals(status: str) -> None:
    pair = working()
    goal_id = pair.records().goals[0].id
    now = ms("2027-03-03T12:00")
    assert next_step(make(pair.records()), now).kind is StepKind.SCHEDULE_SESSION
    pair.by_them(lambda d: d.update_goal(goal_id, status=status))
    assert next_step(make(pair.records()), now).kind is StepKind.DEFINE_GOALS


def test_working_with_no_session_planned_schedules_at_the_cadence() -> None:
    pair = working()
    step = next_step(make(pair.records()), ms("2027-03-03T12:00"))
    assert step.kind is StepKind.SCHEDULE_SESSION and step.action is Action.SCHEDULE_SESSION
    assert step.body.mapping()["date"] == "2027-03-08"  # in force since 03-01, weekly
    assert "every week" in step.body.english
    monthly = Pair()
    monthly.agree(**{**TERMS, "cadence": "monthly"})
    monthly.by_them(lambda d: d.add_goal("A goal"))
    step = next_step(make(monthly.records()), ms("2027-03-03T12:00"))
    assert step.body.mapping()["date"] == "2027-03-31" and "every month" in step.body.english


def test_after_a_held_session_without_feedback() -> None:
    pair = working()
    held = pair.by_me(lambda d: d.add_session("Kick-off", start="2027-03-03T17:00", tz="UTC",
                                              minutes=60))
    pair.by_me(lambda d: d.update_session(held, status="held"))
    now = ms("2027-03-04T09:00")
    step = next_step(make(pair.records()), now)
    assert step.kind is StepKind.GIVE_FEEDBACK and step.action is Action.GIVE_FEEDBACK
    assert step.record_id == held and step.occurrence_id == held
    assert step.title.mapping()["title"] == "Kick-off"
    after = next_step(make(pair.records(), feedback_given=frozenset({held})), now)
    assert after.kind is StepKind.SCHEDULE_SESSION
    assert after.body.mapping()["date"] == "2027-03-10"  # a week after the session


def test_working_with_a_session_planned_prepares_or_answers_the_pulse() -> None:
    pair = working()
    sid = pair.by_me(lambda d: d.add_session("Next", start="2027-04-06T17:00", tz="UTC",
                                             minutes=60))
    prepare = next_step(make(pair.records()), ms("2027-03-25T12:00"))
    assert prepare.kind is StepKind.PREPARE_SESSION and prepare.record_id == sid
    assert prepare.action is Action.UPDATE_GOALS
    pulse = next_step(make(pair.records()), SIGNED_AT + 30 * DAY)
    assert pulse.kind is StepKind.ANSWER_PULSE and pulse.action is Action.ANSWER_PULSE


def test_a_newer_proposal_unsigned_by_me_comes_first_while_working() -> None:
    pair = working()
    pair.by_them(lambda d: d.edit_draft(cadence="fortnightly"))
    version = pair.by_them(lambda d: d.propose())
    step = next_step(make(pair.records()), ms("2027-03-03T12:00"))
    assert step.kind is StepKind.SIGN_AGREEMENT and step.record_id == version
    # the proposer who signed does not wait: the work goes on
    pair.by_them(lambda d: d.sign(THEM_ID))
    theirs = next_step(make(pair.their_records(), my_role="mentor"), ms("2027-03-03T12:00"))
    assert theirs.kind is StepKind.SCHEDULE_SESSION


def test_an_overdue_reply_comes_first() -> None:
    wrote = ms("2027-03-02T08:00")
    facts = make(working().records(), oldest_unanswered_at=wrote)
    assert next_step(facts, wrote + 48 * HOUR - 1).kind is StepKind.SCHEDULE_SESSION
    step = next_step(facts, wrote + 48 * HOUR)
    assert step.kind is StepKind.REPLY and step.action is Action.WRITE_MESSAGE


def test_review_stage_reviews_progress() -> None:
    step = next_step(make(working().records()), ms("2027-05-14T12:00"))
    assert step.kind is StepKind.REVIEW_PROGRESS and step.action is Action.UPDATE_GOALS
    assert step.title.mapping()["date"] == "2027-05-15"
    ending = next_step(make(working().records()), ms("2027-08-25T12:00"))
    assert ending.kind is StepKind.REVIEW_PROGRESS
    assert ending.title.mapping()["date"] == "2027-08-31"


def test_closing_completes_reflects_or_rests() -> None:
    records = working().records()
    ended = next_step(make(records), ms("2027-09-02T12:00"))
    assert ended.kind is StepKind.COMPLETE and ended.action is Action.CLOSE_RELATIONSHIP
    assert ended.body.mapping()["date"] == "2027-08-31"
    completed = next_step(make(records, state="completed"), ms("2027-06-02T12:00"))
    assert completed.kind is StepKind.REFLECT and completed.action is Action.CLOSE_RELATIONSHIP
    archived = next_step(make(records, state="archived"), ms("2027-06-02T12:00"))
    assert archived.kind is StepKind.NOTHING and archived.action is Action.NONE


def test_a_finished_relationship_does_not_ask_for_replies() -> None:
    wrote = ms("2027-06-01T08:00")
    facts = make(working().records(), state="completed", oldest_unanswered_at=wrote)
    assert next_step(facts, wrote + 30 * DAY).kind is StepKind.REFLECT
    assert next_step(replace(facts, state="active"), wrote + 30 * DAY).kind is StepKind.REPLY


def test_a_coordinator_has_nothing_but_replies() -> None:
    facts = make(working().records(), my_role="coordinator")
    assert next_step(facts, ms("2027-03-03T12:00")).kind is StepKind.NOTHING
    wrote = ms("2027-03-02T08:00")
    assert next_step(replace(facts, oldest_unanswered_at=wrote), wrote + 49 * HOUR).kind \
        is StepKind.REPLY


def _steps(facts: RelationshipFacts) -> list[NextStep]:
    pair = working()
    held = pair.by_me(lambda d: d.add_session("Kick-off", start="2027-03-03T17:00", tz="UTC",
                                              minutes=60))
    pair.by_me(lambda d: d.update_session(held, status="held"))
    return [next_step(replace(facts, records=pair.records()), ms("2027-03-04T09:00")),
            next_step(replace(facts, records=working().records()), ms("2027-03-04T09:00")),
            next_step(replace(facts, records=NO_RECORDS), T0)]


@pytest.mark.parametrize("role", ["mentor", "mentee"])
def test_new_people_get_guided_wording_and_experienced_ones_a_short_text(role: str) -> None:
    new = _steps(make(my_role=role, my_experience="new"))
    unknown = _steps(make(my_role=role, my_experience=None))
    experienced = _steps(make(my_role=role, my_experience="experienced"))
    for guided, plain, short in zip(new, unknown, experienced, strict=True):
        assert (guided.kind, guided.action) == (short.kind, short.action)
        assert guided.body == plain.body
        assert guided.body.template != short.body.template
        assert len(guided.body.english) > len(short.body.english)
    feedback = new[0]
    assert feedback.kind is StepKind.GIVE_FEEDBACK
    if role == "mentor":
        assert "open question" in feedback.body.english
        assert "open question" not in experienced[0].body.english


# -- remote names are plain values -------------------------------------------------------------

HOSTILE = "<b>Ben</b>\x1b[2J\u202e{name}{0}%s &amp; \u2028"


def _all_texts(facts: RelationshipFacts, now: int) -> list[Text]:
    texts = [r.text for r in reminders(facts, now)]
    step = next_step(facts, now)
    texts += [step.title, step.body] + ([step.suggestion] if step.suggestion else [])
    return texts


def test_a_hostile_name_and_title_are_only_plain_values() -> None:
    pair = working(due="2027-04-05")
    held = pair.by_them(lambda d: d.add_session("<i>x</i>{title}", start="2027-04-01T17:00",
                                                tz="UTC", minutes=60))
    now = ms("2027-04-02T09:00")
    facts = make(pair.records(), their_name=HOSTILE, my_role="mentor",
                 oldest_unanswered_at=now - 5 * DAY)
    texts = _all_texts(facts, now) + _all_texts(replace(facts, oldest_unanswered_at=None), now)
    texts += _all_texts(make(their_name=HOSTILE, wants_to_learn="<script>"), T0)
    named = [t for t in texts if "name" in t.mapping()]
    assert len(named) >= 5
    for text in named:
        assert text.mapping()["name"] == HOSTILE
        assert HOSTILE not in text.template and "<" not in text.template
        assert text.english.count(HOSTILE) == text.template.count("{name}")
        assert html.escape(HOSTILE) not in text.english
    titled = [t for t in texts if t.mapping().get("title") == "<i>x</i>{title}"]
    assert titled and all("<i>x</i>{title}" in t.english for t in titled)
    assert held in {r.record_id for r in reminders(facts, now)}


def test_every_sentence_is_one_template_with_named_placeholders() -> None:
    pair = working(due="2027-04-05")
    pair.by_me(lambda d: d.add_session("Next", start="2027-04-03T09:00", tz="UTC", minutes=60))
    pair.by_me(lambda d: d.add_action("Plan", due="2027-04-03"))
    scenarios = [
        (make(pair.records(), oldest_unanswered_at=ms("2027-03-20T00:00"),
              private_goals=(PrivateGoal("p", "Read", "2027-04-03", "active"),)),
         ms("2027-04-02T12:00")),
        (make(wants_to_learn="design"), T0),
        (make(my_role="mentor", sent_count=1, received_count=1), T0),
        (make(working().records(), my_role="mentor"), ms("2027-05-14T12:00")),
        (make(working().records()), ms("2027-09-02T12:00")),
    ]
    seen = 0
    for facts, now in scenarios:
        for text in _all_texts(facts, now):
            fields = [f for _, f, _, _ in string.Formatter().parse(text.template) if f is not None]
            assert all(f.isidentifier() for f in fields), text.template
            assert set(fields) == set(text.mapping()), text.template
            assert text.english and text.english == str(text)
            # a translation fills the same values into its own sentence
            translated = text.template.replace("The ", "Die ")
            assert translated.format_map(text.mapping())
            seen += 1
    assert seen >= 15


# -- questions and facts -----------------------------------------------------------------------


def test_the_pulse_is_a_rating_and_one_specific_wish() -> None:
    rating, wish = pulse_questions()
    assert (rating.id, rating.kind, rating.low, rating.high) == \
        ("pulse.going", AnswerKind.SCALE, 1, 5)
    assert rating.text == "How is this mentorship going?"
    assert wish.kind is AnswerKind.TEXT and "one specific thing" in wish.text
    assert wish.max_chars is not None and wish.max_chars > 0


def test_session_feedback_asks_for_something_specific_and_one_step() -> None:
    mentee = feedback_questions("mentee")
    mentor = feedback_questions("mentor")
    assert [q.id for q in mentee] == [q.id for q in mentor] == \
        ["feedback.useful", "feedback.try", "feedback.step"]
    assert mentee[0].text == "What was most useful, specifically?"
    assert mentor[0].text != mentee[0].text and "specifically" in mentor[0].text
    assert all(q.kind is AnswerKind.TEXT and q.required for q in mentee + mentor)
    with pytest.raises(ValueError, match="role"):
        feedback_questions("observer")  # type: ignore[arg-type]


@pytest.mark.parametrize(("change", "message"), [
    ({"my_role": "boss"}, "unknown role"),
    ({"state": "paused"}, "unknown relationship state"),
    ({"my_experience": "guru"}, "unknown experience"),
    ({"tz": "Mars/Olympus"}, "unknown time zone"),
    ({"sent_count": -1}, "negative"),
])
def test_facts_refuse_unknown_values(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make(**change)
