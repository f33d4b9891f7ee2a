"""The relay server (`ementor-relay`): blind store-and-forward mailboxes for sealed envelopes.

Its own application: it shares only `ementor_desktop.protocol` with the client side and must
never import the vault, the crypto of messages, or the GUI.
"""
