"""Conversations and the sidebar's summary rows."""

from __future__ import annotations

import secrets
from typing import Any

from ementor_desktop.records import Conversation, ConversationSummary
from ementor_desktop.store.db import Database

_COLUMNS = ("c.id, c.contact_id, c.kind, c.title, c.created_at, c.last_message_at, "
            "c.unread_count, c.archived, c.muted")

# The conversation's order, latest first: the same key as MessageRepo.page (kept in step with
# it there; the index messages_in_order serves both).
_LATEST_FIRST = "m.sent_at DESC, coalesce(m.seq, 0) DESC, m.pk DESC"


def _row(row: Any) -> Conversation:
    return Conversation(id=row[0], contact_id=row[1], kind=row[2], title=row[3],
                        created_at=row[4], last_message_at=row[5], unread_count=row[6],
                        archived=bool(row[7]), muted=bool(row[8]))


class ConversationRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, conversation_id: str) -> Conversation | None:
        row = self.db.one(f"SELECT {_COLUMNS} FROM conversations c WHERE c.id = ?",
                          (conversation_id,))
        return None if row is None else _row(row)

    def direct_id(self, contact_id: str) -> str | None:
        value = self.db.scalar("SELECT id FROM conversations WHERE contact_id = ? "
                               "AND kind = 'direct'", (contact_id,))
        return None if value is None else str(value)

    def direct_with(self, contact_id: str, created_at: int,
                    conversation_id: str | None = None) -> Conversation:
        """The one direct conversation with a contact, created on first use (with the id both
        sides derive from their keys, when given)."""
        row = self.db.one(f"SELECT {_COLUMNS} FROM conversations c "
                          "WHERE c.contact_id = ? AND c.kind = 'direct'", (contact_id,))
        if row is not None:
            return _row(row)
        conversation = Conversation(id=conversation_id or secrets.token_hex(16),
                                    contact_id=contact_id, created_at=created_at)
        self.db.execute("INSERT INTO conversations(id, kind, contact_id, title, created_at) "
                        "VALUES (?, 'direct', ?, '', ?)",
                        (conversation.id, contact_id, created_at))
        return conversation

    def summaries(self, include_archived: bool = False) -> list[ConversationSummary]:
        """Sidebar rows, most recent first, each with its last message (the latest text in
        the conversation's order, see MessageRepo) and pending counts."""
        # The redundant "state IN" lets SQLite use the small partial index messages_pending
        # instead of scanning a long conversation's history.
        rows = self.db.all(
            f"SELECT {_COLUMNS}, coalesce(ct.display_name, c.title), "
            "  (SELECT body FROM messages m WHERE m.conversation_id = c.id AND m.kind = 'text' "
            f"   ORDER BY {_LATEST_FIRST} LIMIT 1), "
            "  (SELECT direction FROM messages m WHERE m.conversation_id = c.id "
            f"   AND m.kind = 'text' ORDER BY {_LATEST_FIRST} LIMIT 1), "
            "  (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id "
            "   AND m.state = 'queued' AND m.state IN ('queued', 'failed')), "
            "  (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id "
            "   AND m.state = 'failed' AND m.state IN ('queued', 'failed')) "
            "FROM conversations c LEFT JOIN contacts ct ON ct.id = c.contact_id "
            "WHERE (c.archived = 0 OR ?) AND coalesce(ct.kind, 'person') = 'person' "
            "ORDER BY coalesce(c.last_message_at, c.created_at) DESC",
            (int(include_archived),))
        return [ConversationSummary(conversation=_row(r), contact_name=r[9], last_body=r[10],
                                    last_direction=r[11], pending_count=r[12],
                                    failed_count=r[13]) for r in rows]

    def note_message(self, conversation_id: str, sent_at: int, unread: int = 0) -> None:
        """Messages arrived or were sent: move the conversation up, count the unread ones."""
        self.db.execute(
            "UPDATE conversations SET last_message_at = max(coalesce(last_message_at, 0), ?), "
            "unread_count = unread_count + ? WHERE id = ?", (sent_at, unread, conversation_id))

    def mark_read(self, conversation_id: str) -> None:
        self.db.execute("UPDATE conversations SET unread_count = 0 WHERE id = ?",
                        (conversation_id,))

    def set_archived(self, conversation_id: str, archived: bool) -> None:
        self.db.execute("UPDATE conversations SET archived = ? WHERE id = ?",
                        (int(archived), conversation_id))

    def total_unread(self) -> int:
        return int(self.db.scalar("SELECT coalesce(sum(unread_count), 0) FROM conversations "
                                  "WHERE muted = 0"))
