"""A database written by the previous relay (schema 1: unbound challenges) is upgraded in place.

Mailboxes and messages survive; challenges, which live a minute, start afresh bound to a
mailbox; a database newer than the relay is refused.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable

import psycopg
import pytest

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.relay.storage import StorageError, make_storage, postgres, sqlite
from ementor_desktop.relay.storage.base import SCHEMA_VERSION
from ementor_desktop.sync.relay_client import RelayClient, RelayUnauthorized
from tests.relay.harness import InProcessRelay


def _write_version_1(backend: str, db: str, key: MailboxAuthKey, receive_id: str, send_id: str,
                     message: bytes, old_challenge: str) -> None:
    now = time.time()
    mailbox = (wire.id_hash(receive_id), wire.id_hash(send_id), key.public_key, now, now)
    if backend == "sqlite":
        conn = sqlite3.connect(db, isolation_level=None)
        conn.executescript(f"BEGIN;{sqlite._SCHEMA}PRAGMA user_version=1;COMMIT;")
        conn.execute("INSERT INTO mailboxes (receive_hash, send_hash, auth_key, created_at,"
                     " last_owner_at) VALUES (?, ?, ?, ?, ?)", mailbox)
        conn.execute("INSERT INTO messages (mailbox_id, message_id, received_at, expires_at,"
                     " size, body) VALUES (1, ?, ?, ?, ?, ?)",
                     (wire.new_message_id(), now, now + 3600, len(message), message))
        conn.close()
        return
    with psycopg.connect(db, autocommit=True) as conn, conn.transaction():
        conn.execute("CREATE TABLE ementor_relay_meta (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO ementor_relay_meta VALUES (1)")
        for statement in postgres._SCHEMA_V1:
            conn.execute(statement)
        conn.execute("INSERT INTO mailboxes (receive_hash, send_hash, auth_key, created_at,"
                     " last_owner_at) VALUES (%s, %s, %s, %s, %s)", mailbox)
        conn.execute("INSERT INTO messages (mailbox_id, message_id, received_at, expires_at,"
                     " size, body) VALUES (1, %s, %s, %s, %s, %s)",
                     (wire.new_message_id(), now, now + 3600, len(message), message))
        # An unbound challenge issued by the old relay just before the upgrade.
        conn.execute("INSERT INTO challenges (hash, expires_at) VALUES (%s, %s)",
                     (wire.id_hash(old_challenge), now + 60))


def _version(backend: str, db: str) -> int:
    if backend == "sqlite":
        conn = sqlite3.connect(db)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    with psycopg.connect(db) as conn:
        row = conn.execute("SELECT version FROM ementor_relay_meta").fetchone()
        assert row is not None
        return int(row[0])


def test_a_version_1_database_is_upgraded(backend: str, new_db: Callable[[], str],
                                          make_relay: Callable[..., InProcessRelay]) -> None:
    db = new_db()
    key = MailboxAuthKey.generate()
    receive_id, send_id, old_challenge = wire.new_id(), wire.new_id(), wire.new_id()
    _write_version_1(backend, db, key, receive_id, send_id, b"kept across the upgrade",
                     old_challenge)
    relay = make_relay(db=db)
    assert _version(backend, db) == SCHEMA_VERSION == 4
    with RelayClient(relay.base_url) as client:
        # The old, unbound challenge is gone: it can only be refused, never accepted.
        target = f"/v1/mailboxes/{receive_id}/messages"
        auth = wire.sign_owner_command(key, old_challenge, "GET", target, b"")
        assert client.session.get(relay.base_url + target,
                                  headers={"Authorization": auth}).status_code == 401
        assert [m.body for m in client.fetch(receive_id, key)] == [b"kept across the upgrade"]
        client.deposit(send_id, b"after", "k")
        assert len(client.fetch(receive_id, key)) == 2
        other = client.create_mailbox(key)
        with pytest.raises(RelayUnauthorized):  # bound: a challenge for one opens no other
            _spend_on(client, key, receive_id, other.receive_id)
    relay.stop()
    again = make_relay(db=db)  # opening an upgraded database changes nothing
    assert _version(backend, db) == SCHEMA_VERSION
    with RelayClient(again.base_url) as client:
        assert len(client.fetch(receive_id, key)) == 2


def _spend_on(client: RelayClient, key: MailboxAuthKey, issued_for: str, used_on: str) -> None:
    target = f"/v1/mailboxes/{used_on}/messages"
    auth = wire.sign_owner_command(key, client.challenge(issued_for), "GET", target, b"")
    response = client.session.get(client.base_url + target, headers={"Authorization": auth})
    if response.status_code == 401:
        raise RelayUnauthorized("refused", 401)


def test_a_newer_database_is_refused(backend: str, new_db: Callable[[], str]) -> None:
    db = new_db()
    if backend == "sqlite":
        conn = sqlite3.connect(db)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
        conn.close()
    else:
        with psycopg.connect(db, autocommit=True) as pg:
            pg.execute("CREATE TABLE ementor_relay_meta (version INTEGER NOT NULL)")
            pg.execute("INSERT INTO ementor_relay_meta VALUES (%s)", (SCHEMA_VERSION + 1,))
    storage = make_storage(db, 2)

    async def open_it() -> None:
        try:
            await storage.open(lambda mailbox: None)
        finally:
            await storage.close()

    with pytest.raises(StorageError, match="newer than this relay"):
        asyncio.run(open_it())
