"""Paging a long conversation and laying it out: the next page is read only once the view has
laid out the one that came in (the two threads never compete for the interpreter while it is
laid out), and the size hints a layout is given, worked out for all rows at once, are always
those of the rows as they are now."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from ementor_desktop.home import Home
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp, make_application
from ementor_desktop.ui.conversation import ConversationView
from ementor_desktop.ui.models import MAX_PAGE, WINDOW
from ementor_desktop.ui.sample import seed_long_conversation
from tests.gui.conftest import unlock, wait_idle

App = Callable[[Home], EmentorApp]
LONG = 2 * WINDOW + 500


def open_long(qtbot: QtBot, make_app: App, vault: Vault, home: Home) -> EmentorApp:
    seed_long_conversation(vault, LONG)
    vault.close()
    app = make_app(home)
    unlock(qtbot, app)
    wait_idle(qtbot, app)
    return app


def page_up(qtbot: QtBot, app: EmentorApp) -> None:
    """Scroll to the top and wait until the older page is in and laid out."""
    assert app.main is not None
    model = app.main.messages
    first = model.message(0)
    app.main.view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: not model.loading and model.message(0) != first, timeout=10000)
    wait_idle(qtbot, app)


def test_the_next_page_is_read_only_once_the_page_is_laid_out(
        qtbot: QtBot, make_app: App, vault: Vault, home: Home) -> None:
    app = open_long(qtbot, make_app, vault, home)
    main = app.main
    assert main is not None
    model = main.messages
    reading: list[bool] = []  # whether a page was being read when one had been laid out
    # Connected after the view's own slot, which lays the page out: runs once it is.
    model.page_loaded.connect(lambda _added: reading.append(bool(model._ahead)))
    pages = 0
    while pages < 4 and model.has_older:
        page_up(qtbot, app)
        pages += 1
        assert model._ahead  # … and the next page was read ahead after that
    assert pages == 4 and len(reading) >= 4
    assert not any(reading)  # nothing was being read while the page was laid out


def hints(view: ConversationView) -> list[tuple[int, int]]:
    """The size hint of every row, as a layout asks for them."""
    delegate, model = view.message_delegate, view.model()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect.setWidth(view.viewport().width())
    sizes = []
    for row in range(model.rowCount()):
        size = delegate.sizeHint(option, model.index(row, 0, QModelIndex()))
        sizes.append((size.width(), size.height()))
    return sizes


def one_by_one(view: ConversationView) -> list[tuple[int, int]]:
    """The same, each row worked out on its own (no table)."""
    delegate = view.message_delegate
    delegate.layout_starting()
    delegate._may_build = False
    delegate._table = None
    return hints(view)


def test_size_hints_worked_out_for_a_whole_layout_follow_every_change(
        qtbot: QtBot, make_app: App, vault: Vault, home: Home) -> None:
    app = open_long(qtbot, make_app, vault, home)
    main = app.main
    assert main is not None
    model, view = main.messages, main.view
    delegate = view.message_delegate
    width = view.viewport().width()

    def table_hints() -> list[tuple[int, int]]:
        delegate.layout_starting()
        return hints(view)

    assert table_hints() == one_by_one(view)
    # Rows coming in above (a day label may move) and going below.
    for _ in range(3):
        page_up(qtbot, app)
        assert table_hints() == one_by_one(view)
    # A row measured after a layout guessed it: the next layout uses its real height.
    guessed = [r for r in range(model.rowCount())
               if (m := model.message(r)) is not None and not delegate.is_measured(m, width)]
    assert len(guessed) > 20
    before = table_hints()
    for row in guessed[:20]:
        delegate.row_height(model, row, width, view.font())
    after = table_hints()
    assert after == one_by_one(view)
    assert after != before  # (some guesses were wrong: the test looks at a change)
    # A row deleted here (rows below move up; the next one may start the day now).
    table_hints()
    doomed = model.message(model.rowCount() // 2)
    assert doomed is not None
    model.delete_locally(doomed.id)
    qtbot.waitUntil(lambda: model.row_of(doomed.id) < 0, timeout=10000)
    wait_idle(qtbot, app)
    assert table_hints() == one_by_one(view)
    # Another width: not the table built at the old one.
    table_hints()
    main.resize(main.width() + 80, main.height())
    qtbot.waitUntil(lambda: view.viewport().width() != width, timeout=5000)
    assert table_hints() == one_by_one(view)


def test_the_gui_thread_waits_little_for_the_interpreter_while_a_page_is_read() -> None:
    """The reading thread makes a page's messages in Python while the GUI thread paints the
    last one: Python hands the interpreter lock to a waiting thread only after the switch
    interval, and a paint waits for it dozens of times, so the app keeps it short."""
    make_application()
    assert sys.getswitchinterval() <= 0.0002


def test_a_page_of_messages_does_not_set_off_the_garbage_collector() -> None:
    """A page brings 2,500 messages at once (and drops as many): at Python's default threshold
    (700 new objects) that set off collections several times a page while scrolling."""
    make_application()
    assert gc.get_threshold()[0] >= 4 * MAX_PAGE
