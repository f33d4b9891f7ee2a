"""No message text, name or key of either participant on the relay's disk or on either
participant's disk outside the vault, after a real conversation through a real relay process."""

from __future__ import annotations

import secrets
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ementor_desktop import log
from ementor_desktop.domain import messaging
from ementor_desktop.domain.models import Role
from tests.conftest import PASSPHRASE
from tests.integration.test_no_plaintext import scan
from tests.messaging.conftest import Participant, connect
from tests.relay.harness import RelayProcess, spawn_relay


@pytest.fixture
def private_relay(tmp_path: Path) -> RelayProcess:
    work = tmp_path / "relay-data"
    work.mkdir()
    relay = spawn_relay(str(work / "relay.sqlite3"), work)
    yield relay  # type: ignore[misc]
    relay.terminate()


def test_no_plaintext_on_relay_or_clients(make_participant: Callable[..., Participant],
                                          private_relay: RelayProcess, tmp_path: Path) -> None:
    tag = secrets.token_hex(4)
    ada = make_participant(f"Adaname{tag}", Role.MENTOR)
    ben = make_participant(f"Benname{tag}")
    for p in (ada, ben):
        log.setup_file_logging(p.home.log_dir)
    connect(ada, ben, private_relay.base_url)
    canaries = {f"text{i}": f"CANARYTEXT{tag}{i} about a confidential workplace issue"
                for i in range(5)}
    for i, body in enumerate(canaries.values()):
        sender, receiver = (ada, ben) if i % 2 else (ben, ada)
        messaging.send_text(sender.vault, sender.contact(receiver.name).id, body)
    undelivered = f"CANARYQUEUED{tag} still waiting on the relay"
    for p in (ada, ben, ada, ben):
        p.sync()
    messaging.send_text(ada.vault, ada.contact(ben.name).id, undelivered)
    ada.sync()  # deposited, not yet fetched: it sits on the relay now
    secrets_: dict[str, str | bytes] = {**canaries, "queued": undelivered,
                                        "ada name": ada.name, "ben name": ben.name,
                                        "passphrase": PASSPHRASE}
    for p in (ada, ben):
        ident = p.repos.identity.get()
        secrets_[f"{p.name} signing"] = ident.signing_seed
        secrets_[f"{p.name} box"] = ident.box_secret
    relay_dir = Path(private_relay.log_path).parent
    assert any(relay_dir.glob("relay.sqlite3*"))
    roots = [relay_dir, ada.home.root, ben.home.root, Path(tempfile.gettempdir())]
    assert scan(roots, secrets_) == []
    for p in (ada, ben):
        p.vault.close()
    assert scan(roots, secrets_) == []
    # the scan looked at real data: the relay's database holds the undelivered envelope
    with sqlite3.connect(relay_dir / "relay.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] >= 1
