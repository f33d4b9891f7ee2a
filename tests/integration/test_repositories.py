"""Every repository against a real vault: contacts, conversations, messages (paging, search),
drafts, outbox, settings, profile."""

from __future__ import annotations

import secrets

import pytest

from ementor_desktop.domain.models import Contact, Message, MessageState, Profile, Role, SearchHit
from ementor_desktop.domain.settings import Settings
from ementor_desktop.errors import UsageError
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.messages import fts_query
from ementor_desktop.store.vault import Vault


def add_contact(repos: Repos, name: str = "Alan Turing") -> Contact:
    contact = Contact(id=secrets.token_hex(8), display_name=name,
                      signing_key=secrets.token_bytes(32), box_key=secrets.token_bytes(32),
                      role="mentee", created_at=1)
    repos.contacts.add(contact)
    return contact


def text(conversation_id: str, body: str, sent_at: int, direction: str = "out",
         state: MessageState = MessageState.QUEUED) -> Message:
    return Message(id=secrets.token_hex(16), conversation_id=conversation_id,
                   direction=direction, body=body, sent_at=sent_at, state=state)


@pytest.fixture
def repos(vault: Vault) -> Repos:
    return Repos.over(vault.db)


def test_profile(repos: Repos) -> None:
    profile = repos.profile.get()
    assert profile is not None and profile.display_name == "Test Mentor"
    updated = Profile(display_name="T. Mentor", role=Role.MENTOR, languages=["en", "fr"],
                      skills={"python": 5}, wants={"leadership": 3}, updated_at=5)
    repos.profile.save(updated)
    assert repos.profile.get() == updated


def test_contacts(repos: Repos) -> None:
    alan = add_contact(repos, "Alan Turing")
    alana = add_contact(repos, "Alana Smith")
    assert repos.contacts.get(alan.id) == alan
    assert repos.contacts.by_signing_key(alan.signing_key) == alan
    assert repos.contacts.find(alan.id) == [alan]
    assert repos.contacts.find("alan turing") == [alan]
    assert {c.id for c in repos.contacts.find("Ala")} == {alan.id, alana.id}
    assert repos.contacts.find("100%_") == []
    assert [c.display_name for c in repos.contacts.list()] == ["Alan Turing", "Alana Smith"]
    assert [repos.contacts.take_out_seq(alan.id) for _ in range(3)] == [1, 2, 3]
    repos.contacts.set_verified(alan.id, True)
    new_sign, new_box = secrets.token_bytes(32), secrets.token_bytes(32)
    repos.contacts.flag_key_change(alan.id, new_sign, new_box)
    flagged = repos.contacts.get(alan.id)
    assert flagged is not None and flagged.key_change_pending and flagged.verified
    repos.contacts.accept_key_change(alan.id)
    accepted = repos.contacts.get(alan.id)
    assert accepted is not None
    assert (accepted.signing_key, accepted.box_key) == (new_sign, new_box)
    assert not accepted.key_change_pending and not accepted.verified  # verify again


def test_conversations_and_summaries(vault: Vault, repos: Repos) -> None:
    alan, grace = add_contact(repos, "Alan"), add_contact(repos, "Grace")
    with vault.db.transaction():
        c1 = repos.conversations.direct_with(alan.id, created_at=10)
        assert repos.conversations.direct_with(alan.id, created_at=99) == c1
        c2 = repos.conversations.direct_with(grace.id, created_at=20)
        repos.messages.add(text(c1.id, "hello Alan", 100))
        repos.messages.add(text(c1.id, "reply", 150, "in", MessageState.RECEIVED))
        repos.messages.add(text(c2.id, "hello Grace", 120))
        failed = repos.messages.add(text(c2.id, "did not go", 130))
        repos.messages.set_state(failed.id, MessageState.FAILED, 131)
    rows = repos.conversations.summaries()
    assert [r.contact_name for r in rows] == ["Alan", "Grace"]
    assert rows[0].last_body == "reply" and rows[0].conversation.unread_count == 1
    assert rows[1].pending_count == 1 and rows[1].failed_count == 1
    assert repos.conversations.total_unread() == 1
    repos.conversations.mark_read(c1.id)
    assert repos.conversations.total_unread() == 0
    repos.conversations.set_archived(c2.id, True)
    assert [r.contact_name for r in repos.conversations.summaries()] == ["Alan"]


def test_message_states_only_move_forward(vault: Vault, repos: Repos) -> None:
    conv = repos.conversations.direct_with(add_contact(repos).id, 1)
    m = repos.messages.add(text(conv.id, "x", 1))
    assert repos.messages.set_state(m.id, MessageState.ON_RELAY, 2)
    assert repos.messages.set_state(m.id, MessageState.READ, 3)
    assert not repos.messages.set_state(m.id, MessageState.DELIVERED, 4)  # a late receipt
    assert not repos.messages.set_state(m.id, MessageState.FAILED, 5)
    stored = repos.messages.get(m.id)
    assert stored is not None and stored.state is MessageState.READ


def test_keyset_paging_walks_every_message_once(vault: Vault, repos: Repos) -> None:
    conv = repos.conversations.direct_with(add_contact(repos).id, 1)
    with vault.db.transaction():
        for i in range(1000):  # many share a timestamp: the pk breaks ties
            repos.messages.add(text(conv.id, f"message {i}", 1000 + i // 7))
    seen: list[str] = []
    cursor = None
    while True:
        page = repos.messages.page(conv.id, before=cursor, limit=64)
        if not page:
            break
        seen.extend(m.body for m in page)
        last = page[-1]
        assert last.pk is not None
        cursor = repos.messages.cursor(last)
    assert seen == [f"message {i}" for i in reversed(range(1000))]
    assert repos.messages.count(conv.id) == 1000
    newest = repos.messages.page(conv.id, limit=1)[0]
    assert repos.messages.position(conv.id, newest) == 0


def test_full_text_search(vault: Vault, repos: Repos) -> None:
    alan = add_contact(repos, "Alan")
    conv = repos.conversations.direct_with(alan.id, 1)
    with vault.db.transaction():
        repos.messages.add(text(conv.id, "Let's plan the Café meeting on Monday", 10))
        repos.messages.add(text(conv.id, "Monday works; bring the goals draft", 20, "in",
                                MessageState.RECEIVED))
        repos.messages.add(text(conv.id, "nothing to see here", 30))
    hits = repos.messages.search("monday")
    assert [h.message.sent_at for h in hits] == [20, 10]  # newest first
    assert all(h.contact_name == "Alan" for h in hits)
    assert f"{SearchHit.HIT_START}Monday{SearchHit.HIT_END}" in hits[0].snippet
    assert [h.message.sent_at for h in repos.messages.search("cafe")] == [10]  # diacritics
    assert [h.message.sent_at for h in repos.messages.search("goa")] == [20]  # prefix as you type
    assert repos.messages.search("monday goals")[0].message.sent_at == 20  # every word
    for hostile in ['"', "NEAR(", "a OR", "*", "body:x", "') --", "   "]:
        repos.messages.search(hostile)  # never an FTS syntax error
    assert fts_query("   ") is None


def test_search_index_follows_deletes(vault: Vault, repos: Repos) -> None:
    conv = repos.conversations.direct_with(add_contact(repos).id, 1)
    repos.messages.add(text(conv.id, "ephemeral zebra", 1))
    assert repos.messages.search("zebra")
    vault.db.execute("DELETE FROM messages WHERE conversation_id = ?", (conv.id,))
    assert repos.messages.search("zebra") == []
    # FTS5 compares the index with the messages table and raises if they disagree
    vault.db.execute("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")


def test_drafts(repos: Repos) -> None:
    conv = repos.conversations.direct_with(add_contact(repos).id, 1)
    assert repos.drafts.get(conv.id) is None
    repos.drafts.save(conv.id, "half a thought", 5)
    repos.drafts.save(conv.id, "half a thought, finished", 6)
    draft = repos.drafts.get(conv.id)
    assert draft is not None and draft.body == "half a thought, finished"
    repos.drafts.save(conv.id, "   ", 7)  # clearing the composer removes the draft
    assert repos.drafts.get(conv.id) is None


def test_outbox(vault: Vault, repos: Repos) -> None:
    contact = add_contact(repos)
    conv = repos.conversations.direct_with(contact.id, 1)
    with vault.db.transaction():
        m = repos.messages.add(text(conv.id, "queued while offline", 1))
        item_id = repos.outbox.enqueue(contact_id=contact.id, kind="text", payload=b"\x01",
                                       idempotency_key="k1", created_at=100, message_id=m.id)
    assert [i.id for i in repos.outbox.due(now=100)] == [item_id]
    repos.outbox.record_failure(item_id, "relay unreachable", next_attempt_at=500)
    assert repos.outbox.due(now=499) == []
    (item,) = repos.outbox.due(now=500)
    assert item.attempts == 1 and item.last_error == "relay unreachable"
    assert repos.outbox.next_due_at() == 500
    with pytest.raises(Exception, match="UNIQUE"):
        repos.outbox.enqueue(contact_id=contact.id, kind="text", payload=b"", created_at=1,
                             idempotency_key="k1")
    repos.outbox.remove(item_id)
    assert repos.outbox.count() == 0


def test_outbox_enters_with_its_message_or_not_at_all(vault: Vault, repos: Repos) -> None:
    contact = add_contact(repos)
    conv = repos.conversations.direct_with(contact.id, 1)
    with pytest.raises(RuntimeError), vault.db.transaction():
        m = repos.messages.add(text(conv.id, "all or nothing", 1))
        repos.outbox.enqueue(contact_id=contact.id, kind="text", payload=b"", created_at=1,
                             idempotency_key="k2", message_id=m.id)
        raise RuntimeError("crash between the two")
    assert repos.messages.count(conv.id) == 0 and repos.outbox.count() == 0


def test_settings_are_typed(repos: Repos) -> None:
    settings = Settings(repos.settings)
    settings.upgrade()
    assert settings.get("auto_lock_minutes") == 10
    assert settings.get("notification_content") is False
    settings.set("theme", "dark")
    assert settings.as_dict()["theme"] == "dark"
    for key, bad in [("theme", "purple"), ("auto_lock_minutes", -1), ("auto_lock_minutes", True),
                     ("read_receipts", "yes"), ("no_such_setting", 1)]:
        with pytest.raises(UsageError):
            settings.set(key, bad)
    repos.settings.set("auto_lock_minutes", "garbage")  # as if written by a buggy version
    assert settings.get("auto_lock_minutes") == 10


def test_settings_upgrade_steps_run_from_the_first_version(
        repos: Repos, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault that never recorded a settings version is treated as version 1."""
    from ementor_desktop.domain import settings as settings_module

    repos.settings.set("old_theme_name", "dark")
    calls: list[int] = []

    def rename(repo: object) -> None:
        calls.append(1)
        repos.settings.set("theme", repos.settings.get("old_theme_name"))
        repos.settings.delete("old_theme_name")

    monkeypatch.setattr(settings_module, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(settings_module, "UPGRADES", {1: rename})
    s = Settings(repos.settings)
    s.upgrade()
    s.upgrade()  # idempotent
    assert calls == [1]
    assert s.get("theme") == "dark"
    assert repos.settings.get(settings_module.VERSION_KEY) == 2
