"""The cohort: reading and checking the participants CSV a coordinator exports from a spreadsheet.

Owns the CSV format (documented in docs/matching.md) and turns every bad cell into a UsageError
that names the file line and the column. Never scores or matches anyone.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ementor_desktop.errors import UsageError
from ementor_desktop.matching.timezones import parse_timezone

REQUIRED_COLUMNS = ("id", "name", "role", "skills", "wants", "languages", "timezone", "capacity",
                    "exclude", "department")
MIN_LEVEL, MAX_LEVEL = 1, 5
MAX_CAPACITY = 1000

_Fail = Callable[[str], UsageError]

# Whole numbers are plain ASCII digits: int() would also take "+3", "1_000", " 3", "３" and "٣".
_DIGITS = re.compile(r"[0-9]+")
_NEGATIVE = re.compile(r"-[0-9]+")


@dataclass(frozen=True)
class Participant:
    """One row of the cohort file. Skill and language names are lower-cased."""

    id: str
    name: str
    role: str  # "mentor" or "mentee"
    skills: dict[str, int]
    wants: dict[str, int]
    languages: tuple[str, ...]
    timezone: str
    capacity: int
    exclude: tuple[str, ...]
    department: str
    line: int
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.id})" if self.name else self.id


@dataclass(frozen=True)
class Cohort:
    """The participants in file order, split by role (each list keeps file order)."""

    participants: tuple[Participant, ...]
    extra_columns: tuple[str, ...]
    source: str = "participants"

    @property
    def mentees(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.role == "mentee")

    @property
    def mentors(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.role == "mentor")


def read_cohort(path: Path) -> Cohort:
    """Read and check a participants CSV (UTF-8, with or without a byte-order mark)."""
    # Only reading the file is inside the try: an OSError while checking a cell must never be
    # reported as a problem with the file itself.
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise UsageError(f"participants file not found: {path}") from None
    except IsADirectoryError:
        raise UsageError(f"participants file is a folder: {path}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text; save the spreadsheet as CSV UTF-8") from None
    except OSError as err:
        raise UsageError(f"cannot read participants file {path}: {err.strerror}") from None
    return parse_cohort(text, source=str(path))


def parse_cohort(text: str, source: str = "participants") -> Cohort:
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    rows: list[Participant] = []
    line_end = 0
    try:
        for record in reader:
            # A quoted cell can span lines: name the line the row starts on, as an editor shows.
            line, line_end = line_end + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = _read_header(record, source, line)
                continue
            if len(record) != len(header):
                raise UsageError(f"{source} line {line}: expected {len(header)} fields like the "
                                 f"header, found {len(record)}")
            cells = {name: value.strip() for name, value in zip(header, record, strict=True)}
            rows.append(_read_row(cells, source, line, header))
    except csv.Error as err:
        raise UsageError(f"{source} line {reader.line_num}: not valid CSV: {err}") from None
    if header is None:
        raise UsageError(f"{source}: the file is empty (it needs a header line and participants)")
    _check_ids(rows, source)
    extra = tuple(name for name in header if name not in REQUIRED_COLUMNS)
    return Cohort(participants=tuple(rows), extra_columns=extra, source=source)


def _read_header(record: list[str], source: str, line: int) -> list[str]:
    names = [cell.strip().lower() for cell in record]
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        raise UsageError(f"{source} line {line}: missing column(s) {', '.join(missing)}; the "
                         f"header needs {','.join(REQUIRED_COLUMNS)}")
    seen: set[str] = set()
    for name in names:
        if not name:
            raise UsageError(f"{source} line {line}: a column has no name")
        if name in seen:
            raise UsageError(f"{source} line {line}: column {name!r} appears twice")
        seen.add(name)
    return names


def _read_row(cells: dict[str, str], source: str, line: int, header: list[str]) -> Participant:
    def fail(column: str, message: str) -> UsageError:
        return UsageError(f"{source} line {line}, column {column}: {message}")

    pid = cells["id"]
    if not pid:
        raise fail("id", "every participant needs an id")
    if ";" in pid or "," in pid:
        raise fail("id", f"an id may not contain ';' or ',' ({_show(pid)})")
    role = cells["role"].lower()
    if role not in ("mentor", "mentee"):
        raise fail("role", f"must be mentor or mentee, not {_show(cells['role'])}")
    skills = _levels(cells["skills"], lambda m: fail("skills", m))
    wants = _levels(cells["wants"], lambda m: fail("wants", m))
    if role == "mentor" and not skills:
        raise fail("skills", "a mentor needs at least one skill:level")
    if role == "mentee" and not wants:
        raise fail("wants", "a mentee needs at least one wanted skill:level")
    languages = _names(cells["languages"])
    if not languages:
        raise fail("languages", "at least one language is needed (e.g. en;fr)")
    try:
        timezone = parse_timezone(cells["timezone"])
    except ValueError as err:
        raise fail("timezone", str(err)) from None
    capacity = _capacity(cells["capacity"], role, lambda m: fail("capacity", m))
    exclude = tuple(dict.fromkeys(x.strip() for x in cells["exclude"].split(";") if x.strip()))
    if pid in exclude:
        raise fail("exclude", "a participant cannot exclude themself")
    extra = {name: cells[name] for name in header if name not in REQUIRED_COLUMNS}
    return Participant(id=pid, name=cells["name"], role=role, skills=skills, wants=wants,
                       languages=languages, timezone=timezone, capacity=capacity,
                       exclude=exclude, department=cells["department"], line=line, extra=extra)


def _levels(text: str, fail: _Fail) -> dict[str, int]:
    levels: dict[str, int] = {}
    for item in text.split(";"):
        item = item.strip()
        if not item:
            continue
        name, sep, level_text = item.rpartition(":")
        name = name.strip().lower()
        level_text = level_text.strip()
        if not sep or not name:
            raise fail(f"{_show(item)} is not skill:level (e.g. python:4)")
        if ":" in name:
            raise fail(f"{_show(item)} has more than one ':'; write one skill:level per item, "
                       "separated by ';' (e.g. python:3; sql:4)")
        level = _whole_number(level_text)
        if level is None:
            raise fail(f"level of {_show(name)} must be a whole number {MIN_LEVEL}-{MAX_LEVEL}"
                       f"{_digits_hint(level_text)}, not {_show(level_text)}")
        if not MIN_LEVEL <= level <= MAX_LEVEL:
            raise fail(f"level of {_show(name)} must be {MIN_LEVEL}-{MAX_LEVEL}, "
                       f"not {_short(level_text)}")
        if name in levels:
            raise fail(f"{_show(name)} is listed twice")
        levels[name] = level
    return levels


def _whole_number(text: str) -> int | None:
    """The value of text made only of the ASCII digits 0-9; None for anything else."""
    if not _DIGITS.fullmatch(text):
        return None
    digits = text.lstrip("0") or "0"
    # Far beyond every range checked here; keeps int() away from its 4300-digit limit.
    return int(digits) if len(digits) <= 9 else 10**9


def _digits_hint(text: str) -> str:
    """A hint when the number is written with other digits or with a sign, '_' or spaces."""
    if any(ch.isdecimal() and not "0" <= ch <= "9" for ch in text):
        return " written with the digits 0-9"
    return ""


def _show(text: str, limit: int = 40) -> str:
    """The text quoted with control characters escaped, shortened when long."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + "…"


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _names(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x.strip().lower() for x in text.split(";") if x.strip()))


def _capacity(text: str, role: str, fail: _Fail) -> int:
    if not text:
        return 1
    capacity = _whole_number(text)
    if capacity is None:
        if _NEGATIVE.fullmatch(text):
            raise fail(f"must be between 0 and {MAX_CAPACITY}, not {_short(text)}")
        raise fail(f"must be a whole number{_digits_hint(text)}, not {_show(text)}")
    if role == "mentee":
        if capacity != 1:
            raise fail("capacity applies to mentors only; leave it empty (or 1) for a mentee")
        return 1
    if not 0 <= capacity <= MAX_CAPACITY:
        raise fail(f"must be between 0 and {MAX_CAPACITY}, not {_short(text)}")
    return capacity


def _check_ids(rows: list[Participant], source: str) -> None:
    first_line: dict[str, int] = {}
    for row in rows:
        if row.id in first_line:
            raise UsageError(f"{source} line {row.line}, column id: {_show(row.id)} is already "
                             f"used on line {first_line[row.id]}")
        first_line[row.id] = row.line
    for row in rows:
        for other in row.exclude:
            if other not in first_line:
                raise UsageError(f"{source} line {row.line}, column exclude: no participant "
                                 f"has the id {_show(other)}")

