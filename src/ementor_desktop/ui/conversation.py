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
QUOTE_CHARS = 140  # a quote is one line: the start of the message


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

    Each message has a menu (right click, the Menu key or Shift+F10): copy, quote/reply, retry
    (our messages that could not be sent) and delete from this vault (after confirmation)."""

    quote_requested = Signal(str)  # a quoted line for the composer (`Composer.insert_quote`)

    def __init__(self, model: MessageListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setAccessibleName(self.tr("Messages"))
        self._model = model
        self.message_delegate = MessageDelegate(self)
        self.setItemDelegate(self.message_delegate)
        self.setModel(model)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(150)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.verticalScrollBar().setSingleStep(24)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self._anchor: tuple[QPersistentModelIndex, int] | None = None
        self._restoring = False  # a restore of `_anchor` is scheduled
        self._stick_to_bottom = True
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        model.rowsAboutToBeInserted.connect(self._before_insert)
        model.rowsInserted.connect(self._after_insert)
        model.rowsAboutToBeRemoved.connect(self._before_remove)
        model.rowsRemoved.connect(self._after_remove)
        model.modelReset.connect(self._reset)
        model.action_failed.connect(self._action_failed)
        self.message_menu: QMenu | None = None  # the menu open now (tests look at it)
        self.confirm_box: QMessageBox | None = None  # "delete this message?" while it is asked
        self.copy_action = QAction(self.tr("&Copy text"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.addAction(self.copy_action)

    # -- paging and position ----------------------------------------------------------------------
    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def _scrolled(self, value: int) -> None:
        model = self._model
        bar = self.verticalScrollBar()
        self._stick_to_bottom = self._at_bottom() and not model.has_newer
        near_top = value <= TOP_THRESHOLD  # also when everything fits: fill the view
        near_bottom = value >= bar.maximum() - BOTTOM_THRESHOLD
        model.set_older_wanted(near_top)
        model.set_newer_wanted(near_bottom)
        self._tell_visible()
        if (near_top or near_bottom) and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())

    def _tell_visible(self) -> None:
        """Tell the model which rows are on screen (those are never dropped from its window)."""
        count = self._model.rowCount()
        if count == 0:
            return
        height = self.viewport().height()
        screenful = height // MIN_ROW_HEIGHT + 1  # no row is lower than MIN_ROW_HEIGHT
        bar = self.verticalScrollBar()
        top = self.indexAt(QPoint(4, 4))
        if top.isValid():
            bottom = self.indexAt(QPoint(4, max(4, height - 4)))
            first = top.row()
            last = bottom.row() if bottom.isValid() else min(count - 1, first + screenful)
        elif bar.value() <= TOP_THRESHOLD:  # not laid out yet (batched): the ends are known
            first, last = 0, min(count - 1, screenful)
        elif bar.value() >= bar.maximum() - BOTTOM_THRESHOLD:
            first, last = max(0, count - 1 - screenful), count - 1
        else:
            return
        self._model.set_visible_rows(first, max(first, last))

    def _keep_place(self, first: int) -> None:
        """Rows change at `first`: remember where the top row on screen is, if they are above
        it (or at it), so `_restore` can put it back."""
        count = self._model.rowCount()
        if self._anchor is not None or count == 0 or first >= count:
            return  # a restore is pending already, or rows go below everything shown
        top = self.indexAt(QPoint(4, 4))
        if top.isValid() and first <= top.row():
            self._anchor = (QPersistentModelIndex(top), self.visualRect(top).top())

    def _before_insert(self, parent: QModelIndex, first: int, last: int) -> None:
        self._keep_place(first)

    def _after_insert(self, parent: QModelIndex, first: int, last: int) -> None:
        appended = last == self._model.rowCount() - 1
        older_history = first == 0 and not appended
        if self._stick_to_bottom and not older_history and not self._model.has_newer:
            self._anchor = None  # following the newest: keep doing so
            QTimer.singleShot(0, self.scrollToBottom)
        elif appended:  # below what is read: nothing on screen moves
            self._anchor = None
        else:
            # Older history, or a late message that belongs above or among the rows being
            # read: keep those rows where they are instead of letting the view jump.
            self._schedule_restore()

    def _before_remove(self, parent: QModelIndex, first: int, last: int) -> None:
        self.message_delegate.forget(
            [m.id for r in range(first, last + 1) if (m := self._model.message(r)) is not None])
        top = self.indexAt(QPoint(4, 4))
        if top.isValid() and first <= top.row() <= last:
            return  # the top row itself goes (deleted): the rows below simply move up
        self._keep_place(first)

    def _after_remove(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._anchor is not None:
            self._schedule_restore()

    def _schedule_restore(self) -> None:
        if not self._restoring:
            self._restoring = True
            QTimer.singleShot(0, self._restore_anchor)

    def _restore_anchor(self) -> None:
        self._restoring = False
        anchor, self._anchor = self._anchor, None
        self._restore(anchor)

    def _restore(self, anchor: tuple[QPersistentModelIndex, int] | None) -> None:
        bar = self.verticalScrollBar()
        if anchor is not None and anchor[0].isValid():
            index = self._model.index(anchor[0].row())
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
            bar.setValue(bar.value() - anchor[1])
        # Still at an end (the layout may not have reached the anchor yet): the person is
        # still asking for more history, so keep loading.
        self._scrolled(bar.value())

    def _reset(self) -> None:
        self._stick_to_bottom = True
        self._anchor = None
        self.message_delegate.clear_cache()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # sizes were measured with the old font
            self.message_delegate.clear_cache()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        bottom = self._at_bottom() and not self._model.has_newer
        super().resizeEvent(event)
        if bottom:
            QTimer.singleShot(0, self.scrollToBottom)

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
        self._can_send = False
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

    def set_can_send(self, can_send: bool, why_not: str = "") -> None:
        self._can_send = can_send
        self.send_button.setToolTip("" if can_send else why_not)
        self._update_button()

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
        has_text = bool(self.edit.toPlainText().strip())
        self.send_button.setEnabled(self._can_send and has_text)

    def _send(self) -> None:
        text = self.edit.toPlainText()
        if not text.strip() or not self._can_send:
            return
        self.send_requested.emit(text)

    def sent(self) -> None:
        """The message is queued: clear the box (the worker removed the stored draft)."""
        self._timer.stop()
        self._loading = True
        self.edit.clear()
        self._loading = False
        self._update_button()
