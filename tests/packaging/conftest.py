"""Fixtures and helpers for the packaging tests: a relay (the development one, from the source
tree), and starting a built app until its window shows."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from tests.messaging.conftest import relay_process, relay_url

__all__ = ["open_and_quit", "relay_process", "relay_url"]


def open_and_quit(command: list[str], home: Path, state: str, env: dict[str, str],
                  cwd: Path) -> str:
    """Start the app on `home` (offscreen, by `env`), wait until its log says it reached
    `state` (its first window shows), press Ctrl+C (SIGINT), and return what it wrote on
    stderr; fails unless it quit by itself with exit code 0."""
    log = home / "logs" / "ementor.log"
    before = len(log.read_text(encoding="utf-8")) if log.exists() else 0

    def reached() -> bool:
        return log.exists() and f"app state: {state}" in log.read_text(encoding="utf-8")[before:]
    app = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and app.poll() is None and not reached():
            time.sleep(0.2)
        assert app.poll() is None, app.communicate()
        assert reached(), f"the app never reached {state!r}"
        app.send_signal(signal.SIGINT)
        _out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    return err
