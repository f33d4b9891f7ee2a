"""The coordinator's programme page: what participants read before joining (purpose, benefits,
expectations, dates), the enrolment code as text and as a QR code, and the cohort — each
person's role, state (words and colour), places, matches and reporting scopes — with Admit and
Decline for people waiting for review, and the way to a matching proposal and the report;
for the chosen person's pairs Pause, Resume and End (with a reason), Remove participant, and
for the programme Close and the concerns participants raised.

Shows the records it is given (`ProgrammeInfo`, `ParticipantRow`) and says what the person asked
for through signals; it calls no service and never touches the vault.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.programme_pairs import PairInfo
from ementor_desktop.domain.programme_types import (
    ParticipantRow,
    ParticipantState,
    ProgrammeInfo,
)
from ementor_desktop.ui.programme.common import (
    PAGE_STYLE,
    SCOPE_NAMES,
    STATE_ORDER,
    Card,
    confirm,
    date_text,
    dot_icon,
    ms_text,
    name_of,
    plain_label,
    role_name,
    state_colour,
    state_name,
)
from ementor_desktop.ui.programme.coordinator_dialogs import (
    PairActionDialog,
    RemoveDialog,
    pair_fits,
)
from ementor_desktop.ui.programme.models import RECORD_ROLE, Column, RecordFilter, RecordModel
from ementor_desktop.ui.widgets import QrView

NAME, ROLE, STATE, PLACES, MATCHED, SCOPES, JOINED = range(7)


class CoordinatorPage(QWidget):
    """The programme page of the app that coordinates it."""

    admitRequested = Signal(str)  # member_id
    declineRequested = Signal(str)  # member_id
    proposeRequested = Signal()
    reportRequested = Signal()
    copyCode = Signal()
    pairActionRequested = Signal(str, str, str)  # "pause", "resume" or "end"; pair id; reason
    removeRequested = Signal(str, str)  # member_id, reason
    closeRequested = Signal()
    concernsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: ProgrammeInfo | None = None
        self.pairs: tuple[PairInfo, ...] = ()
        self.pair_dialog: PairActionDialog | None = None
        self.remove_dialog: RemoveDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.setStyleSheet(PAGE_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)

        self.title = plain_label("", inner, object_name="programmeTitle")
        self.subtitle = plain_label("", inner, object_name="hint")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        top = QHBoxLayout()
        top.setSpacing(10)
        about = Card(self.tr("What participants read before joining"), inner)
        self.purpose = self._section(about, self.tr("Purpose"))
        self.benefits = self._section(about, self.tr("Benefits"))
        self.expectations = self._section(about, self.tr("What is expected"))
        about.body.addStretch(1)
        top.addWidget(about, 3)

        enrol = Card(self.tr("Enrolment code"), inner)
        self.code_hint = plain_label(self.tr(
            "Share this code (or let people scan it) with those you invite. Anyone holding it "
            "can read the terms and ask to join."), enrol, object_name="hint")
        enrol.body.addWidget(self.code_hint)
        code_row = QHBoxLayout()
        self.qr = QrView(enrol)
        self.qr.setMinimumSize(200, 200)
        code_row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        code_column = QVBoxLayout()
        self.code = QPlainTextEdit(enrol)
        self.code.setReadOnly(True)
        self.code.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.code.setAccessibleName(self.tr("Enrolment code"))
        self.code.setTabChangesFocus(True)
        self.code.setMinimumWidth(180)
        code_column.addWidget(self.code, 1)
        self.expires = plain_label("", enrol, object_name="hint")
        code_column.addWidget(self.expires)
        self.copy_button = QPushButton(self.tr("&Copy code"), enrol)
        self.copy_button.setAccessibleName(self.tr("Copy the enrolment code"))
        code_column.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        code_row.addLayout(code_column, 1)
        enrol.body.addLayout(code_row)
        self.no_code = plain_label(self.tr(
            "Enrolment is closed: there is no code to share."), enrol, object_name="hint")
        enrol.body.addWidget(self.no_code)
        top.addWidget(enrol, 4)
        layout.addLayout(top)

        cohort = Card(self.tr("Cohort"), inner)
        self.cohort_card = cohort
        filters = QHBoxLayout()
        state_label = QLabel(self.tr("S&how:"), cohort)
        self.state_filter = QComboBox(cohort)
        self.state_filter.setAccessibleName(self.tr("Show participants in state"))
        self.state_filter.addItem(self.tr("Everyone"), None)
        for state in STATE_ORDER:
            self.state_filter.addItem(dot_icon(state_colour(state)), state_name(state),
                                      state.value)
        state_label.setBuddy(self.state_filter)
        self.search = QLineEdit(cohort)
        self.search.setPlaceholderText(self.tr("Find by name"))
        self.search.setAccessibleName(self.tr("Find a participant by name"))
        self.search.setClearButtonEnabled(True)
        self.counts = plain_label("", cohort, object_name="hint")
        filters.addWidget(state_label)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.search, 1)
        cohort.body.addLayout(filters)
        cohort.body.addWidget(self.counts)

        self.model = RecordModel(self.columns(), self)
        self.proxy = RecordFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(cohort)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(STATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setAccessibleName(self.tr("Row headings"))
        self.table.setMinimumHeight(240)
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Column headings"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 80, 170, 90, 170, 170)):
            self.table.setColumnWidth(column, width)
        cohort.body.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.admit_button = QPushButton(self.tr("&Admit"), cohort)
        self.admit_button.setAccessibleName(self.tr("Admit the chosen participant"))
        self.decline_button = QPushButton(self.tr("&Decline…"), cohort)
        self.decline_button.setAccessibleName(self.tr("Decline the chosen participant"))
        self.propose_button = QPushButton(self.tr("&Propose matches…"), cohort)
        self.propose_button.setAccessibleName(self.tr("Propose matches for the cohort"))
        self.propose_button.setObjectName("primary")
        self.report_button = QPushButton(self.tr("&Report…"), cohort)
        self.report_button.setAccessibleName(self.tr("Open the programme's report"))
        buttons.addWidget(self.admit_button)
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.propose_button)
        cohort.body.addLayout(buttons)
        pair_buttons = QHBoxLayout()
        self.pause_button = QPushButton(self.tr("Pa&use pair…"), cohort)
        self.pause_button.setAccessibleName(self.tr("Pause the chosen participant's pair"))
        self.resume_button = QPushButton(self.tr("Re&sume pair…"), cohort)
        self.resume_button.setAccessibleName(self.tr("Resume the chosen participant's pair"))
        self.end_button = QPushButton(self.tr("&End pair…"), cohort)
        self.end_button.setAccessibleName(self.tr("End the chosen participant's pair"))
        self.remove_button = QPushButton(self.tr("Remo&ve participant…"), cohort)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen participant"))
        self.concerns_button = QPushButton(self.tr("Co&ncerns…"), cohort)
        self.concerns_button.setAccessibleName(self.tr("Concerns participants raised"))
        self.close_button = QPushButton(self.tr("C&lose programme…"), cohort)
        self.close_button.setAccessibleName(self.tr("Close the programme"))
        for button in (self.pause_button, self.resume_button, self.end_button,
                       self.remove_button):
            pair_buttons.addWidget(button)
        pair_buttons.addStretch(1)
        pair_buttons.addWidget(self.concerns_button)
        pair_buttons.addWidget(self.close_button)
        cohort.body.addLayout(pair_buttons)
        self.message = plain_label("", cohort, object_name="hint")
        cohort.body.addWidget(self.message)
        layout.addWidget(cohort, 1)

        for button in (self.admit_button, self.decline_button, self.propose_button,
                       self.report_button, self.copy_button, self.pause_button,
                       self.resume_button, self.end_button, self.remove_button,
                       self.concerns_button, self.close_button):
            button.setAutoDefault(False)
        self.pause_button.clicked.connect(lambda: self._pair_action("pause"))
        self.resume_button.clicked.connect(lambda: self._pair_action("resume"))
        self.end_button.clicked.connect(lambda: self._pair_action("end"))
        self.remove_button.clicked.connect(self._remove)
        self.close_button.clicked.connect(self._close)
        self.concerns_button.clicked.connect(self.concernsRequested)
        self.copy_button.clicked.connect(self.copyCode)
        self.propose_button.clicked.connect(self.proposeRequested)
        self.report_button.clicked.connect(self.reportRequested)
        self.admit_button.clicked.connect(self._admit)
        self.decline_button.clicked.connect(self._decline)
        self.state_filter.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.proxy.modelReset.connect(self._chosen)
        self.proxy.layoutChanged.connect(self._chosen)
        self.proxy.rowsRemoved.connect(self._chosen)
        self._chosen()
        self._count()

    def columns(self) -> list[Column]:
        """The cohort table's columns: states sort in the order a cohort runs through them."""
        places, none = self.tr("{used} of {capacity}"), self.tr("none")
        return [
            Column(self.tr("Name"), lambda r: r.name),  # (no tooltip: Qt reads one as markup)
            Column(self.tr("Role"), lambda r: role_name(r.role)),
            Column(self.tr("State"), lambda r: state_name(r.state),
                   key=lambda r: STATE_ORDER.index(r.state) if r.state in STATE_ORDER
                   else len(STATE_ORDER),
                   icon=lambda r: dot_icon(state_colour(r.state))),
            Column(self.tr("Places used"),
                   lambda r: places.format(used=r.used, capacity=r.capacity),
                   key=lambda r: r.used * 1000 + r.capacity, numeric=True),
            Column(self.tr("Matched with"), lambda r: ", ".join(r.matched_with)),
            Column(self.tr("Reporting"),
                   lambda r: ", ".join(name_of(SCOPE_NAMES, s) for s in r.scopes) or none),
            Column(self.tr("Joined"), lambda r: ms_text(r.joined_at), key=lambda r: r.joined_at),
        ]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the states' colours for the new theme
            for row in range(1, self.state_filter.count()):
                self.state_filter.setItemIcon(row, dot_icon(state_colour(
                    str(self.state_filter.itemData(row)))))

    # -- setters --------------------------------------------------------------------------------

    def set_programme(self, info: ProgrammeInfo) -> None:
        """Show a programme this app coordinates; its code (if enrolment is open) as text and
        as a QR code."""
        self.info = info
        self.title.setText(info.name)
        self.title.setAccessibleName(info.name)
        parts = []
        if info.organiser:
            parts.append(self.tr("Run by {organiser}").format(organiser=info.organiser))
        if info.starts or info.ends:
            parts.append(self.tr("From {start} to {end}").format(
                start=date_text(info.starts) or self.tr("(no start date)"),
                end=date_text(info.ends) or self.tr("(no end date)")))
        parts.append(self.tr("Relay: {relay}").format(relay=info.relay_url))
        self.subtitle.setText(" · ".join(parts))
        for label, text in ((self.purpose, info.purpose), (self.benefits, info.benefits),
                            (self.expectations, info.expectations)):
            label.setText(text or self.tr("(not written)"))
        has_code = bool(info.code)
        for widget in (self.qr, self.code, self.copy_button, self.expires, self.code_hint):
            widget.setVisible(has_code)
        self.no_code.setVisible(not has_code)
        if info.code:
            self.code.setPlainText(info.code)
            self.qr.set_payload(info.code, 240)
            self.expires.setText(self.tr("Enrolment with this code closes on {when}.").format(
                when=ms_text(info.code_expires_at)) if info.code_expires_at else "")
        else:
            self.code.clear()
            self.qr.clear()
        self.close_button.setEnabled(info.state != "closed")

    def set_participants(self, rows: Sequence[ParticipantRow]) -> None:
        """Replace the cohort table's rows (the filter and sort order stay)."""
        kept = self.selected_member()
        self.model.set_records(rows)
        self.proxy.sort(self.table.horizontalHeader().sortIndicatorSection(),
                        self.table.horizontalHeader().sortIndicatorOrder())
        if kept is not None:
            self.select_member(kept)
        self._count()
        self._chosen()

    def set_pairs(self, pairs: Sequence[PairInfo]) -> None:
        """Every pair of the programme (what Pause, Resume and End choose from)."""
        self.pairs = tuple(pairs)
        self._chosen()

    def pairs_of(self, member_id: str) -> list[PairInfo]:
        return [p for p in self.pairs if member_id in (p.mentee_id, p.mentor_id)]

    def show_message(self, text: str, error: bool = False) -> None:
        """A line under the cohort (e.g. "Ana admitted.", or what went wrong)."""
        self.message.setObjectName("error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def set_busy(self, busy: bool) -> None:
        """While the lead's service works: the action buttons wait."""
        for button in (self.propose_button, self.report_button):
            button.setEnabled(not busy)
        self._busy = busy
        self._chosen()

    # -- selection ------------------------------------------------------------------------------

    def selected_member(self) -> str | None:
        row = self._current_row()
        return row.member_id if row is not None else None

    def select_member(self, member_id: str) -> bool:
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(RECORD_ROLE)
            if isinstance(row, ParticipantRow) and row.member_id == member_id:
                self.table.selectRow(r)
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                return True
        return False

    def _current_row(self) -> ParticipantRow | None:
        index = self.table.currentIndex()
        row = index.siblingAtColumn(0).data(RECORD_ROLE) if index.isValid() else None
        return row if isinstance(row, ParticipantRow) else None

    def _chosen(self, *_args: object) -> None:
        row = self._current_row()
        pending = row is not None and row.state == ParticipantState.PENDING \
            and not getattr(self, "_busy", False)
        self.admit_button.setEnabled(pending)
        self.decline_button.setEnabled(pending)
        tip = "" if pending else self.tr("Choose someone who is waiting for review.")
        self.admit_button.setToolTip(tip)
        self.decline_button.setToolTip(tip)
        busy = getattr(self, "_busy", False)
        mine = self.pairs_of(row.member_id) if row is not None else []
        for button, action in ((self.pause_button, "pause"), (self.resume_button, "resume"),
                               (self.end_button, "end")):
            fits = not busy and any(pair_fits(action, p) for p in mine)
            button.setEnabled(fits)
            button.setToolTip("" if fits
                              else self.tr("Choose someone with a pair this applies to."))
        self.remove_button.setEnabled(row is not None and not busy)

    def _count(self) -> None:
        rows: list[ParticipantRow] = self.model.records
        waiting = sum(1 for r in rows if r.state == ParticipantState.PENDING)
        text = self.tr("{n} people in the cohort").format(n=len(rows))
        if waiting:
            text += " · " + self.tr("{n} waiting for review").format(n=waiting)
        if self.proxy.rowCount() != len(rows):
            text += " · " + self.tr("{n} shown").format(n=self.proxy.rowCount())
        self.counts.setText(text)
        self.cohort_card.title.setText(self.tr("Cohort ({n})").format(n=len(rows)))

    def _filter(self, *_args: object) -> None:
        state = self.state_filter.currentData()
        text = self.search.text().strip().casefold()

        def accepts(row: ParticipantRow) -> bool:
            return (not state or row.state == state) and (not text or text in row.name.casefold())
        self.proxy.set_accepts(accepts if state or text else None)
        self._count()
        self._chosen()

    # -- actions --------------------------------------------------------------------------------

    def _admit(self) -> None:
        row = self._current_row()
        if row is not None and row.state == ParticipantState.PENDING:
            self.admitRequested.emit(row.member_id)

    def _decline(self) -> None:
        row = self._current_row()
        if row is None or row.state != ParticipantState.PENDING:
            return
        member = row.member_id
        confirm(
            self, self.tr("Decline {name}?").format(name=row.name),
            self.tr("{name} is told they were not admitted, and everything this programme "
                    "holds of them (their profile and consent) is erased from this computer. "
                    "They could ask to join again with the code.").format(name=row.name),
            self.tr("&Decline"), lambda: self.declineRequested.emit(member))

    def _pair_action(self, action: str) -> None:
        row = self._current_row()
        if row is None:
            return
        if self.pair_dialog is not None:
            self.pair_dialog.reject()
        dialog = PairActionDialog(action, row.name, self.pairs_of(row.member_id), self)
        self.pair_dialog = dialog
        dialog.actionRequested.connect(self.pairActionRequested)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        dialog.open()

    def _remove(self) -> None:
        row = self._current_row()
        if row is None:
            return
        if self.remove_dialog is not None:
            self.remove_dialog.reject()
        member = row.member_id
        dialog = RemoveDialog(row.name, self)
        self.remove_dialog = dialog
        dialog.removeRequested.connect(lambda reason: self.removeRequested.emit(member, reason))
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        dialog.open()

    def _dialog_closed(self, dialog: PairActionDialog | RemoveDialog) -> None:
        if self.pair_dialog is dialog:
            self.pair_dialog = None
        if self.remove_dialog is dialog:
            self.remove_dialog = None

    def close_dialogs(self) -> None:
        """The lead's action succeeded: its dialog goes."""
        for dialog in (self.pair_dialog, self.remove_dialog):
            if dialog is not None:
                dialog.accept()

    def show_dialog_error(self, text: str) -> bool:
        """What went wrong, in the open pair or remove dialog; False if none is open."""
        for dialog in (self.pair_dialog, self.remove_dialog):
            if dialog is not None:
                dialog.show_error(text)
                return True
        return False

    def _close(self) -> None:
        name = self.info.name if self.info is not None else ""
        confirm(self, self.tr("Close {programme}?").format(programme=name),
                self.tr("Every pair ends and everyone is told at the next sync; enrolment stops. "
                        "What you hold is deleted when the retention period runs out. This cannot "
                        "be undone."), self.tr("C&lose the programme"), self.closeRequested.emit)

    def _section(self, card: Card, title: str) -> QLabel:
        heading = plain_label(title, card, wrap=False, object_name="sectionTitle")
        body = plain_label("", card, selectable=True)
        card.body.addWidget(heading)
        card.body.addWidget(body)
        return body


__all__ = ["CoordinatorPage"]
