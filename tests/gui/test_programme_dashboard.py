"""The coordinator's dashboard (issue 13): each chart over a report, a month with too few pairs
drawn as a hatched "not shown" band and a gap — never a point at zero —, randomised pulse items
marked, and the same numbers as tables a screen reader reads."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCharts import QAreaSeries, QChartView, QPieSeries, QXYSeries
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ementor_desktop.domain.programme_types import PeriodFigures
from ementor_desktop.ui.programme.dashboard import Dashboard
from ementor_desktop.ui.programme.sample import sample_report
from ementor_desktop.ui.resources import apply_theme
from tests.gui.test_accessibility import unnamed
from tests.gui.workspace_support import uk_locale

__all__ = ["uk_locale"]
pytestmark = pytest.mark.usefixtures("uk_locale")


def _dashboard(qtbot: QtBot) -> Dashboard:
    view = Dashboard()
    qtbot.addWidget(view)
    view.set_report(sample_report())
    view.resize(1100, 1000)
    view.show()
    return view


def _points(view: QChartView) -> list[tuple[float, float]]:
    """Every data point drawn (bands excluded)."""
    points = []
    for series in view.chart().series():
        if isinstance(series, QXYSeries):
            points += [(p.x(), p.y()) for p in series.points()]
    return points


def _bands(view: QChartView) -> list[int]:
    return [int(s.property("suppressedIndex")) for s in view.chart().series()
            if isinstance(s, QAreaSeries)]


def test_suppressed_months_are_marked_never_drawn_as_zero(qtbot: QtBot) -> None:
    view = _dashboard(qtbot)
    report = sample_report()
    hidden = [i for i, p in enumerate(report.periods) if p.suppressed]
    assert hidden == [0, 3]  # fewer than 5 pairs in January and April
    for chart in (view.activity_view, view.goals_view):
        drawn = {x for x, _y in _points(chart)}
        assert drawn.isdisjoint(hidden)  # no point at all where the figure is not shown
        assert sorted(_bands(chart)) == hidden
        names = {s.name() for s in chart.chart().series() if isinstance(s, QAreaSeries)}
        assert names == {"Fewer than 5 pairs — not shown"}
    held = {x: y for x, y in _points(view.activity_view)}
    assert held == {i: p.sessions_held for i, p in enumerate(report.periods)
                    if not p.suppressed}
    description = view.activity_view.accessibleDescription()
    assert "January 2026: not shown (fewer than 5 pairs)" in description
    assert "February 2026: Sessions held 13" in description
    rows = view.table_rows(view.activity_table)
    assert rows[0][0] == "January 2026" and rows[0][2] == "not shown"
    assert view.small_note.text().startswith("“not shown”: fewer than 5 pairs")
    assert rows[1][2] == "13" and "0" not in rows[0][2:]


def test_a_report_of_only_small_months_draws_no_figure(qtbot: QtBot) -> None:
    view = _dashboard(qtbot)
    report = sample_report()
    small = dataclasses.replace(report, periods=[
        PeriodFigures(period=p.period, pairs=2, suppressed=True) for p in report.periods])
    view.set_report(small)
    assert _points(view.activity_view) == []
    assert sorted(_bands(view.activity_view)) == list(range(len(report.periods)))


def test_enrolment_and_matched_charts_carry_the_counts(qtbot: QtBot) -> None:
    view = _dashboard(qtbot)
    report = sample_report()
    description = view.enrolment_view.accessibleDescription()
    assert "Active: 22" in description and "Waiting for review: 3" in description
    pie = next(s for s in view.matched_view.chart().series() if isinstance(s, QPieSeries))
    assert [int(piece.value()) for piece in pie.slices()] == [report.matched, report.unmatched]
    rows = view.table_rows(view.enrolment_table)
    assert ("Active", "14", "8", "22") in rows
    assert ("In a pair", "", "", "26") in rows
    assert unnamed(view) == []


def test_pulse_items_show_mean_interval_and_randomisation(qtbot: QtBot) -> None:
    view = _dashboard(qtbot)
    assert view.pulse_period.currentData() == "2026-06"
    description = view.pulse_view.accessibleDescription()
    assert "How useful was mentoring this month?: mean 3.90 (95 % interval 3.50 to 4.30), 24 " \
           "answers" in description
    assert "randomised on each person's device" in description
    names = {s.name() for s in view.pulse_view.chart().series()}
    assert "Mean, randomised item (estimate)" in names and "95 % interval" in names
    rows = view.table_rows(view.pulse_table)
    safe = next(r for r in rows if r[0] == "June 2026" and r[1].startswith("Do you feel safe"))
    assert safe[5] == "yes (p = 0.5)" and safe[2] == "24"
    view.pulse_period.setCurrentIndex(view.pulse_period.findData("2026-01"))  # 6 answers
    assert "not shown" not in view.pulse_view.accessibleDescription()
    small = next(r for r in rows if r[0] == "January 2026")
    assert small[2] == "6"


def test_a_small_pulse_group_is_not_drawn(qtbot: QtBot) -> None:
    view = _dashboard(qtbot)
    report = sample_report(min_group=10)  # January: 6 answers, fewer than 10
    view.set_report(report)
    view.pulse_period.setCurrentIndex(view.pulse_period.findData("2026-01"))
    assert _points(view.pulse_view) == []  # no mean, no interval
    assert sorted(_bands(view.pulse_view)) == [0, 1]
    assert "not shown (fewer than 10 answers)" in view.pulse_view.accessibleDescription()


def test_export_is_a_signal_and_the_theme_can_change(qtbot: QtBot) -> None:
    view = _dashboard(qtbot)
    with qtbot.waitSignal(view.exportCsvRequested):
        view.export_button.click()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_theme(app, "dark")
        qtbot.waitUntil(lambda: view.activity_view.chart().backgroundBrush().color().name()
                        == "#15191b", timeout=2000)  # redrawn on the dark palette's base
        assert sorted(_bands(view.activity_view)) == [0, 3]
    finally:
        apply_theme(app, "light")
