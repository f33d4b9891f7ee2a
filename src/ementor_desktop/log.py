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


def setup_file_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to `log_dir/ementor.log` (rotated, owner-only). Returns the log file path."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / "ementor.log"
    root = logging.getLogger(ROOT)
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    # urllib3 logs request URLs (which contain mailbox ids) at DEBUG, and at WARNING when a
    # server sends headers it cannot parse — which a hostile relay can make it do.
    logging.getLogger("urllib3").setLevel(logging.ERROR)
    path.touch(mode=0o600, exist_ok=True)
    return path
