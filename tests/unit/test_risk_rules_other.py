"""rules-4 for the non-child labels: each family raises its label on phrasings and typings
it was not written from, and stays quiet on the innocent senses next to it."""

from __future__ import annotations

import time

import pytest

from papote.domain.risk.detector import analyse
from papote.domain.risk.rules import WORD_LISTS, words

# (label, text): each must raise its label.
RAISES = [
    # harassment: target + insult, incitement, rejection, pile-on
    ("harassment", "t'es vraiment qu'une sale grosse raclure"),
    ("harassment", "T QU'UNE C0NNASSE"),
    ("harassment", "wesh t un clochard sah"),
    ("harassment", "tu mérites de crever seule"),
    ("harassment", "suicide-toi stp"),
    ("harassment", "personne veut de toi ici"),
    ("harassment", "les gars on spamme Inès jusqu'à ce qu'elle parte"),
    ("harassment", "ta gueule"),
    (
        "harassment",
        't\'es un connard <img src=x onerror="alert(1)">',
    ),  # a quote mark is not a quote
    # threat: intent + harm verb, prediction, home, sextortion
    ("threat", "jvais te péter les genoux"),
    ("threat", "on va t'égorger"),
    ("threat", "tu vas finir à l'hôpital"),
    ("threat", "je connais ton quartier, fais gaffe"),
    ("threat", "500€ ou tes nudes partent sur insta"),
    ("threat", "je vais envoyer ta vidéo à ton patron"),
    ("threat", "j'ai tes photos, soit tu paies soit tout le monde les voit"),
    # hate
    ("hate", "les migrants sont tous des parasites"),
    ("hate", "les gouines faut les corriger"),
    ("hate", "les arabes = terroristes"),
    ("hate", "sale feuj"),
    # scam_spam
    ("scam_spam", "gagnez 300€ par jour depuis chez vous"),
    ("scam_spam", "envoie 100€ en bitcoin je te renvoie le double"),
    ("scam_spam", "votre colis est bloqué, payez les frais ici https://suivi.example.test"),
    ("scam_spam", "mon coeur je suis bloqué à l'aéroport, envoie 700€ stp"),
    ("scam_spam", "t'as un rib ? je te paie pour le prêter"),
    # prostitution
    ("prostitution", "120 r la demi, dispo ce soir"),
    ("prostitution", "t'es à combien la nuit ?"),
    ("prostitution", "rdv uniquement avec petit cadeau"),
    ("prostitution", "massage avec happy ending à Lille"),
    # drugs
    ("drugs", "qui a de la kéta pour samedi"),
    ("drugs", "j'ai de la neige, 70 le g"),
    ("drugs", "❄️🍃 dispo, snap pour la carte"),
    ("drugs", "on cherche des guetteurs"),
    # self_harm
    ("self_harm", "j'ai tellement envie d'en finir"),
    ("self_harm", "je me suis encore coupée les bras"),
    ("self_harm", "j'ai avalé toute la boîte de somnifères"),
    ("self_harm", "tout le monde serait mieux sans moi"),
]

# (label, text): the innocent sense next to a family; the label must stay down.
QUIET = [
    ("harassment", "il m'a traitée de connasse en mp, je fais quoi ?"),
    ("harassment", "mdr t'es con toi, je t'adore"),
    ("harassment", "quelle conne je suis, j'ai oublié mes clés"),
    ("harassment", "ferme la porte stp"),
    ("harassment", "je suis crevé, grosse journée"),
    ("threat", "je vais te défoncer à fifa ce soir mdr"),
    ("threat", "je vais te retrouver au resto à 20h"),
    ("threat", "je sais où tu habites, tu me l'as dit, je t'envoie le colis"),
    ("threat", "je vais montrer tes photos de vacances à mamie"),
    ("threat", "t'es mort ? tu réponds plus"),
    ("threat", "je vais te trouver un cadeau"),
    ("hate", "je viens de signaler un message qui disait 'sale noir'"),
    ("hate", "je suis gay et j'assume"),
    ("hate", "les trans ont le droit d'exister"),
    ("hate", "mort aux cons ! (c'est de Brassens)"),
    ("scam_spam", "argent facile ça n'existe pas, méfiez-vous"),
    ("scam_spam", "je gagne 1800€ par mois comme aide-soignante"),
    ("scam_spam", "tu peux m'envoyer ton IBAN pour que je te rembourse les places ?"),
    ("prostitution", "j'ai offert 100 roses à ma femme"),
    ("prostitution", "cours de guitare à domicile, 25€ l'heure"),
    ("prostitution", "une escorte policière a accompagné le convoi"),
    ("prostitution", "c'est l'anniversaire de Léa, cadeau obligatoire 😂"),
    ("drugs", "un coca et une pizza svp"),
    ("drugs", "le plombier doit changer le joint du robinet"),
    ("drugs", "la neige tombe à Brest ❄️"),
    ("drugs", "j'ai oublié de prendre ma pilule"),
    ("drugs", "la police a saisi 2 tonnes de cocaïne"),
    ("self_harm", "si t'as des idées noires appelle le 3114"),
    ("self_harm", "j'ai plus de batterie, je vais mourir"),
    ("self_harm", "je me suis coupée en cuisinant"),
    ("self_harm", "j'ai pris des cachets pour la migraine"),
    ("self_harm", "adieu tout le monde, je pars en vacances"),
]


@pytest.mark.parametrize(("label", "text"), RAISES)
def test_raises(label: str, text: str) -> None:
    assert label in analyse(text).labels(), text


@pytest.mark.parametrize(("label", "text"), QUIET)
def test_quiet(label: str, text: str) -> None:
    assert label not in analyse(text).labels(), text


def test_word_lists_are_expanded_and_unknown_names_fail() -> None:
    assert WORD_LISTS["INSULTS"] in words("(?:{INSULTS})")
    assert words("a{2,3}") == "a{2,3}"  # quantifiers are left alone
    with pytest.raises(KeyError):
        words("{NOT_A_LIST}")


def test_a_long_digit_run_is_read_in_linear_time() -> None:
    text = "1" * 20000 + " euros"
    started = time.process_time()
    analyse(text)
    assert time.process_time() - started < 2.0
