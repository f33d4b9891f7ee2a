"""The desktop app as a person uses it: a real X11 window with a window manager, driven by the
keyboard only, checked through the accessibility tree a screen reader reads (AT-SPI).

A fresh home → the first-run wizard (passphrase, name, role; an invite made on a real local relay
with Enter in the relay field) → the main window, which says whose it is → a participant on the
command line accepts the invite and writes → the message shows in the window's conversation row
(unread count and preview, as a screen reader speaks it) → a reply typed and sent with Enter
reaches the command-line participant.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from tests.e2e.desktop import Desktop, Node, Tree, call_failed

pytestmark = [pytest.mark.realwindow, pytest.mark.slow, pytest.mark.timeout(240)]

APP = "eMentor Desktop"  # the application's name on the accessibility bus
PASSPHRASE = "correct horse battery staple"
CLI_PASSPHRASE = "a passphrase for the other side"
NAME, OTHER = "Ada Lovelace", "Ben Carter"
HELLO = "Hello Ada, could we talk about my goals?"
REPLY = "Gladly Ben, how about Thursday?"

T = TypeVar("T")


class Window:
    """The running app seen from outside: its accessibility tree and the keyboard."""

    def __init__(self, desktop: Desktop, proc: subprocess.Popen[bytes], log: Path,
                 shots: Path) -> None:
        self.desktop = desktop
        self.proc = proc
        self.log = log
        self.shots = shots
        self._shot = 0

    def tree(self) -> Tree:
        assert self.desktop.probe is not None
        return self.desktop.probe.tree(APP)

    def wait(self, what: str, found: Callable[[Tree], T | None], timeout: float = 20) -> T:
        """Poll the tree until `found` returns something; else fail saying what was expected,
        what the screen reader saw, and where the screenshot is."""
        deadline = time.monotonic() + timeout
        tree = Tree(())
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"the app exited ({self.proc.returncode}) while waiting for {what}"
                            f"\n--- app log ---\n{self.log_tail()}", pytrace=False)
            tree = self.tree()
            result = found(tree)
            if result:
                return result
            time.sleep(0.1)
        self._shot += 1
        shot = self.desktop.screenshot(self.shots / f"timeout-{self._shot}.png")
        pytest.fail(f"after {timeout:.0f} s still waiting for {what}.\n"
                    f"screenshot: {shot}\n--- what a screen reader sees (on screen) ---\n"
                    f"{tree.dump()}\n--- app log ---\n{self.log_tail()}", pytrace=False)

    def focused(self, name: str | re.Pattern[str], role: str | None = None,
                timeout: float = 10) -> Node:
        def match(tree: Tree) -> Node | None:
            node = tree.focused()
            return node if node is not None and _is(node, name, role) else None
        return self.wait(f"keyboard focus on {role or 'a control'} {name!r}", match, timeout)

    def tab_to(self, name: str | re.Pattern[str], role: str | None = None,
               limit: int = 30) -> Node:
        """Press Tab until the control named `name` has the focus (it must be reachable)."""
        seen = []
        node = self.tree().focused()
        for _ in range(limit):
            if node is not None and _is(node, name, role):
                return node
            seen.append(f"{node.role} {node.name!r}" if node else "nothing")
            before = node.path if node else None
            self.desktop.key("Tab")
            deadline = time.monotonic() + 2  # until the focus has moved on
            while True:
                node = self.tree().focused()
                if (node.path if node else None) != before or time.monotonic() > deadline:
                    break
                time.sleep(0.05)
        pytest.fail(f"{name!r} is not reachable with Tab; the focus went through: "
                    + ", ".join(seen), pytrace=False)

    def log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""


@pytest.fixture
def window(desktop: Desktop, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Window]:
    home = tmp_path / "home-app"
    log = tmp_path / "app.log"
    env = dict(desktop.env, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", LANGUAGE="en", LC_ALL="C.UTF-8")
    for name in ("QT_SCALE_FACTOR", "QT_STYLE_OVERRIDE", "EMENTOR_PASSPHRASE"):
        env.pop(name, None)
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "ementor_desktop", "--home", str(home)],
                                stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        yield Window(desktop, proc, log, tmp_path)
    finally:
        if call_failed(request):  # while the app is still on screen
            desktop.screenshot(tmp_path / "failure.png")
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)  # the app quits cleanly on Ctrl+C
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


class Participant:
    """The other person, on the command line with a home of their own."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.env = dict(os.environ, EMENTOR_PASSPHRASE=CLI_PASSPHRASE)

    def __call__(self, *args: str) -> str:
        result = subprocess.run([sys.executable, "-m", "ementor_desktop", "--home",
                                 str(self.home), *args], capture_output=True, text=True,
                                env=self.env, timeout=120, check=False)
        assert result.returncode == 0, (f"`ementor {' '.join(args)}` failed "
                                        f"({result.returncode}):\n{result.stdout}\n"
                                        f"{result.stderr}")
        return result.stdout


def _is(node: Node, name: str | re.Pattern[str], role: str | None) -> bool:
    if role is not None and node.role != role:
        return False
    return node.name == name if isinstance(name, str) else bool(name.search(node.name))


def _row_of(tree: Tree, pattern: str) -> Node | None:
    """A conversation row (a list item of the "Conversations" list) whose spoken name matches."""
    lists = tree.find("list", "Conversations")
    for items in (tree.under(lst) for lst in lists):
        for item in items:
            if item.role == "list item" and re.search(pattern, item.name):
                return item
    return None


def test_first_run_connect_and_reply_by_keyboard(desktop: Desktop, window: Window,
                                                 relay_url: str, tmp_path: Path) -> None:
    started = time.monotonic()

    def stage(text: str) -> None:  # shown with the failure: how far the test got, and when
        print(f"{time.monotonic() - started:6.1f} s  {text}")

    ben = Participant(tmp_path / "home-cli")
    ben("init", "--name", OTHER, "--role", "mentee", "--kdf-strength", "interactive")

    # -- the first-run wizard, by keyboard -------------------------------------------------
    window.wait("the first-run wizard", lambda t: t.one("dialog", re.compile(r"^Set up")), 30)
    stage("wizard shown")
    window.tab_to("Next", "push button")
    desktop.key("space")
    window.focused("Passphrase", "password text")
    desktop.type(PASSPHRASE)
    window.tab_to("Passphrase again", "password text")
    desktop.type(PASSPHRASE)
    desktop.key("Return")  # the wizard's default button: Next
    window.focused("Your name", "text")
    desktop.type(NAME)
    # The role box: a screen reader hears its label and the chosen role; Down picks the next
    # one (Mentor).
    role = window.tab_to(re.compile("^Mentee"), "combo box")
    assert "Role:" in role.labelled_by, f"the role box is not labelled: {role}"
    desktop.key("Down")
    window.focused(re.compile("^Mentor"), "combo box")
    desktop.key("Return")  # the wizard's default button here: "Create my vault"
    window.wait("the Connect page after the vault was created",
                lambda t: t.one("text", "Relay address for your invite"), 30)
    stage("vault created")

    # Enter in the relay field creates the invite (and must not close the wizard).
    window.tab_to("Relay address for your invite", "text")
    desktop.type(relay_url)
    desktop.key("Return")
    invite = window.wait("the invite code shown in the wizard",
                         lambda t: t.one("text", "Your invite code",
                                         where=lambda n: bool(n.text)), 30)
    code = str(invite.text).strip()
    assert window.tree().one("dialog", re.compile(r"^Set up")), "Enter closed the wizard"
    stage("invite created")
    window.tab_to("Open eMentor", "push button")
    desktop.key("space")

    # -- the main window says whose it is ----------------------------------------------------
    frame = window.wait("the main window titled with the account's name and role",
                        lambda t: t.one("frame", re.compile(rf"^{NAME} \(mentor\)")), 30)
    account = window.wait("the account area naming the person and their role", lambda t: t.one(
        "label", where=lambda n: f"{NAME} (mentor)" in f"{n.name} {n.description}"))
    stage(f"main window {frame.name!r}, account {account.name!r}: {account.description!r}")

    # -- the other person accepts the invite and writes ----------------------------------------
    ben("accept", code)
    ben("send", NAME, HELLO)
    ben("sync")
    stage("the other side accepted the invite and sent a message")
    row = window.wait(
        "Ben's conversation row speaking one unread message and its preview",
        lambda t: _row_of(t, rf"^{OTHER}, 1 unread, last: {re.escape(HELLO)}$"), 30)
    window.wait("the unread count in the window title",
                lambda t: t.one("frame", re.compile(rf"^\(1\) {NAME} ")), 10)
    stage(f"conversation row {row.name!r}")

    # -- open it and reply with Enter ------------------------------------------------------------
    window.tab_to("Conversations", "list")
    desktop.key("Home")  # the first row becomes the current one: its conversation opens
    window.wait("the conversation header naming Ben",
                lambda t: t.one("label", f"Conversation with {OTHER}"), 20)
    incoming = window.wait("Ben's message in the message list, with its time", lambda t: t.one(
        "list item", re.compile(rf"^Ben Carter, \d{{1,2}}:\d{{2}}.*: {re.escape(HELLO)}$")), 20)
    stage(f"message item {incoming.name!r}")
    desktop.key("ctrl+e")  # Conversation ▸ Write
    window.focused("Message")
    desktop.type(REPLY)
    desktop.key("Return")
    window.wait("the reply in the message list, with its delivery state", lambda t: t.one(
        "list item", re.compile(rf"^You, .+, (queued|sent|delivered|read): {re.escape(REPLY)}$")),
                20)
    row = window.wait("the conversation row read (no unread), the reply as its preview",
                      lambda t: _row_of(t, rf"^{OTHER}, you: {re.escape(REPLY)}$"), 20)
    stage(f"replied; row {row.name!r}")

    # -- the reply reaches the other side ----------------------------------------------------------
    deadline = time.monotonic() + 30
    texts: list[str] = []
    while time.monotonic() < deadline:
        ben("sync")
        texts = [m.get("text", "") for m in json.loads(ben("messages", "--json", NAME))]
        if REPLY in texts:
            break
        time.sleep(0.3)
    assert REPLY in texts, f"the reply never reached the other side; they have: {texts}"
    stage("the other side has the reply")
    reply = window.wait("the reply spoken as delivered once the other side has it", lambda t: t.one(
        "list item", re.compile(rf"^You, .+, (delivered|read): {re.escape(REPLY)}$")), 20)
    stage(f"reply item {reply.name!r}")
