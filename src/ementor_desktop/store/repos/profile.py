"""The participant's own profile (one row); the structured details live in its `details` JSON."""

from __future__ import annotations

import json
from typing import Any

from ementor_desktop.records import Profile, Role
from ementor_desktop.store.db import Database

#: Keys of `profile.details` this version reads and writes; others (a later version's) are kept.
DETAIL_KEYS = ("availability", "channels", "cadence", "experience", "capacity")


def _details(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class ProfileRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> Profile | None:
        row = self.db.one(
            "SELECT display_name, role, headline, bio, timezone, languages, skills, wants, "
            "working_style, updated_at, details FROM profile WHERE id = 1")
        if row is None:
            return None
        details = _details(row[10])
        capacity = details.get("capacity")
        return Profile(display_name=row[0], role=Role(row[1]), headline=row[2], bio=row[3],
                       timezone=row[4], languages=json.loads(row[5]), skills=json.loads(row[6]),
                       wants=json.loads(row[7]), working_style=json.loads(row[8]),
                       updated_at=row[9],
                       availability=list(details.get("availability") or []),
                       channels=list(details.get("channels") or []),
                       cadence=str(details.get("cadence") or ""),
                       experience=str(details.get("experience") or ""),
                       capacity=capacity if isinstance(capacity, int)
                       and not isinstance(capacity, bool) else None)

    def save(self, profile: Profile) -> None:
        stored = self.db.one("SELECT details FROM profile WHERE id = 1")
        details = _details(stored[0]) if stored is not None else {}
        details.update({"availability": profile.availability, "channels": profile.channels,
                        "cadence": profile.cadence, "experience": profile.experience,
                        "capacity": profile.capacity})
        self.db.execute(
            "INSERT INTO profile(id, display_name, role, headline, bio, timezone, languages, "
            "skills, wants, working_style, updated_at, details) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, "
            "role = excluded.role, headline = excluded.headline, bio = excluded.bio, "
            "timezone = excluded.timezone, languages = excluded.languages, "
            "skills = excluded.skills, wants = excluded.wants, "
            "working_style = excluded.working_style, updated_at = excluded.updated_at, "
            "details = excluded.details",
            (profile.display_name, profile.role.value, profile.headline, profile.bio,
             profile.timezone, json.dumps(profile.languages), json.dumps(profile.skills),
             json.dumps(profile.wants), json.dumps(profile.working_style), profile.updated_at,
             json.dumps(details)))
