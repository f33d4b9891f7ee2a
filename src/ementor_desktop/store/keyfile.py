"""The key file (`vault.key`): the database key wrapped in one or more slots, plus a checksum.

Format (JSON, see docs/architecture.md):

    {"format": "ementor-vault-key", "version": 1, "vault_id": "<32 hex>",
     "slots": {"passphrase": {"kdf": "argon2id13", "opslimit": 3, "memlimit": 268435456,
                              "salt": "<b64>", "wrapped": "<b64>"},
               "device": {"wrapped": "<b64>"}},            # only with "remember on this device"
     "checksum": "<blake2b-256 hex of the canonical JSON of everything else>"}

The checksum lets us tell a damaged file (restore a backup) from a wrong passphrase (try again).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ementor_desktop.crypto import keywrap
from ementor_desktop.errors import VaultDamaged, VaultTooNew, WrongPassphrase
from ementor_desktop.store.atomic import write_atomic

FORMAT = "ementor-vault-key"
VERSION = 1
PASSPHRASE_PURPOSE = b"ementor/vault-key/passphrase-slot/v1"
DEVICE_PURPOSE = b"ementor/vault-key/device-slot/v1"

DAMAGED = ("The vault's key file is damaged or incomplete, so the vault cannot be opened. "
           "Restore it from a backup (ementor restore).")


@dataclass(frozen=True)
class PassphraseSlot:
    params: keywrap.KdfParams
    wrapped: bytes


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    passphrase: PassphraseSlot
    device_wrapped: bytes | None = field(default=None)

    # -- creating and changing -------------------------------------------------------------
    @classmethod
    def create(cls, db_key: bytes, passphrase: str, params: keywrap.KdfParams,
               vault_id: str | None = None) -> KeyFile:
        vault_id = vault_id or secrets.token_hex(16)
        slot = _passphrase_slot(vault_id, db_key, passphrase, params)
        return cls(vault_id=vault_id, passphrase=slot)

    def with_passphrase(self, db_key: bytes, passphrase: str,
                        strength: keywrap.KdfStrength | None = None) -> KeyFile:
        """A new passphrase slot (fresh salt); the database key itself does not change."""
        old = self.passphrase.params
        params = (keywrap.KdfParams.new(strength) if strength else
                  replace(old, salt=keywrap.KdfParams.new().salt))
        return replace(self, passphrase=_passphrase_slot(self.vault_id, db_key, passphrase, params))

    def with_device_key(self, db_key: bytes, device_key: bytes | None) -> KeyFile:
        if device_key is None:
            return replace(self, device_wrapped=None)
        wrapped = keywrap.wrap(device_key, db_key, self._device_ad())
        return replace(self, device_wrapped=wrapped)

    # -- opening ---------------------------------------------------------------------------
    def unlock(self, passphrase: str) -> bytes:
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

    def _passphrase_ad(self, params: keywrap.KdfParams) -> bytes:
        return params.associated_data(PASSPHRASE_PURPOSE + b"|" + self.vault_id.encode())

    def _device_ad(self) -> bytes:
        return DEVICE_PURPOSE + b"|" + self.vault_id.encode()

    # -- (de)serialising -------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        p = self.passphrase
        slots: dict[str, Any] = {"passphrase": {
            "kdf": keywrap.KDF_ALGORITHM, "opslimit": p.params.opslimit,
            "memlimit": p.params.memlimit, "salt": _b64(p.params.salt), "wrapped": _b64(p.wrapped),
        }}
        if self.device_wrapped is not None:
            slots["device"] = {"wrapped": _b64(self.device_wrapped)}
        body = {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id, "slots": slots}
        return {**body, "checksum": _checksum(body)}

    def save(self, path: Path) -> None:
        data = json.dumps(self.to_json(), indent=2, sort_keys=True).encode() + b"\n"
        write_atomic(path, data, "the vault's key file")

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise VaultDamaged("The vault's key file (vault.key) is missing, so the vault cannot "
                               "be opened. Restore it from a backup (ementor restore).") from None
        return cls.parse(raw)

    @classmethod
    def parse(cls, raw: bytes) -> KeyFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise VaultDamaged(DAMAGED) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise VaultDamaged(DAMAGED)
        version = doc.get("version")
        if isinstance(version, int) and version > VERSION:
            raise VaultTooNew("This vault was written by a newer version of eMentor Desktop. "
                              "Update the app to open it; the vault was not changed.")
        body = {k: v for k, v in doc.items() if k != "checksum"}
        if version != VERSION or doc.get("checksum") != _checksum(body):
            raise VaultDamaged(DAMAGED)
        try:
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
            return cls(vault_id=vault_id,
                       passphrase=PassphraseSlot(params=params, wrapped=_unb64(ps["wrapped"])),
                       device_wrapped=_unb64(device["wrapped"]) if device else None)
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise VaultDamaged(DAMAGED) from None


def _passphrase_slot(vault_id: str, db_key: bytes, passphrase: str,
                     params: keywrap.KdfParams) -> PassphraseSlot:
    kek = keywrap.derive_kek(passphrase, params)
    ad = params.associated_data(PASSPHRASE_PURPOSE + b"|" + vault_id.encode())
    return PassphraseSlot(params=params, wrapped=keywrap.wrap(kek, db_key, ad))


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.blake2b(canonical, digest_size=32).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)
