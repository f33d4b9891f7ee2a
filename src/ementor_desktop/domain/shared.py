"""Shared records of one relationship (docs/protocol.md Part 3): goals with milestones and
progress, action items, sessions with shared notes, and the agreement draft, its versions and
signatures — one Yjs document (pycrdt) per relationship that both people edit offline and that
converges when their updates meet.

This module owns the document: local edits, the update to send, applying a peer's update
safely (on a scratch copy, checked against the layout of `protocol/shared_schema.py` and the
rules of what a peer may change, or refused with nothing kept), and the plain records views
show. It never runs SQL, never touches the network, never imports Qt; the caller stores
`dump()` and sends the updates. Private goals and notes have no place here: nothing in this API
can put them into the document.
"""

from __future__ import annotations

import secrets
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import msgspec
import pycrdt
from pycrdt import Array, Doc, Map, Text

from ementor_desktop.crypto.identity import Identity
from ementor_desktop.crypto.signing import sign_detached, verify_detached
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import shared_schema as schema
from ementor_desktop.protocol.shared_schema import (
    MAX_DOCUMENT_BYTES,
    MAX_STATE_BYTES,
    MAX_UPDATE_BYTES,
    ROOT_ACTIONS,
    ROOT_DRAFT,
    ROOT_FEEDBACK,
    ROOT_GOALS,
    ROOT_SESSIONS,
    ROOT_SIGNATURES,
    ROOT_VERSIONS,
    SchemaError,
)

# -- errors -----------------------------------------------------------------------------------


class UpdateRefused(Exception):
    """A peer's update that can never be valid; nothing of it was kept. The inbox turns it into
    `Reject(f"shared: {reason}")`. `reason` is a short, content-free label."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class MissingUpdates(Exception):
    """A peer's update that builds on changes this replica has not received yet; nothing of it
    was kept. The inbox keeps the envelope (Hold) and sends a `shared.state` asking for the
    rest; the same update applies once what it builds on has arrived."""

    reason = "missing earlier updates"


class LocalEditRefused(UsageError):
    """A local edit that the layout does not allow (too long, too many, not the author's)."""


# -- plain records for views ------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    at: int  # the writer's clock, ms
    by: str  # signing key (hex) of who wrote it
    by_me: bool
    values: dict[str, Any]
    milestone: str | None = None


@dataclass(frozen=True)
class Milestone:
    id: str
    title: str
    done: bool
    due: str | None
    deleted: bool
    by_me: bool


@dataclass(frozen=True)
class Goal:
    id: str
    title: str
    measure: str
    due: str | None
    status: str
    progress: int
    deleted: bool
    by: str
    by_me: bool
    created_at: int
    milestones: tuple[Milestone, ...]
    history: tuple[Change, ...]

    def progress_history(self) -> tuple[Change, ...]:
        return tuple(c for c in self.history if c.milestone is None and "progress" in c.values)


@dataclass(frozen=True)
class ActionItem:
    id: str
    title: str
    done: bool
    due: str | None
    goal: str | None
    session: str | None
    assignee: str | None
    deleted: bool
    by: str
    by_me: bool
    created_at: int
    history: tuple[Change, ...]


@dataclass(frozen=True)
class Session:
    id: str
    title: str
    start: str  # local wall time in `tz`, YYYY-MM-DDTHH:MM
    tz: str
    minutes: int
    repeat: str | None
    count: int | None
    agenda: str
    link: str | None
    status: str
    notes: str
    deleted: bool
    by: str
    by_me: bool
    created_at: int
    sequence: int  # iCalendar SEQUENCE: changes to the schedule since creation
    history: tuple[Change, ...]


@dataclass(frozen=True)
class Feedback:
    id: str
    session: str | None
    rating: int | None
    useful: str
    try_next: str
    next_step: str
    deleted: bool
    by: str
    by_me: bool
    created_at: int
    history: tuple[Change, ...]


@dataclass(frozen=True)
class SignatureView:
    signer: str
    by_me: bool
    at: int
    valid: bool


@dataclass(frozen=True)
class AgreementVersion:
    id: str
    number: int  # 1, 2, … in the document's order
    by: str
    by_me: bool
    at: int
    terms: dict[str, Any]
    signatures: tuple[SignatureView, ...]
    signed_by_both: bool


@dataclass(frozen=True)
class Agreement:
    status: str  # "draft" | "proposed" | "signed"
    draft: dict[str, Any]
    versions: tuple[AgreementVersion, ...]
    tampered: bool  # a signature in the vault does not verify

    @property
    def current(self) -> AgreementVersion | None:
        return self.versions[-1] if self.versions else None

    @property
    def in_force(self) -> AgreementVersion | None:
        """The latest version both signed (it stays in force while a newer one is proposed)."""
        for version in reversed(self.versions):
            if version.signed_by_both:
                return version
        return None


@dataclass(frozen=True)
class Records:
    goals: tuple[Goal, ...]
    actions: tuple[ActionItem, ...]
    sessions: tuple[Session, ...]
    agreement: Agreement
    feedback: tuple[Feedback, ...] = ()


@dataclass(frozen=True)
class Edit:
    """What a local edit produced: the record it made or changed, and the Yjs update to send
    (None when nothing changed)."""

    record_id: str | None
    update: bytes | None


# -- Yjs helpers ------------------------------------------------------------------------------


def _varuints(data: bytes) -> list[int]:
    values, value, shift = [], 0, 0
    for byte in data:
        value |= (byte & 0x7F) << shift
        shift += 7
        if shift > 63:
            raise SchemaError("malformed")
        if not byte & 0x80:
            values.append(value)
            value, shift = 0, 0
    if shift:
        raise SchemaError("malformed")
    return values


def decode_state(state: bytes) -> dict[int, int]:
    """A Yjs v1 state vector: client id -> next clock. Raises `SchemaError`."""
    if len(state) > MAX_STATE_BYTES:
        raise SchemaError("too large")
    values = _varuints(state)
    if not values or len(values) != 1 + 2 * values[0]:
        raise SchemaError("malformed")
    return dict(zip(values[1::2], values[2::2], strict=True))


def _unapplied(rest: bytes, state: dict[int, int]) -> bool:
    """Whether an update left something this replica cannot place: `rest` is what of the update
    is still beyond its state vector (pycrdt.get_update(update, state)). Structs left over wait
    for earlier ones; a deletion of an item not held yet (a clock beyond `state`) would be
    kept only in memory and lost on reload, so it waits too."""
    values = _varuints(rest)
    if not values or values[0] != 0:
        return True  # structs that depend on what has not arrived
    position, clients = 2, values[1] if len(values) > 1 else 0
    for _ in range(clients):
        if position + 1 >= len(values):
            raise UpdateRefused("bad update")
        client, ranges = values[position], values[position + 1]
        position += 2
        for _ in range(ranges):
            if position + 1 >= len(values):
                raise UpdateRefused("bad update")
            clock, length = values[position], values[position + 1]
            position += 2
            if clock + length > state.get(client, 0):
                return True
    return False


def _load(data: bytes, client_id: int) -> Doc[Any]:
    doc: Doc[Any] = Doc(client_id=client_id)
    doc.apply_update(data)
    return doc


def _apply(doc: Doc[Any], update: bytes) -> None:
    """Decode and apply; any failure of the decoder (including a Rust panic, which pyo3 raises
    as a BaseException) is a refusal."""
    try:
        doc.apply_update(update)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as err:  # pyo3's PanicException is a BaseException
        raise UpdateRefused("bad update") from err


def _plain_value(value: Any) -> Any:
    """A Yjs `Any` value as plain JSON-like Python; numbers must be integral (Yjs stores every
    number as a double). Shared types, bytes and anything else are refused."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not value.is_integer():
            raise UpdateRefused("schema")
        return int(value)
    if isinstance(value, list):
        return [_plain_value(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _plain_value(v) for k, v in value.items()}
    raise UpdateRefused("schema")


def _plain_text(text: Any) -> str:
    if not isinstance(text, Text):
        raise UpdateRefused("schema")
    chunks = text.diff()
    if any(not isinstance(chunk, str) or attrs for chunk, attrs in chunks):
        raise UpdateRefused("schema")  # embeds and formatting have no place in shared notes
    return "".join(chunk for chunk, _ in chunks)


def _plain_map(value: Any, nested: dict[str, str]) -> dict[str, Any]:
    if not isinstance(value, Map):
        raise UpdateRefused("schema")
    out: dict[str, Any] = {}
    for key in list(value.keys()):
        item = value[key]
        kind = nested.get(key)
        if kind == "array":
            if not isinstance(item, Array):
                raise UpdateRefused("schema")
            out[key] = [_plain_value(entry) for entry in item]
        elif kind == "map":
            if not isinstance(item, Map):
                raise UpdateRefused("schema")
            out[key] = {k: _plain_map(item[k], {}) for k in list(item.keys())}
        elif kind == "text":
            out[key] = _plain_text(item)
        else:
            out[key] = _plain_value(item)
    return out


def snapshot(doc: Doc[Any]) -> schema.Document:
    """The document as checked plain values. Raises `UpdateRefused`."""
    if set(doc.keys()) - schema.ROOTS:
        raise UpdateRefused("schema")
    plain: dict[str, Any] = {}
    for root, name in ((ROOT_GOALS, "goals"), (ROOT_ACTIONS, "actions"),
                       (ROOT_SESSIONS, "sessions"), (ROOT_FEEDBACK, "feedback")):
        records = doc.get(root, type=Map)
        if len(records) > schema.RECORD_LIMITS[root]:
            raise UpdateRefused("too many records")
        plain[name] = {k: _plain_map(records[k], schema.NESTED[root]) for k in list(records.keys())}
    plain["draft"] = _plain_map(doc.get(ROOT_DRAFT, type=Map), {})
    plain["versions"] = [_plain_value(v) for v in doc.get(ROOT_VERSIONS, type=Array)]
    plain["signatures"] = [_plain_value(v) for v in doc.get(ROOT_SIGNATURES, type=Array)]
    try:
        return schema.parse_document(plain)
    except SchemaError as err:
        raise UpdateRefused(err.reason) from err


# -- what a peer may change -------------------------------------------------------------------

_RECORD_ATTRS = ((ROOT_GOALS, "goals"), (ROOT_ACTIONS, "actions"), (ROOT_SESSIONS, "sessions"),
                 (ROOT_FEEDBACK, "feedback"))


def _key(entry: msgspec.Struct) -> bytes:
    return msgspec.json.encode(entry, order="sorted")


def _added(before: Iterable[Any], after: Iterable[Any]) -> list[Any]:
    """Entries of an append-only list that are new; refuses a list that lost an entry."""
    old = Counter(map(_key, before))
    entries = list(after)
    if old - Counter(map(_key, entries)):
        raise UpdateRefused("history rewritten")
    added = []
    for entry in entries:
        key = _key(entry)
        if old[key] > 0:
            old[key] -= 1
        else:
            added.append(entry)
    return added


def _explained(fields: Iterable[str], old: Any, new: Any, changes: list[schema.Change],
               milestone: str | None) -> None:
    """Every field the peer changed must carry the value of one of its new history entries."""
    for field in fields:
        value = getattr(new, field)
        if old is not None and getattr(old, field) == value:
            continue
        if old is None and value is None:
            continue
        if not any(c.milestone == milestone and field in c.set and c.set[field] == value
                   for c in changes):
            raise UpdateRefused("unrecorded change")


def _check_transition(before: schema.Document, after: schema.Document, sender: frozenset[str],
                      signed: Callable[[schema.Version], bytes],
                      peer: frozenset[str] | None = None) -> None:
    """What a peer (whose signing keys, hex, are `sender`) may do to the document: add records
    in its own name, change fields with a history entry in its own name, delete or restore only
    what it created; never remove a record, rewrite history, or sign for someone else.

    During a restore's recovery `sender` also holds this person's key (their own writing comes
    back from the peer) and `peer` the peer's alone: then deleting, restoring or changing an
    author-only record of someone in `sender` but not in `peer` needs a new history entry in
    that author's name, so it counts as writing taken back (and ends the recovery)."""
    peer = sender if peer is None else peer
    for root, attr in _RECORD_ATTRS:
        old_records, new_records = getattr(before, attr), getattr(after, attr)
        if not old_records.keys() <= new_records.keys():
            raise UpdateRefused("record removed")
        fields = schema.FIELDS[root].__struct_fields__
        for record_id, record in new_records.items():
            old = old_records.get(record_id)
            changes = _added(old.history if old else (), record.history)
            if any(c.by not in sender for c in changes):
                raise UpdateRefused("forged origin")
            _check_record(old, record, sender, peer, changes)
            if root in schema.AUTHOR_ONLY_ROOTS and changes and not _as_author(
                    record.by, sender, peer, changes):
                raise UpdateRefused("not the author")
            _explained(fields, old, record, changes, None)
            if root == ROOT_GOALS:
                old_ms = old.milestones if old else {}
                if not old_ms.keys() <= record.milestones.keys():
                    raise UpdateRefused("record removed")
                for ms_id, milestone in record.milestones.items():
                    previous = old_ms.get(ms_id)
                    _check_record(previous, milestone, sender, peer,
                                  [c for c in changes if c.milestone == ms_id])
                    _explained(schema.MilestoneFields.__struct_fields__, previous, milestone,
                               changes, ms_id)
    for version in _added(before.versions, after.versions):
        if version.by not in sender:
            raise UpdateRefused("forged origin")
    versions = {v.id: v for v in after.versions}
    for signature in _added(before.signatures, after.signatures):
        if signature.signer not in sender:
            raise UpdateRefused("forged origin")
        message = signed(versions[signature.version])
        if not verify_detached(bytes.fromhex(signature.signer), message,
                               bytes.fromhex(signature.sig)):
            raise UpdateRefused("bad signature")


def _written_by(doc: schema.Document, key: str) -> int:
    """How many records, history entries, versions and signatures name `key` as their author."""
    count = 0
    for _root, attr in _RECORD_ATTRS:
        for record in getattr(doc, attr).values():
            count += (record.by == key) + sum(c.by == key for c in record.history)
    count += sum(v.by == key for v in doc.versions)
    return count + sum(s.signer == key for s in doc.signatures)


def _as_author(author: str, sender: frozenset[str], peer: frozenset[str],
               changes: list[schema.Change]) -> bool:
    """Whether the changes may be the author's own: the peer is the author, or (recovery) the
    author is this person and a new history entry in their name carries the change."""
    if author in peer:
        return True
    return author in sender and any(c.by == author for c in changes)


def _check_record(old: Any, new: Any, sender: frozenset[str], peer: frozenset[str],
                  changes: list[schema.Change]) -> None:
    if old is None:
        if new.by not in sender:
            raise UpdateRefused("forged origin")
        return
    if (new.by, new.at) != (old.by, old.at):
        raise UpdateRefused("immutable field changed")
    if new.deleted != old.deleted and not _as_author(new.by, sender, peer, changes):
        raise UpdateRefused("not the author")


# -- the document -----------------------------------------------------------------------------


class _Stored(msgspec.Struct, forbid_unknown_fields=True):
    """How the vault keeps a document (local only, never sent)."""

    v: int
    doc: bytes  # the whole document as one Yjs v1 update
    mine: list[int]  # Yjs client ids this replica has written with
    client: int | None = None  # the one it writes with now (kept while nothing is restored)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


_SCHEDULE_FIELDS = frozenset({"title", "start", "tz", "minutes", "repeat", "count", "status",
                              "deleted"})


class SharedDocument:
    """One relationship's shared records, as this replica holds them.

    `conversation_id` is the pair's direct conversation id (it binds agreement signatures to
    the pair); `me` is this person's signing key. Every local edit returns the update to send
    to the other person; `apply_remote` takes theirs."""

    def __init__(self, conversation_id: str, me: bytes, stored: bytes | None = None, *,
                 client_id: int | None = None, clock: Callable[[], int] = _now_ms,
                 new_id: Callable[[], str] = lambda: secrets.token_hex(16),
                 fresh_client: bool = False) -> None:
        self.conversation_id = conversation_id
        self._new_id = new_id
        self._me = me.hex()
        self._clock = clock
        data, mine, current = b"", [], None
        if stored is not None:
            kept = msgspec.json.decode(stored, type=_Stored)
            data, mine, current = kept.doc, list(kept.mine), kept.client
        self._mine = set(mine)
        self.took_back_own = False  # the last apply_remote returned this person's own writing
        probe = _load(data, 1) if data else Doc(client_id=1)
        taken = set(decode_state(probe.get_state())) | self._mine
        # The vault keeps writing with one client id, so that the state vector stays small; a
        # replica restored from an older copy takes a fresh one (`fresh_client`), so it never
        # reuses a clock it may already have sent.
        if client_id is None and current is not None and not fresh_client:
            client_id = current
        self._client = client_id if client_id is not None else self._new_client(taken)
        self._doc = _load(data, self._client) if data else Doc(client_id=self._client)

    @staticmethod
    def _new_client(taken: set[int]) -> int:
        while True:
            candidate = secrets.randbelow(2**32 - 1) + 1  # 32 bits: what Yjs in a browser uses
            if candidate not in taken:
                return candidate

    # -- storage and sync ---------------------------------------------------------------------

    def dump(self) -> bytes:
        return msgspec.json.encode(_Stored(1, self._doc.get_update(), sorted(self._mine),
                                           self._client))

    def document(self) -> schema.Document:
        """The whole document as checked plain values (what both replicas must agree on)."""
        return snapshot(self._doc)

    def state(self) -> bytes:
        """This replica's state vector, for a `shared.state` body."""
        return self._doc.get_state()

    def update_since(self, state: bytes | None = None) -> bytes:
        """Everything the holder of `state` (a peer's state vector) lacks, deletions included;
        the whole document without one. Raises `SchemaError` for a malformed state vector."""
        if state is None:
            return self._doc.get_update()
        decode_state(state)
        try:
            return self._doc.get_update(state)
        except ValueError as err:
            raise SchemaError("malformed") from err

    def apply_remote(self, update: bytes, sender: Iterable[bytes], *,
                     own_from_peer: bool = False) -> bool:
        """Apply a peer's update, authenticated as coming from the signing key(s) `sender`.
        Applied to a scratch copy, checked, and only then made current; raises
        `UpdateRefused` (keep nothing) or `MissingUpdates` (keep the envelope, ask for more).
        Returns whether anything changed.

        `own_from_peer` is for a replica restored from an older backup: the peer's copy then
        holds what this person wrote after the backup, and it is taken back from them (records
        and history in this person's name, structs of this replica's earlier client ids). Every
        other rule holds, and signatures must still verify."""
        if len(update) > MAX_UPDATE_BYTES:
            raise UpdateRefused("too large")
        before_state = decode_state(self._doc.get_state())
        scratch = _load(self._doc.get_update(), self._client)
        before = snapshot(scratch)
        _apply(scratch, update)
        after_state = decode_state(scratch.get_state())
        try:
            rest = pycrdt.get_update(update, scratch.get_state())
        except ValueError as err:
            raise UpdateRefused("bad update") from err
        try:
            missing = _unapplied(rest, after_state)
        except SchemaError as err:
            raise UpdateRefused("bad update") from err
        if missing:
            raise MissingUpdates()
        own = {self._client} if own_from_peer else self._mine | {self._client}
        if any(after_state.get(c, 0) != before_state.get(c, 0) for c in own):
            raise UpdateRefused("forged origin")  # items written in this replica's name
        data = scratch.get_update()
        if len(data) > MAX_DOCUMENT_BYTES:
            raise UpdateRefused("too large")
        after = snapshot(scratch)
        peer = frozenset(key.hex() for key in sender)
        keys = peer | ({self._me} if own_from_peer else set())
        _check_transition(before, after, keys, self._signed, peer)
        self.took_back_own = own_from_peer and _written_by(after, self._me) > \
            _written_by(before, self._me)
        changed = data != self._doc.get_update()
        self._doc = scratch
        return changed

    # -- local edits --------------------------------------------------------------------------

    def _edit(self, change: Callable[[Doc[Any]], str | None]) -> Edit:
        """Run `change` on a scratch copy, check the result as a peer would, then keep it. The
        update sent is the transaction's own (its structs and the deletions it made), never
        the whole delete set: a deletion travels with what replaced it."""
        scratch = _load(self._doc.get_update(), self._client)
        updates: list[bytes] = []
        subscription = scratch.observe(lambda event: updates.append(event.update))
        try:
            with scratch.transaction():
                record_id = change(scratch)
        finally:
            scratch.unobserve(subscription)
        try:
            snapshot(scratch)
        except UpdateRefused as err:
            raise LocalEditRefused(_refusal_sentence(err.reason)) from err
        if len(scratch.get_update()) > MAX_DOCUMENT_BYTES:
            raise LocalEditRefused("The shared records of this relationship are full.")
        update = pycrdt.merge_updates(*updates) if updates else None
        if update is None or update == b"\x00\x00":
            return Edit(record_id, None)
        self._doc = scratch
        self._mine.add(self._client)
        return Edit(record_id, update)

    def _change(self, values: dict[str, Any], milestone: str | None = None) -> dict[str, Any]:
        entry: dict[str, Any] = {"at": self._clock(), "by": self._me, "set": values}
        if milestone is not None:
            entry["milestone"] = milestone
        return entry

    def _add_record(self, root: str, values: dict[str, Any]) -> Edit:
        values = _cleaned(values)
        _refuse_schema(lambda: schema.check_fields(root, values))
        record_id = self._new_id()

        def change(doc: Doc[Any]) -> str:
            nested: dict[str, Any] = {"history": Array([self._change(values)])}
            if root == ROOT_GOALS:
                nested["milestones"] = Map()
            if root == ROOT_SESSIONS:
                nested["notes"] = Text()
            doc.get(root, type=Map)[record_id] = Map(
                {"by": self._me, "at": self._clock(), **values, **nested})
            return record_id

        return self._edit(change)

    def _update_record(self, root: str, record_id: str, values: dict[str, Any],
                       milestone: str | None = None) -> Edit:
        values = _cleaned(values)
        _refuse_schema(lambda: schema.check_fields(root, values, milestone is not None))

        def change(doc: Doc[Any]) -> str:
            record = doc.get(root, type=Map).get(record_id)
            if not isinstance(record, Map):
                raise UsageError("There is no such shared record.")
            target = record
            if milestone is not None:
                target = record["milestones"].get(milestone)
                if not isinstance(target, Map):
                    raise UsageError("There is no such milestone.")
            if ("deleted" in values or root in schema.AUTHOR_ONLY_ROOTS) \
                    and target["by"] != self._me:
                raise LocalEditRefused("Only the person who added it can delete or restore it.")
            changed = {k: v for k, v in values.items() if _plain_value(target.get(k)) != v}
            if changed:
                for key, value in changed.items():
                    target[key] = value
                record["history"].append(self._change(changed, milestone))
            return record_id

        return self._edit(change)

    # goals
    def add_goal(self, title: str, *, measure: str | None = None, due: str | None = None) -> Edit:
        values: dict[str, Any] = {"title": title, "status": "active", "progress": 0}
        if measure:
            values["measure"] = measure
        if due:
            values["due"] = due
        return self._add_record(ROOT_GOALS, values)

    def update_goal(self, goal_id: str, **values: Any) -> Edit:
        return self._update_record(ROOT_GOALS, goal_id, values)

    def delete_goal(self, goal_id: str) -> Edit:
        return self._update_record(ROOT_GOALS, goal_id, {"deleted": self._clock()})

    def restore_goal(self, goal_id: str) -> Edit:
        return self._update_record(ROOT_GOALS, goal_id, {"deleted": None})

    def add_milestone(self, goal_id: str, title: str, *, due: str | None = None) -> Edit:
        values: dict[str, Any] = {"title": clean_line(title), "done": False}
        if due:
            values["due"] = due
        _refuse_schema(lambda: schema.check_fields(ROOT_GOALS, values, milestone=True))
        milestone_id = self._new_id()

        def change(doc: Doc[Any]) -> str:
            goal = doc.get(ROOT_GOALS, type=Map).get(goal_id)
            if not isinstance(goal, Map):
                raise UsageError("There is no such goal.")
            goal["milestones"][milestone_id] = Map(
                {"by": self._me, "at": self._clock(), **values})
            goal["history"].append(self._change(values, milestone_id))
            return milestone_id

        return self._edit(change)

    def update_milestone(self, goal_id: str, milestone_id: str, **values: Any) -> Edit:
        return self._update_record(ROOT_GOALS, goal_id, values, milestone_id)

    def delete_milestone(self, goal_id: str, milestone_id: str) -> Edit:
        return self._update_record(ROOT_GOALS, goal_id, {"deleted": self._clock()}, milestone_id)

    # action items
    def add_action(self, title: str, *, goal: str | None = None, session: str | None = None,
                   due: str | None = None, assignee: bytes | None = None) -> Edit:
        values: dict[str, Any] = {"title": title, "done": False}
        optional = {"goal": goal, "session": session, "due": due,
                    "assignee": assignee.hex() if assignee else None}
        values.update({k: v for k, v in optional.items() if v is not None})
        return self._add_record(ROOT_ACTIONS, values)

    def update_action(self, action_id: str, **values: Any) -> Edit:
        if isinstance(values.get("assignee"), bytes):
            values["assignee"] = values["assignee"].hex()
        return self._update_record(ROOT_ACTIONS, action_id, values)

    def delete_action(self, action_id: str) -> Edit:
        return self._update_record(ROOT_ACTIONS, action_id, {"deleted": self._clock()})

    # sessions
    def add_session(self, title: str, *, start: str, tz: str, minutes: int,
                    repeat: str | None = None, count: int | None = None,
                    agenda: str | None = None, link: str | None = None) -> Edit:
        values: dict[str, Any] = {"title": title, "start": start, "tz": tz, "minutes": minutes,
                                  "status": "planned"}
        optional = {"repeat": repeat, "count": count, "agenda": agenda, "link": link}
        values.update({k: v for k, v in optional.items() if v is not None})
        return self._add_record(ROOT_SESSIONS, values)

    def update_session(self, session_id: str, **values: Any) -> Edit:
        return self._update_record(ROOT_SESSIONS, session_id, values)

    def delete_session(self, session_id: str) -> Edit:
        return self._update_record(ROOT_SESSIONS, session_id, {"deleted": self._clock()})

    # feedback
    def add_feedback(self, *, session: str | None = None, rating: int | None = None,
                     useful: str = "", try_next: str = "", next_step: str = "") -> Edit:
        values: dict[str, Any] = {"useful": useful, "try_next": try_next,
                                  "next_step": next_step}
        if not any(text.strip() for text in values.values()) and rating is None:
            raise LocalEditRefused("Feedback needs a rating or at least one answer.")
        if session is not None:
            values["session"] = session
        if rating is not None:
            values["rating"] = rating
        return self._add_record(ROOT_FEEDBACK, values)

    def update_feedback(self, feedback_id: str, **values: Any) -> Edit:
        return self._update_record(ROOT_FEEDBACK, feedback_id, values)

    def delete_feedback(self, feedback_id: str) -> Edit:
        return self._update_record(ROOT_FEEDBACK, feedback_id, {"deleted": self._clock()})

    def edit_notes(self, session_id: str, text: str) -> Edit:
        """Make the session's shared notes read `text`, as the smallest edit (common start and
        end kept), so that what the other person typed meanwhile merges in."""
        text = schema.clean_text(text, multi_line=True)

        def change(doc: Doc[Any]) -> str:
            session = doc.get(ROOT_SESSIONS, type=Map).get(session_id)
            if not isinstance(session, Map):
                raise UsageError("There is no such session.")
            notes = session["notes"]
            old = str(notes)
            start = 0
            while start < min(len(old), len(text)) and old[start] == text[start]:
                start += 1
            end = 0
            while (end < min(len(old), len(text)) - start
                   and old[len(old) - 1 - end] == text[len(text) - 1 - end]):
                end += 1
            # pycrdt counts positions in UTF-8 bytes.
            offset = len(old[:start].encode("utf-8"))
            removed = len(old[start:len(old) - end].encode("utf-8"))
            if removed:
                del notes[offset:offset + removed]
            inserted = text[start:len(text) - end]
            if inserted:
                notes.insert(offset, inserted)
            return session_id

        return self._edit(change)

    # agreement
    def edit_draft(self, **terms: Any) -> Edit:
        """Set (or, with None, clear) terms of the draft both people edit."""
        for key in ("confidentiality",):
            if isinstance(terms.get(key), str):
                terms[key] = schema.clean_text(terms[key], multi_line=True)
        if isinstance(terms.get("goals"), list):
            terms["goals"] = [clean_line(goal) for goal in terms["goals"]]
        _refuse_schema(lambda: schema.check_terms({k: v for k, v in terms.items()
                                                   if v is not None}))

        def change(doc: Doc[Any]) -> None:
            draft = doc.get(ROOT_DRAFT, type=Map)
            for key, value in terms.items():
                if _plain_value(draft.get(key)) != value:
                    draft[key] = value

        return self._edit(change)

    def propose(self) -> Edit:
        """Propose the draft as it is now: a new version, immutable from here on."""
        terms = schema.check_terms(_plain_map(self._doc.get(ROOT_DRAFT, type=Map), {}))
        # Checked here, not in the layout: two people editing the draft at once may leave
        # it so for a moment, and a merged draft must never be refused.
        if terms.start is not None and terms.end is not None and terms.start > terms.end:
            raise LocalEditRefused("The agreement cannot end before it starts.")
        version_id = self._new_id()
        entry = {"id": version_id, "by": self._me, "at": self._clock(),
                 "terms": schema.terms_object(terms)}

        def change(doc: Doc[Any]) -> str:
            doc.get(ROOT_VERSIONS, type=Array).append(entry)
            return version_id

        return self._edit(change)

    def sign(self, identity: Identity, version_id: str | None = None) -> Edit:
        """Accept and sign a version (the latest by default) with this person's identity key."""
        if identity.public.signing_key.hex() != self._me:
            raise UsageError("Sign with this vault's own identity.")
        versions = snapshot(self._doc).versions
        chosen = [v for v in versions if version_id in (None, v.id)]
        if not chosen:
            raise UsageError("There is no proposed agreement to sign.")
        version = chosen[-1]
        signature = sign_detached(identity, self._signed(version))
        entry = {"version": version.id, "signer": self._me, "at": self._clock(),
                 "sig": signature.hex()}

        def change(doc: Doc[Any]) -> str:
            doc.get(ROOT_SIGNATURES, type=Array).append(entry)
            return version.id

        return self._edit(change)

    def _signed(self, version: schema.Version) -> bytes:
        return schema.agreement_signed_bytes(self.conversation_id, version.id, version.terms)

    # -- views --------------------------------------------------------------------------------

    def records(self, mine: Iterable[bytes] = (), theirs: Iterable[bytes] = (),
                document: schema.Document | None = None) -> Records:
        """Plain records for views. `mine` and `theirs` are each side's signing keys (current
        and earlier); every signature is verified again here, so a vault edited behind the
        app's back shows as tampered. `document`: this document's `document()`, if the caller
        has it already."""
        my_keys = {self._me} | {key.hex() for key in mine}
        their_keys = {key.hex() for key in theirs}
        doc = document if document is not None else snapshot(self._doc)

        def changes(history: list[schema.Change]) -> tuple[Change, ...]:
            return tuple(Change(c.at, c.by, c.by in my_keys, dict(c.set), c.milestone)
                         for c in history)

        goals = tuple(
            Goal(gid, g.title or "", g.measure or "", g.due, g.status or "active",
                 g.progress or 0, g.deleted is not None, g.by, g.by in my_keys, g.at,
                 tuple(Milestone(mid, m.title or "", bool(m.done), m.due,
                                 m.deleted is not None, m.by in my_keys)
                       for mid, m in sorted(g.milestones.items(), key=lambda i: (i[1].at, i[0]))),
                 changes(g.history))
            for gid, g in sorted(doc.goals.items(), key=lambda i: (i[1].at, i[0])))
        actions = tuple(
            ActionItem(aid, a.title or "", bool(a.done), a.due, a.goal, a.session, a.assignee,
                       a.deleted is not None, a.by, a.by in my_keys, a.at, changes(a.history))
            for aid, a in sorted(doc.actions.items(), key=lambda i: (i[1].at, i[0])))
        sessions = tuple(
            Session(sid, s.title or "", s.start or "", s.tz or "UTC", s.minutes or 0, s.repeat,
                    s.count, s.agenda or "", s.link, s.status or "planned", s.notes,
                    s.deleted is not None, s.by, s.by in my_keys, s.at,
                    sum(1 for c in s.history[1:] if _SCHEDULE_FIELDS & c.set.keys()),
                    changes(s.history))
            for sid, s in sorted(doc.sessions.items(), key=lambda i: (i[1].start or "", i[0])))
        feedback = tuple(
            Feedback(fid, f.session, f.rating, f.useful or "", f.try_next or "",
                     f.next_step or "", f.deleted is not None, f.by, f.by in my_keys, f.at,
                     changes(f.history))
            for fid, f in sorted(doc.feedback.items(), key=lambda i: (i[1].at, i[0])))
        return Records(goals, actions, sessions,
                       agreement_view(doc, self.conversation_id, my_keys, their_keys), feedback)


def agreement_view(doc: schema.Document, conversation_id: str, my_keys: set[str],
                   their_keys: set[str]) -> Agreement:
    """The agreement as views show it, every signature verified (now) against the terms held,
    the pair's conversation id and the signer's key."""
    versions = []
    tampered = False
    for number, version in enumerate(doc.versions, start=1):
        message = schema.agreement_signed_bytes(conversation_id, version.id, version.terms)
        views = []
        seen: set[str] = set()
        for sig in doc.signatures:
            if sig.version != version.id or sig.signer in seen:
                continue
            seen.add(sig.signer)
            valid = verify_detached(bytes.fromhex(sig.signer), message,
                                    bytes.fromhex(sig.sig))
            tampered = tampered or not valid
            views.append(SignatureView(sig.signer, sig.signer in my_keys, sig.at, valid))
        both = (any(v.valid and v.by_me for v in views)
                and any(v.valid and v.signer in their_keys for v in views))
        versions.append(AgreementVersion(version.id, number, version.by, version.by in my_keys,
                                         version.at, schema.terms_object(version.terms),
                                         tuple(views), both))
    status = "proposed" if versions else "draft"
    if versions and versions[-1].signed_by_both:
        status = "signed"
    return Agreement(status, schema.terms_object(doc.draft), tuple(versions), tampered)


def clean_line(text: str) -> str:
    return schema.clean_text(text)


def _cleaned(values: dict[str, Any]) -> dict[str, Any]:
    multi = {"measure", "agenda", "useful", "try_next", "next_step"}
    return {k: (schema.clean_text(v, multi_line=k in multi) if isinstance(v, str)
                and k not in {"due", "start", "tz", "link", "status", "repeat", "goal",
                              "session", "assignee"} else v)
            for k, v in values.items()}


def _refuse_schema(check: Callable[[], object]) -> None:
    try:
        check()
    except SchemaError as err:
        raise LocalEditRefused(_refusal_sentence(err.reason)) from err


def _refusal_sentence(reason: str) -> str:
    if reason == "too many records":
        return "There are too many shared records of this kind in this relationship."
    return "That does not fit a shared record (a value is too long, empty or not allowed)."
