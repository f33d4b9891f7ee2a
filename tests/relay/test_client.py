"""The relay client's failure handling, through an injected session and real dead sockets."""

from __future__ import annotations

import json
import socket
import threading
from typing import Any

import pytest
import requests
from nacl.signing import SigningKey

from ementor_desktop.errors import NetworkError
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.sync.relay_client import (
    RelayClient,
    RelayProtocolError,
    RelayRateLimited,
    RelayRejected,
    RelayServerError,
    RelayTimeout,
    RelayUnauthorized,
    RelayUnreachable,
)
from tests.relay.harness import free_port


class ScriptedSession(requests.Session):
    """Answers each request with the next scripted (status, body, headers)."""

    def __init__(self, *answers: tuple[int, Any, dict[str, str]]) -> None:
        super().__init__()
        self.answers = list(answers)
        self.sent: list[tuple[str, str, dict[str, str], bytes | None]] = []

    def request(self, method: str | bytes, url: str | bytes, *args: Any,  # type: ignore[override]
                **kwargs: Any) -> requests.Response:
        self.sent.append((str(method), str(url), dict(kwargs.get("headers") or {}),
                          kwargs.get("data")))
        status, body, headers = self.answers.pop(0)
        response = requests.Response()
        response.status_code = status
        response._content = body if isinstance(body, bytes) else json.dumps(body).encode()
        response.headers.update({"Content-Type": "application/json", **headers})
        return response


def test_unreachable_relay() -> None:
    with requests.Session() as s:
        client = RelayClient(f"http://127.0.0.1:{free_port()}", s)
        with pytest.raises(RelayUnreachable) as err:
            client.health()
    assert isinstance(err.value, NetworkError)
    assert err.value.exit_code == 10
    assert "Cannot reach the relay" in str(err.value)


def test_a_relay_that_never_answers_times_out() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]))
    thread.start()
    try:
        with requests.Session() as s:
            client = RelayClient(f"http://127.0.0.1:{listener.getsockname()[1]}", s, timeout=0.3)
            with pytest.raises(RelayTimeout):
                client.health()
    finally:
        thread.join(timeout=5)
        for sock in [*accepted, listener]:
            sock.close()


@pytest.mark.parametrize(("answer", "error", "code"), [
    ((429, {"error": "rate_limited", "message": "slow down"}, {"Retry-After": "7"}),
     RelayRateLimited, "rate_limited"),
    ((429, {"error": "mailbox_full", "message": "full"}, {"Retry-After": "300"}),
     RelayRateLimited, "mailbox_full"),
    ((503, {"error": "unavailable", "message": "db down"}, {}), RelayServerError, "unavailable"),
    ((502, b"<html>bad gateway</html>", {"Content-Type": "text/html"}), RelayServerError, ""),
    ((413, {"error": "too_large", "message": "The request body is larger than 10 bytes."}, {}),
     RelayRejected, "too_large"),
])
def test_error_answers_become_typed_errors(answer: tuple[int, Any, dict[str, str]],
                                           error: type[Exception], code: str) -> None:
    client = RelayClient("http://relay.test", ScriptedSession(answer))
    with pytest.raises(error) as err:
        client.deposit(wire.new_id(), b"x", "k")
    assert getattr(err.value, "code", None) == code
    assert isinstance(err.value, NetworkError)
    if isinstance(err.value, RelayRateLimited):
        assert err.value.retry_after == float(answer[2]["Retry-After"])
        assert f"{err.value.retry_after:.0f} s" in str(err.value)
    if code == "too_large":
        assert str(err.value) == "The request body is larger than 10 bytes."


@pytest.mark.parametrize("body", [b"not json", [1, 2], {"message_id": 5, "received_at": 1.0},
                                  {"message_id": "x"}, {"message_id": "x", "received_at": True}])
def test_malformed_answers_are_protocol_errors(body: Any) -> None:
    client = RelayClient("http://relay.test", ScriptedSession((201, body, {})))
    with pytest.raises(RelayProtocolError):
        client.deposit(wire.new_id(), b"x", "k")


def test_malformed_message_body_in_a_fetch_is_a_protocol_error() -> None:
    session = ScriptedSession(
        (201, {"challenge": wire.new_id(), "expires_in": 60}, {}),
        (200, {"messages": [{"id": "A" * 22, "received_at": 1, "body": "!!"}]}, {}))
    with pytest.raises(RelayProtocolError):
        RelayClient("http://relay.test", session).fetch(wire.new_id(), SigningKey.generate())


def test_spare_challenge_is_used_then_refreshed_after_a_401() -> None:
    key = SigningKey.generate()
    spare, fresh = wire.new_id(), wire.new_id()
    session = ScriptedSession(
        (201, {"challenge": wire.new_id(), "expires_in": 60}, {}),
        (200, {"messages": []}, {wire.NEXT_CHALLENGE_HEADER: spare}),
        (401, {"error": "unauthorized", "message": "no"}, {}),  # the spare had expired
        (201, {"challenge": fresh, "expires_in": 60}, {}),
        (200, {"messages": []}, {}),
    )
    client = RelayClient("http://relay.test", session)
    receive_id = wire.new_id()
    client.fetch(receive_id, key)
    client.fetch(receive_id, key)
    authorizations = [h.get("Authorization", "") for _, _, h, _ in session.sent]
    assert spare in authorizations[2] and fresh in authorizations[4]
    assert session.answers == []


def test_a_401_with_a_fresh_challenge_is_not_retried() -> None:
    session = ScriptedSession((201, {"challenge": wire.new_id(), "expires_in": 60}, {}),
                              (401, {"error": "unauthorized", "message": "no"}, {}))
    with pytest.raises(RelayUnauthorized):
        RelayClient("http://relay.test", session).ack(wire.new_id(), SigningKey.generate(), [])
    assert session.answers == []


def test_idempotency_key_is_checked_before_sending() -> None:
    session = ScriptedSession()
    with pytest.raises(ValueError, match="idempotency_key"):
        RelayClient("http://relay.test", session).deposit(wire.new_id(), b"x", "bad key")
    assert session.sent == []
