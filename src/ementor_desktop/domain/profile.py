"""The structured profile: what each field may hold, reading what a person types, saving it,
who sees which field, and the `profile.card` each contact gets (and applying the ones they send).

Fields: name, role and headline are always visible to contacts (they travel with every invite,
`hello`, `welcome` and `profile`); every other field travels in a `profile.card` (the wire rules
are `protocol/profile_schema.py`) and only to contacts allowed to see it. Privacy first: by
default a contact sees what helps decide how to work together — skills, wants, languages, time
zone, channels, cadence and experience — and not the bio, the availability windows, the
mentoring capacity or the working-style answers, which the person shares on purpose (setting
`profile_shared_fields`, and per contact `contacts.profile_fields`).

Saving commits the profile and queues the new card to every active contact that announced
`profile.card` and would see something different, in one transaction (commit before you send).
Never imports Qt; the GUI and the CLI both call these services.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ementor_desktop import log
from ementor_desktop.domain.account import MAX_NAME_LENGTH, check_name, parse_role
from ementor_desktop.domain.messaging import can_send, profile_body, queue_control
from ementor_desktop.domain.models import Contact, Profile, Role
from ementor_desktop.domain.settings import Settings
from ementor_desktop.errors import UsageError
from ementor_desktop.matching.timezones import parse_timezone
from ementor_desktop.protocol import profile_schema as schema
from ementor_desktop.protocol.content import ContentError
from ementor_desktop.protocol.display import clean_name, is_unsafe
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault, now_ms

if TYPE_CHECKING:
    from ementor_desktop.domain.inbox import Context, Outcome
    from ementor_desktop.protocol.content import Content

KIND = schema.KIND

# -- fields and who sees them -----------------------------------------------------------------

#: Every field of a profile, in the order people read them (also the JSON keys).
FIELDS = ("name", "role", "headline", *schema.CARD_FIELDS)
#: Sent with every invite and handshake: a contact always sees these.
ALWAYS_SHARED = ("name", "role", "headline")
#: What a person chooses to show a contact or not.
SHAREABLE = schema.CARD_FIELDS
#: The setting's default (domain/settings.py declares it with the same list).
DEFAULT_SHARED = ("skills", "wants", "languages", "timezone", "channels", "cadence",
                  "experience")
SETTING = "profile_shared_fields"
#: Internal setting: a digest of the card last queued to each contact, so a card goes out only
#: when what that contact may see has changed.
CARDS_SENT_KEY = "_profile_cards_sent"

MAX_HEADLINE_BYTES = 800  # the `profile` kind's limit (docs/protocol.md Part 2 §3)

# -- vocabulary ---------------------------------------------------------------------------------

LEVELS = {1: "beginner", 2: "basic", 3: "working knowledge", 4: "advanced", 5: "expert"}
CHANNELS = {"async": "async messages", "chat": "chat", "video": "video call",
            "phone": "phone call"}
CADENCES = {"weekly": "weekly", "fortnightly": "every two weeks", "monthly": "monthly"}
EXPERIENCE = {"new": "new to mentoring", "some": "some mentoring experience",
              "experienced": "experienced in mentoring"}
DAY_NAMES = {"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri",
             "sat": "Sat", "sun": "Sun"}


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    choices: tuple[Choice, ...]


#: The fixed working-style and values questions. Similarity in values and working style
#: predicts the quality of a mentoring relationship far better than demographics do, so these
#: are few, quick to answer and comparable (answers are ordered along one scale, as matching's
#: `ws_*` columns are). The GUI translates the texts in the context "WorkingStyle".
WORKING_STYLE_QUESTIONS: tuple[Question, ...] = (
    Question("structure", "How do you like a mentoring conversation to run?", (
        Choice("planned", "With an agenda agreed beforehand"),
        Choice("mixed", "A rough plan, open to detours"),
        Choice("open", "Open: wherever it needs to go"))),
    Question("feedback", "How do you like feedback?", (
        Choice("direct", "Direct and to the point"),
        Choice("balanced", "Frank, with the reasons around it"),
        Choice("gentle", "Gentle, encouragement first"))),
    Question("learning", "How do you learn something new?", (
        Choice("hands_on", "Try it first, questions later"),
        Choice("mixed", "A bit of both"),
        Choice("reflect", "Read and think it through first"))),
    Question("contact", "Between meetings, how much contact suits you?", (
        Choice("often", "Frequent short check-ins"),
        Choice("sometimes", "Now and then, when there is news"),
        Choice("rarely", "Mostly at the planned meetings"))),
    Question("focus", "What should this mentoring mostly be about?", (
        Choice("craft", "The craft: getting better at the work"),
        Choice("both", "Both the work and the bigger picture"),
        Choice("career", "Career steps and the bigger picture"))),
)
QUESTIONS = {q.id: q for q in WORKING_STYLE_QUESTIONS}
assert {q.id: tuple(c.id for c in q.choices) for q in WORKING_STYLE_QUESTIONS} \
    == schema.WORKING_STYLE, "the questions and the wire vocabulary must agree"


# -- checking what a person typed (cleaned, then limited; errors say what to do) -------------

def _one_line(text: str, what: str, max_chars: int, max_bytes: int) -> str:
    cleaned = clean_name(text)
    if len(cleaned) > max_chars or len(cleaned.encode("utf-8")) > max_bytes:
        raise UsageError(f"{what} {cleaned[:40]!r}… is too long (at most {max_chars} "
                         "characters).")
    return cleaned


def check_headline(text: str) -> str:
    headline = clean_name(text)
    if len(headline.encode("utf-8")) > MAX_HEADLINE_BYTES:
        raise UsageError("The headline is too long: one short line (at most "
                         f"{MAX_HEADLINE_BYTES} bytes) says who you are.")
    return headline


def check_display_name(text: str) -> str:
    return check_name(clean_name(text))


def check_bio(text: str) -> str:
    """Several lines of plain text: invisible and control characters are removed, line ends
    become line feeds, trailing spaces and empty lines at either end go."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = ["".join(c for c in line.replace("\t", " ") if not is_unsafe(c)).rstrip()
            for line in lines]
    bio = "\n".join(kept).strip("\n")
    if len(bio.encode("utf-8")) > schema.MAX_BIO_BYTES:
        raise UsageError(f"The bio is too long: keep it under {schema.MAX_BIO_BYTES} bytes "
                         "(about a page); the details can wait for a conversation.")
    if bio.count("\n") >= schema.MAX_BIO_LINES:
        raise UsageError(f"The bio has too many lines (at most {schema.MAX_BIO_LINES}).")
    return bio


def check_levels(levels: Mapping[str, int], what: str = "skills") -> dict[str, int]:
    """Skill names with levels 1–5: names cleaned to one line of at most 60 characters, at most
    30 of them, none twice (in any case)."""
    checked: dict[str, int] = {}
    seen: dict[str, str] = {}
    for raw, level in levels.items():
        name = _one_line(raw, "The skill", schema.MAX_SKILL_CHARS, schema.MAX_SKILL_BYTES)
        if not name:
            raise UsageError(f"A skill in {what} has no name: write it as name:level, "
                             "e.g. Python:4.")
        if isinstance(level, bool) or not isinstance(level, int) \
                or not schema.MIN_LEVEL <= level <= schema.MAX_LEVEL:
            raise UsageError(f"The level of {name!r} in {what} must be a whole number from 1 "
                             "(beginner) to 5 (expert), not " + _shown(level) + ".")
        if name.casefold() in seen:
            raise UsageError(f"{name!r} is listed twice in {what}; keep one with its level.")
        seen[name.casefold()] = name
        checked[name] = level
    if len(checked) > schema.MAX_SKILLS:
        raise UsageError(f"Too many entries in {what} ({len(checked)}): at most "
                         f"{schema.MAX_SKILLS}. Keep the ones that matter most.")
    return checked


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def parse_levels(text: str, what: str = "--skills") -> dict[str, int]:
    """"Python:4; SQL:3" → {"Python": 4, "SQL": 3}. The level follows the last colon; empty
    entries are skipped; an empty text clears the list."""
    entries = [part.strip() for part in text.split(";") if part.strip()]
    if len(entries) > schema.MAX_SKILLS:
        raise UsageError(f"Too many entries in {what} ({len(entries)}): at most "
                         f"{schema.MAX_SKILLS}. Keep the ones that matter most.")
    levels: dict[str, int] = {}
    for entry in entries:
        name, colon, level_text = entry.rpartition(":")
        if not colon:
            raise UsageError(f"{what}: {entry[:40]!r} has no level. Write each as "
                             "name:level with a level from 1 (beginner) to 5 (expert), "
                             "separated by semicolons, e.g. \"Python:4;SQL:2\".")
        level_text = level_text.strip()
        if not re.fullmatch(r"[0-9]{1,3}", level_text):
            raise UsageError(f"{what}: the level of {name.strip()[:40]!r} must be a whole "
                             f"number from 1 (beginner) to 5 (expert), not "
                             f"{level_text[:10]!r}.")
        key = name.strip()
        if clean_name(key).casefold() in {k.casefold() for k in levels}:
            raise UsageError(f"{what}: {clean_name(key)!r} is listed twice; keep one.")
        levels[key] = int(level_text)
    return check_levels(levels, what)


def check_languages(languages: Iterable[str]) -> list[str]:
    checked: list[str] = []
    for raw in languages:
        language = _one_line(raw, "The language", schema.MAX_LANGUAGE_CHARS,
                             schema.MAX_LANGUAGE_BYTES)
        if language and language.casefold() not in {x.casefold() for x in checked}:
            checked.append(language)
    if len(checked) > schema.MAX_LANGUAGES:
        raise UsageError(f"Too many languages ({len(checked)}): at most "
                         f"{schema.MAX_LANGUAGES}.")
    return checked


def parse_languages(text: str) -> list[str]:
    """"en,de" or "English, German" → a list (as written, cleaned; repeats dropped)."""
    return check_languages(part for part in re.split(r"[,;]", text))


def check_timezone(text: str) -> str:
    """An IANA time-zone name this computer knows (Europe/Berlin), or "" for none."""
    if not text.strip():
        return ""
    try:
        return parse_timezone(text)
    except ValueError as err:
        message = str(err)
        end = "" if message.endswith((".", "?")) else "."
        raise UsageError(f"Time zone: {message[:1].upper()}{message[1:]}{end}") from None


def check_channels(channels: Iterable[str]) -> list[str]:
    chosen = {c.strip().lower() for c in channels if c.strip()}
    unknown = sorted(chosen - set(CHANNELS))
    if unknown:
        raise UsageError(f"Unknown channel {unknown[0][:20]!r}: choose from "
                         f"{', '.join(CHANNELS)}.")
    return [c for c in CHANNELS if c in chosen]


def _choice(value: str, allowed: Mapping[str, str], what: str) -> str:
    value = value.strip().lower()
    if value and value not in allowed:
        raise UsageError(f"Unknown {what} {value[:20]!r}: choose {', '.join(allowed)} "
                         "(or leave it empty).")
    return value


def check_cadence(value: str) -> str:
    return _choice(value, CADENCES, "cadence")


def check_experience(value: str) -> str:
    return _choice(value, EXPERIENCE, "experience level")


def check_capacity(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) \
            or not 0 <= value <= schema.MAX_CAPACITY:
        raise UsageError(f"The capacity is how many mentees you can take on: a whole number "
                         f"from 0 to {schema.MAX_CAPACITY}.")
    return value


def parse_capacity(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not re.fullmatch(r"[0-9]{1,3}", text):
        raise UsageError(f"--capacity must be a whole number from 0 to {schema.MAX_CAPACITY} "
                         f"(or empty to clear it), not {text[:10]!r}.")
    return check_capacity(int(text))


def check_working_style(answers: Mapping[str, str]) -> dict[str, str]:
    checked: dict[str, str] = {}
    for question_id, answer in answers.items():
        question = QUESTIONS.get(question_id)
        if question is None:
            raise UsageError(f"Unknown working-style question {question_id[:30]!r}: the "
                             f"questions are {', '.join(QUESTIONS)}.")
        if not answer:
            continue  # not answered
        if answer not in {c.id for c in question.choices}:
            raise UsageError(f"{question_id}: {answer[:30]!r} is not one of the answers; "
                             f"choose {', '.join(c.id for c in question.choices)}.")
        checked[question_id] = answer
    return checked


def parse_working_style(items: Sequence[str]) -> dict[str, str]:
    """["structure=planned", "feedback=direct;focus=career"] → answers; "" clears them."""
    answers: dict[str, str] = {}
    for item in items:
        for part in item.split(";"):
            if not part.strip():
                continue
            question, equals, answer = part.partition("=")
            if not equals:
                raise UsageError(f"--style: write question=answer, e.g. structure=planned; "
                                 f"{part.strip()[:30]!r} has no answer.")
            answers[question.strip().lower()] = answer.strip().lower()
    return check_working_style(answers)


_DAY_WORDS = {word: day for day, words in {
    "mon": ("mon", "monday"), "tue": ("tue", "tues", "tuesday"),
    "wed": ("wed", "wednesday"), "thu": ("thu", "thur", "thurs", "thursday"),
    "fri": ("fri", "friday"), "sat": ("sat", "saturday"), "sun": ("sun", "sunday")}.items()
    for word in words}
_WINDOW = re.compile(r"([A-Za-z]+)\s+([0-9]{1,2}):([0-9]{2})\s*[-–]\s*([0-9]{1,2}):([0-9]{2})")


def _clock(hour: str, minute: str) -> str | None:
    h, m = int(hour), int(minute)
    if (h, m) == (24, 0):
        return "24:00"
    return f"{h:02d}:{m:02d}" if h < 24 and m < 60 else None


def check_availability(windows: Iterable[Mapping[str, str]]) -> list[dict[str, str]]:
    """Weekly windows {day, start, end} in the person's own time zone: sorted, repeats dropped,
    each ending after it starts on the same day."""
    seen: set[tuple[str, str, str]] = set()
    for window in windows:
        day, start, end = (str(window.get(k, "")) for k in ("day", "start", "end"))
        if day not in DAY_NAMES:
            raise UsageError(f"Unknown day {day[:12]!r}: use Mon, Tue, … Sun.")
        if not re.fullmatch(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]", start) \
                or not re.fullmatch(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00", end):
            raise UsageError(f"A time is written HH:MM from 00:00 to 24:00 ({day} "
                             f"{start[:8]}-{end[:8]}).")
        if end <= start:
            raise UsageError(f"{DAY_NAMES[day]} {start}-{end} ends before it starts; a window "
                             f"past midnight is two: {DAY_NAMES[day]} {start}-24:00 and the "
                             "next day from 00:00.")
        seen.add((day, start, end))
    if len(seen) > schema.MAX_WINDOWS:
        raise UsageError(f"Too many availability windows ({len(seen)}): at most "
                         f"{schema.MAX_WINDOWS}.")
    order = {day: i for i, day in enumerate(DAY_NAMES)}
    return [{"day": d, "start": s, "end": e}
            for d, s, e in sorted(seen, key=lambda w: (order[w[0]], w[1], w[2]))]


def parse_availability(text: str) -> list[dict[str, str]]:
    """"Mon 18:00-20:00; Thu 07:00-08:00" → windows; an empty text clears them."""
    windows: list[dict[str, str]] = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        match = _WINDOW.fullmatch(part)
        day = _DAY_WORDS.get(match.group(1).lower()) if match else None
        if match is None or day is None:
            raise UsageError(f"--availability: {part[:40]!r} is not a window; write "
                             "\"Mon 18:00-20:00\" (day, start-end in your own time zone), "
                             "several separated by semicolons.")
        start = _clock(match.group(2), match.group(3))
        end = _clock(match.group(4), match.group(5))
        if start is None or end is None or start == "24:00":
            raise UsageError(f"--availability: {part[:40]!r} has a time that does not exist; "
                             "use 00:00 to 24:00.")
        windows.append({"day": day, "start": start, "end": end})
    return check_availability(windows)


def format_window(window: Mapping[str, str]) -> str:
    return f"{DAY_NAMES.get(window['day'], window['day'])} {window['start']}-{window['end']}"


_CHECKS: dict[str, Any] = {
    "name": check_display_name, "role": lambda v: v if isinstance(v, Role) else parse_role(v),
    "headline": check_headline, "bio": check_bio, "skills": check_levels,
    "wants": lambda v: check_levels(v, "wants"), "languages": check_languages,
    "timezone": check_timezone, "availability": check_availability,
    "channels": check_channels, "cadence": check_cadence, "experience": check_experience,
    "capacity": check_capacity, "working_style": check_working_style,
}
assert set(_CHECKS) == set(FIELDS)


def check_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Each given field checked (UsageError with a sentence saying what to do)."""
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise UsageError(f"Unknown profile field {unknown[0]!r}.")
    return {name: _CHECKS[name](value) for name, value in changes.items()}


def _apply(profile: Profile, checked: Mapping[str, Any], now: int) -> Profile:
    values = {("display_name" if k == "name" else k): v for k, v in checked.items()}
    updated = replace(profile, **values, updated_at=now)
    if updated.role is Role.MENTEE and updated.capacity is not None:
        if "capacity" in checked:
            raise UsageError("The capacity is how many mentees a mentor can take on; a "
                             "mentee has none (change the role first).")
        updated = replace(updated, capacity=None)
    return updated


# -- visibility ---------------------------------------------------------------------------------

def _ordered(fields: Iterable[str]) -> tuple[str, ...]:
    chosen = set(fields)
    return tuple(f for f in SHAREABLE if f in chosen)


def default_fields(repos: Repos) -> tuple[str, ...]:
    value = Settings(repos.settings).get(SETTING)
    return _ordered(x for x in value if isinstance(x, str)) if isinstance(value, list) \
        else DEFAULT_SHARED


def fields_for(repos: Repos, contact_id: str) -> tuple[str, ...]:
    """The fields of ours this contact sees beyond name, role and headline."""
    chosen = repos.contacts.profile_fields(contact_id)
    return default_fields(repos) if chosen is None else _ordered(chosen)


def parse_fields(text: str) -> tuple[str, ...]:
    """"skills,wants,bio" → those fields. `none` (or empty) is none beyond what is always
    shown; name, role and headline are accepted and change nothing (always shown)."""
    names = [part.strip().lower().replace("-", "_") for part in re.split(r"[,;\s]+", text)]
    names = [n for n in names if n and n != "none"]
    unknown = [n for n in names if n not in FIELDS]
    if unknown:
        raise UsageError(f"Unknown profile field {unknown[0][:30]!r}: choose from "
                         f"{', '.join(SHAREABLE)} (name, role and headline are always shown).")
    return _ordered(names)


# -- cards ------------------------------------------------------------------------------------

def _value(profile: Profile, field: str) -> Any:
    value = getattr(profile, field)
    if field == "capacity" and profile.role is Role.MENTEE:
        return None
    return value


def build_card(profile: Profile, fields: Iterable[str]) -> dict[str, Any]:
    """The card for someone who may see `fields`: each set, valid field among them. A stored
    value that breaks the wire rules (written by an older version) is left out, never sent."""
    card: dict[str, Any] = {}
    for field in _ordered(fields):
        value = _value(profile, field)
        if value is None or value == "" or value == [] or value == {}:
            continue
        try:
            card.update(schema.check_card({field: value}))
        except schema.CardError:
            log.domain.warning("a stored profile field breaks the card rules; not sent: %s",
                               field)
    return card


def card_for(repos: Repos, contact: Contact, profile: Profile | None = None) -> dict[str, Any]:
    """What `contact` may see of our profile, as the `profile.card` body."""
    profile = profile or repos.profile.get()
    if profile is None:
        return {}
    return build_card(profile, fields_for(repos, contact.id))


def _digest(card: Mapping[str, Any]) -> str:
    data = json.dumps(card, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def send_card_if_new(repos: Repos, contact: Contact, now: int,
                     profile: Profile | None = None) -> bool:
    """Queue our card to `contact` (inside the caller's transaction) if they are active,
    announced `profile.card`, and would see something other than the last card they were sent.
    An empty card goes only to withdraw what was shared before. Returns whether one was
    queued; never raises for a card it cannot send (the inbox calls this while applying)."""
    if contact.state != "active" or not can_send(contact, KIND):
        return False
    card = card_for(repos, contact, profile)
    sent = repos.settings.get(CARDS_SENT_KEY, {})
    sent = dict(sent) if isinstance(sent, dict) else {}
    digest = _digest(card)
    if sent.get(contact.id) == digest or (not card and contact.id not in sent):
        return False
    try:
        queued = queue_control(repos, contact, KIND, card, now)
    except ContentError:  # our own card breaks the wire rules: a bug, logged, not sent
        log.domain.exception("a profile card could not be encoded; not sent")
        return False
    if queued is None:
        return False
    sent[contact.id] = digest
    repos.settings.set(CARDS_SENT_KEY, sent)
    return True


def _announce(repos: Repos, before: Profile | None, after: Profile, now: int) -> int:
    """Tell every active contact what changed: a `profile` if name, role or headline did, and
    a card to whoever would see something new. Returns how many envelopes were queued."""
    presented = before is None or (before.display_name, before.role, before.headline) != \
        (after.display_name, after.role, after.headline)
    queued = 0
    for contact in repos.contacts.list():
        if contact.state != "active":
            continue
        if presented:
            body = profile_body(repos, contact)
            if body is not None and queue_control(repos, contact, "profile", body, now):
                queued += 1
        queued += send_card_if_new(repos, contact, now, after)
    return queued


# -- services -------------------------------------------------------------------------------

def save_profile(vault: Vault, **changes: Any) -> Profile:
    """Check and store the given fields (the others stay), then queue what changed to the
    contacts, all in one transaction. Raises UsageError for anything that does not fit."""
    checked = check_changes(changes)
    if not checked:
        raise UsageError("Nothing to change: give at least one field.")
    with vault.mutex:
        repos = Repos.over(vault.db)
        now = now_ms()
        with vault.db.transaction():
            current = repos.profile.get()
            if current is None:
                raise UsageError("This vault has no profile yet.")
            updated = _apply(current, checked, now)
            repos.profile.save(updated)
            queued = _announce(repos, current, updated, now)
    if queued:
        vault.outbox_changed()
    log.domain.info("profile saved; %d envelope(s) queued", queued)
    return updated


def set_default_fields(vault: Vault, fields: Iterable[str]) -> tuple[str, ...]:
    """What every contact without a choice of their own sees; their cards follow."""
    chosen = _ordered(fields)
    with vault.mutex:
        repos = Repos.over(vault.db)
        now = now_ms()
        with vault.db.transaction():
            Settings(repos.settings).set(SETTING, list(chosen))
            profile = repos.profile.get()
            queued = 0
            for contact in repos.contacts.list():
                queued += send_card_if_new(repos, contact, now, profile)
    if queued:
        vault.outbox_changed()
    return chosen


def set_contact_fields(vault: Vault, contact_id: str,
                       fields: Iterable[str] | None) -> tuple[str, ...]:
    """What one contact sees (None: the default); their card follows, so a field taken away is
    withdrawn from what they hold. Returns the fields they see now."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        now = now_ms()
        with vault.db.transaction():
            contact = repos.contacts.get(contact_id)
            if contact is None:
                raise UsageError("No such contact.")
            repos.contacts.set_profile_fields(
                contact.id, None if fields is None else _ordered(fields))
            queued = send_card_if_new(repos, contact, now)
            shown = fields_for(repos, contact.id)
    if queued:
        vault.outbox_changed()
    return shown


# -- what a contact sends -----------------------------------------------------------------------

def apply_profile_card(ctx: Context, sender: Contact, content: Content) -> Outcome:
    """A contact's card (checked by the schema already) replaces what they shared before: a
    field missing from it was withdrawn. A card older than the one held (it was overtaken) is
    ignored. Accepted even before they announced the kind: they sent it, we understand it."""
    from ementor_desktop.domain.inbox import Outcome

    held = sender.profile
    held_at = held.get("card_at")
    if isinstance(held_at, int) and held_at > content.sent_at:
        return Outcome.CONTROL
    ctx.repos.contacts.set_profile(sender.id, {**held, "card": dict(content.body),
                                               "card_at": content.sent_at})
    log.sync.info("a contact's profile card was applied")
    return Outcome.CONTROL


def shared_card(contact: Contact) -> dict[str, Any]:
    """What a contact shared with us (checked again: the vault holds only valid cards, but a
    display must never fail on one)."""
    card = contact.profile.get("card")
    if not isinstance(card, dict):
        return {}
    try:
        return schema.check_card(card)
    except schema.CardError:
        return {}


# -- views for the front ends ---------------------------------------------------------------------

def _null(value: Any) -> Any:
    return None if value in ("", None) else value


def profile_json(profile: Profile) -> dict[str, Any]:
    return {"name": profile.display_name, "role": profile.role.value,
            "headline": profile.headline, "bio": profile.bio, "skills": dict(profile.skills),
            "wants": dict(profile.wants), "languages": list(profile.languages),
            "timezone": _null(profile.timezone), "availability": list(profile.availability),
            "channels": list(profile.channels), "cadence": _null(profile.cadence),
            "experience": _null(profile.experience), "capacity": profile.capacity,
            "working_style": dict(profile.working_style)}


@dataclass(frozen=True)
class MyProfile:
    profile: Profile
    default_fields: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {**profile_json(self.profile), "shared_by_default": list(self.default_fields)}


@dataclass(frozen=True)
class ContactProfile:
    """What a contact shared (name, role and headline always) and what they see of ours."""

    contact: Contact
    headline: str
    shared: dict[str, Any]
    they_see: tuple[str, ...]
    custom: bool  # their own choice, not the default
    received_at: int | None

    @property
    def shared_fields(self) -> tuple[str, ...]:
        return (*ALWAYS_SHARED, *(f for f in SHAREABLE if f in self.shared))

    def to_json(self) -> dict[str, Any]:
        received = None
        if self.received_at is not None:
            received = dt.datetime.fromtimestamp(self.received_at / 1000, dt.UTC) \
                .isoformat(timespec="seconds").replace("+00:00", "Z")
        return {"id": self.contact.id, "name": self.contact.display_name,
                "role": self.contact.role or None, "headline": self.headline, **self.shared,
                "shared_fields": list(self.shared_fields), "they_see": list(self.they_see),
                "card_received_at": received}


def my_profile(vault: Vault) -> MyProfile:
    with vault.mutex:
        repos = Repos.over(vault.db)
        profile = repos.profile.get()
        if profile is None:
            raise UsageError("This vault has no profile yet.")
        return MyProfile(profile, default_fields(repos))


def contact_profile(vault: Vault, contact_id: str) -> ContactProfile:
    with vault.mutex:
        repos = Repos.over(vault.db)
        contact = repos.contacts.get(contact_id)
        if contact is None:
            raise UsageError("No such contact.")
        chosen = repos.contacts.profile_fields(contact.id)
        held_at = contact.profile.get("card_at")
        headline = contact.profile.get("headline")
        return ContactProfile(contact=contact,
                              headline=headline if isinstance(headline, str) else "",
                              shared=shared_card(contact), they_see=fields_for(repos, contact.id),
                              custom=chosen is not None,
                              received_at=held_at if isinstance(held_at, int) else None)


def window_in_zone(window: Mapping[str, str], from_zone: str, to_zone: str,
                   week_of: dt.date | None = None) -> str | None:
    """A contact's window as it falls in our time zone ("Tue 01:00-03:00", "Mon 23:00-Tue
    01:00"), for the week of `week_of` (daylight saving differs by date); None if a zone is
    unknown or the two zones are the same."""
    if not from_zone or not to_zone or from_zone == to_zone:
        return None
    try:
        source, target = zoneinfo.ZoneInfo(from_zone), zoneinfo.ZoneInfo(to_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None
    days = list(DAY_NAMES)
    today = week_of or dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    day = monday + dt.timedelta(days=days.index(window["day"]))

    def moment(clock: str) -> dt.datetime:
        hour, minute = (int(x) for x in clock.split(":"))
        base = dt.datetime.combine(day, dt.time(0, 0), tzinfo=source)
        return (base + dt.timedelta(hours=hour, minutes=minute)).astimezone(target)

    start, end = moment(window["start"]), moment(window["end"])
    text = f"{DAY_NAMES[days[start.weekday()]]} {start:%H:%M}-"
    if end.date() == start.date():
        return text + f"{end:%H:%M}"
    if end.time() == dt.time(0) and end.date() == start.date() + dt.timedelta(days=1):
        return text + "24:00"
    return text + f"{DAY_NAMES[days[end.weekday()]]} {end:%H:%M}"


__all__ = ["ALWAYS_SHARED", "DEFAULT_SHARED", "FIELDS", "KIND", "MAX_NAME_LENGTH", "SHAREABLE",
           "WORKING_STYLE_QUESTIONS", "ContactProfile", "MyProfile", "apply_profile_card",
           "build_card", "card_for", "check_changes", "contact_profile", "fields_for",
           "my_profile", "parse_availability", "parse_fields", "parse_languages",
           "parse_levels", "parse_working_style", "save_profile", "send_card_if_new",
           "set_contact_fields", "set_default_fields"]
