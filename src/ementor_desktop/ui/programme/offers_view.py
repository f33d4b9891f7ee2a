"""Requests in a self-service programme (issue 13, docs/protocol.md Part 4 §7), from either side.
A mentor sees each mentee who asked, with what they shared and the notes exchanged, and Accept,
Decline (with a reason) and Ask (with a note); an offer past its time shows as expired and
cannot be accepted. A mentee sees the requests they sent, where each stands and the notes, and
Answer (the mentor's question, with a note) and Cancel.

It calls no service: `replyRequested` is a signal, and the lead says what happened with
`show_message`. Names, headlines, profiles and notes come from other people: plain text only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.programme_selfservice import TERMINAL, AskView
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.ui.programme.common import (
    PAGE_STYLE,
    field_name,
    ms_text,
    name_of,
    plain_label,
    tr,
)

#: An offer's state as the mentor reads it.
OFFER_STATES: dict[str, object] = {
    "open": QT_TRANSLATE_NOOP("Programme", "Waiting for your answer."),
    "asked": QT_TRANSLATE_NOOP("Programme", "You asked them something; waiting for their "
                               "answer."),
    "answered": QT_TRANSLATE_NOOP("Programme", "They answered: your decision."),
    "accepting": QT_TRANSLATE_NOOP("Programme", "You accepted; the coordinator confirms."),
    "accepted": QT_TRANSLATE_NOOP("Programme", "Accepted: you are matched."),
    "full": QT_TRANSLATE_NOOP("Programme", "Your places were taken meanwhile."),
    "declined": QT_TRANSLATE_NOOP("Programme", "Declined."),
    "cancelled": QT_TRANSLATE_NOOP("Programme", "They cancelled their request."),
    "expired": QT_TRANSLATE_NOOP("Programme", "Expired: it can no longer be accepted."),
    "closed": QT_TRANSLATE_NOOP("Programme", "Closed."),
}
#: A request's state as the mentee who sent it reads it.
REQUEST_STATES: dict[str, object] = {
    "open": QT_TRANSLATE_NOOP("Programme", "Sent: waiting for the mentor's answer."),
    "asked": QT_TRANSLATE_NOOP("Programme", "The mentor asked you something: answer with a "
                               "note."),
    "answered": QT_TRANSLATE_NOOP("Programme", "You answered; waiting for the mentor."),
    "accepting": QT_TRANSLATE_NOOP("Programme", "The mentor accepted; the coordinator "
                                   "confirms."),
    "accepted": QT_TRANSLATE_NOOP("Programme", "Accepted: you are matched."),
    "full": QT_TRANSLATE_NOOP("Programme", "The mentor's places were taken meanwhile."),
    "declined": QT_TRANSLATE_NOOP("Programme", "The mentor declined."),
    "cancelled": QT_TRANSLATE_NOOP("Programme", "You cancelled this request."),
    "expired": QT_TRANSLATE_NOOP("Programme", "Expired: nobody answered in time."),
    "closed": QT_TRANSLATE_NOOP("Programme", "Closed."),
}
#: Why a mentor declines (the protocol's reasons).
DECLINE_REASONS: tuple[tuple[str, object], ...] = (
    ("full", QT_TRANSLATE_NOOP("Programme", "I have no place left")),
    ("availability", QT_TRANSLATE_NOOP("Programme", "Our availability does not fit")),
    ("fit", QT_TRANSLATE_NOOP("Programme", "I am not the right mentor for this")),
    ("other", QT_TRANSLATE_NOOP("Programme", "Another reason")),
)
NOT_VERIFIED = QT_TRANSLATE_NOOP("Programme", "A note came with it but could not be verified.")


def _value(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" if isinstance(v, int) else f"{k}: {v}"
                         for k, v in sorted(value.items()))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def profile_lines(profile: dict[str, Any]) -> list[str]:
    return [f"{field_name(str(k))}: {clean_name(_value(v))}" for k, v in sorted(profile.items())]


def note_lines(view: AskView) -> list[str]:
    lines = []
    for note in view.notes:
        if note.get("verified") and isinstance(note.get("text"), str):
            who = (Q.translate("Programme", "You") if note.get("from") == "me"
                   else clean_name(view.peer_name))
            at = note.get("at")
            lines.append(Q.translate("Programme", "{who}, {when}: {text}").format(
                who=who, when=ms_text(at) if isinstance(at, int) else "",
                text=str(note["text"])))
        else:
            lines.append(tr(NOT_VERIFIED))
    return lines


def can_answer(view: AskView) -> bool:
    """Whether the mentor can still answer (an offer), or the mentee still cancel (a request)."""
    return not view.expired and view.state in ("open", "asked", "answered")


#: Why the mentor declined, as the mentee who asked reads it.
DECLINED_BECAUSE: dict[str, object] = {
    "full": QT_TRANSLATE_NOOP("Programme", "they have no place left"),
    "availability": QT_TRANSLATE_NOOP("Programme", "your availability and theirs do not fit"),
    "fit": QT_TRANSLATE_NOOP("Programme", "they are not the right mentor for this"),
    "other": QT_TRANSLATE_NOOP("Programme", "another reason"),
}


def _reason_text(code: str | None) -> str:
    return tr(DECLINED_BECAUSE[code]) if code in DECLINED_BECAUSE else ""


class _AskCard(QFrame):
    """A request's card, from either side: the other person's name and headline on top."""

    def __init__(self, view: AskView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeCard")
        self.request = view.request
        self.peer = clean_name(view.peer_name)
        self.card = QVBoxLayout(self)
        self.card.setContentsMargins(12, 10, 12, 12)
        self.name = plain_label(self.peer, self, object_name="sectionTitle")
        self.name.setAccessibleName(self.peer)
        self.card.addWidget(self.name)
        headline = clean_name(view.peer_headline)
        if headline:
            self.card.addWidget(plain_label(headline, self))


class RequestBox(_AskCard):
    """One request a mentee sent: to whom, where it stands, the notes, Answer and Cancel."""

    def __init__(self, view: AskView, parent: QWidget | None = None) -> None:
        super().__init__(view, parent)
        name, layout = self.peer, self.card
        self.notes = plain_label("\n".join(note_lines(view)), self, selectable=True)
        self.notes.setAccessibleName(self.tr("Notes with {name}").format(name=name))
        self.notes.setVisible(bool(view.notes))
        layout.addWidget(self.notes)
        state = "expired" if view.expired else view.state
        text = name_of(REQUEST_STATES, state)
        if state == "declined" and _reason_text(view.reason):
            text += " " + self.tr("Why: {reason}.").format(
                reason=_reason_text(view.reason))
        if can_answer(view) and view.expires:
            text += " " + self.tr("Open until {when}.").format(when=ms_text(view.expires))
        self.state = plain_label(text, self)
        self.state.setAccessibleName(text)
        layout.addWidget(self.state)
        live = can_answer(view)
        self.note = QLineEdit(self)
        self.note.setMaxLength(2000)
        self.note.setPlaceholderText(self.tr("Your answer to them (the coordinator cannot "
                                             "read it)"))
        self.note.setAccessibleName(self.tr("Answer to {name}").format(name=name))
        self.answer_button = QPushButton(self.tr("A&nswer"), self)
        self.answer_button.setAccessibleName(self.tr("Answer {name} (with the note)").format(
            name=name))
        self.cancel_button = QPushButton(self.tr("&Cancel request"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the request to {name}").format(
            name=name))
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.answer_button)
        layout.addLayout(row)
        asked = live and view.state == "asked"
        self.note.setVisible(asked)
        self.answer_button.setVisible(asked)
        self.cancel_button.setVisible(live)
        for button in (self.answer_button, self.cancel_button):
            button.setAutoDefault(False)


class OfferBox(_AskCard):
    """One mentee's request: who, what they shared, the notes, and the three answers."""

    def __init__(self, view: AskView, parent: QWidget | None = None) -> None:
        super().__init__(view, parent)
        name, layout = self.peer, self.card
        self.profile = plain_label("\n".join(profile_lines(view.peer_profile)), self,
                                   object_name="hint", selectable=True)
        self.profile.setAccessibleName(self.tr("What {name} shared").format(name=name))
        layout.addWidget(self.profile)
        self.notes = plain_label("\n".join(note_lines(view)), self, selectable=True)
        self.notes.setAccessibleName(self.tr("Notes with {name}").format(name=name))
        self.notes.setVisible(bool(view.notes))
        layout.addWidget(self.notes)
        state = "expired" if view.expired else view.state
        text = name_of(OFFER_STATES, state)
        if can_answer(view) and view.expires:
            text += " " + self.tr("Answer by {when}.").format(when=ms_text(view.expires))
        self.state = plain_label(text, self)
        self.state.setAccessibleName(text)
        layout.addWidget(self.state)
        self.expired = view.expired
        live = can_answer(view)
        self.note = QLineEdit(self)
        self.note.setMaxLength(2000)
        self.note.setPlaceholderText(self.tr("A note to them (optional; the coordinator cannot "
                                             "read it)"))
        self.note.setAccessibleName(self.tr("Note to {name} (optional)").format(name=name))
        self.reason = QComboBox(self)
        for code, words in DECLINE_REASONS:
            self.reason.addItem(tr(words), code)
        self.reason.setCurrentIndex(len(DECLINE_REASONS) - 1)
        self.reason.setAccessibleName(self.tr("Why you decline"))
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.setAccessibleName(self.tr("Accept {name}").format(name=name))
        self.decline_button = QPushButton(self.tr("&Decline"), self)
        self.decline_button.setAccessibleName(self.tr("Decline {name}").format(name=name))
        self.ask_button = QPushButton(self.tr("As&k"), self)
        self.ask_button.setAccessibleName(self.tr("Ask {name} something (with the note)").format(
            name=name))
        layout.addWidget(self.note)
        row = QHBoxLayout()
        why = plain_label(self.tr("If you decline, why:"), self, wrap=False)
        why.setBuddy(self.reason)
        row.addWidget(why)
        row.addWidget(self.reason, 1)
        row.addWidget(self.decline_button)
        row.addWidget(self.ask_button)
        row.addWidget(self.accept_button)
        layout.addLayout(row)
        for widget in (self.note, why, self.reason, self.accept_button, self.decline_button,
                       self.ask_button):
            widget.setVisible(live or view.state not in TERMINAL)
            widget.setEnabled(live)
        for button in (self.accept_button, self.decline_button, self.ask_button):
            button.setAutoDefault(False)
        # asking twice in a row is refused by the service: say so by the button
        self.ask_button.setEnabled(live and view.state != "asked")
        self.ask_button.setToolTip("" if self.ask_button.isEnabled() else
                                   self.tr("You can ask once they have answered."))


class OffersPanel(QWidget):
    """A mentor's offers (`side` "mentor") or a mentee's own requests (`side` "mentee")."""

    replyRequested = Signal(str, str, str, str)  # request id, action, reason ("" none), note

    def __init__(self, parent: QWidget | None = None, side: str = "mentor") -> None:
        super().__init__(parent)
        self.setStyleSheet(PAGE_STYLE)
        self.side = side
        self.boxes: dict[str, OfferBox] = {}
        self.requests: dict[str, RequestBox] = {}
        layout = QVBoxLayout(self)
        self.title = plain_label(self.tr("Requests for me") if side == "mentor" else
                                 self.tr("My requests"), self, object_name="programmeTitle")
        self.title.setAccessibleName(self.title.text())
        layout.addWidget(self.title)
        self.status = plain_label("", self, object_name="hint")
        layout.addWidget(self.status)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self._inner = QWidget()
        self._boxes = QVBoxLayout(self._inner)
        self._boxes.addStretch(1)
        self.area.setWidget(self._inner)
        layout.addWidget(self.area, 1)
        self.message = plain_label("", self, object_name="hint")
        self.message.hide()
        layout.addWidget(self.message)

    def set_offers(self, views: Sequence[AskView]) -> None:
        for box in (*self.boxes.values(), *self.requests.values()):
            box.setParent(None)
            box.deleteLater()
        self.boxes = {}
        self.requests = {}
        if self.side == "mentee":
            self._set_requests(views)
            return
        live = [v for v in views if can_answer(v)]
        if not views:
            self.status.setText(self.tr("Nobody has asked for you yet."))
        elif live:
            self.status.setText(self.tr("{n} waiting for your answer. Your answer and note reach "
                                        "the mentee through the coordinator, who cannot read the "
                                        "note.").format(n=len(live)))
        else:
            self.status.setText(self.tr("Nothing waits for your answer."))
        # the ones to answer first, then the rest as listed
        for view in sorted(views, key=lambda v: not can_answer(v)):
            box = OfferBox(view, self._inner)
            box.accept_button.clicked.connect(lambda _c=False, b=box: self._reply(b, "accept"))
            box.decline_button.clicked.connect(lambda _c=False, b=box: self._reply(b, "decline"))
            box.ask_button.clicked.connect(lambda _c=False, b=box: self._reply(b, "ask"))
            self._boxes.insertWidget(self._boxes.count() - 1, box)
            self.boxes[view.request] = box

    def _set_requests(self, views: Sequence[AskView]) -> None:
        asked = [v for v in views if can_answer(v) and v.state == "asked"]
        if not views:
            self.status.setText(self.tr("You have not asked a mentor yet: My shortlist… lists "
                                   "whom you can ask."))
        elif asked:
            self.status.setText(self.tr("{n} mentor(s) asked you something. Your answer reaches "
                                   "them through the coordinator, who cannot read it.").format(
                n=len(asked)))
        else:
            self.status.setText(self.tr("Nothing waits for your answer."))
        for view in sorted(views, key=lambda v: not (can_answer(v) and v.state == "asked")):
            box = RequestBox(view, self._inner)
            box.answer_button.clicked.connect(lambda _c=False, b=box: self._answer(b))
            box.cancel_button.clicked.connect(
                lambda _c=False, b=box: self.replyRequested.emit(b.request, "cancel", "", ""))
            self._boxes.insertWidget(self._boxes.count() - 1, box)
            self.requests[view.request] = box

    def _answer(self, box: RequestBox) -> None:
        if not box.note.text().strip():
            self.show_message(self.tr("Write your answer in the note."), error=True)
            box.note.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.replyRequested.emit(box.request, "answer", "", box.note.text())

    def _reply(self, box: OfferBox, action: str) -> None:
        reason = str(box.reason.currentData() or "") if action == "decline" else ""
        if action == "ask" and not box.note.text().strip():
            self.show_message(self.tr("Write what you would like to ask in the note."), error=True)
            box.note.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.replyRequested.emit(box.request, action, reason, box.note.text())

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))


__all__ = ["DECLINE_REASONS", "OFFER_STATES", "REQUEST_STATES", "OfferBox", "OffersPanel",
           "RequestBox", "can_answer", "note_lines", "profile_lines"]
