"""Vault commands: init, whoami, passwd, backup, restore."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TextIO

from ementor_desktop.commands.common import (
    BACKUP_PASSPHRASE_ENV,
    NEW_PASSPHRASE_ENV,
    home_of,
    open_vault,
    passphrase,
    print_json,
    read_passphrase,
)
from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain import account
from ementor_desktop.store import backup as backups

# Advice shown after `init` (no secret in it: the passphrase itself is never printed or logged).
RECOVERY_ADVICE = ("Keep your passphrase safe: it cannot be recovered. Make a backup with "
                   "`ementor backup FILE`.")


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

    p = sub.add_parser("passwd", help="change the passphrase (the data is not re-encrypted)")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from FILE (else $EMENTOR_NEW_PASSPHRASE)")
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("backup", help="write an encrypted backup of the whole vault to FILE")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--backup-passphrase-file", metavar="FILE",
                   help="protect the backup with a separate passphrase from FILE "
                        "(else $EMENTOR_BACKUP_PASSPHRASE, else the vault's passphrase)")
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


def cmd_passwd(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        new = read_passphrase(env=NEW_PASSPHRASE_ENV, file=args.new_passphrase_file,
                              prompt="New passphrase: ", confirm=True)
        account.check_passphrase(new)
        vault.change_passphrase(new)
    print("Passphrase changed. The old one no longer opens this vault "
          "(backups keep the passphrase they were made with).", file=out)
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
        info = backups.create_backup(vault, target, secret)
    print(f"Backup written to {target} ({info.size // 1024 + 1} KiB, encrypted).", file=out)
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    home = home_of(args)
    secret = _backup_passphrase(args)
    # With a separate backup passphrase, the restored vault opens with the normal passphrase.
    vault_secret = passphrase(args) if _separate_backup_passphrase(args) else None
    info = backups.restore_backup(Path(args.file).expanduser(), home, secret, vault_secret)
    home_of(args)
    print(f"Restored the vault into {home.root} (schema {info.schema_version}). "
          "Open it with the passphrase.", file=out)
    return 0
