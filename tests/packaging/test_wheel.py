"""The built wheel carries what the app needs at run time: installed into a fresh venv (with no
source tree on its path), it finds its icons, themes and translations inside the installed
package, its `ementor` command prints its version, and the app opens its first window
(offscreen) and closes cleanly.

Dependencies are not downloaded again: the fresh venv sees the development venv's packages
through a .pth line (a plain path line: the editable install's own .pth there is not run)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from ementor_desktop import __version__
from tests.packaging.conftest import open_and_quit

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "EMENTOR_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _source_copy(target: Path) -> Path:
    """What a source distribution holds, copied: no build/ left over from an earlier build."""
    target.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, target / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    for name in ("src", "resources"):
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    return target


def test_the_wheel_installed_in_a_fresh_venv_runs_with_its_resources(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    source = _source_copy(tmp_path / "source")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "--wheel-dir", str(wheels), str(source)],
                   check=True, cwd=tmp_path, timeout=600, env=_env())
    (wheel,) = wheels.glob("ementor_desktop-*.whl")
    fresh = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=False).create(fresh)
    python = fresh / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip())
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
                    "--no-deps", "--no-index", str(wheel)], check=True, timeout=300,
                   env=_env())
    (purelib / "dev-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    where = subprocess.run(
        [str(python), "-c", "import ementor_desktop.ui.resources as r; print(r.resources_dir())"],
        capture_output=True, text=True, check=True, cwd=tmp_path, env=_env()).stdout.strip()
    resources = Path(where)
    assert resources == purelib / "ementor_desktop" / "resources"  # not the source tree's
    for part in ("icons/ementor.svg", "themes/light.qss", "themes/dark.qss",
                 "ementor-desktop.desktop"):
        assert (resources / part).is_file(), part
    assert not list(resources.rglob("*.ts"))  # translation sources stay in the source tree
    for qm in sorted((ROOT / "resources" / "translations").glob("ementor_*.qm")):
        assert (resources / "translations" / qm.name).is_file(), qm.name  # compiled ones ship

    ementor = fresh / ("Scripts/ementor.exe" if os.name == "nt" else "bin/ementor")
    version = subprocess.run([str(ementor), "--version"], capture_output=True, text=True,
                             check=True, cwd=tmp_path, env=_env())
    assert version.stdout.strip() == f"ementor {__version__}"

    home = tmp_path / "home"
    open_and_quit([str(ementor), "--home", str(home)], home, "onboarding", _env(), tmp_path)
