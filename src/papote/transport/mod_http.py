"""Moderator API (/api/mod/*, staff bearer token only) and the public notice API
(/api/notices/*, opened by the secret link a person received)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar

import msgspec
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.ports import StaffRow
from papote.protocol.codec import classify_validation
from papote.service.calls import CallService
from papote.service.moderation import Decision, Moderation
from papote.service.staff import StaffService
from papote.service.voice import VoiceService
from papote.transport.body import read_json_object
from papote.transport.http import MAX_BODY, error_response

_STATUS = {
    "staff_unauthorized": 401,
    "bad_login": 401,
    "no_such_case": 404,
    "no_such_appeal": 404,
    "no_such_notice": 404,
    "no_such_target": 404,
    "case_closed": 409,
    "already_appealed": 409,
    "same_moderator": 409,
    "appeal_window_closed": 409,
    "forbidden": 403,
    "not_found": 404,
    "voice_unavailable": 503,
    "call_over": 409,
}

_Body = TypeVar("_Body", bound=msgspec.Struct)
StaffHandler = Callable[[Request, StaffRow, dict[str, Any]], Awaitable[Any]]


async def _body(request: Request) -> dict[str, Any]:
    return await read_json_object(request, MAX_BODY * 4, empty_ok=True)


def _fail(request: Request, exc: DomainError) -> Response:
    return error_response(
        request, exc.code, field=exc.field, params=exc.params, status=_STATUS.get(exc.code)
    )


# Bounds of the moderator's numbers (issue 10 §15: a `slow_seconds` of 10**30 reached the
# database and answered 500): the longest rung of the ladder, one message an hour.
MAX_DURATION = 365 * 86400
MAX_SLOW_SECONDS = 3600
_BOUNDS = {"duration": (1, MAX_DURATION), "slow_seconds": (1, MAX_SLOW_SECONDS)}


class DecisionBody(msgspec.Struct, forbid_unknown_fields=True):
    """``POST /api/mod/cases/{id}/decision``: nothing unknown, nothing of the wrong type
    (a duration sent as a string is refused, never silently dropped), numbers bounded."""

    action: str
    facts: str = ""
    category: str | None = None
    ground: str = "illegal"  # or "incompatible"; anything else is bad_ground
    reference: str | None = None
    duration: Annotated[float, msgspec.Meta(ge=1, le=MAX_DURATION)] | None = None
    slow_seconds: Annotated[int, msgspec.Meta(ge=1, le=MAX_SLOW_SECONDS)] | None = None


class VoiceRemoveBody(msgspec.Struct, forbid_unknown_fields=True):
    """``POST /api/mod/voice/remove``: who, from which voice room, and the reasons."""

    room: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    user: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    category: str
    facts: str = ""
    ground: str = "illegal"
    reference: str | None = None


class AppealDecisionBody(msgspec.Struct, forbid_unknown_fields=True):
    """``POST /api/mod/appeals/{id}/decision``."""

    outcome: str  # uphold | reverse; anything else is bad_outcome
    explanation: str = ""


# A value of the wrong type, by field: the code the console shows.
_FIELD_CODES = {"duration": "bad_duration", "slow_seconds": "bad_duration"}


def _convert(data: dict[str, Any], kind: type[_Body]) -> _Body:
    """``data`` as ``kind``, or the DomainError naming the field at fault: ``out_of_range``
    (422, with its bounds), ``bad_duration`` for a duration that is not a number,
    ``unknown_field``, ``missing_field`` or ``wrong_type``."""
    try:
        return msgspec.convert(data, kind)
    except msgspec.ValidationError as exc:
        message = str(exc)
        code, field = classify_validation(message)
        if code == "wrong_type" and field in _BOUNDS and any(op in message for op in "<>"):
            low, high = _BOUNDS[field]
            raise DomainError("out_of_range", field=field, min=low, max=high) from None
        if code == "wrong_type":
            code = _FIELD_CODES.get(field or "", code)
        raise DomainError(code, field=field) from None


def _text(data: dict[str, Any], name: str, default: str | None = None) -> str:
    value = data.get(name, default)
    if not isinstance(value, str):
        raise DomainError("missing_field", field=name)
    return value


class ModApi:
    """Thin endpoints: authenticate the staff member, call the service, shape JSON."""

    def __init__(
        self,
        staff: StaffService,
        moderation: Moderation,
        calls: CallService | None = None,
        evidence_url: Callable[[str], str | None] | None = None,
        voice: VoiceService | None = None,
    ) -> None:
        self.staff = staff
        self.moderation = moderation
        self.calls = calls
        # Photos on: a signed link to a reported photo's sealed copy (MediaService).
        self.evidence_url = evidence_url
        self.voice = voice

    def routes(self) -> list[Route]:
        guarded: list[tuple[str, StaffHandler, str]] = [
            ("/api/mod/me", self.me, "GET"),
            ("/api/mod/logout", self.logout, "POST"),
            ("/api/mod/cases", self.cases, "GET"),
            ("/api/mod/cases", self.open_case, "POST"),
            ("/api/mod/cases/{case_id}", self.case, "GET"),
            ("/api/mod/cases/{case_id}/decision", self.decide, "POST"),
            ("/api/mod/cases/{case_id}/escalate", self.escalate, "POST"),
            ("/api/mod/appeals", self.appeals, "GET"),
            ("/api/mod/appeals/{appeal_id}/decision", self.decide_appeal, "POST"),
            ("/api/mod/audit/verify", self.verify_audit, "GET"),
            ("/api/mod/voice", self.voice_rooms, "GET"),
            ("/api/mod/voice/remove", self.voice_remove, "POST"),
            ("/api/mod/calls", self.list_calls, "GET"),
            ("/api/mod/calls/{call_id}/end", self.end_call, "POST"),
        ]
        routes = [
            Route("/api/mod/login", self.login, methods=["POST"]),
            Route("/api/notices/{notice_id}", self.notice, methods=["GET"]),
            Route("/api/notices/{notice_id}/appeal", self.appeal, methods=["POST"]),
        ]
        routes += [
            Route(path, self._guard(handler), methods=[method]) for path, handler, method in guarded
        ]
        return routes

    #: every guarded path, for the test that proves a guest token never works there
    GUARDED_PATHS = (
        ("GET", "/api/mod/me"),
        ("POST", "/api/mod/logout"),
        ("GET", "/api/mod/cases"),
        ("POST", "/api/mod/cases"),
        ("GET", "/api/mod/cases/x"),
        ("POST", "/api/mod/cases/x/decision"),
        ("POST", "/api/mod/cases/x/escalate"),
        ("GET", "/api/mod/appeals"),
        ("POST", "/api/mod/appeals/x/decision"),
        ("GET", "/api/mod/audit/verify"),
        ("GET", "/api/mod/voice"),
        ("POST", "/api/mod/voice/remove"),
        ("GET", "/api/mod/calls"),
        ("POST", "/api/mod/calls/x/end"),
    )

    def _guard(self, handler: StaffHandler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            auth = request.headers.get("authorization", "")
            token = auth[7:] if auth.lower().startswith("bearer ") else ""
            try:
                staff = await self.staff.authenticate(token)
                data = await _body(request) if request.method == "POST" else {}
                result = await handler(request, staff, data)
            except DomainError as exc:
                return _fail(request, exc)
            return result if isinstance(result, Response) else JSONResponse(result)

        return endpoint

    async def login(self, request: Request) -> Response:
        try:
            data = await _body(request)
            token, staff = await self.staff.do_login(_text(data, "login"), _text(data, "password"))
        except DomainError as exc:
            return _fail(request, exc)
        return JSONResponse(
            {"token": token, "staff": {"id": staff.id, "login": staff.login, "role": staff.role}}
        )

    async def me(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        return {"id": staff.id, "login": staff.login, "role": staff.role}

    async def logout(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        auth = request.headers.get("authorization", "")
        await self.staff.do_logout(auth[7:])
        return {"ok": True}

    async def cases(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        status = request.query_params.get("status", rules.CaseStatus.OPEN.value)
        if status not in set(rules.CaseStatus):
            raise DomainError("bad_state", field="status")
        # "open" is the queue: cases waiting for a first look or for an appeal's review
        statuses = [s.value for s in rules.QUEUE] if status == rules.CaseStatus.OPEN else [status]
        return await self.moderation.cases.queue(statuses)

    async def open_case(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        case = await self.moderation.cases.do_open_case(
            staff,
            _text(data, "target_type"),
            _text(data, "target_id"),
            _text(data, "category", "other"),
        )
        return JSONResponse(msgspec.to_builtins(case), status_code=201)

    async def case(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        case_id = request.path_params["case_id"]
        detail = await self.moderation.cases.case_detail(staff, case_id)
        # The case's messages held before delivery (docs/detection.md "Held messages"):
        # dismissing the case releases them, any other decision refuses them.
        row = await self.moderation.mstore.get_case(case_id)
        held = await self.moderation.held.of_case(row) if row and row.detected else []
        detail["held"] = [m.msg_id for m in held]
        for item in detail.get("evidence", []) if self.evidence_url is not None else []:
            # A reported photo: the console shows it blurred until the moderator clicks,
            # through a short-lived link only staff are given (the re-encoded copy; the
            # bytes as uploaded go to the authorities in an export, never to a screen).
            # (A call's still, attached by its reporter, is shown the same way.)
            content = item.get("content", {})
            photo = content.get("photo") or content.get("still") or {}
            blob = photo.get("evidence_blob") if isinstance(photo, dict) else None
            if isinstance(blob, str) and self.evidence_url is not None:
                item["photo_url"] = self.evidence_url(blob)
        return detail

    async def decide(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        case_id = request.path_params["case_id"]
        body = _convert(data, DecisionBody)
        current = await self.moderation.mstore.get_case(case_id)
        if current is None:
            raise DomainError("no_such_case")
        category = rules.check_category(body.category or current.category)
        decision = Decision(
            action=rules.check_action(body.action),
            category=category,
            ground=rules.check_ground(body.ground),
            reference=body.reference or rules.LEGAL_REFERENCE[category],
            facts=body.facts.strip()[: rules.EXPLANATION_MAX] or "—",
            duration=body.duration,
            slow_seconds=body.slow_seconds,
        )
        case = await self.moderation.decisions.do_decide(staff, case_id, decision)
        return msgspec.to_builtins(case)

    async def escalate(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        path = await self.moderation.cases.do_escalate(
            staff, request.path_params["case_id"], _text(data, "request_ref")
        )
        return {"urgent": True, "export": str(path)}

    async def appeals(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        return await self.moderation.appeals.listing(request.query_params.get("state", "pending"))

    async def decide_appeal(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        body = _convert(data, AppealDecisionBody)
        appeal = await self.moderation.appeals.do_decide_appeal(
            staff,
            request.path_params["appeal_id"],
            body.outcome,
            body.explanation.strip()[: rules.EXPLANATION_MAX],
        )
        return msgspec.to_builtins(appeal)

    async def verify_audit(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        problems = await self.moderation.audit.verify_audit()
        return {"intact": not problems, "problems": problems}

    # ------------------------------------------------------------------ voice rooms

    def _voice(self) -> VoiceService:
        if self.voice is None or not self.voice.available:
            raise DomainError("voice_unavailable")
        return self.voice

    async def voice_rooms(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        """The live voice rooms and who is in them (metadata only: no audio is recorded)."""
        return {"rooms": await self._voice().live_rooms()}

    async def voice_remove(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        """{room, user, category, ground?, reference?, facts?}: disconnect someone from a
        voice room at once and keep them out of it for ten minutes; a case and a decision
        like any other (statement of reasons in their notices, appeal, audit)."""
        voice = self._voice()
        body = _convert(data, VoiceRemoveBody)
        if not await voice.is_in(body.room, body.user):
            raise DomainError("no_such_target", field="user")
        category = rules.check_category(body.category)
        decision = Decision(
            action=rules.Action.VOICE_REMOVE,
            category=category,
            ground=rules.check_ground(body.ground),
            reference=body.reference or rules.LEGAL_REFERENCE[category],
            facts=body.facts.strip()[: rules.EXPLANATION_MAX] or "—",
        )
        case = await self.moderation.do_voice_removal(staff, body.room, body.user, decision)
        return {"removed": True, "case": case.id}

    async def list_calls(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        """Calls' metadata (who, when, how long), never their content; ``?live=1``: the
        calls ringing or going on now."""
        if self.calls is None:
            return []
        live = request.query_params.get("live", "") in ("1", "true")
        return await self.calls.listing(live)

    async def end_call(self, request: Request, staff: StaffRow, data: dict[str, Any]) -> Any:
        """End a call now: both sides are told ``moderation``; the audit log keeps it."""
        if self.calls is None:
            raise DomainError("not_found")
        call_id = request.path_params["call_id"]
        row = await self.calls.end_by_moderator(call_id)
        if row is None:
            current = await self.calls.calls.get_call(call_id)
            raise DomainError("not_found" if current is None else "call_over")
        await self.moderation.audit.audit(
            staff.id, "end_call", call_id, {"caller": row.caller_id, "callee": row.callee_id}
        )
        return {"ended": True}

    # ------------------------------------------------------------------ public notices

    async def notice(self, request: Request) -> Response:
        try:
            notice = await self.moderation.notices.open_notice(
                request.path_params["notice_id"], request.query_params.get("key", "")
            )
        except DomainError as exc:
            return _fail(request, exc)
        return JSONResponse(msgspec.to_builtins(notice))

    async def appeal(self, request: Request) -> Response:
        try:
            data = await _body(request)
            appeal = await self.moderation.appeals.do_appeal(
                request.path_params["notice_id"], _text(data, "key"), _text(data, "text")
            )
        except DomainError as exc:
            return _fail(request, exc)
        return JSONResponse({"appeal_id": appeal.id, "state": appeal.state}, status_code=201)
