"""Work-arounds for defects in the Qt binding, each with the evidence and when it can go.

PySide6 6.12.0 drops one reference to `None` each time a Python `data()` override returns None
through C++ (every view paint does this), and to `False`/`True` when some virtual overrides such
as `QWizardPage.isComplete` return a bool. On CPython 3.11 those singletons are ordinary objects:
after enough calls their count reaches zero and the interpreter aborts ("Fatal Python error:
none_dealloc" / "bool_dealloc"), typically at exit or during a long scroll. CPython 3.12+ makes
them immortal, so nothing is needed there. Here we add a very large number of references to the
three singletons once, which is what 3.12 does by design; remove this when PySide6 is fixed
(tests/gui/test_compat.py shows whether the defect is still there).
"""

from __future__ import annotations

import ctypes
import platform
import sys

BALLAST = 1 << 40
_done = False


def pin_singletons() -> None:
    """Make None, True and False practically immortal on CPython < 3.12 (idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    for obj in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
        refcount.value += BALLAST
    _done = True
