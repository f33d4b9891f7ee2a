"""The relationship workspace: the panel beside the open conversation and the views it opens
(agreement, goals, sessions and notes, feedback and pulse, the life cycle). Every vault job runs
on the worker (`ui/operations/workspace.py`); the panel and any open view are shown again from
what is stored after each change, and after a sync that changed the conversation."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QWidget

from ementor_desktop.domain import rhythm, workspace
from ementor_desktop.errors import EmentorError
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.controllers import Controller
from ementor_desktop.ui.operations import workspace as ops
from ementor_desktop.ui.sync import ANY
from ementor_desktop.ui.workspace.common import (
    Reminder,
    Step,
    reminders_of,
    rhythm_text,
    step_of,
)

if TYPE_CHECKING:
    from ementor_desktop.ui.app import EmentorApp
    from ementor_desktop.ui.main_window import MainWindow
    from ementor_desktop.ui.workspace.agreement import AgreementView
    from ementor_desktop.ui.workspace.feedback import FeedbackView
    from ementor_desktop.ui.workspace.goals import GoalsView
    from ementor_desktop.ui.workspace.lifecycle import RelationshipDialog
    from ementor_desktop.ui.workspace.panel import RelationshipPanel
    from ementor_desktop.ui.workspace.sessions import SessionsView

    View = AgreementView | GoalsView | SessionsView | FeedbackView

# The views (and their modules) load when first opened: the panel beside the conversation is
# all the main window shows at first.


class WorkspaceController(Controller):
    def __init__(self, shell: EmentorApp) -> None:
        super().__init__(shell)
        self.contact_id: str | None = None
        self.workspace: ops.Workspace | None = None
        self.agreement_view: AgreementView | None = None
        self.goals_view: GoalsView | None = None
        self.sessions_view: SessionsView | None = None
        self.feedback_view: FeedbackView | None = None
        self.state_dialog: RelationshipDialog | None = None
        self._attached: MainWindow | None = None
        self._loading = 0
        #: The next step and reminders shown (`domain.rhythm`'s, read with the workspace); any
        #: callable giving plain objects of the same shape will do.
        self.next_step: Callable[[ops.Workspace], Step | None] = step_of
        self.reminders: Callable[[ops.Workspace], list[Reminder]] = reminders_of
        #: Where to save the record: a path ("" when the person cancelled); a seam for tests.
        self.choose_export_path: Callable[[str], str] = self._ask_export_path

    @property
    def panel(self) -> RelationshipPanel | None:
        main = self.main
        return main.workspace_panel if main is not None else None

    def _attach(self) -> None:
        main = self.main
        if main is None or self._attached is main:
            return
        self._attached = main
        panel = main.workspace_panel
        panel.view_requested.connect(self.open_view)
        panel.state_requested.connect(self.ask_state)
        panel.reminder_dismissed.connect(self.dismiss_reminder)
        panel.cleared.connect(self.clear)
        panel.export_requested.connect(self.export_record)

    # -- what is shown ----------------------------------------------------------------------------
    def show_contact(self, contact_id: str | None) -> None:
        """The open conversation changed: show its relationship (None: there is none)."""
        self._attach()
        if contact_id != self.contact_id:
            self._close_views()
            self.workspace = None
        self.contact_id = contact_id
        panel = self.panel
        if contact_id is None:
            if panel is not None:
                panel.set_unavailable(self.tr("This conversation is not with one person, so it has "
                                              "no mentorship to show."))
            return
        self.reload()

    def reload(self) -> None:
        contact_id = self.contact_id
        if contact_id is None:
            return
        self._loading += 1

        def loaded(ws: ops.Workspace) -> None:
            self._loading -= 1
            if ws.contact_id != self.contact_id:
                return  # another conversation was opened meanwhile
            self.workspace = ws
            panel = self.panel
            if panel is not None:
                panel.set_workspace(ws, self.next_step(ws), self.reminders(ws))
            for view in self._views():
                if view.contact_id == ws.contact_id:
                    view.set_workspace(ws)

        def failed(err: EmentorError) -> None:
            self._loading -= 1
            panel = self.panel
            if panel is not None and contact_id == self.contact_id:
                panel.set_unavailable(str(err))

        self.worker.run(lambda v: ops.load(v, contact_id), loaded, failed)

    def sync_changed(self, changed: list[str]) -> None:
        """A sync stored something: show it if it concerns the open relationship."""
        ws = self.workspace
        if ws is not None and (ANY in changed or ws.conversation_id in changed):
            self.reload()

    def clear(self) -> None:
        """On lock: nothing of the relationship stays on screen, nor parsed in memory."""
        self._close_views()
        self.workspace = None
        self.contact_id = None
        workspace.forget_cached()

    # -- export -------------------------------------------------------------------------------
    def _ask_export_path(self, suggested: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _chosen = QFileDialog.getSaveFileName(
            self.main, self.tr("Export my record"), suggested,
            self.tr("PDF document (*.pdf);;Markdown text (*.md)"))
        return path

    def export_record(self) -> None:
        """One's own record of this mentorship (profile, agreement with its signatures, goals,
        sessions with notes, feedback) as PDF or Markdown, in a file only this user can read.
        The file is not encrypted: the person chose to take it out of the vault."""
        ws, panel = self.workspace, self.panel
        if ws is None or panel is None:
            return
        from pathlib import Path

        from ementor_desktop.domain import export
        from ementor_desktop.ui.export import write_pdf, write_text

        name = "".join(c if c.isalnum() else "-" for c in ws.contact_name).strip("-")
        path = self.choose_export_path(str(Path.home() / f"mentorship-{name or 'record'}.pdf"))
        if not path:
            return
        target = Path(path)
        contact_id = ws.contact_id

        def write(markdown: str) -> None:
            try:
                if target.suffix.lower() == ".md":
                    write_text(markdown, target)
                else:
                    write_pdf(markdown, target, title=self.tr("Mentoring record"))
            except OSError as err:
                panel.show_error(self.tr("The record could not be saved: {reason}").format(
                    reason=err.strerror or self.tr("the file could not be written")))
                return
            panel.show_error("")
            panel.show_note(self.tr("Saved your record to {file}. It is not encrypted: keep it "
                                    "somewhere safe.").format(file=target.name))

        def job(vault: Vault) -> str:
            return export.relationship_markdown(vault, contact_id)

        self.worker.run(job, write, lambda err: panel.show_error(str(err)))

    def _views(self) -> list[View]:
        return [v for v in (self.agreement_view, self.goals_view, self.sessions_view,
                            self.feedback_view) if v is not None]

    def _close_views(self) -> None:
        for view in self._views():
            view.reject()

    # -- opening views ----------------------------------------------------------------------------
    def open_view(self, name: str) -> None:
        ws = self.workspace
        main = self.main
        if ws is None or main is None:
            return
        if name == "compose":
            self._show(main)
            suggestion = ws.step.suggestion
            if suggestion is not None and not main.composer.edit.toPlainText().strip():
                main.composer.edit.setPlainText(rhythm_text(suggestion))  # a start, to edit
            main.composer.edit.setFocus()
        elif name == "agreement":
            self._show(self._agreement(ws))
        elif name in ("goals", "new-goal"):
            view = self._goals(ws)
            self._show(view)
            if name == "new-goal":
                view.start_new()
        elif name in ("sessions", "new-session"):
            sessions = self._sessions(ws)
            self._show(sessions)
            if name == "new-session":
                sessions.start_new()
        elif name in ("feedback", "pulse"):
            feedback = self._feedback(ws)
            self._show(feedback)
            if name == "pulse":
                feedback.show_pulse()
            elif ws.step.action == rhythm.Action.GIVE_FEEDBACK and ws.step.record_id:
                feedback.choose_session(ws.step.record_id)  # the session feedback is due on
        elif name == "relationship":
            self.ask_state("completed")

    @staticmethod
    def _show(view: QWidget) -> None:
        from ementor_desktop.ui.app import bring_to_front

        bring_to_front(view)

    def _made(self, view: QDialog, attribute: str) -> None:
        setattr(self, attribute, view)

        def closed(_result: int) -> None:
            if getattr(self, attribute) is view:
                setattr(self, attribute, None)
            view.deleteLater()
        view.finished.connect(closed)

    def _run(self, job: Callable[[Vault], Any], view: Any, then: Callable[[Any], None],
             ) -> None:
        """Run a change, then show what is stored now (or the error in the view)."""
        def done(result: Any) -> None:
            self.reload()  # queued first: what `then` queues sees the views refreshed
            then(result)

        def failed(err: EmentorError) -> None:
            if view is not None:
                view.show_error(str(err))
        self.worker.run(job, done, failed)

    def _agreement(self, ws: ops.Workspace) -> AgreementView:
        if self.agreement_view is not None:
            return self.agreement_view
        from ementor_desktop.ui.workspace.agreement import AgreementView

        view = AgreementView(ws, self.main)
        cid = ws.contact_id
        view.save_requested.connect(lambda terms: self._run(
            lambda v: ops.save_draft(v, cid, terms), view,
            lambda _r: view.saved(self.tr("Draft saved."))))
        view.propose_requested.connect(lambda terms: self._run(
            lambda v: ops.propose(v, cid, terms), view,
            lambda _r: view.saved(self.tr("Proposed. {name} can now sign it or propose changes.")
                                  .format(name=ws.contact_name))))
        view.sign_requested.connect(lambda version: self._run(
            lambda v: ops.sign(v, cid, version), view,
            lambda _r: view.show_message(self.tr("Signed."))))
        self._made(view, "agreement_view")
        return view

    def _goals(self, ws: ops.Workspace) -> GoalsView:
        if self.goals_view is not None:
            return self.goals_view
        from ementor_desktop.ui.workspace.goals import GoalsView

        view = GoalsView(ws, self.main)
        cid = ws.contact_id
        view.add_requested.connect(lambda f: self._run(
            lambda v: ops.add_goal(v, cid, f["title"], f["measure"], f["due"], f["private"]),
            view, lambda goal_id: self._after_reload(lambda: view.added(goal_id))))
        view.update_requested.connect(lambda goal_id, values: self._run(
            lambda v: ops.update_goal(v, cid, goal_id, **values), view,
            lambda _r: self._after_reload(lambda: view.saved(self.tr("Changes saved.")))))
        view.milestone_added.connect(lambda goal_id, title: self._run(
            lambda v: ops.add_milestone(v, cid, goal_id, title), view,
            lambda _r: view.show_message(self.tr("Milestone added."))))
        view.milestone_done.connect(lambda goal_id, mid: self._run(
            lambda v: ops.milestone_done(v, cid, goal_id, mid), view,
            lambda _r: view.show_message(self.tr("Milestone done."))))
        def shared(new_id: str) -> None:
            view.select(new_id)
            view.show_message(self.tr("Shared with {name}.").format(name=ws.contact_name))
        view.share_requested.connect(lambda goal_id: self._run(
            lambda v: ops.share_goal(v, cid, goal_id), view,
            lambda new_id: self._after_reload(lambda: shared(new_id))))
        view.delete_requested.connect(lambda goal_id: self._run(
            lambda v: ops.delete_goal(v, cid, goal_id), view,
            lambda _r: view.show_message(self.tr("Goal deleted."))))
        self._made(view, "goals_view")
        return view

    def _sessions(self, ws: ops.Workspace) -> SessionsView:
        if self.sessions_view is not None:
            return self.sessions_view
        from ementor_desktop.ui.workspace.sessions import SessionsView

        view = SessionsView(ws, self.main)
        cid = ws.contact_id
        view.schedule_requested.connect(lambda fields: self._run(
            lambda v: ops.add_session(v, cid, **fields), view,
            lambda sid: self._after_reload(lambda: view.scheduled(sid))))
        view.change_requested.connect(lambda sid, fields: self._run(
            lambda v: workspace.update_session(v, cid, sid, **fields), view,
            lambda _s: self._after_reload(lambda: view.changed(sid))))
        view.status_requested.connect(lambda sid, status: self._run(
            lambda v: ops.set_session_status(v, cid, sid, status), view,
            lambda _r: view.show_message(self.tr("Session updated."))))
        view.delete_requested.connect(lambda sid: self._run(
            lambda v: ops.delete_session(v, cid, sid), view,
            lambda _r: view.show_message(self.tr("Session deleted."))))
        view.private_note_requested.connect(lambda sid, text: self._run(
            lambda v: ops.add_private_note(v, cid, sid or None, text), view,
            lambda _r: view.show_message(self.tr("Private note saved on this computer."))))
        view.action_added.connect(lambda sid, title, due, goal: self._run(
            lambda v: ops.add_action(v, cid, title, sid, due or None, goal or None), view,
            lambda _r: view.show_message(self.tr("Action item added."))))
        view.action_done.connect(lambda aid, done: self._run(
            lambda v: ops.set_action_done(v, cid, aid, done), view, lambda _r: None))
        view.export_requested.connect(lambda path: self._run(
            lambda v: ops.export_ics(v, cid, path), view,
            lambda n: view.show_message(self.tr("{n} sessions written to {path}.").format(
                n=n, path=path))))
        view.notes_save_requested.connect(lambda sid, base, mine: self._save_notes(
            view, cid, sid, base, mine))
        view.feedback_requested.connect(lambda sid: self._feedback_on(sid))
        self._made(view, "sessions_view")
        return view

    def _save_notes(self, view: SessionsView, contact_id: str, session_id: str, base: str,
                    mine: str) -> None:
        def done(stored: str) -> None:
            if self.sessions_view is view:
                view.notes_saved(session_id, mine, stored)

        def failed(err: EmentorError) -> None:
            if self.sessions_view is view:
                view.notes_failed(session_id, str(err))
        # Saved even when the view is closing: the job holds the contact it was typed for.
        self.worker.run(lambda v: ops.save_notes(v, contact_id, session_id, base, mine), done,
                        failed)

    def _feedback_on(self, session_id: str) -> None:
        ws = self.workspace
        if ws is None:
            return
        view = self._feedback(ws)
        self._show(view)
        view.choose_session(session_id)

    def _feedback(self, ws: ops.Workspace) -> FeedbackView:
        if self.feedback_view is not None:
            return self.feedback_view
        from ementor_desktop.ui.workspace.feedback import FeedbackView

        view = FeedbackView(ws, self.main)
        cid = ws.contact_id
        view.feedback_requested.connect(lambda f: self._run(
            lambda v: ops.give_feedback(v, cid, session_id=f["session_id"], rating=f["rating"],
                                        useful=f["useful"], try_next=f["try_next"],
                                        next_step=f["next_step"], private=f["private"]),
            view, lambda _r: view.feedback_saved()))
        view.pulse_requested.connect(lambda rating, answers: self._run(
            lambda v: ops.answer_pulse(v, cid, rating, answers), view,
            lambda _r: view.pulse_saved()))
        self._made(view, "feedback_view")
        return view

    def _after_reload(self, then: Callable[[], Any]) -> None:
        """Run `then` once the reload queued next has reached the views."""
        self.worker.run(lambda _v: None, lambda _r: then())

    # -- the relationship's life cycle ------------------------------------------------------------
    def ask_state(self, state: str) -> None:
        ws = self.workspace
        main = self.main
        if ws is None or main is None:
            return
        from ementor_desktop.ui.workspace.lifecycle import RelationshipDialog

        dialog = RelationshipDialog(state, ws.contact_name, main)
        self.state_dialog = dialog
        cid = ws.contact_id

        def chosen() -> None:
            reason = dialog.reason()
            self._run(lambda v: ops.set_relationship_state(v, cid, state, reason), self.panel,
                      lambda _r: None)
        dialog.accepted.connect(chosen)
        dialog.finished.connect(lambda _r: setattr(self, "state_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def dismiss_reminder(self, key: str) -> None:
        cid = self.contact_id
        if cid is not None:
            self._run(lambda v: ops.dismiss_reminder(v, cid, key), self.panel, lambda _r: None)


__all__ = ["WorkspaceController"]
