"""`ementor` with no command: run_app shows the wizard on an empty home and quits cleanly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ementor_desktop.ui.app import run_app
from ementor_desktop.ui.onboarding import OnboardingWizard


def test_run_app_opens_the_wizard_then_quits(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[str] = []

    def look_then_cancel() -> None:
        wizards = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, OnboardingWizard) and w.isVisible()]
        seen.append(wizards[0].windowTitle() if wizards else "")
        for wizard in wizards:
            wizard.reject()  # cancelling the first-run wizard quits the app

    QTimer.singleShot(300, look_then_cancel)
    net = QTimer()  # a safety net if the wizard never showed; stopped before the next test
    net.setSingleShot(True)
    net.timeout.connect(QApplication.quit)
    net.start(10_000)
    try:
        assert run_app(home=str(tmp_path / "home")) == 0
    finally:
        net.stop()
    assert seen == ["Set up"]
    assert not (tmp_path / "home" / "vault.key").exists()  # nothing created on cancel
