"""Names (and headlines) a peer sends are stripped of controls, bidi overrides and invisible
characters when their body is parsed, before anything stores or shows them."""

from __future__ import annotations

import pytest

from ementor_desktop.protocol.content import Content, ContentError, parse_content


def _profile(name: str, headline: str = "") -> bytes:
    return Content("a" * 32, "0" * 32, 0, "profile", 1_800_000_000_000,
                   {"name": name, "role": "mentor", "headline": headline}).encode()


@pytest.mark.parametrize(("sent", "stored"), [
    ("Ben\u202eKcaj", "BenKcaj"),                 # right-to-left override
    ("Ben\x1b]0;owned\x07", "Ben]0;owned"),       # terminal title escape
    ("Ben\u200b\u2066Adm\u2069in", "BenAdmin"),   # zero-width space, isolates
    ("Ben\nTwo lines\r\n", "Ben Two lines"),      # line breaks become one space
    ("  Ada   Lovelace ", "Ada Lovelace"),
])
def test_a_peer_chosen_name_is_cleaned_when_parsed(sent: str, stored: str) -> None:
    content = parse_content(_profile(sent, headline=f"Head\u202e{sent}"))
    assert content.body["name"] == stored
    assert "\u202e" not in content.body["headline"]


def test_a_name_of_nothing_but_invisible_characters_is_refused() -> None:
    with pytest.raises(ContentError):
        parse_content(_profile("\u202e\u200b\x1b"))
