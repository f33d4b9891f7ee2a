"""The connection to the relays: the sync loop's start, stop and restart, and what its events
change on screen (status line, sidebar, the open conversation)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ementor_desktop.ui.controllers import Controller
from ementor_desktop.ui.sync import ANY, SyncRunner, state_label

if TYPE_CHECKING:
    from ementor_desktop.ui.app import EmentorApp


class ConnectionController(Controller):
    def __init__(self, shell: EmentorApp) -> None:
        super().__init__(shell)
        self.runner = SyncRunner(self)
        self.runner.sync_event.connect(self._event)

    def start(self) -> None:
        main = self.main
        if main is None:
            return
        relay = str(self.shell.settings.get("relay_url", ""))
        if not relay:
            main.set_relay_status(self.tr("○ No relay set"), self.tr(
                "Create or accept an invite, or choose a relay in Settings, to send and "
                "receive."))
        vault = self.worker.vault_for_engine()
        if vault is not None and self.runner.start(vault) and relay:
            main.set_relay_status(state_label("syncing"))

    def stop(self) -> None:
        """Stop the sync loop; the worker waits for it before any later job (such as closing
        the vault) runs, so the GUI thread never waits on the network."""
        thread = self.runner.stop()
        if thread is not None:
            self.worker.call(lambda: thread.join(timeout=30))

    def sync_now(self) -> None:
        """Restart the sync loop at once (after changing the relay, or to retry right away)."""
        if self.shell.state != "main":
            return
        self.stop()
        self.start()

    def _event(self, state: str, detail: str, changed: list[str]) -> None:
        main = self.main
        shell = self.shell
        if main is None or shell.state != "main":
            return
        if state == "stopped" and self.runner.running:
            return  # the loop that was restarted saying goodbye: the new one is running
        if state in ("idle", "waiting") and not shell.settings.get("relay_url"):
            main.set_relay_status(self.tr("○ No relay set"), detail)
        else:
            main.set_relay_status(state_label(state), detail)
        if changed:
            shell.conversations.refresh_summaries()
            main.refresh_search()
            open_id = main.messages.conversation_id
            if ANY in changed or open_id in changed:
                main.messages.refresh_newest()
            if open_id is not None and open_id in changed and main.isActiveWindow():
                shell.conversations.mark_read(open_id)  # seen as it arrives
            if ANY in changed:
                shell.contacts.refresh_current()
