"""The relay client's failure handling, through an injected session and real dead sockets."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from typing import Any, ClassVar

import pytest
import requests

from ementor_desktop import __version__
from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.errors import NetworkError
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.sync.relay_client import (
    HardenedAdapter,
    RelayAddressRefused,
    RelayClient,
    RelayClientPool,
    RelayProtocolError,
    RelayRateLimited,
    RelayRejected,
    RelayServerError,
    RelayTimeout,
    RelayUnauthorized,
    RelayUnreachable,
    new_relay_session,
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
    client = RelayClient("https://relay.test", ScriptedSession(answer))
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
    client = RelayClient("https://relay.test", ScriptedSession((201, body, {})))
    with pytest.raises(RelayProtocolError):
        client.deposit(wire.new_id(), b"x", "k")


def test_malformed_message_body_in_a_fetch_is_a_protocol_error() -> None:
    session = ScriptedSession(
        (201, {"challenge": wire.new_id(), "expires_in": 60}, {}),
        (200, {"messages": [{"id": "A" * 22, "received_at": 1, "body": "!!"}]}, {}))
    with pytest.raises(RelayProtocolError):
        RelayClient("https://relay.test", session).fetch(wire.new_id(), MailboxAuthKey.generate())


def test_spare_challenge_is_used_then_refreshed_after_a_401() -> None:
    key = MailboxAuthKey.generate()
    spare, fresh = wire.new_id(), wire.new_id()
    session = ScriptedSession(
        (201, {"challenge": wire.new_id(), "expires_in": 60}, {}),
        (200, {"messages": []}, {wire.NEXT_CHALLENGE_HEADER: spare}),
        (401, {"error": "unauthorized", "message": "no"}, {}),  # the spare had expired
        (201, {"challenge": fresh, "expires_in": 60}, {}),
        (200, {"messages": []}, {}),
    )
    client = RelayClient("https://relay.test", session)
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
        RelayClient("https://relay.test", session).ack(wire.new_id(), MailboxAuthKey.generate(), [])
    assert session.answers == []


def test_idempotency_key_is_checked_before_sending() -> None:
    session = ScriptedSession()
    with pytest.raises(ValueError, match="idempotency_key"):
        RelayClient("https://relay.test", session).deposit(wire.new_id(), b"x", "bad key")
    assert session.sent == []


# ---- challenges per mailbox, connections per mailbox ----

def test_spare_challenges_are_kept_per_mailbox() -> None:
    key = MailboxAuthKey.generate()
    spare_a = wire.new_id()
    session = ScriptedSession(
        (201, {"challenge": wire.new_id(), "expires_in": 60}, {}),        # for A
        (200, {"messages": []}, {wire.NEXT_CHALLENGE_HEADER: spare_a}),  # fetch A
        (201, {"challenge": wire.new_id(), "expires_in": 60}, {}),        # for B: not A's spare
        (200, {"messages": []}, {}),                                      # fetch B
        (200, {"messages": []}, {}),                                      # fetch A with its spare
    )
    client = RelayClient("https://relay.test", session)
    box_a, box_b = wire.new_id(), wire.new_id()
    client.fetch(box_a, key)
    client.fetch(box_b, key)
    client.fetch(box_a, key)
    urls = [url for _, url, _, _ in session.sent]
    assert urls[0].endswith(f"/v1/mailboxes/{box_a}/challenge")
    assert urls[2].endswith(f"/v1/mailboxes/{box_b}/challenge")
    authorizations = [h.get("Authorization", "") for _, _, h, _ in session.sent]
    assert spare_a not in authorizations[3] and spare_a in authorizations[4]
    assert session.answers == []


class SpySession(requests.Session):
    """Records which mailbox every challenge was issued for and which it was used on."""

    def __init__(self) -> None:
        super().__init__()
        self.issued: dict[str, str] = {}
        self.used: list[tuple[str, str]] = []
        self.fresh: set[str] = set()

    def request(self, method: str | bytes, url: str | bytes, *args: Any,  # type: ignore[override]
                **kwargs: Any) -> requests.Response:
        path = str(url).split("/v1/mailboxes/", 1)[-1]
        receive_id = path.split("/")[0].split("?")[0]
        auth = (kwargs.get("headers") or {}).get("Authorization")
        if auth:
            self.used.append((auth.split(" ")[1].split(".")[0], receive_id))
        response = super().request(method, url, *args, **kwargs)
        if str(url).endswith("/challenge") and response.status_code == 201:
            self.issued[response.json()["challenge"]] = receive_id
            self.fresh.add(response.json()["challenge"])
        spare = response.headers.get(wire.NEXT_CHALLENGE_HEADER)
        if spare:
            self.issued[spare] = receive_id
        return response


def test_the_client_never_spends_one_mailboxs_challenge_on_another(relay: Any) -> None:
    spy = SpySession()
    client = RelayClient(relay.base_url, spy)
    keys = [MailboxAuthKey.generate() for _ in range(3)]
    boxes = [client.create_mailbox(k) for k in keys]
    for box in boxes:
        client.deposit(box.send_id, b"x", "k")
    for _ in range(3):  # interleaved: the worst case for a shared spare
        for box, key in zip(boxes, keys, strict=True):
            got = client.fetch(box.receive_id, key)
            client.ack(box.receive_id, key, [m.message_id for m in got])
    assert len(spy.used) == 18  # 3 rounds x 3 mailboxes x (fetch, ack)
    for challenge, used_on in spy.used:
        assert spy.issued[challenge] == used_on  # issued for the mailbox it was spent on
    assert len({c for c, _ in spy.used}) == 18  # each used once
    fresh = [c for c, _ in spy.used if c in spy.fresh]
    assert len(fresh) < 18  # most were spares handed back, kept per mailbox


class _RecordingHandler(http.server.BaseHTTPRequestHandler):
    """Keep-alive relay stand-in that records each request's client port and path."""

    protocol_version = "HTTP/1.1"
    seen: ClassVar[list[tuple[int, str]]] = []

    def log_message(self, *args: Any) -> None:
        pass

    def _answer(self, status: int, payload: dict[str, Any],
                headers: dict[str, str] | None = None) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        self.seen.append((self.client_address[1], self.path))
        self._answer(201, {"challenge": wire.new_id(), "expires_in": 60})

    def do_GET(self) -> None:
        self.seen.append((self.client_address[1], self.path))
        self._answer(200, {"messages": []}, {wire.NEXT_CHALLENGE_HEADER: wire.new_id()})


def test_a_pool_gives_each_mailbox_its_own_connection() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _RecordingHandler)
    _RecordingHandler.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    pool = RelayClientPool()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        key = MailboxAuthKey.generate()
        boxes = [wire.new_id(), wire.new_id()]
        for _ in range(3):
            for n, box in enumerate(boxes):
                client = pool.get(("mailbox", n), url)
                assert client.session.headers["User-Agent"].startswith("ementor/")
                client.fetch(box, key)
        assert pool.get(("mailbox", 0), url) is pool.get(("mailbox", 0), url + "/")
        assert pool.get(("mailbox", 0), url) is not pool.get(("mailbox", 1), url)
    finally:
        pool.close()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    ports = [{port for port, path in _RecordingHandler.seen if box in path} for box in boxes]
    assert len(ports[0]) == 1 and len(ports[1]) == 1  # each kept its one connection...
    assert ports[0] != ports[1]  # ...and no two mailboxes shared one


def test_a_pool_replaces_a_client_when_the_relay_changes_and_refuses_bad_urls() -> None:
    made: list[requests.Session] = []

    def factory() -> requests.Session:
        made.append(requests.Session())
        return made[-1]

    pool = RelayClientPool(factory)
    first = pool.get(("route", "c1"), "https://relay.example.org")
    assert pool.get(("route", "c1"), "https://RELAY.example.org/") is first
    second = pool.get(("route", "c1"), "https://other.example.org")
    assert second is not first and second.base_url == "https://other.example.org"
    assert len(made) == 2
    with pytest.raises(RelayAddressRefused):
        pool.get(("route", "c2"), "http://relay.example.org")
    assert len(made) == 2  # nothing made for a refused address
    pool.drop(("route", "c1"))
    pool.close()


def test_new_relay_session_is_hardened() -> None:
    with new_relay_session() as session:
        assert session.headers["Accept-Encoding"] == "identity"
        assert session.headers["User-Agent"] == f"ementor/{__version__}"
        assert session.max_redirects == 0
        assert isinstance(session.get_adapter("https://relay.example.org/"), HardenedAdapter)


def test_an_injected_session_gets_the_hardened_adapter_for_the_relay_only() -> None:
    with requests.Session() as session:
        RelayClient("https://relay.example.org/base", session)
        assert isinstance(session.get_adapter("https://relay.example.org/base/v1/x"),
                          HardenedAdapter)
        assert not isinstance(session.get_adapter("https://elsewhere.example/"),
                              HardenedAdapter)


def test_a_client_without_a_session_owns_and_closes_its_own() -> None:
    with RelayClient("https://relay.example.org") as client:
        assert isinstance(client.session.get_adapter("https://relay.example.org/"),
                          HardenedAdapter)
