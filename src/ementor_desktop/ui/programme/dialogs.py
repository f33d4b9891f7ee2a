"""Two small programme dialogs: creating a programme (its name, its relay, and optionally the
programme file with its terms) and leaving one (a reason, and a last word on what leaving does).

Like the other programme views they call no service: "Create" and "Leave" are signals, and the
lead says what went wrong with `show_error` (one plain sentence).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.ui.programme.common import PAGE_STYLE, plain_label


class CreateProgrammeDialog(QDialog):
    """Name, relay (the person's own to start with) and an optional programme file (TOML)."""

    createRequested = Signal(str, str, str)  # name, relay URL, programme file ("" for none)

    def __init__(self, relay_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a programme"))
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "A programme has an enrolment code you give to the people you recruit. Its terms "
            "(purpose, what is asked of participants, what is reported) come from a programme "
            "file, or are the defaults."), self, object_name="hint"))
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Data Futures 2026"))
        self.name.setAccessibleName(self.tr("Programme name"))
        form.addRow(self.tr("&Name:"), self.name)
        self.relay = QLineEdit(relay_url, self)
        self.relay.setPlaceholderText("https://relay.example.org")
        self.relay.setAccessibleName(self.tr("Relay address"))
        form.addRow(self.tr("&Relay:"), self.relay)
        file_row = QHBoxLayout()
        self.file = QLineEdit(self)
        self.file.setPlaceholderText(self.tr("None: the default terms"))
        self.file.setAccessibleName(self.tr("Programme file (optional)"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose the programme file"))
        self.browse.setAutoDefault(False)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        file_label = QLabel(self.tr("Programme &file:"), self)
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        layout.addLayout(form)
        self.error = plain_label("", self, object_name="error")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(self.tr("&Create"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self._create)
        self.browse.clicked.connect(self._browse)
        self.name.textChanged.connect(self._check)
        self.relay.textChanged.connect(self._check)
        self._check()
        _fit(self, layout, 520)

    def _check(self, *_args: object) -> None:
        self.create_button.setEnabled(bool(self.name.text().strip())
                                      and bool(self.relay.text().strip()))

    def _browse(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Programme file"), self.file.text(),
            self.tr("Programme file (*.toml);;All files (*)"))
        if path:
            self.file.setText(path)

    def _create(self) -> None:
        self.error.hide()
        self.set_busy(True)
        self.createRequested.emit(self.name.text().strip(), self.relay.text().strip(),
                                  self.file.text().strip())

    def set_busy(self, busy: bool) -> None:
        """While the programme is made on the relay: nothing to press twice."""
        for widget in (self.name, self.relay, self.file, self.browse):
            widget.setEnabled(not busy)
        self.create_button.setEnabled(not busy and bool(self.name.text().strip()))
        self.create_button.setText(self.tr("Creating…") if busy else self.tr("&Create"))

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.setVisible(bool(text))
        _grow(self)


class LeaveDialog(QDialog):
    """Leaving a programme: why (optional), and what it does, with Cancel as the default."""

    leaveRequested = Signal(str)  # the reason ("" for none given)

    REASONS = ("", "completed", "no_time", "not_useful", "other")

    def __init__(self, programme_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leave the programme"))
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        title = plain_label(self.tr("Leave {programme}?").format(programme=programme_name),
                            self, object_name="sectionTitle")
        title.setAccessibleName(title.text())
        layout.addWidget(title)
        layout.addWidget(plain_label(self.tr(
            "The coordinator erases what the programme holds about you (your enrolment profile "
            "and figures) once your next sync delivers this, and nothing more is reported. The "
            "people you were introduced to stay your contacts, with your conversations and "
            "records."), self))
        row = QFormLayout()
        self.reason = QComboBox(self)
        for code, text in zip(self.REASONS, (
                self.tr("I'd rather not say"), self.tr("The mentoring is completed"),
                self.tr("I have no time for it"), self.tr("It is not useful to me"),
                self.tr("Another reason")), strict=True):
            self.reason.addItem(text, code)
        self.reason.setAccessibleName(self.tr("Why you leave (sent to the coordinator only)"))
        row.addRow(self.tr("&Why:"), self.reason)
        layout.addLayout(row)
        layout.addWidget(plain_label(self.tr("The reason goes to the coordinator only."), self,
                                     object_name="hint"))
        self.error = plain_label("", self, object_name="error")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.leave_button = self.buttons.addButton(self.tr("&Leave the programme"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.leave_button.setAccessibleName(self.tr("Leave the programme"))
        self.leave_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus(Qt.FocusReason.OtherFocusReason)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.leave_button.clicked.connect(
            lambda: self.leaveRequested.emit(str(self.reason.currentData() or "")))
        _fit(self, layout, 480)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        _grow(self)


def _fit(dialog: QDialog, layout: QVBoxLayout, width: int) -> None:
    """Open as tall as the wrapped text needs at `width` (not as tall as at its narrowest)."""
    height = layout.totalHeightForWidth(width)
    if height > 0:
        dialog.resize(width, height)


def _grow(dialog: QDialog) -> None:
    """Taller if a line was added (an error), never narrower."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    height = layout.totalHeightForWidth(dialog.width())
    if height > dialog.height():
        dialog.resize(dialog.width(), height)


__all__ = ["CreateProgrammeDialog", "LeaveDialog"]
