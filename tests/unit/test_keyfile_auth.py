"""vault.key format 2: the MAC under a key derived from the database key, strict parsing, and
format 1 (no MAC) still read."""

from __future__ import annotations

import json

import pytest

from ementor_desktop.crypto import keywrap
from ementor_desktop.errors import VaultDamaged
from ementor_desktop.store import keyfile
from ementor_desktop.store.keyfile import KeyFile

PARAMS = keywrap.KdfParams(keywrap.OPSLIMIT_RANGE[0], keywrap.MEMLIMIT_RANGE[0], b"\x05" * 16)


@pytest.fixture(scope="module")
def sealed() -> tuple[KeyFile, bytes]:
    db_key = keywrap.new_key()
    return KeyFile.create(db_key, "pass phrase", PARAMS).with_device_key(db_key,
                                                                         keywrap.new_key()), db_key


def reparse(doc: dict) -> KeyFile:  # type: ignore[type-arg]
    body = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = keyfile._checksum(body)
    return KeyFile.parse(json.dumps(doc).encode())


def test_written_files_are_format_2_and_verify(sealed: tuple[KeyFile, bytes]) -> None:
    kf, db_key = sealed
    doc = kf.to_json()
    assert doc["version"] == 2 and len(doc["mac"]) == 64
    parsed = KeyFile.parse(json.dumps(doc).encode())
    assert parsed == kf and parsed.authenticated
    parsed.verify(db_key)
    with pytest.raises(VaultDamaged, match="changed by something other"):
        parsed.verify(keywrap.new_key())


@pytest.mark.parametrize("change", [
    lambda d: d["slots"]["passphrase"].update(opslimit=3),
    lambda d: d["slots"]["passphrase"].update(memlimit=2 * keywrap.MEMLIMIT_RANGE[0]),
    lambda d: d["slots"].pop("device"),
    lambda d: d["slots"]["passphrase"].update(salt="BgYGBgYGBgYGBgYGBgYGBg=="),
    lambda d: d.update(vault_id="0" * 32),
])
def test_any_change_with_a_recomputed_checksum_fails_the_mac(sealed: tuple[KeyFile, bytes],
                                                             change) -> None:  # type: ignore[no-untyped-def]
    kf, db_key = sealed
    doc = kf.to_json()
    change(doc)
    with pytest.raises(VaultDamaged):
        reparse(doc).verify(db_key)


@pytest.mark.parametrize("change", [
    lambda d: d.update(extra=1),
    lambda d: d["slots"]["passphrase"].update(extra=1),
    lambda d: d["slots"].update(third={"wrapped": ""}),
    lambda d: d["slots"]["passphrase"].update(opslimit="2"),
    lambda d: d["slots"]["passphrase"].update(opslimit=True),
    lambda d: d["slots"]["passphrase"].update(memlimit=1e400),
    lambda d: d["slots"]["passphrase"].update(wrapped="AAAA"),
    lambda d: d.update(mac="zz" * 32),
    lambda d: d.update(mac=1),
    lambda d: d.update(vault_id="G" * 32),
])
def test_format_2_is_parsed_strictly(sealed: tuple[KeyFile, bytes], change) -> None:  # type: ignore[no-untyped-def]
    doc = sealed[0].to_json()
    change(doc)
    with pytest.raises(VaultDamaged):
        reparse(doc)


def test_format_1_is_read_and_never_written(sealed: tuple[KeyFile, bytes], tmp_path) -> None:  # type: ignore[no-untyped-def]
    kf, db_key = sealed
    doc = kf.to_json()
    doc.pop("mac")
    doc["version"] = 1
    legacy = reparse(doc)
    assert not legacy.authenticated
    legacy.verify(db_key)  # nothing to check: the vault decides (see store.vault)
    assert legacy.unlock("pass phrase") == db_key
    with pytest.raises(ValueError, match="sealed"):
        legacy.save(tmp_path / "vault.key")
    upgraded = legacy.sealed(db_key)
    upgraded.verify(db_key)
    assert upgraded.to_json()["version"] == 2


def test_format_1_below_the_floor_is_damage(sealed: tuple[KeyFile, bytes]) -> None:
    doc = sealed[0].to_json()
    doc.pop("mac")
    doc["version"] = 1
    doc["slots"]["passphrase"].update(opslimit=1, memlimit=8192)
    with pytest.raises(VaultDamaged):
        reparse(doc)


def test_huge_input_is_damage_without_parsing() -> None:
    with pytest.raises(VaultDamaged):
        KeyFile.parse(b"[" * (keyfile.MAX_SIZE + 1))
    with pytest.raises(VaultDamaged):
        KeyFile.parse(b"[" * 100_000)
    with pytest.raises(VaultDamaged):
        KeyFile.parse(b"[" * 5000 + b"]" * 5000)
