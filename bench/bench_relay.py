"""Relay throughput, delivery latency and idle long-polls, each beside a same-run baseline.

The baseline is a bare FastAPI app on the same uvicorn, started the same way (its endpoints read
the body and answer JSON, with no storage, auth or limits), so the ratio shows what the relay's
own work costs. Load comes from this process over keep-alive connections on 127.0.0.1, with a
minimal asyncio HTTP/1.1 client so the load generator stays cheap; on a 2-core machine the load
generator still competes with the server, so absolute figures are floors.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import io
import json
import math
import os
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, cast

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
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

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


async def _compare(seconds: float, relay_workers: list[object], relay_step: object,
                   bare_workers: list[object], bare_step: object) -> tuple[float, float]:
    """Rates of relay and baseline, measured in alternating half-second slices, so a change in
    the machine's load during the run weighs on both alike."""
    await _rate(WARM_UP, relay_workers, relay_step)
    await _rate(WARM_UP, bare_workers, bare_step)
    slices = max(1, round(seconds / SLICE))
    relay_rates, bare_rates = [], []
    for _ in range(slices):
        relay_rates.append(await _rate(SLICE, relay_workers, relay_step))
        bare_rates.append(await _rate(SLICE, bare_workers, bare_step))
    return statistics.fmean(relay_rates), statistics.fmean(bare_rates)


async def deposit_rates(relay: Server, bare: Server, clients: int, seconds: float,
                        size: int) -> tuple[float, float]:
    blob = os.urandom(size)
    conns = [await Conn.open(relay) for _ in range(clients)]
    boxes = [await _create_mailbox(c, MailboxAuthKey.generate()) for c in conns]
    counter = iter(range(10**9))

    async def relay_step(i: int) -> None:
        status, _, _ = await conns[i].request(
            "POST", f"/v1/deposit/{boxes[i][1]}", blob,
            {"Idempotency-Key": f"k{next(counter)}", "Content-Type": "application/octet-stream"})
        assert status == 201, status

    bare_conns = [await Conn.open(bare) for _ in range(clients)]

    async def bare_step(i: int) -> None:
        status, _, _ = await bare_conns[i].request(
            "POST", f"/bare/{i}", blob,
            {"Idempotency-Key": f"k{next(counter)}", "Content-Type": "application/octet-stream"})
        assert status == 201

    relay_rate, bare_rate = await _compare(seconds, list(range(clients)), relay_step,
                                           list(range(clients)), bare_step)
    for c in conns + bare_conns:
        c.close()
    return relay_rate, bare_rate


async def fetch_ack_rates(relay: Server, bare: Server, clients: int, seconds: float,
                          prefill: int) -> tuple[float, float]:
    conns = [await Conn.open(relay) for _ in range(clients)]
    blob = os.urandom(1024)

    async def prefilled(i: int, conn: Conn) -> Owner:
        key = MailboxAuthKey.generate()
        receive_id, send_id = await _create_mailbox(conn, key)
        for j in range(prefill):
            await conn.request("POST", f"/v1/deposit/{send_id}", blob,
                               {"Idempotency-Key": f"p{i}-{j}"})
        return Owner(conn, key, receive_id)

    # All at once, so no connection idles past the keep-alive timeout meanwhile.
    owners = await asyncio.gather(*(prefilled(i, c) for i, c in enumerate(conns)))

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
    relay_rate, bare_rate = await _compare(seconds, list(owners), relay_step,
                                           list(bare_conns), bare_step)
    for c in conns + bare_conns:
        c.close()
    return relay_rate, bare_rate


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


def _postgres(workdir: Path) -> tuple[object, str] | None:
    try:
        from tests.relay.harness import PostgresMissing, start_postgres
    except ImportError:
        return None
    try:
        cluster = start_postgres(workdir / "pg")
    except PostgresMissing:
        return None
    return cluster, cluster.new_database()


async def _measure(relay: Server, bare: Server, quick: bool) -> dict[str, object]:
    seconds = 1.0 if quick else 4.0
    clients = 32
    results: dict[str, object] = {}
    results["deposit_1k"] = await deposit_rates(relay, bare, clients, seconds, 1024)
    results["deposit_64k"] = await deposit_rates(relay, bare, clients, seconds, 64 * 1024)
    results["fetch_ack"] = await fetch_ack_rates(relay, bare, clients, seconds,
                                                 prefill=60 if quick else 200)
    return results


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
    load_before = os.getloadavg()[0]
    workdir = Path(tempfile.mkdtemp(prefix="bench-relay-"))
    out: dict[str, dict[str, object]] = {}
    with bare_server() as bare:
        bare_rss = bare.rss_mib()
        with relay_server(str(workdir / "relay.sqlite3"), workdir) as relay:
            out["SQLite"] = asyncio.run(_measure(relay, bare, quick))
            latency = asyncio.run(delivery_latency(relay, bare, 30 if quick else 300))
            idle = asyncio.run(idle_long_polls(relay, 200 if quick else 1000))
        with relay_server(str(workdir / "flood.sqlite3"), workdir, FLOOD_CONFIG) as relay:
            flooded = asyncio.run(flood(relay, 3.0 if quick else 10.0))
        stampede_text = stampedes(workdir, quick)
        pg = _postgres(workdir)
        if pg is not None:
            cluster, url = pg
            try:
                with relay_server(url, workdir) as relay:
                    out["PostgreSQL"] = asyncio.run(_measure(relay, bare, quick))
            finally:
                cluster.stop()  # type: ignore[attr-defined]

    rows = []
    for backend, figures in out.items():
        for label, key in (("deposits/s, 1 KiB blobs", "deposit_1k"),
                           ("deposits/s, 64 KiB blobs", "deposit_64k"),
                           ("fetch+ack cycles/s (1 message each, signed)", "fetch_ack")):
            relay_rate, bare_rate = cast("tuple[float, float]", figures[key])
            rows.append(f"| {backend} | {label} | {relay_rate:,.0f} | {bare_rate:,.0f} | "
                        f"{relay_rate / bare_rate:.2f} |")
    backends = " and ".join(out)
    fl = flooded
    return f"""32 concurrent keep-alive clients, {'1' if quick else '4'} s per figure, measured in
half-second slices that alternate with the baseline's; each relay figure is beside the bare
FastAPI baseline (same uvicorn, same request shape: for
fetch+ack the baseline is a GET plus a small POST). Backends measured: {backends}
(SQLite: WAL, `synchronous=FULL`; PostgreSQL: a private local server, default settings).
Load average when the run started: {load_before:.1f} (other work on the machine shifts both
columns alike, which is why only the ratio is compared).

| backend | operation | relay | bare FastAPI | ratio |
|---|---|---:|---:|---:|
{chr(10).join(rows)}

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

What it means: the ratio is the price of the relay's real work per request (strict checks,
signature verification, durable commits, challenge bookkeeping) against the same framework doing
nothing; a fetch+ack cycle costs two signed commands and four database transactions. Long-polls
are cheap enough that one process can hold thousands. In the stampede, at most 32 long-polls
and challenge requests are worked on at once and the rest wait their turn parked (docs/protocol.md
Part 1 §3, "Turns"), so deposits and `/healthz` are not queued behind a crowd's authentication;
the relay process seldom runs a full garbage collection, which with 5,000 long-polls held (some
850,000 objects) paused it for over half a second every few seconds (`relay/server.py`,
`tune_gc`); and SIGTERM answers the held long-polls without reading storage again. Its figures still
depend on the relay getting its core, which the row "ready but waiting for its core" measures
(the kernel's run-queue delay of the relay's threads, as a share of the run).
"""


if __name__ == "__main__":
    if sys.argv[1:] == ["--bare"]:
        serve_bare()
    elif sys.argv[1:2] == ["--probe"]:
        serve_probe(sys.argv[2:])
    elif "--stampede" in sys.argv:  # only the stampede, printed (docs/benchmarks.md untouched)
        print(stampedes(Path(tempfile.mkdtemp(prefix="bench-relay-")), "--quick" in sys.argv))
    else:
        print(run(quick="--quick" in sys.argv))
