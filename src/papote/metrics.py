"""Prometheus metrics (GET /metrics), read from the services' own counters at scrape time.

The hot path pays nothing for them: the hub, the endpoint, the writer, and with several
nodes the Redis broker, the relay and Redis presence keep plain integer counters, and this
collector turns them into metric families only when Prometheus scrapes. Only store calls
are timed as they happen (a histogram per Store method), since a latency cannot be read
afterwards. The multi-node families (``papote_broker_*``, ``papote_relay_*``,
``papote_presence_*``) exist only on a node with ``redis_url``: on one node there is
nothing they could count.

Only the addresses of ``metrics_allow`` may read them; anyone else gets the 404 of a page
that does not exist.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, cast

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from papote.service.relay import Relay
from papote.transport.http import address_in, request_peer

if TYPE_CHECKING:
    from papote.broker.redis import RedisBroker, RedisPresence
    from papote.config import Networks
    from papote.ports import Store
    from papote.runtime import Buckets, FullCollections, LoopWatch
    from papote.service.chat import ChatService
    from papote.service.hub import Hub
    from papote.transport.ws import WsEndpoint
    from papote.transport.wsnative import Flusher

STORE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class Metrics:
    """One registry per application (tests build several apps in one process).

    Args:
        allow: who may read /metrics (``Settings.metrics_networks``; None: everyone).
    """

    def __init__(self, *, allow: Networks | None) -> None:
        self.allow = allow
        self.registry = CollectorRegistry(auto_describe=True)
        self.store_seconds = Histogram(
            "papote_store_seconds",
            "Latency of store calls, by Store method (append_messages is one group commit).",
            ["method"],
            buckets=STORE_BUCKETS,
            registry=self.registry,
        )

    def timed_store(self, store: Store) -> Store:
        """``store`` with every coroutine method timed into ``papote_store_seconds``."""
        return cast("Store", TimedStore(store, self.store_seconds))

    def watch(
        self,
        *,
        hub: Hub,
        ws: WsEndpoint,
        chat: ChatService,
        flusher: Callable[[], Flusher | None],
    ) -> None:
        self.registry.register(ServiceCollector(hub, ws, chat, flusher))

    def watch_collections(self, collections: FullCollections, loop: LoopWatch) -> None:
        self.registry.register(CollectionsCollector(collections, loop))

    async def endpoint(self, request: Request) -> Response:
        ip, _ = request_peer(request)
        if not address_in(ip, self.allow):
            # Not a 403: the same answer as any path that does not exist, so a scan
            # learns nothing.
            raise HTTPException(status_code=404)
        return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)


class CollectionsCollector(Collector):
    """The runtime (papote.runtime): the timed full garbage collections, and how late the
    event loop runs what is due."""

    def __init__(self, collections: FullCollections, loop: LoopWatch) -> None:
        self.collections = collections
        self.loop = loop

    def collect(self) -> Iterator[Metric]:
        c = self.collections
        yield _counter("papote_gc_full", "Timed full garbage collections (gc_full_every).", c.runs)
        yield _counter(
            "papote_gc_full_seconds", "Time the timed full collections paused the node.", c.seconds
        )
        yield GaugeMetricFamily(
            "papote_gc_full_last_seconds",
            "Pause of the last timed full collection.",
            c.last_seconds,
        )
        yield _counter(
            "papote_gc_full_freed", "Unreachable objects the timed full collections freed.", c.freed
        )
        yield _histogram(
            "papote_loop_delay_seconds",
            "How late the event loop ran a timer due every "
            f"{self.loop.every:g} s: a stall of the loop delays every message by as much.",
            self.loop.delays,
        )
        yield GaugeMetricFamily(
            "papote_loop_delay_worst_seconds",
            "The longest loop delay since the node started.",
            self.loop.worst,
        )


class TimedStore:
    """A transparent proxy over a Store that times its coroutine methods."""

    def __init__(self, inner: Any, histogram: Histogram) -> None:
        self._inner = inner
        self._histogram = histogram

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if not inspect.iscoroutinefunction(attr):
            return attr
        child = self._histogram.labels(name)

        async def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return await attr(*args, **kwargs)
            finally:
                child.observe(time.perf_counter() - start)

        setattr(self, name, timed)  # built once per method
        return timed


class ServiceCollector(Collector):
    """Builds the metric families from the live counters of one node."""

    def __init__(
        self,
        hub: Hub,
        ws: WsEndpoint,
        chat: ChatService,
        flusher: Callable[[], Flusher | None],
    ) -> None:
        self.hub = hub
        self.ws = ws
        self.chat = chat
        self.flusher = flusher
        # Several nodes (app._scale_out): the chat service publishes through the relay,
        # around the Redis broker, and its presence is in Redis. One node has none.
        self.relay: Relay | None = None
        self.redis_broker: RedisBroker | None = None
        self.redis_presence: RedisPresence | None = None
        if isinstance(chat.broker, Relay):
            from papote.broker.redis import RedisBroker, RedisPresence  # loaded already

            self.relay = chat.broker
            inner, presence = self.relay.inner, chat.presence
            self.redis_broker = inner if isinstance(inner, RedisBroker) else None
            self.redis_presence = presence if isinstance(presence, RedisPresence) else None

    def collect(self) -> Iterator[Metric]:
        hub, ws, writer = self.hub, self.ws, self.chat.writer
        yield GaugeMetricFamily(
            "papote_connections", "Open WebSocket connections.", value=ws.open_connections
        )
        yield GaugeMetricFamily(
            "papote_users", "People with at least one connection here.", value=len(hub.users)
        )
        yield GaugeMetricFamily(
            "papote_rooms", "Rooms with at least one member here.", value=len(hub.rooms)
        )
        yield _counter("papote_frames_in", "Text frames received from clients.", ws.frames_in)
        by_kind = CounterMetricFamily(
            "papote_broadcasts",
            "Envelopes fanned out here, by kind (message, presence, typing, direct...).",
            labels=["kind"],
        )
        for kind, count in sorted(hub.broadcasts.items()):
            by_kind.add_metric([kind], count)
        yield by_kind
        yield _counter(
            "papote_deliveries",
            "Frames queued to connections by fan-out (one broadcast, one recipient).",
            hub.deliveries,
        )
        yield _counter(
            "papote_controls_refused",
            "Control messages from a node that this one did not understand (another "
            "version during a rolling deploy; docs/operations.md).",
            self.chat.controls_refused,
        )
        yield _counter(
            "papote_messages_stored", "Chat messages stored (group commit).", writer.written
        )
        yield _counter("papote_store_batches", "Group commits of messages.", writer.batches)
        yield _counter(
            "papote_slow_consumers_dropped",
            "Connections closed with 4008: their outbound queue filled up.",
            ws.slow_closed,
        )
        flusher = self.flusher()
        if flusher is not None:
            yield _counter(
                "papote_frames_out",
                "Frames written to sockets (native listener).",
                flusher.frames_out,
            )
            yield _counter(
                "papote_socket_writes",
                "Socket writes (native listener: one per connection per event-loop pass).",
                flusher.writes,
            )
        depths = [len(conn.queue) for state in hub.users.values() for conn in state.conns]
        yield GaugeMetricFamily(
            "papote_outbound_queue_frames",
            "Frames waiting in outbound queues, all connections together.",
            value=sum(depths),
        )
        yield GaugeMetricFamily(
            "papote_outbound_queue_frames_max",
            "The longest outbound queue of one connection.",
            value=max(depths, default=0),
        )
        yield GaugeMetricFamily(
            "papote_writer_queue",
            "Messages waiting for the next group commit.",
            value=writer.pending(),
        )
        yield from self._detection()
        yield from self._scale_out()

    def _detection(self) -> Iterator[Metric]:
        """The risk detection worker (docs/detection.md): absent when it is switched off."""
        detection = self.chat.detection
        if detection is None:
            return
        yield GaugeMetricFamily(
            "papote_detection_queue",
            "Stored messages waiting for risk scoring.",
            value=detection.queued,
        )
        yield _counter(
            "papote_detection_scored", "Messages scored by the risk detector.", detection.scored
        )
        yield _counter(
            "papote_detection_shed",
            "Messages left unscored because the detection queue was full (shed order in"
            " docs/detection.md).",
            detection.shed,
        )
        yield GaugeMetricFamily(
            "papote_detection_conversations",
            "Private conversations the detection worker follows (forgotten after"
            " conversation_idle_minutes of silence).",
            value=detection.conversations,
        )
        yield _counter(
            "papote_detection_model_skipped",
            "Salon messages acted on by the rules alone because the worker was behind"
            " (model_max_lag).",
            detection.model_skipped,
        )
        yield _counter(
            "papote_detection_cards", "Safety and help cards sent on detections.", detection.cards
        )
        yield _counter(
            "papote_detection_flags",
            "Detections handed to moderation (automated cases, minors shown out).",
            detection.flags,
        )
        yield _counter(
            "papote_detection_caught_up",
            "DM turns read back from the store: another node's side, or turns missed.",
            detection.caught_up,
        )
        yield _counter(
            "papote_detection_shared_hits",
            "Repeat-label hits that other nodes told this one about.",
            detection.shared_hits,
        )
        for name, help_text, buckets in (
            (
                "papote_detection_lag_seconds",
                "Seconds from a message's commit to its risk score, per message.",
                detection.lag,
            ),
            (
                "papote_detection_batch_seconds",
                "Seconds the detector took to score one batch (up to batch_max messages).",
                detection.batch_seconds,
            ),
        ):
            yield _histogram(name, help_text, buckets)

    def _scale_out(self) -> Iterator[Metric]:
        """The Redis broker, the relay and Redis presence: only on a node with Redis."""
        broker, relay, presence = self.redis_broker, self.relay, self.redis_presence
        if broker is not None:
            yield _counter(
                "papote_broker_published",
                "Envelopes this node sent to the other nodes through Redis.",
                broker.published,
            )
            yield _counter(
                "papote_broker_received",
                "Envelopes received from the other nodes through Redis.",
                broker.received,
            )
            yield _counter(
                "papote_broker_refused",
                "Envelopes from the other nodes that this node could not read (a kind it "
                "does not know: another version during a rolling upgrade).",
                broker.refused,
            )
            yield _counter(
                "papote_broker_publish_failures",
                "Sends to Redis that failed; their envelopes stay queued and are retried.",
                broker.publish_failures,
            )
            yield GaugeMetricFamily(
                "papote_broker_outbox",
                "Envelopes waiting to be sent to Redis (Redis slow or away).",
                value=broker.outbox_depth,
            )
            yield _counter(
                "papote_broker_outbox_dropped",
                "Oldest envelopes dropped from a full outbox (Redis away for long).",
                broker.dropped,
            )
            yield _counter(
                "papote_broker_resubscriptions",
                "Redis subscriptions restored after a loss (each followed by a resync).",
                broker.resubscriptions,
            )
        if relay is not None:
            yield _counter(
                "papote_relay_gaps",
                "Gaps in a room's seqs (an envelope late or lost), each read from the store.",
                relay.gaps,
            )
            yield _counter(
                "papote_relay_filled",
                "Messages read from the store that no envelope brought (gaps, resyncs).",
                relay.filled,
            )
            yield _counter(
                "papote_relay_duplicates",
                "Message envelopes dropped: already handed on.",
                relay.duplicates,
            )
            yield _counter(
                "papote_relay_skipped",
                "Missing seqs the store could not give (purged, deleted, or reads failed).",
                relay.skipped,
            )
        if presence is not None:
            yield _counter(
                "papote_presence_sweeps",
                "Dead nodes this node swept out of the member lists (that held someone).",
                presence.sweeps,
            )
            yield _counter(
                "papote_presence_swept",
                "Room memberships those sweeps took out of the member lists.",
                presence.swept,
            )


def _counter(name: str, documentation: str, value: float) -> CounterMetricFamily:
    return CounterMetricFamily(name, documentation, value=value)


def _histogram(name: str, documentation: str, buckets: Buckets) -> HistogramMetricFamily:
    """A histogram counted in plain ``Buckets`` (nothing paid until a scrape)."""
    return HistogramMetricFamily(
        name, documentation, buckets=buckets.cumulative(), sum_value=buckets.total
    )
