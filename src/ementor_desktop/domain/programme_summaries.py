"""A participant's monthly summaries (docs/protocol.md Part 4 §9): for each active pair and the
month just ended (and the two before, again, when the figures changed), the counts that the
consent, the pair's signed agreement and the coordinator's acceptance all allow — never content
— signed and queued to the coordinator. Counting and randomising are `programme_figures`'; this
module reads the pair's records and the person's pulse from the vault and sends.

Pulse answers: a pulse item of the terms is answered by this person's own pulse of that month
for the pair (`ementor pulse`, kept in the vault): its rating for an item named `rating`, else an
answer (1 … 5) given under the item's id. Nothing is sent for an item without an answer.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import msgspec

from ementor_desktop import log
from ementor_desktop.crypto.signing import sign_detached
from ementor_desktop.domain import programme_inbox as pin
from ementor_desktop.domain.models import Contact
from ementor_desktop.protocol import programme_schema as schema
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.programmes import PeerRow, ProgrammeRow

#: The month just ended, and this many before it, are (re)sent when their figures change.
LATE_PERIODS = schema.SUMMARY_LATE_PERIODS


def _periods(now: int, since: int) -> list[str]:
    from ementor_desktop.domain.programme_figures import previous_period

    periods: list[str] = []
    at = now
    for _ in range(LATE_PERIODS + 1):
        period = previous_period(at)
        if schema.months_before(schema.period_of(since), period) >= 0:
            periods.append(period)
        start = datetime.strptime(period + "-01", "%Y-%m-%d").replace(tzinfo=UTC)
        at = int(start.timestamp() * 1000)
    return periods


def _facts(repos: Repos, contact: Contact) -> tuple[list[Any], list[Any], Any, bool, set[str]]:
    """The pair's sessions, shared goals, the agreement in force (cadence, since) and whether
    one is, and what its `coordinator` term allows."""
    from ementor_desktop.domain import calendar, workspace
    from ementor_desktop.domain.programme_figures import CadenceFact, GoalFact, SessionFact

    records = workspace._records(repos, contact)
    sessions: list[Any] = []
    for session in records.sessions:
        if session.deleted:
            continue
        try:
            for occurrence in calendar.occurrences(session, limit=400):
                start = int(occurrence.start.astimezone(UTC).timestamp() * 1000)
                sessions.append(SessionFact(start, session.minutes, session.status))
        except calendar.UnreadableSchedule:  # a schedule this app cannot place: not counted
            log.domain.warning("a session's schedule could not be placed; not counted")
    goals = [GoalFact(g.created_at, g.status, g.progress, g.created_at if g.deleted else None)
             for g in records.goals]
    signed = [v for v in records.agreement.versions if v.signed_by_both]
    if not signed or records.agreement.tampered:
        return sessions, goals, None, False, set()
    latest = signed[-1]
    since = max((s.at for s in latest.signatures), default=latest.at)
    allowed = latest.terms.get("coordinator")
    scopes = {str(s) for s in allowed} if isinstance(allowed, list) else set()
    cadence = latest.terms.get("cadence")
    return sessions, goals, CadenceFact(cadence if isinstance(cadence, str) else None, since), \
        True, scopes


def _true_pulse(repos: Repos, contact: Contact, terms: schema.Terms,
                period: str) -> dict[str, int]:
    from ementor_desktop.domain.programme_figures import period_bounds

    start, end = period_bounds(period)
    rows = [r for r in repos.private_feedback.of(contact.id, "pulse")
            if start <= r.created_at < end]
    if not rows:
        return {}
    latest = max(rows, key=lambda r: r.created_at)
    answers: dict[str, int] = {}
    for item in terms.reporting.pulse:
        value: object = latest.rating if item.id == "rating" else latest.answers.get(item.id)
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, int) and value in schema.SCALE:
            answers[item.id] = value
    return answers


def due(repos: Repos, programme: ProgrammeRow, now: int) -> int:
    """Queue the summaries due for this programme (in the caller's transaction); returns how
    many. Nothing while other terms wait for the person's consent, and nothing beyond it."""
    try:
        from ementor_desktop.domain import programme_figures as figures_module
    except ImportError:  # a build without the figures module sends nothing
        return 0
    if programme.my_consent is None or programme.pending_terms is not None \
            or programme.terms is None:
        return 0
    consent = msgspec.json.decode(programme.my_consent.encode(), type=schema.Consent)
    if not consent.scopes:
        return 0
    terms = pin.terms_of(programme)
    coordinator = repos.contacts.get(programme.coordinator_id or "")
    if coordinator is None or coordinator.state != "active":
        return 0
    identity = repos.identity.get()
    queued = 0
    for peer in repos.programmes.peers(programme.id):
        if peer.state != "active" or peer.contact_id is None:
            continue
        contact = repos.contacts.get(peer.contact_id)
        if contact is None:
            continue
        queued += _pair(repos, programme, terms, consent, peer, contact, coordinator, identity,
                        figures_module, now)
    return queued


def _pair(repos: Repos, programme: ProgrammeRow, terms: schema.Terms, consent: schema.Consent,
          peer: PeerRow, contact: Contact, coordinator: Contact, identity: Any,
          figures_module: Any, now: int) -> int:
    sessions, goals, cadence, signed, agreed = _facts(repos, contact)
    pair_scopes = set(consent.scopes) & agreed & set(peer.scopes)
    queued = 0
    for period in _periods(now, consent.at):
        figures = figures_module.figures_for(period, sessions, goals, cadence, pair_scopes,
                                             agreement_signed=signed) if pair_scopes else None
        true_pulse = _true_pulse(repos, contact, terms, period) \
            if "pulse" in consent.scopes else {}
        digest = hashlib.sha256(json.dumps(
            [msgspec.to_builtins(figures) if figures is not None else None, true_pulse],
            sort_keys=True).encode()).hexdigest()
        if repos.programmes.sent_digest(programme.id, peer.conv, period) == digest:
            continue
        memo = _memo(repos, programme.id, terms)
        pulse = figures_module.pulse_answers(true_pulse, terms, memo) if true_pulse else []
        for key, value in memo.items():
            item, _, true_value = key.rpartition("=")
            repos.programmes.set_memo(programme.id, item, int(true_value), value)
        summary = figures_module.build_summary(
            programme=programme.id, coordinator=(programme.coordinator_key or b"").hex(),
            participant=identity.public.signing_key.hex(), conv=peer.conv, period=period,
            at=now, figures=figures, pulse=pulse)
        repos.programmes.record_sent(programme.id, peer.conv, period, digest, now)
        if summary is None:
            continue
        sig = sign_detached(identity, schema.summary_signed_bytes(summary)).hex()
        pin.queue(repos, coordinator, schema.KIND_SUMMARY,
                  schema.SummaryBody(v=schema.VERSION, programme=programme.id, summary=summary,
                                     sig=sig), now)
        queued += 1
    if queued:
        log.domain.info("programme summaries queued: %d", queued)
    return queued


def _memo(repos: Repos, programme_id: str, terms: schema.Terms) -> dict[str, int]:
    memo: dict[str, int] = {}
    for item in terms.reporting.pulse:
        for true_value in schema.SCALE:
            sent = repos.programmes.memo(programme_id, item.id, true_value)
            if sent is not None:
                memo[f"{item.id}={true_value}"] = sent
    return memo


__all__ = ["due"]
