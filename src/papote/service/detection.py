"""Risk detection off the send path (docs/detection.md, issue 12 point 6).

A stored message is handed over after its commit (a deque append, nothing more on the
send path); one worker scores the queue in batches in its own thread, weighs each DM's
turns in a ``Conversation``, and acts:

- ``self_harm`` (any room): a private help card to the writer (3114, 3018). Never a
  sanction.
- ``grooming`` / ``threat`` in a DM: a safety card to the other person, naming what the
  suspect asked for, with block and report at hand.
- the labels of ``case_labels``: a case for the moderators through the moderation
  service (``Moderation.automated``: the same cases, seals and statements as a report),
  urgent for ``urgent_labels``; in a DM once per conversation and label, about the
  speaker the label is attributed to. The matched spans go with it (highlighted in the
  console).
- ``minor_labels`` (the writer says they are under 18): shown out with the adults-only
  notice and a cool-down on their device and address; if they were in a DM with an
  adult, that DM is sealed in an urgent case. When only the model raised it (no rule, no
  answer to an age question: ``rule_backed``), an urgent case asks a moderator instead
  (``minor_model_shows_out`` false, the default): a statistical reading alone does not
  show an adult out; the moderator does, with the same decision.
- ``repeat_labels``: past ``repeat_after`` hits in ``repeat_window``, the writer is slowed
  down (one message every ``repeat_slow_seconds``) for ``repeat_slow``.

Shed order when the queue is full (``queue_max``): the oldest salon message waiting is
dropped first, then a new salon message is refused; a DM message is refused only when
every waiting message is a DM's. Shedding never refuses or delays a message: it is
counted (``shed``) and the message goes unscored.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import structlog

from papote.domain.ratelimit import SlidingWindowCounter
from papote.domain.risk.conversation import ACCUMULATOR_VERSION, Conversation
from papote.domain.risk.detector import (
    RULE_SOURCE,
    THRESHOLD,
    MessageAnalysis,
    RiskHit,
    RuleDetector,
)
from papote.domain.risk.hold import held_labels
from papote.ports import RiskDetector, StoredMessage
from papote.protocol import wire
from papote.runtime import Buckets
from papote.service.moderation.automated import Flag

log = structlog.get_logger(__name__)
_K = TypeVar("_K")
_V = TypeVar("_V")

# Which of a suspect's moves a safety card names (the client words them in French).
CARD_MOVES: dict[str, wire.SafetyMove] = {
    "age_question": "age",
    "school_question": "school",
    "parents_question": "parents",
    "photo_request": "photo",
    "off_platform_move": "other_app",
    "meet": "meet",
    "gift": "gift",
    "secrecy": "secret",
    "isolation": "isolation",
}


@dataclass(frozen=True, slots=True)
class DetectionConfig:
    """The [detection] settings that the service uses (papote.toml explains each)."""

    queue_max: int = 2000
    batch_max: int = 32
    # Seconds the worker waits, once woken, for a batch to fill before it scores (unless
    # batch_max are already queued): scoring 500 salon messages a second one by one cost
    # a sixth of the core more than in batches (docs/performance.md, "Session 6").
    batch_linger: float = 0.0
    # A batch whose oldest message waited longer, or taken from a queue still half full:
    # its salon messages keep the send path's rule reading without the model (the model is
    # the part that gives way under load, before the queue sheds anything).
    model_max_lag: float = 1.0
    conversations_max: int = 20_000
    # A DM silent this long is forgotten; if it starts again, its last CATCH_UP_TURNS are
    # read back from the store (``_catch_up``), so memory follows the DMs going on.
    conversation_idle: float = 600.0
    help_card_labels: frozenset[str] = frozenset({"self_harm"})
    warning_labels: frozenset[str] = frozenset({"grooming", "threat"})
    case_labels: frozenset[str] = frozenset()
    urgent_labels: frozenset[str] = frozenset()
    minor_labels: frozenset[str] = frozenset()
    # A minor_labels label raised by the model alone: show the person out as a rule's
    # raise does (true), or open an urgent case for a moderator to decide (false).
    minor_model_shows_out: bool = False
    repeat_labels: frozenset[str] = frozenset()
    repeat_after: int = 3
    repeat_window: float = 3600.0
    repeat_slow_seconds: int = 30
    repeat_slow: float = 3600.0


@dataclass(frozen=True, slots=True)
class Job:
    message: StoredMessage
    dm: bool
    queued_at: float = 0.0  # time.perf_counter() at submit
    analysis: MessageAnalysis | None = None  # the rules' reading, made on the send path


# Upper bounds (seconds) of the detection lag histogram in /metrics.
LAG_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


# Turns of a DM read back from the store when the worker missed some (CATCH_UP below).
CATCH_UP_TURNS = 20


@dataclass(slots=True)
class Thread:
    """A DM as the worker follows it: the accumulator, the spans its recent messages
    matched (msg_id, writer, spans), for the evidence of a later alert, and the last seq
    it weighed."""

    conv: Conversation = field(default_factory=Conversation)
    recent: deque[tuple[str, str, list[dict[str, Any]]]] = field(
        default_factory=lambda: deque(maxlen=CATCH_UP_TURNS)
    )
    last_seq: int = 0
    touched: float = 0.0  # the service's clock at its last message


SendCard = Callable[[str, wire.SafetyCard], Awaitable[None]]
Members = Callable[[str], Awaitable[Sequence[wire.UserRef]]]
# A DM's messages before a seq, at most n, oldest first (Store.messages_before).
Earlier = Callable[[str, int, int], Awaitable[list[StoredMessage]]]


@dataclass(frozen=True, slots=True)
class Actions:
    """What the worker acts through besides cards (app.py wires them to the moderation
    service and the chat).

    Args:
        flag: open or join a moderator case for a detection.
        minor: show a minor out; the second argument is the adult of the DM, if any.
        slow: slow a repeat offender down: (user id, one message every N seconds, for
            so many seconds).
        share_hit: tell the other nodes that this person had a repeat-label hit here
            (each node counts every node's hits: ``hit_elsewhere``).
    """

    flag: Callable[[Flag], Awaitable[object]]
    minor: Callable[[Flag, str | None], Awaitable[object]]
    slow: Callable[[str, int, float], Awaitable[object]]
    share_hit: Callable[[str], Awaitable[object]] | None = None


class DetectionService:
    """Scores stored messages in a worker thread and sends the cards they call for.

    Args:
        detector: builds the RiskDetector, called once in the worker thread (loading
            the embedding model there keeps the event loop free).
        send_card: delivers a card to every connection of one person (any node).
        members: the people of a DM room.
    """

    def __init__(
        self,
        *,
        detector: Callable[[], RiskDetector],
        send_card: SendCard,
        members: Members,
        config: DetectionConfig,
        actions: Actions | None = None,
        earlier: Earlier | None = None,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self._make_detector = detector
        self._detector: RiskDetector | None = None
        self._send_card = send_card
        self._members = members
        self.config = config
        self._queue: deque[Job] = deque()
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._worker: asyncio.Task[None] | None = None
        self._ready: asyncio.Future[RiskDetector] | None = None
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="papote-detect")
        self._conversations: OrderedDict[str, Thread] = OrderedDict()
        self._helped: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._actions = actions
        self._earlier = earlier
        self._now = now
        # One event per repeat-label hit; past repeat_after in the window: slowed down.
        self._repeats = SlidingWindowCounter(
            limit=max(0, config.repeat_after - 1), window=config.repeat_window
        )
        self._shown_out: OrderedDict[str, None] = OrderedDict()
        self._minor_review: OrderedDict[str, None] = OrderedDict()  # model-only cases
        # counters for /metrics and the logs
        self.scored = 0
        self.shed = 0
        self.model_skipped = 0  # salon messages acted on by their rules alone (lag)
        self.forgotten = 0  # DM threads dropped after conversation_idle
        self.cards = 0
        self.flags = 0
        self.caught_up = 0  # DM turns read back from the store (another node's, or missed)
        self.shared_hits = 0  # repeat-label hits other nodes told this one about
        # seconds from submit to scored, per message; seconds of scoring, per batch
        self.lag = Buckets(LAG_BUCKETS)
        self.batch_seconds = Buckets(LAG_BUCKETS)

    @property
    def queued(self) -> int:
        """Messages waiting to be scored."""
        return len(self._queue)

    # ------------------------------------------------------------ send path side

    def submit(
        self, message: StoredMessage, *, dm: bool, analysis: MessageAnalysis | None = None
    ) -> bool:
        """Queue a stored message for scoring; False if it was shed (see module doc).

        Args:
            analysis: the rules' reading of a salon message, made on the send path to
                decide whether it is held (chat.py); used as it is unless a model scores.
        """
        held = message.held is not None  # its case must open: never shed
        if len(self._queue) >= self.config.queue_max and not held and not self._make_room(dm):
            self.shed += 1
            return False
        self._queue.append(Job(message, dm, time.perf_counter(), analysis))
        self._idle.clear()
        self._wake.set()
        return True

    def _make_room(self, dm: bool) -> bool:
        if not dm:
            return False
        for i, job in enumerate(self._queue):
            if not job.dm:
                del self._queue[i]
                self.shed += 1
                return True
        return False

    # ------------------------------------------------------------ worker

    def start(self) -> None:
        """Start the worker; the detector (and its model) loads in the worker's thread at
        once, so the first messages do not wait for it."""
        if self._worker is None:
            loop = asyncio.get_running_loop()
            self._ready = loop.run_in_executor(self._pool, self._load)
            self._worker = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
            self._worker = None
        self._pool.shutdown(wait=False, cancel_futures=True)

    async def settle(self) -> None:
        """Wait until everything queued so far was scored and acted on (tests)."""
        await self._idle.wait()

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        if self._ready is not None:
            with contextlib.suppress(Exception):  # a failed load is retried on a batch
                await self._ready
        while True:
            await self._wake.wait()
            self._wake.clear()
            if self._queue and len(self._queue) < self.config.batch_max:
                wait = self._queue[0].queued_at + self.config.batch_linger - time.perf_counter()
                if wait > 0:
                    await asyncio.sleep(wait)
            while self._queue:
                backlog = len(self._queue)
                batch = [
                    self._queue.popleft()
                    for _ in range(min(len(self._queue), self.config.batch_max))
                ]
                try:
                    started = time.perf_counter()
                    rules_only = isinstance(self._detector, RuleDetector)
                    behind = (
                        started - batch[0].queued_at > self.config.model_max_lag
                        or 2 * backlog >= self.config.queue_max
                    )
                    model = not rules_only and not behind
                    if not model and all(job.analysis is not None for job in batch):
                        # read on the send path already (salons): nothing left to do
                        analyses = [job.analysis for job in batch if job.analysis is not None]
                    else:
                        analyses = await loop.run_in_executor(
                            self._pool, self._analyse, batch, model
                        )
                    if behind and not rules_only:
                        self.model_skipped += sum(job.analysis is not None for job in batch)
                    done = time.perf_counter()
                    self.batch_seconds.observe(done - started)
                    for job in batch:
                        self.lag.observe(done - job.queued_at)
                    for job, analysis in zip(batch, analyses, strict=True):
                        await self._act(job, analysis)
                except Exception:
                    log.exception("risk detection failed", messages=len(batch))
                self.scored += len(batch)
            self._idle.set()

    def _load(self) -> RiskDetector:
        if self._detector is None:
            try:
                detector = self._make_detector()
                detector.analyse_batch(["bonjour"])  # loads a lazy model now
            except Exception:
                log.exception("risk detector failed to load")
                raise
            self._detector = detector
            log.info("risk detector ready", version=detector.version)
        return self._detector

    def _analyse(self, batch: list[Job], model: bool = True) -> list[MessageAnalysis]:
        """Salon messages come with the send path's rule analysis: a model only adds its
        hits to it (``complete``), unless the worker is behind (``model`` false: they
        are acted on as the rules read them); the others are read whole."""
        detector = self._load()
        todo = [job.message.text for job in batch if job.analysis is None]
        known = [job.analysis for job in batch if job.analysis is not None]
        fresh = iter(detector.analyse_batch(todo) if todo else ())
        completed = iter(detector.complete(known) if known and model else known)
        return [next(fresh) if job.analysis is None else next(completed) for job in batch]

    # ------------------------------------------------------------ actions

    async def _act(self, job: Job, analysis: MessageAnalysis) -> None:
        message = job.message
        labels = analysis.labels()
        if set(labels) & self.config.help_card_labels:
            await self._help(message)
        if not job.dm:
            # A held message waits for a moderator: it has a case whatever the worker's
            # detector reads in it now (with a model, the scores may differ).
            acting = dict(labels)
            for label in held_labels(message.held):
                acting.setdefault(label, THRESHOLD)
            for label, score in acting.items():
                spans = _spans(message, analysis.hits, label)
                await self._moderate(
                    label,
                    score,
                    message,
                    message.user_id,
                    spans,
                    None,
                    None,
                    rule_backed(analysis.hits, label),
                )
            return
        thread = self._thread(message.room_id)
        if message.seq <= thread.last_seq:
            return  # weighed already, read back from the store as context
        if message.seq > thread.last_seq + 1:
            await self._catch_up(thread, message)
        thread.last_seq = message.seq
        conv = thread.conv
        verdict = conv.add(message.user_id, analysis)
        thread.recent.append(
            (message.msg_id, message.user_id, _spans(message, verdict.hits, None, analysis))
        )
        for label in set(verdict.accused) & self.config.warning_labels:
            for suspect in verdict.accused[label]:
                await self._warn(message, conv, label, suspect)
        # A case once per conversation, label and suspect (the first time the label is
        # theirs): a second person's disclosure or threat in the same DM is acted on too.
        for label, suspects in verdict.accused.items():
            for suspect in suspects:
                spans = [
                    span
                    for msg_id, writer, found in thread.recent
                    if writer == suspect
                    for span in found
                    if span["label"] == label or label == "grooming"
                ]
                await self._moderate(
                    label,
                    conv.scores.get(label, 0.0),
                    message,
                    suspect,
                    spans,
                    conv.alert_turns.get(label),
                    thread,
                    rule_backed(verdict.hits, label),
                )
        # A label is raised once per suspect: a writer the model alone read as a minor
        # (their case is open) who then says it in words a rule reads is shown out now.
        writer = message.user_id
        if writer in self._minor_review and writer not in self._shown_out:
            now_theirs = {label for label, who in verdict.accused.items() if writer in who}
            for label in self.config.minor_labels - now_theirs:
                if rule_backed(verdict.hits, label):
                    spans = _spans(message, verdict.hits, label)
                    score = conv.scores.get(label, 0.0)
                    turn = conv.alert_turns.get(label)
                    await self._moderate(label, score, message, writer, spans, turn, thread)
                    break

    async def _catch_up(self, thread: Thread, message: StoredMessage) -> None:
        """Weigh the turns of a DM this worker did not score before ``message``: the
        other side's, when they are connected to another node (each node scores what it
        stored), or everything before a restart. They count as context only: the node
        that stored a turn acts on it, so a label first raised at a turn read back here
        is acted on there, once (both nodes read the same turns in the same order)."""
        if self._earlier is None:
            return
        rows = [
            m
            for m in await self._earlier(message.room_id, message.seq, CATCH_UP_TURNS)
            if m.seq > thread.last_seq
        ]
        if not rows:
            return
        loop = asyncio.get_running_loop()
        analyses = await loop.run_in_executor(
            self._pool, self._analyse, [Job(m, dm=True) for m in rows]
        )
        for row, found in zip(rows, analyses, strict=True):
            verdict = thread.conv.add(row.user_id, found)
            thread.recent.append((row.msg_id, row.user_id, _spans(row, verdict.hits, None, found)))
            thread.last_seq = row.seq
        self.caught_up += len(rows)

    async def _moderate(
        self,
        label: str,
        score: float,
        message: StoredMessage,
        suspect: str,
        spans: list[dict[str, Any]],
        alert_turn: int | None,
        thread: Thread | None,
        by_rule: bool = True,
    ) -> None:
        """The moderation side of one label raised on ``suspect`` (module doc); ``by_rule``:
        a rule or the accumulator raised it, not the model alone."""
        actions, conf = self._actions, self.config
        if actions is None:
            return
        flag = Flag(
            label=label,
            score=score,
            message=message,
            suspect=suspect,
            dm=thread is not None,
            detector=self._version(),
            spans=tuple(spans),
            alert_turn=alert_turn,
            urgent=label in conf.urgent_labels,
        )
        if label in conf.minor_labels and suspect == message.user_id:
            if suspect in self._shown_out:  # their messages already queued: once
                return
            if not by_rule and not conf.minor_model_shows_out:
                # the model alone: a moderator decides (urgent, the DM sealed with it);
                # a rule's raise later in a salon still shows the person out
                if suspect not in self._minor_review:
                    self._remember(self._minor_review, suspect, None)
                    self.flags += 1
                    await actions.flag(replace(flag, urgent=True))
                return
            self._remember(self._shown_out, suspect, None)
            adult = await self._adult_in_dm(message.room_id, suspect, thread)
            self.flags += 1
            await actions.minor(flag, adult)
            return
        if label in conf.case_labels or label in held_labels(message.held):
            self.flags += 1
            await actions.flag(flag)
        now = self._now()
        if len(self._repeats.events) > conf.conversations_max:
            self._repeats.prune(now)
        if label not in conf.repeat_labels:
            return
        over = not self._repeats.hit(suspect, now)
        if actions.share_hit is not None:
            await actions.share_hit(suspect)
        if over:
            log.info("repeat offender slowed", user=suspect, label=label)
            await actions.slow(suspect, conf.repeat_slow_seconds, conf.repeat_slow)

    def hit_elsewhere(self, user_id: str) -> None:
        """Another node scored a repeat-label hit of ``user_id``: it counts here too, so
        a person writing from two nodes (two tabs, a reconnection elsewhere) reaches
        ``repeat_after`` as on one. The node that scores the hit past the limit slows
        them down (on every node)."""
        self.shared_hits += 1
        self._repeats.hit(user_id, self._now())

    async def _adult_in_dm(self, room_id: str, minor: str, thread: Thread | None) -> str | None:
        """The other person of a DM, unless they said they are a minor too."""
        if thread is None:
            return None
        for member in await self._members(room_id):
            state = thread.conv.speakers.get(member.id)
            if member.id != minor and not (state and state.minor):
                return member.id
        return None

    def _version(self) -> str:
        return self._detector.version if self._detector is not None else ""

    async def _help(self, message: StoredMessage) -> None:
        """A help card once per person and room (a message in distress is not punished:
        it is answered with where to find help now)."""
        key = (message.room_id, message.user_id)
        if key in self._helped:
            return
        self._remember(self._helped, key, None)
        self.cards += 1
        log.info("help card", room=message.room_id, msg_id=message.msg_id)
        await self._send_card(
            message.user_id,
            wire.SafetyCard(kind="help", room=message.room_id, msg_id=message.msg_id),
        )

    async def _warn(
        self, message: StoredMessage, conv: Conversation, label: str, suspect: str
    ) -> None:
        state = conv.speakers.get(suspect)
        moves: list[wire.SafetyMove] = sorted(
            {CARD_MOVES[k] for k in (state.signals if state else {}) if k in CARD_MOVES}
        )
        if label == "threat":
            moves = ["threat", *moves]
        members = await self._members(message.room_id)
        about = next((m for m in members if m.id == suspect), None)
        if about is None:
            return
        for member in members:
            if member.id == suspect:
                continue
            self.cards += 1
            log.info("safety card", room=message.room_id, label=label, moves=moves)
            await self._send_card(
                member.id,
                wire.SafetyCard(
                    kind="warning",
                    room=message.room_id,
                    about=about,
                    moves=moves,
                    msg_id=message.msg_id,
                ),
            )

    def _thread(self, room_id: str) -> Thread:
        now = self._now()
        table = self._conversations
        # least recently used first: forget the DMs silent for conversation_idle
        idle_since = now - self.config.conversation_idle
        while table and next(iter(table.values())).touched < idle_since:
            table.popitem(last=False)
            self.forgotten += 1
        thread = table.get(room_id)
        if thread is None:
            thread = Thread()
        thread.touched = now
        self._remember(table, room_id, thread)
        return thread

    @property
    def conversations(self) -> int:
        """DMs followed now (each a Thread, a few KiB)."""
        return len(self._conversations)

    def _remember(self, table: OrderedDict[_K, _V], key: _K, value: _V) -> None:
        """Keep at most ``conversations_max`` entries, the least recently used go first."""
        table[key] = value
        table.move_to_end(key)
        while len(table) > self.config.conversations_max:
            table.popitem(last=False)


def rule_backed(hits: Sequence[RiskHit], label: str) -> bool:
    """Whether a rule or the conversation accumulator raised ``label`` among ``hits``
    (their sources name the rules or the accumulator), not the model alone."""
    ours = (RULE_SOURCE, ACCUMULATOR_VERSION)
    return any(
        h.label == label and h.score >= THRESHOLD and h.source.startswith(ours) for h in hits
    )


def _spans(
    message: StoredMessage,
    hits: Sequence[RiskHit],
    label: str | None,
    analysis: MessageAnalysis | None = None,
) -> list[dict[str, Any]]:
    """The matched spans of ``message`` (of ``label`` only, unless None), with the moves
    of ``analysis`` (age question, photo request...) that a grooming alert weighs. A
    conversation-level grooming hit covers the whole message: not a span."""
    text = message.text
    spans = [
        {
            "msg_id": message.msg_id,
            "label": h.label,
            "start": h.start,
            "end": h.end,
            "text": text[h.start : h.end],
            "source": h.source,
        }
        for h in hits
        if (label is None or h.label == label)
        and not h.source.startswith(f"{ACCUMULATOR_VERSION}:moves")
        and 0 <= h.start < h.end <= len(text)
    ]
    if analysis is not None:
        spans += [
            {
                "msg_id": message.msg_id,
                "label": "grooming",
                "move": s.kind,
                "start": s.start,
                "end": s.end,
                "text": text[s.start : s.end],
                "source": s.rule,
            }
            for s in analysis.signals
            if s.kind in CARD_MOVES or s.kind == "compliment"
            if 0 <= s.start < s.end <= len(text)
        ]
    return spans
