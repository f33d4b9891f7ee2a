"""An organisation's relay admits only its own people (issue 10, relay admission): the app
presents the admission code its person was given — only to that relay — when it creates a
mailbox there, and says plainly what is missing when it has none."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ementor_desktop.domain.settings import Settings, admission_for
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.messaging.test_cli_flow import ementor, ok
from tests.relay.harness import RelayProcess, spawn_relay


@pytest.fixture
def org_relay(tmp_path: Path) -> Iterator[tuple[RelayProcess, str]]:
    """A relay that requires admission codes, and one code its operator issued."""
    config = tmp_path / "relay.toml"
    config.write_text('[relay]\nadmission = "tokens"\n')
    db = str(tmp_path / "relay.sqlite3")
    relay = spawn_relay(db, tmp_path, config_file=config)
    issued = subprocess.run([sys.executable, "-m", "ementor_desktop.relay", "tokens", "--db", db,
                             "issue", "--label", "mentoring 2027"], capture_output=True,
                            text=True, timeout=60, check=False)
    assert issued.returncode == 0, issued.stderr
    try:
        yield relay, issued.stdout.strip()
    finally:
        relay.terminate()


def test_people_with_the_code_connect_and_talk_through_an_admitting_relay(
        tmp_path: Path, org_relay: tuple[RelayProcess, str]) -> None:
    relay, code = org_relay
    ada, ben = tmp_path / "ada", tmp_path / "ben"
    ok(ada, "init", "--name", "Ada Mentor", "--role", "mentor", "--kdf-strength", "interactive")
    ok(ben, "init", "--name", "Ben Mentee", "--role", "mentee", "--kdf-strength", "interactive")

    refused = ementor(ada, "invite", "--relay", relay.base_url)  # no code: a plain refusal
    assert refused.returncode == 10 and "Traceback" not in refused.stderr
    assert "admission code" in refused.stderr

    invite = ok(ada, "invite", "--relay", relay.base_url, "--admission", code)
    invite_code = invite.strip().splitlines()[-1]
    no_code = ementor(ben, "accept", invite_code)
    assert no_code.returncode != 0 and "admission code" in no_code.stderr
    ok(ben, "accept", invite_code, "--admission", code)
    for home in (ben, ada, ben, ada):  # hello; Ada's mailbox for Ben (needs the code); welcome
        ok(home, "sync")
    ok(ben, "send", "Ada", "Hello through the organisation's relay")
    ok(ben, "sync")
    ok(ada, "sync")
    assert "Hello through the organisation's relay" in ok(ada, "messages", "Ben")
    with Vault.open(Home(ada), PASSPHRASE) as vault:
        settings = Settings(Repos.over(vault.db).settings)
        assert settings.get("relay_url") == relay.base_url
        assert settings.get("relay_admission") == code


def test_the_code_is_for_its_own_relay_only(tmp_path: Path) -> None:
    from ementor_desktop.crypto.keywrap import KdfStrength
    from ementor_desktop.domain.account import create_account
    from ementor_desktop.domain.models import Role

    vault = create_account(Home(tmp_path / "h"), PASSPHRASE, name="Ada", role=Role.MENTOR,
                           strength=KdfStrength.INTERACTIVE)
    with vault:
        repos = Repos.over(vault.db)
        with vault.db.transaction():
            Settings(repos.settings).set("relay_url", "https://relay.org.example")
            Settings(repos.settings).set("relay_admission", "emr1_secret")
        assert admission_for(repos, "https://relay.org.example") == "emr1_secret"
        assert admission_for(repos, "https://relay.org.example/") == "emr1_secret"
        assert admission_for(repos, "https://contacts-relay.example") is None
        assert admission_for(repos, "https://relay.org.example.evil.example") is None
