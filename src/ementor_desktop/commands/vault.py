"""Vault commands: init, whoami, passwd, rotate-key, backup, restore."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from ementor_desktop.commands.common import (
    BACKUP_PASSPHRASE_ENV,
    CLI_LOCK_WAIT_S,
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    home_of,
    open_vault,
    passphrase,
    print_json,
    read_passphrase,
)
from ementor_desktop.crypto import keywrap
from ementor_desktop.crypto.keywrap import BACKUP_MINIMUM, KdfStrength
from ementor_desktop.domain import account
from ementor_desktop.home import Home
from ementor_desktop.store import backup as backups
from ementor_desktop.store.vault import Vault

# Advice shown after `init` (no secret in it: the passphrase itself is never printed or logged).
RECOVERY_ADVICE = ("Keep your passphrase safe: it cannot be recovered. Make a backup with "
                   "`ementor backup FILE`.")

# What a passphrase change does and does not do (docs/threat-model.md, "The vault").
REWRAPPED_NOTE = (
    "Passphrase changed: this vault's key file now opens with the new passphrase only. The data "
    "was not re-encrypted, so an older copy of vault.key still opens it with the old passphrase, "
    "and each backup opens with the passphrase it was made with. To cut those off, run "
    "`ementor rotate-key`.")
ROTATED_NOTE = (
    "The vault was re-encrypted under a new key. Older copies of vault.key and backups made "
    "before now no longer open anything in it (they still open the data they hold). Make a new "
    "backup now: `ementor backup FILE`.")
_BACKUP_STRENGTHS = [s.value for s in KdfStrength
                     if s.value == keywrap.at_least(s, BACKUP_MINIMUM)]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create a vault with a new identity in the home folder")
    p.add_argument("--name", required=True, help="your name as contacts will see it")
    p.add_argument("--role", required=True, choices=["mentor", "mentee", "coordinator"])
    p.add_argument("--headline", default="", help="one line about you (optional)")
    p.add_argument("--kdf-strength", choices=[s.value for s in KdfStrength],
                   default=KdfStrength.MODERATE.value,
                   help="Argon2id cost of unlocking (default: moderate)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("whoami", help="show your name, role and fingerprint")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_whoami)

    p = sub.add_parser("passwd", help="change the passphrase (the data is not re-encrypted; "
                                      "see rotate-key)")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from FILE (else $EMENTOR_NEW_PASSPHRASE)")
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("rotate-key", help="re-encrypt the vault under a new key, so that older "
                                          "copies of vault.key and older backups stop opening it")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="also change the passphrase, to the one in FILE "
                        "(else $EMENTOR_NEW_PASSPHRASE if set; else keep the current one)")
    p.set_defaults(handler=cmd_rotate_key)

    p = sub.add_parser("backup", help="write an encrypted backup of the whole vault to FILE")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--backup-passphrase-file", metavar="FILE",
                   help="protect the backup with a separate passphrase from FILE "
                        "(else $EMENTOR_BACKUP_PASSPHRASE, else the vault's passphrase)")
    p.add_argument("--kdf-strength", choices=_BACKUP_STRENGTHS, default=None,
                   help="Argon2id cost of opening the backup (default: the vault's own, "
                        "at least moderate)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup FILE into an empty home folder")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--backup-passphrase-file", metavar="FILE",
                   help="the backup's own passphrase, if it has one "
                        "(else $EMENTOR_BACKUP_PASSPHRASE, else the vault passphrase)")
    p.set_defaults(handler=cmd_restore)


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    home = home_of(args)
    role = account.parse_role(args.role)
    name = account.check_name(args.name)
    secret = passphrase(args, confirm=True)
    account.check_passphrase(secret)
    with account.create_account(home, secret, name=name, role=role, headline=args.headline,
                                strength=KdfStrength(args.kdf_strength)) as vault:
        me = account.whoami(vault)
    home_of(args)  # the home exists now: start logging there
    print(f"Created a vault for {me.name} ({me.role}) in {home.root}", file=out)
    print(f"Your fingerprint: {me.fingerprint}", file=out)
    print(RECOVERY_ADVICE, file=out)
    return 0


def cmd_whoami(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        me = account.whoami(vault)
    if args.json:
        print_json(out, me.to_json())
    else:
        print(f"{me.name} ({me.role})", file=out)
        print(f"Fingerprint: {me.fingerprint}", file=out)
    return 0


def _open_with_current_passphrase(args: argparse.Namespace) -> tuple[Vault, str]:
    """Key changes always ask for the current passphrase, even on a device that remembers the
    vault: whoever sits at an unlocked session must not be able to lock its owner out."""
    home: Home = home_of(args)
    current = read_passphrase(env=PASSPHRASE_ENV, file=args.passphrase_file,
                              prompt="Current passphrase: ")
    vault = Vault.open(home, current, wait=CLI_LOCK_WAIT_S)
    try:
        account.after_open(vault)
    except BaseException:
        vault.close()
        raise
    return vault, current


def cmd_passwd(args: argparse.Namespace, out: TextIO) -> int:
    vault, current = _open_with_current_passphrase(args)
    with vault:
        new = read_passphrase(env=NEW_PASSPHRASE_ENV, file=args.new_passphrase_file,
                              prompt="New passphrase: ", confirm=True)
        account.change_passphrase(vault, current, new)  # the rule the app follows too
    print(REWRAPPED_NOTE, file=out)
    return 0


def cmd_rotate_key(args: argparse.Namespace, out: TextIO) -> int:
    vault, current = _open_with_current_passphrase(args)
    with vault:
        new = None
        if args.new_passphrase_file or os.environ.get(NEW_PASSPHRASE_ENV):
            new = read_passphrase(env=NEW_PASSPHRASE_ENV, file=args.new_passphrase_file,
                                  prompt="New passphrase: ", confirm=True)
            account.check_passphrase(new)
        vault.rotate_key(current, new_passphrase=new)
    print(ROTATED_NOTE, file=out)
    return 0


def _separate_backup_passphrase(args: argparse.Namespace) -> bool:
    return bool(args.backup_passphrase_file or os.environ.get(BACKUP_PASSPHRASE_ENV))


def _backup_passphrase(args: argparse.Namespace) -> str:
    if _separate_backup_passphrase(args):
        return read_passphrase(env=BACKUP_PASSPHRASE_ENV, file=args.backup_passphrase_file,
                               prompt="Backup passphrase: ")
    return passphrase(args)


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    target = Path(args.file).expanduser()
    with open_vault(args) as vault:
        secret = _backup_passphrase(args)
        account.check_passphrase(secret)
        strength = KdfStrength(args.kdf_strength) if args.kdf_strength else None
        info = backups.create_backup(vault, target, secret, strength=strength,
                                     progress=_progress_on_terminal("Backing up"))
    print(f"Backup written to {target} ({info.size // 1024 + 1} KiB, encrypted).", file=out)
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    home = home_of(args)
    secret = _backup_passphrase(args)
    # With a separate backup passphrase, the restored vault opens with the normal passphrase.
    vault_secret = passphrase(args) if _separate_backup_passphrase(args) else None
    info = backups.restore_backup(Path(args.file).expanduser(), home, secret, vault_secret,
                                  progress=_progress_on_terminal("Restoring"))
    home_of(args)
    print(f"Restored the vault into {home.root} (schema {info.schema_version}). "
          "Open it with the passphrase.", file=out)
    return 0


def _progress_on_terminal(doing: str) -> backups.OnProgress | None:
    """A percentage on stderr while a backup or restore runs, only when stderr is a terminal
    (scripts and logs see nothing). Ctrl+C cancels: nothing is written."""
    err = sys.stderr
    if err is None or not err.isatty():
        return None
    shown = [-1]

    def show(progress: backups.Progress) -> None:
        if progress.step is not backups.Step.COPY or not progress.total:
            return
        percent = progress.done * 100 // progress.total
        if percent != shown[0]:
            shown[0] = percent
            end = "\n" if progress.done == progress.total else ""
            print(f"\r{doing}: {percent}%", end=end, file=err, flush=True)
    return show
