"""rules-8 and conv-7 (session 8, "riskgen8"): the child-safety labels' families, each with
real positives and its nearest hard negatives (docs/detection.md, "Session 8: riskgen8")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papote.detect.evaluate import judge_text, judge_turns
from papote.domain.risk.detector import RuleDetector

DETECTOR = RuleDetector()


def labels(text: str) -> set[str]:
    return set(judge_text(DETECTOR, text).labels)


# (family, lines that disclose a minor, lines that must not)
MINOR_FAMILIES = [
    ("grades of other school systems",
     ["je suis en 11H à Lausanne, l'année prochaine gymnase",
      "jsuis en 10e année, l'an prochain 11e",
      "chu encore au secondaire pour qques mois",
      "je fais mes devoirs de néerlandais, 3e secondaire",
      "an ka fè 3e, brevet ka vini vit"],
     ["je suis prof de 4e", "je suis en 2e année de master",
      "24 élèves de 5e primaire, ils adorent",
      "J'ai encore fait 10h debout au comptoir, je suis morte", "on arrive en 10h de route"]),
    ("a grade placed in the writer's year",
     ["j'ai fini la 4e en juin, maintenant 3e et brevet",
      "ptn la 4e c'est le boss final du college",
      "j'ai redoublé la 4e l'an dernier, la honte"],
     ["mes CM2 passent en 6e l'an prochain, je vais pleurer en juin",
      "mon fils entre en 6e l'an prochain", "quand j'étais en 3e on avait pas de portable"]),
    ("a school closed, cheered",
     ["le college ferme a cause de la neige trop bieeeen", "pas d'école demain!!!"],
     ["pas d'école demain, les enfants sont à la maison toute la journée",
      "le collège ferme à 18h le vendredi"]),
    ("the guardians' rules in more words",
     ["la daronne m'a confisqué le tel jusqu'a dimanche",
      "mes parents me laissent pas mon GSM après 21h",
      "ma mère signe encore mes absences sur pronote",
      "je dois demander à ma mère pour tout, même pour aller chez une copine",
      "le prof principal a convoqué ma mère jsuis mort",
      "jpeux pas sortir ce soir mes parents veulent pas jsuis trop jeune soi disant 🙄"],
     ["ma mère va me tuer si elle voit mes notes",
      "ma femme m'a confisqué le tel pendant les vacances",
      "je suis trop jeune pour la retraite", "ma mère veut pas que je vende la maison"]),
    ("an age said with exasperation or defiance",
     ["ma mère m'a inscrit en colo cet été, à 15 ans sérieux",
      "ma mère signe encore mes absences, trop la honte à 16 ans",
      "j'ai 14 et alors ? t'as un problème ?", "j'ai quinze ans quand même",
      "16 ans et traitée comme un bébé"],
     ["ma ptite soeur a 12 ans", "g eu mon bac y a 17 ans", "t'es plus une enfant à 14 ans",
      "j'ai commencé sur la N64 à 8 ans", "15 ans de mariage", "mon fils a 14 ans"]),
    ("an age just had, to come, beside a sibling's",
     ["jai eu 14 en septembre et tjr pas de tel a moi", "vé j'ai eu 15 le mois dernier",
      "mon anniv c le 12 mars jaurai 14 ✨✨", "mon grand frère il a 16 ans et moi 12",
      "il faut avoir 18 ans et je ne les ai pas encore"],
     ["j'ai eu 14 en maths", "j'ai eu 15 de moyenne", "mon frère a 40 ans et moi 38",
      "j'aurai 15 minutes de retard", "1m45 et 40 kilos"]),
]  # fmt: skip


# (family, grooming lines, lines that must not be grooming)
GROOMING_FAMILIES = [
    ("classmates belittled, a child mark and a move",
     ["les mecs de ta classe c'est des gamins, un vrai bonhomme il te protège",
      "tes potes de 5e ils jouent comme des nuls, moi je sais ce que tu vaux",
      "Vos camarades de classe sont bien puérils à côté de vous, n'est-ce pas ?"],
     ["tes potes de classe sont sympas ?", "les filles de ma classe sont jalouses de moi",
      "les copines de ta fille sont jalouses ?"]),
    ("praise for a child's age",
     ["t'es trop fort pour un gamin de 6e, viens dans ma team je te coache",
      "Vous écrivez remarquablement bien pour une élève de quatrième, vous êtes très mûre."],
     ["ton fils est fort pour un gamin de 6e", "t'es forte au tennis"]),
    ("the age gap minimised",
     ["tkt jsuis pas vieux, 24 ans c'est pas si loin de tes 15 ans",
      "L'écart d'âge ne signifie rien lorsque deux esprits se comprennent, même à quatorze ans."],
     ["40 ans c'est pas vieux", "15 ans c'est pas jeune pour un chien"]),
    ("the guardians asleep, secrets and lies",
     ["on fait un live à deux ce soir ? après 23h quand ta mère dort",
      "tu me fais confiance ? alors ce qu'on se dit reste notre petit jardin secret, t'es en 4e",
      "tu diras rien à tes copines de classe hein, elles vont te juger",
      "je te paie le train jusqu'à chez moi, t'auras qu'à dire que tu dors chez une amie"],
     ["quand ma mère dort je regarde des séries",
      "notre jardin est secret, caché derrière la maison",
      "tu diras rien, c'est une surprise pour Julie"]),
    ("gifts and a child mark",
     ["t'as 15 ans et t'as pas de tel correct ? vas-y je t'en prends un, t'inquiète",
      "t'es en 5e et t'as pas encore d'iphone ? sérieux ? je peux arranger ça 😉"],
     ["vas-y je t'en prends un, de café ?", "je peux arranger ça avec le proprio"]),
    ("coaching to lie about the age, a game currency for a photo",
     ["mets 2000 comme année de naissance sur ton compte, sinon il sera limité",
      "tu me dois rien hein, mais un petit selfie après tous ces robux ce serait sympa"],
     ["mets ta date de naissance pour t'inscrire", "je suis né en 2000, année de naissance",
      "mon neveu m'a demandé des robux contre une photo de lui pour sa mamie"]),
    ("an age and a school question chained (conv-7)",
     ["t'as quel âge ma belle ? et t'es en quelle classe ?",
      "T es en quelle classe petite ? T as quel age ?"],
     ["t'as quel âge ?", "t'es en quelle classe ?", "asv ?",
      "ta fille a quel âge ? elle est en quelle classe ?"]),
]  # fmt: skip


FAMILIES = [("minor_disclosure", *f) for f in MINOR_FAMILIES] + [
    ("grooming", *f) for f in GROOMING_FAMILIES
]


@pytest.mark.parametrize(("label", "family", "positives", "negatives"), FAMILIES)
def test_each_family_fires_on_its_lines_and_not_on_its_hard_negatives(
    label: str, family: str, positives: list[str], negatives: list[str]
) -> None:
    for text in positives:
        assert label in labels(text), (family, text)
    for text in negatives:
        assert label not in labels(text), (family, text)


HARD_NEGATIVES = [
    "mon fils a 14 ans", "je suis prof de 4e", "15 ans de mariage", "1m45", "asv ?",
    "saison 4 trop bien", "master 2 en alternance", "ma fille est en 3e secondaire",
    "mort de rire", "j'ai 45 ans et alors ?",
]  # fmt: skip


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_the_issues_hard_negatives_raise_no_child_label(text: str) -> None:
    assert not labels(text) & {"minor_disclosure", "grooming", "off_platform"}


def test_a_chain_is_not_grooming_once_the_other_side_is_an_adult() -> None:
    verdict = judge_turns(
        DETECTOR, [("A", "j'ai 35 ans"), ("B", "t'as quel âge ? t'es en quelle classe ? mdr")]
    )
    assert "grooming" not in verdict.labels


@settings(max_examples=60, deadline=None)
@given(age=st.integers(min_value=18, max_value=80))
def test_an_adult_age_said_with_exasperation_is_not_a_disclosure(age: int) -> None:
    assert "minor_disclosure" not in labels(
        f"mes parents me suivent partout, trop la honte à {age} ans"
    )
    assert "minor_disclosure" not in labels(f"j'ai {age} ans quand même")
    assert "minor_disclosure" not in labels(f"jai eu {age} en septembre")


@settings(max_examples=40, deadline=None)
@given(age=st.integers(min_value=10, max_value=17))
def test_a_minor_age_said_with_exasperation_is_a_disclosure(age: int) -> None:
    assert "minor_disclosure" in labels(
        f"mes parents me suivent partout, trop la honte à {age} ans"
    )
    assert "minor_disclosure" in labels(f"j'ai {age} ans quand même")
    assert "minor_disclosure" not in labels(f"mon fils a {age} ans quand même")


@settings(max_examples=40, deadline=None)
@given(year=st.integers(min_value=1950, max_value=2009))
def test_a_year_coached_onto_an_account_is_grooming_only_with_the_birth_date(year: int) -> None:
    assert "grooming" in labels(f"mets {year} comme année de naissance sur ton compte")
    assert "grooming" not in labels(f"mets {year} dans le tableau")
