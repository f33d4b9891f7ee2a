"""Self-service and reports against hostile peers (docs/protocol.md Part 4 §7, §8, §10), on
the real relay: each envelope a participant or a stranger could forge is refused for its
reason (a request on another mentee's shortlist, beyond `open_requests`, a reply to an unknown
request or by the wrong side, an offer or outcome not from the coordinator, fields not shared,
bad keys, too many reports), replays change nothing, a note addressed or signed otherwise is
shown as not verified while the request goes on, and a thousand requests from one mentee are
bounded work that stops nobody else."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ementor_desktop.crypto.identity import Identity
from ementor_desktop.domain import profile as profile_service
from ementor_desktop.domain import programme_selfservice as selfservice
from ementor_desktop.domain.models import Role
from ementor_desktop.store.vault import now_ms
from tests.integration.test_programme_flow import (
    _deposit,
    _envelope,
    _mailbox,
    _route_to_coordinator,
    enrol,
    ok,
    sync,
)
from tests.integration.test_programme_selfservice_flow import write_config
from tests.messaging.conftest import (  # noqa: F401 (fixtures used by name)
    Participant,
    make_participant,
    relay_process,
    relay_url,
)

MakeParticipant = Callable[..., Participant]


@pytest.fixture
def market(make_participant: MakeParticipant, relay_url: str,  # noqa: F811
           tmp_path: Path) -> dict[str, Participant]:
    """Two mentors with two places each and two mentees, all on python: each mentee's
    shortlist holds both mentors. One request may be open at once."""
    people = {"coordinator": make_participant("Cora Coordinator", Role.COORDINATOR)}
    for name in ("Ada", "Eve"):
        p = make_participant(f"{name} Mentor", Role.MENTOR)
        profile_service.save_profile(p.vault, skills={"python": 4}, capacity=2,
                                     languages=["en"])
        people[name.lower()] = p
    for name in ("Ben", "Cy"):
        p = make_participant(f"{name} Mentee", Role.MENTEE)
        profile_service.save_profile(p.vault, wants={"python": 3}, languages=["en"])
        people[name.lower()] = p
    enrol(people["coordinator"], [people[k] for k in ("ada", "eve", "ben", "cy")], relay_url,
          write_config(tmp_path, open_requests=1))
    sync(people["coordinator"], people["ben"], people["cy"])
    return people


def _programme_id(p: Participant) -> str:
    (programme_id,) = [x.id for x in p.repos.programmes.all()]
    return programme_id


def _shortlist(p: Participant) -> tuple[str, dict[str, str]]:
    """The participant's live shortlist: its id and each candidate's name -> candidate id."""
    (held,) = selfservice.store(p.repos).held_shortlists(_programme_id(p), "request")
    return held.id, {e["name"]: e["candidate"] for e in held.entries}


def _to_coordinator(p: Participant, coordinator: Participant, kind: str,
                    body: dict[str, Any], identity: Identity | None = None) -> bytes:
    blob = _envelope(identity or p.repos.identity.get(), coordinator, kind,
                     {"v": 1, "programme": _programme_id(p), **body})
    relay, mc = _route_to_coordinator(p)
    _deposit(p, relay, mc, blob)
    return blob


def _request(shortlist: str, candidate: str, request: str | None = None) -> dict[str, Any]:
    return {"request": request or secrets.token_hex(16), "shortlist": shortlist,
            "candidate": candidate}


def test_hostile_requests_and_replies_are_refused_each_for_its_reason(
        market: dict[str, Participant], capsys: pytest.CaptureFixture[str]) -> None:
    c, ada, eve, ben, cy = (market[k] for k in ("coordinator", "ada", "eve", "ben", "cy"))
    ben_list, ben_candidates = _shortlist(ben)
    assert sorted(ben_candidates) == ["Ada Mentor", "Eve Mentor"]
    ok(ben, capsys, "programme", "request", "Ada")
    ben.sync()
    assert c.sync().rejected == {}
    (ben_request,) = selfservice.store(c.repos).requests(_programme_id(c))
    cy_list, cy_candidates = _shortlist(cy)
    hostile = [
        (cy, "programme.request", _request(ben_list, ben_candidates["Eve Mentor"])),
        (cy, "programme.request", _request(cy_list, "ab" * 16)),  # not a candidate of it
        (cy, "programme.request", _request("cd" * 16, cy_candidates["Ada Mentor"])),
        (ben, "programme.request", _request(ben_list, ben_candidates["Eve Mentor"])),  # 2 > 1
        (ben, "programme.request", _request(ben_list, ben_candidates["Ada Mentor"],
                                            ben_request.request)),  # the same id: a duplicate
        (ada, "programme.request", _request(cy_list, cy_candidates["Eve Mentor"])),  # a mentor
        (cy, "programme.request", _request(cy_list, cy_candidates["Ada Mentor"],
                                           ben_request.request)),  # another mentee's id
        (ben, "programme.reply", {"request": "ef" * 16, "action": "cancel"}),
        (ben, "programme.reply", {"request": ben_request.request, "action": "accept"}),
        (cy, "programme.reply", {"request": ben_request.request, "action": "cancel"}),
        (eve, "programme.reply", {"request": ben_request.request, "action": "accept"}),
        (ada, "programme.reply", {"request": ben_request.request, "action": "answer"}),
        (ben, "programme.report", {"report": "01" * 16, "category": "other", "text": "x",
                                   "contact": False, "about": "00" * 32}),
    ]
    for sender, kind, body in hostile:
        _to_coordinator(sender, c, kind, body)
    assert c.sync().rejected == {"not allowed": 7, "too many open requests": 1,
                                 "unknown request": 3, "bad key": 1}
    rows = selfservice.store(c.repos).requests(_programme_id(c))
    assert [(r.request, r.state) for r in rows] == [(ben_request.request, "open")]
    assert selfservice.store(c.repos).reports() == []
    # the refused requests were answered `closed`, so the senders' apps stop waiting
    sync(ada, eve)
    assert len(json.loads(ok(ada, capsys, "programme", "offers", "--json").out)) == 1
    assert json.loads(ok(eve, capsys, "programme", "offers", "--json").out) == []


def test_replays_of_requests_and_replies_change_nothing(
        market: dict[str, Participant], capsys: pytest.CaptureFixture[str]) -> None:
    c, ada, ben = market["coordinator"], market["ada"], market["ben"]
    ben_list, candidates = _shortlist(ben)
    request = _request(ben_list, candidates["Ada Mentor"])
    blob = _to_coordinator(ben, c, "programme.request", request)
    c.sync()
    relay, mc = _route_to_coordinator(ben)
    _deposit(ben, relay, mc, blob)  # the same bytes again (the relay may do this)
    _to_coordinator(ben, c, "programme.request", request)  # the same request id, new envelope
    report = c.sync()
    assert report.duplicates == 1 and report.rejected == {}
    ada.sync()
    (offer,) = json.loads(ok(ada, capsys, "programme", "offers", "--json").out)
    decline = {"request": offer["request"], "action": "decline", "reason": "fit"}
    blob = _to_coordinator(ada, c, "programme.reply", decline)
    c.sync()
    _deposit(ada, *_route_to_coordinator(ada), blob)
    _to_coordinator(ada, c, "programme.reply", {**decline, "action": "accept"})
    c.sync()
    (row,) = selfservice.store(c.repos).requests(_programme_id(c))
    assert (row.state, row.reason) == ("declined", "fit")
    assert c.repos.programmes.pairs(_programme_id(c), "active") == []


def test_forged_offers_outcomes_and_shortlists_are_refused(
        market: dict[str, Participant]) -> None:
    c, ada, eve, ben = (market[k] for k in ("coordinator", "ada", "eve", "ben"))
    c_id = c.repos.identity.get()
    mallory = Identity.generate()
    programme_id = _programme_id(ada)
    ben_pub = ben.repos.identity.get().public

    def person(**changes: Any) -> dict[str, Any]:
        return {"signing": ben_pub.signing_key.hex(), "box": ben_pub.box_key.hex(),
                "name": "Ben Mentee", "headline": "", "profile": {"wants": {"python": 3}},
                **changes}

    def offer(**changes: Any) -> dict[str, Any]:
        return {"v": 1, "programme": programme_id, "request": secrets.token_hex(16),
                "expires": now_ms() + 86_400_000, "mentee": person(), **changes}

    outcome = {"v": 1, "programme": programme_id, "request": "12" * 16, "state": "accepted",
               "at": now_ms()}
    relay, mp = _mailbox(ada, "programme")
    for sender, kind, body in [
        (mallory, "programme.offer", offer()),  # a stranger in Ada's programme mailbox
        (mallory, "programme.outcome", outcome),
        (c_id, "programme.offer", offer(mentee=person(profile={"languages": ["en"]}))),
        (c_id, "programme.offer", offer(mentee=person(box="00" * 32))),
        (c_id, "programme.offer", offer(mentee=person(
            signing=ada.repos.identity.get().public.signing_key.hex()))),  # Ada herself
        (c_id, "programme.outcome", outcome),  # a request Ada's app does not know: kept
    ]:
        _deposit(ada, relay, mp, _envelope(sender, ada, kind, body))
    report = ada.sync()
    assert report.rejected == {"not the coordinator": 2, "field not shared": 1, "bad key": 1,
                               "not allowed": 1}
    assert [h.reason for h in ada.repos.held.select()] == ["programme: waiting"]
    assert selfservice.store(ada.repos).asks(programme_id) == []
    # at a mentee: an offer (a mentor's kind) and a shortlist showing what is not shared
    relay, mp = _mailbox(ben, "programme")
    ada_pub = ada.repos.identity.get().public
    entry = {"candidate": "34" * 16, "name": "Ada Mentor", "headline": "", "role": "mentor",
             "profile": {"skills": {"python": 4}}, "score_milli": 0, "max_milli": 0,
             "criteria": [], "signing": ada_pub.signing_key.hex(),
             "box": ada_pub.box_key.hex()}
    shortlist = {"v": 1, "programme": programme_id, "shortlist": "56" * 16, "issued": now_ms(),
                 "expires": now_ms() + 86_400_000, "mode": "request", "entries": [entry]}
    for kind, body in [
        ("programme.offer", offer()),
        ("programme.shortlist", {**shortlist, "entries": [{**entry, "profile": {
            "languages": ["en"]}}]}),
        ("programme.shortlist", {**shortlist, "entries": [{**entry, "box": "00" * 32}]}),
    ]:
        _deposit(ben, relay, mp, _envelope(c_id, ben, kind, body))
    assert ben.sync().rejected == {"not allowed": 1, "field not shared": 1, "bad key": 1}
    assert len(selfservice.store(ben.repos).held_shortlists(programme_id)) == 1  # the real one
    del eve


def test_a_note_for_someone_else_is_not_shown_and_the_request_goes_on(
        market: dict[str, Participant], capsys: pytest.CaptureFixture[str]) -> None:
    c, ada, eve, ben = (market[k] for k in ("coordinator", "ada", "eve", "ben"))
    ben_id = ben.repos.identity.get()
    ada_pub, eve_pub = ada.repos.identity.get().public, eve.repos.identity.get().public
    programme_id = _programme_id(ben)
    ben_list, candidates = _shortlist(ben)
    request_id = secrets.token_hex(16)
    # Ben seals his note to Eve, not to Ada whom he asks
    note = selfservice.seal_note(ben_id, eve_pub.signing_key, eve_pub.box_key, programme_id,
                                 request_id, "Meant for Eve", now_ms())
    _to_coordinator(ben, c, "programme.request",
                    {**_request(ben_list, candidates["Ada Mentor"], request_id), "note": note})
    c.sync()
    ada.sync()
    (offer,) = json.loads(ok(ada, capsys, "programme", "offers", "--json").out)
    assert offer["state"] == "open" and offer["notes"] == [
        {"from": "them", "at": offer["notes"][0]["at"], "verified": False}]
    shown = ok(ada, capsys, "programme", "offers").out
    assert selfservice.NOT_VERIFIED in shown and "Meant for Eve" not in shown
    # a note signed by someone else than the mentee the coordinator names, in Ada's ask
    mallory = Identity.generate()
    forged = selfservice.seal_note(mallory, ben_id.public.signing_key, ben_id.public.box_key,
                                   programme_id, request_id, "Not from Ada", now_ms())
    _to_coordinator(ada, c, "programme.reply",
                    {"request": request_id, "action": "ask", "note": forged})
    c.sync()
    ben.sync()
    kept = selfservice.store(ben.repos).asks(programme_id)
    assert kept == []  # Ben's app never sent this request: the outcome waits for it
    # Ada's own note to Ben, but for another request id: not verified either
    wrong = selfservice.seal_note(ada.repos.identity.get(), ben_id.public.signing_key,
                                  ben_id.public.box_key, programme_id, "99" * 16, "Other",
                                  now_ms())
    assert selfservice.open_note(ben_id, wrong, signer=ada_pub.signing_key,
                                 programme_id=programme_id, request=request_id) is None
    assert selfservice.open_note(ben_id, wrong, signer=ada_pub.signing_key,
                                 programme_id=programme_id, request="99" * 16) == "Other"


def test_too_many_reports_are_refused(market: dict[str, Participant]) -> None:
    c, ben = market["coordinator"], market["ben"]
    for n in range(selfservice.MAX_REPORTS + 2):
        _to_coordinator(ben, c, "programme.report",
                        {"report": f"{n:032x}", "category": "conduct", "text": f"report {n}",
                         "contact": False})
    _to_coordinator(ben, c, "programme.report",  # a held id again: a duplicate, not a refusal
                    {"report": f"{0:032x}", "category": "conduct", "text": "again",
                     "contact": False})
    assert c.sync().rejected == {"too many reports": 2}
    reports = selfservice.store(c.repos).reports()
    assert len(reports) == selfservice.MAX_REPORTS
    assert {r.text for r in reports if r.report == f"{0:032x}"} == {"report 0"}


def test_a_thousand_requests_from_one_mentee_are_bounded_and_stop_nobody(
        market: dict[str, Participant], capsys: pytest.CaptureFixture[str]) -> None:
    from ementor_desktop.crypto import envelope
    from ementor_desktop.sync.relay_client import RelayClient

    c, ada, ben, cy = (market[k] for k in ("coordinator", "ada", "ben", "cy"))
    ben_list, candidates = _shortlist(ben)
    ben_id, c_box = ben.repos.identity.get(), c.repos.identity.get().public.box_key
    relay, mc = _route_to_coordinator(ben)
    with RelayClient(relay, ben.session) as client:
        for _ in range(1000):  # each a fresh request on a shortlist that is not Ben's to use
            body = {"v": 1, "programme": _programme_id(ben),
                    **_request("ee" * 16, candidates["Ada Mentor"])}
            blob = _envelope(ben_id, c, "programme.request", body)
            assert len(blob) == 1024 and blob[0] == envelope.VERSION
            client.deposit(mc, blob, secrets.token_urlsafe(16))
    del c_box, ben_list
    ok(cy, capsys, "programme", "request", "Ada")
    cy.sync()
    report = c.sync()
    assert report.rejected == {"not allowed": 1000}
    assert not report.errors
    # at most MAX_WAITING_ANSWERS answers were queued for the flood, however long it was (Ben's
    # app keeps them: requests it never sent)
    c.sync()
    ben.sync()
    answers = ben.repos.held.count(reason=selfservice.WAITING)
    assert 0 < answers <= selfservice.MAX_WAITING_ANSWERS
    assert [r.state for r in selfservice.store(c.repos).requests(_programme_id(c))] == ["open"]
    ada.sync()
    (offer,) = json.loads(ok(ada, capsys, "programme", "offers", "--json").out)
    assert offer["peer_name"] == "Cy Mentee"
