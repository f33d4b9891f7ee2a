"""Programmes after an adversarial review (docs/protocol.md Part 4): each test is a finding
that failed before its fix — a leaver's partner is told, enrolment stops at its limit, a
stranger or a declined leaver cannot stall the coordinator's sync, a sensitive field never
reaches the coordinator's screen, a re-sent profile keeps its answers, a narrower consent
reaches the partner, leaving erases the hidden contact at once, and the queries use indexes.
Real homes on the real relay."""

from __future__ import annotations

import json
import secrets
import time
from pathlib import Path

import pytest

from ementor_desktop.domain import profile as profile_service
from ementor_desktop.domain import programme as service
from ementor_desktop.domain.models import Role
from tests.integration.cli_peers import run_cli
from tests.integration.test_programme_flow import (
    MakeParticipant,
    _deposit,
    _envelope,
    make_cohort,
    sync,
)
from tests.messaging.conftest import (  # noqa: F401 (fixtures used by name)
    Participant,
    make_participant,
    relay_process,
    relay_url,
)


def _programme(coordinator: Participant, relay: str, tmp_path: Path, toml: str,
               name: str = "Review") -> str:
    config = tmp_path / "programme.toml"
    config.write_text(toml, encoding="utf-8")
    info = service.create_programme(coordinator.vault, name=name, relay_url=relay,
                                    config_path=config, session=coordinator.session)
    assert info.code is not None
    return info.code


def _key(p: Participant) -> bytes:
    return p.repos.identity.get().public.signing_key


def test_the_partner_of_a_leaver_is_told_and_the_leaver_is_erased_at_once(
        make_participant: MakeParticipant, relay_url: str) -> None:  # noqa: F811
    coordinator, (ada, eve, ben, cy) = make_cohort(make_participant, relay_url)
    service.match(coordinator.vault, apply=True)
    sync(coordinator, ada, eve, ben, cy, rounds=3)
    (pid,) = [p.id for p in ada.repos.programmes.all()]
    peer = ada.repos.programmes.peer(pid, _key(ben))
    assert peer is not None and peer.state == "active"
    service.leave(ben.vault, reason="no_time")
    ben.sync()
    coordinator.engine().sync_once()  # the leave applied: nothing of Ben's key is left
    db = coordinator.vault.db
    assert db.scalar("SELECT count(*) FROM contacts WHERE signing_key = ?", (_key(ben),)) == 0
    assert db.scalar("SELECT count(*) FROM programme_members") == 3
    sync(coordinator, ada)
    peer = ada.repos.programmes.peer(pid, _key(ben))
    assert peer is not None and (peer.state, peer.scopes) == ("ended", [])


def test_enrolment_stops_at_max_participants(make_participant: MakeParticipant,  # noqa: F811
                                             relay_url: str, tmp_path: Path) -> None:  # noqa: F811
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    code = _programme(coordinator, relay_url, tmp_path, "max_participants = 1\n")
    people = []
    for i in range(3):
        p = make_participant(f"Men Tee{i}", Role.MENTEE)
        profile_service.save_profile(p.vault, wants={"python": 3})
        service.join_programme(p.vault, code, consent=True, session=p.session)
        people.append(p)
    refused = 0
    for _ in range(2):
        for p in people:
            p.sync()
        refused += coordinator.sync().rejected["enrolment closed"]
    states = [r.state.value for r in service.participants(coordinator.vault)]
    assert states.count("enrolled") == 1 and refused == 2


def test_a_declined_leaver_leaves_nothing_and_sync_completes(
        make_participant: MakeParticipant, relay_url: str, tmp_path: Path) -> None:  # noqa: F811
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    code = _programme(coordinator, relay_url, tmp_path, 'admission = "review"\n')
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ben.vault, wants={"python": 3})
    service.join_programme(ben.vault, code, consent=True, session=ben.session)
    sync(ben, coordinator, ben, coordinator)
    (row,) = service.participants(coordinator.vault)
    assert row.state.value == "pending"
    service.leave(ben.vault)
    sync(ben, ben)  # the leave is on the relay, Ben's programme mailbox deleted
    service.decline(coordinator.vault, row.member_id)
    reports = [coordinator.sync() for _ in range(2)]
    db = coordinator.vault.db
    assert db.scalar("SELECT count(*) FROM contacts WHERE signing_key = ?", (_key(ben),)) == 0
    assert db.scalar("SELECT count(*) FROM outbox") == 0
    assert reports[-1].complete, reports[-1].problem()
    assert all("''" not in e and " 's " not in e for r in reports for e in r.errors)


def test_a_strangers_join_naming_no_mailbox_does_not_stall_sync(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ementor_desktop.crypto.identity import Identity
    from ementor_desktop.protocol import programme_schema as schema
    from ementor_desktop.protocol.relay_v1 import b64url_encode

    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    info = service.create_programme(coordinator.vault, name="Open", relay_url=relay_url,
                                    session=coordinator.session)
    assert info.code is not None
    code = schema.EnrolmentCode.parse(info.code)
    mallory = Identity.generate()
    body = {"v": 1, "programme": info.id, "secret": code.secret.hex(),
            "box": mallory.public.box_key.hex(), "relay": info.relay_url,
            "send_id": b64url_encode(bytes(range(32)))}  # a mailbox that does not exist
    _deposit(coordinator, code.relay_url, code.send_id,
             _envelope(mallory, coordinator, "programme.join", body))
    reports = [coordinator.sync(), coordinator.sync()]
    assert reports[-1].complete, reports[-1].problem()
    assert not any(r.errors for r in reports)
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() + 9 * 86_400 * 10**9)  # join lapsed
    report = coordinator.sync()
    assert report.complete, report.problem()
    db = coordinator.vault.db
    assert (db.scalar("SELECT count(*) FROM contacts"),
            db.scalar("SELECT count(*) FROM programme_members"),
            db.scalar("SELECT count(*) FROM outbox")) == (0, 0, 0)


def test_a_lapsed_join_drops_its_queued_welcome(make_participant: MakeParticipant,  # noqa: F811
                                                relay_url: str) -> None:  # noqa: F811
    from ementor_desktop.domain import programme_inbox as pin
    from ementor_desktop.domain.programme_inbox import JOIN_LAPSE_MS
    from ementor_desktop.store.repos import Repos
    from ementor_desktop.store.vault import now_ms

    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ben.vault, wants={"python": 3})
    info = service.create_programme(coordinator.vault, name="Lapse", relay_url=relay_url,
                                    session=coordinator.session)
    assert info.code is not None
    service.join_programme(ben.vault, info.code, session=ben.session)  # no consent: no profile
    ben.sync()
    coordinator.engine().sync_once()
    db = coordinator.vault.db
    (programme,) = coordinator.repos.programmes.all()
    (member,) = coordinator.repos.programmes.members(programme.id)
    contact = coordinator.repos.contacts.get(member.contact_id or "")
    mc = coordinator.repos.mailboxes.get(member.mailbox_id or 0)
    assert contact is not None and mc is not None
    with coordinator.vault.mutex, db.transaction():  # a welcome again (Ben joined again)
        pin.queue_welcome(Repos.over(db), programme, contact, mc.relay_url, mc.send_id,
                          now_ms() + JOIN_LAPSE_MS)  # queued just before the lapse
    assert db.scalar("SELECT count(*) FROM outbox WHERE kind = 'programme.welcome'") == 1
    with coordinator.vault.mutex, db.transaction():
        service.housekeeping(Repos.over(db), now_ms() + JOIN_LAPSE_MS + 1)
    assert db.scalar("SELECT count(*) FROM outbox") == 0
    assert db.scalar("SELECT count(*) FROM contacts") == 0


def test_a_resent_profile_keeps_the_answers(make_participant: MakeParticipant,  # noqa: F811
                                            relay_url: str, tmp_path: Path) -> None:  # noqa: F811
    from ementor_desktop.domain import programme_inbox as pin
    from ementor_desktop.store.repos import Repos
    from ementor_desktop.store.vault import now_ms

    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    code = _programme(
        coordinator, relay_url, tmp_path,
        '[[fields]]\nfield = "wants"\nroles = ["mentee"]\nrequired = true\nsensitive = false\n'
        'shown = ["match"]\n'
        '[[fields]]\nfield = "department"\nroles = ["mentee"]\nrequired = true\n'
        'sensitive = true\nshown = []\n')
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ben.vault, wants={"python": 3})
    service.join_programme(ben.vault, code, consent=True, answers={"department": "Legal"},
                           session=ben.session)
    sync(ben, coordinator, ben, coordinator)
    (programme,) = coordinator.repos.programmes.all()
    (m,) = coordinator.repos.programmes.members(programme.id)
    assert m.profile.get("department") == "Legal"
    with coordinator.vault.mutex, coordinator.vault.db.transaction():
        repos = Repos.over(coordinator.vault.db)
        pin.queue_status(repos, programme, m, m.state, now_ms(), routes_needed=2)
    coordinator.sync()
    ben.sync()
    ben.sync()
    report = coordinator.sync()
    assert not report.rejected
    (m2,) = coordinator.repos.programmes.members(programme.id)
    assert m2.profile.get("department") == "Legal" and len(m2.routes) > len(m.routes)


def test_a_narrower_consent_in_a_new_profile_reaches_the_partner(
        make_participant: MakeParticipant, relay_url: str) -> None:  # noqa: F811
    coordinator, (ada, eve, ben, cy) = make_cohort(make_participant, relay_url)
    service.match(coordinator.vault, apply=True)
    sync(coordinator, ada, eve, ben, cy, rounds=3)
    (pid,) = [p.id for p in ada.repos.programmes.all()]
    peer = ada.repos.programmes.peer(pid, _key(ben))
    assert peer is not None and len(peer.scopes) > 1
    service.consent_programme(ben.vault, scopes=["sessions"])
    sync(ben, coordinator, ada, ben, coordinator, ada)
    peer = ada.repos.programmes.peer(pid, _key(ben))
    assert peer is not None and peer.scopes == ["sessions"]


def test_no_sensitive_value_reaches_the_coordinators_screen(
        make_participant: MakeParticipant, relay_url: str, tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    tag = secrets.token_hex(4)
    shared, lonely, dept, team = (f"canaryskill{tag}", f"canarywant{tag}", f"Canarydept{tag}",
                                  f"Canaryteam{tag}")
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    config = tmp_path / "programme.toml"
    config.write_text(
        '[[fields]]\nfield = "skills"\nroles = ["mentor"]\nrequired = true\n'
        'sensitive = true\nshown = []\n'
        '[[fields]]\nfield = "wants"\nroles = ["mentee"]\nrequired = true\nsensitive = true\n'
        'shown = []\n'
        '[[fields]]\nfield = "department"\nroles = ["mentor", "mentee"]\nrequired = true\n'
        'sensitive = true\nshown = []\n'
        '[[fields]]\nfield = "extra.team"\nlabel = "Team"\nroles = ["mentor", "mentee"]\n'
        'required = true\n'
        'sensitive = true\nshown = []\n', encoding="utf-8")
    info = service.create_programme(coordinator.vault, name="Sensitive", relay_url=relay_url,
                                    config_path=config, session=coordinator.session)
    assert info.code is not None
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    cy = make_participant("Cy Mentee", Role.MENTEE)
    profile_service.save_profile(ada.vault, skills={shared: 4}, capacity=1)
    profile_service.save_profile(ben.vault, wants={shared: 3})
    profile_service.save_profile(cy.vault, wants={lonely: 3})
    for p in (ada, ben, cy):
        service.join_programme(p.vault, info.code, consent=True, session=p.session,
                               answers={"department": dept, "extra.team": team})
    sync(ada, ben, cy, coordinator, ada, ben, cy, coordinator, rounds=2)
    members = coordinator.repos.programmes.members(info.id)
    assert {m.profile.get("department") for m in members} == {dept}  # the canaries are held
    canaries = [shared, lonely, dept, team]
    outputs = []
    for argv in (("programme", "match"), ("programme", "participants"),
                 ("programme", "participants", "--json"), ("programme", "status"),
                 ("programme", "status", "--json"), ("programme", "report"),
                 ("programme", "report", "--json"), ("programme", "match", "--apply")):
        result = run_cli(coordinator, capsys, *argv)
        assert result.code == 0, (argv, result)
        outputs.append(result.out + result.err)
    assert "not matched: Cy Mentee" in outputs[0]
    text = "\n".join(outputs)
    assert [c for c in canaries if c.casefold() in text.casefold()] == []


def test_the_proposal_holds_no_sensitive_value(
        make_participant: MakeParticipant, relay_url: str, tmp_path: Path) -> None:  # noqa: F811
    tag = secrets.token_hex(4)
    lonely, dept = f"canarywant{tag}", f"Canarydept{tag}"
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    code = _programme(
        coordinator, relay_url, tmp_path,
        '[[fields]]\nfield = "wants"\nroles = ["mentee"]\nrequired = true\nsensitive = true\n'
        'shown = []\n'
        '[[fields]]\nfield = "department"\nroles = ["mentor", "mentee"]\nrequired = true\n'
        'sensitive = true\nshown = []\n')
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ada.vault, skills={"python": 4}, capacity=1)
    profile_service.save_profile(ben.vault, wants={lonely: 3})
    for p in (ada, ben):
        service.join_programme(p.vault, code, consent=True, session=p.session,
                               answers={"department": dept})
    sync(ada, ben, coordinator, ada, ben, coordinator, rounds=2)
    proposal = service.match(coordinator.vault)
    assert proposal.unmatched and not proposal.pairs
    dumped = json.dumps({"summary": proposal.summary, "unmatched": proposal.unmatched,
                         "pairs": proposal.pairs, "names": proposal.names,
                         "skipped": proposal.skipped,
                         "cards": {k: [repr(c) for c in v] for k, v in proposal.cards.items()}},
                        default=str)
    assert lonely not in dumped and dept.casefold() not in dumped.casefold()


def test_member_and_pair_queries_use_indexes(make_participant: MakeParticipant) -> None:  # noqa: F811
    db = make_participant("Cora Coordinator", Role.COORDINATOR).vault.db
    plans = {
        "pairs": db.all("EXPLAIN QUERY PLAN SELECT id FROM programme_pairs WHERE "
                        "programme_id = 'p' AND mentee_id = 'm' UNION SELECT id FROM "
                        "programme_pairs WHERE programme_id = 'p' AND mentor_id = 'm'"),
        "members": db.all("EXPLAIN QUERY PLAN SELECT count(*) FROM programme_members "
                          "WHERE programme_id = 'p' AND state IN ('pending', 'enrolled')"),
    }
    text = {k: " ".join(str(r[-1]) for r in v) for k, v in plans.items()}
    assert "programme_pairs_by_mentee" in text["pairs"], text
    assert "programme_pairs_by_mentor" in text["pairs"], text
    assert "programme_members_by_state" in text["members"] \
        or "PRIMARY KEY" in text["members"], text


def test_a_tampered_card_shows_as_tampered(make_participant: MakeParticipant,  # noqa: F811
                                           relay_url: str,  # noqa: F811
                                           capsys: pytest.CaptureFixture[str]) -> None:
    coordinator, (ada, eve, ben, cy) = make_cohort(make_participant, relay_url)
    service.match(coordinator.vault, apply=True)
    sync(coordinator, ada, eve, ben, cy, rounds=3)
    (card,) = ben.repos.programmes.cards()
    plain = json.loads(card.card)
    plain["score_milli"] = "lots"
    plain["criteria"][0]["weight_milli"] = {"x": 1}
    with ben.vault.mutex, ben.vault.db.transaction():
        ben.vault.db.execute("UPDATE programme_cards SET card = ? WHERE id = ?",
                             (json.dumps(plain), card.id))
    result = run_cli(ben, capsys, "match-card")
    assert result.code == 0 and "Traceback" not in result.err, result
    assert "(tampered)" in result.out and "score ? of" in result.out


def test_the_tombstone_is_not_before_the_leave_was_signed(
        make_participant: MakeParticipant, relay_url: str) -> None:  # noqa: F811
    from ementor_desktop.store.vault import now_ms
    from tests.integration.test_programme_flow import _route_to_coordinator

    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ben.vault, wants={"python": 3})
    info = service.create_programme(coordinator.vault, name="Clock", relay_url=relay_url,
                                    session=coordinator.session)
    assert info.code is not None
    service.join_programme(ben.vault, info.code, consent=True, session=ben.session)
    sync(ben, coordinator, ben, coordinator)
    relay, mc = _route_to_coordinator(ben)
    ahead = now_ms() + 3_600_000  # Ben's clock is an hour ahead
    _deposit(ben, relay, mc, _envelope(ben.repos.identity.get(), coordinator,
                                       "programme.leave", {"v": 1, "programme": info.id},
                                       sent=ahead))
    coordinator.sync()
    assert service.participants(coordinator.vault) == []
    assert coordinator.vault.db.scalar("SELECT left_at FROM programme_tombstones") == ahead


def test_joining_again_keeps_the_randomised_answers(
        make_participant: MakeParticipant, relay_url: str) -> None:  # noqa: F811
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ben.vault, wants={"python": 3})
    info = service.create_programme(coordinator.vault, name="Memo", relay_url=relay_url,
                                    session=coordinator.session)
    assert info.code is not None
    service.join_programme(ben.vault, info.code, consent=True, session=ben.session)
    sync(ben, coordinator, ben, coordinator)
    with ben.vault.mutex, ben.vault.db.transaction():
        ben.repos.programmes.set_memo(info.id, "useful", 4, 2)
    service.leave(ben.vault)
    sync(ben, coordinator)
    service.join_programme(ben.vault, info.code, consent=True, session=ben.session)
    assert ben.repos.programmes.memo(info.id, "useful", 4) == 2
    assert ben.repos.programmes.memos(info.id) == [("useful", 4, 2)]


def test_an_introduction_before_the_welcome_is_kept(
        make_participant: MakeParticipant, relay_url: str) -> None:  # noqa: F811
    from ementor_desktop.protocol.relay_v1 import b64url_encode
    from ementor_desktop.store.vault import now_ms
    from tests.integration.test_programme_flow import _mailbox

    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ben.vault, wants={"python": 3})
    info = service.create_programme(coordinator.vault, name="Early", relay_url=relay_url,
                                    session=coordinator.session)
    assert info.code is not None
    service.join_programme(ben.vault, info.code, consent=True, session=ben.session)
    c_id = coordinator.repos.identity.get()
    ada_pub = ada.repos.identity.get().public
    card = {"v": 1, "id": "cd" * 16, "programme": info.id,
            "coordinator": c_id.public.signing_key.hex(), "subject": _key(ben).hex(),
            "role": "mentee", "issued": now_ms(), "method": "manual", "max_milli": 1000,
            "rules": [], "peer": ada_pub.signing_key.hex(), "score_milli": 1000,
            "criteria": [{"name": "skills", "weight_milli": 1000,
                          "contribution_milli": 1000}]}
    peer = {"signing": ada_pub.signing_key.hex(), "box": ada_pub.box_key.hex(), "name": "Ada",
            "role": "mentor", "headline": "", "relay": relay_url,
            "send_id": b64url_encode(bytes(range(32)))}
    body = {"v": 1, "programme": info.id, "card": card, "sig": "00" * 64, "peer": peer,
            "mine": b64url_encode(bytes(32))}
    relay, mp = _mailbox(ben, "programme")
    _deposit(ben, relay, mp, _envelope(c_id, ben, "programme.intro", body))
    ben.sync()  # the join leaves; the introduction is there before any welcome
    assert [h.reason for h in ben.repos.held.select()] == ["before the welcome"]
    sync(coordinator, ben)
    assert service.programmes(ben.vault)[0].state.value != "joining"
    assert ben.repos.held.select() == []  # applied after the welcome (and refused: a forgery)
