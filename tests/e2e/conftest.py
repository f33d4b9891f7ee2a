"""Fixtures for the real-window tests: a desktop (X server, buses, window manager) per test, and a
screenshot of it when the test fails.

Without the system tools these tests skip with the reason, unless EMENTOR_REQUIRE_XVFB=1 (set by
.ci/run), where a missing tool fails the run instead.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import (
    CALL_REPORT,
    Desktop,
    call_failed,
    missing_requirements,
    running_desktop,
)
from tests.relay.harness import spawn_relay


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item,
                              call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport,
                                                                         pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.stash[CALL_REPORT] = report
    return report


@pytest.fixture(scope="session")
def _real_window_possible() -> None:
    missing = missing_requirements()
    if not missing:
        return
    reason = ("a real window cannot be tested here; missing: " + "; ".join(missing)
              + ". `.ci/run` installs them (apt-get).")
    if os.environ.get("EMENTOR_REQUIRE_XVFB") == "1":
        pytest.fail(reason + " EMENTOR_REQUIRE_XVFB=1 makes this a failure.", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def relay_url(tmp_path: Path) -> Iterator[str]:
    """The real relay, as an operator runs it, on 127.0.0.1 with a port of its own."""
    relay = spawn_relay(str(tmp_path / "relay.sqlite3"), tmp_path)
    try:
        yield relay.base_url
    finally:
        relay.terminate()


@pytest.fixture
def desktop(_real_window_possible: None, tmp_path: Path,
            request: pytest.FixtureRequest) -> Iterator[Desktop]:
    with running_desktop(tmp_path / "desktop") as running:
        yield running
        if call_failed(request):
            # An app fixture may have photographed it already, before closing the app.
            shot = tmp_path / "failure.png"
            if shot.exists() or running.screenshot(shot) is not None:
                print(f"screenshot of the failure: {shot}")
