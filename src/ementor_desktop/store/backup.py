"""Encrypted backups of a whole vault in one file, and restoring them into an empty home.

File layout (all integers big-endian):

    MAGIC (16 bytes, b"EMENTOR-BACKUP\\x00\\x01": name and format version 1)
    header length (4 bytes) + header (UTF-8 JSON: kdf params, salt, stream header, schema version,
                                      vault id, created time, app version)
    frames: length (4 bytes) + XChaCha20-Poly1305 secretstream frame, the last tagged FINAL

The stream key comes from the backup passphrase through Argon2id, at the backup's own strength:
never less than MODERATE (`keywrap.BACKUP_MINIMUM`) whatever the vault's own strength, because a
backup leaves the machine; parameters read from a backup are bounded like the key file's. The
first frame's associated data is MAGIC + header, so the header cannot be altered; the first
frame carries the database key and the database's length, the next frames the database file
(already SQLCipher-encrypted) in 1 MiB pieces. A truncated, reordered or altered file fails to
decrypt, and nothing is written.

Both directions report progress (`Progress`: the step, and bytes of the database copied of its
size) to an optional callback, and stop at the next piece when an optional `cancel` event is set,
raising `Cancelled`: until the point of no return (the backup file renamed into place; the
restored database moved into the home) a cancelled run leaves nothing behind, like a failed one.
The callback runs on the caller's thread; if it raises, the run fails and cleans up the same way.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import secrets
import stat
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from ementor_desktop import __version__, log
from ementor_desktop.crypto import keywrap, secretstream
from ementor_desktop.errors import BackupError, EmentorError, VaultExists, WrongPassphrase
from ementor_desktop.home import Home
from ementor_desktop.store import migrations, process
from ementor_desktop.store.atomic import atomic_writer, disk_error
from ementor_desktop.store.keyfile import KeyFile
from ementor_desktop.store.vault import (
    Vault,
    _acquire,
    _connect,
    discard_unfinished,
    now_ms,
    release_unused,
)

MAGIC = b"EMENTOR-BACKUP\x00\x01"
FORMAT_VERSION = 1
CHUNK = 1024 * 1024
MAX_HEADER = 64 * 1024
PURPOSE = b"ementor/backup/v1"


class Step(StrEnum):
    """What a backup or restore is doing."""

    KEY = "key"  # deriving the backup's key from its passphrase (Argon2id: no progress inside)
    COPY = "copy"  # sealing or opening the database's bytes: `done` of `total`
    VERIFY = "verify"  # restore: checking the restored database
    LOCK = "lock"  # restore: wrapping the restored vault's key under its passphrase
    FINISH = "finish"  # putting the file in place: the point of no return, not cancellable


@dataclass(frozen=True)
class Progress:
    step: Step
    done: int  # bytes of the database sealed or opened so far; never goes down
    total: int  # the database's size in bytes; 0 while not known yet

    @property
    def cancellable(self) -> bool:
        return self.step is not Step.FINISH


OnProgress = Callable[[Progress], None]


class Cancelled(EmentorError):
    """A backup or restore stopped because someone asked; nothing was written or changed."""

    exit_code = 130  # as for Ctrl+C


BACKUP_CANCELLED = "The backup was cancelled; nothing was written."
RESTORE_CANCELLED = "The restore was cancelled; nothing was restored."


def _unreported(_progress: Progress) -> None:
    return None


def _check_cancel(cancel: threading.Event | None, message: str) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled(message)


@dataclass(frozen=True)
class BackupInfo:
    vault_id: str
    schema_version: int
    created_at: int
    app_version: str
    size: int


def create_backup(vault: Vault, target: Path, passphrase: str,
                  strength: keywrap.KdfStrength | None = None, *,
                  progress: OnProgress | None = None,
                  cancel: threading.Event | None = None) -> BackupInfo:
    """Write an encrypted backup of the open vault to `target` (atomically).

    `strength`: the backup's Argon2id cost (default: the vault's own, but at least MODERATE).
    `progress` hears each step and each piece sealed; setting `cancel` stops the backup at the
    next piece with `Cancelled`, leaving no file (and `target` as it was)."""
    report = progress or _unreported
    report(Progress(Step.KEY, 0, 0))
    chosen = keywrap.at_least(strength or vault.kdf_params.strength(), keywrap.BACKUP_MINIMUM)
    params = keywrap.KdfParams.new(chosen)
    key = keywrap.derive_kek(passphrase, params)
    _check_cancel(cancel, BACKUP_CANCELLED)
    vault.checkpoint()  # everything committed is now in vault.db; we hold the only connection
    db_path = vault.home.database
    size = db_path.stat().st_size
    sealer = secretstream.StreamSealer(key)
    stream_header = sealer.header
    info = BackupInfo(vault_id=vault.vault_id, schema_version=migrations.current_version(vault.db),
                      created_at=now_ms(), app_version=__version__, size=size)
    header = json.dumps({
        "format": FORMAT_VERSION, "kdf": keywrap.KDF_ALGORITHM, "opslimit": params.opslimit,
        "memlimit": params.memlimit, "salt": _b64(params.salt), "stream": _b64(stream_header),
        "vault_id": info.vault_id, "schema_version": info.schema_version,
        "created_at": info.created_at, "app_version": info.app_version,
    }, sort_keys=True).encode()
    with atomic_writer(target, "the backup file") as out:
        out.write(MAGIC + struct.pack(">I", len(header)) + header)
        first = vault.database_key_for_backup() + struct.pack(">Q", size)
        _frame(out, sealer.seal(first, associated_data=PURPOSE + MAGIC + header))
        try:
            src = db_path.open("rb")
        except OSError as err:
            raise disk_error(err, "the backup file") from err
        with src:
            remaining = size
            report(Progress(Step.COPY, 0, size))
            while True:
                _check_cancel(cancel, BACKUP_CANCELLED)
                piece = src.read(min(CHUNK, remaining)) if remaining else b""
                if remaining and not piece:
                    raise BackupError("The vault changed size while it was being backed up; "
                                      "try again.")
                remaining -= len(piece)
                final = remaining == 0
                _frame(out, sealer.seal(piece, final=final))
                report(Progress(Step.COPY, size - remaining, size))
                if final:
                    break
        _check_cancel(cancel, BACKUP_CANCELLED)
        report(Progress(Step.FINISH, size, size))
        _check_cancel(cancel, BACKUP_CANCELLED)  # the last chance: next, the file goes in place
    log.store.info("backup written (%d bytes of database)", size)
    return info


def restore_backup(source: Path, home: Home, backup_passphrase: str,
                   new_passphrase: str | None = None,
                   strength: keywrap.KdfStrength | None = None, *,
                   progress: OnProgress | None = None,
                   cancel: threading.Event | None = None) -> BackupInfo:
    """Restore into an empty home; the restored vault opens with `new_passphrase` (default: the
    backup's passphrase). Refuses to touch a home that already has a vault. The new key file's
    strength is `strength`, else the backup's, but at least MODERATE. A failed or cancelled
    restore leaves the home as it found it (no database, no key file, no vault.lock; not even
    the folder, if this call created it).

    `progress` hears each step and each piece opened; setting `cancel` stops the restore with
    `Cancelled` at the next piece or step, up to the point of no return (reported as
    `Step.FINISH`): from there the restored vault is put in place whatever `cancel` says."""
    report = progress or _unreported
    if home.has_vault():
        raise VaultExists(f"There is already a vault in {home.root}; restoring would replace it. "
                          "Restore into a new, empty home folder (--home), or move it away first.")
    fh = _open_backup(source)
    process.harden()
    existed = home.root.exists()
    try:
        lock = _acquire(home)  # no `init` or app may create a vault here while we restore
    except BaseException:
        fh.close()
        raise
    building = home.root / f".restore-{secrets.token_hex(4)}.db"
    moved = False
    try:
        with fh:
            info, db_key, params = _read_into(fh, building, backup_passphrase, report, cancel)
        migrations.check_not_too_new(info.schema_version)
        size = info.size
        report(Progress(Step.VERIFY, size, size))
        _check_restored(building, db_key)
        _mark_restored(building, db_key)
        _check_cancel(cancel, RESTORE_CANCELLED)
        report(Progress(Step.LOCK, size, size))
        chosen = keywrap.at_least(strength or params.strength(), keywrap.BACKUP_MINIMUM)
        fresh = keywrap.KdfParams.new(chosen)
        key_file = KeyFile.create(db_key, new_passphrase or backup_passphrase, fresh,
                                  vault_id=info.vault_id)
        _check_cancel(cancel, RESTORE_CANCELLED)
        report(Progress(Step.FINISH, size, size))
        _check_cancel(cancel, RESTORE_CANCELLED)  # the last chance: next, the swap into place
        if home.has_vault():  # someone created one meanwhile: never overwrite
            raise VaultExists(f"A vault appeared in {home.root} during the restore; "
                              "nothing was overwritten.")
        building.replace(home.database)
        moved = True
        key_file.save(home.key_file)
    except BaseException:
        discard_unfinished(home, building, moved)
        release_unused(home, lock)
        if not existed:
            with contextlib.suppress(OSError):  # only if empty: never anything someone put there
                home.root.rmdir()
        raise
    lock.release()
    log.store.info("backup restored (schema %d)", info.schema_version)
    return info


def _open_backup(source: Path) -> BinaryIO:
    """Open a backup for reading: a regular file only (a FIFO or a device must not hang us)."""
    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise BackupError(f"There is no backup file at {source}.") from None
    except IsADirectoryError:
        raise BackupError(f"{source} is a folder, not a backup file.") from None
    except OSError as err:
        raise BackupError(f"The backup file cannot be read: {err.strerror}.") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise BackupError(f"{source} is not a backup file (it is a folder or a device).")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_into(fh: BinaryIO, target: Path, passphrase: str, report: OnProgress,
               cancel: threading.Event | None) -> tuple[BackupInfo, bytes, keywrap.KdfParams]:
    magic = fh.read(len(MAGIC))
    if magic[:15] != MAGIC[:15]:
        raise BackupError("This file is not an eMentor backup.")
    if magic != MAGIC:
        raise BackupError("This backup was made by a newer version of eMentor Desktop; "
                          "update the app to restore it.")
    header_raw = _read_exact(fh, 4)
    (length,) = struct.unpack(">I", header_raw)
    if length > MAX_HEADER:
        raise BackupError(_DAMAGED)
    header_bytes = _read_exact(fh, length)
    try:
        header = json.loads(header_bytes)
        params = keywrap.KdfParams(int(header["opslimit"]), int(header["memlimit"]),
                                   _unb64(header["salt"]))
        params.validate()
        stream_header = _unb64(header["stream"])
        info = BackupInfo(vault_id=str(header["vault_id"]),
                          schema_version=int(header["schema_version"]),
                          created_at=int(header["created_at"]),
                          app_version=str(header["app_version"]), size=0)
        if header["format"] != FORMAT_VERSION or len(info.vault_id) != 32:
            raise ValueError("format")
    except (ValueError, KeyError, TypeError, OverflowError, RecursionError, binascii.Error):
        raise BackupError(_DAMAGED) from None
    report(Progress(Step.KEY, 0, 0))
    key = keywrap.derive_kek(passphrase, params)
    _check_cancel(cancel, RESTORE_CANCELLED)
    try:
        opener = secretstream.StreamOpener(key, stream_header)
        first, final = opener.open(_read_frame(fh), PURPOSE + MAGIC + header_bytes)
    except secretstream.StreamError:
        raise WrongPassphrase("Wrong passphrase for this backup (or the backup is damaged). "
                              "Nothing was restored.") from None
    if len(first) != 40 or final:
        raise BackupError(_DAMAGED)
    db_key, (size,) = first[:32], struct.unpack(">Q", first[32:])
    written = 0
    report(Progress(Step.COPY, 0, size))
    with atomic_writer(target, "the restored vault") as out:
        for piece in _pull_all(fh, opener):
            written += len(piece)
            if written > size:
                raise BackupError(_DAMAGED)
            out.write(piece)
            report(Progress(Step.COPY, written, size))
            _check_cancel(cancel, RESTORE_CANCELLED)
    if written != size:
        raise BackupError(_DAMAGED)
    return BackupInfo(info.vault_id, info.schema_version, info.created_at, info.app_version,
                      size), db_key, params


def _pull_all(fh: BinaryIO, opener: secretstream.StreamOpener) -> Iterator[bytes]:
    while True:
        try:
            piece, final = opener.open(_read_frame(fh))
        except secretstream.StreamError:
            raise BackupError(_DAMAGED) from None
        yield piece
        if final:
            if fh.read(1):
                raise BackupError(_DAMAGED)  # data after the end: not what we wrote
            return


def _check_restored(path: Path, db_key: bytes) -> None:
    db = _connect(path, db_key, create=False)
    try:
        problems = [r[0] for r in db.all("PRAGMA cipher_integrity_check")]
        ok = db.scalar("PRAGMA quick_check")
    finally:
        db.close()
    if problems or ok != "ok":
        raise BackupError(_DAMAGED)


def _mark_restored(path: Path, db_key: bytes) -> None:
    """Note in the restored vault when it was restored: its shared records may lack what was
    written after the backup, which the app then asks contacts for (domain/workspace.py)."""
    db = _connect(path, db_key, create=False)
    try:
        with db.transaction():
            db.execute("INSERT INTO settings(key, value) VALUES ('_restored_at', ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       (json.dumps(time.time_ns() // 1_000_000),))
    finally:
        db.close()


_DAMAGED = "The backup file is damaged or incomplete; nothing was restored."


def _frame(out: BinaryIO, data: bytes) -> None:
    out.write(struct.pack(">I", len(data)) + data)


def _read_frame(fh: BinaryIO) -> bytes:
    (length,) = struct.unpack(">I", _read_exact(fh, 4))
    if length > CHUNK + secretstream.ABYTES:
        raise BackupError(_DAMAGED)
    return _read_exact(fh, length)


def _read_exact(fh: BinaryIO, n: int) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise BackupError(_DAMAGED)
    return data


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64")
    return base64.b64decode(text, validate=True)
