"""Checks that a public key a peer sent is a usable point before anything is sealed to it or
stored: a low-order X25519 key would make every seal to it fail (and an all-zero shared secret),
an invalid Ed25519 key can never verify. Pure functions; no I/O."""

from __future__ import annotations

import nacl.bindings
import nacl.exceptions

KEY_BYTES = 32
# Any clamped scalar will do: multiplying a low-order point by it gives the all-zero point,
# which libsodium refuses (and it refuses its list of known small-order points outright).
_PROBE_SCALAR = bytes(range(1, 33))


class BadPublicKey(ValueError):
    """A public key of the wrong size, or a point that must not be used."""


def check_box_key(key: bytes) -> bytes:
    """An X25519 public key of 32 bytes that is not of low order."""
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise BadPublicKey("a box key is 32 bytes")
    try:
        nacl.bindings.crypto_scalarmult(_PROBE_SCALAR, key)
    except nacl.exceptions.RuntimeError:
        raise BadPublicKey("a box key of low order") from None
    return key


def check_signing_key(key: bytes) -> bytes:
    """An Ed25519 public key of 32 bytes on the main subgroup (not of small order)."""
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise BadPublicKey("a signing key is 32 bytes")
    if not nacl.bindings.crypto_core_ed25519_is_valid_point(key):
        raise BadPublicKey("not a valid signing key")
    return key
