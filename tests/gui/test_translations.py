"""Strings go through tr(): a compiled translation for the locale changes what the app shows."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ementor_desktop.ui import resources
from ementor_desktop.ui.unlock import UnlockWindow

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>UnlockWindow</name>
<message><source>Welcome back</source><translation>Willkommen zurück</translation></message>
<message><source>Unlock</source><translation>Entsperren</translation></message>
</context>
</TS>
"""


def test_a_compiled_translation_is_loaded_for_the_locale(qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent
                                                      / "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    folder = tmp_path / "res"
    shutil.copytree(resources.resources_dir(), folder)
    (folder / "translations" / "ementor_de.ts").write_text(TS, encoding="utf-8")
    subprocess.run([lrelease, str(folder / "translations" / "ementor_de.ts"), "-qm",
                    str(folder / "translations" / "ementor_de.qm")], check=True,
                   capture_output=True)
    monkeypatch.setattr(resources, "resources_dir", lambda: folder)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not resources.install_translations(app, QLocale("fr"))  # none for French
    assert resources.install_translations(app, QLocale("de"))
    try:
        window = UnlockWindow("/tmp/x")
        qtbot.addWidget(window)
        assert window.button.text() == "Entsperren"
        assert any(label.text() == "Willkommen zurück"
                   for label in window.findChildren(type(window.subtitle)))
    finally:
        app.removeTranslator(app.property("ementorTranslator"))
        app.setProperty("ementorTranslator", None)
    english = UnlockWindow("/tmp/x")
    qtbot.addWidget(english)
    assert english.button.text() == "Unlock"


def test_the_template_lists_the_app_strings() -> None:
    template = (resources.resources_dir() / "translations" / "ementor_template.ts").read_text(
        encoding="utf-8")
    for text in ("Welcome back", "Choose a passphrase", "Search all conversations",
                 "● Online", "Nobody can recover a forgotten passphrase"):
        assert text in template
