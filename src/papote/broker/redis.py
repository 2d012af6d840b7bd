"""Redis adapters for several nodes: pub/sub fan-out (Broker) and global presence.

Redis is a doorbell, never the truth (DESIGN.md, Synapse habit): the database holds every
message, so an envelope lost while Redis restarts is read back from the store by the
relay (papote.service.relay). Presence lives in Redis because it is only meaningful
while nodes are alive; each node keeps a mirror of what it put there, so it can put it
back after Redis lost it, and a node that stops its heartbeat is swept away by the
others (no ghosts).

Every channel and key starts with ``<prefix>:`` (setting ``redis_prefix``), so several
deployments or test runs can share one Redis. One Redis server (or a Sentinel pair) is
assumed: the Lua scripts touch keys of several rooms, which Redis Cluster forbids.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import msgspec
import structlog
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from papote.ports import (
    ADDRESS_OF,
    ALL_NODES,
    Address,
    Deliver,
    Envelope,
    EnvelopeKind,
    RoomAddress,
    UserAddress,
)
from papote.protocol.wire import UserInfo

log = structlog.get_logger(__name__)

# Not queued while Redis is unreachable: only worth anything in real time.
_EPHEMERAL = frozenset({"typing"})

# The address on the wire is one string, as it was before addresses were typed, so that
# nodes of both versions read each other during a rolling upgrade (docs/operations.md):
# a room's id, "user:<id>" for a person, "*" for every node. The kind says which of the
# three it is (ports.ADDRESS_OF): a reader never guesses from the string's shape. (Older
# nodes wrote "user:<id>" on some control messages; as every control, they go to every
# node.)
_USER = "user:"


def address_key(to: Address) -> str:
    """An envelope's address as written on the channel."""
    if isinstance(to, RoomAddress):
        return to.room_id
    if isinstance(to, UserAddress):
        return _USER + to.user_id
    return "*"


_KINDS: dict[str, tuple[EnvelopeKind, type[Address]]] = {
    kind: (kind, address) for kind, address in ADDRESS_OF.items()
}


def read_address(kind: str, key: str) -> tuple[EnvelopeKind, Address] | None:
    """The kind and address of an envelope written as ``kind`` and ``key``; None for a
    kind this node does not know, or a person's address without its ``user:`` prefix."""
    known = _KINDS.get(kind)
    if known is None:
        return None
    if known[1] is RoomAddress:
        return known[0], RoomAddress(key)
    if known[1] is UserAddress:
        return (known[0], UserAddress(key[5:])) if key.startswith(_USER) else None
    return known[0], ALL_NODES


# Nodes before batches (below) sent one envelope per PUBLISH: (address, kind, sender,
# payload, seq, origin). Still understood; one of a kind this node does not know is
# refused whole.
_WireEnvelope = tuple[str, EnvelopeKind, str, bytes, int, str]
_envelope_encoder = msgspec.msgpack.Encoder()
_envelope_decoder = msgspec.msgpack.Decoder(_WireEnvelope)

# What goes on the channel: one batch per send, (BATCH, origin, [entry, ...]), each entry
# (address, kind, sender, payload, seq). A group commit's messages cross Redis as one
# PUBLISH: a message received one by one cost about 29 us of redis-py's parsing on every
# other node, in a batch of 100 about 2 us (bench/cross_node.py; docs/performance.md,
# "Two nodes against one"). The kind of each entry is read as a string: an entry of a
# kind this node does not know (a newer node's) is refused alone, and counted; the
# others of the batch are delivered.
BATCH = 2
WireEntry = tuple[str, EnvelopeKind, str, bytes, int]
_WireBatch = tuple[int, str, list[tuple[str, str, str, bytes, int]]]
_batch_decoder = msgspec.msgpack.Decoder(_WireBatch)
MAX_BATCH = 500  # envelopes per PUBLISH
MAX_BATCH_BYTES = 512 * 1024  # payload bytes per PUBLISH, about
_info_encoder = msgspec.json.Encoder()
_infos_decoder = msgspec.json.Decoder(list[UserInfo])


def _client(url: str, *, retries: int, socket_timeout: float | None) -> Redis:
    # Our own loops retry with backoff and know what to do after a reconnection
    # (resubscribe, gap-fill, re-register presence), so redis-py's hidden retries are
    # kept short: a failure must surface quickly to be handled there.
    return Redis.from_url(
        url,
        retry=Retry(NoBackoff(), retries),
        socket_connect_timeout=2.0,
        socket_timeout=socket_timeout,
        socket_keepalive=True,
    )


def _bytes(value: bytes | str) -> bytes:
    return value if isinstance(value, bytes) else value.encode()


def encode_envelope(envelope: Envelope, origin: str) -> bytes:
    """Envelope -> msgpack array, in the format of nodes before batches (tests, bench)."""
    return _envelope_encoder.encode((*wire_entry(envelope), origin))


def decode_envelope(data: bytes) -> Envelope:
    """One envelope of a node before batches.

    Raises:
        msgspec.ValidationError: not such an envelope, or of a kind this node does not know.
    """
    key, kind, sender_id, payload, seq, origin = _envelope_decoder.decode(data)
    read = read_address(kind, key)
    if read is None:
        raise msgspec.ValidationError(f"not a {kind} envelope's address: {key!r}")
    return Envelope(read[1], read[0], sender_id, payload, seq, origin)


def encode_batch(entries: Sequence[WireEntry], origin: str) -> bytes:
    """Envelopes of one origin -> one channel message."""
    return _envelope_encoder.encode((BATCH, origin, entries))


def decode_batch(data: bytes) -> tuple[list[Envelope], int]:
    """A channel message -> its envelopes, in order (a batch, or one envelope of an
    older node), and how many entries of the batch were refused (a kind this node does
    not know, or an address that does not fit the kind).

    Raises:
        msgspec.DecodeError: the message as a whole is not one this node can read.
    """
    try:
        version, origin, entries = _batch_decoder.decode(data)
    except msgspec.ValidationError:
        if data[:1] == b"\x93":  # a 3-array: a batch, but not a valid one
            raise
        return [decode_envelope(data)], 0
    if version != BATCH:
        raise msgspec.ValidationError(f"unknown batch version {version}")
    envelopes = []
    refused = 0
    for key, kind, sender_id, payload, seq in entries:
        read = read_address(kind, key)
        if read is None:
            refused += 1
        else:
            envelopes.append(Envelope(read[1], read[0], sender_id, payload, seq, origin))
    return envelopes, refused


def wire_entry(envelope: Envelope) -> WireEntry:
    """An envelope as one entry of a batch."""
    return (
        address_key(envelope.to),
        envelope.kind,
        envelope.sender_id,
        envelope.payload,
        envelope.seq,
    )


class RedisBroker:
    """The Broker port on Redis pub/sub: one channel per deployment, every node on it.

    ``publish`` delivers to this node's hub at once (same order, no round trip, still
    working while Redis is away), then queues the envelope for Redis; a sender task
    sends what is queued as batches (one PUBLISH each) and keeps it, in order, until
    Redis takes it. Envelopes coming back from Redis with this node's id are skipped.
    A batch received is delivered between ``gather`` hooks (the hub's ``hold`` and
    ``release``): the messages of another node's group commit reach each recipient
    here as one queue entry per room, as they do on the node that stored them.

    After every (re)subscription ``on_resubscribed`` is called: what was published while
    the subscription was down is gone from pub/sub, and the relay reads it from the store.
    """

    def __init__(
        self,
        url: str,
        *,
        prefix: str,
        node_id: str,
        ping_interval: float = 5.0,
        reconnect_min: float = 0.05,
        reconnect_max: float = 2.0,
        max_outbox: int = 100_000,
        start_timeout: float = 10.0,
    ) -> None:
        self.url = url
        self.channel = f"{prefix}:events"
        self.node_id = node_id
        self.ping_interval = ping_interval
        self.reconnect_min = reconnect_min
        self.reconnect_max = reconnect_max
        self.max_outbox = max_outbox
        self.start_timeout = start_timeout
        self.on_resubscribed: Callable[[], None] | None = None
        # Around the delivery of a received batch: (hold, release), the hub's.
        self.gather: tuple[Callable[[], None], Callable[[], None]] | None = None
        self._deliver: Deliver | None = None
        self._client: Redis | None = None
        self._sub_client: Redis | None = None
        self._outbox: deque[tuple[str, WireEntry]] = deque()
        self._wake = asyncio.Event()
        self._sent = asyncio.Event()  # set when the outbox is empty
        self._failing = False  # the last send to Redis failed
        self._sending = 0  # envelopes taken from the outbox for the send under way
        self._subscribed = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        # counters, for logs and metrics (read by papote.metrics at scrape time)
        self.published = 0  # envelopes Redis took from this node
        self.received = 0  # envelopes from other nodes
        self.refused = 0  # envelopes from other nodes that this node could not read
        self.dropped = 0  # the oldest, out of a full outbox
        self.publish_failures = 0  # sends to Redis that failed (the batch is retried)
        self.subscriptions = 0  # the first one, then one per reconnection

    @property
    def outbox_depth(self) -> int:
        """Envelopes waiting for Redis, counting the batch being sent."""
        return len(self._outbox) + self._sending

    @property
    def resubscriptions(self) -> int:
        """Subscriptions restored after a loss (each one starts a resync)."""
        return max(0, self.subscriptions - 1)

    async def start(self, deliver: Deliver) -> None:
        """Subscribe, and fail loudly if Redis cannot be reached at start-up."""
        self._deliver = deliver
        self._client = _client(self.url, retries=1, socket_timeout=5.0)
        self._sub_client = _client(self.url, retries=0, socket_timeout=None)
        loop = asyncio.get_running_loop()
        self._tasks = [
            loop.create_task(self._subscribe_loop(), name="redis-subscriber"),
            loop.create_task(self._send_loop(), name="redis-sender"),
        ]
        try:
            await asyncio.wait_for(self._subscribed.wait(), self.start_timeout)
        except TimeoutError:
            await self.close()
            raise ConnectionError(f"Redis did not answer within {self.start_timeout} s") from None

    async def publish(self, envelope: Envelope) -> None:
        deliver = self._deliver
        if deliver is None:
            raise RuntimeError("broker not started")
        deliver(envelope)
        if self._failing and envelope.kind in _EPHEMERAL:
            return  # "is typing" is worth nothing once late
        outbox = self._outbox
        if len(outbox) >= self.max_outbox:
            # Redis away for long: drop the oldest. A message is not lost (the other nodes
            # read it from the store on their next gap or resubscription); a control is
            # re-read by the resync hooks.
            outbox.popleft()
            self.dropped += 1
            if self.dropped % 10_000 == 1:
                log.warning("redis outbox full, dropping envelopes", dropped=self.dropped)
        outbox.append((envelope.kind, wire_entry(envelope)))
        self._sent.clear()
        self._wake.set()

    def _take(self) -> list[WireEntry]:
        """The next batch from the outbox, in order: at most MAX_BATCH envelopes and
        about MAX_BATCH_BYTES of payload."""
        outbox = self._outbox
        batch: list[WireEntry] = []
        size = 0
        while outbox and len(batch) < MAX_BATCH and size < MAX_BATCH_BYTES:
            entry = outbox.popleft()[1]
            batch.append(entry)
            size += len(entry[3])
        return batch

    async def _send_loop(self) -> None:
        """Pipeline everything queued, in order; on failure keep it and retry."""
        assert self._client is not None
        delay = self.reconnect_min
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._outbox:
                batches: list[list[WireEntry]] = []
                while self._outbox and len(batches) < 10:
                    batches.append(self._take())
                taken = [entry for batch in batches for entry in batch]
                self._sending = len(taken)
                try:
                    async with self._client.pipeline(transaction=False) as pipe:
                        for batch in batches:
                            pipe.publish(self.channel, encode_batch(batch, self.node_id))
                        await pipe.execute()
                except (RedisError, OSError) as exc:
                    # Put the batch back in front and wait: Redis restarts in seconds.
                    self._failing = True
                    self._outbox.extendleft((e[1], e) for e in reversed(taken))
                    self._sending = 0
                    self.publish_failures += 1
                    log.warning("redis publish failed, will retry", error=str(exc), delay=delay)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, self.reconnect_max)
                    continue
                delay = self.reconnect_min
                self._failing = False
                self._sending = 0
                self.published += len(taken)
            self._sent.set()

    async def _subscribe_loop(self) -> None:
        """Stay subscribed: reconnect with backoff, ping to notice a silent drop."""
        assert self._sub_client is not None
        delay = self.reconnect_min
        while True:
            pubsub = self._sub_client.pubsub()
            try:
                await pubsub.subscribe(self.channel)
                heard = before = time.monotonic()
                next_ping = heard + self.ping_interval
                wait = min(1.0, self.ping_interval)
                while True:
                    message = await pubsub.get_message(timeout=wait)
                    now = time.monotonic()
                    # Silence counts only while this node was listening: a loop held up
                    # (a busy or starved process) has not read what Redis sent meanwhile.
                    late = now - before - wait
                    if late > 0:
                        heard += late
                    before = now
                    if message is not None:
                        heard = now
                        kind = message["type"]
                        if kind == "message":
                            self._on_message(message["data"])
                        elif kind == "subscribe":
                            delay = self.reconnect_min
                            self._on_subscribed()
                    if now >= next_ping:
                        await pubsub.ping()
                        next_ping = now + self.ping_interval
                    if now - heard > 3 * self.ping_interval:
                        raise ConnectionError("no answer from Redis to our pings")
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # any failure: start over, never die
                log.warning("redis subscription lost", error=str(exc), retry_in=delay)
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.reconnect_max)

    def _on_subscribed(self) -> None:
        self.subscriptions += 1
        if self.subscriptions > 1:
            log.info("redis subscription restored", channel=self.channel)
        self._subscribed.set()
        if self.on_resubscribed is not None:
            self.on_resubscribed()

    def _on_message(self, data: bytes) -> None:
        try:
            envelopes, refused = decode_batch(data)
        except msgspec.DecodeError as exc:
            self.refused += 1
            log.warning("undecodable envelope on the channel", size=len(data), error=str(exc))
            return
        if refused:
            # A node of another version (a rolling upgrade) sent a kind this one does
            # not know: skipped, counted; the rest of its batch is delivered.
            self.refused += refused
            log.warning("envelopes of an unknown kind skipped", count=refused)
        if not envelopes or envelopes[0].origin == self.node_id:
            return  # delivered locally when published
        self.received += len(envelopes)
        deliver = self._deliver
        assert deliver is not None
        gather = self.gather if len(envelopes) > 1 else None
        if gather is not None:
            gather[0]()
        try:
            for envelope in envelopes:
                try:
                    deliver(envelope)
                except Exception:
                    log.exception("delivering an envelope failed", kind=envelope.kind)
        finally:
            if gather is not None:
                gather[1]()

    async def close(self) -> None:
        """Give queued envelopes a moment to reach Redis (e.g. the last `left`), then stop."""
        if self._tasks and self._outbox:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._sent.wait(), 1.0)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        for client in (self._client, self._sub_client):
            if client is not None:
                await client.aclose()
        self._client = self._sub_client = None
        self._deliver = None


# ---------------------------------------------------------------------- presence

# Keys (all under the prefix):
#   presence:room:<room>   hash  user id -> profile (JSON UserInfo): the member list
#   presence:count:<room>  hash  user id -> number of nodes holding that user there
#   presence:node:<node>   set   "<room>|<user id>" held by that node (to sweep it)
#   nodes                  set   node ids that registered
#   alive:<node>           string with a TTL, refreshed by the node's heartbeat
# A node counts its own connections itself and only tells Redis when a user's first
# connection in a room arrives on it, or its last one goes.

_LUA_PATHS = """
local function paths(prefix, entry)
  local room, user = string.match(entry, '^(.*)|([^|]*)$')
  return room, user, prefix .. ':presence:count:' .. room, prefix .. ':presence:room:' .. room
end
"""

# KEYS: node set, room counts, room members. ARGV: entry, user id, profile.
_ENTER = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[3], ARGV[2], ARGV[3])
if redis.call('HINCRBY', KEYS[2], ARGV[2], 1) == 1 then return 1 end
return 0
"""

# KEYS: node set, room counts, room members. ARGV: entry, user id.
_EXIT = """
if redis.call('SREM', KEYS[1], ARGV[1]) == 0 then return 0 end
if redis.call('HINCRBY', KEYS[2], ARGV[2], -1) > 0 then return 0 end
redis.call('HDEL', KEYS[2], ARGV[2])
redis.call('HDEL', KEYS[3], ARGV[2])
return 1
"""

# Sweep a dead node. KEYS: its alive key, its node set, the nodes set. ARGV: prefix, node.
# Returns {} if it is alive or was already swept, else {node, room, profile, ...} with a
# (room, profile) for each person no node holds any more.
_REAP = (
    _LUA_PATHS
    + """
if redis.call('EXISTS', KEYS[1]) == 1 then return {} end
if redis.call('SREM', KEYS[3], ARGV[2]) == 0 then return {} end
local gone = {ARGV[2]}
for _, entry in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  local room, user, counts, members = paths(ARGV[1], entry)
  if redis.call('HINCRBY', counts, user, -1) <= 0 then
    redis.call('HDEL', counts, user)
    local info = redis.call('HGET', members, user)
    redis.call('HDEL', members, user)
    if info then gone[#gone + 1] = room; gone[#gone + 1] = info end
  end
end
redis.call('DEL', KEYS[2])
return gone
"""
)

# Make Redis hold exactly what this node holds. KEYS: node set.
# ARGV: prefix, then (entry, user id, profile) for each. Returns {state, room, profile, ...}.
_RECONCILE = (
    _LUA_PATHS
    + """
local want = {}
local changes = {}
for i = 2, #ARGV, 3 do
  local entry, user, info = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  want[entry] = true
  if redis.call('SADD', KEYS[1], entry) == 1 then
    local room, _, counts, members = paths(ARGV[1], entry)
    redis.call('HSET', members, user, info)
    if redis.call('HINCRBY', counts, user, 1) == 1 then
      changes[#changes + 1] = 'joined'; changes[#changes + 1] = room
      changes[#changes + 1] = info
    end
  end
end
for _, entry in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if not want[entry] then
    redis.call('SREM', KEYS[1], entry)
    local room, user, counts, members = paths(ARGV[1], entry)
    if redis.call('HINCRBY', counts, user, -1) <= 0 then
      redis.call('HDEL', counts, user)
      local info = redis.call('HGET', members, user)
      redis.call('HDEL', members, user)
      if info then
        changes[#changes + 1] = 'left'; changes[#changes + 1] = room
        changes[#changes + 1] = info
      end
    end
  end
end
return changes
"""
)

PresenceChange = Callable[[str, UserInfo, str], Awaitable[None]]
"""(room id, user, "joined" | "left"): someone appeared or vanished without a join or a
leave of theirs (a dead node swept, a node taken for dead coming back)."""


@dataclass(slots=True)
class _Held:
    info: UserInfo
    encoded: bytes
    conns: int


@dataclass(slots=True)
class _Op:
    script: Any
    keys: list[str]
    args: list[str | bytes]
    fallback: bool
    future: asyncio.Future[bool]


class RedisPresence:
    """The Presence port on Redis, with node liveness.

    Each node refreshes ``alive:<node>`` every ``node_timeout / 3`` seconds; on the same
    beat it sweeps nodes whose key expired, and announces the people they held as gone
    (``on_change``). If its own key had vanished (Redis restarted empty, or the node
    was paused so long the others swept it) it puts back everything it holds.

    While Redis is unreachable, answers come from what this node alone knows, so joins
    keep working; the next heartbeat makes Redis right again.
    """

    def __init__(self, url: str, *, prefix: str, node_id: str, node_timeout: float = 15.0) -> None:
        self.url = url
        self.prefix = prefix
        self.node_id = node_id
        self.node_timeout = node_timeout
        self.on_change: PresenceChange | None = None
        # A node found dead and swept by this one (its id): what it held ends elsewhere
        # too (its calls, papote.service.calls).
        self.on_node_dead: Callable[[str], Awaitable[object]] | None = None
        self._client: Redis | None = None
        self._held: dict[tuple[str, str], _Held] = {}
        self._ops: asyncio.Queue[_Op] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []
        self._dirty = False  # an update may not have reached Redis: reconcile
        self._run_id: str | None = None
        self._scripts: dict[str, Any] = {}
        # counters, read by papote.metrics at scrape time
        self.sweeps = 0  # dead nodes this node swept that still held people
        self.swept = 0  # (room, person) entries those sweeps took out of member lists
        self.nodes_key = f"{prefix}:nodes"
        self.node_key = f"{prefix}:presence:node:{node_id}"
        self.alive_key = f"{prefix}:alive:{node_id}"

    def _room_keys(self, room_id: str) -> tuple[str, str]:
        return f"{self.prefix}:presence:count:{room_id}", f"{self.prefix}:presence:room:{room_id}"

    @property
    def _ttl_ms(self) -> int:
        return max(1, int(self.node_timeout * 1000))

    async def start(self) -> None:
        """Register this node; fail loudly if Redis cannot be reached at start-up."""
        client = self._client = _client(self.url, retries=1, socket_timeout=5.0)
        self._scripts = {
            name: client.register_script(source)
            for name, source in (
                ("enter", _ENTER),
                ("exit", _EXIT),
                ("reap", _REAP),
                ("reconcile", _RECONCILE),
            )
        }
        try:
            self._run_id = await self._server_run_id()
            async with client.pipeline(transaction=False) as pipe:
                pipe.set(self.alive_key, b"1", px=self._ttl_ms)
                pipe.sadd(self.nodes_key, self.node_id)
                await pipe.execute()
        except (RedisError, OSError):
            await client.aclose()
            self._client = None
            raise
        loop = asyncio.get_running_loop()
        self._tasks = [
            loop.create_task(self._run_ops(), name="redis-presence-ops"),
            loop.create_task(self._heartbeat(), name="redis-presence-heartbeat"),
        ]

    async def close(self, *, leave: bool = True) -> None:
        """Stop, and take this node's people out of Redis (as a sweep would, sooner).

        Args:
            leave: False stops without a word, as a crash would (tests use it).
        """
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        client = self._client
        if client is None:
            return
        if not leave:
            await client.aclose()
            self._client = None
            return
        try:
            await client.delete(self.alive_key)
            _, gone = await self._reap(self.node_id)
            await self._announce([("left", room, info) for room, info in gone])
        except (RedisError, OSError) as exc:
            log.warning("could not leave presence cleanly", error=str(exc))
        finally:
            await client.aclose()
            self._client = None
            self._held.clear()

    # ------------------------------------------------------------------ the port

    async def enter(self, room_id: str, user: UserInfo) -> bool:
        key = (room_id, user.id)
        held = self._held.get(key)
        if held is not None:
            held.conns += 1
            return False  # this node already holds them there: not their first
        encoded = _info_encoder.encode(user)
        self._held[key] = _Held(user, encoded, 1)
        counts, members = self._room_keys(room_id)
        return await self._call(
            "enter",
            [self.node_key, counts, members],
            [f"{room_id}|{user.id}", user.id, encoded],
            fallback=True,
        )

    async def exit(self, room_id: str, user_id: str) -> bool:
        key = (room_id, user_id)
        held = self._held.get(key)
        if held is None:
            return False
        held.conns -= 1
        if held.conns > 0:
            return False
        del self._held[key]
        counts, members = self._room_keys(room_id)
        return await self._call(
            "exit", [self.node_key, counts, members], [f"{room_id}|{user_id}", user_id], True
        )

    async def members(self, room_id: str) -> list[UserInfo]:
        try:
            if self._client is None:
                raise ConnectionError("presence not started")
            values = [_bytes(v) for v in await self._client.hvals(self._room_keys(room_id)[1])]
        except (RedisError, OSError):
            return [h.info for (room, _), h in self._held.items() if room == room_id]
        # One decode for the whole list: a salon of 5,000 is one parse, not 5,000.
        return _infos_decoder.decode(b"[" + b",".join(values) + b"]")

    async def present(self, room_id: str, user_ids: Sequence[str]) -> set[str]:
        if not user_ids:
            return set()
        try:
            if self._client is None:
                raise ConnectionError("presence not started")
            values = await self._client.hmget(self._room_keys(room_id)[0], list(user_ids))
        except (RedisError, OSError):
            return {user_id for user_id in user_ids if (room_id, user_id) in self._held}
        return {
            user_id
            for user_id, value in zip(user_ids, values, strict=True)
            if value is not None and int(value) > 0
        }

    async def counts(self, room_ids: Sequence[str]) -> dict[str, int]:
        try:
            if self._client is None:
                raise ConnectionError("presence not started")
            async with self._client.pipeline(transaction=False) as pipe:
                for room_id in room_ids:
                    pipe.hlen(self._room_keys(room_id)[1])
                values = await pipe.execute()
        except (RedisError, OSError):
            local: dict[str, set[str]] = {}
            for room, user in self._held:
                local.setdefault(room, set()).add(user)
            return {room_id: len(local.get(room_id, ())) for room_id in room_ids}
        return {room_id: int(n) for room_id, n in zip(room_ids, values, strict=True)}

    # ------------------------------------------------------------------ ordered updates

    async def _call(
        self, script: str, keys: list[str], args: list[str | bytes], fallback: bool
    ) -> bool:
        """Queue one update; one task sends them in order, several per round trip.

        Order matters: an exit overtaking the enter before it would leave Redis wrong.
        """
        if not self._tasks:
            # Not started, or stopped (sockets closing after shutdown began): this
            # node's own view is all there is.
            return fallback
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._ops.put_nowait(_Op(self._scripts[script], keys, args, fallback, future))
        return await future

    async def _run_ops(self) -> None:
        while True:
            batch = [await self._ops.get()]
            while not self._ops.empty() and len(batch) < 500:
                batch.append(self._ops.get_nowait())
            try:
                assert self._client is not None
                async with self._client.pipeline(transaction=False) as pipe:
                    for op in batch:
                        await op.script(keys=op.keys, args=op.args, client=pipe)
                    results = [bool(r) for r in await pipe.execute()]
            except (RedisError, OSError) as exc:
                # Answer as if this node were alone; the heartbeat reconciles Redis.
                self._dirty = True
                log.warning("presence update failed", error=str(exc), size=len(batch))
                results = [op.fallback for op in batch]
            for op, result in zip(batch, results, strict=True):
                if not op.future.done():
                    op.future.set_result(result)

    # ------------------------------------------------------------------ liveness

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(self.node_timeout / 3)
            try:
                await self.beat()
            except (RedisError, OSError) as exc:
                self._dirty = True
                log.warning("presence heartbeat failed", error=str(exc))
            except Exception:
                log.exception("presence heartbeat failed")

    async def beat(self) -> None:
        """One heartbeat: stay alive (or come back), then sweep dead nodes."""
        client = self._client
        assert client is not None
        alive = await client.set(self.alive_key, b"1", px=self._ttl_ms, xx=True)
        if not alive or self._dirty:
            run_id = await self._server_run_id()
            restarted = run_id != self._run_id
            self._run_id = run_id
            self._dirty = False
            changes = await self._reconcile()
            if not alive:
                log.warning("presence re-registered", redis_restarted=restarted)
            # Told again that they are here, whether Redis restarted or this node was
            # swept: every node keeps its member lists from presence envelopes (hub.py),
            # and a sweep during the restart may have told them these people left.
            await self._announce(changes)
        nodes = await client.smembers(self.nodes_key)
        for raw in nodes:
            node = _bytes(raw).decode()
            if node != self.node_id:
                dead, gone = await self._reap(node)
                if gone:
                    self.sweeps += 1
                    self.swept += len(gone)
                    log.info("swept a dead node", node=node, people=len(gone))
                    await self._announce([("left", room, info) for room, info in gone])
                if dead and self.on_node_dead is not None:
                    try:
                        await self.on_node_dead(node)
                    except Exception:
                        log.exception("dead node hook failed", node=node)

    async def live_nodes(self) -> set[str]:
        """The ids of the registered nodes whose heartbeat has not expired (this one
        included); empty while Redis is unreachable."""
        client = self._client
        if client is None:
            return set()
        try:
            nodes = [_bytes(raw).decode() for raw in await client.smembers(self.nodes_key)]
            async with client.pipeline(transaction=False) as pipe:
                for node in nodes:
                    pipe.exists(f"{self.prefix}:alive:{node}")
                alive = await pipe.execute()
        except (RedisError, OSError) as exc:
            log.warning("live nodes unknown: Redis unreachable", error=str(exc))
            return set()
        return {node for node, up in zip(nodes, alive, strict=True) if up}

    async def _server_run_id(self) -> str:
        assert self._client is not None
        info = await self._client.info("server")
        return str(info.get("run_id", ""))

    async def _reconcile(self) -> list[tuple[str, str, UserInfo]]:
        assert self._client is not None
        args: list[str | bytes] = [self.prefix]
        for (room_id, user_id), held in list(self._held.items()):
            args += [f"{room_id}|{user_id}", user_id, held.encoded]
        async with self._client.pipeline(transaction=False) as pipe:
            # Alive first: a sweep that runs after this cannot take what we put back.
            pipe.set(self.alive_key, b"1", px=self._ttl_ms)
            pipe.sadd(self.nodes_key, self.node_id)
            await self._scripts["reconcile"](keys=[self.node_key], args=args, client=pipe)
            *_, raw = await pipe.execute()
        decode = msgspec.json.Decoder(UserInfo).decode
        return [
            (raw[i].decode(), raw[i + 1].decode(), decode(raw[i + 2]))
            for i in range(0, len(raw), 3)
        ]

    async def _reap(self, node: str) -> tuple[bool, list[tuple[str, UserInfo]]]:
        """Sweep ``node`` if its alive key expired: (whether this call swept it, the
        people no node holds any more)."""
        assert self._client is not None
        raw = await self._scripts["reap"](
            keys=[
                f"{self.prefix}:alive:{node}",
                f"{self.prefix}:presence:node:{node}",
                self.nodes_key,
            ],
            args=[self.prefix, node],
        )
        if not raw:
            return False, []
        decode = msgspec.json.Decoder(UserInfo).decode
        return True, [(raw[i].decode(), decode(raw[i + 1])) for i in range(1, len(raw), 2)]

    async def _announce(self, changes: list[tuple[str, str, UserInfo]]) -> None:
        if self.on_change is None:
            return
        for state, room_id, info in changes:
            try:
                await self.on_change(room_id, info, state)
            except Exception:
                log.exception("presence change hook failed")
