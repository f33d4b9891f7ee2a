"""The headless CLI as scripts use it: real processes, exit codes, one-line errors, stable JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ementor_desktop import __version__
from ementor_desktop.errors import (
    BackupError,
    UsageError,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)
from tests.conftest import PASSPHRASE


def ementor(*args: str, env: dict[str, str] | None = None,
            stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "ementor_desktop", *args], env=full_env,
                          capture_output=True, text=True, timeout=120, input=stdin)


def init(home: Path, name: str = "Ada Lovelace", role: str = "mentor") -> None:
    result = ementor("--home", str(home), "init", "--name", name, "--role", role,
                     "--kdf-strength", "interactive", env={"EMENTOR_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 0, result.stderr


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int,
                          *words: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ementor: ")
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_version() -> None:
    result = ementor("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"ementor {__version__}"


def test_init_whoami_json(tmp_path: Path) -> None:
    home = tmp_path / "h"
    init(home)
    result = ementor("--home", str(home), "whoami", "--json",
                     env={"EMENTOR_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert set(doc) == {"name", "role", "fingerprint"}
    assert doc["name"] == "Ada Lovelace" and doc["role"] == "mentor"
    assert len(doc["fingerprint"].split()) == 10


def test_home_from_environment_and_passphrase_file(tmp_path: Path) -> None:
    home = tmp_path / "env-home"
    init(home, name="Env User", role="coordinator")
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n")
    result = ementor("--passphrase-file", str(secret), "whoami",
                     env={"EMENTOR_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Env User (coordinator)")


def test_errors_are_one_line_with_stable_codes(tmp_path: Path) -> None:
    home = tmp_path / "h"
    result = ementor("--home", str(home), "whoami", env={"EMENTOR_PASSPHRASE": PASSPHRASE})
    assert_one_line_error(result, VaultNotFound.exit_code, "ementor init")
    init(home)
    result = ementor("--home", str(home), "whoami", env={"EMENTOR_PASSPHRASE": "wrong one!"})
    assert_one_line_error(result, WrongPassphrase.exit_code, "Wrong passphrase")
    result = ementor("--home", str(home), "init", "--name", "B", "--role", "mentee",
                     env={"EMENTOR_PASSPHRASE": PASSPHRASE})
    assert_one_line_error(result, VaultExists.exit_code, "already a vault")
    result = ementor("--home", str(home), "whoami", env={"EMENTOR_PASSPHRASE": ""}, stdin="")
    assert_one_line_error(result, UsageError.exit_code, "EMENTOR_PASSPHRASE")
    result = ementor("--home", str(tmp_path / "new"), "init", "--name", "C", "--role", "mentee",
                     env={"EMENTOR_PASSPHRASE": "short"})
    assert_one_line_error(result, UsageError.exit_code, "too short")
    assert not (tmp_path / "new" / "vault.key").exists()
    result = ementor("--home", str(home), "restore", str(tmp_path / "none.bak"),
                     env={"EMENTOR_PASSPHRASE": PASSPHRASE})
    assert_one_line_error(result, VaultExists.exit_code)


def test_vault_in_use_from_another_process(tmp_path: Path) -> None:
    from ementor_desktop.home import Home
    from ementor_desktop.store.vault import Vault

    home = tmp_path / "h"
    init(home)
    with Vault.open(Home(home), PASSPHRASE):
        result = ementor("--home", str(home), "whoami", env={"EMENTOR_PASSPHRASE": PASSPHRASE})
    assert_one_line_error(result, VaultInUse.exit_code, "already open")


def test_passwd(tmp_path: Path) -> None:
    home = tmp_path / "h"
    init(home)
    result = ementor("--home", str(home), "passwd", env={
        "EMENTOR_PASSPHRASE": PASSPHRASE, "EMENTOR_NEW_PASSPHRASE": "the new passphrase"})
    assert result.returncode == 0, result.stderr
    old = ementor("--home", str(home), "whoami", env={"EMENTOR_PASSPHRASE": PASSPHRASE})
    assert old.returncode == WrongPassphrase.exit_code
    new = ementor("--home", str(home), "whoami",
                  env={"EMENTOR_PASSPHRASE": "the new passphrase"})
    assert new.returncode == 0, new.stderr


def test_backup_and_restore(tmp_path: Path) -> None:
    home, copy, file = tmp_path / "h", tmp_path / "copy", tmp_path / "vault.backup"
    init(home)
    env = {"EMENTOR_PASSPHRASE": PASSPHRASE}
    assert ementor("--home", str(home), "backup", str(file), env=env).returncode == 0
    result = ementor("--home", str(copy), "restore", str(file), env=env)
    assert result.returncode == 0, result.stderr
    mine = ementor("--home", str(home), "whoami", "--json", env=env)
    theirs = ementor("--home", str(copy), "whoami", "--json", env=env)
    assert json.loads(mine.stdout) == json.loads(theirs.stdout)
    again = ementor("--home", str(copy), "restore", str(file), env=env)
    assert_one_line_error(again, VaultExists.exit_code, "empty home")


def test_backup_with_separate_passphrase(tmp_path: Path) -> None:
    home, copy, file = tmp_path / "h", tmp_path / "copy", tmp_path / "vault.backup"
    init(home)
    both = {"EMENTOR_PASSPHRASE": PASSPHRASE, "EMENTOR_BACKUP_PASSPHRASE": "backup only secret"}
    assert ementor("--home", str(home), "backup", str(file), env=both).returncode == 0
    wrong = ementor("--home", str(copy), "restore", str(file),
                    env={"EMENTOR_PASSPHRASE": PASSPHRASE})
    assert_one_line_error(wrong, WrongPassphrase.exit_code, "backup")
    assert ementor("--home", str(copy), "restore", str(file), env=both).returncode == 0
    assert ementor("--home", str(copy), "whoami",
                   env={"EMENTOR_PASSPHRASE": PASSPHRASE}).returncode == 0


def test_garbage_backup_is_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk"
    junk.write_bytes(os.urandom(5000))
    result = ementor("--home", str(tmp_path / "r"), "restore", str(junk),
                     env={"EMENTOR_PASSPHRASE": PASSPHRASE})
    assert_one_line_error(result, BackupError.exit_code, "not an eMentor backup")


def test_unexpected_errors_are_one_line_and_logged(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from ementor_desktop import cli
    from ementor_desktop.commands import vault as vault_commands

    home = tmp_path / "h"
    init(home)

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(vault_commands.account, "whoami", explode)
    monkeypatch.setenv("EMENTOR_PASSPHRASE", PASSPHRASE)
    code = cli.main(["--home", str(home), "whoami"])
    err = capsys.readouterr().err
    assert code == 70
    assert err.count("\n") == 1 and "bug" in err and "Traceback" not in err
    assert "RuntimeError: boom" in (home / "logs" / "ementor.log").read_text()


def test_a_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    """`ementor init … | head -1`: the reader leaves early; the vault is still created."""
    home = tmp_path / "h"
    proc = subprocess.Popen([sys.executable, "-m", "ementor_desktop", "--home", str(home),
                             "init", "--name", "Pipe", "--role", "mentee", "--kdf-strength",
                             "interactive"], env={**os.environ, "EMENTOR_PASSPHRASE": PASSPHRASE},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # nobody reads the output
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0
    assert "bug" not in err and "Traceback" not in err
    assert (home / "vault.key").exists()


def test_help_says_first_where_everything_is_kept() -> None:
    """`--home` is explained in the first lines of --help (issue 11, set-up)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "ementor_desktop", "--help"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0
    first = "\n".join(done.stdout.splitlines()[:9])
    assert "--home DIR" in first and "$EMENTOR_HOME" in first and "home folder" in first
