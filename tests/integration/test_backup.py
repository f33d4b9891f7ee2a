"""Encrypted backups: round trip, separate passphrase, and every kind of bad file refused safely."""

from __future__ import annotations

import itertools
import struct
import threading
from collections.abc import Callable
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
        present = list(target.root.iterdir()) if target.root.exists() else []  # a restore
        assert [p.name for p in present if p.name != "vault.lock"] == []  # removes its own


# -- progress and cancel ------------------------------------------------------------------------

def _copied(seen: list[backup.Progress]) -> list[int]:
    return [p.done for p in seen]


def test_backup_progress_is_monotonic_and_reaches_the_end(vault: Vault, tmp_path: Path) -> None:
    _bulk(vault)
    seen: list[backup.Progress] = []
    info = backup.create_backup(vault, tmp_path / "b", PASSPHRASE, progress=seen.append)
    size = info.size
    assert seen[0].step is backup.Step.KEY and seen[0].total == 0  # not known yet: busy
    copies = [p for p in seen if p.step is backup.Step.COPY]
    assert len(copies) >= 4  # one report per 1 MiB piece: real progress, not just 0 and 100 %
    assert {p.total for p in copies} == {size}
    assert _copied(seen) == sorted(_copied(seen))  # never backwards
    assert copies[-1].done == size
    assert seen[-1] == backup.Progress(backup.Step.FINISH, size, size)
    assert not seen[-1].cancellable and all(p.cancellable for p in seen[:-1])


def _bulk(vault: Vault, rows: int = 6000) -> None:
    """About 4 MiB by default: several pieces to report; 2,500 rows make two, to cancel
    between."""
    repos = Repos.over(vault.db)
    with vault.db.transaction():
        for i in range(rows):
            repos.settings.set(f"bulk{i}", "z" * 600)


class _CancelWhen:
    """Sets `cancel` at the first report `when` accepts, and keeps every report."""

    def __init__(self, when: Callable[[backup.Progress], bool]) -> None:
        self.when = when
        self.cancel = threading.Event()
        self.seen: list[backup.Progress] = []

    def __call__(self, progress: backup.Progress) -> None:
        assert not self.cancel.is_set(), "went on after the cancel"  # stops at the next check
        self.seen.append(progress)
        if self.when(progress):
            self.cancel.set()


def test_a_cancelled_backup_leaves_no_file_and_a_usable_vault(vault: Vault, home: Home,
                                                              tmp_path: Path) -> None:
    _bulk(vault, 2500)
    folder = tmp_path / "out"
    folder.mkdir()
    older = folder / "vault.backup"
    older.write_bytes(b"an older backup, kept as it is")
    for when in (lambda p: p.step is backup.Step.KEY,
                 lambda p: p.step is backup.Step.COPY and 0 < p.done < p.total,
                 lambda p: p.step is backup.Step.COPY and p.done == p.total):
        hook = _CancelWhen(when)
        with pytest.raises(backup.Cancelled, match="cancelled; nothing was written"):
            backup.create_backup(vault, older, PASSPHRASE, cancel=hook.cancel, progress=hook)
        assert when(hook.seen[-1])  # stopped at the next piece, not at the end
        assert [p.name for p in folder.iterdir()] == ["vault.backup"]  # no temp file left
        assert older.read_bytes() == b"an older backup, kept as it is"
        hook = _CancelWhen(when)
        with pytest.raises(backup.Cancelled):  # a new target: no file at all
            backup.create_backup(vault, folder / "new.backup", PASSPHRASE, cancel=hook.cancel,
                                 progress=hook)
        assert not (folder / "new.backup").exists()
    repos = Repos.over(vault.db)
    repos.settings.set("after the cancel", True)  # still open and writable
    vault.close()
    with Vault.open(home, PASSPHRASE) as again:
        assert again.db.scalar("PRAGMA quick_check") == "ok"
        assert Repos.over(again.db).settings.get("after the cancel") is True
        assert Repos.over(again.db).settings.get("bulk2499") == "z" * 600


def test_restore_progress_is_monotonic_and_reaches_the_end(vault: Vault, tmp_path: Path) -> None:
    _bulk(vault)
    info = backup.create_backup(vault, tmp_path / "b", PASSPHRASE)
    vault.close()
    seen: list[backup.Progress] = []
    backup.restore_backup(tmp_path / "b", Home(tmp_path / "r"), PASSPHRASE,
                          progress=seen.append)
    size = info.size
    steps = [p.step for p in seen]
    assert steps[0] is backup.Step.KEY and seen[0].total == 0
    assert steps[-3:] == [backup.Step.VERIFY, backup.Step.LOCK, backup.Step.FINISH]
    copies = [p for p in seen if p.step is backup.Step.COPY]
    assert len(copies) >= 4 and copies[-1].done == size == info.size
    assert _copied(seen) == sorted(_copied(seen))
    assert [p.step for p in seen if not p.cancellable] == [backup.Step.FINISH]


@pytest.mark.parametrize("step", [backup.Step.KEY, backup.Step.COPY, backup.Step.VERIFY,
                                  backup.Step.LOCK])
def test_a_cancelled_restore_leaves_the_destination_as_it_was(vault: Vault, tmp_path: Path,
                                                              step: backup.Step) -> None:
    _bulk(vault, 2500)
    source = tmp_path / "b"
    backup.create_backup(vault, source, PASSPHRASE)
    vault.close()

    def when(p: backup.Progress) -> bool:
        return p.step is step and (step is not backup.Step.COPY or 0 < p.done < p.total)

    # a folder that did not exist: still does not
    missing = Home(tmp_path / "not-yet")
    hook = _CancelWhen(when)
    with pytest.raises(backup.Cancelled, match="cancelled; nothing was restored"):
        backup.restore_backup(source, missing, PASSPHRASE, cancel=hook.cancel, progress=hook)
    assert when(hook.seen[-1])  # stopped at the next piece or step, not at the end
    assert not missing.root.exists()
    # a folder with something else in it: exactly as it was
    existing = Home(tmp_path / "existing")
    (existing.root / "notes").mkdir(parents=True)
    (existing.root / "notes" / "keep.txt").write_text("mine")
    before = sorted(p.relative_to(existing.root) for p in existing.root.rglob("*"))
    hook = _CancelWhen(when)
    with pytest.raises(backup.Cancelled):
        backup.restore_backup(source, existing, PASSPHRASE, cancel=hook.cancel, progress=hook)
    assert sorted(p.relative_to(existing.root) for p in existing.root.rglob("*")) == before
    assert (existing.root / "notes" / "keep.txt").read_text() == "mine"
    # and the same backup restores there afterwards
    backup.restore_backup(source, existing, PASSPHRASE)
    Vault.open(existing, PASSPHRASE).close()


def test_cancel_after_the_point_of_no_return_is_too_late(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the restored database is moved into place, the restore finishes whatever `cancel`
    says: a half-restored home (a database without its key file) would be worse than either."""
    from ementor_desktop.store.keyfile import KeyFile

    backup.create_backup(vault, tmp_path / "b", PASSPHRASE)
    vault.close()
    cancel = threading.Event()
    target = Home(tmp_path / "r")
    save = KeyFile.save

    def cancel_then_save(self: KeyFile, path: Path) -> None:
        assert target.database.exists()  # past the swap
        cancel.set()
        save(self, path)

    monkeypatch.setattr(KeyFile, "save", cancel_then_save)
    steps: list[backup.Step] = []
    backup.restore_backup(tmp_path / "b", target, PASSPHRASE, cancel=cancel,
                          progress=lambda p: steps.append(p.step))
    assert cancel.is_set() and steps[-1] is backup.Step.FINISH
    Vault.open(target, PASSPHRASE).close()
