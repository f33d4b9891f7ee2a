"""Encrypted backups: round trip, separate passphrase, and every kind of bad file refused safely."""

from __future__ import annotations

import itertools
import struct
from pathlib import Path

import pytest

from ementor_desktop.domain.account import whoami
from ementor_desktop.errors import BackupError, VaultExists, VaultTooNew, WrongPassphrase
from ementor_desktop.home import Home
from ementor_desktop.store import backup
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE, snapshot

_COUNTER = itertools.count()


@pytest.fixture
def backup_file(vault: Vault, tmp_path: Path) -> Path:
    repos = Repos.over(vault.db)
    with vault.db.transaction():
        for i in range(2000):  # > 1 MiB of database: several stream frames
            repos.settings.set(f"bulk{i}", "z" * 600)
    repos.settings.set("written last", True)  # still in the WAL: the backup must include it
    target = tmp_path / "out" / "vault.backup"
    info = backup.create_backup(vault, target, PASSPHRASE)
    assert info.size > backup.CHUNK
    return target


def test_round_trip(vault: Vault, backup_file: Path, tmp_path: Path) -> None:
    me = whoami(vault)
    vault.close()
    restored = Home(tmp_path / "restored")
    backup.restore_backup(backup_file, restored, PASSPHRASE)
    with Vault.open(restored, PASSPHRASE) as again:
        assert whoami(again) == me
        repos = Repos.over(again.db)
        assert repos.settings.get("written last") is True
        assert repos.settings.get("bulk1999") == "z" * 600


def test_separate_backup_passphrase(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "b"
    backup.create_backup(vault, target, "a separate backup secret")
    vault.close()
    with pytest.raises(WrongPassphrase, match="Nothing was restored"):
        backup.restore_backup(target, Home(tmp_path / "r1"), PASSPHRASE)
    home = Home(tmp_path / "r2")
    backup.restore_backup(target, home, "a separate backup secret", "new vault passphrase")
    Vault.open(home, "new vault passphrase").close()


def test_backup_file_holds_no_key_or_plaintext(vault: Vault, tmp_path: Path) -> None:
    Repos.over(vault.db).settings.set("note", "CANARY-backup-7d1f")
    target = tmp_path / "b"
    backup.create_backup(vault, target, PASSPHRASE)
    data = target.read_bytes()
    assert b"CANARY-backup-7d1f" not in data
    assert vault.database_key_for_backup() not in data
    assert target.stat().st_mode & 0o077 == 0


def test_restore_never_overwrites(vault: Vault, backup_file: Path, home: Home) -> None:
    vault.close()
    before = snapshot(home.root)
    with pytest.raises(VaultExists, match="empty home"):
        backup.restore_backup(backup_file, home, PASSPHRASE)
    assert snapshot(home.root) == before


def _expect_refused(path: Path, tmp_path: Path,
                    error: type[Exception] | tuple[type[Exception], ...], match: str) -> None:
    target = Home(tmp_path / f"restore-{next(_COUNTER)}")
    with pytest.raises(error, match=match):
        backup.restore_backup(path, target, PASSPHRASE)
    assert not target.has_vault()
    leftovers = [p.name for p in target.root.glob("*") if p.name not in ("vault.lock",)]
    assert leftovers == []


def test_damaged_backups_are_refused(vault: Vault, backup_file: Path, tmp_path: Path) -> None:
    vault.close()
    data = backup_file.read_bytes()
    bad = tmp_path / "bad.backup"
    header_end = len(backup.MAGIC) + 4 + struct.unpack(">I", data[16:20])[0]
    cases = {
        "truncated in the middle": data[: len(data) // 2],
        "last frame missing": data[: -(backup.CHUNK // 2)],
        "empty": b"",
        "a byte flipped late": data[:-10] + bytes([data[-10] ^ 1]) + data[-9:],
        "extra data at the end": data + b"more",
    }
    for name, content in cases.items():
        bad.write_bytes(content)
        _expect_refused(bad, tmp_path, BackupError, "damaged|not an eMentor")
        assert name
    # a change to the header or the first frame looks like a wrong passphrase
    for offset in (header_end - 5, header_end + 30):
        bad.write_bytes(data[:offset] + bytes([data[offset] ^ 1]) + data[offset + 1:])
        _expect_refused(bad, tmp_path, (WrongPassphrase, BackupError), "passphrase|damaged")


def test_not_a_backup_and_newer_format(vault: Vault, backup_file: Path, tmp_path: Path) -> None:
    vault.close()
    other = tmp_path / "notes.txt"
    other.write_text("just some text, definitely not a backup")
    _expect_refused(other, tmp_path, BackupError, "not an eMentor backup")
    newer = tmp_path / "newer.backup"
    data = backup_file.read_bytes()
    newer.write_bytes(data[:15] + b"\x02" + data[16:])
    _expect_refused(newer, tmp_path, BackupError, "newer version")
    with pytest.raises(BackupError, match="no backup file"):
        backup.restore_backup(tmp_path / "missing", Home(tmp_path / "x"), PASSPHRASE)


def test_backup_of_newer_schema_is_refused(vault: Vault, tmp_path: Path) -> None:
    vault.db.execute("PRAGMA user_version = 99")
    target = tmp_path / "b"
    backup.create_backup(vault, target, PASSPHRASE)
    vault.db.execute("PRAGMA user_version = 2")
    _expect_refused(target, tmp_path, VaultTooNew, "newer version")


def test_failure_at_the_last_step_leaves_no_half_vault(vault: Vault, backup_file: Path,
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The key file is written last; if that fails (disk full), neither a restore nor a new
    vault leaves a database behind that would look like a damaged vault."""
    from ementor_desktop.crypto.keywrap import KdfStrength
    from ementor_desktop.domain.account import create_account
    from ementor_desktop.domain.models import Role
    from ementor_desktop.errors import DiskFull
    from ementor_desktop.store.keyfile import KeyFile

    vault.close()

    def full(self: KeyFile, path: Path) -> None:
        raise DiskFull("The disk is full.")

    monkeypatch.setattr(KeyFile, "save", full)
    for target, action in (
        (Home(tmp_path / "restored"),
         lambda h: backup.restore_backup(backup_file, h, PASSPHRASE)),
        (Home(tmp_path / "created"),
         lambda h: create_account(h, PASSPHRASE, name="N", role=Role.MENTEE,
                                  strength=KdfStrength.INTERACTIVE)),
    ):
        with pytest.raises(DiskFull):
            action(target)
        assert not target.has_vault()
        assert [p.name for p in target.root.iterdir() if p.name != "vault.lock"] == []
