"""List models: the sidebar's conversations, a conversation's messages (paged), search results.

The message model holds a conversation oldest-first and grows upwards: it loads the newest page
when a conversation opens and older pages on demand, with keyset paging in the conversation's order
(`ops.order_key`: sender's time, sender's sequence number, local arrival) through the database
worker. What arrives later is fetched by arrival (local pk above the highest the model has seen)
and each message is inserted where it belongs in that order, anywhere in what is loaded: a late
message, or one whose sender's clock is behind, shows without reopening the conversation.

Qt's own auto-fetch asks `canFetchMore` whenever the *last* row is visible; in a chat that is the
newest message, so more history is wanted only once the view reports that its *first* row is
visible (`set_older_wanted`). Pages grow geometrically (up to `MAX_PAGE`) so a 100k-message
history is reached in a few dozen layouts, not a thousand.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ementor_desktop.domain.models import ConversationSummary, Message, SearchHit
from ementor_desktop.ui import ops
from ementor_desktop.ui.worker import DbWorker

Index = QModelIndex | QPersistentModelIndex

ROLE_OBJECT = Qt.ItemDataRole.UserRole + 1  # the record itself
ROLE_DAY = Qt.ItemDataRole.UserRole + 2  # a day label when this message starts a new day
ROLE_ID = Qt.ItemDataRole.UserRole + 3

FIRST_PAGE = 80
MAX_PAGE = 5000
ARRIVAL_BATCH = 500  # arrivals fetched per worker job; more are fetched in further jobs


def local_time(ms: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(ms / 1000).astimezone()


class ConversationListModel(QAbstractListModel):
    """Sidebar rows (ConversationSummary), most recent first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationSummary] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.contact_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row)
        if role == ROLE_OBJECT:
            return row
        if role == ROLE_ID:
            return row.conversation.id
        return None

    def _spoken(self, row: ConversationSummary) -> str:
        """What a screen reader says for a row: who, how many unread, and the last message."""
        parts = [row.contact_name]
        if row.conversation.unread_count:
            parts.append(self.tr("{count} unread").format(count=row.conversation.unread_count))
        if row.last_body:
            last = (self.tr("you: {text}") if row.last_direction == "out"
                    else self.tr("last: {text}")).format(text=row.last_body[:120])
            parts.append(last)
        return ", ".join(parts)

    def set_rows(self, rows: list[ConversationSummary]) -> None:
        """Replace the rows, keeping unchanged ones in place (a sync must not reset selection)."""
        old_ids = [r.conversation.id for r in self._rows]
        new_ids = [r.conversation.id for r in rows]
        if old_ids == new_ids:
            self._rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_of(self, conversation_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.conversation.id == conversation_id:
                return i
        return -1

    def summary(self, row: int) -> ConversationSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class MessageListModel(QAbstractListModel):
    """One conversation's messages, oldest first, loaded newest-first in keyset pages."""

    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows added at the top (0 when a conversation opened)
    opened = Signal(str)  # the conversation whose first page is now shown

    def __init__(self, worker: DbWorker, parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._conversation_id: str | None = None
        self._messages: list[Message] = []
        self._has_older = False
        self._loading = False
        self._older_wanted = False
        self._generation = 0  # results for a conversation no longer shown are dropped
        self._days: dict[str, int] = {}
        self._max_pk = 0  # local keys up to this one have been looked at: above it is new
        self._refreshing = False
        self._refresh_again = False  # asked while loading or refreshing: run once that ends

    # -- reading --------------------------------------------------------------------------------
    @property
    def conversation_id(self) -> str | None:
        return self._conversation_id

    @property
    def has_older(self) -> bool:
        return self._has_older

    @property
    def loading(self) -> bool:
        return self._loading

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._messages)

    def message(self, row: int) -> Message | None:
        return self._messages[row] if 0 <= row < len(self._messages) else None

    def row_of(self, message_id: str) -> int:
        for i in range(len(self._messages) - 1, -1, -1):
            if self._messages[i].id == message_id:
                return i
        return -1

    def _spoken(self, msg: Message) -> str:
        """What a screen reader says for a message: who, when, the text, and for our own
        messages how far they got."""
        when = QLocale().toString(QDateTime.fromMSecsSinceEpoch(msg.sent_at).time(),
                                  QLocale.FormatType.ShortFormat)
        if msg.direction == "in":
            return self.tr("Received {time}: {text}").format(time=when, text=msg.body)
        state = {"queued": self.tr("queued"), "on_relay": self.tr("sent"),
                 "delivered": self.tr("delivered"), "read": self.tr("read"),
                 "failed": self.tr("not sent")}.get(msg.state.value, msg.state.value)
        return self.tr("You, {time}, {state}: {text}").format(time=when, state=state,
                                                              text=msg.body)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._messages):
            return None
        msg = self._messages[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return msg.body
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(msg)
        if role == ROLE_OBJECT:
            return msg
        if role == ROLE_ID:
            return msg.id
        if role == ROLE_DAY:
            return self.day_starting_at(row)
        return None

    def day_starting_at(self, row: int) -> str | None:
        """The ISO day if the message at `row` is the first of its (local) day, else None."""
        msg = self._messages[row]
        day = self._day(msg)
        if row == 0 or self._day(self._messages[row - 1]) != day:
            return dt.date.fromordinal(day).isoformat()
        return None

    def _day(self, msg: Message) -> int:
        day = self._days.get(msg.id)
        if day is None:  # converting to local time is slow: once per message
            day = self._days[msg.id] = local_time(msg.sent_at).date().toordinal()
        return day

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- paging ---------------------------------------------------------------------------------
    def set_older_wanted(self, wanted: bool) -> None:
        self._older_wanted = wanted

    def canFetchMore(self, parent: Index) -> bool:
        return (not parent.isValid() and self._has_older and not self._loading
                and self._older_wanted)

    def fetchMore(self, parent: Index) -> None:
        # Only when the view wants older history: Qt's model tester calls this after every
        # change, and loading pages nobody asked for would move what the person is reading.
        if not self.canFetchMore(parent):
            return
        self._load_older()

    def open(self, conversation_id: str | None) -> None:
        """Show another conversation (None: nothing) and load its newest page."""
        self._generation += 1
        self.beginResetModel()
        self._conversation_id = conversation_id
        self._messages = []
        self._days = {}
        self._has_older = False
        self._older_wanted = False
        self._max_pk = 0
        self._refreshing = False
        self._refresh_again = False
        self.endResetModel()
        self._set_loading(False)
        if conversation_id is None:
            return
        generation = self._generation
        self._set_loading(True)
        self._worker.run(
            lambda v: ops.first_page(v, conversation_id, FIRST_PAGE),
            lambda loaded: self._first_page(generation, *loaded))

    def clear(self) -> None:
        self.open(None)

    def _first_page(self, generation: int, newest_first: list[Message], last_pk: int) -> None:
        if generation != self._generation:
            return
        self._max_pk = last_pk
        if newest_first:
            self.beginInsertRows(QModelIndex(), 0, len(newest_first) - 1)
            self._messages = newest_first[::-1]
            self._has_older = len(newest_first) == FIRST_PAGE
            self.endInsertRows()
        self._set_loading(False)
        if self._conversation_id is not None:
            self.opened.emit(self._conversation_id)
        self.page_loaded.emit(0)
        self._deferred_refresh()

    def _load_older(self) -> None:
        conversation_id = self._conversation_id
        if conversation_id is None:
            return
        before = ops.order_key(self._messages[0]) if self._messages else None
        limit = max(FIRST_PAGE, min(MAX_PAGE, len(self._messages)))
        generation = self._generation
        self._set_loading(True)
        self._worker.run(lambda v: ops.page(v, conversation_id, before, limit),
                         lambda msgs: self._older_page(generation, limit, msgs))

    def _older_page(self, generation: int, limit: int, newest_first: list[Message]) -> None:
        if generation != self._generation:
            return
        self._has_older = len(newest_first) == limit
        older = self._older_than_loaded(newest_first)
        if older:
            self.beginInsertRows(QModelIndex(), 0, len(older) - 1)
            self._messages[0:0] = older[::-1]
            self.endInsertRows()
            if len(self._messages) > len(older):  # the old first row's day label may go
                first_old = self.index(len(older))
                self.dataChanged.emit(first_old, first_old, [ROLE_DAY])
        # Only now: a fetchMore during the insertion signals must not reuse the old cursor.
        self._set_loading(False)
        self.page_loaded.emit(len(older))
        self._deferred_refresh()

    def _older_than_loaded(self, newest_first: list[Message]) -> list[Message]:
        """Drop anything already shown (a page asked for twice must not duplicate rows)."""
        if not self._messages:
            return newest_first
        cursor = ops.order_key(self._messages[0])
        return [m for m in newest_first if ops.order_key(m) < cursor]

    def load_through(self, message: Message) -> None:
        """Load everything from the newest message down to `message` (to jump to it)."""
        if message.conversation_id != self._conversation_id:
            return
        if self.row_of(message.id) >= 0:
            self.page_loaded.emit(0)
            return
        generation = self._generation
        self._set_loading(True)
        self._worker.run(lambda v: ops.page_through(v, message, FIRST_PAGE),
                         lambda msgs: self._through(generation, msgs))

    def _through(self, generation: int, newest_first: list[Message]) -> None:
        if generation != self._generation:
            return
        older = self._older_than_loaded(newest_first)
        if older:
            self._has_older = len(older) >= FIRST_PAGE
            self.beginInsertRows(QModelIndex(), 0, len(older) - 1)
            self._messages[0:0] = older[::-1]
            self.endInsertRows()
        self._set_loading(False)
        self.page_loaded.emit(len(older))
        self._deferred_refresh()

    # -- live updates -----------------------------------------------------------------------------
    def refresh_newest(self) -> None:
        """Pick up what arrived since the model last looked (wherever it falls in the order) and
        state changes of the recent messages. Asked again while busy, it runs once more after."""
        conversation_id = self._conversation_id
        if conversation_id is None:
            return
        if self._loading or self._refreshing:  # the page in flight sets where arrivals start
            self._refresh_again = True
            return
        self._refreshing = True
        self._refresh_again = False
        generation, after_pk = self._generation, self._max_pk

        def failed(_err: Exception) -> None:
            if generation == self._generation:
                self._refreshing = False
                self._deferred_refresh()
        self._worker.run(
            lambda v: ops.changes(v, conversation_id, after_pk, FIRST_PAGE, ARRIVAL_BATCH),
            lambda changes: self._apply_changes(generation, changes), failed)

    def _deferred_refresh(self) -> None:
        if self._refresh_again and not self._loading and not self._refreshing:
            self.refresh_newest()

    def _apply_changes(self, generation: int, changes: ops.Changes) -> None:
        if generation != self._generation:
            return
        self._refreshing = False
        for m in changes.recent:  # delivery states move on; a row's place never changes
            self._update(m)
        self._insert_sorted(changes.arrived)
        # Older pages never move this mark: one may hold a message that arrived after it,
        # while another that arrived before that one is still to be fetched here.
        self._max_pk = max(self._max_pk, changes.seen_through)
        if changes.more:
            self._refresh_again = True
        self._deferred_refresh()

    def _row_of_key(self, message: Message) -> int:
        """The row holding `message` (found by its place in the order), or -1."""
        key = ops.order_key(message)
        row = bisect.bisect_left(self._messages, key, key=ops.order_key)
        if row < len(self._messages) and self._messages[row].pk == message.pk:
            return row
        return -1

    def _update(self, message: Message) -> None:
        row = self._row_of_key(message)
        if row >= 0 and self._messages[row] != message:
            self._messages[row] = message
            self.dataChanged.emit(self.index(row), self.index(row))

    def _insert_sorted(self, arrived: list[Message]) -> None:
        """Insert each message at its place in the order. One that belongs above the oldest
        loaded row while older history is still unloaded is left to paging, which brings it in
        its place (inserting it at the top would make the next page skip what lies between)."""
        runs: list[tuple[int, list[Message]]] = []  # (row in the current list, messages there)
        for m in sorted(arrived, key=ops.order_key):
            row = bisect.bisect_left(self._messages, ops.order_key(m), key=ops.order_key)
            if row < len(self._messages) and self._messages[row].pk == m.pk:
                self._update(m)  # already shown (a page brought it)
                continue
            if row == 0 and self._has_older:
                continue
            if runs and runs[-1][0] == row:
                runs[-1][1].append(m)
            else:
                runs.append((row, [m]))
        shift = 0
        for row, messages in runs:  # ascending rows: earlier insertions shift later ones
            first = row + shift
            self.beginInsertRows(QModelIndex(), first, first + len(messages) - 1)
            self._messages[first:first] = messages
            self.endInsertRows()
            shift += len(messages)
            below = first + len(messages)
            if below < len(self._messages):  # its day label may go
                self.dataChanged.emit(self.index(below), self.index(below), [ROLE_DAY])

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)


class SearchResultsModel(QAbstractListModel):
    """Search hits across all conversations, most recent first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            plain = hit.snippet.replace(SearchHit.HIT_START, "").replace(SearchHit.HIT_END, "")
            return f"{hit.contact_name}: {plain}"
        if role == ROLE_OBJECT:
            return hit
        if role == ROLE_ID:
            return hit.message.id
        return None

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None
