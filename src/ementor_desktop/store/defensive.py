"""Hardening one SQLCipher connection against a hostile database file.

A vault may come from a backup, another machine or a folder someone else could write to, so its
schema is not trusted: `trusted_schema = OFF` stops views and triggers in it from calling
functions with side effects, `cell_size_check = ON` makes SQLite check b-tree cells as it reads
them instead of trusting their sizes, and SQLite's defensive mode (SQLITE_DBCONFIG_DEFENSIVE)
stops `writable_schema` and other ways of corrupting the file through SQL.

The `sqlcipher3` module has no `setconfig` (Python's own `sqlite3` gained it in 3.12), so
defensive mode is set through `sqlite3_db_config` in the extension module's bundled SQLCipher,
reached with ctypes. That is done only when every check passes — CPython, the extension exports
the function, and the connection handle we read names the very file we opened — otherwise the
two pragmas still apply and the gap is logged (by error class only).
"""

from __future__ import annotations

import ctypes
import os
import platform
import sys
from pathlib import Path
from typing import Any

from ementor_desktop import log

SQLITE_DBCONFIG_DEFENSIVE = 1010


def harden(conn: Any, path: Path) -> bool:
    """Set the pragmas on `conn` (an open sqlcipher3 connection to `path`) and defensive mode.
    Returns whether defensive mode is on."""
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    try:
        return _defensive(conn, path)
    except (OSError, AttributeError, ValueError, TypeError) as err:
        log.store.warning("SQLite defensive mode unavailable (%s)", type(err).__name__)
        return False


def _library() -> ctypes.CDLL:
    from sqlcipher3 import _sqlite3

    return ctypes.CDLL(_sqlite3.__file__)


def _defensive(conn: Any, path: Path) -> bool:
    if sys.implementation.name != "cpython":
        return False
    if sys.platform == "darwin" and platform.machine() == "arm64":
        return False  # variadic calls use another convention there than ctypes would use
    lib = _library()
    handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
    if not handle or handle % ctypes.sizeof(ctypes.c_void_p):
        return False
    filename = lib.sqlite3_db_filename
    filename.restype = ctypes.c_char_p
    filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    named = filename(handle, b"main")
    if not named or os.path.realpath(os.fsdecode(named)) != os.path.realpath(path):
        return False  # not the handle we think it is: do not call anything else with it
    db_config = lib.sqlite3_db_config
    db_config.restype = ctypes.c_int
    state = ctypes.c_int(-1)
    rc = db_config(ctypes.c_void_p(handle), ctypes.c_int(SQLITE_DBCONFIG_DEFENSIVE),
                   ctypes.c_int(1), ctypes.byref(state))
    return rc == 0 and state.value == 1
