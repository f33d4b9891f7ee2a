"""Participants' input into their match (docs/protocol.md Part 4 §6, `matching.rank`): the
coordinator's shortlists, a participant's view of the shortlist it holds and the ranking it
sends. The rankings themselves are read by `programme.match` (rank-maximal matching).

Who is on whose shortlist is `matching/shortlist.py`'s (each side's best acceptable
candidates); what an entry says is `programme_cards.shortlist_entries`' (only fields the terms
show to `candidates`, sensitive criteria as one line). A shortlist is cut to fit one envelope.
Candidate ids are made afresh for each entry, so a ranking names nobody to anyone but C.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from ementor_desktop import log
from ementor_desktop.domain import programme as service
from ementor_desktop.domain import programme_inbox as pin
from ementor_desktop.domain.programme_types import ProgrammeInfo
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import programme_schema as schema
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.programmes import ShortlistRow
from ementor_desktop.store.vault import Vault, now_ms

#: How long a shortlist takes a ranking (Part 4 §6: 7 days by default).
SHORTLIST_MS = 7 * 86_400_000
#: Room for the envelope's header around a shortlist body (id, conv, kind, sent, braces).
HEADER_ROOM = 512


@dataclass
class ShortlistProposal:
    """The shortlists computed for the enrolled participants with a free place: per member,
    the candidates' names and scores, best first (and whether they were sent)."""

    programme: ProgrammeInfo
    lists: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # member id -> name
    max_milli: int = 0
    sent: int = 0
    cut: dict[str, int] = field(default_factory=dict)  # member id -> entries left out to fit


def _fits(body: schema.ShortlistBody) -> bool:
    plain = schema.encode_body(body)
    size = len(json.dumps(plain, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return size + HEADER_ROOM <= schema.MAX_CONTENT


def shortlist(vault: Vault, ref: str | None = None, *, send: bool = False,
              config_path: Path | None = None) -> ShortlistProposal:
    """Each enrolled participant with a free place gets up to `matching.shortlist` of the best
    acceptable people of the other role to rank; with `send`, each list goes to its
    participant (expiring after 7 days), cut to fit one envelope."""
    from ementor_desktop.domain.programme_cards import Candidate, shortlist_entries
    from ementor_desktop.matching import score_cohort, shortlists

    with vault.mutex:
        repos = Repos.over(vault.db)
        p = service.find_programme(repos, ref, coordinating=True)
        service.refuse_closed(p)
        terms = pin.terms_of(p)
        if not terms.matching.rank:
            raise UsageError(f"{clean_name(p.name)}'s terms do not ask participants to rank "
                             "(matching.rank is false): run `ementor programme match`.")
        free = service.free_members(repos, p)
        if not any(m.role == "mentee" for m in free) or not any(m.role == "mentor"
                                                                for m in free):
            raise UsageError("Shortlists need at least one enrolled mentee and one mentor with "
                             "a free place.")
        parts = service.cohort_of(repos, p, free, terms)
        info = service.info_of(repos, p)
    config = service._config(p, config_path)
    scored = score_cohort(parts.cohort, config)
    lists = shortlists(scored, config, terms.matching.shortlist)
    proposal = ShortlistProposal(programme=info, max_milli=lists.max_milli,
                                 names={m.member_id: m.display_name for m in free})
    offered: dict[str, list[Any]] = {}
    for engine_id, entries in (*lists.mentees.items(), *lists.mentors.items()):
        member_id = parts.ids[engine_id]
        proposal.lists[member_id] = [(parts.by_member[parts.ids[e.candidate_id]].display_name,
                                      e.score_milli) for e in entries]
        candidates = []
        member_of: dict[str, str] = {}  # candidate id -> the candidate's member id
        for entry in entries:
            other = parts.by_member[parts.ids[entry.candidate_id]]
            candidate = secrets.token_hex(16)
            member_of[candidate] = other.member_id
            candidates.append(Candidate(
                engine_id=entry.candidate_id, candidate=candidate,
                name=other.display_name or "Participant", headline=other.headline,
                profile=msgspec.convert(other.profile, schema.ProfileFields, strict=True)))
        if candidates:
            offered[member_id] = [shortlist_entries(scored, engine_id, candidates, terms=terms),
                                  member_of]
    if send and offered:
        _send(vault, p.id, offered, proposal)
    return proposal


def _send(vault: Vault, programme_id: str, offered: dict[str, list[Any]],
          proposal: ShortlistProposal) -> None:
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = repos.programmes.get(programme_id)
        assert p is not None
        for member_id, (entries, member_of) in offered.items():
            member = repos.programmes.member(p.id, member_id)
            contact = repos.contacts.get(member.contact_id or "") if member else None
            if member is None or contact is None:
                continue
            sid = secrets.token_hex(16)
            kept = list(entries)
            while True:
                body = schema.ShortlistBody(v=schema.VERSION, programme=p.id, shortlist=sid,
                                            issued=now, expires=now + SHORTLIST_MS,
                                            mode="rank", entries=kept)
                if _fits(body) or len(kept) == 1:
                    break
                kept = kept[:-1]
            if not _fits(body):
                log.domain.warning("a shortlist entry does not fit an envelope; not sent")
                continue
            if len(kept) < len(entries):
                proposal.cut[member_id] = len(entries) - len(kept)
            repos.programmes.add_shortlist(ShortlistRow(
                programme_id=p.id, id=sid, member_id=member_id, mode="rank", issued=now,
                expires=now + SHORTLIST_MS,
                entries={e.candidate: member_of[e.candidate] for e in kept}))
            pin.queue(repos, contact, schema.KIND_SHORTLIST, body, now)
            proposal.sent += 1
    vault.outbox_changed()
    log.domain.info("programme shortlists queued: %d", proposal.sent)


# -- a participant -------------------------------------------------------------------------------

@dataclass(frozen=True)
class HeldShortlist:
    """The latest shortlist this participant holds for a programme, as received (entries
    hold only what the terms show to `candidates`), and the ranking sent, if any."""

    programme_id: str
    programme_name: str
    shortlist_id: str
    mode: str
    issued: int
    expires: int
    expired: bool
    entries: list[dict[str, Any]]
    ranking: list[str] | None


def _latest(repos: Repos, programme_id: str) -> ShortlistRow | None:
    rows = [r for r in repos.programmes.shortlists(programme_id, mine=True) if r.mode == "rank"]
    return rows[-1] if rows else None


def _held(p_name: str, row: ShortlistRow, now: int) -> HeldShortlist:
    entries = row.entries if isinstance(row.entries, list) else []
    return HeldShortlist(programme_id=row.programme_id, programme_name=p_name,
                         shortlist_id=row.id, mode=row.mode, issued=row.issued,
                         expires=row.expires, expired=now > row.expires,
                         entries=[e for e in entries if isinstance(e, dict)],
                         ranking=row.ranking)


def my_shortlist(vault: Vault, ref: str | None = None) -> HeldShortlist | None:
    """The latest shortlist to rank of a programme this vault takes part in (None: none yet)."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        p = service.find_programme(repos, ref, coordinating=False)
        row = _latest(repos, p.id)
        return None if row is None else _held(p.name, row, now_ms())


def _choice(held: HeldShortlist, text: str) -> str:
    ids = [str(e.get("candidate", "")) for e in held.entries]
    value = text.strip().lower()
    if value.isdigit() and 1 <= int(value) <= len(ids):
        return ids[int(value) - 1]
    found = [c for c in ids if len(value) >= 4 and c.startswith(value)]
    if len(found) == 1:
        return found[0]
    raise UsageError(f"{clean_name(text)[:40]!r} is not on your shortlist: give the numbers or "
                     "ids `ementor programme rank` shows.")


def rank(vault: Vault, choices: list[str], ref: str | None = None) -> HeldShortlist:
    """Rank the shortlist held (best first: its numbers or candidate ids); the coordinator
    takes the latest ranking sent before the shortlist expires."""
    if not choices:
        raise UsageError("Name the candidates you rank, best first.")
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = service.find_programme(repos, ref, coordinating=False)
        if p.state in ("left", "declined", "removed", "closed"):
            raise UsageError(f"You are no longer in {clean_name(p.name)}.")
        row = _latest(repos, p.id)
        if row is None:
            raise UsageError(f"{clean_name(p.name)} has sent you no shortlist to rank yet.")
        held = _held(p.name, row, now)
        if held.expired:
            raise UsageError("Your shortlist has expired: the coordinator takes no ranking of "
                             "it any more (a new one may come).")
        order = [_choice(held, text) for text in choices]
        if len(set(order)) != len(order):
            raise UsageError("Each candidate is ranked once.")
        contact = repos.contacts.get(p.coordinator_id or "")
        if contact is None:
            raise UsageError("The programme's coordinator is not reachable from this vault.")
        pin.queue(repos, contact, schema.KIND_RANK,
                  schema.RankBody(v=schema.VERSION, programme=p.id, shortlist=row.id,
                                  order=order), now)
        repos.programmes.set_ranking(p.id, row.id, order, now)
        updated = repos.programmes.shortlist(p.id, row.id) or row
        result = _held(p.name, updated, now)
    vault.outbox_changed()
    log.domain.info("a programme ranking was queued")
    return result


__all__ = ["HeldShortlist", "ShortlistProposal", "my_shortlist", "rank", "shortlist"]
