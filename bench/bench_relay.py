"""Relay throughput, deposits as a mailbox fills, delivery latency and idle long-polls, each
beside a same-run baseline.

The baseline is a bare FastAPI app on the same uvicorn, started the same way (its endpoints read
the body and answer JSON, with no storage, auth or limits), so the ratio shows what the relay's
own work costs. Deposits are driven by `wrk` (C, one thread, 32 keep-alive connections, a Lua
script giving each request its own Idempotency-Key), as issue 14 states its targets: it takes a
small share of a core, where a Python load generator would take much of the 2 cores it measures.
Owner commands are signed with single-use challenges, which wrk cannot do: fetch+ack, latency,
long-polls and the flood use a minimal asyncio HTTP/1.1 client over keep-alive connections on
127.0.0.1, whose own CPU is reported where it drives the load.

`python -m bench.bench_relay --throughput [--backend sqlite|pg|both] [--rounds N]` measures only
the throughput rows and the mailbox fill and prints them (for A/B runs of storage changes); so
does `BENCH_RELAY_ONLY=throughput python -m bench relay`.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import io
import json
import math
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey

TITLE = "Relay server (ementor-relay)"
#: The relay before long-polls took turns and shutdown answered them without reading (issue
#: 10): the stampede's baseline, run from git history in the same run when it is there.
BEFORE_COMMIT = "93a9b19"
#: Long-polls of the stampede that the probe process owns and watches.
PROBED = 50
#: The first seconds of a stampede, when every client connects and asks at once.
RUSH_SECONDS = 5.0
#: How long the stampede waits for the relay to answer and exit after SIGTERM.
STOP_BOUND = 60.0
WARM_UP = 0.5
SLICE = 0.5
ROOT = Path(__file__).resolve().parent.parent

CONFIG = """[relay]
requests_per_address_per_minute = 1e9
requests_per_address_burst = 1000000
deposits_per_mailbox_per_minute = 1e9
deposits_per_mailbox_burst = 1000000
owner_commands_per_mailbox_per_minute = 1e9
owner_commands_per_mailbox_burst = 1000000
mailboxes_per_address_per_minute = 1e9
mailboxes_per_address_burst = 1000000
quota_messages = 1000000
quota_bytes = 10000000000
deposit_bytes_per_address_per_minute = 1e15
deposit_bytes_per_address_burst = 1000000000000
longpolls_per_address = 1000000
longpolls_max = 1000000
max_stored_bytes = 0
creator_quota_bytes = 0
log_level = "WARNING"
"""

#: The flood: the shipped limits, with clients told apart by X-Forwarded-For (as behind a proxy).
FLOOD_CONFIG = """[relay]
trust_forwarded_for = true
admission = "open"
log_level = "WARNING"
"""


# ---- a bare app of the same framework, on the same server ----

def serve_bare() -> None:
    """`python -m bench.bench_relay --bare`: the baseline server (prints its address)."""
    from ementor_desktop.relay.server import bind

    app = FastAPI()

    @app.post("/bare/{box}")
    async def deposit(box: str, request: Request) -> JSONResponse:
        body = b"".join([chunk async for chunk in request.stream()])
        return JSONResponse({"message_id": "A" * 22, "received_at": len(body) + time.time()},
                            status_code=201)

    @app.get("/bare/{box}")
    async def fetch(box: str) -> JSONResponse:
        return JSONResponse({"messages": []})

    import uvicorn

    sock = bind("127.0.0.1", 0)
    print(f"bare listening on http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, access_log=False, log_config=None,
                                           server_header=False, timeout_keep_alive=30))
    server.run(sockets=[sock])


def cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system, all threads) a process has used, from /proc; 0 if gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError):
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == parent:
                    found.append(int(entry.name))
    return found


def postgres_pids(cluster: Any) -> list[int]:
    """The processes of a tests.relay.harness PostgreSQL server: postmaster and children."""
    master = int((cluster.root / "data" / "postmaster.pid").read_text().split()[0])
    return [master, *_children(master)]


def postgres_cpu(cluster: Any) -> Callable[[], float]:
    """CPU seconds a PostgreSQL server's processes have used so far, asked anew each call."""
    return lambda: sum(cpu_seconds(pid) for pid in postgres_pids(cluster))


class Address(NamedTuple):
    host: str
    port: int


@dataclass
class Server:
    proc: subprocess.Popen[str]
    host: str
    port: int

    def cpu_seconds(self) -> float:
        """CPU time the process has used (user and system, all its threads)."""
        return cpu_seconds(self.proc.pid)

    def waited_seconds(self) -> float:
        """Time its threads were ready to run but waited for a core (other processes had it),
        from the kernel's scheduler statistics; NaN where there are none."""
        total = 0
        try:
            for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
                total += int((task / "schedstat").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            return math.nan
        return total / 1e9

    def rss_mib(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(float(line.split()[1])) / 1024
        return float("nan")


@contextlib.contextmanager
def _spawn(args: list[str], cpus: set[int] | None = None,
           source: Path | None = None) -> Iterator[Server]:
    env = dict(os.environ)
    if source is not None:  # the relay of another version, from an extracted source tree
        env["PYTHONPATH"] = os.pathsep.join([str(source), env.get("PYTHONPATH", "")])
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=ROOT, env=env)
    if cpus:
        # At once, before the child starts any thread: its threads inherit the pinning.
        os.sched_setaffinity(proc.pid, cpus)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    address = line.strip().rsplit("//", 1)[-1]
    host, port = address.rsplit(":", 1)
    try:
        yield Server(proc, host, int(port))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a backlog of thousands of polls: do not hang
            proc.kill()
            proc.wait(timeout=30)
        proc.stdout.close()


def relay_server(db: str, workdir: Path, text: str = CONFIG, cpus: set[int] | None = None,
                 source: Path | None = None) -> contextlib.AbstractContextManager[Server]:
    config = workdir / f"bench-relay-{time.monotonic_ns()}.toml"
    config.write_text(text, encoding="utf-8")
    return _spawn(["-m", "ementor_desktop.relay", "--port", "0", "--db", db,
                   "--config", str(config)], cpus, source)


def bare_server() -> contextlib.AbstractContextManager[Server]:
    return _spawn(["-m", "bench.bench_relay", "--bare"])


# ---- wrk, the load generator for deposits ----

#: wrk's load, as issue 14 measured: one thread, 32 keep-alive connections.
WRK_CONNECTIONS = 32

#: Deposits: arguments are a key prefix, the body size and the paths to spread requests over
#: (round robin); every request gets its own Idempotency-Key, so each one is stored.
WRK_SCRIPT = """
local n = 0
local prefix, body, paths
function init(args)
  prefix = args[1]
  body = string.rep("x", tonumber(args[2]))
  paths = {}
  for i = 3, #args do paths[#paths + 1] = args[i] end
end
function request()
  n = n + 1
  return wrk.format("POST", paths[(n % #paths) + 1],
    {["Idempotency-Key"] = prefix .. n, ["Content-Type"] = "application/octet-stream"}, body)
end
"""

_WRK_RUNS = iter(range(10**9))


class Wrk(NamedTuple):
    """One wrk run: answers per second, answers, failures (non-2xx or socket errors) and
    wrk's own CPU (user + system) over the run's wall time."""

    rate: float
    requests: int
    failed: int
    cpu_share: float


def wrk_script(workdir: Path) -> Path:
    script = workdir / "deposit.lua"
    if not script.exists():
        script.write_text(WRK_SCRIPT, encoding="utf-8")
    return script


def wrk(url: str, seconds: int, script: Path | None = None, paths: Sequence[str] = (),
        size: int = 1024) -> Wrk:
    """`wrk -t1 -c32` for `seconds` (whole seconds: wrk takes no less) against `url`: with
    `script`, deposits of `size` bytes spread over `paths`; without, GETs of `url`."""
    args = ["wrk", "-t1", f"-c{WRK_CONNECTIONS}", f"-d{max(1, seconds)}s", "--timeout", "10s"]
    if script is not None:
        args += ["-s", str(script), url, "--", f"w{next(_WRK_RUNS)}-{os.getpid()}-",
                 str(size), *paths]
    else:
        args.append(url)
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)  # wrk's own CPU, exactly, as it is reaped
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stdout.close()
    elapsed = time.perf_counter() - start
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    count = re.search(r"(\d+) requests in", out)
    if rate is None or count is None:
        raise RuntimeError(f"wrk: {out}")
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    failed = (int(bad.group(1)) if bad else 0) + (
        sum(int(g) for g in errors.groups()) if errors else 0)
    return Wrk(float(rate.group(1)), int(count.group(1)), failed,
               (usage.ru_utime + usage.ru_stime) / elapsed)


class Slice(NamedTuple):
    """A wrk run against one server, with the CPU that server (and the database server behind
    it, if it has one) used meanwhile."""

    run: Wrk
    server_cpu: float
    db_cpu: float = 0.0

    @property
    def cpu_ms(self) -> float:
        """The server's CPU (user + system) per answer, in ms."""
        return 1000 * self.server_cpu / max(1, self.run.requests)

    @property
    def db_ms(self) -> float:
        """The database server's CPU per answer, in ms."""
        return 1000 * self.db_cpu / max(1, self.run.requests)


def wrk_slice(server: Server, url: str, seconds: int, script: Path | None = None,
              paths: Sequence[str] = (), size: int = 1024,
              db_cpu: Callable[[], float] | None = None) -> Slice:
    cpu, db = server.cpu_seconds(), db_cpu() if db_cpu else 0.0
    run = wrk(url, seconds, script, paths, size)
    return Slice(run, server.cpu_seconds() - cpu, db_cpu() - db if db_cpu else 0.0)


# ---- a minimal keep-alive HTTP/1.1 client ----

class Conn:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, server: Server | Address) -> Conn:
        reader, writer = await asyncio.open_connection(server.host, server.port)
        return cls(reader, writer)

    async def request(self, method: str, target: str, body: bytes = b"",
                      headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        lines = [f"{method} {target} HTTP/1.1", "Host: bench", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
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


async def _create_mailbox(conn: Conn, key: MailboxAuthKey) -> tuple[str, str]:
    from ementor_desktop.protocol import relay_v1 as wire

    body = json.dumps({"auth_key": wire.b64url_encode(key.public_key)}).encode()
    status, _, payload = await conn.request("POST", "/v1/mailboxes", body,
                                            {"Content-Type": "application/json"})
    assert status == 201, payload
    data = json.loads(payload)
    return data["receive_id"], data["send_id"]


class Owner:
    """Signs owner commands, reusing the challenge each answer hands back."""

    def __init__(self, conn: Conn, key: MailboxAuthKey, receive_id: str) -> None:
        self.conn, self.key, self.receive_id = conn, key, receive_id
        self.challenge: str | None = None

    async def command(self, method: str, target: str,
                      body: bytes = b"") -> tuple[int, dict[str, str], bytes]:
        from ementor_desktop.protocol import relay_v1 as wire

        if self.challenge is None:
            _, _, payload = await self.conn.request(
                "POST", f"/v1/mailboxes/{self.receive_id}/challenge")
            self.challenge = json.loads(payload)["challenge"]
        auth = wire.sign_owner_command(self.key, self.challenge, method, target, body)
        answer = await self.conn.request(method, target, body, {
            "Authorization": auth, "Content-Type": "application/json"})
        self.challenge = answer[1].get(wire.NEXT_CHALLENGE_HEADER.lower())
        return answer


# ---- measurements ----

async def _rate(seconds: float, workers: list[object], step: object) -> float:
    """Run `step(worker)` in a loop on every worker for `seconds`; operations per second."""
    done = 0
    stop_at = time.perf_counter() + seconds

    async def loop(worker: object) -> None:
        nonlocal done
        while time.perf_counter() < stop_at:
            await step(worker)  # type: ignore[operator]
            done += 1

    start = time.perf_counter()
    await asyncio.gather(*(loop(w) for w in workers))
    return done / (time.perf_counter() - start)


class Compared(NamedTuple):
    """Rates of relay and baseline from this process's asyncio client, and that client's own
    CPU (user + system) over the wall time it drove them."""

    relay: float
    bare: float
    client_cpu: float


async def _compare(seconds: float, relay_workers: list[object], relay_step: object,
                   bare_workers: list[object], bare_step: object) -> Compared:
    """Rates of relay and baseline, measured in alternating half-second slices, so a change in
    the machine's load during the run weighs on both alike."""
    await _rate(WARM_UP, relay_workers, relay_step)
    await _rate(WARM_UP, bare_workers, bare_step)
    slices = max(1, round(seconds / SLICE))
    relay_rates, bare_rates = [], []
    cpu, start = time.process_time(), time.perf_counter()
    for _ in range(slices):
        relay_rates.append(await _rate(SLICE, relay_workers, relay_step))
        bare_rates.append(await _rate(SLICE, bare_workers, bare_step))
    client_cpu = (time.process_time() - cpu) / (time.perf_counter() - start)
    return Compared(statistics.fmean(relay_rates), statistics.fmean(bare_rates), client_cpu)


async def fetch_ack_rates(relay: Server | Address, bare: Server | Address, clients: int,
                          seconds: float, prefill: int,
                          prefill_with: Callable[[list[str], int], None] | None = None
                          ) -> Compared:
    """Owners each fetch one message and acknowledge it (two signed commands), beside a bare
    GET plus a small POST. `prefill` messages go into every mailbox first: through
    `prefill_with(send_ids, prefill)` when given (wrk, quicker), else from this client."""
    conns = [await Conn.open(relay) for _ in range(clients)]
    blob = os.urandom(1024)
    keys = [MailboxAuthKey.generate() for _ in conns]
    boxes = [await _create_mailbox(c, k) for c, k in zip(conns, keys, strict=True)]
    if prefill_with is not None:
        await asyncio.get_running_loop().run_in_executor(
            None, prefill_with, [send_id for _, send_id in boxes], prefill)
    else:
        async def prefilled(i: int, conn: Conn) -> None:
            for j in range(prefill):
                await conn.request("POST", f"/v1/deposit/{boxes[i][1]}", blob,
                                   {"Idempotency-Key": f"p{i}-{j}"})

        # All at once, so no connection idles past the keep-alive timeout meanwhile.
        await asyncio.gather(*(prefilled(i, c) for i, c in enumerate(conns)))
    owners = [Owner(c, k, box[0]) for c, k, box in zip(conns, keys, boxes, strict=True)]

    async def relay_step(owner: Owner) -> None:
        base = f"/v1/mailboxes/{owner.receive_id}"
        status, _, payload = await owner.command("GET", base + "/messages?limit=1")
        assert status == 200, status
        ids = [m["id"] for m in json.loads(payload)["messages"]]
        assert ids, "mailbox ran dry: raise prefill"
        status, _, _ = await owner.command("POST", base + "/ack",
                                           json.dumps({"ids": ids}).encode())
        assert status == 200

    async def bare_step(conn: Conn) -> None:
        await conn.request("GET", "/bare/x")
        await conn.request("POST", "/bare/x", b'{"ids": ["AAAAAAAAAAAAAAAAAAAAAA"]}')

    bare_conns = [await Conn.open(bare) for _ in range(clients)]
    compared = await _compare(seconds, list(owners), relay_step, list(bare_conns), bare_step)
    for c in conns + bare_conns:
        c.close()
    return compared


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def delivery_latency(relay: Server, bare: Server, rounds: int) -> dict[str, float]:
    poll_conn, deposit_conn = await Conn.open(relay), await Conn.open(relay)
    key = MailboxAuthKey.generate()
    receive_id, send_id = await _create_mailbox(poll_conn, key)
    owner = Owner(poll_conn, key, receive_id)
    base = f"/v1/mailboxes/{receive_id}"
    latencies = []
    for i in range(rounds):
        poll = asyncio.create_task(owner.command("GET", base + "/messages?wait=30"))
        await asyncio.sleep(0.01)  # let the long-poll reach the relay and wait
        start = time.perf_counter()
        await deposit_conn.request("POST", f"/v1/deposit/{send_id}", b"x" * 1024,
                                   {"Idempotency-Key": f"l{i}"})
        status, _, payload = await poll
        latencies.append((time.perf_counter() - start) * 1000)
        ids = [m["id"] for m in json.loads(payload)["messages"]]
        assert status == 200 and ids
        await owner.command("POST", base + "/ack", json.dumps({"ids": ids}).encode())
    bare_conn = await Conn.open(bare)
    bare_latencies = []
    for _ in range(rounds):
        start = time.perf_counter()
        await bare_conn.request("POST", "/bare/x", b"x" * 1024)
        bare_latencies.append((time.perf_counter() - start) * 1000)
    for c in (poll_conn, deposit_conn, bare_conn):
        c.close()
    return {"p50": statistics.median(latencies), "p99": _percentile(latencies, 0.99),
            "bare_p50": statistics.median(bare_latencies),
            "bare_p99": _percentile(bare_latencies, 0.99)}


async def idle_long_polls(relay: Server, count: int) -> dict[str, float]:
    setup = await Conn.open(relay)
    owners = []
    for _ in range(count):
        key = MailboxAuthKey.generate()
        receive_id, _ = await _create_mailbox(setup, key)
        owners.append(Owner(setup, key, receive_id))
    challenges = []
    for owner in owners:
        _, _, payload = await setup.request("POST",
                                            f"/v1/mailboxes/{owner.receive_id}/challenge")
        challenges.append(json.loads(payload)["challenge"])
    await asyncio.sleep(0.5)
    before = relay.rss_mib()
    conns = [await Conn.open(relay) for _ in owners]
    from ementor_desktop.protocol import relay_v1 as wire

    tasks = []
    for conn, owner, challenge in zip(conns, owners, challenges, strict=True):
        target = f"/v1/mailboxes/{owner.receive_id}/messages?wait=30"
        auth = wire.sign_owner_command(owner.key, challenge, "GET", target, b"")
        tasks.append(asyncio.create_task(conn.request("GET", target, b"",
                                                      {"Authorization": auth})))
    waiting = 0
    deadline = time.monotonic() + 20
    while waiting < count and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
        _, _, payload = await setup.request("GET", "/metrics")
        for line in payload.decode().splitlines():
            if line.startswith("ementor_relay_longpolls_waiting "):
                waiting = int(float(line.split()[1]))
    after = relay.rss_mib()
    start = time.perf_counter()
    _, _, payload = await setup.request("GET", "/healthz")
    healthz_ms = (time.perf_counter() - start) * 1000
    for task in tasks:
        task.cancel()
    for conn in [*conns, setup]:
        conn.close()
    return {"waiting": waiting, "before": before, "after": after,
            "per_poll_kib": (after - before) * 1024 / max(1, waiting), "healthz_ms": healthz_ms}


async def flood(relay: Server, seconds: float) -> dict[str, float]:
    """One address floods one mailbox with 64 KiB deposits while another address deposits
    1 KiB into another mailbox now and then; the quiet one's latency, alone then flooded."""
    setup = await Conn.open(relay)
    flooded = await _create_mailbox(setup, MailboxAuthKey.generate())
    # Ten quiet mailboxes in turn, so each stays under its own deposit rate (60 a minute).
    quiet = [await _create_mailbox(setup, MailboxAuthKey.generate()) for _ in range(10)]
    quiet_conn = await Conn.open(relay)
    counter = iter(range(10**9))
    blob = os.urandom(64 * 1024)

    async def quiet_round(stop_at: float) -> tuple[list[float], int]:
        latencies, refused = [], 0
        while time.perf_counter() < stop_at:
            start = time.perf_counter()
            n = next(counter)
            status, _, _ = await quiet_conn.request(
                "POST", f"/v1/deposit/{quiet[n % 10][1]}", b"q" * 1024,
                {"Idempotency-Key": f"q{n}", "X-Forwarded-For": "198.51.100.2"})
            latencies.append((time.perf_counter() - start) * 1000)
            refused += status != 201
            await asyncio.sleep(0.1)
        return latencies, refused

    alone, alone_refused = await quiet_round(time.perf_counter() + seconds)
    flooders = [await Conn.open(relay) for _ in range(8)]
    outcome = {"accepted": 0, "refused": 0}
    stop_at = time.perf_counter() + seconds

    async def flood_loop(conn: Conn) -> None:
        while time.perf_counter() < stop_at:
            status, _, _ = await conn.request(
                "POST", f"/v1/deposit/{flooded[1]}", blob,
                {"Idempotency-Key": f"f{next(counter)}", "X-Forwarded-For": "203.0.113.66"})
            outcome["accepted" if status == 201 else "refused"] += 1

    flooded_run = asyncio.gather(*(flood_loop(c) for c in flooders))
    beside, beside_refused = await quiet_round(stop_at)
    await flooded_run
    for conn in [setup, quiet_conn, *flooders]:
        conn.close()
    return {"seconds": seconds, "accepted": outcome["accepted"], "refused": outcome["refused"],
            "stored_mib": outcome["accepted"] * 64 / 1024,
            "alone_p50": statistics.median(alone), "alone_p99": _percentile(alone, 0.99),
            "beside_p50": statistics.median(beside), "beside_p99": _percentile(beside, 0.99),
            "quiet_refused": alone_refused + beside_refused,
            "quiet_sent": len(alone) + len(beside), "rss": relay.rss_mib()}


def _cores() -> tuple[set[int], set[int]] | None:
    """(the relay's core, the load generator's cores), or None with fewer than two."""
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return None
    return {cpus[0]}, set(cpus[1:])


def _extract(commit: str, workdir: Path) -> Path | None:
    """The relay's source as of `commit`, from git history; None if it cannot be read."""
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit,
                                  "src/ementor_desktop"], capture_output=True, check=True,
                                 timeout=120).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    target = workdir / f"src-{commit}"
    target.mkdir()
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target / "src"


async def _waiting(address: Server | Address) -> int:
    """The relay's gauge of long-polls held (waiting for a deposit)."""
    conn = await Conn.open(address)
    try:
        _, _, payload = await conn.request("GET", "/metrics")
    finally:
        conn.close()
    for line in payload.decode().splitlines():
        if line.startswith("ementor_relay_longpolls_waiting "):
            return int(float(line.split()[1]))
    return 0


async def _probe(address: Address, count: int, wait: float, seconds: float) -> dict[str, Any]:
    """The watched part of a stampede, in a process of its own so that its clock is not
    held up by the thousands of other connections: `count` owners long-poll like the rest;
    a deposit wakes one of them every 50 ms (deposit sent → its long-poll answered is the
    wake-up time); /healthz is asked every 100 ms and /metrics every 500 ms."""
    setup = await Conn.open(address)
    keys = [MailboxAuthKey.generate() for _ in range(count)]
    boxes = [await _create_mailbox(setup, key) for key in keys]
    setup.close()
    owners = [Owner(await Conn.open(address), key, box[0]) for key, box in zip(keys, boxes,
                                                                              strict=True)]
    conns = [await Conn.open(address) for _ in range(2)]
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    sent_at: dict[int, float] = {}
    wakeups: list[float] = []
    health: list[float] = []
    health_later: list[float] = []
    held: list[int] = []
    start = time.perf_counter()
    stop_at = start + seconds

    async def poller(i: int) -> None:
        owner = owners[i]
        base = f"/v1/mailboxes/{owner.receive_id}"
        while time.perf_counter() < stop_at:
            status, _, payload = await owner.command("GET", f"{base}/messages?wait={wait:g}")
            if status != 200:
                await asyncio.sleep(1)
                continue
            ids = [m["id"] for m in json.loads(payload)["messages"]]
            if ids:
                if i in sent_at:
                    wakeups.append((time.perf_counter() - sent_at.pop(i)) * 1000)
                await owner.command("POST", f"{base}/ack", json.dumps({"ids": ids}).encode())

    async def depositor() -> None:
        n = 0
        while time.perf_counter() < stop_at - wait:
            i = n % count
            n += 1
            if i not in sent_at:
                sent_at[i] = time.perf_counter()
                await conns[0].request("POST", f"/v1/deposit/{boxes[i][1]}", b"w" * 512,
                                       {"Idempotency-Key": f"w{n}"})
            await asyncio.sleep(0.05)

    async def health_prober() -> None:
        while time.perf_counter() < stop_at:
            asked = time.perf_counter()
            await conns[1].request("GET", "/healthz")
            health.append((time.perf_counter() - asked) * 1000)
            if asked > start + RUSH_SECONDS:
                health_later.append(health[-1])
            await asyncio.sleep(0.1)

    async def gauge() -> None:
        while time.perf_counter() < stop_at:
            if time.perf_counter() > start + seconds / 3:  # after the first rush
                held.append(await _waiting(address))
            await asyncio.sleep(0.5)

    pollers = [asyncio.create_task(poller(i)) for i in range(count)]
    await asyncio.gather(depositor(), health_prober(), gauge())
    for task in pollers:
        task.cancel()
    for conn in [*conns, *(o.conn for o in owners)]:
        conn.close()
    return {"wakeup_p50": statistics.median(wakeups), "wakeup_p99": _percentile(wakeups, 0.99),
            "wakeup_max": max(wakeups), "wakeups": len(wakeups),
            "health_p50": statistics.median(health), "health_p99": _percentile(health, 0.99),
            "health_max": max(health), "held_min": min(held, default=0),
            "later_p99": _percentile(health_later, 0.99) if health_later else math.nan,
            "later_max": max(health_later, default=math.nan),
            "held_median": statistics.median(held) if held else 0}


def serve_probe(argv: list[str]) -> None:
    """`python -m bench.bench_relay --probe HOST PORT COUNT WAIT SECONDS`: see `_probe`; says
    "ready" when set up, starts at a line on stdin, prints its figures as JSON."""
    host, port, count, wait, seconds = argv
    figures = asyncio.run(_probe(Address(host, int(port)), int(count), float(wait),
                                 float(seconds)))
    print(json.dumps(figures), flush=True)


async def stampede(relay: Server, count: int, wait: float, seconds: float,
                   cores: set[int] | None) -> dict[str, Any]:
    """`count` owners long-poll, all starting together, and re-poll as soon as answered; a
    probe process (`_probe`) is `PROBED` of them and measures wake-ups and /healthz. At the
    end the relay gets SIGTERM with the long-polls held: how they are answered, and how long
    the process takes to exit."""
    probed = min(PROBED, count // 10)
    setup = await Conn.open(relay)
    keys = [MailboxAuthKey.generate() for _ in range(count - probed)]
    boxes = [await _create_mailbox(setup, key) for key in keys]
    setup.close()
    owners = [Owner(await Conn.open(relay), key, box[0]) for key, box in zip(keys, boxes,
                                                                            strict=True)]
    probe = subprocess.Popen([sys.executable, "-m", "bench.bench_relay", "--probe",
                              relay.host, str(relay.port), str(probed), f"{wait:g}",
                              f"{seconds:g}"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True, cwd=ROOT)
    if cores:
        os.sched_setaffinity(probe.pid, cores)
    assert probe.stdin is not None and probe.stdout is not None
    assert probe.stdout.readline().strip() == "ready"
    answers: collections.Counter[str] = collections.Counter()
    after_stop: collections.Counter[str] = collections.Counter()
    stopped = False
    rss_before = relay.rss_mib()
    cpu_before, waited_before = relay.cpu_seconds(), relay.waited_seconds()
    stop_at = time.perf_counter() + seconds

    async def poller(owner: Owner) -> None:
        base = f"/v1/mailboxes/{owner.receive_id}"
        while time.perf_counter() < stop_at:
            try:
                status, _, _ = await owner.command("GET", f"{base}/messages?wait={wait:g}")
            except (OSError, asyncio.IncompleteReadError):
                (after_stop if stopped else answers)["dropped"] += 1
                return
            (after_stop if stopped else answers)[str(status)] += 1
            if status != 200 and not stopped:
                await asyncio.sleep(1)

    probe.stdin.write("go\n")
    probe.stdin.flush()
    pollers = [asyncio.create_task(poller(owner)) for owner in owners]
    out, _ = await asyncio.get_running_loop().run_in_executor(None, probe.communicate)
    figures: dict[str, Any] = json.loads(out)
    cpu_used = relay.cpu_seconds() - cpu_before
    waited = relay.waited_seconds() - waited_before
    held = await _waiting(relay)
    rss_held = relay.rss_mib()
    signalled = time.perf_counter()
    relay.proc.send_signal(signal.SIGTERM)
    stopped = True
    _, pending = await asyncio.wait(pollers, timeout=STOP_BOUND)
    answered = time.perf_counter() - signalled
    for task in pending:
        task.cancel()
    try:
        await asyncio.get_running_loop().run_in_executor(
            None, relay.proc.wait, max(1.0, STOP_BOUND - answered))
        exited: float | None = time.perf_counter() - signalled
    except subprocess.TimeoutExpired:
        exited = None  # _spawn kills it
    for owner in owners:
        owner.conn.close()
    served = sum(n for status, n in answers.items() if status == "200")
    return {**figures, "count": count, "rss_before": rss_before, "rss": rss_held,
            "cpu_share": cpu_used / seconds, "waited_share": waited / seconds,
            "served_per_s": served / seconds, "refused": sum(
                n for status, n in answers.items() if status != "200"),
            "held_at_stop": held, "stop_answers": dict(after_stop),
            "stop_answered_s": answered if not pending else None, "stop_exit_s": exited,
            "exit_code": relay.proc.returncode}


def _postgres(workdir: Path) -> Any | None:
    """A private PostgreSQL server (tests.relay.harness), or None where there is none."""
    try:
        from tests.relay.harness import PostgresMissing, start_postgres
    except ImportError:
        return None
    try:
        return start_postgres(workdir / "pg")
    except PostgresMissing:
        return None


# ---- throughput and the mailbox fill, with wrk ----

@dataclass(frozen=True)
class Plan:
    """Sizes of the throughput and fill measurements."""

    rounds: int = 5  # wrk slices of relay and baseline, alternating
    seconds: int = 2  # per slice
    fetch_seconds: float = 4.0  # fetch+ack, in half-second slices
    fill_target: int = 25_000  # messages stored in the filled mailbox(es)
    fill_slices: int = 8  # deposit slices per fill, roughly (each then 1 s of /healthz)
    fill_bound: float = 150.0  # a fill stops after this long even short of its target
    pg_fill_bound: float = 60.0  # the same on PostgreSQL


QUICK = Plan(rounds=2, seconds=1, fetch_seconds=1.0, fill_target=5_000, fill_slices=4,
             fill_bound=20.0, pg_fill_bound=20.0)
#: The focused runner's default (`--throughput`): the same figures in about 90 s a backend, each
#: fill cut short after 25 s if the relay is slower than about 1,300 deposits a second.
FOCUSED = Plan(rounds=3, seconds=1, fetch_seconds=1.0, fill_bound=25.0, pg_fill_bound=25.0)


def _url(server: Server) -> str:
    return f"http://{server.host}:{server.port}"


def _send_paths(server: Server, count: int) -> list[str]:
    """Deposit paths of `count` new mailboxes."""
    async def create() -> list[str]:
        conn = await Conn.open(server)
        try:
            return [f"/v1/deposit/{(await _create_mailbox(conn, MailboxAuthKey.generate()))[1]}"
                    for _ in range(count)]
        finally:
            conn.close()

    return asyncio.run(create())


@dataclass
class Rounds:
    """Deposits into the relay and requests to the baseline, in alternating wrk slices."""

    relay: list[Slice]
    bare: list[Slice]

    @property
    def ratios(self) -> list[float]:
        return [r.run.rate / max(1e-9, b.run.rate)
                for r, b in zip(self.relay, self.bare, strict=True)]

    def median(self, which: str) -> float:
        slices = self.relay if which == "relay" else self.bare
        return statistics.median(s.run.rate for s in slices)

    def cpu_ms(self, which: str) -> float:
        """Server CPU per answer over all its slices, in ms; "db": the relay's database
        server's."""
        slices = self.bare if which == "bare" else self.relay
        used = sum(s.db_cpu if which == "db" else s.server_cpu for s in slices)
        return 1000 * used / max(1, sum(s.run.requests for s in slices))

    @property
    def failed(self) -> int:
        return sum(s.run.failed for s in self.relay + self.bare)

    @property
    def wrk_cpu(self) -> float:
        return max(s.run.cpu_share for s in self.relay + self.bare)


def deposit_rounds(relay: Server, bare: Server, script: Path, plan: Plan, size: int,
                   db_cpu: Callable[[], float] | None = None) -> Rounds:
    """Deposits of `size` bytes over 32 mailboxes (wrk), alternating with the same POSTs to
    the baseline, `plan.rounds` times after a second of warm-up each."""
    paths = _send_paths(relay, WRK_CONNECTIONS)
    wrk(_url(relay), 1, script, paths, size)
    wrk(_url(bare), 1, script, ["/bare/x"], size)
    rounds = Rounds([], [])
    for _ in range(plan.rounds):
        rounds.relay.append(wrk_slice(relay, _url(relay), plan.seconds, script, paths, size,
                                      db_cpu))
        rounds.bare.append(wrk_slice(bare, _url(bare), plan.seconds, script, ["/bare/x"], size))
    return rounds


def _wrk_prefill(relay: Server, script: Path) -> Callable[[list[str], int], None]:
    def prefill(send_ids: list[str], per_box: int) -> None:
        paths = [f"/v1/deposit/{s}" for s in send_ids]
        stored = 0
        # Round robin over the boxes; one extra round for requests still in flight at a stop.
        while stored < (per_box + 1) * len(paths):
            run = wrk(_url(relay), 1, script, paths)
            stored += run.requests - run.failed
    return prefill


def throughput(relay: Server, bare: Server, workdir: Path, plan: Plan,
               db_cpu: Callable[[], float] | None = None) -> dict[str, Any]:
    script = wrk_script(workdir)
    return {
        "deposit_1k": deposit_rounds(relay, bare, script, plan, 1024, db_cpu),
        "deposit_64k": deposit_rounds(relay, bare, script, plan, 64 * 1024, db_cpu),
        # Enough for about 1,000 cycles a second, so no mailbox runs dry.
        "fetch_ack": asyncio.run(fetch_ack_rates(
            relay, bare, WRK_CONNECTIONS, plan.fetch_seconds,
            prefill=round(32 * (plan.fetch_seconds + 1)),
            prefill_with=_wrk_prefill(relay, script))),
    }


class FillPoint(NamedTuple):
    """One deposit slice of a fill, and the /healthz slice after it."""

    #: Messages in the filled mailbox(es) at the end of the slice, as wrk counted the answers
    #: (up to 32 requests still in flight when a slice ends may be stored too).
    stored: int
    seconds: int
    deposits: Slice
    health: Slice


def fill(relay: Server, workdir: Path, boxes: int, plan: Plan, bound: float,
         db_cpu: Callable[[], float] | None = None) -> list[FillPoint]:
    """1 KiB deposits into `boxes` new mailboxes (wrk, 32 connections) in consecutive slices
    until `plan.fill_target` messages are stored in them, each slice followed by a second of
    `/healthz` from wrk against the same process; nothing is fetched or acknowledged. The
    slices last 1 to 3 s, chosen from a warm-up second so that there are about
    `plan.fill_slices` of them; it stops after `bound` seconds even short of its target."""
    script = wrk_script(workdir)
    warm = wrk(_url(relay), 1, script, _send_paths(relay, boxes))  # other mailboxes
    seconds = min(3, max(1, round(plan.fill_target / (plan.fill_slices * max(1.0, warm.rate)))))
    paths = _send_paths(relay, boxes)
    points: list[FillPoint] = []
    stored = 0
    stop_at = time.monotonic() + bound
    while stored < plan.fill_target and time.monotonic() < stop_at:
        deposits = wrk_slice(relay, _url(relay), seconds, script, paths, db_cpu=db_cpu)
        stored += deposits.run.requests - deposits.run.failed
        health = wrk_slice(relay, _url(relay) + "/healthz", 1)
        points.append(FillPoint(stored, seconds, deposits, health))
    return points


def _database(backend: str, name: str, workdir: Path, cluster: Any) -> str:
    """A fresh database: a SQLite file, or a new database on the PostgreSQL server."""
    if backend == "SQLite":
        return str(workdir / f"{name}.sqlite3")
    return str(cluster.new_database())


def measure_throughput(backends: list[str], plan: Plan, workdir: Path,
                       fills: tuple[int, ...] = (1, WRK_CONNECTIONS)) -> dict[str, Any]:
    """Throughput rows and fills on each backend ("SQLite", "PostgreSQL"), beside one bare
    server; a fresh database for every fill."""
    out: dict[str, Any] = {"throughput": {}, "fill": {}, "load": os.getloadavg()}
    cluster = _postgres(workdir) if "PostgreSQL" in backends else None
    try:
        with bare_server() as bare:
            for backend in backends:
                if backend == "PostgreSQL" and cluster is None:
                    continue
                db_cpu = postgres_cpu(cluster) if backend == "PostgreSQL" else None
                with relay_server(_database(backend, "throughput", workdir, cluster),
                                  workdir) as relay:
                    out["throughput"][backend] = throughput(relay, bare, workdir, plan, db_cpu)
                for boxes in fills:
                    with relay_server(_database(backend, f"fill-{boxes}", workdir, cluster),
                                      workdir) as relay:
                        out["fill"][(backend, boxes)] = fill(
                            relay, workdir, boxes, plan,
                            plan.fill_bound if backend == "SQLite" else plan.pg_fill_bound,
                            db_cpu)
                for leftover in workdir.glob("*.sqlite3*"):  # up to a GB of 64 KiB deposits
                    leftover.unlink()
    finally:
        if cluster is not None:
            cluster.stop()
    return out


def _fill_rows(points: list[FillPoint], shown: int = 6) -> list[int]:
    """Indexes of about `shown` slices, evenly spread, the first and last among them."""
    last = len(points) - 1
    return sorted({round(i * last / (shown - 1)) for i in range(shown)}) if last > 0 else [0]


def _reflow(text: str) -> str:
    """Prose paragraphs filled to 98 columns (the figures put in make ragged lines); tables as
    they are."""
    return "\n\n".join(part if part.startswith("|") else textwrap.fill(" ".join(part.split()), 98)
                         for part in text.split("\n\n"))


def _fill_table(backend: str, boxes: int, points: list[FillPoint], plan: Plan) -> str:
    """One fill: a line of last / first ratios and about six of its slices."""
    pg = backend == "PostgreSQL"
    lines = ["| messages stored (end of slice) | deposits/s | `/healthz`/s | deposits / healthz | "
             "relay CPU per deposit |" + (" PostgreSQL CPU per deposit |" if pg else ""),
             "|---:|---:|---:|---:|---:|" + ("---:|" if pg else "")]
    for i in _fill_rows(points):
        p = points[i]
        lines.append(f"| {p.stored:,} | {p.deposits.run.rate:,.0f} | {p.health.run.rate:,.0f} | "
                     f"{p.deposits.run.rate / max(1e-9, p.health.run.rate):.2f} | "
                     f"{p.deposits.cpu_ms:.2f} ms |" + (f" {p.deposits.db_ms:.2f} ms |" if pg
                                                         else ""))
    ends = max(1, len(points) // 4)  # a quarter of the slices at each end, against noise
    first, last = _pooled(points[:ends]), _pooled(points[-ends:])
    where = "one mailbox" if boxes == 1 else f"{boxes} mailboxes"
    bound = plan.pg_fill_bound if pg else plan.fill_bound
    short = ("" if points[-1].stored >= plan.fill_target else
             f" (stopped at {bound:.0f} s, short of {plan.fill_target:,})")
    ratios = {name: last[name] / max(1e-9, first[name]) for name in first}
    db = f", PostgreSQL CPU per deposit {ratios['db_ms']:.2f}" if pg else ""
    span = "slice" if ends == 1 else f"{ends} slices"
    return (f"{backend}, deposits into {where}: {len(points)} slices of {points[0].seconds} s"
            f"{short}. Last / first {span}: deposits/s **{ratios['deposits']:.2f}**, "
            f"`/healthz`/s {ratios['health']:.2f}, deposits / healthz "
            f"{ratios['deposits'] / ratios['health']:.2f}, relay CPU per deposit "
            f"{ratios['cpu_ms']:.2f}{db}. Failed: "
            f"{sum(p.deposits.run.failed + p.health.run.failed for p in points)}.\n\n"
            + "\n".join(lines))


def _pooled(points: list[FillPoint]) -> dict[str, float]:
    """Rates and CPU per deposit over several fill slices taken together."""
    deposits = sum(p.deposits.run.requests for p in points)
    return {"deposits": deposits / sum(p.seconds for p in points),
            "health": sum(p.health.run.requests for p in points) / len(points),
            "cpu_ms": 1000 * sum(p.deposits.server_cpu for p in points) / max(1, deposits),
            "db_ms": 1000 * sum(p.deposits.db_cpu for p in points) / max(1, deposits)}


def throughput_text(figures: dict[str, Any], plan: Plan) -> str:
    """The throughput and fill tables, with how they were measured."""
    rows, cpu_rows, failed, wrk_cpu, client_cpu = [], [], 0, 0.0, 0.0
    for backend, parts in figures["throughput"].items():
        for label, key in (("deposits/s, 1 KiB", "deposit_1k"),
                           ("deposits/s, 64 KiB", "deposit_64k")):
            r: Rounds = parts[key]
            rounds = ", ".join(f"{x:.2f}" for x in r.ratios)
            rows.append(f"| {backend} | {label} | {r.median('relay'):,.0f} | "
                        f"{r.median('bare'):,.0f} | **{statistics.median(r.ratios):.2f}** | "
                        f"{rounds} |")
            db = f"{r.cpu_ms('db'):.2f} ms" if backend == "PostgreSQL" else "(in the relay)"
            cpu_rows.append(f"| {backend} | {label.split(', ')[1]} | {r.cpu_ms('relay'):.2f} ms | "
                            f"{r.cpu_ms('bare'):.2f} ms | "
                            f"{r.cpu_ms('relay') / max(1e-9, r.cpu_ms('bare')):.1f}× | {db} |")
            failed += r.failed
            wrk_cpu = max(wrk_cpu, r.wrk_cpu)
        fa: Compared = parts["fetch_ack"]
        client_cpu = max(client_cpu, fa.client_cpu)
        rows.append(f"| {backend} | fetch+ack cycles/s (1 message each, signed; asyncio "
                    f"client) | {fa.relay:,.0f} | {fa.bare:,.0f} | **{fa.relay / fa.bare:.2f}** "
                    "| (mean of half-second slices) |")
    fill_tables = [_fill_table(backend, boxes, points, plan)
                   for (backend, boxes), points in figures["fill"].items() if points]
    load = figures["load"]
    fill_text = "\n\n".join(fill_tables) or "(no fill measured)"
    counts = sorted({boxes for _, boxes in figures["fill"]})
    into = " and ".join("one new mailbox" if n == 1 else f"{n} new mailboxes" for n in counts)
    text = f"""Deposits: `wrk -t1 -c{WRK_CONNECTIONS}` (C, one thread) with a Lua script giving
every request its own Idempotency-Key, spread over {WRK_CONNECTIONS} mailboxes; limits lifted
(rates, quotas, byte budgets). Each row is {plan.rounds} rounds of a {plan.seconds} s slice
against the relay then a {plan.seconds} s slice of the same POSTs against the bare FastAPI
app (same uvicorn), after a second of warm-up on each; the ratio is the median of the rounds'
ratios, and each round's ratio is shown so the spread is visible. Server CPU per request is
the process's user + system time from /proc over its slices divided by its answers: it
depends less than the rates on what else the shared machine is doing (not at all on waiting
for a core). On PostgreSQL the database server's CPU (postmaster and its backends, from /proc)
per deposit is shown as well; SQLite works inside the relay process. wrk used at most
{wrk_cpu:.2f} of a core; non-2xx answers or socket errors:
{failed}. Fetch+ack is two owner commands signed with the single-use challenge the relay hands
out, which wrk cannot sign: bench_relay's asyncio client drives it ({WRK_CONNECTIONS} owners,
{plan.fetch_seconds:g} s in half-second slices alternating with a bare GET plus a small POST;
mailboxes prefilled by wrk); that client used up to {client_cpu:.2f} of a core itself, CPU
the relay could otherwise have had on this machine's {os.cpu_count()} cores, so that row is a
floor. SQLite: WAL, `synchronous=FULL`; PostgreSQL: a private local server, default settings.
Load average (1, 5, 15 min) at the start: {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}.

| backend | operation | relay | bare FastAPI | relay / bare (median) | each round |
|---|---|---:|---:|---:|---|
{chr(10).join(rows)}

| backend | deposit size | relay CPU per deposit | bare CPU per request | relay / bare | \
PostgreSQL server CPU per deposit |
|---|---|---:|---:|---:|---:|
{chr(10).join(cpu_rows)}

Deposits as mailboxes fill: 1 KiB deposits from wrk ({WRK_CONNECTIONS} connections) into
{into or "no mailbox"} (a fresh database for each), in consecutive slices of 1 to 3 s (about
{plan.fill_slices} in all, from the rate of a warm-up second into other mailboxes) until about
{plan.fill_target:,} messages are stored in them (none fetched), each slice followed by 1 s
of `GET /healthz` from wrk against the same relay process as the baseline (it pings storage
too, but reads no mailbox). Flat means the deposits / healthz column and the relay's CPU per
deposit stay level as the stored count grows.

{fill_text}"""
    return _reflow(text)


def run_throughput(backends: list[str], plan: Plan,
                   fills: tuple[int, ...] = (1, WRK_CONNECTIONS)) -> str:
    """Only the throughput rows and the fills, measured in a temp folder; their text."""
    if shutil.which("wrk") is None:
        return "Not measured: `wrk` is not installed (apt-get install wrk)."
    workdir = Path(tempfile.mkdtemp(prefix="bench-relay-"))
    try:
        return throughput_text(measure_throughput(backends, plan, workdir, fills), plan)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def stampedes(workdir: Path, quick: bool) -> str:
    """The stampede (see `stampede`) on this relay, with the jitter off, and on the relay
    before issue 10 (from git history), one after another; the section's text."""
    polls, wait, seconds = (500, 4.0, 10.0) if quick else (5000, 25.0, 60.0)
    cores = _cores()
    relay_core, load_cores = cores if cores else (None, None)
    variants: list[tuple[str, float, Path | None]] = [
        ("this relay", 0.2, None), ("this relay, jitter off", 0.0, None)]
    before = _extract(BEFORE_COMMIT, workdir)
    if before is not None:
        variants.append((f"before ({BEFORE_COMMIT})", 0.2, before))
    own = os.sched_getaffinity(0)
    load = os.getloadavg()[0]
    results: list[tuple[str, dict[str, Any]]] = []
    try:
        if load_cores:
            os.sched_setaffinity(0, load_cores)
        for n, (label, jitter, source) in enumerate(variants):
            with relay_server(str(workdir / f"polls-{n}.sqlite3"), workdir,
                              CONFIG + f"longpoll_jitter = {jitter}\n", relay_core,
                              source) as relay:
                results.append((label, asyncio.run(stampede(relay, polls, wait, seconds,
                                                            load_cores))))
    finally:
        os.sched_setaffinity(0, own)

    def row(label: str, cell: Callable[[dict[str, Any]], str]) -> str:
        return f"| {label} | " + " | ".join(cell(r) for _, r in results) + " |"

    def stop_answers(r: dict[str, Any]) -> str:
        answers = r["stop_answers"]
        return ", ".join(f"{n:,} {status}" for status, n in sorted(answers.items())) or "none"

    def seconds_or(value: float | None, otherwise: str) -> str:
        return otherwise if value is None else f"{value:.1f} s"

    rows = [
        "| | " + " | ".join(label for label, _ in results) + " |",
        "|---|" + "---:|" * len(results),
        row("wake-up, deposit → answered, p50", lambda r: f"{r['wakeup_p50']:,.1f} ms"),
        row("wake-up p99", lambda r: f"{r['wakeup_p99']:,.1f} ms"),
        row("wake-up max", lambda r: f"{r['wakeup_max']:,.1f} ms"),
        row("wake-ups measured", lambda r: f"{r['wakeups']:,}"),
        row("`/healthz` p50", lambda r: f"{r['health_p50']:,.1f} ms"),
        row("`/healthz` p99", lambda r: f"{r['health_p99']:,.1f} ms"),
        row("`/healthz` max", lambda r: f"{r['health_max']:,.1f} ms"),
        row(f"`/healthz` p99 / max after the first {RUSH_SECONDS:g} s",
            lambda r: f"{r['later_p99']:,.1f} / {r['later_max']:,.1f} ms"),
        row("long-polls held, median (least) after the first third",
            lambda r: f"{r['held_median']:,.0f} ({r['held_min']:,})"),
        row("long-polls answered per second", lambda r: f"{r['served_per_s']:,.0f}"),
        row("relay CPU time used, share of the run", lambda r: f"{r['cpu_share']:.0%}"),
        row("relay ready but waiting for its core (other processes)",
            lambda r: f"{r['waited_share']:.0%}"),
        row("answers other than 200 during the run", lambda r: f"{r['refused']:,}"),
        row("relay RSS with them held", lambda r: f"{r['rss']:.0f} MiB"),
        row("SIGTERM: long-polls held when sent", lambda r: f"{r['held_at_stop']:,}"),
        row("SIGTERM: how they were answered", stop_answers),
        row("SIGTERM: all answered after",
            lambda r: seconds_or(r["stop_answered_s"], f"not within {STOP_BOUND:.0f} s")),
        row("SIGTERM: process exited after",
            lambda r: seconds_or(r["stop_exit_s"], f"still running at {STOP_BOUND:.0f} s "
                                                   "(killed)") + (
                f" (exit {r['exit_code']})" if r["stop_exit_s"] is not None else "")),
    ]
    pinning = (f"The relay runs pinned to CPU {min(relay_core)}, the load generator (this "
               f"process and the probe) to CPU {', '.join(map(str, sorted(load_cores)))} "
               "(`os.sched_setaffinity`): the relay has a core of its own as far as the "
               "benchmark goes, though other processes on the machine may still take it"
               if relay_core and load_cores else
               "No pinning: this machine has one core, which the relay shares with the load "
               "generator")
    baseline = (f"the relay as of commit {BEFORE_COMMIT}, before long-polls took turns (from "
                "git history, same configuration)" if before is not None else
                f"(commit {BEFORE_COMMIT}, the relay before long-polls took turns, is not in "
                "this checkout's history: no column for it)")
    asked = f"`wait={wait:g}`" + (", as the app asks" if wait == 25 else "")
    probed = min(PROBED, polls // 10)
    return f"""{polls:,} long-polls ({asked}; SQLite, one relay process), all started together,
each re-polling as soon as it is answered with the challenge the answer handed back (every poll
signed), for {seconds:.0f} s. A probe process owns {probed} of them: it deposits into one every
50 ms and times deposit → long-poll answered, and asks `/healthz` every 100 ms, in a process
of its own so that its clock is not held up by the other connections. Then the relay gets
SIGTERM with the long-polls held.
{pinning}.
Baselines in the same run: this relay with the jitter off (`longpoll_jitter = 0`), and
{baseline}. Load average when the stampedes started: {load:.1f}.

{chr(10).join(rows)}"""


def run(quick: bool) -> str:
    plan = QUICK if quick else Plan()
    if os.environ.get("BENCH_RELAY_ONLY") == "throughput":
        return run_throughput(["SQLite", "PostgreSQL"], plan)
    workdir = Path(tempfile.mkdtemp(prefix="bench-relay-"))
    throughput_part = (throughput_text(measure_throughput(["SQLite", "PostgreSQL"], plan,
                                                          workdir), plan)
                       if shutil.which("wrk") else
                       "Throughput not measured: `wrk` is not installed (apt-get install wrk).")
    with bare_server() as bare:
        bare_rss = bare.rss_mib()
        with relay_server(str(workdir / "relay.sqlite3"), workdir) as relay:
            latency = asyncio.run(delivery_latency(relay, bare, 30 if quick else 300))
            idle = asyncio.run(idle_long_polls(relay, 200 if quick else 1000))
        with relay_server(str(workdir / "flood.sqlite3"), workdir, FLOOD_CONFIG) as relay:
            flooded = asyncio.run(flood(relay, 3.0 if quick else 10.0))
        stampede_text = stampedes(workdir, quick)
    shutil.rmtree(workdir, ignore_errors=True)
    fl = flooded
    return f"""{throughput_part}

Delivery latency, deposit sent → long-poll answered (SQLite, {30 if quick else 300} rounds, one
waiting owner), beside one bare POST round trip:

| | p50 | p99 |
|---|---:|---:|
| deposit → long-poll wake-up | {latency['p50']:.2f} ms | {latency['p99']:.2f} ms |
| bare POST round trip | {latency['bare_p50']:.2f} ms | {latency['bare_p99']:.2f} ms |

Idle long-polls held by one relay process (SQLite): {idle['waiting']:.0f} waiting at once; RSS
{idle['before']:.1f} MiB before → {idle['after']:.1f} MiB with them waiting, about
{idle['per_poll_kib']:.1f} KiB each (open connection, request task, event); `/healthz` answered in
{idle['healthz_ms']:.1f} ms meanwhile. The bare app's RSS at rest, for scale: {bare_rss:.1f} MiB.

A flooded mailbox beside an unaffected one, under the shipped limits (SQLite; the two clients
told apart as two addresses): one address deposits 64 KiB blobs into one mailbox from 8
connections as fast as the relay answers, for {fl['seconds']:.0f} s, while another address
deposits 1 KiB every 100 ms into ten other mailboxes in turn — first alone, then beside the
flood.

| | value |
|---|---:|
| flood: deposits accepted / refused (429) | {fl['accepted']:,.0f} / \
{fl['refused']:,.0f} |
| flood: bytes the flooder got stored | {fl['stored_mib']:.1f} MiB |
| quiet deposit latency alone, p50 / p99 | {fl['alone_p50']:.2f} / {fl['alone_p99']:.2f} \
ms |
| quiet deposit latency beside the flood, p50 / p99 | {fl['beside_p50']:.2f} / \
{fl['beside_p99']:.2f} ms |
| quiet deposits refused | {fl['quiet_refused']:.0f} of {fl['quiet_sent']:.0f} |
| relay RSS after the flood | {fl['rss']:.1f} MiB |

{stampede_text}

What it means: the ratio, and the CPU per request beside it, is the price of the relay's real work
per request (strict checks, signature verification, durable commits, challenge bookkeeping)
against the same framework doing nothing; a fetch+ack cycle costs two signed commands and four
database transactions. Deposits that arrive while others are being stored are committed together
(group commit: one transaction and one fsync for up to 64; with PostgreSQL one statement), and
each reads its mailbox's running totals (schema 4) for the quota check. The fills show whether
that price grows with what a mailbox (one box) or the database (32 boxes) already holds, as it did
while a deposit's quota check counted the mailbox's messages. Long-polls are cheap enough that one
process can hold thousands. In the stampede, at most 32 long-polls and challenge requests are
worked on at once and the rest wait their turn parked (docs/protocol.md Part 1 §3, "Turns"), so
deposits and `/healthz` are not queued behind a crowd's authentication; the relay process seldom
runs a full garbage collection, which with 5,000 long-polls held (some 850,000 objects) paused it
for over half a second every few seconds (`relay/server.py`, `tune_gc`); and SIGTERM answers the
held long-polls without reading storage again. Its figures still depend on the relay getting its
core, which the row "ready but waiting for its core" measures (the kernel's run-queue delay of the
relay's threads, as a share of the run).
"""


def main(argv: list[str]) -> None:
    """The bench's own command line; the internal modes (--bare, --probe) come first."""
    if argv == ["--bare"]:
        serve_bare()
        return
    if argv[:1] == ["--probe"]:
        serve_probe(argv[1:])
        return
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_relay",
        description="Print the relay bench (docs/benchmarks.md untouched), or one part of it.")
    part = parser.add_mutually_exclusive_group()
    part.add_argument("--throughput", action="store_true",
                      help="only deposit/fetch+ack throughput and the mailbox fills (wrk)")
    part.add_argument("--stampede", action="store_true", help="only the stampede")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--backend", choices=("sqlite", "pg", "both"), default="sqlite",
                        help="--throughput: storage to measure (default sqlite)")
    parser.add_argument("--rounds", type=int, help="--throughput: relay/bare rounds per row")
    parser.add_argument("--seconds", type=int, help="--throughput: seconds per wrk slice")
    parser.add_argument("--fill", type=int, metavar="MESSAGES",
                        help="--throughput: messages to store in each fill (0: no fill)")
    parser.add_argument("--fill-bound", type=float, metavar="SECONDS",
                        help="--throughput: longest a fill may take")
    parser.add_argument("--fill-boxes", default=f"1,{WRK_CONNECTIONS}", metavar="N,N",
                        help="--throughput: mailbox counts to fill, comma-separated")
    args = parser.parse_args(argv)
    if args.stampede:
        print(stampedes(Path(tempfile.mkdtemp(prefix="bench-relay-")), args.quick))
    elif args.throughput:
        plan = QUICK if args.quick else FOCUSED
        plan = dataclasses.replace(
            plan, rounds=args.rounds or plan.rounds, seconds=args.seconds or plan.seconds,
            fill_target=plan.fill_target if args.fill is None else args.fill,
            fill_bound=args.fill_bound or plan.fill_bound,
            pg_fill_bound=args.fill_bound or plan.pg_fill_bound)
        backends = {"sqlite": ["SQLite"], "pg": ["PostgreSQL"],
                    "both": ["SQLite", "PostgreSQL"]}[args.backend]
        boxes = tuple(int(n) for n in args.fill_boxes.split(",") if n) if plan.fill_target else ()
        start = time.perf_counter()
        print(run_throughput(backends, plan, boxes))
        print(f"\n({time.perf_counter() - start:.0f} s)")
    else:
        print(run(quick=args.quick))


if __name__ == "__main__":
    main(sys.argv[1:])
