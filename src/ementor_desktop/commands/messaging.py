"""Messaging commands: invite, accept, contacts, verify, accept-key, send, messages, sync.

Names and texts come from contacts, who choose them: names are shown cleaned (`shown_name`),
message texts escaped with their later lines indented, and the CLI's output stream escapes
whatever else could steer the terminal. A CONTACT argument is resolved without ambiguity
(`contacts.resolve_contact`); a contact found under a name they changed is pointed out.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import signal
import sys
import threading
import time
from collections.abc import Iterator
from typing import TextIO

from ementor_desktop.commands.common import count_option, open_vault, print_json, shown_name, warn
from ementor_desktop.domain import contacts as contact_service
from ementor_desktop.domain import messaging
from ementor_desktop.domain.inbox import sync_engine
from ementor_desktop.domain.models import Contact, Message
from ementor_desktop.domain.settings import Settings
from ementor_desktop.errors import InviteUnanswered, NetworkError, UsageError
from ementor_desktop.protocol import display
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.sync.engine import SyncEvent, SyncReport, SyncState


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("invite", help="create a one-time invite code for someone to connect")
    p.add_argument("--relay", metavar="URL", help="the relay to use (default: the configured "
                   "one; the first --relay given becomes the default)")
    p.add_argument("--days", type=count_option(1, 90),
                   default=contact_service.DEFAULT_INVITE_DAYS,
                   help="days until the invite expires (default 7)")
    p.add_argument("--admission", metavar="CODE", help="the relay's admission code, if your "
                   "organisation gave you one (kept with the relay it is for)")
    p.set_defaults(handler=cmd_invite)

    p = sub.add_parser("accept", help="accept an invite code and connect")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--admission", metavar="CODE", dest="admission", help="the admission code "
                   "of the invite's relay, if your organisation gave you one")
    p.set_defaults(handler=cmd_accept)

    p = sub.add_parser("contacts", help="list contacts with their safety numbers")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_contacts)

    p = sub.add_parser("verify", help="mark a contact verified after comparing safety numbers")
    p.add_argument("contact", metavar="CONTACT", help="name or id")
    p.add_argument("number", metavar="NUMBER", nargs="+", help="the safety number (spaces ok)")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("accept-key", help="accept a contact's changed key, giving the new "
                       "safety number you compared with them")
    p.add_argument("contact", metavar="CONTACT")
    p.add_argument("number", metavar="NUMBER", nargs="+", help="the NEW safety number")
    p.set_defaults(handler=cmd_accept_key)

    p = sub.add_parser("refuse-key", help="refuse a contact's key change (keep the keys you "
                       "know; what the new key sent is dropped)")
    p.add_argument("contact", metavar="CONTACT")
    p.set_defaults(handler=cmd_refuse_key)

    p = sub.add_parser("accept-route", help="let messages to a contact go to the relay they "
                       "asked to move to")
    p.add_argument("contact", metavar="CONTACT")
    p.set_defaults(handler=cmd_accept_route)

    p = sub.add_parser("block", help="block a contact: nothing from them is fetched or stored; "
                       "the conversation stays readable")
    p.add_argument("contact", metavar="CONTACT")
    p.set_defaults(handler=cmd_block)

    p = sub.add_parser("remove", help="remove a contact and delete the conversation with them")
    p.add_argument("contact", metavar="CONTACT")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_remove)

    p = sub.add_parser("send", help="queue a message (works offline; `sync` delivers it)")
    p.add_argument("contact", metavar="CONTACT", help="name or id")
    p.add_argument("text", metavar="TEXT")
    p.set_defaults(handler=cmd_send)

    p = sub.add_parser("messages", help="show the conversation with a contact")
    p.add_argument("contact", metavar="CONTACT")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=count_option(1, MAX_LIMIT), default=None,
                   help="only the newest N (1 or more)")
    p.set_defaults(handler=cmd_messages)

    p = sub.add_parser("sync", help="deliver queued messages and fetch new ones")
    p.add_argument("--watch", action="store_true",
                   help="keep running: near-real-time delivery until Ctrl+C")
    p.set_defaults(handler=cmd_sync)


MAX_LIMIT = 1_000_000_000
# Stored in a pending contact's profile by `accept`: when the invite stops being valid. If the
# inviter has not confirmed by then (and a day of grace), they never will.
INVITE_EXPIRY_KEY = "invite_expires_at"
UNANSWERED_GRACE_S = 86_400
# Seconds since the epoch of 9999-12-31 23:59:59 UTC: a later (or negative) expiry is no date.
LATEST_EXPIRY = 253_402_300_799


@contextlib.contextmanager
def _named(vault: Vault, query: str) -> Iterator[Contact]:
    """The contact a CONTACT argument names, for the body of the `with`; says so on stderr if
    they changed their name. Once the body has succeeded, their name counts as seen (a refused
    command writes nothing)."""
    resolved = contact_service.resolve_contact(vault, query)
    contact = resolved.contact
    if resolved.renamed_from is not None:
        before = display.clean_name(resolved.renamed_from) or "(no name)"
        warn(f"note: {shown_name(contact)} (id {contact.id}) was called {before!r} when you "
             "last saw them; they changed their name.")
    yield contact
    contact_service.remember_names(vault, [contact.id])


def _relay_url(vault: Vault, given: str | None) -> tuple[str, bool]:
    """The relay to use, and whether it should become the default (once it has worked)."""
    with vault.mutex:
        configured = Settings(Repos.over(vault.db).settings).get("relay_url")
    if given:
        url = given.rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise UsageError("The relay URL must start with http:// or https://.")
        return url, not configured
    if not configured:
        raise UsageError("No relay configured: pass --relay URL (your organisation's relay).")
    return str(configured), False


def cmd_invite(args: argparse.Namespace, out: TextIO) -> int:
    if not 1 <= args.days <= 90:
        raise UsageError("--days must be between 1 and 90.")
    with open_vault(args) as vault:
        url, make_default = _relay_url(vault, args.relay)
        admission = _admission(args)
        code = contact_service.create_invite(vault, url, days=args.days, admission=admission)
        if make_default or admission:  # only what worked: a refused command changes nothing
            _remember_relay(vault, url, admission, make_default)
    print(f"Send this one-time invite to the person you want to connect with "
          f"(valid {args.days} days). They run `ementor accept CODE`:", file=out)
    print(code, file=out)
    return 0


def _admission(args: argparse.Namespace) -> str | None:
    code = (getattr(args, "admission", None) or "").strip()
    if code and (len(code) > 200 or not code.isprintable() or not code.isascii()):
        raise UsageError("That admission code cannot be right: it is printable ASCII, as the "
                         "relay's operator gave it.")
    return code or None


def _remember_relay(vault: Vault, url: str, admission: str | None, make_default: bool) -> None:
    """Make `url` the default relay if asked; keep `admission` only as the code of the
    configured relay (it is never shown to any other)."""
    with vault.mutex, vault.db.transaction():
        settings = Settings(Repos.over(vault.db).settings)
        if make_default:
            settings.set("relay_url", url)
        if admission and settings.get("relay_url") == url:
            settings.set("relay_admission", admission)


def _invite_expiry(code_text: str) -> int:
    """The expiry of an invite code, refusing the code if it is no date this app can show."""
    code = contact_service.InviteCode.parse(code_text)
    if not 0 <= code.expires_at <= LATEST_EXPIRY:
        raise UsageError("This is not a valid eMentor invite code (its expiry is no date). "
                         "Ask for the code again.")
    return code.expires_at


def _date(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def cmd_accept(args: argparse.Namespace, out: TextIO) -> int:
    expires_at = _invite_expiry(args.code)
    with open_vault(args) as vault:
        admission = _admission(args)
        contact = contact_service.accept_invite(vault, args.code, admission=admission)
        if admission and contact.relay_url:
            with vault.mutex:
                configured = Settings(Repos.over(vault.db).settings).get("relay_url")
            # the code belongs to the invite's relay: kept when that is (or becomes) ours
            _remember_relay(vault, contact.relay_url, admission, not configured)
        number = contact_service.safety_number(vault, contact)
        _note_invite_expiry(vault, contact, expires_at)
    name = shown_name(contact)
    print(f"Added {name}. Run `ementor sync` to tell them; once they sync too, you can message "
          "each other.", file=out)
    print(f"Safety number (compare with {name}): {number}", file=out)
    print(f"Until {name} confirms, `ementor contacts` shows them as waiting. If they have not "
          f"confirmed by {_date(expires_at + UNANSWERED_GRACE_S)} (the invite may have been "
          "used by someone else), `ementor sync` says so and you need a new invite.", file=out)
    return 0


def _note_invite_expiry(vault: Vault, contact: Contact, expires_at: int) -> None:
    with vault.mutex, vault.db.transaction():
        Repos.over(vault.db).contacts.set_profile(
            contact.id, {**contact.profile, INVITE_EXPIRY_KEY: expires_at})


def _unanswered_since(contact: Contact) -> int | None:
    """For a contact still waiting to confirm: the time after which they never will (their
    invite expired, plus a day of grace), if `accept` noted it; else None."""
    expires = contact.profile.get(INVITE_EXPIRY_KEY)
    if contact.state != "pending" or not isinstance(expires, int) or isinstance(expires, bool):
        return None
    return expires + UNANSWERED_GRACE_S


def cmd_contacts(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        views = contact_service.list_contacts(vault)
        renamed = contact_service.remember_names(vault)
    if args.json:
        print_json(out, [v.to_json() for v in views])
        return 0
    if not views:
        print("No contacts yet. Create an invite with `ementor invite` or accept one.", file=out)
    for v in views:
        c = v.contact
        marks = []
        if c.id in renamed:
            before = display.clean_name(renamed[c.id]) or "(no name)"
            marks.append(f"changed their name, was {before!r}")
        if c.verified:
            marks.append("verified")
        if c.key_change_pending:
            marks.append("KEY CHANGED: compare the new number (ementor verify) or refuse it")
        if c.pending_relay_url:
            marks.append("asks to move to another relay (ementor accept-route)")
        if c.state == "blocked":
            marks.append("blocked")
        if c.state == "pending":
            marks.append("waiting for them to confirm")
        suffix = f" [{', '.join(marks)}]" if marks else ""
        role = display.clean_name(c.role) or "role unknown"
        print(f"{shown_name(c)} ({role}) id {c.id}{suffix}", file=out)
        print(f"    safety number: {v.safety_number}", file=out)
    return 0


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, _named(vault, args.contact) as contact:
        updated = contact_service.verify_contact(vault, contact.id, " ".join(args.number))
    print(f"{shown_name(updated)} is verified.", file=out)
    return 0


def cmd_accept_key(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, _named(vault, args.contact) as contact:
        contact_service.accept_key_change(vault, contact.id, " ".join(args.number))
    print(f"Accepted {shown_name(contact)}'s new key; the number you compared is now "
          "verified.", file=out)
    return 0


def cmd_refuse_key(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, _named(vault, args.contact) as contact:
        contact_service.refuse_key_change(vault, contact.id)
    print(f"Refused the key change; messages to {shown_name(contact)} use the keys you "
          "know.", file=out)
    return 0


def cmd_accept_route(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, _named(vault, args.contact) as contact:
        updated = contact_service.accept_route(vault, contact.id)
    print(f"Messages to {shown_name(updated)} now go to {updated.relay_url}.", file=out)
    return 0


def cmd_block(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, _named(vault, args.contact) as contact:
        contact_service.block_contact(vault, contact.id)
    print(f"Blocked {shown_name(contact)}. Their mailbox is deleted at the next sync; the "
          "conversation stays readable.", file=out)
    return 0


def cmd_remove(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, _named(vault, args.contact) as contact:
        if not args.yes:
            raise UsageError(f"This deletes {shown_name(contact)} and your whole "
                             "conversation with them. Run again with --yes to do it.")
        contact_service.remove_contact(vault, contact.id)
    print(f"Removed {shown_name(contact)} and the conversation.", file=out)
    return 0


def cmd_send(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, _named(vault, args.contact) as contact:
        message = messaging.send_text(vault, contact.id, args.text)
    note = ""
    if contact.key_change_pending:
        note = (f" It waits: {shown_name(contact)}'s key changed; verify it first "
                "(ementor verify).")
    print(f"Queued message {message.id}.{note}", file=out)
    return 0


def _message_json(m: Message) -> dict[str, object]:
    return {"id": m.id, "direction": m.direction, "text": m.body, "state": m.state.value,
            "sent_at": _iso(m.sent_at), "seq": m.seq, "gap_before": m.gap_before}


def _iso(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).isoformat(timespec="milliseconds") \
        .replace("+00:00", "Z")


def cmd_messages(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault, _named(vault, args.contact) as contact:
        history = messaging.history(vault, contact.id, args.limit)
    if args.json:
        print_json(out, [_message_json(m) for m in history])
        return 0
    for m in history:
        if m.gap_before:
            print(f"   … {m.gap_before} message(s) from {shown_name(contact)} missing here",
                  file=out)
        who = "you" if m.direction == "out" else shown_name(contact)
        state = f" [{m.state.value.replace('_', ' ')}]" if m.direction == "out" else ""
        # A text's own line breaks are indented: no later line can pass for a line of ours.
        body = display.escape_for_terminal(m.body, keep="\t", newline="\n    ")
        print(f"{_iso(m.sent_at)} {who}: {body}{state}", file=out)
    return 0


def _summary(report: SyncReport) -> str:
    parts = [f"sent {report.pushed}", f"received {report.received}"]
    if report.new_contacts:
        parts.append("connected with " + ", ".join(display.clean_name(n) or "(no name)"
                                                   for n in report.new_contacts))
    if report.gaps:
        parts.append(f"{report.gaps} missing message(s) flagged")
    if report.rejected:
        parts.append("rejected " + ", ".join(f"{n} ({why})"
                                             for why, n in sorted(report.rejected.items())))
    if report.held_incoming:
        parts.append(f"{report.held_incoming} held until a key change is accepted")
    return "; ".join(parts)


def cmd_sync(args: argparse.Namespace, out: TextIO) -> int:
    if args.watch:
        return _watch(args, out)
    with open_vault(args) as vault:
        engine = sync_engine(vault)
        try:
            report = engine.sync_once()
        finally:
            engine.close()
        with vault.mutex:
            pending = [c for c in Repos.over(vault.db).contacts.list() if c.state == "pending"]
        if report.complete:
            contact_service.remember_names(vault, ())  # note who connected, as announced
    print(_summary(report), file=out)
    if not report.complete:
        raise NetworkError(f"Sync incomplete: {report.problem()}")
    _check_unconfirmed(pending, out)
    return 0


def _check_unconfirmed(pending: list[Contact], out: TextIO) -> None:
    """Say who has not confirmed a connection yet; fail (exit 13) for those who never will."""
    now = time.time()
    dead = []
    for contact in pending:
        deadline = _unanswered_since(contact)
        if deadline is not None and now > deadline:
            dead.append(contact)
        elif deadline is not None:
            print(f"waiting for {shown_name(contact)} to confirm the connection (until "
                  f"{_date(deadline)})", file=out)
        else:
            print(f"waiting for {shown_name(contact)} to confirm the connection", file=out)
    if dead:
        names = ", ".join(f"{shown_name(c)} (id {c.id})" for c in dead)
        raise InviteUnanswered(
            f"{names} never confirmed the connection, and the invite you accepted has expired: "
            "it was probably used by someone else. Nothing can be delivered; ask them for a "
            "new invite (and `ementor remove CONTACT --yes` the old entry).")


def _watch(args: argparse.Namespace, out: TextIO) -> int:
    stop = threading.Event()
    with open_vault(args) as vault:
        signal_file = vault.home.outbox_signal
        seen = [signal_file.stat().st_mtime_ns if signal_file.exists() else 0]

        def outside_wakeup() -> bool:
            try:
                mtime = signal_file.stat().st_mtime_ns
            except OSError:
                return False
            if mtime != seen[0]:
                seen[0] = mtime
                return True
            return False

        shown = [""]

        def on_event(event: SyncEvent) -> None:
            if event.report is not None and (event.report.received or event.report.pushed
                                             or event.report.new_contacts
                                             or event.report.rejected):
                print(_summary(event.report), file=out, flush=True)
            if event.state in (SyncState.OFFLINE, SyncState.RATE_LIMITED,
                               SyncState.RELAY_ERROR, SyncState.WAITING):
                label = "online, waiting for messages" if event.state is SyncState.WAITING \
                    else f"{event.state.value.replace('_', ' ')}: {event.detail}"
                if label != shown[0]:  # say it when it changes, not every round
                    print(f"[{label}]", file=out, flush=True)
                    shown[0] = label

        previous = signal.getsignal(signal.SIGTERM)
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, lambda *_: stop.set())
        try:
            sync_engine(vault).run(
                stop, on_event, between_rounds=vault.suspend, before_round=vault.resume,
                outside_wakeup=outside_wakeup)
        except KeyboardInterrupt:
            stop.set()
        finally:
            vault.resume()
            if threading.current_thread() is threading.main_thread():
                signal.signal(signal.SIGTERM, previous)
    print("sync stopped", file=sys.stderr)
    return 0
