"""Session times and the .ics export (domain/calendar.py): series keep their wall time across
clock changes, gaps and repeated hours follow RFC 5545, other zones see the same instants, and
the exported calendar — read back with icalendar and expanded with dateutil — gives exactly the
instants `occurrences` gives; hostile text never becomes a property of its own."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar, Component, Event

from ementor_desktop.domain.calendar import (
    OPEN_ENDED_LIMIT,
    Occurrence,
    UnreadableSchedule,
    in_zone,
    label,
    next_occurrence,
    occurrences,
    to_ics,
    uid,
)
from ementor_desktop.domain.shared import Session
from ementor_desktop.errors import UsageError

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2027, 1, 1, 12, 0, tzinfo=UTC)
ID_A = "a" * 32
ID_B = "b" * 32
ID_C = "c" * 32


def _session(**fields: Any) -> Session:
    values: dict[str, Any] = {
        "id": ID_A, "title": "Weekly check-in", "start": "2027-03-18T09:30",
        "tz": "Europe/Berlin", "minutes": 60, "repeat": None, "count": None, "agenda": "",
        "link": None, "status": "planned", "notes": "", "deleted": False, "by": "0" * 64,
        "by_me": True, "created_at": 1, "sequence": 0, "history": (),
    }
    values.update(fields)
    return Session(**values)


def _utc(moments: list[datetime]) -> list[datetime]:
    return [m.astimezone(UTC) for m in moments]


def _starts(found: list[Occurrence]) -> list[datetime]:
    return [o.start for o in found]


def _wall(found: list[Occurrence]) -> list[str]:
    return [o.start.strftime("%Y-%m-%d %H:%M %z") for o in found]


def _export(*sessions: Session, **names: Any) -> Calendar:
    return Calendar.from_ical(to_ics(sessions, calendar_name="Mentoring", now=NOW, **names))


def _event(cal: Calendar, session_id: str = ID_A) -> Event:
    found = [e for e in cal.events if str(e["UID"]) == f"{session_id}@ementor"]
    assert len(found) == 1
    return found[0]


def _rule(event: Event) -> str:
    (rule,) = event.rrules
    return str(rule.to_ical().decode("ascii"))


def _expand(event: Event, limit: int) -> list[datetime]:
    """The event's instants as a reader expands them: DTSTART, then its RRULE (dateutil)."""
    start = event.start
    assert isinstance(start, datetime)
    if not event.rrules:
        return [start]
    rule = rrulestr(_rule(event), dtstart=start)
    found: list[datetime] = []
    for instant in rule:
        if len(found) == limit:
            break
        found.append(instant)
    return found


# -- series and clock changes -------------------------------------------------------------------

WEEKLY_OVER_EU_DST = _session(repeat="weekly", count=4)


def test_a_weekly_series_keeps_its_berlin_wall_time_across_the_clock_change() -> None:
    found = occurrences(WEEKLY_OVER_EU_DST)
    assert _wall(found) == ["2027-03-18 09:30 +0100", "2027-03-25 09:30 +0100",
                            "2027-04-01 09:30 +0200", "2027-04-08 09:30 +0200"]
    assert _utc(_starts(found)) == [datetime(2027, 3, 18, 8, 30, tzinfo=UTC),
                                    datetime(2027, 3, 25, 8, 30, tzinfo=UTC),
                                    datetime(2027, 4, 1, 7, 30, tzinfo=UTC),
                                    datetime(2027, 4, 8, 7, 30, tzinfo=UTC)]
    assert [o.number for o in found] == [1, 2, 3, 4]
    assert all(o.session_id == ID_A for o in found)
    assert all(o.end.astimezone(UTC) - o.start.astimezone(UTC) == timedelta(hours=1)
               for o in found)


def test_the_same_series_seen_from_new_york_moves_with_both_clock_changes() -> None:
    # New York changed on 14 March, Berlin on 28 March: the gap is 5 hours, then 6.
    seen = [in_zone(o, "America/New_York") for o in occurrences(WEEKLY_OVER_EU_DST)]
    assert _wall(seen) == ["2027-03-18 04:30 -0400", "2027-03-25 04:30 -0400",
                           "2027-04-01 03:30 -0400", "2027-04-08 03:30 -0400"]
    assert all(isinstance(o.start.tzinfo, ZoneInfo) and o.start.tzinfo.key == "America/New_York"
               for o in seen)
    assert _utc(_starts(seen)) == _utc(_starts(occurrences(WEEKLY_OVER_EU_DST)))
    assert seen[2].end.strftime("%H:%M") == "04:30"


def test_a_viewer_zone_must_be_an_iana_name() -> None:
    first = occurrences(WEEKLY_OVER_EU_DST)[0]
    for bad in ("Mars/Olympus", "localtime", "", "../etc/passwd"):
        with pytest.raises(UsageError):
            in_zone(first, bad)


def test_label_is_plain_text_with_the_zone() -> None:
    first = occurrences(WEEKLY_OVER_EU_DST)[0]
    assert label(first.start) == "Thu 18 Mar 2027 09:30 (Europe/Berlin)"
    assert label(in_zone(first, "America/New_York").start) == (
        "Thu 18 Mar 2027 04:30 (America/New_York)")
    fixed = datetime(2027, 3, 18, 9, 5, tzinfo=UTC).astimezone(
        timezone(timedelta(hours=-3, minutes=-30)))
    assert label(fixed) == "Thu 18 Mar 2027 05:35 (UTC-03:30)"
    with pytest.raises(ValueError):
        label(datetime(2027, 3, 18, 9, 30))


def test_fortnightly_steps_fourteen_days() -> None:
    found = occurrences(_session(repeat="fortnightly", count=3, tz="America/New_York",
                                 start="2027-03-01T18:00"))
    assert _wall(found) == ["2027-03-01 18:00 -0500", "2027-03-15 18:00 -0400",
                            "2027-03-29 18:00 -0400"]


def test_monthly_on_the_31st_falls_on_the_last_day_of_shorter_months() -> None:
    found = occurrences(_session(repeat="monthly", count=6, start="2027-01-31T10:00"))
    assert [o.start.date().isoformat() for o in found] == [
        "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30"]
    assert {o.start.strftime("%H:%M") for o in found} == {"10:00"}


def test_monthly_on_the_30th_and_29th_across_a_leap_february() -> None:
    thirtieth = occurrences(_session(repeat="monthly", count=3, start="2028-01-30T10:00"))
    assert [o.start.date().isoformat() for o in thirtieth] == [
        "2028-01-30", "2028-02-29", "2028-03-30"]
    twenty_ninth = occurrences(_session(repeat="monthly", count=3, start="2027-01-29T10:00"))
    assert [o.start.date().isoformat() for o in twenty_ninth] == [
        "2027-01-29", "2027-02-28", "2027-03-29"]


def test_a_start_in_the_spring_forward_gap_moves_forward_by_the_gap() -> None:
    # Berlin jumps from 02:00 to 03:00 on 28 March 2027: 02:30 does not exist there.
    (only,) = occurrences(_session(start="2027-03-28T02:30"))
    assert only.start.astimezone(UTC) == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    assert only.start.strftime("%H:%M %z") == "03:30 +0200"
    assert only.end.strftime("%H:%M %z") == "04:30 +0200"


def test_a_series_meeting_in_the_gap_moves_only_that_occurrence() -> None:
    found = occurrences(_session(repeat="weekly", count=3, start="2027-03-21T02:30"))
    assert _wall(found) == ["2027-03-21 02:30 +0100", "2027-03-28 03:30 +0200",
                            "2027-04-04 02:30 +0200"]


def test_a_repeated_wall_time_at_fall_back_is_the_first_of_the_two() -> None:
    # Berlin goes from 03:00 summer time back to 02:00 on 31 October 2027: 02:30 happens twice.
    (only,) = occurrences(_session(start="2027-10-31T02:30", minutes=60))
    assert only.start.astimezone(UTC) == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert only.start.utcoffset() == timedelta(hours=2)
    assert only.end.astimezone(UTC) == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    assert only.end.strftime("%H:%M %z") == "02:30 +0100"


def test_a_day_long_session_lasts_24_hours_across_the_clock_change() -> None:
    (only,) = occurrences(_session(start="2027-03-27T12:00", minutes=1440))
    assert only.end.astimezone(UTC) - only.start.astimezone(UTC) == timedelta(hours=24)
    assert only.end.strftime("%Y-%m-%d %H:%M") == "2027-03-28 13:00"


def test_count_without_repeat_is_one_meeting() -> None:
    assert len(occurrences(_session(count=5))) == 1


def test_after_keeps_what_has_not_ended_and_limit_caps() -> None:
    series = _session(repeat="weekly", count=10)
    during_third = datetime(2027, 4, 1, 7, 45, tzinfo=UTC)
    found = occurrences(series, after=during_third)
    assert [o.number for o in found] == [3, 4, 5, 6, 7, 8, 9, 10]
    assert [o.number for o in occurrences(series, after=during_third, limit=2)] == [3, 4]
    just_ended = datetime(2027, 4, 1, 8, 30, tzinfo=UTC)
    assert occurrences(series, after=just_ended, limit=1)[0].number == 4
    assert occurrences(series, limit=0) == []
    with pytest.raises(ValueError):
        occurrences(series, limit=-1)
    with pytest.raises(ValueError):
        occurrences(series, after=datetime(2027, 4, 1))


def test_an_open_ended_series_lists_up_to_the_limit() -> None:
    series = _session(repeat="weekly")
    assert len(occurrences(series)) == OPEN_ENDED_LIMIT
    far = datetime(2040, 1, 1, tzinfo=UTC)
    later = occurrences(series, after=far, limit=3)
    assert len(later) == 3 and later[0].start.astimezone(UTC) > far
    assert later[0].start.strftime("%a %H:%M") == "Thu 09:30"


@pytest.mark.parametrize(("field", "value", "name"), [
    ("tz", "Mars/Olympus", "time zone"),
    ("tz", "localtime", "time zone"),
    ("start", "2027-3-18T9:30", "start"),
    ("start", "2027-02-30T09:30", "start"),
    ("start", "0001-01-01T00:00", "start"),
    ("minutes", 4, "length"),
    ("minutes", True, "length"),
    ("repeat", "daily", "repeat"),
    ("count", 261, "count"),
    ("id", "A" * 32, "record id"),
])
def test_a_session_that_cannot_be_placed_is_refused_by_name(field: str, value: Any,
                                                            name: str) -> None:
    bad = _session(**{"repeat": "weekly", field: value})
    with pytest.raises(UnreadableSchedule) as caught:
        occurrences(bad)
    assert caught.value.field == name
    assert str(value) not in str(caught.value)  # a peer's text is not repeated
    with pytest.raises(UnreadableSchedule):
        to_ics([bad], calendar_name="x", now=NOW)


# -- the next session ----------------------------------------------------------------------------

def test_next_occurrence_is_the_earliest_planned_one_not_yet_over() -> None:
    weekly = _session(id=ID_A, repeat="weekly", count=4)  # Thursdays 09:30 Berlin
    single = _session(id=ID_B, start="2027-03-30T08:00", tz="UTC")
    now = datetime(2027, 3, 26, 12, 0, tzinfo=UTC)
    found = next_occurrence([weekly, single], now)
    assert found is not None
    assert found[0].id == ID_B and found[1].start.astimezone(UTC) == datetime(
        2027, 3, 30, 8, 0, tzinfo=UTC)
    # After the single one, the series' third meeting (1 April, 07:30Z) is next.
    found = next_occurrence([single, weekly], datetime(2027, 3, 30, 9, 0, tzinfo=UTC))
    assert found is not None and found[0].id == ID_A and found[1].number == 3
    # One under way counts (its link may be needed now).
    during = datetime(2027, 3, 30, 8, 30, tzinfo=UTC)
    found = next_occurrence([weekly, single], during)
    assert found is not None and found[0].id == ID_B
    assert next_occurrence([weekly, single], datetime(2027, 5, 1, tzinfo=UTC)) is None


def test_next_occurrence_skips_cancelled_held_deleted_and_unplaceable_sessions() -> None:
    later = _session(id=ID_C, start="2027-06-01T09:00")
    now = datetime(2027, 3, 1, tzinfo=UTC)
    others = [
        _session(id=ID_A, status="cancelled"),
        _session(id=ID_B, status="held"),
        _session(id="d" * 32, deleted=True),
        _session(id="e" * 32, tz="Mars/Olympus"),
    ]
    found = next_occurrence([*others, later], now)
    assert found is not None and found[0].id == ID_C
    assert next_occurrence(others, now) is None


def test_next_occurrence_breaks_ties_by_record_id_and_compares_instants() -> None:
    berlin = _session(id=ID_B, start="2027-03-18T09:30")
    same_instant = _session(id=ID_A, start="2027-03-18T08:30", tz="UTC")
    for order in ([berlin, same_instant], [same_instant, berlin]):
        found = next_occurrence(order, NOW)
        assert found is not None and found[0].id == ID_A
    # 10:00 in New York is after 09:30 in Berlin, though earlier by wall clock… and vice versa.
    new_york = _session(id=ID_A, start="2027-03-18T05:00", tz="America/New_York")
    found = next_occurrence([new_york, berlin], NOW)
    assert found is not None and found[0].id == ID_B
    with pytest.raises(ValueError):
        next_occurrence([replace(berlin, status="cancelled")], datetime(2027, 1, 1))


# -- the .ics export -----------------------------------------------------------------------------

def test_the_export_reads_back_with_the_stable_uid_sequence_and_rule() -> None:
    session = replace(WEEKLY_OVER_EU_DST, sequence=3, agenda="Goals\nNext steps",
                      link="https://meet.example/room-1")
    cal = _export(session)
    assert str(cal["PRODID"]) == "-//eMentor Desktop//EN" and str(cal["VERSION"]) == "2.0"
    assert str(cal["X-WR-CALNAME"]) == "Mentoring" and str(cal["NAME"]) == "Mentoring"
    event = _event(cal)
    assert str(event["UID"]) == uid(session) == f"{ID_A}@ementor"
    assert event.sequence == 3
    assert _rule(event) == "FREQ=WEEKLY;COUNT=4"
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event.start == datetime(2027, 3, 18, 9, 30, tzinfo=BERLIN)
    assert timedelta(minutes=60) == event.DURATION and "DTEND" not in event
    assert event.stamp == NOW
    assert str(event["SUMMARY"]) == "Weekly check-in"
    assert str(event["DESCRIPTION"]) == "Goals\nNext steps"
    assert str(event["URL"]) == "https://meet.example/room-1"
    assert str(event["STATUS"]) == "CONFIRMED"
    # The same session exported again (edited notes, same schedule) keeps its UID.
    assert str(_event(_export(replace(session, notes="more")))["UID"]) == f"{ID_A}@ementor"


def test_the_export_carries_a_vtimezone_that_gives_the_same_instants() -> None:
    cal = _export(WEEKLY_OVER_EU_DST, _session(id=ID_B, tz="America/New_York"))
    assert {tz.tz_name for tz in cal.timezones} == {"Europe/Berlin", "America/New_York"}
    assert cal.get_missing_tzids() == set()
    berlin = next(tz for tz in cal.timezones if tz.tz_name == "Europe/Berlin")
    offsets = {offset for offset, _, _ in berlin.get_transitions()[1]}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}
    # Read only from the VTIMEZONE (not this computer's database), the wall times still land on
    # the instants `occurrences` gives.
    from_file = berlin.to_tz(lookup_tzid=False)
    for occurrence in occurrences(WEEKLY_OVER_EU_DST):
        wall = occurrence.start.replace(tzinfo=None)
        assert (wall.replace(tzinfo=from_file).astimezone(UTC)
                == occurrence.start.astimezone(UTC))


EXPANDED = {
    "weekly over the EU change": WEEKLY_OVER_EU_DST,
    "fortnightly over the US change": _session(repeat="fortnightly", count=5,
                                               tz="America/New_York", start="2027-02-22T18:00"),
    "monthly on the 31st": _session(repeat="monthly", count=14, start="2027-01-31T10:00"),
    "monthly on the 30th": _session(repeat="monthly", count=14, start="2027-11-30T10:00"),
    "monthly on the 29th": _session(repeat="monthly", count=14, start="2027-12-29T10:00"),
    "monthly on the 15th": _session(repeat="monthly", count=12, start="2027-01-15T23:45",
                                    tz="Australia/Sydney"),
    "weekly into the gap": _session(repeat="weekly", count=3, start="2027-03-21T02:30"),
    "weekly over the fall-back hour": _session(repeat="weekly", count=3,
                                               start="2027-10-24T02:30"),
    "starting in the gap": _session(repeat="weekly", count=2, start="2027-03-28T02:30"),
    "a day long": _session(start="2027-03-27T12:00", minutes=1440),
    "in UTC": _session(repeat="weekly", count=3, tz="UTC"),
    "open-ended": _session(repeat="weekly"),
}


@pytest.mark.parametrize("session", EXPANDED.values(), ids=EXPANDED.keys())
def test_expanding_the_export_gives_the_instants_of_occurrences(session: Session) -> None:
    expected = occurrences(session)
    event = _event(_export(session))
    expanded = _expand(event, limit=len(expected) + 1)
    if session.repeat and session.count is None:  # never ends: compare what occurrences lists
        assert len(expanded) == len(expected) + 1 == OPEN_ENDED_LIMIT + 1
        expanded = expanded[:-1]
    assert _utc(expanded) == _utc(_starts(expected))
    ends = [(start.astimezone(UTC) + event.DURATION) for start in expanded]
    assert ends == _utc([o.end for o in expected])


def test_the_monthly_rule_names_the_last_day_of_shorter_months() -> None:
    def rule(start: str) -> str:
        return _rule(_event(_export(_session(repeat="monthly", count=6, start=start))))

    assert rule("2027-01-31T10:00") == "FREQ=MONTHLY;COUNT=6;BYMONTHDAY=-1"
    assert rule("2027-01-30T10:00") == "FREQ=MONTHLY;COUNT=6;BYMONTHDAY=28,29,30;BYSETPOS=-1"
    assert rule("2027-01-28T10:00") == "FREQ=MONTHLY;COUNT=6"
    fortnightly = _event(_export(_session(repeat="fortnightly", count=2)))
    assert _rule(fortnightly) == "FREQ=WEEKLY;COUNT=2;INTERVAL=2"
    assert "RRULE" not in _event(_export(_session(count=3)))
    assert b"RRULE:FREQ=WEEKLY\r\n" in to_ics([_session(repeat="weekly")],
                                               calendar_name="x", now=NOW)


def test_a_day_is_written_as_24_exact_hours() -> None:
    data = to_ics([_session(minutes=1440)], calendar_name="x", now=NOW)
    assert b"DURATION:PT24H\r\n" in data
    assert b"DURATION:PT1H30M\r\n" in to_ics([_session(minutes=90)], calendar_name="x", now=NOW)


def test_cancelled_sessions_are_exported_cancelled_and_deleted_ones_left_out() -> None:
    cal = _export(_session(id=ID_A, status="cancelled"), _session(id=ID_B, status="held"),
                  _session(id=ID_C, deleted=True))
    assert str(_event(cal, ID_A)["STATUS"]) == "CANCELLED"
    assert str(_event(cal, ID_B)["STATUS"]) == "CONFIRMED"
    assert ID_C not in to_ics([_session(id=ID_C, deleted=True)], calendar_name="x",
                              now=NOW).decode()
    assert len(cal.events) == 2


def test_the_export_is_deterministic_and_stamped_with_now_in_utc() -> None:
    sessions = list(EXPANDED.values())
    first = to_ics(sessions, calendar_name="x", now=NOW)
    assert first == to_ics(sessions, calendar_name="x", now=NOW.astimezone(NEW_YORK))
    assert first.count(b"DTSTAMP:20270101T120000Z\r\n") == len(sessions)
    with pytest.raises(ValueError):
        to_ics(sessions, calendar_name="x", now=datetime(2027, 1, 1))


def test_names_describe_who_the_session_is_with_and_who_planned_it() -> None:
    mine = _session(id=ID_A, agenda="Plan")
    theirs = _session(id=ID_B, by_me=False)
    cal = _export(mine, theirs, my_name="Ada", their_name="Ben")
    assert str(_event(cal, ID_A)["DESCRIPTION"]) == "Plan\n\nWith Ben. Planned by Ada."
    assert str(_event(cal, ID_B)["DESCRIPTION"]) == "With Ben. Planned by Ben."
    assert "DESCRIPTION" not in _event(_export(theirs), ID_B)


HOSTILE = "x\r\nATTENDEE:mailto:evil@x"


def _all_components(cal: Component) -> list[Component]:
    return [cal, *(c for sub in cal.subcomponents for c in _all_components(sub))]


def test_hostile_text_never_becomes_a_property() -> None:
    session = _session(title=HOSTILE, agenda=f"a{HOSTILE}\rORGANIZER:mailto:evil@x\n\u202eb",
                       link=f"https://meet.example/{HOSTILE}")
    data = to_ics([session], calendar_name=f"Cal{HOSTILE}", now=NOW,
                  my_name=f"Ada{HOSTILE}", their_name="Ben\nX-EVIL:1")
    unfolded = data.replace(b"\r\n ", b"")
    lines = unfolded.split(b"\r\n")
    assert not [line for line in lines if line.startswith((b"ATTENDEE", b"ORGANIZER", b"X-EVIL"))]
    assert b"\r" not in unfolded.replace(b"\r\n", b"") and b"\n" not in unfolded.replace(
        b"\r\n", b"")
    assert "\u202e".encode() not in data
    cal = Calendar.from_ical(data)
    for component in _all_components(cal):
        assert not {"ATTENDEE", "ORGANIZER", "X-EVIL"} & set(component.keys())
    event = _event(cal)
    assert str(event["SUMMARY"]) == "x ATTENDEE:mailto:evil@x"
    assert "URL" not in event
    assert str(cal["NAME"]) == "Calx ATTENDEE:mailto:evil@x"
    assert "Ben X-EVIL:1" in str(event["DESCRIPTION"])


@pytest.mark.parametrize("link", [
    "http://meet.example/a", "https://", "https://meet.example/a b",
    "https://meet.example/\u2028x", "https://meet.example/" + "a" * 2048, "ftp://x",
])
def test_only_a_clean_https_link_becomes_the_url(link: str) -> None:
    assert "URL" not in _event(_export(_session(link=link)))
    assert str(_event(_export(_session(link="https://meet.example/ok")))["URL"]) == (
        "https://meet.example/ok")
