"""The conversation accumulator: what a DM's turns show together, and when."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from papote.domain.risk.conversation import Conversation
from papote.domain.risk.detector import analyse


def read(turns: list[tuple[str, str]]) -> Conversation:
    conv = Conversation()
    for speaker, text in turns:
        conv.add(speaker, analyse(text))
    return conv


def test_an_age_question_then_a_bare_number_is_a_disclosure() -> None:
    conv = read([("A", "salut"), ("B", "slt"), ("A", "t'as quel âge ?"), ("B", "12")])
    assert "minor_disclosure" in conv.labels()
    assert conv.alert_turns["minor_disclosure"] == 3
    assert conv.suspects["minor_disclosure"] == {"B"}


def test_a_bare_number_without_a_question_is_nothing() -> None:
    conv = read([("A", "on se fait une partie ?"), ("B", "12")])
    assert conv.labels() == {}
    assert conv.alert_turn is None


def test_an_age_question_answered_long_after_is_not_an_answer() -> None:
    turns = [("A", "t'as quel âge ?"), ("B", "bof"), ("A", "ok"), ("B", "film ?"), ("A", "oui")]
    conv = read([*turns, ("B", "12")])
    assert "minor_disclosure" not in conv.labels()


def test_a_question_its_own_writer_answers_is_not_a_disclosure() -> None:
    conv = read([("A", "t'as quel âge ? 14")])
    assert "minor_disclosure" not in conv.labels()


def test_a_school_question_then_a_grade_is_a_disclosure() -> None:
    conv = read([("A", "t'es en quelle classe ?"), ("B", "5e")])
    assert "minor_disclosure" in conv.labels()


def test_stranger_age_question_compliments_then_snap_is_grooming() -> None:
    turns = [
        ("A", "salut ça va"),
        ("B", "oui et toi"),
        ("A", "t'as quel âge"),
        ("B", "pourquoi"),
        ("A", "t'es trop belle"),
        ("A", "t'as snap ?"),
    ]
    conv = read(turns)
    assert "grooming" in conv.labels()
    assert conv.alert_turns["grooming"] == 5  # raised at "t'as snap ?", not before
    assert conv.suspects["grooming"] == {"A"}


def test_moves_toward_a_disclosed_minor_are_grooming_at_once() -> None:
    conv = read([("A", "asv ?"), ("B", "13 f lyon"), ("A", "t'es mignonne")])
    assert conv.alert_turns == {"minor_disclosure": 1, "grooming": 2}


def test_a_disclosure_after_the_moves_raises_grooming_on_its_turn() -> None:
    conv = read([("A", "t'es trop mignonne"), ("A", "envoie une photo"), ("B", "j'ai 14 ans")])
    assert conv.alert_turns["grooming"] == 2
    assert conv.suspects["grooming"] == {"A"}


def test_adults_flirting_is_not_grooming() -> None:
    turns = [
        ("A", "t'as quel âge ?"),
        ("B", "27 et toi ?"),
        ("A", "31"),
        ("A", "t'es charmante"),
        ("A", "on se voit samedi ?"),
    ]
    assert "grooming" not in read(turns).labels()


def test_a_minor_complimenting_a_minor_is_not_grooming() -> None:
    turns = [("A", "j'ai 14 ans"), ("B", "moi 15"), ("A", "t'es mignon"), ("A", "t'as snap")]
    conv = read(turns)
    assert "grooming" not in conv.labels()


def test_alert_turn_is_the_first_label_raised() -> None:
    conv = read([("A", "coucou"), ("B", "j'ai envie de mourir"), ("A", "t'as snap ?")])
    assert conv.alert_turn == 1
    assert set(conv.labels()) == {"self_harm", "off_platform"}


def test_a_school_or_parents_question_and_one_move_is_grooming() -> None:
    conv = read([("A", "t'es en quelle classe ?"), ("B", "pk"), ("A", "t'es trop mignonne")])
    assert conv.alert_turns == {"grooming": 2}
    conv = read([("A", "tes parents sont là ?"), ("A", "je peux venir te voir")])
    assert conv.alert_turns == {"grooming": 1}


def test_probing_the_parents_of_a_disclosed_minor_is_grooming() -> None:
    conv = read([("A", "t'as quel âge ?"), ("B", "13"), ("A", "tes parents rentrent quand ?")])
    assert conv.alert_turns == {"minor_disclosure": 1, "grooming": 2}
    assert conv.suspects["grooming"] == {"A"}


def test_a_conversation_typed_in_sms_reads_the_same() -> None:
    conv = read([("A", "slt"), ("B", "cc"), ("A", "ta kel age"), ("B", "1 4 et twa"),
                 ("A", "t tro mignone"), ("A", "tas snap ?")])  # fmt: skip
    assert conv.alert_turns == {"minor_disclosure": 3, "grooming": 4, "off_platform": 5}


neutral = st.sampled_from(
    ["salut", "ça va ?", "tu fais quoi", "lol", "ok", "bonne nuit", "moi aussi"]
)


@given(st.lists(st.tuples(st.sampled_from("AB"), neutral), max_size=12))
def test_ordinary_chat_raises_nothing(turns: list[tuple[str, str]]) -> None:
    conv = read(turns)
    assert conv.labels() == {}
    assert conv.alert_turn is None


@given(
    st.lists(st.tuples(st.sampled_from("AB"), neutral), max_size=6),
    st.lists(st.tuples(st.sampled_from("AB"), neutral), max_size=6),
)
def test_labels_only_grow_and_alert_turns_never_move(
    before: list[tuple[str, str]], after: list[tuple[str, str]]
) -> None:
    conv = Conversation()
    seen: dict[str, int] = {}
    for speaker, text in [*before, ("A", "t'as quel âge ?"), ("B", "douze"), *after]:
        verdict = conv.add(speaker, analyse(text))
        for label, turn in seen.items():
            assert conv.alert_turns[label] == turn
        assert set(verdict.raised).isdisjoint(seen)
        seen = dict(conv.alert_turns)
    assert "minor_disclosure" in seen


def test_a_second_persons_disclosure_in_the_same_dm_is_theirs_too() -> None:
    """A label is raised once (its alert turn never moves) but each person it is first
    attributed to is accused at their own turn: two teenagers in a DM both answer for
    their disclosure, the second one is not lost because the first raised the label."""
    conv = Conversation()
    first = conv.add("A", analyse("jsuis en 4e au college"))
    conv.add("B", analyse("ah cool"))
    second = conv.add("B", analyse("moi j'ai 13 ans"))
    again = conv.add("A", analyse("j'ai 14 ans btw"))
    assert first.raised == ("minor_disclosure",) and first.accused == {"minor_disclosure": ("A",)}
    assert second.raised == () and second.accused == {"minor_disclosure": ("B",)}
    assert again.accused == {}  # A answered for it already
    assert conv.alert_turns == {"minor_disclosure": 0}


@given(st.lists(st.sampled_from(["A", "B"]), min_size=1, max_size=8))
def test_each_suspect_is_accused_of_a_label_once(speakers: list[str]) -> None:
    conv = Conversation()
    seen: list[tuple[str, str]] = []
    for speaker in speakers:
        verdict = conv.add(speaker, analyse("j'ai 14 ans"))
        seen += [(label, who) for label, whos in verdict.accused.items() for who in whos]
    assert sorted(seen) == sorted({("minor_disclosure", s) for s in speakers})
