"""Programmes end to end (docs/protocol.md Part 4) with real homes on the real relay: a
coordinator and participants enrol through the CLI and the services, match, are introduced,
and the pair exchanges a message; the relay's storage never holds a profile, card or terms in
clear; forged and replayed envelopes are refused; a future programme version is kept."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import msgspec
import pytest

from ementor_desktop.domain import profile as profile_service
from ementor_desktop.domain import programme as service
from ementor_desktop.domain.models import Role
from tests.integration.cli_peers import Result, run_cli
from tests.messaging.conftest import (  # noqa: F401 (fixtures used by name)
    Participant,
    make_participant,
    relay_process,
    relay_url,
)

MakeParticipant = Callable[..., Participant]


def ok(p: Participant, capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    result = run_cli(p, capsys, *argv)
    assert result.code == 0, (argv, result)
    assert "Traceback" not in result.err
    return result


def sync(*people: Participant, rounds: int = 2) -> None:
    for _ in range(rounds):
        for p in people:
            p.sync()


def test_enrolment_through_the_cli(make_participant: MakeParticipant,  # noqa: F811
                                   relay_url: str,  # noqa: F811
                                   capsys: pytest.CaptureFixture[str]) -> None:
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ada.vault, skills={"python": 4}, capacity=2)
    profile_service.save_profile(ben.vault, wants={"python": 3})
    created = ok(coordinator, capsys, "programme", "create", "--name", "Data Futures",
                 "--relay", relay_url)
    code = created.out.strip().splitlines()[-1]
    assert code.startswith("ementor-programme-1:")
    ok(ada, capsys, "programme", "join", code, "--consent")
    joined = ok(ben, capsys, "programme", "join", code)
    assert "terms arrive" in joined.out
    sync(ada, ben, coordinator, ada, ben)
    shown = ok(ben, capsys, "programme", "join", code)
    assert "Purpose:" in shown.out and "shared with the coordinator" in shown.out
    ok(ben, capsys, "programme", "join", code, "--consent", "--scopes", "sessions")
    sync(ben, coordinator, ada, ben, rounds=2)
    rows = json.loads(ok(coordinator, capsys, "programme", "participants", "--json").out)
    assert sorted((r["name"], r["role"], r["state"]) for r in rows) == [
        ("Ada Mentor", "mentor", "enrolled"), ("Ben Mentee", "mentee", "enrolled")]
    assert {tuple(r["scopes"]) for r in rows if r["role"] == "mentee"} == {("sessions",)}
    status = json.loads(ok(ben, capsys, "programme", "status", "--json").out)
    assert [s["state"] for s in status] == ["enrolled"]
    # hidden from the person's contacts, conversations and search
    assert [c.display_name for c in ben.repos.contacts.list()] == []
    assert ben.repos.conversations.summaries() == []
    assert coordinator.repos.contacts.list() == []
    assert service.programmes(coordinator.vault)[0].code == code


def enrol(coordinator: Participant, people: list[Participant], relay: str,
          config: object = None) -> str:
    info = service.create_programme(coordinator.vault, name="Data Futures", relay_url=relay,
                                    config_path=config, session=coordinator.session)  # type: ignore[arg-type]
    assert info.code is not None
    for p in people:
        service.join_programme(p.vault, info.code, consent=True, session=p.session)
    sync(*people, coordinator, *people, coordinator, rounds=2)
    return info.code


@pytest.fixture
def cohort(make_participant: MakeParticipant,  # noqa: F811
           relay_url: str) -> tuple[Participant, list[Participant]]:  # noqa: F811
    return make_cohort(make_participant, relay_url)


def make_cohort(make_participant: MakeParticipant,  # noqa: F811
                relay_url: str) -> tuple[Participant, list[Participant]]:  # noqa: F811
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ada = make_participant("Ada Mentor", Role.MENTOR)
    eve = make_participant("Eve Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    cy = make_participant("Cy Mentee", Role.MENTEE)
    profile_service.save_profile(ada.vault, skills={"python": 4, "sql": 3}, capacity=1,
                                 languages=["en"], timezone="Europe/London")
    profile_service.save_profile(eve.vault, skills={"design": 4}, capacity=1,
                                 languages=["en"], timezone="Europe/Paris")
    profile_service.save_profile(ben.vault, wants={"python": 3}, languages=["en"],
                                 timezone="Europe/Berlin")
    profile_service.save_profile(cy.vault, wants={"design": 2}, languages=["en"],
                                 timezone="Europe/Madrid")
    people = [ada, eve, ben, cy]
    enrol(coordinator, people, relay_url)
    return coordinator, people


def test_match_introduce_and_message(cohort: tuple[Participant, list[Participant]],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from ementor_desktop.domain import messaging

    coordinator, (ada, eve, ben, cy) = cohort
    rows = service.participants(coordinator.vault)
    assert {r.state.value for r in rows} == {"enrolled"}
    proposal = ok(coordinator, capsys, "programme", "match")
    assert "pair: Ben Mentee with Ada Mentor" in proposal.out
    applied = ok(coordinator, capsys, "programme", "match", "--apply")
    assert "Applied" in applied.out
    sync(coordinator, ada, eve, ben, cy, rounds=3)
    (ben_ada,) = [c for c in ben.repos.contacts.list()]
    assert ben_ada.display_name == "Ada Mentor" and not ben_ada.verified
    assert ben_ada.profile.get("introduced_by")
    cards = json.loads(ok(ben, capsys, "match-card", "--json").out)
    assert [(c["state"], c["peer_name"]) for c in cards] == [("verified", "Ada Mentor")]
    messaging.send_text(ben.vault, ben_ada.id, "Hello Ada, glad to be matched")
    sync(ben, ada, ben, ada)
    ada_ben = ada.contact("Ben Mentee")
    history = messaging.history(ada.vault, ada_ben.id)
    assert [m.body for m in history] == ["Hello Ada, glad to be matched"]
    # the routes used by the introduction were retired once each side moved on
    rows = {r.name: r for r in service.participants(coordinator.vault)}
    assert rows["Ben Mentee"].matched_with == ("Ada Mentor",)
    assert rows["Ada Mentor"].state.value in ("matched", "active")


# -- attacks: forged, replayed, strangers, the future -------------------------------------------

def _mailbox(p: Participant, use: str) -> tuple[str, str]:
    (programme_id,) = [x.id for x in p.repos.programmes.all()]
    (box,) = p.repos.mailboxes.of_programme(programme_id, use)[:1]
    return box.relay_url, box.send_id


def _route_to_coordinator(p: Participant) -> tuple[str, str]:
    """Where the participant writes to the coordinator: its member mailbox Mc."""
    contact = p.repos.contacts.get(p.repos.programmes.all()[0].coordinator_id or "")
    assert contact is not None and contact.relay_url and contact.send_id
    return contact.relay_url, contact.send_id


def _deposit(p: Participant, relay: str, send_id: str, blob: bytes) -> None:
    import secrets as _secrets

    from ementor_desktop.sync.relay_client import RelayClient

    with RelayClient(relay, p.session) as client:
        client.deposit(send_id, blob, _secrets.token_urlsafe(16))


def _envelope(sender: object, to: Participant, kind: str, body: dict[str, object],
              sent: int | None = None, seq: int = 0) -> bytes:
    """Content sealed by `sender` (an Identity) to `to`, as any app could make it (a future
    version included: the bytes are written by hand, not checked)."""
    import secrets as _secrets

    from ementor_desktop.crypto import envelope
    from ementor_desktop.crypto.derive import conversation_id_for
    from ementor_desktop.store.vault import now_ms

    me = to.repos.identity.get().public
    conv = conversation_id_for(sender.public.signing_key, me.signing_key)  # type: ignore[attr-defined]
    doc = {"v": 1, "id": _secrets.token_hex(16), "conv": conv, "seq": seq, "kind": kind,
           "sent": sent or now_ms(), "body": body}
    raw = json.dumps(doc, separators=(",", ":"), sort_keys=True).encode()
    return envelope.seal(raw, sender.signing, me.box_key)  # type: ignore[attr-defined]


def test_leaving_erases_and_a_replayed_join_is_refused(
        make_participant: MakeParticipant, relay_url: str) -> None:  # noqa: F811
    from ementor_desktop.crypto import envelope

    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ben.vault, wants={"python": 3})
    info = service.create_programme(coordinator.vault, name="Data Futures", relay_url=relay_url,
                                    session=coordinator.session)
    assert info.code is not None
    service.join_programme(ben.vault, info.code, consent=True, session=ben.session)
    (join_row,) = [r for r in ben.repos.outbox.due(2**62) if r.kind == "programme.join"]
    ben_identity = ben.repos.identity.get()
    coordinator_box = coordinator.repos.identity.get().public.box_key
    sync(ben, coordinator, ben, coordinator)
    assert [r.state.value for r in service.participants(coordinator.vault)] == ["enrolled"]
    service.leave(ben.vault, reason="no_time")
    sync(ben, coordinator, ben, coordinator)
    assert service.participants(coordinator.vault) == []
    db = coordinator.vault.db
    assert db.scalar("SELECT count(*) FROM programme_members") == 0
    assert db.scalar("SELECT count(*) FROM programme_tombstones") == 1
    assert db.scalar("SELECT count(*) FROM contacts") == 0  # the hidden contact went too
    # the relay (or anyone who kept the blob) deposits the old join again
    replay = envelope.seal(join_row.payload, ben_identity.signing, coordinator_box)
    relay, send_id = info.relay_url, coordinator.repos.mailboxes.of_programme(
        info.id, "join")[0].send_id
    _deposit(ben, relay, send_id, replay)
    report = coordinator.sync()
    assert report.rejected["replayed enrolment"] == 1
    assert service.participants(coordinator.vault) == []
    assert [p.state.value for p in service.programmes(ben.vault)] == ["left"]


def test_forged_cards_strangers_and_a_future_version(
        cohort: tuple[Participant, list[Participant]]) -> None:
    from ementor_desktop.crypto.identity import Identity
    from ementor_desktop.crypto.signing import sign_detached
    from ementor_desktop.protocol import programme_schema as schema

    coordinator, (ada, _eve, ben, _cy) = cohort
    (programme_id,) = [p.id for p in ben.repos.programmes.all()]
    c_identity = coordinator.repos.identity.get()
    me = ben.repos.identity.get().public.signing_key.hex()
    card = {"v": 1, "id": "ab" * 16, "programme": programme_id,
            "coordinator": c_identity.public.signing_key.hex(), "subject": me, "role": "mentee",
            "issued": 1_800_000_000_000, "method": "manual", "max_milli": 0, "rules": [],
            "unmatched": "all_full"}
    mallory = Identity.generate()
    other_card = {**card, "coordinator": mallory.public.signing_key.hex()}
    signed = schema.card_signed_bytes(schema.Card(**card))  # type: ignore[arg-type]
    good_sig = sign_detached(c_identity, signed).hex()
    forged_sig = sign_detached(mallory, signed).hex()
    relay, mp = _mailbox(ben, "programme")

    def card_body(c: dict[str, object], sig: str) -> dict[str, object]:
        return {"v": 1, "programme": programme_id, "card": c, "sig": sig}

    deposits = [
        _envelope(c_identity, ben, "programme.card", card_body(card, forged_sig)),
        _envelope(c_identity, ben, "programme.card",
                  card_body({**card, "method": "fairness"}, good_sig)),
        _envelope(c_identity, ben, "programme.card",
                  card_body({**card, "subject": ada.repos.identity.get().public
                             .signing_key.hex()}, good_sig)),
        _envelope(c_identity, ben, "programme.card", card_body(other_card, good_sig)),
        _envelope(mallory, ben, "programme.card", card_body(card, good_sig)),  # a stranger
        _envelope(c_identity, ben, "programme.status",
                  {"v": 2, "programme": programme_id, "state": "enrolled", "at": 1,
                   "news": "a field of version 2"}),
    ]
    for blob in deposits:
        _deposit(ben, relay, mp, blob)
    report = ben.sync()
    assert report.rejected == {"bad card signature": 2, "not my card": 1,
                               "not the coordinator's card": 1, "not the coordinator": 1}
    assert [h.reason for h in ben.repos.held.select()] == ["unsupported programme version"]
    assert all(c.verified for c in service.match_cards(ben.vault))
    # a stranger writing into a member mailbox at the coordinator: refused, the rest goes on
    ben_mc = ben.repos.contacts.get(ben.repos.programmes.all()[0].coordinator_id or "")
    assert ben_mc is not None and ben_mc.send_id is not None
    _deposit(ben, relay, ben_mc.send_id,
             _envelope(mallory, coordinator, "programme.leave",
                       {"v": 1, "programme": programme_id}))
    report = coordinator.sync()
    assert report.rejected == {"not a participant": 1}
    assert report.complete
    assert len(service.participants(coordinator.vault)) == 4


def test_a_pair_reports_its_month_within_consent(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    import time
    from datetime import UTC, datetime, timedelta

    from ementor_desktop.crypto.signing import sign_detached
    from ementor_desktop.domain import workspace
    from ementor_desktop.protocol import programme_schema as schema

    # Everyone enrolled and was introduced 40 days ago (the apps' clocks; the relay's is its
    # own), so that last month is a month of the programme.
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() - 40 * 86_400 * 10**9)
    coordinator, (ada, eve, ben, cy) = make_cohort(make_participant, relay_url)
    service.match(coordinator.vault, apply=True)
    sync(coordinator, ada, eve, ben, cy, rounds=3)
    monkeypatch.setattr(time, "time_ns", real)
    ada_ben, ben_ada = ada.contact("Ben Mentee"), ben.contact("Ada Mentor")
    assert workspace.records(ben.vault, ben_ada.id).agreement.draft.get("coordinator") \
        == ["sessions"]  # the mentor's app wrote the draft from the terms
    workspace.propose_agreement(ada.vault, ada_ben.id)
    sync(ada, ben)
    workspace.sign_agreement(ben.vault, ben_ada.id)
    last_month = (datetime.now(UTC).replace(day=1) - timedelta(days=20))
    session = workspace.add_session(ben.vault, ben_ada.id,
                                    at=last_month.strftime("%Y-%m-%dT10:00"), tz="UTC",
                                    minutes=45, title="First talk")
    workspace.update_session(ben.vault, ben_ada.id, session, status="held")
    sync(ben, ada, coordinator, ben, coordinator)
    programme_id = coordinator.repos.programmes.all()[0].id
    period = schema.period_of(int(last_month.timestamp() * 1000))
    kept = coordinator.repos.programmes.summaries(programme_id)
    (row,) = [r for r in kept if r.period == period and json.loads(r.summary)["participant"]
              == ben.repos.identity.get().public.signing_key.hex()]
    summary = json.loads(row.summary)
    assert summary["scopes"] == ["sessions"]  # consent ∩ agreement ∩ accepted: no goals
    assert summary["figures"]["sessions_held"] == 1
    assert summary["figures"]["minutes_held"] == 45
    # sent once: a sync with nothing changed sends nothing more
    sync(ben, coordinator)
    assert coordinator.repos.programmes.summaries(programme_id) == kept
    # the report: one pair is fewer than the smallest group shown (5): nothing of it
    csv_file = tmp_path / "report.csv"
    report = json.loads(ok(coordinator, capsys, "programme", "report", "--json", "--csv",
                           str(csv_file)).out)
    (month,) = [row for row in report["periods"] if row["period"] == period]
    assert month["suppressed"] and month["sessions_held"] is None
    assert report["matched"] == 4 and csv_file.read_text().startswith("section,")
    # forged summaries, in Ben's own member mailbox: each refused for its reason
    ben_identity = ben.repos.identity.get()
    relay, mc = _route_to_coordinator(ben)
    good = {**summary, "at": summary["at"] + 1}
    parsed = schema.Summary(**{**good, "figures": schema.Figures(**good["figures"])})
    sig = sign_detached(ben_identity, schema.summary_signed_bytes(parsed)).hex()
    forged = [
        ({**good, "figures": {**good["figures"], "sessions_held": 9}}, sig),  # altered
        (good, sign_detached(ada.repos.identity.get(), schema.summary_signed_bytes(parsed))
         .hex()),  # signed by someone else
        ({**good, "conv": "0" * 32}, None),  # not a pair of Ben's
        ({**good, "participant": ada.repos.identity.get().public.signing_key.hex()}, None),
        ({**good, "period": "2020-01"}, None),
        ({k: v for k, v in good.items() if k != "figures"}  # pulse: never consented to
         | {"scopes": ["pulse"], "pulse": [{"item": "useful", "value": 3, "p_milli": 1000}]},
         None),
    ]
    for body, signature in forged:
        if signature is None:
            struct = msgspec.convert(body, schema.Summary, strict=True)
            signature = sign_detached(ben_identity, schema.summary_signed_bytes(struct)).hex()
        _deposit(ben, relay, mc, _envelope(ben_identity, coordinator, "programme.summary",
                                           {"v": 1, "programme": programme_id,
                                            "summary": body, "sig": signature}))
    refused = coordinator.sync().rejected
    assert refused == {"bad summary signature": 2, "not your pair": 1,
                       "not the sender's summary": 1, "period out of range": 1,
                       "outside consent": 1}
    assert coordinator.repos.programmes.summaries(programme_id) == kept


def _scan(folder: Path, canaries: list[str]) -> list[str]:
    """Which canaries appear anywhere in the relay's files (UTF-8, and as JSON escapes)."""
    data = b"".join(path.read_bytes() for path in folder.rglob("*") if path.is_file())
    return [c for c in canaries if c.encode() in data or json.dumps(c).encode() in data]


def test_the_relay_never_holds_a_profile_card_or_terms_in_clear(
        make_participant: MakeParticipant, relay_process: object,  # noqa: F811
        relay_url: str, tmp_path: Path) -> None:  # noqa: F811
    import secrets as _secrets

    from ementor_desktop.domain import messaging

    tag = _secrets.token_hex(5)
    skill, headline, purpose, name = (f"canaryskill{tag}", f"Canary headline {tag}",
                                      f"Canary purpose {tag}", f"Canary cohort {tag}")
    config = tmp_path / "programme.toml"
    config.write_text(f'purpose = "{purpose}"\nadmission = "review"\n', encoding="utf-8")
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ada.vault, skills={skill: 4}, capacity=1, headline=headline,
                                 languages=["en"])
    profile_service.save_profile(ben.vault, wants={skill: 3}, languages=["en"])
    info = service.create_programme(coordinator.vault, name=name, relay_url=relay_url,
                                    config_path=config, session=coordinator.session)
    assert info.code is not None
    for p in (ada, ben):
        service.join_programme(p.vault, info.code, consent=True, session=p.session)
    relay_dir = relay_process.log_path.parent  # type: ignore[attr-defined]
    canaries = [skill, headline, purpose, name]
    for rounds in range(3):  # scanned while envelopes wait on the relay, not only after
        for p in (ada, ben, coordinator):
            p.engine().sync_once()
            assert _scan(relay_dir, canaries) == [], rounds
        if rounds == 1:
            for row in service.participants(coordinator.vault):
                service.admit(coordinator.vault, row.member_id)
    proposal = service.match(coordinator.vault, apply=True)
    assert len(proposal.pairs) == 1
    coordinator.sync()
    assert _scan(relay_dir, canaries) == []  # introductions and cards waiting, sealed
    sync(ada, ben, ada, ben)
    messaging.send_text(ben.vault, ben.contact("Ada").id, f"text {skill}")
    assert _scan(relay_dir, canaries) == []
    # the scan does find what is there in clear (a control, in a mailbox nobody reads)
    relay, send_id = _route_to_coordinator(ben)
    _deposit(ben, relay, send_id, b"\x01" + skill.encode() + bytes(1023 - len(skill)))
    assert _scan(relay_dir, canaries) == [skill]


def test_hostile_joins_are_refused_each_for_its_reason(
        make_participant: MakeParticipant, relay_url: str) -> None:  # noqa: F811
    from ementor_desktop.crypto.identity import Identity
    from ementor_desktop.protocol import programme_schema as schema
    from ementor_desktop.store.vault import now_ms

    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    info = service.create_programme(coordinator.vault, name="Data Futures", relay_url=relay_url,
                                    session=coordinator.session)
    assert info.code is not None
    code = schema.EnrolmentCode.parse(info.code)
    mallory = Identity.generate()
    good = {"v": 1, "programme": info.id, "secret": code.secret.hex(),
            "box": mallory.public.box_key.hex(), "relay": info.relay_url,
            "send_id": "A" * 43}
    week = 8 * 86_400_000
    hostile = [
        ("programme.join", {**good, "secret": "00" * 32}, None),  # wrong enrolment secret
        ("programme.join", {**good, "relay": "https://elsewhere.example"}, None),
        ("programme.join", {**good, "programme": "ab" * 16}, None),  # wrong programme
        ("programme.join", good, now_ms() - week),  # stale join
        ("programme.join", {**good, "box": "00" * 32}, None),  # bad key (low order)
        ("programme.leave", {"v": 1, "programme": info.id}, None),  # not a join
        ("text", {"text": "hello"}, None),
        ("programme.join", {**good, "v": 2}, None),  # a stranger's future version: dropped
    ]
    for kind, body, sent in hostile:
        blob = _envelope(mallory, coordinator, kind, body, sent=sent, seq=int(kind == "text"))
        _deposit(coordinator, code.relay_url, code.send_id, blob)
    report = coordinator.sync()
    assert report.rejected == {"wrong enrolment secret": 1, "wrong relay": 1,
                               "wrong programme": 1, "stale join": 1, "bad key": 1,
                               "not a join": 2, "unsupported programme version": 1}
    assert service.participants(coordinator.vault) == []
    assert coordinator.repos.held.count() == 0


def test_hostile_profiles_and_introductions_are_refused_each_for_its_reason(
        cohort: tuple[Participant, list[Participant]]) -> None:
    from ementor_desktop.crypto.signing import sign_detached
    from ementor_desktop.protocol import programme_schema as schema
    from ementor_desktop.protocol.relay_v1 import b64url_encode
    from ementor_desktop.store.vault import now_ms

    coordinator, (ada, _eve, ben, _cy) = cohort
    (programme,) = ben.repos.programmes.all()
    ben_id, c_id = ben.repos.identity.get(), coordinator.repos.identity.get()
    held = json.loads(programme.my_consent or "{}")
    relay, mc = _route_to_coordinator(ben)
    route = ben.repos.mailboxes.of_programme(programme.id, "route")[0].send_id

    def consent(**changes: object) -> tuple[dict[str, object], str]:
        c = {**held, "at": now_ms(), **changes}
        struct = msgspec.convert(c, schema.Consent, strict=True)
        return c, sign_detached(ben_id, schema.consent_signed_bytes(struct)).hex()

    def profile(c: tuple[dict[str, object], str], fields: dict[str, object]) -> dict[str, object]:
        return {"v": 1, "programme": programme.id, "consent": c[0], "sig": c[1], "name": "Ben",
                "role": "mentee", "headline": "", "fields": fields, "routes": [route]}

    wants = {"wants": {"python": 3}}
    to_c = [
        ("programme.profile", profile(consent(at=held["at"]), wants)),  # old consent
        ("programme.profile", profile(consent(terms="A" * 43), wants)),  # other terms
        ("programme.profile", profile(consent(), {**wants, "bio": "More about me."})),
        ("programme.profile", profile(consent(), {"languages": ["en"]})),  # wants missing
        ("programme.withdraw", {"v": 1, "programme": programme.id,
                                "consent": consent(scopes=["goals", "pulse", "sessions"])[0],
                                "sig": consent(scopes=["goals", "pulse", "sessions"])[1]}),
        ("programme.status", {"v": 1, "programme": programme.id, "state": "enrolled",
                              "at": 1}),  # a coordinator's kind, sent to the coordinator
        ("programme.leave", {"v": 1, "programme": "ab" * 16}),  # another programme
    ]
    for kind, body in to_c:
        _deposit(ben, relay, mc, _envelope(ben_id, coordinator, kind, body))
    assert coordinator.sync().rejected == {
        "old consent": 1, "consent to other terms": 1, "field not asked": 1,
        "required field missing": 1, "consent beyond the terms": 1, "wrong direction": 1,
        "wrong programme": 1}
    assert len(service.participants(coordinator.vault)) == 4  # nobody was changed

    ada_key = ada.repos.identity.get().public.signing_key.hex()
    me = ben_id.public.signing_key.hex()
    card = {"v": 1, "id": "cd" * 16, "programme": programme.id,
            "coordinator": c_id.public.signing_key.hex(), "subject": me, "role": "mentee",
            "issued": now_ms(), "method": "manual", "max_milli": 1000, "rules": [],
            "peer": ada_key, "score_milli": 1000,
            "criteria": [{"name": "skills", "weight_milli": 1000, "contribution_milli": 1000}]}
    sig = sign_detached(c_id, schema.card_signed_bytes(
        msgspec.convert(card, schema.Card, strict=True))).hex()
    peer = {"signing": ada_key, "box": ada.repos.identity.get().public.box_key.hex(),
            "name": "Ada", "role": "mentor", "headline": "", "relay": programme.relay_url,
            "send_id": b64url_encode(bytes(range(32)))}

    def intro(**changes: object) -> dict[str, object]:
        body = {"v": 1, "programme": programme.id, "card": card, "sig": sig,
                "peer": peer, "mine": route}
        for key, value in changes.items():
            body[key] = {**peer, **value} if key == "peer" else value  # type: ignore[dict-item]
        return body

    relay_p, mp = _mailbox(ben, "programme")
    to_p = [
        intro(peer={"signing": c_id.public.signing_key.hex()}),
        intro(peer={"signing": me}),
        intro(peer={"role": "mentee"}),  # the card says otherwise
        intro(peer={"relay": "https://elsewhere.example"}),
        intro(peer={"profile": {"capacity": 2}}),  # shown to nobody in the terms
        intro(mine=b64url_encode(bytes(32))),
    ]
    for body in to_p:
        _deposit(ben, relay_p, mp, _envelope(c_id, ben, "programme.intro", body))
    assert ben.sync().rejected == {
        "coordinator introduced itself": 1, "introduced to myself": 1,
        "card does not match the introduction": 1, "wrong relay": 1, "field not shared": 1,
        "not my route": 1}
    assert ben.repos.contacts.list() == []
    assert service.match_cards(ben.vault) == []


def test_a_bad_programme_file_names_the_key_and_the_problem(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    for text, words in [('admision = "open"\n', "admision: unknown key"),
                        ("max_participants = 0\n", "max_participants"),
                        ('[[fields]]\nfield = "department"\nroles = ["mentee"]\n'
                         'required = true\nsensitive = true\nshown = ["match"]\n',
                         "fields[0]: a sensitive field is never shown"),
                        ('[matching]\nconfig = "missing.toml"\n', "matching.config")]:
        config = tmp_path / "programme.toml"
        config.write_text(text, encoding="utf-8")
        result = run_cli(coordinator, capsys, "programme", "create", "--name", "P",
                         "--relay", relay_url, "--config", str(config))
        assert result.code == 2, (text, result)
        assert words in result.err and "Traceback" not in result.err
    assert service.programmes(coordinator.vault) == []
