"""A nearly full disk (issue 10): read-only commands and a backup to another disk still work, and
a failed init or restore leaves nothing behind, vault.lock included.

The home lives on a small tmpfs that the test mounts and fills, so the failures are the kernel's
own ENOSPC at every layer (SQLite, the key file, the lock, the log). Mounting needs root (or
CAP_SYS_ADMIN); where that is refused the test is skipped, and test_vault_hardening's
`test_failed_create_leaves_no_lock_file` covers the lock by fault injection instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from ementor_desktop.errors import DiskFull
from tests.conftest import PASSPHRASE

ENV = {"EMENTOR_PASSPHRASE": PASSPHRASE}


def ementor(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ementor_desktop", *args],
                          env={**os.environ, **ENV}, capture_output=True, text=True, timeout=120)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        pytest.skip("needs Linux mount")
    mount_point = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs",
                             str(mount_point)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill(disk: Path) -> None:
    """Fill the disk to the last byte."""
    for name, size in (("filler", 4096), ("filler-small", 1)):
        fd = os.open(disk / name, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * size)
        except OSError:
            pass
        finally:
            os.close(fd)
    assert shutil.disk_usage(disk).free == 0


def one_line(result: subprocess.CompletedProcess[str], code: int) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_reading_and_backing_up_work_on_a_full_disk(small_disk: Path, tmp_path: Path) -> None:
    home = small_disk / "home"
    created = ementor("--home", str(home), "init", "--name", "Ada", "--role", "mentor",
                      "--kdf-strength", "interactive")
    assert created.returncode == 0, created.stderr
    assert ementor("--home", str(home), "whoami").returncode == 0  # a first ordinary use
    fill(small_disk)
    before = {p.name: p.read_bytes() for p in home.iterdir() if p.is_file()}

    for command in (["whoami"], ["whoami", "--json"], ["contacts"]):
        result = ementor("--home", str(home), *command)
        assert result.returncode == 0, (command, result.stderr)
        assert "Traceback" not in result.stderr
    target = tmp_path / "elsewhere.backup"  # another, healthy disk
    result = ementor("--home", str(home), "backup", str(target))
    assert result.returncode == 0, result.stderr
    assert {p.name: p.read_bytes() for p in home.iterdir() if p.is_file()} == before

    restored = tmp_path / "restored"
    result = ementor("--home", str(restored), "restore", str(target))
    assert result.returncode == 0, result.stderr
    assert ementor("--home", str(restored), "whoami").returncode == 0


def test_failed_init_and_restore_leave_no_lock(small_disk: Path, tmp_path: Path) -> None:
    source = tmp_path / "source"
    assert ementor("--home", str(source), "init", "--name", "Ada", "--role", "mentor",
                   "--kdf-strength", "interactive").returncode == 0
    backup = tmp_path / "b.backup"
    assert ementor("--home", str(source), "backup", str(backup)).returncode == 0
    fill(small_disk)

    for name, command in (("init", ["init", "--name", "Bob", "--role", "mentee",
                                    "--kdf-strength", "interactive"]),
                          ("restore", ["restore", str(backup)])):
        home = small_disk / name
        result = ementor("--home", str(home), *command)
        one_line(result, DiskFull.exit_code)
        leftovers = sorted(p.name for p in home.iterdir()) if home.exists() else []
        assert not any(n.startswith(("vault.", ".vault", ".restore")) for n in leftovers), leftovers
