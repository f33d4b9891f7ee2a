"""The coordinator's view of a matching proposal: the run's summary, every pair with its score,
the people left unmatched with the reason, and for the chosen person each criterion's points and
sentence, the rules that applied and — on demand — "Why not…?": the next-best mentors and why
each was not chosen. "Apply and send introductions" asks once more, then says so by a signal.

Takes the engine's summary and cards as `ementor match` writes them (`matching/explain.py`) and
a mapping of participant id to display name. Pairs and unmatched people are item views over one
model each (hundreds of pairs stay quick); calls no service.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.ui.programme.common import (
    CRITERION_NAMES,
    PAGE_STYLE,
    Card,
    confirm,
    name_of,
    number,
    plain_label,
    role_name,
)
from ementor_desktop.ui.programme.models import RECORD_ROLE, Column, RecordFilter, RecordModel

#: The engine's objectives (docs/matching.md, "The objective and the solver").
OBJECTIVES: dict[str, object] = {
    "max-matched": QT_TRANSLATE_NOOP("Programme", "as many people matched as possible"),
    "max-score": QT_TRANSLATE_NOOP("Programme", "the highest total score"),
    "fairness": QT_TRANSLATE_NOOP("Programme", "the fairest worst-matched pair"),
}


@dataclass(frozen=True)
class Pair:
    mentee: str  # participant id
    mentor: str
    mentee_name: str
    mentor_name: str
    score: float
    best: float  # the best possible score


@dataclass(frozen=True)
class Unmatched:
    person: str
    name: str
    role: str
    reason: str


def _label(names: Mapping[str, str], card: Mapping[str, Any] | None, pid: str) -> str:
    """A person's display name: the caller's, else the cohort file's, else the id."""
    return names.get(pid) or (str(card.get("name") or "") if card else "") or pid


class ProposalView(QWidget):
    """A matching proposal for the coordinator; `set_proposal` fills it."""

    applyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: Mapping[str, Any] = {}
        self.cards: dict[str, Mapping[str, Any]] = {}
        self.names: Mapping[str, str] = {}
        self.current: str | None = None  # the person whose details show
        self.confirm_box: QMessageBox | None = None
        self.setStyleSheet(PAGE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.title = plain_label(self.tr("Matching proposal"), self, object_name="programmeTitle")
        layout.addWidget(self.title)
        self.headline = plain_label("", self)
        self.headline.setAccessibleName(self.tr("Summary of the proposal"))
        self.scores = plain_label("", self, object_name="hint")
        layout.addWidget(self.headline)
        layout.addWidget(self.scores)

        find = QHBoxLayout()
        find_label = QLabel(self.tr("&Find:"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("A mentee's or mentor's name"))
        self.search.setAccessibleName(self.tr("Find a person in the proposal"))
        self.search.setClearButtonEnabled(True)
        find_label.setBuddy(self.search)
        find.addWidget(find_label)
        find.addWidget(self.search, 1)
        layout.addLayout(find)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.tabs = QTabWidget(split)
        self.tabs.setAccessibleName(self.tr("Pairs and unmatched people"))
        self.pair_model = RecordModel([
            Column(self.tr("Mentee"), lambda p: p.mentee_name),
            Column(self.tr("Mentor"), lambda p: p.mentor_name),
            Column(self.tr("Score"), lambda p: number(p.score), key=lambda p: p.score,
                   numeric=True),
            Column(self.tr("Of best"), lambda p: self.tr("{pct} %").format(
                pct=round(100 * p.score / p.best) if p.best else 0),
                key=lambda p: p.score / p.best if p.best else 0.0, numeric=True),
        ], self)
        self.pairs, self.pair_proxy = self._table(self.pair_model, self.tr("Pairs"))
        self.unmatched_model = RecordModel([
            Column(self.tr("Person"), lambda u: u.name),
            Column(self.tr("Role"), lambda u: role_name(u.role)),
            Column(self.tr("Why not matched"), lambda u: u.reason),
        ], self)
        self.unmatched, self.unmatched_proxy = self._table(self.unmatched_model,
                                                           self.tr("Unmatched people"))
        self.tabs.addTab(self.pairs, self.tr("Pairs"))
        self.tabs.addTab(self.unmatched, self.tr("Not matched"))
        split.addWidget(self.tabs)

        details = QScrollArea(split)
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        self.detail = QWidget(details)
        self.detail.setAccessibleName(self.tr("Details of the chosen person"))
        details.setWidget(self.detail)
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(8, 0, 4, 0)
        self.detail_title = plain_label("", self.detail, object_name="sectionTitle")
        self.detail_summary = plain_label("", self.detail, selectable=True)
        self.detail_layout.addWidget(self.detail_title)
        self.detail_layout.addWidget(self.detail_summary)
        self.criteria_card = Card(self.tr("How the score adds up"), self.detail)
        self.criteria_grid = QGridLayout()
        self.criteria_grid.setColumnStretch(2, 1)
        self.criteria_grid.setHorizontalSpacing(10)
        self.criteria_card.body.addLayout(self.criteria_grid)
        self.detail_layout.addWidget(self.criteria_card)
        self.rules_card = Card(self.tr("Rules that applied"), self.detail)
        self.rules_text = plain_label("", self.rules_card, selectable=True)
        self.rules_card.body.addWidget(self.rules_text)
        self.detail_layout.addWidget(self.rules_card)
        self.why_button = QPushButton(self.tr("&Why not…?"), self.detail)
        self.why_button.setAccessibleName(self.tr("Why not another mentor?"))
        self.why_button.setToolTip(self.tr("Show the next-best mentors and why each was not "
                                           "chosen"))
        self.detail_layout.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.why_card = Card(self.tr("Next-best mentors, and why not"), self.detail)
        self.why_grid = QGridLayout()
        self.why_grid.setColumnStretch(2, 1)
        self.why_grid.setHorizontalSpacing(10)
        self.why_card.body.addLayout(self.why_grid)
        self.detail_layout.addWidget(self.why_card)
        self.detail_layout.addStretch(1)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.handle(1).setAccessibleName(self.tr("Resize the list and the details"))
        layout.addWidget(split, 1)

        bottom = QHBoxLayout()
        self.message = plain_label("", self, object_name="hint")
        bottom.addWidget(self.message, 1)
        self.apply_button = QPushButton(self.tr("&Apply and send introductions…"), self)
        self.apply_button.setObjectName("primary")
        self.apply_button.setAccessibleName(self.tr("Apply the proposal and send "
                                                    "introductions"))
        self.apply_button.setAutoDefault(False)
        bottom.addWidget(self.apply_button)
        layout.addLayout(bottom)

        self.why_button.clicked.connect(self.show_why_not)
        self.apply_button.clicked.connect(self.ask_to_apply)
        self.search.textChanged.connect(self._filter)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._show_person(None)
        self.apply_button.setEnabled(False)

    def _table(self, model: RecordModel, name: str) -> tuple[QTableView, RecordFilter]:
        proxy = RecordFilter(self)
        proxy.setSourceModel(model)
        table = QTableView(self)
        table.setModel(proxy)
        table.setAccessibleName(name)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setAccessibleName(self.tr("Row headings"))
        header = table.horizontalHeader()
        header.setAccessibleName(self.tr("Column headings"))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(model.columnCount() - 1):
            table.setColumnWidth(column, 150 if column < 2 else 80)
        table.selectionModel().selectionChanged.connect(
            lambda _s, _d, t=table: self._selected(t))
        return table, proxy

    # -- setters --------------------------------------------------------------------------------

    def set_proposal(self, summary: Mapping[str, Any], cards: Sequence[Mapping[str, Any]],
                     names: Mapping[str, str]) -> None:
        """The engine's run: `summary` and `cards` as `ementor match` produces them (mentees'
        and mentors' cards), `names` participant id -> the name to show."""
        self.summary = summary
        self.names = names
        self.cards = {str(c["participant_id"]): c for c in cards}
        best = float(summary.get("max_possible_score") or 0.0)
        pairs: list[Pair] = []
        unmatched: list[Unmatched] = []
        for card in cards:
            pid = str(card["participant_id"])
            if card.get("role") == "mentee":
                mentor = card.get("matched_with")
                if mentor:
                    pairs.append(Pair(pid, str(mentor), _label(names, card, pid),
                                      _label(names, self.cards.get(str(mentor)), str(mentor)),
                                      float(card.get("score") or 0.0), best))
                else:
                    unmatched.append(Unmatched(pid, _label(names, card, pid), "mentee",
                                               str(card.get("unmatched_reason")
                                                   or card.get("summary") or "")))
            elif not card.get("matched_with") and int(card.get("capacity") or 0) > 0:
                unmatched.append(Unmatched(pid, _label(names, card, pid), "mentor",
                                           str(card.get("summary") or "")))
        self.pair_model.set_records(pairs)
        self.unmatched_model.set_records(unmatched)
        for table in (self.pairs, self.unmatched):
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.pairs.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.tabs.setTabText(0, self.tr("Pairs ({n})").format(n=len(pairs)))
        self.tabs.setTabText(1, self.tr("Not matched ({n})").format(n=len(unmatched)))
        self._headline()
        self.apply_button.setEnabled(bool(pairs))
        self.show_message("")
        if pairs:
            self.pairs.selectRow(0)
        else:
            self._show_person(None)

    def set_applying(self, busy: bool) -> None:
        """While the introductions go out: nothing to press twice."""
        self.apply_button.setEnabled(not busy and self.pair_model.rowCount() > 0)
        self.show_message(self.tr("Signing the cards and sending the introductions…")
                          if busy else "")

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    # -- the run's summary ----------------------------------------------------------------------

    def _headline(self) -> None:
        s = self.summary
        self.headline.setText(self.tr(
            "{matched} of {mentees} mentees matched, aiming for {objective}; {mentors_used} of "
            "{mentors} mentors have a mentee, {used} of {places} places filled.").format(
            matched=s.get("matched", 0), mentees=s.get("mentees", 0),
            objective=name_of(OBJECTIVES, str(s.get("objective", ""))),
            mentors_used=s.get("mentors_with_mentees", 0),
            mentors=s.get("mentors", 0), used=s.get("places_used", 0),
            places=s.get("places", 0)))
        dist = s.get("score_distribution")
        if isinstance(dist, Mapping):
            self.scores.setText(self.tr(
                "Scores, of {best} possible: lowest {low}, middle {median}, highest {high}, "
                "average {mean}.").format(
                best=number(float(s.get("max_possible_score") or 0)),
                low=number(dist["min"]), median=number(dist["median"]),
                high=number(dist["max"]), mean=number(dist["mean"])))
        else:
            self.scores.setText(self.tr("No pair could be made."))

    # -- choosing a person ----------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        folded = text.strip().casefold()
        if not folded:
            self.pair_proxy.set_accepts(None)
            self.unmatched_proxy.set_accepts(None)
            return
        self.pair_proxy.set_accepts(lambda p: folded in p.mentee_name.casefold()
                                    or folded in p.mentor_name.casefold())
        self.unmatched_proxy.set_accepts(lambda u: folded in u.name.casefold())

    def _tab_changed(self, _index: int) -> None:
        table = self.tabs.currentWidget()
        if isinstance(table, QTableView):
            self._selected(table)

    def _selected(self, table: QTableView, _sel: QItemSelection | None = None) -> None:
        if table is not self.tabs.currentWidget():
            return
        rows = table.selectionModel().selectedRows()
        record = rows[0].data(RECORD_ROLE) if rows else None
        if isinstance(record, Pair):
            self._show_person(record.mentee)
        elif isinstance(record, Unmatched):
            self._show_person(record.person)
        else:
            self._show_person(None)

    def select_person(self, pid: str) -> bool:
        """Show `pid`'s details (a mentee's pair, or their row among the unmatched)."""
        for table, proxy in ((self.pairs, self.pair_proxy),
                             (self.unmatched, self.unmatched_proxy)):
            for r in range(proxy.rowCount()):
                record = proxy.index(r, 0).data(RECORD_ROLE)
                if pid in (getattr(record, "mentee", None), getattr(record, "mentor", None),
                           getattr(record, "person", None)):
                    self.tabs.setCurrentWidget(table)
                    table.selectRow(r)
                    return True
        return False

    def _show_person(self, pid: str | None) -> None:
        self.current = pid
        card = self.cards.get(pid) if pid else None
        _clear(self.criteria_grid)
        _clear(self.why_grid)
        self.why_card.hide()
        if card is None:
            self.detail_title.setText(self.tr("Choose a pair or a person to see why."))
            self.detail_summary.setText("")
            for widget in (self.criteria_card, self.rules_card, self.why_button):
                widget.hide()
            return
        name = _label(self.names, card, str(pid))
        mentor_id = card.get("matched_with") if card.get("role") == "mentee" else None
        if mentor_id:
            self.detail_title.setText(self.tr("{mentee} and {mentor}").format(
                mentee=name, mentor=_label(self.names, self.cards.get(str(mentor_id)),
                                           str(mentor_id))))
        else:
            self.detail_title.setText(name)
        self.detail_summary.setText(str(card.get("summary") or ""))
        criteria = [c for c in card.get("criteria") or [] if isinstance(c, Mapping)]
        self.criteria_card.setVisible(bool(criteria))
        for row, item in enumerate(criteria):
            self._criterion_row(row, item)
        rules = [r for r in card.get("constraints") or [] if isinstance(r, Mapping)]
        self.rules_text.setText("\n".join("• " + str(r.get("detail") or r.get("rule") or "")
                                          for r in rules))
        self.rules_card.setVisible(bool(rules))
        mentee = card.get("role") == "mentee"
        self.why_button.setVisible(mentee)
        self.why_button.setEnabled(mentee and bool(card.get("alternatives")))
        self.why_button.setText(self.tr("&Why not another mentor for {name}?").format(name=name)
                                if card.get("alternatives") else
                                self.tr("No other mentor could be considered"))
        self.why_button.setAccessibleName(self.why_button.text().replace("&", ""))
        self.detail.setAccessibleDescription(self._detail_text(name, card))

    def _criterion_row(self, row: int, item: Mapping[str, Any]) -> None:
        parent = self.criteria_card
        name = plain_label(name_of(CRITERION_NAMES, str(item.get("name", ""))), parent,
                           wrap=False)
        got = plain_label(self.tr("{got} of {weight}").format(
            got=number(float(item.get("contribution") or 0)),
            weight=number(float(item.get("weight") or 0))), parent, wrap=False)
        got.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        detail = plain_label(str(item.get("detail") or ""), parent, selectable=True)
        self.criteria_grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        self.criteria_grid.addWidget(got, row, 1, Qt.AlignmentFlag.AlignTop)
        self.criteria_grid.addWidget(detail, row, 2)

    def show_why_not(self) -> None:
        """The chosen mentee's next-best mentors, each with why it was not chosen."""
        card = self.cards.get(self.current) if self.current else None
        _clear(self.why_grid)
        alternatives = [a for a in (card or {}).get("alternatives") or []
                        if isinstance(a, Mapping)]
        statuses = {"ruled_out": self.tr("ruled out"), "full": self.tr("full"),
                    "lower": self.tr("scores lower"), "not_chosen": self.tr("not chosen")}
        parent = self.why_card
        for row, alt in enumerate(alternatives):
            mentor = str(alt.get("mentor_id") or "")
            who = plain_label(_label(self.names, self.cards.get(mentor), mentor), parent,
                              wrap=False)
            score = plain_label(self.tr("{score} · {status}").format(
                score=number(float(alt.get("score") or 0)),
                status=statuses.get(str(alt.get("status")), str(alt.get("status", "")))),
                parent, wrap=False)
            why = plain_label(str(alt.get("why_not") or ""), parent, selectable=True)
            self.why_grid.addWidget(who, row, 0, Qt.AlignmentFlag.AlignTop)
            self.why_grid.addWidget(score, row, 1, Qt.AlignmentFlag.AlignTop)
            self.why_grid.addWidget(why, row, 2)
        if not alternatives:
            self.why_grid.addWidget(plain_label(self.tr("No other mentor offers a wanted "
                                                        "skill."), parent), 0, 0, 1, 3)
        self.why_card.show()
        self.why_card.setAccessibleDescription("\n".join(
            self.tr("{who}: {why}").format(
                who=_label(self.names, self.cards.get(str(a.get("mentor_id") or "")),
                           str(a.get("mentor_id") or "")),
                why=str(a.get("why_not") or ""))
            for a in alternatives))

    def why_not_lines(self) -> list[str]:
        """What the "Why not…?" box shows, a line per mentor (for tests and screen readers)."""
        lines = []
        for row in range(self.why_grid.rowCount()):
            texts = []
            for column in range(3):
                item = self.why_grid.itemAtPosition(row, column)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    texts.append(widget.text())
            if texts:
                lines.append(" — ".join(texts))
        return lines

    def _detail_text(self, name: str, card: Mapping[str, Any]) -> str:
        lines = [name, str(card.get("summary") or "")]
        for item in card.get("criteria") or []:
            lines.append(self.tr("{criterion}: {got} of {weight}. {detail}").format(
                criterion=name_of(CRITERION_NAMES, str(item.get("name", ""))),
                got=number(float(item.get("contribution") or 0)),
                weight=number(float(item.get("weight") or 0)),
                detail=str(item.get("detail") or "")))
        return "\n".join(lines)

    # -- applying -------------------------------------------------------------------------------

    def ask_to_apply(self) -> None:
        pairs = self.pair_model.rowCount()
        if not pairs:
            return
        confirm(
            self, self.tr("Send {n} introductions?").format(n=pairs),
            self.tr("Each person in the {n} pairs receives a match card signed with your key "
                    "and the other person's contact details, and the two are connected. "
                    "Introductions cannot be taken back; a pair can be ended later, with a "
                    "reason.").format(n=pairs),
            self.tr("&Send introductions"), self.applyRequested.emit)


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


__all__ = ["Pair", "ProposalView", "Unmatched"]
