"""Envelopes kept in the vault because they cannot be applied yet (a key change awaiting the
person, a kind or version this app does not know, a sender or mailbox that may still become
known). They stay sealed as fetched; the inbox re-examines them when the state changes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ementor_desktop.store.db import Database


@dataclass(frozen=True)
class HeldEnvelope:
    id: int
    mailbox_id: int | None
    contact_id: str | None
    reason: str
    body: bytes
    held_at: int
    tries: int


_COLUMNS = "id, mailbox_id, contact_id, reason, body, held_at, tries"


class HeldRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, *, mailbox_id: int | None, contact_id: str | None, reason: str, body: bytes,
            at: int) -> bool:
        """Keep an envelope; False if the same bytes are already kept (a replay)."""
        digest = hashlib.blake2b(body, digest_size=32).digest()
        cur = self.db.execute(
            "INSERT INTO held_envelopes(mailbox_id, contact_id, reason, body, digest, held_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(digest) DO UPDATE SET reason = excluded.reason, "
            "contact_id = coalesce(excluded.contact_id, contact_id)",
            (mailbox_id, contact_id, reason, body, digest, at))
        return bool(cur.rowcount)

    def count_for_mailbox(self, mailbox_id: int, strangers: bool = False) -> int:
        """Kept for a mailbox; only those of unknown origin if `strangers`."""
        return int(self.db.scalar(
            "SELECT count(*) FROM held_envelopes WHERE mailbox_id = ? "
            "AND (? = 0 OR contact_id IS NULL)", (mailbox_id, int(strangers))))

    def count(self, contact_id: str | None = None, reason: str | None = None) -> int:
        return int(self.db.scalar(
            "SELECT count(*) FROM held_envelopes WHERE (? IS NULL OR contact_id = ?) "
            "AND (? IS NULL OR reason = ?)", (contact_id, contact_id, reason, reason)))

    def select(self, *, contact_id: str | None = None, reasons: tuple[str, ...] = (),
               limit: int = 500) -> list[HeldEnvelope]:
        """Oldest first; only those of one contact and/or with one of `reasons` if given."""
        marks = ",".join("?" * len(reasons))
        where = ["(? IS NULL OR contact_id = ?)"]
        if reasons:
            where.append(f"reason IN ({marks})")
        rows = self.db.all(
            f"SELECT {_COLUMNS} FROM held_envelopes WHERE {' AND '.join(where)} "
            "ORDER BY id LIMIT ?", (contact_id, contact_id, *reasons, limit))
        return [HeldEnvelope(r[0], r[1], r[2], r[3], bytes(r[4]), r[5], r[6]) for r in rows]

    def remove(self, held_id: int) -> None:
        self.db.execute("DELETE FROM held_envelopes WHERE id = ?", (held_id,))

    def drop_for(self, contact_id: str) -> int:
        return int(self.db.execute("DELETE FROM held_envelopes WHERE contact_id = ?",
                                   (contact_id,)).rowcount)

    def tried(self, held_id: int) -> None:
        self.db.execute("UPDATE held_envelopes SET tries = tries + 1 WHERE id = ?", (held_id,))
