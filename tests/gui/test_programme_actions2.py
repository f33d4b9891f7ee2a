"""A programme's life after matching in the app (issue 13), with real homes on the real relay:
a participant narrows the reporting they allow, raises a concern (the sentence on who reads it
shown before sending) and asks for a rematch from the Programmes menu; the coordinator pauses,
resumes and ends a pair with a reason from the programme page, reads the concerns raised (as
plain text), removes a participant and closes the programme."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from ementor_desktop.domain import programme as service
from ementor_desktop.domain import programme_selfservice as selfservice
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.main_window import MainWindow
from ementor_desktop.ui.operations import programme as ops
from ementor_desktop.ui.programme.coordinator_dialogs import PairActionDialog
from ementor_desktop.ui.programme.coordinator_page import CoordinatorPage
from ementor_desktop.ui.programme.participant_dialogs import (
    ConcernDialog,
    RematchDialog,
    ReportingDialog,
)
from tests.gui.test_programme_wiring import _open
from tests.integration.test_programme_flow import make_cohort, sync
from tests.messaging.conftest import (
    Participant,
    make_participant,
    relay_process,
    relay_url,
)

__all__ = ["make_participant", "relay_process", "relay_url"]  # fixtures used here
App = Callable[[Home], EmentorApp]
SYNC_MS = 60000
LEFT = Qt.MouseButton.LeftButton


def _entries(main: MainWindow, pid: str) -> dict[str, QAction]:
    entry = main.programme_entry(pid)
    sub = entry.menu() if entry is not None else None
    return {a.text(): a for a in sub.actions()} if isinstance(sub, QMenu) else {}


def _yes(qtbot: QtBot, owner: object) -> None:
    """Answer the open confirmation with its verb (not the default Cancel)."""
    box = getattr(owner, "confirm_box", None)
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    (yes,) = [b for b in box.buttons() if b is not box.button(QMessageBox.StandardButton.Cancel)]
    qtbot.mouseClick(yes, LEFT)


def _matched(make_participant: Callable[..., Participant],
             relay_url: str) -> tuple[Participant, list[Participant], str]:
    coordinator, people = make_cohort(make_participant, relay_url)
    service.match(coordinator.vault, apply=True)
    sync(coordinator, *people, rounds=3)
    (programme,) = coordinator.repos.programmes.all()
    return coordinator, people, programme.id


def test_a_participant_narrows_reporting_raises_a_concern_and_asks_for_a_rematch(
        qtbot: QtBot, make_app: App, make_participant: Callable[..., Participant],
        relay_url: str) -> None:
    cora, (ada, _eve, ben, _cy), pid = _matched(make_participant, relay_url)
    (row,) = ben.repos.programmes.all()
    consented = json.loads(row.my_consent or "{}")["scopes"]
    assert "sessions" in consented and len(consented) >= 2
    ada_key = ada.repos.identity.get().public.signing_key.hex()
    bapp = _open(qtbot, make_app, ben)
    main = bapp.main
    assert main is not None
    ctl = bapp.programmes
    qtbot.waitUntil(lambda: "Raise a &concern…" in _entries(main, pid), timeout=10000)

    # 1. Reporting I allow: what was consented, ticked; it can only be unticked
    _entries(main, pid)["Reporting I &allow…"].trigger()
    qtbot.waitUntil(lambda: isinstance(ctl.action_dialog, ReportingDialog), timeout=10000)
    reporting = ctl.action_dialog
    assert isinstance(reporting, ReportingDialog)
    assert list(reporting.boxes) == consented
    assert all(b.isChecked() for b in reporting.boxes.values())
    assert not reporting.save_button.isEnabled()  # nothing narrowed yet
    box = reporting.boxes["sessions"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # by keyboard
    assert not box.isChecked() and reporting.save_button.isEnabled()
    qtbot.mouseClick(reporting.save_button, LEFT)
    qtbot.waitUntil(lambda: ctl.action_dialog is None and ctl.notice is not None,
                    timeout=10000)
    held = ops.my_programme(ctl.worker.vault_or_raise(), pid)  # the app's own vault
    assert list(held.scopes) == sorted(s for s in consented if s != "sessions")

    # 2. Raise a concern: about Ada, with markup as text; who reads it is said first
    _entries(main, pid)["Raise a &concern…"].trigger()
    qtbot.waitUntil(lambda: isinstance(ctl.action_dialog, ConcernDialog), timeout=10000)
    concern = ctl.action_dialog
    assert isinstance(concern, ConcernDialog)
    assert concern.before.text() == selfservice.BEFORE_SENDING
    assert concern.before.isVisible() and concern.before.textFormat() == Qt.TextFormat.PlainText
    assert not concern.send_button.isEnabled()  # no text yet
    concern.category.setCurrentIndex(concern.category.findData("conduct"))
    concern.about.setCurrentIndex(concern.about.findData(ada_key))
    assert concern.about.currentText() == "Ada Mentor"
    concern.text.setPlainText("Missed <b>three</b> sessions\nwithout a word.")
    concern.may_contact.setFocus()
    qtbot.keyClick(concern.may_contact, Qt.Key.Key_Space)
    assert concern.may_contact.isChecked()
    qtbot.mouseClick(concern.send_button, LEFT)
    qtbot.waitUntil(lambda: ctl.action_dialog is None, timeout=10000)

    # 3. Ask for a rematch: the active pair, a note, then the confirmation
    _entries(main, pid)["Ask for a r&ematch…"].trigger()
    qtbot.waitUntil(lambda: isinstance(ctl.action_dialog, RematchDialog), timeout=10000)
    rematch = ctl.action_dialog
    assert isinstance(rematch, RematchDialog)
    assert [rematch.pair.itemText(i) for i in range(rematch.pair.count())] == ["Ada Mentor"]
    rematch.note.setPlainText("Our hours never meet.")
    qtbot.mouseClick(rematch.ask_button, LEFT)
    _yes(qtbot, rematch)
    qtbot.waitUntil(lambda: ctl.action_dialog is None and ctl.notice is not None
                    and "Ada Mentor" in ctl.notice.text(), timeout=10000)

    # the coordinator receives all three once Ben's app has synced
    def arrived() -> bool:
        cora.sync()
        ended = [p for p in cora.repos.programmes.pairs(pid) if p.state == "ended"]
        return bool(ended) and bool(selfservice.concerns(cora.vault, pid))
    qtbot.waitUntil(arrived, timeout=SYNC_MS)
    (ended,) = [p for p in cora.repos.programmes.pairs(pid) if p.state == "ended"]
    assert ended.reason == "rematch asked by the mentee: Our hours never meet."
    (received,) = selfservice.concerns(cora.vault, pid)
    assert (received.category, received.about_name, received.may_contact) == (
        "conduct", "Ada Mentor", True)
    assert received.text == "Missed <b>three</b> sessions\nwithout a word."
    ben_row = next(r for r in service.participants(cora.vault, pid) if r.name == "Ben Mentee")
    assert "sessions" not in ben_row.scopes


def _page(qtbot: QtBot, app: EmentorApp, pid: str) -> CoordinatorPage:
    main = app.main
    assert main is not None
    qtbot.waitUntil(lambda: main.programme_entry(pid) is not None, timeout=10000)
    entry = main.programme_entry(pid)
    assert entry is not None
    entry.trigger()
    qtbot.waitUntil(lambda: app.programmes.page(pid) is not None
                    and bool(app.programmes.page(pid).pairs), timeout=10000)  # type: ignore[union-attr]
    page = app.programmes.page(pid)
    assert page is not None
    return page


def test_the_coordinator_pauses_resumes_ends_reads_concerns_removes_and_closes(
        qtbot: QtBot, make_app: App, make_participant: Callable[..., Participant],
        relay_url: str) -> None:
    cora, (ada, _eve, ben, cy), pid = _matched(make_participant, relay_url)
    selfservice.concern(cy.vault, category="safety", text="<i>Eve</i> shouted\nat me.",
                        about="Eve", may_contact=False)
    sync(cy, cora)
    capp = _open(qtbot, make_app, cora)
    page = _page(qtbot, capp, pid)
    ctl = capp.programmes
    vault: Vault = ctl.worker.vault_or_raise()  # the app's own, open

    def ended_reasons() -> list[str | None]:
        with vault.mutex:
            return [p.reason for p in Repos.over(vault.db).programmes.pairs(pid)
                    if p.state == "ended"]

    def pair_of(name: str) -> str:
        (pair,) = [p for p in page.pairs if name in (p.mentee, p.mentor)]
        return pair.state

    # nothing chosen: nothing to do to a pair or a person
    page.table.clearSelection()
    page.table.setCurrentIndex(page.proxy.index(-1, -1))
    assert not page.pause_button.isEnabled() and not page.remove_button.isEnabled()
    assert page.select_member(next(r.member_id for r in page.model.records
                                   if r.name == "Ben Mentee"))
    assert page.pause_button.isEnabled() and not page.resume_button.isEnabled()

    # pause, with a reason (required), by keyboard from the button
    page.pause_button.setFocus()
    qtbot.keyClick(page.pause_button, Qt.Key.Key_Space)
    dialog = page.pair_dialog
    assert dialog is not None
    assert dialog.pair.currentText() == "Ben Mentee + Ada Mentor (active)"
    assert not dialog.act_button.isEnabled()
    dialog.reason.setText("Mentor on leave")
    qtbot.mouseClick(dialog.act_button, LEFT)
    qtbot.waitUntil(lambda: page.pair_dialog is None and pair_of("Ben Mentee") == "paused",
                    timeout=10000)
    assert page.message.text() == (
        "Ben Mentee + Ada Mentor: paused; both are told at the next sync.")
    assert page.resume_button.isEnabled() and not page.pause_button.isEnabled()

    # resume (the reason may stay empty), then end with a reason
    qtbot.mouseClick(page.resume_button, LEFT)
    assert page.pair_dialog is not None and page.pair_dialog.act_button.isEnabled()
    qtbot.mouseClick(page.pair_dialog.act_button, LEFT)
    qtbot.waitUntil(lambda: pair_of("Ben Mentee") == "active", timeout=10000)
    qtbot.mouseClick(page.end_button, LEFT)
    assert page.pair_dialog is not None
    page.pair_dialog.reason.setText("Goals met early")
    qtbot.mouseClick(page.pair_dialog.act_button, LEFT)
    qtbot.waitUntil(lambda: pair_of("Ben Mentee") == "ended", timeout=10000)
    assert ended_reasons() == ["Goals met early"]
    assert not page.end_button.isEnabled()
    ben_id = page.selected_member()
    assert ben_id is not None
    late = PairActionDialog("pause", "Ben Mentee", page.pairs_of(ben_id), page)
    assert late.pair.count() == 0 and not late.act_button.isEnabled()  # an ended pair
    assert late.error.text() == "Ben Mentee has no pair this applies to."
    late.reject()

    # the concerns raised: every column and the text as written, never markup
    qtbot.mouseClick(page.concerns_button, LEFT)
    qtbot.waitUntil(lambda: ctl.concerns_view(pid) is not None
                    and ctl.concerns_view(pid).model.rowCount() == 1, timeout=10000)  # type: ignore[union-attr]
    concerns = ctl.concerns_view(pid)
    assert concerns is not None
    cells = [concerns.proxy.index(0, c).data() for c in range(5)]
    assert cells[:3] == ["Someone's safety", "Cy Mentee", "Eve Mentor"]
    assert cells[4] == "<i>Eve</i> shouted at me."
    assert concerns.detail.textFormat() == Qt.TextFormat.PlainText
    assert concerns.detail.text().endswith("\n<i>Eve</i> shouted\nat me.")
    assert "They asked not to be contacted about it." in concerns.detail.text()
    ctl.concern_lists[pid].dialog.reject()

    # remove Eve: a reason, then the confirmation
    assert page.select_member(next(r.member_id for r in page.model.records
                                   if r.name == "Eve Mentor"))
    qtbot.mouseClick(page.remove_button, LEFT)
    remove = page.remove_dialog
    assert remove is not None and not remove.remove_button.isEnabled()
    remove.reason.setText("Asked to leave by her manager")
    qtbot.mouseClick(remove.remove_button, LEFT)
    _yes(qtbot, remove)
    qtbot.waitUntil(lambda: page.remove_dialog is None
                    and page.message.text().startswith("Removed Eve Mentor"), timeout=10000)
    assert "Eve Mentor" not in [r.name for r in service.participants(vault, pid)]

    # close the programme, after the question
    qtbot.mouseClick(page.close_button, LEFT)
    _yes(qtbot, page)
    qtbot.waitUntil(lambda: not page.close_button.isEnabled(), timeout=10000)
    with vault.mutex:
        (programme,) = Repos.over(vault.db).programmes.all()
    assert programme.closed_at is not None

    def told() -> bool:  # once the app's sync has sent the statuses
        for p in (ada, ben):
            p.sync()
        return all(p.repos.programmes.all()[0].state == "closed" for p in (ada, ben))
    qtbot.waitUntil(told, timeout=SYNC_MS)
