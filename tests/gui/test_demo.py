"""`make demo` prepares two connected vaults with a short conversation through a real relay."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui import demo
from ementor_desktop.ui.app import make_application
from ementor_desktop.ui.main_window import MainWindow
from ementor_desktop.ui.state import place_side_by_side, window_state
from ementor_desktop.ui.worker import DbWorker


def test_demo_homes_are_connected_with_a_conversation(tmp_path: Path) -> None:
    relay, url = demo._start_relay(tmp_path)
    try:
        homes = demo.prepare(tmp_path, url)
    finally:
        relay.terminate()
        relay.wait(timeout=20)
        if relay.stdout is not None:
            relay.stdout.close()
    for home in homes:
        with Vault.open(home, demo.PASSPHRASE) as vault:
            repos = Repos.over(vault.db)
            (summary,) = repos.conversations.summaries()
            assert repos.messages.count(summary.conversation.id) == len(demo.SCRIPT)
            assert all(c.state == "active" for c in repos.contacts.list())


def test_demo_windows_open_side_by_side_not_on_top_of_each_other(
        tmp_path: Path, qtbot: QtBot) -> None:
    make_application()
    homes = [Home(tmp_path / "a"), Home(tmp_path / "b")]
    for home in homes:
        home.ensure()
    place_side_by_side(homes)
    rects = []
    for home in homes:
        window = MainWindow(DbWorker())
        qtbot.addWidget(window)
        window.restore_state(window_state(home))
        rects.append(window.geometry())
    left, right = rects
    assert not left.intersects(right)
    assert left.x() < right.x()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.contains(left) and screen.contains(right)
