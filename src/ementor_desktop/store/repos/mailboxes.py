"""Our own receive mailboxes on relays, the invites that point at some of them, and the record of
envelopes already received (for replay, duplicate and gap detection)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ementor_desktop.crypto.derive import local_message_id
from ementor_desktop.store.db import Database


@dataclass(frozen=True)
class Mailbox:
    id: int
    relay_url: str
    receive_id: str
    send_id: str
    auth_seed: bytes
    purpose: str  # 'contact' or 'invite'
    contact_id: str | None
    created_at: int
    expires_at: int | None
    deleted_at: int | None
    programme_id: str | None = None  # a programme's mailbox (docs/protocol.md Part 4 §2)
    programme_use: str | None = None  # 'join', 'programme', 'member' or 'route'


@dataclass(frozen=True)
class Invite:
    id: str
    secret: bytes
    mailbox_id: int
    created_at: int
    expires_at: int
    used_at: int | None
    used_by: str | None


_MB = ("id, relay_url, receive_id, send_id, auth_seed, purpose, contact_id, created_at, "
       "expires_at, deleted_at, programme_id, programme_use")


def _mailbox(row: Any) -> Mailbox:
    return Mailbox(row[0], row[1], row[2], row[3], bytes(row[4]), row[5], row[6], row[7], row[8],
                   row[9], row[10], row[11])


class MailboxRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, *, relay_url: str, receive_id: str, send_id: str, auth_seed: bytes,
            purpose: str, created_at: int, contact_id: str | None = None,
            expires_at: int | None = None, programme_id: str | None = None,
            programme_use: str | None = None) -> int:
        return int(self.db.scalar(
            "INSERT INTO mailboxes(relay_url, receive_id, send_id, auth_seed, purpose, "
            "contact_id, created_at, expires_at, programme_id, programme_use) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (relay_url, receive_id, send_id, auth_seed, purpose, contact_id, created_at,
             expires_at, programme_id, programme_use)))

    def get(self, mailbox_id: int) -> Mailbox | None:
        row = self.db.one(f"SELECT {_MB} FROM mailboxes WHERE id = ?", (mailbox_id,))
        return None if row is None else _mailbox(row)

    def active(self) -> list[Mailbox]:
        return [_mailbox(r) for r in self.db.all(
            f"SELECT {_MB} FROM mailboxes WHERE deleted_at IS NULL ORDER BY id")]

    def for_contact(self, contact_id: str) -> Mailbox | None:  # the contact's own mailbox
        row = self.db.one(f"SELECT {_MB} FROM mailboxes WHERE contact_id = ? "
                          "AND purpose = 'contact' AND deleted_at IS NULL", (contact_id,))
        return None if row is None else _mailbox(row)

    def of_contact(self, contact_id: str) -> list[Mailbox]:
        """Every live mailbox bound to the contact (theirs and a used invite's)."""
        return [_mailbox(r) for r in self.db.all(
            f"SELECT {_MB} FROM mailboxes WHERE contact_id = ? AND deleted_at IS NULL",
            (contact_id,))]

    def link_contact(self, mailbox_id: int, contact_id: str) -> None:
        self.db.execute("UPDATE mailboxes SET contact_id = ? WHERE id = ?",
                        (contact_id, mailbox_id))

    def retire(self, mailbox_id: int, at: int) -> None:
        """Schedule the mailbox for deletion on the relay (done by the sync engine)."""
        self.db.execute("UPDATE mailboxes SET expires_at = min(coalesce(expires_at, ?), ?) "
                        "WHERE id = ? AND deleted_at IS NULL", (at, at, mailbox_id))

    def of_programme(self, programme_id: str, use: str | None = None) -> list[Mailbox]:
        """A programme's live mailboxes (of one use: 'join', 'programme', 'member', 'route')."""
        return [_mailbox(r) for r in self.db.all(
            f"SELECT {_MB} FROM mailboxes WHERE programme_id = ? AND deleted_at IS NULL "
            "AND (? IS NULL OR programme_use = ?) ORDER BY id", (programme_id, use, use))]

    def by_send_id(self, relay_url: str, send_id: str) -> Mailbox | None:
        row = self.db.one(f"SELECT {_MB} FROM mailboxes WHERE relay_url = ? AND send_id = ? "
                          "AND deleted_at IS NULL", (relay_url, send_id))
        return None if row is None else _mailbox(row)

    def due_for_deletion(self, now: int) -> list[Mailbox]:
        return [_mailbox(r) for r in self.db.all(
            f"SELECT {_MB} FROM mailboxes WHERE deleted_at IS NULL AND expires_at <= ?",
            (now,))]

    def mark_deleted(self, mailbox_id: int, at: int) -> None:
        self.db.execute("UPDATE mailboxes SET deleted_at = ? WHERE id = ?", (at, mailbox_id))


class InviteRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, invite: Invite) -> None:
        self.db.execute("INSERT INTO invites(id, secret, mailbox_id, created_at, expires_at) "
                        "VALUES (?, ?, ?, ?, ?)", (invite.id, invite.secret, invite.mailbox_id,
                                                    invite.created_at, invite.expires_at))

    def by_mailbox(self, mailbox_id: int) -> Invite | None:
        row = self.db.one("SELECT id, secret, mailbox_id, created_at, expires_at, used_at, "
                          "used_by FROM invites WHERE mailbox_id = ?", (mailbox_id,))
        return None if row is None else Invite(row[0], bytes(row[1]), *row[2:])

    def mark_used(self, invite_id: str, contact_id: str, at: int) -> None:
        self.db.execute("UPDATE invites SET used_at = ?, used_by = ? WHERE id = ?",
                        (at, contact_id, invite_id))


# Incoming texts stored by the inbox are their own record of receipt (migration 5): these are
# the conditions of the partial index messages_received_seq, which every query below repeats.
# (An incoming row without an envelope id, if an old vault has one, is recorded in
# received_envelopes instead, as it always was.)
_STORED = "direction = 'in' AND wire_id IS NOT NULL"


class ReceivedRepo:
    """Which envelopes arrived from whom, with their sequence numbers: the incoming texts stored
    in `messages`, and in `received_envelopes` every other envelope (controls) and the texts
    whose message was deleted since (a trigger moves their record there). So `add` is for
    envelopes that store no message row; each question below asks both places."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def data_version(self) -> int:
        """SQLite's `PRAGMA data_version`: it changes when another connection (another process)
        committed to the vault since this connection last asked; this connection's own commits
        leave it as it was. Lets a count kept in memory know it may be stale."""
        return int(self.db.scalar("PRAGMA data_version"))

    def seen(self, contact_id: str, message_id: str) -> bool:
        """Whether this sender already sent an envelope with this id (ids are per sender)."""
        # A stored text's row is under its local id (or, stored before protocol 1.1, under
        # the envelope's id itself): both are unique keys.
        return self.db.one(
            "SELECT 1 FROM received_envelopes WHERE contact_id = ? AND message_id = ? "
            "UNION ALL SELECT 1 FROM messages WHERE id IN (?, ?) AND sender_id = ? "
            f"AND wire_id = ? AND {_STORED} LIMIT 1",
            (contact_id, message_id, local_message_id(contact_id, message_id), message_id,
             contact_id, message_id)) is not None

    def add(self, message_id: str, contact_id: str, seq: int, at: int) -> bool:
        """Record an envelope that stores no message row; False (nothing written) if this
        sender's id was already recorded."""
        cur = self.db.execute("INSERT OR IGNORE INTO received_envelopes(message_id, contact_id, "
                              "seq, received_at) VALUES (?, ?, ?, ?)",
                              (message_id, contact_id, seq, at))
        return bool(cur.rowcount)

    def previous_seq(self, contact_id: str, seq: int) -> int:
        """The highest sequence number received from the contact below `seq` (0 if none)."""
        return int(self.db.scalar(
            "SELECT coalesce(max(s), 0) FROM (SELECT max(seq) AS s FROM received_envelopes "
            "WHERE contact_id = ? AND seq > 0 AND seq < ? UNION ALL SELECT max(seq) "
            f"FROM messages WHERE sender_id = ? AND {_STORED} AND seq > 0 AND seq < ?)",
            (contact_id, seq, contact_id, seq)))

    def next_seq(self, contact_id: str, seq: int) -> int | None:
        value = self.db.scalar(
            "SELECT min(s) FROM (SELECT min(seq) AS s FROM received_envelopes "
            "WHERE contact_id = ? AND seq > ? UNION ALL SELECT min(seq) FROM messages "
            f"WHERE sender_id = ? AND {_STORED} AND seq > ?)", (contact_id, seq, contact_id, seq))
        return None if value is None else int(value)

    def highest_seq(self, contact_id: str) -> int:
        return int(self.db.scalar(
            "SELECT coalesce(max(s), 0) FROM (SELECT max(seq) AS s FROM received_envelopes "
            "WHERE contact_id = ? AND seq > 0 UNION ALL SELECT max(seq) FROM messages "
            f"WHERE sender_id = ? AND {_STORED} AND seq > 0)", (contact_id, contact_id)))

    def missing_count(self, contact_id: str) -> int:
        """How many sequence numbers below the highest received have not arrived."""
        # The two places never record the same envelope (see the class), so the counts add up.
        row = self.db.one(
            "SELECT (SELECT count(*) FROM received_envelopes WHERE contact_id = ? AND seq > 0), "
            f"(SELECT count(*) FROM messages WHERE sender_id = ? AND {_STORED} AND seq > 0)",
            (contact_id, contact_id))
        return self.highest_seq(contact_id) - int(row[0]) - int(row[1])

    def has_seq(self, contact_id: str, seq: int) -> bool:
        return self.db.one(
            "SELECT 1 FROM received_envelopes WHERE contact_id = ? AND seq = ? UNION ALL "
            f"SELECT 1 FROM messages WHERE sender_id = ? AND {_STORED} AND seq = ? LIMIT 1",
            (contact_id, seq, contact_id, seq)) is not None
