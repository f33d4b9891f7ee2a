"""The core (crypto, store, sync, domain, matching, protocol) must never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "ementor_desktop"
CORE = ["crypto", "store", "sync", "domain", "matching", "protocol"]


def _core_modules() -> list[Path]:
    return [p for pkg in CORE if (SRC / pkg).is_dir() for p in sorted((SRC / pkg).rglob("*.py"))]


def test_core_exists() -> None:
    assert len(_core_modules()) >= 5


@pytest.mark.parametrize("path", _core_modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_core_module_has_no_qt_import(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            assert not name.startswith(("PySide6", "PyQt", "shiboken")), (
                f"{path.relative_to(SRC)} imports {name}: the core must stay GUI-free"
            )


def test_importing_the_core_loads_no_qt() -> None:
    """Import every core package in a fresh interpreter and check Qt never got loaded."""
    packages = [f"ementor_desktop.{pkg}" for pkg in CORE if (SRC / pkg).is_dir()]
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {packages!r}:\n"
        "    pkg = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
