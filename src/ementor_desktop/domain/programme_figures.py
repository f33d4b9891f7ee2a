"""A participant's reporting for a programme (docs/protocol.md Part 4 §9): the month's figures
of one pair, counted on this device from the pair's shared records, and pulse answers, the
sensitive ones randomised before they leave it.

Owns the counting rules of §9's table and randomised response with its memo (RAPPOR's permanent
randomised response: one sent value per programme, item and true answer). The inputs are plain
records the caller fills from the workspace services (domain/workspace.py: sessions, shared
goals, the agreement in force); only counts come out, never a title, a note or a date.
The summary is returned unsigned: `crypto/` signs it in the caller.

Pure: no vault, no network, no Qt. The memo is a mapping the caller keeps (one per programme)
and stores; the draw is the operating system's CSPRNG unless a test passes its own.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import msgspec

from ementor_desktop.protocol.programme_schema import (
    FIGURE_SCOPES,
    P_MILLI_PLAIN,
    PAIR_SCOPES,
    SCALE,
    Figures,
    PulseAnswer,
    Summary,
    Terms,
    randomise,
)

#: Days in one interval of each agreed cadence (as domain/rhythm.py counts them).
CADENCE_DAYS: Mapping[str, int] = {"weekly": 7, "fortnightly": 14, "monthly": 30}
_DAY_MS = 24 * 3600 * 1000
#: The most each count may be (the summary's limits); a larger count is sent as the limit.
_LIMITS: Mapping[str, int] = {"sessions_held": 1000, "sessions_cancelled": 1000,
                              "minutes_held": 100_000, "goals_set": 200, "goals_achieved": 200}


@dataclass(frozen=True)
class SessionFact:
    """One session occurrence of the pair: when it starts (ms, UTC), how long it was planned to
    last, and its status (`planned`, `held` or `cancelled`). A repeating series is one fact per
    occurrence, each with the series' status. Deleted sessions are left out by the caller."""

    start_ms: int
    minutes: int
    status: str


@dataclass(frozen=True)
class GoalFact:
    """One shared goal of the pair (never a private one): when it was made, its status
    (`active`, `paused`, `achieved`, `dropped`) and progress (0 … 100), and when it was deleted
    (ms), if it was."""

    created_ms: int
    status: str
    progress: int
    deleted_ms: int | None = None


@dataclass(frozen=True)
class CadenceFact:
    """The agreement in force: its cadence (`weekly`, `fortnightly`, `monthly`, or None when it
    names none) and since when it is in force (ms: when the second signature was made)."""

    cadence: str | None
    since_ms: int


def period_bounds(period: str) -> tuple[int, int]:
    """The month `YYYY-MM` (UTC) as [start, end) in ms since the epoch."""
    year, month = (int(part) for part in period.split("-"))
    start = dt.datetime(year, month, 1, tzinfo=dt.UTC)
    end = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=dt.UTC)
    return int(start.timestamp() * 1000), int(end.timestamp() * 1000)


def previous_period(now_ms: int) -> str:
    """The calendar month (UTC) before the one `now_ms` falls in: the month a summary is sent
    for at the first sync after it ends."""
    day = dt.datetime.fromtimestamp(now_ms / 1000, tz=dt.UTC).date().replace(day=1)
    last = day - dt.timedelta(days=1)
    return f"{last.year:04d}-{last.month:02d}"


def _half_up(value: Fraction) -> int:
    return int(value + Fraction(1, 2)) if value >= 0 else -int(-value + Fraction(1, 2))


def figures_for(period: str, sessions: Iterable[SessionFact], goals: Iterable[GoalFact],
                cadence: CadenceFact | None, scopes: Iterable[str], *,
                agreement_signed: bool | None = None) -> Figures:
    """The pair's figures for `period` in the pair scopes given (those the sender's consent,
    the pair's agreement and the coordinator all allow; `pulse` and unknown scopes are
    ignored), counted as §9's table says:

    - sessions: `sessions_held`/`sessions_cancelled` — occurrences held/cancelled whose start
      falls in the month; `minutes_held` — their minutes; `cadence_kept_pct` — of the cadence
      intervals (counted from the agreement's `since_ms`) that ended in the month, the share
      with a held session starting in it, rounded (left out with no cadence or no interval
      ending in the month);
    - goals: `goals_set` — shared goals made before the month's end and not deleted by then;
      `goals_achieved` — of those, `achieved` (statuses are the current ones);
    - progress: `progress_mean_pct` — the mean progress of those not `dropped`, rounded (left
      out when there is none);
    - agreement: `agreement_signed` — whether a version both signed was in force at the month's
      end (given by the caller; left out when None).

    A figure left out takes its scope with it unless another figure of the scope is there; the
    summary's scopes are always those of what is sent (`build_summary`)."""
    start, end = period_bounds(period)
    wanted = set(scopes) & set(PAIR_SCOPES)
    sessions = list(sessions)
    out: dict[str, Any] = {}
    if "sessions" in wanted:
        in_month = [s for s in sessions if start <= s.start_ms < end]
        held = [s for s in in_month if s.status == "held"]
        out["sessions_held"] = len(held)
        out["sessions_cancelled"] = sum(1 for s in in_month if s.status == "cancelled")
        out["minutes_held"] = sum(max(s.minutes, 0) for s in held)
        kept = _cadence_kept(cadence, [s.start_ms for s in sessions if s.status == "held"],
                             start, end)
        if kept is not None:
            out["cadence_kept_pct"] = kept
    live = [g for g in goals
            if g.created_ms < end and (g.deleted_ms is None or g.deleted_ms >= end)]
    if "goals" in wanted:
        out["goals_set"] = len(live)
        out["goals_achieved"] = sum(1 for g in live if g.status == "achieved")
    if "progress" in wanted:
        counted = [min(max(g.progress, 0), 100) for g in live if g.status != "dropped"]
        if counted:
            out["progress_mean_pct"] = _half_up(Fraction(sum(counted), len(counted)))
    if "agreement" in wanted and agreement_signed is not None:
        out["agreement_signed"] = agreement_signed
    for name, limit in _LIMITS.items():
        if name in out:
            out[name] = min(out[name], limit)
    return msgspec.convert(out, Figures, strict=True)


def _cadence_kept(cadence: CadenceFact | None, held_starts: Sequence[int], start: int,
                  end: int) -> int | None:
    if cadence is None or cadence.cadence is None or cadence.cadence not in CADENCE_DAYS:
        return None
    length = CADENCE_DAYS[cadence.cadence] * _DAY_MS
    # Intervals [since + k·length, since + (k+1)·length) whose last moment is in the month.
    first = max(0, -(-(start - cadence.since_ms) // length) - 1)
    intervals = []
    k = first
    while True:
        low = cadence.since_ms + k * length
        high = low + length  # the interval's last moment is high - 1
        if high > end:
            break
        if high > start:
            intervals.append((low, high))
        k += 1
    if not intervals:
        return None
    kept = sum(1 for low, high in intervals if any(low <= t < high for t in held_starts))
    return _half_up(Fraction(100 * kept, len(intervals)))


# -- pulse answers -----------------------------------------------------------------------------

Draw = Callable[[int], int]


def memo_key(item: str, true_value: int) -> str:
    """Where the memo keeps the value sent for this item and true answer."""
    return f"{item}={true_value}"


def respond(true_value: int, item: str, p_milli: int, memo: MutableMapping[str, int],
            draw: Draw = secrets.randbelow) -> int:
    """The value to send for a 1-5 pulse item (§9, "Randomised response"): the true answer for
    an ordinary item (`p_milli` 1000); for a sensitive one, the value sent before for this
    item and this true answer if there is one, else a fresh randomised value, remembered.
    `memo` is this programme's (the caller keeps one per programme and stores it), so a
    monthly series of an unchanged answer is one answer, and a new draw happens only when the
    true answer changes (a return to an earlier answer sends that answer's value again)."""
    if true_value not in SCALE:
        raise ValueError("a pulse answer is 1 … 5")
    if p_milli == P_MILLI_PLAIN:
        return randomise(true_value, p_milli, draw)
    key = memo_key(item, true_value)
    sent = memo.get(key)
    if isinstance(sent, int) and not isinstance(sent, bool) and sent in SCALE:
        return sent
    sent = randomise(true_value, p_milli, draw)
    memo[key] = sent
    return sent


def pulse_answers(true_answers: Mapping[str, int], terms: Terms, memo: MutableMapping[str, int],
                  draw: Draw = secrets.randbelow) -> list[PulseAnswer]:
    """The summary's `pulse`: each answered item of the terms (in the terms' order), sent as
    `respond` says with the terms' `p_milli`. Answers to items the terms do not have are
    ignored."""
    answers = []
    for item in terms.reporting.pulse:
        if item.id in true_answers:
            value = respond(true_answers[item.id], item.id, item.p_milli, memo, draw)
            answers.append(PulseAnswer(item=item.id, value=value, p_milli=item.p_milli))
    return answers


def build_summary(*, programme: str, coordinator: str, participant: str, conv: str,
                  period: str, at: int, figures: Figures | None = None,
                  pulse: Sequence[PulseAnswer] = ()) -> Summary | None:
    """The unsigned summary of one pair and one month: its scopes are exactly those of the
    figures and pulse answers given. None when there is nothing to send (no figure and no
    answer): no summary is sent then."""
    plain: dict[str, Any] = {"v": 1, "programme": programme, "coordinator": coordinator,
                             "participant": participant, "conv": conv, "period": period,
                             "at": at}
    scopes: set[str] = set()
    if figures is not None:
        shown: dict[str, Any] = msgspec.to_builtins(figures)
        if shown:
            plain["figures"] = shown
            scopes |= {FIGURE_SCOPES[name] for name in shown}
    if pulse:
        plain["pulse"] = [msgspec.to_builtins(answer) for answer in pulse]
        scopes.add("pulse")
    if not scopes:
        return None
    plain["scopes"] = sorted(scopes)
    return msgspec.convert(plain, Summary, strict=True)


__all__ = ["CADENCE_DAYS", "CadenceFact", "GoalFact", "SessionFact", "build_summary",
           "figures_for", "memo_key", "period_bounds", "previous_period", "pulse_answers",
           "respond"]
