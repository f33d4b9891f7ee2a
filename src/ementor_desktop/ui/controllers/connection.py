"""The connection to the relays: the sync loop's start, stop and restart, and what its events
change on screen (status line, sidebar, the open conversation). While a long history comes in,
the status line counts it and a Stop button ends the sync between two batches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout, QLayout, QToolButton, QWidget

from ementor_desktop.ui.controllers import Controller
from ementor_desktop.ui.sync import ANY, SyncRunner, receiving_label, state_label

if TYPE_CHECKING:
    from ementor_desktop.sync.engine import PullProgress
    from ementor_desktop.ui.app import EmentorApp
    from ementor_desktop.ui.main_window import MainWindow

STOP_BUTTON = "stopReceiving"


class ConnectionController(Controller):
    def __init__(self, shell: EmentorApp) -> None:
        super().__init__(shell)
        self.runner = SyncRunner(self)
        self.runner.sync_event.connect(self._event)
        self.runner.receiving.connect(self._receiving)
        self.paused = False  # the person stopped a long receive; "Sync now" goes on

    def start(self) -> None:
        main = self.main
        if main is None:
            return
        self.paused = False
        self._show_stop(False)
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

    def stop_receiving(self) -> None:
        """Stop a long receive between two batches: every batch already in is committed and
        acknowledged; the rest stays on the relay until the next sync ("Sync now", or the next
        unlock)."""
        main = self.main
        if main is None or not self.runner.running:
            return
        self.paused = True
        self._show_stop(False)
        self.stop()
        main.set_relay_status(self.tr("○ Receiving paused – the rest waits on the relay"),
                              self.tr("Everything received so far is saved. Choose Sync now "
                                      "to receive the rest."))

    def _receiving(self, progress: PullProgress) -> None:
        main = self.main
        if main is None or self.shell.state != "main" or self.paused \
                or not self.runner.running:
            return
        text = receiving_label(progress)
        if not text:
            return
        main.set_relay_status(text, self.tr(
            "Each batch is saved as it arrives. Stop to receive the rest later; it waits on "
            "the relay."))
        self._show_stop(progress.more)

    def _show_stop(self, shown: bool) -> None:
        main = self.main
        if main is None:
            return
        button = main.findChild(QToolButton, STOP_BUTTON)
        if button is None:
            if not shown:
                return
            button = self._add_stop_button(main)
        button.setVisible(shown)

    def _event(self, state: str, detail: str, changed: list[str]) -> None:
        main = self.main
        shell = self.shell
        if main is None or shell.state != "main":
            return
        if state == "stopped" and self.runner.running:
            return  # the loop that was restarted saying goodbye: the new one is running
        if state != "pulling":
            self._show_stop(False)  # a receive in progress only happens while pulling
        if self.paused:
            pass  # the stopped loop finishing its round: keep saying it is paused
        elif state in ("idle", "waiting") and not shell.settings.get("relay_url"):
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
            shell.conversations.workspace.sync_changed(changed)  # issue 12: shared records

    def _add_stop_button(self, main: MainWindow) -> QToolButton:
        """A Stop button right after the status line (made when a long receive first shows)."""
        label = main.relay_status
        button = QToolButton(label.parentWidget())
        button.setObjectName(STOP_BUTTON)
        button.setText(self.tr("Stop"))
        button.setAccessibleName(self.tr("Stop receiving"))
        button.setToolTip(self.tr("Stop receiving for now: what came in is kept, the rest "
                                  "waits on the relay until the next sync."))
        button.setAutoRaise(True)
        button.clicked.connect(self.stop_receiving)
        row = _layout_holding(label.parentWidget(), label)
        if row is not None:
            row.insertWidget(row.indexOf(label) + 1, button)
        return button


def _layout_holding(parent: QWidget | None, widget: QWidget) -> QBoxLayout | None:
    """The row or column (of `parent`'s layout, nested or not) that holds `widget`."""
    def search(layout: QLayout | None) -> QBoxLayout | None:
        if layout is None:
            return None
        if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
            return layout
        for i in range(layout.count()):
            item = layout.itemAt(i)
            found = search(item.layout() if item is not None else None)
            if found is not None:
                return found
        return None
    return search(parent.layout() if parent is not None else None)
