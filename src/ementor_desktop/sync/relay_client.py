"""A typed client for relay API v1 (docs/protocol.md Part 1) over a `requests.Session`.

Owns HTTP calls to one relay and the signing of owner commands. It never stores anything and
never retries on its own: every failure becomes a `RelayError` (a `NetworkError`) that says what
happened, and the sync engine decides what to do next. It never logs ids, keys or bodies.

**The relay may be hostile.** A relay URL can be chosen by a contact (invite code, `hello`,
`welcome`), so the transport assumes the server may try to hang or exhaust the app:

- the URL must pass `protocol.relay_url.parse_relay_url` (https, or http to this computer);
  a client for any other URL cannot be made (`RelayAddressRefused`);
- every request has a total deadline (`deadline` seconds, plus the long-poll wait): a
  watchdog shuts the connection down when it passes, however slowly the server drips headers or
  body; the connection phase is bounded by `timeout` (TCP connect and TLS handshake each have a
  total time limit in Python);
- answers are read as raw bytes, up to a cap (`max_body`, or `max_fetch_body` for fetches), and
  never decompressed: we send `Accept-Encoding: identity` and refuse any other
  `Content-Encoding`;
- redirects are never followed (a 3xx is a `RelayProtocolError`).

**Unlinkable mailboxes.** A challenge is bound by the relay to one mailbox; the spare challenge an
owner command hands back is kept for that mailbox only (keyed by receive id) and never signed for
another. To keep the relay from linking mailboxes by connection, give each mailbox and each
deposit route its own client on its own session (`new_relay_session`, or `RelayClient(url)`
without a session, or `RelayClientPool`).
"""

from __future__ import annotations

import contextlib
import heapq
import http.client
import itertools
import json
import os
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

import requests
import urllib3
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import ProxyManager

from ementor_desktop import __version__
from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.errors import NetworkError
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.protocol.relay_url import RelayUrlError, parse_relay_url

#: A challenge handed back by the relay is used only this long (relays keep them 60 s).
SPARE_CHALLENGE_SECONDS = 30.0
#: Total time one request may take, connection to last byte (a long-poll adds its wait).
DEFAULT_DEADLINE = 30.0
#: Largest answer accepted, except fetches: every other answer is a small JSON object.
DEFAULT_MAX_BODY = 64 * 1024
#: Largest fetch answer accepted: the relay stops a batch before its blobs pass 4 MiB, which is
#: about 5.6 MB once base64-encoded in JSON with up to 100 messages' ids and times.
DEFAULT_MAX_FETCH_BODY = 6 * 1024 * 1024
_READ_CHUNK = 64 * 1024


class RelayError(NetworkError):
    """Base of every relay failure; `status` is the HTTP status, 0 when there was none."""

    status = 0

    def __init__(self, message: str, status: int = 0, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class RelayUnreachable(RelayError):
    """No connection could be made (relay down, wrong address, no network)."""


class RelayTimeout(RelayError):
    """The relay did not answer in time (including an answer that came too slowly)."""


class RelayRateLimited(RelayError):
    """429: too many requests, or the mailbox is full (`code == "mailbox_full"`)."""

    def __init__(self, message: str, status: int, code: str, retry_after: float) -> None:
        super().__init__(message, status, code)
        self.retry_after = retry_after


class RelayServerError(RelayError):
    """5xx: the relay or its storage has a problem; trying later may work."""


class RelayUnauthorized(RelayError):
    """401: the relay did not accept the owner signature (or does not know the mailbox)."""


class RelayNotFound(RelayError):
    """404: the relay does not know this send id (the mailbox may have been deleted)."""


class RelayRejected(RelayError):
    """Another 4xx: the request itself is wrong (too large, conflict, invite missing)."""


class RelayAddressRefused(RelayRejected):
    """The relay URL is not one the app will use (see protocol.relay_url); nothing was sent.

    Raised by `RelayClient(...)` itself, before any network use. A `RelayRejected` (so a
    `NetworkError`, exit code 10): retrying cannot help, the address must change. `code` is
    `"bad_relay_url"`.
    """


class RelayProtocolError(RelayError):
    """The relay answered something that is not API v1 (a redirect, a compressed or oversized
    answer, malformed JSON)."""


@dataclass(frozen=True)
class MailboxLimits:
    max_body_bytes: int
    quota_messages: int
    quota_bytes: int
    message_ttl_seconds: int
    longpoll_max_seconds: float
    fetch_max_messages: int


@dataclass(frozen=True)
class MailboxIds:
    receive_id: str
    send_id: str
    limits: MailboxLimits


@dataclass(frozen=True)
class DepositReceipt:
    message_id: str
    received_at: float
    duplicate: bool


@dataclass(frozen=True)
class RelayMessage:
    message_id: str
    received_at: float
    body: bytes


@dataclass(frozen=True)
class Answer:
    """An HTTP answer read in full, within the deadline and the byte cap."""

    status: int
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> dict[str, Any]:
        try:
            payload = json.loads(self.body)
        except ValueError as exc:
            raise RelayProtocolError("The relay's answer is not JSON.") from exc
        if not isinstance(payload, dict):
            raise RelayProtocolError("The relay's answer is not a JSON object.")
        return payload


def _field(data: dict[str, Any], name: str, kind: type[Any]) -> Any:
    value = data.get(name)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or isinstance(value, bool) is not (kind is bool):
        raise RelayProtocolError(f"The relay's answer has no valid {name!r}.")
    return value


def _relay_message(item: object) -> RelayMessage:
    """One message of a fetch answer, checked as `_field` does (inlined: a fetch has up to 100
    of them and this runs on every one)."""
    if not isinstance(item, dict):
        raise RelayProtocolError("The relay returned a malformed message.")
    message_id, received_at, text = item.get("id"), item.get("received_at"), item.get("body")
    if not isinstance(text, str):
        raise RelayProtocolError("The relay's answer has no valid 'body'.")
    try:
        body = wire.b64url_decode(text)
    except wire.ProtocolError as exc:
        raise RelayProtocolError("The relay returned a malformed message body.") from exc
    if not isinstance(message_id, str):
        raise RelayProtocolError("The relay's answer has no valid 'id'.")
    if type(received_at) is int:  # not a bool (a subclass of int)
        received_at = float(received_at)
    elif type(received_at) is not float:
        raise RelayProtocolError("The relay's answer has no valid 'received_at'.")
    return RelayMessage(message_id, received_at, body)


# ---- the deadline watchdog ----

class _Watch:
    """One request's deadline: when it passes, the request's socket is shut down, which makes
    any blocked read or write on it return at once."""

    __slots__ = ("_cut", "_lock", "deadline", "done", "fired")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self._lock = threading.Lock()
        self._cut: Callable[[], None] | None = None
        self.fired = False
        self.done = False

    @property
    def armed(self) -> bool:
        return self._cut is not None

    def attach(self, cut: Callable[[], None]) -> None:
        """Give the watch what cuts this request's connection (called before reading)."""
        with self._lock:
            if self.done:
                return
            self._cut = cut
            if self.fired:
                cut()

    def fire(self) -> None:
        with self._lock:
            if self.done:
                return
            self.fired = True
            if self._cut is not None:
                self._cut()  # under the lock: `finish` cannot hand the connection back first

    def finish(self) -> None:
        with self._lock:
            self.done = True
            self._cut = None


def _socket_cutter(sock: socket.socket) -> Callable[[], None]:
    def cut() -> None:
        with contextlib.suppress(OSError):  # already closed
            sock.shutdown(socket.SHUT_RDWR)
    return cut


def _response_cutter(raw: Any) -> Callable[[], None]:
    def cut() -> None:
        with contextlib.suppress(Exception):  # urllib3 >= 2.3; already closed or released
            raw.shutdown()
    return cut


class _Reaper:
    """One daemon thread that fires the watches whose deadline has passed."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, _Watch]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, deadline: float) -> _Watch:
        watch = _Watch(deadline)
        with self._cond:
            heapq.heappush(self._heap, (deadline, next(self._seq), watch))
            if self._thread is None or not self._thread.is_alive():  # also after a fork
                self._thread = threading.Thread(target=self._run, daemon=True,
                                                name="relay-deadlines")
                self._thread.start()
            self._cond.notify()
        return watch

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    while self._heap and self._heap[0][2].done:
                        heapq.heappop(self._heap)
                    if not self._heap:
                        self._cond.wait()
                        continue
                    delay = self._heap[0][0] - time.monotonic()
                    if delay <= 0:
                        watch = heapq.heappop(self._heap)[2]
                        break
                    self._cond.wait(delay)
            watch.fire()


_reaper = _Reaper()
_current = threading.local()  # the watch of the request this thread is making, if any


def _attach_current(sock: socket.socket | None) -> None:
    watch: _Watch | None = getattr(_current, "watch", None)
    if watch is not None and sock is not None:
        watch.attach(_socket_cutter(sock))


class _WatchedHTTPConnection(HTTPConnection):
    def getresponse(self) -> urllib3.response.HTTPResponse:  # type: ignore[override]
        _attach_current(self.sock)
        return super().getresponse()


class _WatchedHTTPSConnection(HTTPSConnection):
    def getresponse(self) -> urllib3.response.HTTPResponse:  # type: ignore[override]
        _attach_current(self.sock)
        return super().getresponse()


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class HardenedAdapter(HTTPAdapter):
    """requests' adapter with connections the request deadline can cut, and no retries.

    With `environment`, it also applies what requests would read from the environment for
    every request of a session that trusts it: the proxy variables (`HTTPS_PROXY`,
    `HTTP_PROXY`, `ALL_PROXY`, `NO_PROXY`, looked up once per relay address) and the CA bundle
    (`REQUESTS_CA_BUNDLE`, `CURL_CA_BUNDLE`, looked up once). `new_relay_session` mounts it so
    and turns the session's own lookups off (`trust_env = False`): done for every request,
    they are a good part of a small request's cost (an acknowledgement, a deposit), and they
    would also send `~/.netrc` credentials to a relay, which no relay is ever given."""

    def __init__(self, environment: bool = False) -> None:
        super().__init__(pool_connections=1, pool_maxsize=4, max_retries=0)
        self._environment = environment
        self._proxies: dict[str, dict[str, str]] = {}  # per scheme://host:port
        self._ca_bundle: str | None = (os.environ.get("REQUESTS_CA_BUNDLE")
                                       or os.environ.get("CURL_CA_BUNDLE")) if environment \
            else None

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: Any = True, cert: Any = None,
             proxies: Mapping[str, str] | None = None) -> requests.Response:
        if self._environment:
            url = request.url or ""
            origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(url))
            found = self._proxies.get(origin)
            if found is None:  # NO_PROXY decides per address, as requests does
                found = self._proxies[origin] = requests.utils.get_environ_proxies(url)
            proxies = {**found, **(proxies or {})}
            if verify is True and self._ca_bundle:
                verify = self._ca_bundle
        return super().send(request, stream=stream, timeout=timeout, verify=verify, cert=cert,
                            proxies=dict(proxies) if proxies is not None else None)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False,
                         **pool_kwargs: Any) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = _WATCHED_POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if isinstance(manager, ProxyManager):  # SOCKS proxies keep their own pools
            manager.pool_classes_by_scheme = _WATCHED_POOLS
        return manager


def new_relay_session() -> requests.Session:
    """A fresh session (so: its own connections) for talking to one relay about one mailbox or
    one deposit route: `User-Agent: ementor/<version>`, no compression, no redirects, the
    deadline watchdog on its connections, proxies and CA bundle from the environment as
    requests reads them (see `HardenedAdapter`), and never `~/.netrc`."""
    session = requests.Session()
    session.headers["User-Agent"] = f"ementor/{__version__}"
    session.headers["Accept-Encoding"] = "identity"
    session.max_redirects = 0
    session.trust_env = False  # the adapter applies the environment's proxies and CA bundle
    adapter = HardenedAdapter(environment=True)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _harden(session: requests.Session, base_url: str) -> None:
    """Make sure requests to `base_url` go through a HardenedAdapter (mounted for that URL)."""
    if not isinstance(session, requests.Session):
        return
    try:
        adapter = session.get_adapter(base_url + "/")
    except requests.RequestException:
        adapter = None
    if not isinstance(adapter, HardenedAdapter):
        session.mount(base_url + "/", HardenedAdapter())


def parse_relay_url_or_refuse(text: str) -> str:
    """`parse_relay_url`, raising `RelayAddressRefused` (a NetworkError) instead."""
    try:
        return parse_relay_url(text)
    except RelayUrlError as exc:
        raise RelayAddressRefused(f"This relay address cannot be used: {exc}.", 0,
                                  "bad_relay_url") from exc


def _mailbox_id(text: str, what: str = "receive_id") -> str:
    try:
        wire.parse_id(text)
    except wire.ProtocolError as exc:
        raise ValueError(f"{what} is not a mailbox id") from exc
    return text


class RelayClient:
    """One relay at `base_url`.

    `session` is injected so tests and the app control transport; without one, the client makes
    its own (`new_relay_session`) and `close()` closes it. Requests to the relay through any
    session get the hardened transport (the adapter is mounted for `base_url` if missing).
    Spare challenges are kept per mailbox; one client may serve several mailboxes, but a client
    per mailbox (each on its own session) keeps the relay from linking them by connection.

    Raises `RelayAddressRefused` if `base_url` is not a usable relay URL.
    """

    def __init__(self, base_url: str, session: requests.Session | None = None,
                 timeout: float = 10.0, *, deadline: float = DEFAULT_DEADLINE,
                 max_body: int = DEFAULT_MAX_BODY,
                 max_fetch_body: int = DEFAULT_MAX_FETCH_BODY) -> None:
        self.base_url = parse_relay_url_or_refuse(base_url)
        self._owns_session = session is None
        self.session = session if session is not None else new_relay_session()
        _harden(self.session, self.base_url)
        self.timeout = timeout
        self.deadline = deadline
        self.max_body = max_body
        self.max_fetch_body = max_fetch_body
        self._spares: dict[str, tuple[str, float]] = {}
        self._spares_lock = threading.Lock()

    def close(self) -> None:
        """Close the session if this client made it (an injected one is the caller's)."""
        if self._owns_session:
            self.session.close()

    def __enter__(self) -> RelayClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- transport ----

    def _request(self, method: str, target: str, *, body: bytes = b"",
                 headers: dict[str, str] | None = None, wait: float = 0.0,
                 ok: tuple[int, ...] = (200,), max_body: int | None = None) -> Answer:
        """One request, answered in full within `deadline + wait` seconds, or a RelayError."""
        cap = max_body if max_body is not None else self.max_body
        start = time.monotonic()
        total = self.deadline + wait
        watch = _reaper.watch(start + total)
        previous, _current.watch = getattr(_current, "watch", None), watch
        response: requests.Response | None = None
        try:
            try:
                response = self.session.request(
                    method, self.base_url + target, data=body or None,
                    headers={**(headers or {}), "Accept-Encoding": "identity"},
                    timeout=(min(self.timeout, total), min(self.timeout + wait, total)),
                    allow_redirects=False, stream=True)
                answer = self._read(response, cap, watch)
            except RelayError:
                raise
            except requests.Timeout as exc:
                raise RelayTimeout("The relay did not answer in time.") from exc
            except (requests.RequestException, urllib3.exceptions.HTTPError,
                    http.client.HTTPException, OSError) as exc:
                if watch.fired or isinstance(exc, urllib3.exceptions.TimeoutError | TimeoutError):
                    raise RelayTimeout("The relay did not answer in time.") from exc
                if response is not None:
                    raise RelayUnreachable(
                        f"The connection to the relay at {self.base_url} broke.") from exc
                if isinstance(exc, requests.ConnectionError):
                    raise RelayUnreachable(
                        f"Cannot reach the relay at {self.base_url}.") from exc
                raise RelayUnreachable(f"Cannot talk to the relay at {self.base_url}.") from exc
        finally:
            watch.finish()
            _current.watch = previous
            if response is not None:
                response.close()  # a no-op once fully read; drops a half-read connection
        if answer.status in ok:
            return answer
        raise self._error(answer)

    def _read(self, response: requests.Response, cap: int, watch: _Watch) -> Answer:
        """The answer's raw bytes: no decompression, at most `cap`, before the deadline."""
        status = response.status_code
        if 300 <= status < 400:
            raise RelayProtocolError("The relay answered with a redirect, which this app does "
                                     "not follow.", status, "redirect")
        encoding = response.headers.get("Content-Encoding", "").strip().lower()
        if encoding not in ("", "identity"):
            raise RelayProtocolError("The relay sent a compressed answer, which this app does "
                                     "not accept.", status, "compressed")
        too_large = RelayProtocolError("The relay's answer is larger than this app accepts.",
                                       status, "too_large")
        content = getattr(response, "_content", False)
        if content is not False or response.raw is None:
            # Already in memory (a session that read it, or a test double).
            data = response.content or b""
            if len(data) > cap:
                raise too_large
            return Answer(status, CaseInsensitiveDict(response.headers), data)
        if not watch.armed and hasattr(response.raw, "shutdown"):
            # A transport without the watched connections (a SOCKS proxy): the deadline can
            # still cut the body short through urllib3's own shutdown.
            watch.attach(_response_cutter(response.raw))
        declared = response.headers.get("Content-Length")
        if declared is not None and declared.strip().isdigit() and int(declared) > cap:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        while True:
            if watch.fired or time.monotonic() > watch.deadline:
                raise RelayTimeout("The relay did not answer in time.")
            chunk = response.raw.read(min(_READ_CHUNK, cap + 1 - size), decode_content=False)
            if not chunk:
                break
            size += len(chunk)
            if size > cap:
                raise too_large
            chunks.append(chunk)
        if watch.fired:  # the watchdog cut the answer short: what we have is not all of it
            raise RelayTimeout("The relay did not answer in time.")
        return Answer(status, CaseInsensitiveDict(response.headers), b"".join(chunks))

    def _error(self, answer: Answer) -> RelayError:
        status = answer.status
        code, message = "", ""
        try:
            payload = json.loads(answer.body)
            if isinstance(payload, dict):
                code = str(payload.get("error", ""))[:100]
                message = str(payload.get("message", ""))[:300]
        except ValueError:
            pass
        if status == 429:
            try:
                retry_after = min(max(0.0, float(answer.headers.get("Retry-After", "1"))),
                                  86_400.0)
            except ValueError:
                retry_after = 1.0
            if retry_after != retry_after:  # NaN
                retry_after = 1.0
            what = {"mailbox_full": "The mailbox on the relay is full.",
                    "creator_full": "The relay's space for your organisation's mailboxes is "
                                    "full.",
                    "relay_full": "The relay is full."}.get(code,
                                                            "The relay is limiting requests.")
            return RelayRateLimited(f"{what} Try again in {retry_after:.0f} s.", status, code,
                                    retry_after)
        if status >= 500:
            return RelayServerError(f"The relay has a problem (HTTP {status}); try again later.",
                                    status, code)
        if status == 401:
            return RelayUnauthorized("The relay did not accept this mailbox's signature.",
                                     status, code)
        if status == 404:
            return RelayNotFound("The relay does not know this mailbox.", status, code)
        if status == 403 and code == "invite_required":
            return RelayRejected(
                "This relay creates mailboxes only with an admission code from the "
                "organisation that runs it: ask them for it and enter it as the relay's "
                "admission code (in Settings, or `--admission CODE` with `ementor invite` or "
                "`ementor accept`).",
                status, code)
        if not message.isprintable():
            message = ""  # the relay's own words are shown only if they are plain text
        return RelayRejected(message or f"The relay refused the request (HTTP {status}).",
                             status, code)

    # ---- open commands ----

    def health(self) -> bool:
        return self._request("GET", "/healthz").json().get("status") == "ok"

    def create_mailbox(self, auth_key: MailboxAuthKey, invite: str | None = None) -> MailboxIds:
        """Register a new mailbox owned by `auth_key` (a key for this mailbox only)."""
        payload: dict[str, str] = {
            "auth_key": wire.b64url_encode(auth_key.public_key)}
        if invite is not None:
            payload["invite"] = invite
        data = self._request(
            "POST", f"{wire.PREFIX}/mailboxes", body=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"}, ok=(201,)).json()
        limits = data.get("limits")
        if not isinstance(limits, dict):
            raise RelayProtocolError("The relay's answer has no valid 'limits'.")
        ids = MailboxIds(
            receive_id=_field(data, "receive_id", str), send_id=_field(data, "send_id", str),
            limits=MailboxLimits(
                max_body_bytes=_field(limits, "max_body_bytes", int),
                quota_messages=_field(limits, "quota_messages", int),
                quota_bytes=_field(limits, "quota_bytes", int),
                message_ttl_seconds=_field(limits, "message_ttl_seconds", int),
                longpoll_max_seconds=_field(limits, "longpoll_max_seconds", float),
                fetch_max_messages=_field(limits, "fetch_max_messages", int)))
        for text in (ids.receive_id, ids.send_id):
            try:
                wire.parse_id(text)
            except wire.ProtocolError as exc:
                raise RelayProtocolError("The relay returned a malformed mailbox id.") from exc
        return ids

    def deposit(self, send_id: str, blob: bytes, idempotency_key: str) -> DepositReceipt:
        """Deposit one sealed, padded envelope; repeating the same key is harmless."""
        if not wire.is_idempotency_key(idempotency_key):
            raise ValueError("idempotency_key must be 1-128 characters of [A-Za-z0-9_-]")
        try:
            wire.parse_id(send_id)
        except wire.ProtocolError as exc:  # a contact gave it: never let it shape the path
            # No relay knows a malformed send id: the answer it would give, without asking.
            raise RelayNotFound("The relay does not know this mailbox.", 0,
                                "bad_send_id") from exc
        answer = self._request(
            "POST", f"{wire.PREFIX}/deposit/{send_id}", body=blob, ok=(201,),
            headers={"Content-Type": "application/octet-stream",
                     wire.IDEMPOTENCY_HEADER: idempotency_key})
        data = answer.json()
        return DepositReceipt(_field(data, "message_id", str), _field(data, "received_at", float),
                              answer.headers.get(wire.DUPLICATE_HEADER) == "1")

    def challenge(self, receive_id: str) -> str:
        """A fresh challenge from the relay, valid only for commands on mailbox `receive_id`."""
        target = f"{wire.PREFIX}/mailboxes/{_mailbox_id(receive_id)}{wire.CHALLENGE_PATH}"
        data = self._request("POST", target, ok=(201,)).json()
        challenge = str(_field(data, "challenge", str))
        try:
            wire.parse_id(challenge)
        except wire.ProtocolError as exc:
            raise RelayProtocolError("The relay returned a malformed challenge.") from exc
        return challenge

    # ---- owner commands ----

    def _take_spare(self, receive_id: str) -> str | None:
        with self._spares_lock:
            spare = self._spares.pop(receive_id, None)
        if spare is None or time.monotonic() - spare[1] > SPARE_CHALLENGE_SECONDS:
            return None
        return spare[0]

    def _keep_spare(self, receive_id: str, challenge: str) -> None:
        try:
            wire.parse_id(challenge)
        except wire.ProtocolError:
            return
        now = time.monotonic()
        with self._spares_lock:
            for stale in [k for k, (_, at) in self._spares.items()
                          if now - at > SPARE_CHALLENGE_SECONDS]:
                del self._spares[stale]
            self._spares[receive_id] = (challenge, now)

    def _owner(self, key: MailboxAuthKey, receive_id: str, method: str, target: str,
               body: bytes = b"", wait: float = 0.0, ok: tuple[int, ...] = (200,),
               max_body: int | None = None) -> Answer:
        """Sign and send one owner command on mailbox `receive_id` (part of `target`)."""
        spare = self._take_spare(receive_id)
        while True:
            challenge = spare if spare is not None else self.challenge(receive_id)
            headers = {"Authorization": wire.sign_owner_command(key, challenge, method, target,
                                                                body)}
            if body:
                headers["Content-Type"] = "application/json"
            try:
                answer = self._request(method, target, body=body, headers=headers, wait=wait,
                                       ok=ok, max_body=max_body)
            except RelayUnauthorized:
                if spare is None:
                    raise
                spare = None  # the spare may have expired meanwhile: once more, fresh
                continue
            break
        # A successful owner command hands back the next challenge for this same mailbox,
        # saving a round trip.
        next_challenge = answer.headers.get(wire.NEXT_CHALLENGE_HEADER)
        if next_challenge:
            self._keep_spare(receive_id, next_challenge)
        return answer

    def forget(self, receive_id: str) -> None:
        """Drop the spare challenge kept for a mailbox (after it was deleted)."""
        with self._spares_lock:
            self._spares.pop(receive_id, None)

    def fetch(self, receive_id: str, key: MailboxAuthKey, wait: float = 0.0,
              limit: int | None = None, after: str | None = None) -> list[RelayMessage]:
        """Messages waiting in the mailbox, oldest first; with `wait`, long-poll that long;
        with `after` (a relay message id), only those deposited after it (reading ahead)."""
        query = [f"wait={wait:g}"] if wait > 0 else []
        if limit is not None:
            query.append(f"limit={limit}")
        if after is not None:
            if not wire.is_message_id(after):
                raise ValueError("after must be a relay message id")
            query.append(f"after={after}")
        target = f"{wire.PREFIX}/mailboxes/{_mailbox_id(receive_id)}/messages"
        if query:
            target += "?" + "&".join(query)
        answer = self._owner(key, receive_id, "GET", target, wait=max(0.0, wait),
                             max_body=self.max_fetch_body)
        items = answer.json().get("messages")
        if not isinstance(items, list):
            raise RelayProtocolError("The relay's answer has no valid 'messages'.")
        return [_relay_message(item) for item in items]

    def ack(self, receive_id: str, key: MailboxAuthKey, message_ids: list[str]) -> int:
        """Delete messages the app has committed; returns how many the relay deleted."""
        body = json.dumps({"ids": message_ids}).encode()
        target = f"{wire.PREFIX}/mailboxes/{_mailbox_id(receive_id)}/ack"
        return int(_field(self._owner(key, receive_id, "POST", target, body).json(), "deleted",
                          int))

    def rotate_key(self, receive_id: str, key: MailboxAuthKey, new_key: MailboxAuthKey) -> None:
        body = json.dumps({"auth_key": wire.b64url_encode(new_key.public_key)}).encode()
        target = f"{wire.PREFIX}/mailboxes/{_mailbox_id(receive_id)}/key"
        self._owner(key, receive_id, "PUT", target, body, ok=(204,))

    def delete_mailbox(self, receive_id: str, key: MailboxAuthKey) -> None:
        target = f"{wire.PREFIX}/mailboxes/{_mailbox_id(receive_id)}"
        self._owner(key, receive_id, "DELETE", target, ok=(204,))
        self.forget(receive_id)


SessionFactory = Callable[[], requests.Session]


class RelayClientPool:
    """One `RelayClient`, each on its own session (own connections), per key.

    Keys name what must not be linkable by connection: a mailbox we fetch from (e.g.
    `("mailbox", mailbox_id)`) or a route we deposit to (e.g. `("route", contact_id)`). The
    client for a key is made on first use and replaced when the key's relay URL changes.
    Thread-safe. `session_factory` defaults to `new_relay_session`; tests may pass their own.
    """

    def __init__(self, session_factory: SessionFactory = new_relay_session,
                 timeout: float = 10.0, *, deadline: float = DEFAULT_DEADLINE) -> None:
        self._factory = session_factory
        self._timeout = timeout
        self._deadline = deadline
        self._clients: dict[Hashable, tuple[RelayClient, requests.Session]] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, base_url: str) -> RelayClient:
        """The client for `key` at `base_url` (RelayAddressRefused if the URL is not usable)."""
        url = parse_relay_url_or_refuse(base_url)
        with self._lock:
            held = self._clients.get(key)
            if held is not None and held[0].base_url == url:
                return held[0]
        session = self._factory()
        client = RelayClient(url, session, timeout=self._timeout, deadline=self._deadline)
        with self._lock:
            old = self._clients.get(key)
            if old is not None and old[0].base_url == url:
                session.close()  # another thread made one meanwhile: use that
                return old[0]
            self._clients[key] = (client, session)
        if old is not None:
            old[1].close()
        return client

    def drop(self, key: Hashable) -> None:
        """Forget the client for `key` and close its connections (a retired mailbox)."""
        with self._lock:
            held = self._clients.pop(key, None)
        if held is not None:
            held[1].close()

    def close(self) -> None:
        with self._lock:
            held = list(self._clients.values())
            self._clients.clear()
        for _, session in held:
            session.close()
