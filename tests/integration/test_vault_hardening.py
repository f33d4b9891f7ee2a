"""Attacks on a closed or restored vault (issue 10, "The vault"), each on real SQLCipher files.

KDF downgrade through vault.key, key-file authentication on every open (the device slot's too),
backups at their own strength, `passwd` asking for the current passphrase, a real key rotation
that old key files and old backups cannot follow, crash safety of that rotation, a hostile
database schema, core dumps and ptrace, and format-1 key files from the golden vaults.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from ementor_desktop import cli
from ementor_desktop.crypto import keywrap
from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain.account import create_account, whoami
from ementor_desktop.domain.models import Role
from ementor_desktop.errors import UsageError, VaultDamaged, WrongPassphrase
from ementor_desktop.home import Home
from ementor_desktop.store import backup as backups
from ementor_desktop.store import keyfile as keyfiles
from ementor_desktop.store import vault as vaults
from ementor_desktop.store.keyfile import KeyFile
from ementor_desktop.store.vault import Vault, _connect
from tests.conftest import PASSPHRASE, snapshot
from tests.integration.test_vault import MemoryKeyring

DATA = Path(__file__).resolve().parents[1] / "data"
GOLDEN_PASSPHRASE = "golden vault passphrase"
NEW = "a brand new passphrase"


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def rewrite_key_file(home: Home, change) -> None:  # type: ignore[no-untyped-def]
    """What an attacker with write access to a closed home does: edit, recompute the checksum."""
    doc = json.loads(home.key_file.read_bytes())
    change(doc)
    body = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = keyfiles._checksum(body)
    home.key_file.write_text(json.dumps(doc))


def run_cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    try:
        with contextlib.redirect_stderr(err):
            code = cli.main(list(args), stdout=out)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return code, out.getvalue(), err.getvalue()


def remembered_vault(home: Home, strength: KdfStrength = KdfStrength.INTERACTIVE) -> None:
    with create_account(home, PASSPHRASE, name="Ada", role=Role.MENTOR,
                        strength=strength) as v:
        v.set_remembered(True)


# -- KDF downgrade -----------------------------------------------------------------------------
@pytest.mark.parametrize(("ops", "mem"), [(1, 8192), (1, 64 * 1024**2), (2, 8192)])
def test_parameters_below_the_apps_weakest_strength_are_refused(home: Home, ring: MemoryKeyring,
                                                                 ops: int, mem: int) -> None:
    remembered_vault(home)

    def weaken(doc: dict) -> None:  # type: ignore[type-arg]
        doc["slots"]["passphrase"].update(opslimit=ops, memlimit=mem)

    rewrite_key_file(home, weaken)
    before = snapshot(home.root)
    with pytest.raises(VaultDamaged):
        Vault.open_remembered(home)
    with pytest.raises(VaultDamaged):
        Vault.open(home, PASSPHRASE)
    assert snapshot(home.root) == before


@pytest.mark.parametrize(("ops", "mem"), [(16, 64 * 1024**2), (2, 4 * 1024**3), (5, 1024**3)])
def test_parameters_above_the_apps_strongest_are_refused(home: Home, ops: int, mem: int) -> None:
    create_account(home, PASSPHRASE, name="Ada", role=Role.MENTOR,
                   strength=KdfStrength.INTERACTIVE).close()

    def stall(doc: dict) -> None:  # type: ignore[type-arg]
        doc["slots"]["passphrase"].update(opslimit=ops, memlimit=mem)

    rewrite_key_file(home, stall)
    code, _, err = run_cli("--home", str(home.root), "whoami",
                           env={"EMENTOR_PASSPHRASE": PASSPHRASE})
    assert code == VaultDamaged.exit_code and err.count("\n") == 1, err


def test_device_slot_open_checks_the_whole_key_file(home: Home, ring: MemoryKeyring) -> None:
    """Within the bounds but not what we wrote: the keyed MAC notices, even through the device
    slot, which never looks at the passphrase slot."""
    remembered_vault(home, KdfStrength.MODERATE)

    def downgrade(doc: dict) -> None:  # type: ignore[type-arg]
        doc["slots"]["passphrase"].update(opslimit=keywrap.OPSLIMIT_RANGE[0],
                                          memlimit=keywrap.MEMLIMIT_RANGE[0])

    rewrite_key_file(home, downgrade)
    before = snapshot(home.root)
    with pytest.raises(VaultDamaged, match="changed by something other than eMentor"):
        Vault.open_remembered(home)
    assert snapshot(home.root) == before


def test_a_format_1_key_file_cannot_strip_the_mac(home: Home, ring: MemoryKeyring) -> None:
    remembered_vault(home)
    Vault.open(home, PASSPHRASE).close()  # the marker is in the database now

    def strip(doc: dict) -> None:  # type: ignore[type-arg]
        doc.pop("mac")
        doc["version"] = 1

    rewrite_key_file(home, strip)
    before = snapshot(home.root)
    with pytest.raises(VaultDamaged, match="older copy"):
        Vault.open_remembered(home)
    with pytest.raises(VaultDamaged, match="older copy"):
        Vault.open(home, PASSPHRASE)
    assert snapshot(home.root) == before


def test_backup_has_its_own_strength_at_least_moderate(vault: Vault, tmp_path: Path,
                                                       home: Home) -> None:
    assert vault.kdf_params.strength() == KdfStrength.INTERACTIVE
    target = tmp_path / "b.backup"
    backups.create_backup(vault, target, "backup passphrase")
    raw = target.read_bytes()
    (length,) = struct.unpack(">I", raw[16:20])
    header = json.loads(raw[20:20 + length])
    moderate = keywrap.KdfParams.new(KdfStrength.MODERATE)
    assert (header["opslimit"], header["memlimit"]) == (moderate.opslimit, moderate.memlimit)
    vault.close()
    restored = Home(tmp_path / "restored")
    backups.restore_backup(target, restored, "backup passphrase")
    assert KeyFile.load(restored.key_file).passphrase.params.strength() == KdfStrength.MODERATE


def test_passwd_always_asks_for_the_current_passphrase(home: Home, ring: MemoryKeyring) -> None:
    remembered_vault(home)
    before = snapshot(home.root)
    # remembered on this device, no current passphrase given: refused, not changed
    code, _, err = run_cli("--home", str(home.root), "passwd",
                           env={"EMENTOR_NEW_PASSPHRASE": NEW})
    assert code == UsageError.exit_code, err
    code, _, err = run_cli("--home", str(home.root), "passwd",
                           env={"EMENTOR_PASSPHRASE": "not it", "EMENTOR_NEW_PASSPHRASE": NEW})
    assert code == WrongPassphrase.exit_code, err
    assert snapshot(home.root) == before
    code, out, err = run_cli("--home", str(home.root), "passwd",
                             env={"EMENTOR_PASSPHRASE": PASSPHRASE, "EMENTOR_NEW_PASSPHRASE": NEW})
    assert code == 0, err
    assert "rotate-key" in out and "no longer opens this vault" not in out
    Vault.open(home, NEW).close()


def test_change_passphrase_checks_current_and_keeps_the_authenticated_strength(
        vault: Vault, home: Home) -> None:
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase(NEW, current="not it")
    vault.change_passphrase(NEW, current=PASSPHRASE)
    assert vault.kdf_params.strength() == KdfStrength.INTERACTIVE
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(home, PASSPHRASE)
    Vault.open(home, NEW).close()


# -- key rotation ------------------------------------------------------------------------------
def put_note(vault: Vault, note_id: str, body: str) -> None:
    vault.db.execute("INSERT INTO notes(id, body, created_at, updated_at) VALUES (?, ?, 1, 1)",
                     (note_id, body))


def test_rotation_cuts_off_old_key_files_and_backups(vault: Vault, home: Home,
                                                     tmp_path: Path) -> None:
    put_note(vault, "before", "written before the rotation")
    old_key_file = home.key_file.read_bytes()
    old_db_key = vault.database_key_for_backup()
    backups.create_backup(vault, tmp_path / "old.backup", PASSPHRASE)
    fingerprint = whoami(vault).fingerprint

    with pytest.raises(WrongPassphrase):
        vault.rotate_key("not it")
    vault.rotate_key(PASSPHRASE)
    put_note(vault, "after", "written after the rotation")
    assert vault.database_key_for_backup() != old_db_key
    vault.close()

    with Vault.open(home, PASSPHRASE) as again:  # same passphrase, same identity, all data
        assert whoami(again).fingerprint == fingerprint
        assert again.db.scalar("SELECT count(*) FROM notes") == 2
        assert again.db.scalar("PRAGMA integrity_check") == "ok"
        assert again.db.scalar("PRAGMA foreign_key_check") is None
    assert not list(home.root.glob(".rotating-*"))

    # the old vault.key (old passphrase, old key) no longer opens the vault
    current = home.key_file.read_bytes()
    home.key_file.write_bytes(old_key_file)
    with pytest.raises(VaultDamaged):
        Vault.open(home, PASSPHRASE)
    home.key_file.write_bytes(current)
    # the database key inside the old backup decrypts nothing written now
    with pytest.raises(VaultDamaged):
        _connect(home.database, old_db_key, create=False)
    restored = Home(tmp_path / "restored")
    backups.restore_backup(tmp_path / "old.backup", restored, PASSPHRASE)
    with Vault.open(restored, PASSPHRASE) as old:
        assert old.db.scalar("SELECT count(*) FROM notes WHERE id = 'after'") == 0


def test_rotation_with_a_new_passphrase_and_search_still_works(vault: Vault, home: Home) -> None:
    from ementor_desktop.store.repos import Repos

    before = {r[0] for r in vault.db.all("SELECT name FROM sqlite_master")}
    vault.rotate_key(PASSPHRASE, new_passphrase=NEW)
    assert {r[0] for r in vault.db.all("SELECT name FROM sqlite_master")} == before
    Repos.over(vault.db).messages.search("anything")  # the FTS index came along
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(home, PASSPHRASE)
    Vault.open(home, NEW).close()


def test_rotate_key_command(home: Home) -> None:
    create_account(home, PASSPHRASE, name="Ada", role=Role.MENTOR,
                   strength=KdfStrength.INTERACTIVE).close()
    old_key = KeyFile.load(home.key_file).unlock(PASSPHRASE)
    code, out, err = run_cli("--home", str(home.root), "rotate-key",
                             env={"EMENTOR_PASSPHRASE": PASSPHRASE})
    assert code == 0, err
    assert "new backup" in out
    assert KeyFile.load(home.key_file).unlock(PASSPHRASE) != old_key


KILL_SCRIPT = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from ementor_desktop.home import Home
    from ementor_desktop.store import vault as vaults

    home, step = Home(Path(sys.argv[1])), sys.argv[2]
    def die(name):
        if name == step:
            os._exit(9)
    vaults._rotation_step = die
    v = vaults.Vault.open(home, sys.argv[3])
    v.rotate_key(sys.argv[3], new_passphrase=sys.argv[4])
    os._exit(0)
""")


@pytest.mark.parametrize("step", ["exported", "key written", "database replaced",
                                  "key replaced", "never"])
def test_an_interrupted_rotation_still_opens(vault: Vault, home: Home, step: str) -> None:
    put_note(vault, "n1", "kept through a crash")
    vault.close()
    result = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(home.root), step,
                             PASSPHRASE, NEW], capture_output=True, text=True, timeout=120)
    assert result.returncode == (0 if step == "never" else 9), result.stderr
    finished = step in ("database replaced", "key replaced", "never")
    with pytest.raises(WrongPassphrase):
        Vault.open(home, PASSPHRASE if finished else NEW)
    with Vault.open(home, NEW if finished else PASSPHRASE) as v:
        assert v.db.scalar("SELECT body FROM notes WHERE id = 'n1'") == "kept through a crash"
        assert v.db.scalar("PRAGMA integrity_check") == "ok"
    assert not list(home.root.glob(".rotating-*"))


# -- format-1 key files (the golden vaults) ----------------------------------------------------
@pytest.mark.parametrize("version", [1, 2, 3])
def test_golden_key_file_is_upgraded_to_the_authenticated_format(tmp_path: Path,
                                                                 version: int) -> None:
    target = tmp_path / "golden"
    shutil.copytree(DATA / f"vault-v{version}", target)
    home = Home(target)
    original = home.key_file.read_bytes()
    assert json.loads(original)["version"] == 1
    Vault.open(home, GOLDEN_PASSPHRASE).close()
    upgraded = json.loads(home.key_file.read_bytes())
    assert upgraded["version"] == keyfiles.VERSION and len(upgraded["mac"]) == 64
    Vault.open(home, GOLDEN_PASSPHRASE).close()
    assert not list(target.glob(".vault.key.*.tmp"))
    home.key_file.write_bytes(original)  # the old, unauthenticated file put back: refused
    with pytest.raises(VaultDamaged, match="older copy"):
        Vault.open(home, GOLDEN_PASSPHRASE)


# -- hostile database schema -------------------------------------------------------------------
def assert_hardened(vault: Vault) -> None:
    db = vault.db
    assert db.scalar("PRAGMA trusted_schema") == 0
    assert db.scalar("PRAGMA cell_size_check") == 1
    db.execute("PRAGMA writable_schema = ON")
    with pytest.raises(Exception, match="may not be modified"):
        db.conn.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE x(y)' WHERE name = 'notes'")
    db.execute("PRAGMA writable_schema = OFF")


def test_connections_are_defensive(vault: Vault, home: Home, tmp_path: Path) -> None:
    assert_hardened(vault)
    backups.create_backup(vault, tmp_path / "b.backup", PASSPHRASE)
    vault.close()
    restored = Home(tmp_path / "restored")
    backups.restore_backup(tmp_path / "b.backup", restored, PASSPHRASE)
    with Vault.open(restored, PASSPHRASE) as again:
        assert_hardened(again)


def test_a_schema_with_side_effects_is_not_trusted(vault: Vault, home: Home) -> None:
    """A view planted in a foreign or restored vault that calls a function with side effects
    (sqlcipher_export: it copies the whole database wherever it is told to) or an eponymous
    virtual table is refused when a query reaches it."""
    vault.db.execute("CREATE VIEW planted AS SELECT sqlcipher_export('main') AS t")
    vault.db.execute("CREATE VIEW peek AS SELECT * FROM pragma_table_info('notes')")
    vault.close()
    with Vault.open(home, PASSPHRASE) as again:
        for view in ("planted", "peek"):
            with pytest.raises(Exception, match="unsafe use"):
                again.db.conn.execute(f"SELECT * FROM {view}").fetchall()


# -- core dumps and ptrace ---------------------------------------------------------------------
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_an_open_vault_cannot_be_dumped_or_traced(vault: Vault, home: Home) -> None:
    vault.close()
    script = textwrap.dedent("""
        import ctypes, resource, sys
        from pathlib import Path
        from ementor_desktop.home import Home
        from ementor_desktop.store.vault import Vault
        libc = ctypes.CDLL(None)
        before = (resource.getrlimit(resource.RLIMIT_CORE)[0], libc.prctl(3, 0, 0, 0, 0))
        with Vault.open(Home(Path(sys.argv[1])), sys.argv[2]):
            after = (resource.getrlimit(resource.RLIMIT_CORE)[0], libc.prctl(3, 0, 0, 0, 0))
        print(before, after)
    """)
    result = subprocess.run([sys.executable, "-c", script, str(home.root), PASSPHRASE],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("(0, 0)"), result.stdout  # no core, not dumpable


# -- files that are not what they should be ----------------------------------------------------
def test_key_file_that_is_a_folder_a_fifo_or_huge(vault: Vault, home: Home) -> None:
    vault.close()
    real = home.key_file.read_bytes()
    home.key_file.unlink()
    cases: list[tuple[str, object]] = [("folder", home.key_file.mkdir),
                                       ("huge", lambda: home.key_file.write_bytes(
                                           real[:-2] + b" " * (2 * keyfiles.MAX_SIZE) + b"}\n"))]
    if hasattr(os, "mkfifo"):
        cases.append(("fifo", lambda: os.mkfifo(home.key_file)))
    for _, make in cases:
        make()  # type: ignore[operator]
        before = snapshot(home.root)
        code, _, err = run_cli("--home", str(home.root), "whoami",
                               env={"EMENTOR_PASSPHRASE": PASSPHRASE})
        assert code == VaultDamaged.exit_code, err
        assert err.count("\n") == 1 and err.startswith("ementor: "), err
        assert snapshot(home.root) == before
        if home.key_file.is_dir():
            home.key_file.rmdir()
        else:
            home.key_file.unlink()
    home.key_file.write_bytes(real)
    Vault.open(home, PASSPHRASE).close()


def test_failed_create_leaves_no_lock_file(home: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vaults.os, "replace", no_space)
    with pytest.raises(Exception, match="disk is full"):
        create_account(home, PASSPHRASE, name="Ada", role=Role.MENTOR,
                       strength=KdfStrength.INTERACTIVE)
    assert not home.lock_file.exists()
    assert not home.has_vault()


def test_the_log_keeps_no_timeline_of_use(vault: Vault, home: Home) -> None:
    from ementor_desktop import log

    vault.close()
    path = log.setup_file_logging(home.log_dir)
    for _ in range(3):
        Vault.open(home, PASSPHRASE).close()
    text = path.read_text(encoding="utf-8")
    assert "opened" not in text and "closed" not in text, text


def test_rotation_keeps_this_device_remembered(home: Home, ring: MemoryKeyring) -> None:
    remembered_vault(home)
    old_entry = dict(ring.items)
    with Vault.open(home, PASSPHRASE) as v:
        v.rotate_key(PASSPHRASE)
        assert v.remembered
    assert ring.items != old_entry  # a fresh device key: the old one opens nothing
    again = Vault.open_remembered(home)
    assert again is not None
    again.close()
