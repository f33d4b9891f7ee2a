"""docs/protocol.md Part 4 (programmes): the vectors, read from the document and checked against
protocol/programme_schema.py, and hostile input for every body — forged signers, altered cards,
wrong programmes, replayed and old enrolments, oversized values, unknown fields, and later
versions (kept, not dropped)."""

from __future__ import annotations

import copy
import hashlib
import json
import math
import re
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import msgspec
import pytest
import rfc8785
from nacl.signing import SigningKey

from ementor_desktop.crypto.derive import conversation_id_for
from ementor_desktop.crypto.envelope import SIGN_CONTEXT
from ementor_desktop.crypto.identity import Identity
from ementor_desktop.crypto.keys import check_box_key, check_signing_key
from ementor_desktop.crypto.signing import sign_detached, verify_detached
from ementor_desktop.protocol import programme_schema as ps
from ementor_desktop.protocol.content import CAPS as CONTENT_CAPS
from ementor_desktop.protocol.relay_v1 import b64url_decode, b64url_encode

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"
TEXT = DOC.read_text(encoding="utf-8")
PART_4 = TEXT[TEXT.index("# Part 4"):]
SOURCE = Path(ps.__file__).read_text(encoding="utf-8")


def _blocks() -> dict[str, dict[str, str]]:
    """Part 4's `<!-- vector -->` blocks by their `vector:` name, one `field: value` a line."""
    found = {}
    for block in re.findall(r"<!-- vector -->\n```\n(.*?)```", PART_4, re.DOTALL):
        fields = {}
        for line in block.splitlines():
            name, _, value = line.partition(":")
            fields[name] = value[1:] if value.startswith(" ") else value
        found[fields["vector"]] = fields
    return found


BLOCKS = _blocks()

ADA = Identity(bytes(range(0, 32)), bytes(range(32, 64)))  # mentee
BEN = Identity(bytes(range(64, 96)), bytes(range(96, 128)))  # mentor
CLEO = Identity(bytes(range(128, 160)), bytes(range(160, 192)))  # coordinator
ADA_KEY, BEN_KEY, CLEO_KEY = (i.public.signing_key for i in (ADA, BEN, CLEO))
ADA_HEX, BEN_HEX, CLEO_HEX = (k.hex() for k in (ADA_KEY, BEN_KEY, CLEO_KEY))
PROGRAMME = "00112233445566778899aabbccddeeff"
OTHER_PROGRAMME = "ffeeddccbbaa99887766554433221100"
RELAY = "https://relay.example.org"
T_SENT = 1767603600000  # the join's `sent`: 2026-01-05 09:00 UTC
DAY = 24 * 3600 * 1000


def _send_id(n: int) -> str:
    return b64url_encode(bytes([n]) * 32)


def _hex(n: int) -> str:
    return f"{n:02x}" * 16


def _blob(size: int = 1024, version: int = 1) -> str:
    """A note's shape: a Part 2 envelope blob of a bucket size (contents do not matter here)."""
    return b64url_encode(bytes([version]) + bytes(range(1, size)) if size <= 256
                         else bytes([version]) + bytes(n % 251 for n in range(size - 1)))


def _verify(key: bytes, message: bytes, signature: bytes) -> bool:
    return verify_detached(key, message, signature)


# -- the statements of the vectors, as plain values -------------------------------------------

TERMS: dict[str, Any] = json.loads(BLOCKS["programme-terms"]["terms_json"])
TERMS_STRUCT = msgspec.convert(TERMS, ps.Terms, strict=True)
CONSENT: dict[str, Any] = json.loads(BLOCKS["programme-consent"]["consent_json"])
CARD: dict[str, Any] = json.loads(BLOCKS["match-card"]["card_json"])
SUMMARY: dict[str, Any] = json.loads(BLOCKS["programme-summary"]["summary_json"])
CARD_SIG = BLOCKS["match-card"]["coordinator_signature"]
CONSENT_SIG = BLOCKS["programme-consent"]["signature"]
SUMMARY_SIG = BLOCKS["programme-summary"]["signature"]
CODE = ps.EnrolmentCode.parse(BLOCKS["programme-code"]["code"])
BEN_CONSENT: dict[str, Any] = {**CONSENT, "participant": BEN_HEX, "role": "mentor",
                               "at": CONSENT["at"] + 1000}


def _struct(kind: type[Any], plain: dict[str, Any]) -> Any:
    return msgspec.convert(plain, kind, strict=True)


def _sign_card(card: dict[str, Any], signer: Identity = CLEO) -> str:
    return sign_detached(signer, ps.card_signed_bytes(_struct(ps.Card, card))).hex()


def _sign_consent(consent: dict[str, Any], signer: Identity) -> str:
    return sign_detached(signer, ps.consent_signed_bytes(_struct(ps.Consent, consent))).hex()


def _sign_summary(summary: dict[str, Any], signer: Identity) -> str:
    return sign_detached(signer, ps.summary_signed_bytes(_struct(ps.Summary, summary))).hex()


PEER = {"signing": BEN_HEX, "box": BEN.public.box_key.hex(), "name": "Ben Okafor",
        "role": "mentor", "headline": "Rust at work", "relay": RELAY, "send_id": _send_id(4),
        "caps": list(ps.CAPS), "profile": {"skills": {"python": 5}, "languages": ["en"],
                                           "timezone": "Europe/London"}}
ENTRY = {"candidate": _hex(0x71), "name": "Ben Okafor", "headline": "", "role": "mentor",
         "profile": {"skills": {"python": 5, "sql": 4}}, "score_milli": CARD["score_milli"],
         "max_milli": CARD["max_milli"], "criteria": CARD["criteria"], "signing": BEN_HEX,
         "box": BEN.public.box_key.hex()}
_W = {"v": 1, "programme": PROGRAMME}

VALID: dict[str, dict[str, Any]] = {
    ps.KIND_JOIN: json.loads(BLOCKS["programme-join"]["content"])["body"],
    ps.KIND_WELCOME: {**_W, "terms": TERMS, "relay": RELAY, "send_id": _send_id(1),
                      "caps": list(ps.CAPS)},
    ps.KIND_PROFILE: {**_W, "consent": CONSENT, "sig": CONSENT_SIG, "name": "Ada Lovelace",
                      "role": "mentee", "headline": "Learning to build things that last",
                      "fields": {"wants": {"python": 3, "sql": 2}, "languages": ["en", "fr"],
                                 "timezone": "Europe/London", "department": "Finance",
                                 "extra": {"site": "Leeds"}},
                      "routes": [_send_id(2), _send_id(3)]},
    ps.KIND_STATUS: {**_W, "state": "enrolled", "at": T_SENT + DAY,
                     "pairs": [{"peer": BEN_HEX, "state": "active", "scopes": ["sessions"]}]},
    ps.KIND_SHORTLIST: {**_W, "shortlist": _hex(0x61), "issued": T_SENT + DAY,
                        "expires": T_SENT + 8 * DAY, "mode": "request", "entries": [ENTRY]},
    ps.KIND_RANK: {**_W, "shortlist": _hex(0x61), "order": [_hex(0x71)]},
    ps.KIND_REQUEST: {**_W, "request": _hex(0x81), "shortlist": _hex(0x61),
                      "candidate": _hex(0x71), "note": _blob()},
    ps.KIND_OFFER: {**_W, "request": _hex(0x81), "expires": T_SENT + 9 * DAY,
                    "mentee": {"signing": ADA_HEX, "box": ADA.public.box_key.hex(),
                               "name": "Ada Lovelace", "headline": "",
                               "profile": {"wants": {"python": 3}}},
                    "note": _blob(4096)},
    ps.KIND_REPLY: {**_W, "request": _hex(0x81), "action": "decline", "reason": "availability",
                    "note": _blob()},
    ps.KIND_OUTCOME: {**_W, "request": _hex(0x81), "state": "declined", "at": T_SENT + 3 * DAY,
                      "reason": "availability", "note": _blob()},
    ps.KIND_CARD: {**_W, "card": CARD, "sig": CARD_SIG},
    ps.KIND_INTRO: {**_W, "card": CARD, "sig": CARD_SIG, "peer": PEER, "mine": _send_id(2)},
    ps.KIND_LEAVE: {**_W, "reason": "completed"},
    ps.KIND_REMATCH: {**_W, "peer": BEN_HEX, "note": "We never found a time that suited us."},
    ps.KIND_REPORT: {**_W, "report": _hex(0x91), "category": "conduct", "about": BEN_HEX,
                     "text": "In our last session …\nPlease call me.", "contact": True},
    ps.KIND_SUMMARY: {**_W, "summary": SUMMARY, "sig": SUMMARY_SIG},
    ps.KIND_WITHDRAW: {**_W, "consent": {**CONSENT, "scopes": ["sessions"],
                                         "at": CONSENT["at"] + DAY},
                       "sig": _sign_consent({**CONSENT, "scopes": ["sessions"],
                                             "at": CONSENT["at"] + DAY}, ADA)},
    ps.KIND_NOTE: {**_W, "request": _hex(0x81), "text": "Hello Ben — could we talk about Rust?"},
}


def _with(body: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(body)
    target: Any = changed
    for step in path[:-1]:
        target = target[step]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return changed


_DELETE = object()


def _refused(kind: str, body: dict[str, Any] | bytes, reason: str = "malformed") -> None:
    with pytest.raises(ps.ProgrammeError) as info:
        ps.parse_body(kind, body)
    assert info.value.reason == reason
    assert not info.value.keep


# -- the document -------------------------------------------------------------------------------

def test_the_document_has_the_vectors() -> None:
    assert set(BLOCKS) == {"programme-code", "programme-terms", "programme-join",
                           "programme-consent", "match-card", "programme-summary",
                           "randomised-response", "small-groups"}


def test_the_kinds_table_is_the_module_s() -> None:
    rows = re.findall(r"^\| `(programme\.[a-z]+)` \| (P|C)[^|]*→ (C|P)", PART_4, re.MULTILINE)
    kinds = {kind: (frm, to) for kind, frm, to in rows}
    assert set(kinds) == set(ps.CAPS) and len(ps.CAPS) == 17
    assert {k for k, (frm, _) in kinds.items() if frm == "P"} == ps.TO_COORDINATOR
    assert {k for k, (frm, _) in kinds.items() if frm == "C"} == ps.TO_PARTICIPANT
    assert ps.KIND_NOTE not in ps.CAPS
    # announced only once handlers exist: exactly the programme kinds this app applies
    from ementor_desktop.domain.programme_inbox import HANDLED
    from ementor_desktop.domain.programme_selfservice import HANDLED as SELF_SERVICE
    from ementor_desktop.protocol.content import PROGRAMME_KINDS

    assert set(ps.CAPS) & set(CONTENT_CAPS) == PROGRAMME_KINDS \
        == HANDLED | SELF_SERVICE | {ps.KIND_JOIN}


def test_every_refusal_the_module_names_is_documented() -> None:
    reasons = set(re.findall(r'ProgrammeError\("([^"]+)"\)', SOURCE))
    reasons -= {"bad code"}  # a code is refused whole, in plain words, not as an envelope
    missing = sorted(r for r in reasons if f"`{r}`" not in PART_4)
    assert not missing, missing


def test_the_document_uses_the_module_s_contexts() -> None:
    assert BLOCKS["match-card"]["context_hex"] == ps.CARD_CONTEXT.hex()
    assert BLOCKS["programme-consent"]["context_hex"] == ps.CONSENT_CONTEXT.hex()
    assert BLOCKS["programme-summary"]["context_hex"] == ps.SUMMARY_CONTEXT.hex()
    for context in (ps.CARD_CONTEXT, ps.CONSENT_CONTEXT, ps.SUMMARY_CONTEXT):
        assert f'"{context[:-1].decode()}" ‖ 0x00' in PART_4


# -- vectors ------------------------------------------------------------------------------------

def test_code_vector() -> None:
    v = BLOCKS["programme-code"]
    code = ps.EnrolmentCode(
        relay_url=v["r"], send_id=v["s"], signing_key=b64url_decode(v["k"], 32),
        box_key=b64url_decode(v["b"], 32), programme=v["p"], secret=b64url_decode(v["x"], 32),
        terms_hash=b64url_decode(v["t"], 32), expires_at=int(v["e"]), name=v["n"],
        admission=v["a"])
    assert code.payload() == v["payload_json"].encode("utf-8")
    assert hashlib.blake2b(code.payload(), digest_size=4).hexdigest() == v["checksum"]
    assert code.encode() == v["code"]
    assert ps.EnrolmentCode.parse(v["code"]) == code
    assert code.secret.hex() == v["join_secret"]
    assert code.signing_key == CLEO_KEY and code.box_key == CLEO.public.box_key
    check_signing_key(code.signing_key)
    check_box_key(code.box_key)
    assert list(json.loads(v["payload_json"])) == ["r", "s", "k", "b", "p", "x", "t", "e", "n",
                                                   "a"]


def test_a_code_survives_line_breaks_and_ignores_unknown_fields() -> None:
    text = BLOCKS["programme-code"]["code"]
    broken = "\n".join(text[i:i + 60] for i in range(0, len(text), 60)) + "  \n"
    assert ps.EnrolmentCode.parse(broken) == CODE
    payload = json.loads(CODE.payload())
    payload["z"] = "a later field"
    raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    later = (ps.CODE_PREFIX + b64url_encode(raw) + "."
             + hashlib.blake2b(raw, digest_size=4).hexdigest())
    assert ps.EnrolmentCode.parse(later) == CODE
    assert ps.EnrolmentCode.parse(CODE.encode()).admission == CODE.admission


def _code_text(**changes: Any) -> str:
    payload = json.loads(CODE.payload())
    for key, value in changes.items():
        if value is _DELETE:
            del payload[key]
        else:
            payload[key] = value
    raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return ps.CODE_PREFIX + b64url_encode(raw) + "." + hashlib.blake2b(raw,
                                                                       digest_size=4).hexdigest()


@pytest.mark.parametrize("text", [
    "", "ementor-invite-1:abc.def", BLOCKS["programme-code"]["code"][:-1] + "0",
    BLOCKS["programme-code"]["code"].upper(), ps.CODE_PREFIX + "A" * 5000 + ".00000000",
    _code_text(r="http://relay.example.org"), _code_text(r="https://Relay.example.org"),
    _code_text(s="A" * 42), _code_text(k="A" * 44), _code_text(p="0011"),
    _code_text(p=PROGRAMME.upper()), _code_text(x="wMHC"), _code_text(t=_DELETE),
    _code_text(e=1.5), _code_text(e=True), _code_text(e=-1), _code_text(e="1769904000"),
    _code_text(n=""), _code_text(n="Mentoring\u202e2026"), _code_text(n="x" * 201),
    _code_text(a=""), _code_text(a="x" * 513), _code_text(a=5),
])
def test_a_bad_code_is_refused_whole(text: str) -> None:
    with pytest.raises(ps.ProgrammeError) as info:
        ps.EnrolmentCode.parse(text)
    assert info.value.reason == "bad code"


def test_terms_vector() -> None:
    v = BLOCKS["programme-terms"]
    assert rfc8785.dumps(TERMS) == v["canonical_json"].encode("utf-8")
    assert ps.terms_hash(TERMS_STRUCT).hex() == v["terms_hash_hex"]
    assert b64url_encode(ps.terms_hash(TERMS_STRUCT)) == v["terms_hash"] \
        == BLOCKS["programme-code"]["t"]
    # The hash is of the terms, not of the bytes on the wire: another order, same hash.
    shuffled = json.loads(json.dumps(dict(reversed(list(TERMS.items())))))
    assert ps.terms_hash(_struct(ps.Terms, shuffled)) == ps.terms_hash(TERMS_STRUCT)


def test_a_remembered_terms_hash_belongs_to_that_very_object() -> None:
    """The hash is kept per decoded terms object (decoding is cached by its text): another
    object with other content never gets it, even one that reuses a freed object's id."""
    from ementor_desktop.domain.programme_terms import canonical, parse_terms

    first = ps.terms_hash(TERMS_STRUCT)
    assert ps.terms_hash(TERMS_STRUCT) == first
    other = msgspec.structs.replace(TERMS_STRUCT, name=TERMS_STRUCT.name + " (renamed)")
    assert ps.terms_hash(other) != first
    for n in range(40):  # objects made and freed in turn: ids are reused
        fresh = msgspec.structs.replace(TERMS_STRUCT, name=f"Cohort {n}")
        assert ps.terms_hash(fresh) == hashlib.blake2b(
            rfc8785.dumps(msgspec.to_builtins(fresh)), digest_size=32,
            person=ps.TERMS_PERSON).digest()
        del fresh
    text = canonical(TERMS_STRUCT)
    assert parse_terms(text) is parse_terms(text) and parse_terms(text) == TERMS_STRUCT
    assert ps.terms_hash(parse_terms(text)) == first


def test_join_vector() -> None:
    v = BLOCKS["programme-join"]
    content = v["content"].encode("utf-8")
    header = json.loads(content)
    assert header["kind"] == ps.KIND_JOIN and header["seq"] == 0
    assert v["conv"] == header["conv"] == conversation_id_for(ADA_KEY, CLEO_KEY)
    body = ps.parse_body(ps.KIND_JOIN, json.dumps(header["body"]).encode())
    assert isinstance(body, ps.JoinBody)
    signed = SIGN_CONTEXT + CLEO.public.box_key + content
    assert SigningKey(ADA.signing_seed).sign(signed).signature.hex() == v["envelope_signature"]
    assert verify_detached(ADA_KEY, signed, bytes.fromhex(v["envelope_signature"]))
    ps.check_join(body, programme=CODE.programme, secret=CODE.secret, relay=CODE.relay_url,
                  expires_at_s=CODE.expires_at, sent_ms=header["sent"], now_ms=T_SENT + 3600_000)


def test_consent_vector() -> None:
    v = BLOCKS["programme-consent"]
    consent = _struct(ps.Consent, CONSENT)
    signed = ps.consent_signed_bytes(consent)
    assert signed.hex() == v["signed_hex"]
    assert signed == ps.CONSENT_CONTEXT + v["consent_json"].encode("utf-8")
    assert sign_detached(ADA, signed).hex() == v["signature"]
    assert consent.terms == BLOCKS["programme-terms"]["terms_hash"]
    ps.verify_consent(consent, v["signature"], programme=PROGRAMME, coordinator=CLEO_KEY,
                      participant=ADA_KEY, terms=TERMS_STRUCT, verify=_verify)


def test_card_vector() -> None:
    v = BLOCKS["match-card"]
    card = _struct(ps.Card, CARD)
    signed = ps.card_signed_bytes(card)
    assert signed == bytes.fromhex(v["context_hex"]) + v["card_json"].encode("utf-8")
    assert hashlib.sha256(signed).hexdigest() == v["signed_sha256"]
    assert len(signed) == int(v["signed_bytes_len"])
    assert sign_detached(CLEO, signed).hex() == v["coordinator_signature"]
    ps.verify_card(card, CARD_SIG, programme=PROGRAMME, coordinator=CLEO_KEY, me=ADA_KEY,
                   verify=_verify)
    assert card.peer == BEN_HEX and card.score_milli == sum(
        c.contribution_milli for c in card.criteria or [])


def test_summary_vector() -> None:
    v = BLOCKS["programme-summary"]
    summary = _struct(ps.Summary, SUMMARY)
    signed = ps.summary_signed_bytes(summary)
    assert signed.hex() == v["signed_hex"]
    assert sign_detached(BEN, signed).hex() == v["signature"]
    assert summary.conv == conversation_id_for(ADA_KEY, BEN_KEY)
    ps.verify_summary(ps.parse_body(ps.KIND_SUMMARY, VALID[ps.KIND_SUMMARY]),
                      coordinator=CLEO_KEY, participant=BEN_KEY, terms=TERMS_STRUCT,
                      consent=_struct(ps.Consent, BEN_CONSENT), accepted=["sessions"],
                      pairs=[summary.conv], current_period="2026-03", verify=_verify)


def _draws(*values: int) -> Callable[[int], int]:
    queue = list(values)

    def draw(n: int) -> int:
        value = queue.pop(0)
        assert 0 <= value < n
        return value
    return draw


def test_randomised_response_vector() -> None:
    v = BLOCKS["randomised-response"]
    p = int(v["p_milli"])
    for case in "ab":
        draws = [int(d) for d in v[f"draws_{case}"].split()]
        assert ps.randomise(int(v[f"value_{case}"]), p, _draws(*draws)) == int(v[f"sent_{case}"])
    assert ps.randomise(int(v["value_c"]), int(v["p_milli_c"]), _draws()) == int(v["sent_c"])
    estimate = ps.estimate([int(r) for r in v["reports"].split()], p)
    assert estimate.mean == Fraction(v["mean"])
    assert estimate.variance == Fraction(v["variance"])
    assert estimate.shares == tuple(Fraction(s) for s in v["shares"].split())
    assert sum(estimate.shares) == 1
    assert f"{ps.epsilon(p):.6f}" == v["epsilon"]


def _sent_distribution(value: int, p_milli: int) -> dict[int, Fraction]:
    """Every draw the device can make, enumerated: the exact chance of sending each value."""
    chances: dict[int, Fraction] = {}
    for keep in range(1000):
        for uniform in range(5):
            sent = ps.randomise(value, p_milli, _draws(keep, uniform)
                                if keep >= p_milli else _draws(keep))
            chances[sent] = chances.get(sent, Fraction(0)) + Fraction(1, 5000)
    return chances


@pytest.mark.parametrize("p_milli", [100, 500, 900])
def test_the_estimators_are_unbiased_and_epsilon_is_the_likelihood_ratio(p_milli: int) -> None:
    truth = {1: Fraction(1, 10), 2: Fraction(0), 3: Fraction(3, 10), 4: Fraction(2, 5),
             5: Fraction(1, 5)}
    given = {v: _sent_distribution(v, p_milli) for v in ps.SCALE}
    sent = {r: sum(truth[v] * given[v].get(r, Fraction(0)) for v in ps.SCALE) for r in ps.SCALE}
    p = Fraction(p_milli, 1000)
    # E[μ̂] for one answer is (E[r] − 3(1 − p)) / p, and μ̂ is linear in the answers.
    expected_mean = (sum(r * q for r, q in sent.items()) - 3 * (1 - p)) / p
    assert expected_mean == sum(v * t for v, t in truth.items())
    for j in ps.SCALE:
        assert (sent[j] - (1 - p) / 5) / p == truth[j]
    ratio = max(given[a][a] / given[b][a] for a in ps.SCALE for b in ps.SCALE if a != b)
    assert float(ratio) == pytest.approx((1 + 4 * p_milli / 1000) / (1 - p_milli / 1000))
    assert ps.epsilon(p_milli) == pytest.approx(math.log(ratio))


def test_randomisation_refuses_values_off_the_scale() -> None:
    for value, p in ((0, 500), (6, 500), (3, 50), (3, 1001)):
        with pytest.raises(ValueError, match="value or p"):
            ps.randomise(value, p, _draws(0, 0))
    with pytest.raises(ValueError, match="reports"):
        ps.estimate([], 500)


def test_small_groups_vector() -> None:
    v = BLOCKS["small-groups"]
    k = int(v["k"])
    for suffix in ("", "_b", "_c", "_d"):
        counts = {cell: int(n) for cell, _, n in
                  (item.partition("=") for item in v[f"counts{suffix}"].split())}
        assert sorted(ps.suppressed(counts, k)) == v[f"suppressed{suffix}"].split()


def test_suppressed_cells_never_sum_to_a_small_group() -> None:
    for counts in ({"a": 1, "b": 1, "c": 1, "d": 40}, {"a": 0, "b": 4, "c": 9},
                   {"a": 5, "b": 5}, {"a": 3, "b": 0, "c": 0, "d": 6, "e": 6}):
        hidden = ps.suppressed(counts, 5)
        assert all(counts[c] == 0 or counts[c] >= 5 for c in set(counts) - hidden)
        assert sum(counts[c] for c in hidden) == 0 or sum(counts[c] for c in hidden) >= 5


# -- every body: valid, unknown fields, later versions, oversized values -----------------------

def test_every_kind_has_a_valid_example() -> None:
    assert set(VALID) == set(ps.SCHEMAS) == set(ps.CAPS) | {ps.KIND_NOTE}


@pytest.mark.parametrize("kind", sorted(VALID))
def test_a_valid_body_parses_and_round_trips(kind: str) -> None:
    body = ps.parse_body(kind, VALID[kind])
    assert type(body) is ps.SCHEMAS[kind]
    assert ps.parse_body(kind, json.dumps(VALID[kind], ensure_ascii=False).encode()) == body
    assert ps.encode_body(body) == VALID[kind]


@pytest.mark.parametrize("kind", sorted(VALID))
def test_an_unknown_field_is_refused(kind: str) -> None:
    _refused(kind, {**VALID[kind], "extra_field": 1})
    _refused(kind, _with(VALID[kind], ("programme",), _DELETE))


@pytest.mark.parametrize("kind", sorted(VALID))
def test_a_later_version_is_kept_whatever_it_holds(kind: str) -> None:
    for version in (2, 0, 99):
        later = {**VALID[kind], "v": version, "a_field_of_that_version": {"x": [1]}}
        for form in (later, json.dumps(later).encode()):
            with pytest.raises(ps.ProgrammeError) as info:
                ps.parse_body(kind, form)
            assert info.value.reason == "unsupported programme version" and info.value.keep
    for version in (1.0, True, "1", None):
        _refused(kind, {**VALID[kind], "v": version})
    _refused(kind, _with(VALID[kind], ("v",), _DELETE))


def test_an_unknown_programme_kind_is_kept() -> None:
    with pytest.raises(ps.ProgrammeError) as info:
        ps.parse_body("programme.vote", {**_W, "choice": 1})
    assert info.value.reason == "unknown kind" and info.value.keep


def test_content_over_the_largest_envelope_is_refused_before_decoding() -> None:
    padded = json.dumps({**VALID[ps.KIND_LEAVE]}).encode()[:-1] + b" " * ps.MAX_CONTENT + b"}"
    _refused(ps.KIND_LEAVE, padded, "too large")
    _refused(ps.KIND_LEAVE, b"\xff\xfe{}")
    _refused(ps.KIND_LEAVE, b'{"v":1,"programme":"' + PROGRAMME.encode() + b'"')


NESTED_UNKNOWN = [
    (ps.KIND_WELCOME, ("terms",)), (ps.KIND_WELCOME, ("terms", "matching")),
    (ps.KIND_WELCOME, ("terms", "fields", 0)),
    (ps.KIND_WELCOME, ("terms", "reporting", "pulse", 0)),
    (ps.KIND_PROFILE, ("consent",)), (ps.KIND_PROFILE, ("fields",)),
    (ps.KIND_STATUS, ("pairs", 0)), (ps.KIND_SHORTLIST, ("entries", 0)),
    (ps.KIND_SHORTLIST, ("entries", 0, "criteria", 0)), (ps.KIND_OFFER, ("mentee",)),
    (ps.KIND_CARD, ("card",)), (ps.KIND_CARD, ("card", "alternatives", 0)),
    (ps.KIND_CARD, ("card", "alternatives", 0, "lower_on", 0)), (ps.KIND_INTRO, ("peer",)),
    (ps.KIND_INTRO, ("peer", "profile")), (ps.KIND_SUMMARY, ("summary",)),
    (ps.KIND_SUMMARY, ("summary", "figures")), (ps.KIND_SUMMARY, ("summary", "pulse", 0)),
    (ps.KIND_WITHDRAW, ("consent",)),
]


@pytest.mark.parametrize(("kind", "path"), NESTED_UNKNOWN, ids=lambda x: str(x))
def test_an_unknown_field_anywhere_inside_is_refused(kind: str, path: tuple[Any, ...]) -> None:
    _refused(kind, _with(VALID[kind], (*path, "surprise"), True))


LONG = "é" * 2001  # 4,002 bytes
HOSTILE: list[tuple[str, tuple[Any, ...], Any]] = [
    (ps.KIND_JOIN, ("relay",), "https://Relay.example.org"),  # not in normal form
    (ps.KIND_JOIN, ("relay",), "http://relay.example.org"),
    (ps.KIND_JOIN, ("relay",), "https://relay.example.org/" + "a" * 2048),
    (ps.KIND_JOIN, ("secret",), "C0" * 32),
    (ps.KIND_JOIN, ("send_id",), "A" * 43 + "\n"),
    (ps.KIND_JOIN, ("send_id",), "B" * 43),  # not canonical base64url
    (ps.KIND_JOIN, ("box",), "00" * 31),
    (ps.KIND_JOIN, ("caps",), ["a"] * 65),
    (ps.KIND_WELCOME, ("terms", "purpose"), LONG),
    (ps.KIND_WELCOME, ("terms", "purpose"), "line\n" * 60),
    (ps.KIND_WELCOME, ("terms", "purpose"), "   "),
    (ps.KIND_WELCOME, ("terms", "name"), "Mentoring\u202egnirotneM"),
    (ps.KIND_WELCOME, ("terms", "name"), " Mentoring"),
    (ps.KIND_WELCOME, ("terms", "programme"), OTHER_PROGRAMME),
    (ps.KIND_WELCOME, ("terms", "max_participants"), 10_001),
    (ps.KIND_WELCOME, ("terms", "fields"), [TERMS["fields"][0]] * 2),
    (ps.KIND_WELCOME, ("terms", "fields"), []),
    (ps.KIND_WELCOME, ("terms", "fields", 5, "shown"), ["match"]),  # a sensitive field shown
    (ps.KIND_WELCOME, ("terms", "fields", 6, "label"), _DELETE),
    (ps.KIND_WELCOME, ("terms", "fields", 0, "field"), "salary"),
    (ps.KIND_WELCOME, ("terms", "reporting", "min_group"), 2),
    (ps.KIND_WELCOME, ("terms", "reporting", "pulse", 1, "p_milli"), 950),
    (ps.KIND_WELCOME, ("terms", "reporting", "pulse", 1, "p_milli"), 99),
    (ps.KIND_WELCOME, ("terms", "reporting", "scopes"), ["goals", "sessions"]),  # pulse items
    (ps.KIND_WELCOME, ("terms", "agreement", "coordinator"), ["progress"]),
    (ps.KIND_WELCOME, ("terms", "ends"), "2025-12-31"),
    (ps.KIND_WELCOME, ("terms", "starts"), "2026-02-30"),
    (ps.KIND_WELCOME, ("terms", "retention", "after_end_days"), 3651),
    (ps.KIND_WELCOME, ("terms", "matching", "shortlist"), 11),
    (ps.KIND_WELCOME, ("terms", "benefits"), "x" * 4000 + "\n" * 0 + "é"),
    (ps.KIND_PROFILE, ("name",), "x" * 321),
    (ps.KIND_PROFILE, ("name",), ""),
    (ps.KIND_PROFILE, ("headline",), "two\nlines"),
    (ps.KIND_PROFILE, ("routes",), [_send_id(n) for n in range(22)]),
    (ps.KIND_PROFILE, ("routes",), [_send_id(2), _send_id(2)]),
    (ps.KIND_PROFILE, ("routes",), []),
    (ps.KIND_PROFILE, ("role",), "coordinator"),
    (ps.KIND_PROFILE, ("consent", "role"), "mentor"),
    (ps.KIND_PROFILE, ("consent", "programme"), OTHER_PROGRAMME),
    (ps.KIND_PROFILE, ("consent", "scopes"), ["pulse", "pulse"]),
    (ps.KIND_PROFILE, ("consent", "participant"), CLEO_HEX),
    (ps.KIND_PROFILE, ("sig",), "00" * 63),
    (ps.KIND_PROFILE, ("fields", "extra"), {f"q{n}": "yes" for n in range(11)}),
    (ps.KIND_PROFILE, ("fields", "extra", "site"), "x" * 101),
    (ps.KIND_PROFILE, ("fields", "extra", "Site"), "Leeds"),
    (ps.KIND_PROFILE, ("fields", "department"), ""),
    (ps.KIND_PROFILE, ("fields", "wants", "python"), 6),
    (ps.KIND_STATUS, ("state",), "admitted"),
    (ps.KIND_STATUS, ("pairs",), [{"peer": _hex(n) * 2, "state": "active", "scopes": []}
                                  for n in range(21)]),
    (ps.KIND_STATUS, ("pairs", 0, "scopes"), ["pulse"]),
    (ps.KIND_STATUS, ("routes_needed",), 0),
    (ps.KIND_SHORTLIST, ("entries",), [ENTRY] * 11),
    (ps.KIND_SHORTLIST, ("entries",), [ENTRY, ENTRY]),  # one candidate twice
    (ps.KIND_SHORTLIST, ("entries",), []),
    (ps.KIND_SHORTLIST, ("expires",), T_SENT + DAY),
    (ps.KIND_SHORTLIST, ("entries", 0, "box"), _DELETE),  # request mode needs both keys
    (ps.KIND_SHORTLIST, ("entries", 0, "score_milli"), 9876),  # does not add up
    (ps.KIND_RANK, ("order",), [_hex(n) for n in range(11)]),
    (ps.KIND_RANK, ("order",), [_hex(0x71), _hex(0x71)]),
    (ps.KIND_RANK, ("order",), []),
    (ps.KIND_REQUEST, ("note",), _blob(2048)),
    (ps.KIND_REQUEST, ("note",), _blob(1024, version=2)),
    (ps.KIND_REQUEST, ("note",), _blob(16384)),
    (ps.KIND_OFFER, ("mentee", "name"), ""),
    (ps.KIND_OFFER, ("mentee", "signing"), "zz" * 32),
    (ps.KIND_REPLY, ("reason",), _DELETE),  # a decline without a reason
    (ps.KIND_REPLY, ("action",), "accept"),  # an accept with a reason
    (ps.KIND_REPLY, ("action",), "ignore"),
    (ps.KIND_OUTCOME, ("state",), "expired"),  # a reason (and a note) with an expiry
    (ps.KIND_CARD, ("card", "criteria"), CARD["criteria"] + [CARD["criteria"][0]] * 2),
    (ps.KIND_CARD, ("card", "criteria", 0, "detail"), "x" * 401),
    (ps.KIND_CARD, ("card", "criteria", 4, "detail"), "Both in Finance."),  # sensitive explained
    (ps.KIND_CARD, ("card", "criteria", 0, "contribution_milli"), 5001),
    (ps.KIND_CARD, ("card", "score_milli"), 9876),  # card arithmetic
    (ps.KIND_CARD, ("card", "max_milli"), 12000),
    (ps.KIND_CARD, ("card", "peer"), CLEO_HEX),  # the coordinator as the peer
    (ps.KIND_CARD, ("card", "peer"), ADA_HEX),  # the subject as the peer
    (ps.KIND_CARD, ("card", "peer"), _DELETE),  # a score without a match
    (ps.KIND_CARD, ("card", "unmatched"), "all_full"),  # matched and not
    (ps.KIND_CARD, ("card", "places"), {"capacity": 2, "used": 1}),  # a mentee's places
    (ps.KIND_CARD, ("card", "alternatives"), [CARD["alternatives"][0]] * 11),
    (ps.KIND_CARD, ("card", "alternatives", 1, "rules"), []),  # ruled out by nothing
    (ps.KIND_CARD, ("card", "alternatives", 1, "rules"), ["exclusion"]),  # never named so
    (ps.KIND_CARD, ("card", "alternatives", 0, "lower_on", 0, "difference_milli"), 0),
    (ps.KIND_CARD, ("card", "rank"), 11),
    (ps.KIND_CARD, ("card", "method"), "greedy"),
    (ps.KIND_CARD, ("card", "v"), 2),  # a later card inside a version-1 body
    (ps.KIND_INTRO, ("peer", "relay"), "http://relay.example.org"),
    (ps.KIND_INTRO, ("peer", "name"), "Ben\nOkafor"),
    (ps.KIND_INTRO, ("mine",), "A" * 44),
    (ps.KIND_LEAVE, ("reason",), "angry"),
    (ps.KIND_REMATCH, ("note",), LONG),
    (ps.KIND_REMATCH, ("peer",), BEN_HEX.upper()),
    (ps.KIND_REPORT, ("text",), "x" * 8001),
    (ps.KIND_REPORT, ("text",), "\n\n"),
    (ps.KIND_REPORT, ("text",), "bell\x07"),
    (ps.KIND_REPORT, ("contact",), "yes"),
    (ps.KIND_REPORT, ("category",), "rumour"),
    (ps.KIND_SUMMARY, ("summary", "pulse", 0, "value"), 6),
    (ps.KIND_SUMMARY, ("summary", "pulse"), [{"item": f"i{n}", "value": 3, "p_milli": 1000}
                                             for n in range(11)]),
    (ps.KIND_SUMMARY, ("summary", "scopes"), ["pulse", "sessions", "goals"]),  # no goal figure
    (ps.KIND_SUMMARY, ("summary", "scopes"), ["pulse"]),  # session figures without the scope
    (ps.KIND_SUMMARY, ("summary", "figures", "minutes_held"), 100_001),
    (ps.KIND_SUMMARY, ("summary", "figures", "goals_set"), 1),  # goals without the scope
    (ps.KIND_SUMMARY, ("summary", "period"), "2026-13"),
    (ps.KIND_SUMMARY, ("summary", "programme"), OTHER_PROGRAMME),
    (ps.KIND_SUMMARY, ("summary", "participant"), CLEO_HEX),
    (ps.KIND_WITHDRAW, ("consent", "scopes"), ["sessions", "sessions"]),
    (ps.KIND_WITHDRAW, ("consent", "programme"), OTHER_PROGRAMME),
    (ps.KIND_NOTE, ("text",), "x" * 2001),
]


@pytest.mark.parametrize(("kind", "path", "value"), HOSTILE,
                         ids=lambda x: x if isinstance(x, str) else "-".join(map(str, x))
                         if isinstance(x, tuple) else None)
def test_a_hostile_value_is_refused(kind: str, path: tuple[Any, ...], value: Any) -> None:
    _refused(kind, _with(VALID[kind], path, value))


def test_goals_achieved_never_exceed_goals_set() -> None:
    figures = {"goals_set": 2, "goals_achieved": 3}
    summary = {**SUMMARY, "scopes": ["goals"], "figures": figures}
    summary.pop("pulse")
    _refused(ps.KIND_SUMMARY, {**VALID[ps.KIND_SUMMARY], "summary": summary})
    figures["goals_achieved"] = 2
    ps.parse_body(ps.KIND_SUMMARY, {**VALID[ps.KIND_SUMMARY], "summary": summary})


# -- forged signers, altered cards, wrong programmes -------------------------------------------

def _card_error(card: dict[str, Any], sig: str, *, me: bytes = ADA_KEY,
                programme: str = PROGRAMME, coordinator: bytes = CLEO_KEY) -> str:
    with pytest.raises(ps.ProgrammeError) as info:
        ps.verify_card(_struct(ps.Card, card), sig, programme=programme,
                       coordinator=coordinator, me=me, verify=_verify)
    return info.value.reason


def test_a_card_signed_by_anyone_but_the_coordinator_is_refused() -> None:
    assert _card_error(CARD, _sign_card(CARD, BEN)) == "bad card signature"
    assert _card_error(CARD, _sign_card(CARD, ADA)) == "bad card signature"
    # Signed by Ben and naming Ben as coordinator: not this programme's coordinator.
    forged = {**CARD, "coordinator": BEN_HEX, "peer": CLEO_HEX}
    assert _card_error(forged, _sign_card(forged, BEN)) == "not the coordinator's card"


def test_an_altered_card_no_longer_verifies() -> None:
    better = copy.deepcopy(CARD)
    better["criteria"][1]["contribution_milli"] = 3000
    better["score_milli"] = CARD["score_milli"] + 750
    assert _card_error(better, CARD_SIG) == "bad card signature"
    for path, value in ((("rank",), 2), (("method",), "manual"), (("issued",), 1),
                        (("alternatives", 0, "status"), "lower"),
                        (("criteria", 0, "detail"), "Offers every wanted skill.")):
        altered = _with(CARD, path, value)
        if path[0] == "alternatives":
            del altered["alternatives"][0]["total_change_milli"]
        assert _card_error(altered, CARD_SIG) == "bad card signature"
    # The signature is over the canonical form: key order and spacing on the wire do not matter.
    shuffled = json.loads(json.dumps(dict(reversed(list(CARD.items()))), indent=2))
    ps.verify_card(_struct(ps.Card, shuffled), CARD_SIG, programme=PROGRAMME,
                   coordinator=CLEO_KEY, me=ADA_KEY, verify=_verify)


def test_someone_else_s_card_or_another_programme_s_is_refused() -> None:
    assert _card_error(CARD, CARD_SIG, me=BEN_KEY) == "not my card"
    assert _card_error(CARD, CARD_SIG, programme=OTHER_PROGRAMME) == "wrong programme"
    moved = {**CARD, "programme": OTHER_PROGRAMME}
    assert _card_error(moved, _sign_card(moved), programme=PROGRAMME) == "wrong programme"
    assert _card_error(CARD, CARD_SIG, coordinator=BEN_KEY) == "not the coordinator's card"


def _intro_error(body: dict[str, Any], *, sign: bool = True, me: bytes = ADA_KEY) -> str:
    if sign:
        body = {**body, "sig": _sign_card(body["card"])}
    parsed = ps.parse_body(ps.KIND_INTRO, body)
    assert isinstance(parsed, ps.IntroBody)
    with pytest.raises(ps.ProgrammeError) as info:
        ps.verify_intro(parsed, programme=PROGRAMME, coordinator=CLEO_KEY, me=me, relay=RELAY,
                        terms=TERMS_STRUCT, verify=_verify)
    return info.value.reason


def test_an_introduction_is_checked_before_any_contact_is_made() -> None:
    intro = VALID[ps.KIND_INTRO]
    parsed = ps.parse_body(ps.KIND_INTRO, intro)
    assert isinstance(parsed, ps.IntroBody)
    ps.verify_intro(parsed, programme=PROGRAMME, coordinator=CLEO_KEY, me=ADA_KEY, relay=RELAY,
                    terms=TERMS_STRUCT, verify=_verify)
    # The coordinator introduces itself as the mentor (its own identity key): refused.
    self_intro = _with(intro, ("peer", "signing"), CLEO_HEX)
    assert _intro_error(self_intro) == "coordinator introduced itself"
    assert _intro_error(_with(intro, ("peer", "signing"), ADA_HEX)) == "introduced to myself"
    other = "2b" * 32
    assert _intro_error(_with(intro, ("peer", "signing"), other)) == \
        "card does not match the introduction"
    assert _intro_error(_with(intro, ("peer", "role"), "mentee")) == \
        "card does not match the introduction"
    assert _intro_error(_with(intro, ("peer", "relay"), "https://relay.example.net")) == \
        "wrong relay"
    leaked = _with(intro, ("peer", "profile", "department"), "Legal")
    assert _intro_error(leaked) == "field not shared"  # a sensitive field of the peer
    unshown = _with(intro, ("peer", "profile", "extra"), {"site": "Leeds"})
    ps.verify_intro(ps.parse_body(ps.KIND_INTRO, unshown),
                    programme=PROGRAMME, coordinator=CLEO_KEY, me=ADA_KEY, relay=RELAY,
                    terms=TERMS_STRUCT, verify=_verify)
    assert _intro_error(intro, sign=False, me=BEN_KEY) == "not my card"
    assert _intro_error(_with(intro, ("sig",), _sign_card(CARD, BEN)), sign=False) == \
        "bad card signature"


def test_a_shortlist_or_offer_never_shows_a_sensitive_field() -> None:
    terms = TERMS_STRUCT
    ps.check_shown(_struct(ps.ProfileFields, ENTRY["profile"]), terms, "candidates")
    for profile, audience in (({"department": "Legal"}, "candidates"),
                              ({"department": "Legal"}, "match"),
                              ({"languages": ["en"]}, "candidates"),  # shown to the match only
                              ({"capacity": 2}, "match"),  # shown to nobody
                              ({"bio": "Hi"}, "match")):  # not asked at all
        with pytest.raises(ps.ProgrammeError, match="field not shared"):
            ps.check_shown(_struct(ps.ProfileFields, profile), terms, audience)


def test_a_welcome_must_carry_the_terms_of_the_code() -> None:
    welcome = ps.parse_body(ps.KIND_WELCOME, VALID[ps.KIND_WELCOME])
    assert isinstance(welcome, ps.WelcomeBody)
    ps.check_welcome(welcome, CODE, relay=RELAY)
    cases = {
        "terms differ from the code": _with(VALID[ps.KIND_WELCOME], ("terms", "retention",
                                                                     "after_end_days"), 3650),
        "terms of another coordinator": _with(VALID[ps.KIND_WELCOME],
                                              ("terms", "coordinator"), BEN_HEX),
        "wrong relay": _with(VALID[ps.KIND_WELCOME], ("relay",), "https://relay.example.net"),
    }
    for reason, body in cases.items():
        parsed = ps.parse_body(ps.KIND_WELCOME, body)
        with pytest.raises(ps.ProgrammeError) as info:
            ps.check_welcome(parsed, CODE, relay=RELAY)
        assert info.value.reason == reason
    other = ps.EnrolmentCode(**{**CODE.__dict__, "programme": OTHER_PROGRAMME})
    with pytest.raises(ps.ProgrammeError, match="wrong programme"):
        ps.check_welcome(welcome, other, relay=RELAY)


def _consent_error(consent: dict[str, Any], sig: str, *, participant: bytes = ADA_KEY,
                   previous_at: int | None = None, left_at_ms: int | None = None) -> str:
    with pytest.raises(ps.ProgrammeError) as info:
        ps.verify_consent(_struct(ps.Consent, consent), sig, programme=PROGRAMME,
                          coordinator=CLEO_KEY, participant=participant, terms=TERMS_STRUCT,
                          verify=_verify, previous_at=previous_at, left_at_ms=left_at_ms)
    return info.value.reason


def test_a_forged_or_misdirected_consent_is_refused() -> None:
    assert _consent_error(CONSENT, _sign_consent(CONSENT, BEN)) == "bad consent signature"
    # Ben sends Ada's (genuinely signed) consent as his own: not the sender's.
    assert _consent_error(CONSENT, CONSENT_SIG, participant=BEN_KEY) == \
        "not the sender's consent"
    wider = {**CONSENT, "scopes": ["agreement", "pulse", "sessions"]}
    assert _consent_error(wider, _sign_consent(wider, ADA)) == "consent beyond the terms"
    other_terms = {**CONSENT, "terms": b64url_encode(bytes(32))}
    assert _consent_error(other_terms, _sign_consent(other_terms, ADA)) == \
        "consent to other terms"
    elsewhere = {**CONSENT, "coordinator": BEN_HEX}
    assert _consent_error(elsewhere, _sign_consent(elsewhere, ADA)) == "wrong coordinator"
    moved = {**CONSENT, "programme": OTHER_PROGRAMME}
    assert _consent_error(moved, _sign_consent(moved, ADA)) == "wrong programme"


def test_a_replayed_or_old_enrolment_is_refused() -> None:
    assert _consent_error(CONSENT, CONSENT_SIG, left_at_ms=CONSENT["at"]) == \
        "replayed enrolment"
    assert _consent_error(CONSENT, CONSENT_SIG, previous_at=CONSENT["at"]) == "old consent"
    ps.verify_consent(_struct(ps.Consent, CONSENT), CONSENT_SIG, programme=PROGRAMME,
                      coordinator=CLEO_KEY, participant=ADA_KEY, terms=TERMS_STRUCT,
                      verify=_verify, previous_at=CONSENT["at"] - 1,
                      left_at_ms=CONSENT["at"] - 1)
    join = ps.parse_body(ps.KIND_JOIN, VALID[ps.KIND_JOIN])
    assert isinstance(join, ps.JoinBody)

    def error(**changes: Any) -> str:
        kwargs: dict[str, Any] = {
            "programme": PROGRAMME, "secret": CODE.secret, "relay": RELAY,
            "expires_at_s": CODE.expires_at, "sent_ms": T_SENT, "now_ms": T_SENT + 3600_000,
            **changes}
        with pytest.raises(ps.ProgrammeError) as info:
            ps.check_join(join, **kwargs)
        return info.value.reason

    assert error(now_ms=T_SENT + 7 * DAY + 1) == "stale join"  # replayed after a week
    assert error(sent_ms=T_SENT + 2 * DAY) == "stale join"  # a clock far ahead
    assert error(left_at_ms=T_SENT) == "replayed enrolment"  # the join of someone who left
    assert error(now_ms=CODE.expires_at * 1000 + 1, sent_ms=CODE.expires_at * 1000) == \
        "enrolment closed"
    assert error(secret=bytes(32)) == "wrong enrolment secret"
    assert error(programme=OTHER_PROGRAMME) == "wrong programme"
    assert error(relay="https://relay.example.net") == "wrong relay"
    # Re-joining after leaving, with a fresh join, is allowed.
    ps.check_join(join, programme=PROGRAMME, secret=CODE.secret, relay=RELAY,
                  expires_at_s=CODE.expires_at, sent_ms=T_SENT, now_ms=T_SENT + 3600_000,
                  left_at_ms=T_SENT - 1)


def test_a_withdrawal_only_narrows() -> None:
    held = _struct(ps.Consent, CONSENT)
    narrower = _struct(ps.Consent, VALID[ps.KIND_WITHDRAW]["consent"])
    ps.check_withdrawal(narrower, held)
    ps.verify_consent(narrower, VALID[ps.KIND_WITHDRAW]["sig"], programme=PROGRAMME,
                      coordinator=CLEO_KEY, participant=ADA_KEY, terms=TERMS_STRUCT,
                      verify=_verify, previous_at=held.at)
    for wider in ({**CONSENT, "scopes": ["goals", "pulse", "sessions"]},
                  {**CONSENT, "scopes": [], "role": "mentor"}):
        with pytest.raises(ps.ProgrammeError, match="not a withdrawal"):
            ps.check_withdrawal(_struct(ps.Consent, wider), held)
    ps.check_withdrawal(_struct(ps.Consent, {**CONSENT, "scopes": []}), held)
    ben = _struct(ps.Consent, BEN_CONSENT)
    assert ps.pair_scopes(TERMS_STRUCT, held, ben) == ["sessions"]
    assert ps.pair_scopes(TERMS_STRUCT, narrower, _struct(ps.Consent, {
        **BEN_CONSENT, "scopes": ["pulse"]})) == []


def test_a_profile_carries_exactly_what_the_terms_ask() -> None:
    profile = ps.parse_body(ps.KIND_PROFILE, VALID[ps.KIND_PROFILE])
    assert isinstance(profile, ps.ProfileBody)
    ps.check_profile(profile, TERMS_STRUCT)
    cases = {
        "field not asked": ("fields", "skills"),  # asked of mentors only
        "required field missing": ("fields", "wants"),
    }
    for reason, path in cases.items():
        value: Any = {"python": 4} if reason == "field not asked" else _DELETE
        parsed = ps.parse_body(ps.KIND_PROFILE, _with(VALID[ps.KIND_PROFILE], path, value))
        with pytest.raises(ps.ProgrammeError) as info:
            ps.check_profile(parsed, TERMS_STRUCT)
        assert info.value.reason == reason
    bio = ps.parse_body(ps.KIND_PROFILE, _with(VALID[ps.KIND_PROFILE], ("fields", "bio"), "Hi"))
    with pytest.raises(ps.ProgrammeError, match="field not asked"):
        ps.check_profile(bio, TERMS_STRUCT)


def _summary_error(summary: dict[str, Any], *, signer: Identity = BEN,
                   participant: bytes = BEN_KEY, consent: dict[str, Any] | None = BEN_CONSENT,
                   accepted: tuple[str, ...] = ("sessions",), current: str = "2026-03",
                   pairs: tuple[str, ...] | None = None, sig: str | None = None) -> str:
    body = ps.parse_body(ps.KIND_SUMMARY, {**_W, "summary": summary,
                                           "sig": sig or _sign_summary(summary, signer)})
    assert isinstance(body, ps.SummaryBody)
    with pytest.raises(ps.ProgrammeError) as info:
        ps.verify_summary(body, coordinator=CLEO_KEY, participant=participant,
                          terms=TERMS_STRUCT,
                          consent=_struct(ps.Consent, consent) if consent else None,
                          accepted=accepted, pairs=pairs or (SUMMARY["conv"],),
                          current_period=current, verify=_verify)
    return info.value.reason


def test_a_summary_is_checked_against_signer_pair_period_and_consent() -> None:
    assert _summary_error(SUMMARY, signer=ADA) == "bad summary signature"
    assert _summary_error(SUMMARY, participant=ADA_KEY) == "not the sender's summary"
    assert _summary_error(SUMMARY, sig=SUMMARY_SIG, pairs=("ab" * 16,)) == "not your pair"
    assert _summary_error(SUMMARY, sig=SUMMARY_SIG, current="2026-05") == "period out of range"
    assert _summary_error(SUMMARY, sig=SUMMARY_SIG, current="2026-01") == "period out of range"
    early = {**SUMMARY, "period": "2025-12"}
    assert _summary_error(early, current="2026-01") == "period out of range"  # before consent
    assert _summary_error(SUMMARY, sig=SUMMARY_SIG, consent=None) == "outside consent"
    assert _summary_error(SUMMARY, sig=SUMMARY_SIG,
                          consent={**BEN_CONSENT, "scopes": ["sessions"]}) == "outside consent"
    # Ada withdrew session figures: the coordinator no longer accepts them for the pair.
    assert _summary_error(SUMMARY, sig=SUMMARY_SIG, accepted=()) == "outside consent"
    unrandomised = copy.deepcopy(SUMMARY)
    unrandomised["pulse"][1]["p_milli"] = 1000  # the sensitive item sent as the plain truth
    assert _summary_error(unrandomised) == "wrong randomisation"
    unknown = copy.deepcopy(SUMMARY)
    unknown["pulse"][0]["item"] = "salary"
    assert _summary_error(unknown) == "unknown pulse item"
    moved = {**SUMMARY, "programme": OTHER_PROGRAMME}
    body = ps.parse_body(ps.KIND_SUMMARY, {"v": 1, "programme": OTHER_PROGRAMME,
                                           "summary": moved,
                                           "sig": _sign_summary(moved, BEN)})
    with pytest.raises(ps.ProgrammeError, match="wrong programme"):
        ps.verify_summary(body, coordinator=CLEO_KEY, participant=BEN_KEY,
                          terms=TERMS_STRUCT, consent=_struct(ps.Consent, BEN_CONSENT),
                          accepted=["sessions"], pairs=[SUMMARY["conv"]],
                          current_period="2026-03", verify=_verify)


def test_summaries_may_come_two_months_late_and_months_count_across_years() -> None:
    assert ps.months_before("2025-11", "2026-01") == 2
    assert ps.months_before("2026-02", "2026-02") == 0
    assert ps.period_of(SUMMARY["at"]) == "2026-03"
    assert ps.period_of(1767225599999) == "2025-12"
