"""The coordinator's pair and participant dialogs (issue 13, docs/protocol.md Part 4 §5, §8):
pausing, resuming or ending one of a person's pairs with a reason, removing a participant
(a reason, then a last question), and the concerns participants raised (category, from whom,
about whom, when, and what they wrote).

They call no service: each ends in a signal. Every name and every concern's text was written by
someone else: labels are plain text and the list's cells show text as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.programme_pairs import MAX_REASON_CHARS, PairInfo
from ementor_desktop.domain.programme_selfservice import ConcernView
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.ui.programme.common import (
    PAGE_STYLE,
    confirm,
    ms_text,
    name_of,
    plain_label,
    tr,
)
from ementor_desktop.ui.programme.models import RECORD_ROLE, Column, RecordFilter, RecordModel
from ementor_desktop.ui.programme.participant_dialogs import category_name

#: (title, verb, what it does) of each pair action.
PAIR_ACTIONS: dict[str, tuple[object, object, object]] = {
    "pause": (QT_TRANSLATE_NOOP("Programme", "Pause a pair"),
              QT_TRANSLATE_NOOP("Programme", "&Pause the pair"),
              QT_TRANSLATE_NOOP("Programme", "The pair stays a pair, but you accept none of its "
                                "figures until you resume it. Both are told it is paused.")),
    "resume": (QT_TRANSLATE_NOOP("Programme", "Resume a pair"),
               QT_TRANSLATE_NOOP("Programme", "&Resume the pair"),
               QT_TRANSLATE_NOOP("Programme", "You accept the pair's figures again, within what "
                                 "both consented to. Both are told.")),
    "end": (QT_TRANSLATE_NOOP("Programme", "End a pair"),
            QT_TRANSLATE_NOOP("Programme", "&End the pair"),
            QT_TRANSLATE_NOOP("Programme", "Both are told the pair ended; both are free for the "
                              "next matching, never with each other. They stay contacts.")),
}
PAIR_STATES: dict[str, object] = {
    "active": QT_TRANSLATE_NOOP("Programme", "active"),
    "paused": QT_TRANSLATE_NOOP("Programme", "paused"),
    "ended": QT_TRANSLATE_NOOP("Programme", "ended"),
}


def pair_fits(action: str, pair: PairInfo) -> bool:
    """Whether `action` can be done to `pair` (the service refuses the rest)."""
    if action == "pause":
        return pair.state == "active"
    if action == "resume":
        return pair.state == "paused"
    return pair.state != "ended"


def pair_text(pair: PairInfo) -> str:
    return Q.translate("Programme", "{mentee} + {mentor} ({state})").format(
        mentee=clean_name(pair.mentee), mentor=clean_name(pair.mentor),
        state=name_of(PAIR_STATES, pair.state))


class _ReasonDialog(QDialog):
    """A question with a reason to give, Cancel as the default, and an error line."""

    def __init__(self, title: str, heading: str, explanation: str,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumWidth(500)
        self.confirm_box: QMessageBox | None = None
        self.body = QVBoxLayout(self)
        self.heading = plain_label(heading, self, object_name="sectionTitle")
        self.heading.setAccessibleName(heading)
        self.body.addWidget(self.heading)
        self.body.addWidget(plain_label(explanation, self))
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(MAX_REASON_CHARS)
        self.reason.setAccessibleName(self.tr("Reason (kept in your vault; nobody is sent it)"))
        self.error = plain_label("", self, object_name="error")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)

    def finish(self, verb: str, reason_hint: str) -> QPushButton:
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.body.addWidget(plain_label(reason_hint, self, object_name="hint"))
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        button = self.buttons.addButton(verb, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setAccessibleName(verb.replace("&", ""))
        button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.body.addWidget(self.buttons)
        height = self.body.totalHeightForWidth(540)
        if height > 0:
            self.resize(540, height)
        return button

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class PairActionDialog(_ReasonDialog):
    """Pause, resume or end one of a person's pairs, with a reason (required but to resume)."""

    actionRequested = Signal(str, str, str)  # action, pair id, reason

    def __init__(self, action: str, person: str, pairs: Sequence[PairInfo],
                 parent: QWidget | None = None) -> None:
        title, verb, explanation = PAIR_ACTIONS[action]
        super().__init__(tr(title),
                         self.tr("{action}: {name}").format(action=tr(title), name=person),
                         tr(explanation), parent)
        self.action = action
        self.pair = QComboBox(self)
        self.pair.setAccessibleName(self.tr("The pair"))
        for pair in pairs:
            if pair_fits(action, pair):
                self.pair.addItem(pair_text(pair), pair.id)
        self.form.addRow(self.tr("&Pair:"), self.pair)
        self.required = action != "resume"
        self.reason.setPlaceholderText(self.tr("Required") if self.required
                                       else self.tr("Optional"))
        self.act_button = self.finish(tr(verb), self.tr(
            "The reason stays in your vault, for your records; nobody else is sent it."))
        self.reason.textChanged.connect(self._check)
        self.act_button.clicked.connect(self._act)
        if self.pair.count() == 0:
            self.show_error(self.tr("{name} has no pair this applies to.").format(name=person))
        self._check()

    def _check(self, *_args: object) -> None:
        self.act_button.setEnabled(self.pair.count() > 0
                                   and (not self.required or bool(self.reason.text().strip())))

    def _act(self) -> None:
        pair_id = str(self.pair.currentData() or "")
        if pair_id and (not self.required or self.reason.text().strip()):
            self.actionRequested.emit(self.action, pair_id, self.reason.text().strip())


class RemoveDialog(_ReasonDialog):
    """Remove a participant: a reason, then a last question (Cancel the default)."""

    removeRequested = Signal(str)  # the reason

    def __init__(self, person: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Remove a participant"),
                         self.tr("Remove {name} from the programme?").format(name=person),
                         self.tr("Everything the programme holds of them is erased from this "
                                 "computer, their pairs end, and they are told they were removed."),
                         parent)
        self.person = person
        self.reason.setPlaceholderText(self.tr("Required"))
        self.remove_button = self.finish(self.tr("&Remove…"), self.tr(
            "The reason is asked for your own care, and not kept: nothing of the person may "
            "stay."))
        self.reason.textChanged.connect(
            lambda text: self.remove_button.setEnabled(bool(text.strip())))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._remove)

    def _remove(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            return
        confirm(self, self.tr("Remove {name}?").format(name=self.person),
                self.tr("This cannot be undone: what {name} shared is erased and their pairs end.")
                .format(name=self.person), self.tr("&Remove"),
                lambda: self.removeRequested.emit(reason))


class ConcernsView(QWidget):
    """The concerns participants raised: a list, and the chosen one's text in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PAGE_STYLE)
        layout = QVBoxLayout(self)
        self.title = plain_label(self.tr("Concerns raised"), self, object_name="programmeTitle")
        self.title.setAccessibleName(self.title.text())
        layout.addWidget(self.title)
        self.status = plain_label("", self, object_name="hint")
        layout.addWidget(self.status)
        nobody = self.tr("(nobody named)")
        self.model = RecordModel([
            Column(self.tr("Kind"), lambda c: category_name(c.category)),
            Column(self.tr("From"), lambda c: clean_name(c.reporter)),
            Column(self.tr("About"), lambda c: (clean_name(c.about_name or "") or c.about[:16])
                   if c.about else nobody),
            Column(self.tr("Received"), lambda c: ms_text(c.at), key=lambda c: c.at),
            Column(self.tr("What they wrote"), lambda c: " ".join(c.text.split())),
        ], self)
        self.proxy = RecordFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Concerns"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 150, 150, 130)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.detail = plain_label("", self, selectable=True)
        self.detail.setAccessibleName(self.tr("The chosen concern"))
        self.detail.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.detail)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.proxy.modelReset.connect(self._chosen)

    def set_concerns(self, concerns: Sequence[ConcernView]) -> None:
        self.model.set_records(concerns)
        self.status.setText(self.tr("Nobody has raised a concern.") if not concerns else self.tr(
            "{n} concerns. Only you read them; the person a concern is about is not told.")
            .format(n=len(concerns)))
        if concerns:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._chosen()

    def selected(self) -> ConcernView | None:
        index = self.table.currentIndex()
        found = index.siblingAtColumn(0).data(RECORD_ROLE) if index.isValid() else None
        return found if isinstance(found, ConcernView) else None

    def _chosen(self, *_args: object) -> None:
        c = self.selected()
        if c is None:
            self.detail.setText("")
            return
        lines = [self.tr("{kind}, from {reporter}, {when}").format(
            kind=category_name(c.category), reporter=clean_name(c.reporter),
            when=ms_text(c.at))]
        if c.about:
            lines.append(self.tr("About: {name}").format(name=clean_name(c.about_name or "")
                                                    or c.about[:16]))
        lines.append(self.tr("They may be contacted about it.") if c.may_contact else
                     self.tr("They asked not to be contacted about it."))
        if c.kept_until:
            lines.append(self.tr("Kept until {when}.").format(when=ms_text(c.kept_until)))
        lines.append("")
        lines.append(c.text)
        self.detail.setText("\n".join(lines))


__all__ = ["PAIR_ACTIONS", "ConcernsView", "PairActionDialog", "RemoveDialog", "pair_fits",
           "pair_text"]
