"""The encrypted local store: the only package that runs SQL.

`vault.py` opens the SQLCipher database (key first, checked, then WAL and foreign keys),
`migrations.py` upgrades it, `keyfile.py` keeps the wrapped key beside it, `backup.py` makes and
restores encrypted backups, and `repos/` holds one repository per table group.
"""
