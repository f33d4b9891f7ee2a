"""packaging/check_system.py: what `make run` says when a window's system libraries are missing
(no X server needed)."""

from __future__ import annotations

import sys

import pytest

from tests.e2e.desktop import load_check_system

check_system = load_check_system()

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f62)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibmystery.so.3 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f62)
"""


def test_ldd_not_found_lines_are_the_missing_libraries() -> None:
    assert check_system.parse_ldd(LDD) == ["libmystery.so.3", "libxcb-icccm.so.4",
                                           "libxcb-keysyms.so.1"]


def test_missing_libraries_map_to_apt_packages_once() -> None:
    packages, unknown = check_system.packages_for(
        ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libglib-2.0.so.0",
         "libgthread-2.0.so.0", "libmystery.so.3"])
    assert packages[:2] == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert len(packages) == 3 and packages[2] in ("libglib2.0-0", "libglib2.0-0t64")
    assert unknown == ["libmystery.so.3"]


def test_the_message_names_the_libraries_and_the_install_line() -> None:
    report = check_system.Report("xcb", None, ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"],
                                 ["libxcb-icccm4", "libxcb-keysyms1"], [])
    text = check_system.explain(report)
    assert "libxcb-icccm.so.4 libxcb-keysyms.so.1" in text
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1\n" in text


@pytest.mark.parametrize(("env", "platform"), [
    ({"DISPLAY": ":0"}, "xcb"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "xcb"),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, None),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, "xcb"),
    ({}, None),
])
def test_only_a_real_window_is_checked(env: dict[str, str], platform: str | None) -> None:
    assert check_system.platform_to_check(env, "linux") == platform


def test_not_linux_is_not_checked() -> None:
    assert check_system.platform_to_check({"DISPLAY": ":0"}, "darwin") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux's")
def test_this_machines_qt_plugin_is_found() -> None:
    plugin = check_system.qt_plugin("xcb")
    assert plugin is not None and plugin.name == "libqxcb.so"
