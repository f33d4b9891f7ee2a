"""Workspace jobs the GUI runs on the database worker: one relationship's agreement, goals,
sessions and notes, feedback, the pulse and its life cycle, and the sessions' .ics export.

The rules are the domain's (`domain/workspace.py`, which the CLI calls too); these gather what
the relationship panel and its views show in one job (`load`) and turn a view's request into the
domain call. Each function takes the open vault and runs on the worker thread; none touches Qt.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ementor_desktop.domain import rhythm, workspace
from ementor_desktop.domain.calendar import Occurrence, to_ics
from ementor_desktop.domain.shared import Records, Session
from ementor_desktop.errors import UsageError
from ementor_desktop.matching.timezones import parse_timezone
from ementor_desktop.store.atomic import write_atomic
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.workspace import NoteRow, PrivateFeedbackRow, RelationshipRow
from ementor_desktop.store.vault import Vault, now_ms

#: Terms of the agreement draft, as `domain.workspace.agreement_terms` names its arguments.
TERM_ARGUMENTS = {"cadence": "cadence", "channels": "channels", "end": "until",
                  "start": "start", "goals": "goals", "response_hours": "response_hours",
                  "confidentiality": "confidentiality", "reviews": "reviews",
                  "coordinator": "coordinator"}


@dataclass(frozen=True)
class Workspace:
    """Everything the relationship panel and its views show for one contact, read in one job
    (`domain.workspace.overview`, which also works out the stage, reminders and next step)."""

    contact_id: str
    conversation_id: str
    contact_name: str
    my_name: str
    my_role: str  # "mentor" | "mentee" | "coordinator"
    my_key: str  # our signing key, hex
    my_zone: str  # the viewer's IANA zone: the profile's, else this computer's, else UTC
    their_zone: str | None  # the other person's zone, when their profile says it
    reaches_them: bool  # their app takes shared records and they are an active contact
    records: Records
    goals: tuple[workspace.GoalView, ...]  # shared and private, not deleted
    relationship: RelationshipRow
    private_notes: tuple[NoteRow, ...]  # about the person (session None) and per session
    reflections: tuple[PrivateFeedbackRow, ...]  # private feedback and pulse answers
    next_session: tuple[Session, Occurrence] | None
    stage: rhythm.Stage
    step: rhythm.NextStep
    reminders: tuple[rhythm.Reminder, ...]
    now_ms: int

    @property
    def active(self) -> bool:
        return self.relationship.state == "active"


def _zone(*candidates: str | None) -> str:
    for name in candidates:
        if not name:
            continue
        try:
            return parse_timezone(name)
        except ValueError:
            continue
    return "UTC"


def load(vault: Vault, contact_id: str, now: int | None = None) -> Workspace:
    """The relationship with `contact_id` as the panel shows it."""
    now = now_ms() if now is None else now
    overview = workspace.overview(vault, contact_id, now)
    repos = Repos.over(vault.db)
    contact = overview.contact
    profile = repos.profile.get()
    their_zone = contact.profile.get("timezone") if isinstance(contact.profile, dict) else None
    return Workspace(
        contact_id=contact_id,
        conversation_id=repos.conversations.direct_id(contact_id) or "",
        contact_name=contact.display_name,
        my_name=profile.display_name if profile else "",
        my_role=profile.role.value if profile else "mentee",
        my_key=repos.identity.get().public.signing_key.hex(),
        my_zone=overview.my_tz,
        their_zone=_zone(their_zone) if isinstance(their_zone, str) and their_zone else None,
        reaches_them=workspace.shared_capable(contact) and contact.state == "active",
        records=overview.records,
        goals=overview.goals,
        relationship=overview.relationship,
        private_notes=tuple(workspace.private_notes(vault, contact_id, every=True)),
        reflections=tuple(workspace.private_feedback(vault, contact_id)),
        next_session=overview.next_session,
        stage=overview.stage,
        step=overview.next_step,
        reminders=overview.reminders,
        now_ms=now,
    )


# -- agreement ------------------------------------------------------------------------------


def _draft_edit(vault: Vault, contact_id: str, terms: dict[str, Any]) -> None:
    """Make the draft read exactly `terms` (terms not given are cleared), checked by the
    domain's rules."""
    checked = workspace.agreement_terms(**{TERM_ARGUMENTS[k]: v for k, v in terms.items()
                                           if k in TERM_ARGUMENTS and v not in (None, "", [])})
    values: dict[str, Any] = {name: None for name in TERM_ARGUMENTS}
    values.update(checked)
    workspace.edit(vault, contact_id, lambda doc: doc.edit_draft(**values))


def save_draft(vault: Vault, contact_id: str, terms: dict[str, Any]) -> None:
    _draft_edit(vault, contact_id, terms)


def propose(vault: Vault, contact_id: str, terms: dict[str, Any]) -> None:
    """Save the draft as given and propose it as a new version (a counter-proposal when the
    other person proposed the one before); proposing signs it (the domain's rule)."""
    _draft_edit(vault, contact_id, terms)
    workspace.propose_agreement(vault, contact_id)


def sign(vault: Vault, contact_id: str, version_id: str) -> None:
    workspace.sign_agreement(vault, contact_id, version_id)


# -- goals ----------------------------------------------------------------------------------


def add_goal(vault: Vault, contact_id: str, title: str, measure: str, due: str | None,
             private: bool) -> str:
    return workspace.add_goal(vault, contact_id, title, due=due, measure=measure,
                              private=private).id


def update_goal(vault: Vault, contact_id: str, goal_id: str, **values: Any) -> None:
    goal = workspace.find_goal(vault, contact_id, goal_id)
    current = {"title": goal.title, "measure": goal.measure, "due": goal.due or "",
               "status": goal.status, "progress": goal.progress}
    changed = {k: v for k, v in values.items() if current.get(k) != v}
    if changed:
        workspace.update_goal(vault, contact_id, goal_id, **changed)


def add_milestone(vault: Vault, contact_id: str, goal_id: str, title: str) -> None:
    if not title.strip():
        raise UsageError("A milestone needs a title.")
    workspace.update_goal(vault, contact_id, goal_id, milestone=title)


def milestone_done(vault: Vault, contact_id: str, goal_id: str, milestone_id: str) -> None:
    workspace.update_goal(vault, contact_id, goal_id, done_milestone=milestone_id)


def share_goal(vault: Vault, contact_id: str, goal_id: str) -> str:
    return workspace.share_goal(vault, contact_id, goal_id).id


def delete_goal(vault: Vault, contact_id: str, goal_id: str) -> None:
    workspace.delete_goal(vault, contact_id, goal_id)


# -- sessions, notes, action items ------------------------------------------------------------


def add_session(vault: Vault, contact_id: str, **fields: Any) -> str:
    return workspace.add_session(vault, contact_id, **fields)


def set_session_status(vault: Vault, contact_id: str, session_id: str, status: str) -> None:
    if status not in ("planned", "held", "cancelled"):
        raise UsageError("A session is planned, held or cancelled.")
    workspace.edit(vault, contact_id, lambda doc: doc.update_session(session_id, status=status))


def delete_session(vault: Vault, contact_id: str, session_id: str) -> None:
    workspace.edit(vault, contact_id, lambda doc: doc.delete_session(session_id))


def text_changes(old: str, new: str) -> list[tuple[int, int, str]]:
    """How `new` differs from `old`: (start, end, replacement) in `old`'s positions, in order."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    a, b = old[start:len(old) - end], new[start:len(new) - end]
    if not a and not b:
        return []
    if len(a) * len(b) > 4_000_000:  # one large change: not worth a character diff
        return [(start, len(old) - end, b)]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [(start + i1, start + i2, b[j1:j2])
            for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def merge_text(base: str, mine: str, theirs: str) -> str:
    """A three-way merge of notes: what I changed from `base` applied to `theirs` (the notes
    as they are now, with the other person's edits). Where both changed the same place, both
    versions are kept, mine first: nothing either person typed is lost."""
    if mine == base:
        return theirs
    if theirs in (base, mine):
        return mine
    changes = sorted([(i1, i2, text, 0) for i1, i2, text in text_changes(base, mine)]
                     + [(i1, i2, text, 1) for i1, i2, text in text_changes(base, theirs)],
                     key=lambda h: (h[0], h[1], h[3]))
    out: list[str] = []
    pos = 0
    k = 0
    while k < len(changes):
        low, high = changes[k][0], changes[k][1]
        group = [changes[k]]
        k += 1
        while k < len(changes) and changes[k][0] < high:
            high = max(high, changes[k][1])
            group.append(changes[k])
            k += 1
        out.append(base[pos:low])
        sides = []
        for side in (0, 1):
            hunks = [h for h in group if h[3] == side]
            if not hunks:
                continue
            text, at = [], low
            for i1, i2, replacement, _side in hunks:
                text.append(base[at:i1])
                text.append(replacement)
                at = i2
            text.append(base[at:high])
            sides.append("".join(text))
        out.append(sides[0] if len(sides) == 1 or sides[0] == sides[1] else sides[0] + sides[1])
        pos = high
    out.append(base[pos:])
    return "".join(out)


def save_notes(vault: Vault, contact_id: str, session_id: str, base: str, mine: str) -> str:
    """Save the shared notes as edited from `base`: the edit is merged with whatever the other
    person wrote meanwhile; returns the notes as they are now."""
    current = _session(vault, contact_id, session_id).notes
    merged = merge_text(base, mine, current)
    if merged != current:
        workspace.edit(vault, contact_id, lambda doc: doc.edit_notes(session_id, merged))
    return _session(vault, contact_id, session_id).notes


def _session(vault: Vault, contact_id: str, session_id: str) -> Session:
    for session in workspace.records(vault, contact_id).sessions:
        if session.id == session_id:
            return session
    raise UsageError("That session no longer exists.")


def add_private_note(vault: Vault, contact_id: str, session_id: str | None, text: str) -> None:
    """A private note about a session, or (`session_id` None) about the person: never sent."""
    if session_id is None:
        workspace.add_private_note(vault, contact_id, text)
    else:
        workspace.session_notes(vault, contact_id, session_id, text, private=True)


def add_action(vault: Vault, contact_id: str, title: str, session_id: str | None,
               due: str | None, goal_id: str | None = None) -> None:
    """An action item agreed in a session, optionally towards one of the shared goals."""
    if not title.strip():
        raise UsageError("An action item needs a title.")
    workspace.edit(vault, contact_id, lambda doc: doc.add_action(
        title.strip(), session=session_id, due=due or None, goal=goal_id or None))


def set_action_done(vault: Vault, contact_id: str, action_id: str, done: bool) -> None:
    workspace.edit(vault, contact_id, lambda doc: doc.update_action(action_id, done=done))


def export_ics(vault: Vault, contact_id: str, path: str) -> int:
    """Write the relationship's sessions as an .ics file (atomically, owner-only); returns how
    many sessions it holds."""
    repos = Repos.over(vault.db)
    contact = repos.contacts.get(contact_id)
    if contact is None:
        raise UsageError("This contact no longer exists.")
    profile = repos.profile.get()
    sessions = [s for s in workspace.records(vault, contact_id).sessions if not s.deleted]
    data = to_ics(sessions, calendar_name=f"eMentor: {contact.display_name}",
                  now=datetime.now(UTC), my_name=profile.display_name if profile else None,
                  their_name=contact.display_name)
    write_atomic(Path(path), data, "the calendar file")
    return len(sessions)


# -- feedback, pulse, life cycle --------------------------------------------------------------


def give_feedback(vault: Vault, contact_id: str, *, session_id: str | None, rating: int | None,
                  useful: str, try_next: str, next_step: str, private: bool) -> str:
    return workspace.give_feedback(vault, contact_id, session=session_id, rating=rating,
                                   useful=useful, try_next=try_next, next_step=next_step,
                                   private=private)


def answer_pulse(vault: Vault, contact_id: str, rating: int, answers: dict[str, str]) -> str:
    """The pulse: the rating and the answers by question id (`rhythm.pulse_questions`)."""
    return workspace.answer_pulse(vault, contact_id, rating, answers)


def set_relationship_state(vault: Vault, contact_id: str, state: str, reason: str) -> None:
    workspace.set_relationship_state(vault, contact_id, state, reason)


def dismiss_reminder(vault: Vault, contact_id: str, key: str) -> None:
    workspace.dismiss_reminder(vault, contact_id, key)
