"""The participant's account: creating the vault with an identity and profile, and who am I."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain.models import Profile, Role
from ementor_desktop.errors import UsageError
from ementor_desktop.home import Home
from ementor_desktop.matching.timezones import parse_timezone
from ementor_desktop.store.db import Database
from ementor_desktop.store.repos import IdentityRepo, ProfileRepo, Repos
from ementor_desktop.store.vault import Vault, now_ms

MIN_PASSPHRASE_LENGTH = 8
MAX_NAME_LENGTH = 80


@dataclass(frozen=True)
class WhoAmI:
    name: str
    role: str
    fingerprint: str

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role, "fingerprint": self.fingerprint}


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise UsageError(f"The passphrase is too short: use at least {MIN_PASSPHRASE_LENGTH} "
                         "characters (a few unrelated words work well).")


def check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise UsageError("The name cannot be empty.")
    if len(name) > MAX_NAME_LENGTH:
        raise UsageError(f"The name is too long (at most {MAX_NAME_LENGTH} characters).")
    return name


def parse_role(role: str) -> Role:
    try:
        return Role(role.lower())
    except ValueError:
        raise UsageError(f"Unknown role {role!r}: use mentor, mentee or coordinator.") from None


def create_account(home: Home, passphrase: str, *, name: str, role: Role, headline: str = "",
                   strength: KdfStrength = KdfStrength.MODERATE, timezone: str = "",
                   languages: Sequence[str] = (), skills: Sequence[str] = (),
                   details: Mapping[str, Any] | None = None) -> Vault:
    """Create the vault, its identity keys and the profile in one go (the optional details
    of the first-run profile page included: a time zone is checked as an IANA name).
    `details`: more profile fields by name (skills with levels, wants, bio…), checked as
    `domain.profile.save_profile` checks them; they win over the plain `skills`."""
    from ementor_desktop.domain.profile import check_changes

    check_passphrase(passphrase)
    zone = ""
    if timezone.strip():
        try:
            zone = parse_timezone(timezone)
        except ValueError as err:
            raise UsageError(str(err)) from None
    profile = Profile(display_name=check_name(name), role=role, headline=headline.strip(),
                      timezone=zone, languages=[x.strip() for x in languages if x.strip()],
                      skills=dict.fromkeys((x.strip() for x in skills if x.strip()), 3),
                      updated_at=now_ms())
    if details:
        checked = check_changes(details)
        profile = replace(profile, **{("display_name" if k == "name" else k): v
                                      for k, v in checked.items()})

    def setup(db: Database) -> None:
        ProfileRepo(db).save(profile)

    return Vault.create(home, passphrase, setup=setup, strength=strength)


def after_open(vault: Vault) -> None:
    """What every front end does right after opening a vault: bring settings up to date."""
    from ementor_desktop.domain.settings import Settings

    with vault.mutex, vault.db.transaction():
        Settings(Repos.over(vault.db).settings).upgrade()


def whoami(vault: Vault) -> WhoAmI:
    repos = Repos.over(vault.db)
    profile = repos.profile.get()
    identity = IdentityRepo(vault.db).get()
    return WhoAmI(name=profile.display_name if profile else "",
                  role=profile.role.value if profile else "",
                  fingerprint=identity.public.fingerprint())


def change_passphrase(vault: Vault, current: str, new: str) -> None:
    """The rule the CLI and the app share: the new passphrase follows the same policy as a new
    vault's, and nothing changes without the current passphrase (an unlocked, unattended app
    must not let anyone lock its owner out)."""
    check_passphrase(new)
    vault.change_passphrase(new, current=current)  # WrongPassphrase if it is not theirs
