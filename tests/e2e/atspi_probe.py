"""Reads the accessibility tree (AT-SPI) the way a screen reader does, for tests/e2e.

Runs under the *system* Python (`/usr/bin/python3`), where Debian's python3-pyatspi lives, never
in the project's venv; the test talks to it over stdin/stdout, one JSON object a line:

    {"op": "tree", "app": "eMentor Desktop"}  ->  {"ok": true, "nodes": [...]}
    {"op": "quit"}

Before answering anything it turns accessibility on as a screen reader does (IsEnabled and
ScreenReaderEnabled on org.a11y.Status), which also starts the accessibility bus by D-Bus
activation. Only nodes that are on screen are walked (a hidden wizard page is not read).
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import Atspi, Gio, GLib  # noqa: E402

MAX_NODES = 5000


def enable_screen_reader() -> None:
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    for prop in ("IsEnabled", "ScreenReaderEnabled"):
        bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties", "Set",
                      GLib.Variant("(ssv)", ("org.a11y.Status", prop, GLib.Variant("b", True))),
                      None, Gio.DBusCallFlags.NONE, 10_000, None)


def _states(node: Atspi.Accessible) -> list[str]:
    try:
        return sorted(pyatspi.stateToString(s) for s in node.getState().getStates())
    except Exception:  # a node that vanished while being read
        return []


def _text(node: Atspi.Accessible) -> str | None:
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    except Exception:
        return None
    try:
        return str(text.getText(0, -1))
    except Exception:
        return None


def _labelled_by(node: Atspi.Accessible) -> list[str]:
    """The names of the labels a screen reader reads with this node (Qt links a form's label to
    its field this way; on Linux a combo box's own name is its current text)."""
    names = []
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
                continue
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                if target is not None:
                    names.append(target.name or "")
    except Exception:
        return []
    return names


def walk(app: Atspi.Accessible) -> list[dict[str, object]]:
    """Every node on screen, depth first: role, name, description, states, text, the labels that
    label it, depth and path (child indices from the application)."""
    nodes: list[dict[str, object]] = []

    def visit(node: Atspi.Accessible, depth: int, path: list[int]) -> None:
        if len(nodes) >= MAX_NODES:
            return
        states = _states(node)
        if depth > 0 and "showing" not in states:
            return
        try:
            role, name, description = node.getRoleName(), node.name, node.description
        except Exception:
            return
        nodes.append({"role": role, "name": name or "", "description": description or "",
                      "states": states, "text": _text(node), "labelled_by": _labelled_by(node),
                      "depth": depth, "path": path})
        try:
            count = node.childCount
        except Exception:
            return
        for i in range(count):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                continue
            if child is not None:
                visit(child, depth + 1, [*path, i])

    visit(app, 0, [])
    return nodes


def find_app(name: str) -> Atspi.Accessible | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:
            # Read live values every time: the app does not announce every change it makes.
            app.set_cache_mask(Atspi.Cache.NONE)
            app.clear_cache()
            return app
    return None


def answer(request: dict[str, object]) -> dict[str, object]:
    op = request.get("op")
    if op == "tree":
        app = find_app(str(request.get("app", "")))
        if app is None:
            desktop = pyatspi.Registry.getDesktop(0)
            names = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
            return {"ok": True, "nodes": [], "apps": names}
        return {"ok": True, "nodes": walk(app)}
    return {"ok": False, "error": f"unknown op {op!r}"}


def main() -> int:
    deadline = time.monotonic() + 20
    while True:
        try:
            enable_screen_reader()
            break
        except GLib.Error as err:
            if time.monotonic() > deadline:
                print(json.dumps({"ok": False, "error": f"accessibility bus: {err.message}"}),
                      flush=True)
                return 1
            time.sleep(0.1)
    print(json.dumps({"ok": True, "ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("op") == "quit":
            return 0
        try:
            reply = answer(request)
        except Exception as err:  # report, keep serving: the test decides what it means
            reply = {"ok": False, "error": f"{type(err).__name__}: {err}"}
        print(json.dumps(reply), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
