"""Envelope v1: sign, then seal to the recipient; padded to fixed sizes (docs/protocol.md Part 2).

    blob    = 0x01 || crypto_box_seal(recipient_box_pk, padded)          # len(blob) in BUCKETS
    padded  = inner || 0x80 || 0x00 ...                                  # ISO/IEC 7816-4 padding
    inner   = sender_signing_pk (32) || signature (64) || content
    signed  = SIGN_CONTEXT || recipient_box_pk (32) || content
    content = UTF-8 JSON object {"v", "id", "conv", "seq", "kind", "sent", "body"}

The relay sees a version byte and a bucket size; no sender, time or conversation. Naming the
recipient inside the signature stops a recipient from re-sealing a signed message to a third party
as if it had been sent to them. Parsing is strict: exact key sets, types, lengths and limits; any
deviation is an `EnvelopeError` subclass naming the reason, never a crash. This module does no I/O
and knows nothing of contacts: `open_envelope` returns the sender's key for the caller to look up.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import nacl.exceptions
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

VERSION = 1
SIGN_CONTEXT = b"ementor/envelope/v1\x00"
BUCKETS = (1024, 4096, 16384, 65536)
SEAL_OVERHEAD = 48  # ephemeral X25519 public key (32) + Poly1305 tag (16)
SIGNATURE_BYTES = 64
KEY_BYTES = 32
MAX_CONTENT = BUCKETS[-1] - 1 - SEAL_OVERHEAD - 1 - KEY_BYTES - SIGNATURE_BYTES
MAX_TEXT_BYTES = 32 * 1024
MAX_IDS = 100
MAX_TIME_MS = 2**53

# Kinds shown in the conversation carry a per-sender sequence number >= 1 (gaps are detected);
# control kinds carry 0. Later issues add kinds here (agreement, goal, session, feedback, …).
CONTENT_KINDS = frozenset({"text"})
CONTROL_KINDS = frozenset({"receipt", "read", "profile", "hello", "welcome", "rekey"})
KINDS = CONTENT_KINDS | CONTROL_KINDS

_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_B64URL_ID = re.compile(r"^[A-Za-z0-9_-]{43}$")
_URL = re.compile(r"^https?://[^\s]{1,2040}$")
_ROLES = frozenset({"mentor", "mentee", "coordinator"})


class EnvelopeError(ValueError):
    """An envelope was refused. `reason` is a short, content-free label for logs and reports."""

    reason = "malformed"


class UnsupportedVersion(EnvelopeError):
    reason = "unsupported version"


class Malformed(EnvelopeError):
    reason = "malformed"


class CannotDecrypt(EnvelopeError):
    reason = "cannot decrypt"


class BadSignature(EnvelopeError):
    reason = "bad signature"


class UnknownKind(EnvelopeError):
    reason = "unknown kind"


@dataclass(frozen=True)
class Content:
    message_id: str
    conversation_id: str
    seq: int
    kind: str
    sent_at: int  # ms since the epoch, sender's clock
    body: dict[str, Any]

    def encode(self) -> bytes:
        doc = {"v": VERSION, "id": self.message_id, "conv": self.conversation_id,
               "seq": self.seq, "kind": self.kind, "sent": self.sent_at, "body": self.body}
        data = json.dumps(doc, ensure_ascii=False, separators=(",", ":"),
                          sort_keys=True).encode("utf-8")
        parse_content(data)  # never send what we would refuse to receive
        return data


@dataclass(frozen=True)
class Opened:
    sender_signing_key: bytes
    content: Content


def seal(content: bytes, sender: SigningKey, recipient_box_key: bytes) -> bytes:
    """Sign `content` (already encoded) for `recipient_box_key` and seal it into a padded blob."""
    if len(content) > MAX_CONTENT:
        raise Malformed("content too large")
    if len(recipient_box_key) != KEY_BYTES:
        raise ValueError("a box key is 32 bytes")
    signature = sender.sign(SIGN_CONTEXT + recipient_box_key + content).signature
    inner = bytes(sender.verify_key) + signature + content
    size = next(b for b in BUCKETS if len(inner) + 1 <= b - 1 - SEAL_OVERHEAD)
    padded = inner + b"\x80" + b"\x00" * (size - 1 - SEAL_OVERHEAD - len(inner) - 1)
    sealed = SealedBox(PublicKey(recipient_box_key)).encrypt(padded)
    return bytes([VERSION]) + bytes(sealed)


class Opener:
    """Opens envelopes for one recipient; keeps the derived keys between envelopes."""

    def __init__(self, recipient: PrivateKey) -> None:
        self._box = SealedBox(recipient)
        self._recipient_public = bytes(recipient.public_key)

    def open(self, blob: bytes) -> Opened:
        return _open(blob, self._box, self._recipient_public)


def open_envelope(blob: bytes, recipient: PrivateKey) -> Opened:
    """Check size and version, unseal, unpad, verify the signature and parse the content."""
    return _open(blob, SealedBox(recipient), bytes(recipient.public_key))


def _open(blob: bytes, box: SealedBox[PrivateKey], recipient_public: bytes) -> Opened:
    if not isinstance(blob, bytes | bytearray) or len(blob) not in BUCKETS:
        raise Malformed("blob size is not a bucket")
    if blob[0] != VERSION:
        raise UnsupportedVersion(f"version {blob[0]}")
    try:
        padded = box.decrypt(bytes(blob[1:]))
    except nacl.exceptions.CryptoError:
        raise CannotDecrypt("not sealed to us, or altered") from None
    inner = _unpad(padded)
    if len(inner) < KEY_BYTES + SIGNATURE_BYTES + 2:
        raise Malformed("too short")
    sender_key = inner[:KEY_BYTES]
    signature = inner[KEY_BYTES:KEY_BYTES + SIGNATURE_BYTES]
    content = inner[KEY_BYTES + SIGNATURE_BYTES:]
    try:
        VerifyKey(sender_key).verify(SIGN_CONTEXT + recipient_public + content, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError,
            nacl.exceptions.TypeError):
        raise BadSignature("signature does not verify") from None
    return Opened(sender_signing_key=bytes(sender_key), content=parse_content(content))


def _unpad(padded: bytes) -> bytes:
    end = padded.rfind(b"\x80")
    if end < 0 or any(padded[end + 1:]):
        raise Malformed("bad padding")
    return padded[:end]


# -- strict content parsing ------------------------------------------------------------------

def parse_content(data: bytes) -> Content:
    if len(data) > MAX_CONTENT:
        raise Malformed("content too large")
    try:
        doc = json.loads(data.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError, RecursionError):
        raise Malformed("content is not JSON") from None
    _keys(doc, {"v", "id", "conv", "seq", "kind", "sent", "body"})
    if doc["v"] != VERSION or isinstance(doc["v"], bool):
        raise UnsupportedVersion("content version")
    kind = doc["kind"]
    if not isinstance(kind, str):
        raise Malformed("kind")
    if kind not in KINDS:
        raise UnknownKind("unknown kind")
    message_id, conv = _hex32(doc["id"], "id"), _hex32(doc["conv"], "conv")
    seq = _int(doc["seq"], "seq", 0, MAX_TIME_MS)
    if (kind in CONTENT_KINDS) != (seq >= 1):
        raise Malformed("seq does not fit the kind")
    sent = _int(doc["sent"], "sent", 1, MAX_TIME_MS)
    body = _BODY_CHECKS[kind](doc["body"])
    return Content(message_id, conv, seq, kind, sent, body)


def _no_constants(name: str) -> None:
    raise ValueError(name)  # NaN and Infinity are not JSON


def _keys(doc: object, expected: set[str], optional: set[str] | None = None) -> None:
    if not isinstance(doc, dict):
        raise Malformed("expected an object")
    keys = set(doc)
    if not expected <= keys or not keys <= expected | (optional or set()):
        raise Malformed("unexpected fields")


def _hex32(value: object, name: str) -> str:
    if not isinstance(value, str) or not _HEX32.match(value):
        raise Malformed(name)
    return value


def _int(value: object, name: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise Malformed(name)
    return value


def _text(value: object, name: str, low: int, high_bytes: int) -> str:
    if not isinstance(value, str) or len(value) < low or len(value.encode("utf-8")) > high_bytes:
        raise Malformed(name)
    return value


def _ids(body: object) -> dict[str, Any]:
    _keys(body, {"ids"})
    assert isinstance(body, dict)
    ids = body["ids"]
    if not isinstance(ids, list) or not 1 <= len(ids) <= MAX_IDS:
        raise Malformed("ids")
    return {"ids": [_hex32(i, "ids") for i in ids]}


def _profile_fields(body: dict[str, Any]) -> dict[str, Any]:
    out = {"name": _text(body["name"], "name", 1, 320),
           "headline": _text(body["headline"], "headline", 0, 800)}
    if body["role"] not in _ROLES:
        raise Malformed("role")
    out["role"] = body["role"]
    return out


def _route(body: dict[str, Any]) -> dict[str, Any]:
    relay, send_id = body["relay"], body["send_id"]
    if not isinstance(relay, str) or not _URL.match(relay):
        raise Malformed("relay")
    if not isinstance(send_id, str) or not _B64URL_ID.match(send_id):
        raise Malformed("send_id")
    return {"relay": relay, "send_id": send_id}


def _check_text(body: object) -> dict[str, Any]:
    _keys(body, {"text"})
    assert isinstance(body, dict)
    text = _text(body["text"], "text", 1, MAX_TEXT_BYTES)
    if not text.strip():
        raise Malformed("empty text")
    return {"text": text}


def _check_profile(body: object) -> dict[str, Any]:
    _keys(body, {"name", "role", "headline"})
    assert isinstance(body, dict)
    return _profile_fields(body)


def _hex64(value: object, name: str) -> str:
    if not isinstance(value, str) or not _HEX64.match(value):
        raise Malformed(name)
    return value


def _check_hello(body: object) -> dict[str, Any]:
    # The sealed box hides the sender, so a first contact names its box key (signed with it).
    _keys(body, {"invite", "secret", "box", "name", "role", "headline", "relay", "send_id"})
    assert isinstance(body, dict)
    return {"invite": _hex32(body["invite"], "invite"), "secret": _hex64(body["secret"], "secret"),
            "box": _hex64(body["box"], "box"), **_profile_fields(body), **_route(body)}


def _check_rekey(body: object) -> dict[str, Any]:
    _keys(body, {"box", "name", "role", "headline"})
    assert isinstance(body, dict)
    return {"box": _hex64(body["box"], "box"), **_profile_fields(body)}


def _check_welcome(body: object) -> dict[str, Any]:
    _keys(body, {"name", "role", "headline", "relay", "send_id"})
    assert isinstance(body, dict)
    return {**_profile_fields(body), **_route(body)}


_BODY_CHECKS = {
    "text": _check_text,
    "receipt": _ids,
    "read": _ids,
    "profile": _check_profile,
    "hello": _check_hello,
    "welcome": _check_welcome,
    "rekey": _check_rekey,
}
assert set(_BODY_CHECKS) == KINDS
