"""Programme services (docs/protocol.md Part 4) that both front ends call: creating a programme
and its enrolment code, joining one and consenting, the coordinator's cohort (admit, decline,
match, introduce), a participant's cards, leaving and withdrawing, summaries and the report.

Every change is one vault transaction with the envelopes it queues ("commit before you send");
only creating a programme and joining one need the relay (they make the mailbox the code or the
join names), everything else works offline and leaves at the next sync. The sync engine asks
`wanted_mailboxes` for the routes a participant needs and hands them to `route_made`. Incoming
envelopes are `programme_inbox`'s. What the front ends get back are the plain records of
`programme_types`; nothing here returns or prints a sensitive field.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import requests

from ementor_desktop import log
from ementor_desktop.crypto.derive import conversation_id_for
from ementor_desktop.crypto.keys import BadPublicKey, check_box_key, check_signing_key
from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.crypto.signing import sign_detached, verify_detached
from ementor_desktop.domain import programme_inbox as pin
from ementor_desktop.domain import programme_periods
from ementor_desktop.domain import programme_terms as pterms
from ementor_desktop.domain.models import Contact, Role
from ementor_desktop.domain.profile import build_card
from ementor_desktop.domain.programme_types import (
    HeldCard,
    MyProgrammeState,
    ParticipantRow,
    ParticipantState,
    ProgrammeInfo,
    ProgrammeReport,
)
from ementor_desktop.domain.settings import admission_for
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import programme_schema as schema
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.protocol.content import CAPS
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.protocol.profile_schema import CARD_FIELDS
from ementor_desktop.protocol.relay_url import parse_relay_url
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.programmes import MemberRow, PairRow, ProgrammeRow, ShortlistRow
from ementor_desktop.store.vault import Vault, now_ms
from ementor_desktop.sync.relay_client import RelayClient

ROLES = ("mentor", "mentee")
_COLUMN = re.compile(r"[a-z][a-z0-9_]{0,31}")


# -- finding a programme -------------------------------------------------------------------------

def _find(repos: Repos, ref: str | None, *, coordinating: bool | None) -> ProgrammeRow:
    rows = [p for p in repos.programmes.all()
            if coordinating is None or (p.my_role == "coordinator") == coordinating]
    what = {True: "coordinate", False: "take part in", None: "have"}[coordinating]
    if ref is None:
        live = [p for p in rows if p.state not in ("left", "declined", "removed")] or rows
        if len(live) == 1:
            return live[0]
        if not live:
            raise UsageError(f"You {what} no programme yet.")
        names = ", ".join(f"{clean_name(p.name)} ({p.id})" for p in live)
        raise UsageError(f"You {what} several programmes ({names}): name one with "
                         "--programme.")
    wanted = clean_name(ref).casefold()
    found = [p for p in rows if p.id == ref] or \
        [p for p in rows if clean_name(p.name).casefold().startswith(wanted)]
    if not found:
        raise UsageError(f"No programme called {clean_name(ref)[:80]!r} that you {what}.")
    if len(found) > 1:
        names = ", ".join(f"{clean_name(p.name)} ({p.id})" for p in found)
        raise UsageError(f"{clean_name(ref)[:80]!r} could mean {names}: use the id.")
    return found[0]


def shortlist_mode(vault: Vault, ref: str | None) -> str | None:
    """Which shortlists `ementor programme shortlist` deals with: `rank` or `request` when this
    app coordinates the programme `ref` names (by its matching mode), None when it takes part."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        if not any(p.my_role == "coordinator" for p in repos.programmes.all()):
            return None
        try:
            p = _find(repos, ref, coordinating=True)
        except UsageError:
            return None
        if p.terms is None:
            return None
        return "request" if pin.terms_of(p).matching.mode == "self-service" else "rank"


def find_programme(repos: Repos, ref: str | None, *, coordinating: bool | None) -> ProgrammeRow:
    """The programme `ref` names (its id or the start of its name), or the only one; a
    UsageError that says what to do otherwise."""
    return _find(repos, ref, coordinating=coordinating)


def info_of(repos: Repos, p: ProgrammeRow) -> ProgrammeInfo:
    return _info(repos, p)


def _info(repos: Repos, p: ProgrammeRow) -> ProgrammeInfo:
    terms = pin.terms_of(p) if p.terms else None
    state = MyProgrammeState(p.state)
    code = None
    if p.my_role == "coordinator" and p.code_expires_at and p.closed_at is None \
            and p.code_expires_at * 1000 > now_ms():
        code = pin.code_of(p).encode()
    return ProgrammeInfo(
        id=p.id, name=p.name, relay_url=p.relay_url or "", state=state,
        role=p.my_role if p.my_role == "coordinator" or p.my_consent else "",
        code=code, code_expires_at=(p.code_expires_at or 0) * 1000 or None,
        coordinator_key=(p.coordinator_key or b"").hex(),
        purpose=terms.purpose if terms else "", benefits=terms.benefits if terms else "",
        expectations=terms.expectations if terms else "",
        organiser=terms.organiser if terms else "", starts=p.starts_on, ends=p.ends_on,
        terms_changed=p.pending_terms is not None,
        self_service=terms is not None and terms.matching.mode == "self-service")


def programmes(vault: Vault) -> list[ProgrammeInfo]:
    """Every programme this vault coordinates or takes part in."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        return [_info(repos, p) for p in repos.programmes.all()]


def programme_terms(vault: Vault, ref: str | None = None) -> tuple[ProgrammeInfo, list[str]]:
    """A programme and its terms as the person reads them before consenting (empty until the
    welcome arrived)."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        p = _find(repos, ref, coordinating=None)
        role = _wanted(p).get("role") or (p.my_role if p.my_role in ROLES else None)
        text = p.pending_terms or p.terms
        lines = pterms.describe(pterms.parse_terms(text), role) if text else []
        return _info(repos, p), lines


# -- creating (the coordinator) ------------------------------------------------------------------

def create_programme(vault: Vault, *, name: str, relay_url: str, config_path: Path | None = None,
                     session: requests.Session | None = None) -> ProgrammeInfo:
    """A new programme coordinated by this vault: its terms (from the TOML file, else the
    defaults), its join mailbox on the relay, and the enrolment code (in the returned info)."""
    name = clean_name(name)
    try:
        schema.check_line(name, 1, schema.MAX_PROGRAMME_NAME_BYTES, "name")
    except ValueError:
        raise UsageError("The programme's name is 1 to 200 bytes of text on one line.") from None
    try:
        relay_url = parse_relay_url(relay_url)
    except wire.ProtocolError as err:
        raise UsageError(f"That relay address cannot be used ({err}).") from None
    config, base = pterms.load_programme_file(config_path)
    source = str(config_path) if config_path else "programme file"
    programme_id = secrets.token_hex(16)
    with vault.mutex:
        repos = Repos.over(vault.db)
        me = repos.identity.get().public
        profile = repos.profile.get()
        organiser = profile.display_name if profile else name
        days = pterms.enrolment_days(config, source)
        token = pterms.admission_token(config, source) or admission_for(repos, relay_url)
    terms = pterms.make_terms(config, programme=programme_id, coordinator=me.signing_key.hex(),
                              name=name, organiser_default=clean_name(organiser) or name,
                              base=base, source=source)
    auth = MailboxAuthKey.generate()
    with RelayClient(relay_url, session) as client:
        ids = client.create_mailbox(auth, invite=token)
    now = now_ms()
    expires_s = now // 1000 + days * 86_400
    row = ProgrammeRow(
        id=programme_id, name=name, my_role="coordinator", state="coordinating", joined_at=now,
        relay_url=relay_url, coordinator_key=me.signing_key, coordinator_box=me.box_key,
        join_send_id=ids.send_id, secret=secrets.token_bytes(32), terms=pterms.canonical(terms),
        terms_hash=schema.terms_hash(terms), code_expires_at=expires_s,
        admission=pterms.admission_token(config, source), tombstone_secret=secrets.token_bytes(32),
        starts_on=terms.starts if isinstance(terms.starts, str) else None,
        ends_on=terms.ends if isinstance(terms.ends, str) else None)
    pin.code_of(row).encode()  # never store a programme whose code we would refuse
    with vault.mutex, vault.db.transaction():
        repos.programmes.add(row)
        repos.mailboxes.add(relay_url=relay_url, receive_id=ids.receive_id, send_id=ids.send_id,
                            auth_seed=auth.seed, purpose="invite", created_at=now,
                            expires_at=expires_s * 1000, programme_id=programme_id,
                            programme_use="join")
        info = _info(repos, row)
    log.domain.info("programme created")
    return info


# -- joining (a participant) ---------------------------------------------------------------------

def _check_role(role: str | None) -> str | None:
    if role is not None and role not in ROLES:
        raise UsageError("The role is mentor or mentee.")
    return role


def _check_scopes(scopes: Iterable[str] | None) -> list[str] | None:
    if scopes is None:
        return None
    chosen = list(dict.fromkeys(s.strip() for s in scopes if s.strip()))
    bad = [s for s in chosen if s not in schema.SCOPES]
    if bad:
        raise UsageError(f"Unknown reporting scope {bad[0][:30]!r}: choose among "
                         f"{', '.join(schema.SCOPES)} (or none).")
    return chosen


def _check_answers(answers: dict[str, str] | None) -> dict[str, str]:
    checked: dict[str, str] = {}
    for key, value in (answers or {}).items():
        if key != "department" and not (key.startswith("extra.")
                                        and _COLUMN.fullmatch(key[6:])):
            raise UsageError(f"--answer takes department=TEXT or extra.COLUMN=TEXT, not "
                             f"{clean_name(key)[:40]!r}.")
        text = clean_name(value)
        if not text or len(text) > 100 or len(text.encode()) > 400:
            raise UsageError(f"The answer for {key} is 1 to 100 characters on one line.")
        checked[key] = text
    return checked


def _sent_answers(p: ProgrammeRow) -> dict[str, str]:
    """The --answer values sent with the last consent (reused when the profile goes again)."""
    value = json.loads(p.my_answers) if p.my_answers else {}
    return value if isinstance(value, dict) else {}


def _wanted(p: ProgrammeRow) -> dict[str, Any]:
    if p.consent_wanted is None:
        return {}
    value = json.loads(p.consent_wanted)
    return value if isinstance(value, dict) else {}


def join_programme(vault: Vault, code_text: str, *, consent: bool = False,
                   role: str | None = None, scopes: list[str] | None = None,
                   answers: dict[str, str] | None = None,
                   session: requests.Session | None = None) -> ProgrammeInfo:
    """Join with an enrolment code: the programme mailbox Mp on the code's relay, the join
    queued to the coordinator. With `consent`, consent is given up front (for scripts): the
    profile is sent when the welcome arrives and its terms are the code's. Run again once the
    welcome arrived, with `consent`, it consents to the terms shown."""
    try:
        code = schema.EnrolmentCode.parse(code_text)
        check_signing_key(code.signing_key)
        check_box_key(code.box_key)
    except (schema.ProgrammeError, BadPublicKey):
        raise UsageError("This is not a valid eMentor enrolment code (it may be cut short or "
                         "mistyped). Ask the programme for the code again and paste all of "
                         "it.") from None
    role = _check_role(role)
    chosen = _check_scopes(scopes)
    checked_answers = _check_answers(answers)
    with vault.mutex:
        repos = Repos.over(vault.db)
        me = repos.identity.get().public
        existing = repos.programmes.get(code.programme)
        profile = repos.profile.get()
    if existing is not None and existing.state not in ("left", "declined", "removed"):
        if consent:
            return consent_programme(vault, existing.id, role=role, scopes=chosen,
                                     answers=checked_answers)
        with vault.mutex:
            return _info(Repos.over(vault.db), existing)
    if code.expires_at * 1000 < now_ms():
        when = time.strftime("%Y-%m-%d", time.gmtime(code.expires_at))
        raise UsageError(f"Enrolment in {clean_name(code.name)} closed on {when}.")
    if code.signing_key == me.signing_key:
        raise UsageError("This is your own programme's code: give it to the participants.")
    if role is None:
        role = profile.role.value if profile is not None and profile.role is not Role.COORDINATOR \
            else None
    if role is None:
        raise UsageError("Say whether you join as a mentor or a mentee (--role).")
    with vault.mutex:
        known = repos.contacts.by_signing_key(code.signing_key)
    if known is not None and (known.kind != "programme" or existing is None):
        # One contact per key: the coordinator's programme role would need a party of its own
        # beside the person (Part 4 §13). Refused before anything is made on the relay.
        if known.kind == "person":
            raise UsageError(f"The programme's coordinator is your contact "
                             f"{clean_name(known.display_name) or 'already'}: this version "
                             "cannot take part in a programme run by someone you are "
                             "connected with. Ask them to run it from a vault of its own (a "
                             "coordinator's vault with its own key), then join again.")
        raise UsageError("The coordinator of this programme runs another programme you took "
                         "part in: this version takes part in one programme per coordinator "
                         "(one contact per key). Ask for the programme to be run from a vault "
                         "of its own.")
    auth = MailboxAuthKey.generate()
    with vault.mutex:
        token = code.admission or admission_for(repos, code.relay_url)
    with RelayClient(code.relay_url, session) as client:
        ids = client.create_mailbox(auth, invite=token)
    now = now_ms()
    wanted = json.dumps({"role": role, "scopes": chosen, "answers": checked_answers}) \
        if consent else json.dumps({"role": role, "answers": checked_answers, "later": True})
    with vault.mutex, vault.db.transaction():
        memos = repos.programmes.memos(existing.id) if existing is not None else []
        if existing is not None:  # joining again after leaving: a fresh start
            repos.programmes.delete(existing.id)
        contact = known or Contact(
            id=secrets.token_hex(8), display_name="", role="coordinator",
            signing_key=code.signing_key, box_key=code.box_key, relay_url=code.relay_url,
            send_id=code.send_id, state="pending", created_at=now, kind="programme")
        if known is None:
            repos.contacts.add(contact)
        else:
            repos.contacts.set_route(contact.id, code.relay_url, code.send_id)
            repos.contacts.set_state(contact.id, "pending")
        conv = conversation_id_for(me.signing_key, code.signing_key)
        repos.conversations.direct_with(contact.id, now, conv)
        row = ProgrammeRow(
            id=code.programme, name=code.name, my_role=role, state="joining", joined_at=now,
            relay_url=code.relay_url, coordinator_key=code.signing_key,
            coordinator_box=code.box_key, join_send_id=code.send_id,
            terms_hash=code.terms_hash, code_expires_at=code.expires_at,
            admission=code.admission, coordinator_id=contact.id, consent_wanted=wanted)
        repos.programmes.add(row)
        for item, true_value, sent_value in memos:  # randomised answers stay as first sent
            repos.programmes.set_memo(row.id, item, true_value, sent_value)
        repos.mailboxes.add(relay_url=code.relay_url, receive_id=ids.receive_id,
                            send_id=ids.send_id, auth_seed=auth.seed, purpose="contact",
                            contact_id=contact.id, created_at=now, programme_id=code.programme,
                            programme_use="programme")
        body = schema.JoinBody(v=schema.VERSION, programme=code.programme,
                               secret=code.secret.hex(), box=me.box_key.hex(),
                               relay=code.relay_url, send_id=ids.send_id, caps=list(CAPS))
        pin.queue(repos, contact, schema.KIND_JOIN, body, now)
        info = _info(repos, row)
    vault.outbox_changed()
    log.domain.info("programme join queued")
    return info


def consent_programme(vault: Vault, ref: str | None = None, *, role: str | None = None,
                      scopes: list[str] | None = None,
                      answers: dict[str, str] | None = None) -> ProgrammeInfo:
    """Consent to the terms received (all their reporting scopes, or those given): routes are
    made at the next sync and the profile follows them."""
    role = _check_role(role)
    chosen = _check_scopes(scopes)
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = _find(repos, ref, coordinating=False)
        if p.state in ("left", "declined", "removed", "closed"):
            raise UsageError(f"You are no longer in {clean_name(p.name)}.")
        wanted = _wanted(p)
        role = role or wanted.get("role") or p.my_role
        answers = {**_sent_answers(p), **wanted.get("answers", {}), **_check_answers(answers)}
        doc = {"role": role, "scopes": chosen, "answers": answers}
        if p.pending_terms is not None:  # other terms, now consented to
            repos.programmes.update(p.id, terms=p.pending_terms, pending_terms=None,
                                    terms_hash=schema.terms_hash(
                                        pterms.parse_terms(p.pending_terms)))
        repos.programmes.update(p.id, consent_wanted=json.dumps(doc), my_role=role)
        if p.terms is not None:
            _missing(repos, repos.programmes.get(p.id) or p)
            start_consent(repos, p.id, now_ms())
        info = _info(repos, repos.programmes.get(p.id) or p)
    vault.outbox_changed()
    return info


def _routes_needed(repos: Repos, role: str) -> int:
    if role == "mentee":
        return 2  # one, and a spare for a rematch
    profile = repos.profile.get()
    capacity = profile.capacity if profile is not None and profile.capacity else 1
    return min(capacity + 1, schema.MAX_ROUTES)


def _unused_routes(repos: Repos, programme_id: str) -> list[str]:
    return [m.send_id for m in repos.mailboxes.of_programme(programme_id, "route")
            if m.contact_id is None]


def start_consent(repos: Repos, programme_id: str, now: int) -> None:
    """The person consented (now, or up front): routes first (the sync engine makes them),
    then the profile. In the caller's transaction."""
    p = repos.programmes.get(programme_id)
    if p is None or p.terms is None or p.consent_wanted is None:
        return
    wanted = _wanted(p)
    if wanted.get("later"):
        return  # joined without consenting: the person reads the terms first
    need = _routes_needed(repos, str(wanted.get("role") or p.my_role))
    have = len(_unused_routes(repos, p.id))
    if have < need:
        repos.programmes.update(p.id, routes_wanted=need - have)
        return
    send_profile(repos, p, now)


def _missing(repos: Repos, p: ProgrammeRow) -> None:
    """Refuse to consent while a field the terms require of the role is not in the profile."""
    wanted = _wanted(p)
    role = str(wanted.get("role") or p.my_role)
    fields = _profile_fields(repos, pin.terms_of(p), role, wanted.get("answers", {}))
    present = fields.present()
    missing = [spec for spec in pterms.asked_fields(pin.terms_of(p), role)
               if spec.required and spec.field not in present]
    if missing:
        names = ", ".join(pterms.field_label(s) for s in missing)
        raise UsageError(f"The programme requires of a {role}: {names}. Fill them in your "
                         "profile (`ementor profile set`) or give them with --answer, then "
                         "consent again.")


def _profile_fields(repos: Repos, terms: schema.Terms, role: str,
                    answers: dict[str, str]) -> schema.ProfileFields:
    """The person's workspace profile, limited to the fields the terms ask of the role (the
    sensitive ones included), plus their answers to the programme's own questions."""
    asked = {spec.field for spec in pterms.asked_fields(terms, role)}
    profile = repos.profile.get()
    card = build_card(profile, [f for f in asked if f in CARD_FIELDS]) \
        if profile is not None else {}
    card = {k: v for k, v in card.items() if k in asked}
    if "department" in asked and "department" in answers:
        card["department"] = answers["department"]
    extra = {k[6:]: v for k, v in answers.items() if k.startswith("extra.") and k in asked}
    if extra:
        card["extra"] = extra
    try:
        return msgspec.convert(card, schema.ProfileFields, strict=True)
    except (msgspec.ValidationError, ValueError):
        raise UsageError("Your profile holds a value the programme cannot take; check it "
                         "with `ementor profile`.") from None


def send_profile(repos: Repos, p: ProgrammeRow, now: int) -> None:
    """Sign the consent and send the enrolment profile (the consented fields, routes)."""
    terms = pin.terms_of(p)
    wanted = _wanted(p)
    role = str(wanted.get("role") or p.my_role)
    scopes = wanted.get("scopes")
    scopes = list(terms.reporting.scopes) if scopes is None else \
        [s for s in scopes if s in terms.reporting.scopes]
    identity = repos.identity.get()
    assert p.coordinator_key is not None and p.coordinator_id is not None
    consent = schema.Consent(v=schema.VERSION, programme=p.id,
                             coordinator=p.coordinator_key.hex(),
                             participant=identity.public.signing_key.hex(),
                             role=role,  # type: ignore[arg-type]
                             terms=wire.b64url_encode(schema.terms_hash(terms)),
                             scopes=sorted(scopes), at=max(now, _last_consent_at(p) + 1))
    sig = sign_detached(identity, schema.consent_signed_bytes(consent)).hex()
    profile = repos.profile.get()
    name = clean_name(profile.display_name) if profile else ""
    headline = clean_name(profile.headline) if profile else ""
    routes = _unused_routes(repos, p.id)[:schema.MAX_ROUTES]
    body = schema.ProfileBody(v=schema.VERSION, programme=p.id, consent=consent, sig=sig,
                              name=name or "Participant", role=role,  # type: ignore[arg-type]
                              headline=headline,
                              fields=_profile_fields(repos, terms, role,
                                                     wanted.get("answers", {})),
                              routes=routes)
    contact = repos.contacts.get(p.coordinator_id)
    assert contact is not None
    pin.queue(repos, contact, schema.KIND_PROFILE, body, now)
    repos.programmes.update(p.id, my_consent=json.dumps(msgspec.to_builtins(consent),
                                                        sort_keys=True),
                            consent_wanted=None, my_role=role,
                            my_answers=json.dumps(wanted.get("answers", {}), sort_keys=True),
                            state="consented" if p.state == "reviewing" else p.state)
    log.domain.info("programme profile queued")


def _last_consent_at(p: ProgrammeRow) -> int:
    if p.my_consent is None:
        return 0
    return int(json.loads(p.my_consent).get("at", 0))


# -- routes: made by the sync engine -------------------------------------------------------------

@dataclass(frozen=True)
class WantedMailbox:
    key: str  # what `route_made` gets back
    relay_url: str
    admission: str | None


def wanted_mailboxes(repos: Repos) -> list[WantedMailbox]:
    """Routes participants' programmes still need (one entry per mailbox to create)."""
    wanted: list[WantedMailbox] = []
    for p in repos.programmes.all():
        if p.routes_wanted <= 0 or p.my_role == "coordinator" or p.relay_url is None \
                or p.state in ("left", "declined", "removed", "closed"):
            continue
        token = p.admission or admission_for(repos, p.relay_url)
        wanted += [WantedMailbox(f"route:{p.id}:{n}", p.relay_url, token)
                   for n in range(min(p.routes_wanted, schema.MAX_ROUTES))]
    return wanted


def route_made(repos: Repos, key: str, relay_url: str, receive_id: str, send_id: str,
               auth_seed: bytes, now: int) -> None:
    """A route exists on the relay: keep it; once all are made, the profile leaves."""
    _, programme_id, _ = key.split(":", 2)
    p = repos.programmes.get(programme_id)
    repos.mailboxes.add(relay_url=relay_url, receive_id=receive_id, send_id=send_id,
                        auth_seed=auth_seed, purpose="invite", created_at=now,
                        programme_id=programme_id, programme_use="route")
    if p is None:
        return
    left = max(p.routes_wanted - 1, 0)
    repos.programmes.update(p.id, routes_wanted=left)
    if left == 0:
        send_again(repos, p, now)


def send_again(repos: Repos, p: ProgrammeRow, now: int) -> None:
    """The routes are there: the profile goes (again, with the consent and answers held, when
    the coordinator asked for more routes)."""
    if p.consent_wanted is None and p.my_consent is not None:  # the coordinator asked
        held = json.loads(p.my_consent)
        repos.programmes.update(p.id, consent_wanted=json.dumps(
            {"role": held.get("role"), "scopes": held.get("scopes", []),
             "answers": _sent_answers(p)}))
    start_consent(repos, p.id, now)


def member_mailbox_made(repos: Repos, contact: Contact, relay_url: str, receive_id: str,
                        send_id: str, auth_seed: bytes, now: int) -> bool:
    """The engine made a mailbox for a hidden contact: at C, a member's Mc (its welcome is
    queued). False if the contact is not a member of a programme we coordinate."""
    members = [m for m in repos.programmes.members_of_contact(contact.id)
               if m.mailbox_id is None]
    for member in members:
        p = repos.programmes.get(member.programme_id)
        if p is None or p.my_role != "coordinator":
            continue
        mailbox_id = repos.mailboxes.add(
            relay_url=relay_url, receive_id=receive_id, send_id=send_id, auth_seed=auth_seed,
            purpose="contact", contact_id=contact.id, created_at=now, programme_id=p.id,
            programme_use="member")
        repos.programmes.update_member(p.id, member.member_id, mailbox_id=mailbox_id)
        pin.queue_welcome(repos, p, contact, relay_url, send_id, now)
        log.sync.info("member mailbox created; programme welcome queued")
        return True
    return False


def admission_for_programmes(repos: Repos, relay_url: str) -> str | None:
    return repos.programmes.admission_for(relay_url)


# -- housekeeping, at every sync -----------------------------------------------------------------

def housekeeping(repos: Repos, now: int) -> int:
    """Runs at the start of each sync, in one transaction: joins that lapsed (7 days without a
    profile) are forgotten; closed reporting months keep only their aggregates
    (`programme_periods`); retention deadlines that ran out delete what the coordinator held;
    a participant's join unanswered for 3 days is made afresh; erased members' hidden contacts
    go once their last status left
    (or could not leave for a week); summaries due are queued. Returns how many envelopes
    were queued."""
    from ementor_desktop.domain import programme_pairs  # it imports this module

    queued = 0
    for p in repos.programmes.all():
        if p.my_role == "coordinator":
            for member in repos.programmes.members(p.id, ("joined",)):
                if member.joined_at + pin.JOIN_LAPSE_MS < now:
                    repos.programmes.delete_member(p.id, member.member_id)
                    if member.mailbox_id is not None:
                        repos.mailboxes.retire(member.mailbox_id, now)
                    if member.contact_id is not None:  # its welcome is never sent now
                        repos.outbox.drop_for(member.contact_id)
                        repos.contacts.set_state(member.contact_id, "archived")
            programme_periods.close_periods(repos, p, now)  # before retention deletes any
            programme_pairs.apply_retention(repos, p, now)
        elif p.state == "joining":
            queued += programme_pairs.refresh_join(repos, p, now)
        elif p.state in ("consented", "pending", "enrolled"):
            queued += send_summaries(repos, p, now)
        else:
            programme_pairs.participant_cleanup(repos, p, now)
    for contact in repos.contacts.list(include_programme=True):
        if contact.kind == "programme" and contact.state == "archived" \
                and not repos.programmes.members_of_contact(contact.id) \
                and not repos.programmes.by_coordinator_contact(contact.id) \
                and not repos.programmes.outbox_rows(contact.id, since=now - pin.JOIN_LAPSE_MS):
            repos.contacts.delete(contact.id)  # a last status undelivered for a week goes too
    return queued


# -- the coordinator's cohort --------------------------------------------------------------------

def _participant_state(repos: Repos, p: ProgrammeRow, member: MemberRow) -> ParticipantState:
    if member.state == "joined":
        return ParticipantState.JOINED
    if member.state == "pending":
        return ParticipantState.PENDING
    pairs = repos.programmes.pairs_of(p.id, member.member_id)
    active = [x for x in pairs if x.state == "active"]
    if active and all(x.paused_at is not None for x in active):
        return ParticipantState.PAUSED
    active = [x for x in active if x.paused_at is None]
    if active:
        return ParticipantState.ACTIVE if any(x.heard_at for x in active) \
            else ParticipantState.MATCHED
    if pairs:
        return ParticipantState.ENDED
    return ParticipantState.ENROLLED


def _rows(repos: Repos, p: ProgrammeRow) -> list[ParticipantRow]:
    members = repos.programmes.members(p.id)
    names = {m.member_id: m.display_name for m in members}
    return [_row(repos, p, m, names.get) for m in members]


def _row(repos: Repos, p: ProgrammeRow, m: MemberRow,
         name_of: Callable[[str], str | None]) -> ParticipantRow:
    active = [x for x in repos.programmes.pairs_of(p.id, m.member_id) if x.state == "active"]
    peers = tuple(name_of(x.mentor_id if x.mentee_id == m.member_id else x.mentee_id) or ""
                  for x in active)
    consent = pin.held_consent(m)
    return ParticipantRow(
        member_id=m.member_id, key=(m.signing_key or b"").hex(), name=m.display_name,
        role=m.role, state=_participant_state(repos, p, m), joined_at=m.joined_at,
        capacity=m.capacity if m.role == "mentor" else 1, used=len(active),
        matched_with=peers, headline=m.headline,
        scopes=tuple(consent.scopes) if consent is not None else ())


def participants(vault: Vault, ref: str | None = None) -> list[ParticipantRow]:
    """The coordinator's cohort: each participant's state, role, places, matches. Never a
    sensitive field (nor any profile field)."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        return _rows(repos, _find(repos, ref, coordinating=True))


def find_member(repos: Repos, p: ProgrammeRow, ref: str) -> MemberRow:
    """A member by id, key or the start of their name; a UsageError otherwise."""
    return _member(repos, p, ref)


def _member(repos: Repos, p: ProgrammeRow, ref: str) -> MemberRow:
    members = repos.programmes.members(p.id)
    wanted = clean_name(ref).casefold()
    found = [m for m in members if ref in (m.member_id, (m.signing_key or b"").hex())] or \
        [m for m in members if wanted and clean_name(m.display_name).casefold()
         .startswith(wanted)]
    if not found:
        raise UsageError(f"No participant {clean_name(ref)[:80]!r} in {clean_name(p.name)} "
                         "(`ementor programme participants` lists them).")
    if len(found) > 1:
        names = ", ".join(f"{clean_name(m.display_name)} ({m.member_id})" for m in found)
        raise UsageError(f"{clean_name(ref)[:80]!r} could mean {names}: use the id.")
    return found[0]


def admit(vault: Vault, member_ref: str, ref: str | None = None) -> ParticipantRow:
    """Admit a pending participant (admission `review`): enrolled, and told so."""
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = _find(repos, ref, coordinating=True)
        refuse_closed(p)
        member = _member(repos, p, member_ref)
        if member.state != "pending":
            raise UsageError(f"{clean_name(member.display_name) or member.member_id} is not "
                             f"waiting for admission (they are {member.state}).")
        repos.programmes.update_member(p.id, member.member_id, state="enrolled",
                                       updated_at=now)
        updated = repos.programmes.member(p.id, member.member_id)
        assert updated is not None
        pin.queue_status(repos, p, updated, "enrolled", now)
        row = _row(repos, p, updated, lambda member_id: getattr(
            repos.programmes.member(p.id, member_id), "display_name", None))
    vault.outbox_changed()
    return row


def decline(vault: Vault, member_ref: str, ref: str | None = None) -> str:
    """Decline a pending participant: erased (a tombstone stays), and told so. Returns the
    name they had."""
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = _find(repos, ref, coordinating=True)
        member = _member(repos, p, member_ref)
        if member.state not in ("pending", "joined"):
            raise UsageError(f"{clean_name(member.display_name) or member.member_id} is "
                             f"{member.state}: only someone waiting can be declined.")
        pin.erase_member(repos, p, member, "declined", now)
    vault.outbox_changed()
    return member.display_name


# -- matching ------------------------------------------------------------------------------------

@dataclass
class Proposal:
    """What a matching proposes (or applied): the engine's summary and the cards, by member."""

    programme: ProgrammeInfo
    summary: dict[str, Any]
    pairs: list[tuple[str, str, int]] = field(default_factory=list)  # mentee, mentor, score
    unmatched: list[tuple[str, str]] = field(default_factory=list)  # name, reason
    cards: dict[str, list[schema.Card]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # member id -> name
    applied: bool = False
    skipped: list[str] = field(default_factory=list)  # pairs not introduced, and why


def _matching_parts() -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]]:
    """The cohort and card builders and the engine. (Adapter: `programme_cohort` and
    `programme_cards` are separate modules; a build without them cannot match programmes.)"""
    try:
        from ementor_desktop.domain.programme_cards import cards_from_result
        from ementor_desktop.domain.programme_cohort import cohort_from_profiles
    except ImportError:
        raise UsageError("Matching a programme needs the programme matching modules, which "
                         "this build does not have yet.") from None
    from ementor_desktop.matching import match_cohort

    return cohort_from_profiles, cards_from_result, match_cohort


def _config(p: ProgrammeRow, config_path: Path | None) -> Any:
    from ementor_desktop.matching import load_config

    terms = pin.terms_of(p)
    if config_path is not None:
        digest = hashlib.sha256(config_path.read_bytes()).hexdigest() \
            if config_path.is_file() else ""
        if digest != terms.matching.config:
            raise UsageError(f"{config_path} is not the matching configuration the terms name "
                             "(its SHA-256 differs): participants consented to those rules.")
    elif terms.matching.config != hashlib.sha256(b"").hexdigest():
        raise UsageError("The terms name a matching configuration file: give it with "
                         "--config FILE.toml.")
    from ementor_desktop.domain.programme_cohort import for_profiles

    return for_profiles(load_config(config_path))


def free_members(repos: Repos, p: ProgrammeRow) -> list[MemberRow]:
    """Enrolled participants with a free place (a mentee without a live pair, a mentor with
    fewer live pairs than places), in enrolment order."""
    return [m for m in repos.programmes.members(p.id, ("enrolled",))
            if m.role in ROLES and _free(repos, p, m)]


@dataclass
class CohortParts:
    """The engine's cohort of some members and how to go back: engine id <-> member."""

    cohort: Any
    ids: dict[str, str]  # engine id -> member id
    engine_of: dict[str, str]  # member id -> engine id
    by_member: dict[str, MemberRow]


def cohort_of(repos: Repos, p: ProgrammeRow, members: list[MemberRow],
              terms: schema.Terms) -> CohortParts:
    """The engine's cohort of `members` (mentees first): a mentor offers only the places still
    free, and a pair that ended (a rematch, or ended by the coordinator) is never proposed
    again (an exclusion, which cards show as `withheld`)."""
    cohort_from_profiles, _, _ = _matching_parts()
    ordered = [m for m in members if m.role == "mentee"] + \
        [m for m in members if m.role == "mentor"]
    rows = []
    for m in ordered:
        profile = dict(m.profile)
        if m.role == "mentor" and "capacity" in profile:
            live = [x for x in repos.programmes.pairs_of(p.id, m.member_id)
                    if x.state == "active"]
            profile["capacity"] = max(m.capacity - len(live), 1)
        rows.append((m.member_id, m.role,
                     msgspec.convert(profile, schema.ProfileFields, strict=True)))
    wanted = {m.member_id for m in ordered}
    exclusions = sorted({(x.mentee_id, x.mentor_id) for x in repos.programmes.pairs(p.id)
                         if x.state == "ended" and x.mentee_id in wanted
                         and x.mentor_id in wanted})
    cohort, ids = cohort_from_profiles(rows, terms, exclusions=exclusions)
    return CohortParts(cohort=cohort, ids=ids, engine_of={v: k for k, v in ids.items()},
                       by_member={m.member_id: m for m in ordered})


def rankings(repos: Repos, p: ProgrammeRow) -> dict[str, list[str]]:
    """Each member's latest ranking (by its `sent`), as the member ids they ranked, best
    first. Rankings of shortlists that expired still count: expiry stops new ranks, not the
    use of one given in time."""
    latest: dict[str, ShortlistRow] = {}
    for row in repos.programmes.shortlists(p.id):
        if row.member_id is None or row.mode != "rank" or row.ranking is None \
                or row.ranked_at is None:
            continue
        held = latest.get(row.member_id)
        if held is None or (held.ranked_at or 0) < row.ranked_at:
            latest[row.member_id] = row
    return {member: [row.entries[c] for c in row.ranking or [] if c in row.entries]
            for member, row in latest.items() if isinstance(row.entries, dict)}


def match(vault: Vault, ref: str | None = None, *, apply: bool = False,
          config_path: Path | None = None) -> Proposal:
    """Run the matching engine over the enrolled cohort not yet matched and propose pairs
    with their cards; with `apply`, sign each card, introduce each pair (one unused route of
    each side) and send unmatched participants their card. With `matching.rank` in the terms
    the matching is rank-maximal over the participants' rankings (`programme shortlist`), and
    each card says which of their choices its subject got."""
    _, cards_from_result, match_cohort = _matching_parts()
    with vault.mutex:
        repos = Repos.over(vault.db)
        p = _find(repos, ref, coordinating=True)
        refuse_closed(p)
        terms = pin.terms_of(p)
        free = free_members(repos, p)
        info = _info(repos, p)
        mentees = [m for m in free if m.role == "mentee"]
        mentors = [m for m in free if m.role == "mentor"]
        if not mentees or not mentors:
            raise UsageError(f"Matching needs at least one enrolled mentee and one mentor with "
                             f"a free place (found {len(mentees)} mentees, {len(mentors)} "
                             "mentors).")
        parts = cohort_of(repos, p, free, terms)
        ranked = rankings(repos, p) if terms.matching.rank else {}
    config = _config(p, config_path)
    ranks: dict[str, list[str]] | None = None
    rank_of: dict[tuple[str, str], int] = {}
    if terms.matching.rank:
        ranks = {}
        for member_id, others in ranked.items():
            me = parts.by_member.get(member_id)
            if me is None:
                continue  # matched meanwhile, or no longer enrolled
            chosen = [parts.engine_of[o] for o in others
                      if o in parts.by_member and parts.by_member[o].role != me.role]
            chosen = chosen[:schema.MAX_SHORTLIST]
            if chosen:
                ranks[parts.engine_of[member_id]] = chosen
                for place, other in enumerate(chosen, start=1):
                    rank_of[(parts.engine_of[member_id], other)] = place
    result = match_cohort(parts.cohort, config, ranks=ranks)
    by_member = parts.by_member
    key_of = {engine: (by_member[member].signing_key or b"").hex()
              for engine, member in parts.ids.items()}
    method = "rank-maximal" if ranks is not None else {
        "max-matched": "max-matched", "max-score": "max-score",
        "fairness": "fairness"}.get(str(getattr(config, "objective", "")), "max-matched")
    issued = now_ms()
    cards = cards_from_result(result, terms=terms, programme_id=p.id,
                              coordinator_hex=(p.coordinator_key or b"").hex(), key_of=key_of,
                              issued_ms=issued, method=method,
                              new_id=lambda: secrets.token_hex(16), ids=parts.ids,
                              rank_of=rank_of)
    summary = dict(result.summary)
    # The engine's reasons may name a field's values (a sensitive one included): only the
    # cards' reason codes reach the coordinator's screen.
    summary["unmatched_mentees"] = [
        {"participant_id": member_id, "name": by_member[member_id].display_name,
         "reason": str(card.unmatched).replace("_", " ")}
        for member_id, member_cards in cards.items() for card in member_cards
        if card.role == "mentee" and isinstance(card.unmatched, str)]
    proposal = Proposal(programme=info, summary=summary, cards=cards,
                        names={m.member_id: m.display_name for m in free})
    for member_id, member_cards in cards.items():
        for card in member_cards:
            if card.role == "mentee" and isinstance(card.peer, str):
                mentor = next(m for m in mentors if (m.signing_key or b"").hex() == card.peer)
                proposal.pairs.append((member_id, mentor.member_id, int(card.score_milli or 0)))
            elif not isinstance(card.peer, str):
                proposal.unmatched.append((by_member[member_id].display_name,
                                           str(card.unmatched)))
    if apply:
        _apply(vault, p.id, proposal)
    return proposal


def refuse_closed(p: ProgrammeRow) -> None:
    if p.closed_at is not None:
        raise UsageError(f"{clean_name(p.name)} is closed: nothing more is matched, "
                         "shortlisted or admitted there.")


def _free(repos: Repos, p: ProgrammeRow, m: MemberRow) -> bool:
    active = [x for x in repos.programmes.pairs_of(p.id, m.member_id) if x.state == "active"]
    return len(active) < (m.capacity if m.role == "mentor" else 1)


def _apply(vault: Vault, programme_id: str, proposal: Proposal) -> None:
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = repos.programmes.get(programme_id)
        assert p is not None
        terms = pin.terms_of(p)
        identity = repos.identity.get()
        relay = p.relay_url or ""
        for mentee_id, mentor_id, _score in proposal.pairs:
            mentee = repos.programmes.member(p.id, mentee_id)
            mentor = repos.programmes.member(p.id, mentor_id)
            if mentee is None or mentor is None or not mentee.routes or not mentor.routes:
                proposal.skipped.append(f"{mentee_id} and {mentor_id}: no unused route "
                                        "(they are asked for more)")
                for m in (mentee, mentor):
                    if m is not None and not m.routes:
                        pin.queue_status(repos, p, m, m.state, now, routes_needed=2)
                continue
            mentee_card = next(c for c in proposal.cards[mentee_id]
                               if c.peer == (mentor.signing_key or b"").hex())
            mentor_card = next(c for c in proposal.cards[mentor_id]
                               if c.peer == (mentee.signing_key or b"").hex())
            mentee_route, mentor_route = mentee.routes[0], mentor.routes[0]
            repos.programmes.update_member(p.id, mentee_id, routes=mentee.routes[1:])
            repos.programmes.update_member(p.id, mentor_id, routes=mentor.routes[1:])
            scopes = _pair_scopes(terms, mentee, mentor)
            conv = conversation_id_for(mentee.signing_key or b"", mentor.signing_key or b"")
            repos.programmes.add_pair(PairRow(
                id=secrets.token_hex(16), programme_id=p.id, mentee_id=mentee_id,
                mentor_id=mentor_id, conv=conv, state="active", scopes=scopes,
                method=mentee_card.method, created_at=now, heard_at=None, ended_at=None))
            for me, other, card, mine, theirs in (
                    (mentee, mentor, mentee_card, mentee_route, mentor_route),
                    (mentor, mentee, mentor_card, mentor_route, mentee_route)):
                _introduce(repos, p, terms, identity, me, other, card, mine, theirs, relay, now)
        for member_id, member_cards in proposal.cards.items():
            for card in member_cards:
                if isinstance(card.peer, str):
                    continue
                member = repos.programmes.member(p.id, member_id)
                contact = repos.contacts.get(member.contact_id or "") if member else None
                if contact is None:
                    continue
                sig = sign_detached(identity, schema.card_signed_bytes(card)).hex()
                pin.queue(repos, contact, schema.KIND_CARD,
                          schema.CardBody(v=schema.VERSION, programme=p.id, card=card, sig=sig),
                          now)
    proposal.applied = True
    vault.outbox_changed()
    log.domain.info("programme matching applied: %d pairs introduced", len(proposal.pairs))


def _pair_scopes(terms: schema.Terms, a: MemberRow, b: MemberRow) -> list[str]:
    ca, cb = pin.held_consent(a), pin.held_consent(b)
    if ca is None or cb is None:
        return []
    return schema.pair_scopes(terms, ca, cb)


def _introduce(repos: Repos, p: ProgrammeRow, terms: schema.Terms, identity: Any,
               me: MemberRow, other: MemberRow, card: schema.Card, mine: str, theirs: str,
               relay: str, now: int) -> None:
    """One side's introduction: its signed card, the peer as a `hello` would present them
    (with the fields shown to `match` only), the peer's route, and which route of ours the
    peer was given."""
    contact = repos.contacts.get(me.contact_id or "")
    other_contact = repos.contacts.get(other.contact_id or "")
    if contact is None or other_contact is None:
        return
    sig = sign_detached(identity, schema.card_signed_bytes(card)).hex()
    shown = shown_fields(other.profile, terms)
    peer = schema.Peer(signing=(other.signing_key or b"").hex(), box=(other.box_key or b"").hex(),
                       name=other.display_name or "Participant",
                       role=other.role,  # type: ignore[arg-type]
                       headline=other.headline, relay=relay, send_id=theirs,
                       caps=sorted(other_contact.capabilities) or msgspec.UNSET,
                       profile=shown)
    body = schema.IntroBody(v=schema.VERSION, programme=p.id, card=card, sig=sig, peer=peer,
                            mine=mine)
    pin.queue(repos, contact, schema.KIND_INTRO, body, now)
    updated = repos.programmes.member(p.id, me.member_id)
    if updated is not None:
        pin.queue_status(repos, p, updated, updated.state, now)


def shown_fields(profile: dict[str, Any], terms: schema.Terms,
                 audience: str = "match") -> schema.ProfileFields:
    """The fields of a profile an audience may see: shown to it in the terms, never
    sensitive (the rest stays with the coordinator's app)."""
    kept: dict[str, Any] = {}
    for name, value in profile.items():
        if name == "extra" and isinstance(value, dict):
            answers = {k: v for k, v in value.items() if _shown(terms, f"extra.{k}", audience)}
            if answers:
                kept["extra"] = answers
        elif _shown(terms, name, audience):
            kept[name] = value
    return msgspec.convert(kept, schema.ProfileFields, strict=True)


def _shown(terms: schema.Terms, name: str, audience: str) -> bool:
    spec = terms.spec(name)
    return spec is not None and not spec.sensitive and audience in spec.shown


# -- a participant's cards -----------------------------------------------------------------------

def match_cards(vault: Vault) -> list[HeldCard]:
    """The match cards this vault holds, each verified again against the coordinator's key
    (a card altered in the vault shows as not verified: `tampered`)."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        me = repos.identity.get().public.signing_key
        held: list[HeldCard] = []
        for p in repos.programmes.all():
            if p.my_role == "coordinator" or p.coordinator_key is None:
                continue
            for row in repos.programmes.cards(p.id):
                held.append(_held(repos, p, row.card, row.sig, row.id, me))
        return held


def _held(repos: Repos, p: ProgrammeRow, text: str, sig: str, card_id: str,
          me: bytes) -> HeldCard:
    plain: dict[str, Any] = {}
    verified = False
    try:
        plain = json.loads(text)
        card = msgspec.convert(plain, schema.Card, strict=True)
        schema.verify_card(card, sig, programme=p.id, coordinator=p.coordinator_key or b"",
                           me=me, verify=verify_detached)
        verified = card.id == card_id
    except (ValueError, msgspec.ValidationError, schema.ProgrammeError):
        verified = False
    peer_name = peer_contact = None
    peer = plain.get("peer") if isinstance(plain, dict) else None
    if isinstance(peer, str) and len(peer) == 64:
        try:
            contact = repos.contacts.by_signing_key(bytes.fromhex(peer))
        except ValueError:
            contact = None
        if contact is not None and contact.kind == "person":
            peer_name, peer_contact = contact.display_name, contact.id
    return HeldCard(programme_id=p.id, programme_name=p.name, card_id=card_id,
                    verified=verified, card=plain if isinstance(plain, dict) else {},
                    peer_name=peer_name, peer_contact_id=peer_contact)


# -- leaving and withdrawing ---------------------------------------------------------------------

def leave(vault: Vault, ref: str | None = None, reason: str | None = None) -> ProgrammeInfo:
    """Leave a programme: the coordinator erases what it holds of this person; this app deletes
    its programme mailbox and unused routes. The pairs' contacts and records stay."""
    if reason is not None and reason not in ("completed", "no_time", "not_useful", "other"):
        raise UsageError("The reason is one of: completed, no_time, not_useful, other.")
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = _find(repos, ref, coordinating=False)
        if p.state in ("left", "declined", "removed"):
            raise UsageError(f"You already left {clean_name(p.name)}.")
        contact = repos.contacts.get(p.coordinator_id or "")
        if contact is not None:
            body = schema.LeaveBody(v=schema.VERSION, programme=p.id,
                                    reason=reason or msgspec.UNSET)  # type: ignore[arg-type]
            if contact.state == "active":
                pin.queue(repos, contact, schema.KIND_LEAVE, body, now)
            else:  # the welcome never came: nothing to tell, the join need not go
                repos.outbox.drop_kind(contact.id, schema.KIND_JOIN)
            repos.contacts.set_state(contact.id, "archived")
        pin.retire_my_mailboxes(repos, p.id, now)
        repos.programmes.update(p.id, state="left", consent_wanted=None, routes_wanted=0,
                                my_answers=None)
        info = _info(repos, repos.programmes.get(p.id) or p)
    vault.outbox_changed()
    log.domain.info("left a programme")
    return info


def withdraw(vault: Vault, scopes: list[str], ref: str | None = None) -> ProgrammeInfo:
    """Keep only `scopes` of the reporting consented to (possibly none): a narrower consent,
    signed, to the coordinator; this app stops sending the rest at once."""
    keep = _check_scopes(scopes) or []
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        p = _find(repos, ref, coordinating=False)
        if p.my_consent is None or p.state not in ("consented", "pending", "enrolled"):
            raise UsageError(f"You have not consented to {clean_name(p.name)}'s reporting.")
        held = msgspec.json.decode(p.my_consent.encode(), type=schema.Consent)
        if not set(keep) <= set(held.scopes):
            raise UsageError("Withdrawing only narrows what you consented to ("
                             f"{', '.join(held.scopes) or 'nothing'}); to share more, consent "
                             "again.")
        identity = repos.identity.get()
        consent = schema.Consent(v=schema.VERSION, programme=p.id, coordinator=held.coordinator,
                                 participant=held.participant, role=held.role, terms=held.terms,
                                 scopes=sorted(keep), at=max(now, held.at + 1))  # type: ignore[arg-type]
        sig = sign_detached(identity, schema.consent_signed_bytes(consent)).hex()
        contact = repos.contacts.get(p.coordinator_id or "")
        if contact is None:
            raise UsageError("The programme's coordinator is not reachable from this vault.")
        pin.queue(repos, contact, schema.KIND_WITHDRAW,
                  schema.WithdrawBody(v=schema.VERSION, programme=p.id, consent=consent,
                                      sig=sig), now)
        repos.programmes.update(p.id, my_consent=json.dumps(msgspec.to_builtins(consent),
                                                            sort_keys=True))
        info = _info(repos, repos.programmes.get(p.id) or p)
    vault.outbox_changed()
    return info


# -- summaries (a participant) and the report (the coordinator) ----------------------------------

def send_summaries(repos: Repos, p: ProgrammeRow, now: int) -> int:
    """Queue a signed summary per active pair for the month just ended (and the two before,
    again, if the figures changed), within consent ∩ agreement ∩ what C accepts. Adapter over
    `programme_figures`; without it, nothing is sent."""
    from ementor_desktop.domain import programme_summaries

    return programme_summaries.due(repos, p, now)


def report(vault: Vault, ref: str | None = None) -> ProgrammeReport:
    """The programme's report (groups below the minimum size suppressed)."""
    try:
        from ementor_desktop.domain.programme_report import build_report
    except ImportError:
        raise UsageError("Reporting needs the programme report module, which this build "
                         "does not have yet.") from None
    with vault.mutex:
        repos = Repos.over(vault.db)
        p = _find(repos, ref, coordinating=True)
        rows = _rows(repos, p)
        summaries = [msgspec.json.decode(s.summary.encode(), type=schema.Summary)
                     for s in repos.programmes.summaries(p.id)]
        built: ProgrammeReport = build_report(
            programme_id=p.id, name=p.name, terms=pin.terms_of(p), participants=rows,
            summaries=summaries, now_ms=now_ms(),
            aggregates=programme_periods.stored(repos, p.id))
        return built


__all__ = ["Proposal", "WantedMailbox", "admit", "consent_programme", "create_programme",
           "decline", "housekeeping", "join_programme", "leave", "match", "match_cards",
           "member_mailbox_made", "participants", "programme_terms", "programmes", "report",
           "route_made", "start_consent", "wanted_mailboxes", "withdraw"]
