"""The feedback view: structured feedback after a session (a rating and three questions), shared
with the other person or kept as a private reflection, what each gave the other, and the pulse
("How is this mentorship going?"), which stays on this computer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain import rhythm
from ementor_desktop.ui.operations.workspace import Workspace
from ementor_desktop.ui.widgets import fit_to_screen
from ementor_desktop.ui.workspace.common import (
    STATUS_NAMES,
    date_text,
    finish_view,
    ms_date,
    name_of,
    plain_label,
    translate,
)

#: The fields of a shared feedback record, by the id of the question that fills it.
FIELDS = {"feedback.useful": "useful", "feedback.try": "try_next", "feedback.step": "next_step"}


def rhythm_tr(text: str) -> str:
    """A question of `domain.rhythm`, translated (context "Rhythm")."""
    return QCoreApplication.translate("Rhythm", text)


def questions(role: str) -> list[tuple[str, str]]:
    """(field, question) of session feedback, worded for `role` (`rhythm.feedback_questions`)."""
    asked = rhythm.feedback_questions(role if role in ("mentor", "mentee", "coordinator")
                                      else "mentee")  # type: ignore[arg-type]
    return [(FIELDS[q.id], rhythm_tr(q.text)) for q in asked if q.id in FIELDS]


def other_role(role: str) -> str:
    return "mentee" if role == "mentor" else "mentor"


def _scale(parent: QWidget, name: str, labels: list[str],
           none: str | None = None) -> tuple[QButtonGroup, QHBoxLayout]:
    """Radio buttons 1…n (and "none" as 0): arrow keys move between them."""
    group = QButtonGroup(parent)
    row = QHBoxLayout()
    if none is not None:
        button = QRadioButton(none, parent)
        button.setAccessibleName(translate("Workspace", "{what}: {value}").format(what=name,
                                                                                  value=none))
        group.addButton(button, 0)
        row.addWidget(button)
        button.setChecked(True)
    for value, label in enumerate(labels, start=1):
        button = QRadioButton(label, parent)
        button.setAccessibleName(translate("Workspace", "{what}: {value} of {top}").format(
            what=name, value=value, top=len(labels)))
        group.addButton(button, value)
        row.addWidget(button)
    row.addStretch(1)
    return group, row


class FeedbackView(QDialog):
    feedback_requested = Signal(dict)  # session, rating, useful, try_next, next_step, private
    pulse_requested = Signal(int, dict)  # rating, answers by question id

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id = ws.contact_id
        self.ws = ws
        name = ws.contact_name
        self.setWindowTitle(self.tr("Feedback with {name}").format(name=name))
        fit_to_screen(self, 820, 680)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Feedback and pulse"))
        layout.addWidget(self.tabs, 1)

        # after a session
        page = QWidget(self.tabs)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        self.session = QComboBox(page)
        self.session.setAccessibleName(self.tr("The session the feedback is about"))
        form.addRow(self.tr("S&ession:"), self.session)
        self.rating, rating_row = _scale(page, self.tr("Rating"), [str(n) for n in range(1, 6)],
                                         none=self.tr("No rating"))
        rating_row.insertWidget(6, plain_label(self.tr("(1 not useful … 5 very useful)"), page,
                                               wrap=False, object_name="hint"))
        form.addRow(self.tr("Rating:"), rating_row)
        outer.addLayout(form)
        self.answers: dict[str, QPlainTextEdit] = {}
        for key, question in questions(ws.my_role):
            edit = QPlainTextEdit(page)
            edit.setAccessibleName(question)
            edit.setFixedHeight(54)
            self.answers[key] = edit
            outer.addWidget(plain_label(question, page))
            outer.addWidget(edit)
        self.share = QRadioButton(self.tr("Share with {name}").format(name=name), page)
        self.share.setAccessibleName(self.tr("Share the feedback with {name}").format(name=name))
        self.keep = QRadioButton(self.tr("Keep private: a reflection only on this computer"), page)
        self.keep.setAccessibleName(self.tr("Keep the feedback private"))
        self.choice = QButtonGroup(page)
        self.choice.addButton(self.share)
        self.choice.addButton(self.keep)
        self.share.setChecked(True)
        outer.addWidget(self.share)
        outer.addWidget(self.keep)
        self.choice_hint = plain_label("", page, object_name="hint")
        outer.addWidget(self.choice_hint)
        row = QHBoxLayout()
        row.addStretch(1)
        self.send_button = QPushButton(page)
        self.send_button.setObjectName("primary")
        row.addWidget(self.send_button)
        outer.addLayout(row)
        outer.addWidget(plain_label(self.tr("Feedback so far:"), page))
        self.history = QPlainTextEdit(page)
        self.history.setReadOnly(True)
        self.history.setAccessibleName(self.tr("Feedback given and received"))
        outer.addWidget(self.history, 1)
        self.tabs.addTab(page, self.tr("After a session"))

        # pulse
        pulse = QWidget(self.tabs)
        box = QVBoxLayout(pulse)
        scale, wish = rhythm.pulse_questions()[:2]
        self.pulse_wish_id = wish.id
        heading = plain_label(rhythm_tr(scale.text), pulse)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        box.addWidget(heading)
        low, high = scale.low or 1, scale.high or 5
        labels = [str(n) for n in range(low, high + 1)]
        labels[0] = self.tr("{n} – {words}").format(n=low,
                                                    words=rhythm_tr(scale.low_label or ""))
        labels[-1] = self.tr("{n} – {words}").format(n=high,
                                                     words=rhythm_tr(scale.high_label or ""))
        self.pulse, pulse_row = _scale(pulse, rhythm_tr(scale.text), labels)
        box.addLayout(pulse_row)
        box.addWidget(plain_label(rhythm_tr(wish.text) + " " + self.tr("(optional)"), pulse))
        self.pulse_note = QPlainTextEdit(pulse)
        self.pulse_note.setAccessibleName(rhythm_tr(wish.text))
        self.pulse_note.setFixedHeight(80)
        box.addWidget(self.pulse_note)
        box.addWidget(plain_label(self.tr(
            "Your answer stays on this computer; {name} does not see it. Looking back at "
            "your answers shows when something needs talking about.").format(name=name),
            pulse, object_name="hint"))
        row = QHBoxLayout()
        row.addStretch(1)
        self.pulse_button = QPushButton(self.tr("Save &answer"), pulse)
        self.pulse_button.setObjectName("primary")
        self.pulse_button.setAccessibleName(self.tr("Save the answer"))
        row.addWidget(self.pulse_button)
        box.addLayout(row)
        box.addWidget(plain_label(self.tr("Your earlier answers:"), pulse))
        self.pulse_history = QPlainTextEdit(pulse)
        self.pulse_history.setReadOnly(True)
        self.pulse_history.setAccessibleName(self.tr("Your earlier answers"))
        box.addWidget(self.pulse_history, 1)
        self.tabs.addTab(pulse, self.tr("How is it going?"))

        bottom = QHBoxLayout()
        self.message = plain_label("", self, object_name="hint")
        bottom.addWidget(self.message, 1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.close_button.clicked.connect(self.reject)
        self.share.toggled.connect(self._choice_changed)
        self.send_button.clicked.connect(self._send)
        self.pulse_button.clicked.connect(self._pulse)
        self._choice_changed()
        finish_view(self)
        self.set_workspace(ws)

    def show_pulse(self) -> None:
        self.tabs.setCurrentIndex(1)

    def choose_session(self, session_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        index = self.session.findData(session_id)
        if index >= 0:
            self.session.setCurrentIndex(index)

    def set_workspace(self, ws: Workspace) -> None:
        self.ws = ws
        kept = self.session.currentData()
        self.session.clear()
        self.session.addItem(self.tr("No particular session"), None)
        sessions = [s for s in ws.records.sessions if not s.deleted]
        sessions.sort(key=lambda s: (s.status != "held", s.start), reverse=False)
        for s in sessions:
            self.session.addItem(self.tr("{title} · {status} · {day}").format(
                title=s.title, status=name_of(STATUS_NAMES, s.status),
                day=date_text(s.start[:10])), s.id)
        index = self.session.findData(kept)
        self.session.setCurrentIndex(index if index >= 0 else (1 if any(
            s.status == "held" for s in sessions) else 0))
        titles = {s.id: s.title for s in ws.records.sessions}
        lines = []
        for f in ws.records.feedback:
            if f.deleted:
                continue
            who = self.tr("You to {name}").format(name=ws.contact_name) if f.by_me else \
                self.tr("{name} to you").format(name=ws.contact_name)
            lines.append(self._entry(who, f.created_at, titles.get(f.session or ""), f.rating,
                                     {"useful": f.useful, "try_next": f.try_next,
                                      "next_step": f.next_step},
                                     ws.my_role if f.by_me else other_role(ws.my_role)))
        for r in ws.reflections:
            if r.kind != "session":
                continue
            lines.append(self._entry(self.tr("Your private reflection"), r.created_at,
                                     titles.get(r.session or ""), r.rating, r.answers,
                                     ws.my_role))
        self.history.setPlainText("\n\n".join(lines) or self.tr("No feedback yet."))
        pulses = [r for r in ws.reflections if r.kind == "pulse"]
        self.pulse_history.setPlainText("\n".join(
            self.tr("{day}: {rating}/5{note}").format(
                day=ms_date(p.created_at), rating=p.rating,
                note=(" — " + note) if (note := p.answers.get(self.pulse_wish_id)
                                        or p.answers.get("note")) else "")
            for p in reversed(pulses)) or self.tr("Not answered yet."))
        for w in (self.send_button, self.pulse_button):
            w.setEnabled(ws.active)

    def _entry(self, who: str, at: int, session: str | None, rating: int | None,
               answers: dict[str, str], role: str) -> str:
        head = self.tr("{who}, {day}").format(who=who, day=ms_date(at))
        if session:
            head += self.tr(", on “{session}”").format(session=session)
        if rating:
            head += self.tr(": rated {rating}/5").format(rating=rating)
        lines = [head]
        for key, question in questions(role):
            if answers.get(key):
                lines.append("  " + question)
                lines += ["      " + line for line in answers[key].splitlines()]
        return "\n".join(lines)

    def _choice_changed(self, *_args: object) -> None:
        name = self.ws.contact_name
        if self.share.isChecked():
            self.send_button.setText(self.tr("&Send to {name}").format(name=name))
            self.choice_hint.setText(self.tr("{name} sees this feedback; only you can change it "
                                             "later.").format(name=name))
        else:
            self.send_button.setText(self.tr("&Save for yourself"))
            self.choice_hint.setText(self.tr("Kept in your vault only; never sent."))
        self.send_button.setAccessibleName(self.send_button.text().replace("&", ""))

    def _send(self) -> None:
        values = {key: edit.toPlainText().strip() for key, edit in self.answers.items()}
        rating = self.rating.checkedId()
        if rating <= 0 and not any(values.values()):
            self.show_error(self.tr("Give a rating or answer at least one question."))
            return
        self.show_message("")
        self.feedback_requested.emit({"session_id": self.session.currentData(),
                                      "rating": rating if rating > 0 else None, **values,
                                      "private": self.keep.isChecked()})

    def feedback_saved(self) -> None:
        for edit in self.answers.values():
            edit.clear()
        button = self.rating.button(0)
        if button is not None:
            button.setChecked(True)
        self.show_message(self.tr("Feedback sent.") if self.share.isChecked()
                          else self.tr("Reflection saved on this computer."))

    def _pulse(self) -> None:
        rating = self.pulse.checkedId()
        if rating <= 0:
            self.show_error(self.tr("Choose how it is going, from 1 to 5."))
            return
        self.show_message("")
        wish = self.pulse_note.toPlainText().strip()
        self.pulse_requested.emit(rating, {self.pulse_wish_id: wish} if wish else {})

    def pulse_saved(self) -> None:
        self.pulse_note.clear()
        self.show_message(self.tr("Thank you. Your answer is saved on this computer."))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def show_error(self, text: str) -> None:
        self.show_message(text, error=True)


__all__ = ["FeedbackView"]
