"""Settings and vault-wide jobs the GUI runs on the database worker: a setting, remembering
the vault on this device, the passphrase, backups."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from ementor_desktop.domain import account
from ementor_desktop.domain.settings import Settings
from ementor_desktop.errors import EmentorError
from ementor_desktop.home import Home
from ementor_desktop.store import backup
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault


def set_setting(vault: Vault, key: str, value: Any) -> dict[str, Any]:
    """Change one declared setting; all of them afterwards."""
    with vault.db.transaction():
        settings = Settings(Repos.over(vault.db).settings)
        settings.set(key, value)
        return settings.as_dict()


def set_remembered(vault: Vault, remember: bool, no_keyring: str) -> None:
    try:
        vault.set_remembered(remember)
    except EmentorError:
        raise
    except Exception as err:  # keyring backends raise their own kinds
        raise EmentorError(no_keyring) from err


def change_passphrase(vault: Vault, current: str, new: str) -> None:
    account.change_passphrase(vault, current, new)


def write_backup(vault: Vault, path: str, passphrase: str,
                 progress: backup.OnProgress | None = None,
                 cancel: threading.Event | None = None) -> None:
    backup.create_backup(vault, Path(path), passphrase, progress=progress, cancel=cancel)


def restore_elsewhere(path: str, passphrase: str, target: str,
                      progress: backup.OnProgress | None = None,
                      cancel: threading.Event | None = None) -> None:
    """Restore into another, empty home folder (no vault needs to be open)."""
    backup.restore_backup(Path(path), Home(Path(target)), passphrase, progress=progress,
                          cancel=cancel)


def restore_here(path: str, passphrase: str, home: Home,
                 progress: backup.OnProgress | None = None,
                 cancel: threading.Event | None = None) -> Vault:
    """First run on a new computer: restore into this home and open it."""
    backup.restore_backup(Path(path), home, passphrase, progress=progress, cancel=cancel)
    return Vault.open(home, passphrase)
