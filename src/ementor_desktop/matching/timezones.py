"""Time-zone names typed by people: the one strict parser, so a cell is never taken for a file path.

`zoneinfo.ZoneInfo(name)` looks the name up as a path under the time-zone database, so on its own
it accepts machine-dependent entries (`localtime`, `posixrules`, `right/UTC`, `posix/...`) and
answers a folder (`Europe`) or an over-long name with OSError. `parse_timezone` accepts only IANA
zone names that this Python's database lists (`zoneinfo.available_timezones()`), minus the entries
that are not zones, and guarantees that `ZoneInfo` then loads the name. Pure apart from reading the
time-zone database; shared by the matching CSV and (later) profile time zones.
"""

from __future__ import annotations

import functools
import re
import zoneinfo

# The longest IANA name is 32 characters (America/Argentina/ComodRivadavia); anything much longer
# is not a zone name, and a path component over 255 bytes would make the lookup fail with OSError.
MAX_TIMEZONE_LENGTH = 64

# ASCII letters, digits, `_`, `+`, `-`, components separated by single slashes (no `.`, so no
# `..` and no absolute or relative paths).
_SHAPE = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9][A-Za-z0-9_+-]*)*")

# Entries of the database (or of a system's copy of it) that are not time zones.
_NOT_ZONES = {
    "localtime": "names this computer's own setting, not a time zone",
    "posixrules": "is an internal file of the time-zone database, not a time zone",
    "factory": "is a placeholder of the time-zone database, not a time zone",
}
# Folders of alternative builds of the database on some systems.
_VARIANT_FOLDERS = {
    "right": "is a variant of the database that counts leap seconds",
    "posix": "is a variant folder of the database on some systems",
}
_EXAMPLES = "use an IANA name such as Europe/Berlin or America/New_York"


def parse_timezone(text: str) -> str:
    """Check a time-zone name typed by a person and return it (surrounding spaces removed).

    Accepts IANA names such as `Europe/Berlin`, `America/New_York` or `UTC`, spelt exactly as
    the time-zone database does, that this computer's database lists and can load. Refuses
    empty text, names that only look like zones on some machines (`localtime`, `posixrules`,
    `Factory`, `right/...`, `posix/...`), regions (`Europe`), paths and over-long text.

    Raises ValueError with a plain one-line message (suitable after "column timezone: ") that
    never depends on the file system's own error; with a suggestion when one is obvious.
    """
    name = text.strip()
    if not name:
        raise ValueError("a time zone is needed, e.g. Europe/Berlin or UTC")
    if len(name) > MAX_TIMEZONE_LENGTH:
        raise ValueError(f"{_show(name)} is too long to be a time-zone name; {_EXAMPLES}")
    folded = name.casefold()
    if folded in _NOT_ZONES:
        raise ValueError(f"{name!r} {_NOT_ZONES[folded]}; {_EXAMPLES}")
    folder, slash, rest = name.partition("/")
    if folder.casefold() in _VARIANT_FOLDERS:
        inner = _canonical_spelling().get(rest.casefold()) if slash else None
        hint = f"did you mean {inner}?" if inner else _EXAMPLES
        raise ValueError(f"{name!r} {_VARIANT_FOLDERS[folder.casefold()]}, not a time zone "
                         f"name; {hint}")
    if not (_SHAPE.fullmatch(name) and name in known_timezones()):
        raise ValueError(_unknown(name))
    if not _loads(name):
        raise ValueError(f"the time-zone data for {name!r} cannot be read on this computer")
    return name


@functools.cache
def known_timezones() -> frozenset[str]:
    """The zone names `parse_timezone` accepts on this computer (listed by its database)."""
    return frozenset(
        name for name in zoneinfo.available_timezones()
        if _SHAPE.fullmatch(name) and len(name) <= MAX_TIMEZONE_LENGTH
        and name.casefold() not in _NOT_ZONES
        and name.partition("/")[0].casefold() not in _VARIANT_FOLDERS)


@functools.cache
def _canonical_spelling() -> dict[str, str]:
    """Case-folded name -> the database's spelling (for "did you mean")."""
    spelling: dict[str, str] = {}
    for name in sorted(known_timezones()):
        spelling.setdefault(name.casefold(), name)
    return spelling


@functools.lru_cache(maxsize=1024)
def _loads(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _unknown(name: str) -> str:
    close = _canonical_spelling().get(name.casefold())
    if close:
        return f"unknown time zone {_show(name)}; did you mean {close}?"
    region = name.rstrip("/").casefold() + "/"
    inside = sorted(z for z in known_timezones() if z.casefold().startswith(region))
    if inside:
        return (f"{_show(name)} is a region, not a time zone; name a zone in it, "
                f"e.g. {inside[0]}")
    return f"unknown time zone {_show(name)}; {_EXAMPLES}"


def _show(text: str, limit: int = 40) -> str:
    """The text quoted with control characters escaped, shortened when long."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + "…"
