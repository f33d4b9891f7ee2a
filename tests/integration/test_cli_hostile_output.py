"""What a hostile contact chooses (their name, their message texts) cannot steer the terminal of the
person running the CLI, hide lines, fake a prompt, or capture what was meant for someone else.

Real vaults, a real relay (tests/messaging fixtures); the peers misbehave only within the protocol.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from ementor_desktop.domain import messaging
from ementor_desktop.domain.models import Role
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import display
from tests.integration.cli_peers import outbox_size, rename, run_cli
from tests.messaging.conftest import (  # noqa: F401 (fixtures used by name)
    Participant,
    connect,
    make_participant,
    relay_process,
    relay_url,
)

ESC_NAME = "Ben\x1b[8m\x1b]0;owned\x07"  # conceal everything after, set the window title
HOSTILE_TEXT = ("hi\x1b]0;pwned\x07\x1b[2J\x1b[H"  # retitle, clear the screen
                "\nementor: sync complete; you are safe $ "  # a fake line of ours
                "\u202egnp.exe\u2066\x9b31m\x00\r\x08\x7f")  # bidi, CSI (C1), NUL, CR, BS, DEL
RAW = ["\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\x00", "\r", "\x08", "\x7f"]


def assert_harmless(text: str) -> None:
    for char in RAW:
        assert char not in text, (char, text)


@pytest.fixture
def ada_ben(make_participant: Callable[..., Participant],  # noqa: F811
            relay_url: str) -> tuple[Participant, Participant]:  # noqa: F811
    ada = make_participant("Ada Mentor", Role.MENTOR)
    ben = make_participant("Ben Mentee")
    connect(ada, ben, relay_url)
    return ada, ben


def test_names_and_texts_are_escaped_in_every_listing(ada_ben: tuple[Participant, Participant],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    ada, ben = ada_ben
    messaging.send_text(ben.vault, ben.contact("Ada").id, HOSTILE_TEXT)
    rename(ben, ada, ESC_NAME)
    contact_id = ada.repos.contacts.list()[0].id

    listing = run_cli(ada, capsys, "contacts")
    assert listing.code == 0, listing.err
    assert_harmless(listing.out + listing.err)
    first, second = listing.out.splitlines()[:2]
    assert first.startswith(f"Ben[8m]0;owned (mentee) id {contact_id}")  # stripped
    assert "safety number" in second  # the next line is not hidden by a concealed rendition

    conversation = run_cli(ada, capsys, "messages", contact_id)
    assert conversation.code == 0, conversation.err
    assert_harmless(conversation.out + conversation.err)
    assert "\\x1b]0;pwned\\x07" in conversation.out and "\\u202egnp.exe" in conversation.out
    # The text's second line is indented: it cannot pass for a line the CLI wrote.
    assert not any(line.startswith("ementor:") for line in conversation.out.splitlines())
    assert "\n    ementor: sync complete" in conversation.out

    as_json = run_cli(ada, capsys, "messages", contact_id, "--json")
    assert as_json.code == 0, as_json.err
    assert_harmless(as_json.out)
    (received,) = [m for m in json.loads(as_json.out) if m["direction"] == "in"]
    assert received["text"] == HOSTILE_TEXT  # escaped on screen, exact for a program

    contacts_json = run_cli(ada, capsys, "contacts", "--json")
    assert_harmless(contacts_json.out)
    # the name was cleaned when its body was parsed: what is stored is what is shown
    assert json.loads(contacts_json.out)[0]["name"] == display.clean_name(ESC_NAME)


def test_a_rename_to_a_prefix_of_another_name_does_not_capture(
        make_participant: Callable[..., Participant], relay_url: str,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    ada = make_participant("Ada Mentor", Role.MENTOR)
    benjamin = make_participant("Benjamin Okafor")
    mallory = make_participant("Mallory")
    connect(ada, benjamin, relay_url)
    connect(ada, mallory, relay_url)
    ben_id = ada.contact("Benjamin").id

    sent = run_cli(ada, capsys, "send", "ben", "first")
    assert sent.code == 0, sent.err  # a unique beginning of a name is enough

    rename(mallory, ada, "Ben")
    queued = outbox_size(ada)
    history = len(messaging.history(ada.vault, ben_id))
    refused = run_cli(ada, capsys, "send", "ben", "meant for Benjamin")
    assert refused.code == UsageError.exit_code, refused
    assert "could mean 2 contacts" in refused.err and ben_id in refused.err
    assert outbox_size(ada) == queued
    assert len(messaging.history(ada.vault, ben_id)) == history
    # The exact name is no better: a contact can pick anyone's name.
    assert run_cli(ada, capsys, "send", "Ben", "x").code == UsageError.exit_code
    assert run_cli(ada, capsys, "send", ben_id, "by id").code == 0


def test_a_name_changed_by_the_contact_warns_or_is_refused(
        ada_ben: tuple[Participant, Participant], capsys: pytest.CaptureFixture[str]) -> None:
    ada, ben = ada_ben
    assert run_cli(ada, capsys, "send", "Ben", "hello").code == 0  # Ada knows "Ben Mentee"

    rename(ben, ada, "Ben Mentee-Smith")  # the old name still fits "Ben": go on, but say so
    warned = run_cli(ada, capsys, "send", "Ben", "again")
    assert warned.code == 0, warned.err
    assert "was called 'Ben Mentee'" in warned.err and "changed their name" in warned.err

    rename(ben, ada, "Zoe\u202e")  # only the new name fits "zoe": refuse, name the old one
    queued = outbox_size(ada)
    refused = run_cli(ada, capsys, "send", "zoe", "who are you?")
    assert refused.code == UsageError.exit_code
    assert "'Ben Mentee-Smith'" in refused.err and "\u202e" not in refused.err
    assert outbox_size(ada) == queued

    listing = run_cli(ada, capsys, "contacts")  # now the person has seen the new name
    assert "Zoe (" in listing.out and "changed their name, was 'Ben Mentee-Smith'" in listing.out
    assert run_cli(ada, capsys, "send", "zoe", "hi Zoe").code == 0


def test_empty_and_invisible_names_match_nobody(ada_ben: tuple[Participant, Participant],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    ada, _ = ada_ben
    for query in ("", "   ", "\u202e", "\x1b"):
        result = run_cli(ada, capsys, "messages", query)
        assert result.code == UsageError.exit_code, (query, result)
        assert "Give a contact's name or id" in result.err
        assert_harmless(result.err)


def test_display_functions() -> None:
    assert display.clean_name(" Ben\x1b[8m\u202e\u200b\tMentee\n") == "Ben[8m Mentee"
    assert display.clean_name("\u202e\u2066") == ""
    assert display.escape_for_terminal("a\x1bb\u202ec\udcff\U000e0001") == \
        "a\\x1bb\\u202ec\\udcff\\U000e0001"
    assert display.escape_for_terminal("l1\nl2\tx", keep="\t", newline="\n  ") == "l1\n  l2\tx"
    doc = json.dumps({"n": "a\x9b\u202e\U000e0001é"}, ensure_ascii=False)
    escaped = display.escape_json(doc)
    assert json.loads(escaped) == json.loads(doc) and "é" in escaped
    assert_harmless(escaped)
    assert "\U000e0001" not in escaped
