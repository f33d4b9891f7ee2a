"""A thin wrapper over one DB-API connection: transactions, and errors sorted for people.

It works over `sqlcipher3` (the vault) and over the standard `sqlite3` module (benchmarks compare
the two doing identical work). Errors a person can act on become `EmentorError`s; the rest are bugs
and propagate unchanged.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import Any

from ementor_desktop import log
from ementor_desktop.errors import DiskFull, EmentorError, VaultDamaged, VaultInUse

Params = Sequence[Any] | dict[str, Any]

DAMAGED_ADVICE = ("The vault's database file is damaged. Restore it from a backup "
                  "(ementor restore into a new, empty home folder).")


def translate(err: Exception) -> Exception:
    """Return the user-facing error for a database exception, or `err` itself if it is a bug."""
    name = getattr(err, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL"):
        return DiskFull("The disk is full: the last change was not saved. Free some space and "
                        "try again; everything saved before is intact.")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return VaultDamaged(DAMAGED_ADVICE)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return VaultInUse("The vault is busy in another process. Close the other eMentor window "
                          "or command and try again.")
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")):
        return EmentorError("The vault could not be read or written (a disk or permission "
                            "problem). Check the disk and the home folder's permissions.")
    return err


class Database:
    """One connection in autocommit mode; `transaction()` groups statements atomically."""

    def __init__(self, conn: Any, module: ModuleType) -> None:
        self.conn = conn
        self._errors: tuple[type[BaseException], ...] = (module.Error,)
        self._depth = 0

    def execute(self, sql: str, params: Params = ()) -> Any:
        try:
            return self.conn.execute(sql, params)
        except self._errors as err:
            raise _translated(err) from err

    def executemany(self, sql: str, rows: Any) -> Any:
        try:
            return self.conn.executemany(sql, rows)
        except self._errors as err:
            raise _translated(err) from err

    def one(self, sql: str, params: Params = ()) -> Any:
        try:
            return self.conn.execute(sql, params).fetchone()
        except self._errors as err:
            raise _translated(err) from err

    def all(self, sql: str, params: Params = ()) -> list[Any]:
        try:  # rows are decrypted while fetching: errors can surface here, not at execute
            return list(self.conn.execute(sql, params).fetchall())
        except self._errors as err:
            raise _translated(err) from err

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT; nested calls become savepoints. Rolls back on any error."""
        if self._depth:
            name = f"sp{self._depth}"
            self.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                self.execute(f"ROLLBACK TO {name}")
                self.execute(f"RELEASE {name}")
                raise
            self._depth -= 1
            self.execute(f"RELEASE {name}")
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
            self.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except self._errors:
                    log.store.warning("rollback failed after an error")
            raise
        finally:
            self._depth = 0

    def close(self) -> None:
        try:
            self.conn.close()
        except self._errors as err:
            raise _translated(err) from err


def _translated(err: BaseException) -> BaseException:
    if isinstance(err, Exception):
        return translate(err)
    return err
