"""The key file: damage is told apart from a wrong passphrase; newer formats are refused."""

from __future__ import annotations

import json

import pytest

from ementor_desktop.crypto import keywrap
from ementor_desktop.errors import VaultDamaged, VaultTooNew, WrongPassphrase
from ementor_desktop.store import keyfile
from ementor_desktop.store.keyfile import KeyFile

# The cheapest parameters the app accepts (its INTERACTIVE strength).
PARAMS = keywrap.KdfParams(opslimit=keywrap.OPSLIMIT_RANGE[0], memlimit=keywrap.MEMLIMIT_RANGE[0],
                           salt=b"\x07" * 16)


@pytest.fixture
def key_file() -> tuple[KeyFile, bytes]:
    db_key = keywrap.new_key()
    return KeyFile.create(db_key, "the passphrase", PARAMS), db_key


def raw(kf: KeyFile) -> bytes:
    return json.dumps(kf.to_json()).encode()


def test_round_trip_and_unlock(key_file: tuple[KeyFile, bytes]) -> None:
    kf, db_key = key_file
    parsed = KeyFile.parse(raw(kf))
    assert parsed == kf
    assert parsed.unlock("the passphrase") == db_key


def test_wrong_passphrase(key_file: tuple[KeyFile, bytes]) -> None:
    kf, _ = key_file
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        kf.unlock("not the passphrase")


def test_new_passphrase_rewraps_same_key(key_file: tuple[KeyFile, bytes]) -> None:
    kf, db_key = key_file
    changed = kf.with_passphrase(db_key, "another passphrase")
    assert changed.unlock("another passphrase") == db_key
    assert changed.passphrase.params.salt != kf.passphrase.params.salt
    with pytest.raises(WrongPassphrase):
        changed.unlock("the passphrase")


@pytest.mark.parametrize("mutate", [
    lambda d: d.pop("checksum"),
    lambda d: d.__setitem__("vault_id", "0" * 32),
    lambda d: d["slots"]["passphrase"].__setitem__("opslimit", 3),
    lambda d: d["slots"]["passphrase"].__setitem__("salt", "AAAA"),
    lambda d: d["slots"].pop("passphrase"),
    lambda d: d.__setitem__("format", "something-else"),
])
def test_damaged_fields_are_reported_as_damage(key_file: tuple[KeyFile, bytes], mutate) -> None:  # type: ignore[no-untyped-def]
    kf, _ = key_file
    doc = kf.to_json()
    mutate(doc)
    with pytest.raises(VaultDamaged, match="damaged"):
        KeyFile.parse(json.dumps(doc).encode())


@pytest.mark.parametrize("data", [b"", b"{", b"\xff\xfe", b"[]", b"null", b'{"format": 1}'])
def test_garbage_is_damage(data: bytes) -> None:
    with pytest.raises(VaultDamaged):
        KeyFile.parse(data)


def test_every_truncation_is_damage(key_file: tuple[KeyFile, bytes]) -> None:
    data = raw(key_file[0])
    for cut in range(0, len(data) - 1, 7):
        with pytest.raises(VaultDamaged):
            KeyFile.parse(data[:cut])


def test_newer_version_is_refused_not_damaged(key_file: tuple[KeyFile, bytes]) -> None:
    doc = key_file[0].to_json()
    doc["version"] = keyfile.VERSION + 1
    with pytest.raises(VaultTooNew, match="newer version"):
        KeyFile.parse(json.dumps(doc).encode())


def test_device_slot(key_file: tuple[KeyFile, bytes]) -> None:
    kf, db_key = key_file
    device_key = keywrap.new_key()
    with_device = KeyFile.parse(raw(kf.with_device_key(db_key, device_key)))
    assert with_device.unlock_with_device_key(device_key) == db_key
    assert with_device.unlock_with_device_key(keywrap.new_key()) is None
    assert with_device.unlock_with_device_key(b"short") is None
    assert kf.unlock_with_device_key(device_key) is None
    assert with_device.with_device_key(db_key, None).device_wrapped is None
