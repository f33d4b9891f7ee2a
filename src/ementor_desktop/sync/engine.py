"""The sync engine: move sealed envelopes between the vault and the relays, as a state machine.

This module is transport plus an explicit state table (`TRANSITIONS`, docs/protocol.md Part 2 §6):
it provisions mailboxes, pushes the outbox and pulls mailboxes. What an incoming envelope means is
not its business: it hands each fetched batch to an `Inbox` (domain/inbox.py) and acknowledges
what the inbox says is final or kept. It never imports the domain (dependencies point down).

Rules that keep every message exactly once:
- push: an outbox row is sealed once (the sealed blob is stored) and deposited under the row's own
  random idempotency key; it leaves the outbox only after the relay acknowledged it. A crash
  anywhere means a retry of the same bytes under the same key, which the relay treats as a
  duplicate.
- pull: the inbox applies a batch in one transaction; the relay is told to delete envelopes only
  after that commit. A crash before the ack means the same envelopes again, recognised as
  duplicates.
- isolation: a failure with one outbox row, one contact or one mailbox never stops the others,
  and pulling never depends on pushing having worked.

The engine holds `vault.mutex` only around database work, never while waiting on the network.

Progress: an optional `on_progress` hears once per batch applied while pulling (`PullProgress`),
from the engine's thread. In watch mode, setting `stop` also ends a drain between two batches:
what was applied is committed and acknowledged, the rest stays on the relay for the next sync.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import queue
import random
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from ementor_desktop import log
from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.keys import BadPublicKey
from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.records import Contact, MessageState, OutboxItem
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.mailboxes import Mailbox
from ementor_desktop.store.vault import Vault, now_ms
from ementor_desktop.sync import faults
from ementor_desktop.sync.relay_client import (
    RelayClient,
    RelayClientPool,
    RelayError,
    RelayMessage,
    RelayNotFound,
    RelayRateLimited,
    RelayRejected,
    RelayServerError,
    RelayUnauthorized,
    SessionFactory,
    new_relay_session,
)

MAX_BACKOFF_S = 300.0
NOT_FOUND_BACKOFF_S = 3600.0
LONG_POLL_S = 25.0
FETCH_LIMIT = 100
# A relay that keeps producing envelopes (junk or not) cannot keep us pulling one mailbox forever:
# after this many batches in a round we move on; the rest comes in the next round.
MAX_BATCHES_PER_ROUND = 50
# Batches fetched (and being opened) ahead of the ones being applied.
READ_AHEAD = 3
# A sync that cannot be stopped (`sync_once`) applies up to this many batches in one
# transaction: committing a batch of 100 (every page it changed encrypted, written and synced)
# cost twice its inserts, and random message ids spread any batch over most of the id index,
# so fewer, larger commits cost much less per message (measured: bench/bench_messaging.py).
# Watch mode applies one batch at a time: stopping there lands between two batches.
APPLY_TOGETHER = 3
# Ids one acknowledgement may carry (docs/protocol.md Part 1, "Acknowledge").
ACK_MAX_IDS = 1000


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


class SyncInput(StrEnum):
    """What moves the engine from one state to the next."""

    ROUND = "round"  # a round starts (a person asked, work was queued, a long-poll answered)
    PROVISIONED = "provisioned"  # mailboxes created or retired
    PUSHED = "pushed"  # the outbox was walked
    PULLED = "pulled"  # every mailbox was drained
    DONE = "done"  # the round finished without a relay problem
    WAIT = "wait"  # watch mode: long-polls are out
    NO_NETWORK = "no_network"  # unreachable, timeout
    LIMITED = "limited"  # 429
    RELAY_FAILED = "relay_failed"  # 5xx, refused signature, an answer that is not the API
    STOP = "stop"


_WORKING = (SyncState.PROVISIONING, SyncState.PUSHING, SyncState.PULLING)
_TROUBLE = (SyncState.OFFLINE, SyncState.RATE_LIMITED, SyncState.RELAY_ERROR)
_ANY = (SyncState.IDLE, SyncState.WAITING, *_WORKING, *_TROUBLE)

#: (state, input) -> next state. Every state change goes through this table.
TRANSITIONS: dict[tuple[SyncState, SyncInput], SyncState] = {
    **{(s, SyncInput.ROUND): SyncState.PROVISIONING for s in (*_ANY, SyncState.STOPPED)},
    **{(s, SyncInput.PROVISIONED): SyncState.PUSHING for s in (*_WORKING, *_TROUBLE)},
    **{(s, SyncInput.PUSHED): SyncState.PULLING for s in (*_WORKING, *_TROUBLE)},
    **{(s, SyncInput.PULLED): SyncState.PROVISIONING for s in (*_WORKING, *_TROUBLE)},
    **{(s, SyncInput.DONE): SyncState.IDLE for s in (SyncState.IDLE, *_WORKING)},
    **{(s, SyncInput.WAIT): SyncState.WAITING for s in (SyncState.IDLE, SyncState.WAITING)},
    **{(s, SyncInput.NO_NETWORK): SyncState.OFFLINE for s in _ANY},
    **{(s, SyncInput.LIMITED): SyncState.RATE_LIMITED for s in _ANY},
    **{(s, SyncInput.RELAY_FAILED): SyncState.RELAY_ERROR for s in _ANY},
    **{(s, SyncInput.STOP): SyncState.STOPPED for s in (*_ANY, SyncState.STOPPED)},
}


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
class PullProgress:
    """Envelopes brought in since the mailboxes were last found empty, after one more batch."""

    received: int  # envelopes fetched and applied (messages, receipts, duplicates alike)
    batches: int  # how many batches that took
    more: bool  # the relay has more waiting (read ahead), or the batch was full (a long-poll's)


@dataclass(frozen=True)
class SyncEvent:
    state: SyncState
    detail: str = ""
    report: SyncReport | None = None


class _RelayDown(Exception):
    """Stop talking to this relay for the rest of the round."""


class Inbox(Protocol):
    """What the engine needs from the domain (implemented by `domain.inbox.Inbox`)."""

    def prepare(self, items: list[RelayMessage]) -> Sequence[object]:
        """Work on a batch that needs no vault state (opening the envelopes: pure
        cryptography), done on a read-ahead thread while the batch before is applied; one
        entry per item, so that batches prepared apart can be applied together."""

    def receive(self, mailbox: Mailbox, items: list[RelayMessage], report: SyncReport,
                prepared: Sequence[object] | None = None) -> list[str]:
        """Apply fetched envelopes (with what `prepare` made of them, if anything) in one
        transaction and commit; return the relay ids that may be acknowledged."""

    def mailbox_created(self, contact_id: str, relay_url: str, receive_id: str, send_id: str,
                        auth_seed: bytes) -> None:
        """Record our new mailbox for a contact and tell them about it."""

    def retry_held(self, report: SyncReport, contact_id: str | None = None) -> int:
        """Apply envelopes kept in the vault whose state may have changed."""

    def admission_for(self, relay_url: str) -> str | None:
        """The admission code to present when creating a mailbox on `relay_url` (the
        organisation's relay asks for one), or None."""

    def wanted_mailboxes(self) -> list[tuple[str, str, str | None]]:
        """Mailboxes the domain needs that belong to no contact yet: (key, relay, admission
        code), each created once and handed to `mailbox_made`."""

    def mailbox_made(self, key: str, relay_url: str, receive_id: str, send_id: str,
                     auth_seed: bytes) -> None:
        """Record a mailbox `wanted_mailboxes` asked for."""


#: How often a `hello` is deposited again while its invite is unanswered (see _Deposited).
HELLO_RECHECK_S = 60
#: Kinds kept in the outbox after their deposit, and deposited again (same bytes, same key)
#: while their contact is pending: a `hello` until its welcome, a programme's join likewise.
KEPT_UNTIL_ANSWERED = frozenset({"hello", "programme.join"})


def _again(item: OutboxItem) -> bool:
    """A `hello` (or join) that was deposited before and is only being deposited again."""
    return item.kind in KEPT_UNTIL_ANSWERED and item.sealed is not None \
        and item.last_error is None


def _still_pending(repos: Repos, contact_id: str) -> bool:
    contact = repos.contacts.get(contact_id)
    return contact is not None and contact.state == "pending"


class _Deposited:
    """Rows the relay has taken, recorded in small batches: one commit for several deposits
    instead of one each. A crash before the commit only means those rows are deposited again
    with the same bytes and idempotency key, which the relay answers as a duplicate."""

    #: Record at least this often, so that people see "on relay" without waiting for the page.
    EVERY_S = 0.05
    EVERY_ROWS = 50

    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine
        self.rows: list[OutboxItem] = []
        self.since = time.monotonic()

    def add(self, item: OutboxItem, report: SyncReport) -> None:
        self.rows.append(item)
        if len(self.rows) >= self.EVERY_ROWS or time.monotonic() - self.since >= self.EVERY_S:
            self.flush(report)

    def flush(self, report: SyncReport) -> None:
        if not self.rows:
            return
        rows, self.rows, self.since = self.rows, [], time.monotonic()
        vault = self.engine.vault
        with vault.mutex, vault.db.transaction():
            repos = Repos.over(vault.db)
            now = now_ms()
            for item in rows:
                if _again(item):
                    report.pushed -= 1  # a kept hello deposited again is not news
                if item.kind in KEPT_UNTIL_ANSWERED and _still_pending(repos, item.contact_id):
                    # Kept, and deposited again (same bytes, same key: the relay answers
                    # "duplicate") until the welcome comes: if someone else used the invite
                    # first, the inviter deletes its mailbox, and the next deposit says so.
                    repos.outbox.reschedule(item.id, now + HELLO_RECHECK_S * 1000)
                    continue
                repos.outbox.remove(item.id)
                if item.message_id:
                    repos.messages.set_state(item.message_id, MessageState.ON_RELAY, now)
                    message = repos.messages.get(item.message_id)
                    if message is not None:
                        report.changed_conversations.add(message.conversation_id)
        report.pushed += len(rows)


Fetched = concurrent.futures.Future[list[RelayMessage]]
Prepared = concurrent.futures.Future[Sequence[object] | None]


class _ReadAhead:
    """The next batches of one mailbox, on the engine's network threads: each fetched as soon
    as the one before has arrived (`after` its last id), and opened as soon as it is fetched.
    Jobs only ever wait on jobs submitted before them (the pool starts them in order), so the
    chain cannot block itself, whatever the number of workers."""

    def __init__(self, network: concurrent.futures.Executor, reader: RelayClient, inbox: Inbox,
                 mailbox: Mailbox, key: MailboxAuthKey,
                 pending: list[concurrent.futures.Future[object]]) -> None:
        self.network = network
        self.reader = reader
        self.inbox = inbox
        self.mailbox = mailbox
        self.key = key
        self.pending = pending  # every job, waited for before the mailbox's clients are reused
        self.ahead: deque[tuple[Fetched, Prepared]] = deque()
        self.latest: Fetched | None = None
        for _ in range(READ_AHEAD):
            self.more()

    def more(self) -> None:
        """Ask for one more batch after the last one asked for."""
        self.latest = self.network.submit(self._fetch, self.latest)
        opened = self.network.submit(self._prepare, self.latest)
        self.pending.extend((self.latest, opened))  # type: ignore[arg-type]
        self.ahead.append((self.latest, opened))

    def next_batch(self) -> list[RelayMessage]:
        """The next batch, once fetched (empty: the mailbox has nothing more)."""
        return self.ahead[0][0].result()

    def has_next(self) -> bool:
        """Whether the next batch was fetched with something in it; a fetch that failed says
        no here: its error is raised by `next_batch` or `take`, once what came before it is
        applied and committed."""
        fetched = self.ahead[0][0]
        return fetched.exception() is None and bool(fetched.result())

    def take(self) -> tuple[list[RelayMessage], Prepared]:
        fetched, opened = self.ahead.popleft()
        return fetched.result(), opened

    def _fetch(self, before: Fetched | None) -> list[RelayMessage]:
        after = None
        if before is not None:
            got = before.result()
            if not got:
                return []  # found empty: nothing after it to ask for
            after = got[-1].message_id
        return self.reader.fetch(self.mailbox.receive_id, self.key, wait=0, limit=FETCH_LIMIT,
                                 after=after)

    def _prepare(self, fetched: Fetched) -> Sequence[object] | None:
        got = fetched.result()
        return self.inbox.prepare(got) if got else None


def _together(group: list[tuple[list[RelayMessage], Prepared]]) -> list[object] | None:
    """What `prepare` made of batches applied together, in order; None if any batch has
    nothing prepared (the inbox then opens the envelopes itself)."""
    together: list[object] = []
    for got, opened in group:
        prepared = opened.result()
        if prepared is None or len(prepared) != len(got):
            return None
        together.extend(prepared)
    return together


class _Acks:
    """Relay ids committed in the vault, acknowledged one request at a time on the mailbox's
    own connection for acks: whatever is committed while one is on its way goes with the next,
    so a slow relay gets fewer, larger acks and the pull never waits for one (except at the
    end, `send(wait=True)`). Only ids the inbox returned after its commit are ever added."""

    def __init__(self, network: concurrent.futures.Executor, acker: RelayClient,
                 mailbox: Mailbox, key: MailboxAuthKey,
                 pending: list[concurrent.futures.Future[object]]) -> None:
        self.network = network
        self.acker = acker
        self.mailbox = mailbox
        self.key = key
        self.pending = pending
        self.committed: list[str] = []  # not yet sent
        self.sending: concurrent.futures.Future[object] | None = None

    def add(self, ids: list[str]) -> None:
        self.committed += ids
        self.send(wait=False)

    def send(self, wait: bool) -> None:
        """Send what is committed (if no ack is on its way, or `wait`: everything, waiting for
        the answers). A RelayError of an earlier ack is raised here."""
        while True:
            if self.sending is not None:
                if not (wait or self.sending.done()):
                    return
                sending, self.sending = self.sending, None
                sending.result()
            if not self.committed:
                return
            ids, self.committed = self.committed[:ACK_MAX_IDS], self.committed[ACK_MAX_IDS:]
            self.sending = self.network.submit(self.acker.ack, self.mailbox.receive_id, self.key,
                                               ids)
            self.pending.append(self.sending)
            if not wait:
                return


class SyncEngine:
    def __init__(self, vault: Vault, session_factory: SessionFactory = new_relay_session, *,
                 inbox: Inbox, clock: Callable[[], float] = time.time,
                 jitter: Callable[[], float] = random.random,
                 long_poll: float = LONG_POLL_S, timeout: float = 10.0,
                 on_progress: Callable[[PullProgress], None] | None = None) -> None:
        self.vault = vault
        # One client, on its own connections, per mailbox we read and per route we write to:
        # the relay cannot link two of our mailboxes by the connection they share.
        self._relays = RelayClientPool(session_factory, timeout=timeout)
        self.inbox = inbox
        self.clock = clock
        self.jitter = jitter
        self.long_poll = long_poll
        self.state = SyncState.IDLE
        self._trouble: SyncInput | None = None
        self._network_pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._on_event: Callable[[SyncEvent], None] | None = None
        self.on_progress = on_progress
        self._received = 0  # since the mailboxes were last found empty (for `on_progress`)
        self._batches = 0
        self._stop: threading.Event | None = None  # watch mode's: ends a drain between batches

    # -- public ------------------------------------------------------------------------------
    def sync_once(self, force: bool = True) -> SyncReport:
        """One full round: provision, push, pull until empty, provision, push. `force` ignores
        retry back-off (a person asked for it). Each phase runs even if the one before failed."""
        report = SyncReport()
        self._go(SyncInput.ROUND)
        self._guarded(report, self.inbox.retry_held, report)
        self._guarded(report, self._provision, report)
        self._go(SyncInput.PROVISIONED)
        self._guarded(report, self._push, report, force)
        self._go(SyncInput.PUSHED)
        for mailbox in self._mailboxes():
            self._guarded(report, self._pull, mailbox, report)
        self._go(SyncInput.PULLED)
        self._guarded(report, self._provision, report)
        self._go(SyncInput.PROVISIONED)
        self._guarded(report, self._push, report, force)
        self._finish(report)
        return report

    def _guarded(self, report: SyncReport, step: Callable[..., object], *args: object) -> None:
        """Run one phase; an unexpected error is logged as a bug and reported in one line,
        and the next phase still runs."""
        try:
            step(*args)
        except Exception:
            log.sync.exception("a sync step failed unexpectedly")
            line = "Part of the sync failed unexpectedly (see the log); the rest went on."
            if line not in report.errors:
                report.errors.append(line)

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
        self._stop = stop
        results: queue.Queue[tuple[int, list[RelayMessage] | Exception]] = queue.Queue()
        # One daemon thread per long-poll: network only, no vault. Daemon, so that stopping
        # never waits for a poll that may hang up to its 25 s timeout.
        pollers: dict[int, threading.Thread] = {}
        retry_at = 0.0
        try:
            with contextlib.suppress(Exception):  # kept envelopes an upgrade may now apply
                self.inbox.retry_held(SyncReport())
            while not stop.is_set():
                if before_round:
                    before_round()
                report = SyncReport()
                self.vault.outbox_event.clear()
                self._go(SyncInput.ROUND)
                self._guarded(report, self._provision, report)
                self._go(SyncInput.PROVISIONED)
                self._guarded(report, self._push, report, False)
                self._go(SyncInput.PUSHED)
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
                        self._guarded(report, self._take_and_drain, mailbox, got, report)
                self._go(SyncInput.PULLED)
                if report.received or report.controls:
                    self._guarded(report, self._provision, report)
                self._go(SyncInput.PROVISIONED)
                if report.received or report.controls:
                    self._guarded(report, self._push, report, False)
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
                    self._go(SyncInput.WAIT)
                self._wait(stop, results, outside_wakeup, retry_at, next_due)
        finally:
            stop.set()
            self.vault.outbox_event.set()
            self._go(SyncInput.STOP)
            self._on_event = None
            self._stop = None
            self._relays.close()

    # -- provisioning: mailboxes for new contacts, deleting retired ones ----------------------
    def _provision(self, report: SyncReport) -> None:
        now = now_ms()
        with self.vault.mutex:
            repos = Repos.over(self.vault.db)
            needing = [c for c in repos.contacts.list(include_programme=True)
                       if c.state == "active" and repos.mailboxes.for_contact(c.id) is None]
            retiring = repos.mailboxes.due_for_deletion(now)
            invite_relays = {c.id: self._invite_relay(repos, c) for c in needing}
        wanted = self.inbox.wanted_mailboxes() if hasattr(self.inbox, "wanted_mailboxes") \
            else []
        if not needing and not retiring and not wanted:
            return
        for key, relay, admission in wanted:  # e.g. a programme participant's routes
            try:
                auth = MailboxAuthKey.generate()
                made = self._relays.get(("create", key), relay).create_mailbox(
                    auth, invite=admission)
            except RelayError as err:
                self._note_error(err, report)
                break
            finally:
                self._relays.drop(("create", key))
            self.inbox.mailbox_made(key, relay, made.receive_id, made.send_id, auth.seed)
        for contact in needing:
            relay_url = invite_relays[contact.id] or contact.relay_url
            if not relay_url:
                continue
            try:
                auth = MailboxAuthKey.generate()
                ids = self._relays.get(("create", contact.id), relay_url).create_mailbox(
                    auth, invite=self.inbox.admission_for(relay_url))
            except RelayError as err:
                self._note_error(err, report)
                continue
            finally:
                self._relays.drop(("create", contact.id))
            self.inbox.mailbox_created(contact.id, relay_url, ids.receive_id, ids.send_id,
                                       auth.seed)
        for mailbox in retiring:
            self._retire(mailbox, report)

    def _invite_relay(self, repos: Repos, contact: Contact) -> str | None:
        for mailbox in repos.mailboxes.active():
            if mailbox.contact_id == contact.id and mailbox.purpose == "invite":
                return mailbox.relay_url
        return None

    def _retire(self, mailbox: Mailbox, report: SyncReport) -> None:
        """Delete a mailbox on the relay; an invite mailbox is drained one last time first
        (messages written before its user switched). A blocked or removed contact's mailbox is
        deleted unread."""
        try:
            if mailbox.purpose == "invite":
                self._pull(mailbox, report, raise_down=True)
            self._relays.get(("mailbox", mailbox.id), mailbox.relay_url).delete_mailbox(
                mailbox.receive_id, MailboxAuthKey(mailbox.auth_seed))
        except (RelayUnauthorized, RelayNotFound):
            pass  # already gone on the relay (swept or deleted)
        except RelayError as err:
            self._note_error(err, report)
            return
        except _RelayDown:
            return
        with self.vault.mutex:
            Repos.over(self.vault.db).mailboxes.mark_deleted(mailbox.id, now_ms())
        for kind in ("mailbox", "mailbox-ack", "poll"):
            self._relays.drop((kind, mailbox.id))
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
                contacts = {c.id: c for c in repos.contacts.list(include_programme=True)}
            if not items:
                return
            after_id = items[-1].id
            self._push_page(items, contacts, down, blocked_contacts, report)

    def _push_page(self, items: list[OutboxItem], contacts: dict[str, Contact], down: set[str],
                   blocked_contacts: set[str], report: SyncReport) -> None:
        ready: list[tuple[OutboxItem, Contact]] = []
        for item in items:
            contact = contacts.get(item.contact_id)
            if contact is None or item.contact_id in blocked_contacts:
                continue
            if contact.key_change_pending:
                blocked_contacts.add(contact.id)
                report.waiting.append(
                    f"{contact.display_name}'s safety number changed: messages wait until you "
                    f"compare the new number (ementor verify) or refuse the change.")
                continue
            if contact.pending_relay_url:
                blocked_contacts.add(contact.id)
                report.waiting.append(
                    f"{contact.display_name} asked to move to a relay you have not used: "
                    f"messages wait until you agree (ementor accept-route).")
                continue
            if not contact.relay_url or not contact.send_id or contact.relay_url in down:
                continue
            ready.append((item, contact))
        sealed = self._seal_page(ready, blocked_contacts, report)
        done = _Deposited(self)
        try:
            for item, contact in ready:
                if item.id not in sealed or contact.id in blocked_contacts or \
                        contact.relay_url in down:
                    continue
                try:
                    self._push_item(item, sealed[item.id], contact, down, blocked_contacts,
                                    report, done)
                except Exception:  # one row must never stop the others
                    log.sync.exception("pushing an outbox row failed unexpectedly")
                    self._failed(item.id, "Sending failed unexpectedly; it will be retried.",
                                 None, report, None, attempts=item.attempts)
        finally:
            done.flush(report)

    def _seal_page(self, ready: list[tuple[OutboxItem, Contact]], blocked_contacts: set[str],
                   report: SyncReport) -> dict[int, bytes]:
        """Seal every row of the page that is not sealed yet and keep the blobs, all in one
        transaction (commit before you send: every retry deposits the same bytes)."""
        sealed = {item.id: item.sealed for item, _ in ready if item.sealed is not None}
        todo = [(item, contact) for item, contact in ready if item.sealed is None]
        if not todo:
            return sealed
        unusable: list[tuple[OutboxItem, Contact]] = []
        with self.vault.mutex, self.vault.db.transaction():
            repos = Repos.over(self.vault.db)
            me = repos.identity.get()
            for item, contact in todo:
                if contact.id in blocked_contacts:
                    continue
                try:
                    blob = envelope.seal(item.payload, me.signing, contact.box_key)
                except BadPublicKey:
                    blocked_contacts.add(contact.id)
                    unusable.append((item, contact))
                    continue
                repos.outbox.set_sealed(item.id, blob)
                sealed[item.id] = blob
        for item, contact in unusable:
            self._give_up(item.id, item.message_id,
                          f"{contact.display_name or 'A contact'}'s key cannot be used.",
                          report)
        return sealed

    def _push_item(self, item: OutboxItem, sealed: bytes, contact: Contact, down: set[str],
                   blocked_contacts: set[str], report: SyncReport, done: _Deposited) -> None:
        faults.reached("push.sealed")
        assert contact.relay_url is not None and contact.send_id is not None
        try:
            receipt = self._relays.get(("route", contact.id), contact.relay_url).deposit(
                contact.send_id, sealed, item.idempotency_key)
        except RelayNotFound as err:
            blocked_contacts.add(contact.id)
            if contact.kind == "programme":  # a programme party's mailbox went: for good
                with self.vault.mutex:
                    Repos.over(self.vault.db).outbox.drop_for(contact.id)
                log.sync.info("programme envelopes were dropped: their mailbox is gone")
                return
            what = ("The invite was already used or has expired; ask for a new one."
                    if item.kind == "hello" else
                    f"The relay no longer knows {contact.display_name or 'a contact'}'s "
                    "mailbox.")
            self._failed(item.id, what, NOT_FOUND_BACKOFF_S, report, err)
            return
        except RelayRejected as err:
            self._give_up(item.id, item.message_id, str(err), report)
            return
        except RelayError as err:
            down.add(contact.relay_url)
            retry = err.retry_after if isinstance(err, RelayRateLimited) else None
            self._failed(item.id, str(err), retry, report, err, attempts=item.attempts)
            return
        faults.reached("push.deposited")
        log.sync.debug("deposited (duplicate=%s)", receipt.duplicate)
        done.add(item, report)

    def _failed(self, item_id: int, message: str, retry_after: float | None,
                report: SyncReport, err: RelayError | None, attempts: int = 0) -> None:
        delay = retry_after if retry_after is not None else self._backoff_s(attempts + 1)
        with self.vault.mutex:
            Repos.over(self.vault.db).outbox.record_failure(
                item_id, message, now_ms() + int(delay * 1000))
        if err is not None:
            self._note_error(err, report, message)
        elif message not in report.errors:
            report.errors.append(message)

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
        """Drain a mailbox, reading ahead: while the inbox applies one batch (or, in a sync that
        cannot be stopped, up to APPLY_TOGETHER batches in one transaction), the next ones are
        already being fetched and opened (pure cryptography, which runs beside the database
        work where a core is free), and acknowledgements of what was committed are on their
        way, each on a connection of this mailbox alone. Acknowledging still follows the
        commit; anything fetched twice is recognised as a duplicate."""
        key = MailboxAuthKey(mailbox.auth_seed)
        pending: list[concurrent.futures.Future[object]] = []
        try:
            network = self._network()
            ahead = _ReadAhead(network, self._relays.get(("mailbox", mailbox.id),
                                                         mailbox.relay_url),
                               self.inbox, mailbox, key, pending)
            acks = _Acks(network, self._relays.get(("mailbox-ack", mailbox.id), mailbox.relay_url),
                         mailbox, key, pending)
            batch: list[RelayMessage] = []
            try:
                applied = 0
                while applied < MAX_BATCHES_PER_ROUND:
                    batch, opened = ahead.take()
                    if not batch or (self._stop is not None and self._stop.is_set()
                                     and not raise_down):  # a mailbox to delete is read in full
                        break
                    ahead.more()
                    group = [(batch, opened)]
                    while (self._stop is None and len(group) < APPLY_TOGETHER
                           and applied + len(group) < MAX_BATCHES_PER_ROUND
                           and ahead.has_next()):
                        group.append(ahead.take())
                        ahead.more()
                    items = [item for got, _ in group for item in got]
                    committed = self.inbox.receive(mailbox, items, report, _together(group))
                    faults.reached("pull.committed")
                    acks.add(committed)
                    applied += len(group)
                    batch = ahead.next_batch()
                    for n, (got, _) in enumerate(group, 1):
                        self._progress(len(got), more=n < len(group) or bool(batch))
            except Exception:
                with contextlib.suppress(RelayError):  # what was committed, if the relay can
                    acks.send(wait=True)
                raise
            if not batch:
                self._received = self._batches = 0  # found empty
            acks.send(wait=True)
        except RelayError as err:
            self._note_error(err, report)
            if raise_down:
                raise _RelayDown() from err
        finally:
            # Never leave a request of this mailbox running into the next use of its client.
            concurrent.futures.wait(pending)

    def _progress(self, applied: int, more: bool) -> None:
        """Once per batch applied: tell `on_progress`; the count starts again once the relay has
        nothing more."""
        self._received += applied
        self._batches += 1
        if self.on_progress is not None:
            self.on_progress(PullProgress(self._received, self._batches, more))
        if not more:
            self._received = self._batches = 0

    def _network(self) -> concurrent.futures.ThreadPoolExecutor:
        if self._network_pool is None:
            # the fetches and openings read ahead (some waiting on a fetch), and an ack
            self._network_pool = concurrent.futures.ThreadPoolExecutor(
                max_workers=2 * READ_AHEAD + 1, thread_name_prefix="ementor-read-ahead")
        return self._network_pool

    def _take_and_drain(self, mailbox: Mailbox, batch: list[RelayMessage],
                        report: SyncReport) -> None:
        """What a long-poll brought, then whatever else is waiting in that mailbox."""
        with contextlib.suppress(_RelayDown):
            self._take(mailbox, batch, report)
            self._pull(mailbox, report)

    def _take(self, mailbox: Mailbox, batch: list[RelayMessage], report: SyncReport) -> None:
        """Hand a fetched batch to the inbox (which commits), then acknowledge it."""
        ack = self.inbox.receive(mailbox, batch, report)
        faults.reached("pull.committed")
        self._progress(len(batch), more=len(batch) >= FETCH_LIMIT)
        if not ack:
            return
        try:
            self._relays.get(("mailbox", mailbox.id), mailbox.relay_url).ack(
                mailbox.receive_id, MailboxAuthKey(mailbox.auth_seed), ack)
        except RelayError as err:  # harmless: they come back and are recognised
            self._note_error(err, report)
            raise _RelayDown() from err

    # -- watch-mode helpers ------------------------------------------------------------------
    def _poll(self, mailbox: Mailbox,
              results: queue.Queue[tuple[int, list[RelayMessage] | Exception]],
              stop: threading.Event) -> None:
        """Long-poll one mailbox (network only, no vault) and hand the result to the loop."""
        # One client per mailbox, kept between polls: it reuses the challenge the relay hands
        # back after each owner command (one poller per mailbox at a time, so no sharing).
        try:
            client = self._relays.get(("poll", mailbox.id), mailbox.relay_url)
            got: list[RelayMessage] | Exception = client.fetch(
                mailbox.receive_id, MailboxAuthKey(mailbox.auth_seed), wait=self.long_poll,
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
    def close(self) -> None:
        """Close every connection to the relays (the engine can still be used afterwards)."""
        if self._network_pool is not None:
            self._network_pool.shutdown(wait=True)
            self._network_pool = None
        self._relays.close()

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
            self._trouble = SyncInput.LIMITED
        elif isinstance(err, RelayServerError | RelayRejected | RelayUnauthorized):
            self._trouble = SyncInput.RELAY_FAILED
        elif isinstance(err, RelayNotFound):
            return  # about one contact or invite, not the relay as a whole
        else:
            self._trouble = SyncInput.NO_NETWORK
        self._go(self._trouble, text)
        log.sync.warning("relay problem: %s", type(err).__name__)

    def _finish(self, report: SyncReport) -> None:
        with self.vault.mutex:
            report.pending = Repos.over(self.vault.db).outbox.count_deliverable()
        report.waiting = sorted(set(report.waiting))
        if not report.errors:
            self._go(SyncInput.DONE, "", report)
        elif self._trouble is not None:
            self._go(self._trouble, report.errors[0], report)
        self._trouble = None
        report.state = self.state

    def _go(self, event: SyncInput, detail: str = "", report: SyncReport | None = None) -> None:
        """Take the transition the table gives for (state, event)."""
        following = TRANSITIONS.get((self.state, event))
        if following is None:
            log.sync.error("no transition from %s on %s", self.state.value, event.value)
            return
        self._set(following, detail, report)

    def _set(self, state: SyncState, detail: str, report: SyncReport | None = None) -> None:
        self.state = state
        if self._on_event is not None:
            self._on_event(SyncEvent(state, detail, report))
