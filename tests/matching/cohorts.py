"""Small cohorts for the matching tests: CSV text builders and a seeded random cohort generator."""

from __future__ import annotations

import random

HEADER = "id,name,role,skills,wants,languages,timezone,capacity,exclude,department"

ZONES = ["Europe/London", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC",
         "Asia/Kolkata", "America/Los_Angeles", "Australia/Sydney"]
SKILLS = ["python", "sql", "rust", "design", "writing", "leadership", "finance", "ml"]
LANGUAGES = ["en", "fr", "de", "es"]
DEPARTMENTS = ["Finance", "Legal", "Research", "Ops", ""]


def row(pid: str, role: str, *, skills: str = "", wants: str = "", languages: str = "en",
        timezone: str = "UTC", capacity: str = "", exclude: str = "", department: str = "",
        name: str = "", extra: tuple[str, ...] = ()) -> str:
    cells = [pid, name or pid, role, skills, wants, languages, timezone, capacity, exclude,
             department, *extra]
    return ",".join(cells)


def csv_text(rows: list[str], extra_columns: tuple[str, ...] = ()) -> str:
    header = HEADER + "".join(f",{c}" for c in extra_columns)
    return "\n".join([header, *rows]) + "\n"


def random_cohort(seed: int, mentees: int, mentors: int, *, max_capacity: int = 3,
                  style: bool = True, exclusions: float = 0.1) -> str:
    """A varied cohort: shared and missing skills, languages, zones, departments, exclusions."""
    rng = random.Random(seed)
    columns = ("ws_pace", "ws_structure") if style else ()
    ids_e = [f"e{n}" for n in range(mentees)]
    ids_m = [f"m{n}" for n in range(mentors)]
    rows = []

    def levels(count: int) -> str:
        chosen = rng.sample(SKILLS, count)
        return ";".join(f"{s}:{rng.randint(1, 5)}" for s in chosen)

    def answers() -> tuple[str, ...]:
        return tuple(rng.choice(["", "1", "2", "3", "4", "5"]) for _ in columns)

    for pid in ids_e:
        exclude = rng.choice(ids_m) if ids_m and rng.random() < exclusions else ""
        rows.append(row(pid, "mentee", wants=levels(rng.randint(1, 3)),
                        languages=";".join(rng.sample(LANGUAGES, rng.randint(1, 2))),
                        timezone=rng.choice(ZONES), exclude=exclude,
                        department=rng.choice(DEPARTMENTS), extra=answers()))
    for pid in ids_m:
        exclude = rng.choice(ids_e) if ids_e and rng.random() < exclusions else ""
        rows.append(row(pid, "mentor", skills=levels(rng.randint(1, 4)),
                        languages=";".join(rng.sample(LANGUAGES, rng.randint(1, 3))),
                        timezone=rng.choice(ZONES), capacity=str(rng.randint(0, max_capacity)),
                        exclude=exclude, department=rng.choice(DEPARTMENTS), extra=answers()))
    rng.shuffle(rows)
    return csv_text(rows, columns)
