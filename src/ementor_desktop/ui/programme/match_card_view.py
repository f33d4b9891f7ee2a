"""A participant's match card (docs/protocol.md Part 4 §6), as the person reads it beside the new
conversation: whether it verifies against the coordinator's key (a red, unmistakable warning when
it does not), whom they are matched with and by which method, each criterion's sentence and
points, the rules that applied, which of their choices they got, and the alternatives — "a
mentor scoring 8.2 was full", never who — and Part 4 §1's sentence on the key the coordinator
vouches for, with the way to compare safety numbers.

Shows a `HeldCard` as plain text; the card's own text (details, the programme's name) is the
coordinator's. Calls no service: "Compare safety numbers…" is a signal.
"""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.programme_types import HeldCard
from ementor_desktop.protocol.programme_schema import Alternative, Card, Places
from ementor_desktop.ui.programme.common import (
    BAD,
    CRITERION_NAMES,
    GOOD,
    METHOD_SENTENCES,
    PAGE_STYLE,
    RULE_SENTENCES,
    UNMATCHED_SENTENCES,
    ms_text,
    name_of,
    ordinal,
    plain_label,
    points,
    themed,
    tr,
)
from ementor_desktop.ui.programme.common import Card as Box

#: Why an alternative was ruled out, in a few words each.
RULE_PHRASES: dict[str, object] = {
    "shared_skill": QT_TRANSLATE_NOOP("Programme", "offers none of the wanted skills"),
    "shared_language": QT_TRANSLATE_NOOP("Programme", "shares no language"),
    "capacity": QT_TRANSLATE_NOOP("Programme", "has no places"),
    "same_department": QT_TRANSLATE_NOOP("Programme", "works in the same department"),
    "timezone_gap": QT_TRANSLATE_NOOP("Programme", "lives too many hours away"),
    "min_skill_coverage": QT_TRANSLATE_NOOP("Programme", "covers too little of the wanted "
                                                         "skills"),
    "min_overlap_hours": QT_TRANSLATE_NOOP("Programme", "has too few working hours in common"),
    "min_working_style": QT_TRANSLATE_NOOP("Programme", "works too differently"),
    "min_score": QT_TRANSLATE_NOOP("Programme", "scores below the minimum"),
    "same_columns": QT_TRANSLATE_NOOP("Programme", "differs in an answer that must match"),
    "withheld": QT_TRANSLATE_NOOP("Programme", "is kept apart by a rule that is not shown"),
}
#: Part 4 §1, trust assumption 1: said beside every introduced contact until it is verified.
TRUST_SENTENCE = QT_TRANSLATE_NOOP(
    "Programme", "The programme's coordinator vouches for this person's key. Compare safety "
    "numbers in your first meeting; until you do, someone who controls the programme could in "
    "principle read what you write here.")


def read_card(held: HeldCard) -> Card | None:
    """The card's fields, or None when they do not even read as a card."""
    try:
        return msgspec.convert(dict(held.card), Card)
    except (msgspec.ValidationError, ValueError, TypeError):
        return None


def alternative_sentence(alt: Alternative) -> str:
    """One alternative as the card may say it: its score and why not, never who."""
    score = points(alt.score_milli)
    lower = ", ".join(Q.translate("Programme", "{criterion} {difference}").format(
        criterion=name_of(CRITERION_NAMES, s.name).lower(), difference=points(s.difference_milli))
        for s in alt.lower_on)
    if alt.status == "ruled_out":
        rules = ", ".join(name_of(RULE_PHRASES, r) for r in alt.rules)
        return Q.translate("Programme", "A mentor scoring {score} could not be chosen: this "
                           "mentor {rules}.").format(
            score=score, rules=rules or name_of(RULE_PHRASES, "withheld"))
    if alt.status == "full":
        text = Q.translate("Programme", "A mentor scoring {score} was full.").format(score=score)
        if isinstance(alt.total_change_milli, int):
            text += " " + Q.translate("Programme", "Giving you a place there would have changed "
                                      "the cohort's total score by {change}.").format(
                change=points(alt.total_change_milli))
        if lower:
            text += " " + Q.translate("Programme", "Lower than your match on: {lower}."
                                      ).format(lower=lower)
        return text
    if alt.status == "lower":
        return Q.translate("Programme", "A mentor scoring {score} had room but fits you less "
                           "well ({lower}).").format(
            score=score, lower=lower or Q.translate("Programme", "a lower score"))
    return Q.translate("Programme", "A mentor scoring {score} had room, but the matching chose "
                       "otherwise for the cohort as a whole.").format(score=score)


class MatchCardView(QWidget):
    """One held match card; `set_card` fills it."""

    verifyRequested = Signal(str)  # the introduced contact's id: compare safety numbers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.held: HeldCard | None = None
        self.setStyleSheet(PAGE_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        body.setAccessibleName(self.tr("Match card"))
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)

        self.status_frame = QFrame(body)
        status = QHBoxLayout(self.status_frame)
        status.setContentsMargins(10, 8, 10, 8)
        self.status_mark = QLabel(self.status_frame)
        self.status_mark.setTextFormat(Qt.TextFormat.PlainText)
        font = self.status_mark.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.status_mark.setFont(font)
        self.status_title = plain_label("", self.status_frame, object_name="sectionTitle")
        self.status = plain_label("", self.status_frame)
        self.status.setAccessibleName(self.tr("Whether the card verifies"))
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.status_title)
        words.addWidget(self.status)
        status.addWidget(self.status_mark, 0, Qt.AlignmentFlag.AlignTop)
        status.addLayout(words, 1)
        layout.addWidget(self.status_frame)

        self.programme = plain_label("", body, object_name="hint")
        self.headline = plain_label("", body, object_name="programmeTitle")
        self.rank = plain_label("", body)
        self.method = plain_label("", body)
        for widget in (self.programme, self.headline, self.rank, self.method):
            layout.addWidget(widget)

        self.trust = QFrame(body)
        self.trust.setObjectName("programmeNote")
        trust = QVBoxLayout(self.trust)
        trust.setContentsMargins(10, 8, 10, 8)
        self.trust_text = plain_label(tr(TRUST_SENTENCE), self.trust)
        trust.addWidget(self.trust_text)
        self.verify_button = QPushButton(self.tr("Compare &safety numbers…"), self.trust)
        self.verify_button.setAccessibleName(self.tr("Compare safety numbers with your match"))
        self.verify_button.setAutoDefault(False)
        trust.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.trust)

        self.criteria_box = Box(self.tr("Why this match: how the score adds up"), body)
        self.score = plain_label("", self.criteria_box)
        self.criteria_box.body.addWidget(self.score)
        self.criteria = QGridLayout()
        self.criteria.setColumnStretch(2, 1)
        self.criteria.setHorizontalSpacing(12)
        self.criteria.setVerticalSpacing(6)
        self.criteria_box.body.addLayout(self.criteria)
        layout.addWidget(self.criteria_box)

        self.places = plain_label("", body)
        layout.addWidget(self.places)

        self.rules_box = Box(self.tr("Rules that applied"), body)
        self.rules = plain_label("", self.rules_box)
        self.rules_box.body.addWidget(self.rules)
        layout.addWidget(self.rules_box)

        self.alternatives_box = Box(self.tr("The next-best mentors, and why not"), body)
        self.alternatives_box.body.addWidget(plain_label(self.tr(
            "Who they are is never said; only their scores and why each was not chosen."),
            self.alternatives_box, object_name="hint"))
        self.alternatives = plain_label("", self.alternatives_box)
        self.alternatives_box.body.addWidget(self.alternatives)
        layout.addWidget(self.alternatives_box)
        layout.addStretch(1)

        self.verify_button.clicked.connect(self._verify)
        self.clear()

    def clear(self) -> None:
        self.held = None
        self.status_frame.hide()
        self.headline.setText(self.tr("No match card yet."))
        for widget in (self.programme, self.rank, self.method, self.trust, self.criteria_box,
                       self.places, self.rules_box, self.alternatives_box):
            widget.hide()

    def set_card(self, held: HeldCard) -> None:
        self.clear()
        self.held = held
        card = read_card(held)
        verified = held.verified and card is not None
        self._set_status(verified)
        self.programme.setText(self.tr("{programme} · card issued {when}").format(
            programme=held.programme_name,
            when=ms_text(card.issued) if card is not None else "?"))
        self.programme.show()
        if card is None:
            self.headline.setText(self.tr("This card cannot be read."))
            return
        matched = isinstance(card.peer, str)
        if matched:
            self.headline.setText(self.tr("You are matched with {name}").format(
                name=held.peer_name or self.tr("the person introduced to you")))
        else:
            self.headline.setText(self.tr("You were not matched in this round"))
            self.method.setText(name_of(UNMATCHED_SENTENCES, card.unmatched)
                                if isinstance(card.unmatched, str) else "")
            self.method.show()
        if matched:
            self.method.setText(name_of(METHOD_SENTENCES, card.method))
            self.method.show()
        if isinstance(card.rank, int):
            self.rank.setText(self.tr("You got your {ordinal} choice.").format(
                ordinal=ordinal(card.rank)))
            self.rank.show()
        self.trust.setVisible(matched)
        self.verify_button.setVisible(bool(held.peer_contact_id))
        if matched and isinstance(card.criteria, list):
            self._criteria(card)
        places = card.places
        if isinstance(places, Places):
            self.places.setText(self.tr("You have {used} of your {capacity} places taken."
                                        ).format(used=places.used, capacity=places.capacity))
            self.places.show()
        self.rules.setText("\n".join("• " + name_of(RULE_SENTENCES, r) for r in card.rules))
        self.rules_box.setVisible(bool(card.rules))
        alternatives = card.alternatives if isinstance(card.alternatives, list) else []
        if alternatives:
            self.alternatives.setText("\n".join("• " + alternative_sentence(a)
                                                for a in alternatives))
            self.alternatives_box.show()

    def _set_status(self, verified: bool) -> None:
        self.status_frame.show()
        if verified:
            self.status_frame.setObjectName("programmeGood")
            self.status_mark.setText("✓")
            self.status_mark.setStyleSheet(f"color: {themed(GOOD)};")
            self.status_title.setText(self.tr("Verified"))
            self.status_title.setStyleSheet(f"color: {themed(GOOD)};")
            self.status.setText(self.tr("Signed with the programme coordinator's key."))
        else:
            self.status_frame.setObjectName("programmeBad")
            self.status_mark.setText("✗")
            self.status_mark.setStyleSheet(f"color: {themed(BAD)};")
            self.status_title.setText(self.tr("This card does not verify"))
            self.status_title.setStyleSheet(f"color: {themed(BAD)};")
            self.status.setText(self.tr(
                "It was changed after the coordinator signed it, or the coordinator did not "
                "sign it. Do not rely on what it says below; ask the coordinator."))
        self.status_frame.setAccessibleName(self.status_title.text())
        self.status_frame.setAccessibleDescription(self.status.text())
        self.status_frame.style().unpolish(self.status_frame)
        self.status_frame.style().polish(self.status_frame)

    def _criteria(self, card: Card) -> None:
        score = card.score_milli if isinstance(card.score_milli, int) else 0
        self.score.setText(self.tr("Score {score} of {best} possible.").format(
            score=points(score), best=points(card.max_milli)))
        criteria = card.criteria if isinstance(card.criteria, list) else []
        while self.criteria.count():
            item = self.criteria.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        parent = self.criteria_box
        for row, criterion in enumerate(criteria):
            name = plain_label(name_of(CRITERION_NAMES, criterion.name), parent, wrap=False,
                               object_name="sectionTitle")
            got = plain_label(self.tr("{got} of {weight} points").format(
                got=points(criterion.contribution_milli),
                weight=points(criterion.weight_milli)), parent, wrap=False)
            detail_text = criterion.detail if isinstance(criterion.detail, str) else (
                self.tr("Answers the programme keeps hidden, counted together as one number and "
                        "not broken out.")
                if criterion.name == "sensitive" else "")
            detail = plain_label(detail_text, parent)
            self.criteria.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.criteria.addWidget(got, row, 1, Qt.AlignmentFlag.AlignTop)
            self.criteria.addWidget(detail, row, 2)
        self.criteria_box.show()

    def criteria_lines(self) -> list[str]:
        """The criteria rows as text (for tests and screen readers)."""
        lines = []
        for row in range(self.criteria.rowCount()):
            cells = []
            for column in range(3):
                item = self.criteria.itemAtPosition(row, column)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    cells.append(widget.text())
            if cells:
                lines.append(" | ".join(cells))
        return lines

    def _verify(self) -> None:
        if self.held is not None and self.held.peer_contact_id:
            self.verifyRequested.emit(self.held.peer_contact_id)

__all__ = ["TRUST_SENTENCE", "MatchCardView", "alternative_sentence", "read_card"]
