"""A relay URL chosen by a hostile contact: real servers on 127.0.0.1 that try to hang or exhaust.

An invite code, a `hello` or a `welcome` names the relay we deposit to, so the server at the
other end may be anyone's. It must not be able to hang `sync` or `send` (dripping its headers or
body), blow up memory (a gzip bomb, a huge body) or send us elsewhere (a redirect). Each server
here is a raw socket server in a thread, so it can misbehave at the byte level.
"""

from __future__ import annotations

import gzip
import json
import resource
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
from requests.adapters import HTTPAdapter

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.sync.relay_client import (
    RelayAddressRefused,
    RelayClient,
    RelayProtocolError,
    RelayTimeout,
    new_relay_session,
)

Respond = Callable[["Request", socket.socket], None]
DEADLINE = 1.0
#: Headroom over the deadline for scheduling on a loaded machine (the old client hung for hours).
SLACK = 1.5


class Request:
    def __init__(self, head: bytes, body: bytes) -> None:
        self.head = head
        self.body = body
        line = head.split(b"\r\n", 1)[0].decode("latin-1")
        self.method, self.target = line.split(" ")[:2]
        self.headers = {}
        for raw in head.split(b"\r\n")[1:]:
            name, _, value = raw.decode("latin-1").partition(":")
            self.headers[name.strip().lower()] = value.strip()


class RawServer:
    """Accepts connections on 127.0.0.1 and hands each request to `respond` (one per
    connection: every answer says `Connection: close`)."""

    def __init__(self, respond: Respond) -> None:
        self.respond = respond
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.requests: list[Request] = []
        self.stopping = threading.Event()
        self.sent = 0  # bytes written by `drip` and `stream`
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self._accepting.start()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.settimeout(10)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                head, _, body = data.partition(b"\r\n\r\n")
                request = Request(head, b"")
                length = int(request.headers.get("content-length", "0"))
                while len(body) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    body += chunk
                request.body = body
                self.requests.append(request)
                self.respond(request, conn)
            except OSError:
                pass  # the client hung up: that is the point of most of these tests

    def drip(self, conn: socket.socket, data: bytes, every: float = 0.05) -> None:
        """Send `data` one byte at a time, until done, the client leaves or the test ends."""
        for i in range(len(data)):
            if self.stopping.is_set():
                return
            conn.sendall(data[i:i + 1])
            self.sent += 1
            time.sleep(every)

    def stream(self, conn: socket.socket, chunk: bytes, total: int) -> None:
        """Send `chunk` repeatedly, up to `total` bytes, as fast as the client reads."""
        while self.sent < total and not self.stopping.is_set():
            conn.sendall(chunk)
            self.sent += len(chunk)

    def stop(self) -> None:
        self.stopping.set()
        self.listener.close()
        self._accepting.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)


@pytest.fixture
def serve() -> Iterator[Callable[[Respond], RawServer]]:
    servers: list[RawServer] = []

    def start(respond: Respond) -> RawServer:
        servers.append(RawServer(respond))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def head(status: str, headers: dict[str, Any]) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Connection: close",
             *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def json_answer(status: str, payload: Any, extra: dict[str, Any] | None = None) -> bytes:
    body = json.dumps(payload).encode()
    return head(status, {"Content-Type": "application/json", "Content-Length": len(body),
                         **(extra or {})}) + body


def within(limit: float, call: Callable[[], Any]) -> tuple[BaseException | None, float]:
    """Run `call` in a thread; fail the test if it has not returned after `limit` seconds (so a
    client that hangs fails the test instead of hanging it). Returns what it raised, and when."""
    outcome: list[BaseException | None] = []
    start = time.monotonic()

    def run() -> None:
        try:
            call()
            outcome.append(None)
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(limit)
    elapsed = time.monotonic() - start
    assert outcome, f"the client was still waiting after {limit:.1f} s"
    return outcome[0], elapsed


def client_for(server: RawServer, plain_session: bool = False) -> RelayClient:
    session = requests.Session() if plain_session else new_relay_session()
    return RelayClient(server.url, session, timeout=DEADLINE / 2, deadline=DEADLINE)


# ---- slow servers ----

@pytest.mark.parametrize("plain_session", [False, True], ids=["relay-session", "plain-session"])
def test_a_server_dripping_its_body_fails_at_the_deadline(
        serve: Callable[[Respond], RawServer], plain_session: bool) -> None:
    def respond(request: Request, conn: socket.socket) -> None:
        body = b'{"status": "ok", "padding": "' + b"x" * 10_000 + b'"}'
        conn.sendall(head("200 OK", {"Content-Type": "application/json",
                                     "Content-Length": len(body)}))
        server.drip(conn, body)  # a byte every 50 ms: each read is quick, the whole is not

    server = serve(respond)
    client = client_for(server, plain_session)
    error, elapsed = within(DEADLINE + SLACK, client.health)
    assert isinstance(error, RelayTimeout), error
    assert str(error) == "The relay did not answer in time."
    assert DEADLINE * 0.8 < elapsed < DEADLINE + SLACK
    assert server.sent < 100  # it was cut off, not read to the end


def test_a_dripped_body_is_cut_at_the_deadline_even_without_the_watched_transport(
        serve: Callable[[Respond], RawServer]) -> None:
    """A transport the watchdog cannot reach into (e.g. a SOCKS proxy's) still has the body cut
    short at the deadline, through urllib3's response shutdown."""
    def respond(request: Request, conn: socket.socket) -> None:
        body = b'{"status": "ok", "padding": "' + b"x" * 10_000 + b'"}'
        conn.sendall(head("200 OK", {"Content-Type": "application/json",
                                     "Content-Length": len(body)}))
        server.drip(conn, body)

    server = serve(respond)
    session = requests.Session()
    client = RelayClient(server.url, session, timeout=DEADLINE / 2, deadline=DEADLINE)
    session.mount(server.url + "/", HTTPAdapter())  # replaces the hardened adapter
    error, elapsed = within(DEADLINE + SLACK, client.health)
    assert isinstance(error, RelayTimeout), error
    assert DEADLINE * 0.8 < elapsed < DEADLINE + SLACK


@pytest.mark.parametrize("plain_session", [False, True], ids=["relay-session", "plain-session"])
def test_a_server_dripping_its_headers_fails_at_the_deadline(
        serve: Callable[[Respond], RawServer], plain_session: bool) -> None:
    def respond(request: Request, conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 201 Created\r\n")
        server.drip(conn, b"X-Slow: " + b"y" * 10_000 + b"\r\n\r\n")

    server = serve(respond)
    client = client_for(server, plain_session)
    error, elapsed = within(DEADLINE + SLACK,
                            lambda: client.deposit(wire.new_id(), b"sealed", "k1"))
    assert isinstance(error, RelayTimeout), error
    assert DEADLINE * 0.8 < elapsed < DEADLINE + SLACK


def test_a_long_poll_gets_its_wait_on_top_of_the_deadline(
        serve: Callable[[Respond], RawServer]) -> None:
    def respond(request: Request, conn: socket.socket) -> None:
        if request.target.endswith("/challenge"):
            conn.sendall(json_answer("201 Created", {"challenge": wire.new_id(),
                                                     "expires_in": 60}))
            return
        time.sleep(1.2)  # longer than the deadline, shorter than deadline + wait
        conn.sendall(json_answer("200 OK", {"messages": []}))

    server = serve(respond)
    client = client_for(server)
    assert client.fetch(wire.new_id(), MailboxAuthKey.generate(), wait=1.0) == []


def test_a_silent_long_poll_fails_at_wait_plus_deadline(
        serve: Callable[[Respond], RawServer]) -> None:
    def respond(request: Request, conn: socket.socket) -> None:
        if request.target.endswith("/challenge"):
            conn.sendall(json_answer("201 Created", {"challenge": wire.new_id(),
                                                     "expires_in": 60}))
            return
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        server.drip(conn, b"X-Slow: " + b"y" * 10_000)

    server = serve(respond)
    client = client_for(server)
    error, elapsed = within(1.0 + DEADLINE + SLACK, lambda: client.fetch(
        wire.new_id(), MailboxAuthKey.generate(), wait=1.0))
    assert isinstance(error, RelayTimeout), error
    assert elapsed > 1.0 + DEADLINE * 0.8


# ---- big and compressed answers ----

def _gzip_bomb(compressed_size: int) -> tuple[bytes, int]:
    """Concatenated gzip members of zeros (one member ~ 64 MiB inflated): ~1000:1."""
    member = gzip.compress(bytes(64 * 1024 * 1024), compresslevel=9)
    count = max(1, compressed_size // len(member))
    return member * count, count * 64 * 1024 * 1024


def _max_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


@pytest.mark.parametrize("command", ["health", "deposit", "fetch"])
def test_a_gzip_bomb_is_refused_without_inflating_it(
        serve: Callable[[Respond], RawServer], command: str) -> None:
    bomb, inflated = _gzip_bomb(2 * 1024 * 1024)
    assert inflated >= 1024 ** 3 and len(bomb) <= 2 * 1024 * 1024
    seen_encodings: list[str] = []

    def respond(request: Request, conn: socket.socket) -> None:
        seen_encodings.append(request.headers.get("accept-encoding", ""))
        if request.target.endswith("/challenge"):
            conn.sendall(json_answer("201 Created", {"challenge": wire.new_id(),
                                                     "expires_in": 60}))
            return
        conn.sendall(head("201 Created" if command == "deposit" else "200 OK",
                          {"Content-Type": "application/json", "Content-Encoding": "gzip",
                           "Content-Length": len(bomb)}))
        conn.sendall(bomb)

    server = serve(respond)
    client = client_for(server, plain_session=True)  # requests' default asks for gzip
    calls: dict[str, Callable[[], Any]] = {
        "health": client.health,
        "deposit": lambda: client.deposit(wire.new_id(), b"sealed", "k1"),
        "fetch": lambda: client.fetch(wire.new_id(), MailboxAuthKey.generate()),
    }
    before = _max_rss_bytes()
    error, _ = within(10, calls[command])
    assert isinstance(error, RelayProtocolError), error
    assert str(error) == "The relay sent a compressed answer, which this app does not accept."
    assert _max_rss_bytes() - before < 100 * 1024 * 1024
    assert seen_encodings and all(e == "identity" for e in seen_encodings)


def test_a_declared_huge_body_is_refused_before_reading_it(
        serve: Callable[[Respond], RawServer]) -> None:
    def respond(request: Request, conn: socket.socket) -> None:
        conn.sendall(head("200 OK", {"Content-Type": "application/json",
                                     "Content-Length": 3 * 1024 ** 3}))
        server.stream(conn, b" " * 65536, 3 * 1024 ** 3)

    server = serve(respond)
    client = client_for(server)
    before = _max_rss_bytes()
    error, _ = within(10, client.health)
    assert isinstance(error, RelayProtocolError), error
    assert str(error) == "The relay's answer is larger than this app accepts."
    assert _max_rss_bytes() - before < 100 * 1024 * 1024


@pytest.mark.parametrize("command", ["health", "fetch"])
def test_an_endless_chunked_body_is_cut_at_the_cap(serve: Callable[[Respond], RawServer],
                                                   command: str) -> None:
    chunk = b"10000\r\n" + b" " * 0x10000 + b"\r\n"  # chunked encoding, no length given

    def respond(request: Request, conn: socket.socket) -> None:
        if request.target.endswith("/challenge"):
            conn.sendall(json_answer("201 Created", {"challenge": wire.new_id(),
                                                     "expires_in": 60}))
            return
        conn.sendall(head("200 OK", {"Content-Type": "application/json",
                                     "Transfer-Encoding": "chunked"}))
        server.stream(conn, chunk, 3 * 1024 ** 3)

    server = serve(respond)
    client = client_for(server)
    before = _max_rss_bytes()
    error, _ = within(10, client.health if command == "health" else lambda: client.fetch(
        wire.new_id(), MailboxAuthKey.generate()))
    assert isinstance(error, RelayProtocolError), error
    assert str(error) == "The relay's answer is larger than this app accepts."
    assert _max_rss_bytes() - before < 100 * 1024 * 1024
    # Cut off near the cap (kernel buffers hold a few MiB more), not after gigabytes.
    assert server.sent < 64 * 1024 * 1024


def test_a_full_fetch_batch_is_within_the_cap(serve: Callable[[Respond], RawServer]) -> None:
    """The cap leaves room for the largest batch an honest relay sends (4 MiB of blobs)."""
    blob = bytes(range(256)) * 160  # 40 KiB
    items = [{"id": wire.new_message_id(), "received_at": 1_800_000_000.123456 + i,
              "body": wire.b64url_encode(blob)} for i in range(4 * 1024 * 1024 // len(blob))]

    def respond(request: Request, conn: socket.socket) -> None:
        if request.target.endswith("/challenge"):
            conn.sendall(json_answer("201 Created", {"challenge": wire.new_id(),
                                                     "expires_in": 60}))
            return
        conn.sendall(json_answer("200 OK", {"messages": items}))

    server = serve(respond)
    got = client_for(server).fetch(wire.new_id(), MailboxAuthKey.generate())
    assert len(got) == len(items) and got[0].body == blob


def test_an_uncompressed_answer_marked_identity_is_fine(
        serve: Callable[[Respond], RawServer]) -> None:
    server = serve(lambda request, conn: conn.sendall(json_answer(
        "200 OK", {"status": "ok"}, {"Content-Encoding": "identity"})))
    assert client_for(server).health()


# ---- redirects ----

@pytest.mark.parametrize("status", ["301 Moved Permanently", "302 Found", "303 See Other",
                                    "307 Temporary Redirect", "308 Permanent Redirect"])
def test_a_redirect_is_not_followed(serve: Callable[[Respond], RawServer], status: str) -> None:
    target = serve(lambda request, conn: conn.sendall(json_answer(
        "201 Created", {"message_id": wire.new_message_id(), "received_at": 1.0})))
    redirector = serve(lambda request, conn: conn.sendall(head(status, {
        "Location": f"{target.url}{request.target}", "Content-Length": 0})))
    client = client_for(redirector, plain_session=True)
    with pytest.raises(RelayProtocolError) as err:
        client.deposit(wire.new_id(), b"sealed", "k1")
    assert str(err.value) == "The relay answered with a redirect, which this app does not follow."
    assert len(redirector.requests) == 1
    assert target.requests == []


# ---- addresses ----

@pytest.mark.parametrize("url", ["http://example.org", "http://a..b", "https://u:p@relay.org",
                                 "https://relay.org/#x", "ftp://relay.org",
                                 "https://relay.org/\x1b[2J"])
def test_a_client_for_an_unusable_address_cannot_be_made(url: str) -> None:
    with requests.Session() as session, pytest.raises(RelayAddressRefused) as err:
        RelayClient(url, session)
    message = str(err.value)
    assert message.startswith("This relay address cannot be used: ") and message.endswith(".")
    assert "\x1b" not in message and url not in message
    assert err.value.exit_code == 10

