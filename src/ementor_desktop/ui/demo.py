"""`make demo` / `python -m ementor_desktop.ui.demo`: a local relay and two app windows, a mentor
and a mentee in separate homes, already connected, with a short sample conversation.

Everything lives in a temporary folder that is deleted when both windows are closed (or Ctrl+C).
The relay listens on 127.0.0.1 only. Both vaults open with the passphrase printed below.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import requests

from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain import contacts, messaging
from ementor_desktop.domain.account import create_account
from ementor_desktop.domain.inbox import sync_engine
from ementor_desktop.domain.models import Role
from ementor_desktop.domain.settings import Settings
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.state import place_side_by_side

PASSPHRASE = "demo passphrase"  # noqa: S105  (two throwaway demo vaults)
SCRIPT = [
    ("mentee", "Hi Amara! Thanks for agreeing to mentor me. Could we talk about code reviews?"),
    ("mentor", "Of course, Sam. Bring one review you found hard and we'll go through it."),
    ("mentee", "Great – I'll pick one from this week."),
]


def _start_relay(work: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "ementor_desktop.relay", "--host", "127.0.0.1", "--port", "0",
         "--db", str(work / "relay.sqlite3")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "listening on" not in line:
        proc.kill()
        raise SystemExit("The demo relay did not start (is the [relay] extra installed?).")
    return proc, line.strip().rsplit(" ", 1)[-1]


def _sync(vault: Vault) -> None:
    with requests.Session() as session:
        sync_engine(vault, session).sync_once()


def prepare(work: Path, relay_url: str) -> tuple[Home, Home]:
    mentor_home, mentee_home = Home(work / "mentor-amara"), Home(work / "mentee-sam")
    mentor = create_account(mentor_home, PASSPHRASE, name="Amara Okafor", role=Role.MENTOR,
                            headline="Backend developer, 8 years",
                            strength=KdfStrength.INTERACTIVE)
    mentee = create_account(mentee_home, PASSPHRASE, name="Sam Rivera", role=Role.MENTEE,
                            headline="Junior data analyst", strength=KdfStrength.INTERACTIVE)
    try:
        for vault in (mentor, mentee):
            with vault.mutex, vault.db.transaction():
                Settings(Repos.over(vault.db).settings).set("relay_url", relay_url)
        with requests.Session() as session:
            code = contacts.create_invite(mentor, relay_url, session)
            contacts.accept_invite(mentee, code, session)
        for vault in (mentee, mentor, mentee, mentor):
            _sync(vault)
        people = {"mentor": (mentor, contacts.find_contact(mentor, "Sam").id),
                  "mentee": (mentee, contacts.find_contact(mentee, "Amara").id)}
        for who, text in SCRIPT:
            vault, contact_id = people[who]
            messaging.send_text(vault, contact_id, text)
            _sync(vault)
            _sync(people["mentee" if who == "mentor" else "mentor"][0])
    finally:
        mentor.close()
        mentee.close()
    place_side_by_side([mentor_home, mentee_home])
    return mentor_home, mentee_home


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="ementor-demo-"))
    relay, url = _start_relay(work)
    windows: list[subprocess.Popen[bytes]] = []
    try:
        homes = prepare(work, url)
        print(f"Relay on {url}. Passphrase for both windows: {PASSPHRASE!r}")
        for home in homes:
            windows.append(subprocess.Popen(
                [sys.executable, "-m", "ementor_desktop", "--home", str(home.root)]))
        for window in windows:
            window.wait()
    except KeyboardInterrupt:
        pass
    finally:
        for window in windows:
            if window.poll() is None:
                window.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    window.wait(timeout=10)
        relay.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            relay.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
