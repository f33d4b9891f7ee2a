"""Storage backends of the relay behind one interface; `open_storage` picks one from the URL."""

from __future__ import annotations

from ementor_desktop.relay.storage.base import (
    AdmissionToken,
    Deposit,
    DepositOutcome,
    DepositResult,
    Owner,
    Storage,
    StorageError,
    StorageFull,
    StoredMessage,
    SweepCounts,
    Usage,
)

__all__ = [
    "AdmissionToken",
    "Deposit",
    "DepositOutcome",
    "DepositResult",
    "Owner",
    "Storage",
    "StorageError",
    "StorageFull",
    "StoredMessage",
    "SweepCounts",
    "Usage",
    "make_storage",
]


def make_storage(db: str, pool_size: int = 8, disk_reserve_bytes: int = 0,
                 low_water_bytes: int = 0) -> Storage:
    """SQLite for a file path, PostgreSQL for a postgresql:// URL."""
    if db.startswith(("postgresql://", "postgres://")):
        from ementor_desktop.relay.storage.postgres import PostgresStorage

        return PostgresStorage(db, pool_size=pool_size)
    from ementor_desktop.relay.storage.sqlite import SqliteStorage

    return SqliteStorage(db, disk_reserve_bytes=disk_reserve_bytes,
                         low_water_bytes=low_water_bytes)
