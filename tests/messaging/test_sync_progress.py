"""The first sync of a long history, against a real relay: progress once per batch, and stopping
between two batches loses nothing (what came in is committed and acknowledged, the rest waits on
the relay for the next sync)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from ementor_desktop.domain import messaging
from ementor_desktop.sync import engine as engine_module
from ementor_desktop.sync.engine import PullProgress, SyncEvent
from tests.messaging.conftest import Participant

BATCH = 10  # small batches: a long history without sending thousands of messages
HISTORY = 45


@pytest.fixture
def history(pair: tuple[Participant, Participant],
            monkeypatch: pytest.MonkeyPatch) -> tuple[Participant, Participant]:
    """Ada has sent Ben HISTORY messages; they wait on the relay."""
    monkeypatch.setattr(engine_module, "FETCH_LIMIT", BATCH)
    ada, ben = pair
    ben_id = ada.contact("Ben").id
    for i in range(HISTORY):
        messaging.send_text(ada.vault, ben_id, f"history {i}")
    assert ada.sync().complete
    return ada, ben


def _incoming(p: Participant) -> list[str]:
    with p.vault.mutex:
        return [row[0] for row in p.vault.db.all(
            "SELECT body FROM messages WHERE direction = 'in' ORDER BY pk")]


def test_progress_is_reported_once_per_batch(history: tuple[Participant, Participant]) -> None:
    _, ben = history
    seen: list[PullProgress] = []
    report = ben.engine(on_progress=seen.append).sync_once()
    assert report.received == HISTORY
    assert len(seen) == -(-HISTORY // BATCH)  # one report per batch, 5 here
    assert [p.batches for p in seen] == list(range(1, len(seen) + 1))
    assert [p.received for p in seen] == [min(BATCH * n, HISTORY)
                                          for n in range(1, len(seen) + 1)]
    assert [p.more for p in seen] == [True] * (len(seen) - 1) + [False]  # the relay says so

    again: list[PullProgress] = []
    ben.engine(on_progress=again.append).sync_once()
    assert again == []  # nothing waiting: no batch, no report


def test_stopping_between_batches_loses_nothing(history: tuple[Participant, Participant]) -> None:
    """Stop is pressed while the second batch is being applied (as the app's Stop button may
    be, at any moment): that batch is still committed and acknowledged, no later one is
    applied, and the next sync brings exactly the rest."""
    _, ben = history
    stop = threading.Event()
    seen: list[PullProgress] = []

    def on_event(_event: SyncEvent) -> None:
        return None

    engine = ben.engine(on_progress=seen.append, long_poll=2.0)
    inbox = engine.inbox
    receive = inbox.receive
    batches = [0]

    def receive_and_stop(*args: Any, **kwargs: Any) -> list[str]:
        batches[0] += 1
        if batches[0] == 2:
            stop.set()
        return receive(*args, **kwargs)

    inbox.receive = receive_and_stop  # type: ignore[method-assign]
    thread = threading.Thread(target=engine.run, args=(stop, on_event), daemon=True)
    thread.start()
    thread.join(60)
    engine.close()
    assert not thread.is_alive()
    assert [p.received for p in seen] == [BATCH, 2 * BATCH]
    assert _incoming(ben) == [f"history {i}" for i in range(2 * BATCH)]  # both batches kept

    report = ben.engine().sync_once()  # the next sync brings the rest
    assert report.received == HISTORY - 2 * BATCH
    assert report.duplicates == 0  # what came in before was acknowledged: not fetched again
    assert _incoming(ben) == [f"history {i}" for i in range(HISTORY)]  # all, once, in order
