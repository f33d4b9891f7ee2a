"""Receiving in bulk (issue 9) keeps every guarantee: reading ahead never fetches anything twice,
several batches go into one transaction only where nobody can stop the sync, every message stored
is found by search (the full-text index is written once per transaction, not by a trigger per
row) even after a crash between storing and indexing, and before any other handler touches the
stored messages; nothing is acknowledged before it is committed, and what was committed is
acknowledged even when a later batch fails; a text is its own record of receipt (so a message
deleted here is still recognised when it comes again); the count of missing messages does not
read a sender's whole history for every batch; and the relay sessions read the environment once
per address, never ~/.netrc."""

from __future__ import annotations

import base64
import os
import random
import re
import secrets
import signal
import string
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import requests

from ementor_desktop.crypto import envelope
from ementor_desktop.domain import inbox as inbox_module
from ementor_desktop.domain import messaging
from ementor_desktop.domain.inbox import Context, Inbox, Outcome
from ementor_desktop.domain.models import Contact
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.protocol.content import Content
from ementor_desktop.store.repos.mailboxes import ReceivedRepo
from ementor_desktop.store.vault import Vault
from ementor_desktop.sync import engine as engine_module
from ementor_desktop.sync.engine import SyncReport
from ementor_desktop.sync.relay_client import (
    RelayClient,
    RelayError,
    RelayMessage,
    new_relay_session,
)
from tests.conftest import PASSPHRASE
from tests.messaging.conftest import Participant, conversation_between, text_envelope

BATCH = 10
HISTORY = 45


def _fts_agrees(p: Participant) -> None:
    """FTS5 compares its index with the messages table and raises if they disagree."""
    with p.vault.mutex:
        p.vault.db.execute("INSERT INTO messages_fts(messages_fts, rank) "
                           "VALUES ('integrity-check', 1)")


def _incoming(p: Participant) -> list[str]:
    with p.vault.mutex:
        return [row[0] for row in p.vault.db.all(
            "SELECT body FROM messages WHERE direction = 'in' ORDER BY pk")]


def _found(p: Participant, word: str) -> list[str]:
    with p.vault.mutex:
        return [hit.message.body for hit in p.repos.messages.search(word)]


@pytest.fixture
def history(pair: tuple[Participant, Participant],
            monkeypatch: pytest.MonkeyPatch) -> tuple[Participant, Participant]:
    """Ada has sent Ben HISTORY messages (each with a word of its own); they wait on the
    relay, to be fetched BATCH at a time."""
    monkeypatch.setattr(engine_module, "FETCH_LIMIT", BATCH)
    ada, ben = pair
    ben_id = ada.contact("Ben").id
    for i in range(HISTORY):
        messaging.send_text(ada.vault, ben_id, f"history {i} marker{i}x")
    assert ada.sync().complete
    return ada, ben


def _all_found_once(ben: Participant) -> None:
    assert _incoming(ben) == [f"history {i} marker{i}x" for i in range(HISTORY)]
    for i in range(HISTORY):
        assert _found(ben, f"marker{i}x") == [f"history {i} marker{i}x"]
    _fts_agrees(ben)


@pytest.mark.parametrize(("read_ahead", "together"), [(1, 1), (2, 3), (3, 3), (3, 2)])
def test_a_long_history_arrives_once_whatever_the_read_ahead(
        history: tuple[Participant, Participant], monkeypatch: pytest.MonkeyPatch,
        read_ahead: int, together: int) -> None:
    monkeypatch.setattr(engine_module, "READ_AHEAD", read_ahead)
    monkeypatch.setattr(engine_module, "APPLY_TOGETHER", together)
    _, ben = history

    fetches: list[str | None] = []
    fetch = RelayClient.fetch

    def recording_fetch(self: RelayClient, *args: Any, **kwargs: Any) -> list[RelayMessage]:
        fetches.append(kwargs.get("after"))
        return fetch(self, *args, **kwargs)

    monkeypatch.setattr(RelayClient, "fetch", recording_fetch)
    engine = ben.engine()
    transactions: list[int] = []
    receive = engine.inbox.receive

    def counting_receive(mailbox: Any, items: list[RelayMessage], *args: Any) -> list[str]:
        transactions.append(len(items))
        return receive(mailbox, items, *args)

    engine.inbox.receive = counting_receive  # type: ignore[method-assign]
    report = engine.sync_once()
    assert report.received == HISTORY and report.duplicates == 0 and report.gaps == 0
    assert fetches[0] is None and None not in fetches[1:]  # each one after the one before
    batches = -(-HISTORY // BATCH)
    assert len(fetches) <= batches + read_ahead  # no more than read ahead
    # `together` batches per transaction (a sync nobody can stop), the last one what is left
    expected = [min(together * BATCH, HISTORY - n) for n in range(0, HISTORY, together * BATCH)]
    assert transactions == expected

    again = ben.sync()  # everything was acknowledged: nothing comes back
    assert again.received == 0 and again.duplicates == 0
    _all_found_once(ben)


def _sync_killed_while_indexing(p: Participant, nth: int) -> int:
    """`ementor sync` in a process that kills itself (SIGKILL) in its `nth` indexing of stored
    texts: after their rows were inserted, in the same transaction, before the commit."""
    code = (
        "import os, signal, sys\n"
        "from ementor_desktop.store.repos.messages import MessageRepo\n"
        "from ementor_desktop.sync import engine\n"
        f"engine.FETCH_LIMIT = {BATCH}\n"
        "calls = [0]\n"
        "index = MessageRepo.index_for_search\n"
        "def index_or_die(self, ids):\n"
        "    calls[0] += 1\n"
        f"    if calls[0] == {nth}:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    index(self, ids)\n"
        "MessageRepo.index_for_search = index_or_die\n"
        "from ementor_desktop.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n")
    env = {**os.environ, "EMENTOR_PASSPHRASE": PASSPHRASE}
    env.pop("EMENTOR_CRASH_AT", None)
    return subprocess.run([sys.executable, "-c", code, "--home", str(p.home.root), "sync"],
                          env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          timeout=180).returncode


@pytest.mark.parametrize("nth", [1, 2])
def test_a_crash_between_storing_and_indexing_loses_nothing_and_search_finds_all(
        history: tuple[Participant, Participant], nth: int) -> None:
    _, ben = history
    ben.vault.close()
    assert _sync_killed_while_indexing(ben, nth) == -signal.SIGKILL
    ben.vault = Vault.open(ben.home, PASSPHRASE)
    # the rows of the transaction that was indexing went with it; the rest is indexed
    kept = _incoming(ben)
    assert kept == [f"history {i} marker{i}x" for i in range(len(kept))]
    assert len(kept) == (nth - 1) * engine_module.APPLY_TOGETHER * BATCH
    assert all(_found(ben, f"marker{i}x") for i in range(len(kept)))
    _fts_agrees(ben)

    report = ben.sync()  # nothing was acknowledged before its commit: the rest is still there
    assert report.received == HISTORY - len(kept)
    _all_found_once(ben)


def test_what_was_committed_is_acknowledged_when_a_later_batch_fails(
        history: tuple[Participant, Participant], monkeypatch: pytest.MonkeyPatch) -> None:
    """The first batch's acknowledgement is still on its way when the second is committed and
    the third fails: the second is acknowledged all the same, before the error is reported,
    so the next sync neither loses nor fetches again anything that was committed."""
    monkeypatch.setattr(engine_module, "APPLY_TOGETHER", 1)
    _, ben = history
    answered = threading.Event()
    ack = RelayClient.ack

    def slow_ack(self: RelayClient, *args: Any) -> int:
        assert answered.wait(60)  # held until the third batch has failed
        return ack(self, *args)

    monkeypatch.setattr(RelayClient, "ack", slow_ack)
    engine = ben.engine()
    receive = engine.inbox.receive
    calls = [0]

    def failing_third(*args: Any) -> list[str]:
        calls[0] += 1
        if calls[0] == 3:
            answered.set()
            raise RuntimeError("the vault went away")
        return receive(*args)

    engine.inbox.receive = failing_third  # type: ignore[method-assign]
    report = engine.sync_once()
    assert report.received == 2 * BATCH and report.errors  # reported, in one line
    assert _incoming(ben) == [f"history {i} marker{i}x" for i in range(2 * BATCH)]

    monkeypatch.setattr(RelayClient, "ack", ack)
    again = ben.sync()
    assert again.received == HISTORY - 2 * BATCH
    assert again.duplicates == 0  # both committed batches were acknowledged
    _all_found_once(ben)


def test_a_message_deleted_here_is_still_a_duplicate_when_it_comes_again(
        pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    ada_id = ben.contact("Ada").id
    mailbox = ben.repos.mailboxes.for_contact(ada_id)
    assert mailbox is not None
    sender = ada.repos.identity.get()
    first = text_envelope(sender, ben, 1, "first zebra")
    second = text_envelope(sender, ben, 2, "second zebra")
    inbox = Inbox(ben.vault)

    report = SyncReport()
    inbox.receive(mailbox, [RelayMessage("r1", 1.0, first), RelayMessage("r2", 1.0, second)],
                  report)
    assert report.received == 2
    stored = [m for m in messaging.history(ben.vault, ada_id) if m.direction == "in"]
    assert [m.body for m in stored] == ["first zebra", "second zebra"]
    assert len(ben.repos.messages.search("zebra")) == 2

    assert messaging.delete_message_locally(ben.vault, stored[0].id) is not None
    assert [h.message.body for h in ben.repos.messages.search("zebra")] == ["second zebra"]
    _fts_agrees(ben)

    # the relay delivers both again (a lost acknowledgement), in another sync: nothing is
    # stored twice, not even the one deleted here
    report = SyncReport()
    Inbox(ben.vault).receive(mailbox, [RelayMessage("r3", 1.0, first),
                                       RelayMessage("r4", 1.0, second)], report)
    assert (report.received, report.duplicates) == (0, 2)
    assert [m.body for m in messaging.history(ben.vault, ada_id)
            if m.direction == "in"] == ["second zebra"]
    received = ben.repos.received
    assert received.seen(ada_id, stored[0].wire_id or "")
    assert received.has_seq(ada_id, 1) and received.highest_seq(ada_id) == 2
    assert received.missing_count(ada_id) == 0  # deleted here is not missing

    # its sequence number stays taken, by another envelope too
    report = SyncReport()
    inbox.receive(mailbox, [RelayMessage("r5", 1.0, text_envelope(sender, ben, 1, "again"))],
                  report)
    assert report.rejected == {"sequence number reused": 1}

    # the next one follows without a gap; one after a hole is flagged
    report = SyncReport()
    inbox.receive(mailbox, [RelayMessage("r6", 1.0, text_envelope(sender, ben, 3, "third")),
                            RelayMessage("r7", 1.0, text_envelope(sender, ben, 5, "fifth"))],
                  report)
    assert report.received == 2 and report.missing == {ada_id: 1}
    gaps = {m.body: m.gap_before for m in messaging.history(ben.vault, ada_id)}
    assert (gaps["third"], gaps["fifth"]) == (0, 1)
    _fts_agrees(ben)


def test_the_missing_count_is_kept_up_without_reading_the_whole_history(
        pair: tuple[Participant, Participant], monkeypatch: pytest.MonkeyPatch) -> None:
    """Batch after batch, the count of missing messages is what the vault would count; it is
    only counted there when the batch does not follow the one before (a first batch, a
    message below the highest) or after an upgrade replay."""
    ada, ben = pair
    ada_id = ben.contact("Ada").id
    mailbox = ben.repos.mailboxes.for_contact(ada_id)
    assert mailbox is not None
    sender = ada.repos.identity.get()
    counted_in_vault: list[int] = []
    count = ReceivedRepo.missing_count

    def counting(self: ReceivedRepo, contact_id: str) -> int:
        counted_in_vault.append(1)
        return count(self, contact_id)

    monkeypatch.setattr(ReceivedRepo, "missing_count", counting)
    inbox = Inbox(ben.vault)

    def batch(*seqs: int, into: Inbox = inbox) -> int:
        report = SyncReport()
        into.receive(mailbox, [RelayMessage(secrets.token_hex(16), 1.0, text_envelope(
            sender, ben, seq, f"text {seq}")) for seq in seqs], report)
        assert report.received == len(seqs)
        with ben.vault.mutex:
            assert report.missing == {ada_id: count(ben.repos.received, ada_id)}
        return report.missing[ada_id]

    assert (batch(1, 2), len(counted_in_vault)) == (0, 1)  # a first batch: counted
    assert (batch(3, 6), len(counted_in_vault)) == (2, 1)  # 4 and 5 missing: kept up
    assert (batch(7, 9), len(counted_in_vault)) == (3, 1)  # and 8
    assert (batch(5), len(counted_in_vault)) == (2, 2)  # below the highest: counted
    assert (batch(10), len(counted_in_vault)) == (2, 2)
    with ben.vault.mutex:  # deleting here keeps the record: nothing becomes missing
        nine = ben.vault.db.scalar("SELECT id FROM messages WHERE seq = 9 AND direction = 'in'")
    assert messaging.delete_message_locally(ben.vault, nine) is not None
    assert (batch(11), len(counted_in_vault)) == (2, 2)
    inbox.retry_held(SyncReport())  # what a replay applies is not counted: count again
    assert (batch(12), len(counted_in_vault)) == (2, 3)
    assert (batch(14, into=Inbox(ben.vault)), len(counted_in_vault)) == (3, 4)  # a new inbox


def test_a_handler_finds_the_texts_of_its_batch_indexed(
        pair: tuple[Participant, Participant], monkeypatch: pytest.MonkeyPatch) -> None:
    """A text stored earlier in the same batch is indexed before any other handler runs, so a
    handler that deletes or edits a message keeps the full-text index consistent (FTS5 cannot
    remove what it never indexed)."""
    ada, ben = pair
    ada_id = ben.contact("Ada").id
    mailbox = ben.repos.mailboxes.for_contact(ada_id)
    assert mailbox is not None
    sender = ada.repos.identity.get()
    apply_receipt = inbox_module.HANDLERS["receipt"]

    def deleting_receipt(ctx: Context, contact: Contact, content: Content) -> Outcome:
        for message in ctx.repos.messages.page(ctx.conversation(contact), limit=10):
            if message.body == "walrus to forget":
                assert ctx.repos.messages.delete_local(message)
        return apply_receipt(ctx, contact, content)

    monkeypatch.setitem(inbox_module.HANDLERS, "receipt", deleting_receipt)
    receipt = envelope.seal(Content(secrets.token_hex(16), conversation_between(sender, ben), 0,
                                    "receipt", 1_800_000_000_000,
                                    {"ids": [secrets.token_hex(16)]}).encode(),
                            sender.signing, ben.repos.identity.get().public.box_key)
    inbox, report = Inbox(ben.vault), SyncReport()
    inbox.receive(mailbox, [RelayMessage("r1", 1.0, text_envelope(sender, ben, 1,
                                                                  "walrus to keep"))], report)
    inbox.receive(mailbox, [
        RelayMessage("r2", 1.0, text_envelope(sender, ben, 2, "walrus to forget")),
        RelayMessage("r3", 1.0, receipt),
        RelayMessage("r4", 1.0, text_envelope(sender, ben, 3, "walrus to find"))], report)
    assert (report.received, report.controls) == (3, 1)
    assert _found(ben, "walrus") == ["walrus to find", "walrus to keep"]
    _fts_agrees(ben)


# -- the relay sessions' per-request cost ----------------------------------------------------

class _Proxy(BaseHTTPRequestHandler):
    """A forward proxy that answers every request itself, and remembers what it was asked."""

    seen: ClassVar[list[tuple[str, str | None]]] = []

    def do_GET(self) -> None:
        _Proxy.seen.append((self.path, self.headers.get("Authorization")))
        body = b'{"status": "ok"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        return None


@pytest.fixture
def proxy() -> Iterator[str]:
    _Proxy.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_relay_sessions_read_the_environment_once_and_never_netrc(
        proxy: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """requests would look up the proxy variables and ~/.netrc again for every request; the
    app's relay sessions apply the proxies (and NO_PROXY) as requests does, looked up once per
    relay address, and never send netrc credentials to a relay."""
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password secret\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    monkeypatch.setenv("HTTP_PROXY", proxy)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    lookups: list[str] = []
    environ_proxies = requests.utils.get_environ_proxies

    def counting(url: str, no_proxy: str | None = None) -> dict[str, str]:
        lookups.append(url)
        return environ_proxies(url, no_proxy)

    monkeypatch.setattr(requests.utils, "get_environ_proxies", counting)
    relay = "http://127.0.0.1:9"  # nothing listens there: only the proxy can answer
    with RelayClient(relay, new_relay_session()) as client:
        assert client.health() and client.health() and client.health()
    assert _Proxy.seen == [(f"{relay}/healthz", None)] * 3  # through the proxy, no netrc
    assert len(lookups) == 1

    monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # a new session: straight to the address
    with RelayClient(relay, new_relay_session()) as client, pytest.raises(RelayError):
        client.health()
    assert len(_Proxy.seen) == 3


def _reference_b64url_decode(text: object) -> bytes | None:
    """What strict base64url decoding means, written the slow and obvious way (the decoder
    before issue 9's last step): None where the input must be refused."""
    if not isinstance(text, str) or not re.fullmatch(r"[A-Za-z0-9_-]*", text) \
            or len(text) % 4 == 1:
        return None
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    return raw if base64.urlsafe_b64encode(raw).rstrip(b"=").decode() == text else None


def test_fetched_bodies_are_decoded_exactly_as_strictly_as_before() -> None:
    """Every fetched body is base64url-decoded, so the decoder works in C (binascii's strict
    mode after mapping the alphabet); it must refuse and accept exactly what the plain
    reference does: the standard alphabet's "+" and "/", padding, white space, non-ASCII,
    4n + 1 characters, and unused bits that are not zero (two texts for the same bytes)."""
    rng = random.Random(9)
    alphabet = string.ascii_letters + string.digits + "-_"
    odd = "+/= \n\t\r\x00é.*"
    cases: list[object] = ["", "A", "AA", "Zg", "Zh", "Zm8", "Zm9", "A-_B", "A+/B", "AA==",
                           "AAA=", "AAAA=", "AAAA\n", "\nAAAA", "AA\n", "A A", "é", "AAAAA",
                           None, 7, b"AAAA"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        if text and rng.random() < 0.4:
            at = rng.randrange(len(text))
            text = text[:at] + rng.choice(odd) + text[at + 1:]
        cases.append(text)
    cases += [wire.b64url_encode(rng.randbytes(n)) for n in range(64) for _ in range(5)]
    for text in cases:
        expected = _reference_b64url_decode(text)
        if expected is None:
            with pytest.raises(wire.ProtocolError):
                wire.b64url_decode(text)  # type: ignore[arg-type]
        else:
            assert wire.b64url_decode(text) == expected, text  # type: ignore[arg-type]
    assert wire.b64url_decode("Zg") == b"f"
    for refused in ("Zh", "A+/B", "AAAA\n", "AAA="):
        with pytest.raises(wire.ProtocolError):
            wire.b64url_decode(refused)
    assert wire.b64url_encode_ascii(b"\xfb\xff") == b"-_8"

