"""rules-7 and conv-6 (session 7, "riskgen7"): the child-safety labels, each rule beside
its hard negatives (docs/detection.md, "Child-safety labels, session 7")."""

from __future__ import annotations

import pytest

from papote.detect.evaluate import judge_text, judge_turns
from papote.detect.model import NgramRiskDetector, lone_move
from papote.domain.risk.detector import RuleDetector
from papote.domain.risk.normalize import fold


def rule_labels(text: str) -> set[str]:
    return set(judge_text(RuleDetector(), text).labels)


def vetoes(text: str) -> set[str]:
    """The labels a rule's ``not_<label>`` signal keeps the head from raising."""
    analysis = RuleDetector().analyse(text)
    return {s.kind[4:] for s in analysis.signals if s.kind.startswith("not_")}


# (an adult's line the head must not label, the label, the nearest line whose head stays free)
HEAD_VETOES = [
    ("tes parents vont bien ?", "grooming", "tes parents sont pas là ce soir ?"),
    ("et tes parents, ça va ? toujours à Lyon ?", "grooming",
     "et tes parents, ils rentrent quand ?"),
    ("comment va ta mère depuis l'opération ?", "grooming", "ta mère rentre à quelle heure ?"),
    ("ma puce t'es où ?", "grooming", "ma puce t'es en quelle classe ?"),
    ("bonne nuit mon coeur, dors bien", "grooming",
     "bonne nuit mon coeur, t'es seule dans ta chambre ?"),
    ("non j'ai pas snap", "off_platform", "non j'ai pas snap mais ajoute moi sur insta"),
    ("non j'ai pas snap, j'ai pas insta", "off_platform", "j'ai pas snap, mon num c'est le 06"),
    ("je suis pas sur whatsapp désolé", "off_platform",
     "je suis pas sur whatsapp mais sur telegram"),
    ("on peut parler en privé ?", "off_platform", "on peut parler en privé sur snap ?"),
    ("viens en mp", "off_platform", "viens en mp, je te donne mon insta"),
]  # fmt: skip


@pytest.mark.parametrize(("benign", "label", "near"), HEAD_VETOES)
def test_a_not_signal_vetoes_the_heads_label_on_adult_chat_only(
    benign: str, label: str, near: str
) -> None:
    assert label in vetoes(benign)
    assert label not in vetoes(near)


def test_the_vetoed_lines_carry_no_label_with_the_head() -> None:
    detector = NgramRiskDetector()
    for benign, label, _ in HEAD_VETOES:
        assert label not in judge_text(detector, benign).labels, benign


# conv-6: an age question chained with one of issue 12's moves in one message is grooming;
# either alone is not, nor an age question with a compliment.
@pytest.mark.parametrize(
    "chain",
    ["t'as quel âge ? envoie une photo", "t'as quel age ? on se voit ?",
     "envoie photo de toi stp, t'as quel âge"],
)  # fmt: skip
def test_an_age_question_chained_with_a_move_is_grooming(chain: str) -> None:
    assert "grooming" in rule_labels(chain)


@pytest.mark.parametrize(
    "single",
    ["t'as quel âge ?", "asv ?", "envoie une photo", "t'as quel âge ? t'es mignonne",
     "on se voit ?"],
)  # fmt: skip
def test_a_single_move_is_not_grooming(single: str) -> None:
    assert "grooming" not in rule_labels(single)


# riskgen7: one neutral move and nothing of a child keeps the head's grooming down
@pytest.mark.parametrize(
    ("lone", "near"),
    [("envoie une photo de toi stp", "envoie une photo de toi stp, t'es en quelle classe ?"),
     ("t'as quel âge ?", "t'as quel âge ? t'es dans quel collège ? je peux passer te voir"),
     ("viens au parc à 17h", "viens au parc à 17h, dis rien à tes parents")],
)  # fmt: skip
def test_a_lone_neutral_move_is_vetoed_for_the_head(lone: str, near: str) -> None:
    assert lone_move(RuleDetector().analyse(lone))
    assert not lone_move(RuleDetector().analyse(near))
    assert "grooming" not in judge_text(NgramRiskDetector(), lone).labels
    assert "grooming" in judge_text(NgramRiskDetector(), near).labels


# norm-8
@pytest.mark.parametrize(
    ("typed", "read"),
    [("tes parent sont stricts", "tes parents sont stricts"),
     ("vos parent savent ?", "vos parents savent ?"),
     ("un parent d'élève", "un parent d'eleve"),
     ("envoie phto", "envoie photo"), ("des fotos", "des photos")],
)  # fmt: skip
def test_norm8_reads_a_lost_plural_and_short_photo(typed: str, read: str) -> None:
    assert fold(typed) == read


# rules-7: an adult talking to a child about the child's school, and adults' school chores
# and memories, are not the writer's school life; the nearest pupil's line keeps its label
@pytest.mark.parametrize(
    ("adult", "pupil"),
    [("tu peux venir mercredi après les cours ?", "je peux pas mercredi, j'ai cours au collège"),
     ("wesh t'as cours jusqu'à quelle heure vendredi au bahut ?",
      "j'ai cours jusqu'à 17h vendredi au bahut"),
     ("conseil de classe jusqu'à 20h, je suis rincée",
      "le conseil de classe m'a donné les encouragements, ma mère était contente"),
     ("la cantine du collège augmente encore ses tarifs, 4,20 € le repas",
      "la cantine du collège est trop nulle, je mange que du pain"),
     ("j'ai retrouvé mon bulletin de 5e au grenier",
      "j'ai eu mon bulletin de 5e, ma mère va crier"),
     ("je suis crevé, 14h d'écran", "mes parents me laissent que 1h d'écran par jour")],
)  # fmt: skip
def test_an_adult_about_school_is_no_disclosure_and_a_pupil_is(adult: str, pupil: str) -> None:
    assert "minor_disclosure" not in rule_labels(adult)
    assert "minor_disclosure" in rule_labels(pupil)


# rules-7 minor_disclosure classes, each with a hard negative
@pytest.mark.parametrize(
    ("pupil", "adult"),
    [("noah, 16 ans, liège", "mon fils, 16 ans, liège"),
     ("j'aurai 17 en mars, vivement 18", "j'avais 17 ans en 1990"),
     ("pas encore 18 mais je sais ce que je veux", "mon fils a pas encore 18 ans"),
     ("je dirai que j'ai 19 si on me demande", "je dirai que j'ai 19 ans de boîte"),
     ("ma mamie veut pas que je sorte le soir", "ma mère veut pas que je vende la maison"),
     ("la CPE m'a dit de ranger mon tel", "mon prof de guitare m'a dit de bosser"),
     ("salut adam 16 ans de namur", "nous 15 ans de mariage"),
     ("asv : 13 / f / paris", "asv ? 25 h paris"),
     ("ma mère elle a coupé le wifi à 23h", "ma fille elle a coupé le wifi à 23h"),
     ("on a une classe verte la semaine prochaine",
      "sortie scolaire au zoo demain, j'ai peur de perdre un enfant")],
)  # fmt: skip
def test_rules7_minor_classes_and_their_hard_negatives(pupil: str, adult: str) -> None:
    assert "minor_disclosure" in rule_labels(pupil)
    assert "minor_disclosure" not in rule_labels(adult)


# rules-7 grooming: a child mark and a move (accumulator), a school schedule probed, and an
# adult who protects a child
@pytest.mark.parametrize(
    ("groom", "near"),
    [("efface la conv avant que ta reum tombe dessus", "efface la conv, elle sert à rien"),
     ("les gars de ta classe c'est des gamins, reste avec moi",
      "les gars du boulot, reste avec moi"),
     ("tu sors du collège à quelle heure ?", "ta fille sort du collège à quelle heure ?"),
     ("t'es plus mature que les filles de ta 4e",
      "tu fais jeune pour ton âge, c'est un compliment")],
)  # fmt: skip
def test_rules7_grooming_and_their_nearest_negatives(groom: str, near: str) -> None:
    assert "grooming" in rule_labels(groom)
    assert "grooming" not in rule_labels(near)


def test_an_adult_who_sends_a_child_away_is_not_grooming() -> None:
    away = "ici c'est pas un endroit pour les enfants. tes parents sont à côté ? va les voir"
    turns = [("A", "bonjour jsuis tom jai 11 ans"), ("B", away)]
    assert "grooming" not in judge_turns(RuleDetector(), turns).labels
    turns[1] = ("B", "tes parents sont à côté ? t'es mignonne")
    assert "grooming" in judge_turns(RuleDetector(), turns).labels
