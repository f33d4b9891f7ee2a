"""Safety numbers, verifying, the key-change warning, and adding contacts by invite."""

from __future__ import annotations

from collections.abc import Callable

from nacl.signing import SigningKey
from pytestqt.qtbot import QtBot

from ementor_desktop.domain import contacts
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.dialogs import group_digits
from tests.conftest import PASSPHRASE
from tests.gui.conftest import SeededHome, unlock, wait_idle

App = Callable[[Home], EmentorApp]


def test_safety_number_screen_verifies_the_contact(qtbot: QtBot, make_app: App,
                                                  seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    qtbot.waitUntil(lambda: main.verified_label.text() == "not verified")
    main.verify_action.trigger()
    qtbot.waitUntil(lambda: app.safety_dialog is not None, timeout=5000)
    dialog = app.safety_dialog
    assert dialog is not None
    digits = dialog.digits.text()
    groups = digits.split()
    assert len(groups) == 12 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert digits.count("\n") == 2  # three lines of four groups
    assert dialog.qr.pixmap() is not None and not dialog.qr.pixmap().isNull()
    dialog.mark_verified.click()
    qtbot.waitUntil(lambda: main.verified_label.text() == "✓ verified", timeout=5000)
    assert dialog.state.text() == "✓ Verified."
    dialog.reject()
    app.shutdown()
    with Vault.open(seeded_home.home, PASSPHRASE) as vault:
        assert Repos.over(vault.db).contacts.get(seeded_home.seeded.main_contact).verified  # type: ignore[union-attr]


def test_key_change_shows_a_warning_and_holds_the_composer(qtbot: QtBot, make_app: App,
                                                          seeded_home: SeededHome) -> None:
    home, contact_id = seeded_home.home, seeded_home.seeded.main_contact
    with Vault.open(home, PASSPHRASE) as vault:
        repos = Repos.over(vault.db)
        with vault.db.transaction():
            repos.contacts.set_verified(contact_id, True)
            repos.contacts.flag_key_change(contact_id, bytes(SigningKey.generate().verify_key),
                                           bytes(32))
        contact = repos.contacts.get(contact_id)
        assert contact is not None
        old_number = contacts.safety_number(vault, contact)
        new_number = contacts.safety_number(vault, contact, pending=True)
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    qtbot.waitUntil(main.banner.isVisible, timeout=5000)
    assert "Amara Okafor's security key has changed" in main.banner_text.text()
    assert "Nothing is sent" in main.banner_text.text()
    assert not main.composer.isEnabled()
    main.banner_verify.click()
    qtbot.waitUntil(lambda: app.safety_dialog is not None, timeout=5000)
    dialog = app.safety_dialog
    assert dialog is not None
    assert dialog.digits.text() == group_digits(new_number) != group_digits(old_number)
    assert dialog.accept_change.isVisible() and not dialog.mark_verified.isEnabled()
    assert "key changed" in dialog.state.text()
    assert dialog.refuse_change.isVisible()
    dialog.accept_change.click()  # under the new number: it was compared, so it is verified
    qtbot.waitUntil(lambda: not main.banner.isVisible(), timeout=5000)
    assert main.composer.isEnabled()
    assert main.verified_label.text() == "✓ verified"
    assert not dialog.accept_change.isVisible() and not dialog.refuse_change.isVisible()
    dialog.reject()


def test_add_contact_dialog_reports_a_bad_invite_in_plain_words(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    main.add_action.trigger()
    dialog = app.add_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.create_button.isEnabled()  # no relay chosen yet
    dialog.relay.setText("http://127.0.0.1:9")
    assert dialog.create_button.isEnabled()
    dialog.code.setText("this is not an invite")
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.status.text() not in ("", "Connecting…"), timeout=5000)
    assert "invite" in dialog.status.text().lower()
    wait_idle(qtbot, app)
    dialog.reject()


def test_block_then_remove_a_contact_from_the_contacts_menu(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    home, contact_id = seeded_home.home, seeded_home.seeded.main_contact
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    qtbot.waitUntil(lambda: main.current_summary() is not None, timeout=5000)
    name = main.current_summary().contact_name  # type: ignore[union-attr]
    main.block_action.trigger()
    box = app.confirm_box
    assert box is not None and name in box.text()
    box.reject()  # cancelling changes nothing
    wait_idle(qtbot, app)
    assert main.composer.isEnabled()
    main.block_action.trigger()
    box = app.confirm_box
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Block").click()
    qtbot.waitUntil(lambda: not main.composer.isEnabled(), timeout=5000)
    assert main.banner.isVisible() and "You blocked" in main.banner_text.text()
    assert not main.block_action.isEnabled()
    main.remove_action.trigger()
    box = app.confirm_box
    assert box is not None and "cannot be undone" in box.informativeText()
    next(b for b in box.buttons() if b.text() == "Remove").click()
    qtbot.waitUntil(lambda: all(
        main.conversations.summary(r).conversation.contact_id != contact_id  # type: ignore[union-attr]
        for r in range(main.conversations.rowCount())), timeout=5000)
    app.shutdown()
    with Vault.open(home, PASSPHRASE) as vault:
        assert Repos.over(vault.db).contacts.get(contact_id) is None


def test_a_move_to_an_unknown_relay_is_shown_and_allowed_in_the_app(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    home, contact_id = seeded_home.home, seeded_home.seeded.main_contact
    with Vault.open(home, PASSPHRASE) as vault, vault.db.transaction():
        Repos.over(vault.db).contacts.set_pending_route(
            contact_id, "https://relay.<b>elsewhere</b>.example", "B" * 43)
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    qtbot.waitUntil(lambda: main.banner.isVisible(), timeout=5000)
    assert "asks you to send to another relay" in main.banner_text.text()
    assert "&lt;b&gt;elsewhere" in main.banner_text.text()  # shown as text, never as markup
    assert "<b>elsewhere" in main.banner_text.accessibleDescription()
    assert main.banner_route.isVisible() and not main.banner_verify.isVisible()
    main.banner_route.click()
    qtbot.waitUntil(lambda: not main.banner.isVisible(), timeout=5000)
    app.shutdown()
    with Vault.open(home, PASSPHRASE) as vault:
        contact = Repos.over(vault.db).contacts.get(contact_id)
        assert contact is not None and contact.pending_relay_url is None
        assert contact.relay_url == "https://relay.<b>elsewhere</b>.example"
