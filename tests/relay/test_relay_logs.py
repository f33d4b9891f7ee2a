"""The relay's JSON log (`--log-format json`, `log_format = "json"`): one object per line on stderr
of a real relay process, holding no mailbox id, client address, idempotency key or content."""

from __future__ import annotations

import json
import logging
import socket
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.relay.__main__ import main
from ementor_desktop.relay.logs import JsonFormatter
from ementor_desktop.sync.relay_client import RelayClient
from tests.relay.harness import RelayProcess, spawn_relay

CANARY = b"CANARY-5d1e-log-content-marker"
KEYS = {"time", "level", "logger", "message", "pid"}


def _traffic(relay: RelayProcess) -> list[str]:
    """A whole exchange plus answers that log or could: 401, 404, 413 and a garbled request."""
    key = MailboxAuthKey.generate()
    with requests.Session() as session:
        client = RelayClient(relay.base_url, session)
        box = client.create_mailbox(key)
        client.deposit(box.send_id, CANARY, "idem-canary-key")
        (message,) = client.fetch(box.receive_id, key)
        client.ack(box.receive_id, key, [message.message_id])
        session.get(f"{relay.base_url}/v1/mailboxes/{box.receive_id}/messages")  # 401
        session.post(f"{relay.base_url}/v1/deposit/{box.send_id}", data=b"x" * 200_000,
                     headers={"Idempotency-Key": "idem-big-key"})  # 413
        session.get(f"{relay.base_url}/v1/no-such/{box.send_id}")  # 404
    parts = urlsplit(relay.base_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as raw:
        raw.sendall(f"GET /v1/{box.receive_id} HTTP/9\x00\r\n\r\n".encode())
        raw.recv(4096)
    return [box.send_id, box.receive_id, message.message_id, CANARY.decode(),
            "idem-canary-key", "idem-big-key", "127.0.0.1:"]


def _records(relay: RelayProcess) -> list[dict[str, object]]:
    lines = [line for line in relay.log().splitlines() if line.strip()]
    assert lines
    return [json.loads(line) for line in lines]  # every line is one JSON object


@pytest.mark.parametrize("how", ["flag", "config"])
def test_json_log_of_a_real_relay_has_no_ids_addresses_or_content(tmp_path: Path,
                                                                   how: str) -> None:
    config = tmp_path / "relay.toml"
    config.write_text('[relay]\nlog_level = "DEBUG"\nadmission = "open"\n'
                      + ('log_format = "json"\n' if how == "config" else ""))
    extra = ["--log-format", "json"] if how == "flag" else []
    relay = spawn_relay(str(tmp_path / "relay.sqlite3"), tmp_path, config_file=config,
                        extra=extra)
    try:
        secrets = _traffic(relay)
    finally:
        assert relay.terminate() == 0
    records = _records(relay)
    for record in records:
        assert set(record) <= KEYS | {"error"} and set(record) >= KEYS
        assert record["level"] in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}
        assert str(record["time"]).endswith("Z")
    messages = [str(r["message"]) for r in records if str(r["logger"]).startswith("ementor")]
    assert any(m.startswith("relay: ready") for m in messages)
    assert any(m == "relay: stopped" for m in messages)
    text = relay.log()
    for secret in secrets:
        assert secret not in text


def test_text_stays_the_default(tmp_path: Path) -> None:
    relay = spawn_relay(str(tmp_path / "relay.sqlite3"), tmp_path)
    assert relay.terminate() == 0
    lines = relay.log().splitlines()
    assert any(" INFO ementor.relay: relay: ready" in line for line in lines)
    with pytest.raises(json.JSONDecodeError):
        json.loads(lines[0])


def test_json_keeps_an_exceptions_class_and_place_not_its_text() -> None:
    """An exception's text can quote what a client sent; the JSON record leaves it out."""
    try:
        raise ValueError("mailbox 7Jq2 from 203.0.113.9 sent CANARY")
    except ValueError:
        record = logging.LogRecord("uvicorn.error", logging.ERROR, __file__, 1,
                                   "Exception in ASGI application", None, sys.exc_info())
    line = JsonFormatter().format(record)
    entry = json.loads(line)
    assert entry["error"]["type"] == "ValueError"
    assert entry["error"]["frames"][-1].endswith("in test_json_keeps_an_exceptions_class_and_"
                                                 "place_not_its_text")
    assert entry["message"] == "Exception in ASGI application"
    for leaked in ("7Jq2", "203.0.113.9", "CANARY"):
        assert leaked not in line


@pytest.mark.parametrize(("args", "config", "expected"), [
    (["--log-format", "xml"], "", "invalid choice: 'xml'"),
    ([], 'log_format = "xml"\n', "log_format must be one of text, json"),
    ([], 'log_level = "LOUD"\n', "log_level must be one of DEBUG, INFO, WARNING, ERROR"),
])
def test_a_bad_log_option_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              args: list[str], config: str,
                                              expected: str) -> None:
    path = tmp_path / "relay.toml"
    path.write_text("[relay]\n" + config)
    with pytest.raises(SystemExit) as exit_info:
        sys.exit(main(["--config", str(path), "--db", str(tmp_path / "r.sqlite3"), *args]))
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
