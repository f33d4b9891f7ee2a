"""Cryptography: passphrase KDF and key wrapping, identity keys and fingerprints, sealing.

Owns every use of PyNaCl in the app. Never does I/O, never logs key material, never imports Qt.
Every derived or wrapped key is bound to a purpose string so one key can never stand in for another.
"""
