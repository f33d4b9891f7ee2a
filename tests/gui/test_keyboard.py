"""Keyboard only: from the search box into the results with ↓ (or Enter), open one with Enter,
↑ on the first result back to the search box; ↓ with no search goes into the conversations."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ementor_desktop.domain.models import Message, MessageState
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.main_window import MainWindow
from ementor_desktop.ui.sample import seed_long_conversation
from tests.gui.conftest import unlock

App = Callable[[Home], EmentorApp]


def _seed(vault: Vault) -> str:
    conv = seed_long_conversation(vault, 400, name="Long History")
    with vault.db.transaction():
        for i, body in enumerate(("The zanzibar milestone started it",
                                  "Back to zanzibar later")):
            Repos.over(vault.db).messages.add(Message(
                id=f"needle-{i}", conversation_id=conv, direction="in", body=body,
                sent_at=1_000 + i, state=MessageState.RECEIVED))
    return conv


def _search_focused(qtbot: QtBot, make_app: App, vault: Vault, home: Home) -> MainWindow:
    """The app on the seeded vault, the search box focused by Ctrl+F."""
    _seed(vault)
    vault.close()
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    main.activateWindow()
    main.search_action.trigger()
    return main


def test_down_from_the_search_box_reaches_the_results_and_enter_opens_one(
        qtbot: QtBot, make_app: App, vault: Vault, home: Home) -> None:
    main = _search_focused(qtbot, make_app, vault, home)
    assert QApplication.focusWidget() is main.search_box
    qtbot.keyClicks(main.search_box, "zanzib")
    qtbot.keyClick(main.search_box, Qt.Key.Key_Down)  # before the results came: it waits
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main.results, timeout=5000)
    assert main.results.currentIndex().row() == 0
    qtbot.keyClick(main.results, Qt.Key.Key_Down)
    assert main.results.currentIndex().row() == 1
    qtbot.keyClick(main.results, Qt.Key.Key_Up)
    qtbot.keyClick(main.results, Qt.Key.Key_Up)  # on the first: back to the search box
    assert QApplication.focusWidget() is main.search_box

    qtbot.keyClick(main.search_box, Qt.Key.Key_Return)  # Enter also goes to the results
    assert QApplication.focusWidget() is main.results
    wanted = main.search_results.hit(0)
    assert wanted is not None
    qtbot.keyClick(main.results, Qt.Key.Key_Return)  # and opens the one chosen
    qtbot.waitUntil(lambda: main.messages.row_of(wanted.message.id) >= 0, timeout=10000)
    row = main.messages.row_of(wanted.message.id)
    qtbot.waitUntil(lambda: main.view.currentIndex().row() == row, timeout=5000)


def test_down_without_a_search_goes_into_the_conversations(qtbot: QtBot, make_app: App,
                                                           vault: Vault, home: Home) -> None:
    main = _search_focused(qtbot, make_app, vault, home)
    qtbot.keyClick(main.search_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is main.sidebar
    assert main.sidebar.currentIndex().isValid()
