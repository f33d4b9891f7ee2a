"""Opening, creating and re-keying the vault: one SQLCipher database per home folder.

Opening checks, in this order, and changes nothing on disk until every check has passed: the vault
exists; no other process holds it; the key file is intact and not from a newer app; the passphrase
(or the device key) unwraps the database key; the key file's MAC matches that key; the database
decrypts; its schema is not from a newer app. Only then are WAL, foreign keys and secure_delete set
and migrations run (each in one transaction), and a format-1 key file rewritten in format 2.

Every connection runs with `trusted_schema = OFF`, SQLite's defensive mode and `cell_size_check`,
because a vault may come from a backup or another machine (`store.defensive`). While a vault
is open the process cannot be core-dumped or ptrace-attached where the OS allows it
(`store.process`).

Two ways to change keys: `change_passphrase` re-wraps the same database key (fast; old copies of
vault.key and old backups still open the data with their own passphrase), and `rotate_key`
re-encrypts the whole database under a new database key so that they no longer open anything
written afterwards. Rotation is crash-safe: see `rotate_key` and `_recover_rotation`.
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
    DiskFull,
    EmentorError,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)
from ementor_desktop.home import Home
from ementor_desktop.store import defensive, device_keyring, migrations, process
from ementor_desktop.store.atomic import disk_error, fsync_dir
from ementor_desktop.store.db import DAMAGED_ADVICE, Database, translate
from ementor_desktop.store.keyfile import KeyFile

# Inside the encrypted database (settings table, store-internal key): "this vault's key file is
# format 2". A format-1 key file (no MAC) put back after that is refused, so the MAC cannot be
# stripped by rolling the file back to the old format.
KEY_FILE_MARKER = "_store_key_file_authenticated"

# Crash-safe rotation: the re-encrypted database and its key file are built under these names
# first; `_recover_rotation` finishes or abandons an interrupted rotation on the next open.
ROTATING_DB = ".rotating-vault.db"
ROTATING_KEY = ".rotating-vault.key"

OLD_KEY_FILE = ("The vault's key file (vault.key) is an older copy without the authentication "
                "this vault's key file has had since it was upgraded, so the vault was not opened "
                "and nothing was changed. Put the current vault.key back, or restore a backup "
                "(ementor restore) into a new home folder.")

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
        process.harden()
        lock = _acquire(home, wait)
        try:
            _recover_rotation(home)
            key_file = KeyFile.load(home.key_file)
            db_key = key_file.unlock(passphrase)
            return cls._finish_open(home, key_file, db_key, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open_remembered(cls, home: Home, wait: float = 0.0) -> Vault | None:
        """Open with the device key from the OS keyring, or None to ask for the passphrase."""
        if not home.key_file.exists() and not (home.root / ROTATING_KEY).exists():
            return None
        process.harden()
        lock = _acquire(home, wait)
        try:
            _recover_rotation(home)
            key_file = KeyFile.load(home.key_file)
            if key_file.device_wrapped is None:
                lock.release()
                return None
            device_key = device_keyring.load(key_file.vault_id)
            db_key = key_file.unlock_with_device_key(device_key) if device_key else None
            if db_key is None:
                log.store.debug("remembered key unavailable; the passphrase is needed")
                lock.release()
                return None
            return cls._finish_open(home, key_file, db_key, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _finish_open(cls, home: Home, key_file: KeyFile, db_key: bytes,
                     lock: filelock.BaseFileLock) -> Vault:
        key_file.verify(db_key)  # every open, the device slot's included
        if not home.database.exists():
            raise VaultDamaged("The vault's database file (vault.db) is missing. "
                               "Restore it from a backup (ementor restore).")
        db = _connect(home.database, db_key, create=False)
        try:
            version = migrations.current_version(db)
            migrations.check_not_too_new(version)
            _configure(db)
            if version < 1 or not _is_a_vault(db):  # an empty or foreign file: never "migrate" it
                raise VaultDamaged(DAMAGED_ADVICE)
            if not key_file.authenticated and _marker(db):
                raise VaultDamaged(OLD_KEY_FILE)
            migrations.migrate(db)
            _use_wal(db)  # after migrating: a failure changes nothing
            key_file = _authenticate_key_file(home, db, key_file, db_key)
        except BaseException:
            with contextlib.suppress(Exception):
                db.close()
            raise
        log.store.debug("vault opened (schema %d)", migrations.LATEST)
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
        process.harden()
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
            release_unused(home, lock)
            raise

    # -- changing keys -----------------------------------------------------------------------
    def check_passphrase(self, passphrase: str) -> None:
        """Raise `WrongPassphrase` unless `passphrase` unlocks this vault's key file now."""
        if self._key_file.unlock(passphrase) != self._db_key:
            raise WrongPassphrase("Wrong passphrase: the vault is unchanged; try again.")

    def change_passphrase(self, new_passphrase: str,
                          strength: keywrap.KdfStrength | None = None, *,
                          current: str | None = None) -> None:
        """Re-wrap the database key under a new passphrase; the database is not re-encrypted.

        What this does not do: the database key stays the same, so an older copy of vault.key
        still opens the vault with the old passphrase, and every backup still opens with the
        passphrase it was made with. `rotate_key` is what cuts those off. `current`, when given,
        is checked first (the CLI and the GUI always ask for it).
        """
        if current is not None:
            self.check_passphrase(current)
        updated = self._key_file.with_passphrase(self._db_key, new_passphrase, strength)
        updated.save(self.home.key_file)
        self._key_file = updated
        log.store.info("passphrase changed")

    def rotate_key(self, current: str, new_passphrase: str | None = None,
                   strength: keywrap.KdfStrength | None = None) -> None:
        """Re-encrypt the whole database under a new random database key.

        Afterwards an old copy of vault.key (whatever its passphrase) and every older backup no
        longer open this vault's data: they still hold the old key, which now decrypts nothing
        here. The passphrase stays `current` unless `new_passphrase` is given; a remembered
        device key is replaced by a fresh one.

        Crash safety, in this order: (1) the re-encrypted copy is written and fsync'd as
        ROTATING_DB; (2) its key file as ROTATING_KEY (atomically); (3) ROTATING_DB replaces
        vault.db; (4) ROTATING_KEY replaces vault.key. An interrupted rotation is finished
        (after 3) or abandoned (before 3) by `_recover_rotation` on the next open, so the vault
        opens with `current` whatever the moment of the crash.
        """
        with self.mutex:
            self.check_passphrase(current)
            home = self.home
            new_db = home.root / ROTATING_DB
            new_key_path = home.root / ROTATING_KEY
            _abandon_rotation(home)
            new_key = keywrap.new_key()
            params = (keywrap.KdfParams.new(strength) if strength
                      else self._key_file.passphrase.params.renewed())
            key_file = KeyFile.create(new_key, new_passphrase or current, params,
                                      vault_id=self.vault_id)
            self.checkpoint()
            try:
                _export(self.db, new_db, new_key)
                _rotation_step("exported")
                key_file.save(new_key_path)
                _rotation_step("key written")
            except BaseException:
                _abandon_rotation(home)
                raise
            self.db.close()  # the last connection: SQLite removes the (checkpointed) WAL
            try:
                _drop_empty_wal(home.database)
                os.replace(new_db, home.database)
                fsync_dir(home.root)
            except BaseException as err:
                _abandon_rotation(home)
                self.db = _reconnect(home.database, self._db_key)
                if isinstance(err, OSError):
                    raise disk_error(err, "the vault database") from err
                raise
            _rotation_step("database replaced")
            was_remembered = self.remembered
            self._db_key, self._key_file = new_key, key_file
            self.db = _reconnect(home.database, new_key)
            _use_wal(self.db)  # the exported copy starts in rollback-journal mode
            _finish_rotation(home)  # if this fails, the next open finishes it
            log.store.info("database key rotated")
            if was_remembered:
                with contextlib.suppress(EmentorError):  # the passphrase keeps working
                    self.set_remembered(True)

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
                db = _reconnect(self.home.database, self._db_key)
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
            log.store.debug("vault closed")

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


def release_unused(home: Home, lock: filelock.BaseFileLock) -> None:
    """Release the lock after a failed create or restore, and remove vault.lock if there is no
    vault beside it: a failed `init` or `restore` leaves the folder as it found it."""
    lock.release()
    if not home.has_vault():
        with contextlib.suppress(OSError):
            home.lock_file.unlink()


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
        # One connection per vault (vault.lock keeps other processes out), so SQLite may keep the
        # WAL index in this process's memory instead of a shared-memory file (vault.db-shm):
        # on a full disk that file cannot grow, and every command, read-only ones too, failed.
        db.execute("PRAGMA locking_mode = EXCLUSIVE")
        db.scalar("SELECT count(*) FROM sqlite_master")  # decrypts page 1: key and header OK
        defensive.harden(conn, path)
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


def _reconnect(path: Path, db_key: bytes) -> Database:
    db = _connect(path, db_key, create=False)
    try:
        _configure(db)
    except BaseException:
        with contextlib.suppress(Exception):
            db.close()
        raise
    return db


def _use_wal(db: Database) -> None:
    """WAL mode (a no-op when the file is in WAL mode already, so nothing is written then)."""
    if db.scalar("PRAGMA journal_mode") != "wal":
        db.execute("PRAGMA journal_mode = WAL")


def _is_a_vault(db: Database) -> bool:
    """The tables every schema version has, and exactly one identity in them."""
    tables = db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                       "AND name IN ('identity', 'settings')")
    return bool(tables == 2 and db.scalar("SELECT count(*) FROM identity") == 1)


def _marker(db: Database) -> bool:
    return bool(db.scalar("SELECT count(*) FROM settings WHERE key = ?", (KEY_FILE_MARKER,)) == 1)


def _authenticate_key_file(home: Home, db: Database, key_file: KeyFile,
                           db_key: bytes) -> KeyFile:
    """Upgrade a format-1 key file to format 2, then record that in the database. On a full
    disk either write may fail: the vault still opens (read-only work must go on) and the
    upgrade is tried again next time."""
    try:
        if not key_file.authenticated:
            sealed = key_file.sealed(db_key)
            sealed.save(home.key_file)
            key_file = sealed
            log.store.info("key file upgraded to format 2")
        if not _marker(db):
            db.execute("INSERT INTO settings(key, value) VALUES (?, 'true')", (KEY_FILE_MARKER,))
    except DiskFull:
        log.store.warning("key file authentication postponed: the disk is full")
    return key_file


def _export(db: Database, target: Path, new_key: bytes) -> None:
    """Write a copy of the open database, encrypted under `new_key`, to `target` (fsync'd)."""
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    version = migrations.current_version(db)
    db.execute(f"ATTACH DATABASE ? AS rotated KEY \"x'{new_key.hex()}'\"", (str(target),))
    try:
        db.execute("SELECT sqlcipher_export('rotated')")
        db.execute(f"PRAGMA rotated.user_version = {int(version)}")
    finally:
        db.execute("DETACH DATABASE rotated")
    check = _connect(target, new_key, create=False)
    try:
        problems = [r[0] for r in check.all("PRAGMA cipher_integrity_check")]
        if problems or check.scalar("PRAGMA quick_check") != "ok":
            raise VaultDamaged(DAMAGED_ADVICE)
    finally:
        check.close()
    try:
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as err:
        raise disk_error(err, "the re-encrypted vault") from err


def _drop_empty_wal(database: Path) -> None:
    """Before another file takes vault.db's place: its WAL must be gone or empty (checkpointed),
    never frames under the old key that SQLite would try to apply to the new file."""
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if suffix == "-wal" and side.exists() and side.stat().st_size:
            raise EmentorError("The vault could not be re-encrypted: its journal is not empty. "
                               "Close other eMentor windows and try again; nothing was changed.")
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


def _finish_rotation(home: Home) -> None:
    try:
        os.replace(home.root / ROTATING_KEY, home.key_file)
        fsync_dir(home.root)
    except OSError as err:  # the next open finishes it (vault.db is already the new one)
        raise disk_error(err, "the vault's key file") from err
    _rotation_step("key replaced")


def _abandon_rotation(home: Home) -> None:
    """The key file first: a ROTATING_KEY without a ROTATING_DB means "finish", never this."""
    for name in (ROTATING_KEY, ROTATING_DB, ROTATING_DB + "-journal"):
        with contextlib.suppress(FileNotFoundError):
            (home.root / name).unlink()


def _recover_rotation(home: Home) -> None:
    """Called with the vault's lock held, before the key file is read."""
    pending_key = home.root / ROTATING_KEY
    if pending_key.exists() and not (home.root / ROTATING_DB).exists():
        log.store.warning("finishing an interrupted key rotation")
        _finish_rotation(home)  # vault.db is the new one already (with its own WAL, if any)
    elif pending_key.exists() or (home.root / ROTATING_DB).exists():
        log.store.warning("abandoning an interrupted key rotation")
        _abandon_rotation(home)


def _rotation_step(name: str) -> None:
    """A named point in `rotate_key`; tests kill the process here to check crash safety."""
