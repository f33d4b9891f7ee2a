"""The inbox's programme handlers for ranks, rematches and shortlists (domain/programme_inbox.py),
one layer: real vaults, envelopes sealed as any app could make them and handed to the inbox as
the sync engine would (no relay). Each hostile input is refused for its reason and changes
nothing; the honest ones change exactly what Part 4 §6 says."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from pathlib import Path

import pytest

from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.derive import conversation_id_for
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain import programme_terms as pterms
from ementor_desktop.domain.account import create_account
from ementor_desktop.domain.inbox import Inbox
from ementor_desktop.domain.models import Contact, Role
from ementor_desktop.home import Home
from ementor_desktop.protocol.relay_v1 import b64url_encode
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.programmes import (
    MemberRow,
    PairRow,
    ProgrammeRow,
    ShortlistRow,
)
from ementor_desktop.store.vault import Vault, now_ms
from ementor_desktop.sync.engine import SyncReport
from ementor_desktop.sync.relay_client import RelayMessage
from tests.conftest import PASSPHRASE

RELAY = "http://127.0.0.1:9"
PID = "00112233445566778899aabbccddeeff"
DAY = 86_400_000


def _vault(tmp_path: Path, name: str, role: Role) -> Vault:
    return create_account(Home(tmp_path / name), PASSPHRASE, name=name, role=role,
                          strength=KdfStrength.INTERACTIVE)


def _send_id() -> str:
    return b64url_encode(secrets.token_bytes(32))


@dataclass
class Coordinator:
    vault: Vault
    people: dict[str, Identity]  # name -> identity
    members: dict[str, str]  # name -> member id
    mailboxes: dict[str, int]  # name -> Mc id
    pair: str
    shortlist: str
    candidate: str

    @property
    def repos(self) -> Repos:
        return Repos.over(self.vault.db)

    def receive(self, sender: str, kind: str, body: dict[str, object],
                sent: int | None = None) -> SyncReport:
        """An envelope of `sender` in their own member mailbox, as the engine hands it over."""
        me = self.repos.identity.get().public
        who = self.people[sender]
        content = {"v": 1, "id": secrets.token_hex(16), "kind": kind, "seq": 0,
                   "conv": conversation_id_for(who.public.signing_key, me.signing_key),
                   "sent": sent or now_ms(), "body": {"v": 1, "programme": PID, **body}}
        blob = envelope.seal(json.dumps(content).encode(), who.signing, me.box_key)
        report = SyncReport()
        mailbox = self.repos.mailboxes.get(self.mailboxes[sender])
        assert mailbox is not None
        Inbox(self.vault).receive(mailbox, [RelayMessage(secrets.token_hex(8), 1.0, blob)],
                                  report)
        return report


@pytest.fixture
def coordinator(tmp_path: Path) -> Coordinator:
    """A coordinated programme with `matching.rank`: Ben (mentee) and Ada (mentor) in a pair,
    Cy (mentee) enrolled, and a live shortlist of Ben's naming Ada."""
    vault = _vault(tmp_path, "cora", Role.COORDINATOR)
    repos = Repos.over(vault.db)
    me = repos.identity.get().public
    now = now_ms()
    terms = pterms.make_terms({"matching": {"rank": True}}, programme=PID,
                              coordinator=me.signing_key.hex(), name="Data Futures",
                              organiser_default="Cora")
    people = {name: Identity.generate() for name in ("ben", "ada", "cy")}
    roles = {"ben": "mentee", "ada": "mentor", "cy": "mentee"}
    members: dict[str, str] = {}
    mailboxes: dict[str, int] = {}
    with vault.db.transaction():
        repos.programmes.add(ProgrammeRow(
            id=PID, name="Data Futures", my_role="coordinator", state="coordinating",
            joined_at=now, relay_url=RELAY, coordinator_key=me.signing_key,
            coordinator_box=me.box_key, join_send_id=_send_id(), secret=bytes(32),
            terms=pterms.canonical(terms), tombstone_secret=bytes(32),
            code_expires_at=now // 1000 + 30 * 86_400))
        for name, who in people.items():
            contact = Contact(id=f"c-{name}", display_name="", signing_key=who.public.signing_key,
                              box_key=who.public.box_key, relay_url=RELAY, send_id=_send_id(),
                              kind="programme")
            repos.contacts.add(contact)
            repos.conversations.direct_with(contact.id, now, conversation_id_for(
                me.signing_key, who.public.signing_key))
            mailboxes[name] = repos.mailboxes.add(
                relay_url=RELAY, receive_id=secrets.token_urlsafe(32), send_id=_send_id(),
                auth_seed=bytes(32), purpose="contact", contact_id=contact.id, created_at=now,
                programme_id=PID, programme_use="member")
            members[name] = f"m-{name}"
            repos.programmes.add_member(MemberRow(
                programme_id=PID, member_id=members[name], contact_id=contact.id,
                display_name=name.title(), role=roles[name], capacity=1, profile={},
                joined_at=now, signing_key=who.public.signing_key, box_key=who.public.box_key,
                state="enrolled", headline="", consent=None, consent_sig=None,
                consent_at=None, routes=[], mailbox_id=mailboxes[name], updated_at=now))
        pair = secrets.token_hex(16)
        repos.programmes.add_pair(PairRow(
            id=pair, programme_id=PID, mentee_id="m-ben", mentor_id="m-ada",
            conv=conversation_id_for(people["ben"].public.signing_key,
                                     people["ada"].public.signing_key),
            state="active", scopes=["sessions"], method="rank-maximal", created_at=now,
            heard_at=None, ended_at=None))
        shortlist, candidate = secrets.token_hex(16), secrets.token_hex(16)
        repos.programmes.add_shortlist(ShortlistRow(
            programme_id=PID, id=shortlist, member_id="m-ben", mode="rank", issued=now,
            expires=now + 7 * DAY, entries={candidate: "m-ada"}))
    return Coordinator(vault, people, members, mailboxes, pair, shortlist, candidate)


def _ranking(c: Coordinator) -> tuple[list[str] | None, int | None]:
    row = c.repos.programmes.shortlist(PID, c.shortlist)
    assert row is not None
    return row.ranking, row.ranked_at


def test_a_rank_is_kept_and_a_later_one_replaces_it_but_not_an_older(
        coordinator: Coordinator) -> None:
    c = coordinator
    now = now_ms()
    rank = {"shortlist": c.shortlist, "order": [c.candidate]}
    assert c.receive("ben", "programme.rank", rank, sent=now).controls == 1
    assert _ranking(c) == ([c.candidate], now)
    c.receive("ben", "programme.rank", rank, sent=now - 1000)  # older: nothing changes
    assert _ranking(c) == ([c.candidate], now)
    c.receive("ben", "programme.rank", rank, sent=now + 1000)
    assert _ranking(c) == ([c.candidate], now + 1000)


@pytest.mark.parametrize(("sender", "change", "reason"), [
    ("ben", {"shortlist": "ab" * 16}, "unknown shortlist"),
    ("cy", {}, "unknown shortlist"),  # Ben's shortlist, ranked by Cy
    ("ben", {"order": ["cd" * 16]}, "unknown candidate"),
])
def test_hostile_ranks_are_refused(coordinator: Coordinator, sender: str,
                                   change: dict[str, object], reason: str) -> None:
    c = coordinator
    body = {"shortlist": c.shortlist, "order": [c.candidate], **change}
    assert c.receive(sender, "programme.rank", body).rejected == {reason: 1}
    assert _ranking(c) == (None, None)


@pytest.mark.parametrize(("column", "value", "reason"), [
    ("expires", 1, "shortlist expired"),
    ("mode", "request", "not allowed"),
])
def test_a_rank_of_an_expired_or_request_shortlist_is_refused(
        coordinator: Coordinator, column: str, value: object, reason: str) -> None:
    c = coordinator
    c.vault.db.execute(f"UPDATE programme_shortlists SET {column} = ? WHERE id = ?",
                       (value, c.shortlist))
    body = {"shortlist": c.shortlist, "order": [c.candidate]}
    assert c.receive("ben", "programme.rank", body).rejected == {reason: 1}
    assert _ranking(c) == (None, None)


def _statuses(c: Coordinator) -> dict[str, dict[str, object]]:
    out = {}
    for row in c.repos.outbox.due(2**62):
        if row.kind == "programme.status":
            out[row.contact_id] = json.loads(row.payload)["body"]
    return out


def test_a_rematch_ends_the_pair_and_tells_both_sides(coordinator: Coordinator) -> None:
    c = coordinator
    ada = c.people["ada"].public.signing_key.hex()
    report = c.receive("ben", "programme.rematch", {"peer": ada, "note": "No time overlap."})
    assert report.controls == 1 and not report.rejected
    pair = c.repos.programmes.pair(c.pair)
    assert pair is not None and pair.state == "ended" and pair.scopes == []
    assert pair.reason == "rematch asked by the mentee: No time overlap."
    statuses = _statuses(c)
    assert set(statuses) == {"c-ben", "c-ada"}
    assert statuses["c-ada"]["pairs"] == [{"peer": c.people["ben"].public.signing_key.hex(),
                                          "scopes": [], "state": "ended"}]
    assert "No time" not in json.dumps(statuses)  # the note stays with the coordinator
    # asked again: idempotent, nothing new queued
    c.vault.db.execute("DELETE FROM outbox")
    assert not c.receive("ada", "programme.rematch",
                         {"peer": c.people["ben"].public.signing_key.hex()}).rejected
    assert _statuses(c) == {}


@pytest.mark.parametrize("who", ["cy", "nobody"])
def test_a_rematch_of_a_pair_not_the_senders_is_refused(coordinator: Coordinator,
                                                        who: str) -> None:
    c = coordinator
    peer = c.people[who].public.signing_key.hex() if who in c.people else "ee" * 32
    assert c.receive("ben", "programme.rematch", {"peer": peer}).rejected == \
        {"not your pair": 1}
    pair = c.repos.programmes.pair(c.pair)
    assert pair is not None and pair.state == "active"


def test_a_paused_pair_keeps_no_scope_when_a_consent_changes(coordinator: Coordinator) -> None:
    from ementor_desktop.domain import programme_inbox as pin

    c = coordinator
    repos = c.repos
    with c.vault.db.transaction():
        repos.programmes.update_pair(c.pair, paused_at=now_ms(), scopes=[])
        p = repos.programmes.get(PID)
        member = repos.programmes.member(PID, "m-ben")
        assert p is not None and member is not None
        assert pin._rescope_pairs(repos, p, member, pin.terms_of(p), now_ms()) == []
    pair = repos.programmes.pair(c.pair)
    assert pair is not None and pair.scopes == []


# -- at a participant ------------------------------------------------------------------------

@dataclass
class ParticipantSide:
    vault: Vault
    coordinator: Identity
    mp: int

    @property
    def repos(self) -> Repos:
        return Repos.over(self.vault.db)

    def receive(self, kind: str, body: dict[str, object],
                signer: Identity | None = None) -> SyncReport:
        me = self.repos.identity.get().public
        who = signer or self.coordinator
        content = {"v": 1, "id": secrets.token_hex(16), "kind": kind, "seq": 0,
                   "conv": conversation_id_for(who.public.signing_key, me.signing_key),
                   "sent": now_ms(), "body": {"v": 1, "programme": PID, **body}}
        blob = envelope.seal(json.dumps(content).encode(), who.signing, me.box_key)
        report = SyncReport()
        mailbox = self.repos.mailboxes.get(self.mp)
        assert mailbox is not None
        Inbox(self.vault).receive(mailbox, [RelayMessage(secrets.token_hex(8), 1.0, blob)],
                                  report)
        return report


@pytest.fixture
def participant(tmp_path: Path) -> ParticipantSide:
    vault = _vault(tmp_path, "ben", Role.MENTEE)
    repos = Repos.over(vault.db)
    c = Identity.generate()
    fields = [{"field": "skills", "roles": ["mentor"], "required": True, "sensitive": False,
               "shown": ["candidates", "match"]},
              {"field": "wants", "roles": ["mentee"], "required": True, "sensitive": False,
               "shown": ["match"]},
              {"field": "department", "roles": ["mentee", "mentor"], "required": False,
               "sensitive": True, "shown": []}]
    terms = pterms.make_terms({"matching": {"rank": True}, "fields": fields}, programme=PID,
                              coordinator=c.public.signing_key.hex(), name="Data Futures",
                              organiser_default="Cora")
    now = now_ms()
    with vault.db.transaction():
        contact = Contact(id="coord", display_name="", signing_key=c.public.signing_key,
                          box_key=c.public.box_key, relay_url=RELAY, send_id=_send_id(),
                          kind="programme")
        repos.contacts.add(contact)
        me = repos.identity.get().public
        repos.conversations.direct_with("coord", now,
                                        conversation_id_for(me.signing_key,
                                                            c.public.signing_key))
        repos.programmes.add(ProgrammeRow(
            id=PID, name="Data Futures", my_role="mentee", state="enrolled", joined_at=now,
            relay_url=RELAY, coordinator_key=c.public.signing_key,
            coordinator_box=c.public.box_key, terms=pterms.canonical(terms),
            coordinator_id="coord"))
        mp = repos.mailboxes.add(relay_url=RELAY, receive_id=secrets.token_urlsafe(32),
                                 send_id=_send_id(), auth_seed=bytes(32), purpose="contact",
                                 contact_id="coord", created_at=now, programme_id=PID,
                                 programme_use="programme")
    return ParticipantSide(vault, c, mp)


def _entry(**changes: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "candidate": secrets.token_hex(16), "name": "Ada", "headline": "", "role": "mentor",
        "profile": {"skills": {"python": 4}}, "score_milli": 500, "max_milli": 1000,
        "criteria": [{"name": "skills", "weight_milli": 1000, "contribution_milli": 500}]}
    entry.update(changes)
    return entry


def _shortlist(*entries: dict[str, object]) -> dict[str, object]:
    now = now_ms()
    return {"shortlist": secrets.token_hex(16), "issued": now, "expires": now + 7 * DAY,
            "mode": "rank", "entries": list(entries)}


def test_a_shortlist_is_kept_for_the_participant(participant: ParticipantSide) -> None:
    body = _shortlist(_entry(), _entry(name="Eve"))
    assert participant.receive("programme.shortlist", body).controls == 1
    (row,) = participant.repos.programmes.shortlists(PID, mine=True)
    assert row.id == body["shortlist"] and [e["name"] for e in row.entries] == ["Ada", "Eve"]
    participant.receive("programme.shortlist", body)  # the same id again: nothing new
    assert len(participant.repos.programmes.shortlists(PID, mine=True)) == 1


@pytest.mark.parametrize(("profile", "signer", "reason"), [
    ({"wants": {"python": 3}}, None, "field not shared"),  # shown to a match only
    ({"department": "Legal"}, None, "field not shared"),  # sensitive: shown to nobody
    ({"skills": {"python": 4}}, "stranger", "not the coordinator"),
])
def test_hostile_shortlists_are_refused(participant: ParticipantSide,
                                        profile: dict[str, object], signer: str | None,
                                        reason: str) -> None:
    who = Identity.generate() if signer else None
    report = participant.receive("programme.shortlist", _shortlist(_entry(profile=profile)),
                                 signer=who)
    assert report.rejected == {reason: 1}
    assert participant.repos.programmes.shortlists(PID, mine=True) == []


def test_a_closed_status_retires_the_programme_mailbox(participant: ParticipantSide) -> None:
    report = participant.receive("programme.status", {"state": "closed", "at": now_ms()})
    assert report.controls == 1
    p = participant.repos.programmes.get(PID)
    assert p is not None and p.state == "closed"
    mailbox = participant.repos.mailboxes.get(participant.mp)
    assert mailbox is not None and mailbox.expires_at is not None  # deleted at the next sync


