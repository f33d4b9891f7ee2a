"""The mentoring workspace as a mentor uses it: a real X11 window, the keyboard only, the results
read through the accessibility tree a screen reader reads (AT-SPI), the other person (the mentee)
on the command line against a real local relay.

Two homes made and connected on the command line (the wizard is tests/e2e/test_real_window.py's)
→ the app unlocked by keyboard, Ben's conversation opened, F9 hides and shows the relationship
panel → Ben proposes an agreement and adds a shared goal; the panel shows the proposal and a
next step asking to sign → the
next-step button (reached with Tab) opens the agreement, which is signed through its
confirmation → Ben's side has it signed by both → a goal added and its progress set in the goals
view (opened from the Relationship menu) reaches Ben with that progress → a session scheduled
in the sessions view reaches Ben. Every control reached has a name a screen reader speaks.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop import ITEM_ROLES, Desktop, Node, Tree, call_failed
from tests.e2e.test_real_window import Participant, Window

pytestmark = [pytest.mark.realwindow, pytest.mark.slow, pytest.mark.timeout(240)]

PASSPHRASE = "correct horse battery staple"
MENTOR, MENTEE = "Ada Lovelace", "Ben Carter"
BENS_GOAL = "Publish version 0.1 on crates.io"
ADAS_GOAL = "Give a lightning talk"
PROGRESS = 40
SESSION = "Code review of the crate"

#: Roles of what a person operates with the keyboard (a screen reader must say what each is).
#: Scroll bars are left out: Qt's are not in the Tab chain (the mouse's alone).
CONTROL_ROLES = frozenset({
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "slider", "list", "tree", "tree table", "table",
    "page tab", "page tab list", "menu item", "check menu item", "date editor",
})


@pytest.fixture
def start_app(desktop: Desktop, tmp_path: Path,
              request: pytest.FixtureRequest) -> Iterator[Callable[[Path], Window]]:
    """Starts the app on an existing home, in a real window (closed after the test)."""
    procs: list[subprocess.Popen[bytes]] = []

    def start(home: Path) -> Window:
        log = tmp_path / "app.log"
        env = dict(desktop.env, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1",
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", LANGUAGE="en", LC_ALL="C.UTF-8")
        for name in ("QT_SCALE_FACTOR", "QT_STYLE_OVERRIDE", "EMENTOR_PASSPHRASE"):
            env.pop(name, None)
        with open(log, "wb") as out:
            proc = subprocess.Popen([sys.executable, "-m", "ementor_desktop", "--home",
                                     str(home)], stdout=out, stderr=subprocess.STDOUT, env=env)
        procs.append(proc)
        return Window(desktop, proc, log, tmp_path)

    try:
        yield start
    finally:
        if procs and call_failed(request):  # while the app is still on screen
            desktop.screenshot(tmp_path / "failure.png")
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)  # the app quits cleanly on Ctrl+C
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)


# ---- reading the tree ------------------------------------------------------------------------

def _named(node: Node, name: str | re.Pattern[str], role: str | None = None) -> bool:
    if role is not None and node.role != role:
        return False
    return node.name == name if isinstance(name, str) else bool(name.search(node.name))


def _window(tree: Tree, title: str | re.Pattern[str]) -> Node | None:
    """A top-level window of the app (the main window's frame, a dialog) by its title (Qt adds
    " — eMentor Desktop" to a window's own title)."""
    def match(node: Node) -> bool:
        if isinstance(title, re.Pattern):
            return bool(title.search(node.name))
        return node.name in (title, f"{title} — eMentor Desktop")
    return tree.one(where=lambda n: n.depth == 1 and match(n))


def _in(tree: Tree, parent: Node | None, role: str | None = None,
        name: str | re.Pattern[str] | None = None,
        where: Callable[[Node], bool] | None = None) -> Node | None:
    """The first node below `parent` with this role and name (and `where` true)."""
    if parent is None:
        return None
    for node in tree.under(parent):
        if ((role is None or node.role == role) and (name is None or _named(node, name))
                and (where is None or where(node))):
            return node
    return None


def _panel(tree: Tree) -> Node | None:
    """The relationship panel (its scroll area is named "Relationship")."""
    return tree.one(name="Relationship", where=lambda n: n.role in ("scroll pane", "panel",
                                                                   "filler"))


def _unnamed(tree: Tree, parent: Node) -> list[str]:
    """The controls below `parent` a screen reader cannot name. The rows of a list are read
    by their text; an editable combo box's own editor is part of the combo box (which gets the
    focus, with its label and current text), not a control of its own."""
    by_path = {n.path: n for n in tree.nodes}
    missing = []
    for node in tree.under(parent):
        if node.name.strip() or node.role in ITEM_ROLES:
            continue
        if node.role not in CONTROL_ROLES and ("focusable" not in node.states
                                               or node.role == "scroll bar"):
            continue
        holder = by_path.get(node.path[:-1])
        if holder is not None and holder.role == "combo box" and holder.name.strip():
            continue
        missing.append(node.line().strip())
    return missing


def _focus_in(window: Window, parent_title: str | re.Pattern[str],
              name: str | re.Pattern[str], role: str | None = None,
              timeout: float = 10) -> Node:
    """Wait until the window titled `parent_title` has the keyboard focus on `name`."""
    def match(tree: Tree) -> Node | None:
        top = _window(tree, parent_title)
        node = tree.focused()
        if top is None or node is None or node.path[:len(top.path)] != top.path:
            return None
        return node if _named(node, name, role) else None
    return window.wait(f"the focus on {role or 'a control'} {name!r} in {parent_title!r}",
                       match, timeout)


def _until(what: str, get: Callable[[], Any], ok: Callable[[Any], bool],
           timeout: float = 30) -> Any:
    """Poll the command line side until `ok(get())`; fail with the last answer."""
    deadline = time.monotonic() + timeout
    value = get()
    while not ok(value):
        if time.monotonic() > deadline:
            pytest.fail(f"after {timeout:.0f} s still waiting for {what}; last answer:\n"
                        f"{json.dumps(value, indent=1)[:3000]}", pytrace=False)
        time.sleep(0.3)
        value = get()
    return value


def _focus_inside(tree: Tree, title: str | re.Pattern[str]) -> Node | None:
    top = _window(tree, title)
    node = tree.focused()
    if top is None or node is None or node.path[:len(top.path)] != top.path:
        return None
    return node


def check_names(window: Window, what: str, root: Callable[[Tree], Node | None]) -> None:
    """Every control below `root` has a name a screen reader speaks."""
    tree = window.tree()
    node = root(tree)
    assert node is not None, f"{what} is not on screen"
    missing = _unnamed(tree, node)
    assert not missing, (f"controls without an accessible name in {what}:\n"
                         + "\n".join(missing) + "\n--- tree ---\n" + tree.dump(400))


def press_until(window: Window, key: str, name: str | re.Pattern[str],
                role: str | None = None, limit: int = 30) -> Node:
    """Press `key` (Tab, shift+Tab) until the control named `name` has the focus."""
    seen = []
    node = window.tree().focused()
    for _ in range(limit):
        if node is not None and _named(node, name, role):
            return node
        seen.append(f"{node.role} {node.name!r}" if node else "nothing")
        before = node.path if node else None
        window.desktop.key(key)
        deadline = time.monotonic() + 2  # until the focus has moved on
        while True:
            node = window.tree().focused()
            if (node.path if node else None) != before or time.monotonic() > deadline:
                break
            time.sleep(0.05)
    pytest.fail(f"{name!r} is not reachable with {key}; the focus went through: "
                + ", ".join(seen), pytrace=False)


# ---- the test ----------------------------------------------------------------------------------

def test_mentor_signs_adds_a_goal_and_schedules_by_keyboard(
        desktop: Desktop, start_app: Callable[[Path], Window], relay_url: str,
        tmp_path: Path) -> None:
    started = time.monotonic()

    def stage(text: str) -> None:  # shown with the failure: how far the test got, and when
        print(f"{time.monotonic() - started:6.1f} s  {text}")

    # -- two homes, connected on the command line ----------------------------------------------
    ada = Participant(tmp_path / "home-app")
    ada.env["EMENTOR_PASSPHRASE"] = PASSPHRASE
    ben = Participant(tmp_path / "home-cli")
    inits = [subprocess.Popen([sys.executable, "-m", "ementor_desktop", "--home", str(p.home),
                               "init", "--name", name, "--role", role, "--kdf-strength",
                               "interactive"], env=p.env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
             for p, name, role in ((ada, MENTOR, "mentor"), (ben, MENTEE, "mentee"))]
    for proc in inits:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, f"`ementor init` failed: {err.decode()}"
    code = ada("invite", "--relay", relay_url).strip().splitlines()[-1]
    ben("accept", code)
    ben("sync")
    ada("sync")  # confirms the connection
    ben("sync")
    # Ben's records are made once the connection is confirmed: made while it is still pending,
    # they stay in his document (the CLI says they reach Ada once she confirms; they do not).
    stage("connected on the command line")

    # -- the app for Ada, unlocked by keyboard -------------------------------------------------
    window = start_app(ada.home)
    ben("agreement", "propose", "Ada", "--cadence", "weekly", "--channels", "async,video",
        "--until", "2027-06-30", "--goal", "Ship a Rust crate")
    ben("goal", "add", "Ada", BENS_GOAL)
    ben("sync")
    stage("Ben proposed an agreement and added a goal")
    window.wait("the unlock window", lambda t: t.one("password text", "Passphrase"), 30)
    # The field does not have the focus at start (it is disabled while the app checks for a
    # remembered vault, and gets no focus back when enabled again): one Tab reaches it.
    window.tab_to("Passphrase", "password text")
    desktop.type(PASSPHRASE)
    desktop.key("Return")
    window.wait("the main window", lambda t: t.one("frame", re.compile(rf"^{MENTOR} ")), 30)
    stage("unlocked")

    # -- Ben's conversation, the relationship panel --------------------------------------------
    window.tab_to("Conversations", "list")
    desktop.key("Home")
    window.wait("the conversation header naming Ben",
                lambda t: t.one("label", f"Conversation with {MENTEE}"), 20)
    # F9 shows and hides the panel (a window this wide shows it at first start).
    if _panel(window.tree()) is not None:
        desktop.key("F9")
        window.wait("the panel hidden by F9", lambda t: _panel(t) is None, 10)
    desktop.key("F9")
    window.wait("the relationship panel shown by F9", _panel, 10)
    window.wait("the panel's heading naming Ben", lambda t: _in(
        t, _panel(t), name=f"Relationship with {MENTEE}"), 20)
    proposed = window.wait("the agreement card saying Ben proposed version 1", lambda t: _in(
        t, _panel(t), "label", f"{MENTEE} proposed version 1: read it and sign, or propose "
        "changes."), 30)
    step = window.wait("the next step asking to sign", lambda t: _in(
        t, _panel(t), "push button", "Next step: Read and sign"), 10)
    window.wait("Ben's goal in the panel, with its progress bar", lambda t: _in(
        t, _panel(t), "progress bar", f"Progress of {BENS_GOAL}"), 10)
    stage(f"panel: {proposed.name!r}; {step.name!r}")
    check_names(window, "the relationship panel", _panel)

    # -- the agreement: the next step's button, reached with Tab; signed after the confirmation --
    press_until(window, "Tab", "Next step: Read and sign", "push button", limit=40)
    desktop.key("space")
    agreement = f"Agreement with {MENTEE}"
    window.wait("the agreement view saying Ben proposed version 1", lambda t: _in(
        t, _window(t, agreement), "label", re.compile(rf"^{MENTEE} proposed version 1\.")), 20)
    window.wait("the focus in the agreement view", lambda t: _focus_inside(t, agreement))
    check_names(window, "the agreement view", lambda t: _window(t, agreement))
    stage("agreement view open")
    # The sign button is the last control but one: Shift+Tab from the first control reaches it.
    press_until(window, "shift+Tab", "Sign version 1", "push button", limit=10)
    desktop.key("space")
    confirm = "Sign version 1"
    terms = window.wait("the confirmation showing the terms signed", lambda t: _in(
        t, _window(t, confirm), "text", "The terms you sign",
        where=lambda n: "Meet: weekly" in (n.text or "")), 20)
    assert "Ship a Rust crate" in str(terms.text), terms
    window.wait("the focus in the confirmation", lambda t: _focus_inside(t, confirm))
    check_names(window, "the signing confirmation", lambda t: _window(t, confirm))
    press_until(window, "Tab", "Sign version 1", "push button", limit=10)
    assert _focus_inside(window.tree(), confirm), "the focus left the confirmation"
    desktop.key("space")
    signed = window.wait("the agreement view saying it is signed by both", lambda t: _in(
        t, _window(t, agreement), "label", re.compile(r"^Signed by both on .+ \(version 1\)")),
        20)
    stage(f"signed: {signed.name!r}")
    desktop.key("Escape")
    window.wait("the agreement view closed", lambda t: _window(t, agreement) is None, 10)
    window.wait("the panel saying the agreement is signed by both", lambda t: _in(
        t, _panel(t), "label", re.compile(r"^Signed by both on ")), 20)

    def bens_agreement() -> dict[str, Any]:
        ben("sync")
        answer: dict[str, Any] = json.loads(ben("agreement", "Ada", "--json"))
        return answer
    theirs = _until("Ben's side to have the agreement signed by both", bens_agreement,
                    lambda a: a["status"] == "signed")
    signatures = theirs["signatures"]
    assert len(signatures) == 2 and all(s["valid"] for s in signatures), theirs
    assert sorted(s["by_me"] for s in signatures) == [False, True], signatures
    stage("Ben has the agreement signed by both")

    # -- a goal, in the goals view opened from the Relationship menu --------------------------
    desktop.key("alt+r")
    window.wait("the Relationship menu", lambda t: t.one("menu item", re.compile("^Goals")))
    desktop.key("g")
    goals = f"Goals with {MENTEE}"
    window.wait("the focus in the goals view", lambda t: _focus_inside(t, goals), 20)
    check_names(window, "the goals view", lambda t: _window(t, goals))
    desktop.key("alt+n")  # New goal…
    _focus_in(window, goals, "Title of the new goal", "text")
    private = _in(window.tree(), _window(window.tree(), goals), "check box",
                  "Keep this goal private")
    assert private is not None and "checked" not in private.states, private
    check_names(window, "the new goal form", lambda t: _window(t, goals))
    desktop.type(ADAS_GOAL)
    desktop.key("Return")  # Enter in the title adds the goal
    window.wait("the new goal shown in the goals view", lambda t: _in(
        t, _window(t, goals), "text", "Goal title", where=lambda n: n.text == ADAS_GOAL), 20)
    desktop.key("alt+p")  # Progress:
    _focus_in(window, goals, "Progress in per cent", "spin button")
    desktop.key("ctrl+a")
    desktop.type(str(PROGRESS))
    desktop.key("alt+v")  # Save changes
    window.wait(f"the goal at {PROGRESS} per cent in the goals list", lambda t: _in(
        t, _window(t, goals), name=f"{ADAS_GOAL}, both of you, {PROGRESS} per cent, active"),
        20)
    check_names(window, "the goal's details", lambda t: _window(t, goals))
    desktop.key("Escape")
    window.wait("the goals view closed", lambda t: _window(t, goals) is None, 10)
    window.wait(f"the goal at {PROGRESS} per cent in the panel", lambda t: _in(
        t, _panel(t), "progress bar", f"Progress of {ADAS_GOAL}",
        where=lambda n: n.description == f"{PROGRESS} per cent"), 20)
    stage("goal added with its progress")

    def bens_goals() -> list[dict[str, Any]]:
        ben("sync")
        answer: list[dict[str, Any]] = json.loads(ben("goals", "Ada", "--json"))
        return answer
    found = _until(f"Ben's side to have {ADAS_GOAL!r} at {PROGRESS} %", bens_goals,
                   lambda gs: any(g["title"] == ADAS_GOAL and g["progress"] == PROGRESS
                                  for g in gs))
    goal = next(g for g in found if g["title"] == ADAS_GOAL)
    assert goal["shared"] and not goal["added_by_me"] and goal["status"] == "active", goal
    stage("Ben has the goal with its progress")

    # -- a session, in the sessions view opened from the Relationship menu ----------------------
    desktop.key("alt+r")
    window.wait("the Relationship menu", lambda t: t.one("menu item", re.compile("^Sessions")))
    desktop.key("s")
    sessions = f"Sessions with {MENTEE}"
    window.wait("the focus in the sessions view", lambda t: _focus_inside(t, sessions), 20)
    check_names(window, "the sessions view", lambda t: _window(t, sessions))
    desktop.key("alt+s")  # Schedule…
    _focus_in(window, sessions, "Title of the session", "text")
    window.wait("a time in the scheduling form's preview", lambda t: _in(
        t, _window(t, sessions), name=re.compile(r"^Organiser \(.+\): \w+ .+ 10:00")), 10)
    check_names(window, "the scheduling form", lambda t: _window(t, sessions))
    desktop.type(SESSION)  # replaces the suggested title (it is selected)
    desktop.key("alt+h")  # Schedule
    window.wait("the session in the sessions list", lambda t: _in(
        t, _window(t, sessions), name=SESSION), 20)
    desktop.key("Escape")
    window.wait("the sessions view closed", lambda t: _window(t, sessions) is None, 10)
    window.wait("the session as the next one in the panel", lambda t: _in(
        t, _panel(t), "label", SESSION), 20)
    stage("session scheduled")

    def bens_sessions() -> list[dict[str, Any]]:
        ben("sync")
        answer: list[dict[str, Any]] = json.loads(ben("sessions", "Ada", "--json"))
        return answer
    planned = _until(f"Ben's side to have the session {SESSION!r}", bens_sessions,
                     lambda ss: any(x["title"] == SESSION for x in ss))
    session = next(x for x in planned if x["title"] == SESSION)
    assert session["status"] == "planned" and session["minutes"] == 60, session
    assert session["start"].endswith("T10:00") and not session["added_by_me"], session
    stage("Ben has the session")

    # -- what the window looks like at the end --------------------------------------------------
    check_names(window, "the relationship panel", _panel)
    shot = desktop.screenshot(tmp_path / "workspace.png")
    assert shot is not None, "no screenshot could be taken"
    stage(f"screenshot: {shot}")
