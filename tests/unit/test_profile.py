"""The structured profile (issue 12): reading what a person types, the `profile.card` schema
against hostile cards, building cards by visibility, and queueing them only when they change —
against a real vault, without a relay."""

from __future__ import annotations

import json
import secrets
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ementor_desktop.domain import profile as service
from ementor_desktop.domain.models import Contact, Profile, Role
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import profile_schema as schema
from ementor_desktop.protocol.content import CAPS, Content, Malformed, parse_content
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault, now_ms

# -- reading what a person types ----------------------------------------------------------------


def test_skills_with_levels_are_read_in_order() -> None:
    assert service.parse_levels(" Python:4; SQL : 2 ;; C++:5; Time management: 1 ") == {
        "Python": 4, "SQL": 2, "C++": 5, "Time management": 1}
    assert service.parse_levels("ratio:x:3") == {"ratio:x": 3}  # the level follows the last colon
    assert service.parse_levels("") == {}  # clears the list
    assert service.parse_levels("Py\u202ethon\x1b:3") == {"Python": 3}  # typed text is cleaned


@pytest.mark.parametrize(("text", "says"), [
    ("Python:6", "from 1 (beginner) to 5 (expert), not 6"),
    ("Python:0", "not 0"),
    ("Python:-1", "not '-1'"),
    ("Python:4.5", "not '4.5'"),
    ("Python:four", "not 'four'"),
    ("Python", "has no level"),
    (":3", "has no name"),
    ("\u202e:3", "has no name"),
    ("Python:3;python:4", "listed twice"),
    ("x" * 61 + ":3", "too long (at most 60 characters)"),
    (";".join(f"skill {i}:3" for i in range(31)), "at most 30"),
    (";".join(f"s{i}:1" for i in range(10_000)), "at most 30"),
])
def test_bad_skills_are_refused_with_a_sentence(text: str, says: str) -> None:
    with pytest.raises(UsageError) as err:
        service.parse_levels(text)
    assert says in str(err.value)


@pytest.mark.parametrize(("zone", "says"), [
    ("Mars/Olympus", "Unknown time zone"),
    ("europe/berlin", "did you mean Europe/Berlin"),
    ("localtime", "not a time zone"),
    ("../../etc/passwd", "Unknown time zone"),
    ("Europe", "a region"),
    ("x" * 200, "too long"),
])
def test_a_time_zone_must_be_an_iana_name(zone: str, says: str) -> None:
    with pytest.raises(UsageError) as err:
        service.check_timezone(zone)
    assert says in str(err.value) and str(err.value).startswith("Time zone: ")


def test_time_zones_and_lists() -> None:
    assert service.check_timezone(" Europe/Berlin ") == "Europe/Berlin"
    assert service.check_timezone("") == ""
    assert service.parse_languages("en, de;EN,, Español") == ["en", "de", "Español"]
    with pytest.raises(UsageError, match="at most 10"):
        service.parse_languages(",".join(f"lang{i}" for i in range(11)))
    assert service.check_channels(["video", "ASYNC", ""]) == ["async", "video"]
    with pytest.raises(UsageError, match="choose from async, chat, video, phone"):
        service.check_channels(["pigeon"])
    assert service.check_cadence("Weekly") == "weekly"
    with pytest.raises(UsageError, match="weekly, fortnightly, monthly"):
        service.check_cadence("daily")
    with pytest.raises(UsageError, match="new, some, experienced"):
        service.check_experience("guru")
    assert service.parse_capacity("") is None and service.parse_capacity("20") == 20
    for bad in ("21", "-1", "2.0", "lots"):
        with pytest.raises(UsageError, match="0 to 20"):
            service.parse_capacity(bad)


def test_availability_windows() -> None:
    assert service.parse_availability("thu 7:00-8:00; Monday 18:00 - 20:00;Mon 18:00-20:00;"
                                      "Sun 22:00-24:00") == [
        {"day": "mon", "start": "18:00", "end": "20:00"},
        {"day": "thu", "start": "07:00", "end": "08:00"},
        {"day": "sun", "start": "22:00", "end": "24:00"}]
    for bad, says in (("Mon 20:00-18:00", "ends before it starts"),
                      ("Fri 22:00-01:00", "past midnight is two"),
                      ("Mon 25:00-26:00", "does not exist"),
                      ("Mon 24:00-24:00", "does not exist"),
                      ("Someday 10:00-11:00", "is not a window"),
                      ("Mon 10-11", "is not a window")):
        with pytest.raises(UsageError, match=says):
            service.parse_availability(bad)
    with pytest.raises(UsageError, match="at most 21"):
        service.parse_availability(";".join(f"Mon {h:02d}:00-{h:02d}:30" for h in range(22)))


def test_working_style_answers() -> None:
    assert service.parse_working_style(["structure=planned", "Feedback=DIRECT;focus=career"]) \
        == {"structure": "planned", "feedback": "direct", "focus": "career"}
    assert service.parse_working_style([""]) == {}
    with pytest.raises(UsageError, match="the questions are structure, feedback"):
        service.parse_working_style(["salary=high"])
    with pytest.raises(UsageError, match="choose planned, mixed, open"):
        service.parse_working_style(["structure=chaotic"])
    with pytest.raises(UsageError, match="question=answer"):
        service.parse_working_style(["structure"])
    # the wording and the wire vocabulary are one list
    assert [q.id for q in service.WORKING_STYLE_QUESTIONS] == list(schema.WORKING_STYLE)
    assert 3 <= len(service.WORKING_STYLE_QUESTIONS) <= 5


def test_bio_and_fields() -> None:
    assert service.check_bio("  Hello\r\nworld\x1b[2J \u202e\n\n") == "  Hello\nworld[2J"
    with pytest.raises(UsageError, match="too long"):
        service.check_bio("x" * (schema.MAX_BIO_BYTES + 1))
    assert service.parse_fields("skills, Wants,bio,name") == ("bio", "skills", "wants")
    assert service.parse_fields("none") == () and service.parse_fields("") == ()
    with pytest.raises(UsageError, match="Unknown profile field 'salary'"):
        service.parse_fields("skills,salary")
    with pytest.raises(UsageError, match="Unknown profile field"):
        service.check_changes({"salary": 1})


# -- the wire schema against hostile cards -----------------------------------------------------

def _raw(body: object, kind: str = "profile.card", seq: int = 0) -> bytes:
    return json.dumps({"v": 1, "id": secrets.token_hex(16), "conv": "0" * 32, "seq": seq,
                       "kind": kind, "sent": 1_800_000_000_000, "body": body},
                      ensure_ascii=False).encode("utf-8")


GOOD = {"bio": "Two lines\nof bio 👋", "skills": {"Python": 4, "Café ☕": 1},
        "wants": {"Rust": 5}, "languages": ["en", "Deutsch"], "timezone": "Europe/Berlin",
        "availability": [{"day": "mon", "start": "00:00", "end": "24:00"},
                         {"day": "sun", "start": "07:00", "end": "07:01"}],
        "channels": ["async", "phone"], "cadence": "monthly", "experience": "experienced",
        "capacity": 20, "working_style": {"structure": "open", "focus": "both"}}


def test_a_full_card_and_an_empty_one_are_accepted() -> None:
    assert parse_content(_raw(GOOD)).body == GOOD
    assert parse_content(_raw({})).body == {}
    content = Content(secrets.token_hex(16), "1" * 32, 0, "profile.card", 1, GOOD)
    assert parse_content(content.encode()).body == GOOD  # we send what we accept
    assert "profile.card" in CAPS  # announced, so peers send it to us


HOSTILE: list[tuple[str, object]] = [
    ("unknown field", {**GOOD, "salary": 100}),
    ("future field", {"skills": {"Python": 3}, "pronouns": "they"}),
    ("null", {"bio": None}),
    ("not an object", ["skills"]),
    ("level 0", {"skills": {"Python": 0}}),
    ("level 6", {"skills": {"Python": 6}}),
    ("level true", {"skills": {"Python": True}}),
    ("level float", {"skills": {"Python": 4.0}}),
    ("level text", {"wants": {"Python": "4"}}),
    ("31 skills", {"skills": {f"s{i}": 1 for i in range(31)}}),
    ("10,000 skills", {"skills": {f"s{i}": 1 for i in range(10_000)}}),
    ("empty skill", {"skills": {"": 3}}),
    ("skill too long", {"skills": {"x" * 61: 3}}),
    ("bidi override in a skill", {"skills": {"Py\u202ethon": 3}}),
    ("isolate in a skill", {"skills": {"\u2066Python\u2069": 3}}),
    ("escape in a skill", {"skills": {"Python\x1b[2J": 3}}),
    ("zero-width in a skill", {"skills": {"Pyth\u200bon": 3}}),
    ("line break in a skill", {"skills": {"Py\nthon": 3}}),
    ("padded skill", {"skills": {" Python": 3}}),
    ("private use", {"skills": {"Python\ue000": 3}}),
    ("same skill twice", {"skills": {"Python": 3, "python": 4}}),
    ("control in a language", {"languages": ["en\x07"]}),
    ("same language twice", {"languages": ["en", "EN"]}),
    ("11 languages", {"languages": [f"l{i}" for i in range(11)]}),
    ("bio escape", {"bio": "hi\x1b]0;owned\x07"}),
    ("bio bidi", {"bio": "abc\u202edef"}),
    ("bio too long", {"bio": "x" * (schema.MAX_BIO_BYTES + 1)}),
    ("bio too many lines", {"bio": "x\n" * schema.MAX_BIO_LINES}),
    ("unknown zone", {"timezone": "Mars/Olympus"}),
    ("lower-case zone", {"timezone": "europe/berlin"}),
    ("localtime", {"timezone": "localtime"}),
    ("path as zone", {"timezone": "../../../etc/passwd"}),
    ("empty zone", {"timezone": ""}),
    ("window backwards", {"availability": [{"day": "mon", "start": "20:00", "end": "18:00"}]}),
    ("window from 24:00", {"availability": [{"day": "mon", "start": "24:00", "end": "24:00"}]}),
    ("hour 25", {"availability": [{"day": "mon", "start": "10:00", "end": "25:00"}]}),
    ("unknown day", {"availability": [{"day": "moon", "start": "10:00", "end": "11:00"}]}),
    ("extra window field",
     {"availability": [{"day": "mon", "start": "10:00", "end": "11:00", "tz": "UTC"}]}),
    ("same window twice", {"availability": [{"day": "mon", "start": "10:00", "end": "11:00"}] * 2}),
    ("22 windows", {"availability": [{"day": "tue", "start": f"{h:02d}:00",
                                      "end": f"{h:02d}:30"} for h in range(22)]}),
    ("unknown channel", {"channels": ["pigeon"]}),
    ("same channel twice", {"channels": ["chat", "chat"]}),
    ("unknown cadence", {"cadence": "daily"}),
    ("unknown experience", {"experience": "guru"}),
    ("capacity 21", {"capacity": 21}),
    ("capacity -1", {"capacity": -1}),
    ("unknown question", {"working_style": {"salary": "high"}}),
    ("unknown answer", {"working_style": {"structure": "chaotic"}}),
    ("answer of another question", {"working_style": {"structure": "direct"}}),
]


@pytest.mark.parametrize(("why", "body"), HOSTILE, ids=[why for why, _ in HOSTILE])
def test_a_hostile_card_is_malformed(why: str, body: object) -> None:
    with pytest.raises(Malformed):
        parse_content(_raw(body))
    if isinstance(body, dict):
        with pytest.raises(schema.CardError):
            schema.check_card(body)


def test_a_card_must_be_a_control_kind() -> None:
    with pytest.raises(Malformed):
        parse_content(_raw({"skills": {"Python": 3}}, seq=1))


_TEXT = st.text(st.characters(codec="utf-8"), max_size=70)
_VALUE = st.recursive(st.none() | st.booleans() | st.integers(-3, 30) | _TEXT,
                      lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(_TEXT, inner, max_size=4), max_leaves=12)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from([*schema.CARD_FIELDS, "other"]), _VALUE, max_size=6))
def test_any_body_is_accepted_whole_or_refused_as_malformed(body: dict[str, Any]) -> None:
    """Bodies built from the card's own field names: each parses to a card every rule holds
    for, or is malformed — never another error."""
    try:
        card = parse_content(_raw(body)).body
    except Malformed:
        return
    assert set(card) <= set(schema.CARD_FIELDS)
    assert schema.check_card(card) == card
    for levels in (card.get("skills", {}), card.get("wants", {})):
        assert all(1 <= v <= 5 and not isinstance(v, bool) for v in levels.values())


# -- building cards, visibility, queueing ------------------------------------------------------

FULL = {"headline": "Engineer", "bio": "private-bio-canary", "skills": {"Python": 4},
        "wants": {"Rust": 3}, "languages": ["en"], "timezone": "Europe/Berlin",
        "availability": [{"day": "mon", "start": "18:00", "end": "20:00"}],
        "channels": ["video"], "cadence": "weekly", "experience": "some", "capacity": 2,
        "working_style": {"structure": "planned"}}


def _contact(vault: Vault, name: str, caps: frozenset[str] = frozenset(CAPS),
             state: str = "active") -> Contact:
    contact = Contact(id=secrets.token_hex(8), display_name=name,
                      signing_key=secrets.token_bytes(32), box_key=secrets.token_bytes(32),
                      relay_url="http://127.0.0.1:9", send_id="A" * 43, state=state,
                      created_at=now_ms(), capabilities=caps)
    with vault.mutex, vault.db.transaction():
        Repos.over(vault.db).contacts.add(contact)
    return contact


def _cards(vault: Vault, contact: Contact) -> list[dict[str, Any]]:
    items = [i for i in Repos.over(vault.db).outbox.due(2**62) if i.contact_id == contact.id
             and i.kind == "profile.card"]
    return [parse_content(i.payload).body for i in items]


def test_default_visibility_is_privacy_first() -> None:
    assert set(service.DEFAULT_SHARED).isdisjoint({"bio", "availability", "capacity",
                                                   "working_style"})
    profile = service._apply(Profile(display_name="Ada", role=Role.MENTOR),
                             service.check_changes(FULL), 1)
    card = service.build_card(profile, service.DEFAULT_SHARED)
    assert set(card) == {"skills", "wants", "languages", "timezone", "channels", "cadence",
                         "experience"}
    assert "private-bio-canary" not in json.dumps(card)
    assert service.build_card(profile, ()) == {}
    mentee = Profile(display_name="Ben", role=Role.MENTEE, capacity=3)
    assert "capacity" not in service.build_card(mentee, service.SHAREABLE)


def test_a_stored_value_that_breaks_the_rules_is_never_sent() -> None:
    """An older version stored free-text skills; a card leaves such a field out instead of
    failing (the inbox builds cards while applying envelopes)."""
    old = Profile(display_name="Ada", role=Role.MENTOR, skills={"x" * 300: 3, "ok": 9},
                  timezone="Not/AZone", languages=["en"])
    assert service.build_card(old, service.SHAREABLE) == {"languages": ["en"]}


def test_saving_queues_the_card_only_to_who_can_read_it_and_only_when_it_changes(
        vault: Vault) -> None:
    new = _contact(vault, "Ben")
    old = _contact(vault, "Olga", caps=frozenset({"profile", "read", "receipt", "rekey",
                                                  "text"}))
    pending = _contact(vault, "Pat", state="pending")
    service.save_profile(vault, **service.check_changes(FULL))
    assert _cards(vault, new) == [service.card_for(Repos.over(vault.db), new)]
    assert "bio" not in _cards(vault, new)[0]
    assert _cards(vault, old) == [] and _cards(vault, pending) == []
    # the older peer still gets the `profile` (headline) it understands
    kinds = [i.kind for i in Repos.over(vault.db).outbox.due(2**62) if i.contact_id == old.id]
    assert kinds == ["profile"]
    service.save_profile(vault, bio="another private text")  # Ben does not see the bio
    assert len(_cards(vault, new)) == 1
    service.save_profile(vault, skills={"Python": 5})
    assert [c["skills"] for c in _cards(vault, new)] == [{"Python": 4}, {"Python": 5}]


def test_choosing_fields_for_one_contact_sends_them_and_withdraws(vault: Vault) -> None:
    ben, cat = _contact(vault, "Ben"), _contact(vault, "Cat")
    service.save_profile(vault, **service.check_changes(FULL))
    shown = service.set_contact_fields(vault, ben.id, ("bio", "skills", "name"))
    assert shown == ("bio", "skills")
    assert _cards(vault, ben)[-1] == {"bio": "private-bio-canary", "skills": {"Python": 4}}
    service.set_contact_fields(vault, ben.id, ("skills",))
    assert _cards(vault, ben)[-1] == {"skills": {"Python": 4}}  # the bio is withdrawn
    service.set_contact_fields(vault, ben.id, ())
    assert _cards(vault, ben)[-1] == {}  # everything withdrawn: an empty card
    before = len(_cards(vault, cat))
    service.set_default_fields(vault, ("timezone",))
    assert _cards(vault, cat)[-1] == {"timezone": "Europe/Berlin"}
    assert len(_cards(vault, cat)) == before + 1
    assert _cards(vault, ben)[-1] == {}  # his own choice is kept
    assert service.set_contact_fields(vault, ben.id, None) == ("timezone",)
    view = service.contact_profile(vault, ben.id)
    assert not view.custom and view.they_see == ("timezone",)
    with pytest.raises(UsageError, match="No such contact"):
        service.set_contact_fields(vault, "nobody", ())


def test_an_empty_card_is_not_sent_to_someone_who_never_had_one(vault: Vault) -> None:
    ben = _contact(vault, "Ben")
    with vault.mutex, vault.db.transaction():
        assert not service.send_card_if_new(Repos.over(vault.db), ben, now_ms())
    assert _cards(vault, ben) == []


def test_capacity_is_for_mentors() -> None:
    mentee = Profile(display_name="Ben", role=Role.MENTEE)
    with pytest.raises(UsageError, match="a mentee has none"):
        service._apply(mentee, {"capacity": 2}, 1)
    mentor = Profile(display_name="Ada", role=Role.MENTOR, capacity=3)
    assert service._apply(mentor, {"role": Role.MENTEE}, 1).capacity is None


def test_a_window_in_another_time_zone() -> None:
    monday = {"day": "mon", "start": "18:00", "end": "20:00"}
    import datetime as dt

    winter, summer = dt.date(2027, 1, 11), dt.date(2027, 7, 12)
    assert service.window_in_zone(monday, "Europe/Berlin", "America/New_York", winter) == \
        "Mon 12:00-14:00"
    assert service.window_in_zone(monday, "Europe/Berlin", "Asia/Tokyo", summer) == \
        "Tue 01:00-03:00"
    late = {"day": "sun", "start": "22:00", "end": "24:00"}
    assert service.window_in_zone(late, "UTC", "Europe/Berlin", winter) == "Sun 23:00-Mon 01:00"
    assert service.window_in_zone(late, "UTC", "Etc/GMT+2", winter) == "Sun 20:00-22:00"
    assert service.window_in_zone(monday, "UTC", "UTC") is None
    assert service.window_in_zone(monday, "", "UTC") is None


def test_the_stored_profile_round_trips_with_its_details(vault: Vault) -> None:
    saved = service.save_profile(vault, **service.check_changes(FULL))
    with vault.mutex:
        stored = Repos.over(vault.db).profile.get()
        details = json.loads(vault.db.scalar("SELECT details FROM profile"))
    assert stored == saved
    assert details["capacity"] == 2 and details["availability"][0]["day"] == "mon"
    mine = service.my_profile(vault).to_json()
    assert set(mine) == {*service.FIELDS, "shared_by_default"}
    assert mine["timezone"] == "Europe/Berlin" and mine["skills"] == {"Python": 4}
