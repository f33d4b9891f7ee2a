"""Keeping the open vault's keys out of core dumps and away from debuggers, where the OS allows.

While a vault is open this process holds the database key and decrypted data in memory. A core
dump (written by the OS when the process crashes, often to a shared folder or a crash reporter)
or another process of the same user attaching with ptrace could read them. `harden()` sets the
core-file size limit to 0 and, on Linux, marks the process non-dumpable (PR_SET_DUMPABLE 0),
which also stops same-user ptrace attaching without CAP_SYS_PTRACE. Neither can fail the open:
on an OS without them, or where they are refused, we log the error class and carry on.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

from ementor_desktop import log

PR_SET_DUMPABLE = 4
_done = False


def harden() -> None:
    """Idempotent; called before a vault's key is unwrapped (open, create, restore)."""
    global _done
    if _done:
        return
    _no_core_dumps()
    _not_dumpable()
    _done = True


def _no_core_dumps() -> None:
    try:
        import resource
    except ImportError:  # Windows: no core files in the POSIX sense
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError) as err:
        log.store.warning("could not disable core dumps (%s)", type(err).__name__)


def _not_dumpable() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        result = libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError) as err:
        log.store.warning("could not mark the process non-dumpable (%s)", type(err).__name__)
        return
    if result != 0:
        log.store.warning("could not mark the process non-dumpable (errno %d)", ctypes.get_errno())
