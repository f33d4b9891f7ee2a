"""The `ementor` command: with no subcommand it opens the desktop app, else it is the headless CLI.

The CLI is an automation surface (scripts and acceptance checks use it): command names, options,
JSON fields and exit codes are a contract documented in docs/cli.md. Every known failure is one line
on stderr and a non-zero exit code (see `errors.py`); an unexpected exception is logged with its
traceback and reported to the user as a one-line bug notice. Nothing a contact chose (a name, a
message) reaches the terminal raw: everything written goes through `EscapingWriter`.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn, TextIO, cast

from ementor_desktop import APP_ID, APP_NAME, __version__
from ementor_desktop import log as logs
from ementor_desktop.errors import EmentorError
from ementor_desktop.protocol import display

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

Handler = Callable[[argparse.Namespace, TextIO], int]


class EscapingWriter(io.TextIOBase):
    """A text stream in front of stdout/stderr: control, bidi and other invisible characters in
    what is written appear as visible escapes (`\\x1b`, `\\u202e`), so a contact's name or
    message can neither steer the terminal nor reorder or hide what follows. Line feeds and tabs
    (our own layout) pass. Characters the stream's encoding cannot write are escaped too."""

    def __init__(self, target: TextIO) -> None:
        super().__init__()
        self.target = target
        encoding = getattr(target, "encoding", None) or "utf-8"
        try:
            self._utf = codecs.lookup(encoding).name.startswith("utf")
        except LookupError:
            self._utf = False
        self._encoding = encoding

    def write(self, text: str) -> int:
        safe = display.escape_for_terminal(text, keep="\n\t")
        if not self._utf:
            try:
                safe = safe.encode(self._encoding, "backslashreplace").decode(self._encoding)
            except LookupError:
                safe = safe.encode("ascii", "backslashreplace").decode("ascii")
        self.target.write(safe)
        return len(text)

    def flush(self) -> None:
        self.target.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return bool(getattr(self.target, "isatty", lambda: False)())


class _Parser(argparse.ArgumentParser):
    """argparse, with its messages (which quote what was typed) escaped like all our output."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            stream = file or sys.stderr
            stream.write(display.escape_for_terminal(message, keep="\n\t"))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _home_help() -> str:
    """The first lines of --help: where everything is kept, and how to choose."""
    try:
        import platformdirs

        default = platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True)
    except Exception:  # --help must always work
        default = "the platform's user data folder"
    return textwrap.fill(
        "Everything one person keeps (vault, key file, log) is in one home folder: --home DIR, "
        f"else $EMENTOR_HOME, else {default}. If a vault is there, the app opens it; two "
        "people on one computer (or a test) use two homes.", width=78)


def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = _Parser(
        prog="ementor",
        description=(
            f"{APP_NAME}: confidential e-mentoring. Without a command, opens the app.\n\n"
            f"{_home_help()}"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
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


def _say(message: str) -> None:
    """One line on stderr, escaped (an error can quote a contact's name or what was typed)."""
    line = display.escape_for_terminal(" ".join(message.split("\n")))
    with contextlib.suppress(OSError, ValueError, UnicodeError):  # stderr closed: say nothing
        print(f"ementor: {line}", file=sys.stderr, flush=True)


def _internal_error(command: str) -> int:
    if logs.active_log_file() is None:
        _say("unexpected internal error (a bug); no log could be written for it.")
        return 70
    logs.cli.exception("unexpected error in command %s", command)
    where = logs.active_log_file()
    _say(f"unexpected internal error (a bug); the details are in {where}.")
    return 70


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    logs.quiet_until_configured()  # no warning or traceback on stderr before a log exists
    out = cast(TextIO, EscapingWriter(stdout or sys.stdout))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ementor_desktop.ui.app import run_app

        return int(run_app(home=args.home))
    handler: Handler = args.handler
    try:
        from ementor_desktop.commands.common import check_arguments_are_text

        check_arguments_are_text(args)
        return handler(args, out)
    except EmentorError as err:
        _say(str(err))
        return err.exit_code
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (`ementor … | head`): like other Unix tools, stop quietly. The
        # work itself is already committed; only printing was cut short.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception:  # a bug: keep the traceback in the log, give the user one line
        return _internal_error(str(args.command))
