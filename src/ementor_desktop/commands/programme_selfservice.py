"""Self-service and reports of misconduct on the command line (docs/protocol.md Part 4 §7, §8):
`ementor programme shortlist|request|requests|offers|reply|concern|concerns`, over
`domain/programme_selfservice.py` (the services the app calls too).

Names, headlines, profiles, notes and reports come from other people: everything is written
through the CLI's escaping stream, JSON through `print_json`. Registered into the `programme`
command's verbs by `commands/programme.py`.
"""

from __future__ import annotations

import argparse
import time
from typing import Any, TextIO

from ementor_desktop.commands.common import open_vault, plain, print_json
from ementor_desktop.commands.programme import _programme_option  # one --programme for all
from ementor_desktop.domain import programme_selfservice as service
from ementor_desktop.domain.programme_selfservice import AskView, ConcernView, ShortlistView
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol.display import clean_name


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    # `shortlist` itself is commands/programme.py's: it passes self-service here.

    p = verbs.add_parser("request", help="self-service: ask a mentor of your shortlist")
    p.add_argument("candidate", metavar="CANDIDATE", help="candidate id or name")
    p.add_argument("--note", metavar="TEXT", help="a note sealed to the mentor (the "
                   "coordinator cannot read it)")
    _programme_option(p)
    p.set_defaults(handler=cmd_request)

    p = verbs.add_parser("requests", help="self-service: your requests (a coordinator: "
                         "every request, never a note)")
    _programme_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_requests)

    p = verbs.add_parser("offers", help="self-service: mentees who asked for you")
    _programme_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_offers)

    p = verbs.add_parser("reply", help="self-service: answer a request (a mentor: accept, "
                         "decline, ask; a mentee: answer, cancel)")
    p.add_argument("request", metavar="REQUEST", help="request id (or its start, or a name)")
    p.add_argument("action", choices=("accept", "decline", "ask", "answer", "cancel"))
    p.add_argument("--reason", choices=("full", "availability", "fit", "other"),
                   help="with decline (default: other)")
    p.add_argument("--note", metavar="TEXT", help="a note sealed to the other person")
    _programme_option(p)
    p.set_defaults(handler=cmd_reply)

    p = verbs.add_parser("concern", help="report misconduct to the programme's coordinator "
                         "only")
    p.add_argument("--category", required=True, choices=service.CATEGORIES)
    p.add_argument("--about", metavar="PEER", help="whom it is about: their name or key")
    p.add_argument("--text", required=True, metavar="TEXT")
    p.add_argument("--may-contact", action="store_true", dest="may_contact",
                   help="the coordinator may contact you about it")
    _programme_option(p)
    p.set_defaults(handler=cmd_concern)

    p = verbs.add_parser("concerns", help="reports of misconduct: received (a coordinator) "
                         "or sent (a participant)")
    _programme_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_concerns)



def _when(ms: int | None) -> str:
    if not ms:
        return "-"
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(ms / 1000))


def _points(milli: object) -> str:
    return f"{int(milli) / 1000:g}" if isinstance(milli, int) else "?"


def _profile_lines(profile: dict[str, Any]) -> list[str]:
    lines = []
    for name, value in sorted(profile.items()):
        if isinstance(value, dict):
            shown = ", ".join(f"{k} {v}" if isinstance(v, int) else f"{k}: {v}"
                              for k, v in sorted(value.items()))
        elif isinstance(value, list):
            shown = ", ".join(str(v) for v in value)
        else:
            shown = str(value)
        lines.append(f"    {name}: {shown}")
    return lines


def _notes(view: AskView) -> list[str]:
    lines = []
    for note in view.notes:
        who = "you" if note.get("from") == "me" else clean_name(view.peer_name)
        if note.get("verified") and isinstance(note.get("text"), str):
            text = str(note["text"]).replace("\n", "\n      ")
            lines.append(f"    note from {who} ({_when(note.get('at'))}):\n      {text}")
        else:
            lines.append(f"    {service.NOT_VERIFIED}")
    return lines


# -- handlers ---------------------------------------------------------------------------------

def cmd_shortlist(args: argparse.Namespace, out: TextIO) -> int:
    if args.send:
        text = None
        if args.config is not None:
            try:
                text = args.config.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as err:
                raise UsageError(f"Cannot read {args.config}: "
                                 f"{getattr(err, 'strerror', None) or 'not UTF-8 text'}.") \
                    from None
        with open_vault(args) as vault:
            sent = service.send_round(vault, args.programme, text)
        print(f"{sent} shortlist(s) leave at the next sync.", file=out)
        return 0
    if args.config is not None:
        raise UsageError("--config goes with --send.")
    with open_vault(args) as vault:
        views = service.shortlist(vault, args.programme)
    if args.json:
        print_json(out, [plain(v) for v in views])
        return 0
    if not views:
        print("No shortlist yet: the coordinator sends one at a later sync.", file=out)
    for view in views:
        _say_shortlist(view, out)
    return 0


def _say_shortlist(view: ShortlistView, out: TextIO) -> None:
    state = "expired" if view.expired else f"until {_when(view.expires)}"
    print(f"{clean_name(view.programme_name)}: shortlist {view.shortlist} ({state}; up to "
          f"{view.open_requests} request(s) open at once)", file=out)
    for rank, c in enumerate(view.candidates, start=1):
        asked = f" [your request: {c.request_state}]" if c.request_state else ""
        print(f"{rank}. {clean_name(c.name)} ({c.candidate}): score {_points(c.score_milli)} "
              f"of {_points(c.max_milli)}{asked}", file=out)
        if c.headline:
            print(f"    {clean_name(c.headline)}", file=out)
        for criterion in c.criteria:
            detail = criterion.get("detail")
            print(f"  - {criterion.get('name')}: {_points(criterion.get('contribution_milli'))} "
                  f"of {_points(criterion.get('weight_milli'))}"
                  f"{'. ' + str(detail) if detail else ''}", file=out)
        for line in _profile_lines(c.profile):
            print(line, file=out)
    if not view.expired:
        print("Ask one with `ementor programme request CANDIDATE --note TEXT`.", file=out)


def cmd_request(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        view = service.request(vault, args.candidate, args.note, args.programme)
    print(f"Request {view.request} to {clean_name(view.peer_name)} leaves at the next sync; "
          "the coordinator forwards it (it cannot read your note).", file=out)
    return 0


def _say_ask(view: AskView, out: TextIO) -> None:
    state = "expired" if view.expired else view.state
    reason = f" ({view.reason})" if view.reason else ""
    until = f", answer by {_when(view.expires)}" if view.expires and not view.expired \
        and view.state not in service.TERMINAL else ""
    print(f"{view.request}  {clean_name(view.peer_name)}  {state}{reason}{until}", file=out)
    if view.peer_headline:
        print(f"    {clean_name(view.peer_headline)}", file=out)
    if view.side == "mentor":
        for line in _profile_lines(view.peer_profile):
            print(line, file=out)
    for line in _notes(view):
        print(line, file=out)


def cmd_requests(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        programme_id, role = service.my_role(vault, args.programme)
        if role == "coordinator":
            lines = service.requests_at_coordinator(vault, programme_id)
            if args.json:
                print_json(out, [plain(r) for r in lines])
                return 0
            if not lines:
                print("No request yet.", file=out)
            for r in lines:
                reason = f" ({r.reason})" if r.reason else ""
                print(f"{r.request}  {clean_name(r.mentee)} asked {clean_name(r.mentor)}: "
                      f"{r.state}{reason}, {_when(r.updated_at)}", file=out)
            return 0
        views = service.asks(vault, "mentee", programme_id)
    if args.json:
        print_json(out, [plain(v) for v in views])
        return 0
    if not views:
        print("You have asked nobody yet (`ementor programme shortlist`).", file=out)
    for view in views:
        _say_ask(view, out)
    return 0


def cmd_offers(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        views = service.asks(vault, "mentor", args.programme)
    if args.json:
        print_json(out, [plain(v) for v in views])
        return 0
    if not views:
        print("Nobody has asked for you yet.", file=out)
    for view in views:
        _say_ask(view, out)
    if any(v.state in ("open", "answered") and not v.expired for v in views):
        print("Answer with `ementor programme reply REQUEST accept|decline|ask`.", file=out)
    return 0


def cmd_reply(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        view = service.reply(vault, args.request, args.action, reason=args.reason,
                             note=args.note, ref=args.programme)
    print(f"{args.action.capitalize()} for {clean_name(view.peer_name)} leaves at the next "
          "sync.", file=out)
    return 0


def cmd_concern(args: argparse.Namespace, out: TextIO) -> int:
    print(service.BEFORE_SENDING, file=out)
    with open_vault(args) as vault:
        view = service.concern(vault, category=args.category, text=args.text,
                               about=args.about, may_contact=args.may_contact,
                               ref=args.programme)
    print(f"Your report ({view.report}) leaves at the next sync; `ementor programme concerns` "
          "shows when it arrived.", file=out)
    return 0


def _say_concern(view: ConcernView, out: TextIO) -> None:
    if view.delivered is not None:  # sent by this person
        state = "arrived" if view.delivered else "not confirmed yet"
        print(f"{view.report}  {view.category}  sent {_when(view.at)}: {state}", file=out)
        return
    about = clean_name(view.about_name) if view.about_name else \
        (f"key {view.about[:16]}…" if view.about else "nobody named")
    contact = "may be contacted" if view.may_contact else "asks not to be contacted"
    print(f"{view.report}  {view.category}  from {clean_name(view.reporter) or 'a participant'}"
          f" ({contact}), about {about}, {_when(view.at)}, kept until "
          f"{_when(view.kept_until)}", file=out)
    for line in view.text.split("\n"):
        print(f"    {line}", file=out)


def cmd_concerns(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        views = service.concerns(vault, args.programme)
    if args.json:
        print_json(out, [plain(v) for v in views])
        return 0
    if not views:
        print("No report.", file=out)
    for view in views:
        _say_concern(view, out)
    return 0
