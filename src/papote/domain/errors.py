"""The one error type the domain raises; adapters map its code to the wire or HTTP."""

from __future__ import annotations


class DomainError(Exception):
    """A rule was broken. ``code`` is stable and documented in docs/protocol.md.

    Args:
        code: machine-readable code, e.g. ``"not_member"``.
        field: the input field at fault, when there is one (used by the UI to place
            the message next to the right form field).
        params: values the human message may interpolate (e.g. a limit).
    """

    def __init__(self, code: str, *, field: str | None = None, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.field = field
        self.params = params

    def __repr__(self) -> str:
        return f"DomainError({self.code!r}, field={self.field!r}, params={self.params!r})"
