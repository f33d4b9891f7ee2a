"""XChaCha20-Poly1305 secretstream: one long plaintext sealed as a chain of authenticated pieces.

Owns libsodium's `crypto_secretstream_xchacha20poly1305` calls (used by store/backup.py). Each
piece is tagged MESSAGE, the last one FINAL; the chain is authenticated as a whole, so a reader
detects a piece altered, dropped or moved, and (by checking it saw FINAL) a truncated stream.
The caller frames the pieces and decides what a failure means. No I/O; never logs a key.
"""

from __future__ import annotations

from nacl import bindings as b
from nacl.exceptions import CryptoError

#: Bytes a sealed piece adds to its plaintext.
ABYTES: int = b.crypto_secretstream_xchacha20poly1305_ABYTES
KEY_BYTES: int = b.crypto_secretstream_xchacha20poly1305_KEYBYTES
_TAG_MESSAGE: int = b.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL: int = b.crypto_secretstream_xchacha20poly1305_TAG_FINAL


class StreamError(ValueError):
    """A piece did not open: wrong key, or the stream was altered, reordered or cut."""


class StreamSealer:
    """Seals pieces in order; `header` must reach the reader (it is not secret)."""

    def __init__(self, key: bytes) -> None:
        self._state = b.crypto_secretstream_xchacha20poly1305_state()
        self.header: bytes = b.crypto_secretstream_xchacha20poly1305_init_push(self._state, key)

    def seal(self, piece: bytes, *, final: bool = False,
             associated_data: bytes | None = None) -> bytes:
        """The next sealed piece; `final` marks the last one (nothing may follow it)."""
        tag = _TAG_FINAL if final else _TAG_MESSAGE
        sealed: bytes = b.crypto_secretstream_xchacha20poly1305_push(
            self._state, piece, associated_data, tag)
        return sealed


class StreamOpener:
    """Opens the pieces of one stream, in the order they were sealed."""

    def __init__(self, key: bytes, header: bytes) -> None:
        self._state = b.crypto_secretstream_xchacha20poly1305_state()
        try:
            b.crypto_secretstream_xchacha20poly1305_init_pull(self._state, header, key)
        except CryptoError:
            raise StreamError("the stream header is not usable") from None

    def open(self, sealed: bytes, associated_data: bytes | None = None) -> tuple[bytes, bool]:
        """The next piece's plaintext, and whether it was the final piece."""
        try:
            piece, tag = b.crypto_secretstream_xchacha20poly1305_pull(
                self._state, sealed, associated_data)
        except CryptoError:
            raise StreamError("a piece did not open") from None
        if tag not in (_TAG_MESSAGE, _TAG_FINAL):  # never written by us
            raise StreamError("a piece has an unexpected tag")
        return bytes(piece), tag == _TAG_FINAL
