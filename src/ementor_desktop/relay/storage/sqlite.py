"""SQLite backend (the embedded default): one file, WAL, every commit fsynced before answering.

One connection owned by one worker thread serializes all database work, so the event loop never
blocks on disk and no two transactions interleave. Only for a single relay process.

A full disk must not lock owners out (they free space by acknowledging): a reserve file of
`disk_reserve_bytes` is kept beside the database and given up when a write fails for lack of
space; deposits stop while less than the reserve is free, and the reserve comes back when the
space does.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import math
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ementor_desktop.log import relay as log
from ementor_desktop.relay.storage.base import (
    SCHEMA_VERSION,
    AdmissionToken,
    Deposit,
    DepositOutcome,
    DepositResult,
    Owner,
    Storage,
    StorageError,
    StorageFull,
    StoredMessage,
    SweepCounts,
    Usage,
    WakeCallback,
    cap_batch,
    over_creator_budget,
)

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE mailboxes (
    id INTEGER PRIMARY KEY,
    receive_hash BLOB NOT NULL UNIQUE,
    send_hash BLOB NOT NULL UNIQUE,
    auth_key BLOB NOT NULL,
    created_at REAL NOT NULL,
    last_owner_at REAL NOT NULL
);
CREATE TABLE messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mailbox_id INTEGER NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
    message_id TEXT NOT NULL,
    received_at REAL NOT NULL,
    expires_at REAL NOT NULL,
    size INTEGER NOT NULL,
    body BLOB NOT NULL,
    UNIQUE (mailbox_id, message_id)
);
CREATE INDEX messages_expiry ON messages(expires_at);
-- Serves fetch (oldest first) and, covering size, the quota check without reading any blob.
CREATE INDEX messages_by_mailbox ON messages(mailbox_id, seq, size);
CREATE TABLE idempotency (
    mailbox_id INTEGER NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
    key_hash BLOB NOT NULL,
    body_hash BLOB NOT NULL,
    message_id TEXT NOT NULL,
    received_at REAL NOT NULL,
    expires_at REAL NOT NULL,
    PRIMARY KEY (mailbox_id, key_hash)
);
CREATE INDEX idempotency_expiry ON idempotency(expires_at);
"""

#: Version 3, applied after `_SCHEMA` (which is versions 1 and 2): operator-issued admission
#: tokens (their hash only) and the token hash that admitted each mailbox.
_SCHEMA_V3 = """
ALTER TABLE mailboxes ADD COLUMN creator BLOB;
CREATE INDEX mailboxes_by_creator ON mailboxes(creator) WHERE creator IS NOT NULL;
CREATE TABLE admission_tokens (
    hash BLOB PRIMARY KEY,
    label TEXT NOT NULL,
    created_at REAL NOT NULL,
    revoked_at REAL
);
"""

#: Version 4: each mailbox keeps the count and bytes of the messages it holds, kept true by
#: triggers on every insert and delete (deposit, acknowledgement, expiry, a mailbox deleted), so
#: a deposit's quota check and the byte budgets read one row instead of summing a mailbox's
#: messages: deposits cost the same however full a mailbox is. The counts of a database written
#: before are taken once, here.
_SCHEMA_V4 = """
ALTER TABLE mailboxes ADD COLUMN stored_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mailboxes ADD COLUMN stored_bytes INTEGER NOT NULL DEFAULT 0;
UPDATE mailboxes SET
    stored_count = (SELECT count(*) FROM messages m WHERE m.mailbox_id = mailboxes.id),
    stored_bytes = (SELECT coalesce(sum(size), 0) FROM messages m
                    WHERE m.mailbox_id = mailboxes.id);
CREATE TRIGGER messages_counted AFTER INSERT ON messages BEGIN
    UPDATE mailboxes SET stored_count = stored_count + 1, stored_bytes = stored_bytes + NEW.size
    WHERE id = NEW.mailbox_id;
END;
CREATE TRIGGER messages_uncounted AFTER DELETE ON messages BEGIN
    UPDATE mailboxes SET stored_count = stored_count - 1, stored_bytes = stored_bytes - OLD.size
    WHERE id = OLD.mailbox_id;
END;
"""

#: Challenges live for a minute and only matter to this process: they are kept in an attached
#: in-memory database, so issuing and consuming them never waits for the disk. A restart forgets
#: them all, which can only refuse a challenge, never let one be used twice. Each is bound to the
#: mailbox (receive-id hash) it was issued for.
_VOLATILE = """
CREATE TABLE volatile.challenges (
    hash BLOB PRIMARY KEY,
    receive_hash BLOB NOT NULL,
    expires_at REAL NOT NULL
);
CREATE INDEX volatile.challenges_expiry ON challenges(expires_at);
"""


#: While the disk has room, its free space is read again after this long or after this many
#: bytes were deposited (`SqliteStorage.disk_ok`).
FREE_RECHECK_SECONDS = 0.5
FREE_RECHECK_BYTES = 4 * 1024 * 1024

#: At most this many deposits share one transaction (and one fsync).
GROUP_MAX = 64

_Outcome = tuple[object, BaseException | None]
#: A job (called with nothing) or, when the flag is set, a grouped step (called with the
#: connection), the future its caller awaits, and the caller's event loop.
_Item = tuple[Callable[..., object], "asyncio.Future[object]", asyncio.AbstractEventLoop, bool]
_Step = Callable[[sqlite3.Connection], object]


class _Worker:
    """The one thread that runs database jobs, in order, and hands each result back to the
    event loop that asked.

    Leaner than a ThreadPoolExecutor: a job is one put on a queue and one callback back to
    the loop, with no lock shared with the event loop's thread (under load the executor's
    locks made the loop wait for this thread to be scheduled, a tenth of its time).

    Group commit: jobs queued as `grouped` that are waiting one after another are handed to
    `group` together, which runs them in one transaction (one fsync) and gives each its own
    outcome; none of them is answered before that transaction has committed. A job that is
    not grouped is never part of a group, and the order of the queue is kept.
    """

    def __init__(self, name: str,
                 group: Callable[[list[_Step]], list[_Outcome]] | None = None,
                 ) -> None:
        self._name = name
        self._group = group
        self._jobs: queue.SimpleQueue[_Item | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    async def run(self, job: Callable[[], T]) -> T:
        return await self._submit(job, False)

    async def run_grouped(self, step: Callable[[sqlite3.Connection], T]) -> T:
        """Run `step` with the connection, inside a group's transaction."""
        assert self._group is not None
        return await self._submit(step, True)

    async def _submit(self, job: Callable[..., T], grouped: bool) -> T:
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name=self._name, daemon=True)
            self._thread.start()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[object] = loop.create_future()
        self._jobs.put((job, future, loop, grouped))
        return await future  # type: ignore[return-value]

    def _serve(self) -> None:
        held: list[_Item | None] = []  # taken from the queue while gathering a group
        while True:
            item = held.pop() if held else self._jobs.get()
            if item is None:
                return
            job, future, loop, grouped = item
            if future.done():  # its caller was cancelled before it ran: skip it
                continue
            if grouped:
                batch = [item]
                while len(batch) < GROUP_MAX:
                    try:
                        following = self._jobs.get_nowait()
                    except queue.Empty:
                        break
                    if following is None or not following[3]:
                        held.append(following)
                        break
                    if not following[1].done():
                        batch.append(following)
                assert self._group is not None
                try:
                    outcomes = self._group([b[0] for b in batch])
                except BaseException as exc:  # never leave a caller waiting for ever
                    outcomes = [(None, exc) for _ in batch]
                self._hand_back([(b[1], b[2], *o) for b, o in zip(batch, outcomes, strict=True)])
                continue
            try:
                result = job()
            except BaseException as exc:  # raised again in the caller
                self._hand_back([(future, loop, None, exc)])
            else:
                self._hand_back([(future, loop, result, None)])

    @staticmethod
    def _hand_back(settled: list[tuple[asyncio.Future[object], asyncio.AbstractEventLoop,
                                       object, BaseException | None]]) -> None:
        """One callback into each event loop for the whole group."""
        by_loop: dict[asyncio.AbstractEventLoop, list[tuple[
            asyncio.Future[object], object, BaseException | None]]] = {}
        for future, loop, result, exc in settled:
            by_loop.setdefault(loop, []).append((future, result, exc))

        def settle(items: list[tuple[asyncio.Future[object], object,
                                     BaseException | None]]) -> None:
            for future, result, exc in items:
                if future.done():
                    continue
                if exc is not None:
                    future.set_exception(exc)
                else:
                    future.set_result(result)

        for loop, items in by_loop.items():
            with contextlib.suppress(RuntimeError):  # the loop is closed: no one is waiting
                loop.call_soon_threadsafe(settle, items)

    def shutdown(self) -> None:
        """Stop after the jobs already queued (waits for them)."""
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
            self._thread = None


class SqliteStorage(Storage):
    def __init__(self, path: str, disk_reserve_bytes: int = 0, low_water_bytes: int = 0) -> None:
        self._path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._worker = _Worker("relay-sqlite", self._run_group)
        self._reserve_bytes = disk_reserve_bytes if path != ":memory:" else 0
        self._reserve = Path(f"{path}-reserve")
        #: Below this much free space no deposit is taken (the reserve is kept for owners).
        self._low_water = max(low_water_bytes, disk_reserve_bytes)
        #: Set when a write failed for lack of space; cleared when the space is back.
        self.full = False
        self._memory = path == ":memory:"
        self._group_stored: dict[bytes, int] = {}  # see `_run_group` (worker thread only)
        self._dir = str(self._path.parent)
        #: The free space last read, when, and the bytes deposited since (see `disk_ok`).
        self._free_seen = 0
        self._free_at = -math.inf
        self._since_free = 0

    async def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        def call() -> T:
            if self._conn is None:
                raise StorageError("storage is closed")
            try:
                return fn(self._conn)
            except sqlite3.Error as exc:
                if self._conn.in_transaction:
                    self._conn.rollback()
                raise self._error(exc) from exc

        return await self._worker.run(call)

    def _error(self, exc: sqlite3.Error) -> StorageError:
        if self._is_full(exc):
            return StorageFull(f"sqlite: {type(exc).__name__}: {exc}")
        return StorageError(f"sqlite: {type(exc).__name__}: {exc}")

    def _run_group(self, steps: list[_Step]) -> list[_Outcome]:
        """Run `steps` (each given the connection) in one transaction. If one of them fails,
        that transaction is rolled back and each step runs again in a transaction of its own,
        so a step that fails is undone alone and gets its error while the others commit. If
        the transaction cannot commit, every step gets the error (none of them has been
        answered, so nothing acknowledged is lost)."""
        c = self._conn
        if c is None:
            return [(None, StorageError("storage is closed")) for _ in steps]
        results: list[object] = []
        # Bytes stored per creator by this group (and the runs alone after a failure), which
        # the relay's count does not hold yet: for the creators' budgets.
        self._group_stored.clear()
        try:
            c.execute("BEGIN IMMEDIATE")
            try:
                for step in steps:
                    results.append(step(c))
            except BaseException:
                c.execute("ROLLBACK")
                self._group_stored.clear()
                return [self._alone(c, step) for step in steps]
            c.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                if c.in_transaction:
                    c.rollback()
            return [(None, self._error(exc)) for _ in steps]
        return [(result, None) for result in results]

    def _alone(self, c: sqlite3.Connection, step: _Step) -> _Outcome:
        try:
            c.execute("BEGIN IMMEDIATE")
            try:
                result = step(c)
            except BaseException:
                c.execute("ROLLBACK")
                raise
            c.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                if c.in_transaction:
                    c.rollback()
            return None, self._error(exc)
        except Exception as exc:  # a bug in the step: its caller gets it
            return None, exc
        return result, None

    def _is_full(self, exc: sqlite3.Error) -> bool:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code == sqlite3.SQLITE_FULL:
            return True
        # Some file systems report a failed write as an I/O error: look at the space left.
        return code == sqlite3.SQLITE_IOERR and self._free_bytes() < max(self._low_water, 1)

    async def _run_freeing(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """For owner commands: on a full disk give up the reserve and try once more, so an
        owner can always acknowledge (delete) and so make room."""
        try:
            return await self._run(fn)
        except StorageFull:
            self.full = True
            if not self._release_reserve():
                raise
            log.warning("storage: disk full; the reserve was given up for owner commands")
            return await self._run(fn)

    def _free_bytes(self) -> int:
        try:
            stat = os.statvfs(self._dir)
        except OSError:
            return 0
        return stat.f_bavail * stat.f_frsize

    def _release_reserve(self) -> bool:
        try:
            self._reserve.unlink()
        except FileNotFoundError:
            return False
        except OSError:
            return False
        return True

    def _make_reserve(self) -> bool:
        """Allocate the reserve file (real blocks, not a sparse file); False if no room."""
        if not self._reserve_bytes:
            return True
        try:
            if self._reserve.stat().st_size >= self._reserve_bytes:
                return True
        except OSError:
            pass
        try:
            fd = os.open(self._reserve, os.O_WRONLY | os.O_CREAT, 0o600)
        except OSError:
            return False
        try:
            os.posix_fallocate(fd, 0, self._reserve_bytes)
            os.fsync(fd)
        except OSError:
            os.close(fd)
            with contextlib.suppress(OSError):
                self._reserve.unlink()
            return False
        os.close(fd)
        return True

    def disk_ok(self, incoming: int = 0, *, fresh: bool = False) -> bool:
        """Whether a deposit (of `incoming` bytes) may be taken: enough free space, and the
        reserve in place.

        While space is plentiful the free space is read again only every `FREE_RECHECK_SECONDS`
        or once `FREE_RECHECK_BYTES` (at most a quarter of the low-water mark) have been taken
        since: reading it is a system call per deposit otherwise, and between two readings the
        relay cannot write more than that. Near the mark, and while full, it is read every time.
        """
        if self._memory:
            return True
        now = time.monotonic()
        margin = min(FREE_RECHECK_BYTES, self._low_water // 4)
        if (fresh or self.full or now - self._free_at >= FREE_RECHECK_SECONDS
                or self._since_free + incoming > margin
                or self._free_seen - self._since_free - incoming < self._low_water + margin):
            self._free_seen = self._free_bytes()
            self._free_at = now
            self._since_free = 0
        free = self._free_seen - self._since_free
        if self.full:
            if free < self._low_water + self._reserve_bytes or not self._make_reserve():
                return False
            self.full = False
            log.info("storage: disk space is back; deposits are taken again")
        if free < self._low_water:
            return False
        self._since_free += incoming
        return True

    async def open(self, on_wake: WakeCallback) -> None:
        # Wake-ups only come from this process, which notifies its own waiters directly.
        del on_wake

        def connect() -> None:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: the WAL is fsynced at every commit, so an acknowledged deposit survives a
            # power cut, not only a process crash.
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=5000")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                conn.close()
                raise StorageError(
                    f"database schema {version} is newer than this relay ({SCHEMA_VERSION})")
            if version == 0:
                # executescript commits first, so the transaction is part of the script.
                conn.executescript(f"BEGIN IMMEDIATE;{_SCHEMA}{_SCHEMA_V3}{_SCHEMA_V4}"
                                   f"PRAGMA user_version={SCHEMA_VERSION};COMMIT;")
            elif version < SCHEMA_VERSION:
                # 1 -> 2 bound challenges to a mailbox; they live in memory here, so nothing
                # stored changes. 2 -> 3 adds admission tokens and each mailbox's creator;
                # 3 -> 4 the per-mailbox counts.
                steps = (_SCHEMA_V3 if version < 3 else "") + _SCHEMA_V4
                conn.executescript(f"BEGIN IMMEDIATE;{steps}"
                                   f"PRAGMA user_version={SCHEMA_VERSION};COMMIT;")
            conn.execute("ATTACH DATABASE ':memory:' AS volatile")
            conn.executescript(_VOLATILE)
            self._conn = conn

        try:
            await self._worker.run(connect)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open the SQLite database: {exc}") from exc
        if not self._make_reserve():
            self.full = True
            log.warning("storage: no room for the %d-byte disk reserve; deposits wait for space",
                        self._reserve_bytes)
        log.info("storage: sqlite opened (schema %d)", SCHEMA_VERSION)

    async def close(self) -> None:
        def close() -> None:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

        await self._worker.run(close)
        self._worker.shutdown()
        if self._reserve_bytes:
            self._release_reserve()  # made again at the next start

    async def ping(self) -> None:
        # Not through the worker: a health check must not wait behind queued transactions.
        if self._conn is None:
            raise StorageError("storage is closed")
        if not self.disk_ok(fresh=True):
            raise StorageFull("sqlite: the disk is (nearly) full")

    async def create_mailbox(self, receive_hash: bytes, send_hash: bytes, auth_key: bytes,
                             now: float, creator: bytes | None = None) -> None:
        def tx(c: sqlite3.Connection) -> None:
            c.execute("INSERT INTO mailboxes (receive_hash, send_hash, auth_key, created_at,"
                      " last_owner_at, creator) VALUES (?, ?, ?, ?, ?, ?)",
                      (receive_hash, send_hash, auth_key, now, now, creator))

        await self._run(tx)

    async def deposit(self, d: Deposit) -> DepositResult:
        if not self.disk_ok(len(d.body)):
            return DepositResult(DepositOutcome.RELAY_FULL)
        try:
            # Deposits waiting together share a transaction (`_run_group`).
            return await self._worker.run_grouped(
                lambda c: _deposit(c, d, self._group_stored))
        except StorageFull:
            self.full = True
            return DepositResult(DepositOutcome.RELAY_FULL)

    async def add_challenge(self, challenge_hash: bytes, receive_hash: bytes,
                            expires_at: float) -> None:
        await self._run(lambda c: c.execute(
            "INSERT INTO volatile.challenges (hash, receive_hash, expires_at) VALUES (?, ?, ?)",
            (challenge_hash, receive_hash, expires_at)))

    async def authenticate(self, challenge_hash: bytes | None, receive_hash: bytes | None,
                           now: float, touch_every: float,
                           next_challenge: tuple[bytes, float] | None = None,
                           ) -> tuple[bool, Owner | None]:
        def tx(c: sqlite3.Connection) -> tuple[bool, Owner | None]:
            c.execute("BEGIN IMMEDIATE")
            try:
                fresh, owner = _authenticate(c, challenge_hash, receive_hash, now,
                                             touch_every)
                if fresh and owner is not None and next_challenge is not None:
                    assert receive_hash is not None
                    c.execute("INSERT INTO volatile.challenges (hash, receive_hash, expires_at)"
                              " VALUES (?, ?, ?)",
                              (next_challenge[0], receive_hash, next_challenge[1]))
            except BaseException:
                c.execute("ROLLBACK")
                raise
            c.execute("COMMIT")
            return fresh, owner

        return await self._run_freeing(tx)

    async def fetch(self, mailbox: int, limit: int, max_bytes: int,
                    after: str | None = None) -> list[StoredMessage]:
        def tx(c: sqlite3.Connection) -> list[StoredMessage]:
            rows = c.execute("SELECT message_id, received_at, body FROM messages"
                             " WHERE mailbox_id = ? AND seq > coalesce((SELECT seq FROM messages"
                             " WHERE mailbox_id = ? AND message_id = ?), 0)"
                             " ORDER BY seq LIMIT ?", (mailbox, mailbox, after, limit))
            return cap_batch((StoredMessage(r[0], float(r[1]), bytes(r[2])) for r in rows),
                             max_bytes)

        return await self._run(tx)

    async def ack(self, mailbox: int, message_ids: list[str]) -> int:
        def tx(c: sqlite3.Connection) -> int:
            marks = ",".join("?" * len(message_ids))
            sql = f"DELETE FROM messages WHERE mailbox_id = ? AND message_id IN ({marks})"  # noqa: S608
            cur = c.execute(sql, (mailbox, *message_ids))
            return cur.rowcount

        if not message_ids:
            return 0
        return await self._run_freeing(tx)

    async def rotate_key(self, mailbox: int, auth_key: bytes) -> None:
        await self._run_freeing(lambda c: c.execute(
            "UPDATE mailboxes SET auth_key = ? WHERE id = ?", (auth_key, mailbox)))

    async def delete_mailbox(self, mailbox: int) -> None:
        await self._run_freeing(lambda c: c.execute("DELETE FROM mailboxes WHERE id = ?",
                                                    (mailbox,)))

    async def sweep(self, now: float, idle_before: float | None) -> SweepCounts:
        # In small transactions, each its own job on the worker: deposits and fetches queued
        # meanwhile run between them instead of waiting for a large backlog to go.
        total = SweepCounts()
        while True:
            counts = await self._run_freeing(lambda c: _sweep_batch(c, now, idle_before))
            total = SweepCounts(total.messages + counts.messages,
                                total.mailboxes + counts.mailboxes,
                                total.challenges + counts.challenges,
                                total.idempotency + counts.idempotency)
            if (counts.messages < SWEEP_BATCH and counts.idempotency < SWEEP_BATCH
                    and counts.mailboxes < SWEEP_BATCH_MAILBOXES):
                return total

    async def counts(self) -> dict[str, int]:
        def tx(c: sqlite3.Connection) -> dict[str, int]:
            boxes = c.execute("SELECT count(*) FROM mailboxes").fetchone()[0]
            msgs, size = c.execute("SELECT coalesce(sum(stored_count), 0),"
                                   " coalesce(sum(stored_bytes), 0) FROM mailboxes").fetchone()
            return {"mailboxes": int(boxes), "messages": int(msgs), "stored_bytes": int(size)}

        return await self._run(tx)

    async def usage(self) -> Usage:
        def tx(c: sqlite3.Connection) -> Usage:
            total = int(c.execute("SELECT coalesce(sum(stored_bytes), 0) FROM mailboxes"
                                  ).fetchone()[0])
            rows = c.execute("SELECT creator, sum(stored_bytes) FROM mailboxes"
                             " WHERE creator IS NOT NULL GROUP BY creator").fetchall()
            return Usage(total, {bytes(r[0]): int(r[1]) for r in rows})

        return await self._run(tx)

    async def add_admission_token(self, token_hash: bytes, label: str, now: float) -> None:
        await self._run(lambda c: c.execute(
            "INSERT INTO admission_tokens (hash, label, created_at) VALUES (?, ?, ?)",
            (token_hash, label, now)))

    async def admission_token_ok(self, token_hash: bytes) -> bool:
        row = await self._run(lambda c: c.execute(
            "SELECT 1 FROM admission_tokens WHERE hash = ? AND revoked_at IS NULL",
            (token_hash,)).fetchone())
        return row is not None

    async def list_admission_tokens(self) -> list[AdmissionToken]:
        def tx(c: sqlite3.Connection) -> list[AdmissionToken]:
            rows = c.execute(
                "SELECT t.hash, t.label, t.created_at, t.revoked_at,"
                " (SELECT count(*) FROM mailboxes b WHERE b.creator = t.hash),"
                " (SELECT coalesce(sum(b.stored_bytes), 0) FROM mailboxes b"
                "  WHERE b.creator = t.hash)"
                " FROM admission_tokens t ORDER BY t.created_at").fetchall()
            return [AdmissionToken(bytes(r[0]), str(r[1]), float(r[2]),
                                   None if r[3] is None else float(r[3]), int(r[4]), int(r[5]))
                    for r in rows]

        return await self._run(tx)

    async def revoke_admission_token(self, hash_prefix: bytes, now: float) -> int:
        def tx(c: sqlite3.Connection) -> int:
            hashes = [bytes(r[0]) for r in c.execute(
                "SELECT hash FROM admission_tokens WHERE revoked_at IS NULL")]
            chosen = [h for h in hashes if h.startswith(hash_prefix)]
            for h in chosen:
                c.execute("UPDATE admission_tokens SET revoked_at = ? WHERE hash = ?", (now, h))
            return len(chosen)

        return await self._run(tx)


#: Rows deleted per sweep transaction (a mailbox takes its messages with it, hence fewer).
SWEEP_BATCH = 2000
SWEEP_BATCH_MAILBOXES = 50


def _sweep_batch(c: sqlite3.Connection, now: float, idle_before: float | None) -> SweepCounts:
    c.execute("BEGIN IMMEDIATE")
    try:
        boxes = 0
        if idle_before is not None:
            boxes = c.execute("DELETE FROM mailboxes WHERE id IN (SELECT id FROM mailboxes"
                              " WHERE last_owner_at < ? LIMIT ?)",
                              (idle_before, SWEEP_BATCH_MAILBOXES)).rowcount
        counts = SweepCounts(
            messages=c.execute("DELETE FROM messages WHERE seq IN (SELECT seq FROM messages"
                               " WHERE expires_at <= ? LIMIT ?)", (now, SWEEP_BATCH)).rowcount,
            mailboxes=boxes,
            challenges=c.execute("DELETE FROM volatile.challenges WHERE expires_at <= ?",
                                 (now,)).rowcount,
            idempotency=c.execute(
                "DELETE FROM idempotency WHERE rowid IN (SELECT rowid FROM idempotency"
                " WHERE expires_at <= ? LIMIT ?)", (now, SWEEP_BATCH)).rowcount,
        )
    except BaseException:
        c.execute("ROLLBACK")
        raise
    c.execute("COMMIT")
    return counts


def _authenticate(c: sqlite3.Connection, challenge_hash: bytes | None,
                  receive_hash: bytes | None, now: float,
                  touch_every: float) -> tuple[bool, Owner | None]:
    fresh = False
    if challenge_hash is not None:
        # Deleted whatever the outcome: a challenge is tried once.
        row = c.execute("DELETE FROM volatile.challenges WHERE hash = ?"
                        " RETURNING expires_at, receive_hash", (challenge_hash,)).fetchone()
        fresh = (row is not None and float(row[0]) > now and receive_hash is not None
                 and hmac.compare_digest(bytes(row[1]), receive_hash))
    if receive_hash is None:
        return fresh, None
    row = c.execute("SELECT id, auth_key, last_owner_at FROM mailboxes WHERE receive_hash = ?",
                    (receive_hash,)).fetchone()
    if row is None:
        return fresh, None
    if float(row[2]) < now - touch_every:
        c.execute("UPDATE mailboxes SET last_owner_at = ? WHERE id = ?", (now, row[0]))
    return fresh, Owner(int(row[0]), bytes(row[1]))


def _deposit(c: sqlite3.Connection, d: Deposit,
             stored_meanwhile: dict[bytes, int] | None = None) -> DepositResult:
    """One deposit's checks and writes; `stored_meanwhile` (bytes per creator stored earlier
    in the same transaction) is counted against the creators' budgets and added to."""
    # The mailbox, its counts and the idempotency key's earlier use, in one statement.
    row = c.execute("SELECT b.id, b.creator, b.stored_count, b.stored_bytes, i.body_hash,"
                    " i.message_id, i.received_at FROM mailboxes b LEFT JOIN idempotency i"
                    " ON i.mailbox_id = b.id AND i.key_hash = ? WHERE b.send_hash = ?",
                    (d.key_hash, d.send_hash)).fetchone()
    if row is None:
        return DepositResult(DepositOutcome.UNKNOWN_MAILBOX)
    mailbox = int(row[0])
    creator = None if row[1] is None else bytes(row[1])
    count, size = row[2], row[3]
    if row[4] is not None:
        outcome = DepositOutcome.DUPLICATE if bytes(row[4]) == d.body_hash else (
            DepositOutcome.CONFLICT)
        return DepositResult(outcome, mailbox, row[5], float(row[6]))
    if count + 1 > d.quota_messages or size + len(d.body) > d.quota_bytes:
        return DepositResult(DepositOutcome.MAILBOX_FULL, mailbox)
    if over_creator_budget(d, creator, stored_meanwhile):
        return DepositResult(DepositOutcome.CREATOR_FULL, mailbox, creator=creator)
    c.execute("INSERT INTO messages (mailbox_id, message_id, received_at, expires_at, size, body)"
              " VALUES (?, ?, ?, ?, ?, ?)",
              (mailbox, d.message_id, d.now, d.expires_at, len(d.body), d.body))
    c.execute("INSERT INTO idempotency (mailbox_id, key_hash, body_hash, message_id, received_at,"
              " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
              (mailbox, d.key_hash, d.body_hash, d.message_id, d.now, d.expires_at))
    if creator is not None and stored_meanwhile is not None:
        stored_meanwhile[creator] = stored_meanwhile.get(creator, 0) + len(d.body)
    return DepositResult(DepositOutcome.STORED, mailbox, d.message_id, d.now, creator)
