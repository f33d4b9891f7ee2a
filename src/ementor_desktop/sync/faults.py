"""Crash points for the kill -9 tests: the sync engine passes named points, and a process started
with `EMENTOR_CRASH_AT=<point>:<n>` kills itself with SIGKILL the n-th time it reaches <point>.

This lets tests/messaging/test_crash_safety.py kill at fixed places in the protocol (sealed but
not deposited, deposited but not recorded, applied but not committed, committed but not
acknowledged) instead of after wall-clock sleeps, which land nowhere on a slow or busy machine.
Without the variable, `reached` is a dictionary lookup and does nothing. It never writes anything.
"""

from __future__ import annotations

import os
import signal

#: The points the engine passes, in protocol order.
POINTS = ("push.sealed", "push.deposited", "pull.applied", "pull.committed")


def _parse(spec: str | None) -> tuple[str, int] | None:
    if not spec:
        return None
    name, _, count = spec.partition(":")
    if name not in POINTS or not count.isdigit() or int(count) < 1:
        raise ValueError(f"EMENTOR_CRASH_AT must be <point>:<n> with a point among {POINTS}")
    return name, int(count)


_target = _parse(os.environ.get("EMENTOR_CRASH_AT"))
_passed: dict[str, int] = {}


def reached(point: str) -> None:
    """Called by the engine at `point`; kills the process there if a test asked for it."""
    if _target is None or _target[0] != point:
        return
    _passed[point] = _passed.get(point, 0) + 1
    if _passed[point] == _target[1]:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
