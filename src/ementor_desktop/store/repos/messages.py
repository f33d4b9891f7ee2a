"""Messages, keyset paging for long conversations, and full-text search (FTS5, in the vault)."""

from __future__ import annotations

import dataclasses
from typing import Any

from ementor_desktop.domain.models import Message, MessageState, SearchHit
from ementor_desktop.store.db import Database
from ementor_desktop.store.repos.conversations import ConversationRepo

_COLUMNS = ("m.pk, m.id, m.conversation_id, m.direction, m.sender_id, m.kind, m.body, "
            "m.sent_at, m.received_at, m.seq, m.state, m.state_at, m.gap_before")

Cursor = tuple[int, int]  # (sent_at, pk) of the oldest message already loaded


def _row(row: Any) -> Message:
    return Message(pk=row[0], id=row[1], conversation_id=row[2], direction=row[3],
                   sender_id=row[4], kind=row[5], body=row[6], sent_at=row[7],
                   received_at=row[8], seq=row[9], state=MessageState(row[10]),
                   state_at=row[11], gap_before=row[12])


def fts_query(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word must match, the last as a
    prefix (search as you type). Operators and quotes typed by the user are taken literally."""
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


class MessageRepo:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._conversations = ConversationRepo(db)

    def add(self, message: Message, note_conversation: bool = True) -> Message:
        """Store a message and (unless the caller does it for a whole batch with
        `ConversationRepo.note_message`) update its conversation. Call inside a transaction.
        Returns the stored message with its local `pk`.
        """
        stored = self.add_if_new(message, note_conversation)
        if stored is None:
            raise KeyError(f"message id already stored: {message.id}")
        return stored

    def add_if_new(self, message: Message, note_conversation: bool = True) -> Message | None:
        """Like `add`, but None (and nothing written) if a message with that id exists."""
        pk = self.db.scalar(
            "INSERT OR IGNORE INTO messages(id, conversation_id, direction, sender_id, kind, "
            "body, sent_at, received_at, seq, state, state_at, gap_before) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk",
            (message.id, message.conversation_id, message.direction, message.sender_id,
             message.kind, message.body, message.sent_at, message.received_at, message.seq,
             message.state.value, message.state_at, message.gap_before))
        if pk is None:
            return None
        if note_conversation:
            self._conversations.note_message(message.conversation_id, message.sent_at,
                                             unread=1 if message.direction == "in" else 0)
        return dataclasses.replace(message, pk=int(pk))

    def delete(self, message_id: str) -> None:
        self.db.execute("DELETE FROM messages WHERE id = ?", (message_id,))

    def get(self, message_id: str) -> Message | None:
        row = self.db.one(f"SELECT {_COLUMNS} FROM messages m WHERE m.id = ?", (message_id,))
        return None if row is None else _row(row)

    def page(self, conversation_id: str, before: Cursor | None = None,
             limit: int = 100) -> list[Message]:
        """Up to `limit` messages older than `before`, newest first (keyset paging)."""
        if before is None:
            rows = self.db.all(
                f"SELECT {_COLUMNS} FROM messages m WHERE m.conversation_id = ? "
                "ORDER BY m.sent_at DESC, m.pk DESC LIMIT ?", (conversation_id, limit))
        else:
            rows = self.db.all(
                f"SELECT {_COLUMNS} FROM messages m WHERE m.conversation_id = ? "
                "AND (m.sent_at, m.pk) < (?, ?) ORDER BY m.sent_at DESC, m.pk DESC LIMIT ?",
                (conversation_id, before[0], before[1], limit))
        return [_row(r) for r in rows]

    def count(self, conversation_id: str) -> int:
        return int(self.db.scalar("SELECT count(*) FROM messages WHERE conversation_id = ?",
                                  (conversation_id,)))

    def position(self, conversation_id: str, message: Message) -> int:
        """How many messages of the conversation are newer than `message` (to jump to it)."""
        assert message.pk is not None
        return int(self.db.scalar(
            "SELECT count(*) FROM messages WHERE conversation_id = ? AND (sent_at, pk) > (?, ?)",
            (conversation_id, message.sent_at, message.pk)))

    def set_gap(self, sender_id: str, seq: int, gap_before: int) -> None:
        self.db.execute("UPDATE messages SET gap_before = ? WHERE sender_id = ? AND seq = ? "
                        "AND direction = 'in'", (gap_before, sender_id, seq))

    def mark_incoming_read(self, conversation_id: str, at: int) -> list[str]:
        """Mark unread incoming messages read (state_at = when); return their ids."""
        ids = [r[0] for r in self.db.all(
            "SELECT id FROM messages WHERE conversation_id = ? AND direction = 'in' "
            "AND state_at IS NULL ORDER BY pk", (conversation_id,))]
        if ids:
            self.db.execute("UPDATE messages SET state_at = ? WHERE conversation_id = ? "
                            "AND direction = 'in' AND state_at IS NULL", (at, conversation_id))
        return ids

    def outgoing_to(self, message_ids: list[str], contact_id: str) -> list[str]:
        """Those of `message_ids` that we sent in the direct conversation with `contact_id`."""
        if not message_ids:
            return []
        marks = ",".join("?" * len(message_ids))
        return [r[0] for r in self.db.all(
            f"SELECT m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            f"WHERE m.id IN ({marks}) AND m.direction = 'out' AND c.contact_id = ?",
            (*message_ids, contact_id))]

    def set_state(self, message_id: str, state: MessageState, at: int) -> bool:
        """Move an outgoing message forward (queued → on relay → delivered → read); never back."""
        order = ["queued", "failed", "on_relay", "delivered", "read"]
        allowed_from = order[:order.index(state.value)] if state.value in order else []
        if state is MessageState.FAILED:
            allowed_from = ["queued"]
        if not allowed_from:
            return False
        marks = ",".join("?" * len(allowed_from))
        cur = self.db.execute(
            f"UPDATE messages SET state = ?, state_at = ? WHERE id = ? AND direction = 'out' "
            f"AND state IN ({marks})", (state.value, at, message_id, *allowed_from))
        return bool(cur.rowcount)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Messages containing every word (the last one as a prefix), most recently stored
        first, each with a snippet whose matched words are marked."""
        query = fts_query(text)
        if query is None:
            return []
        rows = self.db.all(
            f"SELECT {_COLUMNS}, coalesce(ct.display_name, c.title), "
            "snippet(messages_fts, 0, char(2), char(3), '…', 12) "
            "FROM messages_fts JOIN messages m ON m.pk = messages_fts.rowid "
            "JOIN conversations c ON c.id = m.conversation_id "
            "LEFT JOIN contacts ct ON ct.id = c.contact_id "
            # rowid order lets FTS5 walk its index backwards and stop after `limit` hits
            "WHERE messages_fts MATCH ? ORDER BY messages_fts.rowid DESC LIMIT ?",
            (query, limit))
        return [SearchHit(message=_row(r), contact_name=r[13], snippet=r[14]) for r in rows]
