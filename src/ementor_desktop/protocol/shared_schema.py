"""Shared records on the wire (docs/protocol.md Part 3): the layout of a relationship's shared
document, every field's type and limit, the `shared.update` / `shared.state` bodies, and the
canonical form of an agreement that each person signs. The only place that says what a shared
record may contain.

Values are checked after a Yjs document has been turned into plain Python (`domain/shared.py`
does that and knows Yjs); here there is no Yjs, no keys and no I/O. A value that breaks a rule
raises `SchemaError` with a short, content-free `reason`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import Annotated, Any, Literal
from zoneinfo import available_timezones

import msgspec
import rfc8785

from ementor_desktop.protocol.relay_v1 import ProtocolError, b64url_decode, b64url_encode

#: Layout of the shared document; a body naming another one is kept until the app knows it.
LAYOUT = 1
#: Capabilities (= envelope kinds) of Part 3, announced in protocol 1.1 `caps`. Shared kinds go
#: only to a peer that announced both.
KIND_UPDATE = "shared.update"
KIND_STATE = "shared.state"
CAPS = (KIND_STATE, KIND_UPDATE)

# -- budgets ----------------------------------------------------------------------------------
#: One `shared.update` part carries at most this many update bytes (base64url: 60,000
#: characters), so its content stays well inside the largest envelope (65,390 bytes).
MAX_PART_BYTES = 45_000
MAX_PARTS = 96
#: A whole update (all its parts), and the whole document encoded as one update.
MAX_UPDATE_BYTES = MAX_PART_BYTES * MAX_PARTS
MAX_DOCUMENT_BYTES = 4 * 1024 * 1024
MAX_STATE_BYTES = 6_000
MAX_GOALS = 200
MAX_ACTIONS = 1_000
MAX_SESSIONS = 1_000
MAX_FEEDBACK = 1_000
MAX_MILESTONES = 50
MAX_HISTORY = 500
MAX_VERSIONS = 100
MAX_SIGNATURES = 200
MAX_NOTES_BYTES = 256 * 1024
MAX_TIME_MS = 2**53

#: Root names of the document and the shared type each must be. Nothing else may exist.
ROOT_GOALS = "goals"
ROOT_ACTIONS = "actions"
ROOT_SESSIONS = "sessions"
ROOT_FEEDBACK = "feedback"
ROOT_DRAFT = "agreement.draft"
ROOT_VERSIONS = "agreement.versions"
ROOT_SIGNATURES = "agreement.signatures"
RECORD_ROOTS = (ROOT_GOALS, ROOT_ACTIONS, ROOT_SESSIONS, ROOT_FEEDBACK)
MAP_ROOTS = (*RECORD_ROOTS, ROOT_DRAFT)
ARRAY_ROOTS = (ROOT_VERSIONS, ROOT_SIGNATURES)
ROOTS = frozenset(MAP_ROOTS + ARRAY_ROOTS)
RECORD_LIMITS = {ROOT_GOALS: MAX_GOALS, ROOT_ACTIONS: MAX_ACTIONS, ROOT_SESSIONS: MAX_SESSIONS,
                 ROOT_FEEDBACK: MAX_FEEDBACK}
#: Roots whose records only their author may change (feedback is what one person said).
AUTHOR_ONLY_ROOTS = frozenset({ROOT_FEEDBACK})

#: The signed form of an agreement version starts with this context (then one zero byte).
AGREEMENT_CONTEXT = b"ementor/agreement/v1\x00"


class SchemaError(ValueError):
    """A shared document or body that breaks Part 3. `reason` is a short label for logs."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


Hex32 = Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{32}\\Z")]
Hex64 = Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{64}\\Z")]
Hex128 = Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{128}\\Z")]
Millis = Annotated[int, msgspec.Meta(ge=1, le=MAX_TIME_MS)]
DateText = Annotated[str, msgspec.Meta(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z")]
LocalTime = Annotated[str, msgspec.Meta(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}\\Z")]
Zone = Annotated[str, msgspec.Meta(pattern="^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}\\Z",
                                   max_length=64)]
GoalStatus = Literal["active", "paused", "achieved", "dropped"]
SessionStatus = Literal["planned", "held", "cancelled"]
Cadence = Literal["weekly", "fortnightly", "monthly"]
Repeat = Literal["weekly", "fortnightly", "monthly"]
Channel = Literal["async", "chat", "video", "phone"]
CoordinatorView = Literal["agreement", "goals", "sessions", "progress"]

# Characters refused in any text of a shared record: C0/C1 controls (tab and line feed only in
# multi-line fields), DEL, bidi embeddings, overrides and isolates. Refused, not cleaned: both
# replicas must hold the same document, so nobody rewrites what the other wrote.
_MULTI_LINE_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SINGLE_LINE_BAD = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def check_text(text: str, low: int, high: int, *, multi_line: bool = False) -> str:
    """A string of `low` characters at least, `high` UTF-8 bytes at most, no refused
    characters; single-line text is not only white space when `low` > 0."""
    bad = _MULTI_LINE_BAD if multi_line else _SINGLE_LINE_BAD
    if len(text) < low or len(text.encode("utf-8", "surrogatepass")) > high:
        raise ValueError("length")
    if bad.search(text) or any("\ud800" <= c <= "\udfff" for c in text):
        raise ValueError("characters")
    if low and not text.strip():
        raise ValueError("blank")
    return text


def clean_text(text: str, *, multi_line: bool = False) -> str:
    """What a local edit writes: the refused characters removed (never applied to what a peer
    wrote, which is refused instead)."""
    bad = _MULTI_LINE_BAD if multi_line else _SINGLE_LINE_BAD
    if not multi_line:
        text = text.replace("\n", " ").replace("\t", " ")
    return bad.sub("", text).strip() if not multi_line else bad.sub("", text)


def _check_date(value: str | None) -> None:
    if value is not None:
        date.fromisoformat(value)


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


class _Strict(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    pass


# -- records ----------------------------------------------------------------------------------

class GoalFields(_Strict):
    """A goal's editable fields; in a history entry, only those it changed."""

    title: str | None = None
    measure: str | None = None
    due: DateText | None = None
    status: GoalStatus | None = None
    progress: Annotated[int, msgspec.Meta(ge=0, le=100)] | None = None
    deleted: Millis | None = None

    def __post_init__(self) -> None:
        if self.title is not None:
            check_text(self.title, 1, 300)
        if self.measure is not None:
            check_text(self.measure, 0, 2000, multi_line=True)
        _check_date(self.due)


class MilestoneFields(_Strict):
    title: str | None = None
    done: bool | None = None
    due: DateText | None = None
    deleted: Millis | None = None

    def __post_init__(self) -> None:
        if self.title is not None:
            check_text(self.title, 1, 300)
        _check_date(self.due)


class ActionFields(_Strict):
    title: str | None = None
    done: bool | None = None
    due: DateText | None = None
    goal: Hex32 | None = None
    session: Hex32 | None = None
    assignee: Hex64 | None = None
    deleted: Millis | None = None

    def __post_init__(self) -> None:
        if self.title is not None:
            check_text(self.title, 1, 300)
        _check_date(self.due)


class SessionFields(_Strict):
    title: str | None = None
    start: LocalTime | None = None
    tz: Zone | None = None
    minutes: Annotated[int, msgspec.Meta(ge=5, le=1440)] | None = None
    repeat: Repeat | None = None
    count: Annotated[int, msgspec.Meta(ge=1, le=260)] | None = None
    agenda: str | None = None
    link: str | None = None
    status: SessionStatus | None = None
    deleted: Millis | None = None

    def __post_init__(self) -> None:
        if self.title is not None:
            check_text(self.title, 1, 300)
        if self.start is not None:
            datetime.fromisoformat(self.start)
        if self.tz is not None and self.tz not in _zones():
            raise ValueError("time zone")
        if self.agenda is not None:
            check_text(self.agenda, 0, 4000, multi_line=True)
        if self.link is not None:
            check_text(self.link, 9, 2048)
            if not self.link.startswith("https://") or any(c.isspace() for c in self.link):
                raise ValueError("link")


class FeedbackFields(_Strict):
    """Feedback one person gives the other, usually after a session: specific and constructive
    (what was useful, one thing to try differently, the next step), with an optional rating."""

    session: Hex32 | None = None
    rating: Annotated[int, msgspec.Meta(ge=1, le=5)] | None = None
    useful: str | None = None
    try_next: str | None = None
    next_step: str | None = None
    deleted: Millis | None = None

    def __post_init__(self) -> None:
        for text in (self.useful, self.try_next, self.next_step):
            if text is not None:
                check_text(text, 0, 2000, multi_line=True)


FIELDS: dict[str, type[_Strict]] = {
    ROOT_GOALS: GoalFields, ROOT_ACTIONS: ActionFields, ROOT_SESSIONS: SessionFields,
    ROOT_FEEDBACK: FeedbackFields,
}
#: Fields a record of each kind must have when created (beyond `by` and `at`).
REQUIRED: dict[str, frozenset[str]] = {
    ROOT_GOALS: frozenset({"title", "status", "progress"}),
    ROOT_ACTIONS: frozenset({"title", "done"}),
    ROOT_SESSIONS: frozenset({"title", "start", "tz", "minutes", "status"}),
    ROOT_FEEDBACK: frozenset(),
}
#: Nested shared types of a record, by root: key -> "map" | "array" | "text".
NESTED: dict[str, dict[str, str]] = {
    ROOT_GOALS: {"history": "array", "milestones": "map"},
    ROOT_ACTIONS: {"history": "array"},
    ROOT_SESSIONS: {"history": "array", "notes": "text"},
    ROOT_FEEDBACK: {"history": "array"},
}


class Change(_Strict):
    """One history entry: who changed what, when (their clock). `milestone` names the milestone
    of a goal the change is about; `set` holds the new values (a `None` clears a field)."""

    at: Millis
    by: Hex64
    set: dict[str, Any]
    milestone: Hex32 | None = None


class Milestone(MilestoneFields, kw_only=True):
    by: Hex64
    at: Millis


class Goal(GoalFields, kw_only=True):
    by: Hex64
    at: Millis
    history: Annotated[list[Change], msgspec.Meta(min_length=1, max_length=MAX_HISTORY)]
    milestones: Annotated[dict[Hex32, Milestone], msgspec.Meta(max_length=MAX_MILESTONES)]


class ActionItem(ActionFields, kw_only=True):
    by: Hex64
    at: Millis
    history: Annotated[list[Change], msgspec.Meta(min_length=1, max_length=MAX_HISTORY)]


class Session(SessionFields, kw_only=True):
    by: Hex64
    at: Millis
    history: Annotated[list[Change], msgspec.Meta(min_length=1, max_length=MAX_HISTORY)]
    notes: str

    def __post_init__(self) -> None:
        super().__post_init__()
        check_text(self.notes, 0, MAX_NOTES_BYTES, multi_line=True)


class Feedback(FeedbackFields, kw_only=True):
    by: Hex64
    at: Millis
    history: Annotated[list[Change], msgspec.Meta(min_length=1, max_length=MAX_HISTORY)]


class Terms(_Strict):
    """An agreement's terms; the draft both edit and every proposed version have this shape."""

    goals: Annotated[list[str], msgspec.Meta(max_length=20)] | None = None
    start: DateText | None = None
    end: DateText | None = None
    cadence: Cadence | None = None
    channels: Annotated[list[Channel], msgspec.Meta(max_length=4)] | None = None
    response_hours: Annotated[int, msgspec.Meta(ge=1, le=720)] | None = None
    confidentiality: str | None = None
    reviews: Annotated[list[DateText], msgspec.Meta(max_length=12)] | None = None
    coordinator: Annotated[list[CoordinatorView], msgspec.Meta(max_length=4)] | None = None

    def __post_init__(self) -> None:
        for goal in self.goals or ():
            check_text(goal, 1, 300)
        _check_date(self.start)
        _check_date(self.end)
        for day in self.reviews or ():
            _check_date(day)
        if self.confidentiality is not None:
            check_text(self.confidentiality, 0, 4000, multi_line=True)
        for values in (self.channels, self.coordinator):
            if values is not None and len(set(values)) != len(values):
                raise ValueError("repeated value")


class Version(_Strict):
    """A proposed agreement: the draft's terms at the moment someone proposed them."""

    id: Hex32
    by: Hex64
    at: Millis
    terms: Terms


class Signature(_Strict):
    """A party's Ed25519 signature over `agreement_signed_bytes` of one version."""

    version: Hex32
    signer: Hex64
    at: Millis
    sig: Hex128


class Document(_Strict):
    """The whole shared document of one relationship, as plain values."""

    goals: Annotated[dict[Hex32, Goal], msgspec.Meta(max_length=MAX_GOALS)]
    actions: Annotated[dict[Hex32, ActionItem], msgspec.Meta(max_length=MAX_ACTIONS)]
    sessions: Annotated[dict[Hex32, Session], msgspec.Meta(max_length=MAX_SESSIONS)]
    feedback: Annotated[dict[Hex32, Feedback], msgspec.Meta(max_length=MAX_FEEDBACK)]
    draft: Terms
    versions: Annotated[list[Version], msgspec.Meta(max_length=MAX_VERSIONS)]
    signatures: Annotated[list[Signature], msgspec.Meta(max_length=MAX_SIGNATURES)]


def parse_document(plain: dict[str, Any]) -> Document:
    """Check a document given as plain values (numbers already made integers) against the
    layout: types, lengths, counts, allowed keys, history entries and references."""
    try:
        doc = msgspec.convert(plain, Document, strict=True)
    except msgspec.ValidationError as err:
        raise SchemaError("schema") from err
    for root, records in ((ROOT_GOALS, doc.goals), (ROOT_ACTIONS, doc.actions),
                          (ROOT_SESSIONS, doc.sessions), (ROOT_FEEDBACK, doc.feedback)):
        for record in records.values():
            for change in record.history:
                _check_change(root, change, record)
            missing = REQUIRED[root] - {k for k in REQUIRED[root]
                                         if getattr(record, k) is not None}
            if missing:
                raise SchemaError("schema")
    for action in doc.actions.values():
        if action.goal is not None and action.goal not in doc.goals:
            raise SchemaError("schema")
        if action.session is not None and action.session not in doc.sessions:
            raise SchemaError("schema")
    for feedback in doc.feedback.values():
        if feedback.session is not None and feedback.session not in doc.sessions:
            raise SchemaError("schema")
    ids = [version.id for version in doc.versions]
    if len(set(ids)) != len(ids):
        raise SchemaError("schema")
    known = set(ids)
    if any(signature.version not in known for signature in doc.signatures):
        raise SchemaError("schema")
    return doc


def _check_change(root: str, change: Change, record: Any) -> None:
    if change.milestone is not None:
        if root != ROOT_GOALS or change.milestone not in record.milestones:
            raise SchemaError("schema")
        fields: type[_Strict] = MilestoneFields
    else:
        fields = FIELDS[root]
    if not change.set:
        raise SchemaError("schema")
    try:
        msgspec.convert(change.set, fields, strict=True)
    except msgspec.ValidationError as err:
        raise SchemaError("schema") from err


def check_fields(root: str, values: dict[str, Any], milestone: bool = False) -> dict[str, Any]:
    """Local edits: the values a person is about to write, checked as a peer would check them.
    Raises `SchemaError`; returns the values unchanged."""
    fields: type[_Strict] = MilestoneFields if milestone else FIELDS[root]
    try:
        msgspec.convert(values, fields, strict=True)
    except msgspec.ValidationError as err:
        raise SchemaError("schema") from err
    return values


def check_terms(values: dict[str, Any]) -> Terms:
    try:
        return msgspec.convert(values, Terms, strict=True)
    except msgspec.ValidationError as err:
        raise SchemaError("schema") from err


def terms_object(terms: Terms) -> dict[str, Any]:
    """Terms as the plain object that is signed: absent and `None` fields left out."""
    plain: dict[str, Any] = msgspec.to_builtins(terms)
    return {key: value for key, value in plain.items() if value is not None}


def agreement_signed_bytes(conversation_id: str, version_id: str, terms: Terms) -> bytes:
    """What each party signs: the context, then RFC 8785 canonical JSON of
    `{"conv", "terms", "version"}` (the version's terms, bound to this pair and this version)."""
    body: Any = {"conv": conversation_id, "terms": terms_object(terms), "version": version_id}
    return AGREEMENT_CONTEXT + rfc8785.dumps(body)


# -- envelope bodies --------------------------------------------------------------------------

Layout = Annotated[int, msgspec.Meta(ge=1, le=2**31)]
PartNumber = Annotated[int, msgspec.Meta(ge=1, le=MAX_PARTS)]
Update = Annotated[str, msgspec.Meta(min_length=2, max_length=60_000)]
State = Annotated[str, msgspec.Meta(min_length=1, max_length=8_000)]


class SharedUpdateBody(_Strict):
    """`shared.update`: Yjs v1 update bytes (base64url), whole or as part `part` of `parts` of
    the update `set`. A whole update has none of the three part fields."""

    layout: Layout
    update: Update
    set: Hex32 | None = None
    part: PartNumber | None = None
    parts: PartNumber | None = None

    def __post_init__(self) -> None:
        split = (self.set, self.part, self.parts)
        if any(v is None for v in split) and any(v is not None for v in split):
            raise ValueError("part fields")
        if self.part is not None and self.parts is not None and self.part > self.parts:
            raise ValueError("part number")

    def update_bytes(self) -> bytes:
        try:
            return b64url_decode(self.update)
        except ProtocolError as err:
            raise SchemaError("malformed") from err


class SharedStateBody(_Strict):
    """`shared.state`: the sender's Yjs state vector (base64url): "this is what I have"."""

    layout: Layout
    state: State

    def state_bytes(self) -> bytes:
        try:
            raw = b64url_decode(self.state)
        except ProtocolError as err:
            raise SchemaError("malformed") from err
        if len(raw) > MAX_STATE_BYTES:
            raise SchemaError("too large")
        return raw


SCHEMAS: dict[str, type[_Strict]] = {KIND_UPDATE: SharedUpdateBody, KIND_STATE: SharedStateBody}


def parse_body(kind: str, body: dict[str, Any]) -> SharedUpdateBody | SharedStateBody:
    """A body (as `protocol.content.Content.body` holds it) checked against its kind."""
    schema = SCHEMAS.get(kind)
    if schema is None:
        raise SchemaError("unknown kind")
    try:
        parsed = msgspec.convert(body, schema, strict=True)
    except msgspec.ValidationError as err:
        raise SchemaError("malformed") from err
    assert isinstance(parsed, SharedUpdateBody | SharedStateBody)
    return parsed


def split_update(update: bytes, set_id: str) -> list[SharedUpdateBody]:
    """The bodies that carry `update`: one whole, or parts of at most MAX_PART_BYTES."""
    if not update or len(update) > MAX_UPDATE_BYTES:
        raise SchemaError("too large")
    if len(update) <= MAX_PART_BYTES:
        return [SharedUpdateBody(LAYOUT, b64url_encode(update))]
    chunks = [update[i:i + MAX_PART_BYTES] for i in range(0, len(update), MAX_PART_BYTES)]
    return [SharedUpdateBody(LAYOUT, b64url_encode(chunk), set_id, n, len(chunks))
            for n, chunk in enumerate(chunks, start=1)]


def join_parts(parts: list[SharedUpdateBody]) -> bytes:
    """The update carried by every part of one set (any order, duplicates harmless). Raises
    `SchemaError` if parts are missing, disagree, or belong to different sets."""
    if not parts:
        raise SchemaError("missing parts")
    first = parts[0]
    if first.set is None:
        if len(parts) != 1:
            raise SchemaError("malformed")
        return first.update_bytes()
    by_number: dict[int, bytes] = {}
    for part in parts:
        if part.set != first.set or part.parts != first.parts or part.part is None:
            raise SchemaError("malformed")
        data = part.update_bytes()
        if by_number.setdefault(part.part, data) != data:
            raise SchemaError("malformed")
    if first.parts is None or len(by_number) != first.parts:
        raise SchemaError("missing parts")
    return b"".join(by_number[n] for n in range(1, first.parts + 1))
