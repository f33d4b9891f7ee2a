"""The relay as an operator runs it (a child process): crash safety, shutdown, command line."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.sync.relay_client import RelayClient, RelayMessage, RelayRejected
from tests.relay.harness import spawn_relay

pytestmark = pytest.mark.slow


def test_kill_9_loses_no_acknowledged_deposit(new_db: Callable[[], str], tmp_path: Path,
                                              session: requests.Session,
                                              owner_key: MailboxAuthKey) -> None:
    db = new_db()
    first = spawn_relay(db, tmp_path)
    client = RelayClient(first.base_url, session)
    box = client.create_mailbox(owner_key)
    receipts = [client.deposit(box.send_id, f"envelope {i}".encode(), f"k{i}")
                for i in range(25)]
    first.kill9()  # no shutdown of any kind: only what was committed survives

    second = spawn_relay(db, tmp_path)
    try:
        client = RelayClient(second.base_url, session)
        got = client.fetch(box.receive_id, owner_key)
        assert [(m.message_id, m.body) for m in got] == [
            (r.message_id, f"envelope {i}".encode()) for i, r in enumerate(receipts)]
        # Idempotency records survived too: a retry after the crash is still a duplicate.
        assert client.deposit(box.send_id, b"envelope 0", "k0").duplicate
    finally:
        assert second.terminate() == 0


def test_sigterm_answers_long_polls_and_exits_cleanly(new_db: Callable[[], str], tmp_path: Path,
                                                     session: requests.Session,
                                                     owner_key: MailboxAuthKey) -> None:
    relay = spawn_relay(new_db(), tmp_path)
    client = RelayClient(relay.base_url, session)
    box = client.create_mailbox(owner_key)
    result: list[list[RelayMessage]] = []

    def long_poll() -> None:
        with requests.Session() as s:
            result.append(RelayClient(relay.base_url, s).fetch(box.receive_id, owner_key,
                                                               wait=25))

    poller = threading.Thread(target=long_poll)
    poller.start()
    deadline = time.monotonic() + 10
    while relay.proc.poll() is None and time.monotonic() < deadline:
        metrics = session.get(f"{relay.base_url}/metrics").text
        if "ementor_relay_longpolls_waiting 1" in metrics:
            break
        time.sleep(0.05)
    start = time.monotonic()
    assert relay.terminate(timeout=15) == 0
    poller.join(timeout=5)
    assert result == [[]]
    assert time.monotonic() - start < 5
    log = relay.log()
    assert "relay: stopped" in log
    assert "Traceback" not in log


def test_command_line_rejects_a_bad_config(tmp_path: Path) -> None:
    config = tmp_path / "relay.toml"
    config.write_text("[relay]\nmax_body_byts = 5\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "ementor_desktop.relay", "--config", str(config)],
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 2
    assert "unknown option 'max_body_byts'" in run.stderr


def test_command_line_reads_the_config_file(tmp_path: Path, session: requests.Session,
                                            owner_key: MailboxAuthKey) -> None:
    config = tmp_path / "relay.toml"
    config.write_text('[relay]\ninvite_tokens = ["let-me-in"]\nmax_body_bytes = 1000\n',
                      encoding="utf-8")
    relay = spawn_relay(str(tmp_path / "relay.sqlite3"), tmp_path, config_file=config)
    try:
        client = RelayClient(relay.base_url, session)
        with pytest.raises(RelayRejected):
            client.create_mailbox(owner_key)
        box = client.create_mailbox(owner_key, invite="let-me-in")
        assert box.limits.max_body_bytes == 1000
    finally:
        assert relay.terminate() == 0


def test_example_config_is_valid_and_complete() -> None:
    from ementor_desktop.relay.config import RelayConfig, load_config

    example = Path(__file__).resolve().parents[2] / "packaging" / "relay" / "relay.example.toml"
    config = load_config(example)
    text = example.read_text(encoding="utf-8")
    for name in RelayConfig.__dataclass_fields__:
        if not name.startswith("_"):
            assert f"\n{name} = " in text or f"\n# {name} = " in text, f"{name} not documented"
    assert config.message_ttl_seconds == 14 * 86_400


def test_unreachable_database_fails_start_with_a_clear_cause(tmp_path: Path) -> None:
    from tests.relay.harness import free_port

    url = f"postgresql://relay@127.0.0.1:{free_port()}/relay"
    run = subprocess.run([sys.executable, "-m", "ementor_desktop.relay", "--port", "0",
                          "--db", url], capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode != 0
    assert "listening on" not in run.stdout  # never announced as ready
    assert "Connection refused" in run.stderr
