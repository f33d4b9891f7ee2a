"""`make demo` prepares two connected vaults with a short conversation through a real relay."""

from __future__ import annotations

from pathlib import Path

from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui import demo


def test_demo_homes_are_connected_with_a_conversation(tmp_path: Path) -> None:
    relay, url = demo._start_relay(tmp_path)
    try:
        homes = demo.prepare(tmp_path, url)
    finally:
        relay.terminate()
        relay.wait(timeout=20)
        if relay.stdout is not None:
            relay.stdout.close()
    for home in homes:
        with Vault.open(home, demo.PASSPHRASE) as vault:
            repos = Repos.over(vault.db)
            (summary,) = repos.conversations.summaries()
            assert repos.messages.count(summary.conversation.id) == len(demo.SCRIPT)
            assert all(c.state == "active" for c in repos.contacts.list())
