"""Fixtures for the relay suites: both storage backends, real servers on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.relay.config import RelayConfig
from ementor_desktop.sync.relay_client import MailboxIds, RelayClient
from tests.relay.harness import (
    InProcessRelay,
    PostgresCluster,
    PostgresMissing,
    start_in_process,
    start_postgres,
)

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


class FakeClock:
    """Wall-clock time the test can move forward."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


#: The system's temp folder, read before any test redirects TMPDIR to its private one.
SYSTEM_TEMP = tempfile.gettempdir()


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    # Not under pytest's own temp folder: another pytest session starting meanwhile resets
    # that folder to mode 0700, which would lock the postgres user out of its data directory.
    root = Path(tempfile.mkdtemp(prefix="ementor-test-pg-", dir=SYSTEM_TEMP))
    try:
        cluster = start_postgres(root / "cluster")
    except PostgresMissing as exc:
        shutil.rmtree(root, ignore_errors=True)
        if os.environ.get("EMENTOR_REQUIRE_POSTGRES"):
            pytest.fail(f"EMENTOR_REQUIRE_POSTGRES is set but {exc}")
        pytest.skip(str(exc))
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def new_db(backend: str, tmp_path: Path,
           request: pytest.FixtureRequest) -> Iterator[Callable[[], str]]:
    """Make a fresh, empty database of the test's backend; returns its path or URL."""
    counter = iter(range(1000))
    used: list[str] = []

    def make() -> str:
        if backend == "postgres":
            cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
            used.append(cluster.acquire())
            return used[-1]
        return str(tmp_path / f"relay-{next(counter)}.sqlite3")

    yield make
    if used:
        cluster = request.getfixturevalue("postgres_cluster")
        for url in used:
            cluster.release(url)


#: Limits generous enough that the conformance suite never trips them by accident.
TEST_DEFAULTS: dict[str, Any] = {
    "requests_per_address_per_minute": 1e6, "requests_per_address_burst": 100_000,
    "deposits_per_mailbox_per_minute": 1e6, "deposits_per_mailbox_burst": 100_000,
    "owner_commands_per_mailbox_per_minute": 1e6, "owner_commands_per_mailbox_burst": 100_000,
    "mailboxes_per_address_per_minute": 1e6, "mailboxes_per_address_burst": 100_000,
    # Tests that pretend to sit behind a proxy (trust_forwarded_for) still admit anyone.
    "admission": "open",
}


@pytest.fixture
def make_relay(new_db: Callable[[], str]) -> Iterator[Callable[..., InProcessRelay]]:
    """Start an in-process relay on a fresh database with config overrides (and a clock)."""
    started: list[InProcessRelay] = []

    def make(clock: Any = None, db: str | None = None, **overrides: Any) -> InProcessRelay:
        config = RelayConfig(db=db or new_db(), **{**TEST_DEFAULTS, **overrides})
        relay = start_in_process(config, clock)
        started.append(relay)
        return relay

    yield make
    for relay in started:
        relay.stop()


@pytest.fixture(scope="module")
def relay(backend: str, tmp_path_factory: pytest.TempPathFactory,
          request: pytest.FixtureRequest) -> Iterator[InProcessRelay]:
    """One relay per test module and backend, for tests that need no fresh state (mailboxes
    are random, so tests cannot see each other's); use `make_relay` for a fresh one."""
    cluster: PostgresCluster | None = None
    if backend == "postgres":
        cluster = request.getfixturevalue("postgres_cluster")
        db = cluster.acquire()
    else:
        db = str(tmp_path_factory.mktemp("relay") / "relay.sqlite3")
    relay = start_in_process(RelayConfig(db=db, **TEST_DEFAULTS))
    yield relay
    relay.stop()
    if cluster is not None:
        cluster.release(db)


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


@pytest.fixture
def client(relay: InProcessRelay, session: requests.Session) -> RelayClient:
    return RelayClient(relay.base_url, session)


@pytest.fixture
def owner_key() -> MailboxAuthKey:
    return MailboxAuthKey.generate()


@pytest.fixture
def mailbox(client: RelayClient, owner_key: MailboxAuthKey) -> MailboxIds:
    return client.create_mailbox(owner_key)
