"""Invite codes come from someone who may be hostile: every field is read strictly."""

from __future__ import annotations

import hashlib
import json

import pytest

from ementor_desktop.crypto.identity import Identity
from ementor_desktop.domain.contacts import INVITE_PREFIX, InviteCode
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol.relay_v1 import b64url_encode

KEYS = Identity.generate().public


def code_from(doc: dict[str, object]) -> str:
    payload = json.dumps(doc, separators=(",", ":")).encode()
    return (f"{INVITE_PREFIX}{b64url_encode(payload)}."
            f"{hashlib.blake2b(payload, digest_size=4).hexdigest()}")


def good() -> dict[str, object]:
    return {"r": "https://relay.example.org", "s": "A" * 43, "k": b64url_encode(KEYS.signing_key),
            "b": b64url_encode(KEYS.box_key), "i": "0" * 32, "x": b64url_encode(bytes(32)),
            "e": 1_900_000_000, "n": "Ada", "c": ["text"]}


def test_a_well_formed_code_parses() -> None:
    assert InviteCode.parse(code_from(good())).caps == ("text",)


@pytest.mark.parametrize(("field", "value"), [
    ("e", "1900000000"), ("e", True), ("e", 1.9e9), ("n", 7), ("r", "http://a..b"),
    ("r", "http://relay.example.org"), ("k", b64url_encode(bytes(32))),
    ("b", b64url_encode(bytes(32))), ("x", b64url_encode(bytes(32)) + "="),
    ("i", "0" * 32 + "\n"), ("c", ["Text"]), ("c", "text"), ("k", b64url_encode(bytes(31))),
])
def test_a_field_out_of_shape_refuses_the_code(field: str, value: object) -> None:
    doc = good()
    doc[field] = value
    with pytest.raises(UsageError, match="not a valid eMentor invite code"):
        InviteCode.parse(code_from(doc))
