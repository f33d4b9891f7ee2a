"""Key wrapping and the passphrase KDF, one layer, no I/O."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ementor_desktop.crypto import keywrap
from ementor_desktop.crypto.identity import Identity, fingerprint

AD = b"ementor/test"


INTERACTIVE_OPS, INTERACTIVE_MEM = keywrap.OPSLIMIT_RANGE[0], keywrap.MEMLIMIT_RANGE[0]


def fast_params() -> keywrap.KdfParams:
    """The cheapest parameters the app accepts (its own INTERACTIVE strength)."""
    return keywrap.KdfParams(INTERACTIVE_OPS, INTERACTIVE_MEM, salt=b"\x01" * 16)


@given(secret=st.binary(min_size=0, max_size=64), ad=st.binary(max_size=64))
def test_wrap_round_trips(secret: bytes, ad: bytes) -> None:
    kek = keywrap.new_key()
    assert keywrap.unwrap(kek, keywrap.wrap(kek, secret, ad), ad) == secret


def test_wrapping_is_randomised() -> None:
    kek = keywrap.new_key()
    assert keywrap.wrap(kek, b"k" * 32, AD) != keywrap.wrap(kek, b"k" * 32, AD)


def test_wrong_key_wrong_ad_or_tampering_fail() -> None:
    kek, secret = keywrap.new_key(), keywrap.new_key()
    wrapped = keywrap.wrap(kek, secret, AD)
    with pytest.raises(keywrap.UnwrapError):
        keywrap.unwrap(keywrap.new_key(), wrapped, AD)
    with pytest.raises(keywrap.UnwrapError):
        keywrap.unwrap(kek, wrapped, AD + b"x")
    for i in range(len(wrapped)):
        tampered = bytearray(wrapped)
        tampered[i] ^= 0x01
        with pytest.raises(keywrap.UnwrapError):
            keywrap.unwrap(kek, bytes(tampered), AD)
    with pytest.raises(keywrap.UnwrapError):
        keywrap.unwrap(kek, wrapped[:20], AD)


def test_kdf_is_deterministic_and_salted() -> None:
    params = fast_params()
    assert keywrap.derive_kek("pass phrase", params) == keywrap.derive_kek("pass phrase", params)
    other = keywrap.KdfParams(INTERACTIVE_OPS, INTERACTIVE_MEM, b"\x02" * 16)
    assert keywrap.derive_kek("pass phrase", params) != keywrap.derive_kek("pass phrase", other)
    assert keywrap.derive_kek("pass phrase", params) != keywrap.derive_kek("pass phrasE", params)


def test_passphrase_is_unicode_normalised() -> None:
    params = fast_params()
    composed, decomposed = "caf\u00e9 au lait", "cafe\u0301 au lait"
    assert keywrap.derive_kek(composed, params) == keywrap.derive_kek(decomposed, params)


@pytest.mark.parametrize(("ops", "mem", "salt"), [
    (0, 8192, b"s" * 16), (17, 8192, b"s" * 16), (1, 1024, b"s" * 16),
    (1, 8 * 1024**3, b"s" * 16), (1, 8192, b"short"),
    # below the app's weakest strength (a KDF downgrade) or above its strongest (a stall)
    (1, 64 * 1024**2, b"s" * 16), (2, 8192, b"s" * 16), (2, 64 * 1024**2 - 1024, b"s" * 16),
    (5, 64 * 1024**2, b"s" * 16), (4, 1024**3 + 1024, b"s" * 16), (16, 4 * 1024**3, b"s" * 16),
])
def test_params_from_a_file_are_bounded(ops: int, mem: int, salt: bytes) -> None:
    with pytest.raises(ValueError):
        keywrap.derive_kek("x", keywrap.KdfParams(ops, mem, salt))


def test_bounds_are_the_apps_own_strength_table() -> None:
    import nacl.pwhash

    assert keywrap.OPSLIMIT_RANGE == (nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE,
                                      nacl.pwhash.argon2id.OPSLIMIT_SENSITIVE)
    assert keywrap.MEMLIMIT_RANGE == (nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE,
                                      nacl.pwhash.argon2id.MEMLIMIT_SENSITIVE)
    for strength in keywrap.KdfStrength:
        params = keywrap.KdfParams.new(strength)
        params.validate()
        assert params.strength() == strength
    assert keywrap.at_least(keywrap.KdfStrength.INTERACTIVE, keywrap.BACKUP_MINIMUM) == "moderate"
    assert keywrap.at_least(keywrap.KdfStrength.SENSITIVE, keywrap.BACKUP_MINIMUM) == "sensitive"


def test_key_file_mac_is_keyed_by_the_database_key() -> None:
    key, other = keywrap.new_key(), keywrap.new_key()
    mac = keywrap.key_file_mac(key, b"body")
    assert keywrap.key_file_mac_ok(key, b"body", mac)
    assert not keywrap.key_file_mac_ok(other, b"body", mac)
    assert not keywrap.key_file_mac_ok(key, b"bodY", mac)
    assert len(mac) == keywrap.MAC_BYTES


def test_default_strength_is_moderate() -> None:
    import nacl.pwhash

    params = keywrap.KdfParams.new()
    assert params.opslimit == nacl.pwhash.argon2id.OPSLIMIT_MODERATE
    assert params.memlimit == nacl.pwhash.argon2id.MEMLIMIT_MODERATE


@settings(max_examples=20)
@given(st.data())
def test_fingerprint_format_and_binding(data: st.DataObject) -> None:
    a, b = Identity.generate(), Identity.generate()
    fp = a.public.fingerprint()
    groups = fp.split(" ")
    assert len(groups) == 10
    assert all(len(g) == 4 and all(c in "0123456789ABCDEF" for c in g) for g in groups)
    assert fp != b.public.fingerprint()
    assert fp == fingerprint(a.public.signing_key, a.public.box_key)
    assert fp != fingerprint(a.public.box_key, a.public.signing_key)


def test_fingerprint_test_vector() -> None:
    """Pinned so a refactor can never silently change every user's fingerprint."""
    assert fingerprint(bytes(range(32)), bytes(range(32, 64))) == FINGERPRINT_VECTOR


def test_identity_repr_hides_secrets() -> None:
    identity = Identity.generate()
    assert identity.signing_seed.hex() not in repr(identity)
    assert "fingerprint" in repr(identity)


FINGERPRINT_VECTOR = "6E83 947C F105 A49E 0361 755E 3BBC 17D3 A6C1 BDAD"
