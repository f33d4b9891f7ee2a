"""Every list model passes Qt's model tester, with data loaded and while paging."""

from __future__ import annotations

import contextlib
import random
import secrets
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from ementor_desktop.domain.models import Message, MessageState, SearchHit
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.models import (
    ARRIVAL_BATCH,
    FIRST_PAGE,
    ConversationListModel,
    MessageListModel,
    SearchResultsModel,
)
from ementor_desktop.ui.sample import seed_long_conversation, seed_sample
from ementor_desktop.ui.worker import DbWorker
from tests.gui.conftest import unlock

App = Callable[[Home], EmentorApp]


@contextlib.contextmanager
def worker_on(home: Home) -> Iterator[DbWorker]:
    """A database worker with the vault at `home` open, shut down after."""
    worker = DbWorker()
    try:
        worker.call(lambda: worker.set_vault(Vault.open(home, "correct horse battery staple")))
        worker.wait_idle()
        yield worker
    finally:
        worker.shutdown()


def test_conversation_and_search_models(qtmodeltester, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    seed_sample(vault)
    repos = Repos.over(vault.db)
    conversations = ConversationListModel()
    qtmodeltester.check(conversations)
    conversations.set_rows(repos.conversations.summaries())
    assert conversations.rowCount() == 4
    qtmodeltester.check(conversations)
    conversations.set_rows(repos.conversations.summaries()[::-1])  # reordered: a reset
    qtmodeltester.check(conversations)
    results = SearchResultsModel()
    results.set_hits(repos.messages.search("review"))
    assert results.rowCount() >= 1
    qtmodeltester.check(results)
    text = results.index(0).data()
    assert SearchHit.HIT_START not in text and SearchHit.HIT_END not in text


def test_message_model_while_paging(qtbot: QtBot, qtmodeltester, vault: Vault,  # type: ignore[no-untyped-def]
                                    home: Home) -> None:
    conv = seed_long_conversation(vault, 600)
    vault.close()
    with worker_on(home) as worker:
        model = MessageListModel(worker)
        qtmodeltester.check(model)
        model.open(conv)
        qtbot.waitUntil(lambda: model.rowCount() > 0)
        qtmodeltester.check(model)
        model.set_older_wanted(True)
        while True:  # the tester itself may have asked for a page: wait for it first
            qtbot.waitUntil(lambda: not model.loading)
            if not model.canFetchMore(QModelIndex()):
                break
            model.fetchMore(QModelIndex())
        assert model.rowCount() == 600
        qtmodeltester.check(model)
        model.refresh_newest()
        worker.wait_idle()
        qtbot.wait(20)
        model.clear()
        qtmodeltester.check(model)


def test_live_models_in_the_window(qtbot: QtBot, qtmodeltester, make_app: App,  # type: ignore[no-untyped-def]
                                   vault: Vault, home: Home) -> None:
    seed_sample(vault)
    vault.close()
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    for model in (main.conversations, main.messages, main.search_results):
        qtmodeltester.check(model)


def test_message_model_takes_arrivals_anywhere_in_the_order(  # type: ignore[no-untyped-def]
        qtbot: QtBot, qtmodeltester, vault: Vault, home: Home) -> None:
    """Arrivals in random places, more than one batch of them, one while the first page is still
    loading: the model always holds exactly the newest part of the conversation, in order."""
    conv = seed_long_conversation(vault, 400)
    contact = Repos.over(vault.db).conversations.get(conv)
    assert contact is not None and contact.contact_id is not None
    sender = contact.contact_id
    vault.close()
    rng = random.Random(7)
    worker = DbWorker()

    def store(count: int) -> None:
        v = worker.vault_for_engine()
        assert v is not None
        repos = Repos.over(v.db)
        with v.mutex, v.db.transaction():  # as the sync engine stores what it fetched
            newest = repos.messages.page(conv, limit=1)[0].sent_at
            for _ in range(count):  # anywhere from before the history began to its end
                repos.messages.add(Message(
                    id=secrets.token_hex(16), conversation_id=conv, direction="in",
                    sender_id=sender, body="late", sent_at=newest - rng.randrange(500 * 60_000),
                    seq=rng.randrange(3), state=MessageState.RECEIVED))

    def stored_in_order() -> list[str]:
        v = worker.vault_for_engine()
        assert v is not None
        with v.mutex:
            return [m.id for m in Repos.over(v.db).messages.page(conv, limit=10**6)][::-1]

    def shown() -> list[str]:
        return [m.id for i in range(model.rowCount()) if (m := model.message(i)) is not None]

    def newest_part() -> list[str]:
        """What the model must hold: everything from its oldest row on, in order."""
        everything = stored_in_order()
        return everything[everything.index(shown()[0]):]

    try:
        worker.call(lambda: worker.set_vault(Vault.open(home, "correct horse battery staple")))
        worker.wait_idle()
        model = MessageListModel(worker)
        qtmodeltester.check(model)  # stays attached: checks every insertion below
        model.open(conv)
        store(3)  # arrives while the first page is being read
        model.refresh_newest()
        qtbot.waitUntil(lambda: model.rowCount() >= FIRST_PAGE and shown() == newest_part(),
                        timeout=5000)
        assert model.has_older

        store(2 * ARRIVAL_BATCH + 17)  # more than one batch
        model.refresh_newest()
        model.refresh_newest()  # asked twice while busy: runs once more, adds nothing twice
        expected = newest_part()
        assert len(expected) > model.rowCount()
        qtbot.waitUntil(lambda: shown() == expected, timeout=10000)
        qtbot.waitUntil(lambda: worker.pending == 0)
        assert shown() == expected
        qtmodeltester.check(model)

        model.set_older_wanted(True)  # and paging up still brings each message once
        while True:
            qtbot.waitUntil(lambda: not model.loading)
            if not model.canFetchMore(QModelIndex()):
                break
            model.fetchMore(QModelIndex())
        assert shown() == stored_in_order()
        qtmodeltester.check(model)
    finally:
        worker.shutdown()


def open_and_page_up(qtbot: QtBot, model: MessageListModel, conversation_id: str) -> None:
    """Open the conversation and bring in one older page."""
    model.open(conversation_id)
    qtbot.waitUntil(lambda: model.rowCount() == FIRST_PAGE)
    model.set_older_wanted(True)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() > FIRST_PAGE)


def test_message_rows_are_counted_by_qt_and_only_change_with_the_messages(
        qtbot: QtBot, vault: Vault, home: Home) -> None:
    """Qt counts the message rows itself (a layout asks for the count twice a row: across the
    Python boundary that was most of a layout's cost), so the count Qt keeps must follow the
    messages exactly, through every change, even with signals blocked; views, drops and
    editors cannot change it."""
    assert "rowCount" not in MessageListModel.__dict__  # Qt's own count, no Python call
    conv = seed_long_conversation(vault, 300)
    vault.close()
    with worker_on(home) as worker:
        model = MessageListModel(worker)
        counts: list[tuple[int, int]] = []  # (Qt's count, messages) whenever a change is told

        def told(*_args: object) -> None:
            counts.append((model.rowCount(), len(model.messages_in(0, 10**6))))
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.rowsAboutToBeInserted, model.rowsAboutToBeRemoved):
            signal.connect(told)
        open_and_page_up(qtbot, model, conv)
        assert counts and all(qt == held for qt, held in counts)
        shown = model.messages_in(0, 10**6)
        assert len(shown) == model.rowCount()
        # Nobody else changes the rows.
        assert not model.insertRows(0, 3)
        assert not model.removeRows(0, 3)
        assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 5)
        assert not model.setData(model.index(0), "edited")
        with pytest.raises(TypeError):
            model.setStringList(["x"])
        model.sort(0)
        assert model.messages_in(0, 10**6) == shown and model.rowCount() == len(shown)
        with pytest.raises(RuntimeError):  # a change Qt refuses is not made to the messages
            model._insert_rows(len(shown) + 5, shown[:1])
        model._insert_rows(0, [])  # nothing to insert or remove: nothing happens
        model._remove_rows(3, 2)
        assert model.messages_in(0, 10**6) == shown and model.rowCount() == len(shown)
        assert model.index(0).data() == shown[0].body
        # With signals blocked the change still happens to both.
        doomed = shown[len(shown) // 2]
        model.blockSignals(True)
        try:
            model.delete_locally(doomed.id)
            qtbot.waitUntil(lambda: model.row_of(doomed.id) < 0)
        finally:
            model.blockSignals(False)
        assert model.rowCount() == len(shown) - 1 == len(model.messages_in(0, 10**6))
        model.clear()
        assert model.rowCount() == 0 and counts[-1] == (0, 0)


def test_no_page_comes_in_while_rows_are_changing(qtbot: QtBot, vault: Vault,
                                                   home: Home) -> None:
    """Qt's model tester (like any receiver) asks for more rows while a row is about to go: a
    page read ahead and ready must not land in the middle of that removal."""
    conv = seed_long_conversation(vault, 600)
    vault.close()
    with worker_on(home) as worker:
        model = MessageListModel(worker)
        asked: list[bool] = []

        def ask_for_more(*_args: object) -> None:
            asked.append(model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex())
        for signal in (model.rowsAboutToBeRemoved, model.rowsAboutToBeInserted):
            signal.connect(ask_for_more)
        open_and_page_up(qtbot, model, conv)
        # The next page is read ahead and in; the view near the top wants older history.
        qtbot.waitUntil(lambda: (ahead := model._ahead.get("older")) is not None
                        and ahead.page is not None)
        model.set_older_wanted(True)
        doomed = model.message(model.rowCount() - 1)
        assert doomed is not None
        model.delete_locally(doomed.id)
        qtbot.waitUntil(lambda: model.row_of(doomed.id) < 0)
        worker.wait_idle()
        qtbot.wait(50)
        assert asked and not any(asked)
        held = model.messages_in(0, 10**6)
        assert model.rowCount() == len(held)
        assert [m.id for m in held].count(doomed.id) == 0
