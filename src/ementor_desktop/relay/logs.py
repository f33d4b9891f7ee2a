"""The relay process's log output on stderr: plain lines, or JSON lines a log shipper can take.

Either way the rule of `ementor_desktop.log` holds: ids, counts, states and error classes only,
never a mailbox id, a client address or anything of a message. The JSON format adds nothing a
record carries beyond its level, logger and message, and keeps of an exception only its class
and where it was raised: an exception's text can quote what a client sent (a malformed request
line, an id), so it is left out.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import traceback
from typing import Any

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: Frames of an exception's traceback kept in a JSON record (the innermost ones).
MAX_FRAMES = 20


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, RFC 3339), level, logger, message, process id, and
    for an exception its class and frames (file name, line, function; no text, no locals)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": _utc(record.created),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,
        }
        if record.exc_info and record.exc_info[0] is not None:
            exc_type, _, tb = record.exc_info
            frames = traceback.extract_tb(tb)[-MAX_FRAMES:]
            entry["error"] = {
                "type": f"{exc_type.__module__}.{exc_type.__qualname__}"
                        if exc_type.__module__ != "builtins" else exc_type.__qualname__,
                "frames": [f"{_short(f.filename)}:{f.lineno} in {f.name}" for f in frames],
            }
        return json.dumps(entry, ensure_ascii=True, separators=(",", ":"))


def _utc(created: float) -> str:
    seconds = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(created))
    return f"{seconds}.{int(created % 1 * 1000):03d}Z"


def _short(filename: str) -> str:
    """A source file's path from its package on (no install prefix, no home folder)."""
    parts = filename.replace("\\", "/").split("/")
    for marker in ("site-packages", "dist-packages", "src"):
        if marker in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(marker):])
    return parts[-1]


def configure(level: str, log_format: str) -> None:
    """Route every logger of the process (the relay's, uvicorn's) to stderr in this format."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json"
                         else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
