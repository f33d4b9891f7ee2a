"""A message that arrives late (after an outage) or whose sender's clock is behind shows in the open
conversation at its place in the order (docs/protocol.md Part 2 §5, "Order") and in the sidebar,
without reopening the conversation; the view keeps the rows being read where they are."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtCore import QPoint
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ementor_desktop.domain.models import Message, MessageState
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault, now_ms
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.main_window import MainWindow
from ementor_desktop.ui.models import FIRST_PAGE, ROLE_DAY, MessageListModel
from ementor_desktop.ui.sample import DAY, seed_long_conversation
from tests.gui.conftest import SeededHome, unlock, wait_idle

App = Callable[[Home], EmentorApp]
LONG = 300  # messages in the long conversation, one a minute; the first page holds FIRST_PAGE


def arrive(app: EmentorApp, conversation_id: str, sender_id: str, body: str, sent_at: int,
           seq: int) -> Message:
    """Store an incoming message as the sync engine does (through the repositories, in one
    transaction under the vault's mutex), then report it as the sync loop does."""
    vault = app.worker.vault_for_engine()
    assert vault is not None
    message = Message(id=secrets.token_hex(16), conversation_id=conversation_id,
                      direction="in", sender_id=sender_id, body=body, sent_at=sent_at, seq=seq,
                      state=MessageState.RECEIVED, received_at=now_ms())
    with vault.mutex, vault.db.transaction():
        stored = Repos.over(vault.db).messages.add(message)
    app.connection.runner.sync_event.emit("idle", "", [conversation_id])
    return stored


def settle(qtbot: QtBot, app: EmentorApp) -> None:
    wait_idle(qtbot, app)
    qtbot.wait(60)  # queued layouts and scroll corrections run
    wait_idle(qtbot, app)


def rows(model: MessageListModel) -> list[Message]:
    return [m for i in range(model.rowCount()) if (m := model.message(i)) is not None]


def assert_in_order(model: MessageListModel) -> None:
    """Sender's time, then sender's sequence number, then local arrival; nothing twice."""
    keys = [(m.sent_at, m.seq or 0, m.pk or 0) for m in rows(model)]
    assert keys == sorted(keys)
    assert len({m.id for m in rows(model)}) == len(keys)


def preview(main: MainWindow, conversation_id: str) -> str | None:
    summary = main.conversations.summary(main.conversations.row_of(conversation_id))
    return None if summary is None else summary.last_body


def at_bottom(main: MainWindow) -> bool:
    bar = main.view.verticalScrollBar()
    return bar.value() >= bar.maximum() - 4


def open_long(qtbot: QtBot, make_app: App, vault: Vault,
              home: Home) -> tuple[EmentorApp, MainWindow, str, str]:
    conv = seed_long_conversation(vault, LONG)
    conversation = Repos.over(vault.db).conversations.get(conv)
    assert conversation is not None and conversation.contact_id is not None
    vault.close()
    app = make_app(home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None and main.messages.conversation_id == conv
    assert main.messages.rowCount() == FIRST_PAGE and main.messages.has_older
    settle(qtbot, app)
    return app, main, conv, conversation.contact_id


def test_same_millisecond_messages_take_their_place_by_sequence_number(
        qtbot: QtBot, qtmodeltester: ModelTester, make_app: App,
        seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    model = main.messages
    conv, amara = seeded_home.seeded.main_conversation, seeded_home.seeded.main_contact
    assert model.conversation_id == conv
    qtmodeltester.check(model)  # stays attached: every insertion below is checked too
    shown = model.rowCount()
    newest = model.message(shown - 1)
    assert newest is not None

    second = arrive(app, conv, amara, "her second, in the same millisecond", newest.sent_at, 2)
    qtbot.waitUntil(lambda: model.rowCount() == shown + 1, timeout=5000)
    assert model.row_of(second.id) == shown  # the latest: at the end, and in the sidebar
    qtbot.waitUntil(lambda: preview(main, conv) == second.body, timeout=5000)

    first = arrive(app, conv, amara, "her first, delivered after her second", newest.sent_at, 1)
    qtbot.waitUntil(lambda: model.row_of(first.id) >= 0, timeout=5000)
    assert model.row_of(first.id) == shown  # before her second, though it came after it
    assert model.row_of(second.id) == shown + 1
    settle(qtbot, app)
    assert preview(main, conv) == second.body  # still the latest by the order
    assert_in_order(model)
    qtmodeltester.check(model)


def test_a_message_from_a_clock_behind_lands_in_the_middle_of_the_page(
        qtbot: QtBot, qtmodeltester: ModelTester, make_app: App,
        vault: Vault, home: Home) -> None:
    app, main, conv, sender = open_long(qtbot, make_app, vault, home)
    model = main.messages
    qtmodeltester.check(model)
    assert at_bottom(main)
    newest_body = preview(main, conv)
    before = model.message(39)
    assert before is not None

    late = arrive(app, conv, sender, "written a while ago on a slow clock",
                  before.sent_at + 1, 5000)
    qtbot.waitUntil(lambda: model.row_of(late.id) >= 0, timeout=5000)
    assert model.row_of(late.id) == 40
    assert model.rowCount() == FIRST_PAGE + 1
    settle(qtbot, app)
    assert at_bottom(main)  # the person was following the newest: still is
    assert preview(main, conv) == newest_body  # not the latest: the sidebar keeps the newest

    app.connection.runner.sync_event.emit("idle", "", [conv])  # reported again: not shown twice
    settle(qtbot, app)
    assert model.rowCount() == FIRST_PAGE + 1
    assert_in_order(model)
    qtmodeltester.check(model)


def test_the_view_keeps_its_place_when_a_late_message_lands_above_what_is_read(
        qtbot: QtBot, make_app: App, vault: Vault, home: Home) -> None:
    app, main, conv, sender = open_long(qtbot, make_app, vault, home)
    model, view = main.messages, main.view
    # Opening marked the incoming messages read: let that state reach the rows (and the
    # relayout it causes) first, so only the late message moves anything below.
    app.connection.runner.sync_event.emit("idle", "", [conv])
    settle(qtbot, app)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # reading in the middle of the page
    qtbot.wait(60)
    top = view.indexAt(QPoint(4, 4))
    assert top.isValid() and top.row() > 10 and not at_bottom(main)
    reading = model.message(top.row())
    assert reading is not None
    y = view.visualRect(top).top()
    above = model.message(4)
    assert above is not None

    late = arrive(app, conv, sender, "far above what is on screen", above.sent_at + 1, 5000)
    qtbot.waitUntil(lambda: model.row_of(late.id) == 5, timeout=5000)
    settle(qtbot, app)
    assert abs(view.visualRect(model.index(model.row_of(reading.id))).top() - y) <= 2
    assert not at_bottom(main)


def test_a_late_message_older_than_everything_loaded_waits_for_scrolling(
        qtbot: QtBot, qtmodeltester: ModelTester, make_app: App,
        vault: Vault, home: Home) -> None:
    app, main, conv, sender = open_long(qtbot, make_app, vault, home)
    model, view = main.messages, main.view
    qtmodeltester.check(model)
    oldest_loaded = model.message(0)
    assert oldest_loaded is not None
    # Between the 100th and 101st message of the history: far above the first page.
    at = oldest_loaded.sent_at - (LONG - FIRST_PAGE - 100) * 60_000 + 1

    late = arrive(app, conv, sender, "from before the outage", at, 5000)
    settle(qtbot, app)
    # Not put at the top of what is loaded: the next page would then skip what lies between.
    assert model.row_of(late.id) == -1 and model.rowCount() == FIRST_PAGE
    bar = view.verticalScrollBar()
    for _ in range(300):  # the person scrolls up to the beginning
        if not model.has_older and not model.loading:
            break
        if bar.value() > 0:
            bar.setValue(0)
        qtbot.wait(20)
    qtbot.waitUntil(lambda: not model.has_older and not model.loading, timeout=5000)
    assert model.rowCount() == LONG + 1
    assert model.row_of(late.id) == 101  # in its place, once
    assert_in_order(model)
    qtmodeltester.check(model)


def test_a_late_message_older_than_a_fully_loaded_conversation_shows_at_the_top(
        qtbot: QtBot, qtmodeltester: ModelTester, make_app: App,
        seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    model = main.messages
    conv, amara = seeded_home.seeded.main_conversation, seeded_home.seeded.main_contact
    qtmodeltester.check(model)
    assert not model.has_older
    shown = model.rowCount()
    oldest = model.message(0)
    assert oldest is not None

    late = arrive(app, conv, amara, "before we were even matched", oldest.sent_at - 2 * DAY, 1)
    qtbot.waitUntil(lambda: model.rowCount() == shown + 1, timeout=5000)
    assert model.row_of(late.id) == 0
    assert model.index(0).data(ROLE_DAY) is not None  # it starts its own day
    settle(qtbot, app)
    assert preview(main, conv) == "And thank you – this is already helping."
    assert_in_order(model)
    qtmodeltester.check(model)


def test_an_open_search_shows_a_message_that_arrives_meanwhile(qtbot: QtBot, make_app: App,
                                                               seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    summary = main.current_summary()
    assert summary is not None and summary.conversation.contact_id is not None
    qtbot.keyClicks(main.search_box, "quokka")
    qtbot.waitUntil(lambda: main.no_results.isVisible(), timeout=5000)
    arrive(app, summary.conversation.id, summary.conversation.contact_id,
           "Seen a quokka today?", now_ms() - 3 * DAY, seq=900)  # late, and older than others
    qtbot.waitUntil(lambda: main.search_results.rowCount() == 1, timeout=5000)
    assert main.results.isVisible()
    hit = main.search_results.hit(0)
    assert hit is not None and "quokka" in hit.message.body
