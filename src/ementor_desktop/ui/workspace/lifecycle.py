"""Completing, ending, archiving or reopening a mentorship: a short dialog that says what the
change means and asks for the reason where one is needed (it stays in this vault's record)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.ui.workspace.common import plain_label

NEEDS_REASON = ("completed", "ended")


class RelationshipDialog(QDialog):
    """Asks before changing the relationship's state; `reason()` is what was typed."""

    def __init__(self, state: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        titles = {"completed": self.tr("Complete the mentorship with {name}"),
                  "ended": self.tr("End the mentorship with {name}"),
                  "archived": self.tr("Archive the mentorship with {name}"),
                  "active": self.tr("Reopen the mentorship with {name}")}
        texts = {"completed": self.tr("The mentorship reached its goals or its planned end. "
                                      "Everything stays here to read."),
                 "ended": self.tr("The mentorship stops before its planned end. Everything stays "
                                  "here to read, and you can reopen it later."),
                 "archived": self.tr("It moves out of the way; everything stays here to read and "
                                     "you can reopen it at any time."),
                 "active": self.tr("You go on where you left off: the agreement, goals, sessions "
                                   "and notes are all still here.")}
        verbs = {"completed": self.tr("Complete"), "ended": self.tr("End the mentorship"),
                 "archived": self.tr("Archive"), "active": self.tr("Reopen")}
        self.setWindowTitle(titles[state].format(name=name))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(texts[state], self))
        layout.addWidget(plain_label(self.tr(
            "This is kept in your own record on this computer; {name} is not told by the "
            "app. Write to them in the conversation to say so.").format(name=name), self,
            object_name="hint"))
        needed = state in NEEDS_REASON
        layout.addWidget(plain_label(self.tr("Why? (a few words)") if needed
                                     else self.tr("Why? (optional)"), self))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setMaxLength(300)
        layout.addWidget(self.reason_edit)
        self.problem = plain_label("", self, object_name="error")
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.confirm_button = QPushButton(verbs[state], self)
        self.confirm_button.setObjectName("primary")
        self.confirm_button.setAccessibleName(verbs[state])
        row.addWidget(self.cancel_button)
        row.addWidget(self.confirm_button)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button.setAutoDefault(False)
        self.confirm_button.setDefault(True)  # Enter in the reason confirms (if it may)
        self.setMinimumWidth(420)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _confirm(self) -> None:
        if self.state in NEEDS_REASON and not self.reason():
            self.problem.setText(self.tr("Say in a few words why; it stays in your record."))
            self.reason_edit.setFocus()
            return
        self.accept()
