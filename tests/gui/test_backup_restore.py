"""Backing up and restoring from the app: the backup's passphrase typed twice (the vault's rule),
where the file went, the warning about running a restored copy beside the original, and restore
on the first-run screen opening the restored vault in the app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain.account import MIN_PASSPHRASE_LENGTH, create_account
from ementor_desktop.domain.models import Role
from ementor_desktop.home import Home
from ementor_desktop.store import backup
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.backup_dialogs import BackupDialog, RestoreDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import SeededHome, unlock, wait_idle

App = Callable[[Home], EmentorApp]


def _ok(dialog: BackupDialog | RestoreDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_backup_dialog_asks_twice_with_the_vault_rule_and_shows_the_file(
        qtbot: QtBot, tmp_path: Path) -> None:
    dialog = BackupDialog(str(tmp_path / "ementor.backup"))
    qtbot.addWidget(dialog)
    assert dialog.file.edit.text() == str(tmp_path / "ementor.backup")  # where it goes, shown
    dialog.first.setText("short")
    assert not _ok(dialog) and "at least" in dialog.problem.text()
    good = "x" * MIN_PASSPHRASE_LENGTH
    dialog.first.setText(good)
    assert not _ok(dialog)  # not typed twice yet
    dialog.second.setText(good + "y")
    assert not _ok(dialog) and "not the same" in dialog.problem.text()
    dialog.second.setText(good)
    assert _ok(dialog) and not dialog.problem.isVisible()
    dialog.file.edit.setText(str(tmp_path))  # a folder, not a file
    assert not _ok(dialog)
    dialog.file.edit.setText(str(tmp_path / "elsewhere.backup"))
    assert _ok(dialog) and dialog.path().endswith("elsewhere.backup")
    assert dialog.passphrase() == good


def test_restore_dialog_warns_about_running_beside_the_original(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    dialog = RestoreDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible()
    assert "same time" in dialog.warning.text() and "mailboxes" in dialog.warning.text()
    dialog.file.edit.setText(str(tmp_path / "missing.backup"))
    dialog.passphrase_field.setText("anything at all")
    dialog.folder.edit.setText(str(tmp_path / "new"))
    assert not _ok(dialog) and "no backup file" in dialog.problem.text()
    (tmp_path / "b.backup").write_bytes(b"x")
    dialog.file.edit.setText(str(tmp_path / "b.backup"))
    assert _ok(dialog)


def test_backup_from_settings_says_where_and_restores(qtbot: QtBot, make_app: App,
                                                      seeded_home: SeededHome,
                                                      tmp_path: Path) -> None:
    target = tmp_path / "my.backup"
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    app.open_settings()
    settings = app.settings_dialog
    assert settings is not None

    def fill() -> None:
        dialog = settings.backup_dialog
        assert dialog is not None
        dialog.file.edit.setText(str(target))
        dialog.first.setText("backup passphrase 1")
        dialog.second.setText("backup passphrase 1")
        dialog.accept()
    QTimer.singleShot(100, fill)
    settings.backup_button.click()
    qtbot.waitUntil(lambda: settings.status.text().startswith("Backup written to"),
                    timeout=15000)
    assert str(target) in settings.status.text()
    restored = Home(tmp_path / "restored")
    backup.restore_backup(target, restored, "backup passphrase 1")
    with Vault.open(restored, "backup passphrase 1") as vault:
        assert len(Repos.over(vault.db).conversations.summaries()) == 4


def test_restore_from_settings_into_another_folder(qtbot: QtBot, make_app: App,
                                                   seeded_home: SeededHome,
                                                   tmp_path: Path) -> None:
    """A backup goes into an empty folder of the person's choice; a folder that already holds a
    vault and a wrong backup passphrase are refused in plain words."""
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    app.open_settings()
    settings = app.settings_dialog
    assert settings is not None
    app.preferences.backup(str(tmp_path / "my.backup"), "backup passphrase 1")
    qtbot.waitUntil(lambda: settings.status.text().startswith("Backup written to"),
                    timeout=15000)

    folder = str(tmp_path / "restored")
    app.preferences.restore(str(tmp_path / "my.backup"), "wrong passphrase!", folder)
    qtbot.waitUntil(lambda: "Wrong passphrase" in settings.status.text(), timeout=15000)
    assert not Home(Path(folder)).has_vault()

    app.preferences.restore(str(tmp_path / "my.backup"), "backup passphrase 1", folder)
    qtbot.waitUntil(lambda: settings.status.text().startswith("Restored into"), timeout=15000)
    with Vault.open(Home(Path(folder)), "backup passphrase 1") as vault:
        assert len(Repos.over(vault.db).conversations.summaries()) == 4

    app.preferences.restore(str(tmp_path / "my.backup"), "backup passphrase 1",
                 str(seeded_home.home.root))  # the vault that is open right now
    qtbot.waitUntil(lambda: "already a vault" in settings.status.text(), timeout=15000)


def test_first_run_restore_opens_the_restored_vault_in_the_app(qtbot: QtBot, make_app: App,
                                                               tmp_path: Path) -> None:
    """A new computer: the first-run screen offers restore; the vault opens in the app."""
    old = create_account(Home(tmp_path / "old"), PASSPHRASE, name="Amara Okafor",
                         role=Role.MENTOR, strength=KdfStrength.INTERACTIVE)
    backup.create_backup(old, tmp_path / "moving.backup", "backup passphrase 1")
    old.close()

    new_home = Home(tmp_path / "new")
    app = make_app(new_home)
    app.start()
    wizard = app.wizard
    assert wizard is not None and app.state == "onboarding"
    assert wizard.welcome.restore_button.isVisible() or not wizard.isVisible()
    answers = iter(["wrong passphrase!", "backup passphrase 1"])

    def fill() -> None:
        dialog = app.restore_dialog
        assert dialog is not None
        assert dialog.folder.edit.text() == str(new_home.root)  # into this home, shown
        dialog.file.edit.setText(str(tmp_path / "moving.backup"))
        dialog.passphrase_field.setText(next(answers))
        dialog.accept()

    QTimer.singleShot(100, fill)
    wizard.welcome.restore_button.click()
    qtbot.waitUntil(lambda: bool(wizard.welcome.restore_problem.text()), timeout=15000)
    assert "Wrong passphrase" in wizard.welcome.restore_problem.text()
    assert not new_home.has_vault() and app.state == "onboarding"

    QTimer.singleShot(100, fill)
    wizard.welcome.restore_button.click()
    qtbot.waitUntil(lambda: app.state == "main", timeout=20000)
    assert app.wizard is None
    assert app.main is not None and "Amara Okafor" in app.main.windowTitle()
    assert [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.isWindow() and w is not app.main] == []
    app.lock()
    wait_idle(qtbot, app)
    with Vault.open(new_home, "backup passphrase 1") as vault:  # the backup's passphrase
        assert Repos.over(vault.db).profile.get() is not None
