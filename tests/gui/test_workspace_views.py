"""Each view of the relationship panel, driven by keyboard (issue 12): goals (add, progress,
milestones, private and shared), the agreement (propose, sign after a confirmation showing the
exact terms, the other person's signature, a counter-proposal, a tampered signature), sessions
(a series across clock changes in two zones, shared notes saved after a pause and merged with
the other person's edits, the .ics export), feedback (private or shared) and the pulse."""

from __future__ import annotations

import base64
import json
import stat
from pathlib import Path
from typing import Any

import pytest
from pycrdt import Array
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from ementor_desktop.crypto.identity import Identity
from ementor_desktop.domain import workspace
from ementor_desktop.domain.shared import SharedDocument
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.operations.workspace import merge_text
from ementor_desktop.ui.workspace.agreement import AgreementView, SignDialog
from ementor_desktop.ui.workspace.common import terms_lines
from ementor_desktop.ui.workspace.feedback import FeedbackView
from ementor_desktop.ui.workspace.goals import GoalsView
from ementor_desktop.ui.workspace.sample import give_peer_identity, peer_edit
from ementor_desktop.ui.workspace.sessions import NOTES_DELAY_MS, SessionsView
from tests.gui.conftest import SeededHome
from tests.gui.workspace_support import App, Opened, ask, open_app, prepare, settle, uk_locale

__all__ = ["uk_locale"]  # a fixture these tests use
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _shortcut(qtbot: QtBot, o: Opened, key: Qt.Key) -> None:
    o.main.activateWindow()
    o.main.sidebar.setFocus()
    qtbot.keyClick(o.main.sidebar, key, CTRL_SHIFT)


def _active(qtbot: QtBot, window: Any) -> None:
    """The window in front, as after opening it (its mnemonics and shortcuts work)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def _press(qtbot: QtBot, widget: Any) -> None:
    """Focus a control and press Space, as a keyboard user does."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def _shared_document(o: Opened) -> bytes:
    """The relationship's shared document as it would travel: its Yjs bytes."""
    stored = ask(o.app, lambda v: Repos.over(v.db).shared.get(o.contact_id))
    if stored is None:
        return b""
    data = base64.b64decode(json.loads(stored.document)["doc"])
    assert any(root in data for root in (b"goals", b"sessions"))  # the real document
    return data


# -- goals ------------------------------------------------------------------------------------


def test_add_a_goal_update_its_progress_and_milestones_by_keyboard(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    o = open_app(qtbot, make_app, seeded_home)
    _shortcut(qtbot, o, Qt.Key.Key_G)  # Ctrl+Shift+G
    qtbot.waitUntil(lambda: o.ctl.goals_view is not None, timeout=5000)
    view = o.ctl.goals_view
    assert isinstance(view, GoalsView)
    _active(qtbot, view)
    _press(qtbot, view.new_button)
    assert QApplication.focusWidget() is view.new_title
    qtbot.keyClicks(view.new_title, "Give a conference talk")
    qtbot.keyClick(view.new_title, Qt.Key.Key_Tab)
    assert view.focusWidget() is view.new_measure
    qtbot.keyClicks(view.new_measure, "Accepted at one conference")
    qtbot.keyClick(view.new_measure, Qt.Key.Key_Tab)  # leaves the text box
    assert view.focusWidget() is view.new_has_due
    qtbot.keyClick(view.new_has_due, Qt.Key.Key_Space)
    view.new_due.setDate(QDate(2031, 6, 30))
    view.new_title.setFocus()
    qtbot.keyClick(view.new_title, Qt.Key.Key_Return)
    settle(qtbot, o.app)
    assert view.isVisible()  # Enter added the goal; it did not close the view
    (goal,) = ask(o.app, lambda v: workspace.goals(v, o.contact_id))
    assert (goal.title, goal.measure, goal.due, goal.shared, goal.progress) == \
        ("Give a conference talk", "Accepted at one conference", "2031-06-30", True, 0)
    assert view.pages.currentWidget() is view.details and view.title.text() == goal.title

    view.progress.setFocus()
    view.progress.selectAll()
    qtbot.keyClicks(view.progress, "40")
    _press(qtbot, view.save_button)
    settle(qtbot, o.app)
    assert ask(o.app, lambda v: workspace.find_goal(v, o.contact_id, goal.id)).progress == 40
    assert o.panel.goal_bars[0].value() == 40
    assert any("You changed progress to 40 %" in view.history.item(i).text()
               for i in range(view.history.count()))

    view.new_milestone.setFocus()
    qtbot.keyClicks(view.new_milestone, "Write the abstract")
    qtbot.keyClick(view.new_milestone, Qt.Key.Key_Return)
    settle(qtbot, o.app)
    assert view.milestones.count() == 1
    view.milestones.setFocus()
    view.milestones.setCurrentRow(0)
    qtbot.keyClick(view.milestones, Qt.Key.Key_Space)  # ticked: done
    settle(qtbot, o.app)
    found = ask(o.app, lambda v: workspace.find_goal(v, o.contact_id, goal.id))
    assert [(m["title"], m["done"]) for m in found.milestones] == [("Write the abstract", True)]
    assert view.milestones.item(0).checkState() == Qt.CheckState.Checked


def test_a_private_goal_stays_on_this_computer_until_shared(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    canary = "canary-private-goal-7f3a"
    o = open_app(qtbot, make_app, seeded_home)
    o.ctl.open_view("new-goal")
    view = o.ctl.goals_view
    assert isinstance(view, GoalsView)
    assert "never leaves this computer" in " ".join(
        label.text() for label in view.new_page.findChildren(type(view.message)))
    qtbot.keyClicks(view.new_title, canary)
    _press(qtbot, view.new_private)
    assert view.new_private.isChecked()
    view.new_title.setFocus()
    qtbot.keyClick(view.new_title, Qt.Key.Key_Return)
    settle(qtbot, o.app)
    (goal,) = ask(o.app, lambda v: workspace.goals(v, o.contact_id))
    assert not goal.shared
    assert canary.encode() not in _shared_document(o)
    assert o.panel.goal_labels[0].text() == f"Private: {canary}"
    assert view.visibility.text().startswith("Private: only on this computer")

    _press(qtbot, view.share_button)
    box = view.confirm_box
    assert box is not None and "cannot be made private again" in box.informativeText()
    next(b for b in box.buttons() if b.text() == "Share").click()
    settle(qtbot, o.app)
    (shared,) = ask(o.app, lambda v: workspace.goals(v, o.contact_id))
    assert shared.shared and shared.title == canary
    assert canary.encode() in _shared_document(o)
    assert o.panel.goal_labels[0].text() == canary
    assert view.visibility.text().startswith("Shared: Amara Okafor sees this goal")


# -- agreement ----------------------------------------------------------------------------------


def _with_peer(box: dict[str, Identity]) -> Any:
    def then(vault: Vault, contact_id: str) -> None:
        box["peer"] = give_peer_identity(vault, contact_id)
    return then


def test_propose_and_sign_by_keyboard_after_seeing_the_exact_terms(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome, uk_locale: None) -> None:
    peer: dict[str, Identity] = {}
    prepare(seeded_home, then=_with_peer(peer))
    o = open_app(qtbot, make_app, seeded_home)
    _shortcut(qtbot, o, Qt.Key.Key_A)  # Ctrl+Shift+A
    qtbot.waitUntil(lambda: o.ctl.agreement_view is not None, timeout=5000)
    view = o.ctl.agreement_view
    assert isinstance(view, AgreementView)
    _active(qtbot, view)
    assert not view.sign_button.isEnabled()  # nothing proposed yet
    view.cadence.setFocus()
    qtbot.keyClick(view.cadence, Qt.Key.Key_Down)
    assert view.cadence.currentData() == "weekly"
    _press(qtbot, view.channels["video"])
    view.response.setFocus()
    view.response.selectAll()
    qtbot.keyClicks(view.response, "48")
    view.confidentiality.setFocus()
    qtbot.keyClicks(view.confidentiality, "Between us.")
    terms = {"cadence": "weekly", "channels": ["video"], "response_hours": 48,
             "confidentiality": "Between us."}

    # proposing signs: a confirmation shows exactly the terms; Enter alone does not sign
    _press(qtbot, view.propose_button)
    dialog = view.sign_dialog
    assert isinstance(dialog, SignDialog) and dialog.isVisible()
    assert dialog.terms.toPlainText() == "\n".join(terms_lines(terms))
    for line in ("Meet: weekly", "Talk by: video calls", "Answer within: 48 hours",
                 "A programme coordinator may see: nothing", "Confidentiality:",
                 "  Between us."):
        assert line in dialog.terms.toPlainText().splitlines()
    qtbot.keyClick(dialog.terms, Qt.Key.Key_Return)
    settle(qtbot, o.app)
    assert view.sign_dialog is None  # closed (and gone)
    assert ask(o.app, lambda v: workspace.records(v, o.contact_id)).agreement.versions == ()

    _press(qtbot, view.propose_button)
    dialog = view.sign_dialog
    assert dialog is not None
    _press(qtbot, dialog.sign_button)
    settle(qtbot, o.app)
    agreement = ask(o.app, lambda v: workspace.records(v, o.contact_id).agreement)
    assert agreement.status == "proposed" and agreement.current is not None
    assert agreement.current.terms == terms
    assert [(s.by_me, s.valid) for s in agreement.current.signatures] == [(True, True)]
    assert o.panel.agreement_state.text() == \
        "You proposed and signed version 1; waiting for Amara Okafor to sign."
    assert not view.sign_button.isEnabled()

    # Amara's app signs the same version: signed by both
    version = agreement.current.id
    ask(o.app, lambda v: peer_edit(v, o.contact_id, peer["peer"],
                                   lambda doc: doc.sign(peer["peer"], version)))
    o.ctl.sync_changed([o.conversation_id])  # what a sync that brought it calls
    settle(qtbot, o.app)
    assert o.panel.agreement_state.text().startswith("Signed by both on ")
    assert view.status.text().startswith("Signed by both on ")
    assert "signed by both" in view.version_list.item(0).text()
    assert not o.panel.tamper_box.isVisibleTo(o.panel)

    # Amara proposes a change; I read exactly her terms and sign them
    ask(o.app, lambda v: peer_edit(v, o.contact_id, peer["peer"],
                                   lambda doc: doc.edit_draft(cadence="monthly")))
    ask(o.app, lambda v: peer_edit(v, o.contact_id, peer["peer"], lambda doc: doc.propose()))
    o.ctl.sync_changed([o.conversation_id])
    settle(qtbot, o.app)
    assert view.status.text().startswith("Amara Okafor proposed version 2.")
    assert "Version 1, signed by both, stays in force" in view.status.text()
    assert view.propose_button.text() == "&Propose changes"
    assert view.cadence.currentData() == "monthly"  # the draft shown is the one now stored
    assert o.panel.step_title.text() == "Review and sign version 2 of your agreement"
    _press(qtbot, view.sign_button)
    dialog = view.sign_dialog
    assert dialog is not None
    assert "proposed by Amara Okafor" in " ".join(
        label.text() for label in dialog.findChildren(type(view.message)))
    assert "Meet: monthly" in dialog.terms.toPlainText().splitlines()
    _press(qtbot, dialog.sign_button)
    settle(qtbot, o.app)
    second = ask(o.app, lambda v: workspace.records(v, o.contact_id).agreement).versions[1]
    assert [s.by_me for s in second.signatures if s.valid] == [True]
    assert view.status.text().startswith("You signed version 2.")


def _tamper(vault: Vault, contact_id: str) -> None:
    peer = give_peer_identity(vault, contact_id)
    workspace.propose_agreement(vault, contact_id, cadence="weekly")  # proposing signs
    version = workspace.records(vault, contact_id).agreement.versions[-1].id
    peer_edit(vault, contact_id, peer, lambda doc: doc.sign(peer, version))
    assert workspace.records(vault, contact_id).agreement.status == "signed"
    # someone edits the vault behind the app's back: the signed terms change
    repos = Repos.over(vault.db)
    stored = repos.shared.get(contact_id)
    assert stored is not None
    doc = SharedDocument(stored.conversation_id, repos.identity.get().public.signing_key,
                         stored.document)
    versions = doc._doc.get("agreement.versions", type=Array)
    entry = dict(versions[0])
    entry["terms"] = {**entry["terms"], "cadence": "monthly"}
    with doc._doc.transaction():
        del versions[0]
        versions.insert(0, entry)
    with vault.db.transaction():
        repos.shared.save(contact_id, stored.conversation_id, doc.dump(), 1)


def test_a_tampered_agreement_is_shown_as_tampered_not_signed(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    prepare(seeded_home, then=_tamper)
    o = open_app(qtbot, make_app, seeded_home)
    panel = o.panel
    assert panel.tamper_box.isVisibleTo(panel)
    assert panel.tamper_text.text().startswith("TAMPERED:")
    assert "Signed by both" not in panel.agreement_state.text()
    o.ctl.open_view("agreement")
    view = o.ctl.agreement_view
    assert isinstance(view, AgreementView)
    assert view.tamper_box.isVisibleTo(view) and view.tamper_text.text().startswith("TAMPERED:")
    assert "TAMPERED" in view.version_list.item(0).text()
    assert "does not verify (TAMPERED)" in view.signatures.text()
    assert "Signed by both" not in view.status.text()


# -- sessions -----------------------------------------------------------------------------------


def test_a_series_across_clock_changes_is_shown_right_in_both_zones(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome, uk_locale: None) -> None:
    prepare(seeded_home, my_zone="America/New_York")
    o = open_app(qtbot, make_app, seeded_home)
    _shortcut(qtbot, o, Qt.Key.Key_S)  # Ctrl+Shift+S
    qtbot.waitUntil(lambda: o.ctl.sessions_view is not None, timeout=5000)
    view = o.ctl.sessions_view
    assert isinstance(view, SessionsView)
    _active(qtbot, view)
    _press(qtbot, view.schedule_button)
    assert QApplication.focusWidget() is view.new_title
    assert view.new_zone.currentText() == "America/New_York"  # the viewer's zone first
    qtbot.keyClicks(view.new_title, "Weekly call")
    # Thursday 6 March 2031, 09:30 in Berlin; the US changes clocks on 9 March, Europe on 30
    view.new_start.setDateTime(QDateTime(QDate(2031, 3, 6), QTime(9, 30), QTimeZone.utc()))
    view.new_zone.setFocus()
    view.new_zone.lineEdit().selectAll()
    qtbot.keyClicks(view.new_zone, "Europe/Berlin")
    view.new_repeat.setFocus()
    qtbot.keyClick(view.new_repeat, Qt.Key.Key_Down)  # weekly
    view.new_count.setValue(5)
    rows = [[view.preview.topLevelItem(i).text(c) for c in range(3)]  # type: ignore[union-attr]
            for i in range(view.preview.topLevelItemCount())]
    header = view.preview.headerItem()
    assert (header.text(1), header.text(2)) == ("Organiser (Europe/Berlin)",
                                                "You (America/New_York)")
    expected = [["1", "Thu 06/03/2031 09:30", "Thu 06/03/2031 03:30"],
                ["2", "Thu 13/03/2031 09:30", "Thu 13/03/2031 04:30"],
                ["3", "Thu 20/03/2031 09:30", "Thu 20/03/2031 04:30"],
                ["4", "Thu 27/03/2031 09:30", "Thu 27/03/2031 04:30"],
                ["5", "Thu 03/04/2031 09:30", "Thu 03/04/2031 03:30"]]
    assert rows == expected
    _press(qtbot, view.schedule_confirm)
    settle(qtbot, o.app)
    (session,) = ask(o.app, lambda v: workspace.records(v, o.contact_id)).sessions
    assert (session.start, session.tz, session.repeat, session.count) == \
        ("2031-03-06T09:30", "Europe/Berlin", "weekly", 5)
    assert view.pages.currentWidget() is view.details
    shown = [[view.times.topLevelItem(i).text(c) for c in range(3)]  # type: ignore[union-attr]
             for i in range(view.times.topLevelItemCount())]
    assert shown == expected
    assert o.panel.session_when.text() == "Thu 06/03/2031 09:30 (Europe/Berlin)"
    assert o.panel.session_mine.text() == "Your time: Thu 06/03/2031 03:30 (America/New_York)"


def _session(vault: Vault, contact_id: str) -> None:
    workspace.add_session(vault, contact_id, at="2031-05-06T10:00", tz="UTC", minutes=45,
                          title="Kick-off")


def test_shared_notes_save_after_a_pause_and_merge_with_the_other_persons_edits(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    peer: dict[str, Identity] = {}

    def setup(vault: Vault, contact_id: str) -> None:
        _with_peer(peer)(vault, contact_id)
        _session(vault, contact_id)
    prepare(seeded_home, then=setup)
    o = open_app(qtbot, make_app, seeded_home)
    o.ctl.open_view("sessions")
    view = o.ctl.sessions_view
    assert isinstance(view, SessionsView)
    sid = o.ws.records.sessions[0].id
    view.select(sid)
    notes = view.notes

    def stored() -> str:
        return ask(o.app, lambda v: workspace.find_session(v, o.contact_id, sid)).notes

    notes.setFocus()
    qtbot.keyClicks(notes, "Agenda: goals")
    assert view.notes_state.text() == "Not saved yet…"
    assert stored() == ""  # nothing saved while typing
    qtbot.waitUntil(lambda: view.notes_state.text() == "Saved.", timeout=NOTES_DELAY_MS + 5000)
    assert stored() == "Agenda: goals"

    # Amara's edit arrives while I am idle: shown at once, my cursor stays where it was
    ask(o.app, lambda v: peer_edit(v, o.contact_id, peer["peer"], lambda doc: doc.edit_notes(
        sid, "Amara: welcome!\nAgenda: goals")))
    o.ctl.sync_changed([o.conversation_id])
    settle(qtbot, o.app)
    assert notes.toPlainText() == "Amara: welcome!\nAgenda: goals"
    assert notes.textCursor().position() == len("Amara: welcome!\nAgenda: goals")

    # I type on; Amara edits meanwhile: after my pause both edits are kept, in both places
    qtbot.keyClicks(notes, ", talk")
    ask(o.app, lambda v: peer_edit(v, o.contact_id, peer["peer"], lambda doc: doc.edit_notes(
        sid, "Amara: welcome!\nAgenda: goals\nAmara: bring questions")))
    o.ctl.sync_changed([o.conversation_id])
    settle(qtbot, o.app)
    assert notes.toPlainText() == "Amara: welcome!\nAgenda: goals, talk"  # my typing kept
    qtbot.waitUntil(lambda: view.notes_state.text() == "Saved.", timeout=NOTES_DELAY_MS + 5000)
    merged = "Amara: welcome!\nAgenda: goals, talk\nAmara: bring questions"
    assert stored() == merged
    assert notes.toPlainText() == merged

    # closing the view right after typing still saves
    qtbot.keyClicks(notes, "!")
    view.reject()
    settle(qtbot, o.app)
    assert stored() == merged[:len("Amara: welcome!\nAgenda: goals, talk")] + "!" + \
        merged[len("Amara: welcome!\nAgenda: goals, talk"):]


def test_private_notes_and_action_items_of_a_session(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    canary = "canary-private-note-91c2"

    def session_and_goal(vault: Vault, contact_id: str) -> None:
        _session(vault, contact_id)
        workspace.add_goal(vault, contact_id, "Lead a code review")

    prepare(seeded_home, then=session_and_goal)
    o = open_app(qtbot, make_app, seeded_home)
    o.ctl.open_view("sessions")
    view = o.ctl.sessions_view
    assert isinstance(view, SessionsView)
    sid = o.ws.records.sessions[0].id
    view.select(sid)
    view.tabs.setCurrentIndex(1)
    view.private_new.setFocus()
    qtbot.keyClicks(view.private_new, canary)
    _press(qtbot, view.private_add)
    settle(qtbot, o.app)
    assert canary in view.private_list.toPlainText()
    assert [n.body for n in ask(o.app, lambda v: workspace.private_notes(v, o.contact_id,
                                                                         sid))] == [canary]
    assert canary.encode() not in _shared_document(o)

    view.tabs.setCurrentIndex(2)
    assert [view.action_goal.itemText(i) for i in range(view.action_goal.count())] == \
        ["No goal", "Lead a code review"]
    view.action_goal.setFocus()
    qtbot.keyClick(view.action_goal, Qt.Key.Key_Down)  # towards the goal
    view.action_title.setFocus()
    qtbot.keyClicks(view.action_title, "Read chapter 3")
    qtbot.keyClick(view.action_title, Qt.Key.Key_Return)
    settle(qtbot, o.app)
    assert view.action_items.count() == 1
    assert "for the goal “Lead a code review”" in view.action_items.item(0).text()
    view.action_items.setFocus()
    view.action_items.setCurrentRow(0)
    qtbot.keyClick(view.action_items, Qt.Key.Key_Space)
    settle(qtbot, o.app)
    records = ask(o.app, lambda v: workspace.records(v, o.contact_id))
    (action,) = records.actions
    assert (action.title, action.session, action.done) == ("Read chapter 3", sid, True)
    assert action.goal == records.goals[0].id


def test_reschedule_a_session_by_keyboard(qtbot: QtBot, make_app: App,
                                          seeded_home: SeededHome) -> None:
    """Change… fills the form with the session; saving sends only what changed, and the
    session's calendar SEQUENCE goes up (calendars that imported it update it)."""
    prepare(seeded_home, then=_session)
    o = open_app(qtbot, make_app, seeded_home)
    o.ctl.open_view("sessions")
    view = o.ctl.sessions_view
    assert isinstance(view, SessionsView)
    sid = o.ws.records.sessions[0].id
    view.select(sid)
    _press(qtbot, view.change_button)
    assert view.new_title.text() == "Kick-off" and view.new_minutes.value() == 45
    assert view.schedule_confirm.accessibleName() == "Save the changes to the session"
    view.new_minutes.setFocus()
    view.new_minutes.selectAll()
    qtbot.keyClicks(view.new_minutes, "30")
    _press(qtbot, view.schedule_confirm)
    settle(qtbot, o.app)
    session = ask(o.app, lambda v: workspace.find_session(v, o.contact_id, sid))
    assert (session.minutes, session.start, session.title, session.sequence) == \
        (30, "2031-05-06T10:00", "Kick-off", 1)
    assert [c.values for c in session.history[1:]] == [{"minutes": 30}]  # only what changed
    assert "changed" in view.message.text()


def test_sessions_export_as_an_ics_file_only_its_owner_reads(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(seeded_home, then=_session)
    o = open_app(qtbot, make_app, seeded_home)
    o.ctl.open_view("sessions")
    view = o.ctl.sessions_view
    assert isinstance(view, SessionsView)
    _active(qtbot, view)
    target = tmp_path / "calendar"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "Calendar files (*.ics)"))
    _press(qtbot, view.export_button)
    settle(qtbot, o.app)
    written = tmp_path / "calendar.ics"
    assert written.exists() and not target.exists()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    text = written.read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in text and "SUMMARY:Kick-off" in text
    assert f"UID:{o.ws.records.sessions[0].id}@ementor" in text
    assert view.message.text() == f"1 sessions written to {written}."
    assert list(tmp_path.glob(".calendar.ics.*")) == []  # no temp file left behind


# -- feedback and pulse -------------------------------------------------------------------------


def test_feedback_kept_private_or_shared_and_the_pulse(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    private_canary = "canary-reflection-5e1d"
    prepare(seeded_home, then=_session)
    o = open_app(qtbot, make_app, seeded_home)
    _shortcut(qtbot, o, Qt.Key.Key_F)  # Ctrl+Shift+F
    qtbot.waitUntil(lambda: o.ctl.feedback_view is not None, timeout=5000)
    view = o.ctl.feedback_view
    assert isinstance(view, FeedbackView)
    _active(qtbot, view)
    none = view.rating.button(0)
    none.setFocus()
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget() or none, Qt.Key.Key_Right)
    assert view.rating.checkedId() == 4
    view.answers["useful"].setFocus()
    qtbot.keyClicks(view.answers["useful"], private_canary)
    _press(qtbot, view.keep)
    assert view.send_button.text() == "&Save for yourself"
    _press(qtbot, view.send_button)
    settle(qtbot, o.app)
    reflections = ask(o.app, lambda v: workspace.private_feedback(v, o.contact_id))
    assert [(r.kind, r.rating, r.answers["useful"]) for r in reflections] == \
        [("session", 4, private_canary)]
    assert ask(o.app, lambda v: workspace.records(v, o.contact_id)).feedback == ()
    assert private_canary.encode() not in _shared_document(o)
    assert view.answers["useful"].toPlainText() == ""  # cleared after saving

    sid = o.ws.records.sessions[0].id
    view.choose_session(sid)
    view.answers["try_next"].setFocus()
    qtbot.keyClicks(view.answers["try_next"], "More time for questions")
    _press(qtbot, view.share)
    assert view.send_button.text() == "&Send to Amara Okafor"
    _press(qtbot, view.send_button)
    settle(qtbot, o.app)
    (shared,) = ask(o.app, lambda v: workspace.records(v, o.contact_id)).feedback
    assert (shared.by_me, shared.session, shared.rating, shared.try_next) == \
        (True, sid, None, "More time for questions")
    history = view.history.toPlainText()
    assert "You to Amara Okafor" in history and "Your private reflection" in history

    o.ctl.open_view("pulse")
    assert view.tabs.currentIndex() == 1
    first = view.pulse.button(1)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget() or first, Qt.Key.Key_Right)
    assert view.pulse.checkedId() == 4
    view.pulse_note.setFocus()
    qtbot.keyClicks(view.pulse_note, "Good rhythm")
    _press(qtbot, view.pulse_button)
    settle(qtbot, o.app)
    pulses = [r for r in ask(o.app, lambda v: workspace.private_feedback(v, o.contact_id))
              if r.kind == "pulse"]
    assert [(p.rating, p.answers) for p in pulses] == [(4, {"pulse.next_month": "Good rhythm"})]
    assert "4/5 — Good rhythm" in view.pulse_history.toPlainText()
    assert "last pulse" in o.panel.feedback_line.text()


# -- the merge of notes -------------------------------------------------------------------------


@pytest.mark.parametrize(("base", "mine", "theirs", "merged"), [
    ("a\nb\nc", "a\nB\nc", "a\nb\nc\nd", "a\nB\nc\nd"),  # different places: both
    ("abc", "abXc", "abYc", "abXYc"),  # the same place: both, mine first
    ("abc", "abc", "xyz", "xyz"),  # nothing of mine: theirs
    ("abc", "abcd", "abc", "abcd"),  # nothing of theirs: mine
    ("hello world", "hello", "hello world!", "hello!"),  # I deleted, they appended
    ("", "mine", "theirs", "minetheirs"),
    ("same", "same 🙂", "same 🙂", "same 🙂"),  # both typed the same: once
])
def test_merge_keeps_what_both_typed(base: str, mine: str, theirs: str, merged: str) -> None:
    assert merge_text(base, mine, theirs) == merged
