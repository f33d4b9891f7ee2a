"""A real X11 desktop for end-to-end tests: Xvfb, a private session bus with the accessibility
bus on it, openbox, the keyboard (xdotool) and a screen reader's view (tests/e2e/atspi_probe.py).

Everything runs in the test's own folders and process groups: a private display number chosen by
Xvfb, a private D-Bus, `XDG_RUNTIME_DIR` in the test's tmp folder (the accessibility bus socket
lives there). Nothing here touches the developer's session.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import IO, Any

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
PROBE = Path(__file__).with_name("atspi_probe.py")
TOOLS = ("Xvfb", "openbox", "xdotool", "dbus-daemon")
SCREEN = "1280x900x24"
#: The rows of lists, tables and trees (a view reports its current row as focused even when the
#: focus is elsewhere).
ITEM_ROLES = ("list item", "table cell", "tree item")
ROOT = Path(__file__).resolve().parents[2]


# ---- what this machine lacks -----------------------------------------------------------------

def missing_requirements() -> list[str]:
    """Why a real window cannot be tested here (empty: everything is installed)."""
    missing = [f"`{tool}`" for tool in TOOLS if shutil.which(tool) is None]
    if not Path("/usr/share/dbus-1/services/org.a11y.Bus.service").exists():
        missing.append("the accessibility bus (at-spi2-core)")
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    else:
        result = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                                text=True, timeout=30, check=False, env=_system_python_env())
        if result.returncode != 0:
            missing.append("pyatspi for /usr/bin/python3 (python3-pyatspi, gir1.2-atspi-2.0)")
    libs = _missing_xcb_packages()
    if libs:
        missing.append("the libraries of Qt's xcb platform (" + " ".join(libs) + ")")
    return missing


@functools.cache
def load_check_system() -> ModuleType:
    """packaging/check_system.py (a script, not a package: `packaging` is also a PyPI name)."""
    name = "ementor_check_system"
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "check_system.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def _missing_xcb_packages() -> list[str]:
    report = load_check_system().check("xcb")
    return list(report.packages) + list(report.unknown)


def _system_python_env(base: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ if base is None else base)
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


# ---- did the test fail? (for a screenshot while the app is still on screen) -----------------

CALL_REPORT = pytest.StashKey[pytest.TestReport]()  # set by tests/e2e/conftest.py


def call_failed(request: pytest.FixtureRequest) -> bool:
    """In a fixture's teardown: did the test itself fail?"""
    report = request.node.stash.get(CALL_REPORT, None)
    return report is not None and report.failed


# ---- the accessibility tree --------------------------------------------------------------------

@dataclass(frozen=True)
class Node:
    role: str
    name: str
    description: str
    states: tuple[str, ...]
    text: str | None
    labelled_by: tuple[str, ...]
    depth: int
    path: tuple[int, ...]

    @property
    def focused(self) -> bool:
        return "focused" in self.states

    def line(self) -> str:
        extra = f" desc={self.description!r}" if self.description else ""
        if self.labelled_by:
            extra += f" labelled-by={list(self.labelled_by)!r}"
        if self.text:
            extra += f" text={self.text!r}"
        marks = ",".join(s for s in self.states if s in ("focused", "active", "selected"))
        return f"{'  ' * self.depth}[{self.role}] {self.name!r}{extra} {marks}".rstrip()


@dataclass(frozen=True)
class Tree:
    nodes: tuple[Node, ...]
    apps: tuple[str, ...] = ()

    def find(self, role: str | None = None, name: str | re.Pattern[str] | None = None,
             where: Callable[[Node], bool] | None = None) -> list[Node]:
        found = []
        for node in self.nodes:
            if role is not None and node.role != role:
                continue
            if isinstance(name, str) and node.name != name:
                continue
            if isinstance(name, re.Pattern) and not name.search(node.name):
                continue
            if where is not None and not where(node):
                continue
            found.append(node)
        return found

    def one(self, role: str | None = None, name: str | re.Pattern[str] | None = None,
            where: Callable[[Node], bool] | None = None) -> Node | None:
        found = self.find(role, name, where)
        return found[0] if found else None

    def focused(self) -> Node | None:
        """The control with the keyboard focus. With a dialog open, the window behind it still
        reports its own focus widget (and a list its current item) as focused: the focus is
        looked for in the active window first, and a control before a list's current item."""
        active = self.one(where=lambda n: n.depth == 1 and "active" in n.states)
        scope = self.under(active) if active is not None else list(self.nodes)
        found = [n for n in scope if n.focused and n.role not in ("frame", "dialog")]
        if not found and active is not None:
            found = [n for n in self.nodes if n.focused and n.role not in ("frame", "dialog")]
        controls = [n for n in found if n.role not in ITEM_ROLES]
        return (controls or found)[0] if found else None

    def under(self, parent: Node) -> list[Node]:
        """The nodes below `parent` in the walk (its subtree)."""
        out: list[Node] = []
        for node in self.nodes:
            if node.path[:len(parent.path)] == parent.path and node.depth > parent.depth:
                out.append(node)
        return out

    def dump(self, limit: int = 150) -> str:
        lines = [n.line() for n in self.nodes[:limit]]
        if len(self.nodes) > limit:
            lines.append(f"… {len(self.nodes) - limit} more nodes")
        if not self.nodes:
            lines.append(f"(the app is not on the accessibility bus; apps there: {self.apps})")
        return "\n".join(lines)


class Probe:
    """The screen reader's side: a long-lived /usr/bin/python3 running atspi_probe.py."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self._log = open(log, "w", encoding="utf-8")  # noqa: SIM115 (closed in close())
        self.proc = subprocess.Popen([SYSTEM_PYTHON, str(PROBE)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self._log, text=True,
                                     env=_system_python_env(env))
        ready = self._read(30)
        if not ready.get("ready"):
            raise RuntimeError(f"the AT-SPI probe did not start: {ready}")

    def _read(self, timeout: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            raise TimeoutError("the AT-SPI probe did not answer")
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the AT-SPI probe exited ({self.proc.poll()})")
        reply: dict[str, Any] = json.loads(line)
        return reply

    def tree(self, app: str) -> Tree:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": "tree", "app": app}) + "\n")
        self.proc.stdin.flush()
        reply = self._read(30)
        if not reply.get("ok"):
            raise RuntimeError(f"AT-SPI probe: {reply.get('error')}")
        nodes = tuple(Node(n["role"], n["name"], n["description"], tuple(n["states"]),
                           n["text"], tuple(n["labelled_by"]), n["depth"], tuple(n["path"]))
                      for n in reply["nodes"])
        return Tree(nodes, tuple(reply.get("apps", [])))

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            assert self.proc.stdin is not None
            self.proc.stdin.write(json.dumps({"op": "quit"}) + "\n")
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._log.close()


# ---- the desktop ---------------------------------------------------------------------------------

@dataclass
class Desktop:
    """A running X server, session bus, accessibility bus and window manager."""

    root: Path
    env: dict[str, str] = field(default_factory=dict)
    display: str = ""
    _groups: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _logs: list[IO[bytes]] = field(default_factory=list)
    probe: Probe | None = None

    # -- starting and stopping --
    def start(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        runtime = self.root / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env = dict(os.environ)
        for name in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS",
                     "SESSION_MANAGER", "DESKTOP_STARTUP_ID"):
            env.pop(name, None)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        self.env = env
        self._start_xvfb()
        self._start_dbus()
        self.probe = Probe(self.env, self.root / "probe.log")
        self._start_window_manager()

    def _spawn(self, args: Sequence[str], name: str, **kwargs: Any) -> subprocess.Popen[bytes]:
        log = open(self.root / f"{name}.log", "wb")  # noqa: SIM115 (closed in close())
        self._logs.append(log)
        kwargs.setdefault("stdout", log)
        proc: subprocess.Popen[bytes] = subprocess.Popen(
            list(args), stderr=log, env=self.env, start_new_session=True, **kwargs)
        self._groups.append(proc)
        return proc

    def _start_xvfb(self) -> None:
        read_end, write_end = os.pipe()
        try:
            self._spawn(["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN,
                         "-nolisten", "tcp", "-noreset"], "xvfb", pass_fds=(write_end,))
            os.close(write_end)
            number = b""
            deadline = time.monotonic() + 30
            while not number.endswith(b"\n"):
                left = deadline - time.monotonic()
                ready, _, _ = select.select([read_end], [], [], max(left, 0))
                chunk = os.read(read_end, 16) if ready else b""
                if not chunk:
                    raise RuntimeError("Xvfb did not start: " + self._log_text("xvfb"))
                number += chunk
        finally:
            os.close(read_end)
        self.display = ":" + number.decode().strip()
        self.env["DISPLAY"] = self.display

    def _start_dbus(self) -> None:
        proc = self._spawn(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           "dbus", stdout=subprocess.PIPE)
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 30)
        address = proc.stdout.readline().decode().strip() if ready else ""
        proc.stdout.close()
        if not address:
            raise RuntimeError("dbus-daemon did not start: " + self._log_text("dbus"))
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def _start_window_manager(self) -> None:
        self._spawn(["openbox", "--sm-disable"], "openbox")
        # xdotool reads the desktop count from the window manager: it answers once openbox runs.
        try:
            wait_until(lambda: self.xdotool("get_num_desktops", check=False).returncode == 0,
                       20, "openbox did not start")
        except TimeoutError as err:
            raise RuntimeError(f"{err}: {self._log_text('openbox')}") from None

    def close(self) -> None:
        if self.probe is not None:
            with contextlib.suppress(Exception):
                self.probe.close()
            self.probe = None
        # Each helper was started in its own session, and what D-Bus activated for it (the
        # accessibility bus and its registry) is in the same process group: end the groups.
        for proc in reversed(self._groups):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in reversed(self._groups):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        self._groups.clear()
        for log in self._logs:
            log.close()
        self._logs.clear()

    def _log_text(self, name: str) -> str:
        path = self.root / f"{name}.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    # -- the keyboard --
    def xdotool(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                              timeout=30, check=check)

    def key(self, *keys: str) -> None:
        """Press keys one after the other, as named by X (Return, Tab, ctrl+e, Down)."""
        self.xdotool("key", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "8", "--", text)

    # -- the screen --
    def screenshot(self, path: Path) -> Path | None:
        """The whole screen as an image (None if nothing could take it)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        if shutil.which("import"):
            result = subprocess.run(["import", "-window", "root", str(path)], env=self.env,
                                    capture_output=True, timeout=30, check=False)
            if result.returncode == 0 and path.exists():
                return path
        # The venv's Qt can photograph the X screen too (no extra package needed).
        grab = ("import sys\nfrom PySide6.QtGui import QGuiApplication\n"
                "app = QGuiApplication(['shot'])\n"
                "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1])\n"
                "sys.exit(0 if ok else 1)\n")
        env = dict(self.env, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="0")
        result = subprocess.run([sys.executable, "-c", grab, str(path)], env=env,
                                capture_output=True, timeout=60, check=False)
        return path if result.returncode == 0 and path.exists() else None


@contextlib.contextmanager
def running_desktop(root: Path) -> Iterator[Desktop]:
    desktop = Desktop(root)
    try:
        desktop.start()
        yield desktop
    finally:
        desktop.close()


def wait_until(condition: Callable[[], object], timeout: float, message: str,
               interval: float = 0.1) -> object:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(message)
        time.sleep(interval)
