"""Helpers shared by CLI commands: the home folder, passphrases, opening the vault, JSON output,
counts given as options, and how a contact's name is shown."""

from __future__ import annotations

import argparse
import dataclasses
import errno
import getpass
import json
import os
import re
import select
import stat
import sys
import time
from collections.abc import Callable
from enum import Enum
from typing import Any, TextIO

from ementor_desktop import log
from ementor_desktop.domain import account
from ementor_desktop.domain.models import Contact
from ementor_desktop.errors import HomeUnusable, UsageError
from ementor_desktop.home import MAX_NAME_BYTES, Home, check_home_path, resolve_home
from ementor_desktop.protocol import display
from ementor_desktop.store.vault import Vault

PASSPHRASE_ENV = "EMENTOR_PASSPHRASE"  # noqa: S105 (names, not secrets)
NEW_PASSPHRASE_ENV = "EMENTOR_NEW_PASSPHRASE"  # noqa: S105
BACKUP_PASSPHRASE_ENV = "EMENTOR_BACKUP_PASSPHRASE"  # noqa: S105


def home_of(args: argparse.Namespace) -> Home:
    """The home folder the command works on; once it exists, logging goes to its `logs`.

    Raises HomeUnusable when the path cannot name a folder or the log folder cannot be set up:
    a command never runs without the log it promises (exit 70 says the details are there)."""
    try:
        home = resolve_home(args.home)
    except (OSError, RuntimeError, ValueError) as err:  # `~nobody`, a symlink loop, a NUL
        raise HomeUnusable(f"The home folder {args.home or ''} cannot be used: "
                           f"{_reason(err)}.") from None
    check_home_path(home.root)
    try:
        exists = home.root.is_dir()
        if exists:
            log.setup_file_logging(home.log_dir)
    except OSError as err:
        raise HomeUnusable(f"Cannot set up the log folder {home.log_dir}: {_reason(err)}. "
                           "Check that the home folder is yours and writable, and that "
                           "`logs` in it is a folder.") from None
    return home


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        text = err.strerror
    else:
        text = str(err) or type(err).__name__
    return (text[:1].lower() + text[1:]).rstrip(".")


# A passphrase file holds one line; anything far larger is not one (and /dev/zero never ends).
MAX_PASSPHRASE_FILE_BYTES = 64 * 1024
# A pipe or device (`<(pass show ...)`, /dev/stdin) gets this long to deliver the passphrase.
PASSPHRASE_PIPE_WAIT_S = 10.0


def _text_or_refuse(value: str, what: str) -> str:
    """`value` if it is valid Unicode text (no lone surrogates, as bytes that were not UTF-8
    arrive through `surrogateescape`) without NUL characters, else a UsageError."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{what} is not valid UTF-8 text.") from None
    if "\x00" in value:
        raise UsageError(f"{what} contains a NUL character.")
    return value


def _read_capped(fd: int, file: str) -> bytes:
    """All of `fd` up to the size cap. `fd` is non-blocking: a FIFO nobody writes to reads as
    empty at once, and a pipe whose writer is slow is waited for, but never past a deadline."""
    chunks: list[bytes] = []
    total = 0
    deadline = time.monotonic() + PASSPHRASE_PIPE_WAIT_S
    while True:
        try:
            chunk = os.read(fd, 8192)
        except BlockingIOError:  # a writer is there but has sent nothing (more) yet
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise UsageError(f"The passphrase file {file} gave no complete passphrase "
                                 f"within {PASSPHRASE_PIPE_WAIT_S:g} s.") from None
            select.select([fd], [], [], min(remaining, 0.5))
            continue
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > MAX_PASSPHRASE_FILE_BYTES:
            raise UsageError(f"The passphrase file {file} is larger than "
                             f"{MAX_PASSPHRASE_FILE_BYTES // 1024} KiB: it is not a "
                             "passphrase file.")


def read_passphrase_file(file: str) -> str:
    """The first line of `file`, read with a size cap; a folder, a socket, binary data or text
    that is not UTF-8 is refused, and a pipe or device that sends nothing is given up on."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(file, flags)  # non-blocking: opening a FIFO with no writer returns at once
    except (OSError, ValueError) as err:
        raise UsageError(f"Cannot read the passphrase file {file}: {_reason(err)}.") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise UsageError(f"The passphrase file {file} is a folder.")
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
            raise UsageError(f"The passphrase file {file} is not a file.")
        try:
            data = _read_capped(fd, file)
        except OSError as err:
            if err.errno == errno.EISDIR:
                raise UsageError(f"The passphrase file {file} is a folder.") from None
            raise UsageError(f"Cannot read the passphrase file {file}: {_reason(err)}.") from None
    finally:
        os.close(fd)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"The passphrase file {file} is not UTF-8 text.") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise UsageError(f"The passphrase file {file} is empty.")
    if "\x00" in text:
        raise UsageError(f"The passphrase file {file} holds binary data (NUL characters): it "
                         "is not a passphrase file.")
    return lines[0]


def read_passphrase(*, env: str, file: str | None = None, prompt: str = "Passphrase: ",
                    confirm: bool = False) -> str:
    """From `file`, else `$env`, else a no-echo prompt (asked twice when `confirm`)."""
    if file:
        return read_passphrase_file(file)
    from_env = os.environ.get(env)
    if from_env:
        return _text_or_refuse(from_env, f"${env}")
    if not sys.stdin.isatty():
        raise UsageError(f"No passphrase given: set {env}, use --passphrase-file, "
                         "or run in a terminal to be asked.")
    try:
        first = _text_or_refuse(getpass.getpass(prompt), "The passphrase typed")
        if confirm and getpass.getpass("Repeat it: ") != first:
            raise UsageError("The two passphrases differ; nothing was changed.")
    except (UnicodeError, EOFError):
        raise UsageError("The passphrase typed could not be read as text.") from None
    return first


def passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    return read_passphrase(env=PASSPHRASE_ENV, file=args.passphrase_file, confirm=confirm)


# A running `ementor sync --watch` holds the vault only for moments between long-polls.
CLI_LOCK_WAIT_S = 5.0


def open_vault(args: argparse.Namespace) -> Vault:
    home = home_of(args)
    vault = (Vault.open_remembered(home, CLI_LOCK_WAIT_S) if home.key_file.exists() else None)
    if vault is None:
        vault = Vault.open(home, passphrase(args), wait=CLI_LOCK_WAIT_S)
    account.after_open(vault)
    return vault


def print_json(out: TextIO, value: Any) -> None:
    """Pretty JSON; control, bidi and other invisible characters inside strings are written as
    `\\uXXXX` escapes (the parsed values are the same, the terminal shows them harmlessly)."""
    out.write(display.escape_json(json.dumps(value, indent=2, ensure_ascii=False,
                                             sort_keys=True)))
    out.write("\n")


def plain(value: Any) -> Any:
    """A service's record (dataclasses, enums, mappings, sequences) as plain JSON values, for
    `--json` output: dataclass fields by name, enums by value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def shown_name(contact: Contact) -> str:
    """A contact's name as the CLI prints it: their chosen name without control, bidi or other
    invisible characters (which `clean_name` strips), or their id if nothing is left."""
    return display.clean_name(contact.display_name) or f"contact {contact.id}"


def warn(message: str) -> None:
    """A note on stderr that does not stop the command (escaped like all output)."""
    print(f"ementor: {display.escape_for_terminal(message)}", file=sys.stderr, flush=True)


_DIGITS = re.compile(r"-?[0-9]{1,18}")


def count_option(low: int, high: int) -> Callable[[str], int]:
    """An argparse `type` for a whole number from `low` to `high` (ASCII digits only: `٣`,
    `1_000` and `1e3` are refused, and nothing too large for the database gets through)."""

    def parse(text: str) -> int:
        if not _DIGITS.fullmatch(text) or not low <= int(text) <= high:
            raise argparse.ArgumentTypeError(
                f"must be a whole number from {low} to {high}")
        return int(text)

    return parse


# Options whose values are file or folder paths: any bytes the OS allows are fine there.
PATH_OPTIONS = frozenset({"home", "passphrase_file", "new_passphrase_file",
                          "backup_passphrase_file", "file", "participants", "config", "out"})


# Linux's PATH_MAX: a longer path is refused by every call that takes one.
MAX_PATH_BYTES = 4096


def _check_path(path: str, what: str) -> None:
    if "\x00" in path:
        raise UsageError(f"{what} contains a NUL character.")
    try:
        encoded = os.fsencode(path)
    except UnicodeError:
        raise UsageError(f"{what} is not a valid file name here.") from None
    if len(encoded) > MAX_PATH_BYTES:
        raise UsageError(f"{what} is longer than {MAX_PATH_BYTES} bytes.")
    if any(len(part) > MAX_NAME_BYTES for part in encoded.split(b"/")):
        raise UsageError(f"A part of {what} is longer than {MAX_NAME_BYTES} bytes, which file "
                         "systems refuse.")


_POSITIONALS = frozenset({"contact", "code", "text", "number", "file"})


def check_arguments_are_text(args: argparse.Namespace) -> None:
    """Refuse (UsageError) text arguments that are not valid UTF-8 or contain NUL; paths may be
    any bytes the OS allows, but not NUL (no OS allows it)."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, os.PathLike):
                item = os.fspath(item)
            if not isinstance(item, str):
                continue
            what = (name.upper() if name in _POSITIONALS
                    else "--" + name.replace("_", "-"))
            if name == "home":
                continue  # `home_of` checks it (exit 12: the home cannot be used)
            if name in PATH_OPTIONS:
                _check_path(item, what)
            else:
                _text_or_refuse(item, what)
