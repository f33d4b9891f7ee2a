"""Long work shows progress and can be cancelled where that is safe: a backup and a restore in
their progress dialog (real vault files, the real database worker), and the first sync of a long
history in the main window's status line (a real relay)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain import contacts, messaging
from ementor_desktop.domain.account import create_account
from ementor_desktop.domain.inbox import sync_engine
from ementor_desktop.domain.models import Role
from ementor_desktop.domain.settings import Settings
from ementor_desktop.errors import EmentorError
from ementor_desktop.home import Home
from ementor_desktop.store import backup
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.sync import engine as engine_module
from ementor_desktop.sync.engine import PullProgress
from ementor_desktop.ui import sync as ui_sync
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.backup_dialogs import (
    Kind,
    Operation,
    Outcome,
    ProgressDialog,
    start_progress,
)
from ementor_desktop.ui.controllers.connection import STOP_BUTTON
from ementor_desktop.ui.worker import DbWorker
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_idle
from tests.relay.harness import RelayProcess, spawn_relay

BACKUP_SECRET = "backup passphrase 1"
Pause = Callable[[backup.Progress], bool]


@pytest.fixture
def worker(vault: Vault, home: Home) -> Iterator[DbWorker]:
    """The app's database worker, owning a real vault of a few MiB (several backup pieces)."""
    repos = Repos.over(vault.db)
    with vault.db.transaction():
        for i in range(4000):
            repos.settings.set(f"bulk{i}", "z" * 600)
    vault.close()
    db = DbWorker()
    db.call(lambda: db.set_vault(Vault.open(home, PASSPHRASE))).result()
    yield db
    db.shutdown()


class Paused:
    """Holds the job at one progress report until the test lets it go: the test acts while the
    work is pinned at a known point, not after a sleep."""

    def __init__(self, operation: Operation, at: Pause) -> None:
        self.operation = operation
        self.at = at
        self.reached = threading.Event()
        self.release = threading.Event()

    def report(self, progress: backup.Progress) -> None:
        self.operation.report(progress)
        if not self.reached.is_set() and self.at(progress):
            self.reached.set()
            assert self.release.wait(20)


def _mid_copy(p: backup.Progress) -> bool:
    return p.step is backup.Step.COPY and 0 < p.done < p.total


def _dialog(qtbot: QtBot, kind: Kind) -> tuple[Operation, ProgressDialog]:
    operation = Operation()
    dialog = ProgressDialog(kind, operation)
    qtbot.addWidget(dialog)
    dialog.open()
    return operation, dialog


def test_backup_progress_reaches_the_end_and_never_goes_back(qtbot: QtBot, worker: DbWorker,
                                                             tmp_path: Path) -> None:
    target = tmp_path / "out" / "my.backup"
    operation, dialog = start_progress(Kind.BACKUP, None)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.bar.maximum() == 0  # busy: the size is not known yet
    assert dialog.bar.accessibleName() == "Backup progress"
    assert dialog.button.accessibleName() == "Cancel the backup"
    values: list[int] = []
    dialog.bar.valueChanged.connect(values.append)
    results: list[object] = []
    worker.run(operation.job(lambda v: backup.create_backup(
        v, target, BACKUP_SECRET, progress=operation.report, cancel=operation.cancel)),
        results.append, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert isinstance(results[0], backup.BackupInfo)
    qtbot.waitUntil(lambda: dialog.outcome is Outcome.DONE, timeout=5000)
    shown = [v for v in values if v >= 0]  # -1: the bar leaving its busy state
    assert len(shown) >= 3 and shown == sorted(shown) and shown[-1] == 1000  # 100 %
    assert target.exists()


def test_cancel_button_stops_a_backup_and_nothing_is_written(qtbot: QtBot, worker: DbWorker,
                                                             tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    operation, dialog = _dialog(qtbot, Kind.BACKUP)
    seen: list[backup.Progress] = []
    operation.progressed.connect(seen.append)
    paused = Paused(operation, _mid_copy)
    errors: list[EmentorError] = []
    worker.run(operation.job(lambda v: backup.create_backup(
        v, folder / "my.backup", BACKUP_SECRET, progress=paused.report,
        cancel=operation.cancel)), None, errors.append)
    qtbot.waitUntil(paused.reached.is_set, timeout=20000)
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=5000)  # the pinned report
    assert dialog.bar.value() < 1000 and dialog.bar.maximum() == 1000  # determinate now
    assert " of " in dialog.step.text()
    assert dialog.step.accessibleName() == dialog.step.text()  # what a screen reader says
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert operation.cancel.is_set()
    assert not dialog.button.isEnabled() and dialog.button.text() == "Cancelling…"
    paused.release.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.outcome is Outcome.CANCELLED
    assert dialog.step.text() == "Backup cancelled; nothing was written."
    assert _mid_copy(seen[-1])  # it stopped at the next piece, not at the end
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], backup.Cancelled)  # an ordinary outcome, not a bug
    assert list(folder.iterdir()) == []  # no backup, no temp file
    # the vault is untouched and still works
    got: list[Any] = []
    worker.run(lambda v: (v.db.scalar("PRAGMA quick_check"),
                          Repos.over(v.db).settings.get("bulk3999")), got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [("ok", "z" * 600)]
    assert dialog.button.isEnabled() and dialog.button.text() == "Close"
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


@pytest.fixture
def backup_file(worker: DbWorker, tmp_path: Path) -> Path:
    target = tmp_path / "my.backup"
    done: list[object] = []
    worker.run(lambda v: backup.create_backup(v, target, BACKUP_SECRET), done.append)
    worker.wait_idle()
    assert target.exists()
    return target


def test_escape_cancels_a_restore_and_the_folder_stays_as_it_was(
        qtbot: QtBot, worker: DbWorker, backup_file: Path, tmp_path: Path) -> None:
    into = Home(tmp_path / "restored")
    operation, dialog = _dialog(qtbot, Kind.RESTORE)
    assert dialog.button.accessibleName() == "Cancel the restore"
    paused = Paused(operation, _mid_copy)
    errors: list[EmentorError] = []
    worker.call(operation.job(lambda: backup.restore_backup(
        backup_file, into, BACKUP_SECRET, progress=paused.report, cancel=operation.cancel)),
        None, errors.append)
    qtbot.waitUntil(paused.reached.is_set, timeout=20000)
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=5000)  # the pinned report
    assert dialog.step.text().startswith("Restoring:")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the keyboard's Cancel
    assert operation.cancel.is_set() and dialog.isVisible()  # Escape did not just hide it
    paused.release.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.outcome is Outcome.CANCELLED
    assert dialog.step.text() == ("Restore cancelled; nothing was restored and the folder is "
                                  "as it was.")
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert not into.root.exists()  # it did not exist before, and does not now
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # now Escape closes it
    assert not dialog.isVisible()


def test_the_point_of_no_return_disables_cancel_and_says_why(
        qtbot: QtBot, worker: DbWorker, backup_file: Path, tmp_path: Path) -> None:
    into = Home(tmp_path / "restored")
    operation, dialog = _dialog(qtbot, Kind.RESTORE)
    paused = Paused(operation, lambda p: p.step is backup.Step.FINISH)
    done: list[object] = []
    worker.call(operation.job(lambda: backup.restore_backup(
        backup_file, into, BACKUP_SECRET, progress=paused.report, cancel=operation.cancel)),
        done.append)
    qtbot.waitUntil(paused.reached.is_set, timeout=30000)
    qtbot.waitUntil(lambda: not dialog.button.isEnabled(), timeout=5000)
    assert dialog.note.isVisible() and "cannot be cancelled" in dialog.note.text()
    assert dialog.bar.value() == 1000
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)  # disabled: does nothing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nor does Escape
    assert not operation.cancel.is_set()
    paused.release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)  # success closes it
    assert dialog.outcome is Outcome.DONE
    Vault.open(into, BACKUP_SECRET).close()


# -- the first sync of a long history ------------------------------------------------------------

CONFIG = ("[relay]\n"
          "deposits_per_mailbox_per_minute = 1000000.0\n"
          "deposits_per_mailbox_burst = 100000\n"
          "owner_commands_per_mailbox_per_minute = 1000000.0\n"
          "owner_commands_per_mailbox_burst = 100000\n"
          "requests_per_address_per_minute = 1000000.0\n"
          "requests_per_address_burst = 100000\n")
BATCH = 10
HISTORY = 60


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayProcess]:
    work = tmp_path / "relay-work"
    work.mkdir()
    (work / "relay.toml").write_text(CONFIG)
    proc = spawn_relay(str(work / "relay.sqlite3"), work, config_file=work / "relay.toml")
    yield proc
    proc.terminate()


def _sync(vault: Vault) -> None:
    with requests.Session() as session:
        sync_engine(vault, session).sync_once()


def _history(relay: RelayProcess, tmp_path: Path) -> Home:
    """A mentee connected to a mentor who has written HISTORY messages, all on the relay."""
    url = relay.base_url
    mentor = create_account(Home(tmp_path / "mentor"), PASSPHRASE, name="Amara Okafor",
                            role=Role.MENTOR, strength=KdfStrength.INTERACTIVE)
    mentee_home = Home(tmp_path / "mentee")
    mentee = create_account(mentee_home, PASSPHRASE, name="Sam Rivera", role=Role.MENTEE,
                            strength=KdfStrength.INTERACTIVE)
    try:
        with requests.Session() as session:
            code = contacts.create_invite(mentor, url, session)
            contacts.accept_invite(mentee, code, session)
        for vault in (mentee, mentor, mentee, mentor):
            _sync(vault)
        with mentee.mutex, mentee.db.transaction():
            Settings(Repos.over(mentee.db).settings).set("relay_url", url)
        sam = contacts.find_contact(mentor, "Sam")
        for i in range(HISTORY):
            messaging.send_text(mentor, sam.id, f"history {i}")
        _sync(mentor)
    finally:
        mentee.close()
        mentor.close()
    return mentee_home


def _incoming(app: EmentorApp, qtbot: QtBot) -> list[str]:
    got: list[list[str]] = []
    app.worker.run(lambda v: [r[0] for r in v.db.all(
        "SELECT body FROM messages WHERE direction = 'in' ORDER BY pk")], got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    return got[0]


def test_a_long_first_sync_counts_in_the_status_line_and_stops_between_batches(
        qtbot: QtBot, make_app: Callable[[Home], EmentorApp], relay: RelayProcess,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "FETCH_LIMIT", BATCH)
    home = _history(relay, tmp_path)
    reached, release = threading.Event(), threading.Event()

    def pinned_engine(vault: Vault, **options: Any) -> engine_module.SyncEngine:
        """The app's engine, held after its third batch until the test has pressed Stop."""
        shown = options["on_progress"]

        def on_progress(progress: PullProgress) -> None:
            shown(progress)
            if progress.batches == 3 and not reached.is_set():
                reached.set()
                assert release.wait(20)
        return sync_engine(vault, **{**options, "on_progress": on_progress})

    monkeypatch.setattr(ui_sync, "sync_engine", pinned_engine)
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    qtbot.waitUntil(reached.is_set, timeout=30000)
    qtbot.waitUntil(  # the third batch's report (queued after the first two)
        lambda: main.relay_status.text() == "↻ Receiving messages… 30 so far", timeout=5000)
    assert "30 so far" in main.relay_status.accessibleName()  # a screen reader hears it
    stop = main.findChild(QToolButton, STOP_BUTTON)
    assert stop is not None and stop.isVisible() and stop.accessibleName() == "Stop receiving"
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    release.set()
    assert not stop.isVisible()
    assert "paused" in main.relay_status.text()
    wait_idle(qtbot, app)  # the worker has waited for the sync thread to end
    assert not app.connection.runner.running
    assert "paused" in main.relay_status.text()  # the loop's last events did not hide it
    kept = _incoming(app, qtbot)
    assert kept == [f"history {i}" for i in range(3 * BATCH)]  # three batches, committed

    main.sync_action.trigger()  # Sync now: the rest, from where it stopped
    qtbot.waitUntil(lambda: len(_incoming(app, qtbot)) == HISTORY, timeout=30000)
    assert _incoming(app, qtbot) == [f"history {i}" for i in range(HISTORY)]  # once, in order
    qtbot.waitUntil(lambda: "Online" in main.relay_status.text(), timeout=30000)
    assert not stop.isVisible()
