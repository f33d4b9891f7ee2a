"""The mentoring workspace at the CLI (issue 12): the real `ementor` for two real homes over the
real relay — the agreement proposed and signed by both, goals (a private one never leaves),
sessions across a clock change exported as .ics, shared and private notes, feedback, the
relationship's life cycle, the Markdown export with hostile text, and errors as one line.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar
from pycrdt import Array

from ementor_desktop.domain.models import Role
from ementor_desktop.domain.shared import SharedDocument
from ementor_desktop.errors import EmentorError, UsageError
from tests.conftest import PASSPHRASE, snapshot
from tests.integration.cli_peers import Result, rename, run_cli
from tests.messaging.conftest import (  # noqa: F401 (fixtures used by name)
    Participant,
    connect,
    make_participant,
    relay_process,
    relay_url,
)
from tests.relay.harness import RelayProcess

ESC_NAME = "Ben\x1b[8m\x1b]0;owned\x07"
RAW = ["\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u200f", "\u061c", "\x00", "\r", "\x7f"]
HOSTILE_TITLE = ("![x](file:///etc/passwd) <img src=x onerror=alert(1)> "
                 "[click](https://evil.example) \u200f# not a heading")
HOSTILE_NOTES = ("# Heading\n```\ncode\n```\n    indented code\n\n    code after a blank\n"
                 "- list item\n1. numbered\n"
                 "> quote\n<script>alert(1)</script>\n| a | b |\n|---|---|\n"
                 "https://evil.example www.evil.example mail@evil.example\n"
                 "[ref]: https://evil.example\n![img][ref] &lt;b&gt; *em* _u_ ~~s~~ \\")


@pytest.fixture
def ada_ben(make_participant: Callable[..., Participant],  # noqa: F811
            relay_url: str) -> tuple[Participant, Participant]:  # noqa: F811
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee")
    connect(ada, ben, relay_url)
    return ada, ben


def ok(p: Participant, capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    result = run_cli(p, capsys, *argv)
    assert result.code == 0, (argv, result)
    assert "Traceback" not in result.err
    return result


def as_json(p: Participant, capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    return json.loads(ok(p, capsys, *argv, "--json").out)


def sync(capsys: pytest.CaptureFixture[str], *people: Participant, rounds: int = 2) -> None:
    """`ementor sync` for each, in turn (the real command and the real relay)."""
    for _ in range(rounds):
        for p in people:
            ok(p, capsys, "sync")


def assert_refused(result: Result, code: int, *words: str) -> None:
    assert result.code == code, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("ementor: ") and "Traceback" not in result.err
    assert result.out == ""
    for word in words:
        assert word in lines[0], lines[0]


def assert_harmless(text: str) -> None:
    for char in RAW:
        assert char not in text, (char, text)


def decrypted_rows(p: Participant) -> str:
    db = p.vault.db
    tables = [r[0] for r in db.all("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return "\n".join(repr(row) for table in tables for row in db.all(f'SELECT * FROM "{table}"'))


# -- the agreement -------------------------------------------------------------------------------


def test_agreement_proposed_seen_signed_by_both(ada_ben: tuple[Participant, Participant],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    ada, ben = ada_ben
    draft = as_json(ada, capsys, "agreement", "Ben")
    assert isinstance(draft, dict) and draft["status"] == "draft" and draft["version"] is None
    ok(ada, capsys, "agreement", "propose", "Ben", "--cadence", "weekly", "--channels",
       "async,video", "--until", "2027-06-30", "--goal", "Ship a Rust crate",
       "--response-hours", "48", "--review", "2027-03-01", "--coordinator", "agreement,goals")
    sync(capsys, ada, ben)

    seen = as_json(ben, capsys, "agreement", "Ada")
    assert isinstance(seen, dict)
    assert (seen["status"], seen["version"], seen["proposed_by_me"]) == ("proposed", 1, False)
    # proposing is signing: the proposer's signature came with the proposal
    assert [(s["signer_name"], s["valid"]) for s in seen["signatures"]] == [("Ada Mentor", True)]
    assert seen["terms"] == {"cadence": "weekly", "channels": ["async", "video"],
                             "end": "2027-06-30", "goals": ["Ship a Rust crate"],
                             "response_hours": 48, "reviews": ["2027-03-01"],
                             "coordinator": ["agreement", "goals"]}
    text = ok(ben, capsys, "agreement", "Ada").out
    assert "Proposed by Ada Mentor on " in text
    assert "waiting for your signature" in text and "Ada Mentor's signature" not in text
    half = ok(ada, capsys, "agreement", "show", "Ben").out
    assert "Proposed by you on " in half and "Ben Mentee's signature" in half
    assert "waiting for your signature" not in half
    assert_refused(run_cli(ada, capsys, "agreement", "sign", "Ben", "--version", "1"),
                   UsageError.exit_code, "already signed")

    ok(ben, capsys, "agreement", "sign", "Ada")
    sync(capsys, ben, ada)

    for p, other, me, them in ((ada, "Ben", "Ada Mentor", "Ben Mentee"),
                               (ben, "Ada", "Ben Mentee", "Ada Mentor")):
        doc = as_json(p, capsys, "agreement", other)
        assert isinstance(doc, dict)
        assert doc["status"] == "signed" and doc["tampered"] is False and doc["in_force"] == 1
        assert [s["valid"] for s in doc["signatures"]] == [True, True]
        assert sorted(s["signer_name"] for s in doc["signatures"]) == sorted([me, them])
        assert [v["signed_by_both"] for v in doc["versions"]] == [True]
        shown = ok(p, capsys, "agreement", other).out
        assert "Signed by both on " in shown and "TAMPERED" not in shown

    # A counter-proposal: version 2 is proposed; version 1 stays in force.
    ok(ben, capsys, "agreement", "propose", "Ada", "--cadence", "fortnightly")
    again = as_json(ben, capsys, "agreement", "Ada")
    assert isinstance(again, dict)
    assert (again["status"], again["version"], again["in_force"]) == ("proposed", 2, 1)
    assert again["terms"]["cadence"] == "fortnightly" and again["terms"]["end"] == "2027-06-30"
    assert "Version 1, signed by both on " in ok(ben, capsys, "agreement", "Ada").out
    assert_refused(run_cli(ben, capsys, "agreement", "sign", "Ada"), UsageError.exit_code,
                   "already signed")


def test_a_tampered_agreement_says_so(ada_ben: tuple[Participant, Participant],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    ada, ben = ada_ben
    ok(ada, capsys, "agreement", "propose", "Ben", "--cadence", "weekly", "--channels", "chat",
       "--until", "2027-06-30")
    sync(capsys, ada, ben)
    ok(ben, capsys, "agreement", "sign", "Ada")
    ada_id = ben.contact("Ada").id
    stored = ben.repos.shared.get(ada_id)
    assert stored is not None
    doc = SharedDocument(stored.conversation_id, ben.repos.identity.get().public.signing_key,
                         stored.document)
    versions = doc._doc.get("agreement.versions", type=Array)
    entry = dict(versions[0])
    entry["terms"] = {**entry["terms"], "cadence": "monthly"}  # changed behind the app's back
    with doc._doc.transaction():
        del versions[0]
        versions.insert(0, entry)
    with ben.vault.db.transaction():
        ben.repos.shared.save(ada_id, stored.conversation_id, doc.dump(), 1)
    text = ok(ben, capsys, "agreement", "Ada").out
    assert text.startswith("TAMPERED: a signature does not verify")
    shown = as_json(ben, capsys, "agreement", "Ada")
    assert isinstance(shown, dict)
    assert shown["tampered"] is True and shown["status"] == "proposed"
    assert [s["valid"] for s in shown["signatures"]] == [False, False]


def test_a_contact_named_like_a_verb_is_reached_with_show_or_the_id(
        ada_ben: tuple[Participant, Participant], capsys: pytest.CaptureFixture[str]) -> None:
    ada, ben = ada_ben
    rename(ben, ada, "propose")
    ok(ada, capsys, "contacts")  # seen under the new name
    ben_id = ada.contact("propose").id
    assert as_json(ada, capsys, "agreement", "show", "propose") == \
        as_json(ada, capsys, "agreement", ben_id)
    verb = run_cli(ada, capsys, "agreement", "propose")  # the verb, with its CONTACT missing
    assert verb.code == UsageError.exit_code and "CONTACT" in verb.err
    assert ok(ada, capsys, "relationship", ben_id).out.startswith("Mentorship with propose:")


# -- goals ---------------------------------------------------------------------------------------


def test_goals_added_updated_listed_and_a_private_goal_never_reaches_ben(
        ada_ben: tuple[Participant, Participant], relay_process: RelayProcess,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    ada, ben = ada_ben
    canary = "canary-" + secrets.token_hex(8)
    ok(ada, capsys, "goal", "add", "Ben", "Ship a Rust crate", "--due", "2027-06-30",
       "--measure", "Published on crates.io")
    ok(ada, capsys, "goal", "add", "Ben", f"Private {canary}", "--private")
    ok(ada, capsys, "goal", "update", "Ben", "Ship a Rust crate", "--progress", "40",
       "--milestone", "First release")
    ok(ada, capsys, "goal", "update", "Ben", "Ship a Rust crate", "--done-milestone",
       "First release", "--status", "paused")
    ok(ada, capsys, "goal", "update", "Ben", f"Private {canary}", "--progress", "10",
       "--milestone", "Secret step")

    goals = as_json(ada, capsys, "goals", "Ben")
    assert isinstance(goals, list)
    shared, private = goals
    assert {"id", "title", "shared", "status", "progress", "due", "milestones", "measure",
            "added_by_me", "history"} <= shared.keys()
    assert (shared["title"], shared["shared"], shared["status"], shared["progress"],
            shared["due"], shared["measure"], shared["added_by_me"]) == \
        ("Ship a Rust crate", True, "paused", 40, "2027-06-30", "Published on crates.io", True)
    assert [(m["title"], m["done"]) for m in shared["milestones"]] == [("First release", True)]
    assert [h["set"].get("progress") for h in shared["history"]] == [0, 40, None, None, None]
    assert (private["shared"], private["progress"], private["title"]) == \
        (False, 10, f"Private {canary}")
    listing = ok(ada, capsys, "goals", "Ben").out
    assert "Ship a Rust crate [shared, paused, 40%, due 2027-06-30]" in listing
    assert "[x] First release" in listing and "[private, active, 10%]" in listing

    sync(capsys, ada, ben)
    seen = as_json(ben, capsys, "goals", "Ada")
    assert isinstance(seen, list)
    assert [(g["title"], g["progress"], g["status"], g["added_by_me"]) for g in seen] == \
        [("Ship a Rust crate", 40, "paused", False)]
    assert canary not in decrypted_rows(ben) and "Secret step" not in decrypted_rows(ben)
    for path in Path(relay_process.log_path).parent.glob("relay.sqlite3*"):
        assert canary.encode() not in path.read_bytes()

    # Shared on purpose: now Ben has it (with its milestone), and Ada's private copy is gone.
    ok(ada, capsys, "goal", "share", "Ben", f"Private {canary}")
    sync(capsys, ada, ben)
    seen = as_json(ben, capsys, "goals", "Ada")
    assert isinstance(seen, list)
    assert sorted(g["title"] for g in seen) == [f"Private {canary}", "Ship a Rust crate"]
    mine = as_json(ada, capsys, "goals", "Ben")
    assert isinstance(mine, list) and all(g["shared"] for g in mine)
    # Ben cannot delete Ada's goal; Ada can.
    assert_refused(run_cli(ben, capsys, "goal", "delete", "Ada", "Ship a Rust crate"),
                   UsageError.exit_code, "person who added it")
    ok(ada, capsys, "goal", "delete", "Ben", "Ship a Rust crate")
    sync(capsys, ada, ben)
    seen = as_json(ben, capsys, "goals", "Ada")
    assert isinstance(seen, list) and [g["title"] for g in seen] == [f"Private {canary}"]


# -- sessions ------------------------------------------------------------------------------------

SERIES_UTC = [datetime(2027, 3, 21, 8, 30, tzinfo=UTC)] + [
    datetime(2027, 3, 28, 7, 30, tzinfo=UTC) + timedelta(weeks=n) for n in range(5)]


def test_sessions_across_the_clock_change_listed_in_the_viewers_zone_and_exported(
        ada_ben: tuple[Participant, Participant], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    ada, ben = ada_ben
    ok(ada, capsys, "session", "add", "Ben", "--at", "2027-03-21T09:30", "--tz",
       "Europe/Berlin", "--minutes", "45", "--title", "Weekly check-in", "--repeat", "weekly",
       "--count", "6", "--agenda", "Goals\nQuestions", "--link", "https://meet.example/abc")
    ok(ada, capsys, "session", "add", "Ben", "--at", "2037-03-22T09:30", "--tz",
       "Europe/Berlin", "--title", "Far ahead")
    sync(capsys, ada, ben)
    with ben.vault.mutex, ben.vault.db.transaction():  # Ben lives in New York
        profile = ben.repos.profile.get()
        assert profile is not None
        ben.repos.profile.save(replace(profile, timezone="America/New_York"))

    listed = as_json(ben, capsys, "sessions", "Ada")
    assert isinstance(listed, list)
    series, far = listed
    assert {"id", "title", "start", "tz", "minutes", "repeat", "count", "status", "sequence",
            "uid", "next", "notes", "private_notes", "action_items"} <= series.keys()
    assert (series["title"], series["start"], series["tz"], series["minutes"],
            series["repeat"], series["count"], series["status"], series["sequence"],
            series["uid"], series["added_by_me"]) == \
        ("Weekly check-in", "2027-03-21T09:30", "Europe/Berlin", 45, "weekly", 6, "planned",
         0, f"{series['id']}@ementor", False)
    new_york = ZoneInfo("America/New_York")
    ahead = [t for t in SERIES_UTC if t + timedelta(minutes=45) > datetime.now(UTC)]
    if ahead:
        number = SERIES_UTC.index(ahead[0]) + 1
        assert series["next"] == {
            "number": number, "start": ahead[0].astimezone(new_york).isoformat(),
            "end": (ahead[0] + timedelta(minutes=45)).astimezone(new_york).isoformat(),
            "tz": "America/New_York"}
    else:
        assert series["next"] is None
    # 09:30 in Berlin (winter time, UTC+1) is 04:30 in New York (already summer time).
    assert far["next"]["start"] == "2037-03-22T04:30:00-04:00"
    assert far["next"]["tz"] == "America/New_York"
    assert "next: Sun 22 Mar 2037 04:30 (America/New_York)" in ok(ben, capsys, "sessions",
                                                                    "Ada").out

    ics = tmp_path / "out" / "mentoring.ics"
    ics.parent.mkdir()
    ics.write_text("an older export")
    ok(ben, capsys, "sessions", "Ada", "--ics", str(ics))
    assert stat.S_IMODE(ics.stat().st_mode) == 0o600
    assert [p.name for p in ics.parent.iterdir()] == ["mentoring.ics"]  # no temp file left
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}
    event = events["Weekly check-in"]
    assert str(event["UID"]) == series["uid"] and int(event["SEQUENCE"]) == 0
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["COUNT"] == [6]
    start = event.decoded("DTSTART")
    assert start == datetime(2027, 3, 21, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    expanded = list(rrulestr(rule.to_ical().decode(), dtstart=start))
    assert [t.astimezone(UTC) for t in expanded] == SERIES_UTC  # 09:30 on both sides of it
    assert {str(tz["TZID"]) for tz in Calendar.from_ical(ics.read_bytes())
            .walk("VTIMEZONE")} == {"Europe/Berlin"}


def test_shared_notes_reach_both_and_private_notes_stay(
        ada_ben: tuple[Participant, Participant], capsys: pytest.CaptureFixture[str]) -> None:
    ada, ben = ada_ben
    ok(ada, capsys, "session", "add", "Ben", "--at", "2027-03-18T09:30", "--tz", "UTC",
       "--title", "Kick-off")
    sync(capsys, ada, ben)
    ok(ada, capsys, "session", "notes", "Ben", "Kick-off", "Ada: talked about goals")
    ok(ben, capsys, "session", "notes", "Ada", "Kick-off", "Ben: will read chapter 3")
    secret = "private-" + secrets.token_hex(6)
    ok(ben, capsys, "session", "notes", "Ada", "Kick-off", "--private", f"Ben worries {secret}")
    sync(capsys, ada, ben)
    a = as_json(ada, capsys, "sessions", "Ben")
    b = as_json(ben, capsys, "sessions", "Ada")
    assert isinstance(a, list) and isinstance(b, list)
    assert a[0]["notes"] == b[0]["notes"]
    assert "Ada: talked about goals" in a[0]["notes"] and "chapter 3" in a[0]["notes"]
    assert a[0]["private_notes"] == []
    assert [n["text"] for n in b[0]["private_notes"]] == [f"Ben worries {secret}"]
    assert secret not in decrypted_rows(ada)
    text = ok(ben, capsys, "sessions", "Ada").out
    assert f"your private note: Ben worries {secret}" in text


# -- feedback, pulse, notes, the relationship ------------------------------------------------------


def test_feedback_pulse_notes_and_the_relationship_life_cycle(
        ada_ben: tuple[Participant, Participant], capsys: pytest.CaptureFixture[str]) -> None:
    ada, ben = ada_ben
    ok(ada, capsys, "session", "add", "Ben", "--at", "2027-03-18T09:30", "--tz", "UTC",
       "--title", "Kick-off")
    sync(capsys, ada, ben)
    ok(ben, capsys, "feedback", "Ada", "--session", "Kick-off", "--rating", "5", "--useful",
       "The reading list", "--try-next", "More time for questions", "--next-step",
       "Read chapter 3")
    ok(ben, capsys, "feedback", "Ada", "--private", "--useful", "I was too shy")
    ok(ben, capsys, "pulse", "Ada", "--rating", "4", "--answer", "going well")
    ok(ben, capsys, "note", "Ada", "Ada prefers mornings")
    sync(capsys, ben, ada)

    seen = as_json(ada, capsys, "relationship", "Ben")
    assert isinstance(seen, dict)
    assert [(f["by_me"], f["rating"], f["useful"], f["session_title"], f["private"])
            for f in seen["feedback"]] == \
        [(False, 5, "The reading list", "Kick-off", False)]
    assert seen["pulse"] == [] and seen["notes"] == []
    mine = as_json(ben, capsys, "relationship", "Ada")
    assert isinstance(mine, dict)
    assert [(f["private"], f["useful"]) for f in mine["feedback"]] == \
        [(False, "The reading list"), (True, "I was too shy")]
    assert [(p["rating"], p["answers"]) for p in mine["pulse"]] == [(4, {"answer": "going well"})]
    assert [n["text"] for n in mine["notes"]] == ["Ada prefers mornings"]
    assert "I was too shy" not in decrypted_rows(ada)
    assert "Ada prefers mornings" not in decrypted_rows(ada)

    assert seen["state"] == "active" and seen["history"] == []
    ok(ada, capsys, "relationship", "end", "Ben", "--reason", "Goals reached", "--completed")
    ended = as_json(ada, capsys, "relationship", "Ben")
    assert isinstance(ended, dict)
    assert (ended["state"], ended["reason"]) == ("completed", "Goals reached")
    assert "Mentorship with Ben Mentee: completed since " in \
        ok(ada, capsys, "relationship", "Ben").out
    ok(ada, capsys, "relationship", "reopen", "Ben")
    ok(ada, capsys, "relationship", "archive", "Ben")
    done = as_json(ada, capsys, "relationship", "show", "Ben")
    assert isinstance(done, dict)
    assert [h["state"] for h in done["history"]] == ["completed", "active", "archived"]
    assert_refused(run_cli(ada, capsys, "relationship", "archive", "Ben"), UsageError.exit_code,
                   "already archived")
    ok(ada, capsys, "relationship", "reopen", "Ben")
    assert_refused(run_cli(ada, capsys, "relationship", "reopen", "Ben"), UsageError.exit_code,
                   "already active")
    assert_refused(run_cli(ada, capsys, "relationship", "end", "Ben", "--reason", "  "),
                   UsageError.exit_code, "why")


# -- the Markdown export -------------------------------------------------------------------------


def _hostile_workspace(ada: Participant, ben: Participant,
                       capsys: pytest.CaptureFixture[str]) -> None:
    """Ben writes Markdown, HTML and links wherever he can; his name too."""
    ok(ben, capsys, "goal", "add", "Ada", HOSTILE_TITLE, "--measure", HOSTILE_NOTES)
    ok(ben, capsys, "goal", "update", "Ada", HOSTILE_TITLE, "--milestone", HOSTILE_TITLE)
    ok(ben, capsys, "session", "add", "Ada", "--at", "2027-03-18T09:30", "--tz", "UTC",
       "--title", HOSTILE_TITLE, "--agenda", HOSTILE_NOTES,
       "--link", "https://evil.example/)<img/src=x>")
    ok(ben, capsys, "session", "notes", "Ada", HOSTILE_TITLE, HOSTILE_NOTES)
    ok(ben, capsys, "feedback", "Ada", "--rating", "1", "--useful", HOSTILE_NOTES)
    ok(ben, capsys, "agreement", "propose", "Ada", "--cadence", "weekly", "--channels", "chat",
       "--until", "2027-06-30", "--goal", HOSTILE_TITLE, "--confidentiality", HOSTILE_NOTES)
    sync(capsys, ben, ada)
    rename(ben, ada, "Mallory](https://evil.example) <img src=x> # \x1b[8m")
    ok(ada, capsys, "contacts")
    ok(ada, capsys, "goal", "add", "Mallory", "Mine", "--private", "--measure", HOSTILE_NOTES)
    ok(ada, capsys, "note", "Mallory", "Private: " + HOSTILE_NOTES + "\x1b]0;pwned\x07")
    ok(ada, capsys, "pulse", "Mallory", "--rating", "2", "--answer", HOSTILE_NOTES)


def test_export_markdown_keeps_hostile_text_as_text(
        ada_ben: tuple[Participant, Participant], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    from PySide6.QtGui import QTextDocument, QTextFormat

    ada, ben = ada_ben
    _hostile_workspace(ada, ben, capsys)
    target = tmp_path / "record.md"
    done = ok(ada, capsys, "export", "Mallory", "--markdown", str(target))
    assert "not encrypted" in done.out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    markdown = target.read_text(encoding="utf-8")
    assert_harmless(markdown)
    for raw in ("![", "](", "```", "[ref]", "~~", "\n# Heading", "\n    indented",
                "\n- list item", "\n1. numbered", "\n> quote"):
        assert raw not in markdown, raw
    assert not re.search(r"(?<!\\)[<&]", markdown)  # no HTML, no entity: each one escaped
    for part in ("## Agreement", "### Version 1", "## Goals", "## Sessions", "## Feedback",
                 "## Your pulse answers", "## Your private notes about"):
        assert part in markdown, part
    for dialect in (QTextDocument.MarkdownFeature.MarkdownDialectGitHub,
                    QTextDocument.MarkdownFeature.MarkdownDialectCommonMark):
        doc = QTextDocument()
        doc.setMarkdown(markdown, dialect)
        html = doc.toHtml()
        assert "<a " not in html and "<img" not in html and "monospace" not in html
        plain = doc.toPlainText()
        assert HOSTILE_TITLE.replace("\u200f", "\\u200f") in plain  # literally, escaped once
        for line in ("# Heading", "code after a blank", "- list item", "1. numbered",
                     "> quote", "| a | b |", "<script>alert(1)</script>", "[ref]: https://evil.example",
                     "https://evil.example/)<img/src=x>", "Mallory](https://evil.example)"):
            assert line in plain, line
        headings = []
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                headings.append(block.text())
            assert not block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeLanguage)
            assert block.textList() is None or not block.text().startswith(
                ("list item", "numbered")), block.text()
            block = block.next()
        assert "Heading" not in headings and "not a heading" not in headings
        assert headings[0].startswith("Mentoring record: Ada Mentor and Mallory](")


def test_export_of_an_unknown_contact_or_into_a_file_is_a_plain_error(
        ada_ben: tuple[Participant, Participant], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    ada, _ = ada_ben
    ok(ada, capsys, "whoami")  # the first open by a front end notes settings
    before = snapshot(ada.home.root)
    assert_refused(run_cli(ada, capsys, "export", "Nobody", "--markdown",
                           str(tmp_path / "x.md")), UsageError.exit_code, "No contact called")
    assert not (tmp_path / "x.md").exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    for argv in (["export", "Ben", "--markdown", str(blocker / "x.md")],
                 ["sessions", "Ben", "--ics", str(blocker / "x.ics")],
                 ["sessions", "Ben", "--json", "--ics", str(tmp_path)]):
        assert_refused(run_cli(ada, capsys, *argv), EmentorError.exit_code, "Could not write")
    assert snapshot(ada.home.root) == before  # a failed write is a failed command


# -- errors and hostile output ---------------------------------------------------------------------


def test_errors_are_one_line_with_the_documented_exit_code(
        ada_ben: tuple[Participant, Participant], capsys: pytest.CaptureFixture[str]) -> None:
    ada, _ = ada_ben
    ok(ada, capsys, "goal", "add", "Ben", "Same", "--private")
    ok(ada, capsys, "goal", "add", "Ben", "Same", "--private")
    ok(ada, capsys, "goal", "add", "Ben", "Learn Rust")
    ok(ada, capsys, "session", "add", "Ben", "--at", "2027-03-18T09:30", "--tz", "UTC",
       "--title", "Kick-off")
    before = snapshot(ada.home.root)
    cases: list[tuple[list[str], str]] = [
        (["goals", "Nobody"], "No contact called"),
        (["agreement", "Nobody", "--json"], "No contact called"),
        (["goal", "add", "Ben", "X", "--due", "2027-02-30"], "Not a date"),
        (["goal", "add", "Ben", "X", "--due", "next week"], "Not a date"),
        (["goal", "update", "Ben", "Learn Rust", "--progress", "101"], "0 to 100"),
        (["goal", "update", "Ben", "Learn Rust", "--progress", "-1"], "0 to 100"),
        (["goal", "update", "Ben", "Learn Rust", "--status", "finished"], "Status is one of"),
        (["goal", "update", "Ben", "Learn Rust"], "Nothing to change"),
        (["goal", "update", "Ben", "No such thing", "--progress", "5"], "No such goal"),
        (["goal", "update", "Ben", "Same", "--progress", "5"], "Several goals"),
        (["goal", "share", "Ben", "Same"], "Several goals"),
        (["goal", "delete", "Ben", "nope"], "No such goal"),
        (["session", "add", "Ben", "--at", "2027-02-30T09:30", "--tz", "UTC", "--title", "X"],
         "Not a date and time"),
        (["session", "add", "Ben", "--at", "0001-01-01T09:30", "--tz", "UTC", "--title", "X"],
         "1900"),
        (["session", "add", "Ben", "--at", "2027-03-01T09:30", "--tz", "Mars/Olympus",
          "--title", "X"], "Time zone"),
        (["session", "add", "Ben", "--at", "2027-03-01T09:30", "--minutes", "2", "--title",
          "X"], "--minutes"),
        (["session", "add", "Ben", "--at", "2027-03-01T09:30", "--count", "3", "--title", "X"],
         "--count needs --repeat"),
        (["session", "add", "Ben", "--at", "2027-03-01T09:30", "--link", "http://x.example",
          "--title", "X"], "https://"),
        (["session", "notes", "Ben", "Nope", "text"], "No such session"),
        (["feedback", "Ben", "--rating", "6"], "1 to 5"),
        (["feedback", "Ben"], "rating or at least one answer"),
        (["feedback", "Ben", "--private"], "rating or at least one answer"),
        (["pulse", "Ben", "--rating", "0"], "1 to 5"),
        (["note", "Ben", "   "], "empty"),
        (["agreement", "sign", "Ben"], "no proposed agreement"),
        (["agreement", "propose", "Ben", "--cadence", "weekly"], "--channels, --until"),
        (["agreement", "propose", "Ben", "--cadence", "daily", "--channels", "chat",
          "--until", "2027-06-30"], "Cadence is one of"),
        (["agreement", "propose", "Ben", "--cadence", "weekly", "--channels", "fax",
          "--until", "2027-06-30"], "Channels are among"),
        (["agreement", "propose", "Ben", "--cadence", "weekly", "--channels", "chat",
          "--until", "2027-06-31"], "Not a date"),
        (["agreement", "propose", "Ben", "--cadence", "weekly", "--channels", "chat",
          "--until", "2027-06-30", "--response-hours", "1e3"], "--response-hours"),
        (["relationship", "reopen", "Ben"], "already active"),
    ]
    for argv, words in cases:
        assert_refused(run_cli(ada, capsys, *argv), UsageError.exit_code, words)
    assert snapshot(ada.home.root) == before  # a refusal changes nothing


def test_errors_from_the_real_process_are_one_line(
        ada_ben: tuple[Participant, Participant]) -> None:
    ada, _ = ada_ben
    ada.vault.close()
    env = {**os.environ, "EMENTOR_PASSPHRASE": PASSPHRASE}
    for argv, words in ((["goal", "update", "Ben", "Learn", "--progress", "101"], "0 to 100"),
                        (["goals", "Nobody"], "No contact called"),
                        (["sessions", "Ben", "--json", "--ics", "/proc/x.ics"],
                         "Could not write")):
        done = subprocess.run([sys.executable, "-m", "ementor_desktop", "--home",
                               str(ada.home.root), *argv], env=env, capture_output=True,
                              text=True, timeout=120, check=False)
        assert done.returncode in (UsageError.exit_code, EmentorError.exit_code), done
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("ementor: ") and words in lines[0], done
        assert "Traceback" not in done.stderr and done.stdout == ""


def test_hostile_names_and_texts_are_escaped_in_every_listing(
        ada_ben: tuple[Participant, Participant], capsys: pytest.CaptureFixture[str]) -> None:
    ada, ben = ada_ben
    sneaky = "Goal \u200f\u061cwith bidi marks"  # allowed in shared text, escaped when shown
    ok(ben, capsys, "goal", "add", "Ada", sneaky)
    ok(ben, capsys, "session", "add", "Ada", "--at", "2027-03-18T09:30", "--tz", "UTC",
       "--title", sneaky, "--agenda", "line one\nementor: all good $ \u200f")
    ok(ben, capsys, "agreement", "propose", "Ada", "--cadence", "weekly", "--channels", "chat",
       "--until", "2027-06-30", "--goal", sneaky)
    ok(ben, capsys, "feedback", "Ada", "--useful", "fine\nementor: fake line\u200f")
    sync(capsys, ben, ada)
    rename(ben, ada, ESC_NAME)
    ben_id = ada.repos.contacts.list()[0].id
    ok(ada, capsys, "note", ben_id, "mine \x1b]0;pwned\x07")
    outputs = []
    for argv in (["goals", ben_id], ["sessions", ben_id], ["agreement", ben_id],
                 ["relationship", ben_id], ["goals", ben_id, "--json"],
                 ["sessions", ben_id, "--json"], ["agreement", ben_id, "--json"],
                 ["relationship", ben_id, "--json"]):
        result = ok(ada, capsys, *argv)
        assert_harmless(result.out + result.err)
        outputs.append(result.out)
        if "--json" in argv:
            json.loads(result.out)
    text = "\n".join(outputs)
    assert "\\u200f\\u061cwith bidi marks" in text
    assert "Proposed by Ben[8m]0;owned on " in text  # the name, cleaned
    assert "\\x1b]0;pwned\\x07" in text  # the private note, escaped
    assert not any(line.startswith("ementor:") for line in text.splitlines())
    relationship = json.loads(outputs[-1])
    assert relationship["notes"][0]["text"] == "mine \x1b]0;pwned\x07"  # exact for a program
    goals = json.loads(outputs[4])
    assert goals[0]["title"] == sneaky


def test_a_rescheduled_session_raises_its_calendar_sequence(
        ada_ben: tuple[Participant, Participant], capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    ada, ben = ada_ben
    ok(ada, capsys, "session", "add", "Ben", "--at", "2027-03-18T09:30", "--tz", "Europe/Berlin",
       "--title", "Check-in", "--repeat", "weekly", "--count", "4")
    first = as_json(ada, capsys, "sessions", "Ben")
    assert isinstance(first, list) and first[0]["sequence"] == 0
    ok(ada, capsys, "session", "update", "Ben", "Check-in", "--at", "2027-03-18T10:00",
       "--minutes", "30")
    sync(capsys, ada, ben)
    for p, other in ((ada, "Ben"), (ben, "Ada")):
        (session,) = as_json(p, capsys, "sessions", other)  # type: ignore[misc]
        assert (session["start"], session["minutes"], session["sequence"]) == \
            ("2027-03-18T10:00", 30, 1)
    ics = tmp_path / "s.ics"
    ok(ben, capsys, "sessions", "Ada", "--ics", str(ics))
    event = next(iter(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")))
    assert int(event["SEQUENCE"]) == 1
    ok(ben, capsys, "session", "update", "Ada", "Check-in", "--status", "cancelled")
    assert_refused(run_cli(ben, capsys, "session", "update", "Ada", "Check-in", "--status",
                           "postponed"), UsageError.exit_code, "Status is one of")
    assert_refused(run_cli(ben, capsys, "session", "update", "Ada", "Check-in"),
                   UsageError.exit_code, "Nothing to change")
