"""Hub.hold / release: a group commit's messages reach each recipient as one entry."""

from __future__ import annotations

from papote.domain.ratelimit import TokenBucket
from papote.ports import Envelope, RoomAddress
from papote.protocol.wire import UserInfo
from papote.service.hub import Connection, Hub


class Recording(Connection):
    """A connection that notes each queue entry and how many frames it holds."""

    __slots__ = ("entries",)

    def __init__(self, hub: Hub, uid: str, blocked: set[str] | None = None) -> None:
        info = UserInfo(id=uid, pseudo=uid, gender="x", age=30, departement="75")
        state = hub.user_state(info, blocked or set())
        bucket = TokenBucket(capacity=10, rate=1, updated=0)
        super().__init__(state, 100, bucket, bucket)
        self.entries: list[tuple[bytes, int]] = []
        hub.attach(self)

    def push(self, data: bytes) -> None:
        self.entries.append((data, 1))

    def push_batch(self, data: bytes, count: int) -> None:
        self.entries.append((data, count))


def message(room: str, sender: str, text: str) -> Envelope:
    return Envelope(to=RoomAddress(room), kind="message", sender_id=sender, payload=text.encode())


def test_held_messages_are_joined_per_room_in_order_and_blocks_still_apply() -> None:
    hub = Hub()
    hub.joins_frames = True
    ana = Recording(hub, "ana")
    bob = Recording(hub, "bob", blocked={"cid"})
    for conn in (ana, bob):
        hub.enter("salon:a", conn)
    hub.enter("salon:b", ana)
    hub.hold()
    hub.deliver(message("salon:a", "cid", "1"))
    hub.deliver(message("salon:b", "cid", "2"))
    hub.deliver(message("salon:a", "dan", "3"))
    assert ana.entries == [] and bob.entries == []  # held until released
    hub.release()
    assert ana.entries == [(b"13", 2), (b"2", 1)]
    assert bob.entries == [(b"3", 1)]  # bob blocked cid: only dan's message
    assert hub.deliveries == 4


def test_anything_else_delivered_while_held_goes_after_what_was_held() -> None:
    hub = Hub()
    hub.joins_frames = True
    ana = Recording(hub, "ana")
    hub.enter("salon:a", ana)
    hub.hold()
    hub.deliver(message("salon:a", "cid", "1"))
    hub.deliver(Envelope(to=RoomAddress("salon:a"), kind="typing", sender_id="dan", payload=b"p"))
    hub.deliver(message("salon:a", "cid", "2"))
    hub.release()
    assert ana.entries == [(b"1", 1), (b"p", 1), (b"2", 1)]


def test_without_joined_frames_hold_changes_nothing() -> None:
    hub = Hub()  # plain payloads (ASGI, service tests): one entry per message
    ana = Recording(hub, "ana")
    hub.enter("salon:a", ana)
    hub.hold()
    hub.deliver(message("salon:a", "cid", "1"))
    hub.deliver(message("salon:a", "cid", "2"))
    hub.release()
    assert ana.entries == [(b"1", 1), (b"2", 1)]
