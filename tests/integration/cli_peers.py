"""Helpers for CLI tests with real peers: participants on a real relay (tests/messaging fixtures),
the CLI run in this process against one participant's home, and a peer that misbehaves within
the protocol (renames itself, sends hostile text)."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from ementor_desktop import cli
from ementor_desktop.domain import messaging
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault, now_ms
from tests.conftest import PASSPHRASE
from tests.messaging.conftest import Participant


@dataclass
class Result:
    code: int
    out: str
    err: str


@contextlib.contextmanager
def vault_closed(p: Participant) -> Iterator[None]:
    """The CLI opens the vault itself: close the participant's copy meanwhile."""
    p.vault.close()
    try:
        yield
    finally:
        p.vault = Vault.open(p.home, PASSPHRASE)


def run_cli(p: Participant, capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    capsys.readouterr()
    out = io.StringIO()
    with vault_closed(p), pytest.MonkeyPatch.context() as mp:
        mp.setenv("EMENTOR_PASSPHRASE", PASSPHRASE)
        try:
            code = cli.main(["--home", str(p.home.root), *argv], stdout=out)
        except SystemExit as exit_:  # argparse refusing an argument
            code = int(exit_.code or 0)
    return Result(code, out.getvalue(), capsys.readouterr().err)


def rename(peer: Participant, to: Participant, name: str) -> None:
    """`peer` announces a new name to `to` (a `profile` control, as a hostile app could send),
    and both sync so `to` has applied it."""
    contact = peer.contact(to.name)
    with peer.vault.mutex, peer.vault.db.transaction():
        repos = Repos.over(peer.vault.db)
        body = messaging.profile_body(repos, contact)
        assert body is not None
        messaging.queue_control(repos, contact, "profile", {**body, "name": name}, now_ms())
    assert peer.sync().complete
    assert to.sync().complete


def outbox_size(p: Participant) -> int:
    return p.repos.outbox.count()
