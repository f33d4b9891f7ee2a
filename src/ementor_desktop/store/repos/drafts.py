"""One draft per conversation, saved as the person types (inside the encrypted vault)."""

from __future__ import annotations

from ementor_desktop.records import Draft
from ementor_desktop.store.db import Database


class DraftRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, conversation_id: str) -> Draft | None:
        row = self.db.one("SELECT conversation_id, body, updated_at FROM drafts "
                          "WHERE conversation_id = ?", (conversation_id,))
        return None if row is None else Draft(row[0], row[1], row[2])

    def save(self, conversation_id: str, body: str, updated_at: int) -> None:
        """Save the draft; an empty or blank body removes it."""
        if not body.strip():
            self.delete(conversation_id)
            return
        self.db.execute("INSERT INTO drafts(conversation_id, body, updated_at) VALUES (?, ?, ?) "
                        "ON CONFLICT(conversation_id) DO UPDATE SET body = excluded.body, "
                        "updated_at = excluded.updated_at", (conversation_id, body, updated_at))

    def delete(self, conversation_id: str) -> None:
        self.db.execute("DELETE FROM drafts WHERE conversation_id = ?", (conversation_id,))

    def all(self) -> list[Draft]:
        return [Draft(*r) for r in self.db.all(
            "SELECT conversation_id, body, updated_at FROM drafts ORDER BY updated_at DESC")]
