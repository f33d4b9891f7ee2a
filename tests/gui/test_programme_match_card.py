"""A participant's match card (issue 13): whom and why — each criterion's sentence and points,
the rules, the rank obtained, the alternatives by score and never by identity —, a clear red
state when the card does not verify, and Part 4 §1's sentence on the vouched-for key."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ementor_desktop.ui.programme.match_card_view import MatchCardView
from ementor_desktop.ui.programme.sample import CARD_JSON, sample_card
from tests.gui.test_accessibility import unnamed
from tests.gui.workspace_support import uk_locale

__all__ = ["uk_locale"]
pytestmark = pytest.mark.usefixtures("uk_locale")
TRUST = ("The programme's coordinator vouches for this person's key. Compare safety numbers in "
         "your first meeting; until you do, someone who controls the programme could in "
         "principle read what you write here.")


def _view(qtbot: QtBot, **kwargs: object) -> MatchCardView:
    view = MatchCardView()
    qtbot.addWidget(view)
    view.set_card(sample_card(**kwargs))  # type: ignore[arg-type]
    view.resize(720, 860)
    view.show()
    return view


def _texts(view: MatchCardView) -> list[str]:
    return [label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view)]


def test_a_verified_card_says_whom_why_and_how(qtbot: QtBot) -> None:
    view = _view(qtbot)
    assert view.status_title.text() == "Verified"
    assert view.headline.text() == "You are matched with Ben Okafor"
    assert view.rank.text() == "You got your 1st choice."
    assert view.method.text().startswith("The programme gave as many people as possible their "
                                         "first choice")
    assert view.score.text() == "Score 9.875 of 11 possible."
    assert view.criteria_lines() == [
        "Skills | 5 of 5 points | Offers every wanted skill at the level wanted or above "
        "(python, sql).",
        "Working style | 2.25 of 3 points | Working-style answers 75% alike.",
        "Time zones | 1.125 of 1.5 points | 6 of 8 working hours in common.",
        "Languages | 1 of 1 points | Shared language: en (1 of 1).",
        "Sensitive answers | 0.5 of 0.5 points | Answers the programme keeps hidden, counted "
        "together as one number and not broken out."]
    rules = view.rules.text().splitlines()
    assert rules[0] == "• A mentor offers at least one skill the mentee wants."
    assert rules[-1].startswith("• Other rules applied that are not shown")
    assert view.trust_text.text() == TRUST and view.trust.isVisibleTo(view)
    assert unnamed(view) == []


def test_alternatives_give_scores_and_reasons_never_who(qtbot: QtBot) -> None:
    view = _view(qtbot)
    lines = view.alternatives.text().splitlines()
    assert lines == [
        "• A mentor scoring 8.2 was full. Giving you a place there would have changed the "
        "cohort's total score by -1.675. Lower than your match on: skills -1.25, time zones "
        "-0.375.",
        "• A mentor scoring 7 could not be chosen: this mentor is kept apart by a rule that is "
        "not shown."]
    shown = "\n".join(_texts(view))
    assert CARD_JSON["peer"] not in shown and CARD_JSON["subject"] not in shown


def test_a_card_that_does_not_verify_is_unmistakable(qtbot: QtBot) -> None:
    view = _view(qtbot, verified=False)
    assert view.status_title.text() == "This card does not verify"
    assert view.status_frame.objectName() == "programmeBad"
    assert view.status_mark.text() == "✗"
    assert "Do not rely on what it says" in view.status.text()
    assert view.status_frame.accessibleName() == "This card does not verify"
    unread = dataclasses.replace(sample_card(), card={"v": 1, "nonsense": True})
    view.set_card(unread)
    assert view.status_title.text() == "This card does not verify"
    assert view.headline.text() == "This card cannot be read."


def test_an_unmatched_card_says_why(qtbot: QtBot) -> None:
    card = {k: v for k, v in CARD_JSON.items()
            if k not in ("peer", "score_milli", "criteria", "rank")}
    card["unmatched"] = "all_full"
    view = MatchCardView()
    qtbot.addWidget(view)
    view.set_card(dataclasses.replace(sample_card(peer_name=None), card=card))
    assert view.headline.text() == "You were not matched in this round"
    assert view.method.text() == "Every mentor you could have been paired with is full."
    assert not view.trust.isVisibleTo(view) and not view.criteria_box.isVisibleTo(view)


def test_names_are_plain_and_verifying_is_a_signal(qtbot: QtBot) -> None:
    view = _view(qtbot, peer_name="<b>x</b>")
    assert view.headline.text() == "You are matched with <b>x</b>"
    assert view.headline.textFormat() == Qt.TextFormat.PlainText
    with qtbot.waitSignal(view.verifyRequested) as asked:
        qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["c1"]
