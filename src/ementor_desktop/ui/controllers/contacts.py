"""Contacts: safety numbers and key changes, invites (from the Add-contact dialog and the first
run), blocking, removing, and allowing a contact's new relay."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from ementor_desktop.errors import EmentorError
from ementor_desktop.ui.controllers import Controller
from ementor_desktop.ui.operations import contacts as ops

if TYPE_CHECKING:
    from ementor_desktop.ui.app import EmentorApp
    from ementor_desktop.ui.dialogs import AddContactDialog, SafetyNumberDialog


class ContactsController(Controller):
    def __init__(self, shell: EmentorApp) -> None:
        super().__init__(shell)
        self.safety_dialog: SafetyNumberDialog | None = None
        self.add_dialog: AddContactDialog | None = None
        self.confirm_box: QMessageBox | None = None  # an open "block/remove?" question

    # -- safety numbers and key changes ----------------------------------------------------------
    def open_safety_number(self, contact_id: str, just_connected: bool = False) -> None:
        if self.main is None:
            return
        gone = self.tr("This contact no longer exists.")
        self.worker.run(lambda v: ops.safety_or_error(v, contact_id, gone),
                        lambda found: self._show_safety(found, just_connected))

    def _show_safety(self, found: ops.Safety, just_connected: bool = False) -> None:
        contact = found.contact
        from ementor_desktop.ui.dialogs import SafetyNumberDialog

        dialog = SafetyNumberDialog(contact.id, contact.display_name, found.number,
                                    found.qr_payload, contact.verified,
                                    contact.key_change_pending, self.main,
                                    just_connected=just_connected)
        self.safety_dialog = dialog
        dialog.verify_requested.connect(self._verify)
        dialog.accept_key_change_requested.connect(self._accept_key_change)
        dialog.refuse_key_change_requested.connect(self._refuse_key_change)
        dialog.finished.connect(lambda _r: setattr(self, "safety_dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def refresh_current(self) -> None:
        """The open conversation's contact may have changed (a sync applied something)."""
        main = self.main
        summary = main.current_summary() if main is not None else None
        if summary is not None and summary.conversation.contact_id is not None:
            self.changed(summary.conversation.contact_id)

    def changed(self, contact_id: str) -> None:
        """Show a contact's current state in the header, the banner and an open dialog."""
        def done(found: ops.Safety | None) -> None:
            if found is None:
                return
            contact = found.contact
            if self.safety_dialog is not None:
                self.safety_dialog.set_state(contact.verified, contact.key_change_pending,
                                             found.number)
            if self.main is not None:
                self.main.set_contact_state(contact.verified, contact.key_change_pending,
                                            contact.display_name,
                                            blocked=contact.state == "blocked",
                                            pending_relay=contact.pending_relay_url)
        self.worker.run(lambda v: ops.safety(v, contact_id), done)

    def _dialog_error(self, err: EmentorError) -> None:
        if self.safety_dialog is not None:
            self.safety_dialog.show_error(str(err))

    def _verify(self, contact_id: str, number: str) -> None:
        self.worker.run(lambda v: ops.verify(v, contact_id, number),
                        lambda _r: self.changed(contact_id), self._dialog_error)

    def _accept_key_change(self, contact_id: str, number: str) -> None:
        self.worker.run(lambda v: ops.accept_key_change(v, contact_id, number),
                        lambda _r: self.changed(contact_id), self._dialog_error)

    def _refuse_key_change(self, contact_id: str) -> None:
        self.worker.run(lambda v: ops.refuse_key_change(v, contact_id),
                        lambda _r: self.changed(contact_id))

    # -- blocking, removing, a new relay -------------------------------------------------------
    def confirm_block(self, contact_id: str) -> None:
        self._confirm(contact_id, self.tr("Block {name}?"), self.tr(
            "Nothing from {name} will be received any more: their mailbox on the relay is "
            "deleted and messages you have not sent yet are not sent. The conversation stays "
            "here for you to read."), self.tr("Block"), self._block)

    def confirm_remove(self, contact_id: str) -> None:
        self._confirm(contact_id, self.tr("Remove {name}?"), self.tr(
            "{name} is removed and your whole conversation with them is deleted from this "
            "computer. This cannot be undone."), self.tr("Remove"), self._remove)

    def _confirm(self, contact_id: str, title: str, text: str, verb: str,
                 then: Callable[[str], None]) -> None:
        main = self.main
        summary = main.current_summary() if main is not None else None
        name = summary.contact_name if summary is not None else ""
        box = QMessageBox(QMessageBox.Icon.Warning, title.format(name=name),
                          title.format(name=name), QMessageBox.StandardButton.Cancel, main)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name is the other person's choice
        box.setInformativeText(text.format(name=name))
        for label in box.findChildren(QLabel):  # the informative text too: never markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        confirm = box.addButton(verb, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: then(contact_id)
                             if box.clickedButton() is confirm else None)
        self.confirm_box = box
        box.open()

    def _block(self, contact_id: str) -> None:
        def blocked(_result: object) -> None:
            self.changed(contact_id)
            self.shell.conversations.refresh_summaries()
            if self.main is not None:  # messages that will not go out now say so
                self.main.messages.refresh_newest()
        self.worker.run(lambda v: ops.block(v, contact_id), blocked)

    def _remove(self, contact_id: str) -> None:
        self.worker.run(lambda v: ops.remove(v, contact_id),
                        lambda _r: self.shell.conversations.refresh_summaries())

    def accept_route(self, contact_id: str) -> None:
        def allowed(_result: object) -> None:
            self.changed(contact_id)
            self.shell.connection.sync_now()  # what waited for the new address can go now
        self.worker.run(lambda v: ops.accept_route(v, contact_id), allowed)

    # -- invites ---------------------------------------------------------------------------------
    def open_add_contact(self) -> None:
        main = self.main
        if main is None:
            return
        from ementor_desktop.ui.dialogs import AddContactDialog

        dialog = AddContactDialog(str(self.shell.settings.get("relay_url", "")), main)
        self.add_dialog = dialog
        dialog.create_invite_requested.connect(
            lambda relay: self.create_invite(relay, dialog.show_invite))
        dialog.accept_invite_requested.connect(self.accept_invite)
        dialog.finished.connect(lambda _r: setattr(self, "add_dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def create_invite(self, relay: str, show: Callable[[str], None] | None,
                      admission: str = "") -> None:
        """Create an invite on `relay` (remembered as this app's relay) and show its code."""
        if show is None or not relay:
            return

        def created(result: tuple[str, dict[str, Any]]) -> None:
            code, self.shell.settings = result
            show(code)
            self.shell.connection.sync_now()  # the invite mailbox is polled from now on
        self._busy_note(self.tr("Creating the invite on the relay…"))
        self.worker.run(lambda v: ops.create_invite(v, relay, admission), created,
                        self._contact_error)

    def accept_invite(self, code: str, admission: str = "") -> None:
        if not code:
            return

        def accepted(result: ops.Accepted) -> None:
            self.shell.settings = result.settings
            from_dialog = self.add_dialog is not None
            if self.add_dialog is not None:
                self.add_dialog.accept()
            wizard = self.shell.wizard
            if wizard is not None:
                wizard.connect_page.show_message(self.tr(
                    "Invite accepted. Your contact's app confirms it the next time it is "
                    "online; then you can write to each other."))
            self.shell.conversations.refresh_summaries(then_open=result.conversation_id)
            self.shell.connection.sync_now()  # send the hello now
            if from_dialog:  # confirm it, and ask for the check that makes it trustworthy
                self.open_safety_number(result.contact.id, just_connected=True)
        self._busy_note(self.tr("Connecting…"))
        self.worker.run(lambda v: ops.accept_invite(v, code, admission), accepted,
                        self._contact_error)

    def _busy_note(self, text: str) -> None:
        if self.add_dialog is not None:
            self.add_dialog.status.setText(text)
        elif self.shell.wizard is not None:
            self.shell.wizard.connect_page.show_message(text)

    def _contact_error(self, err: EmentorError) -> None:
        if self.add_dialog is not None:
            self.add_dialog.status.setText(str(err))
        elif self.shell.wizard is not None:
            self.shell.wizard.connect_page.show_message(str(err))
