"""A participant's three programme dialogs (issue 13, docs/protocol.md Part 4 §5, §8): asking
for a no-fault rematch of an active pair (with an optional note), narrowing the reporting one
allows (checkboxes of what was consented to, which can only be unticked), and raising a concern
with the programme's coordinator (a category, optionally the person it is about, the text, and
whether the coordinator may get in touch), saying before sending who reads it.

Like the other programme views they call no service: each ends in a signal, and the lead says
what went wrong with `show_error` (one plain sentence). Names come from other people: plain
text only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.protocol.display import clean_name
from ementor_desktop.ui.operations.programme import MyPair
from ementor_desktop.ui.programme.common import (
    PAGE_STYLE,
    SCOPE_COUNTS,
    confirm,
    name_of,
    plain_label,
    tr,
)

#: The kinds of concern (the protocol's categories), as a participant reads them.
CONCERN_CATEGORIES: tuple[tuple[str, object], ...] = (
    ("harassment", QT_TRANSLATE_NOOP("Programme", "Harassment")),
    ("discrimination", QT_TRANSLATE_NOOP("Programme", "Discrimination")),
    ("safety", QT_TRANSLATE_NOOP("Programme", "Someone's safety")),
    ("confidentiality", QT_TRANSLATE_NOOP("Programme", "A breach of confidentiality")),
    ("conduct", QT_TRANSLATE_NOOP("Programme", "Other misconduct")),
    ("other", QT_TRANSLATE_NOOP("Programme", "Something else")),
)
#: Said before a concern is sent (the domain's `BEFORE_SENDING`, translated).
BEFORE_SENDING = QT_TRANSLATE_NOOP(
    "Programme", "Only the programme's coordinator reads this. It is not sent to the person "
    "you report.")


def category_name(code: str) -> str:
    return name_of(dict(CONCERN_CATEGORIES), code)


def _pair_name(pair: MyPair) -> str:
    return clean_name(pair.name) or Q.translate("Programme", "(someone without a name)")


class _ProgrammeDialog(QDialog):
    """A titled dialog with an error line and Cancel as the default answer."""

    def __init__(self, title: str, heading: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumWidth(520)
        self.body = QVBoxLayout(self)
        self.heading = plain_label(heading, self, object_name="sectionTitle")
        self.heading.setAccessibleName(heading)
        self.body.addWidget(self.heading)
        self.error = plain_label("", self, object_name="error")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        self.confirm_box: QMessageBox | None = None

    def finish(self, verb: str) -> QPushButton:
        """The error line, the buttons and the action button (`verb`), last in the layout."""
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        button = self.buttons.addButton(verb, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setAccessibleName(verb.replace("&", ""))
        button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.body.addWidget(self.buttons)
        width = max(560, self.minimumSizeHint().width())  # a checkbox's line does not wrap
        height = self.body.totalHeightForWidth(width)
        if height > 0:
            self.resize(width, height)
        return button

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def _text_box(parent: QWidget, name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # Tab leaves the box: every control is reachable by keyboard
    box.setMinimumHeight(90)
    return box


class RematchDialog(_ProgrammeDialog):
    """Ask the coordinator to end an active pair, no fault, and match again."""

    rematchRequested = Signal(str, str)  # the peer's key, the note ("" for none)

    def __init__(self, programme_name: str, pairs: Sequence[MyPair],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ask for a rematch"),
                         self.tr("Ask for a rematch in {programme}").format(
                             programme=programme_name),
                         parent)
        self.body.addWidget(plain_label(self.tr(
            "The coordinator ends the pair and matches you again; nobody is at fault. The "
            "other person learns that the pair ended, not who asked or why."), self))
        form = QFormLayout()
        self.pair = QComboBox(self)
        self.pair.setAccessibleName(self.tr("The pair to end"))
        for pair in pairs:
            if pair.active:
                self.pair.addItem(_pair_name(pair), pair.key)
        form.addRow(self.tr("&Pair with:"), self.pair)
        self.note = _text_box(self, self.tr("Note to the coordinator (optional)"),
                              self.tr("Optional: what the coordinator should know"))
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        self.body.addLayout(form)
        self.body.addWidget(plain_label(self.tr("The note goes to the coordinator only."), self,
                                        object_name="hint"))
        self.ask_button = self.finish(self.tr("&Ask for a rematch…"))
        self.ask_button.setEnabled(self.pair.count() > 0)
        if self.pair.count() == 0:
            self.show_error(self.tr("You have no active pair in this programme."))
        self.ask_button.clicked.connect(self._ask)

    def _ask(self) -> None:
        key = str(self.pair.currentData() or "")
        if not key:
            return
        name = self.pair.currentText()
        note = self.note.toPlainText()
        confirm(self, self.tr("End your pair with {name}?").format(name=name),
                self.tr("Your pair with {name} ends once the coordinator applies this, and you can "
                        "be matched again. You stay contacts.").format(name=name),
                self.tr("&Ask for a rematch"), lambda: self.rematchRequested.emit(key, note))


class ReportingDialog(_ProgrammeDialog):
    """The reporting consented to, as checkboxes: untick to stop sharing (only narrows)."""

    withdrawRequested = Signal(list)  # the scopes to keep

    def __init__(self, programme_name: str, scopes: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reporting I allow"),
                         self.tr("What {programme} may see").format(programme=programme_name),
                         parent)
        self.scopes = tuple(scopes)
        self.body.addWidget(plain_label(self.tr(
            "Your app sends the programme counts, never what you write. Untick what it should "
            "stop sharing: it stops at once. To share more again, you would consent again."),
            self))
        self.boxes: dict[str, QCheckBox] = {}
        for scope in self.scopes:
            box = QCheckBox(name_of(SCOPE_COUNTS, scope), self)
            box.setChecked(True)
            box.setAccessibleName(name_of(SCOPE_COUNTS, scope))
            box.toggled.connect(self._check)
            self.boxes[scope] = box
            self.body.addWidget(box)
        if not self.scopes:
            self.body.addWidget(plain_label(self.tr("You share no reporting with this programme."),
                                            self, object_name="hint"))
        self.save_button = self.finish(self.tr("&Stop sharing the rest"))
        self.save_button.clicked.connect(self._save)
        self._check()

    def kept(self) -> list[str]:
        return [scope for scope, box in self.boxes.items() if box.isChecked()]

    def _check(self, *_args: object) -> None:
        self.save_button.setEnabled(len(self.kept()) < len(self.scopes))

    def _save(self) -> None:
        if len(self.kept()) < len(self.scopes):
            self.withdrawRequested.emit(self.kept())


class ConcernDialog(_ProgrammeDialog):
    """A concern (a report of misconduct) sealed to the programme's coordinator only."""

    concernRequested = Signal(str, str, str, bool)  # category, about (key or ""), text, contact

    def __init__(self, programme_name: str, people: Sequence[MyPair],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Raise a concern"),
                         self.tr("Raise a concern with {programme}'s coordinator").format(
                             programme=programme_name), parent)
        form = QFormLayout()
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("What the concern is about"))
        for code, words in CONCERN_CATEGORIES:
            self.category.addItem(tr(words), code)
        form.addRow(self.tr("&Kind:"), self.category)
        self.about = QComboBox(self)
        self.about.setAccessibleName(self.tr("The person it is about (optional)"))
        self.about.addItem(self.tr("Nobody in particular"), "")
        for pair in people:
            self.about.addItem(_pair_name(pair), pair.key)
        form.addRow(self.tr("&About:"), self.about)
        self.text = _text_box(self, self.tr("What happened"),
                              self.tr("What happened, when, and anything the coordinator should "
                                      "know"))
        text_label = QLabel(self.tr("&What happened:"), self)
        text_label.setBuddy(self.text)
        form.addRow(text_label, self.text)
        self.body.addLayout(form)
        self.may_contact = QCheckBox(self.tr("The coordinator &may contact me about this"), self)
        self.may_contact.setAccessibleName(self.tr("The coordinator may contact me about this"))
        self.body.addWidget(self.may_contact)
        self.before = plain_label(tr(BEFORE_SENDING), self, object_name="sectionTitle")
        self.before.setAccessibleName(tr(BEFORE_SENDING))
        self.body.addWidget(self.before)
        self.send_button = self.finish(self.tr("&Send to the coordinator"))
        self.text.textChanged.connect(self._check)
        self.send_button.clicked.connect(self._send)
        self._check()
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check(self) -> None:
        self.send_button.setEnabled(bool(self.text.toPlainText().strip()))

    def _send(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            return
        self.send_button.setEnabled(False)
        self.concernRequested.emit(str(self.category.currentData()),
                                   str(self.about.currentData() or ""), text,
                                   self.may_contact.isChecked())

    def show_error(self, text: str) -> None:
        super().show_error(text)
        self._check()


__all__ = ["BEFORE_SENDING", "CONCERN_CATEGORIES", "ConcernDialog", "RematchDialog",
           "ReportingDialog", "category_name"]
