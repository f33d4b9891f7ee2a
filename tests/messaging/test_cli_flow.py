"""The messaging CLI end to end, as scripts use it: real processes, a real relay, two homes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ementor_desktop.errors import NetworkError, UsageError
from tests.conftest import PASSPHRASE
from tests.relay.harness import spawn_relay

ENV = {**os.environ, "EMENTOR_PASSPHRASE": PASSPHRASE}


def ementor(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ementor_desktop", "--home", str(home), *args],
                          env=ENV, capture_output=True, text=True, timeout=120)


def ok(home: Path, *args: str) -> str:
    result = ementor(home, *args)
    assert result.returncode == 0, (args, result.stderr)
    return result.stdout


def as_json(home: Path, *args: str) -> Any:
    return json.loads(ok(home, *args, "--json"))


def wait_for(predicate: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError("condition not met in time")


@pytest.fixture
def homes(tmp_path: Path) -> tuple[Path, Path]:
    ada, ben = tmp_path / "ada", tmp_path / "ben"
    ok(ada, "init", "--name", "Ada Mentor", "--role", "mentor", "--kdf-strength", "interactive")
    ok(ben, "init", "--name", "Ben Mentee", "--role", "mentee", "--kdf-strength", "interactive")
    return ada, ben


def connect(ada: Path, ben: Path, relay_url: str) -> None:
    code = ok(ada, "invite", "--relay", relay_url).strip().splitlines()[-1]
    assert code.startswith("ementor-invite-1:")
    out = ok(ben, "accept", code)
    assert "Added Ada Mentor" in out
    for home in (ben, ada, ben, ada):
        ok(home, "sync")


def test_connect_verify_and_message(homes: tuple[Path, Path], relay_url: str) -> None:
    ada, ben = homes
    connect(ada, ben, relay_url)
    (ben_at_ada,) = as_json(ada, "contacts")
    (ada_at_ben,) = as_json(ben, "contacts")
    assert set(ben_at_ada) >= {"name", "id", "safety_number", "verified"}
    assert ben_at_ada["name"] == "Ben Mentee" and ada_at_ben["name"] == "Ada Mentor"
    assert ben_at_ada["safety_number"] == ada_at_ben["safety_number"]
    assert not ben_at_ada["verified"]
    wrong = ementor(ada, "verify", "Ben", "12345 " * 12)
    assert wrong.returncode == UsageError.exit_code and "does not match" in wrong.stderr
    ok(ada, "verify", ben_at_ada["id"], *ben_at_ada["safety_number"].split())
    assert as_json(ada, "contacts")[0]["verified"] is True

    assert "Queued message" in ok(ben, "send", "Ada", "Could we talk about my goals?")
    ok(ben, "sync")
    ok(ada, "sync")
    ok(ada, "send", "ben mentee", "Of course. Thursday?")
    ok(ada, "sync")
    ok(ben, "sync")
    ok(ada, "sync")
    messages = as_json(ada, "messages", "Ben")
    assert [(m["direction"], m["text"], m["state"]) for m in messages] == [
        ("in", "Could we talk about my goals?", "received"),
        ("out", "Of course. Thursday?", "delivered")]
    assert set(messages[0]) >= {"id", "direction", "text", "state", "sent_at"}
    assert messages[0]["sent_at"].endswith("Z")
    assert "Could we talk" in ok(ben, "messages", "Ada")
    unknown = ementor(ada, "send", "Nobody", "hi")
    assert unknown.returncode == UsageError.exit_code and "No contact" in unknown.stderr


def test_sync_without_relay_keeps_the_queue(homes: tuple[Path, Path],
                                            tmp_path: Path) -> None:
    ada, ben = homes
    relay = spawn_relay(str(tmp_path / "r.sqlite3"), tmp_path)
    connect(ada, ben, relay.base_url)
    relay.terminate()
    ok(ben, "send", "Ada", "written offline")
    result = ementor(ben, "sync")
    assert result.returncode == NetworkError.exit_code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Cannot reach the relay" in lines[0] and "kept" in lines[0]
    (queued,) = as_json(ben, "messages", "Ada")
    assert queued["state"] == "queued"


def test_watch_delivers_in_near_real_time(homes: tuple[Path, Path], relay_url: str) -> None:
    ada, ben = homes
    connect(ada, ben, relay_url)
    watch = subprocess.Popen([sys.executable, "-m", "ementor_desktop", "--home", str(ben),
                              "sync", "--watch"], env=ENV, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        assert watch.stdout is not None
        assert "online" in watch.stdout.readline()  # started and long-polling
        ok(ada, "send", "Ben", "ping while you watch")
        ok(ada, "sync")
        wait_for(lambda: any(m["text"] == "ping while you watch"
                             for m in as_json(ben, "messages", "Ada")))
        # the watcher releases the vault between rounds: other commands still work
        ok(ben, "send", "Ada", "pong from the other terminal")
        def arrived() -> bool:
            ok(ada, "sync")
            return any(m["text"] == "pong from the other terminal"
                       for m in as_json(ada, "messages", "Ben"))
        wait_for(arrived)
    finally:
        watch.send_signal(signal.SIGTERM)
        code = watch.wait(timeout=30)
        assert watch.stdout is not None and watch.stderr is not None
        watch.stdout.close()
        stderr = watch.stderr.read()
        watch.stderr.close()
    assert code == 0, stderr
    assert "Traceback" not in stderr
