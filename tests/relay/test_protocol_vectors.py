"""docs/protocol.md's test vectors and the protocol module's strict input checks."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from ementor_desktop.protocol import relay_v1 as wire

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"


def _vectors() -> list[dict[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"<!-- vector -->\n```\n(.*?)```", text, re.DOTALL)
    vectors = []
    for block in blocks:
        fields = {}
        for line in block.splitlines():
            name, _, value = line.partition(":")
            fields[name] = value[1:] if value.startswith(" ") else value
        vectors.append(fields)
    return vectors


VECTORS = _vectors()
SIGNATURE_VECTORS = [v for v in VECTORS if "authorization" in v]


def test_the_document_has_vectors() -> None:
    assert len(SIGNATURE_VECTORS) >= 2
    assert any("id_sha256" in v for v in VECTORS)


@pytest.mark.parametrize("vector", SIGNATURE_VECTORS, ids=lambda v: v["method"])
def test_signature_vector(vector: dict[str, str]) -> None:
    key = SigningKey(bytes.fromhex(vector["seed"]))
    body = vector["body"].encode()
    assert wire.b64url_encode(bytes(key.verify_key)) == vector["auth_key"]
    assert hashlib.sha256(body).hexdigest() == vector["body_sha256"]
    message = wire.signing_message(vector["challenge"], vector["method"], vector["target"], body)
    assert message.hex() == vector["signing_message_hex"]
    header = wire.sign_owner_command(key, vector["challenge"], vector["method"], vector["target"],
                                     body)
    assert header == vector["authorization"]
    auth = wire.parse_authorization(header)
    assert wire.verify_owner_signature(bytes(key.verify_key), auth, vector["method"],
                                       vector["target"], body)
    assert not wire.verify_owner_signature(bytes(key.verify_key), auth, vector["method"],
                                           vector["target"], body + b" ")


def test_id_hash_vector() -> None:
    vector = next(v for v in VECTORS if "id_sha256" in v)
    assert wire.id_hash(vector["id"]).hex() == vector["id_sha256"]


def test_signing_message_starts_with_the_purpose_string() -> None:
    message = wire.signing_message("c", "get", "/t", b"")
    assert message.split(b"\n")[:3] == [b"ementor-relay/v1/owner-command", b"c", b"GET"]


@pytest.mark.parametrize("text", ["", "A", "AAAAA", "AA==", "AB", "A+/B", "AAA=", "Zg==",
                                  "é", "A A"])
def test_b64url_decode_is_strict(text: str) -> None:
    with pytest.raises(wire.ProtocolError):
        wire.b64url_decode(text, 3)


def test_b64url_round_trip() -> None:
    for n in range(40):
        raw = bytes(range(n))
        assert wire.b64url_decode(wire.b64url_encode(raw), n) == raw


@pytest.mark.parametrize("header", [
    None, "", "Bearer x", "Ementor-Sig-v1", "Ementor-Sig-v1 abc", "Ementor-Sig-v1 a.b",
    "Ementor-Sig-v1 " + "A" * 43 + ".", "Ementor-Sig-v1 " + "A" * 43 + "." + "A" * 85,
    "ementor-sig-v1 " + "A" * 43 + "." + "A" * 86,
])
def test_parse_authorization_refuses_malformed_headers(header: str | None) -> None:
    with pytest.raises(wire.ProtocolError):
        wire.parse_authorization(header)


def test_ids_are_random_and_well_formed() -> None:
    ids = {wire.new_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(len(wire.parse_id(i)) == 32 for i in ids)
    assert all(wire.is_message_id(wire.new_message_id()) for _ in range(10))
    assert not wire.is_message_id("A" * 21)
    assert not wire.is_message_id(5)


def test_the_documented_endpoints_are_the_served_ones() -> None:
    """docs/protocol.md's endpoint table and the app's OpenAPI document list the same routes."""
    from ementor_desktop.relay.app import create_app
    from ementor_desktop.relay.config import RelayConfig

    text = DOC.read_text(encoding="utf-8")
    documented = set()
    for method, path in re.findall(r"^\| `(GET|POST|PUT|DELETE) (/[^`?]*)(?:\?[^`]*)?`", text,
                                   re.MULTILINE):
        documented.add((method, path))
    spec = create_app(RelayConfig(db=":memory:")).openapi()
    served = {(m.upper(), p) for p, ops in spec["paths"].items() for m in ops}
    served.add(("GET", "/openapi.json"))
    assert documented == served
