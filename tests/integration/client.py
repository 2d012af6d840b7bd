"""A small test client speaking the real protocol over a real socket."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import websockets
from websockets.asyncio.client import ClientConnection

from tests.conftest import SSL_CONTEXT, UNIT

Frame = dict[str, Any]


async def new_session(
    base_url: str,
    pseudo: str,
    *,
    gender: str = "f",
    age: int = 30,
    postal_code: str = "75011",
    headers: Mapping[str, str] | None = None,
) -> Frame:
    async with httpx.AsyncClient(verify=SSL_CONTEXT) as http:
        response = await http.post(
            f"{base_url}/api/session",
            json={"pseudo": pseudo, "gender": gender, "age": age, "postal_code": postal_code},
            headers=headers,
        )
    assert response.status_code == 201, response.text
    data: Frame = response.json()
    return data


async def get_json(url: str) -> Any:
    async with httpx.AsyncClient(verify=SSL_CONTEXT) as http:
        response = await http.get(url)
    response.raise_for_status()
    return response.json()


class Client:
    """One connected person. ``frames`` keeps everything received, in order."""

    def __init__(self, ws: ClientConnection, session: Frame) -> None:
        self.ws = ws
        self.session = session
        self.user: Frame = session["user"]
        self.id: str = self.user["id"]
        self.frames: list[Frame] = []  # everything received, in order
        self.pending: list[Frame] = []  # received and not yet matched by next()
        self._ids = itertools.count(1)

    @classmethod
    async def enter(
        cls,
        server_url: str,
        pseudo: str,
        *,
        headers: Mapping[str, str] | None = None,
        **profile: Any,
    ) -> Client:
        """``headers`` go with the session request and the upgrade (X-Forwarded-For...)."""
        session = await new_session(server_url, pseudo, headers=headers, **profile)
        return await cls.connect(server_url, session, headers=headers)

    @classmethod
    async def connect(
        cls, server_url: str, session: Frame, *, headers: Mapping[str, str] | None = None
    ) -> Client:
        ws_url = server_url.replace("http://", "ws://") + "/ws?token=" + session["token"]
        # max_queue=None: never stop reading, so closing never waits on unread frames.
        ws = await websockets.connect(
            ws_url, max_size=2**22, max_queue=None, additional_headers=headers
        )
        client = cls(ws, session)
        hello = await client.expect("hello")
        assert hello["user"]["id"] == client.id
        return client

    async def send(self, frame: Frame) -> int:
        request_id = next(self._ids)
        await self.ws.send(json.dumps({**frame, "id": request_id}))
        return request_id

    async def request(self, frame: Frame, timeout: float = 5 * UNIT) -> Frame:
        """Send a frame and return the reply that carries its ``re``."""
        request_id = await self.send(frame)
        return await self.next(lambda f: f.get("re") == request_id, timeout)

    async def next(self, match: Callable[[Frame], bool], timeout: float = 5 * UNIT) -> Frame:
        """The oldest unmatched frame satisfying ``match`` (waiting for it if needed)."""
        async with asyncio.timeout(timeout):
            while True:
                for index, frame in enumerate(self.pending):
                    if match(frame):
                        del self.pending[index]
                        return frame
                frame = json.loads(await self.ws.recv())
                self.frames.append(frame)
                self.pending.append(frame)

    async def expect(self, kind: str, **fields: Any) -> Frame:
        return await self.next(
            lambda f: f.get("type") == kind and all(f.get(k) == v for k, v in fields.items())
        )

    async def presence(
        self, state: str, user_id: str, room: str | None = None, timeout: float = 5 * UNIT
    ) -> Frame:
        """The next ``presence`` frame telling that ``user_id`` ``state`` ("joined" or
        "left"); returns that person's entry (a user)."""
        key = "joined" if state == "joined" else "left"
        frame = await self.next(
            lambda f: (
                f.get("type") == "presence"
                and (room is None or f["room"] == room)
                and any(u["id"] == user_id for u in f[key])
            ),
            timeout,
        )
        entry: Frame = next(u for u in frame[key] if u["id"] == user_id)
        return entry

    async def drain(self) -> list[Frame]:
        """Return (and consume) every unmatched frame the server had queued for this
        socket: the answer to a ping comes after all of them (one socket, in order),
        so no quiet period is waited for."""
        await self.request({"type": "ping"})
        drained, self.pending = self.pending, []
        return drained

    async def join(self, room: str, **extra: Any) -> Frame:
        reply = await self.request({"type": "join", "room": room, **extra})
        assert reply["type"] == "joined", reply
        return reply

    async def say(self, room: str, text: str) -> Frame:
        reply = await self.request({"type": "say", "room": room, "text": text})
        assert reply["type"] == "sent", reply
        return reply

    async def close(self) -> None:
        await self.ws.close()
