"""The coordinator's programme page (issue 13): the programme's texts, the enrolment code as
text and as a QR code, the cohort table (states in words and colour, sorting, filtering), Admit
and Decline for people waiting for review, and the signals the lead wires to the services."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ementor_desktop.domain.programme_types import ParticipantState
from ementor_desktop.ui.programme.coordinator_page import STATE, CoordinatorPage
from ementor_desktop.ui.programme.models import RECORD_ROLE
from ementor_desktop.ui.programme.sample import CODE, sample_info, sample_participants
from tests.gui.test_accessibility import unnamed
from tests.gui.workspace_support import uk_locale

__all__ = ["uk_locale"]
MARKUP = "<b>x</b>"


def _page(qtbot: QtBot) -> CoordinatorPage:
    page = CoordinatorPage()
    qtbot.addWidget(page)
    page.set_programme(sample_info())
    page.set_participants(sample_participants())
    page.resize(1100, 820)
    page.show()
    return page


def _names(page: CoordinatorPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def _choose(button: QMessageBox, text: str) -> None:
    next(b for b in button.buttons() if b.text().replace("&", "") == text).click()


def test_the_page_shows_the_programme_and_its_code(qtbot: QtBot, uk_locale: None) -> None:
    page = _page(qtbot)
    assert page.title.text() == "Mentoring à la carte 2026"
    assert "People team, Example Org" in page.subtitle.text()
    assert "12 January 2026" in page.subtitle.text()
    assert page.purpose.text().startswith("Pair engineers")
    assert page.benefits.text() == "A mentor outside your own team.\nOne hour a fortnight in " \
                                   "working time."
    assert page.code.toPlainText() == CODE
    pixmap = page.qr.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= 150  # rendered in memory, shown
    assert "01/02/2026" in page.expires.text()
    assert unnamed(page) == []

    page.set_programme(sample_info(code=None))  # enrolment closed: nothing to copy
    assert page.no_code.isVisibleTo(page) and not page.copy_button.isVisibleTo(page)
    assert page.qr.pixmap().isNull()


def test_remote_text_is_shown_as_written(qtbot: QtBot) -> None:
    page = _page(qtbot)
    info = dataclasses.replace(sample_info(), name=MARKUP, purpose=MARKUP, organiser=MARKUP)
    page.set_programme(info)
    people = [dataclasses.replace(sample_participants()[2], name=MARKUP, headline=MARKUP,
                                  matched_with=(MARKUP,))]
    page.set_participants(people)
    assert page.title.text() == MARKUP and page.purpose.text() == MARKUP
    for label in page.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or MARKUP not in label.text()
    assert page.title.textFormat() == Qt.TextFormat.PlainText
    assert page.proxy.index(0, 0).data() == MARKUP
    assert page.proxy.index(0, 4).data() == MARKUP
    for column in range(page.proxy.columnCount()):  # Qt would read a tooltip as markup
        assert page.proxy.index(0, column).data(Qt.ItemDataRole.ToolTipRole) is None


def test_states_show_as_words_beside_their_colour_and_sort_in_order(qtbot: QtBot) -> None:
    page = _page(qtbot)
    states = [page.proxy.index(r, STATE).data() for r in range(page.proxy.rowCount())]
    assert states[0] == "Joined, no consent yet" and states[-1] == "Ended"
    assert "Waiting for review" in states and "Active" in states
    icon = page.proxy.index(0, STATE).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()  # the colour, beside the words
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _names(page) == sorted(_names(page), key=str.casefold)
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # places used, mentors first
    assert _names(page)[0] == "Ben Okafor"


def test_the_table_filters_by_state_and_name(qtbot: QtBot) -> None:
    page = _page(qtbot)
    page.state_filter.setCurrentIndex(page.state_filter.findData("pending"))
    assert sorted(_names(page)) == ["Chidi Eze", "Hana Sato"]
    assert "2 shown" in page.counts.text() and "2 waiting for review" in page.counts.text()
    page.search.setText("hana")
    assert _names(page) == ["Hana Sato"]
    page.state_filter.setCurrentIndex(0)
    page.search.clear()
    assert page.proxy.rowCount() == len(sample_participants())


def test_admit_and_decline_only_someone_waiting_for_review(qtbot: QtBot) -> None:
    page = _page(qtbot)
    assert page.select_member("m00")  # active: nothing to admit
    assert not page.admit_button.isEnabled() and not page.decline_button.isEnabled()
    assert page.select_member("m02")  # Chidi, waiting for review
    assert page.admit_button.isEnabled()
    with qtbot.waitSignal(page.admitRequested) as admitted:
        qtbot.mouseClick(page.admit_button, Qt.MouseButton.LeftButton)
    assert admitted.args == ["m02"]

    with qtbot.assertNotEmitted(page.declineRequested):
        page.decline_button.click()
        box = page.confirm_box
        assert box is not None and "Chidi Eze" in box.text()
        _choose(box, "Cancel")
    page.decline_button.click()
    box = page.confirm_box
    assert box is not None
    with qtbot.waitSignal(page.declineRequested) as declined:
        _choose(box, "Decline")
    assert declined.args == ["m02"]


def test_the_selection_survives_a_refresh(qtbot: QtBot) -> None:
    page = _page(qtbot)
    page.select_member("m07")
    rows = sample_participants()
    rows[7] = dataclasses.replace(rows[7], state=ParticipantState.ENROLLED)
    page.set_participants(rows)
    assert page.selected_member() == "m07"
    record = page.table.currentIndex().siblingAtColumn(0).data(RECORD_ROLE)
    assert record.state == ParticipantState.ENROLLED
    assert not page.admit_button.isEnabled()  # admitted now


def test_buttons_say_what_was_asked(qtbot: QtBot) -> None:
    page = _page(qtbot)
    for button, signal in ((page.copy_button, page.copyCode),
                           (page.propose_button, page.proposeRequested),
                           (page.report_button, page.reportRequested)):
        with qtbot.waitSignal(signal):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page.set_busy(True)
    assert not page.propose_button.isEnabled()
    page.set_busy(False)
    assert page.propose_button.isEnabled()
