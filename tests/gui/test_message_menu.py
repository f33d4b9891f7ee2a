"""Each message has a menu, by keyboard (Shift+F10, the Menu key) and by right click: copy, quote in
reply, retry (our messages that could not be sent) and delete from this vault (after asking)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ementor_desktop.domain.models import MessageState
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.main_window import MainWindow
from tests.gui.conftest import SeededHome, unlock, wait_idle

App = Callable[[Home], EmentorApp]
# A popup menu asks the platform to raise it and grab the keyboard; the offscreen platform says
# it cannot (harmless, as propagateSizeHints in pyproject.toml).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard")
LAST = "And thank you – this is already helping."  # the newest sample message (incoming)


def open_main(qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> tuple[EmentorApp,
                                                                               MainWindow]:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    main.show()
    wait_idle(qtbot, app)
    return app, main


def entries(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def menu_by_keyboard(qtbot: QtBot, main: MainWindow, row: int) -> QMenu:
    view = main.view
    view.setFocus()
    view.setCurrentIndex(main.messages.index(row))
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: view.message_menu is not None and view.message_menu.isVisible(),
                    timeout=2000)
    assert view.message_menu is not None
    return view.message_menu


def trigger(menu: QMenu, name: str) -> None:
    action = next(a for a in menu.actions() if a.objectName() == name)
    menu.close()
    action.trigger()


def test_shift_f10_the_menu_key_and_a_right_click_open_the_message_menu(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    _app, main = open_main(qtbot, make_app, seeded_home)
    view, model = main.view, main.messages
    last = model.rowCount() - 1
    menu = menu_by_keyboard(qtbot, main, last)
    assert entries(menu) == ["Copy text", "Quote in reply", "Delete from this computer…"]
    assert menu.activeAction() is not None  # the keyboard starts on the first entry
    assert not menu.grab().isNull()
    menu.close()

    view.setCurrentIndex(model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: view.message_menu is not None and view.message_menu.isVisible(),
                    timeout=2000)
    view.message_menu.close()  # type: ignore[union-attr]

    rect = view.visualRect(model.index(last))
    pos = rect.center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: view.message_menu is not None and view.message_menu.isVisible(),
                    timeout=2000)
    assert view.currentIndex().row() == last  # the message clicked is the one acted on
    view.message_menu.close()  # type: ignore[union-attr]


def test_copy_and_quote_in_reply(qtbot: QtBot, make_app: App,
                                 seeded_home: SeededHome) -> None:
    _app, main = open_main(qtbot, make_app, seeded_home)
    last = main.messages.rowCount() - 1
    menu = menu_by_keyboard(qtbot, main, last)
    copy = next(a for a in menu.actions() if a.text().replace("&", "") == "Copy text")
    menu.close()
    copy.trigger()
    assert QApplication.clipboard().text() == LAST

    quoted: list[str] = []
    main.view.quote_requested.connect(quoted.append)
    trigger(menu_by_keyboard(qtbot, main, last), "quoteAction")
    assert quoted == ["> " + LAST]
    assert main.composer.edit.toPlainText() == "> " + LAST + "\n"
    assert main.composer.edit.hasFocus() or not main.isActiveWindow()
    qtbot.keyClicks(main.composer.edit, "Glad to hear it")
    assert main.composer.edit.toPlainText() == "> " + LAST + "\nGlad to hear it"


def test_retry_requeues_a_failed_message_and_only_a_failed_one(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    app, main = open_main(qtbot, make_app, seeded_home)
    model = main.messages
    qtbot.keyClicks(main.composer.edit, "this one will fail")
    qtbot.keyClick(main.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (m := model.message(model.rowCount() - 1)) is not None
                    and m.body == "this one will fail", timeout=5000)
    sent = model.message(model.rowCount() - 1)
    assert sent is not None and sent.state is MessageState.QUEUED
    assert "Retry sending" not in entries(menu_by_keyboard(qtbot, main, model.rowCount() - 1))
    main.view.message_menu.close()  # type: ignore[union-attr]

    vault = app.worker.vault_for_engine()
    assert vault is not None
    with vault.mutex, vault.db.transaction():  # the relay refused it for good (as sync does)
        repos = Repos.over(vault.db)
        for item in repos.outbox.due(now=2**62):
            if item.message_id == sent.id:
                repos.outbox.remove(item.id)
        assert repos.messages.set_state(sent.id, MessageState.FAILED, 1)
    model.refresh_newest()
    row = model.rowCount() - 1
    qtbot.waitUntil(lambda: (m := model.message(row)) is not None
                    and m.state is MessageState.FAILED, timeout=5000)

    menu = menu_by_keyboard(qtbot, main, row)
    assert "Retry sending" in entries(menu)
    changed: list[str] = []
    model.changed_locally.connect(changed.append)
    trigger(menu, "retryAction")
    qtbot.waitUntil(lambda: (m := model.message(row)) is not None
                    and m.state is MessageState.QUEUED, timeout=5000)
    assert changed == [sent.conversation_id]
    with vault.mutex:
        repos = Repos.over(vault.db)
        queued = [i for i in repos.outbox.due(now=2**62) if i.message_id == sent.id]
        again = repos.messages.get(sent.id)
    assert len(queued) == 1  # back in the outbox, once, due now
    content = json.loads(queued[0].payload)
    assert content["id"] == sent.id and content["seq"] == sent.seq  # same message, same place
    assert content["sent"] == sent.sent_at and content["body"] == {"text": "this one will fail"}
    assert again is not None and again.state is MessageState.QUEUED


def test_delete_asks_first_and_removes_the_message_from_this_vault_and_search(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    app, main = open_main(qtbot, make_app, seeded_home)
    model, view = main.messages, main.view
    last = model.rowCount() - 1
    message = model.message(last)
    assert message is not None and message.body == LAST
    vault = app.worker.vault_for_engine()
    assert vault is not None

    trigger(menu_by_keyboard(qtbot, main, last), "deleteAction")
    box = view.confirm_box
    assert box is not None and box.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # cancelled: nothing happens
    qtbot.waitUntil(lambda: view.confirm_box is None, timeout=2000)
    wait_idle(qtbot, app)
    assert model.row_of(message.id) == last

    trigger(menu_by_keyboard(qtbot, main, last), "deleteAction")
    box = view.confirm_box
    assert box is not None
    delete = next(b for b in box.buttons() if b.objectName() == "confirmDeleteButton")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.row_of(message.id) == -1, timeout=5000)
    assert model.rowCount() == last
    with vault.mutex:
        repos = Repos.over(vault.db)
        assert repos.messages.get(message.id) is None
        assert not [h for h in repos.messages.search("already helping")
                    if h.message.id == message.id]
    assert view.indexAt(QPoint(4, 4)).isValid()
