"""Contacts: the people this participant can message, with their public keys and state."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ementor_desktop.records import Contact
from ementor_desktop.store.db import Database

_COLUMNS = ("id, display_name, role, signing_key, box_key, verified, key_change_pending, "
            "relay_url, send_id, state, next_out_seq, profile, created_at, last_seen_at, "
            "capabilities, pending_relay_url, kind")


def _row(row: Any) -> Contact:
    return Contact(id=row[0], display_name=row[1], role=row[2], signing_key=bytes(row[3]),
                   box_key=bytes(row[4]), verified=bool(row[5]), key_change_pending=bool(row[6]),
                   relay_url=row[7], send_id=row[8], state=row[9], next_out_seq=row[10],
                   profile=json.loads(row[11]), created_at=row[12], last_seen_at=row[13],
                   capabilities=frozenset(json.loads(row[14])), pending_relay_url=row[15],
                   kind=row[16])


class ContactRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, contact: Contact) -> None:
        self.db.execute(
            f"INSERT INTO contacts({_COLUMNS}) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (contact.id, contact.display_name, contact.role, contact.signing_key,
             contact.box_key, int(contact.verified), int(contact.key_change_pending),
             contact.relay_url, contact.send_id, contact.state, contact.next_out_seq,
             json.dumps(contact.profile), contact.created_at, contact.last_seen_at,
             json.dumps(sorted(contact.capabilities)), contact.pending_relay_url, contact.kind))

    def get(self, contact_id: str) -> Contact | None:
        row = self.db.one(f"SELECT {_COLUMNS} FROM contacts WHERE id = ?", (contact_id,))
        return None if row is None else _row(row)

    def by_signing_key(self, signing_key: bytes) -> Contact | None:
        row = self.db.one(f"SELECT {_COLUMNS} FROM contacts WHERE signing_key = ?",
                          (signing_key,))
        return None if row is None else _row(row)

    def find(self, name_or_id: str) -> list[Contact]:
        """Exact id first; else case-insensitive exact name; else a unique name prefix."""
        exact = self.get(name_or_id)
        if exact is not None:
            return [exact]
        rows = self.db.all(f"SELECT {_COLUMNS} FROM contacts WHERE kind = 'person' AND "
                           "display_name = ? COLLATE NOCASE ORDER BY created_at", (name_or_id,))
        if not rows:
            pattern = name_or_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = self.db.all(f"SELECT {_COLUMNS} FROM contacts WHERE kind = 'person' AND "
                               "display_name LIKE ? ESCAPE '\\' ORDER BY created_at",
                               (pattern + "%",))
        return [_row(r) for r in rows]

    def list(self, include_programme: bool = False) -> list[Contact]:
        """The person's contacts; with `include_programme`, also the hidden contacts of kind
        'programme' (a programme's coordinator or members), which only sync needs."""
        where = "" if include_programme else "WHERE kind = 'person' "
        return [_row(r) for r in self.db.all(
            f"SELECT {_COLUMNS} FROM contacts {where}"
            "ORDER BY display_name COLLATE NOCASE, created_at")]

    def set_verified(self, contact_id: str, verified: bool) -> None:
        self.db.execute("UPDATE contacts SET verified = ? WHERE id = ?",
                        (int(verified), contact_id))

    def flag_key_change(self, contact_id: str, signing_key: bytes, box_key: bytes) -> None:
        """Hold the new keys aside: nothing is sent until the user accepts the change."""
        self.db.execute("UPDATE contacts SET key_change_pending = 1, pending_signing_key = ?, "
                        "pending_box_key = ? WHERE id = ?", (signing_key, box_key, contact_id))

    def accept_key_change(self, contact_id: str) -> None:
        self.db.execute(
            "UPDATE contacts SET previous_keys = json_insert(previous_keys, '$[#]', "
            "lower(hex(signing_key))) WHERE id = ? AND key_change_pending = 1", (contact_id,))
        self.db.execute(
            "UPDATE contacts SET signing_key = pending_signing_key, box_key = pending_box_key, "
            "pending_signing_key = NULL, pending_box_key = NULL, key_change_pending = 0, "
            "verified = 0 WHERE id = ? AND key_change_pending = 1", (contact_id,))

    def refuse_key_change(self, contact_id: str) -> None:
        """Forget a pending key change: the current keys stay."""
        self.db.execute("UPDATE contacts SET pending_signing_key = NULL, pending_box_key = NULL, "
                        "key_change_pending = 0 WHERE id = ?", (contact_id,))

    def by_pending_signing_key(self, signing_key: bytes) -> Contact | None:
        row = self.db.one(f"SELECT {_COLUMNS} FROM contacts WHERE key_change_pending = 1 "
                          "AND pending_signing_key = ?", (signing_key,))
        return None if row is None else _row(row)

    def set_capabilities(self, contact_id: str, capabilities: Iterable[str]) -> None:
        self.db.execute("UPDATE contacts SET capabilities = ? WHERE id = ?",
                        (json.dumps(sorted(set(capabilities))), contact_id))

    def set_pending_route(self, contact_id: str, relay_url: str, send_id: str) -> None:
        self.db.execute("UPDATE contacts SET pending_relay_url = ?, pending_send_id = ? "
                        "WHERE id = ?", (relay_url, send_id, contact_id))

    def accept_pending_route(self, contact_id: str) -> bool:
        cur = self.db.execute(
            "UPDATE contacts SET relay_url = pending_relay_url, send_id = pending_send_id, "
            "pending_relay_url = NULL, pending_send_id = NULL WHERE id = ? "
            "AND pending_relay_url IS NOT NULL", (contact_id,))
        return bool(cur.rowcount)

    def set_state(self, contact_id: str, state: str) -> None:
        self.db.execute("UPDATE contacts SET state = ? WHERE id = ?", (state, contact_id))

    def delete(self, contact_id: str) -> None:
        """Remove the contact; their conversation, received records, held envelopes and outbox
        rows go with it (foreign keys cascade)."""
        self.db.execute("DELETE FROM conversations WHERE contact_id = ?", (contact_id,))
        self.db.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))

    def known_relays(self) -> set[str]:
        """Relays this vault already talks to (its mailboxes' and its contacts')."""
        rows = self.db.all("SELECT relay_url FROM mailboxes UNION "
                           "SELECT relay_url FROM contacts WHERE relay_url IS NOT NULL")
        return {r[0] for r in rows}

    def pending_keys(self, contact_id: str) -> tuple[bytes, bytes] | None:
        """The new (signing, box) keys awaiting the person's acceptance, if any."""
        row = self.db.one("SELECT pending_signing_key, pending_box_key FROM contacts "
                          "WHERE id = ? AND key_change_pending = 1", (contact_id,))
        return None if row is None or row[0] is None else (bytes(row[0]), bytes(row[1]))

    def set_identity(self, contact_id: str, display_name: str, role: str) -> None:
        """Name and role as the contact announced them."""
        self.db.execute("UPDATE contacts SET display_name = ?, role = ? WHERE id = ?",
                        (display_name, role, contact_id))

    def activate(self, contact_id: str, role: str) -> bool:
        """A pending contact (we accepted their invite) confirmed: returns True if it was
        pending."""
        cur = self.db.execute("UPDATE contacts SET state = 'active', role = ? WHERE id = ? "
                              "AND state = 'pending'", (role, contact_id))
        return bool(cur.rowcount)

    def take_out_seq(self, contact_id: str) -> int:
        """The next outgoing sequence number for this contact (call inside a transaction)."""
        seq = self.db.scalar("UPDATE contacts SET next_out_seq = next_out_seq + 1 WHERE id = ? "
                             "RETURNING next_out_seq - 1", (contact_id,))
        if seq is None:
            raise KeyError(contact_id)
        return int(seq)

    def set_route(self, contact_id: str, relay_url: str, send_id: str) -> None:
        self.db.execute("UPDATE contacts SET relay_url = ?, send_id = ? WHERE id = ?",
                        (relay_url, send_id, contact_id))

    def touch(self, contact_id: str, seen_at: int) -> None:
        self.db.execute("UPDATE contacts SET last_seen_at = max(coalesce(last_seen_at, 0), ?) "
                        "WHERE id = ?", (seen_at, contact_id))

    def set_profile(self, contact_id: str, profile: dict[str, Any]) -> None:
        self.db.execute("UPDATE contacts SET profile = ? WHERE id = ?",
                        (json.dumps(profile), contact_id))

    def set_profile_fields(self, contact_id: str, fields: Iterable[str] | None) -> None:
        """Which of our profile fields this contact sees (None: the default setting)."""
        value = None if fields is None else json.dumps(sorted(set(fields)))
        self.db.execute("UPDATE contacts SET profile_fields = ? WHERE id = ?",
                        (value, contact_id))

    def previous_keys(self, contact_id: str) -> tuple[bytes, ...]:
        """Signing keys the contact had before accepted key changes, oldest first."""
        value = self.db.scalar("SELECT previous_keys FROM contacts WHERE id = ?", (contact_id,))
        return tuple(bytes.fromhex(k) for k in json.loads(value or "[]"))

    def profile_fields(self, contact_id: str) -> tuple[str, ...] | None:
        """The fields chosen for this contact, or None when they see the default ones."""
        value = self.db.scalar("SELECT profile_fields FROM contacts WHERE id = ?", (contact_id,))
        return None if value is None else tuple(str(x) for x in json.loads(value))
