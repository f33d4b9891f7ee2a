"""Backing up and restoring: where the file goes, the passphrase that protects it (typed twice,
the same rule as the vault's), and what restoring a copy of an identity means."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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

from ementor_desktop.domain.account import MIN_PASSPHRASE_LENGTH


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class _FileField(QWidget):
    """A path field with a Browse button (the chosen path stays visible and editable)."""

    def __init__(self, accessible: str, choose: str, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible)
        self.browse = QPushButton(choose, self)
        self.browse.setAccessibleName(f"{accessible}: {choose}")
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)

    def path(self) -> str:
        return self.edit.text().strip()


class _PassphraseDialog(QDialog):
    def _finish(self, layout: QVBoxLayout) -> None:
        self.problem = _label("", self, "error")
        self.problem.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @staticmethod
    def _secret(parent: QWidget, name: str) -> QLineEdit:
        field = QLineEdit(parent)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _set_problem(self, problem: str, ready: bool) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            ready and not problem)


class BackupDialog(_PassphraseDialog):
    """Where the backup goes and the passphrase that protects it, typed twice."""

    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up the vault"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr(
            "The backup is one encrypted file with everything in this vault: your identity, "
            "contacts, conversations and notes. Keep it somewhere other than this computer "
            "(a USB stick, another disk)."), self))
        form = QFormLayout()
        self.file = _FileField(self.tr("Backup file"), self.tr("Choose…"), self)
        self.file.edit.setText(suggested)
        self.file.browse.clicked.connect(self._choose)
        form.addRow(self.tr("&File:"), self.file)
        self.first = self._secret(self, self.tr("Backup passphrase"))
        self.second = self._secret(self, self.tr("Backup passphrase again"))
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        layout.addLayout(form)
        layout.addWidget(_label(self.tr(
            "You need this passphrase to restore the backup; nobody can recover it. It may be "
            "your vault passphrase or another one."), self, "hint"))
        self._finish(layout)
        for f in (self.file.edit, self.first, self.second):
            f.textChanged.connect(self._check)
        self._check()

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save backup"), self.file.path(),
                                              self.tr("eMentor backups (*.backup)"))
        if path:
            self.file.edit.setText(path)

    def _check(self) -> None:
        first, second, path = self.first.text(), self.second.text(), self.file.path()
        problem = ""
        if first and len(first) < MIN_PASSPHRASE_LENGTH:
            problem = self.tr("Use at least {n} characters.").format(n=MIN_PASSPHRASE_LENGTH)
        elif second and first != second:
            problem = self.tr("The two passphrases are not the same.")
        elif path and Path(path).is_dir():
            problem = self.tr("That is a folder; name the backup file.")
        self._set_problem(problem, bool(path and first and first == second))

    def path(self) -> str:
        return self.file.path()

    def passphrase(self) -> str:
        return self.first.text()


class RestoreDialog(_PassphraseDialog):
    """Which backup, its passphrase, and (from Settings) the empty folder to restore into."""

    def __init__(self, into: str | None, parent: QWidget | None = None) -> None:
        """`into`: the folder the vault will live in, or None to ask for an empty one."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr(
            "Restoring brings back a vault from its backup file: your identity, contacts and "
            "conversations. Use it on a new computer or after losing the old one."), self))
        form = QFormLayout()
        self.file = _FileField(self.tr("Backup file"), self.tr("Choose…"), self)
        self.file.browse.clicked.connect(self._choose_file)
        form.addRow(self.tr("&Backup:"), self.file)
        self.passphrase_field = self._secret(self, self.tr("Backup passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase_field)
        self.folder = _FileField(self.tr("Restore into folder"), self.tr("Choose…"), self)
        if into is not None:
            self.folder.edit.setText(into)
            self.folder.edit.setReadOnly(True)
            self.folder.browse.hide()
        else:
            self.folder.browse.clicked.connect(self._choose_folder)
        form.addRow(self.tr("&Into:"), self.folder)
        layout.addLayout(form)
        layout.addWidget(_label(self.tr(
            "The restored vault opens with the backup's passphrase."), self, "hint"))
        self.warning = _label(self.tr(
            "Do not use the restored copy and the original at the same time. Both are the same "
            "person to your contacts and share the same mailboxes: each message would reach "
            "only one of them. If the original computer still runs eMentor, stop using it "
            "there first."), self, "warning")
        self.warning.setAccessibleName(self.tr("Warning"))
        layout.addWidget(self.warning)
        self._finish(layout)
        for f in (self.file.edit, self.passphrase_field, self.folder.edit):
            f.textChanged.connect(self._check)
        self._check()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), self.file.path(),
                                              self.tr("eMentor backups (*.backup)"))
        if path:
            self.file.edit.setText(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose an empty folder for the restored vault"))
        if path:
            self.folder.edit.setText(path)

    def _check(self) -> None:
        path, folder = self.file.path(), self.folder.path()
        problem = ""
        if path and not Path(path).is_file():
            problem = self.tr("There is no backup file at that place.")
        self._set_problem(problem, bool(path and folder and self.passphrase_field.text()))

    def path(self) -> str:
        return self.file.path()

    def passphrase(self) -> str:
        return self.passphrase_field.text()

    def target(self) -> str:
        return self.folder.path()
