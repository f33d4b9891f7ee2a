"""Running the relay on uvicorn: socket binding, graceful shutdown, logging without addresses,
and the process's garbage collection."""

from __future__ import annotations

import gc
import socket

import uvicorn
from fastapi import FastAPI

from ementor_desktop.relay.app import Relay, create_app
from ementor_desktop.relay.config import RelayConfig

#: Seconds uvicorn waits for requests in flight on shutdown; long-polls end at once.
GRACEFUL_SECONDS = 10


class RelayServer(uvicorn.Server):
    """uvicorn's server, which first ends the relay's long-polls when asked to stop."""

    def __init__(self, config: uvicorn.Config, relay: Relay) -> None:
        super().__init__(config)
        self.relay = relay

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self.relay.stop_long_polls()
        await super().shutdown(sockets)


#: Young collections after this many allocations (Python's default); a full collection is
#: considered only after this many young ones of the middle generation (default 10).
GC_THRESHOLDS = (700, 10, 1000)


def tune_gc() -> None:
    """For a relay process (not a test process that hosts one): full collections rarely.

    Every held long-poll is some 170 objects (connection, parser state, task, coroutine frames),
    so 5,000 held make 850,000; Python collects all of them again whenever a quarter as many
    have come of age, which with long-polls coming and going was every few seconds, each time
    a pause of 0.5-0.7 s of CPU during which nothing was answered (in the benchmark's 5,000
    long-poll stampede, `/healthz` p99 went from 1-2 s to 0.1-0.3 s). Young collections run as
    usual, so the short-lived cycles (exceptions and their tracebacks) are freed at once; the
    full collections found almost nothing to free. What starting up made is frozen: it lives
    as long as the process and need not be looked at again.
    """
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def bind(host: str, port: int) -> socket.socket:
    """Bind before serving, so `--port 0` can report the port the system chose."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted sockets inherit this; without it small answers wait on delayed ACKs (40 ms).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def make_server(config: RelayConfig, app: FastAPI | None = None) -> RelayServer:
    app = app or create_app(config)
    uv_config = uvicorn.Config(
        app,
        access_log=False,       # access lines carry client addresses: never written
        proxy_headers=False,    # forwarded addresses are the Guard's business, if trusted
        server_header=False,
        log_config=None,        # the caller configures logging; uvicorn must not
        lifespan="on",
        timeout_graceful_shutdown=GRACEFUL_SECONDS,
        timeout_keep_alive=30,
    )
    return RelayServer(uv_config, app.state.relay)
