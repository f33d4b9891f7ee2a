"""The agreement view: the draft terms both people edit, proposing them (a counter-proposal when
the other person proposed last), signing the latest version after a confirmation that shows
exactly the terms signed, earlier versions, and a TAMPERED warning when a signature does not
verify against what is stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.shared import AgreementVersion
from ementor_desktop.ui.operations.workspace import Workspace
from ementor_desktop.ui.widgets import fit_to_screen
from ementor_desktop.ui.workspace.common import (
    CADENCE_NAMES,
    CHANNEL_NAMES,
    COORDINATOR_NAMES,
    button_row,
    date_text,
    finish_view,
    ms_date,
    plain_label,
    terms_lines,
    tr,
    translate,
    warning_frame,
)


def _date_field(parent: QWidget, name: str) -> tuple[QCheckBox, QDateEdit]:
    box = QCheckBox(name, parent)
    box.setAccessibleName(name)
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    edit.setEnabled(False)
    box.toggled.connect(edit.setEnabled)
    return box, edit


def _iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def version_state(version: AgreementVersion, their_name: str) -> str:
    if any(not s.valid for s in version.signatures):
        return translate("Workspace", "a signature does not verify (TAMPERED)")
    if version.signed_by_both:
        return translate("Workspace", "signed by both")
    mine = any(s.by_me and s.valid for s in version.signatures)
    theirs = any(not s.by_me and s.valid for s in version.signatures)
    if mine:
        return translate("Workspace", "signed by you")
    if theirs:
        return translate("Workspace", "signed by {name}").format(name=their_name)
    return translate("Workspace", "not signed")


class SignDialog(QDialog):
    """Asks before signing, showing exactly the terms that are signed: a version the other
    person proposed, or the draft being proposed (proposing signs it)."""

    def __init__(self, terms: dict[str, Any], title: str, intro: str, verb: str,
                 parent: QWidget | None = None, version_id: str = "") -> None:
        super().__init__(parent)
        self.version_id = version_id
        self.signed_terms = dict(terms)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(intro, self))
        self.terms = QPlainTextEdit(self)
        self.terms.setReadOnly(True)
        self.terms.setPlainText("\n".join(terms_lines(terms)))
        self.terms.setAccessibleName(self.tr("The terms you sign"))
        self.terms.setMinimumSize(420, 220)
        layout.addWidget(self.terms, 1)
        layout.addWidget(plain_label(self.tr(
            "Your signature is made with your key on this computer. It cannot be taken back; "
            "changed terms become a new version that both of you sign again."), self,
            object_name="hint"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel, do not sign"))
        self.sign_button = QPushButton(verb, self)
        self.sign_button.setObjectName("primary")
        self.sign_button.setAccessibleName(verb)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_button)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.sign_button.clicked.connect(self.accept)
        finish_view(self)
        self.cancel_button.setDefault(True)  # Enter alone never signs

    @classmethod
    def for_version(cls, version: AgreementVersion, ws: Workspace,
                    parent: QWidget | None = None) -> SignDialog:
        who = translate("Workspace", "you") if version.by_me else ws.contact_name
        return cls(version.terms,
                   translate("Workspace", "Sign version {n}").format(n=version.number),
                   translate("Workspace",
            "You are signing version {n} of your agreement with {name}, proposed by {who} on "
            "{day}. These are exactly the terms you sign:").format(
            n=version.number, name=ws.contact_name, who=who, day=ms_date(version.at)),
            translate("Workspace", "Sign version {n}").format(n=version.number), parent,
            version.id)

    @classmethod
    def for_proposal(cls, terms: dict[str, Any], number: int, ws: Workspace,
                     parent: QWidget | None = None) -> SignDialog:
        return cls(terms, translate("Workspace", "Propose and sign version {n}").format(n=number),
                   translate("Workspace",
            "You are proposing these terms to {name} as version {n} of your agreement, and "
            "signing them: they come into force when {name} signs them too. These are exactly "
            "the terms you sign:").format(n=number, name=ws.contact_name),
            translate("Workspace", "Propose and sign"), parent)


class AgreementView(QDialog):
    """One relationship's agreement. Emits requests; the controller runs them and calls
    `set_workspace` with what is stored afterwards."""

    save_requested = Signal(dict)  # the draft's terms
    propose_requested = Signal(dict)
    sign_requested = Signal(str)  # a version id

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id = ws.contact_id
        self.ws = ws
        self._filling = False
        self._dirty = False
        self.sign_dialog: SignDialog | None = None
        self.setWindowTitle(self.tr("Agreement with {name}").format(name=ws.contact_name))
        fit_to_screen(self, 940, 700)
        layout = QVBoxLayout(self)
        self.status = plain_label("", self)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        layout.addWidget(self.status)
        self.tamper_box, self.tamper_text = warning_frame(self)
        self.tamper_box.hide()
        layout.addWidget(self.tamper_box)

        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        draft = QGroupBox(self.tr("Draft terms (both of you can change them)"), self)
        draft_box = QVBoxLayout(draft)
        form = QFormLayout()
        draft_box.addLayout(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.has_start, self.start = _date_field(draft, self.tr("Starts on"))
        self.has_end, self.end = _date_field(draft, self.tr("Ends on"))
        form.addRow(self.has_start, self.start)
        form.addRow(self.has_end, self.end)
        self.cadence = QComboBox(draft)
        self.cadence.setAccessibleName(self.tr("How often you meet"))
        self.cadence.addItem(self.tr("Not agreed yet"), None)
        for value, label in CADENCE_NAMES.items():
            self.cadence.addItem(tr(label).capitalize(), value)
        form.addRow(self.tr("&Meet:"), self.cadence)
        channel_row = QHBoxLayout()
        self.channels: dict[str, QCheckBox] = {}
        for value, label in CHANNEL_NAMES.items():
            box = QCheckBox(tr(label), draft)
            box.setAccessibleName(self.tr("Talk by {channel}").format(channel=tr(label)))
            self.channels[value] = box
            channel_row.addWidget(box)
        channel_row.addStretch(1)
        form.addRow(self.tr("Talk by:"), channel_row)
        self.response = QSpinBox(draft)
        self.response.setRange(0, 720)
        self.response.setSpecialValueText(self.tr("Not agreed yet"))
        self.response.setSuffix(self.tr(" hours"))
        self.response.setAccessibleName(self.tr("Expected response time in hours"))
        form.addRow(self.tr("&Answer within:"), self.response)
        self.goals = QPlainTextEdit(draft)
        self.goals.setPlaceholderText(self.tr("One goal per line"))
        self.goals.setAccessibleName(self.tr("Goals of the mentorship, one per line"))
        self.goals.setFixedHeight(64)
        form.addRow(self.tr("&Goals:"), self.goals)
        reviews = QHBoxLayout()
        self.reviews = QListWidget(draft)
        self.reviews.setAccessibleName(self.tr("Review dates"))
        self.reviews.setFixedHeight(56)
        self.review_date = QDateEdit(QDate.currentDate().addMonths(3), draft)
        self.review_date.setCalendarPopup(True)
        self.review_date.setAccessibleName(self.tr("A review date to add"))
        self.add_review = QPushButton(self.tr("Add"), draft)
        self.add_review.setAccessibleName(self.tr("Add the review date"))
        self.remove_review = QPushButton(self.tr("Remove"), draft)
        self.remove_review.setAccessibleName(self.tr("Remove the chosen review date"))
        side = QVBoxLayout()
        side.addWidget(self.review_date)
        row = QHBoxLayout()
        row.addWidget(self.add_review)
        row.addWidget(self.remove_review)
        side.addLayout(row)
        reviews.addWidget(self.reviews, 1)
        reviews.addLayout(side)
        form.addRow(self.tr("Reviews:"), reviews)
        coordinator = QVBoxLayout()
        self.coordinator: dict[str, QCheckBox] = {}
        for value, label in COORDINATOR_NAMES.items():
            box = QCheckBox(tr(label), draft)
            box.setAccessibleName(self.tr("A coordinator may see {what}").format(what=tr(label)))
            self.coordinator[value] = box
            coordinator.addWidget(box)
        coordinator.addWidget(plain_label(self.tr(
            "A programme coordinator sees nothing of your mentorship unless you both agree "
            "here."), draft, object_name="hint"))
        form.addRow(self.tr("Coordinator:"), coordinator)
        self.confidentiality = QPlainTextEdit(draft)
        self.confidentiality.setPlaceholderText(self.tr("What stays between the two of you"))
        self.confidentiality.setAccessibleName(self.tr("Confidentiality"))
        self.confidentiality.setFixedHeight(64)
        form.addRow(self.tr("&Confidentiality:"), self.confidentiality)
        self.draft_changed = plain_label("", draft, object_name="hint")
        self.draft_changed.hide()
        self.reload_draft = QPushButton(self.tr("Show their changes"), draft)
        self.reload_draft.setAccessibleName(self.tr("Show the latest draft, dropping your changes"))
        self.reload_draft.hide()
        form.addRow(self.draft_changed)
        form.addRow(self.reload_draft)
        draft_buttons, self.save_button, self.propose_button = button_row(
            draft, (self.tr("&Save draft"), self.tr("Save the draft")),
            (self.tr("&Propose these terms"), self.tr("Propose these terms")))
        draft_box.addStretch(1)
        draft_box.addLayout(draft_buttons)
        columns.addWidget(draft, 3)

        versions = QGroupBox(self.tr("Proposed versions"), self)
        right = QVBoxLayout(versions)
        self.version_list = QListWidget(versions)
        self.version_list.setAccessibleName(self.tr("Proposed versions"))
        self.version_list.setMaximumHeight(120)
        self.version_list.setWordWrap(True)
        self.version_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right.addWidget(self.version_list)
        self.version_terms = QPlainTextEdit(versions)
        self.version_terms.setReadOnly(True)
        self.version_terms.setAccessibleName(self.tr("Terms of the chosen version"))
        right.addWidget(self.version_terms, 1)
        self.signatures = plain_label("", versions)
        right.addWidget(self.signatures)
        self.sign_button = QPushButton(self.tr("Sign…"), versions)
        self.sign_button.setObjectName("primary")
        self.sign_button.setAccessibleName(self.tr("Sign the latest version"))
        right.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignRight)
        columns.addWidget(versions, 2)

        bottom = QHBoxLayout()
        self.message = plain_label("", self)
        self.message.setObjectName("hint")
        bottom.addWidget(self.message, 1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.close_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(lambda: self._request(self.save_requested))
        self.propose_button.clicked.connect(self.ask_to_propose)
        self.sign_button.clicked.connect(self.ask_to_sign)
        self.add_review.clicked.connect(self._add_review)
        self.remove_review.clicked.connect(self._remove_review)
        self.reload_draft.clicked.connect(self._reload_draft)
        self.version_list.currentRowChanged.connect(self._show_version)
        for box in (self.has_start, self.has_end, *self.channels.values(),
                    *self.coordinator.values()):
            box.toggled.connect(self._edited)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._edited)
        self.cadence.currentIndexChanged.connect(self._edited)
        self.response.valueChanged.connect(self._edited)
        for text in (self.goals, self.confidentiality):
            text.textChanged.connect(self._edited)
        finish_view(self)
        self.set_workspace(ws)

    # -- showing ----------------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace) -> None:
        self.ws = ws
        agreement = ws.records.agreement
        current = agreement.current
        name = ws.contact_name
        signed_by_me = current is not None and any(s.by_me and s.valid
                                                   for s in current.signatures)
        if current is None:
            status = self.tr("Draft: nothing proposed yet. Fill in the terms and propose them to "
                             "{name}; proposing signs them.").format(name=name)
        elif agreement.status == "signed":
            when = max(s.at for s in current.signatures if s.valid)
            status = self.tr("Signed by both on {day} (version {n}).").format(day=ms_date(when),
                                                                       n=current.number)
        elif signed_by_me and current.by_me:
            status = self.tr("You proposed and signed version {n}. Waiting for {name} to sign it "
                             "or to propose changes.").format(n=current.number, name=name)
        elif signed_by_me:
            status = self.tr("You signed version {n}. Waiting for {name} to sign it.").format(
                n=current.number, name=name)
        elif current.by_me:
            status = self.tr("You proposed version {n} but have not signed it yet.").format(
                n=current.number)
        else:
            status = self.tr("{name} proposed version {n}. Read it and sign it, or change the "
                             "draft "
                             "and propose your version.").format(n=current.number, name=name)
        in_force = agreement.in_force
        if in_force is not None and current is not None and in_force.id != current.id:
            status += " " + self.tr("Version {n}, signed by both, stays in force until "
                                    "then.").format(n=in_force.number)
        self.status.setText(status)
        if agreement.tampered:
            self.tamper_text.setText(self.tr(
                "TAMPERED: a signature on this agreement does not verify against the stored "
                "terms. Someone changed the agreement outside the app; the version is not "
                "counted as signed. Ask {name} to compare the terms with you.").format(
                name=name))
        self.tamper_box.setVisible(agreement.tampered)
        self.propose_button.setText(
            self.tr("&Propose these terms") if current is None else
            self.tr("&Propose changes") if not current.by_me else self.tr("&Propose as a new "
                                                                          "version"))
        self.propose_button.setAccessibleName(self.propose_button.text().replace("&", ""))
        if not self._dirty:
            self._fill_draft(agreement.draft)
        elif agreement.draft != self._shown_draft:
            self.draft_changed.setText(self.tr("The draft changed meanwhile (perhaps {name} edited "
                                               "it). Saving keeps your values.").format(name=name))
            self.draft_changed.show()
            self.reload_draft.show()
        self._fill_versions(ws)
        can_sign = current is not None and not any(s.by_me and s.valid
                                                   for s in current.signatures)
        self.sign_button.setEnabled(can_sign and ws.active)
        if current is not None and not can_sign:
            self.sign_button.setText(self.tr("You signed version {n}").format(n=current.number))
            self.sign_button.setAccessibleName(self.sign_button.text())
        elif current is not None:
            self.sign_button.setText(self.tr("Sig&n version {n}…").format(n=current.number))
            self.sign_button.setAccessibleName(self.tr("Sign version {n}").format(n=current.number))
        for w in (self.save_button, self.propose_button):
            w.setEnabled(ws.active)

    def _fill_draft(self, draft: dict[str, Any]) -> None:
        self._filling = True
        try:
            self._shown_draft = dict(draft)
            for box, edit, key in ((self.has_start, self.start, "start"),
                                   (self.has_end, self.end, "end")):
                value = draft.get(key)
                box.setChecked(bool(value))
                if value:
                    edit.setDate(QDate.fromString(value, "yyyy-MM-dd"))
            self.cadence.setCurrentIndex(max(0, self.cadence.findData(draft.get("cadence"))))
            for value, box in self.channels.items():
                box.setChecked(value in (draft.get("channels") or []))
            self.response.setValue(int(draft.get("response_hours") or 0))
            self.goals.setPlainText("\n".join(draft.get("goals") or []))
            self.reviews.clear()
            for day in draft.get("reviews") or []:
                self._review_item(day)
            for value, box in self.coordinator.items():
                box.setChecked(value in (draft.get("coordinator") or []))
            self.confidentiality.setPlainText(draft.get("confidentiality") or "")
        finally:
            self._filling = False
        self._dirty = False
        self.draft_changed.hide()
        self.reload_draft.hide()

    def _fill_versions(self, ws: Workspace) -> None:
        versions = ws.records.agreement.versions
        kept = self.version_list.currentRow()
        self.version_list.blockSignals(True)
        self.version_list.clear()
        for version in versions:
            who = self.tr("you") if version.by_me else ws.contact_name
            text = self.tr("Version {n}, proposed by {who} on {day}: {state}").format(
                n=version.number, who=who, day=ms_date(version.at),
                state=version_state(version, ws.contact_name))
            self.version_list.addItem(text)
        self.version_list.blockSignals(False)
        if versions:
            row = kept if 0 <= kept < len(versions) else len(versions) - 1
            self.version_list.setCurrentRow(row)
            self._show_version(row)
        else:
            self.version_terms.setPlainText(self.tr("No version has been proposed yet."))
            self.signatures.setText("")

    def _show_version(self, row: int) -> None:
        versions = self.ws.records.agreement.versions
        if not 0 <= row < len(versions):
            return
        version = versions[row]
        self.version_terms.setPlainText("\n".join(terms_lines(version.terms)))
        lines = []
        for s in version.signatures:
            who = self.tr("You") if s.by_me else self.ws.contact_name
            if s.valid:
                lines.append(self.tr("✓ {who} signed on {day}.").format(who=who, day=ms_date(s.at)))
            else:
                lines.append(self.tr("✗ A signature said to be by {who} does not verify "
                                     "(TAMPERED).").format(who=who))
        self.signatures.setText("\n".join(lines) or self.tr("Nobody has signed this version."))

    # -- editing ----------------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self._dirty = True

    def _review_item(self, day: str) -> None:
        item = QListWidgetItem(date_text(day, long=True))
        item.setData(Qt.ItemDataRole.UserRole, day)
        self.reviews.addItem(item)

    def _add_review(self) -> None:
        day = _iso(self.review_date)
        if day not in self._reviews():
            self._review_item(day)
            self._edited()

    def _remove_review(self) -> None:
        row = self.reviews.currentRow()
        if row >= 0:
            self.reviews.takeItem(row)
            self._edited()

    def _reviews(self) -> list[str]:
        return [str(self.reviews.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.reviews.count())]

    def _reload_draft(self) -> None:
        self._dirty = False
        self._fill_draft(self.ws.records.agreement.draft)

    def terms(self) -> dict[str, Any]:
        """The draft as the form shows it (terms not set are left out)."""
        terms: dict[str, Any] = {
            "start": _iso(self.start) if self.has_start.isChecked() else None,
            "end": _iso(self.end) if self.has_end.isChecked() else None,
            "cadence": self.cadence.currentData(),
            "channels": [v for v, box in self.channels.items() if box.isChecked()],
            "response_hours": self.response.value() or None,
            "goals": [line.strip() for line in self.goals.toPlainText().splitlines()
                      if line.strip()],
            "reviews": self._reviews(),
            "coordinator": [v for v, box in self.coordinator.items() if box.isChecked()],
            "confidentiality": self.confidentiality.toPlainText() or None,
        }
        return {k: v for k, v in terms.items() if v not in (None, [], "")}

    def _request(self, signal: Any, terms: dict[str, Any] | None = None) -> None:
        self.show_message("")
        signal.emit(self.terms() if terms is None else terms)

    def saved(self, text: str) -> None:
        """The controller stored the draft: what is stored now is what the form shows."""
        self._dirty = False
        self.show_message(text)

    def ask_to_sign(self) -> None:
        current = self.ws.records.agreement.current
        if current is None:
            return
        dialog = SignDialog.for_version(current, self.ws, self)
        dialog.accepted.connect(lambda: self.sign_requested.emit(dialog.version_id))
        self._ask(dialog)

    def ask_to_propose(self) -> None:
        """Proposing signs the terms: ask first, showing exactly the terms proposed."""
        number = len(self.ws.records.agreement.versions) + 1
        dialog = SignDialog.for_proposal(self.terms(), number, self.ws, self)
        dialog.accepted.connect(lambda: self._request(self.propose_requested,
                                                      dialog.signed_terms))
        self._ask(dialog)

    def _ask(self, dialog: SignDialog) -> None:
        self.sign_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "sign_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setAccessibleName(text or self.tr("Status"))

    def show_error(self, text: str) -> None:
        self.show_message(text, error=True)


__all__ = ["AgreementView", "SignDialog", "version_state"]
