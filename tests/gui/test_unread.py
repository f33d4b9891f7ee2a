"""Unread clears for the open conversation once the person can see it: when the window becomes
active again, or when they click the open conversation (issue 11, item 3)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ementor_desktop.home import Home
from ementor_desktop.store.vault import now_ms
from ementor_desktop.ui.app import EmentorApp
from tests.gui.conftest import SeededHome, unlock, wait_idle
from tests.gui.test_late_messages import arrive

App = Callable[[Home], EmentorApp]


def unread(app: EmentorApp, conversation_id: str) -> int:
    main = app.main
    assert main is not None
    for row in range(main.conversations.rowCount()):
        summary = main.conversations.summary(row)
        if summary is not None and summary.conversation.id == conversation_id:
            return summary.conversation.unread_count
    raise AssertionError("conversation not listed")


def to_background(qtbot: QtBot, app: EmentorApp) -> QWidget:
    """Another window takes the focus, as when the person switches to another program."""
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    assert app.main is not None
    qtbot.waitUntil(lambda: other.isActiveWindow() and not app.main.isActiveWindow(),  # type: ignore[union-attr]
                    timeout=5000)
    return other


def unread_in_background(qtbot: QtBot, make_app: App, seeded_home: SeededHome,
                         seq: int) -> tuple[EmentorApp, str]:
    """The main conversation open, the window in the background, and one message arrived."""
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    conv, sender = seeded_home.seeded.main_conversation, seeded_home.seeded.main_contact
    qtbot.waitUntil(lambda: main.messages.conversation_id == conv, timeout=5000)
    to_background(qtbot, app)
    arrive(app, conv, sender, "arrived while you were away", now_ms(), seq)
    wait_idle(qtbot, app)
    qtbot.waitUntil(lambda: unread(app, conv) == 1, timeout=5000)
    return app, conv


def test_unread_clears_when_the_window_becomes_active(qtbot: QtBot, make_app: App,
                                                     seeded_home: SeededHome) -> None:
    app, conv = unread_in_background(qtbot, make_app, seeded_home, 900)
    main = app.main
    assert main is not None
    main.activateWindow()  # the person comes back to the window
    qtbot.waitUntil(main.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: unread(app, conv) == 0, timeout=5000)


def test_unread_clears_when_the_open_conversation_is_clicked(qtbot: QtBot, make_app: App,
                                                             seeded_home: SeededHome) -> None:
    app, conv = unread_in_background(qtbot, make_app, seeded_home, 901)
    main = app.main
    assert main is not None
    index = main.sidebar.currentIndex()
    main.sidebar.clicked.emit(index)  # a click on the row that is already open
    qtbot.waitUntil(lambda: unread(app, conv) == 0, timeout=5000)


def test_restarting_sync_never_shows_not_syncing(qtbot: QtBot, make_app: App,
                                                 seeded_home: SeededHome) -> None:
    """Creating an invite or changing the relay restarts the sync loop; the old loop's goodbye
    must not flash "Not syncing" (issue 11, item 7)."""
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    shown: list[str] = []
    main.relay_status.setText("")
    original = main.set_relay_status

    def spy(text: str, tooltip: str = "") -> None:
        shown.append(text)
        original(text, tooltip)
    main.set_relay_status = spy  # type: ignore[method-assign]
    for _ in range(3):
        app.sync_now()
        qtbot.wait(300)
    wait_idle(qtbot, app)
    qtbot.wait(300)
    assert shown and not any("Not syncing" in text for text in shown)
