"""Messaging: bulk receive rate beside a raw PyNaCl + sqlcipher3 loop, and end-to-end latency.

Bulk receive is the whole engine path (fetch over HTTP from a local relay process, open the sealed
box, verify the signature, parse strictly, store with the full-text index, queue the receipt,
commit, acknowledge). The baseline does only the same cryptography and one insert per message
into SQLCipher, in the same process and run. Latency is from `send_text` on one side to the commit
on the other, both running the watch loop (long-poll) against the local relay.
"""

from __future__ import annotations

import secrets
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

import requests
from nacl.public import PrivateKey, SealedBox
from nacl.signing import SigningKey, VerifyKey
from sqlcipher3 import dbapi2 as sqlcipher

from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain import contacts, messaging
from ementor_desktop.domain.account import create_account
from ementor_desktop.domain.inbox import sync_engine
from ementor_desktop.domain.models import Role
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.sync.engine import SyncEvent
from tests.relay.harness import spawn_relay

TITLE = "Messaging: bulk receive and end-to-end latency"
PASSPHRASE = "benchmark passphrase"
RELAY_CONFIG = """[relay]
deposits_per_mailbox_per_minute = 10000000.0
deposits_per_mailbox_burst = 1000000
owner_commands_per_mailbox_per_minute = 10000000.0
owner_commands_per_mailbox_burst = 1000000
requests_per_address_per_minute = 10000000.0
requests_per_address_burst = 1000000
quota_messages = 1000000
mailboxes_per_address_per_minute = 1000000.0
mailboxes_per_address_burst = 100000
quota_bytes = 1000000000
"""


def _baseline(blobs: list[bytes], box: PrivateKey, db_path: Path) -> float:
    """Raw loop: unseal, verify, insert into SQLCipher in batches of 100 (as the engine does)."""
    conn = sqlcipher.connect(str(db_path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE m (pk INTEGER PRIMARY KEY, id TEXT UNIQUE, body BLOB)")
    unseal = SealedBox(box)
    start = time.perf_counter()
    for batch in range(0, len(blobs), 100):
        conn.execute("BEGIN")
        for blob in blobs[batch:batch + 100]:
            padded = unseal.decrypt(blob[1:])
            inner = padded[:padded.rfind(b"\x80")]
            key, sig, content = inner[:32], inner[32:96], inner[96:]
            VerifyKey(key).verify(envelope.SIGN_CONTEXT + bytes(box.public_key) + content, sig)
            conn.execute("INSERT INTO m(id, body) VALUES (?, ?)",
                         (secrets.token_hex(16), content))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _bulk(n: int, rounds: int, work: Path, relay_url: str) -> tuple[list[float], list[float]]:
    """`rounds` times, alternating: the engine receives `n` new messages, then the baseline
    opens and stores `n` (each in a fresh database), so that a busy moment of the machine
    falls on both columns; the medians are compared."""
    ada = create_account(Home(work / "ada"), PASSPHRASE, name="Ada", role=Role.MENTOR,
                         strength=KdfStrength.INTERACTIVE)
    ben = create_account(Home(work / "ben"), PASSPHRASE, name="Ben", role=Role.MENTEE,
                         strength=KdfStrength.INTERACTIVE)
    s_ada, s_ben = requests.Session(), requests.Session()
    code = contacts.create_invite(ada, relay_url, s_ada)
    contacts.accept_invite(ben, code, s_ben)
    for vault, session in ((ben, s_ben), (ada, s_ada), (ben, s_ben), (ada, s_ada)):
        sync_engine(vault, session).sync_once()
    ben_id = contacts.find_contact(ada, "Ben").id
    # the baseline opens the same kind of envelopes, sealed to Ben's key
    me = Repos.over(ben.db).identity.get()
    sender = SigningKey.generate()
    blobs = [envelope.seal(envelope.Content(secrets.token_hex(16), "0" * 32, i + 1, "text",
                                            1_800_000_000_000 + i,
                                            {"text": f"bulk message {i} " + "lorem ipsum " * 8}
                                            ).encode(), sender, me.public.box_key)
             for i in range(n)]
    engine_times, baseline_times = [], []
    for round_no in range(rounds):
        for i in range(n):
            messaging.send_text(ada, ben_id, f"bulk message {i} " + "lorem ipsum " * 8)
        sync_engine(ada, s_ada).sync_once()
        engine = sync_engine(ben)  # as the app runs it: connections of its own per mailbox
        start = time.perf_counter()
        report = engine.sync_once()
        engine_times.append(time.perf_counter() - start)
        engine.close()
        assert report.received == n, report
        baseline_times.append(_baseline(blobs, me.box, work / f"baseline-{round_no}.db"))
    ada.close()
    ben.close()
    return engine_times, baseline_times


def _latency(rounds: int, work: Path, relay_url: str) -> list[float]:
    ada = create_account(Home(work / "la"), PASSPHRASE, name="La", role=Role.MENTOR,
                         strength=KdfStrength.INTERACTIVE)
    ben = create_account(Home(work / "lb"), PASSPHRASE, name="Lb", role=Role.MENTEE,
                         strength=KdfStrength.INTERACTIVE)
    s_ada, s_ben = requests.Session(), requests.Session()
    contacts.accept_invite(ben, contacts.create_invite(ada, relay_url, s_ada), s_ben)
    for vault, session in ((ben, s_ben), (ada, s_ada), (ben, s_ben), (ada, s_ada)):
        sync_engine(vault, session).sync_once()
    arrived = threading.Event()

    def on_ben(event: SyncEvent) -> None:
        if event.report is not None and event.report.received:
            arrived.set()

    stop = threading.Event()
    threads = [threading.Thread(target=sync_engine(ben, s_ben).run, args=(stop, on_ben),
                                daemon=True),
               threading.Thread(target=sync_engine(ada, s_ada).run,
                                args=(stop, lambda _e: None), daemon=True)]
    for t in threads:
        t.start()
    time.sleep(1.0)  # both long-polls are in place
    ben_id = contacts.find_contact(ada, "Lb").id
    samples = []
    for i in range(rounds):
        arrived.clear()
        start = time.perf_counter()
        messaging.send_text(ada, ben_id, f"ping {i}")
        if not arrived.wait(10):
            raise RuntimeError("a message did not arrive within 10 s")
        samples.append(time.perf_counter() - start)
        time.sleep(0.05)
    stop.set()
    for t in threads:
        t.join(timeout=30)
    ada.close()
    ben.close()
    return samples


def run(quick: bool) -> str:
    n, rounds = (300, 20) if quick else (5000, 200)
    repeats = 1 if quick else 3
    work = Path(tempfile.mkdtemp(prefix="ementor-bench-msg-"))
    (work / "relay.toml").write_text(RELAY_CONFIG)
    relay = spawn_relay(str(work / "relay.sqlite3"), work, config_file=work / "relay.toml")
    try:
        engine_times, baseline_times = _bulk(n, repeats, work, relay.base_url)
        samples = sorted(_latency(rounds, work, relay.base_url))
    finally:
        relay.terminate()
        shutil.rmtree(work, ignore_errors=True)
    p50 = statistics.median(samples) * 1000
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))] * 1000
    engine_rate = n / statistics.median(engine_times)
    base_rate = n / statistics.median(baseline_times)
    spread = ", ".join(f"{n / e:,.0f}/{n / b:,.0f}" for e, b in zip(engine_times, baseline_times,
                                                                    strict=True))
    return "\n".join([
        f"{n:,} messages of ~120 bytes of text, relay on 127.0.0.1 (SQLite backend, separate "
        f"process); {len(engine_times)} rounds, engine and baseline alternating, medians "
        "compared. Target for bulk receive: at least half the baseline.",
        "",
        "| what | eMentor | baseline | ratio |",
        "|---|---:|---:|---:|",
        f"| bulk receive (fetch, open, verify, parse, store + FTS, receipt, commit, ack) | "
        f"{engine_rate:,.0f} msg/s | {base_rate:,.0f} msg/s (raw PyNaCl + sqlcipher3: unseal, "
        f"verify, insert; no network) | {engine_rate / base_rate:.2f} |",
        f"| bulk receive, each round (eMentor/baseline, msg/s) | {spread} | | |",
        f"| end-to-end latency, send → stored on the other side (long-poll), p50 | "
        f"{p50:.1f} ms | target < 100 ms | — |",
        f"| end-to-end latency, p99 ({len(samples)} messages) | "
        f"{p99:.1f} ms | — | — |",
        "",
        f"Bulk receive is {'at or above' if engine_rate >= base_rate / 2 else 'below'} the "
        "target in this run. The engine reads ahead: the next batch is fetched and opened "
        "(libsodium runs without the GIL) while the current one is applied, and "
        "acknowledgements travel on their own connection, so on a machine with a free core "
        "the main thread does only the database work. Here the relay shares the same two "
        "cores, so the client's CPU time (about 270 µs a message: opening, the full-text "
        "index, the received record, the receipts deposited at the end of the run) sets the "
        "pace. Both columns wait on fsync (the baseline commits every 100 messages too), "
        "which varies a lot on this machine: see the rounds.",
    ])
