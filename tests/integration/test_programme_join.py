"""Joining a programme when the coordinator is slow or the programme is full (docs/protocol.md
Part 4 §5) with real homes on the real relay: the join is deposited again (the same bytes) at
every sync until the welcome comes, made afresh after 3 days so that a coordinator who was away
for a week still takes it; a join without a profile lapses after 7 days; enrolment closes when
the code expires or the programme is full. Clocks are the apps' (time.time_ns), moved forward
per step; the relay keeps its own."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ementor_desktop.domain import profile as profile_service
from ementor_desktop.domain import programme as service
from ementor_desktop.domain.models import Role
from tests.integration.test_programme_flow import sync
from tests.messaging.conftest import (  # noqa: F401 (fixtures used by name)
    Participant,
    make_participant,
    relay_process,
    relay_url,
)

MakeParticipant = Callable[..., Participant]
DAY_NS = 86_400 * 10**9


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[float], None]:
    """`clock(days)` moves every app's clock to `days` after the test started."""
    real = time.time_ns

    def set_days(days: float) -> None:
        offset = int(days * DAY_NS)
        monkeypatch.setattr(time, "time_ns", lambda: real() + offset)

    return set_days


def _joins(p: Participant) -> list[tuple[str, bool]]:
    """The joins waiting in the outbox: (their content's id, whether already sealed)."""
    import json

    return [(json.loads(r.payload)["id"], r.sealed is not None)
            for r in p.repos.outbox.due(2**62) if r.kind == "programme.join"]


def _programme(coordinator: Participant, ben: Participant, relay: str,
               config: Path | None = None, consent: bool = True) -> str:
    profile_service.save_profile(ben.vault, wants={"python": 3})
    info = service.create_programme(coordinator.vault, name="Data Futures", relay_url=relay,
                                    config_path=config, session=coordinator.session)
    assert info.code is not None
    service.join_programme(ben.vault, info.code, consent=consent, session=ben.session)
    return info.code


def test_the_join_is_deposited_again_until_the_welcome_comes(
        make_participant: MakeParticipant, relay_url: str) -> None:  # noqa: F811
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    _programme(coordinator, ben, relay_url)
    (first,) = _joins(ben)
    for _ in range(2):  # the coordinator is away: the same join, kept and deposited again
        report = ben.sync()
        assert report.complete and report.pending == 0
        assert _joins(ben) == [(first[0], True)]
    report = coordinator.sync()
    # the relay kept one copy (same idempotency key): one join, no duplicate to drop
    assert (report.controls, report.duplicates, report.rejected) == (1, 0, {})
    assert [r.state.value for r in service.participants(coordinator.vault)] == ["joined"]
    sync(coordinator, ben)
    assert _joins(ben) == []  # answered: the welcome came
    sync(ben, coordinator)
    assert [r.state.value for r in service.participants(coordinator.vault)] == ["enrolled"]


def test_a_join_unanswered_for_three_days_is_made_afresh(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        clock: Callable[[float], None]) -> None:
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    _programme(coordinator, ben, relay_url)
    ben.sync()
    (first,) = _joins(ben)
    clock(2)
    ben.sync()
    assert _joins(ben) == [(first[0], True)]  # two days: still the same join
    clock(4)
    ben.sync()
    ((fresh, sealed),) = _joins(ben)
    assert fresh != first[0] and sealed  # a new id (and `sent`), deposited
    clock(8)  # the coordinator comes back after 8 days: the first join is too old
    report = coordinator.sync()
    assert report.rejected == {"stale join": 1}
    assert [r.state.value for r in service.participants(coordinator.vault)] == ["joined"]
    sync(coordinator, ben, coordinator, ben)
    assert [p.state.value for p in service.programmes(ben.vault)] == ["enrolled"]


def test_a_join_without_a_profile_lapses_after_seven_days(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        clock: Callable[[float], None]) -> None:
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    _programme(coordinator, ben, relay_url, consent=False)
    sync(ben, coordinator, ben)
    assert [p.state.value for p in service.programmes(ben.vault)] == ["reviewing"]
    (programme,) = coordinator.repos.programmes.all()
    assert len(coordinator.repos.mailboxes.of_programme(programme.id, "member")) == 1
    clock(6.9)
    coordinator.sync()
    assert [r.state.value for r in service.participants(coordinator.vault)] == ["joined"]
    clock(7.1)
    coordinator.sync()
    assert service.participants(coordinator.vault) == []
    assert coordinator.repos.mailboxes.of_programme(programme.id, "member") == []  # Mc gone
    assert coordinator.vault.db.scalar("SELECT count(*) FROM contacts") == 0


def test_enrolment_closes_when_the_code_expires(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        clock: Callable[[float], None], tmp_path: Path) -> None:
    config = tmp_path / "programme.toml"
    config.write_text("enrolment_days = 1\n", encoding="utf-8")
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    _programme(coordinator, ben, relay_url, config)
    ben.sync()
    clock(1.5)
    assert coordinator.sync().rejected == {"enrolment closed": 1}
    assert service.participants(coordinator.vault) == []
    assert service.programmes(coordinator.vault)[0].code is None


def test_enrolment_closes_when_the_programme_is_full(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        tmp_path: Path) -> None:
    config = tmp_path / "programme.toml"
    config.write_text("max_participants = 1\n", encoding="utf-8")
    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    cy = make_participant("Cy Mentee", Role.MENTEE)
    profile_service.save_profile(ada.vault, skills={"python": 4}, capacity=1)
    profile_service.save_profile(cy.vault, wants={"python": 2})
    code = _programme(coordinator, ben, relay_url, config, consent=False)
    service.join_programme(ada.vault, code, consent=True, session=ada.session)
    # Ben and Ada both join while there is room; Ada consents first and fills the place
    sync(ben, ada, coordinator, ben, ada, coordinator)
    assert {r.name: r.state.value for r in service.participants(coordinator.vault)} == {
        "Ada Mentor": "enrolled", "": "joined"}
    # Cy's join now finds the programme full
    service.join_programme(cy.vault, code, consent=True, session=cy.session)
    cy.sync()
    assert coordinator.sync().rejected == {"enrolment closed": 1}
    # Ben's consent comes after the place went: he is declined, and told so
    service.consent_programme(ben.vault)
    sync(ben, ben)
    assert coordinator.sync().rejected == {"enrolment closed": 1}
    sync(ben)
    assert [p.state.value for p in service.programmes(ben.vault)] == ["declined"]
    assert [r.name for r in service.participants(coordinator.vault)] == ["Ada Mentor"]


def test_joining_the_programme_of_a_contact_is_refused_with_a_clear_message(
        make_participant: MakeParticipant, relay_url: str,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    from tests.integration.cli_peers import run_cli
    from tests.messaging.conftest import connect

    coordinator = make_participant("Cora Coordinator", Role.COORDINATOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    connect(coordinator, ben, relay_url)
    info = service.create_programme(coordinator.vault, name="Data Futures", relay_url=relay_url,
                                    session=coordinator.session)
    assert info.code is not None
    result = run_cli(ben, capsys, "programme", "join", info.code, "--consent")
    assert result.code == 2 and "Traceback" not in result.err
    assert "is your contact Cora Coordinator" in result.err
    assert ben.repos.programmes.all() == []  # nothing made, here or on the relay
    assert [c.display_name for c in ben.repos.contacts.list()] == ["Cora Coordinator"]
