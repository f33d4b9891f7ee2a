"""The open conversation and the sidebar: drafts, reading, searching, sending."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from ementor_desktop.domain.models import Contact, ConversationSummary, Draft, Message
from ementor_desktop.errors import EmentorError
from ementor_desktop.ui.controllers import Controller
from ementor_desktop.ui.operations import contacts as contact_ops
from ementor_desktop.ui.operations import conversations as ops

if TYPE_CHECKING:
    from ementor_desktop.ui.app import EmentorApp
    from ementor_desktop.ui.controllers.workspace import WorkspaceController


class ConversationsController(Controller):
    def __init__(self, shell: EmentorApp) -> None:
        super().__init__(shell)
        self._workspace: WorkspaceController | None = None

    @property
    def workspace(self) -> WorkspaceController:
        """Workspace (issue 12): the relationship panel follows the open conversation. Made
        when first needed (the main window): its module brings the workspace's domain."""
        if self._workspace is None:
            from ementor_desktop.ui.controllers.workspace import WorkspaceController

            self._workspace = WorkspaceController(self.shell)
        return self._workspace

    def save_draft(self, conversation_id: str, body: str) -> None:
        self.worker.run(lambda v: ops.save_draft(v, conversation_id, body))

    def opened(self, conversation_id: str) -> None:
        main = self.main
        if main is None:
            return

        def draft(d: Draft | None) -> None:
            if d is not None:
                main.show_draft(conversation_id, d.body)

        def contact(c: Contact | None) -> None:
            if c is not None:
                main.set_contact_state(c.verified, c.key_change_pending, c.display_name,
                                       blocked=c.state == "blocked",
                                       pending_relay=c.pending_relay_url)

        self.worker.run(lambda v: ops.get_draft(v, conversation_id), draft)
        self.worker.run(lambda v: ops.mark_read(v, conversation_id),
                        lambda _r: self.refresh_summaries())
        summary = main.current_summary()
        contact_id = summary.conversation.contact_id if summary else None
        if contact_id is not None:
            self.worker.run(lambda v: contact_ops.get_contact(v, contact_id), contact)
        else:
            main.set_contact_state(None, False, "")
        self.workspace.show_contact(contact_id)  # issue 12

    def refresh_summaries(self, then_open: str | None = None) -> None:
        """Reload the sidebar; `then_open` (a conversation id) is opened once it is listed."""
        main = self.main
        if main is None:
            return

        def done(result: tuple[list[ConversationSummary], int]) -> None:
            rows, unread = result
            main.set_summaries(rows)
            self.shell.notifier.update_unread(unread, rows=rows)
            if then_open is not None:
                main.open_conversation(then_open)
        self.worker.run(ops.summaries, done)

    def search(self, text: str) -> None:
        main = self.main
        if main is not None:
            self.worker.run(lambda v: ops.search(v, text),
                            lambda hits: main.show_search_results(text, hits))

    def send(self, conversation_id: str, contact_id: str, text: str) -> None:
        main = self.main
        if main is None:
            return

        def sent(_message: Message) -> None:
            main.composer.sent()
            main.messages.refresh_newest()
            self.refresh_summaries()

        def failed(err: EmentorError) -> None:
            QMessageBox.warning(main, self.tr("Not sent"), str(err))
        self.worker.run(lambda v: ops.send_text(v, conversation_id, contact_id, text), sent,
                        failed)

    def mark_read(self, conversation_id: str) -> None:
        self.worker.run(lambda v: ops.mark_read(v, conversation_id),
                        lambda _r: self.refresh_summaries())  # the badge and title go down
