"""Test harness for the relay: a throwaway PostgreSQL cluster, in-process and subprocess relays.

Used by tests/relay and by bench/bench_relay.py. Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from ementor_desktop.relay.app import Relay, create_app
from ementor_desktop.relay.config import RelayConfig
from ementor_desktop.relay.server import RelayServer, bind, make_server


class PostgresMissing(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise PostgresMissing("PostgreSQL server binaries (initdb, pg_ctl) are not installed")


@dataclass
class PostgresCluster:
    """A private PostgreSQL server in a temp folder; `url(db)` gives a connection URL."""

    root: Path
    port: int = 0
    _bin: Path = field(default_factory=Path)
    _counter: int = 0
    _free: list[str] = field(default_factory=list)

    def _run(self, *args: str) -> None:
        cmd = [str(a) for a in args]
        if os.geteuid() == 0:  # the server refuses to run as root
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stdout}\n{result.stderr}")

    def start(self) -> None:
        self._bin = _pg_bin()
        self.root.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            # The postgres user must be able to walk down to its folder (traverse only).
            for parent in [self.root, *self.root.parents]:
                mode = parent.stat().st_mode
                if not mode & 0o001:
                    os.chmod(parent, mode | 0o011)
            shutil.chown(self.root, "postgres", "postgres")
        self.port = free_port()
        data, sockets = self.root / "data", self.root / "sock"
        for folder in (data, sockets):
            folder.mkdir()
            if os.geteuid() == 0:
                shutil.chown(folder, "postgres", "postgres")
        self._run(str(self._bin / "initdb"), "-D", str(data), "-U", "postgres",
                  "--auth=trust", "-E", "UTF8", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {sockets} "
                   "-c max_connections=200 -c shared_buffers=64MB")
        self._run(str(self._bin / "pg_ctl"), "-D", str(data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError):
            self._run(str(self._bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "fast",
                      "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def acquire(self) -> str:
        """An empty database: a recycled one if there is one (much faster than creating)."""
        return self._free.pop() if self._free else self.new_database()

    def release(self, url: str) -> None:
        """Empty a database the relay has used and keep it for the next test."""
        with psycopg.connect(url, autocommit=True) as conn:
            tables = [r[0] for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
            if tables:
                conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
                conn.execute("DELETE FROM ementor_relay_meta")
                for table in tables:
                    conn.execute(f"DROP TABLE IF EXISTS {table} CASCADE")
            # The relay's functions (deposit, the counting triggers') go with the schema.
            for (signature,) in conn.execute(
                    "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n"
                    " ON n.oid = p.pronamespace WHERE n.nspname = 'public'").fetchall():
                conn.execute(f"DROP FUNCTION IF EXISTS {signature} CASCADE")
        self._free.append(url)

    def new_database(self) -> str:
        """A fresh empty database; returns its URL."""
        self._counter += 1
        name = f"relay_{os.getpid()}_{self._counter}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)


def start_postgres(root: Path) -> PostgresCluster:
    cluster = PostgresCluster(root)
    cluster.start()
    return cluster


# ---- relays ----

@dataclass
class InProcessRelay:
    """A relay served by uvicorn in a thread of this process, on 127.0.0.1 and a free port."""

    config: RelayConfig
    server: RelayServer
    thread: threading.Thread
    base_url: str

    @property
    def relay(self) -> Relay:
        return self.server.relay

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        assert not self.thread.is_alive(), "relay did not stop"


def start_in_process(config: RelayConfig, clock: Any = None,
                     storage: Any = None) -> InProcessRelay:
    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    app = create_app(config, storage=storage, clock=clock) if clock else create_app(
        config, storage=storage)
    server = make_server(config, app)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name="relay-under-test")
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError("in-process relay failed to start")
        time.sleep(0.01)
    return InProcessRelay(config, server, thread, f"http://127.0.0.1:{port}")


@contextlib.contextmanager
def running_relay(config: RelayConfig, clock: Any = None,
                  storage: Any = None) -> Iterator[InProcessRelay]:
    relay = start_in_process(config, clock, storage)
    try:
        yield relay
    finally:
        relay.stop()


@dataclass
class RelayProcess:
    """`ementor-relay` as a child process, as an operator runs it."""

    proc: subprocess.Popen[str]
    base_url: str
    log_path: Path

    def terminate(self, timeout: float = 20) -> int:
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            self.close()

    def kill9(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=10)
        self.close()

    def close(self) -> None:
        """Make sure the process is gone and its pipe closed (idempotent)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def spawn_relay(db: str, workdir: Path, config_file: Path | None = None,
                extra: list[str] | None = None) -> RelayProcess:
    log_path = workdir / f"relay-{time.monotonic_ns()}.log"
    args = [sys.executable, "-m", "ementor_desktop.relay", "--host", "127.0.0.1",
            "--port", "0", "--db", db, *(extra or [])]
    if config_file is not None:
        args += ["--config", str(config_file)]
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=log, text=True)
    relay = RelayProcess(proc, listening_url(proc, log_path), log_path)
    try:
        _wait_healthy(relay.base_url, proc)
    except BaseException:
        relay.close()
        raise
    return relay


def listening_url(proc: subprocess.Popen[str], log_path: Path) -> str:
    """The base URL a relay process started with `--port 0` prints first ("listening on
    URL"); if it prints anything else, it is stopped and the error names what it logged."""
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "listening on" not in line:
        proc.kill()
        proc.wait()
        proc.stdout.close()
        raise RuntimeError(f"relay did not start: {line!r}\n{log_path.read_text()}")
    return line.strip().rsplit(" ", 1)[-1]


def _wait_healthy(base_url: str, proc: subprocess.Popen[str]) -> None:
    import requests

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("relay exited during startup")
        with contextlib.suppress(requests.RequestException):
            if requests.get(base_url + "/healthz", timeout=2).status_code == 200:
                return
        time.sleep(0.05)
    raise RuntimeError("relay did not become healthy")


class AsyncHttp:
    """One keep-alive HTTP/1.1 connection over asyncio streams, for tests that hold hundreds
    of requests open at once (a thread and a `requests` session each would be far heavier)."""

    def __init__(self, reader: Any, writer: Any) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, base_url: str) -> AsyncHttp:
        import asyncio
        from urllib.parse import urlsplit

        parts = urlsplit(base_url)
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        return cls(reader, writer)

    async def request(self, method: str, target: str, body: bytes = b"",
                      headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        lines = [f"{method} {target} HTTP/1.1", "Host: relay", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        answer_headers = {}
        for line in header_lines:
            if ":" in line:
                name, value = line.split(":", 1)
                answer_headers[name.strip().lower()] = value.strip()
        length = int(answer_headers.get("content-length", "0"))
        payload = await self.reader.readexactly(length) if length else b""
        return int(status_line.split()[1]), answer_headers, payload

    def close(self) -> None:
        self.writer.close()
