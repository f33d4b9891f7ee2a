"""HAProxy in front of several relay processes, on 127.0.0.1 (tests/relay/test_scaleout.py and
bench/bench_relay_scale.py).

The configuration is the one packaging/relay/README.md ("Several processes") documents: round
robin, `/healthz` checks every half second, a request whose connection to a backend cannot be
made is sent to another backend, timeouts above the relay's longest long-poll (30 s), and the
client's address in X-Forwarded-For. No log section: the paths carry mailbox ids.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.relay.harness import free_port


class ProxyMissing(RuntimeError):
    pass


def haproxy_config(port: int, backends: list[tuple[str, int]], health: str = "/healthz") -> str:
    servers = "\n".join(
        f"    server relay{n} {host}:{bport} check inter 500ms fall 2 rise 1"
        for n, (host, bport) in enumerate(backends, 1))
    return f"""global
    maxconn 4096

defaults
    mode http
    timeout connect 2s
    timeout client 75s
    timeout server 75s
    timeout http-request 10s
    timeout http-keep-alive 30s
    timeout check 5s
    # The relay counts its per-address limits by this header (trust_forwarded_for = true).
    option forwardfor
    # A request that cannot reach its backend goes to another one.
    retries 3
    option redispatch 1
    retry-on conn-failure

frontend relay
    bind 127.0.0.1:{port}
    default_backend relays

backend relays
    balance roundrobin
    option httpchk GET {health}
    http-check expect status 200
{servers}
"""


@dataclass
class Proxy:
    proc: subprocess.Popen[bytes]
    port: int
    config: Path
    #: HAProxy's own notices (servers going up and down; no requests: there is no log section).
    notices: Path

    def marked_down(self, server: str) -> bool:
        """Whether HAProxy's health checks have taken backend `server` (relay1, ...) out."""
        text = self.notices.read_text(encoding="utf-8", errors="replace")
        return f"relays/{server} is DOWN" in text

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def _haproxy() -> str:
    found = shutil.which("haproxy") or (
        "/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else None)
    if found is None:
        raise ProxyMissing("haproxy is not installed (apt-get install haproxy)")
    return found


@contextlib.contextmanager
def haproxy(backends: list[tuple[str, int]], workdir: Path,
            health: str = "/healthz") -> Iterator[Proxy]:
    """HAProxy in the foreground (`-db`), round robin over `backends`, on a free port; it
    checks each backend with `GET <health>`."""
    binary = _haproxy()
    port = free_port()
    config = workdir / f"haproxy-{port}.cfg"
    config.write_text(haproxy_config(port, backends, health), encoding="utf-8")
    check = subprocess.run([binary, "-c", "-q", "-f", str(config)], capture_output=True,
                           text=True, check=False)
    if check.returncode != 0:
        raise RuntimeError(f"haproxy refused its configuration: {check.stderr}")
    notices = workdir / f"haproxy-{port}.err"
    with open(notices, "wb") as err:
        proc = subprocess.Popen([binary, "-db", "-f", str(config)], stdout=subprocess.DEVNULL,
                                stderr=err)
    proxy = Proxy(proc, port, config, notices)
    try:
        deadline = time.monotonic() + 20
        while True:
            if proc.poll() is not None:
                raise RuntimeError("haproxy exited during startup")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            if time.monotonic() > deadline:
                raise RuntimeError("haproxy did not start listening")
            time.sleep(0.05)
        yield proxy
    finally:
        proxy.stop()
