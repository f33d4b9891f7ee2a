"""Self-service requests and reports of misconduct end to end (docs/protocol.md Part 4 §7, §8)
with real homes on the real relay: shortlists where each free place is recommended once, a
request with a sealed note, a question and its answer, an accept that introduces the pair with
self-service cards, capacity holding when two accepts race for one place, expiry by the
coordinator's clock, and a report that only the coordinator reads."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ementor_desktop.domain import profile as profile_service
from ementor_desktop.domain import programme as service
from ementor_desktop.domain import programme_selfservice as selfservice
from ementor_desktop.domain.models import Role
from tests.integration.test_programme_flow import _scan, enrol, ok, sync
from tests.messaging.conftest import (  # noqa: F401 (fixtures used by name)
    Participant,
    make_participant,
    relay_process,
    relay_url,
)

MakeParticipant = Callable[..., Participant]
DAY_NS = 86_400 * 10**9

PROGRAMME_TOML = """
admission = "open"

[matching]
mode = "self-service"
shortlist = 3
open_requests = {open_requests}
request_days = 3

[[fields]]
field = "skills"
roles = ["mentor"]
required = true
sensitive = false
shown = ["candidates", "match"]

[[fields]]
field = "wants"
roles = ["mentee"]
required = true
sensitive = false
shown = ["candidates", "match"]

[[fields]]
field = "languages"
roles = ["mentee", "mentor"]
required = false
sensitive = false
shown = ["match"]

[[fields]]
field = "capacity"
roles = ["mentor"]
required = false
sensitive = false
shown = []
"""


def write_config(tmp_path: Path, open_requests: int = 1) -> Path:
    path = tmp_path / "programme.toml"
    path.write_text(PROGRAMME_TOML.format(open_requests=open_requests), encoding="utf-8")
    return path


def make_cohort(make_participant: MakeParticipant, relay: str, tmp_path: Path, *,  # noqa: F811
                mentees: int = 2, capacity: int = 1, open_requests: int = 1
                ) -> tuple[Participant, Participant, list[Participant]]:
    """A coordinator, one mentor (Ada, python) and mentees who all want python."""
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ada = make_participant("Ada Mentor", Role.MENTOR)
    profile_service.save_profile(ada.vault, skills={"python": 4}, capacity=capacity,
                                 languages=["en"], headline="Python for twenty years")
    people = []
    for name in ("Ben Mentee", "Cy Mentee", "Dan Mentee")[:mentees]:
        p = make_participant(name, Role.MENTEE)
        profile_service.save_profile(p.vault, wants={"python": 3}, languages=["en"])
        people.append(p)
    enrol(coordinator, [ada, *people], relay, write_config(tmp_path, open_requests))
    return coordinator, ada, people


def shortlist_of(p: Participant, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    views = json.loads(ok(p, capsys, "programme", "shortlist", "--json").out)
    return [c for v in views for c in v["candidates"]]


def test_a_mentee_asks_the_mentor_asks_back_and_accepts(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from ementor_desktop.domain import messaging

    coordinator, ada, (ben, cy) = make_cohort(make_participant, relay_url, tmp_path)
    sync(coordinator, ben, cy)
    # one free place: Ada is recommended to one waiting mentee only
    lists = {p.name: shortlist_of(p, capsys) for p in (ben, cy)}
    assert sorted(len(c) for c in lists.values()) == [0, 1]
    asker = ben if lists["Ben Mentee"] else cy
    (entry,) = lists[asker.name]
    assert entry["name"] == "Ada Mentor" and entry["profile"] == {"skills": {"python": 4}}
    assert "skills" in [c["name"] for c in entry["criteria"]]  # explained as on a card
    text = ok(asker, capsys, "programme", "shortlist").out
    assert "Ada Mentor" in text and "skills:" in text
    ok(asker, capsys, "programme", "request", "Ada", "--note", "Hello Ada,\nI'd love help.")
    sync(asker, coordinator, ada)
    (offer,) = json.loads(ok(ada, capsys, "programme", "offers", "--json").out)
    assert offer["peer_name"] == asker.name and offer["state"] == "open"
    assert offer["notes"][0]["text"] == "Hello Ada,\nI'd love help."
    assert offer["peer_profile"] == {"wants": {"python": 3}}
    request = offer["request"]
    ok(ada, capsys, "programme", "reply", request[:8], "ask", "--note", "Which projects?")
    sync(ada, coordinator, asker)
    (mine,) = json.loads(ok(asker, capsys, "programme", "requests", "--json").out)
    assert mine["state"] == "asked" and mine["notes"][-1]["text"] == "Which projects?"
    ok(asker, capsys, "programme", "reply", request, "answer", "--note", "A data pipeline.")
    sync(asker, coordinator, ada)
    (offer,) = json.loads(ok(ada, capsys, "programme", "offers", "--json").out)
    assert offer["state"] == "answered" and offer["notes"][-1]["text"] == "A data pipeline."
    ok(ada, capsys, "programme", "reply", request, "accept")
    sync(ada, coordinator, asker, ada, asker, ada)
    (mine,) = json.loads(ok(asker, capsys, "programme", "requests", "--json").out)
    assert mine["state"] == "accepted"
    # the pair is introduced with self-service cards, and talks
    cards = json.loads(ok(asker, capsys, "match-card", "--json").out)
    assert [(c["state"], c["peer_name"], c["card"]["method"]) for c in cards] == [
        ("verified", "Ada Mentor", "self-service")]
    ada_cards = json.loads(ok(ada, capsys, "match-card", "--json").out)
    assert [c["card"]["places"] for c in ada_cards] == [{"capacity": 1, "used": 1}]
    messaging.send_text(asker.vault, asker.contact("Ada").id, "Thank you!")
    sync(asker, ada)
    assert [m.body for m in messaging.history(ada.vault, ada.contact(asker.name).id)] \
        == ["Thank you!"]
    # the coordinator knows who asked whom and how it ended, never what they wrote
    lines = json.loads(ok(coordinator, capsys, "programme", "requests", "--json").out)
    assert [(r["mentee"], r["mentor"], r["state"]) for r in lines] == [
        (asker.name, "Ada Mentor", "accepted")]
    rows = {r.name: r for r in service.participants(coordinator.vault)}
    assert rows[asker.name].matched_with == ("Ada Mentor",)
    # Ada is full now: nobody else is recommended her
    other = cy if asker is ben else ben
    sync(coordinator, other)
    assert shortlist_of(other, capsys) == []


def test_capacity_holds_when_two_accepts_race_for_one_place(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    coordinator, ada, mentees = make_cohort(make_participant, relay_url, tmp_path,
                                            mentees=3, capacity=2)
    sync(coordinator, *mentees)
    askers = [p for p in mentees if shortlist_of(p, capsys)]
    assert len(askers) == 2  # two places, two shortlists
    for p in askers:
        ok(p, capsys, "programme", "request", "Ada")
    # Ada lowers her capacity to one meanwhile (as a new profile would): two requests are
    # open for one place
    (programme_id,) = [p.id for p in coordinator.repos.programmes.all()]
    (ada_row,) = [m for m in coordinator.repos.programmes.members(programme_id)
                  if m.role == "mentor"]
    coordinator.repos.programmes.update_member(programme_id, ada_row.member_id, capacity=1)
    sync(*askers, coordinator, ada)
    offers = json.loads(ok(ada, capsys, "programme", "offers", "--json").out)
    assert len(offers) == 2
    for offer in offers:
        ok(ada, capsys, "programme", "reply", offer["request"], "accept")
    sync(ada, coordinator, *askers, ada)
    states = sorted(json.loads(ok(p, capsys, "programme", "requests", "--json").out)[0]["state"]
                    for p in askers)
    assert states == ["accepted", "full"]
    pairs = coordinator.repos.programmes.pairs(programme_id, "active")
    assert len(pairs) == 1
    assert sorted(o["state"] for o in json.loads(
        ok(ada, capsys, "programme", "offers", "--json").out)) == ["accepted", "full"]


def test_an_unanswered_request_expires_by_the_coordinator_s_clock(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.integration.cli_peers import run_cli
    from tests.integration.test_programme_flow import _deposit, _envelope, _route_to_coordinator

    coordinator, ada, (ben,) = make_cohort(make_participant, relay_url, tmp_path, mentees=1)
    sync(coordinator, ben)
    ok(ben, capsys, "programme", "request", "Ada")
    sync(ben, coordinator, ada)
    (offer,) = json.loads(ok(ada, capsys, "programme", "offers", "--json").out)
    request = offer["request"]
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() + 4 * DAY_NS)  # request_days is 3
    report = coordinator.sync()  # housekeeping: expired, both told
    assert report.complete
    sync(ben, ada)
    (mine,) = json.loads(ok(ben, capsys, "programme", "requests", "--json").out)
    assert mine["state"] == "expired"
    (offer,) = json.loads(ok(ada, capsys, "programme", "offers", "--json").out)
    assert offer["state"] == "expired"
    # too late to accept: the app says so, and an app that sends it anyway changes nothing
    late = run_cli(ada, capsys, "programme", "reply", request, "accept")
    assert late.code == 2 and "nothing more to answer" in late.err
    ada_id = ada.repos.identity.get()
    (programme_id,) = [p.id for p in ada.repos.programmes.all()]
    relay, mc = _route_to_coordinator(ada)
    _deposit(ada, relay, mc, _envelope(ada_id, coordinator, "programme.reply",
                                       {"v": 1, "programme": programme_id,
                                        "request": request, "action": "accept"}))
    coordinator.sync()
    assert coordinator.repos.programmes.pairs(programme_id, "active") == []
    # the expired mentee waits again: a new round recommends Ada to her once more
    sync(coordinator, ben)
    assert [c["name"] for c in shortlist_of(ben, capsys)] == ["Ada Mentor"]


def test_a_report_reaches_the_coordinator_only(
        make_participant: MakeParticipant, relay_process: object,  # noqa: F811
        relay_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:  # noqa: F811
    import secrets as _secrets

    coordinator, ada, (ben,) = make_cohort(make_participant, relay_url, tmp_path, mentees=1)
    canary = f"Canary report {_secrets.token_hex(5)}"
    sent = ok(ben, capsys, "programme", "concern", "--category", "conduct", "--about", "Ada",
              "--text", f"{canary}\nSecond line.", "--may-contact")
    assert sent.out.startswith(selfservice.BEFORE_SENDING)
    (mine,) = json.loads(ok(ben, capsys, "programme", "concerns", "--json").out)
    assert mine["delivered"] is False and "text" in mine and mine["text"] == ""
    ben.sync()
    relay_dir = relay_process.log_path.parent  # type: ignore[attr-defined]
    assert _scan(relay_dir, [canary]) == []  # sealed while it waits on the relay
    coordinator.sync()
    (got,) = json.loads(ok(coordinator, capsys, "programme", "concerns", "--json").out)
    ada_key = ada.repos.identity.get().public.signing_key.hex()
    assert (got["category"], got["reporter"], got["about"], got["about_name"],
            got["may_contact"]) == ("conduct", "Ben Mentee", ada_key, "Ada Mentor", True)
    assert got["text"] == f"{canary}\nSecond line."
    assert got["kept_until"] - got["at"] == 730 * 86_400_000
    assert canary in ok(coordinator, capsys, "programme", "concerns").out
    sync(coordinator, ben)
    (mine,) = json.loads(ok(ben, capsys, "programme", "concerns", "--json").out)
    assert mine["delivered"] is True
    sync(ada, ada)
    assert ok(ada, capsys, "programme", "concerns").out.strip() == "No report."
    assert canary.encode() not in Path(ada.home.root / "vault.db").read_bytes()
