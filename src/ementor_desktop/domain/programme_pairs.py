"""A programme's pairs and its life after matching (docs/protocol.md Part 4 §5, §6): a
participant's no-fault rematch; the coordinator pausing, resuming and ending a pair, removing a
participant and closing the programme; the retention deadlines that delete what the
coordinator held; and a participant's join kept alive until its welcome comes.

Every change is one vault transaction with the envelopes it queues; the handlers of the
envelopes these send are `programme_inbox`'s. Reasons the coordinator gives stay in its vault
(never sent, never logged). What a front end gets back holds no profile field.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

import msgspec

from ementor_desktop import log
from ementor_desktop.domain import programme as service
from ementor_desktop.domain import programme_inbox as pin
from ementor_desktop.domain.messaging import new_idempotency_key
from ementor_desktop.domain.programme_types import ProgrammeInfo
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import programme_schema as schema
from ementor_desktop.protocol.content import Content, ContentError, parse_content
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.programmes import MemberRow, PairRow, ProgrammeRow
from ementor_desktop.store.vault import Vault, now_ms

DAY_MS = 86_400_000
MAX_REASON_CHARS = 500
#: Participant states after which nothing more is sent to or asked of the programme.
_OVER = ("left", "declined", "removed", "closed")


@dataclass(frozen=True)
class PairInfo:
    """One pair as the coordinator sees it (no profile field, no figure)."""

    id: str
    mentee_id: str
    mentee: str
    mentor_id: str
    mentor: str
    state: str  # "active", "paused" or "ended"
    method: str
    created_at: int
    ended_at: int | None
    reason: str | None  # the coordinator's own words for the last pause or end


def _reason(text: str | None, *, required: bool) -> str | None:
    if text is None or not clean_name(text):
        if required:
            raise UsageError("Give a reason (--reason TEXT): it stays in your vault, for your "
                             "records; nobody else is sent it.")
        return None
    cleaned = clean_name(text)
    if len(cleaned) > MAX_REASON_CHARS:
        raise UsageError(f"A reason is at most {MAX_REASON_CHARS} characters on one line.")
    return cleaned


def _pair_state(pair: PairRow) -> str:
    if pair.state == "ended":
        return "ended"
    return "paused" if pair.paused_at is not None else "active"


def _info(repos: Repos, p: ProgrammeRow, pair: PairRow) -> PairInfo:
    names = {}
    for member_id in (pair.mentee_id, pair.mentor_id):
        member = repos.programmes.member(p.id, member_id)
        names[member_id] = member.display_name if member is not None else ""
    return PairInfo(id=pair.id, mentee_id=pair.mentee_id, mentee=names[pair.mentee_id],
                    mentor_id=pair.mentor_id, mentor=names[pair.mentor_id],
                    state=_pair_state(pair), method=pair.method, created_at=pair.created_at,
                    ended_at=pair.ended_at, reason=pair.reason)


def pairs(vault: Vault, ref: str | None = None) -> list[PairInfo]:
    """Every pair of a programme this vault coordinates, oldest first."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        p = service.find_programme(repos, ref, coordinating=True)
        return [_info(repos, p, pair) for pair in repos.programmes.pairs(p.id)]


def _find_pair(repos: Repos, p: ProgrammeRow, ref: str) -> PairRow:
    """A pair by its id (or an unambiguous start of it, 4 characters at least), by two
    participants (`A+B`), or by a participant with exactly one pair that has not ended."""
    every = repos.programmes.pairs(p.id)
    text = ref.strip().lower()
    if len(text) >= 4 and all(c in "0123456789abcdef" for c in text):
        found = [x for x in every if x.id.startswith(text)]
        if len(found) == 1:
            return found[0]
    if "+" in ref:
        first, _, second = ref.partition("+")
        a = service.find_member(repos, p, first.strip())
        b = service.find_member(repos, p, second.strip())
        both = {a.member_id, b.member_id}
        found = [x for x in every if {x.mentee_id, x.mentor_id} == both]
        live = [x for x in found if x.state != "ended"] or found
        if live:
            return live[-1]
        raise UsageError(f"{clean_name(a.display_name)} and {clean_name(b.display_name)} are "
                         "not a pair.")
    member = service.find_member(repos, p, ref)
    live = [x for x in every if member.member_id in (x.mentee_id, x.mentor_id)
            and x.state != "ended"]
    if len(live) == 1:
        return live[0]
    who = clean_name(member.display_name) or member.member_id
    if not live:
        raise UsageError(f"{who} has no pair that has not ended.")
    raise UsageError(f"{who} has {len(live)} pairs: name one as MENTEE+MENTOR or by its id "
                     "(`ementor programme participants` lists them).")


def _tell_both(repos: Repos, p: ProgrammeRow, pair: PairRow, now: int) -> None:
    for member_id in (pair.mentee_id, pair.mentor_id):
        member = repos.programmes.member(p.id, member_id)
        if member is not None:
            pin.queue_status(repos, p, member, member.state, now)


def pause(vault: Vault, pair_ref: str, reason: str | None, ref: str | None = None) -> PairInfo:
    """Pause a pair: it stays a pair, but the coordinator accepts none of its figures until it
    resumes (both sides are told: their statuses list no scope for it)."""
    why = _reason(reason, required=True)
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = service.find_programme(repos, ref, coordinating=True)
        pair = _find_pair(repos, p, pair_ref)
        if pair.state == "ended":
            raise UsageError("That pair has ended; it cannot be paused.")
        if pair.paused_at is not None:
            raise UsageError("That pair is paused already (`ementor programme resume`).")
        repos.programmes.update_pair(pair.id, paused_at=now, scopes=[], reason=why)
        _tell_both(repos, p, pair, now)
        info = _info(repos, p, repos.programmes.pair(pair.id) or pair)
    vault.outbox_changed()
    log.domain.info("a programme pair was paused")
    return info


def resume(vault: Vault, pair_ref: str, reason: str | None = None,
           ref: str | None = None) -> PairInfo:
    """Resume a paused pair: the coordinator accepts its figures again, within both consents."""
    why = _reason(reason, required=False)
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = service.find_programme(repos, ref, coordinating=True)
        pair = _find_pair(repos, p, pair_ref)
        if pair.state == "ended" or pair.paused_at is None:
            raise UsageError("That pair is not paused.")
        mentee = repos.programmes.member(p.id, pair.mentee_id)
        mentor = repos.programmes.member(p.id, pair.mentor_id)
        scopes: list[str] = []
        if mentee is not None and mentor is not None:
            a, b = pin.held_consent(mentee), pin.held_consent(mentor)
            if a is not None and b is not None:
                scopes = schema.pair_scopes(pin.terms_of(p), a, b)
        repos.programmes.update_pair(pair.id, paused_at=None, scopes=scopes,
                                     reason=why if why is not None else pair.reason)
        _tell_both(repos, p, pair, now)
        info = _info(repos, p, repos.programmes.pair(pair.id) or pair)
    vault.outbox_changed()
    log.domain.info("a programme pair was resumed")
    return info


def end(vault: Vault, pair_ref: str, reason: str | None, ref: str | None = None) -> PairInfo:
    """End a pair (both sides told; both free for the next matching, never with each other)."""
    why = _reason(reason, required=True)
    assert why is not None
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = service.find_programme(repos, ref, coordinating=True)
        pair = _find_pair(repos, p, pair_ref)
        if pair.state == "ended":
            raise UsageError("That pair has ended already.")
        pin.end_pair(repos, p, pair, why, now)
        info = _info(repos, p, repos.programmes.pair(pair.id) or pair)
    vault.outbox_changed()
    return info


def remove(vault: Vault, member_ref: str, reason: str | None, ref: str | None = None) -> str:
    """Remove a participant: everything held of them is erased (a tombstone stays), their
    pairs end, and they are told (`removed`). The reason is not kept: nothing of the person
    may stay. Returns the name they had."""
    _reason(reason, required=True)
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = service.find_programme(repos, ref, coordinating=True)
        member = service.find_member(repos, p, member_ref)
        pin.erase_member(repos, p, member, "removed", now)
    vault.outbox_changed()
    return member.display_name


def close(vault: Vault, ref: str | None = None) -> ProgrammeInfo:
    """Close a programme: every pair ends, everyone is told (`closed`), the join mailbox and
    the member mailboxes go, and the retention period starts (`housekeeping` deletes what is
    held once it runs out)."""
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = service.find_programme(repos, ref, coordinating=True)
        if p.closed_at is not None:
            raise UsageError(f"{clean_name(p.name)} is closed already.")
        repos.programmes.update(p.id, closed_at=now, state="closed")
        p = repos.programmes.get(p.id) or p
        for pair in repos.programmes.pairs(p.id, "active"):
            repos.programmes.update_pair(pair.id, state="ended", ended_at=now, paused_at=None,
                                         scopes=[], reason="programme closed")
        for member in repos.programmes.members(p.id):
            pin.queue_status(repos, p, member, "closed", now)
            if member.mailbox_id is not None:
                repos.mailboxes.retire(member.mailbox_id, now)
        for mailbox in repos.mailboxes.of_programme(p.id, "join"):
            repos.mailboxes.retire(mailbox.id, now)
        info = service.info_of(repos, p)
    vault.outbox_changed()
    log.domain.info("a programme was closed")
    return info


# -- a participant -------------------------------------------------------------------------------

def rematch(vault: Vault, peer_ref: str, note: str | None = None,
            ref: str | None = None) -> str:
    """Ask the coordinator to end a pair, no fault, and match this person again. The peer
    learns that the pair ended, not who asked or why (`note` is for the coordinator only).
    Returns the peer's name."""
    if note is not None:
        try:
            schema.check_lines(note, 1, schema.MAX_REMATCH_NOTE_BYTES,
                               schema.MAX_LONG_TEXT_LINES, "note")
        except ValueError:
            raise UsageError("The note is 1 to 2,000 bytes of plain text (at most 60 "
                             "lines).") from None
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = service.find_programme(repos, ref, coordinating=False)
        if p.state in _OVER:
            raise UsageError(f"You are no longer in {clean_name(p.name)}.")
        live = []
        for peer in repos.programmes.peers(p.id):
            if peer.state != "active":
                continue
            contact = repos.contacts.get(peer.contact_id or "")
            live.append((peer, contact.display_name if contact is not None else ""))
        wanted = clean_name(peer_ref).casefold()
        found = [(peer, name) for peer, name in live if peer.peer_key.hex() == peer_ref] or \
            [(peer, name) for peer, name in live
             if wanted and clean_name(name).casefold().startswith(wanted)]
        if not found:
            raise UsageError(f"No active pair with {clean_name(peer_ref)[:80]!r} in "
                             f"{clean_name(p.name)}.")
        if len(found) > 1:
            raise UsageError(f"{clean_name(peer_ref)[:80]!r} could mean several people: give "
                             "their key.")
        peer, name = found[0]
        contact = repos.contacts.get(p.coordinator_id or "")
        if contact is None:
            raise UsageError("The programme's coordinator is not reachable from this vault.")
        pin.queue(repos, contact, schema.KIND_REMATCH,
                  schema.RematchBody(v=schema.VERSION, programme=p.id, peer=peer.peer_key.hex(),
                                     note=note if note else msgspec.UNSET), now)
    vault.outbox_changed()
    log.domain.info("a programme rematch was asked")
    return name


def refresh_join(repos: Repos, p: ProgrammeRow, now: int) -> int:
    """A join still unanswered 3 days after it was made is made afresh (a new id and `sent`,
    the same body), since the coordinator refuses joins older than 7 days; until then the
    sync engine deposits the queued one again at every sync (same bytes, same idempotency
    key). Returns how many joins were made afresh."""
    contact = repos.contacts.get(p.coordinator_id or "")
    if contact is None or contact.state != "pending":
        return 0
    made = 0
    for row_id, payload, created_at in repos.programmes.outbox_of_kind(contact.id,
                                                                       schema.KIND_JOIN):
        if created_at + pin.REJOIN_AFTER_MS > now:
            continue
        try:
            old = parse_content(payload)
        except ContentError:
            continue
        fresh = Content(message_id=secrets.token_hex(16), conversation_id=old.conversation_id,
                        seq=0, kind=schema.KIND_JOIN, sent_at=now, body=old.body)
        repos.outbox.remove(row_id)
        repos.outbox.enqueue(contact_id=contact.id, kind=schema.KIND_JOIN,
                             payload=fresh.encode(), idempotency_key=new_idempotency_key(),
                             created_at=now)
        made += 1
    if made:
        log.domain.info("a programme join was made afresh")
    return made


# -- retention -----------------------------------------------------------------------------------

def retention_starts(p: ProgrammeRow, terms: schema.Terms) -> int | None:
    """When the retention period starts: the programme's end (the end of its `ends` day, UTC)
    or its closing, whichever comes first; None while neither is set."""
    starts: list[int] = []
    if isinstance(terms.ends, str):
        day = dt.date.fromisoformat(terms.ends) + dt.timedelta(days=1)
        starts.append(int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
                          .timestamp() * 1000))
    if p.closed_at is not None:
        starts.append(p.closed_at)
    return min(starts) if starts else None


def apply_retention(repos: Repos, p: ProgrammeRow, now: int) -> bool:
    """At the coordinator, once `after_end_days` have passed since the programme ended or
    closed: ended pairs and their summaries, and the profile of everyone not in a live pair,
    are deleted; of a closed programme, every member (the tombstones stay while the programme
    does). Returns True if anything was deleted. In the caller's transaction."""
    if p.terms is None:  # no terms yet: nothing to keep or delete by them
        return False
    terms = pin.terms_of(p)
    starts = retention_starts(p, terms)
    if starts is None or now < starts + terms.retention.after_end_days * DAY_MS:
        return False
    changed = False
    if p.closed_at is not None:
        for member in repos.programmes.members(p.id):
            _forget(repos, p, member, now)
            changed = True
    live: set[str] = set()
    for pair in repos.programmes.pairs(p.id):
        if pair.state != "ended":
            live.update((pair.mentee_id, pair.mentor_id))
            continue
        for row in repos.programmes.summaries(p.id):
            if row.conv == pair.conv:
                repos.programmes.delete_summary(p.id, row.member_id, row.conv, row.period)
        repos.programmes.delete_pair(pair.id)
        changed = True
    for member in repos.programmes.members(p.id):
        if member.member_id in live or (not member.profile and not member.headline):
            continue
        repos.programmes.update_member(p.id, member.member_id, profile={}, headline="",
                                       updated_at=now)
        for row in repos.programmes.summaries(p.id):
            if row.member_id == member.member_id:
                repos.programmes.delete_summary(p.id, row.member_id, row.conv, row.period)
        changed = True
    if changed:
        log.domain.info("a programme's retention period ran out: its data was deleted")
    return changed


def _forget(repos: Repos, p: ProgrammeRow, member: MemberRow, now: int) -> None:
    """Everything of a member of a closed programme whose retention ran out (nobody is told:
    the programme is over and they were told so)."""
    repos.programmes.delete_member(p.id, member.member_id)
    if member.mailbox_id is not None:
        repos.mailboxes.retire(member.mailbox_id, now)
    if member.contact_id is not None:
        repos.contacts.set_identity(member.contact_id, "", "")
        repos.contacts.set_profile(member.contact_id, {})
        repos.contacts.set_state(member.contact_id, "archived")


def participant_cleanup(repos: Repos, p: ProgrammeRow, now: int) -> None:
    """A participant's programme that closed (or that removed or declined them): its Mp and
    unused routes go, if the status that said so has not taken them already."""
    if p.state in ("closed", "removed", "declined"):
        pin.retire_my_mailboxes(repos, p.id, now)


__all__ = ["PairInfo", "apply_retention", "close", "end", "pairs", "participant_cleanup",
           "pause", "refresh_join", "rematch", "remove", "resume", "retention_starts"]
