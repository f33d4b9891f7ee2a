"""Controllers, one per concern of the unlocked app (conversations, contacts, settings, the
connection, notifications). `ui/app.py` is the shell that owns the session (first run, unlock,
lock) and hands each controller the main window's signals it answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ementor_desktop.ui.worker import DbWorker

if TYPE_CHECKING:
    from ementor_desktop.ui.app import EmentorApp
    from ementor_desktop.ui.main_window import MainWindow


class Controller(QObject):
    """Shares the shell's session: its worker, its main window and its settings."""

    def __init__(self, shell: EmentorApp) -> None:
        super().__init__(shell)
        self.shell = shell

    @property
    def worker(self) -> DbWorker:
        return self.shell.worker

    @property
    def main(self) -> MainWindow | None:
        return self.shell.main
