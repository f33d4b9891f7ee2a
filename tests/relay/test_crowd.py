"""Issue 10, hardening: thousands of long-polls at once, and stopping with them held.

First the answer memory and the admission gate on their own (one layer, no server), then the
real relay: long-polls and challenge requests wait their turn while health checks and deposits
do not, and a relay process stopped by SIGTERM answers every long-poll it holds and exits.
"""

from __future__ import annotations

import asyncio
import json
import random
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.relay.limits import AdmissionGate, MemoryBudget, Turn
from ementor_desktop.sync.relay_client import RelayClient
from tests.relay.harness import AsyncHttp, InProcessRelay, spawn_relay

# ---- the answer memory and the gate, alone ----


def test_answer_memory_comes_back_whatever_is_cancelled() -> None:
    """Fetches cancelled at any point (as uvicorn cancels requests when a graceful shutdown
    runs out of time) leave no bytes held and no waiter stuck: the budget that was built on an
    asyncio.Condition lost bytes here, and could leave tasks that never finished."""

    async def trial(seed: int) -> tuple[int, int]:
        chance = random.Random(seed)
        budget = MemoryBudget(1000)

        async def fetch() -> None:
            granted = await budget.acquire(400, 100, 10)
            if granted is not None:
                try:
                    await asyncio.sleep(chance.random() * 0.005)
                finally:
                    budget.release(granted)

        tasks = [asyncio.create_task(fetch()) for _ in range(60)]
        await asyncio.sleep(chance.random() * 0.01)
        for task in tasks:
            task.cancel()
        _, pending = await asyncio.wait(tasks, timeout=10)  # a bound on hanging only
        return budget.used, len(pending)

    async def trials() -> list[tuple[int, int]]:
        return [await trial(seed) for seed in range(100)]

    assert asyncio.run(trials()) == [(0, 0)] * 100


def test_answer_memory_serves_waiters_in_order() -> None:
    async def scenario() -> None:
        budget = MemoryBudget(100)
        assert await budget.acquire(100, 50, 1) == 100
        served: list[tuple[str, int | None]] = []

        async def fetch(name: str, want: int, least: int) -> None:
            served.append((name, await budget.acquire(want, least, 5)))

        first = asyncio.create_task(fetch("first", 80, 60))
        second = asyncio.create_task(fetch("second", 10, 10))
        await asyncio.sleep(0)
        budget.release(30)  # 30 free: too little for the first, and the second waits behind it
        await asyncio.sleep(0)
        assert served == []
        budget.release(70)
        await asyncio.gather(first, second)
        assert served == [("first", 80), ("second", 10)]
        assert await budget.acquire(50, 50, 0.01) is None  # 10 free: gives up after its wait
        budget.release(90)
        assert budget.used == 0
        assert await budget.acquire(100, 100, 0.01) == 100  # the one that gave up left no trace

    asyncio.run(scenario())


def test_the_gate_admits_its_width_in_arrival_order() -> None:
    async def scenario() -> None:
        gate = AdmissionGate(2)
        first, second = Turn(gate), Turn(gate)
        assert await first.take() and await second.take()
        entered: list[str] = []

        finish = asyncio.Event()

        async def later(name: str) -> None:
            turn = Turn(gate)
            assert await turn.take()
            entered.append(name)
            await finish.wait()
            turn.done()

        waiting = {name: asyncio.create_task(later(name)) for name in ("c", "d", "e")}
        await asyncio.sleep(0)
        assert entered == [] and gate.queued == 3
        waiting["d"].cancel()  # gave up (its client went away): it takes no turn
        first.done()
        first.done()  # a turn is given back once, however often it is said
        await asyncio.sleep(0)
        assert entered == ["c"] and gate.busy == 2
        second.done()
        await asyncio.sleep(0)
        assert entered == ["c", "e"] and gate.busy == 2 and gate.queued == 0
        again = asyncio.create_task(first.take())  # a turn again: it waits for one
        await asyncio.sleep(0)
        assert not again.done() and gate.queued == 1
        finish.set()
        assert await again and gate.busy == 1
        await asyncio.gather(waiting["c"], waiting["e"])

    asyncio.run(scenario())


def test_a_turn_that_comes_as_its_request_is_cancelled_goes_to_the_next() -> None:
    async def scenario() -> None:
        gate = AdmissionGate(1)
        held = Turn(gate)
        assert await held.take()
        cancelled = asyncio.create_task(Turn(gate).take())
        following = asyncio.create_task(Turn(gate).take())
        await asyncio.sleep(0)
        held.done()  # the turn goes to `cancelled`…
        cancelled.cancel()  # …which is cancelled before it could run
        await asyncio.gather(cancelled, return_exceptions=True)
        assert await following and gate.busy == 1

    asyncio.run(scenario())


def test_a_stopped_gate_lets_everyone_waiting_go_without_a_turn() -> None:
    async def scenario() -> None:
        gate = AdmissionGate(1)
        held = Turn(gate)
        assert await held.take()
        waiting = [asyncio.create_task(Turn(gate).take()) for _ in range(3)]
        await asyncio.sleep(0)
        gate.stop()
        assert await asyncio.gather(*waiting) == [False, False, False]
        assert not await Turn(gate).take()
        held.done()
        assert gate.busy == 0

    asyncio.run(scenario())


# ---- the real relay ----


def _poll(base_url: str, receive_id: str, key: MailboxAuthKey, challenge: str,
          out: dict[str, Any]) -> threading.Thread:
    target = f"/v1/mailboxes/{receive_id}/messages?wait=20"
    auth = wire.sign_owner_command(key, challenge, "GET", target, b"")

    def run() -> None:
        with requests.Session() as s:
            out["answer"] = s.get(base_url + target, headers={"Authorization": auth},
                                  timeout=60)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _wait_for(condition: Callable[[], bool], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_crowds_wait_their_turn_but_health_and_deposits_do_not(
        make_relay: Callable[..., InProcessRelay], session: requests.Session,
        owner_key: MailboxAuthKey) -> None:
    relay = make_relay()
    client = RelayClient(relay.base_url, session)
    box = client.create_mailbox(owner_key)
    challenge = client.challenge(box.receive_id)
    gate = relay.relay.longpoll_gate
    gate.width = 0  # every turn taken, as by a crowd of long-polls being authenticated
    poll: dict[str, Any] = {}
    asked: dict[str, Any] = {}
    poller = _poll(relay.base_url, box.receive_id, owner_key, challenge, poll)

    def ask_challenge() -> None:
        with requests.Session() as s:
            asked["answer"] = s.post(
                f"{relay.base_url}/v1/mailboxes/{box.receive_id}/challenge", timeout=60)

    asker = threading.Thread(target=ask_challenge, daemon=True)
    asker.start()
    _wait_for(lambda: gate.queued == 2)
    fetches = relay.relay.metrics.counters["fetches"]

    assert session.get(f"{relay.base_url}/healthz").json()["status"] == "ok"
    assert not client.deposit(box.send_id, b"meanwhile", "k1").duplicate
    assert session.get(f"{relay.base_url}/metrics").ok
    assert gate.queued == 2 and poller.is_alive() and asker.is_alive()

    # Stopping answers the ones still waiting for their turn at once, with nothing looked at.
    relay.stop()
    poller.join(timeout=30)
    asker.join(timeout=30)
    for answer in (poll["answer"], asked["answer"]):
        assert answer.status_code == 503, answer.text
        assert answer.json()["error"] == "unavailable"
        assert answer.headers["Retry-After"] == "5"
    assert relay.relay.metrics.counters["fetches"] == fetches
    assert relay.relay.metrics.counters["auth_failures"] == 0


SIGTERM_POLLS = 300
MIB = 1024 * 1024


def _config(tmp_path: Path) -> Path:
    config = tmp_path / "relay.toml"
    config.write_text(f"""[relay]
requests_per_address_per_minute = 1e6
requests_per_address_burst = 100000
mailboxes_per_address_per_minute = 1e6
mailboxes_per_address_burst = 100000
deposits_per_mailbox_per_minute = 1e6
deposits_per_mailbox_burst = 100000
longpolls_per_address = {SIGTERM_POLLS + 10}
fetch_max_bytes = {4 * MIB}
fetch_memory_bytes = {4 * MIB}
write_timeout_seconds = 120
""", encoding="utf-8")
    return config


async def _hold_long_polls(base_url: str, count: int, stalled: Callable[[], None]
                           ) -> tuple[int, list[tuple[int, bytes]]]:
    """Hold `count` long-polls, call `stalled` (which must stop the relay), and collect how
    each long-poll was answered."""
    setup = await AsyncHttp.open(base_url)
    owners = []
    for _ in range(count):
        key = MailboxAuthKey.generate()
        status, _, payload = await setup.request(
            "POST", "/v1/mailboxes", json.dumps(
                {"auth_key": wire.b64url_encode(key.public_key)}).encode(),
            {"Content-Type": "application/json"})
        assert status == 201, payload
        owners.append((key, json.loads(payload)["receive_id"]))
    conns = [await AsyncHttp.open(base_url) for _ in owners]
    polls = []
    for conn, (key, receive_id) in zip(conns, owners, strict=True):
        _, _, payload = await conn.request("POST", f"/v1/mailboxes/{receive_id}/challenge")
        target = f"/v1/mailboxes/{receive_id}/messages?wait=30"
        auth = wire.sign_owner_command(key, json.loads(payload)["challenge"], "GET", target,
                                       b"")
        polls.append(asyncio.create_task(conn.request("GET", target, b"",
                                                      {"Authorization": auth})))
    waiting = 0
    deadline = time.monotonic() + 60
    while waiting < count:
        assert time.monotonic() < deadline, f"only {waiting} long-polls were held"
        await asyncio.sleep(0.1)
        _, _, payload = await setup.request("GET", "/metrics")
        for line in payload.decode().splitlines():
            if line.startswith("ementor_relay_longpolls_waiting "):
                waiting = int(float(line.split()[1]))
    setup.close()
    await asyncio.get_running_loop().run_in_executor(None, stalled)
    done, pending = await asyncio.wait(polls, timeout=20)  # a bound on hanging, not a timing
    answers = [(task.result()[0], task.result()[2]) for task in done if not task.exception()]
    for task in pending:
        task.cancel()
    for conn in conns:
        conn.close()
    return waiting, answers


@pytest.mark.slow
def test_sigterm_with_hundreds_of_long_polls_held_answers_them_and_exits(
        new_db: Callable[[], str], tmp_path: Path, session: requests.Session) -> None:
    """SIGTERM with 300 long-polls held, while a reader that reads nothing holds all of the
    answer memory: every long-poll is answered at once (200, no messages) without needing
    that memory, and the process exits. Before, the woken long-polls queued for the memory
    and were answered 503 (or 500, cancelled by uvicorn) after seconds, and with thousands of
    long-polls the process could hang for good."""
    relay = spawn_relay(new_db(), tmp_path, _config(tmp_path))
    stall = socket.socket()
    try:
        client = RelayClient(relay.base_url, session)
        key = MailboxAuthKey.generate()
        full = client.create_mailbox(key)
        for i in range(46):  # 4 MiB of blobs: an answer far larger than the socket buffers
            client.deposit(full.send_id, bytes([i]) * 92_000, f"f{i}")
        target = f"/v1/mailboxes/{full.receive_id}/messages"
        auth = wire.sign_owner_command(key, client.challenge(full.receive_id), "GET", target,
                                       b"")
        parts = urlsplit(relay.base_url)
        assert parts.hostname and parts.port

        def stall_then_stop() -> None:
            stall.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            stall.connect((parts.hostname, parts.port))
            stall.sendall(f"GET {target} HTTP/1.1\r\nHost: relay\r\nAuthorization: {auth}"
                          "\r\n\r\n".encode())
            assert stall.recv(1)  # the answer has begun: its memory is taken
            relay.proc.terminate()  # SIGTERM

        held, answers = asyncio.run(_hold_long_polls(relay.base_url, SIGTERM_POLLS,
                                                     stall_then_stop))
        assert held == SIGTERM_POLLS
        assert len(answers) == SIGTERM_POLLS
        assert {(status, payload) for status, payload in answers} == {
            (200, b'{"messages":[]}')}
        stall.close()  # the stalled answer's connection goes; nothing else holds the relay up
        assert relay.proc.wait(timeout=20) == 0  # a bound on hanging, not a timing
    finally:
        stall.close()
        relay.close()
    log = relay.log()
    assert "relay: stopped" in log
    assert "Traceback" not in log
