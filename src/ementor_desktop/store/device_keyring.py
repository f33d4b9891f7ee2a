""""Remember on this device": a random device key kept in the OS keyring.

The keyring holds only a random 32-byte key that unwraps the vault key's device slot; it is useless
without the home folder. Any keyring failure (no backend, locked, entry changed or gone) returns
None so the app falls back to the passphrase and nothing is lost. Errors are logged by class only.
"""

from __future__ import annotations

import base64
import binascii

import keyring
import keyring.errors

from ementor_desktop import APP_ID, log
from ementor_desktop.errors import EmentorError

SERVICE = f"{APP_ID}/device-key"


def load(vault_id: str) -> bytes | None:
    try:
        text = keyring.get_password(SERVICE, vault_id)
    except Exception as err:  # any backend may raise anything; never lock the user out
        log.store.warning("keyring unavailable (%s); falling back to the passphrase",
                          type(err).__name__)
        return None
    if not text:
        return None
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        log.store.warning("keyring entry is not a device key; falling back to the passphrase")
        return None
    return key if len(key) == 32 else None


def save(vault_id: str, key: bytes) -> None:
    try:
        keyring.set_password(SERVICE, vault_id, base64.b64encode(key).decode("ascii"))
    except Exception as err:
        log.store.warning("keyring refused the device key (%s)", type(err).__name__)
        raise EmentorError(
            "This computer's keyring is not available, so the vault cannot be remembered on this "
            "device. Nothing changed: you will keep unlocking with your passphrase.") from err


def delete(vault_id: str) -> None:
    try:
        keyring.delete_password(SERVICE, vault_id)
    except keyring.errors.PasswordDeleteError:
        pass
    except Exception as err:
        log.store.warning("keyring entry could not be removed (%s)", type(err).__name__)
