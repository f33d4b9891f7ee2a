"""GUI fixtures: real vault files in a temp home, the app controller, helpers to drive it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.home import Home
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp, make_application
from ementor_desktop.ui.sample import Seeded, seed_sample
from tests.conftest import PASSPHRASE


@dataclass
class SeededHome:
    home: Home
    seeded: Seeded


@pytest.fixture
def seeded_home(vault: Vault, home: Home) -> SeededHome:
    """A closed vault holding the sample conversations (the app opens it itself)."""
    seeded = seed_sample(vault)
    vault.close()
    return SeededHome(home, seeded)


@pytest.fixture
def make_app(qtbot: QtBot) -> Iterator[Callable[[Home], EmentorApp]]:
    made: list[EmentorApp] = []
    make_application()

    def make(home: Home) -> EmentorApp:
        app = EmentorApp(home, kdf_strength=KdfStrength.INTERACTIVE)
        made.append(app)
        return app

    yield make
    for app in made:
        app.shutdown()
        for widget in (app.main, app.unlock_window, app.wizard):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        app.deleteLater()
    qtbot.wait(10)


def unlock(qtbot: QtBot, app: EmentorApp, passphrase: str = PASSPHRASE) -> None:
    """Start the app, type the passphrase, and wait for the main window with a conversation."""
    app.start()
    qtbot.waitUntil(lambda: app.state == "unlock" and app.unlock_window is not None
                    and app.unlock_window.passphrase.isEnabled(), timeout=5000)
    assert app.unlock_window is not None
    app.unlock_window.passphrase.setText(passphrase)
    qtbot.mouseClick(app.unlock_window.button, _left())
    qtbot.waitUntil(lambda: app.state == "main", timeout=10000)
    main = app.main
    assert main is not None
    qtbot.waitUntil(lambda: not main.messages.loading, timeout=5000)  # first page is in


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def wait_idle(qtbot: QtBot, app: EmentorApp) -> None:
    """Let every queued vault job finish and its result reach the GUI thread."""
    qtbot.waitUntil(lambda: app.worker.pending == 0, timeout=10000)


__all__ = ["PASSPHRASE", "SeededHome", "unlock", "wait_idle"]
