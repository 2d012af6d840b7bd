"""rules-6 and norm-7 (session 6): word classes and structures for the phrasings session 5
listed as missed (school years of every system, pupils' exams, ages in English or years in
words, bare answers, the parents' authority, money offered to a child, secrecy toward any
guardian), each with its hard negatives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.detect.evaluate import judge_text, judge_turns
from papote.domain.risk.detector import RuleDetector, analyse
from papote.domain.risk.normalize import fold
from tests.unit.test_risk_normalize import _french

CHILD = {"minor_disclosure", "grooming"}


def labels(text: str) -> set[str]:
    return set(judge_text(RuleDetector(), text).labels)


# ------------------------------------------------------------------ norm-7
@given(st.integers(min_value=0, max_value=99), st.sampled_from(["mille", "mil"]))
def test_a_year_in_words_reads_as_one_number(n: int, thousand: str) -> None:
    assert fold(f"né en deux {thousand} {_french(n)}") == f"ne en {2000 + n}"


@pytest.mark.parametrize(
    "typed", ["deux mille cinq cents euros", "2 mille 5 cents", "deux mille quinze euros"]
)
def test_an_amount_in_words_is_not_a_year(typed: str) -> None:
    assert not re.search(r"20\d\d", fold(typed)), fold(typed)


@pytest.mark.parametrize(("typed", "read"), [("en 1re", "en 1re"), ("1ère", "1ere")])
def test_first_year_ordinals_stay_ordinals(typed: str, read: str) -> None:
    assert fold(typed) == read


# ------------------------------------------------------------------ minor_disclosure
SCHOOL_YEARS = [
    "secondaire 2", "2e secondaire", "deuxième secondaire", "sec 4", "3e secondaire",
    "1re rénovée", "rhéto", "9H", "10 H", "première année de CAP", "2e année de bac pro",
    "seconde pro", "3e prépa métiers", "4e", "cinquième", "cm2", "seconde",
]  # fmt: skip


@given(st.sampled_from(["je suis en", "chui en", "jsuis en", "je rentre en", "je redouble",
                        "moi je suis en"]), st.sampled_from(SCHOOL_YEARS))  # fmt: skip
def test_any_school_year_said_of_oneself_is_a_disclosure(subject: str, year: str) -> None:
    assert "minor_disclosure" in labels(f"{subject} {year}"), (subject, year)


@given(st.sampled_from(["prof", "je suis prof de", "ma fille est en", "mon fils est en",
                        "je surveille les", "j'ai 34 ans et je suis en"]),
       st.sampled_from(SCHOOL_YEARS))  # fmt: skip
def test_a_school_year_said_of_someone_else_is_not(subject: str, year: str) -> None:
    text = f"{subject} {year}"
    if subject == "prof":
        text = f"je suis prof, mes élèves sont en {year}"
    assert "minor_disclosure" not in labels(text), text


@given(st.integers(min_value=10, max_value=17), st.sampled_from(["im", "i'm", "I am", "Im just"]))
def test_an_age_in_english_is_a_disclosure(age: int, subject: str) -> None:
    assert "minor_disclosure" in labels(f"{subject} {age}")


@given(st.integers(min_value=2009, max_value=2019))
def test_a_birth_year_worn_as_an_identity_is_a_disclosure(year: int) -> None:
    for text in (f"{year} gang", f"je suis de {year}", f"moi je suis née en {year}"):
        assert "minor_disclosure" in labels(text), text


@given(st.integers(min_value=1950, max_value=2005))
def test_an_adult_birth_year_is_not(year: int) -> None:
    for text in (f"{year} gang", f"je suis de {year}", f"je suis née en {year}"):
        assert "minor_disclosure" not in labels(text), text


@given(st.integers(min_value=10, max_value=17),
       st.sampled_from(["pis toi", "puis toi ?", "et tu ?", "bientôt", "depuis hier"]))  # fmt: skip
def test_a_bare_age_answered_back_is_a_disclosure(age: int, tail: str) -> None:
    assert "minor_disclosure" in labels(f"{age} {tail}")


@given(st.integers(min_value=18, max_value=70),
       st.sampled_from(["pis toi", "puis toi ?", "bientôt", "depuis hier"]))  # fmt: skip
def test_an_adult_age_answered_back_is_not(age: int, tail: str) -> None:
    assert "minor_disclosure" not in labels(f"{age} {tail}")


RULES6_POSITIVES = {
    "minor_disclosure": [
        "je passe mon CEB cette année",
        "j'ai raté mon bepc blanc",
        "ma prof d'anglais nous a donné 3 exos",
        "j'ai DS de maths demain",
        "on a un contrôle d'histoire-géo lundi",
        "i'm 13 years old",
        "je suis née en deux mille onze",
        "ma mère me laisse jouer que le week-end",
        "mon père me prend mon portable à 21h",
        "mes parents m'obligent à faire mes devoirs avant",
        "ma daronne veut pas que je sois sur snap",
        "mes parents veulent pas que j'aille sur ce site",
        "je passe en 2e année de CAP",
        "j'ai pas le droit de sortir après 20h",
        "je dois être rentrée à 19h sinon ma mère me tue",
        "on est en 4e avec ma meilleure amie",
        "j'ai entraînement avec mon club U13",
    ],
    "grooming": [
        "je t'envoie un petit virement pour ta rentrée au collège",
        "je te mets 50 € sur ton compte, c'est entre nous",
        "je peux te payer les airpods si tu m'envoies une photo",
        "faut surtout pas que ton père le sache",
        "ta mère doit jamais être au courant",
        "efface nos messages de ta mère",
        "les adultes te jugent, moi jamais",
        "tes copines c'est que des gamines",
        "c'est pas grave si t'as 13 ans",
        "t'as quel âge déjà ? 13 ? c'est parfait",
        "tu veux des robux ? envoie une photo",
        "je t'ai rechargé ton compte fortnite",
        "tu peux me faire confiance, je suis pas comme les autres adultes",
        # one move with a child in view (a probe and a move in one message)
        "t'as un copain ? à ton âge c'est normal",
        "on peut se voir samedi, tes parents seront pas là ?",
        "je t'ai vue sortir du collège hier, t'étais trop belle",
        "je suis un ami de ton père, dis rien",
    ],
}
RULES6_NEGATIVES = [
    # adults' school words and exams
    "je suis en 2e année de licence",
    "je suis en CAP pâtissier en reconversion à 35 ans",
    "ma nièce passe le BEPC",
    "je surveille le brevet blanc demain",
    "le collège de mon quartier ferme",
    "le mien passe le brevet cette année",
    "mon prof de guitare m'a dit de bosser",
    "mon prof de yoga m'a félicitée",
    "je bosse en 10h, 9h-17h",
    # numbers that are not the writer's age or birth year
    "i'm 14 minutes late",
    "2011 c'était une super année",
    "en 2012 j'ai déménagé",
    "j'ai 15 ans de boîte",
    "14 juillet et toi ?",
    # parents' words adults say
    "ma mère me laisse son appart cet été",
    "ma mère me prend la tête",
    "ma mer préférée c'est la Méditerranée",
    # gifts and money between adults
    "je t'envoie 50 € pour le loyer",
    "je te rembourse, je t'envoie 20 € sur paypal",
    "je t'achète un jeu pour ton anniv",
    "je te fais un virement pour ta fille, pour son anniversaire",
    # secrecy for a surprise, warnings, banter
    "faut pas que ta mère le sache, c'est une surprise pour son anniv",
    "tes parents doivent pas savoir pour la fête surprise",
    "si un adulte te dit que tes parents doivent pas savoir, parle-en",
    "les adultes te jugent toujours quand tu es jeune, c'est la vie",
    "tes potes c'est des gamins mdr",
    "le casting de la série est nul",
    "j'ai pas le droit de fumer au boulot",
    "j'ai pas le droit d'en parler",
    "t'as un copain ?",
    "on se voit samedi ?",
    "j'ai 30 ans, t'as quel âge ? 25 ? c'est parfait",
    "je suis pas comme les autres, moi je bosse le dimanche",
    "ma fille a 13 ans, c'est pas grave si elle a un téléphone ?",
    "tes parents seront pas là ? dommage, je voulais leur dire bonjour",
]


@pytest.mark.parametrize(
    ("label", "text"), [(k, t) for k, texts in RULES6_POSITIVES.items() for t in texts]
)
def test_rules6_families_fire(label: str, text: str) -> None:
    assert label in labels(text), (text, analyse(text).normalised)


@pytest.mark.parametrize("text", RULES6_NEGATIVES)
def test_rules6_families_leave_adults_alone(text: str) -> None:
    assert not CHILD & labels(text), (text, analyse(text).normalised)


def test_a_parent_taking_my_phone_is_not_my_number() -> None:
    assert "off_platform" not in labels("ma mer ma confisker mon tel")


def test_bare_school_answers_and_birth_questions_answer_in_a_conversation() -> None:
    rules = RuleDetector()
    for question, answer in (
        ("tu vas en cours où ? t'es en quelle classe ?", "clg"),
        ("t'es née quand ?", "2011 et toi"),
        ("t'es en quelle année ?", "sec 2"),
        ("t'as quel âge ?", "quatorze pis toi"),
    ):
        verdict = judge_turns(rules, [("A", question), ("B", answer)])
        assert "minor_disclosure" in verdict.labels, (question, answer)
        assert verdict.alert_turn == 1
    for question, answer in (("t'es née quand ?", "1990 et toi"), ("tu bosses où ?", "lycée")):
        assert "minor_disclosure" not in judge_turns(rules, [("A", question), ("B", answer)]).labels


def test_money_after_a_disclosure_is_grooming() -> None:
    verdict = judge_turns(
        RuleDetector(),
        [("A", "t'as quel âge ?"), ("B", "13"), ("A", "je t'envoie 20 balles sur paypal")],
    )
    assert verdict.labels == ("minor_disclosure", "grooming")


# rules-6b: written on child-train-4-ados and child-train-4-adultes (two writers of session
# 6); tested here on phrasings of their own, with the hard negatives those files taught.
RULES6B_POSITIVES = {
    "minor_disclosure": [
        "j'dois rentrer avant que ma mère arrive",
        "ma mère sait pas que je suis sur ce site",
        "mon père dit que snap c'est pas pour moi",
        "les enfants de mon âge ont tous un portable",
        "chu en sec 1 pis j'ai un examen demain",
        "mon argent de poche passe dans les skins",
        "on part en colo la semaine prochaine",
        "16, seconde",
        "mon père m'a grondé pour mes notes",
        "ma mère vient me chercher à 17h",
        "on part en classe verte lundi",
        "j'ai contrôle jeudi",
        "je suis trop jeune pour toi je crois",
    ],
    "grooming": [
        "t'as combien, 12 13 ans ?",
        "t'as l'air trop jeune sur ta photo, t'as quel âge ?",
        "ils travaillent tard tes parents ?",
        "vous êtes en quelle classe mademoiselle ?",
        "t'es plus mûre que toutes les filles que je connais",
        "osef de ton âge franchement",
        "ne parle pas du stage à tes parents",
        "personne t'écoute chez toi, moi je t'écoute",
        "ajoute moi sur snap, ta mère verra rien",
        "si ta mère te demande, tu dis que tu es chez Léa",
        "je te paie ton nouveau téléphone, ta mère a pas besoin de le savoir",
        "montre toi en cam, je te montre la mienne",
        "je viens te chercher samedi, juste toi et moi",
        "vous êtes encore au lycée, mademoiselle ?",
        "il y a un café près de ton collège, on pourrait y aller",
        "t'es en quelle classe, toujours en 5e ?",
        "ta mère elle est souvent absente le soir ?",
        "les adultes autour de toi ne te comprennent pas, moi si",
        "donne moi ton numéro, sans que personne ne lise nos messages",
        "dis que t'as 17 ans si on te pose la question au cinéma",
        "t'es pas obligée de le dire aux parents",
        "mets 18 ans sur le formulaire, c'est une formalité",
        "tu es très réfléchie pour une élève de 4e",
    ],
    "off_platform": [
        "insta : lou.anne_06",
        "mon code ami c'est MAX77BS",
        "télécharge signal stp",
        "envoie la sur insta en message éphémère",
        "ton snap c'est quoi ?",
        "je te dirai sur snap, ici c'est relou",
    ],
}
RULES6B_NEGATIVES = [
    # the traps of the same files, in other words
    "je suis en terminale et le bac me stresse",
    "mon ancien prof principal m'a reconnu au marché",
    "je suis animatrice en colo cet été",
    "à la cantine j'ai mangé avec les collègues",
    "mon père veut que je fasse une école de commerce",
    "t'es seule chez toi ce soir ? les enfants sont chez leur père ?",
    "t'as quoi, la trentaine ?",
    "on se retrouve à l'hôtel pour la conférence",
    "ma puce a eu 8 ans hier, quelle fête",
    "t'es mature pour ton âge mdr t'as 40 ans",
    "supprime la conv avant que ma femme voie",
    "selon le parquet, il écrivait 'tes parents doivent pas savoir' à des enfants",
    "tu paies 300 euros ou j'envoie tes photos à ta famille",
    "une idée de cadeau pour une fille de 12 ans ?",
    "t'as des photos de toi ? ton profil est vide",
    "les parents de 5e, vous mettez un contrôle parental ?",
    "je t'attends à la sortie du métro, on va chez tes parents pour le dîner",
    "on pourrait se voir, on aurait plus de temps, je suis en 2e année de master",
    "ma fille est en quelle classe déjà, toujours en 5e ? je ne sais plus",
    "envoie moi les photos du mariage, ça reste entre nous",
    "je vais sur mes 15 jours de congé",
    "j'ai 40 ans et mes parents sont stricts encore",
    "je suis prof, les profs nous saoulent en réunion",
]


@pytest.mark.parametrize(
    ("label", "text"), [(k, t) for k, texts in RULES6B_POSITIVES.items() for t in texts]
)
def test_rules6b_families_fire(label: str, text: str) -> None:
    assert label in labels(text), (text, analyse(text).normalised)


@pytest.mark.parametrize("text", RULES6B_NEGATIVES)
def test_rules6b_families_leave_adults_and_pupils_alone(text: str) -> None:
    assert not {"minor_disclosure", "grooming"} & labels(text), (text, analyse(text).normalised)


@given(st.sampled_from(["j'", "l'", "d'", "m'"]), st.sampled_from(["dois", "prof", "sortie"]))
def test_an_elided_e_before_a_consonant_reads_back(elided: str, word: str) -> None:
    assert fold(f"{elided}{word}") == f"{elided[0]}e {word}"


def test_a_guardian_probe_is_grooming_alone_but_not_beside_an_adult_age() -> None:
    assert "grooming" in labels("tes parents rentrent à quelle heure ?")
    assert "grooming" not in labels("tes parents rentrent à quelle heure ? ah t'as 45 ans pardon")
