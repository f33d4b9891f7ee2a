"""Wire definitions shared by the relay server and its client (GUI-free, no I/O).

This package owns the byte-exact formats of docs/protocol.md: ids, the owner-command signature,
and the JSON shapes of relay API v1. It must never open a socket or a database.
"""
