"""`ementor profile` (issue 12): the contract's commands and JSON fields, usage errors as one
line and exit 2, and what a contact sees through `ementor profile CONTACT` — real vaults, a real
relay (tests/messaging fixtures), the CLI run in this process."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from ementor_desktop.domain.models import Role
from tests.integration.cli_peers import run_cli
from tests.messaging.conftest import (  # noqa: F401 (fixtures used by name)
    Participant,
    connect,
    make_participant,
    relay_process,
    relay_url,
)

JSON_FIELDS = {"name", "role", "headline", "bio", "skills", "wants", "languages", "timezone",
               "availability", "channels", "cadence", "experience", "capacity",
               "working_style"}
SET_ALL = ("profile", "set", "--skills", "Python:4;SQL:2", "--wants", "Rust:3",
           "--languages", "en,de", "--timezone", "Europe/Berlin", "--capacity", "2",
           "--bio", "I like engines.\nementor: sync complete", "--headline", "Engineer",
           "--availability", "Mon 18:00-20:00;Thu 07:00-08:00", "--channels", "async,video",
           "--cadence", "weekly", "--experience", "some", "--style", "structure=planned",
           "--style", "feedback=direct")


@pytest.fixture
def ada_ben(make_participant: Callable[..., Participant],  # noqa: F811
            relay_url: str) -> tuple[Participant, Participant]:  # noqa: F811
    ada, ben = make_participant("Ada", Role.MENTOR), make_participant("Ben")
    connect(ada, ben, relay_url)
    return ada, ben


def test_set_and_show_my_profile(make_participant: Callable[..., Participant],  # noqa: F811
                                 capsys: pytest.CaptureFixture[str]) -> None:
    ada = make_participant("Ada", Role.MENTOR)
    empty = run_cli(ada, capsys, "profile", "--json")
    assert empty.code == 0
    shown = json.loads(empty.out)
    assert set(shown) == JSON_FIELDS | {"shared_by_default"}
    assert shown["timezone"] is None and shown["skills"] == {} and shown["capacity"] is None
    result = run_cli(ada, capsys, *SET_ALL)
    assert result.code == 0, result.err
    assert "Profile saved" in result.out
    mine = json.loads(run_cli(ada, capsys, "profile", "--json").out)
    assert mine == {
        "name": "Ada", "role": "mentor", "headline": "Engineer",
        "bio": "I like engines.\nementor: sync complete",
        "skills": {"Python": 4, "SQL": 2}, "wants": {"Rust": 3}, "languages": ["en", "de"],
        "timezone": "Europe/Berlin",
        "availability": [{"day": "mon", "start": "18:00", "end": "20:00"},
                         {"day": "thu", "start": "07:00", "end": "08:00"}],
        "channels": ["async", "video"], "cadence": "weekly", "experience": "some",
        "capacity": 2, "working_style": {"structure": "planned", "feedback": "direct"},
        "shared_by_default": ["skills", "wants", "languages", "timezone", "channels",
                              "cadence", "experience"]}
    text = run_cli(ada, capsys, "profile").out
    assert "Skills I offer: Python 4 (advanced), SQL 2 (basic)" in text
    assert "\n    ementor: sync complete\n" in text  # a bio's later lines are indented
    assert "Availability: Mon 18:00-20:00, Thu 07:00-08:00 (Europe/Berlin)" in text
    # only what is given changes; an empty value clears a field
    assert run_cli(ada, capsys, "profile", "set", "--bio", "", "--capacity", "").code == 0
    after = json.loads(run_cli(ada, capsys, "profile", "--json").out)
    assert after["bio"] == "" and after["capacity"] is None
    assert after["skills"] == {"Python": 4, "SQL": 2}
    as_json = run_cli(ada, capsys, "profile", "set", "--cadence", "monthly", "--json")
    assert json.loads(as_json.out)["cadence"] == "monthly"


@pytest.mark.parametrize(("argv", "says"), [
    (("--skills", "Python:6"), "The level of 'Python' in --skills must be a whole number "
                               "from 1 (beginner) to 5 (expert), not 6."),
    (("--skills", "Python:0"), "not 0."),
    (("--wants", "Rust"), "--wants: 'Rust' has no level."),
    (("--skills", ";".join(f"s{i}:1" for i in range(10_000))), "at most 30"),
    (("--timezone", "Mars/Olympus"), "Time zone: Unknown time zone 'Mars/Olympus'"),
    (("--timezone", "europe/berlin"), "did you mean Europe/Berlin?"),
    (("--capacity", "99"), "how many mentees you can take on: a whole number from 0 to 20"),
    (("--availability", "Fri 22:00-01:00"), "past midnight is two"),
    (("--channels", "pigeon"), "Unknown channel 'pigeon'"),
    (("--cadence", "daily"), "Unknown cadence 'daily'"),
    (("--experience", "guru"), "Unknown experience level 'guru'"),
    (("--style", "salary=high"), "Unknown working-style question 'salary'"),
    (("--role", "boss"), "Unknown role 'boss'"),
    (("--fields", "skills"), "--fields belongs to `ementor profile share`."),
    ((), "Nothing to change"),
])
def test_profile_set_refuses_with_one_line_and_exit_2(
        make_participant: Callable[..., Participant],  # noqa: F811
        capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], says: str) -> None:
    ben = make_participant("Ben")
    before = run_cli(ben, capsys, "profile", "--json").out
    result = run_cli(ben, capsys, "profile", "set", *argv)
    assert result.code == 2
    assert result.err.startswith("ementor: ") and result.err.count("\n") == 1, result.err
    assert says in result.err
    assert "Traceback" not in result.err and result.out == ""
    assert run_cli(ben, capsys, "profile", "--json").out == before  # nothing changed


def test_other_usage_errors(make_participant: Callable[..., Participant],  # noqa: F811
                           capsys: pytest.CaptureFixture[str]) -> None:
    ben = make_participant("Ben")
    for argv, says in ((("profile", "set", "--capacity", "2"), "a mentee has none"),
                       (("profile", "Nobody"), "No contact called 'Nobody'"),
                       (("profile", "--skills", "a:1"),
                        "--skills belongs to `ementor profile set`"),
                       (("profile", "share", "Nobody"), "Say which fields with --fields"),
                       (("profile", "share", "--default", "--fields", "salary"),
                        "Unknown profile field 'salary'"),
                       (("profile", "a", "b"), "Name one contact")):
        result = run_cli(ben, capsys, *argv)
        assert result.code == 2 and says in result.err, (argv, result.err)
        assert "Traceback" not in result.err


def test_a_contact_sees_what_was_shared_with_them(
        ada_ben: tuple[Participant, Participant], capsys: pytest.CaptureFixture[str]) -> None:
    ada, ben = ada_ben
    assert run_cli(ada, capsys, *SET_ALL).code == 0
    shared = run_cli(ada, capsys, "profile", "share", "Ben", "--fields", "skills,bio,headline",
                     "--json")
    assert shared.code == 0
    assert json.loads(shared.out) == {"id": ada.contact("Ben").id, "they_see": ["bio", "skills"]}
    default = run_cli(ada, capsys, "profile", "share", "--default", "--fields",
                      "skills,wants,timezone")
    assert default.code == 0 and "Contacts see by default: name, role, headline, skills, " \
        "wants, timezone." in default.out
    for p in (ada, ben, ada, ben):
        assert run_cli(p, capsys, "sync").code == 0
    seen = run_cli(ben, capsys, "profile", "Ada", "--json")
    assert seen.code == 0, seen.err
    card = json.loads(seen.out)
    assert card["name"] == "Ada" and card["role"] == "mentor" and card["headline"] == "Engineer"
    assert card["skills"] == {"Python": 4, "SQL": 2}
    assert card["bio"] == "I like engines.\nementor: sync complete"
    assert card["shared_fields"] == ["name", "role", "headline", "bio", "skills"]
    for private in ("wants", "timezone", "availability", "capacity", "working_style",
                    "languages", "channels", "cadence", "experience"):
        assert private not in card  # not shared: not there at all
    assert card["they_see"] == ["skills", "wants", "languages", "timezone", "channels",
                                "cadence", "experience"]  # Ben's default (nothing chosen)
    assert card["card_received_at"].endswith("Z")
    text = run_cli(ben, capsys, "profile", "Ada").out
    assert text.startswith("Ada (mentor) id ")
    assert "\n    ementor: sync complete\n" in text  # Ada's bio cannot fake a line of ours
    assert "Not shared with you: wants, languages, timezone, availability, channels, " \
        "cadence, experience, capacity, working_style." in text
    # Ada sees her own choice for Ben
    mine = json.loads(run_cli(ada, capsys, "profile", "Ben", "--json").out)
    assert mine["they_see"] == ["bio", "skills"] and mine["shared_fields"] == [
        "name", "role", "headline"]
    # back to the default for Ben: the bio is withdrawn at the next sync
    assert run_cli(ada, capsys, "profile", "share", "Ben", "--fields", "default").code == 0
    for p in (ada, ben):
        assert run_cli(p, capsys, "sync").code == 0
    again = json.loads(run_cli(ben, capsys, "profile", "Ada", "--json").out)
    assert "bio" not in again and again["wants"] == {"Rust": 3}
