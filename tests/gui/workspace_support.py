"""Helpers for the workspace GUI tests: the app on the sample vault with the relationship panel
shown, running a job on the app's own vault worker, and what a label puts on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any, TypeVar

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.controllers.workspace import WorkspaceController
from ementor_desktop.ui.main_window import MainWindow
from ementor_desktop.ui.operations.workspace import Workspace
from ementor_desktop.ui.workspace.panel import RelationshipPanel
from tests.conftest import PASSPHRASE
from tests.gui.conftest import SeededHome, unlock

T = TypeVar("T")
App = Callable[[Home], EmentorApp]
HOSTILE = "<img src=x><b>bold</b>\u202eevil"
ENGLISH_UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@dataclass
class Opened:
    app: EmentorApp
    main: MainWindow
    panel: RelationshipPanel
    ctl: WorkspaceController
    contact_id: str
    conversation_id: str

    @property
    def ws(self) -> Workspace:
        assert self.ctl.workspace is not None
        return self.ctl.workspace


@pytest.fixture
def uk_locale() -> Iterator[None]:
    """Dates and times as en_GB writes them (the tests read them back)."""
    before = QLocale()
    QLocale.setDefault(ENGLISH_UK)
    yield
    QLocale.setDefault(before)


def prepare(seeded: SeededHome, *, my_zone: str | None = None, their_zone: str | None = None,
            their_name: str | None = None,
            then: Callable[[Vault, str], None] | None = None) -> None:
    """Change the closed sample vault before the app opens it."""
    with Vault.open(seeded.home, PASSPHRASE) as vault:
        repos = Repos.over(vault.db)
        contact_id = seeded.seeded.main_contact
        with vault.db.transaction():
            if my_zone is not None:
                profile = repos.profile.get()
                assert profile is not None
                repos.profile.save(replace(profile, timezone=my_zone))
            if their_zone is not None:
                repos.contacts.set_profile(contact_id, {"timezone": their_zone})
            if their_name is not None:
                repos.contacts.set_identity(contact_id, their_name, "mentor")
        if then is not None:
            then(vault, contact_id)


def open_app(qtbot: QtBot, make_app: App, seeded: SeededHome) -> Opened:
    """The app on the sample vault, the mentor's conversation open, the panel shown and
    filled."""
    app = make_app(seeded.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    main.open_conversation(seeded.seeded.main_conversation)
    main.toggle_workspace_panel(True)
    ctl = app.conversations.workspace
    qtbot.waitUntil(lambda: ctl.workspace is not None
                    and ctl.workspace.contact_id == seeded.seeded.main_contact, timeout=10000)
    settle(qtbot, app)
    return Opened(app, main, main.workspace_panel, ctl, seeded.seeded.main_contact,
                  seeded.seeded.main_conversation)


def settle(qtbot: QtBot, app: EmentorApp) -> None:
    """Every queued vault job done and its result shown."""
    qtbot.waitUntil(lambda: app.worker.pending == 0, timeout=10000)
    qtbot.wait(20)


def ask(app: EmentorApp, job: Callable[[Vault], T]) -> T:
    """Run `job` on the app's vault worker (it owns the open vault) and return its result."""
    box: dict[str, Any] = {}

    def run(vault: Vault) -> None:
        box["result"] = job(vault)
    app.worker.run(run).result(timeout=20)
    return box["result"]  # type: ignore[no-any-return]


def shown(label: QLabel) -> str:
    """What a label puts on screen, as text (markup rendered, if it is read as markup)."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    return QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text


def labels_text(root: QWidget) -> str:
    return "\n".join(shown(label) for label in root.findChildren(QLabel) if label.isVisible())


def visible_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
