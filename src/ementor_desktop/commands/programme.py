"""Programme commands (docs/protocol.md Part 4): `ementor programme create|join|status|
participants|admit|decline|shortlist|rank|match|rematch|pause|resume|end|remove|close|leave|
withdraw|report` and `ementor match-card`, over `domain/programme.py`, `programme_ranking.py`
and `programme_pairs.py` (the services the app calls too).

Names, headlines, terms and cards come from other people: everything is written through the
CLI's escaping stream, JSON through `print_json`. `programme create` prints the enrolment code
as the last line of stdout (scripts take it from there). Nothing prints a sensitive field: the
services never return one.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from ementor_desktop.commands.common import open_vault, plain, print_json
from ementor_desktop.domain import programme as service
from ementor_desktop.domain import programme_pairs as pairs_service
from ementor_desktop.domain import programme_ranking as ranking
from ementor_desktop.domain.programme_types import HeldCard, ParticipantRow, ProgrammeInfo
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.store.atomic import write_atomic


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("programme", help="mentoring programmes: create one and enrol "
                           "people, or join one with its code",
                           description="A coordinator creates a programme and gives its "
                           "enrolment code to participants; they join with it. See "
                           "docs/protocol.md Part 4.")
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("create", help="create a programme; prints its enrolment code last")
    p.add_argument("--name", required=True, metavar="NAME")
    p.add_argument("--relay", required=True, metavar="URL", help="the programme's relay")
    p.add_argument("--config", metavar="FILE.toml", type=Path,
                   help="organiser, purpose, benefits, expectations, admission, fields, "
                        "matching, reporting, retention, dates, agreement (defaults otherwise)")
    p.set_defaults(handler=cmd_create)

    p = verbs.add_parser("join", help="join a programme with its enrolment code; run again "
                         "once its terms arrived to read them, with --consent to consent")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--consent", action="store_true",
                   help="consent to the terms (up front: applied when they arrive and are "
                        "the code's)")
    p.add_argument("--role", choices=("mentor", "mentee"),
                   help="your role (default: your profile's)")
    p.add_argument("--scopes", metavar="LIST", help="reporting you consent to, comma-"
                   "separated (default: all the terms ask; empty: none)")
    p.add_argument("--answer", action="append", metavar="FIELD=TEXT", default=[],
                   help="department=TEXT or extra.COLUMN=TEXT, for fields your profile has not")
    p.set_defaults(handler=cmd_join)

    p = verbs.add_parser("status", help="the programmes you coordinate or take part in")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)

    p = verbs.add_parser("participants", help="the cohort of a programme you coordinate")
    _programme_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_participants)

    for verb, what in (("admit", "admit a participant waiting for review"),
                       ("decline", "decline a participant waiting for review (erased)")):
        p = verbs.add_parser(verb, help=what)
        p.add_argument("member", metavar="MEMBER", help="member id, key or name")
        _programme_option(p)
        p.set_defaults(handler=cmd_admit if verb == "admit" else cmd_decline)

    p = verbs.add_parser("shortlist", help="coordinator: compute each waiting participant's "
                         "shortlist (--send sends them); participant: the mentors you may ask "
                         "(self-service)")
    _programme_option(p)
    p.add_argument("--send", action="store_true")
    p.add_argument("--json", action="store_true")
    p.add_argument("--config", metavar="FILE.toml", type=Path,
                   help="the matching configuration the terms name (checked by its SHA-256)")
    p.set_defaults(handler=cmd_shortlist)

    p = verbs.add_parser("rank", help="show your shortlist, or rank it: the numbers or ids "
                         "it shows, best first")
    p.add_argument("choices", nargs="*", metavar="ID")
    _programme_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_rank)

    p = verbs.add_parser("match", help="propose pairs for the enrolled cohort; --apply "
                         "signs the cards and introduces each pair")
    _programme_option(p)
    p.add_argument("--apply", action="store_true")
    p.add_argument("--config", metavar="FILE.toml", type=Path,
                   help="the matching configuration the terms name (checked by its SHA-256)")
    p.set_defaults(handler=cmd_match)

    p = verbs.add_parser("rematch", help="end a pair, no fault, and be matched again (the "
                         "other person learns that the pair ended, not who asked)")
    p.add_argument("peer", metavar="PEER", help="the person's name or key")
    p.add_argument("--note", metavar="TEXT", help="for the coordinator only")
    _programme_option(p)
    p.set_defaults(handler=cmd_rematch)

    for verb, what, required in (
            ("pause", "pause a pair (its figures are not taken meanwhile)", True),
            ("resume", "resume a paused pair", False),
            ("end", "end a pair (both are free for the next matching)", True)):
        p = verbs.add_parser(verb, help=what)
        p.add_argument("pair", metavar="PAIR", help="the pair's id, MENTEE+MENTOR, or a "
                       "participant with one pair")
        p.add_argument("--reason", required=required, metavar="TEXT",
                       help="kept in your vault only")
        _programme_option(p)
        p.set_defaults(handler=cmd_pair, verb_name=verb)

    p = verbs.add_parser("remove", help="remove a participant (what they shared is erased)")
    p.add_argument("member", metavar="MEMBER", help="member id, key or name")
    p.add_argument("--reason", required=True, metavar="TEXT",
                   help="your reason (not kept: nothing of the person stays)")
    _programme_option(p)
    p.set_defaults(handler=cmd_remove)

    p = verbs.add_parser("close", help="close a programme: pairs end, everyone is told, the "
                         "retention period starts")
    _programme_option(p)
    p.set_defaults(handler=cmd_close)

    p = verbs.add_parser("leave", help="leave a programme (the coordinator erases what it "
                         "holds of you)")
    _programme_option(p)
    p.add_argument("--reason", choices=("completed", "no_time", "not_useful", "other"))
    p.set_defaults(handler=cmd_leave)

    p = verbs.add_parser("withdraw", help="keep only these reporting scopes (possibly none)")
    _programme_option(p)
    p.add_argument("--scopes", required=True, metavar="LIST",
                   help="the scopes to keep, comma-separated (empty: none)")
    p.set_defaults(handler=cmd_withdraw)

    p = verbs.add_parser("report", help="a programme's figures (small groups suppressed)")
    _programme_option(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--csv", metavar="FILE", dest="file", type=Path,
                   help="also write the report as CSV to FILE")
    p.set_defaults(handler=cmd_report)

    from ementor_desktop.commands import programme_selfservice

    programme_selfservice.register(verbs)  # request(s), offers, reply, concern(s)

    p = sub.add_parser("match-card", help="your programme match cards, verified against the "
                       "coordinator's key")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_match_card)


def _programme_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--programme", metavar="ID_OR_NAME",
                   help="which programme (needed when you have several)")



def _scopes(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [s.strip() for s in text.split(",") if s.strip()]


def _answers(items: list[str]) -> dict[str, str]:
    answers: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise UsageError("--answer takes FIELD=TEXT (department=… or extra.COLUMN=…).")
        answers[key.strip()] = value
    return answers


def _say_info(info: ProgrammeInfo, out: TextIO) -> None:
    role = f", as {info.role}" if info.role else ""
    print(f"{clean_name(info.name)} ({info.id}): {info.state.value}{role}", file=out)


# -- handlers ---------------------------------------------------------------------------------

def cmd_create(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        info = service.create_programme(vault, name=args.name, relay_url=args.relay,
                                        config_path=args.config)
    assert info.code is not None
    print(f"Programme {clean_name(info.name)} created ({info.id}).", file=out)
    print("Give this enrolment code to the people you recruit; they run "
          "`ementor programme join CODE`:", file=out)
    print(info.code, file=out)
    return 0


def cmd_join(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        info = service.join_programme(vault, args.code, consent=args.consent, role=args.role,
                                      scopes=_scopes(args.scopes), answers=_answers(args.answer))
        info, lines = service.programme_terms(vault, info.id)
    _say_info(info, out)
    if not lines:
        print("Your request to join is queued: the programme's terms arrive at a later "
              "`ementor sync` (once the coordinator has synced too).", file=out)
        if args.consent:
            print("You consented up front: your profile is sent once the terms arrive and "
                  "are those of the code.", file=out)
        return 0
    for line in lines:
        print(line, file=out)
    if info.state.value == "reviewing" and not args.consent:
        print("", file=out)
        print("To consent, run this command again with --consent (add --scopes to share "
              "less). To decline, run `ementor programme leave`.", file=out)
    return 0


def cmd_status(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        infos = service.programmes(vault)
    if args.json:
        print_json(out, [plain(i) for i in infos])
        return 0
    if not infos:
        print("You coordinate or take part in no programme.", file=out)
    for info in infos:
        _say_info(info, out)
        if info.terms_changed:
            print("  its terms changed: read them with `ementor programme join CODE` and "
                  "consent again, or leave", file=out)
        if info.code:
            print(f"  enrolment code: {info.code}", file=out)
    return 0


def _row_line(row: ParticipantRow) -> str:
    places = f" {row.used}/{row.capacity} places" if row.role == "mentor" else ""
    matched = f", with {', '.join(clean_name(n) for n in row.matched_with)}" \
        if row.matched_with else ""
    name = clean_name(row.name) or "(no profile yet)"
    return f"{row.member_id}  {name}  {row.role or '-'}  {row.state.value}{places}{matched}"


def cmd_participants(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        rows = service.participants(vault, args.programme)
        pairs = pairs_service.pairs(vault, args.programme)
    if args.json:
        print_json(out, [plain(r) for r in rows])
        return 0
    if not rows:
        print("Nobody has joined yet.", file=out)
    for row in rows:
        print(_row_line(row), file=out)
    if pairs:
        print("pairs:", file=out)
    for pair in pairs:
        reason = f" ({clean_name(pair.reason)})" if pair.reason else ""
        print(f"  {pair.id[:8]}  {clean_name(pair.mentee) or pair.mentee_id} + "
              f"{clean_name(pair.mentor) or pair.mentor_id}  {pair.state}{reason}", file=out)
    return 0


def cmd_admit(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        row = service.admit(vault, args.member, args.programme)
    print(f"Admitted {clean_name(row.name)}; they are told at the next sync.", file=out)
    return 0


def cmd_decline(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        name = service.decline(vault, args.member, args.programme)
    print(f"Declined {clean_name(name) or 'the participant'}: what they shared is erased; "
          "they are told at the next sync.", file=out)
    return 0


def cmd_match(args: argparse.Namespace, out: TextIO) -> int:
    from ementor_desktop.matching.explain import format_summary

    with open_vault(args) as vault:
        proposal = service.match(vault, args.programme, apply=args.apply,
                                 config_path=args.config)
    out.write(format_summary(proposal.summary))
    names = proposal.names
    for mentee, mentor, score in proposal.pairs:
        print(f"pair: {clean_name(names.get(mentee, mentee))} with "
              f"{clean_name(names.get(mentor, mentor))} (score {score / 1000:g})", file=out)
    for name, reason in proposal.unmatched:
        print(f"not matched: {clean_name(name)} ({reason.replace('_', ' ')})", file=out)
    for line in proposal.skipped:
        print(f"not introduced: {line}", file=out)
    if proposal.applied:
        print(f"Applied: {len(proposal.pairs) - len(proposal.skipped)} introduction(s) and "
              "the cards leave at the next sync.", file=out)
    else:
        print("A proposal only: run again with --apply to sign the cards and introduce each "
              "pair.", file=out)
    return 0


def cmd_shortlist(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        mode = service.shortlist_mode(vault, args.programme)
    if mode != "rank":  # self-service rounds, or a participant's shortlists
        from ementor_desktop.commands import programme_selfservice

        return programme_selfservice.cmd_shortlist(args, out)
    with open_vault(args) as vault:
        proposal = ranking.shortlist(vault, args.programme, send=args.send,
                                     config_path=args.config)
    if args.json:
        print_json(out, {"sent": proposal.sent, "max_milli": proposal.max_milli,
                         "lists": [{"member_id": member, "name": proposal.names.get(member, ""),
                                    "candidates": [{"name": name, "score_milli": score}
                                                   for name, score in entries]}
                                   for member, entries in proposal.lists.items()]})
        return 0
    for member, entries in proposal.lists.items():
        who = clean_name(proposal.names.get(member, "")) or member
        shown = ", ".join(f"{clean_name(name)} ({score / 1000:g})" for name, score in entries)
        print(f"{who}: {shown or 'nobody acceptable'}", file=out)
    for member, cut in proposal.cut.items():
        print(f"{clean_name(proposal.names.get(member, '')) or member}'s shortlist was cut by "
              f"{cut} to fit one envelope.", file=out)
    if args.send:
        print(f"Sent: {proposal.sent} shortlist(s) leave at the next sync; each can be ranked "
              "for 7 days, then `ementor programme match` uses the rankings.", file=out)
    else:
        print("A proposal only: run again with --send to send each participant theirs.",
              file=out)
    return 0


def _entry_lines(n: int, entry: dict[str, Any], place: int | None) -> list[str]:
    ranked = f"  [your choice {place}]" if place else ""
    lines = [f"{n}. {clean_name(str(entry.get('name', '')))} "
             f"({clean_name(str(entry.get('role', '')))}), score "
             f"{int(entry.get('score_milli', 0)) / 1000:g} of "
             f"{int(entry.get('max_milli', 0)) / 1000:g}  id {entry.get('candidate', '')}"
             f"{ranked}"]
    headline = clean_name(str(entry.get("headline", "")))
    if headline:
        lines.append(f"   {headline}")
    criteria = entry.get("criteria")
    for criterion in criteria if isinstance(criteria, list) else []:
        if isinstance(criterion, dict):
            detail = clean_name(str(criterion.get("detail", "")))
            lines.append(f"   - {criterion.get('name')}: "
                         f"{int(criterion.get('contribution_milli', 0)) / 1000:g} of "
                         f"{int(criterion.get('weight_milli', 0)) / 1000:g}"
                         f"{'. ' + detail if detail else ''}")
    profile = entry.get("profile")
    for name, value in (profile.items() if isinstance(profile, dict) else []):
        lines.append(f"   {name}: {clean_name(json.dumps(value, ensure_ascii=False))}")
    return lines


def cmd_rank(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        if args.choices:
            held = ranking.rank(vault, args.choices, args.programme)
        else:
            found = ranking.my_shortlist(vault, args.programme)
            if found is None:
                if args.json:
                    print_json(out, None)
                else:
                    print("No shortlist to rank yet: it arrives at a later `ementor sync`.",
                          file=out)
                return 0
            held = found
    if args.json:
        print_json(out, plain(held))
        return 0
    places = {c: n for n, c in enumerate(held.ranking or [], start=1)}
    state = "expired" if held.expired else "open for ranking"
    print(f"{clean_name(held.programme_name)}: shortlist {held.shortlist_id} ({state})",
          file=out)
    for n, entry in enumerate(held.entries, start=1):
        for line in _entry_lines(n, entry, places.get(str(entry.get("candidate", "")))):
            print(line, file=out)
    if args.choices:
        print("Your ranking leaves at the next sync; ranking again replaces it.", file=out)
    elif not held.expired:
        print("Rank them with `ementor programme rank N N …` (best first; the numbers or ids "
              "above).", file=out)
    return 0


def cmd_rematch(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        name = pairs_service.rematch(vault, args.peer, args.note, args.programme)
    print(f"Asked for a rematch: your pair with {clean_name(name)} ends once the coordinator "
          "applies it. They learn that the pair ended, not who asked or why.", file=out)
    return 0


def cmd_pair(args: argparse.Namespace, out: TextIO) -> int:
    action = {"pause": pairs_service.pause, "resume": pairs_service.resume,
              "end": pairs_service.end}[args.verb_name]
    with open_vault(args) as vault:
        pair = action(vault, args.pair, args.reason, args.programme)
    print(f"{clean_name(pair.mentee)} + {clean_name(pair.mentor)}: {pair.state}; both are "
          "told at the next sync.", file=out)
    return 0


def cmd_remove(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        name = pairs_service.remove(vault, args.member, args.reason, args.programme)
    print(f"Removed {clean_name(name) or 'the participant'}: what they shared is erased and "
          "their pairs ended; they are told at the next sync. The reason is not kept.",
          file=out)
    return 0


def cmd_close(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        info = pairs_service.close(vault, args.programme)
    print(f"{clean_name(info.name)} is closed: every pair ended and everyone is told at the "
          "next sync; what you hold is deleted when the retention period runs out.", file=out)
    return 0


def cmd_leave(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        info = service.leave(vault, args.programme, args.reason)
    print(f"You left {clean_name(info.name)}: the coordinator erases what it holds of you "
          "once your next sync delivers this. Your contacts and records stay yours.", file=out)
    return 0


def cmd_withdraw(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        info = service.withdraw(vault, _scopes(args.scopes) or [], args.programme)
    kept = _scopes(args.scopes) or []
    print(f"{clean_name(info.name)}: you now share {', '.join(kept) or 'no reporting'}; "
          "the rest stops at once.", file=out)
    return 0


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from ementor_desktop.domain.programme_report import report_csv, report_json

    with open_vault(args) as vault:
        built = service.report(vault, args.programme)
    if args.file is not None:
        write_atomic(args.file, report_csv(built).encode("utf-8"), "report")
    if args.json:
        print_json(out, report_json(built))
        return 0
    print(f"{clean_name(built.name)}: {built.matched} matched, {built.unmatched} waiting "
          f"(groups under {built.min_group} are not shown)", file=out)
    for state, count in sorted(built.enrolment.items()):
        print(f"  {state}: {count}", file=out)
    for row in built.periods:
        if row.suppressed:
            print(f"  {row.period}: fewer than {built.min_group} pairs reported", file=out)
        else:
            print(f"  {row.period}: {row.pairs} pairs, {row.sessions_held} sessions held, "
                  f"{row.minutes_held} minutes", file=out)
    for note in built.notes:
        print(f"  {note}", file=out)
    if args.file is not None:
        print(f"Wrote {args.file}.", file=out)
    return 0


def _points(milli: object) -> str:
    """A card's thousandths as points; anything else (an altered card) as "?"."""
    if isinstance(milli, int) and not isinstance(milli, bool) and abs(milli) < 10**12:
        return f"{milli / 1000:g}"
    return "?"


def _card_lines(card: HeldCard) -> list[str]:
    plain = card.card
    state = "verified" if card.verified else "tampered"
    lines = [f"{clean_name(card.programme_name)}: card {card.card_id} ({state})"]
    if card.peer_name:
        lines.append(f"  matched with {clean_name(card.peer_name)}"
                     f" (score {_points(plain.get('score_milli'))} of "
                     f"{_points(plain.get('max_milli'))})")
    elif "unmatched" in plain:
        lines.append(f"  not matched: {str(plain['unmatched']).replace('_', ' ')}")
    criteria = plain.get("criteria")
    for criterion in criteria if isinstance(criteria, list) else []:
        if isinstance(criterion, dict):
            detail = criterion.get("detail", "")
            lines.append(f"  - {criterion.get('name')}: "
                         f"{_points(criterion.get('contribution_milli'))} of "
                         f"{_points(criterion.get('weight_milli'))}"
                         f"{'. ' + str(detail) if detail else ''}")
    rules = plain.get("rules")
    if isinstance(rules, list) and rules:
        lines.append(f"  rules that applied: {', '.join(str(r) for r in rules)}")
    alternatives = plain.get("alternatives")
    for alt in alternatives if isinstance(alternatives, list) else []:
        if isinstance(alt, dict):
            lines.append(f"  next best: score {_points(alt.get('score_milli'))}, "
                         f"{str(alt.get('status', '')).replace('_', ' ')}")
    if not card.verified:
        lines.append("  This card no longer verifies against the coordinator's key: it was "
                     "altered after it arrived. Do not rely on it.")
    return lines


def cmd_match_card(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        cards = service.match_cards(vault)
    if args.json:
        print_json(out, [{**plain(c), "state": "verified" if c.verified else "tampered"}
                         for c in cards])
        return 0
    if not cards:
        print("You hold no match card yet.", file=out)
    for card in cards:
        for line in _card_lines(card):
            print(line, file=out)
    return 0
