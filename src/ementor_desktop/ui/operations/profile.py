"""Profile jobs the GUI runs on the database worker: one's own profile (load, save with what
contacts see by default) and a contact's (what they shared, what they see of ours). The rules
are the domain's (`domain/profile.py`, which the CLI calls too)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ementor_desktop.domain import profile as service
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault


def load_mine(vault: Vault) -> service.MyProfile:
    return service.my_profile(vault)


def save_mine(vault: Vault, changes: Mapping[str, Any],
              default_fields: Iterable[str] | None = None) -> service.MyProfile:
    """Save the fields given and, if given, what contacts see by default; what changed is
    queued to the contacts in the same go."""
    if changes:
        service.save_profile(vault, **changes)
    if default_fields is not None:
        fields = tuple(default_fields)
        if fields != service.my_profile(vault).default_fields:
            service.set_default_fields(vault, fields)
    return service.my_profile(vault)


@dataclass(frozen=True)
class ContactView:
    """A contact's profile and our own time zone (to show their windows in our time)."""

    profile: service.ContactProfile
    my_timezone: str
    default_fields: tuple[str, ...]


def load_contact(vault: Vault, contact_id: str) -> ContactView:
    view = service.contact_profile(vault, contact_id)
    mine = Repos.over(vault.db).profile.get()
    return ContactView(view, mine.timezone if mine else "",
                       service.default_fields(Repos.over(vault.db)))


def set_contact_fields(vault: Vault, contact_id: str,
                       fields: Iterable[str] | None) -> ContactView:
    """What one contact sees (None: the default); their card follows."""
    service.set_contact_fields(vault, contact_id, fields)
    return load_contact(vault, contact_id)
