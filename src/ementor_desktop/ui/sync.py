"""Runs the messaging engine's sync loop on a Python thread and brings its events (states, and
progress while a long history comes in) to the GUI thread as Qt signals."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Signal

from ementor_desktop import log
from ementor_desktop.store.vault import Vault

if TYPE_CHECKING:
    from ementor_desktop.sync.engine import PullProgress, SyncEngine, SyncEvent


def sync_engine(vault: Vault, **options: Any) -> SyncEngine:
    """The inbox's engine; its module (and the programme and workspace domains it applies
    messages to) loads when syncing first starts, not with the unlock window."""
    from ementor_desktop.domain.inbox import sync_engine as make

    return make(vault, **options)

# `translate("Sync", "…")`: pyside6-lupdate files a literal under the context it names (a
# module-level tr() wrapper would leave it in no context); tr() is for marked values.
translate = QCoreApplication.translate


def tr(text: str) -> str:
    """A value marked with QT_TRANSLATE_NOOP("Sync", …), translated now."""
    return translate("Sync", text)


STATE_LABELS = {
    "idle": QT_TRANSLATE_NOOP("Sync", "● Online"),
    "waiting": QT_TRANSLATE_NOOP("Sync", "● Online"),
    "syncing": QT_TRANSLATE_NOOP("Sync", "↻ Syncing…"),
    "provisioning": QT_TRANSLATE_NOOP("Sync", "↻ Syncing…"),
    "pushing": QT_TRANSLATE_NOOP("Sync", "↻ Sending…"),
    "pulling": QT_TRANSLATE_NOOP("Sync", "↻ Receiving…"),
    "offline": QT_TRANSLATE_NOOP("Sync", "○ Offline – messages wait"),
    "rate_limited": QT_TRANSLATE_NOOP("Sync", "◐ Relay busy – retrying soon"),
    "relay_error": QT_TRANSLATE_NOOP("Sync", "⚠ Relay problem"),
    "error": QT_TRANSLATE_NOOP("Sync", "⚠ Relay problem"),
    "stopped": QT_TRANSLATE_NOOP("Sync", "○ Not syncing"),
}


ANY = "*"  # in a sync event's changed list: refresh everything shown


def state_label(state: str) -> str:
    return tr(str(STATE_LABELS.get(state, state)))


def receiving_label(progress: PullProgress) -> str:
    """The status line while a long history comes in ("Receiving messages… 1,200 so far"),
    for a sync that takes more than one batch; "" for one batch (quick: the state says enough)."""
    if progress.batches < 2 and not progress.more:
        return ""
    return translate("Sync", "↻ Receiving messages… {count} so far").format(
        count=QLocale().toString(progress.received))


class SyncRunner(QObject):
    """Start/stop the engine's `run(stop, on_event)` loop; events arrive on the GUI thread."""

    sync_event = Signal(str, str, object)  # state, detail, changed conversation ids
    receiving = Signal(object)  # PullProgress, once per batch pulled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def start(self, vault: Vault) -> bool:
        """Start syncing (call on the GUI thread; `vault` is only handed to the engine, which
        talks to each contact's and mailbox's own relay)."""
        if self._thread is not None:
            return False
        # connections of its own per mailbox and route
        engine = sync_engine(vault, on_progress=self.receiving.emit)
        self._stop = threading.Event()
        stop = self._stop

        def on_event(ev: SyncEvent) -> None:
            report = ev.report
            changed = sorted(report.changed_conversations) if report is not None else []
            if report is not None and (report.new_contacts or report.pushed
                                       or report.controls):
                changed.append(ANY)  # states, receipts or contacts changed somewhere
            self.sync_event.emit(str(ev.state), ev.detail, changed)

        def loop() -> None:
            try:
                engine.run(stop, on_event)
            except Exception as err:  # the loop must never take the app down
                log.ui.error("sync loop stopped: %s", type(err).__name__)
                self.sync_event.emit("error", self.tr("Syncing stopped unexpectedly."), [])
            finally:
                engine.close()

        self._thread = threading.Thread(target=loop, name="ementor-sync", daemon=True)
        self._thread.start()
        return True

    @property
    def running(self) -> bool:
        return self._thread is not None

    def stop(self) -> threading.Thread | None:
        """Ask the loop to stop without waiting (it may be inside a network call); returns the
        thread so the caller can join it off the GUI thread before closing the vault."""
        self._stop.set()
        thread, self._thread = self._thread, None
        return thread
