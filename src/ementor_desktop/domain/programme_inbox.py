"""Incoming programme envelopes (docs/protocol.md Part 4 §4–§10): one handler per kind, each in
the inbox's transaction, and the few steps both the handlers and the services take (queueing a
programme body, a status, erasing a member). `domain/inbox.py` registers the handlers.

At the coordinator (C) each member is a contact of kind 'programme' (hidden from the person's
contacts); at a participant (P) so is the programme's coordinator. Everything a remote party
chooses is checked by `protocol/programme_schema.py` first and by the vault state here; a refusal
is `Reject(reason)` with the protocol's content-free reason, never an exception of another kind.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import msgspec

from ementor_desktop import log
from ementor_desktop.crypto.derive import conversation_id_for, tombstone_hash
from ementor_desktop.crypto.keys import BadPublicKey, check_box_key, check_signing_key
from ementor_desktop.crypto.signing import verify_detached
from ementor_desktop.domain.messaging import direct_conversation, new_idempotency_key
from ementor_desktop.domain.models import Contact
from ementor_desktop.domain.programme_terms import canonical, parse_terms
from ementor_desktop.protocol import programme_schema as schema
from ementor_desktop.protocol.content import CAPS, Content
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.programmes import (
    MemberRow,
    PairRow,
    PeerRow,
    ProgrammeRow,
    ShortlistRow,
)

if TYPE_CHECKING:
    from ementor_desktop.crypto.envelope import Opened
    from ementor_desktop.domain.inbox import Context, Outcome

#: Joined without a profile for this long: forgotten (Part 4 §5).
JOIN_LAPSE_MS = 7 * 24 * 3600 * 1000
#: Open joins (no profile yet) a programme takes at once (Part 4 §11).
MAX_OPEN_JOINS = 100
#: A participant's app makes a fresh join after this long without a welcome.
REJOIN_AFTER_MS = 3 * 24 * 3600 * 1000
MEMBER_STATES = ("joined", "pending", "enrolled")
#: Participant states after which the coordinator's envelopes are refused.
GONE = ("left", "declined", "removed")


def _inbox() -> Any:
    from ementor_desktop.domain import inbox  # it imports this module

    return inbox


def refuse(reason: str) -> NoReturn:
    raise _inbox().Reject(reason)


def _control() -> Outcome:
    from ementor_desktop.domain.inbox import Outcome

    return Outcome.CONTROL


# -- sending -----------------------------------------------------------------------------------

def queue(repos: Repos, contact: Contact, kind: str, body: schema._Body, now: int) -> str:
    """Queue a programme body for `contact` (checked as its receiver would check it) in the
    caller's transaction; returns the envelope id. Programme kinds go to the programme's party
    even before it announced them (a join and a welcome precede any announcement)."""
    plain = schema.encode_body(body)
    content = Content(message_id=secrets.token_hex(16),
                      conversation_id=direct_conversation(repos, contact, now), seq=0,
                      kind=kind, sent_at=now, body=plain)
    repos.outbox.enqueue(contact_id=contact.id, kind=kind, payload=content.encode(),
                         idempotency_key=new_idempotency_key(), created_at=now)
    return content.message_id


def terms_of(programme: ProgrammeRow) -> schema.Terms:
    assert programme.terms is not None
    return parse_terms(programme.terms)


def status_body(repos: Repos, programme: ProgrammeRow, member: MemberRow, state: str,
                now: int, routes_needed: int | None = None,
                ended: tuple[bytes, ...] = ()) -> schema.StatusBody:
    pairs = []
    for pair in repos.programmes.pairs_of(programme.id, member.member_id)[-schema.MAX_PAIRS:]:
        other = repos.programmes.member(programme.id, pair.mentor_id if pair.mentee_id
                                        == member.member_id else pair.mentee_id)
        if other is None or other.signing_key is None:
            continue
        pairs.append(msgspec.convert({"peer": other.signing_key.hex(), "state": pair.state,
                                      "scopes": sorted(pair.scopes)}, schema.PairState))
    pairs = (pairs + [schema.PairState(peer=key.hex(), state="ended", scopes=[])
                      for key in ended])[-schema.MAX_PAIRS:]
    return schema.StatusBody(
        v=schema.VERSION, programme=programme.id, state=state, at=now,  # type: ignore[arg-type]
        pairs=pairs if pairs else msgspec.UNSET,
        routes_needed=routes_needed if routes_needed else msgspec.UNSET)


def queue_status(repos: Repos, programme: ProgrammeRow, member: MemberRow, state: str,
                 now: int, routes_needed: int | None = None,
                 ended: tuple[bytes, ...] = ()) -> None:
    """Queue the member's whole current status. One still waiting in the outbox is replaced:
    a status carries everything, and two made in the same millisecond would make the
    participant ignore the second (not newer than the first)."""
    contact = repos.contacts.get(member.contact_id) if member.contact_id else None
    if contact is None:
        return
    repos.outbox.drop_kind(contact.id, schema.KIND_STATUS)
    queue(repos, contact, schema.KIND_STATUS,
          status_body(repos, programme, member, state, now, routes_needed, ended), now)


def erase_member(repos: Repos, programme: ProgrammeRow, member: MemberRow, state: str,
                 now: int, sent: int = 0) -> None:
    """Everything C holds of a member for this programme goes, in the caller's transaction:
    profile, consent, routes, summaries, pairs (each other side told the pair ended); a
    tombstone stays (its key's keyed hash and the time: now, or the leave's `sent` if later,
    so that nothing the person signed before leaving is taken again). The final status (`removed`,
    `declined`) is queued, and nothing else of theirs; the hidden contact is deleted at once
    when nothing is queued for it (a leaver), else once the status is on the relay."""
    assert programme.tombstone_secret is not None
    if member.signing_key is not None:
        repos.programmes.add_tombstone(
            programme.id, tombstone_hash(programme.tombstone_secret, member.signing_key),
            max(now, sent))
    from ementor_desktop.domain.programme_selfservice import close_requests_of

    close_requests_of(repos, programme, member, now)  # the other sides told: `closed`
    pairs = repos.programmes.pairs_of(programme.id, member.member_id)
    for pair in pairs:
        if pair.state != "active":
            continue
        # Ended first, while both are known: the other side's status then lists the pair as
        # ended (its app stops reporting it), then the pair goes with the member.
        repos.programmes.update_pair(pair.id, state="ended", ended_at=now, scopes=[])
        other = repos.programmes.member(programme.id, other_side(pair, member.member_id))
        if other is not None:
            queue_status(repos, programme, other, other.state, now)
    for pair in pairs:
        repos.programmes.delete_pair(pair.id)
    if member.contact_id is not None:  # a welcome, intro or card not yet out: never sent now
        repos.outbox.drop_for(member.contact_id)
    if state != "left":  # a leaver's app deletes its programme mailbox: nobody would read it
        queue_status(repos, programme, member, state, now)
    repos.programmes.delete_member(programme.id, member.member_id)
    if member.mailbox_id is not None:
        repos.mailboxes.retire(member.mailbox_id, now)
    if member.contact_id is not None and not repos.programmes.outbox_rows(member.contact_id) \
            and not repos.programmes.members_of_contact(member.contact_id):
        repos.contacts.delete(member.contact_id)  # the keys go in this transaction
    elif member.contact_id is not None:
        # No name, no profile on the hidden contact; it goes once its last status is out.
        repos.contacts.set_identity(member.contact_id, "", "")
        repos.contacts.set_profile(member.contact_id, {})
        repos.contacts.set_state(member.contact_id, "archived")
    log.domain.info("a programme member was erased (%s)", state)


def left_at(repos: Repos, programme: ProgrammeRow, signing_key: bytes) -> int | None:
    if programme.tombstone_secret is None:
        return None
    return repos.programmes.tombstone(
        programme.id, tombstone_hash(programme.tombstone_secret, signing_key))


def end_pair(repos: Repos, programme: ProgrammeRow, pair: PairRow, reason: str,
             now: int) -> None:
    """End a pair, no fault recorded: C accepts no more of its figures, and both sides get a
    status listing it `ended` (each app then stops reporting it and refuses a replay of its
    introduction). `reason` stays with C. Both members stay enrolled, free for the next
    matching. In the caller's transaction."""
    repos.programmes.update_pair(pair.id, state="ended", ended_at=now, paused_at=None,
                                 scopes=[], reason=reason)
    for member_id in (pair.mentee_id, pair.mentor_id):
        member = repos.programmes.member(programme.id, member_id)
        if member is not None:
            queue_status(repos, programme, member, member.state, now)
    log.domain.info("a programme pair was ended")


def other_side(pair: PairRow, member_id: str) -> str:
    return pair.mentor_id if pair.mentee_id == member_id else pair.mentee_id


# -- the dispatcher ----------------------------------------------------------------------------

def _parse(content: Content) -> Any:
    try:
        return schema.parse_body(content.kind, content.body)
    except schema.ProgrammeError as err:
        refuse(err.reason)


def apply_programme(ctx: Context, sender: Contact, content: Content) -> Outcome:
    """Every programme kind but the join: the direction, the party and the mailbox first
    (Part 4 §10), then the kind's own handler."""
    body = _parse(content)
    programme = ctx.repos.programmes.get(body.programme)
    if programme is None or ctx.mailbox.programme_id != programme.id:
        refuse("wrong programme")
    if content.kind in schema.TO_COORDINATOR:
        if programme.my_role != "coordinator":
            refuse("wrong direction")
        member = ctx.repos.programmes.member_by_key(programme.id, sender.signing_key)
        if member is None or member.contact_id != sender.id:
            refuse("not a participant")
        if ctx.mailbox.programme_id != programme.id or ctx.mailbox.programme_use != "member":
            refuse("wrong programme")
        return _TO_C[content.kind](ctx, sender, content, body, programme, member)
    if programme.my_role == "coordinator":
        refuse("wrong direction")
    if programme.coordinator_key != sender.signing_key:
        refuse("not the coordinator")
    if programme.state in GONE:
        refuse("not in programme")
    if ctx.mailbox.programme_id != programme.id or ctx.mailbox.programme_use != "programme":
        refuse("wrong programme")
    return _TO_P[content.kind](ctx, sender, content, body, programme)


# -- at the coordinator ------------------------------------------------------------------------

def apply_join(ctx: Context, opened: Opened, sender: Contact | None) -> Outcome:
    """A join in a join mailbox (Mj): C's checks in the order of Part 4 §5, then the joiner is
    recorded (*joined*) as a hidden contact; its Mc is made at the next provisioning, and the
    welcome goes with it."""
    repos, content, mailbox = ctx.repos, opened.content, ctx.mailbox
    if mailbox.programme_use != "join" or mailbox.programme_id is None \
            or content.kind != schema.KIND_JOIN:
        refuse("not a join")
    body = _parse(content)
    programme = repos.programmes.get(mailbox.programme_id)
    if programme is None or programme.my_role != "coordinator":
        refuse("not a join")
    if body.programme != programme.id:
        refuse("wrong programme")
    assert programme.secret is not None and programme.code_expires_at is not None
    if not hmac.compare_digest(bytes.fromhex(body.secret), programme.secret):
        refuse("wrong enrolment secret")
    if body.relay != programme.relay_url:
        refuse("wrong relay")
    terms = terms_of(programme)
    enrolled = repos.programmes.count_members(programme.id, ("pending", "enrolled"))
    joined = repos.programmes.count_members(programme.id, ("joined",))
    if ctx.now > programme.code_expires_at * 1000 or programme.closed_at is not None \
            or enrolled >= terms.max_participants or joined >= MAX_OPEN_JOINS:
        existing = repos.programmes.member_by_key(programme.id, opened.sender_signing_key)
        if existing is None:  # one already in is answered again below
            refuse("enrolment closed")
    sent = content.sent_at
    if not ctx.now - schema.JOIN_MAX_AGE_MS <= sent <= ctx.now + schema.CLOCK_SKEW_MS:
        refuse("stale join")
    gone = left_at(repos, programme, opened.sender_signing_key)
    if gone is not None and sent <= gone:
        refuse("replayed enrolment")
    try:
        box = check_box_key(bytes.fromhex(body.box))
        check_signing_key(opened.sender_signing_key)
    except BadPublicKey:
        refuse("bad key")
    if content.conversation_id != conversation_id_for(ctx.my_signing_key,
                                                      opened.sender_signing_key):
        refuse("wrong conversation")
    if sender is not None:
        return _join_again(ctx, sender, content, programme)
    contact = Contact(id=secrets.token_hex(8), display_name="", role="",
                      signing_key=opened.sender_signing_key, box_key=box,
                      relay_url=body.relay, send_id=body.send_id, state="active",
                      created_at=ctx.now, last_seen_at=ctx.now,
                      capabilities=frozenset(body.caps) if isinstance(body.caps, list)
                      else frozenset(), kind="programme")
    repos.contacts.add(contact)
    repos.conversations.direct_with(contact.id, ctx.now, content.conversation_id)
    repos.programmes.add_member(MemberRow(
        programme_id=programme.id, member_id=secrets.token_hex(8), contact_id=contact.id,
        display_name="", role="", capacity=1, profile={}, joined_at=ctx.now,
        signing_key=opened.sender_signing_key, box_key=box, state="joined", headline="",
        consent=None, consent_sig=None, consent_at=None, routes=[], mailbox_id=None,
        updated_at=ctx.now))
    repos.received.add(content.message_id, contact.id, 0, ctx.now)
    ctx.state_changed()
    log.sync.info("a programme join was accepted; the member mailbox follows")
    return _control()


def _join_again(ctx: Context, sender: Contact, content: Content,
                programme: ProgrammeRow) -> Outcome:
    """A join from a key C already knows: the same welcome on the same Mc (a new join id), a
    duplicate (the same id), or refused (a contact of another kind, another programme's)."""
    repos = ctx.repos
    member = repos.programmes.member_by_key(programme.id, sender.signing_key)
    if sender.kind != "programme" or member is None or member.contact_id != sender.id:
        refuse("already a contact")
    if repos.received.seen(sender.id, content.message_id):
        from ementor_desktop.domain.inbox import Outcome

        return Outcome.DUPLICATE
    repos.received.add(content.message_id, sender.id, 0, ctx.now)
    if member.mailbox_id is not None:
        mc = repos.mailboxes.get(member.mailbox_id)
        if mc is not None and mc.deleted_at is None:
            queue_welcome(repos, programme, sender, mc.relay_url, mc.send_id, ctx.now)
    return _control()


def queue_welcome(repos: Repos, programme: ProgrammeRow, contact: Contact, relay_url: str,
                  send_id: str, now: int) -> None:
    body = schema.WelcomeBody(v=schema.VERSION, programme=programme.id,
                              terms=terms_of(programme), relay=relay_url, send_id=send_id,
                              caps=list(CAPS))
    queue(repos, contact, schema.KIND_WELCOME, body, now)


def _verify(key: bytes, message: bytes, signature: bytes) -> bool:
    return verify_detached(key, message, signature)


def _profile(ctx: Context, sender: Contact, content: Content, body: schema.ProfileBody,
             programme: ProgrammeRow, member: MemberRow) -> Outcome:
    repos = ctx.repos
    terms = terms_of(programme)
    _check_consent(ctx, body.consent, body.sig, programme, member, terms, sender)
    try:
        schema.check_profile(body, terms)
    except schema.ProgrammeError as err:
        refuse(err.reason)
    fields: dict[str, Any] = msgspec.to_builtins(body.fields)
    capacity = int(fields.get("capacity", 1)) if body.role == "mentor" else 1
    state = member.state
    if state == "joined":
        full = repos.programmes.count_members(programme.id, ("pending", "enrolled")) \
            >= terms.max_participants
        if full or programme.closed_at is not None:
            # Room ran out (or the programme closed) between the join and the consent: the
            # joiner is declined and told so (a later join of theirs is not refused for it).
            erase_member(repos, programme, member, "declined", ctx.now)
            ctx.report.rejected["enrolment closed"] += 1
            log.sync.info("a programme profile came after enrolment closed; declined")
            return _control()
        state = "enrolled" if terms.admission == "open" else "pending"
    repos.programmes.update_member(
        programme.id, member.member_id, display_name=body.name, role=body.role,
        headline=body.headline, profile=fields, capacity=max(capacity, 1),
        consent=json.dumps(msgspec.to_builtins(body.consent), sort_keys=True),
        consent_sig=body.sig, consent_at=body.consent.at, routes=list(body.routes),
        state=state, updated_at=ctx.now)
    updated = repos.programmes.member(programme.id, member.member_id)
    assert updated is not None
    for other in _rescope_pairs(repos, programme, updated, terms, ctx.now):
        queue_status(repos, programme, other, other.state, ctx.now)
    queue_status(repos, programme, updated, state, ctx.now)
    log.sync.info("a programme profile was applied (%s)", state)
    return _control()


def _check_consent(ctx: Context, consent: schema.Consent, sig: str, programme: ProgrammeRow,
                   member: MemberRow, terms: schema.Terms, sender: Contact) -> None:
    me = ctx.my_signing_key
    try:
        schema.verify_consent(consent, sig, programme=programme.id, coordinator=me,
                              participant=sender.signing_key, terms=terms, verify=_verify,
                              previous_at=member.consent_at,
                              left_at_ms=left_at(ctx.repos, programme, sender.signing_key))
    except schema.ProgrammeError as err:
        refuse(err.reason)


def held_consent(member: MemberRow) -> schema.Consent | None:
    if member.consent is None:
        return None
    return msgspec.json.decode(member.consent.encode("utf-8"), type=schema.Consent)


def _rescope_pairs(repos: Repos, programme: ProgrammeRow, member: MemberRow,
                   terms: schema.Terms, now: int) -> list[MemberRow]:
    """Recompute what C accepts of each active pair of the member (both consents' pair
    scopes); return the other sides whose accepted scopes changed (they are told)."""
    changed: list[MemberRow] = []
    mine = held_consent(member)
    for pair in repos.programmes.pairs_of(programme.id, member.member_id):
        if pair.state != "active" or pair.paused_at is not None:
            continue  # a paused pair's figures are not accepted until it resumes
        other_id = pair.mentor_id if pair.mentee_id == member.member_id else pair.mentee_id
        other = repos.programmes.member(programme.id, other_id)
        theirs = held_consent(other) if other is not None else None
        if mine is None or theirs is None or other is None:
            continue
        scopes = schema.pair_scopes(terms, mine, theirs)
        if scopes != sorted(pair.scopes):
            repos.programmes.update_pair(pair.id, scopes=scopes)
            changed.append(other)
    return changed


def _withdraw(ctx: Context, sender: Contact, content: Content, body: schema.WithdrawBody,
              programme: ProgrammeRow, member: MemberRow) -> Outcome:
    repos = ctx.repos
    terms = terms_of(programme)
    held = held_consent(member)
    if held is None:
        refuse("not a withdrawal")
    _check_consent(ctx, body.consent, body.sig, programme, member, terms, sender)
    try:
        schema.check_withdrawal(body.consent, held)
    except schema.ProgrammeError as err:
        refuse(err.reason)
    withdrawn = set(held.scopes) - set(body.consent.scopes)
    repos.programmes.update_member(
        programme.id, member.member_id, consent_at=body.consent.at, consent_sig=body.sig,
        consent=json.dumps(msgspec.to_builtins(body.consent), sort_keys=True),
        updated_at=ctx.now)
    for row in repos.programmes.summaries_of(programme.id, member.member_id):
        summary = msgspec.json.decode(row.summary.encode("utf-8"), type=schema.Summary)
        if withdrawn & set(summary.scopes):
            repos.programmes.delete_summary(programme.id, row.member_id, row.conv, row.period)
    updated = repos.programmes.member(programme.id, member.member_id)
    assert updated is not None
    for other in _rescope_pairs(repos, programme, updated, terms, ctx.now):
        queue_status(repos, programme, other, other.state, ctx.now)
    queue_status(repos, programme, updated, updated.state, ctx.now)
    log.sync.info("a programme consent was narrowed")
    return _control()


def _leave(ctx: Context, sender: Contact, content: Content, body: schema.LeaveBody,
           programme: ProgrammeRow, member: MemberRow) -> Outcome:
    erase_member(ctx.repos, programme, member, "left", ctx.now,
                 min(content.sent_at, ctx.now + schema.CLOCK_SKEW_MS))
    if ctx.repos.contacts.get(sender.id) is None:
        ctx.erased.add(sender.id)
        ctx.senders.discard(sender.id)
    ctx.state_changed()
    return _control()


def _summary(ctx: Context, sender: Contact, content: Content, body: schema.SummaryBody,
             programme: ProgrammeRow, member: MemberRow) -> Outcome:
    repos = ctx.repos
    terms = terms_of(programme)
    convs: dict[str, str] = {}
    for pair in repos.programmes.pairs_of(programme.id, member.member_id):
        if pair.state == "active":
            convs[pair.conv] = pair.id
    pair_row = next((p for p in repos.programmes.pairs_of(programme.id, member.member_id)
                     if p.conv == body.summary.conv and p.state == "active"), None)
    try:
        schema.verify_summary(body, coordinator=ctx.my_signing_key,
                              participant=sender.signing_key, terms=terms,
                              consent=held_consent(member),
                              accepted=pair_row.scopes if pair_row else [],
                              pairs=convs, current_period=schema.period_of(ctx.now),
                              verify=_verify)
    except schema.ProgrammeError as err:
        refuse(err.reason)
    from ementor_desktop.store.repos.programmes import SummaryRow

    kept = repos.programmes.put_summary(SummaryRow(
        programme_id=programme.id, member_id=member.member_id, conv=body.summary.conv,
        period=body.summary.period, at=body.summary.at,
        summary=json.dumps(msgspec.to_builtins(body.summary), sort_keys=True), sig=body.sig))
    if pair_row is not None and pair_row.heard_at is None:
        repos.programmes.update_pair(pair_row.id, heard_at=ctx.now)
    log.sync.info("a programme summary was %s", "kept" if kept else "older than the one held")
    return _control()


def _rank(ctx: Context, sender: Contact, content: Content, body: schema.RankBody,
          programme: ProgrammeRow, member: MemberRow) -> Outcome:
    """A participant's ranking of a shortlist C sent them (Part 4 §6): their own, in rank
    mode, not expired by C's clock, naming only its candidates; the latest `sent` stands."""
    repos = ctx.repos
    row = repos.programmes.shortlist(programme.id, body.shortlist)
    if row is None or row.member_id != member.member_id:
        refuse("unknown shortlist")
    if row.mode != "rank":
        refuse("not allowed")
    if ctx.now > row.expires:
        refuse("shortlist expired")
    entries = row.entries if isinstance(row.entries, dict) else {}
    if any(candidate not in entries for candidate in body.order):
        refuse("unknown candidate")
    if row.ranked_at is not None and content.sent_at <= row.ranked_at:
        log.sync.info("a programme ranking older than the one held changed nothing")
        return _control()
    repos.programmes.set_ranking(programme.id, row.id, list(body.order), content.sent_at)
    log.sync.info("a programme ranking was kept")
    return _control()


def _rematch(ctx: Context, sender: Contact, content: Content, body: schema.RematchBody,
             programme: ProgrammeRow, member: MemberRow) -> Outcome:
    """End one of the sender's pairs, no fault, and match both again (Part 4 §6). The other
    side learns that the pair ended, not who asked or why; a pair already ended is left as it
    is (a rematch is idempotent)."""
    repos = ctx.repos
    for pair in repos.programmes.pairs_of(programme.id, member.member_id):
        other = repos.programmes.member(programme.id, other_side(pair, member.member_id))
        if other is None or other.signing_key is None or other.signing_key.hex() != body.peer:
            continue
        if pair.state == "ended":
            return _control()
        note = body.note if isinstance(body.note, str) else ""
        end_pair(repos, programme, pair,
                 f"rematch asked by the {member.role}" + (f": {note}" if note else ""), ctx.now)
        ctx.state_changed()
        return _control()
    refuse("not your pair")


# -- at a participant --------------------------------------------------------------------------

def code_of(programme: ProgrammeRow) -> schema.EnrolmentCode:
    assert programme.relay_url and programme.coordinator_key and programme.coordinator_box
    assert programme.terms_hash is not None
    return schema.EnrolmentCode(
        relay_url=programme.relay_url, send_id=programme.join_send_id or "",
        signing_key=programme.coordinator_key, box_key=programme.coordinator_box,
        programme=programme.id, secret=programme.secret or b"",
        terms_hash=programme.terms_hash, expires_at=programme.code_expires_at or 0,
        name=programme.name, admission=programme.admission)


def _welcome(ctx: Context, sender: Contact, content: Content, body: schema.WelcomeBody,
             programme: ProgrammeRow) -> Outcome:
    repos = ctx.repos
    first = programme.state == "joining"
    if first:
        try:
            schema.check_welcome(body, code_of(programme), relay=programme.relay_url or "")
        except schema.ProgrammeError as err:
            refuse(err.reason)
    else:
        if body.terms.coordinator != sender.signing_key.hex():
            refuse("terms of another coordinator")
        if body.relay != programme.relay_url:
            refuse("wrong relay")
    caps = body.caps if isinstance(body.caps, list) else []
    repos.contacts.set_capabilities(sender.id, caps)
    repos.contacts.set_route(sender.id, body.relay, body.send_id)
    repos.contacts.set_state(sender.id, "active")
    repos.outbox.drop_kind(sender.id, schema.KIND_JOIN)  # answered
    repos.outbox.retry_now(sender.id)
    held_hash = programme.terms_hash
    if first:
        repos.programmes.update(programme.id, terms=canonical(body.terms), state="reviewing",
                                starts_on=_opt(body.terms.starts), ends_on=_opt(body.terms.ends))
        if programme.consent_wanted is not None:
            from ementor_desktop.domain.programme import start_consent

            start_consent(repos, programme.id, ctx.now)
        ctx.replay_mailboxes.add(ctx.mailbox.id)  # an introduction that overtook this
    elif held_hash is None or not hmac.compare_digest(schema.terms_hash(body.terms), held_hash):
        repos.programmes.update(programme.id, pending_terms=canonical(body.terms))
        log.sync.info("a programme's terms changed: the person reviews them again")
    ctx.state_changed()
    return _control()


def _opt(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _status(ctx: Context, sender: Contact, content: Content, body: schema.StatusBody,
            programme: ProgrammeRow) -> Outcome:
    repos = ctx.repos
    if programme.status_at is not None and body.at <= programme.status_at:
        return _control()  # a replay, or overtaken
    values: dict[str, Any] = {"status_at": body.at}
    if programme.state in ("consented", "pending", "enrolled", "reviewing") \
            or body.state in ("declined", "removed", "closed", "left"):
        values["state"] = body.state
    repos.programmes.update(programme.id, **values)
    for pair in body.pairs if isinstance(body.pairs, list) else []:
        peer = repos.programmes.peer(programme.id, bytes.fromhex(pair.peer))
        if peer is None:
            continue
        changes: dict[str, Any] = {"scopes": sorted(pair.scopes)}
        if pair.state == "ended" and peer.state != "ended":
            changes.update(state="ended", ended_at=body.at)
        repos.programmes.update_peer(programme.id, peer.peer_key, **changes)
    if isinstance(body.routes_needed, int):
        # never more than MAX_ROUTES unused routes: with enough, the profile goes again as is
        unused = sum(1 for m in repos.mailboxes.of_programme(programme.id, "route")
                     if m.contact_id is None)
        wanted = max(0, min(body.routes_needed, schema.MAX_ROUTES - unused))
        repos.programmes.update(programme.id, routes_wanted=wanted)
        if wanted == 0 and programme.state in ("pending", "enrolled"):
            from ementor_desktop.domain.programme import send_again

            send_again(repos, repos.programmes.get(programme.id) or programme, ctx.now)
    if body.state in ("declined", "removed", "closed"):
        retire_my_mailboxes(repos, programme.id, ctx.now)
    ctx.state_changed()
    return _control()


def retire_my_mailboxes(repos: Repos, programme_id: str, now: int) -> None:
    """P's Mp and unused routes go (the contacts and records of its pairs stay, P's own)."""
    for mailbox in repos.mailboxes.of_programme(programme_id):
        if mailbox.programme_use == "programme" or (mailbox.programme_use == "route"
                                                    and mailbox.contact_id is None):
            repos.mailboxes.retire(mailbox.id, now)


def _card(ctx: Context, sender: Contact, content: Content, body: schema.CardBody,
          programme: ProgrammeRow) -> Outcome:
    assert programme.coordinator_key is not None
    try:
        schema.verify_card(body.card, body.sig, programme=programme.id,
                           coordinator=programme.coordinator_key, me=ctx.my_signing_key,
                           verify=_verify)
    except schema.ProgrammeError as err:
        refuse(err.reason)
    keep_card(ctx.repos, programme, body.card, body.sig, ctx.now)
    return _control()


def keep_card(repos: Repos, programme: ProgrammeRow, card: schema.Card, sig: str,
              now: int) -> bool:
    from ementor_desktop.store.repos.programmes import CardRow

    return repos.programmes.add_card(CardRow(
        id=card.id, programme_id=programme.id,
        card=json.dumps(msgspec.to_builtins(card), sort_keys=True), sig=sig, issued=card.issued,
        peer_key=bytes.fromhex(card.peer) if isinstance(card.peer, str) else None,
        received_at=now))


def _intro(ctx: Context, sender: Contact, content: Content, body: schema.IntroBody,
           programme: ProgrammeRow) -> Outcome:
    """An introduction (Part 4 §6): P's checks, then the pair is connected with no invite to
    copy — the contact (unverified, introduced by the programme), the route `mine` bound to it,
    our route to the peer; the engine then makes a fresh mailbox for the peer and sends it a
    Part 2 welcome. The mentor's app starts the draft agreement from the terms."""
    repos = ctx.repos
    assert programme.coordinator_key is not None and programme.relay_url is not None
    if programme.terms is None:  # it overtook the welcome: kept, applied after it
        raise _inbox().Hold("before the welcome", sender.id)
    terms = terms_of(programme)
    try:
        schema.verify_intro(body, programme=programme.id, coordinator=programme.coordinator_key,
                            me=ctx.my_signing_key, relay=programme.relay_url, terms=terms,
                            verify=_verify)
    except schema.ProgrammeError as err:
        refuse(err.reason)
    peer_key = bytes.fromhex(body.peer.signing)
    held_peer = repos.programmes.peer(programme.id, peer_key)
    # Before the route: a replayed introduction names a route it already used, and what makes
    # it void is that the pair ended since.
    if held_peer is not None and held_peer.state == "ended" and held_peer.ended_at is not None \
            and held_peer.ended_at >= body.card.issued:
        refuse("stale introduction")
    route = repos.mailboxes.by_send_id(programme.relay_url, body.mine)
    if route is None or route.programme_id != programme.id or route.programme_use != "route" \
            or route.contact_id is not None:
        refuse("not my route")
    try:
        box = check_box_key(bytes.fromhex(body.peer.box))
        check_signing_key(peer_key)
    except BadPublicKey:
        refuse("bad key")
    existing = repos.contacts.by_signing_key(peer_key)
    if existing is not None and (existing.box_key != box or existing.kind != "person"):
        refuse("contact has other keys")
    keep_card(repos, programme, body.card, body.sig, ctx.now)
    conv = conversation_id_for(ctx.my_signing_key, peer_key)
    if existing is None:
        profile: dict[str, Any] = {"headline": body.peer.headline,
                                   "introduced_by": programme.id}
        if isinstance(body.peer.profile, schema.ProfileFields):
            profile["programme_profile"] = msgspec.to_builtins(body.peer.profile)
        contact = Contact(id=secrets.token_hex(8), display_name=body.peer.name[:80],
                          role=body.peer.role, signing_key=peer_key, box_key=box,
                          relay_url=body.peer.relay, send_id=body.peer.send_id,
                          state="active", profile=profile, created_at=ctx.now,
                          capabilities=frozenset(body.peer.caps)
                          if isinstance(body.peer.caps, list) else frozenset())
        repos.contacts.add(contact)
        repos.conversations.direct_with(contact.id, ctx.now, conv)
        repos.mailboxes.link_contact(route.id, contact.id)
        ctx.report.new_contacts.append(contact.display_name)
        ctx.replay_mailboxes.add(route.id)  # the peer's welcome may have overtaken this
    else:  # known already: keep the relationship's own mailboxes
        contact = existing
        repos.mailboxes.retire(route.id, ctx.now)
    repos.programmes.put_peer(PeerRow(
        programme_id=programme.id, peer_key=peer_key, contact_id=contact.id, conv=conv,
        state="active", scopes=held_peer.scopes if held_peer is not None else [],
        card_issued=body.card.issued, introduced_at=ctx.now, ended_at=None))
    if body.card.role == "mentor":
        _draft_agreement(repos, contact, terms, ctx.now)
    ctx.report.changed_conversations.add(conv)
    ctx.state_changed()
    log.sync.info("a programme introduction connected a pair")
    return _control()


def _shortlist(ctx: Context, sender: Contact, content: Content, body: schema.ShortlistBody,
               programme: ProgrammeRow) -> Outcome:
    """A shortlist (Part 4 §6): kept to be shown and ranked (or, in self-service, asked) —
    refused whole if an entry shows a field the terms do not show to `candidates`, since this
    app does not display what it should not have received."""
    if programme.terms is None:
        refuse("not in programme")
    terms = terms_of(programme)
    for entry in body.entries:
        try:
            schema.check_shown(entry.profile, terms, "candidates")
        except schema.ProgrammeError as err:
            refuse(err.reason)
    kept = ctx.repos.programmes.add_shortlist(ShortlistRow(
        programme_id=programme.id, id=body.shortlist, member_id=None, mode=body.mode,
        issued=body.issued, expires=body.expires,
        entries=[msgspec.to_builtins(entry) for entry in body.entries]))
    log.sync.info("a programme shortlist was %s", "kept" if kept else "held already")
    ctx.state_changed()
    return _control()


apply_rank_shortlist = _shortlist  # self-service's handler passes `rank` shortlists here


def _draft_agreement(repos: Repos, contact: Contact, terms: schema.Terms, now: int) -> None:
    """The mentor's app writes the pair's draft agreement from the terms' template (one
    author): cadence, what the coordinator may see, start and end. A draft shares nothing."""
    from ementor_desktop.domain import workspace

    template = terms.agreement
    values: dict[str, Any] = {}
    if isinstance(template, schema.AgreementTemplate):
        if isinstance(template.cadence, str):
            values["cadence"] = template.cadence
        if isinstance(template.coordinator, list):
            values["coordinator"] = list(template.coordinator)
    if isinstance(terms.starts, str):
        values["start"] = terms.starts
    if isinstance(terms.ends, str):
        values["end"] = terms.ends
    if not values:
        return
    try:
        doc = workspace._document(repos, contact, now)
        edit = doc.edit_draft(**values)
    except Exception:  # a template this document refuses: the pair writes its own
        log.domain.warning("the programme's agreement template could not start a draft")
        return
    if edit.update is not None:
        workspace._store(repos, contact, doc, now)
        workspace.queue_update(repos, contact, edit.update, now)


_TO_C: dict[str, Callable[..., Outcome]] = {
    schema.KIND_PROFILE: _profile,
    schema.KIND_RANK: _rank,
    schema.KIND_REMATCH: _rematch,
    schema.KIND_LEAVE: _leave,
    schema.KIND_SUMMARY: _summary,
    schema.KIND_WITHDRAW: _withdraw,
}
_TO_P: dict[str, Callable[..., Outcome]] = {
    schema.KIND_WELCOME: _welcome,
    schema.KIND_STATUS: _status,
    schema.KIND_SHORTLIST: _shortlist,
    schema.KIND_CARD: _card,
    schema.KIND_INTRO: _intro,
}
#: The programme kinds the inbox hands to `apply_programme` (the join has its own path).
HANDLED = frozenset(_TO_C) | frozenset(_TO_P)


def register(to_c: dict[str, Callable[..., Outcome]],
             to_p: dict[str, Callable[..., Outcome]]) -> None:
    """Handlers of another programme module (`domain/inbox.py` registers them): the same
    checks of direction, party and mailbox run first."""
    _TO_C.update(to_c)
    _TO_P.update(to_p)

__all__ = ["HANDLED", "apply_join", "apply_programme", "apply_rank_shortlist", "end_pair",
           "erase_member", "other_side", "queue", "queue_status", "queue_welcome", "register"]
