"""First run: the wizard creates a real vault with the profile, then opens the main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from ementor_desktop.domain.account import whoami
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp

App = Callable[[Home], EmentorApp]
NEW_PASSPHRASE = "river lantern copper meadow"


def test_onboarding_creates_the_vault_and_opens_the_app(qtbot: QtBot, make_app: App,
                                                        home: Home) -> None:
    assert not home.has_vault()
    app = make_app(home)
    app.start()
    wizard = app.wizard
    assert wizard is not None and app.state == "onboarding"
    assert "Only you and your contact can read your messages" in " ".join(
        w.text() for w in wizard.welcome.findChildren(type(wizard.profile.status)))
    wizard.next()
    page = wizard.passphrase
    assert not page.isComplete()
    page.first.setText("short")
    page.second.setText("short")
    assert not page.isComplete() and "at least" in page.problem.text()
    page.first.setText(NEW_PASSPHRASE)
    page.second.setText(NEW_PASSPHRASE + "x")
    assert not page.isComplete() and "not the same" in page.problem.text()
    page.second.setText(NEW_PASSPHRASE)
    assert page.isComplete() and page.meter.bar.value() >= 3
    wizard.next()
    profile = wizard.profile
    assert not profile.isComplete()
    profile.name.setText("Sam Rivera")
    profile.headline.setText("Junior analyst")
    profile.skills.entry.setText("python")
    profile.skills.level.setCurrentIndex(profile.skills.level.findData(4))
    profile.skills.add_button.click()
    profile.skills.entry.setText("sql")
    profile.skills.add_current()
    profile.timezone.set_zone("Europe/Berlin")
    assert profile.isComplete()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.connect_page, timeout=10000)
    assert home.has_vault() and wizard.created
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: app.state == "main", timeout=5000)
    assert app.main is not None and app.main.isVisible()
    assert app.main.empty_sidebar.isVisible()
    for theme in ("dark", "light"):  # switching themes after the wizard once crashed Qt
        app.preferences.set_setting("theme", theme)
        qtbot.waitUntil(lambda t=theme: app.settings.get("theme") == t, timeout=5000)
    app.shutdown()
    with Vault.open(home, NEW_PASSPHRASE) as vault:
        me = whoami(vault)
        assert (me.name, me.role) == ("Sam Rivera", "mentee")
        saved = Repos.over(vault.db).profile.get()
        assert saved is not None and saved.headline == "Junior analyst"
        assert saved.timezone == "Europe/Berlin" and saved.skills == {"python": 4, "sql": 3}


def to_connect_page(qtbot: QtBot, make_app: App, home: Home) -> tuple[EmentorApp, Any]:
    """Through the wizard to its Connect page, the vault created on the way."""
    app = make_app(home)
    app.start()
    wizard = app.wizard
    assert wizard is not None
    wizard.next()
    wizard.passphrase.first.setText(NEW_PASSPHRASE)
    wizard.passphrase.second.setText(NEW_PASSPHRASE)
    wizard.next()
    wizard.profile.name.setText("Kim")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.connect_page, timeout=10000)
    return app, wizard


def test_connect_page_offers_invites_once_the_vault_exists(qtbot: QtBot, make_app: App,
                                                          home: Home) -> None:
    _app, wizard = to_connect_page(qtbot, make_app, home)
    page = wizard.connect_page
    assert not page.create_button.isEnabled()  # which relay? the person types it first
    page.relay.setText("http://127.0.0.1:9")
    assert page.create_button.isEnabled()
    assert not page.accept_button.isEnabled()
    page.code.setText("ementor-invite-1:something")
    assert page.accept_button.isEnabled()
    page.accept_button.click()  # not a valid code: the domain's sentence is shown
    qtbot.waitUntil(lambda: page.note.text() != "" and "later" not in page.note.text(),
                    timeout=5000)
    assert "Traceback" not in page.note.text()


def test_remember_without_a_keyring_says_so_and_still_works(qtbot: QtBot, make_app: App,
                                                           home: Home) -> None:
    app = make_app(home)  # the test environment's keyring backend always fails
    app.start()
    wizard = app.wizard
    assert wizard is not None
    wizard.next()
    wizard.passphrase.first.setText(NEW_PASSPHRASE)
    wizard.passphrase.second.setText(NEW_PASSPHRASE)
    wizard.passphrase.remember.setChecked(True)
    wizard.next()
    wizard.profile.name.setText("Kim")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.connect_page, timeout=10000)
    assert "cannot remember the vault" in wizard.connect_page.note.text()
    app.shutdown()
    Vault.open(home, NEW_PASSPHRASE).close()


def test_enter_on_the_connect_page_does_what_the_field_means(qtbot: QtBot, make_app: App,
                                                             home: Home) -> None:
    """Enter in the invite field accepts the invite; in the relay field it creates an invite.
    Neither closes the wizard nor throws the text away."""
    app, wizard = to_connect_page(qtbot, make_app, home)
    page = wizard.connect_page
    accepted: list[str] = []
    created: list[str] = []
    wizard.accept_invite_requested.connect(accepted.append)
    wizard.create_invite_requested.connect(created.append)
    page.code.setFocus()
    qtbot.keyClicks(page.code, "ementor-invite-1:pasted")
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    assert accepted == ["ementor-invite-1:pasted"]
    assert wizard.isVisible() and page.code.text() == "ementor-invite-1:pasted"
    qtbot.keyClicks(page.relay, "http://127.0.0.1:9")
    qtbot.keyClick(page.relay, Qt.Key.Key_Enter)
    assert created == ["http://127.0.0.1:9"]
    assert wizard.isVisible() and app.state == "onboarding"
    assert page.relay.text() == "http://127.0.0.1:9"
