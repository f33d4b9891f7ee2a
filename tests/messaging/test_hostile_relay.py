"""A relay that lies: tampers, replays, reorders, drops, injects from strangers, fakes deposits.

The double sits between one participant and the real relay process (a `requests.Session` that
rewrites answers). Everything must be detected and nothing wrong stored.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import requests

from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.domain import contacts, messaging
from ementor_desktop.domain.inbox import Inbox
from ementor_desktop.domain.models import MessageState, Role
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.sync.engine import SyncReport
from ementor_desktop.sync.relay_client import RelayClient, RelayMessage
from tests.messaging.conftest import Participant, connect


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class HostileSession(requests.Session):
    def __init__(self) -> None:
        super().__init__()
        self.rewrite_fetch: Callable[[list[dict[str, Any]]], list[dict[str, Any]]] | None = None
        self.swallow_deposits = 0
        self.fetched: list[dict[str, Any]] = []

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
        if method == "POST" and "/deposit/" in url and self.swallow_deposits:
            self.swallow_deposits -= 1  # pretend to store it
            fake = requests.Response()
            fake.status_code = 201
            fake._content = json.dumps({"message_id": wire.new_message_id(),
                                        "received_at": 1.0}).encode()
            fake.headers["Content-Type"] = "application/json"
            return fake
        response = super().request(method, url, *args, **kwargs)
        if (method == "GET" and "/messages" in url and response.status_code == 200
                and self.rewrite_fetch is not None):
            items = response.json()["messages"]
            self.fetched.extend(items)
            response._content = json.dumps({"messages": self.rewrite_fetch(items)}).encode()
        return response


def fake_item(body: bytes) -> dict[str, Any]:
    return {"id": wire.new_message_id(), "received_at": 1.0, "body": b64(body)}


def test_everything_a_hostile_relay_does_is_detected(
        make_participant: Callable[..., Participant], relay_url: str) -> None:
    hostile = HostileSession()
    ada = make_participant("Ada", Role.MENTOR)
    ben = make_participant("Ben", session=hostile)
    connect(ada, ben, relay_url)
    ben_id = ada.contact("Ben").id
    sent = [messaging.send_text(ada.vault, ben_id, f"message {i}") for i in range(1, 7)]
    assert ada.sync().pushed == 6

    ben_box = ben.repos.identity.get().public.box_key
    stranger = Identity.generate()
    stranger_text = envelope.Content(
        "9" * 32, contacts.conversation_id_for(stranger.public.signing_key,
                                               ben.repos.identity.get().public.signing_key),
        1, "text", 1_800_000_000_000, {"text": "buy cheap pills"})
    dropped: set[str] = set()
    altered: set[str] = set()

    def first_fetch(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if dropped:  # later fetches in the same round (reading ahead): keep hiding the dropped
            return [i for i in items if i["id"] not in dropped | altered]  # and altered ones
        assert len(items) == 6
        altered.add(items[1]["id"])  # served once, altered; never intact
        tampered = dict(items[1])
        raw = bytearray(unb64(tampered["body"]))
        raw[300] ^= 0x40
        tampered["body"] = b64(bytes(raw))
        dropped.add(items[3]["id"])
        kept = [items[0], tampered, items[2], items[4], items[5]]
        kept.reverse()  # reordered
        good = unb64(items[0]["body"])
        return [
            *kept,
            fake_item(envelope.seal(stranger_text.encode(), stranger.signing, ben_box)),
            fake_item(b"\x07" + good[1:]),  # a version from the future
            fake_item(good[:500]),  # not a bucket size
            fake_item(b""),
        ]

    replayed: list[bool] = []

    def later_fetch(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        items = [i for i in items if i["id"] not in dropped | altered]
        if replayed:
            return items
        replayed.append(True)
        replay = dict(hostile.fetched[0])  # an envelope already stored and acknowledged
        replay["id"] = wire.new_message_id()
        return [*items, replay]

    hostile.rewrite_fetch = first_fetch
    report = ben.sync()
    hostile.rewrite_fetch = later_fetch
    report2 = ben.sync()

    # what may become valid later (a sender not known yet, a format from the future) is kept
    # in the vault, not lost; what never can is dropped
    assert report.rejected == {"cannot decrypt": 1, "malformed": 2}
    assert report.held_incoming == 2
    assert report2.duplicates == 1  # the replay
    history = messaging.history(ben.vault, ben.contact("Ada").id)
    assert [m.body for m in history] == ["message 1", "message 3", "message 5", "message 6"]
    assert [m.wire_id for m in history] == [sent[i].id for i in (0, 2, 4, 5)]  # order restored
    gaps = {m.body: m.gap_before for m in history}
    assert gaps == {"message 1": 0, "message 3": 1, "message 5": 1, "message 6": 0}
    assert report.gaps == 2
    assert not ben.repos.messages.search("pills")
    assert [c.display_name for c in ben.repos.contacts.list()] == ["Ada"]

    # the dropped message turns up late (an honest relay redelivering): the gap closes
    hostile.rewrite_fetch = None
    missing = next(i for i in hostile.fetched if i["id"] in dropped)
    ben_mailbox = ben.repos.mailboxes.for_contact(ben.contact("Ada").id)
    assert ben_mailbox is not None
    Inbox(ben.vault).receive(ben_mailbox, [
        RelayMessage(missing["id"], 1.0, unb64(missing["body"]))], SyncReport())
    history = messaging.history(ben.vault, ben.contact("Ada").id)
    assert [m.body for m in history][:3] == ["message 1", "message 3", "message 4"]
    assert {m.body: m.gap_before for m in history}["message 5"] == 0


def test_a_relay_that_swallows_deposits_leaves_visible_traces(
        make_participant: Callable[..., Participant], relay_url: str) -> None:
    hostile = HostileSession()
    ada = make_participant("Ada", Role.MENTOR, session=hostile)
    ben = make_participant("Ben")
    connect(ada, ben, relay_url)
    ben_id = ada.contact("Ben").id
    lost = messaging.send_text(ada.vault, ben_id, "never stored")
    hostile.swallow_deposits = 1
    ada.sync()
    after = messaging.send_text(ada.vault, ben_id, "stored")
    ada.sync()
    ben.sync()
    ada.sync()
    (received,) = messaging.history(ben.vault, ben.contact("Ada").id)
    assert received.body == "stored" and received.gap_before == 1  # Ben sees a gap
    # Ada sees that one message never got a delivery receipt
    assert ada.repos.messages.get(lost.id).state is MessageState.ON_RELAY  # type: ignore[union-attr]
    assert ada.repos.messages.get(after.id).state is MessageState.DELIVERED  # type: ignore[union-attr]


def test_a_relay_cannot_move_a_message_between_mailboxes(
        make_participant: Callable[..., Participant], relay_url: str) -> None:
    """Ada's envelope for Ben, delivered into the mailbox Ben gave Cleo, is refused."""
    hostile = HostileSession()
    ada = make_participant("Ada", Role.MENTOR)
    ben = make_participant("Ben", session=hostile)
    cleo = make_participant("Cleo", Role.MENTOR)
    connect(ada, ben, relay_url)
    connect(cleo, ben, relay_url)
    messaging.send_text(ada.vault, ada.contact("Ben").id, "for Ben from Ada")
    ada.sync()
    stolen: list[dict[str, Any]] = []
    ada_mailbox = ben.repos.mailboxes.for_contact(ben.contact("Ada").id)
    assert ada_mailbox is not None

    def move(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if items and not stolen:
            stolen.extend(items)
            return []
        return items

    def into_cleos(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        extra = [dict(i, id=wire.new_message_id()) for i in stolen]
        stolen.clear()
        return items + extra

    hostile.rewrite_fetch = move
    ben.engine()._pull(ada_mailbox, SyncReport())
    cleo_mailbox = ben.repos.mailboxes.for_contact(ben.contact("Cleo").id)
    assert cleo_mailbox is not None
    hostile.rewrite_fetch = into_cleos
    report = SyncReport()
    ben.engine()._pull(cleo_mailbox, report)
    assert report.held_incoming == 1 and not report.received  # kept aside, never shown
    assert messaging.history(ben.vault, ben.contact("Cleo").id) == []
    assert ben.repos.held.count(reason="wrong mailbox") == 1


def test_a_contact_reusing_message_ids_cannot_wedge_the_mailbox(
        pair: tuple[Participant, Participant], relay_url: str) -> None:
    """Envelopes that collide with stored ids are refused one by one; the rest still arrive."""
    ada, ben = pair
    mine = messaging.send_text(ben.vault, ben.contact("Ada").id, "Ben's own message")
    first = messaging.send_text(ada.vault, ada.contact("Ben").id, "first")
    ada.sync()
    ben.sync()
    me = ada.repos.identity.get()
    ben_box = ada.contact("Ben").box_key
    conv = ada.repos.conversations.direct_id(ada.contact("Ben").id)
    assert conv is not None
    route = ada.contact("Ben")

    def forged(message_id: str, seq: int, text: str) -> bytes:
        c = envelope.Content(message_id, conv, seq, "text", 1_800_000_000_000 + seq,
                             {"text": text})
        return envelope.seal(c.encode(), me.signing, ben_box)

    client = RelayClient(relay_url, requests.Session())
    client.deposit(route.send_id or "", forged(mine.id, 50, "same id as Ben's own"), "x1")
    client.deposit(route.send_id or "", forged(first.id, 51, "same id, other seq"), "x2")
    client.deposit(route.send_id or "", forged("e" * 32, 52, "a fine message"), "x3")
    report = ben.sync()
    # ids are per sender: Ada reusing Ben's id is simply Ada's message; Ada reusing her own id
    # for another message is refused. Nothing wedges, nothing of Ben's is touched.
    assert report.rejected == {"conflicting message id": 1}  # Ada reusing her own id
    assert report.received == 2
    bodies = [m.body for m in messaging.history(ben.vault, ben.contact("Ada").id)]
    assert bodies == ["Ben's own message", "first", "same id as Ben's own", "a fine message"]
    assert ben.sync().received == 0  # nothing left behind on the relay
