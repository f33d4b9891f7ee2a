"""Fixtures for messaging tests: a real `ementor-relay` process and participants with vaults."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain import contacts
from ementor_desktop.domain.account import create_account
from ementor_desktop.domain.models import Contact, Role
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.sync.engine import SyncEngine, SyncReport
from tests.conftest import PASSPHRASE
from tests.relay.harness import RelayProcess, spawn_relay


@pytest.fixture(scope="module")
def relay_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RelayProcess]:
    work = tmp_path_factory.mktemp("relay")
    config = work / "relay.toml"
    # Rate limits are tested in tests/relay; here they would only slow bulk tests down.
    config.write_text("[relay]\n"
                      "deposits_per_mailbox_per_minute = 1000000.0\n"
                      "deposits_per_mailbox_burst = 100000\n"
                      "owner_commands_per_mailbox_per_minute = 1000000.0\n"
                      "owner_commands_per_mailbox_burst = 100000\n"
                      "requests_per_address_per_minute = 1000000.0\n"
                      "requests_per_address_burst = 100000\n"
                      "mailboxes_per_address_per_minute = 1000000.0\n"
                      "mailboxes_per_address_burst = 100000\n"
                      "quota_messages = 100000\n")
    relay = spawn_relay(str(work / "relay.sqlite3"), work, config_file=config)
    yield relay
    relay.terminate()


@pytest.fixture
def relay_url(relay_process: RelayProcess) -> str:
    return relay_process.base_url


@dataclass
class Participant:
    name: str
    home: Home
    vault: Vault
    session: requests.Session

    @property
    def repos(self) -> Repos:
        return Repos.over(self.vault.db)

    def engine(self, **kwargs: object) -> SyncEngine:
        return SyncEngine(self.vault, self.session, **kwargs)  # type: ignore[arg-type]

    def sync(self) -> SyncReport:
        return self.engine().sync_once()

    def contact(self, name: str) -> Contact:
        return contacts.find_contact(self.vault, name)


@pytest.fixture
def make_participant(tmp_path: Path) -> Iterator[Callable[..., Participant]]:
    made: list[Participant] = []

    def make(name: str, role: Role = Role.MENTEE,
             session: requests.Session | None = None) -> Participant:
        home = Home(tmp_path / name.lower().replace(" ", "-"))
        vault = create_account(home, PASSPHRASE, name=name, role=role,
                               strength=KdfStrength.INTERACTIVE)
        p = Participant(name, home, vault, session or requests.Session())
        made.append(p)
        return p

    yield make
    for p in made:
        with contextlib.suppress(Exception):
            p.vault.close()
        p.session.close()


def connect(inviter: Participant, invitee: Participant, relay_url: str) -> None:
    """Invite, accept, and sync both sides until each sees the other as active."""
    code = contacts.create_invite(inviter.vault, relay_url, inviter.session)
    contacts.accept_invite(invitee.vault, code, invitee.session)
    assert invitee.sync().complete
    assert inviter.sync().complete
    assert invitee.sync().complete
    assert inviter.sync().complete  # sees the invitee's new route; the invite mailbox goes
    assert inviter.contact(invitee.name).state == "active"
    assert invitee.contact(inviter.name).state == "active"


@pytest.fixture
def pair(make_participant: Callable[..., Participant],
         relay_url: str) -> tuple[Participant, Participant]:
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    connect(ada, ben, relay_url)
    return ada, ben
