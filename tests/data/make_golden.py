"""Write the golden vault for one schema version: `python tests/data/make_golden.py VERSION`.

Run once when a schema version ships, commit the result under tests/data/vault-vN/, and never
regenerate it: the point is that later code must keep opening what earlier code wrote. The data is
inserted with plain SQL valid at that version (not through today's repositories).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from ementor_desktop.crypto import keywrap
from ementor_desktop.crypto.derive import local_message_id
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.store import migrations
from ementor_desktop.store.keyfile import KeyFile
from ementor_desktop.store.vault import _configure, _connect

PASSPHRASE = "golden vault passphrase"
HERE = Path(__file__).resolve().parent
T0 = 1_767_225_600_000  # 2026-01-01T00:00:00Z in ms

SEED_V1 = [
    "INSERT INTO profile(id, display_name, role, headline, updated_at) "
    "VALUES (1, 'Grace Hopper', 'mentor', 'Compilers and curiosity', {t0})",
    "INSERT INTO settings(key, value) VALUES ('theme', '\"dark\"')",
    "INSERT INTO contacts(id, display_name, role, signing_key, box_key, created_at) "
    "VALUES ('c1', 'Alan Turing', 'mentee', zeroblob(32), randomblob(32), {t0})",
    "INSERT INTO conversations(id, kind, contact_id, created_at, last_message_at, unread_count) "
    "VALUES ('conv1', 'direct', 'c1', {t0}, {t0} + 2000, 1)",
    "INSERT INTO messages(id, conversation_id, direction, kind, body, sent_at, seq, state) "
    "VALUES ('m1', 'conv1', 'out', 'text', 'Welcome aboard, shall we set goals?', {t0} + 1000, 1, "
    "'delivered')",
    "INSERT INTO messages(id, conversation_id, direction, sender_id, kind, body, sent_at, seq, "
    "state) VALUES ('m2', 'conv1', 'in', 'c1', 'text', 'Yes please: machine learning first.', "
    "{t0} + 2000, 1, 'received')",
    "INSERT INTO drafts(conversation_id, body, updated_at) "
    "VALUES ('conv1', 'Draft about the agenda', {t0})",
    "INSERT INTO outbox(message_id, contact_id, kind, payload, idempotency_key, next_attempt_at, "
    "created_at) VALUES (NULL, 'c1', 'receipt', x'00', 'idem-1', {t0}, {t0})",
]
SEED_V2 = [
    "INSERT INTO goals(id, contact_id, owner, title, created_at, updated_at) "
    "VALUES ('g1', 'c1', 'contact', 'Ship a first model', {t0}, {t0})",
    "INSERT INTO sessions(id, contact_id, scheduled_at, private_notes, created_at, updated_at) "
    "VALUES ('s1', 'c1', {t0} + 86400000, 'Private: ask about workload', {t0}, {t0})",
]
SEED_V3 = [
    "UPDATE contacts SET capabilities = '[\"profile\",\"read\",\"receipt\",\"rekey\",\"text\"]' "
    "WHERE id = 'c1'",
    "INSERT INTO mailboxes(relay_url, receive_id, send_id, auth_seed, purpose, contact_id, "
    "created_at) VALUES ('http://127.0.0.1:9', 'r', 's', zeroblob(32), 'contact', 'c1', {t0})",
    "INSERT INTO held_envelopes(mailbox_id, contact_id, reason, body, digest, held_at) "
    "VALUES (1, 'c1', 'unknown kind', zeroblob(1024), randomblob(32), {t0})",
]
SEED_V4 = [
    "UPDATE profile SET details = '{{\"capacity\": 2, \"cadence\": \"fortnightly\"}}'",
    "UPDATE contacts SET profile_fields = '[\"headline\", \"skills\"]' WHERE id = 'c1'",
    "INSERT INTO shared_documents(contact_id, conversation_id, document, updated_at) "
    "VALUES ('c1', 'conv1', x'{shared_document}', {t0})",
    "INSERT INTO private_goals(id, contact_id, title, due, created_at, updated_at) "
    "VALUES ('0f0e0d0c0b0a09080706050403020100', 'c1', 'Say no more often', '2027-01-31', "
    "{t0}, {t0})",
    "INSERT INTO notes(id, contact_id, session, body, created_at, updated_at) "
    "VALUES ('n4', 'c1', '000102030405060708090a0b0c0d0e0f', 'Private: bring the draft', "
    "{t0}, {t0})",
    "INSERT INTO private_feedback(id, contact_id, kind, rating, answers, created_at) "
    "VALUES ('p4', 'c1', 'pulse', 4, '{{\"useful\": \"the reading list\"}}', {t0})",
    "INSERT INTO relationships(contact_id, state, changed_at) VALUES ('c1', 'active', {t0})",
    "INSERT INTO programmes(id, name, my_role, joined_at) "
    "VALUES ('prog1', 'Data Futures', 'mentor', {t0})",
    "INSERT INTO programme_members(programme_id, member_id, display_name, role, enrolled_at) "
    "VALUES ('prog1', 'mem1', 'Not yet a contact', 'mentee', {t0})",
    "INSERT INTO consents(id, programme_id, scope, granted_at) "
    "VALUES ('k1', 'prog1', 'progress', {t0})",
]
SEED_V5 = [
    "INSERT INTO contacts(id, display_name, role, signing_key, box_key, created_at, kind) "
    "VALUES ('c5', 'Programme coordinator', 'coordinator', randomblob(32), randomblob(32), "
    "{t0}, 'programme')",
    "INSERT INTO mailboxes(relay_url, receive_id, send_id, auth_seed, purpose, contact_id, "
    "created_at, programme_id, programme_use) VALUES ('http://127.0.0.1:9', 'r5', 's5', "
    "zeroblob(32), 'contact', 'c5', {t0}, 'aa5', 'programme')",
    "INSERT INTO programmes(id, name, my_role, joined_at, state, relay_url, coordinator_id, "
    "terms, my_consent) VALUES ('aa5', 'Golden cohort', 'mentee', {t0}, 'enrolled', "
    "'http://127.0.0.1:9', 'c5', '{{}}', '{{}}')",
    "INSERT INTO programme_cards(id, programme_id, card, sig, issued, received_at) "
    "VALUES ('card5', 'aa5', '{{}}', '00', {t0}, {t0})",
    "INSERT INTO programme_pulse_memo(programme_id, item, true_value, sent_value) "
    "VALUES ('aa5', 'safe', 4, 2)",
    "INSERT INTO programmes(id, name, my_role, joined_at, state, relay_url, tombstone_secret) "
    "VALUES ('bb5', 'Golden coordinated', 'coordinator', {t0}, 'coordinating', "
    "'http://127.0.0.1:9', randomblob(32))",
    "INSERT INTO programme_members(programme_id, member_id, display_name, role, joined_at, "
    "state, signing_key) VALUES ('bb5', 'm5', 'Enrolled person', 'mentor', {t0}, 'enrolled', "
    "randomblob(32))",
    "INSERT INTO programme_tombstones(programme_id, key_hash, left_at) "
    "VALUES ('bb5', randomblob(32), {t0})",
    "INSERT INTO programme_summaries(programme_id, member_id, conv, period, at, summary, sig) "
    "VALUES ('bb5', 'm5', 'conv5', '2026-01', {t0}, '{{}}', '00')",
]
SEED_V6 = [
    "INSERT INTO programme_offered_shortlists(id, programme_id, mentee_id, issued, expires, "
    "candidates) VALUES ('sl6', 'bb5', 'm5', {t0}, {t0} + 604800000, '{{\"c1\": \"m5\"}}')",
    "INSERT INTO programme_requests(programme_id, request, mentee_id, mentor_id, shortlist, "
    "state, expires, created_at, updated_at) VALUES ('bb5', 'rq6', 'm5', 'm5', 'sl6', 'open', "
    "{t0} + 259200000, {t0}, {t0})",
    "INSERT INTO programme_rounds(programme_id, fingerprint, at) VALUES ('bb5', 'f6', {t0})",
    "INSERT INTO programme_reports(programme_id, reporter_key, report, reporter_name, category, "
    "text, contact, envelope, received_at, expires_at) VALUES ('bb5', randomblob(32), 'rp6', "
    "'Enrolled person', 'conduct', 'Golden report', 1, 'env6', {t0}, {t0} + 63072000000)",
    "INSERT INTO programme_held_shortlists(id, programme_id, mode, issued, expires, entries, "
    "received_at) VALUES ('hs6', 'aa5', 'request', {t0}, {t0} + 604800000, '[]', {t0})",
    "INSERT INTO programme_asks(programme_id, request, side, peer_key, peer_box, peer_name, "
    "state, created_at, updated_at) VALUES ('aa5', 'rq6', 'mentee', randomblob(32), "
    "randomblob(32), 'Golden mentor', 'sent', {t0}, {t0})",
    "INSERT INTO programme_sent_reports(programme_id, report, envelope, category, sent_at) "
    "VALUES ('aa5', 'rp6', 'env6', 'conduct', {t0})",
    "INSERT INTO programme_shortlists(programme_id, id, member_id, mode, issued, expires, "
    "entries, ranking, ranked_at) VALUES ('bb5', 'sl6', 'm5', 'rank', {t0}, {t0} + 604800000, "
    "'{{\"cand6\": \"m6\"}}', '[\"cand6\"]', {t0} + 1000)",
    "INSERT INTO programme_pairs(id, programme_id, mentee_id, mentor_id, conv, state, method, "
    "created_at, paused_at, reason) VALUES ('pair6', 'bb5', 'm6', 'm5', 'conv6', 'active', "
    "'rank-maximal', {t0}, {t0} + 2000, 'Mentor on leave')",
]
SEED_V7 = [
    "INSERT INTO programme_aggregates(programme_id, period, aggregate, closed_at) "
    "VALUES ('bb5', '2025-10', '{{\"period\":\"2025-10\",\"pairs\":5,\"figures\":"
    "{{\"sessions_held\":[5,9]}},\"pulse\":[{{\"item\":\"useful\",\"role\":\"mentee\","
    "\"p_milli\":1000,\"counts\":{{\"4\":3,\"5\":2}}}}],\"wrong_p\":0}}', {t0})",
]
SEED_V8 = [  # no full-text trigger on insert any more: whoever stores a text indexes it
    "INSERT INTO messages(id, conversation_id, direction, sender_id, kind, body, sent_at, "
    "received_at, seq, state, wire_id) VALUES ('{local_w3}', 'conv1', 'in', 'c1', 'text', "
    "'A walrus on the reading list', {t0} + 1500, {t0} + 1600, 3, 'received', 'w3')",
    "INSERT INTO messages_fts(rowid, body) SELECT pk, body FROM messages "
    "WHERE id = '{local_w3}'",
    # seq 2 arrived and was deleted here: its record stays (a stored text is its own record)
    "INSERT INTO received_envelopes(contact_id, message_id, seq, received_at) "
    "VALUES ('c1', 'w2', 2, {t0} + 1600)",
]
SEEDS = {1: SEED_V1, 2: SEED_V2, 3: SEED_V3, 4: SEED_V4, 5: SEED_V5, 6: SEED_V6, 7: SEED_V7,
         8: SEED_V8}


def _shared_document() -> str:
    """A relationship's shared document holding one goal (the layout of protocol Part 3)."""
    from ementor_desktop.domain.shared import SharedDocument

    doc = SharedDocument("conv1", bytes(32))
    doc.add_goal("Learn Rust", due="2027-06-30")
    return doc.dump().hex()


def make(version: int) -> Path:
    out = HERE / f"vault-v{version}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    db_key = keywrap.new_key()
    params = keywrap.KdfParams.new(keywrap.KdfStrength.INTERACTIVE)
    db = _connect(out / "vault.db", db_key, create=True)
    _configure(db)
    identity = Identity.generate()
    for v in range(1, version + 1):  # each version's rows with the schema of that version
        migrations.migrate(db, target=v)
        with db.transaction():
            if v == 1:
                db.execute("INSERT INTO identity(id, signing_seed, box_secret, created_at) "
                           "VALUES (1, ?, ?, ?)",
                           (identity.signing_seed, identity.box_secret, T0))
            for statement in SEEDS[v]:
                db.execute(statement.format(t0=T0, shared_document=_shared_document()
                                            if "{shared_document}" in statement else "",
                                            local_w3=local_message_id("c1", "w3")))
    db.close()
    KeyFile.create(db_key, PASSPHRASE, params).save(out / "vault.key")
    return out


if __name__ == "__main__":
    print(make(int(sys.argv[1])))
