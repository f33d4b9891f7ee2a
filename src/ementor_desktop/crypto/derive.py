"""Values derived from keys with a purpose string: conversation ids, safety numbers, local ids of
incoming messages, and the key-change proof. Pure functions; every derivation names its purpose
(docs/protocol.md Part 2 §1)."""

from __future__ import annotations

import hashlib

import nacl.exceptions
from nacl.signing import SigningKey, VerifyKey

SAFETY_PURPOSE = b"ementor/safety-number/v1"
CONVERSATION_PURPOSE = b"ementor-conv-v1"
LOCAL_ID_PURPOSE = b"ementor-msgid-v1"
REKEY_CONTEXT = b"ementor/rekey/v1\x00"
TOMBSTONE_PURPOSE = b"ementor-tomb-v1"


def conversation_id_for(a_signing_key: bytes, b_signing_key: bytes) -> str:
    """The direct conversation's id, the same on both sides: BLAKE2b-128 of the two signing keys
    in byte order, personalisation `ementor-conv-v1`, as 32 lower-case hex digits."""
    low, high = sorted((a_signing_key, b_signing_key))
    return hashlib.blake2b(low + high, digest_size=16, person=CONVERSATION_PURPOSE).hexdigest()


def tombstone_hash(secret: bytes, signing_key: bytes) -> bytes:
    """What a programme's coordinator keeps of someone who left (docs/protocol.md Part 4 §5):
    BLAKE2b-256 of their signing key keyed with the programme's random secret, personalisation
    `ementor-tomb-v1`. Without the secret, the hash names nobody."""
    return hashlib.blake2b(signing_key, digest_size=32, key=secret,
                           person=TOMBSTONE_PURPOSE).digest()


def party_digits(signing_key: bytes, box_key: bytes) -> str:
    """One party's 30 safety-number digits: BLAKE2b-240 keyed with the purpose, six 5-byte
    big-endian chunks, each mod 100000 as five digits."""
    digest = hashlib.blake2b(signing_key + box_key, digest_size=30, key=SAFETY_PURPOSE).digest()
    return "".join(f"{int.from_bytes(digest[i:i + 5], 'big') % 100000:05d}"
                   for i in range(0, 30, 5))


def local_message_id(contact_id: str, wire_id: str) -> str:
    """The id an incoming message is stored under: derived from the sender (our local contact
    id) and the id in its envelope, so two senders' ids never collide with each other or ours."""
    return hashlib.blake2b(f"{contact_id}:{wire_id}".encode("ascii"), digest_size=16,
                           person=LOCAL_ID_PURPOSE).hexdigest()


def rekey_proof(new_signing: SigningKey, old_signing_key: bytes, new_box_key: bytes) -> bytes:
    """The new signing key's signature over the old key and the new box key: it proves the
    sender of a key change holds the new key."""
    signature: bytes = new_signing.sign(REKEY_CONTEXT + old_signing_key + new_box_key).signature
    return signature


def check_rekey_proof(new_signing_key: bytes, old_signing_key: bytes, new_box_key: bytes,
                      proof: bytes) -> bool:
    try:
        VerifyKey(new_signing_key).verify(REKEY_CONTEXT + old_signing_key + new_box_key, proof)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError,
            nacl.exceptions.TypeError):
        return False
    return True
