"""Self-service requests and reports of misconduct in the vault (docs/protocol.md Part 4 §7, §8):
at the coordinator the request shortlists sent, the requests (the authority on every place),
the rounds' memo and the reports received; at a participant the shortlists received, the
requests as one side sees them and the reports sent. Plain rows; the rules are
`domain/programme_selfservice.py`'s."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from ementor_desktop.store.db import Database

#: Request states at the coordinator in which a place may still be given.
LIVE = ("open", "asked")


@dataclass(frozen=True)
class OfferedShortlistRow:
    id: str
    programme_id: str
    mentee_id: str
    issued: int
    expires: int
    candidates: dict[str, str]  # candidate id -> mentor member id
    closed_at: int | None = None


@dataclass(frozen=True)
class RequestRow:
    programme_id: str
    request: str
    mentee_id: str
    mentor_id: str
    shortlist: str
    state: str
    reason: str | None
    expires: int
    created_at: int
    updated_at: int


@dataclass(frozen=True)
class ReportRow:
    programme_id: str
    reporter_key: bytes
    report: str
    reporter_name: str
    category: str
    about: bytes | None
    text: str
    contact: bool
    envelope: str
    received_at: int
    expires_at: int


@dataclass(frozen=True)
class HeldShortlistRow:
    id: str
    programme_id: str
    mode: str
    issued: int
    expires: int
    entries: list[dict[str, Any]]
    received_at: int


@dataclass(frozen=True)
class AskRow:
    programme_id: str
    request: str
    side: str  # 'mentee' (my request) or 'mentor' (an offer to me)
    shortlist: str | None
    candidate: str | None
    peer_key: bytes
    peer_box: bytes
    peer_name: str
    peer_headline: str
    peer_profile: dict[str, Any]
    state: str
    reason: str | None
    expires: int | None
    outcome_at: int | None
    notes: list[dict[str, Any]]
    created_at: int
    updated_at: int


@dataclass(frozen=True)
class SentReportRow:
    programme_id: str
    report: str
    envelope: str
    category: str
    sent_at: int
    delivered_at: int | None = None


_JSON = frozenset({"candidates", "entries", "peer_profile", "notes"})
_BLOBS = frozenset({"reporter_key", "about", "peer_key", "peer_box"})
_TABLES: dict[type[Any], str] = {
    OfferedShortlistRow: "programme_offered_shortlists", RequestRow: "programme_requests",
    ReportRow: "programme_reports", HeldShortlistRow: "programme_held_shortlists",
    AskRow: "programme_asks", SentReportRow: "programme_sent_reports",
}


def _cols(cls: type[Any]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _out(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _JSON:
        return json.loads(value)
    if name in _BLOBS:
        return bytes(value)
    if name == "contact":
        return bool(value)
    return value


def _in(name: str, value: Any) -> Any:
    if name in _JSON:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if name == "contact":
        return int(bool(value))
    return value


class ProgrammeRequestRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- generic -------------------------------------------------------------------------------
    def _insert(self, row: Any, ignore: bool = False) -> bool:
        cols = _cols(type(row))
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        cur = self.db.execute(f"{verb} INTO {_TABLES[type(row)]}({', '.join(cols)}) VALUES "
                              f"({', '.join('?' * len(cols))})",
                              tuple(_in(c, getattr(row, c)) for c in cols))
        return bool(cur.rowcount)

    def _select(self, cls: type[Any], where: str, args: tuple[Any, ...],
                order: str = "") -> list[Any]:
        cols = _cols(cls)
        rows = self.db.all(f"SELECT {', '.join(cols)} FROM {_TABLES[cls]} WHERE {where}"
                           f"{' ORDER BY ' + order if order else ''}", args)
        return [cls(**{c: _out(c, v) for c, v in zip(cols, r, strict=True)}) for r in rows]

    def _update(self, cls: type[Any], where: str, key: tuple[Any, ...],
                values: dict[str, Any]) -> None:
        unknown = set(values) - set(_cols(cls))
        if unknown:
            raise ValueError(f"unknown column(s) of {_TABLES[cls]}: {sorted(unknown)}")
        if not values:
            return
        names = sorted(values)
        self.db.execute(f"UPDATE {_TABLES[cls]} SET {', '.join(f'{n} = ?' for n in names)} "
                        f"WHERE {where}", (*(_in(n, values[n]) for n in names), *key))

    # -- shortlists sent (at the coordinator) --------------------------------------------------
    def add_offered(self, row: OfferedShortlistRow) -> None:
        self._insert(row)

    def offered(self, shortlist_id: str) -> OfferedShortlistRow | None:
        rows = self._select(OfferedShortlistRow, "id = ?", (shortlist_id,))
        return rows[0] if rows else None

    def live_offered(self, programme_id: str, now: int) -> list[OfferedShortlistRow]:
        return self._select(OfferedShortlistRow, "programme_id = ? AND closed_at IS NULL AND "
                            "expires > ?", (programme_id, now), "issued, id")

    def close_offered(self, programme_id: str, now: int, mentee_id: str | None = None,
                      expired_only: bool = False) -> int:
        """Close the live shortlists of a mentee (or every expired one); how many closed."""
        where = "programme_id = ? AND closed_at IS NULL"
        args: tuple[Any, ...] = (programme_id,)
        if mentee_id is not None:
            where += " AND mentee_id = ?"
            args += (mentee_id,)
        if expired_only:
            where += " AND expires <= ?"
            args += (now,)
        cur = self.db.execute(f"UPDATE programme_offered_shortlists SET closed_at = ? "
                              f"WHERE {where}", (now, *args))
        return int(cur.rowcount)

    def delete_offered_of(self, programme_id: str, mentee_id: str) -> None:
        self.db.execute("DELETE FROM programme_offered_shortlists WHERE programme_id = ? AND "
                        "mentee_id = ?", (programme_id, mentee_id))

    def prune_offered(self, programme_id: str, before: int) -> None:
        """Closed shortlists are kept a while (a late request is answered `closed`), then go."""
        self.db.execute("DELETE FROM programme_offered_shortlists WHERE programme_id = ? AND "
                        "closed_at IS NOT NULL AND closed_at < ?", (programme_id, before))

    # -- requests (at the coordinator) ---------------------------------------------------------
    def add_request(self, row: RequestRow) -> bool:
        """Record a request; False (nothing written) if its id is held already."""
        return self._insert(row, ignore=True)

    def request(self, programme_id: str, request: str) -> RequestRow | None:
        rows = self._select(RequestRow, "programme_id = ? AND request = ?",
                            (programme_id, request))
        return rows[0] if rows else None

    def update_request(self, programme_id: str, request: str, **values: Any) -> None:
        self._update(RequestRow, "programme_id = ? AND request = ?", (programme_id, request),
                     values)

    def requests(self, programme_id: str, *, mentee_id: str | None = None,
                 mentor_id: str | None = None, states: tuple[str, ...] = ()) -> list[RequestRow]:
        where = "programme_id = ?"
        args: tuple[Any, ...] = (programme_id,)
        if mentee_id is not None:
            where += " AND mentee_id = ?"
            args += (mentee_id,)
        if mentor_id is not None:
            where += " AND mentor_id = ?"
            args += (mentor_id,)
        if states:
            where += f" AND state IN ({', '.join('?' * len(states))})"
            args += states
        return self._select(RequestRow, where, args, "created_at, request")

    def count_requests(self, programme_id: str, mentee_id: str,
                       states: tuple[str, ...] = LIVE) -> int:
        return int(self.db.scalar(
            f"SELECT count(*) FROM programme_requests WHERE programme_id = ? AND mentee_id = ? "
            f"AND state IN ({', '.join('?' * len(states))})", (programme_id, mentee_id, *states)))

    def due_requests(self, programme_id: str, now: int, limit: int) -> list[RequestRow]:
        """Live requests whose `expires` has passed, oldest first, at most `limit`."""
        return self._select(RequestRow, "programme_id = ? AND state IN ('open', 'asked') AND "
                            f"expires <= ? ORDER BY expires, request LIMIT {int(limit)}",
                            (programme_id, now))

    def delete_requests_of(self, programme_id: str, member_id: str) -> None:
        self.db.execute("DELETE FROM programme_requests WHERE programme_id = ? AND "
                        "(mentee_id = ? OR mentor_id = ?)", (programme_id, member_id, member_id))

    # -- rounds (at the coordinator) -----------------------------------------------------------
    def round(self, programme_id: str) -> tuple[str, str | None]:
        """The fingerprint of the last round of shortlists, and the stored configuration."""
        row = self.db.one("SELECT fingerprint, config FROM programme_rounds WHERE "
                          "programme_id = ?", (programme_id,))
        return ("", None) if row is None else (str(row[0]), row[1])

    def set_round(self, programme_id: str, at: int, *, fingerprint: str | None = None,
                  config: str | None = None) -> None:
        self.db.execute("INSERT INTO programme_rounds(programme_id, at) VALUES (?, ?) "
                        "ON CONFLICT(programme_id) DO UPDATE SET at = excluded.at",
                        (programme_id, at))
        if fingerprint is not None:
            self.db.execute("UPDATE programme_rounds SET fingerprint = ? WHERE programme_id = ?",
                            (fingerprint, programme_id))
        if config is not None:
            self.db.execute("UPDATE programme_rounds SET config = ? WHERE programme_id = ?",
                            (config, programme_id))

    # -- reports (at the coordinator) ----------------------------------------------------------
    def add_report(self, row: ReportRow) -> bool:
        """Keep a report; False (nothing written) if this reporter's id is held already."""
        return self._insert(row, ignore=True)

    def reports(self, programme_id: str | None = None) -> list[ReportRow]:
        return self._select(ReportRow, "(? IS NULL OR programme_id = ?)",
                            (programme_id, programme_id), "received_at, report")

    def count_reports(self, programme_id: str, reporter_key: bytes) -> int:
        return int(self.db.scalar("SELECT count(*) FROM programme_reports WHERE "
                                  "programme_id = ? AND reporter_key = ?",
                                  (programme_id, reporter_key)))

    def delete_expired_reports(self, now: int) -> int:
        cur = self.db.execute("DELETE FROM programme_reports WHERE expires_at <= ?", (now,))
        return int(cur.rowcount)

    # -- shortlists received (at a participant) ------------------------------------------------
    def add_held_shortlist(self, row: HeldShortlistRow) -> bool:
        return self._insert(row, ignore=True)

    def held_shortlists(self, programme_id: str, mode: str | None = None
                        ) -> list[HeldShortlistRow]:
        return self._select(HeldShortlistRow, "programme_id = ? AND (? IS NULL OR mode = ?)",
                            (programme_id, mode, mode), "issued, id")

    def held_shortlist(self, shortlist_id: str) -> HeldShortlistRow | None:
        rows = self._select(HeldShortlistRow, "id = ?", (shortlist_id,))
        return rows[0] if rows else None

    # -- requests as one side sees them (at a participant) -------------------------------------
    def add_ask(self, row: AskRow) -> bool:
        return self._insert(row, ignore=True)

    def ask(self, programme_id: str, request: str) -> AskRow | None:
        rows = self._select(AskRow, "programme_id = ? AND request = ?", (programme_id, request))
        return rows[0] if rows else None

    def asks(self, programme_id: str, side: str | None = None) -> list[AskRow]:
        return self._select(AskRow, "programme_id = ? AND (? IS NULL OR side = ?)",
                            (programme_id, side, side), "created_at, request")

    def update_ask(self, programme_id: str, request: str, **values: Any) -> None:
        self._update(AskRow, "programme_id = ? AND request = ?", (programme_id, request), values)

    # -- reports sent (at a participant) -------------------------------------------------------
    def add_sent_report(self, row: SentReportRow) -> None:
        self._insert(row)

    def sent_reports(self, programme_id: str | None = None) -> list[SentReportRow]:
        return self._select(SentReportRow, "(? IS NULL OR programme_id = ?)",
                            (programme_id, programme_id), "sent_at, report")

    def reports_delivered(self, envelope_ids: list[str], at: int) -> int:
        """A receipt named these envelopes: the reports among them arrived."""
        done = 0
        for envelope_id in envelope_ids:
            cur = self.db.execute("UPDATE programme_sent_reports SET delivered_at = ? WHERE "
                                  "envelope = ? AND delivered_at IS NULL", (at, envelope_id))
            done += int(cur.rowcount)
        return done


__all__ = ["LIVE", "AskRow", "HeldShortlistRow", "OfferedShortlistRow", "ProgrammeRequestRepo",
           "ReportRow", "RequestRow", "SentReportRow"]
