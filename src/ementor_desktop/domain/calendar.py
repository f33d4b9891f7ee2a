"""Session times: when each occurrence of a shared session falls, the next one, and the .ics export.

A session's `start` is a wall time in the organiser's IANA zone (docs/protocol.md Part 3 §2);
this module turns it, with `repeat` and `count`, into aware datetimes, shows them in another
zone, and writes the sessions as an iCalendar file (RFC 5545, via `icalendar`) whose recurrence
expands to exactly the instants `occurrences` gives. The rules, shared by both:

- A series keeps its wall time: `weekly` adds 7 days, `fortnightly` 14, `monthly` one month on
  the start's day of the month, or the month's last day when it is shorter (31 Jan, 28 Feb,
  31 Mar, 30 Apr …; RRULE `BYMONTHDAY=-1`, or `BYMONTHDAY=28,29[,30];BYSETPOS=-1` from the 29th
  or 30th). `count` is the number of occurrences; a `repeat` without `count` never ends (no
  COUNT in the RRULE; `occurrences` then stops at `limit`, by default `OPEN_ENDED_LIMIT`).
- A wall time the clocks skip (spring forward) is read with the offset from before the gap, so
  02:30 on a day Berlin jumps from 02:00 to 03:00 is 03:30 summer time; a wall time that occurs
  twice (fall back) is the first of the two (RFC 5545 §3.3.5; `fold=0` in Python).
- An occurrence lasts exactly `minutes` (a DURATION in hours and minutes, never days).
- Deleted sessions are left out of the export; cancelled ones are exported with
  STATUS:CANCELLED (planned and held: CONFIRMED) and are never the next session.

It never runs SQL, never touches the network and never imports Qt; formatting dates for people
is the GUI's job (QLocale) — `label` is the plain English text the CLI prints.
"""

from __future__ import annotations

import calendar as _gregorian
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vDuration, vText

from ementor_desktop.domain.shared import Session
from ementor_desktop.errors import UsageError
from ementor_desktop.matching.timezones import parse_timezone
from ementor_desktop.protocol.shared_schema import clean_text

PRODID = "-//eMentor Desktop//EN"
UID_DOMAIN = "ementor"
#: How many occurrences of a series without `count` are listed (the most a counted one has).
OPEN_ENDED_LIMIT = 260

_STEP_DAYS = {"weekly": 7, "fortnightly": 14}
_REPEATS = frozenset({*_STEP_DAYS, "monthly"})
_RECORD_ID = re.compile(r"[0-9a-f]{32}")
_LOCAL_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")
# Years a series may start in: with at most 260 months ahead, every occurrence stays within what
# datetime and the time-zone data can place. An open-ended series stops at year 9999.
_YEARS = range(1900, 9000)
_MAX_LINK_BYTES = 2048
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class UnreadableSchedule(UsageError):
    """A session whose time this computer cannot place (its zone unknown to this computer's
    time-zone database, or a field out of its range). `field` names which, never its value."""

    def __init__(self, field: str) -> None:
        super().__init__(f"The {field} of a session cannot be read on this computer.")
        self.field = field


@dataclass(frozen=True)
class Occurrence:
    """One meeting of a session: `number` counts from 1 within the series; `start` and `end`
    are aware datetimes (the organiser's zone, or the viewer's after `in_zone`). Compare them
    after `.astimezone(UTC)`: Python compares two datetimes of one zone by wall time."""

    session_id: str
    number: int
    start: datetime
    end: datetime


@dataclass(frozen=True)
class _Schedule:
    """A session's time fields, checked: `wall` is the naive first wall time in `zone`; `count`
    is None for a series that never ends."""

    wall: datetime
    zone: ZoneInfo
    minutes: int
    repeat: str | None
    count: int | None


# -- occurrences ------------------------------------------------------------------------------


def occurrences(session: Session, *, after: datetime | None = None,
                limit: int | None = None) -> list[Occurrence]:
    """The session's occurrences in order, in the organiser's zone.

    `after` (aware) keeps only occurrences that end after it, so one under way is included;
    `limit` caps how many are returned (an open-ended series gives `OPEN_ENDED_LIMIT` when no
    limit is given). Raises UnreadableSchedule for a session whose time cannot be placed."""
    if limit is not None and limit < 0:
        raise ValueError("limit must not be negative")
    cutoff = _utc(after) if after is not None else None
    schedule = _schedule(session)
    cap = limit if limit is not None else schedule.count or OPEN_ENDED_LIMIT
    found: list[Occurrence] = []
    for occurrence in _series(session.id, schedule):
        if len(found) >= cap:
            break
        if cutoff is None or _utc(occurrence.end) > cutoff:
            found.append(occurrence)
    return found


def in_zone(occurrence: Occurrence, viewer_tz: str) -> Occurrence:
    """The same occurrence (same instants) with start and end in the viewer's IANA zone."""
    try:
        zone = ZoneInfo(parse_timezone(viewer_tz))
    except ValueError as err:
        raise UsageError(f"Your time zone cannot be used: {err}.") from err
    return replace(occurrence, start=occurrence.start.astimezone(zone),
                   end=occurrence.end.astimezone(zone))


def label(moment: datetime) -> str:
    """Plain English text for the CLI, e.g. `Thu 18 Mar 2027 09:30 (Europe/Berlin)`; the GUI
    formats with QLocale instead."""
    zone = moment.tzinfo
    if zone is None:
        raise ValueError("a label needs an aware datetime")
    return (f"{_WEEKDAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]} "
            f"{moment.year} {moment.hour:02d}:{moment.minute:02d} ({_zone_name(moment, zone)})")


def next_occurrence(sessions: Iterable[Session],
                    now: datetime) -> tuple[Session, Occurrence] | None:
    """The first occurrence, across `sessions`, of a planned (not held, cancelled or deleted)
    session that has not ended at `now` (aware); earliest start first, then record id. A session
    this computer cannot place in time is passed over."""
    _utc(now)  # refuse a naive `now` even when no session is planned
    best: tuple[Session, Occurrence] | None = None
    for session in sessions:
        if session.deleted or session.status != "planned":
            continue
        try:
            upcoming = occurrences(session, after=now, limit=1)
        except UnreadableSchedule:
            continue
        if upcoming and (best is None or _sooner(upcoming[0], best[1])):
            best = (session, upcoming[0])
    return best


def _sooner(candidate: Occurrence, current: Occurrence) -> bool:
    return ((_utc(candidate.start), candidate.session_id)
            < (_utc(current.start), current.session_id))


def _schedule(session: Session) -> _Schedule:
    if not _RECORD_ID.fullmatch(session.id):
        raise UnreadableSchedule("record id")
    if not _LOCAL_TIME.fullmatch(session.start):
        raise UnreadableSchedule("start")
    try:
        wall = datetime.fromisoformat(session.start)
    except ValueError as err:
        raise UnreadableSchedule("start") from err
    if wall.year not in _YEARS:
        raise UnreadableSchedule("start")
    try:
        zone = ZoneInfo(parse_timezone(session.tz))
    except ValueError as err:
        raise UnreadableSchedule("time zone") from err
    if not _whole(session.minutes, 5, 1440):
        raise UnreadableSchedule("length")
    if session.repeat is not None and session.repeat not in _REPEATS:
        raise UnreadableSchedule("repeat")
    if session.count is not None and not _whole(session.count, 1, 260):
        raise UnreadableSchedule("count")
    count = session.count if session.repeat else 1
    return _Schedule(wall, zone, session.minutes, session.repeat, count)


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _series(session_id: str, schedule: _Schedule) -> Iterator[Occurrence]:
    """Every occurrence in order, lazily; an open-ended series runs to the end of the calendar
    Python can represent."""
    index = 0
    while schedule.count is None or index < schedule.count:
        try:
            start = _place(_wall_time(schedule, index), schedule.zone)
            end = (start.astimezone(UTC) + timedelta(minutes=schedule.minutes)).astimezone(
                schedule.zone)
        except (OverflowError, ValueError):  # beyond year 9999
            return
        yield Occurrence(session_id, index + 1, start, end)
        index += 1


def _wall_time(schedule: _Schedule, index: int) -> datetime:
    """The naive wall time of the `index`-th occurrence (from 0)."""
    if schedule.repeat == "monthly":
        return months_later(schedule.wall, index)
    return schedule.wall + timedelta(days=_STEP_DAYS.get(schedule.repeat or "", 0) * index)


def months_later(wall: datetime, months: int) -> datetime:
    """The same day of the month `months` later, or that month's last day when it is shorter."""
    year, month0 = divmod(wall.month - 1 + months, 12)
    year += wall.year
    last_day = _gregorian.monthrange(year, month0 + 1)[1]
    return wall.replace(year=year, month=month0 + 1, day=min(wall.day, last_day))


def _place(wall: datetime, zone: ZoneInfo) -> datetime:
    """The instant a wall time names in `zone` (RFC 5545 §3.3.5), as a real wall time there:
    in a gap, the offset from before it (02:30 becomes 03:30 when clocks jump an hour); when
    repeated, the first (fold=0)."""
    instant = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    return instant.astimezone(zone)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("an aware datetime is needed")
    return moment.astimezone(UTC)


def _zone_name(moment: datetime, zone: tzinfo) -> str:
    if isinstance(zone, ZoneInfo):
        return zone.key
    offset = moment.utcoffset() or timedelta()
    sign = "-" if offset < timedelta() else "+"
    minutes = abs(offset) // timedelta(minutes=1)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


# -- .ics export ------------------------------------------------------------------------------


class _ExactDuration(vDuration):
    """A DURATION written in hours and minutes: `icalendar` writes 24 hours as `P1D`, a nominal
    day that lasts 23 or 25 hours across a clock change; a session lasts exactly its minutes."""

    def to_ical(self) -> bytes:
        minutes = self.td // timedelta(minutes=1)
        hours, rest = divmod(minutes, 60)
        text = "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest else "")
        return text.encode("ascii")


def uid(session: Session) -> str:
    """The iCalendar UID of a session: derived from its record id, the same on both sides."""
    return f"{session.id}@{UID_DOMAIN}"


def to_ics(sessions: Iterable[Session], *, calendar_name: str, now: datetime,
           my_name: str | None = None, their_name: str | None = None) -> bytes:
    """The sessions as one iCalendar file: a VEVENT per session not deleted (in the given
    order), a VTIMEZONE for every zone used, DTSTAMP `now` (aware). `my_name` and `their_name`
    (either may be a peer's text; all text is made single-line where the format needs it and
    escaped by `icalendar`) add who the session is with and who planned it to the description.
    Raises UnreadableSchedule for a session whose time cannot be placed."""
    stamp = _utc(now)
    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    name = vText(clean_text(calendar_name))
    cal.add("NAME", name)
    cal.add("X-WR-CALNAME", name)
    spans: list[tuple[date, date]] = []
    for session in sessions:
        if session.deleted:
            continue
        schedule = _schedule(session)
        cal.add_component(_event(session, schedule, stamp, my_name, their_name))
        spans.append(_span(schedule))
    if spans:
        cal.add_missing_timezones(first_date=min(first for first, _ in spans),
                                  last_date=max(last for _, last in spans))
    return bytes(cal.to_ical())


def _event(session: Session, schedule: _Schedule, stamp: datetime, my_name: str | None,
           their_name: str | None) -> Event:
    event = Event()
    event.add("UID", uid(session))
    event.add("SEQUENCE", session.sequence)
    event.add("DTSTAMP", stamp)
    # The stored wall time, not the placed one: the RRULE repeats it, and a reader applies
    # the same gap and fold rules to DTSTART and to every instance.
    event.add("DTSTART", schedule.wall.replace(tzinfo=schedule.zone))
    event.add("DURATION", _ExactDuration(timedelta(minutes=schedule.minutes)))
    rule = _rrule(schedule)
    if rule is not None:
        event.add("RRULE", rule)
    event.add("SUMMARY", vText(clean_text(session.title)))
    description = _description(session, my_name, their_name)
    if description:
        event.add("DESCRIPTION", vText(description))
    link = _safe_link(session.link)
    if link is not None:
        event.add("URL", link)
    event.add("STATUS", "CANCELLED" if session.status == "cancelled" else "CONFIRMED")
    return event


def _rrule(schedule: _Schedule) -> dict[str, Any] | None:
    if schedule.repeat is None:
        return None
    rule: dict[str, Any] = {"FREQ": "MONTHLY" if schedule.repeat == "monthly" else "WEEKLY"}
    if schedule.repeat == "fortnightly":
        rule["INTERVAL"] = 2
    if schedule.count is not None:
        rule["COUNT"] = schedule.count
    day = schedule.wall.day
    if schedule.repeat == "monthly" and day == 31:
        rule["BYMONTHDAY"] = -1
    elif schedule.repeat == "monthly" and day > 28:
        # The latest of the 28th … the start's day that the month has.
        rule["BYMONTHDAY"] = list(range(28, day + 1))
        rule["BYSETPOS"] = -1
    return rule


def _description(session: Session, my_name: str | None, their_name: str | None) -> str:
    lines = [clean_text(session.agenda, multi_line=True).strip()] if session.agenda else []
    planner = my_name if session.by_me else their_name
    notes = []
    if their_name:
        notes.append(f"With {clean_text(their_name)}.")
    if planner:
        notes.append(f"Planned by {clean_text(planner)}.")
    if notes:
        lines.append(" ".join(notes))
    return "\n\n".join(line for line in lines if line)


def _safe_link(link: str | None) -> str | None:
    """The link if it is one line of `https://` with no white space or control characters."""
    if link is None or not link.startswith("https://") or len(link) <= len("https://"):
        return None
    if len(link.encode("utf-8", "surrogatepass")) > _MAX_LINK_BYTES:
        return None
    if any(c.isspace() or not c.isprintable() for c in link):
        return None
    return link


def _span(schedule: _Schedule) -> tuple[date, date]:
    """The dates the session's VTIMEZONE must cover: from the day before it starts to the day
    after the last occurrence `occurrences` lists."""
    last = _wall_time(schedule, (schedule.count or OPEN_ENDED_LIMIT) - 1)
    return schedule.wall.date() - timedelta(days=1), last.date() + timedelta(days=2)
