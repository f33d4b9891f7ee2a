"""The tray icon, the unread count (title and tray) and new-message notifications, which name
nobody and quote nothing unless the person asked for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ementor_desktop.domain.models import ConversationSummary
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.ui.controllers import Controller
from ementor_desktop.ui.resources import app_icon

if TYPE_CHECKING:
    from ementor_desktop.ui.app import EmentorApp


class Notifier(Controller):
    def __init__(self, shell: EmentorApp) -> None:
        super().__init__(shell)
        self.tray: QSystemTrayIcon | None = None
        self.last_notification: tuple[str, str] | None = None
        self._last_unread = 0
        self._unread_by_conversation: dict[str, int] = {}
        self._make_tray()

    def _make_tray(self) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        shell = self.shell
        tray = QSystemTrayIcon(app_icon(), self)
        menu = QMenu()
        show = QAction(self.tr("Show eMentor"), menu)
        show.triggered.connect(shell.raise_current)
        lock = QAction(self.tr("Lock"), menu)
        lock.triggered.connect(lambda: shell.lock())
        quit_action = QAction(self.tr("Quit"), menu)
        quit_action.triggered.connect(shell.quit)
        for a in (show, lock, quit_action):
            menu.addAction(a)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _r: shell.raise_current())
        tray.setToolTip(self.tr("eMentor Desktop"))
        tray.show()
        self._tray_menu = menu
        self.tray = tray

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()

    def update_unread(self, unread: int, notify: bool = True,
                      rows: list[ConversationSummary] | None = None) -> None:
        if self.main is not None:
            self.main.set_unread(unread)
        if self.tray is not None:
            self.tray.setToolTip(self.tr("eMentor Desktop – {count} unread").format(count=unread)
                                 if unread else self.tr("eMentor Desktop"))
        if notify and unread > self._last_unread:
            self._notify(unread - self._last_unread, rows or [])
        self._last_unread = unread
        if rows is not None:
            self._unread_by_conversation = {r.conversation.id: r.conversation.unread_count
                                            for r in rows}

    def notification_text(self, new: int,
                          rows: list[ConversationSummary]) -> tuple[str, str]:
        """Title and body of a new-message notification. Without the notification_content
        setting it names nobody and quotes nothing (a shared screen must not leak it)."""
        if self.shell.settings.get("notification_content", False):
            grown = [r for r in rows if r.conversation.unread_count
                     > self._unread_by_conversation.get(r.conversation.id, 0)]
            if len(grown) == 1 and grown[0].last_body:
                # the other person's words: no controls or bidi tricks in a system banner
                body = clean_name(grown[0].last_body)
                return (clean_name(grown[0].contact_name),
                        body if len(body) <= 120 else body[:119] + "…")
        return self.tr("eMentor Desktop"), self.tr("{count} new message(s)").format(count=new)

    def _notify(self, new: int, rows: list[ConversationSummary]) -> None:
        if not self.shell.settings.get("notifications", True):
            return
        main = self.main
        if main is not None and main.isActiveWindow():
            return
        title, body = self.notification_text(new, rows)
        self.last_notification = (title, body)
        if self.tray is not None:
            self.tray.showMessage(title, body, app_icon(), 5000)
