"""Messaging services: queue a text, mark a conversation read, announce our profile.

Every function stores what it queues in one transaction: the message row and its outbox entry
commit together ("commit before you send"), so a crash never leaves one without the other. None of
them touches the network; the sync engine delivers the outbox.
"""

from __future__ import annotations

import secrets
from typing import Any

from ementor_desktop.crypto.envelope import MAX_IDS, MAX_TEXT_BYTES, Content
from ementor_desktop.domain.contacts import conversation_id_for
from ementor_desktop.domain.models import Contact, Message, MessageState
from ementor_desktop.domain.settings import Settings
from ementor_desktop.errors import UsageError
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault, now_ms


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
                                 idempotency_key=content.message_id, created_at=now,
                                 message_id=content.message_id)
            repos.drafts.delete(conversation)
    vault.outbox_changed()
    return message


def queue_control(repos: Repos, contact: Contact, kind: str, body: dict[str, Any],
                  now: int) -> str:
    """Queue a control envelope (receipt, read, profile, welcome) inside the caller's
    transaction; returns its message id."""
    content = Content(message_id=secrets.token_hex(16),
                      conversation_id=direct_conversation(repos, contact, now),
                      seq=0, kind=kind, sent_at=now, body=body)
    repos.outbox.enqueue(contact_id=contact.id, kind=kind, payload=content.encode(),
                         idempotency_key=content.message_id, created_at=now)
    return content.message_id


def queue_receipts(repos: Repos, contact: Contact, kind: str, message_ids: list[str],
                   now: int) -> None:
    for start in range(0, len(message_ids), MAX_IDS):
        queue_control(repos, contact, kind, {"ids": message_ids[start:start + MAX_IDS]}, now)


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
    """The conversation with a contact, oldest first (the newest `limit` if given)."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        contact = _contact(repos, contact_id)
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
            cursor = (last.sent_at, last.pk)
    if limit is not None:
        messages = messages[:limit]
    return list(reversed(messages))


def _contact(repos: Repos, contact_id: str) -> Contact:
    contact = repos.contacts.get(contact_id)
    if contact is None:
        raise UsageError("No such contact.")
    if contact.state == "blocked":
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
