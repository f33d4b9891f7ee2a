"""CLI semantics a script relies on: a connection that can never complete is not reported as
success forever, and odd arguments are argument errors (real vaults, a real relay)."""

from __future__ import annotations

import time
import types
from collections.abc import Callable

import pytest

from ementor_desktop.commands import messaging as messaging_commands
from ementor_desktop.domain import contacts
from ementor_desktop.domain.models import Role
from ementor_desktop.errors import InviteUnanswered, NetworkError, UsageError
from tests.conftest import snapshot
from tests.integration.cli_peers import run_cli
from tests.messaging.conftest import (  # noqa: F401 (fixtures used by name)
    Participant,
    connect,
    make_participant,
    relay_process,
    relay_url,
)


def test_accepting_an_invite_someone_else_used_ends_in_a_clear_failure(
        make_participant: Callable[..., Participant], relay_url: str,  # noqa: F811
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee")
    cat = make_participant("Cat Second")
    code = contacts.create_invite(ada.vault, relay_url, ada.session, days=2)
    contacts.accept_invite(ben.vault, code, ben.session)
    assert ben.sync().complete

    accepted = run_cli(cat, capsys, "accept", code)  # the code was forwarded to Cat too
    assert accepted.code == 0, accepted.err
    assert "Until Ada Mentor confirms" in accepted.out
    first = run_cli(cat, capsys, "sync")
    assert first.code == 0, first.err
    assert "waiting for Ada Mentor to confirm the connection (until" in first.out

    for p in (ada, ben, ada):  # Ada connects with Ben and refuses Cat's `hello`
        assert p.sync().complete
    assert ada.repos.contacts.list()[0].display_name == "Ben Mentee"

    # Cat's `hello` is deposited again at each sync until a welcome comes; the invite's
    # mailbox is gone, so the very next sync says so (exit 10), instead of waiting forever.
    told = run_cli(cat, capsys, "sync")
    assert told.code == NetworkError.exit_code == 10, told
    (line,) = told.err.strip().splitlines()
    assert "invite was already used" in line and "new one" in line


def test_an_invite_nobody_answers_ends_in_a_clear_failure(
        make_participant: Callable[..., Participant], relay_url: str,  # noqa: F811
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The inviter never comes back: once the invite has expired (plus a day), `sync` stops
    saying "waiting" with exit 0 and fails plainly."""
    ada = make_participant("Ada Mentor", Role.MENTOR)
    cat = make_participant("Cat Second")
    code = contacts.create_invite(ada.vault, relay_url, ada.session, days=2)
    assert run_cli(cat, capsys, "accept", code).code == 0
    for _ in range(2):  # the hello goes out, then is only re-deposited (a duplicate)
        still = run_cli(cat, capsys, "sync")
        assert still.code == 0 and "waiting for Ada Mentor" in still.out, still
    assert "waiting for them to confirm" in run_cli(cat, capsys, "contacts").out

    later = time.time() + 4 * 86_400  # past the invite's expiry and a day of grace
    monkeypatch.setattr(messaging_commands, "time", types.SimpleNamespace(time=lambda: later))
    dead = run_cli(cat, capsys, "sync")
    assert dead.code == InviteUnanswered.exit_code == 13, dead
    (line,) = dead.err.strip().splitlines()
    assert line.startswith("ementor: Ada Mentor (id ") and "never confirmed" in line
    assert "new invite" in line


def test_messages_limit_and_empty_contact_are_argument_errors(
        make_participant: Callable[..., Participant], relay_url: str,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee")
    connect(ada, ben, relay_url)
    for argv in (["messages", "Ben", "--limit", "-1"], ["messages", "Ben", "--limit", "0"],
                 ["messages", ""], ["messages", " "]):
        result = run_cli(ada, capsys, *argv)
        assert result.code == UsageError.exit_code, (argv, result)
        assert result.out == "" and "Traceback" not in result.err
    assert run_cli(ada, capsys, "messages", "Ben", "--limit", "1").code == 0


@pytest.mark.parametrize("name", ["é" * 30_000, "a%_" * 10_000])
def test_a_huge_contact_argument_is_a_plain_error(
        make_participant: Callable[..., Participant], relay_url: str,  # noqa: F811
        capsys: pytest.CaptureFixture[str], name: str) -> None:
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee")
    connect(ada, ben, relay_url)
    assert run_cli(ada, capsys, "whoami").code == 0  # the first open by a front end settles
    before = snapshot(ada.home.root)
    # With a contact to compare against, 60,000 bytes were "LIKE pattern too complex" (70).
    result = run_cli(ada, capsys, "accept-key", name, "1" * 60)
    assert result.code == UsageError.exit_code, result
    assert "No contact called" in result.err and "Traceback" not in result.err
    assert snapshot(ada.home.root) == before
