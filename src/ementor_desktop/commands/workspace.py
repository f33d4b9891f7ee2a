"""Mentoring workspace commands: agreement, goal(s), session(s), feedback, pulse, relationship,
note and export, over `domain/workspace.py` (the same services the app calls).

`agreement` and `relationship` take a verb or a CONTACT as their first word: a word that is not
one of their verbs is the CONTACT of `show` (`ementor agreement Ben` is `ementor agreement show
Ben`); a contact literally named like a verb is reached with `show` or with their id. Titles,
notes and names come from people (the other person may be hostile): everything is written
through the CLI's escaping stream, a multi-line text with its later lines indented, JSON through
`print_json`. Value errors are `UsageError`s (one line, exit 2).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ementor_desktop.commands.common import open_vault, print_json, shown_name, warn
from ementor_desktop.commands.messaging import _named as named
from ementor_desktop.domain import calendar, export, workspace
from ementor_desktop.domain.shared import Agreement, AgreementVersion, Records, Session
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import display
from ementor_desktop.records import Contact
from ementor_desktop.store.atomic import write_atomic
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.workspace import NoteRow
from ementor_desktop.store.vault import Vault

SHOW = "show"
_DIGITS = re.compile(r"[0-9]{1,9}")


if TYPE_CHECKING:
    _Verbs = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # not subscriptable at run time
    _Verbs = argparse._SubParsersAction


class _VerbOrContact(_Verbs):
    """Verbs whose first word may also be a CONTACT: a word that is not a verb is the CONTACT
    of `show` (argparse would refuse it as an invalid choice)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Any word passes argparse's choice check; `__call__` decides what it is.
        self.choices = None  # type: ignore[assignment]

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        words = list(values or [])
        if words and words[0] not in self._name_parser_map:
            words.insert(0, SHOW)
        super().__call__(parser, namespace, words, option_string)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_agreement(sub)
    _register_goals(sub)
    _register_sessions(sub)
    _register_feedback(sub)
    _register_relationship(sub)

    p = sub.add_parser("note", help="keep a private note about a contact (never sent)")
    p.add_argument("contact", metavar="CONTACT")
    p.add_argument("text", metavar="TEXT")
    p.set_defaults(handler=cmd_note)

    p = sub.add_parser("export", help="write your record of a mentorship as Markdown (plain "
                       "text, NOT encrypted: keep the file safe)")
    p.add_argument("contact", metavar="CONTACT")
    p.add_argument("--markdown", metavar="FILE", dest="file", required=True,
                   help="the file to write (replaced atomically, readable only by you); it "
                        "is plain text, not encrypted")
    p.set_defaults(handler=cmd_export)


def _contact_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("contact", metavar="CONTACT", help="name or id")


def _register_agreement(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser(
        "agreement", help="the mentoring agreement: show, propose or sign it",
        description="`ementor agreement CONTACT` shows the agreement; `propose` and `sign` "
                    "change it. A contact named like a verb: use `show` or their id.")
    verbs = group.add_subparsers(dest="verb", metavar="propose|sign|show|CONTACT",
                                 action=_VerbOrContact, required=True)

    p = verbs.add_parser(SHOW, help="show the agreement, its signatures and versions")
    _contact_argument(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_agreement)

    p = verbs.add_parser("propose", help="propose the agreement (or a counter-proposal) with "
                         "these terms")
    _contact_argument(p)
    p.add_argument("--cadence", help="weekly, fortnightly or monthly")
    p.add_argument("--channels", metavar="LIST", help="comma-separated: async, chat, video, "
                   "phone")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="when the mentorship ends")
    p.add_argument("--start", metavar="YYYY-MM-DD", help="when it starts")
    p.add_argument("--goal", dest="goals", action="append", metavar="TITLE",
                   help="a goal of the mentorship (repeatable)")
    p.add_argument("--response-hours", metavar="N", help="expected response time, 1 to 720")
    p.add_argument("--confidentiality", metavar="TEXT", help="what stays between you")
    p.add_argument("--review", dest="reviews", action="append", metavar="YYYY-MM-DD",
                   help="a review date (repeatable)")
    p.add_argument("--coordinator", metavar="LIST", help="what a programme coordinator may "
                   "see, comma-separated: agreement, goals, sessions, progress")
    p.set_defaults(handler=cmd_agreement_propose)

    p = verbs.add_parser("sign", help="accept and sign the latest proposed version")
    _contact_argument(p)
    p.add_argument("--version", metavar="N", help="sign version N instead of the latest")
    p.set_defaults(handler=cmd_agreement_sign)


def _register_goals(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("goals", help="list the goals of a mentorship (shared and private)")
    _contact_argument(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_goals)

    group = sub.add_parser("goal", help="add, update, share or delete a goal")
    verbs = group.add_subparsers(dest="verb", metavar="add|update|share|delete", required=True)

    p = verbs.add_parser("add", help="add a goal (shared, or with --private only yours)")
    _contact_argument(p)
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--due", metavar="YYYY-MM-DD")
    p.add_argument("--measure", metavar="TEXT", help="how you will know it is reached")
    p.add_argument("--private", action="store_true", help="keep it in this vault only")
    p.set_defaults(handler=cmd_goal_add)

    p = verbs.add_parser("update", help="change a goal's progress, status, title or due date, "
                         "or add or tick off a milestone")
    _contact_argument(p)
    p.add_argument("goal", metavar="GOAL", help="the goal's id or exact title")
    p.add_argument("--progress", metavar="N", help="percent, 0 to 100")
    p.add_argument("--status", help="active, paused, achieved or dropped")
    p.add_argument("--milestone", metavar="TEXT", help="add a milestone")
    p.add_argument("--done-milestone", metavar="TEXT", help="mark a milestone (id or exact "
                   "title) done")
    p.add_argument("--title", metavar="TEXT")
    p.add_argument("--due", metavar="YYYY-MM-DD")
    p.add_argument("--measure", metavar="TEXT")
    p.set_defaults(handler=cmd_goal_update)

    p = verbs.add_parser("share", help="share a private goal with the contact")
    _contact_argument(p)
    p.add_argument("goal", metavar="GOAL", help="the goal's id or exact title")
    p.set_defaults(handler=cmd_goal_share)

    p = verbs.add_parser("delete", help="delete a goal (a shared one only if you added it)")
    _contact_argument(p)
    p.add_argument("goal", metavar="GOAL", help="the goal's id or exact title")
    p.set_defaults(handler=cmd_goal_delete)


def _register_sessions(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sessions", help="list the sessions of a mentorship, or export them as "
                       "a calendar file")
    _contact_argument(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--ics", metavar="FILE", dest="file", help="also write the sessions to FILE "
                   "as iCalendar (.ics), readable only by you")
    p.set_defaults(handler=cmd_sessions)

    group = sub.add_parser("session", help="plan, change or reschedule a session, or add to its "
                           "notes")
    verbs = group.add_subparsers(dest="verb", metavar="add|update|notes", required=True)

    p = verbs.add_parser("add", help="plan a session (or a series) in a time zone")
    _contact_argument(p)
    p.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", required=True,
                   help="local start time in --tz")
    p.add_argument("--tz", metavar="ZONE", help="IANA time zone, e.g. Europe/Berlin (default: "
                   "your profile's, else this computer's)")
    p.add_argument("--minutes", metavar="N", default="60", help="5 to 1440 (default 60)")
    p.add_argument("--title", metavar="TEXT", required=True)
    p.add_argument("--repeat", help="weekly, fortnightly or monthly")
    p.add_argument("--count", metavar="N", help="how many sessions in the series, 1 to 260 "
                   "(default: no end)")
    p.add_argument("--agenda", metavar="TEXT")
    p.add_argument("--link", metavar="URL", help="a meeting link (https://)")
    p.set_defaults(handler=cmd_session_add)

    p = verbs.add_parser("update", help="reschedule or change a session (calendars that "
                         "imported it update it)")
    _contact_argument(p)
    p.add_argument("session", metavar="SESSION", help="the session's id or exact title")
    p.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", help="new local start time")
    p.add_argument("--tz", metavar="ZONE", help="new IANA time zone")
    p.add_argument("--minutes", metavar="N", help="5 to 1440")
    p.add_argument("--title", metavar="TEXT")
    p.add_argument("--status", help="planned, held or cancelled")
    p.add_argument("--count", metavar="N", help="how many sessions in the series, 1 to 260")
    p.add_argument("--agenda", metavar="TEXT")
    p.add_argument("--link", metavar="URL", help="a meeting link (https://; empty to remove)")
    p.set_defaults(handler=cmd_session_update)

    p = verbs.add_parser("notes", help="add to a session's shared notes (or, with --private, "
                         "your own)")
    _contact_argument(p)
    p.add_argument("session", metavar="SESSION", help="the session's id or exact title")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--private", action="store_true", help="keep the note in this vault only")
    p.set_defaults(handler=cmd_session_notes)


def _register_feedback(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("feedback", help="give feedback (shared with the contact, or with "
                       "--private kept as your reflection)")
    _contact_argument(p)
    p.add_argument("--session", metavar="SESSION", help="the session's id or exact title")
    p.add_argument("--rating", metavar="N", help="1 to 5")
    p.add_argument("--useful", metavar="TEXT", default="", help="what was useful")
    p.add_argument("--try-next", metavar="TEXT", default="", help="one thing to try next time")
    p.add_argument("--next-step", metavar="TEXT", default="", help="the next step")
    p.add_argument("--private", action="store_true", help="keep it in this vault only")
    p.set_defaults(handler=cmd_feedback)

    p = sub.add_parser("pulse", help="answer the short pulse on how the mentorship goes (kept "
                       "in this vault only)")
    _contact_argument(p)
    p.add_argument("--rating", metavar="N", required=True, help="1 to 5")
    p.add_argument("--answer", metavar="TEXT", default="", help="a few words on why")
    p.set_defaults(handler=cmd_pulse)


def _register_relationship(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser(
        "relationship", help="a mentorship's state and overview; end, archive or reopen it",
        description="`ementor relationship CONTACT` shows it; `end`, `archive` and `reopen` "
                    "change its state. A contact named like a verb: use `show` or their id.")
    verbs = group.add_subparsers(dest="verb", metavar="end|archive|reopen|show|CONTACT",
                                 action=_VerbOrContact, required=True)

    p = verbs.add_parser(SHOW, help="the relationship's state, history and an overview")
    _contact_argument(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_relationship)

    p = verbs.add_parser("end", help="end the mentorship, saying why (--completed: it reached "
                         "its goals)")
    _contact_argument(p)
    p.add_argument("--reason", metavar="TEXT", required=True)
    p.add_argument("--completed", action="store_true", help="it ends because it is complete")
    p.set_defaults(handler=cmd_relationship_end)

    p = verbs.add_parser("archive", help="archive the mentorship (nothing is deleted)")
    _contact_argument(p)
    p.set_defaults(handler=cmd_relationship_archive)

    p = verbs.add_parser("reopen", help="make an ended or archived mentorship active again")
    _contact_argument(p)
    p.set_defaults(handler=cmd_relationship_reopen)


# -- helpers ------------------------------------------------------------------------------------


def _whole(text: str | None, low: int, high: int, option: str) -> int | None:
    """An option's whole number (ASCII digits), or a UsageError naming the range."""
    if text is None:
        return None
    if not _DIGITS.fullmatch(text) or not low <= int(text) <= high:
        raise UsageError(f"{option} must be a whole number from {low} to {high}.")
    return int(text)


def _words(text: str | None) -> list[str] | None:
    """A comma-separated option as its words (spaces around them ignored)."""
    if text is None:
        return None
    return [word.strip() for word in text.split(",") if word.strip()]


def _block(text: str) -> str:
    """A person's multi-line text for the terminal: later lines indented, so none can pass for
    a line of ours (the stream escapes the rest)."""
    return display.escape_for_terminal(text.rstrip("\n"), keep="\t", newline="\n        ")


def _their_key(contact: Contact) -> str:
    return contact.signing_key.hex()


def _my_name(vault: Vault) -> str:
    with vault.mutex:
        profile = Repos.over(vault.db).profile.get()
    return profile.display_name if profile is not None else ""


def _date(ms: int, zone: str) -> str:
    return export.moment_text(ms, zone, date_only=True)


def _delivery(contact: Contact) -> str:
    """What happens to a shared edit next."""
    if contact.state == "pending":
        return f"it reaches {shown_name(contact)} once they confirm the connection"
    if contact.state != "active":
        return f"it is kept here ({shown_name(contact)} is {contact.state})"
    if not workspace.shared_capable(contact):
        return (f"{shown_name(contact)}'s app does not take shared records yet; they get it "
                "once it does")
    return "`ementor sync` sends it"


# -- agreement ----------------------------------------------------------------------------------


def _signer_name(signer: str, by_me: bool, me: str, contact: Contact) -> str | None:
    if by_me:
        return display.clean_name(me) or None
    if signer == _their_key(contact):
        return display.clean_name(contact.display_name) or None
    return None


def _agreement_document(agreement: Agreement, contact: Contact, me: str) -> dict[str, Any]:
    doc = workspace.agreement_json(agreement)
    for signature in doc["signatures"]:
        signature["signer_name"] = _signer_name(signature["signer"], signature["by_me"], me,
                                                contact)
    versions = {v.id: v for v in agreement.versions}
    for entry in doc["versions"]:
        version = versions[entry["id"]]
        entry["signatures"] = [{"signer": s.signer, "by_me": s.by_me, "valid": s.valid,
                                "at": s.at,
                                "signer_name": _signer_name(s.signer, s.by_me, me, contact)}
                               for s in version.signatures]
    return doc


def cmd_agreement(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        agreement = workspace.records(vault, contact.id).agreement
        me = _my_name(vault)
        zone = export.viewer_timezone(vault)
    if args.json:
        print_json(out, _agreement_document(agreement, contact, me))
        return 0
    them = shown_name(contact)
    if agreement.tampered:
        print("TAMPERED: a signature does not verify. The agreement or a signature was changed "
              "outside the app; do not rely on it.", file=out)
    current = agreement.current
    if current is None:
        print(f"No agreement with {them} proposed yet (`ementor agreement propose`).", file=out)
        if agreement.draft:
            print("Draft terms (not proposed):", file=out)
            _print_terms(out, agreement.draft)
        return 0
    print(f"Agreement with {them}, version {current.number}:", file=out)
    print(_status_line(current, contact, zone), file=out)
    _print_terms(out, current.terms)
    in_force = agreement.in_force
    if in_force is not None and in_force.id != current.id:
        print(f"Version {in_force.number}, signed by both on {_signed_on(in_force, zone)}, "
              "stays in force until this one is signed by both.", file=out)
    for version in reversed(agreement.versions[:-1]):
        state = "signed by both" if version.signed_by_both else "not signed by both"
        print(f"Earlier: version {version.number}, proposed by "
              f"{_proposer(version, contact)} on {_date(version.at, zone)}, {state}.",
              file=out)
    return 0


def _proposer(version: AgreementVersion, contact: Contact) -> str:
    if version.by_me:
        return "you"
    return shown_name(contact) if version.by == _their_key(contact) else "an earlier key"


def _signed_on(version: AgreementVersion, zone: str) -> str:
    return _date(max(s.at for s in version.signatures if s.valid), zone)


def _status_line(version: AgreementVersion, contact: Contact, zone: str) -> str:
    if version.signed_by_both:
        return f"Signed by both on {_signed_on(version, zone)}."
    mine = any(s.valid and s.by_me for s in version.signatures)
    theirs = any(s.valid and s.signer == _their_key(contact) for s in version.signatures)
    waiting = []
    if not mine:
        waiting.append("your signature (`ementor agreement sign`)")
    if not theirs:
        waiting.append(f"{shown_name(contact)}'s signature")
    return (f"Proposed by {_proposer(version, contact)} on {_date(version.at, zone)}, waiting "
            f"for {' and '.join(waiting)}.")


def _print_terms(out: TextIO, terms: dict[str, Any]) -> None:
    labels = (("cadence", "cadence"), ("channels", "channels"), ("start", "start"),
              ("end", "until"), ("response_hours", "expected response (hours)"),
              ("reviews", "reviews"), ("coordinator", "a coordinator may see"))
    for key, label in labels:
        value = terms.get(key)
        if value is None or value == []:
            continue
        shown = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
        print(f"    {label}: {shown}", file=out)
    for goal in terms.get("goals") or ():
        print(f"    goal: {goal}", file=out)
    if terms.get("confidentiality"):
        print(f"    confidentiality: {_block(str(terms['confidentiality']))}", file=out)


_REQUIRED_TERMS = (("cadence", "--cadence"), ("channels", "--channels"), ("end", "--until"))


def cmd_agreement_propose(args: argparse.Namespace, out: TextIO) -> int:
    terms: dict[str, Any] = {
        "cadence": args.cadence, "channels": _words(args.channels), "until": args.until,
        "start": args.start, "goals": args.goals,
        "response_hours": _whole(args.response_hours, 1, 720, "--response-hours"),
        "confidentiality": args.confidentiality, "reviews": args.reviews,
        "coordinator": _words(args.coordinator)}
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        draft = workspace.records(vault, contact.id).agreement.draft
        checked = workspace.agreement_terms(**terms)
        missing = [option for key, option in _REQUIRED_TERMS
                   if not checked.get(key) and not draft.get(key)]
        if missing:
            raise UsageError(f"An agreement needs {', '.join(missing)} (given now or already "
                             "in the draft).")
        agreement = workspace.propose_agreement(vault, contact.id, **terms).agreement
    current = agreement.current
    assert current is not None
    print(f"Proposed and signed version {current.number} of the agreement with "
          f"{shown_name(contact)}; {_delivery(contact)}. It is in force once they sign it too.",
          file=out)
    return 0


def cmd_agreement_sign(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        agreement = workspace.sign_agreement(vault, contact.id, args.version).agreement
    version = agreement.current if args.version is None else next(
        (v for v in agreement.versions if args.version in (v.id, str(v.number))), None)
    assert version is not None  # sign_agreement refused a version it could not find
    state = ("It is signed by both." if version.signed_by_both
             else f"It waits for {shown_name(contact)}'s signature.")
    print(f"Signed version {version.number} of the agreement with {shown_name(contact)}; "
          f"{_delivery(contact)}. {state}", file=out)
    return 0


# -- goals --------------------------------------------------------------------------------------


def _goal_json(goal: workspace.GoalView) -> dict[str, Any]:
    doc = goal.as_json()
    doc["history"] = [{"at": h.get("at"), "by_me": bool(h.get("by_me")),
                       "set": h.get("set", {}), "milestone": h.get("milestone")}
                      for h in goal.history]
    return doc


def cmd_goals(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        views = workspace.goals(vault, contact.id)
    if args.json:
        print_json(out, [_goal_json(g) for g in views])
        return 0
    if not views:
        print(f"No goals with {shown_name(contact)} yet (`ementor goal add`).", file=out)
    for goal in views:
        kind = "shared" if goal.shared else "private"
        due = f", due {goal.due}" if goal.due else ""
        print(f"{goal.title} [{kind}, {goal.status}, {goal.progress}%{due}] id {goal.id}",
              file=out)
        if goal.measure:
            print(f"    measure: {_block(goal.measure)}", file=out)
        for m in goal.milestones:
            mark = "x" if m.get("done") else " "
            print(f"    [{mark}] {m.get('title', '')}", file=out)
    return 0


def cmd_goal_add(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        goal = workspace.add_goal(vault, contact.id, args.title, due=args.due,
                                  measure=args.measure, private=args.private)
    where = ("private: it stays in this vault" if not goal.shared
             else f"shared: {_delivery(contact)}")
    print(f"Added the goal {goal.title!r} ({where}); id {goal.id}.", file=out)
    return 0


def cmd_goal_update(args: argparse.Namespace, out: TextIO) -> int:
    progress = _whole(args.progress, 0, 100, "--progress")
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        goal = workspace.update_goal(
            vault, contact.id, args.goal, progress=progress, status=args.status,
            milestone=args.milestone, title=args.title, due=args.due, measure=args.measure,
            done_milestone=args.done_milestone)
    where = "" if not goal.shared else f"; {_delivery(contact)}"
    print(f"Updated {goal.title!r}: {goal.status}, {goal.progress}%{where}.", file=out)
    return 0


def cmd_goal_share(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        goal = workspace.share_goal(vault, contact.id, args.goal)
    print(f"Shared the goal {goal.title!r} with {shown_name(contact)} (new id {goal.id}); "
          f"{_delivery(contact)}.", file=out)
    return 0


def cmd_goal_delete(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        goal = workspace.find_goal(vault, contact.id, args.goal)
        workspace.delete_goal(vault, contact.id, goal.id)
    where = "" if not goal.shared else f"; {_delivery(contact)}"
    print(f"Deleted the goal {goal.title!r}{where}.", file=out)
    return 0


# -- sessions -----------------------------------------------------------------------------------


def _next(session: Session, zone: str, now: datetime) -> calendar.Occurrence | None:
    if session.deleted or session.status != "planned":
        return None
    try:
        upcoming = calendar.occurrences(session, after=now, limit=1)
    except calendar.UnreadableSchedule:
        return None
    return calendar.in_zone(upcoming[0], zone) if upcoming else None


def _session_json(session: Session, records: Records, notes: list[NoteRow], zone: str,
                  now: datetime) -> dict[str, Any]:
    upcoming = _next(session, zone, now)
    return {
        "id": session.id, "title": session.title, "start": session.start, "tz": session.tz,
        "minutes": session.minutes, "repeat": session.repeat, "count": session.count,
        "status": session.status, "sequence": session.sequence, "uid": calendar.uid(session),
        "agenda": session.agenda, "link": session.link, "added_by_me": session.by_me,
        "next": None if upcoming is None else {
            "number": upcoming.number, "start": upcoming.start.isoformat(),
            "end": upcoming.end.isoformat(), "tz": zone},
        "notes": session.notes,
        "private_notes": [{"id": n.id, "text": n.body, "at": n.created_at}
                          for n in notes if n.session == session.id],
        "action_items": [{"id": a.id, "title": a.title, "done": a.done, "due": a.due}
                         for a in records.actions if a.session == session.id and not a.deleted],
    }


def _placeable(session: Session) -> bool:
    try:
        calendar.occurrences(session, limit=1)
    except calendar.UnreadableSchedule:
        return False
    return True


def cmd_sessions(args: argparse.Namespace, out: TextIO) -> int:
    now = datetime.now(UTC)
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        records = workspace.records(vault, contact.id)
        notes = workspace.private_notes(vault, contact.id, every=True)
        zone = export.viewer_timezone(vault)
        sessions = [s for s in records.sessions if not s.deleted]
        skipped = [s for s in sessions if not _placeable(s)]
        if args.file is not None:  # inside: a failed write is a failed command
            data = calendar.to_ics([s for s in sessions if s not in skipped],
                                   calendar_name=f"Mentoring with {shown_name(contact)}",
                                   now=now, my_name=_my_name(vault) or None,
                                   their_name=contact.display_name)
            write_atomic(Path(args.file), data, "the calendar file")
    if args.json:
        print_json(out, [_session_json(s, records, notes, zone, now) for s in sessions])
    else:
        _print_sessions(out, sessions, records, notes, contact, zone, now)
    if skipped:
        warn(f"note: left out of the listing's times and the calendar: {len(skipped)} "
             "session(s) whose time this computer cannot place.")
    if args.file is not None and not args.json:  # JSON alone on stdout: one document
        print(f"Wrote {len(sessions) - len(skipped)} session(s) to {args.file} (iCalendar, "
              "readable only by you).", file=out)
    return 0


def _print_sessions(out: TextIO, sessions: list[Session], records: Records, notes: list[NoteRow],
                    contact: Contact, zone: str, now: datetime) -> None:
    if not sessions:
        print(f"No sessions with {shown_name(contact)} yet (`ementor session add`).", file=out)
    for session in sessions:
        print(f"{session.title} [{session.status}] id {session.id}", file=out)
        try:
            first = calendar.occurrences(session, limit=1)
        except calendar.UnreadableSchedule as err:
            print(f"    when: {err}", file=out)
            first = []
        if first:
            repeat = ""
            if session.repeat:
                repeat = (f", {session.repeat}" + (f", {session.count} times" if session.count
                                                   else ", without end"))
            print(f"    when: {calendar.label(first[0].start)}, {session.minutes} minutes"
                  f"{repeat}", file=out)
        upcoming = _next(session, zone, now)
        if upcoming is not None:
            print(f"    next: {calendar.label(upcoming.start)}", file=out)
        if session.link:
            print(f"    link: {session.link}", file=out)
        if session.agenda:
            print(f"    agenda: {_block(session.agenda)}", file=out)
        if session.notes:
            print(f"    notes: {_block(session.notes)}", file=out)
        for note in notes:
            if note.session == session.id:
                print(f"    your private note: {_block(note.body)}", file=out)
        for action in records.actions:
            if action.session == session.id and not action.deleted:
                print(f"    [{'x' if action.done else ' '}] {action.title}", file=out)


def cmd_session_add(args: argparse.Namespace, out: TextIO) -> int:
    minutes = _whole(args.minutes, 5, 1440, "--minutes")
    count = _whole(args.count, 1, 260, "--count")
    assert minutes is not None
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        zone = args.tz if args.tz is not None else export.viewer_timezone(vault)
        session_id = workspace.add_session(
            vault, contact.id, at=args.at, tz=zone, minutes=minutes, title=args.title,
            repeat=args.repeat, count=count, agenda=args.agenda, link=args.link)
        session = workspace.find_session(vault, contact.id, session_id)
    when = calendar.label(calendar.occurrences(session, limit=1)[0].start)
    series = ""
    if session.repeat:
        series = f", {session.repeat}" + (f", {session.count} times" if session.count
                                          else ", without end")
    print(f"Planned {session.title!r} on {when}{series}; {_delivery(contact)}. "
          f"Id {session.id}.", file=out)
    return 0


def cmd_session_update(args: argparse.Namespace, out: TextIO) -> int:
    minutes = _whole(args.minutes, 5, 1440, "--minutes")
    count = _whole(args.count, 1, 260, "--count")
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        session = workspace.update_session(
            vault, contact.id, args.session, at=args.at, tz=args.tz, minutes=minutes,
            title=args.title, status=args.status, agenda=args.agenda, link=args.link,
            count=count)
    when = calendar.label(calendar.occurrences(session, limit=1)[0].start)
    print(f"Changed {session.title!r}: {session.status}, {when}, {session.minutes} minutes "
          f"(calendar sequence {session.sequence}); {_delivery(contact)}.", file=out)
    return 0


def cmd_session_notes(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        session = workspace.find_session(vault, contact.id, args.session)
        workspace.session_notes(vault, contact.id, session.id, args.text,
                                private=args.private)
    if args.private:
        print(f"Kept a private note on {session.title!r} (only in this vault).", file=out)
    else:
        print(f"Added to the shared notes of {session.title!r}; {_delivery(contact)}.",
              file=out)
    return 0


# -- feedback and pulse -------------------------------------------------------------------------


def cmd_feedback(args: argparse.Namespace, out: TextIO) -> int:
    rating = _whole(args.rating, 1, 5, "--rating")
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        workspace.give_feedback(vault, contact.id, session=args.session, rating=rating,
                                useful=args.useful, try_next=args.try_next,
                                next_step=args.next_step, private=args.private)
    if args.private:
        print("Kept your feedback as a private reflection (only in this vault).", file=out)
    else:
        print(f"Gave feedback to {shown_name(contact)}; {_delivery(contact)}.", file=out)
    return 0


def cmd_pulse(args: argparse.Namespace, out: TextIO) -> int:
    rating = _whole(args.rating, 1, 5, "--rating")
    assert rating is not None
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        workspace.answer_pulse(vault, contact.id, rating, {"answer": args.answer})
    print(f"Noted how the mentorship with {shown_name(contact)} goes (only in this vault).",
          file=out)
    return 0


def cmd_note(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        workspace.add_private_note(vault, contact.id, args.text)
    print(f"Kept a private note about {shown_name(contact)} (only in this vault).", file=out)
    return 0


# -- relationship -------------------------------------------------------------------------------


def _relationship_document(vault: Vault, contact: Contact, zone: str,
                           now: datetime) -> tuple[dict[str, Any], str | None]:
    """The overview as JSON, and the next session as the text form shows it."""
    row = workspace.relationship(vault, contact.id)
    records = workspace.records(vault, contact.id)
    goals = workspace.goals(vault, contact.id)
    upcoming = calendar.next_occurrence(records.sessions, now)
    shown = calendar.in_zone(upcoming[1], zone) if upcoming is not None else None
    titles = {s.id: s.title for s in records.sessions}
    return {
        "contact": {"id": contact.id, "name": display.clean_name(contact.display_name),
                    "role": contact.role},
        "state": row.state, "reason": row.reason, "changed_at": row.changed_at or None,
        "history": [{"at": h.get("at"), "state": h.get("state"), "reason": h.get("reason", "")}
                    for h in row.history],
        "agreement": records.agreement.status, "tampered": records.agreement.tampered,
        "goals": {"shared": sum(1 for g in goals if g.shared),
                  "private": sum(1 for g in goals if not g.shared)},
        "next_session": None if upcoming is None or shown is None else {
            "id": upcoming[0].id, "title": upcoming[0].title,
            "start": shown.start.isoformat(), "tz": zone},
        "feedback": [{"id": f.id, "by_me": f.by_me, "private": False, "session": f.session,
                      "session_title": titles.get(f.session or ""), "rating": f.rating,
                      "useful": f.useful, "try_next": f.try_next, "next_step": f.next_step,
                      "at": f.created_at}
                     for f in records.feedback if not f.deleted]
        + [{"id": f.id, "by_me": True, "private": True, "session": f.session,
            "session_title": titles.get(f.session or ""), "rating": f.rating,
            "useful": f.answers.get("useful", ""), "try_next": f.answers.get("try_next", ""),
            "next_step": f.answers.get("next_step", ""), "at": f.created_at}
           for f in workspace.private_feedback(vault, contact.id) if f.kind == "session"],
        "pulse": [{"id": f.id, "rating": f.rating, "answers": f.answers, "at": f.created_at}
                  for f in workspace.private_feedback(vault, contact.id) if f.kind == "pulse"],
        "notes": [{"id": n.id, "text": n.body, "at": n.created_at}
                  for n in workspace.private_notes(vault, contact.id)],
    }, (None if upcoming is None or shown is None
        else f"{upcoming[0].title}, {calendar.label(shown.start)}")


def cmd_relationship(args: argparse.Namespace, out: TextIO) -> int:
    now = datetime.now(UTC)
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        zone = export.viewer_timezone(vault)
        doc, next_session = _relationship_document(vault, contact, zone, now)
    if args.json:
        print_json(out, doc)
        return 0
    them = shown_name(contact)
    since = f" since {_date(doc['changed_at'], zone)}" if doc["changed_at"] else ""
    reason = f": {doc['reason']}" if doc["reason"] else ""
    print(f"Mentorship with {them}: {doc['state']}{since}{reason}", file=out)
    for h in doc["history"]:
        why = f" ({h['reason']})" if h["reason"] else ""
        print(f"    {_date(int(h['at'] or 0), zone)} {h['state']}{why}", file=out)
    tampered = " — TAMPERED: a signature does not verify" if doc["tampered"] else ""
    print(f"Agreement: {doc['agreement']}{tampered}", file=out)
    print(f"Goals: {doc['goals']['shared']} shared, {doc['goals']['private']} private", file=out)
    if next_session is not None:
        print(f"Next session: {next_session}", file=out)
    for f in doc["feedback"]:
        who = "you (private)" if f["private"] else ("you" if f["by_me"] else them)
        rating = f", rated {f['rating']}/5" if f["rating"] is not None else ""
        about = f" on {f['session_title']!r}" if f["session_title"] else ""
        print(f"Feedback from {who}{about}{rating} ({_date(f['at'], zone)})", file=out)
        for key, label in (("useful", "useful"), ("try_next", "try next"),
                           ("next_step", "next step")):
            if f[key]:
                print(f"    {label}: {_block(f[key])}", file=out)
    for p in doc["pulse"]:
        answer = p["answers"].get("answer")
        print(f"Your pulse ({_date(p['at'], zone)}): {p['rating']}/5"
              + (f" — {_block(answer)}" if answer else ""), file=out)
    for n in doc["notes"]:
        print(f"Your note ({_date(n['at'], zone)}): {_block(n['text'])}", file=out)
    return 0


def _set_state(args: argparse.Namespace, out: TextIO, state: str, reason: str = "") -> int:
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        workspace.set_relationship_state(vault, contact.id, state, reason)
    print(f"The mentorship with {shown_name(contact)} is now {state}.", file=out)
    return 0


def cmd_relationship_end(args: argparse.Namespace, out: TextIO) -> int:
    return _set_state(args, out, "completed" if args.completed else "ended", args.reason)


def cmd_relationship_archive(args: argparse.Namespace, out: TextIO) -> int:
    return _set_state(args, out, "archived")


def cmd_relationship_reopen(args: argparse.Namespace, out: TextIO) -> int:
    return _set_state(args, out, "active")


# -- export -------------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, named(vault, args.contact) as contact:
        text = export.relationship_markdown(vault, contact.id)
        write_atomic(Path(args.file), text.encode("utf-8"), "the export file")
    print(f"Wrote your record of the mentorship with {shown_name(contact)} to {args.file}. It "
          "is plain text, not encrypted: keep it where only you can read it.", file=out)
    return 0
