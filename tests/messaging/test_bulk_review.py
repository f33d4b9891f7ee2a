"""Adversarial review of receiving in bulk (issue 9, commit 33cd933): the count of missing
messages carried from one batch to the next must stay what the vault counts, and grouping
batches for one transaction must not hold back a batch already fetched."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from ementor_desktop.domain import messaging
from ementor_desktop.domain.inbox import Inbox
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.sync import engine as engine_module
from ementor_desktop.sync.engine import SyncReport
from ementor_desktop.sync.relay_client import RelayClient, RelayMessage, RelayServerError
from tests.messaging.conftest import Participant, text_envelope

BATCH = 10


@pytest.fixture
def waiting(pair: tuple[Participant, Participant],
            monkeypatch: pytest.MonkeyPatch) -> tuple[Participant, Participant]:
    """Ada has sent Ben 4 batches' worth of texts; they wait on the relay."""
    monkeypatch.setattr(engine_module, "FETCH_LIMIT", BATCH)
    ada, ben = pair
    ben_id = ada.contact("Ben").id
    for i in range(4 * BATCH):
        messaging.send_text(ada.vault, ben_id, f"waiting {i}")
    assert ada.sync().complete
    return ada, ben


def _in_vault(vault: Vault, contact_id: str) -> int:
    with vault.mutex:
        return Repos.over(vault.db).received.missing_count(contact_id)


def _texts(sender: Participant, to: Participant,
           *seqs: int | tuple[int, str]) -> list[RelayMessage]:
    identity = sender.repos.identity.get()
    out = []
    for item in seqs:
        seq, message_id = item if isinstance(item, tuple) else (item, None)
        out.append(RelayMessage(secrets.token_hex(16), 1.0, text_envelope(
            identity, to, seq, f"text {seq}", message_id=message_id)))
    return out


def test_a_rejected_text_above_the_highest_opens_no_gap(
        pair: tuple[Participant, Participant]) -> None:
    """A text numbered above every other whose id the sender already used is rejected
    ("conflicting message id"), but the gap it would have opened was already added to the
    carried-forward count: the count shown is too high from then on."""
    ada, ben = pair
    ada_id = ben.contact("Ada").id
    mailbox = ben.repos.mailboxes.for_contact(ada_id)
    assert mailbox is not None
    inbox = Inbox(ben.vault)
    reused = secrets.token_hex(16)

    report = SyncReport()
    inbox.receive(mailbox, _texts(ada, ben, (1, reused), 2), report)
    assert report.missing == {ada_id: 0}

    report = SyncReport()
    inbox.receive(mailbox, _texts(ada, ben, (10, reused), 3), report)
    assert report.rejected == {"conflicting message id": 1} and report.received == 1
    assert _in_vault(ben.vault, ada_id) == 0
    assert report.missing == {ada_id: 0}  # fails: 7 (seq 3..9 counted although nothing is)


def test_a_gap_filled_by_another_inbox_is_not_counted_missing_again(
        pair: tuple[Participant, Participant]) -> None:
    """`sync --watch` suspends the vault between rounds so that other commands (another
    `ementor sync`, accepting a key change: `contacts._accept_key_change` replays through a
    fresh `Inbox`) can use it. What they store below the highest number is not seen by the
    watching inbox's carried-forward count, which then reports a message missing that is
    there."""
    ada, ben = pair
    ada_id = ben.contact("Ada").id
    mailbox = ben.repos.mailboxes.for_contact(ada_id)
    assert mailbox is not None
    watching = Inbox(ben.vault)

    report = SyncReport()
    watching.receive(mailbox, _texts(ada, ben, 1, 2, 4), report)
    assert report.missing == {ada_id: 1}  # 3

    other = SyncReport()  # another command (process) stores the missing one
    Inbox(ben.vault).receive(mailbox, _texts(ada, ben, 3), other)
    assert other.missing == {ada_id: 0}

    report = SyncReport()
    watching.receive(mailbox, _texts(ada, ben, 5), report)
    assert _in_vault(ben.vault, ada_id) == 0
    assert report.missing == {ada_id: 0}  # fails: 1 (3 counted missing although stored)


def test_a_batch_fetched_is_applied_before_a_later_fetch_fails(
        waiting: tuple[Participant, Participant], monkeypatch: pytest.MonkeyPatch) -> None:
    """The relay answers the first fetch and fails every later one (overloaded, or a later
    batch it cannot serve). Before 33cd933 the first batch was applied and acknowledged before
    the read-ahead's failure surfaced; grouping batches for one transaction now waits for the
    second fetch first, so `sync_once` applies nothing at all, round after round, while the
    failure lasts."""
    _, ben = waiting
    fetch = RelayClient.fetch

    def failing_after_first(self: RelayClient, *args: Any, **kwargs: Any) -> list[RelayMessage]:
        if kwargs.get("after") is not None:
            raise RelayServerError("The relay had an internal error.")
        return fetch(self, *args, **kwargs)

    monkeypatch.setattr(RelayClient, "fetch", failing_after_first)
    report = ben.sync()
    assert report.errors
    assert report.received == BATCH  # failed (0) before the fix in engine.py

    monkeypatch.setattr(RelayClient, "fetch", fetch)
    again = ben.sync()  # the rest, and nothing twice: the first batch was acknowledged
    assert (again.received, again.duplicates) == (3 * BATCH, 0)


def test_a_gap_filled_by_another_process_while_suspended_is_not_counted_missing_again(
        pair: tuple[Participant, Participant]) -> None:
    """`sync --watch` suspends the vault (closes its connection, releases the lock) between
    rounds; another process (here: another Vault on the same home, as `ementor sync` would
    open it) stores the missing text; the watching inbox, on the reopened connection, must not
    carry its old count forward."""
    from tests.conftest import PASSPHRASE

    ada, ben = pair
    ada_id = ben.contact("Ada").id
    mailbox = ben.repos.mailboxes.for_contact(ada_id)
    assert mailbox is not None
    watching = Inbox(ben.vault)
    report = SyncReport()
    watching.receive(mailbox, _texts(ada, ben, 1, 2, 4), report)
    assert report.missing == {ada_id: 1}  # 3

    gap = _texts(ada, ben, 3)
    ben.vault.suspend()
    with Vault.open(ben.home, PASSPHRASE) as other:
        elsewhere = SyncReport()
        Inbox(other).receive(mailbox, gap, elsewhere)
        assert elsewhere.missing == {ada_id: 0}
    ben.vault.resume()

    report = SyncReport()
    watching.receive(mailbox, _texts(ada, ben, 5), report)
    assert _in_vault(ben.vault, ada_id) == 0
    assert report.missing == {ada_id: 0}
