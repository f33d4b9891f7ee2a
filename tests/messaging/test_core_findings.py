"""Regression tests for the adversarial review of the messaging core (issue 9), each acting as the
hostile or unlucky peer would, against a real relay process and real vaults."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

import pytest
import requests

from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.domain import contacts, inbox, messaging
from ementor_desktop.domain.models import Contact, MessageState, Role
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import content as wire_content
from ementor_desktop.protocol.content import Content
from ementor_desktop.store.vault import now_ms
from ementor_desktop.sync.relay_client import RelayClient, RelayNotFound
from tests.messaging.conftest import (
    Participant,
    connect,
    conversation_between,
    rekey_envelope,
    text_envelope,
)


def bodies(p: Participant, other: str) -> list[str]:
    return [m.body for m in messaging.history(p.vault, p.contact(other).id)]


class CountingSession(requests.Session):
    def __init__(self) -> None:
        super().__init__()
        self.fetches = 0

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
        if method == "GET" and "/messages" in url:
            self.fetches += 1
        return super().request(method, url, *args, **kwargs)


# -- 1. nothing that depends on local state is acknowledged and lost ------------------------

def test_a_burst_after_the_hello_is_not_lost(make_participant: Callable[..., Participant],
                                             relay_url: str) -> None:
    """Ben accepts and writes 250 messages (three fetch batches) before Ada's first sync."""
    ada, ben = make_participant("Ada", Role.MENTOR), make_participant("Ben")
    code = contacts.create_invite(ada.vault, relay_url, ada.session)
    contacts.accept_invite(ben.vault, code, ben.session)
    ada_id = ben.contact("Ada").id
    for i in range(250):
        messaging.send_text(ben.vault, ada_id, f"early {i}")
    assert ben.sync().pushed == 251  # the hello and every message, into the invite mailbox
    report = ada.sync()
    assert report.rejected == {} and report.received == 250
    assert bodies(ada, "Ben") == [f"early {i}" for i in range(250)]
    assert ben.sync().complete and ada.sync().complete and ben.sync().complete
    states = {m.state for m in messaging.history(ben.vault, ada_id)}
    assert states == {MessageState.DELIVERED}


# -- 2. one envelope cannot stop syncing ------------------------------------------------------

def test_a_hello_with_a_low_order_box_key_is_refused(
        pair: tuple[Participant, Participant], make_participant: Callable[..., Participant],
        relay_url: str) -> None:
    ada, ben = pair
    code = contacts.InviteCode.parse(contacts.create_invite(ada.vault, relay_url, ada.session))
    mallory = Identity.generate()
    hello = Content(secrets.token_hex(16), conversation_between(mallory, ada), 0, "hello", 1, {
        "invite": code.invite_id, "secret": code.secret.hex(), "box": "00" * 32,
        "name": "Mallory", "role": "mentee", "headline": "", "relay": relay_url,
        "send_id": "A" * 43})
    blob = envelope.seal(hello.encode(), mallory.signing, code.box_key)
    RelayClient(relay_url, requests.Session()).deposit(code.send_id, blob, "evil-hello")
    report = ada.sync()
    assert report.rejected == {"bad key": 1}
    assert [c.display_name for c in ada.repos.contacts.list()] == ["Ben Mentee"]
    messaging.send_text(ada.vault, ada.contact("Ben").id, "still fine")
    assert ada.sync().complete and ada.sync().complete
    assert ben.sync().received == 1


def test_a_welcome_with_a_broken_relay_url_is_refused(pair: tuple[Participant, Participant],
                                                      relay_url: str) -> None:
    ada, ben = pair
    me = ben.repos.identity.get()
    welcome = Content(secrets.token_hex(16), conversation_between(me, ada), 0, "welcome", 1, {
        "name": "Ben", "role": "mentee", "headline": "", "relay": "http://a..b",
        "send_id": "A" * 43})
    # encode() refuses to produce it, so write the bytes a hostile peer would
    raw = (b'{"body":{"headline":"","name":"Ben","relay":"http://a..b","role":"mentee",'
           b'"send_id":"' + b"A" * 43 + b'"},"conv":"' + welcome.conversation_id.encode() +
           b'","id":"' + welcome.message_id.encode() + b'","kind":"welcome","sent":1,"seq":0,'
           b'"v":1}')
    blob = envelope.seal(raw, me.signing, ada.repos.identity.get().public.box_key)
    RelayClient(relay_url, requests.Session()).deposit(ben.contact("Ada").send_id or "", blob,
                                                        "bad-welcome")
    report = ada.sync()
    assert report.rejected == {"malformed": 1}
    messaging.send_text(ada.vault, ada.contact("Ben").id, "route unchanged")
    assert ada.sync().complete
    assert ben.sync().received == 1


def test_a_contact_whose_key_cannot_be_used_does_not_stop_the_others(
        pair: tuple[Participant, Participant]) -> None:
    """A contact stored with a low-order key (a vault from before the checks): sending to
    them fails for that message alone; Ben still gets his, and pulling still works."""
    ada, ben = pair
    with ada.vault.mutex, ada.vault.db.transaction():
        ada.repos.contacts.add(Contact(
            id="badbadbadbadbad0", display_name="Zero", signing_key=Identity.generate()
            .public.signing_key, box_key=bytes(32), relay_url=ada.contact("Ben").relay_url,
            send_id="A" * 43, created_at=now_ms()))
    doomed = messaging.send_text(ada.vault, "badbadbadbadbad0", "never sealable")
    messaging.send_text(ada.vault, ada.contact("Ben").id, "for Ben")
    messaging.send_text(ben.vault, ben.contact("Ada").id, "for Ada")
    ben.sync()
    report = ada.sync()
    assert report.received == 1
    assert ada.repos.messages.get(doomed.id).state is MessageState.FAILED  # type: ignore[union-attr]
    assert ben.sync().received == 1
    assert sorted(bodies(ben, "Ada")) == ["for Ada", "for Ben"]


# -- 3. key changes ---------------------------------------------------------------------------

def test_a_rekey_not_signed_by_the_old_key_changes_nothing(
        pair: tuple[Participant, Participant], relay_url: str) -> None:
    ada, ben = pair
    stranger = Identity.generate()
    client = RelayClient(relay_url, requests.Session())
    send_id = ben.contact("Ada").send_id or ""
    client.deposit(send_id, rekey_envelope(ben, ada, stranger, signer=stranger), "forged")
    report = ada.sync()
    assert not ada.contact("Ben").key_change_pending
    assert report.held_incoming == 1 and report.controls == 0  # an unknown sender, kept aside
    messaging.send_text(ada.vault, ada.contact("Ben").id, "sending is not frozen")
    assert ada.sync().complete
    # signed by Ben's real key, but the proof was made by another key than the one announced
    forged = rekey_envelope(ben, ada, stranger, proof_by=Identity.generate())
    client.deposit(send_id, forged, "bad-proof")
    assert ada.sync().rejected == {"bad key change proof": 1}
    assert not ada.contact("Ben").key_change_pending


def test_a_key_change_can_be_refused_and_reverifying_the_current_number_refuses_it(
        pair: tuple[Participant, Participant], relay_url: str) -> None:
    ada, ben = pair
    client = RelayClient(relay_url, requests.Session())
    send_id = ben.contact("Ada").send_id or ""
    new = Identity.generate()
    client.deposit(send_id, rekey_envelope(ben, ada, new), "rk1")
    client.deposit(send_id, text_envelope(new, ada, 1, "from the new key"), "nk1")
    session = CountingSession()
    ada.session = session
    ada.sync()
    assert ada.repos.held.count(reason="key change") == 1
    before = session.fetches
    ada.sync()  # the kept envelope is in the vault, not at the head of the mailbox: no spinning
    assert session.fetches - before == len(ada.repos.mailboxes.active())
    number = contacts.safety_number(ada.vault, ada.contact("Ben"))
    contacts.verify_contact(ada.vault, ada.contact("Ben").id, number)  # the number I know
    ben_now = ada.contact("Ben")
    assert not ben_now.key_change_pending and ben_now.verified
    assert ada.repos.held.count(reason="key change") == 0  # what the new key sent is dropped
    assert bodies(ada, "Ben") == []
    # and the explicit refusal
    client.deposit(send_id, rekey_envelope(ben, ada, Identity.generate()), "rk2")
    ada.sync()
    assert ada.contact("Ben").key_change_pending
    contacts.refuse_key_change(ada.vault, ada.contact("Ben").id)
    assert not ada.contact("Ben").key_change_pending
    with pytest.raises(UsageError, match="has not changed"):
        contacts.refuse_key_change(ada.vault, ada.contact("Ben").id)
    messaging.send_text(ada.vault, ada.contact("Ben").id, "still Ben's old key")
    assert ada.sync().complete
    assert ben.sync().received == 1


# -- 6. message ids are per sender; idempotency keys are not message ids ----------------------

def test_another_contact_cannot_suppress_a_message_by_reusing_its_id(
        make_participant: Callable[..., Participant], relay_url: str) -> None:
    ada, ben, eve = (make_participant("Ada", Role.MENTOR), make_participant("Ben"),
                     make_participant("Eve"))
    connect(ada, ben, relay_url)
    connect(ada, eve, relay_url)
    message_id = secrets.token_hex(16)
    client = RelayClient(relay_url, requests.Session())
    client.deposit(eve.contact("Ada").send_id or "", text_envelope(
        eve.repos.identity.get(), ada, 1, "Eve first", message_id), "e1")
    ada.sync()
    client.deposit(ben.contact("Ada").send_id or "", text_envelope(
        ben.repos.identity.get(), ada, 1, "Ben's real message", message_id), "b1")
    assert ada.sync().received == 1
    assert bodies(ada, "Ben") == ["Ben's real message"]
    assert bodies(ada, "Eve") == ["Eve first"]
    queued = messaging.send_text(ada.vault, ada.contact("Ben").id, "hello")
    (row,) = [i for i in ada.repos.outbox.due(2**62) if i.message_id == queued.id]
    assert row.idempotency_key != queued.id and queued.id not in row.idempotency_key


# -- 8. block and remove ----------------------------------------------------------------------

def test_block_then_remove_a_contact(pair: tuple[Participant, Participant],
                                     relay_url: str) -> None:
    ada, ben = pair
    messaging.send_text(ben.vault, ben.contact("Ada").id, "before the block")
    ben.sync()
    ada.sync()
    messaging.send_text(ada.vault, ada.contact("Ben").id, "queued, then blocked")
    contacts.block_contact(ada.vault, ada.contact("Ben").id)
    assert ada.repos.outbox.count() == 0
    with pytest.raises(UsageError, match="blocked"):
        messaging.send_text(ada.vault, ada.contact("Ben").id, "no")
    assert ada.sync().complete  # their mailbox is deleted on the relay, unread
    assert ada.repos.mailboxes.of_contact(ada.contact("Ben").id) == []
    with pytest.raises(RelayNotFound):  # nothing from them can even be deposited
        RelayClient(relay_url, requests.Session()).deposit(
            ben.contact("Ada").send_id or "", text_envelope(ben.repos.identity.get(), ada, 9,
                                                            "after the block"), "late")
    history = messaging.history(ada.vault, ada.contact("Ben").id)  # stays readable
    assert [(m.body, m.state) for m in history] == [
        ("before the block", MessageState.RECEIVED),
        ("queued, then blocked", MessageState.FAILED)]  # never sent, and it says so
    contacts.remove_contact(ada.vault, ada.contact("Ben").id)
    assert ada.repos.contacts.list() == []
    assert ada.repos.messages.search("block") == []


# -- protocol 1.1: capabilities and kinds this version does not know --------------------------

def test_an_unknown_kind_is_kept_and_applied_once_the_app_learns_it(
        pair: tuple[Participant, Participant], relay_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ada, ben = pair
    assert "rekey" in ada.contact("Ben").capabilities  # both announced protocol 1.1
    me = ben.repos.identity.get()
    raw = (b'{"body":{"title":"Learn SQL"},"conv":"' + conversation_between(me, ada).encode() +
           b'","id":"' + secrets.token_hex(16).encode() + b'","kind":"goal","sent":1,"seq":0,'
           b'"v":1}')
    RelayClient(relay_url, requests.Session()).deposit(
        ben.contact("Ada").send_id or "",
        envelope.seal(raw, me.signing, ada.repos.identity.get().public.box_key), "goal")
    report = ada.sync()
    assert report.held_incoming == 1 and report.rejected == {}
    assert ada.sync().held_incoming == 0  # acknowledged on the relay, kept in the vault

    class GoalBody(wire_content._Strict):
        title: str

    seen: list[str] = []

    def apply_goal(ctx: inbox.Context, sender: Contact, content: Content) -> inbox.Outcome:
        seen.append(content.body["title"])
        return inbox.Outcome.CONTROL

    import msgspec

    monkeypatch.setitem(wire_content._body_decoders, "goal", msgspec.json.Decoder(GoalBody))
    monkeypatch.setitem(inbox.HANDLERS, "goal", apply_goal)
    ada.sync()  # a new version starts: what it kept is tried again
    assert seen == ["Learn SQL"]
    assert ada.repos.held.count() == 0


def test_a_protocol_1_0_peer_gets_only_what_it_understands(
        make_participant: Callable[..., Participant], relay_url: str) -> None:
    """An inviter whose code announces nothing is spoken to in protocol 1.0."""
    ada, ben = make_participant("Ada", Role.MENTOR), make_participant("Ben")
    code = contacts.InviteCode.parse(contacts.create_invite(ada.vault, relay_url, ada.session))
    old_code = contacts.InviteCode(**{**code.__dict__, "caps": ()}).encode()
    contacts.accept_invite(ben.vault, old_code, ben.session)
    hello = ben.repos.outbox.due(2**62)[0]
    assert b'"caps"' not in hello.payload
    assert ben.contact("Ada").capabilities == frozenset()
    assert not messaging.can_send(ben.contact("Ada"), "rekey")
    assert messaging.can_send(ben.contact("Ada"), "text")


def test_strangers_cannot_crowd_out_what_a_contact_sent(
        pair: tuple[Participant, Participant], relay_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Whoever knows a send id can fill the strangers' budget; the contact's own kept envelopes
    have a budget of their own."""
    ada, ben = pair
    monkeypatch.setattr(inbox, "HELD_STRANGERS_PER_MAILBOX", 5)
    client = RelayClient(relay_url, requests.Session())
    send_id = ben.contact("Ada").send_id or ""
    for i in range(8):
        client.deposit(send_id, text_envelope(Identity.generate(), ada, 1, f"junk {i}"), f"j{i}")
    report = ada.sync()
    assert report.held_incoming == 5 and report.rejected == {"too many kept": 3}
    me = ben.repos.identity.get()
    raw = (b'{"body":{},"conv":"' + conversation_between(me, ada).encode() + b'","id":"' +
           secrets.token_hex(16).encode() + b'","kind":"goal","sent":1,"seq":0,"v":1}')
    client.deposit(send_id, envelope.seal(raw, me.signing,
                                          ada.repos.identity.get().public.box_key), "goal")
    report = ada.sync()
    assert report.held_incoming == 1 and report.rejected == {}
    assert ada.repos.held.count(contact_id=ada.contact("Ben").id) == 1


# -- 4. a contact may not move our deposits to a relay we never used, unasked -----------------

def test_a_route_to_an_unknown_relay_waits_for_the_person(
        pair: tuple[Participant, Participant], relay_url: str) -> None:
    ada, ben = pair
    me = ben.repos.identity.get()
    ben_route = ben.repos.mailboxes.for_contact(ben.contact("Ada").id)
    assert ben_route is not None
    welcome = Content(secrets.token_hex(16), conversation_between(me, ada), 0, "welcome", 1, {
        "name": "Ben", "role": "mentee", "headline": "", "relay": "https://relay.elsewhere.example",
        "send_id": ben_route.send_id})
    RelayClient(relay_url, requests.Session()).deposit(
        ben.contact("Ada").send_id or "",
        envelope.seal(welcome.encode(), me.signing, ada.repos.identity.get().public.box_key),
        "move")
    ada.sync()
    moved = ada.contact("Ben")
    assert moved.pending_relay_url == "https://relay.elsewhere.example"
    assert moved.relay_url == relay_url  # nothing changed yet
    queued = messaging.send_text(ada.vault, moved.id, "where are you?")
    report = ada.sync()
    assert not report.complete and "relay you have not used" in report.problem()
    assert ada.repos.messages.get(queued.id).state is MessageState.QUEUED  # type: ignore[union-attr]
    updated = contacts.accept_route(ada.vault, moved.id)
    assert updated.relay_url == "https://relay.elsewhere.example"
    assert updated.pending_relay_url is None
    with pytest.raises(UsageError, match="has not asked"):
        contacts.accept_route(ada.vault, moved.id)


def test_two_apps_that_announce_nothing_still_exchange_texts(
        make_participant: Callable[..., Participant], relay_url: str) -> None:
    """The wire seen by a protocol 1.0 peer: an invite code without `c` makes both sides treat
    the other as 1.0; nothing they send carries a field 1.0 does not know, and texts and
    receipts flow both ways."""
    ada, ben = make_participant("Ada", Role.MENTOR), make_participant("Ben")
    code = contacts.InviteCode.parse(contacts.create_invite(ada.vault, relay_url, ada.session))
    contacts.accept_invite(ben.vault, contacts.InviteCode(**{**code.__dict__, "caps": ()})
                           .encode(), ben.session)
    sent: list[bytes] = []
    for p in (ben, ada, ben, ada):
        sent += [i.payload for i in p.repos.outbox.due(2**62)]
        p.sync()
    assert ada.contact("Ben").capabilities == frozenset()
    assert ben.contact("Ada").capabilities == frozenset()
    messaging.send_text(ben.vault, ben.contact("Ada").id, "hello from 1.0")
    messaging.send_text(ada.vault, ada.contact("Ben").id, "hello back")
    for p in (ben, ada, ben, ada):
        sent += [i.payload for i in p.repos.outbox.due(2**62)]
        p.sync()
    assert all(b'"caps"' not in payload for payload in sent)
    assert sorted(bodies(ada, "Ben")) == ["hello back", "hello from 1.0"]
    assert {m.state for m in messaging.history(ben.vault, ben.contact("Ada").id)
            if m.direction == "out"} == {MessageState.DELIVERED}
