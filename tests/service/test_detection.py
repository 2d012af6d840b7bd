"""The detection worker: what it sends, to whom, once; and what it sheds first."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Sequence

import pytest

from papote.detect.phones import is_phone
from papote.domain.risk.detector import MessageAnalysis, RiskHit, RuleDetector
from papote.ports import StoredMessage
from papote.protocol import wire
from papote.service.detection import DetectionConfig, DetectionService

ALICE = wire.UserRef(id="u-alice", pseudo="Alice")
MARC = wire.UserRef(id="u-marc", pseudo="Marc")


class Harness:
    def __init__(self, config: DetectionConfig | None = None) -> None:
        self.cards: list[tuple[str, wire.SafetyCard]] = []
        self.seq = 0
        self.service = DetectionService(
            detector=lambda: RuleDetector(is_phone=is_phone),
            send_card=self.send,
            members=self.members,
            config=config or DetectionConfig(),
        )

    async def send(self, user_id: str, card: wire.SafetyCard) -> None:
        self.cards.append((user_id, card))

    async def members(self, room_id: str) -> Sequence[wire.UserRef]:
        return [ALICE, MARC]

    def say(self, who: wire.UserRef, text: str, room: str = "dm-1", *, dm: bool = True) -> bool:
        self.seq += 1
        message = StoredMessage(room, self.seq, f"m{self.seq}", who.id, who.pseudo, text, 0)
        return self.service.submit(message, dm=dm)


@pytest.fixture
async def harness() -> AsyncIterator[Harness]:
    h = Harness()
    h.service.start()
    yield h
    await h.service.stop()


async def test_self_harm_gets_a_help_card_to_the_writer_only(harness: Harness) -> None:
    harness.say(ALICE, "coucou")
    harness.say(ALICE, "j'ai envie de mourir")
    harness.say(ALICE, "je veux en finir")  # one card per person and room, not per message
    await harness.service.settle()
    assert [(u, c.kind) for u, c in harness.cards] == [("u-alice", "help")]
    assert harness.cards[0][1].room == "dm-1"


async def test_a_salon_message_in_distress_gets_a_help_card_too(harness: Harness) -> None:
    harness.say(MARC, "je me scarifie tous les soirs", room="salon-1", dm=False)
    await harness.service.settle()
    assert [(u, c.kind, c.room) for u, c in harness.cards] == [("u-marc", "help", "salon-1")]


async def test_grooming_in_a_dm_warns_the_other_person_with_the_moves(harness: Harness) -> None:
    for who, text in [
        (MARC, "salut"),
        (ALICE, "slt"),
        (MARC, "t'as quel âge ?"),
        (ALICE, "13"),
        (MARC, "t'es trop mignonne, envoie une photo"),
        (MARC, "t'as snap ?"),  # grooming already raised: no second card
    ]:
        harness.say(who, text)
    await harness.service.settle()
    assert len(harness.cards) == 1
    user, card = harness.cards[0]
    assert user == "u-alice" and card.kind == "warning"
    assert card.about == MARC
    assert card.moves == ["age", "photo"]


async def test_a_threat_in_a_dm_warns_the_person_threatened(harness: Harness) -> None:
    harness.say(MARC, "je sais où tu habites")
    await harness.service.settle()
    [(user, card)] = harness.cards
    assert user == "u-alice" and card.moves[0] == "threat" and card.about == MARC


async def test_threats_in_salons_send_no_card(harness: Harness) -> None:
    harness.say(MARC, "je sais où tu habites", room="salon-1", dm=False)
    await harness.service.settle()
    assert harness.cards == []


async def test_ordinary_chat_sends_nothing(harness: Harness) -> None:
    for text in ["salut", "ça va ?", "mort de rire", "mon fils a 14 ans", "asv ?"]:
        harness.say(MARC, text)
    await harness.service.settle()
    assert harness.cards == []
    assert harness.service.scored == 5


async def test_labels_can_be_switched_off_in_the_config() -> None:
    h = Harness(DetectionConfig(help_card_labels=frozenset(), warning_labels=frozenset()))
    h.service.start()
    h.say(ALICE, "j'ai envie de mourir")
    h.say(MARC, "je sais où tu habites")
    await h.service.settle()
    await h.service.stop()
    assert h.cards == []


async def test_shed_order_salons_first_then_new_dm_messages() -> None:
    h = Harness(DetectionConfig(queue_max=3))  # not started: the queue only fills
    assert h.say(MARC, "a", room="salon-1", dm=False)
    assert h.say(MARC, "b", room="dm-1")
    assert h.say(MARC, "c", room="salon-1", dm=False)
    assert not h.say(MARC, "d", room="salon-1", dm=False)  # a salon message is refused
    assert h.say(MARC, "e", room="dm-1")  # a DM message drops the oldest salon one
    assert h.say(MARC, "f", room="dm-1")
    assert not h.say(MARC, "g", room="dm-1")  # all DMs waiting: the new one is refused
    assert [job.message.text for job in h.service._queue] == ["b", "e", "f"]
    assert h.service.shed == 4


async def test_a_failing_detector_does_not_stop_the_worker() -> None:
    calls = 0

    def flaky() -> RuleDetector:
        nonlocal calls
        calls += 1
        if calls <= 2:  # at start, then again for the first batch (which is lost)
            raise RuntimeError("model missing")
        return RuleDetector()

    h = Harness()
    h.service = DetectionService(
        detector=flaky, send_card=h.send, members=h.members, config=DetectionConfig()
    )
    h.service.start()
    h.say(ALICE, "j'ai envie de mourir")
    await h.service.settle()
    h.say(ALICE, "j'ai envie de mourir", room="dm-2")
    await asyncio.wait_for(h.service.settle(), 10)
    await h.service.stop()
    assert [c.room for _, c in h.cards] == ["dm-2"]


def _minor_watcher(
    store: list[StoredMessage],
    minors: list[tuple[str, str | None]],
    now: Callable[[], float] = time.monotonic,
) -> DetectionService:
    """A worker that acts on minor_disclosure only (recorded in ``minors``: who, the adult)
    and reads earlier DM turns back from ``store``."""
    from papote.service.detection import Actions
    from papote.service.moderation.automated import Flag

    async def earlier(room_id: str, seq: int, n: int) -> list[StoredMessage]:
        return [m for m in store if m.room_id == room_id and m.seq < seq][-n:]

    async def minor(flag: Flag, adult: str | None) -> None:
        minors.append((flag.suspect, adult))

    async def nothing(*args: object) -> None:
        return None

    return DetectionService(
        detector=lambda: RuleDetector(is_phone=is_phone),
        send_card=Harness().send,
        members=Harness().members,
        config=DetectionConfig(minor_labels=frozenset({"minor_disclosure"})),
        actions=Actions(flag=nothing, minor=minor, slow=nothing),
        earlier=earlier,
        now=now,
    )


async def test_a_dm_split_over_two_nodes_is_weighed_whole_and_acted_on_once() -> None:
    """Each node scores the messages it stored; a DM's two people may be on two nodes.
    Each worker reads back from the store the turns it did not score, so an age question
    on one node and the answer "12" on the other are one disclosure, acted on once, by
    the node that stored the answer."""
    store: list[StoredMessage] = []
    minors: dict[str, list[tuple[str, str | None]]] = {"one": [], "two": []}
    one, two = _minor_watcher(store, minors["one"]), _minor_watcher(store, minors["two"])
    for service in (one, two):
        service.start()

    async def say(service: DetectionService, who: wire.UserRef, text: str) -> None:
        seq = len(store) + 1
        message = StoredMessage("dm-1", seq, f"m{seq}", who.id, who.pseudo, text, 0)
        store.append(message)
        service.submit(message, dm=True)
        await service.settle()

    await say(one, MARC, "t'as quel âge ?")
    await say(two, ALICE, "12")
    await say(one, MARC, "t'es mature pour ton âge")
    assert minors == {"one": [], "two": [(ALICE.id, MARC.id)]}
    assert (one.caught_up, two.caught_up) == (1, 1)
    for service in (one, two):
        await service.stop()


async def test_both_minors_of_one_dm_are_shown_out_each_at_their_own_words() -> None:
    """A DM raises minor_disclosure once as a label, but each person who says it is
    acted on: the second teenager is not left in because the first said it before.
    The first one's DM is sealed about the other, who had not said their age yet."""
    store: list[StoredMessage] = []
    minors: list[tuple[str, str | None]] = []
    service = _minor_watcher(store, minors)
    service.start()
    for who, text in [
        (ALICE, "jsuis en 4e moi"),
        (MARC, "ah trop bien"),
        (MARC, "moi j'ai 13 ans"),
        (ALICE, "j'ai 14 ans au fait"),  # said already: once
    ]:
        seq = len(store) + 1
        message = StoredMessage("dm-1", seq, f"m{seq}", who.id, who.pseudo, text, 0)
        store.append(message)
        service.submit(message, dm=True)
    await service.settle()
    await service.stop()
    assert minors == [(ALICE.id, MARC.id), (MARC.id, None)]


class _RulesPlusSpyModel:
    """A model detector that records what it reads whole and what it only completes, and
    whose own hit (self_harm on every text) is visible in what the worker does."""

    version = "rules+spy"

    def __init__(self) -> None:
        self.rules = RuleDetector(is_phone=is_phone)
        self.read: list[str] = []
        self.completed: list[str] = []

    def analyse(self, text: str) -> MessageAnalysis:
        return self.analyse_batch([text])[0]

    def analyse_batch(self, texts: Sequence[str]) -> list[MessageAnalysis]:
        self.read += texts
        return self.complete(self.rules.analyse_batch(texts))

    def complete(self, analyses: Sequence[MessageAnalysis]) -> list[MessageAnalysis]:
        self.completed += [a.text for a in analyses]
        return [a.with_hits([RiskHit("self_harm", 0.9, 0, len(a.text), "spy")]) for a in analyses]


def _spied(spy: _RulesPlusSpyModel, config: DetectionConfig) -> Harness:
    h = Harness()
    h.service = DetectionService(
        detector=lambda: spy, send_card=h.send, members=h.members, config=config
    )
    h.service.start()
    return h


def _say_in_salon(h: Harness, text: str) -> None:
    h.seq += 1
    salon = StoredMessage("salon-1", h.seq, f"m{h.seq}", ALICE.id, ALICE.pseudo, text, 0)
    screened = RuleDetector(is_phone=is_phone).analyse(salon.text)  # as the send path does
    h.service.submit(salon, dm=False, analysis=screened)


async def test_a_model_completes_the_send_paths_rule_analysis_without_reading_rules_again() -> None:
    spy = _RulesPlusSpyModel()
    h = _spied(spy, DetectionConfig())
    _say_in_salon(h, "il fait beau")
    h.say(MARC, "salut toi")  # a DM: no analysis yet, read whole
    await h.service.settle()
    await h.service.stop()
    # ("bonjour": the worker loads its detector with one line at start)
    assert spy.read == ["bonjour", "salut toi"]  # the salon line's rules were not read again
    assert sorted(spy.completed) == ["bonjour", "il fait beau", "salut toi"]
    # the model's hit on the salon line was acted on: the writer's help card there
    assert ("u-alice", "salon-1") in [(u, c.room) for u, c in h.cards if c.kind == "help"]


async def test_a_worker_behind_acts_on_salon_messages_by_their_rules_without_the_model() -> None:
    spy = _RulesPlusSpyModel()
    h = _spied(spy, DetectionConfig(model_max_lag=0.0))  # every batch counts as late
    await asyncio.sleep(0)  # let the worker load its detector ("bonjour")
    _say_in_salon(h, "il fait beau")
    h.say(MARC, "salut toi")  # a DM is still read whole, model included
    await h.service.settle()
    await h.service.stop()
    assert "il fait beau" not in spy.completed and "salut toi" in spy.completed
    assert h.service.model_skipped == 1
    # no model hit on the salon line, so no help card there; the DM's writer got one
    assert [(u, c.room) for u, c in h.cards] == [("u-marc", "dm-1")]


async def test_a_queue_half_full_acts_on_salon_messages_by_their_rules_first() -> None:
    spy = _RulesPlusSpyModel()
    h = Harness(DetectionConfig(queue_max=4, batch_max=1, model_max_lag=3600.0))
    h.service = DetectionService(
        detector=lambda: spy, send_card=h.send, members=h.members, config=h.service.config
    )
    for text in ("un", "deux", "trois"):  # queued before the worker runs
        _say_in_salon(h, text)
    h.service.start()
    await h.service.settle()
    await h.service.stop()
    # 3 then 2 waiting (half of 4): rules alone; the last one, alone in the queue: the model
    assert h.service.model_skipped == 2
    assert [t for t in spy.completed if t != "bonjour"] == ["trois"]


async def test_a_silent_dm_is_forgotten_and_read_back_from_the_store_when_it_resumes() -> None:
    store: list[StoredMessage] = []
    minors: list[tuple[str, str | None]] = []
    clock = [1000.0]
    service = _minor_watcher(store, minors, now=lambda: clock[0])
    service.start()

    async def say(room: str, who: wire.UserRef, text: str) -> None:
        seq = sum(m.room_id == room for m in store) + 1
        message = StoredMessage(room, seq, f"{room}-{seq}", who.id, who.pseudo, text, 0)
        store.append(message)
        service.submit(message, dm=True)
        await service.settle()

    await say("dm-1", MARC, "t'as quel âge ?")
    await say("dm-2", ALICE, "coucou")
    clock[0] += 300
    await say("dm-2", MARC, "salut")  # dm-2 talks on; dm-1 is silent
    assert service.conversations == 2
    clock[0] += 400  # dm-1 silent for 700 s (over 600), dm-2 for 400
    await say("dm-3", MARC, "hello")
    assert (service.conversations, service.forgotten) == (2, 1)
    # dm-1 resumes: its question is read back from the store, so "12" is a disclosure
    await say("dm-1", ALICE, "12")
    assert minors == [(ALICE.id, MARC.id)]
    assert service.caught_up == 1
    await service.stop()


class _BatchSizes(RuleDetector):
    """The rules, recording the size of each batch the worker hands them."""

    def __init__(self) -> None:
        super().__init__(is_phone=is_phone)
        self.sizes: list[int] = []

    def analyse_batch(self, texts: Sequence[str]) -> list[MessageAnalysis]:
        self.sizes.append(len(texts))
        return super().analyse_batch(texts)


async def _batch_sizes(linger: float) -> list[int]:
    rules = _BatchSizes()
    h = Harness(DetectionConfig(batch_linger=linger))
    h.service = DetectionService(
        detector=lambda: rules, send_card=h.send, members=h.members, config=h.service.config
    )
    h.service.start()
    await asyncio.sleep(0.05)  # the detector loads ("bonjour")
    for i in range(5):  # 5 messages, 10 ms apart: a conversation at 100 messages/s
        h.say(ALICE, f"message {i}")
        await asyncio.sleep(0.01)
    await h.service.settle()
    await h.service.stop()
    return rules.sizes[1:]  # after the load's one line


async def test_the_worker_lingers_for_a_batch_to_fill_then_scores_it_whole() -> None:
    assert await _batch_sizes(0.5) == [5]  # one batch: the first waited for the others
    assert len(await _batch_sizes(0.0)) >= 2  # no linger: scored as they come


async def test_a_full_batch_does_not_wait_for_the_linger() -> None:
    h = Harness(DetectionConfig(batch_linger=30.0, batch_max=3))
    h.service.start()
    await asyncio.sleep(0.05)
    started = time.perf_counter()
    for text in ("un", "deux", "j'ai envie de mourir"):
        h.say(ALICE, text)
    await asyncio.wait_for(h.service.settle(), timeout=10)  # not 30 s: the batch was full
    await h.service.stop()
    assert time.perf_counter() - started < 10
    assert [(u, c.kind) for u, c in h.cards] == [("u-alice", "help")]


class _MinorModel:
    """Rules, plus a model that reads every line with "cantine" as a minor's."""

    version = "spy-model"

    def __init__(self) -> None:
        self.rules = RuleDetector(is_phone=is_phone)

    def analyse(self, text: str) -> MessageAnalysis:
        return self.analyse_batch([text])[0]

    def analyse_batch(self, texts: Sequence[str]) -> list[MessageAnalysis]:
        return self.complete(self.rules.analyse_batch(texts))

    def complete(self, analyses: Sequence[MessageAnalysis]) -> list[MessageAnalysis]:
        return [
            a.with_hits([RiskHit("minor_disclosure", 0.9, 0, len(a.text), self.version)])
            if "cantine" in a.text
            else a
            for a in analyses
        ]


def _minor_actions(
    config: DetectionConfig,
) -> tuple[DetectionService, list[tuple[str, str, bool]]]:
    """A worker with _MinorModel whose actions are recorded: (action, suspect, urgent)."""
    from papote.service.detection import Actions
    from papote.service.moderation.automated import Flag

    done: list[tuple[str, str, bool]] = []

    async def minor(flag: Flag, adult: str | None) -> None:
        done.append(("shown_out", flag.suspect, flag.urgent))

    async def flag(flag: Flag) -> None:
        done.append((f"case:{flag.label}", flag.suspect, flag.urgent))

    async def nothing(*args: object) -> None:
        return None

    service = DetectionService(
        detector=_MinorModel,
        send_card=Harness().send,
        members=Harness().members,
        config=config,
        actions=Actions(flag=flag, minor=minor, slow=nothing),
    )
    return service, done


@pytest.mark.parametrize("dm", [False, True])
async def test_a_minor_read_by_the_model_alone_goes_to_a_moderator_not_out(dm: bool) -> None:
    """A statistical reading alone does not show an adult out: an urgent case asks a
    moderator; a rule's reading (an age said) still shows the person out at once."""
    service, done = _minor_actions(DetectionConfig(minor_labels=frozenset({"minor_disclosure"})))
    service.start()
    said = [
        (ALICE, "la cantine était nulle aujourd'hui"),  # the model alone
        (ALICE, "encore la cantine demain"),  # the same person: one case, not two
        (MARC, "j'ai 13 ans"),  # a rule
    ]
    seqs: dict[str, int] = {}
    for who, text in said:
        # (a DM raises a label once: each person writes in a DM of their own here)
        room = f"dm-{who.pseudo}" if dm else "salon-1"
        seqs[room] = seq = seqs.get(room, 0) + 1
        service.submit(
            StoredMessage(room, seq, f"{room}-{seq}", who.id, who.pseudo, text, 0), dm=dm
        )
    await service.settle()
    await service.stop()
    assert done == [("case:minor_disclosure", ALICE.id, True), ("shown_out", MARC.id, False)]


async def test_a_minor_read_by_the_model_alone_can_show_out_if_configured() -> None:
    config = DetectionConfig(
        minor_labels=frozenset({"minor_disclosure"}), minor_model_shows_out=True
    )
    service, done = _minor_actions(config)
    service.start()
    message = StoredMessage("salon-1", 1, "m1", ALICE.id, ALICE.pseudo, "la cantine", 0)
    service.submit(message, dm=False)
    await service.settle()
    await service.stop()
    assert done == [("shown_out", ALICE.id, False)]


@pytest.mark.parametrize("dm", [False, True])
async def test_a_rule_read_after_a_model_case_still_shows_the_person_out(dm: bool) -> None:
    service, done = _minor_actions(DetectionConfig(minor_labels=frozenset({"minor_disclosure"})))
    service.start()
    room = "dm-1" if dm else "salon-1"
    for seq, text in enumerate(["la cantine c'est nul", "jsuis en 5e moi"], start=1):
        message = StoredMessage(room, seq, f"m{seq}", ALICE.id, ALICE.pseudo, text, 0)
        service.submit(message, dm=dm)
    await service.settle()
    await service.stop()
    assert done == [("case:minor_disclosure", ALICE.id, True), ("shown_out", ALICE.id, False)]
