"""The relay's HTTP API v1 (docs/protocol.md Part 1): routes, owner authentication, long-polls.

Owns request handling only. It never runs SQL (storage/ does), never logs an id, a body or a
client address, and answers every failed owner authentication with the same 401.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import math
import random
import secrets
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from ementor_desktop.crypto import mailbox_auth
from ementor_desktop.log import relay as log
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.relay.config import RelayConfig
from ementor_desktop.relay.keycheck import is_acceptable_auth_key
from ementor_desktop.relay.limits import (
    AdmissionGate,
    Gated,
    Guard,
    MemoryBudget,
    Scope,
    TokenBuckets,
    is_local_request,
    retry_after_header,
)
from ementor_desktop.relay.metrics import Metrics, RelayCollector, exposition, make_registry
from ementor_desktop.relay.storage import (
    Deposit,
    DepositOutcome,
    Owner,
    Storage,
    StorageError,
    StorageFull,
    StoredMessage,
    Usage,
    make_storage,
)

#: Bodies of JSON owner commands and mailbox creation are small.
JSON_BODY_LIMIT = 64 * 1024
ACK_MAX_IDS = 1000
TOUCH_EVERY = 3600.0
#: How long a fetch waits for answer memory (`fetch_memory_bytes`) before a 503.
FETCH_MEMORY_WAIT = 10.0
#: Long-polls at least this long are jittered (shorter ones are a person waiting, not a poller).
JITTER_FROM_SECONDS = 2.0
#: Long-polls and challenge requests in progress at once; more wait their turn in arrival
#: order (limits.AdmissionGate), so that a crowd of them cannot slow down everything else.
LONGPOLL_ADMISSIONS = 32
#: A fetch answer is written in pieces of about this size, each with its own write deadline.
ANSWER_PIECE_BYTES = 64 * 1024
#: How long /metrics reuses the database totals (the endpoint is exempt from rate limits).
METRICS_CACHE_SECONDS = 1.0
#: base64url, the alphabet only: 43 characters encode 32 bytes (canonical form checked after).
KEY_PATTERN = "^[A-Za-z0-9_-]{43}$"
#: Stable error codes (the `error` field); docs/protocol.md Part 1 §5 lists when each is used.
ERROR_CODES = ("unauthorized", "not_found", "rate_limited", "too_large", "mailbox_full",
               "creator_full", "relay_full", "conflict", "invite_required", "bad_request",
               "method_not_allowed", "unavailable")
#: Verified against when a mailbox is unknown, so that case costs the same time as a bad key
#: (a real key: libsodium rejects degenerate keys early, which would show in the timing).
_DUMMY_KEY = mailbox_auth.random_public_key()


# ---- JSON shapes (the OpenAPI document is generated from these) ----

class ErrorBody(BaseModel):
    error: str = Field(description="A stable code: " + ", ".join(ERROR_CODES))
    message: str


class CreateMailbox(BaseModel):
    auth_key: str = Field(min_length=43, max_length=43, pattern=KEY_PATTERN,
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
    auth_key: str = Field(min_length=43, max_length=43, pattern=KEY_PATTERN)


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


def _relay_full() -> ApiError:
    return ApiError(429, "relay_full", "The relay holds all the bytes it allows; try again "
                                       "later.", {"Retry-After": "300"})


def _auth_key(text: str) -> bytes:
    """A mailbox auth key from the wire: canonical base64url of a real Ed25519 point, not
    one of small order (relay/keycheck.py), else 400."""
    try:
        key = wire.parse_public_key(text)
    except wire.ProtocolError as exc:
        raise ApiError(400, "bad_request", "auth_key is not a base64url Ed25519 key.") from exc
    if not is_acceptable_auth_key(key):
        raise ApiError(400, "bad_request",
                       "auth_key is not a usable Ed25519 public key (low order or no point).")
    return key


def _responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {s: {"model": ErrorBody} for s in statuses}


# ---- relay state ----

class LongPoll:
    """One waiting fetch: woken by a deposit, by shutdown, by its client hanging up, or by a
    newer long-poll of the same mailbox (which supersedes it: one long-poll per mailbox is
    held). Waiting costs one future and one timer, not a task."""

    __slots__ = ("_future", "_woken", "superseded")

    def __init__(self) -> None:
        self.superseded = False
        self._woken = False
        self._future: asyncio.Future[None] | None = None

    def wake(self, *_: object) -> None:
        self._woken = True
        if self._future is not None and not self._future.done():
            self._future.set_result(None)

    def take_wake(self) -> bool:
        """Whether it was woken since last asked."""
        woken, self._woken = self._woken, False
        return woken

    async def sleep(self, seconds: float) -> None:
        """Until woken (at once if it was already) or `seconds` have passed."""
        if self._woken:
            return
        loop = asyncio.get_running_loop()
        future = self._future = loop.create_future()
        timer = loop.call_later(seconds, _resolve, future)
        try:
            await future
        finally:
            timer.cancel()
            self._future = None


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class Waiters:
    """Long-polls waiting in this process: one per mailbox (by row number), counted per client
    address (keyed hash) so one address cannot hold them all."""

    def __init__(self) -> None:
        self._polls: dict[int, LongPoll] = {}
        self._per_address: dict[bytes, int] = {}
        self.stopping = False

    def room_for(self, address: bytes, per_address: int, total: int) -> bool:
        return (len(self._polls) < total
                and self._per_address.get(address, 0) < per_address)

    @contextlib.contextmanager
    def register(self, mailbox: int, address: bytes = b"") -> Iterator[LongPoll]:
        poll = LongPoll()
        if self.stopping:
            poll.wake()
        older = self._polls.get(mailbox)
        if older is not None:
            older.superseded = True
            older.wake()
        self._polls[mailbox] = poll
        self._per_address[address] = self._per_address.get(address, 0) + 1
        try:
            yield poll
        finally:
            if self._polls.get(mailbox) is poll:
                del self._polls[mailbox]
            left = self._per_address[address] - 1
            if left:
                self._per_address[address] = left
            else:
                del self._per_address[address]

    def wake(self, mailbox: int) -> None:
        """Wake one mailbox's long-poll; mailbox 0 wakes every one."""
        polls = list(self._polls.values()) if mailbox == 0 else [
            p for p in (self._polls.get(mailbox),) if p is not None]
        for poll in polls:
            poll.wake()

    def stop(self) -> None:
        self.stopping = True
        self.wake(0)

    def __len__(self) -> int:
        return len(self._polls)


class SpareChallenges:
    """Challenges kept in this process's memory when the database cannot store one (a full
    disk), so owners can still authenticate and acknowledge to make room. Bounded; each is
    bound to its mailbox and single-use like any other."""

    def __init__(self, max_entries: int = 100_000) -> None:
        self._entries: OrderedDict[bytes, tuple[bytes, float]] = OrderedDict()
        self._max = max_entries

    def add(self, challenge_hash: bytes, receive_hash: bytes, expires_at: float) -> None:
        self._entries[challenge_hash] = (receive_hash, expires_at)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)

    def consume(self, challenge_hash: bytes) -> tuple[bytes, float] | None:
        return self._entries.pop(challenge_hash, None)


class UsageTally:
    """Bytes stored, in all and per creator: the database's totals as last counted (every
    `usage_refresh_seconds`) plus this process's own deposits since.

    A deposit that commits while the count is being read may or may not be in it: the bytes
    this process added meanwhile are kept on top of the new count (`counting` and `counted`),
    so a deposit is never forgotten by the count; such a deposit is counted twice until the
    next count, which errs on the side of refusing. Deposits committed together count each
    other in storage; those stored before their answers were counted here may pass a creator's
    budget by at most what the storage commits together (docs/protocol.md Part 1 §8)."""

    def __init__(self) -> None:
        self.total = 0
        self.by_creator: dict[bytes, int] = {}
        self.counted_at = -math.inf
        self._added = 0  # bytes this process ever added: what a count in progress may miss
        self._added_by_creator: dict[bytes, int] = {}

    def counting(self) -> tuple[int, dict[bytes, int]]:
        """Mark the start of a count (before reading the database)."""
        return self._added, dict(self._added_by_creator)

    def counted(self, usage: Usage, at: float, mark: tuple[int, dict[bytes, int]]) -> None:
        """The database's count, read after `mark = counting()`, plus what was added since."""
        added, by_creator = mark
        self.total = usage.total_bytes + self._added - added
        self.by_creator = dict(usage.by_creator)
        for creator, size in self._added_by_creator.items():
            extra = size - by_creator.get(creator, 0)
            if extra:
                self.by_creator[creator] = self.by_creator.get(creator, 0) + extra
        self.counted_at = at

    def reset(self, usage: Usage, at: float) -> None:
        """A count read with no deposit in flight (tests, start-up)."""
        self.counted(usage, at, self.counting())

    def add(self, creator: bytes | None, size: int) -> None:
        self.total += size
        self._added += size
        if creator is not None:
            self.by_creator[creator] = self.by_creator.get(creator, 0) + size
            self._added_by_creator[creator] = self._added_by_creator.get(creator, 0) + size


class Relay:
    """Everything a request handler needs, built once per process."""

    def __init__(self, config: RelayConfig, storage: Storage,
                 clock: Callable[[], float] = time.time) -> None:
        self.config = config
        self.storage = storage
        self.clock = clock
        self.metrics = Metrics()
        self.metrics_registry = make_registry(RelayCollector(
            self.metrics.counters, lambda: self._metrics_cache[1], lambda: len(self.waiters)))
        self.waiters = Waiters()
        self.deposit_buckets = TokenBuckets(config.deposits_per_mailbox_per_minute,
                                            config.deposits_per_mailbox_burst)
        self.owner_buckets = TokenBuckets(config.owner_commands_per_mailbox_per_minute,
                                          config.owner_commands_per_mailbox_burst)
        self.creation_buckets = TokenBuckets(config.mailboxes_per_address_per_minute,
                                             config.mailboxes_per_address_burst)
        self.deposit_byte_buckets = TokenBuckets(config.deposit_bytes_per_address_per_minute,
                                                 config.deposit_bytes_per_address_burst)
        self.answer_memory = MemoryBudget(config.fetch_memory_bytes)
        self.longpoll_gate = AdmissionGate(LONGPOLL_ADMISSIONS)
        self.spare_challenges = SpareChallenges()
        self.usage = UsageTally()
        self._metrics_cache: tuple[float, dict[str, int]] = (-math.inf, {})
        self._invites = [t.encode() for t in config.invite_tokens]
        idle = config.mailbox_idle_ttl_seconds
        #: How stale a mailbox's recorded last use may get: an hour, or less for short idle TTLs.
        self.touch_every = min(TOUCH_EVERY, idle / 10) if idle else TOUCH_EVERY
        self._random = bytearray()  # for message ids (`new_message_id`)

    def new_message_id(self) -> str:
        """A fresh random message id (as `wire.new_message_id`), from random bytes read from
        the system a few hundred ids at a time: one system call per id cost the busy event
        loop its hold on the interpreter, which the storage thread then took."""
        if len(self._random) < wire.MESSAGE_ID_BYTES:
            self._random = bytearray(secrets.token_bytes(256 * wire.MESSAGE_ID_BYTES))
        raw = bytes(self._random[-wire.MESSAGE_ID_BYTES:])
        del self._random[-wire.MESSAGE_ID_BYTES:]
        return wire.b64url_encode(raw)

    async def admit(self, token: str | None) -> tuple[bool, bytes | None]:
        """(admitted, creator): whether a mailbox may be created with this admission token,
        and the token's hash (the mailbox's creator, for its byte budget) if it is valid."""
        creator = None
        if token:
            given = token.encode()
            # Compare with every configured token, so the time says nothing about which is
            # close; tokens issued by `ementor-relay tokens issue` are looked up by hash.
            configured = any([hmac.compare_digest(given, t) for t in self._invites])
            digest = hashlib.sha256(given).digest()
            if configured or await self.storage.admission_token_ok(digest):
                creator = digest
        return (creator is not None or not self.config.admission_required), creator

    async def issue_challenge(self, receive_id: str) -> str:
        """A fresh challenge bound to mailbox `receive_id`: it authenticates a command on that
        mailbox only. Issued the same way whether or not the mailbox exists (and even for a
        malformed id, bound then to a random value), so asking cannot probe for mailboxes."""
        challenge = wire.new_id()
        expires_at = self.clock() + self.config.challenge_ttl_seconds
        try:
            await self.storage.add_challenge(wire.id_hash(challenge),
                                             _receive_hash(receive_id), expires_at)
        except StorageFull:
            self.spare_challenges.add(wire.id_hash(challenge), _receive_hash(receive_id),
                                      expires_at)
        return challenge

    def stop_long_polls(self) -> None:
        """On shutdown: answer every waiting long-poll at once, and the ones still waiting for
        their turn (503), so that none holds the process up."""
        self.waiters.stop()
        self.longpoll_gate.stop()

    async def refresh_usage(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self.usage.counted_at >= self.config.usage_refresh_seconds:
            mark = self.usage.counting()
            self.usage.counted(await self.storage.usage(), now, mark)

    async def database_counts(self) -> dict[str, int]:
        at, counts = self._metrics_cache
        if time.monotonic() - at >= METRICS_CACHE_SECONDS:
            counts = await self.storage.counts()
            self._metrics_cache = (time.monotonic(), counts)
        return counts

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
        next_expiry = now + self.config.challenge_ttl_seconds
        challenge_hash = wire.id_hash(auth.challenge) if auth else None
        spare = self.spare_challenges.consume(challenge_hash) if challenge_hash else None
        if spare is not None:  # issued from memory while the disk was full
            challenge_hash = None
        # `fresh` only if the challenge was issued for this very mailbox (and is unexpired);
        # the next challenge is bound to the same mailbox.
        try:
            fresh, owner = await self.storage.authenticate(
                challenge_hash, receive_hash, now, self.touch_every,
                (wire.id_hash(next_challenge), next_expiry))
        except StorageFull:
            # A full disk must not lock owners out: they free space by acknowledging. Again
            # without writing anything new (no last-use time, the next challenge in memory).
            fresh, owner = await self.storage.authenticate(
                challenge_hash, receive_hash, now, math.inf, None)
            if receive_hash is not None:
                self.spare_challenges.add(wire.id_hash(next_challenge), receive_hash,
                                          next_expiry)
        if spare is not None:
            fresh = (spare[1] > now and receive_hash is not None
                     and hmac.compare_digest(spare[0], receive_hash))
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


@dataclass
class Batch:
    """Messages read for one fetch answer, and the answer memory they hold until it is sent."""

    messages: list[StoredMessage]
    grant: int


async def _read_batch(relay: Relay, mailbox: int, limit: int, after: str | None) -> Batch:
    """Read what waits, within the memory all answers of this process may hold at once."""
    config = relay.config
    grant = await relay.answer_memory.acquire(config.fetch_max_bytes, config.max_body_bytes,
                                              FETCH_MEMORY_WAIT)
    if grant is None:
        raise ApiError(503, "unavailable", "The relay is busy; try again shortly.",
                       {"Retry-After": "5"})
    try:
        messages = await relay.storage.fetch(mailbox, limit, grant, after)
    except BaseException:
        relay.answer_memory.release(grant)
        raise
    used = min(grant, sum(len(m.body) for m in messages))
    if used < grant:
        relay.answer_memory.release(grant - used)
    return Batch(messages, used)


async def _long_poll(relay: Relay, request: Request, mailbox: int, limit: int,
                     wait: float, after: str | None) -> Batch:
    """Wait up to `wait` seconds for a deposit; give up early if the client goes away or a
    newer long-poll of the same mailbox takes this one's place. On shutdown, answer at once
    with an empty list (fetching never deletes: the client fetches again later)."""
    deadline = time.monotonic() + wait
    with relay.waiters.register(mailbox, request.state.address_key) as poll:
        # Read after registering, so a deposit in between is not missed.
        batch = await _read_batch(relay, mailbox, limit, after)
        _give_turn_back(request)  # from here on it mostly waits
        if batch.messages:
            return batch
        # The body is read already, so the next ASGI message is the client hanging up.
        gone = asyncio.ensure_future(request.receive())
        gone.add_done_callback(poll.wake)
        try:
            while True:
                if relay.waiters.stopping:
                    return batch
                if poll.superseded:
                    relay.metrics.add("longpolls_superseded")
                    return batch
                if gone.done():
                    if _hung_up(gone):
                        relay.metrics.add("longpolls_abandoned")
                        return batch
                    gone = asyncio.ensure_future(request.receive())
                    gone.add_done_callback(poll.wake)
                if poll.take_wake():
                    batch = await _read_batch(relay, mailbox, limit, after)
                    if batch.messages:
                        return batch
                    continue  # woken for another reason, or the message was taken already
                left = deadline - time.monotonic()
                if left <= 0:
                    # Answering is work too, and thousands of waits may run out together:
                    # take a turn like the admissions (none once the relay stops).
                    await _take_turn(request)
                    if poll.take_wake() and not relay.waiters.stopping:
                        # Woken while it waited for that turn: what came is answered now.
                        batch = await _read_batch(relay, mailbox, limit, after)
                    return batch
                await poll.sleep(left)
        finally:
            gone.remove_done_callback(poll.wake)
            gone.cancel()


def _hung_up(gone: asyncio.Future[Any]) -> bool:
    if gone.cancelled() or gone.exception() is not None:
        return True
    return bool(gone.result().get("type") == "http.disconnect")


def _give_turn_back(request: Request) -> None:
    turn = getattr(request.state, "turn", None)
    if turn is not None:
        turn.done()


async def _take_turn(request: Request) -> None:
    turn = getattr(request.state, "turn", None)
    if turn is not None:
        await turn.take()


# What json.dumps does with a string (the same C function), without its per-call set-up.
_json_string = json.encoder.encode_basestring_ascii


class BatchAnswer(Response):
    """A fetch answer, sent message by message with a deadline on each write: a client that
    stops reading is dropped after `write_timeout_seconds` and the memory it held is given
    back, instead of holding up to `fetch_max_bytes` for as long as it likes."""

    media_type = "application/json"

    def __init__(self, relay: Relay, batch: Batch, next_challenge: str) -> None:
        super().__init__(status_code=200, headers={
            wire.NEXT_CHALLENGE_HEADER: next_challenge, "Cache-Control": "no-store"})
        self._relay = relay
        self._batch = batch
        heads = []
        length = len(b'{"messages":[]}') + max(0, len(batch.messages) - 1)
        for m in batch.messages:  # as json.dumps writes them, at a fraction of its cost
            head = (f'{{"id":{_json_string(m.message_id)},'
                    f'"received_at":{float(m.received_at)!r},"body":"').encode()
            heads.append(head)
            length += len(head) + (4 * len(m.body) + 2) // 3 + len(b'"}')
        self._heads = heads
        self.headers["content-length"] = str(length)

    def _chunks(self) -> Iterator[bytes]:
        yield b'{"messages":['
        for i, (head, message) in enumerate(zip(self._heads, self._batch.messages,
                                                strict=True)):
            sep = b"," if i else b""
            yield sep + head + wire.b64url_encode_ascii(message.body) + b'"}'
        yield b"]}"

    def _pieces(self) -> Iterator[bytes]:
        """The chunks joined into pieces of about ANSWER_PIECE_BYTES (an empty answer is one)."""
        piece: list[bytes] = []
        size = 0
        for chunk in self._chunks():
            piece.append(chunk)
            size += len(chunk)
            if size >= ANSWER_PIECE_BYTES:
                yield b"".join(piece)
                piece, size = [], 0
        if piece:
            yield b"".join(piece)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        timeout = self._relay.config.write_timeout_seconds
        loop = asyncio.get_running_loop()
        try:
            # One deadline, moved on before each write: no task per write.
            async with asyncio.timeout_at(loop.time() + timeout) as deadline:
                await send({"type": "http.response.start", "status": self.status_code,
                            "headers": self.raw_headers})
                pieces = self._pieces()
                piece = next(pieces)
                for following in pieces:
                    deadline.reschedule(loop.time() + timeout)
                    await send({"type": "http.response.body", "body": piece, "more_body": True})
                    piece = following
                deadline.reschedule(loop.time() + timeout)
                await send({"type": "http.response.body", "body": piece})
        except TimeoutError:
            # Returning without finishing makes the server close the connection.
            self._relay.metrics.add("slow_readers_dropped")
            log.info("fetch: a client read nothing for %.0f s; its answer was dropped", timeout)
        finally:
            self._batch.messages = []
            self._relay.answer_memory.release(self._batch.grant)


async def _sweeper(relay: Relay) -> None:
    while True:
        try:
            await relay.sweep_once()
        except StorageError as exc:
            log.warning("sweeper: %s", exc)
        await asyncio.sleep(relay.config.sweep_interval_seconds)


async def _usage_counter(relay: Relay) -> None:
    """Counts the bytes stored (in all, per creator) for the byte budgets, now and then."""
    while True:
        try:
            await relay.refresh_usage(force=True)
        except StorageError as exc:
            log.warning("usage: %s", exc)
        await asyncio.sleep(relay.config.usage_refresh_seconds)


# ---- the application ----

def create_app(config: RelayConfig, storage: Storage | None = None,
               clock: Callable[[], float] = time.time,
               on_ready: Callable[[], None] | None = None) -> FastAPI:
    """The relay as an ASGI app; `on_ready` is called once storage is open and it can serve."""
    relay = Relay(config, storage or make_storage(
        config.db, config.postgres_pool_size, disk_reserve_bytes=config.disk_reserve_bytes,
        low_water_bytes=config.disk_reserve_bytes), clock)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await relay.storage.open(relay.waiters.wake)
        tasks = [asyncio.create_task(_sweeper(relay), name="relay-sweeper")]
        if config.max_stored_bytes or config.creator_quota_bytes:
            tasks.append(asyncio.create_task(_usage_counter(relay), name="relay-usage"))
        log.info("relay: ready (%s storage; admission %s)",
                 "postgresql" if config.uses_postgres else "sqlite",
                 "by token" if config.admission_required else "open to anyone")
        if not config.admission_required and config.admission == "auto":
            log.info("relay: anyone who reaches this relay can create mailboxes (it listens "
                        "on loopback only); if a proxy exposes it, set admission = \"tokens\"")
        if on_ready is not None:
            on_ready()
        try:
            yield
        finally:
            relay.stop_long_polls()
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await relay.storage.close()
            log.info("relay: stopped")

    docs = config.docs_enabled
    app = FastAPI(
        docs_url="/docs" if docs else None, redoc_url="/redoc" if docs else None,
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

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 400:
            # FastAPI's "There was an error parsing the body": a JSON body that is not UTF-8.
            # Not JSON, so a shape error like any other (422), before any signature check.
            return JSONResponse({"detail": [{"loc": ["body"], "msg": "JSON must be UTF-8",
                                             "type": "json_invalid"}]}, status_code=422)
        # Unknown paths and wrong methods: the documented shape, never {"detail": …}.
        code = {404: "not_found", 405: "method_not_allowed"}.get(
            exc.status_code, "bad_request" if exc.status_code < 500 else "unavailable")
        message = {404: "There is no such endpoint.",
                   405: "This endpoint does not take that method."}.get(
            exc.status_code, "The request was refused.")
        return JSONResponse({"error": code, "message": message}, status_code=exc.status_code,
                            headers=dict(exc.headers or {}))

    @app.exception_handler(StorageError)
    async def storage_error(request: Request, exc: StorageError) -> Response:
        log.error("storage: %s", exc)
        return JSONResponse({"error": "unavailable",
                             "message": "The relay's storage is unavailable; try again later."},
                            status_code=503, headers={"Retry-After": "5"})

    v1 = wire.PREFIX

    @app.get("/healthz", response_model=Health, responses=_responses(503),
             summary="200 while the relay can take deposits; 503 when its storage is down or "
                     "full. Not rate-limited.")
    async def healthz() -> Health:
        await relay.storage.ping()
        return Health(status="ok", api=wire.API_VERSION)

    @app.get("/metrics", response_class=PlainTextResponse, responses=_responses(404),
             summary="Counts only, in the Prometheus text format (by default to this "
                     "computer only). Not rate-limited.")
    async def metrics(request: Request) -> Response:
        if not config.metrics_enabled or (config.metrics_loopback_only
                                          and not is_local_request(request.scope)):
            raise ApiError(404, "not_found", "Metrics are disabled on this relay.")
        await relay.database_counts()  # refreshes the totals the collector reads
        body, content_type = exposition(relay.metrics_registry, request.headers.get("accept"))
        return Response(body, media_type=content_type)

    @app.post(f"{v1}/mailboxes", status_code=201, response_model=MailboxCreated,
              responses=_responses(400, 403, 413, 429, 503))
    async def create_mailbox(request: Request, body: CreateMailbox) -> MailboxCreated:
        wait = relay.creation_buckets.take(request.state.address_key)
        if wait > 0:
            relay.metrics.add("rate_limited")
            raise ApiError(429, "rate_limited", "Too many new mailboxes from this address.",
                           {"Retry-After": retry_after_header(wait)})
        admitted, creator = await relay.admit(body.invite)
        if not admitted:
            raise ApiError(403, "invite_required",
                           "This relay needs a valid invite token to create a mailbox.")
        auth_key = _auth_key(body.auth_key)
        receive_id, send_id = wire.new_id(), wire.new_id()
        await relay.storage.create_mailbox(wire.id_hash(receive_id), wire.id_hash(send_id),
                                           auth_key, relay.clock(), creator)
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
        wait = relay.deposit_byte_buckets.take(request.state.address_key, max(1, len(body)))
        if wait > 0:
            relay.metrics.add("rate_limited")
            raise ApiError(429, "rate_limited", "Too many bytes deposited from this address.",
                           {"Retry-After": retry_after_header(wait)})
        if config.max_stored_bytes and (
                relay.usage.total + len(body) > config.max_stored_bytes):
            relay.metrics.add("relay_full")
            raise _relay_full()
        now = relay.clock()
        assert key is not None
        result = await relay.storage.deposit(Deposit(
            send_hash=send_hash, key_hash=hashlib.sha256(key.encode()).digest(),
            body_hash=hashlib.sha256(body).digest(), body=body,
            message_id=relay.new_message_id(), now=now,
            expires_at=now + config.message_ttl_seconds,
            quota_messages=config.quota_messages, quota_bytes=config.quota_bytes,
            creator_usage=relay.usage.by_creator,
            creator_quota_bytes=config.creator_quota_bytes))
        if result.outcome is DepositOutcome.UNKNOWN_MAILBOX:
            raise not_found()
        if result.outcome is DepositOutcome.MAILBOX_FULL:
            relay.metrics.add("mailbox_full")
            raise ApiError(429, "mailbox_full",
                           "The mailbox is full; its owner has not fetched for a while.",
                           {"Retry-After": "300"})
        if result.outcome is DepositOutcome.CREATOR_FULL:
            relay.metrics.add("creator_full")
            raise ApiError(429, "creator_full",
                           "The mailboxes admitted with this mailbox's admission token hold "
                           "all the bytes the relay allows them; try again later.",
                           {"Retry-After": "300"})
        if result.outcome is DepositOutcome.RELAY_FULL:
            relay.metrics.add("relay_full")
            raise _relay_full()
        if result.outcome is DepositOutcome.CONFLICT:
            raise ApiError(409, "conflict",
                           "This Idempotency-Key was already used with another body.")
        headers = {}
        if result.outcome is DepositOutcome.DUPLICATE:
            relay.metrics.add("duplicates")
            headers[wire.DUPLICATE_HEADER] = "1"
        else:
            relay.metrics.add("deposits")
            relay.usage.add(result.creator, len(body))
            relay.waiters.wake(result.mailbox)
        # The DepositReceipt shape, without building the model: this is the relay's busiest answer.
        return JSONResponse({"message_id": result.message_id, "received_at": result.received_at},
                            status_code=201, headers=headers)

    @app.get(f"{v1}/mailboxes/{{receive_id}}/messages", response_model=MessageBatch,
             responses=_responses(401, 429, 503))  # the answer is streamed (BatchAnswer)
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
        if wait > 0 and not relay.waiters.room_for(request.state.address_key,
                                                   config.longpolls_per_address,
                                                   config.longpolls_max):
            # Before authentication, so the challenge is not used up.
            relay.metrics.add("rate_limited")
            raise ApiError(429, "rate_limited", "Too many long-polls from this address.",
                           {"Retry-After": retry_after_header(5 + 10 * random.random())})  # noqa: S311
        owner, spare = await relay.authenticate(request, receive_id, await request.body())
        relay.metrics.add("fetches")
        if after is not None and not wire.is_message_id(after):
            after = None  # like an id the mailbox does not hold: from the start
        if wait > 0 and not relay.waiters.stopping:
            if wait >= JITTER_FROM_SECONDS:
                # Ends at a random point of the wait's last part, so re-polls spread out.
                wait *= 1.0 - config.longpoll_jitter * random.random()  # noqa: S311
            batch = await _long_poll(relay, request, owner.mailbox, limit, wait, after)
        else:
            batch = await _read_batch(relay, owner.mailbox, limit, after)
        relay.metrics.add("messages_delivered", len(batch.messages))
        return BatchAnswer(relay, batch, spare)

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
        await relay.storage.rotate_key(owner.mailbox, _auth_key(body.auth_key))
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

    def takes_turns(scope: Scope) -> bool:
        """What thousands of clients do together after a restart or at the end of their waits:
        long-polls (GET …/messages with a `wait` other than 0) and asking for a challenge.
        Deposits, acknowledgements and health checks never wait for a turn."""
        path = scope["path"]
        if not path.startswith(f"{v1}/mailboxes/"):
            return False
        if scope.get("method") == "POST":
            return bool(path.endswith(wire.CHALLENGE_PATH))
        if scope.get("method") != "GET" or not path.endswith("/messages"):
            return False
        for name, value in parse_qsl(scope.get("query_string", b"").decode("latin-1")):
            if name == "wait":
                with contextlib.suppress(ValueError):
                    return float(value) > 0
        return False

    # Added first, so it runs inside the Guard: rate limits and body limits come before a
    # request waits for its turn.
    app.add_middleware(Gated, gate=relay.longpoll_gate, selects=takes_turns)
    app.add_middleware(
        Guard,
        address_buckets=TokenBuckets(config.requests_per_address_per_minute,
                                     config.requests_per_address_burst),
        body_limit=body_limit, trust_forwarded_for=config.trust_forwarded_for,
        on_limited=on_limited)
    return app
