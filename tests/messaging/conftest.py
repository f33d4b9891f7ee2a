"""Fixtures for messaging tests: a real `ementor-relay` process and participants with vaults."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.derive import conversation_id_for, rekey_proof
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain import contacts
from ementor_desktop.domain.account import create_account
from ementor_desktop.domain.inbox import sync_engine
from ementor_desktop.domain.models import Contact, Role
from ementor_desktop.home import Home
from ementor_desktop.protocol.content import Content
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
        return sync_engine(self.vault, self.session, **kwargs)

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


# -- envelopes a peer (honest or not) could deposit, for tests that act as that peer ----------

def conversation_between(a: Participant | Identity, b: Participant) -> str:
    mine = a.repos.identity.get() if isinstance(a, Participant) else a
    return conversation_id_for(mine.public.signing_key, b.repos.identity.get().public.signing_key)


def text_envelope(sender: Identity, to: Participant, seq: int, text: str,
                  message_id: str | None = None, conv: str | None = None) -> bytes:
    content = Content(message_id or secrets.token_hex(16), conv or conversation_between(
        sender, to), seq, "text", 1_800_000_000_000 + seq, {"text": text})
    return envelope.seal(content.encode(), sender.signing, to.repos.identity.get().public.box_key)


def rekey_envelope(old: Participant, to: Participant, new: Identity,
                   signer: Identity | None = None, proof_by: Identity | None = None) -> bytes:
    """`old`'s key change to `new`, signed by `old`'s current key (or by `signer`), with the
    proof made by `new` (or by `proof_by`)."""
    old_identity = old.repos.identity.get()
    proof = rekey_proof((proof_by or new).signing, old_identity.public.signing_key,
                        new.public.box_key)
    content = Content(secrets.token_hex(16), conversation_between(old, to), 0, "rekey",
                      1_800_000_000_000, {"signing": new.public.signing_key.hex(),
                                          "box": new.public.box_key.hex(), "proof": proof.hex()})
    return envelope.seal(content.encode(), (signer or old_identity).signing,
                         to.repos.identity.get().public.box_key)
