"""Key/value settings stored as JSON inside the vault (declared and typed in domain.settings)."""

from __future__ import annotations

import json
from typing import Any

from ementor_desktop.store.db import Database


class SettingsRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        self.db.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) "
                        "DO UPDATE SET value = excluded.value", (key, json.dumps(value)))

    def delete(self, key: str) -> None:
        self.db.execute("DELETE FROM settings WHERE key = ?", (key,))

    def all(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self.db.all("SELECT key, value FROM settings")}
