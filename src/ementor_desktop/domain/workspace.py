"""The mentoring workspace of one relationship: its shared records (goals, action items,
sessions with shared notes, the agreement, feedback — one replicated document, Part 3) and what
stays in this vault alone (private goals, private notes, the pulse, the relationship's life
cycle), as services the CLI and the app both call, plus the inbox's handlers for `shared.update`
and `shared.state`.

Every edit is stored and its update queued in one vault transaction (commit before you send);
updates go only to a contact who announced both shared kinds. Nothing here touches the network
or Qt.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from ementor_desktop import log
from ementor_desktop.domain import rhythm
from ementor_desktop.domain.messaging import can_send, direct_conversation, queue_control
from ementor_desktop.domain.models import Contact
from ementor_desktop.domain.shared import (
    Agreement,
    Edit,
    LocalEditRefused,
    MissingUpdates,
    Records,
    SharedDocument,
    UpdateRefused,
    agreement_view,
)
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import shared_schema as schema
from ementor_desktop.protocol.content import Content
from ementor_desktop.protocol.relay_v1 import b64url_encode
from ementor_desktop.protocol.shared_schema import KIND_STATE, KIND_UPDATE, SchemaError
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.workspace import (
    NoteRow,
    PrivateFeedbackRow,
    PrivateGoalRow,
    RelationshipRow,
)
from ementor_desktop.store.vault import Vault, now_ms

if TYPE_CHECKING:
    from ementor_desktop.domain.inbox import Context, Outcome

#: A peer that sends the same state vector again within this time gets no second answer (a
#: flood of `shared.state` cannot make this vault send its whole document again and again).
STATE_ANSWER_INTERVAL_MS = 60_000
#: How long to wait before asking again for what a waiting update builds on.
ASK_INTERVAL_MS = 60_000
WAITING = "shared: waiting"
#: Updates of one contact kept waiting at most (the rest come back with the next answer).
MAX_WAITING = 32
#: Rounds of releasing waiting updates after one applied update (each round tries them all).
MAX_RELEASE_ROUNDS = 8

GOAL_STATUSES = ("active", "paused", "achieved", "dropped")
#: Private text has the same bounds as its shared counterpart (notes, feedback answers).
MAX_NOTE_BYTES = schema.MAX_NOTES_BYTES
MAX_ANSWER_BYTES = 2000
RELATIONSHIP_STATES = ("active", "completed", "ended", "archived")

T = TypeVar("T")


# -- loading and storing the document ---------------------------------------------------------


def shared_capable(contact: Contact) -> bool:
    """Whether the contact announced both shared kinds (Part 3 §4)."""
    return can_send(contact, KIND_UPDATE) and can_send(contact, KIND_STATE)


def _contact(repos: Repos, contact_id: str) -> Contact:
    contact = repos.contacts.get(contact_id)
    if contact is None:
        raise UsageError("No such contact.")
    return contact


def _document(repos: Repos, contact: Contact, now: int) -> SharedDocument:
    _recover_if_restored(repos, now)  # before anything writes with a restored client id
    conv = direct_conversation(repos, contact, now)
    me = repos.identity.get().public.signing_key
    stored = repos.shared.get(contact.id)
    return SharedDocument(conv, me, stored.document if stored is not None else None)


def _store(repos: Repos, contact: Contact, doc: SharedDocument, now: int) -> None:
    repos.shared.save(contact.id, doc.conversation_id, doc.dump(), now)


def queue_update(repos: Repos, contact: Contact, update: bytes, now: int) -> int:
    """Queue an update for the contact (split into parts if large); returns envelopes queued.
    Nothing is queued for a contact that has not announced the shared kinds: the update stays
    in the document and reaches them when they ask (`shared.state`)."""
    if not shared_capable(contact) or contact.state != "active":
        return 0
    bodies = schema.split_update(update, secrets.token_hex(16))
    for body in bodies:
        queue_control(repos, contact, KIND_UPDATE, _plain(body), now)
    return len(bodies)


def queue_state(repos: Repos, contact: Contact, doc: SharedDocument, now: int) -> bool:
    """Tell the contact what this replica holds, so they send what it lacks."""
    if not shared_capable(contact) or contact.state != "active":
        return False
    body = schema.SharedStateBody(schema.LAYOUT, b64url_encode(doc.state()))
    queue_control(repos, contact, KIND_STATE, _plain(body), now)
    if repos.shared.get(contact.id) is None:
        _store(repos, contact, doc, now)
    repos.shared.asked(contact.id, now)
    return True


def _plain(body: Any) -> dict[str, Any]:
    import msgspec

    plain: dict[str, Any] = msgspec.to_builtins(body)
    return plain


def edit(vault: Vault, contact_id: str, change: Callable[[SharedDocument], Edit]) -> Edit:
    """Run one local edit on the relationship's document: stored and its update queued in one
    transaction. `change` raises `UsageError` (or `LocalEditRefused`) for what cannot be."""
    return _edit_all(vault, contact_id, lambda doc: [change(doc)])[0]


def records(vault: Vault, contact_id: str) -> Records:
    with vault.mutex:
        repos = Repos.over(vault.db)
        contact = _contact(repos, contact_id)
        return _records(repos, contact)


#: The document last read per relationship, parsed, with its records, keyed by a digest of the
#: stored bytes and the keys: a view that asks twice (panel, goals, next session) parses once.
#: The agreement's signatures are verified again on every read all the same.
_RECORDS_CACHE: dict[str, tuple[bytes, schema.Document, Records]] = {}


def _records(repos: Repos, contact: Contact) -> Records:
    stored = repos.shared.get(contact.id)
    me = repos.identity.get().public.signing_key
    theirs = [contact.signing_key, *repos.contacts.previous_keys(contact.id)]
    data = stored.document if stored is not None else b""
    digest = hashlib.blake2b(data + me + b"".join(theirs), digest_size=32).digest()
    conv = repos.conversations.direct_id(contact.id) or ""
    cached = _RECORDS_CACHE.get(contact.id)
    if cached is not None and cached[0] == digest:
        _, parsed, result = cached
        return replace(result, agreement=agreement_view(
            parsed, conv, {me.hex()}, {key.hex() for key in theirs}))
    doc = SharedDocument(conv, me, stored.document if stored is not None else None)
    parsed = doc.document()
    result = doc.records(theirs=theirs, document=parsed)
    if len(_RECORDS_CACHE) > 64:
        _RECORDS_CACHE.clear()
    _RECORDS_CACHE[contact.id] = (digest, parsed, result)
    return result


def forget_cached() -> None:
    """Drop the parsed records kept in memory (the app calls this when it locks)."""
    _RECORDS_CACHE.clear()


def resync(vault: Vault, contact_id: str) -> bool:
    """Ask the contact for anything of the shared records this vault lacks."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        now = now_ms()
        with vault.db.transaction():
            contact = _contact(repos, contact_id)
            asked = queue_state(repos, contact, _document(repos, contact, now), now)
    if asked:
        vault.outbox_changed()
    return asked


def capabilities_learned(repos: Repos, before: Contact | None, after: Contact,
                         now: int) -> None:
    """Called when a contact's announced kinds are stored: if they can now take shared records
    (and could not before), say what we hold — they answer with what we lack, and ask the same
    of us, so edits made before either side knew arrive."""
    if shared_capable(after) and not (before is not None and shared_capable(before)):
        queue_state(repos, after, _document(repos, after, now), now)


def connection_confirmed(repos: Repos, contact: Contact, now: int) -> None:
    """The contact confirmed the connection (their welcome): what this person wrote in the
    shared records meanwhile was queued for nobody — send it now, and say what we hold."""
    stored = repos.shared.get(contact.id)
    if stored is None or not shared_capable(contact):
        return
    doc = _document(repos, contact, now)
    update = doc.update_since(stored.peer_state)
    if update not in (b"", b"\x00\x00"):
        queue_update(repos, contact, update, now)
    queue_state(repos, contact, doc, now)


# -- after a restore ------------------------------------------------------------------------

RECOVERY_KEY = "_shared_recovery"
#: After a restore, what a contact sends back in this person's name is taken for at most this
#: long, and only until the first time it happens.
RECOVERY_WINDOW_MS = 14 * 24 * 3600 * 1000


def _recovery(repos: Repos) -> dict[str, Any]:
    value = repos.settings.get(RECOVERY_KEY, {})
    return value if isinstance(value, dict) else {}


def start_recovery(repos: Repos, now: int) -> None:
    """Called at the first use of a vault restored from a backup: it may lack shared records
    this person wrote after the backup, which the other person still holds. Each capable
    contact is asked for what is missing; what they send back in this person's name is taken
    until it has come back once, for at most RECOVERY_WINDOW_MS (Part 3 §8). Every document
    gets a fresh client id first, so no clock already sent is used again."""
    contacts = [c.id for c in repos.contacts.list()
                if c.state == "active" and shared_capable(c)]
    repos.settings.set(RECOVERY_KEY, {"contacts": contacts, "ask": contacts, "since": now})
    me = repos.identity.get().public.signing_key
    for contact_id in repos.shared.contacts():  # never write again with a client id in use
        stored = repos.shared.get(contact_id)
        if stored is not None:
            doc = SharedDocument(stored.conversation_id, me, stored.document,
                                 fresh_client=True)
            repos.shared.save(contact_id, stored.conversation_id, doc.dump(), now)


#: Written into a vault by a restore (store/backup.py): when it was restored.
RESTORED_KEY = "_restored_at"


def _recover_if_restored(repos: Repos, now: int) -> None:
    """The first use of a restored vault (a sync, or an edit, whichever comes first)."""
    if repos.settings.get(RESTORED_KEY) is not None:
        repos.settings.delete(RESTORED_KEY)
        start_recovery(repos, now)


def ask_after_restore(repos: Repos, now: int) -> int:
    """At the first sync after a restore, start the recovery; send its pending `shared.state`
    (once per contact). Returns how many were queued."""
    _recover_if_restored(repos, now)
    state = _recovery(repos)
    asked = 0
    for contact_id in state.get("ask", []):
        contact = repos.contacts.get(contact_id)
        if contact is not None and queue_state(repos, contact,
                                               _document(repos, contact, now), now):
            asked += 1
    if state.get("ask"):
        repos.settings.set(RECOVERY_KEY, {**state, "ask": []})
    return asked


def _recovered(repos: Repos, contact_id: str) -> None:
    state = _recovery(repos)
    left = [c for c in state.get("contacts", []) if c != contact_id]
    if left or state.get("ask"):
        repos.settings.set(RECOVERY_KEY, {**state, "contacts": left})
    else:
        repos.settings.delete(RECOVERY_KEY)


# -- the inbox's handlers ---------------------------------------------------------------------


def apply_shared_update(ctx: Context, sender: Contact, content: Content) -> Outcome:
    from ementor_desktop.domain.inbox import Hold, Outcome, Reject

    try:
        body = schema.parse_body(KIND_UPDATE, content.body)
    except SchemaError as err:
        raise Reject(f"shared: {err.reason}") from None
    assert isinstance(body, schema.SharedUpdateBody)
    if body.layout != schema.LAYOUT:
        raise Hold("unknown layout", sender.id)
    repos = ctx.repos
    try:
        if body.set is None:
            update = body.update_bytes()
        else:
            assert body.part is not None and body.parts is not None
            data = body.update_bytes()
            kept = repos.shared.add_part(sender.id, body.set, body.part, body.parts, data,
                                         ctx.now)
            if kept is not None and kept != data:
                raise Reject("shared: malformed")
            rows = repos.shared.parts(sender.id, body.set)
            if len(rows) < body.parts:
                return Outcome.CONTROL  # the part is kept; the rest will follow
            parts = [schema.SharedUpdateBody(schema.LAYOUT, b64url_encode(d), body.set, n, total)
                     for n, total, d in rows]
            update = schema.join_parts(parts)
    except SchemaError as err:
        raise Reject(f"shared: {err.reason}") from None
    doc = _document(repos, sender, ctx.now)
    recovery = _recovery(repos)
    recovering = sender.id in recovery.get("contacts", []) and \
        ctx.now - int(recovery.get("since", 0)) < RECOVERY_WINDOW_MS
    try:
        changed = doc.apply_remote(update, [sender.signing_key], own_from_peer=recovering)
    except UpdateRefused as err:
        if body.set is not None:
            repos.shared.drop_parts(sender.id, body.set)
        log.sync.warning("refused a shared update: %s", err.reason)
        raise Reject(f"shared: {err.reason}") from None
    except MissingUpdates:
        if repos.held.count(contact_id=sender.id, reason=WAITING) >= MAX_WAITING:
            # Beyond this many, waiting updates are dropped: the `shared.state` already sent
            # brings everything they carried back in one answer, and nobody can make this
            # vault keep (and retry) an unbounded chain of them.
            raise Reject("shared: too many waiting") from None
        stored = repos.shared.get(sender.id)
        if stored is None or stored.asked_at is None \
                or ctx.now - stored.asked_at >= ASK_INTERVAL_MS:
            queue_state(repos, sender, doc, ctx.now)
            ctx.receipts.setdefault(sender.id, [])  # wakes the outbox after the batch
        raise Hold(WAITING, sender.id) from None
    if body.set is not None:
        repos.shared.drop_parts(sender.id, body.set)
    if changed:
        _store(repos, sender, doc, ctx.now)
        ctx.report.changed_conversations.add(doc.conversation_id)
    repos.shared.heard(sender.id, ctx.now)
    ctx.shared_applied.add(sender.id)
    if recovering and doc.took_back_own:
        _recovered(repos, sender.id)
    return Outcome.CONTROL


def apply_shared_state(ctx: Context, sender: Contact, content: Content) -> Outcome:
    from ementor_desktop.domain.inbox import Hold, Outcome, Reject

    try:
        body = schema.parse_body(KIND_STATE, content.body)
        assert isinstance(body, schema.SharedStateBody)
        state = body.state_bytes()
    except SchemaError as err:
        raise Reject(f"shared: {err.reason}") from None
    if body.layout != schema.LAYOUT:
        raise Hold("unknown layout", sender.id)
    repos = ctx.repos
    doc = _document(repos, sender, ctx.now)
    try:
        update = doc.update_since(state)
    except SchemaError:
        raise Reject("shared: malformed") from None
    stored = repos.shared.get(sender.id)
    if stored is None:
        _store(repos, sender, doc, ctx.now)
        stored = repos.shared.get(sender.id)
    assert stored is not None
    # Answered at most once a minute per contact, whatever the vector, and never while an
    # earlier answer still waits in the outbox: a flood of states (each with another vector)
    # cannot make this vault queue its whole document again and again. An honest peer still
    # waiting asks again after its own minute (ASK_INTERVAL_MS).
    recent = (stored.answered_at is not None
              and ctx.now - stored.answered_at < STATE_ANSWER_INTERVAL_MS)
    queued = repos.outbox.pending(sender.id, KIND_UPDATE) > 0
    repos.shared.set_peer_state(sender.id, state, ctx.now)
    if not recent and not queued and update not in (b"", b"\x00\x00"):
        queue_update(repos, sender, update, ctx.now)
        repos.shared.answered(sender.id, ctx.now)
        ctx.receipts.setdefault(sender.id, [])
    return Outcome.CONTROL


# -- goals --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoalView:
    """A goal as views and `ementor goals --json` show it, shared or private."""

    id: str
    title: str
    shared: bool
    status: str
    progress: int
    due: str | None
    measure: str
    milestones: tuple[dict[str, Any], ...]
    history: tuple[dict[str, Any], ...]
    by_me: bool
    deleted: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "shared": self.shared,
                "status": self.status, "progress": self.progress, "due": self.due,
                "measure": self.measure, "milestones": list(self.milestones),
                "added_by_me": self.by_me}


def _check_length(text: str, limit: int, what: str) -> None:
    if len(text.encode("utf-8", "surrogatepass")) > limit:
        raise UsageError(f"The {what} is too long (at most {limit:,} bytes of text).")


def _check_due(due: str | None) -> str | None:
    if due is None or due == "":
        return None
    try:
        date.fromisoformat(due)
    except ValueError:
        raise UsageError(f"Not a date: {due!r}; write it as YYYY-MM-DD.") from None
    if len(due) != 10:
        raise UsageError(f"Not a date: {due!r}; write it as YYYY-MM-DD.")
    return due


def goals(vault: Vault, contact_id: str, *, deleted: bool = False) -> list[GoalView]:
    with vault.mutex:
        repos = Repos.over(vault.db)
        contact = _contact(repos, contact_id)
        shared = _records(repos, contact).goals
        private = repos.private_goals.of(contact.id, deleted=deleted)
    views = [GoalView(g.id, g.title, True, g.status, g.progress, g.due, g.measure,
                      tuple({"id": m.id, "title": m.title, "done": m.done, "due": m.due}
                            for m in g.milestones if not m.deleted),
                      tuple({"at": c.at, "by_me": c.by_me, "set": c.values,
                             "milestone": c.milestone} for c in g.history),
                      g.by_me, g.deleted)
             for g in shared if deleted or not g.deleted]
    views += [GoalView(p.id, p.title, False, p.status, p.progress, p.due, p.measure,
                       tuple(m for m in p.milestones if not m.get("deleted")),
                       tuple({**h, "by_me": True} for h in p.history), True,
                       p.deleted_at is not None)
              for p in private]
    return views


def find_goal(vault: Vault, contact_id: str, ref: str) -> GoalView:
    """A goal by its id or its exact title (shared or private)."""
    return _find(goals(vault, contact_id), ref, "goal", lambda g: (g.id, g.title))


def _find(items: list[T], ref: str, what: str, keys: Callable[[T], tuple[str, str]]) -> T:
    by_id = [i for i in items if keys(i)[0] == ref]
    if by_id:
        return by_id[0]
    by_title = [i for i in items if keys(i)[1] == ref]
    if len(by_title) == 1:
        return by_title[0]
    if by_title:
        raise UsageError(f"Several {what}s have that title; use the {what}'s id.")
    raise UsageError(f"No such {what}: {ref!r}.")


def add_goal(vault: Vault, contact_id: str, title: str, *, due: str | None = None,
             measure: str | None = None, private: bool = False) -> GoalView:
    due = _check_due(due)
    title = schema.clean_text(title)
    if not title:
        raise UsageError("A goal needs a title.")
    if private:
        now = now_ms()
        fields = {"title": title, "measure": measure or "", "due": due, "status": "active",
                  "progress": 0}
        row = PrivateGoalRow(secrets.token_hex(16), contact_id, title,
                             schema.clean_text(measure or "", multi_line=True), due, "active", 0,
                             [], [{"at": now, "set": fields}], None, None, now, now)
        _check_private(row)
        with vault.mutex, vault.db.transaction():
            repos = Repos.over(vault.db)
            _contact(repos, contact_id)
            repos.private_goals.add(row)
        return find_goal(vault, contact_id, row.id)
    result = edit(vault, contact_id, lambda doc: doc.add_goal(title, measure=measure, due=due))
    assert result.record_id is not None
    return find_goal(vault, contact_id, result.record_id)


def _check_private(row: PrivateGoalRow) -> None:
    """Private goals keep the shared records' rules, so sharing one later cannot fail."""
    try:
        schema.check_fields(schema.ROOT_GOALS, {"title": row.title, "measure": row.measure,
                                                "due": row.due, "status": row.status,
                                                "progress": row.progress})
    except SchemaError as err:
        raise LocalEditRefused("That does not fit a goal (a value is too long, empty or not "
                               "allowed).") from err


def update_goal(vault: Vault, contact_id: str, ref: str, *, progress: int | None = None,
                status: str | None = None, milestone: str | None = None,
                title: str | None = None, due: str | None = None,
                measure: str | None = None, done_milestone: str | None = None) -> GoalView:
    """Change a goal (progress 0–100, status, title, due, measure), add a milestone or mark
    one done; each change is kept in the goal's history."""
    if progress is not None and not 0 <= progress <= 100:
        raise UsageError("Progress is a percentage from 0 to 100.")
    if status is not None and status not in GOAL_STATUSES:
        raise UsageError(f"Status is one of: {', '.join(GOAL_STATUSES)}.")
    values: dict[str, Any] = {}
    if progress is not None:
        values["progress"] = progress
    if status is not None:
        values["status"] = status
    if title is not None:
        values["title"] = schema.clean_text(title)
        if not values["title"]:
            raise UsageError("A goal needs a title.")
    if due is not None:
        values["due"] = _check_due(due)
    if measure is not None:
        values["measure"] = schema.clean_text(measure, multi_line=True)
    if milestone is not None:
        milestone = schema.clean_text(milestone)
        if not milestone:
            raise UsageError("A milestone needs a title.")
    goal = find_goal(vault, contact_id, ref)
    if not values and milestone is None and done_milestone is None:
        raise UsageError("Nothing to change: give a progress, status, title, due date, measure "
                         "or milestone.")
    if goal.shared:
        def change(doc: SharedDocument) -> list[Edit]:
            results = []
            if values:
                results.append(doc.update_goal(goal.id, **values))
            if milestone:
                results.append(doc.add_milestone(goal.id, milestone))
            if done_milestone:
                target = _find(list(goal.milestones), done_milestone, "milestone",
                               lambda m: (str(m["id"]), str(m["title"])))
                results.append(doc.update_milestone(goal.id, str(target["id"]), done=True))
            return results

        _edit_all(vault, contact_id, change)
    else:
        _update_private(vault, goal.id, values, milestone, done_milestone)
    return find_goal(vault, contact_id, goal.id)


def _edit_all(vault: Vault, contact_id: str,
              change: Callable[[SharedDocument], list[Edit]]) -> list[Edit]:
    """Several edits of one document in one vault transaction, each one's update queued."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        now = now_ms()
        with vault.db.transaction():
            contact = _contact(repos, contact_id)
            if contact.state == "blocked":
                raise UsageError(f"{contact.display_name} is blocked.")
            doc = _document(repos, contact, now)
            results = change(doc)
            updates = [r.update for r in results if r.update is not None]
            if updates:
                _store(repos, contact, doc, now)
                for update in updates:
                    queue_update(repos, contact, update, now)
    if updates:
        vault.outbox_changed()
    return results


def _update_private(vault: Vault, goal_id: str, values: dict[str, Any], milestone: str | None,
                    done_milestone: str | None) -> None:
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        row = repos.private_goals.get(goal_id)
        assert row is not None
        milestones = list(row.milestones)
        entries: list[dict[str, Any]] = []
        changed = {k: v for k, v in values.items() if getattr(row, k) != v}
        if changed:
            entries.append({"at": now, "set": changed})
        if milestone:
            new = {"id": secrets.token_hex(16), "title": schema.clean_text(milestone),
                   "done": False, "due": None}
            milestones.append(new)
            entries.append({"at": now, "set": {"title": new["title"], "done": False},
                            "milestone": new["id"]})
        if done_milestone:
            target = _find(milestones, done_milestone, "milestone",
                           lambda m: (str(m["id"]), str(m["title"])))
            if not target.get("done"):
                target["done"] = True
                entries.append({"at": now, "set": {"done": True}, "milestone": target["id"]})
        if not entries:
            return
        updated = replace(row, **changed, milestones=milestones,
                          history=row.history + entries, updated_at=now)
        _check_private(updated)
        repos.private_goals.update(goal_id, **changed, milestones=milestones,
                                   history=updated.history, updated_at=now)


def delete_goal(vault: Vault, contact_id: str, ref: str) -> None:
    goal = find_goal(vault, contact_id, ref)
    if goal.shared:
        edit(vault, contact_id, lambda doc: doc.delete_goal(goal.id))
        return
    with vault.mutex, vault.db.transaction():
        Repos.over(vault.db).private_goals.update(goal.id, deleted_at=now_ms())


def share_goal(vault: Vault, contact_id: str, ref: str) -> GoalView:
    """Make a private goal shared: it is copied into the shared records as a new goal (with
    its milestones) and the private one is marked as shared. A shared goal never becomes
    private again (the other person has it)."""
    goal = find_goal(vault, contact_id, ref)
    if goal.shared:
        raise UsageError("That goal is already shared.")

    def change(doc: SharedDocument) -> list[Edit]:
        made = doc.add_goal(goal.title, measure=goal.measure or None, due=goal.due)
        assert made.record_id is not None
        results = [made]
        if goal.status != "active" or goal.progress:
            results.append(doc.update_goal(made.record_id, status=goal.status,
                                           progress=goal.progress))
        for m in goal.milestones:
            added = doc.add_milestone(made.record_id, str(m["title"]))
            results.append(added)
            if m.get("done") and added.record_id:
                results.append(doc.update_milestone(made.record_id, added.record_id, done=True))
        return results

    new_id = _edit_all(vault, contact_id, change)[0].record_id
    assert new_id is not None
    with vault.mutex, vault.db.transaction():
        Repos.over(vault.db).private_goals.update(goal.id, shared_as=new_id,
                                                  deleted_at=now_ms())
    return find_goal(vault, contact_id, new_id)


# -- agreement ----------------------------------------------------------------------------------

CADENCES = ("weekly", "fortnightly", "monthly")
CHANNELS = ("async", "chat", "video", "phone")


def agreement_terms(*, cadence: str | None = None, channels: list[str] | None = None,
                    until: str | None = None, start: str | None = None,
                    goals: list[str] | None = None, response_hours: int | None = None,
                    confidentiality: str | None = None, reviews: list[str] | None = None,
                    coordinator: list[str] | None = None) -> dict[str, Any]:
    """Terms as a person types them, checked with sentences they can act on."""
    terms: dict[str, Any] = {}
    if cadence is not None:
        if cadence not in CADENCES:
            raise UsageError(f"Cadence is one of: {', '.join(CADENCES)}.")
        terms["cadence"] = cadence
    if channels is not None:
        bad = [c for c in channels if c not in CHANNELS]
        if bad:
            raise UsageError(f"Channels are among: {', '.join(CHANNELS)}.")
        terms["channels"] = list(dict.fromkeys(channels))
    for name, value in (("end", until), ("start", start)):
        if value is not None:
            terms[name] = _check_due(value)
    if start is not None and until is not None and start > until:
        raise UsageError("The agreement cannot end before it starts.")
    if goals is not None:
        terms["goals"] = [schema.clean_text(g) for g in goals if schema.clean_text(g)]
    if response_hours is not None:
        if not 1 <= response_hours <= 720:
            raise UsageError("The expected response time is 1 to 720 hours.")
        terms["response_hours"] = response_hours
    if confidentiality is not None:
        terms["confidentiality"] = confidentiality
    if reviews is not None:
        terms["reviews"] = sorted({_check_due(r) or "" for r in reviews} - {""})
    if coordinator is not None:
        allowed = ("agreement", "goals", "sessions", "progress")
        if any(c not in allowed for c in coordinator):
            raise UsageError(f"A coordinator may see: {', '.join(allowed)}.")
        terms["coordinator"] = list(dict.fromkeys(coordinator))
    return terms


def edit_draft(vault: Vault, contact_id: str, **terms: Any) -> None:
    checked = agreement_terms(**terms)
    if checked:
        edit(vault, contact_id, lambda doc: doc.edit_draft(**checked))


def propose_agreement(vault: Vault, contact_id: str, **terms: Any) -> Records:
    """Set the given terms in the draft and propose it as a new version (a counter-proposal
    when the other person proposed before). Proposing is accepting: the proposer's signature
    goes with the proposal, so the version is in force once the other person signs it."""
    checked = agreement_terms(**terms)
    with vault.mutex:
        identity = Repos.over(vault.db).identity.get()

    def change(doc: SharedDocument) -> list[Edit]:
        results = [doc.edit_draft(**checked)] if checked else []
        proposed = doc.propose()
        return [*results, proposed, doc.sign(identity, proposed.record_id)]

    _edit_all(vault, contact_id, change)
    return records(vault, contact_id)


def sign_agreement(vault: Vault, contact_id: str, version_id: str | None = None) -> Records:
    """Accept and sign the latest proposed version (or `version_id`) with this identity."""
    current = records(vault, contact_id).agreement
    if not current.versions:
        raise UsageError("There is no proposed agreement to sign yet.")
    target = current.versions[-1] if version_id is None else next(
        (v for v in current.versions if v.id == version_id or str(v.number) == version_id),
        None)
    if target is None:
        raise UsageError("No such version of the agreement.")
    if any(s.by_me and s.valid for s in target.signatures):
        raise UsageError("You have already signed this version.")
    with vault.mutex:
        identity = Repos.over(vault.db).identity.get()
    edit(vault, contact_id, lambda doc: doc.sign(identity, target.id))
    return records(vault, contact_id)


def agreement_json(agreement: Agreement) -> dict[str, Any]:
    """`ementor agreement --json`: status, the version shown (the latest), its terms and
    signatures, and the draft."""
    current = agreement.current
    out: dict[str, Any] = {"status": agreement.status, "draft": agreement.draft,
                           "tampered": agreement.tampered,
                           "version": current.number if current else None,
                           "version_id": current.id if current else None,
                           "terms": current.terms if current else agreement.draft,
                           "proposed_by_me": current.by_me if current else None,
                           "signatures": [], "versions": []}
    if current is not None:
        out["signatures"] = [{"signer": s.signer, "by_me": s.by_me, "valid": s.valid,
                              "at": s.at} for s in current.signatures]
    in_force = agreement.in_force
    out["in_force"] = in_force.number if in_force else None
    out["versions"] = [{"version": v.number, "id": v.id, "by_me": v.by_me, "at": v.at,
                        "signed_by_both": v.signed_by_both, "terms": v.terms}
                       for v in agreement.versions]
    return out


# -- sessions, notes, feedback ------------------------------------------------------------------


def _zone_of(tz: str) -> str:
    from ementor_desktop.matching.timezones import parse_timezone

    try:
        return parse_timezone(tz)
    except ValueError as err:
        raise UsageError(f"Time zone: {err}.") from None


def _start_of(at: str) -> str:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", at.strip()):
            raise ValueError(at)
        start = datetime.fromisoformat(at.strip())
    except ValueError:
        raise UsageError(f"Not a date and time: {at!r}; write it as 2027-03-28T09:30.") from None
    if not 1900 <= start.year < 9000:  # the years domain/calendar.py can place a series in
        raise UsageError("A session starts between the years 1900 and 8999.")
    return start.strftime("%Y-%m-%dT%H:%M")


def _check_session(minutes: int | None, repeat: str | None, count: int | None,
                   link: str | None) -> None:
    if minutes is not None and not 5 <= minutes <= 1440:
        raise UsageError("A session lasts 5 to 1,440 minutes.")
    if repeat is None and count not in (None, 1):
        raise UsageError("--count needs --repeat.")
    if repeat is not None and repeat not in CADENCES:
        raise UsageError(f"--repeat is one of: {', '.join(CADENCES)}.")
    if count is not None and not 1 <= count <= 260:
        raise UsageError("A series has 1 to 260 sessions.")
    if link is not None and not link.startswith("https://"):
        raise UsageError("A meeting link must start with https://.")


def add_session(vault: Vault, contact_id: str, *, at: str, tz: str, minutes: int, title: str,
                repeat: str | None = None, count: int | None = None, agenda: str | None = None,
                link: str | None = None) -> str:
    """Schedule a session (or a series) in the organiser's time zone; returns its id."""
    zone = _zone_of(tz)
    start_text = _start_of(at)
    _check_session(minutes, repeat, count, link)
    result = edit(vault, contact_id, lambda doc: doc.add_session(
        title, start=start_text, tz=zone, minutes=minutes, repeat=repeat,
        count=count if repeat else None, agenda=agenda, link=link))
    assert result.record_id is not None
    return result.record_id


SESSION_STATUSES = ("planned", "held", "cancelled")


def update_session(vault: Vault, contact_id: str, ref: str, *, at: str | None = None,
                   tz: str | None = None, minutes: int | None = None, title: str | None = None,
                   status: str | None = None, agenda: str | None = None,
                   link: str | None = None, count: int | None = None) -> Any:
    """Reschedule or change a session (each change kept in its history; a change of its time,
    length, title, series or status raises its iCalendar SEQUENCE, so calendars that imported
    it update it). Returns the session as it is now."""
    session = find_session(vault, contact_id, ref)
    values: dict[str, Any] = {}
    if at is not None:
        values["start"] = _start_of(at)
    if tz is not None:
        values["tz"] = _zone_of(tz)
    if title is not None:
        values["title"] = schema.clean_text(title)
        if not values["title"]:
            raise UsageError("A session needs a title.")
    if status is not None:
        if status not in SESSION_STATUSES:
            raise UsageError(f"Status is one of: {', '.join(SESSION_STATUSES)}.")
        values["status"] = status
    if agenda is not None:
        values["agenda"] = agenda
    if link is not None:
        values["link"] = link or None
    if minutes is not None:
        values["minutes"] = minutes
    if count is not None:
        if session.repeat is None:
            raise UsageError("Only a series has a number of sessions.")
        values["count"] = count
    _check_session(minutes, session.repeat, count, link or None)
    if not values:
        raise UsageError("Nothing to change: give a time, zone, length, title, status, agenda, "
                         "link or count.")
    edit(vault, contact_id, lambda doc: doc.update_session(session.id, **values))
    return find_session(vault, contact_id, session.id)


def find_session(vault: Vault, contact_id: str, ref: str) -> Any:
    sessions = [s for s in records(vault, contact_id).sessions if not s.deleted]
    return _find(sessions, ref, "session", lambda s: (s.id, s.title))


def session_notes(vault: Vault, contact_id: str, ref: str, text: str, *, private: bool = False,
                  replace_all: bool = False) -> None:
    """Add to a session's notes: the shared ones (merged with what the other person writes;
    appended as a new paragraph unless `replace_all`) or private ones (never sent)."""
    session = find_session(vault, contact_id, ref)
    if not text.strip():
        raise UsageError("The note is empty.")
    _check_length(text, MAX_NOTE_BYTES, "note")
    if private:
        now = now_ms()
        with vault.mutex, vault.db.transaction():
            Repos.over(vault.db).notes.save(NoteRow(secrets.token_hex(16), contact_id,
                                                    session.id, text, now, now))
        return
    new = text if replace_all or not session.notes else \
        session.notes.rstrip("\n") + "\n\n" + text
    edit(vault, contact_id, lambda doc: doc.edit_notes(session.id, new))


def private_notes(vault: Vault, contact_id: str, session: str | None = None, *,
                  every: bool = False) -> list[NoteRow]:
    with vault.mutex:
        return Repos.over(vault.db).notes.of(contact_id, session, any_session=every)


def add_private_note(vault: Vault, contact_id: str, text: str) -> NoteRow:
    """A private note about the person (a mentor's notes about the mentee): never sent."""
    if not text.strip():
        raise UsageError("The note is empty.")
    _check_length(text, MAX_NOTE_BYTES, "note")
    now = now_ms()
    row = NoteRow(secrets.token_hex(16), contact_id, None, text, now, now)
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        _contact(repos, contact_id)
        repos.notes.save(row)
    return row


def give_feedback(vault: Vault, contact_id: str, *, session: str | None = None,
                  rating: int | None = None, useful: str = "", try_next: str = "",
                  next_step: str = "", private: bool = False) -> str:
    """Feedback after a session: shared with the other person (a record only its author can
    change) or, with `private`, kept in this vault as a reflection."""
    if rating is not None and not 1 <= rating <= 5:
        raise UsageError("A rating is from 1 to 5.")
    if rating is None and not any(text.strip() for text in (useful, try_next, next_step)):
        raise UsageError("Feedback needs a rating or at least one answer.")
    for answer in (useful, try_next, next_step):
        _check_length(answer, MAX_ANSWER_BYTES, "answer")
    session_id = find_session(vault, contact_id, session).id if session else None
    if private:
        row = PrivateFeedbackRow(secrets.token_hex(16), contact_id, "session", session_id,
                                 rating, {"useful": useful, "try_next": try_next,
                                          "next_step": next_step}, now_ms())
        with vault.mutex, vault.db.transaction():
            Repos.over(vault.db).private_feedback.add(row)
        return row.id
    result = edit(vault, contact_id, lambda doc: doc.add_feedback(
        session=session_id, rating=rating, useful=useful, try_next=try_next,
        next_step=next_step))
    assert result.record_id is not None
    return result.record_id


def answer_pulse(vault: Vault, contact_id: str, rating: int, answers: dict[str, str]) -> str:
    """The short periodic pulse ("how is this going?"): kept in this vault only."""
    if not 1 <= rating <= 5:
        raise UsageError("A rating is from 1 to 5.")
    for answer in answers.values():
        _check_length(answer, MAX_ANSWER_BYTES, "answer")
    row = PrivateFeedbackRow(secrets.token_hex(16), contact_id, "pulse", None, rating,
                             {k: v for k, v in answers.items() if v.strip()}, now_ms())
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        _contact(repos, contact_id)
        repos.private_feedback.add(row)
    return row.id


def private_feedback(vault: Vault, contact_id: str) -> list[PrivateFeedbackRow]:
    with vault.mutex:
        return Repos.over(vault.db).private_feedback.of(contact_id)


# -- the relationship's life cycle --------------------------------------------------------------


def relationship(vault: Vault, contact_id: str) -> RelationshipRow:
    with vault.mutex:
        return Repos.over(vault.db).relationships.get(contact_id)


def set_relationship_state(vault: Vault, contact_id: str, state: str,
                           reason: str = "") -> RelationshipRow:
    """Complete or end a mentorship (with a reason), archive it, or reopen it (`active`); each
    change is kept in its history. Nothing is deleted: a reopened relationship has everything."""
    if state not in RELATIONSHIP_STATES:
        raise UsageError(f"A relationship is one of: {', '.join(RELATIONSHIP_STATES)}.")
    reason = schema.clean_text(reason)
    _check_length(reason, MAX_ANSWER_BYTES, "reason")
    if state in ("completed", "ended") and not reason:
        raise UsageError("Say in a few words why the mentorship ends; it stays in your record.")
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        _contact(repos, contact_id)
        row = repos.relationships.get(contact_id)
        if row.state == state:
            raise UsageError(f"This relationship is already {state}.")
        row = replace(row, state=state, reason=reason, changed_at=now,
                      history=[*row.history, {"at": now, "state": state, "reason": reason}])
        repos.relationships.save(row)
    return row


def dismiss_reminder(vault: Vault, contact_id: str, key: str) -> None:
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        row = repos.relationships.get(contact_id)
        if key not in row.dismissed:
            repos.relationships.save(replace(row, dismissed=[*row.dismissed[-499:], key]))


# -- what the relationship panel shows ----------------------------------------------------------


@dataclass(frozen=True)
class Overview:
    """Everything the relationship panel shows, gathered in one pass."""

    contact: Contact
    records: Records
    goals: tuple[GoalView, ...]
    relationship: RelationshipRow
    next_session: tuple[Any, Any] | None  # (Session, calendar.Occurrence) in the organiser's zone
    stage: rhythm.Stage
    reminders: tuple[rhythm.Reminder, ...]
    next_step: rhythm.NextStep
    my_tz: str


def _my_tz(repos: Repos) -> str:
    from ementor_desktop.matching.timezones import parse_timezone

    profile = repos.profile.get()
    for candidate in ((profile.timezone if profile else ""), _system_tz()):
        try:
            return parse_timezone(candidate)
        except ValueError:
            continue
    return "UTC"


def _system_tz() -> str:
    import os

    name = os.environ.get("TZ", "")
    if name:
        return name
    try:
        link = os.path.realpath("/etc/localtime")
        return link.split("zoneinfo/", 1)[1] if "zoneinfo/" in link else "UTC"
    except OSError:
        return "UTC"


def facts(repos: Repos, contact: Contact, records_: Records, now: int,
          tz: str) -> rhythm.RelationshipFacts:
    """What rhythm needs to know about one relationship, read from the vault."""
    from ementor_desktop.domain import calendar as cal

    profile = repos.profile.get()
    role = profile.role.value if profile is not None else "mentee"
    conv = repos.conversations.direct_id(contact.id)
    mine, theirs, waiting, sent, received = repos.messages.facts(conv) if conv else \
        (None, None, None, 0, 0)
    row = repos.relationships.get(contact.id)
    privates = tuple(rhythm.PrivateGoal(g.id, g.title, g.due, g.status, g.progress,
                                        g.deleted_at is not None)
                     for g in repos.private_goals.of(contact.id))
    feedback = repos.private_feedback.of(contact.id)
    pulses = [f.created_at for f in feedback if f.kind == "pulse"]
    given: set[str] = set()
    sessions = {s.id: s for s in records_.sessions}
    moments = [(f.session, f.created_at) for f in feedback if f.kind == "session"]
    moments += [(f.session, f.created_at) for f in records_.feedback if f.by_me]
    for session_id, at in moments:
        session = sessions.get(session_id or "")
        if session is None:
            continue
        if session.repeat is None:
            given.add(rhythm.occurrence_id(session.id))
            continue
        try:
            past = [o for o in cal.occurrences(session, limit=260)
                    if int(o.start.timestamp() * 1000) <= at]
        except UsageError:
            continue
        if past:
            given.add(rhythm.occurrence_id(session.id, past[-1].start.date().isoformat()))
    experience = getattr(profile, "experience", None) or None
    wants = getattr(profile, "wants", {}) or {}
    return rhythm.RelationshipFacts(
        my_role=role,  # type: ignore[arg-type]
        their_name=contact.display_name,
        state=row.state,  # type: ignore[arg-type]
        created_at=contact.created_at, records=records_,
        my_experience=experience if experience in ("new", "some", "experienced") else None,
        my_keys=frozenset({repos.identity.get().public.signing_key.hex()}),
        my_last_sent_at=mine, their_last_at=theirs, oldest_unanswered_at=waiting,
        sent_count=sent, received_count=received, private_goals=privates,
        last_pulse_at=max(pulses) if pulses else None, feedback_given=frozenset(given),
        reviews_marked=frozenset(k.removeprefix("reviewed:") for k in row.dismissed
                                 if k.startswith("reviewed:")),
        wants_to_learn=next(iter(wants), None), tz=tz)


def overview(vault: Vault, contact_id: str, now: int | None = None) -> Overview:
    """The relationship panel's data: records (signatures verified), goals shared and private,
    the next session, and the stage, reminders and next step computed on this device."""
    from datetime import UTC, datetime

    from ementor_desktop.domain import calendar as cal

    now = now_ms() if now is None else now
    with vault.mutex:
        repos = Repos.over(vault.db)
        contact = _contact(repos, contact_id)
        records_ = _records(repos, contact)
        tz = _my_tz(repos)
        row = repos.relationships.get(contact.id)
        facts_ = facts(repos, contact, records_, now, tz)
    goal_views = tuple(goals(vault, contact_id))
    upcoming = cal.next_occurrence(records_.sessions, datetime.fromtimestamp(now / 1000, UTC))
    dismissed = frozenset(row.dismissed)
    return Overview(contact, records_, goal_views, row, upcoming, rhythm.stage(facts_, now),
                    tuple(rhythm.reminders(facts_, now, dismissed)),
                    rhythm.next_step(facts_, now), tz)


def mark_review_done(vault: Vault, contact_id: str, day: str) -> None:
    """A review date of the agreement is done: its reminder stops."""
    dismiss_reminder(vault, contact_id, f"reviewed:{_check_due(day)}")


__all__ = [
    "GoalView",
    "LocalEditRefused",
    "Overview",
    "add_goal",
    "add_private_note",
    "add_session",
    "agreement_json",
    "agreement_terms",
    "answer_pulse",
    "apply_shared_state",
    "apply_shared_update",
    "capabilities_learned",
    "connection_confirmed",
    "delete_goal",
    "dismiss_reminder",
    "edit",
    "edit_draft",
    "facts",
    "find_goal",
    "find_session",
    "forget_cached",
    "give_feedback",
    "goals",
    "mark_review_done",
    "overview",
    "private_feedback",
    "private_notes",
    "propose_agreement",
    "queue_state",
    "queue_update",
    "records",
    "relationship",
    "resync",
    "session_notes",
    "set_relationship_state",
    "share_goal",
    "shared_capable",
    "sign_agreement",
    "update_goal",
]
