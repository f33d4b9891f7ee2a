"""Envelope v1: sign, then seal to the recipient; padded to fixed sizes (docs/protocol.md Part 2).

    blob    = 0x01 || crypto_box_seal(recipient_box_pk, padded)          # len(blob) in BUCKETS
    padded  = inner || 0x80 || 0x00 ...                                  # ISO/IEC 7816-4 padding
    inner   = sender_signing_pk (32) || signature (64) || content
    signed  = SIGN_CONTEXT || recipient_box_pk (32) || content
    content = UTF-8 JSON object {"v", "id", "conv", "seq", "kind", "sent", "body"}
              (schemas per kind: protocol/content.py)

The relay sees a version byte and a bucket size; no sender, time or conversation. Naming the
recipient inside the signature stops a recipient from re-sealing a signed message to a third party
as if it had been sent to them. Parsing is strict: exact key sets, types, lengths and limits; any
deviation is an `EnvelopeError` subclass naming the reason, never a crash. This module does no I/O
and knows nothing of contacts: `open_envelope` returns the sender's key for the caller to look up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import nacl.bindings
import nacl.exceptions
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey

from ementor_desktop.crypto.keys import check_box_key
from ementor_desktop.protocol import content as wire
from ementor_desktop.protocol.content import (  # re-exported: the envelope's callers use them
    CONTENT_KINDS,
    CONTROL_KINDS,
    KINDS,
    MAX_IDS,
    MAX_TEXT_BYTES,
    Content,
)

VERSION = 1
SIGN_CONTEXT = b"ementor/envelope/v1\x00"
BUCKETS = (1024, 4096, 16384, 65536)
SEAL_OVERHEAD = 48  # ephemeral X25519 public key (32) + Poly1305 tag (16)
SIGNATURE_BYTES = 64
KEY_BYTES = 32
MAX_CONTENT = BUCKETS[-1] - 1 - SEAL_OVERHEAD - 1 - KEY_BYTES - SIGNATURE_BYTES

__all__ = ["BUCKETS", "CONTENT_KINDS", "CONTROL_KINDS", "KINDS", "MAX_CONTENT", "MAX_IDS",
           "MAX_TEXT_BYTES", "VERSION", "BadSignature", "CannotDecrypt", "Content",
           "EnvelopeError", "Malformed", "Opened", "Opener", "UnknownKind", "UnsupportedVersion",
           "open_envelope", "open_unparsed", "parse_content", "seal"]


class EnvelopeError(ValueError):
    """An envelope was refused. `reason` is a short, content-free label for logs and reports.
    `sender_signing_key` is set when the signature verified (the sender is known to be the
    holder of that key) but the content could not be applied by this version."""

    reason = "malformed"
    sender_signing_key: bytes | None = None


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
class Opened:
    sender_signing_key: bytes
    content: Content


def parse_content(data: bytes) -> Content:
    """Strictly parse content bytes (protocol/content.py), as an `EnvelopeError`."""
    try:
        return wire.parse_content(data, MAX_CONTENT)
    except wire.UnknownKind:
        raise UnknownKind("unknown kind") from None
    except wire.UnsupportedContentVersion as err:
        refused = UnsupportedVersion("content version")
        refused.reason = err.reason  # e.g. a programme body's later version (kept, Part 4 §4)
        raise refused from None
    except wire.ContentError as err:
        raise Malformed(str(err)) from None


def seal(content: bytes, sender: SigningKey, recipient_box_key: bytes) -> bytes:
    """Sign `content` (already encoded) for `recipient_box_key` and seal it into a padded blob."""
    if len(content) > MAX_CONTENT:
        raise Malformed("content too large")
    check_box_key(recipient_box_key)  # BadPublicKey: never seal to a low-order point
    signature = sender.sign(SIGN_CONTEXT + recipient_box_key + content).signature
    inner = bytes(sender.verify_key) + signature + content
    size = next(b for b in BUCKETS if len(inner) + 1 <= b - 1 - SEAL_OVERHEAD)
    padded = inner + b"\x80" + b"\x00" * (size - 1 - SEAL_OVERHEAD - len(inner) - 1)
    sealed = SealedBox(PublicKey(recipient_box_key)).encrypt(padded)
    return bytes([VERSION]) + bytes(sealed)


class Opener:
    """Opens envelopes for one recipient; keeps the derived keys between envelopes."""

    def __init__(self, recipient: PrivateKey) -> None:
        self._secret = bytes(recipient)
        self._recipient_public = bytes(recipient.public_key)

    def _unseal(self, sealed: bytes) -> bytes:
        # the binding directly: this runs for every envelope received
        opened: bytes = nacl.bindings.crypto_box_seal_open(sealed, self._recipient_public,
                                                           self._secret)
        return opened

    def open(self, blob: bytes) -> Opened:
        return _open(blob, self._unseal, self._recipient_public)


def open_envelope(blob: bytes, recipient: PrivateKey) -> Opened:
    """Check size and version, unseal, unpad, verify the signature and parse the content."""
    return Opener(recipient).open(blob)


def open_unparsed(blob: bytes, recipient: PrivateKey) -> tuple[bytes, bytes]:
    """Check size and version, unseal, unpad and verify the signature, and return the signer's
    key and the content bytes unparsed: for an envelope carried inside another one's body (a
    programme note, Part 4 §7), whose kind is never sent on its own and whose content the
    caller checks."""
    opener = Opener(recipient)
    return _verified(blob, opener._unseal, opener._recipient_public)


def _open(blob: bytes, unseal: Callable[[bytes], bytes], recipient_public: bytes) -> Opened:
    sender_key, content = _verified(blob, unseal, recipient_public)
    try:
        parsed = parse_content(content)
    except EnvelopeError as err:
        err.sender_signing_key = bytes(sender_key)  # authentic: a later app may apply it
        raise
    return Opened(sender_signing_key=bytes(sender_key), content=parsed)


def _verified(blob: bytes, unseal: Callable[[bytes], bytes],
              recipient_public: bytes) -> tuple[bytes, bytes]:
    if not isinstance(blob, bytes | bytearray) or len(blob) not in BUCKETS:
        raise Malformed("blob size is not a bucket")
    if blob[0] != VERSION:
        raise UnsupportedVersion(f"version {blob[0]}")
    try:
        padded = unseal(bytes(blob[1:]))
    except nacl.exceptions.CryptoError:
        raise CannotDecrypt("not sealed to us, or altered") from None
    inner = _unpad(padded)
    if len(inner) < KEY_BYTES + SIGNATURE_BYTES + 2:
        raise Malformed("too short")
    sender_key = inner[:KEY_BYTES]
    signature = inner[KEY_BYTES:KEY_BYTES + SIGNATURE_BYTES]
    content = inner[KEY_BYTES + SIGNATURE_BYTES:]
    try:  # the binding directly: a VerifyKey object per envelope costs more than it checks
        nacl.bindings.crypto_sign_open(signature + SIGN_CONTEXT + recipient_public + content,
                                       sender_key)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError,
            nacl.exceptions.TypeError):
        raise BadSignature("signature does not verify") from None
    return bytes(sender_key), bytes(content)


def _unpad(padded: bytes) -> bytes:
    end = padded.rfind(b"\x80")
    if end < 0 or padded.count(0, end + 1) != len(padded) - end - 1:  # only zeros after it
        raise Malformed("bad padding")
    return padded[:end]
