"""Abuse: floods get 429 with Retry-After while others keep working; oversize bodies get 413
without being read whole."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.relay.limits import Guard, TokenBuckets
from ementor_desktop.sync.relay_client import RelayClient, RelayRateLimited
from tests.relay.harness import InProcessRelay


def _address(relay: InProcessRelay) -> tuple[str, int]:
    parts = urlsplit(relay.base_url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def test_deposit_flood_is_limited_while_other_mailboxes_work(
        make_relay: Callable[..., InProcessRelay], session: requests.Session,
        owner_key: MailboxAuthKey) -> None:
    relay = make_relay(deposits_per_mailbox_per_minute=60, deposits_per_mailbox_burst=5)
    client = RelayClient(relay.base_url, session)
    flooded, quiet = client.create_mailbox(owner_key), client.create_mailbox(owner_key)
    accepted, limited = 0, []
    start = time.monotonic()
    for i in range(40):
        try:
            client.deposit(flooded.send_id, b"spam", f"s{i}")
            accepted += 1
        except RelayRateLimited as exc:
            limited.append(exc)
        if i % 10 == 0:
            client.deposit(quiet.send_id, b"still works", f"q{i}")
    refilled = int(time.monotonic() - start) + 1  # one token a second comes back
    assert 5 <= accepted <= 5 + refilled  # the burst, plus what refilled meanwhile
    assert len(limited) == 40 - accepted
    assert all(e.code == "rate_limited" and e.retry_after >= 1 for e in limited)
    assert len(client.fetch(quiet.receive_id, owner_key)) == 4
    assert len(client.fetch(flooded.receive_id, owner_key)) == accepted


def test_retry_after_is_honest(make_relay: Callable[..., InProcessRelay],
                               session: requests.Session, owner_key: MailboxAuthKey) -> None:
    relay = make_relay(deposits_per_mailbox_per_minute=60, deposits_per_mailbox_burst=1)
    client = RelayClient(relay.base_url, session)
    box = client.create_mailbox(owner_key)
    client.deposit(box.send_id, b"1", "a")
    with pytest.raises(RelayRateLimited) as err:
        client.deposit(box.send_id, b"2", "b")
    time.sleep(err.value.retry_after)
    client.deposit(box.send_id, b"2", "b")


def test_address_flood_is_limited_per_address(make_relay: Callable[..., InProcessRelay],
                                              session: requests.Session) -> None:
    relay = make_relay(trust_forwarded_for=True, requests_per_address_per_minute=60,
                       requests_per_address_burst=10)
    url = f"{relay.base_url}/v1/mailboxes/{wire.new_id()}/challenge"
    statuses = [session.post(url, headers={"X-Forwarded-For": "198.51.100.7"}).status_code
                for _ in range(15)]
    assert statuses.count(201) in (10, 11) and statuses[-1] == 429
    limited = session.post(url, headers={"X-Forwarded-For": "198.51.100.7"})
    assert limited.json()["error"] == "rate_limited"
    assert int(limited.headers["Retry-After"]) >= 1
    other = session.post(url, headers={"X-Forwarded-For": "10.9.8.7, 198.51.100.8"})
    assert other.status_code == 201


def test_forwarded_for_is_ignored_unless_trusted(make_relay: Callable[..., InProcessRelay],
                                                 session: requests.Session) -> None:
    relay = make_relay(requests_per_address_per_minute=60, requests_per_address_burst=5)
    url = f"{relay.base_url}/v1/mailboxes/{wire.new_id()}/challenge"
    statuses = [session.post(url, headers={"X-Forwarded-For": f"198.51.100.{i}"}).status_code
                for i in range(8)]
    assert statuses[-1] == 429


def test_owner_commands_are_limited_per_mailbox(make_relay: Callable[..., InProcessRelay],
                                                session: requests.Session,
                                                owner_key: MailboxAuthKey) -> None:
    relay = make_relay(owner_commands_per_mailbox_per_minute=60,
                       owner_commands_per_mailbox_burst=3)
    client = RelayClient(relay.base_url, session)
    busy, other = client.create_mailbox(owner_key), client.create_mailbox(owner_key)
    for _ in range(3):
        client.fetch(busy.receive_id, owner_key)
    with pytest.raises(RelayRateLimited):
        client.fetch(busy.receive_id, owner_key)
    client.fetch(other.receive_id, owner_key)


def test_body_at_the_limit_passes_and_one_byte_more_is_413(
        make_relay: Callable[..., InProcessRelay], session: requests.Session,
        owner_key: MailboxAuthKey) -> None:
    relay = make_relay(max_body_bytes=70_000)
    box = RelayClient(relay.base_url, session).create_mailbox(owner_key)
    url = f"{relay.base_url}/v1/deposit/{box.send_id}"
    assert session.post(url, data=b"x" * 70_000, headers={"Idempotency-Key": "a"}).status_code \
        == 201
    response = session.post(url, data=b"x" * 70_001, headers={"Idempotency-Key": "b"})
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"


def test_json_commands_have_a_small_body_limit(relay: InProcessRelay,
                                               session: requests.Session) -> None:
    response = session.post(f"{relay.base_url}/v1/mailboxes", data=b"{" * 100_000,
                            headers={"Content-Type": "application/json"})
    assert response.status_code == 413


def test_declared_oversize_is_refused_before_the_body_is_sent(relay: InProcessRelay,
                                                              client: RelayClient,
                                                              owner_key: MailboxAuthKey) -> None:
    box = client.create_mailbox(owner_key)
    with socket.create_connection(_address(relay), timeout=5) as sock:
        sock.sendall((f"POST /v1/deposit/{box.send_id} HTTP/1.1\r\nHost: relay\r\n"
                      "Idempotency-Key: big\r\nContent-Length: 1073741824\r\n\r\n").encode())
        answer = sock.recv(4096).decode()  # not one byte of the 1 GiB body was sent
    assert answer.startswith("HTTP/1.1 413")
    assert client.fetch(box.receive_id, owner_key) == []


def test_streamed_oversize_is_cut_off_early(relay: InProcessRelay, client: RelayClient,
                                            owner_key: MailboxAuthKey) -> None:
    box = client.create_mailbox(owner_key)
    chunk = b"x" * 65536
    framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    sent = 0
    with socket.create_connection(_address(relay), timeout=5) as sock:
        sock.sendall((f"POST /v1/deposit/{box.send_id} HTTP/1.1\r\nHost: relay\r\n"
                      "Idempotency-Key: stream\r\nTransfer-Encoding: chunked\r\n\r\n").encode())
        try:
            while sent < 256 * 1024 * 1024:
                sock.sendall(framed)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass
        try:
            answer = sock.recv(4096).decode()
        except ConnectionResetError:
            answer = ""
    # The relay stopped reading far below the 256 MiB offered (socket buffers hold a few MiB).
    assert sent < 32 * 1024 * 1024
    assert answer == "" or answer.startswith("HTTP/1.1 413")
    assert client.fetch(box.receive_id, owner_key) == []


def test_guard_reads_no_further_than_the_limit() -> None:
    """At the ASGI level: the guard pulls at most one chunk past the limit, then answers 413."""
    pulled = 0
    sent: list[dict[str, Any]] = []

    async def endless_body() -> dict[str, Any]:
        nonlocal pulled
        pulled += 1
        return {"type": "http.request", "body": b"x" * 1000, "more_body": True}

    async def record(message: Any) -> None:
        sent.append(message)

    async def app(scope: Any, receive: Any, send: Any) -> None:
        while True:  # an app that would read forever
            await receive()

    guard = Guard(app, address_buckets=TokenBuckets(60, 10), body_limit=lambda path: 10_000,
                  trust_forwarded_for=False, on_limited=lambda kind: None)
    scope = {"type": "http", "path": "/v1/deposit/x", "headers": [], "client": ("192.0.2.1", 1)}
    asyncio.run(guard(scope, endless_body, record))
    assert pulled == 11
    assert sent[0]["status"] == 413


def test_token_bucket_refills_at_its_rate() -> None:
    now = [0.0]
    buckets = TokenBuckets(per_minute=60, burst=2, clock=lambda: now[0])
    assert buckets.take(b"k") == 0 and buckets.take(b"k") == 0
    assert buckets.take(b"k") == pytest.approx(1.0)
    now[0] += 0.5
    assert buckets.take(b"k") == pytest.approx(0.5)
    now[0] += 0.5
    assert buckets.take(b"k") == 0
    assert buckets.take(b"other") == 0


def test_token_buckets_stay_bounded() -> None:
    buckets = TokenBuckets(per_minute=60, burst=1, max_keys=100)
    for i in range(1000):
        buckets.take(i.to_bytes(4, "big"))
    assert len(buckets) == 100


def test_mailbox_creation_is_limited_per_address(make_relay: Callable[..., InProcessRelay],
                                                 session: requests.Session,
                                                 owner_key: MailboxAuthKey) -> None:
    relay = make_relay(trust_forwarded_for=True, mailboxes_per_address_per_minute=6,
                       mailboxes_per_address_burst=3)
    alice = RelayClient(relay.base_url, session)
    session.headers["X-Forwarded-For"] = "198.51.100.20"
    for _ in range(3):
        alice.create_mailbox(owner_key)
    with pytest.raises(RelayRateLimited) as err:
        alice.create_mailbox(owner_key)
    assert err.value.retry_after >= 1
    # other requests are still fine
    assert session.post(f"{relay.base_url}/v1/mailboxes/{wire.new_id()}/challenge"
                        ).status_code == 201
    session.headers["X-Forwarded-For"] = "198.51.100.21"
    alice.create_mailbox(owner_key)
