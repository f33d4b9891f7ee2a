"""Joining a programme (issue 13): the enrolment code checked as typed (a clear sentence for a bad
or expired code), the wait for the programme's answer, the terms with exactly what is shared
with whom (Part 4 §5), reporting scopes left out unless ticked, the fields the role is asked,
and consent or decline as signals. Everything the programme wrote is shown as plain text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from ementor_desktop.ui.programme.join_dialog import (
    CODE_PAGE,
    FIELDS_PAGE,
    TERMS_PAGE,
    WAIT_PAGE,
    JoinDialog,
    field_lines,
    pulse_sentences,
    scope_sentence,
)
from ementor_desktop.ui.programme.sample import CODE, TERMS_JSON, sample_terms
from tests.gui.test_accessibility import unnamed
from tests.gui.workspace_support import uk_locale

__all__ = ["uk_locale"]
pytestmark = pytest.mark.usefixtures("uk_locale")
BEFORE_EXPIRY = 1767600000.0  # 2026-01-05; the sample code closes on 2026-02-01
AFTER_EXPIRY = 1770000000.0
MARKUP = "<b>x</b>"
PREFILL = {"languages": ["English", "French"], "timezone": "Europe/Paris",
           "wants": {"Python": 4}, "skills": {"SQL": 5}, "extra": {"site": "Lyon"}}


def _dialog(qtbot: QtBot, clock: float = BEFORE_EXPIRY, **kwargs: Any) -> JoinDialog:
    dialog = JoinDialog(clock=lambda: clock, prefill=PREFILL, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _joined(qtbot: QtBot, **changes: Any) -> JoinDialog:
    dialog = _dialog(qtbot)
    dialog.code_page.edit.setPlainText(CODE)
    with qtbot.waitSignal(dialog.joinRequested):
        dialog.next()
    dialog.set_terms(sample_terms(**changes))
    assert dialog.currentId() == TERMS_PAGE
    return dialog


def _shown(dialog: JoinDialog) -> list[str]:
    return [label.text() for label in dialog.terms_page.findChildren(QLabel)
            if label.isVisibleTo(dialog.terms_page)]


def _choose(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text().replace("&", "") == text).click()


def test_a_bad_code_says_so_and_goes_nowhere(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    page = dialog.code_page
    commit = dialog.button(QWizard.WizardButton.CommitButton)
    assert not page.error.isVisibleTo(dialog) and not commit.isEnabled()  # nothing typed yet
    with qtbot.assertNotEmitted(dialog.joinRequested):
        page.edit.setPlainText(CODE[:-1] + ("0" if CODE[-1] != "0" else "1"))  # checksum
        assert page.error.isVisibleTo(dialog)
        assert page.error.text().startswith("This is not a whole enrolment code.")
        assert not commit.isEnabled()
        page.edit.setPlainText("hello")
        assert page.error.text().startswith("This is not a whole enrolment code.")
        dialog.next()
    assert dialog.currentId() == CODE_PAGE
    assert unnamed(dialog) == []


def test_an_expired_code_names_the_day_it_closed(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, clock=AFTER_EXPIRY)
    dialog.code_page.edit.setPlainText(CODE)
    error = dialog.code_page.error.text()  # (the day in this computer's zone)
    assert error.startswith("Enrolment with this code closed on ")
    assert error.endswith(" 2026. Ask the coordinator for a new code.")
    assert "February" in error or "January" in error
    assert dialog.code_page.code is None


def test_joining_sends_the_code_then_waits_for_the_terms(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.code_page.edit.setPlainText("  " + CODE[:100] + "\n" + CODE[100:] + "\n")
    assert dialog.code_page.preview.text().startswith("Programme: Mentoring à la carte 2026")
    with qtbot.waitSignal(dialog.joinRequested) as joined:
        qtbot.mouseClick(dialog.button(QWizard.WizardButton.CommitButton),
                         Qt.MouseButton.LeftButton)
    assert joined.args == [CODE]  # white space removed
    assert dialog.currentId() == WAIT_PAGE
    assert not dialog.button(QWizard.WizardButton.CommitButton).isEnabled()
    other = sample_terms(programme="ff" * 16)
    assert not dialog.set_terms(other)  # not this code's programme: ignored, said
    assert dialog.currentId() == WAIT_PAGE and dialog.wait_page.error.isVisibleTo(dialog)
    assert dialog.set_terms(sample_terms())
    assert dialog.currentId() == TERMS_PAGE
    assert not dialog.button(QWizard.WizardButton.BackButton).isEnabled()


def test_the_terms_say_what_is_shared_with_whom(qtbot: QtBot) -> None:
    dialog = _joined(qtbot)
    terms = sample_terms()
    lines = {line.field: line.sentence for line in field_lines(terms, "mentee")}
    assert lines["department"] == ("Department: used for matching and never shown, to the "
                                   "coordinator either.")
    assert lines["wants"] == ("Skills you want to learn: shared with the coordinator, for "
                              "matching, and with the person you are matched with, and with "
                              "participants you are suggested to.")
    assert lines["languages"] == ("Languages: shared with the coordinator, for matching, and "
                                  "with the person you are matched with.")
    assert lines["extra.site"].startswith("Which site do you work at?: shared with")
    assert "skills" not in lines and "capacity" not in lines  # mentors' fields
    shown = _shown(dialog)
    assert f"• {lines['department']} (optional)" in shown
    assert f"• {lines['wants']} (required)" in shown
    assert any("Someone who changed that app could read them." in text for text in shown)
    sessions = scope_sentence("sessions", 5)
    assert sessions.endswith("Counts only, never content, shown to the coordinator only in "
                             "groups of at least 5.")
    assert sessions in shown
    safe = pulse_sentences(terms)[1]
    assert "is sensitive: your app sends your true answer only 50 % of the time" in safe
    assert "(ε = 1.79)" in safe and f"• {safe}" in shown
    assert dialog.terms_page.retention.text().startswith(
        "The coordinator keeps your profile answers until 90 days after the programme ends")
    assert "until the end of the second month after it" in dialog.terms_page.retention.text()
    assert "730 days" in dialog.terms_page.retention.text()
    assert dialog.terms_page.admission.text() == ("The coordinator reviews each request: you "
                                                  "are enrolled once they admit you.")
    assert dialog.terms_page.scopes() == []  # nothing allowed unless ticked
    assert unnamed(dialog) == []


def test_a_role_is_chosen_only_when_both_are_asked(qtbot: QtBot) -> None:
    dialog = _joined(qtbot)
    page = dialog.terms_page
    assert page.role_buttons["mentee"].isVisibleTo(dialog)
    assert page.role_buttons["mentor"].isVisibleTo(dialog)
    page.role_buttons["mentor"].setChecked(True)
    texts = page.field_texts()
    assert any(text.startswith("• Skills you offer:") for text in texts)
    assert any(text.startswith("• Mentees you can take on:") for text in texts)
    assert not any(text.startswith("• Skills you want to learn:") for text in texts)

    mentees_only = [dict(f, roles=["mentee"]) for f in TERMS_JSON["fields"]
                    if "mentee" in f["roles"]]
    only = _joined(qtbot, fields=mentees_only)
    assert not only.terms_page.role_buttons["mentor"].isVisibleTo(only)
    assert only.terms_page.only_role.text() == "You join as: Mentee"


def test_consent_carries_the_role_the_scopes_and_the_answers(qtbot: QtBot) -> None:
    dialog = _joined(qtbot)
    dialog.terms_page.scope_boxes["sessions"].setChecked(True)
    dialog.terms_page.scope_boxes["pulse"].setChecked(True)
    dialog.next()
    assert dialog.currentId() == FIELDS_PAGE
    editors = {e.field: e for e in dialog.fields_page.editors}
    assert list(editors) == ["wants", "languages", "timezone", "department", "extra.site"]
    languages = editors["languages"].widget
    assert isinstance(languages, QLineEdit) and languages.text() == "English, French"
    languages.clear()
    with qtbot.assertNotEmitted(dialog.consentGiven):
        dialog.next()  # Finish: refused, said
    assert dialog.fields_page.error.text() == "Answer “Languages”: the programme requires it."
    languages.setText("English, Deutsch")
    department = editors["department"].widget
    assert isinstance(department, QLineEdit)
    department.setText("  Platform   team ")
    with qtbot.waitSignal(dialog.consentGiven) as consented:
        qtbot.mouseClick(dialog.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    programme, role, scopes, fields = consented.args
    assert (programme, role) == (TERMS_JSON["programme"], "mentee")
    assert sorted(scopes) == ["pulse", "sessions"]
    assert fields == {"wants": {"Python": 4}, "languages": ["English", "Deutsch"],
                      "timezone": "Europe/Paris", "department": "Platform team",
                      "extra": {"site": "Lyon"}}


def test_declining_asks_then_says_so(qtbot: QtBot) -> None:
    dialog = _joined(qtbot)
    decline = dialog.button(QWizard.WizardButton.CustomButton1)
    assert decline.isVisible()
    with qtbot.assertNotEmitted(dialog.declined):
        decline.click()
        box = dialog.confirm_box
        assert box is not None
        _choose(box, "Cancel")
    decline.click()
    box = dialog.confirm_box
    assert box is not None
    with qtbot.waitSignal(dialog.declined) as declined:
        _choose(box, "Decline")
    assert declined.args == [TERMS_JSON["programme"]]


def test_the_programme_s_text_is_shown_as_written(qtbot: QtBot) -> None:
    fields = [dict(f, label=MARKUP) if f["field"] == "extra.site" else f
              for f in TERMS_JSON["fields"]]
    pulse = [{"id": "safe", "question": MARKUP, "p_milli": 500}]
    dialog = JoinDialog(terms=sample_terms(name=MARKUP, organiser=MARKUP, purpose=MARKUP,
                                           benefits=MARKUP, fields=fields, reporting={
                                               "scopes": ["pulse"], "min_group": 5,
                                               "pulse": pulse}, agreement={}))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.currentId() == TERMS_PAGE  # terms given: they are read first
    page = dialog.terms_page
    assert page.name.text() == MARKUP and page.purpose.text() == MARKUP
    assert any(MARKUP in text for text in page.field_texts())
    assert any(f"“{MARKUP}”" in text for text in _shown(dialog))
    assert dialog.titleFormat() == Qt.TextFormat.PlainText
    for label in dialog.findChildren(QLabel):
        if "<b>" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    dialog.next()
    assert any(label.text() == MARKUP for label in dialog.fields_page.findChildren(QLabel))
