"""The strict relay URL check (protocol/relay_url.py): what a contact may name as our relay."""

from __future__ import annotations

import pytest

from ementor_desktop.protocol.relay_url import (
    RelayUrlError,
    is_loopback,
    parse_relay_url,
)
from ementor_desktop.protocol.relay_v1 import ProtocolError


@pytest.mark.parametrize(("given", "normal"), [
    ("https://relay.example.org", "https://relay.example.org"),
    ("https://relay.example.org/", "https://relay.example.org"),
    ("https://relay.example.org:8443/base", "https://relay.example.org:8443/base"),
    ("https://relay.example.org:8443/base/", "https://relay.example.org:8443/base"),
    ("HTTPS://Relay.Example.ORG:443", "https://relay.example.org"),
    ("https://relay.example.org:0443", "https://relay.example.org"),
    ("https://r.example.org/a/b-c/d_e~f/%41", "https://r.example.org/a/b-c/d_e~f/%41"),
    ("https://xn--caf-dma.example", "https://xn--caf-dma.example"),
    ("https://a-b.c0.example", "https://a-b.c0.example"),
    ("https://relay", "https://relay"),
    ("https://192.0.2.10:9000", "https://192.0.2.10:9000"),
    ("https://[2001:db8::1]", "https://[2001:db8::1]"),
    ("https://[2001:DB8:0:0::1]:8443/x", "https://[2001:db8::1]:8443/x"),
    ("http://127.0.0.1:1234", "http://127.0.0.1:1234"),
    ("http://127.3.2.1", "http://127.3.2.1"),
    ("http://[::1]:80", "http://[::1]"),
    ("http://[::1]:8080/", "http://[::1]:8080"),
    ("http://localhost:8080/relay", "http://localhost:8080/relay"),
    ("http://LOCALHOST", "http://localhost"),
    ("https://" + "a" * 63 + ".example", "https://" + "a" * 63 + ".example"),
])
def test_accepted(given: str, normal: str) -> None:
    assert parse_relay_url(given) == normal
    assert parse_relay_url(normal) == normal  # the normal form is a fixed point


@pytest.mark.parametrize("given", [
    # host names
    "http://a..b", "https://a..b", "https://.example.org", "https://example.org.",
    "https://-relay.example.org", "https://relay-.example.org", "https://re_lay.example.org",
    "https://" + "a" * 64 + ".example", "https://" + ".".join(["a" * 60] * 5),
    "https://", "https:///path", "https://:443",
    # numbers that resolvers would read as addresses
    "https://127.1", "https://2130706433", "https://1.2.3.4.5", "https://256.1.1.1",
    "https://01.2.3.4", "https://10.1.2.300",
    # IPv6
    "https://[::1", "https://[fe80::1%25eth0]", "https://[not:an:address]", "https://[::1]x",
    "https://::1",
    # schemes
    "http://example.org", "http://relay.example.org:8080", "http://192.0.2.10",
    "http://[2001:db8::1]", "http://[::ffff:127.0.0.1]", "http://localhost.example.org",
    "ftp://relay.example.org", "relay.example.org", "//relay.example.org", "https:relay.org",
    "javascript://relay.example.org", "file:///etc/passwd",
    # ports
    "https://relay.example.org:", "https://relay.example.org:0", "https://relay.example.org:65536",
    "https://relay.example.org:99999", "https://relay.example.org:+1",
    "https://relay.example.org:1:2", "https://relay.example.org:http",
    # user info, query, fragment
    "https://user@relay.example.org", "https://user:pass@relay.example.org",
    "https://relay.example.org@evil.example", "https://relay.example.org/?a=b",
    "https://relay.example.org?x", "https://relay.example.org#top",
    "https://relay.example.org/#", "https://relay.example.org/a#b",
    # paths
    "https://relay.example.org/a//b", "https://relay.example.org/./a",
    "https://relay.example.org/a/..", "https://relay.example.org/%zz",
    "https://relay.example.org/a\\b", "https://relay.example.org\\@evil.example",
    "https://relay.example.org/a\"b",
    # white space, control and non-ASCII characters
    " https://relay.example.org", "https://relay.example.org ", "https://relay.example.org\n",
    "https://relay .example.org", "https://relay.example.org/a\tb",
    "https://relay.example.org/\x00", "https://relay.example.org/\x1b[2J",
    "https://relay.example.org/\x7f", "https://café.example.org",
    "https://relay.example.org/\u202e", "https://relay.example.org/\u00a0",
    # length
    "https://relay.example.org/" + "a" * 3000, "",
])
def test_refused(given: str) -> None:
    with pytest.raises(RelayUrlError) as err:
        parse_relay_url(given)
    assert isinstance(err.value, ProtocolError)
    reason = str(err.value)
    assert reason and reason.isprintable() and len(reason) < 100
    assert given.strip() == "" or given not in reason  # the input is never echoed


def test_a_3000_character_url_is_refused_for_its_length() -> None:
    with pytest.raises(RelayUrlError, match="longer than 2048"):
        parse_relay_url("https://relay.example.org/" + "a" * 3000)


def test_the_longest_url_allowed() -> None:
    base = "https://relay.example.org/"
    path = "/".join(["a" * 99] * 30)
    url = (base + path)[:2048].rstrip("/")
    assert len(url) <= 2048
    assert parse_relay_url(url) == url


@pytest.mark.parametrize("given", [None, 5, b"https://relay.example.org"])
def test_not_text(given: object) -> None:
    with pytest.raises(RelayUrlError):
        parse_relay_url(given)  # type: ignore[arg-type]


def test_http_is_refused_with_a_plain_reason() -> None:
    with pytest.raises(RelayUrlError, match="must use https"):
        parse_relay_url("http://example.org")


@pytest.mark.parametrize(("host", "loopback"), [
    ("localhost", True), ("LOCALHOST", True), ("127.0.0.1", True), ("127.255.0.9", True),
    ("::1", True), ("[::1]", True), ("0:0:0:0:0:0:0:1", True),
    ("localhost.example.org", False), ("128.0.0.1", False), ("10.0.0.1", False),
    ("::ffff:127.0.0.1", False), ("127.1", False), ("example.org", False), ("", False),
    ("0.0.0.0", False), ("::", False),
])
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
