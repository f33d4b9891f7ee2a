"""Messaging commands: invite, accept, contacts, verify, accept-key, send, messages, sync."""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import sys
import threading
from typing import TextIO

from ementor_desktop.commands.common import open_vault, print_json
from ementor_desktop.domain import contacts as contact_service
from ementor_desktop.domain import messaging
from ementor_desktop.domain.inbox import sync_engine
from ementor_desktop.domain.models import Message
from ementor_desktop.domain.settings import Settings
from ementor_desktop.errors import NetworkError, UsageError
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.sync.engine import SyncEvent, SyncReport, SyncState


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("invite", help="create a one-time invite code for someone to connect")
    p.add_argument("--relay", metavar="URL", help="the relay to use (default: the configured "
                   "one; the first --relay given becomes the default)")
    p.add_argument("--days", type=int, default=contact_service.DEFAULT_INVITE_DAYS,
                   help="days until the invite expires (default 7)")
    p.set_defaults(handler=cmd_invite)

    p = sub.add_parser("accept", help="accept an invite code and connect")
    p.add_argument("code", metavar="CODE")
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
    p.add_argument("--limit", type=int, default=None, help="only the newest N")
    p.set_defaults(handler=cmd_messages)

    p = sub.add_parser("sync", help="deliver queued messages and fetch new ones")
    p.add_argument("--watch", action="store_true",
                   help="keep running: near-real-time delivery until Ctrl+C")
    p.set_defaults(handler=cmd_sync)


def _relay_url(vault: Vault, given: str | None) -> str:
    with vault.mutex:
        settings = Settings(Repos.over(vault.db).settings)
        configured = settings.get("relay_url")
        if given:
            url = given.rstrip("/")
            if not url.startswith(("http://", "https://")):
                raise UsageError("The relay URL must start with http:// or https://.")
            if not configured:
                settings.set("relay_url", url)
            return url
    if not configured:
        raise UsageError("No relay configured: pass --relay URL (your organisation's relay).")
    return str(configured)


def cmd_invite(args: argparse.Namespace, out: TextIO) -> int:
    if not 1 <= args.days <= 90:
        raise UsageError("--days must be between 1 and 90.")
    with open_vault(args) as vault:
        code = contact_service.create_invite(vault, _relay_url(vault, args.relay),
                                             days=args.days)
    print(f"Send this one-time invite to the person you want to connect with "
          f"(valid {args.days} days). They run `ementor accept CODE`:", file=out)
    print(code, file=out)
    return 0


def cmd_accept(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        contact = contact_service.accept_invite(vault, args.code)
        number = contact_service.safety_number(vault, contact)
    print(f"Added {contact.display_name}. Run `ementor sync` to tell them; once they sync "
          "too, you can message each other.", file=out)
    print(f"Safety number (compare with {contact.display_name}): {number}", file=out)
    return 0


def cmd_contacts(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        views = contact_service.list_contacts(vault)
    if args.json:
        print_json(out, [v.to_json() for v in views])
        return 0
    if not views:
        print("No contacts yet. Create an invite with `ementor invite` or accept one.", file=out)
    for v in views:
        c = v.contact
        marks = []
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
        print(f"{c.display_name} ({c.role or 'role unknown'}) id {c.id}{suffix}", file=out)
        print(f"    safety number: {v.safety_number}", file=out)
    return 0


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        contact = contact_service.find_contact(vault, args.contact)
        updated = contact_service.verify_contact(vault, contact.id, " ".join(args.number))
    print(f"{updated.display_name} is verified.", file=out)
    return 0


def cmd_accept_key(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        contact = contact_service.find_contact(vault, args.contact)
        contact_service.accept_key_change(vault, contact.id, " ".join(args.number))
    print(f"Accepted {contact.display_name}'s new key; the number you compared is now "
          "verified.", file=out)
    return 0


def cmd_refuse_key(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        contact = contact_service.find_contact(vault, args.contact)
        contact_service.refuse_key_change(vault, contact.id)
    print(f"Refused the key change; messages to {contact.display_name} use the keys you "
          "know.", file=out)
    return 0


def cmd_accept_route(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        contact = contact_service.find_contact(vault, args.contact)
        updated = contact_service.accept_route(vault, contact.id)
    print(f"Messages to {updated.display_name} now go to {updated.relay_url}.", file=out)
    return 0


def cmd_block(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        contact = contact_service.find_contact(vault, args.contact)
        contact_service.block_contact(vault, contact.id)
    print(f"Blocked {contact.display_name}. Their mailbox is deleted at the next sync; the "
          "conversation stays readable.", file=out)
    return 0


def cmd_remove(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        contact = contact_service.find_contact(vault, args.contact)
        if not args.yes:
            raise UsageError(f"This deletes {contact.display_name} and your whole conversation "
                             "with them. Run again with --yes to do it.")
        contact_service.remove_contact(vault, contact.id)
    print(f"Removed {contact.display_name} and the conversation.", file=out)
    return 0


def cmd_send(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        contact = contact_service.find_contact(vault, args.contact)
        message = messaging.send_text(vault, contact.id, args.text)
    note = ""
    if contact.key_change_pending:
        note = (f" It waits: {contact.display_name}'s key changed; verify it first "
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
    with open_vault(args) as vault:
        contact = contact_service.find_contact(vault, args.contact)
        history = messaging.history(vault, contact.id, args.limit)
    if args.json:
        print_json(out, [_message_json(m) for m in history])
        return 0
    for m in history:
        if m.gap_before:
            print(f"   … {m.gap_before} message(s) from {contact.display_name} missing here",
                  file=out)
        who = "you" if m.direction == "out" else contact.display_name
        state = f" [{m.state.value.replace('_', ' ')}]" if m.direction == "out" else ""
        print(f"{_iso(m.sent_at)} {who}: {m.body}{state}", file=out)
    return 0


def _summary(report: SyncReport) -> str:
    parts = [f"sent {report.pushed}", f"received {report.received}"]
    if report.new_contacts:
        parts.append("connected with " + ", ".join(report.new_contacts))
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
    print(_summary(report), file=out)
    if not report.complete:
        raise NetworkError(f"Sync incomplete: {report.problem()}")
    return 0


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
