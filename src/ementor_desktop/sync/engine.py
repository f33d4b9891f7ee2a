"""The sync engine: deliver the outbox and receive from our mailboxes, as a state machine.

States (docs/protocol.md Part 2, "Sync"):

    IDLE ──work──▶ PROVISIONING ─▶ PUSHING ─▶ PULLING ─▶ PROVISIONING ─▶ PUSHING ─▶ IDLE
                        │              │          │
                        └──────────────┴──────────┴──▶ OFFLINE | RATE_LIMITED | RELAY_ERROR
    (watch mode) IDLE ─▶ WAITING (long-poll every mailbox) ─▶ PULLING … ; errors back off, retry

Rules that keep every message exactly once:
- push: an outbox row is sealed once (the sealed blob is stored) and deposited with its own
  idempotency key; it leaves the outbox only after the relay acknowledged it. A crash anywhere
  means a retry of the same bytes under the same key, which the relay treats as a duplicate.
- pull: each envelope is opened, verified and stored in one transaction (a savepoint each); the
  relay is told to delete envelopes only after that commit. A crash before the ack means the same
  envelopes again, which are recognised by message id and acknowledged without being stored twice.
- nothing from the network is trusted: any envelope that fails a check is counted by reason,
  logged without content, and acknowledged so it cannot block the mailbox; envelopes signed by a
  contact's not-yet-accepted new key are left on the relay until the person decides.

The engine holds `vault.mutex` only around database work, never while waiting on the network.
"""

from __future__ import annotations

import contextlib
import hmac
import queue
import random
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

import requests
from nacl.signing import SigningKey

from ementor_desktop import log
from ementor_desktop.crypto import envelope
from ementor_desktop.domain.contacts import conversation_id_for
from ementor_desktop.domain.messaging import direct_conversation, queue_control, queue_receipts
from ementor_desktop.domain.models import Contact, Message, MessageState, OutboxItem
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.mailboxes import Mailbox
from ementor_desktop.store.vault import Vault, now_ms
from ementor_desktop.sync import faults
from ementor_desktop.sync.relay_client import (
    RelayClient,
    RelayError,
    RelayMessage,
    RelayNotFound,
    RelayRateLimited,
    RelayRejected,
    RelayServerError,
    RelayUnauthorized,
)

MAX_BACKOFF_S = 300.0
NOT_FOUND_BACKOFF_S = 3600.0
LONG_POLL_S = 25.0
FETCH_LIMIT = 100
# A relay that keeps producing envelopes (junk or not) cannot keep us pulling one mailbox forever:
# after this many batches in a round we move on; the rest comes in the next round.
MAX_BATCHES_PER_ROUND = 50


class SyncState(StrEnum):
    IDLE = "idle"
    PROVISIONING = "provisioning"
    PUSHING = "pushing"
    PULLING = "pulling"
    WAITING = "waiting"
    OFFLINE = "offline"
    RATE_LIMITED = "rate_limited"
    RELAY_ERROR = "relay_error"
    STOPPED = "stopped"


@dataclass
class SyncReport:
    pushed: int = 0
    received: int = 0  # conversation messages stored
    controls: int = 0  # receipts, profile updates, hellos, welcomes applied
    duplicates: int = 0
    missing: dict[str, int] = field(default_factory=dict)  # contact id -> messages missing
    rejected: Counter[str] = field(default_factory=Counter)
    held_incoming: int = 0  # left on the relay: signed by a key change not yet accepted
    waiting: list[str] = field(default_factory=list)  # outgoing held back, one line per reason
    pending: int = 0  # outgoing not yet accepted by the relay
    errors: list[str] = field(default_factory=list)
    state: SyncState = SyncState.IDLE
    changed_conversations: set[str] = field(default_factory=set)
    new_contacts: list[str] = field(default_factory=list)

    @property
    def gaps(self) -> int:
        """Messages known to be missing (sequence numbers not yet received), all contacts."""
        return sum(self.missing.values())

    @property
    def complete(self) -> bool:
        """Everything pushed and pulled: no relay problem and nothing left in the outbox."""
        return not self.errors and self.pending == 0 and not self.waiting

    def merge(self, other: SyncReport) -> None:
        self.missing.update(other.missing)
        for name in ("pushed", "received", "controls", "duplicates", "held_incoming"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.rejected.update(other.rejected)
        self.errors.extend(other.errors)
        self.changed_conversations |= other.changed_conversations
        self.new_contacts.extend(other.new_contacts)

    def problem(self) -> str:
        """One line saying why the sync is not complete ("" when it is)."""
        if self.errors:
            return self.errors[0]
        if self.waiting:
            return self.waiting[0]
        if self.pending:
            return f"{self.pending} outgoing envelope(s) are still queued."
        return ""


@dataclass(frozen=True)
class SyncEvent:
    state: SyncState
    detail: str = ""
    report: SyncReport | None = None


class _RelayDown(Exception):
    """Stop talking to this relay for the rest of the round."""


Outcome = str  # 'stored' | 'control' | 'duplicate' | 'rejected' | 'held'


class SyncEngine:
    def __init__(self, vault: Vault, session: requests.Session, *,
                 clock: Callable[[], float] = time.time,
                 jitter: Callable[[], float] = random.random,
                 long_poll: float = LONG_POLL_S, timeout: float = 10.0) -> None:
        self.vault = vault
        self.session = session
        self.clock = clock
        self.jitter = jitter
        self.long_poll = long_poll
        self.timeout = timeout
        self._clients: dict[str, RelayClient] = {}
        self._poll_clients: dict[int, RelayClient] = {}
        self.state = SyncState.IDLE
        self._on_event: Callable[[SyncEvent], None] | None = None

    # -- public ------------------------------------------------------------------------------
    def sync_once(self, force: bool = True) -> SyncReport:
        """One full round: provision, push, pull until empty, provision, push. `force` ignores
        retry back-off (a person asked for it)."""
        report = SyncReport()
        self._provision(report)
        self._push(report, force)
        for mailbox in self._mailboxes():
            self._pull(mailbox, report)
        self._provision(report)
        self._push(report, force)
        self._finish(report)
        return report

    def run(self, stop: threading.Event, on_event: Callable[[SyncEvent], None],
            between_rounds: Callable[[], None] | None = None,
            before_round: Callable[[], None] | None = None,
            outside_wakeup: Callable[[], bool] | None = None) -> None:
        """Watch mode: push as soon as something is queued, long-poll every mailbox, back off
        on errors. Returns when `stop` is set.

        `before_round`/`between_rounds` let the CLI release the vault while waiting (so other
        commands can use it); `outside_wakeup` reports work queued by another process.
        """
        self._on_event = on_event
        results: queue.Queue[tuple[int, list[RelayMessage] | Exception]] = queue.Queue()
        # One daemon thread per long-poll: network only, no vault. Daemon, so that stopping
        # never waits for a poll that may hang up to its 25 s timeout.
        pollers: dict[int, threading.Thread] = {}
        retry_at = 0.0
        try:
            while not stop.is_set():
                if before_round:
                    before_round()
                report = SyncReport()
                self.vault.outbox_event.clear()
                self._provision(report)
                self._push(report, force=False)
                while True:  # process whatever the long-polls brought back
                    try:
                        mailbox_id, got = results.get_nowait()
                    except queue.Empty:
                        break
                    pollers.pop(mailbox_id, None)
                    mailbox = self._mailbox(mailbox_id)
                    if isinstance(got, Exception):
                        self._note_error(got, report)
                        retry_at = self.clock() + self._backoff_s(1)
                    elif mailbox is not None:
                        with contextlib.suppress(_RelayDown):
                            self._handle_batch(mailbox, got, report)
                        self._pull(mailbox, report)  # drain what else is waiting
                if report.received or report.controls:
                    self._provision(report)
                    self._push(report, force=False)
                self._finish(report)
                mailboxes = self._mailboxes()
                next_due = self._next_due_s()
                if between_rounds:
                    between_rounds()  # from here until the next round: no database access
                now = self.clock()
                if now >= retry_at:
                    for mailbox in mailboxes:
                        if mailbox.id not in pollers:
                            thread = threading.Thread(
                                target=self._poll, args=(mailbox, results, stop), daemon=True,
                                name="ementor-long-poll")
                            pollers[mailbox.id] = thread
                            thread.start()
                if not report.errors:
                    self._set(SyncState.WAITING, "")
                self._wait(stop, results, outside_wakeup, retry_at, next_due)
        finally:
            stop.set()
            self.vault.outbox_event.set()
            self._set(SyncState.STOPPED, "")
            self._on_event = None

    # -- provisioning: mailboxes for new contacts, deleting retired ones ----------------------
    def _provision(self, report: SyncReport) -> None:
        now = now_ms()
        with self.vault.mutex:
            repos = Repos.over(self.vault.db)
            needing = [c for c in repos.contacts.list()
                       if c.state == "active" and repos.mailboxes.for_contact(c.id) is None]
            retiring = repos.mailboxes.due_for_deletion(now)
            invite_relays = {c.id: self._invite_relay(repos, c) for c in needing}
        if not needing and not retiring:
            return
        self._set(SyncState.PROVISIONING, "")
        for contact in needing:
            relay_url = invite_relays[contact.id] or contact.relay_url
            if not relay_url:
                continue
            try:
                auth = SigningKey.generate()
                ids = self._client(relay_url).create_mailbox(auth)
            except RelayError as err:
                self._note_error(err, report)
                continue
            with self.vault.mutex, self.vault.db.transaction():
                repos = Repos.over(self.vault.db)
                profile = repos.profile.get()
                repos.mailboxes.add(relay_url=relay_url, receive_id=ids.receive_id,
                                    send_id=ids.send_id, auth_seed=bytes(auth),
                                    purpose="contact", contact_id=contact.id, created_at=now)
                queue_control(repos, contact, "welcome", {
                    "name": profile.display_name if profile else "",
                    "role": profile.role.value if profile else "mentor",
                    "headline": profile.headline if profile else "",
                    "relay": relay_url, "send_id": ids.send_id}, now)
            log.sync.info("mailbox created for a new contact; welcome queued")
        for mailbox in retiring:
            self._retire(mailbox, report)

    def _invite_relay(self, repos: Repos, contact: Contact) -> str | None:
        for mailbox in repos.mailboxes.active():
            if mailbox.contact_id == contact.id and mailbox.purpose == "invite":
                return mailbox.relay_url
        return None

    def _retire(self, mailbox: Mailbox, report: SyncReport) -> None:
        """Drain a mailbox one last time, then delete it on the relay."""
        try:
            self._pull(mailbox, report, raise_down=True)
            self._client(mailbox.relay_url).delete_mailbox(
                mailbox.receive_id, SigningKey(mailbox.auth_seed))
        except (RelayUnauthorized, RelayNotFound):
            pass  # already gone on the relay (swept or deleted)
        except RelayError as err:
            self._note_error(err, report)
            return
        except _RelayDown:
            return
        with self.vault.mutex:
            Repos.over(self.vault.db).mailboxes.mark_deleted(mailbox.id, now_ms())
        log.sync.info("retired a mailbox")

    # -- push --------------------------------------------------------------------------------
    def _push(self, report: SyncReport, force: bool) -> None:
        down: set[str] = set()
        blocked_contacts: set[str] = set()
        after_id = 0
        while True:  # page through the whole outbox, oldest first
            with self.vault.mutex:
                repos = Repos.over(self.vault.db)
                items = repos.outbox.due(2**62 if force else now_ms(), after_id)
                contacts = {c.id: c for c in repos.contacts.list()}
            if not items:
                return
            after_id = items[-1].id
            self._set(SyncState.PUSHING, "")
            self._push_page(items, contacts, down, blocked_contacts, report)

    def _push_page(self, items: list[OutboxItem], contacts: dict[str, Contact], down: set[str],
                   blocked_contacts: set[str], report: SyncReport) -> None:
        for item in items:
            contact = contacts.get(item.contact_id)
            if contact is None or item.contact_id in blocked_contacts:
                continue
            if contact.key_change_pending:
                blocked_contacts.add(contact.id)
                report.waiting.append(
                    f"{contact.display_name}'s safety number changed: messages wait until you "
                    f"verify it (ementor verify) or accept the change.")
                continue
            if not contact.relay_url or not contact.send_id or contact.relay_url in down:
                continue
            sealed = item.sealed or self._seal(item.id, item.payload, contact)
            faults.reached("push.sealed")
            try:
                receipt = self._client(contact.relay_url).deposit(
                    contact.send_id, sealed, item.idempotency_key)
            except RelayNotFound as err:
                blocked_contacts.add(contact.id)
                what = ("The invite was already used or has expired; ask for a new one."
                        if item.kind == "hello" else
                        f"The relay no longer knows {contact.display_name}'s mailbox.")
                self._failed(item.id, what, NOT_FOUND_BACKOFF_S, report, err)
                continue
            except RelayRejected as err:
                self._give_up(item.id, item.message_id, str(err), report)
                continue
            except RelayError as err:
                down.add(contact.relay_url)
                retry = err.retry_after if isinstance(err, RelayRateLimited) else None
                self._failed(item.id, str(err), retry, report, err, attempts=item.attempts)
                continue
            faults.reached("push.deposited")
            with self.vault.mutex, self.vault.db.transaction():
                repos = Repos.over(self.vault.db)
                repos.outbox.remove(item.id)
                if item.message_id:
                    repos.messages.set_state(item.message_id, MessageState.ON_RELAY, now_ms())
                    message = repos.messages.get(item.message_id)
                    if message is not None:
                        report.changed_conversations.add(message.conversation_id)
            report.pushed += 1
            log.sync.debug("deposited (duplicate=%s)", receipt.duplicate)

    def _seal(self, item_id: int, payload: bytes, contact: Contact) -> bytes:
        with self.vault.mutex:
            repos = Repos.over(self.vault.db)
            me = repos.identity.get()
            sealed = envelope.seal(payload, me.signing, contact.box_key)
            repos.outbox.set_sealed(item_id, sealed)
        return sealed

    def _failed(self, item_id: int, message: str, retry_after: float | None,
                report: SyncReport, err: RelayError, attempts: int = 0) -> None:
        delay = retry_after if retry_after is not None else self._backoff_s(attempts + 1)
        with self.vault.mutex:
            Repos.over(self.vault.db).outbox.record_failure(
                item_id, message, now_ms() + int(delay * 1000))
        self._note_error(err, report, message)

    def _give_up(self, item_id: int, message_id: str | None, why: str,
                 report: SyncReport) -> None:
        with self.vault.mutex, self.vault.db.transaction():
            repos = Repos.over(self.vault.db)
            repos.outbox.remove(item_id)
            if message_id:
                repos.messages.set_state(message_id, MessageState.FAILED, now_ms())
        report.errors.append(f"A message could not be sent and was marked failed: {why}")
        log.sync.warning("relay refused an envelope for good")

    def _backoff_s(self, attempts: int) -> float:
        base = min(MAX_BACKOFF_S, float(2 ** min(attempts, 16)))
        return base * (0.5 + self.jitter())

    # -- pull --------------------------------------------------------------------------------
    def _pull(self, mailbox: Mailbox, report: SyncReport, raise_down: bool = False) -> None:
        self._set(SyncState.PULLING, "")
        client = self._client(mailbox.relay_url)
        key = SigningKey(mailbox.auth_seed)
        for _ in range(MAX_BATCHES_PER_ROUND):
            try:
                batch = client.fetch(mailbox.receive_id, key, wait=0, limit=FETCH_LIMIT)
            except RelayError as err:
                self._note_error(err, report)
                if raise_down:
                    raise _RelayDown() from err
                return
            if not batch:
                return
            try:
                acked = self._handle_batch(mailbox, batch, report)
            except _RelayDown:
                if raise_down:
                    raise
                return
            if not acked:
                return  # everything left is held: do not spin

    def _handle_batch(self, mailbox: Mailbox, batch: list[RelayMessage],
                      report: SyncReport) -> int:
        """Process a fetched batch in one transaction, then acknowledge it. Returns the number
        of envelopes acknowledged."""
        ack: list[str] = []
        with self.vault.mutex:
            repos = Repos.over(self.vault.db)
            now = now_ms()
            with self.vault.db.transaction():
                me = repos.identity.get()
                state = _Batch(envelope.Opener(me.box), me.public.signing_key, now)
                current = mailbox
                for item in batch:
                    # No savepoint per envelope: a refused envelope writes nothing, and any
                    # unexpected error rolls back the whole batch, which is then not acked.
                    outcome = self._process(repos, state, current, item, report)
                    if outcome != "held":
                        ack.append(item.message_id)
                    if outcome == "control":
                        state.forget()  # contacts or routes may have changed
                        if current.contact_id is None:  # a `hello` may have linked it
                            current = repos.mailboxes.get(mailbox.id) or mailbox
                for conv_id, (latest, unread) in state.conversations.items():
                    repos.conversations.note_message(conv_id, latest, unread)
                receipts, senders = state.receipts, state.senders
                for sender_id in senders:  # once per batch, not per envelope
                    repos.contacts.touch(sender_id, now)
                    if mailbox.purpose == "contact":
                        # the contact writes to its own mailbox: retire the invite mailbox
                        for other in repos.mailboxes.active():
                            if other.purpose == "invite" and other.contact_id == sender_id:
                                repos.mailboxes.retire(other.id, now)
                for contact_id, ids in receipts.items():
                    contact = repos.contacts.get(contact_id)
                    if contact is not None:
                        queue_receipts(repos, contact, "receipt", ids, now)
                    report.missing[contact_id] = repos.received.missing_count(contact_id)
                faults.reached("pull.applied")
        faults.reached("pull.committed")
        if receipts:
            self.vault.outbox_event.set()
        if ack:
            try:
                self._client(mailbox.relay_url).ack(mailbox.receive_id,
                                                    SigningKey(mailbox.auth_seed), ack)
            except RelayError as err:  # harmless: they come back and are recognised
                self._note_error(err, report)
                raise _RelayDown() from err
        return len(ack)

    def _process(self, repos: Repos, batch: _Batch, mailbox: Mailbox, item: RelayMessage,
                 report: SyncReport) -> Outcome:
        def reject(reason: str) -> Outcome:
            report.rejected[reason] += 1
            log.sync.warning("rejected an envelope: %s", reason)
            return "rejected"

        now, my_signing_key = batch.now, batch.my_signing_key
        try:
            opened = batch.opener.open(item.body)
        except envelope.EnvelopeError as err:
            return reject(err.reason)
        content = opened.content
        sender = batch.contact(repos, opened.sender_signing_key)
        # A text whose sequence number is above every one received from its sender cannot have
        # been seen before: the common case skips the duplicate lookup (inserts below still
        # refuse a repeated id).
        highest = batch.highest_seq(repos, sender.id) if sender is not None else 0
        in_order = sender is not None and content.seq > highest
        if not in_order and repos.received.seen(content.message_id):
            report.duplicates += 1
            return "duplicate"
        if content.kind == "hello":
            return self._hello(repos, mailbox, opened, sender, report, now, reject)
        if sender is None:
            owner = repos.contacts.get(mailbox.contact_id) if mailbox.contact_id else None
            if owner is None:
                return reject("unknown sender")
            if content.kind == "rekey" and not owner.key_change_pending:
                repos.contacts.flag_key_change(owner.id, opened.sender_signing_key,
                                               bytes.fromhex(content.body["box"]))
                repos.received.add(content.message_id, owner.id, 0, now)
                report.controls += 1
                report.changed_conversations.add(direct_conversation(repos, owner, now))
                log.sync.warning("a contact's key changed; held until the person accepts")
                return "control"
            pending = repos.contacts.pending_keys(owner.id)
            if pending is not None and pending[0] == opened.sender_signing_key:
                report.held_incoming += 1
                return "held"
            return reject("unknown sender")
        if sender.state == "blocked":
            return reject("blocked sender")
        if mailbox.contact_id != sender.id:
            return reject("wrong mailbox")
        local_conv = batch.conversation(repos, sender)
        if content.conversation_id not in (
                local_conv, conversation_id_for(my_signing_key, sender.signing_key)):
            return reject("wrong conversation")
        if content.seq and not in_order and repos.received.has_seq(sender.id, content.seq):
            return reject("sequence number reused")
        kind = content.kind
        if kind == "text":
            if in_order:
                previous, following = highest, None
            else:
                previous = repos.received.previous_seq(sender.id, content.seq)
                following = repos.received.next_seq(sender.id, content.seq)
            stored = repos.messages.add_if_new(Message(
                id=content.message_id, conversation_id=local_conv, direction="in",
                sender_id=sender.id, body=content.body["text"], sent_at=content.sent_at,
                received_at=now, seq=content.seq, state=MessageState.RECEIVED,
                gap_before=max(content.seq - previous - 1, 0)), note_conversation=False)
            if stored is None:  # the id of a message we already hold (one of ours, say)
                return reject("conflicting message id")
            if not repos.received.add(content.message_id, sender.id, content.seq, now):
                repos.messages.delete(content.message_id)  # id seen on another envelope
                report.duplicates += 1
                return "duplicate"
            batch.seq[sender.id] = max(highest, content.seq)
            batch.senders.add(sender.id)
            batch.note(local_conv, content.sent_at)
            if following is not None:
                repos.messages.set_gap(sender.id, following, following - content.seq - 1)
            report.received += 1
            report.changed_conversations.add(local_conv)
            batch.receipts.setdefault(sender.id, []).append(content.message_id)
            return "stored"
        if not repos.received.add(content.message_id, sender.id, content.seq, now):
            report.duplicates += 1
            return "duplicate"
        batch.senders.add(sender.id)
        report.controls += 1
        if kind in ("receipt", "read"):
            state = MessageState.DELIVERED if kind == "receipt" else MessageState.READ
            for message_id in repos.messages.outgoing_to(content.body["ids"], sender.id):
                repos.messages.set_state(message_id, state, now)
            report.changed_conversations.add(local_conv)
        elif kind == "profile":
            repos.contacts.set_identity(sender.id, content.body["name"][:80],
                                        content.body["role"])
            repos.contacts.set_profile(sender.id, {"headline": content.body["headline"]})
        elif kind == "welcome":
            body = content.body
            repos.contacts.set_route(sender.id, body["relay"], body["send_id"])
            repos.outbox.retry_now(sender.id)  # anything that failed on the old route
            if repos.contacts.activate(sender.id, body["role"]):
                report.new_contacts.append(sender.display_name)
                # Answer over the new route at once: the inviter then knows we switched, drains
                # and deletes the invite mailbox, and anyone reusing the code is told so.
                profile = repos.profile.get()
                if profile is not None:
                    queue_control(repos, repos.contacts.get(sender.id) or sender, "profile", {
                        "name": profile.display_name, "role": profile.role.value,
                        "headline": profile.headline}, now)
            repos.contacts.set_profile(sender.id, {"headline": body["headline"]})
            self.vault.outbox_event.set()  # messages waiting for this address can go now
        return "control"

    def _hello(self, repos: Repos, mailbox: Mailbox, opened: envelope.Opened,
               sender: Contact | None, report: SyncReport, now: int,
               reject: Callable[[str], Outcome]) -> Outcome:
        body = opened.content.body
        invite = repos.invites.by_mailbox(mailbox.id) if mailbox.purpose == "invite" else None
        if invite is None or invite.id != body["invite"]:
            return reject("hello without an invite")
        if not hmac.compare_digest(invite.secret.hex(), body["secret"]):
            return reject("wrong invite secret")
        if invite.used_at is not None:
            if sender is not None and sender.id == invite.used_by:
                report.duplicates += 1
                return "duplicate"
            return reject("invite already used")
        if invite.expires_at < now:
            return reject("invite expired")
        if sender is not None:
            return reject("already a contact")
        me = repos.identity.get().public
        conv_id = conversation_id_for(me.signing_key, opened.sender_signing_key)
        if opened.content.conversation_id != conv_id:
            return reject("wrong conversation")
        contact = Contact(id=secrets.token_hex(8), display_name=body["name"][:80],
                          role=body["role"], signing_key=opened.sender_signing_key,
                          box_key=bytes.fromhex(body["box"]), relay_url=body["relay"],
                          send_id=body["send_id"], state="active",
                          profile={"headline": body["headline"]}, created_at=now,
                          last_seen_at=now)
        repos.contacts.add(contact)
        repos.conversations.direct_with(contact.id, now, conv_id)
        repos.invites.mark_used(invite.id, contact.id, now)
        repos.mailboxes.link_contact(mailbox.id, contact.id)
        repos.received.add(opened.content.message_id, contact.id, 0, now)
        report.controls += 1
        report.new_contacts.append(contact.display_name)
        report.changed_conversations.add(conv_id)
        log.sync.info("an invite was accepted; new contact added")
        return "control"

    # -- watch-mode helpers ------------------------------------------------------------------
    def _poll(self, mailbox: Mailbox,
              results: queue.Queue[tuple[int, list[RelayMessage] | Exception]],
              stop: threading.Event) -> None:
        """Long-poll one mailbox (network only, no vault) and hand the result to the loop."""
        # One client per mailbox, kept between polls: it reuses the challenge the relay hands
        # back after each owner command (one poller per mailbox at a time, so no sharing).
        client = self._poll_clients.get(mailbox.id)
        if client is None:
            client = self._poll_clients[mailbox.id] = RelayClient(
                mailbox.relay_url, self.session, timeout=self.timeout)
        try:
            got: list[RelayMessage] | Exception = client.fetch(
                mailbox.receive_id, SigningKey(mailbox.auth_seed), wait=self.long_poll,
                limit=FETCH_LIMIT)
        except RelayError as err:
            got = err
        except Exception as err:  # never let a poller thread die silently
            log.sync.exception("long-poll failed unexpectedly")
            got = err
        if not stop.is_set():
            results.put((mailbox.id, got))
            self.vault.outbox_event.set()  # wake the loop now, not at its next check

    def _wait(self, stop: threading.Event,
              results: queue.Queue[tuple[int, list[RelayMessage] | Exception]],
              outside_wakeup: Callable[[], bool] | None, retry_at: float,
              next_due: float | None) -> None:
        """Sleep until a long-poll answers, something is queued here or in another process, or
        a retry falls due. Touches no database (the vault may be released meanwhile)."""
        wake = self.vault.outbox_event  # set by send_text & co. and by the long-poll threads
        while not stop.is_set():
            if not results.empty() or wake.is_set():
                return
            if outside_wakeup is not None and outside_wakeup():
                return
            now = self.clock()
            if (retry_at and now >= retry_at) or (next_due is not None and next_due <= now):
                return
            # Event-driven: returns the moment work arrives; the timeout only bounds how late
            # we notice another process's signal file, a due retry, or `stop`.
            wake.wait(0.1)

    def _next_due_s(self) -> float | None:
        with self.vault.mutex:
            due = Repos.over(self.vault.db).outbox.next_due_at()
        return None if due is None else due / 1000

    # -- bookkeeping -------------------------------------------------------------------------
    def _client(self, url: str) -> RelayClient:
        client = self._clients.get(url)
        if client is None:
            client = self._clients[url] = RelayClient(url, self.session, timeout=self.timeout)
        return client

    def _mailboxes(self) -> list[Mailbox]:
        with self.vault.mutex:
            return Repos.over(self.vault.db).mailboxes.active()

    def _mailbox(self, mailbox_id: int) -> Mailbox | None:
        with self.vault.mutex:
            mailbox = Repos.over(self.vault.db).mailboxes.get(mailbox_id)
        return mailbox if mailbox is not None and mailbox.deleted_at is None else None

    def _note_error(self, err: BaseException, report: SyncReport, message: str = "") -> None:
        text = message or str(err)
        if not isinstance(err, RelayNotFound | RelayRejected):
            text += " Queued messages are kept and retried."
        if text not in report.errors:
            report.errors.append(text)
        if isinstance(err, RelayRateLimited):
            self._set(SyncState.RATE_LIMITED, text)
        elif isinstance(err, RelayServerError | RelayRejected | RelayUnauthorized):
            self._set(SyncState.RELAY_ERROR, text)
        elif isinstance(err, RelayNotFound):
            pass  # about one contact or invite, not the relay as a whole
        else:
            self._set(SyncState.OFFLINE, text)
        log.sync.warning("relay problem: %s", type(err).__name__)

    def _finish(self, report: SyncReport) -> None:
        with self.vault.mutex:
            report.pending = Repos.over(self.vault.db).outbox.count_deliverable()
        report.waiting = sorted(set(report.waiting))
        if not report.errors:
            self._set(SyncState.IDLE, "", report)
        report.state = self.state

    def _set(self, state: SyncState, detail: str, report: SyncReport | None = None) -> None:
        self.state = state
        if self._on_event is not None:
            self._on_event(SyncEvent(state, detail, report))


@dataclass
class _Batch:
    """What one fetched batch needs again and again, looked up once."""

    opener: envelope.Opener
    my_signing_key: bytes
    now: int
    receipts: dict[str, list[str]] = field(default_factory=dict)
    senders: set[str] = field(default_factory=set)
    conversations: dict[str, tuple[int, int]] = field(default_factory=dict)
    seq: dict[str, int] = field(default_factory=dict)
    _contacts: dict[bytes, Contact | None] = field(default_factory=dict)
    _conv_ids: dict[str, str] = field(default_factory=dict)

    def contact(self, repos: Repos, signing_key: bytes) -> Contact | None:
        if signing_key not in self._contacts:
            self._contacts[signing_key] = repos.contacts.by_signing_key(signing_key)
        return self._contacts[signing_key]

    def conversation(self, repos: Repos, contact: Contact) -> str:
        if contact.id not in self._conv_ids:
            self._conv_ids[contact.id] = direct_conversation(repos, contact, self.now)
        return self._conv_ids[contact.id]

    def highest_seq(self, repos: Repos, contact_id: str) -> int:
        if contact_id not in self.seq:
            self.seq[contact_id] = repos.received.highest_seq(contact_id)
        return self.seq[contact_id]

    def note(self, conversation_id: str, sent_at: int) -> None:
        latest, unread = self.conversations.get(conversation_id, (0, 0))
        self.conversations[conversation_id] = (max(latest, sent_at), unread + 1)

    def forget(self) -> None:
        self._contacts.clear()
        self._conv_ids.clear()
        self.seq.clear()
