"""The outbox: what must still reach the relay. Rows enter in the transaction that stores the
message they carry, and leave only after the relay acknowledged the deposit."""

from __future__ import annotations

from typing import Any

from ementor_desktop.domain.models import OutboxItem
from ementor_desktop.store.db import Database

_COLUMNS = ("id, contact_id, kind, payload, idempotency_key, attempts, next_attempt_at, "
            "created_at, message_id, last_error")


def _row(row: Any) -> OutboxItem:
    return OutboxItem(id=row[0], contact_id=row[1], kind=row[2], payload=bytes(row[3]),
                      idempotency_key=row[4], attempts=row[5], next_attempt_at=row[6],
                      created_at=row[7], message_id=row[8], last_error=row[9])


class OutboxRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def enqueue(self, *, contact_id: str, kind: str, payload: bytes, idempotency_key: str,
                created_at: int, message_id: str | None = None) -> int:
        return int(self.db.scalar(
            "INSERT INTO outbox(message_id, contact_id, kind, payload, idempotency_key, "
            "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (message_id, contact_id, kind, payload, idempotency_key, created_at, created_at)))

    def due(self, now: int, limit: int = 100) -> list[OutboxItem]:
        return [_row(r) for r in self.db.all(
            f"SELECT {_COLUMNS} FROM outbox WHERE next_attempt_at <= ? ORDER BY id LIMIT ?",
            (now, limit))]

    def all(self) -> list[OutboxItem]:
        return [_row(r) for r in self.db.all(f"SELECT {_COLUMNS} FROM outbox ORDER BY id")]

    def record_failure(self, item_id: int, error: str, next_attempt_at: int) -> None:
        self.db.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                        "next_attempt_at = ? WHERE id = ?", (error, next_attempt_at, item_id))

    def remove(self, item_id: int) -> None:
        self.db.execute("DELETE FROM outbox WHERE id = ?", (item_id,))

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM outbox"))

    def next_due_at(self) -> int | None:
        value = self.db.scalar("SELECT min(next_attempt_at) FROM outbox")
        return None if value is None else int(value)
