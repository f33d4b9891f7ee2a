"""Dialogs: settings (with backup, restore and passphrase change), the safety number, adding a
contact by invite. They collect input; the app controller runs the vault work in the background.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.account import MIN_PASSPHRASE_LENGTH
from ementor_desktop.ui.backup_dialogs import BackupDialog, RestoreDialog
from ementor_desktop.ui.widgets import QrView, Spinner


class SettingsDialog(QDialog):
    """Edits the declared settings; emits each change as it is made (saved at once)."""

    setting_changed = Signal(str, object)
    remember_changed = Signal(bool)
    backup_requested = Signal(str, str)  # path, the backup's passphrase
    restore_requested = Signal(str, str, str)  # path, backup passphrase, empty target folder
    change_passphrase_requested = Signal(str, str)  # current, new

    def __init__(self, settings: dict[str, Any], remembered: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("Connection and privacy"), self)
        form = QFormLayout(general)
        self.relay = QLineEdit(settings.get("relay_url", ""), general)
        self.relay.setPlaceholderText("https://relay.example.org")
        self.relay.setAccessibleName(self.tr("Relay address"))
        form.addRow(self.tr("&Relay:"), self.relay)
        self.admission = QLineEdit(settings.get("relay_admission", ""), general)
        self.admission.setPlaceholderText(self.tr("Only if your organisation gave you one"))
        self.admission.setAccessibleName(self.tr("Relay admission code"))
        self.admission.setToolTip(self.tr(
            "An organisation's relay creates mailboxes only for the people it admits. The code "
            "is shown to that relay alone, never to a contact's."))
        form.addRow(self.tr("A&dmission code:"), self.admission)
        self.auto_lock = QSpinBox(general)
        self.auto_lock.setRange(0, 24 * 60)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setValue(int(settings.get("auto_lock_minutes", 10)))
        self.auto_lock.setAccessibleName(self.tr("Lock after idle minutes"))
        form.addRow(self.tr("&Lock when idle for:"), self.auto_lock)
        self.remember = QCheckBox(self.tr("Remember on this device (system keyring)"), general)
        self.remember.setChecked(remembered)
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        form.addRow(self.remember)
        self.read_receipts = QCheckBox(self.tr("Send read receipts"), general)
        self.read_receipts.setChecked(bool(settings.get("read_receipts", False)))
        self.read_receipts.setAccessibleName(self.tr("Send read receipts"))
        form.addRow(self.read_receipts)
        layout.addWidget(general)

        look = QGroupBox(self.tr("Notifications and appearance"), self)
        form2 = QFormLayout(look)
        self.notifications = QCheckBox(self.tr("Notify me of new messages"), look)
        self.notifications.setChecked(bool(settings.get("notifications", True)))
        self.notifications.setAccessibleName(self.tr("Notify me of new messages"))
        form2.addRow(self.notifications)
        self.notification_content = QCheckBox(
            self.tr("Show sender and text in notifications"), look)
        self.notification_content.setChecked(bool(settings.get("notification_content", False)))
        self.notification_content.setAccessibleName(self.tr("Show content in notifications"))
        self.notification_content.setToolTip(self.tr("Off: notifications only say "
                                                     "“New message”, safe on a shared screen."))
        form2.addRow(self.notification_content)
        self.enter_sends = QCheckBox(self.tr("Enter sends (Shift+Enter for a new line)"), look)
        self.enter_sends.setChecked(bool(settings.get("enter_sends", True)))
        self.enter_sends.setAccessibleName(self.tr("Enter sends"))
        form2.addRow(self.enter_sends)
        self.theme = QComboBox(look)
        self.theme.setAccessibleName(self.tr("Theme"))
        for value, label in (("system", self.tr("Follow the system")),
                             ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get("theme", "system"))))
        form2.addRow(self.tr("&Theme:"), self.theme)
        layout.addWidget(look)

        safety = QGroupBox(self.tr("Passphrase and backups"), self)
        grid = QVBoxLayout(safety)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up…"), safety)
        self.backup_button.setAccessibleName(self.tr("Back up the vault"))
        self.restore_button = QPushButton(self.tr("&Restore…"), safety)
        self.restore_button.setAccessibleName(self.tr("Restore a backup"))
        self.restore_button.setToolTip(self.tr("Restores into a new, empty folder; your current "
                                               "vault is never overwritten."))
        self.passphrase_button = QPushButton(self.tr("Change &passphrase…"), safety)
        self.passphrase_button.setAccessibleName(self.tr("Change passphrase"))
        for b in (self.backup_button, self.restore_button, self.passphrase_button):
            row.addWidget(b)
        row.addStretch(1)
        grid.addLayout(row)
        status_row = QHBoxLayout()
        self.spinner = Spinner(safety)
        self.backup_dialog: BackupDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.status = QLabel(safety)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))
        status_row.addWidget(self.spinner)
        status_row.addWidget(self.status, 1)
        grid.addLayout(status_row)
        layout.addWidget(safety)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)

        self.relay.editingFinished.connect(
            lambda: self.setting_changed.emit("relay_url", self.relay.text().strip()))
        self.admission.editingFinished.connect(
            lambda: self.setting_changed.emit("relay_admission", self.admission.text().strip()))
        self.auto_lock.valueChanged.connect(
            lambda v: self.setting_changed.emit("auto_lock_minutes", int(v)))
        for box, key in ((self.read_receipts, "read_receipts"),
                         (self.notifications, "notifications"),
                         (self.notification_content, "notification_content"),
                         (self.enter_sends, "enter_sends")):
            box.toggled.connect(lambda on, k=key: self.setting_changed.emit(k, bool(on)))
        self.theme.currentIndexChanged.connect(
            lambda _i: self.setting_changed.emit("theme", self.theme.currentData()))
        self.remember.toggled.connect(self.remember_changed)
        self.backup_button.clicked.connect(self._backup)
        self.restore_button.clicked.connect(self._restore)
        self.passphrase_button.clicked.connect(self._change_passphrase)

    def set_busy(self, text: str) -> None:
        self._status(text)
        if text:
            self.spinner.start()

    def show_result(self, text: str) -> None:
        self.spinner.stop()
        self._status(text)

    def _status(self, text: str) -> None:
        self.status.setText(text)
        # the live message, not a fixed word, is what a screen reader says
        self.status.setAccessibleName(self.tr("Result: {text}").format(text=text) if text
                                      else self.tr("Result"))

    def _backup(self) -> None:
        dialog = BackupDialog(str(Path.home() / "ementor.backup"), self)
        self.backup_dialog = dialog
        if dialog.exec():
            self.backup_requested.emit(dialog.path(), dialog.passphrase())
        self.backup_dialog = None

    def _restore(self) -> None:
        dialog = RestoreDialog(None, self)
        self.restore_dialog = dialog
        if dialog.exec():
            self.restore_requested.emit(dialog.path(), dialog.passphrase(), dialog.target())
        self.restore_dialog = None

    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self)
        if dialog.exec():
            self.change_passphrase_requested.emit(dialog.current.text(), dialog.new.text())


class PassphrasePrompt(QDialog):
    def __init__(self, title: str, text: str, confirm: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(title)
        layout.addWidget(self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> str:
        return self.field.text()


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        layout = QFormLayout(self)
        self.current = QLineEdit(self)
        self.new = QLineEdit(self)
        self.again = QLineEdit(self)
        for field, name in ((self.current, self.tr("Current passphrase")),
                            (self.new, self.tr("New passphrase")),
                            (self.again, self.tr("New passphrase again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
            layout.addRow(name + ":", field)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setObjectName("error")
        layout.addRow("", self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        for f in (self.current, self.new, self.again):
            f.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        problem = ""
        if self.new.text() and len(self.new.text()) < MIN_PASSPHRASE_LENGTH:
            problem = self.tr("Use at least {n} characters.").format(n=MIN_PASSPHRASE_LENGTH)
        elif self.again.text() and self.new.text() != self.again.text():
            problem = self.tr("The new passphrases are not the same.")
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem and bool(self.current.text()) and bool(self.new.text())
                      and self.new.text() == self.again.text())


def group_digits(number: str) -> str:
    """60 digits as 12 groups of 5, in three lines of four groups."""
    digits = "".join(ch for ch in number if ch.isdigit())
    groups = [digits[i:i + 5] for i in range(0, len(digits), 5)]
    return "\n".join("   ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


class SafetyNumberDialog(QDialog):
    """Shows a contact's safety number as digits in groups and as a QR code; verifying means
    comparing it with the one the contact sees (in person or on a call)."""

    verify_requested = Signal(str, str)  # contact id, number as typed/seen
    accept_key_change_requested = Signal(str, str)  # contact id, the new number shown
    refuse_key_change_requested = Signal(str)

    def __init__(self, contact_id: str, name: str, number: str, qr_payload: str,
                 verified: bool, key_change_pending: bool,
                 parent: QWidget | None = None, just_connected: bool = False) -> None:
        super().__init__(parent)
        self._contact_id = contact_id
        self._number = number
        self.setWindowTitle(self.tr("Safety number with {name}").format(name=name))
        layout = QVBoxLayout(self)
        text = self.tr(
            "Compare these numbers with the ones {name} sees in their app – in person or on a "
            "call you trust. If they match, nobody is in between: mark {name} as verified."
        ).format(name=name)
        if just_connected:
            text = self.tr(
                "You are connected with {name}. Your messages to them can go out now; they "
                "can write back once their app has been online. One last step makes sure "
                "nobody is in between: ").format(name=name) + text
        intro = QLabel(text, self)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the name is the other person's choice
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        self.digits = QLabel(group_digits(number), self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.35)
        mono.setWeight(QFont.Weight.DemiBold)
        self.digits.setFont(mono)
        self.digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a screen reader reads the digits themselves, group by group
        self.digits.setAccessibleName(self.tr("Safety number: {digits}").format(
            digits=" ".join(group_digits(number).split())))
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.addWidget(self.digits, 1)
        self.qr = QrView(self)
        if qr_payload:
            self.qr.set_payload(qr_payload, size=200)
        body.addWidget(self.qr)
        layout.addLayout(body)
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.accept_change = QPushButton(self.tr("New numbers match: accept the new key"), self)
        self.accept_change.setAccessibleName(self.tr("Accept the new key"))
        self.accept_change.setVisible(key_change_pending)
        self.refuse_change = QPushButton(self.tr("Refuse the change"), self)
        self.refuse_change.setAccessibleName(self.tr("Refuse the key change"))
        self.refuse_change.setVisible(key_change_pending)
        self.mark_verified = QPushButton(self.tr("Numbers match: mark as verified"), self)
        self.mark_verified.setObjectName("primary")
        self.mark_verified.setAccessibleName(self.tr("Mark as verified"))
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close"))
        buttons.addWidget(self.refuse_change)
        buttons.addWidget(self.accept_change)
        buttons.addWidget(self.mark_verified)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        close.clicked.connect(self.reject)
        self.mark_verified.clicked.connect(
            lambda: self.verify_requested.emit(self._contact_id, self._number))
        self.accept_change.clicked.connect(
            lambda: self.accept_key_change_requested.emit(self._contact_id, self._number))
        self.refuse_change.clicked.connect(
            lambda: self.refuse_key_change_requested.emit(self._contact_id))
        self.set_state(verified, key_change_pending)

    def set_state(self, verified: bool, key_change_pending: bool, number: str = "") -> None:
        if number:
            self._number = number
            self.digits.setText(group_digits(number))
        self.accept_change.setVisible(key_change_pending)
        self.refuse_change.setVisible(key_change_pending)
        self.mark_verified.setEnabled(not key_change_pending and not verified)
        if key_change_pending:
            self.state.setText(self.tr("⚠ This contact's key changed. The number above is the "
                                       "new one: compare it with them before accepting it, or "
                                       "refuse the change. Until then nothing is sent."))
        elif verified:
            self.state.setText(self.tr("✓ Verified."))
        else:
            self.state.setText(self.tr("Not verified yet."))

    def show_error(self, message: str) -> None:
        self.state.setText(message)


class AddContactDialog(QDialog):
    """Paste an invite, or create one to share (text and QR code)."""

    accept_invite_requested = Signal(str)
    create_invite_requested = Signal(str)  # relay address

    def __init__(self, relay_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a contact"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Paste the invite code your contact sent you:"), self))
        row = QHBoxLayout()
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Invite code"))
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.setAccessibleName(self.tr("Accept invite"))
        row.addWidget(self.code, 1)
        row.addWidget(self.accept_button)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("…or create one for them:"), self))
        create_row = QHBoxLayout()
        self.relay = QLineEdit(relay_url, self)
        self.relay.setAccessibleName(self.tr("Relay address for your invite"))
        self.relay.setPlaceholderText(self.tr("Relay address, e.g. https://relay.example.org"))
        self.create_button = QPushButton(self.tr("&Create invite"), self)
        self.create_button.setAccessibleName(self.tr("Create invite"))
        self.create_button.setEnabled(bool(relay_url))
        create_row.addWidget(self.relay, 1)
        create_row.addWidget(self.create_button)
        layout.addLayout(create_row)
        self.invite = QLineEdit(self)
        self.invite.setReadOnly(True)
        self.invite.setAccessibleName(self.tr("Your invite code"))
        self.invite.hide()
        layout.addWidget(self.invite)
        self.qr = QrView(self)
        self.qr.hide()
        layout.addWidget(self.qr)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may name the inviter
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.accept_button.clicked.connect(
            lambda: self.accept_invite_requested.emit(self.code.text().strip()))
        self.create_button.clicked.connect(
            lambda: self.create_invite_requested.emit(self.relay.text().strip()))
        self.relay.textChanged.connect(
            lambda t: self.create_button.setEnabled(bool(t.strip())))

    def show_invite(self, code: str) -> None:
        self.invite.setText(code)
        self.invite.show()
        self.qr.set_payload(code)
        self.qr.show()
        self.status.setText(self.tr("Share this code over a channel you trust, or let your "
                                    "contact scan the QR code."))
