"""Two people through the real relay (issue 12): the mentor works in the app, the mentee through
the domain services (as the CLI does). The agreement is proposed in the app and signed on the
other side, goals and shared notes travel both ways, and the panel and the open views follow
each sync without being asked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ementor_desktop.domain import workspace
from ementor_desktop.domain.settings import Settings
from ementor_desktop.store.repos import Repos
from ementor_desktop.ui.workspace.agreement import AgreementView
from ementor_desktop.ui.workspace.sessions import SessionsView
from tests.gui.conftest import unlock
from tests.gui.workspace_support import App, settle
from tests.messaging.conftest import (
    Participant,
    make_participant,
    pair,
    relay_process,
    relay_url,
)

__all__ = ["make_participant", "pair", "relay_process", "relay_url"]  # fixtures used here
SYNC_MS = 30000


def test_agreement_goals_and_notes_travel_between_the_app_and_the_other_side(
        qtbot: QtBot, make_app: App, pair: tuple[Participant, Participant],
        relay_url: str) -> None:
    ada, ben = pair
    ada_at_ben = ben.contact(ada.name).id
    with ada.vault.mutex, ada.vault.db.transaction():
        Settings(Repos.over(ada.vault.db).settings).set("relay_url", relay_url)
    ada.vault.close()  # the app opens Ada's vault itself

    app = make_app(ada.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    main.toggle_workspace_panel(True)
    ctl = app.conversations.workspace
    qtbot.waitUntil(lambda: ctl.workspace is not None, timeout=10000)
    panel = main.workspace_panel
    assert panel.heading.text() == "With Ben Mentee"
    assert ctl.workspace is not None and ctl.workspace.reaches_them

    # Ada proposes (and so signs) the terms in the app
    ctl.open_view("agreement")
    view = ctl.agreement_view
    assert isinstance(view, AgreementView)
    view.cadence.setCurrentIndex(view.cadence.findData("fortnightly"))
    view.channels["async"].setChecked(True)
    view.propose_button.click()
    assert view.sign_dialog is not None
    view.sign_dialog.sign_button.click()
    settle(qtbot, app)
    assert panel.agreement_state.text() == \
        "You proposed and signed version 1; waiting for Ben Mentee to sign."

    def ben_sees_proposal() -> bool:
        assert ben.sync().complete
        return workspace.records(ben.vault, ada_at_ben).agreement.status == "proposed"
    qtbot.waitUntil(ben_sees_proposal, timeout=SYNC_MS)
    proposed = workspace.records(ben.vault, ada_at_ben).agreement.current
    assert proposed is not None and proposed.terms == {"cadence": "fortnightly",
                                                       "channels": ["async"]}

    # Ben signs on his side: Ada's panel and open view say so after her app's next sync
    workspace.sign_agreement(ben.vault, ada_at_ben)
    assert ben.sync().complete
    qtbot.waitUntil(lambda: panel.agreement_state.text().startswith("Signed by both on "),
                    timeout=SYNC_MS)
    assert view.status.text().startswith("Signed by both on ")
    assert workspace.records(ben.vault, ada_at_ben).agreement.status == "signed"

    # Ben adds a goal and moves it on: it shows in Ada's panel with its progress
    goal = workspace.add_goal(ben.vault, ada_at_ben, "Ship a Rust crate")
    workspace.update_goal(ben.vault, ada_at_ben, goal.id, progress=30)
    assert ben.sync().complete
    qtbot.waitUntil(lambda: [label.text() for label in panel.goal_labels] ==
                    ["Ship a Rust crate"] and panel.goal_bars[0].value() == 30, timeout=SYNC_MS)

    # a session Ada schedules; both write its shared notes at the same time
    ctl.open_view("new-session")
    sessions = ctl.sessions_view
    assert isinstance(sessions, SessionsView)
    sessions.new_title.setText("Kick-off")
    sessions.schedule_confirm.click()
    settle(qtbot, app)
    sid = ctl.workspace.records.sessions[0].id  # type: ignore[union-attr]

    def ben_has_session() -> bool:
        assert ben.sync().complete
        return any(s.id == sid for s in workspace.records(ben.vault, ada_at_ben).sessions)
    qtbot.waitUntil(ben_has_session, timeout=SYNC_MS)
    sessions.notes.setFocus()
    qtbot.keyClicks(sessions.notes, "Ada: agenda")
    qtbot.keyClick(sessions.notes, Qt.Key.Key_Return)
    workspace.session_notes(ben.vault, ada_at_ben, sid, "Ben: my questions")  # meanwhile
    qtbot.waitUntil(lambda: sessions.notes_state.text() == "Saved.", timeout=10000)

    def both_notes_everywhere() -> bool:
        assert ben.sync().complete
        theirs = workspace.find_session(ben.vault, ada_at_ben, sid).notes
        mine = sessions.notes.toPlainText()
        return mine == theirs and "Ada: agenda" in mine and "Ben: my questions" in mine
    qtbot.waitUntil(both_notes_everywhere, timeout=SYNC_MS)
