"""Messages, keyset paging for long conversations, and full-text search (FTS5, in the vault)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ementor_desktop.records import Message, MessageState, SearchHit
from ementor_desktop.store.db import Database
from ementor_desktop.store.repos.conversations import ConversationRepo

_COLUMNS = ("m.pk, m.id, m.conversation_id, m.direction, m.sender_id, m.kind, m.body, "
            "m.sent_at, m.received_at, m.seq, m.state, m.state_at, m.gap_before, m.wire_id")

# The order of a conversation (docs/protocol.md Part 2, "Order"): by the sender's timestamp; at
# equal timestamps by the sender's sequence number (which orders one sender's messages as sent);
# remaining ties by local arrival (pk). The sequence number is compared across senders too: it is
# arbitrary there but deterministic, and both sides of a conversation store the same
# (sent_at, seq), so they agree on the order except for exact ties. Messages without a sequence
# number (kept from before it was recorded) count as 0. The index messages_in_order matches this
# key exactly, so paging walks it without sorting.
ORDER_DESC = "m.sent_at DESC, coalesce(m.seq, 0) DESC, m.pk DESC"
ORDER_ASC = "m.sent_at, coalesce(m.seq, 0), m.pk"
ORDER_KEY = "(m.sent_at, coalesce(m.seq, 0), m.pk)"

Cursor = tuple[int, int, int]  # order_key of the oldest message already loaded


def order_key(message: Message) -> Cursor:
    """Where a stored message falls in its conversation; also the keyset cursor for paging."""
    assert message.pk is not None, "only stored messages have a place in the order"
    return (message.sent_at, message.seq or 0, message.pk)


_INSERT = ("INSERT OR IGNORE INTO messages(id, conversation_id, direction, sender_id, kind, "
           "body, sent_at, received_at, seq, state, state_at, gap_before, wire_id) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


_INDEX_ONE = "INSERT INTO messages_fts(rowid, body) VALUES (?, ?)"
# in key order: FTS5 starts a new segment whenever a key is lower than the one before
_INDEX_MANY = ("INSERT INTO messages_fts(rowid, body) SELECT pk, body FROM messages "
               "WHERE id IN (SELECT value FROM json_each(?)) AND kind = 'text' ORDER BY pk")


def _values(m: Message) -> tuple[Any, ...]:
    return (m.id, m.conversation_id, m.direction, m.sender_id, m.kind, m.body, m.sent_at,
            m.received_at, m.seq, m.state.value, m.state_at, m.gap_before, m.wire_id)


def _row(row: Any) -> Message:
    return Message(pk=row[0], id=row[1], conversation_id=row[2], direction=row[3],
                   sender_id=row[4], kind=row[5], body=row[6], sent_at=row[7],
                   received_at=row[8], seq=row[9], state=MessageState(row[10]),
                   state_at=row[11], gap_before=row[12], wire_id=row[13])


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
        with self.db.transaction():  # the row and its full-text entry, or neither
            pk = self.db.scalar(_INSERT + " RETURNING pk", _values(message))
            if pk is None:
                return None
            if message.kind == "text":
                self.db.execute(_INDEX_ONE, (pk, message.body))
            if note_conversation:
                self._conversations.note_message(message.conversation_id, message.sent_at,
                                                 unread=1 if message.direction == "in" else 0)
        return dataclasses.replace(message, pk=int(pk))

    def insert_if_new(self, message: Message) -> bool:
        """Store a message without noting its conversation or indexing it for search: the
        caller does both once per batch, in the same transaction (`index_for_search`). False,
        and nothing written, if a message with that id exists. The fast path for receiving: no
        row is read back."""
        return bool(self.db.execute(_INSERT, _values(message)).rowcount)

    def index_for_search(self, message_ids: list[str]) -> None:
        """Add messages stored by `insert_if_new` to the full-text index, in one statement:
        FTS5 writes a new segment for every statement that adds rows (and merges them later),
        so a batch indexed at once costs a fraction of one row at a time."""
        if message_ids:
            self.db.execute(_INDEX_MANY, (json.dumps(message_ids),))

    def fail_queued(self, conversation_id: str, at: int) -> int:
        """Mark every outgoing message of the conversation that is still queued as failed."""
        return int(self.db.execute(
            "UPDATE messages SET state = 'failed', state_at = ? WHERE conversation_id = ? "
            "AND direction = 'out' AND state = 'queued'", (at, conversation_id)).rowcount)

    def delete(self, message_id: str) -> None:
        self.db.execute("DELETE FROM messages WHERE id = ?", (message_id,))

    def delete_local(self, message: Message) -> bool:
        """Remove a message from this vault (its full-text entry goes with it, by trigger); an
        unread incoming one no longer counts as unread. Call inside a transaction."""
        if not self.db.execute("DELETE FROM messages WHERE id = ?", (message.id,)).rowcount:
            return False
        if message.direction == "in" and message.state_at is None:
            self.db.execute("UPDATE conversations SET unread_count = max(0, unread_count - 1) "
                            "WHERE id = ?", (message.conversation_id,))
        return True

    def requeue_failed(self, message_id: str, at: int) -> bool:
        """A failed outgoing message is to be sent again: back to queued (the one way back)."""
        return bool(self.db.execute(
            "UPDATE messages SET state = 'queued', state_at = ? WHERE id = ? "
            "AND direction = 'out' AND state = 'failed'", (at, message_id)).rowcount)

    def get(self, message_id: str) -> Message | None:
        row = self.db.one(f"SELECT {_COLUMNS} FROM messages m WHERE m.id = ?", (message_id,))
        return None if row is None else _row(row)

    @staticmethod
    def cursor(message: Message) -> Cursor:
        """The cursor that continues paging after `message` (see `order_key`)."""
        return order_key(message)

    def page(self, conversation_id: str, before: Cursor | None = None,
             limit: int = 100) -> list[Message]:
        """Up to `limit` messages that come before `before` in the conversation's order, newest
        first (keyset paging over the index messages_in_order)."""
        if before is None:
            rows = self.db.all(
                f"SELECT {_COLUMNS} FROM messages m WHERE m.conversation_id = ? "
                f"ORDER BY {ORDER_DESC} LIMIT ?", (conversation_id, limit))
        else:
            rows = self.db.all(
                f"SELECT {_COLUMNS} FROM messages m WHERE m.conversation_id = ? "
                f"AND {ORDER_KEY} < (?, ?, ?) ORDER BY {ORDER_DESC} LIMIT ?",
                (conversation_id, *before, limit))
        return [_row(r) for r in rows]

    def page_after(self, conversation_id: str, after: Cursor | None = None,
                   limit: int = 100) -> list[Message]:
        """Up to `limit` messages that come after `after` in the conversation's order (from
        its beginning if None), oldest first: paging back down towards the newest."""
        if after is None:
            rows = self.db.all(
                f"SELECT {_COLUMNS} FROM messages m WHERE m.conversation_id = ? "
                f"ORDER BY {ORDER_ASC} LIMIT ?", (conversation_id, limit))
        else:
            rows = self.db.all(
                f"SELECT {_COLUMNS} FROM messages m WHERE m.conversation_id = ? "
                f"AND {ORDER_KEY} > (?, ?, ?) ORDER BY {ORDER_ASC} LIMIT ?",
                (conversation_id, *after, limit))
        return [_row(r) for r in rows]

    def arrived_after(self, conversation_id: str, after_pk: int,
                      limit: int = 500) -> list[Message]:
        """Up to `limit` messages of the conversation stored after local key `after_pk`, in
        arrival order: what an open view has not seen yet, wherever each falls in the
        conversation's order (a late message may belong far up)."""
        # "+" keeps SQLite on the pk range (only what arrived since), not the whole conversation.
        rows = self.db.all(
            f"SELECT {_COLUMNS} FROM messages m WHERE m.pk > ? AND +m.conversation_id = ? "
            "ORDER BY m.pk LIMIT ?", (after_pk, conversation_id, limit))
        return [_row(r) for r in rows]

    def last_pk(self) -> int:
        """The local key of the message stored last, in any conversation (0: none)."""
        return int(self.db.scalar("SELECT coalesce(max(pk), 0) FROM messages"))

    def facts(self, conversation_id: str) -> tuple[int | None, int | None, int | None, int, int]:
        """For the relationship's rhythm: my last message's time, theirs, the oldest of theirs
        after my last one (waiting for an answer), and how many each way (deleted ones aside)."""
        row = self.db.one(
            "SELECT max(CASE WHEN direction = 'out' THEN sent_at END), "
            "max(CASE WHEN direction = 'in' THEN sent_at END), "
            "coalesce(sum(direction = 'out'), 0), coalesce(sum(direction = 'in'), 0) "
            "FROM messages WHERE conversation_id = ? AND kind = 'text'", (conversation_id,))
        mine, theirs, sent, received = row if row is not None else (None, None, 0, 0)
        waiting = self.db.scalar(
            "SELECT min(sent_at) FROM messages WHERE conversation_id = ? AND direction = 'in' "
            "AND kind = 'text' AND sent_at > ?", (conversation_id, mine or 0))
        return mine, theirs, waiting, int(sent), int(received)

    def count(self, conversation_id: str) -> int:
        return int(self.db.scalar("SELECT count(*) FROM messages WHERE conversation_id = ?",
                                  (conversation_id,)))

    def position(self, conversation_id: str, message: Message) -> int:
        """How many messages of the conversation come after `message` in its order (to jump
        to it)."""
        return int(self.db.scalar(
            f"SELECT count(*) FROM messages m WHERE m.conversation_id = ? AND {ORDER_KEY} > "
            "(?, ?, ?)", (conversation_id, *order_key(message))))

    def set_gap(self, sender_id: str, seq: int, gap_before: int) -> None:
        # wire_id: the texts the inbox stores have one, which lets SQLite use the index
        # messages_received_seq; an old row without one is looked for the slow way
        if not self.db.execute("UPDATE messages SET gap_before = ? WHERE sender_id = ? "
                               "AND seq = ? AND direction = 'in' AND wire_id IS NOT NULL",
                               (gap_before, sender_id, seq)).rowcount:
            self.db.execute("UPDATE messages SET gap_before = ? WHERE sender_id = ? AND seq = ? "
                            "AND direction = 'in'", (gap_before, sender_id, seq))

    def mark_incoming_read(self, conversation_id: str, at: int) -> list[str]:
        """Mark unread incoming messages read (state_at = when); return the ids their senders
        gave them (what a read receipt names)."""
        ids = [r[0] for r in self.db.all(
            "SELECT coalesce(wire_id, id) FROM messages WHERE conversation_id = ? "
            "AND direction = 'in' "
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
            "WHERE messages_fts MATCH ? AND coalesce(ct.kind, 'person') = 'person' "
            "ORDER BY messages_fts.rowid DESC LIMIT ?",
            (query, limit))
        return [SearchHit(message=_row(r), contact_name=r[14], snippet=r[15]) for r in rows]
