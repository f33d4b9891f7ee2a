"""Messaging services: queue a text, send a failed one again, delete one locally, mark a
conversation read, announce our profile.

Every function stores what it queues in one transaction: the message row and its outbox entry
commit together ("commit before you send"), so a crash never leaves one without the other. None of
them touches the network; the sync engine delivers the outbox.
"""

from __future__ import annotations

import secrets
from typing import Any

from ementor_desktop.crypto.derive import conversation_id_for
from ementor_desktop.domain.models import Contact, Message, MessageState
from ementor_desktop.domain.settings import Settings
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol.content import (
    CAPS,
    MAX_IDS,
    MAX_TEXT_BYTES,
    Content,
    understood_by,
)
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault, now_ms

HANDSHAKE_KINDS = frozenset({"hello", "welcome"})  # sent before we know what the peer speaks


def check_text(text: str) -> str:
    if not text.strip():
        raise UsageError("The message is empty.")
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise UsageError(f"The message is too long (at most {MAX_TEXT_BYTES // 1024} KiB of "
                         "text); split it into several messages.")
    return text


def send_text(vault: Vault, contact_id: str, text: str) -> Message:
    """Queue a text for a contact; returns at once, works offline."""
    check_text(text)
    with vault.mutex:
        repos = Repos.over(vault.db)
        now = now_ms()
        with vault.db.transaction():
            contact = _contact(repos, contact_id)
            conversation = direct_conversation(repos, contact, now)
            seq = repos.contacts.take_out_seq(contact.id)
            content = Content(message_id=secrets.token_hex(16), conversation_id=conversation,
                              seq=seq, kind="text", sent_at=now, body={"text": text})
            message = repos.messages.add(Message(
                id=content.message_id, conversation_id=conversation, direction="out",
                body=text, sent_at=now, state=MessageState.QUEUED, seq=seq, state_at=now))
            repos.outbox.enqueue(contact_id=contact.id, kind="text", payload=content.encode(),
                                 idempotency_key=new_idempotency_key(), created_at=now,
                                 message_id=content.message_id)
            repos.drafts.delete(conversation)
    vault.outbox_changed()
    return message


def retry_message(vault: Vault, message_id: str) -> Message:
    """Queue a failed outgoing message again. It keeps its id, sequence number and time, so the
    recipient files it in its place in the conversation and recognises a copy that did arrive
    as a duplicate; the deposit gets a fresh idempotency key. Refused for a blocked contact."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        now = now_ms()
        with vault.db.transaction():
            message = repos.messages.get(message_id)
            if message is None:
                raise UsageError("That message is no longer in this vault.")
            if message.direction != "out" or message.state is not MessageState.FAILED \
                    or message.kind != "text":
                raise UsageError("Only a message that could not be sent can be sent again.")
            conversation = repos.conversations.get(message.conversation_id)
            if conversation is None or conversation.contact_id is None:
                raise UsageError("No such contact.")
            contact = _contact(repos, conversation.contact_id)
            repos.messages.requeue_failed(message.id, now)
            if not repos.outbox.retry_message_now(message.id):  # given up: its row is gone
                content = Content(message_id=message.id, conversation_id=conversation.id,
                                  seq=message.seq or 0, kind="text", sent_at=message.sent_at,
                                  body={"text": message.body})
                repos.outbox.enqueue(contact_id=contact.id, kind="text",
                                     payload=content.encode(),
                                     idempotency_key=new_idempotency_key(), created_at=now,
                                     message_id=message.id)
            queued = repos.messages.get(message.id)
    vault.outbox_changed()
    assert queued is not None
    return queued


def delete_message_locally(vault: Vault, message_id: str) -> Message | None:
    """Remove a message from this vault only (the other person keeps their copy), with its
    search entry; one still waiting in the outbox is not sent. Returns what was deleted (None:
    it was gone already)."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        with vault.db.transaction():
            message = repos.messages.get(message_id)
            if message is None:
                return None
            repos.outbox.drop_for_message(message.id)
            repos.messages.delete_local(message)
    return message


def new_idempotency_key() -> str:
    """A random key for one outbox row's deposits (never the message id, which the recipient
    knows: the relay must not be able to link a deposit to what the recipient later says)."""
    return secrets.token_urlsafe(24)


def can_send(contact: Contact, kind: str) -> bool:
    """Whether the contact announced that it understands `kind` (protocol 1.0 peers announce
    nothing and understand text, receipts and profiles)."""
    return kind in understood_by(contact.capabilities)


def queue_control(repos: Repos, contact: Contact, kind: str, body: dict[str, Any],
                  now: int, not_before: int | None = None) -> str | None:
    """Queue a control envelope (receipt, read, profile, welcome…) inside the caller's
    transaction; returns its message id, or None if the contact would not understand it."""
    if kind not in HANDSHAKE_KINDS and not can_send(contact, kind):
        return None
    content = Content(message_id=secrets.token_hex(16),
                      conversation_id=direct_conversation(repos, contact, now),
                      seq=0, kind=kind, sent_at=now, body=body)
    repos.outbox.enqueue(contact_id=contact.id, kind=kind, payload=content.encode(),
                         idempotency_key=new_idempotency_key(), created_at=now,
                         not_before=not_before)
    return content.message_id


def queue_receipts(repos: Repos, contact: Contact, kind: str, message_ids: list[str],
                   now: int, not_before: int | None = None) -> None:
    for start in range(0, len(message_ids), MAX_IDS):
        queue_control(repos, contact, kind, {"ids": message_ids[start:start + MAX_IDS]}, now,
                      not_before)


def profile_body(repos: Repos, contact: Contact) -> dict[str, Any] | None:
    """How we present ourselves to a contact (profile, welcome): name, role, headline, and our
    capabilities if they speak protocol 1.1 (a 1.0 peer refuses fields it does not know)."""
    profile = repos.profile.get()
    if profile is None:
        return None
    body: dict[str, Any] = {"name": profile.display_name, "role": profile.role.value,
                            "headline": profile.headline}
    if contact.capabilities:
        body["caps"] = list(CAPS)
    return body


def mark_read(vault: Vault, conversation_id: str) -> int:
    """The person opened the conversation: clear unread, and tell the contact if they share
    read receipts (off by default). Returns how many messages became read."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        now = now_ms()
        with vault.db.transaction():
            conversation = repos.conversations.get(conversation_id)
            if conversation is None:
                return 0
            ids = repos.messages.mark_incoming_read(conversation_id, now)
            repos.conversations.mark_read(conversation_id)
            contact = (repos.contacts.get(conversation.contact_id)
                       if conversation.contact_id else None)
            share = Settings(repos.settings).get("read_receipts")
            if ids and share and contact is not None and contact.state == "active":
                queue_receipts(repos, contact, "read", ids, now)
    if ids and share:
        vault.outbox_changed()
    return len(ids)


def history(vault: Vault, contact_id: str, limit: int | None = None) -> list[Message]:
    """The conversation with a contact, oldest first (the newest `limit` if given); a blocked
    contact's history stays readable."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        contact = _contact(repos, contact_id, allow_blocked=True)
        conversation = direct_conversation(repos, contact, contact.created_at)
        messages: list[Message] = []
        cursor = None
        while limit is None or len(messages) < limit:
            page = repos.messages.page(conversation, before=cursor, limit=500)
            if not page:
                break
            messages.extend(page)
            last = page[-1]
            assert last.pk is not None
            cursor = repos.messages.cursor(last)
    if limit is not None:
        messages = messages[:limit]
    return list(reversed(messages))


def _contact(repos: Repos, contact_id: str, allow_blocked: bool = False) -> Contact:
    contact = repos.contacts.get(contact_id)
    if contact is None:
        raise UsageError("No such contact.")
    if contact.state == "blocked" and not allow_blocked:
        raise UsageError(f"{contact.display_name} is blocked.")
    return contact


def direct_conversation(repos: Repos, contact: Contact, now: int) -> str:
    """The id of the direct conversation with a contact. It is derived from both identity keys
    when the contact is added, and then kept: it outlives a key change."""
    existing = repos.conversations.direct_id(contact.id)
    if existing is not None:
        return existing
    derived = conversation_id_for(repos.identity.get().public.signing_key, contact.signing_key)
    return repos.conversations.direct_with(contact.id, now, derived).id
