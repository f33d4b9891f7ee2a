"""First run: a wizard that explains, then creates the vault (off the GUI thread) and connects.

Pages: welcome (what this is, privacy in plain words) → passphrase (strength, confirm, cannot be
recovered, remember on this device) → about you (name, role, headline, time zone, skills and
what to learn with levels, languages; more folded away) →
connect (paste an invite or create one, as text and QR code; or later).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ementor_desktop.domain.account import MIN_PASSPHRASE_LENGTH
from ementor_desktop.domain.models import Role
from ementor_desktop.errors import UsageError
from ementor_desktop.ui.profile_view import ProfileForm
from ementor_desktop.ui.resources import app_icon
from ementor_desktop.ui.widgets import QrView, Spinner, StrengthMeter, fit_to_screen


@dataclass
class NewAccount:
    passphrase: str
    name: str
    role: Role
    headline: str
    remember: bool
    timezone: str = ""
    languages: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)  # the other profile fields, checked


def _para(text: str, parent: QWidget, hint: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    if hint:
        label.setObjectName("hint")
    return label


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to eMentor"))
        self.setSubTitle(self.tr("A private place for mentoring conversations."))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(_para(self.tr(
            "Talk with your mentor or mentee, plan goals and keep notes – all in one app, "
            "without swapping personal e-mail addresses or phone numbers."), self))
        layout.addWidget(_para(self.tr(
            "<b>Only you and your contact can read your messages.</b> They are sealed on this "
            "computer before they leave it. The relay that passes them on sees only sealed "
            "envelopes: not what you wrote, and not who you are."), self))
        layout.addWidget(_para(self.tr(
            "Everything on this computer is kept in an encrypted vault that opens with a "
            "passphrase you choose next."), self))
        layout.addStretch(1)
        # Moving to a new computer: bring the vault back from its backup instead.
        row = QHBoxLayout()
        moving = QLabel(self.tr("Moving from another computer?"), self)
        moving.setObjectName("hint")
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        moving.setBuddy(self.restore_button)
        self.spinner = Spinner(self)
        row.addWidget(moving)
        row.addWidget(self.restore_button)
        row.addWidget(self.spinner)
        row.addStretch(1)
        layout.addLayout(row)
        self.restore_problem = QLabel(self)
        self.restore_problem.setObjectName("error")
        self.restore_problem.setWordWrap(True)
        self.restore_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_problem.setAccessibleName(self.tr("Restore problem"))
        self.restore_problem.hide()
        layout.addWidget(self.restore_problem)


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("It opens your vault. A few unrelated words are easy to "
                                 "remember and hard to guess."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Passphrase again"))
        form.addRow(self.tr("&Passphrase:"), self.first)
        self.meter = StrengthMeter(self)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Again:"), self.second)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        warning = _para(self.tr(
            "<b>Nobody can recover a forgotten passphrase</b> – not us, not the relay. "
            "Write it down somewhere safe, or make a backup from Settings later."), self)
        layout.addWidget(warning)
        self.remember = QCheckBox(self.tr("&Remember on this device (open without typing it; "
                                          "uses the system keyring)"), self)
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        layout.addWidget(self.remember)
        layout.addStretch(1)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.meter.set_passphrase(self.first.text())
        self.problem.setText(self._problem() if self.second.text() else "")
        self.completeChanged.emit()

    def _problem(self) -> str:
        if len(self.first.text()) < MIN_PASSPHRASE_LENGTH:
            return self.tr("Use at least {n} characters.").format(n=MIN_PASSPHRASE_LENGTH)
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same.")
        return ""

    def isComplete(self) -> bool:
        return bool(self.first.text()) and not self._problem()


class ProfilePage(QWizardPage):
    """The last page before the vault exists; "Create" runs the creation in the background.

    The essentials first (who you are, your time zone, skills and what you want to learn,
    languages), "More about you" folded away; the same structured fields as the profile
    dialog (`ui/profile_view.ProfileForm`), checked inline."""

    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("About you"))
        self.setSubTitle(self.tr("What your contacts will see. You can change it later."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create my vault"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.form = ProfileForm(inner)
        # The fields tests and the screenshots reach for, under their usual names.
        self.name, self.role, self.headline = self.form.name, self.form.role, self.form.headline
        self.timezone, self.languages = self.form.timezone, self.form.languages
        self.skills, self.wants = self.form.skills, self.form.wants
        self.who_sees = _para(self.tr(
            "Contacts see your name, role and headline, your skills, what you want to learn, "
            "languages, time zone and how you like to meet. Your bio, availability, capacity "
            "and working style stay private until you choose to share them."), inner, hint=True)
        self.who_sees.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.who_sees)
        for section in (self.form.identity, self.form.basics, self.form.skills_section):
            section.show()
            layout.addWidget(section)
        self.more_button = QToolButton(inner)
        self.more_button.setText(self.tr("More about you (optional)"))
        self.more_button.setAccessibleName(self.tr("More about you (optional)"))
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setAutoRaise(True)
        layout.addWidget(self.more_button)
        self.more = QWidget(inner)
        more = QVBoxLayout(self.more)
        more.setContentsMargins(0, 0, 0, 0)
        for section in (self.form.about, self.form.more, self.form.style_section):
            section.show()
            more.addWidget(section)
        self.more.hide()
        layout.addWidget(self.more)
        layout.addStretch(1)
        area = QScrollArea(self)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take focus, not their frame
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(inner)
        outer.addWidget(area, 1)
        self.area = area
        row = QHBoxLayout()
        self.spinner = Spinner(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        row.addWidget(self.spinner)
        row.addWidget(self.status, 1)
        outer.addLayout(row)
        self.more_button.toggled.connect(self._show_more)
        self.form.changed.connect(self.completeChanged)

    def initializePage(self) -> None:
        QTimer.singleShot(0, self.form.name.setFocus)  # a newcomer types their name first

    def _show_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                      else Qt.ArrowType.RightArrow)
        if shown:  # what just opened comes into view, its first field in front
            QTimer.singleShot(0, lambda: self.area.ensureWidgetVisible(self.form.bio))

    def problem(self) -> str:
        return self.form.problem()

    def isComplete(self) -> bool:
        return not self.form.problem() and not self.spinner.isVisible()

    def validatePage(self) -> bool:
        if self._wizard.created:
            return True
        try:
            self.form.checked_changes()
        except UsageError as err:
            self.status.setText(str(err))
            return False
        self._wizard.request_create()
        return False  # the wizard moves on once the vault exists


class ConnectPage(QWizardPage):
    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Connect with your mentor or mentee"))
        self.setSubTitle(self.tr("One of you creates an invite; the other pastes it."))
        layout = QVBoxLayout(self)
        self.code = _EnterField(self)
        self.code.setAccessibleName(self.tr("Invite code"))
        self.code.setPlaceholderText(self.tr("Paste an invite code here"))
        self.accept_button = QPushButton(self.tr("&Accept invite"), self)
        self.accept_button.setAccessibleName(self.tr("Accept invite"))
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.accept_button)
        layout.addLayout(row)
        create_row = QHBoxLayout()
        self.relay = _EnterField(self)
        self.relay.setAccessibleName(self.tr("Relay address for your invite"))
        self.relay.setPlaceholderText(self.tr("Relay address, e.g. https://relay.example.org"))
        self.relay.setToolTip(self.tr("Your programme tells you which relay to use. It only "
                                      "passes sealed envelopes."))
        self.create_button = QPushButton(self.tr("&Create an invite to share"), self)
        self.create_button.setAccessibleName(self.tr("Create an invite"))
        create_row.addWidget(self.relay, 1)
        create_row.addWidget(self.create_button)
        layout.addLayout(create_row)
        # An organisation's relay admits only its own people: the code it hands out (the
        # relay asks for it when a mailbox is created; no contact ever sees it).
        admission_row = QHBoxLayout()
        admission_label = QLabel(self.tr("Relay a&dmission code:"), self)
        self.admission = QLineEdit(self)
        self.admission.setAccessibleName(self.tr("Relay admission code"))
        self.admission.setPlaceholderText(self.tr("Only if your organisation gave you one"))
        admission_label.setBuddy(self.admission)
        admission_row.addWidget(admission_label)
        admission_row.addWidget(self.admission, 1)
        layout.addLayout(admission_row)
        self.invite_text = QLineEdit(self)
        self.invite_text.setReadOnly(True)
        self.invite_text.setAccessibleName(self.tr("Your invite code"))
        self.invite_text.hide()
        layout.addWidget(self.invite_text)
        self.qr = QrView(self)
        self.qr.hide()
        layout.addWidget(self.qr)
        self.note = _para("", self, hint=True)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.code.textChanged.connect(
            lambda t: self.accept_button.setEnabled(bool(t.strip())))
        self.accept_button.clicked.connect(
            lambda: self._wizard.accept_invite_requested.emit(self.code.text().strip()))
        self.create_button.clicked.connect(
            lambda: self._wizard.create_invite_requested.emit(self.relay.text().strip()))
        self.relay.textChanged.connect(
            lambda t: self.create_button.setEnabled(bool(t.strip())))
        # Enter does what the field means, never the wizard's default button (which would
        # close the wizard and throw the pasted code or the typed relay away).
        self.code.entered.connect(lambda: self._press(self.accept_button))
        self.relay.entered.connect(lambda: self._press(self.create_button))

    @staticmethod
    def _press(button: QPushButton) -> None:
        if button.isEnabled():
            button.click()

    def initializePage(self) -> None:
        self.accept_button.setEnabled(False)
        self.create_button.setEnabled(bool(self.relay.text().strip()))
        self.note.setText(self.tr("You can also do this later from the main window "
                                  "(Contacts ▸ Add contact)."))

    def show_invite(self, code: str) -> None:
        self.invite_text.setText(code)
        self.invite_text.show()
        self.qr.set_payload(code)
        self.qr.show()
        self.note.setText(self.tr("Send this code to your contact over a channel you trust, "
                                  "or let them scan the QR code."))

    def show_message(self, text: str) -> None:
        self.note.setText(text)


class _EnterField(QLineEdit):
    """A line edit whose Enter is its own: `entered` fires, and the key never reaches the
    dialog's default button."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class OnboardingWizard(QWizard):
    create_requested = Signal(object)  # NewAccount
    accept_invite_requested = Signal(str)
    create_invite_requested = Signal(str)  # relay address
    finished_onboarding = Signal()
    restore_requested = Signal()  # a backup instead of a new vault

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up"))  # Qt adds the application's name
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        fit_to_screen(self, 640, 520)
        self.created = False
        self.welcome = WelcomePage(self)
        self.passphrase = PassphrasePage(self)
        self.profile = ProfilePage(self)
        self.connect_page = ConnectPage(self)
        for page in (self.welcome, self.passphrase, self.profile, self.connect_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open eMentor"))
        for which, name in ((QWizard.WizardButton.NextButton, self.tr("Next")),
                            (QWizard.WizardButton.BackButton, self.tr("Back")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
                            (QWizard.WizardButton.FinishButton, self.tr("Open eMentor")),
                            (QWizard.WizardButton.CommitButton, self.tr("Create my vault"))):
            self.button(which).setAccessibleName(name)
        self.accepted.connect(self.finished_onboarding)
        self.welcome.restore_button.clicked.connect(self.restore_requested)

    def set_restoring(self, busy: bool, problem: str = "") -> None:
        """While a backup is restored nothing else can start; a failure is said in place."""
        page = self.welcome
        page.restore_button.setEnabled(not busy)
        self.button(QWizard.WizardButton.NextButton).setEnabled(not busy)
        if busy:
            page.spinner.start()
        else:
            page.spinner.stop()
        page.restore_problem.setText(problem)
        page.restore_problem.setVisible(bool(problem))

    def account(self) -> NewAccount:
        changes = self.profile.form.checked_changes()
        return NewAccount(
            passphrase=self.passphrase.first.text(),
            name=changes.pop("name"),
            role=Role(changes.pop("role")),
            headline=changes.pop("headline"),
            remember=self.passphrase.remember.isChecked(),
            timezone=changes.pop("timezone"),
            languages=changes.pop("languages"),
            details=changes)

    def request_create(self) -> None:
        self.set_creating(True)
        self.create_requested.emit(self.account())

    def set_creating(self, busy: bool) -> None:
        page = self.profile
        if busy:
            page.status.setText(self.tr("Creating your encrypted vault…"))
            page.spinner.start()
        else:
            page.status.setText("")
            page.spinner.stop()
        page.form.setEnabled(not busy)
        page.more_button.setEnabled(not busy)
        page.completeChanged.emit()

    def creation_done(self) -> None:
        self.created = True
        self.set_creating(False)
        self.next()

    def creation_failed(self, message: str) -> None:
        self.set_creating(False)
        self.profile.status.setText(message)


__all__ = ["NewAccount", "OnboardingWizard"]
