"""The coordinator's view of a matching proposal (issue 13): the engine's real output for a small
cohort and for 400 pairs — each pair with its score and criteria, the unmatched with their
reason, "Why not…?" on demand, and applying only after a confirmation."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ementor_desktop.matching.cohort import parse_cohort
from ementor_desktop.matching.config import load_config
from ementor_desktop.matching.engine import match_cohort
from ementor_desktop.ui.programme.models import RECORD_ROLE
from ementor_desktop.ui.programme.proposal_view import Pair, ProposalView, Unmatched
from ementor_desktop.ui.programme.sample import sample_proposal
from tests.gui.test_accessibility import unnamed
from tests.gui.workspace_support import uk_locale

__all__ = ["uk_locale"]
pytestmark = pytest.mark.usefixtures("uk_locale")  # numbers as en_GB writes them
MARKUP = "<b>x</b>"


def _view(qtbot: QtBot, summary: dict[str, Any], cards: list[dict[str, Any]],
          names: dict[str, str]) -> ProposalView:
    view = ProposalView()
    qtbot.addWidget(view)
    view.set_proposal(summary, cards, names)
    view.resize(1100, 720)
    view.show()
    return view


def _records(view: ProposalView, which: str) -> list[Any]:
    proxy = view.pair_proxy if which == "pairs" else view.unmatched_proxy
    return [proxy.index(r, 0).data(RECORD_ROLE) for r in range(proxy.rowCount())]


def _choose(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text().replace("&", "") == text).click()


def test_every_pair_and_every_unmatched_person_is_listed(qtbot: QtBot) -> None:
    summary, cards, names = sample_proposal()
    view = _view(qtbot, summary, cards, names)
    pairs: list[Pair] = _records(view, "pairs")
    assert len(pairs) == summary["matched"]
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)
    by_mentee = {c["participant_id"]: c for c in cards if c["role"] == "mentee"}
    for pair in pairs:
        assert by_mentee[pair.mentee]["matched_with"] == pair.mentor
        assert pair.mentee_name == names[pair.mentee]
    unmatched: list[Unmatched] = _records(view, "unmatched")
    mentees = {u.person: u.reason for u in unmatched if u.role == "mentee"}
    assert mentees == {u["participant_id"]: u["reason"] for u in summary["unmatched_mentees"]}
    assert f"{summary['matched']} of {summary['mentees']} mentees matched" in \
        view.headline.text()
    assert view.tabs.tabText(0) == f"Pairs ({summary['matched']})"
    assert unnamed(view) == []


def test_a_pair_shows_each_criterion_with_its_points_and_sentence(qtbot: QtBot) -> None:
    summary, cards, names = sample_proposal()
    view = _view(qtbot, summary, cards, names)
    first: Pair = _records(view, "pairs")[0]
    assert view.current == first.mentee  # the best pair is chosen at first
    card = next(c for c in cards if c["participant_id"] == first.mentee)
    texts = [w.text() for w in view.criteria_card.findChildren(QLabel) if w.isVisibleTo(view)]
    for criterion in card["criteria"]:
        assert criterion["detail"] in texts
    assert "Skills" in texts and "5.00 of 5.00" in texts
    assert view.detail_title.text() == f"{first.mentee_name} and {first.mentor_name}"
    assert "A mentor must share a language" in view.rules_text.text()
    assert first.mentee_name in view.detail.accessibleDescription()


def test_why_not_shows_the_alternatives_only_on_demand(qtbot: QtBot) -> None:
    summary, cards, names = sample_proposal()
    view = _view(qtbot, summary, cards, names)
    person = summary["unmatched_mentees"][0]["participant_id"]
    assert view.select_person(person)
    assert view.tabs.currentWidget() is view.unmatched
    assert not view.why_card.isVisibleTo(view)
    assert view.why_not_lines() == []
    qtbot.mouseClick(view.why_button, Qt.MouseButton.LeftButton)
    assert view.why_card.isVisibleTo(view)
    card = next(c for c in cards if c["participant_id"] == person)
    lines = view.why_not_lines()
    assert len(lines) == len(card["alternatives"]) > 0
    for line, alt in zip(lines, card["alternatives"], strict=True):
        assert line.startswith(names[alt["mentor_id"]]) and alt["why_not"] in line
    view.select_person(_records(view, "pairs")[0].mentee)  # another person: hidden again
    assert not view.why_card.isVisibleTo(view)


def test_finding_a_person_filters_both_lists(qtbot: QtBot) -> None:
    summary, cards, names = sample_proposal()
    view = _view(qtbot, summary, cards, names)
    view.search.setText("okafor")
    pairs: list[Pair] = _records(view, "pairs")
    assert pairs and all(p.mentor_name == "Ben Okafor" for p in pairs)
    view.search.clear()
    assert len(_records(view, "pairs")) == summary["matched"]


def test_apply_asks_first_and_then_says_so(qtbot: QtBot) -> None:
    summary, cards, names = sample_proposal()
    view = _view(qtbot, summary, cards, names)
    with qtbot.assertNotEmitted(view.applyRequested):
        view.apply_button.click()
        box = view.confirm_box
        assert box is not None and f"Send {summary['matched']} introductions?" == box.text()
        _choose(box, "Cancel")
    assert view.confirm_box is None
    view.apply_button.click()
    box = view.confirm_box
    assert box is not None
    with qtbot.waitSignal(view.applyRequested):
        _choose(box, "Send introductions")
    view.set_applying(True)
    assert not view.apply_button.isEnabled()


def test_names_are_shown_as_written(qtbot: QtBot) -> None:
    summary, cards, names = sample_proposal()
    hostile = {pid: MARKUP for pid in names}
    view = _view(qtbot, summary, cards, hostile)
    assert view.pair_proxy.index(0, 0).data() == MARKUP
    assert view.detail_title.text() == f"{MARKUP} and {MARKUP}"
    for label in view.findChildren(QLabel):
        if MARKUP in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText


def _big_cohort(mentees: int, mentors: int) -> str:
    skills = ["python", "sql", "design", "testing", "statistics", "linux", "git", "research"]
    lines = ["id,name,role,skills,wants,languages,timezone,capacity,exclude,department"]
    for n in range(mentees):
        lines.append(f"e{n},Mentee {n},mentee,,{skills[n % 8]}:3;{skills[(n + 3) % 8]}:2,en,"
                     f"Europe/Paris,1,,d{n % 4}")
    for n in range(mentors):
        lines.append(f"r{n},Mentor {n},mentor,{skills[n % 8]}:5;{skills[(n + 1) % 8]}:4;"
                     f"{skills[(n + 3) % 8]}:3,,en,Europe/Berlin,4,,d{n % 3}")
    return "\n".join(lines) + "\n"


def test_four_hundred_pairs_are_one_view_not_thousands_of_widgets(qtbot: QtBot) -> None:
    cohort = parse_cohort(_big_cohort(400, 100))
    result = match_cohort(cohort, load_config(None))
    assert result.summary["matched"] == 400
    names = {p.id: p.name for p in cohort.participants}
    view = _view(qtbot, result.summary, result.cards, names)
    assert view.pair_model.rowCount() == 400
    widgets = len(view.findChildren(QWidget))
    assert widgets < 200  # the rows are items of a model, not widgets
    view.search.setText("Mentee 39")  # 39 and 390…399
    assert len(_records(view, "pairs")) == 11
    view.pairs.selectRow(5)
    assert view.current is not None and view.current.startswith("e39")
