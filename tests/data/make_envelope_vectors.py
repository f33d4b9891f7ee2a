"""Write tests/data/envelope_vectors.json (the vectors published in docs/protocol.md Part 2).

Run once per envelope version; never regenerate for an existing version: the blobs must keep
opening with later code. Keys are fixed (not secret: they exist only for the vectors).
"""

from __future__ import annotations

import json
from pathlib import Path

from nacl.public import PrivateKey
from nacl.signing import SigningKey

from ementor_desktop.crypto import envelope as e

SENDER_SEED = bytes(range(32))
RECIPIENT_SECRET = bytes(range(32, 64))


def main() -> None:
    sender, recipient = SigningKey(SENDER_SEED), PrivateKey(RECIPIENT_SECRET)
    contents = [
        e.Content("0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210", 1,
                  "text", 1_767_225_600_000, {"text": "Hello, mentor! Café ☕"}),
        e.Content("00112233445566778899aabbccddeeff", "fedcba9876543210fedcba9876543210", 0,
                  "receipt", 1_767_225_601_000, {"ids": ["0123456789abcdef0123456789abcdef"]}),
    ]
    vectors = []
    for c in contents:
        data = c.encode()
        blob = e.seal(data, sender, bytes(recipient.public_key))
        vectors.append({
            "content_hex": data.hex(), "content_utf8": data.decode(),
            "signature_hex": sender.sign(e.SIGN_CONTEXT + bytes(recipient.public_key)
                                         + data).signature.hex(),
            "blob_len": len(blob), "blob_hex": blob.hex()})
    doc = {"sender_signing_seed": SENDER_SEED.hex(),
           "sender_signing_public": bytes(sender.verify_key).hex(),
           "recipient_box_secret": RECIPIENT_SECRET.hex(),
           "recipient_box_public": bytes(recipient.public_key).hex(), "vectors": vectors}
    out = Path(__file__).with_name("envelope_vectors.json")
    out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    print(out)


if __name__ == "__main__":
    main()
