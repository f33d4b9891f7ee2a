"""Contact jobs the GUI runs on the database worker: safety numbers, invites, key changes,
blocking and removing. The rules are the domain's (`domain/contacts.py`, which the CLI calls
too); these only gather what a dialog or the main window needs in one job."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ementor_desktop.domain.models import Contact
from ementor_desktop.domain.settings import Settings
from ementor_desktop.errors import EmentorError
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.operations.settings import set_setting

# `domain.contacts` loads with the first job that needs it (on the worker): it brings the inbox,
# which the unlock window does not need.


@dataclass(frozen=True)
class Safety:
    """A contact with the safety number to compare (the new key's, while a change is
    pending) and its QR payload."""

    contact: Contact
    number: str
    qr_payload: str


def safety(vault: Vault, contact_id: str) -> Safety | None:
    contact = Repos.over(vault.db).contacts.get(contact_id)
    if contact is None:
        return None
    from ementor_desktop.domain import contacts

    number = contacts.safety_number(vault, contact, pending=contact.key_change_pending)
    return Safety(contact, number, contacts.safety_qr_payload(number))


def safety_or_error(vault: Vault, contact_id: str, gone: str) -> Safety:
    found = safety(vault, contact_id)
    if found is None:
        raise EmentorError(gone)
    return found


def get_contact(vault: Vault, contact_id: str) -> Contact | None:
    return Repos.over(vault.db).contacts.get(contact_id)


def create_invite(vault: Vault, relay: str,
                  admission: str = "") -> tuple[str, dict[str, Any]]:
    """An invite on `relay`, which becomes this app's relay (with its admission code, if one
    was given); the code and the settings."""
    from ementor_desktop.domain import contacts

    code = contacts.create_invite(vault, relay, admission=admission.strip() or None)
    settings = set_setting(vault, "relay_url", relay)
    if admission.strip():
        settings = set_setting(vault, "relay_admission", admission.strip())
    return code, settings


@dataclass(frozen=True)
class Accepted:
    settings: dict[str, Any]
    contact: Contact
    conversation_id: str | None


def accept_invite(vault: Vault, code: str, admission: str = "") -> Accepted:
    """Accept a contact's invite; their relay becomes ours if we had none (with the admission
    code given for it)."""
    from ementor_desktop.domain import contacts

    contact = contacts.accept_invite(vault, code, admission=admission.strip() or None)
    settings = Settings(Repos.over(vault.db).settings).as_dict()
    if not settings.get("relay_url") and contact.relay_url:
        settings = set_setting(vault, "relay_url", contact.relay_url)
        if admission.strip():
            settings = set_setting(vault, "relay_admission", admission.strip())
    return Accepted(settings, contact, Repos.over(vault.db).conversations.direct_id(contact.id))


def verify(vault: Vault, contact_id: str, number: str) -> Contact:
    from ementor_desktop.domain import contacts

    return contacts.verify_contact(vault, contact_id, number)


def accept_key_change(vault: Vault, contact_id: str, number: str) -> Contact:
    from ementor_desktop.domain import contacts

    return contacts.accept_key_change(vault, contact_id, number)


def refuse_key_change(vault: Vault, contact_id: str) -> None:
    from ementor_desktop.domain import contacts

    contacts.refuse_key_change(vault, contact_id)


def accept_route(vault: Vault, contact_id: str) -> Contact:
    from ementor_desktop.domain import contacts

    return contacts.accept_route(vault, contact_id)


def block(vault: Vault, contact_id: str) -> Contact:
    from ementor_desktop.domain import contacts

    return contacts.block_contact(vault, contact_id)


def remove(vault: Vault, contact_id: str) -> None:
    from ementor_desktop.domain import contacts

    contacts.remove_contact(vault, contact_id)
