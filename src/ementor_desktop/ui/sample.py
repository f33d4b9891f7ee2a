"""Sample data for screenshots, the demo and benchmarks: made-up people and conversations written
into a vault through the repositories (never real content; nothing here runs in normal use)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from ementor_desktop.crypto.derive import conversation_id_for
from ementor_desktop.domain.models import Contact, Message, MessageState
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault, now_ms

MINUTE = 60_000
HOUR = 60 * MINUTE
DAY = 24 * HOUR

CONVERSATION = [
    # (direction, minutes before now, text, state)
    ("in", 3 * 24 * 60 + 50, "Hi Sam! I'm Amara – the programme matched us. I'm a backend "
     "developer, eight years in. What would you like to get out of the next three months?",
     "received"),
    ("out", 3 * 24 * 60 + 20, "Hi Amara, thank you for taking me on! I'd like to get "
     "confident with code reviews and prepare for my first promotion talk.", "read"),
    ("in", 3 * 24 * 60 + 5, "Great goals. Let's meet every second Tuesday. Before our first "
     "session, could you read this? https://example.org/code-review-guide", "received"),
    ("out", 24 * 60 + 95, "Read it twice. The part about asking questions instead of giving "
     "orders really landed.", "read"),
    ("in", 24 * 60 + 80, "That's the heart of it. Bring one review you found hard and we'll "
     "walk through it together.", "received"),
    ("in", 45, "Quick thought for Tuesday: write down three things you'd want your manager to "
     "know about your work this quarter.", "received"),
    ("out", 20, "Will do. I have a draft of the first two already.", "delivered"),
    ("out", 2, "And thank you – this is already helping.", "queued"),
]

OTHERS = [
    ("Jonas Weber", "mentor", "Happy to look at your portfolio on Friday.", 5 * HOUR, 2),
    ("Priya Natarajan", "mentee", "See you next week!", 2 * DAY, 0),
    ("Coordinator – Women in Tech", "coordinator", "Welcome to the spring cohort.", 6 * DAY, 0),
]


@dataclass(frozen=True)
class Seeded:
    main_conversation: str
    main_contact: str
    message_ids: list[str]


def _contact(name: str, role: str, created_at: int) -> Contact:
    return Contact(id=secrets.token_hex(8), display_name=name, role=role,
                   signing_key=secrets.token_bytes(32), box_key=secrets.token_bytes(32),
                   # loopback discard port: a sample never reaches out to any real host
                   relay_url="http://127.0.0.1:9", send_id=secrets.token_hex(16),
                   created_at=created_at)


def _conv_id(repos: Repos, contact: Contact) -> str:
    return conversation_id_for(repos.identity.get().public.signing_key, contact.signing_key)


def seed_sample(vault: Vault, now: int | None = None) -> Seeded:
    """A mentee's vault: a conversation with a mentor plus three shorter ones."""
    now = now or now_ms()
    repos = Repos.over(vault.db)
    ids: list[str] = []
    with vault.mutex, vault.db.transaction():
        for name, role, text, age, unread in OTHERS:
            c = _contact(name, role, now - age - DAY)
            repos.contacts.add(c)
            conv = repos.conversations.direct_with(c.id, now - age - DAY, _conv_id(repos, c))
            for i in range(max(1, unread)):
                repos.messages.add(Message(
                    id=secrets.token_hex(16), conversation_id=conv.id, direction="in",
                    body=text, sent_at=now - age + i, state=MessageState.RECEIVED,
                    sender_id=c.id))
            if not unread:
                repos.conversations.mark_read(conv.id)
        mentor = _contact("Amara Okafor", "mentor", now - 4 * DAY)
        repos.contacts.add(mentor)
        conv = repos.conversations.direct_with(mentor.id, now - 4 * DAY, _conv_id(repos, mentor))
        for direction, minutes, text, state in CONVERSATION:
            mid = secrets.token_hex(16)
            ids.append(mid)
            repos.messages.add(Message(
                id=mid, conversation_id=conv.id, direction=direction, body=text,
                sent_at=now - minutes * MINUTE, state=MessageState(state),
                sender_id=mentor.id if direction == "in" else None,
                gap_before=0))
        repos.conversations.mark_read(conv.id)
    return Seeded(conv.id, mentor.id, ids)


WORDS = ("goal", "plan", "meeting", "feedback", "career", "python", "design", "review", "mentor",
         "question", "answer", "week", "project", "skills", "interview", "growth", "reading",
         "notes", "schedule", "progress", "team", "promotion", "portfolio", "talk")


def seed_long_conversation(vault: Vault, n: int, name: str = "Long History",
                           batch: int = 5000) -> str:
    """One conversation with `n` messages (big transactions: ~100k in a few seconds)."""
    rng = secrets.SystemRandom()
    bodies = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 40))) for _ in range(499)]
    repos = Repos.over(vault.db)
    now = now_ms()
    start = now - n * MINUTE
    with vault.mutex, vault.db.transaction():
        contact = _contact(name, "mentor", start)
        repos.contacts.add(contact)
        conv = repos.conversations.direct_with(contact.id, start, _conv_id(repos, contact))
    for first in range(0, n, batch):
        with vault.mutex, vault.db.transaction():
            for i in range(first, min(n, first + batch)):
                incoming = i % 3 != 0
                repos.messages.add(Message(
                    id=f"{conv.id[:8]}{i:09d}", conversation_id=conv.id,
                    direction="in" if incoming else "out", body=bodies[i % len(bodies)],
                    sent_at=start + i * MINUTE,
                    state=MessageState.RECEIVED if incoming else MessageState.READ,
                    sender_id=contact.id if incoming else None))
    with vault.mutex, vault.db.transaction():
        repos.conversations.mark_read(conv.id)
    return conv.id
