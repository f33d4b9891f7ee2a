"""Send while the relay is down, then deliver when it is back; a reply arrives live.

A real `ementor-relay` process on 127.0.0.1; the mentor is driven through the domain services
(as the CLI does), the mentee through the app."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain import contacts, messaging
from ementor_desktop.domain.account import create_account
from ementor_desktop.domain.inbox import sync_engine
from ementor_desktop.domain.models import MessageState, Role
from ementor_desktop.domain.settings import Settings
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock
from tests.relay.harness import RelayProcess, free_port, spawn_relay

App = Callable[[Home], EmentorApp]
CONFIG = ("[relay]\n"
          "deposits_per_mailbox_per_minute = 1000000.0\n"
          "deposits_per_mailbox_burst = 100000\n"
          "owner_commands_per_mailbox_per_minute = 1000000.0\n"
          "owner_commands_per_mailbox_burst = 100000\n"
          "requests_per_address_per_minute = 1000000.0\n"
          "requests_per_address_burst = 100000\n")


class Relay:
    """One relay database and port that can be stopped and started again."""

    def __init__(self, work: Path) -> None:
        self.work = work
        work.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.config = work / "relay.toml"
        self.config.write_text(CONFIG)
        self.proc: RelayProcess | None = None

    def start(self) -> str:
        self.proc = spawn_relay(str(self.work / "relay.sqlite3"), self.work,
                                config_file=self.config, extra=["--port", str(self.port)])
        return self.proc.base_url

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc = None


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[Relay]:
    r = Relay(tmp_path / "relay-work")
    yield r
    r.stop()


def _sync(vault: Vault) -> None:
    with requests.Session() as session:
        sync_engine(vault, session).sync_once()


def test_send_offline_then_deliver_and_receive_live(qtbot: QtBot, make_app: App, relay: Relay,
                                                    tmp_path: Path) -> None:
    url = relay.start()
    mentor = create_account(Home(tmp_path / "mentor"), PASSPHRASE, name="Amara Okafor",
                            role=Role.MENTOR, strength=KdfStrength.INTERACTIVE)
    mentee_home = Home(tmp_path / "mentee")
    mentee = create_account(mentee_home, PASSPHRASE, name="Sam Rivera", role=Role.MENTEE,
                            strength=KdfStrength.INTERACTIVE)
    try:
        with requests.Session() as session:
            code = contacts.create_invite(mentor, url, session)
            contacts.accept_invite(mentee, code, session)
        for vault in (mentee, mentor, mentee, mentor):
            _sync(vault)
        with mentee.mutex, mentee.db.transaction():
            Settings(Repos.over(mentee.db).settings).set("relay_url", url)
        mentee.close()
        relay.stop()  # the relay goes away: the app starts offline

        app = make_app(mentee_home)
        unlock(qtbot, app)
        main = app.main
        assert main is not None
        qtbot.waitUntil(lambda: "Offline" in main.relay_status.text(), timeout=20000)
        edit = main.composer.edit
        qtbot.keyClicks(edit, "Written on the train, no signal")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: main.messages.rowCount() == 1, timeout=5000)
        queued = main.messages.message(0)
        assert queued is not None and queued.state is MessageState.QUEUED

        relay.start()
        main.sync_action.trigger()  # F5; the app would also retry by itself
        qtbot.waitUntil(lambda: (m := main.messages.message(0)) is not None
                        and m.state is MessageState.ON_RELAY, timeout=30000)
        assert "Online" in main.relay_status.text() or "Sync" in main.relay_status.text()

        _sync(mentor)  # receives it; its delivery receipt goes back
        texts = [m.body for m in Repos.over(mentor.db).messages.page(
            Repos.over(mentor.db).conversations.summaries()[0].conversation.id)]
        assert texts == ["Written on the train, no signal"]  # exactly once
        qtbot.waitUntil(lambda: (m := main.messages.message(0)) is not None
                        and m.state is MessageState.DELIVERED, timeout=30000)

        sam = contacts.find_contact(mentor, "Sam")
        messaging.send_text(mentor, sam.id, "Welcome back online!")
        _sync(mentor)
        qtbot.waitUntil(lambda: main.messages.rowCount() == 2, timeout=30000)
        reply = main.messages.message(1)
        assert reply is not None and reply.body == "Welcome back online!"
    finally:
        mentor.close()


def _fresh(home: Home, name: str, role: Role) -> Home:
    create_account(home, PASSPHRASE, name=name, role=role,
                   strength=KdfStrength.INTERACTIVE).close()
    return home


def test_two_apps_connect_by_invite_verify_and_talk(qtbot: QtBot, make_app: App, relay: Relay,
                                                   tmp_path: Path) -> None:
    """The newcomer's path: invite in one app, accept in the other, compare safety numbers,
    mark verified, write."""
    url = relay.start()
    mentor = make_app(_fresh(Home(tmp_path / "amara"), "Amara Okafor", Role.MENTOR))
    mentee = make_app(_fresh(Home(tmp_path / "sam"), "Sam Rivera", Role.MENTEE))
    unlock(qtbot, mentor)
    unlock(qtbot, mentee)
    assert mentor.main is not None and mentee.main is not None

    mentor.open_add_contact()
    invite_dialog = mentor.add_dialog
    assert invite_dialog is not None
    invite_dialog.relay.setText(url)
    invite_dialog.create_button.click()
    qtbot.waitUntil(invite_dialog.invite.isVisible, timeout=15000)
    code = invite_dialog.invite.text()
    assert code and invite_dialog.qr.pixmap() is not None and not invite_dialog.qr.pixmap().isNull()
    assert mentor.settings["relay_url"] == url

    mentee.open_add_contact()
    accept_dialog = mentee.add_dialog
    assert accept_dialog is not None
    accept_dialog.code.setText(code)
    accept_dialog.accept_button.click()
    qtbot.waitUntil(lambda: mentee.add_dialog is None, timeout=15000)  # closed on success
    assert mentee.settings["relay_url"] == url
    # it says so, opens the conversation, and asks to compare the safety number
    qtbot.waitUntil(lambda: mentee.safety_dialog is not None, timeout=15000)
    intro = " ".join(label.text() for label in mentee.safety_dialog.findChildren(QLabel))  # type: ignore[union-attr]
    assert "You are connected with Amara" in intro
    qtbot.waitUntil(lambda: mentee.main.messages.conversation_id is not None, timeout=15000)  # type: ignore[union-attr]
    mentee.safety_dialog.reject()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: mentee.safety_dialog is None, timeout=5000)

    # the hello reaches the mentor's app, the welcome comes back: both sidebars show the other
    qtbot.waitUntil(lambda: mentor.main.conversations.rowCount() == 1, timeout=30000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: mentee.main.conversations.rowCount() == 1, timeout=30000)  # type: ignore[union-attr]
    invite_dialog.reject()
    mentor.main.open_conversation(mentor.main.conversations.summary(0).conversation.id)  # type: ignore[union-attr]
    mentee.main.open_conversation(mentee.main.conversations.summary(0).conversation.id)  # type: ignore[union-attr]

    numbers = []
    for app in (mentor, mentee):
        app.main.verify_action.trigger()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda a=app: a.safety_dialog is not None, timeout=5000)
        numbers.append(app.safety_dialog.digits.text())  # type: ignore[union-attr]
    assert numbers[0] == numbers[1]  # the same number on both screens
    mentor.safety_dialog.mark_verified.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: mentor.main.verified_label.text() == "✓ verified", timeout=5000)  # type: ignore[union-attr]
    mentor.safety_dialog.reject()  # type: ignore[union-attr]
    mentee.safety_dialog.reject()  # type: ignore[union-attr]

    qtbot.waitUntil(lambda: mentee.main.composer.isEnabled(), timeout=5000)  # type: ignore[union-attr]
    qtbot.keyClicks(mentee.main.composer.edit, "Hello Amara, thanks for the invite!")  # type: ignore[union-attr]
    qtbot.keyClick(mentee.main.composer.edit, Qt.Key.Key_Return)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: mentor.main.messages.rowCount() == 1, timeout=30000)  # type: ignore[union-attr]
    got = mentor.main.messages.message(0)  # type: ignore[union-attr]
    assert got is not None and got.body == "Hello Amara, thanks for the invite!"
    qtbot.waitUntil(lambda: (m := mentee.main.messages.message(0)) is not None  # type: ignore[union-attr]
                    and m.state in (MessageState.DELIVERED, MessageState.READ), timeout=30000)
