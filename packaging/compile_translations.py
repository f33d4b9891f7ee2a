"""Compile the translations (resources/translations/ementor_<lang>.ts) to Qt's binary .qm files,
which the app loads by the system locale (ui/resources.install_translations).

The .qm files are build output, not in git: `make run`, `make test`, `make package` and the
wheel build run this first. Uses the `lrelease` that ships with PySide6 (Qt's own tool), so it
works the same on Windows, macOS and Linux. Prints one line per language; exits non-zero (with a
one-line reason) if a translation does not compile.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"


def lrelease() -> Path:
    import PySide6

    here = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/libexec/lrelease"):
        if (here / name).is_file():
            return here / name
    raise SystemExit("compile_translations: PySide6's lrelease was not found")


def compile_all(folder: Path = FOLDER) -> list[Path]:
    tool = lrelease()
    made = []
    for ts in sorted(folder.glob("ementor_*.ts")):
        if ts.stem == "ementor_template":
            continue
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            made.append(qm)
            continue
        result = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0 or not qm.is_file():
            reason = (result.stderr or result.stdout).strip().splitlines()
            raise SystemExit(f"compile_translations: {ts.name} does not compile: "
                             f"{reason[-1] if reason else 'no reason given'}")
        made.append(qm)
    return made


if __name__ == "__main__":
    for path in compile_all():
        print(path.relative_to(ROOT))
    sys.exit(0)
