"""Conversation jobs the GUI runs on the database worker: the overview after unlocking, the
sidebar, pages of a conversation, drafts, search, reading and sending.

Each function takes the open vault and runs on the worker thread (with `vault.mutex` held by the
worker). They return plain records, never Qt objects; the store is the only SQL, the domain the
only rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ementor_desktop.domain.models import (
    ConversationSummary,
    Draft,
    Message,
    Profile,
    SearchHit,
)
from ementor_desktop.domain.settings import Settings
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.messages import Cursor as Cursor  # re-exported for the models:
from ementor_desktop.store.repos.messages import order_key as order_key  # the order of messages
from ementor_desktop.store.vault import Vault, now_ms


@dataclass(frozen=True)
class Overview:
    """What the main window needs right after unlocking."""

    profile: Profile | None
    summaries: list[ConversationSummary]
    settings: dict[str, Any]
    total_unread: int
    remembered: bool
    fingerprint: str = ""  # our identity's, for the account area


def overview(vault: Vault) -> Overview:
    repos = Repos.over(vault.db)
    settings = Settings(repos.settings)
    return Overview(profile=repos.profile.get(), summaries=repos.conversations.summaries(),
                    settings=settings.as_dict(), total_unread=repos.conversations.total_unread(),
                    remembered=vault.remembered,
                    fingerprint=repos.identity.get().public.fingerprint())


def summaries(vault: Vault) -> tuple[list[ConversationSummary], int]:
    repos = Repos.over(vault.db)
    return repos.conversations.summaries(), repos.conversations.total_unread()


def page(vault: Vault, conversation_id: str, before: Cursor | None,
         limit: int) -> list[Message]:
    return Repos.over(vault.db).messages.page(conversation_id, before=before, limit=limit)


def first_page(vault: Vault, conversation_id: str, limit: int) -> tuple[list[Message], int]:
    """The newest page, and the last local key stored when it was read: everything that
    arrives later has a greater one (`changes` starts there)."""
    messages = Repos.over(vault.db).messages
    return messages.page(conversation_id, limit=limit), messages.last_pk()


@dataclass(frozen=True)
class Changes:
    """What an open conversation needs after a sync or a send."""

    recent: list[Message]  # the newest messages, newest first (their states may have moved)
    arrived: list[Message]  # stored after the view's last-seen key, in arrival order
    seen_through: int  # the next `changes` starts after this key
    more: bool  # `arrived` was cut at the limit: ask again


def changes(vault: Vault, conversation_id: str, after_pk: int, recent: int,
            limit: int) -> Changes:
    messages = Repos.over(vault.db).messages
    arrived = messages.arrived_after(conversation_id, after_pk, limit)
    more = len(arrived) == limit
    # Without more to come, skip past what other conversations stored meanwhile, so the next
    # look reads only what is new (the vault's mutex keeps writers out during this job).
    seen_through = (arrived[-1].pk or after_pk) if more else max(after_pk, messages.last_pk())
    return Changes(recent=messages.page(conversation_id, limit=recent), arrived=arrived,
                   seen_through=seen_through, more=more)


def page_through(vault: Vault, message: Message, extra: int) -> list[Message]:
    """The newest messages of the conversation down to `message`, plus `extra` older ones."""
    repos = Repos.over(vault.db)
    newer = repos.messages.position(message.conversation_id, message)
    return repos.messages.page(message.conversation_id, limit=newer + 1 + extra)


def search(vault: Vault, text: str, limit: int = 100) -> list[SearchHit]:
    return Repos.over(vault.db).messages.search(text, limit=limit)


def get_draft(vault: Vault, conversation_id: str) -> Draft | None:
    return Repos.over(vault.db).drafts.get(conversation_id)


def save_draft(vault: Vault, conversation_id: str, body: str) -> None:
    db = vault.db
    with db.transaction():
        Repos.over(db).drafts.save(conversation_id, body, now_ms())


def mark_read(vault: Vault, conversation_id: str) -> None:
    """Mark read, and send read receipts if the person shares them."""
    from ementor_desktop.domain import messaging  # with the wire's schemas: not at start-up

    messaging.mark_read(vault, conversation_id)


def send_text(vault: Vault, conversation_id: str, contact_id: str, text: str) -> Message:
    """Queue a message (works offline) and clear the draft."""
    from ementor_desktop.domain import messaging

    message = messaging.send_text(vault, contact_id, text)
    with vault.db.transaction():
        Repos.over(vault.db).drafts.delete(conversation_id)
    return message


def retry_message(vault: Vault, message_id: str) -> Message:
    from ementor_desktop.domain import messaging

    return messaging.retry_message(vault, message_id)


def delete_locally(vault: Vault, message_id: str) -> Message | None:
    from ementor_desktop.domain import messaging

    return messaging.delete_message_locally(vault, message_id)
