"""The conversation pane: the paged message view with each message's menu, and the composer with
its per-conversation draft.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ementor_desktop.domain.models import Message, MessageState
from ementor_desktop.ui.delegates import MessageDelegate, install_emoji_fonts
from ementor_desktop.ui.models import MessageListModel
from ementor_desktop.ui.resources import icon

TOP_THRESHOLD = 40  # pixels from the top at which older history is wanted
BOTTOM_THRESHOLD = 40  # pixels from the bottom at which newer history is wanted (if unloaded)
MIN_ROW_HEIGHT = 30  # no message row is lower than this (pixels)
MIN_BUBBLE_HEIGHT = 50  # … and hardly any is lower than this (one line of text)
QUOTE_CHARS = 140  # a quote is one line: the start of the message
SHOWN_MARGIN = 1.0  # screens above and below the viewport measured before they can show
SETTLE_NEAR = 2  # screens either side of the viewport that should be measured ahead …
SETTLE_BAND = 150  # … and when some are not, how many rows to measure (then one layout)
SETTLE_FAR = 400  # rows from the screen beyond which nothing is measured ahead


def quote_of(body: str) -> str:
    """The quoted line a reply starts with: the message on one line, shortened."""
    line = " ".join(body.split())
    if len(line) > QUOTE_CHARS:
        line = line[:QUOTE_CHARS - 1].rstrip() + "…"
    return "> " + line


class ConversationView(QListView):
    """Messages, oldest at the top. Scrolling near either end asks the model for more history
    (it keeps a window of it); the view keeps its place while pages (or late messages above what
    is read) come and go, and follows new messages when at the bottom.

    Every layout is done at once (`doItemsLayout`) and, in the same step, puts the message that
    was at the top of the viewport back where it was (or the newest at the bottom, when
    following them), so nothing on screen moves when rows come or go above or below it. Layouts
    are cheap because rows nobody has looked at get a guessed height (see `MessageDelegate`);
    the rows on screen and a screen either side are measured before they show, and when the
    event loop is idle a wider band around them is measured, with one layout for all of it.

    Each message has a menu (right click, the Menu key or Shift+F10): copy, quote/reply, retry
    (our messages that could not be sent) and delete from this vault (after confirmation)."""

    quote_requested = Signal(str)  # a quoted line for the composer (`Composer.insert_quote`)

    def __init__(self, model: MessageListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Before anything below: Qt calls doItemsLayout while the view is being set up.
        self._ready = False
        self._model = model
        # The message at the top of the viewport and its offset from the top edge (pixels,
        # zero or negative): what a layout puts back in place.
        self._anchor: QPersistentModelIndex | None = None
        self._anchor_y = 0
        self._stick_to_bottom = True  # at the bottom with nothing newer unloaded: follow it
        self._laying_out = False
        self.setObjectName("conversation")
        self.setAccessibleName(self.tr("Messages"))
        self.message_delegate = MessageDelegate(self)
        self.message_delegate.set_model(model)
        self.setItemDelegate(self.message_delegate)
        self.setModel(model)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # All at once: a batched layout cannot place a row it has not reached yet, so the view
        # could not keep its place when a page comes in above it.
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.verticalScrollBar().setSingleStep(24)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(0)
        self._settle_timer.timeout.connect(self._settle_sizes)
        self._ends_timer = QTimer(self)  # after a layout: still at an end? then page on
        self._ends_timer.setSingleShot(True)
        self._ends_timer.setInterval(0)
        self._ends_timer.timeout.connect(self._check_ends)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        model.rowsInserted.connect(self._after_insert)
        model.page_loaded.connect(self._page_in)
        model.rowsAboutToBeRemoved.connect(self._before_remove)
        model.modelReset.connect(self._reset)
        model.action_failed.connect(self._action_failed)
        self.message_menu: QMenu | None = None  # the menu open now (tests look at it)
        self.confirm_box: QMessageBox | None = None  # "delete this message?" while it is asked
        self.copy_action = QAction(self.tr("&Copy text"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.addAction(self.copy_action)
        self._ready = True

    # -- paging and position ----------------------------------------------------------------------
    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def _scrolled(self, value: int) -> None:
        if self._laying_out:
            return  # the layout puts the view in place itself
        model = self._model
        bar = self.verticalScrollBar()
        self._stick_to_bottom = self._at_bottom() and not model.has_newer
        if model.rowCount() == 0:  # nothing shown (yet): nothing to page from
            model.set_older_wanted(False)
            model.set_newer_wanted(False)
            return
        self._remember_top()
        if self._measure_shown():  # guessed rows came on screen: lay out with their real sizes
            self.doItemsLayout()
            value = bar.value()
        near_top = value <= TOP_THRESHOLD  # also when everything fits: fill the view
        near_bottom = value >= bar.maximum() - BOTTOM_THRESHOLD
        model.set_older_wanted(near_top)
        model.set_newer_wanted(near_bottom)
        self._tell_visible()
        self._settle_timer.start()
        if (near_top or near_bottom) and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())

    def _check_ends(self) -> None:
        """After a layout: if the view is still at an end (everything fits, or the page was
        short), the person is still asking for more history, so keep loading."""
        self._scrolled(self.verticalScrollBar().value())

    def _tell_visible(self) -> None:
        """Tell the model which rows are on screen (those are never dropped from its window)."""
        count = self._model.rowCount()
        if count == 0:
            return
        height = self.viewport().height()
        top = self.indexAt(QPoint(4, 4))
        if not top.isValid():
            return
        bottom = self.indexAt(QPoint(4, max(4, height - 4)))
        first = top.row()
        last = bottom.row() if bottom.isValid() else \
            min(count - 1, first + height // MIN_ROW_HEIGHT + 1)  # no row is lower than that
        self._model.set_visible_rows(first, max(first, last))

    def _remember_top(self) -> None:
        """Note the message at the top of the viewport and where it is: a layout puts it
        back there."""
        top = self.indexAt(QPoint(4, 4))
        if top.isValid():
            self._anchor = QPersistentModelIndex(top)
            self._anchor_y = self.visualRect(top).top()
        else:
            self._anchor = None

    def doItemsLayout(self) -> None:
        """Lay out every row (guessed sizes for rows not measured yet), then put the view back
        in place; if guessed rows are now on screen, measure them and lay out once more."""
        if self._laying_out or not self._ready:
            super().doItemsLayout()
            return
        self._laying_out = True
        # Moving the scroll bar to its end makes Qt ask the model for more; what the view
        # wants is decided afresh once it is in place (`_check_ends`), not by where it was.
        self._model.set_older_wanted(False)
        self._model.set_newer_wanted(False)
        try:
            self.message_delegate.layout_starting()
            super().doItemsLayout()
            self._place()
            if self._measure_shown():
                self.message_delegate.layout_starting()
                super().doItemsLayout()
                self._place()
        finally:
            self._laying_out = False
        self._stick_to_bottom = self._at_bottom() and not self._model.has_newer
        self._remember_top()
        self._tell_visible()
        self._ends_timer.start()
        self._settle_timer.start()

    def _place(self) -> None:
        bar = self.verticalScrollBar()
        if self._stick_to_bottom and not self._model.has_newer:
            bar.setValue(bar.maximum())  # following the newest: keep doing so
            return
        anchor = self._anchor
        if anchor is None or not anchor.isValid():
            return  # the top row itself went (deleted): the rows below simply move up
        rect = self.visualRect(self._model.index(anchor.row()))
        if rect.isValid():
            bar.setValue(bar.value() + rect.top() - self._anchor_y)

    def _measure_shown(self) -> bool:
        """Measure the rows on screen and `SHOWN_MARGIN` screens either side (those a scroll
        can bring into view next); whether the layout used other sizes for any of them."""
        model, delegate = self._model, self.message_delegate
        count = model.rowCount()
        if count == 0:
            return False
        top = self.indexAt(QPoint(4, 4))
        first = top.row() if top.isValid() else \
            (0 if self.verticalScrollBar().value() <= TOP_THRESHOLD else count - 1)
        width, font = self._layout_width(), self.font()
        height = self.viewport().height()
        y = self.visualRect(top).top() if top.isValid() else 0
        below = height + int(SHOWN_MARGIN * height)
        stale = False
        row = first
        while row < count and y < below:
            y += delegate.row_height(model, row, width, font)
            stale = stale or delegate.is_stale(model.message(row))
            row += 1
        y, above = 0, int(SHOWN_MARGIN * height)
        row = first - 1
        while row >= 0 and y < above:
            y += delegate.row_height(model, row, width, font)
            stale = stale or delegate.is_stale(model.message(row))
            row -= 1
        return stale

    def _layout_width(self) -> int:
        """The width rows are laid out at (as the last layout told the delegate)."""
        return self.message_delegate.layout_width or self.viewport().width()

    def _near_rows(self) -> int:
        """How many rows `SETTLE_NEAR` screens hold at most."""
        return SETTLE_NEAR * (self.viewport().height() // MIN_BUBBLE_HEIGHT + 1)

    def _settle_sizes(self) -> None:
        """In a pause of the event loop (after a scroll or a layout): if rows within
        `SETTLE_NEAR` screens are not measured, measure the `SETTLE_BAND` nearest ones and lay
        out once, so scrolling on finds them measured and laid out; otherwise every screenful
        would need its own layout on the way."""
        model, delegate = self._model, self.message_delegate
        count = model.rowCount()
        top = self.indexAt(QPoint(4, 4))
        if count == 0 or not top.isValid() or self._laying_out:
            return
        width, font = self._layout_width(), self.font()
        first, near = top.row(), self._near_rows()

        def unmeasured(rows: range) -> list[int]:
            return [r for r in rows if (m := model.message(r)) is not None
                    and (not delegate.is_measured(m, width) or delegate.is_stale(m))]

        if not unmeasured(range(max(0, first - near), min(count, first + near))):
            return
        todo = unmeasured(range(max(0, first - SETTLE_FAR), min(count, first + SETTLE_FAR)))
        todo.sort(key=lambda r: abs(r - first))
        for r in todo[:SETTLE_BAND]:
            delegate.row_height(model, r, width, font)
        if delegate.layout_stale:
            self.doItemsLayout()

    def _after_insert(self, parent: QModelIndex, first: int, last: int) -> None:
        # Measure the ends of what came in (what a scroll reaches first, and what shows if the
        # person goes to the very top or bottom), so the layout to come uses their real sizes.
        model, delegate = self._model, self.message_delegate
        width, font = self._layout_width(), self.font()
        ends = self._near_rows()
        rows = range(first, last + 1) if last - first < 2 * ends else \
            [*range(first, first + ends), *range(last + 1 - ends, last + 1)]
        for row in rows:
            delegate.row_height(model, row, width, font)

    def _page_in(self, _added: int) -> None:
        # Lay out now, not on the next turn of the event loop: the view is in place as soon as
        # the page is (one layout for the rows dropped and the rows added).
        self.executeDelayedItemsLayout()

    def _before_remove(self, parent: QModelIndex, first: int, last: int) -> None:
        self.message_delegate.forget([m.id for m in self._model.messages_in(first, last)])

    def _reset(self) -> None:
        self._stick_to_bottom = True
        self._anchor = None
        self.message_delegate.clear_cache()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.message_delegate.layout_stale and not self._laying_out:
            self.scheduleDelayedItemsLayout()  # painting measured a row the layout guessed

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange,
                            QEvent.Type.LanguageChange):
            self.message_delegate.clear_cache()  # measured with the old font, written the old way
            self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        bottom = self._at_bottom() and not self._model.has_newer
        super().resizeEvent(event)
        if bottom:
            self._stick_to_bottom = True
            QTimer.singleShot(0, self.scrollToBottom)
        width = self.message_delegate.layout_width
        if width and width != self.viewport().width() and self._model.rowCount():
            # A list laid out top to bottom is not laid out again when only its width
            # changes (a window resized, the scroll bar shown or hidden), but text wraps
            # differently at another width: lay out again.
            self.scheduleDelayedItemsLayout()

    def scroll_to_row(self, row: int) -> None:
        index = self._model.index(row)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setCurrentIndex(index)
        self._stick_to_bottom = self._at_bottom() and not self._model.has_newer

    # -- keyboard ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and shift):
            event.accept()  # handled here: no second menu from the platform
            self.open_menu_for(self.currentIndex())
            return
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key == Qt.Key.Key_Home and self._model.has_older:
            self._model.show_oldest()  # the beginning is not loaded: read it (not page by page)
            return
        if ctrl and key == Qt.Key.Key_End and self._model.has_newer:
            self._model.show_newest()
            return
        super().keyPressEvent(event)

    # -- copying --------------------------------------------------------------------------------
    def selected_text(self) -> str:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        texts = [m.body for r in rows if (m := self._model.message(r)) is not None]
        return "\n\n".join(texts)

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    # -- the message menu -------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
        else:  # the keyboard (the platform's Menu key): the current message
            index = self.currentIndex()
        event.accept()
        self.open_menu_for(index, event.globalPos()
                           if event.reason() == QContextMenuEvent.Reason.Mouse else None)

    def open_menu_for(self, index: QModelIndex | QPersistentModelIndex,
                      global_pos: QPoint | None = None) -> QMenu | None:
        """Open the menu of the message at `index` (by the mouse at `global_pos`, else beside
        the message); returns it (None: no message there)."""
        if not index.isValid():
            return None
        message = self._model.message(index.row())
        if message is None:
            return None
        if not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        menu = self.build_menu(message)
        if global_pos is None:  # keyboard: below the top of the message, inside the view
            rect = self.visualRect(self._model.index(index.row())).intersected(
                self.viewport().rect())
            global_pos = self.viewport().mapToGlobal(rect.topLeft() + QPoint(24, 8)
                                                     if rect.isValid() else QPoint(24, 8))
        if self.message_menu is not None:
            self.message_menu.close()
            self.message_menu.deleteLater()
        self.message_menu = menu
        menu.popup(global_pos)
        menu.setActiveAction(menu.actions()[0])  # the keyboard starts on the first entry
        return menu

    def build_menu(self, message: Message) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("messageMenu")
        menu.setAccessibleName(self.tr("Message actions"))
        menu.addAction(self.copy_action)
        quote = menu.addAction(self.tr("&Quote in reply"))
        quote.setObjectName("quoteAction")
        quote.triggered.connect(lambda: self.quote_requested.emit(quote_of(message.body)))
        if message.direction == "out" and message.state is MessageState.FAILED:
            retry = menu.addAction(self.tr("&Retry sending"))
            retry.setObjectName("retryAction")
            retry.triggered.connect(lambda: self._model.retry(message.id))
        menu.addSeparator()
        delete = menu.addAction(self.tr("&Delete from this computer…"))
        delete.setObjectName("deleteAction")
        delete.triggered.connect(lambda: self.confirm_delete(message))
        return menu

    def confirm_delete(self, message: Message) -> QMessageBox:
        """Ask before deleting; the message goes from this vault only (and its search entry)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete message"),
                          self.tr("Delete this message from this computer?"),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDelete")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr("It is removed from this vault and from search. The other person keeps "
                    "their copy.")
            + ("" if message.direction == "in" or message.state is not MessageState.QUEUED
               else " " + self.tr("It has not been sent yet and will not be.")))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered() -> None:
            if box.clickedButton() is delete:
                self._model.delete_locally(message.id)
            self.confirm_box = None
            box.deleteLater()
        box.finished.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def _action_failed(self, why: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Message"), why,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


class ComposerEdit(QPlainTextEdit):
    """Multi-line input. With enter_sends: Enter sends, Shift+Enter adds a line; without it:
    Ctrl+Enter sends."""

    send_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enter_sends = True
        self.setObjectName("composerEdit")
        self.setAccessibleName(self.tr("Message"))
        self.setTabChangesFocus(True)
        install_emoji_fonts()  # what is typed shows its emoji too

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if ctrl or (self.enter_sends and not shift):
                self.send_requested.emit()
                return
            if shift or not self.enter_sends:
                self.insertPlainText("\n")
                return
        super().keyPressEvent(event)


class Composer(QWidget):
    """The composer; emits `draft_changed` after typing pauses (the window saves it encrypted)."""

    send_requested = Signal(str)
    draft_changed = Signal(str, str)  # conversation id, text
    DRAFT_DELAY_MS = 600

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        self.edit = ComposerEdit(self)
        self.edit.setPlaceholderText(self.tr("Write a message…"))
        self.edit.setFixedHeight(76)
        self.send_button = QPushButton(icon("send-light"), self.tr("Send"), self)
        self.send_button.setObjectName("primary")
        self.send_button.setAccessibleName(self.tr("Send message"))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        self._conversation_id: str | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DRAFT_DELAY_MS)
        self._timer.timeout.connect(self._save_now)
        self.edit.textChanged.connect(self._typed)
        self.edit.send_requested.connect(self._send)
        self.send_button.clicked.connect(self._send)
        self._update_button()

    @property
    def conversation_id(self) -> str | None:
        return self._conversation_id

    def set_enter_sends(self, enter_sends: bool) -> None:
        self.edit.enter_sends = enter_sends
        hint = self.tr("Enter to send, Shift+Enter for a new line") if enter_sends else \
            self.tr("Ctrl+Enter to send")
        self.edit.setToolTip(hint)

    def show_conversation(self, conversation_id: str | None, draft: str = "") -> None:
        """Switch to another conversation, saving the current draft first."""
        self.flush_draft()
        self._conversation_id = conversation_id
        self._loading = True
        self.edit.setPlainText(draft)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        self._loading = False
        self.setEnabled(conversation_id is not None)
        self._update_button()

    def insert_quote(self, quote: str) -> None:
        """Start (or continue) a reply with a quoted line; the cursor goes below it."""
        edit = self.edit
        cursor = edit.textCursor()
        if not edit.toPlainText():
            cursor.insertText(quote + "\n")
        else:
            if cursor.positionInBlock() > 0:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertText("\n")
            cursor.insertText(quote + "\n")
        edit.setTextCursor(cursor)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_private(self) -> None:
        self._timer.stop()
        self._loading = True
        self.edit.clear()
        self._loading = False
        self._conversation_id = None

    def _typed(self) -> None:
        self._update_button()
        if not self._loading and self._conversation_id is not None:
            self._timer.start()

    def flush_draft(self) -> None:
        """Save now if a save is pending (switching, locking, closing)."""
        if self._timer.isActive():
            self._timer.stop()
            self._save_now()

    def _save_now(self) -> None:
        if self._conversation_id is not None:
            self.draft_changed.emit(self._conversation_id, self.edit.toPlainText())

    def _update_button(self) -> None:
        # Whether a conversation may be written to (open, no key change to check, not blocked)
        # is the main window's call: it enables or disables the whole composer.
        self.send_button.setEnabled(bool(self.edit.toPlainText().strip()))

    def _send(self) -> None:
        text = self.edit.toPlainText()
        if not text.strip() or not self.isEnabled():
            return
        self.send_requested.emit(text)

    def sent(self) -> None:
        """The message is queued: clear the box (the worker removed the stored draft)."""
        self._timer.stop()
        self._loading = True
        self.edit.clear()
        self._loading = False
        self._update_button()
