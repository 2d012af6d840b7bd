"""Guest identity rules (papote.domain.identity)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.domain.confusables import PROTOTYPES
from papote.domain.errors import DomainError
from papote.domain.identity import (
    Profile,
    check_age,
    check_gender,
    check_pseudo,
    departement_from_postal_code,
    fold_pseudo,
    is_reserved,
    pseudo_skeleton,
)


@pytest.mark.parametrize("pseudo", ["Élodie", "jean-luc_75", "Zoé", "abc", "a" * 20, "Ça-va"])
def test_valid_pseudos_are_kept_as_typed(pseudo: str) -> None:
    assert check_pseudo(pseudo) == pseudo


@pytest.mark.parametrize(
    "pseudo",
    ["ab", "a" * 21, "jean luc", "émoji😀", "<script>", "123", "___", "аlice", "李小龙", ""],
)
def test_invalid_pseudos_are_refused(pseudo: str) -> None:
    with pytest.raises(DomainError) as err:
        check_pseudo(pseudo)
    assert err.value.code == "pseudo_invalid"
    assert err.value.field == "pseudo"


@pytest.mark.parametrize(
    "pseudo",
    [
        "admin",
        "Admin",
        "ADMIN_75",
        "modo",
        "Modérateur",
        "papote",
        "System",
        "4dm1n",
        "super-admin",
        "Papote_officiel",
        "m0d0",
    ],
)
def test_reserved_pseudos_are_refused(pseudo: str) -> None:
    with pytest.raises(DomainError) as err:
        check_pseudo(pseudo)
    assert err.value.code == "pseudo_reserved"


def test_folding_ignores_case_and_accents() -> None:
    assert fold_pseudo("Élodie") == fold_pseudo("elodie") == fold_pseudo("ELODIE")
    assert fold_pseudo("Zoë") == "zoe"


@given(st.text(max_size=40))
def test_check_pseudo_never_raises_anything_but_domain_error(text: str) -> None:
    try:
        value = check_pseudo(text)
    except DomainError as exc:
        assert exc.code in {"pseudo_invalid", "pseudo_reserved"}
    else:
        assert 3 <= len(value) <= 20
        assert not is_reserved(value)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçÉ_-0123456789", min_size=3, max_size=20))
def test_folding_is_idempotent(text: str) -> None:
    assert fold_pseudo(fold_pseudo(text)) == fold_pseudo(text)


# ---------------------------------------------------------------- look-alikes (TR39)


@pytest.mark.parametrize(
    ("present", "newcomer"),
    [
        ("Alice_75", "ALICE-75"),
        ("Chloé_13", "Chloe-13"),
        ("Alice_75", "Al1ce75"),
        ("Alice_75", "\u0410lice_75"),  # Cyrillic А
        ("Bruno69", "Brun\u043e69"),  # Cyrillic о
        ("Paola", "\u03a1a\u03bfla"),  # Greek Ρ and ο
        ("Emma", "Ernrna"),  # TR39: m -> rn
        ("Kevin", "K\u0435v\u0456n"),  # Cyrillic е, і
        ("Sophie", "S0ph13"),  # digits for letters
        ("Alice", "Al\u200bice"),  # zero-width space
        ("Alice", "A\u200dl\u2060ice\ufe0f"),  # joiner, word joiner, variation selector
        ("Alice", "\uff21\uff4c\uff49\uff43\uff45"),  # full-width
        ("Coeur", "Cœur"),
        ("Lila", "Ilia"),
        ("Chloé", "chloe\u0301"),  # decomposed accent
    ],
)
def test_look_alikes_share_a_skeleton(present: str, newcomer: str) -> None:
    assert pseudo_skeleton(present) == pseudo_skeleton(newcomer)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Alice_75", "Alice_76"), ("Paul", "Pauline"), ("Anna", "Ana"), ("Marc", "Mark")],
)
def test_different_pseudos_keep_different_skeletons(one: str, other: str) -> None:
    assert pseudo_skeleton(one) != pseudo_skeleton(other)


def test_every_prototype_is_a_fixed_point() -> None:
    """The table's values are made of letters the skeleton leaves alone."""
    for source, prototype in PROTOTYPES.items():
        assert prototype and prototype.isascii() and prototype.isalpha(), source
        assert pseudo_skeleton(prototype) == prototype, source


_LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêàçôÉÈÇ0123456789_-"
_pseudos = st.text(alphabet=_LATIN, min_size=1, max_size=20)


@given(_pseudos)
def test_a_skeleton_is_its_own_skeleton(text: str) -> None:
    assert pseudo_skeleton(pseudo_skeleton(text)) == pseudo_skeleton(text)


@given(st.text(max_size=30))
def test_skeleton_of_anything_is_stable_and_never_raises(text: str) -> None:
    skeleton = pseudo_skeleton(text)
    assert pseudo_skeleton(skeleton) == skeleton


@given(_pseudos, st.data())
def test_case_separators_and_invisible_characters_do_not_change_the_skeleton(
    text: str, data: st.DataObject
) -> None:
    noise = st.sampled_from(["_", "-", ".", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
    changed = []
    for ch in text:
        changed.append(ch.upper() if data.draw(st.booleans()) else ch.lower())
        if data.draw(st.booleans()):
            changed.append(data.draw(noise))
    assert pseudo_skeleton("".join(changed)) == pseudo_skeleton(text)


_HOMOGLYPHS = {
    "a": "аα4",
    "e": "еε3",
    "o": "оοο0",
    "p": "рρ",
    "c": "сϲ",
    "x": "хχ",
    "l": "1|Iіι",
    "s": "ѕ5",
    "t": "тτ7",
}


@given(st.text(alphabet="aeopcxlst", min_size=1, max_size=20), st.data())
def test_latin_cyrillic_greek_and_digit_homoglyphs_share_the_skeleton(
    text: str, data: st.DataObject
) -> None:
    swapped = "".join(
        data.draw(st.sampled_from(_HOMOGLYPHS[ch])) if data.draw(st.booleans()) else ch
        for ch in text
    )
    assert pseudo_skeleton(swapped) == pseudo_skeleton(text)


@given(st.text(alphabet="aeiouyAEIOUY", min_size=1, max_size=10), st.data())
def test_accents_do_not_change_the_skeleton(text: str, data: st.DataObject) -> None:
    marks = st.sampled_from(["\u0301", "\u0300", "\u0302", "\u0308", "\u0327"])
    accented = "".join(ch + data.draw(marks) if data.draw(st.booleans()) else ch for ch in text)
    assert pseudo_skeleton(unicodedata.normalize("NFC", accented)) == pseudo_skeleton(text)


@pytest.mark.parametrize(
    "pseudo",
    [
        "Z\u0351\u0352\u0353algo",
        "Al\u0300\u0301\u0302\u0303ice",
        "Zoe\u0301\u0301\u0301",
        "Ma\u20dd\u20ddrc",  # enclosing marks (Me)
    ],
)
def test_stacks_of_combining_marks_are_refused(pseudo: str) -> None:
    with pytest.raises(DomainError) as err:
        check_pseudo(pseudo)
    assert err.value.code == "pseudo_invalid"


@given(st.text(alphabet="abcdefgh", min_size=3, max_size=10), st.integers(2, 30))
def test_any_stack_of_two_or_more_marks_is_refused(base: str, marks: int) -> None:
    zalgo = base[0] + "\u0336\u0489\u0300"[:1] * marks + base[1:]
    with pytest.raises(DomainError):
        check_pseudo(zalgo)


def test_zero_width_characters_are_removed_from_the_pseudo() -> None:
    assert check_pseudo("Al\u200bice\u200d_75") == "Alice_75"
    with pytest.raises(DomainError):
        check_pseudo("\u200b\u200bA\u200b")  # one visible character is too short


@pytest.mark.parametrize("pseudo", ["\u0430dmin", "adm\u0456n", "P\u0430pote", "Mod\u00e9r4teur"])
def test_reserved_words_are_refused_in_look_alike_letters_too(pseudo: str) -> None:
    assert is_reserved(pseudo)


@pytest.mark.parametrize("age", [18, 25, 99])
def test_adult_ages(age: int) -> None:
    assert check_age(age) == age


@pytest.mark.parametrize(
    ("age", "code"),
    [
        (17, "age_minor"),
        (12, "age_minor"),
        (0, "age_minor"),
        (100, "age_invalid"),
        ("30", "age_invalid"),
        (30.5, "age_invalid"),
        (True, "age_invalid"),
        (None, "age_invalid"),
    ],
)
def test_minors_and_bad_ages_are_refused(age: object, code: str) -> None:
    with pytest.raises(DomainError) as err:
        check_age(age)
    assert err.value.code == code
    assert err.value.field == "age"


@pytest.mark.parametrize(
    ("postal_code", "departement"),
    [
        ("75011", "75"),
        ("01000", "01"),
        ("13001", "13"),
        ("20000", "2A"),
        ("20167", "2A"),
        ("20200", "2B"),
        ("20600", "2B"),
        ("97400", "974"),
        ("97600", "976"),
        ("98800", "988"),
        ("95000", "95"),
        ("etranger", "etranger"),
        ("Étranger", "etranger"),
        (" 75 011 ", "75"),
    ],
)
def test_postal_code_keeps_only_the_departement(postal_code: str, departement: str) -> None:
    assert departement_from_postal_code(postal_code) == departement


@pytest.mark.parametrize(
    "postal_code", ["7501", "750111", "00000", "96000", "97000", "99000", "abcde", "", 75011, None]
)
def test_invalid_postal_codes(postal_code: object) -> None:
    with pytest.raises(DomainError) as err:
        departement_from_postal_code(postal_code)
    assert err.value.code == "postal_code_invalid"


def test_gender() -> None:
    assert [check_gender(g) for g in "fmx"] == ["f", "m", "x"]
    with pytest.raises(DomainError):
        check_gender("F")


def test_profile_checks_every_field() -> None:
    profile = Profile.check("Zoé", "f", 22, "69003")
    assert profile == Profile(pseudo="Zoé", gender="f", age=22, departement="69")


@given(st.text(alphabet="0123456789", min_size=1, max_size=4), st.text("0123456789", max_size=4))
def test_different_numbers_after_one_name_stay_different(one: str, other: str) -> None:
    """Département and year suffixes: no two digits share a prototype."""
    if one != other:
        assert pseudo_skeleton(f"Marc_{one}") != pseudo_skeleton(f"Marc_{other}")
