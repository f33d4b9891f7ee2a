"""`ementor-relay --host H --port P --db PATH_OR_URL [--config FILE]`: run the relay.

`ementor-relay tokens issue|list|revoke --db … [--config FILE]`: the operator's admission
tokens (docs/protocol.md Part 1, "Mailbox creation and the admission token").
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import secrets
import signal
import sys
import time
from pathlib import Path

from ementor_desktop.relay.app import create_app
from ementor_desktop.relay.config import LOG_FORMATS, ConfigError, RelayConfig, load_config
from ementor_desktop.relay.logs import configure as configure_logging
from ementor_desktop.relay.server import bind, make_server, tune_gc
from ementor_desktop.relay.storage import StorageError, make_storage

#: Admission tokens look like this, so an operator can tell one from other secrets.
TOKEN_PREFIX = "emr1_"  # noqa: S105 (a label, not a secret)


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
    parser.add_argument("--log-format", choices=LOG_FORMATS,
                        help="text (default) or json: one JSON object per line, for a log "
                             "shipper (log_format)")
    parser.add_argument("--open-admission", action="store_true",
                        help="let anyone create mailboxes, even when not bound to loopback "
                             "(admission = \"open\")")
    return parser.parse_args(argv)


def parse_token_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="ementor-relay tokens",
        description="Admission tokens: who may create mailboxes on this relay. Only a hash "
                    "of each token is stored; the token is shown once, when issued.")
    parser.add_argument("--db", help="the relay's database (as for the relay itself)")
    parser.add_argument("--config", type=Path, help="TOML file with a [relay] table")
    sub = parser.add_subparsers(dest="action", required=True)
    issue = sub.add_parser("issue", help="make a new token and print it (once)")
    issue.add_argument("--label", default="", help="a note for you, e.g. the cohort's name")
    sub.add_parser("list", help="list tokens: id, label, mailboxes admitted, bytes stored")
    revoke = sub.add_parser("revoke", help="stop a token admitting new mailboxes")
    revoke.add_argument("token_id", help="the id shown by `list` (or a longer prefix)")
    return parser.parse_args(argv)


def tokens_main(argv: list[str]) -> int:
    args = parse_token_args(argv)
    try:
        config = load_config(args.config, db=args.db)
    except ConfigError as exc:
        print(f"ementor-relay: {exc}", file=sys.stderr)
        return 2
    try:
        return asyncio.run(_tokens(config, args))
    except StorageError as exc:
        print(f"ementor-relay: {exc}", file=sys.stderr)
        return 1


async def _tokens(config: RelayConfig, args: argparse.Namespace) -> int:
    storage = make_storage(config.db, 1)
    await storage.open(lambda _mailbox: None)
    try:
        if args.action == "issue":
            token = TOKEN_PREFIX + secrets.token_urlsafe(32)
            digest = hashlib.sha256(token.encode()).digest()
            await storage.add_admission_token(digest, args.label, time.time())
            print(token)
            print(f"id {digest.hex()[:12]}: hand the token to the people this relay admits "
                  "(it is not shown again)", file=sys.stderr)
            return 0
        if args.action == "list":
            print(f"{'id':12}  {'issued':10}  {'state':7}  {'mailboxes':>9}  {'stored':>12}  label")
            for t in await storage.list_admission_tokens():
                issued = time.strftime("%Y-%m-%d", time.gmtime(t.created_at))
                state = "revoked" if t.revoked_at is not None else "valid"
                print(f"{t.token_hash.hex()[:12]}  {issued:10}  {state:7}  {t.mailboxes:>9}  "
                      f"{t.stored_bytes:>12}  {t.label}")
            return 0
        try:
            prefix = bytes.fromhex(args.token_id)
        except ValueError:
            prefix = b""
        if len(prefix) < 4:
            print("ementor-relay: give the token id shown by `tokens list`", file=sys.stderr)
            return 2
        matches = [t for t in await storage.list_admission_tokens()
                   if t.revoked_at is None and t.token_hash.startswith(prefix)]
        if len(matches) != 1:
            print(f"ementor-relay: {len(matches)} valid tokens match {args.token_id!r}; give "
                  "more of the id" if matches else
                  f"ementor-relay: no valid token has id {args.token_id!r}", file=sys.stderr)
            return 1
        await storage.revoke_admission_token(matches[0].token_hash, time.time())
        print(f"revoked {args.token_id}: it admits no new mailbox (those it admitted stay)")
        return 0
    finally:
        await storage.close()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["tokens"]:
        return tokens_main(argv[1:])
    args = parse_args(argv)
    try:
        config = load_config(args.config, host=args.host, port=args.port, db=args.db,
                             log_level=args.log_level, log_format=args.log_format,
                             admission="open" if args.open_admission else None)
    except ConfigError as exc:
        print(f"ementor-relay: {exc}", file=sys.stderr)
        return 2
    configure_logging(config.log_level, config.log_format)
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
    tune_gc()
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
