"""The `ementor` command: with no subcommand it opens the desktop app, else it is the headless CLI.

The CLI is an automation surface (scripts and acceptance checks use it): command names, options,
JSON fields and exit codes are a contract documented in docs/cli.md. Every known failure is one line
on stderr and a non-zero exit code (see `errors.py`); an unexpected exception is logged with its
traceback and reported to the user as a one-line bug notice.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from ementor_desktop import APP_NAME, __version__
from ementor_desktop import log as logs
from ementor_desktop.errors import EmentorError

Handler = Callable[[argparse.Namespace, TextIO], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ementor",
        description=f"{APP_NAME}: confidential e-mentoring. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"ementor {__version__}")
    parser.add_argument("--home", metavar="DIR", help="home folder of the vault (default: "
                        "$EMENTOR_HOME, else the platform's user data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from FILE "
                             "(else $EMENTOR_PASSPHRASE, else a prompt)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _register_commands(sub)
    return parser


def _register_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from ementor_desktop import commands

    commands.register(sub)


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ementor_desktop.ui.app import run_app

        return int(run_app(home=args.home))
    handler: Handler = args.handler
    try:
        return handler(args, out)
    except EmentorError as err:
        print(f"ementor: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("ementor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`ementor … | head`): like other Unix tools, stop quietly. The
        # work itself is already committed; only printing was cut short.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception:  # a bug: keep the traceback in the log, give the user one line
        logs.cli.exception("unexpected error in command %s", args.command)
        print(
            "ementor: unexpected internal error (a bug); the details are in the log "
            "in the home folder.",
            file=sys.stderr,
        )
        return 70
