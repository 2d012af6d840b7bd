"""Guest identity rules (papote.domain.identity)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.domain.errors import DomainError
from papote.domain.identity import (
    Profile,
    check_age,
    check_gender,
    check_pseudo,
    departement_from_postal_code,
    fold_pseudo,
    is_reserved,
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
        assert not is_reserved(fold_pseudo(value))


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçÉ_-0123456789", min_size=3, max_size=20))
def test_folding_is_idempotent(text: str) -> None:
    assert fold_pseudo(fold_pseudo(text)) == fold_pseudo(text)


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
