"""Envelope content 1.1 on the wire: the header every envelope carries and one declared schema per
kind (docs/protocol.md Part 2 §3). The only place that says what a body may contain.

Schemas are msgspec structs with unknown fields forbidden and every limit declared. Optional
fields added by a later protocol version have defaults and are omitted when unused, so a body
that uses no new feature is exactly the older form; a sender uses a new field or kind only with a
peer that announced it (`caps`). Pure functions; no I/O, no keys (the signature and the seal are
`crypto/envelope.py`'s business).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated, Any

import msgspec

from ementor_desktop.protocol import programme_schema as programme
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.protocol.profile_schema import ProfileCardBody
from ementor_desktop.protocol.relay_url import parse_relay_url
from ementor_desktop.protocol.relay_v1 import ProtocolError
from ementor_desktop.protocol.shared_schema import SCHEMAS as SHARED_SCHEMAS

VERSION = 1
MAX_TEXT_BYTES = 32 * 1024
MAX_IDS = 100
MAX_TIME_MS = 2**53
MAX_CAPS = 64

Hex32 = Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{32}\\Z")]
Hex64 = Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{64}\\Z")]
Hex128 = Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{128}\\Z")]
SendId = Annotated[str, msgspec.Meta(pattern="^[A-Za-z0-9_-]{43}\\Z")]
Capability = Annotated[str, msgspec.Meta(pattern="^[a-z][a-z0-9_.-]{0,31}\\Z")]
Caps = Annotated[list[Capability], msgspec.Meta(max_length=MAX_CAPS)]
Role = Annotated[str, msgspec.Meta(pattern="^(mentor|mentee|coordinator)\\Z")]
Seq = Annotated[int, msgspec.Meta(ge=0, le=MAX_TIME_MS)]
Millis = Annotated[int, msgspec.Meta(ge=1, le=MAX_TIME_MS)]


class ContentError(ValueError):
    """Content that does not parse. `reason` is a short, content-free label for logs."""

    reason = "malformed"


class Malformed(ContentError):
    reason = "malformed"


class UnsupportedContentVersion(ContentError):
    reason = "unsupported version"


class UnknownKind(ContentError):
    reason = "unknown kind"


class UnsupportedBodyVersion(UnsupportedContentVersion):
    """A body of a later version of its kind (a programme body's `v`, Part 4 §4): kept."""

    reason = "unsupported programme version"


def _utf8_len(text: str, low: int, high: int, name: str) -> None:
    if len(text) < low or len(text.encode("utf-8")) > high:
        raise ValueError(f"{name} length")


class _Strict(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    pass


class Header(_Strict):
    """The fields around every body. `body` is decoded by its kind's schema afterwards."""

    v: int
    id: Hex32
    conv: Hex32
    seq: Seq
    kind: Annotated[str, msgspec.Meta(min_length=1, max_length=32)]
    sent: Millis
    body: msgspec.Raw


class TextBody(_Strict):
    text: str

    def __post_init__(self) -> None:
        _utf8_len(self.text, 1, MAX_TEXT_BYTES, "text")
        if not self.text.strip():
            raise ValueError("empty text")


class IdsBody(_Strict):
    ids: Annotated[list[Hex32], msgspec.Meta(min_length=1, max_length=MAX_IDS)]


class _Presentation(_Strict):
    name: str
    role: Role
    headline: str

    def __post_init__(self) -> None:
        _utf8_len(self.name, 1, 320, "name")
        _utf8_len(self.headline, 0, 800, "headline")
        # A name is chosen by the sender: controls, bidi overrides and invisible characters are
        # removed before anything stores or shows it (a name left empty by that is refused).
        self.name = clean_name(self.name)
        self.headline = clean_name(self.headline)
        if not self.name:
            raise ValueError("name")


class ProfileBody(_Presentation):
    caps: Caps = []


def _check_route(relay: str) -> None:
    try:
        parse_relay_url(relay)
    except ProtocolError as err:
        raise ValueError("relay") from err


class WelcomeBody(_Presentation, kw_only=True):
    """Who we are and where to write to us (`relay`, `send_id`)."""

    relay: str
    send_id: SendId
    caps: Caps = []

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_route(self.relay)


class HelloBody(WelcomeBody, kw_only=True):
    """A welcome's fields, plus the invite it answers and the sender's box key."""

    invite: Hex32
    secret: Hex64  # the invite secret `x`, in hex
    box: Hex64  # the sender's X25519 key (the sealed box hides the sender)


class RekeyBody(_Strict):
    """A key change, sent in an envelope signed by the OLD signing key. `proof` is the new
    signing key's signature over crypto.derive.REKEY_CONTEXT ‖ old signing key ‖ new box key."""

    signing: Hex64
    box: Hex64
    proof: Hex128

#: Kinds shown in the conversation carry a per-sender sequence number >= 1 (gaps are detected);
#: control kinds carry 0.
CONTENT_KINDS = frozenset({"text"})
SCHEMAS: dict[str, type[msgspec.Struct]] = {
    "text": TextBody,
    "receipt": IdsBody,
    "read": IdsBody,
    "profile": ProfileBody,
    "hello": HelloBody,
    "welcome": WelcomeBody,
    "rekey": RekeyBody,
    **SHARED_SCHEMAS,  # shared records (Part 3): shared.update, shared.state
    "profile.card": ProfileCardBody,
}
#: Programme kinds (Part 4) this version applies: their bodies are read `v` first, so a later
#: programme version is kept rather than refused. Every kind of Part 4 is handled.
PROGRAMME_KINDS = frozenset({
    programme.KIND_JOIN, programme.KIND_WELCOME, programme.KIND_PROFILE, programme.KIND_STATUS,
    programme.KIND_SHORTLIST, programme.KIND_RANK, programme.KIND_CARD, programme.KIND_INTRO,
    programme.KIND_LEAVE, programme.KIND_REMATCH, programme.KIND_SUMMARY,
    programme.KIND_WITHDRAW,
    # self-service requests and reports of misconduct (domain/programme_selfservice.py)
    programme.KIND_REQUEST, programme.KIND_OFFER, programme.KIND_REPLY,
    programme.KIND_OUTCOME, programme.KIND_REPORT})
SCHEMAS.update({kind: programme.SCHEMAS[kind] for kind in sorted(PROGRAMME_KINDS)})
KINDS = frozenset(SCHEMAS)
CONTROL_KINDS = KINDS - CONTENT_KINDS
#: What a peer that announced nothing (protocol 1.0) is known to understand.
CAPS_1_0 = frozenset({"text", "receipt", "read", "profile"})
#: What this version announces: every kind it can apply after the handshake.
CAPS = tuple(sorted(KINDS - {"hello", "welcome"}))

_header_decoder = msgspec.json.Decoder(Header)
_body_decoders = {kind: msgspec.json.Decoder(schema) for kind, schema in SCHEMAS.items()
                  if kind not in PROGRAMME_KINDS}


@dataclass(frozen=True)
class Content:
    message_id: str
    conversation_id: str
    seq: int
    kind: str
    sent_at: int  # ms since the epoch, sender's clock
    body: dict[str, Any]

    def encode(self) -> bytes:
        """UTF-8 JSON, keys sorted, no spaces, non-ASCII written as itself (not escaped)."""
        doc = {"v": VERSION, "id": self.message_id, "conv": self.conversation_id,
               "seq": self.seq, "kind": self.kind, "sent": self.sent_at, "body": self.body}
        data = json.dumps(doc, ensure_ascii=False, separators=(",", ":"),
                          sort_keys=True).encode("utf-8")
        parse_content(data)  # never send what we would refuse to receive
        return data


class _Version(msgspec.Struct):
    """Only `v`, whatever else there is: a later content version may have other fields."""

    v: int


_version_decoder = msgspec.json.Decoder(_Version)


def parse_header(data: bytes) -> Header:
    """The header alone; the body is left undecoded. Raises `ContentError`."""
    try:
        header = _header_decoder.decode(data)
    except (msgspec.ValidationError, msgspec.DecodeError):
        try:
            version = _version_decoder.decode(data).v
        except (msgspec.ValidationError, msgspec.DecodeError):
            raise Malformed("header") from None
        if version != VERSION:  # a later version, whose header this app cannot know
            raise UnsupportedContentVersion("content version") from None
        raise Malformed("header") from None
    if header.v != VERSION:
        raise UnsupportedContentVersion("content version")
    return header


def parse_content(data: bytes, max_bytes: int | None = None) -> Content:
    """Header and body, checked against the kind's schema. Raises `ContentError`: an unknown
    kind or a later content version is told apart from malformed content, since a later app
    may understand it (the inbox keeps those)."""
    if max_bytes is not None and len(data) > max_bytes:
        raise Malformed("content too large")
    header = parse_header(data)
    decoder = _body_decoders.get(header.kind)
    if decoder is None and header.kind not in PROGRAMME_KINDS:
        raise UnknownKind("unknown kind")
    if (header.kind in CONTENT_KINDS) != (header.seq >= 1):
        raise Malformed("seq does not fit the kind")
    body: msgspec.Struct
    if decoder is None:  # a programme kind
        try:  # `v` first: a later programme version is kept, whatever else its body holds
            body = programme.parse_body(header.kind, bytes(header.body))
        except programme.UnsupportedVersion:
            raise UnsupportedBodyVersion("programme version") from None
        except programme.ProgrammeError:
            raise Malformed("body") from None
    else:
        try:
            body = decoder.decode(header.body)
        except (msgspec.ValidationError, msgspec.DecodeError):
            raise Malformed("body") from None
    return Content(header.id, header.conv, header.seq, header.kind, header.sent,
                   msgspec.to_builtins(body))


def understood_by(caps: frozenset[str] | None) -> frozenset[str]:
    """What a peer understands: what it announced, or protocol 1.0's kinds if it announced
    nothing."""
    return caps if caps else CAPS_1_0
