"""Joining a programme, as a participant: paste the enrolment code; wait for the programme's
answer; read the terms — who runs it, why, what it offers and expects, and exactly what is
shared with whom, derived from the terms (docs/protocol.md Part 4 §5, "What the person is shown
before consenting") — and choose which reporting to allow; then fill in the fields the terms ask
of one's role, and consent.

Everything in the terms is the coordinator's text and is shown as plain text, never markup (no
remote text in the wizard's titles either). The code is checked by `programme_schema`'s parser;
the dialog calls no service: the lead sends the join on `joinRequested`, calls `set_terms` when
the welcome arrives, and acts on `consentGiven` or `declined`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import msgspec
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ementor_desktop.domain import profile as profile_rules
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import profile_schema
from ementor_desktop.protocol.programme_schema import (
    EnrolmentCode,
    FieldSpec,
    ProfileFields,
    ProgrammeError,
    Terms,
    epsilon,
)
from ementor_desktop.ui.profile_view import (
    CADENCE_LABELS,
    CHANNEL_LABELS,
    EXPERIENCE_LABELS,
    LevelListEditor,
    TimezoneBox,
    WorkingStyleEditor,
    system_timezone,
)
from ementor_desktop.ui.programme.common import (
    PAGE_STYLE,
    SCOPE_COUNTS,
    SCOPE_NAMES,
    date_text,
    field_name,
    name_of,
    plain_label,
    role_name,
    section_title,
)
from ementor_desktop.ui.widgets import Spinner, fit_to_screen

CODE_PAGE, WAIT_PAGE, TERMS_PAGE, FIELDS_PAGE = range(4)


# -- what the person is shown before consenting (Part 4 §5) -------------------------------------

@dataclass(frozen=True)
class FieldLine:
    field: str
    sentence: str
    required: bool
    sensitive: bool


def roles_asked(terms: Terms) -> list[str]:
    """The roles the terms ask fields of, mentee first."""
    asked = {role for spec in terms.fields for role in spec.roles}
    return [role for role in ("mentee", "mentor") if role in asked]


def fields_for(terms: Terms, role: str) -> list[FieldSpec]:
    return [spec for spec in terms.fields if role in spec.roles]


def field_sentence(spec: FieldSpec) -> str:
    """Who sees one asked field: the coordinator, for matching, and whom `shown` names; or, for
    a sensitive field, nobody."""
    name = field_name(spec.field, spec.label if isinstance(spec.label, str) else None)
    if spec.sensitive:
        return Q.translate("Programme", "{field}: used for matching and never shown, to the "
                           "coordinator either.").format(field=name)
    text = Q.translate("Programme", "{field}: shared with the coordinator, for matching"
                       ).format(field=name)
    if "match" in spec.shown:
        text += Q.translate("Programme", ", and with the person you are matched with")
    if "candidates" in spec.shown:
        text += Q.translate("Programme", ", and with participants you are suggested to")
    return text + "."


def field_lines(terms: Terms, role: str) -> list[FieldLine]:
    return [FieldLine(spec.field, field_sentence(spec), spec.required, spec.sensitive)
            for spec in fields_for(terms, role)]


def scope_sentence(scope: str, min_group: int) -> str:
    return Q.translate("Programme", "{what}. Counts only, never content, shown to the "
                       "coordinator only in groups of at least {k}.").format(
        what=name_of(SCOPE_COUNTS, scope), k=min_group)


def pulse_sentences(terms: Terms) -> list[str]:
    """Each pulse question; a sensitive one with its randomisation and what that protects."""
    lines = []
    for item in terms.reporting.pulse:
        if item.p_milli >= 1000:
            lines.append(Q.translate("Programme", "“{question}” (1 to 5): your answer is sent "
                                     "as you give it.").format(question=item.question))
            continue
        lines.append(Q.translate(
            "Programme", "“{question}” (1 to 5) is sensitive: your app sends your true answer "
            "only {pct} % of the time and otherwise a random answer, and keeps sending the "
            "same one while your answer stays the same, so that nobody, the coordinator "
            "included, can know your answer (ε = {epsilon}).").format(
            question=item.question, pct=QLocale().toString(item.p_milli / 10, "g", 3),
            epsilon=QLocale().toString(epsilon(item.p_milli), "f", 2)))
    return lines


def retention_sentence(terms: Terms) -> str:
    return Q.translate(
        "Programme", "The coordinator keeps your profile answers until {days} days after the "
        "programme ends or is closed (if you are still in a pair then, until that pair ends), "
        "your name and consent until then and the programme is closed, and your figures for a "
        "month at most until the end of the second month after it, when they are added to the "
        "programme's totals for that month (counts, not about one person) and deleted; leaving "
        "erases all of it at once. Reports of misconduct are kept for {report_days} days after "
        "they reach the coordinator, even after the people concerned leave.").format(
        days=terms.retention.after_end_days, report_days=terms.retention.report_days)


def admission_sentence(terms: Terms) -> str:
    if terms.admission == "open":
        return Q.translate("Programme", "Consenting enrols you at once.")
    return Q.translate("Programme", "The coordinator reviews each request: you are enrolled "
                       "once they admit you.")


def matching_sentence(terms: Terms) -> str:
    if terms.matching.mode == "self-service":
        return Q.translate("Programme", "Mentees choose: a mentee sees a short list of mentors "
                           "and asks one, who accepts or declines.")
    text = Q.translate("Programme", "The coordinator matches mentees with mentors.")
    if terms.matching.rank:
        text += " " + Q.translate("Programme", "You may rank a short list first; the matching "
                                  "gives as many people as possible their first choice.")
    return text


def sensitive_caveat() -> str:
    """Part 4 §1, trust assumption 2, said where a sensitive field is asked."""
    return Q.translate(
        "Programme", "Sensitive answers are hidden by the coordinator's app: a promise of that "
        "app, not of cryptography. Someone who changed that app could read them.")


# -- the field editors of the last page ----------------------------------------------------------

class FieldEditor:
    """One asked field: its widget, its value in the profile's shape, and whether it is empty."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        self.spec = spec
        self.field = spec.field
        self.widget: QWidget
        label = field_name(spec.field, spec.label if isinstance(spec.label, str) else None)
        self.label = label
        f = spec.field
        if f in ("skills", "wants"):
            editor = LevelListEditor(label, Q.translate("Programme", "e.g. Python"), parent)
            self.widget = editor
        elif f == "timezone":
            box = TimezoneBox(parent)
            box.set_zone(system_timezone())
            self.widget = box
        elif f == "working_style":
            self.widget = WorkingStyleEditor(parent)
        elif f == "bio":
            edit = QPlainTextEdit(parent)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().height() * 5)
            self.widget = edit
        elif f == "channels":
            row = QWidget(parent)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            self.channels: dict[str, QCheckBox] = {}
            for channel in profile_schema.CHANNELS:
                box_ = QCheckBox(Q.translate("Profile", str(CHANNEL_LABELS[channel])), row)
                box_.setAccessibleName(box_.text())
                line.addWidget(box_)
                self.channels[channel] = box_
            line.addStretch(1)
            self.widget = row
        elif f in ("cadence", "experience"):
            combo = QComboBox(parent)
            combo.addItem(Q.translate("Programme", "Not said"), "")
            labels = CADENCE_LABELS if f == "cadence" else EXPERIENCE_LABELS
            values = profile_schema.CADENCES if f == "cadence" else profile_schema.EXPERIENCE
            for value in values:
                combo.addItem(Q.translate("Profile", str(labels[value])), value)
            self.widget = combo
        elif f == "capacity":
            spin = QSpinBox(parent)
            spin.setRange(0, profile_schema.MAX_CAPACITY)
            spin.setValue(1)
            self.widget = spin
        else:  # languages, availability, department, a programme's own question
            edit_ = QLineEdit(parent)
            if f == "languages":
                edit_.setPlaceholderText(Q.translate("Programme", "e.g. English, Spanish"))
            elif f == "availability":
                edit_.setPlaceholderText(Q.translate("Programme",
                                                     "e.g. Mon 18:00-20:00; Thu 07:00-08:00"))
            else:
                edit_.setMaxLength(100)
            self.widget = edit_
        self.widget.setAccessibleName(label)

    def set_value(self, value: Any) -> None:
        w, f = self.widget, self.field
        if value is None:
            return
        if isinstance(w, LevelListEditor) and isinstance(value, Mapping):
            w.set_values({str(k): int(v) for k, v in value.items()})
        elif isinstance(w, TimezoneBox):
            w.set_zone(str(value))
        elif isinstance(w, WorkingStyleEditor) and isinstance(value, Mapping):
            w.set_values({str(k): str(v) for k, v in value.items()})
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value))
        elif f == "channels" and isinstance(value, Sequence):
            for channel, box in self.channels.items():
                box.setChecked(channel in value)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(str(value))))
        elif isinstance(w, QSpinBox) and isinstance(value, int):
            w.setValue(value)
        elif isinstance(w, QLineEdit):
            if f == "languages" and isinstance(value, Sequence) and not isinstance(value, str):
                w.setText(", ".join(str(v) for v in value))
            elif f == "availability" and isinstance(value, Sequence) \
                    and not isinstance(value, str):
                w.setText("; ".join(profile_rules.format_window(v) for v in value
                                    if isinstance(v, Mapping)))
            else:
                w.setText(str(value))

    def value(self) -> Any:
        """The field in the profile's wire shape; None when left empty. Raises UsageError with
        a sentence for something that cannot be read."""
        w, f = self.widget, self.field
        if isinstance(w, LevelListEditor):
            return w.values() or None
        if isinstance(w, TimezoneBox):
            return profile_rules.check_timezone(w.zone()) or None
        if isinstance(w, WorkingStyleEditor):
            return w.values() or None
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip() or None
        if f == "channels":
            return [c for c, box in self.channels.items() if box.isChecked()] or None
        if isinstance(w, QComboBox):
            return str(w.currentData()) or None
        if isinstance(w, QSpinBox):
            return w.value()
        assert isinstance(w, QLineEdit)
        text = w.text().strip()
        if f == "languages":
            return profile_rules.parse_languages(text) or None
        if f == "availability":
            return profile_rules.parse_availability(text) or None
        return " ".join(text.split()) or None


# -- pages --------------------------------------------------------------------------------------

class CodePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self.clock = clock
        self.setTitle(self.tr("Join a programme"))
        self.setSubTitle(self.tr("Paste the enrolment code the programme's coordinator gave "
                                 "you."))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Enrolment &code:"), self)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(self.tr("Enrolment code"))
        self.edit.setPlaceholderText("ementor-programme-1:…")
        self.edit.setTabChangesFocus(True)
        self.edit.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 9 + 12)
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        self.preview = plain_label("", self)
        self.preview.setAccessibleName(self.tr("The programme of this code"))
        self.error = plain_label("", self, object_name="error")
        self.error.setAccessibleName(self.tr("Problem with the code"))
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(plain_label(self.tr(
            "Joining sends nothing about you: the programme first shows you its terms, and "
            "nothing of yours is shared until you consent."), self, object_name="hint"))
        layout.addStretch(1)
        self.code: EnrolmentCode | None = None
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Join"))
        self.edit.textChanged.connect(self._check)
        self._check()

    def problem(self, text: str) -> tuple[EnrolmentCode | None, str]:
        """The code in `text`, or why it is not one (one sentence)."""
        if not text.strip():
            return None, ""
        try:
            code = EnrolmentCode.parse(text)
        except ProgrammeError:
            return None, self.tr(
                "This is not a whole enrolment code. Copy all of it (it starts with "
                "“ementor-programme-1:” and ends after a dot and eight letters or digits) and "
                "paste it again.")
        if code.expires_at < self.clock():
            return None, self.tr("Enrolment with this code closed on {date}. Ask the "
                                 "coordinator for a new code.").format(date=_day(code.expires_at))
        return code, ""

    def _check(self) -> None:
        code, error = self.problem(self.edit.toPlainText())
        self.code = code
        self.error.setText(error)
        self.error.setVisible(bool(error))
        self.preview.setText(self.tr("Programme: {name} · enrolment open until {date}").format(
            name=code.name, date=_day(code.expires_at)) if code else "")
        self.preview.setVisible(code is not None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.code is not None


class WaitPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Waiting for the programme's answer"))
        self.setSubTitle(self.tr("The programme answers with its terms."))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.spinner = Spinner(self)
        self.status = plain_label(self.tr(
            "Your request to join is on its way. The programme's answer (its terms) arrives "
            "when the coordinator's app is next online; this can take a while. You may close "
            "this window: the terms will be waiting under the programme."), self)
        self.status.setAccessibleName(self.tr("Waiting for the programme's answer"))
        row.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.error = plain_label("", self, object_name="error")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.terms: Terms | None = None
        # Once the terms are here, there is no going back to waiting (nor to the code).
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next"))

    def initializePage(self) -> None:
        self.spinner.start()

    def cleanupPage(self) -> None:
        self.spinner.stop()

    def isComplete(self) -> bool:
        return self.terms is not None


class TermsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The programme's terms"))
        self.setSubTitle(self.tr("Read what the programme is, and exactly what is shared with "
                                 "whom, before you consent."))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        self.body = QWidget(scroll)
        self.body.setAccessibleName(self.tr("The programme's terms"))
        scroll.setWidget(self.body)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(0, 0, 8, 0)
        self.name = plain_label("", self.body, object_name="programmeTitle", selectable=True)
        self.organiser = plain_label("", self.body, object_name="hint", selectable=True)
        self.dates = plain_label("", self.body, object_name="hint")
        for w in (self.name, self.organiser, self.dates):
            self.layout_.addWidget(w)
        self.purpose = self._part(self.tr("Purpose"))
        self.benefits = self._part(self.tr("What it offers you"))
        self.expectations = self._part(self.tr("What is expected of you"))
        self.matching = self._part(self.tr("How people are matched"))
        self.layout_.addWidget(section_title(self.tr("Your role"), self.body))
        self.role_row = QHBoxLayout()
        self.roles = QButtonGroup(self)
        self.role_buttons: dict[str, QRadioButton] = {}
        for role, text in (("mentee", self.tr("I join as a &mentee")),
                           ("mentor", self.tr("I join as a men&tor"))):
            button = QRadioButton(text, self.body)
            button.setAccessibleName(text.replace("&", ""))
            self.roles.addButton(button)
            self.role_row.addWidget(button)
            self.role_buttons[role] = button
        self.role_row.addStretch(1)
        self.layout_.addLayout(self.role_row)
        self.only_role = plain_label("", self.body)
        self.layout_.addWidget(self.only_role)

        self.layout_.addWidget(section_title(self.tr("What you share, and with whom"), self.body))
        self.fields_box = QVBoxLayout()
        self.layout_.addLayout(self.fields_box)
        self.caveat = plain_label(sensitive_caveat(), self.body, object_name="hint")
        self.layout_.addWidget(self.caveat)

        self.reporting_title = section_title(self.tr("Reporting: choose what you allow"),
                                             self.body)
        self.layout_.addWidget(self.reporting_title)
        self.reporting_hint = plain_label("", self.body, object_name="hint")
        self.layout_.addWidget(self.reporting_hint)
        self.scopes_box = QVBoxLayout()
        self.layout_.addLayout(self.scopes_box)
        self.scope_boxes: dict[str, QCheckBox] = {}
        self.pulse_box = QVBoxLayout()
        self.layout_.addLayout(self.pulse_box)

        self.layout_.addWidget(section_title(self.tr("Keeping and admission"), self.body))
        self.retention = plain_label("", self.body)
        self.admission = plain_label("", self.body)
        self.layout_.addWidget(self.retention)
        self.layout_.addWidget(self.admission)
        self.layout_.addStretch(1)
        self.roles.buttonToggled.connect(self._role_changed)
        self.terms: Terms | None = None

    def _part(self, title: str) -> QLabel:
        self.layout_.addWidget(section_title(title, self.body))
        label = plain_label("", self.body, selectable=True)
        self.layout_.addWidget(label)
        return label

    def set_terms(self, terms: Terms, role: str | None = None,
                  scopes: Sequence[str] = ()) -> None:
        self.terms = terms
        self.name.setText(terms.name)
        self.name.setAccessibleName(terms.name)
        self.organiser.setText(self.tr("Run by {organiser}").format(organiser=terms.organiser))
        starts = terms.starts if isinstance(terms.starts, str) else None
        ends = terms.ends if isinstance(terms.ends, str) else None
        self.dates.setText(self.tr("From {start} to {end}").format(
            start=date_text(starts) or self.tr("(no start date)"),
            end=date_text(ends) or self.tr("(no end date)")) if starts or ends else "")
        self.dates.setVisible(bool(starts or ends))
        self.purpose.setText(terms.purpose)
        self.benefits.setText(terms.benefits or self.tr("(not written)"))
        self.expectations.setText(terms.expectations or self.tr("(not written)"))
        self.matching.setText(matching_sentence(terms))
        asked = roles_asked(terms)
        both = len(asked) > 1
        for name, button in self.role_buttons.items():
            button.setVisible(both and name in asked)
        self.only_role.setVisible(not both)
        if not both and asked:
            self.only_role.setText(self.tr("You join as: {role}").format(
                role=role_name(asked[0])))
        chosen = role if role in asked else (asked[0] if asked else "mentee")
        self.role_buttons.get(chosen, self.role_buttons["mentee"]).setChecked(True)

        _clear(self.scopes_box)
        _clear(self.pulse_box)
        self.scope_boxes = {}
        k = terms.reporting.min_group
        for scope in terms.reporting.scopes:
            sentence = scope_sentence(scope, k)
            box = QCheckBox(self.tr("Allow: {scope}").format(scope=name_of(SCOPE_NAMES, scope)),
                            self.body)
            box.setAccessibleName(box.text())
            box.setAccessibleDescription(sentence)
            box.setChecked(scope in scopes)
            self.scopes_box.addWidget(box)
            line_ = plain_label(sentence, self.body, object_name="hint")
            line_.setIndent(24)
            self.scopes_box.addWidget(line_)
            self.scope_boxes[scope] = box
            if scope == "pulse":
                for sentence in pulse_sentences(terms):
                    line = plain_label("• " + sentence, self.body)
                    line.setIndent(24)
                    self.scopes_box.addWidget(line)
        has = bool(terms.reporting.scopes)
        self.reporting_title.setVisible(has)
        self.reporting_hint.setVisible(has)
        self.reporting_hint.setText(self.tr(
            "Your app counts these on your computer and sends only the numbers; leave any "
            "unticked and it is never sent. You can withdraw later.") if has else "")
        self.retention.setText(retention_sentence(terms))
        self.admission.setText(admission_sentence(terms))
        self._role_changed()

    def scroll_to_end(self) -> None:
        """Show the consent choices at the end of the terms."""
        viewport = self.body.parentWidget()
        scroll = viewport.parentWidget() if viewport is not None else None
        if isinstance(scroll, QScrollArea):
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())

    def role(self) -> str:
        for name, button in self.role_buttons.items():
            if button.isChecked():
                return name
        return "mentee"

    def scopes(self) -> list[str]:
        return [scope for scope, box in self.scope_boxes.items() if box.isChecked()]

    def field_texts(self) -> list[str]:
        """The sentences shown for the chosen role's fields (what a screen reader reads)."""
        return [w.text() for w in _widgets(self.fields_box) if isinstance(w, QLabel)]

    def _role_changed(self, *_args: object) -> None:
        _clear(self.fields_box)
        terms = self.terms
        if terms is None:
            return
        lines = field_lines(terms, self.role())
        for line in lines:
            tag = self.tr("required") if line.required else self.tr("optional")
            label = plain_label(self.tr("• {sentence} ({tag})").format(sentence=line.sentence,
                                                                       tag=tag), self.body)
            self.fields_box.addWidget(label)
        self.caveat.setVisible(any(line.sensitive for line in lines))
        wizard = self.wizard()
        if isinstance(wizard, JoinDialog):
            wizard.role_changed(self.role())


class FieldsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your answers"))
        self.setSubTitle(self.tr("What the programme asks of you for matching. Fields marked "
                                 "* are required."))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        self.body = QWidget(scroll)
        scroll.setWidget(self.body)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 8, 0)
        self.grid = QVBoxLayout()  # per field: its question, its editor, who sees it
        self.grid.setSpacing(3)
        column.addLayout(self.grid)
        column.addStretch(1)
        self.error = plain_label("", self, object_name="error")
        self.error.setAccessibleName(self.tr("Problem with your answers"))
        self.error.hide()
        outer.addWidget(self.error)
        self.editors: list[FieldEditor] = []

    def set_fields(self, specs: Sequence[FieldSpec], prefill: Mapping[str, Any]) -> None:
        _clear(self.grid)
        self.editors = []
        for row, spec in enumerate(specs):
            editor = FieldEditor(spec, self.body)
            text = editor.label + (" *" if spec.required else "")
            label = plain_label(text, self.body, object_name="sectionTitle")
            if row:
                self.grid.addSpacing(8)
            self.grid.addWidget(label)
            self.grid.addWidget(editor.widget)
            hint = plain_label(self._note(spec), self.body, object_name="hint")
            self.grid.addWidget(hint)
            if spec.required:
                editor.widget.setAccessibleDescription(self.tr("Required"))
            editor.set_value(_prefill(prefill, spec.field))
            self.editors.append(editor)
        self.error.hide()

    def _note(self, spec: FieldSpec) -> str:
        if spec.sensitive:
            return self.tr("Sensitive: used for matching and never shown, to the coordinator "
                           "either.")
        if "match" in spec.shown and "candidates" in spec.shown:
            return self.tr("Seen by the coordinator, your match and participants you are "
                           "suggested to.")
        if "match" in spec.shown:
            return self.tr("Seen by the coordinator and the person you are matched with.")
        if "candidates" in spec.shown:
            return self.tr("Seen by the coordinator and participants you are suggested to.")
        return self.tr("Seen by the coordinator only.")

    def values(self) -> dict[str, Any]:
        """The answers in the profile's wire shape (`ProfileFields`), checked: raises
        UsageError with one sentence for the first problem."""
        fields: dict[str, Any] = {}
        extra: dict[str, str] = {}
        for editor in self.editors:
            try:
                value = editor.value()
            except UsageError as err:
                raise UsageError(self.tr("{field}: {problem}").format(
                    field=editor.label, problem=str(err))) from None
            if value is None:
                if editor.spec.required:
                    raise UsageError(self.tr("Answer “{field}”: the programme requires it."
                                             ).format(field=editor.label))
                continue
            if editor.field.startswith("extra."):
                extra[editor.field.removeprefix("extra.")] = str(value)
            else:
                fields[editor.field] = value
        if extra:
            fields["extra"] = extra
        try:
            msgspec.convert(fields, ProfileFields)
        except (msgspec.ValidationError, ValueError):
            raise UsageError(self.tr("Some answers are too long or hold characters that cannot "
                                     "be sent; shorten or retype them.")) from None
        return fields

    def validatePage(self) -> bool:
        try:
            self.values()
        except UsageError as err:
            self.error.setText(str(err))
            self.error.show()
            return False
        self.error.hide()
        wizard = self.wizard()
        return not isinstance(wizard, JoinDialog) or wizard.consent()


# -- the wizard ---------------------------------------------------------------------------------

class JoinDialog(QWizard):
    """Joining a programme; `terms` given starts at the terms (a programme whose terms changed
    asks for consent again). `clock` (seconds since the epoch) says whether a code expired."""

    joinRequested = Signal(str)  # the code, as typed (white space removed)
    consentGiven = Signal(str, str, list, dict)  # programme id, role, scopes, fields
    declined = Signal(str)  # programme id

    def __init__(self, parent: QWidget | None = None, *,
                 prefill: Mapping[str, Any] | None = None, terms: Terms | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a programme"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setStyleSheet(PAGE_STYLE)
        fit_to_screen(self, 760, 680)
        self.prefill: Mapping[str, Any] = prefill or {}
        self.confirm_box: QMessageBox | None = None
        self.code_page = CodePage(self, clock)
        self.wait_page = WaitPage(self)
        self.terms_page = TermsPage(self)
        self.fields_page = FieldsPage(self)
        for page_id, page in ((CODE_PAGE, self.code_page), (WAIT_PAGE, self.wait_page),
                              (TERMS_PAGE, self.terms_page), (FIELDS_PAGE, self.fields_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Consent and join"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Decline…"))
        decline = self.button(QWizard.WizardButton.CustomButton1)
        decline.setAccessibleName(self.tr("Decline the terms and leave the programme"))
        decline.clicked.connect(self.ask_to_decline)
        for which, name in ((QWizard.WizardButton.NextButton, self.tr("Next")),
                            (QWizard.WizardButton.BackButton, self.tr("Back")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
                            (QWizard.WizardButton.FinishButton, self.tr("Consent and join")),
                            (QWizard.WizardButton.CommitButton, self.tr("Join"))):
            self.button(which).setAccessibleName(name)
        self.currentIdChanged.connect(self._page_changed)
        if terms is not None:
            self.wait_page.terms = terms
            self.terms_page.set_terms(terms)
            self.setStartId(TERMS_PAGE)
        self._page_changed(self.startId())

    # -- the lead's calls -----------------------------------------------------------------------

    def set_prefill(self, prefill: Mapping[str, Any]) -> None:
        """Answers to start the last page with (e.g. the person's profile), in the profile's
        wire shape: skills {name: level}, languages [..], availability [{day, start, end}],
        extra {column: answer} (or "extra.column" keys)…"""
        self.prefill = prefill
        if self.currentId() == FIELDS_PAGE:
            self.role_changed(self.terms_page.role())

    def set_terms(self, terms: Terms) -> bool:
        """The programme's welcome arrived: show its terms. False (and an error shown) when
        they are not for the code typed."""
        code = self.code_page.code
        if code is not None and terms.programme != code.programme:
            self.show_error(self.tr("The answer came for another programme; it was ignored."))
            return False
        self.wait_page.terms = terms
        self.terms_page.set_terms(terms)
        self.wait_page.completeChanged.emit()
        if self.currentId() == WAIT_PAGE:
            self.next()
        return True

    def show_error(self, text: str) -> None:
        """A problem while waiting (e.g. the join could not be sent)."""
        self.wait_page.error.setText(text)
        self.wait_page.error.setVisible(bool(text))

    def consent_failed(self, text: str) -> None:
        """The consent could not be given (one sentence): the answers page again, saying
        why (the dialog shows again if it had closed)."""
        self.fields_page.error.setText(text)
        self.fields_page.error.setVisible(bool(text))
        if not self.isVisible():
            self.open()

    # -- what the person does -------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        if self.currentId() == CODE_PAGE:
            code = self.code_page.code
            if code is None:
                return False
            if not super().validateCurrentPage():
                return False
            self.joinRequested.emit("".join(self.code_page.edit.toPlainText().split()))
            return True
        return super().validateCurrentPage()

    def role_changed(self, role: str) -> None:
        terms = self.terms_page.terms
        if terms is not None:
            self.fields_page.set_fields(fields_for(terms, role), self.prefill)

    def consent(self) -> bool:
        terms = self.terms_page.terms
        if terms is None:
            return False
        fields = self.fields_page.values()
        self.consentGiven.emit(terms.programme, self.terms_page.role(),
                               self.terms_page.scopes(), fields)
        return True

    def ask_to_decline(self) -> None:
        terms = self.terms_page.terms
        if terms is None:
            return
        programme = terms.programme

        def decline() -> None:
            self.declined.emit(programme)
            self.reject()

        from ementor_desktop.ui.programme.common import confirm
        confirm(
            self, self.tr("Decline and leave?"),
            self.tr("Nothing about you is sent to the programme, and it forgets your request "
                    "to join. You can join later with the code."), self.tr("&Decline"), decline)

    def _page_changed(self, page_id: int) -> None:
        self.button(QWizard.WizardButton.CustomButton1).setVisible(
            page_id in (TERMS_PAGE, FIELDS_PAGE))
        if page_id == FIELDS_PAGE:
            self.role_changed(self.terms_page.role())


def _day(seconds: int) -> str:
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(seconds).date(),
                              QLocale.FormatType.LongFormat)


def _prefill(prefill: Mapping[str, Any], field: str) -> Any:
    if field.startswith("extra."):
        extra = prefill.get("extra")
        column = field.removeprefix("extra.")
        if isinstance(extra, Mapping) and column in extra:
            return extra[column]
    return prefill.get(field)


def _widgets(layout: QVBoxLayout | QGridLayout) -> list[QWidget]:
    out = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget() if item is not None else None
        if widget is not None:
            out.append(widget)
    return out


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


__all__ = ["FieldLine", "JoinDialog", "admission_sentence", "field_lines", "field_sentence",
           "fields_for", "pulse_sentences", "retention_sentence", "roles_asked",
           "scope_sentence"]
