"""A long history is held as a window: scrolling through all of it keeps a few thousand rows, drops
pages far from the screen and reads them back by keyset paging, in order, nothing twice, nothing
missing; late messages still land wherever they fall inside the window and wait for paging outside
it."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ementor_desktop.domain.models import Message, MessageState
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.models import WINDOW, MessageListModel
from ementor_desktop.ui.sample import MINUTE, seed_long_conversation
from ementor_desktop.ui.worker import DbWorker
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_idle

App = Callable[[Home], EmentorApp]
LONG = 3 * WINDOW + 500  # far more than the window holds


def ids(model: MessageListModel) -> list[str]:
    return [m.id for i in range(model.rowCount()) if (m := model.message(i)) is not None]


def seeded_id(conversation_id: str, i: int) -> str:
    """The id `seed_long_conversation` gives its i-th message (oldest first)."""
    return f"{conversation_id[:8]}{i:09d}"


def assert_contiguous(model: MessageListModel, conversation_id: str) -> None:
    """The rows are one unbroken run of the seeded history, oldest first."""
    shown = ids(model)
    first = int(shown[0][8:])
    assert shown == [seeded_id(conversation_id, first + k) for k in range(len(shown))]


def test_scrolling_through_the_whole_history_keeps_a_window(
        qtbot: QtBot, qtmodeltester: ModelTester, make_app: App, vault: Vault,
        home: Home) -> None:
    conv = seed_long_conversation(vault, LONG)
    vault.close()
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None and main.messages.conversation_id == conv
    model, view = main.messages, main.view
    qtmodeltester.check(model)  # stays attached: every insertion and removal is checked
    bar = view.verticalScrollBar()
    most = model.rowCount()
    for _ in range(2000):  # the person keeps dragging to the top until the beginning shows
        if not model.has_older and not model.loading:
            break
        bar.setValue(0)
        qtbot.wait(5)
        most = max(most, model.rowCount())
    qtbot.waitUntil(lambda: not model.has_older and not model.loading, timeout=20000)
    assert model.message(0) is not None and ids(model)[0] == seeded_id(conv, 0)
    assert most <= WINDOW  # never the whole history: pages far below were dropped
    assert model.has_newer  # … and are read back by paging down
    assert_contiguous(model, conv)
    assert len(view.message_delegate._sizes) <= model.rowCount()  # no sizes for dropped rows

    for _ in range(4000):  # and all the way back down, a screen at a time
        if not model.has_newer and not model.loading and bar.value() >= bar.maximum():
            break
        bar.setValue(min(bar.maximum(), bar.value() + view.viewport().height()))
        qtbot.wait(2)
        most = max(most, model.rowCount())
    qtbot.waitUntil(lambda: not model.has_newer and not model.loading, timeout=20000)
    assert ids(model)[-1] == seeded_id(conv, LONG - 1)
    assert most <= WINDOW
    assert model.has_older
    assert_contiguous(model, conv)
    qtmodeltester.check(model)


def test_arrivals_inside_the_window_show_and_outside_it_wait_for_paging(
        qtbot: QtBot, qtmodeltester: ModelTester, vault: Vault, home: Home) -> None:
    """With the window far up the history (the newest pages dropped), a late message that falls
    inside it is inserted in its place; one newer than its last row is not (it would hide what
    lies between) and comes in its place when paging down; sending meanwhile goes back to the
    newest."""
    conv = seed_long_conversation(vault, LONG)
    conversation = Repos.over(vault.db).conversations.get(conv)
    assert conversation is not None and conversation.contact_id is not None
    sender = conversation.contact_id
    vault.close()
    worker = DbWorker()

    def store(body: str, sent_at: int) -> Message:
        v = worker.vault_for_engine()
        assert v is not None
        with v.mutex, v.db.transaction():  # as the sync engine stores what it fetched
            return Repos.over(v.db).messages.add(Message(
                id=secrets.token_hex(16), conversation_id=conv, direction="in",
                sender_id=sender, body=body, sent_at=sent_at, seq=7,
                state=MessageState.RECEIVED))

    def page_until(done: Callable[[], bool], older: bool) -> None:
        model.set_older_wanted(older)
        model.set_newer_wanted(not older)
        for _ in range(200):
            qtbot.waitUntil(lambda: not model.loading, timeout=10000)
            if done() or not model.canFetchMore(QModelIndex()):
                return
            model.fetchMore(QModelIndex())

    try:
        worker.call(lambda: worker.set_vault(Vault.open(home, PASSPHRASE)))
        worker.wait_idle()
        model = MessageListModel(worker)
        qtmodeltester.check(model)
        model.open(conv)
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
        page_until(lambda: not model.has_older, older=True)
        assert not model.has_older and model.has_newer and model.rowCount() <= WINDOW
        first = model.message(0)
        assert first is not None
        start = first.sent_at

        inside = store("late, from the early days", start + 10 * MINUTE + 1)
        newest_seeded = start + (LONG - 1) * MINUTE
        outside = store("late, but newer than the window", newest_seeded - 5 * MINUTE + 1)
        model.refresh_newest()
        qtbot.waitUntil(lambda: model.row_of(inside.id) == 11, timeout=5000)
        wait_idle_worker(qtbot, worker)
        assert model.row_of(outside.id) == -1

        page_until(lambda: not model.has_newer, older=False)
        qtbot.waitUntil(lambda: model.row_of(outside.id) >= 0, timeout=5000)
        shown = ids(model)
        assert shown.count(outside.id) == 1
        assert shown[model.row_of(outside.id) - 1] == seeded_id(conv, LONG - 6)

        page_until(lambda: not model.has_older, older=True)  # back up; then we write
        assert model.has_newer
        v = worker.vault_for_engine()
        assert v is not None
        with v.mutex, v.db.transaction():
            mine = Repos.over(v.db).messages.add(Message(
                id=secrets.token_hex(16), conversation_id=conv, direction="out", body="mine",
                sent_at=newest_seeded + MINUTE, seq=1, state=MessageState.QUEUED))
        model.refresh_newest()
        qtbot.waitUntil(lambda: model.row_of(mine.id) == model.rowCount() - 1, timeout=5000)
        assert not model.has_newer
        qtmodeltester.check(model)
    finally:
        worker.shutdown()


def wait_idle_worker(qtbot: QtBot, worker: DbWorker) -> None:
    qtbot.waitUntil(lambda: worker.pending == 0, timeout=10000)
    qtbot.wait(20)


def test_jumping_to_an_old_search_hit_moves_the_window_there(
        qtbot: QtBot, make_app: App, vault: Vault, home: Home) -> None:
    """Opening a hit far up a long history reads a page around it, not everything above it."""
    conv = seed_long_conversation(vault, LONG)
    vault.close()
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    target = seeded_id(conv, 200)
    v = app.worker.vault_for_engine()
    assert v is not None
    with v.mutex:
        message = Repos.over(v.db).messages.get(target)
    assert message is not None
    main.jump_to(message)
    qtbot.waitUntil(lambda: main.messages.row_of(target) >= 0, timeout=10000)
    wait_idle(qtbot, app)
    assert main.messages.rowCount() < 1000 and main.messages.has_newer
    assert_contiguous(main.messages, conv)
    row = main.messages.row_of(target)
    qtbot.waitUntil(lambda: main.view.currentIndex().row() == row, timeout=5000)
