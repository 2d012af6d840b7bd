"""rules-8 for threat, hate, harassment, self_harm, drugs, then prostitution,
sexual_solicitation and scam_spam (session 8, "riskother8"): each family of rules_other8.py
with lines of my own (variants of the families, none a row of data/risk) and the innocent
senses next to it, the issue's hard negatives included."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papote.config import Detection
from papote.domain.risk.detector import analyse
from papote.domain.risk.rules import RULES, RULES_VERSION
from papote.domain.risk.rules_other8 import RULES_OTHER_8

RAISES = [
    # threat: pushed then an act
    ("threat", "encore un mot et je crame ta caisse"),
    ("threat", "si tu me bloques encore je viens chez toi, tu vas voir"),
    ("threat", "retouche à mon frère et je te pète la gueule"),
    # threat: property
    ("threat", "je vais rayer ta voiture ce soir, tu l'auras cherché"),
    ("threat", "on va brûler ton magasin"),
    # threat: it might happen
    ("threat", "ce serait bête qu'il arrive quelque chose à ta moto"),
    ("threat", "il pourrait bien arriver un accident à ta fille"),
    # threat: family known
    ("threat", "je sais où ta fille va à l'école, tu vois ce que je veux dire"),
    # threat: veiled
    ("threat", "fais gaffe à ta femme ce soir, à bon entendeur"),
    ("threat", "j'ai ton adresse et ton nom, t'es prévenu"),
    # threat: doxxing
    ("threat", "j'ai ton vrai nom et ton adresse, réfléchis"),
    ("threat", "je vais publier ton adresse sur le forum"),
    ("threat", "on va te doxer ce soir"),
    # threat: watching
    ("threat", "je passe devant chez toi chaque matin, t'as remarqué ?"),
    # threat: blackmail
    ("threat", "500 € sur ce compte et j'efface les vidéos"),
    ("threat", "les captures sont prêtes à être publiées"),
    ("threat", "ton mari va recevoir les vidéos de notre appel, paie avant ce soir"),
    ("threat", "un message de plus et ta carrière est finie"),
    ("threat", "voilà la liste de tes collègues, tu paies ou pas ?"),
    ("threat", "si tu réponds pas j'envoie tout à ta femme"),
    # hate: a group by a contemptuous predicate
    ("hate", "les roumains c'est tous des voleurs"),
    ("hate", "les femmes c'est toutes des hystériques"),
    ("hate", "ces migrants sont des parasites"),
    ("hate", "les homos c'est une maladie mentale"),
    # hate: should not exist, no place here
    ("hate", "les trans devraient pas exister"),
    ("hate", "les juifs n'ont rien à faire ici"),
    ("hate", "les handicapés faut les enfermer"),
    ("hate", "les gens du voyage faut les virer d'ici, qu'on les parque"),
    # hate: slurs, things
    ("hate", "dégage sale bicot"),
    ("hate", "les roms faut qu'on les expulse de la ville"),
    ("hate", "les pédés ça devrait pas exister"),
    ("hate", "les migrants servent à rien"),
    ("hate", "il faut interdire aux musulmans de voter"),
    ("hate", "les gitans qui campent au bord de la route, c'est toute une bande de voleurs"),
    ("hate", "l'islam c'est une religion de terroristes"),
    # harassment: aimed at "tu"
    ("harassment", "t'es qu'une menteuse et une hypocrite"),
    ("harassment", "t'es vraiment une pauvre fille"),
    ("harassment", "t'es un boulet, personne te supporte"),
    # harassment: mocking looks, the crowd
    ("harassment", "t'as vu ta tronche ? on dirait un phoque"),
    ("harassment", "regardez sa photo de profil, la honte"),
    # harassment: persistence
    ("harassment", "j'ai créé un autre compte puisque tu m'as bloquée"),
    ("harassment", "tu peux pas m'échapper, je suis dans tous les salons"),
    ("harassment", "je vais prévenir tout le salon que t'es une voleuse"),
    ("harassment", "ça fait 5 jours que je t'écris et toujours rien"),
    ("harassment", "je vois que t'es en ligne, réponds"),
    ("harassment", "réponds moi ou je continue toute la nuit"),
    # self_harm
    ("self_harm", "je voudrais m'endormir et ne plus me réveiller"),
    ("self_harm", "j'ai acheté une corde hier soir"),
    ("self_harm", "combien de cachets il faut pour pas se réveiller"),
    ("self_harm", "j'ai pris 20 doliprane, on verra"),
    ("self_harm", "j'ai écrit une lettre pour mes parents, ils la trouveront"),
    ("self_harm", "c'est la fin pour moi, j'ai plus rien"),
    ("self_harm", "je vois plus de raison de vivre"),
    ("self_harm", "je pense vraiment à en finir"),
    ("self_harm", "je me griffe encore jusqu'à saigner"),
    ("self_harm", "j'ai rien mangé depuis 5 jours exprès"),
    ("self_harm", "si je me jetais du pont personne le verrait"),
    # drugs
    ("drugs", "qui vend de la keta sur lille ?"),
    ("drugs", "quelqu'un a du zamal pour ce soir"),
    ("drugs", "champis, 15 le sachet"),
    ("drugs", "j'ai 40 balles, tu me fais quoi pour ça"),
    ("drugs", "tu connais un plug fiable sur Nantes ?"),
    ("drugs", "qui a du bon pour samedi ?"),
    ("drugs", "je dépanne jour et nuit, écris moi"),
    ("drugs", "qui veut des pilules pour la teuf ?"),
    # prostitution: a client's ask, the rate, a price for time, special massages, terms
    ("prostitution", "je cherche une fille qui se fait payer vers Nantes"),
    ("prostitution", "vous faites des extras ce soir ? je paie bien"),
    ("prostitution", "c'est combien ta soirée ?"),
    ("prostitution", "200 € pour la soirée, t'es partante ?"),
    ("prostitution", "cinquante euros pour une passe, pas plus"),
    ("prostitution", "massage naturiste avec finition, 80€"),
    ("prostitution", "tout se paie ici mon chéri, viens en pv"),
    ("prostitution", "je peux t'aider financièrement si tu es disponible le week-end"),
    # sexual_solicitation: no strings, the bed, a plan, a room tonight, straight home
    ("sexual_solicitation", "envie d'un plan sans lendemain ce soir, écris moi"),
    ("sexual_solicitation", "viens partager mon lit ce week-end"),
    ("sexual_solicitation", "un plan à l'hôtel ce soir quelqu'un ?"),
    ("sexual_solicitation", "chambre réservée ce soir, qui vient ? 😏"),
    ("sexual_solicitation", "un verre et direct chez moi pour la suite ?"),
    ("sexual_solicitation", "cherche une femme pour un one night sur Lyon"),
    # scam_spam: money doubled, recruiting for trading, a pending link, a pitch; the bank's
    # fraud team as a scammer's voice (SCAM_NOT's "fraude" narrowed)
    ("scam_spam", "je peux tripler votre épargne en un mois, écrivez-moi"),
    ("scam_spam", "formation trading à 49€ au lieu de 499€, places limitées"),
    ("scam_spam", "votre colis en attente, cliquez ici example.test/c"),
    ("scam_spam", "voyance gratuite, découvrez votre avenir"),
    ("scam_spam", "Bonjour, service anti-fraude de votre banque, donnez-moi le code reçu par SMS"),
]

# Innocent senses next to each family: none raises the label.
SILENT = [
    # the hard negatives
    ("threat", "mort de rire, t'es trop con"),
    ("self_harm", "mort de rire, je suis mort"),
    ("threat", "je vais tuer ce boss au prochain essai"),
    ("drugs", "un coke zéro et un café svp"),
    ("drugs", "je prends la ligne C pour rentrer"),
    ("prostitution", "des roses pour maman pour la fête des mères"),
    ("self_harm", "si tu as des idées noires, appelle le 3114"),
    # threat
    ("threat", "continue comme ça et je viens te chercher à la gare à 8h"),
    ("threat", "je passe devant chez toi demain pour déposer les clés"),
    ("threat", "je sais pas où tu habites, tu m'envoies l'adresse ?"),
    ("threat", "tu vas voir ce qui se passe à la fin de la série"),
    ("threat", "tes photos sont prêtes, tu peux venir les chercher chez le photographe"),
    ("threat", "ta mère va adorer ce que j'ai cuisiné"),
    ("threat", "j'ai ton adresse, je t'envoie le faire-part"),
    ("threat", "tes parents verront jamais nos photos de vacances ratées mdr"),
    ("threat", "ta carrière est finie au foot avec ce genou mdr"),
    # hate
    ("hate", "les femmes c'est des battantes, respect"),
    ("hate", "il a dit que les roms sont tous des voleurs, c'est raciste"),
    ("hate", "les politiciens c'est tous des voleurs"),
    ("hate", "c'est un cliché de dire que les arabes sont des voleurs"),
    ("hate", "les enfants devraient rester chez eux quand ils sont malades"),
    ("hate", "les femmes devraient avoir le droit de conduire partout"),
    ("hate", "les femmes, elles devraient avoir le droit de voter partout"),
    ("hate", "les gays devraient avoir le droit de se marier partout"),
    ("hate", "les enfants ça devrait pas sortir de chez soi quand il gèle"),
    ("hate", "interdire aux gros camions de passer en centre-ville"),
    ("hate", "les handicapés devraient avoir plus d'aides"),
    # harassment
    ("harassment", "t'es un boulet mais t'es mon boulet 😂"),
    ("harassment", "on dirait un chat qui dort, trop mignon"),
    ("harassment", "j'ai créé un nouveau compte, l'ancien était piraté"),
    ("harassment", "ça fait 3 jours que je t'écris, tout va bien ? je suis inquiète"),
    ("harassment", "réponds moi ou je viens au boulot de ta mère"),
    # self_harm
    ("self_harm", "j'ai pris deux doliprane pour ma migraine"),
    ("self_harm", "j'ai des marques sur les bras à cause des moustiques"),
    ("self_harm", "j'ai écrit une lettre pour ma sœur pour son anniversaire"),
    ("self_harm", "c'est la fin pour moi ce soir, au lit, bonne nuit"),
    ("self_harm", "il suffirait d'un pas de plus pour finir le marathon"),
    # drugs
    ("drugs", "j'ai de la poudre d'amande pour le gâteau"),
    ("drugs", "des bonbons, 2 euros le sachet"),
    ("drugs", "cherche un plug usb pour mon chargeur"),
    ("drugs", "qui a du bon vin pour samedi ?"),
    ("drugs", "j'ai pris des pilules pour dormir"),
    ("drugs", "les melons, 3 euros la pièce au marché"),
    ("drugs", "la poudre à lessive est en promo, 5 euros le paquet"),
    ("drugs", "coca zéro ou coke normale pour la soirée ?"),
    # prostitution
    ("prostitution", "50 euros la soirée de babysitting, c'est correct ?"),
    ("prostitution", "massage du dos chez le kiné, 30 la séance"),
    ("prostitution", "c'est combien la nuit à ton hôtel ? on vient à 4"),
    ("prostitution", "tu fais des extras au resto ce week-end ?"),
    # sexual_solicitation
    ("sexual_solicitation", "sans prise de tête ce soir : pizza et film chez moi avec les potes ?"),
    ("sexual_solicitation", "un plan resto ce soir ? j'ai faim"),
    ("sexual_solicitation", "deadline ce soir je vais pas dormir"),
    ("sexual_solicitation", "je cherche un plan de la ville, je suis perdue ce soir"),
    ("sexual_solicitation", "j'ai un plan pour ce soir : pizza et manette"),
    # scam_spam: "fraude" as a warning still silences the scam rules
    ("scam_spam", "ma banque m'a appelée pour une fraude, heureusement j'ai rien donné"),
    ("scam_spam", "attention à la fraude au faux conseiller, ne donnez jamais vos codes"),
    ("scam_spam", "j'ai doublé ma mise au poker hier mdr"),
    ("scam_spam", "il reste 3 places pour la formation secourisme samedi"),
]


def _labels(text: str) -> set[str]:
    return set(analyse(text).labels())


@pytest.mark.parametrize(("label", "text"), RAISES)
def test_each_family_raises_its_label(label: str, text: str) -> None:
    assert label in _labels(text), text


@pytest.mark.parametrize(("label", "text"), SILENT)
def test_innocent_senses_stay_silent(label: str, text: str) -> None:
    assert label not in _labels(text), text


def test_rules_8_are_in_the_detector() -> None:
    assert RULES_VERSION == "rules-8"
    names = {rule.name for rule in RULES}
    assert {rule.name for rule in RULES_OTHER_8} <= names
    assert all(rule.name.endswith("_8") for rule in RULES_OTHER_8)
    assert {rule.label for rule in RULES_OTHER_8} == {
        "threat",
        "hate",
        "harassment",
        "self_harm",
        "drugs",
        "prostitution",
        "sexual_solicitation",
        "scam_spam",
    }


def test_self_harm_is_a_help_card_not_a_sanction() -> None:
    """rules-8 raises self_harm more often: by default it still only gets the help card and
    a "personne en danger" case, never a hold, a pause or a slow mode."""
    assert "self_harm" in _labels("j'ai acheté une corde hier soir")
    config = Detection()
    assert "self_harm" in config.help_card_labels.split(",")
    for sanction in (config.hold_labels, config.pause_dm_labels, config.repeat_labels):
        assert "self_harm" not in sanction.split(",")


GROUP_WORDS = ["roumains", "femmes", "migrants", "juifs", "arabes", "homos", "trans", "roms"]
INNOCENT_PREDICATES = ["des battants", "des gens", "nombreux ici", "mes voisins", "des humains"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(GROUP_WORDS), st.sampled_from(INNOCENT_PREDICATES))
def test_a_group_named_with_a_neutral_predicate_is_not_hate(group: str, pred: str) -> None:
    assert "hate" not in _labels(f"les {group} c'est {pred}")


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(GROUP_WORDS),
    st.sampled_from(["des parasites", "tous des voleurs", "des rats", "toutes des menteuses"]),
)
def test_a_group_named_with_a_contemptuous_predicate_is_hate(group: str, pred: str) -> None:
    assert "hate" in _labels(f"les {group} c'est {pred}")


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["deux", "trois", "2", "1", "4"]), st.sampled_from(["doliprane", "cachets"]))
def test_a_few_pills_for_a_pain_are_not_self_harm(n: str, what: str) -> None:
    assert "self_harm" not in _labels(f"j'ai pris {n} {what} pour ma migraine")
