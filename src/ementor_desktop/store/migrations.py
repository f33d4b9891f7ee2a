"""Numbered schema migrations on `PRAGMA user_version`, each applied in one transaction.

Never edit a migration that has shipped: add a new one. Each version has a golden vault in
tests/data/ that the tests open and upgrade. The schema is designed for the whole first product:
migration 1 holds identity, contacts and messaging; migration 2 the first mentoring workspace
tables; migration 3 protocol 1.1; migration 4 the workspace on shared records (Part 3); migration 5
programmes (Part 4); migration 6 programme shortlists, rankings and pauses, self-service
requests and reports of misconduct; migration 7 the aggregates of closed reporting periods;
migration 8 receiving in bulk (issue 9).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ementor_desktop import log
from ementor_desktop.errors import VaultTooNew
from ementor_desktop.store.db import Database


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str = ""
    run: Callable[[Any], None] | None = None  # for data changes SQL alone cannot express


_V1_MESSAGING = r"""
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL                       -- JSON
) WITHOUT ROWID;

CREATE TABLE identity (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    signing_seed  BLOB NOT NULL CHECK (length(signing_seed) = 32),
    box_secret    BLOB NOT NULL CHECK (length(box_secret) = 32),
    created_at    INTEGER NOT NULL              -- ms since the epoch, UTC
);

CREATE TABLE profile (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    display_name   TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('mentor', 'mentee', 'coordinator')),
    headline       TEXT NOT NULL DEFAULT '',
    bio            TEXT NOT NULL DEFAULT '',
    timezone       TEXT NOT NULL DEFAULT '',
    languages      TEXT NOT NULL DEFAULT '[]',  -- JSON list of language names/codes
    skills         TEXT NOT NULL DEFAULT '{}',  -- JSON {skill: level 1-5}
    wants          TEXT NOT NULL DEFAULT '{}',  -- JSON {skill: wanted level 1-5}
    working_style  TEXT NOT NULL DEFAULT '{}',  -- JSON {question: answer}
    updated_at     INTEGER NOT NULL
);

CREATE TABLE contacts (
    id                   TEXT PRIMARY KEY,      -- random local id
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL DEFAULT '',
    signing_key          BLOB NOT NULL CHECK (length(signing_key) = 32),
    box_key              BLOB NOT NULL CHECK (length(box_key) = 32),
    verified             INTEGER NOT NULL DEFAULT 0,
    key_change_pending   INTEGER NOT NULL DEFAULT 0,  -- nothing is sent while set
    pending_signing_key  BLOB,
    pending_box_key      BLOB,
    relay_url            TEXT,                  -- where we deposit to reach them
    send_id              TEXT,
    next_out_seq         INTEGER NOT NULL DEFAULT 1,
    profile              TEXT NOT NULL DEFAULT '{}',  -- their last profile update (JSON)
    state                TEXT NOT NULL DEFAULT 'active'
                         CHECK (state IN ('pending', 'active', 'blocked', 'archived')),
    created_at           INTEGER NOT NULL,
    last_seen_at         INTEGER
);
CREATE UNIQUE INDEX contacts_by_signing_key ON contacts(signing_key);

CREATE TABLE mailboxes (                        -- our own receive mailboxes on relays
    id           INTEGER PRIMARY KEY,
    relay_url    TEXT NOT NULL,
    receive_id   TEXT NOT NULL,
    send_id      TEXT NOT NULL,
    auth_seed    BLOB NOT NULL CHECK (length(auth_seed) = 32),
    contact_id   TEXT REFERENCES contacts(id) ON DELETE SET NULL,
    purpose      TEXT NOT NULL CHECK (purpose IN ('contact', 'invite')),
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    deleted_at   INTEGER,
    UNIQUE (relay_url, receive_id)
);

CREATE TABLE invites (
    id          TEXT PRIMARY KEY,
    secret      BLOB NOT NULL,
    mailbox_id  INTEGER NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER,
    used_by     TEXT REFERENCES contacts(id) ON DELETE SET NULL
);

CREATE TABLE conversations (
    id               TEXT PRIMARY KEY,
    kind             TEXT NOT NULL DEFAULT 'direct' CHECK (kind IN ('direct', 'programme')),
    contact_id       TEXT REFERENCES contacts(id) ON DELETE CASCADE,
    title            TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    last_message_at  INTEGER,
    unread_count     INTEGER NOT NULL DEFAULT 0,
    archived         INTEGER NOT NULL DEFAULT 0,
    muted            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversations_by_recency ON conversations(archived, last_message_at DESC);
CREATE UNIQUE INDEX conversations_direct ON conversations(contact_id) WHERE kind = 'direct';

CREATE TABLE messages (
    pk               INTEGER PRIMARY KEY,       -- local order; also the full-text index rowid
    id               TEXT NOT NULL UNIQUE,      -- message id carried in the envelope
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    direction        TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    sender_id        TEXT REFERENCES contacts(id) ON DELETE SET NULL,  -- NULL: ourselves
    kind             TEXT NOT NULL DEFAULT 'text',
    body             TEXT NOT NULL,
    sent_at          INTEGER NOT NULL,
    received_at      INTEGER,
    seq              INTEGER,                   -- sender's per-conversation sequence number
    state            TEXT NOT NULL CHECK (state IN
                     ('queued', 'on_relay', 'delivered', 'read', 'failed', 'received')),
    state_at         INTEGER,
    gap_before       INTEGER NOT NULL DEFAULT 0,  -- messages known to be missing before this one
    reply_to         TEXT,
    meta             TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX messages_by_conversation ON messages(conversation_id, sent_at, pk);
CREATE INDEX messages_pending ON messages(conversation_id, state)
    WHERE state IN ('queued', 'failed');        -- sidebar markers without scanning history

CREATE VIRTUAL TABLE messages_fts USING fts5(
    body, content='messages', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages WHEN new.kind = 'text' BEGIN
    INSERT INTO messages_fts(rowid, body) VALUES (new.pk, new.body);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages WHEN old.kind = 'text' BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.pk, old.body);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages WHEN old.kind = 'text' BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.pk, old.body);
    INSERT INTO messages_fts(rowid, body) VALUES (new.pk, new.body);
END;

CREATE TABLE received_envelopes (               -- replay and gap detection, kinds without rows too
    message_id   TEXT PRIMARY KEY,
    contact_id   TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    received_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX received_by_contact_seq ON received_envelopes(contact_id, seq);

CREATE TABLE drafts (
    conversation_id  TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    body             TEXT NOT NULL,
    updated_at       INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    message_id       TEXT UNIQUE REFERENCES messages(id) ON DELETE CASCADE,  -- NULL for receipts
    contact_id       TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL,
    payload          BLOB NOT NULL,             -- the envelope content, before sealing
    sealed           BLOB,                      -- the sealed blob, made once at the first push
    idempotency_key  TEXT NOT NULL UNIQUE,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    last_error       TEXT,
    created_at       INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox(next_attempt_at);
"""

_V2_WORKSPACE = r"""
CREATE TABLE goals (
    id           TEXT PRIMARY KEY,
    contact_id   TEXT REFERENCES contacts(id) ON DELETE CASCADE,  -- NULL: a personal goal
    owner        TEXT NOT NULL CHECK (owner IN ('self', 'contact')),
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    target_date  TEXT,                          -- ISO date
    status       TEXT NOT NULL DEFAULT 'open'
                 CHECK (status IN ('open', 'in_progress', 'achieved', 'dropped')),
    progress     INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    shared       INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX goals_by_contact ON goals(contact_id, status);

CREATE TABLE agreements (                        -- co-signed expectations, one row per version
    id               TEXT PRIMARY KEY,
    contact_id       TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    version          INTEGER NOT NULL,
    terms            TEXT NOT NULL,             -- JSON: goals, start/end, cadence, channels, days
    state            TEXT NOT NULL CHECK (state IN
                     ('draft', 'proposed', 'signed', 'declined', 'superseded', 'ended')),
    proposed_by      TEXT NOT NULL CHECK (proposed_by IN ('self', 'contact')),
    my_signature     BLOB,
    their_signature  BLOB,
    signed_at        INTEGER,
    ended_at         INTEGER,
    end_reason       TEXT,
    created_at       INTEGER NOT NULL,
    UNIQUE (contact_id, version)
);

CREATE TABLE sessions (
    id             TEXT PRIMARY KEY,
    contact_id     TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    scheduled_at   INTEGER NOT NULL,
    duration_min   INTEGER NOT NULL DEFAULT 60,
    timezone       TEXT NOT NULL DEFAULT 'UTC',
    channel        TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'planned'
                   CHECK (status IN ('proposed', 'planned', 'held', 'cancelled', 'missed')),
    shared_notes   TEXT NOT NULL DEFAULT '',
    private_notes  TEXT NOT NULL DEFAULT '',    -- never leaves this vault
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX sessions_by_contact ON sessions(contact_id, scheduled_at);

CREATE TABLE feedback (
    id          TEXT PRIMARY KEY,
    contact_id  TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    session_id  TEXT REFERENCES sessions(id) ON DELETE SET NULL,
    direction   TEXT NOT NULL CHECK (direction IN ('given', 'received')),
    rating      INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    went_well   TEXT NOT NULL DEFAULT '',
    to_improve  TEXT NOT NULL DEFAULT '',
    next_step   TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

CREATE TABLE notes (                             -- private notes, optionally about a contact
    id          TEXT PRIMARY KEY,
    contact_id  TEXT REFERENCES contacts(id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE programmes (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    coordinator_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,  -- NULL: we coordinate it
    my_role        TEXT NOT NULL CHECK (my_role IN ('mentor', 'mentee', 'coordinator')),
    starts_on      TEXT,
    ends_on        TEXT,
    settings       TEXT NOT NULL DEFAULT '{}',
    joined_at      INTEGER NOT NULL
);

CREATE TABLE programme_members (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    contact_id    TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    role          TEXT NOT NULL CHECK (role IN ('mentor', 'mentee', 'coordinator')),
    capacity      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (programme_id, contact_id)
) WITHOUT ROWID;

CREATE TABLE reminders (
    id          TEXT PRIMARY KEY,
    contact_id  TEXT REFERENCES contacts(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,                  -- 'session', 'check_in', 'feedback', 'goal'
    due_at      INTEGER NOT NULL,
    recurrence  TEXT NOT NULL DEFAULT '',       -- '', 'weekly', 'biweekly', 'monthly'
    done_at     INTEGER
);
CREATE INDEX reminders_due ON reminders(done_at, due_at);
"""

_V3_MESSAGING_1_1 = r"""
-- Protocol 1.1 (docs/protocol.md Part 2): what each contact announced it understands.
ALTER TABLE contacts ADD COLUMN capabilities TEXT NOT NULL DEFAULT '[]';  -- JSON list of kinds
-- A contact asked us to deposit on a relay we have not used: held until the person agrees.
ALTER TABLE contacts ADD COLUMN pending_relay_url TEXT;
ALTER TABLE contacts ADD COLUMN pending_send_id TEXT;
-- Incoming messages are stored under a local id derived from (sender, envelope id), so two
-- senders can never collide; the envelope's own id is kept for receipts.
ALTER TABLE messages ADD COLUMN wire_id TEXT;
UPDATE messages SET wire_id = id WHERE direction = 'in';

-- Duplicates are recognised per sender, not globally.
CREATE TABLE received_envelopes_v3 (
    contact_id   TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    message_id   TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    received_at  INTEGER NOT NULL,
    PRIMARY KEY (contact_id, message_id)
) WITHOUT ROWID;
INSERT INTO received_envelopes_v3(contact_id, message_id, seq, received_at)
    SELECT contact_id, message_id, seq, received_at FROM received_envelopes;
DROP TABLE received_envelopes;
ALTER TABLE received_envelopes_v3 RENAME TO received_envelopes;
CREATE INDEX received_by_contact_seq ON received_envelopes(contact_id, seq);

-- Envelopes that cannot be applied yet (a key change awaiting the person, a kind this version
-- does not know, a sender or mailbox state that may still change) are kept here, still sealed,
-- instead of being left on the relay or deleted. Re-examined when the state changes.
CREATE TABLE held_envelopes (
    id          INTEGER PRIMARY KEY,
    mailbox_id  INTEGER REFERENCES mailboxes(id) ON DELETE CASCADE,
    contact_id  TEXT REFERENCES contacts(id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,
    body        BLOB NOT NULL,                 -- the blob as fetched (sealed, padded)
    digest      BLOB NOT NULL UNIQUE,          -- BLAKE2b-256 of body: a replay is kept once
    held_at     INTEGER NOT NULL,
    tries       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX held_by_reason ON held_envelopes(reason, contact_id);

-- v3: message order (see MessageRepo.page)
-- sent_at, then the sender's seq (0 when unknown), then local arrival: one total order that
-- keyset paging, jumping to a message and the sidebar's last message all walk without sorting.
DROP INDEX messages_by_conversation;
CREATE INDEX messages_in_order ON messages(conversation_id, sent_at, coalesce(seq, 0), pk);
"""

_V4_WORKSPACE = r"""
-- The mentoring workspace on shared records (docs/protocol.md Part 3). What both people edit
-- (shared goals, action items, sessions with shared notes, the agreement with its versions and
-- signatures, session feedback) lives in one replicated document per relationship; its record
-- ids are the records' origin-stable ids, its history entries their revisions, and a session's
-- iCalendar UID and SEQUENCE are derived from it (Part 3 §2). The v2 tables for shared goals,
-- agreements and sessions were never reachable from the app: their rows move to the private
-- tables below (nothing in them was ever sent), and the tables go.

CREATE TABLE shared_documents (
    contact_id       TEXT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
    conversation_id  TEXT NOT NULL,
    document         BLOB NOT NULL,             -- domain.shared: the Yjs update and our client ids
    peer_state       BLOB,                      -- the peer's last Yjs state vector, if it said
    asked_at         INTEGER,                   -- our last shared.state to them (ms)
    answered_at      INTEGER,                   -- our last answer to their shared.state (ms)
    heard_at         INTEGER,                   -- their last shared envelope applied (ms)
    updated_at       INTEGER NOT NULL
) WITHOUT ROWID;

-- Parts of a split update waiting for the rest (Part 3 §4): one set per contact at a time.
CREATE TABLE shared_parts (
    contact_id   TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    set_id       TEXT NOT NULL,
    part         INTEGER NOT NULL CHECK (part >= 1),
    parts        INTEGER NOT NULL CHECK (parts BETWEEN 1 AND 96),
    data         BLOB NOT NULL,
    received_at  INTEGER NOT NULL,
    PRIMARY KEY (contact_id, set_id, part)
) WITHOUT ROWID;

-- Goals that never leave this vault (a personal goal, or one kept private in a relationship).
CREATE TABLE private_goals (
    id           TEXT PRIMARY KEY,              -- 32 hex, like a shared record id
    contact_id   TEXT REFERENCES contacts(id) ON DELETE CASCADE,  -- NULL: a personal goal
    title        TEXT NOT NULL,
    measure      TEXT NOT NULL DEFAULT '',
    due          TEXT,                          -- YYYY-MM-DD
    status       TEXT NOT NULL DEFAULT 'active'
                 CHECK (status IN ('active', 'paused', 'achieved', 'dropped')),
    progress     INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    milestones   TEXT NOT NULL DEFAULT '[]',    -- JSON [{id, title, done, due}]
    history      TEXT NOT NULL DEFAULT '[]',    -- JSON [{at, set: {field: value}}], revisions
    shared_as    TEXT,                          -- the shared record it was copied to, if shared
    deleted_at   INTEGER,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX private_goals_by_contact ON private_goals(contact_id, status);
INSERT INTO private_goals(id, contact_id, title, measure, due, status, progress, created_at,
                          updated_at)
    SELECT lower(hex(randomblob(16))), contact_id, title, description, target_date,
           CASE status WHEN 'achieved' THEN 'achieved' WHEN 'dropped' THEN 'dropped'
                       ELSE 'active' END,
           progress, created_at, updated_at FROM goals;

-- Private notes: about a session (its record id in the shared document) or about the person.
ALTER TABLE notes ADD COLUMN session TEXT;     -- NULL: a note about the contact
ALTER TABLE notes ADD COLUMN deleted_at INTEGER;
INSERT INTO notes(id, contact_id, body, created_at, updated_at)
    SELECT lower(hex(randomblob(16))), contact_id, private_notes, created_at, updated_at
    FROM sessions WHERE private_notes != '';

-- Feedback this person keeps to themselves (the periodic pulse, private reflections);
-- feedback given to the other person is a shared record.
CREATE TABLE private_feedback (
    id          TEXT PRIMARY KEY,
    contact_id  TEXT REFERENCES contacts(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('pulse', 'session')),
    session     TEXT,                          -- a shared session's record id
    rating      INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    answers     TEXT NOT NULL DEFAULT '{}',    -- JSON {question id: answer}
    created_at  INTEGER NOT NULL
);
CREATE INDEX private_feedback_by_contact ON private_feedback(contact_id, created_at);
INSERT INTO private_feedback(id, contact_id, kind, rating, answers, created_at)
    SELECT id, contact_id, 'session', rating,
           json_object('useful', went_well, 'try_next', to_improve, 'next_step', next_step),
           created_at FROM feedback;

DROP TABLE feedback;
DROP TABLE sessions;
DROP TABLE agreements;
DROP TABLE goals;

-- One row per relationship once it is more than a conversation: its life cycle.
CREATE TABLE relationships (
    contact_id   TEXT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
    state        TEXT NOT NULL DEFAULT 'active'
                 CHECK (state IN ('active', 'completed', 'ended', 'archived')),
    reason       TEXT NOT NULL DEFAULT '',
    changed_at   INTEGER NOT NULL,
    history      TEXT NOT NULL DEFAULT '[]',    -- JSON [{at, state, reason}]
    dismissed    TEXT NOT NULL DEFAULT '[]'     -- JSON: reminder keys the person dismissed
) WITHOUT ROWID;

-- What this person agreed a programme coordinator (or anyone else) may see, and when.
CREATE TABLE consents (
    id            TEXT PRIMARY KEY,
    contact_id    TEXT REFERENCES contacts(id) ON DELETE CASCADE,  -- who may see
    programme_id  TEXT REFERENCES programmes(id) ON DELETE CASCADE,
    scope         TEXT NOT NULL,                -- 'agreement', 'goals', 'sessions', 'progress', …
    granted_at    INTEGER NOT NULL,
    revoked_at    INTEGER
);
CREATE INDEX consents_by_scope ON consents(contact_id, programme_id, scope);

-- Enrolled programme members need not be contacts yet (a coordinator enrols before anyone
-- has exchanged an invite).
CREATE TABLE programme_members_v4 (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    member_id     TEXT NOT NULL,               -- random, local
    contact_id    TEXT REFERENCES contacts(id) ON DELETE SET NULL,  -- once they are a contact
    display_name  TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('mentor', 'mentee', 'coordinator')),
    capacity      INTEGER NOT NULL DEFAULT 1,
    profile       TEXT NOT NULL DEFAULT '{}',  -- JSON, what they shared for matching
    enrolled_at   INTEGER NOT NULL,
    PRIMARY KEY (programme_id, member_id)
) WITHOUT ROWID;
INSERT INTO programme_members_v4(programme_id, member_id, contact_id, display_name, role,
                                 capacity, enrolled_at)
    SELECT m.programme_id, m.contact_id, m.contact_id, c.display_name, m.role, m.capacity,
           c.created_at
    FROM programme_members m JOIN contacts c ON c.id = m.contact_id;
DROP TABLE programme_members;
ALTER TABLE programme_members_v4 RENAME TO programme_members;
CREATE INDEX programme_members_by_contact ON programme_members(contact_id);

-- The structured profile (availability, channels, cadence, experience, capacity) and what each
-- contact may see of it.
ALTER TABLE profile ADD COLUMN details TEXT NOT NULL DEFAULT '{}';  -- JSON
ALTER TABLE contacts ADD COLUMN profile_fields TEXT;  -- JSON list shown to them; NULL: default
-- Signing keys a contact had before an accepted key change (hex, JSON list): what they signed
-- then (an agreement) is still theirs.
ALTER TABLE contacts ADD COLUMN previous_keys TEXT NOT NULL DEFAULT '[]';
"""

_V5_PROGRAMMES = r"""
-- Programmes (docs/protocol.md Part 4): a coordinator's enrolment, matching, introductions and
-- consented reporting, at both ends. The programme's coordinator at a participant, and each
-- member at the coordinator, is a contact of kind 'programme': its keys, route, outbox and
-- replay record work as any contact's, but it never appears among the person's contacts,
-- conversations, search or workspace.
ALTER TABLE contacts ADD COLUMN kind TEXT NOT NULL DEFAULT 'person'
    CHECK (kind IN ('person', 'programme'));

-- Which programme mailbox a mailbox is: the join mailbox Mj (purpose 'invite', C's), the
-- programme mailbox Mp (purpose 'contact', P's, bound to the coordinator), a member mailbox Mc
-- (purpose 'contact', C's, bound to one member) or a route (purpose 'invite', P's, bound to the
-- peer an introduction gave it to, retired like an invite mailbox once that peer moved on).
ALTER TABLE mailboxes ADD COLUMN programme_id TEXT;
ALTER TABLE mailboxes ADD COLUMN programme_use TEXT
    CHECK (programme_use IS NULL OR programme_use IN ('join', 'programme', 'member', 'route'));

-- A programme we coordinate or take part in: the enrolment code's parts, the terms, the state.
ALTER TABLE programmes ADD COLUMN state TEXT NOT NULL DEFAULT 'enrolled'
    CHECK (state IN ('coordinating', 'joining', 'reviewing', 'consented', 'pending',
                     'enrolled', 'declined', 'removed', 'closed', 'left'));
ALTER TABLE programmes ADD COLUMN relay_url TEXT;              -- the code's r
ALTER TABLE programmes ADD COLUMN coordinator_key BLOB;        -- k
ALTER TABLE programmes ADD COLUMN coordinator_box BLOB;        -- b
ALTER TABLE programmes ADD COLUMN join_send_id TEXT;           -- s
ALTER TABLE programmes ADD COLUMN secret BLOB;                 -- x
ALTER TABLE programmes ADD COLUMN terms TEXT;                  -- canonical JSON (RFC 8785)
ALTER TABLE programmes ADD COLUMN terms_hash BLOB;             -- t
ALTER TABLE programmes ADD COLUMN code_expires_at INTEGER;     -- e, seconds
ALTER TABLE programmes ADD COLUMN admission TEXT;              -- a, the relay's token
ALTER TABLE programmes ADD COLUMN tombstone_secret BLOB;       -- C: keys tombstones' hashes
ALTER TABLE programmes ADD COLUMN pending_terms TEXT;          -- P: other terms to review
ALTER TABLE programmes ADD COLUMN my_consent TEXT;             -- P: the consent sent last
ALTER TABLE programmes ADD COLUMN consent_wanted TEXT;         -- P: JSON scopes, not sent yet
ALTER TABLE programmes ADD COLUMN routes_wanted INTEGER NOT NULL DEFAULT 0;  -- P: to create
ALTER TABLE programmes ADD COLUMN status_at INTEGER;           -- P: the last status applied
ALTER TABLE programmes ADD COLUMN closed_at INTEGER;
ALTER TABLE programmes ADD COLUMN my_answers TEXT;             -- P: JSON, --answer values sent

-- Members at the coordinator, from their join on: keys, state, what they consented to and
-- shared (the profile, sensitive fields included: never displayed), unused routes, Mc.
CREATE TABLE programme_members_v5 (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    member_id     TEXT NOT NULL,               -- random, local
    contact_id    TEXT REFERENCES contacts(id) ON DELETE SET NULL,  -- the hidden contact
    display_name  TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL DEFAULT ''
                  CHECK (role IN ('', 'mentor', 'mentee', 'coordinator')),
    capacity      INTEGER NOT NULL DEFAULT 1,
    profile       TEXT NOT NULL DEFAULT '{}',  -- JSON: the profile body's fields
    joined_at     INTEGER NOT NULL,
    signing_key   BLOB CHECK (signing_key IS NULL OR length(signing_key) = 32),
    box_key       BLOB CHECK (box_key IS NULL OR length(box_key) = 32),
    state         TEXT NOT NULL DEFAULT 'enrolled'
                  CHECK (state IN ('joined', 'pending', 'enrolled')),
    headline      TEXT NOT NULL DEFAULT '',
    consent       TEXT,                        -- JSON, as signed
    consent_sig   TEXT,                        -- 128 hex
    consent_at    INTEGER,
    routes        TEXT NOT NULL DEFAULT '[]',  -- JSON: their routes not given to anyone yet
    mailbox_id    INTEGER REFERENCES mailboxes(id) ON DELETE SET NULL,  -- Mc
    updated_at    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id, member_id)
) WITHOUT ROWID;
INSERT INTO programme_members_v5(programme_id, member_id, contact_id, display_name, role,
                                 capacity, profile, joined_at, updated_at)
    SELECT programme_id, member_id, contact_id, display_name, role, capacity, profile,
           enrolled_at, enrolled_at FROM programme_members;
DROP TABLE programme_members;
ALTER TABLE programme_members_v5 RENAME TO programme_members;
CREATE INDEX programme_members_by_contact ON programme_members(contact_id);
CREATE UNIQUE INDEX programme_members_by_key ON programme_members(programme_id, signing_key)
    WHERE signing_key IS NOT NULL;
CREATE INDEX programme_members_by_state ON programme_members(programme_id, state);

-- C: who left, was removed or declined: BLAKE2b-256 of the key under the programme's
-- tombstone secret, and when (a replayed join or profile from before is refused).
CREATE TABLE programme_tombstones (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    key_hash      BLOB NOT NULL CHECK (length(key_hash) = 32),
    left_at       INTEGER NOT NULL,
    PRIMARY KEY (programme_id, key_hash)
) WITHOUT ROWID;

-- C: the pairs it introduced, what it accepts of each (pair scopes) and when it heard of them.
CREATE TABLE programme_pairs (
    id            TEXT PRIMARY KEY,
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    mentee_id     TEXT NOT NULL,               -- member ids
    mentor_id     TEXT NOT NULL,
    conv          TEXT NOT NULL,               -- the pair's direct conversation id
    state         TEXT NOT NULL CHECK (state IN ('active', 'ended')),
    scopes        TEXT NOT NULL DEFAULT '[]',
    method        TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    heard_at      INTEGER,                     -- the first summary of the pair
    ended_at      INTEGER
);
CREATE INDEX programme_pairs_by_programme ON programme_pairs(programme_id, state);
CREATE INDEX programme_pairs_by_mentee ON programme_pairs(programme_id, mentee_id);
CREATE INDEX programme_pairs_by_mentor ON programme_pairs(programme_id, mentor_id);

-- P: the pairs this participant was introduced into (an ended one refuses a replayed intro).
CREATE TABLE programme_peers (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    peer_key      BLOB NOT NULL CHECK (length(peer_key) = 32),
    contact_id    TEXT REFERENCES contacts(id) ON DELETE SET NULL,
    conv          TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('active', 'ended')),
    scopes        TEXT NOT NULL DEFAULT '[]',  -- the pair scopes C accepts
    card_issued   INTEGER NOT NULL,
    introduced_at INTEGER NOT NULL,
    ended_at      INTEGER,
    PRIMARY KEY (programme_id, peer_key)
) WITHOUT ROWID;

-- P: the signed match cards held (verified again whenever they are read).
CREATE TABLE programme_cards (
    id            TEXT PRIMARY KEY,            -- the card's id
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    card          TEXT NOT NULL,               -- JSON, as signed
    sig           TEXT NOT NULL,               -- 128 hex
    issued        INTEGER NOT NULL,
    peer_key      BLOB,
    received_at   INTEGER NOT NULL
);
CREATE INDEX programme_cards_by_programme ON programme_cards(programme_id, issued);

-- C: per participant, pair and month, the summary with the greatest `at`.
CREATE TABLE programme_summaries (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    member_id     TEXT NOT NULL,
    conv          TEXT NOT NULL,
    period        TEXT NOT NULL,               -- YYYY-MM
    at            INTEGER NOT NULL,
    summary       TEXT NOT NULL,               -- JSON, as signed
    sig           TEXT NOT NULL,
    PRIMARY KEY (programme_id, member_id, conv, period)
) WITHOUT ROWID;

-- P: what was sent per pair and month (sent again only when the figures change).
CREATE TABLE programme_sent_summaries (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    conv          TEXT NOT NULL,
    period        TEXT NOT NULL,
    digest        TEXT NOT NULL,               -- SHA-256 of what was counted
    sent_at       INTEGER NOT NULL,
    PRIMARY KEY (programme_id, conv, period)
) WITHOUT ROWID;

-- P: randomised response, memoised (Part 4 §9): per item and true answer, the value sent first.
CREATE TABLE programme_pulse_memo (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    item          TEXT NOT NULL,
    true_value    INTEGER NOT NULL CHECK (true_value BETWEEN 1 AND 5),
    sent_value    INTEGER NOT NULL CHECK (sent_value BETWEEN 1 AND 5),
    PRIMARY KEY (programme_id, item, true_value)
) WITHOUT ROWID;
"""

_V6_PROGRAMME = r"""
-- Self-service requests and reports of misconduct (docs/protocol.md Part 4 §7, §8).

-- C: the `request` shortlists it sent, each to one mentee; `candidates` maps each entry's
-- candidate id to the mentor's member id. Live while not expired, not closed (the mentee
-- matched, left, or a later round replaced it).
CREATE TABLE programme_offered_shortlists (
    id            TEXT PRIMARY KEY,            -- the shortlist id (C's)
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    mentee_id     TEXT NOT NULL,
    issued        INTEGER NOT NULL,
    expires       INTEGER NOT NULL,
    candidates    TEXT NOT NULL,               -- JSON {candidate id: mentor member id}
    closed_at     INTEGER
);
CREATE INDEX programme_offered_shortlists_by_mentee
    ON programme_offered_shortlists(programme_id, mentee_id);

-- C: the requests, the authority on every place (one vault transaction per step).
CREATE TABLE programme_requests (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    request       TEXT NOT NULL,               -- the mentee's id for it
    mentee_id     TEXT NOT NULL,
    mentor_id     TEXT NOT NULL,
    shortlist     TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('open', 'asked', 'accepted', 'full',
                                                 'declined', 'cancelled', 'expired', 'closed')),
    reason        TEXT,                        -- a decline's
    expires       INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (programme_id, request)
) WITHOUT ROWID;
CREATE INDEX programme_requests_by_mentee ON programme_requests(programme_id, mentee_id, state);
CREATE INDEX programme_requests_by_mentor ON programme_requests(programme_id, mentor_id, state);

-- C: when the shortlists were last computed and over what (a new round only when it changed),
-- and the matching configuration's text the rounds and self-service cards use.
CREATE TABLE programme_rounds (
    programme_id  TEXT PRIMARY KEY REFERENCES programmes(id) ON DELETE CASCADE,
    fingerprint   TEXT NOT NULL DEFAULT '',
    config        TEXT,                        -- TOML, checked against the terms' SHA-256
    at            INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- C: reports of misconduct, kept `report_days` even after either person left.
CREATE TABLE programme_reports (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    reporter_key  BLOB NOT NULL CHECK (length(reporter_key) = 32),
    report        TEXT NOT NULL,               -- the reporter's id for it
    reporter_name TEXT NOT NULL DEFAULT '',
    category      TEXT NOT NULL,
    about         BLOB CHECK (about IS NULL OR length(about) = 32),
    text          TEXT NOT NULL,
    contact       INTEGER NOT NULL CHECK (contact IN (0, 1)),
    envelope      TEXT NOT NULL,               -- the envelope id the receipt names
    received_at   INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    PRIMARY KEY (programme_id, reporter_key, report)
) WITHOUT ROWID;
CREATE INDEX programme_reports_by_expiry ON programme_reports(expires_at);

-- P: the shortlists received (as received: entries with the candidates' shown fields).
CREATE TABLE programme_held_shortlists (
    id            TEXT PRIMARY KEY,
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    mode          TEXT NOT NULL CHECK (mode IN ('rank', 'request')),
    issued        INTEGER NOT NULL,
    expires       INTEGER NOT NULL,
    entries       TEXT NOT NULL,               -- JSON list, as received
    received_at   INTEGER NOT NULL
);
CREATE INDEX programme_held_shortlists_by_programme
    ON programme_held_shortlists(programme_id, expires);

-- P: requests as one side sees them: a mentee's own, a mentor's offers. `notes` holds the
-- notes that came with each step, opened (or marked as not verified), newest last.
CREATE TABLE programme_asks (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    request       TEXT NOT NULL,
    side          TEXT NOT NULL CHECK (side IN ('mentee', 'mentor')),
    shortlist     TEXT,
    candidate     TEXT,
    peer_key      BLOB NOT NULL CHECK (length(peer_key) = 32),
    peer_box      BLOB NOT NULL CHECK (length(peer_box) = 32),
    peer_name     TEXT NOT NULL,
    peer_headline TEXT NOT NULL DEFAULT '',
    peer_profile  TEXT NOT NULL DEFAULT '{}',  -- JSON: their fields shown to candidates
    state         TEXT NOT NULL,
    reason        TEXT,
    expires       INTEGER,
    outcome_at    INTEGER,                     -- C's `at` of the last outcome applied
    notes         TEXT NOT NULL DEFAULT '[]',  -- JSON [{from, at, text?, verified}]
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (programme_id, request)
) WITHOUT ROWID;

-- P: reports this person sent (not their text), and when the coordinator's receipt came.
CREATE TABLE programme_sent_reports (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    report        TEXT NOT NULL,
    envelope      TEXT NOT NULL,
    category      TEXT NOT NULL,
    sent_at       INTEGER NOT NULL,
    delivered_at  INTEGER,
    PRIMARY KEY (programme_id, report)
) WITHOUT ROWID;
CREATE INDEX programme_sent_reports_by_envelope ON programme_sent_reports(envelope);

-- Programmes, continued (docs/protocol.md Part 4 §6): shortlists and rankings at both ends, and
-- the coordinator's pauses of a pair with its own reason for pausing or ending one.
-- At C one row per shortlist sent to a member: `entries` maps each candidate id C made to the
-- candidate's member id, `ranking` is the member's latest ranking (candidate ids, best first)
-- and `ranked_at` that rank's `sent`. At P (member_id NULL) the shortlist as received (the
-- entries' JSON, for display) and the ranking sent. Erased with the member (leaving, removal).
CREATE TABLE programme_shortlists (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    id            TEXT NOT NULL,               -- the shortlist's id (C's)
    member_id     TEXT,                        -- C: whose shortlist; P: NULL
    mode          TEXT NOT NULL CHECK (mode IN ('rank', 'request')),
    issued        INTEGER NOT NULL,
    expires       INTEGER NOT NULL,
    entries       TEXT NOT NULL,               -- JSON (see above)
    ranking       TEXT,                        -- JSON list of candidate ids
    ranked_at     INTEGER,
    PRIMARY KEY (programme_id, id)
) WITHOUT ROWID;
CREATE INDEX programme_shortlists_by_member ON programme_shortlists(programme_id, member_id);

-- C: a pair paused by the coordinator stays active on the wire (its figures are not accepted
-- meanwhile); `reason` is the coordinator's own words for the last pause or end (never sent).
ALTER TABLE programme_pairs ADD COLUMN paused_at INTEGER;
ALTER TABLE programme_pairs ADD COLUMN reason TEXT;
"""

_V7_PROGRAMME_PERIODS = r"""
-- C: a closed reporting month's aggregate (Part 4 §9): counts only, no key and no member id.
-- Written in the transaction that deletes the month's individual summaries; a row here means
-- the month is closed. Kept until the programme is deleted.
CREATE TABLE programme_aggregates (
    programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    period        TEXT NOT NULL,               -- YYYY-MM
    aggregate     TEXT NOT NULL,               -- JSON (domain/programme_report.py)
    closed_at     INTEGER NOT NULL,
    PRIMARY KEY (programme_id, period)
) WITHOUT ROWID;
"""

_V8_BULK_RECEIVE = r"""
-- Receiving in bulk (issue 9), part 1: no full-text trigger per inserted message. FTS5 flushes
-- what it has buffered into a new index segment at every statement and savepoint that writes
-- it (and merges the segments later), which made indexing most of the cost of storing a
-- message. Whoever stores a text message now indexes it in the same transaction:
-- `MessageRepo.add_if_new` row by row, the inbox once per batch
-- (`MessageRepo.index_for_search`). The delete and update triggers stay.
DROP TRIGGER messages_fts_insert;

-- Part 2: an incoming text stored in `messages` (wire_id set) is its own record of receipt;
-- `received_envelopes` keeps every other envelope (controls), the texts stored before this
-- record existed in this form, and the texts whose message was deleted here (the trigger below
-- moves their record), so that a deleted message that comes again is still a duplicate and its
-- sequence number still counts as received. Recording each text twice, under two random keys,
-- wrote about half of the pages a batch of texts changed. `ReceivedRepo` asks both places; the
-- partial index answers its sequence-number questions on `messages`.
CREATE INDEX messages_received_seq ON messages(sender_id, seq)
    WHERE direction = 'in' AND wire_id IS NOT NULL;
CREATE TRIGGER messages_keep_received AFTER DELETE ON messages
WHEN old.direction = 'in' AND old.wire_id IS NOT NULL AND old.sender_id IS NOT NULL BEGIN
    -- (a contact being removed takes its records with it: nothing to keep then)
    INSERT OR IGNORE INTO received_envelopes(contact_id, message_id, seq, received_at)
        SELECT old.sender_id, old.wire_id, coalesce(old.seq, 0),
               coalesce(old.received_at, old.sent_at)
        WHERE EXISTS (SELECT 1 FROM contacts WHERE id = old.sender_id);
END;
-- Texts recorded in both places so far keep only their message row's record (a temporary
-- index makes the lookup cheap on a long history).
CREATE INDEX messages_wire_v8 ON messages(sender_id, wire_id)
    WHERE direction = 'in' AND wire_id IS NOT NULL;
DELETE FROM received_envelopes WHERE seq > 0 AND EXISTS (
    SELECT 1 FROM messages m WHERE m.sender_id = received_envelopes.contact_id
    AND m.wire_id = received_envelopes.message_id AND m.direction = 'in'
    AND m.wire_id IS NOT NULL AND m.seq = received_envelopes.seq);
DROP INDEX messages_wire_v8;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "identity, contacts and messaging", _V1_MESSAGING),
    Migration(2, "mentoring workspace", _V2_WORKSPACE),
    Migration(3, "messaging protocol 1.1", _V3_MESSAGING_1_1),
    Migration(4, "mentoring workspace on shared records", _V4_WORKSPACE),
    Migration(5, "programmes", _V5_PROGRAMMES),
    Migration(6, "programme shortlists, rankings, pauses, self-service and reports",
              _V6_PROGRAMME),
    Migration(7, "aggregates of closed programme reporting periods", _V7_PROGRAMME_PERIODS),
    Migration(8, "bulk receive: texts indexed per batch and their own received record",
              _V8_BULK_RECEIVE),
)

LATEST = MIGRATIONS[-1].version


def current_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version"))


def check_not_too_new(version: int) -> None:
    if version > LATEST:
        raise VaultTooNew(
            f"This vault was written by a newer version of eMentor Desktop (schema {version}; "
            f"this app knows up to {LATEST}). Update the app to open it; "
            "the vault was not changed.")


def migrate(db: Database, target: int = LATEST) -> list[int]:
    """Apply every migration above the current version up to `target`; return those applied."""
    version = current_version(db)
    check_not_too_new(version)
    applied: list[int] = []
    for migration in MIGRATIONS:
        if migration.version <= version or migration.version > target:
            continue
        _apply(db, migration)
        applied.append(migration.version)
        log.store.info("schema migrated to version %d (%s)", migration.version, migration.name)
    return applied


def _apply(db: Database, migration: Migration) -> None:
    with db.transaction():
        for statement in _statements(migration.sql):
            db.execute(statement)
        if migration.run is not None:
            migration.run(db)
        db.execute(f"PRAGMA user_version = {int(migration.version)}")


def _statements(script: str) -> list[str]:
    """Split a script into complete statements (triggers contain semicolons)."""
    import sqlite3

    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    leftover = [line for line in buffer.splitlines() if line.strip()
                and not line.strip().startswith("--")]
    if leftover:
        raise ValueError("incomplete SQL statement at the end of a migration")
    return statements
