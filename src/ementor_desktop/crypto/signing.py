"""Detached Ed25519 signatures with an identity key over bytes that already start with their
purpose string (e.g. an agreement's canonical form, docs/protocol.md Part 3 §6). Pure functions;
the caller builds the bytes, this module only signs and verifies them."""

from __future__ import annotations

import nacl.exceptions
from nacl.signing import VerifyKey

from ementor_desktop.crypto.identity import Identity

SIGNATURE_BYTES = 64


def sign_detached(identity: Identity, message: bytes) -> bytes:
    """The identity's Ed25519 signature (RFC 8032, deterministic) over `message`."""
    signature: bytes = identity.signing.sign(message).signature
    return signature


def verify_detached(signing_key: bytes, message: bytes, signature: bytes) -> bool:
    """Whether `signature` is `signing_key`'s signature over `message`; never raises."""
    if len(signing_key) != 32 or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        VerifyKey(signing_key).verify(message, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError,
            nacl.exceptions.TypeError):
        return False
    return True
