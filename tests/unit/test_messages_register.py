"""The server's French texts speak to people in one register, vous (docs/ui.md)."""

from __future__ import annotations

import re

from papote.messages import FR

TUTOIEMENT = re.compile(
    r"(?<!\w)(tu|toi|ton|ta|tes|te|appelle|choisis|écris|attends|indique)(?!\w)|(?<!\w)t'",
    re.IGNORECASE,
)


def test_server_texts_say_vous_never_tu() -> None:
    assert [text for text in FR.values() if TUTOIEMENT.search(text)] == []
