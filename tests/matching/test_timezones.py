"""The strict time-zone parser: IANA names only, never a path, never a file-system error."""

from __future__ import annotations

import zoneinfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ementor_desktop.matching.timezones import (
    MAX_TIMEZONE_LENGTH,
    known_timezones,
    parse_timezone,
)


@pytest.mark.parametrize("name", ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
                                  "America/Argentina/Buenos_Aires", "Etc/GMT+5", "Etc/GMT-14"])
def test_accepts_iana_names(name: str) -> None:
    assert parse_timezone(name) == name
    zoneinfo.ZoneInfo(name)


def test_surrounding_spaces_are_removed() -> None:
    assert parse_timezone("  Europe/Paris\t") == "Europe/Paris"


@pytest.mark.parametrize(("text", "message"), [
    ("", "a time zone is needed, e.g. Europe/Berlin or UTC"),
    ("   ", "a time zone is needed"),
    # A folder of the database: zoneinfo answers IsADirectoryError.
    ("Europe", "'Europe' is a region, not a time zone; name a zone in it, e.g. Europe/"),
    ("America/Argentina", "'America/Argentina' is a region, not a time zone"),
    # Longer than a file name may be: zoneinfo answers OSError "File name too long".
    ("a" * 256, "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'… is too long to be a time-zone name"),
    ("Europe/" + "B" * 300, "'Europe/" + "B" * 33 + "'… is too long to be a time-zone name"),
    # Entries that load on some machines but are not zones.
    ("localtime", "'localtime' names this computer's own setting, not a time zone"),
    ("posixrules", "'posixrules' is an internal file of the time-zone database"),
    ("Factory", "'Factory' is a placeholder of the time-zone database"),
    ("right/UTC", "'right/UTC' is a variant of the database that counts leap seconds, not a "
                  "time zone name; did you mean UTC?"),
    ("posix/Europe/Berlin", "'posix/Europe/Berlin' is a variant folder of the database on some "
                            "systems, not a time zone name; did you mean Europe/Berlin?"),
    ("right", "'right' is a variant of the database"),
    # Paths.
    ("/etc/localtime", "unknown time zone '/etc/localtime'"),
    ("/usr/share/zoneinfo/UTC", "unknown time zone '/usr/share/zoneinfo/UTC'"),
    ("../zoneinfo/UTC", "unknown time zone '../zoneinfo/UTC'"),
    ("./UTC", "unknown time zone './UTC'"),
    ("Europe/../UTC", "unknown time zone 'Europe/../UTC'"),
    ("Europe//Berlin", "unknown time zone 'Europe//Berlin'"),
    ("Europe\\Berlin", "unknown time zone 'Europe\\\\Berlin'"),
    ("UTC\x00", "unknown time zone 'UTC\\x00'"),
    # Look-alikes and wrong case.
    ("ＵＴＣ", "unknown time zone 'ＵＴＣ'"),
    ("europe/berlin", "unknown time zone 'europe/berlin'; did you mean Europe/Berlin?"),
    ("Mars/Olympus", "unknown time zone 'Mars/Olympus'; use an IANA name such as Europe/Berlin"),
])
def test_refuses_what_is_not_a_zone_name(text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_timezone(text)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)
    assert "Errno" not in str(caught.value)


def test_known_timezones_leave_out_machine_entries() -> None:
    zones = known_timezones()
    assert {"UTC", "Europe/Berlin", "America/New_York"} <= zones
    assert not {"localtime", "posixrules", "Factory"} & zones
    assert not any(z.startswith(("right/", "posix/")) for z in zones)
    assert all(len(z) <= MAX_TIMEZONE_LENGTH for z in zones)


def test_a_listed_entry_that_cannot_load_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # A damaged database: listed, but ZoneInfo fails. The parser must say so, not raise OSError.
    import ementor_desktop.matching.timezones as tz

    def broken(name: str) -> zoneinfo.ZoneInfo:
        raise IsADirectoryError(21, "Is a directory", name)

    monkeypatch.setattr(zoneinfo, "ZoneInfo", broken)
    tz._loads.cache_clear()
    try:
        with pytest.raises(ValueError, match="time-zone data for 'Asia/Tokyo' cannot be read"):
            parse_timezone("Asia/Tokyo")
    finally:
        tz._loads.cache_clear()


_ZONE_CHARS = st.sampled_from([*"abcEURopeUTC/._-+0129 \\\x00:~", "Europe", "UTC", "right",
                               "posix", "..", "３"])


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(st.text(max_size=300), st.lists(_ZONE_CHARS, max_size=12).map("".join)))
def test_any_text_is_a_loadable_zone_or_a_value_error(text: str) -> None:
    try:
        name = parse_timezone(text)
    except ValueError as err:
        message = str(err)
        assert message and "\n" not in message and "Errno" not in message
        assert len(message) < 300
    else:
        assert name in known_timezones()
        zoneinfo.ZoneInfo(name)
