"""The mentoring workspace's tables: each relationship's shared document (and the parts of a
split update waiting for the rest), private goals, private notes, private feedback, the
relationship's life cycle and consents. Plain rows in, plain rows out; the rules live in
`domain/workspace.py`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ementor_desktop.store.db import Database

# -- shared documents ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredDocument:
    contact_id: str
    conversation_id: str
    document: bytes
    peer_state: bytes | None
    asked_at: int | None
    heard_at: int | None
    updated_at: int
    answered_at: int | None = None


class SharedDocumentRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, contact_id: str) -> StoredDocument | None:
        row = self.db.one(
            "SELECT contact_id, conversation_id, document, peer_state, asked_at, heard_at, "
            "updated_at, answered_at FROM shared_documents WHERE contact_id = ?", (contact_id,))
        return StoredDocument(*row) if row is not None else None

    def save(self, contact_id: str, conversation_id: str, document: bytes, at: int) -> None:
        self.db.execute(
            "INSERT INTO shared_documents(contact_id, conversation_id, document, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(contact_id) DO UPDATE SET "
            "document = excluded.document, conversation_id = excluded.conversation_id, "
            "updated_at = excluded.updated_at", (contact_id, conversation_id, document, at))

    def set_peer_state(self, contact_id: str, state: bytes, at: int) -> None:
        self.db.execute("UPDATE shared_documents SET peer_state = ?, heard_at = ? "
                        "WHERE contact_id = ?", (state, at, contact_id))

    def heard(self, contact_id: str, at: int) -> None:
        self.db.execute("UPDATE shared_documents SET heard_at = ? WHERE contact_id = ?",
                        (at, contact_id))

    def answered(self, contact_id: str, at: int) -> None:
        self.db.execute("UPDATE shared_documents SET answered_at = ? WHERE contact_id = ?",
                        (at, contact_id))

    def asked(self, contact_id: str, at: int) -> None:
        self.db.execute("UPDATE shared_documents SET asked_at = ? WHERE contact_id = ?",
                        (at, contact_id))

    def contacts(self) -> list[str]:
        return [r[0] for r in self.db.all("SELECT contact_id FROM shared_documents")]

    # parts of a split update ----------------------------------------------------------------
    def add_part(self, contact_id: str, set_id: str, part: int, parts: int, data: bytes,
                 at: int) -> bytes | None:
        """Keep one part; return the part already kept under that number, if any. Only one set
        per contact is kept at a time: a part of another set replaces what was there."""
        self.db.execute("DELETE FROM shared_parts WHERE contact_id = ? AND set_id != ?",
                        (contact_id, set_id))
        row = self.db.one("SELECT data FROM shared_parts WHERE contact_id = ? AND set_id = ? "
                          "AND part = ?", (contact_id, set_id, part))
        if row is not None:
            return bytes(row[0])
        self.db.execute(
            "INSERT INTO shared_parts(contact_id, set_id, part, parts, data, received_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", (contact_id, set_id, part, parts, data, at))
        return None

    def parts(self, contact_id: str, set_id: str) -> list[tuple[int, int, bytes]]:
        """(part, parts, data), in part order."""
        return [(r[0], r[1], bytes(r[2])) for r in self.db.all(
            "SELECT part, parts, data FROM shared_parts WHERE contact_id = ? AND set_id = ? "
            "ORDER BY part", (contact_id, set_id))]

    def drop_parts(self, contact_id: str, set_id: str | None = None) -> None:
        self.db.execute("DELETE FROM shared_parts WHERE contact_id = ? "
                        "AND (? IS NULL OR set_id = ?)", (contact_id, set_id, set_id))


# -- private goals ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrivateGoalRow:
    id: str
    contact_id: str | None
    title: str
    measure: str
    due: str | None
    status: str
    progress: int
    milestones: list[dict[str, Any]]
    history: list[dict[str, Any]]
    shared_as: str | None
    deleted_at: int | None
    created_at: int
    updated_at: int


_GOAL_COLUMNS = ("id, contact_id, title, measure, due, status, progress, milestones, history, "
                 "shared_as, deleted_at, created_at, updated_at")
_GOAL_FIELDS = frozenset({"title", "measure", "due", "status", "progress", "milestones",
                          "history", "shared_as", "deleted_at", "updated_at"})


def _goal(row: Any) -> PrivateGoalRow:
    return PrivateGoalRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                          json.loads(row[7]), json.loads(row[8]), row[9], row[10], row[11],
                          row[12])


class PrivateGoalRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, goal: PrivateGoalRow) -> None:
        self.db.execute(
            f"INSERT INTO private_goals({_GOAL_COLUMNS}) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (goal.id, goal.contact_id, goal.title, goal.measure, goal.due, goal.status,
             goal.progress, json.dumps(goal.milestones), json.dumps(goal.history),
             goal.shared_as, goal.deleted_at, goal.created_at, goal.updated_at))

    def get(self, goal_id: str) -> PrivateGoalRow | None:
        row = self.db.one(f"SELECT {_GOAL_COLUMNS} FROM private_goals WHERE id = ?", (goal_id,))
        return _goal(row) if row is not None else None

    def of(self, contact_id: str | None, *, deleted: bool = False) -> list[PrivateGoalRow]:
        """A relationship's private goals (or the personal ones, contact None), oldest first."""
        return [_goal(r) for r in self.db.all(
            f"SELECT {_GOAL_COLUMNS} FROM private_goals WHERE contact_id IS ? "
            "AND (? OR deleted_at IS NULL) ORDER BY created_at, id",
            (contact_id, int(deleted)))]

    def update(self, goal_id: str, **values: Any) -> None:
        unknown = set(values) - _GOAL_FIELDS
        if unknown:
            raise ValueError(f"not a goal field: {sorted(unknown)}")
        encoded = {k: json.dumps(v) if k in ("milestones", "history") else v
                   for k, v in values.items()}
        assignments = ", ".join(f"{k} = ?" for k in encoded)
        self.db.execute(f"UPDATE private_goals SET {assignments} WHERE id = ?",
                        (*encoded.values(), goal_id))


# -- private notes and feedback -------------------------------------------------------------


@dataclass(frozen=True)
class NoteRow:
    id: str
    contact_id: str | None
    session: str | None
    body: str
    created_at: int
    updated_at: int


class NoteRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def of(self, contact_id: str, session: str | None = None, *,
           any_session: bool = False) -> list[NoteRow]:
        """Notes about the person (`session` None), about one session, or all (`any_session`)."""
        return [NoteRow(*r) for r in self.db.all(
            "SELECT id, contact_id, session, body, created_at, updated_at FROM notes "
            "WHERE contact_id = ? AND deleted_at IS NULL AND (? OR session IS ?) "
            "ORDER BY created_at, id", (contact_id, int(any_session), session))]

    def save(self, note: NoteRow) -> None:
        self.db.execute(
            "INSERT INTO notes(id, contact_id, session, body, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body, "
            "updated_at = excluded.updated_at",
            (note.id, note.contact_id, note.session, note.body, note.created_at,
             note.updated_at))

    def delete(self, note_id: str, at: int) -> None:
        # The text goes at once (no tombstone holds it); the row marks that a note was there.
        self.db.execute("UPDATE notes SET body = '', deleted_at = ? WHERE id = ?", (at, note_id))


@dataclass(frozen=True)
class PrivateFeedbackRow:
    id: str
    contact_id: str | None
    kind: str  # 'pulse' | 'session'
    session: str | None
    rating: int | None
    answers: dict[str, str]
    created_at: int


class PrivateFeedbackRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, row: PrivateFeedbackRow) -> None:
        self.db.execute(
            "INSERT INTO private_feedback(id, contact_id, kind, session, rating, answers, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (row.id, row.contact_id, row.kind, row.session, row.rating,
             json.dumps(row.answers, ensure_ascii=False), row.created_at))

    def of(self, contact_id: str, kind: str | None = None) -> list[PrivateFeedbackRow]:
        return [PrivateFeedbackRow(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6])
                for r in self.db.all(
                    "SELECT id, contact_id, kind, session, rating, answers, created_at "
                    "FROM private_feedback WHERE contact_id = ? AND (? IS NULL OR kind = ?) "
                    "ORDER BY created_at, id", (contact_id, kind, kind))]


# -- relationships and consents -------------------------------------------------------------


@dataclass(frozen=True)
class RelationshipRow:
    contact_id: str
    state: str = "active"
    reason: str = ""
    changed_at: int = 0
    history: list[dict[str, Any]] = field(default_factory=list)
    dismissed: list[str] = field(default_factory=list)


class RelationshipRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, contact_id: str) -> RelationshipRow:
        row = self.db.one("SELECT contact_id, state, reason, changed_at, history, dismissed "
                          "FROM relationships WHERE contact_id = ?", (contact_id,))
        if row is None:
            return RelationshipRow(contact_id)
        return RelationshipRow(row[0], row[1], row[2], row[3], json.loads(row[4]),
                               json.loads(row[5]))

    def save(self, row: RelationshipRow) -> None:
        self.db.execute(
            "INSERT INTO relationships(contact_id, state, reason, changed_at, history, "
            "dismissed) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(contact_id) DO UPDATE SET "
            "state = excluded.state, reason = excluded.reason, "
            "changed_at = excluded.changed_at, history = excluded.history, "
            "dismissed = excluded.dismissed",
            (row.contact_id, row.state, row.reason, row.changed_at,
             json.dumps(row.history, ensure_ascii=False), json.dumps(row.dismissed)))

    def states(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.all("SELECT contact_id, state FROM relationships")}


@dataclass(frozen=True)
class ConsentRow:
    id: str
    contact_id: str | None
    programme_id: str | None
    scope: str
    granted_at: int
    revoked_at: int | None


class ConsentRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def grant(self, row: ConsentRow) -> None:
        self.db.execute("INSERT INTO consents(id, contact_id, programme_id, scope, granted_at) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (row.id, row.contact_id, row.programme_id, row.scope, row.granted_at))

    def revoke(self, consent_id: str, at: int) -> None:
        self.db.execute("UPDATE consents SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                        (at, consent_id))

    def active(self, *, contact_id: str | None = None,
               programme_id: str | None = None) -> list[ConsentRow]:
        return [ConsentRow(*r) for r in self.db.all(
            "SELECT id, contact_id, programme_id, scope, granted_at, revoked_at FROM consents "
            "WHERE revoked_at IS NULL AND (? IS NULL OR contact_id = ?) "
            "AND (? IS NULL OR programme_id = ?) ORDER BY granted_at, id",
            (contact_id, contact_id, programme_id, programme_id))]
