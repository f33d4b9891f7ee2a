"""Migration 8 makes a stored incoming text its own record of receipt (issue 9): a vault whose
texts were recorded twice (a message row and a `received_envelopes` row, as up to version 4)
answers every question about what was received exactly as before, and keeps doing so when
messages are deleted or the contact is removed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ementor_desktop.crypto import keywrap
from ementor_desktop.crypto.derive import local_message_id
from ementor_desktop.domain.models import Message, MessageState
from ementor_desktop.home import Home
from ementor_desktop.store import migrations
from ementor_desktop.store.db import Database
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault, _configure, _connect

T0 = 1_767_225_600_000
VERSION = 8  # the migration that made a stored text its own record (issue 9)


def _before_vault(path: Path) -> Database:
    """A version-7 database: Alan sent four texts (seq 1, 2, 3 and 5; the first stored under its
    envelope id, as before protocol 1.1) and a receipt; each text was recorded twice."""
    db = _connect(path, keywrap.new_key(), create=True)
    _configure(db)
    migrations.migrate(db, target=VERSION - 1)
    with db.transaction():
        db.execute("INSERT INTO contacts(id, display_name, signing_key, box_key, created_at) "
                   "VALUES ('c1', 'Alan', randomblob(32), randomblob(32), ?)", (T0,))
        db.execute("INSERT INTO conversations(id, contact_id, created_at) "
                   "VALUES ('conv1', 'c1', ?)", (T0,))
        for seq, wire in ((1, "w1"), (2, "w2"), (3, "w3"), (5, "w5")):
            message_id = wire if seq == 1 else local_message_id("c1", wire)
            db.execute("INSERT INTO messages(id, conversation_id, direction, sender_id, body, "
                       "sent_at, received_at, seq, state, wire_id) "
                       "VALUES (?, 'conv1', 'in', 'c1', ?, ?, ?, ?, 'received', ?)",
                       (message_id, f"text {seq} walrus", T0 + seq, T0 + 10, seq, wire))
            db.execute("INSERT INTO received_envelopes(contact_id, message_id, seq, received_at) "
                       "VALUES ('c1', ?, ?, ?)", (wire, seq, T0 + 10))
        db.execute("INSERT INTO received_envelopes(contact_id, message_id, seq, received_at) "
                   "VALUES ('c1', 'r1', 0, ?)", (T0 + 20,))
    return db


def test_texts_recorded_twice_are_recorded_once_and_every_answer_stays(tmp_path: Path) -> None:
    db = _before_vault(tmp_path / "vault.db")
    try:
        assert migrations.migrate(db)[0] == VERSION
        received = Repos.over(db).received
        # only what stores no message row is left in the table
        assert db.all("SELECT message_id, seq FROM received_envelopes") == [("r1", 0)]
        for wire in ("w1", "w2", "w3", "w5", "r1"):
            assert received.seen("c1", wire)
        assert not received.seen("c1", "w4")
        assert received.highest_seq("c1") == 5
        assert received.missing_count("c1") == 1  # 4
        assert [received.has_seq("c1", s) for s in range(1, 7)] == [
            True, True, True, False, True, False]
        assert received.previous_seq("c1", 5) == 3 and received.next_seq("c1", 3) == 5
        assert received.next_seq("c1", 5) is None and received.previous_seq("c1", 1) == 0
        repos = Repos.over(db)
        assert len(repos.messages.search("walrus")) == 4  # indexed at version 4, by trigger

        # a deleted message keeps its record (a trigger moves it), even one from before 1.1
        with db.transaction():
            for message_id in ("w1", local_message_id("c1", "w3")):
                assert repos.messages.delete_local(Message(
                    id=message_id, conversation_id="conv1", direction="in", body="",
                    sent_at=0, state=MessageState.RECEIVED))
        assert [r[0] for r in db.all("SELECT message_id FROM received_envelopes "
                                     "ORDER BY message_id")] == ["r1", "w1", "w3"]
        for wire in ("w1", "w2", "w3", "w5"):
            assert received.seen("c1", wire)
        assert received.highest_seq("c1") == 5 and received.missing_count("c1") == 1
        assert received.has_seq("c1", 3) and received.previous_seq("c1", 5) == 3
        assert len(repos.messages.search("walrus")) == 2
        db.execute("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")

        # removing the contact removes every record of it
        with db.transaction():
            repos.contacts.delete("c1")
        assert db.scalar("SELECT count(*) FROM received_envelopes") == 0
        assert not received.seen("c1", "w2") and received.highest_seq("c1") == 0
        assert db.scalar("PRAGMA foreign_key_check") is None
    finally:
        db.close()


def test_every_way_of_storing_a_text_indexes_it(tmp_path: Path) -> None:
    db = _connect(tmp_path / "vault.db", keywrap.new_key(), create=True)
    _configure(db)
    migrations.migrate(db)
    try:
        db.execute("INSERT INTO conversations(id, created_at) VALUES ('conv1', ?)", (T0,))
        repos = Repos.over(db)
        # outside a transaction too: the row and its index entry are written together
        repos.messages.add(Message(id="m1", conversation_id="conv1", direction="out",
                                   body="an otter", sent_at=T0, state=MessageState.QUEUED))
        with db.transaction():
            assert repos.messages.insert_if_new(Message(
                id="m2", conversation_id="conv1", direction="in", body="two otters",
                sent_at=T0 + 1, state=MessageState.RECEIVED))
            repos.messages.index_for_search(["m2", "unknown"])
        assert repos.messages.add_if_new(Message(
            id="m1", conversation_id="conv1", direction="out", body="again",
            sent_at=T0, state=MessageState.QUEUED)) is None
        assert sorted(h.message.id for h in repos.messages.search("otter")) == ["m1", "m2"]
        db.execute("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        db.close()


GOLDEN = Path(__file__).resolve().parents[1] / "data"
GOLDEN_PASSPHRASE = "golden vault passphrase"


def _schema_objects(db: Database) -> list[tuple[str, str]]:
    return sorted((r[0], r[1]) for r in db.all(
        "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') "
        "AND name NOT LIKE 'sqlite_autoindex%'"))


@pytest.mark.parametrize("version", range(1, VERSION + 1), ids=lambda v: f"v{v}")
def test_every_golden_vault_gets_the_received_record_and_search_of_a_new_one(
        version: int, tmp_path: Path) -> None:
    """Upgraded from any earlier version, a vault has the same indexes and triggers as a new
    one (the full-text insert trigger gone, the record-keeping delete trigger there), its
    received texts are their own record, and search still finds what was indexed before."""
    target = tmp_path / "golden"
    shutil.copytree(GOLDEN / f"vault-v{version}", target)
    fresh = _connect(tmp_path / "fresh.db", keywrap.new_key(), create=True)
    _configure(fresh)
    migrations.migrate(fresh)
    expected = _schema_objects(fresh)
    fresh.close()
    assert ("trigger", "messages_keep_received") in expected
    assert ("trigger", "messages_fts_insert") not in expected
    with Vault.open(Home(target), GOLDEN_PASSPHRASE) as vault:
        db = vault.db
        assert _schema_objects(db) == expected
        received = Repos.over(db).received
        # m2 (seq 1, from version 1) is recorded by its row if it has its envelope's id (the
        # version-3 golden vault's has none: nothing records it, as before); version 8 added
        # seq 3 (stored) and the record of seq 2 (deleted here)
        recorded = db.scalar("SELECT wire_id FROM messages WHERE id = 'm2'") is not None
        assert received.seen("c1", "m2") == received.has_seq("c1", 1) == recorded
        assert received.highest_seq("c1") == (3 if version >= VERSION else int(recorded))
        assert received.missing_count("c1") == 0
        if version >= VERSION:
            assert received.seen("c1", "w2") and received.seen("c1", "w3")
            hits = Repos.over(db).messages.search("walrus")
            assert [h.message.id for h in hits] == [local_message_id("c1", "w3")]
        assert [h.message.id for h in Repos.over(db).messages.search("machine")] == ["m2"]
        db.execute("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")
