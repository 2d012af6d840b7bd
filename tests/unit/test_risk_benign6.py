"""fp6 (session 6): guards against false labels on ordinary adult chat (benign-6), each
with the nearest true positive it must keep (docs/detection.md, "Session 6: false labels
on ordinary chat")."""

from __future__ import annotations

import pytest

from papote.detect.evaluate import judge_text, judge_turns
from papote.detect.model import NgramRiskDetector
from papote.domain.risk.detector import RuleDetector
from papote.domain.risk.lexicon import REAL_WORDS_NOT_TYPOS
from papote.domain.risk.normalize import TYPOS, fold


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
    ("150 euros la nuit au Novotel, j'ai halluciné", "prostitution",
     "150 euros la nuit, je reçois à l'hôtel"),
    # a game: "je vais te défoncer au scrabble"
    ("je vais te défoncer au scrabble ce soir", "threat", "je vais te défoncer ce soir"),
    # doubt said of a pitch is not the pitch
    ("gagner de l'argent en dormant ça existe pas", "scam_spam",
     "gagne de l'argent en dormant, clique ici"),
    # someone else's drugs reported to the police
    ("mon voisin fait pousser du cannabis, j'ai appelé les flics", "drugs",
     "mon voisin fait pousser du cannabis, je t'en vends si tu veux"),
    # benign-6: school remembered from adulthood, pupils counted by the adult in charge,
    # staff training, a flatmate's medical "internat"
    ("j'ai connu le collège dans les années 70, on se faisait tirer les oreilles",
     "minor_disclosure", "je suis au collège, on se fait tirer les oreilles"),
    ("les devoirs de maths de 4e j'y comprends plus rien, c'était plus simple dans les années 80",
     "minor_disclosure", "les devoirs de maths de 4e j'y comprends plus rien"),
    ("sortie scolaire au musée jeudi, 28 élèves dans un bus, priez pour moi", "minor_disclosure",
     "sortie scolaire au musée jeudi avec ma classe, priez pour moi"),
    ("on a eu une formation sur ça au collège, c'est le quotidien", "minor_disclosure",
     "on a eu un contrôle sur ça au collège, c'est le quotidien"),
    ("ma coloc passe l'internat en juin, on vit comme des moines", "minor_disclosure",
     "je suis à l'internat en semaine, on vit comme des moines"),
    # the parents' rules remembered, or with an adult age said in passing; school nostalgia
    ("mes parents m'ont confisqué mon téléphone quand j'avais 14 ans", "minor_disclosure",
     "mes parents m'ont confisqué mon téléphone"),
    ("mes parents savent pas que je suis sur ce site, à 35 ans lol", "minor_disclosure",
     "mes parents savent pas que je suis sur ce site lol"),
    ("j'ai gardé mon cartable du collège, nostalgie", "minor_disclosure",
     "j'ai gardé mon cartable du collège"),
    # a backhanded compliment is banter
    ("le rigolo t'es moche mais t'es drôle, ça compense 😂", "harassment",
     "le rigolo t'es moche et t'es lourd"),
    # a concession is not a prize
    ("bon ok t'as gagné, t'es un peu charmeur", "scam_spam",
     "félicitations t'as gagné, réclame ton prix"),
    # hyperbole: "mourir d'ennui"
    ("mon stage c'est que de la saisie, je vais mourir d'ennui", "self_harm",
     "mon stage c'est que de la saisie, je veux mourir"),
    # a joint that seals
    ("le joint de culasse a lâché, 800 balles de réparation", "drugs",
     "je vends des joints 10 balles"),
]  # fmt: skip


@pytest.mark.parametrize(("benign", "label", "positive"), PAIRS)
def test_an_adult_line_is_not_labelled_and_its_neighbour_is(
    benign: str, label: str, positive: str
) -> None:
    assert label not in labels(benign), benign
    assert label in labels(positive), positive


def test_je_suis_premier_is_a_rank_and_en_premiere_a_grade() -> None:
    assert "minor_disclosure" not in labels("je suis premier au classement du club de pétanque")
    assert "minor_disclosure" in labels("je suis en première")


@pytest.mark.parametrize(
    ("typed", "read"),
    [("malade", "malade"), ("table", "table"), ("premier", "premier"), ("massages", "masages"),
     ("je vais poser", "je vais poser"), ("l'espace", "l'espace")],
)  # fmt: skip
def test_a_real_word_one_edit_from_a_key_word_stays_itself(typed: str, read: str) -> None:
    assert fold(typed) == read


@pytest.mark.parametrize(("typed", "read"), [("parets", "parents"), ("escot", "escort")])
def test_a_typo_of_a_key_word_still_reads_as_the_word(typed: str, read: str) -> None:
    assert fold(typed) == read


def test_the_real_words_are_left_out_of_the_typo_map() -> None:
    assert not REAL_WORDS_NOT_TYPOS & TYPOS.keys()


# conv-5 (fp6): adults stating their ages, then moves between them, are not grooming
ADULTS = [
    [("A", "asv ?"), ("B", "f 27 lyon"), ("A", "h 30 paris, t'es jolie"), ("B", "merci"),
     ("A", "on passe sur whatsapp ?")],
    [("A", "t'as quel age"), ("B", "25"), ("A", "t'es jeune ! moi 45"),
     ("B", "l'âge c'est qu'un chiffre"), ("A", "on se voit samedi ?")],
    [("A", "t'as quel âge ?"), ("B", "40 ans bientôt"),
     ("A", "t'es jolie, envoie une photo de toi")],
]  # fmt: skip


@pytest.mark.parametrize("turns", ADULTS)
def test_moves_between_stated_adults_are_not_grooming(turns: list[tuple[str, str]]) -> None:
    assert "grooming" not in judge_turns(RuleDetector(), turns).labels


@pytest.mark.parametrize("turns", ADULTS)
def test_the_same_moves_toward_a_stated_minor_are(turns: list[tuple[str, str]]) -> None:
    minor = [(who, "f 14 lyon" if i == 1 else text) for i, (who, text) in enumerate(turns)]
    assert "grooming" in judge_turns(RuleDetector(), minor).labels


# fp6: the head's grooming ruled out by a rule's not_grooming signal
@pytest.mark.parametrize(
    ("benign", "positive"),
    # riskgen7: a photo of the person asked alone is no longer grooming (WRITERS.md's
    # policy: one neutral move), so the nearest positives presume a child
    [("envoie moi une photo de ton chien", "envoie moi une photo de toi, tes parents sont là ?"),
     ("t'as une photo de ton chat ?", "t'as une photo de toi ? t'es en quelle classe ?"),
     ("t'es qui toi ? je te connais pas, asv ?", "asv ? t'es seule ? t'es en quelle classe ?"),
     ("je t'envoie une photo de mon chien", "envoie moi une photo de toi en sortant du collège"),
     ("tu dis rien à ta femme hein", "tu dis rien à tes parents hein"),
     ("t'as l'air plus jeune que ton âge", "t'as l'air plus âgée que ton âge")],
)  # fmt: skip
def test_the_heads_grooming_on_a_pets_photo_asv_alone_or_an_adult_is_vetoed(
    benign: str, positive: str
) -> None:
    detector = NgramRiskDetector()
    assert "grooming" not in judge_text(detector, benign).labels
    assert "grooming" in judge_text(detector, positive).labels


# session 8: the head's minor_disclosure against the writer's own adult age in the message
def test_the_heads_minor_reading_gives_way_to_an_adult_age_the_rules_read() -> None:
    from papote.detect.model import with_head
    from papote.domain.risk.detector import analyse

    labels = ["minor_disclosure", "grooming"]
    for text, vetoed in [
        ("j'ai 34 ans et je repasse le bac en candidat libre", True),
        ("f 27 lyon, la cantine de ma boite est nulle", True),
        ("la cantine était nulle aujourd'hui", False),  # nothing says an adult's age
        ("mon père a 45 ans et moi je suis en 4e", False),  # not the writer's
    ]:
        analysis = with_head(analyse(text), labels, [0.99, 0.1], [0.9, 0.9], "head")
        raised = "minor_disclosure" in analysis.labels()
        assert raised != vetoed, text
