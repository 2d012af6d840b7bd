"""What a pseudo may not say (domain/pseudo_policy.py, docs/moderation.md "Pseudos")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.domain.identity import check_pseudo
from papote.domain.pseudo_policy import pseudo_verdict

# Real-looking pseudos that must pass, many of them close to a refused term.
ACCEPTED = [
    "Marc13",  # Bouches-du-Rhône, not an age
    "Lea_75",
    "Calvados14",
    "Corse2A",
    "Jean-Pierre",
    "Depute75",
    "Nazim",
    "Nazir_93",
    "Montenegro",
    "Negroni",
    "Puteaux92",
    "Antman",
    "Hercule",
    "Particulier",
    "Culture",
    "Chaton",
    "Pedro",
    "Speedo",
    "Habite",
    "Orbite",
    "Bitencourt",
    "Dispute",
    "Computer",
    "Encyclopedie",
    "Mineurdefond",
    "Adolphe",
    "Adrien",
    "Sextant",
    "Jessica",
    "Sassy",
    "Lesbienne",
    "Gay_Paris",
    "Minette",
    "Chloe_2004",
    "Chloe2011",  # a number, not an age: load tools number pseudos so ("user2011")
    "user2015",
    "Lucas1990",
    "Seb_40ans",
    "Lou_25ans",
    "Paul18ans",
    "MarieQuinze",
]

REFUSED = [
    "nazi88",
    "HitlerFan",
    "SiegHeil",
    "kkk",
    "Bougnoul",
    "tapette",
    "Youpin",
    "SaleArabe",
    "pedo13",
    "P3d0",
    "p-e-d-o",
    "Lolita",
    "salope69",
    "SalePute",
    "Grosse_Bite",
    "bite",
    "CUL",
    "Plan_Cul",
    "chaudasse",
    "suceuse",
    "xxx_plan",
    "NiqueTaMere",
    "ntm",
    "PD_75",
    "SS-88",
    "jeune_pd",
    "JeunePd",
    "X_b1te_Y",
]

MINOR = [
    "Lea14ans",
    "Emma_13_ans",
    "Tom-15-an",
    "quatorzeans",
    "DouzeAns",
    "collegienne",
    "Mineure",
    "Adolescente",
    "Ado",
    "ado_13",
    "Inès16ans",
]


@pytest.mark.parametrize("pseudo", ACCEPTED)
def test_ordinary_pseudos_pass(pseudo: str) -> None:
    assert pseudo_verdict(check_pseudo(pseudo)) is None


@pytest.mark.parametrize("pseudo", REFUSED)
def test_hateful_explicit_and_abuse_pseudos_are_refused(pseudo: str) -> None:
    assert pseudo_verdict(check_pseudo(pseudo)) == "refused"


@pytest.mark.parametrize("pseudo", MINOR)
def test_pseudos_that_say_a_minor_are_refused_as_such(pseudo: str) -> None:
    assert pseudo_verdict(check_pseudo(pseudo)) == "minor"


SEPARATORS = st.sampled_from(["_", "-"])
LEET = {"e": "3", "o": "0", "i": "1", "a": "4", "s": "5"}


@given(
    # (not the ones read at a change of case: "JeunePd" in any case is "jeunepd")
    term=st.sampled_from([t for t in REFUSED + MINOR[:8] if t not in ("JeunePd", "X_b1te_Y")]),
    upper=st.lists(st.booleans(), min_size=20, max_size=20),
    leet=st.lists(st.booleans(), min_size=20, max_size=20),
    before=SEPARATORS,
    after=SEPARATORS,
    wrapped=st.booleans(),
)
def test_case_leet_and_separators_do_not_get_a_refused_pseudo_in(
    term: str, upper: list[bool], leet: list[bool], before: str, after: str, wrapped: bool
) -> None:
    """Property: whatever the case, the leet spelling of up to half its letters and the
    words put around it with separators, a refused pseudo stays refused (never None)."""
    letters = []
    digits = 0  # leet for at most half of the letters (more is a number, not a word)
    for i, ch in enumerate(term):
        low = ch.lower()
        leetable = low in LEET and not any(c.isdigit() for c in term)
        if leet[i % 20] and leetable and 2 * (digits + 1) <= len(term):
            digits += 1
            letters.append(LEET[low])
        else:
            letters.append(ch.upper() if upper[i % 20] else ch.lower())
    pseudo = "".join(letters)
    if wrapped and len(pseudo) <= 14:
        pseudo = f"Le{before}{pseudo}{after}75"
    assert pseudo_verdict(pseudo) is not None, pseudo


@pytest.mark.parametrize("prefix", ["Lp", "user", "u", "guest", "client", "bot_", "test-", "Lh"])
def test_numbered_pseudos_of_load_tools_all_pass(prefix: str) -> None:
    """A load client numbers its people: none of 20,000 may be refused (the skeleton reads
    "2121" as "zlzl", which is "zizi": digits alone never make a term). Every 7th number
    (2,858 a prefix), every number below 2,000 and the ones that once failed keep it fast."""
    numbers = [*range(2_000), *range(2_000, 20_000, 7), 2121, 12121, 5555, 8888, 1337]
    refused = [p for p in (f"{prefix}{i}" for i in numbers) if pseudo_verdict(p)]
    assert refused == []


@given(st.from_regex(r"[A-Za-z]{0,3}[_-]?[0-9]{1,12}", fullmatch=True))
def test_digits_never_spell_a_refused_term(pseudo: str) -> None:
    """Property: digits are never read as a word by themselves: a mostly-digit pseudo
    whose letters are made neutral ("q") passes. Its own letters may still be a word
    ("SS000": "SS" before digits) or half of one, with leet digits for the rest
    ("NA21...": "nazi"); the policy means both."""
    if sum(ch.isdigit() for ch in pseudo) * 2 > len(pseudo):
        neutral = "".join("q" if ch.isalpha() else ch for ch in pseudo)
        assert pseudo_verdict(neutral) is None, neutral


@pytest.mark.parametrize(
    ("pseudo", "verdict"),
    [
        ("SS000", "refused"),
        ("ss_000", "refused"),
        ("KKK000", "refused"),
        ("NA2151515", "refused"),
        ("user55", None),
        ("qq2151515", None),
    ],
)
def test_letters_before_digits_are_read_as_a_word(pseudo: str, verdict: str | None) -> None:
    """What hypothesis found (SS000, NA2151515): letters that are a refused word, or half
    of one spelt on with leet digits, are refused before digits; digits alone never are."""
    assert pseudo_verdict(pseudo) == verdict
