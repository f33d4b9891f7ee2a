"""Programmes wired into the app (issue 13), with real homes on the real relay: a coordinator's
window creates a programme and shows its code; a participant's window joins through the join
dialog and consents; the coordinator's page lists them after the syncs, admits, proposes and
applies a matching; the participant's match card opens and verifies, the new conversation says
who introduced the contact, and the first message goes through. A mentor takes part through the
services (as the CLI does). Errors show as one sentence in the view that asked."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMenu, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from ementor_desktop.domain import messaging
from ementor_desktop.domain import profile as profile_service
from ementor_desktop.domain import programme as service
from ementor_desktop.domain.models import Role
from ementor_desktop.domain.programme_types import MyProgrammeState, ParticipantState
from ementor_desktop.domain.settings import Settings
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.profile_view import LevelListEditor
from ementor_desktop.ui.programme.coordinator_page import CoordinatorPage
from ementor_desktop.ui.programme.dialogs import CreateProgrammeDialog
from ementor_desktop.ui.programme.join_dialog import FIELDS_PAGE, TERMS_PAGE, WAIT_PAGE
from tests.gui.conftest import SeededHome, unlock
from tests.messaging.conftest import (
    Participant,
    make_participant,
    relay_process,
    relay_url,
)

__all__ = ["make_participant", "relay_process", "relay_url"]  # fixtures used here
App = Callable[[Home], EmentorApp]
SYNC_MS = 60000
LEFT = Qt.MouseButton.LeftButton
PROGRAMME_FILE = """\
purpose = "Pair new analysts with experienced colleagues for six months."
benefits = "A mentor outside your own team."
admission = "review"

[[fields]]
field = "skills"
roles = ["mentor"]
required = true
sensitive = false
shown = ["match"]

[[fields]]
field = "wants"
roles = ["mentee"]
required = true
sensitive = false
shown = ["match"]

[[fields]]
field = "languages"
roles = ["mentee", "mentor"]
required = false
sensitive = true
shown = []
"""


def _set_relay(p: Participant, relay: str) -> None:
    with p.vault.mutex, p.vault.db.transaction():
        Settings(Repos.over(p.vault.db).settings).set("relay_url", relay)


def _open(qtbot: QtBot, make_app: App, p: Participant) -> EmentorApp:
    p.vault.close()  # the app opens the vault itself
    app = make_app(p.home)
    unlock(qtbot, app)
    return app


def _create(qtbot: QtBot, app: EmentorApp, name: str, relay: str, file: str = "",
            typed_relay: str | None = None) -> CreateProgrammeDialog:
    """Fill the Create dialog (the relay is the person's to start with) and press Create."""
    main = app.main
    assert main is not None
    main.create_programme_action.trigger()
    dialog = app.programmes.create_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.relay.text() == relay, timeout=10000)
    dialog.name.setText(name)
    dialog.file.setText(file)
    if typed_relay is not None:
        dialog.relay.setText(typed_relay)
    qtbot.mouseClick(dialog.create_button, LEFT)
    return dialog


def _page(qtbot: QtBot, app: EmentorApp) -> tuple[str, CoordinatorPage]:
    ctl = app.programmes
    qtbot.waitUntil(lambda: len(ctl.pages) == 1, timeout=20000)
    (pid,) = ctl.pages
    page = ctl.page(pid)
    assert page is not None
    qtbot.waitUntil(lambda: page.info is not None, timeout=10000)
    return pid, page


def test_a_cohort_from_the_code_to_an_explained_introduction_and_a_first_message(
        qtbot: QtBot, make_app: App, make_participant: Callable[..., Participant],
        relay_url: str, tmp_path: Path) -> None:
    cora = make_participant("Cora Coordinator", Role.COORDINATOR)
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ada.vault, skills={"python": 4}, capacity=1,
                                 languages=["en"])
    profile_service.save_profile(ben.vault, languages=["en"])  # wants: answered when joining
    _set_relay(cora, relay_url)
    programme_file = tmp_path / "programme.toml"
    programme_file.write_text(PROGRAMME_FILE, encoding="utf-8")

    # the coordinator creates the programme in the app and sees its code
    capp = _open(qtbot, make_app, cora)
    _create(qtbot, capp, "Data Futures", relay_url, str(programme_file))
    pid, page = _page(qtbot, capp)
    qtbot.waitUntil(lambda: page.code.toPlainText().startswith("ementor-programme-1:"),
                    timeout=10000)
    code = page.code.toPlainText()
    assert page.title.text() == "Data Futures"
    assert page.purpose.text() == "Pair new analysts with experienced colleagues for six months."
    assert not page.qr.isHidden()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == code
    cmain = capp.main
    assert cmain is not None
    qtbot.waitUntil(lambda: cmain.programme_entry(pid) is not None, timeout=10000)
    assert cmain.programme_entry(pid).text() == "Data Futures"  # type: ignore[union-attr]

    # a mentor joins through the services; the mentee through the join dialog
    service.join_programme(ada.vault, code, consent=True, session=ada.session)
    bapp = _open(qtbot, make_app, ben)
    bmain = bapp.main
    assert bmain is not None
    bmain.join_programme_action.trigger()
    join = bapp.programmes.join_dialog
    assert join is not None
    join.code_page.edit.setPlainText(code)
    qtbot.mouseClick(join.button(QWizard.WizardButton.CommitButton), LEFT)
    assert join.currentId() == WAIT_PAGE

    def terms_shown() -> bool:
        ada.sync()
        return join.currentId() == TERMS_PAGE
    qtbot.waitUntil(terms_shown, timeout=SYNC_MS)  # the welcome came after the syncs
    terms = join.terms_page
    assert terms.purpose.text() == "Pair new analysts with experienced colleagues for six months."
    assert terms.role() == "mentee"
    assert not any(box.isChecked() for box in terms.scope_boxes.values())  # nothing unasked
    terms.scope_boxes["sessions"].setChecked(True)  # Ben shares session counts only
    qtbot.mouseClick(join.button(QWizard.WizardButton.NextButton), LEFT)
    assert join.currentId() == FIELDS_PAGE
    editors = {e.field: e.widget for e in join.fields_page.editors}
    wants, languages = editors["wants"], editors["languages"]
    assert isinstance(wants, LevelListEditor) and isinstance(languages, QLineEdit)
    wants.set_values({"python": 3})  # not in the profile yet: saved to it
    assert languages.text() == "en"  # the profile's
    languages.setText("en, de")  # sensitive here: changed in the profile only
    qtbot.mouseClick(join.button(QWizard.WizardButton.FinishButton), LEFT)
    error = join.fields_page.error
    qtbot.waitUntil(lambda: join.isVisible() and not error.isHidden(), timeout=10000)
    assert error.text() == ("“Languages” is sensitive in this programme and is sent from your "
                            "profile: change it there (Edit my profile…), then consent again.")
    assert join.currentId() == FIELDS_PAGE
    languages.setText("en")
    qtbot.mouseClick(join.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: bapp.programmes.join_dialog is None, timeout=10000)  # consented

    # after the syncs the coordinator's page lists both, waiting for review; both admitted
    def states() -> dict[str, ParticipantState]:
        ada.sync()
        return {r.name: r.state for r in page.model.records}
    qtbot.waitUntil(lambda: states() == {"Ada Mentor": ParticipantState.PENDING,
                                         "Ben Mentee": ParticipantState.PENDING},
                    timeout=SYNC_MS)
    ben_row = next(r for r in page.model.records if r.name == "Ben Mentee")
    assert ben_row.scopes == ("sessions",)
    for name in ("Ada Mentor", "Ben Mentee"):
        member = next(r.member_id for r in page.model.records if r.name == name)
        assert page.select_member(member)
        qtbot.mouseClick(page.admit_button, LEFT)
        qtbot.waitUntil(lambda n=name: {r.name: r.state for r in page.model.records}[n]
                        == ParticipantState.ENROLLED, timeout=10000)
    assert page.message.text() == "Ben Mentee admitted; they are told at the next sync."

    # propose, then apply: the pair is introduced
    qtbot.mouseClick(page.propose_button, LEFT)
    qtbot.waitUntil(lambda: capp.programmes.proposal(pid) is not None, timeout=20000)
    proposal = capp.programmes.proposal(pid)
    assert proposal is not None
    qtbot.waitUntil(lambda: proposal.pair_model.rowCount() == 1, timeout=10000)
    pair = proposal.pair_model.records[0]
    assert (pair.mentee_name, pair.mentor_name) == ("Ben Mentee", "Ada Mentor")
    assert proposal.detail_title.text() == "Ben Mentee and Ada Mentor"
    qtbot.mouseClick(proposal.apply_button, LEFT)
    box = proposal.confirm_box
    assert isinstance(box, QMessageBox)
    (send,) = [b for b in box.buttons()
               if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    qtbot.mouseClick(send, LEFT)
    qtbot.waitUntil(lambda: proposal.message.text().startswith("Applied: 1 introductions"),
                    timeout=20000)
    assert not proposal.apply_button.isEnabled()

    # the participant's app connects the pair; the conversation says who introduced Ada
    def introduced() -> bool:
        ada.sync()
        return bmain.conversations.rowCount() == 1
    qtbot.waitUntil(introduced, timeout=SYNC_MS)
    bmain.sidebar.setCurrentIndex(bmain.conversations.index(0))
    qtbot.waitUntil(lambda: not bmain.intro.isHidden(), timeout=10000)
    assert bmain.title.text() == "Ada Mentor"
    assert bmain.intro_text.text() == "Introduced by Data Futures, not verified —"
    assert bmain.intro_text.textFormat() == Qt.TextFormat.PlainText

    # the card explains the match and verifies against the coordinator's key
    qtbot.mouseClick(bmain.intro_button, LEFT)
    ctl = bapp.programmes
    qtbot.waitUntil(lambda: ctl.card_view() is not None and ctl.card_view().held is not None,  # type: ignore[union-attr]
                    timeout=10000)
    card = ctl.card_view()
    assert card is not None and card.held is not None and card.held.verified
    assert card.status_title.text() == "Verified"
    assert card.headline.text() == "You are matched with Ada Mentor"
    assert any(line.startswith("Skills") for line in card.criteria_lines())
    # the same card from the Programmes menu
    entry = bmain.programme_entry(pid)
    assert entry is not None and entry.menu() is not None
    (mine,) = [a for a in entry.menu().actions() if a.text() == "My &match card"]
    assert mine.isEnabled()

    # comparing safety numbers from the card; once verified, the line goes
    qtbot.mouseClick(card.verify_button, LEFT)
    qtbot.waitUntil(lambda: bapp.safety_dialog is not None, timeout=10000)
    safety = bapp.safety_dialog
    assert safety is not None and safety._contact_id == card.held.peer_contact_id
    qtbot.mouseClick(safety.mark_verified, LEFT)
    qtbot.waitUntil(lambda: bmain.intro.isHidden(), timeout=10000)

    # the first message reaches the mentor
    bmain.composer.edit.setPlainText("Hello Ada, glad to be matched")
    bmain.composer.send_requested.emit(bmain.composer.edit.toPlainText())

    def delivered() -> bool:
        ada.sync()
        contact = ada.contact("Ben Mentee")
        return [m.body for m in messaging.history(ada.vault, contact.id)] == \
            ["Hello Ada, glad to be matched"]
    qtbot.waitUntil(delivered, timeout=SYNC_MS)


def test_errors_are_sentences_and_the_report_exports_and_leaving_asks_why(
        qtbot: QtBot, make_app: App, make_participant: Callable[..., Participant],
        relay_url: str, tmp_path: Path) -> None:
    cora = make_participant("Cora Coordinator", Role.COORDINATOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    _set_relay(cora, relay_url)
    capp = _open(qtbot, make_app, cora)
    main = capp.main
    assert main is not None

    # a relay that is not one: the dialog says so in a sentence and stays open
    dialog = _create(qtbot, capp, "Data Futures", relay_url, typed_relay="not a relay")
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=10000)
    assert dialog.error.text().startswith("That relay address cannot be used")
    assert "Traceback" not in dialog.error.text() and "\n" not in dialog.error.text()
    dialog.relay.setText(relay_url)
    qtbot.mouseClick(dialog.create_button, LEFT)
    pid, page = _page(qtbot, capp)
    qtbot.waitUntil(lambda: bool(page.code.toPlainText()), timeout=10000)

    # nobody to match yet: the page says why
    qtbot.mouseClick(page.propose_button, LEFT)
    qtbot.waitUntil(lambda: page.message.text().startswith("Matching needs at least one "
                                                           "enrolled mentee"), timeout=10000)
    assert page.message.objectName() == "error" and page.propose_button.isEnabled()

    # the report, and its CSV written where the person chose
    qtbot.mouseClick(page.report_button, LEFT)
    qtbot.waitUntil(lambda: capp.programmes.dashboard(pid) is not None, timeout=10000)
    dashboard = capp.programmes.dashboard(pid)
    assert dashboard is not None and dashboard.report is not None
    assert dashboard.title.text() == "Report: Data Futures"
    target = tmp_path / "report.csv"
    capp.programmes.choose_csv_path = lambda _suggested: str(target)
    qtbot.mouseClick(dashboard.export_button, LEFT)
    qtbot.waitUntil(lambda: dashboard.message.text().startswith("Saved the report to "
                                                                "report.csv"), timeout=10000)
    with target.open(encoding="utf-8") as f:
        assert next(csv.reader(f))  # a header row
    assert target.stat().st_mode & 0o077 == 0
    capp.programmes.choose_csv_path = lambda _suggested: str(target / "x.csv")  # not a folder
    qtbot.mouseClick(dashboard.export_button, LEFT)
    qtbot.waitUntil(lambda: dashboard.message.objectName() == "error", timeout=10000)
    assert dashboard.message.text().startswith("Could not write the report: ")

    # a participant who joined reads the terms later from the menu, then leaves, with a
    # reason, after a confirmation; the coordinator's page forgets them after the syncs
    code = page.code.toPlainText()
    service.join_programme(ben.vault, code, session=ben.session)
    bapp = _open(qtbot, make_app, ben)
    bmain = bapp.main
    assert bmain is not None

    def entries() -> dict[str, QAction]:
        entry = bmain.programme_entry(pid)
        sub = entry.menu() if entry is not None else None
        return {a.text(): a for a in sub.actions()} if isinstance(sub, QMenu) else {}
    qtbot.waitUntil(lambda: "Read the &terms and consent…" in entries(), timeout=SYNC_MS)
    assert not entries()["My &match card"].isEnabled()
    qtbot.waitUntil(lambda: len(page.model.records) == 1, timeout=SYNC_MS)
    assert page.model.records[0].state == ParticipantState.JOINED
    entries()["Read the &terms and consent…"].trigger()
    qtbot.waitUntil(lambda: bapp.programmes.join_dialog is not None, timeout=10000)
    join = bapp.programmes.join_dialog
    assert join is not None and join.currentId() == TERMS_PAGE
    assert join.terms_page.purpose.text() == "The mentoring programme Data Futures."
    join.reject()
    qtbot.waitUntil(lambda: bapp.programmes.join_dialog is None, timeout=10000)
    entries()["&Leave programme…"].trigger()
    leave = bapp.programmes.leave_dialog
    assert leave is not None
    cancel = leave.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isDefault()
    leave.reason.setCurrentIndex(leave.reason.findData("no_time"))
    qtbot.mouseClick(leave.leave_button, LEFT)
    qtbot.waitUntil(lambda: bmain.programme_entry(pid) is None, timeout=10000)
    assert bapp.programmes.leave_dialog is None
    assert [i.state for i in bapp.programmes.infos] == [MyProgrammeState.LEFT]
    qtbot.waitUntil(lambda: page.model.records == [], timeout=SYNC_MS)

    # locking closes every programme window and clears the code copied
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == code
    capp.lock()
    assert capp.programmes.pages == {} and capp.programmes.dashboards == {}
    assert QGuiApplication.clipboard().text() == ""
    assert main.programme_entry(pid) is None


def test_names_a_programme_chose_show_as_written(qtbot: QtBot, make_app: App,
                                                 seeded_home: SeededHome) -> None:
    from ementor_desktop.ui.programme import sample

    hostile = "<b>R&D</b>\u202e cohort"
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    mine = replace(sample.sample_info(), name=hostile)
    theirs = replace(sample.sample_info(), id="ab" * 16, name=hostile, role="mentee",
                     state=MyProgrammeState.ENROLLED)
    main.set_programmes([mine, theirs])
    entry = main.programme_entry(mine.id)
    assert entry is not None and entry.text() == "<b>R&&D</b> cohort"  # no shortcut, no bidi
    assert main.programme_entry(theirs.id).menu().title() == "<b>R&&D</b> cohort"  # type: ignore[union-attr]
    main.set_introduction(seeded_home.seeded.main_contact, hostile)
    assert not main.intro.isHidden()
    assert main.intro_text.text() == "Introduced by <b>R&D</b> cohort, not verified —"
    assert main.intro_text.textFormat() == Qt.TextFormat.PlainText
    main.set_contact_state(True, False, "Amara")  # verified since: the line goes
    assert main.intro.isHidden()
