"""A relationship's record as Markdown, for the person to keep or print (`ementor export`, and
the app renders it to PDF with Qt): one's own view of everything the relationship holds — both
profiles, the relationship's state and history, the agreement with every version and whether
each signature verifies at export time, goals (shared and private) with milestones and
progress history, sessions with their shared notes and one's own private notes, action items,
feedback given and received, one's own pulse answers and private notes.

Every piece of text a person chose — either person, and the other may be hostile — is escaped
so that it stays text: no link, image, HTML, heading, list, table, emphasis or code can come out
of it in a CommonMark or GitHub-flavoured renderer (Qt's included); the structure around it is
ours. Control, bidi and other invisible characters are written as visible escapes (`\\x1b`,
`\\u202e`). This module returns a string: it never writes files, touches the network or
imports Qt. Also here: the viewer's time zone (the profile's, else this computer's).
"""

from __future__ import annotations

import contextlib
import os
import string
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ementor_desktop.domain import calendar, workspace
from ementor_desktop.domain.shared import Agreement, AgreementVersion, Records, Session
from ementor_desktop.errors import UsageError
from ementor_desktop.matching.timezones import parse_timezone
from ementor_desktop.protocol import display
from ementor_desktop.records import Contact, Profile
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault

#: Every ASCII punctuation character may be backslash-escaped in CommonMark (spec §2.4), and an
#: escaped one never starts or ends markup: escaping them all leaves no syntax in a text — not
#: even the bare URLs and e-mail addresses GitHub-flavoured renderers turn into links.
_PUNCTUATION = frozenset(string.punctuation)
#: Invisible characters that scripts and emoji need (Persian, Hindi, 👩‍💻); they steer nothing.
_JOINERS = "\u200c\u200d"
_TERMS = (("cadence", "Cadence"), ("channels", "Channels"), ("start", "Start"), ("end", "End"),
          ("response_hours", "Expected response (hours)"), ("reviews", "Reviews"),
          ("coordinator", "A programme coordinator may see"))
_FEEDBACK_ANSWERS = (("useful", "What was useful"), ("try_next", "To try next time"),
                     ("next_step", "Next step"))


# -- escaping -----------------------------------------------------------------------------------


def md_inline(text: str) -> str:
    """One line of text as Markdown that renders as exactly that text: every ASCII punctuation
    character backslash-escaped, unsafe characters (line breaks included) as visible escapes."""
    safe = display.escape_for_terminal(text, keep=_JOINERS)
    return "".join("\\" + c if c in _PUNCTUATION else c for c in safe)


def md_name(name: str) -> str:
    """A person's name as shown: cleaned like everywhere else, then escaped."""
    return md_inline(display.clean_name(name) or "(no name)")


def md_quote(text: str) -> list[str]:
    """Multi-line text as a block quote, each line escaped; leading spaces become no-break
    spaces (four spaces would start a code block), tabs four of them."""
    lines = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.replace("\t", "    ").rstrip(" ")
        stripped = line.lstrip(" ")
        indent = "\u00a0" * (len(line) - len(stripped))
        lines.append(f"> {indent}{md_inline(stripped)}" if stripped else ">")
    return lines


# -- time -------------------------------------------------------------------------------------


def system_timezone() -> str | None:
    """This computer's IANA time zone, if it can be named: `$TZ`, the zone `/etc/localtime`
    links to, or `/etc/timezone`."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError, ValueError):
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    with contextlib.suppress(OSError, UnicodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for candidate in candidates:
        if not candidate:
            continue
        try:
            return parse_timezone(candidate)
        except ValueError:
            continue
    return None


def viewer_timezone(vault: Vault) -> str:
    """The zone in which this person sees times: their profile's, else this computer's, else
    UTC."""
    with vault.mutex:
        profile = Repos.over(vault.db).profile.get()
    if profile is not None and profile.timezone:
        try:
            return parse_timezone(profile.timezone)
        except ValueError:
            pass
    return system_timezone() or "UTC"


def moment_text(ms: int, zone: str, *, date_only: bool = False) -> str:
    """A time kept in milliseconds (a person's clock, so possibly absurd) as
    `YYYY-MM-DD HH:MM` (or `YYYY-MM-DD`) in `zone`."""
    try:
        return datetime.fromtimestamp(ms / 1000, UTC).astimezone(ZoneInfo(zone)) \
            .strftime("%Y-%m-%d" if date_only else "%Y-%m-%d %H:%M")
    except (OverflowError, OSError, ValueError):
        return "(a time this computer cannot show)"


# -- the record -------------------------------------------------------------------------------


class _Writer:
    """Lines of Markdown; blocks separated by one blank line."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def block(self, *lines: str) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
        self.lines.extend(lines)
        self.lines.append("")

    def quoted(self, label: str, text: str) -> None:
        """`label` (ours) and then the person's text as a block quote, if there is any."""
        if text.strip():
            self.block(f"**{label}:**")
            self.block(*md_quote(text))

    def text(self) -> str:
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


def relationship_markdown(vault: Vault, contact_id: str, *,
                          now: datetime | None = None) -> str:
    """The person's own record of one relationship, as Markdown (see the module docstring)."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        contact = repos.contacts.get(contact_id)
        profile = repos.profile.get()
    if contact is None:
        raise UsageError("No such contact.")
    zone = viewer_timezone(vault)
    moment = now or datetime.now(UTC)
    records = workspace.records(vault, contact_id)
    them = md_name(contact.display_name)
    me = md_name(profile.display_name) if profile is not None else "You"
    out = _Writer()
    out.block(f"# Mentoring record: {me} and {them}")
    exported = moment_text(int(moment.timestamp() * 1000), zone)
    out.block(f"Exported on {exported} \\({md_inline(zone)}\\) "
              "from eMentor Desktop\\. This file is plain text and not encrypted: keep it "
              "where only you can read it\\.")
    _people(out, profile, contact)
    _relationship(out, vault, contact_id, zone)
    _agreement(out, records.agreement, contact, them, zone)
    _goals(out, vault, contact_id, them, zone)
    _sessions(out, vault, records, contact_id, them, zone, moment)
    _feedback(out, vault, records, contact_id, them, zone)
    _pulse_and_notes(out, vault, contact_id, them, zone)
    return out.text()


def _people(out: _Writer, profile: Profile | None, contact: Contact) -> None:
    out.block("## People")
    rows = []
    if profile is not None:
        rows.append(f"- **You:** {md_name(profile.display_name)}, "
                    f"{md_inline(profile.role.value)}"
                    + (f" — {md_inline(profile.headline)}" if profile.headline else ""))
    headline = contact.profile.get("headline")
    rows.append(f"- **{md_name(contact.display_name)}:** "
                f"{md_inline(display.clean_name(contact.role) or 'role unknown')}"
                + (f" — {md_inline(headline)}" if isinstance(headline, str) and headline
                   else "")
                + (" \\(verified\\)" if contact.verified else " \\(not verified\\)"))
    out.block(*rows)


def _relationship(out: _Writer, vault: Vault, contact_id: str, zone: str) -> None:
    row = workspace.relationship(vault, contact_id)
    out.block("## Relationship")
    rows = [f"- **State:** {md_inline(row.state)}"
            + (f" since {moment_text(row.changed_at, zone)}" if row.changed_at else "")]
    if row.reason:
        rows.append(f"- **Reason:** {md_inline(row.reason)}")
    out.block(*rows)
    if row.history:
        out.block("**History:**")
        out.block(*(f"- {moment_text(int(h.get('at', 0)), zone)}: {md_inline(str(h.get('state')))}"
                    + (f" — {md_inline(str(h['reason']))}" if h.get("reason") else "")
                    for h in row.history))


def _who(by_me: bool, by: str, contact: Contact, them: str) -> str:
    if by_me:
        return "you"
    if by == contact.signing_key.hex():
        return them
    return "an earlier key"


def _terms(out: _Writer, terms: dict[str, Any]) -> None:
    rows = []
    for key, label in _TERMS:
        value = terms.get(key)
        if value is None or value == []:
            continue
        shown = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
        rows.append(f"- {label}: {md_inline(shown)}")
    if terms.get("goals"):
        rows.append("- Goals:")
        rows.extend(f"  - {md_inline(str(goal))}" for goal in terms["goals"])
    if rows:
        out.block(*rows)
    else:
        out.block("No terms\\.")
    out.quoted("Confidentiality", str(terms.get("confidentiality") or ""))


def _agreement(out: _Writer, agreement: Agreement, contact: Contact, them: str,
               zone: str) -> None:
    out.block("## Agreement")
    if agreement.tampered:
        out.block("**TAMPERED: a signature does not verify\\.** The agreement or a signature "
                  "was changed outside the app; do not rely on it\\.")
    status = {"draft": "no version proposed yet", "proposed": "proposed, not signed by both",
              "signed": "signed by both"}.get(agreement.status, agreement.status)
    in_force = agreement.in_force
    out.block(f"- **Status:** {md_inline(status)}",
              f"- **In force:** version {in_force.number}" if in_force
              else "- **In force:** none")
    for version in reversed(agreement.versions):
        _version(out, version, contact, them, zone)
    if agreement.draft and (agreement.current is None
                            or agreement.draft != agreement.current.terms):
        out.block("### Draft \\(not proposed\\)")
        _terms(out, agreement.draft)


def _version(out: _Writer, version: AgreementVersion, contact: Contact, them: str,
             zone: str) -> None:
    out.block(f"### Version {version.number}")
    out.block(f"Proposed by {_who(version.by_me, version.by, contact, them)} on "
              f"{moment_text(version.at, zone)}\\."
              + (" Signed by both\\." if version.signed_by_both else ""))
    _terms(out, version.terms)
    if version.signatures:
        out.block("**Signatures \\(verified now\\):**")
        out.block(*(f"- {_who(s.by_me, s.signer, contact, them)} on {moment_text(s.at, zone)}: "
                    + ("valid" if s.valid else "**DOES NOT VERIFY**")
                    for s in version.signatures))
    else:
        out.block("Not signed yet\\.")


def _change_text(change: dict[str, Any], milestones: dict[str, str]) -> str:
    values = change.get("set") or {}
    milestone = change.get("milestone")
    parts = []
    for key, value in values.items():
        shown: object = value
        if value is None:
            shown = "cleared"
        elif isinstance(value, bool):
            shown = "yes" if value else "no"
        elif key == "progress":
            shown = f"{value}%"
        if key == "deleted":
            shown = "deleted" if value is not None else "restored"
            parts.append(md_inline(str(shown)))
            continue
        parts.append(f"{md_inline(key)} {md_inline(str(shown))}")
    text = ", ".join(parts) or "no change"
    if milestone is not None:
        title = milestones.get(str(milestone), "a milestone")
        text = f"milestone “{md_inline(title)}”: {text}"
    return text


def _goals(out: _Writer, vault: Vault, contact_id: str, them: str, zone: str) -> None:
    views = workspace.goals(vault, contact_id)
    out.block("## Goals")
    if not views:
        out.block("No goals\\.")
        return
    for goal in views:
        kind = "shared" if goal.shared else "private, only in your vault"
        out.block(f"### {md_inline(goal.title)} \\({kind}\\)")
        rows = [f"- Status: {md_inline(goal.status)}", f"- Progress: {goal.progress}%"]
        if goal.due:
            rows.append(f"- Due: {md_inline(goal.due)}")
        rows.append(f"- Added by: {'you' if goal.by_me else them}")
        out.block(*rows)
        out.quoted("Measure of success", goal.measure)
        if goal.milestones:
            out.block("**Milestones:**")
            out.block(*(f"- {'done' if m.get('done') else 'open'}: "
                        f"{md_inline(str(m.get('title', '')))}"
                        + (f" \\(due {md_inline(str(m['due']))}\\)" if m.get("due") else "")
                        for m in goal.milestones))
        titles = {str(m.get("id")): str(m.get("title", "")) for m in goal.milestones}
        if goal.history:
            out.block("**History:**")
            out.block(*(f"- {moment_text(int(h.get('at', 0)), zone)}, by "
                        f"{'you' if h.get('by_me') else them}: {_change_text(h, titles)}"
                        for h in goal.history))


def _sessions(out: _Writer, vault: Vault, records: Records, contact_id: str, them: str,
              zone: str, now: datetime) -> None:
    sessions = [s for s in records.sessions if not s.deleted]
    out.block("## Sessions")
    if not sessions:
        out.block("No sessions\\.")
    notes = workspace.private_notes(vault, contact_id, every=True)
    for session in sessions:
        out.block(f"### {md_inline(session.title)}")
        out.block(*_session_rows(session, them, zone, now))
        out.quoted("Agenda", session.agenda)
        out.quoted("Shared notes", session.notes)
        for note in notes:
            if note.session == session.id:
                out.quoted(f"Your private note \\({moment_text(note.created_at, zone)}\\)",
                           note.body)
        actions = [a for a in records.actions if a.session == session.id and not a.deleted]
        if actions:
            out.block("**Action items:**")
            out.block(*(f"- {'done' if a.done else 'open'}: {md_inline(a.title)}"
                        + (f" \\(due {md_inline(a.due)}\\)" if a.due else "")
                        for a in actions))
    loose = [a for a in records.actions if a.session is None and not a.deleted]
    if loose:
        out.block("## Action items")
        out.block(*(f"- {'done' if a.done else 'open'}: {md_inline(a.title)}"
                    + (f" \\(due {md_inline(a.due)}\\)" if a.due else "") for a in loose))


def _session_rows(session: Session, them: str, zone: str, now: datetime) -> list[str]:
    rows = []
    try:
        first = calendar.occurrences(session, limit=1)
        upcoming = calendar.occurrences(session, after=now, limit=1)
    except calendar.UnreadableSchedule:
        first, upcoming = [], []
        rows.append("- When: this computer cannot place this session in time")
    if first:
        rows.append(f"- When: {md_inline(calendar.label(first[0].start))}, "
                    f"{session.minutes} minutes")
    if session.repeat:
        times = f", {session.count} times" if session.count else ", without end"
        rows.append(f"- Repeats: {md_inline(session.repeat)}{times}")
    if upcoming and session.status == "planned":
        shown = calendar.in_zone(upcoming[0], zone)
        rows.append(f"- Next: {md_inline(calendar.label(shown.start))}")
    rows.append(f"- Status: {md_inline(session.status)}")
    rows.append(f"- Planned by: {'you' if session.by_me else them}")
    if session.link:
        rows.append(f"- Meeting link \\(as text\\): {md_inline(session.link)}")
    return rows


def _feedback(out: _Writer, vault: Vault, records: Records, contact_id: str, them: str,
              zone: str) -> None:
    titles = {s.id: s.title for s in records.sessions}
    shared = [f for f in records.feedback if not f.deleted]
    reflections = [f for f in workspace.private_feedback(vault, contact_id)
                   if f.kind == "session"]
    out.block("## Feedback")
    if not shared and not reflections:
        out.block("No feedback\\.")
        return
    for heading, items in (("Given", [f for f in shared if f.by_me]),
                           (f"Received from {them}", [f for f in shared if not f.by_me])):
        if not items:
            continue
        out.block(f"### {heading}")
        for fb in items:
            about = f" about “{md_inline(titles.get(fb.session, 'a session'))}”" \
                if fb.session else ""
            rating = f", rated {fb.rating}/5" if fb.rating is not None else ""
            out.block(f"**{moment_text(fb.created_at, zone)}{about}{rating}**")
            for key, label in _FEEDBACK_ANSWERS:
                out.quoted(label, str(getattr(fb, key)))
    if reflections:
        out.block("### Private reflections \\(only in your vault\\)")
        for row in reflections:
            about = f" about “{md_inline(titles.get(row.session, 'a session'))}”" \
                if row.session else ""
            rating = f", rated {row.rating}/5" if row.rating is not None else ""
            out.block(f"**{moment_text(row.created_at, zone)}{about}{rating}**")
            for key, text in row.answers.items():
                out.quoted(md_inline(dict(_FEEDBACK_ANSWERS).get(key, key)), str(text))


def _pulse_and_notes(out: _Writer, vault: Vault, contact_id: str, them: str,
                     zone: str) -> None:
    pulses = [f for f in workspace.private_feedback(vault, contact_id) if f.kind == "pulse"]
    out.block("## Your pulse answers \\(only in your vault\\)")
    if not pulses:
        out.block("None\\.")
    for row in pulses:
        out.block(f"**{moment_text(row.created_at, zone)}, rated {row.rating}/5**")
        for key, text in row.answers.items():
            out.quoted(md_inline(key), str(text))
    notes = workspace.private_notes(vault, contact_id)
    out.block(f"## Your private notes about {them} \\(only in your vault\\)")
    if not notes:
        out.block("None\\.")
    for note in notes:
        out.quoted(moment_text(note.created_at, zone), note.body)


__all__ = ["md_inline", "md_name", "md_quote", "moment_text", "relationship_markdown",
           "system_timezone", "viewer_timezone"]
