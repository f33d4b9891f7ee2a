"""Every setting declared once: its type, default, allowed values and meaning.

Stored as JSON in the vault (`store.repos.settings`). `SCHEMA_VERSION` and `UPGRADES` carry
settings forward when a later version renames or re-types one (never pickle).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ementor_desktop.errors import UsageError
from ementor_desktop.store.repos.settings import SettingsRepo


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type
    default: Any
    doc: str
    choices: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None


DECLARED: dict[str, Setting] = {s.key: s for s in (
    Setting("relay_url", str, "", "The relay this app deposits and fetches through."),
    Setting("auto_lock_minutes", int, 10, "Lock after this many idle minutes (0: never).",
            minimum=0, maximum=24 * 60),
    Setting("notifications", bool, True, "Show a system notification for new messages."),
    Setting("notification_content", bool, False,
            "Include the sender and text in notifications (off: 'New message' only)."),
    Setting("read_receipts", bool, False, "Let contacts see when you have read their messages."),
    Setting("enter_sends", bool, True, "Enter sends, Shift+Enter adds a line (off: Ctrl+Enter)."),
    Setting("theme", str, "system", "Colour theme.", choices=("system", "light", "dark")),
)}

SCHEMA_VERSION = 1
VERSION_KEY = "_settings_version"
# version -> step that upgrades the stored settings from that version to the next one
UPGRADES: dict[int, Callable[[SettingsRepo], None]] = {}


class Settings:
    def __init__(self, repo: SettingsRepo) -> None:
        self.repo = repo

    def upgrade(self) -> None:
        """Bring stored settings to SCHEMA_VERSION; called whenever a vault is opened."""
        version = int(self.repo.get(VERSION_KEY, 1))  # missing: written by the first version
        if version == SCHEMA_VERSION and self.repo.get(VERSION_KEY) == SCHEMA_VERSION:
            return
        while version < SCHEMA_VERSION:
            UPGRADES[version](self.repo)
            version += 1
        self.repo.set(VERSION_KEY, SCHEMA_VERSION)

    def get(self, key: str) -> Any:
        setting = _declared(key)
        value = self.repo.get(key, setting.default)
        try:
            return validate(setting, value)
        except UsageError:
            return setting.default  # a stored value we no longer accept: fall back, keep running

    def set(self, key: str, value: Any) -> None:
        setting = _declared(key)
        self.repo.set(key, validate(setting, value))

    def as_dict(self) -> dict[str, Any]:
        return {key: self.get(key) for key in DECLARED}


def _declared(key: str) -> Setting:
    try:
        return DECLARED[key]
    except KeyError:
        raise UsageError(f"Unknown setting {key!r}.") from None


def validate(setting: Setting, value: Any) -> Any:
    if (setting.kind is int and isinstance(value, bool)) or not isinstance(value, setting.kind):
        raise UsageError(f"Setting {setting.key} takes a {setting.kind.__name__}.")
    if setting.choices and value not in setting.choices:
        raise UsageError(f"Setting {setting.key} must be one of {', '.join(setting.choices)}.")
    if isinstance(value, int) and setting.minimum is not None and value < setting.minimum:
        raise UsageError(f"Setting {setting.key} must be at least {setting.minimum}.")
    if isinstance(value, int) and setting.maximum is not None and value > setting.maximum:
        raise UsageError(f"Setting {setting.key} must be at most {setting.maximum}.")
    return value
