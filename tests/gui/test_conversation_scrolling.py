"""Scrolling a long conversation fast: the view keeps its place while pages come in at one end and
rows are dropped at the other, and what is on screen is always laid out with the messages' real
sizes (rows nobody has looked at only have guessed ones)."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint
from pytestqt.qtbot import QtBot

from ementor_desktop.home import Home
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.conversation import BOTTOM_THRESHOLD, TOP_THRESHOLD, ConversationView
from ementor_desktop.ui.main_window import MainWindow
from ementor_desktop.ui.models import WINDOW, MessageListModel
from ementor_desktop.ui.sample import seed_long_conversation
from tests.gui.conftest import unlock, wait_idle

App = Callable[[Home], EmentorApp]
LONG = 4 * WINDOW + 500  # far more than the window holds


def settle(qtbot: QtBot, app: EmentorApp) -> None:
    """Pages read, laid out, and the sizes near the screen measured."""
    wait_idle(qtbot, app)
    qtbot.wait(40)
    wait_idle(qtbot, app)


def open_long(qtbot: QtBot, make_app: App, vault: Vault, home: Home) -> tuple[EmentorApp,
                                                                              MainWindow]:
    seed_long_conversation(vault, LONG)
    vault.close()
    app = make_app(home)
    unlock(qtbot, app)
    assert app.main is not None
    settle(qtbot, app)
    return app, app.main


def top_of_screen(view: ConversationView, model: MessageListModel) -> tuple[str, int]:
    """The message at the top of the viewport and where its top edge is (pixels)."""
    top = view.indexAt(QPoint(4, 4))
    assert top.isValid()
    message = model.message(top.row())
    assert message is not None
    return message.id, view.visualRect(top).top()


def y_of(view: ConversationView, model: MessageListModel, message_id: str) -> int:
    row = model.row_of(message_id)
    assert row >= 0, "the message being read was dropped"
    return view.visualRect(model.index(row)).top()


def test_pages_in_and_rows_out_never_move_the_message_being_read(
        qtbot: QtBot, make_app: App, vault: Vault, home: Home) -> None:
    """Up to the top of what is loaded, again and again: each time a page comes in above and
    (once the window is full) rows go below; then down, with rows dropped above. Each time the
    message at the top of the viewport stays exactly where the scroll put it, and one page comes
    per scroll (the view never runs off to the beginning on its own)."""
    app, main = open_long(qtbot, make_app, vault, home)
    model, view = main.messages, main.view
    bar = view.verticalScrollBar()
    dropped_below = False
    for _ in range(6):
        bar.setValue(TOP_THRESHOLD + 30)  # near the top edge, not at it: nothing asked for yet
        settle(qtbot, app)
        reading, y = top_of_screen(view, model)
        first = model.message(0)
        assert first is not None and model.has_older
        start = bar.value()
        bar.setValue(min(start - 1, TOP_THRESHOLD))  # into the edge: the older page comes in
        moved = start - min(start - 1, TOP_THRESHOLD)
        settle(qtbot, app)
        assert model.row_of(first.id) > 0  # a page came in above …
        assert y_of(view, model, reading) == y + moved  # … and nothing on screen moved
        dropped_below = dropped_below or model.has_newer
    assert dropped_below  # the window was full: rows went at the far end meanwhile
    assert model.has_older  # one page per scroll: it never ran to the beginning by itself

    dropped_above = False
    for _ in range(12):
        if not model.has_newer:
            break  # back at the newest
        bar.setValue(bar.maximum() - BOTTOM_THRESHOLD - 30)
        settle(qtbot, app)
        reading, y = top_of_screen(view, model)
        first, last = model.message(0), model.message(model.rowCount() - 1)
        assert first is not None and last is not None
        start = bar.value()
        target = max(start + 1, bar.maximum() - BOTTOM_THRESHOLD)
        bar.setValue(target)  # into the bottom edge: the newer page comes in
        settle(qtbot, app)
        assert model.row_of(last.id) < model.rowCount() - 1  # a page came in below …
        assert y_of(view, model, reading) == y - (target - start)  # … nothing on screen moved
        dropped_above = dropped_above or model.row_of(first.id) < 0
    assert dropped_above  # … while rows went above
    assert not model.has_newer


def screen_faults(view: ConversationView, model: MessageListModel) -> list[str]:
    """What is wrong with the viewport now: not full of rows one after the other, or a row
    laid out at a size its message does not measure (a guess on screen). Looks only, measures
    nothing."""
    delegate = view.message_delegate
    top = view.indexAt(QPoint(4, 0))
    if not top.isValid():
        return ["nothing at the top of the viewport"]
    height, width = view.viewport().height(), delegate.layout_width
    row, y = top.row(), view.visualRect(top).top()
    faults = [] if y <= 0 else [f"a gap above row {row}"]
    while y < height and row < model.rowCount():
        rect = view.visualRect(model.index(row))
        message = model.message(row)
        if rect.top() != y:
            faults.append(f"a gap or an overlap above row {row}")
        if message is None or not delegate.is_measured(message, width) or \
                delegate.is_stale(message) or \
                rect.height() != delegate.row_height(model, row, width, view.font()):
            faults.append(f"row {row} is laid out with a guessed size")
        y = rect.bottom() + 1
        row += 1
    if y < height and row < model.rowCount():
        faults.append("the viewport is not full")
    return faults


class PaintChecker(QObject):
    """Checks the viewport each time it is about to be painted."""

    def __init__(self, view: ConversationView, model: MessageListModel) -> None:
        super().__init__(view)
        self.view, self.model = view, model
        self.paints = 0
        self.faults: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.model.rowCount():
            self.paints += 1
            self.faults += screen_faults(self.view, self.model)
        return False


def test_dragging_the_scroll_bar_fast_always_shows_laid_out_messages(
        qtbot: QtBot, make_app: App, vault: Vault, home: Home) -> None:
    """The scroll bar dragged up and down fast, an event-loop turn between moves (as between
    mouse moves), pages coming and going meanwhile: every time the viewport is painted it is
    full of messages laid out at their real sizes."""
    app, main = open_long(qtbot, make_app, vault, home)
    model, view = main.messages, main.view
    checker = PaintChecker(view, model)
    view.viewport().installEventFilter(checker)
    bar = view.verticalScrollBar()
    rng = random.Random(11)
    pages = 0
    for _ in range(160):
        rows = model.rowCount()
        target = rng.choice([0, bar.maximum(), rng.randint(0, bar.maximum())])
        bar.setValue(target)
        qtbot.wait(1)
        pages += model.rowCount() != rows
    settle(qtbot, app)
    view.viewport().removeEventFilter(checker)
    assert checker.paints > 100
    assert checker.faults == []
    assert screen_faults(view, model) == []
    assert pages > 0  # the window moved meanwhile
