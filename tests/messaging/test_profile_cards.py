"""Profile cards between two real vaults through the real relay (issue 12): each contact gets
exactly the fields chosen for them, withdrawals reach them, older peers get none, and a hostile
peer's cards are refused without touching anything else."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.domain import contacts, messaging
from ementor_desktop.domain import profile as service
from ementor_desktop.domain.models import Role
from ementor_desktop.protocol import content as wire
from ementor_desktop.store.vault import now_ms
from ementor_desktop.sync.relay_client import RelayClient
from tests.messaging.conftest import Participant, connect, conversation_between, text_envelope
from tests.relay.harness import RelayProcess

BIO_CANARY = "zebracanary-private-bio"
WANT_CANARY = "okapicanary"
PROFILE: dict[str, Any] = {
    "headline": "Engineer", "bio": f"Loves {BIO_CANARY}.\nSecond line.",
    "skills": {"Python": 4, "SQL": 2}, "wants": {WANT_CANARY: 3}, "languages": ["en", "de"],
    "timezone": "Europe/Berlin", "availability": [{"day": "mon", "start": "18:00", "end": "20:00"}],
    "channels": ["async", "video"], "cadence": "weekly", "experience": "some", "capacity": 2,
    "working_style": {"structure": "planned", "feedback": "direct"}}
OLD_CAPS = ("profile", "read", "receipt", "rekey", "text")  # a 1.1 app before profile cards


def _vault_text(p: Participant) -> str:
    """Every value of every table of a vault, decrypted (what its owner could read)."""
    parts: list[str] = []
    with p.vault.mutex:
        tables = [r[0] for r in p.vault.db.all(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in p.vault.db.all(f'SELECT * FROM "{table}"'):
                parts.extend(bytes(v).decode("utf-8", "replace")
                             if isinstance(v, bytes | memoryview) else str(v) for v in row)
    return "\n".join(parts)


def _relay_bytes(relay: RelayProcess) -> bytes:
    """The relay's database files (tests/messaging/conftest.py puts them beside its log)."""
    files = [f for f in Path(relay.log_path).parent.iterdir()
             if f.is_file() and f.name.startswith("relay.sqlite3")]
    assert files
    return b"".join(f.read_bytes() for f in files)


def test_ben_sees_exactly_the_fields_ada_chose_for_him(
        pair: tuple[Participant, Participant], relay_process: RelayProcess) -> None:
    ada, ben = pair
    ben_id, ada_id = ada.contact("Ben").id, ben.contact("Ada").id
    service.save_profile(ada.vault, **PROFILE)
    shown = service.set_contact_fields(ada.vault, ben_id, ("skills", "timezone", "working_style",
                                                          "availability"))
    assert shown == ("skills", "timezone", "availability", "working_style")
    assert ada.sync().complete
    assert ben.sync().complete

    view = service.contact_profile(ben.vault, ada_id)
    assert set(view.shared) == {"skills", "timezone", "availability", "working_style"}
    assert view.shared["skills"] == {"Python": 4, "SQL": 2}
    assert view.shared["working_style"] == {"structure": "planned", "feedback": "direct"}
    assert view.headline == "Engineer" and view.contact.role == "mentor"
    assert view.shared_fields == ("name", "role", "headline", "skills", "timezone",
                                  "availability", "working_style")
    stored = json.dumps(ben.contact("Ada").profile)
    for canary in (BIO_CANARY, WANT_CANARY, "Second line", "video"):
        assert canary not in stored  # not in what Ben's app holds of Ada…
    vault_text = _vault_text(ben)
    assert BIO_CANARY not in vault_text and WANT_CANARY not in vault_text  # …nor anywhere
    assert BIO_CANARY.encode() not in _relay_bytes(relay_process)
    assert "Python" in vault_text  # (the scan does see what was shared)

    # Ada takes the time zone and the windows back: the next card withdraws them.
    service.set_contact_fields(ada.vault, ben_id, ("skills", "working_style"))
    assert ada.sync().complete and ben.sync().complete
    assert set(service.contact_profile(ben.vault, ada_id).shared) == {"skills",
                                                                       "working_style"}
    assert "Europe/Berlin" not in json.dumps(ben.contact("Ada").profile)

    # A rename (a `profile`) afterwards keeps the card Ben holds.
    service.save_profile(ada.vault, name="Ada L.", headline="Staff engineer")
    assert ada.sync().complete and ben.sync().complete
    after = service.contact_profile(ben.vault, ada_id)
    assert after.contact.display_name == "Ada L." and after.headline == "Staff engineer"
    assert set(after.shared) == {"skills", "working_style"}


def test_a_new_contact_gets_the_card_during_the_handshake(
        make_participant: Callable[..., Participant], relay_url: str) -> None:
    ada, ben = make_participant("Ada", Role.MENTOR), make_participant("Ben")
    service.save_profile(ada.vault, **PROFILE)
    service.save_profile(ben.vault, wants={"Python": 4}, timezone="America/New_York",
                         bio=BIO_CANARY)
    connect(ada, ben, relay_url)
    for p in (ada, ben, ada, ben):
        assert p.sync().complete
    from_ada = service.contact_profile(ben.vault, ben.contact("Ada").id).shared
    assert set(from_ada) == set(service.DEFAULT_SHARED)  # the default: privacy first
    assert from_ada["wants"] == {WANT_CANARY: 3}
    from_ben = service.contact_profile(ada.vault, ada.contact("Ben").id).shared
    assert from_ben == {"wants": {"Python": 4}, "timezone": "America/New_York"}


def test_an_older_peer_gets_no_card_and_still_messages(
        make_participant: Callable[..., Participant], relay_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Ben's app predates profile cards (it announces the 1.1 kinds without `profile.card`):
    Ada never sends him one, and everything else works as before."""
    ada, ben = make_participant("Ada", Role.MENTOR), make_participant("Ben")
    service.save_profile(ada.vault, **PROFILE)
    with monkeypatch.context() as m:  # Ben announces what the older app announced
        m.setattr(contacts, "CAPS", OLD_CAPS)
        m.setattr(messaging, "CAPS", OLD_CAPS)
        code = contacts.create_invite(ada.vault, relay_url, ada.session)
        contacts.accept_invite(ben.vault, code, ben.session)
        for p in (ben, ada, ben, ada):
            assert p.sync().complete
    assert ada.contact("Ben").capabilities == frozenset(OLD_CAPS)
    sent_kinds: list[str] = []
    service.save_profile(ada.vault, skills={"Python": 5})
    sent_kinds += [i.kind for i in ada.repos.outbox.due(2**62)]
    messaging.send_text(ben.vault, ben.contact("Ada").id, "hello from an older app")
    messaging.send_text(ada.vault, ada.contact("Ben").id, "hello back")
    for p in (ben, ada, ben, ada):
        sent_kinds += [i.kind for i in p.repos.outbox.due(2**62) if p is ada]
        assert p.sync().complete
    assert "profile.card" not in sent_kinds
    assert service.contact_profile(ben.vault, ben.contact("Ada").id).shared == {}
    texts = [m.body for m in messaging.history(ben.vault, ben.contact("Ada").id)]
    assert texts == ["hello from an older app", "hello back"]

    # Once Ben's app is updated and says so (a `profile` with its caps), Ada sends her card.
    contact = ben.contact("Ada")
    with ben.vault.mutex, ben.vault.db.transaction():
        body = messaging.profile_body(ben.repos, contact)
        assert body is not None and "profile.card" in body["caps"]
        messaging.queue_control(ben.repos, contact, "profile", body, now_ms())
    for p in (ben, ada, ada, ben):
        assert p.sync().complete
    assert set(service.contact_profile(ben.vault, ben.contact("Ada").id).shared) == \
        set(service.DEFAULT_SHARED)


# -- a hostile peer -----------------------------------------------------------------------------

def _card_blob(sender: Participant, to: Participant, body: object, sent: int | None = None,
               extra: dict[str, Any] | None = None) -> bytes:
    me = sender.repos.identity.get()
    doc = {"v": 1, "id": secrets.token_hex(16), "conv": conversation_between(me, to), "seq": 0,
           "kind": "profile.card", "sent": sent or now_ms(), "body": body, **(extra or {})}
    raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    return envelope.seal(raw, me.signing, to.repos.identity.get().public.box_key)


HOSTILE_CARDS: list[object] = [
    {"skills": {f"skill {i}": 3 for i in range(3_500)}},  # a 55 KB card
    {"skills": {"Python": 3}, "salary": 100},  # an unknown field
    {"skills": {"Python": 3}, "pronouns": "they"},  # a field from the future
    {"skills": {"Py\u202ethon": 3}},  # a bidi override in a name
    {"languages": ["en\x1b]0;owned\x07"]},  # a terminal escape
    {"skills": {"Python": 0}},
    {"wants": {"Rust": 6}},
    {"timezone": "Mars/Olympus"},
    {"timezone": "../../../etc/localtime"},
    {"bio": None},
    {"working_style": {"structure": "chaotic"}},
    "not an object",
]


def test_hostile_cards_are_refused_and_nothing_else_is_touched(
        pair: tuple[Participant, Participant], relay_url: str) -> None:
    ada, ben = pair
    ben_id = ada.contact("Ben").id
    service.save_profile(ben.vault, skills={"Go": 2})
    assert ben.sync().complete and ada.sync().complete
    held_before = ada.contact("Ben").profile
    assert held_before["card"] == {"skills": {"Go": 2}}
    client = RelayClient(relay_url, requests.Session())
    send_id = ben.contact("Ada").send_id or ""
    ben_identity = ben.repos.identity.get()
    for i, body in enumerate(HOSTILE_CARDS):
        client.deposit(send_id, _card_blob(ben, ada, body), f"hostile-{i}")
    client.deposit(send_id, text_envelope(ben_identity, ada, 1, "still here"), "text")
    report = ada.sync()
    assert report.rejected == {"malformed": len(HOSTILE_CARDS)}
    assert report.received == 1 and report.held_incoming == 0
    assert ada.contact("Ben").profile == held_before  # the card held is untouched
    assert [m.body for m in messaging.history(ada.vault, ben_id)] == ["still here"]
    assert ada.contact("Ben").state == "active"


def test_an_overtaken_card_and_one_from_before_the_announcement(
        pair: tuple[Participant, Participant], relay_url: str) -> None:
    ada, ben = pair
    client = RelayClient(relay_url, requests.Session())
    send_id = ben.contact("Ada").send_id or ""
    # Ada's app believes Ben never announced cards: what he sends is still understood.
    ada.repos.contacts.set_capabilities(ada.contact("Ben").id, OLD_CAPS)
    late, early = now_ms(), now_ms() - 60_000
    client.deposit(send_id, _card_blob(ben, ada, {"skills": {"Newer": 3}}, sent=late), "new")
    client.deposit(send_id, _card_blob(ben, ada, {"skills": {"Older": 1}}, sent=early), "old")
    report = ada.sync()
    assert report.rejected == {} and report.controls == 2
    held = ada.contact("Ben").profile
    assert held["card"] == {"skills": {"Newer": 3}} and held["card_at"] == late


def test_a_forged_card_from_a_stranger_is_not_applied(
        pair: tuple[Participant, Participant], relay_url: str) -> None:
    ada, ben = pair
    stranger = Identity.generate()
    me = stranger
    doc = {"v": 1, "id": secrets.token_hex(16), "conv": conversation_between(me, ada), "seq": 0,
           "kind": "profile.card", "sent": now_ms(), "body": {"skills": {"Forged": 5}}}
    blob = envelope.seal(json.dumps(doc).encode(), me.signing,
                         ada.repos.identity.get().public.box_key)
    RelayClient(relay_url, requests.Session()).deposit(ben.contact("Ada").send_id or "", blob,
                                                       "forged")
    ada.sync()
    assert "Forged" not in json.dumps(ada.contact("Ben").profile)
    assert wire.parse_content(json.dumps(doc).encode()).kind == "profile.card"
