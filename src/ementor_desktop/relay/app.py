"""The relay's HTTP API v1 (docs/protocol.md Part 1): routes, owner authentication, long-polls.

Owns request handling only. It never runs SQL (storage/ does), never logs an id, a body or a
client address, and answers every failed owner authentication with the same 401.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import secrets
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field

from ementor_desktop.crypto import mailbox_auth
from ementor_desktop.log import relay as log
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.relay.config import RelayConfig
from ementor_desktop.relay.limits import Guard, TokenBuckets, retry_after_header
from ementor_desktop.relay.storage import (
    Deposit,
    DepositOutcome,
    Owner,
    Storage,
    StorageError,
    StoredMessage,
    make_storage,
)

#: Bodies of JSON owner commands and mailbox creation are small.
JSON_BODY_LIMIT = 64 * 1024
ACK_MAX_IDS = 1000
FETCH_MAX_BYTES = 4 * 1024 * 1024
TOUCH_EVERY = 3600.0
#: Verified against when a mailbox is unknown, so that case costs the same time as a bad key
#: (a real key: libsodium rejects degenerate keys early, which would show in the timing).
_DUMMY_KEY = mailbox_auth.random_public_key()


# ---- JSON shapes (the OpenAPI document is generated from these) ----

class ErrorBody(BaseModel):
    error: str = Field(description="A stable code: unauthorized, not_found, rate_limited, "
                                   "too_large, mailbox_full, conflict, invite_required, "
                                   "bad_request, unavailable")
    message: str


class CreateMailbox(BaseModel):
    auth_key: str = Field(min_length=43, max_length=43,
                          description="Ed25519 public key for this mailbox only, base64url")
    invite: str | None = Field(default=None, max_length=512,
                               description="Invite token, when the relay requires one")


class Limits(BaseModel):
    max_body_bytes: int
    quota_messages: int
    quota_bytes: int
    message_ttl_seconds: int
    longpoll_max_seconds: float
    fetch_max_messages: int


class MailboxCreated(BaseModel):
    receive_id: str
    send_id: str
    limits: Limits


class Challenge(BaseModel):
    challenge: str
    expires_in: int


class DepositReceipt(BaseModel):
    message_id: str
    received_at: float


class MessageOut(BaseModel):
    id: str
    received_at: float
    body: str = Field(description="The blob as deposited, base64url")


class MessageBatch(BaseModel):
    messages: list[MessageOut]


class AckRequest(BaseModel):
    ids: list[str] = Field(max_length=ACK_MAX_IDS)


class AckResult(BaseModel):
    deleted: int


class RotateKey(BaseModel):
    auth_key: str = Field(min_length=43, max_length=43)


class Health(BaseModel):
    status: str
    api: str


# ---- errors ----

class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def unauthorized() -> ApiError:
    return ApiError(401, "unauthorized", "The request is not signed by this mailbox's owner.")


def not_found() -> ApiError:
    return ApiError(404, "not_found", "There is no such mailbox.")


def _responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {s: {"model": ErrorBody} for s in statuses}


# ---- relay state ----

@dataclass
class Metrics:
    counters: dict[str, int] = field(default_factory=lambda: dict.fromkeys((
        "mailboxes_created", "deposits", "duplicates", "fetches", "messages_delivered",
        "messages_acked", "longpolls_abandoned", "auth_failures", "rate_limited", "too_large",
        "mailbox_full", "swept_messages", "swept_mailboxes"), 0))

    def add(self, name: str, n: int = 1) -> None:
        self.counters[name] += n


class Waiters:
    """Long-polls waiting in this process, by mailbox row number."""

    def __init__(self) -> None:
        self._events: dict[int, set[asyncio.Event]] = {}
        self.stopping = False

    @contextlib.contextmanager
    def register(self, mailbox: int) -> Any:
        event = asyncio.Event()
        if self.stopping:
            event.set()
        self._events.setdefault(mailbox, set()).add(event)
        try:
            yield event
        finally:
            group = self._events.get(mailbox)
            if group is not None:
                group.discard(event)
                if not group:
                    del self._events[mailbox]

    def wake(self, mailbox: int) -> None:
        """Wake one mailbox's long-polls; mailbox 0 wakes every one."""
        groups = list(self._events.values()) if mailbox == 0 else [
            self._events.get(mailbox, set())]
        for group in groups:
            for event in group:
                event.set()

    def stop(self) -> None:
        self.stopping = True
        self.wake(0)

    def __len__(self) -> int:
        return sum(len(g) for g in self._events.values())


class Relay:
    """Everything a request handler needs, built once per process."""

    def __init__(self, config: RelayConfig, storage: Storage,
                 clock: Callable[[], float] = time.time) -> None:
        self.config = config
        self.storage = storage
        self.clock = clock
        self.metrics = Metrics()
        self.waiters = Waiters()
        self.deposit_buckets = TokenBuckets(config.deposits_per_mailbox_per_minute,
                                            config.deposits_per_mailbox_burst)
        self.owner_buckets = TokenBuckets(config.owner_commands_per_mailbox_per_minute,
                                          config.owner_commands_per_mailbox_burst)
        self.creation_buckets = TokenBuckets(config.mailboxes_per_address_per_minute,
                                             config.mailboxes_per_address_burst)
        self._invites = [t.encode() for t in config.invite_tokens]
        idle = config.mailbox_idle_ttl_seconds
        #: How stale a mailbox's recorded last use may get: an hour, or less for short idle TTLs.
        self.touch_every = min(TOUCH_EVERY, idle / 10) if idle else TOUCH_EVERY

    def invite_ok(self, token: str | None) -> bool:
        if not self._invites:
            return True
        given = (token or "").encode()
        # Compare with every token, so the time taken says nothing about which one is close.
        return any([hmac.compare_digest(given, t) for t in self._invites])

    async def issue_challenge(self, receive_id: str) -> str:
        """A fresh challenge bound to mailbox `receive_id`: it authenticates a command on that
        mailbox only. Issued the same way whether or not the mailbox exists (and even for a
        malformed id, bound then to a random value), so asking cannot probe for mailboxes."""
        challenge = wire.new_id()
        await self.storage.add_challenge(wire.id_hash(challenge), _receive_hash(receive_id),
                                         self.clock() + self.config.challenge_ttl_seconds)
        return challenge

    async def authenticate(self, request: Request, receive_id: str,
                           body: bytes) -> tuple[Owner, str]:
        """The mailbox owner and the next challenge, or the same 401 whatever went wrong."""
        now = self.clock()
        try:
            auth: wire.OwnerAuth | None = wire.parse_authorization(
                request.headers.get("authorization"))
        except wire.ProtocolError:
            auth = None
        receive_hash = None
        if len(receive_id) == wire.ID_CHARS:
            with contextlib.suppress(wire.ProtocolError):
                wire.parse_id(receive_id)
                receive_hash = wire.id_hash(receive_id)
        next_challenge = wire.new_id()
        # `fresh` only if the challenge was issued for this very mailbox (and is unexpired);
        # the next challenge is bound to the same mailbox.
        fresh, owner = await self.storage.authenticate(
            wire.id_hash(auth.challenge) if auth else None, receive_hash, now, self.touch_every,
            (wire.id_hash(next_challenge), now + self.config.challenge_ttl_seconds))
        signed = auth is not None and wire.verify_owner_signature(
            owner.auth_key if owner else _DUMMY_KEY, auth, request.method,
            request_target(request), body, check=mailbox_auth.verify_signature)
        if not (fresh and signed and owner is not None):
            self.metrics.add("auth_failures")
            raise unauthorized()
        wait = self.owner_buckets.take(wire.id_hash(receive_id))
        if wait > 0:
            self.metrics.add("rate_limited")
            raise ApiError(429, "rate_limited", "Too many commands for this mailbox.",
                           {"Retry-After": retry_after_header(wait)})
        return owner, next_challenge

    @staticmethod
    def owner_response(payload: BaseModel | None, next_challenge: str,
                       status: int = 200) -> Response:
        """A successful owner command's answer, handing back the next challenge."""
        # Owner answers carry messages and challenges: no proxy or browser may keep them.
        headers = {wire.NEXT_CHALLENGE_HEADER: next_challenge, "Cache-Control": "no-store"}
        if payload is None:
            return Response(status_code=status, headers=headers)
        return JSONResponse(payload.model_dump(), status_code=status, headers=headers)

    async def sweep_once(self) -> None:
        now = self.clock()
        idle = self.config.mailbox_idle_ttl_seconds
        counts = await self.storage.sweep(now, now - idle if idle else None)
        self.metrics.add("swept_messages", counts.messages)
        self.metrics.add("swept_mailboxes", counts.mailboxes)
        if counts.messages or counts.mailboxes:
            log.info("sweeper: removed %d expired messages, %d idle mailboxes",
                     counts.messages, counts.mailboxes)


def _receive_hash(receive_id: str) -> bytes:
    """What a challenge is bound to: the receive id's hash, or (malformed id) a random value
    that no mailbox has."""
    try:
        wire.parse_id(receive_id)
    except wire.ProtocolError:
        return secrets.token_bytes(32)
    return wire.id_hash(receive_id)


def request_target(request: Request) -> str:
    """The request target as the client sent it: raw path, plus "?query" if there is one."""
    path = request.scope.get("raw_path") or request.scope["path"].encode()
    query = request.scope.get("query_string", b"")
    target = path.decode("latin-1")
    return f"{target}?{query.decode('latin-1')}" if query else target


async def _long_poll(relay: Relay, request: Request, mailbox: int, limit: int,
                     wait: float, after: str | None) -> list[StoredMessage]:
    """Wait up to `wait` seconds for a deposit; give up early if the client goes away."""
    with relay.waiters.register(mailbox) as woken:
        # Look again after registering, so a deposit in between is not missed.
        messages = await relay.storage.fetch(mailbox, limit, FETCH_MAX_BYTES, after)
        # The body is read already, so the next ASGI message is the client hanging up.
        gone = asyncio.ensure_future(request.receive())
        try:
            deadline = time.monotonic() + wait
            while not messages and not relay.waiters.stopping:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                waiter = asyncio.ensure_future(woken.wait())
                done, _ = await asyncio.wait({waiter, gone}, timeout=left,
                                             return_when=asyncio.FIRST_COMPLETED)
                waiter.cancel()
                if gone in done:
                    if gone.result().get("type") == "http.disconnect":
                        relay.metrics.add("longpolls_abandoned")
                        return []
                    gone = asyncio.ensure_future(request.receive())
                woken.clear()
                messages = await relay.storage.fetch(mailbox, limit, FETCH_MAX_BYTES, after)
        finally:
            gone.cancel()
    return messages


async def _sweeper(relay: Relay) -> None:
    while True:
        try:
            await relay.sweep_once()
        except StorageError as exc:
            log.warning("sweeper: %s", exc)
        await asyncio.sleep(relay.config.sweep_interval_seconds)


# ---- the application ----

def create_app(config: RelayConfig, storage: Storage | None = None,
               clock: Callable[[], float] = time.time,
               on_ready: Callable[[], None] | None = None) -> FastAPI:
    """The relay as an ASGI app; `on_ready` is called once storage is open and it can serve."""
    relay = Relay(config, storage or make_storage(config.db, config.postgres_pool_size), clock)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await relay.storage.open(relay.waiters.wake)
        sweeper = asyncio.create_task(_sweeper(relay), name="relay-sweeper")
        log.info("relay: ready (%s storage)", "postgresql" if config.uses_postgres else "sqlite")
        if on_ready is not None:
            on_ready()
        try:
            yield
        finally:
            relay.waiters.stop()
            sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeper
            await relay.storage.close()
            log.info("relay: stopped")

    app = FastAPI(
        title="eMentor relay", version="1", lifespan=lifespan,
        summary="A blind store-and-forward relay for sealed eMentor envelopes (API v1).",
        description="See docs/protocol.md, Part 1. Owner commands carry "
                    "`Authorization: Ementor-Sig-v1 <challenge>.<signature>`.",
    )
    app.state.relay = relay

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return JSONResponse({"error": exc.code, "message": exc.message},
                            status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        # FastAPI's own handler echoes the input, and fails (500) on bytes that are not UTF-8;
        # this keeps its documented shape (loc, msg, type) and echoes nothing.
        detail = [{"loc": [str(part) for part in error.get("loc", ())],
                   "msg": str(error.get("msg", "")), "type": str(error.get("type", ""))}
                  for error in exc.errors()]
        return JSONResponse({"detail": detail}, status_code=422)

    @app.exception_handler(StorageError)
    async def storage_error(request: Request, exc: StorageError) -> Response:
        log.error("storage: %s", exc)
        return JSONResponse({"error": "unavailable",
                             "message": "The relay's storage is unavailable; try again later."},
                            status_code=503, headers={"Retry-After": "5"})

    v1 = wire.PREFIX

    @app.get("/healthz", response_model=Health, responses=_responses(503))
    async def healthz() -> Health:
        await relay.storage.ping()
        return Health(status="ok", api=wire.API_VERSION)

    @app.get("/metrics", response_class=PlainTextResponse, responses=_responses(404),
             summary="Counts only, in the Prometheus text format")
    async def metrics() -> Response:
        if not config.metrics_enabled:
            raise ApiError(404, "not_found", "Metrics are disabled on this relay.")
        lines = []
        for name, value in (await relay.storage.counts()).items():
            lines += [f"# TYPE ementor_relay_{name} gauge", f"ementor_relay_{name} {value}"]
        lines += ["# TYPE ementor_relay_longpolls_waiting gauge",
                  f"ementor_relay_longpolls_waiting {len(relay.waiters)}"]
        for name, value in relay.metrics.counters.items():
            lines += [f"# TYPE ementor_relay_{name}_total counter",
                      f"ementor_relay_{name}_total {value}"]
        return PlainTextResponse("\n".join(lines) + "\n")

    @app.post(f"{v1}/mailboxes", status_code=201, response_model=MailboxCreated,
              responses=_responses(400, 403, 413, 429, 503))
    async def create_mailbox(request: Request, body: CreateMailbox) -> MailboxCreated:
        wait = relay.creation_buckets.take(request.state.address_key)
        if wait > 0:
            relay.metrics.add("rate_limited")
            raise ApiError(429, "rate_limited", "Too many new mailboxes from this address.",
                           {"Retry-After": retry_after_header(wait)})
        if not relay.invite_ok(body.invite):
            raise ApiError(403, "invite_required",
                           "This relay needs a valid invite token to create a mailbox.")
        try:
            auth_key = wire.parse_public_key(body.auth_key)
        except wire.ProtocolError as exc:
            raise ApiError(400, "bad_request", "auth_key is not a base64url Ed25519 key.") from exc
        receive_id, send_id = wire.new_id(), wire.new_id()
        await relay.storage.create_mailbox(wire.id_hash(receive_id), wire.id_hash(send_id),
                                           auth_key, relay.clock())
        relay.metrics.add("mailboxes_created")
        return MailboxCreated(receive_id=receive_id, send_id=send_id, limits=Limits(
            max_body_bytes=config.max_body_bytes, quota_messages=config.quota_messages,
            quota_bytes=config.quota_bytes, message_ttl_seconds=config.message_ttl_seconds,
            longpoll_max_seconds=config.longpoll_max_seconds,
            fetch_max_messages=config.fetch_max_messages))

    @app.post(f"{v1}/mailboxes/{{receive_id}}{wire.CHALLENGE_PATH}", status_code=201,
              response_model=Challenge, responses=_responses(429, 503),
              summary="A single-use challenge for one owner command on this mailbox")
    async def challenge(receive_id: str) -> Response:
        # The same answer for any receive id, known or not: this is no mailbox oracle.
        issued = Challenge(challenge=await relay.issue_challenge(receive_id),
                           expires_in=config.challenge_ttl_seconds)
        return JSONResponse(issued.model_dump(), status_code=201,
                            headers={"Cache-Control": "no-store"})

    @app.post(
        f"{v1}/deposit/{{send_id}}", status_code=201, response_model=DepositReceipt,
        responses={200: {"model": DepositReceipt,
                         "description": "Not used: a duplicate answers 201 like the first"},
                   **_responses(400, 404, 409, 413, 429, 503)},
        openapi_extra={
            "parameters": [{"name": wire.IDEMPOTENCY_HEADER, "in": "header", "required": True,
                            "schema": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,128}$"}}],
            "requestBody": {"required": True, "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
        })
    async def deposit(send_id: str, request: Request) -> Response:
        key = request.headers.get(wire.IDEMPOTENCY_HEADER)
        if not wire.is_idempotency_key(key):
            raise ApiError(400, "bad_request",
                           "An Idempotency-Key header of 1 to 128 [A-Za-z0-9_-] is required.")
        try:
            wire.parse_id(send_id)
        except wire.ProtocolError as exc:
            raise not_found() from exc
        send_hash = wire.id_hash(send_id)
        wait = relay.deposit_buckets.take(send_hash)
        if wait > 0:
            relay.metrics.add("rate_limited")
            raise ApiError(429, "rate_limited", "Too many deposits for this mailbox.",
                           {"Retry-After": retry_after_header(wait)})
        chunks = bytearray()
        async for chunk in request.stream():  # the Guard stops this past max_body_bytes
            chunks += chunk
        body = bytes(chunks)
        now = relay.clock()
        assert key is not None
        result = await relay.storage.deposit(Deposit(
            send_hash=send_hash, key_hash=hashlib.sha256(key.encode()).digest(),
            body_hash=hashlib.sha256(body).digest(), body=body,
            message_id=wire.new_message_id(), now=now,
            expires_at=now + config.message_ttl_seconds,
            quota_messages=config.quota_messages, quota_bytes=config.quota_bytes))
        if result.outcome is DepositOutcome.UNKNOWN_MAILBOX:
            raise not_found()
        if result.outcome is DepositOutcome.MAILBOX_FULL:
            relay.metrics.add("mailbox_full")
            raise ApiError(429, "mailbox_full",
                           "The mailbox is full; its owner has not fetched for a while.",
                           {"Retry-After": "300"})
        if result.outcome is DepositOutcome.CONFLICT:
            raise ApiError(409, "conflict",
                           "This Idempotency-Key was already used with another body.")
        headers = {}
        if result.outcome is DepositOutcome.DUPLICATE:
            relay.metrics.add("duplicates")
            headers[wire.DUPLICATE_HEADER] = "1"
        else:
            relay.metrics.add("deposits")
            relay.waiters.wake(result.mailbox)
        receipt = DepositReceipt(message_id=result.message_id, received_at=result.received_at)
        return JSONResponse(receipt.model_dump(), status_code=201, headers=headers)

    @app.get(f"{v1}/mailboxes/{{receive_id}}/messages", response_model=MessageBatch,
             responses=_responses(401, 429, 503))
    async def fetch(request: Request, receive_id: str,
                    wait: float = Query(0.0, ge=0.0, le=config.longpoll_max_seconds,
                                        description="Long-poll: seconds to wait if empty"),
                    limit: int = Query(config.fetch_max_messages, ge=1,
                                       le=config.fetch_max_messages),
                    after: str | None = Query(
                        None, min_length=22, max_length=22,
                        description="Only messages deposited after this one (a message id "
                                    "of this mailbox), to read ahead of acknowledging")
                    ) -> Response:
        owner, spare = await relay.authenticate(request, receive_id, await request.body())
        relay.metrics.add("fetches")
        if after is not None and not wire.is_message_id(after):
            after = None  # like an id the mailbox does not hold: from the start
        messages = await relay.storage.fetch(owner.mailbox, limit, FETCH_MAX_BYTES, after)
        if not messages and wait > 0 and not relay.waiters.stopping:
            messages = await _long_poll(relay, request, owner.mailbox, limit, wait, after)
        relay.metrics.add("messages_delivered", len(messages))
        return relay.owner_response(MessageBatch(messages=[
            MessageOut(id=m.message_id, received_at=m.received_at,
                       body=wire.b64url_encode(m.body)) for m in messages]), spare)

    @app.post(f"{v1}/mailboxes/{{receive_id}}/ack", response_model=AckResult,
              responses=_responses(400, 401, 413, 429, 503))
    async def ack(request: Request, receive_id: str, body: AckRequest) -> Response:
        owner, spare = await relay.authenticate(request, receive_id, await request.body())
        ids = [i for i in body.ids if wire.is_message_id(i)]
        deleted = await relay.storage.ack(owner.mailbox, ids)
        relay.metrics.add("messages_acked", deleted)
        return relay.owner_response(AckResult(deleted=deleted), spare)

    @app.put(f"{v1}/mailboxes/{{receive_id}}/key", status_code=204,
             responses=_responses(400, 401, 413, 429, 503))
    async def rotate_key(request: Request, receive_id: str, body: RotateKey) -> Response:
        owner, spare = await relay.authenticate(request, receive_id, await request.body())
        try:
            new_key = wire.parse_public_key(body.auth_key)
        except wire.ProtocolError as exc:
            raise ApiError(400, "bad_request", "auth_key is not a base64url Ed25519 key.") from exc
        await relay.storage.rotate_key(owner.mailbox, new_key)
        return relay.owner_response(None, spare, status=204)

    @app.delete(f"{v1}/mailboxes/{{receive_id}}", status_code=204,
                responses=_responses(401, 429, 503))
    async def delete_mailbox(request: Request, receive_id: str) -> Response:
        owner, spare = await relay.authenticate(request, receive_id, await request.body())
        await relay.storage.delete_mailbox(owner.mailbox)
        relay.waiters.wake(owner.mailbox)
        return relay.owner_response(None, spare, status=204)

    def body_limit(path: str) -> int:
        if path.startswith(f"{v1}/deposit/"):
            return config.max_body_bytes
        return JSON_BODY_LIMIT

    def on_limited(kind: str) -> None:
        relay.metrics.add("rate_limited" if kind == "address" else "too_large")

    app.add_middleware(
        Guard,
        address_buckets=TokenBuckets(config.requests_per_address_per_minute,
                                     config.requests_per_address_burst),
        body_limit=body_limit, trust_forwarded_for=config.trust_forwarded_for,
        on_limited=on_limited)
    return app
