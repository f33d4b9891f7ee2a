"""A relay on a really full disk (a small tmpfs, filled up): /healthz says so, deposits are
refused with Retry-After, and owners can still fetch, acknowledge and delete to make room.

Needs root (mount); CI runs as root. Elsewhere the tests are skipped with that reason, unless
EMENTOR_REQUIRE_POSTGRES is set (as in CI), which makes a missing mount a failure.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.relay.config import RelayConfig
from ementor_desktop.sync.relay_client import RelayClient, RelayRateLimited, RelayServerError
from tests.relay.conftest import SYSTEM_TEMP, TEST_DEFAULTS
from tests.relay.harness import PostgresCluster, PostgresMissing, running_relay

pytestmark = pytest.mark.slow


@contextlib.contextmanager
def small_disk(mib: int) -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="ementor-full-", dir=SYSTEM_TEMP))
    run = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={mib}m,mode=0755", "tmpfs",
                          str(root)], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        root.rmdir()
        reason = f"cannot mount a small tmpfs to fill up: {run.stderr.strip()}"
        if os.environ.get("EMENTOR_REQUIRE_POSTGRES"):
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield root
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False)
        with contextlib.suppress(OSError):
            root.rmdir()


def fill(folder: Path) -> Path:
    """Take every free byte of the file system `folder` is on."""
    filler = folder / "filler"
    with open(filler, "ab", buffering=0) as f:
        for chunk in (1 << 20, 1 << 12, 1):
            try:
                while f.write(b"\0" * chunk):
                    pass
            except OSError:
                continue
    return filler


def _health(session: requests.Session, base_url: str) -> int:
    return session.get(f"{base_url}/healthz", timeout=10).status_code


def _wait_health(session: requests.Session, base_url: str, status: int) -> None:
    deadline = time.monotonic() + 10
    while _health(session, base_url) != status:
        assert time.monotonic() < deadline, f"/healthz never answered {status}"
        time.sleep(0.2)


def test_sqlite_relay_on_a_full_disk(session: requests.Session,
                                     owner_key: MailboxAuthKey) -> None:
    with small_disk(48) as disk:
        config = RelayConfig(db=str(disk / "relay.sqlite3"), disk_reserve_bytes=4 << 20,
                             **TEST_DEFAULTS)
        with running_relay(config) as relay:
            client = RelayClient(relay.base_url, session)
            box = client.create_mailbox(owner_key)
            for i in range(20):
                client.deposit(box.send_id, os.urandom(60_000), f"k{i}")
            assert _health(session, relay.base_url) == 200
            filler = fill(disk)
            assert _health(session, relay.base_url) == 503
            with pytest.raises(RelayRateLimited) as err:
                client.deposit(box.send_id, b"no room", "full")
            assert err.value.code == "relay_full" and err.value.retry_after >= 1
            # The owner can still read, acknowledge and delete: that is how room is made.
            messages = client.fetch(box.receive_id, owner_key, limit=100)
            assert len(messages) == 20
            assert client.ack(box.receive_id, owner_key, [m.message_id for m in messages]) == 20
            client.delete_mailbox(box.receive_id, owner_key)
            filler.unlink()
            _wait_health(session, relay.base_url, 200)
            again = client.create_mailbox(owner_key)
            client.deposit(again.send_id, b"room again", "after")
            assert [m.body for m in client.fetch(again.receive_id, owner_key)] == [b"room again"]


def test_postgres_relay_on_a_full_disk(session: requests.Session,
                                       owner_key: MailboxAuthKey) -> None:
    with small_disk(160) as disk:
        cluster = PostgresCluster(disk / "cluster")
        try:
            cluster.start()
        except PostgresMissing as exc:
            if os.environ.get("EMENTOR_REQUIRE_POSTGRES"):
                pytest.fail(str(exc))
            pytest.skip(str(exc))
        try:
            config = RelayConfig(db=cluster.new_database(), **TEST_DEFAULTS)
            with running_relay(config) as relay:
                client = RelayClient(relay.base_url, session)
                box = client.create_mailbox(owner_key)
                for i in range(10):
                    client.deposit(box.send_id, os.urandom(60_000), f"k{i}")
                assert _health(session, relay.base_url) == 200
                filler = fill(disk)
                _wait_health(session, relay.base_url, 503)
                with pytest.raises(RelayServerError):
                    client.deposit(box.send_id, os.urandom(60_000), "full")
                # Challenges come from memory now; owners can still acknowledge and delete.
                messages = client.fetch(box.receive_id, owner_key, limit=100)
                assert len(messages) == 10
                acked = client.ack(box.receive_id, owner_key, [m.message_id for m in messages])
                assert acked == 10
                assert client.fetch(box.receive_id, owner_key) == []
                client.delete_mailbox(box.receive_id, owner_key)
                filler.unlink()
                _wait_health(session, relay.base_url, 200)
                again = client.create_mailbox(owner_key)
                client.deposit(again.send_id, b"room again", "after")
                assert [m.body for m in client.fetch(again.receive_id, owner_key)] == [
                    b"room again"]
        finally:
            cluster.stop()
