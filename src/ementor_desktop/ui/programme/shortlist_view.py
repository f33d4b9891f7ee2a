"""A participant's shortlist (issue 13, docs/protocol.md Part 4 §6 and §7): in a programme that
ranks, the candidates in the participant's order, moved with "Move up" and "Move down" (keys
too) and sent with "Send my ranking"; in a self-service programme (a mentee), each mentor with
why they were suggested, and a Request button with an optional note sealed to them.

It calls no service: `rankingSent` and `requestSent` are signals, and the lead says what
happened with `show_message` (one plain sentence). Names, headlines and the coordinator's
explanations come from other people: every label is plain text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.programme_ranking import HeldShortlist
from ementor_desktop.domain.programme_selfservice import ShortlistView as RequestList
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.ui.programme.common import (
    CRITERION_NAMES,
    PAGE_STYLE,
    ms_text,
    name_of,
    plain_label,
    points,
)

#: A request's state as the mentee who sent it reads it (Part 4 §7).
REQUEST_STATES: dict[str, object] = {
    "sent": QT_TRANSLATE_NOOP("Programme", "Request sent: it reaches the mentor through the "
                              "coordinator."),
    "open": QT_TRANSLATE_NOOP("Programme", "Request with the mentor."),
    "asked": QT_TRANSLATE_NOOP("Programme", "The mentor asked you something."),
    "answered": QT_TRANSLATE_NOOP("Programme", "You answered; the mentor decides."),
    "accepting": QT_TRANSLATE_NOOP("Programme", "Accepted; the coordinator confirms."),
    "accepted": QT_TRANSLATE_NOOP("Programme", "Accepted: you are matched."),
    "full": QT_TRANSLATE_NOOP("Programme", "The mentor has no place left."),
    "declined": QT_TRANSLATE_NOOP("Programme", "Declined."),
    "cancelled": QT_TRANSLATE_NOOP("Programme", "Cancelled."),
    "expired": QT_TRANSLATE_NOOP("Programme", "Expired without an answer."),
    "closed": QT_TRANSLATE_NOOP("Programme", "Closed."),
}


def why_lines(criteria: Sequence[Mapping[str, Any]]) -> list[str]:
    """Each criterion of a candidate as a line: its name, points of its weight, and the
    coordinator's detail (plain text, as it came)."""
    lines = []
    for c in criteria:
        contribution, weight = c.get("contribution_milli"), c.get("weight_milli")
        line = Q.translate("Programme", "{criterion}: {points} of {weight}").format(
            criterion=name_of(CRITERION_NAMES, str(c.get("name", ""))),
            points=points(contribution if isinstance(contribution, int) else 0),
            weight=points(weight if isinstance(weight, int) else 0))
        detail = c.get("detail")
        if isinstance(detail, str) and detail:
            line += " — " + clean_name(detail)
        lines.append(line)
    return lines


def score_line(score: object, top: object) -> str:
    return Q.translate("Programme", "Score {score} of {top}").format(
        score=points(score if isinstance(score, int) else 0),
        top=points(top if isinstance(top, int) else 0))


class CandidateBox(QFrame):
    """One mentor of a self-service shortlist: who, why, and Request with a note."""

    def __init__(self, candidate: str, name: str, headline: str, why: Sequence[str],
                 state: str | None, expired: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeCard")
        self.candidate = candidate
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        self.name = plain_label(name, self, object_name="sectionTitle")
        self.name.setAccessibleName(name)
        layout.addWidget(self.name)
        self.headline = plain_label(headline, self)
        self.headline.setVisible(bool(headline))
        layout.addWidget(self.headline)
        self.why = plain_label("\n".join(why), self, object_name="hint", selectable=True)
        self.why.setAccessibleName(self.tr("Why {name} was suggested").format(name=name))
        layout.addWidget(self.why)
        self.state = plain_label(name_of(REQUEST_STATES, state) if state else "", self)
        self.state.setVisible(bool(state))
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.note = QLineEdit(self)
        self.note.setMaxLength(2000)
        self.note.setPlaceholderText(self.tr("A note to them (optional; the coordinator cannot "
                                             "read it)"))
        self.note.setAccessibleName(self.tr("Note to {name} (optional)").format(name=name))
        self.request_button = QPushButton(self.tr("&Request"), self)
        self.request_button.setAccessibleName(self.tr("Request {name}").format(name=name))
        self.request_button.setAutoDefault(False)
        row.addWidget(self.note, 1)
        row.addWidget(self.request_button)
        layout.addLayout(row)
        can_ask = state is None and not expired
        self.note.setEnabled(can_ask)
        self.request_button.setEnabled(can_ask)


class ShortlistPanel(QWidget):
    rankingSent = Signal(list)  # candidate ids, best first
    requestSent = Signal(str, str)  # candidate id, note ("" for none)

    RANK, REQUEST = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PAGE_STYLE)
        self.held: HeldShortlist | None = None
        self.boxes: dict[str, CandidateBox] = {}
        layout = QVBoxLayout(self)
        self.title = plain_label(self.tr("My shortlist"), self, object_name="programmeTitle")
        self.title.setAccessibleName(self.title.text())
        layout.addWidget(self.title)
        self.status = plain_label("", self, object_name="hint")
        layout.addWidget(self.status)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)

        # ranking: the list in the participant's order, and what the selected one scored
        rank = QWidget(self.stack)
        rank_layout = QVBoxLayout(rank)
        rank_layout.setContentsMargins(0, 0, 0, 0)
        rank_layout.addWidget(plain_label(self.tr(
            "Put the candidates in the order you prefer, best first, then send your ranking. "
            "The coordinator takes the latest ranking you send before the shortlist expires."),
            rank))
        middle = QHBoxLayout()
        self.ranking = QListWidget(rank)
        self.ranking.setAccessibleName(self.tr("Your ranking, best first"))
        middle.addWidget(self.ranking, 1)
        moves = QVBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"), rank)
        self.up_button.setAccessibleName(self.tr("Move the chosen candidate up"))
        self.down_button = QPushButton(self.tr("Move &down"), rank)
        self.down_button.setAccessibleName(self.tr("Move the chosen candidate down"))
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        middle.addLayout(moves)
        rank_layout.addLayout(middle, 1)
        self.detail = plain_label("", rank, selectable=True)
        self.detail.setAccessibleName(self.tr("Why the chosen candidate is on your shortlist"))
        rank_layout.addWidget(self.detail)
        self.send_button = QPushButton(self.tr("&Send my ranking"), rank)
        self.send_button.setAccessibleName(self.tr("Send my ranking to the coordinator"))
        self.send_button.setObjectName("primary")
        rank_layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignRight)
        self.stack.addWidget(rank)

        # self-service: one box per mentor
        self.area = QScrollArea(self.stack)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.stack.addWidget(self.area)
        self._boxes_widget = QWidget()
        self._boxes = QVBoxLayout(self._boxes_widget)
        self._boxes.addStretch(1)
        self.area.setWidget(self._boxes_widget)

        self.message = plain_label("", self, object_name="hint")
        self.message.hide()
        layout.addWidget(self.message)
        for button in (self.up_button, self.down_button, self.send_button):
            button.setAutoDefault(False)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.send_button.clicked.connect(lambda: self.rankingSent.emit(self.order()))
        self.ranking.currentRowChanged.connect(self._chosen)
        self.set_ranked(None)

    # -- ranking ----------------------------------------------------------------------------------
    def set_ranked(self, held: HeldShortlist | None) -> None:
        """A shortlist to rank, in the order last sent (else as the coordinator listed it)."""
        self.stack.setCurrentIndex(self.RANK)
        self.held = held
        current = self.order()[self.ranking.currentRow()] \
            if 0 <= self.ranking.currentRow() < self.ranking.count() else None
        self.ranking.clear()
        if held is None:
            self.status.setText(self.tr("No shortlist yet: the coordinator sends one at a later "
                                        "sync."))
            self._chosen()
            return
        by_id = {str(e.get("candidate", "")): e for e in held.entries}
        order = [c for c in (held.ranking or []) if c in by_id]
        order += [c for c in by_id if c not in order]
        for candidate in order:
            entry = by_id[candidate]
            item = QListWidgetItem(clean_name(str(entry.get("name", ""))))
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            self.ranking.addItem(item)
        if held.expired:
            self.status.setText(self.tr("This shortlist has expired: the coordinator takes no "
                                        "ranking of it any more."))
        elif held.ranking:
            self.status.setText(self.tr("Your ranking was sent. You may change it and send it "
                                        "again until {when}.").format(when=ms_text(held.expires)))
        else:
            self.status.setText(self.tr("Rank it by {when}.").format(when=ms_text(held.expires)))
        row = order.index(current) if current in order else 0
        self.ranking.setCurrentRow(row if order else -1)
        self._chosen()

    def order(self) -> list[str]:
        return [str(self.ranking.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.ranking.count())]

    def _move(self, step: int) -> None:
        row = self.ranking.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.ranking.count():
            return
        item = self.ranking.takeItem(row)
        self.ranking.insertItem(target, item)
        self.ranking.setCurrentRow(target)
        self._chosen()

    def _chosen(self, *_args: object) -> None:
        row = self.ranking.currentRow()
        count = self.ranking.count()
        live = self.held is not None and not self.held.expired and count > 0
        self.up_button.setEnabled(live and row > 0)
        self.down_button.setEnabled(live and 0 <= row < count - 1)
        self.send_button.setEnabled(live)
        self.ranking.setEnabled(count > 0)
        if self.held is None or not 0 <= row < count:
            self.detail.setText("")
            return
        candidate = self.order()[row]
        entry = next((e for e in self.held.entries if e.get("candidate") == candidate), {})
        lines = [clean_name(str(entry.get("name", "")))]
        headline = entry.get("headline")
        if isinstance(headline, str) and headline:
            lines.append(clean_name(headline))
        lines.append(score_line(entry.get("score_milli"), entry.get("max_milli")))
        criteria = entry.get("criteria")
        lines += why_lines([c for c in criteria if isinstance(c, dict)]
                           if isinstance(criteria, list) else [])
        self.detail.setText("\n".join(lines))

    # -- self-service -----------------------------------------------------------------------------
    def set_requests(self, lists: Sequence[RequestList]) -> None:
        """A mentee's live self-service shortlists: each mentor with why, and Request."""
        self.stack.setCurrentIndex(self.REQUEST)
        for box in self.boxes.values():
            box.setParent(None)
            box.deleteLater()
        self.boxes = {}
        if not lists:
            self.status.setText(self.tr("No shortlist yet: the coordinator sends one at a later "
                                        "sync."))
            return
        latest = lists[-1]
        if all(view.expired for view in lists):
            self.status.setText(self.tr("Your shortlist has expired; a new one may come."))
        else:
            self.status.setText(self.tr("Ask the mentors you would like, up to {n} at once. Your "
                                        "note is sealed to the mentor: the coordinator forwards "
                                        "it without reading it. Open until {when}.").format(
                n=latest.open_requests, when=ms_text(latest.expires)))
        for view in lists:
            for c in view.candidates:
                if c.candidate in self.boxes:
                    continue
                why = [score_line(c.score_milli, c.max_milli), *why_lines(c.criteria)]
                box = CandidateBox(c.candidate, clean_name(c.name), clean_name(c.headline), why,
                                   c.request_state, view.expired, self._boxes_widget)
                box.request_button.clicked.connect(
                    lambda _c=False, b=box: self.requestSent.emit(b.candidate, b.note.text()))
                self._boxes.insertWidget(self._boxes.count() - 1, box)
                self.boxes[c.candidate] = box

    # -- what happened ----------------------------------------------------------------------------
    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))


__all__ = ["REQUEST_STATES", "CandidateBox", "ShortlistPanel", "score_line", "why_lines"]
