"""kill -9 a sending and a receiving `ementor sync` at fixed points of the protocol, many times:
afterwards every message is delivered exactly once, in order, with no gap.

The kills land at named crash points (sync/faults.py) chosen by a seeded generator, not after
wall-clock sleeps, so every process is killed mid-work however fast or busy the machine is."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections.abc import Callable

import pytest

from ementor_desktop.domain import contacts, messaging
from ementor_desktop.domain.models import MessageState, Role
from ementor_desktop.store.vault import Vault
from ementor_desktop.sync import faults
from tests.conftest import PASSPHRASE
from tests.messaging.conftest import Participant, connect

MESSAGES = 100  # queued before the first round
PER_ROUND = 40  # and more before every round, so every push point is reached in every round
ROUNDS = 8
PUSH_POINTS = [p for p in faults.POINTS if p.startswith("push.")]
PULL_POINTS = [p for p in faults.POINTS if p.startswith("pull.")]


def start_sync(p: Participant, crash_at: str | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "EMENTOR_PASSPHRASE": PASSPHRASE}
    env.pop("EMENTOR_CRASH_AT", None)
    if crash_at:
        env["EMENTOR_CRASH_AT"] = crash_at
    return subprocess.Popen([sys.executable, "-m", "ementor_desktop", "--home", str(p.home.root),
                             "sync"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def run_killed(procs: list[tuple[subprocess.Popen[bytes], str]]) -> None:
    """Wait for each process and check that it died at its crash point (SIGKILL), not before
    reaching it (exit 0) nor of something else."""
    for proc, point in procs:
        code = proc.wait(timeout=180)
        assert code == -signal.SIGKILL, f"sync with EMENTOR_CRASH_AT={point} exited {code}"


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

    for round_no in range(ROUNDS):
        for p, sent, other in ((ada, to_ben, "Ben"), (ben, to_ada, "Ada")):
            with Vault.open(p.home, PASSPHRASE) as vault:
                contact = contacts.find_contact(vault, other)
                sent.extend(messaging.send_text(vault, contact.id, f"round {round_no} #{i}").id
                            for i in range(PER_ROUND))
        # Both sides at once, each killed while pushing: after the n-th envelope (n >= 2, so at
        # least one deposit of this round is on the relay for the other side to pull next).
        pushes = [f"{rng.choice(PUSH_POINTS)}:{rng.randint(2, PER_ROUND)}" for _ in range(2)]
        run_killed([(start_sync(ada, pushes[0]), pushes[0]), (start_sync(ben, pushes[1]),
                                                             pushes[1])])
        # Both again, each killed in its first fetched batch: while applying it (rolled back)
        # or after committing it but before acknowledging it (fetched again next time).
        pulls = [f"{rng.choice(PULL_POINTS)}:1" for _ in range(2)]
        run_killed([(start_sync(ada, pulls[0]), pulls[0]), (start_sync(ben, pulls[1]),
                                                           pulls[1])])

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
