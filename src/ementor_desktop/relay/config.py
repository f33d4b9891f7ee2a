"""The relay's settings: declared once, typed, with defaults; read from a TOML file and flags.

Every option is documented in packaging/relay/relay.example.toml; keep the two in step.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DAY = 86_400
MIB = 1024 * 1024
#: Admission modes: who may create a mailbox (docs/protocol.md Part 1, "Admission").
ADMISSION_MODES = ("auto", "tokens", "open")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
#: How the relay writes its log on stderr (relay/logs.py).
LOG_FORMATS = ("text", "json")
#: The client reads at most 6 MiB of a fetch answer (4 MiB of blobs in base64 and JSON).
FETCH_MAX_BYTES_CEILING = 4 * MIB


class ConfigError(ValueError):
    """The config file or a flag has a value the relay cannot use."""


@dataclass(frozen=True)
class RelayConfig:
    host: str = "127.0.0.1"
    port: int = 8470
    #: SQLite file path, or a postgresql:// URL.
    db: str = "ementor-relay.sqlite3"
    #: When non-empty, creating a mailbox needs one of these tokens.
    invite_tokens: tuple[str, ...] = ()
    #: "auto": a relay bound only to loopback (and not behind a trusted proxy) admits anyone,
    #: any other needs an admission token; "tokens": always; "open": never (explicit opt-out).
    #: Configured `invite_tokens` are always required, whatever the mode.
    admission: str = "auto"
    #: Largest deposit body in bytes (client envelopes are padded to at most 64 KiB).
    max_body_bytes: int = 96 * 1024
    #: Per-mailbox quota: deposits beyond either bound are refused (429 mailbox_full).
    quota_messages: int = 1000
    quota_bytes: int = 32 * 1024 * 1024
    #: Messages not acknowledged within this time are deleted by the sweeper.
    message_ttl_seconds: int = 14 * DAY
    #: Mailboxes with no owner command for this long are deleted (0 = never).
    mailbox_idle_ttl_seconds: int = 90 * DAY
    sweep_interval_seconds: float = 60.0
    challenge_ttl_seconds: int = 60
    longpoll_max_seconds: float = 30.0
    fetch_max_messages: int = 100
    #: Largest answer to one fetch, in bytes of blobs (at most 4 MiB: what the app reads).
    fetch_max_bytes: int = 4 * MIB
    #: Blob bytes all fetch answers of this process may hold in memory at once.
    fetch_memory_bytes: int = 64 * MIB
    #: An answer whose client reads nothing for this long is dropped (slow readers).
    write_timeout_seconds: float = 30.0
    #: Long-polls this process holds at once, and from one client address (one per mailbox).
    longpolls_max: int = 20_000
    longpolls_per_address: int = 512
    #: Each long-poll ends at a random point of the last fraction of its wait, so re-polls
    #: spread out instead of arriving together.
    longpoll_jitter: float = 0.2
    #: Byte budgets: all messages stored (0 = no limit), and those in the mailboxes admitted
    #: by one admission token (0 = no limit). Checked against totals refreshed every
    #: `usage_refresh_seconds` plus this process's own deposits since.
    max_stored_bytes: int = 8 * 1024 * MIB
    creator_quota_bytes: int = 1024 * MIB
    usage_refresh_seconds: float = 10.0
    #: SQLite: a file of this size kept beside the database and given up when the disk is
    #: full, so owners can still acknowledge (0 = none); deposits stop below this much free.
    disk_reserve_bytes: int = 16 * MIB
    #: Token buckets, in requests per minute with a burst allowance.
    deposits_per_mailbox_per_minute: float = 120.0
    deposits_per_mailbox_burst: int = 60
    owner_commands_per_mailbox_per_minute: float = 240.0
    owner_commands_per_mailbox_burst: int = 60
    requests_per_address_per_minute: float = 1200.0
    requests_per_address_burst: int = 300
    #: Mailbox creations from one client address (each is a durable write that lasts months).
    mailboxes_per_address_per_minute: float = 60.0
    mailboxes_per_address_burst: int = 120
    #: Deposited bytes from one client address (IPv6: one /64).
    deposit_bytes_per_address_per_minute: float = 32.0 * MIB
    deposit_bytes_per_address_burst: int = 64 * MIB
    #: Only behind a reverse proxy you run: take the client address from X-Forwarded-For.
    trust_forwarded_for: bool = False
    metrics_enabled: bool = True
    #: Answer /metrics only to this computer (a loopback peer, no forwarding headers).
    metrics_loopback_only: bool = True
    #: The interactive API pages (/docs, /redoc); /openapi.json is always served.
    docs_enabled: bool = False
    postgres_pool_size: int = 8
    log_level: str = "INFO"
    #: "text" (a line per record) or "json" (a JSON object per line, for log shippers).
    log_format: str = "text"
    #: Extra keys found in the file are refused, so typos do not pass silently.
    _source: str = field(default="(defaults)", compare=False, repr=False)

    def __post_init__(self) -> None:
        positive = ("max_body_bytes", "quota_messages", "quota_bytes", "message_ttl_seconds",
                    "challenge_ttl_seconds", "fetch_max_messages", "postgres_pool_size",
                    "deposits_per_mailbox_burst", "owner_commands_per_mailbox_burst",
                    "requests_per_address_burst", "mailboxes_per_address_burst",
                    "fetch_max_bytes", "fetch_memory_bytes", "longpolls_max",
                    "longpolls_per_address", "deposit_bytes_per_address_burst")
        for name in positive:
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be positive")
        for name in ("sweep_interval_seconds", "longpoll_max_seconds",
                     "deposits_per_mailbox_per_minute", "owner_commands_per_mailbox_per_minute",
                     "requests_per_address_per_minute", "mailboxes_per_address_per_minute",
                     "write_timeout_seconds", "usage_refresh_seconds",
                     "deposit_bytes_per_address_per_minute"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be positive")
        for name in ("mailbox_idle_ttl_seconds", "max_stored_bytes", "creator_quota_bytes",
                     "disk_reserve_bytes"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{name} must be 0 or positive")
        if self.log_level.upper() not in LOG_LEVELS:
            raise ConfigError("log_level must be one of " + ", ".join(LOG_LEVELS))
        if self.log_format not in LOG_FORMATS:
            raise ConfigError("log_format must be one of " + ", ".join(LOG_FORMATS))
        if self.admission not in ADMISSION_MODES:
            raise ConfigError("admission must be one of " + ", ".join(ADMISSION_MODES))
        if self.fetch_max_bytes > FETCH_MAX_BYTES_CEILING:
            raise ConfigError("fetch_max_bytes must be at most 4 MiB (what the app reads)")
        if self.fetch_memory_bytes < self.fetch_max_bytes:
            raise ConfigError("fetch_memory_bytes must be at least fetch_max_bytes")
        if self.fetch_max_bytes < self.max_body_bytes:
            raise ConfigError("fetch_max_bytes must be at least max_body_bytes")
        if self.deposit_bytes_per_address_burst < self.max_body_bytes:
            raise ConfigError("deposit_bytes_per_address_burst must be at least max_body_bytes")
        if not 0.0 <= self.longpoll_jitter < 1.0:
            raise ConfigError("longpoll_jitter must be at least 0 and below 1")
        if not 0 <= self.port <= 65535:
            raise ConfigError("port must be between 0 and 65535")

    @property
    def uses_postgres(self) -> bool:
        return self.db.startswith(("postgresql://", "postgres://"))

    @property
    def admission_required(self) -> bool:
        """Whether creating a mailbox needs an admission token (docs/protocol.md Part 1)."""
        if self.invite_tokens or self.admission == "tokens":
            return True
        if self.admission == "open":
            return False
        return not (is_loopback(self.host) and not self.trust_forwarded_for)

    def replace(self, **changes: Any) -> RelayConfig:
        return dataclasses.replace(self, **changes)


def is_loopback(host: str) -> bool:
    """True for an address only this computer reaches (127.0.0.0/8, ::1, "localhost")."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _coerce(name: str, value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{name} must be true or false")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{name} must be a whole number")
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{name} must be a number")
        return float(value)
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ConfigError(f"{name} must be a list of non-empty strings")
        return tuple(value)
    if not isinstance(value, str):
        raise ConfigError(f"{name} must be a string")
    return value


def load_config(path: Path | None, **overrides: Any) -> RelayConfig:
    """Defaults, then the TOML file's `[relay]` table, then flags that were given (not None)."""
    values: dict[str, Any] = {}
    defaults = RelayConfig()
    known = {f.name for f in dataclasses.fields(RelayConfig) if not f.name.startswith("_")}
    if path is not None:
        try:
            document = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
        table = document.get("relay", {})
        if not isinstance(table, dict) or set(document) - {"relay"}:
            raise ConfigError(f"config file {path} must hold a single [relay] table")
        for name, value in table.items():
            if name not in known:
                raise ConfigError(f"unknown option {name!r} in {path}")
            values[name] = _coerce(name, value, getattr(defaults, name))
    for name, value in overrides.items():
        if value is not None:
            values[name] = value
    return RelayConfig(**values, _source=str(path) if path else "(defaults)")
