"""Conversation view, composer and drafts, search, settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ementor_desktop.domain.models import Message, MessageState
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.models import ROLE_DAY
from ementor_desktop.ui.sample import seed_long_conversation
from tests.conftest import PASSPHRASE
from tests.gui.conftest import SeededHome, unlock, wait_idle

App = Callable[[Home], EmentorApp]
CANARY = "Draft canary 7f3e: my honest worry about the promotion talk"


def test_draft_survives_a_restart_and_is_not_on_disk_in_plaintext(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    home = seeded_home.home
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    qtbot.keyClicks(main.composer.edit, CANARY)
    qtbot.wait(main.composer.DRAFT_DELAY_MS + 200)  # debounced save, then "crash"
    wait_idle(qtbot, app)
    app.shutdown()
    for path in home.root.rglob("*"):
        if path.is_file():
            assert b"canary 7f3e" not in path.read_bytes(), path.name

    again = make_app(home)
    unlock(qtbot, again)
    main2 = again.main
    assert main2 is not None
    qtbot.waitUntil(lambda: main2.composer.edit.toPlainText() == CANARY, timeout=5000)


def test_each_conversation_keeps_its_own_draft(qtbot: QtBot, make_app: App,
                                               seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    qtbot.keyClicks(main.composer.edit, "for Amara")
    main.sidebar.setCurrentIndex(main.conversations.index(1))  # switching saves at once
    qtbot.waitUntil(lambda: main.messages.rowCount() > 0)
    assert main.composer.edit.toPlainText() == ""
    main.sidebar.setCurrentIndex(main.conversations.index(
        main.conversations.row_of(seeded_home.seeded.main_conversation)))
    qtbot.waitUntil(lambda: main.composer.edit.toPlainText() == "for Amara", timeout=5000)


def test_enter_sends_and_shift_enter_adds_a_line(qtbot: QtBot, make_app: App,
                                                 seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    before = main.messages.rowCount()
    edit = main.composer.edit
    qtbot.keyClicks(edit, "first line")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "second line")
    assert edit.toPlainText() == "first line\nsecond line"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.messages.rowCount() == before + 1, timeout=5000)
    sent = main.messages.message(main.messages.rowCount() - 1)
    assert sent is not None and sent.body == "first line\nsecond line"
    assert sent.state is MessageState.QUEUED  # no relay: it waits in the outbox
    assert edit.toPlainText() == ""
    qtbot.waitUntil(lambda: (s := main.current_summary()) is not None and s.pending_count == 2)


def test_enter_inserts_a_newline_when_enter_sends_is_off(qtbot: QtBot, make_app: App,
                                                         seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    app.preferences.set_setting("enter_sends", False)
    wait_idle(qtbot, app)
    edit = main.composer.edit
    qtbot.keyClicks(edit, "a")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "b")
    assert edit.toPlainText() == "a\nb"
    before = main.messages.rowCount()
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.messages.rowCount() == before + 1, timeout=5000)


def test_search_finds_an_old_message_and_jumps_to_it(qtbot: QtBot, make_app: App,
                                                     vault: Vault, home: Home) -> None:
    conv = seed_long_conversation(vault, 3000, name="Long History")
    repos = Repos.over(vault.db)
    target = Message(id="needle-0001", conversation_id=conv, direction="in",
                     body="The zanzibar milestone is where it all started", sent_at=1_000,
                     state=MessageState.RECEIVED)
    with vault.db.transaction():
        repos.messages.add(target)
    vault.close()
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    assert main.messages.rowCount() < 3001  # only the newest page is loaded
    qtbot.keyClicks(main.search_box, "zanzib")
    qtbot.waitUntil(lambda: main.search_results.rowCount() == 1, timeout=5000)
    assert main.results.isVisible()
    hit = main.search_results.hit(0)
    assert hit is not None and "\x02zanzibar\x03" in hit.snippet
    rect = main.results.visualRect(main.search_results.index(0))
    qtbot.mouseClick(main.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: main.messages.row_of("needle-0001") >= 0, timeout=10000)
    row = main.messages.row_of("needle-0001")
    qtbot.waitUntil(lambda: main.view.currentIndex().row() == row, timeout=5000)
    shown = main.view.visualRect(main.messages.index(row))
    assert main.view.viewport().rect().intersects(shown)
    qtbot.keyClick(main.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(main.sidebar.isVisible, timeout=2000)


def test_scrolling_to_the_top_loads_older_pages(qtbot: QtBot, make_app: App,
                                                vault: Vault, home: Home) -> None:
    seed_long_conversation(vault, 1000)
    vault.close()
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    model, view = main.messages, main.view
    first = model.rowCount()
    assert first < 1000 and model.has_older
    bar = view.verticalScrollBar()
    for _ in range(300):  # the person keeps dragging to the top until the beginning shows
        if model.rowCount() == 1000 and not model.loading:
            break
        if bar.value() > 0:
            bar.setValue(0)
        qtbot.wait(20)
    qtbot.waitUntil(lambda: not model.has_older, timeout=5000)
    assert model.rowCount() == 1000
    assert not model.canFetchMore(QModelIndex())
    bodies = [model.message(i) for i in range(model.rowCount())]
    times = [(m.sent_at, m.seq or 0, m.pk) for m in bodies if m is not None]
    assert times == sorted(times)  # oldest first, nothing twice, nothing missing
    assert len({m.id for m in bodies if m is not None}) == 1000


def test_day_separators_and_gaps_are_marked(qtbot: QtBot, make_app: App,
                                            vault: Vault, home: Home) -> None:
    repos = Repos.over(vault.db)
    from ementor_desktop.ui.sample import _contact, _conv_id

    with vault.db.transaction():
        c = _contact("Gap Tester", "mentor", 0)
        repos.contacts.add(c)
        conv = repos.conversations.direct_with(c.id, 0, _conv_id(repos, c)).id
        day = 86_400_000
        for i, (at, gap) in enumerate([(10 * day, 0), (10 * day + 60_000, 0), (11 * day, 3)]):
            repos.messages.add(Message(id=f"g{i}", conversation_id=conv, direction="in",
                                       body=f"message {i}", sent_at=at,
                                       state=MessageState.RECEIVED, gap_before=gap))
    vault.close()
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    qtbot.waitUntil(lambda: main.messages.rowCount() == 3)
    days = [main.messages.index(i).data(ROLE_DAY) for i in range(3)]
    assert days[0] is not None and days[1] is None and days[2] is not None
    gap = main.messages.message(2)
    assert gap is not None and gap.gap_before == 3
    plain = main.view.sizeHintForRow(2) - main.view.sizeHintForRow(1)
    assert plain >= main.view.message_delegate.DAY_H + main.view.message_delegate.GAP_H


def test_copy_puts_the_selected_message_text_on_the_clipboard(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    last = main.messages.rowCount() - 1
    main.view.setCurrentIndex(main.messages.index(last))
    main.view.copy_action.trigger()
    assert QApplication.clipboard().text() == "And thank you – this is already helping."


def test_links_are_clickable(qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    from ementor_desktop.ui.delegates import message_html

    assert '<a href="https://example.org/guide">' in message_html(
        "see https://example.org/guide.")
    assert "&lt;b&gt;" in message_html("<b>not html</b>")


def test_settings_are_saved_and_theme_applies(qtbot: QtBot, make_app: App,
                                              seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    app.open_settings()
    dialog = app.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.auto_lock.setValue(3)
    dialog.notification_content.setChecked(True)
    wait_idle(qtbot, app)
    assert QApplication.instance().property("ementorTheme") == "dark"  # type: ignore[union-attr]
    assert app.settings["auto_lock_minutes"] == 3
    dialog.reject()
    app.shutdown()
    with Vault.open(seeded_home.home, PASSPHRASE) as vault:
        from ementor_desktop.domain.settings import Settings

        stored = Settings(Repos.over(vault.db).settings).as_dict()
    assert stored["theme"] == "dark" and stored["auto_lock_minutes"] == 3
    assert stored["notification_content"] is True
    from ementor_desktop.ui.resources import apply_theme

    apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]


def test_change_passphrase_from_settings(qtbot: QtBot, make_app: App,
                                         seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    app.open_settings()
    dialog = app.settings_dialog
    assert dialog is not None
    app.preferences.change_passphrase("wrong one", "a brand new passphrase")
    qtbot.waitUntil(lambda: not dialog.spinner.isVisible(), timeout=5000)
    assert dialog.status.text().startswith("Wrong passphrase")
    app.preferences.change_passphrase(PASSPHRASE, "a brand new passphrase")
    qtbot.waitUntil(lambda: dialog.status.text() == "Passphrase changed.", timeout=5000)
    dialog.reject()
    app.shutdown()
    Vault.open(seeded_home.home, "a brand new passphrase").close()


def test_notifications_name_nobody_unless_asked(qtbot: QtBot, make_app: App,
                                                seeded_home: SeededHome) -> None:
    from dataclasses import replace

    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    rows = [main.conversations.summary(i) for i in range(main.conversations.rowCount())]
    summaries = [r for r in rows if r is not None]
    jonas = next(r for r in summaries if r.contact_name == "Jonas Weber")
    grown = [replace(r, conversation=replace(r.conversation, unread_count=3))
             if r is jonas else r for r in summaries]
    title, body = app.notifier.notification_text(1, grown)
    assert (title, body) == ("eMentor Desktop", "1 new message(s)")
    assert "Jonas" not in title + body and "portfolio" not in title + body
    app.preferences.set_setting("notification_content", True)
    wait_idle(qtbot, app)
    title, body = app.notifier.notification_text(1, grown)
    assert title == "Jonas Weber" and "portfolio" in body


def test_remember_on_this_device_without_a_keyring_explains(qtbot: QtBot, make_app: App,
                                                            seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    app.open_settings()
    dialog = app.settings_dialog
    assert dialog is not None
    dialog.remember.setChecked(True)
    qtbot.waitUntil(lambda: "keyring" in dialog.status.text(), timeout=5000)
    assert not app.remembered
    assert not dialog.remember.isChecked()  # the box says what is true: nothing changed
    dialog.reject()


def test_resizing_does_not_multiply_the_size_cache(qtbot: QtBot, make_app: App,
                                                   seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    for width in range(700, 1300, 60):  # dragging the window edge
        main.resize(width, 700)
        qtbot.wait(10)
    delegate = main.view.message_delegate
    assert 0 < len(delegate._sizes) <= main.messages.rowCount()
