"""fp6 (session 6): guards against false labels on ordinary adult chat (benign-6), each
with the nearest true positive it must keep (docs/detection.md, "Session 6: false labels
on ordinary chat")."""

from __future__ import annotations

import pytest

from papote.detect.evaluate import judge_text
from papote.domain.risk.detector import RuleDetector


def labels(text: str) -> set[str]:
    return set(judge_text(RuleDetector(), text).labels)


# (the adult's line, the label it must not raise, the nearest line that must keep it)
PAIRS = [
    # a couple's years and an adult's mind are not the writer's age
    ("15 ans ensemble avec mon mari", "minor_disclosure", "15 ans et toi ?"),
    ("14 ans et toujours amoureux de ma femme", "minor_disclosure", "14 ans et toi"),
    ("j'ai 14 ans dans ma tête mdr", "minor_disclosure", "j'ai 14 ans mdr"),
    ("j'ai 16 ans d'âge mental", "minor_disclosure", "j'ai 16 ans"),
    # a gear, a floor, a district is not a school grade
    ("je suis en cinquième vitesse sur l'autoroute", "minor_disclosure", "je suis en cinquième"),
    ("moi je suis au 3e étage sans ascenseur", "minor_disclosure", "moi je suis en 3e"),
    # a parent's children by rank, or counted, at school
    ("j'ai 2 enfants, le grand est au collège", "minor_disclosure", "moi je suis au collège"),
    ("le petit rentre au collège en septembre, ça me stresse", "minor_disclosure",
     "je rentre au collège en septembre, ça me stresse"),
    # "crevé(e)" of oneself is tiredness, "crève" to someone is an insult
    ("je rentre du boulot, crevée", "harassment", "j'en ai marre de toi, crève"),
    ("je sors du sport, crevé", "harassment", "je te dis, crève"),
    ("crève pas de faim, mange un truc", "harassment", "crève sale con"),
    # a room's price complained of is not a tariff
    ("100 euros la nuit à l'hôtel c'est abusé", "prostitution",
     "150 euros la nuit, je reçois à l'hôtel en toute discrétion"),
    # doubt said of a pitch is not the pitch
    ("gagner de l'argent en dormant ça existe pas", "scam_spam",
     "gagne de l'argent en dormant, clique ici"),
    # someone else's drugs reported to the police
    ("mon voisin fait pousser du cannabis, j'ai appelé les flics", "drugs",
     "mon voisin fait pousser du cannabis, je t'en vends si tu veux"),
]  # fmt: skip


@pytest.mark.parametrize(("benign", "label", "positive"), PAIRS)
def test_an_adult_line_is_not_labelled_and_its_neighbour_is(
    benign: str, label: str, positive: str
) -> None:
    assert label not in labels(benign), benign
    assert label in labels(positive), positive
