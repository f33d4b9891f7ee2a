"""The errors a person can act on, each with a plain-words message and a stable exit code.

Everything the CLI or the GUI shows to a user comes from an `EmentorError`; anything else that
escapes is a bug and is reported as one (with the traceback going to the log, never the screen).
Exit codes are part of the CLI contract (see docs/cli.md): never renumber them; a new kind of
failure gets the next free number and a row in the table there.
"""

from __future__ import annotations


class EmentorError(Exception):
    """Base class: `str(err)` is a complete sentence for the user; `exit_code` is for scripts."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(EmentorError):
    """The command was given something it cannot use (a bad option value, an unknown contact)."""

    exit_code = 2


class WrongPassphrase(EmentorError):
    exit_code = 3


class VaultInUse(EmentorError):
    """Another process (another window, a running `ementor sync --watch`) holds the vault."""

    exit_code = 4


class VaultNotFound(EmentorError):
    exit_code = 5


class VaultTooNew(EmentorError):
    """The vault was written by a newer version of the app; opening it could lose data."""

    exit_code = 6


class VaultDamaged(EmentorError):
    """A file of the vault cannot be read back; the advice is to restore a backup."""

    exit_code = 7


class DiskFull(EmentorError):
    exit_code = 8


class VaultExists(EmentorError):
    """Refusing to create or restore over a vault that is already there."""

    exit_code = 9


class NetworkError(EmentorError):
    """The relay could not be reached or refused the request; queued work is kept."""

    exit_code = 10


class BackupError(EmentorError):
    """A backup file is not a backup, is damaged, or needs another passphrase."""

    exit_code = 11


class HomeUnusable(EmentorError):
    """The home folder, or the log folder inside it, cannot be used (it is a file, it is not
    writable, a part of its path is too long for the file system)."""

    exit_code = 12


class InviteUnanswered(EmentorError):
    """A connection accepted from an invite was never confirmed and no longer can be: the invite
    was used by someone else or expired before the inviter saw the acceptance."""

    exit_code = 13
