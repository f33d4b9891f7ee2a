"""`ementor-relay --host H --port P --db PATH_OR_URL [--config FILE]`: run the relay."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path

from ementor_desktop.relay.app import create_app
from ementor_desktop.relay.config import ConfigError, load_config
from ementor_desktop.relay.server import bind, make_server


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="ementor-relay",
        description="A blind store-and-forward relay for eMentor Desktop (API v1).")
    parser.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int,
                        help="port to listen on (default 8470); 0 picks a free one")
    parser.add_argument("--db", help="SQLite file path (default ./ementor-relay.sqlite3), "
                                     "or a postgresql:// URL")
    parser.add_argument("--config", type=Path, help="TOML file with a [relay] table")
    parser.add_argument("--log-level", help="DEBUG, INFO, WARNING or ERROR")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        config = load_config(args.config, host=args.host, port=args.port, db=args.db,
                             log_level=args.log_level)
    except ConfigError as exc:
        print(f"ementor-relay: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=config.log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        sock = bind(config.host, config.port)
    except OSError as exc:
        print(f"ementor-relay: cannot listen on {config.host}:{config.port}: {exc.strerror}",
              file=sys.stderr)
        return 2
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host

    def ready() -> None:
        # Printed once storage is open: scripts and tests read the port chosen for --port 0.
        print(f"ementor-relay listening on http://{shown}:{port}", flush=True)

    server = make_server(config, create_app(config, on_ready=ready))
    # uvicorn re-raises the stop signal after its graceful shutdown, to these handlers: a stop
    # by SIGTERM or Ctrl-C that shut down cleanly then exits 0 instead of dying by the signal.
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda _sig, _frame: None)
    server.run(sockets=[sock])
    if not server.started:
        print("ementor-relay: could not start (see the log above)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
