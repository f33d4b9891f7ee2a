"""Remembered window layout (geometry, splitter positions) per home folder.

Only non-sensitive layout goes here, in a small INI file beside the vault (never names,
conversations or anything from the vault): it must be readable before the vault is unlocked,
and each home (two people on one computer, `make demo`) keeps its own.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ementor_desktop.home import Home

FILE_NAME = "window-state.ini"


def window_state(home: Home) -> QSettings:
    return QSettings(str(home.root / FILE_NAME), QSettings.Format.IniFormat)


def place_side_by_side(homes: list[Home]) -> None:
    """Ask each home's first window to open on its own share of the screen, left to right
    (`make demo`: two people's windows told apart at a glance, not on top of each other)."""
    for index, home in enumerate(homes):
        store = window_state(home)
        store.setValue("main/placement", f"{index}/{len(homes)}")
        store.sync()
