"""Backing up and restoring: where the file goes, the passphrase that protects it (typed twice,
the same rule as the vault's), what restoring a copy of an identity means, and the progress of
either while it runs on the worker, with Cancel until the point of no return."""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop import log
from ementor_desktop.domain.account import MIN_PASSPHRASE_LENGTH
from ementor_desktop.errors import EmentorError
from ementor_desktop.store.backup import Cancelled, Progress, Step

T = TypeVar("T")


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


# -- progress -------------------------------------------------------------------------------------

class Kind(StrEnum):
    BACKUP = "backup"
    RESTORE = "restore"


class Outcome(StrEnum):
    DONE = "done"
    CANCELLED = "cancelled"
    FAILED = "failed"


class Operation(QObject):
    """A backup or restore running on the database worker, as the GUI thread sees it.

    The job (wrapped by `job`) passes `report` and `cancel` to the store and says how it ended;
    both signals come to the GUI thread queued, in order. It has no parent: the job keeps it
    alive, so closing a dialog never breaks a running job; and it hears the end from the job
    itself, so it ends even when the worker drops a result (the vault was locked meanwhile).
    """

    progressed = Signal(object)  # store.backup.Progress
    ended = Signal(str, str)  # Outcome, and the error's sentence (FAILED only)

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()

    def report(self, progress: Progress) -> None:
        """For the job, on the worker thread."""
        self.progressed.emit(progress)

    def job(self, work: Callable[..., T]) -> Callable[..., T]:
        """`work` (for `DbWorker.run` or `.call`), saying how it ended before its result goes
        back to whoever started it."""
        def wrapped(*args: object) -> T:
            try:
                result = work(*args)
            except Cancelled:
                self.ended.emit(Outcome.CANCELLED, "")
                raise
            except EmentorError as err:
                self.ended.emit(Outcome.FAILED, str(err))
                raise
            except BaseException:
                self.ended.emit(Outcome.FAILED, "")  # a bug: the app says so, the log has it
                raise
            self.ended.emit(Outcome.DONE, "")
            return result
        return wrapped


class ProgressDialog(QDialog):
    """How far a backup or restore is: the step in words, a bar (busy until the size is known,
    then the share of the database done), and Cancel. Cancel stops the work at its next piece;
    at the point of no return the button is disabled and a note says why. Escape and closing
    the window mean Cancel while it runs. It closes itself when the work succeeds; a cancel or
    a failure stays on screen, said calmly, until closed. Never waits for the work."""

    def __init__(self, kind: Kind, operation: Operation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.operation = operation
        self.outcome: Outcome | None = None
        backing_up = kind is Kind.BACKUP
        self.setWindowTitle(self.tr("Backing up the vault") if backing_up
                            else self.tr("Restoring from a backup"))
        self.setMinimumWidth(460)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.step = _label("", self, "progressStep")
        layout.addWidget(self.step)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Backup progress") if backing_up
                                   else self.tr("Restore progress"))
        self.bar.setRange(0, 0)  # busy until the size is known
        self.bar.setTextVisible(True)
        layout.addWidget(self.bar)
        self.note = _label("", self, "hint")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.hide()
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton(self.tr("Cancel"), self)
        self.button.setAccessibleName(self.tr("Cancel the backup") if backing_up
                                      else self.tr("Cancel the restore"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._button)
        row.addWidget(self.button)
        layout.addLayout(row)
        self._set_step(self.tr("Starting…"))
        operation.progressed.connect(self.show_progress)
        operation.ended.connect(self.show_end)

    @property
    def running(self) -> bool:
        return self.outcome is None

    @Slot(object)
    def show_progress(self, progress: Progress) -> None:
        if not self.running:
            return
        if progress.total > 0:
            if self.bar.maximum() == 0:
                self.bar.setRange(0, 1000)
            value = progress.done * 1000 // progress.total
            self.bar.setValue(max(value, self.bar.value()))  # never backwards
        self._set_step(self._describe(progress))
        if not progress.cancellable:
            self.button.setEnabled(False)
            self.note.setText(self.tr("Almost done: this last step cannot be cancelled."))
            self.note.show()

    def _describe(self, progress: Progress) -> str:
        backing_up = self.kind is Kind.BACKUP
        if progress.step is Step.COPY:
            locale = QLocale()
            text = (self.tr("Writing the encrypted backup: {done} of {total}") if backing_up
                    else self.tr("Restoring: {done} of {total}"))
            return text.format(done=locale.formattedDataSize(progress.done),
                               total=locale.formattedDataSize(progress.total))
        if progress.step is Step.KEY:
            return (self.tr("Protecting the backup with its passphrase…") if backing_up
                    else self.tr("Opening the backup with its passphrase…"))
        if progress.step is Step.VERIFY:
            return self.tr("Checking the restored vault…")
        if progress.step is Step.LOCK:
            return self.tr("Protecting the restored vault with its passphrase…")
        return (self.tr("Saving the backup file…") if backing_up
                else self.tr("Putting the restored vault in place…"))

    @Slot(str, str)
    def show_end(self, outcome: str, message: str) -> None:
        if not self.running:
            return
        self.outcome = Outcome(outcome)
        if self.outcome is Outcome.DONE:
            if self.bar.maximum() == 0:
                self.bar.setRange(0, 1000)
            self.bar.setValue(1000)
            self.accept()
            return
        if self.outcome is Outcome.CANCELLED:
            text = (self.tr("Backup cancelled; nothing was written.")
                    if self.kind is Kind.BACKUP else
                    self.tr("Restore cancelled; nothing was restored and the folder is as it "
                            "was."))
        else:
            text = message or self.tr("Something went wrong; nothing was changed. The log "
                                      "file has the details.")
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1000)  # not busy any more
        self._set_step(text)
        self.note.hide()
        self.button.setText(self.tr("Close"))
        self.button.setAccessibleName(self.tr("Close"))
        self.button.setEnabled(True)
        self.button.setFocus()

    def request_cancel(self) -> None:
        """Ask the work to stop at its next piece (it says when it has)."""
        if not self.running or not self.button.isEnabled():
            return
        self.operation.cancel.set()
        log.ui.info("%s cancel requested", self.kind.value)
        self.button.setEnabled(False)
        self.button.setText(self.tr("Cancelling…"))
        self._set_step(self.tr("Cancelling…"))

    def _button(self) -> None:
        if self.running:
            self.request_cancel()
        else:
            self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:  # Escape
        if self.running:
            self.request_cancel()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.request_cancel()
        else:
            super().closeEvent(event)

    def _set_step(self, text: str) -> None:
        self.step.setText(text)
        # A screen reader reads a label by its name: give it the live text.
        self.step.setAccessibleName(text)


def start_progress(kind: Kind, parent: QWidget | None) -> tuple[Operation, ProgressDialog]:
    """Show a progress dialog (deleted when closed) for work about to start on the worker:

        op, _ = start_progress(Kind.BACKUP, parent)
        worker.run(op.job(lambda v: create_backup(v, path, passphrase,
                                                  progress=op.report, cancel=op.cancel)),
                   on_done, on_error)
    """
    operation = Operation()
    dialog = ProgressDialog(kind, operation, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return operation, dialog
