"""Rate limits (token buckets), the memory budget of answers, and the guard in front of the
app: address limits and body size.

Client addresses live only in this process's memory, and only as keyed hashes under a random
per-process key; they are never stored, logged or compared across processes. An IPv6 client
counts as its /64 (one subscriber usually holds a whole /64), an IPv4-mapped one as its IPv4.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import json
import math
import secrets
import time
from collections import OrderedDict
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
    while less than `least` is free. Every grant is given back with `release`.
    """

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.used = 0
        self._freed = asyncio.Condition()

    async def acquire(self, want: int, least: int, timeout: float) -> int | None:
        """The bytes granted, or None when `least` did not come free within `timeout`."""
        least = min(least, self.capacity)

        def room() -> bool:
            return self.capacity - self.used >= least

        async with self._freed:
            try:
                await asyncio.wait_for(self._freed.wait_for(room), timeout)
            except TimeoutError:
                return None
            granted = min(want, self.capacity - self.used)
            self.used += granted
            return granted

    async def release(self, granted: int) -> None:
        async with self._freed:
            self.used -= granted
            self._freed.notify_all()


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
        return hmac.new(self._secret, address.encode(), hashlib.sha256).digest()[:16]

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
