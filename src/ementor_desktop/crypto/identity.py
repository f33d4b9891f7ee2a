"""A participant's long-term identity: an Ed25519 signing key and an X25519 box key.

The secret halves exist only inside the vault. The fingerprint is a short, human-comparable digest
of both public keys (hex in groups of four), bound to a purpose string.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass

from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

FINGERPRINT_PURPOSE = b"ementor/fingerprint/v1"


@dataclass(frozen=True)
class PublicIdentity:
    signing_key: bytes  # Ed25519 public key, 32 bytes
    box_key: bytes  # X25519 public key, 32 bytes

    def __post_init__(self) -> None:
        if len(self.signing_key) != 32 or len(self.box_key) != 32:
            raise ValueError("public keys are 32 bytes each")

    @property
    def verify_key(self) -> VerifyKey:
        return VerifyKey(self.signing_key)

    @property
    def public_box_key(self) -> PublicKey:
        return PublicKey(self.box_key)

    def fingerprint(self) -> str:
        return fingerprint(self.signing_key, self.box_key)


@dataclass(frozen=True)
class Identity:
    signing_seed: bytes  # 32-byte Ed25519 seed
    box_secret: bytes  # 32-byte X25519 secret key

    def __post_init__(self) -> None:
        if len(self.signing_seed) != 32 or len(self.box_secret) != 32:
            raise ValueError("secret keys are 32 bytes each")

    def __repr__(self) -> str:  # never print secrets, even in a debugger or a traceback
        return f"Identity(fingerprint={self.public.fingerprint()!r})"

    @classmethod
    def generate(cls) -> Identity:
        return cls(signing_seed=bytes(SigningKey.generate()),
                   box_secret=bytes(PrivateKey.generate()))

    # Derived keys are cached: deriving a public key costs a scalar multiplication.
    @functools.cached_property
    def signing(self) -> SigningKey:
        return SigningKey(self.signing_seed)

    @functools.cached_property
    def box(self) -> PrivateKey:
        return PrivateKey(self.box_secret)

    @functools.cached_property
    def public(self) -> PublicIdentity:
        return PublicIdentity(
            signing_key=bytes(self.signing.verify_key), box_key=bytes(self.box.public_key))


def fingerprint(signing_key: bytes, box_key: bytes) -> str:
    """40 hex digits in ten groups of four, e.g. ``3F2A 91BC …``; stable across versions."""
    digest = hashlib.blake2b(signing_key + box_key, digest_size=20, person=b"ementor-fpr-v1",
                             key=FINGERPRINT_PURPOSE).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))
