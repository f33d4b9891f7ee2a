"""Running the relay on uvicorn: socket binding, graceful shutdown, logging without addresses."""

from __future__ import annotations

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
        self.relay.waiters.stop()
        await super().shutdown(sockets)


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
