"""Going down a long history, each newer page comes in with about a page of rows in the window
(the rows far above the screen go first), so the layout each page costs stays that size."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from ementor_desktop.home import Home
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.models import KEEP_NEAR, MAX_NEWER_PAGE, WINDOW
from ementor_desktop.ui.sample import seed_long_conversation
from tests.gui.conftest import unlock
from tests.gui.test_long_history import assert_contiguous, ids, seeded_id

App = Callable[[Home], EmentorApp]
LONG = 3 * WINDOW + 500


def test_going_down_keeps_about_a_page_in_the_window(
        qtbot: QtBot, make_app: App, vault: Vault, home: Home) -> None:
    conv = seed_long_conversation(vault, LONG)
    vault.close()
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    model, view = main.messages, main.view
    bar = view.verticalScrollBar()
    for _ in range(2000):  # to the very top first
        if not model.has_older and not model.loading:
            break
        bar.setValue(0)
        qtbot.wait(5)
    qtbot.waitUntil(lambda: not model.has_older and not model.loading, timeout=20000)

    after_pages: list[int] = []  # rows held as each newer page has come in at the bottom

    def inserted(_parent: QModelIndex, first: int, last: int) -> None:
        if first > 0 and last == model.rowCount() - 1:
            after_pages.append(model.rowCount())
    model.rowsInserted.connect(inserted)
    for _ in range(4000):  # back down, a screen at a time
        if not model.has_newer and not model.loading and bar.value() >= bar.maximum():
            break
        bar.setValue(min(bar.maximum(), bar.value() + view.viewport().height()))
        qtbot.wait(2)
    qtbot.waitUntil(lambda: not model.has_newer and not model.loading, timeout=20000)
    model.rowsInserted.disconnect(inserted)
    assert ids(model)[-1] == seeded_id(conv, LONG - 1)
    assert_contiguous(model, conv)
    assert len(after_pages) >= (LONG - WINDOW) // MAX_NEWER_PAGE  # pages of that size …
    # … each with the rows near the screen it came to (the screen, what was below it, and
    # `KEEP_NEAR` above), not a window's worth
    assert max(after_pages) <= MAX_NEWER_PAGE + 3 * KEEP_NEAR
