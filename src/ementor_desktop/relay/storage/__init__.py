"""Storage backends of the relay behind one interface; `open_storage` picks one from the URL."""

from __future__ import annotations

from ementor_desktop.relay.storage.base import (
    Deposit,
    DepositOutcome,
    DepositResult,
    Owner,
    Storage,
    StorageError,
    StoredMessage,
    SweepCounts,
)

__all__ = [
    "Deposit",
    "DepositOutcome",
    "DepositResult",
    "Owner",
    "Storage",
    "StorageError",
    "StoredMessage",
    "SweepCounts",
    "make_storage",
]


def make_storage(db: str, pool_size: int = 8) -> Storage:
    """SQLite for a file path, PostgreSQL for a postgresql:// URL."""
    if db.startswith(("postgresql://", "postgres://")):
        from ementor_desktop.relay.storage.postgres import PostgresStorage

        return PostgresStorage(db, pool_size=pool_size)
    from ementor_desktop.relay.storage.sqlite import SqliteStorage

    return SqliteStorage(db)
