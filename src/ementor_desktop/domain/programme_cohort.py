"""The coordinator's cohort: enrolled participants' programme profiles turned into the matching
engine's `Cohort` (docs/protocol.md Part 4 §6, first paragraph; docs/matching.md).

Owns how a profile's fields become an engine row: skills, wants, languages, time zone, capacity,
department, working-style answers as `ws_<question>` columns (the answer's position, 1 … 3),
the programme's own questions as extra columns, and the coordinator's exclusions. The engine's
rows are built directly, never through CSV text, so nothing a participant chose can break a
cell or add a column. Engine ids are made here (`p1`, `p2`, …), never taken from the vault.

Pure: no vault, no network, no Qt. Sensitive fields are used like any other: keeping them out
of what anyone sees is `programme_cards`' job.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import msgspec

from ementor_desktop.errors import UsageError
from ementor_desktop.matching.cohort import REQUIRED_COLUMNS, Cohort, Participant
from ementor_desktop.matching.config import MatchConfig
from ementor_desktop.matching.timezones import parse_timezone
from ementor_desktop.protocol.profile_schema import WORKING_STYLE
from ementor_desktop.protocol.programme_schema import ProfileBody, ProfileFields, Terms

#: The prefix the engine reads working-style answers from (docs/matching.md).
STYLE_PREFIX = "ws_"
#: Where a profile gives no time zone (the field not asked, or left out).
DEFAULT_TIMEZONE = "UTC"
#: Every participant's one language when the terms ask nobody's: the engine's shared-language
#: rule needs one, and without the field it must rule nobody out.
ANY_LANGUAGE = "*"
#: What a mentee who gave no wanted skill or no language is given instead: a name no profile
#: can hold (profile text never has control characters), so it matches nobody, and the
#: engine's shares (over a mentee's wants and languages) stay defined. Never on a card: such a
#: mentee has no candidate or no acceptable pair, so no pair of theirs is explained.
NOTHING = "\x00"

Member = tuple[str, str, ProfileBody | ProfileFields]  # (member id, role, profile)


def style_columns() -> tuple[str, ...]:
    """The engine's working-style columns, one per question of Part 2's profile card."""
    return tuple(f"{STYLE_PREFIX}{question}" for question in WORKING_STYLE)


#: The working-style answers of a profile card, as the engine reads them: the position of the
#: answer among the question's choices, 1 to 3 (Part 2's card asks each on three choices).
STYLE_SCALE = (1.0, float(len(next(iter(WORKING_STYLE.values())))))
assert all(len(choices) == STYLE_SCALE[1] for choices in WORKING_STYLE.values())


def for_profiles(config: MatchConfig) -> MatchConfig:
    """The matching configuration for a cohort built from profiles: its working-style scale is
    the card's, whatever the file says (a file written for CSV answers on 1-5 would halve every
    difference of style: "planned" against "open" would count as half apart, not opposite)."""
    if config.working_style_scale == STYLE_SCALE:
        return config
    return dataclasses.replace(config, working_style_scale=STYLE_SCALE)


def extra_columns(terms: Terms) -> tuple[str, ...]:
    """The programme's own questions, as engine columns (`extra.site` -> `site`)."""
    return tuple(spec.field.removeprefix("extra.") for spec in terms.fields
                 if spec.field.startswith("extra."))


def cohort_from_profiles(members: Iterable[Member], terms: Terms, *,
                         exclusions: Iterable[tuple[str, str]] = ()
                         ) -> tuple[Cohort, dict[str, str]]:
    """The engine's cohort of these members, and each engine id's member id.

    `members` are the enrolled participants as (member id, role, profile or its fields), in the
    order the rows should have (the engine breaks ties by row order); `exclusions` are the
    coordinator's pairs of member ids never to be matched (either order). Raises UsageError
    for a member id given twice, an exclusion naming no member, or a programme question whose
    column the engine would read as something else.
    """
    extras = extra_columns(terms)
    asks_style = terms.spec("working_style") is not None
    styles = style_columns() if asks_style else ()
    _check_columns(extras, styles)
    asks_languages = terms.spec("languages") is not None
    rows: list[tuple[str, str, str, ProfileFields]] = []
    ids: dict[str, str] = {}
    engine_of: dict[str, str] = {}
    for n, (member_id, role, profile) in enumerate(members, start=1):
        if role not in ("mentor", "mentee"):
            raise UsageError(f"member {n}: role must be mentor or mentee")
        if member_id in engine_of:
            raise UsageError(f"member {n}: the same member is listed twice")
        engine_id = f"p{n}"
        ids[engine_id] = member_id
        engine_of[member_id] = engine_id
        fields = profile.fields if isinstance(profile, ProfileBody) else profile
        rows.append((engine_id, member_id, role, fields))
    excluded = _exclusions(exclusions, engine_of)
    participants = tuple(
        _participant(engine_id, role, fields, line, extras=extras, styles=styles,
                     asks_languages=asks_languages, exclude=excluded.get(engine_id, ()))
        for line, (engine_id, _member, role, fields) in enumerate(rows, start=2))
    cohort = Cohort(participants=participants, extra_columns=(*extras, *styles),
                    source="programme cohort")
    return cohort, ids


def _check_columns(extras: Sequence[str], styles: Sequence[str]) -> None:
    for column in extras:
        if column.startswith(STYLE_PREFIX) or column in REQUIRED_COLUMNS:
            raise UsageError(f"the programme question {column!r} cannot be matched on: the "
                             "matching engine reserves that column name")
    if set(extras) & set(styles):  # unreachable while the prefix is reserved; kept explicit
        raise UsageError("a programme question has a working-style column's name")


def _exclusions(pairs: Iterable[tuple[str, str]],
                engine_of: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for a, b in pairs:
        if a not in engine_of or b not in engine_of:
            raise UsageError("an exclusion names someone who is not in the cohort")
        if a == b:
            raise UsageError("an exclusion needs two different people")
        # Recorded on one side only: the engine applies an exclusion in both directions.
        listed = found.setdefault(engine_of[a], [])
        if engine_of[b] not in listed:
            listed.append(engine_of[b])
    return {engine_id: tuple(others) for engine_id, others in found.items()}


def _participant(engine_id: str, role: str, fields: ProfileFields, line: int, *,
                 extras: Sequence[str], styles: Sequence[str], asks_languages: bool,
                 exclude: tuple[str, ...]) -> Participant:
    plain: dict[str, Any] = msgspec.to_builtins(fields)
    skills = _levels(plain.get("skills", {})) if role == "mentor" else {}
    wants = _levels(plain.get("wants", {})) if role == "mentee" else {}
    languages = tuple(dict.fromkeys(lang.strip().casefold() for lang in plain.get("languages", ())
                                    if lang.strip()))
    if not asks_languages:
        languages = (ANY_LANGUAGE,)
    elif not languages and role == "mentee":
        languages = (NOTHING,)
    if role == "mentee" and not wants:
        wants = {NOTHING: 1}
    capacity = 1
    if role == "mentor" and isinstance(plain.get("capacity"), int):
        capacity = plain["capacity"]
    answers: Mapping[str, str] = plain.get("extra", {})
    extra = {column: answers.get(column, "") for column in extras}
    style: Mapping[str, str] = plain.get("working_style", {})
    for column in styles:
        question = column.removeprefix(STYLE_PREFIX)
        choices = WORKING_STYLE[question]
        answer = style.get(question)
        extra[column] = str(choices.index(answer) + 1) if answer in choices else ""
    return Participant(id=engine_id, name="", role=role, skills=skills, wants=wants,
                       languages=languages, timezone=_zone(plain.get("timezone")),
                       capacity=capacity, exclude=exclude,
                       department=plain.get("department", ""), line=line, extra=extra)


def _levels(skills: Mapping[str, int]) -> dict[str, int]:
    # Compared without regard to case, as the engine's CSV reader does; a profile never holds
    # two names that fold alike (profile_schema refuses them).
    return {name.strip().casefold(): level for name, level in skills.items() if name.strip()}


def _zone(name: object) -> str:
    if not isinstance(name, str):
        return DEFAULT_TIMEZONE
    try:
        return parse_timezone(name)
    except ValueError:
        return DEFAULT_TIMEZONE


__all__ = ["ANY_LANGUAGE", "DEFAULT_TIMEZONE", "NOTHING", "STYLE_PREFIX", "STYLE_SCALE", "Member",
           "cohort_from_profiles", "extra_columns", "for_profiles", "style_columns"]
