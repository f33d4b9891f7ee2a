"""The database worker: one background thread that owns the open vault and runs every vault call.

Calls are queued in order on a single thread (so the store's one connection is never used by two
GUI operations at once); results and errors come back to the GUI thread through a queued signal.
Each job holds `vault.mutex` only around its own database work, never while waiting.
Never log the arguments or results of a job: they may be message content.
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from ementor_desktop import log
from ementor_desktop.errors import EmentorError
from ementor_desktop.store.vault import Vault

T = TypeVar("T")
OnDone = Callable[[Any], None]
OnError = Callable[[EmentorError], None]


@dataclass
class _Outcome:
    epoch: int
    on_done: OnDone | None
    on_error: OnError | None
    result: Any = None
    error: BaseException | None = None


class VaultClosed(EmentorError):
    """A job needed the vault after it was locked; the job is dropped quietly."""


class DbWorker(QObject):
    """Owns the vault while it is open. `epoch` rises on every lock, so a result computed for a
    vault that has since been locked is dropped instead of repopulating a locked window."""

    _finished = Signal(object)
    busy_changed = Signal(bool)
    bug = Signal(str)  # an unexpected error class name (the traceback goes to the log only)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="ementor-db")
        self._vault: Vault | None = None
        self._pending = 0
        self._lock = threading.Lock()
        self.epoch = 0
        self._shut = False
        self._finished.connect(self._deliver)

    # -- the vault ----------------------------------------------------------------------------
    @property
    def has_vault(self) -> bool:
        return self._vault is not None

    def vault_or_raise(self) -> Vault:
        """For code running ON the worker thread only."""
        if self._vault is None:
            raise VaultClosed("The vault is locked.")
        return self._vault

    def vault_for_engine(self) -> Vault | None:
        """The open vault, handed to the sync engine (which takes `vault.mutex` itself)."""
        return self._vault

    def set_vault(self, vault: Vault) -> None:
        """Called on the worker thread by an opening job."""
        from ementor_desktop.domain.account import after_open

        after_open(vault)  # as the CLI does: settings brought up to date
        self._vault = vault

    # -- jobs ---------------------------------------------------------------------------------
    def call(self, job: Callable[[], T], on_done: Callable[[T], None] | None = None,
             on_error: OnError | None = None) -> concurrent.futures.Future[Any]:
        """Run `job()` on the worker thread (no vault needed, e.g. opening it)."""
        return self._submit(job, on_done, on_error)

    def run(self, job: Callable[[Vault], T], on_done: Callable[[T], None] | None = None,
            on_error: OnError | None = None) -> concurrent.futures.Future[Any]:
        """Run `job(vault)` on the worker thread with the vault's mutex held."""
        def with_vault() -> T:
            vault = self.vault_or_raise()
            with vault.mutex:
                return job(vault)
        return self._submit(with_vault, on_done, on_error)

    def close_vault(self, on_done: Callable[[None], None] | None = None) -> None:
        """Lock: drop every result still in flight and close the vault on the worker thread."""
        self.epoch += 1

        def close() -> None:
            vault, self._vault = self._vault, None
            if vault is not None:
                with vault.mutex:
                    vault.close()
        self._submit(close, on_done, None)

    def shutdown(self) -> None:
        """Close the vault (if open) and stop the thread; waits for the job in progress."""
        if self._shut:
            return
        self._shut = True
        self.epoch += 1

        def close() -> None:
            vault, self._vault = self._vault, None
            if vault is not None:
                with vault.mutex:
                    vault.close()
        try:
            self._executor.submit(close).result()
        except Exception:  # closing is best effort at exit; the log has the class
            log.ui.exception("closing the vault at shutdown failed")
        self._executor.shutdown(wait=True)

    def wait_idle(self) -> None:
        """Block until every queued job has run (tests and shutdown only)."""
        self._executor.submit(lambda: None).result()

    @property
    def pending(self) -> int:
        return self._pending

    def _submit(self, job: Callable[[], Any], on_done: OnDone | None,
                on_error: OnError | None) -> concurrent.futures.Future[Any]:
        if self._shut:  # after shutdown nothing runs; the future says so
            done: concurrent.futures.Future[Any] = concurrent.futures.Future()
            done.set_exception(VaultClosed("The app is closing."))
            return done
        outcome = _Outcome(self.epoch, on_done, on_error)
        with self._lock:
            self._pending += 1
            if self._pending == 1:
                self.busy_changed.emit(True)

        def work() -> None:
            try:
                outcome.result = job()
            except BaseException as err:  # reported on the GUI thread
                outcome.error = err
            self._finished.emit(outcome)
        return self._executor.submit(work)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        with self._lock:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
        if outcome.epoch != self.epoch:
            return
        err = outcome.error
        if err is None:
            if outcome.on_done is not None:
                outcome.on_done(outcome.result)
            return
        if isinstance(err, VaultClosed):
            return
        if isinstance(err, EmentorError):
            if outcome.on_error is not None:
                outcome.on_error(err)
            else:
                log.ui.warning("unhandled %s in a background job", type(err).__name__)
            return
        log.ui.error("bug in a background job: %s", type(err).__name__,
                     exc_info=(type(err), err, err.__traceback__))
        self.bug.emit(type(err).__name__)
