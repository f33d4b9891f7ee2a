"""The relationship panel beside the conversation: the relationship's state, the next step,
reminders, the agreement's state, goals with their progress, the next session and feedback —
each part opens its own view. It scrolls rather than widen the window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.calendar import in_zone
from ementor_desktop.ui.operations.workspace import Workspace
from ementor_desktop.ui.workspace.common import (
    ACTION_BUTTONS,
    ACTION_VIEWS,
    CADENCE_NAMES,
    CHANNEL_NAMES,
    STATUS_NAMES,
    Card,
    ElidedLabel,
    Reminder,
    Step,
    action_name,
    date_text,
    ms_date,
    name_of,
    plain_label,
    tr,
    warning_frame,
    when_text,
)

#: Goals the panel lists (the goals view has them all).
PANEL_GOALS = 4
PANEL_MIN_WIDTH = 230


class RelationshipPanel(QScrollArea):
    """Shows one relationship (`set_workspace`) or says why there is none (`set_unavailable`).
    `view_requested` names the view to open: "agreement", "goals", "new-goal", "sessions",
    "new-session", "feedback", "pulse", "relationship" or "compose"."""

    view_requested = Signal(str)
    state_requested = Signal(str)  # "completed", "ended", "archived" or "active" (reopen)
    reminder_dismissed = Signal(str)  # the reminder's key
    cleared = Signal()  # everything shown was forgotten (the app locked)
    export_requested = Signal()  # the person wants their record of this mentorship as a file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipPanel")
        self.setAccessibleName(self.tr("Relationship"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(PANEL_MIN_WIDTH)
        self.workspace: Workspace | None = None
        self._step: Step | None = None
        self._step_view: str | None = None
        inner = QWidget(self)
        inner.setObjectName("relationshipPanelInner")
        self.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 8, 10, 8)
        layout.setSpacing(8)
        self._layout = layout

        header = QHBoxLayout()
        self.heading = ElidedLabel(self.tr("Relationship"), inner)  # a long name never widens it
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        header.addWidget(self.heading, 1)
        self.menu_button = QToolButton(inner)
        self.menu_button.setText(self.tr("Actions"))
        self.menu_button.setAccessibleName(self.tr("Relationship actions"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        header.addWidget(self.menu_button)
        layout.addLayout(header)
        self.state_line = plain_label("", inner, object_name="hint")
        layout.addWidget(self.state_line)
        self.offline_hint = plain_label("", inner, object_name="hint")
        self.offline_hint.hide()
        layout.addWidget(self.offline_hint)
        self.message = plain_label("", inner, object_name="error")
        self.message.hide()
        layout.addWidget(self.message)
        self.note = plain_label("", inner, object_name="hint")
        self.note.setAccessibleName(self.tr("Relationship panel status"))
        self.note.hide()
        layout.addWidget(self.note)
        self.closed_box, self.closed_text = warning_frame(inner)
        self.closed_box.hide()
        layout.addWidget(self.closed_box)
        self.empty = plain_label(self.tr("Open a conversation with one person to see your "
                                         "mentorship with them here: the agreement, goals, "
                                         "sessions and feedback."), inner, object_name="hint")
        layout.addWidget(self.empty)

        # next step
        self.step_card = Card(self.tr("Next step"), inner)
        self.step_title = plain_label("", self.step_card)
        bold = self.step_title.font()
        bold.setBold(True)
        self.step_title.setFont(bold)
        self.step_body = plain_label("", self.step_card)
        self.step_button = QPushButton(self.tr("Open"), self.step_card)
        self.step_button.setObjectName("primary")
        self.step_button.setAccessibleName(self.tr("Next step"))
        self.step_card.body.addWidget(self.step_title)
        self.step_card.body.addWidget(self.step_body)
        self.step_card.body.addWidget(self.step_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.step_card)

        # reminders
        self.reminder_card = Card(self.tr("Reminders"), inner)
        self.reminder_rows = QVBoxLayout()
        self.reminder_rows.setSpacing(4)
        self.reminder_card.body.addLayout(self.reminder_rows)
        self.reminder_buttons: list[QPushButton] = []
        layout.addWidget(self.reminder_card)

        # agreement
        self.agreement_card = Card(self.tr("Agreement"), inner)
        self.agreement_state = plain_label("", self.agreement_card)
        self.agreement_summary = plain_label("", self.agreement_card, object_name="hint")
        self.tamper_box, self.tamper_text = warning_frame(self.agreement_card)
        self.tamper_box.hide()
        self.agreement_button = QPushButton(self.tr("Open the agreement"), self.agreement_card)
        self.agreement_button.setAccessibleName(self.tr("Open the agreement"))
        for w in (self.agreement_state, self.tamper_box, self.agreement_summary):
            self.agreement_card.body.addWidget(w)
        self.agreement_card.body.addWidget(self.agreement_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.agreement_card)

        # goals
        self.goals_card = Card(self.tr("Goals"), inner)
        self.goal_rows = QVBoxLayout()
        self.goal_rows.setSpacing(2)
        self.goals_card.body.addLayout(self.goal_rows)
        self.goal_labels: list[QLabel] = []
        self.goal_bars: list[QProgressBar] = []
        self.goals_more = plain_label("", self.goals_card, object_name="hint")
        self.goals_card.body.addWidget(self.goals_more)
        self.goals_button = QPushButton(self.tr("Open the goals"), self.goals_card)
        self.goals_button.setAccessibleName(self.tr("Open the goals"))
        self.goals_card.body.addWidget(self.goals_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.goals_card)

        # next session
        self.session_card = Card(self.tr("Next session"), inner)
        self.session_title = plain_label("", self.session_card)
        self.session_when = plain_label("", self.session_card)
        self.session_mine = plain_label("", self.session_card, object_name="hint")
        self.sessions_button = QPushButton(self.tr("Open the sessions"), self.session_card)
        self.sessions_button.setAccessibleName(self.tr("Open the sessions"))
        for w in (self.session_title, self.session_when, self.session_mine):
            self.session_card.body.addWidget(w)
        self.session_card.body.addWidget(self.sessions_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.session_card)

        # feedback
        self.feedback_card = Card(self.tr("Feedback"), inner)
        self.feedback_line = plain_label("", self.feedback_card, object_name="hint")
        self.feedback_card.body.addWidget(self.feedback_line)
        row = QHBoxLayout()
        self.feedback_button = QPushButton(self.tr("Give feedback"), self.feedback_card)
        self.feedback_button.setAccessibleName(self.tr("Give feedback on a session"))
        self.pulse_button = QPushButton(self.tr("Pulse"), self.feedback_card)
        self.pulse_button.setAccessibleName(self.tr("How is this mentorship going?"))
        row.addWidget(self.feedback_button)
        row.addWidget(self.pulse_button)
        row.addStretch(1)
        self.feedback_card.body.addLayout(row)
        layout.addWidget(self.feedback_card)
        layout.addStretch(1)

        self._make_actions()
        self.step_button.clicked.connect(self._step_clicked)
        self.agreement_button.clicked.connect(lambda: self.view_requested.emit("agreement"))
        self.goals_button.clicked.connect(lambda: self.view_requested.emit("goals"))
        self.sessions_button.clicked.connect(lambda: self.view_requested.emit("sessions"))
        self.feedback_button.clicked.connect(lambda: self.view_requested.emit("feedback"))
        self.pulse_button.clicked.connect(lambda: self.view_requested.emit("pulse"))
        self.set_unavailable()

    # -- actions (also in the main window's Relationship menu) ---------------------------------
    def _make_actions(self) -> None:
        def action(text: str, shortcut: str, slot: object) -> QAction:
            a = QAction(text, self)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        def view(name: str) -> object:
            return lambda: self.view_requested.emit(name)

        def state(name: str) -> object:
            return lambda: self.state_requested.emit(name)

        self.agreement_action = action(self.tr("&Agreement…"), "Ctrl+Shift+A", view("agreement"))
        self.goals_action = action(self.tr("&Goals…"), "Ctrl+Shift+G", view("goals"))
        self.sessions_action = action(self.tr("&Sessions and notes…"), "Ctrl+Shift+S",
                                      view("sessions"))
        self.feedback_action = action(self.tr("&Feedback…"), "Ctrl+Shift+F", view("feedback"))
        self.pulse_action = action(self.tr("How is it go&ing?…"), "", view("pulse"))
        self.complete_action = action(self.tr("&Complete the mentorship…"), "", state("completed"))
        self.end_action = action(self.tr("&End the mentorship…"), "", state("ended"))
        self.archive_action = action(self.tr("A&rchive"), "", state("archived"))
        self.reopen_action = action(self.tr("Re&open"), "", state("active"))
        self.export_action = action(self.tr("E&xport my record…"), "", self.export_requested.emit)
        self.view_actions = [self.agreement_action, self.goals_action, self.sessions_action,
                             self.feedback_action, self.pulse_action]
        self.state_actions = [self.complete_action, self.end_action, self.archive_action,
                              self.reopen_action]
        self.menu = QMenu(self)
        self.fill_menu(self.menu)
        self.menu_button.setMenu(self.menu)

    def fill_menu(self, menu: QMenu) -> None:
        """Put the panel's actions into a menu (the button's, or the main window's)."""
        for a in self.view_actions:
            menu.addAction(a)
        menu.addSeparator()
        for a in self.state_actions:
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.export_action)

    # -- data in ----------------------------------------------------------------------------------
    def set_unavailable(self, text: str = "") -> None:
        """No relationship to show (no conversation open, or one without a single contact)."""
        self.workspace = None
        self.heading.setText(self.tr("Relationship"))
        self.state_line.setText("")
        self.state_line.hide()
        self.offline_hint.hide()
        self.closed_box.hide()
        if text:
            self.empty.setText(text)
        self.empty.show()
        for card in (self.step_card, self.reminder_card, self.agreement_card, self.goals_card,
                     self.session_card, self.feedback_card):
            card.hide()
        for a in (*self.view_actions, *self.state_actions, self.export_action):
            a.setEnabled(False)
        self.menu_button.setEnabled(False)

    def show_error(self, text: str) -> None:
        """A change asked from the panel could not be made."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_note(self, text: str) -> None:
        """Something done from the panel worked (e.g. where the record was saved)."""
        self.note.setText(text)
        self.note.setAccessibleDescription(text)
        self.note.setVisible(bool(text))

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.set_unavailable()
        self.show_error("")
        self.show_note("")
        self._set_goal_rows([])
        self._set_reminder_rows([])
        for label in (self.step_title, self.step_body, self.agreement_state,
                      self.agreement_summary, self.session_title, self.session_when,
                      self.session_mine, self.feedback_line, self.tamper_text,
                      self.closed_text, self.offline_hint):
            label.setText("")
        self.cleared.emit()

    def set_workspace(self, ws: Workspace, step: Step | None = None,
                      reminders: Sequence[Reminder] = ()) -> None:
        self.show_error("")
        self.workspace = ws
        self.empty.hide()
        self.menu_button.setEnabled(True)
        for a in self.view_actions:
            a.setEnabled(True)
        self.export_action.setEnabled(True)
        state = ws.relationship.state
        self.complete_action.setEnabled(state == "active")
        self.end_action.setEnabled(state == "active")
        self.archive_action.setEnabled(state != "archived")
        self.reopen_action.setEnabled(state != "active")
        self.heading.setText(self.tr("With {name}").format(name=ws.contact_name))
        self.heading.setAccessibleName(self.tr("Relationship with {name}").format(
            name=ws.contact_name))
        self.state_line.setText(self.tr("Mentorship: {state}").format(
            state=name_of(STATUS_NAMES, state)))
        self.state_line.show()
        if not ws.reaches_them:
            self.offline_hint.setText(self.tr(
                "{name}'s app cannot receive shared records yet. What you add is kept and "
                "reaches them once it can.").format(name=ws.contact_name))
        self.offline_hint.setVisible(not ws.reaches_them)
        if state != "active":
            last = ws.relationship
            reason = self.tr(" Reason: {reason}").format(reason=last.reason) if last.reason else ""
            self.closed_text.setText(self.tr("{state} on {day}.").format(
                state=name_of(STATUS_NAMES, state).capitalize(),
                day=ms_date(last.changed_at) if last.changed_at else "") + reason)
        self.closed_box.setVisible(state != "active")
        self._show_step(step, ws.active)
        self._set_reminder_rows(list(reminders))
        self._show_agreement(ws)
        self._show_goals(ws)
        self._show_session(ws)
        self._show_feedback(ws)
        for card in (self.agreement_card, self.goals_card, self.session_card,
                     self.feedback_card):
            card.show()

    def _show_step(self, step: Step | None, active: bool = True) -> None:
        self._step = step
        name = action_name(step.action) if step is not None else "NONE"
        if name == "CLOSE_RELATIONSHIP" and not active:
            name = "NONE"  # already closed: the step is a reflection, nothing to press
        if step is None or (not step.title and name == "NONE"):
            self.step_card.hide()
            return
        self.step_title.setText(step.title)
        self.step_body.setText(step.body)
        self.step_body.setVisible(bool(step.body))
        if name in ACTION_VIEWS:
            self.step_button.setText(tr(ACTION_BUTTONS[name]))
            self.step_button.setAccessibleName(
                self.tr("Next step: {what}").format(what=tr(ACTION_BUTTONS[name])))
        self.step_button.setVisible(name in ACTION_VIEWS)
        self._step_view = ACTION_VIEWS.get(name)
        self.step_card.show()

    def _step_clicked(self) -> None:
        if self._step_view:
            self.view_requested.emit(self._step_view)

    def _set_reminder_rows(self, reminders: list[Reminder]) -> None:
        while self.reminder_rows.count():
            item = self.reminder_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.reminder_buttons = []
        for reminder in reminders:
            row = QWidget(self.reminder_card)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            mark = "⚠ " if reminder.severity in ("attention", "overdue") else "• "
            text = plain_label(mark + reminder.sentence, row)
            line.addWidget(text, 1)
            if reminder.key:
                dismiss = QPushButton(self.tr("Dismiss"), row)
                dismiss.setAccessibleName(self.tr("Dismiss the reminder: {text}").format(
                    text=reminder.sentence))
                dismiss.clicked.connect(lambda _c=False, k=reminder.key:
                                        self.reminder_dismissed.emit(k))
                line.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
                self.reminder_buttons.append(dismiss)
            self.reminder_rows.addWidget(row)
        self.reminder_card.setVisible(bool(reminders))

    def _show_agreement(self, ws: Workspace) -> None:
        agreement = ws.records.agreement
        current = agreement.current
        in_force = agreement.in_force
        if current is None:
            text = self.tr("Not agreed yet: no terms have been proposed.")
        elif agreement.status == "signed":
            when = max(s.at for s in current.signatures if s.valid)
            text = self.tr("Signed by both on {day} (version {n}).").format(day=ms_date(when),
                                                                     n=current.number)
        elif any(s.by_me and s.valid for s in current.signatures):
            text = (self.tr("You proposed and signed version {n}; waiting for {name} to sign.")
                    if current.by_me else
                    self.tr("You signed version {n}; waiting for {name} to sign.")).format(
                n=current.number, name=ws.contact_name)
        elif current.by_me:
            text = self.tr("You proposed version {n}; sign it too.").format(n=current.number)
        else:
            text = self.tr("{name} proposed version {n}: read it and sign, or propose changes."
                      ).format(n=current.number, name=ws.contact_name)
        if in_force is not None and current is not None and in_force.id != current.id:
            text += " " + self.tr("Version {n} stays in force until then.").format(
                n=in_force.number)
        self.agreement_state.setText(text)
        shown = current.terms if current is not None else agreement.draft
        parts = []
        if shown.get("cadence"):
            parts.append(name_of(CADENCE_NAMES, shown["cadence"]))
        if shown.get("channels"):
            parts.append(", ".join(name_of(CHANNEL_NAMES, c) for c in shown["channels"]))
        if shown.get("end"):
            parts.append(self.tr("until {day}").format(day=date_text(shown["end"])))
        self.agreement_summary.setText(" · ".join(parts))
        self.agreement_summary.setVisible(bool(parts))
        if agreement.tampered:
            self.tamper_text.setText(self.tr(
                "TAMPERED: a signature on this agreement does not match the stored terms. "
                "The agreement was changed outside the app and is not counted as signed."))
        self.tamper_box.setVisible(agreement.tampered)

    def _set_goal_rows(self, rows: list[tuple[str, int, bool]]) -> None:
        while self.goal_rows.count():
            item = self.goal_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.goal_labels, self.goal_bars = [], []
        for title, progress, shared in rows:
            label = ElidedLabel(title if shared
                                else self.tr("Private: {title}").format(title=title),
                                self.goals_card)
            if not shared:
                label.setAccessibleDescription(self.tr("Private goal, only on this computer"))
            bar = QProgressBar(self.goals_card)
            bar.setRange(0, 100)
            bar.setValue(progress)
            bar.setFormat(self.tr("%p %"))
            bar.setMaximumHeight(16)
            bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            bar.setAccessibleName(self.tr("Progress of {goal}").format(goal=title))
            bar.setAccessibleDescription(self.tr("{percent} per cent").format(percent=progress))
            self.goal_rows.addWidget(label)
            self.goal_rows.addWidget(bar)
            self.goal_labels.append(label)
            self.goal_bars.append(bar)

    def _show_goals(self, ws: Workspace) -> None:
        live = [g for g in ws.goals if g.status in ("active", "paused")]
        done = [g for g in ws.goals if g.status not in ("active", "paused")]
        self._set_goal_rows([(g.title, g.progress, g.shared) for g in live[:PANEL_GOALS]])
        if not ws.goals:
            self.goals_more.setText(self.tr("No goals yet."))
        else:
            extra = []
            if len(live) > PANEL_GOALS:
                extra.append(self.tr("{n} more in progress").format(n=len(live) - PANEL_GOALS))
            if done:
                extra.append(self.tr("{n} achieved or dropped").format(n=len(done)))
            self.goals_more.setText(", ".join(extra))
        self.goals_more.setVisible(bool(self.goals_more.text()))

    def _show_session(self, ws: Workspace) -> None:
        found = ws.next_session
        if found is None:
            self.session_title.setText(self.tr("Nothing planned."))
            self.session_when.hide()
            self.session_mine.hide()
            return
        session, occurrence = found
        self.session_title.setText(session.title)
        self.session_when.setText(when_text(occurrence.start))
        self.session_when.show()
        mine = in_zone(occurrence, ws.my_zone)
        if mine.start.utcoffset() != occurrence.start.utcoffset() or ws.my_zone != session.tz:
            self.session_mine.setText(self.tr("Your time: {when}").format(
                when=when_text(mine.start)))
            self.session_mine.show()
        else:
            self.session_mine.hide()

    def _show_feedback(self, ws: Workspace) -> None:
        pulses = [r for r in ws.reflections if r.kind == "pulse"]
        received = [f for f in ws.records.feedback if not f.by_me and not f.deleted]
        parts = []
        if received:
            parts.append(self.tr("{n} from {name}").format(n=len(received), name=ws.contact_name))
        if pulses:
            parts.append(self.tr("last pulse {day}: {rating}/5").format(
                day=ms_date(pulses[-1].created_at), rating=pulses[-1].rating))
        else:
            parts.append(self.tr("no pulse answered yet"))
        self.feedback_line.setText("; ".join(parts))
