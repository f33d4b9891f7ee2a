"""The order of a conversation (docs/protocol.md Part 2 §5, "Order"): by the sender's timestamp,
then the sender's sequence number, then local arrival; every reader of history walks it through
one index, whatever order the messages were stored in."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from ementor_desktop.domain import messaging
from ementor_desktop.domain.models import Contact, Message, MessageState
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos import conversations as conversation_repo
from ementor_desktop.store.repos.messages import ORDER_DESC, order_key
from ementor_desktop.store.vault import Vault

T = 1_700_000_000_000  # a millisecond that several messages share


def _contact(repos: Repos, name: str) -> Contact:
    contact = Contact(id=secrets.token_hex(8), display_name=name,
                      signing_key=secrets.token_bytes(32), box_key=secrets.token_bytes(32),
                      role="mentor", created_at=1, state="active")
    repos.contacts.add(contact)
    return contact


def _message(conversation_id: str, body: str, sent_at: int, seq: int | None,
             sender: Contact | None) -> Message:
    return Message(id=secrets.token_hex(16), conversation_id=conversation_id,
                   direction="out" if sender is None else "in",
                   sender_id=None if sender is None else sender.id, body=body, sent_at=sent_at,
                   seq=seq, state=MessageState.QUEUED if sender is None else MessageState.RECEIVED)


@pytest.fixture
def repos(vault: Vault) -> Repos:
    return Repos.over(vault.db)


def _stored_out_of_order(vault: Vault, repos: Repos) -> tuple[Contact, str, list[str]]:
    """A conversation whose messages arrived in an order unlike the conversation's; returns
    the contact, the conversation and the bodies in the order the rule defines."""
    amara = _contact(repos, "Amara")
    conv = repos.conversations.direct_with(amara.id, 1).id
    arrivals = [  # (body, sent_at, seq, from Amara?) in the order they were stored
        ("a3", T, 3, True),  # three of Amara's in one millisecond, delivered 3, 1, 2
        ("a1", T, 1, True),
        ("me-before", T - 5, 7, False),
        ("a2", T, 2, True),
        ("me-same-ms", T, 8, False),  # ours in that millisecond: seq 8 sorts after her 1–3
        ("late", T - 60_000, 9, True),  # her clock is a minute behind: it belongs far up
        ("me-after", T + 1, 9, False),
        ("old-no-seq", T - 120_000, None, True),  # from before seq was recorded: counts as 0
        ("tie-b", T + 2, 4, True),  # exact (sent_at, seq) tie across senders: arrival decides
        ("tie-a", T + 2, 4, False),
    ]
    with vault.db.transaction():
        for body, sent_at, seq, from_amara in arrivals:
            repos.messages.add(_message(conv, body, sent_at, seq, amara if from_amara else None))
    expected = ["old-no-seq", "late", "me-before", "a1", "a2", "a3", "me-same-ms", "me-after",
                "tie-b", "tie-a"]
    return amara, conv, expected


def test_out_of_order_arrivals_page_back_in_the_defined_order(vault: Vault,
                                                              repos: Repos) -> None:
    amara, conv, expected = _stored_out_of_order(vault, repos)
    for limit in range(1, len(expected) + 1):  # every page boundary, inside the tie too
        seen: list[str] = []
        cursor = None
        while page := repos.messages.page(conv, before=cursor, limit=limit):
            seen.extend(m.body for m in page)
            cursor = repos.messages.cursor(page[-1])
        assert seen[::-1] == expected, limit
    newest_first = repos.messages.page(conv, limit=100)
    for i, m in enumerate(newest_first):  # jumping to a message counts what follows it
        assert repos.messages.position(conv, m) == i
    assert [m.body for m in messaging.history(vault, amara.id)] == expected
    assert [m.body for m in messaging.history(vault, amara.id, limit=3)] == expected[-3:]
    summary = next(s for s in repos.conversations.summaries() if s.conversation.id == conv)
    assert summary.last_body == expected[-1]


def test_the_sidebar_shows_the_latest_by_the_order_not_by_arrival(vault: Vault,
                                                                   repos: Repos) -> None:
    amara = _contact(repos, "Amara")
    conv = repos.conversations.direct_with(amara.id, 1).id
    with vault.db.transaction():
        repos.messages.add(_message(conv, "second", T, 2, amara))
        repos.messages.add(_message(conv, "first, delivered late", T, 1, amara))
    summary = repos.conversations.summaries()[0]
    assert summary.last_body == "second"


def test_arrivals_are_read_by_local_key(vault: Vault, repos: Repos) -> None:
    _amara, conv, _expected = _stored_out_of_order(vault, repos)
    other = repos.conversations.direct_with(_contact(repos, "Jonas").id, 1).id
    stored = repos.messages.page(conv, limit=100)
    by_arrival = sorted(stored, key=lambda m: m.pk or 0)
    mark = by_arrival[3].pk
    assert mark is not None
    with vault.db.transaction():
        repos.messages.add(_message(other, "elsewhere", T, 1, None))
    arrived = repos.messages.arrived_after(conv, mark, limit=100)
    assert arrived == by_arrival[4:]
    assert repos.messages.arrived_after(conv, mark, limit=2) == by_arrival[4:6]
    assert repos.messages.last_pk() > max(m.pk or 0 for m in stored)
    assert sorted(stored, key=order_key) == stored[::-1]


class _Recorder:
    """Stands in for the connection and notes every SELECT with its parameters."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.selects: list[tuple[str, tuple[Any, ...]]] = []

    def execute(self, sql: str, params: Any = ()) -> Any:
        if sql.lstrip().upper().startswith("SELECT"):
            self.selects.append((sql, tuple(params)))
        return self.conn.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


def _plans(vault: Vault, monkeypatch: pytest.MonkeyPatch, run: Any) -> list[list[Any]]:
    recorder = _Recorder(vault.db.conn)
    monkeypatch.setattr(vault.db, "conn", recorder)
    run()
    monkeypatch.setattr(vault.db, "conn", recorder.conn)
    return [vault.db.all("EXPLAIN QUERY PLAN " + sql, params) for sql, params in recorder.selects]


def test_paging_and_jumping_walk_the_index_without_sorting(
        vault: Vault, repos: Repos, monkeypatch: pytest.MonkeyPatch) -> None:
    _amara, conv, _expected = _stored_out_of_order(vault, repos)
    with vault.db.transaction():  # enough history in several conversations to matter
        for c in range(3):
            other = repos.conversations.direct_with(_contact(repos, f"c{c}").id, 1).id
            for i in range(300):
                repos.messages.add(_message(other, "x", T + i // 3, i, None))
    middle = repos.messages.page(conv, limit=5)[-1]

    def reads() -> None:
        repos.messages.page(conv, limit=4)
        repos.messages.page(conv, before=repos.messages.cursor(middle), limit=4)
        repos.messages.position(conv, middle)

    for plan in _plans(vault, monkeypatch, reads):
        details = [row[3] for row in plan]
        assert any("INDEX messages_in_order" in d for d in details), details
        assert not any("TEMP B-TREE" in d for d in details), details

    arrivals = _plans(vault, monkeypatch, lambda: repos.messages.arrived_after(conv, 5))
    assert [row[3] for row in arrivals[0]] == ["SEARCH m USING INTEGER PRIMARY KEY (rowid>?)"]

    sidebar = _plans(vault, monkeypatch, repos.conversations.summaries)
    assert len(sidebar) == 1
    details = [(row[1], row[3]) for row in sidebar[0]]
    assert sum("USING INDEX messages_in_order" in d for _parent, d in details) == 2, details
    # Only the conversations themselves are sorted (by recency), never a history.
    assert all(parent == 0 for parent, d in details if "TEMP B-TREE" in d), details
    assert conversation_repo._LATEST_FIRST == ORDER_DESC


def test_the_old_order_index_is_replaced(vault: Vault) -> None:
    names = {r[0] for r in vault.db.all("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "messages_in_order" in names
    assert "messages_by_conversation" not in names
