"""Test-wide fixtures: every test gets its own home folder and a private temp folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may read or write the developer's real home, keyring or temp folder."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    for name in ("EMENTOR_HOME", "EMENTOR_PASSPHRASE", "EMENTOR_NEW_PASSPHRASE",
                 "EMENTOR_BACKUP_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def home_dir(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    return path


def pytest_report_header() -> str:
    return f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '(unset)')}"


PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def home(home_dir: Path):  # type: ignore[no-untyped-def]
    from ementor_desktop.home import Home

    return Home(home_dir)


@pytest.fixture
def vault(home):  # type: ignore[no-untyped-def]
    """A fresh real vault (SQLCipher file) with a profile, opened; closed after the test."""
    from ementor_desktop.crypto.keywrap import KdfStrength
    from ementor_desktop.domain.account import create_account
    from ementor_desktop.domain.models import Role

    v = create_account(home, PASSPHRASE, name="Test Mentor", role=Role.MENTOR,
                       strength=KdfStrength.INTERACTIVE)
    yield v
    with contextlib.suppress(Exception):  # the test may have closed it already
        v.close()


def snapshot(root: Path) -> dict[str, bytes]:
    """Bytes of every file under root (to prove a failed operation changed nothing)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != "vault.lock" and "logs" not in p.parts}


@pytest.fixture(autouse=True)
def _detach_log_handlers() -> Iterator[None]:
    """Commands attach a file handler in the home they open; detach it after each test."""
    import logging

    yield
    root = logging.getLogger("ementor")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
