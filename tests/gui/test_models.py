"""Every list model passes Qt's model tester, with data loaded and while paging."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from ementor_desktop.domain.models import SearchHit
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.models import (
    ConversationListModel,
    MessageListModel,
    SearchResultsModel,
)
from ementor_desktop.ui.sample import seed_long_conversation, seed_sample
from ementor_desktop.ui.worker import DbWorker
from tests.gui.conftest import unlock

App = Callable[[Home], EmentorApp]


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
    worker = DbWorker()
    try:
        worker.call(lambda: worker.set_vault(Vault.open(home, "correct horse battery staple")))
        worker.wait_idle()
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
    finally:
        worker.shutdown()


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
