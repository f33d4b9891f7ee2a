"""Relay URLs: the one strict check every relay address passes before the app talks to it.

A relay URL can come from the person (settings, `--relay`) or from a contact (an invite code's
`r`, a `hello`'s or `welcome`'s `relay`), so it is treated as hostile input. `parse_relay_url`
accepts only what a relay address needs and returns it in one normal form, so two spellings of
the same relay compare equal:

- scheme `https`; `http` only to this computer (127.0.0.0/8, `::1`, `localhost`), where nothing
  travels over a network;
- a host: a DNS name (labels of 1-63 letters, digits and hyphens, not starting or ending with a
  hyphen, no empty label, at most 253 characters, the last label not all digits), a dotted-quad
  IPv4 address, or an IPv6 address in brackets (no zone);
- an optional port 1-65535 (dropped when it is the scheme's default);
- an optional path of plain segments (no `.`/`..` or empty segments; no trailing slash in the
  normal form);
- no user name or password, no query, no fragment, no white space, no control or non-ASCII
  characters, at most 2048 characters in all.

Pure: no DNS, no network, no clock. The normal form is lower-case scheme and host, IPv6 in its
compressed form, and no trailing slash.
"""

from __future__ import annotations

import ipaddress
import re

from ementor_desktop.protocol.relay_v1 import ProtocolError

MAX_URL_CHARS = 2048
MAX_HOST_CHARS = 253
DEFAULT_PORTS = {"http": 80, "https": 443}

_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_PORT = re.compile(r"^[0-9]{1,5}$")
# RFC 3986 pchar: unreserved, sub-delims, ":", "@", or a percent-encoded octet.
_SEGMENT = re.compile(r"^(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+$")


class RelayUrlError(ProtocolError):
    """A relay URL that the app will not use; `str(err)` is a short reason in plain words."""


def is_loopback(host: str) -> bool:
    """True for a host that names this computer: `localhost`, 127.0.0.0/8 or ::1.

    `host` is a host as it appears in a URL (IPv6 with or without brackets); case is ignored.
    """
    host = host.strip().lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host(text: str) -> str:
    """The normal form of a URL's host, or RelayUrlError."""
    if text.startswith("["):
        if not text.endswith("]") or "%" in text:
            raise RelayUrlError("the IPv6 address is not valid")
        try:
            return f"[{ipaddress.IPv6Address(text[1:-1]).compressed}]"
        except ValueError as exc:
            raise RelayUrlError("the IPv6 address is not valid") from exc
    host = text.lower()
    if not host:
        raise RelayUrlError("it has no host name")
    if len(host) > MAX_HOST_CHARS:
        raise RelayUrlError("the host name is too long")
    labels = host.split(".")
    if all(label.isdigit() for label in labels if label) and any(labels):
        try:  # strict dotted quad: no leading zeros, no short forms like 127.1
            return str(ipaddress.IPv4Address(host))
        except ValueError as exc:
            raise RelayUrlError("the IP address is not valid") from exc
    for label in labels:
        if not _LABEL.match(label):
            raise RelayUrlError("the host name is not valid")
    if labels[-1].isdigit():  # resolvers would read "10.1.2.300" or "1.2.3.4.5" as numbers
        raise RelayUrlError("the host name is not valid")
    return host


def parse_relay_url(text: str) -> str:
    """The normal form of a relay URL (no trailing slash), or RelayUrlError with the reason."""
    if not isinstance(text, str) or not text:
        raise RelayUrlError("it is empty")
    if len(text) > MAX_URL_CHARS:
        raise RelayUrlError(f"it is longer than {MAX_URL_CHARS} characters")
    if not text.isascii():
        raise RelayUrlError("it contains characters other than plain ASCII")
    if any(ch <= " " or ch == "\x7f" for ch in text):
        raise RelayUrlError("it contains spaces or control characters")
    scheme, sep, rest = text.partition("://")
    scheme = scheme.lower()
    if not sep or scheme not in DEFAULT_PORTS:
        raise RelayUrlError("it must start with https://")
    if "#" in rest:
        raise RelayUrlError("it must not have a fragment (#...)")
    if "?" in rest:
        raise RelayUrlError("it must not have a query (?...)")
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        raise RelayUrlError("it must not contain a user name or password")
    if "\\" in rest:
        raise RelayUrlError("it must not contain a backslash")
    # Split off the port: after the last ":" outside an IPv6 literal's brackets.
    port_text = None
    if authority.startswith("["):
        end = authority.find("]")
        if end < 0:
            raise RelayUrlError("the IPv6 address is not valid")
        host_text, after = authority[:end + 1], authority[end + 1:]
        if after:
            if not after.startswith(":"):
                raise RelayUrlError("the host is not valid")
            port_text = after[1:]
    else:
        host_text, colon, port_text_or_empty = authority.partition(":")
        port_text = port_text_or_empty if colon else None
        if ":" in port_text_or_empty:
            raise RelayUrlError("the host is not valid")
    host = _host(host_text)
    port = DEFAULT_PORTS[scheme]
    if port_text is not None:
        if not _PORT.match(port_text) or not 1 <= int(port_text) <= 65535:
            raise RelayUrlError("the port must be a number from 1 to 65535")
        port = int(port_text)
    if scheme == "http" and not is_loopback(host):
        raise RelayUrlError("it must use https (plain http is only for a relay on this computer)")
    segments = path.split("/") if slash else []
    if segments and segments[-1] == "":
        segments.pop()  # one trailing slash is allowed and dropped
    for segment in segments:
        if segment in ("", ".", "..") or not _SEGMENT.match(segment):
            raise RelayUrlError("the path is not valid")
    netloc = host if port == DEFAULT_PORTS[scheme] else f"{host}:{port}"
    return f"{scheme}://{netloc}" + "".join("/" + s for s in segments)
