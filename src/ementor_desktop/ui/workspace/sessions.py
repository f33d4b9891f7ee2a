"""The sessions view: upcoming and past sessions with every occurrence in the organiser's zone
and in the viewer's, scheduling one session or a series, the shared notes (saved as you pause
typing and merged with the other person's edits), private notes, action items, and the .ics
export."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, QTimeZone, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
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
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.calendar import (
    Occurrence,
    UnreadableSchedule,
    in_zone,
    occurrences,
)
from ementor_desktop.domain.shared import Session
from ementor_desktop.ui.operations.workspace import Workspace, text_changes
from ementor_desktop.ui.widgets import fit_to_screen
from ementor_desktop.ui.workspace.common import (
    CADENCE_NAMES,
    STATUS_NAMES,
    buddy_label,
    button_row,
    finish_view,
    ms_date,
    name_of,
    plain_label,
    tr,
    translate,
    wall_text,
    when_text,
)

ROLE_ID = Qt.ItemDataRole.UserRole
NOTES_DELAY_MS = 800  # the shared notes are saved this long after the last keystroke
SHOWN_OCCURRENCES = 60


@cache
def zone_names() -> list[str]:
    return sorted(z for z in available_timezones() if ("/" in z and not z.startswith(
        ("posix/", "right/", "Etc/"))) or z == "UTC")


def _probe(start: str, tz: str, minutes: int, repeat: str | None,
           count: int | None) -> Session:
    """A session not stored anywhere, to list the occurrences of what is being scheduled."""
    return Session("0" * 32, "", start, tz, minutes, repeat, count, "", None, "planned", "",
                   False, "", True, 0, 0, ())


def occurrence_line(occurrence: Occurrence, my_zone: str, their_zone: str | None = None,
                    their_name: str = "") -> str:
    """One occurrence in the organiser's zone, and in the viewer's when that differs."""
    text = when_text(occurrence.start)
    mine = in_zone(occurrence, my_zone)
    if getattr(occurrence.start.tzinfo, "key", "") != my_zone:
        text += " — " + translate("Workspace", "your time: {when}").format(
            when=when_text(mine.start))
    if their_zone and their_zone not in (my_zone, getattr(occurrence.start.tzinfo, "key", "")):
        theirs = in_zone(occurrence, their_zone)
        text += " — " + translate("Workspace", "{name}: {when}").format(
            name=their_name, when=when_text(theirs.start))
    return text


def fill_times(tree: QTreeWidget, found: list[Occurrence], zone: str, ws: Workspace) -> None:
    """The occurrences as rows: the organiser's wall time, the viewer's, and the other
    person's when their zone is known and differs (each column names its zone)."""
    zones = [zone] + [z for z in (ws.my_zone, ws.their_zone) if z and z != zone]
    zones = list(dict.fromkeys(zones))
    headers = [translate("Workspace", "#")]
    for z in zones:
        if z == zone:
            headers.append(translate("Workspace", "Organiser ({zone})").format(zone=z))
        elif z == ws.my_zone:
            headers.append(translate("Workspace", "You ({zone})").format(zone=z))
        else:
            headers.append(translate("Workspace", "{name} ({zone})").format(
                name=ws.contact_name, zone=z))
    tree.clear()
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    for occurrence in found:
        cells = [str(occurrence.number)]
        spoken = []
        for z, header in zip(zones, headers[1:], strict=True):
            moment = occurrence.start if z == zone else in_zone(occurrence, z).start
            cells.append(wall_text(moment))
            spoken.append(translate("Workspace", "{who}: {when}").format(
                who=header, when=wall_text(moment)))
        item = QTreeWidgetItem(cells)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, ", ".join(spoken))
        tree.addTopLevelItem(item)
    for column in range(len(headers)):
        tree.resizeColumnToContents(column)


def _times_tree(parent: QWidget, name: str) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setAccessibleName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    return tree


def _utf16(text: str, index: int) -> int:
    """A Python index into `text` as a position in Qt's text (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def replace_text(editor: QPlainTextEdit, new: str) -> None:
    """Make the editor show `new` by changing only what differs, so the person's cursor and
    the view stay where they are: what the other person typed appears around them (text
    inserted right at the cursor goes after it, as if typed there by someone else)."""
    old = editor.toPlainText()
    if old == new:
        return
    changes = text_changes(old, new)
    here = editor.textCursor().position()
    pos = len(old.encode("utf-16-le")[:here * 2].decode("utf-16-le", "ignore"))
    moved = pos
    for start, end, replacement in changes:
        if start >= pos:
            break
        if end <= pos:
            moved += len(replacement) - (end - start)
        else:  # the cursor was inside text that was replaced: after the replacement
            moved = moved - (pos - start) + len(replacement)
    scroll = editor.verticalScrollBar().value()
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    for start, end, replacement in reversed(changes):
        cursor.setPosition(_utf16(old, start))
        cursor.setPosition(_utf16(old, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
    cursor.endEditBlock()
    mine = editor.textCursor()
    mine.setPosition(_utf16(new, moved))
    editor.setTextCursor(mine)
    editor.verticalScrollBar().setValue(scroll)


class SessionsView(QDialog):
    schedule_requested = Signal(dict)
    change_requested = Signal(str, dict)  # session id, the changed fields (a reschedule)
    status_requested = Signal(str, str)  # session id, "planned" | "held" | "cancelled"
    delete_requested = Signal(str)
    notes_save_requested = Signal(str, str, str)  # session id, base, mine
    private_note_requested = Signal(str, str)  # session id ("" for the person), text
    action_added = Signal(str, str, str, str)  # session id, title, due, goal id ("": none)
    action_done = Signal(str, bool)  # action id, done
    export_requested = Signal(str)  # path of the .ics file
    feedback_requested = Signal(str)  # session id

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id = ws.contact_id
        self.ws = ws
        self._session_id: str | None = None
        self._changing: str | None = None  # the session the form changes (None: a new one)
        self._changing_from: dict[str, object] = {}
        self._base = ""  # the shared notes as stored, with every save sent so far
        self._confirmed = ""  # the shared notes as last read back from the vault
        self._in_flight = 0
        self._applying = False
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Sessions with {name}").format(name=ws.contact_name))
        fit_to_screen(self, 1040, 700)
        layout = QVBoxLayout(self)
        self.zone_hint = plain_label("", self, object_name="hint")
        layout.addWidget(self.zone_hint)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)

        left = QVBoxLayout()
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Sessions"))
        self.tree.setHeaderLabels([self.tr("Session"), self.tr("When (your time)")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        left.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.schedule_button = QPushButton(self.tr("&Schedule…"), self)
        self.schedule_button.setAccessibleName(self.tr("Schedule a session"))
        self.export_button = QPushButton(self.tr("E&xport .ics…"), self)
        self.export_button.setAccessibleName(self.tr("Export the sessions as a calendar file"))
        buttons.addWidget(self.schedule_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        self.person_notes_button = QPushButton(self.tr("Private notes about {name}…").format(
            name=ws.contact_name), self)
        self.person_notes_button.setAccessibleName(self.tr("Private notes about {name}").format(
            name=ws.contact_name))
        left.addWidget(self.person_notes_button, 0, Qt.AlignmentFlag.AlignLeft)
        columns.addLayout(left, 2)

        self.pages = QStackedWidget(self)
        columns.addWidget(self.pages, 3)
        self.nothing = plain_label(self.tr("No session chosen. Choose one on the left, or schedule "
                                           "one."), self.pages, object_name="hint")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.nothing)
        self._build_details()
        self._build_new()
        self._build_person()

        bottom = QHBoxLayout()
        self.message = plain_label("", self, object_name="hint")
        bottom.addWidget(self.message, 1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)
        self._notes_timer.timeout.connect(self.flush_notes)
        self.close_button.clicked.connect(self.reject)
        self.schedule_button.clicked.connect(self.start_new)
        self.export_button.clicked.connect(self._export)
        self.person_notes_button.clicked.connect(
            lambda: self.pages.setCurrentWidget(self.person_page))
        self.tree.currentItemChanged.connect(lambda item, _p: self._select(item))
        finish_view(self)
        self.set_workspace(ws)

    # -- building ---------------------------------------------------------------------------------
    def _build_details(self) -> None:
        page = QWidget(self.pages)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        self.session_title = plain_label("", page)
        font = self.session_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.session_title.setFont(font)
        outer.addWidget(self.session_title)
        self.session_state = plain_label("", page, object_name="hint")
        outer.addWidget(self.session_state)
        self.times = _times_tree(page, self.tr("Times of the session"))
        self.times.setMaximumHeight(120)
        outer.addWidget(self.times)
        self.agenda = plain_label("", page)
        outer.addWidget(self.agenda)
        link_row = QHBoxLayout()
        self.link = plain_label("", page, object_name="hint")
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_link = QPushButton(self.tr("Open link"), page)
        self.open_link.setAccessibleName(self.tr("Open the meeting link in the browser"))
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.open_link)
        outer.addLayout(link_row)
        row = QHBoxLayout()
        self.held_button = QPushButton(self.tr("Mark as &held"), page)
        self.held_button.setAccessibleName(self.tr("Mark the session as held"))
        self.feedback_button = QPushButton(self.tr("Give &feedback…"), page)
        self.feedback_button.setAccessibleName(self.tr("Give feedback on this session"))
        self.cancel_button = QPushButton(self.tr("Cancel session…"), page)
        self.cancel_button.setAccessibleName(self.tr("Cancel this session"))
        self.replan_button = QPushButton(self.tr("Plan again"), page)
        self.replan_button.setAccessibleName(self.tr("Mark the session as planned again"))
        self.delete_button = QPushButton(self.tr("Delete…"), page)
        self.delete_button.setAccessibleName(self.tr("Delete this session"))
        self.change_button = QPushButton(self.tr("C&hange…"), page)
        self.change_button.setAccessibleName(self.tr("Change or reschedule this session"))
        for b in (self.change_button, self.held_button, self.feedback_button,
                  self.replan_button, self.cancel_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        outer.addLayout(row)

        self.tabs = QTabWidget(page)
        self.tabs.setAccessibleName(self.tr("Notes and action items"))
        shared = QWidget(self.tabs)
        box = QVBoxLayout(shared)
        self.notes = QPlainTextEdit(shared)
        self.notes.setAccessibleName(self.tr("Shared notes"))
        self.notes.setPlaceholderText(self.tr("Notes you both see and edit. They are saved as you "
                                              "type."))
        box.addWidget(self.notes, 1)
        self.notes_state = plain_label("", shared, object_name="hint")
        box.addWidget(self.notes_state)
        self.tabs.addTab(shared, self.tr("Shared notes"))

        private = QWidget(self.tabs)
        box = QVBoxLayout(private)
        box.addWidget(plain_label(self.tr("Only on this computer; never sent."), private,
                                  object_name="hint"))
        self.private_list = QPlainTextEdit(private)
        self.private_list.setReadOnly(True)
        self.private_list.setAccessibleName(self.tr("Your private notes on this session"))
        box.addWidget(self.private_list, 1)
        self.private_new = QPlainTextEdit(private)
        self.private_new.setAccessibleName(self.tr("New private note on this session"))
        self.private_new.setFixedHeight(60)
        box.addWidget(self.private_new)
        self.private_add = QPushButton(self.tr("Add private note"), private)
        self.private_add.setAccessibleName(self.tr("Add the private note"))
        box.addWidget(self.private_add, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(private, self.tr("Private notes"))

        actions = QWidget(self.tabs)
        box = QVBoxLayout(actions)
        self.action_items = QListWidget(actions)
        self.action_items.setAccessibleName(self.tr("Action items (tick when done)"))
        box.addWidget(self.action_items, 1)
        row = QHBoxLayout()
        self.action_title = QLineEdit(actions)
        self.action_title.setPlaceholderText(self.tr("A new action item"))
        self.action_title.setAccessibleName(self.tr("New action item"))
        self.action_has_due = QCheckBox(self.tr("Due by"), actions)
        self.action_has_due.setAccessibleName(self.tr("The action item has a due date"))
        self.action_due = QDateEdit(QDate.currentDate().addDays(7), actions)
        self.action_due.setCalendarPopup(True)
        self.action_due.setAccessibleName(self.tr("Due date of the action item"))
        self.action_due.setEnabled(False)
        self.action_has_due.toggled.connect(self.action_due.setEnabled)
        self.action_goal = QComboBox(actions)
        self.action_goal.setAccessibleName(self.tr("Goal the action item works towards"))
        self.action_goal.setMinimumContentsLength(12)
        self.action_goal.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_add = QPushButton(self.tr("Add"), actions)
        self.action_add.setAccessibleName(self.tr("Add the action item"))
        for w in (self.action_title, self.action_goal, self.action_has_due, self.action_due,
                  self.action_add):
            row.addWidget(w, 1 if w is self.action_title else 0)
        box.addLayout(row)
        self.tabs.addTab(actions, self.tr("Action items"))
        outer.addWidget(self.tabs, 1)
        self.details = page
        self.pages.addWidget(page)

        self.notes.textChanged.connect(self._notes_edited)
        self.private_add.clicked.connect(self._add_private)
        self.action_add.clicked.connect(self._add_action)
        self.action_title.returnPressed.connect(self._add_action)
        self.action_items.itemChanged.connect(self._action_changed)
        self.open_link.clicked.connect(self._open_link)
        self.held_button.clicked.connect(lambda: self._status("held"))
        self.replan_button.clicked.connect(lambda: self._status("planned"))
        self.cancel_button.clicked.connect(self._ask_cancel)
        self.delete_button.clicked.connect(self._ask_delete)
        self.change_button.clicked.connect(self.start_change)
        self.feedback_button.clicked.connect(self._feedback)

    def _build_new(self) -> None:
        page = QGroupBox(self.tr("Schedule a session"), self.pages)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        self.new_title = QLineEdit(page)
        self.new_title.setAccessibleName(self.tr("Title of the session"))
        self.new_title.setMaxLength(300)
        self.new_title.setText(self.tr("Mentoring session"))
        form.addRow(self.tr("&Title:"), self.new_title)
        self.new_start = QDateTimeEdit(page)
        # The picked time is a wall time in the chosen zone, not in this computer's: shown in
        # UTC so that no time of day is skipped or doubled by the computer's own clock changes.
        self.new_start.setTimeZone(QTimeZone.utc())
        tomorrow = QDate.currentDate().addDays(1)
        self.new_start.setDateTime(QDateTime(tomorrow, QTime(10, 0), QTimeZone.utc()))
        self.new_start.setCalendarPopup(True)
        self.new_start.setAccessibleName(self.tr("Date and time, in the time zone below"))
        form.addRow(self.tr("&When:"), self.new_start)
        self.new_zone = QComboBox(page)
        self.new_zone.setEditable(True)
        self.new_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.new_zone.setAccessibleName(self.tr("Time zone of the session"))
        zone_field = self.new_zone.lineEdit()
        if zone_field is not None:  # what a screen reader says inside the editable box
            zone_field.setAccessibleName(self.tr("Time zone of the session"))
        form.addRow(self.tr("Time &zone:"), self.new_zone)
        self.new_minutes = QSpinBox(page)
        self.new_minutes.setRange(5, 1440)
        self.new_minutes.setSingleStep(15)
        self.new_minutes.setValue(60)
        self.new_minutes.setSuffix(self.tr(" minutes"))
        self.new_minutes.setAccessibleName(self.tr("Length in minutes"))
        form.addRow(self.tr("&Length:"), self.new_minutes)
        repeat_row = QHBoxLayout()
        self.new_repeat = QComboBox(page)
        self.new_repeat.setAccessibleName(self.tr("Repeat"))
        self.new_repeat.addItem(self.tr("Once"), None)
        for value, label in CADENCE_NAMES.items():
            self.new_repeat.addItem(tr(label).capitalize(), value)
        self.new_count = QSpinBox(page)
        self.new_count.setRange(1, 260)
        self.new_count.setValue(6)
        self.new_count.setSuffix(self.tr(" times"))
        self.new_count.setAccessibleName(self.tr("How many sessions in the series"))
        self.new_count.setEnabled(False)
        repeat_row.addWidget(self.new_repeat, 1)
        repeat_row.addWidget(self.new_count)
        form.addRow(buddy_label(self.tr("&Repeat:"), self.new_repeat, page), repeat_row)
        self.new_agenda = QPlainTextEdit(page)
        self.new_agenda.setAccessibleName(self.tr("Agenda"))
        self.new_agenda.setFixedHeight(56)
        form.addRow(self.tr("&Agenda:"), self.new_agenda)
        self.new_link = QLineEdit(page)
        self.new_link.setPlaceholderText("https://")
        self.new_link.setAccessibleName(self.tr("Meeting link (https)"))
        form.addRow(self.tr("Lin&k:"), self.new_link)
        outer.addLayout(form)
        outer.addWidget(plain_label(self.tr("When it is:"), page))
        self.preview = _times_tree(page, self.tr("When the sessions fall"))
        outer.addWidget(self.preview, 1)
        buttons, self.cancel_new, self.schedule_confirm = button_row(
            page, (self.tr("Cancel"), self.tr("Cancel scheduling")),
            (self.tr("Sc&hedule"), self.tr("Schedule it")))
        outer.addLayout(buttons)
        self.new_page = page
        self.pages.addWidget(page)
        self.new_repeat.currentIndexChanged.connect(
            lambda _i: self.new_count.setEnabled(self.new_repeat.currentData() is not None))
        for signal in (self.new_start.dateTimeChanged, self.new_zone.currentTextChanged,
                       self.new_minutes.valueChanged, self.new_repeat.currentIndexChanged,
                       self.new_count.valueChanged):
            signal.connect(self._preview)
        self.cancel_new.clicked.connect(lambda: self._select(self.tree.currentItem()))
        self.schedule_confirm.clicked.connect(self._schedule)

    def _build_person(self) -> None:
        page = QGroupBox(self.tr("Private notes about {name}").format(name=self.ws.contact_name),
                         self.pages)
        box = QVBoxLayout(page)
        box.addWidget(plain_label(self.tr("Only on this computer; never sent. For what you want to "
                                          "remember about {name}.").format(
            name=self.ws.contact_name), page, object_name="hint"))
        self.person_list = QPlainTextEdit(page)
        self.person_list.setReadOnly(True)
        self.person_list.setAccessibleName(self.tr("Your private notes about {name}").format(
            name=self.ws.contact_name))
        box.addWidget(self.person_list, 1)
        self.person_new = QPlainTextEdit(page)
        self.person_new.setAccessibleName(self.tr("New private note about {name}").format(
            name=self.ws.contact_name))
        self.person_new.setFixedHeight(70)
        box.addWidget(self.person_new)
        self.person_add = QPushButton(self.tr("Add private note"), page)
        self.person_add.setAccessibleName(self.tr("Add the private note about {name}").format(
            name=self.ws.contact_name))
        box.addWidget(self.person_add, 0, Qt.AlignmentFlag.AlignRight)
        self.person_page = page
        self.pages.addWidget(page)
        self.person_add.clicked.connect(self._add_person_note)

    # -- showing ----------------------------------------------------------------------------------
    def _now(self) -> datetime:
        return datetime.now(UTC)

    def set_workspace(self, ws: Workspace) -> None:
        self.ws = ws
        self.zone_hint.setText(self.tr("Each time is shown in the organiser's time zone and in "
                                       "yours ({zone}).").format(zone=ws.my_zone))
        keep = self._session_id
        now = self._now()
        upcoming: list[tuple[datetime, Session, Occurrence | None]] = []
        past: list[tuple[datetime, Session, Occurrence | None]] = []
        for session in ws.records.sessions:
            if session.deleted:
                continue
            try:
                ahead = occurrences(session, after=now, limit=1)
                every = occurrences(session, limit=1)
            except UnreadableSchedule:
                past.append((datetime.min.replace(tzinfo=UTC), session, None))
                continue
            if ahead and session.status == "planned":
                upcoming.append((ahead[0].start.astimezone(UTC), session, ahead[0]))
            else:
                first = every[0] if every else None
                past.append((first.start.astimezone(UTC) if first else
                             datetime.min.replace(tzinfo=UTC), session, first))
        upcoming.sort(key=lambda t: t[0])
        past.sort(key=lambda t: t[0], reverse=True)
        self.tree.blockSignals(True)
        self.tree.clear()
        current = None
        for label, rows in ((self.tr("Upcoming"), upcoming), (self.tr("Past and cancelled"), past)):
            group = QTreeWidgetItem([label, ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.tr("{group}: {n}").format(
                group=label, n=len(rows)))
            self.tree.addTopLevelItem(group)
            for _key, session, occurrence in rows:
                title = session.title
                if session.repeat:
                    title = self.tr("{title} ({repeat}, {count})").format(
                        title=session.title, repeat=name_of(CADENCE_NAMES, session.repeat),
                        count=self.tr("{n} times").format(n=session.count) if session.count
                        else self.tr("no end"))
                if session.status != "planned":
                    title += " · " + name_of(STATUS_NAMES, session.status)
                when = wall_text(in_zone(occurrence, ws.my_zone).start) if occurrence else ""
                item = QTreeWidgetItem([title, when])
                item.setData(0, ROLE_ID, session.id)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                             self.tr("{title}, {when}").format(title=title, when=when))
                group.addChild(item)
                if session.id == keep:
                    current = item
            group.setExpanded(True)
        self.tree.resizeColumnToContents(1)
        self.tree.blockSignals(False)
        for w in (self.schedule_button, self.private_add, self.person_add, self.action_add,
                  self.held_button, self.cancel_button, self.delete_button, self.replan_button,
                  self.schedule_confirm, self.change_button):
            w.setEnabled(ws.active)
        self.notes.setReadOnly(not ws.active)
        self._show_person_notes()
        if current is not None:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(current)
            self.tree.blockSignals(False)
        if self.pages.currentWidget() is self.details and keep is not None:
            if current is None:
                self._leave_session()
                self.pages.setCurrentWidget(self.nothing)
            else:
                self._show_session(self._session(keep), refresh=True)
        if self.pages.currentWidget() is self.new_page and self.new_zone.count() == 0:
            self._fill_zones()

    def _session(self, session_id: str | None) -> Session | None:
        return next((s for s in self.ws.records.sessions if s.id == session_id), None)

    def select(self, session_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount() if group is not None else 0):
                item = group.child(j) if group is not None else None
                if item is not None and item.data(0, ROLE_ID) == session_id:
                    self.tree.setCurrentItem(item)
                    self._select(item)
                    return

    def _select(self, item: QTreeWidgetItem | None) -> None:
        session = self._session(item.data(0, ROLE_ID)) if item is not None else None
        if session is None or session.id != self._session_id:
            self._leave_session()
        if session is None:
            self.pages.setCurrentWidget(self.nothing)
            return
        self._show_session(session)

    def _leave_session(self) -> None:
        """Save what is typed in the notes of the session shown before another is shown."""
        self.flush_notes()
        self._session_id = None

    def _show_session(self, session: Session | None, refresh: bool = False) -> None:
        if session is None:
            return
        ws = self.ws
        first_show = session.id != self._session_id
        self._session_id = session.id
        self.pages.setCurrentWidget(self.details)
        self.session_title.setText(session.title)
        who = self.tr("you") if session.by_me else ws.contact_name
        self.session_state.setText(self.tr("{status} · planned by {who} · {minutes} "
                                           "minutes").format(
            status=name_of(STATUS_NAMES, session.status).capitalize(), who=who,
            minutes=session.minutes))
        try:
            fill_times(self.times, occurrences(session, limit=SHOWN_OCCURRENCES), session.tz,
                       ws)
        except UnreadableSchedule as err:
            self.times.clear()
            self.times.addTopLevelItem(QTreeWidgetItem(["", str(err)]))
        self.agenda.setText(self.tr("Agenda: {agenda}").format(agenda=session.agenda)
                            if session.agenda else "")
        self.agenda.setVisible(bool(session.agenda))
        self.link.setText(session.link or "")
        self.link.setVisible(bool(session.link))
        self.open_link.setVisible(bool(session.link and session.link.startswith("https://")))
        self.change_button.setVisible(session.status == "planned")
        self.held_button.setVisible(session.status == "planned")
        self.cancel_button.setVisible(session.status == "planned")
        self.replan_button.setVisible(session.status != "planned")
        self.feedback_button.setVisible(session.status == "held")
        self.delete_button.setVisible(session.by_me)
        if first_show:
            self._applying = True
            try:
                self.notes.setPlainText(session.notes)
            finally:
                self._applying = False
            self._base = self._confirmed = session.notes
            self._in_flight = 0
            self.notes_state.setText("")
        elif refresh:
            self._remote_notes(session.notes)
        private = [n for n in ws.private_notes if n.session == session.id]
        self.private_list.setPlainText("\n\n".join(
            self.tr("{day}: {text}").format(day=ms_date(n.created_at), text=n.body)
            for n in private)
            or self.tr("No private notes on this session yet."))
        chosen = self.action_goal.currentData()
        self.action_goal.clear()
        self.action_goal.addItem(self.tr("No goal"), None)
        for goal in ws.records.goals:
            if not goal.deleted:
                self.action_goal.addItem(goal.title, goal.id)
        self.action_goal.setCurrentIndex(max(0, self.action_goal.findData(chosen)))
        self.action_items.blockSignals(True)
        self.action_items.clear()
        for action in ws.records.actions:
            if action.deleted or action.session != session.id:
                continue
            text = action.title
            if action.due:
                text += " · " + self.tr("due {day}").format(day=action.due)
            goal_title = next((g.title for g in ws.records.goals if g.id == action.goal), None)
            if goal_title:
                text += " · " + self.tr("for the goal “{goal}”").format(goal=goal_title)
            item = QListWidgetItem(text)
            item.setData(ROLE_ID, action.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if ws.active:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked)
            self.action_items.addItem(item)
        self.action_items.blockSignals(False)

    def _show_person_notes(self) -> None:
        notes = [n for n in self.ws.private_notes if n.session is None]
        self.person_list.setPlainText("\n\n".join(
            self.tr("{day}: {text}").format(day=ms_date(n.created_at), text=n.body) for n in notes)
            or self.tr("No private notes about {name} yet.").format(name=self.ws.contact_name))

    # -- shared notes -----------------------------------------------------------------------------
    def _notes_edited(self) -> None:
        if self._applying or self._session_id is None:
            return
        self.notes_state.setText(self.tr("Not saved yet…"))
        self._notes_timer.start()

    def flush_notes(self) -> None:
        """Save the shared notes now if they were edited (the pause timer, leaving a session,
        closing the view)."""
        self._notes_timer.stop()
        if self._session_id is None:
            return
        mine = self.notes.toPlainText()
        if mine == self._base:
            return
        base, self._base = self._base, mine  # the next save builds on this one
        self._in_flight += 1
        self.notes_state.setText(self.tr("Saving…"))
        self.notes_save_requested.emit(self._session_id, base, mine)

    def notes_saved(self, session_id: str, sent: str, stored: str) -> None:
        """A save came back: `stored` is the notes as they are now (merged with the other
        person's edits)."""
        if session_id != self._session_id:
            return
        self._in_flight = max(0, self._in_flight - 1)
        self._confirmed = stored
        if self._in_flight == 0 and self.notes.toPlainText() == sent:
            self._apply(stored)
            self._base = stored
            self.notes_state.setText(self.tr("Saved."))

    def notes_failed(self, session_id: str, text: str) -> None:
        if session_id != self._session_id:
            return
        self._in_flight = max(0, self._in_flight - 1)
        self._base = self._confirmed  # the next save starts again from what is stored
        self.notes_state.setText(self.tr("Not saved: {reason}").format(reason=text))

    def _remote_notes(self, stored: str) -> None:
        """The notes changed in the vault (the other person's edits arrived)."""
        self._confirmed = stored
        if self._in_flight or self.notes.toPlainText() != self._base or stored == self._base:
            return  # the person is typing: their next save merges it
        self._apply(stored)
        self._base = stored

    def _apply(self, text: str) -> None:
        self._applying = True
        try:
            replace_text(self.notes, text)
        finally:
            self._applying = False

    # -- other requests ---------------------------------------------------------------------------
    def _status(self, status: str) -> None:
        if self._session_id is not None:
            self.status_requested.emit(self._session_id, status)

    def _confirm(self, title: str, text: str, verb: str, then: object) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, title,
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(text)
        for label in box.findChildren(type(self.message)):
            label.setTextFormat(Qt.TextFormat.PlainText)
        confirm = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: then() if box.clickedButton() is confirm  # type: ignore[operator]
                             else None)
        box.finished.connect(lambda _r: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def _ask_cancel(self) -> None:
        session = self._session(self._session_id)
        if session is not None:
            self._confirm(self.tr("Cancel this session?"), self.tr(
                "“{title}” is marked cancelled for both of you{series}.").format(
                title=session.title, series=self.tr(", every time of the series")
                if session.repeat else ""), self.tr("Cancel session"),
                lambda: self.status_requested.emit(session.id, "cancelled"))

    def _ask_delete(self) -> None:
        session = self._session(self._session_id)
        if session is not None:
            self._confirm(self.tr("Delete this session?"), self.tr(
                "“{title}” is marked deleted for both of you; its notes stay in the record."
            ).format(title=session.title), self.tr("Delete"),
                lambda: self.delete_requested.emit(session.id))

    def _add_private(self) -> None:
        text = self.private_new.toPlainText()
        if self._session_id is not None and text.strip():
            self.private_note_requested.emit(self._session_id, text)
            self.private_new.clear()

    def _add_person_note(self) -> None:
        text = self.person_new.toPlainText()
        if text.strip():
            self.private_note_requested.emit("", text)
            self.person_new.clear()

    def _add_action(self) -> None:
        title = self.action_title.text().strip()
        if self._session_id is not None and title:
            due = self.action_due.date().toString("yyyy-MM-dd") \
                if self.action_has_due.isChecked() else ""
            goal = self.action_goal.currentData()
            self.action_added.emit(self._session_id, title, due, goal or "")
            self.action_title.clear()

    def _action_changed(self, item: QListWidgetItem) -> None:
        self.action_done.emit(str(item.data(ROLE_ID)),
                              item.checkState() == Qt.CheckState.Checked)

    def _feedback(self) -> None:
        if self._session_id is not None:
            self.feedback_requested.emit(self._session_id)

    def _open_link(self) -> None:
        session = self._session(self._session_id)
        if session is not None and session.link and session.link.startswith("https://"):
            QDesktopServices.openUrl(QUrl(session.link, QUrl.ParsingMode.StrictMode))

    def _export(self) -> None:
        default = str(Path.home() / self.tr("mentoring-sessions.ics"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the sessions"), default,
                                              self.tr("Calendar files (*.ics)"))
        if path:
            if not path.lower().endswith(".ics"):
                path += ".ics"
            self.export_requested.emit(path)

    # -- scheduling -------------------------------------------------------------------------------
    def _fill_zones(self) -> None:
        ws = self.ws
        self.new_zone.blockSignals(True)
        self.new_zone.clear()
        first = [ws.my_zone] + [z for z in (ws.their_zone, "UTC") if z and z != ws.my_zone]
        for zone in first:
            self.new_zone.addItem(zone)
        self.new_zone.insertSeparator(len(first))
        for zone in zone_names():
            if zone not in first:
                self.new_zone.addItem(zone)
        self.new_zone.setCurrentIndex(0)
        self.new_zone.blockSignals(False)

    def start_new(self) -> None:
        """Show the scheduling form, in the viewer's zone, with the focus in its title."""
        self._leave_session()
        self._set_changing(None)
        self._fill_zones()
        self.pages.setCurrentWidget(self.new_page)
        self._preview()
        self.new_title.setFocus()
        self.new_title.selectAll()

    def _set_changing(self, session: Session | None) -> None:
        """The form schedules a new session (None) or changes `session`."""
        self._changing = session.id if session is not None else None
        self._changing_from = {}
        self.new_page.setTitle(self.tr("Change the session") if session
                               else self.tr("Schedule a session"))
        self.schedule_confirm.setText(self.tr("Save c&hanges") if session else self.tr("Sc&hedule"))
        self.schedule_confirm.setAccessibleName(self.tr("Save the changes to the session")
                                                if session else self.tr("Schedule it"))
        self.new_repeat.setEnabled(session is None)  # a series stays a series (or a single one)

    def start_change(self) -> None:
        """The form, filled with the open session: change its time, zone, length, title,
        agenda, link or (for a series) the number of sessions."""
        session = self._session(self._session_id)
        if session is None:
            return
        self.flush_notes()
        self._leave_session()
        self._fill_zones()
        self._set_changing(session)
        self.new_title.setText(session.title)
        wall = QDateTime.fromString(session.start, "yyyy-MM-ddTHH:mm")
        self.new_start.setDateTime(QDateTime(wall.date(), wall.time(), QTimeZone.utc()))
        self.new_zone.setCurrentText(session.tz)
        self.new_minutes.setValue(session.minutes)
        self.new_repeat.setCurrentIndex(max(0, self.new_repeat.findData(session.repeat)))
        self.new_count.setEnabled(session.repeat is not None)
        if session.count:
            self.new_count.setValue(session.count)
        self.new_agenda.setPlainText(session.agenda)
        self.new_link.setText(session.link or "")
        self._changing_from = self.schedule_fields()
        self.pages.setCurrentWidget(self.new_page)
        self._preview()
        self.new_start.setFocus()

    def schedule_fields(self) -> dict[str, object]:
        wall = self.new_start.dateTime()
        repeat = self.new_repeat.currentData()
        return {"title": self.new_title.text().strip(),
                "at": wall.toString("yyyy-MM-ddTHH:mm"),
                "tz": self.new_zone.currentText().strip(),
                "minutes": self.new_minutes.value(),
                "repeat": repeat,
                "count": self.new_count.value() if repeat else None,
                "agenda": self.new_agenda.toPlainText() or None,
                "link": self.new_link.text().strip() or None}

    def _preview(self, *_args: object) -> None:
        fields = self.schedule_fields()
        try:
            probe = _probe(str(fields["at"]), str(fields["tz"]), int(str(fields["minutes"])),
                           fields["repeat"] if isinstance(fields["repeat"], str) else None,
                           fields["count"] if isinstance(fields["count"], int) else None)
            fill_times(self.preview, occurrences(probe, limit=SHOWN_OCCURRENCES), probe.tz,
                       self.ws)
        except (UnreadableSchedule, ValueError):
            self.preview.clear()
            self.preview.setHeaderLabels([self.tr("#"), self.tr("When")])
            self.preview.addTopLevelItem(QTreeWidgetItem(["", self.tr(
                "Choose a time zone from the list, e.g. Europe/Berlin.")]))

    def _schedule(self) -> None:
        fields = self.schedule_fields()
        if not fields["title"]:
            self.show_error(self.tr("A session needs a title."))
            self.new_title.setFocus()
            return
        self.show_message("")
        if self._changing is not None:
            changed = {k: v for k, v in fields.items()
                       if k != "repeat" and v != self._changing_from.get(k)}
            if "agenda" in changed and changed["agenda"] is None:
                changed["agenda"] = ""
            if "link" in changed and changed["link"] is None:
                changed["link"] = ""
            if not changed:
                self._select(self.tree.currentItem())
                return
            self.change_requested.emit(self._changing, changed)
            return
        self.schedule_requested.emit(fields)

    def changed(self, session_id: str) -> None:
        self._set_changing(None)
        self.pages.setCurrentWidget(self.nothing)
        self.select(session_id)
        self.show_message(self.tr("Session changed; calendars that imported it update it."))

    def scheduled(self, session_id: str) -> None:
        self.pages.setCurrentWidget(self.nothing)
        self.select(session_id)
        self.show_message(self.tr("Session scheduled."))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def show_error(self, text: str) -> None:
        self.show_message(text, error=True)

    def done(self, result: int) -> None:
        self.flush_notes()  # closing (or locking) never loses what was typed
        super().done(result)
