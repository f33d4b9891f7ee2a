"""Plain records (profile, contact, conversation, message, draft, outbox item): a leaf, no logic.

The store fills them, sync reads them, the domain and both front ends pass them around. Records
point down, never up: this module must never import another module of ours (the `leaves` contract
in pyproject.toml keeps it so).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Role(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    COORDINATOR = "coordinator"


class MessageState(StrEnum):
    QUEUED = "queued"  # stored and in the outbox, not yet accepted by the relay
    ON_RELAY = "on_relay"  # the relay acknowledged the deposit
    DELIVERED = "delivered"  # the recipient's app sent a delivery receipt
    READ = "read"  # the recipient opened it (only if they share read receipts)
    FAILED = "failed"  # gave up: shown to the user with the reason
    RECEIVED = "received"  # an incoming message


@dataclass(frozen=True)
class Profile:
    display_name: str
    role: Role
    headline: str = ""
    bio: str = ""
    timezone: str = ""
    languages: list[str] = field(default_factory=list)
    skills: dict[str, int] = field(default_factory=dict)
    wants: dict[str, int] = field(default_factory=dict)
    working_style: dict[str, str] = field(default_factory=dict)
    updated_at: int = 0
    # The structured details (stored in `profile.details`; domain/profile.py checks them).
    availability: list[dict[str, str]] = field(default_factory=list)  # {day, start, end}
    channels: list[str] = field(default_factory=list)  # async, chat, video, phone
    cadence: str = ""  # weekly, fortnightly, monthly; "" = not said
    experience: str = ""  # new, some, experienced; "" = not said
    capacity: int | None = None  # mentees a mentor can take on; None = not said


@dataclass(frozen=True)
class Contact:
    id: str
    display_name: str
    signing_key: bytes
    box_key: bytes
    role: str = ""
    verified: bool = False
    key_change_pending: bool = False
    relay_url: str | None = None
    send_id: str | None = None
    state: str = "active"
    next_out_seq: int = 1
    profile: dict[str, Any] = field(default_factory=dict)
    created_at: int = 0
    last_seen_at: int | None = None
    capabilities: frozenset[str] = frozenset()  # kinds they announced (empty: protocol 1.0)
    pending_relay_url: str | None = None  # a move to a relay we have not used, awaiting OK
    # 'person', or 'programme': a programme's coordinator (at a participant) or a member (at the
    # coordinator), never shown among contacts, conversations or search (docs/protocol.md Part 4)
    kind: str = "person"


@dataclass(frozen=True)
class Conversation:
    id: str
    contact_id: str | None
    kind: str = "direct"
    title: str = ""
    created_at: int = 0
    last_message_at: int | None = None
    unread_count: int = 0
    archived: bool = False
    muted: bool = False


@dataclass(frozen=True)
class ConversationSummary:
    """A row of the sidebar: the conversation, who it is with, and its last message."""

    conversation: Conversation
    contact_name: str
    last_body: str | None
    last_direction: str | None
    pending_count: int  # outgoing messages still queued
    failed_count: int


@dataclass(frozen=True, slots=True)  # slots: the app may hold 100k of these
class Message:
    id: str
    conversation_id: str
    direction: str  # 'in' or 'out'
    body: str
    sent_at: int
    state: MessageState
    kind: str = "text"
    sender_id: str | None = None
    received_at: int | None = None
    seq: int | None = None
    state_at: int | None = None
    gap_before: int = 0
    pk: int | None = None  # local storage order; set once stored
    wire_id: str | None = None  # incoming: the id in the sender's envelope (receipts use it)


@dataclass(frozen=True)
class Draft:
    conversation_id: str
    body: str
    updated_at: int


@dataclass(frozen=True)
class OutboxItem:
    id: int
    contact_id: str
    kind: str
    payload: bytes
    idempotency_key: str
    attempts: int
    next_attempt_at: int
    created_at: int
    message_id: str | None = None
    last_error: str | None = None
    sealed: bytes | None = None


@dataclass(frozen=True)
class SearchHit:
    message: Message
    contact_name: str
    snippet: str  # the matching passage; matched words are between HIT_START and HIT_END
    HIT_START = "\x02"
    HIT_END = "\x03"
