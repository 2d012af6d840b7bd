"""Hostile Unicode at the edges (issue 10 §17): full-width digits, zero-width messages,
bidi controls in pseudos and room names (papote.domain.text and its callers)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.domain.errors import DomainError
from papote.domain.identity import check_pseudo, departement_from_postal_code
from papote.domain.rooms import check_room_name, check_text
from papote.domain.text import BIDI_CONTROLS, is_invisible, strip_bidi

decimal_digits = st.characters(categories=["Nd"])
bidi = st.sampled_from(sorted(BIDI_CONTROLS))
format_chars = st.characters(categories=["Cf"])


@given(st.text(decimal_digits, min_size=5, max_size=5))
def test_a_postal_code_is_five_ascii_digits(code: str) -> None:
    if code.isascii():
        assert departement_from_postal_code("75011") == "75"
        return
    with pytest.raises(DomainError) as err:
        departement_from_postal_code(code)
    assert err.value.code == "postal_code_invalid"


def test_full_width_digits_are_refused() -> None:
    with pytest.raises(DomainError):
        departement_from_postal_code("７５０１１")


@given(st.text(format_chars | st.sampled_from(" \n\t\u00a0\u3000"), min_size=1, max_size=20))
def test_a_message_of_only_invisible_characters_is_empty(text: str) -> None:
    assert is_invisible(text)
    with pytest.raises(DomainError) as err:
        check_text(text, 500)
    assert err.value.code == "empty_text"


def test_zero_width_around_a_word_keeps_the_word() -> None:
    assert check_text("\u200bsalut\u200b", 500) == "\u200bsalut\u200b"


@given(st.lists(st.tuples(st.integers(min_value=0, max_value=8), bidi), max_size=6))
def test_bidi_controls_are_stripped_from_pseudos_and_room_names(
    inserts: list[tuple[int, str]],
) -> None:
    pseudo, name = "Alice_75", "Les amis"
    for at, ch in inserts:
        pseudo = pseudo[:at] + ch + pseudo[at:]
        name = name[:at] + ch + name[at:]
    assert check_pseudo(pseudo) == "Alice_75"
    assert check_room_name(name) == "Les amis"
    assert not set(strip_bidi(pseudo)) & BIDI_CONTROLS


def test_a_pseudo_of_only_bidi_controls_is_still_too_short() -> None:
    with pytest.raises(DomainError) as err:
        check_pseudo("\u202e\u202e\u202eab")
    assert err.value.code == "pseudo_invalid"
