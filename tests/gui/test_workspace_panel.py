"""The relationship panel beside the conversation (issue 12): it shows the agreement's state,
goals with progress, the next session and the next step, follows edits made in the app, can be
hidden (and stays as it was left), fits a 1280×800 window, shows the other person's text only as
plain text, and ends and reopens the relationship."""

from __future__ import annotations

import stat
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ementor_desktop.domain import workspace
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.export import markdown_document
from ementor_desktop.ui.state import window_state
from ementor_desktop.ui.workspace.agreement import AgreementView
from ementor_desktop.ui.workspace.common import Reminder, Step
from ementor_desktop.ui.workspace.goals import GoalsView
from ementor_desktop.ui.workspace.lifecycle import RelationshipDialog
from tests.gui.conftest import SeededHome, unlock
from tests.gui.workspace_support import (
    HOSTILE,
    App,
    ask,
    labels_text,
    open_app,
    prepare,
    settle,
    shown,
    uk_locale,
    visible_dialogs,
)

__all__ = ["uk_locale"]  # a fixture these tests use


def test_panel_shows_agreement_goals_and_next_session_and_follows_edits(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome, uk_locale: None) -> None:
    prepare(seeded_home, my_zone="Europe/Madrid")
    o = open_app(qtbot, make_app, seeded_home)
    panel = o.panel
    assert panel.heading.text() == "With Amara Okafor"
    assert "Not agreed yet" in panel.agreement_state.text()
    assert panel.goals_more.text() == "No goals yet." and panel.goal_bars == []
    assert panel.session_title.text() == "Nothing planned."
    # the next step is domain.rhythm's: a mentor who has exchanged messages proposes terms
    assert panel.step_title.text() == "Propose your agreement"
    assert panel.step_button.text() == "Open the agreement"

    # a goal added in the goals view shows in the panel with its progress
    o.ctl.open_view("new-goal")
    view = o.ctl.goals_view
    assert isinstance(view, GoalsView)
    view.new_title.setText("Lead a code review")
    view.add_button.click()
    settle(qtbot, o.app)
    assert [label.text() for label in panel.goal_labels] == ["Lead a code review"]
    assert panel.goal_bars[0].value() == 0
    view.progress.setValue(35)
    view.save_button.click()
    settle(qtbot, o.app)
    assert panel.goal_bars[0].value() == 35
    assert panel.goal_bars[0].accessibleName() == "Progress of Lead a code review"

    # a session scheduled in the sessions view is the next session, in its zone and in mine
    o.ctl.open_view("new-session")
    sessions = o.ctl.sessions_view
    assert sessions is not None
    sessions.new_title.setText("Kick-off")
    sessions.new_zone.setCurrentText("America/New_York")
    sessions.schedule_confirm.click()
    settle(qtbot, o.app)
    assert panel.session_title.text() == "Kick-off"
    assert panel.session_when.text().endswith("(America/New_York)")
    assert panel.session_mine.isVisibleTo(panel)
    assert panel.session_mine.text().startswith("Your time: ")
    assert panel.session_mine.text().endswith("(Europe/Madrid)")

    # terms proposed in the agreement view: the panel says who waits for whom
    o.ctl.open_view("agreement")
    agreement = o.ctl.agreement_view
    assert isinstance(agreement, AgreementView)
    agreement.cadence.setCurrentIndex(agreement.cadence.findData("weekly"))
    agreement.propose_button.click()  # proposing signs: confirmed first
    assert agreement.sign_dialog is not None
    agreement.sign_dialog.sign_button.click()
    settle(qtbot, o.app)
    assert panel.agreement_state.text() == \
        "You proposed and signed version 1; waiting for Amara Okafor to sign."
    assert panel.agreement_summary.text() == "weekly"
    assert panel.step_title.text() == "Waiting for Amara Okafor to sign"
    assert not panel.step_button.isVisibleTo(panel)  # nothing to press while waiting


class Action(Enum):
    """The names `domain.rhythm` gives its actions."""

    WRITE_MESSAGE = 1
    SIGN_AGREEMENT = 2
    ANSWER_PULSE = 3
    NONE = 4


def test_next_step_and_reminders_take_plain_objects_and_open_their_views(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    o = open_app(qtbot, make_app, seeded_home)
    o.ctl.next_step = lambda ws: Step(f"Sign with {ws.contact_name}", "Version 1 waits.",
                                      Action.SIGN_AGREEMENT)
    o.ctl.reminders = lambda _ws: [Reminder("Your session is tomorrow.", "due", "session:1"),
                                   Reminder("No word from Amara for two weeks.", "overdue",
                                            "quiet:2")]
    o.ctl.reload()
    settle(qtbot, o.app)
    panel = o.panel
    assert panel.step_title.text() == "Sign with Amara Okafor"
    assert panel.step_button.text() == "Read and sign"
    assert panel.reminder_card.isVisibleTo(panel)
    assert "• Your session is tomorrow." in labels_text(panel.reminder_card)
    assert "⚠ No word from Amara for two weeks." in labels_text(panel.reminder_card)

    panel.step_button.setFocus()
    qtbot.keyClick(panel.step_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: o.ctl.agreement_view is not None, timeout=5000)
    assert o.ctl.agreement_view.isVisible()  # type: ignore[union-attr]

    o.ctl.next_step = lambda _ws: Step("Write to Amara", "", Action.WRITE_MESSAGE)
    o.ctl.reload()
    settle(qtbot, o.app)
    panel.step_button.click()
    assert o.main.focusWidget() is o.main.composer.edit

    dismiss = panel.reminder_buttons[0]
    assert dismiss.accessibleName() == "Dismiss the reminder: Your session is tomorrow."
    dismiss.click()
    settle(qtbot, o.app)
    assert ask(o.app, lambda v: workspace.relationship(v, o.contact_id).dismissed) == \
        ["session:1"]

    o.ctl.next_step = lambda _ws: Step("", "", Action.NONE)
    o.ctl.reminders = lambda _ws: []
    o.ctl.reload()
    settle(qtbot, o.app)
    assert not panel.step_card.isVisibleTo(panel) and not panel.reminder_card.isVisibleTo(panel)


def test_ending_and_reopening_the_relationship(qtbot: QtBot, make_app: App,
                                               seeded_home: SeededHome) -> None:
    o = open_app(qtbot, make_app, seeded_home)
    panel = o.panel
    assert panel.reopen_action.isEnabled() is False
    panel.end_action.trigger()
    dialog = o.ctl.state_dialog
    assert isinstance(dialog, RelationshipDialog)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # no reason: refused, says why
    assert dialog.isVisible() and dialog.problem.text()
    qtbot.keyClicks(dialog.reason_edit, "We both changed jobs")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    settle(qtbot, o.app)
    row = ask(o.app, lambda v: workspace.relationship(v, o.contact_id))
    assert (row.state, row.reason) == ("ended", "We both changed jobs")
    assert panel.state_line.text() == "Mentorship: ended"
    assert panel.closed_box.isVisibleTo(panel)
    assert "Reason: We both changed jobs" in panel.closed_text.text()
    assert panel.reopen_action.isEnabled() and not panel.end_action.isEnabled()
    o.ctl.open_view("goals")  # what was is still there to read, not to change
    assert o.ctl.goals_view is not None and not o.ctl.goals_view.new_button.isEnabled()
    o.ctl.goals_view.reject()

    panel.reopen_action.trigger()
    dialog = o.ctl.state_dialog
    assert isinstance(dialog, RelationshipDialog)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # reopening needs no reason
    settle(qtbot, o.app)
    assert ask(o.app, lambda v: workspace.relationship(v, o.contact_id)).state == "active"
    assert panel.state_line.text() == "Mentorship: active"
    assert not panel.closed_box.isVisibleTo(panel)
    history = ask(o.app, lambda v: workspace.relationship(v, o.contact_id)).history
    assert [h["state"] for h in history] == ["ended", "active"]


def test_panel_can_be_hidden_is_remembered_and_fits_a_1280_window(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    long_title = "x" * 280  # no place to wrap: it must not widen the panel
    prepare(seeded_home, then=lambda v, cid: workspace.add_goal(v, cid, long_title))
    o = open_app(qtbot, make_app, seeded_home)
    main = o.main
    main.resize(1280, 800)
    qtbot.wait(20)
    assert main.workspace_panel.isVisible()
    assert main.width() <= 1280 and main.minimumSizeHint().width() < 1000
    assert main.splitter.sizes()[2] >= 200  # the panel has room
    assert o.panel.goal_labels[0].text() == long_title  # whole for a screen reader
    assert o.panel.widget().width() <= o.panel.viewport().width()  # no sideways scrolling
    main.activateWindow()
    main.panel_action.trigger()  # F9
    assert not main.workspace_panel.isVisible() and not main.panel_action.isChecked()
    o.app.lock()
    qtbot.waitUntil(lambda: o.app.state == "locked", timeout=5000)
    assert window_state(o.app.home).value("main/relationshipPanel") in (False, "false")
    assert o.panel.heading.text() == "Relationship"  # nothing of the relationship left shown
    assert o.ctl.workspace is None
    main.toggle_workspace_panel(True)
    main.restore_state(window_state(o.app.home))
    assert main.workspace_panel.isHidden()


def test_first_start_on_a_narrow_screen_leaves_the_panel_closed(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    assert main.width() < 1000  # the offscreen screen is 800 wide
    assert main.workspace_panel.isHidden() and not main.panel_action.isChecked()
    main.panel_action.trigger()
    assert not main.workspace_panel.isHidden() and main.splitter.sizes()[2] > 0


def _markup_labels(root: QWidget) -> list[str]:
    """Labels that would read the hostile text as markup."""
    return [label.text() for label in root.findChildren(QLabel)
            if "<b>" in label.text() and "<b>bold</b>" not in shown(label)]


def test_the_other_persons_text_is_never_markup(qtbot: QtBot, make_app: App,
                                                 seeded_home: SeededHome) -> None:
    def fill(vault: Vault, contact_id: str) -> None:
        workspace.add_goal(vault, contact_id, HOSTILE, measure=HOSTILE)
        workspace.add_goal(vault, contact_id, HOSTILE + " private", private=True)
        sid = workspace.add_session(vault, contact_id, at="2031-05-06T10:00", tz="UTC",
                                    minutes=30, title=HOSTILE, agenda=HOSTILE)
        workspace.session_notes(vault, contact_id, sid, HOSTILE, replace_all=True)
        workspace.session_notes(vault, contact_id, sid, HOSTILE, private=True)
        workspace.propose_agreement(vault, contact_id, goals=[HOSTILE],
                                    confidentiality=HOSTILE)
        workspace.give_feedback(vault, contact_id, session=sid, rating=3, useful=HOSTILE)

    prepare(seeded_home, their_name=HOSTILE, then=fill)
    o = open_app(qtbot, make_app, seeded_home)
    assert "<b>bold</b>" in o.panel.heading.text()
    for name in ("agreement", "goals", "sessions", "feedback"):
        o.ctl.open_view(name)
    views = [o.ctl.agreement_view, o.ctl.goals_view, o.ctl.sessions_view, o.ctl.feedback_view]
    goals = o.ctl.goals_view
    sessions = o.ctl.sessions_view
    assert goals is not None and sessions is not None
    goals.select(o.ws.goals[0].id)
    sessions.select(o.ws.records.sessions[0].id)
    assert "<b>bold</b>" in sessions.session_title.text()
    assert "<b>bold</b>" in sessions.notes.toPlainText()
    assert "<b>bold</b>" in goals.title.text()
    for root in [o.panel, *views]:
        assert root is not None
        assert _markup_labels(root) == [], type(root).__name__
        for widget in root.findChildren(QWidget):  # tooltips read markup: none carries text
            assert "<b>" not in widget.toolTip()
    assert any("<b>bold</b>" in shown(label) for label in o.panel.findChildren(QLabel))
    private = next(g for g in o.ws.goals if not g.shared)
    goals.select(private.id)
    goals.share_button.click()  # the confirmation names the goal: as typed
    box = goals.confirm_box
    assert box is not None and box in visible_dialogs()
    assert "<b>bold</b>" in box.informativeText()
    assert _markup_labels(box) == []
    box.reject()
    ask(o.app, lambda v: workspace.set_relationship_state(v, o.contact_id, "completed",
                                                          HOSTILE))
    o.ctl.reload()
    settle(qtbot, o.app)
    assert "<b>bold</b>" in shown(o.panel.closed_text)
    assert _markup_labels(o.panel) == []


def test_export_my_record_as_pdf_and_markdown(qtbot: QtBot, make_app: App,
                                              seeded_home: SeededHome, uk_locale: None,
                                              tmp_path: Path) -> None:
    """The panel's "Export my record…" writes the record (with the other person's hostile text
    escaped, never a link or image) as PDF or Markdown, owner-only, and says where."""
    prepare(seeded_home, my_zone="Europe/Madrid", then=lambda vault, contact_id: (
        workspace.add_goal(vault, contact_id, "Read ![x](file:///etc/passwd) <img src=x>",
                           private=True)))
    o = open_app(qtbot, make_app, seeded_home)
    assert o.panel.export_action.isEnabled()
    out = tmp_path / "exported"
    out.mkdir()
    for name in ("record.pdf", "record.md"):
        target = out / name
        o.ctl.choose_export_path = lambda _suggested, target=target: str(target)
        o.panel.export_action.trigger()
        qtbot.waitUntil(target.exists, timeout=10_000)
        settle(qtbot, o.app)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert o.panel.note.isVisible() and name in o.panel.note.text()
    markdown = (out / "record.md").read_text(encoding="utf-8")
    assert "Amara Okafor" in markdown
    rendered = markdown_document(markdown)  # as the PDF is made: no image, no link
    assert "<img" not in rendered.toHtml() and "href" not in rendered.toHtml()
    assert "Read ![x](file:///etc/passwd) <img src=x>" in rendered.toPlainText()
    assert (out / "record.pdf").read_bytes().startswith(b"%PDF-")
    o.ctl.choose_export_path = lambda _suggested: ""  # cancelled: nothing happens
    o.panel.export_action.trigger()
    settle(qtbot, o.app)
    assert sorted(p.name for p in out.iterdir()) == ["record.md", "record.pdf"]


def test_locking_forgets_the_relationship_in_memory(qtbot: QtBot, make_app: App,
                                                    seeded_home: SeededHome,
                                                    uk_locale: None) -> None:
    prepare(seeded_home)
    o = open_app(qtbot, make_app, seeded_home)
    assert workspace._RECORDS_CACHE  # the panel's records were parsed and kept
    o.main.lock_action.trigger()
    settle(qtbot, o.app)
    assert workspace._RECORDS_CACHE == {}
    assert o.panel.workspace is None
