"""Profile commands: `ementor profile` (yours), `ementor profile CONTACT` (what they shared),
`ementor profile set …` (change fields) and `ementor profile share …` (who sees which field).

One `profile` parser takes every option; the words after it choose the form (`set`, `share`,
a contact, or none), so `ementor profile --json` and `ementor profile Ben --json` both work. A
contact called "set" or "share" is named by id. What a contact shared is their own text: it is
written through the CLI's escaping stream, a bio's later lines indented.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ementor_desktop.commands.common import open_vault, print_json, shown_name
from ementor_desktop.commands.messaging import _named
from ementor_desktop.domain import profile as service
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import display

SET_OPTIONS = ("name", "role", "headline", "bio", "skills", "wants", "languages", "timezone",
               "availability", "channels", "cadence", "experience", "capacity", "style")
SHARE_OPTIONS = ("fields", "default")

_USAGE = """ementor profile [--json]
       ementor profile CONTACT [--json]
       ementor profile set [--skills "SKILL:LEVEL;…"] [--wants "SKILL:LEVEL;…"]
                           [--languages en,de] [--timezone ZONE] [--capacity N] [--bio TEXT]
                           [--headline TEXT] [other field options] [--json]
       ementor profile share CONTACT --fields FIELD,… | default
       ementor profile share --default --fields FIELD,…"""


def _style_help() -> str:
    return "; ".join(f"{q.id}={'|'.join(c.id for c in q.choices)}"
                     for q in service.WORKING_STYLE_QUESTIONS)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "profile", usage=_USAGE,
        help="show or change your profile, see what a contact shared, choose what each "
             "contact sees",
        description="Without a word: your profile. With CONTACT: what that contact shared with "
                    "you and what they see of yours. `set`: change the fields given (each "
                    "replaces that field; an empty value clears it). `share`: choose the fields "
                    "a contact sees. Name, role and headline are always visible to contacts.")
    p.add_argument("contact", nargs="*", metavar="CONTACT",
                   help="a contact's name or id; or `set` / `share` (see above)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    edit = p.add_argument_group("profile set")
    edit.add_argument("--name", metavar="TEXT", help="your name as contacts see it")
    edit.add_argument("--role", metavar="ROLE", help="mentor, mentee or coordinator")
    edit.add_argument("--headline", metavar="TEXT", help="one line about you")
    edit.add_argument("--bio", metavar="TEXT", help="a few lines about you (shared only if "
                      "you choose)")
    edit.add_argument("--skills", metavar="SKILL:LEVEL;…",
                      help="skills you offer with a level from 1 (beginner) to 5 (expert), "
                           "e.g. \"Python:4;SQL:2\" (at most 30)")
    edit.add_argument("--wants", metavar="SKILL:LEVEL;…",
                      help="what you want to learn, with the level you aim for")
    edit.add_argument("--languages", metavar="LIST", help="comma-separated, e.g. en,de")
    edit.add_argument("--timezone", metavar="ZONE", help="an IANA time zone, e.g. Europe/Berlin")
    edit.add_argument("--availability", metavar="WINDOWS",
                      help="weekly windows in your time zone, e.g. "
                           "\"Mon 18:00-20:00;Thu 07:00-08:00\"")
    edit.add_argument("--channels", metavar="LIST",
                      help=f"preferred channels: {','.join(service.CHANNELS)}")
    edit.add_argument("--cadence", metavar="CADENCE",
                      help=f"how often to meet: {'|'.join(service.CADENCES)}")
    edit.add_argument("--experience", metavar="LEVEL",
                      help=f"mentoring experience: {'|'.join(service.EXPERIENCE)}")
    edit.add_argument("--capacity", metavar="N", help="mentees you can take on (0 to 20; "
                      "mentors only)")
    edit.add_argument("--style", metavar="QUESTION=ANSWER", action="append",
                      help=f"working-style answers (repeat or separate with ;): {_style_help()}")
    share = p.add_argument_group("profile share")
    share.add_argument("--fields", metavar="FIELD,…",
                       help=f"the fields to show: {','.join(service.SHAREABLE)}; `none`, or "
                            "`default` for the default choice")
    share.add_argument("--default", action="store_true",
                       help="set what every contact without a choice of their own sees")
    p.set_defaults(handler=cmd_profile)


def _given(args: argparse.Namespace, names: tuple[str, ...]) -> list[str]:
    return [n for n in names if getattr(args, n) not in (None, False)]


def _refuse(args: argparse.Namespace, names: tuple[str, ...], form: str) -> None:
    given = _given(args, names)
    if given:
        raise UsageError(f"--{given[0]} belongs to `ementor profile {form}`.")


def cmd_profile(args: argparse.Namespace, out: TextIO) -> int:
    words: list[str] = args.contact
    if words and words[0] == "set":
        if len(words) > 1:
            raise UsageError("`ementor profile set` takes options only, e.g. "
                             "--skills \"Python:4\".")
        _refuse(args, SHARE_OPTIONS, "share")
        return _set(args, out)
    if words and words[0] == "share":
        _refuse(args, SET_OPTIONS, "set")
        return _share(args, words[1:], out)
    _refuse(args, SET_OPTIONS, "set")
    _refuse(args, SHARE_OPTIONS, "share")
    if len(words) > 1:
        raise UsageError("Name one contact (put a name with spaces in quotes).")
    if words:
        return _show_contact(args, words[0], out)
    with open_vault(args) as vault:
        mine = service.my_profile(vault)
    if args.json:
        print_json(out, mine.to_json())
    else:
        _print_mine(mine, out)
    return 0


# -- set ----------------------------------------------------------------------------------------

def _changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in ("name", "role", "headline", "bio", "cadence", "experience", "timezone"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.skills is not None:
        changes["skills"] = service.parse_levels(args.skills, "--skills")
    if args.wants is not None:
        changes["wants"] = service.parse_levels(args.wants, "--wants")
    if args.languages is not None:
        changes["languages"] = service.parse_languages(args.languages)
    if args.availability is not None:
        changes["availability"] = service.parse_availability(args.availability)
    if args.channels is not None:
        changes["channels"] = [c for c in args.channels.replace(";", ",").split(",")]
    if args.capacity is not None:
        changes["capacity"] = service.parse_capacity(args.capacity)
    if args.style is not None:
        changes["working_style"] = service.parse_working_style(args.style)
    return changes


def _set(args: argparse.Namespace, out: TextIO) -> int:
    changes = _changes(args)
    if not changes:
        raise UsageError("Nothing to change: give the fields to set, e.g. "
                         "`ementor profile set --skills \"Python:4;SQL:2\" --timezone "
                         "Europe/Berlin`.")
    service.check_changes(changes)  # every value checked before the vault is opened
    with open_vault(args) as vault:
        service.save_profile(vault, **changes)
        mine = service.my_profile(vault)
    if args.json:
        print_json(out, mine.to_json())
        return 0
    print("Profile saved. Contacts who may see a change get it at the next `ementor sync`.",
          file=out)
    return 0


# -- share --------------------------------------------------------------------------------------

def _share(args: argparse.Namespace, words: list[str], out: TextIO) -> int:
    if args.fields is None:
        raise UsageError("Say which fields with --fields, e.g. --fields skills,wants,bio "
                         "(or --fields default).")
    reset = args.fields.strip().lower() == "default"
    fields = None if reset else service.parse_fields(args.fields)
    if args.default:
        if words:
            raise UsageError("--default sets what every contact sees; leave out CONTACT.")
        if fields is None:
            fields = service.DEFAULT_SHARED
        with open_vault(args) as vault:
            chosen = service.set_default_fields(vault, fields)
        if args.json:
            print_json(out, {"shared_by_default": list(chosen)})
        else:
            print(f"Contacts see by default: {_field_list(chosen)}.", file=out)
        return 0
    if len(words) != 1:
        raise UsageError("Name one contact: `ementor profile share CONTACT --fields …`.")
    with open_vault(args) as vault, _named(vault, words[0]) as contact:
        shown = service.set_contact_fields(vault, contact.id, fields)
    if args.json:
        print_json(out, {"id": contact.id, "they_see": list(shown)})
    else:
        print(f"{shown_name(contact)} sees: {_field_list(shown)} (sent at the next "
              "`ementor sync`).", file=out)
    return 0


def _field_list(fields: tuple[str, ...]) -> str:
    return ", ".join((*service.ALWAYS_SHARED, *fields))


# -- showing ------------------------------------------------------------------------------------

def _show_contact(args: argparse.Namespace, query: str, out: TextIO) -> int:
    with open_vault(args) as vault, _named(vault, query) as contact:
        view = service.contact_profile(vault, contact.id)
    if args.json:
        print_json(out, view.to_json())
        return 0
    role = display.clean_name(view.contact.role) or "role unknown"
    print(f"{shown_name(view.contact)} ({role}) id {view.contact.id}", file=out)
    _print_fields(view.headline, view.shared, out, only_set=True)
    missing = [f for f in service.SHAREABLE if f not in view.shared]
    if view.received_at is None:
        print("They have not shared more of their profile with you.", file=out)
    elif missing:
        print(f"Not shared with you: {', '.join(missing)}.", file=out)
    how = "your choice for them" if view.custom else "the default"
    print(f"They see of yours ({how}): {_field_list(view.they_see)}.", file=out)
    return 0


def _print_mine(mine: service.MyProfile, out: TextIO) -> None:
    profile = mine.profile
    print(f"{profile.display_name} ({profile.role.value})", file=out)
    _print_fields(profile.headline, service.profile_json(profile), out, only_set=False)
    print(f"Contacts see by default: {_field_list(mine.default_fields)}.", file=out)


def _levels(levels: dict[str, int]) -> str:
    return ", ".join(f"{name} {level} ({service.LEVELS.get(level, '?')})"
                     for name, level in levels.items())


def _print_fields(headline: str, values: dict[str, Any], out: TextIO, only_set: bool) -> None:
    def line(label: str, text: str) -> None:
        if text or not only_set:
            print(f"  {label}: {text or '-'}", file=out)

    line("Headline", display.clean_name(headline))
    bio = values.get("bio") or ""
    if bio or not only_set:
        print("  Bio:" + ("\n    " + bio.replace("\n", "\n    ") if bio else " -"), file=out)
    line("Skills I offer" if not only_set else "Skills they offer",
         _levels(values.get("skills") or {}))
    line("Wants to learn", _levels(values.get("wants") or {}))
    line("Languages", ", ".join(values.get("languages") or []))
    zone = values.get("timezone") or ""
    line("Time zone", zone)
    windows = values.get("availability") or []
    line("Availability", ", ".join(service.format_window(w) for w in windows)
         + (f" ({zone})" if windows and zone else ""))
    line("Channels", ", ".join(service.CHANNELS.get(c, c) for c in values.get("channels") or []))
    line("Cadence", service.CADENCES.get(values.get("cadence") or "", ""))
    line("Experience", service.EXPERIENCE.get(values.get("experience") or "", ""))
    capacity = values.get("capacity")
    line("Capacity", "" if capacity is None else f"{capacity} mentee(s)")
    style = values.get("working_style") or {}
    if style or not only_set:
        print("  Working style:" + ("" if style else " -"), file=out)
        for question in service.WORKING_STYLE_QUESTIONS:
            answer = style.get(question.id)
            if answer is None:
                continue
            label = next((c.label for c in question.choices if c.id == answer), answer)
            print(f"    {question.text} {label}", file=out)
