"""docs/protocol.md's test vectors and the protocol module's strict input checks."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey, verify_signature
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
    key = MailboxAuthKey(bytes.fromhex(vector["seed"]))
    body = vector["body"].encode()
    assert wire.b64url_encode(key.public_key) == vector["auth_key"]
    assert hashlib.sha256(body).hexdigest() == vector["body_sha256"]
    message = wire.signing_message(vector["challenge"], vector["method"], vector["target"], body)
    assert message.hex() == vector["signing_message_hex"]
    header = wire.sign_owner_command(key, vector["challenge"], vector["method"], vector["target"],
                                     body)
    assert header == vector["authorization"]
    auth = wire.parse_authorization(header)
    assert wire.verify_owner_signature(key.public_key, auth, vector["method"],
                                       vector["target"], body, check=verify_signature)
    assert not wire.verify_owner_signature(key.public_key, auth, vector["method"],
                                           vector["target"], body + b" ", check=verify_signature)


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


def test_the_documented_metrics_are_the_exported_ones(tmp_path: Path) -> None:
    """Part 1 §3 "Metrics" lists every name /metrics exports, with its type."""
    import requests

    from ementor_desktop.relay.config import RelayConfig
    from tests.relay.harness import running_relay

    text = DOC.read_text(encoding="utf-8")
    documented = dict(re.findall(r"^\| `(ementor_relay_[a-z_]+)` \| (gauge|counter) \|", text,
                                 re.MULTILINE))
    with running_relay(RelayConfig(db=str(tmp_path / "relay.sqlite3"))) as relay, \
            requests.Session() as session:
        answer = session.get(f"{relay.base_url}/metrics", timeout=10)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    exported = dict(re.findall(r"^# TYPE (\S+) (\S+)$", answer.text, re.MULTILINE))
    assert documented == exported
    for line in answer.text.splitlines():  # no labels, no timestamps: "name value"
        assert (line.startswith(("# HELP ementor_relay_", "# TYPE "))
                or re.fullmatch(r"ementor_relay_[a-z_]+ \d+\.0", line))


def test_fetch_query_defaults_and_maxima() -> None:
    """Part 1 §3 "Fetch and long-poll": `limit` 1..fetch_max_messages (default it), `wait`
    0..longpoll_max_seconds (default 0)."""
    from ementor_desktop.relay.app import create_app
    from ementor_desktop.relay.config import RelayConfig

    config = RelayConfig(db=":memory:")
    assert (config.fetch_max_messages, config.longpoll_max_seconds) == (100, 30.0)
    spec = create_app(config).openapi()
    params = {p["name"]: p["schema"]
              for p in spec["paths"]["/v1/mailboxes/{receive_id}/messages"]["get"]["parameters"]
              if p["in"] == "query"}
    assert params["limit"]["default"] == 100 and params["limit"]["maximum"] == 100
    assert params["limit"]["minimum"] == 1
    assert params["wait"]["default"] == 0 and params["wait"]["maximum"] == 30
    assert params["wait"]["minimum"] == 0


def test_400_versus_422(tmp_path: Path) -> None:
    """Part 1 §5 "400 versus 422": the shape is 422 (before any signature check, so an owner
    command's challenge is not used up); a well-shaped but wrong key or idempotency key is 400."""
    import json

    import requests

    from ementor_desktop.relay.config import RelayConfig
    from tests.relay.harness import running_relay

    key = MailboxAuthKey(bytes(range(32)))
    auth_key = wire.b64url_encode(key.public_key)
    json_type = {"Content-Type": "application/json"}
    with running_relay(RelayConfig(db=str(tmp_path / "relay.sqlite3"))) as relay, \
            requests.Session() as s:
        base = relay.base_url
        created = s.post(f"{base}/v1/mailboxes", json={"auth_key": auth_key, "zzz": 1})
        assert created.status_code == 201  # fields a body does not define are ignored
        receive_id, send_id = created.json()["receive_id"], created.json()["send_id"]
        box = f"/v1/mailboxes/{receive_id}"
        for method, path, body, headers in [
            ("POST", "/v1/mailboxes", b"", json_type),
            ("POST", "/v1/mailboxes", b"not json", json_type),
            ("POST", "/v1/mailboxes", json.dumps({"auth_key": auth_key}).encode(), {}),
            ("POST", "/v1/mailboxes", json.dumps({"auth_key": auth_key[:42]}).encode(),
             json_type),
            ("POST", "/v1/mailboxes", json.dumps({"auth_key": 5}).encode(), json_type),
            ("POST", "/v1/mailboxes",
             json.dumps({"auth_key": auth_key, "invite": "x" * 513}).encode(), json_type),
            ("POST", f"{box}/ack", json.dumps({"ids": "x"}).encode(), json_type),
            ("POST", f"{box}/ack", json.dumps({"ids": [1]}).encode(), json_type),
            ("POST", f"{box}/ack", json.dumps({"ids": ["A" * 22] * 1001}).encode(), json_type),
            ("GET", f"{box}/messages?wait=30.5", b"", {}),
            ("GET", f"{box}/messages?wait=-1", b"", {}),
            ("GET", f"{box}/messages?wait=soon", b"", {}),
            ("GET", f"{box}/messages?limit=0", b"", {}),
            ("GET", f"{box}/messages?limit=101", b"", {}),
        ]:
            # Signed with a fresh challenge: the 422 must come before the signature is used.
            challenge = s.post(f"{base}{box}/challenge").json()["challenge"]
            signed = {**headers, "Authorization": wire.sign_owner_command(
                key, challenge, method, path, body)}
            answer = s.request(method, base + path, data=body, headers=signed)
            assert answer.status_code == 422, (method, path, body)
            assert "detail" in answer.json()
            if path.startswith(box):  # the challenge was not spent: it still opens the mailbox
                target = f"{box}/messages"
                auth = wire.sign_owner_command(key, challenge, "GET", target, b"")
                assert s.get(base + target, headers={"Authorization": auth}).status_code == 200
        bad_key = "A" * 42 + "B"  # 43 characters, not canonical base64url
        for answer in [
            s.post(f"{base}/v1/mailboxes", json={"auth_key": bad_key}),
            s.post(f"{base}/v1/deposit/{send_id}", data=b"x"),
            s.post(f"{base}/v1/deposit/{send_id}", data=b"x",
                   headers={"Idempotency-Key": "a" * 129}),
            s.post(f"{base}/v1/deposit/unknown", data=b"x"),  # the key is checked first
        ]:
            assert answer.status_code == 400
            assert answer.json()["error"] == "bad_request"
