"""/metrics of a real relay process, read as Prometheus reads it: with prometheus_client's parsers
for the text format and for OpenMetrics, against docs/protocol.md Part 1 §3, "Metrics"."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from prometheus_client.openmetrics.parser import (
    text_string_to_metric_families as openmetrics_families,
)
from prometheus_client.parser import text_string_to_metric_families

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.sync.relay_client import RelayClient
from tests.relay.harness import RelayProcess, spawn_relay

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"
OPENMETRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8"


def documented() -> dict[str, str]:
    """Sample name -> type, from the table of docs/protocol.md."""
    text = DOC.read_text(encoding="utf-8")
    return dict(re.findall(r"^\| `(ementor_relay_[a-z_]+)` \| (gauge|counter) \|", text,
                           re.MULTILINE))


@pytest.fixture
def relay_process(tmp_path: Path) -> Iterator[RelayProcess]:
    relay = spawn_relay(str(tmp_path / "relay.sqlite3"), tmp_path, extra=["--open-admission"])
    yield relay
    assert relay.terminate() == 0


def _traffic(base_url: str) -> tuple[list[str], int]:
    """Two mailboxes, three deposits (one a duplicate), one fetch, one ack."""
    key = MailboxAuthKey.generate()
    with requests.Session() as session:
        client = RelayClient(base_url, session)
        first, second = client.create_mailbox(key), client.create_mailbox(key)
        client.deposit(first.send_id, b"canary-one", "k1")
        client.deposit(first.send_id, b"canary-one", "k1")
        client.deposit(second.send_id, b"canary-two!", "k2")
        (message,) = client.fetch(first.receive_id, key)
        assert client.ack(first.receive_id, key, [message.message_id]) == 1
    secrets = [first.send_id, first.receive_id, second.send_id, second.receive_id,
               message.message_id, "canary", "127.0.0.1",
               base64.urlsafe_b64encode(key.public_key).decode().rstrip("=")]
    return secrets, len(b"canary-two!")


def test_metrics_parse_as_prometheus_text_and_match_the_documentation(
        relay_process: RelayProcess) -> None:
    secrets, stored = _traffic(relay_process.base_url)
    answer = requests.get(relay_process.base_url + "/metrics", timeout=10)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8"
    families = list(text_string_to_metric_families(answer.text))
    samples = {s.name: s for f in families for s in f.samples}
    types = {s.name: f.type for f in families for s in f.samples}
    assert types == documented()
    for family in families:
        assert family.documentation, family.name  # every metric has its # HELP
    for sample in samples.values():
        assert sample.labels == {} and sample.timestamp is None
    values = {name: s.value for name, s in samples.items()}
    assert values["ementor_relay_mailboxes"] == 2
    assert values["ementor_relay_messages"] == 1
    assert values["ementor_relay_stored_bytes"] == stored
    assert values["ementor_relay_mailboxes_created_total"] == 2
    assert values["ementor_relay_deposits_total"] == 2
    assert values["ementor_relay_duplicates_total"] == 1
    assert values["ementor_relay_fetches_total"] == 1
    assert values["ementor_relay_messages_delivered_total"] == 1
    assert values["ementor_relay_messages_acked_total"] == 1
    assert values["ementor_relay_longpolls_waiting"] == 0
    for secret in secrets:
        assert secret not in answer.text


def test_metrics_in_openmetrics_when_the_scraper_asks(relay_process: RelayProcess) -> None:
    secrets, _ = _traffic(relay_process.base_url)
    answer = requests.get(relay_process.base_url + "/metrics", timeout=10,
                          headers={"Accept": f"{OPENMETRICS},text/plain;q=0.5"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/openmetrics-text; version=1.0.0")
    families = list(openmetrics_families(answer.text))  # raises on anything malformed
    types = {s.name: f.type for f in families for s in f.samples}
    assert types == documented()
    assert {s.name: s.value for f in families for s in f.samples}[
        "ementor_relay_deposits_total"] == 2
    assert all(s.labels == {} for f in families for s in f.samples)
    for secret in secrets:
        assert secret not in answer.text
