"""Atomic, owner-only file writes for everything the vault keeps outside the database."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ementor_desktop.errors import DiskFull, EmentorError

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT}


def disk_error(err: OSError, what: str) -> EmentorError:
    """Translate an OSError into a message a person can act on."""
    if err.errno in _DISK_FULL:
        return DiskFull(f"The disk is full: could not write {what}. Free some space and try again; "
                        "nothing was changed.")
    return EmentorError(f"Could not write {what}: {err.strerror or err}.")


@contextlib.contextmanager
def atomic_writer(path: Path, what: str) -> Iterator[BinaryIO]:
    """Yield a file to write; on success it replaces `path` atomically (fsync'd, mode 0600).

    On any failure the temp file is removed and `path` is left exactly as it was.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:  # a full disk, a read-only folder, a file where the folder should be
        raise disk_error(err, what) from err
    tmp = Path(tmp_name)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise disk_error(err, what) from err
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomic(path: Path, data: bytes, what: str) -> None:
    with atomic_writer(path, what) as fh:
        fh.write(data)


def fsync_dir(directory: Path) -> None:
    """Make a rename in `directory` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
