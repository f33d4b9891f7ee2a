"""The relay API v1 conformance suite, run against both backends over real HTTP on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.sync.relay_client import (
    MailboxIds,
    RelayClient,
    RelayNotFound,
    RelayRateLimited,
    RelayRejected,
    RelayUnauthorized,
)
from tests.relay.harness import InProcessRelay


def test_create_mailbox_returns_two_unlinked_random_ids(client: RelayClient,
                                                        owner_key: MailboxAuthKey) -> None:
    first = client.create_mailbox(owner_key)
    second = client.create_mailbox(owner_key)
    ids = {first.receive_id, first.send_id, second.receive_id, second.send_id}
    assert len(ids) == 4
    for text in ids:
        assert len(wire.parse_id(text)) == 32
    assert first.limits.message_ttl_seconds == 14 * 86_400
    assert first.limits.max_body_bytes >= 64 * 1024


def test_deposit_fetch_ack_round_trip(client: RelayClient, mailbox: MailboxIds,
                                      owner_key: MailboxAuthKey) -> None:
    before = time.time()
    receipt = client.deposit(mailbox.send_id, b"\x00sealed\xff" * 100, "key-1")
    assert not receipt.duplicate
    assert wire.is_message_id(receipt.message_id)
    assert before - 1 <= receipt.received_at <= time.time() + 1
    messages = client.fetch(mailbox.receive_id, owner_key)
    assert [(m.message_id, m.body) for m in messages] == [
        (receipt.message_id, b"\x00sealed\xff" * 100)]
    assert messages[0].received_at == pytest.approx(receipt.received_at)
    # Fetching does not delete: only an acknowledgement does.
    assert len(client.fetch(mailbox.receive_id, owner_key)) == 1
    assert client.ack(mailbox.receive_id, owner_key, [receipt.message_id]) == 1
    assert client.fetch(mailbox.receive_id, owner_key) == []
    assert client.ack(mailbox.receive_id, owner_key, [receipt.message_id]) == 0


def test_empty_body_is_a_valid_deposit(client: RelayClient, mailbox: MailboxIds,
                                       owner_key: MailboxAuthKey) -> None:
    client.deposit(mailbox.send_id, b"", "empty")
    assert [m.body for m in client.fetch(mailbox.receive_id, owner_key)] == [b""]


def test_same_idempotency_key_is_a_harmless_duplicate(client: RelayClient, mailbox: MailboxIds,
                                                      owner_key: MailboxAuthKey) -> None:
    first = client.deposit(mailbox.send_id, b"blob", "same")
    again = client.deposit(mailbox.send_id, b"blob", "same")
    assert again.duplicate
    assert (again.message_id, again.received_at) == (first.message_id, first.received_at)
    assert len(client.fetch(mailbox.receive_id, owner_key)) == 1
    # Still a duplicate after the message was acknowledged: it is not delivered twice.
    client.ack(mailbox.receive_id, owner_key, [first.message_id])
    assert client.deposit(mailbox.send_id, b"blob", "same").duplicate
    assert client.fetch(mailbox.receive_id, owner_key) == []


def test_same_key_with_another_body_is_a_conflict(client: RelayClient,
                                                  mailbox: MailboxIds) -> None:
    client.deposit(mailbox.send_id, b"one", "k")
    with pytest.raises(RelayRejected) as err:
        client.deposit(mailbox.send_id, b"two", "k")
    assert err.value.status == 409


def test_idempotency_keys_are_per_mailbox(client: RelayClient, owner_key: MailboxAuthKey) -> None:
    a, b = client.create_mailbox(owner_key), client.create_mailbox(owner_key)
    client.deposit(a.send_id, b"for a", "shared-key")
    assert not client.deposit(b.send_id, b"for b", "shared-key").duplicate


@pytest.mark.parametrize("key", [None, "", "has space", "x" * 129, "ünïcode"])
def test_deposit_needs_a_valid_idempotency_key(relay: InProcessRelay, mailbox: MailboxIds,
                                               session: requests.Session,
                                               key: str | None) -> None:
    headers = {} if key is None else {"Idempotency-Key": key.encode().decode("latin-1")}
    response = session.post(f"{relay.base_url}/v1/deposit/{mailbox.send_id}", data=b"x",
                            headers=headers)
    assert response.status_code == 400
    assert response.json()["error"] == "bad_request"


@pytest.mark.parametrize("send_id", ["A" * 43, "short", "!" * 43, "A" * 44])
def test_deposit_to_unknown_or_malformed_send_id_is_404(relay: InProcessRelay,
                                                        client: RelayClient,
                                                        session: requests.Session,
                                                        send_id: str) -> None:
    response = session.post(f"{relay.base_url}/v1/deposit/{send_id}", data=b"x",
                            headers={"Idempotency-Key": "k"})
    assert response.status_code == 404 and response.json()["error"] == "not_found"
    with pytest.raises(RelayNotFound):  # (the client does not even send a malformed one)
        client.deposit(send_id, b"x", "k")


def test_receive_and_send_ids_are_not_interchangeable(client: RelayClient, mailbox: MailboxIds,
                                                      owner_key: MailboxAuthKey) -> None:
    with pytest.raises(RelayNotFound):
        client.deposit(mailbox.receive_id, b"x", "k")
    with pytest.raises(RelayUnauthorized):
        client.fetch(mailbox.send_id, owner_key)


def test_messages_come_oldest_first_and_limit_applies(client: RelayClient, mailbox: MailboxIds,
                                                      owner_key: MailboxAuthKey) -> None:
    ids = [client.deposit(mailbox.send_id, f"m{i}".encode(), f"k{i}").message_id
           for i in range(6)]
    assert [m.message_id for m in client.fetch(mailbox.receive_id, owner_key)] == ids
    assert [m.message_id for m in client.fetch(mailbox.receive_id, owner_key, limit=2)] == ids[:2]


def test_ack_cannot_delete_another_mailboxs_messages(client: RelayClient,
                                                     owner_key: MailboxAuthKey) -> None:
    a, b = client.create_mailbox(owner_key), client.create_mailbox(owner_key)
    in_b = client.deposit(b.send_id, b"b's", "k").message_id
    assert client.ack(a.receive_id, owner_key, [in_b, "not-an-id", "A" * 22]) == 0
    assert [m.message_id for m in client.fetch(b.receive_id, owner_key)] == [in_b]


def test_long_poll_wakes_on_deposit(client: RelayClient, mailbox: MailboxIds,
                                    owner_key: MailboxAuthKey, relay: InProcessRelay) -> None:
    def deposit_later() -> None:
        time.sleep(0.4)
        with requests.Session() as s:
            RelayClient(relay.base_url, s).deposit(mailbox.send_id, b"wake", "w")

    thread = threading.Thread(target=deposit_later)
    start = time.monotonic()
    thread.start()
    messages = client.fetch(mailbox.receive_id, owner_key, wait=10)
    elapsed = time.monotonic() - start
    thread.join()
    assert [m.body for m in messages] == [b"wake"]
    assert 0.35 < elapsed < 3.0


def test_long_poll_returns_empty_after_its_wait(client: RelayClient, mailbox: MailboxIds,
                                                owner_key: MailboxAuthKey) -> None:
    start = time.monotonic()
    assert client.fetch(mailbox.receive_id, owner_key, wait=0.5) == []
    assert 0.45 < time.monotonic() - start < 3.0


def test_long_poll_wait_is_capped(relay: InProcessRelay, client: RelayClient,
                                  mailbox: MailboxIds, owner_key: MailboxAuthKey) -> None:
    with pytest.raises(RelayRejected) as err:
        client.fetch(mailbox.receive_id, owner_key, wait=31)
    assert err.value.status == 422


def test_rotate_key(client: RelayClient, mailbox: MailboxIds, owner_key: MailboxAuthKey) -> None:
    new_key = MailboxAuthKey.generate()
    client.deposit(mailbox.send_id, b"kept", "k")
    client.rotate_key(mailbox.receive_id, owner_key, new_key)
    with pytest.raises(RelayUnauthorized):
        client.fetch(mailbox.receive_id, owner_key)
    assert [m.body for m in client.fetch(mailbox.receive_id, new_key)] == [b"kept"]


def test_delete_mailbox(client: RelayClient, mailbox: MailboxIds,
                        owner_key: MailboxAuthKey) -> None:
    client.deposit(mailbox.send_id, b"gone", "k")
    client.delete_mailbox(mailbox.receive_id, owner_key)
    with pytest.raises(RelayUnauthorized):
        client.fetch(mailbox.receive_id, owner_key)
    with pytest.raises(RelayNotFound):
        client.deposit(mailbox.send_id, b"x", "k2")


def test_quota_refuses_deposits_until_the_owner_acks(make_relay: Callable[..., InProcessRelay],
                                                     session: requests.Session,
                                                     owner_key: MailboxAuthKey) -> None:
    client = RelayClient(make_relay(quota_messages=3).base_url, session)
    box = client.create_mailbox(owner_key)
    for i in range(3):
        client.deposit(box.send_id, b"m", f"k{i}")
    with pytest.raises(RelayRateLimited) as err:
        client.deposit(box.send_id, b"m", "k3")
    assert err.value.code == "mailbox_full"
    assert err.value.retry_after >= 1
    # The refused deposit was not recorded: the same key goes through once there is room.
    first = client.fetch(box.receive_id, owner_key)[0]
    client.ack(box.receive_id, owner_key, [first.message_id])
    assert not client.deposit(box.send_id, b"m", "k3").duplicate


def test_byte_quota(make_relay: Callable[..., InProcessRelay], session: requests.Session,
                   owner_key: MailboxAuthKey) -> None:
    client = RelayClient(make_relay(quota_bytes=1000).base_url, session)
    box = client.create_mailbox(owner_key)
    client.deposit(box.send_id, b"x" * 600, "a")
    with pytest.raises(RelayRateLimited) as err:
        client.deposit(box.send_id, b"x" * 600, "b")
    assert err.value.code == "mailbox_full"
    client.deposit(box.send_id, b"x" * 400, "c")


def test_fetch_batch_stops_at_the_byte_cap(client: RelayClient, mailbox: MailboxIds,
                                           owner_key: MailboxAuthKey) -> None:
    for i in range(70):  # 70 x 64 KiB is past the 4 MiB answer cap
        client.deposit(mailbox.send_id, bytes([i]) * 65536, f"k{i}")
    batch = client.fetch(mailbox.receive_id, owner_key)
    assert 0 < len(batch) < 70
    assert sum(len(m.body) for m in batch) <= 4 * 1024 * 1024
    assert [m.body[0] for m in batch] == list(range(len(batch)))


def test_invite_gate(make_relay: Callable[..., InProcessRelay], session: requests.Session,
                     owner_key: MailboxAuthKey) -> None:
    client = RelayClient(make_relay(invite_tokens=("org-secret-1", "org-secret-2")).base_url,
                         session)
    for invite in (None, "", "org-secret", "org-secret-3"):
        with pytest.raises(RelayRejected) as err:
            client.create_mailbox(owner_key, invite=invite)
        assert (err.value.status, err.value.code) == (403, "invite_required")
    assert client.create_mailbox(owner_key, invite="org-secret-2").send_id


def test_create_mailbox_rejects_a_bad_key(relay: InProcessRelay,
                                          session: requests.Session) -> None:
    for key in ["A" * 43 + "=", "!" * 43, 5, None]:
        response = session.post(f"{relay.base_url}/v1/mailboxes", json={"auth_key": key})
        assert response.status_code in (400, 422)
    response = session.post(f"{relay.base_url}/v1/mailboxes", json={"auth_key": "A" * 42 + "B"})
    assert response.status_code == 400  # right length, but not canonical base64url


def test_next_challenge_header_is_single_use_and_works(relay: InProcessRelay,
                                                       client: RelayClient,
                                                       mailbox: MailboxIds,
                                                       owner_key: MailboxAuthKey,
                                                       session: requests.Session) -> None:
    target = f"/v1/mailboxes/{mailbox.receive_id}/messages"
    auth = wire.sign_owner_command(owner_key, client.challenge(mailbox.receive_id), "GET", target,
                                   b"")
    first = session.get(relay.base_url + target, headers={"Authorization": auth})
    assert first.status_code == 200
    spare = first.headers[wire.NEXT_CHALLENGE_HEADER]
    auth2 = wire.sign_owner_command(owner_key, spare, "GET", target, b"")
    assert session.get(relay.base_url + target, headers={"Authorization": auth2}).ok
    assert session.get(relay.base_url + target,
                       headers={"Authorization": auth2}).status_code == 401


def test_healthz(relay: InProcessRelay, session: requests.Session) -> None:
    assert session.get(f"{relay.base_url}/healthz").json() == {"status": "ok", "api": "v1"}


def test_metrics_are_counts_only(make_relay: Callable[..., InProcessRelay],
                                 owner_key: MailboxAuthKey, session: requests.Session) -> None:
    relay = make_relay()
    client = RelayClient(relay.base_url, session)
    mailbox = client.create_mailbox(owner_key)
    client.deposit(mailbox.send_id, b"canary-metrics", "k")
    text = session.get(f"{relay.base_url}/metrics").text
    values = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            name, value = line.split(" ")
            values[name] = int(float(value))
    assert values["ementor_relay_mailboxes"] == 1
    assert values["ementor_relay_messages"] == 1
    assert values["ementor_relay_deposits_total"] == 1
    for secret in (mailbox.send_id, mailbox.receive_id, "canary", "127.0.0.1"):
        assert secret not in text


def test_metrics_can_be_disabled(make_relay: Callable[..., InProcessRelay],
                                 session: requests.Session) -> None:
    assert session.get(f"{make_relay(metrics_enabled=False).base_url}/metrics").status_code == 404


def test_openapi_lists_exactly_the_routes_served(relay: InProcessRelay,
                                                 session: requests.Session) -> None:
    spec = session.get(f"{relay.base_url}/openapi.json").json()
    documented = {(path, method.upper()) for path, ops in spec["paths"].items() for method in ops}
    assert documented == {
        ("/healthz", "GET"), ("/metrics", "GET"), ("/v1/mailboxes", "POST"),
        ("/v1/mailboxes/{receive_id}/challenge", "POST"), ("/v1/deposit/{send_id}", "POST"),
        ("/v1/mailboxes/{receive_id}/messages", "GET"), ("/v1/mailboxes/{receive_id}/ack", "POST"),
        ("/v1/mailboxes/{receive_id}/key", "PUT"), ("/v1/mailboxes/{receive_id}", "DELETE"),
    }
    deposit = spec["paths"]["/v1/deposit/{send_id}"]["post"]
    assert "application/octet-stream" in deposit["requestBody"]["content"]
    assert any(p["name"] == "Idempotency-Key" for p in deposit["parameters"])


def test_a_long_poll_whose_client_hangs_up_is_released(relay: InProcessRelay,
                                                       client: RelayClient, mailbox: MailboxIds,
                                                       owner_key: MailboxAuthKey) -> None:
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(relay.base_url)
    target = f"/v1/mailboxes/{mailbox.receive_id}/messages?wait=20"
    auth = wire.sign_owner_command(owner_key, client.challenge(mailbox.receive_id), "GET", target,
                                   b"")
    before = relay.relay.metrics.counters["longpolls_abandoned"]
    with socket.create_connection((parts.hostname, parts.port)) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: relay\r\nAuthorization: {auth}\r\n\r\n"
                     .encode())
        deadline = time.monotonic() + 5
        while len(relay.relay.waiters) == 0:
            assert time.monotonic() < deadline, "the long-poll never started waiting"
            time.sleep(0.01)
    deadline = time.monotonic() + 5  # far less than the 20 s asked for
    while relay.relay.metrics.counters["longpolls_abandoned"] == before:
        assert time.monotonic() < deadline, "the abandoned long-poll was kept waiting"
        time.sleep(0.01)
    assert len(relay.relay.waiters) == 0


def test_owner_answers_are_not_cacheable(relay: InProcessRelay, client: RelayClient,
                                         mailbox: MailboxIds, owner_key: MailboxAuthKey,
                                         session: requests.Session) -> None:
    target = f"/v1/mailboxes/{mailbox.receive_id}/messages"
    auth = wire.sign_owner_command(owner_key, client.challenge(mailbox.receive_id), "GET", target,
                                   b"")
    response = session.get(relay.base_url + target, headers={"Authorization": auth})
    assert response.headers["Cache-Control"] == "no-store"


def test_fetch_after_reads_ahead_of_acknowledging(client: RelayClient, mailbox: MailboxIds,
                                                  owner_key: MailboxAuthKey) -> None:
    for i in range(5):
        client.deposit(mailbox.send_id, bytes([i]) * 10, f"a{i}")
    first = client.fetch(mailbox.receive_id, owner_key, limit=2)
    ahead = client.fetch(mailbox.receive_id, owner_key, limit=2, after=first[-1].message_id)
    assert [m.body[0] for m in first] == [0, 1] and [m.body[0] for m in ahead] == [2, 3]
    # an `after` the mailbox no longer holds (acknowledged meanwhile) counts from the start
    client.ack(mailbox.receive_id, owner_key, [m.message_id for m in first])
    again = client.fetch(mailbox.receive_id, owner_key, after=first[-1].message_id)
    assert [m.body[0] for m in again] == [2, 3, 4]
    last = client.fetch(mailbox.receive_id, owner_key, after=again[-1].message_id)
    assert last == []
