"""Opening, creating and re-keying the vault: one SQLCipher database per home folder.

Opening checks, in this order, and changes nothing on disk until every check has passed: the vault
exists; no other process holds it; the key file is intact and not from a newer app; the passphrase
unwraps the key; the database decrypts; its schema is not from a newer app. Only then are WAL,
foreign keys and secure_delete set and migrations run (each in one transaction).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
import time
from collections.abc import Callable
from pathlib import Path

import filelock
from sqlcipher3 import dbapi2 as sqlcipher

from ementor_desktop import log
from ementor_desktop.crypto import keywrap
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.errors import (
    EmentorError,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
)
from ementor_desktop.home import Home
from ementor_desktop.store import device_keyring, migrations
from ementor_desktop.store.atomic import disk_error
from ementor_desktop.store.db import DAMAGED_ADVICE, Database, translate
from ementor_desktop.store.keyfile import KeyFile

Setup = Callable[[Database], None]


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class Vault:
    """An open vault: the database connection, the key file, and the process lock.

    The connection may be used from several threads (the GUI's database worker and the sync
    engine), but only one at a time: every user holds `vault.mutex` around its database work and
    never around network waits.
    """

    def __init__(self, home: Home, db: Database, key_file: KeyFile, db_key: bytes,
                 lock: filelock.BaseFileLock) -> None:
        self.home = home
        self.db = db
        self._key_file = key_file
        self._db_key = db_key
        self._lock = lock
        self.mutex = threading.RLock()
        self.outbox_event = threading.Event()  # "the sync engine has something to look at"

    def __repr__(self) -> str:
        return f"Vault(home={str(self.home.root)!r})"

    @property
    def vault_id(self) -> str:
        return self._key_file.vault_id

    @property
    def kdf_params(self) -> keywrap.KdfParams:
        return self._key_file.passphrase.params

    @property
    def remembered(self) -> bool:
        return self._key_file.device_wrapped is not None

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, home: Home, passphrase: str, wait: float = 0.0) -> Vault:
        """Open with the passphrase. `wait`: seconds to wait for another process to release
        the vault (the CLI waits a little for a running `sync --watch`; the GUI does not)."""
        _require_vault(home)
        lock = _acquire(home, wait)
        try:
            key_file = KeyFile.load(home.key_file)
            db_key = key_file.unlock(passphrase)
            return cls._finish_open(home, key_file, db_key, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open_remembered(cls, home: Home, wait: float = 0.0) -> Vault | None:
        """Open with the device key from the OS keyring, or None to ask for the passphrase."""
        if not home.key_file.exists():
            return None
        lock = _acquire(home, wait)
        try:
            key_file = KeyFile.load(home.key_file)
            if key_file.device_wrapped is None:
                lock.release()
                return None
            device_key = device_keyring.load(key_file.vault_id)
            db_key = key_file.unlock_with_device_key(device_key) if device_key else None
            if db_key is None:
                log.store.info("remembered key unavailable; the passphrase is needed")
                lock.release()
                return None
            return cls._finish_open(home, key_file, db_key, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _finish_open(cls, home: Home, key_file: KeyFile, db_key: bytes,
                     lock: filelock.BaseFileLock) -> Vault:
        if not home.database.exists():
            raise VaultDamaged("The vault's database file (vault.db) is missing. "
                               "Restore it from a backup (ementor restore).")
        db = _connect(home.database, db_key, create=False)
        try:
            migrations.check_not_too_new(migrations.current_version(db))
            _configure(db)
            migrations.migrate(db)
            db.execute("PRAGMA journal_mode = WAL")  # after migrating: a failure changes nothing
            if db.scalar("SELECT count(*) FROM identity") != 1:
                raise VaultDamaged(DAMAGED_ADVICE)
        except BaseException:
            with contextlib.suppress(Exception):
                db.close()
            raise
        log.store.info("vault opened (schema %d)", migrations.LATEST)
        return cls(home, db, key_file, db_key, lock)

    # -- creating ----------------------------------------------------------------------------
    @classmethod
    def create(cls, home: Home, passphrase: str, *, setup: Setup | None = None,
               strength: keywrap.KdfStrength = keywrap.KdfStrength.MODERATE) -> Vault:
        """Create a vault with a fresh identity; `setup` runs in the same first transaction.

        The database is built under a temporary name and moved into place before the key file is
        written last, so an interrupted `init` never leaves a vault that looks complete.
        """
        if home.has_vault():
            raise VaultExists(f"There is already a vault in {home.root}. Open it, or choose "
                              "another home folder (--home).")
        try:
            home.ensure()
        except OSError as err:
            raise disk_error(err, "the home folder") from err
        lock = _acquire(home)
        building = home.root / f".vault-{secrets.token_hex(4)}.db"
        moved = False
        try:
            db_key = keywrap.new_key()
            key_file = KeyFile.create(db_key, passphrase, keywrap.KdfParams.new(strength))
            os.close(os.open(building, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            db = _connect(building, db_key, create=True)  # -wal/-shm inherit mode 0600
            try:
                _configure(db)
                migrations.migrate(db)
                identity = Identity.generate()
                with db.transaction():
                    db.execute("INSERT INTO identity(id, signing_seed, box_secret, created_at) "
                               "VALUES (1, ?, ?, ?)",
                               (identity.signing_seed, identity.box_secret, now_ms()))
                    if setup is not None:
                        setup(db)
            finally:
                db.close()
            try:
                os.replace(building, home.database)
            except OSError as err:
                raise disk_error(err, "the vault database") from err
            moved = True
            key_file.save(home.key_file)
            log.store.info("vault created")
            return cls._finish_open(home, key_file, db_key, lock)
        except BaseException:
            discard_unfinished(home, building, moved)
            lock.release()
            raise

    # -- changing keys -----------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str,
                          strength: keywrap.KdfStrength | None = None) -> None:
        """Re-wrap the database key under a new passphrase; the database is not re-encrypted."""
        updated = self._key_file.with_passphrase(self._db_key, new_passphrase, strength)
        updated.save(self.home.key_file)
        self._key_file = updated
        log.store.info("passphrase changed")

    def set_remembered(self, remember: bool) -> None:
        """Turn "remember on this device" on or off (the passphrase keeps working either way)."""
        if remember:
            device_key = keywrap.new_key()
            device_keyring.save(self.vault_id, device_key)
            updated = self._key_file.with_device_key(self._db_key, device_key)
            updated.save(self.home.key_file)
        else:
            updated = self._key_file.with_device_key(self._db_key, None)
            updated.save(self.home.key_file)
            device_keyring.delete(self.vault_id)
        self._key_file = updated

    def outbox_changed(self) -> None:
        """Wake a sync engine: in this process through an event, in another (a running
        `ementor sync --watch`) by touching an empty signal file it watches."""
        self.outbox_event.set()
        with contextlib.suppress(OSError):
            self.home.outbox_signal.touch(mode=0o600)
            os.utime(self.home.outbox_signal)

    # -- lifecycle ---------------------------------------------------------------------------
    def suspend(self) -> None:
        """Close the connection and release the process lock, keeping the key in memory, so
        other commands can use the vault while a long-running one (sync --watch) waits."""
        with self.mutex:
            with contextlib.suppress(EmentorError):
                self.checkpoint()
            self.db.close()
            self._lock.release()
            self._suspended = True

    def resume(self, timeout: float = 30.0) -> None:
        """Take the vault back after `suspend` (waits while another command holds it)."""
        with self.mutex:
            if not getattr(self, "_suspended", False):
                return
            deadline = time.monotonic() + timeout
            while True:
                try:
                    self._lock = _acquire(self.home)
                    break
                except VaultInUse:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            try:
                db = _connect(self.home.database, self._db_key, create=False)
                _configure(db)
            except BaseException:
                self._lock.release()
                raise
            self.db = db
            self._suspended = False

    def database_key_for_backup(self) -> bytes:
        """The raw database key; only the backup module may ask, to seal it into a backup."""
        return self._db_key

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before a backup copies it)."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        try:
            with contextlib.suppress(EmentorError):
                self.checkpoint()
            self.db.close()
        finally:
            self._lock.release()
            log.store.info("vault closed")

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def discard_unfinished(home: Home, building: Path, moved: bool) -> None:
    """After a failed create or restore: remove the database this call built, and the one it
    moved into place if the key file (written last) never made it. Never anything else."""
    with contextlib.suppress(OSError):
        building.unlink()
    if moved and not home.key_file.exists():
        with contextlib.suppress(OSError):
            home.database.unlink()


def _require_vault(home: Home) -> None:
    if home.has_vault():
        return
    raise VaultNotFound(f"There is no vault in {home.root}. Create one with "
                        "`ementor init --name NAME --role mentor|mentee|coordinator`, "
                        "or pick another home with --home.")


def _acquire(home: Home, wait: float = 0.0) -> filelock.BaseFileLock:
    try:
        home.ensure()
    except OSError as err:
        raise disk_error(err, "the home folder") from err
    lock = filelock.FileLock(home.lock_file, timeout=wait, mode=0o600, thread_local=False,
                             poll_interval=0.02)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise VaultInUse("This vault is already open in another eMentor window or command. "
                         "Close it there first.") from None
    except OSError as err:
        raise disk_error(err, "the vault's lock file") from err
    return lock


def _connect(path: Path, db_key: bytes, *, create: bool) -> Database:
    mode = "rwc" if create else "rw"
    try:
        conn = sqlcipher.connect(f"file:{path}?mode={mode}", uri=True, isolation_level=None,
                                 check_same_thread=False)
    except sqlcipher.Error as err:
        raise translate(err) from err
    db = Database(conn, sqlcipher)
    try:
        db.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher must not write to stderr
        db.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
        db.scalar("SELECT count(*) FROM sqlite_master")  # decrypts page 1: key and header OK
    except VaultDamaged:
        conn.close()
        raise VaultDamaged("The vault's database file is damaged: the passphrase is right but "
                           "the data cannot be decrypted. Restore it from a backup "
                           "(ementor restore into a new, empty home folder).") from None
    except BaseException:
        conn.close()
        raise
    return db


def _configure(db: Database) -> None:
    """Connection settings only: none of these writes to the file."""
    db.execute("PRAGMA synchronous = FULL")  # a commit is on disk before we acknowledge anything
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")
    db.execute("PRAGMA temp_store = MEMORY")  # no temporary files, encrypted or not
