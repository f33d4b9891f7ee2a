"""The coordinator's dashboard over a `ProgrammeReport`: enrolment by state, matched and not,
sessions held per month, goals set and achieved per month, and the pulse items (mean with its 95 %
interval, randomised items marked, the number of answers) — charts with Qt Charts, and the same
numbers as tables for screen readers and anyone who prefers them.

A figure the report leaves out (`None`: a group smaller than the programme's minimum size, Part 4
§9) is never drawn as zero: its month carries a hatched band and the words "fewer than N pairs —
not shown", and the line breaks there. Axis labels are our own words or ids (never a question's
text, which Qt Charts would read as markup). Calls no service: "Export CSV…" is a signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QAbstractSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.programme_types import (
    PeriodFigures,
    ProgrammeReport,
    PulseFigures,
)
from ementor_desktop.ui.programme.common import (
    PAGE_STYLE,
    STATE_ORDER,
    Card,
    ms_text,
    number,
    plain_label,
    state_name,
)
from ementor_desktop.ui.programme.models import Column, RecordModel
from ementor_desktop.ui.resources import is_dark

#: Series colours readable on both themes' backgrounds (light, dark).
COLOURS = {"primary": ("#2f7d6d", "#5cc2a8"), "second": ("#1d6a9a", "#6fb3e0"),
           "accent": ("#b26a00", "#e0a100"), "muted": ("#7a8590", "#8f9aa0")}


def colour(name: str) -> QColor:
    light, dark = COLOURS[name]
    return QColor(dark if is_dark() else light)


@dataclass(frozen=True)
class Row:
    """One row of a numbers table: its cells as shown."""

    cells: tuple[str, ...]


class Dashboard(QWidget):
    """The programme's report as charts and tables; `set_report` fills it."""

    exportCsvRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: ProgrammeReport | None = None
        self._pending_theme = False
        self.setStyleSheet(PAGE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = plain_label(self.tr("Programme report"), self, object_name="programmeTitle")
        self.subtitle = plain_label("", self, object_name="hint")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export the report as a CSV file"))
        self.export_button.setAutoDefault(False)
        head.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.notes = plain_label("", self, object_name="hint")
        layout.addWidget(self.notes)
        self.message = plain_label("", self, object_name="hint")
        self.message.hide()
        layout.addWidget(self.message)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Charts and numbers"))
        layout.addWidget(self.tabs, 1)

        charts = QScrollArea(self.tabs)
        charts.setWidgetResizable(True)
        charts.setFrameShape(QFrame.Shape.NoFrame)
        grid_host = QWidget(charts)
        charts.setWidget(grid_host)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setSpacing(10)
        self.enrolment_view = self._chart_card(grid, 0, 0, self.tr("Enrolment by state"))
        self.matched_view = self._chart_card(grid, 0, 1, self.tr("Matched and not matched"))
        self.activity_view = self._chart_card(grid, 1, 0, self.tr("Sessions held per month"),
                                              span=2)
        self.goals_view = self._chart_card(grid, 2, 0, self.tr("Goals set and achieved"),
                                           span=2)
        self.pulse_view = self._chart_card(grid, 3, 0, self.tr("Pulse"), span=2)
        pulse_card = self.pulse_view.parentWidget()
        assert isinstance(pulse_card, Card)
        period_row = QHBoxLayout()
        period_label = QLabel(self.tr("&Month:"), pulse_card)
        self.pulse_period = QComboBox(pulse_card)
        self.pulse_period.setAccessibleName(self.tr("Month of the pulse answers"))
        period_label.setBuddy(self.pulse_period)
        period_row.addWidget(period_label)
        period_row.addWidget(self.pulse_period)
        period_row.addStretch(1)
        pulse_card.body.insertLayout(1, period_row)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.tabs.addTab(charts, self.tr("Charts"))

        numbers = QScrollArea(self.tabs)
        numbers.setWidgetResizable(True)
        numbers.setFrameShape(QFrame.Shape.NoFrame)
        tables = QWidget(numbers)
        numbers.setWidget(tables)
        column = QVBoxLayout(tables)
        self.enrolment_table = self._table(column, self.tr("Enrolment"), [
            self.tr("State"), self.tr("Mentees"), self.tr("Mentors"), self.tr("Everyone")])
        self.small_note = plain_label("", tables, object_name="hint")
        self.activity_table = self._table(column, self.tr("Pairs' figures per month"), [
            self.tr("Month"), self.tr("Pairs"), self.tr("Sessions held"), self.tr("Minutes"),
            self.tr("Cancelled"), self.tr("Rhythm kept"), self.tr("Goals set"),
            self.tr("Goals achieved")], self.small_note)
        self.pulse_table = self._table(column, self.tr("Pulse"), [
            self.tr("Month"), self.tr("Question"), self.tr("Answers"), self.tr("Mean"),
            self.tr("95 % interval"), self.tr("Randomised")])
        column.addStretch(1)
        self.tabs.addTab(numbers, self.tr("Numbers"))

        self.export_button.clicked.connect(self.exportCsvRequested)
        self.pulse_period.currentIndexChanged.connect(self._draw_pulse)
        self.export_button.setEnabled(False)

    def _chart_card(self, grid: QGridLayout, row: int, column: int, title: str,
                    span: int = 1) -> QChartView:
        card = Card(title, self)
        view = QChartView(card)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setMinimumHeight(250)
        view.setAccessibleName(title)
        view.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches its description
        card.body.addWidget(view, 1)
        grid.addWidget(card, row, column, 1, span)
        return view

    def _table(self, column: QVBoxLayout, title: str, headers: list[str],
               note: QLabel | None = None) -> QTableView:
        column.addWidget(plain_label(title, self, wrap=False, object_name="sectionTitle"))
        if note is not None:
            column.addWidget(note)
        model = RecordModel([Column(h, _cell(n)) for n, h in enumerate(headers)], self)
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(title)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setAccessibleName(self.tr("Row headings"))
        header = table.horizontalHeader()
        header.setAccessibleName(self.tr("Column headings"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        column.addWidget(table)
        return table

    # -- setters --------------------------------------------------------------------------------

    def set_report(self, report: ProgrammeReport) -> None:
        self.report = report
        self.title.setText(self.tr("Report: {name}").format(name=report.name))
        self.subtitle.setText(self.tr(
            "Made {when}. Figures of fewer than {k} pairs (or, for the pulse, {k} people) are "
            "not shown, so that nobody's own figures can be read here.").format(
            when=ms_text(report.generated_at), k=report.min_group))
        self.small_note.setText(self.tr(
            "“not shown”: fewer than {k} pairs reported that month (or, for the pulse, fewer "
            "than {k} people answered).").format(k=report.min_group))
        self.notes.setText("\n".join(report.notes))
        self.notes.setVisible(bool(report.notes))
        self.export_button.setEnabled(True)
        periods = sorted({p.period for p in report.pulse}, reverse=True)
        latest = next((p.period for p in sorted(report.pulse, key=lambda p: p.period,
                                                reverse=True) if not p.suppressed), None)
        self.pulse_period.blockSignals(True)
        self.pulse_period.clear()
        for period in periods:
            self.pulse_period.addItem(month_long(period), period)
        self.pulse_period.setCurrentIndex(max(0, self.pulse_period.findData(latest)))
        self.pulse_period.blockSignals(False)
        self._fill_tables(report)
        self._draw()

    def show_message(self, text: str, error: bool = False) -> None:
        """A line under the title (e.g. where the CSV went, or why it could not be written)."""
        self.message.setObjectName("error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.report is not None \
                and not self._pending_theme:
            self._pending_theme = True  # once, after the palette settles
            QTimer.singleShot(0, self._retheme)

    def _retheme(self) -> None:
        self._pending_theme = False
        self._draw()

    # -- charts ---------------------------------------------------------------------------------

    def _draw(self) -> None:
        report = self.report
        if report is None:
            return
        self._draw_enrolment(report)
        self._draw_matched(report)
        self._draw_activity(report)
        self._draw_goals(report)
        self._draw_pulse()

    def _chart(self, view: QChartView) -> QChart:
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark()
                       else QChart.ChartTheme.ChartThemeLight)
        palette = self.palette()
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(0, 4, 0, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        view.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def _axis_colours(self, *axes: QBarCategoryAxis | QValueAxis) -> None:
        text = self.palette().color(QPalette.ColorRole.Text)
        grid = self.palette().color(QPalette.ColorRole.Mid)
        for axis in axes:
            axis.setLabelsColor(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)

    def _draw_enrolment(self, report: ProgrammeReport) -> None:
        chart = self._chart(self.enrolment_view)
        states = _states(report)
        counts = [int(report.enrolment.get(str(s), 0)) for s in states]
        bars = QBarSet(self.tr("People"))
        bars.append([float(c) for c in reversed(counts)])  # the first state on top
        bars.setColor(colour("primary"))
        bars.setBorderColor(colour("primary"))
        bars.setLabelColor(self.palette().color(QPalette.ColorRole.Text))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.6)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([state_name(str(s)) for s in reversed(states)])
        values = _count_axis(max(counts, default=0))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        series.attachAxis(names)
        self._axis_colours(names, values)
        chart.legend().hide()
        self.enrolment_view.setAccessibleDescription("; ".join(
            self.tr("{state}: {n}").format(state=state_name(str(s)), n=c)
            for s, c in zip(states, counts, strict=True)))

    def _draw_matched(self, report: ProgrammeReport) -> None:
        chart = self._chart(self.matched_view)
        series = QPieSeries()
        parts = ((self.tr("In a pair: {n}").format(n=report.matched), report.matched,
                  "primary"),
                 (self.tr("Enrolled, not in a pair: {n}").format(n=report.unmatched),
                  report.unmatched, "accent"))
        text = self.palette().color(QPalette.ColorRole.Text)
        for label, value, name in parts:
            piece = series.append(label, float(value))
            piece.setColor(colour(name))
            piece.setLabelVisible(value > 0)
            piece.setLabelColor(text)
            piece.setBorderColor(self.palette().color(QPalette.ColorRole.Base))
        series.setPieSize(0.6)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.matched_view.setAccessibleDescription(self.tr(
            "{matched} people are in at least one active pair; {unmatched} enrolled people are "
            "in none.").format(matched=report.matched, unmatched=report.unmatched))

    def _months_axis(self, periods: Sequence[PeriodFigures]) -> QBarCategoryAxis:
        """Short month names (they fit a year of months); the year on the first month and on
        each January."""
        x = QBarCategoryAxis()
        x.append([month_label(p.period, first=i == 0) for i, p in enumerate(periods)]
                 or [self.tr("(no months yet)")])
        return x

    def _draw_by_month(self, view: QChartView, periods: Sequence[PeriodFigures],
                       lines: list[tuple[str, str, Callable[[PeriodFigures], int | None]]],
                       what: str) -> None:
        """One line per figure over the months; a suppressed month is a hatched band and a gap
        in every line, never a point at zero."""
        chart = self._chart(view)
        x = self._months_axis(periods)
        shown = [v for p in periods if not p.suppressed for _n, _c, get in lines
                 if (v := get(p)) is not None]
        y = _count_axis(max(shown, default=0))
        top = y.max()
        hidden = [i for i, p in enumerate(periods) if p.suppressed]
        if hidden:
            self._bands(chart, x, y, hidden, top, self.tr(
                "Fewer than {k} pairs — not shown").format(k=self._k()))
        for name, tint, get in lines:
            self._gapped_line(chart, x, y, name, colour(tint),
                              [get(p) if not p.suppressed else None for p in periods])
        if not chart.series():  # no months yet: axes still say what would be here
            chart.addSeries(QLineSeries())
            self._attach(chart, chart.series()[0], x, y)
        self._axis_colours(x, y)
        parts = []
        for p in periods:
            if p.suppressed:
                parts.append(self.tr("{month}: not shown (fewer than {k} pairs)").format(
                    month=month_long(p.period), k=self._k()))
            else:
                parts.append(self.tr("{month}: {values}").format(
                    month=month_long(p.period), values=", ".join(
                    self.tr("{name} {value}").format(name=name, value=_or_dash(get(p)))
                    for name, _t, get in lines)))
        view.setAccessibleDescription(what + ". " + "; ".join(parts))

    def _draw_activity(self, report: ProgrammeReport) -> None:
        self._draw_by_month(self.activity_view, report.periods, [
            (self.tr("Sessions held"), "primary", lambda p: p.sessions_held)],
            self.tr("Sessions held per month"))

    def _draw_goals(self, report: ProgrammeReport) -> None:
        self._draw_by_month(self.goals_view, report.periods, [
            (self.tr("Goals set"), "second", lambda p: p.goals_set),
            (self.tr("Goals achieved"), "primary", lambda p: p.goals_done)],
            self.tr("Goals set and achieved per month"))

    def _draw_pulse(self, *_args: object) -> None:
        report = self.report
        if report is None:
            return
        chart = self._chart(self.pulse_view)
        period = self.pulse_period.currentData()
        items = [p for p in report.pulse if p.period == period]
        x = QBarCategoryAxis()
        x.append([self._item_label(p) for p in items] or [self.tr("(no pulse items)")])
        y = QValueAxis()
        y.setRange(1.0, 5.0)
        y.setTickCount(5)
        y.setLabelFormat("%d")
        hidden = [i for i, p in enumerate(items) if p.suppressed or p.mean is None]
        if hidden:
            self._bands(chart, x, y, hidden, 5.0, self.tr(
                "Fewer than {k} answers — not shown").format(k=self._k()), bottom=1.0)
        plain = QScatterSeries()
        plain.setName(self.tr("Mean"))
        randomised = QScatterSeries()
        randomised.setName(self.tr("Mean, randomised item (estimate)"))
        randomised.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        first_interval = True
        for i, item in enumerate(items):
            if i in hidden or item.mean is None:
                continue
            if item.low is not None and item.high is not None:
                interval = QLineSeries()
                interval.setName(self.tr("95 % interval"))
                interval.append([QPointF(i, item.low), QPointF(i, item.high)])
                pen = QPen(colour("muted"))
                pen.setWidth(3)
                interval.setPen(pen)
                chart.addSeries(interval)
                self._attach(chart, interval, x, y)
                if not first_interval:
                    _hide_from_legend(chart, interval)
                first_interval = False
            target = randomised if item.sensitive else plain
            target.append(i, max(1.0, min(5.0, item.mean)))
        for series, tint in ((plain, "primary"), (randomised, "accent")):
            series.setColor(colour(tint))
            series.setBorderColor(colour(tint))
            series.setMarkerSize(11)
            series.setPointLabelsVisible(True)
            series.setPointLabelsFormat("@yPoint")
            series.setPointLabelsColor(self.palette().color(QPalette.ColorRole.Text))
            if series.count():
                chart.addSeries(series)
                self._attach(chart, series, x, y)
        if not chart.series():
            chart.addSeries(QLineSeries())
            self._attach(chart, chart.series()[0], x, y)
        self._axis_colours(x, y)
        self.pulse_view.setAccessibleDescription(self.tr("Pulse, {month}: {items}").format(
            month=month_long(str(period or "")),
            items="; ".join(self._pulse_sentence(p) for p in items)))

    def _item_label(self, item: PulseFigures) -> str:
        if item.sensitive:
            return self.tr("{id} (randomised), {n} answers").format(id=item.item, n=item.answers)
        return self.tr("{id}, {n} answers").format(id=item.item, n=item.answers)

    def _pulse_sentence(self, p: PulseFigures) -> str:
        if p.suppressed or p.mean is None:
            return self.tr("{question}: not shown (fewer than {k} answers)").format(
                question=p.question, k=self._k())
        text = self.tr("{question}: mean {mean} (95 % interval {low} to {high}), {n} answers"
                       ).format(question=p.question, mean=number(p.mean),
                                low=number(p.low if p.low is not None else p.mean),
                                high=number(p.high if p.high is not None else p.mean),
                                n=p.answers)
        if p.sensitive:
            text += self.tr(", randomised on each person's device (estimate)")
        return text

    def _bands(self, chart: QChart, x: QBarCategoryAxis, y: QValueAxis, at: list[int],
               top: float, name: str, bottom: float = 0.0) -> None:
        """A hatched band over each category in `at`: "no figure here", unlike a zero."""
        tint = QColor(colour("muted"))
        for n, i in enumerate(at):
            upper, lower = QLineSeries(), QLineSeries()
            upper.append([QPointF(i - 0.45, top), QPointF(i + 0.45, top)])
            lower.append([QPointF(i - 0.45, bottom), QPointF(i + 0.45, bottom)])
            band = QAreaSeries(upper, lower)
            upper.setParent(band)  # the band does not own its edges; without this Python
            lower.setParent(band)  # would delete them under it
            band.setName(name)
            band.setBrush(QBrush(tint, Qt.BrushStyle.BDiagPattern))
            band.setPen(QPen(tint, 1, Qt.PenStyle.DashLine))
            band.setProperty("suppressedIndex", i)
            chart.addSeries(band)
            self._attach(chart, band, x, y)
            if n:
                _hide_from_legend(chart, band)

    def _gapped_line(self, chart: QChart, x: QBarCategoryAxis, y: QValueAxis, name: str,
                     tint: QColor, values: list[int | None]) -> None:
        """`values` as lines that stop where a value is missing (one series per run)."""
        runs: list[list[tuple[int, int]]] = [[]]
        for i, value in enumerate(values):
            if value is None:
                if runs[-1]:
                    runs.append([])
                continue
            runs[-1].append((i, value))
        first = True
        for run in (r for r in runs if r):
            line = QLineSeries()
            line.setName(name)
            line.append([QPointF(i, v) for i, v in run])
            pen = QPen(tint)
            pen.setWidth(2)
            line.setPen(pen)
            line.setColor(tint)
            line.setPointsVisible(True)
            line.setMarkerSize(4)  # (a radius: 8 px across)
            line.setPointLabelsVisible(True)
            line.setPointLabelsFormat("@yPoint")
            line.setPointLabelsColor(self.palette().color(QPalette.ColorRole.Text))
            chart.addSeries(line)
            self._attach(chart, line, x, y)
            if not first:
                _hide_from_legend(chart, line)
            first = False

    def _attach(self, chart: QChart, series: QAbstractSeries, x: QBarCategoryAxis,
                y: QValueAxis) -> None:
        if x not in chart.axes():
            chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
            self._axis_colours(x, y)
        series.attachAxis(x)
        series.attachAxis(y)

    def _k(self) -> int:
        return self.report.min_group if self.report is not None else 5

    # -- numbers --------------------------------------------------------------------------------

    def _fill_tables(self, report: ProgrammeReport) -> None:
        hidden = self.tr("not shown")
        states = _states(report)
        rows = [Row((state_name(str(s)),
                     str(report.by_role.get("mentee", {}).get(str(s), 0)),
                     str(report.by_role.get("mentor", {}).get(str(s), 0)),
                     str(report.enrolment.get(str(s), 0)))) for s in states]
        rows.append(Row((self.tr("In a pair"), "", "", str(report.matched))))
        rows.append(Row((self.tr("Enrolled, not in a pair"), "", "", str(report.unmatched))))
        _set_rows(self.enrolment_table, rows)
        activity = []
        for p in report.periods:
            if p.suppressed:
                activity.append(Row((month_long(p.period), str(p.pairs), *([hidden] * 6))))
                continue
            activity.append(Row((
                month_long(p.period), str(p.pairs), _or_dash(p.sessions_held),
                _or_dash(p.minutes_held),
                _or_dash(p.sessions_cancelled),
                self.tr("{pct} %").format(pct=p.cadence_kept_pct)
                if p.cadence_kept_pct is not None else "—",
                _or_dash(p.goals_set), _or_dash(p.goals_done))))
        _set_rows(self.activity_table, activity)
        pulse = []
        for item in sorted(report.pulse, key=lambda p: (p.period, p.item)):
            randomised = self.tr("yes (p = {p})").format(p=number(item.p_milli / 1000, 1)) \
                if item.sensitive else self.tr("no")
            if item.suppressed or item.mean is None:
                pulse.append(Row((month_long(item.period), item.question, str(item.answers),
                                  hidden, hidden, randomised)))
                continue
            pulse.append(Row((month_long(item.period), item.question, str(item.answers),
                              number(item.mean),
                              self.tr("{low} to {high}").format(
                                  low=number(item.low if item.low is not None else item.mean),
                                  high=number(item.high if item.high is not None
                                              else item.mean)), randomised)))
        _set_rows(self.pulse_table, pulse)

    def table_rows(self, table: QTableView) -> list[tuple[str, ...]]:
        """A numbers table's cells, row by row (what a screen reader reads)."""
        model = table.model()
        return [tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
                for r in range(model.rowCount())]


def _states(report: ProgrammeReport) -> list[str]:
    """The states the report counts, in the order a cohort runs through them."""
    return [s.value for s in STATE_ORDER if s.value in report.enrolment] + \
        [s for s in report.enrolment if s not in STATE_ORDER]


def _month(period: str) -> QDate | None:
    try:
        day = QDate(int(period[:4]), int(period[5:7]), 1)
    except ValueError:
        return None
    return day if day.isValid() else None


def month_label(period: str, *, first: bool = False) -> str:
    """"Jan 2026" for the first month and each January, else "Feb" (the locale's names)."""
    day = _month(period)
    if day is None:
        return period
    return QLocale().toString(day, "MMM yyyy" if first or day.month() == 1 else "MMM")


def month_long(period: str) -> str:
    """"January 2026" (the locale's names), for the tables and screen readers."""
    day = _month(period)
    return QLocale().toString(day, "MMMM yyyy") if day is not None else period


def _cell(n: int) -> Callable[[Row], str]:
    return lambda row: row.cells[n] if n < len(row.cells) else ""


def _set_rows(table: QTableView, rows: list[Row]) -> None:
    """The rows, and a table exactly as tall as them (the page scrolls, not each table)."""
    model = table.model()
    assert isinstance(model, RecordModel)
    model.set_records(rows)
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + table.verticalHeader().length()
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


def _or_dash(value: int | None) -> str:
    return "—" if value is None else str(value)


def _count_axis(top: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(4, top + max(1, top // 5)))
    axis.setLabelFormat("%d")
    axis.applyNiceNumbers()
    return axis


def _hide_from_legend(chart: QChart, series: QAbstractSeries) -> None:
    for marker in chart.legend().markers(series):
        marker.setVisible(False)


__all__ = ["Dashboard"]
