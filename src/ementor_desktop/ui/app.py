"""The app shell: QApplication, theme, first run vs unlock, locking, and the wiring between the
main window and the controllers. `run_app(home)` is what `ementor` without a command calls."""

from __future__ import annotations

import contextlib
import gc
import importlib
import linecache
import signal
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QWidget,
)

from ementor_desktop import APP_ID, __version__, log
from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.errors import EmentorError
from ementor_desktop.home import Home, resolve_home
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.clipboard import ClipboardGuard
from ementor_desktop.ui.controllers.connection import ConnectionController
from ementor_desktop.ui.controllers.contacts import ContactsController
from ementor_desktop.ui.controllers.conversations import ConversationsController
from ementor_desktop.ui.controllers.notifier import Notifier
from ementor_desktop.ui.controllers.settings import SettingsController
from ementor_desktop.ui.delegates import install_emoji_fonts
from ementor_desktop.ui.operations import conversations as conversation_ops
from ementor_desktop.ui.resources import app_icon, apply_theme, install_translations
from ementor_desktop.ui.state import window_state
from ementor_desktop.ui.unlock import UnlockWindow
from ementor_desktop.ui.worker import DbWorker

if TYPE_CHECKING:
    from ementor_desktop.ui.backup_dialogs import RestoreDialog
    from ementor_desktop.ui.controllers.programme import ProgrammesController
    from ementor_desktop.ui.dialogs import AddContactDialog, SafetyNumberDialog, SettingsDialog
    from ementor_desktop.ui.main_window import MainWindow
    from ementor_desktop.ui.onboarding import NewAccount, OnboardingWizard

# Start-up shows the unlock window and nothing more: the main window, first run, restoring and
# the dialogs load their modules when first shown (tests/gui/test_startup_imports.py).

#: What unlocking brings, a module or two at a time: the workspace panel's domain, the main
#: window, the sync loop's inbox (and the programme domain it applies messages to), the
#: Programmes menu's controller. Loaded while the unlock window waits for the passphrase (from
#: `PRELOAD_AFTER_MS` after it shows) and while the passphrase is being checked (Argon2id keeps
#: the worker busy outside the interpreter lock), one per turn of the event loop.
AFTER_UNLOCK = ("ementor_desktop.domain.calendar", "ementor_desktop.domain.workspace",
                "ementor_desktop.ui.main_window", "ementor_desktop.sync.engine",
                "ementor_desktop.domain.programme", "ementor_desktop.domain.inbox",
                "ementor_desktop.ui.controllers.programme")
PRELOAD_AFTER_MS = 1000
SWITCH_INTERVAL = 0.0001  # seconds a thread may keep the interpreter lock when another waits
GC_YOUNG_THRESHOLD = 10_000  # new objects (less those freed) before a young collection

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
    """One per process: the session (first run, unlock, lock, quit) and the main window's
    wiring to the controllers, which own everything else (`ui/controllers/`)."""

    state_changed = Signal(str)  # "onboarding", "unlock", "unlocking", "main", "locked"

    def __init__(self, home: Home, *, kdf_strength: KdfStrength = KdfStrength.MODERATE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.kdf_strength = kdf_strength
        self.worker = DbWorker(self)
        self.worker.bug.connect(self._bug)
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
        self.restore_dialog: RestoreDialog | None = None  # first run: restore a backup
        self.notifier = Notifier(self)
        self.conversations = ConversationsController(self)
        self.contacts = ContactsController(self)
        self.preferences = SettingsController(self)
        self.connection = ConnectionController(self)
        # -- programmes (issue 13): the Programmes menu, its dialogs and windows (made with the
        # main window: its module brings the programme domain)
        self._programmes: ProgrammesController | None = None
        self._preloading: list[str] | None = None  # modules still to load (`AFTER_UNLOCK`)
        # -- end programmes
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)

    @property
    def programmes(self) -> ProgrammesController:
        if self._programmes is None:
            from ementor_desktop.ui.controllers.programme import ProgrammesController

            self._programmes = ProgrammesController(self)
        return self._programmes

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
            QTimer.singleShot(PRELOAD_AFTER_MS, self._start_preload)

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
        from ementor_desktop.ui.onboarding import OnboardingWizard

        self.wizard = OnboardingWizard()
        self.wizard.create_requested.connect(self._create_account)
        self.wizard.finished_onboarding.connect(self._onboarding_done)
        self.wizard.rejected.connect(self._quit_if_nothing_shown)
        self.wizard.create_invite_requested.connect(
            lambda relay: self.contacts.create_invite(
                relay, self.wizard.connect_page.show_invite if self.wizard else None,
                self.wizard.connect_page.admission.text() if self.wizard else ""))
        self.wizard.accept_invite_requested.connect(
            lambda code: self.contacts.accept_invite(
                code, self.wizard.connect_page.admission.text() if self.wizard else ""))
        self.wizard.restore_requested.connect(self._restore_first_run)
        self.wizard.show()
        self._set_state("onboarding")

    def _create_account(self, account: NewAccount) -> None:
        from ementor_desktop.domain.account import create_account

        home, strength = self.home, self.kdf_strength

        def create() -> bool:
            """Returns False when "remember on this device" could not be honoured."""
            vault = create_account(home, account.passphrase, name=account.name,
                                   role=account.role, headline=account.headline,
                                   strength=strength, timezone=account.timezone,
                                   languages=account.languages, skills=account.skills,
                                   details=account.details)
            self.worker.set_vault(vault)
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
        self._start_preload()  # if not done yet: while Argon2id runs on the worker

    def _start_preload(self) -> None:
        if self._preloading is None:
            self._preloading = list(AFTER_UNLOCK)
            QTimer.singleShot(0, self._preload_step)

    def _preload_step(self) -> None:
        todo = self._preloading
        if not todo or self.state not in ("unlock", "unlocking"):
            return
        importlib.import_module(todo.pop(0))
        if todo:
            QTimer.singleShot(0, self._preload_step)

    def _unlock_failed(self, err: EmentorError) -> None:
        if self.unlock_window is not None:
            self.unlock_window.show_error(str(err))
        self._set_state("unlock")

    def _unlocked(self) -> None:
        self.worker.run(conversation_ops.overview, self._show_main)

    def _show_main(self, overview: conversation_ops.Overview) -> None:
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
        self.notifier.update_unread(overview.total_unread, notify=False,
                                    rows=overview.summaries)
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
        self.connection.start()
        self._set_state("main")
        self.programmes.start()  # programmes (issue 13): the menu's entries
        if first:  # what unlocking imported (the main window, the sync's inbox) lives as long
            forget_sources()  # as the process: its source text dropped, and kept out of the
            gc.freeze()  # collector's full passes (see `make_application`)

    def lock(self, reason: str = "") -> None:
        """Close the vault and forget everything shown; the unlock window takes over."""
        if self.state not in ("main",):
            return
        self.idle.stop()
        self.connection.stop()
        # Every dialog goes, modal prompts and file choosers included (their nested event
        # loops end here, before their parents are deleted).
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self._programmes is not None:  # programmes (issue 13): their windows go with the rest
            self._programmes.clear()
        if self.main is not None:
            self.main.composer.flush_draft()  # queued before the close below: saved first
            self.main.clear_private()
            self.main.save_state(window_state(self.home))
        self.clipboard.clear_ours()  # text copied from a conversation does not outlive the lock
        self.worker.close_vault()
        self.notifier.update_unread(0, notify=False)
        self._show_unlock(reason or self.tr("Locked. Enter your passphrase to continue."))
        self._set_state("locked")

    # -- main window wiring -----------------------------------------------------------------------
    def _make_main(self) -> MainWindow:
        from ementor_desktop.ui.main_window import MainWindow

        main = MainWindow(self.worker)
        main.lock_requested.connect(lambda: self.lock())
        main.quit_requested.connect(self.quit)
        main.settings_requested.connect(self.preferences.open)
        main.add_contact_requested.connect(self.contacts.open_add_contact)
        main.verify_requested.connect(self.contacts.open_safety_number)
        main.block_requested.connect(self.contacts.confirm_block)
        main.accept_route_requested.connect(self.contacts.accept_route)
        main.remove_requested.connect(self.contacts.confirm_remove)
        main.draft_changed.connect(self.conversations.save_draft)
        main.conversation_opened.connect(self.conversations.opened)
        main.read_requested.connect(self.conversations.mark_read)
        main.search_requested.connect(self.conversations.search)
        main.send_requested.connect(self.conversations.send)
        main.sync_requested.connect(self.connection.sync_now)
        # a message retried or deleted from its menu: the sidebar's preview and markers follow
        main.messages.changed_locally.connect(
            lambda _c: self.conversations.refresh_summaries())
        # -- programmes (issue 13): the Programmes menu and the introduction line
        self.programmes.attach(main)
        # -- end programmes
        return main

    # What tests, the screenshots and the tray reach for, under their old names.
    def open_settings(self) -> None:
        self.preferences.open()

    def open_add_contact(self) -> None:
        self.contacts.open_add_contact()

    def open_safety_number(self, contact_id: str, just_connected: bool = False) -> None:
        self.contacts.open_safety_number(contact_id, just_connected)

    def sync_now(self) -> None:
        self.connection.sync_now()

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        return self.preferences.dialog

    @property
    def safety_dialog(self) -> SafetyNumberDialog | None:
        return self.contacts.safety_dialog

    @property
    def add_dialog(self) -> AddContactDialog | None:
        return self.contacts.add_dialog

    @property
    def confirm_box(self) -> QMessageBox | None:
        return self.contacts.confirm_box

    def raise_current(self) -> None:
        widget: QWidget | None = self.main if self.state == "main" else self.unlock_window
        if widget is not None:
            bring_to_front(widget)

    def _system_scheme_changed(self, _scheme: object) -> None:
        if self.settings.get("theme", "system") == "system":
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, "system")
            if self.main is not None:
                self.main.view.viewport().update()

    def _restore_first_run(self) -> None:
        """On a new computer: restore a backup into this home and open it in the app."""
        from ementor_desktop.ui.backup_dialogs import Kind, RestoreDialog, start_progress
        from ementor_desktop.ui.operations import settings as settings_ops

        if self.wizard is None:
            return
        dialog = RestoreDialog(str(self.home.root), self.wizard)
        self.restore_dialog = dialog
        accepted = dialog.exec()
        self.restore_dialog = None
        if not accepted or self.wizard is None:
            return
        path, passphrase, home = dialog.path(), dialog.passphrase(), self.home
        self.wizard.set_restoring(True)
        op, _ = start_progress(Kind.RESTORE, self.wizard)

        def restore() -> None:
            self.worker.set_vault(settings_ops.restore_here(path, passphrase, home, op.report,
                                                            op.cancel))

        def failed(err: EmentorError) -> None:
            if self.wizard is not None:
                self.wizard.set_restoring(False, str(err))

        def restored(_r: None) -> None:
            if self.wizard is not None:
                self.wizard.hide()
                self.wizard.deleteLater()
                self.wizard = None
            self._unlocked()

        self.worker.call(op.job(restore), restored, failed)

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
        self.connection.stop()
        self.worker.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.notifier.hide()
        for w in (self.main, self.unlock_window, self.wizard):
            if w is not None:
                w.hide()


def forget_sources() -> None:
    """Drop the source text PySide6 read of every module imported since it loaded (its import
    hook calls `inspect.getsource` on each, to look for `from __feature__`, and `linecache`
    keeps it all: some 10 MB once the main window is up). Tracebacks read it again if needed."""
    linecache.clearcache()


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
    install_emoji_fonts()  # emoji from whatever emoji font the system has, not empty boxes
    apply_theme(app, "system")
    forget_sources()
    # A worker thread running Python (the reading thread making a page of messages, the sync
    # engine applying a batch) holds the interpreter lock, and the GUI thread needs it for
    # every delegate call and every Qt call that lets it go: dozens in one paint. Python
    # hands the lock to a waiting thread only after the switch interval (5 ms by default), so
    # each of those could wait that long; at a tenth of a millisecond a frame beside a busy
    # worker stays short (docs/benchmarks.md, the desktop app: a frame while another thread
    # runs Python).
    sys.setswitchinterval(SWITCH_INTERVAL)
    if not gc.get_freeze_count():
        # What the imports made lives as long as the process: keep it out of the collector's
        # full passes, which would otherwise walk it (~100 ms) in the middle of scrolling.
        gc.freeze()
    # The collector looks at young objects once there are 700 more of them than were freed
    # (Python's default): a page of 2,500 messages coming in set that off several times a
    # page, about 200 collections holding the interpreter lock for 0.09 s of a 1.8 s scroll
    # through 100,000 messages. The messages a page brings replace those it drops, so at this
    # threshold the same scroll sets off none or one.
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
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
