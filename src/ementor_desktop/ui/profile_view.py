"""Profiles in the app: the form for one's own profile (first run and "Edit my profile…"), the
dialog around it with what contacts see by default, and a contact's profile — read-only, what
they shared, and which of our fields they see.

A contact's profile is their own text: every label showing it is `Qt.PlainText`, never markup.
Vault work runs on the database worker (`ui/operations/profile.py`); the checks of what a person
types are the domain's (`domain/profile.py`), run here at once for inline errors.
`open_my_profile` and `open_contact_profile` are the entry points the main window calls.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain import profile as service
from ementor_desktop.domain.models import Profile, Role
from ementor_desktop.errors import EmentorError, UsageError
from ementor_desktop.matching.timezones import known_timezones, parse_timezone
from ementor_desktop.protocol import profile_schema as schema
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.ui.operations import profile as ops
from ementor_desktop.ui.widgets import Spinner, fit_to_screen
from ementor_desktop.ui.worker import DbWorker

# `translate("Profile", "…")`: pyside6-lupdate files a literal under the context it names (a
# module-level tr() wrapper would leave it in no context); tr() is for marked values.
translate = QCoreApplication.translate


def tr(text: str) -> str:
    """A value marked with QT_TRANSLATE_NOOP("Profile", …), translated now."""
    return translate("Profile", text)


def _style_tr(text: str) -> str:
    """The working-style questions and answers are the domain's English; translators add them
    to the context "WorkingStyle"."""
    return QCoreApplication.translate("WorkingStyle", text)


FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Profile", "Name"),
    "role": QT_TRANSLATE_NOOP("Profile", "Role"),
    "headline": QT_TRANSLATE_NOOP("Profile", "Headline"),
    "bio": QT_TRANSLATE_NOOP("Profile", "Bio"),
    "skills": QT_TRANSLATE_NOOP("Profile", "Skills offered"),
    "wants": QT_TRANSLATE_NOOP("Profile", "Wants to learn"),
    "languages": QT_TRANSLATE_NOOP("Profile", "Languages"),
    "timezone": QT_TRANSLATE_NOOP("Profile", "Time zone"),
    "availability": QT_TRANSLATE_NOOP("Profile", "Availability"),
    "channels": QT_TRANSLATE_NOOP("Profile", "Channels"),
    "cadence": QT_TRANSLATE_NOOP("Profile", "How often"),
    "experience": QT_TRANSLATE_NOOP("Profile", "Mentoring experience"),
    "capacity": QT_TRANSLATE_NOOP("Profile", "Mentee capacity"),
    "working_style": QT_TRANSLATE_NOOP("Profile", "Working style"),
}
LEVEL_LABELS = {1: QT_TRANSLATE_NOOP("Profile", "beginner"),
                2: QT_TRANSLATE_NOOP("Profile", "basic"),
                3: QT_TRANSLATE_NOOP("Profile", "working knowledge"),
                4: QT_TRANSLATE_NOOP("Profile", "advanced"),
                5: QT_TRANSLATE_NOOP("Profile", "expert")}
CHANNEL_LABELS = {"async": QT_TRANSLATE_NOOP("Profile", "Async messages"),
                  "chat": QT_TRANSLATE_NOOP("Profile", "Chat"),
                  "video": QT_TRANSLATE_NOOP("Profile", "Video call"),
                  "phone": QT_TRANSLATE_NOOP("Profile", "Phone call")}
CADENCE_LABELS = {"weekly": QT_TRANSLATE_NOOP("Profile", "Weekly"),
                  "fortnightly": QT_TRANSLATE_NOOP("Profile", "Every two weeks"),
                  "monthly": QT_TRANSLATE_NOOP("Profile", "Monthly")}
EXPERIENCE_LABELS = {"new": QT_TRANSLATE_NOOP("Profile", "New to mentoring"),
                     "some": QT_TRANSLATE_NOOP("Profile", "Some experience"),
                     "experienced": QT_TRANSLATE_NOOP("Profile", "Experienced")}
DAY_LABELS = {"mon": QT_TRANSLATE_NOOP("Profile", "Mon"),
              "tue": QT_TRANSLATE_NOOP("Profile", "Tue"),
              "wed": QT_TRANSLATE_NOOP("Profile", "Wed"),
              "thu": QT_TRANSLATE_NOOP("Profile", "Thu"),
              "fri": QT_TRANSLATE_NOOP("Profile", "Fri"),
              "sat": QT_TRANSLATE_NOOP("Profile", "Sat"),
              "sun": QT_TRANSLATE_NOOP("Profile", "Sun")}


def field_label(field: str) -> str:
    return tr(str(FIELD_LABELS.get(field, field)))


def _label(table: Mapping[Any, object], key: Any) -> str:
    return tr(str(table[key])) if key in table else str(key)


def role_text(role: str) -> str:
    return translate("Roles", role) if role else translate("Profile", "role unknown")


def level_text(level: int) -> str:
    return translate("Profile", "{level} – {label}").format(
        level=level, label=_label(LEVEL_LABELS, level))


def _plain(text: str, parent: QWidget, object_name: str = "") -> QLabel:
    """A label for text anyone may have chosen: plain text, wrapped, selectable."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


def _alive(widget: QWidget | None) -> bool:
    """A dialog may be closed (and deleted) before its background job answers."""
    return widget is not None and shiboken6.isValid(widget)


def system_timezone() -> str:
    """This computer's time zone as an IANA name, or UTC when it has none this app accepts."""
    try:
        return parse_timezone(bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return "UTC"


# -- editors ------------------------------------------------------------------------------------

class EnterLineEdit(QLineEdit):
    """A line edit whose Enter is its own (`entered`), never a dialog's or wizard's default
    button's."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class LevelListEditor(QWidget):
    """Skills with levels 1–5: type a skill, pick its level, Add (or Enter); choose one in the
    list to change its level or remove it. At most 30."""

    changed = Signal()

    def __init__(self, title: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.entry = EnterLineEdit(self)
        self.entry.setMaxLength(schema.MAX_SKILL_CHARS)
        self.entry.setPlaceholderText(placeholder)
        self.entry.setAccessibleName(self.tr("{list}: skill to add").format(list=title))
        self.level = QComboBox(self)
        for value in range(schema.MIN_LEVEL, schema.MAX_LEVEL + 1):
            self.level.addItem(level_text(value), value)
        self.level.setCurrentIndex(2)
        self.level.setAccessibleName(self.tr("{list}: level").format(list=title))
        self.level.setToolTip(self.tr("1 beginner · 2 basic · 3 working knowledge · 4 advanced · "
                                      "5 expert"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add to {list}").format(list=title))
        row.addWidget(self.entry, 1)
        row.addWidget(self.level)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        below = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove from {list}").format(list=title))
        self.remove_button.setEnabled(False)
        below.addWidget(self.list, 1)
        below.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(below)
        self.problem = _plain("", self, "error")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.entry.entered.connect(self.add_current)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(self._chosen)
        self._update()

    def values(self) -> dict[str, int]:
        return {item.data(Qt.ItemDataRole.UserRole)[0]: item.data(Qt.ItemDataRole.UserRole)[1]
                for item in (self.list.item(i) for i in range(self.list.count()))}

    def set_values(self, values: Mapping[str, int]) -> None:
        self.list.clear()
        for name, level in values.items():
            item = QListWidgetItem(self.tr("{skill} — {level}").format(skill=name,
                                                                  level=level_text(level)))
            item.setData(Qt.ItemDataRole.UserRole, (name, level))
            self.list.addItem(item)
        self._update()

    def add_current(self) -> None:
        name = clean_name(self.entry.text())
        if not name:
            self._say(self.tr("Type a skill first, then choose its level."))
            return
        level = int(self.level.currentData())
        current = self.values()
        same = next((k for k in current if k.casefold() == name.casefold()), None)
        updated = {(name if k == same else k): (level if k == same else v)
                   for k, v in current.items()}
        if same is None:
            updated[name] = level
        try:
            checked = service.check_levels(updated, self.title)
        except UsageError as err:
            self._say(str(err))
            return
        self.set_values(checked)
        self.entry.clear()
        self.level.setCurrentIndex(self.level.findData(3))  # the next one starts in the middle
        self.entry.setFocus()
        self._say("")
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._update()
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self.remove_current()
            return
        super().keyPressEvent(event)

    def _chosen(self, row: int) -> None:
        self.remove_button.setEnabled(row >= 0)
        item = self.list.item(row) if row >= 0 else None
        if item is not None:  # to change its level: pick another and Add
            name, level = item.data(Qt.ItemDataRole.UserRole)
            self.entry.setText(name)
            self.level.setCurrentIndex(max(0, self.level.findData(level)))

    def _update(self) -> None:
        full = self.list.count() >= schema.MAX_SKILLS
        self.add_button.setEnabled(not full)
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        self.list.setVisible(self.list.count() > 0)
        self.remove_button.setVisible(self.list.count() > 0)
        # As tall as its entries, up to four; it scrolls beyond.
        row = self.list.sizeHintForRow(0) if self.list.count() else self.fontMetrics().height()
        rows = min(max(self.list.count(), 1), 4)
        self.list.setFixedHeight(rows * max(row, 1) + 2 * self.list.frameWidth() + 4)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


class TimezoneBox(QComboBox):
    """An editable list of IANA time zones with completion anywhere in the name ("berl" finds
    Europe/Berlin); what is typed is checked by the domain's rule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(sorted(known_timezones()))
        self.setMaxVisibleItems(12)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setAccessibleName(self.tr("Time zone"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, zone: str) -> None:
        self.setCurrentText(zone)

    def problem(self) -> str:
        try:
            zone = service.check_timezone(self.zone())
        except UsageError as err:
            return str(err)
        return "" if zone else self.tr("Choose your time zone, e.g. Europe/Berlin.")


class WorkingStyleEditor(QWidget):
    """The fixed working-style questions, each with its answers or "Not answered"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.boxes: dict[str, QComboBox] = {}
        for question in service.WORKING_STYLE_QUESTIONS:
            box = QComboBox(self)
            box.addItem(self.tr("Not answered"), "")
            for choice in question.choices:
                box.addItem(_style_tr(choice.label), choice.id)
            box.setAccessibleName(_style_tr(question.text))
            box.currentIndexChanged.connect(self.changed)
            label = QLabel(_style_tr(question.text), self)
            label.setWordWrap(True)
            label.setBuddy(box)
            column.addSpacing(4)
            column.addWidget(label)
            column.addWidget(box)
            self.boxes[question.id] = box

    def values(self) -> dict[str, str]:
        return {qid: str(box.currentData()) for qid, box in self.boxes.items()
                if box.currentData()}

    def set_values(self, answers: Mapping[str, str]) -> None:
        for qid, box in self.boxes.items():
            box.setCurrentIndex(max(0, box.findData(answers.get(qid, ""))))


class FieldChecklist(QWidget):
    """Which profile fields someone sees, beyond name, role and headline (always shown)."""

    changed = Signal()

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for index, field in enumerate(service.SHAREABLE):
            box = QCheckBox(field_label(field), self)
            box.setAccessibleName(self.tr("{who} see: {field}").format(who=who,
                                                                  field=field_label(field)))
            box.toggled.connect(self.changed)
            grid.addWidget(box, index // 3, index % 3)
            self.boxes[field] = box
        layout.addLayout(grid)
        layout.addWidget(_plain(self.tr("Name, role and headline are always shown: they come with "
                                        "every invitation."), self, "hint"))

    def fields(self) -> tuple[str, ...]:
        return tuple(f for f, box in self.boxes.items() if box.isChecked())

    def set_fields(self, fields: tuple[str, ...] | list[str]) -> None:
        for field, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(field in fields)
            box.blockSignals(False)


class ProfileForm(QWidget):
    """Every field of one's own profile, in sections the first-run page and the dialog lay
    out differently (`identity`, `skills_section`, `basics`, `more`, `style_section`)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identity = QWidget(self)
        form = QFormLayout(self.identity)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self.identity)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setMaxLength(service.MAX_NAME_LENGTH)
        self.role = QComboBox(self.identity)
        self.role.setAccessibleName(self.tr("Your role"))
        for role, text in ((Role.MENTEE, self.tr("Mentee – I am looking for guidance")),
                           (Role.MENTOR, self.tr("Mentor – I guide others")),
                           (Role.COORDINATOR, self.tr("Coordinator – I run a programme"))):
            self.role.addItem(text, role.value)
        self.headline = QLineEdit(self.identity)
        self.headline.setAccessibleName(self.tr("Headline"))
        self.headline.setPlaceholderText(self.tr("e.g. Junior data analyst, learning Python"))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Headline:"), self.headline)

        self.basics = QWidget(self)
        form = QFormLayout(self.basics)
        form.setContentsMargins(0, 0, 0, 0)
        self.timezone = TimezoneBox(self.basics)
        self.timezone.set_zone(system_timezone())
        self.timezone_problem = _plain("", self.basics, "error")
        self.timezone_problem.hide()
        zone = QVBoxLayout()
        zone.setSpacing(2)
        zone.addWidget(self.timezone)
        zone.addWidget(self.timezone_problem)
        self.languages = QLineEdit(self.basics)
        self.languages.setAccessibleName(self.tr("Languages"))
        self.languages.setPlaceholderText(self.tr("e.g. English, Spanish"))
        form.addRow(self.tr("&Time zone:"), zone)
        label = form.labelForField(zone)
        if isinstance(label, QLabel):
            label.setBuddy(self.timezone)
        form.addRow(self.tr("&Languages:"), self.languages)

        self.skills_section = QWidget(self)
        form = QFormLayout(self.skills_section)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.skills = LevelListEditor(self.tr("Skills I offer"), self.tr("e.g. SQL"),
                                      self.skills_section)
        self.wants = LevelListEditor(self.tr("What I want to learn"), self.tr("e.g. Python"),
                                     self.skills_section)
        form.addRow(self._buddy(self.tr("&Skills I offer:"), self.skills.entry), self.skills)
        form.addRow(self._buddy(self.tr("&Want to learn:"), self.wants.entry), self.wants)

        self.about = QWidget(self)
        form = QFormLayout(self.about)
        form.setContentsMargins(0, 0, 0, 0)
        self.bio = QPlainTextEdit(self.about)
        self.bio.setAccessibleName(self.tr("About you"))
        self.bio.setPlaceholderText(self.tr("A few lines about you, your work and what you hope "
                                            "for from mentoring"))
        self.bio.setTabChangesFocus(True)
        self.bio.setFixedHeight(self.fontMetrics().height() * 5)
        form.addRow(self.tr("&About you:"), self.bio)

        self.more = QWidget(self)
        form = QFormLayout(self.more)
        form.setContentsMargins(0, 0, 0, 0)
        self.availability = QLineEdit(self.more)
        self.availability.setAccessibleName(self.tr("Availability"))
        self.availability.setPlaceholderText(self.tr("e.g. Mon 18:00-20:00; Thu 07:00-08:00"))
        self.availability.setToolTip(self.tr("Weekly windows in your own time zone: day, "
                                             "start-end, "
                                             "separated by semicolons."))
        self.availability_problem = _plain("", self.more, "error")
        self.availability_problem.hide()
        when = QVBoxLayout()
        when.setSpacing(2)
        when.addWidget(self.availability)
        when.addWidget(self.availability_problem)
        channels = QHBoxLayout()
        self.channels: dict[str, QCheckBox] = {}
        for channel in schema.CHANNELS:
            box = QCheckBox(_label(CHANNEL_LABELS, channel), self.more)
            box.setAccessibleName(self.tr("Channel: {channel}").format(
                channel=_label(CHANNEL_LABELS, channel)))
            box.toggled.connect(self.changed)
            channels.addWidget(box)
            self.channels[channel] = box
        channels.addStretch(1)
        self.cadence = QComboBox(self.more)
        self.cadence.setAccessibleName(self.tr("How often to meet"))
        self.cadence.addItem(self.tr("Not said"), "")
        for value in schema.CADENCES:
            self.cadence.addItem(_label(CADENCE_LABELS, value), value)
        self.experience = QComboBox(self.more)
        self.experience.setAccessibleName(self.tr("Mentoring experience"))
        self.experience.addItem(self.tr("Not said"), "")
        for value in schema.EXPERIENCE:
            self.experience.addItem(_label(EXPERIENCE_LABELS, value), value)
        self.capacity = QSpinBox(self.more)
        self.capacity.setRange(-1, schema.MAX_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("Not said"))
        self.capacity.setValue(-1)
        self.capacity.setAccessibleName(self.tr("Mentees I can take on"))
        form.addRow(self._buddy(self.tr("A&vailability:"), self.availability), when)
        form.addRow(self._buddy(self.tr("C&hannels:"), next(iter(self.channels.values()))),
                    channels)
        form.addRow(self.tr("How &often:"), self.cadence)
        form.addRow(self.tr("E&xperience:"), self.experience)
        self.capacity.setToolTip(self.tr("How many mentees you can take on"))
        self.capacity_label = self._buddy(self.tr("&Capacity:"), self.capacity)
        form.addRow(self.capacity_label, self.capacity)

        self.style_section = QWidget(self)
        column = QVBoxLayout(self.style_section)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_plain(self.tr("People who work alike get on best: a few quick answers "
                                        "say how you like to work."), self.style_section, "hint"))
        self.working_style = WorkingStyleEditor(self.style_section)
        column.addWidget(self.working_style)

        self._align_labels()
        for section in self.sections():
            section.hide()  # each layout shows the sections it places
        self.name.textChanged.connect(self.changed)
        self.timezone.editTextChanged.connect(self._timezone_changed)
        self.availability.textChanged.connect(self._availability_changed)
        self.role.currentIndexChanged.connect(self._role_changed)
        for editor in (self.skills, self.wants):
            editor.changed.connect(self.changed)
        self._role_changed()

    def sections(self) -> tuple[QWidget, ...]:
        return (self.identity, self.basics, self.skills_section, self.about, self.more,
                self.style_section)

    def _align_labels(self) -> None:
        """One label column for every section, wherever they are placed together."""
        labels = [label for section in self.sections()
                  if isinstance(form := section.layout(), QFormLayout)
                  for row in range(form.rowCount())
                  if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
                  and isinstance(label := item.widget(), QLabel)]
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # -- values -------------------------------------------------------------------------------
    def set_profile(self, profile: Profile) -> None:
        self.name.setText(profile.display_name)
        self.role.setCurrentIndex(max(0, self.role.findData(profile.role.value)))
        self.headline.setText(profile.headline)
        self.timezone.set_zone(profile.timezone or system_timezone())
        self.languages.setText(", ".join(profile.languages))
        self.skills.set_values(profile.skills)
        self.wants.set_values(profile.wants)
        self.bio.setPlainText(profile.bio)
        self.availability.setText("; ".join(service.format_window(w)
                                            for w in profile.availability))
        for channel, box in self.channels.items():
            box.setChecked(channel in profile.channels)
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(profile.cadence)))
        self.experience.setCurrentIndex(max(0, self.experience.findData(profile.experience)))
        self.capacity.setValue(-1 if profile.capacity is None else profile.capacity)
        self.working_style.set_values(profile.working_style)

    def changes(self) -> dict[str, Any]:
        """Every field as typed (the domain checks them)."""
        role = str(self.role.currentData())
        return {
            "name": self.name.text(), "role": role, "headline": self.headline.text(),
            "timezone": self.timezone.zone(),
            "languages": [x for x in self.languages.text().replace(";", ",").split(",")],
            "skills": self.skills.values(), "wants": self.wants.values(),
            "bio": self.bio.toPlainText(),
            "availability": service.parse_availability(self.availability.text()),
            "channels": [c for c, box in self.channels.items() if box.isChecked()],
            "cadence": str(self.cadence.currentData()),
            "experience": str(self.experience.currentData()),
            "capacity": None if self.capacity.value() < 0 or role == Role.MENTEE.value
            else self.capacity.value(),
            "working_style": self.working_style.values(),
        }

    def problem(self) -> str:
        """The first thing that keeps the profile from being saved, in words ("" if none)."""
        if not self.name.text().strip():
            return self.tr("Type your name.")
        return self.timezone.problem() or self._availability_problem()

    def checked_changes(self) -> dict[str, Any]:
        """`changes()` checked by the domain; raises UsageError with its sentence."""
        return service.check_changes(self.changes())

    # -- inline checks ------------------------------------------------------------------------
    def _timezone_changed(self, _text: str) -> None:
        problem = self.timezone.problem()
        self.timezone_problem.setText(problem)
        self.timezone_problem.setVisible(bool(problem))
        self.changed.emit()

    def _availability_problem(self) -> str:
        try:
            service.parse_availability(self.availability.text())
        except UsageError as err:
            return str(err).removeprefix("--availability: ")
        return ""

    def _availability_changed(self, _text: str) -> None:
        problem = self._availability_problem()
        self.availability_problem.setText(problem)
        self.availability_problem.setVisible(bool(problem))
        self.changed.emit()

    def _role_changed(self) -> None:
        mentee = self.role.currentData() == Role.MENTEE.value
        self.capacity.setEnabled(not mentee)
        self.capacity.setToolTip(self.tr("Only mentors take on mentees.") if mentee else "")
        self.changed.emit()


def _scrolled(inner: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


# -- one's own profile ---------------------------------------------------------------------------

class ProfileDialog(QDialog):
    """Edit one's own profile, and choose what contacts see by default."""

    save_requested = Signal(object, object)  # checked changes, default fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My profile"))
        fit_to_screen(self, 620, 600)
        layout = QVBoxLayout(self)
        self.form = ProfileForm(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Profile sections"))

        about = QWidget()
        column = QVBoxLayout(about)
        column.addWidget(self.form.identity)
        column.addWidget(self.form.basics)
        column.addWidget(self.form.about)
        column.addStretch(1)
        self.tabs.addTab(_scrolled(about, self.tabs), self.tr("About you"))

        skills = QWidget()
        column = QVBoxLayout(skills)
        column.addWidget(_plain(self.tr("Levels go from 1 (beginner) to 5 (expert). For what you "
                                        "want to learn, choose the level you aim for."), skills,
                                "hint"))
        column.addWidget(self.form.skills_section)
        column.addStretch(1)
        self.tabs.addTab(_scrolled(skills, self.tabs), self.tr("Skills"))

        together = QWidget()
        column = QVBoxLayout(together)
        column.addWidget(self.form.more)
        column.addWidget(self.form.style_section)
        column.addStretch(1)
        self.tabs.addTab(_scrolled(together, self.tabs), self.tr("Working together"))

        sharing = QWidget()
        column = QVBoxLayout(sharing)
        column.addWidget(_plain(self.tr("What every contact sees of your profile, unless you "
                                        "choose "
                                        "otherwise for one of them (View profile, in the contact's "
                                        "menu). Changes reach them at the next sync."), sharing,
                                "hint"))
        self.sharing = FieldChecklist(self.tr("Contacts"), sharing)
        column.addWidget(self.sharing)
        column.addStretch(1)
        self.tabs.addTab(_scrolled(sharing, self.tabs), self.tr("Who sees what"))
        for section in self.form.sections():
            section.show()
        layout.addWidget(self.tabs, 1)

        row = QHBoxLayout()
        self.spinner = Spinner(self)
        self.status = _plain("", self, "error")
        row.addWidget(self.spinner)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the profile"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self._check)
        self._loaded = False
        self.set_busy(True)

    def set_data(self, mine: service.MyProfile) -> None:
        self.form.set_profile(mine.profile)
        self.sharing.set_fields(mine.default_fields)
        self._loaded = True
        self.set_busy(False)
        self._check()

    def set_busy(self, busy: bool) -> None:
        self.tabs.setEnabled(not busy)
        if busy:
            self.spinner.start()
        else:
            self.spinner.stop()
        self._check()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self._say(text)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        # A screen reader reads the label by its name: the live text, not a fixed word.
        self.status.setAccessibleName(self.tr("Problem: {text}").format(text=text) if text else "")

    def _check(self) -> None:
        problem = self.form.problem() if self._loaded else ""
        self.save_button.setEnabled(self._loaded and not self.spinner.isVisible()
                                    and not problem)
        self._say(problem)

    def _save(self) -> None:
        try:
            changes = self.form.checked_changes()
        except UsageError as err:
            self._say(str(err))
            return
        self.set_busy(True)
        self.save_requested.emit(changes, self.sharing.fields())


def open_my_profile(parent: QWidget, worker: DbWorker,
                    on_saved: Callable[[Profile], None] | None = None) -> ProfileDialog:
    """Show one's own profile for editing; it loads and saves on the database worker."""
    dialog = ProfileDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def failed(err: EmentorError) -> None:
        if _alive(dialog):
            dialog.show_error(str(err))

    def loaded(mine: service.MyProfile) -> None:
        if _alive(dialog):
            dialog.set_data(mine)

    def save(changes: dict[str, Any], fields: tuple[str, ...]) -> None:
        def saved(mine: service.MyProfile) -> None:
            if on_saved is not None:
                on_saved(mine.profile)
            if _alive(dialog):
                dialog.set_busy(False)
                dialog.accept()
        worker.run(lambda v: ops.save_mine(v, changes, fields), saved, failed)

    dialog.save_requested.connect(save)
    worker.run(ops.load_mine, loaded, failed)
    dialog.open()
    return dialog


# -- a contact's profile -------------------------------------------------------------------------

def _levels_text(levels: Mapping[str, int]) -> str:
    return "\n".join(translate("Profile", "{skill} — {level}").format(
        skill=name, level=level_text(level)) for name, level in levels.items())


def _value_text(field: str, value: Any, their_zone: str, my_zone: str) -> str:
    """A shared value as plain text for a label."""
    if field in ("skills", "wants"):
        return _levels_text(value)
    if field == "languages":
        return ", ".join(value)
    if field == "availability":
        lines = []
        for window in value:
            own = translate("Profile", "{day} {start}-{end}").format(
                day=_label(DAY_LABELS, window["day"]), start=window["start"], end=window["end"])
            mine = service.window_in_zone(window, their_zone, my_zone)
            lines.append(translate("Profile", "{window} (yours: {converted})").format(
                window=own, converted=mine) if mine else own)
        if their_zone:
            lines.append(translate("Profile", "in their time zone, {zone}").format(zone=their_zone))
        return "\n".join(lines)
    if field == "channels":
        return ", ".join(_label(CHANNEL_LABELS, c) for c in value)
    if field == "cadence":
        return _label(CADENCE_LABELS, value)
    if field == "experience":
        return _label(EXPERIENCE_LABELS, value)
    if field == "capacity":
        return translate("Profile", "{count} mentee(s)").format(count=value)
    if field == "working_style":
        lines = []
        for question in service.WORKING_STYLE_QUESTIONS:
            answer = value.get(question.id)
            choice = next((c for c in question.choices if c.id == answer), None)
            if choice is not None:
                lines.append(translate("Profile", "{question} — {answer}").format(
                    question=_style_tr(question.text), answer=_style_tr(choice.label)))
        return "\n".join(lines)
    return str(value)


class ContactProfileDialog(QDialog):
    """What a contact shared (plain text, never markup), and which of our fields they see."""

    fields_requested = Signal(object)  # tuple of fields, or None for the default

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profile"))
        fit_to_screen(self, 600, 680)
        layout = QVBoxLayout(self)
        self.name = _plain("", self, "profileName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.role = _plain("", self, "hint")
        self.headline = _plain("", self)
        for label in (self.name, self.role, self.headline):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)

        self.details = QWidget()
        self.details_form = QFormLayout(self.details)
        self.details_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft
                                            | Qt.AlignmentFlag.AlignTop)
        self.area = _scrolled(self.details, self)
        self.area.setAccessibleName(self.tr("What they shared"))
        layout.addWidget(self.area, 1)
        self.not_shared = _plain("", self, "hint")
        layout.addWidget(self.not_shared)

        self.sees = QGroupBox(self.tr("What they see of your profile"), self)
        sees = QVBoxLayout(self.sees)
        self.use_default = QCheckBox(self.tr("Use my default choice"), self.sees)
        self.use_default.setAccessibleName(self.tr("Use my default choice"))
        sees.addWidget(self.use_default)
        self.checklist = FieldChecklist(self.tr("They"), self.sees)
        sees.addWidget(self.checklist)
        row = QHBoxLayout()
        self.spinner = Spinner(self.sees)
        self.status = _plain("", self.sees, "hint")
        self.save_button = QPushButton(self.tr("&Save what they see"), self.sees)
        self.save_button.setAccessibleName(self.tr("Save what they see"))
        self.save_button.setEnabled(False)
        row.addWidget(self.spinner)
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        sees.addLayout(row)
        self.problem = _plain("", self.sees, "error")
        self.problem.hide()
        sees.addWidget(self.problem)
        layout.addWidget(self.sees)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.use_default.toggled.connect(self._default_toggled)
        self.checklist.changed.connect(self._edited)
        self.save_button.clicked.connect(self._save)
        self._defaults: tuple[str, ...] = ()
        self.view: ops.ContactView | None = None
        self.value_labels: dict[str, QLabel] = {}
        self.sees.setEnabled(False)
        self.spinner.start()

    def set_data(self, view: ops.ContactView) -> None:
        self.view = view
        profile = view.profile
        contact = profile.contact
        name = clean_name(contact.display_name) or self.tr("Unnamed contact")
        self.setWindowTitle(self.tr("Profile of {name}").format(name=name))
        self.name.setText(name)
        self.role.setText(role_text(contact.role))
        self.headline.setText(profile.headline)
        self.headline.setVisible(bool(profile.headline))
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        self.value_labels = {}
        their_zone = str(profile.shared.get("timezone", ""))
        for field in service.SHAREABLE:
            if field not in profile.shared:
                continue
            text = _value_text(field, profile.shared[field], their_zone, view.my_timezone)
            value = _plain(text, self.details)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setAccessibleName(field_label(field))
            value.setAccessibleDescription(text)
            title = QLabel(self.tr("{field}:").format(field=field_label(field)), self.details)
            title.setObjectName("hint")
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.details_form.addRow(title, value)
            self.value_labels[field] = value
        missing = [field_label(f) for f in service.SHAREABLE if f not in profile.shared]
        if profile.received_at is None:
            self.not_shared.setText(self.tr("{name} has not shared more of their profile with you "
                                            "yet.").format(name=name))
        elif missing:
            self.not_shared.setText(self.tr("Not shared with you: {fields}.").format(
                fields=", ".join(missing)))
        else:
            self.not_shared.setText("")
        self.area.setVisible(bool(self.value_labels))
        self.sees.setTitle(self.tr("What {name} sees of your profile").format(name=name))
        self._defaults = view.default_fields
        self.use_default.blockSignals(True)
        self.use_default.setChecked(not profile.custom)
        self.use_default.blockSignals(False)
        self.checklist.set_fields(profile.they_see)
        self.checklist.setEnabled(profile.custom)
        self.set_busy(False)
        self.save_button.setEnabled(False)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.sees.setEnabled(not busy and self.view is not None)
        if busy:
            self.spinner.start()
        else:
            self.spinner.stop()
        self.status.setText(text)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _default_toggled(self, on: bool) -> None:
        self.checklist.setEnabled(not on)
        if on:
            self.checklist.set_fields(self._defaults)
        self._edited()

    def _edited(self) -> None:
        if self.view is None:
            return
        profile = self.view.profile
        chosen = None if self.use_default.isChecked() else self.checklist.fields()
        before = None if not profile.custom else profile.they_see
        self.save_button.setEnabled(chosen != before)

    def _save(self) -> None:
        chosen = None if self.use_default.isChecked() else self.checklist.fields()
        self.set_busy(True)
        self.fields_requested.emit(chosen)


def open_contact_profile(parent: QWidget, contact_id: str,
                         worker: DbWorker) -> ContactProfileDialog:
    """Show what a contact shared, and let the person choose what that contact sees."""
    dialog = ContactProfileDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def failed(err: EmentorError) -> None:
        if _alive(dialog):
            dialog.show_error(str(err))

    def loaded(view: ops.ContactView) -> None:
        if _alive(dialog):
            dialog.set_data(view)

    def choose(fields: tuple[str, ...] | None) -> None:
        def saved(view: ops.ContactView) -> None:
            if _alive(dialog):
                dialog.set_data(view)
                dialog.set_busy(False, translate("Profile", "Saved. They get it at the next sync."))
        worker.run(lambda v: ops.set_contact_fields(v, contact_id, fields), saved, failed)

    dialog.fields_requested.connect(choose)
    worker.run(lambda v: ops.load_contact(v, contact_id), loaded, failed)
    dialog.open()
    return dialog


__all__ = ["ContactProfileDialog", "FieldChecklist", "LevelListEditor", "ProfileDialog",
           "ProfileForm", "TimezoneBox", "WorkingStyleEditor", "open_contact_profile",
           "open_my_profile", "system_timezone"]
