"""Conversation pane details: day separators read in the person's language (through the translation
template the project ships), and the composer sends whenever the window lets it be used."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ementor_desktop.ui import resources
from ementor_desktop.ui.conversation import Composer
from ementor_desktop.ui.delegates import day_label

GERMAN = {"Today": "Heute", "Yesterday": "Gestern"}


def test_today_and_yesterday_are_translated_from_the_shipped_template(
        qtbot: QtBot, tmp_path: Path) -> None:
    """A translator fills in the template as shipped (`make translations`); compiled, it
    changes the day separators. A string filed under another context than the one the app
    looks it up in would stay English."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent
                                                      / "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    tree = ET.parse(resources.resources_dir() / "translations" / "ementor_template.ts")
    found = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in GERMAN and translation is not None:
            translation.text = GERMAN[source]
            translation.attrib.pop("type", None)
            found.add(source)
    assert found == set(GERMAN)
    tree.getroot().set("language", "de")
    ts, qm = tmp_path / "ementor_de.ts", tmp_path / "ementor_de.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.installTranslator(translator)
    try:
        today = QDate.currentDate()
        assert day_label(today.toString(Qt.DateFormat.ISODate)) == "Heute"
        assert day_label(today.addDays(-1).toString(Qt.DateFormat.ISODate)) == "Gestern"
    finally:
        app.removeTranslator(translator)
    assert day_label(QDate.currentDate().toString(Qt.DateFormat.ISODate)) == "Today"


def test_the_composer_sends_while_it_is_enabled_and_only_then(qtbot: QtBot) -> None:
    """Whether a conversation may be written to is the window's call (it enables or disables
    the composer); the composer sends what is typed whenever it is enabled."""
    composer = Composer()
    qtbot.addWidget(composer)
    composer.show_conversation("conversation-1")
    assert not composer.send_button.isEnabled()  # nothing typed yet
    composer.edit.setPlainText("hello")
    assert composer.send_button.isEnabled()
    with qtbot.waitSignal(composer.send_requested, timeout=1000) as sent:
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    assert sent.args == ["hello"]
    with qtbot.waitSignal(composer.send_requested, timeout=1000):
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)

    composer.setEnabled(False)  # e.g. the contact's key changed and is not checked yet
    with qtbot.assertNotEmitted(composer.send_requested):
        composer.edit.send_requested.emit()  # what Enter in the box would do
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
