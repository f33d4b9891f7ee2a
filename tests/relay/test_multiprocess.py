"""Two relay processes on one PostgreSQL: shared state and cross-process long-poll wake-ups."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.sync.relay_client import RelayClient, RelayMessage
from tests.relay.harness import PostgresCluster, RelayProcess, spawn_relay

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture(scope="module")
def two_relays(postgres_cluster: PostgresCluster,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RelayProcess,
                                                                           RelayProcess]]:
    db = postgres_cluster.acquire()
    workdir = tmp_path_factory.mktemp("two-relays")
    a = spawn_relay(db, workdir)
    try:
        b = spawn_relay(db, workdir)
    except BaseException:
        a.close()
        raise
    yield a, b
    for relay in (a, b):
        assert relay.terminate() == 0
    postgres_cluster.release(db)


def _clients(pair: tuple[RelayProcess, RelayProcess],
             session: requests.Session) -> tuple[RelayClient, RelayClient]:
    return RelayClient(pair[0].base_url, session), RelayClient(pair[1].base_url, session)


def test_the_two_relays_are_separate_processes(two_relays: tuple[RelayProcess,
                                                                 RelayProcess]) -> None:
    a, b = two_relays
    assert a.proc.pid != b.proc.pid and a.base_url != b.base_url


@pytest.mark.parametrize("direction", ["a-to-b", "b-to-a"])
def test_deposit_through_one_fetch_through_the_other(
        two_relays: tuple[RelayProcess, RelayProcess], session: requests.Session,
        owner_key: MailboxAuthKey, direction: str) -> None:
    a, b = _clients(two_relays, session)
    depositor, owner = (a, b) if direction == "a-to-b" else (b, a)
    box = owner.create_mailbox(owner_key)
    receipt = depositor.deposit(box.send_id, b"across processes", "k")
    assert depositor.deposit(box.send_id, b"across processes", "k").duplicate
    assert owner.deposit(box.send_id, b"across processes", "k").duplicate
    got = owner.fetch(box.receive_id, owner_key)
    assert [(m.message_id, m.body) for m in got] == [(receipt.message_id, b"across processes")]
    assert depositor.ack(box.receive_id, owner_key, [receipt.message_id]) == 1
    assert owner.fetch(box.receive_id, owner_key) == []


def test_challenge_from_one_is_single_use_on_both(two_relays: tuple[RelayProcess, RelayProcess],
                                                  session: requests.Session,
                                                  owner_key: MailboxAuthKey) -> None:
    a, b = _clients(two_relays, session)
    box = a.create_mailbox(owner_key)
    target = f"/v1/mailboxes/{box.receive_id}/messages"
    auth = wire.sign_owner_command(owner_key, a.challenge(box.receive_id), "GET", target, b"")
    assert session.get(b.base_url + target, headers={"Authorization": auth}).status_code == 200
    assert session.get(a.base_url + target, headers={"Authorization": auth}).status_code == 401


@pytest.mark.parametrize("direction", ["a-to-b", "b-to-a"])
def test_long_poll_on_one_is_woken_by_a_deposit_on_the_other(
        two_relays: tuple[RelayProcess, RelayProcess], owner_key: MailboxAuthKey,
        session: requests.Session, direction: str) -> None:
    a, b = _clients(two_relays, session)
    poller_relay, depositor = (a, b) if direction == "a-to-b" else (b, a)
    box = poller_relay.create_mailbox(owner_key)
    result: list[tuple[float, list[RelayMessage]]] = []

    def poll() -> None:
        with requests.Session() as s:
            client = RelayClient(poller_relay.base_url, s)
            start = time.monotonic()
            messages = client.fetch(box.receive_id, owner_key, wait=20)
            result.append((time.monotonic() - start, messages))

    thread = threading.Thread(target=poll)
    thread.start()
    time.sleep(0.5)  # the long-poll is now waiting in the other process
    depositor.deposit(box.send_id, b"wake up", "w")
    thread.join(timeout=25)
    (elapsed, messages), = result
    assert [m.body for m in messages] == [b"wake up"]
    assert elapsed < 3.0  # woken by NOTIFY, not by the 20 s timeout


def test_the_relays_log_no_ids(two_relays: tuple[RelayProcess, RelayProcess],
                               session: requests.Session, owner_key: MailboxAuthKey) -> None:
    a, _ = _clients(two_relays, session)
    box = a.create_mailbox(owner_key)
    a.deposit(box.send_id, b"x", "k")
    logs = "".join(relay.log() for relay in two_relays)
    assert box.send_id not in logs and box.receive_id not in logs
    assert "127.0.0.1" not in logs




def test_wake_ups_survive_a_lost_listener_connection(postgres_cluster: PostgresCluster,
                                                     session: requests.Session,
                                                     owner_key: MailboxAuthKey) -> None:
    """PostgreSQL drops the LISTEN connection: the relay reconnects and wake-ups still cross."""
    import psycopg

    from ementor_desktop.relay.config import RelayConfig
    from tests.relay.conftest import TEST_DEFAULTS
    from tests.relay.harness import start_in_process

    db = postgres_cluster.acquire()
    first = start_in_process(RelayConfig(db=db, **TEST_DEFAULTS))
    second = start_in_process(RelayConfig(db=db, **TEST_DEFAULTS))
    try:
        with psycopg.connect(db, autocommit=True) as conn:
            killed = conn.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = current_database() AND query LIKE 'LISTEN %'").fetchone()
        assert killed is not None and killed[0] == 2
        poller, depositor = (RelayClient(first.base_url, session),
                             RelayClient(second.base_url, session))
        box = poller.create_mailbox(owner_key)
        time.sleep(1.0)  # the listeners reconnect within a fraction of a second
        result: list[float] = []

        def poll() -> None:
            with requests.Session() as s:
                start = time.monotonic()
                RelayClient(first.base_url, s).fetch(box.receive_id, owner_key, wait=15)
                result.append(time.monotonic() - start)

        thread = threading.Thread(target=poll)
        thread.start()
        time.sleep(0.5)
        depositor.deposit(box.send_id, b"after the reconnect", "k")
        thread.join(timeout=20)
        assert result and result[0] < 3.0
    finally:
        first.stop()
        second.stop()
        postgres_cluster.release(db)
