"""The goals view: shared and private goals with their progress, adding and editing a goal
(title, how it is measured, due date, status, progress), milestones, the progress history, and
sharing a private goal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.workspace import GOAL_STATUSES, GoalView
from ementor_desktop.ui.operations.workspace import Workspace
from ementor_desktop.ui.widgets import fit_to_screen
from ementor_desktop.ui.workspace.common import (
    STATUS_NAMES,
    buddy_label,
    button_row,
    date_text,
    finish_view,
    ms_date,
    name_of,
    plain_label,
    translate,
)

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_PROGRESS = Qt.ItemDataRole.UserRole + 1
PROGRESS_COLUMN = 2


class ProgressDelegate(QStyledItemDelegate):
    """Draws a goal's progress as a bar (the item's text, "40 %", is what a screen reader
    reads)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(ROLE_PROGRESS)
        if not isinstance(value, int):
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 3, -4, -3)
        bar.minimum, bar.maximum, bar.progress = 0, 100, value
        bar.text = self.tr("{percent} %").format(percent=value)
        bar.textVisible = True
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 110), max(hint.height(), 24))


def history_lines(goal: GoalView, their_name: str) -> list[str]:
    """The goal's history, newest first, as sentences."""
    titles = {str(m["id"]): str(m["title"]) for m in goal.milestones}
    lines = []
    for number, entry in enumerate(goal.history):
        who = translate("Workspace", "You") if entry.get("by_me") else their_name
        day = ms_date(int(entry.get("at") or 0))
        values: dict[str, Any] = dict(entry.get("set") or {})
        milestone = entry.get("milestone")
        if number == 0:
            text = translate("Workspace", "{who} added the goal").format(who=who)
        elif milestone:
            title = values.get("title") or titles.get(str(milestone),
                                                      translate("Workspace", "a milestone"))
            if values.get("done") is True and "title" not in values:
                text = translate("Workspace", "{who} marked “{title}” done").format(
                    who=who, title=title)
            else:
                text = translate("Workspace", "{who} added the milestone “{title}”").format(
                    who=who, title=title)
        else:
            parts = []
            if "progress" in values:
                parts.append(translate("Workspace", "progress to {percent} %").format(
                    percent=values["progress"]))
            if "status" in values:
                parts.append(translate("Workspace", "status to {status}").format(
                    status=name_of(STATUS_NAMES, str(values["status"]))))
            if "title" in values:
                parts.append(translate("Workspace", "title to “{title}”").format(
                    title=values["title"]))
            if "due" in values:
                parts.append(translate("Workspace", "due date to {day}").format(
                    day=date_text(values["due"]) or translate("Workspace", "none")))
            if "measure" in values:
                parts.append(translate("Workspace", "how it is measured"))
            if "deleted" in values:
                parts.append(translate("Workspace", "deleted") if values["deleted"]
                             else translate("Workspace", "restored"))
            text = translate("Workspace", "{who} changed {what}").format(
                who=who, what=", ".join(parts) or "…")
        lines.append(translate("Workspace", "{day}: {text}").format(day=day, text=text))
    return list(reversed(lines))


class GoalsView(QDialog):
    add_requested = Signal(dict)  # title, measure, due, private
    update_requested = Signal(str, dict)  # goal id, changed fields
    milestone_added = Signal(str, str)  # goal id, title
    milestone_done = Signal(str, str)  # goal id, milestone id
    share_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id = ws.contact_id
        self.ws = ws
        self._goal_id: str | None = None
        self._filling = False
        self._dirty = False
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Goals with {name}").format(name=ws.contact_name))
        fit_to_screen(self, 980, 660)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Shared goals are seen and updated by both of you. Private goals stay on this "
            "computer; {name} never sees them.").format(name=ws.contact_name), self,
            object_name="hint"))
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)

        left = QVBoxLayout()
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Goals"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Goal"), self.tr("Seen by"), self.tr("Progress"),
                                   self.tr("Due")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self.tree))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        left.addWidget(self.tree, 1)
        self.new_button = QPushButton(self.tr("&New goal…"), self)
        self.new_button.setAccessibleName(self.tr("New goal"))
        left.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        columns.addLayout(left, 3)

        self.pages = QStackedWidget(self)
        columns.addWidget(self.pages, 2)
        self._build_details()
        self._build_new()

        bottom = QHBoxLayout()
        self.message = plain_label("", self, object_name="hint")
        bottom.addWidget(self.message, 1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.close_button.clicked.connect(self.reject)
        self.new_button.clicked.connect(self.start_new)
        self.tree.currentItemChanged.connect(lambda item, _p: self._select(item))
        finish_view(self)
        self.set_workspace(ws)

    # -- building ---------------------------------------------------------------------------------
    def _due_row(self, parent: QWidget, name: str) -> tuple[QCheckBox, QDateEdit, QHBoxLayout]:
        box = QCheckBox(self.tr("Due by"), parent)
        box.setAccessibleName(name)
        edit = QDateEdit(QDate.currentDate().addMonths(3), parent)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(self.tr("Due date"))
        edit.setEnabled(False)
        box.toggled.connect(edit.setEnabled)
        row = QHBoxLayout()
        row.addWidget(box)
        row.addWidget(edit, 1)
        return box, edit, row

    def _build_details(self) -> None:
        page = QGroupBox(self.tr("Goal"), self.pages)
        outer = QVBoxLayout(page)
        self.visibility = plain_label("", page)
        outer.addWidget(self.visibility)
        self.share_button = QPushButton(self.tr("Share with {name}…").format(
            name=self.ws.contact_name), page)
        self.share_button.setAccessibleName(self.tr("Share this private goal"))
        outer.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.title = QLineEdit(page)
        self.title.setAccessibleName(self.tr("Goal title"))
        self.title.setMaxLength(300)
        form.addRow(self.tr("&Title:"), self.title)
        self.measure = QPlainTextEdit(page)
        self.measure.setAccessibleName(self.tr("How you will measure it"))
        self.measure.setFixedHeight(56)
        form.addRow(self.tr("&Measured by:"), self.measure)
        self.has_due, self.due, due_row = self._due_row(page, self.tr("The goal has a due date"))
        form.addRow(self.tr("Due:"), due_row)
        self.status = QComboBox(page)
        self.status.setAccessibleName(self.tr("Status"))
        for value in GOAL_STATUSES:
            self.status.addItem(name_of(STATUS_NAMES, value).capitalize(), value)
        form.addRow(self.tr("&Status:"), self.status)
        progress_row = QHBoxLayout()
        self.slider = QSlider(Qt.Orientation.Horizontal, page)
        self.slider.setRange(0, 100)
        self.slider.setPageStep(10)
        self.slider.setAccessibleName(self.tr("Progress slider"))
        self.progress = QSpinBox(page)
        self.progress.setRange(0, 100)
        self.progress.setSuffix(self.tr(" %"))
        self.progress.setAccessibleName(self.tr("Progress in per cent"))
        self.slider.valueChanged.connect(self.progress.setValue)
        self.progress.valueChanged.connect(self.slider.setValue)
        progress_row.addWidget(self.slider, 1)
        progress_row.addWidget(self.progress)
        form.addRow(buddy_label(self.tr("&Progress:"), self.progress, page), progress_row)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete…"), page)
        self.delete_button.setAccessibleName(self.tr("Delete this goal"))
        self.save_button = QPushButton(self.tr("Sa&ve changes"), page)
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save the changes to this goal"))
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        outer.addWidget(plain_label(self.tr("Milestones (tick one when it is done):"), page))
        self.milestones = QListWidget(page)
        self.milestones.setAccessibleName(self.tr("Milestones"))
        self.milestones.setMaximumHeight(96)
        outer.addWidget(self.milestones)
        row = QHBoxLayout()
        self.new_milestone = QLineEdit(page)
        self.new_milestone.setPlaceholderText(self.tr("A new milestone"))
        self.new_milestone.setAccessibleName(self.tr("New milestone"))
        self.add_milestone = QPushButton(self.tr("Add mi&lestone"), page)
        self.add_milestone.setAccessibleName(self.tr("Add the milestone"))
        row.addWidget(self.new_milestone, 1)
        row.addWidget(self.add_milestone)
        outer.addLayout(row)
        outer.addWidget(plain_label(self.tr("History:"), page))
        self.history = QListWidget(page)
        self.history.setAccessibleName(self.tr("History of the goal"))
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.history, 1)
        self.details = page
        self.nothing = plain_label(self.tr("No goal chosen. Choose one on the left, or add a new "
                                           "one."), self.pages, object_name="hint")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.nothing)
        self.pages.addWidget(page)

        self.share_button.clicked.connect(self._ask_share)
        self.delete_button.clicked.connect(self._ask_delete)
        self.save_button.clicked.connect(self._save)
        self.add_milestone.clicked.connect(self._add_milestone)
        self.new_milestone.returnPressed.connect(self._add_milestone)
        self.milestones.itemChanged.connect(self._milestone_changed)
        for signal in (self.title.textChanged, self.measure.textChanged, self.has_due.toggled,
                       self.due.dateChanged, self.status.currentIndexChanged,
                       self.progress.valueChanged):
            signal.connect(self._edited)

    def _build_new(self) -> None:
        page = QGroupBox(self.tr("New goal"), self.pages)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        self.new_title = QLineEdit(page)
        self.new_title.setAccessibleName(self.tr("Title of the new goal"))
        self.new_title.setMaxLength(300)
        self.new_title.setPlaceholderText(self.tr("e.g. Give my first conference talk"))
        form.addRow(self.tr("&Title:"), self.new_title)
        self.new_measure = QPlainTextEdit(page)
        self.new_measure.setAccessibleName(self.tr("How you will measure the new goal"))
        self.new_measure.setPlaceholderText(self.tr("How will you both know it is reached?"))
        self.new_measure.setFixedHeight(64)
        form.addRow(self.tr("&Measured by:"), self.new_measure)
        self.new_has_due, self.new_due, due_row = self._due_row(
            page, self.tr("The new goal has a due date"))
        form.addRow(self.tr("Due:"), due_row)
        outer.addLayout(form)
        self.new_private = QCheckBox(self.tr("Keep this goal &private"), page)
        self.new_private.setAccessibleName(self.tr("Keep this goal private"))
        outer.addWidget(self.new_private)
        outer.addWidget(plain_label(self.tr(
            "A private goal never leaves this computer: {name} does not see it and it is not "
            "sent anywhere. You can share it later; a shared goal cannot be made private "
            "again.").format(name=self.ws.contact_name), page, object_name="hint"))
        outer.addStretch(1)
        buttons, self.cancel_new, self.add_button = button_row(
            page, (self.tr("Cancel"), self.tr("Cancel the new goal")),
            (self.tr("&Add goal"), self.tr("Add the goal")))
        outer.addLayout(buttons)
        self.new_page = page
        self.pages.addWidget(page)
        self.cancel_new.clicked.connect(lambda: self._select(self.tree.currentItem()))
        self.add_button.clicked.connect(self._add)
        self.new_title.returnPressed.connect(self._add)

    # -- showing ----------------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace) -> None:
        self.ws = ws
        keep = self._goal_id
        self.tree.blockSignals(True)
        self.tree.clear()
        current = None
        for goal in ws.goals:
            seen = self.tr("both of you") if goal.shared else self.tr("only you (private)")
            item = QTreeWidgetItem([goal.title, seen, self.tr("{percent} %").format(
                percent=goal.progress), date_text(goal.due)])
            item.setData(0, ROLE_ID, goal.id)
            item.setData(PROGRESS_COLUMN, ROLE_PROGRESS, goal.progress)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.tr(
                "{title}, {seen}, {percent} per cent, {status}").format(
                title=goal.title, seen=seen, percent=goal.progress,
                status=name_of(STATUS_NAMES, goal.status)))
            self.tree.addTopLevelItem(item)
            if goal.id == keep:
                current = item
        self.tree.blockSignals(False)
        for w in (self.new_button, self.add_button, self.save_button, self.add_milestone,
                  self.share_button, self.delete_button):
            w.setEnabled(ws.active)
        if self.pages.currentWidget() is self.new_page:
            if current is not None:
                self.tree.blockSignals(True)
                self.tree.setCurrentItem(current)
                self.tree.blockSignals(False)
            return
        if current is not None:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(current)
            self.tree.blockSignals(False)
            self._show_goal(self._goal(keep), keep_edits=self._dirty)
        else:
            self._goal_id = None
            self.pages.setCurrentWidget(self.nothing)

    def _goal(self, goal_id: str | None) -> GoalView | None:
        return next((g for g in self.ws.goals if g.id == goal_id), None)

    def select(self, goal_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, ROLE_ID) == goal_id:
                self._dirty = False
                self.tree.setCurrentItem(item)
                self._select(item)
                return

    def _select(self, item: QTreeWidgetItem | None) -> None:
        goal = self._goal(item.data(0, ROLE_ID)) if item is not None else None
        self._dirty = False
        if goal is None:
            self._goal_id = None
            self.pages.setCurrentWidget(self.nothing)
            return
        self._show_goal(goal)

    def _show_goal(self, goal: GoalView | None, keep_edits: bool = False) -> None:
        if goal is None:
            return
        self._goal_id = goal.id
        self.pages.setCurrentWidget(self.details)
        name = self.ws.contact_name
        self.visibility.setText(
            self.tr("Shared: {name} sees this goal and can update it.").format(name=name)
            if goal.shared else
            self.tr("Private: only on this computer. {name} does not see it.").format(name=name))
        self.share_button.setVisible(not goal.shared)
        self.delete_button.setVisible(goal.by_me)
        if not keep_edits:
            self._filling = True
            try:
                self.title.setText(goal.title)
                self.measure.setPlainText(goal.measure)
                self.has_due.setChecked(bool(goal.due))
                if goal.due:
                    self.due.setDate(QDate.fromString(goal.due, "yyyy-MM-dd"))
                self.status.setCurrentIndex(max(0, self.status.findData(goal.status)))
                self.progress.setValue(goal.progress)
            finally:
                self._filling = False
            self._dirty = False
        self.milestones.blockSignals(True)
        self.milestones.clear()
        for milestone in goal.milestones:
            item = QListWidgetItem(str(milestone["title"]))
            item.setData(ROLE_ID, milestone["id"])
            done = bool(milestone.get("done"))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not done and self.ws.active:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("{title}, done").format(
                title=milestone["title"]) if done else self.tr("{title}, not done yet").format(
                title=milestone["title"]))
            self.milestones.addItem(item)
        self.milestones.blockSignals(False)
        self.history.clear()
        self.history.addItems(history_lines(goal, name))

    # -- editing ----------------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self._dirty = True

    def start_new(self) -> None:
        """Show the new-goal form, empty, with the focus in its title."""
        self.new_title.clear()
        self.new_measure.clear()
        self.new_has_due.setChecked(False)
        self.new_private.setChecked(False)
        self.pages.setCurrentWidget(self.new_page)
        self.new_title.setFocus()

    def _add(self) -> None:
        title = self.new_title.text().strip()
        if not title:
            self.show_error(self.tr("A goal needs a title."))
            self.new_title.setFocus()
            return
        self.show_message("")
        self.add_requested.emit({
            "title": title, "measure": self.new_measure.toPlainText(),
            "due": self.new_due.date().toString("yyyy-MM-dd") if self.new_has_due.isChecked()
            else None, "private": self.new_private.isChecked()})

    def added(self, goal_id: str) -> None:
        """The controller stored the new goal (and reloaded): show it."""
        self._goal_id = goal_id
        self.pages.setCurrentWidget(self.nothing)
        self.select(goal_id)
        self.show_message(self.tr("Goal added."))

    def _save(self) -> None:
        if self._goal_id is None:
            return
        self.show_message("")
        self.update_requested.emit(self._goal_id, {
            "title": self.title.text().strip(), "measure": self.measure.toPlainText(),
            "due": self.due.date().toString("yyyy-MM-dd") if self.has_due.isChecked() else "",
            "status": self.status.currentData(), "progress": self.progress.value()})

    def saved(self, text: str) -> None:
        self._dirty = False
        self.show_message(text)
        self._show_goal(self._goal(self._goal_id))

    def _add_milestone(self) -> None:
        title = self.new_milestone.text().strip()
        if self._goal_id is not None and title:
            self.milestone_added.emit(self._goal_id, title)
            self.new_milestone.clear()

    def _milestone_changed(self, item: QListWidgetItem) -> None:
        if self._goal_id is not None and item.checkState() == Qt.CheckState.Checked:
            self.milestone_done.emit(self._goal_id, str(item.data(ROLE_ID)))

    def _confirm(self, title: str, text: str, verb: str, then: Any) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, title,
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(text)
        for label in box.findChildren(type(self.message)):
            label.setTextFormat(Qt.TextFormat.PlainText)
        confirm = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: then() if box.clickedButton() is confirm else None)
        box.finished.connect(lambda _r: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def _ask_share(self) -> None:
        goal = self._goal(self._goal_id)
        if goal is None or goal.shared:
            return
        name = self.ws.contact_name
        self._confirm(self.tr("Share this goal with {name}?").format(name=name), self.tr(
            "“{title}” and its milestones go into the goals you share: {name} sees them and "
            "can update them. A shared goal cannot be made private again.").format(
            title=goal.title, name=name), self.tr("Share"),
            lambda: self.share_requested.emit(goal.id))

    def _ask_delete(self) -> None:
        goal = self._goal(self._goal_id)
        if goal is None:
            return
        text = self.tr("“{title}” is marked deleted; its history is kept.").format(
            title=goal.title) \
            if goal.shared else self.tr("“{title}” is removed from this computer.").format(
            title=goal.title)
        self._confirm(self.tr("Delete this goal?"), text, self.tr("Delete"),
                      lambda: self.delete_requested.emit(goal.id))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def show_error(self, text: str) -> None:
        self.show_message(text, error=True)
