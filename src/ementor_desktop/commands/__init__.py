"""CLI subcommands, one module per group; each module has `register(subparsers)`.

A command handler takes the parsed arguments and the output stream and returns an exit code; it
raises `EmentorError` subclasses for failures a person can act on.
"""

from __future__ import annotations

import argparse
import importlib

# Each module registers its own subcommands. Add a group here; keep the order stable (it is the
# order `ementor --help` lists them in).
GROUPS = [
    "ementor_desktop.commands.vault",
    "ementor_desktop.commands.messaging",
    "ementor_desktop.commands.profile",
    "ementor_desktop.commands.match",
    "ementor_desktop.commands.workspace",
    "ementor_desktop.commands.programme",
]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name in GROUPS:
        importlib.import_module(name).register(sub)
