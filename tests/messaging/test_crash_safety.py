"""kill -9 a sending and a receiving `ementor sync` at random points, many times: afterwards
every message is delivered exactly once, in order, with no gap."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections.abc import Callable

import pytest

from ementor_desktop.domain import contacts, messaging
from ementor_desktop.domain.models import MessageState, Role
from ementor_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.messaging.conftest import Participant, connect

MESSAGES = 100  # queued before the first round
PER_ROUND = 40  # and more before every round, so kills land in the middle of real work
ROUNDS = 14


def start_sync(p: Participant) -> subprocess.Popen[bytes]:
    env = {**os.environ, "EMENTOR_PASSPHRASE": PASSPHRASE}
    return subprocess.Popen([sys.executable, "-m", "ementor_desktop", "--home", str(p.home.root),
                             "sync"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_kill_minus_nine_loses_and_duplicates_nothing(
        make_participant: Callable[..., Participant], relay_url: str) -> None:
    rng = random.Random(int(os.environ.get("EMENTOR_CRASH_SEED", "20261122")))
    ada, ben = make_participant("Ada", Role.MENTOR), make_participant("Ben")
    connect(ada, ben, relay_url)
    to_ben = [messaging.send_text(ada.vault, ada.contact("Ben").id, f"a→b {i}").id
              for i in range(MESSAGES)]
    to_ada = [messaging.send_text(ben.vault, ben.contact("Ada").id, f"b→a {i}").id
              for i in range(MESSAGES)]
    for p in (ada, ben):
        p.vault.close()

    killed = 0
    for round_no in range(ROUNDS):
        for p, sent, other in ((ada, to_ben, "Ben"), (ben, to_ada, "Ada")):
            with Vault.open(p.home, PASSPHRASE) as vault:
                contact = contacts.find_contact(vault, other)
                sent.extend(messaging.send_text(vault, contact.id, f"round {round_no} #{i}").id
                            for i in range(PER_ROUND))
        procs = [start_sync(ada), start_sync(ben)]
        time.sleep(rng.uniform(0.25, 1.3))
        for proc in procs:
            if proc.poll() is None:
                proc.kill()  # SIGKILL: no cleanup, no rollback handler, no ack
                killed += 1
            proc.wait(timeout=30)
    # Guard against a run where the kills never land (the test would prove nothing): of the 28
    # processes, at least a quarter must have been killed while still working. How many more
    # depends on the machine's speed, so the bound is deliberately loose.
    assert killed >= ROUNDS // 2, f"only {killed} kills landed mid-work"

    for _ in range(4):  # let both sides finish cleanly (receipts go back and forth)
        for p in (ada, ben):
            result = subprocess.run(
                [sys.executable, "-m", "ementor_desktop", "--home", str(p.home.root), "sync"],
                env={**os.environ, "EMENTOR_PASSPHRASE": PASSPHRASE}, capture_output=True,
                text=True, timeout=120)
            assert result.returncode == 0, result.stderr

    for p, sent, other in ((ada, to_ben, "Ben"), (ben, to_ada, "Ada")):
        p.vault = Vault.open(p.home, PASSPHRASE)
        history = messaging.history(p.vault, p.contact(other).id)
        incoming = [m for m in history if m.direction == "in"]
        outgoing = [m for m in history if m.direction == "out"]
        total = MESSAGES + ROUNDS * PER_ROUND
        assert len(incoming) == total, f"{p.name} received {len(incoming)}"
        assert len({m.id for m in incoming}) == total
        assert [m.seq for m in sorted(incoming, key=lambda m: m.seq or 0)] == list(
            range(1, total + 1))
        assert all(m.gap_before == 0 for m in incoming)
        assert [m.id for m in outgoing] == sent
        assert all(m.state is MessageState.DELIVERED for m in outgoing)
        assert p.repos.outbox.count() == 0
