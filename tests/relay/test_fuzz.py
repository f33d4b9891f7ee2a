"""Fuzzing driven by the relay's own OpenAPI document: no input may cause a 5xx or a crash.

Every operation in /openapi.json is exercised with hypothesis-generated path parameters, query
parameters, headers and bodies: mostly malformed, sometimes valid ids, sometimes correctly signed
owner commands, so the checks behind authentication are fuzzed too.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.sync.relay_client import MailboxIds, RelayClient
from tests.relay.harness import InProcessRelay

pytestmark = pytest.mark.slow

SETTINGS = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

# Header values must be sendable: latin-1, no line breaks, no surrounding blanks.
header_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF,
                                    blacklist_characters="\x7f"), max_size=200).map(str.strip)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=5),
    max_leaves=20)
shaped_bodies = st.fixed_dictionaries({}, optional={
    "auth_key": st.one_of(st.text(max_size=60), st.integers(), st.just("A" * 43),
                          st.binary(min_size=32, max_size=32).map(wire.b64url_encode)),
    "invite": st.one_of(st.none(), st.text(max_size=600), st.integers()),
    "ids": st.one_of(st.lists(st.text(max_size=30), max_size=20), st.text(), st.integers()),
})
bodies = st.one_of(
    st.just(b""),
    st.binary(max_size=3000),
    json_values.map(lambda v: json.dumps(v).encode()),
    shaped_bodies.map(lambda v: json.dumps(v).encode()),
)
query_values = st.one_of(st.integers(-10**9, 10**9).map(str), st.floats().map(str),
                         st.text(max_size=20), st.sampled_from(["0", "0.1", "1", "100", "101",
                                                                "-1", "nan", "inf", "1e308"]))


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return sorted((path, method.upper(), op) for path, ops in spec["paths"].items()
                  for method, op in ops.items())


@pytest.fixture(scope="module")
def spec(relay: InProcessRelay) -> dict[str, Any]:
    with requests.Session() as s:
        document: dict[str, Any] = s.get(f"{relay.base_url}/openapi.json").json()
    return document


@pytest.fixture(scope="module")
def known(relay: InProcessRelay) -> tuple[MailboxIds, MailboxAuthKey]:
    key = MailboxAuthKey.generate()
    with requests.Session() as s:
        client = RelayClient(relay.base_url, s)
        box = client.create_mailbox(key)
        client.deposit(box.send_id, b"a message to fetch", "fuzz-seed")
    return box, key


def _check(response: requests.Response) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:500])
    if response.headers.get("content-type", "").startswith("application/json"):
        response.json()


def test_every_operation_is_fuzzed(spec: dict[str, Any]) -> None:
    """Guards the fuzzers below against silently skipping an operation added later."""
    assert len(_operations(spec)) == 9


@given(data=st.data())
@SETTINGS
def test_fuzz_unsigned(relay: InProcessRelay, spec: dict[str, Any],
                       known: tuple[MailboxIds, MailboxAuthKey], session: requests.Session,
                       data: st.DataObject) -> None:
    box, _ = known
    path, method, op = data.draw(st.sampled_from(_operations(spec)), label="operation")
    target = path
    for param in op.get("parameters", []):
        if param["in"] == "path":
            value = data.draw(st.one_of(st.text(max_size=60),
                                        st.sampled_from([box.send_id, box.receive_id, "A" * 43])),
                              label=param["name"])
            target = target.replace("{" + param["name"] + "}", quote(value, safe="") or "x")
    query = {p["name"]: data.draw(query_values, label=p["name"])
             for p in op.get("parameters", []) if p["in"] == "query"
             and data.draw(st.booleans())}
    headers = {
        "Content-Type": data.draw(st.sampled_from(["application/json", "application/octet-stream",
                                                   "text/plain", "", "multipart/form-data"])),
        "Idempotency-Key": data.draw(header_text, label="idempotency"),
        "Authorization": data.draw(st.one_of(header_text, st.just("Ementor-Sig-v1 " + "A" * 43
                                                                  + "." + "A" * 86))),
    }
    body = data.draw(bodies, label="body")
    response = session.request(method, relay.base_url + target, params=query, headers=headers,
                               data=body or None, timeout=30)
    _check(response)


@given(data=st.data())
@SETTINGS
def test_fuzz_signed_owner_commands(relay: InProcessRelay, spec: dict[str, Any],
                                    owner: dict[str, Any],
                                    session: requests.Session, data: st.DataObject) -> None:
    """Correctly signed requests with fuzzed queries and bodies reach the code behind auth."""
    box, key = owner["box"], owner["key"]
    owner_ops = [(p, m, op) for p, m, op in _operations(spec) if "{receive_id}" in p
                 and m != "DELETE"]  # deleting would end the fuzzing of this mailbox
    path, method, op = data.draw(st.sampled_from(owner_ops), label="operation")
    target = path.replace("{receive_id}", box.receive_id)
    pairs = []
    for param in op.get("parameters", []):
        if param["in"] == "query" and data.draw(st.booleans()):
            value = data.draw(query_values if param["name"] != "wait" else st.one_of(
                st.sampled_from(["0", "0.05", "-1", "31", "x", "nan"]), st.text(max_size=5)))
            pairs.append(f"{param['name']}={quote(value, safe='')}")
    if pairs:
        target += "?" + "&".join(pairs)
    body = data.draw(bodies, label="body")
    if method == "PUT" and data.draw(st.booleans()):
        body = json.dumps({"auth_key": wire.b64url_encode(key.public_key)}).encode()
    with requests.Session() as fresh:
        challenge = RelayClient(relay.base_url, fresh).challenge(box.receive_id)
    auth = wire.sign_owner_command(key, challenge, method, target, body)
    response = session.request(method, relay.base_url + target, data=body or None, timeout=30,
                               headers={"Authorization": auth,
                                        "Content-Type": "application/json"})
    _check(response)
    assert response.status_code != 401, "a correctly signed request was refused"
    if method == "PUT" and response.status_code == 204:
        new_key = json.loads(body)["auth_key"]
        if new_key != wire.b64url_encode(key.public_key):
            # Rotated to a key whose private half we do not have: go on with a new mailbox.
            owner.update(_new_owner(relay))


def _new_owner(relay: InProcessRelay) -> dict[str, Any]:
    key = MailboxAuthKey.generate()
    with requests.Session() as s:
        client = RelayClient(relay.base_url, s)
        box = client.create_mailbox(key)
        client.deposit(box.send_id, b"a message to fetch", "fuzz-seed")
    return {"box": box, "key": key}


@pytest.fixture(scope="module")
def owner(relay: InProcessRelay) -> dict[str, Any]:
    return _new_owner(relay)
