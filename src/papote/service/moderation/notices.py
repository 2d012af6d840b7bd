"""The notice inbox: statements of reasons, acknowledgements and decisions sent to a person
(DSA art. 16(4)-(5), 17), each opened by a secret link that needs no session."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.ports import Clock, Envelope, ModerationStore, NoticeRow, StatementRow, UserAddress
from papote.protocol import wire
from papote.protocol.codec import encode_frame
from papote.service.moderation.guard import Publish

QUOTE_MAX = 300


@dataclass(kw_only=True, eq=False)
class Notices:
    """Write notices, deliver them live, list and open them."""

    mstore: ModerationStore
    clock: Clock
    new_id: Callable[[], str]
    secret: bytes
    publish: Publish
    node_id: str

    def notice_key(self, notice_id: str) -> str:
        """The secret that opens a notice without a session (a banned person has none)."""
        digest = hmac.new(self.secret, f"notice:{notice_id}".encode(), hashlib.sha256)
        return digest.hexdigest()[:32]

    def notice_url(self, notice_id: str) -> str:
        return f"/notice.html?id={notice_id}&key={self.notice_key(notice_id)}"

    def notice_out(
        self,
        row: NoticeRow,
        statement: StatementRow | None,
        appeal: str | None = None,
        about: wire.NoticeAbout | None = None,
    ) -> wire.NoticeOut:
        return wire.NoticeOut(
            appeal=cast(wire.AppealState | None, appeal),  # domain AppealState values
            id=row.id,
            kind=cast(wire.NoticeKind, row.kind),  # one of notify's callers' kinds
            title=row.title,
            body=row.body,
            created_at=int(row.created_at * 1000),
            read=row.read_at is not None,
            url=self.notice_url(row.id),
            statement=json.loads(statement.body) if statement else None,
            appealable_until=int(row.appealable_until * 1000) if row.appealable_until else None,
            about=about,
        )

    async def about(self, row: NoticeRow) -> wire.NoticeAbout | None:
        """Which message and which report a notice is about, as its reader may see them
        (issue 10 §13): the message quoted only to its author or to whoever reported it
        (both saw it), the report's date and category only to the one who made it. The
        reported person never learns who reported; a reporter never sees the statement."""
        case = await self.mstore.get_case(row.case_id) if row.case_id else None
        if case is None or row.user_id is None:
            return None
        mine = next(
            (r for r in await self.mstore.reports_of_case(case.id) if r.reporter_id == row.user_id),
            None,
        )
        message = None
        if case.target_type == "message" and (mine or case.target_user_id == row.user_id):
            message = await self._sealed_message(case.id, case.target_id)
        return wire.NoticeAbout(
            target_type=case.target_type,  # type: ignore[arg-type]
            quote=str(message["text"])[:QUOTE_MAX] if message else None,
            room=(
                case.room_id
                # A voice room: its participant and their reporter were both in it.
                if message or (mine and case.target_type == "room") or case.target_type == "voice"
                else None
            ),
            at=int(message["ts"]) if message else None,
            reported_at=int(mine.created_at * 1000) if mine else None,
            category=mine.category if mine else None,
        )

    async def _sealed_message(self, case_id: str, msg_id: str) -> dict[str, Any] | None:
        """The reported message as sealed in the case's evidence (the message itself may
        be deleted or expired by now)."""
        for evidence in await self.mstore.evidence_of_case(case_id):
            message = json.loads(evidence.content).get("message")
            if isinstance(message, dict) and message.get("msg_id") == msg_id:
                return message
        return None

    async def notify(
        self,
        user_id: str | None,
        kind: str,
        title: str,
        body: str,
        *,
        statement: StatementRow | None = None,
        case_id: str | None = None,
        appealable: bool = False,
        notice_id: str | None = None,
    ) -> NoticeRow:
        """Store a notice and push it to the person's open tabs on every node."""
        now = self.clock.now()
        notice_id = notice_id or self.new_id()
        row = NoticeRow(
            id=notice_id,
            user_id=user_id,
            key_hash=hashlib.sha256(self.notice_key(notice_id).encode()).hexdigest(),
            kind=kind,
            title=title,
            body=body,
            statement_id=statement.id if statement else None,
            case_id=case_id,
            created_at=now,
            appealable_until=now + rules.APPEAL_WINDOW if appealable else None,
        )
        await self.mstore.add_notice(row)
        if user_id is not None:
            frame = wire.NoticeFrame(
                notice=self.notice_out(row, statement, about=await self.about(row))
            )
            await self.publish(
                Envelope(
                    to=UserAddress(user_id),
                    kind="direct",
                    sender_id="system",
                    origin=self.node_id,
                    payload=encode_frame(frame),
                )
            )
        return row

    async def _out(self, row: NoticeRow) -> wire.NoticeOut:
        statement = await self.mstore.get_statement(row.statement_id) if row.statement_id else None
        appeal = await self.mstore.appeal_for_notice(row.id)
        state = appeal.state if appeal else None
        return self.notice_out(row, statement, state, await self.about(row))

    async def do_list_notices(self, user_id: str, re: wire.RequestId) -> wire.NoticesOut:
        items = []
        for row in await self.mstore.notices_of_user(user_id):
            items.append(await self._out(row))
            if row.read_at is None:  # listed in the inbox: seen (the item still says unread)
                await self.mstore.mark_notice_read(row.id, self.clock.now())
        return wire.NoticesOut(items=items, re=re)

    async def unread_notices(self, user_id: str) -> int:
        return sum(1 for n in await self.mstore.notices_of_user(user_id) if n.read_at is None)

    async def check_notice(self, notice_id: str, key: str) -> NoticeRow:
        """The notice ``key`` opens.

        Raises:
            DomainError: ``no_such_notice`` for an unknown id or a wrong key.
        """
        row = await self.mstore.get_notice(notice_id)
        if row is None or not hmac.compare_digest(key, self.notice_key(notice_id)):
            raise DomainError("no_such_notice")
        return row

    async def open_notice(self, notice_id: str, key: str) -> wire.NoticeOut:
        """A notice opened by its link (no session needed); marks it read.

        Raises:
            DomainError: ``no_such_notice`` for an unknown id or a wrong key.
        """
        row = await self.check_notice(notice_id, key)
        await self.mstore.mark_notice_read(notice_id, self.clock.now())
        return await self._out(row)
