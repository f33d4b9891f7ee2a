"""The key file (`vault.key`): the database key wrapped in one or more slots, authenticated.

Format 2 (JSON, see docs/architecture.md):

    {"format": "ementor-vault-key", "version": 2, "vault_id": "<32 hex>",
     "slots": {"passphrase": {"kdf": "argon2id13", "opslimit": 3, "memlimit": 268435456,
                              "salt": "<b64>", "wrapped": "<b64>"},
               "device": {"wrapped": "<b64>"}},            # only with "remember on this device"
     "mac": "<hex: keyed BLAKE2b-256 of the canonical JSON of format, version, vault_id, slots>",
     "checksum": "<blake2b-256 hex of the canonical JSON of everything else, mac included>"}

The unkeyed checksum lets us tell a damaged file (restore a backup) from a wrong passphrase (try
again) before spending a second on Argon2id. The MAC's key is derived from the database key
(`keywrap.key_file_mac`), so nobody who cannot open the vault can change anything in the file —
not the passphrase slot's Argon2id parameters, not a slot — without the next open noticing, and
that includes opening through the device slot, which never looks at the passphrase slot otherwise.

Format 1 (no "mac") is what versions before 2026-12 wrote. It still opens; the vault then rewrites
the file in format 2 (atomically) and records inside the encrypted database that its key file is
authenticated, so a format-1 file put back later is refused (see `store.vault`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import secrets
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ementor_desktop.crypto import keywrap
from ementor_desktop.errors import EmentorError, VaultDamaged, VaultTooNew, WrongPassphrase
from ementor_desktop.store.atomic import write_atomic

FORMAT = "ementor-vault-key"
VERSION = 2
LEGACY_VERSION = 1  # no MAC; read, never written
PASSPHRASE_PURPOSE = b"ementor/vault-key/passphrase-slot/v1"
DEVICE_PURPOSE = b"ementor/vault-key/device-slot/v1"
MAX_SIZE = 64 * 1024  # a real key file is under 1 KiB; never read a huge one into memory
WRAPPED_BYTES = keywrap.NONCE_BYTES + keywrap.KEY_BYTES + 16

DAMAGED = ("The vault's key file is damaged or incomplete, so the vault cannot be opened. "
           "Restore it from a backup (ementor restore).")
ALTERED = ("The vault's key file (vault.key) was changed by something other than eMentor "
           "(it does not match this vault's key), so the vault was not opened and nothing was "
           "changed. Restore vault.key from a backup of the home folder, or restore a backup "
           "(ementor restore) into a new home folder.")

_VAULT_ID = re.compile(r"[0-9a-f]{32}")
_V2_KEYS = {"format", "version", "vault_id", "slots", "mac", "checksum"}
_PASSPHRASE_KEYS = {"kdf", "opslimit", "memlimit", "salt", "wrapped"}


@dataclass(frozen=True)
class PassphraseSlot:
    params: keywrap.KdfParams
    wrapped: bytes


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    passphrase: PassphraseSlot
    device_wrapped: bytes | None = field(default=None)
    mac: bytes | None = field(default=None, repr=False)  # None: a format-1 file, not yet sealed

    @property
    def authenticated(self) -> bool:
        """Whether the file carries a MAC (format 2); `verify` says whether the MAC is right."""
        return self.mac is not None

    # -- creating and changing -------------------------------------------------------------
    @classmethod
    def create(cls, db_key: bytes, passphrase: str, params: keywrap.KdfParams,
               vault_id: str | None = None) -> KeyFile:
        vault_id = vault_id or secrets.token_hex(16)
        slot = _passphrase_slot(vault_id, db_key, passphrase, params)
        return cls(vault_id=vault_id, passphrase=slot).sealed(db_key)

    def with_passphrase(self, db_key: bytes, passphrase: str,
                        strength: keywrap.KdfStrength | None = None) -> KeyFile:
        """A new passphrase slot (fresh salt); the database key itself does not change.

        Without `strength` the new slot keeps the old slot's Argon2id cost, which the caller has
        authenticated (unwrapping the old slot or checking the MAC) and which is bounded anyway.
        """
        params = (keywrap.KdfParams.new(strength) if strength else self.passphrase.params.renewed())
        slot = _passphrase_slot(self.vault_id, db_key, passphrase, params)
        return replace(self, passphrase=slot).sealed(db_key)

    def with_device_key(self, db_key: bytes, device_key: bytes | None) -> KeyFile:
        if device_key is None:
            return replace(self, device_wrapped=None).sealed(db_key)
        wrapped = keywrap.wrap(device_key, db_key, self._device_ad())
        return replace(self, device_wrapped=wrapped).sealed(db_key)

    def sealed(self, db_key: bytes) -> KeyFile:
        """This file in format 2, its MAC computed under `db_key`."""
        return replace(self, mac=keywrap.key_file_mac(db_key, self._mac_input()))

    # -- opening ---------------------------------------------------------------------------
    def unlock(self, passphrase: str) -> bytes:
        """The database key. Callers that go on to use the file must also `verify` it."""
        slot = self.passphrase
        kek = keywrap.derive_kek(passphrase, slot.params)
        try:
            return keywrap.unwrap(kek, slot.wrapped, self._passphrase_ad(slot.params))
        except keywrap.UnwrapError:
            raise WrongPassphrase("Wrong passphrase: the vault is unchanged; try again.") from None

    def unlock_with_device_key(self, device_key: bytes) -> bytes | None:
        """The database key, or None when there is no device slot or the device key is stale."""
        if self.device_wrapped is None or len(device_key) != keywrap.KEY_BYTES:
            return None
        try:
            return keywrap.unwrap(device_key, self.device_wrapped, self._device_ad())
        except keywrap.UnwrapError:
            return None

    def verify(self, db_key: bytes) -> None:
        """Raise `VaultDamaged` unless the MAC matches `db_key` (format 1 has none: the caller
        decides whether that is acceptable)."""
        if self.mac is None:
            return
        if not keywrap.key_file_mac_ok(db_key, self._mac_input(), self.mac):
            raise VaultDamaged(ALTERED)

    def _passphrase_ad(self, params: keywrap.KdfParams) -> bytes:
        return params.associated_data(PASSPHRASE_PURPOSE + b"|" + self.vault_id.encode())

    def _device_ad(self) -> bytes:
        return DEVICE_PURPOSE + b"|" + self.vault_id.encode()

    # -- (de)serialising -------------------------------------------------------------------
    def _mac_input(self) -> bytes:
        """What the MAC covers: the whole format-2 file but the MAC and the checksum."""
        return _canonical(self._body(VERSION))

    def _body(self, version: int | None = None) -> dict[str, Any]:
        p = self.passphrase
        slots: dict[str, Any] = {"passphrase": {
            "kdf": keywrap.KDF_ALGORITHM, "opslimit": p.params.opslimit,
            "memlimit": p.params.memlimit, "salt": _b64(p.params.salt), "wrapped": _b64(p.wrapped),
        }}
        if self.device_wrapped is not None:
            slots["device"] = {"wrapped": _b64(self.device_wrapped)}
        if version is None:
            version = VERSION if self.mac is not None else LEGACY_VERSION
        return {"format": FORMAT, "version": version, "vault_id": self.vault_id, "slots": slots}

    def to_json(self) -> dict[str, Any]:
        body = self._body()
        if self.mac is not None:
            body["mac"] = self.mac.hex()
        return {**body, "checksum": _checksum(body)}

    def save(self, path: Path) -> None:
        if self.mac is None:
            raise ValueError("a key file is sealed (given its MAC) before it is written")
        data = json.dumps(self.to_json(), indent=2, sort_keys=True).encode() + b"\n"
        write_atomic(path, data, "the vault's key file")

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        return cls.parse(read_key_file(path))

    @classmethod
    def parse(cls, raw: bytes) -> KeyFile:
        if len(raw) > MAX_SIZE:
            raise VaultDamaged(DAMAGED)
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):  # bad UTF-8, bad JSON, absurd numbers or nesting
            raise VaultDamaged(DAMAGED) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise VaultDamaged(DAMAGED)
        version = doc.get("version")
        if type(version) is int and version > VERSION:
            raise VaultTooNew("This vault was written by a newer version of eMentor Desktop. "
                              "Update the app to open it; the vault was not changed.")
        body = {k: v for k, v in doc.items() if k != "checksum"}
        if version not in (LEGACY_VERSION, VERSION) or type(version) is not int:
            raise VaultDamaged(DAMAGED)
        if doc.get("checksum") != _checksum(body):
            raise VaultDamaged(DAMAGED)
        try:
            parsed = _parse_v2(doc) if version == VERSION else _parse_v1(doc)
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, binascii.Error):
            raise VaultDamaged(DAMAGED) from None
        if version == VERSION and parsed._body() != {k: v for k, v in body.items() if k != "mac"}:
            raise VaultDamaged(DAMAGED)  # something we would not have written
        return parsed


def read_key_file(path: Path) -> bytes:
    """The key file's bytes, capped at `MAX_SIZE`; every failure is a sentence for the user."""
    try:
        # O_NONBLOCK: a FIFO in its place must not hang us (no effect on a regular file).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise VaultDamaged("The vault's key file (vault.key) is missing, so the vault cannot "
                           "be opened. Restore it from a backup (ementor restore).") from None
    except IsADirectoryError:
        raise VaultDamaged(_NOT_A_FILE) from None
    except OSError as err:
        raise EmentorError(f"The vault's key file (vault.key) cannot be read: "
                           f"{err.strerror or err}.") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a directory, FIFO or device: never block
            raise VaultDamaged(_NOT_A_FILE)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            raw = fh.read(MAX_SIZE + 1)
    except OSError as err:
        if isinstance(err, IsADirectoryError):
            raise VaultDamaged(_NOT_A_FILE) from None
        raise EmentorError(f"The vault's key file (vault.key) cannot be read: "
                           f"{err.strerror or err}.") from None
    finally:
        os.close(fd)
    if len(raw) > MAX_SIZE:
        raise VaultDamaged(DAMAGED)
    return raw


_NOT_A_FILE = ("The vault's key file (vault.key) is not a file (a folder or something else is in "
               "its place), so the vault cannot be opened. Put the real vault.key back, or restore "
               "a backup (ementor restore) into a new home folder.")


def _parse_v1(doc: dict[str, Any]) -> KeyFile:
    """Format 1 as the old app read it (lenient types), but with today's parameter bounds."""
    slots = doc["slots"]
    ps = slots["passphrase"]
    if ps["kdf"] != keywrap.KDF_ALGORITHM:
        raise ValueError("unknown kdf")
    params = keywrap.KdfParams(opslimit=int(ps["opslimit"]), memlimit=int(ps["memlimit"]),
                               salt=_unb64(ps["salt"]))
    params.validate()
    device = slots.get("device")
    vault_id = doc["vault_id"]
    if not isinstance(vault_id, str) or len(vault_id) != 32:
        raise ValueError("bad vault id")
    return KeyFile(vault_id=vault_id,
                   passphrase=PassphraseSlot(params=params, wrapped=_unb64(ps["wrapped"])),
                   device_wrapped=_unb64(device["wrapped"]) if device else None)


def _parse_v2(doc: dict[str, Any]) -> KeyFile:
    """Format 2, strictly: exactly the fields we write, of the types and sizes we write."""
    if set(doc) != _V2_KEYS:
        raise ValueError("unexpected fields")
    vault_id = doc["vault_id"]
    if not isinstance(vault_id, str) or not _VAULT_ID.fullmatch(vault_id):
        raise ValueError("bad vault id")
    slots = doc["slots"]
    if not isinstance(slots, dict) or not set(slots) <= {"passphrase", "device"}:
        raise ValueError("unexpected slots")
    ps = slots["passphrase"]
    if not isinstance(ps, dict) or set(ps) != _PASSPHRASE_KEYS:
        raise ValueError("bad passphrase slot")
    if ps["kdf"] != keywrap.KDF_ALGORITHM:
        raise ValueError("bad passphrase slot")
    params = keywrap.KdfParams(opslimit=_int(ps["opslimit"]), memlimit=_int(ps["memlimit"]),
                               salt=_unb64(ps["salt"]))
    params.validate()
    wrapped = _unb64(ps["wrapped"])
    device_wrapped = None
    if "device" in slots:
        device = slots["device"]
        if not isinstance(device, dict) or set(device) != {"wrapped"}:
            raise ValueError("bad device slot")
        device_wrapped = _unb64(device["wrapped"])
    if len(wrapped) != WRAPPED_BYTES or (device_wrapped is not None and
                                         len(device_wrapped) != WRAPPED_BYTES):
        raise ValueError("wrapped key of the wrong size")
    mac_text = doc["mac"]
    if not isinstance(mac_text, str) or len(mac_text) != 2 * keywrap.MAC_BYTES:
        raise ValueError("bad mac")
    return KeyFile(vault_id=vault_id, passphrase=PassphraseSlot(params=params, wrapped=wrapped),
                   device_wrapped=device_wrapped, mac=bytes.fromhex(mac_text))


def _passphrase_slot(vault_id: str, db_key: bytes, passphrase: str,
                     params: keywrap.KdfParams) -> PassphraseSlot:
    kek = keywrap.derive_kek(passphrase, params)
    ad = params.associated_data(PASSPHRASE_PURPOSE + b"|" + vault_id.encode())
    return PassphraseSlot(params=params, wrapped=keywrap.wrap(kek, db_key, ad))


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.blake2b(_canonical(body), digest_size=32).hexdigest()


def _int(value: object) -> int:
    if type(value) is not int:
        raise ValueError("expected an integer")
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)
