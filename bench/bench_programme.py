"""Programmes: the coordinator's side of a cohort of 2,000 mentees and 400 mentors
(docs/protocol.md Part 4), each step beside a baseline measured in the same run.

Every participant is a real Ed25519/X25519 identity. Their side (consent signed, profile built,
sealed into an envelope; a year of monthly summaries counted, signed and, for one month,
sealed) is generated before the clock starts; what is timed is what the coordinator's app does:

1. enrolment: each `programme.profile` envelope opened by the real envelope code (unseal,
   unpad, signature, strict content and body parse), the consent's signature and terms
   checked (`verify_consent`) and the profile checked against the terms (`check_profile`);
   baseline: the same blobs opened with the raw binding and their content `json.loads`-ed;
1b. the same enrolment stored: a fresh coordinator vault (`programme create` against a local
   relay), each join and profile handed to the programme services' inbox as the sync engine
   hands it a fetched batch (`Inbox.receive`, `Inbox.mailbox_created`); same kind of baseline;
2. matching: `cohort_from_profiles` + `match_cohort` over the enrolled profiles; baseline:
   `ementor match`'s code path (`read_cohort` + `match_cohort`) on the same cohort as a CSV;
3. cards and introductions: `cards_from_result`, every card signed, the `programme.intro`
   bodies (a `programme.card` for the unmatched) built and sealed to each recipient; baseline:
   raw Ed25519 signing and sealing of the very same byte strings;
4. reporting: one month's `programme.summary` envelopes received (opened, parsed,
   `verify_summary`), and the year's report (`verify_summary` of every summary again,
   `build_report`, `report_csv`); baselines: the raw binding opening and verifying the same
   blobs and signatures.

Each step and its baseline run alternately twice with tracing off; the best CPU time (this
process's) and the best wall time of each are kept, and ratios use CPU time, which other work on
a shared machine stretches less than wall time. Peak memory is measured in one more run under
`tracemalloc`: the most Python heap the step held above what was allocated before it (numpy
arrays included; OR-Tools', libsodium's and SQLCipher's native memory not).
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
import json
import os
import random
import secrets
import sys
import time
import tomllib
import tracemalloc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any, TypeVar

import msgspec
import nacl.bindings
import requests
import rfc8785
from nacl.signing import SigningKey

from bench.bench_messaging import RELAY_CONFIG
from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.derive import conversation_id_for
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.crypto.signing import sign_detached, verify_detached
from ementor_desktop.domain import programme
from ementor_desktop.domain import programme_terms as pterms
from ementor_desktop.domain.account import create_account
from ementor_desktop.domain.inbox import Inbox
from ementor_desktop.domain.programme_cards import cards_from_result, shown_profile
from ementor_desktop.domain.programme_cohort import cohort_from_profiles
from ementor_desktop.domain.programme_figures import (
    CadenceFact,
    GoalFact,
    SessionFact,
    build_summary,
    figures_for,
    period_bounds,
    pulse_answers,
)
from ementor_desktop.domain.programme_inbox import MAX_OPEN_JOINS
from ementor_desktop.domain.programme_report import build_report, report_csv
from ementor_desktop.domain.programme_types import ParticipantRow, ParticipantState
from ementor_desktop.home import Home
from ementor_desktop.matching import MatchConfig, MatchResult, match_cohort, read_cohort
from ementor_desktop.matching.cohort import REQUIRED_COLUMNS, Cohort
from ementor_desktop.protocol import content as wire
from ementor_desktop.protocol import programme_schema as ps
from ementor_desktop.protocol.relay_v1 import b64url_encode
from ementor_desktop.records import Role
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.mailboxes import Mailbox
from ementor_desktop.store.vault import Vault
from ementor_desktop.sync.engine import SyncReport
from ementor_desktop.sync.relay_client import RelayMessage
from tests.relay.harness import spawn_relay

T = TypeVar("T")
S = TypeVar("S")

TITLE = "Programmes: the coordinator's side of 2,000 mentees and 400 mentors"
RELAY = "https://relay.example.org"
SKILLS = ["Python", "SQL", "Data analysis", "Machine learning", "Cloud architecture",
          "Kubernetes", "Security", "Testing", "Product management", "User research",
          "Design systems", "Accessibility", "Public speaking", "Negotiation", "Leadership",
          "Hiring", "Budgeting", "Writing", "Career change", "Mentoring others", "Rust", "Go",
          "TypeScript", "Frontend", "Mobile", "Networking", "Incident response", "Statistics",
          "Roadmapping", "Stakeholder management", "Coaching", "Time management",
          "Technical writing", "Databases", "Observability", "Compliance", "Sales",
          "Customer success", "Operations", "Finance for engineers"]
LANGUAGES = ["en", "fr", "de", "es", "pt", "hi", "ja"]
ZONES = ["Europe/London", "Europe/Berlin", "Europe/Helsinki", "America/New_York",
         "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Kolkata",
         "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Africa/Lagos"]
DEPARTMENTS = [f"Department {n}" for n in range(1, 16)]
SITES = ["Leeds", "York", "Berlin", "Lyon", "Pune", "Austin", "Osaka", "Lagos"]
STYLE = {"structure": ("planned", "mixed", "open"), "feedback": ("direct", "balanced", "gentle"),
         "learning": ("hands_on", "mixed", "reflect"), "contact": ("often", "sometimes", "rarely"),
         "focus": ("craft", "both", "career")}
PERIODS = [f"{2026 + (m + 1) // 12}-{(m + 1) % 12 + 1:02d}" for m in range(12)]  # 2026-02 …
CONSENT_AT = int(dt.datetime(2026, 1, 20, 9, tzinfo=dt.UTC).timestamp() * 1000)
ISSUED = int(dt.datetime(2026, 1, 30, 9, tzinfo=dt.UTC).timestamp() * 1000)
DAY_MS = 24 * 3600 * 1000


# -- measuring ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Cost:
    cpu: float  # seconds of this process's CPU time
    wall: float  # seconds of wall clock
    peak_mib: float  # tracemalloc peak above the start of the step


def measure(figure: Callable[[], T], baseline: Callable[[], object],
            runs: int = 2) -> tuple[T, Cost, Cost]:
    """A step and its baseline, run alternately `runs` times with tracing off; the best of each
    (other work on a shared machine only ever adds time), then each once more under
    tracemalloc for its peak. Returns the step's first result and both costs."""
    cpu: tuple[list[float], list[float]] = ([], [])
    wall: tuple[list[float], list[float]] = ([], [])
    kept: list[T] = []
    for _ in range(runs):
        for n, action in enumerate((figure, baseline)):
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            result = action()
            cpu[n].append(time.process_time() - start_cpu)
            wall[n].append(time.perf_counter() - start)
            if n == 0 and not kept:
                kept.append(result)  # type: ignore[arg-type]
            del result
    costs = [Cost(min(cpu[n]), min(wall[n]), _peak(action))
             for n, action in enumerate((figure, baseline))]
    return kept[0], costs[0], costs[1]


def _peak(action: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        action()
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def measure_fresh(setup: Callable[[], S], figure: Callable[[S], T],
                  baseline: Callable[[], object], done: Callable[[S], None],
                  runs: int = 2) -> tuple[T, Cost, Cost]:
    """`measure` for a step that changes what it works on: each run of the step gets a fresh
    `setup()` (untimed), closed with `done` afterwards."""
    cpu: tuple[list[float], list[float]] = ([], [])
    wall: tuple[list[float], list[float]] = ([], [])
    kept: list[T] = []
    for _ in range(runs):
        state = setup()
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        result = figure(state)
        cpu[0].append(time.process_time() - start_cpu)
        wall[0].append(time.perf_counter() - start)
        done(state)
        if not kept:
            kept.append(result)
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        baseline()
        cpu[1].append(time.process_time() - start_cpu)
        wall[1].append(time.perf_counter() - start)
    state = setup()
    peak = _peak(lambda: figure(state))
    done(state)
    return kept[0], Cost(min(cpu[0]), min(wall[0]), peak), \
        Cost(min(cpu[1]), min(wall[1]), _peak(baseline))


def _seconds(action: Callable[[], object]) -> float:
    """CPU seconds of one run (for the parts of a step)."""
    gc.collect()
    start = time.process_time()
    action()
    return time.process_time() - start


# -- the cohort, as participants make it -------------------------------------------------------

#: The coordinator's programme file (`ementor programme create --config`): the terms both the
#: pure steps and the vault use.
PROGRAMME_FILE = """\
organiser = "People team, Example Org"
purpose = "Pair engineers in their first years with experienced colleagues."
benefits = "A mentor outside your own team.\\nOne hour a fortnight in working time."
expectations = "Meet at least once a fortnight and tell us if it is not working."
admission = "open"
max_participants = 10000
starts = 2026-02-01
ends = 2027-01-31

[[fields]]
field = "skills"
roles = ["mentor"]
required = true
sensitive = false
shown = ["candidates", "match"]

[[fields]]
field = "wants"
roles = ["mentee"]
required = true
sensitive = false
shown = ["candidates", "match"]

[[fields]]
field = "languages"
roles = ["mentee", "mentor"]
required = true
sensitive = false
shown = ["match"]

[[fields]]
field = "timezone"
roles = ["mentee", "mentor"]
required = true
sensitive = false
shown = ["match"]

[[fields]]
field = "capacity"
roles = ["mentor"]
required = true
sensitive = false
shown = []

[[fields]]
field = "working_style"
roles = ["mentee", "mentor"]
required = false
sensitive = false
shown = ["match"]

[[fields]]
field = "department"
roles = ["mentee", "mentor"]
required = false
sensitive = true
shown = []

[[fields]]
field = "extra.site"
roles = ["mentee", "mentor"]
required = false
sensitive = false
shown = ["match"]
label = "Which site do you work at?"

[reporting]
scopes = ["agreement", "goals", "progress", "pulse", "sessions"]
min_group = 5

[[reporting.pulse]]
id = "useful"
question = "How useful was mentoring this month?"
p_milli = 1000

[[reporting.pulse]]
id = "safe"
question = "Do you feel safe raising a problem with your mentor or mentee?"
p_milli = 500

[agreement]
cadence = "fortnightly"
coordinator = ["goals", "sessions"]
"""
PROGRAMME_NAME = "Engineering mentoring 2026"


def make_terms(programme: str, coordinator: str) -> ps.Terms:
    """The terms `programme create` makes from PROGRAMME_FILE (domain/programme_terms.py)."""
    return pterms.make_terms(tomllib.loads(PROGRAMME_FILE), programme=programme,
                             coordinator=coordinator, name=PROGRAMME_NAME,
                             organiser_default=PROGRAMME_NAME)


@dataclass
class Person:
    """A participant as their own app knows them (the bench's stand-in for their vault)."""

    identity: Identity
    role: ps.Role
    name: str
    signing: str  # 64 hex
    box: str  # 64 hex
    fields: dict[str, Any]
    consent: ps.Consent
    routes: list[str]


def _pick(rng: random.Random, count: int) -> list[str]:
    weights = [1.0 / (1 + n / 8) for n in range(len(SKILLS))]  # the first skills are popular
    chosen: list[str] = []
    while len(chosen) < count:
        skill = rng.choices(SKILLS, weights)[0]
        if skill not in chosen:
            chosen.append(skill)
    return chosen


def _fields(rng: random.Random, role: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if role == "mentor":
        out["skills"] = {s: rng.randint(2, 5) for s in _pick(rng, rng.randint(2, 6))}
        out["capacity"] = rng.randint(1, 8)
    else:
        out["wants"] = {s: rng.randint(1, 5) for s in _pick(rng, rng.randint(1, 3))}
    spoken = ["en"] if rng.random() < 0.85 else []
    out["languages"] = spoken + rng.sample(LANGUAGES[1:], rng.randint(0 if spoken else 1, 2))
    out["timezone"] = rng.choice(ZONES)
    style = {q: rng.choice(answers) for q, answers in STYLE.items() if rng.random() < 0.8}
    if style:
        out["working_style"] = style
    if rng.random() < 0.9:
        out["department"] = rng.choice(DEPARTMENTS)
    if rng.random() < 0.8:
        out["extra"] = {"site": rng.choice(SITES)}
    return out


def make_people(mentees: int, mentors: int, terms: ps.Terms, coordinator: Identity,
                seed: int = 13) -> list[Person]:
    rng = random.Random(seed)
    terms_b64 = b64url_encode(ps.terms_hash(terms))
    people: list[Person] = []
    mentor: list[ps.Role] = ["mentor"]
    mentee: list[ps.Role] = ["mentee"]
    roles = mentor * mentors + mentee * mentees
    for n, role in enumerate(roles):
        identity = Identity.generate()
        fields = _fields(rng, role)
        draw = rng.random()
        scopes: list[ps.Scope] = (
            ["agreement", "goals", "progress", "pulse", "sessions"] if draw < 0.85 else
            ["agreement", "goals", "progress", "sessions"] if draw < 0.95 else ["sessions"])
        consent = ps.Consent(v=1, programme=terms.programme,
                             coordinator=coordinator.public.signing_key.hex(),
                             participant=identity.public.signing_key.hex(), role=role,
                             terms=terms_b64, scopes=scopes, at=CONSENT_AT + n * 1000)
        places = fields.get("capacity", 1)
        routes = [b64url_encode(secrets.token_bytes(32)) for _ in range(places + 1)]
        people.append(Person(identity=identity, role=role, name=f"{role.title()} {n}",
                             signing=identity.public.signing_key.hex(),
                             box=identity.public.box_key.hex(), fields=fields, consent=consent,
                             routes=routes))
    return people


def _content(kind: str, body: ps._Body, sender: bytes, recipient: bytes, sent: int) -> bytes:
    return wire.Content(message_id=secrets.token_hex(16),
                        conversation_id=conversation_id_for(sender, recipient), seq=0, kind=kind,
                        sent_at=sent, body=ps.encode_body(body)).encode()


def profile_envelopes(people: Sequence[Person], terms: ps.Terms,
                      coordinator: Identity) -> list[bytes]:
    """Each participant's `programme.profile`, consent signed with their identity key, sealed
    to the coordinator: what arrives in the coordinator's member mailboxes."""
    blobs = []
    coordinator_key = coordinator.public.signing_key
    for person in people:
        sig = sign_detached(person.identity, ps.consent_signed_bytes(person.consent)).hex()
        body = ps.ProfileBody(
            v=1, programme=terms.programme, consent=person.consent, sig=sig, name=person.name,
            role=person.role, headline=f"{person.role.title()} at Example Org",
            fields=msgspec.convert(person.fields, ps.ProfileFields, strict=True),
            routes=person.routes)
        data = _content(ps.KIND_PROFILE, body, person.identity.public.signing_key,
                        coordinator_key, person.consent.at)
        blobs.append(envelope.seal(data, person.identity.signing, coordinator.public.box_key))
    return blobs


# -- 1. enrolment ------------------------------------------------------------------------------

def receive_profiles(blobs: Sequence[bytes], opener: envelope.Opener, terms: ps.Terms,
                     coordinator: bytes) -> list[tuple[bytes, ps.ProfileBody]]:
    """The coordinator's receive work per enrolment: open, parse, consent and profile checked."""
    enrolled = []
    for blob in blobs:
        opened = opener.open(blob)
        body = ps.parse_body(opened.content.kind, opened.content.body)
        assert isinstance(body, ps.ProfileBody)
        ps.verify_consent(body.consent, body.sig, programme=terms.programme,
                          coordinator=coordinator, participant=opened.sender_signing_key,
                          terms=terms, verify=verify_detached)
        ps.check_profile(body, terms)
        enrolled.append((opened.sender_signing_key, body))
    return enrolled


def raw_open(blobs: Sequence[bytes], box: Identity) -> int:
    """Baseline: the same blobs opened with the binding alone, their content `json.loads`-ed."""
    public, secret = box.public.box_key, box.box_secret
    opened = 0
    for blob in blobs:
        padded = nacl.bindings.crypto_box_seal_open(blob[1:], public, secret)
        json.loads(padded[96:padded.rfind(b"\x80")])
        opened += 1
    return opened


# -- 1b. enrolment stored through the programme services ---------------------------------------

PASSPHRASE = "benchmark passphrase"
COUNT_SAMPLE = 50  # joins whose member counts are timed again at the end


@dataclass
class Coordinator:
    """A fresh coordinator vault, its programme created on the relay, and what its participants
    will send it (joins to the join mailbox, then each profile to its member mailbox)."""

    vault: Vault
    identity: Identity
    programme: str
    relay_url: str
    join: Mailbox
    people: list[Person]
    joins: list[bytes]
    profiles: list[bytes]


def _send_id() -> str:
    return b64url_encode(secrets.token_bytes(32))


def coordinator_vault(folder: Path, relay_url: str, session: requests.Session, mentees: int,
                      mentors: int) -> Coordinator:
    config = folder / "programme.toml"
    config.write_text(PROGRAMME_FILE, encoding="utf-8")
    vault = create_account(Home(folder / f"coordinator-{secrets.token_hex(4)}"), PASSPHRASE,
                           name="Programme coordinator", role=Role.COORDINATOR,
                           strength=KdfStrength.INTERACTIVE)
    info = programme.create_programme(vault, name=PROGRAMME_NAME, relay_url=relay_url,
                                      config_path=config, session=session)
    with vault.mutex:
        repos = Repos.over(vault.db)
        row = repos.programmes.get(info.id)
        identity = repos.identity.get()
        join = repos.mailboxes.of_programme(info.id, "join")[0]
    assert row is not None and row.terms is not None and row.secret is not None
    terms = pterms.parse_terms(row.terms)
    people = make_people(mentees, mentors, terms, identity)
    me = identity.public.signing_key
    now = int(time.time() * 1000)
    joins = []
    for person in people:
        body = ps.JoinBody(v=1, programme=info.id, secret=row.secret.hex(), box=person.box,
                           relay=info.relay_url, send_id=_send_id(), caps=list(wire.CAPS))
        data = _content(ps.KIND_JOIN, body, person.identity.public.signing_key, me, now)
        joins.append(envelope.seal(data, person.identity.signing, identity.public.box_key))
    return Coordinator(vault=vault, identity=identity, programme=info.id,
                       relay_url=info.relay_url, join=join, people=people, joins=joins,
                       profiles=profile_envelopes(people, terms, identity))


def _fetched(blob: bytes) -> RelayMessage:
    return RelayMessage(message_id=secrets.token_hex(16), received_at=time.time(), body=blob)


def enrol_through_inbox(c: Coordinator) -> int:
    """What the sync engine hands the programme services as the cohort enrols, in batches of
    as many joins as may wait at once: a fetched batch of joins from the join mailbox
    (`Inbox.receive`: each joiner recorded), each joiner's member mailbox recorded once made
    (`Inbox.mailbox_created`: the welcome queued), then each profile fetched from its member
    mailbox (`Inbox.receive`: consent and profile checked and stored, status queued). Returns
    how many are enrolled."""
    inbox = Inbox(c.vault)
    report = SyncReport()
    for first in range(0, len(c.people), MAX_OPEN_JOINS):
        batch = range(first, min(len(c.people), first + MAX_OPEN_JOINS))
        inbox.receive(c.join, [_fetched(c.joins[i]) for i in batch], report)
        for i in batch:
            key = c.people[i].identity.public.signing_key
            with c.vault.mutex:
                contact = Repos.over(c.vault.db).contacts.by_signing_key(key)
            assert contact is not None
            inbox.mailbox_created(contact.id, c.relay_url, _send_id(), _send_id(),
                                  secrets.token_bytes(32))
            with c.vault.mutex:
                repos = Repos.over(c.vault.db)
                member = repos.programmes.member_by_key(c.programme, key)
                assert member is not None and member.mailbox_id is not None
                mailbox = repos.mailboxes.get(member.mailbox_id)
            assert mailbox is not None
            inbox.receive(mailbox, [_fetched(c.profiles[i])], report)
    with c.vault.mutex:
        return Repos.over(c.vault.db).programmes.count_members(c.programme, ("enrolled",))


# -- 2. matching -------------------------------------------------------------------------------

EXCLUSIONS = 20  # pairs the coordinator keeps apart


def match_profiles(enrolled: Sequence[tuple[bytes, ps.ProfileBody]], terms: ps.Terms,
                   exclusions: Sequence[tuple[str, str]]
                   ) -> tuple[MatchResult, dict[str, str]]:
    members = [(key.hex(), body.role, body) for key, body in enrolled]
    cohort, ids = cohort_from_profiles(members, terms, exclusions=exclusions)
    return match_cohort(cohort, MatchConfig()), ids


def write_csv(cohort: Cohort, path: Path) -> None:
    """The same cohort as `ementor match` reads it (docs/matching.md)."""
    def levels(skills: Mapping[str, int]) -> str:
        return ";".join(f"{name}:{level}" for name, level in skills.items())

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*REQUIRED_COLUMNS, *cohort.extra_columns])
    for p in cohort.participants:
        writer.writerow([p.id, p.name, p.role, levels(p.skills), levels(p.wants),
                         ";".join(p.languages), p.timezone,
                         str(p.capacity) if p.role == "mentor" else "", ";".join(p.exclude),
                         p.department, *(p.extra.get(c, "") for c in cohort.extra_columns)])
    path.write_text(out.getvalue(), encoding="utf-8")


def match_csv(path: Path) -> MatchResult:
    """Baseline: `ementor match`'s code path on the CSV (without writing its output files)."""
    return match_cohort(read_cohort(path), MatchConfig())


# -- 3. cards and introductions ----------------------------------------------------------------

@dataclass
class Introductions:
    cards: int = 0
    envelopes: list[bytes] = field(default_factory=list)
    intros: int = 0
    unmatched: int = 0
    signed: list[bytes] = field(default_factory=list)  # every card's signed bytes
    sealed: list[tuple[bytes, bytes]] = field(default_factory=list)  # (content, recipient box)
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (mentee, mentor) signing hex
    recipients: list[Person] = field(default_factory=list)  # of each envelope, in order
    made: list[ps.Card] = field(default_factory=list)  # every card


def introduce(result: MatchResult, ids: Mapping[str, str], terms: ps.Terms,
              coordinator: Identity, people: Mapping[str, Person],
              profiles: Mapping[str, ps.ProfileBody], *, keep: bool = False) -> Introductions:
    """`match --apply`'s crypto and wire work: every card made and signed, an introduction for
    each side of each pair and a card for each unmatched participant, sealed to them. `keep`
    also keeps the signed and sealed byte strings (for the baseline and the checks)."""
    me = coordinator.public.signing_key
    cards = cards_from_result(result, terms=terms, programme_id=terms.programme,
                              coordinator_hex=me.hex(), key_of=ids, issued_ms=ISSUED,
                              method="max-matched", new_id=lambda: secrets.token_hex(16),
                              ids=ids)
    caps = sorted(set(wire.CAPS) | set(ps.CAPS))
    out = Introductions()
    signed: dict[str, tuple[ps.Card, str]] = {}  # card id -> card, signature
    for member_cards in cards.values():
        for card in member_cards:
            data = ps.card_signed_bytes(card)
            signed[card.id] = (card, sign_detached(coordinator, data).hex())
            out.cards += 1
            if keep:
                out.signed.append(data)
                out.made.append(card)
    route_used: dict[str, int] = {}

    def seal(kind: str, body: ps._Body, recipient: Person) -> None:
        data = _content(kind, body, me, recipient.identity.public.signing_key, ISSUED)
        out.envelopes.append(envelope.seal(data, coordinator.signing,
                                           recipient.identity.public.box_key))
        out.recipients.append(recipient)
        if keep:
            out.sealed.append((data, recipient.identity.public.box_key))

    def peer(person: Person, route: str) -> ps.Peer:
        profile = profiles[person.signing]
        return ps.Peer(signing=person.signing, box=person.box, name=profile.name,
                       role=person.role, headline=profile.headline, relay=RELAY,
                       send_id=route, caps=caps,
                       profile=shown_profile(profile.fields, terms, "match"))

    for member, member_cards in cards.items():
        person = people[member]
        for card in member_cards:
            card, sig = signed[card.id]
            if not isinstance(card.peer, str):
                seal(ps.KIND_CARD, ps.CardBody(v=1, programme=terms.programme, card=card,
                                               sig=sig), person)
                out.unmatched += 1
                continue
            other = people[card.peer]
            # A mentee gives its first route to its mentor; a mentor one route per mentee.
            mine = person.routes[route_used.get(member, 0)]
            route_used[member] = route_used.get(member, 0) + 1
            theirs = other.routes[0] if other.role == "mentee" else \
                other.routes[_mentee_index(cards[card.peer], member)]
            seal(ps.KIND_INTRO, ps.IntroBody(v=1, programme=terms.programme, card=card, sig=sig,
                                             peer=peer(other, theirs), mine=mine), person)
            out.intros += 1
            if person.role == "mentee":
                out.pairs.append((member, card.peer))
    return out


def _mentee_index(mentor_cards: Sequence[ps.Card], mentee: str) -> int:
    return next(n for n, card in enumerate(mentor_cards) if card.peer == mentee)


def check_received(intro: Introductions, terms: ps.Terms, coordinator: bytes,
                   sample: int = 50) -> int:
    """Untimed: a sample of what was sealed, opened and checked as each recipient's app does
    (a card alone, or an introduction with `verify_intro`), so the bench sends what counts."""
    checked = 0
    step = max(1, len(intro.envelopes) // sample)
    for blob, person in list(zip(intro.envelopes, intro.recipients, strict=True))[::step]:
        opened = envelope.open_envelope(blob, person.identity.box)
        assert opened.sender_signing_key == coordinator
        body = ps.parse_body(opened.content.kind, opened.content.body)
        me = person.identity.public.signing_key
        if isinstance(body, ps.IntroBody):
            ps.verify_intro(body, programme=terms.programme, coordinator=coordinator, me=me,
                            relay=RELAY, terms=terms, verify=verify_detached)
        else:
            assert isinstance(body, ps.CardBody)
            ps.verify_card(body.card, body.sig, programme=terms.programme,
                           coordinator=coordinator, me=me, verify=verify_detached)
        checked += 1
    return checked


def raw_sign_and_seal(signed: Sequence[bytes], sealed: Sequence[tuple[bytes, bytes]],
                      seed: bytes) -> int:
    """Baseline: sign every card's bytes, and sign and seal every envelope's content bytes, with
    the binding alone (no padding, no content checks, no structs)."""
    key = SigningKey(seed)
    done = 0
    for data in signed:
        key.sign(data)
        done += 1
    for data, box in sealed:
        key.sign(data)
        nacl.bindings.crypto_box_seal(data, box)
        done += 1
    return done


# -- 4. reporting ------------------------------------------------------------------------------

@dataclass
class Year:
    bodies: list[tuple[bytes, ps.SummaryBody]]  # (sender signing key, body), oldest first
    month: list[bytes]  # the last month's summaries, sealed to the coordinator
    signed: list[tuple[bytes, bytes, bytes]]  # (key, signed bytes, signature), raw baseline
    accepted: dict[str, list[str]]  # conv -> pair scopes the coordinator accepts
    convs: dict[str, set[str]]  # participant signing hex -> their pairs' convs


def _pair_history(rng: random.Random) -> tuple[list[SessionFact], list[GoalFact], CadenceFact]:
    start, _ = period_bounds(PERIODS[0])
    sessions = []
    t = start + rng.randrange(14) * DAY_MS + 9 * 3600 * 1000
    end, _ = period_bounds("2027-02")
    while t < end:
        status = rng.choices(["held", "cancelled", "planned"], [0.78, 0.12, 0.10])[0]
        sessions.append(SessionFact(start_ms=t, minutes=rng.choice([30, 45, 60]),
                                    status=status))
        t += rng.choice([7, 14, 14, 14, 21]) * DAY_MS
    goals = []
    for _ in range(rng.randint(2, 5)):
        created = start + rng.randrange(300) * DAY_MS
        status = rng.choices(["active", "achieved", "paused", "dropped"], [5, 3, 1, 1])[0]
        deleted = created + rng.randrange(60) * DAY_MS if rng.random() < 0.05 else None
        goals.append(GoalFact(created_ms=created, status=status,
                              progress=100 if status == "achieved" else rng.randrange(101),
                              deleted_ms=deleted))
    return sessions, goals, CadenceFact(cadence="fortnightly", since_ms=start)


def make_year(pairs: Sequence[tuple[str, str]], people: Mapping[str, Person], terms: ps.Terms,
              coordinator: Identity, seed: int = 17) -> Year:
    """Each side of each pair, each month: figures counted from the pair's records, pulse
    answers (the sensitive one randomised on the participant's device), signed."""
    rng = random.Random(seed)
    me = coordinator.public.signing_key
    histories = {pair: _pair_history(rng) for pair in pairs}
    memos: dict[str, dict[str, int]] = {}
    accepted: dict[str, list[str]] = {}
    convs: dict[str, set[str]] = {}
    bodies: list[tuple[bytes, ps.SummaryBody]] = []
    month: list[bytes] = []
    signed: list[tuple[bytes, bytes, bytes]] = []
    for n, period in enumerate(PERIODS):
        at = period_bounds(period)[1] + 3600 * 1000  # sent at the first sync after the month
        for pair in pairs:
            mentee, mentor = people[pair[0]], people[pair[1]]
            conv = conversation_id_for(bytes.fromhex(mentee.signing),
                                       bytes.fromhex(mentor.signing))
            scopes = ps.pair_scopes(terms, mentee.consent, mentor.consent)
            accepted[conv] = scopes
            sessions, goals, cadence = histories[pair]
            figures = figures_for(period, sessions, goals, cadence, scopes,
                                  agreement_signed=n > 0 or rng.random() < 0.7)
            for person in (mentee, mentor):
                convs.setdefault(person.signing, set()).add(conv)
                pulse = []
                if "pulse" in person.consent.scopes and rng.random() < 0.9:
                    truth = {"useful": rng.choices([1, 2, 3, 4, 5], [1, 2, 4, 6, 4])[0],
                             "safe": rng.choices([1, 2, 3, 4, 5], [1, 1, 3, 6, 6])[0]}
                    pulse = pulse_answers(truth, terms, memos.setdefault(person.signing, {}),
                                          rng.randrange)
                summary = build_summary(programme=terms.programme, coordinator=me.hex(),
                                        participant=person.signing, conv=conv, period=period,
                                        at=at + rng.randrange(3600 * 1000), figures=figures,
                                        pulse=pulse)
                if summary is None:
                    continue
                data = ps.summary_signed_bytes(summary)
                sig = sign_detached(person.identity, data)
                body = ps.SummaryBody(v=1, programme=terms.programme, summary=summary,
                                      sig=sig.hex())
                key = person.identity.public.signing_key
                bodies.append((key, body))
                signed.append((key, data, sig))
                if period == PERIODS[-1]:
                    content = _content(ps.KIND_SUMMARY, body, key, me, summary.at)
                    month.append(envelope.seal(content, person.identity.signing,
                                               coordinator.public.box_key))
    return Year(bodies=bodies, month=month, signed=signed, accepted=accepted, convs=convs)


def _check_summary(key: bytes, body: ps.SummaryBody, year: Year, consents: Mapping[str, Any],
                   terms: ps.Terms, coordinator: bytes) -> None:
    ps.verify_summary(body, coordinator=coordinator, participant=key, terms=terms,
                      consent=consents[key.hex()], accepted=year.accepted[body.summary.conv],
                      pairs=year.convs[key.hex()],
                      current_period=ps.period_of(body.summary.at), verify=verify_detached)


def receive_month(blobs: Sequence[bytes], opener: envelope.Opener, year: Year,
                  consents: Mapping[str, Any], terms: ps.Terms, coordinator: bytes) -> int:
    received = 0
    for blob in blobs:
        opened = opener.open(blob)
        body = ps.parse_body(opened.content.kind, opened.content.body)
        assert isinstance(body, ps.SummaryBody)
        _check_summary(opened.sender_signing_key, body, year, consents, terms, coordinator)
        received += 1
    return received


def canonical_checks(blobs: Sequence[bytes], box: Identity) -> list[tuple[bytes, bytes]]:
    """For the baseline: each summary's (signer, signature ‖ signed bytes), made before the
    clock starts (the real path canonicalises the summary itself)."""
    checks = []
    for blob in blobs:
        padded = nacl.bindings.crypto_box_seal_open(blob[1:], box.public.box_key, box.box_secret)
        body = json.loads(padded[96:padded.rfind(b"\x80")])["body"]
        summary = msgspec.convert(body["summary"], ps.Summary, strict=True)
        checks.append((bytes.fromhex(summary.participant),
                       bytes.fromhex(body["sig"]) + ps.summary_signed_bytes(summary)))
    return checks


def raw_month(blobs: Sequence[bytes], checks: Sequence[tuple[bytes, bytes]],
              box: Identity) -> int:
    """Baseline: unseal and `json.loads` each blob, verify each signature, with the binding."""
    public, secret = box.public.box_key, box.box_secret
    for blob in blobs:
        padded = nacl.bindings.crypto_box_seal_open(blob[1:], public, secret)
        json.loads(padded[96:padded.rfind(b"\x80")])
    for key, signed in checks:
        nacl.bindings.crypto_sign_open(signed, key)
    return len(checks)


def report_year(year: Year, consents: Mapping[str, Any], terms: ps.Terms, coordinator: bytes,
                rows: Sequence[ParticipantRow]) -> tuple[int, str]:
    """The year's report: every summary checked again, aggregated, and exported as CSV."""
    summaries = []
    for key, body in year.bodies:
        _check_summary(key, body, year, consents, terms, coordinator)
        summaries.append(body.summary)
    report = build_report(programme_id=terms.programme, name=terms.name, terms=terms,
                          participants=rows, summaries=summaries, now_ms=ISSUED + 400 * DAY_MS)
    return len(report.periods), report_csv(report)


def raw_verify(signed: Sequence[tuple[bytes, bytes, bytes]]) -> int:
    """Baseline: the same number of Ed25519 signatures verified with the binding."""
    for key, data, sig in signed:
        nacl.bindings.crypto_sign_open(sig + data, key)
    return len(signed)


# -- the run -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    step: str
    work: str
    figure: Cost
    baseline_label: str
    baseline: Cost


@dataclass
class Results:
    mentees: int
    mentors: int
    places: int
    enrolled: int
    matched_pairs: int
    csv_matched: int
    same_total: bool
    cards: int
    intros: int
    unmatched_cards: int
    envelopes: int
    checked: int
    summaries: int
    month_summaries: int
    report_periods: int
    csv_lines: int
    stored: int
    prepare_seconds: dict[str, float]
    rows: list[Row]
    load: tuple[float, float]
    parts: dict[str, float]  # where the time goes: seconds of parts of the steps, timed alone


def measure_all(quick: bool, runs: int = 2) -> Results:
    """Every step at full size, or a tenth of it (`quick`); `runs` timed runs of each (the
    smoke test takes one)."""
    mentees, mentors = (200, 40) if quick else (2_000, 400)
    load_before = os.getloadavg()[0]
    with TemporaryDirectory(prefix="bench-programme-") as name, requests.Session() as session:
        folder = Path(name)
        (folder / "relay.toml").write_text(RELAY_CONFIG, encoding="utf-8")
        relay = spawn_relay(str(folder / "relay.sqlite3"), folder,
                            config_file=folder / "relay.toml")
        try:
            return _measure(mentees, mentors, folder, relay.base_url, session, load_before,
                            runs)
        finally:
            relay.terminate()


def _measure(mentees: int, mentors: int, folder: Path, relay_url: str,
             session: requests.Session, load_before: float, runs: int) -> Results:
    prepare: dict[str, float] = {}
    coordinator = Identity.generate()
    me = coordinator.public.signing_key
    terms = make_terms(secrets.token_hex(16), me.hex())
    opener = envelope.Opener(coordinator.box)

    start = time.perf_counter()
    people = make_people(mentees, mentors, terms, coordinator)
    blobs = profile_envelopes(people, terms, coordinator)
    prepare["enrolment"] = time.perf_counter() - start
    by_key = {p.signing: p for p in people}

    # 1. enrolment
    enrolled, enrol_cost, raw_enrol = measure(
        lambda: receive_profiles(blobs, opener, terms, me), lambda: raw_open(blobs, coordinator),
        runs)
    assert len(enrolled) == len(people)

    # 1b. the same, stored through the programme services (a fresh coordinator vault each run)
    made: list[Coordinator] = []

    def fresh() -> Coordinator:
        made.append(coordinator_vault(folder, relay_url, session, mentees, mentors))
        return made[-1]

    stored, stored_cost, raw_stored = measure_fresh(
        fresh, enrol_through_inbox,
        lambda: raw_open([*made[0].joins, *made[0].profiles], made[0].identity),
        lambda c: None, runs)
    assert stored == len(people)
    last = made[-1]  # fully enrolled: what its member table costs to count, at that size
    with last.vault.mutex:
        repos = Repos.over(last.vault.db)
        per_join = _seconds(lambda: [(
            repos.programmes.count_members(last.programme, ("pending", "enrolled")),
            repos.programmes.count_members(last.programme, ("joined",)))
            for _ in range(COUNT_SAMPLE)]) / COUNT_SAMPLE
    for c in made:
        c.vault.close()

    # 2. matching
    rng = random.Random(5)
    mentee_keys = [p.signing for p in people if p.role == "mentee"]
    mentor_keys = [p.signing for p in people if p.role == "mentor"]
    exclusions = [(rng.choice(mentee_keys), rng.choice(mentor_keys)) for _ in range(EXCLUSIONS)]
    csv_path = folder / "cohort.csv"
    write_csv(cohort_from_profiles([(key.hex(), body.role, body) for key, body in enrolled],
                                   terms, exclusions=exclusions)[0], csv_path)
    (result, ids), match_cost, csv_cost = measure(
        lambda: match_profiles(enrolled, terms, exclusions), lambda: match_csv(csv_path), runs)
    csv_result = match_csv(csv_path)

    # 3. cards and introductions
    profiles = {key.hex(): body for key, body in enrolled}
    kept = introduce(result, ids, terms, coordinator, by_key, profiles, keep=True)
    checked = check_received(kept, terms, me)
    seed = secrets.token_bytes(32)
    intro, intro_cost, raw_intro = measure(
        lambda: introduce(result, ids, terms, coordinator, by_key, profiles),
        lambda: raw_sign_and_seal(kept.signed, kept.sealed, seed), runs)

    # 4. reporting
    start = time.perf_counter()
    year = make_year(intro.pairs, by_key, terms, coordinator)
    prepare["summaries"] = time.perf_counter() - start
    consents = {p.signing: p.consent for p in people}
    checks = canonical_checks(year.month, coordinator)
    month, month_cost, raw_month_cost = measure(
        lambda: receive_month(year.month, opener, year, consents, terms, me),
        lambda: raw_month(year.month, checks, coordinator), runs)
    rows = _participant_rows(people, intro.pairs)
    (periods, report_text), report_cost, raw_report = measure(
        lambda: report_year(year, consents, terms, me, rows), lambda: raw_verify(year.signed),
        runs)

    parts = {
        "counts_per_join": per_join,
        "open": _seconds(lambda: [opener.open(blob) for blob in blobs]),
        "terms_hash": _seconds(lambda: [ps.terms_hash(terms) for _ in blobs]),
        "terms_stored": _seconds(lambda: [rfc8785.dumps(msgspec.to_builtins(terms))
                                          for _ in range(2 * len(blobs))]),
        "cards": _seconds(lambda: cards_from_result(
            result, terms=terms, programme_id=terms.programme, coordinator_hex=me.hex(),
            key_of=ids, issued_ms=ISSUED, method="max-matched",
            new_id=lambda: secrets.token_hex(16), ids=ids)),
        "sign": _seconds(lambda: [sign_detached(coordinator, ps.card_signed_bytes(card))
                                  for card in kept.made]),
        "seal": _seconds(lambda: [envelope.seal(data, coordinator.signing, box)
                                  for data, box in kept.sealed]),
        "canonical": _seconds(lambda: [ps.summary_signed_bytes(body.summary)
                                       for _key, body in year.bodies]),
        "aggregate": _seconds(lambda: report_csv(build_report(
            programme_id=terms.programme, name=terms.name, terms=terms, participants=rows,
            summaries=[body.summary for _key, body in year.bodies],
            now_ms=ISSUED + 400 * DAY_MS))),
    }
    n_env = len(intro.envelopes)
    table = [
        Row("1. enrolment", f"{len(blobs):,} `programme.profile` envelopes opened, parsed, "
            "consent and profile checked", enrol_cost,
            "the same blobs: `crypto_box_seal_open` + `json.loads`", raw_enrol),
        Row("1b. enrolment stored", f"the same, through the programme services into a "
            f"coordinator vault: {len(people):,} joins and {len(people):,} profiles handed to "
            "the inbox as the sync engine does after a fetch (joiner recorded, member mailbox "
            "recorded and welcome queued, profile checked and stored, status queued)",
            stored_cost, f"the same {2 * len(people):,} blobs (joins and profiles): "
            "`crypto_box_seal_open` + `json.loads`", raw_stored),
        Row("2. matching", "`cohort_from_profiles` + `match_cohort` over the enrolled "
            "profiles", match_cost, "`ementor match`'s path on the same cohort as CSV: "
            "`read_cohort` + `match_cohort`", csv_cost),
        Row("3. cards and introductions", f"{intro.cards:,} cards made and signed, "
            f"{n_env:,} envelopes built and sealed ({intro.intros:,} introductions, "
            f"{intro.unmatched:,} unmatched cards)", intro_cost,
            f"raw Ed25519 sign of the same {intro.cards:,} card byte strings, sign + "
            f"`crypto_box_seal` of the same {n_env:,} contents", raw_intro),
        Row("4a. a month's summaries received", f"{month:,} `programme.summary` envelopes "
            "opened, parsed, `verify_summary`", month_cost,
            "the same blobs: `crypto_box_seal_open` + `json.loads` + raw verify (bytes "
            "canonicalised beforehand)", raw_month_cost),
        Row("4b. a year's report", f"{len(year.bodies):,} summaries checked again "
            "(`verify_summary`), `build_report`, `report_csv`", report_cost,
            f"raw Ed25519 verify of the same {len(year.signed):,} signatures", raw_report),
    ]
    return Results(
        mentees=mentees, mentors=mentors,
        places=sum(p.fields.get("capacity", 0) for p in people), enrolled=len(enrolled),
        matched_pairs=result.assignment.matched, csv_matched=csv_result.assignment.matched,
        same_total=result.assignment.total == csv_result.assignment.total,
        cards=intro.cards, intros=intro.intros, unmatched_cards=intro.unmatched,
        envelopes=n_env, checked=checked, summaries=len(year.bodies), month_summaries=month,
        report_periods=periods, csv_lines=report_text.count("\r\n"), stored=stored,
        prepare_seconds=prepare, rows=table, load=(load_before, os.getloadavg()[0]),
        parts=parts)



def _participant_rows(people: Sequence[Person],
                      pairs: Sequence[tuple[str, str]]) -> list[ParticipantRow]:
    peers: dict[str, list[str]] = {}
    for mentee, mentor in pairs:
        peers.setdefault(mentee, []).append(mentor)
        peers.setdefault(mentor, []).append(mentee)
    names = {p.signing: p.name for p in people}
    return [ParticipantRow(
        member_id=p.signing[:32], key=p.signing, name=p.name, role=p.role,
        state=ParticipantState.ACTIVE if p.signing in peers else ParticipantState.ENROLLED,
        joined_at=p.consent.at, capacity=p.fields.get("capacity", 1),
        used=len(peers.get(p.signing, [])),
        matched_with=tuple(names[k] for k in peers.get(p.signing, [])),
        scopes=tuple(p.consent.scopes)) for p in people]


def _mem(mib: float) -> str:
    return f"{mib:,.1f} MiB" if mib >= 1 else f"{mib * 1024:,.0f} KiB"


def _time(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:,.1f} ms"


def _where(r: Results) -> list[str]:
    """Where the time goes, from parts of the steps timed alone in the same run."""
    step = {row.step.split(".")[0]: row.figure.cpu for row in r.rows}
    enrol, stored, intro, report = step["1"], step["1b"], step["3"], step["4b"]
    p = r.parts

    def part(name: str, whole: float) -> str:
        return f"{_time(p[name])} ({p[name] / whole:.0%})"

    rest = intro - p["cards"] - p["sign"] - p["seal"]
    return [
        "Where the time goes (CPU time of each part run alone, once, in the same run; "
        "percentages of the step's CPU time):",
        "",
        f"- Enrolment: opening the envelopes (unseal, signature, strict content and body "
        f"parse) {part('open', enrol)}; the terms hash that `verify_consent` checks every "
        "consent against (RFC 8785 of the whole terms, in pure Python, then BLAKE2b), computed "
        "once for the decoded terms and kept (`programme_schema.terms_hash`), "
        f"{part('terms_hash', enrol)}. The rest is the handler's second parse of the body "
        "(`parse_body` of the decoded object, as the inbox does), the consent's own canonical "
        "form and signature, and `check_profile`.",
        "- Enrolment stored: each join counts the enrolled and the joined members "
        "(`apply_join`: two `count(*)` over `programme_members` by state, from the index on "
        f"its state). At the end, with {r.stored:,} members, the two take "
        f"{_time(p['counts_per_join'])} of CPU per join, against {_time(stored / r.stored)} "
        "per enrolment for the whole step. The stored terms are decoded once and kept "
        "(`programme_terms.parse_terms`); the terms in each welcome are still canonicalised "
        "(RFC 8785) twice on the way to the outbox, where `encode_body` and `Content.encode` "
        "parse the body back and `Terms.__post_init__` checks its size: "
        f"{part('terms_stored', stored)}. The rest is the first step's work and three "
        "transactions per enrolment (the join batch's share, the member mailbox, the "
        "profile), whose commits wait for the disk: that shows in wall time more than in CPU "
        "time.",
        f"- Cards and introductions: `cards_from_result` {part('cards', intro)}; signing "
        f"the cards (RFC 8785 of each, Ed25519) {part('sign', intro)}; the seals (envelope "
        f"signature, key check, sealed box) {part('seal', intro)}; the rest, {_time(rest)} "
        f"({rest / intro:.0%}), builds the bodies (the peer's shown profile included), each "
        "checked three times as the sending code does (built, "
        "`encode_body`, `Content.encode` parses it back), with the single-line text rules "
        "(`clean_name`) on every name, headline and criterion sentence.",
        f"- The year's report: canonicalising each summary for its signature (RFC 8785) "
        f"{part('canonical', report)}; `build_report` + `report_csv` "
        f"{part('aggregate', report)}; the rest is Ed25519 verification (a `VerifyKey` per "
        "call in `verify_detached`) and `verify_summary`'s checks.",
    ]


def render(r: Results) -> str:
    lines = [
        f"{r.mentees:,} mentees and {r.mentors:,} mentors ({r.places:,} places, capacities "
        "1–8), each a real Ed25519/X25519 identity. Profiles: skills with levels, wanted "
        "skills, languages, time zone, working-style answers, a department the terms mark "
        "sensitive, and one programme question (site), as the programme file in "
        "bench/bench_programme.py asks.",
        "",
        "| step | the coordinator's work | CPU time | wall | peak memory | baseline (same "
        "run) | CPU time | wall | peak memory | ratio (CPU) |",
        "|---|---|---:|---:|---:|---|---:|---:|---:|---:|",
    ]
    for row in r.rows:
        figure, base = row.figure, row.baseline
        lines.append(f"| {row.step} | {row.work} | {_time(figure.cpu)} | {_time(figure.wall)} "
                     f"| {_mem(figure.peak_mib)} | {row.baseline_label} | {_time(base.cpu)} | "
                     f"{_time(base.wall)} | {_mem(base.peak_mib)} | "
                     f"{figure.cpu / base.cpu:,.1f}× |")
    total = sum(row.figure.cpu for row in r.rows)
    lines += [
        "",
        f"The coordinator's side of the whole programme takes {total:,.1f} s of CPU here: "
        f"{r.matched_pairs:,} pairs matched ({r.csv_matched:,} by the CSV path, same total "
        f"score: {'yes' if r.same_total else 'NO'}), {r.cards:,} cards, {r.envelopes:,} "
        f"envelopes out, {r.summaries:,} summaries over 12 months reported in "
        f"{r.report_periods} monthly rows ({r.csv_lines:,} CSV lines).",
        "",
        *_where(r),
        "",
        "Time: each step and its baseline run alternately twice with tracing off, the best of "
        "each kept; CPU time is this process's (the ratio uses it, since other work on the "
        "machine stretches wall time unevenly), wall time beside it. Peak memory: one more "
        "run of the same work under `tracemalloc`, the most Python heap held above the step's "
        "start (numpy arrays included; OR-Tools', libsodium's and SQLCipher's native memory "
        "not). What the participants send is made before the clock starts and is in no "
        "figure: identities, consents, profiles and their envelopes took "
        f"{r.prepare_seconds['enrolment']:,.1f} s, the year's summaries (counted, "
        "randomised, signed; the last month sealed) "
        f"{r.prepare_seconds['summaries']:,.1f} s; so are step 1b's fresh coordinator "
        "vaults. Step 1b is the only one that stores: the relay's HTTP round trips "
        "(fetching, making each member mailbox, acknowledging) are not in it, and the "
        "summaries of 4a are not stored (their handler needs the pairs that `programme "
        "match --apply` records in the vault).",
        "",
        f"One-minute load average before and after: {r.load[0]:.1f} and {r.load[1]:.1f} on "
        f"{os.cpu_count()} cores (the machine was shared with other work, which stretches wall "
        "time far more than CPU time).",
    ]
    return "\n".join(lines) + "\n"


def run(quick: bool) -> str:
    return render(measure_all(quick))


if __name__ == "__main__":
    print(run(quick="--quick" in sys.argv))
