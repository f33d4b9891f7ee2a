"""Painting: message bubbles (with day separators, gap notices, states, clickable links), sidebar
rows and search hits. Sizes are cached per message and width, so long histories lay out fast."""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
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
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ementor_desktop.domain.models import ConversationSummary, Message, MessageState, SearchHit
from ementor_desktop.ui.models import ROLE_DAY, ROLE_OBJECT, MessageListModel, local_time
from ementor_desktop.ui.resources import is_dark

Index = QModelIndex | QPersistentModelIndex
URL_RE = re.compile(r"\b(https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]])", re.IGNORECASE)


def tr(text: str) -> str:
    return QCoreApplication.translate("Delegates", text)


def state_label(state: MessageState) -> str:
    return {
        MessageState.QUEUED: tr("Queued – goes out when online"),
        MessageState.ON_RELAY: tr("On relay"),
        MessageState.DELIVERED: tr("Delivered"),
        MessageState.READ: tr("Read"),
        MessageState.FAILED: tr("Not sent"),
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


def day_label(iso_day: str) -> str:
    import datetime as dt

    day = dt.date.fromisoformat(iso_day)
    today = dt.date.today()
    if day == today:
        return tr("Today")
    if day == today - dt.timedelta(days=1):
        return tr("Yesterday")
    return day.strftime("%A %d %B %Y")


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
    PAD_X, PAD_Y, MARGIN_X, MARGIN_Y = 12, 8, 14, 3
    DAY_H, GAP_H, META_GAP = 34, 26, 3
    MAX_FRACTION = 0.72

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # message id -> (view width, text width, text height): one entry per message, so
        # resizing the window through many widths never multiplies the cache
        self._sizes: dict[str, tuple[int, int, int]] = {}
        self._docs: OrderedDict[tuple[str, int], QTextDocument] = OrderedDict()
        self._font_metrics: dict[tuple[str, float, object], QFontMetrics] = {}
        self._meta_heights: dict[tuple[str, float, object], int] = {}

    def clear_cache(self) -> None:
        self._sizes.clear()
        self._docs.clear()

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

    def _meta(self, msg: Message) -> str:
        time = local_time(msg.sent_at).strftime("%H:%M")
        if msg.direction == "out":
            label = state_label(msg.state)
            return f"{time} · {label}" if label else time
        return time

    def _text_size(self, msg: Message, view_width: int, font: QFont) -> QSize:
        cached = self._sizes.get(msg.id)
        if cached is not None and cached[0] == view_width:
            return QSize(cached[1], cached[2])
        text_width = self._max_text_width(view_width)
        # One shaping pass per message and width; documents are built only when painted.
        rect = self._metrics(font).boundingRect(QRect(0, 0, text_width, 1_000_000),
                                                int(Qt.TextFlag.TextWordWrap), msg.body)
        width, height = min(text_width, rect.width() + 2), rect.height()
        self._sizes[msg.id] = (view_width, width, height)
        return QSize(width, height)

    def _metrics(self, font: QFont) -> QFontMetrics:
        key = (font.family(), font.pointSizeF(), font.weight())
        fm = self._font_metrics.get(key)
        if fm is None:
            fm = self._font_metrics[key] = QFontMetrics(font)
        return fm

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Called once per row on every layout: read the model directly, not through data().
        model = index.model()
        row = index.row()
        if isinstance(model, MessageListModel):
            msg = model.message(row)
            day = model.day_starting_at(row) if msg is not None else None
        else:
            msg, day = index.data(ROLE_OBJECT), index.data(ROLE_DAY)
        if msg is None:
            return QSize(0, 0)
        width = option.rect.width() or 600
        font = option.font
        text = self._text_size(msg, width, font)
        key = (font.family(), font.pointSizeF(), font.weight())
        meta_h = self._meta_heights.get(key)
        if meta_h is None:
            meta_h = self._meta_heights[key] = self._small_metrics(font).height()
        height = text.height() + 2 * self.PAD_Y + self.META_GAP + meta_h + 2 * self.MARGIN_Y
        if day:
            height += self.DAY_H
        if msg.gap_before > 0:
            height += self.GAP_H
        return QSize(width, height)

    @staticmethod
    def _small_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.82))
        return small

    def _small_metrics(self, font: QFont) -> QFontMetrics:
        return self._metrics(self._small_font(font))

    def _bubble_rect(self, option: QStyleOptionViewItem, index: Index,
                     msg: Message) -> tuple[QRect, int]:
        rect = option.rect
        top = rect.top() + self.MARGIN_Y
        if index.data(ROLE_DAY):
            top += self.DAY_H
        if msg.gap_before > 0:
            top += self.GAP_H
        text = self._text_size(msg, rect.width(), option.font)
        small = self._small_metrics(option.font)
        meta_w = small.horizontalAdvance(self._meta(msg)) + 4
        width = max(text.width(), meta_w) + 2 * self.PAD_X
        height = text.height() + 2 * self.PAD_Y + self.META_GAP + small.height()
        if msg.direction == "out":
            left = rect.right() - self.MARGIN_X - width
        else:
            left = rect.left() + self.MARGIN_X
        return QRect(left, top, width, height), text.width()

    # -- painting -----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        msg: Message | None = index.data(ROLE_OBJECT)
        if msg is None:
            return
        colours = _Colours(option.palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        y = rect.top() + self.MARGIN_Y
        small = self._small_font(option.font)
        day = index.data(ROLE_DAY)
        if day:
            painter.setFont(small)
            painter.setPen(colours.muted)
            painter.drawText(QRect(rect.left(), y, rect.width(), self.DAY_H),
                             int(Qt.AlignmentFlag.AlignCenter), day_label(day))
            y += self.DAY_H
        if msg.gap_before > 0:
            painter.setFont(small)
            painter.setPen(colours.gap)
            text = tr("{count} earlier message(s) from this contact are missing").format(
                count=msg.gap_before)
            painter.drawText(QRect(rect.left(), y, rect.width(), self.GAP_H),
                             int(Qt.AlignmentFlag.AlignCenter), "⚠ " + text)
        bubble, _ = self._bubble_rect(option, index, msg)
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
        meta_rect = QRect(bubble.left() + self.PAD_X, bubble.bottom() - self.PAD_Y
                          - QFontMetrics(small).height() + 2,
                          bubble.width() - 2 * self.PAD_X, QFontMetrics(small).height())
        painter.drawText(meta_rect, int(Qt.AlignmentFlag.AlignRight
                                        | Qt.AlignmentFlag.AlignVCenter), self._meta(msg))
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
        time_text = _short_time(when)
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
            marker = tr("not sent")
            painter.setPen(text_colour if selected else colours.failed)
        elif row.pending_count:
            marker = tr("queued")
            painter.setPen(muted)
        painter.setFont(small)
        if marker:
            mw = fm_small.horizontalAdvance(marker)
            painter.drawText(QRect(right - mw, line2.top(), mw, line2.height()),
                             int(Qt.AlignmentFlag.AlignVCenter), marker)
            right -= mw + 8
        preview = (row.last_body or "").replace("\n", " ")
        if row.last_direction == "out" and preview:
            preview = tr("You: ") + preview
        if not preview:
            preview = tr("No messages yet")
        painter.setPen(muted)
        preview = fm_small.elidedText(preview, Qt.TextElideMode.ElideRight,
                                      max(0, right - line2.left()))
        painter.drawText(QRect(line2.left(), line2.top(), right - line2.left(), line2.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), preview)
        painter.restore()


def _short_time(ms: int) -> str:
    import datetime as dt

    when = local_time(ms)
    now = dt.datetime.now().astimezone()
    if when.date() == now.date():
        return when.strftime("%H:%M")
    if (now.date() - when.date()).days < 7:
        return when.strftime("%a")
    return when.strftime("%d %b")


def snippet_html(hit: SearchHit, mark: str) -> str:
    text = html.escape(hit.snippet.replace("\n", " "))
    start, end = html.escape(SearchHit.HIT_START), html.escape(SearchHit.HIT_END)
    return (text.replace(start, f'<span style="background:{mark}; font-weight:600">')
            .replace(end, "</span>"))


class SearchHitDelegate(QStyledItemDelegate):
    """A search result: who and when on the first line, the passage with matches highlighted."""

    PAD = 8

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
        when = local_time(hit.message.sent_at).strftime("%d %b %Y %H:%M")
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
