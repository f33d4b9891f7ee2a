"""Pieces the programme views share: the words for states, roles, scopes, fields, criteria,
rules and methods (translated, context "Programme"), the colours of a participant's state in
the light and dark themes, plain-text labels, a coloured state dot, and a confirmation box.

Everything a remote party chose (a programme's name, a person's name, a question) is shown as
plain text: labels here are `Qt.PlainText`, item views show text as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

# `Q.translate("Programme", …)`: pyside6-lupdate finds the literal context and text this way.
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.programme_types import ParticipantState
from ementor_desktop.ui.resources import is_dark

CONTEXT = "Programme"


def tr(text: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Programme", …), translated now."""
    return Q.translate(CONTEXT, str(text))


# -- words --------------------------------------------------------------------------------------

STATE_NAMES: dict[str, object] = {
    ParticipantState.JOINED: QT_TRANSLATE_NOOP("Programme", "Joined, no consent yet"),
    ParticipantState.PENDING: QT_TRANSLATE_NOOP("Programme", "Waiting for review"),
    ParticipantState.ENROLLED: QT_TRANSLATE_NOOP("Programme", "Enrolled"),
    ParticipantState.MATCHED: QT_TRANSLATE_NOOP("Programme", "Matched"),
    ParticipantState.ACTIVE: QT_TRANSLATE_NOOP("Programme", "Active"),
    ParticipantState.PAUSED: QT_TRANSLATE_NOOP("Programme", "Paused"),
    ParticipantState.ENDED: QT_TRANSLATE_NOOP("Programme", "Ended"),
}
#: The order a cohort runs through; sorting by state follows it.
STATE_ORDER = tuple(ParticipantState)
#: (light theme, dark theme) colour of each state; always shown beside the state's words.
STATE_COLOURS: dict[str, tuple[str, str]] = {
    ParticipantState.JOINED: ("#7a8590", "#8f9aa0"),
    ParticipantState.PENDING: ("#b26a00", "#e0a100"),
    ParticipantState.ENROLLED: ("#1d6a9a", "#6fb3e0"),
    ParticipantState.MATCHED: ("#6a4c9c", "#b39ddb"),
    ParticipantState.ACTIVE: ("#2f7d6d", "#5cc2a8"),
    ParticipantState.PAUSED: ("#8a5a00", "#d9a441"),
    ParticipantState.ENDED: ("#5b6670", "#aeb8bd"),
}
ROLE_NAMES: dict[str, object] = {
    "mentor": QT_TRANSLATE_NOOP("Programme", "Mentor"),
    "mentee": QT_TRANSLATE_NOOP("Programme", "Mentee"),
    "coordinator": QT_TRANSLATE_NOOP("Programme", "Coordinator"),
}
#: A reporting scope in a few words (the cohort table) …
SCOPE_NAMES: dict[str, object] = {
    "agreement": QT_TRANSLATE_NOOP("Programme", "agreement"),
    "goals": QT_TRANSLATE_NOOP("Programme", "goals"),
    "sessions": QT_TRANSLATE_NOOP("Programme", "sessions"),
    "progress": QT_TRANSLATE_NOOP("Programme", "progress"),
    "pulse": QT_TRANSLATE_NOOP("Programme", "pulse"),
}
#: … and what it counts (the consent page: counts only, never content).
SCOPE_COUNTS: dict[str, object] = {
    "agreement": QT_TRANSLATE_NOOP(
        "Programme", "Agreement: whether you and your match have a signed agreement in force"),
    "goals": QT_TRANSLATE_NOOP(
        "Programme", "Goals: how many shared goals you have and how many are achieved"),
    "sessions": QT_TRANSLATE_NOOP(
        "Programme", "Sessions: how many were held or cancelled, their minutes, and how often "
        "the agreed rhythm was kept"),
    "progress": QT_TRANSLATE_NOOP(
        "Programme", "Progress: the average progress of your shared goals, in per cent"),
    "pulse": QT_TRANSLATE_NOOP(
        "Programme", "Pulse: your answers, 1 to 5, to the programme's short monthly questions"),
}
#: The profile fields a programme may ask for (Part 2's card fields and `department`).
FIELD_NAMES: dict[str, object] = {
    "bio": QT_TRANSLATE_NOOP("Programme", "About you"),
    "skills": QT_TRANSLATE_NOOP("Programme", "Skills you offer"),
    "wants": QT_TRANSLATE_NOOP("Programme", "Skills you want to learn"),
    "languages": QT_TRANSLATE_NOOP("Programme", "Languages"),
    "timezone": QT_TRANSLATE_NOOP("Programme", "Time zone"),
    "availability": QT_TRANSLATE_NOOP("Programme", "Availability"),
    "channels": QT_TRANSLATE_NOOP("Programme", "Ways to meet"),
    "cadence": QT_TRANSLATE_NOOP("Programme", "How often to meet"),
    "experience": QT_TRANSLATE_NOOP("Programme", "Mentoring experience"),
    "capacity": QT_TRANSLATE_NOOP("Programme", "Mentees you can take on"),
    "working_style": QT_TRANSLATE_NOOP("Programme", "Working style"),
    "department": QT_TRANSLATE_NOOP("Programme", "Department"),
}
CRITERION_NAMES: dict[str, object] = {
    "skills": QT_TRANSLATE_NOOP("Programme", "Skills"),
    "working_style": QT_TRANSLATE_NOOP("Programme", "Working style"),
    "timezone": QT_TRANSLATE_NOOP("Programme", "Time zones"),
    "languages": QT_TRANSLATE_NOOP("Programme", "Languages"),
    "department": QT_TRANSLATE_NOOP("Programme", "Department"),
    "sensitive": QT_TRANSLATE_NOOP("Programme", "Sensitive answers"),
}
#: A card's hard rules (Part 4 §6 `rules`), as a participant reads them.
RULE_SENTENCES: dict[str, object] = {
    "shared_skill": QT_TRANSLATE_NOOP(
        "Programme", "A mentor offers at least one skill the mentee wants."),
    "shared_language": QT_TRANSLATE_NOOP("Programme", "The two share a language."),
    "capacity": QT_TRANSLATE_NOOP(
        "Programme", "A mentor takes no more mentees than the places they offered."),
    "same_department": QT_TRANSLATE_NOOP(
        "Programme", "Never paired within the same department."),
    "timezone_gap": QT_TRANSLATE_NOOP(
        "Programme", "The two live at most a set number of hours apart."),
    "min_skill_coverage": QT_TRANSLATE_NOOP(
        "Programme", "The mentor covers enough of the wanted skills."),
    "min_overlap_hours": QT_TRANSLATE_NOOP(
        "Programme", "The two have enough working hours in common."),
    "min_working_style": QT_TRANSLATE_NOOP(
        "Programme", "The two answered the working-style questions alike enough."),
    "min_score": QT_TRANSLATE_NOOP("Programme", "A pair scores at least the minimum score."),
    "same_columns": QT_TRANSLATE_NOOP(
        "Programme", "Some of the programme's questions must have the same answer for both."),
    "withheld": QT_TRANSLATE_NOOP(
        "Programme", "Other rules applied that are not shown: they may concern sensitive "
        "answers or someone's exclusion list."),
}
METHOD_SENTENCES: dict[str, object] = {
    "max-matched": QT_TRANSLATE_NOOP(
        "Programme", "The programme matched as many people as possible and, among those "
        "pairings, chose the highest total score."),
    "max-score": QT_TRANSLATE_NOOP(
        "Programme", "The programme chose the highest total score for the whole cohort."),
    "fairness": QT_TRANSLATE_NOOP(
        "Programme", "The programme matched as many people as possible and made the "
        "worst-matched pair as good as it could be."),
    "rank-maximal": QT_TRANSLATE_NOOP(
        "Programme", "The programme gave as many people as possible their first choice, then "
        "as many as possible their second, and so on; ties by score."),
    "self-service": QT_TRANSLATE_NOOP(
        "Programme", "The mentee asked and the mentor accepted."),
    "manual": QT_TRANSLATE_NOOP("Programme", "The coordinator paired you by hand."),
}
UNMATCHED_SENTENCES: dict[str, object] = {
    "no_candidates": QT_TRANSLATE_NOOP(
        "Programme", "No mentor in this round offers a skill you want."),
    "no_acceptable": QT_TRANSLATE_NOOP(
        "Programme", "Every mentor who offers a wanted skill is ruled out by a rule."),
    "all_full": QT_TRANSLATE_NOOP(
        "Programme", "Every mentor you could have been paired with is full."),
    "objective": QT_TRANSLATE_NOOP(
        "Programme", "The programme's matching placed the mentors you could have had "
        "elsewhere, for the cohort as a whole."),
}
ORDINALS: dict[int, object] = {
    1: QT_TRANSLATE_NOOP("Programme", "1st"), 2: QT_TRANSLATE_NOOP("Programme", "2nd"),
    3: QT_TRANSLATE_NOOP("Programme", "3rd"), 4: QT_TRANSLATE_NOOP("Programme", "4th"),
    5: QT_TRANSLATE_NOOP("Programme", "5th"), 6: QT_TRANSLATE_NOOP("Programme", "6th"),
    7: QT_TRANSLATE_NOOP("Programme", "7th"), 8: QT_TRANSLATE_NOOP("Programme", "8th"),
    9: QT_TRANSLATE_NOOP("Programme", "9th"), 10: QT_TRANSLATE_NOOP("Programme", "10th"),
}


def name_of(table: Mapping[str, object] | Mapping[int, object], key: object) -> str:
    """`key`'s words from one of the tables above, or the key itself when it is not known
    (a later version's value is shown as it came, never dropped)."""
    value = table.get(key)  # type: ignore[call-overload]
    return tr(value) if value is not None else str(key)


def state_name(state: str) -> str:
    return name_of(STATE_NAMES, state)


def role_name(role: str) -> str:
    return name_of(ROLE_NAMES, role) if role else Q.translate("Programme", "No role yet")


def field_name(field: str, label: str | None = None) -> str:
    """A field of the terms as the person reads it: a programme's own question is its label."""
    if field.startswith("extra."):
        return label or field.removeprefix("extra.")
    return name_of(FIELD_NAMES, field)


def ordinal(n: int) -> str:
    return name_of(ORDINALS, n)


def points(milli: int | float) -> str:
    """Points (thousandths in, as cards carry them) as the locale writes a number: 9.875."""
    return QLocale().toString(float(milli) / 1000, "g", 6)


def number(value: float, decimals: int = 2) -> str:
    return QLocale().toString(float(value), "f", decimals)


def date_text(iso: str | None) -> str:
    """A `YYYY-MM-DD` date in the locale's long form; "" for none."""
    if not iso:
        return ""
    day = QDate.fromString(iso, "yyyy-MM-dd")
    return QLocale().toString(day, QLocale.FormatType.LongFormat) if day.isValid() else iso


def ms_text(ms: int) -> str:
    """A moment (ms since the epoch) as the locale writes a short date and time."""
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(ms),
                              QLocale.FormatType.ShortFormat)


# -- colours ------------------------------------------------------------------------------------

def state_colour(state: str) -> QColor:
    light, dark = STATE_COLOURS.get(state, ("#5b6670", "#aeb8bd"))
    return QColor(dark if is_dark() else light)


def dot_icon(colour: QColor, size: int = 12) -> QIcon:
    """A filled circle: the colour of a state, shown beside its words (never alone)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


GOOD = ("#1f6f3f", "#6fd39a")
BAD = ("#b3261e", "#ff8a80")


def themed(pair: tuple[str, str]) -> str:
    return pair[1] if is_dark() else pair[0]


# -- widgets ------------------------------------------------------------------------------------

PAGE_STYLE = (
    "QFrame#programmeCard { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 8px; }"
    "QLabel#programmeTitle { font-size: 18px; font-weight: 600; }"
    "QLabel#sectionTitle { font-weight: 600; }"
    "QFrame#programmeBad { background: rgba(179, 38, 30, 56); border: 2px solid #b3261e;"
    " border-radius: 6px; }"
    "QFrame#programmeGood { background: rgba(47, 125, 109, 30); border: 1px solid #2f7d6d;"
    " border-radius: 6px; }"
    "QFrame#programmeNote { background: palette(alternate-base); border: 1px solid"
    " palette(mid); border-radius: 6px; }"
    # a field on a card: the card is the base colour, so the field needs its own edge (in the
    # dark theme it was invisible, its placeholder read as a label)
    "QFrame#programmeCard QLineEdit { background: palette(window); border: 1px solid"
    " palette(mid); border-radius: 4px; padding: 3px 6px; }"
    "QFrame#programmeCard QLineEdit:focus { border: 1px solid palette(highlight); }")


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True,
                object_name: str = "", selectable: bool = False) -> QLabel:
    """A label that shows its text as written, never as markup (it may be someone else's)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if object_name:
        label.setObjectName(object_name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if wrap:  # keeps height-for-width, never widens its column
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        label.setSizePolicy(policy)
        label.setMinimumWidth(40)
    return label


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = plain_label(text, parent, wrap=False, object_name="sectionTitle")
    label.setAccessibleName(text)
    return label


class Card(QFrame):
    """A titled box on a programme page."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeCard")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 12)
        self.body.setSpacing(6)
        self.title = section_title(title, self)
        self.body.addWidget(self.title)


def confirm(parent: QWidget, title: str, text: str, verb: str,
            then: Callable[[], None]) -> QMessageBox:
    """A non-blocking question ("Cancel" is the default); `then` runs only if `verb` is
    chosen. The text is plain: it may hold names others chose. The box is `parent.confirm_box`
    while it is open, then None. It is not deleted on closing (a deferred deletion that runs
    after its parent is gone crashes PySide): it lives until the next question or its parent."""
    old = parent.findChild(QMessageBox, "programmeConfirm")
    if old is not None:
        old.setObjectName("")
        old.deleteLater()
    box = QMessageBox(QMessageBox.Icon.Question, title, title,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("programmeConfirm")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(text)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
    yes.setAccessibleName(verb.replace("&", ""))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _r: setattr(parent, "confirm_box", None))
    box.finished.connect(lambda _r: then() if box.clickedButton() is yes else None)
    parent.confirm_box = box  # type: ignore[attr-defined]
    box.open()
    return box


def in_dialog(view: QWidget, title: str, parent: QWidget | None = None,
              size: tuple[int, int] = (900, 680)) -> QDialog:
    """A view of this package in a window of its own (the lead's choice where it opens)."""
    from ementor_desktop.ui.widgets import fit_to_screen

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view)
    fit_to_screen(dialog, *size)
    return dialog


__all__ = ["CONTEXT", "PAGE_STYLE", "Card", "confirm", "date_text", "dot_icon", "field_name",
           "in_dialog", "ms_text", "name_of", "number", "ordinal", "plain_label", "points",
           "role_name", "state_colour", "state_name", "themed", "tr"]
