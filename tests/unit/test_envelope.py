"""Envelope v1: round trips, strictness, fuzzing and the published test vectors."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.public import PrivateKey, SealedBox
from nacl.signing import SigningKey

from ementor_desktop.crypto import envelope as e

VECTORS = json.loads((Path(__file__).parents[1] / "data" / "envelope_vectors.json").read_text())
SENDER = SigningKey(bytes.fromhex(VECTORS["sender_signing_seed"]))
RECIPIENT = PrivateKey(bytes.fromhex(VECTORS["recipient_box_secret"]))
RECIPIENT_PK = bytes(RECIPIENT.public_key)


def content(kind: str = "text", seq: int = 1, body: dict | None = None) -> e.Content:  # type: ignore[type-arg]
    return e.Content("0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210",
                     seq, kind, 1_767_225_600_000, body if body is not None else {"text": "hi"})


def test_vectors_content_encoding_and_signature() -> None:
    for vector in VECTORS["vectors"]:
        data = bytes.fromhex(vector["content_hex"])
        parsed = e.parse_content(data)
        assert parsed.encode() == data  # canonical: sorted keys, no spaces, UTF-8
        signature = SENDER.sign(e.SIGN_CONTEXT + RECIPIENT_PK + data).signature
        assert signature.hex() == vector["signature_hex"]  # Ed25519 is deterministic


def test_vectors_blobs_open() -> None:
    for vector in VECTORS["vectors"]:
        blob = bytes.fromhex(vector["blob_hex"])
        assert len(blob) == vector["blob_len"] and blob[0] == 1
        opened = e.open_envelope(blob, RECIPIENT)
        assert opened.sender_signing_key == bytes(SENDER.verify_key)
        assert opened.content.encode().hex() == vector["content_hex"]


@pytest.mark.parametrize(("text_len", "bucket"), [(1, 1024), (700, 1024), (900, 4096),
                                                   (16000, 16384), (17000, 65536)])
def test_padding_buckets(text_len: int, bucket: int) -> None:
    blob = e.seal(content(body={"text": "x" * text_len}).encode(), SENDER, RECIPIENT_PK)
    assert len(blob) == bucket


def test_round_trip_every_kind() -> None:
    bodies = {
        "text": (1, {"text": "Hello 👋"}),
        "receipt": (0, {"ids": ["a" * 32]}),
        "read": (0, {"ids": ["b" * 32, "c" * 32]}),
        "profile": (0, {"name": "Ada", "role": "mentor", "headline": "", "caps": ["text"]}),
        "welcome": (0, {"name": "Ada", "role": "mentor", "headline": "h",
                        "relay": "https://relay.example.org", "send_id": "A" * 43}),
        "hello": (0, {"invite": "d" * 32, "secret": "e" * 64, "box": "f" * 64, "name": "Ben",
                      "role": "mentee", "headline": "", "relay": "http://127.0.0.1:8470",
                      "send_id": "B" * 43}),
        "rekey": (0, {"signing": "1" * 64, "box": "2" * 64, "proof": "3" * 128}),
        "shared.update": (0, {"layout": 1, "update": "AAA" * 20_000}),  # the largest part
        "shared.state": (0, {"layout": 1, "state": "AQEK"}),
        "profile.card": (0, {"skills": {"Python": 4}, "timezone": "Europe/Berlin"}),
    }
    bodies.update(programme_bodies())
    assert set(bodies) == set(e.KINDS)
    for kind, (seq, body) in bodies.items():
        c = content(kind, seq, body)
        assert e.open_envelope(e.seal(c.encode(), SENDER, RECIPIENT_PK), RECIPIENT).content == c


def programme_bodies() -> dict[str, tuple[int, dict]]:  # type: ignore[type-arg]
    """A valid body of every programme kind this version applies (docs/protocol.md Part 4)."""
    from ementor_desktop.domain.programme_terms import make_terms

    prog, k, p, q = "0" * 32, "cd" * 32, "ab" * 32, "ef" * 32
    terms = make_terms({}, programme=prog, coordinator=k, name="Data Futures",
                       organiser_default="People team")
    consent = {"v": 1, "programme": prog, "coordinator": k, "participant": p, "role": "mentee",
               "terms": "A" * 43, "scopes": ["sessions"], "at": 1}
    card = {"v": 1, "id": "1" * 32, "programme": prog, "coordinator": k, "subject": p,
            "role": "mentee", "issued": 1, "method": "max-matched", "max_milli": 1000,
            "rules": ["shared_skill"], "peer": q, "score_milli": 500,
            "criteria": [{"name": "skills", "weight_milli": 1000, "contribution_milli": 500}]}
    summary = {"v": 1, "programme": prog, "coordinator": k, "participant": p, "conv": "2" * 32,
               "period": "2026-02", "at": 1, "scopes": ["sessions"],
               "figures": {"sessions_held": 2}}
    relay, route, sig = "https://relay.example.org", "A" * 43, "9" * 128
    return {
        "programme.join": (0, {"v": 1, "programme": prog, "secret": "c" * 64, "box": "f" * 64,
                               "relay": relay, "send_id": route}),
        "programme.welcome": (0, {"v": 1, "programme": prog, "terms": msgspec.to_builtins(terms),
                                  "relay": relay, "send_id": route}),
        "programme.profile": (0, {"v": 1, "programme": prog, "consent": consent, "sig": sig,
                                  "name": "Ben", "role": "mentee", "headline": "",
                                  "fields": {"wants": {"python": 3}}, "routes": [route]}),
        "programme.status": (0, {"v": 1, "programme": prog, "state": "enrolled", "at": 1}),
        "programme.card": (0, {"v": 1, "programme": prog, "card": card, "sig": sig}),
        "programme.intro": (0, {"v": 1, "programme": prog, "card": card, "sig": sig,
                                "mine": route, "peer": {
                                    "signing": q, "box": "3" * 64, "name": "Ada",
                                    "role": "mentor", "headline": "", "relay": relay,
                                    "send_id": "AQ" * 21 + "E"}}),
        "programme.shortlist": (0, {"v": 1, "programme": prog, "shortlist": "4" * 32,
                                    "issued": 1, "expires": 2, "mode": "rank", "entries": [{
                                        "candidate": "5" * 32, "name": "Ada", "headline": "",
                                        "role": "mentor", "profile": {}, "score_milli": 500,
                                        "max_milli": 1000, "criteria": card["criteria"]}]}),
        "programme.rank": (0, {"v": 1, "programme": prog, "shortlist": "4" * 32,
                               "order": ["5" * 32]}),
        "programme.rematch": (0, {"v": 1, "programme": prog, "peer": q, "note": "No fault."}),
        "programme.leave": (0, {"v": 1, "programme": prog, "reason": "no_time"}),
        "programme.summary": (0, {"v": 1, "programme": prog, "summary": summary, "sig": sig}),
        "programme.withdraw": (0, {"v": 1, "programme": prog, "consent": consent, "sig": sig}),
        # self-service and reports (domain/programme_selfservice.py)
        "programme.request": (0, {"v": 1, "programme": prog, "request": "6" * 32,
                                  "shortlist": "4" * 32, "candidate": "5" * 32}),
        "programme.offer": (0, {"v": 1, "programme": prog, "request": "6" * 32, "expires": 2,
                                "mentee": {"signing": p, "box": "f" * 64, "name": "Ben",
                                           "headline": "", "profile": {}}}),
        "programme.reply": (0, {"v": 1, "programme": prog, "request": "6" * 32,
                                "action": "decline", "reason": "fit"}),
        "programme.outcome": (0, {"v": 1, "programme": prog, "request": "6" * 32,
                                  "state": "declined", "at": 3, "reason": "fit"}),
        "programme.report": (0, {"v": 1, "programme": prog, "report": "7" * 32,
                                 "category": "conduct", "text": "What happened.",
                                 "contact": False}),
    }


def test_a_later_programme_version_is_told_apart_from_malformed() -> None:
    """A programme body's `v` is read first: another version is kept (Part 4 §4), whatever
    else the body holds; the same body broken otherwise is malformed."""
    raw = json.dumps({"v": 1, "id": "0" * 32, "conv": "1" * 32, "seq": 0,
                      "kind": "programme.status", "sent": 1,
                      "body": {"v": 2, "programme": "0" * 32, "novel": True}},
                     separators=(",", ":"), sort_keys=True).encode()
    with pytest.raises(e.UnsupportedVersion) as kept:
        e.parse_content(raw)
    assert kept.value.reason == "unsupported programme version"
    broken = raw.replace(b'"v":2', b'"v":1')
    with pytest.raises(e.Malformed):
        e.parse_content(broken)


def test_recipient_binding() -> None:
    """A recipient cannot re-seal a signed message to someone else."""
    other = PrivateKey.generate()
    blob = e.seal(content().encode(), SENDER, RECIPIENT_PK)
    inner_padded = SealedBox(RECIPIENT).decrypt(blob[1:])
    forwarded = bytes([1]) + bytes(SealedBox(other.public_key).encrypt(inner_padded))
    with pytest.raises(e.BadSignature):
        e.open_envelope(forwarded, other)


def test_not_for_us_and_tampering() -> None:
    blob = e.seal(content().encode(), SENDER, RECIPIENT_PK)
    with pytest.raises(e.CannotDecrypt):
        e.open_envelope(blob, PrivateKey.generate())
    for i in (1, 40, 500, len(blob) - 1):
        tampered = bytearray(blob)
        tampered[i] ^= 1
        with pytest.raises(e.CannotDecrypt):
            e.open_envelope(bytes(tampered), RECIPIENT)
    with pytest.raises(e.UnsupportedVersion):
        e.open_envelope(b"\x02" + blob[1:], RECIPIENT)
    with pytest.raises(e.Malformed):
        e.open_envelope(blob[:-1], RECIPIENT)


@pytest.mark.parametrize("bad", [
    {"v": 1, "id": "0" * 32, "conv": "1" * 32, "seq": 1, "kind": "text", "sent": 1,
     "body": {"text": "x"}, "extra": 1},
    {"v": 2, "id": "0" * 32, "conv": "1" * 32, "seq": 1, "kind": "text", "sent": 1,
     "body": {"text": "x"}},
    {"v": 1, "id": "0" * 31, "conv": "1" * 32, "seq": 1, "kind": "text", "sent": 1,
     "body": {"text": "x"}},
    {"v": 1, "id": "0" * 32, "conv": "1" * 32, "seq": 0, "kind": "text", "sent": 1,
     "body": {"text": "x"}},
    {"v": 1, "id": "0" * 32, "conv": "1" * 32, "seq": 3, "kind": "receipt", "sent": 1,
     "body": {"ids": ["0" * 32]}},
    {"v": 1, "id": "0" * 32, "conv": "1" * 32, "seq": 1, "kind": "text", "sent": True,
     "body": {"text": "x"}},
    {"v": 1, "id": "0" * 32, "conv": "1" * 32, "seq": 1, "kind": "text", "sent": 1,
     "body": {"text": "   "}},
    {"v": 1, "id": "0" * 32, "conv": "1" * 32, "seq": 1, "kind": "text", "sent": 1,
     "body": {"text": "x" * (e.MAX_TEXT_BYTES + 1)}},
    {"v": 1, "id": "0" * 32, "conv": "1" * 32, "seq": 0, "kind": "receipt", "sent": 1,
     "body": {"ids": []}},
    {"v": 1, "id": "0" * 32, "conv": "1" * 32, "seq": 0, "kind": "welcome", "sent": 1,
     "body": {"name": "A", "role": "boss", "headline": "", "relay": "https://x",
              "send_id": "A" * 43}},
    {"v": 1, "id": "0" * 32, "conv": "1" * 32, "seq": 0, "kind": "welcome", "sent": 1,
     "body": {"name": "A", "role": "mentor", "headline": "", "relay": "ftp://x",
              "send_id": "A" * 43}},
])
def test_strict_content(bad: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(e.EnvelopeError):
        e.parse_content(json.dumps(bad).encode())


def test_unknown_kind_is_typed() -> None:
    doc = {"v": 1, "id": "0" * 32, "conv": "1" * 32, "seq": 1, "kind": "agreement", "sent": 1,
           "body": {}}
    with pytest.raises(e.UnknownKind):
        e.parse_content(json.dumps(doc).encode())


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=70_000))
def test_fuzz_blobs_never_crash(data: bytes) -> None:
    with contextlib.suppress(e.EnvelopeError):
        e.open_envelope(data, RECIPIENT)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4000))
def test_fuzz_content_never_crashes(data: bytes) -> None:
    with contextlib.suppress(e.EnvelopeError):
        e.parse_content(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None)  # no wall-clock limit: the machine may be busy
@given(st.dictionaries(st.sampled_from(["v", "id", "conv", "seq", "kind", "sent", "body", "x"]),
                       json_values, max_size=8))
def test_fuzz_structured_content(doc: dict) -> None:  # type: ignore[type-arg]
    try:
        parsed = e.parse_content(json.dumps(doc).encode())
    except e.EnvelopeError:
        return
    assert parsed.kind in e.KINDS  # anything accepted is fully typed


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=1, max_size=2000).filter(lambda t: t.strip() != ""),
       st.integers(min_value=1, max_value=2**40))
def test_property_text_round_trip(text: str, seq: int) -> None:
    c = content(seq=seq, body={"text": text})
    assert e.open_envelope(e.seal(c.encode(), SENDER, RECIPIENT_PK), RECIPIENT).content == c


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=1023), st.integers(min_value=0, max_value=255))
def test_property_any_single_byte_change_is_refused(position: int, flip: int) -> None:
    blob = bytearray(e.seal(content().encode(), SENDER, RECIPIENT_PK))
    if flip == 0:
        flip = 1
    blob[position] ^= flip
    with pytest.raises(e.EnvelopeError):
        e.open_envelope(bytes(blob), RECIPIENT)


def test_a_later_content_version_is_told_apart_even_with_new_fields() -> None:
    """A v2 header may carry fields v1 does not know: still `unsupported version` (kept by the
    inbox), not `malformed` (dropped)."""
    doc = {"v": 2, "id": "0" * 32, "conv": "1" * 32, "seq": 1, "kind": "text", "sent": 1,
           "body": {"text": "x"}, "ratchet": {"n": 1}}
    with pytest.raises(e.UnsupportedVersion):
        e.parse_content(json.dumps(doc).encode())


@pytest.mark.parametrize("field", ["id", "conv"])
def test_patterns_match_the_whole_value(field: str) -> None:
    doc = {"v": 1, "id": "0" * 32, "conv": "1" * 32, "seq": 1, "kind": "text", "sent": 1,
           "body": {"text": "x"}}
    doc[field] += "\n"
    with pytest.raises(e.Malformed):
        e.parse_content(json.dumps(doc).encode())
