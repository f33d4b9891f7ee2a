"""Dependencies run one way: the import contracts in pyproject.toml hold, and they bite.

The core (crypto, store, sync, domain, matching, protocol) must never import Qt: checked here by
hand as well (by reading the source and by importing it), besides the `core-no-qt` contract.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "ementor_desktop"
CORE = ["crypto", "store", "sync", "domain", "matching", "protocol"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


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


def _lint_imports(src: Path, *contracts: str) -> subprocess.CompletedProcess[str]:
    """Run import-linter over the `ementor_desktop` found in `src`, with our pyproject.toml."""
    assert LINT_IMPORTS.exists(), "lint-imports is missing: pip install -e '.[dev]'"
    selected = [arg for contract in contracts for arg in ("--contract", contract)]
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", *selected, str(REPO / "pyproject.toml")],
        cwd=src, env={**os.environ, "PYTHONPATH": str(src)}, capture_output=True, text=True,
        timeout=120, check=False)


def test_the_import_contracts_are_kept() -> None:
    """What `make lint` checks, here too so that `make test` (and CI) enforce it."""
    out = _lint_imports(REPO / "src")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout


# One wrong import per contract, added to a copy of the package: each must break its contract.
WRONG_IMPORTS = [
    ("layers", "store/vault.py", "import ementor_desktop.ui"),
    ("layers", "store/repos/contacts.py", "from ementor_desktop.domain import models"),
    ("layers", "protocol/content.py", "import ementor_desktop.crypto.keys"),
    ("layers", "sync/engine.py", "import ementor_desktop.domain.inbox"),
    ("leaves", "records.py", "import ementor_desktop.store.db"),
    ("matching", "matching/scoring.py", "import ementor_desktop.store.vault"),
    ("relay", "relay/app.py", "import ementor_desktop.crypto.envelope"),
    ("relay", "relay/storage/sqlite.py", "import ementor_desktop.crypto.mailbox_auth"),
    ("mailbox-auth-leaf", "crypto/mailbox_auth.py", "import ementor_desktop.crypto.keys"),
    ("app-not-relay", "sync/relay_client.py", "import ementor_desktop.relay.limits"),
    ("core-no-qt", "domain/account.py", "import PySide6.QtCore"),
    ("pynacl-in-crypto", "sync/engine.py", "from nacl.signing import SigningKey"),
    ("pynacl-in-crypto", "protocol/relay_v1.py", "import nacl.signing"),
    ("pynacl-in-crypto", "ui/app.py", "import nacl.utils"),
]


@pytest.mark.parametrize(("contract", "module", "line"), WRONG_IMPORTS,
                         ids=[f"{c}:{m}" for c, m, _ in WRONG_IMPORTS])
def test_a_wrong_import_breaks_its_contract(tmp_path: Path, contract: str, module: str,
                                             line: str) -> None:
    copy = tmp_path / "src"
    shutil.copytree(SRC, copy / "ementor_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    assert _lint_imports(copy, contract).returncode == 0  # the copy is sound before the edit
    target = copy / "ementor_desktop" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n",
                      encoding="utf-8")
    out = _lint_imports(copy, contract)
    assert out.returncode != 0, f"{module}: {line!r} did not break {contract}"
    assert "BROKEN" in out.stdout, out.stdout + out.stderr
