"""The unlock window: asks for the passphrase, shows the vault's own error sentences, and is also
what a locked app shows (nothing private is on screen or in memory while it is up)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.ui.resources import app_icon
from ementor_desktop.ui.widgets import Spinner, fit_to_screen


class UnlockWindow(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, home_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockWindow")
        self.setWindowTitle(self.tr("Locked"))  # Qt adds the application's name
        self.setWindowIcon(app_icon())
        fit_to_screen(self, 520, 460)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(1)
        card = QFrame(self)
        card.setObjectName("lockedCard")
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        card.setMinimumWidth(400)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 28, 28, 24)
        layout.setSpacing(10)

        logo = QLabel(card)
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo.setAccessibleName(self.tr("eMentor logo"))
        layout.addWidget(logo)
        title = QLabel(self.tr("Welcome back"), card)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        layout.addWidget(title)
        self.subtitle = QLabel(self.tr("Your conversations are locked. Enter your passphrase "
                                       "to open them."), card)
        self.subtitle.setObjectName("hint")
        self.subtitle.setWordWrap(True)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.subtitle)

        self.passphrase = QLineEdit(card)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumHeight(32)
        self.passphrase.returnPressed.connect(self._submit)
        self.passphrase.textChanged.connect(self._changed)
        layout.addWidget(self.passphrase)

        self.error = QLabel(card)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Unlock problem"))
        self.error.hide()
        layout.addWidget(self.error)

        row = QHBoxLayout()
        self.spinner = Spinner(card)
        self.status = QLabel(card)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("hint")
        row.addWidget(self.spinner)
        row.addWidget(self.status, 1)
        self.button = QPushButton(self.tr("Unlock"), card)
        self.button.setObjectName("primary")
        self.button.setDefault(True)
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setEnabled(False)
        self.button.clicked.connect(self._submit)
        row.addWidget(self.button)
        layout.addLayout(row)

        where = QLabel(self.tr("Vault: {path}").format(path=home_label), card)
        where.setObjectName("hint")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("font-size: 11px;")
        layout.addWidget(where)
        outer.addStretch(2)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)

    def _changed(self, text: str) -> None:
        self.button.setEnabled(bool(text) and not self.spinner.isVisible())

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text or self.spinner.isVisible():
            return
        self.unlock_requested.emit(text)

    def set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.button.setEnabled(not busy and bool(self.passphrase.text()))
        if busy:
            self.error.hide()
            self.status.setText(self.tr("Unlocking…"))
            self.spinner.start()
        else:
            self.status.setText("")
            self.spinner.stop()
            # Disabling the field took the keyboard focus away: give it back, so what is typed
            # next goes into it (found with a real window: keys typed at start-up were lost).
            self.passphrase.setFocus()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.error.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def reset(self, reason: str = "") -> None:
        """Back to an empty form (after locking); `reason` says why it locked."""
        self.set_busy(False)
        self.passphrase.clear()
        self.error.hide()
        self.subtitle.setText(reason or self.tr("Your conversations are locked. Enter your "
                                                "passphrase to open them."))
        self.passphrase.setFocus()
