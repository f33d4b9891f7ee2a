"""Ranking in a programme (docs/protocol.md Part 4 §6, `matching.rank`) with real homes on the
real relay: the coordinator sends shortlists, each participant ranks theirs through the CLI, the
matching is rank-maximal and each card says which choice its subject got; hostile ranks and
shortlists are refused each for its reason."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from ementor_desktop.domain import profile as profile_service
from ementor_desktop.domain import programme as service
from ementor_desktop.domain import programme_ranking as ranking
from ementor_desktop.domain.models import Role
from tests.integration.test_programme_flow import (
    _deposit,
    _envelope,
    _mailbox,
    _route_to_coordinator,
    enrol,
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

PROGRAMME_FILE = """
[matching]
rank = true
shortlist = 2

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
field = "timezone"
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


@pytest.fixture
def ranked_cohort(make_participant: MakeParticipant, relay_url: str,  # noqa: F811
                  tmp_path: Path) -> tuple[Participant, dict[str, Participant]]:
    config = tmp_path / "programme.toml"
    config.write_text(PROGRAMME_FILE, encoding="utf-8")
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ada = make_participant("Ada Mentor", Role.MENTOR)
    eve = make_participant("Eve Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    cy = make_participant("Cy Mentee", Role.MENTEE)
    # By score Ben fits Ada and Cy fits Eve; their rankings will say the opposite.
    profile_service.save_profile(ada.vault, skills={"python": 4, "sql": 3}, capacity=1,
                                 timezone="Europe/London")
    profile_service.save_profile(eve.vault, skills={"python": 3, "design": 4}, capacity=1,
                                 timezone="Europe/Paris")
    profile_service.save_profile(ben.vault, wants={"python": 3, "sql": 2},
                                 timezone="Europe/Berlin")
    profile_service.save_profile(cy.vault, wants={"design": 2, "python": 1},
                                 timezone="Europe/Madrid")
    people = {"ada": ada, "eve": eve, "ben": ben, "cy": cy}
    enrol(coordinator, list(people.values()), relay_url, config)
    return coordinator, people


def _position(shortlist: dict[str, object], name: str) -> str:
    entries = shortlist["entries"]
    assert isinstance(entries, list)
    return str(next(n for n, e in enumerate(entries, start=1) if e["name"] == name))


def test_participants_rank_their_shortlists_and_get_their_first_choice(
        ranked_cohort: tuple[Participant, dict[str, Participant]],
        capsys: pytest.CaptureFixture[str]) -> None:
    coordinator, people = ranked_cohort
    ada, eve, ben, cy = people["ada"], people["eve"], people["ben"], people["cy"]
    by_score = service.match(coordinator.vault)  # a proposal only: what the scores alone say
    names = by_score.names
    assert {(names[a], names[b]) for a, b, _ in by_score.pairs} == {
        ("Ben Mentee", "Ada Mentor"), ("Cy Mentee", "Eve Mentor")}
    proposal = ok(coordinator, capsys, "programme", "shortlist")
    assert "Ben Mentee: Ada Mentor" in proposal.out and "--send" in proposal.out
    assert ok(ben, capsys, "programme", "rank", "--json").out.strip() == "null"  # none yet
    sent = json.loads(ok(coordinator, capsys, "programme", "shortlist", "--send", "--json").out)
    assert sent["sent"] == 4
    sync(coordinator, ada, eve, ben, cy)
    shown = json.loads(ok(ben, capsys, "programme", "rank", "--json").out)
    assert [e["name"] for e in shown["entries"]] == ["Ada Mentor", "Eve Mentor"]
    assert not shown["expired"] and shown["mode"] == "rank"
    # only what the terms show to `candidates`: skills, never time zone or capacity
    assert {name for e in shown["entries"] for name in e["profile"]} == {"skills"}
    text = ok(ben, capsys, "programme", "rank").out
    assert "1. Ada Mentor (mentor)" in text and "Rank them with" in text
    ok(ben, capsys, "programme", "rank", _position(shown, "Eve Mentor"),
       _position(shown, "Ada Mentor"))
    cy_list = json.loads(ok(cy, capsys, "programme", "rank", "--json").out)
    ok(cy, capsys, "programme", "rank", _position(cy_list, "Ada Mentor"))
    sync(ben, cy, coordinator)
    (programme,) = coordinator.repos.programmes.all()
    assert sum(1 for r in coordinator.repos.programmes.shortlists(programme.id)
               if r.ranking) == 2
    applied = ok(coordinator, capsys, "programme", "match", "--apply")
    assert "pair: Ben Mentee with Eve Mentor" in applied.out
    assert "pair: Cy Mentee with Ada Mentor" in applied.out
    sync(coordinator, ada, eve, ben, cy, rounds=3)
    (card,) = json.loads(ok(ben, capsys, "match-card", "--json").out)
    assert card["state"] == "verified" and card["peer_name"] == "Eve Mentor"
    assert card["card"]["method"] == "rank-maximal" and card["card"]["rank"] == 1
    (cy_card,) = json.loads(ok(cy, capsys, "match-card", "--json").out)
    assert cy_card["card"]["rank"] == 1 and cy_card["peer_name"] == "Ada Mentor"
    (eve_card,) = json.loads(ok(eve, capsys, "match-card", "--json").out)
    assert eve_card["card"]["method"] == "rank-maximal" and "rank" not in eve_card["card"]


def test_hostile_ranks_and_shortlists_are_refused_each_for_its_reason(
        ranked_cohort: tuple[Participant, dict[str, Participant]]) -> None:
    from ementor_desktop.store.vault import now_ms

    coordinator, people = ranked_cohort
    ben, cy = people["ben"], people["cy"]
    ranking.shortlist(coordinator.vault, send=True)
    sync(coordinator, ben, cy)
    (programme,) = ben.repos.programmes.all()
    mine = ranking.my_shortlist(ben.vault)
    theirs = ranking.my_shortlist(cy.vault)
    assert mine is not None and theirs is not None
    candidates = [str(e["candidate"]) for e in mine.entries]
    ben_id = ben.repos.identity.get()
    relay, mc = _route_to_coordinator(ben)

    def rank(shortlist: str, order: list[str], sent: int | None = None) -> bytes:
        return _envelope(ben_id, coordinator, "programme.rank",
                         {"v": 1, "programme": programme.id, "shortlist": shortlist,
                          "order": order}, sent=sent)

    for blob in (rank("ab" * 16, candidates),  # a shortlist nobody sent
                 rank(theirs.shortlist_id, [str(theirs.entries[0]["candidate"])]),  # Cy's
                 rank(mine.shortlist_id, [candidates[0], "cd" * 16])):  # not on it
        _deposit(ben, relay, mc, blob)
    assert coordinator.sync().rejected == {"unknown shortlist": 2, "unknown candidate": 1}
    # a ranking, then an older one (sent earlier) that must not replace it
    _deposit(ben, relay, mc, rank(mine.shortlist_id, candidates[::-1]))
    coordinator.sync()
    _deposit(ben, relay, mc, rank(mine.shortlist_id, candidates, sent=now_ms() - 60_000))
    coordinator.sync()
    held = coordinator.repos.programmes.shortlist(programme.id, mine.shortlist_id)
    assert held is not None and held.ranking == candidates[::-1]
    # the shortlist expires (by the coordinator's clock): no ranking is taken any more
    coordinator.vault.db.execute("UPDATE programme_shortlists SET expires = 1 WHERE id = ?",
                                 (mine.shortlist_id,))
    _deposit(ben, relay, mc, rank(mine.shortlist_id, candidates))
    assert coordinator.sync().rejected == {"shortlist expired": 1}
    # a shortlist showing a field the terms show to nobody but a match: refused whole
    c_id = coordinator.repos.identity.get()
    leaky = {**mine.entries[0], "profile": {"skills": {"python": 4}, "timezone": "UTC"}}
    relay_p, mp = _mailbox(ben, "programme")
    body = {"v": 1, "programme": programme.id, "shortlist": "ef" * 16, "issued": now_ms(),
            "expires": now_ms() + 86_400_000, "mode": "rank", "entries": [leaky]}
    _deposit(ben, relay_p, mp, _envelope(c_id, ben, "programme.shortlist", body))
    # and a participant's kind sent by the coordinator
    _deposit(ben, relay_p, mp, _envelope(c_id, ben, "programme.rank",
                                         {"v": 1, "programme": programme.id,
                                          "shortlist": mine.shortlist_id,
                                          "order": candidates}))
    assert ben.sync().rejected == {"field not shared": 1, "wrong direction": 1}
    assert [r.id for r in ben.repos.programmes.shortlists(programme.id, mine=True)] \
        == [mine.shortlist_id]


def test_ranking_needs_terms_that_ask_for_it(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    from tests.integration.cli_peers import run_cli

    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ben.vault, wants={"python": 3})
    enrol(coordinator, [ben], relay_url)
    result = run_cli(coordinator, capsys, "programme", "shortlist", "--send")
    assert result.code == 2 and "do not ask participants to rank" in result.err
    result = run_cli(ben, capsys, "programme", "rank", "1")
    assert result.code == 2 and "no shortlist to rank yet" in result.err
    assert "Traceback" not in result.err
