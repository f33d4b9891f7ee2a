"""Shared records (docs/protocol.md Part 3): two replicas that edit offline and exchange updates
in any order, with duplicates, converge with nothing lost; hostile updates are refused and
leave the replica unchanged; the document's vectors are read from the file and checked."""

from __future__ import annotations

import base64
import json
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest
import rfc8785
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pycrdt import Array, Doc, Map

from ementor_desktop.crypto.identity import Identity
from ementor_desktop.crypto.signing import sign_detached, verify_detached
from ementor_desktop.domain.shared import (
    LocalEditRefused,
    MissingUpdates,
    SharedDocument,
    UpdateRefused,
    decode_state,
)
from ementor_desktop.protocol import shared_schema as schema

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"


def _part_3() -> str:
    text = DOC.read_text(encoding="utf-8")
    end = text.find("# Part 4")
    return text[text.index("# Part 3"):end if end > 0 else None]


ADA = Identity(bytes(range(32)), bytes(range(32, 64)))
BEN = Identity(bytes(range(64, 96)), bytes(range(96, 128)))
ADA_KEY = ADA.public.signing_key
BEN_KEY = BEN.public.signing_key
CONV = "8354c97f7e8226addc87e6dbf542a963"
T0 = 1767225600000


def _ids(prefix: str) -> Callable[[], str]:
    counter = iter(range(1, 10**6))
    return lambda: f"{prefix}{next(counter):030x}"


def _clock(start: int) -> Callable[[], int]:
    counter = iter(range(10**9))
    return lambda: start + 1000 * next(counter)


def _pair() -> tuple[SharedDocument, SharedDocument]:
    ada = SharedDocument(CONV, ADA_KEY, client_id=1, clock=_clock(T0), new_id=_ids("a0"))
    ben = SharedDocument(CONV, BEN_KEY, client_id=2, clock=_clock(T0 + 500), new_id=_ids("b0"))
    return ada, ben


def _exchange(a: SharedDocument, b: SharedDocument) -> None:
    """The state-vector handshake both ways: each sends what the other lacks."""
    b.apply_remote(a.update_since(b.state()), [ADA_KEY])
    a.apply_remote(b.update_since(a.state()), [BEN_KEY])


def _plain(replica: SharedDocument) -> Any:
    return msgspec.to_builtins(replica.document())


# -- convergence --------------------------------------------------------------------------------

class _Replica:
    """One side of the property test: the document, the updates it sent, and the history
    entries it wrote (which must all survive)."""

    def __init__(self, doc: SharedDocument, key: bytes, identity: Identity) -> None:
        self.doc, self.key, self.identity = doc, key, identity
        self.sent: list[bytes] = []
        self.written: Counter[bytes] = Counter()
        self.tokens: list[str] = []

    def record(self, action: Callable[[], Any]) -> None:
        before = self.doc.document()
        try:
            edit = action()
        except LocalEditRefused:
            return
        if edit.update is not None:
            self.sent.append(edit.update)
        after = self.doc.document()
        for entry in _history_entries(after) - _history_entries(before):
            self.written[entry] += 1


def _history_entries(doc: schema.Document) -> Counter[bytes]:
    found: Counter[bytes] = Counter()
    for records in (doc.goals, doc.actions, doc.sessions):
        for record_id, record in records.items():
            for change in record.history:
                found[record_id.encode() + msgspec.json.encode(change, order="sorted")] += 1
    return found


def _random_edit(rng: random.Random, me: _Replica) -> None:
    doc = me.doc.document()
    goals, sessions = sorted(doc.goals), sorted(doc.sessions)
    mine = [g for g in goals if doc.goals[g].by == me.key.hex()]
    choice = rng.randrange(11)
    if choice == 0 or not goals:
        me.record(lambda: me.doc.add_goal(f"goal {rng.randrange(99)}", due="2027-06-30"))
    elif choice == 1:
        gid = rng.choice(goals)
        me.record(lambda: me.doc.update_goal(gid, progress=rng.randrange(101)))
    elif choice == 2:
        gid = rng.choice(goals)
        me.record(lambda: me.doc.update_goal(gid, title=f"t{rng.randrange(9)}",
                                             status=rng.choice(["active", "paused"])))
    elif choice == 3:
        gid = rng.choice(goals)
        me.record(lambda: me.doc.add_milestone(gid, f"m{rng.randrange(9)}"))
    elif choice == 4:
        gid = rng.choice(goals)
        if doc.goals[gid].milestones:
            mid = rng.choice(sorted(doc.goals[gid].milestones))
            me.record(lambda: me.doc.update_milestone(gid, mid, done=rng.random() < 0.5))
    elif choice == 5 and mine:
        gid = rng.choice(mine)
        me.record(lambda: me.doc.delete_goal(gid) if rng.random() < 0.7
                  else me.doc.restore_goal(gid))
    elif choice == 6:
        me.record(lambda: me.doc.add_action(f"do {rng.randrange(9)}", goal=rng.choice(goals)))
    elif choice == 7 or (choice == 8 and not sessions):
        me.record(lambda: me.doc.add_session("Talk", start="2027-03-28T09:30",
                                             tz="Europe/Berlin", minutes=45))
    elif choice == 8:
        sid = rng.choice(sessions)
        old = doc.sessions[sid].notes
        token = f"<{me.key.hex()[:4]}{len(me.tokens)}>"
        # Between tokens, never inside one (a token split by another is not lost, but would not
        # be found by `in`).
        cut = rng.choice([0] + [i + 1 for i, c in enumerate(old) if c == ">"])
        me.tokens.append(token)
        me.record(lambda: me.doc.edit_notes(sid, old[:cut] + token + old[cut:]))
    elif choice == 9:
        me.record(lambda: me.doc.edit_draft(cadence=rng.choice(["weekly", "monthly"]),
                                            response_hours=rng.randrange(1, 72)))
    else:
        if doc.versions and rng.random() < 0.6:
            me.record(lambda: me.doc.sign(me.identity))
        else:
            me.record(lambda: me.doc.propose())


def _deliver(rng: random.Random, updates: list[bytes], to: SharedDocument, sender: bytes) -> None:
    """Apply `updates` in a random order with duplicates; an update that builds on one not yet
    applied is kept and tried again (as the inbox keeps a held envelope)."""
    queue = updates + rng.sample(updates, k=len(updates) // 2)
    rng.shuffle(queue)
    for _ in range(len(queue) + 1):
        held = []
        for update in queue:
            try:
                to.apply_remote(update, [sender])
            except MissingUpdates:
                held.append(update)
        if not held:
            return
        queue = held
    raise AssertionError("updates never became applicable")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32), steps=st.integers(1, 24), syncs=st.integers(0, 4))
def test_offline_edits_delivered_in_any_order_converge_with_nothing_lost(
        seed: int, steps: int, syncs: int) -> None:
    rng = random.Random(seed)
    a_doc, b_doc = _pair()
    ada, ben = _Replica(a_doc, ADA_KEY, ADA), _Replica(b_doc, BEN_KEY, BEN)
    delivered = {id(ada): 0, id(ben): 0}
    for step in range(steps):
        _random_edit(rng, rng.choice([ada, ben]))
        if syncs and step % (steps // syncs + 1) == 0:  # some edits meet before the end
            for src, dst in ((ada, ben), (ben, ada)):
                _deliver(rng, src.sent[delivered[id(src)]:], dst.doc, src.key)
                delivered[id(src)] = len(src.sent)
    # Everything each sent reaches the other, in any order, some twice.
    _deliver(rng, ada.sent, ben.doc, ADA_KEY)
    _deliver(rng, ben.sent, ada.doc, BEN_KEY)
    assert _plain(ada.doc) == _plain(ben.doc)
    final = _history_entries(ada.doc.document())
    assert final == ada.written + ben.written  # every change either wrote, and no other
    notes = "".join(s.notes for s in ada.doc.document().sessions.values())
    for token in ada.tokens + ben.tokens:
        assert token in notes
    # A reloaded replica is the same document, and a state-vector exchange changes nothing.
    again = SharedDocument(CONV, ADA_KEY, ada.doc.dump())
    assert _plain(again) == _plain(ada.doc)
    _exchange(ada.doc, ben.doc)
    assert _plain(ada.doc) == _plain(ben.doc)
    assert ada.doc.records(theirs=[BEN_KEY]).agreement.status == \
        ben.doc.records(theirs=[ADA_KEY]).agreement.status


def test_a_late_update_is_held_until_what_it_builds_on_arrives() -> None:
    ada, ben = _pair()
    first = ada.add_goal("Learn Rust")
    second = ada.update_goal(first.record_id or "", progress=10)
    assert second.update is not None and first.update is not None
    before = ben.dump()
    with pytest.raises(MissingUpdates):
        ben.apply_remote(second.update, [ADA_KEY])
    assert ben.dump() == before
    ben.apply_remote(first.update, [ADA_KEY])
    ben.apply_remote(second.update, [ADA_KEY])
    assert ben.records().goals[0].progress == 10


def test_concurrent_edits_of_one_field_keep_both_in_the_history() -> None:
    ada, ben = _pair()
    goal = ada.add_goal("Learn Rust")
    _exchange(ada, ben)
    gid = goal.record_id or ""
    ada.update_goal(gid, progress=30)
    ben.update_goal(gid, progress=50)
    _exchange(ada, ben)
    assert _plain(ada) == _plain(ben)
    history = ada.records().goals[0].progress_history()
    assert sorted(c.values["progress"] for c in history) == [0, 30, 50]


def test_deleting_is_a_tombstone_only_the_author_sets() -> None:
    ada, ben = _pair()
    goal = ada.add_goal("Learn Rust")
    _exchange(ada, ben)
    gid = goal.record_id or ""
    with pytest.raises(LocalEditRefused):
        ben.delete_goal(gid)
    ben.update_goal(gid, progress=40)  # concurrent with the deletion: kept inside the tombstone
    ada.delete_goal(gid)
    _exchange(ada, ben)
    view = ben.records().goals[0]
    assert view.deleted and view.progress == 40 and _plain(ada) == _plain(ben)
    ada.restore_goal(gid)
    _exchange(ada, ben)
    assert not ben.records().goals[0].deleted


# -- hostile updates ----------------------------------------------------------------------------

def _forge(victim: SharedDocument, mutate: Callable[[Doc], None], client_id: int = 2) -> bytes:
    """An update made by a peer that writes straight into a copy of the victim's document."""
    doc: Doc = Doc(client_id=client_id)
    doc.apply_update(victim.update_since())
    state = doc.get_state()
    with doc.transaction():
        mutate(doc)
    return doc.get_update(state)


@pytest.fixture
def shared() -> tuple[SharedDocument, str, str]:
    """Ada's replica with her goal (with a milestone) and her session, known to Ben."""
    ada, _ = _pair()
    goal = ada.add_goal("Learn Rust")
    ada.add_milestone(goal.record_id or "", "Read the book")
    session = ada.add_session("Kick-off", start="2027-03-28T09:30", tz="Europe/Berlin",
                              minutes=45)
    return ada, goal.record_id or "", session.record_id or ""


def _goals(doc: Doc) -> Map:
    return doc.get(schema.ROOT_GOALS, type=Map)


def _change(**values: Any) -> dict[str, Any]:
    return {"at": T0, "by": BEN_KEY.hex(), "set": values}


HOSTILE: dict[str, tuple[str, Callable[[Doc, str, str], None]]] = {
    "wrong type": ("schema", lambda d, g, s: _goals(d)[g].__setitem__("progress", "fifty")),
    "wrong type with history": ("schema", lambda d, g, s: (
        _goals(d)[g].__setitem__("progress", "fifty"),
        _goals(d)[g]["history"].append(_change(progress="fifty")))),
    "a fraction": ("schema", lambda d, g, s: (
        _goals(d)[g].__setitem__("progress", 12.5),
        _goals(d)[g]["history"].append(_change(progress=12.5)))),
    "unknown field": ("schema", lambda d, g, s: _goals(d)[g].__setitem__("owner", "me")),
    "unknown root": ("schema", lambda d, g, s: d.get("secrets", type=Map).__setitem__("a", 1)),
    "record id not hex": ("schema", lambda d, g, s: _goals(d).__setitem__("x", Map({
        "by": BEN_KEY.hex(), "at": T0, "title": "t", "status": "active", "progress": 0,
        "history": Array([_change(title="t")]), "milestones": Map()}))),
    "forged origin": ("forged origin", lambda d, g, s: _goals(d).__setitem__("ab" * 16, Map({
        "by": ADA_KEY.hex(), "at": T0, "title": "t", "status": "active", "progress": 0,
        "history": Array([{**_change(title="t"), "by": ADA_KEY.hex()}]),
        "milestones": Map()}))),
    "history in another's name": ("forged origin", lambda d, g, s: (
        _goals(d)[g].__setitem__("progress", 99),
        _goals(d)[g]["history"].append({**_change(progress=99), "by": ADA_KEY.hex()}))),
    "change without history": ("unrecorded change",
                               lambda d, g, s: _goals(d)[g].__setitem__("title", "Mine now")),
    "history rewritten": ("history rewritten", lambda d, g, s: _goals(d)[g]["history"].pop()),
    "record removed": ("record removed", lambda d, g, s: _goals(d).pop(g)),
    # (its history entries then name a milestone that is not there: refused by the layout)
    "milestone removed": ("schema", lambda d, g, s: _goals(d)[g]["milestones"].pop(
        next(iter(_goals(d)[g]["milestones"].keys())))),
    "deleting another's record": ("not the author", lambda d, g, s: (
        _goals(d)[g].__setitem__("deleted", T0),
        _goals(d)[g]["history"].append(_change(deleted=T0)))),
    "author changed": ("immutable field changed",
                       lambda d, g, s: _goals(d)[g].__setitem__("by", BEN_KEY.hex())),
    "notes replaced by a string": ("schema", lambda d, g, s: d.get(
        schema.ROOT_SESSIONS, type=Map)[s].__setitem__("notes", "plain")),
    "formatted notes": ("schema", lambda d, g, s: d.get(
        schema.ROOT_SESSIONS, type=Map)[s]["notes"].insert(0, "x", {"bold": True})),
    "huge notes": ("schema", lambda d, g, s: d.get(
        schema.ROOT_SESSIONS, type=Map)[s]["notes"].insert(0, "x" * (schema.MAX_NOTES_BYTES
                                                                    + 1))),
    "bidi override": ("schema", lambda d, g, s: (
        _goals(d)[g].__setitem__("title", "a\u202eb"),
        _goals(d)[g]["history"].append(_change(title="a\u202eb")))),
    "too many goals": ("too many records", lambda d, g, s: [
        _goals(d).__setitem__(f"{i:032x}", Map({
            "by": BEN_KEY.hex(), "at": T0, "title": "t", "status": "active", "progress": 0,
            "history": Array([_change(title="t", status="active", progress=0)]),
            "milestones": Map()})) for i in range(schema.MAX_GOALS)]),
    "a signature by someone else": ("forged origin", lambda d, g, s: (
        d.get(schema.ROOT_VERSIONS, type=Array).append(
            {"id": "cd" * 16, "by": BEN_KEY.hex(), "at": T0, "terms": {}}),
        d.get(schema.ROOT_SIGNATURES, type=Array).append(
            {"version": "cd" * 16, "signer": ADA_KEY.hex(), "at": T0, "sig": "00" * 64}))),
    "a bad signature": ("bad signature", lambda d, g, s: (
        d.get(schema.ROOT_VERSIONS, type=Array).append(
            {"id": "cd" * 16, "by": BEN_KEY.hex(), "at": T0, "terms": {}}),
        d.get(schema.ROOT_SIGNATURES, type=Array).append(
            {"version": "cd" * 16, "signer": BEN_KEY.hex(), "at": T0, "sig": "00" * 64}))),
    "a version in another's name": ("forged origin", lambda d, g, s: d.get(
        schema.ROOT_VERSIONS, type=Array).append(
            {"id": "cd" * 16, "by": ADA_KEY.hex(), "at": T0, "terms": {}})),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_updates_are_refused_and_change_nothing(
        shared: tuple[SharedDocument, str, str], name: str) -> None:
    ada, goal_id, session_id = shared
    reason, mutate = HOSTILE[name]
    update = _forge(ada, lambda d: mutate(d, goal_id, session_id))
    before = ada.dump()
    with pytest.raises(UpdateRefused) as refused:
        ada.apply_remote(update, [BEN_KEY])
    assert refused.value.reason == reason
    assert ada.dump() == before


def test_an_honest_edit_through_the_same_forge_is_accepted(
        shared: tuple[SharedDocument, str, str]) -> None:
    """The hostile cases fail for their one reason: the same path with a proper change works."""
    ada, goal_id, _ = shared
    update = _forge(ada, lambda d: (_goals(d)[goal_id].__setitem__("progress", 20),
                                    _goals(d)[goal_id]["history"].append(_change(progress=20))))
    assert ada.apply_remote(update, [BEN_KEY])
    assert ada.records().goals[0].progress == 20


def test_items_in_the_receivers_own_name_are_refused(
        shared: tuple[SharedDocument, str, str]) -> None:
    ada, goal_id, _ = shared
    update = _forge(ada, lambda d: (_goals(d)[goal_id].__setitem__("progress", 20),
                                    _goals(d)[goal_id]["history"].append(_change(progress=20))),
                    client_id=1)  # Ada's own Yjs client id
    before = ada.dump()
    with pytest.raises(UpdateRefused, match="forged origin"):
        ada.apply_remote(update, [BEN_KEY])
    assert ada.dump() == before


@pytest.mark.parametrize("blob", [b"", b"\x00", b"\xff" * 64, bytes(range(256)),
                                  b"\x01\x01\x02\x00\x28" + b"\xff" * 20])
def test_garbage_is_refused(shared: tuple[SharedDocument, str, str], blob: bytes) -> None:
    ada, _, _ = shared
    before = ada.dump()
    with pytest.raises((UpdateRefused, MissingUpdates)):
        ada.apply_remote(blob, [BEN_KEY])
    assert ada.dump() == before


def test_an_oversized_update_is_refused_before_decoding(
        shared: tuple[SharedDocument, str, str]) -> None:
    ada, _, _ = shared
    with pytest.raises(UpdateRefused, match="too large"):
        ada.apply_remote(b"\x00" * (schema.MAX_UPDATE_BYTES + 1), [BEN_KEY])


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_mutated_updates_are_applied_whole_or_refused_whole(data: st.DataObject) -> None:
    """Bit flips, cuts and splices of a real update of the right size (they reach the decoder and
    the checks, not only the first length test): the replica either takes a valid document or
    stays exactly as it was."""
    ada, ben = _pair()
    ada.add_goal("Learn Rust")
    _exchange(ada, ben)
    gid = ada.records().goals[0].id
    edit = ben.update_goal(gid, progress=50, title="Learn Rust well")
    assert edit.update is not None
    blob = bytearray(edit.update)
    for _ in range(data.draw(st.integers(1, 4))):
        where = data.draw(st.integers(0, len(blob) - 1))
        blob[where] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        blob = blob[:data.draw(st.integers(0, len(blob)))]
    before = ada.dump()
    try:
        ada.apply_remote(bytes(blob), [BEN_KEY])
    except (UpdateRefused, MissingUpdates):
        assert ada.dump() == before
    else:
        ada.document()  # whatever was taken is a valid document


def test_local_edits_obey_the_same_limits() -> None:
    ada, _ = _pair()
    with pytest.raises(LocalEditRefused):
        ada.add_goal("x" * 301)
    with pytest.raises(LocalEditRefused):
        ada.add_goal("   ")
    with pytest.raises(LocalEditRefused):
        ada.add_session("Talk", start="2027-03-28T09:30", tz="Mars/Olympus", minutes=45)
    with pytest.raises(LocalEditRefused):
        ada.edit_draft(channels=["video", "video"])
    assert ada.add_goal("a\u202e\x07b").record_id  # a person's own input is cleaned instead
    assert ada.records().goals[0].title == "ab"


def test_a_tampered_signature_is_flagged_on_every_view() -> None:
    ada, ben = _pair()
    ada.edit_draft(cadence="weekly")
    ada.propose()
    _exchange(ada, ben)
    ben.sign(BEN)
    ada.sign(ADA)
    _exchange(ada, ben)
    assert ada.records(theirs=[BEN_KEY]).agreement.status == "signed"
    stored = json.loads(ada.dump())
    # Someone edits the vault: Ben's signature is swapped for garbage in Ada's copy.
    doc: Doc = Doc(client_id=99)
    doc.apply_update(ada.update_since())
    with doc.transaction():
        signatures = doc.get(schema.ROOT_SIGNATURES, type=Array)
        index = next(i for i, s in enumerate(signatures) if s["signer"] == BEN_KEY.hex())
        entry = dict(signatures[index])
        del signatures[index]
        signatures.append({**entry, "sig": "11" * 64})
    stored["doc"] = base64.b64encode(doc.get_update()).decode()
    tampered = SharedDocument(CONV, ADA_KEY, json.dumps(stored).encode())
    agreement = tampered.records(theirs=[BEN_KEY]).agreement
    assert agreement.tampered and agreement.status == "proposed"
    assert [s.valid for s in agreement.versions[0].signatures if not s.by_me] == [False]


def test_a_new_proposal_after_signing_keeps_the_signed_one_in_force() -> None:
    ada, ben = _pair()
    ada.edit_draft(cadence="weekly")
    first = ada.propose()
    _exchange(ada, ben)
    ben.sign(BEN)
    ada.sign(ADA)
    ben.edit_draft(cadence="fortnightly")
    ben.propose()
    _exchange(ada, ben)
    agreement = ada.records(theirs=[BEN_KEY]).agreement
    assert agreement.status == "proposed"
    assert agreement.in_force is not None and agreement.in_force.id == first.record_id
    assert [v.terms["cadence"] for v in agreement.versions] == ["weekly", "fortnightly"]


# -- bodies -------------------------------------------------------------------------------------

def test_large_updates_travel_in_parts_that_join_in_any_order() -> None:
    update = bytes(random.Random(1).randbytes(schema.MAX_PART_BYTES * 2 + 7))
    parts = schema.split_update(update, "ef" * 16)
    assert [p.part for p in parts] == [1, 2, 3] and {p.parts for p in parts} == {3}
    for body in parts:
        raw = msgspec.to_builtins(body)
        assert schema.parse_body(schema.KIND_UPDATE, raw) == body
        assert len(json.dumps(raw)) < 61_000
    assert schema.join_parts([parts[2], parts[0], parts[1], parts[0]]) == update
    with pytest.raises(schema.SchemaError, match="missing parts"):
        schema.join_parts(parts[:2])
    whole = schema.split_update(b"\x00\x00", "ef" * 16)
    assert len(whole) == 1 and whole[0].set is None
    for bad in ({"layout": 1, "update": "AAA", "part": 1},
                {"layout": 1, "update": "AA=="},
                {"layout": 1, "update": "AAAA", "extra": 1},
                {"layout": 0, "update": "AAAA"}):
        with pytest.raises(schema.SchemaError):
            parsed = schema.parse_body(schema.KIND_UPDATE, bad)
            assert isinstance(parsed, schema.SharedUpdateBody)
            parsed.update_bytes()


def test_a_malformed_state_vector_is_refused() -> None:
    ada, _ = _pair()
    ada.add_goal("Learn Rust")
    for bad in (b"", b"\x02\x01", b"\x80", b"\xff" * 11):
        with pytest.raises(schema.SchemaError):
            ada.update_since(bad)


# -- the document's vectors -----------------------------------------------------------------------

def _blocks() -> dict[str, dict[str, str]]:
    text = _part_3()
    found = {}
    for block in re.findall(r"<!-- vector -->\n```\n(.*?)```", text, re.DOTALL):
        fields = {}
        for line in block.splitlines():
            name, _, value = line.partition(":")
            fields[name] = value[1:] if value.startswith(" ") else value
        found[fields["vector"]] = fields
    return found


def vector_scenario() -> dict[str, Any]:
    """The edits behind the vectors (fixed keys, client ids, clocks and ids)."""
    ada = SharedDocument(CONV, ADA_KEY, client_id=1, clock=lambda: T0,
                         new_id=lambda: "000102030405060708090a0b0c0d0e0f")
    ben = SharedDocument(CONV, BEN_KEY, client_id=2, clock=lambda: T0 + 1000,
                         new_id=lambda: "101112131415161718191a1b1c1d1e1f")
    goal = ada.add_goal("Learn Rust", due="2027-06-30")
    ben.apply_remote(goal.update or b"", [ADA_KEY])
    gid = goal.record_id or ""
    ada_edit = ada.update_goal(gid, progress=30)
    ben_edit = ben.update_goal(gid, progress=50, title="Learn Rust well")
    ada.apply_remote(ben_edit.update or b"", [BEN_KEY])
    ben.apply_remote(ada_edit.update or b"", [ADA_KEY])
    return {"ada": ada, "ben": ben, "goal": goal.update, "ada_edit": ada_edit.update,
            "ben_edit": ben_edit.update}


TERMS = {"cadence": "weekly", "channels": ["async", "video"], "end": "2027-06-30",
         "goals": ["Ship a Rust crate", "Café ☕ talks"], "response_hours": 48,
         "start": "2027-01-04"}
VERSION_ID = "202122232425262728292a2b2c2d2e2f"


def test_the_document_has_the_vectors() -> None:
    assert {"goal-created", "concurrent-edits", "agreement"} <= set(_blocks())


def test_goal_vector() -> None:
    v = _blocks()["goal-created"]
    scenario = vector_scenario()
    # Encoding is not byte-stable (y-crdt writes the keys of a plain map value in hash order),
    # so the vector is read, and the same edits made now must read the same.
    again = SharedDocument(CONV, BEN_KEY, client_id=8)
    again.apply_remote(scenario["goal"], [ADA_KEY])
    fresh = SharedDocument(CONV, BEN_KEY, client_id=7)
    fresh.apply_remote(bytes.fromhex(v["update_hex"]), [bytes.fromhex(v["author"])])
    assert json.dumps(msgspec.to_builtins(fresh.document().goals), sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False) == v["goals_json"]
    assert {str(k): c for k, c in decode_state(fresh.state()).items()} == \
        json.loads(v["state_vector_json"])
    assert fresh.state().hex() == v["state_vector_hex"] == again.state().hex()
    assert _plain(fresh) == _plain(again)


def test_concurrent_edits_vector() -> None:
    v = _blocks()["concurrent-edits"]
    scenario = vector_scenario()
    expected = v["merged_goals_json"]
    for order in ([v["ada_update_hex"], v["ben_update_hex"]],
                  [v["ben_update_hex"], v["ada_update_hex"], v["ben_update_hex"]]):
        fresh = SharedDocument(CONV, bytes(32), client_id=9)
        fresh.apply_remote(bytes.fromhex(_blocks()["goal-created"]["update_hex"]), [ADA_KEY])
        for update in order:
            sender = ADA_KEY if update == v["ada_update_hex"] else BEN_KEY
            fresh.apply_remote(bytes.fromhex(update), [sender])
        assert json.dumps(msgspec.to_builtins(fresh.document().goals), sort_keys=True,
                          separators=(",", ":"), ensure_ascii=False) == expected
    for side in (scenario["ada"], scenario["ben"]):
        assert json.dumps(msgspec.to_builtins(side.document().goals), sort_keys=True,
                          separators=(",", ":"), ensure_ascii=False) == expected


def test_agreement_vector() -> None:
    v = _blocks()["agreement"]
    terms = schema.check_terms(json.loads(v["terms_json"]))
    assert json.loads(v["terms_json"]) == TERMS
    assert rfc8785.dumps({"conv": v["conv"], "terms": TERMS, "version": v["version"]}) == \
        v["canonical_json"].encode("utf-8")
    signed = schema.agreement_signed_bytes(v["conv"], v["version"], terms)
    assert signed.hex() == v["signed_hex"]
    assert signed.startswith(bytes.fromhex(v["context_hex"]))
    assert sign_detached(ADA, signed).hex() == v["ada_signature"]
    assert sign_detached(BEN, signed).hex() == v["ben_signature"]
    assert ADA_KEY.hex() == v["ada_signing_key"] and BEN_KEY.hex() == v["ben_signing_key"]
    assert verify_detached(ADA_KEY, signed, bytes.fromhex(v["ada_signature"]))
    assert not verify_detached(ADA_KEY, signed + b" ", bytes.fromhex(v["ada_signature"]))


def test_the_capabilities_of_part_3() -> None:
    text = _part_3()
    match = re.search(r"announces\s+`(\[[^`]*\])`", text)
    assert match is not None and json.loads(match.group(1)) == list(schema.CAPS)


def test_a_draft_ending_before_it_starts_cannot_be_proposed_but_merges() -> None:
    """Two people may leave the draft so (one moves the start, the other the end): the merged
    draft stays valid for the document, but proposing it is refused with a sentence."""
    ada = SharedDocument(CONV, ADA_KEY, client_id=1)
    ben = SharedDocument(CONV, BEN_KEY, client_id=2)
    first = ada.edit_draft(start="2027-01-04", end="2027-06-30").update
    assert first is not None
    ben.apply_remote(first, [ADA_KEY])
    a = ada.edit_draft(start="2027-05-01").update
    b = ben.edit_draft(end="2027-03-01").update
    assert a is not None and b is not None
    ada.apply_remote(b, [BEN_KEY])
    ben.apply_remote(a, [ADA_KEY])
    assert ada.records().agreement.draft == ben.records().agreement.draft
    with pytest.raises(LocalEditRefused, match="end before it starts"):
        ada.propose()


def test_during_a_recovery_the_peer_still_cannot_delete_in_its_own_name(
        shared: tuple[SharedDocument, str, str]) -> None:
    """A restored vault takes back its own writing from the peer's copy, but deleting this
    person's record is only taken with a history entry in their name (which then counts as
    their writing taken back): the peer cannot do it in its own name, unnoticed."""
    ada, goal_id, _ = shared
    update = _forge(ada, lambda d: (_goals(d)[goal_id].__setitem__("deleted", T0),
                                    _goals(d)[goal_id]["history"].append(_change(deleted=T0))))
    with pytest.raises(UpdateRefused, match="not the author"):
        ada.apply_remote(update, [BEN_KEY], own_from_peer=True)
    assert not ada.took_back_own
    own = _forge(ada, lambda d: (_goals(d)[goal_id].__setitem__("deleted", T0),
                                 _goals(d)[goal_id]["history"].append(
                                     {**_change(deleted=T0), "by": ADA_KEY.hex()})))
    assert ada.apply_remote(own, [BEN_KEY], own_from_peer=True)
    assert ada.took_back_own  # this ends the recovery for that contact
    assert ada.records().goals[0].deleted
