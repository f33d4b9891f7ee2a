"""Named loggers per subsystem, and the one place that configures logging.

Rule for every log call in the project: ids, counts, states and error classes only — never a
message body, a draft, a name, a passphrase or key material. A test scans the logs for canaries.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

ROOT = "ementor"

crypto = logging.getLogger(f"{ROOT}.crypto")
store = logging.getLogger(f"{ROOT}.store")
sync = logging.getLogger(f"{ROOT}.sync")
domain = logging.getLogger(f"{ROOT}.domain")
relay = logging.getLogger(f"{ROOT}.relay")
ui = logging.getLogger(f"{ROOT}.ui")
cli = logging.getLogger(f"{ROOT}.cli")

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# The file the project logs to right now (None: no file log; then nothing is written anywhere).
_active: Path | None = None


def active_log_file() -> Path | None:
    """The log file records go to, or None when no file log is set up (so none was written)."""
    root = logging.getLogger(ROOT)
    if _active is None or not any(isinstance(h, logging.handlers.RotatingFileHandler)
                                  for h in root.handlers):
        return None
    return _active


def quiet_until_configured() -> None:
    """Before a file log exists, records go nowhere. Without a handler, Python's last-resort
    handler would print warnings and tracebacks on stderr, where a person would see them."""
    root = logging.getLogger(ROOT)
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())


class _FileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler that never prints its own failures: a log that cannot be written
    (a full disk, a removed folder) must not put a traceback in front of the person."""

    def handleError(self, record: logging.LogRecord) -> None:
        return


def setup_file_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to `log_dir/ementor.log` (rotated, owner-only). Returns the log file path.

    Raises OSError when the folder or the file cannot be made (then no file log is active)."""
    global _active
    _active = None
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not log_dir.is_dir():  # mkdir(exist_ok=True) accepts a symlink to a file
        raise NotADirectoryError(20, "Not a directory", str(log_dir))
    path = log_dir / "ementor.log"
    # Create the file now, owner-only: an error surfaces here, not at the first record.
    path.touch(mode=0o600, exist_ok=True)
    if not path.is_file():
        raise IsADirectoryError(21, "Is a directory", str(path))
    root = logging.getLogger(ROOT)
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = _FileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    # urllib3 logs request URLs (which contain mailbox ids) at DEBUG, and at WARNING when a
    # server sends headers it cannot parse — which a hostile relay can make it do.
    logging.getLogger("urllib3").setLevel(logging.ERROR)
    _active = path
    return path
