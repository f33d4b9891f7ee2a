"""Every setting declared once: its type, default, allowed values and meaning.

Stored as JSON in the vault (`store.repos.settings`). `SCHEMA_VERSION` and `UPGRADES` carry
settings forward when a later version renames or re-types one (never pickle).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ementor_desktop.errors import UsageError
from ementor_desktop.protocol.relay_url import RelayUrlError, parse_relay_url
from ementor_desktop.store.repos import Repos
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
    Setting("relay_admission", str, "",
            "The admission code your organisation gave you for its relay; presented only to "
            "that relay (relay_url), when a mailbox is created there."),
    Setting("auto_lock_minutes", int, 10, "Lock after this many idle minutes (0: never).",
            minimum=0, maximum=24 * 60),
    Setting("notifications", bool, True, "Show a system notification for new messages."),
    Setting("notification_content", bool, False,
            "Include the sender and text in notifications (off: 'New message' only)."),
    Setting("read_receipts", bool, False, "Let contacts see when you have read their messages."),
    Setting("enter_sends", bool, True, "Enter sends, Shift+Enter adds a line (off: Ctrl+Enter)."),
    Setting("theme", str, "system", "Colour theme.", choices=("system", "light", "dark")),
    Setting("profile_shared_fields", list, ["skills", "wants", "languages", "timezone",
                                            "channels", "cadence", "experience"],
            "Profile fields every contact sees unless you choose otherwise for them "
            "(name, role and headline always; see domain/profile.py)."),
)}

SCHEMA_VERSION = 1
VERSION_KEY = "_settings_version"
#: Internal keys (a leading underscore; never shown in Settings, never set by a person):
#: VERSION_KEY, and the contact names this person last saw (domain/contacts.py keeps them to
#: notice when a contact renamed themselves).
NAMES_SEEN_KEY = "_contact_names_seen"
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


def admission_for(repos: Repos, relay_url: str) -> str | None:
    """The admission code for mailboxes created on `relay_url`: the configured one, and only
    for the configured relay (a contact's relay never sees our organisation's code)."""
    settings = Settings(repos.settings)
    code = str(settings.get("relay_admission") or "").strip()
    if not code or not relay_url:
        return None
    try:
        same = parse_relay_url(relay_url) == parse_relay_url(str(settings.get("relay_url")))
    except RelayUrlError:
        return None
    return code if same else None
