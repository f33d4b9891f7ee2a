"""Time-to-live: the background sweeper forgets expired messages, keys and idle mailboxes."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.relay.config import RelayConfig
from ementor_desktop.sync.relay_client import RelayClient, RelayNotFound
from tests.relay.conftest import TEST_DEFAULTS, FakeClock
from tests.relay.harness import InProcessRelay, running_relay

DAY = 86_400


def _wait_for_sweep(relay: InProcessRelay, counter: str, at_least: int) -> None:
    deadline = time.monotonic() + 10
    while relay.relay.metrics.counters[counter] < at_least:
        assert time.monotonic() < deadline, f"the sweeper did not reach {counter}={at_least}"
        time.sleep(0.02)


def test_expired_messages_are_swept_and_fresh_ones_kept(
        make_relay: Callable[..., InProcessRelay], session: requests.Session,
        owner_key: MailboxAuthKey) -> None:
    clock = FakeClock()
    relay = make_relay(clock=clock, sweep_interval_seconds=0.05, mailbox_idle_ttl_seconds=0)
    client = RelayClient(relay.base_url, session)
    box = client.create_mailbox(owner_key)
    assert box.limits.message_ttl_seconds == 14 * DAY
    client.deposit(box.send_id, b"old", "old")
    clock.advance(13 * DAY)
    client.deposit(box.send_id, b"new", "new")
    time.sleep(0.2)  # several sweeps: nothing has expired yet
    assert [m.body for m in client.fetch(box.receive_id, owner_key)] == [b"old", b"new"]
    clock.advance(DAY + 1)
    _wait_for_sweep(relay, "swept_messages", 1)
    assert [m.body for m in client.fetch(box.receive_id, owner_key)] == [b"new"]
    # The idempotency record expired with its message: the old key is a fresh deposit now.
    assert not client.deposit(box.send_id, b"old", "old").duplicate
    assert client.deposit(box.send_id, b"new", "new").duplicate


def test_ttl_is_configurable(make_relay: Callable[..., InProcessRelay],
                             session: requests.Session, owner_key: MailboxAuthKey) -> None:
    clock = FakeClock()
    relay = make_relay(clock=clock, sweep_interval_seconds=0.05, message_ttl_seconds=3600)
    client = RelayClient(relay.base_url, session)
    box = client.create_mailbox(owner_key)
    assert box.limits.message_ttl_seconds == 3600
    client.deposit(box.send_id, b"short-lived", "k")
    clock.advance(3601)
    _wait_for_sweep(relay, "swept_messages", 1)
    assert client.fetch(box.receive_id, owner_key) == []


def test_idle_mailboxes_are_swept(make_relay: Callable[..., InProcessRelay],
                                  session: requests.Session, owner_key: MailboxAuthKey) -> None:
    clock = FakeClock()
    relay = make_relay(clock=clock, sweep_interval_seconds=0.05,
                       mailbox_idle_ttl_seconds=1000)
    client = RelayClient(relay.base_url, session)
    used, idle = client.create_mailbox(owner_key), client.create_mailbox(owner_key)
    clock.advance(600)
    client.fetch(used.receive_id, owner_key)
    clock.advance(500)
    _wait_for_sweep(relay, "swept_mailboxes", 1)
    with RelayNotFoundExpected():
        client.deposit(idle.send_id, b"x", "k")
    client.deposit(used.send_id, b"x", "k")
    assert relay.relay.metrics.counters["swept_mailboxes"] == 1


class RelayNotFoundExpected:
    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, value: object, tb: object) -> bool:
        assert isinstance(value, RelayNotFound), "expected the mailbox to be gone"
        return True


def test_a_large_sqlite_backlog_is_swept_in_batches(tmp_path: Path, session: requests.Session,
                                                    owner_key: MailboxAuthKey,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """More expired messages than one SQLite sweep transaction takes: one sweep removes them
    all, in several transactions (so deposits can run in between)."""
    from ementor_desktop.relay.storage import sqlite

    monkeypatch.setattr(sqlite, "SWEEP_BATCH", 7)
    clock = FakeClock()
    config = RelayConfig(db=str(tmp_path / "relay.sqlite3"), sweep_interval_seconds=3600,
                         mailbox_idle_ttl_seconds=0, **TEST_DEFAULTS)
    with running_relay(config, clock) as relay:
        client = RelayClient(relay.base_url, session)
        box = client.create_mailbox(owner_key)
        for i in range(30):
            client.deposit(box.send_id, b"x", f"k{i}")
        clock.advance(15 * DAY)
        storage = relay.relay.storage
        assert isinstance(storage, sqlite.SqliteStorage)
        # Its worker thread is not tied to the server's event loop: it can be called from here.
        assert asyncio.run(storage.sweep(clock.now, None)).messages == 30
        assert client.fetch(box.receive_id, owner_key) == []
