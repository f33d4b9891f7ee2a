"""PostgreSQL backend (psycopg 3): several relay processes share one database.

A deposit's transaction also runs `pg_notify`, so every relay process, listening on one
dedicated connection, wakes its own long-polls for that mailbox when the deposit commits.
The notification carries only the mailbox's internal row number.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
from collections.abc import AsyncIterator
from typing import Any

import psycopg

from ementor_desktop.log import relay as log
from ementor_desktop.relay.storage.base import (
    SCHEMA_VERSION,
    Deposit,
    DepositOutcome,
    DepositResult,
    Owner,
    Storage,
    StorageError,
    StoredMessage,
    SweepCounts,
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
}


class _Pool:
    """A small fixed-size pool of autocommit connections; broken ones are replaced."""

    def __init__(self, url: str, size: int) -> None:
        self._url = url
        self._size = size
        self._idle: asyncio.Queue[psycopg.AsyncConnection] = asyncio.Queue()
        self._slots = asyncio.Semaphore(size)
        self._all: set[psycopg.AsyncConnection] = set()

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


class PostgresStorage(Storage):
    def __init__(self, url: str, pool_size: int = 8) -> None:
        self._url = url
        self._pool = _Pool(url, pool_size)
        self._listener: asyncio.Task[None] | None = None
        self._listening = asyncio.Event()

    @contextlib.asynccontextmanager
    async def _tx(self) -> AsyncIterator[psycopg.AsyncCursor[tuple[Any, ...]]]:
        try:
            async with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
                yield cur
        except psycopg.Error as exc:
            # The first line of psycopg's message names the cause (refused, auth, disk full);
            # it is about the database server, never about a relay client.
            cause = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            raise StorageError(f"postgresql: {type(exc).__name__}: {cause}") from exc

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
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
        await self._pool.close()

    async def ping(self) -> None:
        async with self._tx() as cur:
            await cur.execute("SELECT 1")

    async def create_mailbox(self, receive_hash: bytes, send_hash: bytes, auth_key: bytes,
                             now: float) -> None:
        async with self._tx() as cur:
            await cur.execute(
                "INSERT INTO mailboxes (receive_hash, send_hash, auth_key, created_at,"
                " last_owner_at) VALUES (%s, %s, %s, %s, %s)",
                (receive_hash, send_hash, auth_key, now, now))

    async def deposit(self, d: Deposit) -> DepositResult:
        async with self._tx() as cur:
            # The row lock serializes deposits to one mailbox: quota and idempotency hold.
            await cur.execute("SELECT id FROM mailboxes WHERE send_hash = %s FOR UPDATE",
                              (d.send_hash,))
            row = await cur.fetchone()
            if row is None:
                return DepositResult(DepositOutcome.UNKNOWN_MAILBOX)
            mailbox = int(row[0])
            await cur.execute("SELECT body_hash, message_id, received_at FROM idempotency"
                              " WHERE mailbox_id = %s AND key_hash = %s", (mailbox, d.key_hash))
            seen = await cur.fetchone()
            if seen is not None:
                outcome = DepositOutcome.DUPLICATE if bytes(seen[0]) == d.body_hash else (
                    DepositOutcome.CONFLICT)
                return DepositResult(outcome, mailbox, str(seen[1]), float(seen[2]))
            await cur.execute("SELECT count(*), coalesce(sum(size), 0) FROM messages"
                              " WHERE mailbox_id = %s", (mailbox,))
            totals = await cur.fetchone()
            assert totals is not None
            count, size = int(totals[0]), int(totals[1])
            if count + 1 > d.quota_messages or size + len(d.body) > d.quota_bytes:
                return DepositResult(DepositOutcome.MAILBOX_FULL, mailbox)
            await cur.execute(
                "INSERT INTO messages (mailbox_id, message_id, received_at, expires_at, size,"
                " body) VALUES (%s, %s, %s, %s, %s, %s)",
                (mailbox, d.message_id, d.now, d.expires_at, len(d.body), d.body))
            await cur.execute(
                "INSERT INTO idempotency (mailbox_id, key_hash, body_hash, message_id,"
                " received_at, expires_at) VALUES (%s, %s, %s, %s, %s, %s)",
                (mailbox, d.key_hash, d.body_hash, d.message_id, d.now, d.expires_at))
            await cur.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(mailbox)))
        return DepositResult(DepositOutcome.STORED, mailbox, d.message_id, d.now)

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
        fresh, owner = False, None
        async with self._tx() as cur:
            # Only challenges (unlogged) and the hourly last-use time are written here: neither
            # needs to wait for the WAL to reach the disk.
            await cur.execute("SET LOCAL synchronous_commit = off")
            if challenge_hash is not None:
                # Deleted whatever the outcome: a challenge is tried once.
                await cur.execute("DELETE FROM challenges WHERE hash = %s"
                                  " RETURNING expires_at, receive_hash", (challenge_hash,))
                row = await cur.fetchone()
                fresh = (row is not None and float(row[0]) > now and receive_hash is not None
                         and hmac.compare_digest(bytes(row[1]), receive_hash))
            if receive_hash is not None:
                await cur.execute("SELECT id, auth_key, last_owner_at FROM mailboxes"
                                  " WHERE receive_hash = %s", (receive_hash,))
                row = await cur.fetchone()
                if row is not None:
                    owner = Owner(int(row[0]), bytes(row[1]))
                    if float(row[2]) < now - touch_every:
                        await cur.execute("UPDATE mailboxes SET last_owner_at = %s"
                                          " WHERE id = %s", (now, owner.mailbox))
            if fresh and owner is not None and next_challenge is not None:
                await cur.execute("INSERT INTO challenges (hash, receive_hash, expires_at)"
                                  " VALUES (%s, %s, %s)",
                                  (next_challenge[0], receive_hash, next_challenge[1]))
        return fresh, owner

    async def fetch(self, mailbox: int, limit: int, max_bytes: int,
                    after: str | None = None) -> list[StoredMessage]:
        async with self._tx() as cur:
            await cur.execute("SELECT message_id, received_at, body FROM messages"
                              " WHERE mailbox_id = %s AND seq > coalesce((SELECT seq FROM"
                              " messages WHERE mailbox_id = %s AND message_id = %s), 0)"
                              " ORDER BY seq LIMIT %s", (mailbox, mailbox, after, limit))
            rows = await cur.fetchall()
        return cap_batch((StoredMessage(str(r[0]), float(r[1]), bytes(r[2]))
                          for r in rows), max_bytes)

    async def ack(self, mailbox: int, message_ids: list[str]) -> int:
        if not message_ids:
            return 0
        async with self._tx() as cur:
            await cur.execute("DELETE FROM messages WHERE mailbox_id = %s"
                              " AND message_id = ANY(%s)", (mailbox, message_ids))
            return cur.rowcount

    async def rotate_key(self, mailbox: int, auth_key: bytes) -> None:
        async with self._tx() as cur:
            await cur.execute("UPDATE mailboxes SET auth_key = %s WHERE id = %s",
                              (auth_key, mailbox))

    async def delete_mailbox(self, mailbox: int) -> None:
        async with self._tx() as cur:
            await cur.execute("DELETE FROM mailboxes WHERE id = %s", (mailbox,))

    async def sweep(self, now: float, idle_before: float | None) -> SweepCounts:
        async with self._tx() as cur:
            # One sweeper at a time across relay processes: concurrent sweeps would only
            # contend for the same rows (and could deadlock on them).
            await cur.execute("SELECT pg_try_advisory_xact_lock(%s)", (_SWEEP_LOCK,))
            row = await cur.fetchone()
            if row is None or not row[0]:
                return SweepCounts()
            boxes = 0
            if idle_before is not None:
                await cur.execute("DELETE FROM mailboxes WHERE last_owner_at < %s",
                                  (idle_before,))
                boxes = cur.rowcount
            await cur.execute("DELETE FROM messages WHERE expires_at <= %s", (now,))
            messages = cur.rowcount
            await cur.execute("DELETE FROM challenges WHERE expires_at <= %s", (now,))
            challenges = cur.rowcount
            await cur.execute("DELETE FROM idempotency WHERE expires_at <= %s", (now,))
            return SweepCounts(messages, boxes, challenges, cur.rowcount)

    async def counts(self) -> dict[str, int]:
        async with self._tx() as cur:
            await cur.execute("SELECT (SELECT count(*) FROM mailboxes), count(*),"
                              " coalesce(sum(size), 0) FROM messages")
            row = await cur.fetchone()
        assert row is not None
        return {"mailboxes": int(row[0]), "messages": int(row[1]),
                "stored_bytes": int(row[2])}
