"""The app shell: QApplication, theme, first run vs unlock, locking, tray, and the wiring between
windows and the database worker. `run_app(home)` is what `ementor` without a command calls."""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSystemTrayIcon,
    QWidget,
)

from ementor_desktop import APP_ID, __version__, log
from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain.account import create_account
from ementor_desktop.domain.models import Contact, ConversationSummary, Draft, Message
from ementor_desktop.domain.settings import Settings
from ementor_desktop.errors import EmentorError
from ementor_desktop.home import Home, resolve_home
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.store import backup
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault, now_ms
from ementor_desktop.ui import ops
from ementor_desktop.ui.backup_dialogs import RestoreDialog
from ementor_desktop.ui.clipboard import ClipboardGuard
from ementor_desktop.ui.dialogs import AddContactDialog, SafetyNumberDialog, SettingsDialog
from ementor_desktop.ui.main_window import MainWindow
from ementor_desktop.ui.onboarding import NewAccount, OnboardingWizard
from ementor_desktop.ui.resources import app_icon, apply_theme, install_translations
from ementor_desktop.ui.state import window_state
from ementor_desktop.ui.sync import ANY, SyncRunner, state_label
from ementor_desktop.ui.unlock import UnlockWindow
from ementor_desktop.ui.worker import DbWorker

USER_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
              QEvent.Type.Wheel, QEvent.Type.TouchBegin}


def bring_to_front(widget: QWidget) -> None:
    widget.show()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # they cannot raise
        widget.raise_()
        widget.activateWindow()


class IdleWatcher(QObject):
    """Counts any keyboard or mouse input as activity; fires `idle` after the configured time."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._ms = 0

    def set_minutes(self, minutes: float) -> None:
        self._ms = int(minutes * 60_000)
        self.poke()

    def poke(self) -> None:
        if self._ms > 0:
            self._timer.start(self._ms)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT and self._timer.isActive():
            self._timer.start(self._ms)
        return False


class EmentorApp(QObject):
    """One per process: decides what to show and runs vault work on the worker."""

    state_changed = Signal(str)  # "onboarding", "unlock", "unlocking", "main", "locked"

    def __init__(self, home: Home, *, kdf_strength: KdfStrength = KdfStrength.MODERATE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.kdf_strength = kdf_strength
        self.worker = DbWorker(self)
        self.worker.bug.connect(self._bug)
        self.sync = SyncRunner(self)
        self.sync.sync_event.connect(self._sync_event)
        self.clipboard = ClipboardGuard(self)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(lambda: self.lock(self.tr("Locked after a period of inactivity.")))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.state = ""
        self.settings: dict[str, Any] = {}
        self.remembered = False
        self.wizard: OnboardingWizard | None = None
        self.unlock_window: UnlockWindow | None = None
        self.main: MainWindow | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.safety_dialog: SafetyNumberDialog | None = None
        self.add_dialog: AddContactDialog | None = None
        self.restore_dialog: RestoreDialog | None = None  # first run: restore a backup
        self.confirm_box: QMessageBox | None = None  # an open "block/remove?" question
        self.tray: QSystemTrayIcon | None = None
        self._last_unread = 0
        self._unread_by_conversation: dict[str, int] = {}
        self.last_notification: tuple[str, str] | None = None
        self._make_tray()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)

    # -- start ------------------------------------------------------------------------------------
    def start(self) -> None:
        if not self.home.has_vault():
            self._show_onboarding()
            return
        self._show_unlock()
        self.unlock_window_busy(True, self.tr("Opening…"))
        self.worker.call(self._open_remembered, self._remembered_done, self._unlock_failed)

    def _open_remembered(self) -> bool:
        vault = Vault.open_remembered(self.home)
        if vault is None:
            return False
        self.worker.set_vault(vault)
        return True

    def _remembered_done(self, opened: bool) -> None:
        if opened:
            self._unlocked()
        else:
            self.unlock_window_busy(False)

    def unlock_window_busy(self, busy: bool, text: str = "") -> None:
        if self.unlock_window is not None:
            self.unlock_window.set_busy(busy)
            if text and busy:
                self.unlock_window.status.setText(text)

    def _set_state(self, state: str) -> None:
        self.state = state
        log.ui.info("app state: %s", state)
        self.state_changed.emit(state)

    # -- onboarding -------------------------------------------------------------------------------
    def _show_onboarding(self) -> None:
        available = ops.contacts_service() is not None
        self.wizard = OnboardingWizard(can_connect=available)
        self.wizard.create_requested.connect(self._create_account)
        self.wizard.finished_onboarding.connect(self._onboarding_done)
        self.wizard.rejected.connect(self._quit_if_nothing_shown)
        self.wizard.create_invite_requested.connect(
            lambda relay: self._create_invite(relay, self.wizard.connect_page.show_invite
                                              if self.wizard else None))
        self.wizard.accept_invite_requested.connect(self._accept_invite)
        self.wizard.restore_requested.connect(self._restore_first_run)
        self.wizard.show()
        self._set_state("onboarding")

    def _create_account(self, account: NewAccount) -> None:
        home, strength = self.home, self.kdf_strength

        def create() -> bool:
            """Returns False when "remember on this device" could not be honoured."""
            vault = create_account(home, account.passphrase, name=account.name,
                                   role=account.role, headline=account.headline,
                                   strength=strength)
            self.worker.set_vault(vault)
            with vault.mutex:
                repos = Repos.over(vault.db)
                profile = repos.profile.get()
                if profile is not None and (account.timezone or account.languages
                                            or account.skills):
                    with vault.db.transaction():
                        repos.profile.save(replace(
                            profile, timezone=account.timezone, languages=account.languages,
                            skills=dict.fromkeys(account.skills, 3), updated_at=now_ms()))
            if not account.remember:
                return True
            try:
                with vault.mutex:
                    vault.set_remembered(True)
            except Exception:  # no usable keyring: the passphrase is asked next time
                log.ui.info("remember on this device: keyring unavailable")
                return False
            return True

        def failed(err: EmentorError) -> None:
            if self.wizard is not None:
                self.wizard.creation_failed(str(err))

        def created(remembered: bool) -> None:
            if self.wizard is None:
                return
            self.wizard.creation_done()
            if not remembered:
                self.wizard.connect_page.show_message(self.tr(
                    "Your vault is ready. This computer has no usable system keyring, so it "
                    "cannot remember the vault: you will type your passphrase when you open "
                    "the app."))

        self.worker.call(create, created, failed)

    def _onboarding_done(self) -> None:
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None
        self._unlocked()

    # -- unlock and lock ------------------------------------------------------------------------
    def _show_unlock(self, reason: str = "") -> None:
        """At start, a window of its own; once the main window exists, a panel inside it (it
        locks in place: same window, same place and size, nothing private shown)."""
        panel = self.unlock_window
        embedded = self.main is not None
        if panel is not None and embedded and panel.window() is not self.main:
            panel.hide()  # the window shown at start: the main window takes over from here
            panel.deleteLater()
            panel = None
        if panel is None:
            panel = UnlockWindow(str(self.home.root))
            panel.unlock_requested.connect(self.unlock)
            self.unlock_window = panel
        panel.reset(reason)
        if self.main is not None:
            self.main.show_locked(panel)
            panel.passphrase.setFocus()
            if not self.main.isVisible():
                bring_to_front(self.main)
        else:
            bring_to_front(panel)
        self._set_state("unlock" if not reason else "locked")

    def unlock(self, passphrase: str) -> None:
        if self.unlock_window is not None:
            self.unlock_window.set_busy(True)
        self._set_state("unlocking")

        def open_vault() -> None:
            self.worker.set_vault(Vault.open(self.home, passphrase))
        self.worker.call(open_vault, lambda _r: self._unlocked(), self._unlock_failed)

    def _unlock_failed(self, err: EmentorError) -> None:
        if self.unlock_window is not None:
            self.unlock_window.show_error(str(err))
        self._set_state("unlock")

    def _unlocked(self) -> None:
        self.worker.run(ops.overview, self._show_main)

    def _show_main(self, overview: ops.Overview) -> None:
        self.settings = overview.settings
        self.remembered = overview.remembered
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, str(self.settings.get("theme", "system")))
        first = self.main is None
        if self.main is None:
            self.main = self._make_main()
            self.main.restore_state(window_state(self.home))
        main = self.main
        main.set_profile(overview.profile, overview.fingerprint)
        main.set_summaries(overview.summaries)
        main.composer.set_enter_sends(bool(self.settings.get("enter_sends", True)))
        can_send = ops.messaging_service() is not None
        main.composer.set_can_send(can_send, self.tr(
            "Sending needs the messaging engine, which this build does not have yet. Your "
            "draft is kept."))
        self._update_unread(overview.total_unread, notify=False, rows=overview.summaries)
        main.show_unlocked()
        if self.unlock_window is not None:
            self.unlock_window.reset()
            if self.unlock_window.window() is not main:
                self.unlock_window.hide()
        if first or not main.isVisible():
            bring_to_front(main)
        if overview.summaries:
            main.open_conversation(overview.summaries[0].conversation.id)
        self.idle.set_minutes(float(self.settings.get("auto_lock_minutes", 10)))
        self._start_sync()
        self._set_state("main")

    def lock(self, reason: str = "") -> None:
        """Close the vault and forget everything shown; the unlock window takes over."""
        if self.state not in ("main",):
            return
        self.idle.stop()
        self._stop_sync()
        # Every dialog goes, modal prompts and file choosers included (their nested event
        # loops end here, before their parents are deleted).
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self.main is not None:
            self.main.composer.flush_draft()  # queued before the close below: saved first
            self.main.clear_private()
            self.main.save_state(window_state(self.home))
        self.clipboard.clear_ours()  # text copied from a conversation does not outlive the lock
        self.worker.close_vault()
        self._update_unread(0, notify=False)
        self._show_unlock(reason or self.tr("Locked. Enter your passphrase to continue."))
        self._set_state("locked")

    # -- main window wiring -----------------------------------------------------------------------
    def _make_main(self) -> MainWindow:
        main = MainWindow(self.worker)
        main.lock_requested.connect(lambda: self.lock())
        main.quit_requested.connect(self.quit)
        main.settings_requested.connect(self.open_settings)
        main.add_contact_requested.connect(self.open_add_contact)
        main.verify_requested.connect(self.open_safety_number)
        main.block_requested.connect(self._confirm_block)
        main.accept_route_requested.connect(self._accept_route)
        main.remove_requested.connect(self._confirm_remove)
        main.draft_changed.connect(self.save_draft)
        main.conversation_opened.connect(self._conversation_opened)
        main.read_requested.connect(self._mark_read)
        main.search_requested.connect(self._search)
        main.send_requested.connect(self._send)
        main.sync_requested.connect(self.sync_now)
        return main

    def save_draft(self, conversation_id: str, body: str) -> None:
        self.worker.run(lambda v: ops.save_draft(v, conversation_id, body))

    def _refresh_contact_state(self) -> None:
        main = self.main
        summary = main.current_summary() if main is not None else None
        if summary is not None and summary.conversation.contact_id is not None:
            self._after_contact_change(summary.conversation.contact_id)

    def _conversation_opened(self, conversation_id: str) -> None:
        main = self.main
        if main is None:
            return
        def draft(d: Draft | None) -> None:
            if d is not None:
                main.show_draft(conversation_id, d.body)

        def contact(c: Contact | None) -> None:
            if c is not None:
                main.set_contact_state(c.verified, c.key_change_pending, c.display_name,
                                       blocked=c.state == "blocked",
                                       pending_relay=c.pending_relay_url)

        self.worker.run(lambda v: ops.get_draft(v, conversation_id), draft)
        self.worker.run(lambda v: ops.mark_read(v, conversation_id),
                        lambda _r: self.refresh_summaries())
        summary = main.current_summary()
        contact_id = summary.conversation.contact_id if summary else None
        if contact_id is not None:
            self.worker.run(lambda v: Repos.over(v.db).contacts.get(contact_id), contact)
        else:
            main.set_contact_state(None, False, "")

    def refresh_summaries(self, then_open: str | None = None) -> None:
        """Reload the sidebar; `then_open` (a conversation id) is opened once it is listed."""
        main = self.main
        if main is None:
            return

        def done(result: tuple[list[ConversationSummary], int]) -> None:
            rows, unread = result
            main.set_summaries(rows)
            self._update_unread(unread, rows=rows)
            if then_open is not None:
                main.open_conversation(then_open)
        self.worker.run(ops.summaries, done)

    def _search(self, text: str) -> None:
        main = self.main
        if main is not None:
            self.worker.run(lambda v: ops.search(v, text),
                            lambda hits: main.show_search_results(text, hits))

    def _send(self, conversation_id: str, contact_id: str, text: str) -> None:
        main = self.main
        if main is None:
            return

        def sent(_message: Message) -> None:
            main.composer.sent()
            main.messages.refresh_newest()
            self.refresh_summaries()

        def failed(err: EmentorError) -> None:
            QMessageBox.warning(main, self.tr("Not sent"), str(err))
        self.worker.run(lambda v: ops.send_text(v, conversation_id, contact_id, text), sent,
                        failed)

    # -- sync -------------------------------------------------------------------------------------
    def _start_sync(self) -> None:
        main = self.main
        if main is None:
            return
        relay = str(self.settings.get("relay_url", ""))
        if not SyncRunner.available():
            main.set_relay_status(self.tr("○ Offline"), self.tr(
                "Syncing with a relay needs the messaging engine, which this build does not "
                "have yet. Everything you write is kept in your vault."))
            return
        if not relay:
            main.set_relay_status(self.tr("○ No relay set"), self.tr(
                "Create or accept an invite, or choose a relay in Settings, to send and "
                "receive."))
        vault = self.worker.vault_for_engine()
        if vault is not None and self.sync.start(vault) and relay:
            main.set_relay_status(state_label("syncing"))

    def _stop_sync(self) -> None:
        """Stop the sync loop; the worker waits for it before any later job (such as closing
        the vault) runs, so the GUI thread never waits on the network."""
        thread = self.sync.stop()
        if thread is not None:
            self.worker.call(lambda: thread.join(timeout=30))

    def sync_now(self) -> None:
        """Restart the sync loop at once (after changing the relay, or to retry right away)."""
        if self.state != "main":
            return
        self._stop_sync()
        self._start_sync()

    def _sync_event(self, state: str, detail: str, changed: list[str]) -> None:
        main = self.main
        if main is None or self.state != "main":
            return
        if state == "stopped" and self.sync.running:
            return  # the loop that was restarted saying goodbye: the new one is running
        if state in ("idle", "waiting") and not self.settings.get("relay_url"):
            main.set_relay_status(self.tr("○ No relay set"), detail)
        else:
            main.set_relay_status(state_label(state), detail)
        if changed:
            self.refresh_summaries()
            open_id = main.messages.conversation_id
            if ANY in changed or open_id in changed:
                main.messages.refresh_newest()
            if open_id is not None and open_id in changed and main.isActiveWindow():
                self._mark_read(open_id)  # seen as it arrives
            if ANY in changed:
                self._refresh_contact_state()

    def _mark_read(self, conversation_id: str) -> None:
        self.worker.run(lambda v: ops.mark_read(v, conversation_id),
                        lambda _r: self.refresh_summaries())  # the badge and title go down

    def _system_scheme_changed(self, _scheme: object) -> None:
        if self.settings.get("theme", "system") == "system":
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, "system")
            if self.main is not None:
                self.main.view.viewport().update()

    # -- tray and unread --------------------------------------------------------------------------
    def _make_tray(self) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        tray = QSystemTrayIcon(app_icon(), self)
        menu = QMenu()
        show = QAction(self.tr("Show eMentor"), menu)
        show.triggered.connect(self._raise_current)
        lock = QAction(self.tr("Lock"), menu)
        lock.triggered.connect(lambda: self.lock())
        quit_action = QAction(self.tr("Quit"), menu)
        quit_action.triggered.connect(self.quit)
        for a in (show, lock, quit_action):
            menu.addAction(a)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _r: self._raise_current())
        tray.setToolTip(self.tr("eMentor Desktop"))
        tray.show()
        self._tray_menu = menu
        self.tray = tray

    def _raise_current(self) -> None:
        widget: QWidget | None = self.main if self.state == "main" else self.unlock_window
        if widget is not None:
            bring_to_front(widget)

    def _update_unread(self, unread: int, notify: bool = True,
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
        if self.settings.get("notification_content", False):
            grown = [r for r in rows if r.conversation.unread_count
                     > self._unread_by_conversation.get(r.conversation.id, 0)]
            if len(grown) == 1 and grown[0].last_body:
                # the other person's words: no controls or bidi tricks in a system banner
                body = clean_name(grown[0].last_body)
                return (clean_name(grown[0].contact_name),
                        body if len(body) <= 120 else body[:119] + "…")
        return self.tr("eMentor Desktop"), self.tr("{count} new message(s)").format(count=new)

    def _notify(self, new: int, rows: list[ConversationSummary]) -> None:
        if not self.settings.get("notifications", True):
            return
        main = self.main
        if main is not None and main.isActiveWindow():
            return
        title, body = self.notification_text(new, rows)
        self.last_notification = (title, body)
        if self.tray is not None:
            self.tray.showMessage(title, body, app_icon(), 5000)

    # -- dialogs ----------------------------------------------------------------------------------
    def open_settings(self) -> None:
        main = self.main
        if main is None:
            return
        dialog = SettingsDialog(self.settings, self.remembered, main)
        self.settings_dialog = dialog
        dialog.setting_changed.connect(self._set_setting)
        dialog.remember_changed.connect(self._set_remembered)
        dialog.backup_requested.connect(self._backup)
        dialog.restore_requested.connect(self._restore)
        dialog.change_passphrase_requested.connect(self._change_passphrase)
        dialog.finished.connect(lambda _r: setattr(self, "settings_dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _set_setting(self, key: str, value: Any) -> None:
        def done(settings: dict[str, Any]) -> None:
            self.settings = settings
            if key == "theme":
                app = QApplication.instance()
                if isinstance(app, QApplication):
                    apply_theme(app, str(value))
                if self.main is not None:
                    self.main.view.message_delegate.clear_cache()
                    self.main.view.viewport().update()
            elif key == "relay_url":
                self.sync_now()
            elif key == "auto_lock_minutes":
                self.idle.set_minutes(float(value))
            elif key == "enter_sends" and self.main is not None:
                self.main.composer.set_enter_sends(bool(value))

        def failed(err: EmentorError) -> None:
            if self.settings_dialog is not None:
                self.settings_dialog.show_result(str(err))
        self.worker.run(lambda v: ops.set_setting(v, key, value), done, failed)

    def _dialog_result(self, text: str) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.show_result(text)

    def _set_remembered(self, remember: bool) -> None:
        def done(_r: None) -> None:
            self.remembered = remember
            self._dialog_result(self.tr("This device remembers the vault.") if remember
                                else self.tr("This device no longer remembers the vault."))

        no_keyring = self.tr("The system keyring is not available, so this device cannot "
                             "remember the vault. The passphrase keeps working.")

        def change(v: Vault) -> None:
            try:
                v.set_remembered(remember)
            except EmentorError:
                raise
            except Exception as err:  # keyring backends raise their own kinds
                raise EmentorError(no_keyring) from err
        def failed(err: EmentorError) -> None:
            self._dialog_result(str(err))
            dialog = self.settings_dialog
            if dialog is not None:  # untick (or tick) it back: nothing changed
                blocker = QSignalBlocker(dialog.remember)
                dialog.remember.setChecked(self.remembered)
                del blocker
        self.worker.run(change, done, failed)

    def _backup(self, path: str, passphrase: str) -> None:
        """Write the backup in the background (the dialog asked where, and for its passphrase
        twice); say where it went."""
        if self.settings_dialog is not None:
            self.settings_dialog.set_busy(self.tr("Writing the encrypted backup…"))
        self.worker.run(lambda v: backup.create_backup(v, Path(path), passphrase),
                        lambda _r: self._dialog_result(
                            self.tr("Backup written to {path}.").format(path=path)),
                        lambda e: self._dialog_result(str(e)))

    def _restore(self, path: str, passphrase: str, target: str) -> None:
        """From Settings: restore into another, empty folder (this vault stays as it is)."""
        if self.settings_dialog is not None:
            self.settings_dialog.set_busy(self.tr("Restoring…"))
        self.worker.call(
            lambda: backup.restore_backup(Path(path), Home(Path(target)), passphrase),
            lambda _r: self._dialog_result(self.tr(
                "Restored into {folder}. Open it with: ementor --home \"{folder}\"").format(
                    folder=target)),
            lambda e: self._dialog_result(str(e)))

    def _restore_first_run(self) -> None:
        """On a new computer: restore a backup into this home and open it in the app."""
        if self.wizard is None:
            return
        dialog = RestoreDialog(str(self.home.root), self.wizard)
        self.restore_dialog = dialog
        accepted = dialog.exec()
        self.restore_dialog = None
        if not accepted or self.wizard is None:
            return
        path, passphrase, home = Path(dialog.path()), dialog.passphrase(), self.home
        self.wizard.set_restoring(True)

        def restore() -> None:
            backup.restore_backup(path, home, passphrase)
            self.worker.set_vault(Vault.open(home, passphrase))

        def failed(err: EmentorError) -> None:
            if self.wizard is not None:
                self.wizard.set_restoring(False, str(err))

        def restored(_r: None) -> None:
            if self.wizard is not None:
                self.wizard.hide()
                self.wizard.deleteLater()
                self.wizard = None
            self._unlocked()

        self.worker.call(restore, restored, failed)

    def _change_passphrase(self, current: str, new: str) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.set_busy(self.tr("Changing the passphrase…"))
        home = self.home

        def change(v: Vault) -> None:
            from ementor_desktop.domain.account import check_passphrase
            from ementor_desktop.store.keyfile import KeyFile

            check_passphrase(new)
            KeyFile.load(home.key_file).unlock(current)  # WrongPassphrase if not theirs
            v.change_passphrase(new)
        self.worker.run(change, lambda _r: self._dialog_result(self.tr("Passphrase changed.")),
                        lambda e: self._dialog_result(str(e)))

    def open_safety_number(self, contact_id: str, just_connected: bool = False) -> None:
        main = self.main
        contacts = ops.contacts_service()
        if main is None:
            return
        if contacts is None:
            QMessageBox.information(main, self.tr("Safety number"), self.tr(
                "Safety numbers need the messaging engine, which this build does not have "
                "yet."))
            return

        gone = self.tr("This contact no longer exists.")

        def load(v: Vault) -> tuple[Any, str, str]:
            contact = Repos.over(v.db).contacts.get(contact_id)
            if contact is None:
                raise EmentorError(gone)
            # With a key change pending, the number to compare is the one for the new key.
            number = contacts.safety_number(v, contact, pending=contact.key_change_pending)
            return contact, number, contacts.safety_qr_payload(number)
        self.worker.run(load, lambda loaded: self._show_safety(loaded, just_connected))

    def _show_safety(self, loaded: tuple[Any, str, str], just_connected: bool = False) -> None:
        contact, number, payload = loaded
        dialog = SafetyNumberDialog(contact.id, contact.display_name, number, payload,
                                    contact.verified, contact.key_change_pending, self.main,
                                    just_connected=just_connected)
        self.safety_dialog = dialog
        dialog.verify_requested.connect(self._verify)
        dialog.accept_key_change_requested.connect(self._accept_key_change)
        dialog.refuse_key_change_requested.connect(self._refuse_key_change)
        dialog.finished.connect(lambda _r: setattr(self, "safety_dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _after_contact_change(self, contact_id: str) -> None:
        contacts = ops.contacts_service()
        if contacts is None:
            return

        def load(v: Vault) -> tuple[Any, str]:
            contact = Repos.over(v.db).contacts.get(contact_id)
            if contact is None:
                return None, ""
            return contact, contacts.safety_number(v, contact,
                                                   pending=contact.key_change_pending)

        def done(loaded: tuple[Any, str]) -> None:
            contact, number = loaded
            if contact is None:
                return
            if self.safety_dialog is not None:
                self.safety_dialog.set_state(contact.verified, contact.key_change_pending,
                                             number)
            if self.main is not None:
                self.main.set_contact_state(contact.verified, contact.key_change_pending,
                                            contact.display_name,
                                            blocked=contact.state == "blocked",
                                            pending_relay=contact.pending_relay_url)
        self.worker.run(load, done)

    # -- blocking and removing a contact ---------------------------------------------------------
    def _confirm_block(self, contact_id: str) -> None:
        self._confirm(contact_id, self.tr("Block {name}?"), self.tr(
            "Nothing from {name} will be received any more: their mailbox on the relay is "
            "deleted and messages you have not sent yet are not sent. The conversation stays "
            "here for you to read."), self.tr("Block"), self._block)

    def _confirm_remove(self, contact_id: str) -> None:
        self._confirm(contact_id, self.tr("Remove {name}?"), self.tr(
            "{name} is removed and your whole conversation with them is deleted from this "
            "computer. This cannot be undone."), self.tr("Remove"), self._remove)

    def _confirm(self, contact_id: str, title: str, text: str, verb: str,
                 then: Callable[[str], None]) -> None:
        main = self.main
        summary = main.current_summary() if main is not None else None
        name = summary.contact_name if summary is not None else ""
        box = QMessageBox(QMessageBox.Icon.Warning, title.format(name=name),
                          title.format(name=name), QMessageBox.StandardButton.Cancel, main)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name is the other person's choice
        box.setInformativeText(text.format(name=name))
        for label in box.findChildren(QLabel):  # the informative text too: never markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        confirm = box.addButton(verb, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: then(contact_id)
                             if box.clickedButton() is confirm else None)
        self.confirm_box = box
        box.open()

    def _block(self, contact_id: str) -> None:
        contacts = ops.contacts_service()
        if contacts is None:
            return
        def blocked(_result: object) -> None:
            self._after_contact_change(contact_id)
            self.refresh_summaries()
            if self.main is not None:  # messages that will not go out now say so
                self.main.messages.refresh_newest()
        self.worker.run(lambda v: contacts.block_contact(v, contact_id), blocked)

    def _accept_route(self, contact_id: str) -> None:
        contacts = ops.contacts_service()
        if contacts is None:
            return
        def allowed(_result: object) -> None:
            self._after_contact_change(contact_id)
            self.sync_now()  # what waited for the new address can go now
        self.worker.run(lambda v: contacts.accept_route(v, contact_id), allowed)

    def _remove(self, contact_id: str) -> None:
        contacts = ops.contacts_service()
        if contacts is None:
            return
        self.worker.run(lambda v: contacts.remove_contact(v, contact_id),
                        lambda _r: self.refresh_summaries())

    def _verify(self, contact_id: str, number: str) -> None:
        contacts = ops.contacts_service()
        if contacts is None:
            return

        def failed(err: EmentorError) -> None:
            if self.safety_dialog is not None:
                self.safety_dialog.show_error(str(err))
        self.worker.run(lambda v: contacts.verify_contact(v, contact_id, number),
                        lambda _r: self._after_contact_change(contact_id), failed)

    def _accept_key_change(self, contact_id: str, number: str) -> None:
        contacts = ops.contacts_service()
        if contacts is None:
            return

        def failed(err: EmentorError) -> None:
            if self.safety_dialog is not None:
                self.safety_dialog.show_error(str(err))
        self.worker.run(lambda v: contacts.accept_key_change(v, contact_id, number),
                        lambda _r: self._after_contact_change(contact_id), failed)

    def _refuse_key_change(self, contact_id: str) -> None:
        contacts = ops.contacts_service()
        if contacts is None:
            return
        self.worker.run(lambda v: contacts.refuse_key_change(v, contact_id),
                        lambda _r: self._after_contact_change(contact_id))

    def open_add_contact(self) -> None:
        main = self.main
        if main is None:
            return
        dialog = AddContactDialog(ops.contacts_service() is not None,
                                  str(self.settings.get("relay_url", "")), main)
        self.add_dialog = dialog
        dialog.create_invite_requested.connect(
            lambda relay: self._create_invite(relay, dialog.show_invite))
        dialog.accept_invite_requested.connect(self._accept_invite)
        dialog.finished.connect(lambda _r: setattr(self, "add_dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _create_invite(self, relay: str, show: Callable[[str], None] | None) -> None:
        """Create an invite on `relay` (remembered as this app's relay) and show its code."""
        contacts = ops.contacts_service()
        if contacts is None or show is None or not relay:
            return

        def create(v: Vault) -> tuple[str, dict[str, Any]]:
            settings = ops.set_setting(v, "relay_url", relay)
            return contacts.create_invite(v, relay), settings

        def created(result: tuple[str, dict[str, Any]]) -> None:
            code, self.settings = result
            show(code)
            self.sync_now()  # the invite mailbox is polled from now on
        self._busy_note(self.tr("Creating the invite on the relay…"))
        self.worker.run(create, created, self._contact_error)

    def _busy_note(self, text: str) -> None:
        if self.add_dialog is not None:
            self.add_dialog.status.setText(text)
        elif self.wizard is not None:
            self.wizard.connect_page.show_message(text)

    def _accept_invite(self, code: str) -> None:
        contacts = ops.contacts_service()
        if contacts is None or not code:
            return

        def accept(v: Vault) -> tuple[dict[str, Any], Contact, str | None]:
            contact = contacts.accept_invite(v, code)
            settings = Settings(Repos.over(v.db).settings).as_dict()
            if not settings.get("relay_url") and contact.relay_url:
                settings = ops.set_setting(v, "relay_url", contact.relay_url)
            return settings, contact, Repos.over(v.db).conversations.direct_id(contact.id)

        def accepted(result: tuple[dict[str, Any], Contact, str | None]) -> None:
            self.settings, contact, conversation_id = result
            from_dialog = self.add_dialog is not None
            if self.add_dialog is not None:
                self.add_dialog.accept()
            if self.wizard is not None:
                self.wizard.connect_page.show_message(self.tr(
                    "Invite accepted. Your contact's app confirms it the next time it is "
                    "online; then you can write to each other."))
            self.refresh_summaries(then_open=conversation_id)
            self.sync_now()  # send the hello now
            if from_dialog:  # confirm it, and ask for the check that makes it trustworthy
                self.open_safety_number(contact.id, just_connected=True)
        self._busy_note(self.tr("Connecting…"))
        self.worker.run(accept, accepted, self._contact_error)

    def _contact_error(self, err: EmentorError) -> None:
        if self.add_dialog is not None:
            self.add_dialog.status.setText(str(err))
        elif self.wizard is not None:
            self.wizard.connect_page.show_message(str(err))

    # -- leaving ----------------------------------------------------------------------------------
    def _bug(self, name: str) -> None:
        parent = self.main if self.state == "main" else None
        QMessageBox.critical(parent, self.tr("Something went wrong"), self.tr(
            "eMentor hit an internal error ({name}). Your data is safe; details are in the "
            "log file in your home folder.").format(name=name))

    def _quit_if_nothing_shown(self) -> None:
        if self.state == "onboarding":
            self.quit()

    def quit(self) -> None:
        if self.main is not None:
            self.main.composer.flush_draft()
            self.main.save_state(window_state(self.home))
        self.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        """Stop sync, save, close the vault and the worker (idempotent)."""
        self.clipboard.clear_ours()
        self.idle.stop()
        self._stop_sync()
        self.worker.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        if self.tray is not None:
            self.tray.hide()
        for w in (self.main, self.unlock_window, self.wizard):
            if w is not None:
                w.hide()


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("eMentor Desktop")
    app.setApplicationDisplayName("eMentor Desktop")
    app.setOrganizationName("eMentor")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    install_translations(app)
    apply_theme(app, "system")
    return app


def run_app(home: str | None = None) -> int:
    """Open the desktop app on `home` (else $EMENTOR_HOME, else the platform's data folder)."""
    resolved = resolve_home(home)
    with contextlib.suppress(OSError):
        resolved.ensure()
        log.setup_file_logging(resolved.log_dir)
    app = make_application()
    controller = EmentorApp(resolved)
    controller.start()
    # Ctrl+C in the terminal quits cleanly (drafts saved, vault closed): Python runs signal
    # handlers only between bytecodes, so a timer lets it in while Qt's loop runs.
    previous = signal.signal(signal.SIGINT, lambda *_a: controller.quit())
    wake = QTimer()
    wake.start(250)
    wake.timeout.connect(lambda: None)
    try:
        code = app.exec()
    finally:
        signal.signal(signal.SIGINT, previous)
        wake.stop()
    controller.shutdown()
    return int(code)
