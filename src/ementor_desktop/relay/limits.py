"""Rate limits (token buckets), the memory budget of answers, and the guard in front of the
app: address limits and body size.

Client addresses live only in this process's memory, and only as keyed hashes under a random
per-process key; they are never stored, logged or compared across processes. An IPv6 client
counts as its /64 (one subscriber usually holds a whole /64), an IPv4-mapped one as its IPv4.
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import json
import math
import secrets
import socket
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class TokenBuckets:
    """One bucket per key: `rate` tokens a minute, at most `burst` saved up.

    Memory is bounded: past `max_keys` the least recently used bucket is forgotten (a full
    bucket, so forgetting it never makes a limit stricter than it was).
    """

    def __init__(self, per_minute: float, burst: int, max_keys: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._rate = per_minute / 60.0
        self._burst = float(burst)
        self._max_keys = max_keys
        self._clock = clock
        self._buckets: OrderedDict[bytes, tuple[float, float]] = OrderedDict()

    def take(self, key: bytes, cost: float = 1.0) -> float:
        """Take `cost` tokens; 0.0 when allowed, else the seconds until there are enough."""
        now = self._clock()
        tokens, stamp = self._buckets.pop(key, (self._burst, now))
        tokens = min(self._burst, tokens + (now - stamp) * self._rate)
        if tokens >= cost:
            self._buckets[key] = (tokens - cost, now)
            self._trim()
            return 0.0
        self._buckets[key] = (tokens, now)
        return (cost - tokens) / self._rate

    def _trim(self) -> None:
        while len(self._buckets) > self._max_keys:
            self._buckets.popitem(last=False)

    def __len__(self) -> int:
        return len(self._buckets)


class MemoryBudget:
    """Bytes that answers of this process may hold at once (fetch answers' blobs).

    `acquire` grants up to `want` bytes, never fewer than `least`; it waits (up to `timeout`)
    while less than `least` is free, in the order the requests came. Every grant is given back
    with `release`. A release serves the waiters at the head of the queue only (never wakes
    them all: with thousands of fetches waiting that was quadratic), and a waiter that is
    cancelled or times out leaves nothing behind: what it was granted meanwhile goes back.
    """

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.used = 0
        self._waiting: deque[tuple[int, int, asyncio.Future[int]]] = deque()

    def _grant(self, want: int) -> int:
        granted = min(want, self.capacity - self.used)
        self.used += granted
        return granted

    def _serve(self) -> None:
        while self._waiting:
            want, least, future = self._waiting[0]
            if future.done():  # cancelled or timed out: gone
                self._waiting.popleft()
                continue
            if self.capacity - self.used < least:
                return
            self._waiting.popleft()
            future.set_result(self._grant(want))

    async def acquire(self, want: int, least: int, timeout: float) -> int | None:
        """The bytes granted, or None when `least` did not come free within `timeout`."""
        least = min(least, self.capacity)
        self._serve()  # drops waiters that are gone, so they hold no one up
        if not self._waiting and self.capacity - self.used >= least:
            return self._grant(want)
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._waiting.append((want, least, future))
        granted: int | None = None
        try:
            async with asyncio.timeout(timeout):
                granted = await future
        except TimeoutError:
            pass
        finally:
            if granted is None:
                if future.done() and not future.cancelled():
                    self.release(future.result())  # granted as the wait ended: give it back
                else:
                    future.cancel()
                    self._serve()
        return granted

    def release(self, granted: int) -> None:
        self.used -= granted
        self._serve()


class AdmissionGate:
    """Lets at most `width` requests do their work at once; the others wait their turn in
    arrival order, parked (a parked request costs memory, not work).

    For long-polls: thousands of clients re-polling together would otherwise all be in
    progress at once, every turn of the event loop would step each of them, and a health
    check or a deposit (and the wake-up it causes) would wait behind all of that work. A
    long-poll gives its turn back while it waits, and takes one again to answer when its wait
    runs out (thousands may run out together). When the relay stops, the requests still
    waiting are let go without a turn.
    """

    def __init__(self, width: int) -> None:
        self.width = width
        self.busy = 0
        self.stopped = False
        self._waiting: deque[asyncio.Future[bool]] = deque()

    async def enter(self) -> bool:
        """Wait for a turn: True once it comes (give it back with `give_back`), False if the
        relay stopped first."""
        while self._waiting and self._waiting[0].done():
            self._waiting.popleft()
        if self.stopped:
            return False
        if self.busy < self.width and not self._waiting:
            self.busy += 1
            return True
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._waiting.append(future)
        try:
            return await future
        except BaseException:
            if future.done() and not future.cancelled() and future.result():
                self.give_back()  # the turn came as the request was cancelled: pass it on
            future.cancel()
            raise

    def give_back(self) -> None:
        """A turn ends: the next request waiting gets it."""
        self.busy -= 1
        while self._waiting and self.busy < self.width:
            future = self._waiting.popleft()
            if not future.done():
                self.busy += 1
                future.set_result(True)

    def stop(self) -> None:
        self.stopped = True
        while self._waiting:
            future = self._waiting.popleft()
            if not future.done():
                future.set_result(False)

    @property
    def queued(self) -> int:
        return sum(1 for f in self._waiting if not f.done())


class Turn:
    """One request's place at an `AdmissionGate`: it holds a turn or not."""

    __slots__ = ("_gate", "held")

    def __init__(self, gate: AdmissionGate) -> None:
        self._gate = gate
        self.held = False

    async def take(self) -> bool:
        """Hold a turn (waiting for it if need be); False if the relay stopped first."""
        if not self.held:
            self.held = await self._gate.enter()
        return self.held

    def done(self) -> None:
        """Give the turn back, if one is held."""
        if self.held:
            self.held = False
            self._gate.give_back()


def address_of(scope: Scope, trust_forwarded_for: bool) -> str:
    """The client's address as the limits count it: an IPv6 address as its /64."""
    address = ""
    if trust_forwarded_for:
        for name, value in scope.get("headers", []):
            if name == b"x-forwarded-for":
                # The right-most entry is the one our own proxy appended.
                address = value.decode("latin-1").split(",")[-1].strip()
    if not address and scope.get("client"):
        address = str(scope["client"][0])
    return aggregate(address)


def aggregate(address: str) -> str:
    """An IPv6 address becomes its /64 network, an IPv4-mapped one its IPv4 address."""
    try:
        # Most are IPv4 addresses in their one written form, kept as they are: socket's
        # parser is in C, the ipaddress module's took 4 % of the relay's time per request.
        if socket.inet_ntop(socket.AF_INET, socket.inet_pton(socket.AF_INET, address)) == (
                address):
            return address
    except (OSError, ValueError):
        pass
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((int(ip) >> 64 << 64, 64)))
    return str(ip)


#: Forwarding headers: a request carrying one came through a proxy, not from this computer.
_FORWARDING = (b"x-forwarded-for", b"forwarded", b"x-real-ip")


def is_local_request(scope: Scope) -> bool:
    """True when the peer is this computer and no proxy says it forwarded the request."""
    client = scope.get("client")
    if not client:
        return False
    try:
        local = ipaddress.ip_address(str(client[0])).is_loopback
    except ValueError:
        return False
    return local and not any(name in _FORWARDING for name, _ in scope.get("headers", []))


#: Answered without the per-address limit: health checkers and metrics scrapers often share
#: an address with other traffic, and these answers are cheap (health is a cached probe,
#: metrics are loopback-only by default and cache their database totals for a second).
EXEMPT_PATHS = frozenset({"/healthz", "/metrics"})


def retry_after_header(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))


class BodyTooLarge(Exception):
    """Raised from `receive` when a request body passes its limit while streaming."""


async def send_json(send: Send, status: int, payload: dict[str, Any],
                    headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps(payload).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """ASGI middleware: per-address rate limit, then a body-size limit enforced while streaming.

    A declared Content-Length over the limit is refused before any of the body is read; a
    chunked body is counted as it arrives and refused as soon as it passes the limit.
    """

    def __init__(self, app: ASGIApp, *, address_buckets: TokenBuckets,
                 body_limit: Callable[[str], int], trust_forwarded_for: bool,
                 on_limited: Callable[[str], None]) -> None:
        self.app = app
        self._buckets = address_buckets
        self._body_limit = body_limit
        self._trust_forwarded_for = trust_forwarded_for
        self._on_limited = on_limited
        self._secret = secrets.token_bytes(32)

    def _address_key(self, scope: Scope) -> bytes:
        address = address_of(scope, self._trust_forwarded_for)
        # A keyed hash (never the address itself) in one call: it runs on every request.
        return hashlib.blake2b(address.encode(), key=self._secret, digest_size=16).digest()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        address_key = self._address_key(scope)
        # Handed to routes with stricter per-address limits (request.state.address_key).
        scope.setdefault("state", {})["address_key"] = address_key
        exempt = scope["path"] in EXEMPT_PATHS and scope.get("method") in ("GET", "HEAD")
        wait = 0.0 if exempt else self._buckets.take(address_key)
        if wait > 0:
            self._on_limited("address")
            await send_json(send, 429, {"error": "rate_limited",
                                        "message": "Too many requests from this address."},
                            [(b"retry-after", retry_after_header(wait).encode())])
            return
        limit = self._body_limit(scope["path"])
        declared = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = None
        if declared is not None and declared > limit:
            self._on_limited("body")
            await _too_large(send, limit)
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if started:
                raise
            self._on_limited("body")
            await _too_large(send, limit)


async def _too_large(send: Send, limit: int) -> None:
    await send_json(send, 413, {"error": "too_large",
                                "message": f"The request body is larger than {limit} bytes."},
                    [(b"connection", b"close")])


class Gated:
    """ASGI middleware: the requests `selects` picks go through `gate` one turn at a time.

    The turn is handed to the route as `request.state.turn` (a long-poll gives it back while
    it waits, and takes one again to answer when its wait runs out) and given back when the
    request ends in any case. A request that was still
    waiting for its turn when the relay stopped is answered `503 unavailable` at once, before
    anything of it is looked at (an owner command's challenge is not used up).
    """

    def __init__(self, app: ASGIApp, *, gate: AdmissionGate,
                 selects: Callable[[Scope], bool]) -> None:
        self.app = app
        self._gate = gate
        self._selects = selects

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self._selects(scope):
            await self.app(scope, receive, send)
            return
        turn = Turn(self._gate)
        if not await turn.take():
            await send_json(send, 503, {"error": "unavailable",
                                        "message": "The relay is stopping; try again shortly."},
                            [(b"retry-after", b"5")])
            return
        scope.setdefault("state", {})["turn"] = turn
        try:
            await self.app(scope, receive, send)
        finally:
            turn.done()
