"""The inbox: what an incoming envelope means, decided by one handler per kind (registered in
`HANDLERS`), in the vault's transaction. The sync engine fetches and acknowledges; this module
opens, checks and applies (docs/protocol.md Part 2 §5).

Every envelope ends in exactly one outcome, and only these lose it on purpose: envelopes that can
never become valid (not sealed to us, bad signature, malformed, a replay, a blocked sender, a
wrong conversation or a reused sequence number). Anything whose fate depends on local state —
a key change the person has not decided, a kind or version this app does not know yet, a sender
or mailbox that is not (yet) known — is kept in the vault (`held_envelopes`, still sealed) and
re-examined when that state changes, so acknowledging it on the relay loses nothing. An
unexpected error in one envelope's handler is rolled back and that envelope kept, so it cannot
stop the rest of the batch, other contacts, or later syncs.
"""

from __future__ import annotations

import hmac
import random
import secrets
import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import requests

from ementor_desktop import log
from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.derive import (
    check_rekey_proof,
    conversation_id_for,
    local_message_id,
)
from ementor_desktop.crypto.keys import BadPublicKey, check_box_key, check_signing_key
from ementor_desktop.domain import programme, programme_inbox, programme_selfservice
from ementor_desktop.domain.messaging import (
    direct_conversation,
    profile_body,
    queue_control,
    queue_receipts,
)
from ementor_desktop.domain.models import Contact, Message, MessageState
from ementor_desktop.domain.profile import apply_profile_card, send_card_if_new
from ementor_desktop.domain.settings import admission_for
from ementor_desktop.domain.workspace import (
    MAX_RELEASE_ROUNDS,
    WAITING,
    apply_shared_state,
    apply_shared_update,
    ask_after_restore,
    capabilities_learned,
    connection_confirmed,
)
from ementor_desktop.protocol import programme_schema
from ementor_desktop.protocol.content import CAPS, Content
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.mailboxes import Mailbox, ReceivedRepo
from ementor_desktop.store.vault import Vault, now_ms
from ementor_desktop.sync import faults
from ementor_desktop.sync.engine import SyncEngine, SyncReport
from ementor_desktop.sync.relay_client import RelayMessage

#: Kept envelopes of unknown origin, per mailbox, and of one known contact: beyond these a
#: flood is refused (counted), and the first can never push out the second.
HELD_STRANGERS_PER_MAILBOX = 200
HELD_PER_CONTACT = 1000
#: Delivery receipts leave after a random delay in this range (ms), so the moment a message is
#: fetched is not the moment its receipt is deposited into the sender's mailbox.
RECEIPT_DELAY_MS = (300, 3000)


Unsealed = envelope.Opened | envelope.EnvelopeError


def _unseal(opener: envelope.Opener, blob: bytes) -> Unsealed:
    try:
        return opener.open(blob)
    except envelope.EnvelopeError as err:
        return err


class Outcome(StrEnum):
    STORED = "stored"  # a conversation message was stored
    CONTROL = "control"  # a control envelope was applied
    DUPLICATE = "duplicate"  # seen before: acknowledged, nothing stored
    REJECTED = "rejected"  # can never become valid: acknowledged and dropped (counted)
    HELD = "held"  # kept in the vault until the state it depends on changes


class Hold(Exception):
    """Raised by a check or handler: keep this envelope in the vault for `reason`."""

    def __init__(self, reason: str, contact_id: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.contact_id = contact_id


class Reject(Exception):
    """Raised by a check or handler: drop this envelope for `reason` (content-free)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Context:
    """What one batch needs again and again, looked up once; dropped after state changes."""

    repos: Repos
    mailbox: Mailbox
    report: SyncReport
    opener: envelope.Opener
    my_signing_key: bytes
    now: int
    receipts: dict[str, list[str]] = field(default_factory=dict)
    senders: set[str] = field(default_factory=set)
    conversations: dict[str, tuple[int, int]] = field(default_factory=dict)
    seq: dict[str, int] = field(default_factory=dict)
    replaying: bool = False  # applying a held envelope again (from the vault, not the relay)
    # Texts stored but not yet in the full-text index: indexed in one statement by `flush`,
    # which every path through a batch calls before its transaction (or savepoint) ends, and
    # before any handler but the text one runs (it might change a stored message). A stored
    # text is its own record of receipt: nothing else waits to be written.
    unindexed: list[str] = field(default_factory=list)
    # Contacts whose shared update was applied: their waiting updates are tried again.
    shared_applied: set[str] = field(default_factory=set)
    # Mailboxes just bound to a contact (a programme's introduction): what a stranger left
    # there before is tried again at the end of the batch.
    replay_mailboxes: set[int] = field(default_factory=set)
    # Contacts a handler deleted (a programme member who left): nothing more is recorded.
    erased: set[str] = field(default_factory=set)
    # Per sender, to count what is missing without reading its whole history (see
    # `Inbox._missing`): its highest sequence number when this batch first looked, the gaps
    # texts above it opened, whether a text arrived below it, and the count once known.
    first_highest: dict[str, int] = field(default_factory=dict)
    gaps_opened: Counter[str] = field(default_factory=Counter)
    arrived_below: set[str] = field(default_factory=set)
    counted: dict[str, tuple[int, int]] = field(default_factory=dict)  # (highest, missing)
    _contacts: dict[bytes, Contact | None] = field(default_factory=dict)
    _conv_ids: dict[str, str] = field(default_factory=dict)

    def contact(self, signing_key: bytes) -> Contact | None:
        if signing_key not in self._contacts:
            self._contacts[signing_key] = self.repos.contacts.by_signing_key(signing_key)
        return self._contacts[signing_key]

    def conversation(self, contact: Contact) -> str:
        if contact.id not in self._conv_ids:
            self._conv_ids[contact.id] = direct_conversation(self.repos, contact, self.now)
        return self._conv_ids[contact.id]

    def highest_seq(self, contact_id: str) -> int:
        if contact_id not in self.seq:
            self.seq[contact_id] = self.repos.received.highest_seq(contact_id)
            self.first_highest.setdefault(contact_id, self.seq[contact_id])
        return self.seq[contact_id]

    def flush(self) -> ReceivedRepo:
        """Index the texts stored so far for search; returns the record of received
        envelopes (always complete: it is the stored rows)."""
        if self.unindexed:
            self.repos.messages.index_for_search(self.unindexed)
            self.unindexed = []
        return self.repos.received

    def note(self, conversation_id: str, sent_at: int) -> None:
        latest, unread = self.conversations.get(conversation_id, (0, 0))
        self.conversations[conversation_id] = (max(latest, sent_at), unread + 1)

    def state_changed(self) -> None:
        """Contacts, keys, routes or the mailbox binding may have changed: look them up again."""
        self.flush()
        self._contacts.clear()
        self._conv_ids.clear()
        self.seq.clear()
        self.mailbox = self.repos.mailboxes.get(self.mailbox.id) or self.mailbox


Handler = Callable[[Context, Contact, Content], Outcome]

#: Batches applied per open vault, by any Inbox of this process (see `Inbox._stamp`).
_INBOX_COMMITS: weakref.WeakKeyDictionary[Vault, int] = weakref.WeakKeyDictionary()


# -- handlers, one per kind ------------------------------------------------------------------

def apply_text(ctx: Context, sender: Contact, content: Content) -> Outcome:
    repos, report = ctx.repos, ctx.report
    highest = ctx.highest_seq(sender.id)
    opened = 0  # numbers skipped by a text above the highest: counted once it is stored
    if content.seq > highest:
        previous, following = highest, None
        opened = content.seq - highest - 1
    else:
        ctx.arrived_below.add(sender.id)
        received = repos.received
        if received.has_seq(sender.id, content.seq):
            raise Reject("sequence number reused")
        previous = received.previous_seq(sender.id, content.seq)
        following = received.next_seq(sender.id, content.seq)
    conv = ctx.conversation(sender)
    local_id = local_message_id(sender.id, content.message_id)
    stored = repos.messages.insert_if_new(Message(
        id=local_id, wire_id=content.message_id,
        conversation_id=conv, direction="in", sender_id=sender.id, body=content.body["text"],
        sent_at=content.sent_at, received_at=ctx.now, seq=content.seq,
        state=MessageState.RECEIVED, gap_before=max(content.seq - previous - 1, 0)))
    if not stored:  # the sender used this id before, for another message
        raise Reject("conflicting message id")
    ctx.gaps_opened[sender.id] += opened
    ctx.unindexed.append(local_id)  # the stored row is also the record of its receipt
    ctx.seq[sender.id] = max(highest, content.seq)
    ctx.note(conv, content.sent_at)
    if following is not None:
        repos.messages.set_gap(sender.id, following, following - content.seq - 1)
    report.received += 1
    report.changed_conversations.add(conv)
    ctx.receipts.setdefault(sender.id, []).append(content.message_id)
    return Outcome.STORED


def apply_receipt(ctx: Context, sender: Contact, content: Content) -> Outcome:
    state = MessageState.DELIVERED if content.kind == "receipt" else MessageState.READ
    for message_id in ctx.repos.messages.outgoing_to(content.body["ids"], sender.id):
        ctx.repos.messages.set_state(message_id, state, ctx.now)
    if sender.kind == "programme" and content.kind == "receipt":  # a report arrived (Part 4 §8)
        programme_selfservice.receipt_arrived(ctx.repos, content.body["ids"], ctx.now)
    ctx.report.changed_conversations.add(ctx.conversation(sender))
    return Outcome.CONTROL


def apply_profile(ctx: Context, sender: Contact, content: Content) -> Outcome:
    body = content.body
    ctx.repos.contacts.set_identity(sender.id, body["name"][:80], body["role"])
    ctx.repos.contacts.set_profile(sender.id, {**sender.profile, "headline": body["headline"]})
    if "caps" in body:
        _set_capabilities(ctx, sender, body["caps"])
    send_card_if_new(ctx.repos, ctx.repos.contacts.get(sender.id) or sender, ctx.now)
    return Outcome.CONTROL


def _set_capabilities(ctx: Context, sender: Contact, caps: list[str]) -> None:
    ctx.repos.contacts.set_capabilities(sender.id, caps)
    updated = ctx.repos.contacts.get(sender.id)
    if updated is not None:
        capabilities_learned(ctx.repos, sender, updated, ctx.now)


def apply_welcome(ctx: Context, sender: Contact, content: Content) -> Outcome:
    repos, body = ctx.repos, content.body
    if "caps" in body:
        _set_capabilities(ctx, sender, body["caps"])
    if body["relay"] == sender.relay_url or body["relay"] in repos.contacts.known_relays():
        repos.contacts.set_route(sender.id, body["relay"], body["send_id"])
        repos.outbox.retry_now(sender.id)  # anything that failed on the old route
    else:  # a relay this vault has never used: the person decides (ementor accept-route)
        repos.contacts.set_pending_route(sender.id, body["relay"], body["send_id"])
        log.sync.warning("a contact asked to move to an unknown relay; waiting for the person")
    repos.outbox.drop_kind(sender.id, "hello")  # answered: it need not be deposited again
    if repos.contacts.activate(sender.id, body["role"]):
        ctx.report.new_contacts.append(sender.display_name)
        activated = repos.contacts.get(sender.id)
        if activated is not None:  # shared records written before the connection was confirmed
            connection_confirmed(repos, activated, ctx.now)
        # Answer over the new route at once: the inviter then knows we switched, drains and
        # deletes the invite mailbox, and anyone reusing the code is told so.
        updated = repos.contacts.get(sender.id) or sender
        body_out = profile_body(repos, updated)
        if body_out is not None:
            queue_control(repos, updated, "profile", body_out, ctx.now)
    repos.contacts.set_profile(sender.id, {**sender.profile, "headline": body["headline"]})
    send_card_if_new(repos, repos.contacts.get(sender.id) or sender, ctx.now)
    return Outcome.CONTROL


def apply_rekey(ctx: Context, sender: Contact, content: Content) -> Outcome:
    """A key change, signed by the sender's current key, with the new key's proof. It is only
    flagged: the person accepts it by comparing the new safety number, or refuses it."""
    body = content.body
    new_signing, new_box = bytes.fromhex(body["signing"]), bytes.fromhex(body["box"])
    try:
        check_signing_key(new_signing)
        check_box_key(new_box)
    except BadPublicKey:
        raise Reject("bad key") from None
    if not check_rekey_proof(new_signing, sender.signing_key, new_box,
                             bytes.fromhex(body["proof"])):
        raise Reject("bad key change proof")
    if (new_signing, new_box) == (sender.signing_key, sender.box_key):
        return Outcome.CONTROL  # nothing changes
    other = ctx.repos.contacts.by_signing_key(new_signing)
    if other is not None:
        raise Reject("key of another contact")
    ctx.repos.contacts.flag_key_change(sender.id, new_signing, new_box)
    ctx.report.changed_conversations.add(ctx.conversation(sender))
    log.sync.warning("a contact's key changed; waiting for the person to compare numbers")
    return Outcome.CONTROL


HANDLERS: dict[str, Handler] = {
    "text": apply_text,
    "receipt": apply_receipt,
    "read": apply_receipt,
    "profile": apply_profile,
    "welcome": apply_welcome,
    "rekey": apply_rekey,
    "shared.update": apply_shared_update,
    "shared.state": apply_shared_state,
    "profile.card": apply_profile_card,
    # Programmes (Part 4): one dispatcher checks direction, party and mailbox for every kind.
    **{kind: programme_inbox.apply_programme for kind in sorted(programme_inbox.HANDLED)},
    **{kind: programme_inbox.apply_programme for kind in sorted(programme_selfservice.HANDLED)},
}
programme_inbox.register(programme_selfservice.TO_COORDINATOR,
                         programme_selfservice.TO_PARTICIPANT)
# `hello` and `programme.join` are not here: they come from someone who is not a contact yet
# (see `_hello` and `programme_inbox.apply_join`).
#: Kinds a programme's mailbox (Mp, Mc) or party (a hidden contact) may carry.
PROGRAMME_MAILBOX_KINDS = frozenset({*programme_schema.SCHEMAS, "receipt"})


# -- the pipeline ----------------------------------------------------------------------------

class Inbox:
    """Applies fetched envelopes for the sync engine (which calls `receive`, `mailbox_created`
    and `retry_held`)."""

    def __init__(self, vault: Vault, jitter: Callable[[], float] = random.random) -> None:
        self.vault = vault
        self.jitter = jitter
        self._opener: tuple[envelope.Opener, bytes] | None = None
        # (highest, missing) per sender after the last batch `receive` committed: the next
        # batch's count starts from it instead of reading the sender's whole history. Valid
        # while nobody else wrote to the vault since (`_stamp`): another process (a command
        # beside `sync --watch`) or another Inbox of this process (a key change accepted
        # replays kept envelopes through its own) may have filled a gap.
        self._counted: dict[str, tuple[int, int]] = {}
        self._counted_stamp: tuple[object, int, int] | None = None

    # -- what the engine calls ---------------------------------------------------------------
    def prepare(self, items: list[RelayMessage]) -> list[Unsealed]:
        """Open a batch's envelopes (pure cryptography, no vault state beyond our own keys):
        the engine calls this on a read-ahead thread while the batch before is applied."""
        if self._opener is None:
            with self.vault.mutex:
                self._keys(Repos.over(self.vault.db))
        assert self._opener is not None
        opener = self._opener[0]
        return [_unseal(opener, item.body) for item in items]

    def receive(self, mailbox: Mailbox, items: list[RelayMessage], report: SyncReport,
                prepared: Sequence[object] | None = None) -> list[str]:
        """Apply fetched envelopes in one transaction; return the relay ids to acknowledge
        (every one whose outcome is final or kept in the vault). `prepared` is what `prepare`
        opened of these very items, in order, if it ran."""
        opened = prepared if isinstance(prepared, list) and len(prepared) == len(items) \
            else None
        with self.vault.mutex:
            try:
                return self._receive(mailbox, items, report, isolate=False, prepared=opened)
            except Exception:  # an unexpected error: do it again, envelope by envelope
                log.sync.exception("an envelope failed to apply; isolating it")
                return self._receive(mailbox, items, report, isolate=True, prepared=opened)

    def retry_held(self, report: SyncReport, contact_id: str | None = None) -> int:
        """Apply kept envelopes again (after an upgrade, a new contact, an accepted key
        change); returns how many left the hold."""
        with self.vault.mutex, self.vault.db.transaction():
            repos = Repos.over(self.vault.db)
            if ask_after_restore(repos, now_ms()):  # a restored vault asks what it lacks
                self.vault.outbox_event.set()
            released = self.replay(repos, report, contact_id)
            if contact_id is None:
                self._programme_housekeeping(repos)
            return released

    def _programme_housekeeping(self, repos: Repos) -> None:
        for step in (programme.housekeeping, programme_selfservice.housekeeping):
            try:
                with self.vault.db.transaction():  # a savepoint: a failure here stops nothing
                    if step(repos, now_ms()):
                        self.vault.outbox_event.set()
            except Exception:
                log.sync.exception("programme housekeeping failed; it runs again at the next "
                                   "sync")

    def replay(self, repos: Repos, report: SyncReport, contact_id: str | None = None) -> int:
        """`retry_held` inside the caller's transaction."""
        self._counted.clear()  # what it applies is not counted (nor committed yet)
        released = 0
        for held in repos.held.select(contact_id=contact_id):
            mailbox = repos.mailboxes.get(held.mailbox_id) if held.mailbox_id else None
            if mailbox is None:
                continue
            ctx = self._context(repos, mailbox, report, now_ms())
            ctx.replaying = True
            try:
                with self.vault.db.transaction():  # a savepoint: one failure stays alone
                    outcome = self._one(ctx, held.body)
                    ctx.flush()
            except Exception:
                log.sync.exception("a kept envelope still cannot be applied")
                outcome = Outcome.HELD
            if outcome is Outcome.HELD:
                repos.held.tried(held.id)
                continue
            repos.held.remove(held.id)
            released += 1
            self._finish_batch(ctx)
        return released

    def admission_for(self, relay_url: str) -> str | None:
        """The configured relay's admission code, else a programme's token for its relay."""
        with self.vault.mutex:
            repos = Repos.over(self.vault.db)
            return admission_for(repos, relay_url) or repos.programmes.admission_for(relay_url)

    def wanted_mailboxes(self) -> list[tuple[str, str, str | None]]:
        """Mailboxes the domain needs that belong to no contact yet (a participant's routes
        for future introductions): (key, relay, admission code)."""
        with self.vault.mutex:
            return [(w.key, w.relay_url, w.admission)
                    for w in programme.wanted_mailboxes(Repos.over(self.vault.db))]

    def mailbox_made(self, key: str, relay_url: str, receive_id: str, send_id: str,
                     auth_seed: bytes) -> None:
        """A mailbox `wanted_mailboxes` asked for exists on the relay: record it."""
        with self.vault.mutex, self.vault.db.transaction():
            programme.route_made(Repos.over(self.vault.db), key, relay_url, receive_id,
                                 send_id, auth_seed, now_ms())
        self.vault.outbox_event.set()

    def mailbox_created(self, contact_id: str, relay_url: str, receive_id: str, send_id: str,
                        auth_seed: bytes) -> None:
        """Our mailbox for a new contact exists on the relay: record it and tell them (welcome)."""
        now = now_ms()
        with self.vault.mutex, self.vault.db.transaction():
            repos = Repos.over(self.vault.db)
            contact = repos.contacts.get(contact_id)
            if contact is not None and contact.kind == "programme" \
                    and programme.member_mailbox_made(repos, contact, relay_url, receive_id,
                                                      send_id, auth_seed, now):
                return  # a member's Mc: the programme's welcome went with it
            repos.mailboxes.add(relay_url=relay_url, receive_id=receive_id, send_id=send_id,
                                auth_seed=auth_seed, purpose="contact", contact_id=contact_id,
                                created_at=now)
            if contact is None:
                return
            body = profile_body(repos, contact) or {}
            body.update({"relay": relay_url, "send_id": send_id})
            queue_control(repos, contact, "welcome", body, now)
            send_card_if_new(repos, contact, now)
        log.sync.info("mailbox created for a new contact; welcome queued")

    # -- internals ---------------------------------------------------------------------------
    def _context(self, repos: Repos, mailbox: Mailbox, report: SyncReport, now: int) -> Context:
        opener, my_signing_key = self._keys(repos)
        return Context(repos, mailbox, report, opener, my_signing_key, now)

    def _stamp(self, repos: Repos) -> tuple[object, int, int]:
        """What changes when anyone but this Inbox stores what it receives: the connection (a
        vault suspended by `sync --watch` is reopened after other processes used it), other
        connections' commits (`data_version`), and the batches other Inboxes applied here."""
        return self.vault.db, repos.received.data_version(), _INBOX_COMMITS.get(self.vault, 0)

    def _keys(self, repos: Repos) -> tuple[envelope.Opener, bytes]:
        if self._opener is None:  # the identity never changes while a vault is open
            me = repos.identity.get()
            self._opener = (envelope.Opener(me.box), me.public.signing_key)
        return self._opener

    def _unseal_all(self, repos: Repos, items: list[RelayMessage]) -> list[Unsealed]:
        """Open a whole batch before the transaction starts (pure cryptography)."""
        opener, _ = self._keys(repos)
        return [_unseal(opener, item.body) for item in items]

    def _receive(self, mailbox: Mailbox, items: list[RelayMessage], report: SyncReport,
                 isolate: bool, prepared: list[Unsealed] | None = None) -> list[str]:
        ack: list[str] = []
        scratch = SyncReport()  # merged into `report` only once the transaction committed
        repos = Repos.over(self.vault.db)
        unsealed = prepared if prepared is not None else self._unseal_all(repos, items)
        if self._counted and self._stamp(repos) != self._counted_stamp:
            self._counted.clear()  # someone else wrote meanwhile: count afresh
        with self.vault.db.transaction():
            # The mailbox row is read again for every batch: an earlier batch may have bound it
            # to a contact (a hello), and refusing on stale state would lose messages.
            current = repos.mailboxes.get(mailbox.id)
            if current is None or current.deleted_at is not None:
                return []
            ctx = self._context(repos, current, scratch, now_ms())
            for item, opened in zip(items, unsealed, strict=True):
                if isolate:
                    self._isolated(ctx, item.body, opened)
                else:
                    self._one(ctx, item.body, opened)
                ack.append(item.message_id)  # final, or kept in the vault
            self._finish_batch(ctx)
            faults.reached("pull.applied")
        report.merge(scratch)
        self._counted.update(ctx.counted)  # committed
        _INBOX_COMMITS[self.vault] = _INBOX_COMMITS.get(self.vault, 0) + 1
        self._counted_stamp = self._stamp(repos)
        if ctx.receipts:
            self.vault.outbox_event.set()
        return ack

    def _isolated(self, ctx: Context, blob: bytes, unsealed: Unsealed) -> Outcome:
        try:
            with self.vault.db.transaction():  # nested: a savepoint for this envelope alone
                outcome = self._one(ctx, blob, unsealed)
                ctx.flush()
                return outcome
        except Exception:
            log.sync.exception("an envelope could not be applied; it is kept in the vault")
            self._counted.clear()  # the batch's counts may include what was rolled back
            ctx.state_changed()
            return self._hold(ctx, blob, "error", None)

    def _one(self, ctx: Context, blob: bytes, unsealed: Unsealed | None = None) -> Outcome:
        """Open (unless `unsealed` is given), check and apply one envelope; never raises for
        anything a peer can send."""
        try:
            outcome = self._apply(ctx, blob, unsealed)
        except Hold as hold:
            if ctx.replaying:
                return Outcome.HELD  # still held: the row stays as it is
            return self._hold(ctx, blob, hold.reason, hold.contact_id)
        except Reject as reject:
            ctx.report.rejected[reject.reason] += 1
            log.sync.warning("rejected an envelope: %s", reject.reason)
            return Outcome.REJECTED
        if outcome is Outcome.DUPLICATE:
            ctx.report.duplicates += 1
        elif outcome is Outcome.CONTROL:
            ctx.report.controls += 1
            ctx.state_changed()
        return outcome

    def _hold(self, ctx: Context, blob: bytes, reason: str, contact_id: str | None) -> Outcome:
        repos = ctx.repos
        # Two budgets, so that strangers (anyone who knows a send id, the relay included) can
        # never crowd out what a known contact sent.
        if contact_id is None:
            full = repos.held.count_for_mailbox(ctx.mailbox.id, strangers=True) >= \
                HELD_STRANGERS_PER_MAILBOX
        else:
            full = repos.held.count(contact_id=contact_id) >= HELD_PER_CONTACT
        if full:
            ctx.report.rejected["too many kept"] += 1
            log.sync.warning("refused an envelope: too many kept")
            return Outcome.REJECTED
        repos.held.add(mailbox_id=ctx.mailbox.id, contact_id=contact_id, reason=reason,
                       body=bytes(blob), at=ctx.now)
        ctx.report.held_incoming += 1
        log.sync.info("kept an envelope in the vault: %s", reason)
        return Outcome.HELD

    def _apply(self, ctx: Context, blob: bytes, unsealed: Unsealed | None) -> Outcome:
        repos = ctx.repos
        opened = unsealed if unsealed is not None else _unseal(ctx.opener, blob)
        if isinstance(opened, (envelope.UnknownKind, envelope.UnsupportedVersion)):
            # A later app may understand it: keep it if it comes from someone we know.
            if opened.sender_signing_key is None:
                raise Hold(opened.reason)  # a blob format from the future
            known = ctx.contact(opened.sender_signing_key)
            if known is None or known.state == "blocked":
                raise Reject(opened.reason)
            raise Hold(opened.reason, known.id)
        if isinstance(opened, envelope.EnvelopeError):
            raise Reject(opened.reason)
        content = opened.content
        sender = ctx.contact(opened.sender_signing_key)
        if content.kind == "hello":
            return self._hello(ctx, opened, sender)
        use = ctx.mailbox.programme_use
        if content.kind == programme_schema.KIND_JOIN or use == "join":
            return programme_inbox.apply_join(ctx, opened, sender)  # Mj takes joins alone
        if use in ("programme", "member"):
            if content.kind not in PROGRAMME_MAILBOX_KINDS:
                raise Reject("not a programme kind")
            if sender is None or ctx.mailbox.contact_id != sender.id:  # a stranger in Mp/Mc
                raise Reject("not the coordinator" if use == "programme"
                             else "not a participant")
        if sender is not None and sender.kind == "programme" \
                and content.kind not in PROGRAMME_MAILBOX_KINDS:
            raise Reject("not a programme kind")
        if sender is None:
            pending = repos.contacts.by_pending_signing_key(opened.sender_signing_key)
            if pending is not None:  # signed by a new key the person has not accepted yet
                raise Hold("key change", pending.id)
            raise Hold("unknown sender")
        if sender.state == "blocked":
            raise Reject("blocked sender")
        if ctx.mailbox.contact_id != sender.id:
            raise Hold("wrong mailbox", sender.id)
        if content.conversation_id != ctx.conversation(sender) and content.conversation_id != \
                conversation_id_for(ctx.my_signing_key, sender.signing_key):
            raise Reject("wrong conversation")
        # A message numbered above every one received from its sender cannot have been seen
        # before: the common case skips the duplicate lookup.
        in_order = content.seq > 0 and content.seq > ctx.highest_seq(sender.id)
        if not in_order and repos.received.seen(sender.id, content.message_id):
            return Outcome.DUPLICATE
        ctx.senders.add(sender.id)
        if content.kind not in HANDLERS:  # parsed by a newer schema table than handlers
            raise Hold("unknown kind", sender.id)
        if content.kind != "text":
            ctx.flush()  # whatever the handler does to stored messages, it finds them indexed
        outcome = HANDLERS[content.kind](ctx, sender, content)
        if outcome is Outcome.CONTROL and sender.id not in ctx.erased:
            repos.received.add(content.message_id, sender.id, 0, ctx.now)
        return outcome

    def _hello(self, ctx: Context, opened: envelope.Opened, sender: Contact | None) -> Outcome:
        repos, body, mailbox = ctx.repos, opened.content.body, ctx.mailbox
        invite = repos.invites.by_mailbox(mailbox.id) if mailbox.purpose == "invite" else None
        if invite is None or invite.id != body["invite"]:
            raise Reject("hello without an invite")
        if not hmac.compare_digest(invite.secret.hex(), body["secret"]):
            raise Reject("wrong invite secret")
        if invite.used_at is not None:
            if sender is not None and sender.id == invite.used_by:
                return Outcome.DUPLICATE
            raise Reject("invite already used")
        if invite.expires_at < ctx.now:
            raise Reject("invite expired")
        if sender is not None:
            raise Reject("already a contact")
        if body["relay"] != mailbox.relay_url:
            raise Reject("wrong relay")  # the invitee's mailbox is on the invite's relay
        try:
            box_key = check_box_key(bytes.fromhex(body["box"]))
            check_signing_key(opened.sender_signing_key)
        except BadPublicKey:
            raise Reject("bad key") from None
        conv_id = conversation_id_for(ctx.my_signing_key, opened.sender_signing_key)
        if opened.content.conversation_id != conv_id:
            raise Reject("wrong conversation")
        contact = Contact(id=secrets.token_hex(8), display_name=body["name"][:80],
                          role=body["role"], signing_key=opened.sender_signing_key,
                          box_key=box_key, relay_url=body["relay"], send_id=body["send_id"],
                          state="active", profile={"headline": body["headline"]},
                          created_at=ctx.now, last_seen_at=ctx.now,
                          capabilities=frozenset(body.get("caps", ())))
        repos.contacts.add(contact)
        repos.conversations.direct_with(contact.id, ctx.now, conv_id)
        repos.invites.mark_used(invite.id, contact.id, ctx.now)
        repos.mailboxes.link_contact(mailbox.id, contact.id)
        repos.received.add(opened.content.message_id, contact.id, 0, ctx.now)
        ctx.report.controls += 1
        ctx.report.new_contacts.append(contact.display_name)
        ctx.report.changed_conversations.add(conv_id)
        ctx.state_changed()
        # Envelopes from this person that overtook the hello were kept: apply them now.
        self._replay_unknown_senders(ctx)
        log.sync.info("an invite was accepted; new contact added")
        return Outcome.CONTROL

    def _replay_unknown_senders(self, ctx: Context) -> None:
        held = ctx.repos.held.select(reasons=("unknown sender", "wrong mailbox"))
        for row in held:
            if row.mailbox_id != ctx.mailbox.id:
                continue
            ctx.repos.held.remove(row.id)
            if self._one(ctx, row.body) is Outcome.HELD:
                continue  # kept again (a new row with the same bytes)

    def _finish_batch(self, ctx: Context) -> None:
        ctx.flush()
        repos, now = ctx.repos, ctx.now
        for conv_id, (latest, unread) in ctx.conversations.items():
            repos.conversations.note_message(conv_id, latest, unread)
        ctx.conversations.clear()
        for sender_id in ctx.senders:  # once per batch, not per envelope
            repos.contacts.touch(sender_id, now)
            if ctx.mailbox.purpose == "contact":
                # the contact writes to its own mailbox: retire the invite mailbox
                for other in repos.mailboxes.of_contact(sender_id):
                    if other.purpose == "invite":
                        repos.mailboxes.retire(other.id, now)
        low, high = RECEIPT_DELAY_MS
        for contact_id, ids in ctx.receipts.items():
            contact = repos.contacts.get(contact_id)
            if contact is not None and contact.state == "active":
                delay = int(low + (high - low) * self.jitter())
                queue_receipts(repos, contact, "receipt", ids, now, not_before=now + delay)
            ctx.report.missing[contact_id] = self._missing(ctx, contact_id)
        ctx.receipts = {}
        ctx.senders = set()
        if ctx.replay_mailboxes and not ctx.replaying:
            self._replay_bound(ctx)
        if ctx.shared_applied and not ctx.replaying:
            self._release_waiting(ctx)

    def _replay_bound(self, ctx: Context) -> None:
        """Envelopes kept from a stranger in a mailbox now bound to a contact (a route an
        introduction gave the peer): apply them now."""
        mailboxes, ctx.replay_mailboxes = ctx.replay_mailboxes, set()
        ctx.counted.clear()  # what the kept envelopes add is not in this batch's counts
        self._counted.clear()  # nor in what earlier batches counted
        for row in ctx.repos.held.select(reasons=("unknown sender", "before the welcome")):
            if row.mailbox_id not in mailboxes:
                continue
            mailbox = ctx.repos.mailboxes.get(row.mailbox_id)
            if mailbox is None:
                continue
            sub = self._context(ctx.repos, mailbox, ctx.report, ctx.now)
            try:
                with self.vault.db.transaction():  # a savepoint: the row stays on failure
                    ctx.repos.held.remove(row.id)
                    self._one(sub, row.body)
                    sub.flush()
            except Exception:
                log.sync.exception("a kept envelope could not be applied")
                continue
            self._finish_batch(sub)

    def _missing(self, ctx: Context, contact_id: str) -> int:
        """How many of the contact's sequence numbers below its highest have not arrived: the
        count after the last committed batch plus the gaps this batch opened, when this batch
        started where that one ended and nothing arrived below the highest (the common case);
        otherwise counted in the vault, which reads the contact's whole history."""
        before = self._counted.get(contact_id)
        if (before is not None and contact_id not in ctx.arrived_below
                and before[0] == ctx.first_highest.get(contact_id)):
            missing = before[1] + ctx.gaps_opened[contact_id]
        else:
            missing = ctx.repos.received.missing_count(contact_id)
        ctx.counted[contact_id] = (ctx.highest_seq(contact_id), missing)
        return missing

    def _release_waiting(self, ctx: Context) -> None:
        """Shared updates that waited for earlier ones: apply those that now can, until none
        moves (each round releases at least one, or stops)."""
        contacts, ctx.shared_applied = ctx.shared_applied, set()
        for contact_id in contacts:
            for _round in range(MAX_RELEASE_ROUNDS):  # bounded: a reversed chain waits longer
                waiting = ctx.repos.held.select(contact_id=contact_id, reasons=(WAITING,))
                released = 0
                for held in waiting:
                    sub = self._context(ctx.repos, ctx.mailbox, ctx.report, ctx.now)
                    sub.replaying = True
                    try:
                        with self.vault.db.transaction():
                            outcome = self._one(sub, held.body)
                            sub.flush()
                    except Exception:
                        log.sync.exception("a waiting shared update still cannot be applied")
                        outcome = Outcome.HELD
                    if outcome is Outcome.HELD:
                        ctx.repos.held.tried(held.id)
                        continue
                    ctx.repos.held.remove(held.id)
                    released += 1
                    self._finish_batch(sub)
                if not released or not waiting:
                    break


def sync_engine(vault: Vault, session: requests.Session | None = None,
                **options: Any) -> SyncEngine:
    """The sync engine for this vault, applying what it fetches through the inbox. Without
    `session`, every mailbox and route gets connections of its own; with one (a test double),
    everything goes through it."""
    if session is None:
        return SyncEngine(vault, inbox=Inbox(vault), **options)
    return SyncEngine(vault, lambda: session, inbox=Inbox(vault), **options)


__all__ = ["CAPS", "HANDLERS", "Hold", "Inbox", "Outcome", "Reject", "sync_engine"]
