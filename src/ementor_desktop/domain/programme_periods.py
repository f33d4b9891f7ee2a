"""Closing a reporting month at the coordinator (docs/protocol.md Part 4 §9): once a month can
no longer receive a summary (it lies more than `SUMMARY_LATE_PERIODS` months before the current
one, so `verify_summary` refuses it as `period out of range`), C keeps the month's aggregate —
computed by `programme_report.aggregate`, the code the report uses — and deletes the month's
individual summaries, both in one vault transaction. The report then reads closed months from
their aggregates and open months from the summaries, and shows the same figures either way.

An aggregate holds counts only: pairs, per figure how many pairs sent it and its sum, and per
pulse item, role and randomisation how many people sent each value — no key, no member id.
Runs at every sync (`programme.housekeeping`).
"""

from __future__ import annotations

import msgspec

from ementor_desktop import log
from ementor_desktop.domain.programme_inbox import terms_of
from ementor_desktop.domain.programme_report import (
    PeriodAggregate,
    aggregate,
    aggregate_from_json,
    aggregate_json,
)
from ementor_desktop.protocol.programme_schema import (
    SUMMARY_LATE_PERIODS,
    Summary,
    months_before,
    period_of,
)
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.programmes import ProgrammeRow


def is_closed(period: str, now: int) -> bool:
    """Whether a month (YYYY-MM) is closed at `now` (ms): no summary of it is accepted any more."""
    return months_before(period, period_of(now)) > SUMMARY_LATE_PERIODS


def close_periods(repos: Repos, p: ProgrammeRow, now: int) -> list[str]:
    """Close every month of which the coordinator still holds individual summaries and which
    is closed at `now`: its aggregate is kept and its summaries deleted, month by month, each
    in one transaction. A month closed before (a summary that came in despite the check, e.g.
    after the clock was set back) keeps its aggregate and loses the late summary. Returns the
    months closed now, oldest first."""
    held = repos.programmes.summaries(p.id)
    due = sorted({s.period for s in held if is_closed(s.period, now)})
    if not due:
        return []
    closed_before = {period for period, _ in repos.programmes.aggregates(p.id)}
    terms = terms_of(p)
    roles = {(m.signing_key or b"").hex(): m.role for m in repos.programmes.members(p.id)}
    closed: list[str] = []
    for period in due:
        if period in closed_before:
            repos.programmes.close_period(p.id, period, None, now)
            continue
        summaries = [msgspec.json.decode(s.summary.encode(), type=Summary)
                     for s in held if s.period == period]
        (month,) = aggregate(summaries, terms, roles) or (PeriodAggregate(period),)
        repos.programmes.close_period(p.id, period, aggregate_json(month), now)
        closed.append(period)
    if closed:
        log.sync.info("programme reporting months closed: %d", len(closed))
    return closed


def stored(repos: Repos, programme_id: str) -> list[PeriodAggregate]:
    """The aggregates of the programme's closed months, oldest first."""
    return [aggregate_from_json(text) for _period, text in repos.programmes.aggregates(
        programme_id)]


__all__ = ["close_periods", "is_closed", "stored"]
