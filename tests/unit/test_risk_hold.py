"""Held messages (domain.risk.hold): which labels hold a message, who sees it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from papote.domain.risk.detector import analyse
from papote.domain.risk.hold import (
    REJECTED,
    held_labels,
    held_value,
    labels_to_hold,
    visible_to,
)

HOLD = frozenset({"scam_spam", "prostitution", "drugs"})


def test_only_the_hold_labels_at_their_score_hold_a_message() -> None:
    labels = {"drugs": 0.88, "harassment": 0.9, "scam_spam": 0.4}
    assert labels_to_hold(labels, HOLD, 0.5) == {"drugs": 0.88}
    assert labels_to_hold(labels, HOLD, 0.3) == {"drugs": 0.88, "scam_spam": 0.4}
    assert labels_to_hold(labels, frozenset(), 0.0) == {}


def test_the_rules_hold_a_dealer_and_a_pimp_not_their_hard_negatives() -> None:
    def held(text: str) -> str | None:
        return held_value(labels_to_hold(analyse(text).labels(), HOLD, 0.5))

    assert held("je vends de la beuh, dispo ce soir") == "drugs"
    assert held("100 roses la demi heure, je recois discretement") == "prostitution"
    assert held("felicitations tu as gagne, reclame ton cadeau ici") == "scam_spam"
    for text in (
        "j'ai offert un bouquet de 12 roses a ma mere",
        "le coca-cola c'est trop sucre",
        "attention aux arnaques, ne donnez jamais votre code de carte",
        "bonjour tout le monde",
    ):
        assert held(text) is None, text


def test_the_stored_value_round_trips_and_a_refusal_holds_nothing() -> None:
    assert held_value({"drugs": 0.9, "scam_spam": 0.8}) == "drugs,scam_spam"
    assert held_value({}) is None
    assert held_labels("drugs,scam_spam") == ["drugs", "scam_spam"]
    assert held_labels(None) == [] and held_labels(REJECTED) == []


@given(held=st.sampled_from([None, "drugs", "scam_spam,drugs", REJECTED]), viewer=st.text())
def test_who_sees_a_message(held: str | None, viewer: str) -> None:
    writer = "sam"
    assert visible_to(held, writer, viewer) == (
        held is None or (held != REJECTED and viewer == writer)
    )
    # Its writer sees a held message as sent; once refused, nobody sees it.
    assert visible_to(held, writer, writer) == (held != REJECTED)
