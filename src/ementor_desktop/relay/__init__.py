"""The relay server (`ementor-relay`): blind store-and-forward mailboxes for sealed envelopes.

Its own application: it shares only `ementor_desktop.protocol` with the client side, plus
`crypto.mailbox_auth` (a leaf) to check owner signatures, and must never import the vault, the
crypto of messages, or the GUI (the `relay` contract in pyproject.toml enforces it).
"""
