"""docs/protocol.md says the version and the hello an outsider's client reads (a clean-room
client written from the doc alone tripped on a stale version and a partial hello)."""

from __future__ import annotations

import re
from pathlib import Path

import msgspec

from papote.protocol import wire

DOC = (Path(__file__).parents[2] / "docs" / "protocol.md").read_text("utf-8")


def test_the_doc_states_the_current_protocol_version_everywhere() -> None:
    stated = re.search(r"PROTOCOL_VERSION = (\d+)\*\*", DOC)
    assert stated is not None
    assert int(stated.group(1)) == wire.PROTOCOL_VERSION
    log = DOC.split("## 3. Version log", 1)[1]
    versions = [int(v) for v in re.findall(r"^\| (\d+) \|", log, flags=re.M)]
    assert versions == list(range(1, wire.PROTOCOL_VERSION + 1))
    examples = {int(v) for v in re.findall(r'"protocol": (\d+)', DOC)}
    assert examples == {wire.PROTOCOL_VERSION}


def test_the_hello_example_has_every_field_of_hello() -> None:
    example = DOC.split("On success the server first sends `hello`:", 1)[1].split("```", 2)[1]
    fields = {f.encode_name for f in msgspec.structs.fields(wire.Hello)} - {"re"}
    assert {name for name in fields if f'"{name}":' not in example} == set()
