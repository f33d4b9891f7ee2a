"""The PySide6 desktop app: windows, dialogs, list models and delegates.

Every vault call goes through `worker.DbWorker` (one background thread that owns the open vault);
nothing here runs SQL or blocks the event loop.
"""

from ementor_desktop.ui.compat import pin_singletons

pin_singletons()  # before any Qt override can run: see compat.py
