"""PostgreSQL backend (psycopg 3): several relay processes share one database.

A deposit's transaction also runs `pg_notify`, so every relay process, listening on one
dedicated connection, wakes its own long-polls for that mailbox when the deposit commits.
The notification carries only the mailbox's internal row number.

On a full disk (SQLSTATE class 53) writes raise `StorageFull`; deleting still works, and the
app then keeps challenges in memory so owners can acknowledge. Health is probed on a connection
of its own, with a write that must allocate a new block (a temporary table made empty again),
so it answers at once under load and says "unavailable" when nothing can be written.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import psycopg

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
)

CHANNEL = "ementor_relay"
#: Advisory lock number that serializes schema migrations between starting processes.
_MIGRATION_LOCK = 0x656D656E746F72
#: Advisory lock number held by the one process sweeping at a time.
_SWEEP_LOCK = 0x656D656E746F73

#: The first schema, as version 1 created it; `_MIGRATIONS` take it to SCHEMA_VERSION.
_SCHEMA_V1 = [
    """CREATE TABLE mailboxes (
        id BIGSERIAL PRIMARY KEY,
        receive_hash BYTEA NOT NULL UNIQUE,
        send_hash BYTEA NOT NULL UNIQUE,
        auth_key BYTEA NOT NULL,
        created_at DOUBLE PRECISION NOT NULL,
        last_owner_at DOUBLE PRECISION NOT NULL)""",
    """CREATE TABLE messages (
        seq BIGSERIAL PRIMARY KEY,
        mailbox_id BIGINT NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
        message_id TEXT NOT NULL,
        received_at DOUBLE PRECISION NOT NULL,
        expires_at DOUBLE PRECISION NOT NULL,
        size INTEGER NOT NULL,
        body BYTEA NOT NULL,
        UNIQUE (mailbox_id, message_id))""",
    # Serves fetch (oldest first) and, covering size, the quota check without reading blobs.
    "CREATE INDEX messages_by_mailbox ON messages(mailbox_id, seq) INCLUDE (size)",
    "CREATE INDEX messages_expiry ON messages(expires_at)",
    """CREATE TABLE idempotency (
        mailbox_id BIGINT NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
        key_hash BYTEA NOT NULL,
        body_hash BYTEA NOT NULL,
        message_id TEXT NOT NULL,
        received_at DOUBLE PRECISION NOT NULL,
        expires_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (mailbox_id, key_hash))""",
    "CREATE INDEX idempotency_expiry ON idempotency(expires_at)",
    # Unlogged: no WAL, and a crash empties it, so a used challenge can never come back.
    """CREATE UNLOGGED TABLE challenges (
        hash BYTEA PRIMARY KEY,
        expires_at DOUBLE PRECISION NOT NULL)""",
    "CREATE INDEX challenges_expiry ON challenges(expires_at)",
]

#: Statements that take the schema from version N-1 to N, each run in the opening transaction.
_MIGRATIONS: dict[int, list[str]] = {
    # 2: a challenge is bound to the mailbox it was issued for. Challenges live a minute and
    # forgetting them can only refuse a command, so the table is simply made anew (DROP takes
    # its lock at once, so no challenge issued meanwhile by an older process can slip in).
    2: [
        "DROP TABLE challenges",
        """CREATE UNLOGGED TABLE challenges (
            hash BYTEA PRIMARY KEY,
            receive_hash BYTEA NOT NULL,
            expires_at DOUBLE PRECISION NOT NULL)""",
        "CREATE INDEX challenges_expiry ON challenges(expires_at)",
    ],
    # 3: operator-issued admission tokens (their hash only) and each mailbox's creator.
    3: [
        "ALTER TABLE mailboxes ADD COLUMN creator BYTEA",
        "CREATE INDEX mailboxes_by_creator ON mailboxes(creator) WHERE creator IS NOT NULL",
        """CREATE TABLE admission_tokens (
            hash BYTEA PRIMARY KEY,
            label TEXT NOT NULL,
            created_at DOUBLE PRECISION NOT NULL,
            revoked_at DOUBLE PRECISION)""",
    ],
    # 4: each mailbox's message count and stored bytes, kept true by triggers on every insert
    # and delete (by any relay process, of any version), so a deposit's quota check and the
    # byte budgets read one row instead of summing the mailbox's messages; and a deposit is one
    # statement, `ementor_deposit`, one round trip in its own transaction. Writes to messages
    # wait while the counts are first taken.
    4: [
        "LOCK TABLE mailboxes, messages IN EXCLUSIVE MODE",
        "ALTER TABLE mailboxes ADD COLUMN stored_count BIGINT NOT NULL DEFAULT 0,"
        " ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0",
        """UPDATE mailboxes b SET stored_count = s.n, stored_bytes = s.size
           FROM (SELECT mailbox_id, count(*) AS n, sum(size) AS size FROM messages
                 GROUP BY mailbox_id) s
           WHERE b.id = s.mailbox_id""",
        """CREATE FUNCTION ementor_count_added() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN
             UPDATE mailboxes SET stored_count = stored_count + 1,
                                  stored_bytes = stored_bytes + NEW.size
             WHERE id = NEW.mailbox_id;
             RETURN NULL;
           END $$""",
        """CREATE TRIGGER messages_counted AFTER INSERT ON messages
           FOR EACH ROW EXECUTE FUNCTION ementor_count_added()""",
        # Per statement: an acknowledgement or a sweep of many messages updates each mailbox
        # once, locking them in row-number order (see ementor_deposit_batch).
        """CREATE FUNCTION ementor_count_removed() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN
             PERFORM 1 FROM mailboxes WHERE id IN (SELECT mailbox_id FROM gone)
               ORDER BY id FOR NO KEY UPDATE;
             UPDATE mailboxes b SET stored_count = b.stored_count - g.n,
                                    stored_bytes = b.stored_bytes - g.size
             FROM (SELECT mailbox_id, count(*) AS n, sum(size) AS size FROM gone
                   GROUP BY mailbox_id) g
             WHERE b.id = g.mailbox_id;
             RETURN NULL;
           END $$""",
        """CREATE TRIGGER messages_uncounted AFTER DELETE ON messages
           REFERENCING OLD TABLE AS gone
           FOR EACH STATEMENT EXECUTE FUNCTION ementor_count_removed()""",
        # A batch of deposits in one transaction (`_Deposits`). Every mailbox the batch deposits
        # to is locked first, in the order of their row numbers, as every other transaction
        # that locks several mailboxes does (the counting trigger, the idle sweep), so two of
        # them never wait for each other; the row locks serialize deposits to one mailbox
        # across processes: quota and idempotency hold. With `p_skip_locked` the mailboxes that
        # another transaction holds (another process's batch) are not waited for: their
        # deposits are answered 'busy' and go again in a batch of their own that waits (so
        # the batches of several processes do not queue behind each other whole). The
        # deposits are then taken in order, each seeing the ones before it.
        # `p_creators`/`p_creator_used`: the bytes stored per admission token as the relay last
        # counted them, against `p_creator_quota`. The channel is CHANNEL.
        """CREATE FUNCTION ementor_deposit_batch(
               p_sends BYTEA[], p_keys BYTEA[], p_body_hashes BYTEA[], p_bodies BYTEA[],
               p_message_ids TEXT[], p_now DOUBLE PRECISION[], p_expires DOUBLE PRECISION[],
               p_quota_messages BIGINT, p_quota_bytes BIGINT, p_creators BYTEA[],
               p_creator_used BIGINT[], p_creator_quota BIGINT, p_skip_locked BOOLEAN)
           RETURNS TABLE (o_outcome TEXT, o_mailbox BIGINT, o_message_id TEXT,
                          o_received_at DOUBLE PRECISION, o_creator BYTEA)
           LANGUAGE plpgsql AS $$
           DECLARE
             v_count BIGINT;
             v_bytes BIGINT;
             v_size BIGINT;
             v_used BIGINT;
             v_at INT;
             v_seen BYTEA;
             v_locked BIGINT[];
           BEGIN
             IF p_skip_locked THEN
               SELECT array_agg(l.id) INTO v_locked FROM (SELECT id FROM mailboxes
                 WHERE send_hash = ANY(p_sends) ORDER BY id FOR UPDATE SKIP LOCKED) l;
               v_locked := coalesce(v_locked, '{}');
             ELSE
               PERFORM 1 FROM mailboxes WHERE send_hash = ANY(p_sends) ORDER BY id
                 FOR UPDATE;
             END IF;
             FOR n IN 1 .. coalesce(array_length(p_sends, 1), 0) LOOP
               o_outcome := NULL;
               o_message_id := NULL;
               o_received_at := NULL;
               v_size := length(p_bodies[n]);
               IF p_skip_locked THEN
                 SELECT b.id, b.creator, b.stored_count, b.stored_bytes
                   INTO o_mailbox, o_creator, v_count, v_bytes
                   FROM mailboxes b WHERE b.send_hash = p_sends[n];
                 IF FOUND AND NOT o_mailbox = ANY(v_locked) THEN
                   o_outcome := 'busy';
                   RETURN NEXT;
                   CONTINUE;
                 END IF;
               ELSE
                 -- Locked again: a no-op for the mailboxes locked above, and a lock for one
                 -- created since that statement began.
                 SELECT b.id, b.creator, b.stored_count, b.stored_bytes
                   INTO o_mailbox, o_creator, v_count, v_bytes
                   FROM mailboxes b WHERE b.send_hash = p_sends[n] FOR UPDATE;
               END IF;
               IF NOT FOUND THEN
                 o_outcome := 'unknown';
                 RETURN NEXT;
                 CONTINUE;
               END IF;
               SELECT i.body_hash, i.message_id, i.received_at
                 INTO v_seen, o_message_id, o_received_at
                 FROM idempotency i WHERE i.mailbox_id = o_mailbox AND i.key_hash = p_keys[n];
               IF FOUND THEN
                 o_outcome := CASE WHEN v_seen = p_body_hashes[n]
                                   THEN 'duplicate' ELSE 'conflict' END;
                 RETURN NEXT;
                 CONTINUE;
               END IF;
               IF v_count + 1 > p_quota_messages OR v_bytes + v_size > p_quota_bytes THEN
                 o_outcome := 'full';
                 RETURN NEXT;
                 CONTINUE;
               END IF;
               v_at := NULL;
               IF o_creator IS NOT NULL AND p_creator_quota > 0 THEN
                 v_at := array_position(p_creators, o_creator);
                 v_used := CASE WHEN v_at IS NULL THEN 0 ELSE p_creator_used[v_at] END;
                 IF v_used + v_size > p_creator_quota THEN
                   o_outcome := 'creator_full';
                   RETURN NEXT;
                   CONTINUE;
                 END IF;
               END IF;
               INSERT INTO messages (mailbox_id, message_id, received_at, expires_at, size,
                                     body)
                 VALUES (o_mailbox, p_message_ids[n], p_now[n], p_expires[n], v_size,
                         p_bodies[n]);
               INSERT INTO idempotency (mailbox_id, key_hash, body_hash, message_id,
                                        received_at, expires_at)
                 VALUES (o_mailbox, p_keys[n], p_body_hashes[n], p_message_ids[n], p_now[n],
                         p_expires[n]);
               PERFORM pg_notify('ementor_relay', o_mailbox::text);
               -- Counted for the deposits after it in this batch.
               IF v_at IS NOT NULL THEN
                 p_creator_used[v_at] := p_creator_used[v_at] + v_size;
               ELSIF o_creator IS NOT NULL AND p_creator_quota > 0 THEN
                 p_creators := p_creators || o_creator;
                 p_creator_used := p_creator_used || v_size;
               END IF;
               o_outcome := 'stored';
               o_message_id := p_message_ids[n];
               o_received_at := p_now[n];
               RETURN NEXT;
             END LOOP;
           END $$""",
        # An owner command's storage work in one statement (`PostgresStorage.authenticate`).
        # Only challenges (unlogged) and the hourly last-use time are written: neither needs
        # to wait for the WAL to reach the disk.
        """CREATE FUNCTION ementor_authenticate(
               p_challenge BYTEA, p_receive BYTEA, p_now DOUBLE PRECISION,
               p_touch_every DOUBLE PRECISION, p_next BYTEA, p_next_expires DOUBLE PRECISION,
               OUT o_fresh BOOLEAN, OUT o_mailbox BIGINT, OUT o_auth_key BYTEA)
           LANGUAGE plpgsql AS $$
           DECLARE
             v_expires DOUBLE PRECISION;
             v_bound BYTEA;
             v_last DOUBLE PRECISION;
           BEGIN
             PERFORM set_config('synchronous_commit', 'off', true);
             o_fresh := false;
             IF p_challenge IS NOT NULL THEN
               -- Deleted whatever the outcome: a challenge is tried once.
               DELETE FROM challenges WHERE hash = p_challenge
                 RETURNING expires_at, receive_hash INTO v_expires, v_bound;
               o_fresh := FOUND AND v_expires > p_now AND p_receive IS NOT NULL
                          AND v_bound = p_receive;
             END IF;
             IF p_receive IS NULL THEN
               RETURN;
             END IF;
             SELECT id, auth_key, last_owner_at INTO o_mailbox, o_auth_key, v_last
               FROM mailboxes WHERE receive_hash = p_receive;
             IF NOT FOUND THEN
               RETURN;
             END IF;
             IF v_last < p_now - p_touch_every THEN
               UPDATE mailboxes SET last_owner_at = p_now WHERE id = o_mailbox;
             END IF;
             IF o_fresh AND p_next IS NOT NULL THEN
               INSERT INTO challenges (hash, receive_hash, expires_at)
                 VALUES (p_next, p_receive, p_next_expires);
             END IF;
           END $$""",
    ],
}

#: How long a health probe's answer is reused (health checks are exempt from rate limits).
HEALTH_CACHE_SECONDS = 1.0
#: Bytes the health probe writes: more than a page, so it must allocate new blocks.
_PROBE_BYTES = 16 * 1024


def _is_full(exc: psycopg.Error) -> bool:
    """SQLSTATE class 53: disk full, out of memory or connections (insufficient resources)."""
    state = getattr(exc, "sqlstate", None) or ""
    return state == "53100" or isinstance(exc, psycopg.errors.DiskFull)


class _Pool:
    """A small fixed-size pool of autocommit connections; broken ones are replaced."""

    def __init__(self, url: str, size: int) -> None:
        self._url = url
        self._size = size
        self._idle: asyncio.Queue[psycopg.AsyncConnection] = asyncio.Queue()
        self._slots = asyncio.Semaphore(size)
        self._all: set[psycopg.AsyncConnection] = set()
        self._cursors: dict[psycopg.AsyncConnection, psycopg.AsyncCursor[tuple[Any, ...]]] = {}

    def cursor(self, conn: psycopg.AsyncConnection) -> psycopg.AsyncCursor[tuple[Any, ...]]:
        """A cursor kept with the connection (for the busiest statement: making one each
        time copies the connection's adapters)."""
        cur = self._cursors.get(conn)
        if cur is None or cur.closed:
            cur = self._cursors[conn] = conn.cursor()
        return cur

    @contextlib.asynccontextmanager
    async def connection(self) -> AsyncIterator[psycopg.AsyncConnection]:
        async with self._slots:
            conn = self._idle.get_nowait() if not self._idle.empty() else None
            if conn is None or conn.closed:
                conn = await psycopg.AsyncConnection.connect(self._url, autocommit=True)
                self._all.add(conn)
            try:
                yield conn
            except BaseException:
                if conn.broken or conn.closed:
                    self._all.discard(conn)
                    self._cursors.pop(conn, None)
                    await conn.close()
                    conn = None
                raise
            finally:
                if conn is not None:
                    self._idle.put_nowait(conn)

    async def close(self) -> None:
        for conn in list(self._all):
            await conn.close()
        self._all.clear()
        self._cursors.clear()


class PostgresStorage(Storage):
    def __init__(self, url: str, pool_size: int = 8) -> None:
        self._url = url
        self._pool = _Pool(url, pool_size)
        self._deposits = _Deposits(self._deposit_batch, in_flight=max(1, pool_size // 2))
        self._listener: asyncio.Task[None] | None = None
        self._listening = asyncio.Event()
        self._health: psycopg.AsyncConnection | None = None
        self._health_lock = asyncio.Lock()
        self._health_at = -1e9
        self._health_error: StorageError | None = None

    @contextlib.asynccontextmanager
    async def _tx(self) -> AsyncIterator[psycopg.AsyncCursor[tuple[Any, ...]]]:
        try:
            async with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
                yield cur
        except psycopg.Error as exc:
            raise _storage_error(exc) from exc

    async def open(self, on_wake: WakeCallback) -> None:
        try:
            async with self._tx() as cur:
                await cur.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                await cur.execute("CREATE TABLE IF NOT EXISTS ementor_relay_meta"
                                  " (version INTEGER NOT NULL)")
                await cur.execute("SELECT version FROM ementor_relay_meta")
                row = await cur.fetchone()
                version = int(row[0]) if row else 0
                if version > SCHEMA_VERSION:
                    raise StorageError(f"database schema {version} is newer than this relay")
                if version == 0:
                    for statement in _SCHEMA_V1:
                        await cur.execute(statement)
                    await cur.execute("INSERT INTO ementor_relay_meta VALUES (1)")
                    version = 1
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    for statement in _MIGRATIONS[step]:
                        await cur.execute(statement)
                    await cur.execute("UPDATE ementor_relay_meta SET version = %s", (step,))
                    log.info("storage: postgresql schema migrated to %d", step)
        except OSError as exc:
            raise StorageError(f"cannot reach PostgreSQL: {exc}") from exc
        self._listener = asyncio.create_task(self._listen(on_wake), name="relay-pg-listen")
        await asyncio.wait_for(self._listening.wait(), timeout=10)
        log.info("storage: postgresql opened (schema %d)", SCHEMA_VERSION)

    async def _listen(self, on_wake: WakeCallback) -> None:
        delay = 0.1
        while True:
            try:
                conn = await psycopg.AsyncConnection.connect(self._url, autocommit=True)
                async with conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    if self._listening.is_set():
                        on_wake(0)  # notifications may have been missed while reconnecting
                    self._listening.set()
                    delay = 0.1
                    async for note in conn.notifies():
                        with contextlib.suppress(ValueError):
                            on_wake(int(note.payload))
            except asyncio.CancelledError:
                raise
            except (psycopg.Error, OSError) as exc:
                log.warning("storage: listener lost (%s); reconnecting", type(exc).__name__)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)

    async def close(self) -> None:
        self._deposits.closed = True
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
        if self._health is not None:
            with contextlib.suppress(psycopg.Error, OSError):
                await self._health.close()
            self._health = None
        await self._pool.close()

    async def ping(self) -> None:
        async with self._health_lock:
            if time.monotonic() - self._health_at >= HEALTH_CACHE_SECONDS:
                self._health_error = await self._probe()
                self._health_at = time.monotonic()
            if self._health_error is not None:
                raise self._health_error

    async def _probe(self) -> StorageError | None:
        """A write that needs new disk blocks, on the health connection (not the pool, so a
        health check never queues behind requests): empty a temporary table (a new, empty
        file) and write more than a page of incompressible bytes into it."""
        try:
            if self._health is None or self._health.closed or self._health.broken:
                self._health = await psycopg.AsyncConnection.connect(
                    self._url, autocommit=True, connect_timeout=5)
                await self._health.execute("CREATE TEMPORARY TABLE IF NOT EXISTS"
                                           " ementor_relay_probe (pad BYTEA)")
                await self._health.execute("ALTER TABLE ementor_relay_probe"
                                           " ALTER COLUMN pad SET STORAGE EXTERNAL")
            await self._health.execute("TRUNCATE ementor_relay_probe")
            await self._health.execute("INSERT INTO ementor_relay_probe VALUES (%s)",
                                       (os.urandom(_PROBE_BYTES),))
        except psycopg.Error as exc:
            return _storage_error(exc)
        except OSError as exc:
            return StorageError(f"cannot reach PostgreSQL: {exc}")
        return None

    async def create_mailbox(self, receive_hash: bytes, send_hash: bytes, auth_key: bytes,
                             now: float, creator: bytes | None = None) -> None:
        async with self._tx() as cur:
            await cur.execute(
                "INSERT INTO mailboxes (receive_hash, send_hash, auth_key, created_at,"
                " last_owner_at, creator) VALUES (%s, %s, %s, %s, %s, %s)",
                (receive_hash, send_hash, auth_key, now, now, creator))

    async def deposit(self, d: Deposit) -> DepositResult:
        return await self._deposits.submit(d)

    async def _deposit_batch(self, batch: list[Deposit]) -> list[DepositResult]:
        """One statement on an autocommit connection: one transaction, one round trip."""
        first = batch[0]
        creators = dict(first.creator_usage)
        results = await self._batch_once(batch, first, creators, skip_locked=True)
        busy = [n for n, r in enumerate(results) if r is None]
        if busy:  # held by another process's batch: wait for those mailboxes, these only
            for d, r in zip(batch, results, strict=True):
                if r is not None and r.outcome is DepositOutcome.STORED and r.creator:
                    creators[r.creator] = creators.get(r.creator, 0) + len(d.body)
            again = await self._batch_once([batch[n] for n in busy], first, creators,
                                           skip_locked=False)
            for n, r in zip(busy, again, strict=True):
                results[n] = r
        if any(r is None for r in results):
            raise StorageError("postgresql: a deposit batch left deposits unanswered")
        return [r for r in results if r is not None]

    async def _batch_once(self, batch: list[Deposit], first: Deposit,
                          creators: dict[bytes, int],
                          skip_locked: bool) -> list[DepositResult | None]:
        """One statement; None for the deposits answered 'busy'."""
        for attempt in (1, 2):
            try:
                return await self._try_batch(batch, first, list(creators.items()),
                                             skip_locked)
            except psycopg.errors.DeadlockDetected as exc:  # the lock order should rule it out
                if attempt == 2:
                    raise _storage_error(exc) from exc
                log.warning("storage: a deposit batch was chosen as a deadlock victim; again")
            except psycopg.Error as exc:
                raise _storage_error(exc) from exc
        raise AssertionError("unreachable")

    async def _try_batch(self, batch: list[Deposit], first: Deposit,
                         creators: list[tuple[bytes, int]],
                         skip_locked: bool) -> list[DepositResult | None]:
        async with self._pool.connection() as conn:
            cur = self._pool.cursor(conn)
            await cur.execute(
                "SELECT * FROM ementor_deposit_batch(%b, %b, %b, %b, %s, %s, %s, %s, %s,"
                " %s::bytea[], %s::bigint[], %s, %s)",
                ([d.send_hash for d in batch], [d.key_hash for d in batch],
                 [d.body_hash for d in batch], [d.body for d in batch],
                 [d.message_id for d in batch], [d.now for d in batch],
                 [d.expires_at for d in batch], first.quota_messages, first.quota_bytes,
                 [c for c, _ in creators], [u for _, u in creators],
                 first.creator_quota_bytes, skip_locked))
            rows = await cur.fetchall()
        if len(rows) != len(batch):
            raise StorageError("postgresql: the deposit batch answered for another count")
        return [None if row[0] == "busy" else _deposit_result(d, row)
                for d, row in zip(batch, rows, strict=True)]

    async def add_challenge(self, challenge_hash: bytes, receive_hash: bytes,
                            expires_at: float) -> None:
        async with self._tx() as cur:
            await cur.execute("SET LOCAL synchronous_commit = off")
            await cur.execute("INSERT INTO challenges (hash, receive_hash, expires_at)"
                              " VALUES (%s, %s, %s)", (challenge_hash, receive_hash, expires_at))

    async def authenticate(self, challenge_hash: bytes | None, receive_hash: bytes | None,
                           now: float, touch_every: float,
                           next_challenge: tuple[bytes, float] | None = None,
                           ) -> tuple[bool, Owner | None]:
        # One statement on an autocommit connection: one transaction, one round trip.
        row = await self._one(
            "SELECT * FROM ementor_authenticate(%b, %b, %s, %s, %b, %s)",
            (challenge_hash, receive_hash, now, touch_every,
             next_challenge[0] if next_challenge else None,
             next_challenge[1] if next_challenge else None))
        if row is None or row[1] is None:
            return bool(row and row[0]), None
        return bool(row[0]), Owner(int(row[1]), bytes(row[2]))

    async def _one(self, query: str, params: tuple[Any, ...]) -> tuple[Any, ...] | None:
        """One statement in its own transaction, on a pooled connection's kept cursor."""
        try:
            async with self._pool.connection() as conn:
                cur = self._pool.cursor(conn)
                await cur.execute(query, params)
                return await cur.fetchone() if cur.description else None
        except psycopg.Error as exc:
            raise _storage_error(exc) from exc

    async def fetch(self, mailbox: int, limit: int, max_bytes: int,
                    after: str | None = None) -> list[StoredMessage]:
        async with self._tx() as cur:
            # Sizes first (from the covering index), so no more than `max_bytes` of blobs
            # (and at least one message) is ever read into memory.
            await cur.execute("SELECT seq, size FROM messages"
                              " WHERE mailbox_id = %s AND seq > coalesce((SELECT seq FROM"
                              " messages WHERE mailbox_id = %s AND message_id = %s), 0)"
                              " ORDER BY seq LIMIT %s", (mailbox, mailbox, after, limit))
            chosen: list[int] = []
            total = 0
            for seq, size in await cur.fetchall():
                if chosen and total + int(size) > max_bytes:
                    break
                chosen.append(int(seq))
                total += int(size)
            if not chosen:
                return []
            await cur.execute("SELECT message_id, received_at, body FROM messages"
                              " WHERE mailbox_id = %s AND seq = ANY(%s) ORDER BY seq",
                              (mailbox, chosen))
            rows = await cur.fetchall()
        return cap_batch((StoredMessage(str(r[0]), float(r[1]), bytes(r[2]))
                          for r in rows), max_bytes)

    async def ack(self, mailbox: int, message_ids: list[str]) -> int:
        if not message_ids:
            return 0
        # One statement: the mailbox is locked (its scalar subquery runs first) before its
        # messages, as every transaction takes them (the counting trigger would take it after
        # them otherwise).
        row = await self._one(
            "WITH gone AS (DELETE FROM messages WHERE mailbox_id = (SELECT id FROM mailboxes"
            " WHERE id = %s FOR NO KEY UPDATE) AND message_id = ANY(%s) RETURNING 1)"
            " SELECT count(*) FROM gone", (mailbox, message_ids))
        return int(row[0]) if row else 0

    async def rotate_key(self, mailbox: int, auth_key: bytes) -> None:
        async with self._tx() as cur:
            await cur.execute("UPDATE mailboxes SET auth_key = %s WHERE id = %s",
                              (auth_key, mailbox))

    async def delete_mailbox(self, mailbox: int) -> None:
        async with self._tx() as cur:
            await cur.execute("DELETE FROM mailboxes WHERE id = %s", (mailbox,))

    async def sweep(self, now: float, idle_before: float | None) -> SweepCounts:
        # Three transactions, each taking the mailboxes it touches in row-number order before
        # their messages (as deposits, acknowledgements and deletions do), so none of them
        # waits for another in a cycle. One sweeper at a time across relay processes.
        boxes = messages = 0
        if idle_before is not None:
            async with self._tx() as cur:
                if not await self._sweep_turn(cur):
                    return SweepCounts()
                await cur.execute("DELETE FROM mailboxes WHERE id IN (SELECT id FROM mailboxes"
                                  " WHERE last_owner_at < %s ORDER BY id FOR UPDATE)",
                                  (idle_before,))
                boxes = cur.rowcount
        async with self._tx() as cur:
            if not await self._sweep_turn(cur):
                return SweepCounts(mailboxes=boxes)
            await cur.execute("SELECT 1 FROM mailboxes WHERE id IN (SELECT mailbox_id FROM"
                              " messages WHERE expires_at <= %s) ORDER BY id"
                              " FOR NO KEY UPDATE", (now,))
            await cur.execute("DELETE FROM messages WHERE expires_at <= %s", (now,))
            messages = cur.rowcount
        async with self._tx() as cur:
            await cur.execute("DELETE FROM challenges WHERE expires_at <= %s", (now,))
            challenges = cur.rowcount
            await cur.execute("DELETE FROM idempotency WHERE expires_at <= %s", (now,))
            return SweepCounts(messages, boxes, challenges, cur.rowcount)

    @staticmethod
    async def _sweep_turn(cur: psycopg.AsyncCursor[tuple[Any, ...]]) -> bool:
        """Whether this process may sweep now (no other process is): for this transaction."""
        await cur.execute("SELECT pg_try_advisory_xact_lock(%s)", (_SWEEP_LOCK,))
        row = await cur.fetchone()
        return row is not None and bool(row[0])

    async def usage(self) -> Usage:
        async with self._tx() as cur:
            await cur.execute("SELECT coalesce(sum(stored_bytes), 0) FROM mailboxes")
            row = await cur.fetchone()
            total = int(row[0]) if row else 0
            await cur.execute("SELECT creator, sum(stored_bytes) FROM mailboxes"
                              " WHERE creator IS NOT NULL GROUP BY creator")
            rows = await cur.fetchall()
        return Usage(total, {bytes(r[0]): int(r[1]) for r in rows})

    async def add_admission_token(self, token_hash: bytes, label: str, now: float) -> None:
        async with self._tx() as cur:
            await cur.execute("INSERT INTO admission_tokens (hash, label, created_at)"
                              " VALUES (%s, %s, %s)", (token_hash, label, now))

    async def admission_token_ok(self, token_hash: bytes) -> bool:
        async with self._tx() as cur:
            await cur.execute("SELECT 1 FROM admission_tokens WHERE hash = %s"
                              " AND revoked_at IS NULL", (token_hash,))
            return await cur.fetchone() is not None

    async def list_admission_tokens(self) -> list[AdmissionToken]:
        async with self._tx() as cur:
            await cur.execute(
                "SELECT t.hash, t.label, t.created_at, t.revoked_at,"
                " (SELECT count(*) FROM mailboxes b WHERE b.creator = t.hash),"
                " (SELECT coalesce(sum(b.stored_bytes), 0) FROM mailboxes b"
                "  WHERE b.creator = t.hash)"
                " FROM admission_tokens t ORDER BY t.created_at")
            rows = await cur.fetchall()
        return [AdmissionToken(bytes(r[0]), str(r[1]), float(r[2]),
                               None if r[3] is None else float(r[3]), int(r[4]), int(r[5]))
                for r in rows]

    async def revoke_admission_token(self, hash_prefix: bytes, now: float) -> int:
        async with self._tx() as cur:
            await cur.execute("UPDATE admission_tokens SET revoked_at = %s"
                              " WHERE revoked_at IS NULL AND substring(hash FROM 1 FOR %s) = %s",
                              (now, len(hash_prefix), hash_prefix))
            return cur.rowcount

    async def counts(self) -> dict[str, int]:
        async with self._tx() as cur:
            await cur.execute("SELECT count(*), coalesce(sum(stored_count), 0),"
                              " coalesce(sum(stored_bytes), 0) FROM mailboxes")
            row = await cur.fetchone()
        assert row is not None
        return {"mailboxes": int(row[0]), "messages": int(row[1]),
                "stored_bytes": int(row[2])}


def _deposit_result(d: Deposit, row: tuple[Any, ...]) -> DepositResult:
    outcome = DepositOutcome(row[0])
    if outcome is DepositOutcome.UNKNOWN_MAILBOX:
        return DepositResult(outcome)
    mailbox = int(row[1])
    if outcome in (DepositOutcome.DUPLICATE, DepositOutcome.CONFLICT):
        return DepositResult(outcome, mailbox, str(row[2]), float(row[3]))
    if outcome is DepositOutcome.MAILBOX_FULL:
        return DepositResult(outcome, mailbox)
    creator = None if row[4] is None else bytes(row[4])
    if outcome is DepositOutcome.CREATOR_FULL:
        return DepositResult(outcome, mailbox, creator=creator)
    return DepositResult(DepositOutcome.STORED, mailbox, d.message_id, d.now, creator)


class _Deposits:
    """Group commit for PostgreSQL: deposits that arrive while others are being stored wait
    together and go as one batch, one statement and one commit (`ementor_deposit_batch`).

    At most `in_flight` batches are stored at once, of at most `most` deposits each; a
    deposit that arrives when fewer are in flight goes at once, alone. Deposits to a mailbox
    that a batch in flight deposits to wait for it (so a mailbox whose row is held for long,
    by another process or a sweep, holds up only its own deposits, not every batch). A batch
    that fails answers each of its deposits with the error (none of them was acknowledged;
    the clients retry with the same idempotency key).
    """

    def __init__(self, store: Callable[[list[Deposit]], Awaitable[list[DepositResult]]],
                 most: int = 64, in_flight: int = 4) -> None:
        self._store = store
        self._most = most
        self._in_flight = in_flight
        self._running = 0
        self._busy: collections.Counter[bytes] = collections.Counter()  # send hashes
        self._waiting: list[tuple[Deposit, asyncio.Future[DepositResult]]] = []
        self.closed = False

    async def submit(self, d: Deposit) -> DepositResult:
        if self.closed:
            raise StorageError("storage is closed")
        future: asyncio.Future[DepositResult] = asyncio.get_running_loop().create_future()
        self._waiting.append((d, future))
        self._start()
        return await future

    def _start(self) -> None:
        if self._waiting and self._running < self._in_flight:
            self._running += 1
            asyncio.get_running_loop().create_task(self._drain())

    def _take(self) -> list[tuple[Deposit, asyncio.Future[DepositResult]]]:
        """The next batch: waiting deposits in order, skipping those whose mailbox a batch
        in flight holds (they keep their place), and those no one waits for any more."""
        batch: list[tuple[Deposit, asyncio.Future[DepositResult]]] = []
        kept: list[tuple[Deposit, asyncio.Future[DepositResult]]] = []
        for item in self._waiting:
            d, future = item
            if future.done():
                continue
            if len(batch) < self._most and not self._busy[d.send_hash]:
                batch.append(item)
            else:
                kept.append(item)
        self._waiting = kept
        for d, _ in batch:
            self._busy[d.send_hash] += 1
        return batch

    async def _drain(self) -> None:
        try:
            while not self.closed and (batch := self._take()):
                try:
                    results = await self._store([d for d, _ in batch])
                except Exception as exc:  # each waiting deposit gets it
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(type(exc)(*exc.args))
                    continue
                except BaseException:  # cancelled (the relay is stopping): so are they
                    for _, future in batch:
                        future.cancel()
                    raise
                finally:
                    for d, _ in batch:
                        self._busy[d.send_hash] -= 1
                        if not self._busy[d.send_hash]:
                            del self._busy[d.send_hash]
                for (_, future), result in zip(batch, results, strict=True):
                    if not future.done():
                        future.set_result(result)
        finally:
            self._running -= 1
            if self.closed:
                for _, future in self._waiting:
                    if not future.done():
                        future.set_exception(StorageError("storage is closed"))
                self._waiting.clear()
            # Deposits still waiting for a mailbox held by a batch in flight are taken by the
            # drain storing that batch, which goes round again once it is stored.


def _storage_error(exc: psycopg.Error) -> StorageError:
    # The first line of psycopg's message names the cause (refused, auth, disk full); it is
    # about the database server, never about a relay client.
    cause = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    kind = StorageFull if _is_full(exc) else StorageError
    return kind(f"postgresql: {type(exc).__name__}: {cause}")
