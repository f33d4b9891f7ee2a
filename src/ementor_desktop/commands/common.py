"""Helpers shared by CLI commands: the home folder, passphrases, opening the vault, JSON output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from ementor_desktop import log
from ementor_desktop.domain import account
from ementor_desktop.errors import UsageError
from ementor_desktop.home import Home, resolve_home
from ementor_desktop.store.vault import Vault

PASSPHRASE_ENV = "EMENTOR_PASSPHRASE"  # noqa: S105 (names, not secrets)
NEW_PASSPHRASE_ENV = "EMENTOR_NEW_PASSPHRASE"  # noqa: S105
BACKUP_PASSPHRASE_ENV = "EMENTOR_BACKUP_PASSPHRASE"  # noqa: S105


def home_of(args: argparse.Namespace) -> Home:
    home = resolve_home(args.home)
    if home.root.is_dir():
        log.setup_file_logging(home.log_dir)
    return home


def read_passphrase(*, env: str, file: str | None = None, prompt: str = "Passphrase: ",
                    confirm: bool = False) -> str:
    """From `file`, else `$env`, else a no-echo prompt (asked twice when `confirm`)."""
    if file:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except OSError as err:
            raise UsageError(f"Cannot read the passphrase file {file}: {err.strerror}.") from None
        lines = text.splitlines()
        if not lines or not lines[0]:
            raise UsageError(f"The passphrase file {file} is empty.")
        return lines[0]
    from_env = os.environ.get(env)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise UsageError(f"No passphrase given: set {env}, use --passphrase-file, "
                         "or run in a terminal to be asked.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise UsageError("The two passphrases differ; nothing was changed.")
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
    json.dump(value, out, indent=2, ensure_ascii=False, sort_keys=True)
    out.write("\n")
