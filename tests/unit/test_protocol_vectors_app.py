"""docs/protocol.md Part 2's vectors, read from the document and checked against the code: the
identity table of §1, and the `<!-- vector -->` blocks (buckets, refused keys, the invite code,
local message ids, the key-change proof), plus the invite code format."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import nacl.bindings
import pytest
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from ementor_desktop.crypto import envelope
from ementor_desktop.crypto.derive import (
    LOCAL_ID_PURPOSE,
    REKEY_CONTEXT,
    check_rekey_proof,
    conversation_id_for,
    local_message_id,
    rekey_proof,
)
from ementor_desktop.crypto.identity import Identity, PublicIdentity, fingerprint
from ementor_desktop.crypto.keys import BadPublicKey, check_box_key, check_signing_key
from ementor_desktop.domain.contacts import InviteCode, safety_number_for, safety_qr_payload
from ementor_desktop.errors import UsageError
from ementor_desktop.protocol import shared_schema
from ementor_desktop.protocol.content import CAPS, Content, parse_content

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"
TEXT = DOC.read_text(encoding="utf-8")
PART_2 = TEXT[TEXT.index("# Part 2"):TEXT.index("# Part 3")]


def _blocks() -> dict[str, dict[str, str]]:
    """Part 2's `<!-- vector -->` blocks by their `vector:` name (one `field: value` a line,
    parsed as tests/relay/test_protocol_vectors.py parses Part 1's)."""
    found = {}
    for block in re.findall(r"<!-- vector -->\n```\n(.*?)```", PART_2, re.DOTALL):
        fields = {}
        for line in block.splitlines():
            name, _, value = line.partition(":")
            fields[name] = value[1:] if value.startswith(" ") else value
        if "vector" in fields:
            found[fields["vector"]] = fields
    return found


BLOCKS = _blocks()


def _table(label: str) -> str:
    """The last `code` value of the §1 vector table row that starts with `label`."""
    for line in PART_2.splitlines():
        if line.startswith(f"| {label}"):
            values: list[str] = re.findall(r"`([^`]*)`", line)
            return values[-1]
    raise AssertionError(f"no row {label!r} in docs/protocol.md Part 2")


A = PublicIdentity(bytes(range(32)), bytes(range(32, 64)))
B = PublicIdentity(bytes(range(64, 96)), bytes(range(96, 128)))


def test_the_document_has_the_vectors() -> None:
    assert {"buckets", "refused-keys", "invite-code", "local-message-id", "rekey"} <= set(BLOCKS)


# -- §1 identities ----------------------------------------------------------------------------

def test_fingerprint_vector() -> None:
    expected = _table("fingerprint of A")
    assert expected == "6E83 947C F105 A49E 0361 755E 3BBC 17D3 A6C1 BDAD"
    assert fingerprint(A.signing_key, A.box_key) == expected


def test_safety_number_vector_and_symmetry() -> None:
    number = safety_number_for(A, B.signing_key, B.box_key)
    assert number == _table("safety number A with B")
    assert safety_number_for(B, A.signing_key, A.box_key) == number
    assert safety_qr_payload(number) == "ementor-safety-1:" + number.replace(" ", "")
    changed = PublicIdentity(B.signing_key, bytes(32))
    assert safety_number_for(A, changed.signing_key, changed.box_key) != number


def test_conversation_id_vector_and_symmetry() -> None:
    expected = _table("conversation id of A and B")
    assert conversation_id_for(A.signing_key, B.signing_key) == expected
    assert conversation_id_for(B.signing_key, A.signing_key) == expected


def test_blake2b_personalisation_is_padded_with_zero_bytes() -> None:
    """§1: a personalisation shorter than 16 bytes is padded with zeros (Python does it;
    libsodium's salt_personal call needs the 16 bytes given)."""
    data = A.signing_key + B.signing_key
    padded = b"ementor-conv-v1".ljust(16, b"\0")
    expected = _table("conversation id of A and B")
    assert hashlib.blake2b(data, digest_size=16, person=padded).hexdigest() == expected
    assert nacl.bindings.crypto_generichash_blake2b_salt_personal(
        data, digest_size=16, person=padded).hex() == expected
    keyed = nacl.bindings.crypto_generichash_blake2b_salt_personal(
        A.signing_key + A.box_key, digest_size=20, key=b"ementor/fingerprint/v1",
        person=b"ementor-fpr-v1".ljust(16, b"\0")).hex().upper()
    assert " ".join(keyed[i:i + 4] for i in range(0, 40, 4)) == _table("fingerprint of A")


# -- §2 buckets -------------------------------------------------------------------------------

def test_bucket_vector() -> None:
    vector = BLOCKS["buckets"]
    sizes = [int(n) for n in vector["bucket_sizes"].split()]
    largest = [int(n) for n in vector["largest_content"].split()]
    assert tuple(sizes) == envelope.BUCKETS
    assert largest[-1] == envelope.MAX_CONTENT
    sender, recipient = SigningKey(bytes(range(32))), PrivateKey(bytes(range(32, 64)))
    for i, (size, most) in enumerate(zip(sizes, largest, strict=True)):
        # The smallest bucket that fits: `most` bytes of content still fit, one more does not.
        blob = envelope.seal(b"x" * most, sender, bytes(recipient.public_key))
        assert len(blob) == size
        if i + 1 < len(sizes):
            bigger = envelope.seal(b"x" * (most + 1), sender, bytes(recipient.public_key))
            assert len(bigger) == sizes[i + 1]
    with pytest.raises(envelope.Malformed):
        envelope.seal(b"x" * (largest[-1] + 1), sender, bytes(recipient.public_key))


def test_a_blob_of_another_size_is_malformed() -> None:
    recipient = PrivateKey(bytes(range(32, 64)))
    for size in (0, 1, 1023, 1025, 2048, 65537):
        with pytest.raises(envelope.Malformed):
            envelope.open_envelope(b"\x01" * size, recipient)


# -- §3 keys and capabilities -----------------------------------------------------------------

def test_refused_keys_vector() -> None:
    vector = BLOCKS["refused-keys"]
    boxes = [bytes.fromhex(v) for k, v in vector.items() if k.startswith("box_")]
    signing = [bytes.fromhex(v) for k, v in vector.items() if k.startswith("signing_")]
    assert bytes(32) in boxes and len(boxes) >= 2 and signing
    for key in boxes:
        with pytest.raises(BadPublicKey):
            check_box_key(key)
    for key in signing:
        with pytest.raises(BadPublicKey):
            check_signing_key(key)
    good_box = bytes.fromhex(vector["accepted_box"])
    good_signing = bytes.fromhex(vector["accepted_signing"])
    assert check_box_key(good_box) == good_box
    assert check_signing_key(good_signing) == good_signing
    # An invite code carrying a refused key is refused as a whole.
    for box, sign in [*((b, good_signing) for b in boxes), *((good_box, s) for s in signing)]:
        code = _code(signing_key=sign, box_key=box).encode()
        with pytest.raises(UsageError):
            InviteCode.parse(code)


def test_the_capabilities_a_1_1_app_announces() -> None:
    match = re.search(r"A 1\.1 app announces\s+`(\[[^`]*\])`", PART_2)
    assert match is not None
    part_2 = json.loads(match.group(1))
    # Part 3 adds the shared-record kinds to Part 2's list (docs/protocol.md Part 3 §4), and
    # Part 4 the programme kinds this app applies (§13).
    from ementor_desktop.protocol.content import PROGRAMME_KINDS

    assert sorted(part_2 + list(shared_schema.CAPS) + sorted(PROGRAMME_KINDS)) == list(CAPS)
    assert json.loads(BLOCKS["invite-code"]["c"]) == part_2  # the vector predates Part 3


# -- §4 the invite code -----------------------------------------------------------------------

def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def test_invite_code_vector() -> None:
    v = BLOCKS["invite-code"]
    code = InviteCode(relay_url=v["r"], send_id=v["s"], signing_key=_unb64(v["k"]),
                      box_key=_unb64(v["b"]), invite_id=v["i"], secret=_unb64(v["x"]),
                      expires_at=int(v["e"]), name=v["n"], caps=tuple(json.loads(v["c"])))
    assert code.encode() == v["code"]
    assert InviteCode.parse(v["code"]) == code
    payload, _, checksum = v["code"].removeprefix("ementor-invite-1:").rpartition(".")
    assert checksum == v["checksum"]
    assert _unb64(payload) == v["payload_json"].encode("utf-8")  # non-ASCII as itself
    assert hashlib.blake2b(v["payload_json"].encode(), digest_size=4).hexdigest() == checksum
    assert list(json.loads(v["payload_json"])) == ["r", "s", "k", "b", "i", "x", "e", "n", "c"]
    # the hello's `secret` is the same 32 bytes in hex
    assert code.secret.hex() == v["hello_secret"] and len(code.secret) == 32
    # keys are those of the documented seeds
    seed = Identity(bytes(range(32)), bytes(range(32, 64))).public
    assert (code.signing_key, code.box_key) == (seed.signing_key, seed.box_key)


def test_an_upper_case_checksum_is_refused() -> None:
    text = BLOCKS["invite-code"]["code"]
    with pytest.raises(UsageError):
        InviteCode.parse(text[:-8] + text[-8:].upper())


REAL = Identity.generate().public  # invite codes must carry usable keys (the §1 ones are not)


def _code(**changes: object) -> InviteCode:
    fields: dict[str, object] = dict(
        relay_url="https://relay.example.org", send_id="A" * 43, signing_key=REAL.signing_key,
        box_key=REAL.box_key, invite_id="0" * 32, secret=bytes(range(32)),
        expires_at=1_900_000_000, name="Ada Lovelace")
    fields.update(changes)
    return InviteCode(**fields)  # type: ignore[arg-type]


def test_invite_code_round_trip() -> None:
    code = _code()
    text = code.encode()
    assert text.startswith("ementor-invite-1:")
    assert "\n" not in text
    assert InviteCode.parse(text) == code
    assert InviteCode.parse(f"  {text[:30]}\n{text[30:]}  ") == code
    assert '"c"' not in _unb64(text.split(":", 1)[1].rpartition(".")[0]).decode()  # no caps


@pytest.mark.parametrize("damage", [
    lambda t: t[:-1],
    lambda t: t.replace("ementor-invite-1:", "ementor-invite-2:"),
    lambda t: t[:40] + ("A" if t[40] != "A" else "B") + t[41:],
    lambda t: t.split(".")[0],
    lambda t: "",
])
def test_damaged_invite_codes_are_refused_plainly(damage) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError, match="not a valid eMentor invite code"):
        InviteCode.parse(damage(_code().encode()))


# -- §5 local ids and key changes -------------------------------------------------------------

def test_local_message_id_vector() -> None:
    v = BLOCKS["local-message-id"]
    local = local_message_id(v["contact_id"], v["envelope_id"])
    assert local == v["local_id"]
    assert LOCAL_ID_PURPOSE == b"ementor-msgid-v1"
    text = f"{v['contact_id']}:{v['envelope_id']}".encode("ascii")
    assert hashlib.blake2b(text, digest_size=16, person=LOCAL_ID_PURPOSE).hexdigest() == local
    assert local_message_id("fedcba9876543210", v["envelope_id"]) != local  # per sender


def test_rekey_vector() -> None:
    v = BLOCKS["rekey"]
    old = SigningKey(bytes.fromhex(v["old_signing_seed"]))
    new = SigningKey(bytes.fromhex(v["new_signing_seed"]))
    new_box = PrivateKey(bytes.fromhex(v["new_box_secret"]))
    old_key, new_key = bytes(old.verify_key), bytes(new.verify_key)
    new_box_key = bytes(new_box.public_key)
    assert (old_key.hex(), new_key.hex(), new_box_key.hex()) == (
        v["old_signing_key"], v["new_signing_key"], v["new_box_key"])
    assert REKEY_CONTEXT.hex() == v["context_hex"] == b"ementor/rekey/v1\0".hex()
    assert (REKEY_CONTEXT + old_key + new_box_key).hex() == v["signed_hex"]
    proof = rekey_proof(new, old_key, new_box_key)
    assert proof.hex() == v["proof"]  # Ed25519 is deterministic
    assert check_rekey_proof(new_key, old_key, new_box_key, proof)
    assert not check_rekey_proof(new_key, new_key, new_box_key, proof)  # bound to the old key
    assert not check_rekey_proof(old_key, old_key, new_box_key, proof)  # made by the new key
    # The envelope around it: canonical content, conv of the direct conversation, seq 0.
    recipient_key = bytes.fromhex(v["recipient_signing_key"])
    recipient_box = bytes.fromhex(v["recipient_box_key"])
    content = Content("89abcdef0123456789abcdef01234567",
                      conversation_id_for(old_key, recipient_key), 0, "rekey",
                      1_767_225_602_000, {"signing": new_key.hex(), "box": new_box_key.hex(),
                                          "proof": proof.hex()})
    assert content.encode() == v["content"].encode("utf-8")
    assert parse_content(content.encode()).body == json.loads(v["content"])["body"]
    signature = old.sign(envelope.SIGN_CONTEXT + recipient_box + content.encode()).signature
    assert signature.hex() == v["envelope_signature"]
    recipient = PrivateKey(bytes(range(0xA0, 0xC0)))
    assert bytes(recipient.public_key) == recipient_box
    assert bytes(SigningKey(bytes(range(0x80, 0xA0))).verify_key) == recipient_key
    opened = envelope.open_envelope(envelope.seal(content.encode(), old, recipient_box), recipient)
    assert opened.sender_signing_key == old_key and opened.content == content
