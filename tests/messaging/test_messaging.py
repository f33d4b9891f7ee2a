"""Two (and more) participants message through a real relay process: exactly once, in order,
with states, receipts, gaps and key changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import requests

from ementor_desktop.crypto.identity import Identity
from ementor_desktop.domain import contacts, messaging
from ementor_desktop.domain.models import MessageState, Role
from ementor_desktop.domain.settings import Settings
from ementor_desktop.errors import UsageError
from ementor_desktop.sync.relay_client import RelayClient
from tests.messaging.conftest import Participant, connect, rekey_envelope, text_envelope


def texts(p: Participant, other: str) -> list[tuple[str, str, str]]:
    return [(m.direction, m.body, m.state.value)
            for m in messaging.history(p.vault, p.contact(other).id)]


def test_conversation_with_states_and_receipts(pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    m1 = messaging.send_text(ada.vault, ada.contact("Ben").id, "Welcome, Ben!")
    assert ada.repos.messages.get(m1.id).state is MessageState.QUEUED  # type: ignore[union-attr]
    report = ada.sync()
    assert report.complete and report.pushed == 1
    assert ada.repos.messages.get(m1.id).state is MessageState.ON_RELAY  # type: ignore[union-attr]
    report = ben.sync()
    assert report.received == 1 and report.complete
    assert texts(ben, "Ada") == [("in", "Welcome, Ben!", "received")]
    ada.sync()  # the delivery receipt comes back
    assert ada.repos.messages.get(m1.id).state is MessageState.DELIVERED  # type: ignore[union-attr]
    # read receipts are off by default: opening the conversation tells Ada nothing
    conv = ben.repos.conversations.summaries()[0].conversation
    assert conv.unread_count == 1
    assert messaging.mark_read(ben.vault, conv.id) == 1
    ben.sync()
    ada.sync()
    assert ada.repos.messages.get(m1.id).state is MessageState.DELIVERED  # type: ignore[union-attr]
    # opting in shares read state for what is read afterwards
    Settings(ben.repos.settings).set("read_receipts", True)
    m2 = messaging.send_text(ada.vault, ada.contact("Ben").id, "Shall we meet Tuesday?")
    ada.sync()
    ben.sync()
    messaging.mark_read(ben.vault, conv.id)
    ben.sync()
    ada.sync()
    assert ada.repos.messages.get(m2.id).state is MessageState.READ  # type: ignore[union-attr]


def test_many_messages_arrive_once_in_order(pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    ben_id = ada.contact("Ben").id
    sent = [messaging.send_text(ada.vault, ben_id, f"note {i}") for i in range(250)]
    assert ada.sync().pushed == 250
    report = ben.sync()
    assert report.received == 250 and report.gaps == 0
    got = messaging.history(ben.vault, ben.contact("Ada").id)
    assert [m.wire_id for m in got] == [m.id for m in sent]
    assert [m.seq for m in got] == list(range(1, 251))
    assert ben.sync().received == 0  # nothing twice


def test_offline_queue_then_delivery(make_participant: Callable[..., Participant],
                                     tmp_path_factory: pytest.TempPathFactory) -> None:
    """The relay goes away: sending still works, sync says why, nothing is lost."""
    from tests.relay.harness import free_port, spawn_relay

    work = tmp_path_factory.mktemp("restart")
    port = str(free_port())
    relay = spawn_relay(str(work / "r.sqlite3"), work, extra=["--port", port])
    ada = make_participant("Ada", Role.MENTOR)
    ben = make_participant("Ben")
    connect(ada, ben, relay.base_url)
    relay.terminate()
    queued = messaging.send_text(ben.vault, ben.contact("Ada").id, "written on the train")
    report = ben.sync()
    assert not report.complete
    assert "Cannot reach the relay" in report.problem()
    assert "kept" in report.problem()
    assert ben.repos.messages.get(queued.id).state is MessageState.QUEUED  # type: ignore[union-attr]
    assert ben.repos.outbox.count() == 1
    relay = spawn_relay(str(work / "r.sqlite3"), work, extra=["--port", port])
    try:
        assert ben.sync().complete
        assert ada.sync().received == 1
        assert texts(ada, "Ben") == [("in", "written on the train", "received")]
    finally:
        relay.terminate()


def test_invite_errors(make_participant: Callable[..., Participant], relay_url: str) -> None:
    ada = make_participant("Ada", Role.MENTOR)
    ben = make_participant("Ben")
    eve = make_participant("Eve")
    code = contacts.create_invite(ada.vault, relay_url, ada.session)
    with pytest.raises(UsageError, match="your own invite"):
        contacts.accept_invite(ada.vault, code, ada.session)
    with pytest.raises(UsageError, match="not a valid eMentor invite"):
        contacts.accept_invite(ben.vault, code[:-5], ben.session)
    with pytest.raises(UsageError, match="not a valid eMentor invite"):
        contacts.accept_invite(ben.vault, code.replace("ementor-invite-1:", "x"), ben.session)
    contacts.accept_invite(ben.vault, code, ben.session)
    with pytest.raises(UsageError, match="already used"):
        contacts.accept_invite(ben.vault, code, ben.session)
    assert ben.sync().complete
    ada.sync()
    ben.sync()
    ada.sync()  # Ben now writes to his own mailbox: the invite mailbox is deleted
    contacts.accept_invite(eve.vault, code, eve.session)
    report = eve.sync()
    assert not report.complete
    assert "already used or has expired" in report.problem()
    assert [c.display_name for c in ada.repos.contacts.list()] == ["Ben"]
    # an expired code is refused before anything is created
    expired = contacts.InviteCode.parse(code)
    old = contacts.InviteCode(**{**expired.__dict__, "expires_at": 1_600_000_000})
    with pytest.raises(UsageError, match="expired"):
        contacts.accept_invite(eve.vault, old.encode(), eve.session)


def test_invite_code_survives_line_breaks(make_participant: Callable[..., Participant],
                                          relay_url: str) -> None:
    ada, ben = make_participant("Ada", Role.MENTOR), make_participant("Ben")
    code = contacts.create_invite(ada.vault, relay_url, ada.session)
    wrapped = "\n".join(code[i:i + 40] for i in range(0, len(code), 40)) + "  \n"
    assert contacts.accept_invite(ben.vault, wrapped, ben.session).display_name == "Ada"


def test_safety_numbers_match_and_verify(pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    ada_view = contacts.safety_number(ada.vault, ada.contact("Ben"))
    ben_view = contacts.safety_number(ben.vault, ben.contact("Ada"))
    assert ada_view == ben_view
    groups = ada_view.split()
    assert len(groups) == 12 and all(len(g) == 5 and g.isdigit() for g in groups)
    with pytest.raises(UsageError, match="does not match"):
        contacts.verify_contact(ada.vault, ada.contact("Ben").id, "1" * 60)
    assert not ada.contact("Ben").verified
    contacts.verify_contact(ada.vault, ada.contact("Ben").id, ben_view.replace(" ", ""))
    assert ada.contact("Ben").verified


def test_key_change_is_flagged_and_holds_sending(pair: tuple[Participant, Participant],
                                                 relay_url: str) -> None:
    """Ben announces a new key, signed by his current one; Ada decides by comparing numbers."""
    ada, ben = pair
    new_ben = Identity.generate()
    client = RelayClient(relay_url, requests.Session())
    send_id = ben.contact("Ada").send_id or ""  # where Ben deposits for Ada
    client.deposit(send_id, rekey_envelope(ben, ada, new_ben), "rekey-1")
    report = ada.sync()
    assert report.controls == 1
    flagged = ada.contact("Ben")
    assert flagged.key_change_pending
    client.deposit(send_id, text_envelope(new_ben, ada, 1, "it is me, new laptop"), "after")
    queued = messaging.send_text(ada.vault, flagged.id, "are you really Ben?")
    report = ada.sync()
    assert report.held_incoming == 1
    assert not report.complete and "safety number changed" in report.problem()
    assert ada.repos.messages.get(queued.id).state is MessageState.QUEUED  # type: ignore[union-attr]
    old_number = contacts.safety_number(ada.vault, flagged)
    new_number = contacts.safety_number(ada.vault, flagged, pending=True)
    assert new_number != old_number
    with pytest.raises(UsageError, match="does not match"):
        contacts.accept_key_change(ada.vault, flagged.id, old_number)  # needs the new number
    contacts.verify_contact(ada.vault, flagged.id, new_number)
    accepted = ada.contact("Ben")
    assert accepted.signing_key == new_ben.public.signing_key and accepted.verified
    # what the new key sent was kept in the vault and is applied on acceptance
    assert ("in", "it is me, new laptop", "received") in texts(ada, "Ben")
    report = ada.sync()
    assert report.complete and report.pushed >= 1
    assert ada.repos.messages.get(queued.id).state is MessageState.ON_RELAY  # type: ignore[union-attr]


def test_three_participants_stay_separate(make_participant: Callable[..., Participant],
                                          relay_url: str) -> None:
    mentor = make_participant("Mara Mentor", Role.MENTOR)
    one, two = make_participant("One"), make_participant("Two")
    connect(mentor, one, relay_url)
    connect(mentor, two, relay_url)
    messaging.send_text(one.vault, one.contact("Mara").id, "from one")
    messaging.send_text(two.vault, two.contact("Mara").id, "from two")
    messaging.send_text(mentor.vault, mentor.contact("One").id, "to one")
    for p in (one, two, mentor, one, two, mentor):
        p.sync()
    assert texts(mentor, "One") == [("in", "from one", "received"),
                                    ("out", "to one", "delivered")]
    assert texts(mentor, "Two") == [("in", "from two", "received")]
    assert texts(one, "Mara") == [("out", "from one", "delivered"),
                                  ("in", "to one", "received")]
    assert texts(two, "Mara") == [("out", "from two", "delivered")]


def test_one_sync_delivers_a_large_backlog(pair: tuple[Participant, Participant]) -> None:
    """More than one page of the outbox (500) goes out in a single sync."""
    ada, ben = pair
    ben_id = ada.contact("Ben").id
    with ada.vault.mutex:
        for i in range(1200):
            messaging.send_text(ada.vault, ben_id, f"backlog {i}")
    report = ada.sync()
    assert report.complete and report.pushed == 1200
    assert ben.sync().received == 1200
