"""Cryptography: passphrase KDF and key wrapping, identity keys and fingerprints, sealing,
mailbox authentication keys, and the secretstream backups are written with.

Owns every use of PyNaCl in the app (the `pynacl-in-crypto` contract in pyproject.toml keeps it
so). Never does I/O, never logs key material, never imports Qt.
Every derived or wrapped key is bound to a purpose string so one key can never stand in for another.
"""
