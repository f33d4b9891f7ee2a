"""The settings dialog: each setting as it changes, remembering on this device, the
passphrase, backups and restoring into another folder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QApplication

from ementor_desktop.errors import EmentorError
from ementor_desktop.ui.controllers import Controller
from ementor_desktop.ui.operations import settings as ops
from ementor_desktop.ui.resources import apply_theme

if TYPE_CHECKING:
    from ementor_desktop.ui.app import EmentorApp
    from ementor_desktop.ui.dialogs import SettingsDialog


class SettingsController(Controller):
    def __init__(self, shell: EmentorApp) -> None:
        super().__init__(shell)
        self.dialog: SettingsDialog | None = None

    def open(self) -> None:
        main = self.main
        if main is None:
            return
        from ementor_desktop.ui.dialogs import SettingsDialog

        dialog = SettingsDialog(self.shell.settings, self.shell.remembered, main)
        self.dialog = dialog
        dialog.setting_changed.connect(self.set_setting)
        dialog.remember_changed.connect(self.set_remembered)
        dialog.backup_requested.connect(self.backup)
        dialog.restore_requested.connect(self.restore)
        dialog.change_passphrase_requested.connect(self.change_passphrase)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _result(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.show_result(text)

    def _busy(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(text)

    def set_setting(self, key: str, value: Any) -> None:
        shell = self.shell

        def done(settings: dict[str, Any]) -> None:
            shell.settings = settings
            main = self.main
            if key == "theme":
                app = QApplication.instance()
                if isinstance(app, QApplication):
                    apply_theme(app, str(value))
                if main is not None:
                    main.view.message_delegate.clear_cache()
                    main.view.viewport().update()
            elif key in ("relay_url", "relay_admission"):
                shell.connection.sync_now()  # mailboxes still to create are tried at once
            elif key == "auto_lock_minutes":
                shell.idle.set_minutes(float(value))
            elif key == "enter_sends" and main is not None:
                main.composer.set_enter_sends(bool(value))

        self.worker.run(lambda v: ops.set_setting(v, key, value), done,
                        lambda e: self._result(str(e)))

    def set_remembered(self, remember: bool) -> None:
        def done(_r: None) -> None:
            self.shell.remembered = remember
            self._result(self.tr("This device remembers the vault.") if remember
                         else self.tr("This device no longer remembers the vault."))

        no_keyring = self.tr("The system keyring is not available, so this device cannot "
                             "remember the vault. The passphrase keeps working.")

        def failed(err: EmentorError) -> None:
            self._result(str(err))
            dialog = self.dialog
            if dialog is not None:  # untick (or tick) it back: nothing changed
                blocker = QSignalBlocker(dialog.remember)
                dialog.remember.setChecked(self.shell.remembered)
                del blocker
        self.worker.run(lambda v: ops.set_remembered(v, remember, no_keyring), done, failed)

    def backup(self, path: str, passphrase: str) -> None:
        """Write the backup in the background (the dialog asked where, and for its passphrase
        twice); say where it went."""
        self._busy(self.tr("Writing the encrypted backup…"))
        from ementor_desktop.ui.backup_dialogs import Kind, start_progress

        op, _ = start_progress(Kind.BACKUP, self.dialog or self.main)
        self.worker.run(op.job(lambda v: ops.write_backup(v, path, passphrase, op.report,
                                                          op.cancel)),
                        lambda _r: self._result(
                            self.tr("Backup written to {path}.").format(path=path)),
                        lambda e: self._result(str(e)))

    def restore(self, path: str, passphrase: str, target: str) -> None:
        """Restore into another, empty folder (this vault stays as it is)."""
        self._busy(self.tr("Restoring…"))
        from ementor_desktop.ui.backup_dialogs import Kind, start_progress

        op, _ = start_progress(Kind.RESTORE, self.dialog or self.main)
        self.worker.call(
            op.job(lambda: ops.restore_elsewhere(path, passphrase, target, op.report,
                                                 op.cancel)),
            lambda _r: self._result(self.tr(
                "Restored into {folder}. Open it with: ementor --home \"{folder}\"").format(
                    folder=target)),
            lambda e: self._result(str(e)))

    def change_passphrase(self, current: str, new: str) -> None:
        self._busy(self.tr("Changing the passphrase…"))
        self.worker.run(lambda v: ops.change_passphrase(v, current, new),
                        lambda _r: self._result(self.tr("Passphrase changed.")),
                        lambda e: self._result(str(e)))
