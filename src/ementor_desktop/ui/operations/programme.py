"""Programme jobs the GUI runs off the GUI thread: the programmes this app coordinates or takes
part in, creating one, joining one and consenting, the coordinator's cohort (admit, decline,
propose and apply a matching, the report and its CSV; pausing, resuming and ending pairs,
removing a participant, closing, the concerns received), a participant's match cards, leaving,
asking for a rematch, narrowing the reporting allowed and raising a concern.

The rules are the domain's (`domain/programme.py`, which the CLI calls too); these gather what a
view shows in one job and turn a view's request into the service call. Creating and joining talk
to the relay: they run on the worker with `Vault.mutex` held only by the service around its own
database work (`worker.call`), so the sync engine is never held up by the network. None of this
touches Qt.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from ementor_desktop.domain import profile as profile_service
from ementor_desktop.domain import programme as service
from ementor_desktop.domain import programme_pairs as pairs_service
from ementor_desktop.domain import programme_ranking as ranking
from ementor_desktop.domain import programme_selfservice as selfservice
from ementor_desktop.domain import programme_terms as pterms
from ementor_desktop.domain.models import Role
from ementor_desktop.domain.programme_types import (
    HeldCard,
    ParticipantRow,
    ProgrammeInfo,
    ProgrammeReport,
)
from ementor_desktop.domain.settings import Settings
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import programme_schema as schema
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.protocol.profile_schema import CARD_FIELDS
from ementor_desktop.store.atomic import write_atomic
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault

#: The terms' matching configuration when they name none (`programme_terms`' rule).
NO_MATCHING_FILE = hashlib.sha256(b"").hexdigest()


# -- the list ------------------------------------------------------------------------------------

def programmes(vault: Vault) -> list[ProgrammeInfo]:
    """Every programme of this vault, coordinated ones first, each group by name."""
    infos = service.programmes(vault)
    return sorted(infos, key=lambda i: (i.role != "coordinator", clean_name(i.name).casefold()))


def default_relay(vault: Vault) -> str:
    """The relay a new programme starts on: the person's own."""
    with vault.mutex:
        value = Settings(Repos.over(vault.db).settings).get("relay_url")
    return value if isinstance(value, str) else ""


def _info(vault: Vault, programme_id: str) -> ProgrammeInfo:
    for info in service.programmes(vault):
        if info.id == programme_id:
            return info
    raise UsageError("This programme is no longer in this app.")


# -- creating (the coordinator) ------------------------------------------------------------------

def create(vault: Vault, name: str, relay_url: str, config_path: str = "") -> ProgrammeInfo:
    """A new programme on `relay_url` (the enrolment code is in the returned info). Runs with
    the vault's mutex free: the service takes it around its database work."""
    if not name.strip():
        raise UsageError("Give the programme a name.")
    if not relay_url.strip():
        raise UsageError("Give the relay the programme runs on (your own relay is a good "
                         "choice).")
    path = Path(config_path.strip()).expanduser() if config_path.strip() else None
    info = service.create_programme(vault, name=name.strip(), relay_url=relay_url.strip(),
                                    config_path=path)
    vault.outbox_changed()  # the sync engine starts listening on the new join mailbox now
    return info


# -- the cohort (the coordinator) ----------------------------------------------------------------

@dataclass(frozen=True)
class Cohort:
    """What a coordinator's programme page shows."""

    info: ProgrammeInfo
    rows: tuple[ParticipantRow, ...]
    needs_matching_file: bool  # the terms name a matching configuration file
    pairs: tuple[pairs_service.PairInfo, ...] = ()  # every pair, oldest first


def cohort(vault: Vault, programme_id: str) -> Cohort:
    info = _info(vault, programme_id)
    rows = tuple(service.participants(vault, programme_id))
    return Cohort(info, rows, _needs_matching_file(vault, programme_id),
                  tuple(pairs_service.pairs(vault, programme_id)))


def _needs_matching_file(vault: Vault, programme_id: str) -> bool:
    terms = _held_terms(vault, programme_id)
    return terms is not None and terms.matching.config != NO_MATCHING_FILE


def admit(vault: Vault, programme_id: str, member_id: str) -> ParticipantRow:
    return service.admit(vault, member_id, programme_id)


def decline(vault: Vault, programme_id: str, member_id: str) -> str:
    return service.decline(vault, member_id, programme_id)


def propose(vault: Vault, programme_id: str, config_path: str = "") -> service.Proposal:
    path = Path(config_path) if config_path else None
    return service.match(vault, programme_id, config_path=path)


def apply(vault: Vault, programme_id: str, config_path: str = "") -> service.Proposal:
    """Match again and apply: sign every card and queue each introduction. (The service runs
    the engine anew; over an unchanged cohort it proposes what was shown.)"""
    path = Path(config_path) if config_path else None
    proposal = service.match(vault, programme_id, apply=True, config_path=path)
    vault.outbox_changed()
    return proposal


# -- the report ----------------------------------------------------------------------------------

def report(vault: Vault, programme_id: str) -> ProgrammeReport:
    return service.report(vault, programme_id)


def export_csv(vault: Vault, programme_id: str, path: str) -> str:
    """The report as CSV, written atomically (owner-only); returns the file's name."""
    from ementor_desktop.domain.programme_report import report_csv

    built = service.report(vault, programme_id)
    target = Path(path)
    write_atomic(target, report_csv(built).encode("utf-8"), "the report")  # errors: a sentence
    return target.name


# -- joining (a participant) ---------------------------------------------------------------------

def join(vault: Vault, code: str) -> ProgrammeInfo:
    """Join with an enrolment code, without consenting: the person reads the terms first. The
    role is asked with the terms; a coordinator's profile joins as a mentee until then. Runs
    with the vault's mutex free (the service reaches the relay)."""
    with vault.mutex:
        profile = Repos.over(vault.db).profile.get()
    role = "mentee" if profile is None or profile.role is Role.COORDINATOR else None
    return service.join_programme(vault, code, role=role)


@dataclass(frozen=True)
class Joining:
    """A programme one takes part in, as the join dialog needs it."""

    info: ProgrammeInfo
    terms: schema.Terms | None  # the terms to decide on (changed ones first); None: not yet


def _held_terms(vault: Vault, programme_id: str, *, pending_first: bool = False,
                ) -> schema.Terms | None:
    with vault.mutex:
        row = Repos.over(vault.db).programmes.get(programme_id)
    if row is None:
        return None
    text = (row.pending_terms or row.terms) if pending_first else row.terms
    return pterms.parse_terms(text) if text else None


def joining(vault: Vault, programme_id: str) -> Joining:
    info = _info(vault, programme_id)
    return Joining(info, _held_terms(vault, programme_id, pending_first=True))


def prefill(vault: Vault) -> dict[str, Any]:
    """The person's workspace profile in the wire shape the join dialog starts its answers
    with (every field it holds, whoever may see it: it stays on this computer)."""
    with vault.mutex:
        profile = Repos.over(vault.db).profile.get()
    return profile_service.build_card(profile, CARD_FIELDS) if profile is not None else {}


def consent(vault: Vault, programme_id: str, role: str, scopes: Sequence[str],
            fields: Mapping[str, Any]) -> ProgrammeInfo:
    """Consent with the answers given in the join dialog. The service sends the person's
    profile: answers that differ from it are saved to the profile first (what contacts see of
    it stays as the person set it); a programme's own questions and the department go as
    answers. A changed answer to a field the terms mark sensitive is not put in the profile:
    the person changes it there themselves."""
    terms = _held_terms(vault, programme_id, pending_first=True)
    if terms is None:
        raise UsageError("The programme's terms have not arrived yet: wait for the next sync.")
    before = prefill(vault)
    answers: dict[str, str] = {}
    changes: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "extra" and isinstance(value, Mapping):
            answers.update({f"extra.{k}": str(v) for k, v in value.items()})
        elif name == "department":
            answers["department"] = str(value)
        elif name in CARD_FIELDS and before.get(name) != value:
            spec = terms.spec(name)
            if spec is not None and spec.sensitive:
                label = pterms.field_label(spec)
                raise UsageError(f"“{label}” is sensitive in this programme and is sent from "
                                 "your profile: change it there (Edit my profile…), then "
                                 "consent again.")
            changes[name] = value
    if changes:
        profile_service.save_profile(vault, **changes)
    return service.consent_programme(vault, programme_id, role=role, scopes=list(scopes),
                                     answers=answers)


def decline_terms(vault: Vault, programme_id: str) -> ProgrammeInfo:
    """Decline the terms: leave the programme (nothing about the person was sent)."""
    return service.leave(vault, programme_id)


# -- a participant's cards, introductions, leaving -----------------------------------------------

def match_card(vault: Vault, programme_id: str | None = None,
               contact_id: str | None = None) -> HeldCard | None:
    """The newest card of a programme (or the card introducing `contact_id`)."""
    cards = service.match_cards(vault)
    if contact_id is not None:
        cards = [c for c in cards if c.peer_contact_id == contact_id]
    if programme_id is not None:
        cards = [c for c in cards if c.programme_id == programme_id]
    if not cards:
        return None
    return max(cards, key=_issued)


def _issued(card: HeldCard) -> int:
    value = card.card.get("issued")
    return value if isinstance(value, int) else 0


@dataclass(frozen=True)
class Introduction:
    """Who introduced a contact: the programme, and whether the person verified them since."""

    contact_id: str
    programme_name: str
    verified: bool


def introduction(vault: Vault, contact_id: str) -> Introduction | None:
    """The programme that introduced this contact, if one did."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        contact = repos.contacts.get(contact_id)
        if contact is None or not isinstance(contact.profile, dict):
            return None
        programme_id = contact.profile.get("introduced_by")
        row = repos.programmes.get(programme_id) if isinstance(programme_id, str) else None
        if row is None:
            return None
        return Introduction(contact_id, row.name, contact.verified)


def leave(vault: Vault, programme_id: str, reason: str | None) -> ProgrammeInfo:
    return service.leave(vault, programme_id, reason)


# -- a participant's pairs, reporting and concerns -----------------------------------------------

@dataclass(frozen=True)
class MyPair:
    """Someone a programme paired this person with, as the participant's dialogs list them."""

    key: str  # their signing key, 64 hex
    name: str  # as this app's contact knows them (they chose it: plain text)
    active: bool


@dataclass(frozen=True)
class MyProgramme:
    """What "Ask for a rematch…", "Reporting I allow…" and "Raise a concern…" start from."""

    info: ProgrammeInfo
    pairs: tuple[MyPair, ...]  # every pair, the active ones first
    scopes: tuple[str, ...]  # the reporting scopes consented to now (only narrowed here)


def my_programme(vault: Vault, programme_id: str) -> MyProgramme:
    info = _info(vault, programme_id)
    with vault.mutex:
        repos = Repos.over(vault.db)
        row = repos.programmes.get(programme_id)
        found: list[MyPair] = []
        for peer in repos.programmes.peers(programme_id):
            contact = repos.contacts.get(peer.contact_id or "")
            found.append(MyPair(peer.peer_key.hex(),
                                contact.display_name if contact is not None else "",
                                peer.state == "active"))
    scopes: tuple[str, ...] = ()
    if row is not None and row.my_consent:
        held = msgspec.json.decode(row.my_consent.encode(), type=schema.Consent)
        scopes = tuple(held.scopes)
    found.sort(key=lambda pair: not pair.active)
    return MyProgramme(info, tuple(found), scopes)


def rematch(vault: Vault, programme_id: str, peer_key: str, note: str) -> str:
    return pairs_service.rematch(vault, peer_key, note.strip() or None, programme_id)


def withdraw(vault: Vault, programme_id: str, keep: Sequence[str]) -> ProgrammeInfo:
    return service.withdraw(vault, list(keep), programme_id)


def concern(vault: Vault, programme_id: str, category: str, text: str, about: str | None,
            may_contact: bool) -> selfservice.ConcernView:
    return selfservice.concern(vault, category=category, text=text, about=about or None,
                               may_contact=may_contact, ref=programme_id)


# -- the coordinator's pairs, removing, closing, concerns ------------------------------------------

def pairs(vault: Vault, programme_id: str) -> list[pairs_service.PairInfo]:
    return pairs_service.pairs(vault, programme_id)


def pair_action(vault: Vault, programme_id: str, action: str, pair_id: str,
                reason: str) -> pairs_service.PairInfo:
    """Pause, resume or end a pair (by its id) with the coordinator's reason."""
    if action == "pause":
        return pairs_service.pause(vault, pair_id, reason, programme_id)
    if action == "resume":
        return pairs_service.resume(vault, pair_id, reason or None, programme_id)
    if action == "end":
        return pairs_service.end(vault, pair_id, reason, programme_id)
    raise UsageError("A pair is paused, resumed or ended.")


def remove(vault: Vault, programme_id: str, member_id: str, reason: str) -> str:
    return pairs_service.remove(vault, member_id, reason, programme_id)


def close(vault: Vault, programme_id: str) -> ProgrammeInfo:
    return pairs_service.close(vault, programme_id)


def concerns(vault: Vault, programme_id: str) -> list[selfservice.ConcernView]:
    """The reports of misconduct received, newest first."""
    return sorted(selfservice.concerns(vault, programme_id), key=lambda c: -c.at)




# -- a participant's shortlist and a mentor's offers (ranking, self-service) ----------------------

@dataclass(frozen=True)
class Shortlists:
    """What "My shortlist…" shows: a shortlist to rank, or (self-service, a mentee) the live
    shortlists to ask from. `mode` is "rank" or "request"."""

    info: ProgrammeInfo
    mode: str
    ranked: ranking.HeldShortlist | None = None
    requests: tuple[selfservice.ShortlistView, ...] = ()


def shortlists(vault: Vault, programme_id: str) -> Shortlists:
    info = _info(vault, programme_id)
    terms = _held_terms(vault, programme_id)
    if terms is not None and selfservice.self_service(terms):
        views = selfservice.shortlist(vault, programme_id) if info.role == "mentee" else []
        return Shortlists(info, "request", requests=tuple(views))
    return Shortlists(info, "rank", ranked=ranking.my_shortlist(vault, programme_id))


def rank(vault: Vault, programme_id: str, order: Sequence[str]) -> ranking.HeldShortlist:
    return ranking.rank(vault, list(order), programme_id)


def request(vault: Vault, programme_id: str, candidate: str,
            note: str) -> selfservice.AskView:
    return selfservice.request(vault, candidate, note.strip() or None, programme_id)


def offers(vault: Vault, programme_id: str) -> tuple[ProgrammeInfo, list[selfservice.AskView]]:
    """A mentor's offers (who asked for them) or a mentee's own requests, by the person's role
    in the programme, as the service lists them."""
    info = _info(vault, programme_id)
    side = "mentee" if info.role == "mentee" else "mentor"
    return info, selfservice.asks(vault, side, programme_id)


def reply(vault: Vault, programme_id: str, request_id: str, action: str, reason: str | None,
          note: str) -> selfservice.AskView:
    return selfservice.reply(vault, request_id, action, reason=reason,
                             note=note.strip() or None, ref=programme_id)


__all__ = ["Cohort", "Introduction", "Joining", "MyPair", "MyProgramme", "Shortlists",
           "admit", "apply", "close", "cohort", "concern", "concerns", "consent", "create",
           "decline", "decline_terms", "default_relay", "export_csv", "introduction", "join",
           "joining", "leave", "match_card", "my_programme", "offers", "pair_action", "pairs",
           "prefill", "programmes", "propose", "rank", "rematch", "remove", "reply", "report",
           "request", "shortlists", "withdraw"]
