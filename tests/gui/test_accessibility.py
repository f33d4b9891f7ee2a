"""Every control has an accessible name (or visible text a screen reader reads), and the
common actions have keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSplitterHandle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ementor_desktop.home import Home
from ementor_desktop.ui.app import EmentorApp
from tests.gui.conftest import SeededHome, unlock

App = Callable[[Home], EmentorApp]
CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView, QSplitterHandle)


def _inside(widget: QWidget, kinds: object) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):  # type: ignore[arg-type]
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Interactive controls a screen reader would announce without a name: buttons (the icon
    buttons inside a line edit, such as the search box's clear button, included once shown),
    fields, lists, splitter handles; and combo boxes without a name of their own (a combo box
    otherwise speaks its current item, not what it is for)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or (widget.objectName().startswith("qt_")
                                                and not isinstance(widget, QSplitterHandle)):
            continue
        if _inside(widget, QComboBox):
            continue  # a combo box's popup list: part of the named combo box
        if _inside(widget, QLineEdit) and not widget.isVisible():
            continue  # a line edit's icon button that is not shown now
        if type(widget).__name__ in ("QScrollBar", "QToolButton", "QSplitterHandle") and \
                not widget.isVisible():  # (a splitter's first handle is never shown)
            continue
        if isinstance(widget, QComboBox):
            name = widget.accessibleName()
        else:
            name = widget.accessibleName() or (
                widget.text().replace("&", "").strip()
                if isinstance(widget, QAbstractButton) else "")
        if not name:
            missing.append(f"{type(widget).__name__}({widget.objectName()}) in "
                           f"{type(widget.parentWidget()).__name__}")
    return missing


def test_every_control_has_an_accessible_name(qtbot: QtBot, make_app: App,
                                              seeded_home: SeededHome, home: Home) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    assert app.main is not None and app.unlock_window is not None
    assert unnamed(app.unlock_window) == []
    assert unnamed(app.main) == []
    app.main.search_box.setText("anything")  # its clear button shows
    assert unnamed(app.main) == []
    app.open_settings()
    assert app.settings_dialog is not None
    assert unnamed(app.settings_dialog) == []
    from ementor_desktop.ui.backup_dialogs import BackupDialog, RestoreDialog

    for dialog in (BackupDialog("x.backup", app.settings_dialog),
                   RestoreDialog(None, app.settings_dialog)):
        dialog.show()
        assert unnamed(dialog) == []
        dialog.reject()
    app.settings_dialog.reject()
    app.open_add_contact()
    assert app.add_dialog is not None
    assert unnamed(app.add_dialog) == []
    app.add_dialog.reject()
    app.main.verify_action.trigger()
    qtbot.waitUntil(lambda: app.safety_dialog is not None, timeout=5000)
    assert unnamed(app.safety_dialog) == []  # type: ignore[arg-type]
    app.safety_dialog.reject()  # type: ignore[union-attr]


def test_wizard_controls_are_named(qtbot: QtBot, make_app: App, tmp_path: object) -> None:
    from pathlib import Path

    app = make_app(Home(Path(str(tmp_path)) / "fresh"))
    app.start()
    assert app.wizard is not None
    assert unnamed(app.wizard) == []


def test_common_actions_have_shortcuts(qtbot: QtBot, make_app: App,
                                       seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    expected = {main.lock_action: "Ctrl+L", main.search_action: QKeySequence.StandardKey.Find,
                main.add_action: QKeySequence.StandardKey.New,
                main.settings_action: "Ctrl+,", main.compose_action: "Ctrl+E",
                main.verify_action: "Ctrl+I", main.sync_action: QKeySequence.StandardKey.Refresh}
    for action, key in expected.items():
        assert action.shortcut() == QKeySequence(key), action.text()


def test_live_state_is_in_the_accessible_names(qtbot: QtBot, make_app: App,
                                               seeded_home: SeededHome) -> None:
    """A screen reader reads a label by its accessible name: the conversation header and the
    connection status expose what they show now, not a fixed word (issue 11)."""
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    assert main.account.accessibleName().startswith("Your account: ")  # who, not a fixed word
    assert main.account.text().split(" · ")[0] in main.account.accessibleName()
    qtbot.waitUntil(lambda: main.title.text() != "", timeout=5000)
    assert main.title.accessibleName() == f"Conversation with {main.title.text()}"
    main.set_relay_status("○ Offline – messages wait", "Cannot reach the relay.")
    assert main.relay_status.accessibleName() == "Connection: Offline – messages wait"
    assert main.relay_status.accessibleDescription() == "Cannot reach the relay."
    main.set_relay_status("● Online")
    assert main.relay_status.accessibleName() == "Connection: Online"
    main.lock_action.trigger()  # locked: nobody's name is left in the tree
    qtbot.waitUntil(lambda: app.state == "locked", timeout=5000)
    assert main.title.accessibleName() == "No conversation open"
    assert main.account.accessibleName() == "Your account"
    unlock(qtbot, app)

    main.verify_action.trigger()  # the safety number: its digits, not the word
    qtbot.waitUntil(lambda: app.safety_dialog is not None, timeout=5000)
    dialog = app.safety_dialog
    assert dialog is not None
    digits = dialog.digits.text().split()
    assert len(digits) >= 12
    assert dialog.digits.accessibleName() == "Safety number: " + " ".join(digits)
    dialog.reject()

    app.open_settings()  # the settings status line: its message
    settings = app.settings_dialog
    assert settings is not None
    settings.show_result("Backup written to /media/usb/ementor.backup.")
    assert settings.status.accessibleName() == \
        "Result: Backup written to /media/usb/ementor.backup."
    settings.reject()


def test_rows_and_messages_say_more_than_their_text(qtbot: QtBot, make_app: App,
                                                    seeded_home: SeededHome) -> None:
    """Each conversation row speaks its unread count and last message; each message its
    direction, time and (for ours) how far it got (issue 11)."""
    from PySide6.QtCore import Qt

    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    role = Qt.ItemDataRole.AccessibleTextRole
    spoken = [main.conversations.data(main.conversations.index(r), role)
              for r in range(main.conversations.rowCount())]
    assert any(s.startswith("Jonas Weber, 2 unread, last: Happy to look") for s in spoken)
    messages = main.messages
    qtbot.waitUntil(lambda: messages.rowCount() > 0, timeout=5000)
    texts = [messages.data(messages.index(r), role) for r in range(messages.rowCount())]
    name = main.current_summary().contact_name  # type: ignore[union-attr]
    assert any(t.startswith(f"{name}, ") for t in texts)  # who wrote it, then when
    assert any(t.startswith("You, ") and ", read: " in t for t in texts)
    assert messages.data(messages.index(0), Qt.ItemDataRole.DisplayRole) == \
        messages.message(0).body  # type: ignore[union-attr]


# -- the relationship panel and its views (issue 12) ------------------------------------------


def _tab_chain(qtbot: QtBot, window: QWidget) -> set[QWidget]:
    """The controls Tab reaches in `window`, from its focus widget once round."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    start = QApplication.focusWidget()
    if start is None or start.window() is not window:
        window.focusNextChild()
        start = QApplication.focusWidget()
    assert start is not None
    seen = {start}
    for _ in range(400):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if after is start or after is None:
            break
        seen.add(after)
    return seen


def _unreachable(qtbot: QtBot, window: QWidget, within: QWidget | None = None) -> list[str]:
    """Visible, enabled controls of `window` (or of its part `within`) that Tab never reaches
    (a radio button of a group is reached through the checked one, then the arrow keys)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractSlider, QHeaderView, QRadioButton, QScrollBar

    reached = _tab_chain(qtbot, window)
    missing = []
    for widget in (within or window).findChildren(QWidget):
        if not isinstance(widget, (*CONTROLS, QAbstractSlider)) or \
                isinstance(widget, (QSplitterHandle, QHeaderView, QScrollBar)) or \
                widget.objectName().startswith("qt_"):
            continue  # (headings and scroll bars belong to their list; keys scroll it)
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QRadioButton) and not widget.isChecked():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            missing.append(f"{type(widget).__name__}({widget.accessibleName()}): no Tab focus")
            continue
        if _inside(widget, (QComboBox, QAbstractSpinBox, QLineEdit)):
            continue  # parts of a combined control
        if widget not in reached and widget.focusProxy() not in reached:
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            missing.append(f"{type(widget).__name__}({name})")
    return missing


def test_the_relationship_panel_and_its_views_are_named_and_reached_by_tab(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    from ementor_desktop.ui.workspace.common import Reminder
    from ementor_desktop.ui.workspace.sample import seed_workspace
    from tests.gui.workspace_support import open_app, prepare, settle

    prepare(seeded_home, then=lambda v, cid: seed_workspace(v, cid))
    o = open_app(qtbot, make_app, seeded_home)
    ctl, panel = o.ctl, o.panel
    o.ctl.reminders = lambda _ws: [Reminder("Your session is tomorrow.", "info", "session:x")]
    ctl.reload()
    settle(qtbot, o.app)
    assert panel.goal_bars and panel.reminder_buttons and panel.step_button.isVisibleTo(panel)
    assert unnamed(o.main) == []
    assert o.main.splitter.handle(2).accessibleName() == "Resize the relationship panel"
    assert unnamed(panel.menu) == []
    assert _unreachable(qtbot, o.main, within=panel) == []
    for name in ("agreement", "goals", "sessions", "feedback"):
        ctl.open_view(name)
    views = [ctl.agreement_view, ctl.goals_view, ctl.sessions_view, ctl.feedback_view]
    goals, sessions, feedback = ctl.goals_view, ctl.sessions_view, ctl.feedback_view
    assert goals is not None and sessions is not None and feedback is not None
    goals.select(o.ws.goals[0].id)
    sessions.select(o.ws.records.sessions[0].id)
    for view in views:
        assert view is not None
        assert unnamed(view) == [], type(view).__name__
        assert _unreachable(qtbot, view) == [], type(view).__name__
    for page in (goals.start_new, sessions.start_new,
                 lambda: sessions.pages.setCurrentWidget(sessions.person_page),
                 feedback.show_pulse):
        page()
        for view in (goals, sessions, feedback):
            assert unnamed(view) == []
            assert _unreachable(qtbot, view) == [], page
    agreement = ctl.agreement_view
    assert agreement is not None
    agreement.ask_to_propose()
    assert agreement.sign_dialog is not None and unnamed(agreement.sign_dialog) == []
    assert _unreachable(qtbot, agreement.sign_dialog) == []
    agreement.sign_dialog.reject()
    panel.complete_action.trigger()
    assert ctl.state_dialog is not None and unnamed(ctl.state_dialog) == []
    assert _unreachable(qtbot, ctl.state_dialog) == []
    ctl.state_dialog.reject()
