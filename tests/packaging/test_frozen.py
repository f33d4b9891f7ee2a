"""The frozen app (PyInstaller one-folder build, `make package`) works on its own: it prints its
version, creates and opens a vault, exchanges a message with a second frozen participant through
a local relay, and opens its window (offscreen) and closes cleanly.

The binary is $EMENTOR_FROZEN, else dist/ementor/ementor. `.ci/run` builds it first and sets
EMENTOR_REQUIRE_FROZEN=1, so a missing build fails CI instead of skipping."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from ementor_desktop import __version__
from tests.conftest import PASSPHRASE
from tests.packaging.conftest import open_and_quit

ROOT = Path(__file__).resolve().parents[2]
FROZEN = Path(os.environ.get("EMENTOR_FROZEN") or ROOT / "dist" / "ementor" / "ementor")

if not FROZEN.is_file():
    if os.environ.get("EMENTOR_REQUIRE_FROZEN") == "1":
        raise RuntimeError(f"the frozen app is missing at {FROZEN}: run `make package` first")
    pytest.skip(f"no frozen build at {FROZEN} (`make package` makes it)", allow_module_level=True)


def _env(home: Path | None = None) -> dict[str, str]:
    # Only what a person's session would have: nothing from the development venv leaks in.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "EMENTOR_"))}
    env.update(EMENTOR_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    return env


def frozen(home: Path, *args: str) -> str:
    result = subprocess.run([str(FROZEN), "--home", str(home), *args], env=_env(),
                            capture_output=True, text=True, timeout=180, cwd=home.parent)
    assert result.returncode == 0, (args, result.stderr)
    return result.stdout


def as_json(home: Path, *args: str) -> Any:
    return json.loads(frozen(home, *args, "--json"))


def test_the_frozen_app_prints_its_version() -> None:
    result = subprocess.run([str(FROZEN), "--version"], env=_env(), capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == f"ementor {__version__}"


def test_two_frozen_participants_exchange_a_message(tmp_path: Path, relay_url: str) -> None:
    ada, ben = tmp_path / "ada", tmp_path / "ben"
    frozen(ada, "init", "--name", "Ada Mentor", "--role", "mentor", "--kdf-strength",
           "interactive")
    frozen(ben, "init", "--name", "Ben Mentee", "--role", "mentee", "--kdf-strength",
           "interactive")
    assert "Ada Mentor" in frozen(ada, "whoami")  # the vault opens again
    code = frozen(ada, "invite", "--relay", relay_url).strip().splitlines()[-1]
    assert "Added Ada Mentor" in frozen(ben, "accept", code)
    for home in (ben, ada, ben, ada):
        frozen(home, "sync")
    frozen(ben, "send", "Ada", "Hello from the frozen app")
    frozen(ben, "sync")
    frozen(ada, "sync")
    messages = as_json(ada, "messages", "Ben")
    assert [(m["direction"], m["text"]) for m in messages] == [
        ("in", "Hello from the frozen app")]


def test_the_frozen_app_opens_its_window_and_quits_cleanly(tmp_path: Path) -> None:
    """No command: the app. On a home with a vault it shows the unlock window (the log says so);
    Ctrl+C (SIGINT) closes it cleanly, exit code 0, nothing on stderr."""
    home = tmp_path / "ada"
    frozen(home, "init", "--name", "Ada Mentor", "--role", "mentor", "--kdf-strength",
           "interactive")
    err = open_and_quit([str(FROZEN), "--home", str(home)], home, "unlock", _env(),
                        tmp_path)
    assert "Traceback" not in err


@pytest.mark.timeout(1200)
def test_the_debian_package_holds_the_app_its_launcher_and_metadata() -> None:
    """packaging/linux/build-deb.sh wraps the frozen build: the app under /opt, `ementor` on
    the PATH, the .desktop file naming an icon that is in the package, the AppStream metadata
    naming that .desktop file, and the libraries Qt needs as dependencies."""
    if sys.platform != "linux":
        pytest.skip("the Debian package is built on Linux")
    if shutil.which("dpkg-deb") is None:
        raise RuntimeError("dpkg-deb is missing: the Debian package cannot be built")
    dist = FROZEN.parents[1]
    built = [d for d in dist.glob(f"ementor-desktop_{__version__}_*.deb")
             if d.stat().st_mtime >= FROZEN.stat().st_mtime]  # by `make package`, after freezing
    if built:
        deb = built[0]
    else:
        result = subprocess.run(["bash", str(ROOT / "packaging" / "linux" / "build-deb.sh"),
                                 str(dist)], capture_output=True, text=True, timeout=900,
                                env={**os.environ, "PYTHON": sys.executable}, cwd=ROOT)
        assert result.returncode == 0, result.stderr
        deb = Path(result.stdout.strip().splitlines()[-1])
        deb = deb if deb.is_absolute() else ROOT / deb
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    names = {line.split()[5].removeprefix(".") for line in listing.splitlines()}
    for path in ("/opt/ementor-desktop/ementor", "/usr/bin/ementor",
                 "/usr/share/applications/org.ementor.desktop.desktop",
                 "/usr/share/metainfo/org.ementor.desktop.metainfo.xml",
                 "/usr/share/icons/hicolor/256x256/apps/org.ementor.desktop.png",
                 "/usr/share/icons/hicolor/scalable/apps/org.ementor.desktop.svg"):
        assert path in names, path
    assert "-> /opt/ementor-desktop/ementor" in listing  # the launcher is a link to the app
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"],
                            capture_output=True, text=True, check=True).stdout
    assert "Package: ementor-desktop" in fields and f"Version: {__version__}" in fields
    assert "libxcb-cursor0" in fields and "libegl1" in fields
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        desktop = (Path(tmp) / "usr/share/applications/org.ementor.desktop.desktop").read_text()
        assert "Exec=ementor" in desktop and "Icon=org.ementor.desktop" in desktop
        meta = ElementTree.parse(Path(tmp) / "usr/share/metainfo/org.ementor.desktop.metainfo.xml")
        assert meta.findtext("launchable") == "org.ementor.desktop.desktop"
        assert meta.findtext("id") == "org.ementor.desktop"
        png = (Path(tmp) / "usr/share/icons/hicolor/256x256/apps/org.ementor.desktop.png")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
