"""A programme's pairs after matching (docs/protocol.md Part 4 §5, §6) with real homes on the
real relay: a no-fault rematch that both apps record (a replayed introduction of the ended pair
is then refused), the coordinator pausing, resuming and ending a pair, removing a participant
and closing the programme, and the retention deadlines that delete what it held."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable

import pytest

from ementor_desktop.crypto import envelope
from ementor_desktop.domain import programme as service
from ementor_desktop.domain import programme_pairs as pairs
from ementor_desktop.store.repos import Repos
from tests.integration.test_programme_flow import (
    _deposit,
    _envelope,
    _mailbox,
    _route_to_coordinator,
    make_cohort,
    ok,
    sync,
)
from tests.messaging.conftest import (  # noqa: F401 (fixtures used by name)
    Participant,
    make_participant,
    relay_process,
    relay_url,
)

MakeParticipant = Callable[..., Participant]
Cohort = tuple[Participant, list[Participant]]
DAY = 86_400_000


@pytest.fixture
def matched(make_participant: MakeParticipant, relay_url: str) -> Cohort:  # noqa: F811
    """Ada (mentor) with Ben, Eve (mentor) with Cy, each introduced and connected."""
    coordinator, people = make_cohort(make_participant, relay_url)
    service.match(coordinator.vault, apply=True)
    sync(coordinator, *people, rounds=3)
    return coordinator, people


def _states(coordinator: Participant, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    rows = json.loads(ok(coordinator, capsys, "programme", "participants", "--json").out)
    return {r["name"]: r["state"] for r in rows}


def _peer_state(p: Participant, other: Participant) -> tuple[str, list[str]]:
    (programme,) = p.repos.programmes.all()
    key = other.repos.identity.get().public.signing_key
    peer = p.repos.programmes.peer(programme.id, key)
    assert peer is not None
    return peer.state, peer.scopes


def test_a_rematch_ends_the_pair_at_both_ends_and_a_replayed_introduction_is_stale(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    coordinator, (ada, eve, ben, cy) = make_cohort(make_participant, relay_url)
    service.match(coordinator.vault, apply=True)
    (programme,) = coordinator.repos.programmes.all()
    ben_key = ben.repos.identity.get().public.signing_key
    member = coordinator.repos.programmes.member_by_key(programme.id, ben_key)
    assert member is not None and member.contact_id is not None
    (intro_row,) = [r for r in coordinator.repos.outbox.due(2**62)
                    if r.kind == "programme.intro" and r.contact_id == member.contact_id]
    sync(coordinator, ada, eve, ben, cy, rounds=3)
    assert _peer_state(ben, ada)[0] == "active"
    said = ok(ben, capsys, "programme", "rematch", "Ada", "--note", "Our hours never meet.")
    assert "not who asked" in said.out
    sync(ben, coordinator, ben, ada)
    (pair,) = [x for x in coordinator.repos.programmes.pairs(programme.id)
               if x.state == "ended"]
    assert pair.reason == "rematch asked by the mentee: Our hours never meet."
    assert _peer_state(ben, ada) == ("ended", []) and _peer_state(ada, ben) == ("ended", [])
    states = _states(coordinator, capsys)
    assert states["Ben Mentee"] == "ended" and states["Ada Mentor"] == "ended"
    assert states["Cy Mentee"] in ("matched", "active")
    # the contacts stay: the two may keep talking
    assert ben.contact("Ada Mentor").state == "active"
    # a rematch asked again changes nothing (idempotent); one for a stranger is refused
    ben_id = ben.repos.identity.get()
    relay, mc = _route_to_coordinator(ben)
    for peer in (ada.repos.identity.get().public.signing_key.hex(),
                 cy.repos.identity.get().public.signing_key.hex()):
        _deposit(ben, relay, mc, _envelope(ben_id, coordinator, "programme.rematch",
                                           {"v": 1, "programme": programme.id, "peer": peer}))
    assert coordinator.sync().rejected == {"not your pair": 1}
    # the coordinator's old introduction of Ben and Ada, deposited again under a new id
    doc = json.loads(intro_row.payload)
    doc["id"] = secrets.token_hex(16)
    blob = envelope.seal(json.dumps(doc).encode(), coordinator.repos.identity.get().signing,
                         ben_id.public.box_key)
    relay_p, mp = _mailbox(ben, "programme")
    _deposit(ben, relay_p, mp, blob)
    assert ben.sync().rejected == {"stale introduction": 1}
    assert _peer_state(ben, ada)[0] == "ended"
    # both are free for the next matching, but never with each other again
    proposal = service.match(coordinator.vault)
    assert set(proposal.names.values()) == {"Ben Mentee", "Ada Mentor"}
    assert proposal.pairs == []


def test_the_coordinator_pauses_resumes_and_ends_a_pair(
        matched: Cohort, capsys: pytest.CaptureFixture[str]) -> None:
    coordinator, (ada, _eve, ben, _cy) = matched
    assert _peer_state(ben, ada) == ("active", ["goals", "sessions"])
    ok(coordinator, capsys, "programme", "pause", "Ben", "--reason", "Mentor on leave")
    states = _states(coordinator, capsys)
    assert states["Ben Mentee"] == "paused" and states["Ada Mentor"] == "paused"
    text = ok(coordinator, capsys, "programme", "participants").out
    assert "Ben Mentee + Ada Mentor  paused (Mentor on leave)" in text
    sync(coordinator, ben, ada)
    assert _peer_state(ben, ada) == ("active", [])  # still a pair; no figures taken
    ok(coordinator, capsys, "programme", "resume", "Ada")
    sync(coordinator, ben)
    assert _peer_state(ben, ada) == ("active", ["goals", "sessions"])
    assert _states(coordinator, capsys)["Ben Mentee"] in ("matched", "active")
    ok(coordinator, capsys, "programme", "end", "Ben+Ada", "--reason", "Goals met early")
    sync(coordinator, ben, ada)
    assert _peer_state(ben, ada)[0] == "ended" and _peer_state(ada, ben)[0] == "ended"
    (programme,) = coordinator.repos.programmes.all()
    ended = [x for x in coordinator.repos.programmes.pairs(programme.id) if x.state == "ended"]
    assert [x.reason for x in ended] == ["Goals met early"]
    from tests.integration.cli_peers import run_cli

    for argv in (("pause", "Ben", "--reason", "again"),  # an ended pair
                 ("resume", "Cy"),  # not paused
                 ("end", "Nobody", "--reason", "x")):
        result = run_cli(coordinator, capsys, "programme", *argv)
        assert result.code == 2 and "Traceback" not in result.err, (argv, result)


def test_removing_a_participant_erases_them_and_tells_both(
        matched: Cohort, capsys: pytest.CaptureFixture[str]) -> None:
    coordinator, (_ada, eve, _ben, cy) = matched
    ok(coordinator, capsys, "programme", "remove", "Cy", "--reason", "Asked us by e-mail")
    sync(coordinator, cy, eve)
    assert [p.state.value for p in service.programmes(cy.vault)] == ["removed"]
    (programme,) = cy.repos.programmes.all()
    assert cy.repos.mailboxes.of_programme(programme.id, "programme") == []
    assert _peer_state(eve, cy)[0] == "ended"  # Eve learns the pair ended
    names = {r.name for r in service.participants(coordinator.vault)}
    assert "Cy Mentee" not in names and len(names) == 3
    assert coordinator.vault.db.scalar("SELECT count(*) FROM programme_tombstones") == 1


def test_closing_tells_everyone_and_retention_deletes_what_was_held(
        matched: Cohort, capsys: pytest.CaptureFixture[str]) -> None:
    coordinator, people = matched
    ada, _eve, ben, _cy = people
    ok(coordinator, capsys, "programme", "close")
    (programme,) = coordinator.repos.programmes.all()
    assert service.programmes(coordinator.vault)[0].code is None
    sync(coordinator, *people)
    # the join mailbox and the member mailboxes are deleted from the relay
    assert coordinator.repos.mailboxes.of_programme(programme.id) == []
    for p in people:
        assert [x.state.value for x in service.programmes(p.vault)] == ["closed"]
        (mine,) = p.repos.programmes.all()
        # Mp and unused routes are gone; the route bound to the match stays until retired
        assert all(m.programme_use == "route" and m.contact_id is not None
                   for m in p.repos.mailboxes.of_programme(mine.id))
    assert _peer_state(ben, ada)[0] == "ended"
    assert {r.state.value for r in service.participants(coordinator.vault)} == {"ended"}
    from tests.integration.cli_peers import run_cli

    result = run_cli(coordinator, capsys, "programme", "match")
    assert result.code == 2 and "is closed" in result.err
    # retention: 90 days (the default) after closing, not a day before
    closed = coordinator.repos.programmes.get(programme.id)
    assert closed is not None and closed.closed_at is not None
    with coordinator.vault.mutex, coordinator.vault.db.transaction():
        repos = Repos.over(coordinator.vault.db)
        service.housekeeping(repos, closed.closed_at + 89 * DAY)
    assert len(service.participants(coordinator.vault)) == 4
    with coordinator.vault.mutex, coordinator.vault.db.transaction():
        service.housekeeping(Repos.over(coordinator.vault.db), closed.closed_at + 91 * DAY)
    assert service.participants(coordinator.vault) == []
    db = coordinator.vault.db
    assert db.scalar("SELECT count(*) FROM programme_pairs") == 0
    assert db.scalar("SELECT count(*) FROM programme_summaries") == 0
    coordinator.sync()  # the hidden contacts go once nothing waits for them
    assert db.scalar("SELECT count(*) FROM contacts") == 0


def test_retention_after_the_programme_ends_keeps_live_pairs(matched: Cohort) -> None:
    coordinator, _people = matched
    (programme,) = coordinator.repos.programmes.all()
    pairs.end(coordinator.vault, "Ben", "Goals met")
    # the terms say the programme ends on a date: retention counts from the end of that day
    with coordinator.vault.mutex, coordinator.vault.db.transaction():
        repos = Repos.over(coordinator.vault.db)
        terms = json.loads(programme.terms or "{}")
        terms["ends"] = "2026-03-31"
        from ementor_desktop.domain.programme_terms import canonical, parse_terms

        repos.programmes.update(programme.id, terms=canonical(parse_terms(json.dumps(terms))))
    end_of_day = 1_775_001_600_000  # 2026-04-01T00:00:00Z
    p = coordinator.repos.programmes.get(programme.id)
    assert p is not None
    assert pairs.retention_starts(p, service.pin.terms_of(p)) == end_of_day
    with coordinator.vault.mutex, coordinator.vault.db.transaction():
        repos = Repos.over(coordinator.vault.db)
        assert not pairs.apply_retention(repos, p, end_of_day + 90 * DAY - 1)
        assert pairs.apply_retention(repos, p, end_of_day + 90 * DAY)
    left = coordinator.repos.programmes.pairs(programme.id)
    assert [x.state for x in left] == ["active"]  # Eve and Cy's pair is live: kept
    profiles = {m.display_name: m.profile for m in coordinator.repos.programmes.members(p.id)}
    assert profiles["Ben Mentee"] == {} and profiles["Ada Mentor"] == {}
    assert profiles["Cy Mentee"] != {} and profiles["Eve Mentor"] != {}
