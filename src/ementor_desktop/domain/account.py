"""The participant's account: creating the vault with an identity and profile, and who am I."""

from __future__ import annotations

from dataclasses import dataclass

from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain.models import Profile, Role
from ementor_desktop.errors import UsageError
from ementor_desktop.home import Home
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
                   strength: KdfStrength = KdfStrength.MODERATE) -> Vault:
    """Create the vault, its identity keys and the profile in one go."""
    check_passphrase(passphrase)
    profile = Profile(display_name=check_name(name), role=role, headline=headline.strip(),
                      updated_at=now_ms())

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
