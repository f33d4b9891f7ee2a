"""Self-service requests and reports of misconduct (docs/protocol.md Part 4 §7, §8): the
coordinator's rounds of `request` shortlists and its request state machine, the participant's
side of shortlists, requests, offers, replies and outcomes, sealed notes, and reports sealed to
the coordinator alone — the handlers the inbox registers and the services both front ends call.

At the coordinator (C) every step of a request is one vault transaction (a handler runs in the
inbox's, envelopes one at a time), so two accepts for one place cannot both win; C forwards
notes untouched and cannot read them. A participant (P) opens a note with its own box key and
shows it only if it was signed by the key C named for the other side. Everything a remote
party chooses is checked by `protocol/programme_schema.py` and then here; a refusal is the
protocol's content-free reason. Nothing here prints or logs a note, a report or a profile.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn

import msgspec

from ementor_desktop import log
from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.derive import conversation_id_for
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.crypto.keys import BadPublicKey, check_box_key, check_signing_key
from ementor_desktop.domain import programme as programmes
from ementor_desktop.domain import programme_inbox as pin
from ementor_desktop.domain.messaging import queue_control
from ementor_desktop.domain.models import Contact
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import content as wire
from ementor_desktop.protocol import programme_schema as schema
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.protocol.relay_v1 import b64url_encode
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.programme_requests import (
    LIVE,
    AskRow,
    HeldShortlistRow,
    OfferedShortlistRow,
    ProgrammeRequestRepo,
    ReportRow,
    RequestRow,
    SentReportRow,
)
from ementor_desktop.store.repos.programmes import MemberRow, PairRow, ProgrammeRow
from ementor_desktop.store.vault import Vault, now_ms

if TYPE_CHECKING:
    from ementor_desktop.domain.inbox import Context, Outcome
    from ementor_desktop.matching.config import MatchConfig

DAY_MS = 86_400_000
#: A `request` shortlist lives this long (Part 4 §6: 7 days by default).
SHORTLIST_MS = 7 * DAY_MS
#: Closed shortlists are remembered this long, so a late request is answered `closed`.
KEEP_CLOSED_MS = 30 * DAY_MS
#: Reports held per participant (Part 4 §11).
MAX_REPORTS = 50
#: Notes kept per request at a participant (each step may carry one).
MAX_NOTES = 20
#: A refused request is answered `closed` only while fewer envelopes than this wait for that
#: member: a mentee who floods C with requests cannot make it queue without bound.
MAX_WAITING_ANSWERS = 20
#: Requests expired per programme and sync (the rest at the next): bounded work per sync.
EXPIRE_PER_SYNC = 500
#: What a participant's app says of a note that did not open or was signed by someone else.
NOT_VERIFIED = "a note came with it but could not be verified"
WAITING = "programme: waiting"
TERMINAL = ("accepted", "full", "declined", "cancelled", "expired", "closed")
MENTOR_ACTIONS = ("accept", "decline", "ask")
MENTEE_ACTIONS = ("answer", "cancel")
CATEGORIES = ("harassment", "discrimination", "safety", "confidentiality", "conduct", "other")
BEFORE_SENDING = ("Only the programme's coordinator reads this. It is not sent to the person "
                  "you report.")


def store(repos: Repos) -> ProgrammeRequestRepo:
    return ProgrammeRequestRepo(repos.programmes.db)


def _inbox() -> Any:
    from ementor_desktop.domain import inbox  # it imports this module

    return inbox


def _control() -> Outcome:
    result: Outcome = _inbox().Outcome.CONTROL
    return result


def _hold(reason: str, contact_id: str) -> NoReturn:
    raise _inbox().Hold(reason, contact_id)


def self_service(terms: schema.Terms) -> bool:
    return terms.matching.mode == "self-service"


# -- notes (Part 4 §7, "Notes") -----------------------------------------------------------------

def seal_note(identity: Identity, peer_signing: bytes, peer_box: bytes, programme_id: str,
              request: str, text: str, now: int) -> str:
    """A note: a whole envelope of kind `programme.note` from us to the other participant's box
    key, as base64url for a body's `note`. UsageError if the text breaks the rules or does not
    fit the largest bucket a note may use."""
    try:
        body = schema.NoteBody(v=schema.VERSION, programme=programme_id, request=request,
                               text=text)
    except ValueError:
        raise UsageError("A note is 1 to 2,000 bytes of plain text (at most 60 lines), "
                         "without control characters.") from None
    conv = conversation_id_for(identity.public.signing_key, peer_signing)
    doc = {"v": wire.VERSION, "id": secrets.token_hex(16), "conv": conv, "seq": 0,
           "kind": schema.KIND_NOTE, "sent": now, "body": msgspec.to_builtins(body)}
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":"),
                     sort_keys=True).encode("utf-8")
    blob = envelope.seal(raw, identity.signing, peer_box)
    if len(blob) not in schema.NOTE_BLOB_SIZES:
        raise UsageError("The note is too long once sealed: shorten it.")
    return b64url_encode(blob)


def open_note(identity: Identity, note: str, *, signer: bytes, programme_id: str,
              request: str) -> str | None:
    """The note's text if it opens with our box key, was signed by `signer` (the key the
    coordinator named for the other side) and fits this programme and request; else None."""
    try:
        blob = schema.note_bytes(note)
        sender, raw = envelope.open_unparsed(blob, identity.box)
        header = wire.parse_header(raw)
        parsed = schema.parse_body(schema.KIND_NOTE, bytes(header.body))
    except (ValueError, envelope.EnvelopeError, wire.ContentError, schema.ProgrammeError):
        return None
    if not isinstance(parsed, schema.NoteBody) or sender != signer \
            or header.kind != schema.KIND_NOTE or header.seq != 0 \
            or header.conv != conversation_id_for(identity.public.signing_key, signer) \
            or parsed.programme != programme_id or parsed.request != request:
        return None
    return parsed.text


def _note_record(identity: Identity, note: str | None, *, signer: bytes, programme_id: str,
                 request: str, now: int) -> dict[str, Any] | None:
    if note is None:
        return None
    text = open_note(identity, note, signer=signer, programme_id=programme_id, request=request)
    if text is None:
        return {"from": "them", "at": now, "verified": False}
    return {"from": "them", "at": now, "verified": True, "text": text}


def _with_note(notes: list[dict[str, Any]], record: dict[str, Any] | None) -> list[dict[str, Any]]:
    return notes if record is None else [*notes, record][-MAX_NOTES:]


def _opt_note(value: str | msgspec.UnsetType) -> str | None:
    return value if isinstance(value, str) else None


# -- at the coordinator: telling the sides -------------------------------------------------------

def _contact_of(repos: Repos, member: MemberRow | None) -> Contact | None:
    if member is None or member.contact_id is None:
        return None
    return repos.contacts.get(member.contact_id)


def _tell(repos: Repos, p: ProgrammeRow, member_id: str, row: RequestRow, state: str,
          at: int, *, reason: str | None = None, note: str | None = None) -> None:
    """An outcome for one side (nothing if that member is gone)."""
    contact = _contact_of(repos, repos.programmes.member(p.id, member_id))
    if contact is None:
        return
    if state not in ("asked", "answered", "accepted", "declined"):
        note = None
    if state == "declined":  # a decline always says why (told again: the reason held)
        reason = reason or row.reason or "other"
    body = schema.OutcomeBody(v=schema.VERSION, programme=p.id, request=row.request,
                              state=state, at=at,  # type: ignore[arg-type]
                              reason=reason if state == "declined" and reason  # type: ignore[arg-type]
                              else msgspec.UNSET,
                              note=note if note is not None else msgspec.UNSET)
    pin.queue(repos, contact, schema.KIND_OUTCOME, body, at)


def _step(repos: Repos, p: ProgrammeRow, row: RequestRow, state: str, now: int,
          reason: str | None = None) -> tuple[RequestRow, int]:
    """Move a request to `state`; the returned `at` is later than every outcome sent before for
    it, so a participant orders outcomes even within one millisecond."""
    at = max(now, row.updated_at + 1)
    store(repos).update_request(p.id, row.request, state=state, updated_at=at,
                                **({"reason": reason} if reason else {}))
    updated = store(repos).request(p.id, row.request)
    assert updated is not None
    return updated, at


def _free_places(repos: Repos, p: ProgrammeRow, mentor: MemberRow) -> int:
    active = [x for x in repos.programmes.pairs_of(p.id, mentor.member_id)
              if x.state == "active"]
    return max(mentor.capacity - len(active), 0)


def _matched(repos: Repos, p: ProgrammeRow, member: MemberRow) -> bool:
    return any(x.state == "active" for x in repos.programmes.pairs_of(p.id, member.member_id))


def expire(repos: Repos, p: ProgrammeRow, row: RequestRow, now: int) -> RequestRow:
    """`expires` passed: expired, both sides told."""
    row, at = _step(repos, p, row, "expired", now)
    _tell(repos, p, row.mentee_id, row, "expired", at)
    _tell(repos, p, row.mentor_id, row, "expired", at)
    return row


def close_requests_of(repos: Repos, p: ProgrammeRow, member: MemberRow, now: int) -> None:
    """A member leaves or is removed (in the erasing transaction): each live request of theirs
    is closed and the other side told; then everything kept of their requests and shortlists
    goes (their reports stay, for `report_days`)."""
    rs = store(repos)
    for row in rs.requests(p.id, mentee_id=member.member_id, states=LIVE) + \
            rs.requests(p.id, mentor_id=member.member_id, states=LIVE):
        other = row.mentor_id if row.mentee_id == member.member_id else row.mentee_id
        row, at = _step(repos, p, row, "closed", now)
        _tell(repos, p, other, row, "closed", at)
    rs.delete_requests_of(p.id, member.member_id)
    rs.delete_offered_of(p.id, member.member_id)


# -- at the coordinator: handlers ----------------------------------------------------------------

def _refuse_request(ctx: Context, p: ProgrammeRow, member: MemberRow, request: str,
                    reason: str) -> NoReturn:
    """Refused, storing nothing; still answered `closed` so that the mentee's app stops waiting
    (unless many answers already wait for this member: a flood is not answered)."""
    contact = _contact_of(ctx.repos, member)
    if contact is not None \
            and ctx.repos.programmes.outbox_rows(contact.id) < MAX_WAITING_ANSWERS:
        body = schema.OutcomeBody(v=schema.VERSION, programme=p.id, request=request,
                                  state="closed", at=ctx.now)
        pin.queue(ctx.repos, contact, schema.KIND_OUTCOME, body, ctx.now)
    pin.refuse(reason)


def apply_request(ctx: Context, sender: Contact, content: wire.Content,
                  body: schema.RequestBody, programme: ProgrammeRow,
                  member: MemberRow) -> Outcome:
    """A mentee asks one candidate of a `request` shortlist (Part 4 §7, the table's first two
    rows and the refusals under it)."""
    repos, now = ctx.repos, ctx.now
    rs = store(repos)
    terms = pin.terms_of(programme)
    held = rs.request(programme.id, body.request)
    if held is not None:
        if held.mentee_id != member.member_id:  # another mentee's id: never theirs to touch
            _refuse_request(ctx, programme, member, body.request, "not allowed")
        if held.state in TERMINAL:  # the same request again: its current state
            _tell(repos, programme, member.member_id, held, held.state,
                  max(now, held.updated_at + 1))
        return _control()
    if not self_service(terms) or member.role != "mentee" or member.state != "enrolled":
        _refuse_request(ctx, programme, member, body.request, "not allowed")
    shortlist = rs.offered(body.shortlist)
    if shortlist is None or shortlist.programme_id != programme.id \
            or shortlist.mentee_id != member.member_id or shortlist.closed_at is not None \
            or shortlist.expires <= now or body.candidate not in shortlist.candidates:
        _refuse_request(ctx, programme, member, body.request, "not allowed")
    mentor = repos.programmes.member(programme.id, shortlist.candidates[body.candidate])
    if mentor is None or mentor.role != "mentor" or mentor.state != "enrolled" \
            or _matched(repos, programme, member) \
            or rs.requests(programme.id, mentee_id=member.member_id,
                           mentor_id=mentor.member_id, states=LIVE):
        _refuse_request(ctx, programme, member, body.request, "not allowed")
    if rs.count_requests(programme.id, member.member_id) >= terms.matching.open_requests:
        _refuse_request(ctx, programme, member, body.request, "too many open requests")
    free = _free_places(repos, programme, mentor) > 0
    expires = now + terms.matching.request_days * DAY_MS
    row = RequestRow(programme_id=programme.id, request=body.request,
                     mentee_id=member.member_id, mentor_id=mentor.member_id,
                     shortlist=shortlist.id, state="open" if free else "full", reason=None,
                     expires=expires, created_at=now, updated_at=now)
    rs.add_request(row)
    if not free:
        _tell(repos, programme, member.member_id, row, "full", now)
        log.sync.info("a self-service request found the mentor full")
        return _control()
    mentor_contact = _contact_of(repos, mentor)
    if mentor_contact is not None:
        person = schema.Person(signing=(member.signing_key or b"").hex(),
                               box=(member.box_key or b"").hex(),
                               name=member.display_name or "Participant",
                               headline=member.headline,
                               profile=programmes.shown_fields(member.profile, terms,
                                                               "candidates"))
        offer = schema.OfferBody(v=schema.VERSION, programme=programme.id,
                                 request=body.request, expires=expires, mentee=person,
                                 note=body.note)
        pin.queue(repos, mentor_contact, schema.KIND_OFFER, offer, now)
    ctx.state_changed()
    log.sync.info("a self-service request was forwarded to the mentor")
    return _control()


def apply_reply(ctx: Context, sender: Contact, content: wire.Content, body: schema.ReplyBody,
                programme: ProgrammeRow, member: MemberRow) -> Outcome:
    """A step of a request by one of its sides (Part 4 §7, the table)."""
    repos, now = ctx.repos, ctx.now
    rs = store(repos)
    row = rs.request(programme.id, body.request)
    if row is None or member.member_id not in (row.mentee_id, row.mentor_id):
        pin.refuse("unknown request")
    side = "mentee" if member.member_id == row.mentee_id else "mentor"
    if body.action not in schema.ACTIONS_BY_ROLE[side]:
        pin.refuse("not allowed")
    if row.state in LIVE and row.expires <= now:
        row = expire(repos, programme, row, now)
    if row.state in TERMINAL:  # anything after the end: the sender learns the current state
        _tell(repos, programme, member.member_id, row, row.state,
              max(now, row.updated_at + 1))
        return _control()
    note = _opt_note(body.note)
    action = body.action
    if action == "ask" and row.state == "open":
        row, at = _step(repos, programme, row, "asked", now)
        _tell(repos, programme, row.mentee_id, row, "asked", at, note=note)
    elif action == "answer" and row.state == "asked":
        row, at = _step(repos, programme, row, "open", now)
        _tell(repos, programme, row.mentor_id, row, "answered", at, note=note)
    elif action == "decline":
        row, at = _step(repos, programme, row, "declined", now, reason=str(body.reason))
        _tell(repos, programme, row.mentee_id, row, "declined", at, reason=str(body.reason),
              note=note)
    elif action == "cancel":
        row, at = _step(repos, programme, row, "cancelled", now)
        _tell(repos, programme, row.mentor_id, row, "cancelled", at)
    elif action == "accept":
        _accept(ctx, programme, row, member, note)
    # else a step that does not apply in this state (ask twice, answer unasked): ignored
    ctx.state_changed()
    return _control()


def _accept(ctx: Context, p: ProgrammeRow, row: RequestRow, mentor: MemberRow,
            note: str | None) -> None:
    """The mentor accepts: with a place free, the pair is made at once — outcome `accepted` to
    both, self-service cards and introductions (Part 4 §6), the mentee's other requests and
    shortlists closed; without one, `full` to both."""
    repos, now = ctx.repos, ctx.now
    mentee = repos.programmes.member(p.id, row.mentee_id)
    if mentee is None or mentee.state != "enrolled" or _matched(repos, p, mentee):
        row, at = _step(repos, p, row, "closed", now)
        _tell(repos, p, row.mentor_id, row, "closed", at)
        return
    if _free_places(repos, p, mentor) <= 0:
        row, at = _step(repos, p, row, "full", now)
        _tell(repos, p, row.mentee_id, row, "full", at)
        _tell(repos, p, row.mentor_id, row, "full", at)
        return
    if not mentee.routes or not mentor.routes:  # kept until fresh routes arrive (a profile)
        if not ctx.replaying:
            for m in (mentee, mentor):
                if not m.routes:
                    pin.queue_status(repos, p, m, m.state, now, routes_needed=2)
        _hold(WAITING, mentor.contact_id or "")
    row, at = _step(repos, p, row, "accepted", now)
    _tell(repos, p, row.mentee_id, row, "accepted", at, note=note)
    _tell(repos, p, row.mentor_id, row, "accepted", at)
    introduce(repos, p, mentee, mentor, at)
    rs = store(repos)
    for other in rs.requests(p.id, mentee_id=mentee.member_id, states=LIVE):
        other, at = _step(repos, p, other, "closed", now)
        _tell(repos, p, other.mentee_id, other, "closed", at)
        _tell(repos, p, other.mentor_id, other, "closed", at)
    rs.close_offered(p.id, now, mentee_id=mentee.member_id)
    log.sync.info("a self-service request was accepted; the pair is introduced")


def introduce(repos: Repos, p: ProgrammeRow, mentee: MemberRow, mentor: MemberRow,
              now: int) -> None:
    """The pair, its signed `self-service` cards and both introductions, in the caller's
    transaction (one unused route of each side, as a matching's introductions)."""
    terms = pin.terms_of(p)
    identity = repos.identity.get()
    used = len([x for x in repos.programmes.pairs_of(p.id, mentor.member_id)
                if x.state == "active"]) + 1
    mentee_card, mentor_card = pair_cards(p, terms, round_config(repos, p), mentee, mentor,
                                          now, used)
    mentee_route, mentor_route = mentee.routes[0], mentor.routes[0]
    repos.programmes.update_member(p.id, mentee.member_id, routes=mentee.routes[1:])
    repos.programmes.update_member(p.id, mentor.member_id, routes=mentor.routes[1:])
    ca, cb = pin.held_consent(mentee), pin.held_consent(mentor)
    scopes = schema.pair_scopes(terms, ca, cb) if ca is not None and cb is not None else []
    conv = conversation_id_for(mentee.signing_key or b"", mentor.signing_key or b"")
    repos.programmes.add_pair(PairRow(
        id=secrets.token_hex(16), programme_id=p.id, mentee_id=mentee.member_id,
        mentor_id=mentor.member_id, conv=conv, state="active", scopes=scopes,
        method="self-service", created_at=now, heard_at=None, ended_at=None))
    relay = p.relay_url or ""
    for me, other, card, mine, theirs in (
            (mentee, mentor, mentee_card, mentee_route, mentor_route),
            (mentor, mentee, mentor_card, mentor_route, mentee_route)):
        programmes._introduce(repos, p, terms, identity, me, other, card, mine, theirs, relay,
                              now)


def pair_cards(p: ProgrammeRow, terms: schema.Terms, config: MatchConfig, mentee: MemberRow,
               mentor: MemberRow, issued: int, used: int) -> tuple[schema.Card, schema.Card]:
    """The two unsigned cards of a pair made by an accepted request (method `self-service`):
    the pair's score and criteria as the engine computes them, under the rules of what a card
    may say (`programme_cards`); no alternatives, no rank."""
    from ementor_desktop.domain.programme_cards import MAX_PLACES, _Explainer, _facts, _Policy
    from ementor_desktop.domain.programme_cohort import cohort_from_profiles
    from ementor_desktop.matching.engine import score_cohort

    members = [(mentee.member_id, "mentee", _fields(mentee)),
               (mentor.member_id, "mentor", _fields(mentor))]
    cohort, _ids = cohort_from_profiles(members, terms)
    scorer = score_cohort(cohort, config).scorer
    explainer = _Explainer(scorer, _Policy(terms, "match"))
    facts = _facts(scorer.pairs([0], [0]), 0, explainer.criteria)
    a, b = scorer.mentees[0], scorer.mentors[0]
    cards = []
    for subject, peer, role in ((mentee, mentor, "mentee"), (mentor, mentee, "mentor")):
        plain: dict[str, Any] = {
            "v": 1, "id": secrets.token_hex(16), "programme": p.id,
            "coordinator": (p.coordinator_key or b"").hex(),
            "subject": (subject.signing_key or b"").hex(), "role": role, "issued": issued,
            "method": "self-service", "max_milli": explainer.max_milli,
            "rules": explainer.subject_rules(role), "peer": (peer.signing_key or b"").hex(),
            "score_milli": facts.total, "criteria": explainer.pair_criteria(role, a, b, facts)}
        if role == "mentor" and not explainer.policy.sensitive("capacity"):
            capacity = min(mentor.capacity, MAX_PLACES)
            plain["places"] = {"capacity": capacity, "used": min(used, capacity)}
        cards.append(msgspec.convert(plain, schema.Card, strict=True))
    return cards[0], cards[1]


def _fields(member: MemberRow) -> schema.ProfileFields:
    return msgspec.convert(member.profile, schema.ProfileFields, strict=True)


def apply_report(ctx: Context, sender: Contact, content: wire.Content, body: schema.ReportBody,
                 programme: ProgrammeRow, member: MemberRow) -> Outcome:
    """A report of misconduct, to C alone (Part 4 §8): kept `report_days`, at most 50 per
    participant, answered with a receipt naming the envelope. Never forwarded."""
    repos, now = ctx.repos, ctx.now
    rs = store(repos)
    about = bytes.fromhex(body.about) if isinstance(body.about, str) else None
    if about is not None:
        try:
            check_signing_key(about)
        except BadPublicKey:
            pin.refuse("bad key")
    reporter = sender.signing_key
    known = any(r.report == body.report and r.reporter_key == reporter
                for r in rs.reports(programme.id))
    if not known:
        if rs.count_reports(programme.id, reporter) >= MAX_REPORTS:
            pin.refuse("too many reports")
        terms = pin.terms_of(programme)
        rs.add_report(ReportRow(
            programme_id=programme.id, reporter_key=reporter, report=body.report,
            reporter_name=member.display_name, category=body.category, about=about,
            text=body.text, contact=body.contact, envelope=content.message_id,
            received_at=now, expires_at=now + terms.retention.report_days * DAY_MS))
        log.sync.info("a report of misconduct arrived")
    queue_control(repos, sender, "receipt", {"ids": [content.message_id]}, now)
    ctx.state_changed()
    return _control()


# -- at the coordinator: rounds and housekeeping -------------------------------------------------

def round_config(repos: Repos, p: ProgrammeRow) -> MatchConfig:
    """The matching configuration the rounds and self-service cards use: the text the
    coordinator gave (checked against the terms), else the defaults when the terms name none.
    UsageError when the terms name a file the coordinator has not given yet."""
    from ementor_desktop.domain.programme_cohort import for_profiles
    from ementor_desktop.matching.config import config_from_dict, load_config

    _fingerprint, text = store(repos).round(p.id)
    if text is not None:
        return for_profiles(config_from_dict(tomllib.loads(text),
                                             "the programme's matching configuration"))
    if pin.terms_of(p).matching.config != hashlib.sha256(b"").hexdigest():
        raise UsageError("The terms name a matching configuration file: give it once with "
                         "`ementor programme shortlist --send --config FILE.toml`.")
    return for_profiles(load_config(None))


def _caps_ok(repos: Repos, member: MemberRow, kind: str) -> bool:
    contact = _contact_of(repos, member)
    return contact is not None and kind in contact.capabilities


def run_round(repos: Repos, p: ProgrammeRow, now: int, *, force: bool = False) -> int:
    """Shortlists for every waiting mentee (enrolled, not matched, no live shortlist), each
    mentor on at most as many live shortlists as it has free places (Part 4 §7, the
    recommendation rule). Nothing is computed when neither the waiting mentees nor the places
    changed since the last round (unless `force`). Returns how many shortlists were queued."""
    from ementor_desktop.domain.programme_cards import Candidate, shortlist_entries
    from ementor_desktop.domain.programme_cohort import cohort_from_profiles
    from ementor_desktop.matching.engine import score_cohort
    from ementor_desktop.matching.shortlist import shortlists

    terms = pin.terms_of(p)
    rs = store(repos)
    rs.close_offered(p.id, now, expired_only=True)
    rs.prune_offered(p.id, now - KEEP_CLOSED_MS)
    enrolled, waiting, free, fingerprint = _waiting(repos, p, now)
    held, _config = rs.round(p.id)
    if fingerprint == held and not force:
        return 0
    rs.set_round(p.id, now, fingerprint=fingerprint)
    if not waiting or not free:
        return 0
    config = round_config(repos, p)
    mentors = [m for m in enrolled if m.member_id in free]
    people = [(m.member_id, m.role, _fields(m)) for m in waiting + mentors]
    cohort, ids = cohort_from_profiles(people, terms)
    engine_of = {member: engine for engine, member in ids.items()}
    scored = score_cohort(cohort, config)
    lists = shortlists(scored, config, terms.matching.shortlist,
                       {engine_of[k]: v for k, v in free.items()})
    by_member = {m.member_id: m for m in waiting + mentors}
    sent = 0
    for engine_id, entries in lists.mentees.items():
        mentee = by_member[ids[engine_id]]
        contact = _contact_of(repos, mentee)
        if not entries or contact is None:
            continue  # nothing to ask: waits for the next round
        candidates = []
        for entry in entries:
            mentor = by_member[ids[entry.candidate_id]]
            candidates.append(Candidate(
                engine_id=entry.candidate_id, candidate=secrets.token_hex(16),
                name=mentor.display_name or "Participant", headline=mentor.headline,
                profile=_fields(mentor), signing=(mentor.signing_key or b"").hex(),
                box=(mentor.box_key or b"").hex()))
        made = shortlist_entries(scored, engine_id, candidates, terms=terms)
        body = _fitting(p.id, now, made)
        pin.queue(repos, contact, schema.KIND_SHORTLIST, body, now)
        member_of = {c.candidate: by_member[ids[c.engine_id]].member_id for c in candidates}
        rs.add_offered(OfferedShortlistRow(
            id=body.shortlist, programme_id=p.id, mentee_id=mentee.member_id, issued=now,
            expires=body.expires, candidates={e.candidate: member_of[e.candidate]
                                              for e in body.entries}))
        sent += 1
    # The round's own shortlists changed the places: remember the state after it.
    rs.set_round(p.id, now, fingerprint=_waiting(repos, p, now)[3])
    log.domain.info("a self-service round sent %d shortlists", sent)
    return sent


def _waiting(repos: Repos, p: ProgrammeRow, now: int
             ) -> tuple[list[MemberRow], list[MemberRow], dict[str, int], str]:
    """The enrolled members, the waiting mentees, each mentor's places not yet on a live
    shortlist, and a fingerprint of the last two (a round is due when it changes)."""
    enrolled = repos.programmes.members(p.id, ("enrolled",))
    live = store(repos).live_offered(p.id, now)
    offered_to = {s.mentee_id for s in live}
    on_lists = Counter(m for s in live for m in s.candidates.values())
    waiting = [m for m in enrolled if m.role == "mentee" and m.member_id not in offered_to
               and not _matched(repos, p, m) and _caps_ok(repos, m, schema.KIND_SHORTLIST)]
    places = {m.member_id: _free_places(repos, p, m) - on_lists[m.member_id]
              for m in enrolled if m.role == "mentor" and _caps_ok(repos, m, schema.KIND_OFFER)}
    free = {k: v for k, v in places.items() if v > 0}
    fingerprint = hashlib.sha256(json.dumps(
        [sorted(m.member_id for m in waiting), sorted(free.items())]).encode()).hexdigest()
    return enrolled, waiting, free, fingerprint


def _fitting(programme_id: str, now: int, entries: list[schema.Entry]) -> schema.ShortlistBody:
    """A shortlist body that fits one envelope (fewer entries if it must)."""
    shortlist = secrets.token_hex(16)
    while True:
        body = schema.ShortlistBody(v=schema.VERSION, programme=programme_id,
                                    shortlist=shortlist, issued=now, expires=now + SHORTLIST_MS,
                                    mode="request", entries=entries)
        size = len(json.dumps(msgspec.to_builtins(body), ensure_ascii=False).encode())
        if size <= envelope.MAX_CONTENT - 400 or len(entries) == 1:
            return body
        entries = entries[:-1]


def housekeeping(repos: Repos, now: int) -> int:
    """At every sync: at C, requests past `expires` expire (both sides told), reports past
    `report_days` go, and a self-service programme gets a round of shortlists when a shortlist
    expired, a place freed or a mentee is waiting anew; at P, outcomes kept for a request this
    app never knew go after `request_days`. Returns how many envelopes were queued."""
    store(repos).delete_expired_reports(now)
    queued = 0
    for p in repos.programmes.all():
        if p.terms is None:
            continue
        if p.my_role == "coordinator":
            if p.closed_at is not None:
                continue
            for row in store(repos).due_requests(p.id, now, EXPIRE_PER_SYNC):
                expire(repos, p, row, now)
                queued += 2
            if self_service(pin.terms_of(p)):
                try:
                    queued += run_round(repos, p, now)
                except UsageError:
                    log.domain.warning("a self-service round waits for the matching "
                                       "configuration")
        else:
            _drop_waiting(repos, p, now)
    return queued


def _drop_waiting(repos: Repos, p: ProgrammeRow, now: int) -> None:
    if p.coordinator_id is None:
        return
    days = pin.terms_of(p).matching.request_days
    for held in repos.held.select(contact_id=p.coordinator_id, reasons=(WAITING,)):
        if held.held_at + days * DAY_MS < now:
            repos.held.remove(held.id)


# -- at a participant: handlers ------------------------------------------------------------------

def _check_person_keys(signing: str, box: str) -> tuple[bytes, bytes]:
    try:
        return check_signing_key(bytes.fromhex(signing)), check_box_key(bytes.fromhex(box))
    except BadPublicKey:
        pin.refuse("bad key")


def apply_shortlist(ctx: Context, sender: Contact, content: wire.Content,
                    body: schema.ShortlistBody, programme: ProgrammeRow) -> Outcome:
    """A `request` shortlist for a mentee: each entry shows only fields shown to candidates,
    with the mentor's keys (for a note). A `rank` shortlist is the ranking's:
    app applies it) — `domain/programme_inbox.py`'s handler takes those."""
    if body.mode != "request":
        return pin.apply_rank_shortlist(ctx, sender, content, body, programme)
    if programme.my_role != "mentee":
        pin.refuse("not allowed")
    terms = pin.terms_of(programme)
    for entry in body.entries:
        if entry.role != "mentor":
            pin.refuse("not allowed")
        try:
            schema.check_shown(entry.profile, terms, "candidates")
        except schema.ProgrammeError as err:
            pin.refuse(err.reason)
        _check_person_keys(str(entry.signing), str(entry.box))
    store(ctx.repos).add_held_shortlist(HeldShortlistRow(
        id=body.shortlist, programme_id=programme.id, mode=body.mode, issued=body.issued,
        expires=body.expires, entries=[msgspec.to_builtins(e) for e in body.entries],
        received_at=ctx.now))
    ctx.state_changed()
    return _control()


def apply_offer(ctx: Context, sender: Contact, content: wire.Content, body: schema.OfferBody,
                programme: ProgrammeRow) -> Outcome:
    """A mentee asks for this mentor: kept as an offer to answer, with the mentee's note if it
    opens and was signed by the key the coordinator names."""
    if programme.my_role != "mentor":
        pin.refuse("not allowed")
    terms = pin.terms_of(programme)
    try:
        schema.check_shown(body.mentee.profile, terms, "candidates")
    except schema.ProgrammeError as err:
        pin.refuse(err.reason)
    signing, box = _check_person_keys(body.mentee.signing, body.mentee.box)
    if signing == ctx.my_signing_key:
        pin.refuse("not allowed")
    rs = store(ctx.repos)
    if rs.ask(programme.id, body.request) is not None:
        return _control()  # the same offer again
    identity = ctx.repos.identity.get()
    record = _note_record(identity, _opt_note(body.note), signer=signing,
                          programme_id=programme.id, request=body.request, now=ctx.now)
    rs.add_ask(AskRow(
        programme_id=programme.id, request=body.request, side="mentor", shortlist=None,
        candidate=None, peer_key=signing, peer_box=box, peer_name=clean_name(body.mentee.name),
        peer_headline=clean_name(body.mentee.headline),
        peer_profile=msgspec.to_builtins(body.mentee.profile), state="open", reason=None,
        expires=body.expires, outcome_at=None, notes=_with_note([], record),
        created_at=ctx.now, updated_at=ctx.now))
    ctx.state_changed()
    log.sync.info("a self-service request arrived for this mentor")
    return _control()


def apply_outcome(ctx: Context, sender: Contact, content: wire.Content,
                  body: schema.OutcomeBody, programme: ProgrammeRow) -> Outcome:
    """What happened to a request; an outcome for a request this app does not know yet (the
    offer not applied yet) is kept and tried again."""
    rs = store(ctx.repos)
    ask = rs.ask(programme.id, body.request)
    if ask is None:
        _hold(WAITING, sender.id)
    if ask.outcome_at is not None and body.at <= ask.outcome_at:
        return _control()  # a replay, or overtaken
    record = _note_record(ctx.repos.identity.get(), _opt_note(body.note), signer=ask.peer_key,
                          programme_id=programme.id, request=body.request, now=ctx.now)
    rs.update_ask(programme.id, body.request, state=body.state, outcome_at=body.at,
                  reason=body.reason if isinstance(body.reason, str) else None,
                  notes=_with_note(ask.notes, record), updated_at=ctx.now)
    ctx.state_changed()
    return _control()


def receipt_arrived(repos: Repos, ids: list[str], now: int) -> None:
    """A receipt from a programme's coordinator: the reports it names arrived."""
    store(repos).reports_delivered(ids, now)


TO_COORDINATOR: dict[str, Callable[..., Outcome]] = {
    schema.KIND_REQUEST: apply_request,
    schema.KIND_REPLY: apply_reply,
    schema.KIND_REPORT: apply_report,
}
TO_PARTICIPANT: dict[str, Callable[..., Outcome]] = {
    schema.KIND_SHORTLIST: apply_shortlist,
    schema.KIND_OFFER: apply_offer,
    schema.KIND_OUTCOME: apply_outcome,
}
HANDLED = frozenset(TO_COORDINATOR) | frozenset(TO_PARTICIPANT)


# -- what the front ends get ---------------------------------------------------------------------

@dataclass(frozen=True)
class CandidateView:
    candidate: str
    name: str
    headline: str
    profile: dict[str, Any]
    score_milli: int
    max_milli: int
    criteria: list[dict[str, Any]]
    request: str | None = None  # my request to this candidate, if any
    request_state: str | None = None


@dataclass(frozen=True)
class ShortlistView:
    programme_id: str
    programme_name: str
    shortlist: str
    issued: int
    expires: int
    expired: bool
    open_requests: int  # how many may be open at once
    candidates: list[CandidateView] = field(default_factory=list)


@dataclass(frozen=True)
class AskView:
    programme_id: str
    programme_name: str
    request: str
    side: str
    peer_name: str
    peer_headline: str
    peer_profile: dict[str, Any]
    state: str
    reason: str | None
    expires: int | None
    expired: bool
    notes: list[dict[str, Any]]


@dataclass(frozen=True)
class RequestLine:
    """A request as the coordinator sees it: who asked whom and how it ended, never a note."""

    request: str
    mentee: str
    mentor: str
    state: str
    reason: str | None
    expires: int
    created_at: int
    updated_at: int


@dataclass(frozen=True)
class ConcernView:
    programme_id: str
    programme_name: str
    report: str
    category: str
    at: int
    # at the coordinator
    reporter: str = ""
    reporter_key: str = ""
    about: str | None = None
    about_name: str | None = None
    text: str = ""
    may_contact: bool = False
    kept_until: int | None = None
    # at the reporter
    delivered: bool | None = None


def _programme(repos: Repos, ref: str | None, *, coordinating: bool | None) -> ProgrammeRow:
    return programmes._find(repos, ref, coordinating=coordinating)


def _participating(repos: Repos, ref: str | None, role: str | None = None) -> ProgrammeRow:
    p = _programme(repos, ref, coordinating=False)
    if p.state in pin.GONE or p.state == "closed":
        raise UsageError(f"You are no longer in {clean_name(p.name)}.")
    if role is not None and p.my_role != role:
        raise UsageError(f"In {clean_name(p.name)} you are a {p.my_role}: this is for a "
                         f"{role}.")
    return p


def _coordinator(repos: Repos, p: ProgrammeRow) -> Contact:
    contact = repos.contacts.get(p.coordinator_id or "")
    if contact is None or contact.state != "active":
        raise UsageError(f"{clean_name(p.name)}'s coordinator has not answered your join yet: "
                         "sync first.")
    return contact


def _ask_view(p: ProgrammeRow, a: AskRow, now: int) -> AskView:
    expired = a.expires is not None and a.expires <= now and a.state not in TERMINAL
    return AskView(programme_id=p.id, programme_name=p.name, request=a.request, side=a.side,
                   peer_name=a.peer_name, peer_headline=a.peer_headline,
                   peer_profile=a.peer_profile, state=a.state, reason=a.reason,
                   expires=a.expires, expired=expired, notes=list(a.notes))


def shortlist(vault: Vault, ref: str | None = None) -> list[ShortlistView]:
    """A mentee's live `request` shortlists, each candidate with the score and criteria the
    coordinator explained, and the state of the mentee's request to them if any."""
    now = now_ms()
    with vault.mutex:
        repos = Repos.over(vault.db)
        p = _participating(repos, ref, "mentee")
        rs = store(repos)
        mine = {a.candidate: a for a in rs.asks(p.id, "mentee") if a.candidate}
        terms = pin.terms_of(p)
        views = []
        for held in rs.held_shortlists(p.id, "request"):
            candidates = [CandidateView(
                candidate=e["candidate"], name=clean_name(e["name"]),
                headline=clean_name(e["headline"]), profile=e["profile"],
                score_milli=e["score_milli"], max_milli=e["max_milli"], criteria=e["criteria"],
                request=mine[e["candidate"]].request if e["candidate"] in mine else None,
                request_state=mine[e["candidate"]].state if e["candidate"] in mine else None)
                for e in held.entries]
            views.append(ShortlistView(
                programme_id=p.id, programme_name=p.name, shortlist=held.id,
                issued=held.issued, expires=held.expires, expired=held.expires <= now,
                open_requests=terms.matching.open_requests, candidates=candidates))
        return [v for v in views if not v.expired] or views[-1:]


def request(vault: Vault, candidate: str, note: str | None = None,
            ref: str | None = None) -> AskView:
    """Ask one candidate of a live shortlist (id or the start of their name), with a note
    sealed to them; sent at the next sync."""
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = _participating(repos, ref, "mentee")
        terms = pin.terms_of(p)
        if not self_service(terms):
            raise UsageError(f"{clean_name(p.name)} is matched by its coordinator: there is "
                             "nobody to ask.")
        rs = store(repos)
        live = [s for s in rs.held_shortlists(p.id, "request") if s.expires > now]
        entries = [(s, e) for s in live for e in s.entries]
        wanted = clean_name(candidate).casefold()
        found = [(s, e) for s, e in entries if e["candidate"] == candidate] or \
            [(s, e) for s, e in entries if wanted and clean_name(e["name"]).casefold()
             .startswith(wanted)]
        if not found:
            raise UsageError(f"No candidate {clean_name(candidate)[:80]!r} on a live shortlist "
                             "(`ementor programme shortlist` shows them).")
        if len({e["candidate"] for _s, e in found}) > 1:
            names = ", ".join(f"{clean_name(e['name'])} ({e['candidate']})" for _s, e in found)
            raise UsageError(f"{clean_name(candidate)[:80]!r} could mean {names}: use the id.")
        held, entry = found[-1]
        asks = rs.asks(p.id, "mentee")
        signing, box = bytes.fromhex(entry["signing"]), bytes.fromhex(entry["box"])
        if any(a.peer_key == signing and a.state not in TERMINAL for a in asks):
            raise UsageError(f"You have asked {clean_name(entry['name'])} already; wait for "
                             "their answer.")
        open_now = [a for a in asks if a.state not in TERMINAL]
        if len(open_now) >= terms.matching.open_requests:
            raise UsageError(f"You have {len(open_now)} open request(s), the most "
                             f"{clean_name(p.name)} allows: wait for an answer, or cancel one "
                             "(`ementor programme reply REQUEST cancel`).")
        request_id = secrets.token_hex(16)
        identity = repos.identity.get()
        sealed = seal_note(identity, signing, box, p.id, request_id, note, now) \
            if note is not None else None
        pin.queue(repos, _coordinator(repos, p), schema.KIND_REQUEST,
                  schema.RequestBody(v=schema.VERSION, programme=p.id, request=request_id,
                                     shortlist=held.id, candidate=entry["candidate"],
                                     note=sealed if sealed is not None else msgspec.UNSET),
                  now)
        notes = [{"from": "me", "at": now, "verified": True, "text": note}] if note else []
        row = AskRow(programme_id=p.id, request=request_id, side="mentee", shortlist=held.id,
                     candidate=entry["candidate"], peer_key=signing, peer_box=box,
                     peer_name=clean_name(entry["name"]),
                     peer_headline=clean_name(entry["headline"]),
                     peer_profile=entry["profile"], state="sent", reason=None, expires=None,
                     outcome_at=None, notes=notes, created_at=now, updated_at=now)
        rs.add_ask(row)
        view = _ask_view(p, row, now)
    vault.outbox_changed()
    return view


def asks(vault: Vault, side: str, ref: str | None = None) -> list[AskView]:
    """A mentor's offers (`side` mentor) or a mentee's requests (`side` mentee)."""
    now = now_ms()
    with vault.mutex:
        repos = Repos.over(vault.db)
        p = _participating(repos, ref, side)
        return [_ask_view(p, a, now) for a in store(repos).asks(p.id, side)]


def _find_ask(repos: Repos, p: ProgrammeRow, ref: str) -> AskRow:
    rows = store(repos).asks(p.id)
    wanted = clean_name(ref).casefold()
    found = [a for a in rows if a.request == ref] or \
        [a for a in rows if len(ref) >= 4 and a.request.startswith(ref.lower())] or \
        [a for a in rows if wanted and a.state not in TERMINAL
         and a.peer_name.casefold().startswith(wanted)]
    if not found:
        raise UsageError(f"No request {clean_name(ref)[:80]!r} in {clean_name(p.name)} "
                         "(`ementor programme offers` or `requests` lists them).")
    if len(found) > 1:
        names = ", ".join(f"{clean_name(a.peer_name)} ({a.request})" for a in found)
        raise UsageError(f"{clean_name(ref)[:80]!r} could mean {names}: use the id.")
    return found[0]


#: Local state after sending each action (the coordinator's outcome may follow).
_AFTER = {"ask": "asked", "decline": "declined", "accept": "accepting", "answer": "answered",
          "cancel": "cancelled"}


def reply(vault: Vault, request_ref: str, action: str, *, reason: str | None = None,
          note: str | None = None, ref: str | None = None) -> AskView:
    """A mentor accepts, declines (with a reason) or asks for more; a mentee answers or
    cancels. A note goes sealed to the other side; sent at the next sync."""
    if action not in MENTOR_ACTIONS + MENTEE_ACTIONS:
        raise UsageError("The action is accept, decline or ask (a mentor), answer or cancel "
                         "(a mentee).")
    if reason is not None and action != "decline":
        raise UsageError("Only a decline gives a --reason.")
    if reason is not None and reason not in ("full", "availability", "fit", "other"):
        raise UsageError("The reason is one of: full, availability, fit, other.")
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = _participating(repos, ref)
        a = _find_ask(repos, p, request_ref)
        allowed = MENTOR_ACTIONS if a.side == "mentor" else MENTEE_ACTIONS
        if action not in allowed:
            raise UsageError(f"As the {a.side} of this request you may {', '.join(allowed)}.")
        if a.state in TERMINAL or a.state in ("declined", "cancelled", "accepting"):
            raise UsageError(f"This request is {a.state}: there is nothing more to answer.")
        if a.expires is not None and a.expires <= now:
            raise UsageError("This request has expired: the coordinator would refuse an "
                             "answer now.")
        if action == "answer" and a.state != "asked":
            raise UsageError("Nobody asked you anything about this request yet.")
        if action == "ask" and a.state == "asked":
            raise UsageError("You asked already: wait for the answer.")
        identity = repos.identity.get()
        sealed = seal_note(identity, a.peer_key, a.peer_box, p.id, a.request, note, now) \
            if note is not None else None
        body = schema.ReplyBody(
            v=schema.VERSION, programme=p.id, request=a.request,
            action=action,  # type: ignore[arg-type]
            reason=(reason or "other") if action == "decline" else msgspec.UNSET,  # type: ignore[arg-type]
            note=sealed if sealed is not None else msgspec.UNSET)
        pin.queue(repos, _coordinator(repos, p), schema.KIND_REPLY, body, now)
        notes = _with_note(a.notes, {"from": "me", "at": now, "verified": True, "text": note}
                           if note else None)
        store(repos).update_ask(p.id, a.request, state=_AFTER[action], notes=notes,
                                reason=reason if action == "decline" else a.reason,
                                updated_at=now)
        updated = store(repos).ask(p.id, a.request)
        assert updated is not None
        view = _ask_view(p, updated, now)
    vault.outbox_changed()
    return view


def my_role(vault: Vault, ref: str | None = None) -> tuple[str, str]:
    """The programme's id and this vault's role in it (`coordinator`, `mentor`, `mentee`)."""
    with vault.mutex:
        p = _programme(Repos.over(vault.db), ref, coordinating=None)
        return p.id, p.my_role


def requests_at_coordinator(vault: Vault, ref: str | None = None) -> list[RequestLine]:
    """Every request of a programme C coordinates: who asked whom and how it ended."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        p = _programme(repos, ref, coordinating=True)
        names = {m.member_id: m.display_name for m in repos.programmes.members(p.id)}
        return [RequestLine(request=r.request, mentee=names.get(r.mentee_id, ""),
                            mentor=names.get(r.mentor_id, ""), state=r.state, reason=r.reason,
                            expires=r.expires, created_at=r.created_at,
                            updated_at=r.updated_at)
                for r in store(repos).requests(p.id)]


def send_round(vault: Vault, ref: str | None = None, config_text: str | None = None) -> int:
    """Run a round of shortlists now (C); `config_text` is the matching configuration the
    terms name (checked by its SHA-256), kept for the rounds at later syncs and the cards."""
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = _programme(repos, ref, coordinating=True)
        terms = pin.terms_of(p)
        if not self_service(terms):
            raise UsageError(f"{clean_name(p.name)} is not self-service: its coordinator "
                             "matches (`ementor programme match`).")
        if config_text is not None:
            digest = hashlib.sha256(config_text.encode("utf-8")).hexdigest()
            if digest != terms.matching.config:
                raise UsageError("That is not the matching configuration the terms name (its "
                                 "SHA-256 differs): participants consented to those rules.")
            store(repos).set_round(p.id, now, config=config_text)
        sent = run_round(repos, p, now, force=True)
    vault.outbox_changed()
    return sent


def _about(repos: Repos, p: ProgrammeRow, about: str) -> bytes:
    """Whom a report is about: a signing key (64 hex), or the start of the name of someone the
    programme showed this person (a peer, a candidate, a mentee who asked)."""
    text = about.strip().lower()
    if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        try:
            return check_signing_key(bytes.fromhex(text))
        except BadPublicKey:
            raise UsageError("That is not a person's key.") from None
    known: dict[bytes, str] = {}
    for peer in repos.programmes.peers(p.id):
        contact = repos.contacts.get(peer.contact_id or "")
        if contact is not None:
            known[peer.peer_key] = contact.display_name
    rs = store(repos)
    for a in rs.asks(p.id):
        known.setdefault(a.peer_key, a.peer_name)
    for held in rs.held_shortlists(p.id):
        for e in held.entries:
            if isinstance(e.get("signing"), str):
                known.setdefault(bytes.fromhex(e["signing"]), e["name"])
    wanted = clean_name(about).casefold()
    found = {k: n for k, n in known.items() if wanted and clean_name(n).casefold()
             .startswith(wanted)}
    if len(found) != 1:
        raise UsageError(f"{'Nobody' if not found else 'Several people'} called "
                         f"{clean_name(about)[:80]!r} in {clean_name(p.name)}: give their key "
                         "(64 hex) instead.")
    return next(iter(found))


def concern(vault: Vault, *, category: str, text: str, about: str | None = None,
            may_contact: bool = False, ref: str | None = None) -> ConcernView:
    """Report misconduct to the programme's coordinator only (sealed to them; never sent to the
    person reported); sent at the next sync, and shown as arrived once C's receipt comes."""
    if category not in CATEGORIES:
        raise UsageError(f"The category is one of: {', '.join(CATEGORIES)}.")
    text = text.replace("\r\n", "\n")
    try:
        schema.check_lines(text, 1, schema.MAX_REPORT_BYTES, schema.MAX_REPORT_LINES, "text")
    except ValueError:
        raise UsageError("A report is 1 to 8,000 bytes of plain text (at most 200 lines), "
                         "without control characters.") from None
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = _participating(repos, ref)
        about_key = _about(repos, p, about) if about else None
        if about_key == repos.identity.get().public.signing_key:
            raise UsageError("A report is about someone else.")
        report_id = secrets.token_hex(16)
        body = schema.ReportBody(v=schema.VERSION, programme=p.id, report=report_id,
                                 category=category,  # type: ignore[arg-type]
                                 text=text, contact=may_contact,
                                 about=about_key.hex() if about_key else msgspec.UNSET)
        envelope_id = pin.queue(repos, _coordinator(repos, p), schema.KIND_REPORT, body, now)
        store(repos).add_sent_report(SentReportRow(programme_id=p.id, report=report_id,
                                                   envelope=envelope_id, category=category,
                                                   sent_at=now))
        view = ConcernView(programme_id=p.id, programme_name=p.name, report=report_id,
                           category=category, at=now, delivered=False)
    vault.outbox_changed()
    log.domain.info("a report of misconduct was queued")
    return view


def concerns(vault: Vault, ref: str | None = None) -> list[ConcernView]:
    """At the coordinator: the reports received and kept. At a participant: the reports sent
    and whether they arrived (never their text)."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        p = _programme(repos, ref, coordinating=None)
        rs = store(repos)
        if p.my_role != "coordinator":
            return [ConcernView(programme_id=p.id, programme_name=p.name, report=r.report,
                                category=r.category, at=r.sent_at,
                                delivered=r.delivered_at is not None)
                    for r in rs.sent_reports(p.id)]
        names = {m.signing_key: m.display_name for m in repos.programmes.members(p.id)
                 if m.signing_key is not None}
        return [ConcernView(programme_id=p.id, programme_name=p.name, report=r.report,
                            category=r.category, at=r.received_at, reporter=r.reporter_name,
                            reporter_key=r.reporter_key.hex(),
                            about=r.about.hex() if r.about else None,
                            about_name=names.get(r.about) if r.about else None,
                            text=r.text, may_contact=r.contact, kept_until=r.expires_at)
                for r in rs.reports(p.id)]


__all__ = ["BEFORE_SENDING", "CATEGORIES", "HANDLED", "NOT_VERIFIED", "TO_COORDINATOR",
           "TO_PARTICIPANT", "AskView", "CandidateView", "ConcernView", "RequestLine",
           "ShortlistView", "apply_offer", "apply_outcome", "apply_reply", "apply_report",
           "apply_request", "apply_shortlist", "asks", "close_requests_of", "concern",
           "concerns", "housekeeping", "introduce", "my_role", "open_note", "pair_cards",
           "receipt_arrived", "reply", "request", "requests_at_coordinator", "run_round",
           "seal_note", "send_round", "shortlist"]
