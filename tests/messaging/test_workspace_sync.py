"""Shared records between two real homes through the real relay (protocol Part 3): shared goals,
sessions, notes, feedback and the agreement reach the other side and converge after concurrent
offline edits; private items never leave; a tampered agreement is flagged; an update that
waits for an earlier one is applied once it arrives; an older peer still exchanges messages."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from pycrdt import Array

from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.domain import contacts, messaging, rhythm, shared, workspace
from ementor_desktop.domain.models import Role
from ementor_desktop.domain.shared import LocalEditRefused, SharedDocument, decode_state
from ementor_desktop.errors import UsageError
from ementor_desktop.home import Home
from ementor_desktop.protocol.content import CAPS_1_0, Content
from ementor_desktop.protocol.relay_v1 import b64url_encode
from ementor_desktop.store.backup import create_backup, restore_backup
from ementor_desktop.store.vault import Vault
from ementor_desktop.sync.relay_client import RelayClient
from tests.conftest import PASSPHRASE
from tests.messaging.conftest import Participant, conversation_between, rekey_envelope
from tests.relay.harness import RelayProcess


def _sync(*people: Participant, rounds: int = 3) -> None:
    for _ in range(rounds):
        for p in people:
            assert p.sync().complete


def _goal_titles(p: Participant, other: Participant) -> list[str]:
    return sorted(g.title for g in workspace.goals(p.vault, p.contact(other.name).id))


def test_shared_goal_reaches_the_other_side_and_private_one_never_leaves(
        pair: tuple[Participant, Participant], relay_process: RelayProcess) -> None:
    ada, ben = pair
    canary = "canary-" + secrets.token_hex(8)
    ben_id = ada.contact(ben.name).id
    workspace.add_goal(ada.vault, ben_id, "Ship a Rust crate", due="2027-06-30",
                       measure="Published on crates.io")
    workspace.add_goal(ada.vault, ben_id, f"Private {canary}", private=True)
    workspace.add_private_note(ada.vault, ben_id, f"About Ben: {canary}")
    _sync(ada, ben)
    assert _goal_titles(ben, ada) == ["Ship a Rust crate"]
    (goal,) = workspace.goals(ben.vault, ben.contact(ada.name).id)
    assert (goal.shared, goal.due, goal.measure, goal.by_me) == \
        (True, "2027-06-30", "Published on crates.io", False)
    # Ben moves it on; Ada sees the progress and its history.
    workspace.update_goal(ben.vault, ben.contact(ada.name).id, "Ship a Rust crate",
                          progress=40, milestone="First release")
    _sync(ben, ada)
    seen = workspace.find_goal(ada.vault, ben_id, "Ship a Rust crate")
    assert seen.progress == 40
    assert [m["title"] for m in seen.milestones] == ["First release"]
    assert [h["set"].get("progress") for h in seen.history] == [0, 40, None]
    # The canary is nowhere in Ben's vault (decrypted) nor in the relay's database.
    assert canary not in "\n".join(_dump(ben))
    relay_files = list(Path(relay_process.log_path).parent.glob("relay.sqlite3*"))
    assert relay_files
    for path in relay_files:
        assert canary.encode() not in path.read_bytes()


def test_concurrent_offline_edits_of_one_goal_converge(
        pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    ben_id, ada_id = ada.contact(ben.name).id, ben.contact(ada.name).id
    workspace.add_goal(ada.vault, ben_id, "Learn Rust")
    _sync(ada, ben)
    # Both offline: each edits the same goal.
    workspace.update_goal(ada.vault, ben_id, "Learn Rust", progress=30)
    workspace.update_goal(ben.vault, ada_id, "Learn Rust", progress=50, status="paused",
                          title="Learn Rust well")
    _sync(ada, ben)
    a = workspace.records(ada.vault, ben_id).goals
    b = workspace.records(ben.vault, ada_id).goals
    assert [(g.id, g.title, g.progress, g.status) for g in a] == \
        [(g.id, g.title, g.progress, g.status) for g in b]
    assert [(c.at, c.values) for c in a[0].history] == [(c.at, c.values) for c in b[0].history]
    assert [(g.title, g.status) for g in a] == [("Learn Rust well", "paused")]
    assert a[0].progress in (30, 50) and a[0].progress == b[0].progress
    # Nothing lost: both progress values stay in the history on both sides.
    for side in (a, b):
        assert sorted(c.values.get("progress") for c in side[0].history
                      if "progress" in c.values) == [0, 30, 50]


def test_agreement_proposed_signed_by_both_and_tampering_flagged(
        pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    ben_id, ada_id = ada.contact(ben.name).id, ben.contact(ada.name).id
    workspace.propose_agreement(ada.vault, ben_id, cadence="weekly", channels=["async", "video"],
                                until="2027-06-30", goals=["Ship a Rust crate"])
    _sync(ada, ben)
    proposed = workspace.records(ben.vault, ada_id).agreement
    assert proposed.status == "proposed" and proposed.current is not None
    assert proposed.current.terms["cadence"] == "weekly"
    assert [s.by_me for s in proposed.current.signatures] == [False]  # proposing is signing
    assert workspace.records(ada.vault, ben_id).agreement.status == "proposed"  # one signature
    with pytest.raises(UsageError, match="already signed"):
        workspace.sign_agreement(ada.vault, ben_id)
    workspace.sign_agreement(ben.vault, ada_id)
    _sync(ben, ada)
    for p, other in ((ada, ben_id), (ben, ada_id)):
        agreement = workspace.records(p.vault, other).agreement
        assert agreement.status == "signed" and not agreement.tampered
        assert agreement.current is not None
        assert [s.valid for s in agreement.current.signatures] == [True, True]
    # Someone edits Ben's vault behind the app's back: the signed terms change.
    stored = ben.repos.shared.get(ada_id)
    assert stored is not None
    doc = SharedDocument(stored.conversation_id, ben.repos.identity.get().public.signing_key,
                         stored.document)
    versions = doc._doc.get("agreement.versions", type=Array)
    entry = dict(versions[0])
    entry["terms"] = {**entry["terms"], "cadence": "monthly"}
    with doc._doc.transaction():
        del versions[0]
        versions.insert(0, entry)
    with ben.vault.db.transaction():
        ben.repos.shared.save(ada_id, stored.conversation_id, doc.dump(), 1)
    tampered = workspace.records(ben.vault, ada_id).agreement
    assert tampered.tampered and tampered.status == "proposed"
    assert workspace.agreement_json(tampered)["signatures"][0]["valid"] is False


def test_shared_notes_edited_by_both_offline_merge_and_private_notes_stay(
        pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    ben_id, ada_id = ada.contact(ben.name).id, ben.contact(ada.name).id
    workspace.add_session(ada.vault, ben_id, at="2027-03-18T09:30", tz="Europe/Berlin",
                          minutes=45, title="Kick-off", repeat="weekly", count=4)
    _sync(ada, ben)
    workspace.session_notes(ada.vault, ben_id, "Kick-off", "Ada: talked about goals")
    workspace.session_notes(ben.vault, ada_id, "Kick-off", "Ben: will read chapter 3")
    workspace.session_notes(ben.vault, ada_id, "Kick-off", "Ben's private worry",
                            private=True)
    _sync(ada, ben)
    notes = [s.notes for s in (workspace.find_session(ada.vault, ben_id, "Kick-off"),
                               workspace.find_session(ben.vault, ada_id, "Kick-off"))]
    assert notes[0] == notes[1]
    assert "Ada: talked about goals" in notes[0] and "Ben: will read chapter 3" in notes[0]
    assert "private worry" not in notes[0]
    assert [n.body for n in workspace.private_notes(ben.vault, ada_id, every=True)] == \
        ["Ben's private worry"]
    assert workspace.private_notes(ada.vault, ben_id, every=True) == []


def test_feedback_reaches_the_other_side_and_only_its_author_changes_it(
        pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    ben_id, ada_id = ada.contact(ben.name).id, ben.contact(ada.name).id
    workspace.add_session(ada.vault, ben_id, at="2027-03-18T09:30", tz="Europe/Berlin",
                          minutes=45, title="Kick-off")
    _sync(ada, ben)
    workspace.give_feedback(ben.vault, ada_id, session="Kick-off", rating=5,
                            useful="The reading list", try_next="More time for questions",
                            next_step="Read chapter 3")
    _sync(ben, ada)
    (fb,) = workspace.records(ada.vault, ben_id).feedback
    assert (fb.rating, fb.useful, fb.by_me) == (5, "The reading list", False)
    # Ada cannot rewrite what Ben said.
    with pytest.raises(LocalEditRefused, match="person who added it"):
        workspace.edit(ada.vault, ben_id, lambda doc: doc.update_feedback(fb.id, rating=1))


def test_an_update_that_overtakes_an_earlier_one_waits_then_applies(
        pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    ben_id, ada_id = ada.contact(ben.name).id, ben.contact(ada.name).id
    workspace.add_goal(ada.vault, ben_id, "First")
    # The first update is lost on the way (its outbox row vanishes before it is sent).
    with ada.vault.db.transaction():
        ada.vault.db.execute("DELETE FROM outbox WHERE kind = 'shared.update'")
    workspace.update_goal(ada.vault, ben_id, "First", progress=10)
    assert ada.sync().complete
    assert ben.sync().complete
    assert workspace.goals(ben.vault, ada_id) == []  # waits: it builds on the lost one
    assert ben.repos.held.count(reason=workspace.WAITING) == 1
    assert ada.sync().complete  # Ben's shared.state tells Ada what is missing; she sends it
    assert ben.sync().complete  # the answer, and then the waiting update, apply at once
    assert ben.repos.held.count(reason=workspace.WAITING) == 0
    (goal,) = workspace.goals(ben.vault, ada_id)
    assert (goal.title, goal.progress) == ("First", 10)
    assert ben.repos.held.count(reason=workspace.WAITING) == 0


def test_large_shared_notes_travel_in_parts(pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    ben_id, ada_id = ada.contact(ben.name).id, ben.contact(ada.name).id
    workspace.add_session(ada.vault, ben_id, at="2027-03-18T09:30", tz="UTC", minutes=60,
                          title="Long notes")
    text = "\n".join(f"line {i}: " + secrets.token_hex(40) for i in range(1500))  # ~130 KB
    workspace.session_notes(ada.vault, ben_id, "Long notes", text, replace_all=True)
    assert ada.repos.outbox.count() >= 3
    _sync(ada, ben)
    assert workspace.find_session(ben.vault, ada_id, "Long notes").notes == text


def test_hostile_shared_update_is_refused_and_messaging_goes_on(
        pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    ben_id = ada.contact(ben.name).id
    ben_identity = ben.repos.identity.get()
    contact = ben.contact(ada.name)
    # Ben's app writes an update claiming Ada created the goal (a forged origin).
    forged = SharedDocument(conversation_between(ben, ada), ada.repos.identity.get()
                            .public.signing_key)
    update = forged.add_goal("Written in Ada's name").update
    assert update is not None
    for body in ({"layout": 1, "update": b64url_encode(update)},
                 {"layout": 1, "update": b64url_encode(b"\xff" * 50)},
                 {"layout": 1, "update": "AA", "extra": 1}):
        content = Content(secrets.token_hex(16), conversation_between(ben, ada), 0,
                          "shared.update", 1_800_000_000_000, body)
        try:
            payload = content.encode()
        except Exception:  # a body our own encoder refuses: send it raw
            payload = json.dumps({"v": 1, "id": content.message_id, "conv": content
                                  .conversation_id, "seq": 0, "kind": "shared.update",
                                  "sent": content.sent_at, "body": body}).encode()
        blob = envelope.seal(payload, ben_identity.signing, ada.repos.identity.get()
                             .public.box_key)
        RelayClient(contact.relay_url or "", requests.Session()).deposit(
            contact.send_id or "", blob, secrets.token_urlsafe(8))
    messaging.send_text(ben.vault, contact.id, "still here")
    _sync(ben, ada)
    assert workspace.goals(ada.vault, ben_id) == []
    assert [m.body for m in messaging.history(ada.vault, ben_id)][-1] == "still here"


def test_an_older_peer_gets_no_shared_envelopes_and_still_messages(
        pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    ben_id = ada.contact(ben.name).id
    with ada.vault.db.transaction():
        ada.repos.contacts.set_capabilities(ben_id, sorted(CAPS_1_0))
    before = ada.repos.outbox.count()
    workspace.add_goal(ada.vault, ben_id, "Kept until Ben's app can take it")
    assert ada.repos.outbox.count() == before  # nothing queued for a 1.0 peer
    messaging.send_text(ada.vault, ben_id, "hello from a newer app")
    _sync(ada, ben)
    assert [m.body for m in messaging.history(ben.vault, ben.contact(ada.name).id)][-1] == \
        "hello from a newer app"
    assert workspace.goals(ben.vault, ben.contact(ada.name).id) == []


def _dump(p: Participant) -> list[str]:
    """Every row of every table of a decrypted vault, as text."""
    db = p.vault.db
    tables = [r[0] for r in db.all("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return [repr(row) for table in tables for row in db.all(f'SELECT * FROM "{table}"')]


def test_the_panel_overview_follows_the_relationship(
        pair: tuple[Participant, Participant]) -> None:
    """Stage, reminders and the next step move as the relationship does, for each side."""
    ada, ben = pair
    ben_id, ada_id = ada.contact(ben.name).id, ben.contact(ada.name).id
    first = workspace.overview(ben.vault, ada_id)
    assert first.stage == rhythm.Stage.FIRST_CONTACT
    assert first.next_step.action == rhythm.Action.WRITE_MESSAGE  # the mentee writes first
    messaging.send_text(ben.vault, ada_id, "Hello Ada, I would like to learn Rust.")
    workspace.propose_agreement(ada.vault, ben_id, cadence="weekly", channels=["async"],
                                until="2030-06-30")
    _sync(ada, ben)
    proposed = workspace.overview(ben.vault, ada_id)
    assert proposed.stage == rhythm.Stage.AGREEMENT
    assert proposed.next_step.action == rhythm.Action.SIGN_AGREEMENT
    assert workspace.overview(ada.vault, ben_id).next_step.action != \
        rhythm.Action.SIGN_AGREEMENT  # the proposer waits
    workspace.sign_agreement(ben.vault, ada_id)
    _sync(ben, ada)
    working = workspace.overview(ben.vault, ada_id)
    assert working.stage == rhythm.Stage.WORKING
    assert working.next_step.action in (rhythm.Action.ADD_GOAL,
                                        rhythm.Action.SCHEDULE_SESSION)
    workspace.set_relationship_state(ben.vault, ada_id, "completed", "goals met")
    assert workspace.overview(ben.vault, ada_id).stage == rhythm.Stage.CLOSING


def test_a_vault_restored_from_an_older_backup_takes_back_its_later_records(
        pair: tuple[Participant, Participant], tmp_path: Path) -> None:
    """Ada restores a backup made before she added a goal; Ben still holds it (and his edit of
    it). Her restored vault asks, takes back what she wrote, and nothing stays waiting."""
    ada, ben = pair
    ben_id, ada_id = ada.contact(ben.name).id, ben.contact(ada.name).id
    workspace.add_goal(ada.vault, ben_id, "Before the backup")
    _sync(ada, ben)
    backup_file = tmp_path / "ada.backup"
    create_backup(ada.vault, backup_file, PASSPHRASE)
    workspace.add_goal(ada.vault, ben_id, "After the backup", due="2027-09-30")
    workspace.update_goal(ada.vault, ben_id, "Before the backup", progress=20)
    _sync(ada, ben)
    workspace.update_goal(ben.vault, ada_id, "After the backup", progress=60)  # builds on it
    ada.vault.close()
    restored_home = Home(tmp_path / "ada-restored")
    restore_backup(backup_file, restored_home, PASSPHRASE)
    ada.vault = Vault.open(restored_home, PASSPHRASE)
    assert _goal_titles(ada, ben) == ["Before the backup"]
    _sync(ada, ben, ben, ada)
    goals = {g.title: g for g in workspace.goals(ada.vault, ben_id)}
    assert sorted(goals) == ["After the backup", "Before the backup"]
    assert goals["After the backup"].progress == 60 and goals["Before the backup"].progress == 20
    assert goals["After the backup"].by_me
    assert ada.repos.held.count(reason=workspace.WAITING) == 0
    # The recovery is over: Ben can no longer write in Ada's name.
    assert ada.repos.settings.get(workspace.RECOVERY_KEY) is None


def test_one_vault_writes_with_one_client_id(pair: tuple[Participant, Participant]) -> None:
    """Each edit loads the document again; the vault keeps its client id, so the state vector
    (what `shared.state` carries, at most 6,000 bytes) does not grow with every edit."""
    ada, ben = pair
    ben_id = ada.contact(ben.name).id
    workspace.add_goal(ada.vault, ben_id, "Counted")
    for progress in range(1, 41):
        workspace.update_goal(ada.vault, ben_id, "Counted", progress=progress)
    stored = ada.repos.shared.get(ben_id)
    assert stored is not None
    doc = SharedDocument(stored.conversation_id, ada.repos.identity.get().public.signing_key,
                         stored.document)
    assert len(decode_state(doc.state())) == 1


def test_an_agreement_signed_before_a_key_change_stays_signed(
        pair: tuple[Participant, Participant], relay_url: str) -> None:
    """Ben's signature was made with the key he had then; after Ada accepts his new key (with
    the new safety number), the agreement is still signed by both, not 'proposed'."""
    ada, ben = pair
    ben_id, ada_id = ada.contact(ben.name).id, ben.contact(ada.name).id
    workspace.propose_agreement(ada.vault, ben_id, cadence="weekly", channels=["chat"],
                                until="2030-01-31")
    _sync(ada, ben)
    workspace.sign_agreement(ben.vault, ada_id)
    _sync(ben, ada)
    assert workspace.records(ada.vault, ben_id).agreement.status == "signed"
    new = Identity.generate()
    RelayClient(relay_url, requests.Session()).deposit(
        ben.contact(ada.name).send_id or "", rekey_envelope(ben, ada, new), "rekey-1")
    assert ada.sync().complete
    flagged = ada.contact(ben.name)
    assert flagged.key_change_pending
    contacts.accept_key_change(ada.vault, ben_id,
                               contacts.safety_number(ada.vault, flagged, pending=True))
    after = workspace.records(ada.vault, ben_id).agreement
    assert after.status == "signed" and not after.tampered


def test_local_edits_are_checked_before_anything_is_stored(
        pair: tuple[Participant, Participant]) -> None:
    ada, ben = pair
    ben_id = ada.contact(ben.name).id
    workspace.add_goal(ada.vault, ben_id, "Mine alone", private=True)
    with pytest.raises(UsageError, match="milestone needs a title"):
        workspace.update_goal(ada.vault, ben_id, "Mine alone", milestone="  ")
    workspace.update_goal(ada.vault, ben_id, "Mine alone", milestone="Step", title="Mine\nalone")
    workspace.update_goal(ada.vault, ben_id, "Mine alone", done_milestone="Step")
    workspace.update_goal(ada.vault, ben_id, "Mine alone", done_milestone="Step")  # again
    goal = workspace.find_goal(ada.vault, ben_id, "Mine alone")
    assert goal.title == "Mine alone"  # the line break flattened, as in a shared goal
    assert [h.get("set") for h in goal.history if h.get("milestone")] == \
        [{"title": "Step", "done": False}, {"done": True}]  # ticked once, recorded once
    with pytest.raises(UsageError, match="date and time"):
        workspace.add_session(ada.vault, ben_id, at="2027-03-28", tz="UTC", minutes=30,
                              title="No time given")
    with pytest.raises(UsageError, match="too long"):
        workspace.add_private_note(ada.vault, ben_id, "x" * (workspace.MAX_NOTE_BYTES + 1))
    with pytest.raises(UsageError, match="too long"):
        workspace.answer_pulse(ada.vault, ben_id, 4, {"useful": "y" * 2001})
    assert workspace.private_feedback(ada.vault, ben_id) == []


def test_concurrent_offline_edits_of_the_agreement_draft_converge(
        pair: tuple[Participant, Participant]) -> None:
    """Both edit the draft offline: different terms both survive; the same term ends the same on
    both sides (one of the two values); then a proposal carries the merged terms."""
    ada, ben = pair
    ben_id, ada_id = ada.contact(ben.name).id, ben.contact(ada.name).id
    workspace.edit_draft(ada.vault, ben_id, cadence="weekly", until="2027-06-30")
    _sync(ada, ben)
    workspace.edit_draft(ada.vault, ben_id, cadence="fortnightly", channels=["async"])
    workspace.edit_draft(ben.vault, ada_id, cadence="monthly", response_hours=48,
                         goals=["Ship a Rust crate"])
    _sync(ada, ben)
    a = workspace.records(ada.vault, ben_id).agreement.draft
    b = workspace.records(ben.vault, ada_id).agreement.draft
    assert a == b
    assert (a["channels"], a["response_hours"], a["goals"], a["end"]) == \
        (["async"], 48, ["Ship a Rust crate"], "2027-06-30")
    assert a["cadence"] in ("fortnightly", "monthly")
    workspace.propose_agreement(ben.vault, ada_id)
    _sync(ben, ada)
    proposed = workspace.records(ada.vault, ben_id).agreement.current
    assert proposed is not None and proposed.terms == a


def test_signatures_are_verified_on_every_read(pair: tuple[Participant, Participant],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    ada, ben = pair
    ben_id = ada.contact(ben.name).id
    workspace.propose_agreement(ada.vault, ben_id, cadence="weekly", channels=["chat"],
                                until="2030-01-31")
    calls: list[bytes] = []
    original = shared.verify_detached

    def counting(key: bytes, message: bytes, signature: bytes) -> bool:
        calls.append(key)
        return original(key, message, signature)

    monkeypatch.setattr(shared, "verify_detached", counting)
    for _ in range(3):  # the same stored bytes: parsed once, verified each time
        assert workspace.records(ada.vault, ben_id).agreement.current is not None
    assert len(calls) == 3


def test_records_written_before_the_connection_is_confirmed_arrive(
        make_participant: Callable[..., Participant], relay_url: str) -> None:
    """Ben accepts Ada's invite and, before her app has confirmed it, proposes an agreement and
    adds a goal (the app lets him): they reach Ada once the connection is confirmed."""
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee", Role.MENTEE)
    code = contacts.create_invite(ada.vault, relay_url, ada.session)
    contacts.accept_invite(ben.vault, code, ben.session)
    ada_id = ben.contact(ada.name).id
    workspace.add_goal(ben.vault, ada_id, "Written before the welcome")
    workspace.propose_agreement(ben.vault, ada_id, cadence="weekly", channels=["chat"],
                                until="2030-01-31")
    _sync(ben, ada, rounds=4)
    ben_id = ada.contact(ben.name).id
    assert _goal_titles(ada, ben) == ["Written before the welcome"]
    assert workspace.records(ada.vault, ben_id).agreement.status == "proposed"


def test_a_flood_of_shared_states_gets_one_answer(
        pair: tuple[Participant, Participant]) -> None:
    """Ben's app (or anyone holding his key) sends twenty `shared.state`, each with another
    vector: Ada answers once, not with her whole document twenty times."""
    ada, ben = pair
    ben_id = ada.contact(ben.name).id
    workspace.add_session(ada.vault, ben_id, at="2027-03-18T09:30", tz="UTC", minutes=60,
                          title="Long notes")
    workspace.session_notes(ada.vault, ben_id, "Long notes", "x" * 100_000, replace_all=True)
    _sync(ada, ben)
    ben_identity = ben.repos.identity.get()
    contact = ben.contact(ada.name)
    client = RelayClient(contact.relay_url or "", requests.Session())
    for n in range(20):
        state = bytes([1, n + 1, 0])  # "I hold nothing of client n+1": a new vector each time
        content = Content(secrets.token_hex(16), conversation_between(ben, ada), 0,
                          "shared.state", 1_800_000_000_000,
                          {"layout": 1, "state": b64url_encode(state)})
        blob = envelope.seal(content.encode(), ben_identity.signing,
                             ada.repos.identity.get().public.box_key)
        client.deposit(contact.send_id or "", blob, secrets.token_urlsafe(8))
    assert ada.sync().complete  # the flood arrives; the answers go out
    report = ben.sync()  # what reached Ben: one answer (in its parts), not twenty
    assert report.complete and report.controls <= 4, report.controls  # 100 KB: 3 parts
    (session,) = workspace.records(ben.vault, ben.contact(ada.name).id).sessions
    assert len(session.notes) == 100_000  # and the one answer carried everything


def test_an_edit_right_after_a_restore_writes_with_a_fresh_client_id(
        pair: tuple[Participant, Participant], tmp_path: Path) -> None:
    """Editing a restored vault before its first sync must not reuse a clock the original
    already sent (the peer would think it already has that edit)."""
    ada, ben = pair
    ben_id = ada.contact(ben.name).id
    workspace.add_goal(ada.vault, ben_id, "Before the backup")
    _sync(ada, ben)
    backup_file = tmp_path / "ada.backup"
    create_backup(ada.vault, backup_file, PASSPHRASE)
    workspace.update_goal(ada.vault, ben_id, "Before the backup", progress=10)
    _sync(ada, ben)
    ada.vault.close()
    restored_home = Home(tmp_path / "ada-restored")
    restore_backup(backup_file, restored_home, PASSPHRASE)
    ada.vault = Vault.open(restored_home, PASSPHRASE)
    workspace.add_goal(ada.vault, ben_id, "Right after the restore")  # before any sync
    _sync(ada, ben, ben, ada)
    assert "Right after the restore" in _goal_titles(ben, ada)
    assert sorted(_goal_titles(ada, ben)) == ["Before the backup", "Right after the restore"]
    assert workspace.find_goal(ada.vault, ben_id, "Before the backup").progress == 10
