"""The identity vectors published in docs/protocol.md Part 2 §1, and the invite code format."""

from __future__ import annotations

import pytest

from ementor_desktop.crypto.identity import Identity, PublicIdentity, fingerprint
from ementor_desktop.domain.contacts import (
    InviteCode,
    conversation_id_for,
    safety_number_for,
    safety_qr_payload,
)
from ementor_desktop.errors import UsageError

A = PublicIdentity(bytes(range(32)), bytes(range(32, 64)))
B = PublicIdentity(bytes(range(64, 96)), bytes(range(96, 128)))


def test_fingerprint_vector() -> None:
    expected = "6E83 947C F105 A49E 0361 755E 3BBC 17D3 A6C1 BDAD"
    assert fingerprint(A.signing_key, A.box_key) == expected


def test_safety_number_vector_and_symmetry() -> None:
    number = safety_number_for(A, B.signing_key, B.box_key)
    assert number == ("30579 04003 40069 25711 79481 89131 "
                      "64026 60624 72143 54016 92616 33954")
    assert safety_number_for(B, A.signing_key, A.box_key) == number
    assert safety_qr_payload(number) == "ementor-safety-1:" + number.replace(" ", "")
    changed = PublicIdentity(B.signing_key, bytes(32))
    assert safety_number_for(A, changed.signing_key, changed.box_key) != number


def test_conversation_id_vector_and_symmetry() -> None:
    assert conversation_id_for(A.signing_key, B.signing_key) == "8354c97f7e8226addc87e6dbf542a963"
    assert conversation_id_for(B.signing_key, A.signing_key) == "8354c97f7e8226addc87e6dbf542a963"


REAL = Identity.generate().public  # invite codes must carry usable keys (the vectors' are not)


def _code() -> InviteCode:
    return InviteCode(relay_url="https://relay.example.org", send_id="A" * 43,
                      signing_key=REAL.signing_key, box_key=REAL.box_key, invite_id="0" * 32,
                      secret=bytes(range(32)), expires_at=1_900_000_000, name="Ada Lovelace")


def test_invite_code_round_trip() -> None:
    code = _code()
    text = code.encode()
    assert text.startswith("ementor-invite-1:")
    assert "\n" not in text
    assert InviteCode.parse(text) == code
    assert InviteCode.parse(f"  {text[:30]}\n{text[30:]}  ") == code


@pytest.mark.parametrize("damage", [
    lambda t: t[:-1],
    lambda t: t.replace("ementor-invite-1:", "ementor-invite-2:"),
    lambda t: t[:40] + ("A" if t[40] != "A" else "B") + t[41:],
    lambda t: t.split(".")[0],
    lambda t: "",
])
def test_damaged_invite_codes_are_refused_plainly(damage) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError, match="not a valid eMentor invite code"):
        InviteCode.parse(damage(_code().encode()))
