"""Pieces the workspace's panel and views share: plain-text labels, cards, dates and times in the
locale, the agreement's terms as readable lines, and the next step and reminders as plain
objects (the shape `domain/rhythm.py` gives them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain import rhythm
from ementor_desktop.ui.operations.workspace import Workspace

CONTEXT = "Workspace"

# `translate("Workspace", "…")`: pyside6-lupdate files a literal under the context it names (a
# module-level tr() wrapper would leave it in no context); tr() is for marked values.
translate = QCoreApplication.translate


def tr(text: object) -> str:
    """A value marked with QT_TRANSLATE_NOOP("Workspace", …), translated now."""
    return translate(CONTEXT, str(text))


# -- labels and cards -------------------------------------------------------------------------


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True,
                object_name: str = "") -> QLabel:
    """A label that shows its text as typed, never as markup (the text may be the other
    person's), wraps, and never makes its column wider than the column is."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if object_name:
        label.setObjectName(object_name)
    if wrap:  # (the policy keeps QLabel's height-for-width: wrapped text gets its height)
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        label.setSizePolicy(policy)
        label.setMinimumWidth(40)
    return label


def finish_view(root: QWidget) -> None:
    """Keyboard and screen-reader use of a view: Tab leaves every text box of `root` for the
    next control (instead of typing a tab character); Enter in a field does what that field
    says (add a goal, a milestone…) rather than press whichever button a dialog would make its
    default (Close, Cancel); the column headings of its lists are named."""
    for edit in root.findChildren(QPlainTextEdit):
        edit.setTabChangesFocus(True)
    for button in root.findChildren(QPushButton):
        button.setAutoDefault(False)
    for header in root.findChildren(QHeaderView):
        if not header.accessibleName():
            header.setAccessibleName(translate("Workspace", "Column headings"))


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A form's row label whose mnemonic (Alt+letter) moves the focus to `buddy`."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


class ElidedLabel(QLabel):
    """One line of plain text, shortened with "…" when it does not fit; a screen reader still
    reads all of it (the label's text is whole, only the painting is shortened)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(30)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)


CARD_STYLE = ("QFrame#workspaceCard { background: palette(base); border: 1px solid palette(mid);"
              " border-radius: 8px; }"
              "QFrame#workspaceWarning { background: rgba(179, 38, 30, 30);"
              " border: 1px solid #b3261e; border-radius: 6px; }"
              "QLabel#cardTitle { font-weight: 600; }"
              "QProgressBar { border: 1px solid palette(mid); border-radius: 4px;"
              " background: palette(window); text-align: center; }"
              "QProgressBar::chunk { background: palette(highlight); border-radius: 3px; }")


class Card(QFrame):
    """A titled box of the panel or a view."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceCard")
        self.setStyleSheet(CARD_STYLE)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 10)
        self.body.setSpacing(6)
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.title)


def button_row(parent: QWidget, secondary: tuple[str, str],
               primary: tuple[str, str]) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """A row of two buttons at the right, the primary one last: (text, accessible name) each."""
    row = QHBoxLayout()
    buttons = []
    for (text, name), main in ((secondary, False), (primary, True)):
        button = QPushButton(text, parent)
        button.setAccessibleName(name)
        if main:
            button.setObjectName("primary")
        buttons.append(button)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row, buttons[0], buttons[1]


def warning_frame(parent: QWidget | None = None) -> tuple[QFrame, QLabel]:
    """A red box with one plain-text label (a tampered agreement, an ended relationship)."""
    frame = QFrame(parent)
    frame.setObjectName("workspaceWarning")
    frame.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 6, 8, 6)
    label = plain_label("", frame)
    layout.addWidget(label)
    return frame, label


# -- dates and times (QLocale) ----------------------------------------------------------------


def date_text(iso: str | None, *, long: bool = False) -> str:
    """A `YYYY-MM-DD` date as the locale writes it."""
    if not iso:
        return ""
    day = QDate.fromString(iso, "yyyy-MM-dd")
    if not day.isValid():
        return iso
    return QLocale().toString(day, QLocale.FormatType.LongFormat if long
                              else QLocale.FormatType.ShortFormat)


def ms_date(ms: int) -> str:
    """The day of a moment (ms since the epoch), in this computer's zone and the locale."""
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(ms).date(),
                              QLocale.FormatType.ShortFormat)


def wall_text(moment: datetime) -> str:
    """An aware datetime as the locale writes a day and a time, in the datetime's own zone
    (the wall time there): e.g. "Thu 18/03/2027 09:30"."""
    locale = QLocale()
    day = QDate(moment.year, moment.month, moment.day)
    clock = QTime(moment.hour, moment.minute)
    short = QLocale.FormatType.ShortFormat
    return translate("Workspace", "{weekday} {date} {time}").format(
        weekday=locale.dayName(day.dayOfWeek(), short), date=locale.toString(day, short),
                                                time=locale.toString(clock, short))


def zone_name(moment: datetime) -> str:
    zone = moment.tzinfo
    return zone.key if isinstance(zone, ZoneInfo) else (moment.tzname() or "")


def when_text(moment: datetime) -> str:
    """An aware datetime with its zone: "Thu 18/03/2027 09:30 (Europe/Berlin)"."""
    return translate("Workspace", "{when} ({zone})").format(when=wall_text(moment),
                                                            zone=zone_name(moment))


# -- the agreement's terms --------------------------------------------------------------------

CADENCE_NAMES = {"weekly": QT_TRANSLATE_NOOP("Workspace", "weekly"),
                 "fortnightly": QT_TRANSLATE_NOOP("Workspace", "every two weeks"),
                 "monthly": QT_TRANSLATE_NOOP("Workspace", "monthly")}
CHANNEL_NAMES = {"async": QT_TRANSLATE_NOOP("Workspace", "messages in this app"),
                 "chat": QT_TRANSLATE_NOOP("Workspace", "live chat"),
                 "video": QT_TRANSLATE_NOOP("Workspace", "video calls"),
                 "phone": QT_TRANSLATE_NOOP("Workspace", "phone calls")}
COORDINATOR_NAMES = {"agreement": QT_TRANSLATE_NOOP("Workspace", "this agreement"),
                     "goals": QT_TRANSLATE_NOOP("Workspace", "the goals"),
                     "sessions": QT_TRANSLATE_NOOP("Workspace", "the sessions"),
                     "progress": QT_TRANSLATE_NOOP("Workspace", "progress on the goals")}
STATUS_NAMES = {"active": QT_TRANSLATE_NOOP("Workspace", "active"),
                "paused": QT_TRANSLATE_NOOP("Workspace", "paused"),
                "achieved": QT_TRANSLATE_NOOP("Workspace", "achieved"),
                "dropped": QT_TRANSLATE_NOOP("Workspace", "dropped"),
                "planned": QT_TRANSLATE_NOOP("Workspace", "planned"),
                "held": QT_TRANSLATE_NOOP("Workspace", "held"),
                "cancelled": QT_TRANSLATE_NOOP("Workspace", "cancelled"),
                "completed": QT_TRANSLATE_NOOP("Workspace", "completed"),
                "ended": QT_TRANSLATE_NOOP("Workspace", "ended"),
                "archived": QT_TRANSLATE_NOOP("Workspace", "archived")}


def name_of(table: dict[str, object], value: str) -> str:
    return tr(table[value]) if value in table else value


def terms_lines(terms: dict[str, Any]) -> list[str]:
    """The terms as lines a person reads (and signs): one per term that is set."""
    lines = []
    if terms.get("start") or terms.get("end"):
        lines.append(translate("Workspace", "Runs: {start} to {end}").format(
            start=(date_text(terms.get("start"), long=True)
                   or translate("Workspace", "(no start date)")),
            end=date_text(terms.get("end"), long=True) or translate("Workspace", "(no end date)")))
    if terms.get("cadence"):
        lines.append(translate("Workspace", "Meet: {cadence}").format(cadence=name_of(CADENCE_NAMES,
                                                                  terms["cadence"])))
    if terms.get("channels"):
        lines.append(translate("Workspace", "Talk by: {channels}").format(channels=", ".join(
            name_of(CHANNEL_NAMES, c) for c in terms["channels"])))
    if terms.get("response_hours"):
        lines.append(translate("Workspace", "Answer within: {hours} hours").format(
            hours=terms["response_hours"]))
    if terms.get("goals"):
        lines.append(translate("Workspace", "Goals:"))
        lines += ["  • " + goal for goal in terms["goals"]]
    if terms.get("reviews"):
        lines.append(translate("Workspace", "Review on: {dates}").format(dates=", ".join(
            date_text(d, long=True) for d in terms["reviews"])))
    coordinator = terms.get("coordinator") or []
    lines.append(translate("Workspace", "A programme coordinator may see: {what}").format(
        what=", ".join(name_of(COORDINATOR_NAMES, c) for c in coordinator) if coordinator
        else translate("Workspace", "nothing")))
    if terms.get("confidentiality"):
        lines.append(translate("Workspace", "Confidentiality:"))
        lines += ["  " + line for line in str(terms["confidentiality"]).splitlines()]
    return lines


# -- next step and reminders ------------------------------------------------------------------


class StepAction(Enum):
    """What a next step asks for (the names of `domain.rhythm`'s action enum); each opens a
    view of the workspace (or the composer)."""

    WRITE_MESSAGE = "write_message"
    PROPOSE_AGREEMENT = "propose_agreement"
    SIGN_AGREEMENT = "sign_agreement"
    ADD_GOAL = "add_goal"
    SCHEDULE_SESSION = "schedule_session"
    GIVE_FEEDBACK = "give_feedback"
    UPDATE_GOALS = "update_goals"
    ANSWER_PULSE = "answer_pulse"
    CLOSE_RELATIONSHIP = "close_relationship"
    NONE = "none"


#: Which view each action opens (`RelationshipPanel.view_requested` carries the view's name).
ACTION_VIEWS = {"WRITE_MESSAGE": "compose", "PROPOSE_AGREEMENT": "agreement",
                "SIGN_AGREEMENT": "agreement", "ADD_GOAL": "new-goal",
                "SCHEDULE_SESSION": "new-session", "GIVE_FEEDBACK": "feedback",
                "UPDATE_GOALS": "goals", "ANSWER_PULSE": "pulse",
                "CLOSE_RELATIONSHIP": "relationship"}
ACTION_BUTTONS = {"WRITE_MESSAGE": QT_TRANSLATE_NOOP("Workspace", "Write a message"),
                  "PROPOSE_AGREEMENT": QT_TRANSLATE_NOOP("Workspace", "Open the agreement"),
                  "SIGN_AGREEMENT": QT_TRANSLATE_NOOP("Workspace", "Read and sign"),
                  "ADD_GOAL": QT_TRANSLATE_NOOP("Workspace", "Add a goal"),
                  "SCHEDULE_SESSION": QT_TRANSLATE_NOOP("Workspace", "Schedule a session"),
                  "GIVE_FEEDBACK": QT_TRANSLATE_NOOP("Workspace", "Give feedback"),
                  "UPDATE_GOALS": QT_TRANSLATE_NOOP("Workspace", "Update the goals"),
                  "ANSWER_PULSE": QT_TRANSLATE_NOOP("Workspace", "Answer the pulse"),
                  "CLOSE_RELATIONSHIP": QT_TRANSLATE_NOOP("Workspace",
                                                          "Complete or end the mentorship")}


def action_name(action: object) -> str:
    """An action as its enum name, whatever enum (or string) carries it."""
    name = getattr(action, "name", action)
    return str(name).upper() if name is not None else "NONE"


@dataclass(frozen=True)
class Step:
    """A next step as the panel shows it: `action` is a `StepAction` (or any enum with the same
    names, such as `domain.rhythm`'s)."""

    title: str
    body: str
    action: object = StepAction.NONE
    kind: str = ""


@dataclass(frozen=True)
class Reminder:
    """A reminder as the panel lists it: `key` is what `dismiss_reminder` remembers."""

    sentence: str
    severity: str = "info"  # "info" or "attention" (as `domain.rhythm` says)
    key: str = ""


def rhythm_text(text: rhythm.Text) -> str:
    """A sentence of `domain.rhythm`: its template translated (context "Rhythm"), filled with
    its plain values (names and titles are values, never part of the template)."""
    template = QCoreApplication.translate("Rhythm", text.template)
    values = {key: _local_date(value) for key, value in text.mapping().items()}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return text.english


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _local_date(value: str) -> str:
    """A date value of a rhythm sentence (YYYY-MM-DD) in the locale's short form; any other
    value as it is."""
    if _ISO_DAY.fullmatch(value):
        day = QDate.fromString(value, "yyyy-MM-dd")
        if day.isValid():
            return QLocale().toString(day, QLocale.FormatType.ShortFormat)
    return value


def step_of(ws: Workspace) -> Step:
    """The next step `domain.rhythm` worked out, as the panel shows it."""
    step = ws.step
    return Step(rhythm_text(step.title), rhythm_text(step.body), step.action, str(step.kind))


def reminders_of(ws: Workspace) -> list[Reminder]:
    """The reminders `domain.rhythm` found (dismissed ones already left out)."""
    return [Reminder(rhythm_text(r.text), str(r.severity), r.key) for r in ws.reminders]
