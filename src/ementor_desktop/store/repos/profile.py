"""The participant's own profile (one row)."""

from __future__ import annotations

import json

from ementor_desktop.records import Profile, Role
from ementor_desktop.store.db import Database


class ProfileRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> Profile | None:
        row = self.db.one(
            "SELECT display_name, role, headline, bio, timezone, languages, skills, wants, "
            "working_style, updated_at FROM profile WHERE id = 1")
        if row is None:
            return None
        return Profile(display_name=row[0], role=Role(row[1]), headline=row[2], bio=row[3],
                       timezone=row[4], languages=json.loads(row[5]), skills=json.loads(row[6]),
                       wants=json.loads(row[7]), working_style=json.loads(row[8]),
                       updated_at=row[9])

    def save(self, profile: Profile) -> None:
        self.db.execute(
            "INSERT INTO profile(id, display_name, role, headline, bio, timezone, languages, "
            "skills, wants, working_style, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, "
            "role = excluded.role, headline = excluded.headline, bio = excluded.bio, "
            "timezone = excluded.timezone, languages = excluded.languages, "
            "skills = excluded.skills, wants = excluded.wants, "
            "working_style = excluded.working_style, updated_at = excluded.updated_at",
            (profile.display_name, profile.role.value, profile.headline, profile.bio,
             profile.timezone, json.dumps(profile.languages), json.dumps(profile.skills),
             json.dumps(profile.wants), json.dumps(profile.working_style), profile.updated_at))
