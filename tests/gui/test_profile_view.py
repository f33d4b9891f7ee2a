"""Profiles in the app (issue 12): the first-run page's structured fields, "Edit my profile…",
and a contact's profile — plain text only, with what they see of ours chosen per contact."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from ementor_desktop.domain import profile as service
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.profile_view import (
    ContactProfileDialog,
    ProfileDialog,
    open_contact_profile,
    open_my_profile,
)
from ementor_desktop.ui.resources import apply_theme
from tests.conftest import PASSPHRASE
from tests.gui.conftest import SeededHome, unlock, wait_idle
from tests.gui.test_accessibility import unnamed

App = Callable[[Home], EmentorApp]
NEW_PASSPHRASE = "river lantern copper meadow"
# What a contact could choose as text: markup and an image reference must show as written.
MARKUP_SKILL = "<b>Bold</b> & <img src=x>"
MARKUP_HEADLINE = "<h1>Big</h1> <a href='https://evil.example'>click</a>"


def _shot(widget: QWidget, name: str) -> None:
    """Rendered offscreen in both themes (looked at while building; kept for the record)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        widget.repaint()
        assert not widget.grab().isNull()
    apply_theme(app, "system")


def test_the_first_run_page_has_structured_checked_fields(qtbot: QtBot, make_app: App,
                                                          home: Home) -> None:
    app = make_app(home)
    app.start()
    wizard = app.wizard
    assert wizard is not None
    wizard.next()
    wizard.passphrase.first.setText(NEW_PASSPHRASE)
    wizard.passphrase.second.setText(NEW_PASSPHRASE)
    wizard.next()
    page = wizard.profile
    create = wizard.button(QWizard.WizardButton.CommitButton)
    assert unnamed(wizard) == []
    assert page.timezone.zone()  # the system's zone (or UTC) to start with
    page.name.setText("Sam Rivera")
    page.role.setCurrentIndex(page.role.findData("mentee"))
    page.timezone.set_zone("Mars/Olympus")
    assert not page.isComplete() and not create.isEnabled()
    assert page.form.timezone_problem.isVisible() and \
        "Unknown time zone" in page.form.timezone_problem.text()
    page.timezone.set_zone("europe/madrid")
    assert "did you mean Europe/Madrid" in page.form.timezone_problem.text()
    page.timezone.set_zone("Europe/Madrid")
    assert page.isComplete() and not page.form.timezone_problem.isVisible()
    # completion anywhere in the name
    completer = page.timezone.completer()
    completer.setCompletionPrefix("madr")
    assert completer.currentCompletion() == "Europe/Madrid"
    # skills by keyboard: type, choose a level, Enter
    page.skills.entry.setFocus()
    qtbot.keyClicks(page.skills.entry, "SQL")
    page.skills.level.setCurrentIndex(page.skills.level.findData(4))
    qtbot.keyClick(page.skills.entry, Qt.Key.Key_Return)
    assert page.skills.values() == {"SQL": 4} and wizard.isVisible()
    qtbot.keyClicks(page.wants.entry, "Python")
    qtbot.keyClick(page.wants.entry, Qt.Key.Key_Enter)
    qtbot.keyClicks(page.wants.entry, "python")  # the same skill again (any case): one entry
    page.wants.level.setCurrentIndex(page.wants.level.findData(5))
    page.wants.add_button.click()
    assert page.wants.values() == {"python": 5}  # as last typed
    page.wants.set_values({f"skill {i}": 1 for i in range(30)})
    assert not page.wants.add_button.isEnabled()  # at most 30
    page.wants.list.setCurrentRow(29)
    page.wants.remove_button.click()
    assert len(page.wants.values()) == 29 and page.wants.add_button.isEnabled()
    page.wants.set_values({"Python": 5})
    page.languages.setText("English, Spanish")
    # the rest is folded away, and says who sees it
    assert not page.more.isVisible()
    assert "stay private until you choose to share them" in page.who_sees.text()
    page.more_button.click()
    assert page.more.isVisible()
    page.form.availability.setText("Mon 20:00-18:00")
    assert not page.isComplete() and page.form.availability_problem.isVisible()
    page.form.availability.setText("Tue 18:00-19:30")
    page.form.channels["video"].setChecked(True)
    page.form.cadence.setCurrentIndex(page.form.cadence.findData("fortnightly"))
    page.form.working_style.boxes["feedback"].setCurrentIndex(2)
    page.form.bio.setPlainText("Private notes about me")
    assert not page.form.capacity.isEnabled()  # a mentee takes on no mentees
    _shot(wizard, "onboarding")
    assert page.isComplete()
    create.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.connect_page, timeout=10000)
    app.shutdown()
    with Vault.open(home, NEW_PASSPHRASE) as vault:
        saved = Repos.over(vault.db).profile.get()
    assert saved is not None
    assert (saved.display_name, saved.role.value, saved.timezone) == ("Sam Rivera", "mentee",
                                                                      "Europe/Madrid")
    assert saved.skills == {"SQL": 4} and saved.wants == {"Python": 5}
    assert saved.languages == ["English", "Spanish"] and saved.channels == ["video"]
    assert saved.availability == [{"day": "tue", "start": "18:00", "end": "19:30"}]
    assert saved.cadence == "fortnightly" and saved.working_style == {"feedback": "balanced"}
    assert saved.bio == "Private notes about me" and saved.capacity is None


def _add_cards(home: Home) -> str:
    """Every sample contact shares a card with markup-looking text; returns one's id."""
    with Vault.open(home, PASSPHRASE) as vault:
        repos = Repos.over(vault.db)
        for contact in repos.contacts.list():
            repos.contacts.set_profile(contact.id, {
                "headline": MARKUP_HEADLINE, "card_at": 1,
                "card": {"skills": {MARKUP_SKILL: 4}, "timezone": "America/New_York",
                         "availability": [{"day": "mon", "start": "18:00", "end": "20:00"}],
                         "working_style": {"structure": "open"}}})
        return repos.contacts.list()[0].id


def test_a_contacts_profile_is_plain_text_and_they_see_what_is_chosen(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    _add_cards(seeded_home.home)
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    # "View profile" is in the Contacts menu and in the conversation list's context menu
    assert main.view_profile_action in main.sidebar.actions()
    assert main.sidebar.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    summary = main.current_summary()
    assert summary is not None and summary.conversation.contact_id is not None
    contact_id = summary.conversation.contact_id
    main.view_profile_action.trigger()
    dialog = main.findChild(ContactProfileDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=5000)
    labels = dialog.findChildren(QLabel)
    shown = "\n".join(label.text() for label in labels)
    assert MARKUP_SKILL in shown and MARKUP_HEADLINE in shown  # as written, not rendered
    for label in labels:
        if MARKUP_SKILL in label.text() or MARKUP_HEADLINE in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText
    assert set(dialog.value_labels) == {"skills", "timezone", "availability", "working_style"}
    assert "yours:" in dialog.value_labels["availability"].text() or \
        "in their time zone, America/New_York" in dialog.value_labels["availability"].text()
    assert "Not shared with you: Bio, Wants to learn" in dialog.not_shared.text()
    assert dialog.use_default.isChecked() and not dialog.checklist.isEnabled()
    assert dialog.checklist.fields() == service.DEFAULT_SHARED
    assert unnamed(dialog) == []
    _shot(dialog, "contact")
    # choose for this contact: the bio too, no time zone
    dialog.use_default.setChecked(False)  # a choice of their own, even if it is the same
    assert dialog.checklist.isEnabled() and dialog.save_button.isEnabled()
    dialog.checklist.boxes["bio"].setChecked(True)
    dialog.checklist.boxes["timezone"].setChecked(False)
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=5000)
    assert not dialog.save_button.isEnabled()
    wait_idle(qtbot, app)
    dialog.reject()
    app.shutdown()
    with Vault.open(seeded_home.home, PASSPHRASE) as vault:
        chosen = Repos.over(vault.db).contacts.profile_fields(contact_id)
    assert chosen is not None and "bio" in chosen and "timezone" not in chosen


def test_edit_my_profile_saves_in_the_background(qtbot: QtBot, make_app: App,
                                                 seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    assert main.profile_action.text() == "Edit my &profile…"
    main.profile_action.trigger()
    dialog = main.findChild(ProfileDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert unnamed(dialog) == []
    form = dialog.form
    assert form.name.text() == "Test Mentor"
    _shot(dialog, "mine")
    form.name.setText("Tess Mentor")
    form.timezone.set_zone("Nowhere/Atall")
    assert not dialog.save_button.isEnabled() and "Unknown time zone" in dialog.status.text()
    assert dialog.status.accessibleName().startswith("Problem: ")
    form.timezone.set_zone("Asia/Tokyo")
    assert dialog.save_button.isEnabled() and dialog.status.text() == ""
    form.skills.set_values({"Python": 4})
    form.capacity.setValue(3)
    form.working_style.boxes["structure"].setCurrentIndex(1)
    dialog.sharing.boxes["working_style"].setChecked(True)
    dialog.sharing.boxes["cadence"].setChecked(False)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    timeout=5000)
    assert main.account.text().startswith("Tess Mentor")  # the account line follows
    wait_idle(qtbot, app)
    app.shutdown()
    with Vault.open(seeded_home.home, PASSPHRASE) as vault:
        mine = service.my_profile(vault)
    assert mine.profile.display_name == "Tess Mentor" and mine.profile.timezone == "Asia/Tokyo"
    assert mine.profile.skills == {"Python": 4} and mine.profile.capacity == 3
    assert mine.profile.working_style == {"structure": "planned"}
    assert "working_style" in mine.default_fields and "cadence" not in mine.default_fields


def test_the_dialogs_survive_closing_before_their_job_answers(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome, tmp_path: Path) -> None:
    """A dialog closed (and deleted) while its load is still queued: the answer is dropped."""
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    contact = main.current_summary()
    assert contact is not None and contact.conversation.contact_id is not None
    mine = open_my_profile(main, app.worker)
    theirs = open_contact_profile(main, contact.conversation.contact_id, app.worker)
    mine.close()
    theirs.close()
    wait_idle(qtbot, app)
    qtbot.wait(50)
    gone = open_contact_profile(main, "no-such-contact", app.worker)
    qtbot.waitUntil(lambda: gone.problem.isVisible(), timeout=5000)
    assert "No such contact" in gone.problem.text()
    gone.reject()
