"""The relay's settings: defaults, the TOML file, flags, and refusal of bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from ementor_desktop.relay.config import ConfigError, RelayConfig, load_config


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "relay.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_match_the_documented_ones() -> None:
    config = load_config(None)
    assert config.message_ttl_seconds == 14 * 86_400
    assert config.max_body_bytes > 64 * 1024
    assert config.longpoll_max_seconds == 30
    assert not config.uses_postgres
    assert load_config(None, db="postgresql://relay@db/relay").uses_postgres


def test_file_then_flags(tmp_path: Path) -> None:
    path = _write(tmp_path, '[relay]\nport = 9000\ndb = "/srv/relay.db"\n'
                            'invite_tokens = ["a", "b"]\nsweep_interval_seconds = 5\n')
    config = load_config(path, port=None, db="postgresql://x/y")
    assert (config.port, config.db) == (9000, "postgresql://x/y")
    assert config.invite_tokens == ("a", "b")
    assert config.sweep_interval_seconds == 5.0


@pytest.mark.parametrize(("text", "message"), [
    ("[relay]\nport = \"80\"\n", "port must be a whole number"),
    ("[relay]\nport = 70000\n", "port must be between"),
    ("[relay]\nmax_body_bytes = 0\n", "max_body_bytes must be positive"),
    ("[relay]\nmetrics_enabled = 1\n", "metrics_enabled must be true or false"),
    ("[relay]\ninvite_tokens = \"one\"\n", "invite_tokens must be a list"),
    ("[relay]\ninvite_tokens = [\"\"]\n", "invite_tokens must be a list"),
    ("[relay]\nquota_messages = 1.5\n", "quota_messages must be a whole number"),
    ("[relay]\nmailbox_idle_ttl_seconds = -1\n", "mailbox_idle_ttl_seconds"),
    ("[relay]\nlongpoll_max_seconds = 0\n", "longpoll_max_seconds must be positive"),
    ("[relay]\nport = 1\n[other]\nx = 1\n", "single [relay] table"),
    ("[relay\n", "not valid TOML"),
    ("[relay]\nttl = 5\n", "unknown option 'ttl'"),
])
def test_bad_values_are_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[")):
        load_config(_write(tmp_path, text))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_config(tmp_path / "absent.toml")


def test_config_is_immutable() -> None:
    config = RelayConfig()
    with pytest.raises(AttributeError):
        config.port = 1  # type: ignore[misc]
    assert config.replace(port=1).port == 1
