"""List models: the sidebar's conversations, a conversation's messages (paged), search results.

The message model holds a *window* of a conversation, oldest first: a contiguous run of it in the
conversation's order (`ops.order_key`: sender's time, sender's sequence number, local arrival).
It opens on the newest page and moves by keyset paging through the database worker: older pages
when the view shows its first row, newer ones when it shows its last. It never holds more than
`WINDOW` rows: once a page would take it past that, the rows beyond `KEEP_NEAR` from what is on
screen are dropped from the other end (so each page costs the view a layout of about a page, not
of the whole window), and are read back by keyset paging when the person scrolls back (100,000
messages scrolled through cost no more memory than a few thousand). What arrives later is
fetched by arrival (local pk above the highest the model has seen) and each message is inserted
where it belongs in the order, anywhere in the window: a late message, or one whose sender's
clock is behind, shows without reopening the conversation. One that belongs outside the window
(above its first row while older history is unloaded, below its last while newer is) is left
to paging, which brings it in its place.

Qt's own auto-fetch asks `canFetchMore` whenever the *last* row is visible; the view says which
end it wants (`set_older_wanted`, `set_newer_wanted`) so a page is read only when asked for.
Pages grow geometrically (up to `MAX_PAGE`, `MAX_NEWER_PAGE` going down).
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)

from ementor_desktop.domain.models import ConversationSummary, Message, SearchHit
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.operations import conversations as ops
from ementor_desktop.ui.worker import DbWorker

Index = QModelIndex | QPersistentModelIndex

ROLE_OBJECT = Qt.ItemDataRole.UserRole + 1  # the record itself
ROLE_DAY = Qt.ItemDataRole.UserRole + 2  # a day label when this message starts a new day
ROLE_ID = Qt.ItemDataRole.UserRole + 3

FIRST_PAGE = 80
MAX_PAGE = 2500
#: Pages going down (newer) stay smaller: each page costs a layout of the rows it brings plus
#: the hundred or so kept above the screen, in one pause of the event loop, and going down the
#: page comes in while the person scrolls (going up, it is what they are waiting for).
MAX_NEWER_PAGE = 600
WINDOW = 3000  # rows kept; beyond this, rows far from the screen are dropped
KEEP_NEAR = 100  # rows either side of those on screen that are never dropped
ARRIVAL_BATCH = 500  # arrivals fetched per worker job; more are fetched in further jobs
DAY_MS = 86_400_000
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_UNKNOWN = object()


def local_time(ms: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(ms / 1000).astimezone()


class LocalDays:
    """The local calendar day of a time, fast: the offset from UTC is looked up once per UTC
    day (converting every message's time through the time zone costs microseconds, and the
    view asks for every row of every layout). A UTC day in which the offset changes (a
    daylight-saving switch) is converted message by message."""

    def __init__(self) -> None:
        # UTC day -> offset in ms (None: it changes that day)
        self._offsets: dict[int, int | None] = {}

    def ordinal(self, ms: int) -> int:
        offset = self._offsets.get(ms // DAY_MS, _UNKNOWN)
        if offset.__class__ is int:
            return (ms + offset) // DAY_MS + _EPOCH_ORDINAL
        if offset is _UNKNOWN:
            utc_day = ms // DAY_MS
            start = local_time(utc_day * DAY_MS).utcoffset()
            end = local_time((utc_day + 1) * DAY_MS - 1).utcoffset()
            self._offsets[utc_day] = None if start != end or start is None \
                else int(start.total_seconds() * 1000)
            return self.ordinal(ms)
        return local_time(ms).date().toordinal()


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


OLDER, NEWER = "older", "newer"


@dataclass
class _Read:
    """A page being read (or read) beyond `cursor` in `direction`; `wanted`: the person asked
    for it (else it is read ahead)."""

    direction: str
    cursor: ops.Cursor | None
    limit: int
    window: int
    wanted: bool
    page: list[Message] | None = None
    stale: bool = False  # something may have been stored in its range since it was read


class MessageListModel(QStringListModel):
    """A window of one conversation's messages, oldest first, paged both ways by keyset.

    Its row count lives in C++: Qt asks for it twice for every row of every layout, and across
    the Python boundary those calls were most of the cost of laying out a page. The string
    list Qt keeps holds one empty string per message; it changes only with `_messages`, in
    `_change_rows`, and the list's own editing methods are refused."""

    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows added at the top (0 when a conversation opened)
    opened = Signal(str)  # the conversation whose first page is now shown
    changed_locally = Signal(str)  # conversation id: a message was retried or deleted here
    action_failed = Signal(str)  # why a retry or delete could not be done (for the person)

    def __init__(self, worker: DbWorker, parent: Any = None) -> None:
        super().__init__(parent)
        self._change: Callable[[], None] | None = None  # see `_change_rows`
        # Connected before anything else can be (every view connects later): the messages
        # change when Qt's count does, before anyone hears of it.
        self.rowsInserted.connect(self._apply_change)
        self.rowsRemoved.connect(self._apply_change)
        self.modelReset.connect(self._apply_change)
        self._worker = worker
        self._conversation_id: str | None = None
        self.contact_name = ""  # who writes the incoming messages (for screen readers)
        self._messages: list[Message] = []
        self._has_older = False
        self._has_newer = False  # rows after the last one were dropped (or never loaded)
        self._loading = False
        self._older_wanted = False
        self._newer_wanted = False
        self._visible: tuple[int, int] | None = None  # rows on screen, as the view last said
        self._paged = 0  # rows brought in since the window was opened (pages grow with it)
        self._ahead: dict[str, _Read] = {}  # the page read ahead in each direction
        self._generation = 0  # results for a conversation no longer shown are dropped
        self._window = 0  # pages read for a window since replaced are dropped
        self._days = LocalDays()
        self._day_of: dict[str, int] = {}  # message id -> its local day (ordinal)
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
    def has_newer(self) -> bool:
        """Whether messages after the last row exist but are not loaded (the window is not at
        the newest end of the conversation)."""
        return self._has_newer

    @property
    def loading(self) -> bool:
        return self._loading

    # -- the rows Qt counts ---------------------------------------------------------------------
    def _change_rows(self, change: Callable[[], None], qt_change: Callable[[], object]) -> None:
        """Change the rows Qt counts with `qt_change` (inserting, removing or resetting the
        string list, which signals it) and the messages with `change`, at the moment Qt's
        count changes: after the "about to" signal (whose receivers must see the rows as they
        were) and before the signal that it is done."""
        if self._change is not None:  # (`canFetchMore` keeps pages out meanwhile)
            raise RuntimeError("rows changed while a change of rows was being signalled")
        self._change = change
        try:
            qt_change()
        finally:
            pending, self._change = self._change, None
        if pending is not None:  # no signal applied it
            if not self.signalsBlocked():
                raise RuntimeError("Qt did not change its rows as asked")
            pending()

    def _apply_change(self, *_args: object) -> None:
        change, self._change = self._change, None
        if change is not None:
            change()

    def _insert_rows(self, row: int, messages: list[Message]) -> None:
        if not messages:
            return

        def change() -> None:
            self._messages[row:row] = messages
        self._change_rows(change, lambda: QStringListModel.insertRows(self, row, len(messages)))

    def _remove_rows(self, first: int, last: int) -> None:
        if last < first:
            return

        def change() -> None:
            del self._messages[first:last + 1]
        self._change_rows(change,
                          lambda: QStringListModel.removeRows(self, first, last - first + 1))

    # The string list is this model's to change: views, drops and editors get no say.
    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False

    def moveRows(self, source_parent: Index, source_row: int, count: int,
                 destination_parent: Index, destination_child: int) -> bool:
        return False

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False

    def setItemData(self, index: Index, roles: dict[int, Any]) -> bool:
        return False

    def setStringList(self, strings: Any) -> None:
        raise TypeError("the messages are set by paging, not as strings")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        return

    def itemData(self, index: Index) -> dict[int, Any]:
        return {} if not index.isValid() else {
            int(Qt.ItemDataRole.DisplayRole): self.data(index)}

    def message(self, row: int) -> Message | None:
        return self._messages[row] if 0 <= row < len(self._messages) else None

    def messages_in(self, first: int, last: int) -> list[Message]:
        """The messages of rows `first` to `last` (inclusive)."""
        return self._messages[max(0, first):last + 1]

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
            if self.contact_name:
                return self.tr("{name}, {time}: {text}").format(name=self.contact_name,
                                                                time=when, text=msg.body)
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

    def starts_day(self, row: int) -> bool:
        """Whether the message at `row` is the first of its (local) day among those loaded."""
        if row == 0:
            return True
        messages = self._messages
        return self._day(messages[row]) != self._day(messages[row - 1])

    def layout_row(self, row: int) -> tuple[Message | None, bool]:
        """The message at `row` and whether it starts a day, in one call (the view asks this
        for every row of every layout)."""
        messages = self._messages
        if not 0 <= row < len(messages):
            return None, False
        msg = messages[row]
        if row == 0:
            return msg, True
        day_of, prev = self._day_of, messages[row - 1]
        day, prev_day = day_of.get(msg.id), day_of.get(prev.id)
        if day is None or prev_day is None:
            return msg, self._day(msg) != self._day(prev)
        return msg, day != prev_day

    def layout_rows(self) -> tuple[list[Message], list[bool]]:
        """Every row's message and whether it starts a day, in one pass (a layout needs all of
        them). The list of messages is the model's own: read it at once, never keep it."""
        messages, day_of = self._messages, self._day_of
        days = [day_of.get(m.id) for m in messages]
        if None in days:
            days = [self._day(m) for m in messages]
        return messages, [True, *map(operator.ne, days[1:], days)] if days else []

    def _day(self, msg: Message) -> int:
        day = self._day_of.get(msg.id)
        return self._days.ordinal(msg.sent_at) if day is None else day

    def _note_days(self, messages: list[Message]) -> None:
        """Work out the local day of messages coming into the window (once each)."""
        day_of, ordinal = self._day_of, self._days.ordinal
        for m in messages:
            day_of[m.id] = ordinal(m.sent_at)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- paging ---------------------------------------------------------------------------------
    def set_older_wanted(self, wanted: bool) -> None:
        self._older_wanted = wanted

    def set_newer_wanted(self, wanted: bool) -> None:
        self._newer_wanted = wanted

    def set_visible_rows(self, first: int, last: int) -> None:
        """The rows on screen: they and `KEEP_NEAR` rows either side are never dropped."""
        self._visible = (first, last)

    def canFetchMore(self, parent: Index) -> bool:
        # Not while a change of rows is being signalled: a page brought in by a receiver of
        # the "about to" signal (Qt's model tester asks for more there) would land in the
        # middle of the change, and Qt's rows and the messages would no longer match.
        if parent.isValid() or self._loading or self._change is not None:
            return False
        return (self._older_wanted and self._has_older) or \
            (self._newer_wanted and self._has_newer)

    def fetchMore(self, parent: Index) -> None:
        # Only when the view wants more: Qt's model tester calls this after every change, and
        # loading pages nobody asked for would move what the person is reading.
        if not self.canFetchMore(parent):
            return
        if self._older_wanted and self._has_older:
            self._load_older()
        else:
            self._load_newer()

    def open(self, conversation_id: str | None) -> None:
        """Show another conversation (None: nothing) and load its newest page."""
        self._generation += 1
        self._empty(conversation_id)
        self._max_pk = 0
        self._refreshing = False
        self._refresh_again = False
        self._set_loading(False)
        if conversation_id is None:
            return
        generation = self._generation
        self._set_loading(True)
        self._worker.run(
            lambda v: ops.first_page(v, conversation_id, FIRST_PAGE),
            lambda loaded: self._first_page(generation, *loaded))

    def _empty(self, conversation_id: str | None) -> None:
        self._change_rows(lambda: self._emptied(conversation_id),
                          lambda: QStringListModel.setStringList(self, []))

    def _emptied(self, conversation_id: str | None) -> None:
        self._conversation_id = conversation_id
        self._messages = []
        self._days = LocalDays()  # the time zone may have changed since
        self._day_of = {}
        self._has_older = False
        self._has_newer = False
        self._older_wanted = False
        self._newer_wanted = False
        self._visible = None
        self._paged = 0
        self._ahead = {}
        self._window += 1  # whatever is being read for the old window is dropped

    def clear(self) -> None:
        self.open(None)

    def _first_page(self, generation: int, newest_first: list[Message], last_pk: int) -> None:
        if generation != self._generation:
            return
        self._max_pk = last_pk
        if newest_first:
            self._note_days(newest_first)
            self._paged = len(newest_first)
            self._has_older = len(newest_first) == FIRST_PAGE
            self._insert_rows(0, newest_first[::-1])
        self._set_loading(False)
        if self._conversation_id is not None:
            self.opened.emit(self._conversation_id)
        self.page_loaded.emit(0)
        self._deferred_refresh()

    def _load_older(self) -> None:
        if self._conversation_id is None:
            return
        cursor = ops.order_key(self._messages[0]) if self._messages else None
        self._load(OLDER, cursor, self._page_size(OLDER))

    def _load_newer(self) -> None:
        if self._conversation_id is None or not self._messages:
            return
        cursor = ops.order_key(self._messages[-1])
        self._load(NEWER, cursor, self._page_size(NEWER))

    def _page_size(self, direction: str) -> int:
        """Pages grow with what has been read since the window was opened (not with what it
        holds now, which trimming keeps small), up to `MAX_PAGE` (`MAX_NEWER_PAGE` going
        down)."""
        return max(FIRST_PAGE, min(MAX_NEWER_PAGE if direction == NEWER else MAX_PAGE,
                                   self._paged))

    def _load(self, direction: str, cursor: ops.Cursor | None, limit: int) -> None:
        """Bring in the page beyond `cursor`: the one read ahead if it is that page (at once if
        it is in, else as soon as it lands), otherwise read it now."""
        self._set_loading(True)
        ahead = self._ahead.get(direction)
        if ahead is not None and ahead.cursor == cursor:
            if ahead.page is None:
                ahead.wanted = True  # still being read: shown when it lands
                return
            del self._ahead[direction]
            self._arrived_page(ahead)
            return
        self._read(_Read(direction, cursor, limit, self._window, wanted=True))

    def _read_ahead(self, direction: str) -> None:
        """After a page in `direction`, read the next one while the person looks at this one,
        so scrolling on does not wait for the vault. One page ahead at most, kept aside.

        Called once the view has laid the page out, not before: the layout calls into Python
        for every row, and the reading thread building a page of rows in Python meanwhile
        would make the two threads hand the interpreter lock back and forth thousands of
        times a page, each handover costing both processor time (measured: the GUI thread's
        and the reading thread's processor time for a page about doubled). Not while a page
        asked for is in flight either (that is the page it would read)."""
        if self._conversation_id is None or not self._messages or self._loading:
            return
        if (direction == OLDER and not self._has_older) or \
                (direction == NEWER and not self._has_newer):
            return
        edge = self._messages[0] if direction == OLDER else self._messages[-1]
        limit = self._page_size(direction)
        read = _Read(direction, ops.order_key(edge), limit, self._window, wanted=False)
        self._ahead[direction] = read
        self._read(read)

    def _read(self, read: _Read) -> None:
        conversation_id = self._conversation_id
        assert conversation_id is not None
        if read.direction == OLDER:
            def job(v: Vault) -> list[Message]:
                return ops.page(v, conversation_id, read.cursor, read.limit)
        else:
            def job(v: Vault) -> list[Message]:
                return newer_page(v, conversation_id, read.cursor, read.limit)

        def done(page: list[Message]) -> None:
            if read.window != self._window:
                return
            if read.stale:  # read again, now that what made it stale is stored
                if read.wanted:
                    self._read(_Read(read.direction, read.cursor, read.limit, read.window,
                                     wanted=True))
                return
            read.page = page
            if not read.wanted:  # read ahead: kept aside until asked for (if still current)
                return
            if self._ahead.get(read.direction) is read:
                del self._ahead[read.direction]
            self._arrived_page(read)
        self._worker.run(job, done)

    def _arrived_page(self, read: _Read) -> None:
        assert read.page is not None
        if read.direction == OLDER:
            self._older_page(read.limit, read.page)
        else:
            self._newer_page(read.limit, read.page)

    def _older_page(self, limit: int, newest_first: list[Message]) -> None:
        self._has_older = len(newest_first) == limit
        older = self._older_than_loaded(newest_first)
        if older:
            self._trim_bottom(incoming=len(older))
            room = max(0, WINDOW - len(self._messages))
            if len(older) > room:  # rows near the screen could not go: never past WINDOW
                older = older[:room]  # newest first: the part next to what is loaded
                self._has_older = True  # the rest comes by paging on
            if older:
                self._insert_at(0, older[::-1])
        # Only now: a fetchMore during the insertion signals must not reuse the old cursor.
        self._set_loading(False)
        self.page_loaded.emit(len(older))  # the view lays the page out, at once
        self._read_ahead(OLDER)  # only then (see `_read_ahead`)
        self._deferred_refresh()

    def _older_than_loaded(self, newest_first: list[Message]) -> list[Message]:
        """Drop anything already shown (a page asked for twice must not duplicate rows)."""
        if not self._messages or not newest_first:
            return newest_first
        cursor = ops.order_key(self._messages[0])
        if ops.order_key(newest_first[0]) < cursor:  # the usual case: all of it is older
            return newest_first
        return [m for m in newest_first if ops.order_key(m) < cursor]

    def _newer_page(self, limit: int, oldest_first: list[Message]) -> None:
        self._has_newer = len(oldest_first) == limit
        if self._messages and oldest_first:
            cursor = ops.order_key(self._messages[-1])
            if ops.order_key(oldest_first[0]) <= cursor:  # else all of it is newer
                oldest_first = [m for m in oldest_first if ops.order_key(m) > cursor]
        if oldest_first:
            # Going down, the window stays at about a page and what is near the screen: the
            # layout each page costs stays that size (see `MAX_NEWER_PAGE`).
            self._trim_top(incoming=len(oldest_first), window=MAX_NEWER_PAGE + 2 * KEEP_NEAR)
            room = max(0, WINDOW - len(self._messages))
            if len(oldest_first) > room:  # rows near the screen could not go: never past WINDOW
                oldest_first = oldest_first[:room]  # the part next to what is loaded
                self._has_newer = True  # the rest comes by paging on
            if oldest_first:
                self._insert_at(len(self._messages), oldest_first)
        self._set_loading(False)
        self.page_loaded.emit(0)  # the view lays the page out, at once
        self._read_ahead(NEWER)  # only then (see `_read_ahead`)
        self._deferred_refresh()

    def _insert_at(self, row: int, messages: list[Message]) -> None:
        self._note_days(messages)
        self._paged += len(messages)
        self._insert_rows(row, messages)
        if self._visible is not None and row <= self._visible[0]:
            self._visible = (self._visible[0] + len(messages), self._visible[1] + len(messages))
        below = row + len(messages)
        if below < len(self._messages):  # its day label may go
            self.dataChanged.emit(self.index(below), self.index(below), [ROLE_DAY])

    # -- the window -----------------------------------------------------------------------------
    def _trim_bottom(self, incoming: int = 0) -> None:
        """`incoming` older rows are about to come in at the top: if that takes the window
        past `WINDOW`, drop the newest rows except those on screen and `KEEP_NEAR` below them
        (they come back by paging down). Shrinking to what is near the screen, not just by the
        excess, keeps each page's layout to about a page of rows, however long the window."""
        count = len(self._messages)
        excess = count + incoming - WINDOW
        if excess <= 0:
            return
        first = count - excess if self._visible is None else self._visible[1] + KEEP_NEAR + 1
        if first >= count:
            return
        self._remove(first, count - 1)
        self._has_newer = True
        self._drop_ahead(NEWER)

    def _trim_top(self, incoming: int = 0, window: int = WINDOW) -> None:
        """`incoming` newer rows are about to come in at the bottom (or arrivals came in): if
        that takes the window past `window` rows, drop the oldest rows except those on screen
        and `KEEP_NEAR` above them."""
        excess = len(self._messages) + incoming - window
        if excess <= 0:
            return
        last = excess - 1 if self._visible is None else self._visible[0] - KEEP_NEAR - 1
        if last < 0:
            return
        self._remove(0, last)
        self._has_older = True
        self._drop_ahead(OLDER)
        if self._messages:  # the new first row starts a day (as far as is loaded)
            self.dataChanged.emit(self.index(0), self.index(0), [ROLE_DAY])

    def _remove(self, first: int, last: int) -> None:
        gone = self._messages[first:last + 1]
        self._remove_rows(first, last)
        day_of = self._day_of
        for m in gone:
            day_of.pop(m.id, None)
        if self._visible is not None and last < self._visible[0]:
            count = last - first + 1
            self._visible = (self._visible[0] - count, self._visible[1] - count)

    def show_newest(self) -> None:
        """Go to the newest messages (reading the newest page again if the window is
        elsewhere in the history)."""
        if self._conversation_id is not None and self._has_newer and not self._loading:
            self._reload(lambda v, c: ops.first_page(v, c, FIRST_PAGE)[0][::-1],
                         older=True, newer=False)

    def show_oldest(self) -> None:
        """Go to the beginning of the conversation (its oldest page)."""
        if self._conversation_id is not None and self._has_older and not self._loading:
            self._reload(lambda v, c: newer_page(v, c, None, FIRST_PAGE), older=False,
                         newer=True)

    def _reload(self, read: Callable[[Vault, str], list[Message]], *, older: bool,
                newer: bool) -> None:
        """Replace the window by one page (oldest first) read by `read`; `older`/`newer`: what
        may lie beyond it if the page is full."""
        conversation_id = self._conversation_id
        assert conversation_id is not None
        generation = self._generation

        def done(page: list[Message]) -> None:
            if generation == self._generation:
                self._replace(page, older=older and len(page) == FIRST_PAGE,
                              newer=newer and len(page) == FIRST_PAGE)
                self.page_loaded.emit(0)
        self._set_loading(True)
        self._worker.run(lambda v: read(v, conversation_id), done)

    def _replace(self, oldest_first: list[Message], *, older: bool, newer: bool) -> None:
        """A new window: emptied (a reset, so the view forgets its place), then filled."""
        self._empty(self._conversation_id)
        self._has_older, self._has_newer = older, newer
        if oldest_first:
            self._note_days(oldest_first)
            self._paged = len(oldest_first)
            self._insert_rows(0, list(oldest_first))
        self._set_loading(False)
        self._deferred_refresh()

    def load_through(self, message: Message) -> None:
        """Make `message` one of the rows (to jump to it): at once if it is loaded, else by
        moving the window to it, with a page either side."""
        if message.conversation_id != self._conversation_id:
            return
        if self.row_of(message.id) >= 0:
            self.page_loaded.emit(0)
            return
        generation = self._generation
        self._set_loading(True)
        self._worker.run(lambda v: around(v, message.id, FIRST_PAGE),
                         lambda found: self._around(generation, *found))

    def _around(self, generation: int, older: list[Message], newer: list[Message]) -> None:
        if generation != self._generation:
            return
        if not newer:  # deleted meanwhile: nothing to jump to (and no page_loaded, no loop)
            self._set_loading(False)
            return
        self._replace(older[::-1] + newer, older=len(older) == FIRST_PAGE,
                      newer=len(newer) == FIRST_PAGE + 1)
        self.page_loaded.emit(0)

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
        if self._has_newer and any(m.direction == "out" for m in changes.arrived):
            # Written here while reading far up: show it, as every chat does after sending.
            self.show_newest()
        self._deferred_refresh()

    def _drop_ahead(self, direction: str) -> None:
        """Forget the page read ahead in `direction` (one still wanted is read again)."""
        read = self._ahead.pop(direction, None)
        if read is not None:  # a wanted one is still in flight (shown on landing otherwise)
            read.stale = True

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
            self._note_days([message])
            self._messages[row] = message
            self.dataChanged.emit(self.index(row), self.index(row))

    def _insert_sorted(self, arrived: list[Message]) -> None:
        """Insert each message at its place in the order. One that belongs outside the window
        (above the first row while older history is unloaded, below the last while newer is)
        is left to paging, which brings it in its place (inserting it at the edge would make
        the next page skip what lies between)."""
        runs: list[tuple[int, list[Message]]] = []  # (row in the current list, messages there)
        for m in sorted(arrived, key=ops.order_key):
            row = bisect.bisect_left(self._messages, ops.order_key(m), key=ops.order_key)
            if row < len(self._messages) and self._messages[row].pk == m.pk:
                self._update(m)  # already shown (a page brought it)
                continue
            if row == 0 and self._has_older:
                self._drop_ahead(OLDER)  # it may have been read without this one
                continue
            if row == len(self._messages) and self._has_newer:
                self._drop_ahead(NEWER)
                continue
            if runs and runs[-1][0] == row:
                runs[-1][1].append(m)
            else:
                runs.append((row, [m]))
        shift = 0
        for row, messages in runs:  # ascending rows: earlier insertions shift later ones
            self._insert_at(row + shift, messages)
            shift += len(messages)
        if runs:
            self._trim_top()

    # -- acting on one message --------------------------------------------------------------------
    def retry(self, message_id: str) -> None:
        """Queue a failed message of ours again; its row shows it queued once that is stored."""
        generation = self._generation
        self._worker.run(lambda v: ops.retry_message(v, message_id),
                         lambda m: self._acted(generation, m, removed=False),
                         lambda err: self.action_failed.emit(str(err)))

    def delete_locally(self, message_id: str) -> None:
        """Delete a message from this vault (after the person confirmed it)."""
        generation = self._generation
        self._worker.run(lambda v: ops.delete_locally(v, message_id),
                         lambda m: self._acted(generation, m, removed=True),
                         lambda err: self.action_failed.emit(str(err)))

    def _acted(self, generation: int, message: Message | None, *, removed: bool) -> None:
        if message is None:
            return
        if generation == self._generation:
            row = self._row_of_key(message)
            if row >= 0 and removed:
                self._remove(row, row)
                if row < len(self._messages):  # the next one may start the day now
                    self.dataChanged.emit(self.index(row), self.index(row), [ROLE_DAY])
            elif row >= 0:
                self._update(message)
        self.changed_locally.emit(message.conversation_id)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)


def newer_page(vault: Vault, conversation_id: str, after: ops.Cursor | None,
               limit: int) -> list[Message]:
    """Worker job: the page after `after` (from the beginning if None), oldest first."""
    return Repos.over(vault.db).messages.page_after(conversation_id, after, limit)


def around(vault: Vault, message_id: str, extra: int) -> tuple[list[Message], list[Message]]:
    """Worker job: up to `extra` messages before the message (newest first), and the message
    with up to `extra` after it (oldest first); two empty lists if it is gone."""
    messages = Repos.over(vault.db).messages
    message = messages.get(message_id)
    if message is None:
        return [], []
    key = ops.order_key(message)
    older = messages.page(message.conversation_id, before=key, limit=extra)
    return older, [message, *messages.page_after(message.conversation_id, key, extra)]


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
