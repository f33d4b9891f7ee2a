"""The vault's own identity keys (one row)."""

from __future__ import annotations

from ementor_desktop.crypto.identity import Identity
from ementor_desktop.errors import VaultDamaged
from ementor_desktop.store.db import DAMAGED_ADVICE, Database


class IdentityRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> Identity:
        row = self.db.one("SELECT signing_seed, box_secret FROM identity WHERE id = 1")
        if row is None:
            raise VaultDamaged(DAMAGED_ADVICE)
        return Identity(signing_seed=bytes(row[0]), box_secret=bytes(row[1]))
