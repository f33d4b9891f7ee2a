"""Scale-out: three relay processes on one PostgreSQL behind HAProxy; one is killed mid-traffic.

Real processes throughout: PostgreSQL, `ementor-relay` ×3, HAProxy (round robin, `/healthz`
checks, redispatch on connection failure; tests/relay/proxy.py), and the app's `RelayClient`
talking only to the proxy. Depositors deposit without pause, owners long-poll and acknowledge,
idle owners hold long-polls on empty mailboxes; then one relay process gets SIGKILL.
Clients retry what fails as the app does (a deposit with the same Idempotency-Key).
"""

from __future__ import annotations

import collections
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.sync.relay_client import MailboxIds, RelayClient, RelayError
from tests.relay.harness import PostgresCluster, RelayProcess, spawn_relay
from tests.relay.proxy import Proxy, ProxyMissing, haproxy

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

RELAYS = 3
DEPOSITORS = 4
MAILBOXES = 2
IDLE_OWNERS = 6
#: Deposits acknowledged by every depositor before the kill, and again after it.
PER_PHASE = 25
#: A guard against a hang, not a measure: the test normally ends well within it.
BOUND = 180.0

#: Every client comes through the proxy, so from 127.0.0.1: no per-address limit may trip.
CONFIG = """[relay]
requests_per_address_per_minute = 1e9
requests_per_address_burst = 1000000
deposits_per_mailbox_per_minute = 1e9
deposits_per_mailbox_burst = 1000000
owner_commands_per_mailbox_per_minute = 1e9
owner_commands_per_mailbox_burst = 1000000
mailboxes_per_address_per_minute = 1e9
mailboxes_per_address_burst = 1000000
deposit_bytes_per_address_per_minute = 1e15
deposit_bytes_per_address_burst = 1000000000000
longpolls_per_address = 100000
admission = "open"
trust_forwarded_for = true
log_level = "WARNING"
"""


@dataclass
class Relays:
    processes: list[RelayProcess]
    proxy: Proxy


@pytest.fixture
def relays(postgres_cluster: PostgresCluster, tmp_path: Path) -> Iterator[Relays]:
    db = postgres_cluster.acquire()
    config = tmp_path / "relay.toml"
    config.write_text(CONFIG, encoding="utf-8")
    processes: list[RelayProcess] = []
    try:
        for _ in range(RELAYS):
            processes.append(spawn_relay(db, tmp_path, config))
        backends = [("127.0.0.1", int(p.base_url.rsplit(":", 1)[1])) for p in processes]
        try:
            proxy_cm = haproxy(backends, tmp_path)
            proxy = proxy_cm.__enter__()
        except ProxyMissing as exc:
            if os.environ.get("EMENTOR_REQUIRE_POSTGRES"):
                pytest.fail(f"EMENTOR_REQUIRE_POSTGRES is set but {exc}")
            pytest.skip(str(exc))
        try:
            yield Relays(processes, proxy)
        finally:
            proxy_cm.__exit__(None, None, None)
    finally:
        for process in processes:
            process.close()
        postgres_cluster.release(db)


@dataclass
class Traffic:
    """What the client threads saw, under one lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    killed: threading.Event = field(default_factory=threading.Event)
    #: Set once HAProxy's health checks have taken the killed process out.
    routed_around: threading.Event = field(default_factory=threading.Event)
    stop_depositing: threading.Event = field(default_factory=threading.Event)
    stop_owners: threading.Event = field(default_factory=threading.Event)
    #: idempotency key -> the message id of its 201 (a retry must give the same one).
    acknowledged: dict[str, str] = field(default_factory=dict)
    conflicting: list[str] = field(default_factory=list)
    #: message id -> bodies fetched under it (once per fetch that returned it).
    fetched: dict[str, list[bytes]] = field(default_factory=lambda: collections.defaultdict(list))
    #: message ids whose acknowledgement failed (so may rightly be fetched again).
    unsure_acks: set[str] = field(default_factory=set)
    #: (worker, "before" | "kill" | "later") -> failed requests; same for successes.
    errors: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    done: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    gave_up: list[str] = field(default_factory=list)
    kinds: dict[str, list[str]] = field(default_factory=lambda: collections.defaultdict(list))

    def phase(self) -> str:
        if self.routed_around.is_set():
            return "later"
        return "kill" if self.killed.is_set() else "before"

    def failed(self, worker: str, exc: RelayError) -> None:
        with self.lock:
            self.errors[(worker, self.phase())] += 1
            self.kinds[worker].append(f"{self.phase()} {type(exc).__name__} {exc.status}")

    def succeeded(self, worker: str) -> None:
        with self.lock:
            self.done[(worker, self.phase())] += 1


def _depositor(url: str, n: int, boxes: list[MailboxIds], traffic: Traffic) -> None:
    name = f"depositor{n}"
    with requests.Session() as session:
        client = RelayClient(url, session)
        count = 0
        while not traffic.stop_depositing.is_set():
            key = f"d{n}-{count}"
            box = boxes[count % len(boxes)]
            for _ in range(100):
                try:
                    receipt = client.deposit(box.send_id, key.encode(), key)
                except RelayError as exc:
                    traffic.failed(name, exc)  # the same key again: a retry is harmless
                    time.sleep(0.05)
                    continue
                with traffic.lock:
                    first = traffic.acknowledged.setdefault(key, receipt.message_id)
                    if first != receipt.message_id:
                        traffic.conflicting.append(key)
                traffic.succeeded(name)
                break
            else:
                traffic.gave_up.append(key)
                return
            count += 1


def _owner(url: str, name: str, box: MailboxIds, key: MailboxAuthKey, wait: float,
           traffic: Traffic, until: threading.Event, once: bool = False) -> None:
    """Long-poll and acknowledge until `until` (or, with `once`, until something came)."""
    with requests.Session() as session:
        client = RelayClient(url, session)
        while not until.is_set():
            try:
                messages = client.fetch(box.receive_id, key, wait=wait)
            except RelayError as exc:
                traffic.failed(name, exc)
                time.sleep(0.05)
                continue
            traffic.succeeded(name)
            if not messages:
                continue
            ids = [m.message_id for m in messages]
            with traffic.lock:
                for message in messages:
                    traffic.fetched[message.message_id].append(message.body)
            try:
                client.ack(box.receive_id, key, ids)
            except RelayError as exc:
                traffic.failed(name, exc)
                with traffic.lock:
                    traffic.unsure_acks.update(ids)
            if once:
                return


def _longpolls_held(relay: RelayProcess) -> float:
    """What the relay's own /metrics says it holds (asked directly, not through the proxy)."""
    text = requests.get(relay.base_url + "/metrics", timeout=5).text
    for line in text.splitlines():
        if line.startswith("ementor_relay_longpolls_waiting "):
            return float(line.split()[1])
    raise AssertionError("no longpolls_waiting gauge in /metrics")


def _wait_for(condition: Callable[[], bool], what: str, deadline: float) -> None:
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting: {what}"
        time.sleep(0.05)


def test_a_relay_killed_mid_traffic_loses_no_acknowledged_deposit(relays: Relays) -> None:
    url = relays.proxy.base_url
    deadline = time.monotonic() + BOUND
    setup = RelayClient(url)
    keys = [MailboxAuthKey.generate() for _ in range(MAILBOXES + IDLE_OWNERS)]
    boxes = [setup.create_mailbox(key) for key in keys]
    busy, idle = boxes[:MAILBOXES], boxes[MAILBOXES:]
    traffic = Traffic()
    idle_done = [threading.Event() for _ in idle]
    threads = [threading.Thread(target=_depositor, args=(url, n, busy, traffic), daemon=True)
               for n in range(DEPOSITORS)]
    threads += [threading.Thread(target=_owner, daemon=True, args=(
        url, f"owner{n}", box, keys[n], 5.0, traffic, traffic.stop_owners))
        for n, box in enumerate(busy)]
    threads += [threading.Thread(target=_owner, daemon=True, args=(
        url, f"idle{n}", box, keys[MAILBOXES + n], 25.0, traffic, idle_done[n], True))
        for n, box in enumerate(idle)]
    for thread in threads:
        thread.start()
    victim, survivors = relays.processes[0], relays.processes[1:]

    def deposited(phase: str) -> bool:
        with traffic.lock:
            return all(traffic.done[(f"depositor{n}", phase)] >= PER_PHASE
                       for n in range(DEPOSITORS))

    try:
        _wait_for(lambda: deposited("before"), "deposits before the kill", deadline)
        # Long-polls are held on the victim (the idle owners', round robin over three).
        _wait_for(lambda: _longpolls_held(victim) >= 1, "long-polls on the victim", deadline)
        traffic.killed.set()
        victim.kill9()
        _wait_for(lambda: relays.proxy.marked_down("relay1"), "HAProxy to see it", deadline)
        traffic.routed_around.set()
        _wait_for(lambda: deposited("later"), "deposits after the kill", deadline)

        # Delivery continues: every idle owner, whichever relay held its long-poll, gets a
        # message deposited now into its mailbox.
        wake_ids = {setup.deposit(box.send_id, f"wake{n}".encode(), f"wake{n}").message_id
                    for n, box in enumerate(idle)}

        def woken() -> bool:
            with traffic.lock:
                return wake_ids <= traffic.fetched.keys()

        _wait_for(woken, "the idle owners' messages", deadline)
        for event in idle_done:
            event.set()
        traffic.stop_depositing.set()
        for thread in threads[:DEPOSITORS]:
            thread.join(timeout=60)

        def drained() -> bool:
            with traffic.lock:
                return set(traffic.acknowledged.values()) <= traffic.fetched.keys()

        while not drained() and time.monotonic() < deadline:
            time.sleep(0.05)
        with traffic.lock:
            lost = set(traffic.acknowledged.values()) - traffic.fetched.keys()
        assert not lost, f"{len(lost)} of {len(traffic.acknowledged)} acknowledged deposits lost"
    finally:
        traffic.stop_depositing.set()
        traffic.stop_owners.set()
        for event in idle_done:
            event.set()
        for thread in threads:
            thread.join(timeout=60)

    assert not traffic.gave_up and not traffic.conflicting
    # None lost (the wait above) and none stored twice: one message id per idempotency key,
    # and only a message whose acknowledgement failed was fetched more than once.
    by_body = collections.defaultdict(set)
    for message_id, bodies in traffic.fetched.items():
        assert len(set(bodies)) == 1
        by_body[bodies[0]].add(message_id)
    assert all(len(ids) == 1 for ids in by_body.values())
    assert by_body.keys() >= {key.encode() for key in traffic.acknowledged}
    fetched_twice = {mid for mid, bodies in traffic.fetched.items() if len(bodies) > 1}
    assert fetched_twice <= traffic.unsure_acks
    # The kill cut requests in flight (at least the long-polls the victim held; also, for a
    # moment, connections that reached the dying process before its port closed)...
    assert sum(n for (_, phase), n in traffic.errors.items() if phase == "kill") >= 1
    # Until the checks take it out, HAProxy still picks the dead process in turn: it must send
    # those requests on when their connection is refused (`retries`, `option redispatch`), so a
    # client sees at most its request in flight fail, and one or two that connected while the
    # process was dying; without the retries a busy client sees many fail in that second.
    for (worker, phase), n in traffic.errors.items():
        assert phase != "kill" or n <= 3, (worker, traffic.kinds[worker])
    # ...and nothing else failed: once HAProxy's checks took the dead process out, every
    # request went to the live ones (and before that, a refused connection was sent on).
    failed = {worker: traffic.kinds[worker] for worker, phase in traffic.errors
              if phase != "kill"}
    assert not failed, failed
    # Nothing is left behind, and the surviving relays stop cleanly.
    for n, box in enumerate(busy):
        assert RelayClient(url).fetch(box.receive_id, keys[n]) == []
    for relay in survivors:
        assert relay.terminate() == 0
