"""Vault jobs the GUI runs on the database worker: thin calls into repositories and domain services.

Each function takes the open vault and runs on the worker thread (with `vault.mutex` held by the
worker). They return plain records, never Qt objects. The store is the only SQL.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
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


def _optional(module: str) -> ModuleType | None:
    """A core module the messaging engine adds (contacts, messaging, sync); None until it lands."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def contacts_service() -> ModuleType | None:
    return _optional("ementor_desktop.domain.contacts")


def messaging_service() -> ModuleType | None:
    return _optional("ementor_desktop.domain.messaging")


def sync_engine_module() -> ModuleType | None:
    return _optional("ementor_desktop.sync.engine")


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
    messaging = messaging_service()
    if messaging is not None and hasattr(messaging, "mark_read"):
        messaging.mark_read(vault, conversation_id)  # also sends read receipts if enabled
        return
    with vault.db.transaction():
        Repos.over(vault.db).conversations.mark_read(conversation_id)


def set_setting(vault: Vault, key: str, value: Any) -> dict[str, Any]:
    with vault.db.transaction():
        settings = Settings(Repos.over(vault.db).settings)
        settings.set(key, value)
        return settings.as_dict()


def send_text(vault: Vault, conversation_id: str, contact_id: str, text: str) -> Message:
    """Queue a message (works offline) and clear the draft. Needs the messaging engine."""
    messaging = messaging_service()
    if messaging is None:
        raise RuntimeError("the messaging engine is not installed")
    message: Message = messaging.send_text(vault, contact_id, text)
    with vault.db.transaction():
        Repos.over(vault.db).drafts.delete(conversation_id)
    return message
