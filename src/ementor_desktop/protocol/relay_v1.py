"""Relay API v1 on the wire: ids, limits, the owner-command signature and its checks.

Owns what docs/protocol.md Part 1 specifies byte for byte, so the relay (ementor_desktop.relay)
and its client (ementor_desktop.sync.relay_client) cannot drift apart. Pure functions only:
no network, no storage, no clock (callers pass the time in), and no PyNaCl: this module defines
which bytes an owner signs; signing and checking them is `crypto.mailbox_auth`'s, passed in by the
caller (protocol/ sits below crypto/ and never imports it).
"""

from __future__ import annotations

import binascii
import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

API_VERSION = "v1"
PREFIX = "/v1"

#: Mailbox ids (receive id, send id) and challenges: 32 random bytes, base64url without padding.
ID_BYTES = 32
ID_CHARS = 43
#: Message ids: 16 random bytes, base64url without padding.
MESSAGE_ID_BYTES = 16
MESSAGE_ID_CHARS = 22
#: Ed25519 public keys and signatures, raw sizes.
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
#: Idempotency keys are client-chosen: 1..128 characters of [A-Za-z0-9_-].
IDEMPOTENCY_KEY_MAX = 128

#: Purpose string that opens every signed owner command (domain separation).
SIGNATURE_PURPOSE = b"ementor-relay/v1/owner-command"
#: Authorization scheme name of owner commands.
AUTH_SCHEME = "Ementor-Sig-v1"
#: Response header that carries a fresh challenge after a successful owner command, bound (like
#: every challenge) to the same mailbox: a client keeps it for that mailbox only.
NEXT_CHALLENGE_HEADER = "Ementor-Next-Challenge"
#: A challenge is asked for one mailbox: POST {PREFIX}/mailboxes/{receive_id}{CHALLENGE_PATH}.
CHALLENGE_PATH = "/challenge"
#: Response header set (to "1") when a deposit repeats an idempotency key already seen.
DUPLICATE_HEADER = "Ementor-Duplicate"
IDEMPOTENCY_HEADER = "Idempotency-Key"

# b64url_decode: "-" and "_" become "+" and "/"; the standard alphabet's own "+", "/" and "="
# become "*", outside every alphabet. Padding per length % 4 (1 never decodes).
_URL_TO_STANDARD = bytes.maketrans(b"-_+/=", b"+/***")
_STANDARD_TO_URL = bytes.maketrans(b"+/", b"-_")
_PADDING = (b"", b"", b"==", b"=")
# What the last character may be when it carries unused bits (4 with 2 left over, 2 with 3):
# those bits must be zero, or two texts would decode to the same bytes.
_CANONICAL_LAST = ("", "", "AQgw", "AEIMQUYcgkosw048")
_IDEMPOTENCY = re.compile(r"^[A-Za-z0-9_-]{1,128}$")


class ProtocolError(ValueError):
    """An input does not have the type, length or alphabet the protocol requires."""


def b64url_encode(data: bytes) -> str:
    return b64url_encode_ascii(data).decode("ascii")


def b64url_encode_ascii(data: bytes) -> bytes:
    """`b64url_encode` as ASCII bytes (for answers built as bytes: no text in between)."""
    return binascii.b2a_base64(data, newline=False).translate(_STANDARD_TO_URL).rstrip(b"=")


def b64url_decode(text: str, expected_len: int | None = None) -> bytes:
    """Strict base64url without padding; checks the decoded length when one is expected.

    Refused: anything but ASCII letters, digits, "-" and "_"; a length that leaves one
    character over (4n + 1); unused low bits of the last character that are not zero (a
    non-canonical encoding). In C for the most part, as every fetched envelope passes here:
    the URL-safe alphabet is mapped onto the standard one and "+", "/" and "=" onto "*", which
    binascii's strict mode refuses like any other character outside the alphabet."""
    if not isinstance(text, str) or not text.isascii() or len(text) % 4 == 1:
        raise ProtocolError("not base64url")
    rest = len(text) % 4
    standard = text.encode("ascii").translate(_URL_TO_STANDARD) + _PADDING[rest]
    try:
        raw = binascii.a2b_base64(standard, strict_mode=True)
    except binascii.Error as exc:
        raise ProtocolError("not base64url") from exc
    if rest and text[-1] not in _CANONICAL_LAST[rest]:
        raise ProtocolError("not canonical base64url")
    if expected_len is not None and len(raw) != expected_len:
        raise ProtocolError("wrong length")
    return raw


def new_id() -> str:
    """A fresh mailbox id or challenge: 256 random bits."""
    return b64url_encode(secrets.token_bytes(ID_BYTES))


def new_message_id() -> str:
    return b64url_encode(secrets.token_bytes(MESSAGE_ID_BYTES))


def parse_id(text: str) -> bytes:
    """Decode a receive id, send id or challenge, or raise ProtocolError."""
    if not isinstance(text, str) or len(text) != ID_CHARS:
        raise ProtocolError("wrong length")
    return b64url_decode(text, ID_BYTES)


def is_message_id(text: object) -> bool:
    if not isinstance(text, str) or len(text) != MESSAGE_ID_CHARS:
        return False
    try:
        b64url_decode(text, MESSAGE_ID_BYTES)
    except ProtocolError:
        return False
    return True


def is_idempotency_key(text: object) -> bool:
    return isinstance(text, str) and bool(_IDEMPOTENCY.match(text))


def id_hash(identifier: str) -> bytes:
    """What the relay stores instead of an id: SHA-256 of the id's ASCII text."""
    return hashlib.sha256(identifier.encode("ascii")).digest()


def parse_public_key(text: str) -> bytes:
    return b64url_decode(text, PUBLIC_KEY_BYTES)


def signing_message(challenge: str, method: str, target: str, body: bytes) -> bytes:
    """The exact bytes an owner signs (docs/protocol.md, "Owner-command signature").

    Five lines joined by LF, no trailing LF: purpose, challenge, upper-case method, request
    target (path, plus "?" and the query string if there is one), lower-case hex SHA-256 of
    the request body (of the empty string when there is none).
    """
    if "\n" in challenge or "\n" in method or "\n" in target:
        raise ProtocolError("line break in a signed field")
    return b"\n".join([
        SIGNATURE_PURPOSE,
        challenge.encode("ascii"),
        method.upper().encode("ascii"),
        target.encode("ascii"),
        hashlib.sha256(body).hexdigest().encode("ascii"),
    ])


class OwnerKey(Protocol):
    """What signs owner commands: a mailbox's key (`crypto.mailbox_auth.MailboxAuthKey`)."""

    def sign(self, message: bytes) -> bytes:
        """The detached Ed25519 signature (SIGNATURE_BYTES) over `message`."""
        ...


#: Checks a detached signature: (public key, message, signature) -> valid
#: (`crypto.mailbox_auth.verify_signature`).
SignatureCheck = Callable[[bytes, bytes, bytes], bool]


def sign_owner_command(owner_key: OwnerKey, challenge: str, method: str, target: str,
                       body: bytes) -> str:
    """The Authorization header value for one owner command."""
    signature = owner_key.sign(signing_message(challenge, method, target, body))
    if len(signature) != SIGNATURE_BYTES:
        raise ProtocolError("wrong signature length")
    return f"{AUTH_SCHEME} {challenge}.{b64url_encode(signature)}"


@dataclass(frozen=True)
class OwnerAuth:
    """A parsed Authorization header of an owner command."""

    challenge: str
    signature: bytes


def parse_authorization(header: str | None) -> OwnerAuth:
    """Parse `Ementor-Sig-v1 <challenge>.<signature>` or raise ProtocolError."""
    if not header:
        raise ProtocolError("missing")
    scheme, _, value = header.partition(" ")
    if scheme != AUTH_SCHEME:
        raise ProtocolError("wrong scheme")
    challenge, dot, signature = value.strip().partition(".")
    if not dot:
        raise ProtocolError("malformed")
    parse_id(challenge)
    return OwnerAuth(challenge, b64url_decode(signature, SIGNATURE_BYTES))


def verify_owner_signature(public_key: bytes, auth: OwnerAuth, method: str, target: str,
                           body: bytes, *, check: SignatureCheck) -> bool:
    """True when `auth.signature` is the owner's signature over this exact request."""
    try:
        message = signing_message(auth.challenge, method, target, body)
    except ValueError:  # a ProtocolError, or a field that is not ASCII
        return False
    return check(public_key, message, auth.signature)
