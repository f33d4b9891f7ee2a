"""When the database fails, the relay answers 503 with Retry-After (never 500) and recovers."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.relay.config import RelayConfig
from ementor_desktop.relay.storage import Deposit, DepositResult, StorageError
from ementor_desktop.relay.storage.sqlite import SqliteStorage
from ementor_desktop.sync.relay_client import RelayClient, RelayServerError
from tests.relay.conftest import TEST_DEFAULTS
from tests.relay.harness import running_relay


class FailingStorage(SqliteStorage):
    """SQLite that can be told to fail, as a full disk or a lost database server would."""

    broken = False

    async def ping(self) -> None:
        if self.broken:
            raise StorageError("sqlite: OperationalError: disk I/O error")
        await super().ping()

    async def deposit(self, deposit: Deposit) -> DepositResult:
        if self.broken:
            raise StorageError("sqlite: OperationalError: database or disk is full")
        return await super().deposit(deposit)


def test_storage_failure_is_a_503_and_passes(tmp_path: Path, session: requests.Session,
                                             owner_key: MailboxAuthKey) -> None:
    storage = FailingStorage(str(tmp_path / "relay.sqlite3"))
    with running_relay(RelayConfig(db=str(tmp_path / "relay.sqlite3"), **TEST_DEFAULTS),
                       storage=storage) as relay:
        client = RelayClient(relay.base_url, session)
        box = client.create_mailbox(owner_key)
        storage.broken = True
        health = session.get(f"{relay.base_url}/healthz")
        assert health.status_code == 503 and health.headers["Retry-After"] == "5"
        assert health.json()["error"] == "unavailable"
        with pytest.raises(RelayServerError) as err:
            client.deposit(box.send_id, b"kept by the sender", "k")
        assert err.value.status == 503
        storage.broken = False
        assert not client.deposit(box.send_id, b"kept by the sender", "k").duplicate
        assert session.get(f"{relay.base_url}/healthz").status_code == 200
