"""domain/programme_selfservice.py on a real vault, without a relay: notes sealed and opened
(and every way one fails to verify), each handler given hostile input for each refusal reason
it implements, the request state machine's steps that apply and those it ignores, expiry by an
injected clock, rounds that recommend each free place once, and the vault rows of migration 6.
Envelopes are sealed by hand and handed to the inbox as the sync engine would."""

from __future__ import annotations

import dataclasses
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

import msgspec
import pytest

from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.derive import conversation_id_for
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.domain import programme_selfservice as ss
from ementor_desktop.domain import programme_terms as pterms
from ementor_desktop.domain.inbox import Inbox
from ementor_desktop.domain.models import Contact
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import programme_schema as schema
from ementor_desktop.protocol.content import CAPS
from ementor_desktop.protocol.relay_v1 import b64url_encode
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.programme_requests import OfferedShortlistRow, RequestRow
from ementor_desktop.store.repos.programmes import MemberRow, ProgrammeRow
from ementor_desktop.store.vault import Vault, now_ms
from ementor_desktop.sync.engine import SyncReport
from ementor_desktop.sync.relay_client import RelayMessage

RELAY = "https://relay.example.org"
FIELDS = [
    {"field": "skills", "roles": ["mentor"], "required": True, "sensitive": False,
     "shown": ["candidates", "match"]},
    {"field": "wants", "roles": ["mentee"], "required": True, "sensitive": False,
     "shown": ["candidates", "match"]},
    {"field": "languages", "roles": ["mentee", "mentor"], "required": False,
     "sensitive": False, "shown": ["match"]},
    {"field": "capacity", "roles": ["mentor"], "required": False, "sensitive": False,
     "shown": []},
]


def _terms(programme_id: str, coordinator: bytes, mode: str = "self-service",
           open_requests: int = 1) -> schema.Terms:
    return pterms.make_terms({"fields": FIELDS, "matching": {
        "mode": mode, "open_requests": open_requests, "request_days": 3}},
        programme=programme_id, coordinator=coordinator.hex(), name="Data Futures",
        organiser_default="People team")


def _send_id() -> str:
    return b64url_encode(secrets.token_bytes(32))


def _seal(sender: Identity, to: Identity, kind: str, body: dict[str, Any],
          msg_id: str | None = None) -> bytes:
    conv = conversation_id_for(sender.public.signing_key, to.public.signing_key)
    doc = {"v": 1, "id": msg_id or secrets.token_hex(16), "conv": conv, "seq": 0, "kind": kind,
           "sent": now_ms(), "body": body}
    raw = json.dumps(doc, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode()
    return envelope.seal(raw, sender.signing, to.public.box_key)


@dataclass
class Home:
    """One vault's side of a programme: its identity, the programme, and who is who."""

    vault: Vault
    me: Identity
    programme: str
    people: dict[str, Identity] = field(default_factory=dict)
    members: dict[str, str] = field(default_factory=dict)  # name -> member id (at C)
    mailboxes: dict[str, int] = field(default_factory=dict)  # name -> mailbox id

    @property
    def repos(self) -> Repos:
        return Repos.over(self.vault.db)

    def deliver(self, sender: str | Identity, kind: str, body: dict[str, Any], *,
                mailbox: str | None = None, msg_id: str | None = None) -> SyncReport:
        identity = self.people[sender] if isinstance(sender, str) else sender
        name = mailbox or (sender if isinstance(sender, str) else "")
        box = self.repos.mailboxes.get(self.mailboxes[name])
        assert box is not None
        if kind.startswith("programme."):
            body = {"v": 1, "programme": self.programme, **body}
        blob = _seal(identity, self.me, kind, body, msg_id)
        report = SyncReport()
        Inbox(self.vault).receive(box, [RelayMessage(secrets.token_hex(8), 0.0, blob)], report)
        return report

    def deliver_batch(self, sender: str, items: list[tuple[str, dict[str, Any]]]) -> SyncReport:
        """Several envelopes of one member in one fetched batch (one clock reading)."""
        box = self.repos.mailboxes.get(self.mailboxes[sender])
        assert box is not None
        blobs = [_seal(self.people[sender], self.me, kind,
                       {"v": 1, "programme": self.programme, **body}) for kind, body in items]
        report = SyncReport()
        Inbox(self.vault).receive(box, [RelayMessage(secrets.token_hex(8), 0.0, b)
                                        for b in blobs], report)
        return report

    def outbox(self, name: str, kind: str) -> list[dict[str, Any]]:
        """Bodies of `kind` waiting for one member (at C) or for the coordinator (at P)."""
        contact = self.repos.contacts.by_signing_key(self.people[name].public.signing_key)
        assert contact is not None
        rows = [r for r in self.repos.outbox.due(2**62) if r.contact_id == contact.id
                and r.kind == kind]
        return [json.loads(r.payload)["body"] for r in rows]


def _hidden_contact(repos: Repos, identity: Identity, now: int) -> Contact:
    contact = Contact(id=secrets.token_hex(8), display_name="", role="",
                      signing_key=identity.public.signing_key, box_key=identity.public.box_key,
                      relay_url=RELAY, send_id=_send_id(), state="active", created_at=now,
                      capabilities=frozenset(CAPS), kind="programme")
    repos.contacts.add(contact)
    return contact


def coordinator_home(vault: Vault, *, mode: str = "self-service", open_requests: int = 1,
                     mentors: dict[str, int] | None = None,
                     mentees: tuple[str, ...] = ("ben", "cy")) -> Home:
    repos = Repos.over(vault.db)
    me = repos.identity.get()
    now = now_ms()
    programme_id = secrets.token_hex(16)
    terms = _terms(programme_id, me.public.signing_key, mode, open_requests)
    home = Home(vault, me, programme_id)
    with vault.db.transaction():
        repos.programmes.add(ProgrammeRow(
            id=programme_id, name="Data Futures", my_role="coordinator", state="coordinating",
            joined_at=now, relay_url=RELAY, coordinator_key=me.public.signing_key,
            coordinator_box=me.public.box_key, join_send_id=_send_id(),
            secret=secrets.token_bytes(32), terms=pterms.canonical(terms),
            terms_hash=schema.terms_hash(terms), code_expires_at=now // 1000 + 86_400,
            tombstone_secret=secrets.token_bytes(32)))
        people = [(name, "mentor", cap) for name, cap in (mentors or {"ada": 1}).items()] + \
            [(name, "mentee", 1) for name in mentees]
        for name, role, capacity in people:
            identity = Identity.generate()
            contact = _hidden_contact(repos, identity, now)
            mailbox = repos.mailboxes.add(relay_url=RELAY, receive_id=secrets.token_hex(8),
                                          send_id=_send_id(), auth_seed=bytes(32),
                                          purpose="contact", contact_id=contact.id,
                                          created_at=now, programme_id=programme_id,
                                          programme_use="member")
            member_id = secrets.token_hex(8)
            profile = {"skills": {"python": 4}, "capacity": capacity, "languages": ["en"]} \
                if role == "mentor" else {"wants": {"python": 3}, "languages": ["en"]}
            repos.programmes.add_member(MemberRow(
                programme_id=programme_id, member_id=member_id, contact_id=contact.id,
                display_name=name.capitalize(), role=role, capacity=capacity, profile=profile,
                joined_at=now, signing_key=identity.public.signing_key,
                box_key=identity.public.box_key, state="enrolled", headline="",
                consent=None, consent_sig=None, consent_at=None,
                routes=[_send_id(), _send_id()], mailbox_id=mailbox, updated_at=now))
            home.people[name] = identity
            home.members[name] = member_id
            home.mailboxes[name] = mailbox
    return home


def shortlist_for(home: Home, mentee: str, *mentors: str, expires: int | None = None) -> str:
    shortlist = secrets.token_hex(16)
    with home.vault.db.transaction():
        ss.store(home.repos).add_offered(OfferedShortlistRow(
            id=shortlist, programme_id=home.programme, mentee_id=home.members[mentee],
            issued=now_ms(), expires=expires or now_ms() + ss.SHORTLIST_MS,
            candidates={f"{n:032x}": home.members[m] for n, m in enumerate(mentors)}))
    return shortlist


def _request(shortlist: str, n: int = 0, request: str | None = None,
             **extra: Any) -> dict[str, Any]:
    return {"request": request or secrets.token_hex(16), "shortlist": shortlist,
            "candidate": f"{n:032x}", **extra}


@pytest.fixture
def c(vault: Vault) -> Home:
    return coordinator_home(vault, mentors={"ada": 1, "eve": 1})


def _requests(home: Home) -> list[RequestRow]:
    return ss.store(home.repos).requests(home.programme)


# -- notes ---------------------------------------------------------------------------------------

def test_a_note_opens_only_for_its_reader_from_the_named_signer_for_its_request() -> None:
    ben, ada, eve = Identity.generate(), Identity.generate(), Identity.generate()
    programme, request = "ab" * 16, "cd" * 16
    note = ss.seal_note(ben, ada.public.signing_key, ada.public.box_key, programme, request,
                        "Hello Ada,\nsee you", now_ms())
    assert len(schema.note_bytes(note)) in schema.NOTE_BLOB_SIZES

    def opened(reader: Identity, signer: Identity, p: str = programme,
               r: str = request) -> str | None:
        return ss.open_note(reader, note, signer=signer.public.signing_key, programme_id=p,
                            request=r)

    assert opened(ada, ben) == "Hello Ada,\nsee you"
    assert opened(eve, ben) is None  # sealed to someone else
    assert opened(ada, eve) is None  # not signed by the key the coordinator named
    assert opened(ada, ben, r="ef" * 16) is None  # another request
    assert opened(ada, ben, p="01" * 16) is None  # another programme
    # a valid envelope of another kind, or whose conversation is not the pair's
    text = envelope.seal(json.dumps({"v": 1, "id": "00" * 16, "conv": conversation_id_for(
        ben.public.signing_key, ada.public.signing_key), "seq": 1, "kind": "text",
        "sent": 1, "body": {"text": "hi"}}).encode(), ben.signing, ada.public.box_key)
    wrong_conv = envelope.seal(json.dumps({"v": 1, "id": "00" * 16, "conv": "11" * 16,
                                           "seq": 0, "kind": "programme.note", "sent": 1,
                                           "body": {"v": 1, "programme": programme,
                                                    "request": request, "text": "x"}}).encode(),
                               ben.signing, ada.public.box_key)
    # someone else writes the pair's conversation id into a note of their own
    mallory = Identity.generate()
    impostor = envelope.seal(json.dumps({"v": 1, "id": "00" * 16, "conv": conversation_id_for(
        ben.public.signing_key, ada.public.signing_key), "seq": 0, "kind": "programme.note",
        "sent": 1, "body": {"v": 1, "programme": programme, "request": request,
                            "text": "x"}}).encode(), mallory.signing, ada.public.box_key)
    for blob in (text, wrong_conv, impostor, b"\x01" + bytes(1023), b"\x02" + bytes(1023)):
        assert ss.open_note(ada, b64url_encode(blob), signer=ben.public.signing_key,
                            programme_id=programme, request=request) is None
    assert ss.open_note(ada, "not base64!", signer=ben.public.signing_key,
                        programme_id=programme, request=request) is None


def test_a_note_that_breaks_the_rules_or_does_not_fit_is_refused_before_sending() -> None:
    ben, ada = Identity.generate(), Identity.generate()
    args = (ada.public.signing_key, ada.public.box_key, "ab" * 16, "cd" * 16)
    for text in ("", "bell\x07", "x" * 2001, "\n" * 61):
        with pytest.raises(UsageError, match="A note is"):
            ss.seal_note(ben, *args, text, now_ms())
    with pytest.raises(UsageError, match="too long once sealed"):
        ss.seal_note(ben, *args, '"' * 2000, now_ms())  # 4,000 bytes once escaped
    assert ss.seal_note(ben, *args, "é" * 1000, now_ms())  # 2,000 bytes: fits 4,096


# -- at the coordinator: requests --------------------------------------------------------------

def test_a_request_opens_and_the_offer_forwards_the_note_untouched(c: Home) -> None:
    shortlist = shortlist_for(c, "ben", "ada")
    note = ss.seal_note(c.people["ben"], c.people["ada"].public.signing_key,
                        c.people["ada"].public.box_key, c.programme, "77" * 16, "Hi", now_ms())
    report = c.deliver("ben", "programme.request", _request(shortlist, request="77" * 16,
                                                            note=note))
    assert report.rejected == {}
    (row,) = _requests(c)
    assert (row.state, row.mentee_id, row.mentor_id) == ("open", c.members["ben"],
                                                         c.members["ada"])
    (offer,) = c.outbox("ada", "programme.offer")
    assert offer["note"] == note and offer["request"] == "77" * 16
    assert offer["mentee"]["profile"] == {"wants": {"python": 3}}
    assert offer["expires"] == row.expires


@pytest.mark.parametrize("case", ["coordinator mode", "other mentee's shortlist",
                                  "unknown shortlist", "expired shortlist", "closed shortlist",
                                  "not a candidate", "a mentor asks", "already matched",
                                  "same mentor twice", "mentor gone"])
def test_requests_that_are_not_allowed_are_refused_and_answered_closed(
        vault: Vault, case: str) -> None:
    c = coordinator_home(vault, mode="coordinator" if case == "coordinator mode"
                         else "self-service", mentors={"ada": 2, "eve": 1}, open_requests=3)
    shortlist = shortlist_for(c, "ben", "ada", "eve")
    sender, body = "ben", _request(shortlist)
    if case == "other mentee's shortlist":
        sender = "cy"
    elif case == "unknown shortlist":
        body = _request("99" * 16)
    elif case == "expired shortlist":
        body = _request(shortlist_for(c, "ben", "ada", expires=now_ms() - 1))
    elif case == "closed shortlist":
        with vault.db.transaction():
            ss.store(c.repos).close_offered(c.programme, now_ms(), mentee_id=c.members["ben"])
    elif case == "not a candidate":
        body = _request(shortlist, n=7)
    elif case == "a mentor asks":
        sender = "eve"
        body = _request(shortlist_for(c, "eve", "ada"))
    elif case == "already matched":
        with vault.db.transaction():
            ss.introduce(c.repos, c.repos.programmes.get(c.programme),  # type: ignore[arg-type]
                         c.repos.programmes.member(c.programme, c.members["ben"]),  # type: ignore[arg-type]
                         c.repos.programmes.member(c.programme, c.members["eve"]),  # type: ignore[arg-type]
                         now_ms())
    elif case == "same mentor twice":
        assert c.deliver("ben", "programme.request", _request(shortlist)).rejected == {}
    elif case == "mentor gone":
        with vault.db.transaction():
            c.repos.programmes.delete_member(c.programme, c.members["ada"])
    before = len(_requests(c))
    report = c.deliver(sender, "programme.request", body)
    assert report.rejected == {"not allowed": 1}
    assert len(_requests(c)) == before  # nothing stored
    closed = [o for o in c.outbox(sender, "programme.outcome") if o["request"] == body["request"]]
    assert [o["state"] for o in closed] == ["closed"]


def test_beyond_open_requests_is_refused(vault: Vault) -> None:
    c = coordinator_home(vault, mentors={"ada": 1, "eve": 1}, open_requests=1)
    shortlist = shortlist_for(c, "ben", "ada", "eve")
    assert c.deliver("ben", "programme.request", _request(shortlist)).rejected == {}
    report = c.deliver("ben", "programme.request", _request(shortlist, n=1))
    assert report.rejected == {"too many open requests": 1}
    assert [r.state for r in _requests(c)] == ["open"]


def test_a_request_to_a_full_mentor_is_answered_full(c: Home) -> None:
    with c.vault.db.transaction():
        repos = c.repos
        ss.introduce(repos, repos.programmes.get(c.programme),  # type: ignore[arg-type]
                     repos.programmes.member(c.programme, c.members["cy"]),  # type: ignore[arg-type]
                     repos.programmes.member(c.programme, c.members["ada"]),  # type: ignore[arg-type]
                     now_ms())
    c.deliver("ben", "programme.request", _request(shortlist_for(c, "ben", "ada")))
    (row,) = _requests(c)
    assert row.state == "full"
    assert [o["state"] for o in c.outbox("ben", "programme.outcome")] == ["full"]
    assert c.outbox("ada", "programme.offer") == []


def test_the_same_request_id_again_changes_nothing_and_tells_the_end(c: Home) -> None:
    shortlist = shortlist_for(c, "ben", "ada")
    body = _request(shortlist)
    c.deliver("ben", "programme.request", body)
    c.deliver("ben", "programme.request", body)  # a new envelope, the same request id
    assert len(c.outbox("ada", "programme.offer")) == 1
    c.deliver("ben", "programme.reply", {"request": body["request"], "action": "cancel"})
    c.deliver("ben", "programme.request", body)
    states = [o["state"] for o in c.outbox("ben", "programme.outcome")]
    assert states == ["cancelled"]  # the request's current state, to the sender


# -- at the coordinator: replies --------------------------------------------------------------

def _open(c: Home, mentee: str = "ben", mentor: str = "ada") -> str:
    body = _request(shortlist_for(c, mentee, mentor))
    assert c.deliver(mentee, "programme.request", body).rejected == {}
    return str(body["request"])


def test_replies_by_the_wrong_side_or_for_unknown_requests_are_refused(c: Home) -> None:
    request = _open(c)
    cases = [("ben", {"request": "99" * 16, "action": "cancel"}, "unknown request"),
             ("cy", {"request": request, "action": "cancel"}, "unknown request"),
             ("eve", {"request": request, "action": "accept"}, "unknown request"),
             ("ben", {"request": request, "action": "accept"}, "not allowed"),
             ("ben", {"request": request, "action": "decline", "reason": "fit"},
              "not allowed"),
             ("ada", {"request": request, "action": "cancel"}, "not allowed"),
             ("ada", {"request": request, "action": "answer"}, "not allowed")]
    for sender, body, reason in cases:
        assert c.deliver(sender, "programme.reply", body).rejected == {reason: 1}, body
    (row,) = _requests(c)
    assert row.state == "open"


def test_ask_answer_and_steps_that_do_not_apply(c: Home) -> None:
    request = _open(c)
    c.deliver("ben", "programme.reply", {"request": request, "action": "answer"})  # unasked
    c.deliver("ada", "programme.reply", {"request": request, "action": "ask"})
    c.deliver("ada", "programme.reply", {"request": request, "action": "ask"})  # twice
    assert [o["state"] for o in c.outbox("ben", "programme.outcome")] == ["asked"]
    assert _requests(c)[0].state == "asked"
    c.deliver("ben", "programme.reply", {"request": request, "action": "answer"})
    assert [o["state"] for o in c.outbox("ada", "programme.outcome")] == ["answered"]
    assert _requests(c)[0].state == "open"
    c.deliver("ada", "programme.reply", {"request": request, "action": "decline",
                                         "reason": "availability"})
    (declined,) = [o for o in c.outbox("ben", "programme.outcome")
                   if o["state"] == "declined"]
    assert declined["reason"] == "availability"
    ats = [o["at"] for o in c.outbox("ben", "programme.outcome")]
    assert ats == sorted(set(ats))  # strictly later each time
    c.deliver("ada", "programme.reply", {"request": request, "action": "accept"})
    assert c.outbox("ada", "programme.outcome")[-1]["state"] == "declined"
    assert c.repos.programmes.pairs(c.programme, "active") == []


def test_outcomes_of_one_batch_are_ordered_by_their_at(c: Home) -> None:
    request = _open(c)
    c.deliver("ada", "programme.reply", {"request": request, "action": "ask"})
    c.deliver_batch("ben", [("programme.reply", {"request": request, "action": "answer"}),
                            ("programme.reply", {"request": request, "action": "cancel"})])
    outcomes = c.outbox("ada", "programme.outcome")
    assert [o["state"] for o in outcomes] == ["answered", "cancelled"]
    assert outcomes[0]["at"] < outcomes[1]["at"]  # one clock reading, two ordered steps


def test_an_accept_introduces_the_pair_and_closes_the_mentee_s_other_requests(
        vault: Vault) -> None:
    c = coordinator_home(vault, mentors={"ada": 1, "eve": 1}, open_requests=2)
    shortlist = shortlist_for(c, "ben", "ada", "eve")
    first, second = _request(shortlist), _request(shortlist, n=1)
    c.deliver("ben", "programme.request", first)
    c.deliver("ben", "programme.request", second)
    c.deliver("ada", "programme.reply", {"request": first["request"], "action": "accept"})
    states = {r.request: r.state for r in _requests(c)}
    assert states == {first["request"]: "accepted", second["request"]: "closed"}
    (pair,) = c.repos.programmes.pairs(c.programme, "active")
    assert (pair.method, pair.mentee_id) == ("self-service", c.members["ben"])
    intros = c.outbox("ben", "programme.intro") + c.outbox("ada", "programme.intro")
    assert [i["card"]["method"] for i in intros] == ["self-service", "self-service"]
    assert intros[1]["card"]["places"] == {"capacity": 1, "used": 1}
    for intro in intros:
        card = msgspec.convert(intro["card"], schema.Card, strict=True)
        assert card.score_milli == sum(x.contribution_milli for x in card.criteria)  # type: ignore[union-attr]
    assert [o["state"] for o in c.outbox("eve", "programme.outcome")] == ["closed"]
    assert ss.store(c.repos).live_offered(c.programme, now_ms()) == []


def test_an_accept_without_a_route_waits_for_fresh_routes(c: Home) -> None:
    request = _open(c)
    with c.vault.db.transaction():
        c.repos.programmes.update_member(c.programme, c.members["ben"], routes=[])
    report = c.deliver("ada", "programme.reply", {"request": request, "action": "accept"})
    assert report.held_incoming == 1 and _requests(c)[0].state == "open"
    (status,) = c.outbox("ben", "programme.status")
    assert status["routes_needed"] == 2


def test_expiry_by_an_injected_clock_tells_both_and_frees_the_mentee(
        c: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    request = _open(c)
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() + 3 * 86_400 * 10**9 + 10**9)
    with c.vault.db.transaction():
        ss.housekeeping(c.repos, now_ms())
    (row,) = _requests(c)
    assert row.state == "expired"
    assert c.outbox("ben", "programme.outcome")[-1]["state"] == "expired"
    assert c.outbox("ada", "programme.outcome")[-1]["state"] == "expired"
    # an accept that arrives after `expires` learns the state; nothing is made
    c.deliver("ada", "programme.reply", {"request": request, "action": "accept"})
    assert c.outbox("ada", "programme.outcome")[-1]["state"] == "expired"
    assert c.repos.programmes.pairs(c.programme, "active") == []


def test_leaving_closes_the_other_side_s_requests(c: Home) -> None:
    from ementor_desktop.domain import programme_inbox as pin

    request = _open(c)
    with c.vault.db.transaction():
        p = c.repos.programmes.get(c.programme)
        ben = c.repos.programmes.member(c.programme, c.members["ben"])
        assert p is not None and ben is not None
        pin.erase_member(c.repos, p, ben, "left", now_ms())
    assert c.outbox("ada", "programme.outcome")[-1] == {
        **c.outbox("ada", "programme.outcome")[-1], "request": request, "state": "closed"}
    assert _requests(c) == []  # nothing of the leaver's requests stays


# -- rounds --------------------------------------------------------------------------------------

def test_a_round_recommends_each_free_place_once(vault: Vault) -> None:
    c = coordinator_home(vault, mentors={"ada": 2, "eve": 1}, mentees=("ben", "cy", "dan",
                                                                        "fay"))
    with vault.db.transaction():
        sent = ss.run_round(c.repos, c.repos.programmes.get(c.programme), now_ms())  # type: ignore[arg-type]
    assert sent == 3  # three places, four waiting mentees: one waits for the next round
    live = ss.store(c.repos).live_offered(c.programme, now_ms())
    on_lists = sorted(m for s in live for m in s.candidates.values())
    assert on_lists == sorted([c.members["ada"]] * 2 + [c.members["eve"]])
    for name in ("ben", "cy", "dan", "fay"):
        for body in c.outbox(name, "programme.shortlist"):
            assert body["mode"] == "request"
            for entry in body["entries"]:
                assert set(entry["profile"]) <= {"skills"}  # capacity is shown to nobody
                assert entry["signing"] and entry["box"]
    with vault.db.transaction():  # nothing changed: no new round
        assert ss.run_round(c.repos, c.repos.programmes.get(c.programme), now_ms()) == 0  # type: ignore[arg-type]


# -- reports -------------------------------------------------------------------------------------

def test_a_report_is_kept_answered_with_a_receipt_and_limited(c: Home) -> None:
    body = {"report": "01" * 16, "category": "safety", "text": "Line one\nLine two",
            "contact": True, "about": c.people["ada"].public.signing_key.hex()}
    msg_id = secrets.token_hex(16)
    assert c.deliver("ben", "programme.report", body, msg_id=msg_id).rejected == {}
    (kept,) = ss.store(c.repos).reports()
    assert (kept.category, kept.text, kept.contact, kept.envelope) == (
        "safety", "Line one\nLine two", True, msg_id)
    assert c.outbox("ben", "receipt") == [{"ids": [msg_id]}]
    assert c.outbox("ada", "programme.report") == []  # never forwarded
    assert c.deliver("ben", "programme.report", {**body, "report": "02" * 16,
                                                  "about": "00" * 32}).rejected == {"bad key": 1}
    with c.vault.db.transaction():
        for n in range(ss.MAX_REPORTS - 1):
            ss.store(c.repos).add_report(dataclasses.replace(kept, report=f"{n + 100:032x}"))
    assert c.deliver("ben", "programme.report", {**body, "report": "03" * 16}).rejected \
        == {"too many reports": 1}
    assert c.deliver("cy", "programme.report", {**body, "report": "03" * 16}).rejected == {}


# -- at a participant ----------------------------------------------------------------------------

def participant_home(vault: Vault, role: str) -> Home:
    repos = Repos.over(vault.db)
    me = repos.identity.get()
    coordinator = Identity.generate()
    now = now_ms()
    programme_id = secrets.token_hex(16)
    terms = _terms(programme_id, coordinator.public.signing_key)
    home = Home(vault, me, programme_id, people={"c": coordinator})
    with vault.db.transaction():
        contact = _hidden_contact(repos, coordinator, now)
        repos.programmes.add(ProgrammeRow(
            id=programme_id, name="Data Futures", my_role=role, state="enrolled",
            joined_at=now, relay_url=RELAY, coordinator_key=coordinator.public.signing_key,
            coordinator_box=coordinator.public.box_key, terms=pterms.canonical(terms),
            terms_hash=schema.terms_hash(terms), coordinator_id=contact.id))
        home.mailboxes["c"] = repos.mailboxes.add(
            relay_url=RELAY, receive_id=secrets.token_hex(8), send_id=_send_id(),
            auth_seed=bytes(32), purpose="contact", contact_id=contact.id, created_at=now,
            programme_id=programme_id, programme_use="programme")
    return home


def _person(identity: Identity, **changes: Any) -> dict[str, Any]:
    return {"signing": identity.public.signing_key.hex(), "box": identity.public.box_key.hex(),
            "name": "Ben", "headline": "", "profile": {"wants": {"python": 3}}, **changes}


def test_offers_at_a_mentor_hostile_and_honest(vault: Vault) -> None:
    p = participant_home(vault, "mentor")
    ben = Identity.generate()

    def offer(**changes: Any) -> dict[str, Any]:
        return {"request": secrets.token_hex(16), "expires": now_ms() + 86_400_000,
                "mentee": _person(ben), **changes}

    cases = [(offer(mentee=_person(ben, profile={"languages": ["en"]})), "field not shared"),
             (offer(mentee=_person(ben, box="00" * 32)), "bad key"),
             (offer(mentee=_person(ben, signing="00" * 32)), "bad key"),
             (offer(mentee=_person(p.me)), "not allowed")]
    for body, reason in cases:
        assert p.deliver("c", "programme.offer", body).rejected == {reason: 1}
    mallory = Identity.generate()
    assert p.deliver(mallory, "programme.offer", offer(), mailbox="c").rejected \
        == {"not the coordinator": 1}
    assert ss.store(p.repos).asks(p.programme) == []
    good = offer()
    good["note"] = ss.seal_note(ben, p.me.public.signing_key, p.me.public.box_key,
                                p.programme, good["request"], "Hello", now_ms())
    assert p.deliver("c", "programme.offer", good).rejected == {}
    # the same offer in a new envelope (a replay re-sealed): no second offer, nothing changes
    assert p.deliver("c", "programme.offer", {**good, "expires": good["expires"] + 1}) \
        .rejected == {}
    (view,) = ss.asks(p.vault, "mentor")
    assert (view.state, view.peer_name, view.notes[0]["text"]) == ("open", "Ben", "Hello")
    assert view.expires == good["expires"]


def test_outcomes_wait_for_their_request_and_replays_are_ignored(vault: Vault) -> None:
    p = participant_home(vault, "mentor")
    ben = Identity.generate()
    request = secrets.token_hex(16)
    at = now_ms()
    outcome = {"request": request, "state": "answered", "at": at + 5}
    report = p.deliver("c", "programme.outcome", outcome)
    assert report.held_incoming == 1
    assert [h.reason for h in p.repos.held.select()] == [ss.WAITING]
    p.deliver("c", "programme.offer", {"request": request, "expires": at + 86_400_000,
                                       "mentee": _person(ben)})
    with vault.mutex:
        Inbox(vault).retry_held(SyncReport())
    assert ss.asks(p.vault, "mentor")[0].state == "answered"
    p.deliver("c", "programme.outcome", {**outcome, "state": "cancelled", "at": at + 5})
    p.deliver("c", "programme.outcome", {**outcome, "state": "expired", "at": at + 1})
    assert ss.asks(p.vault, "mentor")[0].state == "answered"  # neither is newer
    p.deliver("c", "programme.outcome", {**outcome, "state": "cancelled", "at": at + 6})
    assert ss.asks(p.vault, "mentor")[0].state == "cancelled"


def test_shortlists_at_a_participant(vault: Vault) -> None:
    p = participant_home(vault, "mentee")
    ada = Identity.generate()
    entry = {"candidate": "34" * 16, "name": "Ada", "headline": "", "role": "mentor",
             "profile": {"skills": {"python": 4}}, "score_milli": 0, "max_milli": 0,
             "criteria": [], "signing": ada.public.signing_key.hex(),
             "box": ada.public.box_key.hex()}
    body = {"shortlist": "56" * 16, "issued": now_ms(), "expires": now_ms() + 86_400_000,
            "mode": "request", "entries": [entry]}
    cases = [({**body, "entries": [{**entry, "profile": {"languages": ["en"]}}]},
              "field not shared"),
             ({**body, "entries": [{**entry, "box": "00" * 32}]}, "bad key"),
             ({**body, "entries": [{**entry, "role": "mentee"}]}, "not allowed")]
    for hostile, reason in cases:
        assert p.deliver("c", "programme.shortlist", hostile).rejected == {reason: 1}
    ranked = {**body, "mode": "rank", "shortlist": "57" * 16}
    ranked_report = p.deliver("c", "programme.shortlist", ranked)  # the ranking's handler's
    assert (ranked_report.controls, ranked_report.held_incoming) == (1, 0)
    assert p.deliver("c", "programme.shortlist", body).rejected == {}
    (view,) = ss.shortlist(p.vault)
    assert [c.name for c in view.candidates] == ["Ada"]
    mentor = participant_home(vault, "mentor")
    mentor.me = p.me
    assert mentor.deliver("c", "programme.shortlist", {**body, "shortlist": "58" * 16}) \
        .rejected == {"not allowed": 1}


def test_a_receipt_from_the_coordinator_marks_a_report_arrived(vault: Vault) -> None:
    p = participant_home(vault, "mentee")
    with vault.db.transaction():
        p.repos.contacts.set_capabilities(
            p.repos.programmes.get(p.programme).coordinator_id,  # type: ignore[union-attr]
            list(CAPS))
    view = ss.concern(vault, category="conduct", text="It happened.")
    assert view.delivered is False
    (row,) = [r for r in p.repos.outbox.due(2**62) if r.kind == "programme.report"]
    envelope_id = json.loads(row.payload)["id"]
    p.deliver("c", "receipt", {"ids": ["00" * 16]})
    assert [v.delivered for v in ss.concerns(vault)] == [False]
    report = p.deliver("c", "receipt", {"ids": [envelope_id]})
    assert report.rejected == {} and report.held_incoming == 0, report
    assert [v.delivered for v in ss.concerns(vault)] == [True]


def test_concern_input_is_checked_before_anything_is_queued(vault: Vault) -> None:
    participant_home(vault, "mentee")
    for kwargs, words in [({"category": "gossip", "text": "x"}, "category"),
                          ({"category": "other", "text": "\x1b[2J"}, "plain text"),
                          ({"category": "other", "text": "x" * 8001}, "8,000"),
                          ({"category": "other", "text": "x", "about": "Nobody"}, "Nobody"),
                          ({"category": "other", "text": "x", "about": "00" * 32},
                           "not a person's key")]:
        with pytest.raises(UsageError, match=words):
            ss.concern(vault, **kwargs)  # type: ignore[arg-type]
    assert ss.concerns(vault) == []
