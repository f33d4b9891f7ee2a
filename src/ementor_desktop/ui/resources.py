"""Finding the app's resources (icons, themes, .desktop file) and applying the colour theme.

Resources live in the top-level `resources/` folder of the source tree. They are found, in order:
`$EMENTOR_RESOURCES`; `resources/` next to the frozen executable (PyInstaller: add it as data);
`ementor_desktop/resources/` inside an installed package (a wheel build copies it there through
package-data); the source tree's `resources/` (an editable install, `make run`).
"""

from __future__ import annotations

import importlib.resources
import os
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")


@cache
def resources_dir() -> Path:
    candidates: list[Path] = []
    if os.environ.get("EMENTOR_RESOURCES"):
        candidates.append(Path(os.environ["EMENTOR_RESOURCES"]))
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources")
    # installed from a wheel: ementor_desktop/resources (setup.py copies it there)
    candidates.append(Path(str(importlib.resources.files("ementor_desktop") / "resources")))
    candidates.append(Path(__file__).resolve().parents[3] / "resources")  # <repo>/resources
    for path in candidates:
        if (path / "icons").is_dir():
            return path
    return candidates[-1]


def install_translations(app: QApplication, locale: QLocale | None = None) -> bool:
    """Load resources/translations/ementor_<lang>.qm (compiled by `make qm`) for the first of the
    system's (or the given locale's) UI languages that has one. English, the source language,
    needs none and ends the search: someone who prefers English, with German as a second
    language, sees English. Keeps a reference so the translator lives as long as the app."""
    translator = QTranslator(app)
    folder = str(resources_dir() / "translations")
    for name in (locale or QLocale()).uiLanguages():
        wanted = QLocale(name)
        if wanted.language() in (QLocale.Language.English, QLocale.Language.C):
            return False
        if translator.load(f"ementor_{wanted.name()}", folder):
            app.installTranslator(translator)
            app.setProperty("ementorTranslator", translator)
            return True
    return False


def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons (scales to any DPI); an empty icon if missing."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("ementor")


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def effective_theme(theme: str) -> str:
    if theme == "system":
        return "dark" if system_prefers_dark() else "light"
    return theme if theme in ("light", "dark") else "light"


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#15191b"), QColor("#1e2326"), QColor("#e6eaec")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#22282b"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#2a3135"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3a9a86"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#2a3135"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7f8a90"))
    p.setColor(QPalette.ColorRole.Link, QColor("#7fd3c0"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#30373b"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b767c"))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    text = QColor("#1c2226")
    p.setColor(QPalette.ColorRole.Window, QColor("#f3f5f6"))
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f0f3f4"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#e9edef"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f7d6d"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7a8590"))
    p.setColor(QPalette.ColorRole.Link, QColor("#1d6a9a"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#dde2e5"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa3a9"))
    return p


def apply_theme(app: QApplication, theme: str) -> str:
    """Set palette and style sheet for "system", "light" or "dark"; returns the one applied."""
    chosen = effective_theme(theme)
    if not app.property("ementorStyled"):
        # The same look everywhere; the palette decides the colours. Only once: replacing the
        # style under live widgets that have style sheets crashes Qt (seen with 6.12).
        app.setStyle("Fusion")
        app.setProperty("ementorStyled", True)
    app.setPalette(_dark_palette() if chosen == "dark" else _light_palette())
    qss = resources_dir() / "themes" / f"{chosen}.qss"
    app.setStyleSheet(qss.read_text(encoding="utf-8") if qss.exists() else "")
    app.setProperty("ementorTheme", chosen)
    return chosen


def is_dark() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property("ementorTheme") == "dark")
