"""Text copied out of the app does not outlive the lock: what this app put on the clipboard is
cleared when the vault locks or the app quits; what another program put there is left alone.

Only a keyed digest of the last text this app copied is kept in memory, never the text.
"""

from __future__ import annotations

import hashlib
import secrets

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = secrets.token_bytes(16)
        self._ours: bytes | None = None
        clipboard = self._clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self._changed)

    @staticmethod
    def _clipboard() -> QClipboard | None:
        app = QApplication.instance()
        return QGuiApplication.clipboard() if app is not None else None

    def _digest(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=self._key,
                               digest_size=16).digest()

    def _changed(self) -> None:
        clipboard = self._clipboard()
        if clipboard is None:
            return
        # Ours when this process owns the selection (X11, Windows) or, where the platform cannot
        # say (macOS, offscreen), when it changed while this app was the active one.
        if clipboard.ownsClipboard() or QGuiApplication.applicationState() == \
                Qt.ApplicationState.ApplicationActive:
            text = clipboard.text()
            self._ours = self._digest(text) if text else None

    def clear_ours(self) -> bool:
        """Clear the clipboard if it still holds what this app copied; True if it did."""
        clipboard = self._clipboard()
        if clipboard is None or self._ours is None:
            return False
        text = clipboard.text()
        ours = bool(text) and (clipboard.ownsClipboard() or self._digest(text) == self._ours)
        self._ours = None
        if ours:
            clipboard.clear()
        return ours
