"""What the relay keeps: ids only as hashes, blobs as given, no client address in storage or logs.

(Whether the blobs are free of plaintext is the messaging engine's test: the relay stores what
it is given, which this suite checks with a canary.)
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator

import psycopg
import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.sync.relay_client import RelayClient
from tests.relay.harness import InProcessRelay

CANARY = b"CANARY-7f3a9c-plaintext-marker"
CLIENT_ADDRESS = "127.0.0.1"


def _every_stored_value(db: str) -> Iterator[bytes]:
    """Every cell of every table, as bytes (text and numbers too)."""
    if db.startswith("postgresql://"):
        with psycopg.connect(db) as conn:
            tables = [r[0] for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
            for table in tables:
                for row in conn.execute(f"SELECT * FROM {table}"):
                    yield from (_as_bytes(v) for v in row)
        return
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table}"):
                yield from (_as_bytes(v) for v in row)
    conn.close()


def _as_bytes(value: object) -> bytes:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    return str(value).encode()


def _flow(relay: InProcessRelay, session: requests.Session, key: MailboxAuthKey) -> dict[str, str]:
    client = RelayClient(relay.base_url, session)
    box = client.create_mailbox(key)
    client.deposit(box.send_id, CANARY, "idem-key-canary")
    client.deposit(box.send_id, b"second", "idem-key-two")
    first = client.fetch(box.receive_id, key)[0]
    client.ack(box.receive_id, key, [first.message_id])
    spare = client.challenge(box.receive_id)
    return {"receive_id": box.receive_id, "send_id": box.send_id, "challenge": spare,
            "idempotency": "idem-key-canary"}


def test_storage_holds_ids_only_as_hashes_and_no_addresses(
        make_relay: Callable[..., InProcessRelay], session: requests.Session,
        owner_key: MailboxAuthKey) -> None:
    relay = make_relay()
    secrets = _flow(relay, session, owner_key)
    relay.stop()
    values = list(_every_stored_value(relay.config.db))
    blob = b"\x00".join(values)
    for name, text in secrets.items():
        assert text.encode() not in blob, f"{name} stored in clear"
        if name != "idempotency":
            assert wire.b64url_decode(text) not in blob, f"{name} stored as raw bytes"
    assert CLIENT_ADDRESS.encode() not in blob
    assert bytes([127, 0, 0, 1]) not in values
    # What is there instead: the hashes, and the blob exactly as given.
    assert wire.id_hash(secrets["receive_id"]) in values
    assert wire.id_hash(secrets["send_id"]) in values
    if relay.config.uses_postgres:  # SQLite keeps challenges in memory only
        assert wire.id_hash(secrets["challenge"]) in values
    assert CANARY not in values  # acknowledged, so deleted
    assert b"second" in values


def test_an_unacknowledged_blob_is_stored_exactly_as_given(
        make_relay: Callable[..., InProcessRelay], session: requests.Session,
        owner_key: MailboxAuthKey) -> None:
    relay = make_relay()
    client = RelayClient(relay.base_url, session)
    box = client.create_mailbox(owner_key)
    client.deposit(box.send_id, CANARY, "k")
    relay.stop()
    assert CANARY in list(_every_stored_value(relay.config.db))


def test_logs_carry_no_ids_bodies_or_addresses(make_relay: Callable[..., InProcessRelay],
                                               session: requests.Session,
                                               owner_key: MailboxAuthKey,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    relay = make_relay(sweep_interval_seconds=0.05)
    secrets = _flow(relay, session, owner_key)
    session.get(f"{relay.base_url}/v1/mailboxes/{secrets['receive_id']}/messages")  # a 401
    session.post(f"{relay.base_url}/v1/deposit/{secrets['send_id']}", data=b"x" * 200_000,
                 headers={"Idempotency-Key": "big"})  # a 413
    relay.stop()
    # The server's loggers only: this test's own HTTP client (urllib3) logs URLs at DEBUG.
    text = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records
                     if r.name.startswith(("ementor.relay", "uvicorn", "fastapi", "starlette")))
    assert "ementor.relay" in text  # the relay did log (startup, shutdown)
    for value in [*secrets.values(), CANARY.decode(), CLIENT_ADDRESS]:
        assert value not in text
