"""The outbox: what must still reach the relay. Rows enter in the transaction that stores the
message they carry, and leave only after the relay acknowledged the deposit."""

from __future__ import annotations

from typing import Any

from ementor_desktop.records import OutboxItem
from ementor_desktop.store.db import Database

_COLUMNS = ("id, contact_id, kind, payload, idempotency_key, attempts, next_attempt_at, "
            "created_at, message_id, last_error, sealed")


def _row(row: Any) -> OutboxItem:
    return OutboxItem(id=row[0], contact_id=row[1], kind=row[2], payload=bytes(row[3]),
                      idempotency_key=row[4], attempts=row[5], next_attempt_at=row[6],
                      created_at=row[7], message_id=row[8], last_error=row[9],
                      sealed=None if row[10] is None else bytes(row[10]))


class OutboxRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def enqueue(self, *, contact_id: str, kind: str, payload: bytes, idempotency_key: str,
                created_at: int, message_id: str | None = None,
                not_before: int | None = None) -> int:
        """Queue an envelope; `not_before` delays its first attempt (jittered receipts)."""
        return int(self.db.scalar(
            "INSERT INTO outbox(message_id, contact_id, kind, payload, idempotency_key, "
            "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (message_id, contact_id, kind, payload, idempotency_key,
             created_at if not_before is None else not_before, created_at)))

    def due(self, now: int, after_id: int = 0, limit: int = 500) -> list[OutboxItem]:
        """Items due by `now`, oldest first, after `after_id` (to page through them)."""
        return [_row(r) for r in self.db.all(
            f"SELECT {_COLUMNS} FROM outbox WHERE next_attempt_at <= ? AND id > ? "
            "ORDER BY id LIMIT ?", (now, after_id, limit))]

    def count_deliverable(self) -> int:
        """Rows not held back by a contact's pending key change (what `sync` still owes). A
        `hello` (or a programme's join) already deposited, kept only to be deposited again
        until its welcome comes, is owed by the other side, not by us."""
        return int(self.db.scalar(
            "SELECT count(*) FROM outbox o JOIN contacts c ON c.id = o.contact_id "
            "WHERE c.key_change_pending = 0 AND c.pending_relay_url IS NULL "
            "AND NOT (o.kind IN ('hello', 'programme.join') AND c.state = 'pending' "
            "AND o.sealed IS NOT NULL AND o.last_error IS NULL)"))

    def set_sealed(self, item_id: int, sealed: bytes) -> None:
        """Keep the sealed blob: every retry deposits the same bytes under the same key."""
        self.db.execute("UPDATE outbox SET sealed = ? WHERE id = ?", (sealed, item_id))

    def reseal_for(self, contact_id: str, new_keys: dict[int, str]) -> int:
        """Forget sealed blobs for a contact whose keys changed; each gets the new idempotency
        key given for its row id (random, from the caller)."""
        count = 0
        for item_id, key in new_keys.items():
            count += self.db.execute(
                "UPDATE outbox SET sealed = NULL, idempotency_key = ?, next_attempt_at = 0 "
                "WHERE id = ? AND contact_id = ? AND sealed IS NOT NULL",
                (key, item_id, contact_id)).rowcount
        return count

    def sealed_ids(self, contact_id: str) -> list[int]:
        return [int(r[0]) for r in self.db.all(
            "SELECT id FROM outbox WHERE contact_id = ? AND sealed IS NOT NULL", (contact_id,))]

    def drop_for(self, contact_id: str) -> int:
        """Forget everything queued for a contact (blocked or removed)."""
        return int(self.db.execute("DELETE FROM outbox WHERE contact_id = ?",
                                   (contact_id,)).rowcount)

    def retry_now(self, contact_id: str) -> None:
        """The contact's address changed: what waits for them may be tried at once."""
        self.db.execute("UPDATE outbox SET next_attempt_at = 0 WHERE contact_id = ?",
                        (contact_id,))

    def retry_message_now(self, message_id: str) -> int:
        """Try the rows carrying a message at once; how many there are (0: none left)."""
        return int(self.db.execute("UPDATE outbox SET next_attempt_at = 0 WHERE message_id = ?",
                                   (message_id,)).rowcount)

    def drop_for_message(self, message_id: str) -> int:
        """Forget what would carry a message (deleted before it was sent)."""
        return int(self.db.execute("DELETE FROM outbox WHERE message_id = ?",
                                   (message_id,)).rowcount)

    def reschedule(self, item_id: int, next_attempt_at: int) -> None:
        """Try a row again later without counting a failure (a `hello` awaiting its welcome)."""
        self.db.execute("UPDATE outbox SET next_attempt_at = ?, last_error = NULL WHERE id = ?",
                        (next_attempt_at, item_id))

    def drop_kind(self, contact_id: str, kind: str) -> int:
        """Forget a contact's queued rows of one kind (the `hello` once they welcomed us)."""
        return int(self.db.execute("DELETE FROM outbox WHERE contact_id = ? AND kind = ?",
                                   (contact_id, kind)).rowcount)

    def record_failure(self, item_id: int, error: str, next_attempt_at: int) -> None:
        self.db.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                        "next_attempt_at = ? WHERE id = ?", (error, next_attempt_at, item_id))

    def remove(self, item_id: int) -> None:
        self.db.execute("DELETE FROM outbox WHERE id = ?", (item_id,))

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM outbox"))

    def pending(self, contact_id: str, kind: str) -> int:
        """Envelopes of `kind` for a contact still waiting to be deposited."""
        return int(self.db.scalar("SELECT count(*) FROM outbox WHERE contact_id = ? AND kind = ?",
                                  (contact_id, kind)))

    def next_due_at(self) -> int | None:
        value = self.db.scalar("SELECT min(next_attempt_at) FROM outbox")
        return None if value is None else int(value)
