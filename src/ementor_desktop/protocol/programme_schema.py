"""Programmes on the wire (docs/protocol.md Part 4): the enrolment code, the seventeen
`programme.*` bodies with every field's type and limit, the three signed statements (match card,
consent, summary) in their canonical form, the terms hash, the receiver's checks that need no
vault, and the arithmetic of randomised response and small-group suppression. The only place
that says what a programme message may contain.

Pure: no I/O, no keys, no clock. Signing and verifying are the caller's
(`crypto.signing.sign_detached` / `verify_detached`), passed in where a check needs them, as
`relay_v1.verify_owner_signature` takes its `check`; public keys are checked as points by the
caller (`crypto.keys`), since this layer imports no crypto. Every refusal raises
`ProgrammeError` with a short, content-free `reason`; `keep` tells the inbox whether the envelope
may become valid later (a later programme version, an unknown kind) and is kept, or is dropped.

Bodies are not registered in `protocol.content` yet: an app announces these kinds in `caps`
only once it applies them (Part 2 §3, "Capabilities").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Annotated, Any, Literal

import msgspec
import rfc8785

from ementor_desktop.protocol.display import clean_name, is_unsafe
from ementor_desktop.protocol.profile_schema import ProfileCardBody
from ementor_desktop.protocol.relay_url import parse_relay_url
from ementor_desktop.protocol.relay_v1 import ProtocolError, b64url_decode, b64url_encode

#: Programme version of every body (`v`); another integer is kept until the app knows it.
VERSION = 1

# -- kinds ------------------------------------------------------------------------------------
KIND_JOIN = "programme.join"
KIND_WELCOME = "programme.welcome"
KIND_PROFILE = "programme.profile"
KIND_STATUS = "programme.status"
KIND_SHORTLIST = "programme.shortlist"
KIND_RANK = "programme.rank"
KIND_REQUEST = "programme.request"
KIND_OFFER = "programme.offer"
KIND_REPLY = "programme.reply"
KIND_OUTCOME = "programme.outcome"
KIND_CARD = "programme.card"
KIND_INTRO = "programme.intro"
KIND_LEAVE = "programme.leave"
KIND_REMATCH = "programme.rematch"
KIND_REPORT = "programme.report"
KIND_SUMMARY = "programme.summary"
KIND_WITHDRAW = "programme.withdraw"
#: The inner content of a sealed note (never an envelope of its own, never in caps).
KIND_NOTE = "programme.note"

#: Sent by a participant, applied only by the programme's coordinator.
TO_COORDINATOR = frozenset({KIND_JOIN, KIND_PROFILE, KIND_RANK, KIND_REQUEST, KIND_REPLY,
                            KIND_LEAVE, KIND_REMATCH, KIND_REPORT, KIND_SUMMARY, KIND_WITHDRAW})
#: Sent by the coordinator, applied only by a participant of that programme.
TO_PARTICIPANT = frozenset({KIND_WELCOME, KIND_STATUS, KIND_SHORTLIST, KIND_OFFER, KIND_OUTCOME,
                            KIND_CARD, KIND_INTRO})
#: What an app that supports programmes adds to its `caps` (both sides: one app may coordinate
#: one programme and take part in another).
CAPS = tuple(sorted(TO_COORDINATOR | TO_PARTICIPANT))

# -- contexts and prefixes --------------------------------------------------------------------
CARD_CONTEXT = b"ementor/match-card/v1\x00"
CONSENT_CONTEXT = b"ementor/programme-consent/v1\x00"
SUMMARY_CONTEXT = b"ementor/programme-summary/v1\x00"
TERMS_PERSON = b"ementor-terms-v1"
CODE_PREFIX = "ementor-programme-1:"

# -- limits -----------------------------------------------------------------------------------
MAX_TIME_MS = 2**53
MAX_EXPIRY_S = 253_402_300_799  # 9999-12-31T23:59:59Z, as Part 2's invite code
MAX_CODE_CHARS = 4096
MAX_CONTENT = 65_390  # Part 2 §2: the largest content an envelope carries
MAX_PROGRAMME_NAME_BYTES = 200
MAX_PERSON_NAME_BYTES = 320
MAX_HEADLINE_BYTES = 800
MAX_LONG_TEXT_BYTES = 4000  # purpose, benefits, expectations
MAX_LONG_TEXT_LINES = 60
MAX_LABEL_BYTES = 300
MAX_TERMS_BYTES = 32_768  # the canonical terms
MAX_FIELDS = 24
MAX_EXTRA = 10
MAX_EXTRA_CHARS = 100
MAX_EXTRA_BYTES = 400
MAX_DEPARTMENT_CHARS = 100
MAX_DEPARTMENT_BYTES = 400
MAX_PULSE_ITEMS = 10
MAX_PARTICIPANTS = 10_000
MIN_GROUP_LOW, MIN_GROUP_HIGH, DEFAULT_MIN_GROUP = 3, 100, 5
P_MILLI_LOW, P_MILLI_SENSITIVE_HIGH, P_MILLI_PLAIN = 100, 900, 1000
DEFAULT_P_MILLI = 500
SCALE = (1, 2, 3, 4, 5)  # every pulse item
MAX_SHORTLIST = 10
MAX_OPEN_REQUESTS = 5
MAX_REQUEST_DAYS = 30
MAX_ROUTES = 21  # a mentor's 20 places and one spare
MAX_PAIRS = 20
MAX_CRITERIA = 6
MAX_ALTERNATIVES = 10
MAX_DETAIL_BYTES = 400
MAX_WEIGHT_MILLI = 1_000_000  # matching's largest weight, 1,000 points
MAX_SCORE_MILLI = MAX_CRITERIA * MAX_WEIGHT_MILLI
MAX_NOTE_TEXT_BYTES = 2000
NOTE_BLOB_SIZES = (1024, 4096)  # Part 2 buckets a note may use
MAX_REMATCH_NOTE_BYTES = 2000
MAX_REPORT_BYTES = 8000
MAX_REPORT_LINES = 200
MAX_RETENTION_DAYS = 3650
#: A join is fresh for this long after its `sent` (the app makes a new one after 3 days).
JOIN_MAX_AGE_MS = 7 * 24 * 3600 * 1000
#: How far in the future a sender's clock may be.
CLOCK_SKEW_MS = 24 * 3600 * 1000
#: Summaries are accepted for the current period and this many before it.
SUMMARY_LATE_PERIODS = 2


class ProgrammeError(ValueError):
    """A programme body, code or statement that is refused. `reason` is a short label for logs;
    `keep` is true when the envelope may become valid with a later app (kept, Part 2 §5)."""

    keep = False

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Malformed(ProgrammeError):
    def __init__(self, reason: str = "malformed") -> None:
        super().__init__(reason)


class UnsupportedVersion(ProgrammeError):
    keep = True

    def __init__(self) -> None:
        super().__init__("unsupported programme version")


class UnknownKind(ProgrammeError):
    keep = True

    def __init__(self) -> None:
        super().__init__("unknown kind")


# -- value types ------------------------------------------------------------------------------

Hex32 = Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{32}\\Z")]
Hex64 = Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{64}\\Z")]
Hex128 = Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{128}\\Z")]
B64Key = Annotated[str, msgspec.Meta(pattern="^[A-Za-z0-9_-]{43}\\Z")]
SendId = Annotated[str, msgspec.Meta(pattern="^[A-Za-z0-9_-]{43}\\Z")]
Millis = Annotated[int, msgspec.Meta(ge=1, le=MAX_TIME_MS)]
Capability = Annotated[str, msgspec.Meta(pattern="^[a-z][a-z0-9_.-]{0,31}\\Z")]
Caps = Annotated[list[Capability], msgspec.Meta(max_length=64)]
DateText = Annotated[str, msgspec.Meta(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z")]
Period = Annotated[str, msgspec.Meta(pattern="^2[0-9]{3}-(0[1-9]|1[0-2])\\Z")]
ItemId = Annotated[str, msgspec.Meta(pattern="^[a-z][a-z0-9_]{0,31}\\Z")]
ColumnId = Annotated[str, msgspec.Meta(pattern="^[a-z][a-z0-9_]{0,31}\\Z")]
FieldName = Annotated[str, msgspec.Meta(
    pattern="^(bio|skills|wants|languages|timezone|availability|channels|cadence|experience"
            "|capacity|working_style|department|extra\\.[a-z][a-z0-9_]{0,31})\\Z")]
Version = Annotated[int, msgspec.Meta(ge=VERSION, le=VERSION)]
Role = Literal["mentor", "mentee"]
Scope = Literal["agreement", "goals", "sessions", "progress", "pulse"]
PairScope = Literal["agreement", "goals", "sessions", "progress"]
Audience = Literal["match", "candidates"]
Cadence = Literal["weekly", "fortnightly", "monthly"]
CriterionName = Literal["skills", "working_style", "timezone", "languages", "department",
                        "sensitive"]
RuleCode = Literal["shared_skill", "shared_language", "capacity", "same_department",
                   "timezone_gap", "min_skill_coverage", "min_overlap_hours",
                   "min_working_style", "min_score", "same_columns", "withheld"]
Method = Literal["max-matched", "max-score", "fairness", "rank-maximal", "self-service",
                 "manual"]
Unmatched = Literal["no_candidates", "no_acceptable", "all_full", "objective"]
DeclineReason = Literal["full", "availability", "fit", "other"]
LeaveReason = Literal["completed", "no_time", "not_useful", "other"]
ReportCategory = Literal["harassment", "discrimination", "safety", "confidentiality", "conduct",
                         "other"]
MemberState = Literal["pending", "enrolled", "declined", "removed", "closed", "left"]
RequestState = Literal["asked", "answered", "accepted", "declined", "cancelled", "expired",
                       "full", "closed"]
Action = Literal["accept", "decline", "ask", "answer", "cancel"]

PAIR_SCOPES = ("agreement", "goals", "sessions", "progress")
SCOPES = (*PAIR_SCOPES, "pulse")
#: The scope each figure of a summary belongs to.
FIGURE_SCOPES: dict[str, str] = {
    "sessions_held": "sessions", "sessions_cancelled": "sessions", "minutes_held": "sessions",
    "cadence_kept_pct": "sessions", "goals_set": "goals", "goals_achieved": "goals",
    "progress_mean_pct": "progress", "agreement_signed": "agreement",
}
#: Who may send which reply action (the coordinator checks it against the request's sides).
ACTIONS_BY_ROLE: dict[str, frozenset[str]] = {
    "mentor": frozenset({"accept", "decline", "ask"}),
    "mentee": frozenset({"answer", "cancel"}),
}

_UNSET: Any = msgspec.UNSET


# -- text rules -------------------------------------------------------------------------------

def check_line(text: str, low: int, max_bytes: int, what: str,
               max_chars: int | None = None) -> str:
    """Single-line text as an honest sender writes it: at least `low` characters, at most
    `max_bytes` in UTF-8 (and `max_chars` characters), exactly what `clean_name` leaves."""
    if len(text) < low or len(text.encode("utf-8", "surrogatepass")) > max_bytes \
            or (max_chars is not None and len(text) > max_chars):
        raise ValueError(f"{what} length")
    if clean_name(text) != text:
        raise ValueError(f"{what} characters")
    return text


def check_lines(text: str, low: int, max_bytes: int, max_lines: int, what: str) -> str:
    """Several lines of plain text: line feeds are the only control character allowed."""
    if len(text) < low or len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise ValueError(f"{what} length")
    if text.count("\n") >= max_lines:
        raise ValueError(f"{what} lines")
    if any(is_unsafe(c) for c in text if c != "\n"):
        raise ValueError(f"{what} characters")
    if low and not text.strip():
        raise ValueError(f"{what} blank")
    return text


def _distinct(values: Iterable[object], what: str) -> None:
    seen = list(values)
    if len(set(map(repr, seen))) != len(seen):
        raise ValueError(f"{what} repeated")


def _check_relay(relay: str) -> None:
    if len(relay) > 2048:
        raise ValueError("relay length")
    try:
        normal = parse_relay_url(relay)
    except ProtocolError as err:
        raise ValueError("relay") from err
    if normal != relay:
        raise ValueError("relay not in normal form")


def _check_send_id(send_id: str) -> None:
    try:
        b64url_decode(send_id, 32)
    except ProtocolError as err:
        raise ValueError("send id") from err


def _check_date(text: str) -> None:
    dt.date.fromisoformat(text)


class _Strict(msgspec.Struct, forbid_unknown_fields=True):
    """Unknown fields refused; optional fields are UNSET (never a value default), so a decoded
    struct turns back into exactly the object that was sent, which signatures and hashes need."""


# -- the profile a participant enrols with ----------------------------------------------------

class ProfileFields(ProfileCardBody, kw_only=True):
    """Part 2's profile card fields (same rules), plus a department and the programme's own
    questions (`extra`, keyed by column id). Which of them a programme asks for, which are
    sensitive and who else may see them is the terms' `fields`."""

    department: str | msgspec.UnsetType = _UNSET
    extra: Annotated[dict[ColumnId, str], msgspec.Meta(max_length=MAX_EXTRA)] \
        | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        super().__post_init__()
        if isinstance(self.department, str):
            check_line(self.department, 1, MAX_DEPARTMENT_BYTES, "department",
                       MAX_DEPARTMENT_CHARS)
        if isinstance(self.extra, dict):
            for value in self.extra.values():
                check_line(value, 1, MAX_EXTRA_BYTES, "answer", MAX_EXTRA_CHARS)

    def present(self) -> set[str]:
        """The terms' field names this profile carries (`extra.<column>` for each answer)."""
        plain: dict[str, Any] = msgspec.to_builtins(self)
        names = {name for name in plain if name != "extra"}
        return names | {f"extra.{column}" for column in plain.get("extra", {})}


# -- the terms (programme.welcome) ------------------------------------------------------------

class FieldSpec(_Strict):
    """One profile field the programme asks for: of whom, whether it is required, whether it is
    sensitive (used for matching, never displayed, never shown to anyone), and who besides the
    coordinator may see it."""

    field: FieldName
    roles: Annotated[list[Role], msgspec.Meta(min_length=1, max_length=2)]
    required: bool
    sensitive: bool
    shown: Annotated[list[Audience], msgspec.Meta(max_length=2)]
    label: str | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        _distinct(self.roles, "role")
        _distinct(self.shown, "audience")
        if self.sensitive and self.shown:
            raise ValueError("a sensitive field is never shown")
        if isinstance(self.label, str):
            check_line(self.label, 1, MAX_LABEL_BYTES, "label")
        elif self.field.startswith("extra."):
            raise ValueError("a programme question needs its label")


class PulseItem(_Strict):
    """A 1-5 question asked every period; `p_milli` < 1000 marks it sensitive: answered with
    randomised response on the participant's device (§ "Randomised response")."""

    id: ItemId
    question: str
    p_milli: Annotated[int, msgspec.Meta(ge=P_MILLI_LOW, le=P_MILLI_PLAIN)]

    def __post_init__(self) -> None:
        check_line(self.question, 1, MAX_LABEL_BYTES, "question")
        if P_MILLI_SENSITIVE_HIGH < self.p_milli < P_MILLI_PLAIN:
            raise ValueError("p_milli")


class Reporting(_Strict):
    scopes: Annotated[list[Scope], msgspec.Meta(max_length=len(SCOPES))]
    min_group: Annotated[int, msgspec.Meta(ge=MIN_GROUP_LOW, le=MIN_GROUP_HIGH)]
    pulse: Annotated[list[PulseItem], msgspec.Meta(max_length=MAX_PULSE_ITEMS)]

    def __post_init__(self) -> None:
        _distinct(self.scopes, "scope")
        _distinct((item.id for item in self.pulse), "pulse item")
        if bool(self.pulse) != ("pulse" in self.scopes):
            raise ValueError("pulse items go with the pulse scope")


class Matching(_Strict):
    mode: Literal["coordinator", "self-service"]
    rank: bool
    shortlist: Annotated[int, msgspec.Meta(ge=1, le=MAX_SHORTLIST)]
    open_requests: Annotated[int, msgspec.Meta(ge=1, le=MAX_OPEN_REQUESTS)]
    request_days: Annotated[int, msgspec.Meta(ge=1, le=MAX_REQUEST_DAYS)]
    config: Hex64  # SHA-256 of the matching configuration file (of b"" without one)


class Retention(_Strict):
    after_end_days: Annotated[int, msgspec.Meta(ge=0, le=MAX_RETENTION_DAYS)]
    report_days: Annotated[int, msgspec.Meta(ge=0, le=MAX_RETENTION_DAYS)]


class AgreementTemplate(_Strict):
    """What the pair's draft agreement starts with (Part 3 §6 terms)."""

    cadence: Cadence | msgspec.UnsetType = _UNSET
    coordinator: Annotated[list[PairScope], msgspec.Meta(max_length=4)] \
        | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        if isinstance(self.coordinator, list):
            _distinct(self.coordinator, "scope")


class Terms(_Strict):
    """What a participant reads before consenting, bound to the programme and its coordinator;
    its hash is in the enrolment code and in every consent."""

    programme: Hex32
    coordinator: Hex64
    name: str
    organiser: str
    purpose: str
    benefits: str
    expectations: str
    admission: Literal["open", "review"]
    max_participants: Annotated[int, msgspec.Meta(ge=1, le=MAX_PARTICIPANTS)]
    fields: Annotated[list[FieldSpec], msgspec.Meta(min_length=1, max_length=MAX_FIELDS)]
    matching: Matching
    reporting: Reporting
    retention: Retention
    starts: DateText | msgspec.UnsetType = _UNSET
    ends: DateText | msgspec.UnsetType = _UNSET
    agreement: AgreementTemplate | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        check_line(self.name, 1, MAX_PROGRAMME_NAME_BYTES, "name")
        check_line(self.organiser, 1, MAX_PERSON_NAME_BYTES, "organiser")
        check_lines(self.purpose, 1, MAX_LONG_TEXT_BYTES, MAX_LONG_TEXT_LINES, "purpose")
        check_lines(self.benefits, 0, MAX_LONG_TEXT_BYTES, MAX_LONG_TEXT_LINES, "benefits")
        check_lines(self.expectations, 0, MAX_LONG_TEXT_BYTES, MAX_LONG_TEXT_LINES,
                    "expectations")
        _distinct((spec.field for spec in self.fields), "field")
        for day in (self.starts, self.ends):
            if isinstance(day, str):
                _check_date(day)
        if isinstance(self.starts, str) and isinstance(self.ends, str) \
                and self.ends < self.starts:
            raise ValueError("ends before it starts")
        if isinstance(self.agreement, AgreementTemplate) \
                and isinstance(self.agreement.coordinator, list) \
                and not set(self.agreement.coordinator) <= set(self.reporting.scopes):
            raise ValueError("the agreement asks for more than the programme reports")
        if len(rfc8785.dumps(msgspec.to_builtins(self))) > MAX_TERMS_BYTES:
            raise ValueError("terms too large")

    def spec(self, field: str) -> FieldSpec | None:
        return next((s for s in self.fields if s.field == field), None)

    def pulse_item(self, item: str) -> PulseItem | None:
        return next((p for p in self.reporting.pulse if p.id == item), None)


def terms_hash(terms: Terms) -> bytes:
    """BLAKE2b-256, personalisation `ementor-terms-v1`, of the terms' RFC 8785 form: the `t` of
    the enrolment code and the `terms` of every consent (base64url)."""
    held = _TERMS_HASHES.get(id(terms))
    if held is not None and held[0] is terms:
        return held[1]
    digest = hashlib.blake2b(rfc8785.dumps(msgspec.to_builtins(terms)), digest_size=32,
                             person=TERMS_PERSON).digest()
    if len(_TERMS_HASHES) >= 8:
        _TERMS_HASHES.clear()
    _TERMS_HASHES[id(terms)] = (terms, digest)  # holds the object: its id stays its own
    return digest


#: The hash of the last few terms objects hashed (the same decoded terms serve a programme's
#: envelopes, see domain/programme_terms.parse_terms), by identity.
_TERMS_HASHES: dict[int, tuple[Terms, bytes]] = {}


# -- signed statements ------------------------------------------------------------------------

class Consent(_Strict):
    """A participant's consent, signed with their identity key: to these terms (by hash), in this
    role, with these reporting scopes. A narrower one later is a withdrawal."""

    v: Version
    programme: Hex32
    coordinator: Hex64
    participant: Hex64
    role: Role
    terms: B64Key
    scopes: Annotated[list[Scope], msgspec.Meta(max_length=len(SCOPES))]
    at: Millis

    def __post_init__(self) -> None:
        _distinct(self.scopes, "scope")
        if self.participant == self.coordinator:
            raise ValueError("a coordinator does not take part")
        try:
            b64url_decode(self.terms, 32)
        except ProtocolError as err:
            raise ValueError("terms hash") from err


class Criterion(_Strict):
    """One criterion of a pair's score, in thousandths of a point; `sensitive` is the sum of
    every criterion computed from a sensitive field (never broken down, never explained)."""

    name: CriterionName
    weight_milli: Annotated[int, msgspec.Meta(ge=0, le=MAX_WEIGHT_MILLI)]
    contribution_milli: Annotated[int, msgspec.Meta(ge=0, le=MAX_WEIGHT_MILLI)]
    detail: str | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        if self.contribution_milli > self.weight_milli:
            raise ValueError("contribution above the weight")
        if isinstance(self.detail, str):
            if self.name == "sensitive":
                raise ValueError("a sensitive criterion is never explained")
            check_line(self.detail, 1, MAX_DETAIL_BYTES, "detail")


class Shortfall(_Strict):
    name: CriterionName
    difference_milli: Annotated[int, msgspec.Meta(ge=-MAX_WEIGHT_MILLI, le=-1)]


class Alternative(_Strict):
    """A next-best mentor, without saying who: score, why not, where it scores lower."""

    score_milli: Annotated[int, msgspec.Meta(ge=0, le=MAX_SCORE_MILLI)]
    status: Literal["ruled_out", "full", "lower", "not_chosen"]
    rules: Annotated[list[RuleCode], msgspec.Meta(max_length=11)]
    lower_on: Annotated[list[Shortfall], msgspec.Meta(max_length=MAX_CRITERIA)]
    total_change_milli: Annotated[int, msgspec.Meta(ge=-(10**12), le=0)] \
        | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        _distinct(self.rules, "rule")
        _distinct((s.name for s in self.lower_on), "criterion")
        if (self.status == "ruled_out") != bool(self.rules):
            raise ValueError("rules go with ruled_out")
        if isinstance(self.total_change_milli, int) and self.status != "full":
            raise ValueError("a swap goes with full")


class Places(_Strict):
    capacity: Annotated[int, msgspec.Meta(ge=0, le=20)]
    used: Annotated[int, msgspec.Meta(ge=0, le=20)]

    def __post_init__(self) -> None:
        if self.used > self.capacity:
            raise ValueError("places")


class Card(_Strict):
    """A match card: the coordinator's signed statement of one participant's result. With `peer`:
    matched (score, criteria, the rank the subject gave the peer); without: `unmatched` says
    why. Alternatives never name anyone; rules over exclusion lists or sensitive fields read
    `withheld`."""

    v: Version
    id: Hex32
    programme: Hex32
    coordinator: Hex64
    subject: Hex64
    role: Role
    issued: Millis
    method: Method
    max_milli: Annotated[int, msgspec.Meta(ge=0, le=MAX_SCORE_MILLI)]
    rules: Annotated[list[RuleCode], msgspec.Meta(max_length=11)]
    peer: Hex64 | msgspec.UnsetType = _UNSET
    score_milli: Annotated[int, msgspec.Meta(ge=0, le=MAX_SCORE_MILLI)] \
        | msgspec.UnsetType = _UNSET
    criteria: Annotated[list[Criterion], msgspec.Meta(max_length=MAX_CRITERIA)] \
        | msgspec.UnsetType = _UNSET
    rank: Annotated[int, msgspec.Meta(ge=1, le=MAX_SHORTLIST)] | msgspec.UnsetType = _UNSET
    places: Places | msgspec.UnsetType = _UNSET
    alternatives: Annotated[list[Alternative], msgspec.Meta(max_length=MAX_ALTERNATIVES)] \
        | msgspec.UnsetType = _UNSET
    unmatched: Unmatched | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        _distinct(self.rules, "rule")
        matched = isinstance(self.peer, str)
        keys = [self.coordinator, self.subject] + ([self.peer] if matched else [])
        if len(set(keys)) != len(keys):
            raise ValueError("coordinator, subject and peer are different keys")
        if matched != isinstance(self.score_milli, int) \
                or matched != isinstance(self.criteria, list) \
                or matched == isinstance(self.unmatched, str):
            raise ValueError("a matched card has a score and criteria, an unmatched one a reason")
        if isinstance(self.criteria, list):
            _distinct((c.name for c in self.criteria), "criterion")
            if sum(c.contribution_milli for c in self.criteria) != self.score_milli \
                    or sum(c.weight_milli for c in self.criteria) != self.max_milli:
                raise ValueError("card arithmetic")
        if isinstance(self.rank, int) and not matched:
            raise ValueError("a rank needs a match")
        if isinstance(self.places, Places) and self.role != "mentor":
            raise ValueError("places are a mentor's")
        if isinstance(self.alternatives, list) and self.role != "mentee":
            raise ValueError("alternatives are a mentee's")


class Figures(_Strict):
    """What a participant's app counted for one pair and one period; each figure belongs to a
    scope (FIGURE_SCOPES) and is present only if that scope is shared."""

    sessions_held: Annotated[int, msgspec.Meta(ge=0, le=1000)] | msgspec.UnsetType = _UNSET
    sessions_cancelled: Annotated[int, msgspec.Meta(ge=0, le=1000)] \
        | msgspec.UnsetType = _UNSET
    minutes_held: Annotated[int, msgspec.Meta(ge=0, le=100_000)] | msgspec.UnsetType = _UNSET
    cadence_kept_pct: Annotated[int, msgspec.Meta(ge=0, le=100)] | msgspec.UnsetType = _UNSET
    goals_set: Annotated[int, msgspec.Meta(ge=0, le=200)] | msgspec.UnsetType = _UNSET
    goals_achieved: Annotated[int, msgspec.Meta(ge=0, le=200)] | msgspec.UnsetType = _UNSET
    progress_mean_pct: Annotated[int, msgspec.Meta(ge=0, le=100)] | msgspec.UnsetType = _UNSET
    agreement_signed: bool | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        if isinstance(self.goals_set, int) and isinstance(self.goals_achieved, int) \
                and self.goals_achieved > self.goals_set:
            raise ValueError("more goals achieved than set")

    def scopes(self) -> set[str]:
        return {FIGURE_SCOPES[name] for name in msgspec.to_builtins(self)}


class PulseAnswer(_Strict):
    item: ItemId
    value: Annotated[int, msgspec.Meta(ge=1, le=5)]
    p_milli: Annotated[int, msgspec.Meta(ge=P_MILLI_LOW, le=P_MILLI_PLAIN)]


class Summary(_Strict):
    """A participant's signed figures for one pair (`conv`, Part 2 §1) and one month."""

    v: Version
    programme: Hex32
    coordinator: Hex64
    participant: Hex64
    conv: Hex32
    period: Period
    at: Millis
    scopes: Annotated[list[Scope], msgspec.Meta(min_length=1, max_length=len(SCOPES))]
    figures: Figures | msgspec.UnsetType = _UNSET
    pulse: Annotated[list[PulseAnswer], msgspec.Meta(min_length=1, max_length=MAX_PULSE_ITEMS)] \
        | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        _distinct(self.scopes, "scope")
        if self.participant == self.coordinator:
            raise ValueError("a coordinator does not report")
        used = self.figures.scopes() if isinstance(self.figures, Figures) else set()
        if isinstance(self.pulse, list):
            _distinct((p.item for p in self.pulse), "pulse item")
            used.add("pulse")
        if not used or used != set(self.scopes):
            raise ValueError("the scopes are exactly those of the figures sent")


def _signed(context: bytes, statement: _Strict) -> bytes:
    return context + rfc8785.dumps(msgspec.to_builtins(statement))


def card_signed_bytes(card: Card) -> bytes:
    """What the coordinator signs: `ementor/match-card/v1` ‖ 0x00 ‖ RFC 8785 of the card."""
    return _signed(CARD_CONTEXT, card)


def consent_signed_bytes(consent: Consent) -> bytes:
    """What a participant signs: `ementor/programme-consent/v1` ‖ 0x00 ‖ RFC 8785 of it."""
    return _signed(CONSENT_CONTEXT, consent)


def summary_signed_bytes(summary: Summary) -> bytes:
    """What a participant signs: `ementor/programme-summary/v1` ‖ 0x00 ‖ RFC 8785 of it."""
    return _signed(SUMMARY_CONTEXT, summary)


# -- bodies -----------------------------------------------------------------------------------

NoteBlob = Annotated[str, msgspec.Meta(min_length=1366, max_length=5462,
                                       pattern="^[A-Za-z0-9_-]+\\Z")]


def note_bytes(note: str) -> bytes:
    """A sealed note: a whole Part 2 envelope blob of 1,024 or 4,096 bytes, base64url."""
    try:
        blob = b64url_decode(note)
    except ProtocolError as err:
        raise ValueError("note") from err
    if len(blob) not in NOTE_BLOB_SIZES or blob[0] != 1:
        raise ValueError("note")
    return blob


class _Body(_Strict):
    v: Version
    programme: Hex32


class JoinBody(_Body, kw_only=True):
    """Participant -> join mailbox: the code's secret, the participant's box key and the mailbox
    it made for the coordinator's answers. Nothing about the person before they consent."""

    secret: Hex64
    box: Hex64
    relay: str
    send_id: SendId
    caps: Caps | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        _check_relay(self.relay)
        _check_send_id(self.send_id)


class WelcomeBody(_Body, kw_only=True):
    """Coordinator -> participant: the terms and the mailbox made for this participant."""

    terms: Terms
    relay: str
    send_id: SendId
    caps: Caps | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        _check_relay(self.relay)
        _check_send_id(self.send_id)
        if self.terms.programme != self.programme:
            raise ValueError("terms of another programme")


class ProfileBody(_Body, kw_only=True):
    """Participant -> coordinator: consent and the enrolment profile; replaces the one before."""

    consent: Consent
    sig: Hex128
    name: str
    role: Role
    headline: str
    fields: ProfileFields
    routes: Annotated[list[SendId], msgspec.Meta(min_length=1, max_length=MAX_ROUTES)]

    def __post_init__(self) -> None:
        check_line(self.name, 1, MAX_PERSON_NAME_BYTES, "name")
        check_line(self.headline, 0, MAX_HEADLINE_BYTES, "headline")
        _distinct(self.routes, "route")
        for route in self.routes:
            _check_send_id(route)
        if self.consent.programme != self.programme or self.consent.role != self.role:
            raise ValueError("consent to something else")


class PairState(_Strict):
    peer: Hex64
    state: Literal["active", "ended"]
    scopes: Annotated[list[PairScope], msgspec.Meta(max_length=4)]

    def __post_init__(self) -> None:
        _distinct(self.scopes, "scope")


class StatusBody(_Body, kw_only=True):
    """Coordinator -> participant: the enrolment state, the pairs and what the coordinator
    accepts of each (so an app stops sending what would be discarded)."""

    state: MemberState
    at: Millis
    pairs: Annotated[list[PairState], msgspec.Meta(max_length=MAX_PAIRS)] \
        | msgspec.UnsetType = _UNSET
    routes_needed: Annotated[int, msgspec.Meta(ge=1, le=MAX_ROUTES)] | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        if isinstance(self.pairs, list):
            _distinct((p.peer for p in self.pairs), "pair")


class Person(_Strict):
    """Another participant as shown to this one: keys, name, and the fields they share with
    this audience (never a sensitive one)."""

    signing: Hex64
    box: Hex64
    name: str
    headline: str
    profile: ProfileFields

    def __post_init__(self) -> None:
        check_line(self.name, 1, MAX_PERSON_NAME_BYTES, "name")
        check_line(self.headline, 0, MAX_HEADLINE_BYTES, "headline")


class Entry(_Strict):
    candidate: Hex32
    name: str
    headline: str
    role: Role
    profile: ProfileFields
    score_milli: Annotated[int, msgspec.Meta(ge=0, le=MAX_SCORE_MILLI)]
    max_milli: Annotated[int, msgspec.Meta(ge=0, le=MAX_SCORE_MILLI)]
    criteria: Annotated[list[Criterion], msgspec.Meta(max_length=MAX_CRITERIA)]
    signing: Hex64 | msgspec.UnsetType = _UNSET
    box: Hex64 | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        check_line(self.name, 1, MAX_PERSON_NAME_BYTES, "name")
        check_line(self.headline, 0, MAX_HEADLINE_BYTES, "headline")
        _distinct((c.name for c in self.criteria), "criterion")
        if sum(c.contribution_milli for c in self.criteria) != self.score_milli \
                or sum(c.weight_milli for c in self.criteria) != self.max_milli:
            raise ValueError("entry arithmetic")
        if isinstance(self.signing, str) != isinstance(self.box, str):
            raise ValueError("both keys or none")


class ShortlistBody(_Body, kw_only=True):
    """Coordinator -> participant: candidates to rank (`rank`) or to ask (`request`)."""

    shortlist: Hex32
    issued: Millis
    expires: Millis
    mode: Literal["rank", "request"]
    entries: Annotated[list[Entry], msgspec.Meta(min_length=1, max_length=MAX_SHORTLIST)]

    def __post_init__(self) -> None:
        if self.expires <= self.issued:
            raise ValueError("expires before it is issued")
        _distinct((e.candidate for e in self.entries), "candidate")
        if self.mode == "request" and not all(isinstance(e.box, str) for e in self.entries):
            raise ValueError("a request needs the candidate's keys for the note")


class RankBody(_Body, kw_only=True):
    """Participant -> coordinator: the shortlist in order of preference (best first)."""

    shortlist: Hex32
    order: Annotated[list[Hex32], msgspec.Meta(min_length=1, max_length=MAX_SHORTLIST)]

    def __post_init__(self) -> None:
        _distinct(self.order, "candidate")


class RequestBody(_Body, kw_only=True):
    """Mentee -> coordinator: ask one candidate of a `request` shortlist, with a sealed note."""

    request: Hex32
    shortlist: Hex32
    candidate: Hex32
    note: NoteBlob | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        if isinstance(self.note, str):
            note_bytes(self.note)


class OfferBody(_Body, kw_only=True):
    """Coordinator -> mentor: a mentee asks for you (their shared fields, their sealed note)."""

    request: Hex32
    expires: Millis
    mentee: Person
    note: NoteBlob | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        if isinstance(self.note, str):
            note_bytes(self.note)


class ReplyBody(_Body, kw_only=True):
    """Participant -> coordinator: a step of a request (mentor: accept, decline, ask; mentee:
    answer, cancel), with a note sealed to the other side."""

    request: Hex32
    action: Action
    reason: DeclineReason | msgspec.UnsetType = _UNSET
    note: NoteBlob | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        if isinstance(self.reason, str) != (self.action == "decline"):
            raise ValueError("a decline, and only a decline, gives a reason")
        if isinstance(self.note, str):
            note_bytes(self.note)


class OutcomeBody(_Body, kw_only=True):
    """Coordinator -> participant: what happened to a request, with the other side's note."""

    request: Hex32
    state: RequestState
    at: Millis
    reason: DeclineReason | msgspec.UnsetType = _UNSET
    note: NoteBlob | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        if isinstance(self.reason, str) != (self.state == "declined"):
            raise ValueError("a decline, and only a decline, gives a reason")
        if isinstance(self.note, str):
            if self.state not in ("asked", "answered", "accepted", "declined"):
                raise ValueError("no note with this state")
            note_bytes(self.note)


class CardBody(_Body, kw_only=True):
    """Coordinator -> participant: a signed card (unmatched, or re-issued)."""

    card: Card
    sig: Hex128


class Peer(_Strict):
    """The other person of an introduced pair: what a Part 2 `hello`/`welcome` carries, with
    the route reserved for this introduction (a mailbox the peer made for its future match)."""

    signing: Hex64
    box: Hex64
    name: str
    role: Role
    headline: str
    relay: str
    send_id: SendId
    caps: Caps | msgspec.UnsetType = _UNSET
    profile: ProfileFields | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        check_line(self.name, 1, MAX_PERSON_NAME_BYTES, "name")
        check_line(self.headline, 0, MAX_HEADLINE_BYTES, "headline")
        _check_relay(self.relay)
        _check_send_id(self.send_id)


class IntroBody(_Body, kw_only=True):
    """Coordinator -> each side of a pair: the peer and the recipient's own signed card;
    `mine` names which of the recipient's reserved routes the peer was given."""

    card: Card
    sig: Hex128
    peer: Peer
    mine: SendId

    def __post_init__(self) -> None:
        _check_send_id(self.mine)


class LeaveBody(_Body, kw_only=True):
    reason: LeaveReason | msgspec.UnsetType = _UNSET


class RematchBody(_Body, kw_only=True):
    """Participant -> coordinator: end this pair, no fault, and match me again."""

    peer: Hex64
    note: str | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        if isinstance(self.note, str):
            check_lines(self.note, 1, MAX_REMATCH_NOTE_BYTES, MAX_LONG_TEXT_LINES, "note")


class ReportBody(_Body, kw_only=True):
    """Participant -> coordinator only: misconduct, read by the coordinator and nobody else."""

    report: Hex32
    category: ReportCategory
    text: str
    contact: bool
    about: Hex64 | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        check_lines(self.text, 1, MAX_REPORT_BYTES, MAX_REPORT_LINES, "text")


class SummaryBody(_Body, kw_only=True):
    summary: Summary
    sig: Hex128

    def __post_init__(self) -> None:
        if self.summary.programme != self.programme:
            raise ValueError("summary of another programme")


class WithdrawBody(_Body, kw_only=True):
    """Participant -> coordinator: a narrower consent (possibly no scope at all)."""

    consent: Consent
    sig: Hex128

    def __post_init__(self) -> None:
        if self.consent.programme != self.programme:
            raise ValueError("consent to another programme")


class NoteBody(_Body, kw_only=True):
    """The content of a sealed note (kind `programme.note`, inside its own envelope)."""

    request: Hex32
    text: str

    def __post_init__(self) -> None:
        check_lines(self.text, 1, MAX_NOTE_TEXT_BYTES, MAX_LONG_TEXT_LINES, "text")


SCHEMAS: dict[str, type[_Body]] = {
    KIND_JOIN: JoinBody, KIND_WELCOME: WelcomeBody, KIND_PROFILE: ProfileBody,
    KIND_STATUS: StatusBody, KIND_SHORTLIST: ShortlistBody, KIND_RANK: RankBody,
    KIND_REQUEST: RequestBody, KIND_OFFER: OfferBody, KIND_REPLY: ReplyBody,
    KIND_OUTCOME: OutcomeBody, KIND_CARD: CardBody, KIND_INTRO: IntroBody,
    KIND_LEAVE: LeaveBody, KIND_REMATCH: RematchBody, KIND_REPORT: ReportBody,
    KIND_SUMMARY: SummaryBody, KIND_WITHDRAW: WithdrawBody, KIND_NOTE: NoteBody,
}
_decoders = {kind: msgspec.json.Decoder(schema) for kind, schema in SCHEMAS.items()}


class _VersionOnly(msgspec.Struct):
    v: int


_version_decoder = msgspec.json.Decoder(_VersionOnly)


def body_version(body: bytes | Mapping[str, Any]) -> int | None:
    """The body's `v` alone, whatever else it holds (None if there is none)."""
    try:
        if isinstance(body, bytes | bytearray):
            return _version_decoder.decode(body).v
        return msgspec.convert(body, _VersionOnly, strict=True).v
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None


def parse_body(kind: str, body: bytes | Mapping[str, Any]) -> _Body:
    """A body (the JSON bytes of an envelope's `body`, or the decoded object) checked against
    its kind. A later programme version (`v` another integer) and an unknown `programme.*` kind
    raise errors with `keep` set; anything else that does not fit is `malformed`."""
    schema = SCHEMAS.get(kind)
    if schema is None:
        raise UnknownKind
    if isinstance(body, bytes | bytearray) and len(body) > MAX_CONTENT:
        raise Malformed("too large")
    version = body_version(body)
    if version is None:
        raise Malformed
    if version != VERSION:
        raise UnsupportedVersion
    try:
        if isinstance(body, bytes | bytearray):
            return _decoders[kind].decode(body)
        return msgspec.convert(dict(body), schema, strict=True)
    except (msgspec.ValidationError, msgspec.DecodeError):
        raise Malformed from None


def encode_body(body: _Body) -> dict[str, Any]:
    """A body as the plain object an envelope carries (checked as a receiver would)."""
    plain: dict[str, Any] = msgspec.to_builtins(body)
    kind = next(k for k, schema in SCHEMAS.items() if type(body) is schema)
    parse_body(kind, plain)
    return plain


# -- the enrolment code -----------------------------------------------------------------------

@dataclass(frozen=True)
class EnrolmentCode:
    """`ementor-programme-1:` ‖ base64url(JSON) ‖ `.` ‖ 8 hex of BLAKE2b-32 of the JSON: Part 2's
    invite-code framing, for a programme. Unknown fields are ignored (as in an invite code), so
    a later optional field needs no new prefix. Keys are checked as points by the caller."""

    relay_url: str
    send_id: str
    signing_key: bytes
    box_key: bytes
    programme: str
    secret: bytes
    terms_hash: bytes
    expires_at: int  # seconds since the epoch
    name: str
    admission: str | None = None  # the relay's admission token for this programme, if any

    def payload(self) -> bytes:
        doc: dict[str, object] = {
            "r": self.relay_url, "s": self.send_id, "k": b64url_encode(self.signing_key),
            "b": b64url_encode(self.box_key), "p": self.programme,
            "x": b64url_encode(self.secret), "t": b64url_encode(self.terms_hash),
            "e": self.expires_at, "n": self.name}
        if self.admission is not None:
            doc["a"] = self.admission
        return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

    def encode(self) -> str:
        payload = self.payload()
        type(self).parse_payload(payload)  # never hand out a code we would refuse
        check = hashlib.blake2b(payload, digest_size=4).hexdigest()
        return f"{CODE_PREFIX}{b64url_encode(payload)}.{check}"

    @classmethod
    def parse(cls, text: str) -> EnrolmentCode:
        """Read a code (white space anywhere is ignored). Raises ProgrammeError("bad code")."""
        text = "".join(text.split())
        if len(text) > MAX_CODE_CHARS or not text.startswith(CODE_PREFIX):
            raise ProgrammeError("bad code")
        body, _, check = text[len(CODE_PREFIX):].rpartition(".")
        try:
            payload = b64url_decode(body)
        except ProtocolError:
            raise ProgrammeError("bad code") from None
        if not hmac.compare_digest(hashlib.blake2b(payload, digest_size=4).hexdigest(), check):
            raise ProgrammeError("bad code")
        return cls.parse_payload(payload)

    @classmethod
    def parse_payload(cls, payload: bytes) -> EnrolmentCode:
        try:
            doc = json.loads(payload.decode("utf-8"))
            if not isinstance(doc, dict):
                raise ValueError("object")
            texts = ("r", "s", "k", "b", "p", "x", "t", "n")
            if not all(isinstance(doc.get(k), str) for k in texts):
                raise ValueError("types")
            expires, admission = doc.get("e"), doc.get("a")
            if not isinstance(expires, int) or isinstance(expires, bool) \
                    or not 0 <= expires <= MAX_EXPIRY_S:
                raise ValueError("expiry")
            if admission is not None and (not isinstance(admission, str)
                                          or not 1 <= len(admission) <= 512):
                raise ValueError("admission")
            _check_relay(doc["r"])
            _check_send_id(doc["s"])
            if not re.fullmatch(r"[0-9a-f]{32}", doc["p"]):
                raise ValueError("programme")
            check_line(doc["n"], 1, MAX_PROGRAMME_NAME_BYTES, "name")
            return cls(relay_url=doc["r"], send_id=doc["s"],
                       signing_key=b64url_decode(doc["k"], 32),
                       box_key=b64url_decode(doc["b"], 32), programme=doc["p"],
                       secret=b64url_decode(doc["x"], 32),
                       terms_hash=b64url_decode(doc["t"], 32), expires_at=expires,
                       name=doc["n"], admission=admission)
        except (ValueError, UnicodeDecodeError, ProtocolError):
            raise ProgrammeError("bad code") from None


# -- receiver checks (no vault, no clock: the caller passes what it holds) ---------------------

Verify = Callable[[bytes, bytes, bytes], bool]  # (signing key, message, signature) -> valid


def check_join(body: JoinBody, *, programme: str, secret: bytes, relay: str, expires_at_s: int,
               sent_ms: int, now_ms: int, left_at_ms: int | None = None) -> None:
    """The coordinator's checks of a join that opened and parsed, in this order."""
    if body.programme != programme:
        raise ProgrammeError("wrong programme")
    if not hmac.compare_digest(bytes.fromhex(body.secret), secret):
        raise ProgrammeError("wrong enrolment secret")
    if body.relay != relay:
        raise ProgrammeError("wrong relay")
    if now_ms > expires_at_s * 1000:
        raise ProgrammeError("enrolment closed")
    if not now_ms - JOIN_MAX_AGE_MS <= sent_ms <= now_ms + CLOCK_SKEW_MS:
        raise ProgrammeError("stale join")
    if left_at_ms is not None and sent_ms <= left_at_ms:
        raise ProgrammeError("replayed enrolment")


def check_welcome(body: WelcomeBody, code: EnrolmentCode, *, relay: str) -> None:
    """The participant's checks of a welcome signed by the code's `k` (the inbox checked the
    signer): this programme, these very terms, a route on the code's relay."""
    if body.programme != code.programme:
        raise ProgrammeError("wrong programme")
    if body.terms.coordinator != code.signing_key.hex():
        raise ProgrammeError("terms of another coordinator")
    if not hmac.compare_digest(terms_hash(body.terms), code.terms_hash):
        raise ProgrammeError("terms differ from the code")
    if body.relay != relay:
        raise ProgrammeError("wrong relay")


def verify_consent(consent: Consent, sig: str, *, programme: str, coordinator: bytes,
                   participant: bytes, terms: Terms, verify: Verify,
                   previous_at: int | None = None, left_at_ms: int | None = None) -> None:
    """The coordinator's checks of a consent (in a profile or a withdrawal)."""
    if consent.programme != programme:
        raise ProgrammeError("wrong programme")
    if consent.coordinator != coordinator.hex():
        raise ProgrammeError("wrong coordinator")
    if consent.participant != participant.hex():
        raise ProgrammeError("not the sender's consent")
    if not hmac.compare_digest(b64url_decode(consent.terms, 32), terms_hash(terms)):
        raise ProgrammeError("consent to other terms")
    if not set(consent.scopes) <= set(terms.reporting.scopes):
        raise ProgrammeError("consent beyond the terms")
    if not verify(participant, consent_signed_bytes(consent), bytes.fromhex(sig)):
        raise ProgrammeError("bad consent signature")
    if left_at_ms is not None and consent.at <= left_at_ms:
        raise ProgrammeError("replayed enrolment")
    if previous_at is not None and consent.at <= previous_at:
        raise ProgrammeError("old consent")


def check_withdrawal(new: Consent, held: Consent) -> None:
    """A withdrawal narrows: its scopes are a subset of the held consent's (checked after
    `verify_consent`); widening needs a new profile, after the terms are shown again."""
    if not set(new.scopes) <= set(held.scopes) or new.role != held.role \
            or new.terms != held.terms:
        raise ProgrammeError("not a withdrawal")


def pair_scopes(terms: Terms, *consents: Consent) -> list[str]:
    """The pair scopes the coordinator accepts figures for: those of the terms that every
    member's current consent has (either member's withdrawal stops the pair's figures)."""
    allowed = set(terms.reporting.scopes) & set(PAIR_SCOPES)
    for consent in consents:
        allowed &= set(consent.scopes)
    return sorted(allowed)


def check_profile(body: ProfileBody, terms: Terms) -> None:
    """Only the fields the terms ask of this role; every required one."""
    asked = {s.field for s in terms.fields if body.role in s.roles}
    present = body.fields.present()
    if not present <= asked:
        raise ProgrammeError("field not asked")
    required = {s.field for s in terms.fields if s.required and body.role in s.roles}
    if not required <= present:
        raise ProgrammeError("required field missing")


def check_shown(profile: ProfileFields, terms: Terms, audience: str) -> None:
    """A participant's check that the coordinator shows it only what the terms let this
    audience see of someone else: never a sensitive field."""
    for field in profile.present():
        spec = terms.spec(field)
        if spec is None or spec.sensitive or audience not in spec.shown:
            raise ProgrammeError("field not shared")


def verify_card(card: Card, sig: str, *, programme: str, coordinator: bytes, me: bytes,
                verify: Verify) -> None:
    """A participant's checks of a card (alone or in an introduction)."""
    if card.programme != programme:
        raise ProgrammeError("wrong programme")
    if card.coordinator != coordinator.hex():
        raise ProgrammeError("not the coordinator's card")
    if card.subject != me.hex():
        raise ProgrammeError("not my card")
    if not verify(coordinator, card_signed_bytes(card), bytes.fromhex(sig)):
        raise ProgrammeError("bad card signature")


def verify_intro(body: IntroBody, *, programme: str, coordinator: bytes, me: bytes, relay: str,
                 terms: Terms, verify: Verify) -> None:
    """A participant's checks of an introduction, before any contact is made."""
    if body.programme != programme:
        raise ProgrammeError("wrong programme")
    verify_card(body.card, body.sig, programme=programme, coordinator=coordinator, me=me,
                verify=verify)
    peer = body.peer
    if peer.signing == coordinator.hex():
        raise ProgrammeError("coordinator introduced itself")
    if peer.signing == me.hex():
        raise ProgrammeError("introduced to myself")
    if body.card.peer != peer.signing or peer.role == body.card.role:
        raise ProgrammeError("card does not match the introduction")
    if peer.relay != relay:
        raise ProgrammeError("wrong relay")
    if isinstance(peer.profile, ProfileFields):
        check_shown(peer.profile, terms, "match")


def months_before(period: str, later: str) -> int:
    """How many months `period` (YYYY-MM) lies before `later`."""
    year, month = map(int, period.split("-"))
    later_year, later_month = map(int, later.split("-"))
    return (later_year - year) * 12 + later_month - month


def verify_summary(body: SummaryBody, *, coordinator: bytes, participant: bytes, terms: Terms,
                   consent: Consent | None, accepted: Sequence[str], pairs: Iterable[str],
                   current_period: str, verify: Verify) -> None:
    """The coordinator's checks of a summary: signed by its sender, for one of the sender's
    pairs, a period it may still report, nothing beyond the sender's consent and what the
    coordinator accepts for that pair, pulse answers randomised as the terms say."""
    summary = body.summary
    if summary.programme != terms.programme or summary.coordinator != coordinator.hex():
        raise ProgrammeError("wrong programme")
    if summary.participant != participant.hex():
        raise ProgrammeError("not the sender's summary")
    if not verify(participant, summary_signed_bytes(summary), bytes.fromhex(body.sig)):
        raise ProgrammeError("bad summary signature")
    if summary.conv not in set(pairs):
        raise ProgrammeError("not your pair")
    late = months_before(summary.period, current_period)
    if not 0 <= late <= SUMMARY_LATE_PERIODS:
        raise ProgrammeError("period out of range")
    if consent is None or not set(summary.scopes) <= set(consent.scopes):
        raise ProgrammeError("outside consent")
    if months_before(period_of(consent.at), summary.period) < 0:
        raise ProgrammeError("period out of range")
    if not set(summary.scopes) - {"pulse"} <= set(accepted):
        raise ProgrammeError("outside consent")
    for answer in summary.pulse if isinstance(summary.pulse, list) else ():
        item = terms.pulse_item(answer.item)
        if item is None:
            raise ProgrammeError("unknown pulse item")
        if answer.p_milli != item.p_milli:
            raise ProgrammeError("wrong randomisation")


def period_of(ms: int) -> str:
    """The calendar month (UTC) of a time in ms, as YYYY-MM."""
    day = dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC)
    return f"{day.year:04d}-{day.month:02d}"


# -- randomised response ----------------------------------------------------------------------

def randomise(value: int, p_milli: int, draw: Callable[[int], int]) -> int:
    """The answer a participant's device sends for a 1-5 item: the true `value` if a draw in
    [0, 1000) falls below `p_milli`, else a uniform draw from 1-5 (which may equal it).
    `draw(n)` returns a uniform integer in [0, n) from a CSPRNG (`secrets.randbelow`)."""
    if value not in SCALE or not P_MILLI_LOW <= p_milli <= P_MILLI_PLAIN:
        raise ValueError("value or p")
    if p_milli == P_MILLI_PLAIN or draw(1000) < p_milli:
        return value
    return 1 + draw(len(SCALE))


@dataclass(frozen=True)
class Estimate:
    """Unbiased estimates from randomised answers: the mean, its estimated variance (None with
    fewer than two answers) and the share of each value 1-5 (may fall outside [0, 1])."""

    n: int
    mean: Fraction
    variance: Fraction | None
    shares: tuple[Fraction, ...]


def estimate(reports: Sequence[int], p_milli: int) -> Estimate:
    """μ̂ = (r̄ − (1 − p)·3) / p;  Var̂(μ̂) = s² / (n·p²);  π̂ⱼ = (nⱼ/n − (1 − p)/5) / p."""
    if not reports or any(r not in SCALE for r in reports):
        raise ValueError("reports")
    n, p = len(reports), Fraction(p_milli, 1000)
    noise = 1 - p
    mean_report = Fraction(sum(reports), n)
    mean = (mean_report - noise * Fraction(sum(SCALE), len(SCALE))) / p
    variance = None
    if n >= 2:
        s2 = sum((r - mean_report) ** 2 for r in reports) / Fraction(n - 1)
        variance = s2 / (n * p * p)
    shares = tuple((Fraction(reports.count(j), n) - noise / len(SCALE)) / p for j in SCALE)
    return Estimate(n, mean, variance, shares)


def epsilon(p_milli: int) -> float:
    """The local differential privacy of one randomised answer: ln((1 + 4p) / (1 − p))."""
    p = p_milli / 1000
    return math.inf if p >= 1 else math.log((1 + 4 * p) / (1 - p))


# -- small-group suppression ------------------------------------------------------------------

def suppressed(counts: Mapping[str, int], k: int) -> frozenset[str]:
    """The cells of one breakdown (cell -> people counted) not to show beside its total: every
    cell counting 1 … k−1 (primary); then, while the suppressed cells together count 1 … k−1
    (their sum would follow from the total by subtraction), the smallest other non-empty cell
    too (secondary; ties by name). Every cell, and the total, if the total is below k."""
    if sum(counts.values()) < k:
        return frozenset(counts)
    hidden = {cell for cell, n in counts.items() if 0 < n < k}
    while hidden and sum(counts[cell] for cell in hidden) < k:
        smallest = min((n, cell) for cell, n in counts.items() if n > 0 and cell not in hidden)
        hidden.add(smallest[1])
    return frozenset(hidden)


__all__ = [
    "CAPS", "CARD_CONTEXT", "CONSENT_CONTEXT", "SCHEMAS", "SUMMARY_CONTEXT", "TO_COORDINATOR",
    "TO_PARTICIPANT", "Card", "Consent", "EnrolmentCode", "Estimate", "ProgrammeError", "Summary",
    "Terms", "card_signed_bytes", "check_join", "check_profile", "check_shown", "check_welcome",
    "check_withdrawal", "consent_signed_bytes", "encode_body", "epsilon", "estimate",
    "pair_scopes", "parse_body", "randomise",
    "summary_signed_bytes", "suppressed", "terms_hash", "verify_card", "verify_consent",
    "verify_intro", "verify_summary",
]
