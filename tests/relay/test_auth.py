"""Attacks on owner commands: forged, replayed, expired, wrong-mailbox and tampered signatures.

Every failure must get the very same 401 answer, whatever the reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.sync.relay_client import MailboxIds, RelayClient
from tests.relay.conftest import FakeClock
from tests.relay.harness import InProcessRelay

UNAUTHORIZED = {"error": "unauthorized",
                "message": "The request is not signed by this mailbox's owner."}


def _fetch_target(box: MailboxIds) -> str:
    return f"/v1/mailboxes/{box.receive_id}/messages"


def _send(session: requests.Session, relay: InProcessRelay, method: str, target: str,
          auth: str | None, body: bytes = b"") -> requests.Response:
    headers = {"Content-Type": "application/json"}
    if auth is not None:
        headers["Authorization"] = auth
    return session.request(method, relay.base_url + target, data=body or None, headers=headers)


def _assert_unauthorized(response: requests.Response) -> None:
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED
    assert wire.NEXT_CHALLENGE_HEADER not in response.headers


def test_a_correct_signature_is_accepted(relay: InProcessRelay, client: RelayClient,
                                         mailbox: MailboxIds, owner_key: MailboxAuthKey,
                                         session: requests.Session) -> None:
    """The control case: the same construction as the attacks below, honestly signed."""
    target = _fetch_target(mailbox)
    auth = wire.sign_owner_command(owner_key, client.challenge(mailbox.receive_id), "GET", target,
                                   b"")
    assert _send(session, relay, "GET", target, auth).status_code == 200


def test_forged_signature_by_another_key(relay: InProcessRelay, client: RelayClient,
                                         mailbox: MailboxIds, session: requests.Session) -> None:
    target = _fetch_target(mailbox)
    forger = MailboxAuthKey.generate()
    _assert_unauthorized(_send(session, relay, "GET", target,
                               wire.sign_owner_command(forger, client.challenge(mailbox.receive_id),
                                                       "GET", target, b"")))


def test_random_signature_bytes(relay: InProcessRelay, client: RelayClient,
                                mailbox: MailboxIds, session: requests.Session) -> None:
    challenge = client.challenge(mailbox.receive_id)
    auth = f"{wire.AUTH_SCHEME} {challenge}.{wire.b64url_encode(bytes(64))}"
    _assert_unauthorized(_send(session, relay, "GET", _fetch_target(mailbox), auth))


def test_replayed_challenge(relay: InProcessRelay, client: RelayClient, mailbox: MailboxIds,
                            owner_key: MailboxAuthKey, session: requests.Session) -> None:
    target = _fetch_target(mailbox)
    auth = wire.sign_owner_command(owner_key, client.challenge(mailbox.receive_id), "GET", target,
                                   b"")
    assert _send(session, relay, "GET", target, auth).status_code == 200
    _assert_unauthorized(_send(session, relay, "GET", target, auth))


def test_challenge_is_burnt_by_a_failed_attempt(relay: InProcessRelay, client: RelayClient,
                                                mailbox: MailboxIds, owner_key: MailboxAuthKey,
                                                session: requests.Session) -> None:
    target = _fetch_target(mailbox)
    challenge = client.challenge(mailbox.receive_id)
    bad = wire.sign_owner_command(MailboxAuthKey.generate(), challenge, "GET", target, b"")
    _assert_unauthorized(_send(session, relay, "GET", target, bad))
    good = wire.sign_owner_command(owner_key, challenge, "GET", target, b"")
    _assert_unauthorized(_send(session, relay, "GET", target, good))


def test_made_up_challenge(relay: InProcessRelay, mailbox: MailboxIds, owner_key: MailboxAuthKey,
                           session: requests.Session) -> None:
    target = _fetch_target(mailbox)
    auth = wire.sign_owner_command(owner_key, wire.new_id(), "GET", target, b"")
    _assert_unauthorized(_send(session, relay, "GET", target, auth))


def test_expired_challenge(make_relay: Callable[..., InProcessRelay],
                           session: requests.Session, owner_key: MailboxAuthKey) -> None:
    clock = FakeClock()
    relay = make_relay(clock=clock, challenge_ttl_seconds=60)
    client = RelayClient(relay.base_url, session)
    box = client.create_mailbox(owner_key)
    target = _fetch_target(box)
    fresh = client.challenge(box.receive_id)
    stale = client.challenge(box.receive_id)
    clock.advance(59)
    ok = wire.sign_owner_command(owner_key, fresh, "GET", target, b"")
    assert _send(session, relay, "GET", target, ok).status_code == 200
    clock.advance(2)
    late = wire.sign_owner_command(owner_key, stale, "GET", target, b"")
    _assert_unauthorized(_send(session, relay, "GET", target, late))


def test_wrong_mailbox(relay: InProcessRelay, client: RelayClient, owner_key: MailboxAuthKey,
                       session: requests.Session) -> None:
    mine = client.create_mailbox(owner_key)
    other_key = MailboxAuthKey.generate()
    theirs = client.create_mailbox(other_key)
    client.deposit(theirs.send_id, b"not for me", "k")
    # My valid key, their mailbox's path.
    target = _fetch_target(theirs)
    _assert_unauthorized(_send(session, relay, "GET", target, wire.sign_owner_command(
        owner_key, client.challenge(theirs.receive_id), "GET", target, b"")))
    # A signature made for my mailbox, sent to theirs.
    signed_for_mine = wire.sign_owner_command(owner_key, client.challenge(mine.receive_id),
                                              "GET", _fetch_target(mine), b"")
    _assert_unauthorized(_send(session, relay, "GET", target, signed_for_mine))
    assert len(client.fetch(theirs.receive_id, other_key)) == 1


@pytest.mark.parametrize("tamper", ["method", "path", "query", "body"])
def test_tampered_request(relay: InProcessRelay, client: RelayClient, mailbox: MailboxIds,
                          owner_key: MailboxAuthKey, session: requests.Session,
                          tamper: str) -> None:
    message_id = client.deposit(mailbox.send_id, b"x", "k").message_id
    ack = f"/v1/mailboxes/{mailbox.receive_id}/ack"
    body = json.dumps({"ids": [message_id]}).encode()
    challenge = client.challenge(mailbox.receive_id)
    if tamper == "method":
        auth = wire.sign_owner_command(owner_key, challenge, "GET", ack, body)
        response = _send(session, relay, "POST", ack, auth, body)
    elif tamper == "path":
        signed = f"/v1/mailboxes/{mailbox.receive_id}/key"
        auth = wire.sign_owner_command(owner_key, challenge, "POST", signed, body)
        response = _send(session, relay, "POST", ack, auth, body)
    elif tamper == "query":
        fetch = _fetch_target(mailbox)
        auth = wire.sign_owner_command(owner_key, challenge, "GET", fetch + "?limit=1", b"")
        response = _send(session, relay, "GET", fetch + "?limit=2", auth)
    else:
        auth = wire.sign_owner_command(owner_key, challenge, "POST", ack,
                                       json.dumps({"ids": []}).encode())
        response = _send(session, relay, "POST", ack, auth, body)
    _assert_unauthorized(response)
    assert [m.message_id for m in client.fetch(mailbox.receive_id, owner_key)] == [message_id]


@pytest.mark.parametrize("receive_id", ["A" * 43, "short", "A" * 44, "%00" * 3])
def test_unknown_mailbox_looks_like_a_bad_signature(relay: InProcessRelay, client: RelayClient,
                                                    owner_key: MailboxAuthKey,
                                                    session: requests.Session,
                                                    receive_id: str) -> None:
    target = f"/v1/mailboxes/{receive_id}/messages"
    # The relay hands out a challenge for any receive id, known, unknown or malformed.
    issued = session.post(f"{relay.base_url}/v1/mailboxes/{receive_id}/challenge")
    assert issued.status_code == 201
    auth = wire.sign_owner_command(owner_key, issued.json()["challenge"], "GET", target, b"")
    _assert_unauthorized(_send(session, relay, "GET", target, auth))


@pytest.mark.parametrize("header", [None, "", "Bearer abc", "Ementor-Sig-v1 junk",
                                    "Ementor-Sig-v1 " + "A" * 43 + "." + "A" * 86])
def test_malformed_authorization(relay: InProcessRelay, mailbox: MailboxIds,
                                 session: requests.Session, header: str | None) -> None:
    _assert_unauthorized(_send(session, relay, "GET", _fetch_target(mailbox), header))


@pytest.mark.parametrize("command", ["ack", "key", "delete"])
def test_every_owner_command_needs_the_signature(relay: InProcessRelay, client: RelayClient,
                                                 mailbox: MailboxIds, owner_key: MailboxAuthKey,
                                                 session: requests.Session, command: str) -> None:
    forger = MailboxAuthKey.generate()
    base = f"/v1/mailboxes/{mailbox.receive_id}"
    method, target, body = {
        "ack": ("POST", base + "/ack", json.dumps({"ids": []}).encode()),
        "key": ("PUT", base + "/key",
                json.dumps({"auth_key": wire.b64url_encode(forger.public_key)}).encode()),
        "delete": ("DELETE", base, b""),
    }[command]
    auth = wire.sign_owner_command(forger, client.challenge(mailbox.receive_id), method, target,
                                   body)
    _assert_unauthorized(_send(session, relay, method, target, auth, body))
    client.fetch(mailbox.receive_id, owner_key)  # the mailbox and its key are untouched


def test_auth_failures_are_counted(relay: InProcessRelay, mailbox: MailboxIds,
                                   session: requests.Session) -> None:
    before = relay.relay.metrics.counters["auth_failures"]
    for _ in range(3):
        _send(session, relay, "GET", _fetch_target(mailbox), None)
    assert relay.relay.metrics.counters["auth_failures"] == before + 3


# ---- challenges are bound to one mailbox ----

def test_a_challenge_for_one_mailbox_does_not_open_another(relay: InProcessRelay,
                                                           client: RelayClient,
                                                           owner_key: MailboxAuthKey,
                                                           session: requests.Session) -> None:
    """Even with one key owning both mailboxes (so the signature itself is valid), a challenge
    issued for mailbox A is refused on mailbox B, and is burnt by the attempt."""
    a, b = client.create_mailbox(owner_key), client.create_mailbox(owner_key)
    for_a = client.challenge(a.receive_id)
    target_b = _fetch_target(b)
    _assert_unauthorized(_send(session, relay, "GET", target_b, wire.sign_owner_command(
        owner_key, for_a, "GET", target_b, b"")))
    target_a = _fetch_target(a)
    _assert_unauthorized(_send(session, relay, "GET", target_a, wire.sign_owner_command(
        owner_key, for_a, "GET", target_a, b"")))  # single use, whatever the outcome
    for_b = client.challenge(b.receive_id)
    assert _send(session, relay, "GET", target_b, wire.sign_owner_command(
        owner_key, for_b, "GET", target_b, b"")).status_code == 200


@pytest.mark.parametrize("command", ["ack", "key", "delete"])
def test_a_challenge_for_another_mailbox_fails_every_command(relay: InProcessRelay,
                                                             client: RelayClient,
                                                             owner_key: MailboxAuthKey,
                                                             session: requests.Session,
                                                             command: str) -> None:
    a, b = client.create_mailbox(owner_key), client.create_mailbox(owner_key)
    base = f"/v1/mailboxes/{b.receive_id}"
    method, target, body = {
        "ack": ("POST", base + "/ack", json.dumps({"ids": []}).encode()),
        "key": ("PUT", base + "/key",
                json.dumps({"auth_key": wire.b64url_encode(owner_key.public_key)}
                           ).encode()),
        "delete": ("DELETE", base, b""),
    }[command]
    auth = wire.sign_owner_command(owner_key, client.challenge(a.receive_id), method, target,
                                   body)
    _assert_unauthorized(_send(session, relay, method, target, auth, body))
    client.fetch(b.receive_id, owner_key)  # B is untouched


def test_the_next_challenge_is_bound_to_the_same_mailbox(relay: InProcessRelay,
                                                         client: RelayClient,
                                                         owner_key: MailboxAuthKey,
                                                         session: requests.Session) -> None:
    a, b = client.create_mailbox(owner_key), client.create_mailbox(owner_key)
    target_a, target_b = _fetch_target(a), _fetch_target(b)
    first = _send(session, relay, "GET", target_a, wire.sign_owner_command(
        owner_key, client.challenge(a.receive_id), "GET", target_a, b""))
    assert first.status_code == 200
    spare = first.headers[wire.NEXT_CHALLENGE_HEADER]
    _assert_unauthorized(_send(session, relay, "GET", target_b, wire.sign_owner_command(
        owner_key, spare, "GET", target_b, b"")))
    # A's next challenge, used on A, works (a fresh one: the one tried on B is burnt).
    again = _send(session, relay, "GET", target_a, wire.sign_owner_command(
        owner_key, client.challenge(a.receive_id), "GET", target_a, b""))
    spare = again.headers[wire.NEXT_CHALLENGE_HEADER]
    assert _send(session, relay, "GET", target_a, wire.sign_owner_command(
        owner_key, spare, "GET", target_a, b"")).status_code == 200


@pytest.mark.parametrize("receive_id", ["unknown", "malformed", "non-ascii"])
def test_asking_for_a_challenge_says_nothing_about_the_mailbox(relay: InProcessRelay,
                                                               mailbox: MailboxIds,
                                                               session: requests.Session,
                                                               receive_id: str) -> None:
    """The answer for an unknown (or malformed) receive id is the same as for a real one."""
    other = {"unknown": wire.new_id(), "malformed": "A" * 42 + "!",
             "non-ascii": "%C3%A9" * 3}[receive_id]
    known = session.post(f"{relay.base_url}/v1/mailboxes/{mailbox.receive_id}/challenge")
    unknown = session.post(f"{relay.base_url}/v1/mailboxes/{other}/challenge")
    assert known.status_code == unknown.status_code == 201
    assert set(known.json()) == set(unknown.json()) == {"challenge", "expires_in"}
    assert known.json()["expires_in"] == unknown.json()["expires_in"]
    assert len(unknown.json()["challenge"]) == wire.ID_CHARS
    assert ({k: v for k, v in known.headers.items() if k.lower() != "date"}
            == {k: v for k, v in unknown.headers.items() if k.lower() != "date"})
