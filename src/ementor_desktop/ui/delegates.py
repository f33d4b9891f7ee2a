"""Painting: message bubbles (with day separators, gap notices, states, clickable links), sidebar
rows and search hits. Sizes are cached per message and width, so long histories lay out fast.

Dates and times are written by the view's `QLocale` (day and month names, the order of day and
month, a 12- or 24-hour clock), never by `strftime`. Emoji are drawn with an emoji font where one
is installed (`install_emoji_fonts`), so they are pictures, not empty boxes.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ementor_desktop.domain.models import ConversationSummary, Message, MessageState, SearchHit
from ementor_desktop.ui.models import ROLE_DAY, ROLE_OBJECT, MessageListModel
from ementor_desktop.ui.resources import is_dark

Index = QModelIndex | QPersistentModelIndex
_WRAP = int(Qt.TextFlag.TextWordWrap)
URL_RE = re.compile(r"\b(https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]])", re.IGNORECASE)


# Every string is written out as `translate("Delegates", "…")` so that `make translations`
# (pyside6-lupdate) files it under the context it is looked up in; a helper taking the text as a
# variable would leave it without one, and a translation of it would never be found.
translate = QCoreApplication.translate


def state_label(state: MessageState) -> str:
    return {
        MessageState.QUEUED: translate("Delegates", "Queued – goes out when online"),
        MessageState.ON_RELAY: translate("Delegates", "On relay"),
        MessageState.DELIVERED: translate("Delegates", "Delivered"),
        MessageState.READ: translate("Delegates", "Read"),
        MessageState.FAILED: translate("Delegates", "Not sent"),
        MessageState.RECEIVED: "",
    }[state]


def message_html(body: str) -> str:
    """Escaped text with links made clickable (never raw HTML from the sender)."""
    out: list[str] = []
    last = 0
    for match in URL_RE.finditer(body):
        out.append(html.escape(body[last:match.start()]))
        url = match.group(1)
        out.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        last = match.end()
    out.append(html.escape(body[last:]))
    return "".join(out).replace("\n", "<br>")


# Colour emoji fonts first, then monochrome ones; whichever are installed are used for emoji, in
# this order (Qt finds emoji sequences in any text and draws them with these).
EMOJI_FAMILIES = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji",
                  "Twitter Color Emoji", "JoyPixels", "EmojiOne Color", "OpenMoji Color",
                  "Noto Emoji", "Symbola")


def install_emoji_fonts(available: set[str] | None = None) -> list[str]:
    """Put the emoji fonts found on this system (`available`: the installed families, for
    tests) first in Qt's application-wide emoji font list, in `EMOJI_FAMILIES` order; Qt then
    draws emoji with them wherever text is drawn. Returns the list now used. Idempotent.

    Not a family fallback chain on the widgets' fonts: after a generic family such as "Sans
    Serif", Qt would take the emoji font as the text font (its own spaces and digits)."""
    installed = set(QFontDatabase.families()) if available is None else available
    found = [f for f in EMOJI_FAMILIES if f in installed]
    current = QFontDatabase.applicationEmojiFontFamilies()
    wanted = found + [f for f in current if f not in found]
    if wanted != current:
        QFontDatabase.setApplicationEmojiFontFamilies(wanted)
    return wanted


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def day_label(iso_day: str, locale: QLocale | None = None) -> str:
    """"Today", "Yesterday", or the date in the locale's long form (its day and month names)."""
    day = QDate.fromString(iso_day, Qt.DateFormat.ISODate)
    today = QDate.currentDate()
    if day == today:
        return translate("Delegates", "Today")
    if day == today.addDays(-1):
        return translate("Delegates", "Yesterday")
    return _locale(locale).toString(day, QLocale.FormatType.LongFormat)


def clock_time(ms: int, locale: QLocale | None = None) -> str:
    """The time of day of `ms` in the locale's short form (12- or 24-hour clock)."""
    return _locale(locale).toString(QDateTime.fromMSecsSinceEpoch(ms).time(),
                                    QLocale.FormatType.ShortFormat)


def short_when(ms: int, locale: QLocale | None = None) -> str:
    """A sidebar time: the time today, the day's short name within a week, else day and month
    (in the locale's order), with the year if it is not this year."""
    loc = _locale(locale)
    when = QDateTime.fromMSecsSinceEpoch(ms)
    date, today = when.date(), QDate.currentDate()
    if date == today:
        return loc.toString(when.time(), QLocale.FormatType.ShortFormat)
    if 0 < date.daysTo(today) < 7:
        return loc.dayName(date.dayOfWeek(), QLocale.FormatType.ShortFormat)
    if date.year() != today.year():
        return loc.toString(date, QLocale.FormatType.ShortFormat)
    short = loc.dateFormat(QLocale.FormatType.ShortFormat)
    day_first = short.find("d") < short.find("M")
    return loc.toString(date, "d MMM" if day_first else "MMM d")


def long_when(ms: int, locale: QLocale | None = None) -> str:
    """Date and time in the locale's short form (search results)."""
    return _locale(locale).toString(QDateTime.fromMSecsSinceEpoch(ms),
                                    QLocale.FormatType.ShortFormat)


def _guessed_lines(body: str, per_line: int) -> int:
    """How many lines `body` takes at `per_line` characters a line, from its length alone."""
    if "\n" in body:
        return sum((len(part) + per_line - 1) // per_line or 1 for part in body.split("\n"))
    return (len(body) + per_line - 1) // per_line or 1


class _Colours:
    def __init__(self, palette: QPalette) -> None:
        dark = is_dark()
        self.out_bubble = QColor("#24493f" if dark else "#d9f0e8")
        self.in_bubble = QColor("#262d31" if dark else "#eef1f3")
        self.text = palette.color(QPalette.ColorRole.Text)
        self.muted = QColor("#9aa6ad" if dark else "#5f6b73")
        self.failed = QColor("#f2b8b5" if dark else "#b3261e")
        self.gap = QColor("#e0a100")
        self.link = palette.color(QPalette.ColorRole.Link)
        self.select = palette.color(QPalette.ColorRole.Highlight)
        self.badge = QColor("#2f7d6d" if not dark else "#3a9a86")


class MessageDelegate(QStyledItemDelegate):
    """Message bubbles. A row's exact height needs its text shaped (tens of microseconds a
    message), so only rows the view is about to show are measured (`row_height`); any other row
    is given a height guessed from its length, which costs next to nothing. A long history then
    scrolls past thousands of rows nobody looks at without shaping them; the view measures what
    comes on screen and lays out again when a guess it used was wrong (`is_stale`)."""

    PAD_X, PAD_Y, MARGIN_X, MARGIN_Y = 12, 8, 14, 3
    DAY_H, GAP_H, META_GAP = 34, 26, 3
    MAX_FRACTION = 0.72

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # message id -> (view width, text width, text height, row height without the day and
        # gap labels): one entry per message, so resizing the window through many widths never
        # multiplies the cache
        self._sizes: dict[str, tuple[int, int, int, int]] = {}
        # message id -> (view width, row height) given to a layout as a guess
        self._guesses: dict[str, tuple[int, int]] = {}
        # message id -> (view width, row height): measured or guessed, what layouts read
        self._heights: dict[str, tuple[int, int]] = {}
        self._hint_width = 0
        self._hints: dict[int, QSize] = {}  # row height -> size hint at `_hint_width`
        # Every row's size hint, worked out in one pass when a layout asks for the first row
        # (see `sizeHint`); dropped whenever a row, its day label or its height may change.
        self._table: list[QSize] | None = None
        self._table_width = 0
        self._may_build = False  # a layout is starting: the next row asked for builds it
        # rows measured since the last layout unlike the guess it used for them
        self._stale: set[str] = set()
        self.layout_width = 0  # the width the last layout asked for
        self._docs: OrderedDict[tuple[str, int], QTextDocument] = OrderedDict()
        self._font_metrics: dict[tuple[str, float, object], QFontMetrics] = {}
        self._font: tuple[float, int, int] | None = None  # char width, line height, fixed part
        self._per_line: dict[int, int] = {}  # view width -> characters a line holds (a guess)
        self._model: MessageListModel | None = None
        self._colours_for: tuple[tuple[int, bool], _Colours] | None = None
        self._metas: dict[tuple[str, MessageState, str], str] = {}  # time and state, painted
        install_emoji_fonts()

    def set_model(self, model: MessageListModel | None) -> None:
        """The view's model: rows are read from it directly (sizes are asked for every row of
        every layout)."""
        self._model = model
        self._table = None
        if model is not None:  # any change to the rows: the table of size hints is out of date
            for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                           model.modelReset, model.layoutChanged, model.dataChanged):
                signal.connect(self._drop_table)

    def _drop_table(self, *_args: object) -> None:
        self._table = None

    def clear_cache(self) -> None:
        """Forget measured sizes and documents (a new conversation, or the font changed)."""
        self._sizes.clear()
        self._guesses.clear()
        self._heights.clear()
        self._metas.clear()
        self._docs.clear()
        self._font = None
        self._per_line.clear()
        self._stale.clear()
        self._table = None

    def forget(self, message_ids: list[str]) -> None:
        """Messages left the model (its window moved on, or one was deleted): drop their
        sizes, so the cache never outgrows what is loaded."""
        sizes, guesses, heights = self._sizes, self._guesses, self._heights
        self._table = None
        for message_id in message_ids:
            sizes.pop(message_id, None)
            guesses.pop(message_id, None)
            heights.pop(message_id, None)
        if len(self._metas) > 2 * len(sizes) + 1000:  # states come and go: prune now and then
            keep = set(sizes)
            self._metas = {k: v for k, v in self._metas.items() if k[0] in keep}
        self._stale.difference_update(message_ids)

    # -- geometry -----------------------------------------------------------------------------
    def _max_text_width(self, view_width: int) -> int:
        return max(120, int(view_width * self.MAX_FRACTION) - 2 * self.PAD_X)

    def _doc(self, msg: Message, text_width: int, font: QFont) -> QTextDocument:
        key = (msg.id, text_width)
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
            return doc
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setHtml(message_html(msg.body))
        doc.setTextWidth(text_width)
        ideal = min(text_width, int(doc.idealWidth()) + 1)
        doc.setTextWidth(ideal)
        self._docs[key] = doc
        if len(self._docs) > 400:
            self._docs.popitem(last=False)
        return doc

    def _meta(self, msg: Message, locale: QLocale | None = None) -> str:
        locale = _locale(locale)
        key = (msg.id, msg.state, locale.name())
        meta = self._metas.get(key)
        if meta is None:  # the time through the locale is slow: once per message and state
            time = clock_time(msg.sent_at, locale)
            label = state_label(msg.state) if msg.direction == "out" else ""
            meta = self._metas[key] = f"{time} · {label}" if label else time
        return meta

    def _text_size(self, msg: Message, view_width: int, font: QFont) -> QSize:
        cached = self._sizes.get(msg.id)
        if cached is None or cached[0] != view_width:
            cached = self._measure(msg, view_width, font)
        return QSize(cached[1], cached[2])

    def _font_parts(self, font: QFont) -> tuple[float, int, int]:
        """(average character width, line height, height of a row besides its text) for the
        view's font, read once (the view clears the cache when its font changes)."""
        parts = self._font
        if parts is None:
            fm = self._metrics(font)
            fixed = 2 * self.PAD_Y + self.META_GAP + self._small_metrics(font).height() \
                + 2 * self.MARGIN_Y
            parts = self._font = (max(1.0, float(fm.averageCharWidth())), fm.lineSpacing(),
                                  fixed)
        return parts

    def _measure(self, msg: Message, view_width: int,
                 font: QFont) -> tuple[int, int, int, int]:
        """(view width, text width, text height, row height without day and gap labels): one
        shaping pass per message and width; documents are built only when painted."""
        text_width = self._max_text_width(view_width)
        rect = self._metrics(font).boundingRect(QRect(0, 0, text_width, 1_000_000),
                                                _WRAP, msg.body)
        height = rect.height()
        row_height = height + self._font_parts(font)[2]
        sizes = self._sizes[msg.id] = (view_width, min(text_width, rect.width() + 2), height,
                                       row_height)
        self._heights[msg.id] = (view_width, row_height)
        self._table = None
        guess = self._guesses.pop(msg.id, None)
        if guess is not None and guess[0] == view_width and guess[1] != row_height:
            self._stale.add(msg.id)
        return sizes

    def _guess(self, msg: Message, view_width: int, font: QFont) -> int:
        """A row height from the text's length alone (no shaping); remembered, so measuring
        the row later tells whether the layout that used it must be redone."""
        _, line_h, fixed = self._font_parts(font)
        height = _guessed_lines(msg.body, self._chars_per_line(view_width, font)) * line_h + fixed
        self._guesses[msg.id] = self._heights[msg.id] = (view_width, height)
        return height

    def _chars_per_line(self, view_width: int, font: QFont) -> int:
        """How many characters a line of a bubble holds at `view_width` (a guess)."""
        per_line = self._per_line.get(view_width)
        if per_line is None:
            char_w = self._font_parts(font)[0]
            per_line = self._per_line[view_width] = \
                max(1, int(self._max_text_width(view_width) / char_w))
        return per_line

    @property
    def layout_stale(self) -> bool:
        """Some row was measured unlike the guess the last layout used for it."""
        return bool(self._stale)

    def is_stale(self, msg: Message | None) -> bool:
        """The last layout used a guess for `msg` that its measured size does not match."""
        return msg is not None and msg.id in self._stale

    def layout_starting(self) -> None:
        """A layout is about to ask for every row's size: what is measured, it will use (and
        the first row it asks for works out all of them, see `sizeHint`)."""
        self._stale.clear()
        self._may_build = True

    def is_measured(self, msg: Message, view_width: int) -> bool:
        cached = self._sizes.get(msg.id)
        return cached is not None and cached[0] == view_width

    def row_height(self, model: MessageListModel, row: int, view_width: int,
                   font: QFont) -> int:
        """The exact height of `row` at `view_width`, measuring it if it is not yet (after
        which `is_stale` tells whether the last layout used a different guess for it)."""
        msg = model.message(row)
        if msg is None:
            return 0
        cached = self._sizes.get(msg.id)
        if cached is None or cached[0] != view_width:
            cached = self._measure(msg, view_width, font)
        height = cached[3]
        if model.starts_day(row):
            height += self.DAY_H
        if msg.gap_before > 0:
            height += self.GAP_H
        return height

    def _metrics(self, font: QFont) -> QFontMetrics:
        key = (font.family(), font.pointSizeF(), font.weight())
        fm = self._font_metrics.get(key)
        if fm is None:
            fm = self._font_metrics[key] = QFontMetrics(font)
        return fm

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Called for every row of every layout (a page of rows each time a page comes in):
        # Qt calls it across the Python boundary once per row, so it only looks the row up in
        # the table the layout's first call built (one pass over the rows in Python, a fraction
        # of the cost of working out each row in its own call).
        width = option.rect.width()
        table = self._table
        if table is not None and width == self._table_width:  # (so == `layout_width`)
            row = index.row()
            if 0 <= row < len(table):
                return table[row]
        return self._size_hint(option, index, width)

    def _size_hint(self, option: QStyleOptionViewItem, index: Index, width: int) -> QSize:
        model = self._model
        if width > 0:
            self.layout_width = width
            if width != self._table_width:
                self._table = None  # laid out at another width now
            if self._may_build and model is not None:
                self._may_build = False
                table = self._table = self._build_table(model, width, option.font)
                self._table_width = width
                row = index.row()
                if 0 <= row < len(table):
                    return table[row]
        else:  # asked outside a layout (the scroll step, a test): as laid out
            width = self.layout_width or 600
        if model is None:
            msg = index.data(ROLE_OBJECT)
            day = bool(index.data(ROLE_DAY))
        else:
            msg, day = model.layout_row(index.row())
        if msg is None:
            return QSize(0, 0)
        known = self._heights.get(msg.id)
        height = known[1] if known is not None and known[0] == width else \
            self._guess(msg, width, option.font)
        if day:
            height += self.DAY_H
        if msg.gap_before > 0:
            height += self.GAP_H
        return self._hint(width, height)

    def _hint(self, width: int, height: int) -> QSize:
        """A shared size object for `height` at `width` (a layout holds one per row)."""
        hints = self._hints_at(width)
        hint = hints.get(height)
        if hint is None:
            hint = hints[height] = QSize(width, height)
        return hint

    def _hints_at(self, width: int) -> dict[int, QSize]:
        """The shared size objects at `width`, by row height."""
        if width != self._hint_width:
            self._hint_width = width
            self._hints = {}
        return self._hints

    def _build_table(self, model: MessageListModel, width: int, font: QFont) -> list[QSize]:
        """Every row's size hint at `width`, as `_size_hint` works out one row's (the guess of
        `_guess` done here in the loop: most rows of a page are guessed, once each)."""
        messages, starts = model.layout_rows()
        heights, guesses = self._heights, self._guesses
        hints = self._hints_at(width)
        _, line_h, fixed = self._font_parts(font)
        per_line = self._chars_per_line(width, font)
        day_h, gap_h = self.DAY_H, self.GAP_H
        table: list[QSize] = []
        append = table.append
        for msg, starts_day in zip(messages, starts, strict=True):
            known = heights.get(msg.id)
            if known is not None and known[0] == width:
                height = known[1]
            else:
                height = _guessed_lines(msg.body, per_line) * line_h + fixed
                guesses[msg.id] = heights[msg.id] = (width, height)
            if starts_day:
                height += day_h
            if msg.gap_before > 0:
                height += gap_h
            hint = hints.get(height)
            if hint is None:
                hint = hints[height] = QSize(width, height)
            append(hint)
        return table

    @staticmethod
    def _small_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.82))
        return small

    def _small_metrics(self, font: QFont) -> QFontMetrics:
        return self._metrics(self._small_font(font))

    def _colours(self, palette: QPalette) -> _Colours:
        key = (palette.cacheKey(), is_dark())
        if self._colours_for is None or self._colours_for[0] != key:
            self._colours_for = (key, _Colours(palette))
        return self._colours_for[1]

    def _bubble_rect(self, option: QStyleOptionViewItem, index: Index, msg: Message,
                     meta: str | None = None, day: bool | None = None) -> tuple[QRect, int]:
        rect = option.rect
        top = rect.top() + self.MARGIN_Y
        if index.data(ROLE_DAY) if day is None else day:
            top += self.DAY_H
        if msg.gap_before > 0:
            top += self.GAP_H
        text = self._text_size(msg, rect.width(), option.font)
        small = self._small_metrics(option.font)
        if meta is None:
            meta = self._meta(msg, option.locale)
        meta_w = small.horizontalAdvance(meta) + 4
        width = max(text.width(), meta_w) + 2 * self.PAD_X
        height = text.height() + 2 * self.PAD_Y + self.META_GAP + small.height()
        if msg.direction == "out":
            left = rect.right() - self.MARGIN_X - width
        else:
            left = rect.left() + self.MARGIN_X
        return QRect(left, top, width, height), text.width()

    # -- painting -----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model, row = self._model, index.row()
        msg: Message | None
        if model is None:  # through the index (each data() goes through Qt and back)
            msg = index.data(ROLE_OBJECT)
            day = index.data(ROLE_DAY)
        else:  # read the model directly, as the layout does
            msg, starts_day = model.layout_row(row)
            day = model.day_starting_at(row) if starts_day else None
        if msg is None:
            return
        colours = self._colours(option.palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        y = rect.top() + self.MARGIN_Y
        small = self._small_font(option.font)
        small_h = self._metrics(small).height()
        meta = self._meta(msg, option.locale)
        if day:
            painter.setFont(small)
            painter.setPen(colours.muted)
            painter.drawText(QRect(rect.left(), y, rect.width(), self.DAY_H),
                             int(Qt.AlignmentFlag.AlignCenter), day_label(day, option.locale))
            y += self.DAY_H
        if msg.gap_before > 0:
            painter.setFont(small)
            painter.setPen(colours.gap)
            text = translate("Delegates", "{count} earlier message(s) from this contact are "
                             "missing").format(count=msg.gap_before)
            painter.drawText(QRect(rect.left(), y, rect.width(), self.GAP_H),
                             int(Qt.AlignmentFlag.AlignCenter), "⚠ " + text)
        bubble, _ = self._bubble_rect(option, index, msg, meta, bool(day))
        fill = colours.out_bubble if msg.direction == "out" else colours.in_bubble
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(bubble), 10, 10)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(colours.select)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(bubble).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        if "://" in msg.body:  # links: a rich-text document, so they can be clicked
            doc = self._doc(msg, self._max_text_width(rect.width()), option.font)
            painter.translate(bubble.left() + self.PAD_X, bubble.top() + self.PAD_Y)
            ctx = doc.documentLayout().PaintContext()
            ctx.palette.setColor(QPalette.ColorRole.Text, colours.text)
            ctx.palette.setColor(QPalette.ColorRole.Link, colours.link)
            doc.documentLayout().draw(painter, ctx)
            painter.translate(-(bubble.left() + self.PAD_X), -(bubble.top() + self.PAD_Y))
        else:  # plain text: the same wrapping the size was measured with, and much faster
            size = self._text_size(msg, rect.width(), option.font)
            painter.setFont(option.font)
            painter.setPen(colours.text)
            painter.drawText(QRect(bubble.left() + self.PAD_X, bubble.top() + self.PAD_Y,
                                   size.width(), size.height()),
                             int(Qt.TextFlag.TextWordWrap), msg.body)
        painter.setFont(small)
        painter.setPen(colours.failed if msg.state is MessageState.FAILED else colours.muted)
        meta_rect = QRect(bubble.left() + self.PAD_X, bubble.bottom() - self.PAD_Y - small_h + 2,
                          bubble.width() - 2 * self.PAD_X, small_h)
        painter.drawText(meta_rect, int(Qt.AlignmentFlag.AlignRight
                                        | Qt.AlignmentFlag.AlignVCenter), meta)
        painter.restore()

    def link_at(self, option: QStyleOptionViewItem, index: Index, pos: QPointF) -> str:
        msg: Message | None = index.data(ROLE_OBJECT)
        if msg is None or "://" not in msg.body:
            return ""
        bubble, _ = self._bubble_rect(option, index, msg)
        doc = self._doc(msg, self._max_text_width(option.rect.width()), option.font)
        local = pos - QPointF(bubble.left() + self.PAD_X, bubble.top() + self.PAD_Y)
        return str(doc.documentLayout().anchorAt(local))

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem,
                    index: Index) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton:
            href = self.link_at(option, index, event.position())
            if href.startswith(("http://", "https://")):
                QDesktopServices.openUrl(QUrl(href))
                return True
        return super().editorEvent(event, model, option, index)


class ConversationDelegate(QStyledItemDelegate):
    """Sidebar row: name and time; last message preview; unread badge; queued/failed marker."""

    HEIGHT_PAD = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_emoji_fonts()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, 2 * fm.height() + 2 * self.HEIGHT_PAD + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: ConversationSummary | None = index.data(ROLE_OBJECT)
        if row is None:
            return
        colours = _Colours(option.palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(6, 2, -6, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.select)
            painter.drawRoundedRect(QRectF(rect), 8, 8)
        text_colour = option.palette.color(QPalette.ColorRole.HighlightedText) if selected \
            else colours.text
        muted = text_colour if selected else colours.muted
        inner = rect.adjusted(10, self.HEIGHT_PAD - 2, -10, -self.HEIGHT_PAD + 2)
        bold = QFont(option.font)
        bold.setBold(True)
        fm_bold = QFontMetrics(bold)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.88)
        fm_small = QFontMetrics(small)
        conv = row.conversation
        when = conv.last_message_at or conv.created_at
        time_text = short_when(when, option.locale)
        time_w = fm_small.horizontalAdvance(time_text)
        painter.setFont(small)
        painter.setPen(muted)
        line1 = QRect(inner.left(), inner.top(), inner.width(), fm_bold.height())
        painter.drawText(line1, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         time_text)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name = fm_bold.elidedText(row.contact_name, Qt.TextElideMode.ElideRight,
                                  inner.width() - time_w - 8)
        painter.drawText(line1, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         name)
        line2 = QRect(inner.left(), line1.bottom() + 4, inner.width(), fm_small.height() + 2)
        right = line2.right()
        if conv.unread_count:
            badge_text = str(conv.unread_count) if conv.unread_count < 1000 else "999+"
            bw = max(fm_small.height() + 2, fm_small.horizontalAdvance(badge_text) + 10)
            badge = QRect(right - bw, line2.top(), bw, fm_small.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff") if selected else colours.badge)
            painter.drawRoundedRect(QRectF(badge), badge.height() / 2, badge.height() / 2)
            painter.setPen(colours.badge if selected else QColor("#ffffff"))
            painter.setFont(small)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), badge_text)
            right = badge.left() - 6
        marker = ""
        if row.failed_count:
            marker = translate("Delegates", "not sent")
            painter.setPen(text_colour if selected else colours.failed)
        elif row.pending_count:
            marker = translate("Delegates", "queued")
            painter.setPen(muted)
        painter.setFont(small)
        if marker:
            mw = fm_small.horizontalAdvance(marker)
            painter.drawText(QRect(right - mw, line2.top(), mw, line2.height()),
                             int(Qt.AlignmentFlag.AlignVCenter), marker)
            right -= mw + 8
        preview = (row.last_body or "").replace("\n", " ")
        if row.last_direction == "out" and preview:
            preview = translate("Delegates", "You: ") + preview
        if not preview:
            preview = translate("Delegates", "No messages yet")
        painter.setPen(muted)
        preview = fm_small.elidedText(preview, Qt.TextElideMode.ElideRight,
                                      max(0, right - line2.left()))
        painter.drawText(QRect(line2.left(), line2.top(), right - line2.left(), line2.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), preview)
        painter.restore()


def snippet_html(hit: SearchHit, mark: str) -> str:
    text = html.escape(hit.snippet.replace("\n", " "))
    start, end = html.escape(SearchHit.HIT_START), html.escape(SearchHit.HIT_END)
    return (text.replace(start, f'<span style="background:{mark}; font-weight:600">')
            .replace(end, "</span>"))


class SearchHitDelegate(QStyledItemDelegate):
    """A search result: who and when on the first line, the passage with matches highlighted."""

    PAD = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_emoji_fonts()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, 2 * fm.height() + 2 * self.PAD + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit: SearchHit | None = index.data(ROLE_OBJECT)
        if hit is None:
            return
        colours = _Colours(option.palette)
        painter.save()
        rect = option.rect.adjusted(4, 2, -4, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.in_bubble)
            painter.drawRoundedRect(QRectF(rect), 6, 6)
        inner = rect.adjusted(self.PAD, self.PAD - 2, -self.PAD, -self.PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        fm = QFontMetrics(bold)
        painter.setFont(bold)
        painter.setPen(colours.text)
        when = long_when(hit.message.sent_at, option.locale)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft), hit.contact_name)
        painter.setFont(option.font)
        painter.setPen(colours.muted)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), fm.height()),
                         int(Qt.AlignmentFlag.AlignRight), when)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        mark = "#7a5d00" if is_dark() else "#ffe08a"
        doc.setHtml(snippet_html(hit, mark))
        no_wrap = doc.defaultTextOption()
        no_wrap.setWrapMode(no_wrap.WrapMode.NoWrap)
        doc.setDefaultTextOption(no_wrap)
        painter.translate(inner.left(), inner.top() + fm.height() + 4)
        painter.setClipRect(QRect(0, 0, inner.width(), int(doc.size().height()) + 1))
        ctx = doc.documentLayout().PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, colours.text)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
