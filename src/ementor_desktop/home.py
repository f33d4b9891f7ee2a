"""Where a participant's files live: one home folder per vault.

The home is `--home DIR`, else `$EMENTOR_HOME`, else the platform's user data directory. The home
holds the encrypted database, the wrapped key, a lock file and logs (which never carry content).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from ementor_desktop import APP_ID
from ementor_desktop.errors import HomeUnusable

HOME_ENV = "EMENTOR_HOME"
# Most file systems refuse a name (one part of a path) longer than this many bytes.
MAX_NAME_BYTES = 255


@dataclass(frozen=True)
class Home:
    """The paths of one home folder; creating the object touches nothing on disk."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "vault.db"

    @property
    def key_file(self) -> Path:
        return self.root / "vault.key"

    @property
    def lock_file(self) -> Path:
        return self.root / "vault.lock"

    @property
    def outbox_signal(self) -> Path:
        """An empty file touched when something is queued (wakes a watching sync process)."""
        return self.root / "outbox.signal"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    def vault_files(self) -> list[Path]:
        """The files that together are the vault (the database with its WAL, and the key)."""
        db = self.database
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"), self.key_file]

    def has_vault(self) -> bool:
        return self.key_file.exists() or self.database.exists()

    def ensure(self) -> None:
        """Create the folder, readable by its owner only."""
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            os.chmod(self.root, 0o700)


def check_home_path(root: Path) -> None:
    """Raise HomeUnusable when `root` cannot name a folder here (a NUL byte, a part over 255
    bytes), before anything tries to use it."""
    text = str(root)
    if "\x00" in text:
        raise HomeUnusable("The home folder's path contains a NUL character.")
    try:
        parts = [os.fsencode(part) for part in root.parts]
    except UnicodeError:
        raise HomeUnusable("The home folder's path cannot be written as a file name "
                           "on this system.") from None
    if any(len(part) > MAX_NAME_BYTES for part in parts):
        raise HomeUnusable(f"A part of the home folder's path is longer than {MAX_NAME_BYTES} "
                           "bytes, which file systems refuse. Choose a shorter --home.")


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Home:
    if explicit:
        return Home(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(HOME_ENV)
    if from_env:
        return Home(Path(from_env).expanduser().resolve())
    return Home(Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True)))
