"""A participant's programme actions in the app (issue 13), with real homes on the real relay:
ranking a shortlist from the Programmes menu with the keyboard and sending it (the coordinator
receives it); a mentee asking a mentor of a self-service shortlist with a note; the mentor
seeing who asked (with the note, as plain text), an expired offer that cannot be accepted, and
accepting the other."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from ementor_desktop.domain import profile as profile_service
from ementor_desktop.domain import programme_ranking as ranking
from ementor_desktop.domain import programme_selfservice as selfservice
from ementor_desktop.domain.models import Role
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import now_ms
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.main_window import MainWindow
from tests.gui.test_programme_wiring import _open
from tests.integration.test_programme_flow import enrol, sync
from tests.integration.test_programme_ranking import PROGRAMME_FILE as RANKED_FILE
from tests.integration.test_programme_selfservice_flow import write_config
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


def test_a_participant_ranks_the_shortlist_by_keyboard_and_sends_it(
        qtbot: QtBot, make_app: App, make_participant: Callable[..., Participant],
        relay_url: str, tmp_path: Path) -> None:
    config = tmp_path / "programme.toml"
    config.write_text(RANKED_FILE, encoding="utf-8")
    cora = make_participant("Cora Coordinator", Role.COORDINATOR)
    ada = make_participant("Ada Mentor", Role.MENTOR)
    eve = make_participant("Eve Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ada.vault, skills={"python": 4, "sql": 3}, capacity=1)
    profile_service.save_profile(eve.vault, skills={"python": 3, "design": 4}, capacity=1)
    profile_service.save_profile(ben.vault, wants={"python": 3, "sql": 2})
    enrol(cora, [ada, eve, ben], relay_url, config)
    ranking.shortlist(cora.vault, send=True)
    sync(cora, ben)
    held = ranking.my_shortlist(ben.vault)
    assert held is not None and next(e["name"] for e in held.entries) == "Ada Mentor"
    pid = held.programme_id

    bapp = _open(qtbot, make_app, ben)
    main = bapp.main
    assert main is not None
    qtbot.waitUntil(lambda: "My &shortlist…" in _entries(main, pid), timeout=10000)
    assert "&Requests for me…" not in _entries(main, pid)  # a mentee has none
    assert "My &requests…" not in _entries(main, pid)  # nor in a programme that ranks
    _entries(main, pid)["My &shortlist…"].trigger()
    ctl = bapp.programmes
    qtbot.waitUntil(lambda: ctl.shortlist_view(pid) is not None
                    and ctl.shortlist_view(pid).held is not None, timeout=10000)  # type: ignore[union-attr]
    view = ctl.shortlist_view(pid)
    assert view is not None
    names = [view.ranking.item(i).text() for i in range(view.ranking.count())]
    assert names == ["Ada Mentor", "Eve Mentor"]
    assert view.detail.textFormat() == Qt.TextFormat.PlainText
    assert view.detail.text().startswith("Ada Mentor\nScore ")
    assert not view.up_button.isEnabled()  # the first cannot go higher
    # Eve first, with the keyboard: choose her, then press "Move up"
    view.ranking.setFocus()
    qtbot.keyClick(view.ranking, Qt.Key.Key_Down)
    assert view.ranking.currentItem().text() == "Eve Mentor"
    view.up_button.setFocus()
    qtbot.keyClick(view.up_button, Qt.Key.Key_Space)
    assert [view.ranking.item(i).text() for i in range(2)] == ["Eve Mentor", "Ada Mentor"]
    assert view.up_button.accessibleName() == "Move the chosen candidate up"
    qtbot.mouseClick(view.send_button, LEFT)
    qtbot.waitUntil(lambda: view.message.text() == "Your ranking leaves at the next sync.",
                    timeout=10000)
    qtbot.waitUntil(lambda: view.status.text().startswith("Your ranking was sent."),
                    timeout=10000)

    # the coordinator receives Ben's order after the syncs (Ben's app sends it)
    (programme,) = cora.repos.programmes.all()
    eve_first = [str(e["candidate"]) for e in held.entries][::-1]

    def received() -> bool:
        cora.sync()
        row = cora.repos.programmes.shortlist(programme.id, held.shortlist_id)
        return row is not None and row.ranking == eve_first
    qtbot.waitUntil(received, timeout=SYNC_MS)


def test_a_mentee_asks_with_a_note_and_the_mentor_accepts_not_the_expired_one(
        qtbot: QtBot, make_app: App, make_participant: Callable[..., Participant],
        relay_url: str, tmp_path: Path) -> None:
    cora = make_participant("Cora Coordinator", Role.COORDINATOR)
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    cy = make_participant("Cy Mentee", Role.MENTEE)
    profile_service.save_profile(ada.vault, skills={"python": 4}, capacity=2, languages=["en"],
                                 headline="Python for twenty years")
    for p in (ben, cy):
        profile_service.save_profile(p.vault, wants={"python": 3}, languages=["en"])
    enrol(cora, [ada, ben, cy], relay_url, write_config(tmp_path))
    sync(cora, ben, cy)
    # Cy asks through the services; the offer to Ada then expires (by her copy's clock)
    selfservice.request(cy.vault, "Ada", "<b>hi</b>")
    sync(cy, cora, ada)
    (cy_offer,) = selfservice.asks(ada.vault, "mentor")
    with ada.vault.mutex, ada.vault.db.transaction():
        selfservice.store(Repos.over(ada.vault.db)).update_ask(
            cy_offer.programme_id, cy_offer.request, expires=now_ms() - 1000)
    pid = cy_offer.programme_id

    # Ben asks in the app, with a note
    bapp = _open(qtbot, make_app, ben)
    bmain = bapp.main
    assert bmain is not None
    qtbot.waitUntil(lambda: "My &shortlist…" in _entries(bmain, pid), timeout=10000)
    _entries(bmain, pid)["My &shortlist…"].trigger()
    bctl = bapp.programmes
    qtbot.waitUntil(lambda: bctl.shortlist_view(pid) is not None
                    and bool(bctl.shortlist_view(pid).boxes), timeout=10000)  # type: ignore[union-attr]
    shortlist = bctl.shortlist_view(pid)
    assert shortlist is not None
    (box,) = shortlist.boxes.values()
    assert box.name.text() == "Ada Mentor" and box.headline.text() == "Python for twenty years"
    assert box.why.text().startswith("Score ") and "Skills: " in box.why.text()
    assert box.request_button.accessibleName() == "Request Ada Mentor"
    box.note.setText("Hello Ada,  I'd love help with pipelines.")
    qtbot.mouseClick(box.request_button, LEFT)
    qtbot.waitUntil(lambda: shortlist.message.text().startswith(
        "Your request to Ada Mentor leaves at the next sync"), timeout=10000)
    qtbot.waitUntil(lambda: next(iter(shortlist.boxes.values())).state.text()
                    == "Request sent: it reaches the mentor through the coordinator.",
                    timeout=10000)
    assert not next(iter(shortlist.boxes.values())).request_button.isEnabled()

    # Ada's app lists both: Ben's to answer, Cy's expired (no accept)
    aapp = _open(qtbot, make_app, ada)
    amain = aapp.main
    assert amain is not None
    qtbot.waitUntil(lambda: "&Requests for me…" in _entries(amain, pid), timeout=10000)
    _entries(amain, pid)["&Requests for me…"].trigger()
    actl = aapp.programmes
    qtbot.waitUntil(lambda: actl.offers_view(pid) is not None, timeout=10000)
    offers = actl.offers_view(pid)
    assert offers is not None

    def both() -> bool:
        cora.sync()  # forwards Ben's request once his app sent it
        return len(offers.boxes) == 2
    qtbot.waitUntil(both, timeout=SYNC_MS)
    by_name = {b.name.text(): b for b in offers.boxes.values()}
    expired, fresh = by_name["Cy Mentee"], by_name["Ben Mentee"]
    assert expired.state.text() == "Expired: it can no longer be accepted."
    assert not expired.accept_button.isEnabled()
    assert expired.notes.text().endswith(": <b>hi</b>")  # as written, never markup
    assert expired.notes.textFormat() == Qt.TextFormat.PlainText
    assert fresh.state.text().startswith("Waiting for your answer.")
    assert fresh.notes.text().endswith(": Hello Ada,  I'd love help with pipelines.")
    assert "Skills you want to learn: python 3" in fresh.profile.text()
    # asking needs a question
    qtbot.mouseClick(fresh.ask_button, LEFT)
    assert offers.message.text() == "Write what you would like to ask in the note."
    qtbot.mouseClick(fresh.accept_button, LEFT)
    qtbot.waitUntil(lambda: offers.message.text() == (
        "You accepted Ben Mentee; the coordinator confirms at the next sync."), timeout=10000)
    qtbot.waitUntil(lambda: {b.name.text(): b for b in offers.boxes.values()}[
        "Ben Mentee"].state.text() == "You accepted; the coordinator confirms.", timeout=10000)


def test_a_mentee_answers_the_mentors_question_and_cancels_from_my_requests(
        qtbot: QtBot, make_app: App, make_participant: Callable[..., Participant],
        relay_url: str, tmp_path: Path) -> None:
    """The mentee's side of a request in the app: where each request stands, the mentor's
    question (plain text), Answer (which needs a note) and Cancel; the mentor receives both."""
    cora = make_participant("Cora Coordinator", Role.COORDINATOR)
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    profile_service.save_profile(ada.vault, skills={"python": 4}, capacity=2, languages=["en"])
    profile_service.save_profile(ben.vault, wants={"python": 3}, languages=["en"])
    enrol(cora, [ada, ben], relay_url, write_config(tmp_path))
    sync(cora, ben)
    selfservice.request(ben.vault, "Ada", "Hello Ada")
    sync(ben, cora, ada)
    (offer,) = selfservice.asks(ada.vault, "mentor")
    selfservice.reply(ada.vault, offer.request, "ask", note="<i>Which</i> pipelines?")
    sync(ada, cora, ben)
    pid = offer.programme_id
    assert [a.state for a in selfservice.asks(ben.vault, "mentee")] == ["asked"]

    bapp = _open(qtbot, make_app, ben)
    bmain = bapp.main
    assert bmain is not None
    qtbot.waitUntil(lambda: "My &requests…" in _entries(bmain, pid), timeout=10000)
    assert "&Requests for me…" not in _entries(bmain, pid)
    _entries(bmain, pid)["My &requests…"].trigger()
    bctl = bapp.programmes
    qtbot.waitUntil(lambda: bctl.offers_view(pid) is not None
                    and bool(bctl.offers_view(pid).requests), timeout=10000)  # type: ignore[union-attr]
    panel = bctl.offers_view(pid)
    assert panel is not None and panel.title.text() == "My requests"
    assert not panel.boxes  # no mentor's answer buttons on the mentee's side
    (box,) = panel.requests.values()
    assert box.name.text() == "Ada Mentor"
    assert box.state.text().startswith("The mentor asked you something: answer with a note.")
    assert box.notes.text().endswith(": <i>Which</i> pipelines?")  # as written, never markup
    assert box.notes.textFormat() == Qt.TextFormat.PlainText
    assert box.answer_button.isVisibleTo(panel) and box.cancel_button.isVisibleTo(panel)
    qtbot.mouseClick(box.answer_button, LEFT)  # an answer needs words
    assert panel.message.text() == "Write your answer in the note."
    box.note.setText("Data pipelines, in Python.")
    qtbot.mouseClick(box.answer_button, LEFT)
    qtbot.waitUntil(lambda: panel.message.text() == (
        "Your answer to Ada Mentor leaves at the next sync."), timeout=10000)
    qtbot.waitUntil(lambda: next(iter(panel.requests.values())).state.text().startswith(
        "You answered; waiting for the mentor."), timeout=10000)
    answered = next(iter(panel.requests.values()))
    assert not answered.answer_button.isVisibleTo(panel)  # nothing asked now

    def at_ada(state: str) -> bool:
        cora.sync()
        ada.sync()
        return [a.state for a in selfservice.asks(ada.vault, "mentor")] == [state]
    qtbot.waitUntil(lambda: at_ada("answered"), timeout=SYNC_MS)
    (seen,) = selfservice.asks(ada.vault, "mentor")
    assert seen.notes[-1]["text"] == "Data pipelines, in Python." and seen.notes[-1]["verified"]

    qtbot.mouseClick(answered.cancel_button, LEFT)
    qtbot.waitUntil(lambda: bool(panel.requests) and next(iter(
        panel.requests.values())).state.text() == "You cancelled this request.", timeout=10000)
    assert not next(iter(panel.requests.values())).cancel_button.isVisibleTo(panel)
    qtbot.waitUntil(lambda: at_ada("cancelled"), timeout=SYNC_MS)
