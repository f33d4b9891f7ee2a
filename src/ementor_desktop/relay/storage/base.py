"""The relay's one storage interface; SQLite and PostgreSQL implement it, nothing else runs SQL.

What is stored: SHA-256 hashes of receive ids, send ids, challenges and idempotency keys (a
challenge is stored with the hash of the receive id it was issued for); the
mailbox auth public key; opaque blobs with the relay's own receive time. Never a client address,
never an id in clear, never anything about who deposited.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum

#: 1: the first schema. 2: a challenge is bound to one mailbox (stored with its receive-id hash;
#: PostgreSQL recreates its unlogged challenges table, SQLite keeps them in memory anyway).
#: 3: admission tokens issued by the operator, and the token (hash) that admitted a mailbox.
#: 4: each mailbox's message count and stored bytes, kept by triggers (PostgreSQL also gets
#: `ementor_deposit_batch` and `ementor_authenticate`: a batch of deposits, or an owner's
#: signed request, is one statement, one round trip).
SCHEMA_VERSION = 4


class DepositOutcome(Enum):
    STORED = "stored"
    DUPLICATE = "duplicate"      # same idempotency key, same body: the first answer again
    CONFLICT = "conflict"        # same idempotency key, another body
    UNKNOWN_MAILBOX = "unknown"
    MAILBOX_FULL = "full"
    CREATOR_FULL = "creator_full"  # the admitting token's byte budget is used up
    RELAY_FULL = "relay_full"      # the disk is nearly full (SQLite: below the reserve)


@dataclass(frozen=True)
class DepositResult:
    outcome: DepositOutcome
    mailbox: int = 0
    message_id: str = ""
    received_at: float = 0.0
    #: The admission-token hash that admitted the mailbox (None: admitted without one).
    creator: bytes | None = None


@dataclass(frozen=True)
class Deposit:
    send_hash: bytes
    key_hash: bytes
    body_hash: bytes
    body: bytes
    message_id: str
    now: float
    expires_at: float
    quota_messages: int
    quota_bytes: int
    #: Bytes stored per creator (admission-token hash) as the relay last counted them, and
    #: the budget of each; a deposit that would pass it is CREATOR_FULL (0 = no budget).
    creator_usage: Mapping[bytes, int] = field(default_factory=dict)
    creator_quota_bytes: int = 0


@dataclass(frozen=True)
class StoredMessage:
    message_id: str
    received_at: float
    body: bytes


@dataclass(frozen=True)
class Owner:
    mailbox: int
    auth_key: bytes


@dataclass(frozen=True)
class SweepCounts:
    messages: int = 0
    mailboxes: int = 0
    challenges: int = 0
    idempotency: int = 0


@dataclass(frozen=True)
class Usage:
    """Bytes stored: in all, and per creator (admission-token hash) of the mailboxes."""

    total_bytes: int = 0
    by_creator: dict[bytes, int] = field(default_factory=dict)


@dataclass(frozen=True)
class AdmissionToken:
    """An operator-issued admission token, as stored: only its hash, never the token."""

    token_hash: bytes
    label: str
    created_at: float
    revoked_at: float | None
    mailboxes: int
    stored_bytes: int


class StorageError(Exception):
    """The database cannot be used (unreachable, disk full, schema too new)."""


class StorageFull(StorageError):
    """The database's disk is full: nothing new can be written (deleting may still work)."""


def over_creator_budget(d: Deposit, creator: bytes | None,
                        stored_meanwhile: Mapping[bytes, int] | None = None) -> bool:
    """Whether `d` would take its creator past the budget: the relay's count, plus what was
    stored meanwhile in the same transaction (deposits committed together, whose bytes the
    relay has not counted yet)."""
    if creator is None or d.creator_quota_bytes <= 0:
        return False
    used = d.creator_usage.get(creator, 0) + (stored_meanwhile or {}).get(creator, 0)
    return used + len(d.body) > d.creator_quota_bytes


WakeCallback = Callable[[int], None]


def cap_batch(messages: Iterable[StoredMessage], max_bytes: int) -> list[StoredMessage]:
    """Oldest first, always at least one, then stop before the batch passes `max_bytes`."""
    out: list[StoredMessage] = []
    total = 0
    for message in messages:
        if out and total + len(message.body) > max_bytes:
            break
        out.append(message)
        total += len(message.body)
    return out


class Storage(abc.ABC):
    """Every method is one transaction, committed durably before it returns."""

    @abc.abstractmethod
    async def open(self, on_wake: WakeCallback) -> None:
        """Connect, migrate; call `on_wake(mailbox)` on deposits made by any relay process."""

    @abc.abstractmethod
    async def close(self) -> None: ...

    @abc.abstractmethod
    async def ping(self) -> None:
        """Raise StorageError if the database does not answer or cannot take a deposit (a full
        disk). Cheap and never queued behind other requests' work: /healthz calls it."""

    @abc.abstractmethod
    async def create_mailbox(self, receive_hash: bytes, send_hash: bytes, auth_key: bytes,
                             now: float, creator: bytes | None = None) -> None: ...

    @abc.abstractmethod
    async def deposit(self, deposit: Deposit) -> DepositResult: ...

    @abc.abstractmethod
    async def add_challenge(self, challenge_hash: bytes, receive_hash: bytes,
                            expires_at: float) -> None:
        """Store a challenge bound to the mailbox whose receive id hashes to `receive_hash`
        (whether or not that mailbox exists)."""

    @abc.abstractmethod
    async def authenticate(self, challenge_hash: bytes | None, receive_hash: bytes | None,
                           now: float, touch_every: float,
                           next_challenge: tuple[bytes, float] | None = None,
                           ) -> tuple[bool, Owner | None]:
        """One transaction for an owner command: delete the challenge (fresh = it existed, had
        not expired and was issued for `receive_hash`) and look up the mailbox's key. Records
        the use of the mailbox only when the last one recorded is over `touch_every` seconds
        old. When the challenge is fresh and the mailbox known, also stores `next_challenge`
        (hash, expiry), bound to the same mailbox: the one the answer will hand back, so a
        command costs one transaction here, not two."""

    @abc.abstractmethod
    async def fetch(self, mailbox: int, limit: int, max_bytes: int,
                    after: str | None = None) -> list[StoredMessage]:
        """Oldest first; at least one message if any, then stop before `max_bytes`. With
        `after` (a message id of this mailbox), only messages deposited after that one; an
        `after` the mailbox does not hold (acknowledged meanwhile) counts from the start."""

    @abc.abstractmethod
    async def ack(self, mailbox: int, message_ids: list[str]) -> int: ...

    @abc.abstractmethod
    async def rotate_key(self, mailbox: int, auth_key: bytes) -> None: ...

    @abc.abstractmethod
    async def delete_mailbox(self, mailbox: int) -> None: ...

    @abc.abstractmethod
    async def sweep(self, now: float, idle_before: float | None) -> SweepCounts: ...

    @abc.abstractmethod
    async def counts(self) -> dict[str, int]:
        """Totals for the metrics endpoint: mailboxes, messages, stored bytes."""

    @abc.abstractmethod
    async def usage(self) -> Usage:
        """Bytes stored in all and per creator, for the byte budgets."""

    @abc.abstractmethod
    async def add_admission_token(self, token_hash: bytes, label: str, now: float) -> None: ...

    @abc.abstractmethod
    async def admission_token_ok(self, token_hash: bytes) -> bool:
        """True for an issued token that is not revoked."""

    @abc.abstractmethod
    async def list_admission_tokens(self) -> list[AdmissionToken]: ...

    @abc.abstractmethod
    async def revoke_admission_token(self, hash_prefix: bytes, now: float) -> int:
        """Revoke the unrevoked tokens whose hash starts with `hash_prefix`; how many."""
