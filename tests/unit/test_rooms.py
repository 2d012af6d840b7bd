"""Room rules (papote.domain.rooms)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.domain.errors import DomainError
from papote.domain.rooms import (
    MAX_MARKS,
    Access,
    Room,
    RoomKind,
    check_can_join,
    check_room_name,
    check_room_password,
    check_text,
    parse_room_id,
    slugify,
)


def test_parse_room_id() -> None:
    assert parse_room_id("salon:general") == (RoomKind.SALON, "general")
    assert parse_room_id("room:ab12") == (RoomKind.ROOM, "ab12")
    assert parse_room_id("dm:ff00") == (RoomKind.DM, "ff00")


@pytest.mark.parametrize(
    "room_id",
    ["general", "salon:", "chan:x", "salon:Général", "salon:a b", "salon:" + "a" * 65, "SALON:x"],
)
def test_bad_room_ids(room_id: str) -> None:
    with pytest.raises(DomainError) as err:
        parse_room_id(room_id)
    assert err.value.code == "bad_room"


def test_slugify() -> None:
    assert slugify("Cinéma & séries") == "cinema-series"
    assert slugify("Île-de-France") == "ile-de-france"


SALON = Room(id="salon:general", kind=RoomKind.SALON, name="Général")
OPEN_ROOM = Room(id="room:a", kind=RoomKind.ROOM, name="Amis")
LOCKED_ROOM = Room(id="room:b", kind=RoomKind.ROOM, name="Secret", has_password=True)
DM = Room(id="dm:c", kind=RoomKind.DM, name="")


def test_salons_are_open_to_all() -> None:
    check_can_join(SALON, Access())


def test_private_room_needs_invitation_or_password() -> None:
    check_can_join(OPEN_ROOM, Access(is_member=True))
    check_can_join(LOCKED_ROOM, Access(password_ok=True))
    with pytest.raises(DomainError) as err:
        check_can_join(OPEN_ROOM, Access())
    assert err.value.code == "forbidden"
    with pytest.raises(DomainError) as err:
        check_can_join(LOCKED_ROOM, Access())
    assert err.value.code == "bad_password"


def test_dm_admits_only_its_parties_even_with_password_ok() -> None:
    check_can_join(DM, Access(is_member=True))
    with pytest.raises(DomainError) as err:
        check_can_join(DM, Access(password_ok=True))
    assert err.value.code == "forbidden"


def test_room_name_and_password() -> None:
    assert check_room_name("  Les   amis ") == "Les amis"
    for bad in ["a", "x" * 41, 3, "\x00\x01"]:
        with pytest.raises(DomainError):
            check_room_name(bad)
    assert check_room_password(None) is None
    assert check_room_password("") is None
    assert check_room_password("abcd") == "abcd"
    with pytest.raises(DomainError):
        check_room_password("abc")


def test_text_limits() -> None:
    assert check_text("  salut  ", 500) == "salut"
    assert check_text("a\u0000b\u001bc", 500) == "abc"
    assert check_text("x" * 500, 500) == "x" * 500
    with pytest.raises(DomainError) as err:
        check_text("x" * 501, 500)
    assert err.value.code == "text_too_long"
    with pytest.raises(DomainError) as err:
        check_text(" \n\t\u0007", 500)
    assert err.value.code == "empty_text"


def test_bidi_overrides_are_removed_and_the_marks_rtl_scripts_need_stay() -> None:
    # U+202E shows "epolas" as "salope": the reader would see what the detector does not.
    assert check_text("t'es une \u202eepolas", 500) == "t'es une epolas"
    assert check_text("\u202aun\u202b deux\u202c\u202d", 500) == "un deux"
    assert check_text("\u0645\u0631\u062d\u0628\u0627 \u200f ok \u2067x\u2069", 500) == (
        "\u0645\u0631\u062d\u0628\u0627 \u200f ok \u2067x\u2069"
    )


def test_zalgo_stacks_are_cut_and_real_accents_stay() -> None:
    assert check_text("z" + "\u0301" * 300, 500) == "\u017a" + "\u0301" * MAX_MARKS
    assert (
        check_text("Ti\u1ebfng Vi\u1ec7t, h\u00e9 \u00e7a", 500)
        == "Ti\u1ebfng Vi\u1ec7t, h\u00e9 \u00e7a"
    )
    # Already NFC (the fast path) and still stacked: cut too.
    stacked = "a" + "\u0489" * 40 + "b"
    assert check_text(stacked, 500) == "a" + "\u0489" * MAX_MARKS + "b"


@given(st.text(max_size=600))
def test_check_text_output_is_clean_or_refused(text: str) -> None:
    try:
        value = check_text(text, 500)
    except DomainError as exc:
        assert exc.code in {"empty_text", "text_too_long"}
    else:
        assert 0 < len(value) <= 500
        assert all(ch in "\n\t" or ord(ch) >= 32 for ch in value if ord(ch) < 128)
        assert not any("\u202a" <= ch <= "\u202e" for ch in value)
        run = 0
        for ch in value:
            run = run + 1 if "\u0300" <= ch <= "\u036f" else 0
            assert run <= MAX_MARKS
