"""Hypothesis fuzz of damaged vault.key, vault.db and backup files through the real CLI.

Every refusal is one line on stderr with a documented exit code (never the "internal error" 70,
never a traceback), and the vault's files are byte-identical afterwards. The inputs reach past the
first check: key files are edited as JSON (with and without a recomputed checksum, which is what
an attacker does), databases are damaged page by page, backups keep their magic and frame
lengths while their header or frames change.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ementor_desktop import cli
from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain.account import after_open, create_account
from ementor_desktop.domain.models import Role
from ementor_desktop.errors import (
    BackupError,
    DiskFull,
    EmentorError,
    UsageError,
    VaultDamaged,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from ementor_desktop.home import Home
from ementor_desktop.store import backup as backups
from ementor_desktop.store import keyfile as keyfiles
from tests.conftest import PASSPHRASE, snapshot
from tests.integration.test_vault import MemoryKeyring

REFUSALS = {e.exit_code for e in (EmentorError, UsageError, WrongPassphrase, VaultInUse,
                                  VaultNotFound, VaultTooNew, VaultDamaged, DiskFull,
                                  BackupError)}
PAGE = 4096
FUZZ = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def memory_ring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory,
         memory_ring: MemoryKeyring) -> tuple[Path, Path]:
    """One vault with a few notes, remembered on this device, and a backup of it."""
    root = tmp_path_factory.mktemp("fuzz-base")
    home = Home(root / "home")
    with create_account(home, PASSPHRASE, name="Ada", role=Role.MENTOR,
                        strength=KdfStrength.INTERACTIVE) as vault:
        for i in range(200):
            vault.db.execute("INSERT INTO notes(id, body, created_at, updated_at) "
                             "VALUES (?, ?, 1, 1)", (f"n{i}", "note " * 40))
        vault.set_remembered(True)
        after_open(vault)  # as every front end does on opening: the settings get their version
        backups.create_backup(vault, root / "vault.backup", PASSPHRASE)
    return home.root, root / "vault.backup"


def run(*args: str, remembered: bool, ring: MemoryKeyring) -> tuple[int, str]:
    err = io.StringIO()
    saved = dict(ring.items)
    if not remembered:
        ring.items.clear()
    os.environ["EMENTOR_PASSPHRASE"] = PASSPHRASE
    try:
        with contextlib.redirect_stderr(err):
            code = cli.main(list(args), stdout=io.StringIO())
    finally:
        os.environ.pop("EMENTOR_PASSPHRASE", None)
        ring.items.clear()
        ring.items.update(saved)
    return code, err.getvalue()


def check_refusal(code: int, err: str, before: dict[str, bytes], root: Path) -> None:
    assert code != 70 and "Traceback" not in err, err
    if code == 0:
        return  # the damage was somewhere this command never reads
    assert code in REFUSALS, (code, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ementor: "), err
    after = snapshot(root)
    assert after.keys() == before.keys()
    changed = [name for name in after if after[name] != before[name]]
    assert changed == [], (changed, err)


@contextlib.contextmanager
def copy_of(home: Path) -> Iterator[Path]:
    work = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        shutil.copytree(home, work / "home")
        yield work / "home"
    finally:
        shutil.rmtree(work, ignore_errors=True)


# -- vault.key ---------------------------------------------------------------------------------
ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
    st.sampled_from([0, 1, 2, 3, 4, 5, 8192, 64 * 1024**2, 1024**3, 2**32, 2**63]),
    st.floats(allow_nan=True), st.text(max_size=40), st.binary(max_size=40).map(bytes.hex),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                         max_size=2),
)
PATHS = [("format",), ("version",), ("vault_id",), ("mac",), ("checksum",), ("slots",),
         ("slots", "passphrase"), ("slots", "device"), ("slots", "passphrase", "kdf"),
         ("slots", "passphrase", "opslimit"), ("slots", "passphrase", "memlimit"),
         ("slots", "passphrase", "salt"), ("slots", "passphrase", "wrapped"),
         ("slots", "device", "wrapped"), ("extra",), ("slots", "passphrase", "extra")]


@st.composite
def damaged_key_files(draw: st.DrawFn, original: bytes) -> bytes:
    kind = draw(st.sampled_from(["flip", "truncate", "field", "field+checksum", "bytes",
                                 "delete+checksum"]))
    if kind == "flip":
        data = bytearray(original)
        for _ in range(draw(st.integers(1, 4))):
            data[draw(st.integers(0, len(data) - 1))] ^= 1 << draw(st.integers(0, 7))
        return bytes(data)
    if kind == "truncate":
        return original[:draw(st.integers(0, len(original) - 1))]
    if kind == "bytes":
        return draw(st.binary(max_size=2048))
    doc = json.loads(original)
    path = draw(st.sampled_from(PATHS))
    target = doc
    for part in path[:-1]:
        target = target.setdefault(part, {}) if isinstance(target, dict) else target
    if isinstance(target, dict):
        if kind == "delete+checksum":
            target.pop(path[-1], None)
        else:
            target[path[-1]] = draw(ODD_VALUES)
    if kind != "field":
        body = {k: v for k, v in doc.items() if k != "checksum"}
        with contextlib.suppress(ValueError, TypeError):
            doc["checksum"] = keyfiles._checksum(body)
    return json.dumps(doc).encode()


@FUZZ
@given(data=st.data(), remembered=st.booleans())
def test_damaged_key_file(base: tuple[Path, Path], memory_ring: MemoryKeyring,
                          data: st.DataObject, remembered: bool) -> None:
    home, _ = base
    with copy_of(home) as work:
        original = (work / "vault.key").read_bytes()
        damaged = data.draw(damaged_key_files(original))
        (work / "vault.key").write_bytes(damaged)
        before = snapshot(work)
        code, err = run("--home", str(work), "whoami", remembered=remembered, ring=memory_ring)
        check_refusal(code, err, before, work)
        if damaged != original:
            assert code != 0 or json.loads(damaged) == json.loads(original), err


# -- vault.db ----------------------------------------------------------------------------------
@st.composite
def damaged_databases(draw: st.DrawFn, original: bytes) -> bytes:
    pages = len(original) // PAGE
    kind = draw(st.sampled_from(["flip", "flip-page-1", "truncate", "zero-page", "swap-pages",
                                 "append", "empty"]))
    data = bytearray(original)
    if kind == "flip":
        for _ in range(draw(st.integers(1, 3))):
            data[draw(st.integers(0, len(data) - 1))] ^= 1 << draw(st.integers(0, 7))
    elif kind == "flip-page-1":
        data[draw(st.integers(0, PAGE - 1))] ^= 1 << draw(st.integers(0, 7))
    elif kind == "truncate":
        return original[:draw(st.integers(0, len(original) - 1))]
    elif kind == "zero-page":
        page = draw(st.integers(0, pages - 1))
        data[page * PAGE:(page + 1) * PAGE] = bytes(PAGE)
    elif kind == "swap-pages":
        a, b = draw(st.integers(0, pages - 1)), draw(st.integers(0, pages - 1))
        pa, pb = bytes(data[a * PAGE:(a + 1) * PAGE]), bytes(data[b * PAGE:(b + 1) * PAGE])
        data[a * PAGE:(a + 1) * PAGE], data[b * PAGE:(b + 1) * PAGE] = pb, pa
    elif kind == "append":
        data += draw(st.binary(min_size=1, max_size=PAGE))
    else:
        return b""
    return bytes(data)


@FUZZ
@given(data=st.data(), command=st.sampled_from([["whoami"], ["contacts"], ["whoami", "--json"]]))
def test_damaged_database(base: tuple[Path, Path], memory_ring: MemoryKeyring,
                          data: st.DataObject, command: list[str]) -> None:
    home, _ = base
    with copy_of(home) as work:
        original = (work / "vault.db").read_bytes()
        (work / "vault.db").write_bytes(data.draw(damaged_databases(original)))
        before = snapshot(work)
        code, err = run("--home", str(work), *command, remembered=True, ring=memory_ring)
        check_refusal(code, err, before, work)


# -- backup files ------------------------------------------------------------------------------
def split_backup(raw: bytes) -> tuple[bytes, dict[str, object], bytes]:
    (length,) = struct.unpack(">I", raw[16:20])
    return raw[:16], json.loads(raw[20:20 + length]), raw[20 + length:]


def join_backup(magic: bytes, header: dict[str, object], rest: bytes) -> bytes:
    encoded = json.dumps(header, sort_keys=True).encode()
    return magic + struct.pack(">I", len(encoded)) + encoded + rest


HEADER_VALUES = st.one_of(
    st.none(), st.booleans(), st.sampled_from([0, -1, 1, 8192, 2**31, 2**70, "3", 3.5, 1e400]),
    st.text(max_size=20), st.lists(st.integers(), max_size=2),
)


@st.composite
def damaged_backups(draw: st.DrawFn, original: bytes) -> bytes:
    magic, header, rest = split_backup(original)
    kind = draw(st.sampled_from(["flip-header", "flip-frames", "truncate", "append", "field",
                                 "drop-field", "magic", "length", "frames-swapped"]))
    if kind == "flip-header":
        data = bytearray(original)
        data[draw(st.integers(0, len(original) - len(rest) - 1))] ^= 1 << draw(st.integers(0, 7))
        return bytes(data)
    if kind == "flip-frames":
        data = bytearray(original)
        data[draw(st.integers(len(original) - len(rest), len(original) - 1))] ^= (
            1 << draw(st.integers(0, 7)))
        return bytes(data)
    if kind == "truncate":
        return original[:draw(st.integers(0, len(original) - 1))]
    if kind == "append":
        return original + draw(st.binary(min_size=1, max_size=64))
    if kind == "magic":
        return draw(st.binary(min_size=16, max_size=16)) + original[16:]
    if kind == "length":
        return original[:16] + struct.pack(">I", draw(st.integers(0, 2**32 - 1))) + original[20:]
    if kind == "frames-swapped":
        (first,) = struct.unpack(">I", rest[:4])
        one, two = rest[:4 + first], rest[4 + first:]
        return magic + original[16:len(original) - len(rest)] + two + one
    key = draw(st.sampled_from(sorted(header)))
    if kind == "drop-field":
        header.pop(key)
    else:
        header[key] = draw(HEADER_VALUES)
    return join_backup(magic, header, rest)


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_backup(base: tuple[Path, Path], memory_ring: MemoryKeyring,
                        data: st.DataObject) -> None:
    _, backup = base
    damaged = data.draw(damaged_backups(backup.read_bytes()))
    work = Path(tempfile.mkdtemp(prefix="fuzz-restore-"))
    try:
        source = work / "damaged.backup"
        source.write_bytes(damaged)
        target = work / "home"
        code, err = run("--home", str(target), "restore", str(source), remembered=False,
                        ring=memory_ring)
        assert code != 70 and "Traceback" not in err, err
        if damaged == backup.read_bytes():
            return
        assert code in REFUSALS - {0}, (code, err)
        assert len(err.strip().splitlines()) == 1, err
        assert source.read_bytes() == damaged
        present = list(target.iterdir()) if target.exists() else []
        leftovers = [p.name for p in present if p.name != "logs"]
        assert leftovers == [], leftovers  # no vault, no lock, no temporary file
    finally:
        shutil.rmtree(work, ignore_errors=True)
