"""Mailbox authentication keys: the Ed25519 key that owns one relay mailbox, and its check.

Owns every PyNaCl call of relay owner commands (docs/protocol.md Part 1, "Owner-command
signature"): making a key (one per mailbox, never the identity key), restoring it from the seed the
vault keeps, signing, and the relay's verification. *What* gets signed is the protocol's business
(`protocol.relay_v1.signing_message`); this module signs and checks bytes.

The relay imports this module and no other of crypto/, so it must never import anything of ours
(the `mailbox-auth-leaf` contract in pyproject.toml keeps it so). No I/O; never logs a key.
"""

from __future__ import annotations

import nacl.exceptions
from nacl.signing import SigningKey, VerifyKey

SEED_BYTES = 32
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64


class MailboxAuthKey:
    """The secret key of one mailbox: signs that mailbox's owner commands and nothing else."""

    __slots__ = ("_key",)

    def __init__(self, seed: bytes) -> None:
        """The key whose seed the vault stored (`mailboxes.auth_seed`)."""
        if not isinstance(seed, bytes) or len(seed) != SEED_BYTES:
            raise ValueError("a mailbox key seed is 32 bytes")
        self._key = SigningKey(seed)

    @classmethod
    def generate(cls) -> MailboxAuthKey:
        return cls(bytes(SigningKey.generate()))

    @property
    def seed(self) -> bytes:
        """The 32 secret bytes the vault stores; the key can be rebuilt from them alone."""
        return bytes(self._key)

    @property
    def public_key(self) -> bytes:
        """The Ed25519 public key the relay registers for the mailbox (32 bytes)."""
        return bytes(self._key.verify_key)

    def sign(self, message: bytes) -> bytes:
        """The detached Ed25519 signature (64 bytes) over `message`."""
        signature: bytes = self._key.sign(message).signature
        return signature

    def __repr__(self) -> str:  # never the seed, even in a traceback
        return "MailboxAuthKey(…)"


def verify_signature(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """True when `signature` is the holder of `public_key`'s Ed25519 signature over `message`.

    Any malformed input (wrong sizes, a key that is not a point) is simply False: the relay
    answers every failure the same way.
    """
    try:
        VerifyKey(public_key).verify(message, signature)
    except (nacl.exceptions.BadSignatureError, ValueError, TypeError):
        return False
    return True


def random_public_key() -> bytes:
    """The public half of a fresh key nobody keeps: something real to verify against when a
    mailbox is unknown (libsodium rejects degenerate keys early, which would show in timing)."""
    return MailboxAuthKey.generate().public_key
