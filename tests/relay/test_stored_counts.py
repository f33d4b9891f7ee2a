"""What a mailbox holds is counted as it changes (schema 4), and deposits waiting together
commit together on SQLite.

The counts (messages and bytes per mailbox) are what a deposit's quota check and the byte
budgets read, so they must equal what the messages table holds after every kind of write:
deposits (stored, duplicate, refused), acknowledgements, expiry, idle mailboxes swept, a
mailbox deleted. Checked against the table itself on both backends, through the storage
interface on a real database.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import random
import sqlite3
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import psycopg
import pytest

from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.relay.storage import make_storage, sqlite
from ementor_desktop.relay.storage.base import Deposit, DepositOutcome, Storage
from tests.relay.harness import PostgresCluster
from tests.relay.test_migration import _write_version_1


@contextlib.asynccontextmanager
async def _opened(db: str, pool: int) -> AsyncIterator[Storage]:
    storage = make_storage(db, pool)
    await storage.open(lambda mailbox: None)
    try:
        yield storage
    finally:
        await storage.close()


async def _two_mailboxes(storage: Storage, now: float) -> tuple[bytes, bytes]:
    """Two new mailboxes; their send hashes (one to be held by another transaction)."""
    held, free = os.urandom(32), os.urandom(32)
    for send in (held, free):
        await storage.create_mailbox(os.urandom(32), send, os.urandom(32), now)
    return held, free


def _deposit(send_hash: bytes, body: bytes, key: str, now: float, *, ttl: float = 3600,
             quota_messages: int = 1000, quota_bytes: int = 10**9) -> Deposit:
    return Deposit(send_hash=send_hash, key_hash=hashlib.sha256(key.encode()).digest(),
                   body_hash=hashlib.sha256(body).digest(), body=body,
                   message_id=wire.new_message_id(), now=now, expires_at=now + ttl,
                   quota_messages=quota_messages, quota_bytes=quota_bytes)


def _truth(backend: str, db: str) -> dict[bytes, tuple[int, int, int, int]]:
    """Per mailbox (send hash): the counts kept, and the count and bytes of its messages."""
    query = ("SELECT b.send_hash, b.stored_count, b.stored_bytes,"
             " (SELECT count(*) FROM messages m WHERE m.mailbox_id = b.id),"
             " (SELECT coalesce(sum(m.size), 0) FROM messages m WHERE m.mailbox_id = b.id)"
             " FROM mailboxes b")
    if backend == "sqlite":
        conn = sqlite3.connect(db)
        try:
            rows = conn.execute(query).fetchall()
        finally:
            conn.close()
    else:
        with psycopg.connect(db) as pg:
            rows = pg.execute(query).fetchall()
    return {bytes(r[0]): (int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows}


def _assert_counts_true(backend: str, db: str) -> None:
    for send_hash, (count, size, real_count, real_size) in _truth(backend, db).items():
        assert (count, size) == (real_count, real_size), send_hash.hex()


def test_counts_follow_every_kind_of_write(backend: str, new_db: Callable[[], str]) -> None:
    db = new_db()

    async def scenario() -> None:
        async with _opened(db, 2) as storage:
            now = time.time()
            boxes = [(os.urandom(32), os.urandom(32)) for _ in range(3)]
            for receive, send in boxes:
                await storage.create_mailbox(receive, send, os.urandom(32), now)
            (_, a), (_, b), (_, c) = boxes
            ids = []
            for i in range(5):
                result = await storage.deposit(_deposit(a, bytes(100 + i), f"a{i}", now))
                assert result.outcome is DepositOutcome.STORED
                ids.append(result.message_id)
            # A duplicate, a conflict and a refused deposit change nothing.
            dup = await storage.deposit(_deposit(a, bytes(100), "a0", now))
            assert dup.outcome is DepositOutcome.DUPLICATE
            conflict = await storage.deposit(_deposit(a, bytes(7), "a0", now))
            assert conflict.outcome is DepositOutcome.CONFLICT
            full = await storage.deposit(_deposit(a, bytes(10), "a-full", now, quota_messages=5))
            assert full.outcome is DepositOutcome.MAILBOX_FULL
            _assert_counts_true(backend, db)
            assert _truth(backend, db)[a][:2] == (5, sum(100 + i for i in range(5)))
            # The quota reads the counts: a sixth fits under 6, not under 5 or under the bytes.
            assert (await storage.deposit(_deposit(
                a, bytes(1), "a-bytes", now, quota_bytes=510))).outcome is (
                DepositOutcome.MAILBOX_FULL)
            assert (await storage.deposit(_deposit(
                a, bytes(1), "a5", now, quota_messages=6, quota_bytes=511))).outcome is (
                DepositOutcome.STORED)
            # Acknowledged (two of them, one twice, one unknown).
            mailbox_a = dup.mailbox
            assert await storage.ack(mailbox_a, [ids[0], ids[1], ids[1], "unknown"]) == 2
            _assert_counts_true(backend, db)
            # Expired messages swept; an idle mailbox swept with its messages.
            for i in range(3):
                await storage.deposit(_deposit(b, bytes(50), f"b{i}", now - 10, ttl=5))
            await storage.deposit(_deposit(b, bytes(60), "b-kept", now))
            await storage.deposit(_deposit(c, bytes(70), "c0", now))
            _assert_counts_true(backend, db)
            await storage.sweep(now, idle_before=None)
            assert _truth(backend, db)[b][:2] == (1, 60)
            _assert_counts_true(backend, db)
            # A deleted mailbox takes its messages (and counts) with it.
            await storage.delete_mailbox(mailbox_a)
            assert a not in _truth(backend, db)
            _assert_counts_true(backend, db)
            counts = await storage.counts()
            assert counts == {"mailboxes": 2, "messages": 2, "stored_bytes": 130}
            assert (await storage.usage()).total_bytes == 130

    asyncio.run(scenario())


def test_an_upgraded_database_counts_what_it_held(backend: str,
                                                  new_db: Callable[[], str]) -> None:
    """Schema 4 takes the counts of the messages a database already held."""
    from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey

    db = new_db()
    receive_id, send_id = wire.new_id(), wire.new_id()
    _write_version_1(backend, db, MailboxAuthKey.generate(), receive_id, send_id,
                     b"held before the upgrade", wire.new_id())

    async def open_it() -> dict[str, int]:
        async with _opened(db, 2) as storage:
            return await storage.counts()

    assert asyncio.run(open_it())["stored_bytes"] == len(b"held before the upgrade")
    assert _truth(backend, db)[wire.id_hash(send_id)] == (1, 23, 1, 23)


# ---- SQLite: group commit ----

def _sqlite(path: Path) -> sqlite.SqliteStorage:
    return sqlite.SqliteStorage(str(path))


def _opened_with_a_mailbox(path: Path) -> sqlite.SqliteStorage:
    """Open, with one mailbox (send hash b"s" * 32); the test calls `_run_group` itself."""
    storage = _sqlite(path)

    async def opened() -> None:
        await storage.open(lambda mailbox: None)
        await storage.create_mailbox(b"r" * 32, b"s" * 32, b"k" * 32, time.time())

    asyncio.run(opened())
    return storage


def test_a_failing_step_is_undone_alone(tmp_path: Path) -> None:
    storage = _opened_with_a_mailbox(tmp_path / "relay.db")
    now = time.time()

    def stored(key: str) -> sqlite._Step:
        return lambda c: sqlite._deposit(c, _deposit(b"s" * 32, b"body", key, now))

    def half_then_fails(c: sqlite3.Connection) -> object:
        sqlite._deposit(c, _deposit(b"s" * 32, b"half", "half", now))  # written, then undone
        c.execute("INSERT INTO no_such_table VALUES (1)")
        return None

    outcomes = storage._run_group([stored("one"), half_then_fails, stored("two")])
    assert [o[1] is None for o in outcomes] == [True, False, True]
    assert "no such table" in str(outcomes[1][1])
    conn = sqlite3.connect(tmp_path / "relay.db")
    bodies = sorted(bytes(r[0]) for r in conn.execute("SELECT body FROM messages"))
    conn.close()
    assert bodies == [b"body", b"body"]
    _assert_counts_true("sqlite", str(tmp_path / "relay.db"))
    asyncio.run(storage.close())


def test_a_group_that_cannot_commit_answers_every_deposit_with_the_error(
        tmp_path: Path) -> None:
    """Nothing of a group is answered as stored unless the whole transaction committed."""
    storage = _opened_with_a_mailbox(tmp_path / "relay.db")
    now = time.time()
    conn = storage._conn
    assert conn is not None
    # A deferred foreign key violated by the group's last step: checked only at COMMIT.
    conn.execute("PRAGMA defer_foreign_keys=ON")

    def orphan(c: sqlite3.Connection) -> object:
        c.execute("PRAGMA defer_foreign_keys=ON")
        c.execute("INSERT INTO messages (mailbox_id, message_id, received_at, expires_at,"
                  " size, body) VALUES (999, 'x', 0, 0, 1, x'00')")
        return None

    ok = [lambda c: sqlite._deposit(c, _deposit(b"s" * 32, b"body", "one", now)), orphan]
    outcomes = storage._run_group(ok)
    assert all(o[0] is None and o[1] is not None for o in outcomes)
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 0
    assert not conn.in_transaction
    asyncio.run(storage.close())


# ---- SQLite: the free-space check ----

def test_free_space_is_read_again_in_time(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit test of the check alone (the disk is a fake here; test_full_disk fills a real
    one): read again after a quarter of the low-water mark is deposited, every time near the
    mark, and a deposit is refused below it."""
    mib = 1024 * 1024
    storage = sqlite.SqliteStorage(str(tmp_path / "relay.db"), disk_reserve_bytes=0,
                                   low_water_bytes=16 * mib)
    free = [100 * mib]
    reads = []

    def free_bytes() -> int:
        reads.append(free[0])
        return free[0]

    monkeypatch.setattr(storage, "_free_bytes", free_bytes)
    assert storage.disk_ok(mib)
    assert len(reads) == 1
    for _ in range(3):  # 3 MiB more: under the 4 MiB margin, no new read
        assert storage.disk_ok(mib)
    assert len(reads) == 1
    free[0] = 19 * mib  # near the mark (16 MiB + a 4 MiB margin): read every time from now
    assert storage.disk_ok(mib)  # would pass 4 MiB since the last read: read again
    assert len(reads) == 2
    assert storage.disk_ok(mib)
    assert storage.disk_ok(mib)
    assert len(reads) == 4
    free[0] = 15 * mib
    assert not storage.disk_ok(mib)


# ---- group commit on both backends ----

def _count_batches(storage: object) -> list[int]:
    """Record the size of each group or batch the backend stores together."""
    sizes: list[int] = []
    if isinstance(storage, sqlite.SqliteStorage):
        run_group = storage._run_group

        def counting(steps: list[sqlite._Step]) -> list[sqlite._Outcome]:
            sizes.append(len(steps))
            return run_group(steps)

        storage._worker._group = counting
    else:
        deposits = storage._deposits  # type: ignore[attr-defined]
        store = deposits._store

        async def counted(batch: list[Deposit]) -> object:
            sizes.append(len(batch))
            return await store(batch)

        deposits._store = counted
    return sizes


def test_concurrent_deposits_are_stored_together_by_the_rules(
        backend: str, new_db: Callable[[], str]) -> None:
    """80 deposits at once to one mailbox, each key used twice: batched (fewer commits than
    deposits), and inside a batch as across batches the quota holds exactly and a key's
    second use is a duplicate answered with the first's id."""
    db = new_db()

    async def scenario() -> None:
        async with _opened(db, 8) as storage:
            sizes = _count_batches(storage)
            now = time.time()
            send = os.urandom(32)
            await storage.create_mailbox(os.urandom(32), send, os.urandom(32), now)
            deposits = [_deposit(send, bytes(10), f"k{i % 40}", now, quota_messages=25)
                        for i in range(80)]
            results = await asyncio.gather(*(storage.deposit(d) for d in deposits))
        outcomes = [r.outcome for r in results]
        assert outcomes.count(DepositOutcome.STORED) == 25
        first = {f"k{i}": results[i] for i in range(40)}
        for i in range(40, 80):
            earlier = first[f"k{i - 40}"]
            if earlier.outcome is DepositOutcome.STORED:
                assert results[i].outcome is DepositOutcome.DUPLICATE
                assert results[i].message_id == earlier.message_id
            else:
                assert results[i].outcome is DepositOutcome.MAILBOX_FULL
        assert sum(sizes) == 80 and len(sizes) < 80 and max(sizes) > 1
        _assert_counts_true(backend, db)

    asyncio.run(scenario())


def test_batches_to_many_mailboxes_never_deadlock(backend: str, new_db: Callable[[], str],
                                                  caplog: pytest.LogCaptureFixture) -> None:
    """Batches that deposit to overlapping mailboxes in every order, beside sweeps that
    remove expired messages from all of them: every deposit is answered, none with an error
    (PostgreSQL would abort one of two transactions waiting for each other's locks)."""
    db = new_db()

    async def scenario() -> None:
        async with _opened(db, 8) as storage:
            now = time.time()
            sends = [os.urandom(32) for _ in range(12)]
            for send in sends:
                await storage.create_mailbox(os.urandom(32), send, os.urandom(32), now)
            rng = random.Random(7)
            order = [rng.choice(sends) for _ in range(1500)]
            deposits = [_deposit(s, bytes(20), f"d{i}", now - 10, ttl=5 + (i % 2) * 3600)
                        for i, s in enumerate(order)]

            async def sweeping() -> None:
                for _ in range(30):
                    await storage.sweep(now, idle_before=None)
                    await asyncio.sleep(0)

            results, _ = await asyncio.gather(
                asyncio.gather(*(storage.deposit(d) for d in deposits)), sweeping())
        assert all(r.outcome is DepositOutcome.STORED for r in results)
        _assert_counts_true(backend, db)

    asyncio.run(scenario())
    assert "deadlock" not in caplog.text


def test_a_failed_batch_answers_each_of_its_deposits_with_the_error() -> None:
    """Unit test of the batching alone (the store is a stand-in): every deposit of a batch
    that could not be stored gets the error, its own copy; deposits after it go on."""
    from ementor_desktop.relay.storage.base import DepositResult, StorageError
    from ementor_desktop.relay.storage.postgres import _Deposits

    calls: list[int] = []

    async def store(batch: list[Deposit]) -> list[DepositResult]:
        calls.append(len(batch))
        await asyncio.sleep(0.01)
        if len(calls) == 2:
            raise StorageError("postgresql: OperationalError: the server went away")
        return [DepositResult(DepositOutcome.STORED, 1, d.message_id, d.now) for d in batch]

    async def scenario() -> list[object]:
        deposits = _Deposits(store, most=64, in_flight=1)
        now = time.time()
        made = [_deposit(b"s" * 32, bytes(1), f"k{i}", now) for i in range(10)]
        first = asyncio.ensure_future(deposits.submit(made[0]))
        await asyncio.sleep(0)  # the first goes alone; the next nine wait together
        rest = [asyncio.ensure_future(deposits.submit(d)) for d in made[1:]]
        results = await asyncio.gather(first, *rest, return_exceptions=True)
        after = await deposits.submit(_deposit(b"s" * 32, bytes(1), "after", now))
        return [*results, after]

    results = asyncio.run(scenario())
    assert calls == [1, 9, 1]
    assert isinstance(results[0], DepositResult)
    errors = results[1:10]
    assert all(isinstance(e, StorageError) and "went away" in str(e) for e in errors)
    assert len({id(e) for e in errors}) == 9
    assert isinstance(results[10], DepositResult)


def test_a_creators_budget_holds_for_deposits_stored_together(
        backend: str, new_db: Callable[[], str]) -> None:
    """60 deposits of 200 bytes at once to a mailbox whose admission token may store 1,000:
    the relay's count is updated as each answer comes back (as the app does), and deposits
    stored in one transaction count against the budget for the ones after them. At most one
    group's worth (of the earliest answers not yet counted) may pass it."""
    db = new_db()

    async def scenario() -> int:
        async with _opened(db, 8) as storage:
            now = time.time()
            send, creator = os.urandom(32), os.urandom(32)
            await storage.create_mailbox(os.urandom(32), send, os.urandom(32), now, creator)
            usage: dict[bytes, int] = {}

            async def one(i: int) -> DepositOutcome:
                d = Deposit(send_hash=send, key_hash=os.urandom(32),
                            body_hash=hashlib.sha256(bytes(200)).digest(), body=bytes(200),
                            message_id=wire.new_message_id(), now=now, expires_at=now + 60,
                            quota_messages=1000, quota_bytes=10**9, creator_usage=usage,
                            creator_quota_bytes=1000)
                result = await storage.deposit(d)
                if result.outcome is DepositOutcome.STORED:
                    usage[creator] = usage.get(creator, 0) + 200
                return result.outcome

            outcomes = await asyncio.gather(*(one(i) for i in range(60)))
            assert set(outcomes) <= {DepositOutcome.STORED, DepositOutcome.CREATOR_FULL}
            return outcomes.count(DepositOutcome.STORED) * 200

    stored = asyncio.run(scenario())
    assert 1000 <= stored <= 2000


def test_a_mailbox_held_by_another_transaction_holds_up_only_its_own_deposits(
        postgres_cluster: PostgresCluster) -> None:
    """PostgreSQL (SQLite has one writer: nothing else holds a mailbox's row): a mailbox's
    row held for long (another process, a sweep) must not stop deposits to other mailboxes,
    however many deposits to it are waiting."""
    db = postgres_cluster.new_database()

    async def scenario() -> None:
        async with _opened(db, 8) as storage:
            now = time.time()
            held, free = await _two_mailboxes(storage, now)
            async with await psycopg.AsyncConnection.connect(db) as other:
                await other.execute("SELECT 1 FROM mailboxes WHERE send_hash = %s FOR UPDATE",
                                    (held,))
                stuck = []
                for i in range(8):  # each goes out (and waits for the lock) before the next
                    stuck.append(asyncio.ensure_future(storage.deposit(
                        _deposit(held, bytes(5), f"h{i}", now))))
                    await asyncio.sleep(0.02)
                # A hang guard, not a timing: without the fix this waits for the lock.
                result = await asyncio.wait_for(
                    storage.deposit(_deposit(free, bytes(5), "f", now)), 30)
                assert result.outcome is DepositOutcome.STORED
                assert not any(s.done() for s in stuck)
                await other.rollback()
            results = await asyncio.gather(*stuck)
            assert all(r.outcome is DepositOutcome.STORED for r in results)

    asyncio.run(scenario())


def test_sweeps_acknowledgements_and_deletions_beside_batches_never_deadlock(
        backend: str, new_db: Callable[[], str]) -> None:
    """Everything that writes to several rows at once, together: batches of deposits to
    overlapping mailboxes, sweeps that delete idle mailboxes and expired messages,
    acknowledgements and a mailbox deleted, all at once. No transaction may fail."""
    db = new_db()

    async def scenario() -> None:
        async with _opened(db, 8) as storage:
            now = time.time()
            boxes = []
            for i in range(12):
                receive, send = os.urandom(32), os.urandom(32)
                await storage.create_mailbox(receive, send, os.urandom(32),
                                             now - 1000 if i % 2 else now)
                boxes.append(send)
            rng = random.Random(11)
            stored: dict[int, list[str]] = {}

            async def depositing() -> None:
                deposits = [_deposit(rng.choice(boxes), bytes(30), f"d{i}", now - 10,
                                     ttl=5 + (i % 2) * 3600) for i in range(1200)]
                for result in await asyncio.gather(*(storage.deposit(d) for d in deposits)):
                    assert result.outcome in (DepositOutcome.STORED,
                                              DepositOutcome.UNKNOWN_MAILBOX)
                    if result.outcome is DepositOutcome.STORED:
                        stored.setdefault(result.mailbox, []).append(result.message_id)

            async def sweeping() -> None:
                for _ in range(20):
                    await storage.sweep(now, idle_before=now - 500)
                    await asyncio.sleep(0)

            async def acknowledging() -> None:
                for _ in range(40):
                    for mailbox, ids in list(stored.items()):
                        if ids:
                            await storage.ack(mailbox, ids[: len(ids) // 2])
                    await asyncio.sleep(0.001)

            async def deleting() -> None:
                await asyncio.sleep(0.02)
                for mailbox in list(stored)[:2]:
                    await storage.delete_mailbox(mailbox)

            await asyncio.gather(depositing(), sweeping(), acknowledging(), deleting())
        _assert_counts_true(backend, db)

    asyncio.run(scenario())


def test_a_batch_commits_what_it_can_without_waiting_for_another_processes_mailbox(
        postgres_cluster: PostgresCluster) -> None:
    """PostgreSQL: a batch whose mailboxes another transaction partly holds (another relay
    process's batch) stores the deposits to the free ones at once and waits, in a batch of
    their own, only for the held ones: its lock footprint does not chain the processes."""
    db = postgres_cluster.new_database()

    async def scenario() -> None:
        async with _opened(db, 8) as storage:
            now = time.time()
            held, free = await _two_mailboxes(storage, now)
            async with await psycopg.AsyncConnection.connect(db) as other, \
                    await psycopg.AsyncConnection.connect(db, autocommit=True) as look:
                await other.execute("SELECT 1 FROM mailboxes WHERE send_hash = %s FOR UPDATE",
                                    (held,))
                both = asyncio.gather(storage.deposit(_deposit(held, b"h", "h", now)),
                                      storage.deposit(_deposit(free, b"f", "f", now)))
                for _ in range(3000):  # a hang guard: the free one commits while held
                    cur = await look.execute("SELECT count(*) FROM messages")
                    row = await cur.fetchone()
                    if row is not None and row[0] == 1:
                        break
                    await asyncio.sleep(0.01)
                else:
                    raise AssertionError("the free mailbox's deposit waited for the held one")
                assert not both.done()
                await other.rollback()
                results = await both
            assert [r.outcome for r in results] == [DepositOutcome.STORED] * 2

    asyncio.run(scenario())
