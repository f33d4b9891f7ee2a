"""A programme's terms (docs/protocol.md Part 4 §5): made from the coordinator's TOML file with
sensible defaults, and said back to a participant in plain sentences before they consent —
derived from the terms, never from free text alone, so that what a person agrees to is what
their app will send.

Pure: reads the configuration file it is given (and the matching configuration it names, for
its SHA-256), never the vault or the network.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec

from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import programme_schema as schema

#: Keys a programme file may hold (top level).
KEYS = ("organiser", "purpose", "benefits", "expectations", "admission", "max_participants",
        "fields", "matching", "reporting", "retention", "starts", "ends", "agreement",
        "enrolment_days", "admission_token")
DEFAULT_ENROLMENT_DAYS = 30
MAX_ENROLMENT_DAYS = 365

DEFAULT_FIELDS: tuple[dict[str, Any], ...] = (
    {"field": "skills", "roles": ["mentor"], "required": True, "sensitive": False,
     "shown": ["match"]},
    {"field": "wants", "roles": ["mentee"], "required": True, "sensitive": False,
     "shown": ["match"]},
    {"field": "languages", "roles": ["mentee", "mentor"], "required": False, "sensitive": False,
     "shown": ["match"]},
    {"field": "timezone", "roles": ["mentee", "mentor"], "required": False,
     "sensitive": False, "shown": ["match"]},
    {"field": "capacity", "roles": ["mentor"], "required": False, "sensitive": False,
     "shown": []},
)
DEFAULT_MATCHING: dict[str, Any] = {"mode": "coordinator", "rank": False, "shortlist": 3,
                                    "open_requests": 1, "request_days": 7}
DEFAULT_REPORTING: dict[str, Any] = {"scopes": ["goals", "sessions"],
                                     "min_group": schema.DEFAULT_MIN_GROUP, "pulse": []}
DEFAULT_RETENTION: dict[str, Any] = {"after_end_days": 90, "report_days": 730}
DEFAULT_AGREEMENT: dict[str, Any] = {"cadence": "fortnightly", "coordinator": ["sessions"]}

FIELD_LABELS = {
    "bio": "About you", "skills": "Skills you offer", "wants": "Skills you want to grow",
    "languages": "Languages", "timezone": "Time zone", "availability": "Availability",
    "channels": "How you like to meet", "cadence": "How often you want to meet",
    "experience": "Mentoring experience", "capacity": "How many mentees you can take",
    "working_style": "Working-style answers", "department": "Department",
}
SCOPE_LABELS = {
    "agreement": "whether your agreement is signed",
    "goals": "how many shared goals are set and achieved",
    "sessions": "how many sessions are held or cancelled, their minutes and whether the "
                "agreed rhythm is kept",
    "progress": "the average progress of shared goals",
    "pulse": "your answers to the monthly pulse questions",
}


def _fail(source: str, key: str, problem: str) -> UsageError:
    return UsageError(f"{source}: {key}: {problem}")


def _read(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"programme file not found: {path}") from None
    except IsADirectoryError:
        raise UsageError(f"programme file is a folder: {path}") from None
    except OSError as err:
        raise UsageError(f"cannot read programme file {path}: {err.strerror}") from None
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as err:
        raise UsageError(f"{path}: not valid TOML: {err}") from None


def _config_digest(value: object, base: Path | None, source: str) -> str:
    """SHA-256 of the `ementor match` configuration the matching will use (of b"" without
    one), so that the rules a participant consented to are pinned."""
    if value is None:
        return hashlib.sha256(b"").hexdigest()
    if not isinstance(value, str) or not value:
        raise _fail(source, "matching.config", "must be the path of an `ementor match` "
                    "configuration file")
    path = Path(value)
    if base is not None and not path.is_absolute():
        path = base / path
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as err:
        raise _fail(source, "matching.config", f"cannot read {path}: "
                    f"{err.strerror or type(err).__name__}") from None


def matching_config_path(config: Mapping[str, Any], base: Path | None) -> Path | None:
    """The `ementor match` configuration file a programme file names, if any."""
    matching = config.get("matching")
    value = matching.get("config") if isinstance(matching, dict) else None
    if not isinstance(value, str) or not value:
        return None
    path = Path(value)
    return base / path if base is not None and not path.is_absolute() else path


def load_programme_file(path: Path | None) -> tuple[dict[str, Any], Path | None]:
    """The programme file's table (empty without a file) and the folder paths in it are
    relative to."""
    if path is None:
        return {}, None
    return _read(path), path.resolve().parent


def make_terms(config: Mapping[str, Any], *, programme: str, coordinator: str, name: str,
               organiser_default: str, base: Path | None = None,
               source: str = "programme file") -> schema.Terms:
    """The terms from a programme file's table; every problem names the key and what is wrong
    (a UsageError)."""
    unknown = sorted(set(config) - set(KEYS))
    if unknown:
        raise _fail(source, unknown[0], f"unknown key (allowed: {', '.join(KEYS)})")
    matching = config.get("matching", {})
    if not isinstance(matching, dict):
        raise _fail(source, "matching", "must be a table")
    matching = {**DEFAULT_MATCHING, **matching,
                "config": _config_digest(matching.get("config"), base, source)}
    doc: dict[str, Any] = {
        "programme": programme, "coordinator": coordinator, "name": name,
        "organiser": config.get("organiser", organiser_default),
        "purpose": config.get("purpose", f"The mentoring programme {name}."),
        "benefits": config.get("benefits", ""),
        "expectations": config.get("expectations", ""),
        "admission": config.get("admission", "open"),
        "max_participants": config.get("max_participants", 200),
        "fields": config.get("fields", [dict(f) for f in DEFAULT_FIELDS]),
        "matching": matching,
        "reporting": {**DEFAULT_REPORTING, **_table(config, "reporting", source)},
        "retention": {**DEFAULT_RETENTION, **_table(config, "retention", source)},
    }
    for key in ("starts", "ends"):
        value = config.get(key)
        if isinstance(value, dt.datetime):
            raise _fail(source, key, "a date (YYYY-MM-DD), not a date and time")
        if value is not None:
            doc[key] = value.isoformat() if isinstance(value, dt.date) else value
    agreement = config.get("agreement", DEFAULT_AGREEMENT)
    if isinstance(agreement, dict) and "coordinator" in agreement \
            and isinstance(agreement["coordinator"], list):
        scopes = doc["reporting"].get("scopes", [])
        if agreement is DEFAULT_AGREEMENT and isinstance(scopes, list):
            agreement = {**agreement,
                         "coordinator": [s for s in agreement["coordinator"] if s in scopes]}
    if agreement:
        doc["agreement"] = agreement
    try:
        return msgspec.convert(doc, schema.Terms, strict=True)
    except msgspec.ValidationError as err:
        raise _explain(err, source) from None


def _table(config: Mapping[str, Any], key: str, source: str) -> dict[str, Any]:
    value = config.get(key, {})
    if not isinstance(value, dict):
        raise _fail(source, key, "must be a table")
    return value


def _explain(err: msgspec.ValidationError, source: str) -> UsageError:
    """msgspec's "problem - at `$.a.b[0]`" as "source: a.b[0]: problem"."""
    text = str(err)
    problem, _, where = text.rpartition(" - at `")
    if not problem:
        return UsageError(f"{source}: {text}")
    key = where.rstrip("`").removeprefix("$").lstrip(".") or "(the file)"
    return _fail(source, key, problem[:1].lower() + problem[1:])


def enrolment_days(config: Mapping[str, Any], source: str = "programme file") -> int:
    days = config.get("enrolment_days", DEFAULT_ENROLMENT_DAYS)
    if not isinstance(days, int) or isinstance(days, bool) \
            or not 1 <= days <= MAX_ENROLMENT_DAYS:
        raise _fail(source, "enrolment_days", f"must be a whole number from 1 to "
                    f"{MAX_ENROLMENT_DAYS}")
    return days


def admission_token(config: Mapping[str, Any], source: str = "programme file") -> str | None:
    token = config.get("admission_token")
    if token is None:
        return None
    if not isinstance(token, str) or not 1 <= len(token) <= 512 or not token.isprintable():
        raise _fail(source, "admission_token", "must be the relay's admission token "
                    "(1 to 512 printable characters)")
    return token


# -- what a participant is shown before consenting ------------------------------------------

def asked_fields(terms: schema.Terms, role: str) -> list[schema.FieldSpec]:
    return [spec for spec in terms.fields if role in spec.roles]


def field_label(spec: schema.FieldSpec) -> str:
    if isinstance(spec.label, str):
        return spec.label
    return FIELD_LABELS.get(spec.field, spec.field)


def _audience(spec: schema.FieldSpec) -> str:
    if spec.sensitive:
        return ("used for matching by the coordinator's app and never shown, to the "
                "coordinator either (someone who changed that app could read it)")
    text = "shared with the coordinator, for matching"
    if "match" in spec.shown:
        text += ", and with the person you are matched with"
    if "candidates" in spec.shown:
        text += ", and with participants you are suggested to"
    return text


def retention_sentence(terms: schema.Terms) -> str:
    """What the coordinator keeps and for how long, exactly as this app's coordinator does it:
    `programme_pairs.apply_retention` (profiles, ended pairs), `programme_periods`
    (a month's individual summaries go when the month closes) and the expiry of reports of
    misconduct (`programme_selfservice`)."""
    days, report_days = terms.retention.after_end_days, terms.retention.report_days
    return (f"The coordinator keeps your profile answers until {days} days after the programme "
            "ends or is closed (if you are still in a pair then, until that pair ends), your "
            "name and consent until then and the programme is closed, and your figures for a "
            "month at most until the end of the second month after it, when they are added to "
            "the programme's totals for that month (counts, not about one person) and deleted; "
            "leaving erases all of it at once. Reports of misconduct are kept "
            f"{report_days} days after they reach the coordinator, even after the people "
            "concerned leave.")


def consent_lines(terms: schema.Terms, role: str | None) -> list[str]:
    """What joining shares with whom, one sentence per line, derived from the terms."""
    roles = [role] if role else ["mentee", "mentor"]
    lines: list[str] = []
    for one in roles:
        prefix = f"As a {one}: " if len(roles) > 1 else ""
        for spec in asked_fields(terms, one):
            need = "required" if spec.required else "optional"
            lines.append(f"{prefix}{field_label(spec)} ({need}): {_audience(spec)}.")
    reporting = terms.reporting
    for scope in reporting.scopes:
        lines.append(f"Reporting, {SCOPE_LABELS[scope]}: counts only, never content, shown to "
                     f"the coordinator only in groups of at least {reporting.min_group}.")
    for item in reporting.pulse:
        if item.p_milli < schema.P_MILLI_PLAIN:
            share = item.p_milli / 10
            lines.append(f"Pulse question \u201c{item.question}\u201d: your answer is randomised "
                         f"on your device before it is sent (the true answer with probability "
                         f"{share:g}%, else a random one), so nobody can know it.")
    lines.append("You may leave out any reporting when you consent, and withdraw it later.")
    lines.append(retention_sentence(terms))
    if terms.admission == "open":
        lines.append("Admission: consenting enrols you.")
    else:
        lines.append("Admission: the coordinator admits each participant.")
    lines.append("The coordinator introduces you to your match and vouches for their key: "
                 "compare safety numbers at your first meeting.")
    return lines


def describe(terms: schema.Terms, role: str | None) -> list[str]:
    """The terms as a person reads them before consenting: who runs it, what for, what it
    asks, and what is shared with whom."""
    lines = [f"Programme: {terms.name}", f"Run by: {terms.organiser}", "", "Purpose:",
             *_indented(terms.purpose)]
    if terms.benefits:
        lines += ["", "Benefits:", *_indented(terms.benefits)]
    if terms.expectations:
        lines += ["", "What is expected of you:", *_indented(terms.expectations)]
    when = [f"from {terms.starts}" if isinstance(terms.starts, str) else "",
            f"until {terms.ends}" if isinstance(terms.ends, str) else ""]
    if any(when):
        lines += ["", "Runs " + " ".join(w for w in when if w) + "."]
    lines += ["", "What is shared, with whom:", *(f"  - {line}" for line in
                                                   consent_lines(terms, role))]
    return lines


def _indented(text: str) -> list[str]:
    return [f"  {line}" for line in text.split("\n")]


def canonical(terms: schema.Terms) -> str:
    import rfc8785

    return rfc8785.dumps(msgspec.to_builtins(terms)).decode("utf-8")


def parse_terms(text: str) -> schema.Terms:
    """The stored terms (their canonical JSON), decoded and checked. The last few are kept:
    every envelope of a programme reads its terms, and decoding them (with the size check's
    RFC 8785 form) costs more than the rest of a join. Callers treat the result as read-only."""
    return _parse_terms(text)


@functools.lru_cache(maxsize=8)
def _parse_terms(text: str) -> schema.Terms:
    return msgspec.json.decode(text.encode("utf-8"), type=schema.Terms)


__all__ = ["KEYS", "admission_token", "asked_fields", "canonical", "consent_lines", "describe",
           "enrolment_days", "field_label", "load_programme_file", "make_terms",
           "matching_config_path", "parse_terms", "retention_sentence"]
