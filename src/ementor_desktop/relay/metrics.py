"""The relay's metrics, exported through prometheus_client (docs/protocol.md Part 1 §3, "Metrics").

Counts only, and no labels: nothing a metric carries can name a mailbox, a client address or a
message. The request handlers bump plain integers (`Metrics.add`, no lock on the hot path); a
collector reads them, the cached database totals and the held long-polls when scraped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import choose_encoder
from prometheus_client.registry import CollectorRegistry

PREFIX = "ementor_relay_"

#: Totals of the shared storage (every process reports the same), by `Storage.counts()` key.
DATABASE_GAUGES = {
    "mailboxes": "Mailboxes stored (database total).",
    "messages": "Messages stored: deposited, not yet acknowledged or swept (database total).",
    "stored_bytes": "Total size of the stored messages' blobs, in bytes (database total).",
}
LONGPOLLS_WAITING = "Fetches this process holds open as long-polls now."
#: This process's counters (exported as `ementor_relay_<name>_total`), from 0 at its start.
COUNTERS = {
    "mailboxes_created": "Mailboxes created (201).",
    "deposits": "Deposits stored (201, not duplicates).",
    "duplicates": "Deposits answered as a duplicate.",
    "fetches": "Authenticated fetches (a long-poll counts once).",
    "messages_delivered": "Messages returned by fetches (a message fetched twice counts twice).",
    "messages_acked": "Messages deleted by acknowledgements.",
    "longpolls_abandoned": "Long-polls whose client hung up before the answer.",
    "longpolls_superseded": "Long-polls answered early because a newer one of the same mailbox "
                            "arrived.",
    "auth_failures": "Owner commands answered 401 unauthorized.",
    "rate_limited": "Answers 429 rate_limited.",
    "too_large": "Answers 413 too_large.",
    "mailbox_full": "Deposits refused 429 mailbox_full.",
    "creator_full": "Deposits refused 429 creator_full (the admitting token's byte budget).",
    "relay_full": "Deposits refused 429 relay_full (the relay's byte budget or a nearly full "
                  "disk).",
    "slow_readers_dropped": "Fetch answers dropped because the client read nothing in time.",
    "swept_messages": "Expired messages deleted by this process's sweeper.",
    "swept_mailboxes": "Idle mailboxes deleted by this process's sweeper.",
}


@dataclass
class Metrics:
    """This process's counters: plain integers the handlers bump."""

    counters: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTERS, 0))

    def add(self, name: str, n: int = 1) -> None:
        self.counters[name] += n


class RelayCollector:
    """Builds the metric families at scrape time from what the relay already counts."""

    def __init__(self, counters: Mapping[str, int], database: Callable[[], Mapping[str, int]],
                 longpolls_waiting: Callable[[], int]) -> None:
        self._counters = counters
        self._database = database
        self._longpolls_waiting = longpolls_waiting

    def collect(self) -> Iterator[Metric]:
        database = self._database()
        for name, help_text in DATABASE_GAUGES.items():
            yield GaugeMetricFamily(PREFIX + name, help_text, value=database.get(name, 0))
        yield GaugeMetricFamily(PREFIX + "longpolls_waiting", LONGPOLLS_WAITING,
                                value=self._longpolls_waiting())
        for name, help_text in COUNTERS.items():
            yield CounterMetricFamily(PREFIX + name, help_text, value=self._counters[name])


def make_registry(collector: RelayCollector) -> CollectorRegistry:
    """A registry of this relay's own (not prometheus_client's process-wide default one, so
    that several relays in one process, as in tests, each export their own counts)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(collector)
    return registry


def exposition(registry: CollectorRegistry, accept: str | None) -> tuple[bytes, str]:
    """(body, content type): the Prometheus text format, or OpenMetrics if the scraper asks."""
    encoder, content_type = choose_encoder(accept or "")
    return encoder(registry), content_type
