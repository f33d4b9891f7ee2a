"""The vault on real SQLCipher files: opening, every failure in plain words, nothing changed."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain.account import create_account, whoami
from ementor_desktop.domain.models import Role
from ementor_desktop.errors import (
    DiskFull,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from ementor_desktop.home import Home
from ementor_desktop.store import device_keyring
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE, snapshot


def test_create_then_open(home: Home) -> None:
    v = create_account(home, PASSPHRASE, name="  Ada   Lovelace ", role=Role.MENTEE,
                       strength=KdfStrength.INTERACTIVE)
    me = whoami(v)
    v.close()
    with Vault.open(home, PASSPHRASE) as again:
        assert whoami(again) == me
    assert me.name == "Ada Lovelace" and me.role == "mentee"


def test_pragmas(vault: Vault) -> None:
    db = vault.db
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA secure_delete") == 1
    assert db.scalar("PRAGMA temp_store") == 2
    assert "ENABLE_FTS5" in {r[0] for r in db.all("PRAGMA compile_options")}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_owner_only(vault: Vault, home: Home) -> None:
    vault.db.execute("INSERT INTO settings(key, value) VALUES ('k', '1')")  # makes a WAL
    for path in [home.root, *home.vault_files()]:
        if path.exists():
            assert path.stat().st_mode & 0o077 == 0, path


def test_no_vault(home: Home) -> None:
    with pytest.raises(VaultNotFound, match="ementor init"):
        Vault.open(home, PASSPHRASE)
    assert not home.root.exists() or not any(home.root.glob("vault.*[!k]"))


def test_create_refuses_existing(vault: Vault, home: Home) -> None:
    vault.close()
    before = snapshot(home.root)
    with pytest.raises(VaultExists):
        create_account(home, PASSPHRASE, name="X", role=Role.MENTOR,
                       strength=KdfStrength.INTERACTIVE)
    assert snapshot(home.root) == before


def test_wrong_passphrase_changes_nothing(vault: Vault, home: Home) -> None:
    vault.close()
    before = snapshot(home.root)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        Vault.open(home, "not my passphrase")
    assert snapshot(home.root) == before
    Vault.open(home, PASSPHRASE).close()  # and the right one still works


def test_open_twice_is_refused_in_process_and_across_processes(vault: Vault, home: Home) -> None:
    with pytest.raises(VaultInUse, match="already open"):
        Vault.open(home, PASSPHRASE)
    code = ("import sys\nfrom ementor_desktop.home import Home\n"
            "from ementor_desktop.store.vault import Vault\n"
            "from ementor_desktop.errors import VaultInUse\n"
            "try:\n    Vault.open(Home(__import__('pathlib').Path(sys.argv[1])), sys.argv[2])\n"
            "except VaultInUse:\n    sys.exit(42)\n")
    result = subprocess.run([sys.executable, "-c", code, str(home.root), PASSPHRASE],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 42, result.stderr
    vault.close()
    result = subprocess.run([sys.executable, "-c", code, str(home.root), PASSPHRASE],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("offset", [0, 20, 200, 4000])
def test_damaged_database_is_reported_and_left_alone(vault: Vault, home: Home,
                                                      offset: int) -> None:
    vault.close()
    _flip(home.database, offset)
    before = snapshot(home.root)
    with pytest.raises(VaultDamaged, match="backup"):
        Vault.open(home, PASSPHRASE)
    assert snapshot(home.root) == before


def test_damage_deep_inside_is_reported_when_read(vault: Vault, home: Home) -> None:
    repos = Repos.over(vault.db)
    with vault.db.transaction():
        for i in range(300):
            repos.settings.set(f"k{i}", "x" * 500)
    vault.close()
    size = home.database.stat().st_size
    _flip(home.database, size - 100)  # inside the last page
    with pytest.raises(VaultDamaged, match="backup"):
        v = Vault.open(home, PASSPHRASE)
        try:
            Repos.over(v.db).settings.all()
        finally:
            v.close()


def test_missing_or_truncated_files(vault: Vault, home: Home) -> None:
    vault.close()
    saved = home.root.parent / "saved"
    shutil.copytree(home.root, saved)
    home.key_file.write_bytes(home.key_file.read_bytes()[:50])
    with pytest.raises(VaultDamaged, match="key file"):
        Vault.open(home, PASSPHRASE)
    home.key_file.unlink()
    with pytest.raises(VaultDamaged, match="missing"):
        Vault.open(home, PASSPHRASE)
    shutil.copy(saved / "vault.key", home.key_file)
    home.database.unlink()
    with pytest.raises(VaultDamaged, match="missing"):
        Vault.open(home, PASSPHRASE)
    assert not home.database.exists()  # opening must not create an empty database
    home.database.write_bytes((saved / "vault.db").read_bytes()[:3000])
    with pytest.raises(VaultDamaged):
        Vault.open(home, PASSPHRASE)


def test_vault_from_newer_app_is_refused_unchanged(vault: Vault, home: Home) -> None:
    vault.db.execute("PRAGMA user_version = 99")
    vault.close()
    before = snapshot(home.root)
    with pytest.raises(VaultTooNew, match="newer version"):
        Vault.open(home, PASSPHRASE)
    assert snapshot(home.root) == before


def test_disk_full_is_reported_and_loses_nothing(vault: Vault) -> None:
    repos = Repos.over(vault.db)
    with vault.db.transaction():
        repos.settings.set("kept", "before the disk filled up")
    pages = vault.db.scalar("PRAGMA page_count")
    vault.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFull, match="disk is full"), vault.db.transaction():
        for i in range(2000):
            repos.settings.set(f"big{i}", "y" * 1000)
    assert repos.settings.get("kept") == "before the disk filled up"
    assert repos.settings.get("big0") is None  # the failed transaction left no trace


def test_key_file_write_on_full_disk_keeps_old_key(vault: Vault, home: Home,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    before = home.key_file.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(DiskFull, match="disk is full"):
        vault.change_passphrase("a brand new passphrase")
    monkeypatch.undo()
    assert home.key_file.read_bytes() == before
    assert not list(home.root.glob(".vault.key.*"))  # no temp file left behind
    vault.close()
    Vault.open(home, PASSPHRASE).close()


def test_change_passphrase_rewraps_without_reencrypting(vault: Vault, home: Home) -> None:
    vault.checkpoint()
    digest = hashlib.sha256(home.database.read_bytes()).hexdigest()
    vault.change_passphrase("a brand new passphrase")
    assert hashlib.sha256(home.database.read_bytes()).hexdigest() == digest
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(home, PASSPHRASE)
    Vault.open(home, "a brand new passphrase").close()


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Stands in for the OS keyring (none runs on a CI machine)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError("missing")
        del self.items[(service, username)]


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_remember_on_this_device(vault: Vault, home: Home, memory_keyring: MemoryKeyring) -> None:
    vault.set_remembered(True)
    assert vault.remembered
    vault.close()
    remembered = Vault.open_remembered(home)
    assert remembered is not None
    remembered.close()
    # the passphrase keeps working beside it
    Vault.open(home, PASSPHRASE).close()


@pytest.mark.parametrize("failure", ["missing", "locked", "changed", "garbage", "no backend"])
def test_keyring_failures_fall_back_to_the_passphrase(vault: Vault, home: Home,
                                                      memory_keyring: MemoryKeyring,
                                                      failure: str) -> None:
    vault.set_remembered(True)
    vault.close()
    before = snapshot(home.root)
    if failure == "missing":
        memory_keyring.items.clear()
    elif failure == "locked":
        memory_keyring.locked = True
    elif failure == "changed":
        for k in memory_keyring.items:
            memory_keyring.items[k] = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="
    elif failure == "garbage":
        for k in memory_keyring.items:
            memory_keyring.items[k] = "not base64 at all!"
    else:
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())
    assert Vault.open_remembered(home) is None
    assert snapshot(home.root) == before
    Vault.open(home, PASSPHRASE).close()


def test_forgetting_removes_the_keyring_entry(vault: Vault, home: Home,
                                              memory_keyring: MemoryKeyring) -> None:
    vault.set_remembered(True)
    vault.set_remembered(False)
    assert memory_keyring.items == {}
    vault.close()
    assert Vault.open_remembered(home) is None


def test_remember_without_keyring_says_so_and_changes_nothing(vault: Vault, home: Home) -> None:
    from ementor_desktop.errors import EmentorError

    before = home.key_file.read_bytes()
    with pytest.raises(EmentorError, match="keyring is not available"):
        vault.set_remembered(True)
    assert home.key_file.read_bytes() == before
    assert device_keyring.load(vault.vault_id) is None
