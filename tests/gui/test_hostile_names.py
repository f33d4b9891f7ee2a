"""A contact chooses their own name: nothing in it may become markup on screen (a fake
"✓ verified" beside the real state, a fake line in the safety-number dialog)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from tests.conftest import PASSPHRASE
from tests.gui.conftest import SeededHome, unlock

App = Callable[[Home], EmentorApp]
HOSTILE = 'Eve <font color="green">✓ verified</font><br>Line'


def _shown(label: QLabel) -> str:
    """What the label puts on screen, as text."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    return QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text


def _labels_with_eve() -> list[tuple[QLabel, str]]:
    found = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for label in window.findChildren(QLabel):
            if label.isVisible() and "Eve" in label.text():
                found.append((label, _shown(label)))
    return found


def _assert_literal(where: str) -> None:
    found = _labels_with_eve()
    assert found, f"the name is shown nowhere in {where}"
    for label, shown in found:
        # shown exactly as typed: the markup is visible text, never formatting
        assert '<font color="green">' in shown and "<br>" in shown, (where, label.objectName(),
                                                                     shown)


def test_a_name_with_markup_is_shown_as_typed_everywhere(qtbot: QtBot, make_app: App,
                                                          seeded_home: SeededHome) -> None:
    contact_id = seeded_home.seeded.main_contact
    with Vault.open(seeded_home.home, PASSPHRASE) as vault, vault.db.transaction():
        repos = Repos.over(vault.db)
        repos.contacts.set_identity(contact_id, HOSTILE, "mentor")
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    main.open_conversation(seeded_home.seeded.main_conversation)
    qtbot.waitUntil(lambda: "Eve" in main.title.text(), timeout=5000)
    _assert_literal("the conversation header")

    for state in ({"key_change_pending": True}, {"blocked": True},
                  {"pending_relay": "https://relay.example.org"}):
        main.set_contact_state(False, bool(state.get("key_change_pending")), HOSTILE,
                               blocked=bool(state.get("blocked")),
                               pending_relay=state.get("pending_relay"))  # type: ignore[arg-type]
        assert main.banner.isVisible()
        _assert_literal(f"the banner {state}")
        assert "✓ verified" not in main.verified_label.text()

    app.open_safety_number(contact_id)
    qtbot.waitUntil(lambda: app.safety_dialog is not None and app.safety_dialog.isVisible(),
                    timeout=5000)
    _assert_literal("the safety-number dialog")
    assert app.safety_dialog is not None
    app.safety_dialog.reject()
