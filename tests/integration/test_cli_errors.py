"""Bad input and faults at the CLI: each is one plain line on stderr with its documented exit code,
never a traceback, never a false "details are in the log" — and a refusal changes nothing."""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import secrets
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ementor_desktop import cli
from ementor_desktop.commands import common, messaging
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.domain.contacts import INVITE_PREFIX
from ementor_desktop.errors import HomeUnusable, UsageError
from ementor_desktop.protocol import relay_v1 as wire
from tests.conftest import PASSPHRASE, snapshot

ENV = {"EMENTOR_PASSPHRASE": PASSPHRASE}


def ementor(*args: str | bytes, env: dict[str, str] | None = None,
            raw_env: dict[bytes, bytes] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command as a process (arguments may be bytes that are not UTF-8)."""
    if raw_env is not None:
        full: dict[bytes, bytes] | dict[str, str] = {**os.environb, **raw_env}
    else:
        full = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "ementor_desktop", *args], env=full,
                          capture_output=True, text=True, timeout=120, errors="replace")


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int,
                          *words: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ementor: ")
    assert "Traceback" not in result.stderr
    assert "details are in" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The CLI in this process (quick; used where no bytes-level argument is needed)."""
    out = io.StringIO()
    code = cli.main(list(argv), stdout=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.fixture
def made(tmp_path: Path) -> Path:
    home = tmp_path / "h"
    result = ementor("--home", str(home), "init", "--name", "Ada", "--role", "mentor",
                     "--kdf-strength", "interactive", env=ENV)
    assert result.returncode == 0, result.stderr
    settled = ementor("--home", str(home), "whoami", env=ENV)  # the first open notes settings
    assert settled.returncode == 0, settled.stderr
    return home


# -- the home and its log folder -------------------------------------------------------------

def test_home_under_proc_is_a_plain_error() -> None:
    result = ementor("--home", "/proc/self", "whoami", env=ENV)
    assert_one_line_error(result, HomeUnusable.exit_code, "log folder")


def test_logs_being_a_file_is_a_plain_error(made: Path) -> None:
    before = snapshot(made)
    (made / "logs" / "ementor.log").unlink()
    (made / "logs").rmdir()
    (made / "logs").write_text("not a folder")
    result = ementor("--home", str(made), "whoami", env=ENV)
    assert_one_line_error(result, HomeUnusable.exit_code, "log folder", "logs")
    assert {k: v for k, v in snapshot(made).items() if k != "logs"} == before


def test_a_path_part_over_255_bytes_is_a_plain_error(tmp_path: Path) -> None:
    for command in (["whoami"], ["init", "--name", "Ada", "--role", "mentor"]):
        result = ementor("--home", str(tmp_path / ("é" * 200)), *command, env=ENV)
        assert_one_line_error(result, HomeUnusable.exit_code, "255 bytes")


def test_a_bug_without_a_log_does_not_claim_one(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(messaging, "cmd_contacts", broken)
    code, _, err = run(capsys, "--home", str(tmp_path / "none"), "contacts")
    assert code == 70
    assert "Traceback" not in err and "RuntimeError" not in err
    assert "no log could be written" in err and "details are in" not in err


def test_a_bug_with_a_log_points_at_the_file(made: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    def broken(args: argparse.Namespace, _out: object) -> int:
        common.home_of(args)  # the log is set up, as any command does
        raise RuntimeError("a bug")

    monkeypatch.setattr(messaging, "cmd_contacts", broken)
    code, _, err = run(capsys, "--home", str(made), "contacts")
    assert code == 70 and "Traceback" not in err
    log_file = made / "logs" / "ementor.log"
    assert f"the details are in {log_file}" in err
    assert "RuntimeError: a bug" in log_file.read_text()


# -- text that is not UTF-8 --------------------------------------------------------------------

def test_an_argument_that_is_not_utf8_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    home = tmp_path / "h"
    result = ementor(b"--home", os.fsencode(home), b"init", b"--name", b"\xff",
                     b"--role", b"mentor", env=ENV)
    assert_one_line_error(result, UsageError.exit_code, "--name", "UTF-8")
    assert not (home / "vault.lock").exists() and not (home / "vault.key").exists()


def test_passphrase_variable_not_utf8_is_refused(made: Path) -> None:
    result = ementor(b"--home", os.fsencode(made), b"whoami",
                     raw_env={b"EMENTOR_PASSPHRASE": b"correct horse \xff\xfe staple"})
    assert_one_line_error(result, UsageError.exit_code, "EMENTOR_PASSPHRASE", "UTF-8")


def test_a_path_that_is_not_utf8_still_works(tmp_path: Path) -> None:
    home = os.fsencode(tmp_path) + b"/caf\xe9"
    result = ementor(b"--home", home, b"init", b"--name", b"Ada", b"--role", b"mentor",
                     b"--kdf-strength", b"interactive", env=ENV)
    assert result.returncode == 0, result.stderr
    assert "\\udce9" in result.stdout  # shown escaped, not as a broken byte


# -- passphrase files --------------------------------------------------------------------------

@pytest.mark.parametrize("content", [b"\x00\x01\x02binary\xff", b"correct horse\x00battery",
                                     b"\xc3\x28 not utf-8", b""])
def test_passphrase_file_with_binary_data_is_refused(made: Path, tmp_path: Path,
                                                     content: bytes) -> None:
    path = tmp_path / "pass.bin"
    path.write_bytes(content)
    result = ementor("--home", str(made), "--passphrase-file", str(path), "whoami")
    assert_one_line_error(result, UsageError.exit_code, "passphrase file")


def test_passphrase_file_dev_zero_is_capped(made: Path) -> None:
    started = time.monotonic()
    result = ementor("--home", str(made), "--passphrase-file", "/dev/zero", "whoami")
    assert_one_line_error(result, UsageError.exit_code, "larger than")
    assert time.monotonic() - started < 30


def test_passphrase_file_that_is_a_folder(made: Path, tmp_path: Path) -> None:
    result = ementor("--home", str(made), "--passphrase-file", str(tmp_path), "whoami")
    assert_one_line_error(result, UsageError.exit_code, "folder")


def test_passphrase_fifo_without_a_writer_does_not_hang(made: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pass.fifo"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = ementor("--home", str(made), "--passphrase-file", str(fifo), "whoami")
    assert_one_line_error(result, UsageError.exit_code, "passphrase file")
    assert time.monotonic() - started < 30


def test_passphrase_fifo_with_a_slow_writer_is_waited_for(made: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str],
                                                          ) -> None:
    read_end, write_end = os.pipe()  # like `--passphrase-file <(pass show ementor)`

    def writer() -> None:
        time.sleep(0.5)
        os.write(write_end, (PASSPHRASE + "\n").encode())
        os.close(write_end)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        code, out, err = run(capsys, "--home", str(made), "--passphrase-file",
                             f"/proc/self/fd/{read_end}", "whoami")
    finally:
        thread.join()
        os.close(read_end)
    assert code == 0, err
    assert "Ada (mentor)" in out


def test_passphrase_pipe_that_never_finishes_is_given_up_on(
        made: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(common, "PASSPHRASE_PIPE_WAIT_S", 0.5)
    read_end, write_end = os.pipe()  # a writer that is there but never sends
    try:
        code, _, err = run(capsys, "--home", str(made), "--passphrase-file",
                           f"/proc/self/fd/{read_end}", "whoami")
    finally:
        os.close(read_end)
        os.close(write_end)
    assert code == UsageError.exit_code and "within" in err and "Traceback" not in err


# -- contacts, invites and counts --------------------------------------------------------------

def _invite_with_expiry(expiry: str) -> str:
    public = Identity.generate().public
    doc = json.dumps({"r": "http://127.0.0.1:9", "s": wire.b64url_encode(secrets.token_bytes(32)),
                      "k": wire.b64url_encode(public.signing_key),
                      "b": wire.b64url_encode(public.box_key), "i": secrets.token_hex(16),
                      "x": wire.b64url_encode(secrets.token_bytes(32)), "e": 0, "n": "Ada"},
                     separators=(",", ":")).replace('"e":0', f'"e":{expiry}')
    payload = doc.encode()
    check = hashlib.blake2b(payload, digest_size=4).hexdigest()
    return f"{INVITE_PREFIX}{wire.b64url_encode(payload)}.{check}"


@pytest.mark.parametrize("expiry", ["1e400", "-1e400", "-1" + "0" * 400, "1" + "0" * 400,
                                    "-100000000000000"])
def test_invite_with_an_absurd_expiry_is_refused(made: Path, expiry: str) -> None:
    before = snapshot(made)
    result = ementor("--home", str(made), "accept", _invite_with_expiry(expiry), env=ENV)
    assert_one_line_error(result, UsageError.exit_code, "invite")
    assert snapshot(made) == before


def test_invite_days_and_limits_must_be_plain_whole_numbers(
        made: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("EMENTOR_PASSPHRASE", PASSPHRASE)
    for argv in (["messages", "Ada", "--limit", "-1"], ["messages", "Ada", "--limit", "0"],
                 ["messages", "Ada", "--limit", "9" * 40], ["messages", "Ada", "--limit", "٣"],
                 ["invite", "--days", "1_0"], ["invite", "--days", "1e3"]):
        with pytest.raises(SystemExit) as exit_:
            run(capsys, "--home", str(made), *argv)
        assert exit_.value.code == 2, argv
        err = capsys.readouterr().err
        assert "whole number" in err and "Traceback" not in err

