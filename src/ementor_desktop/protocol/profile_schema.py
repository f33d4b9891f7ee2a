"""Profile cards on the wire (`profile.card`, docs/protocol.md Part 2 §3, "Profile cards"): what
one person shares of their structured profile with one contact, every field's type and limit,
and the vocabulary both sides must know (channels, cadences, experience levels, the working-style
questions' ids and answer ids). The only place that says what a card may contain.

A card is a control kind (`seq` 0) sent only to a peer that announced `profile.card` in its
`caps`. Every field is optional: a field left out was not shared (a later card without it
withdraws it). Text chosen by the sender is refused, not cleaned, when it holds control, bidi,
format, private-use or unassigned characters (display.is_unsafe), and single-line text must be
in the form `display.clean_name` leaves (no tabs, line breaks, doubled or surrounding spaces):
an honest sender cleans before sending, so anything else is a hostile or broken one. Pure: no
I/O, no keys; the human wording of the working-style questions is the domain's
(`domain/profile.py`).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec

from ementor_desktop.matching.timezones import known_timezones
from ementor_desktop.protocol.display import clean_name, is_unsafe

KIND = "profile.card"

# -- limits (characters and UTF-8 bytes both bound each text) ---------------------------------
MAX_SKILLS = 30  # per list: skills offered, skills wanted
MAX_SKILL_CHARS = 60
MAX_SKILL_BYTES = 240
MIN_LEVEL, MAX_LEVEL = 1, 5
MAX_LANGUAGES = 10
MAX_LANGUAGE_CHARS = 40
MAX_LANGUAGE_BYTES = 160
MAX_BIO_BYTES = 4000
MAX_BIO_LINES = 60
MAX_WINDOWS = 21  # availability windows, at most three a day
MAX_CAPACITY = 20
MAX_TIMEZONE_CHARS = 64

# -- vocabulary -------------------------------------------------------------------------------
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CHANNELS = ("async", "chat", "video", "phone")
CADENCES = ("weekly", "fortnightly", "monthly")  # as an agreement's `cadence` (Part 3)
EXPERIENCE = ("new", "some", "experienced")
#: Working-style questions (ids) and their answers (ids, in order along the question's scale).
#: The wording is `domain.profile.WORKING_STYLE_QUESTIONS`; a new question or answer is a new
#: protocol version (announced in caps), since cards with unknown ids are refused.
WORKING_STYLE: dict[str, tuple[str, ...]] = {
    "structure": ("planned", "mixed", "open"),
    "feedback": ("direct", "balanced", "gentle"),
    "learning": ("hands_on", "mixed", "reflect"),
    "contact": ("often", "sometimes", "rarely"),
    "focus": ("craft", "both", "career"),
}

#: Every field a card can carry, in the order people read them.
CARD_FIELDS = ("bio", "skills", "wants", "languages", "timezone", "availability", "channels",
               "cadence", "experience", "capacity", "working_style")

Level = Annotated[int, msgspec.Meta(ge=MIN_LEVEL, le=MAX_LEVEL)]
SkillName = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_SKILL_CHARS)]
Skills = Annotated[dict[SkillName, Level], msgspec.Meta(max_length=MAX_SKILLS)]
Language = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_LANGUAGE_CHARS)]
Clock = Annotated[str, msgspec.Meta(pattern="^(?:[01][0-9]|2[0-3]):[0-5][0-9]\\Z|^24:00\\Z")]
Day = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
Channel = Literal["async", "chat", "video", "phone"]
Cadence = Literal["weekly", "fortnightly", "monthly"]
Experience = Literal["new", "some", "experienced"]
Capacity = Annotated[int, msgspec.Meta(ge=0, le=MAX_CAPACITY)]
Zone = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_TIMEZONE_CHARS)]
QuestionId = Annotated[str, msgspec.Meta(pattern="^[a-z][a-z_]{0,31}\\Z")]
AnswerId = Annotated[str, msgspec.Meta(pattern="^[a-z][a-z_]{0,31}\\Z")]


class CardError(ValueError):
    """A card (or one field of it) that breaks these rules; the message is content-free."""


def check_line(text: str, max_chars: int, max_bytes: int, what: str) -> str:
    """Single-line text as an honest sender writes it: 1 … max_chars characters, at most
    max_bytes in UTF-8, exactly what `clean_name` leaves."""
    if not 1 <= len(text) <= max_chars or len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise CardError(f"{what} length")
    if clean_name(text) != text:
        raise CardError(f"{what} characters")
    return text


def check_bio(text: str) -> str:
    """Several lines of plain text: line feeds are the only control character allowed."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BIO_BYTES:
        raise CardError("bio length")
    if text.count("\n") >= MAX_BIO_LINES:
        raise CardError("bio lines")
    if any(is_unsafe(c) for c in text if c != "\n"):
        raise CardError("bio characters")
    return text


def _check_skills(skills: dict[str, int], what: str) -> None:
    seen: set[str] = set()
    for name in skills:
        check_line(name, MAX_SKILL_CHARS, MAX_SKILL_BYTES, what)
        folded = name.casefold()
        if folded in seen:  # "Python" and "python" are one skill
            raise CardError(f"{what} repeated")
        seen.add(folded)


class _Strict(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    pass


class Window(_Strict):
    """A weekly availability window in the sender's own time zone; it ends on its start's day
    (a window past midnight is sent as two)."""

    day: Day
    start: Clock
    end: Clock

    def __post_init__(self) -> None:
        if self.start == "24:00" or self.end <= self.start:
            raise ValueError("window")


_UNSET: Any = msgspec.UNSET


class ProfileCardBody(_Strict):
    """The `profile.card` body: only what the sender shares with this recipient."""

    bio: str | msgspec.UnsetType = _UNSET
    skills: Skills | msgspec.UnsetType = _UNSET
    wants: Skills | msgspec.UnsetType = _UNSET
    languages: Annotated[list[Language], msgspec.Meta(max_length=MAX_LANGUAGES)] \
        | msgspec.UnsetType = _UNSET
    timezone: Zone | msgspec.UnsetType = _UNSET
    availability: Annotated[list[Window], msgspec.Meta(max_length=MAX_WINDOWS)] \
        | msgspec.UnsetType = _UNSET
    channels: Annotated[list[Channel], msgspec.Meta(max_length=len(CHANNELS))] \
        | msgspec.UnsetType = _UNSET
    cadence: Cadence | msgspec.UnsetType = _UNSET
    experience: Experience | msgspec.UnsetType = _UNSET
    capacity: Capacity | msgspec.UnsetType = _UNSET
    working_style: Annotated[dict[QuestionId, AnswerId],
                             msgspec.Meta(max_length=len(WORKING_STYLE))] \
        | msgspec.UnsetType = _UNSET

    def __post_init__(self) -> None:
        # msgspec turns these ValueErrors into a ValidationError: the envelope is malformed.
        if isinstance(self.bio, str):
            check_bio(self.bio)
        if isinstance(self.skills, dict):
            _check_skills(self.skills, "skill")
        if isinstance(self.wants, dict):
            _check_skills(self.wants, "wanted skill")
        if isinstance(self.languages, list):
            folded = [check_line(x, MAX_LANGUAGE_CHARS, MAX_LANGUAGE_BYTES,
                                 "language").casefold() for x in self.languages]
            if len(set(folded)) != len(folded):
                raise CardError("language repeated")
        if isinstance(self.timezone, str) and self.timezone not in known_timezones():
            raise CardError("timezone")
        if isinstance(self.channels, list) and len(set(self.channels)) != len(self.channels):
            raise CardError("channel repeated")
        if isinstance(self.availability, list):
            windows = [(w.day, w.start, w.end) for w in self.availability]
            if len(set(windows)) != len(windows):
                raise CardError("window repeated")
        if isinstance(self.working_style, dict):
            for question, answer in self.working_style.items():
                if answer not in WORKING_STYLE.get(question, ()):
                    raise CardError("working style")


def check_card(card: dict[str, Any]) -> dict[str, Any]:
    """A card checked by the wire rules, as plain values (what a receiver stores). Raises
    CardError."""
    try:
        return msgspec.to_builtins(msgspec.convert(card, ProfileCardBody))  # type: ignore[no-any-return]
    except msgspec.ValidationError as err:
        raise CardError("card") from err


__all__ = ["CADENCES", "CARD_FIELDS", "CHANNELS", "DAYS", "EXPERIENCE", "KIND", "WORKING_STYLE",
           "CardError", "ProfileCardBody", "check_bio", "check_card", "check_line"]
