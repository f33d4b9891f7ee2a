"""The PySide6 desktop app: windows, dialogs, list models and delegates.

Every vault call goes through `worker.DbWorker` (one background thread that owns the open vault);
nothing here runs SQL or blocks the event loop.
"""
