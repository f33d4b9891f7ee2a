"""Unlock, wrong passphrase, vault in use, locking (shortcut and idle), responsiveness."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ementor_desktop.errors import WrongPassphrase
from ementor_desktop.home import Home
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from tests.conftest import PASSPHRASE, snapshot
from tests.gui.conftest import SeededHome, unlock, wait_idle

App = Callable[[Home], EmentorApp]


def test_unlock_shows_conversations(qtbot: QtBot, make_app: App,
                                    seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None and main.isVisible()
    assert main.conversations.rowCount() == 4
    assert main.messages.conversation_id == seeded_home.seeded.main_conversation
    qtbot.waitUntil(lambda: main.messages.rowCount() == 8)
    assert app.unlock_window is not None and not app.unlock_window.isVisible()
    assert main.windowTitle().startswith("(2)")  # Jonas's two unread messages


def test_wrong_passphrase_shows_the_vault_message_and_changes_nothing(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    home = seeded_home.home
    before = snapshot(home.root)
    with pytest.raises(WrongPassphrase) as expected:
        Vault.open(home, "not the passphrase")
    app = make_app(home)
    app.start()
    window = app.unlock_window
    assert window is not None
    qtbot.waitUntil(lambda: window.passphrase.isEnabled())
    qtbot.keyClicks(window.passphrase, "not the passphrase")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=5000)
    assert window.error.text() == str(expected.value)
    assert "Traceback" not in window.error.text()
    assert app.state == "unlock" and app.main is None
    assert window.passphrase.isEnabled() and window.passphrase.hasSelectedText()
    assert snapshot(home.root) == before


def test_vault_in_use_is_reported_in_plain_words(qtbot: QtBot, make_app: App,
                                                 seeded_home: SeededHome) -> None:
    holder = Vault.open(seeded_home.home, PASSPHRASE)
    try:
        app = make_app(seeded_home.home)
        app.start()
        window = app.unlock_window
        assert window is not None
        qtbot.waitUntil(lambda: window.error.isVisible(), timeout=5000)
        assert "already open" in window.error.text()
    finally:
        holder.close()


def _visible_texts() -> str:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            continue
        texts.extend(label.text() for label in widget.findChildren(QLabel)
                     if label.isVisible())
        texts.append(widget.windowTitle())
    return "\n".join(texts)


def _assert_locked(app: EmentorApp) -> None:
    main = app.main
    assert app.state == "locked"
    assert not app.worker.has_vault
    # locked in place: the same window, its body replaced by the unlock panel, no menus
    assert main is not None and main.isVisible() and main.locked
    assert main.body.currentWidget() is app.unlock_window
    assert not main.menuBar().isVisible()
    assert not main.search_action.isEnabled() and not main.add_action.isEnabled()
    assert main.conversations.rowCount() == 0
    assert main.messages.rowCount() == 0
    assert main.search_results.rowCount() == 0
    assert main.composer.edit.toPlainText() == ""
    shown = _visible_texts()
    for private in ("Amara", "Jonas", "code reviews", "Sam"):
        assert private not in shown
    assert app.unlock_window is not None and app.unlock_window.isVisible()


def test_ctrl_l_locks_and_hides_everything(qtbot: QtBot, make_app: App,
                                           seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    main.composer.edit.setPlainText("half-written thought")
    main.lock_action.trigger()
    wait_idle(qtbot, app)
    _assert_locked(app)
    unlock(qtbot, app)  # and it opens again, draft kept
    qtbot.waitUntil(lambda: main.composer.edit.toPlainText() == "half-written thought")


def test_auto_lock_after_idle_time_hides_content(qtbot: QtBot, make_app: App,
                                                 seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    assert app.idle.active  # default 10 minutes
    app.idle.set_minutes(0.2 / 60)  # 200 ms, as if the setting said so
    qtbot.waitUntil(lambda: app.state == "locked", timeout=3000)
    wait_idle(qtbot, app)
    _assert_locked(app)
    assert "inactivity" in app.unlock_window.subtitle.text()  # type: ignore[union-attr]


def test_user_input_postpones_auto_lock(qtbot: QtBot, make_app: App,
                                        seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    app.idle.set_minutes(0.4 / 60)  # 400 ms
    for _ in range(6):
        qtbot.wait(120)
        qtbot.keyClick(main.composer.edit, Qt.Key.Key_A)
    assert app.state == "main"
    qtbot.waitUntil(lambda: app.state == "locked", timeout=3000)


def test_event_loop_keeps_running_while_unlocking(qtbot: QtBot, make_app: App,
                                                  seeded_home: SeededHome,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Unlocking (Argon2id) runs on the worker: timers keep firing and the spinner turns."""
    real_open = Vault.open
    opening = threading.Event()

    def slow_open(home: Home, passphrase: str) -> Vault:
        opening.set()
        try:
            time.sleep(0.6)  # like a MODERATE Argon2id on a slow machine
            return real_open(home, passphrase)
        finally:
            opening.clear()

    monkeypatch.setattr(Vault, "open", staticmethod(slow_open))
    app = make_app(seeded_home.home)
    app.start()
    window = app.unlock_window
    assert window is not None
    qtbot.waitUntil(lambda: window.passphrase.isEnabled())
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: opening.is_set() and ticks.append(time.monotonic()))
    timer.start(10)
    window.passphrase.setText(PASSPHRASE)
    started = time.monotonic()
    window.button.click()
    assert window.spinner.isVisible() and not window.passphrase.isEnabled()
    qtbot.waitUntil(lambda: app.state == "main", timeout=10000)
    elapsed = time.monotonic() - started
    timer.stop()
    assert elapsed >= 0.6
    assert len(ticks) >= 20  # ~60 expected while the worker unlocks; a blocked loop gives ~1
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 0.3


def test_locking_closes_an_open_passphrase_prompt(qtbot: QtBot, make_app: App,
                                                  seeded_home: SeededHome,
                                                  tmp_path: object) -> None:
    """Auto-lock may fire while a modal prompt runs its own event loop (backup passphrase)."""
    from pathlib import Path

    target = Path(str(tmp_path)) / "never.backup"
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    app.open_settings()
    QTimer.singleShot(300, lambda: app.lock("Locked after a period of inactivity."))
    settings = app.settings_dialog
    assert settings is not None
    settings._backup()  # opens the modal backup dialog; returns once locking closed it
    wait_idle(qtbot, app)
    _assert_locked(app)
    assert not target.exists()
    assert app.settings_dialog is None


def test_windows_say_whose_they_are(qtbot: QtBot, make_app: App,
                                    seeded_home: SeededHome) -> None:
    """The main window is titled with the participant's name and role (Qt adds the app's
    name); the locked window does not repeat the app's name."""
    app = make_app(seeded_home.home)
    app.start()
    qtbot.waitUntil(lambda: app.unlock_window is not None, timeout=5000)
    assert app.unlock_window is not None
    assert "eMentor Desktop" not in app.unlock_window.windowTitle()
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    qtbot.waitUntil(lambda: "Test Mentor (mentor)" in main.windowTitle(), timeout=5000)
    assert main.windowTitle().startswith("(2) ")


def test_the_account_area_shows_who_and_the_fingerprint(qtbot: QtBot, make_app: App,
                                                         seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    qtbot.waitUntil(lambda: main.account.text() == "Test Mentor · mentor", timeout=5000)
    assert main.account.isVisible()
    assert "Your fingerprint:" in main.account.accessibleDescription()
    assert main.account.accessibleDescription() == main.account.toolTip()


def test_locking_keeps_the_window_where_and_as_large_as_it_was(qtbot: QtBot, make_app: App,
                                                               seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    main.resize(900, 640)
    main.move(40, 30)
    qtbot.waitUntil(lambda: main.size().width() == 900)
    before = (main.pos(), main.size(), main.winId())
    main.lock_action.trigger()
    wait_idle(qtbot, app)
    assert app.state == "locked"
    assert (main.pos(), main.size(), main.winId()) == before
    # no second top-level window appeared for the passphrase
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()
            and w.isWindow() and w is not main and not w.inherits("QMenu")] == []
    assert app.unlock_window is not None and app.unlock_window.window() is main
    assert main.windowTitle() == "Locked"
    unlock(qtbot, app)
    assert (main.pos(), main.size()) == before[:2]
    assert main.menuBar().isVisible() and main.search_action.isEnabled()
    assert main.body.currentWidget() is main.splitter


def test_window_size_and_splitter_are_remembered_per_home(qtbot: QtBot, make_app: App,
                                                          seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    main.resize(760, 560)
    qtbot.waitUntil(lambda: main.size().width() == 760)
    main.splitter.setSizes([250, 510])
    sizes = main.splitter.sizes()
    app.quit()
    state = (seeded_home.home.root / "window-state.ini").read_bytes()
    for private in (b"Amara", b"Jonas", b"Sam", PASSPHRASE.encode()):
        assert private not in state  # layout only

    again = make_app(seeded_home.home)
    unlock(qtbot, again)
    assert again.main is not None
    assert again.main.size().width() == 760 and again.main.size().height() == 560
    assert again.main.splitter.sizes() == sizes


def test_locking_clears_text_copied_from_the_app_only(qtbot: QtBot, make_app: App,
                                                      seeded_home: SeededHome,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QGuiApplication

    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    clipboard = QGuiApplication.clipboard()
    active = Qt.ApplicationState.ApplicationActive
    monkeypatch.setattr(QGuiApplication, "applicationState", staticmethod(lambda: active))
    main.composer.edit.setPlainText("the words I copied from a conversation")
    main.composer.edit.selectAll()
    main.composer.edit.copy()  # Ctrl+C, as a person would
    assert clipboard.text() == "the words I copied from a conversation"
    main.lock_action.trigger()
    wait_idle(qtbot, app)
    assert clipboard.text() == ""

    unlock(qtbot, app)
    inactive = Qt.ApplicationState.ApplicationInactive
    monkeypatch.setattr(QGuiApplication, "applicationState", staticmethod(lambda: inactive))
    clipboard.setText("copied in another program")  # while eMentor was in the background
    main.lock_action.trigger()
    wait_idle(qtbot, app)
    assert clipboard.text() == "copied in another program"


def test_the_passphrase_field_has_the_keyboard_after_a_busy_moment(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    """At start-up the app checks for a remembered vault with the field disabled, which takes
    the focus away; afterwards typing must go into the field (the real-window test found keys
    typed at start-up were lost)."""
    app = make_app(seeded_home.home)
    app.start()
    qtbot.waitUntil(lambda: app.state == "unlock" and app.unlock_window is not None
                    and app.unlock_window.passphrase.isEnabled(), timeout=5000)
    window = app.unlock_window
    assert window is not None
    window.activateWindow()
    window.set_busy(True)  # as while unlocking
    window.set_busy(False)  # a wrong passphrase, or the check done
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.passphrase, timeout=2000)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, "typed")
    assert window.passphrase.text() == "typed"
