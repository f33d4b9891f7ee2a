"""Fixtures for the packaging tests: a relay (the development one, from the source tree)."""

from tests.messaging.conftest import relay_process, relay_url

__all__ = ["relay_process", "relay_url"]
