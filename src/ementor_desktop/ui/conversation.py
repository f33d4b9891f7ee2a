"""The conversation pane: the paged message view and the composer with its per-conversation draft.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ementor_desktop.ui.delegates import MessageDelegate
from ementor_desktop.ui.models import MessageListModel
from ementor_desktop.ui.resources import icon

TOP_THRESHOLD = 40  # pixels from the top at which older history is wanted


class ConversationView(QListView):
    """Messages, oldest at the top. Scrolling near the top asks the model for older pages; the
    view keeps its place while they (or late messages above what is read) arrive, and follows
    new messages when at the bottom."""

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
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self._anchor: tuple[QPersistentModelIndex, int] | None = None
        self._restoring = False  # a restore of `_anchor` is scheduled
        self._stick_to_bottom = True
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        model.rowsAboutToBeInserted.connect(self._before_insert)
        model.rowsInserted.connect(self._after_insert)
        model.modelReset.connect(self._reset)
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
        self._stick_to_bottom = self._at_bottom()
        near_top = value <= TOP_THRESHOLD  # also when everything fits: fill the view
        self._model.set_older_wanted(near_top)
        if near_top and self._model.canFetchMore(QModelIndex()):
            self._model.fetchMore(QModelIndex())

    def _before_insert(self, parent: QModelIndex, first: int, last: int) -> None:
        count = self._model.rowCount()
        if self._anchor is not None or count == 0 or first >= count:
            return  # a restore is pending already, or rows go below everything shown
        top = self.indexAt(QPoint(4, 4))
        if top.isValid():
            self._anchor = (QPersistentModelIndex(top), self.visualRect(top).top())

    def _after_insert(self, parent: QModelIndex, first: int, last: int) -> None:
        appended = last == self._model.rowCount() - 1
        older_history = first == 0 and not appended
        if self._stick_to_bottom and not older_history:  # following the newest: keep doing so
            self._anchor = None
            QTimer.singleShot(0, self.scrollToBottom)
        elif appended:  # below what is read: nothing on screen moves
            self._anchor = None
        elif not self._restoring:
            # Older history, or a late message that belongs above or among the rows being
            # read: keep those rows where they are instead of letting the view jump.
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
        # Still at the top (the layout may not have reached the anchor yet): the person is
        # still asking for older messages, so keep loading.
        self._scrolled(bar.value())

    def _reset(self) -> None:
        self._stick_to_bottom = True
        self._anchor = None
        self.message_delegate.clear_cache()

    def resizeEvent(self, event: QResizeEvent) -> None:
        bottom = self._at_bottom()
        super().resizeEvent(event)
        if bottom:
            QTimer.singleShot(0, self.scrollToBottom)

    def scroll_to_row(self, row: int) -> None:
        index = self._model.index(row)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setCurrentIndex(index)
        self._stick_to_bottom = self._at_bottom()

    # -- copying --------------------------------------------------------------------------------
    def selected_text(self) -> str:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        texts = [m.body for r in rows if (m := self._model.message(r)) is not None]
        return "\n\n".join(texts)

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def _menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        if not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        menu.exec(self.viewport().mapToGlobal(pos))


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
