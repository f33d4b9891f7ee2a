"""Programmes (docs/protocol.md Part 4) in the vault: the programmes this vault coordinates or
takes part in, and at each end what the protocol keeps — members, tombstones, pairs, shortlists
with their rankings and summaries at the coordinator; peers, cards, shortlists received,
summaries sent and the randomised-response memo at a participant. Plain rows; the rules are
`domain/programme*.py`'s."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from ementor_desktop.store.db import Database


@dataclass(frozen=True)
class ProgrammeRow:
    id: str
    name: str
    my_role: str  # 'coordinator', 'mentor' or 'mentee'
    state: str
    joined_at: int
    relay_url: str | None = None
    coordinator_key: bytes | None = None
    coordinator_box: bytes | None = None
    join_send_id: str | None = None
    secret: bytes | None = None
    terms: str | None = None  # canonical JSON
    terms_hash: bytes | None = None
    code_expires_at: int | None = None  # seconds
    admission: str | None = None
    tombstone_secret: bytes | None = None
    pending_terms: str | None = None
    my_consent: str | None = None
    consent_wanted: str | None = None  # JSON list of scopes
    routes_wanted: int = 0
    status_at: int | None = None
    closed_at: int | None = None
    coordinator_id: str | None = None  # the coordinator's (hidden) contact, at a participant
    starts_on: str | None = None
    ends_on: str | None = None
    my_answers: str | None = None  # P: JSON, the --answer values sent with the consent


@dataclass(frozen=True)
class MemberRow:
    programme_id: str
    member_id: str
    contact_id: str | None
    display_name: str
    role: str  # '' until the profile says
    capacity: int
    profile: dict[str, Any]
    joined_at: int
    signing_key: bytes | None
    box_key: bytes | None
    state: str  # 'joined', 'pending' or 'enrolled'
    headline: str
    consent: str | None
    consent_sig: str | None
    consent_at: int | None
    routes: list[str]
    mailbox_id: int | None
    updated_at: int


@dataclass(frozen=True)
class PairRow:
    id: str
    programme_id: str
    mentee_id: str
    mentor_id: str
    conv: str
    state: str
    scopes: list[str]
    method: str
    created_at: int
    heard_at: int | None
    ended_at: int | None
    paused_at: int | None = None
    reason: str | None = None  # the coordinator's own words for the last pause or end


@dataclass(frozen=True)
class PeerRow:
    programme_id: str
    peer_key: bytes
    contact_id: str | None
    conv: str
    state: str
    scopes: list[str]
    card_issued: int
    introduced_at: int
    ended_at: int | None


@dataclass(frozen=True)
class CardRow:
    id: str
    programme_id: str
    card: str  # JSON, as signed
    sig: str
    issued: int
    peer_key: bytes | None
    received_at: int


@dataclass(frozen=True)
class ShortlistRow:
    """A shortlist: at C one sent to `member_id` (`entries`: candidate id -> member id), at P
    the one received (`member_id` None; `entries`: the entries as received)."""

    programme_id: str
    id: str
    member_id: str | None
    mode: str  # 'rank' or 'request'
    issued: int
    expires: int
    entries: Any  # JSON: a dict at C, a list at P
    ranking: list[str] | None = None  # candidate ids, best first
    ranked_at: int | None = None  # that ranking's `sent`


@dataclass(frozen=True)
class SummaryRow:
    programme_id: str
    member_id: str
    conv: str
    period: str
    at: int
    summary: str
    sig: str


_P_COLS = tuple(f.name for f in fields(ProgrammeRow))
_P_SQL = ", ".join(_P_COLS)
_M_COLS = tuple(f.name for f in fields(MemberRow))
_PAIR_COLS = tuple(f.name for f in fields(PairRow))
_PEER_COLS = tuple(f.name for f in fields(PeerRow))
_CARD_COLS = tuple(f.name for f in fields(CardRow))
_SUM_COLS = tuple(f.name for f in fields(SummaryRow))
_SL_COLS = tuple(f.name for f in fields(ShortlistRow))
_JSON_LIST = frozenset({"routes", "scopes"})
_JSON_OBJECT = frozenset({"profile", "entries", "ranking"})
_BLOBS = frozenset({"coordinator_key", "coordinator_box", "secret", "terms_hash",
                    "tombstone_secret", "signing_key", "box_key", "peer_key"})


def _out(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _JSON_LIST or name in _JSON_OBJECT:
        return json.loads(value)
    if name in _BLOBS:
        return bytes(value)
    return value


def _in(name: str, value: Any) -> Any:
    if value is None and name in _JSON_OBJECT - {"profile"}:
        return None
    if name in _JSON_LIST or name in _JSON_OBJECT:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def _make(cls: Any, cols: tuple[str, ...], row: Any) -> Any:
    return cls(**{c: _out(c, v) for c, v in zip(cols, row, strict=True)})


class ProgrammeRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- programmes ----------------------------------------------------------------------------
    def add(self, row: ProgrammeRow) -> None:
        self.db.execute(f"INSERT INTO programmes({_P_SQL}) VALUES "
                        f"({', '.join('?' * len(_P_COLS))})",
                        tuple(_in(c, getattr(row, c)) for c in _P_COLS))

    def get(self, programme_id: str) -> ProgrammeRow | None:
        row = self.db.one(f"SELECT {_P_SQL} FROM programmes WHERE id = ?", (programme_id,))
        return None if row is None else _make(ProgrammeRow, _P_COLS, row)

    def all(self) -> list[ProgrammeRow]:
        """Programmes of the protocol (made before version 5, a row has no relay: not listed)."""
        return [_make(ProgrammeRow, _P_COLS, r) for r in self.db.all(
            f"SELECT {_P_SQL} FROM programmes WHERE relay_url IS NOT NULL "
            "ORDER BY joined_at, id")]

    def update(self, programme_id: str, **values: Any) -> None:
        self._update("programmes", _P_COLS, "id = ?", (programme_id,), values)

    def by_coordinator_contact(self, contact_id: str) -> list[ProgrammeRow]:
        return [_make(ProgrammeRow, _P_COLS, r) for r in self.db.all(
            f"SELECT {_P_SQL} FROM programmes WHERE coordinator_id = ?", (contact_id,))]

    def admission_for(self, relay_url: str) -> str | None:
        """A programme's admission token for mailboxes on its own relay, if one carries it."""
        value = self.db.scalar("SELECT admission FROM programmes WHERE relay_url = ? "
                               "AND admission IS NOT NULL AND state NOT IN "
                               "('left', 'declined', 'removed') ORDER BY joined_at DESC "
                               "LIMIT 1", (relay_url,))
        return None if value is None else str(value)

    def delete(self, programme_id: str) -> None:
        self.db.execute("DELETE FROM programmes WHERE id = ?", (programme_id,))

    # -- members (at the coordinator) ----------------------------------------------------------
    def add_member(self, row: MemberRow) -> None:
        self.db.execute(f"INSERT INTO programme_members({', '.join(_M_COLS)}) VALUES "
                        f"({', '.join('?' * len(_M_COLS))})",
                        tuple(_in(c, getattr(row, c)) for c in _M_COLS))

    def member(self, programme_id: str, member_id: str) -> MemberRow | None:
        row = self.db.one(f"SELECT {', '.join(_M_COLS)} FROM programme_members "
                          "WHERE programme_id = ? AND member_id = ?", (programme_id, member_id))
        return None if row is None else _make(MemberRow, _M_COLS, row)

    def member_by_key(self, programme_id: str, signing_key: bytes) -> MemberRow | None:
        row = self.db.one(f"SELECT {', '.join(_M_COLS)} FROM programme_members "
                          "WHERE programme_id = ? AND signing_key = ?",
                          (programme_id, signing_key))
        return None if row is None else _make(MemberRow, _M_COLS, row)

    def members_of_contact(self, contact_id: str) -> list[MemberRow]:
        return [_make(MemberRow, _M_COLS, r) for r in self.db.all(
            f"SELECT {', '.join(_M_COLS)} FROM programme_members WHERE contact_id = ?",
            (contact_id,))]

    def members(self, programme_id: str, states: tuple[str, ...] = ()) -> list[MemberRow]:
        marks = ", ".join("?" * len(states))
        where = f" AND state IN ({marks})" if states else ""
        return [_make(MemberRow, _M_COLS, r) for r in self.db.all(
            f"SELECT {', '.join(_M_COLS)} FROM programme_members WHERE programme_id = ?"
            f"{where} ORDER BY joined_at, member_id", (programme_id, *states))]

    def count_members(self, programme_id: str, states: tuple[str, ...]) -> int:
        marks = ", ".join("?" * len(states))
        return int(self.db.scalar(
            f"SELECT count(*) FROM programme_members WHERE programme_id = ? "
            f"AND state IN ({marks})", (programme_id, *states)))

    def update_member(self, programme_id: str, member_id: str, **values: Any) -> None:
        self._update("programme_members", _M_COLS, "programme_id = ? AND member_id = ?",
                     (programme_id, member_id), values)

    def delete_member(self, programme_id: str, member_id: str) -> None:
        """The member's row and everything kept of them for this programme (summaries,
        shortlists and rankings)."""
        self.db.execute("DELETE FROM programme_summaries WHERE programme_id = ? "
                        "AND member_id = ?", (programme_id, member_id))
        self.db.execute("DELETE FROM programme_shortlists WHERE programme_id = ? "
                        "AND member_id = ?", (programme_id, member_id))
        self.db.execute("DELETE FROM programme_members WHERE programme_id = ? "
                        "AND member_id = ?", (programme_id, member_id))

    # -- tombstones ----------------------------------------------------------------------------
    def add_tombstone(self, programme_id: str, key_hash: bytes, at: int) -> None:
        self.db.execute("INSERT INTO programme_tombstones(programme_id, key_hash, left_at) "
                        "VALUES (?, ?, ?) ON CONFLICT(programme_id, key_hash) DO UPDATE SET "
                        "left_at = max(left_at, excluded.left_at)", (programme_id, key_hash, at))

    def tombstone(self, programme_id: str, key_hash: bytes) -> int | None:
        value = self.db.scalar("SELECT left_at FROM programme_tombstones WHERE programme_id = ? "
                               "AND key_hash = ?", (programme_id, key_hash))
        return None if value is None else int(value)

    # -- pairs (at the coordinator) ------------------------------------------------------------
    def add_pair(self, row: PairRow) -> None:
        self.db.execute(f"INSERT INTO programme_pairs({', '.join(_PAIR_COLS)}) VALUES "
                        f"({', '.join('?' * len(_PAIR_COLS))})",
                        tuple(_in(c, getattr(row, c)) for c in _PAIR_COLS))

    def pairs(self, programme_id: str, state: str | None = None) -> list[PairRow]:
        return [_make(PairRow, _PAIR_COLS, r) for r in self.db.all(
            f"SELECT {', '.join(_PAIR_COLS)} FROM programme_pairs WHERE programme_id = ? "
            "AND (? IS NULL OR state = ?) ORDER BY created_at, id",
            (programme_id, state, state))]

    def pairs_of(self, programme_id: str, member_id: str) -> list[PairRow]:
        return [_make(PairRow, _PAIR_COLS, r) for r in self.db.all(
            f"SELECT {', '.join(_PAIR_COLS)} FROM programme_pairs WHERE programme_id = ? "
            "AND mentee_id = ? UNION "
            f"SELECT {', '.join(_PAIR_COLS)} FROM programme_pairs WHERE programme_id = ? "
            "AND mentor_id = ? ORDER BY created_at, id",
            (programme_id, member_id, programme_id, member_id))]

    def pair(self, pair_id: str) -> PairRow | None:
        row = self.db.one(f"SELECT {', '.join(_PAIR_COLS)} FROM programme_pairs WHERE id = ?",
                          (pair_id,))
        return None if row is None else _make(PairRow, _PAIR_COLS, row)

    def update_pair(self, pair_id: str, **values: Any) -> None:
        self._update("programme_pairs", _PAIR_COLS, "id = ?", (pair_id,), values)

    def delete_pair(self, pair_id: str) -> None:
        self.db.execute("DELETE FROM programme_pairs WHERE id = ?", (pair_id,))

    # -- peers, cards (at a participant) -------------------------------------------------------
    def put_peer(self, row: PeerRow) -> None:
        self.db.execute(f"INSERT OR REPLACE INTO programme_peers({', '.join(_PEER_COLS)}) "
                        f"VALUES ({', '.join('?' * len(_PEER_COLS))})",
                        tuple(_in(c, getattr(row, c)) for c in _PEER_COLS))

    def peer(self, programme_id: str, peer_key: bytes) -> PeerRow | None:
        row = self.db.one(f"SELECT {', '.join(_PEER_COLS)} FROM programme_peers "
                          "WHERE programme_id = ? AND peer_key = ?", (programme_id, peer_key))
        return None if row is None else _make(PeerRow, _PEER_COLS, row)

    def peers(self, programme_id: str) -> list[PeerRow]:
        return [_make(PeerRow, _PEER_COLS, r) for r in self.db.all(
            f"SELECT {', '.join(_PEER_COLS)} FROM programme_peers WHERE programme_id = ? "
            "ORDER BY introduced_at", (programme_id,))]

    def update_peer(self, programme_id: str, peer_key: bytes, **values: Any) -> None:
        self._update("programme_peers", _PEER_COLS, "programme_id = ? AND peer_key = ?",
                     (programme_id, peer_key), values)

    def add_card(self, row: CardRow) -> bool:
        """Keep a card; False (nothing written) if its id is held already."""
        cur = self.db.execute(f"INSERT OR IGNORE INTO programme_cards({', '.join(_CARD_COLS)}) "
                              f"VALUES ({', '.join('?' * len(_CARD_COLS))})",
                              tuple(_in(c, getattr(row, c)) for c in _CARD_COLS))
        return bool(cur.rowcount)

    def cards(self, programme_id: str | None = None) -> list[CardRow]:
        return [_make(CardRow, _CARD_COLS, r) for r in self.db.all(
            f"SELECT {', '.join(_CARD_COLS)} FROM programme_cards WHERE "
            "(? IS NULL OR programme_id = ?) ORDER BY issued, id",
            (programme_id, programme_id))]

    # -- shortlists and rankings ---------------------------------------------------------------
    def add_shortlist(self, row: ShortlistRow) -> bool:
        """Keep a shortlist; False (nothing written) if its id is held already."""
        cur = self.db.execute(f"INSERT OR IGNORE INTO programme_shortlists({', '.join(_SL_COLS)}) "
                              f"VALUES ({', '.join('?' * len(_SL_COLS))})",
                              tuple(_in(c, getattr(row, c)) for c in _SL_COLS))
        return bool(cur.rowcount)

    def shortlist(self, programme_id: str, shortlist_id: str) -> ShortlistRow | None:
        row = self.db.one(f"SELECT {', '.join(_SL_COLS)} FROM programme_shortlists "
                          "WHERE programme_id = ? AND id = ?", (programme_id, shortlist_id))
        return None if row is None else _make(ShortlistRow, _SL_COLS, row)

    def shortlists(self, programme_id: str, member_id: str | None = None,
                   mine: bool = False) -> list[ShortlistRow]:
        """A member's shortlists (C), or with `mine` those this participant received (P);
        otherwise every one of the programme. Oldest first."""
        where = " AND member_id IS NULL" if mine else \
            (" AND member_id = ?" if member_id is not None else "")
        args = (programme_id,) if mine or member_id is None else (programme_id, member_id)
        return [_make(ShortlistRow, _SL_COLS, r) for r in self.db.all(
            f"SELECT {', '.join(_SL_COLS)} FROM programme_shortlists WHERE programme_id = ?"
            f"{where} ORDER BY issued, id", args)]

    def set_ranking(self, programme_id: str, shortlist_id: str, ranking: list[str],
                    at: int) -> None:
        self._update("programme_shortlists", _SL_COLS, "programme_id = ? AND id = ?",
                     (programme_id, shortlist_id), {"ranking": ranking, "ranked_at": at})

    # -- summaries -----------------------------------------------------------------------------
    def put_summary(self, row: SummaryRow) -> bool:
        """Keep the summary unless one with a greater or equal `at` is held for the same
        participant, pair and period; True if it was kept."""
        held = self.db.scalar("SELECT at FROM programme_summaries WHERE programme_id = ? AND "
                              "member_id = ? AND conv = ? AND period = ?",
                              (row.programme_id, row.member_id, row.conv, row.period))
        if held is not None and int(held) >= row.at:
            return False
        self.db.execute(f"INSERT OR REPLACE INTO programme_summaries({', '.join(_SUM_COLS)}) "
                        f"VALUES ({', '.join('?' * len(_SUM_COLS))})",
                        tuple(getattr(row, c) for c in _SUM_COLS))
        return True

    def summaries(self, programme_id: str) -> list[SummaryRow]:
        return [_make(SummaryRow, _SUM_COLS, r) for r in self.db.all(
            f"SELECT {', '.join(_SUM_COLS)} FROM programme_summaries WHERE programme_id = ? "
            "ORDER BY period, member_id, conv", (programme_id,))]

    def summaries_of(self, programme_id: str, member_id: str) -> list[SummaryRow]:
        """One member's summaries (by the primary key, not a scan of the programme's)."""
        return [_make(SummaryRow, _SUM_COLS, r) for r in self.db.all(
            f"SELECT {', '.join(_SUM_COLS)} FROM programme_summaries WHERE programme_id = ? "
            "AND member_id = ? ORDER BY period, conv", (programme_id, member_id))]

    def delete_summary(self, programme_id: str, member_id: str, conv: str, period: str) -> None:
        self.db.execute("DELETE FROM programme_summaries WHERE programme_id = ? AND "
                        "member_id = ? AND conv = ? AND period = ?",
                        (programme_id, member_id, conv, period))

    def sent_digest(self, programme_id: str, conv: str, period: str) -> str | None:
        value = self.db.scalar("SELECT digest FROM programme_sent_summaries WHERE "
                               "programme_id = ? AND conv = ? AND period = ?",
                               (programme_id, conv, period))
        return None if value is None else str(value)

    def record_sent(self, programme_id: str, conv: str, period: str, digest: str,
                    at: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO programme_sent_summaries(programme_id, conv, "
                        "period, digest, sent_at) VALUES (?, ?, ?, ?, ?)",
                        (programme_id, conv, period, digest, at))

    def memo(self, programme_id: str, item: str, true_value: int) -> int | None:
        value = self.db.scalar("SELECT sent_value FROM programme_pulse_memo WHERE "
                               "programme_id = ? AND item = ? AND true_value = ?",
                               (programme_id, item, true_value))
        return None if value is None else int(value)

    def memos(self, programme_id: str) -> list[tuple[str, int, int]]:
        """Every memoised answer: (item, true value, value sent)."""
        return [(str(r[0]), int(r[1]), int(r[2])) for r in self.db.all(
            "SELECT item, true_value, sent_value FROM programme_pulse_memo WHERE "
            "programme_id = ? ORDER BY item, true_value", (programme_id,))]

    def set_memo(self, programme_id: str, item: str, true_value: int, sent_value: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO programme_pulse_memo(programme_id, item, "
                        "true_value, sent_value) VALUES (?, ?, ?, ?)",
                        (programme_id, item, true_value, sent_value))

    def outbox_of_kind(self, contact_id: str, kind: str) -> list[tuple[int, bytes, int]]:
        """(row id, content, created_at) of what waits in the outbox for a (hidden) contact."""
        return [(int(r[0]), bytes(r[1]), int(r[2])) for r in self.db.all(
            "SELECT id, payload, created_at FROM outbox WHERE contact_id = ? AND kind = ? "
            "ORDER BY id", (contact_id, kind))]

    def outbox_rows(self, contact_id: str, since: int | None = None) -> int:
        """Envelopes still waiting in the outbox for a (hidden) contact (queued at `since` or
        later, if given)."""
        return int(self.db.scalar("SELECT count(*) FROM outbox WHERE contact_id = ? "
                                  "AND created_at >= ?", (contact_id, since or 0)))

    # -- aggregates of closed periods ----------------------------------------------------------
    def close_period(self, programme_id: str, period: str, aggregate: str | None,
                     at: int) -> int:
        """Close a reporting month in one transaction: keep its `aggregate` (None: one is
        already kept, leave it) and delete the month's individual summaries; how many went."""
        with self.db.transaction():
            if aggregate is not None:
                self.db.execute("INSERT INTO programme_aggregates(programme_id, period, "
                                "aggregate, closed_at) VALUES (?, ?, ?, ?)",
                                (programme_id, period, aggregate, at))
            cur = self.db.execute("DELETE FROM programme_summaries WHERE programme_id = ? "
                                  "AND period = ?", (programme_id, period))
            return int(cur.rowcount)

    def aggregates(self, programme_id: str) -> list[tuple[str, str]]:
        """(period, aggregate JSON) of every closed month, oldest first."""
        return [(str(r[0]), str(r[1])) for r in self.db.all(
            "SELECT period, aggregate FROM programme_aggregates WHERE programme_id = ? "
            "ORDER BY period", (programme_id,))]

    # -- internals -----------------------------------------------------------------------------
    def _update(self, table: str, columns: tuple[str, ...], where: str, key: tuple[Any, ...],
                values: dict[str, Any]) -> None:
        unknown = set(values) - set(columns)
        if unknown:
            raise ValueError(f"unknown column(s) of {table}: {sorted(unknown)}")
        if not values:
            return
        names = sorted(values)
        self.db.execute(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} "
                        f"WHERE {where}", (*(_in(n, values[n]) for n in names), *key))


__all__ = ["CardRow", "MemberRow", "PairRow", "PeerRow", "ProgrammeRepo", "ProgrammeRow",
           "ShortlistRow", "SummaryRow"]
