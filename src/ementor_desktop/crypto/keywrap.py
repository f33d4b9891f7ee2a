"""Passphrase-derived key encryption keys (Argon2id) and wrapping of the vault's database key.

The database key is 32 random bytes used by SQLCipher as a raw key. It is never stored bare: each
"slot" wraps it with XChaCha20-Poly1305 under a key-encryption key (from the passphrase through
Argon2id, or a random device key kept in the OS keyring). The slot's parameters are the associated
data, so tampering with them fails the same way a wrong key does.

Argon2id parameters read from a file are only accepted between the weakest and the strongest entry
of the app's own strength table (`_LIMITS`): a hostile file can neither make guessing cheaper than
the app ever would nor make unlocking take forever or exhaust memory. The key file as a whole is
authenticated with a MAC under a key derived from the database key (`key_file_mac`).
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from dataclasses import dataclass, replace
from enum import StrEnum

import nacl.exceptions
import nacl.pwhash
import nacl.utils
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
    crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
)

KEY_BYTES = 32
SALT_BYTES = nacl.pwhash.argon2id.SALTBYTES  # 16
NONCE_BYTES: int = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES  # 24
KDF_ALGORITHM = "argon2id13"


class KdfStrength(StrEnum):
    """Named Argon2id strengths. MODERATE is the default for a vault passphrase."""

    INTERACTIVE = "interactive"
    MODERATE = "moderate"
    SENSITIVE = "sensitive"


_LIMITS: dict[KdfStrength, tuple[int, int]] = {
    KdfStrength.INTERACTIVE: (
        nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE, nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE),
    KdfStrength.MODERATE: (
        nacl.pwhash.argon2id.OPSLIMIT_MODERATE, nacl.pwhash.argon2id.MEMLIMIT_MODERATE),
    KdfStrength.SENSITIVE: (
        nacl.pwhash.argon2id.OPSLIMIT_SENSITIVE, nacl.pwhash.argon2id.MEMLIMIT_SENSITIVE),
}

# Bounds we accept when reading parameters from a file: from the weakest to the strongest strength
# the app itself would choose. Below, a hostile key file (or backup) would make guessing the
# passphrase cheaper (KDF downgrade); above, it could make us allocate absurd memory or spin for
# hours before saying "wrong passphrase".
OPSLIMIT_RANGE = (min(o for o, _ in _LIMITS.values()), max(o for o, _ in _LIMITS.values()))
MEMLIMIT_RANGE = (min(m for _, m in _LIMITS.values()), max(m for _, m in _LIMITS.values()))

# A backup leaves the machine: it never gets less than the default strength.
BACKUP_MINIMUM = KdfStrength.MODERATE
_ORDER = [KdfStrength.INTERACTIVE, KdfStrength.MODERATE, KdfStrength.SENSITIVE]

KEY_FILE_MAC_PERSON = b"ementor-kf-mac1"  # BLAKE2b personalisation (at most 16 bytes)
MAC_BYTES = 32


class UnwrapError(Exception):
    """The key-encryption key is wrong or the wrapped bytes were altered (indistinguishable)."""


@dataclass(frozen=True)
class KdfParams:
    opslimit: int
    memlimit: int
    salt: bytes

    @classmethod
    def new(cls, strength: KdfStrength = KdfStrength.MODERATE) -> KdfParams:
        ops, mem = _LIMITS[strength]
        return cls(opslimit=ops, memlimit=mem, salt=nacl.utils.random(SALT_BYTES))

    def renewed(self) -> KdfParams:
        """The same strength with a fresh salt (a new slot for an authenticated old one)."""
        self.validate()
        return replace(self, salt=bytes(nacl.utils.random(SALT_BYTES)))

    def strength(self) -> KdfStrength:
        """The strongest named strength these parameters meet (at least INTERACTIVE)."""
        met = [s for s in _ORDER if self.opslimit >= _LIMITS[s][0] and
               self.memlimit >= _LIMITS[s][1]]
        return met[-1] if met else KdfStrength.INTERACTIVE

    def validate(self) -> None:
        if len(self.salt) != SALT_BYTES:
            raise ValueError("salt has the wrong length")
        if not OPSLIMIT_RANGE[0] <= self.opslimit <= OPSLIMIT_RANGE[1]:
            raise ValueError("opslimit out of range")
        if not MEMLIMIT_RANGE[0] <= self.memlimit <= MEMLIMIT_RANGE[1]:
            raise ValueError("memlimit out of range")

    def associated_data(self, purpose: bytes) -> bytes:
        return b"|".join([purpose, KDF_ALGORITHM.encode(), str(self.opslimit).encode(),
                          str(self.memlimit).encode(), self.salt])


def at_least(strength: KdfStrength, minimum: KdfStrength) -> KdfStrength:
    return max(strength, minimum, key=_ORDER.index)


def key_file_mac(db_key: bytes, body: bytes) -> bytes:
    """A MAC over the key file's canonical body, under a key derived from the database key: only
    someone who can open the vault can write a key file that the vault accepts."""
    _check_key(db_key)
    mac_key = hashlib.blake2b(b"", key=db_key, digest_size=KEY_BYTES,
                              person=KEY_FILE_MAC_PERSON).digest()
    return hashlib.blake2b(body, key=mac_key, digest_size=MAC_BYTES).digest()


def key_file_mac_ok(db_key: bytes, body: bytes, mac: bytes) -> bool:
    return hmac.compare_digest(key_file_mac(db_key, body), mac)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so the same passphrase typed on another OS/keyboard derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_kek(passphrase: str, params: KdfParams) -> bytes:
    params.validate()
    return bytes(nacl.pwhash.argon2id.kdf(
        KEY_BYTES, normalize_passphrase(passphrase), params.salt,
        opslimit=params.opslimit, memlimit=params.memlimit,
    ))


def new_key() -> bytes:
    return bytes(nacl.utils.random(KEY_BYTES))


def wrap(kek: bytes, secret: bytes, associated_data: bytes) -> bytes:
    """Return nonce || ciphertext+tag."""
    _check_key(kek)
    nonce = nacl.utils.random(NONCE_BYTES)
    return nonce + crypto_aead_xchacha20poly1305_ietf_encrypt(secret, associated_data, nonce, kek)


def unwrap(kek: bytes, wrapped: bytes, associated_data: bytes) -> bytes:
    _check_key(kek)
    if len(wrapped) < NONCE_BYTES + 16:
        raise UnwrapError("wrapped key too short")
    nonce, ciphertext = wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:]
    try:
        return bytes(crypto_aead_xchacha20poly1305_ietf_decrypt(
            ciphertext, associated_data, nonce, kek))
    except nacl.exceptions.CryptoError as err:
        raise UnwrapError("authentication failed") from err


def _check_key(key: bytes) -> None:
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise ValueError("a key-encryption key is 32 bytes")
