"""French rules of the risk detector: word lists and patterns the project writes and owns.

Every pattern is written in normalised form (see normalize.py: lower case, no accents,
leetspeak undone, numbers as digits) and squeezed at compile time the way the text is
("colle" and "cole" match alike), so a pattern is spelled as French is spelled.

A rule yields either a *hit* (a label with a score: the message carries that risk on its
own) or a *signal* (a move that means something only with others: an age question, a
compliment, "t'as snap ?"), which the conversation accumulator weighs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from papote.domain.risk.lexicon import (
    AMOUNT,
    AUDIENCE,
    CONTROLLED,
    DEHUMANISING,
    DEVICE,
    DIE,
    DRUG_EMOJI,
    DRUG_TRADE,
    DRUGS,
    DRUGS_AMBIGUOUS,
    EXTERMINATE,
    GIFT_OFFER,
    GROUPS,
    HARM_VERBS,
    INSULTS,
    MEDIA,
    PUBLISH,
    PUPIL_LIFE,
    SECRECY,
    WANT,
)
from papote.domain.risk_labels import LABELS as LABELS  # kept apart: config reads them alone

RULES_VERSION = "rules-8"

# Signals the accumulator weighs (conversation.py).
SIGNALS = (
    "age_question",
    "school_question",
    "parents_question",
    "compliment",
    "photo_request",
    "meet",
    "gift",
    "secrecy",
    "isolation",
    "off_platform_move",
    "minor_context",
    "bare_age",
    "bare_grade",
    "adult_age",
    "maturity",
    "alone",
    # rules-5
    "child_frame",
    "romance",
    "majority_question",
    "negative_answer",
    "minor_school_question",
    "positive_answer",
    # fp6: what rules out the head's grooming (model.with_head): a photo of a pet or a thing,
    # "asv ?" with no move beside it
    "not_grooming",
    # rules-7: the same for the head's off_platform (an app one does not have, Papote's DMs)
    "not_off_platform",
    # rules-7: an adult who protects a child ("ce site est pour les adultes", conv-6)
    "protective",
)


def squeeze_pattern(pattern: str) -> str:
    """Collapse doubled letters in a regex the way normalise() collapses them in text,
    leaving escapes (``\\b``, ``\\s``) and character classes intact."""
    out: list[str] = []
    prev = ""
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            prev = ""
            i += 2
            continue
        if ch == prev and "a" <= ch <= "z":
            i += 1
            continue
        out.append(ch)
        prev = ch
        i += 1
    return "".join(out)


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(squeeze_pattern(pattern))


def rx_any(*parts: str | re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` of the alternation of ``parts`` (compiled patterns or sources), in order: a
    guard made of the shared fragments (``rx_any(CHILD_OF, ADULT_SPEAKING)``)."""
    return rx("|".join(p if isinstance(p, str) else p.pattern for p in parts))


# ------------------------------------------------------------------ shared fragments

# "je suis" as typed: je suis, jsuis, j'suis, chui, chuis, jss, suis.
# rules-5: "mi lé", "mi na" (La Réunion's créole)
SUIS = r"(?:je\s?suis|j'?\s?suis|j'?\s?sui|chuis|chui|jss|jsui|moi\s(?:je\s)?suis|mi\sle)"
JAI = r"(?:j'?\s?ai|jai|g|moi\s(?:j'?ai|jai)|mi\s?na)"
MINOR_AGE = r"(?:[89]|1[0-7])"
# Words between "j'ai" and an age that keep it the writer's age ("j'ai que 13 ans").
ONLY = r"(?:que|qu'|juste|seulement|a\speine|deja|bientot|presque|genre|tout\sjuste|eu|en\svrai)"
# Chat fillers that may open a message before an answer ("wsh 14", "bah en 4e").
FILLER = (
    r"(?:wsh|wesh|bon|genre|euh|bah|ben|alors|hey|salut|cc|coucou|yo|hello|re|moi|en\svrai"
    r"|nan\smais|ok|oui|non|mdr|lol|jsp|je\ssais\spas|ah|oh|bof|ouais|nan|mh|hmm|ptdr|tkt)\W{1,3}"
)
PARENTS = (
    r"(?:tes\sparents|ta\smere|ton\spere|ta\smaman|ton\spapa|ta\sfamile|ta\sdaronne|ton\sdaron"
    r"|tes\sdarons|tes\sdaronnes)"
)
# Someone else's age or school: a child, a relative, a pet, a teacher's pupils.
OTHER_PERSON: re.Pattern[str] = rx(
    r"\b(?:mon|ma|mes|son|sa|ses|ton|ta|tes|notre|votre|leur|leurs|nos|vos)\s(?:petite?\s)?"
    r"(?:fils|file|files|frere|soeur|neveu|niece|cousin|cousine|enfants?|gosses?|petits?-enfants?"
    r"|eleves|chien|chiene|chat|chate|voiture|bebe|ainee?|cadete?|gamine?s?|grand|grande)"
    r"|\bil\sy\sa\b|\bil\sa\b|\belle\sa\b|\bils\sont\b|\belles\sont\b|\bont\b"
    r"|\bje\ssuis\s(?:prof|profeseure?|enseignante?|surveillante?|cpe|parent|maman|papa|mere|pere)"
    r"|\bj'enseigne|\bquand\sj'etais|\ba\sl'epoque"
    r"|\b(?:elle|il)\s(?:entre|rentre|passe)\sen\s|\b(?:elle|il)\sva\s(?:avoir|sur\sses)"  # rules-5
)
# rules-5: someone else's child, said to or of another adult ("ta fille a quel âge ?").
YOUR_CHILD: re.Pattern[str] = rx(
    r"\b(?:ton|ta|tes|vos|votre|son|sa|ses|leur|leurs)\s(?:petite?s?\s)?(?:fils|fille|filles|enfants?"
    r"|gosses?|gamins?|gamines?|petits?-enfants?|petite-fille|neveu|niece|ainee?|cadete?|bebe"
    r"|eleves|ados?)\b"
)
# An adult speaking (rules-5): an adult age, a memory, someone else's pupils or classes
# in the plural.
ADULT_SPEAKING = (
    r"\b(?:j'ai|jai|on\sa|g)\s(?:(?:1[89]|[2-9]\d)\s?ans)\b|\bma\sjeunesse\b|\bon\s[a-z]{2,}(?<!r)ait\b"
    r"|\bquand\son\setait\b|\ba\scommence\b|\b(?:des|aux|nos|vos)\s(?:[3-6]\s?(?:e|eme)|sixiemes"
    r"|cinquiemes|quatriemes|troisiemes|secondes|premieres)\b|\bnos\s(?:enfants|petits)\b"
    r"|\bdes\spetits\b|\bmes\spetits\b|\bbulletin\sde\s(?:paie|salaire|vote)\b|\bfac\b|\buniv\w*"
    r"|\bmaster\b|\blicence\b|\bbts\b|\biut\b|\bprepa\b|\bdoctorat\b"
    r"|\bles\s(?:enfants|petits|miens|miennes|notres)\b|(?<!faire\s)\bsigner\s(?:le|son|leur)\s(?:carnet|bulletin)"
    # fp6: remembered ("quand j'avais 14 ans"), an adult age said in passing ("à 35 ans lol")
    r"|\bquand\sj'avais\b|\ba\sl'epoque\b|\ba\s[2-9]\d\sans\b"
)
# Prevention and warnings: they name the moves to teach people to spot them.
PREVENTION = rx(
    r"\b(?:si\sun\s(?:adulte|inconu|monsieur|homme)|predateurs?|apprenez|aprenez|vos\senfants"
    r"|parlez-en|parles?\sen|parle\sen|signalez|signale-le|mefiez-vous|mefiez\svous|atention\saux"
    r"|ne\sjamais|il\sne\sfaut\sjamais|conseils?\saux\sparents|prevention|campagne|condamne"
    r"|poursuivi|proces|tribunal|journal(?!\sde\sclase)|article|enquete|garde\sa\svue|la\spolice)\b"
)
YEARS = r"(?:ans?|a|yo|piges?|balais|printemps)"
GRADE = (
    r"(?:[3-6]\s?(?:e|eme|em|ieme)|cm[12]|ce[12]|cp|sixieme|cinquieme|quatrieme|troisieme"
    r"|seconde|2nde|2de|premiere|1ere|1re)"
)
GRADE_NOT_SCHOOL = (
    r"(?!\s?(?:anee|fois|ligne|position|place|partie|semaine|main|chance|guere"
    # fp6: a gear, a floor, a district, a season ("je suis en cinquième vitesse")
    r"|vitese|etage|arondisement|roue|division|saison|mi-temps|periode|manche|generation))"
)
APPS = (
    r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tiktok|tik\stok|discord|whatsap|watsap|whats\sap|wsp"
    r"|telegram|kik|signal|mesenger|facebook|fb|skype|wickr|threma|viber|wechat|twitch)"
)
GIFT = (
    r"(?:v-?bucks|robux|skins?|gemes|credits|cartes?\s(?:psn|cadeau|google\splay|steam|apple|itunes"
    r"|xbox|nintendo)|recharges?|forfait|abonement|pase\sde\scombat|battle\spass|nitro|diamants"
    r"|argent\sde\spoche)"
)
# Where one adds a person (rules-3): the chat apps and the networks and games with a friend list.
APPS_ADD = rf"(?:{APPS}|linkedin|twitter|bereal|steam|psn|roblox|fortnite|minecraft|xbox|reddit)"
# A pseudo that looks like one: an @, or a digit, "_" or "." inside ("lune_bleue4").
HANDLE = r"(?:@[a-z0-9_.]{3,}|[a-z][a-z0-9]*[._\d][a-z0-9_.]*)"
CONTACT = r"(?:num(?:ero)?|tel(?:ephone)?|06|07|portable|phone|mail|e-?mail|adrese\smail)"
# Quoting the news, a court case, or a prevention message: reported speech is not an act.
REPORTED = rx(
    r"\b(?:condamne|poursuivi|proces|tribunal|journal(?!\sde\sclase)|article|temoignage|selon\s(?:le|la|les)"
    r"|a\scrie|avoir\scrie|avoir\straite|enquete|plainte|garde\sa\svue|la\spolice"
    r"|le\sracisme|l'homophobie|l'antisemitisme|c'est\sinacceptable|on\sne\sdit\spas"
    r"|faut\spas\sdire|campagne|prevention|sensibilisation|signalez|numero\svert)\b"
)
# Prevention and quotation as they name the moves toward children (rules-3; the shared
# PREVENTION and REPORTED, plus the warnings and quotes of child protection).
CHILD_PREVENTION = rx_any(
    PREVENTION,
    REPORTED,
    r"\b(?:piege|bloque\set\ssignale|bloque-le|un\sinconu\squi"
    r"|une\spersone\squi|un\sadulte\squi|la\sphrase|rappelle|asociation|les\sescrocs|mefie-toi|mefiez"
    r"|parquet|dans\sle\sdosier|glacant|jamais\snormal|si\squelqu'un\s(?:veut\sque\stu|te\sdemande\s(?:de|ton|ta|tes|une|des))|parles?-en|parlez-en)\b|«",
)
# A prevention message pointing at the help lines ("si tu as des idées noires, appelle le 3114").
HELP_LINE = rx(
    r"\bsi\s(?:tu|vous|t'as|t'es|ta)\b.{0,50}(?:3114|3018)|(?:3114|3018).{0,50}\bsi\s(?:tu|vous)\b"
)
# Words that may follow a bare age or grade given as an answer ("14 et toi mdr", "4e quoi").
ANSWER_TAIL = (
    r"(?:et\stoi|et\stwa|et\svous|pourquoi|pk|stp|t'inquiete|bientot\s\d+|et\sdemi|f|h|fille|gars"
    r"|wesh|frr|mdr|lol|ptdr|xd|pas\s18|mais\schut|quoi|hein|jsp|je\ssais\spas|tkt|t'inquiete|sinon|pile"
    r"|tout\sjuste|aussi"
    r"|voila|ok|bref|ans?|a|yo|balais|piges)"
)
JOKE_GAME = rx(
    r"(?:mdr|ptdr|lol|xd|😂|🤣|a\smario|au\sjeu|a\sfortnite|aux\sechecs|a\sla\sbelote|au\sfoot"
    r"|a\sfifa|en\s1v1|a\sla\sprochaine\spartie|au\sbabyfoot|a\sla\scourse)"
)


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern: it yields ``label`` (a hit) or ``signal`` (a move), with ``score``."""

    name: str
    pattern: re.Pattern[str]
    score: float
    label: str = ""
    signal: str = ""
    unless_text: re.Pattern[str] | None = None  # anywhere in the message
    unless_before: re.Pattern[str] | None = None  # searched in the 24 characters before
    unless_after: re.Pattern[str] | None = None  # matched right after the hit


# Word lists a pattern names as {INSULTS}, {GROUPS}... (lexicon.py), expanded when compiled.
WORD_LISTS = {
    "AMOUNT": AMOUNT, "AUDIENCE": AUDIENCE, "DEHUMANISING": DEHUMANISING, "DIE": DIE,
    "DRUG_EMOJI": DRUG_EMOJI, "DRUG_TRADE": DRUG_TRADE, "DRUGS": DRUGS,
    "DRUGS_AMBIGUOUS": DRUGS_AMBIGUOUS, "EXTERMINATE": EXTERMINATE, "GROUPS": GROUPS,
    "HARM_VERBS": HARM_VERBS, "INSULTS": INSULTS, "MEDIA": MEDIA, "PUBLISH": PUBLISH,
    "WANT": WANT,
}  # fmt: skip


def words(pattern: str) -> str:
    """``pattern`` with each ``{NAME}`` of ``WORD_LISTS`` replaced by its alternation."""
    return re.sub(r"\{([A-Z_]+)\}", lambda m: WORD_LISTS[m.group(1)], pattern)


def hit(name: str, label: str, pattern: str, score: float, **guards: Any) -> Rule:
    """A rule that raises ``label`` on its own."""
    return _rule(f"{label}.{name}", pattern, score, label=label, **guards)


def hits(label: str, score: float, branches: dict[str, str], **guards: Any) -> tuple[Rule, ...]:
    """One rule raising ``label`` per named branch, all with the same guards: the prefilter
    skips each branch on its own, where one long alternation stays a candidate as soon as
    its least selective branch might match."""
    return tuple(hit(name, label, pattern, score, **guards) for name, pattern in branches.items())


def signal(name: str, kind: str, pattern: str, score: float, **guards: Any) -> Rule:
    """A rule that records a move of ``kind`` for the conversation accumulator."""
    return _rule(f"signal.{kind}.{name}", pattern, score, signal=kind, **guards)


def _rule(
    name: str,
    pattern: str,
    score: float,
    *,
    label: str = "",
    signal: str = "",
    unless_text: re.Pattern[str] | None = None,
    unless_before: str = "",
    unless_after: str = "",
) -> Rule:
    return Rule(
        name=name,
        pattern=rx(words(pattern)),
        score=score,
        label=label,
        signal=signal,
        unless_text=unless_text,
        unless_before=rx(unless_before) if unless_before else None,
        unless_after=rx(unless_after) if unless_after else None,
    )


AGE_NOT_WRITER = (
    r"\s?(?:de\s|d'|plus\stard|apres|que\s|qu'|quand|deja|auparavant|avant|d'experience"
    r"|d'anciennete|de\smariage|minimum|min\b|maximum|max\b|et\s\+|\+|revolus|requis|et\splus"
    # fp6: a couple's years and an adult's mind ("15 ans ensemble", "14 ans dans ma tête")
    r"|ensemble\b|et\stoujours\s(?:amoureu|ensemble|mariee?|fou|folle)|dans\s(?:ma|la|sa)\stete\b"
    r"|d'age\smental|mentalement)"
)

# "L'âge n'est qu'un chiffre" said of old people's vigour or of a couple of adults.
AGE_IS_FINE = rx(
    r"\b(?:[4-9]\d|1\d\d)\s?ans\b|grand-?\s?(?:pere|mere)|mamie|papi|retraite|marathon"
    r"|mes\senfants|couple|mon\smari|ma\sfeme|mon\scopain|ma\scopine"
)

# An adult's own household: alone at home because of a partner, children or a divorce (rules-6).
_ADULT_HOME = rx(
    r"\b(?:les|tes|mes|nos)\s(?:enfants|gosses|petits)\b|\bdivorce|\bton\smari\b|\bta\sfeme\b|\bta\scopine\b"
    r"|\bton\scopain\b|\bta\scoloc|\bbieres?\b|\ble\smatch\b|\bmoi\saussi\b"
)

# ----------------------------------------- fragments of the non-child labels (rules-3)
# Words typed around an insult or a threat that make it something else: quoting it to report
# it, the news, a prevention message, banter between friends, a game.
QUOTED = (
    r"arrete\sde\sdire|traitee?s?\sde|m'a\s(?:dit|ecrit|traitee?|insultee?|envoye|menacee?)|on\sm'a\sdit"
    r"|(?<!te\s)(?<!vous\s)signal\w*|il\sa\sdit|elle\sa\sdit|ils\sont\sdit|disait|on\sdit\spas|a\sl'arbitre"
    r"|dictionnaire|le\smot\b|mot\s(?:raciste|homophobe)|insultes?\s(?:racistes?|homophobes?)"
    r"|tague|si\son\ste\sdit|si\squelqu'un|harcelement|qu'on\slui\sa\sdit|injures?"
    r"|(?:^|\s)'\w|dans\sle\sfilm|dans\sla\sserie|la\schanson|brassens|la\spiece"
)
REPORTED_OTHER = rx_any(REPORTED, QUOTED)
# Friends' banter: laughter with affection or a game ("mdr t'es con, je t'adore").
BANTER_PATTERN = (
    r"^(?=.*(?:mdr|ptdr|lol|xd|😂|🤣|haha|jpp))(?=.*(?:t'adore|t'aime|je\srigole|frerot|mon\sgros"
    r"|ma\sbelle|perdu|fifa|game|partie|bisous|❤|😘|c'est\spour\sca)).{1,400}"
    r"|je\st'adore|je\st'aime|je\srigole|c'est\spour\sca\sque\sje\s"
    # rules-6: "jte kiffe", laughter right before or after a mild word ("ptdr t'es con")
    r"|je\ste\skife|(?:mdr|ptdr|mort\sde\srire|😂|🤣)\s?(?:t'es|tu\ses)\s(?:trop\s)?(?:con|cone|bete|debile"
    r"|fole|fou|nul|nule|teube)\b|(?:t'es|tu\ses)\s(?:trop\s)?(?:con|cone|bete|debile|fole|fou|nul|nule"
    r"|teube)\s?(?:mdr|ptdr|😂|🤣)\W*$"
    # fp6: a backhanded compliment ("t'es moche mais t'es drôle, ça compense 😂")
    r"|\bmais\s(?:t'es|tu\ses)\s(?:trop\s|super\s|vraiment\s)?(?:drole|marant|sympa|gentile?|mignone?"
    r"|adorable|cool|chou)\b"
)
HARASSMENT_NOT: re.Pattern[str] = rx_any(REPORTED_OTHER, BANTER_PATTERN)
GAME = (
    r"😂|🤣|\b(?:mdr|ptdr|lol|xd|fifa|mario|fortnite|valo|rocket\sleague|smash|uno|petanque"
    r"|babyfoot|baby-foot|kicker|hockey|echecs|five|match|game|partie|manche|tournoi|belote"
    r"|poker|jeu|1v1|resto|rdv|cinema|cine|discord\spour|rire|gateau|oreilles|planter\sla"
    r"|planter\sdes|spoil\w*|boss|playlist|record|calories|croute|au\sfoot|a\sla\scourse"
    r"|round|noob|ranked|respawn|lobby"
    # fp6: more games adults play ("je vais te défoncer au scrabble")
    r"|scrabble|monopoly|tarot|trivial|bowling|flechettes|ping-pong|badminton|tenis|squash|quiz"
    r"|mots\sfleches|sudoku|karaoke|jeux\sde\sso?ciete)\b"
)
THREAT_NOT = rx_any(
    GAME,
    REPORTED,
    QUOTED,
    r"\bte\s(?:trouverai|retrouverai)\s(?:sur|dans)\s(?:un|le|chaque|tous|les)\s"
    r"(?:salons?|serveurs?|sites?|chats?|forums?|jeux?|groupes?)",
    r"si\stu\s(?:rates|loupes|manques|vois\spas)"
    r"|de\spas\setre\svenue?|film|serie|concert|spectacle|soiree\setait|episode",
)
KNOW_WHERE_NOT: re.Pattern[str] = rx_any(
    THREAT_NOT,
    r"tu\sme\sl'as\sdit|tu\sm'as\sdit|tu\sme\sl'avais\sdit"
    # session 7: a guest's memory ("je sais où tu habites, tu m'as invité l'an dernier")
    r"|tu\sm'as\sinvitee?|j'y\ssuis\sdeja\salee?|je\ssuis\sdeja\svenue?"
    r"|te\s(?:prendre|chercher|deposer)|deposer|colis|les\scles|a\speu\spres|cote\sdu|a\scote"
    r"|party|il\sm'a|menace|je\sfais\squoi|anniversaire|invitation|faire-part",
)
# A threat to publish pictures reported by its victim, or a warning about it.
SEXTORTION_NOT: re.Pattern[str] = rx_any(
    REPORTED,
    r"me\sfait\sdu\schantage|si\squelqu'un|ne\spa(?:ie|ye)z?\spas|pharos"
    r"|plainte|sextorsion|delit|vacances|mariage|mamie|concours|souvenirs?|mes\s(?:vieilles\s)?"
    r"photos|adorer|des\svacances|du\smariage|ta\sfete|bapteme",
)
HATE_NOT: re.Pattern[str] = rx_any(
    REPORTED,
    QUOTED,
    r"mort\saux\scons|je\ssuis\s(?:arabe|noire?|juive?"
    r"|musulmane?|gay|lesbienne|trans|bi)|fiere?\sde|ont\sle\sdroit|leurs\sdroits|droits\s(?:civiques|des)"
    r"|victimes?|discrimination"
    # rules-8: naming a prejudice to refute it ("c'est un cliché de dire que ...")
    r"|\bcliches?\b|\bprejuges?\b|\bstereotypes?\b|\b(?:raciste|faux|homophobe)\sde\sdire\b",
)
SCAM_NOT: re.Pattern[str] = rx(
    r"\b(?:n'existe\spas|mefie\w*|attention|arnaqu\w*|escroc\w*|jamais|ne\sclique\w*\spas"
    # rules-8: "fraude" a warning, not the bank's fraud team a scammer speaks for ("service
    # fraude de votre banque", "service anti-fraude", "pour bloquer la fraude")
    r"|reportage|article|(?<!service\s)(?<!anti-)(?<!cellule\s)(?<!equipe\s)(?<!pole\s)"
    r"(?<!bloquer\sla\s)(?<!stopper\sla\s)fraude"
    r"|(?<!sans\s)risque|avis\ssur|selon|perdu|me\srembourser|rembourse\sles"
    r"|je\ste\srembourse\s(?:les|la)\s|cagnotte|visio|playlist|mon\sprofil|famille\b.{0,20}lien"
    r"|lien\sdu\sgroupe|tombola|grattage|au\sloto|poker|salaire|comme\s(?:aide|prof|infirm"
    r"|gratuit\sle|musee"
    r"|vendeu|serveu|caissi)|beau-frere|mon\scopain\sjoue|comprends\srien"
    # fp6: doubt said of a pitch ("gagner de l'argent en dormant ça existe pas")
    r"|existe\spas|pipeau|trop\sbeau\spour\setre\svrai|j'y\scrois\spas)"
)
PROSTITUTION_NOT: re.Pattern[str] = rx(
    # rules-6: a gift card as payment, a freelance's rates, a film's title
    r"\b(?:carte\scadeau|paiement\spar|freelance|traduct\w*|profesionel\w*|le\sfilm|un\sfilm"
    r"|gratuit\sle|musee|ford\sescort|escorte\s(?:de\s)?polic\w*|serie|netflix|documentaire|dans\sle\sjeu|prostitution|proxenete|victimes?|reportage|condamne|3919"
    r"|article|manifest\w*|livre\b|kine\b|kinesitherapeute|\bspa\b|esthetici\w*|diplome"
    r"|pieds|passe\sdecisive|en\sretrait|sugar\sfree|h&m|cours\sde|guitare|maths|piano"
    r"|baby-?sitting|parking|plombier|menage|location|camping|salle\sde\sbain|velo|anniv\w*"
    r"|noel|neveu|niece|commun|depart|naissance|mariage|sapin|surprise|fleuriste|bouquet"
    r"|jardin|rosier|saint-valentin|rouges|blanches|ma\sfemme|ma\scopine|ma\sblonde"
    r"|mon\schum|mon\samoureux|la\sfete|fete\sdes|soeur|maman|mere"
    # fp6: a room's price complained of or booked ("100 euros la nuit à l'hôtel c'est abusé")
    r"|c'est\s(?:abuse|du\svol|hors\sde\sprix)|trop\scher|airbnb|gite|booking|vacances|sejour"
    r"|halucin\w*)\b"
)
DRUGS_NOT: re.Pattern[str] = rx(
    r"\b(?:interdit|chanvre|industriel|info\sservice|sevrage|addiction|mauvais\spour|dangereu\w*|ravages|detruit"
    r"|saisi\w*|demantel\w*|arrete\w*\spour|trafic|selon|reportage|film|serie|breaking\sbad"
    r"|scarface|legal\w*|cbd|j'ai\sarrete|arreter\sde|comment\sparler|ma\sfille\sa\strouve"
    r"|medecin|prescrit|pharmacie|reduction\sdes\srisques|c'est\sde\sla\smerde|du\ssiecle"
    r"|ma\sdrogue|j'?fume\spas|je\sfume\spas|tant\smieux|etude|police|journal|sanitaire"
    r"|confiture|garba|kebab|raclette|pizzas?|chips|cigarette|clope|vape|cafe|the\svert|courses"
    # rules-8: the soda ("coca zéro ou coke normale ?", the issue's "coke zéro")
    r"|soda|coca\s0|coke\s0|coca-cola|coca\scola"
    r"|colis|repas|vins?|tintin|chocolat"
    # session 7: cooking ("j'ai acheté des champis frais pour la poêlée")
    r"|poele\w*|omelete|risoto|recette|en\ssauce"
    r"|joints?\sde\s(?:culase|dilatation|silicone|carelage|porte|robinet|fenetre|douche|etancheite)\b"
    # fp6: someone else's drugs reported to the police ("mon voisin fait pousser du cannabis,
    # j'ai appelé les flics")
    r"|flics|keufs|gendarm\w*|porte\splainte|denonce\w*|(?:j'ai\s)?apele\s(?:les|la)\s\w+)\b"
)
DRUG_PRICE = (
    r"\d+\s?(?:€|e|balles|\$|euros?)?\s(?:le|la|les)\s(?:g|gr|gramme|\d+\s?g?|pochon|boulette"
    r"|bout|plaquette)\b|\b\d+\s?g\b|\d+\s?(?:€|e|balles|\$)\s(?:le|la)\s(?:gramme|g)\b"
)
SELF_HARM_NOT: re.Pattern[str] = rx_any(
    HELP_LINE,
    r"\bsans\s(?:mon|ma|mes)\s(?:tel|telephone|portable|cafe|wifi|chargeur|lunettes|clim)\b"
    r"|\bde\sf[a-z]{1,2}m\b"  # rules-6: "de fim", "de faim" typed short
    # session 7: a diet or a race given up ("je vais tout arrêter : le sucre, l'alcool")
    r"|\b(?:sucre|regime|marathon|entrainement|muscu)\b"
    r"|\bgelee?\b|\bde\sfroid\b|-\d+\sa\smatin"
    r"|\b(?:batterie|forfait|faim|chaleur|soif|si\sje\srate"
    r"|ma\smere\sva|ta\smere\sva|dossier|memoire|tome|livre|clopes|cigarettes|serie|film"
    r"|chanson|sketch|exam|de\srire|de\sfatigue|de\shonte|de\sjoie|a\sl'eau|ton\scou"
    r"|une\samie|un\sami|mon\sfils|ma\sfille|une\sado|prevention|si\sun\sami|etude|selon)\b",
)
LAUGHTER = r"|😂|🤣|\b(?:mdr|ptdr|lol|xd)\b"

RULES: tuple[Rule, ...] = (
    # ----------------------------------------------------------- minor_disclosure
    hit(
        "age_stated",
        "minor_disclosure",
        rf"\b{JAI}\s?(?:{ONLY}\s?){{0,2}}({MINOR_AGE})\s?{YEARS}\b",
        0.92,
        unless_before=r"(?:quand|lorsque|a l'age ou|depuis que|comme quand)\s?$",
        unless_after=AGE_NOT_WRITER,
    ),
    hit(
        "age_bare_stated",
        "minor_disclosure",
        rf"\b{JAI}\s?(?:{ONLY}\s?){{0,2}}({MINOR_AGE})(?=\s?(?:$|[,.!?;)]|et\stoi|et\svous|bientot"
        r"|mais|donc|pas\s18|pourquoi|en\svrai|t'inquiete|mdr|lol|ptdr|jsp|wesh|frr|quoi|hein|pk|tkt"
        r"|et\sdemi|et\stwa|xd|[^\w\s']))",
        0.85,
        unless_before=r"(?:quand|lorsque|a l'age ou|depuis que|comme quand)\s?$",
    ),
    hit(
        "age_intro",
        "minor_disclosure",
        rf"(?:^\W{{0,3}}(?:{FILLER}){{0,2}}|\bmoi\b|\bc'est\s[a-z]+(?=\W{{1,3}}\d)|\bje\sm'apele\s[a-z]+|\bici\b)\W{{0,3}}"
        rf"(?:bientot\s|tout\sjuste\s|deja\s)?({MINOR_AGE})\s?{YEARS}\b(?!{AGE_NOT_WRITER})(?!\s?\?|\sou\s\d)",
        0.85,
        unless_text=OTHER_PERSON,
    ),
    hit(
        "birth_year",
        "minor_disclosure",
        # Born 2009-2019: under 18 until 2027 at least (RULES_VERSION is bumped each year).
        rf"\b(?:{SUIS}\s?)nee?s?\s(?:en\s|le\s\d+\s\w+\s)(2009|201\d)\b",
        0.85,
    ),
    hit(
        "too_young",
        "minor_disclosure",
        r"\btrop\s(?:jeune|petite?)\spour\s(?:ce\ssite|etre\s(?:ici|la)|ce\stchat|ici|ce\schat)"
        r"|\bj'ai\spas\s(?:encore\s)?l'age\s(?:d'etre\s(?:ici|la|sur)|requis|legal|pour\sce\ssite)"
        r"|\bj'ai\smenti\ssur\smon\sage\b",
        0.8,
        unless_text=OTHER_PERSON,
    ),
    hit(
        "age_suis",
        "minor_disclosure",
        rf"\b{SUIS}\s?(?:age\s(?:de\s)?|une?\s(?:petite?\s|jeune\s)?(?:fille|gars|garcon|meuf|mec|ado|adolescente?|jeune"
        rf"|colegiene?|lyceene?)\sde\s)?"
        rf"({MINOR_AGE})\s?{YEARS}\b",
        0.9,
        unless_after=AGE_NOT_WRITER,
    ),
    hit(
        "age_opening",
        "minor_disclosure",
        # rules-6: not an echo ("15 ans ? t'as quel âge ?"), not a comparison ("13 ans ou 30 ans")
        rf"^\W{{0,3}}(?:moi\s?)?({MINOR_AGE})\s?(?:ans?|a|yo)\b(?!{AGE_NOT_WRITER})(?!\s?\?|\sou\s\d)",
        0.85,
        unless_text=rx(
            r"\b(?:mon|ma|mes|son|sa|ses|ton|ta|tes|notre|votre|leur)\s"
            r"(?:fils|fille|frere|soeur|neveu|niece|cousin|cousine|enfant|gosse"
            r"|petit|petite|chien|chat)|il y a|\bil a\b|\belle a\b|" + OTHER_PERSON.pattern
        ),
    ),
    hit(
        "asv_answer",
        "minor_disclosure",
        rf"^\W{{0,3}}(?:{FILLER}){{0,2}}({MINOR_AGE})\s?(?:ans?)?\s?[/,\- ]\s?"
        r"(?:f|h|g|fille|gars|garcon|meuf|mec)\b",
        0.85,
    ),
    hit(
        "asv_sex_first",
        "minor_disclosure",
        rf"^\W{{0,3}}(?:{FILLER}){{0,2}}(?:f|h|fille|gars|garcon|meuf|mec)\W{{1,3}}({MINOR_AGE})\s?"
        r"(?:ans?)?(?:\W|$)",
        0.85,
    ),
    hit(
        "turning",
        "minor_disclosure",
        rf"\b(?:je\sviens\sd'avoir|je\svais\savoir|j'?aurai|jaurai|je\sfais|je\sfete"
        rf"|je\svais\ssur\s(?:mes\s)?|je\svais\sfeter\smes)\s(?:bientot\s)?"
        rf"({MINOR_AGE})\s?{YEARS}\b",
        0.88,
        unless_after=r"\s(?:de\s|d')",
    ),
    hit(
        "fete_age",
        "minor_disclosure",
        rf"\b(?:je\s)?fete\s(?:mes|bientot\smes)\s({MINOR_AGE})\s?ans\b",
        0.85,
    ),
    hit(
        "mineur",
        "minor_disclosure",
        rf"\b{SUIS}\s?(?:encore\s)?(?:une?\s)?(mineure?s?|minor)\b",
        0.93,
        unless_before=r"(?:pas|plus|n'|etais)\s?\S*\s?$",
    ),
    hit(
        "pas_majeur",
        "minor_disclosure",
        rf"\b(?:{SUIS}\s?pas\s(?:encore\s)?majeure?|{JAI}\s?(?:pas|moins\sde)\s(?:encore\s)?18\s?ans"
        r"|pas\sencore\s18\s?ans|j'?aurai\s18\s?ans\sdans\s[1-9]\s?ans)",
        0.9,
        unless_text=OTHER_PERSON,  # rules-7: "mon fils a pas encore 18 ans"
    ),
    hit(
        "school_grade",
        "minor_disclosure",
        rf"\b(?:{SUIS}|je\s(?:rentre|passe|vais|suis\sen|redouble|fais|fais\sma\srentree)|moi)\s?"
        rf"(?:qu'|que\s|encore\s|pas\sencore\s|juste\s|seulement\s)?(?:en\s|ma\s|la\s|une\s|au\s)?(?:classe\sde\s)?"
        rf"({GRADE}){GRADE_NOT_SCHOOL}\b",
        0.88,
        unless_text=rx(
            r"\b(?:prof|profeseur|profeseure|enseignant|enseignante|instit"
            r"|surveillant|cpe|je\ssuis\s(?:parent|maman|papa|mere|pere)|master|licence|fac"
            r"|etudes|anee\sde\s(?:licence|fac|master|bts|dut|but|medecine|droit|prepa|doctorat)"
            r"|anee\sd'(?:etudes|iut|ecole)|ma fille|mon fils"
            r"|(?:mon|son|sa|ton|ta|notre|leur)\s(?:fils|fille))\b"
            r"|\b(?:j'ai|jai|g)\s(?:1[89]|[2-9]\d)\s?ans\b(?!\s?(?:de|d'))"  # rules-6: an adult age
        ),
    ),
    hit(
        "school_place",
        "minor_disclosure",
        rf"\b(?:{SUIS}\s?(?:encore\s|qu'|que\s|toujours\s)?(?:au|en)\s|je\svais\sau\s|moi\sau\s"
        rf"|je\sors\sdu\s|j'ai\scours\sau\s|je\srentre\sau\s|je\svais\sau\s)(colege|primaire|6e|lycee)\b",
        0.85,
        unless_text=rx(
            r"\b(?:prof|profeseur|enseignant|surveillant|cpe|travail|bosse|parent"
            r"|reunion|chercher)"
        ),
    ),
    hit(
        "pupil",
        "minor_disclosure",
        rf"\b{SUIS}\s?(?:encore\s|qu'|que\s|juste\s)?(?:une?\s)?(colegiene?|lyceene?)\b",
        0.88,
        unless_before=r"(?:pas|plus|n'|etais)\s?\S*\s?$",
    ),
    hit(
        "grade_context",
        "minor_disclosure",
        rf"^(?=.*\b(?:en|de|ma|notre)\s(?:{GRADE})\b)(?=.*\b(?:controle|devoirs|recre|cantine|ma\sprof"
        r"|mon\sprof|les\scours|en\scours|interro|bulletin|conseil\sde\sclase|delegue|carnet|on\sa\seu"
        r"|on\sa\sun)\b).{1,300}",
        0.8,
        # rules-6: parents among themselves ("les parents de 6e, un contrôle parental ?")
        unless_text=rx_any(
            OTHER_PERSON,
            r"\bles\sparents\sde\b|\bcontrole\sparental"
            r"|\bdans\sles\san+e+s\s(?:[2-9]0|19\d0)\b",
        ),
    ),
    hit(
        "brevet",
        "minor_disclosure",
        rf"\b(?:{JAI}|je\spase|je\srevise|on\sa)\s?(?:le\s|mon\s)?(brevet)\b(?!\sde\s)",
        0.8,
        unless_text=rx(r"\b(?:pilote|secourisme|bafa|fils|fille|prof)"),
    ),
    # --------------------------------------------------------------- grooming
    hit(
        "secret",
        "grooming",
        r"\b(?:c'est\snotre\s(?:petit\s)?secret|ne?\s(?:le\s)?dis?\s(?:rien\s|pas\s|surtout\spas\s)?"
        r"(?:ca\s)?a\s(?:tes\sparents|ta\smere|ton\spere|ta\smaman|ton\spapa)"
        r"|(?:tes\sparents|ta\smere|ton\spere)\s(?:ne\s)?(?:doit|doivent)\spas\s(?:le\s)?savoir"
        r"|faut\spas\sque\s(?:tes\sparents|ta\smere|ton\spere)\s(?:le\s)?sache(?:nt)?"
        r"|reste\sentre\snous\set\spersone)",
        0.9,
        unless_text=rx_any(
            CHILD_PREVENTION, r"\bsurprise|\banniversaire|\bfete\sdes\s(?:meres|peres)"
        ),
    ),
    hit(
        "mature",
        "grooming",
        r"\b(?:tres|trop|super|vachement|si|hyper|tellement|plus)\s(?:mature|matures|grande|adulte)"
        r"\spour\s(?:ton|ta)\sage\b|\btu\s(?:fais|parais|as\sl'air)\s(?:plus\s)?(?:mature|agee|vieille"
        r"|grande)\s(?:que\s)?(?:pour\s)?ton\sage",
        0.9,
        # rules-6: said to an adult ("t'es mature pour ton âge mdr t'as 40 ans")
        unless_text=rx(r"\b(?:t'as|tu\sas|j'ai|a)\s(?:[2-9]\d)\s?ans\b|\ba\s[2-9]\d\sans\b"),
    ),
    hit(
        "age_gap",
        "grooming",
        r"\bl'?age\s(?:c'est|n'est|est)\s(?:qu'?un|juste\sun|rien\squ'un)\s(?:chifre|nombre)"
        r"|\bl'?age\s(?:on\ss'en\s(?:fiche|fout)|n'a\spas\sd'importance|compte\spas|ca\scompte\spas)"
        r"|les\sgens\s(?:ne\s)?(?:comprendraient|peuvent)\spas\s(?:comprendre\s)?(?:notre|nous)",
        0.9,
        unless_text=rx_any(AGE_IS_FINE, CHILD_PREVENTION),
    ),
    hit(
        "lie_age",
        "grooming",
        r"\b(?:dis|mets|ecris|reponds|raconte)\s(?:leur\s|que\s)*(?:que\s)?(?:t'?as|ta|tu\sas|t'es|tu\ses)"
        r"\s(?:18|19|20)\s?ans|\bmens\ssur\ston\sage|\bdis\sque\stu\ses\smajeure?",
        0.9,
    ),
    hit(
        "pickup_school",
        "grooming",
        r"\bje\s(?:peux\s|viens\s|vais\s)?(?:venir\s)?te\s(?:chercher|recuperer|voir|attendre)"
        r"\s(?:a\sla\ssortie|devant|apres)\s(?:du|de\s(?:ton|ta|l')|le|la|l'|ton|ta)?\s?(?:sortie\sdu\s)?"
        r"(?:colege|lycee|ecole|cours|clase|college)",
        0.9,
    ),
    hit(
        "gift_currency",
        "grooming",
        r"\bje\s(?:peux\s|vais\s)?t'?(?:offrir|envoyer|acheter|payer|donner|offre|envoie|achete|paye|donne)"
        r"\s(?:des\s|de\s|plein\sde\s|une?\s)?(?:v-?bucks|robux|skins?|gemes|credits|cartes?\s(?:psn|cadeau|google\splay)|recharges?"
        r"|forfait)"
        # rules-6: a game account credited ("je t'ai rechargé ton compte fortnite")
        r"|\bje\s(?:t'ai|te\s|vais\ste\s|peux\ste\s)\s?(?:recharg\w*|credit\w*|mis\sdes\s(?:robux|v-?bucks|gemes|credits)\ssur)"
        r"\s(?:ton|ta)\s(?:compte|carte|profil)\s(?:fortnite|roblox|minecraft|psn|xbox|steam|brawl\w*|free\s?fire|clash\w*|genshin|valorant|lol)",
        0.85,
    ),
    hit(
        "isolation",
        "grooming",
        r"\bte\scomprenent\spas.{0,30}moi\sje\ste\scomprends|\bpersone\ste\scomprend\scome\smoi"
        r"|\bt'as\sbesoin\sde\spersone\sd'autre\sque\smoi",
        0.85,
    ),
    hit(
        "tell_no_one",
        "grooming",
        r"\b(?:ne\s)?(?:dis|dit|dire|raconte|montre|parle|previens|explique|avoue)\s(?:surtout\s)?"
        r"(?:rien|pas|jamais)\s(?:(?:surtout|ca|le|la|les|en|de\snous|nos\s\w+|notre\s\w+)\s){0,2}"
        rf"(?:a|avec)\s(?:{PARENTS}|ta\ssoeur|ton\sfrere|ta\sprof|tes\sprofs|ta\sgrande\ssoeur)"
        r"|\b(?:pas|rien|jamais)\s(?:le\s|la\s|les\s|lui\s|leur\s|en\s|ca\s)?(?:dire|raconter|montrer|parler)\s"
        rf"(?:\w+\s){{0,2}}?(?:a|avec)\s(?:{PARENTS}|ta\ssoeur|ton\sfrere|ta\sprof|tes\sprofs)",
        0.9,
        unless_text=rx_any(PREVENTION, r"surprise|anniversaire|cadeau\spour|sa\sfete"),
    ),
    hit(
        "parents_must_not_know",
        "grooming",
        rf"(?:{PARENTS})\s(?:ne\s)?(?:doi\w*|faut|peu\w*)\s(?:pas|jamais|surtout\spas|rien)\s"
        r"(?:le\s|la\s|les\s|nous\s)?(?:savoir|voir|lire|decouvrir|aprendre|etre\sau\scourant)"
        rf"|(?:faut|faudrait)\s(?:pas|surtout\spas|jamais)\sque\s(?:{PARENTS})\s(?:ne\s)?"
        r"(?:le\s|la\s|les\s|nous\s|l')?(?:sache|sachent|voie|voient|lise|lisent|decouvre|decouvrent"
        r"|aprene|aprenent)"
        rf"|pour\sque\s(?:{PARENTS})\s(?:ne\s)?(?:le\s|la\s|les\s|nous\s|l')?(?:voient|voie|sachent"
        r"|sache|lisent|lise|trouvent|trouve)\s?(?:pas|jamais|rien)"
        rf"|(?:{PARENTS})\s(?:ne\s)?(?:verront|veront|sauront|liront|verra|vera|saura|lira"
        r"|vont\spas\s(?:voir|savoir)|va\spas\s(?:voir|savoir)|regarde\spas\sla-?\s?bas"
        r"|regardent\spas\sla-?\s?bas)\s?"
        r"(?:rien|pas|jamais)?"
        rf"|sans\sque\s(?:{PARENTS})\s(?:le\s|ne\s)?(?:sache|sachent|voie|voient)"
        rf"|(?:{PARENTS})\s(?:ne\s)?(?:comprendraient|comprendront|peuvent\spas\scomprendre"
        r"|pourraient\spas\scomprendre)\s(?:pas\s)?(?:ce\squ'on|notre|nous|ce\sque\snous|ca|qu'on)",
        0.9,
        unless_text=rx_any(PREVENTION, r"\bsurprise|\banniversaire|\bfete\sdes\s(?:meres|peres)"),
    ),
    hit(
        "delete_for_secrecy",
        "grooming",
        r"\b(?:efface|supprime|suprime|delete)\s(?:\w+\s){0,3}(?:mesages?|conv\w*|discusion|photos?"
        rf"|historique|tout)\b.{{0,40}}(?:{PARENTS}|pour\sque\spersone|persone\sne|entre\snous)",
        0.85,
        unless_text=rx_any(
            PREVENTION,
            r"\bma\sfeme\b|\bmon\smari\b|\bma\scopine\b|\bmon\scopain\b|\bmon\sconjoint",
            r"\bmon\schef\b|\bpoker\b",
        ),
    ),
    hit(
        "between_us",
        "grooming",
        rf"\bentre\snous\b.{{0,40}}(?:{PARENTS}|meme\spas\s(?:a|avec)\s(?:ta|tes|ton)|ta\smeilleure\samie"
        rf"|tes\scopines)|(?:{PARENTS}).{{0,40}}\bentre\snous\b"
        r"|\bnotre\s(?:petit\s)?secret\b"
        r"|\b(?:dis|dit)\s(?:le\s|rien\s|pas\s)?a\spersone\b.{0,30}\bentre\snous\b"
        r"|\bentre\snous\b.{0,30}\b(?:dis|dit)\s(?:le\s|rien\s|pas\s)?a\spersone\b"
        r"|\b(?:ton|ta)\s(?:grand\s|grande\s|petit\s|petite\s)?(?:frere|soeur|ami|amie|copain|copine"
        r"|amoureux|amoureuse|cheri|cherie)\ssecrete?\b",
        0.88,
        unless_text=PREVENTION,
    ),
    hit(
        "mature_for_age",
        "grooming",
        r"^(?=.*\b(?:mature|matures|mure|mures|grande|adulte|en\savance)\b)"
        r"(?=.*\b(?:ton\sage|ton\sjeune\sage|une\s(?:file|gamine|ado|fille)\sde\s\d+|les\s(?:files|gars"
        r"|mecs|jeunes|autres)\sde\ston\sage)\b).{1,300}"
        r"|\b(?:t'es|tu\ses)\spas\scome\s(?:les|tes)\s(?:files|autres|meufs|gamines|filles|copines)\sde\ston\sage"
        rf"|\bon\sdirait\spas\sque\s(?:t'as|tu\sas)\s(?:que\s|seulement\s)?{MINOR_AGE}\b"
        r"|\b(?:deja|presque)\s(?:une\s)?(?:vraie\s)?(?:femme|adulte)\b"
        r"|\b(?:une\s)?vraie\sfemme\sdeja\b"
        r"|\bquelqu'un\sde\splus\s(?:grand|age|vieux|mature|experimente)\b.{0,40}\bton\sage"
        r"|\bton\sage\b.{0,60}\bquelqu'un\sde\splus\s(?:grand|age|vieux|mature|experimente)\b",
        0.88,
        unless_text=rx_any(PREVENTION, r"\bmon\sfils|\bma\sfile|\bmes\senfants"),
    ),
    hit(
        "age_gap_nothing",
        "grooming",
        r"\b(?:l'|la\sdiference\sd'|l'ecart\sd'|notre\sdiference\sd'|notre\secart\sd')age\s(?:entre\snous\s)?"
        r"(?:c'est|c|est|n'est|on|ca|compte|ne|importe|n'a|n'importe)\s?(?:qu'un\s(?:chifre|nombre)"
        r"|juste\sun\s(?:chifre|nombre)|rien|pas\sgrave|pas\simportant|pas\sun\sprobleme"
        r"|s'en\s(?:fout|fiche|moque)|compte\spas|pas|ca\schange\srien)"
        r"|\bt'inquiete\s(?:pas\s)?(?:pour|de)\s(?:l'ecart|la\sdiference|l'age|notre\sage|ton\sage)"
        r"|\bje\ssuis\splus\s(?:vieux|age|agee|grand|grande|vieille)\s(?:que\stoi\s)?(?:mais|et\salors)"
        r"\s(?:ca\schange\srien|c'est\spas\sgrave|on\ss'en\sfout|l'age)",
        0.88,
        unless_text=rx_any(AGE_IS_FINE, CHILD_PREVENTION),
    ),
    hit(
        "lie_coaching",
        "grooming",
        r"\b(?:dis|dit|dire|mets|met|ecris|reponds|raconte|coche|tape|pretend|pretends|fais\scroire"
        r"|indique)[\s-](?:leur\s|lui\s|juste\s|a\stes\sparents\s|sur\ston\sprofil\s)?(?:que\s|qu')?"
        r"(?:t'as|tu\sas|t'es|tu\ses)?\s?(?:1[89]|2[0-5]|majeure?)\b(?!\s?ans\sde)"
        r"|\b(?:mens|mentir|ments|mentes|triche|tricher)\ssur\ston\sage"
        rf"|\b(?:dis|dit|dire|raconte)\s(?:a\s)?(?:{PARENTS})\sque\stu\s(?:dors|vas|es|restes|pases|fais"
        r"|rentres|manges)\s",
        0.88,
        unless_text=rx_any(PREVENTION, r"\bne\s(?:mens|mentez)\b|\bjamais\b"),
    ),
    hit(
        "gift_offer",
        "grooming",
        rf"^(?=.*\b{GIFT}\b)(?=.*\bje\s(?:\w+\s){{0,2}}(?:t'|te\s)(?:en\s|les\s|le\s|la\s)?"
        r"(?:ofr|envoi|achet|pay|pai|don|recharg|file|pase|prend)\w*).{1,300}",
        0.85,
        unless_text=rx_any(
            PREVENTION, r"\bmon\sfils|\bma\sfile|\bmon\sneveu|\bma\sniece|\bmes\senfants"
        ),
    ),
    hit(
        "wait_after_school",
        "grooming",
        r"\b(?:t'atendre|t'atends|te\s(?:chercher|prendre|recuperer|rejoindre|retrouver|croiser|voir))\b"
        r".{0,30}\b(?:apres|a\sla\ssortie|devant|en\ssortant|a\sla\sfin)\b.{0,25}"
        r"\b(?:cours|colege|lycee|ecole|clase|bahut|entrainement)\b"
        r"|^(?=.*\b(?:cours|colege|lycee|ecole|bahut)\b)(?=.*\b(?:t'atendre|t'atends|te\s(?:chercher"
        r"|prendre|recuperer|rejoindre)|je\s(?:viens|pase|peux\svenir)\ste\s(?:voir|chercher|prendre))\b).{1,300}"
        r"|\bquand\s(?:t'as|tu\sas|t'es|tu\ses)\s(?:pas\scours|pas\sde\scours|fini\s(?:les\scours|l'ecole))",
        0.85,
        unless_text=rx_any(PREVENTION, r"\bmon\sfils|\bma\sfile|\bmes\senfants|\bmon\sneveu"),
    ),
    hit(
        "parents_watch",
        "grooming",
        rf"(?:{PARENTS})\s(?:te\s)?(?:regardent|verifient|controlent|lisent|fouilent|surveilent|checkent"
        r"|regarde|verifie|controle|lit|fouile|surveile|check|checke)\s(?:\w+\s){0,2}(?:telephone|tel|portable|mesages"
        r"|conversations|conv|snap|insta|discord|ecran|historique|comptes?)"
        r"|^(?=.*\b(?:t'es|tu\ses)\s(?:toute\s)?seule?\s(?:chez\stoi|a\sla\smaison|dans\sta\schambre))"
        rf"(?=.*{PARENTS}).{{1,300}}",
        0.85,
        unless_text=PREVENTION,
    ),
    hit(
        "only_me",
        "grooming",
        r"\bpersone\s(?:ne\s)?te\scomprend\s(?:come|mieux\sque|autant\sque)\smoi"
        r"|\bque\smoi\squi\ste\scomprend|\bje\ssuis\s(?:le\sseul|la\sseule)\s(?:qui|a)\s(?:te\scomprend"
        r"|t'ecoute|tenir\sa\stoi)"
        r"|\b(?:tes|ta|ton)\s(?:copines?|amis?|amies|potes|parents|mere|pere|soeur|frere)\s(?:sont|est)"
        r"\s(?:juste\s)?jalou\w*\sde\snous"
        r"|\b(?:tes\sparents|tes\spotes|tes\scopines|tes\samis|les)\s(?:\w+\s){0,3}?(?:les\s)?ecoute\spas\b"
        r".{0,30}(?:moi|nous)|\becoute\s(?:pas\s)?(?:tes\sparents|tes\spotes|tes\scopines)\b.{0,30}(?:moi|nous)",
        0.85,
        unless_text=PREVENTION,
    ),
    hit(
        "photo_school",
        "grooming",
        r"^(?=.*\b(?:envoie|envoi|montre|tu\sm'envoies|fais\svoir|prends)\b)(?=.*\b(?:photo|photos|tof"
        r"|pic|selfie)\b)(?=.*\b(?:colege|lycee|ecole|uniforme|en\ssortant\sdu|dans\sta\schambre"
        r"|en\spyjama|apres\sla\sdouche|en\smaillot|en\sshort|dans\ston\slit)\b).{1,300}",
        0.8,
        unless_text=PREVENTION,
    ),
    hit(
        "discreet_app",
        "grooming",
        rf"^(?=.*\b{APPS}\b)(?=.*\b(?:plus\sdiscret|plus\sdiscrete|plus\ssur\spour\stoi|persone\s(?:ne\s)?"
        r"(?:verra|lira|saura)|on\sera\stranquiles?)\b).{1,300}",
        0.85,
        unless_text=PREVENTION,
    ),
    # ------------------------------------------------------------ off_platform
    hit(
        "add_me",
        "off_platform",
        rf"\b(?:ajoute|rajoute|add|ajout|follow|suis|dm|ecris|ecrit|parle|contacte|retrouve|rejoins|texte"
        rf"|apele|bipe|envoie|envoi)\s?[- ]?(?:moi|moa|mw)\s(?:un\smesage\s|un\smot\s)?"
        rf"(?:sur|en|on|par)?\s?{APPS_ADD}\b"
        rf"|\btu\sm'(?:ajoutes|ajoute|add|rajoutes|ecris|contactes|apeles|follow|suis)\s(?:sur|en)?\s?{APPS_ADD}\b",
        0.9,
    ),
    hit(
        "move_to",
        "off_platform",
        rf"\b(?:passe|passons|pase|on\spase|viens|vien|on\sva|on\scontinue|on\sparle|parle\s?moi|on\sse\scapte"
        rf"|on\sdiscute|on\ss'ecrit|rdv|on\sse\sretrouve|continuons|on\sbouge"
        rf"|ecris\s?moi|contacte\s?moi|go|on\sse\sparle|rejoins\s?moi|on\ss'apele|apele\s?moi)"
        rf"\s(?:plutot\s|\w+\s){{0,3}}?(?:sur|en|on|par)\s(?:mon\s|ma\s|notre\s)?{APPS}\b",
        0.9,
    ),
    hit(
        "dm_app",
        "off_platform",
        rf"\b(?:viens|vien|passe|go|on\spase|on\sva)\s(?:en\s)?(?:prive|pv|mp|dm)\s(?:sur|en)\s{APPS}\b"
        rf"|\b(?:ajoute|rajoute|add|ajout)\s(?:moi\s|moa\s)?@?[a-z0-9_.]{{3,}}\s(?:sur|on|en)\s{APPS}\b",
        0.9,
    ),
    hit(
        "ask_handle",
        "off_platform",
        rf"\b(?:t'?as|tu\sas|ta|t'aurais|tu\saurais|as\stu|t'as\spas|donne\s?(?:moi\s)?|envoie\s?(?:moi\s)?"
        rf"|file\s?(?:moi\s)?|c'est\squoi|c\squoi|cest\squoi|ton|passe\s?(?:moi\s)?|balance|lache|envoie\s?ton"
        rf"|tu\sme\sdones|tu\sme\sfiles|tu\sme\spases)\s?(?:un\s|ton\s|ta\s|tn\s)?"
        rf"(?:{APPS}|{CONTACT})\b(?!\s(?:de\s|du\s|d'|est|a\s|c'est|marche|bug))",
        0.85,
        unless_before=r"(?:check\w*|regarde\w*|fouil\w*|verifie\w*|pris|prend\w*|lit|lisent|sur|dans|de|a"
        r"|laise\w*|pour|credit|recharge)\s$",  # rules-6
        unless_after=r"\s(?:jusqu|le\ssoir|a\s\d|si\stu)",
        unless_text=rx(
            r"\b(?:panne|bug|supprime|desinstal|marche\spas|ne\smarche|mise\sa\sjour"
            r"|algorithme|dangereux|pour\sles\sjeunes)\b"
        ),
    ),
    hit(
        "give_handle",
        "off_platform",
        rf"\b(?:mon|ma|mn|voici\smon|voila\smon)\s{APPS}\W{{0,2}}\s?(?:(?::|=>?|->)\s?@?[a-z0-9_.]{{3,}}"
        rf"|(?:c'?est|est|ce|c)\s?{HANDLE})",
        0.92,
    ),
    hit(
        "invite",
        "off_platform",
        rf"\b(?:rejoins|rejoindre|viens\ssur|vien\ssur|ajoute\stoi\sa|entre\sdans)\s(?:mon|notre|le)\s"
        rf"(?:serveur|groupe|chaine|canal)\s{APPS}\b|(?:discord\.gg|discord\.com/invite|t\.me|chat\.whatsap\.com)/",
        0.88,
    ),
    hit("app_handle", "off_platform", rf"\b{APPS}\s?(?:[:=]>?|->)\s?@?[a-z0-9_.]{{3,}}", 0.9),
    hit(
        "at_handle",
        "off_platform",
        rf"(?:{APPS}|ajoute|add|rajoute)\s?(?:moi\s)?(?:c'?est\s)?(@[a-z0-9_.]{{3,}})",
        0.9,
    ),
    hit(
        "my_number",
        "off_platform",
        r"\b(?:mon|voici\smon|voila\smon)\s(?:num|numero|06|07|tel|portable)\b(?!\s(?:de\s|d'|client|fiscal"
        r"|est\s(?:mort|case|casse|en\spanne|a\s\d)|a\splus\sde|bug|rame|marche|vibre|jusqu))",
        0.85,
        unless_before=r"(?:sur|pris|prend\w*|pren\w*|check\w*|verifie\w*|laise\w*|pique\w*|confisque\w*|vole|case|perdu|oublie|dans|avec|de|a"
        r"|charge\w*|regarde\w*|joue\w*|rendu|rend"
        r"|confisk\w*|enleve\w*|retire\w*|bloque\w*|coupe\w*|cache\w*|fouille\w*)\s$",  # rules-6
    ),
    hit("email", "off_platform", r"\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b", 0.85),
    # ----------------------------------------------------- sexual_solicitation
    hit(
        "plan",
        "sexual_solicitation",
        r"\bplan\s(?:cul|q|c|sexe|d'un\ssoir|chaud|coquin|a\s(?:trois|3)(?!\s(?:voies|etapes|ans|axes|points"
        r"|niveaux|phases|temps))|sans\slendemain|discret"
        r"|(?:ce\ssoir\s)?chez\s(?:moi|toi))\b|\bdispo\spour\sun\splan\b|\bfwb\b"
        r"|\bon\sse\sfait\sun\splan\s?(?:\?|$|ce\ssoir|chez|discret|tous\sles\sdeux)|\bsex\s?friend|\bplan\sd'un\ssoir",
        0.88,
        # rules-6: a trip among friends, cocaine ("plan c ... la c")
        unless_text=rx(
            r"\b(?:entre\scopines|entre\scopains|entre\samis|vacances|voyage|jours\sa|la\sc|coke|beuh|weed"
            # session 7: a refusal ("plan cul ? non merci, je cherche du sérieux")
            r"|non\smerci|du\sserieux|pas\sde\splan)\b"
        ),
    ),
    hit(
        "photo_hot",
        "sexual_solicitation",
        r"\b(?:photos?|pics?|tofs?|videos?|selfies?|nudes?)\s(?:coquines?|hot|sexy|nues?|osees?|intimes?|chaudes?"
        r"|suggestives?|sans\s(?:rien|habits|vetements)"
        r"|en\s(?:sous-?\s?vetements|lingerie|maillot|culote|string|soutien-?\s?gorge))"
        r"|(?<!tes\s)(?<!ta\s)(?<!vos\s)\bnudes?\b"
        r"|\b(?:envoie|envoi|montre|fais\svoir|tu\sm'envoies|je\sveux)\s(?:moi\s)?(?:tes|des|une|un)?\s?nudes?\b",
        0.88,
        unless_text=rx_any(
            PREVENTION,
            r"non\sconsenti|delit|interdit|revenge|3018|si\squelqu'un|ne\spayez"
            # session 7: pictures threatened to be shown, not asked for ("ou je montre tes nudes")
            r"|\bou\sje\s(?:montre|envoie|balance|publie)|\bsinon\sje\b",
        ),
    ),
    hit(
        "cam",
        "sexual_solicitation",
        r"\b(?:cam\s?(?:to|2|a)\s?cam|c2c|webcam\scoquine|cam\scoquine|cam\shot|exhib)\b",
        0.85,
    ),
    hit(
        "want_sex",
        "sexual_solicitation",
        r"\b(?:tu\sveux|t'?as\senvie\sde|on\spourait|ca\ste\sdit\sde|partante?\spour)\s"
        r"(?:coucher|baiser|t'amuser|s'amuser|un\scalin\scoquin|passer\sla\snuit|finir\sla\snuit"
        r"|faire\sdes\schoses|un\smoment\scoquin|un\splan)"
        r"|\b(?:tu\sveux|ca\ste\sdit|ca\ste\sdirait|t'as\senvie)\squ'on\s(?:couche|s'amuse|pase\sla\snuit"
        r"|fase\sdes\schoses|se\sfase\sdu\sbien)"
        r"|\b(?:pasers?|finir|pases?)\sla\snuit\s(?:avec\smoi|ensemble|dans\smon\slit)"
        r"|\bj'ai\s(?:trop\s|tellement\s|grave\s)?envie\sde\stoi\b(?!\.{0,3}\s(?:de|d'))"
        r"|\bcoucher\sensemble\b|\bplus\ssi\safinites\b|\bmoments?\s(?:chauds?|coquins?|intimes?)\b"
        r"|\b(?:h|homme|mec|f|feme|meuf|couple)\scherche\s(?:h|homme|mec|f|feme|meuf|couple|jf|jh)\b"
        r"|\bcherche\s(?:une\s|un\s)?(?:f|feme|h|homme|mec|meuf|jf|jh)\s(?:pour|dispo)\s(?:plan|moment|nuit"
        r"|soiree|rencontre|aventure|plaisir|calin|coquin|du\sfun)",
        0.85,
        unless_after=r"\s(?:a\sla\splage|au\sbowling|au\scine|en\sfamille)",
        unless_text=rx(
            r"\bmdr\b.*\benvie|\benvie\b.*\bmdr\b|\bde\spizza|\bde\sfrites|\bde\schocolat"
            # session 7: a partner called home, a game or an outing named anywhere
            r"|\b(?:mon\samour|mon\scoeur|mon\scheri|ma\scherie|rentre\svite|bowling|cine|resto"
            r"|five|foot|match|jeux\sde\sso?ciete|belote|apero)\b"
        ),
    ),
    hit(
        "hot_tonight",
        "sexual_solicitation",
        r"\b(?:t'?es|tu\ses|je\ssuis|chui|jsuis)\s(?:trop\s|tres\s|grave\s|toute\s)?(?:chaude|en\schaleur"
        r"|excitee)\b(?!\spour\s)(?!\sde\s)"
        # rules-6: "je suis chaud" / "excité" alone is "I'm up for it": only with a sexual cue
        r"|\b(?:t'?es|tu\ses|je\ssuis|chui|jsuis)\s(?:trop\s|tres\s|grave\s|tout\s)?(?:chaud|excite)\b"
        r"(?=\s?(?:de\stoi|rien\sque|comme\sjamais|😏|😈|🔥|💦|🍆|👅"
        r"|(?:ce\ssoir|cete\snuit|la)\W{0,3}(?:quelqu'un|qui\sveut|qlq|qqn|kelqun|une\s(?:meuf|feme|nana))\b"
        r"(?!.{0,40}\b(?:five|foot|match|partie|game|jouer|sortir|boire|bieres?|apero|cine|resto|bowling|courir))))",
        0.8,
        unless_text=rx(r"\b(?:fievre|canicule|degres|soleil|clim|chaleur\sici|il\sfait)\b"),
    ),
    hit(
        "coquin",
        "sexual_solicitation",
        r"\b(?:rencontres?|discussions?|moment|plans?|soiree|jeux|echanges?)\scoquin(?:e|es|s)?\b"
        r"|\bje\scherche\s(?:une\saventure|du\sfun|une\scopine\sde\sjeux|un\splan\s(?:ce\ssoir|sans\slendemain"
        r"|d'un\ssoir|discret|chaud|rapide))",
        0.82,
    ),
    # ----------------------------------------------------------- harassment
    hit(
        "insult_you",
        "harassment",
        r"\b(?:t'es|tu\ses|t\ses|espece\sde|sale|gros|grose|pauvre|ta\sgueule\s)\s?"
        r"(?:vraiment\s|trop\s|tellement\s|qu'une?\s|juste\s|grave\s|tjrs\s|toujours\s)?(?:une?\s)?"
        r"(?:gros\s|grose\s|sale\s|vrai\s|vraie\s)?"
        r"(?:con|cone|conard|conase|pute|salope|batard|debile|abruti|abrutie|idiot|idiote|cretin"
        r"|cretine|bolos|bouffon|bouffone|merde|trisomique|mongol|tocard|tocarde|pouilleux|pouffiasse"
        r"|cas\ssocial|clochard|grosse\svache|boloss|naze|raclure|ordure|dechet|sous-merde|thon|chiene"
        r"|porc|vache|tache|gogol|attarde|attardee|enfoire|enfoiree|encule|enculee|pd|merdeux|merdeuse"
        r"|cassos|bouffon|grognase|pouf|garce|trainee|minable|loser|looser|pauvre\scon|sac\sa\smerde)\b",
        0.88,
        unless_text=HARASSMENT_NOT,
        unless_before=r"(?:\bje\ssuis|\bj'suis|\bchui|\bc'est|\bquel|\bce\s\w+\sest)\s?$",
    ),
    hit(
        "insult_alone",
        "harassment",
        r"^\W{0,3}(?:(?:wsh|wesh|bon|euh|bah|hey|toi|eh|oh)\W{1,3})?(?:espece\sde\s|sale\s|gros\s|grose\s|pauvre\s"
        r"|bande\sde\s)?(?:con|cone|conard|conase|pute|salope|batard|debile|abruti|abrutie|cretin|bolos|boloss"
        r"|bouffon|merde|tocard|tocarde|pouffiasse|raclure|ordure|dechet|sous-merde|chiene|porc|vache|tache"
        r"|gogol|enfoire|enfoiree|encule|enculee|ntm|fdp|tg|vtf|nique\sta\smere|fils\sde\spute|grognase"
        r"|cassos|minable|trainee)(?:\s(?:va|vas|va\sla|de\smerde|que\st'es|!))?\W{0,6}$",
        0.85,
    ),
    hit(
        "contempt",
        "harassment",
        r"\b(?:tout\sle\smonde|on|persone|les\sgens)\s(?:se\s)?(?:fout|foutent|moque|moquent)\sde\s(?:ta\sgueule|toi)\b"
        r"|\bt'as\sune\s(?:gueule|tete|face)\sde\s(?:cul|con|merde|rat|chien|porc|tepu)"
        r"|\b(?:t'es|tu\ses)\s(?:trop\s|tellement\s|vraiment\s)?(?:moche|laide|laid|degueulase|grose|gros)\s"
        r"(?:a\sen\svomir|a\sfaire\speur|a\screver|come\sun|sa\smere)"
        r"|\btu\sers\sa\srien\b|\bt'es\sla\shonte\b|\b(?:degage|casse-?\s?toi|barre-?\s?toi|bouge)\s"
        r"(?:du\ssalon|d'ici|de\sla|de\sce\ssalon|de\sma\svue)"
        r"|\bretourne\sjouer\saux\sbiles\b|\bva\ste\scacher\b|\bpersone\sveut\sde\stoi\b",
        0.85,
        unless_text=HARASSMENT_NOT,
    ),
    hit(
        "shut_up",
        "harassment",
        r"\b(?:ferme\sta\s(?:gueule|bouche)|ftg|ta\sgueule(?!\sde\sbois)|nique\sta\s(?:mere|race|famile)|ntm"
        r"|va\ste\sfaire\s(?:foutre|enculer|voir)|vtf|vtff|fils\sde\spute|fdp|degage\s(?:de\sla|d'ici)"
        r"|casse\stoi|personne\sne\st'aime|personne\st'aime|t'es\smoche|t'es\sgrose|t'es\sune\smerde"
        r"|tu\sdevrais\s(?:mourir|crever|disparaitre|te\stuer|te\spendre)|va\ste\s(?:pendre|tuer|suicider)"
        r"|kys|suicide\s?toi|creve\s(?:sale|espece))\b(?!\spas\b)",
        0.9,
        unless_text=HARASSMENT_NOT,
        unless_before=r"(?:dire|pense|penser|crois|croire|dis)\s(?:que\s)?$",
    ),
    # --------------------------------------------------------------- threat
    hit(
        "kill",
        "threat",
        r"\b(?:je|on)\s(?:vais|va|vai|m'en\svais|peux|vas)\s(?:te|vous)\s(?:tuer|buter|defoncer|frapper"
        r"|casser\s(?:la\sgueule|les\sjambes|les\sdents|la\stete|les\sbras)|planter|egorger|niquer|cramer|briser"
        r"|faire\sla\speau|crever|saigner|ecraser|fumer|allumer|eclater|detruire|faire\sdu\smal|faire\spayer"
        r"|tabaser|choper|attraper|pourir\sla\svie|bruler|deglinguer|marave|tomber\sdesus"
        r"|regler\ston\scompte)\b"
        r"|\bje\ste\s(?:trouverai|retrouverai|tuerai|defoncerai|buterai|ferai\sla\speau|choperai|aurai)\b"
        r"|\b(?:je|on)\s(?:vais|va)\s(?:bruler|cramer|casser|defoncer)\s(?:ta|ton|tes)\s(?:voiture|maison"
        r"|apart|apartement|gueule|porte|caisse|scooter)"
        r"|\bon\sva\ss'ocuper\sde\s(?:toi|ta\sfamile|ta\smere|ta\ssoeur|tes\sparents)",
        0.9,
        unless_text=THREAT_NOT,
    ),
    hit(
        "know_where",
        "threat",
        r"\bje\s(?:sais|connais|connait|vais\strouver)\s(?:ou\s(?:tu\s|t')(?:habites|vis|es|dors|travailles|bosses"
        r"|vas\sa\sl'ecole|gares|te\scaches)|ou\shabite\sta\s(?:mere|famile)"
        r"|ton\sadrese|ton\secole|ton\scolege|ton\slycee|ta\smaison|ton\sadresse|ton\sboulot|ton\stravail)",
        0.92,
        unless_text=KNOW_WHERE_NOT,
    ),
    hit(
        "sextortion",
        "threat",
        r"\b(?:je\s(?:vais\s)?|sinon\sje\s|ou\sje\s)(?:publier|publie|diffuser|diffuse|envoyer|envoie|balancer|balance"
        r"|montrer|montre|poster|poste|partager|partage|mettre|met)\s(?:tes|ta|les|vos|ces|cete|tes\sfameuses)\s?"
        r"(?:photos?|videos?|nudes?|images?|captures?|screens?)",
        0.92,
        unless_text=SEXTORTION_NOT,
        unless_after=r"\s(?:du|de\sla|des|de)\s(?:mariage|vacances|soiree|fete|anniv|bapteme|voyage|clase|match)",
    ),
    hit(
        "send_to_family",
        "threat",
        r"\b(?:je\s|sinon\s|ou\sje\s|j')(?:les\s)?(?:envoie|envoi|balance|montre|transfere)\s(?:tout\s|tes\s\w+\s)?"
        r"a\s(?:tes\sparents|ta\sfamile|ta\smere|ton\spere|tes\spotes|ton\secole|ton\scolege|tout\sle\smonde"
        r"|tes\samis|tous\stes\scontacts|tes\scontacts|tes\sabones|ton\slycee|toute\sta\sclase)"
        r"|\bou\s(?:tout\sle\smonde|tes\sparents|tes\samis|toute\sta\sclase|tes\scontacts)\s(?:verra|vera|saura"
        r"|recevra|aura|va\svoir)"
        r"|\bje\svais\s(?:mettre|poster|publier|diffuser|afficher)\s(?:ta|tes)\s(?:photos?|videos?|nudes?)\s"
        r"(?:partout|sur\s(?:le\snet|internet|insta|snap|les\sreseaux))",
        0.92,
    ),
    hit(
        "pay_or",
        "threat",
        r"\bsi\stu\s(?:ne\s)?(?:paies|payes|paye|envoies|envoie|vires)\spas\b|\bsinon\sje\s(?:publie|balance|diffuse"
        r"|poste|envoie|montre)|\bpaye\sou\sje",
        0.9,
    ),
    hit(
        "regret",
        "threat",
        r"\b(?:tu\svas\s(?:le\s)?regretter|fais\sgafe\sa\s(?:toi|ta\sfamile)|tu\svas\svoir\sce\squi\sva\st'arriver"
        r"|t'es\smort|tu\ses\smort|t'es\sun\shome\smort|tes\sjours\ssont\scomptes"
        r"|je\ste\sretrouverai|tu\sperds\srien\spour\sattendre|fais\sgafe\s(?:quand\stu\ssors|ce\ssoir"
        r"|a\sta\sgueule|a\ston\scul)|t'es\smort\ssi)\b(?!\sde\s(?:rire|fatigue|pas|ne\spas|rater))",
        0.85,
        unless_after=r"\s?\?",
        unless_text=rx_any(
            JOKE_GAME,
            r"\b(?:route|neige|verglas|pluie|conduis|trajet|froid|malade"
            r"|si\stu\s(?:rates|loupes|manques|vois\spas)|film|serie|concert|spectacle|resto)\b"
            # rules-6: a game's death, laughter with a typo ("t'es mort de rure")
            r"|\bdans\sle\sjeu\b|\bmanche\b|\bpartie\b|\bt'es\smort\sde?\s?r\w{0,3}e?\b",
        ),
    ),
    # ------------------------------------------------------------------ hate
    hit(
        "slur",
        "hate",
        r"\b(?:(?:bougnoule|bougnoul|youpin|youpine|negro|negre|negresse|bamboula|chinetoque|bicot|raton)s?"
        r"|sale\s(?:arabe|noir|noire|juif|juive|pede|gouine|tapete|musulman|musulmane|gitan|rom|chinois"
        r"|renoi|rebeu|feuj|blanc|portos|homo|trans|migrant|etranger)s?)\b",
        0.9,
        unless_text=HATE_NOT,
    ),
    hit(
        "group_attack",
        "hate",
        r"\b(?:les|tous\sles|ces)\s(?:arabes|noirs|juifs|musulmans|homos|pedes|gays|lesbiennes|trans"
        r"|roms|gitans|migrants|imigres|etrangers|chinois|africains|asiatiques|blancs|femmes|renois"
        r"|rebeus|feujs|gays|homosexuels|lesbiennes|noires|juives|musulmanes|asiats|brides)"
        # rules-8: no longer a bare "sont des", "c'est des", "doivent", "devraient" or "on
        # devrait" ("les femmes c'est des battantes", "les femmes devraient être mieux payées"):
        # rules_other8's group_is_8 / should_not_8 read the predicate that follows.
        r"\s(?:sont\stous|c'est\stous|faut\sles|dehors"
        r"|ca\spue|n'ont\srien\sa\sfaire|sont\sinferieure?s|sont\sune\smaladie|sont\sdes\sanimaux"
        r"|me\sdegoutent|je\sles\sdeteste|controlent|volent|puent|c'est\sune\smaladie"
        r"|c'est\sdes\s(?:virus|animaux|parasites|rats|singes|cafards)|sont\sdes\s(?:parasites|rats|singes|cafards"
        r"|voleurs|terroristes|violeurs))",
        0.88,
        unless_text=HATE_NOT,
    ),
    hit(
        "death_to",
        "hate",
        r"\bmort\saux\s\w+|\b(?:retourne|rentre|retournez|rentrez)\s(?:dans|chez)\s(?:ton|ta|vos|votre|tes)"
        r"\s(?:pays|bled|brousse)|\b(?:arabes|juifs|noirs|musulmans|migrants|pedes|etrangers|imigres|roms)\sdehors\b"
        r"|\bdehors\sles\s(?:arabes|juifs|noirs|musulmans|migrants|pedes|etrangers|imigres|roms|chinois)\b"
        r"|\bsale\s(?:arabe|noir|noire|juif|juive|rebeu|renoi|bougnoule|negre)\b.{0,30}\b(?:rentre|retourne)\schez\stoi",
        0.9,
        unless_text=HATE_NOT,
    ),
    # ------------------------------------------------------------- scam_spam
    hit(
        "easy_money",
        "scam_spam",
        r"\b(?:argent\sfacile|gagne[rz]?\s(?:jusqu'a\s)?\d+\s?(?:e|€|euros?)\s(?:par|en)\s(?:jour|semaine|heure)"
        r"|double[rz]?\s(?:ton|votre)\s(?:argent|investisement|capital)|investi[rs]?\s(?:dans\s)?(?:la\s)?"
        r"(?:crypto|bitcoin|forex)|revenus?\spasifs?|rendement\sgaranti|devenir\sriche|deviens\sriche"
        r"|devenez\sriche|je\sdouble\s(?:ton|votre)\s(?:argent|mise|investisement)|se\sfaire\sde\sl'argent\sfacile"
        r"|gagner\sde\sl'argent\s(?:facilement|depuis\schez\stoi|sans\srien\sfaire))\b",
        0.88,
        unless_text=SCAM_NOT,
    ),
    hit(
        "you_won",
        "scam_spam",
        r"\b(?:felicitations?\s(?:vous\savez|tu\sas)\sgagne|vous\savez\sete\sselectionne|tu\sas\sete\sselectionne"
        r"|(?:iphone|cadeau|carte\scadeau|bon\sd'achat)\s(?:gratuit|offert)e?\s(?:ici|en\scliquant|sur)"
        r"|reclame\s(?:ton|votre)\s(?:cadeau|gain|lot))",
        0.9,
    ),
    hit(
        "coupon",
        "scam_spam",
        r"\b(?:paysafecard|pcs|transcash|neosurf|coupon\s(?:pcs|transcash)|carte\sbancaire|iban|code\sde\s(?:la\s)?carte"
        r"|code\ssecret|coordonees\sbancaires)\b",
        0.75,
        unless_text=rx(
            r"\b(?:arnaque|arnaquer|ne\s(?:jamais|donne|donnez)|jamais\s(?:ton|votre)|atention|mefiez|banquier"
            r"|salaire|employeur|remboursement|proprio|loyer|impots|caf|pas\sde\scarte)\b|"
            + SCAM_NOT.pattern
        ),
    ),
    hit(
        "promo_link",
        "scam_spam",
        r"\b(?:clique|cliquez|clic|inscris-?toi|inscrivez-?vous|rejoins|abone-?toi|va\svoir)\s(?:ici|sur|vite|sur\sce\slien|ce\slien)"
        r".{0,40}(?:https?://|www\.|\.[a-z]{2,}/)|(?:https?://|www\.)\S+.{0,40}(?:gratuit|promo|gagne|argent|offre|bonus"
        r"|followers|code)|\b(?:followers|abones|likes)\s(?:gratuits|pas\scher|a\s\d)",
        0.85,
    ),
    hit(
        "phishing",
        "scam_spam",
        r"\b(?:ton|votre)\scompte\s(?:va\setre|sera|est|a\sete)\s(?:suspendu|bloque|ferme|desactive|pirate)"
        r".{0,80}(?:confirme|verifie|clique|identifiants|mot\sde\spase|lien|https?://|\.[a-z]{2,}/)"
        r"|\b(?:confirme|confirmez|verifie|verifiez)\s(?:tes|vos)\s(?:identifiants|coordonees|informations)\b",
        0.85,
        unless_text=PREVENTION,
    ),
    hit(
        "promo_words",
        "scam_spam",
        r"\b(?:code\spromo\s(?:exclusif|casino|vip|bonus)|offre\sexclusive|offre\slimitee|bonus\sde\sbienvenue|sans\sdepot|casino\sen\sligne"
        r"|paris\ssportifs?\sgarantis?|pronos?\s(?:surs|garantis|vip)|groupe\svip)\b",
        0.8,
    ),
    # ----------------------------------------------------------- prostitution
    hit(
        "roses",
        "prostitution",
        r"\b\d{2,4}\s?(?:roses?|r(?=\s(?:la|l')))\b(?!\s(?:rouges|blanches|du\sjardin|pour\sla\sfete))"
        r"|\b(?:cent|deux\scents|trois\scents)\sroses\b|\broses\s(?:la|l')\s?(?:heure|demi|nuit)",
        0.9,
        unless_text=PROSTITUTION_NOT,
    ),
    hit(
        "cadeau_code",
        "prostitution",
        r"\b(?:rdv|rencontres?|rendez-vous|dispo|disponible|moment|plan)\s(?:\w+\s){0,3}(?:avec|avc|contre)\s(?:un\s|petit\s)*cadeau"
        r"|\bcadeau\s(?:obligatoire|exige|demande|a\sprevoir)|\b(?:avec|contre)\scadeau\b",
        0.88,
        unless_text=PROSTITUTION_NOT,
    ),
    hit(
        "tarif",
        "prostitution",
        r"\b(?:escort|escorte|sugar\s?(?:daddy|baby|dady)|massage\s(?:avec\s)?finition|finition\s(?:main|complete)"
        r"|rencontres?\s(?:tarifees?|remunerees?|payantes?)|services?\s(?:tarifes?|remuneres?)"
        r"|je\sme\sfais\spayer|tarifs?\sen\s(?:mp|pv|prive)|combien\spour\sla\snuit"
        r"|(?:recoit|recois|je\srecois|recevoir)\s(?:en\s)?(?:toute\s)?(?:discretion|discretement|a\sl'hotel|en\shotel)"
        r"|(?:rencontres?|plans?|moments?)\s(?:tarife|tarifee|tarifes|tarifees|remunere|remuneree)"
        r"|\d+\s?(?:e|€|euros?)\s(?:la|l')\s?(?:heure|demi-?heure|nuit|pase)"
        r"|je\s(?:recois|me\sdeplace)\s(?:a\sl'hotel|en\shotel|chez\stoi|discretement))\b",
        0.88,
        unless_text=rx(r"\b(?:ford|voiture|sportif)\b|" + PROSTITUTION_NOT.pattern),
    ),
    # ------------------------------------------------------------------ drugs
    hit(
        "sell",
        "drugs",
        r"\b(?:vends?|je\svend|dispo|disponible|livre|livraison|plan|dealer|je\sfournis|je\scherche|qui\svend"
        r"|ou\sacheter|besoin\sde|t'?as|ta|tu\sas|cherche|vente\sde|achete)\s(?:du\s|de\sla\s|de\sl'|des\s|d'|un\s|une\s)?"
        r"(?:\w+\s)?(?:shit|beuh|weed|cannabis|coke|cocaine|mdma|md|ecsta|ketamine|keta|ghb|lsd|extas|resine"
        r"|hash|haschich|crack|heroine|hero|buvards?|3mmc|4mmc|cristal|champi|champis\shalucinogenes|pilules?\sd'ecsta"
        r"|beu|bedo|joints?|pochons?|baton|barette|barettes|taz)\b",
        0.88,
        unless_text=rx(
            r"\b(?:prevention|drogues\sinfo|info\sservice|addiction|sevrage|dangereux|dangers"
            r"|arrete|arreter|culase|plomberie|salle\sde\sbain|coca-?cola|cola)\b"
        ),
    ),
    hit(
        "have_some",
        "drugs",
        r"\b(?:j'ai|on\sa|g)\s(?:de\sla\s|du\s|des\s|de\sl')?(?:shit|beuh|beu|weed|cannabis|coke|cocaine|mdma"
        r"|md|ecsta|ketamine|keta|ghb|lsd|extas|resine|hash|crack|heroine|buvards?|3mmc|4mmc|champis|taz|pochons?"
        r"|bedo|joints?)\s(?:dispo|a\svendre|pour\s(?:toi|ce\ssoir|samedi|la\ssoiree|vendredi)|si\stu\sveux"
        r"|livraison|en\sstock|de\sbone\squalite|frais|pas\scher)"
        r"|\bplan\s(?:md|mdma|coke|beuh|weed|shit|keta|ecsta|taz|champis|3mmc)\b"
        r"|\bqui\s(?:vend|a|aurait|peut\sme\strouver)\s(?:de\sla\s|du\s|des\s|de\sl')?(?:shit|beuh|beu|weed"
        r"|coke|cocaine|mdma|md|ecsta|keta|lsd|taz|champis|3mmc|crack|hash)\b",
        0.88,
        unless_text=rx(
            r"\b(?:prevention|drogues\sinfo|info\sservice|addiction|sevrage|dangereux|dangers|arrete"
            r"|arreter|comment\slui\sen\sparler|mon\sfils|ma\sfile)\b"
        ),
    ),
    hit(
        "menu",
        "drugs",
        r"[🍃❄🍁🥦💊🍄].{0,20}(?:dispo|livraison|menu|prix|tarifs?|snap|tel)"
        r"|\b(?:menu|carte)\s(?:dispo|du\sjour)\s?.{0,10}[🍃❄🍁🥦💊]"
        r"|\b(?:livraison|livreur)\s(?:discrete|rapide|24h|7j/7|24/7)\b"
        r"|\b(?:10|20|50)\s?(?:e|€)\sle\s(?:g|gramme|bout|pochon)\b"
        r"|\b(?:dealer|dealeur|dealeuse|charbonneur)\s(?:dispo|disponible|sur|en\sville|qui\slivre)\b",
        0.88,
        unless_text=DRUGS_NOT,
    ),
    # -------------------------------------------------------------- self_harm
    hit(
        "want_die",
        "self_harm",
        r"\b(?:je\sveux|j'ai\senvie\sde|jai\senvie\sde|g\senvie\sde|je\svais|je\spense\sa|envie\sde|j'ai\sdecide\sde"
        r"|je\spref[eè]re|je\sprefere|je\sreve\sde|j'aimerais|je\svoudrais)\s(?:juste\s)?"
        r"(?:mourir|me\stuer|me\ssuicider|en\sfinir|me\sfaire\sdu\smal|me\scouper|me\sscarifier|me\sfoutre\sen\sl'air"
        r"|me\sjeter\s(?:sous|du|par)|disparaitre\spour\stoujours|plus\sme\sreveiller|me\spendre|me\staillader"
        r"|ne\splus\sexister|plus\sexister|sauter\s(?:du|par))\b"
        r"(?!\s(?:de\s(?:rire|fatigue|faim|honte|froid|chaud|en+ui|soif)|d'(?:en+ui|envie|impatience)|a\sla\stache|au\s(?:travail|boulot)"
        r"|(?:avec|avc)\s(?!la\svie|ma\svie|tout|moi|cete\svie)|de\s(?:ce|cet|cete)"
        r"|pour\s(?:ce|cet|cete)\s(?:dosier|devoir|projet)|le\sdosier))",
        0.92,
        unless_text=rx(SELF_HARM_NOT.pattern + LAUGHTER),
        unless_before=r"(?:\bsi\stu|\bsi\svous|\bquand\son|\bsi\son|\bsi\squelqu'un|\bil|\belle|\bils)\s(?:\w+\s){0,3}$",
    ),
    hit(
        "suicidal",
        "self_harm",
        r"\bje\s(?:pense|songe)\s(?:au\ssuicide|a\sme\stuer|a\sen\sfinir|a\smourir)"
        r"|\b(?:pensees|idees|envies)\ssuicidaires\b|\bj'ai\s(?:fait|tente)\sune\stentative\b"
        r"|\b(?:j'ai\senvie\sd'|je\sveux\s|je\svais\s)en\sfinir\b(?!\s(?:avec\s(?!la\svie|ma\svie|tout|cete\svie)|de\s))"
        r"|\bplus\sla\sforce\sde\s(?:vivre|continuer(?!\s(?:ce|cete|le|la|les|mon|ma|mes)\s))|\bje\sveux\s(?:plus\s)?me\sreveiller\splus"
        r"|\bje\sme\s(?:suis\s)?(?:encore\s)?(?:scarifie|scarifiee|mutile|mutilee)\b",
        0.9,
        unless_text=rx_any(HELP_LINE, PREVENTION, r"\ben\sparler\b|\bequipes?\sformees?\b"),
        unless_before=r"(?:\bsi\stu|\bsi\svous|\bquand\son|\bsi\son|\bsi\squelqu'un|\bil|\belle|\bils)\s(?:\w+\s){0,3}$",
    ),
    hit(
        "self_cut",
        "self_harm",
        r"\bje\sme\s(?:suis\s)?(?:scarifie|scarifiee|scarifie|mutile|mutilee|taillade|tailladee)"
        r"|\bje\sme\s(?:coupe|suis\scoupee?)\s(?:encore|les\sbras|les\spoignets|les\scuises|souvent|tous\sles\ssoirs)"
        r"|\bje\s(?:m'en\s|me\s)?fais\sdu\smal\s(?:expres|volontairement)|\bmes\scicatrices",
        0.9,
    ),
    hit(
        "no_life",
        "self_harm",
        r"\b(?:j'ai|jai|g)\splus\s(?:envie|la\sforce)\sde\svivre|\b(?:je\s(?:n'?)?(?:en\s)?|j'?en\s)peux\splus\sde\svivre"
        r"|\btout\sle\smonde\sserait\smieux\ssans\smoi|\bpersonne\sne\s(?:me\s)?regretera|\bpersonne\sme\sregretera"
        r"|\bca\ssert\sa\srien\sque\sje\s(?:vive|sois\sla)|\bje\sveux\spas\svivre|\bje\sveux\splus\svivre"
        r"|\bidees?\snoires|\bj'ai\spris\s(?:toute\sla\sboite\sde|plein\sde|tous\smes|une\sboite\sde)\s(?:cachets|medocs|medicaments)"
        r"|\badieu\sa\stous|\bma\slettre\sd'adieu|\bje\ssers\sa\srien\sje\sveux",
        0.88,
        unless_text=SELF_HARM_NOT,
    ),
    # ================================ rules-3: the non-child labels, composed from word lists
    # (lexicon.py: INSULTS, GROUPS, DEHUMANISING, HARM_VERBS, MEDIA, DRUGS, DIE...), written
    # on data/risk/written/other-train-*.jsonl.
    # ----------------------------------------------------------- harassment
    hit(
        "you_are_insult",
        "harassment",
        r"\b(?:t'es|tu\ses|t\ses|tes(?=\squ')|vous\setes|t'etais|toi\st'es|t'es\sjuste|espece\sde|sale|bande\sde"
        r"|pauvre|mon\s(?:tabarnak|esti|crisse)|ta\sgueule|ferme[\s-]la|tais[\s-]toi)"
        r"(?:\s(?:vraiment|trop|tellement|qu'une?|que|qu'|juste|grave|tjrs|toujours|rien\sd'autre"
        r"\sque|un|une|le|la|plus|vrai|vraie|gros|grosse|sale|pauvre|sacre|esti\sde|maudite?"
        r"|de|des|putain\sde|espece\sde|petite?|bon|bonne|vieux|vieille|gros\sgros|moche|grosse"
        r"\sgrosse|immense|enorme|gros\ssale|sale\sgros)){0,4}\s?(?:{INSULTS})\b",
        0.88,
        unless_text=HARASSMENT_NOT,
        unless_before=r"(?:\bje\ssuis|\bj'suis|\bchui|\bc'est|\bquel|\bquelle|\bce\s\w+\sest|me\straite\sde)\s?$",
        unless_after=r"\s(?:de\s(?:chat|chien|reveil|frigo|bus|voisin)|a\s(?:l'ecole|fifa))",
    ),
    hit(
        "insult_then_you",
        "harassment",
        r"\b(?:{INSULTS})\s(?:va|vas|que\st'es|comme\st'es|de\smerde|d'enfoire)\b",
        0.85,
        unless_text=HARASSMENT_NOT,
    ),
    hit(
        "go_die",
        "harassment",
        r"\b(?:va|vas|allez)\s(?:donc\s)?(?:te\s|vous\s)?(?:faire\s(?:foutre|enculer|mettre|voir)"
        r"|chier|crever|mourir|pendre|te\spendre|te\stuer|te\ssuicider|te\sjeter|jouer\ssur"
        r"\sl'autoroute|niquer\sta\smere)"
        r"|\b(?:suicide|pends|jette|tue|tire)[\s-]toi\b|\btire[\s-]toi\sune\sballe"
        r"|(?:^\W*|[,!]\s?)creve\b(?!\s(?:pas\s)?de\s|\s?[,.]?\s?(?:je|j'ai|on))|(?<!je\s)\bdisparais\b"
        r"|\btu\s(?:devrais|merites|ferais\smieux|dois)\s(?:de\s)?(?:mourir|crever|disparaitre"
        r"|te\s(?:tuer|pendre|suicider|jeter|tirer\sune\sballe)|qu'on\ste\s\w+|pas\sexister"
        r"|etre\smort|de\screver|de\smourir)|\bdecalisse\b|\bdegage\s(?:de|d'|du)"
        r"|\b(?:casse|barre|tire)[\s-]toi\b(?!.{0,10}(?:d'ici\s(?:on|ensemble)))",
        0.88,
        unless_text=rx_any(
            REPORTED_OTHER,
            r"on\sse\scasse|se\scasser|la\schanson"
            # fp6: "crevé(e)" of oneself, tired, at the end ("je rentre du boulot, crevée")
            r"|\b(?:je\s|j'|chui\s|moi\s)(?:(?!\b(?:te|toi|vous|t')\b)[^,!?.]){0,60},\s?creve(?:\s?(?:[.!]+|mdr|lol|\W))?\s*$",
        ),
    ),
    hit(
        "shut_up_you",
        "harassment",
        r"\bferme\s(?:ta|ta\sgrande|ta\sgrosse)\s(?:gueule|bouche|yeule)\b|\bferme[\s-]la\b(?!\s(?:porte"
        r"|fenetre|boite|lumiere))|\bta\sgueule\b(?!\sde\sbois)|\bnique\s(?:ta|ta\sputain\sde|tes)"
        r"\s(?:mere|race|famille|daronne|grand-mere|soeur|pere|morts|darons)"
        r"|\b(?:ntm|fdp|tg|vtf+|ftg|ntr)\b|\bfils\sde\spute|\bta\smere\sla\spute|\bmange\sdonc"
        r"\sde\sla\smarde|\bva\schier",
        0.88,
        unless_text=REPORTED_OTHER,
    ),
    hit(
        "rejection",
        "harassment",
        r"\bpersonne\s(?:ne\s)?(?:t'aime|t'aimera|te\s(?:supporte|veut|calcule|regrettera)|veut\sde\stoi"
        r"|voudra\sde\stoi|t'aimera\sjamais)|\btout\sle\smonde\s(?:te\s(?:deteste|hait|trouve)"
        r"|se\sfout\sde\stoi)|\bt'as\spas\sd'amis|\btu\sn'as\spas\sd'amis|\btu\ssers\sa\srien"
        r"|\bt'es\s(?:une\serreur|la\shonte|une\shonte|la\srisee|un\srate|une\sratee)"
        r"|\bt'existes\spour\srien|\btu\spues\b|\bles\sgens\scomme\stoi\s(?:devraient|meritent"
        r"|doivent)|\btu\sme\sfais\spitie|\bt'as\svu\sta\s(?:tronche|gueule|tete)"
        r"|\b(?:t'es|tu\ses)\s(?:trop\s|tellement\s|si\s|vraiment\s)?(?:grosse|gros|moche|laide?"
        r"|degueulasse|bete)\s(?:et|que|a\s)|\btellement\smoche\sque|\bqu'(?:elle|il)\s(?:est"
        r"|pue)\s(?:moche|grosse|la\smerde)|\bpue\sla\smerde|\bt'as\sune\stete\sa\sclaques"
        r"|\bt'es\sla\shonte|\bhonte\spour\sta\sfamille|\bon\ss'en\sbat\sles\s(?:couilles|steaks)"
        r"\sde\sta|\bt'es\sun\smalade\smental|\bfais[\s-]toi\sinterner|\btu\smerites\squ'on",
        0.85,
        unless_text=HARASSMENT_NOT,
    ),
    hit(
        "pile_on",
        "harassment",
        r"\b(?:on|les\sgars\son|allez|venez)\s(?:va\s)?(?:tous\s)?(?:spam\w*|signal\w*|harcel\w*"
        r"|insult\w*|lui\sdire|en\smp|te\ssignaler|le\sdire)\b.{0,60}(?:jusqu'a\sce\squ'?|qu'(?:elle"
        r"|il)\sest|moche|degage|quitte)|\bfaire\stourner\sta\sphoto|\bse\sfoute\sde\stoi"
        r"|\bje\svais\s(?:te\s)?pourrir\s(?:ta|la)\s(?:reputation|vie)|\bregardez\s.{0,40}(?:grosse"
        r"|moche|baleine|thon|truie|la\spauvre)|\bquelqu'un\speut\sdire\sa\s\w+\squ'(?:elle|il)"
        r"|\b(?:grosse\sbaleine|grosse\struie|grosse\spouffiasse)\b",
        0.85,
        unless_text=REPORTED_OTHER,
    ),
    # --------------------------------------------------------------- threat
    hit(
        "intent_harm",
        "threat",
        r"\b(?:je|j'|on|nous)\s?(?:vais|vai|va|vas|allons|veux|compte|m'en\svais|peux|jure\sque\sje"
        r"\svais)\s(?:(?:aller|venir|bien|tous|personnellement|vraiment)\s)*(?:te|t'|vous)\s?"
        r"(?:{HARM_VERBS})\b",
        0.9,
        unless_text=THREAT_NOT,
    ),
    hit(
        "harm_future",
        "threat",
        r"\bje\s(?:te|t')\s?(?:tuerai|buterai|retrouverai|trouverai|defoncerai|egorgerai|planterai"
        r"|massacrerai|creverai|ferai\s(?:la\speau|payer|regretter|du\smal)|casserai\s\w+)"
        r"|\bet\sje\ste\s(?:plante|bute|tue|defonce|creve|nique|frappe|egorge|saigne|casse|fume|demonte)\b"
        r"|\b(?:je|on)\s(?:vais|va)\s.{0,30}\bet\s(?:te|t')\s?(?:{HARM_VERBS})\b",
        0.9,
        unless_text=THREAT_NOT,
    ),
    hit(
        "find_you",
        "threat",
        r"\b(?:je|j'|on)\s?(?:vais|vai|va)\s(?:te|vous)\s(?:retrouver|trouver)\b(?=\s?(?:$|et\b|,|\.|!"
        r"|tu\b|ou\b|sale|frr?\b|wallah|quand|un\sjour|crois|t'inquiete|je\ste\sjure|inch))",
        0.88,
        unless_text=THREAT_NOT,
    ),
    hit(
        "you_will_suffer",
        "threat",
        r"\btu\s(?:vas|va)\s(?:finir\s(?:a\sl'hopital|six\spieds|au\scimetiere|dans\sun\sfosse|mort"
        r"|en\spieces|sous\sterre)|prendre\s(?:une\sballe|des\scoups)|crever|mourir|saigner|souffrir"
        r"|pleurer\sdu\ssang|le\sregretter|regretter|voir\sce\squi\sva\st'arriver|avoir\sde\sla"
        r"\svisite|payer|comprendre\s(?:ta\sdouleur|qui\sje\ssuis)|morfler|deguster)"
        r"|\btu\sfiniras\s(?:a\sl'hopital|mort|sous\sterre)|\btes\sjours\ssont\scomptes"
        r"|\bton\sheure\s(?:va\sarriver|est\svenue|arrive)|\bprepare\s(?:ton\scercueil|ta\stombe)"
        r"|\bdors\savec\sun\soeil\souvert|\bdernier\savertissement|\bsix\spieds\ssous\sterre"
        r"|\battends[\s-]toi\sa\s(?:une\ssurprise\sdevant|des\sproblemes|mourir|souffrir)"
        r"|\bsi\stu\s(?:parles|portes\splainte|me\sbloques|le\sdis)\b.{0,30}\bje\s(?:te|t')\s?"
        r"(?:tue|bute|retrouve|creve|defonce)|\bce\sjour-?\s?la\stu\s(?:pleureras|vas\spleurer)"
        r"|\bun\sjour\sje\svais\ste\scroiser|\bton\stour\sva\svenir|\bt'es\sun\shomme\smort"
        r"|\b(?:t'es|tu\ses)\smorte?\b(?=\s?(?:ce\ssoir|demain|sale|frr?|wallah|mon|si\sje|,\s?je"
        r"|!|$))",
        0.88,
        unless_text=rx_any(
            THREAT_NOT,
            r"\bsi\stu\scontinues?\sa\s(?:fumer|boire|rouler|conduire|manger)\b"  # rules-6
            r"|\b(?:clope|cigarettes?|alcool|au\svolant|ceinture|casque|prudent|prends\ssoin)\b",
        ),
        unless_after=r"\s?\?",
    ),
    hit(
        "home_family",
        "threat",
        r"\b(?:ta|ton|tes)\s(?:maison|voiture|bagnole|caisse|char|apart\w*|porte|scooter|moto)\s(?:va"
        r"|vont)\s(?:cramer|bruler|exploser|sauter|y\spasser|prendre\sfeu)"
        r"|\b(?:je|j'|on)\s?(?:vais|vai|va)\s(?:bruler|cramer|peter|casser|defoncer|mettre\sle\sfeu"
        r"\sa|crisser\sle\sfeu\sa|foutre\sle\sfeu\sa|incendier)\s(?:ta|ton|tes|chez\stoi)"
        r"|\bmettre\sle\sfeu\schez\stoi|\bje\svais\sretrouver\sta\sfamille|\bje\svais\sles\strouver"
        r"|\bfais\sgaffe\sa\s(?:ta|ton|tes)\s(?:soeur|mere|frere|famille|enfants|gosses|femme|copine"
        r"|fille|fils)|\btes\senfants.{0,40}(?:je\svais|on\sva)\s(?:les|s'en)"
        r"|\b(?:je|on)\s(?:t'attends|t'attend|vous\sattend)\sa\sla\ssortie|\bon\sva\ss'occuper\sde"
        r"|\bon\sarrive\b.{0,20}$|\bavec\sune\sbatte\b",
        0.88,
        unless_text=THREAT_NOT,
    ),
    hit(
        "know_where_you_live",
        "threat",
        r"\b(?:je|j'|on)\s?(?:sais|sait|connais|connait|ai|a|vais\strouver|trouve|retrouve)\s(?:ou\s(?:tu"
        r"|t'|vous)\s?(?:habites|habite|vis|restes|reste|dors|travailles|bosses|es|vas|caches|gares)"
        r"|(?:ton|ta|tes|votre)\s(?:adresse(?:\sip)?|ip|quartier|batiment|bat|ecole|college|lycee|taf"
        r"|boulot|travail|maison|rue|immeuble|lieu\sde\stravail|domicile|cite)|c'est\squoi\ston"
        r"\s(?:batiment|adresse|quartier|immeuble)|ou\shabite\s(?:ta|ton|tes))",
        0.9,
        unless_text=KNOW_WHERE_NOT,
    ),
    hit(
        "publish_pictures",
        "threat",
        r"\b(?:je|j'|sinon|ou\sje|on|sinon\sje)\s?(?:vais\s|vai\s|va\s)?(?:tout\s)?(?:{PUBLISH})\s"
        r"(?:tes|ta|ton|vos|votre|ces|cette|ce|les|la|tes\sfameuses|tous\stes|toutes\stes)\s?(?:\w+\s)?"
        r"(?:{MEDIA})\b"
        r"|\b(?:tes|ta|vos|les|la|ces)\s(?:{MEDIA})\s(?:partent|part|vont\spartir|tourne|tournent"
        r"|seront\spartout|finissent|vont\sfinir|vont\stourner)"
        r"|\b(?:je|on)\s(?:vais|va)\s(?:tout\s)?(?:{PUBLISH})\s(?:tout\s)?(?:(?:tes|ta)\s(?:{MEDIA})\s"
        r"|ton\sadresse\s)?(?:{AUDIENCE})"
        r"|\b(?:je|on)\s(?:vais|va)\s(?:{PUBLISH})\s(?:ton\sadresse|ta\ssextape)"
        r"|\b(?:si\stu\s(?:bloques|parles|reponds\spas|paies\spas|payes\spas)|sinon)\b.{0,20}\bje\s"
        r"(?:{PUBLISH})\s(?:tout|tes|ta|les|la)\b",
        0.9,
        unless_text=SEXTORTION_NOT,
    ),
    hit(
        "pay_or_publish",
        "threat",
        rf"^(?=.*(?:\b(?:{MEDIA})\b|\benregistre|\bj'ai\stout\b|\bles\s(?:balance|envoie|publie|poste"
        r"|recevra|recoit|verra|voit|aura|auront|verront)|ou\sje\s(?:balance|publie|poste|diffuse|montre"
        r"|envoie)))"
        r"(?=.*(?:\bpa(?:ie|ye|yes|ies|yer)\b|\benvoie\b|\bvire\b|\bverse\b|\d+\s?(?:€|e|euros?|\$"
        r"|balles|francs)|\bargent\b|\bthune\b|\bfric\b|\bpcs\b))"
        r"(?=.*\b(?:sinon|ou\sje|ou\s(?:tout|ton|ta|tes|la|les)|a\smoins|si\stu\s(?:paies|payes"
        r"|bloques|reponds\spas|paies\spas)|et\spersonne\sne|partent|part\s|tourne|recevra|recoit"
        r"|les\srecoit|je\ssupprime|les\svoit|les\sverra|soit\stout)).{1,400}",
        0.9,
        unless_text=SEXTORTION_NOT,
    ),
    # ------------------------------------------------------------------ hate
    hit(
        "group_dehumanised",
        "hate",
        r"\b(?:les|tous\sles|toutes\sles|ces|vos|leurs|sales|des|nos)\s(?:sales?\s)?(?:{GROUPS})\b"
        r"(?:\s(?:de\smerde|d'ici|en\sfrance|la))?,?\s(?:ils\s|elles\s|ca\s)?(?:=|sont|c'est|ce\ssont"
        r"|c|seront|restent|resteront|n'ont\sjamais\sete|ne\ssont\sque)\s(?:tous\s|toutes\s|juste\s"
        r"|que\s|qu')?(?:des\s|une\s|un\s|de\sla\s|de\s|que\sdes\s)?(?:\w+\s)?(?:{DEHUMANISING})\b",
        0.9,
        unless_text=HATE_NOT,
    ),
    hit(
        "group_slogan",
        "hate",
        r"\b(?:tous|toutes)\sdes\s(?:{DEHUMANISING})\s(?:ces|les)\s(?:{GROUPS})\b"
        r"|\bbien\sfait\spour\s(?:les|ces|ta\sgueule\sde)\s(?:{GROUPS})\b"
        r"|\b(?:{GROUPS})\s?=\s?(?:{DEHUMANISING})",
        0.9,
        unless_text=HATE_NOT,
    ),
    hit(
        "group_exterminate",
        "hate",
        rf"^(?=.*\b(?:{GROUPS}|l'islam|les\sjuifs|race)\b)(?=.*\b(?:faut|faudrait|faudra|il\sfaut"
        r"|il\sfaudrait|on\sdevrait|on\sdoit|je\svais|devraient|doivent|mériteraient|meriteraient"
        r"|meritent|merite|qu'on)\s(?:les|tous\sles|toutes\sles|etre|se\sfaire|pas|)\s?(?:\w+\s)?"
        # rules-8: "avoir le droit" only denied ("les femmes devraient avoir le droit de ...")
        r"(?:{EXTERMINATE}|soignes|enfermes|internes|interdits?|exister|naitre"
        r"|(?:(?<=pas\s)|(?<=plus\s)|(?<=jamais\s))avoir\sle\sdroit"
        r"|des\scoups|crever|degager|dehors)\b).{1,400}",
        0.88,
        unless_text=HATE_NOT,
    ),
    hit(
        "group_contempt",
        "hate",
        r"\b(?:les|ces|tous\sles|toutes\sles)\s(?:{GROUPS})\b.{0,30}\b(?:envahissent|controlent\stout"
        r"|controlent|puent|ca\spue|ca\ssent\smauvais|sentent\smauvais|me\sdegoutent|ca\sme\sdegoute"
        r"|ont\sun\sqi|ont\spas\sde\scerveau|n'ont\spas\sde\scerveau|pourrissent|foutent\sle\sbordel"
        r"|viennent\svoler|volent\snos|c'est\sfait\spour|sont\sfaites?\spour|mangent\sdes\schiens"
        r"|et\sleur\sfric|leur\sfric|devraient\spas|dehors|degagez|c'est\sune\sabomination"
        r"|ont\stout\sl'argent|ont\stout\sle\spouvoir|savent\smeme\spas|volent\stous|volent\stout"
        r"|ne\ssavent\smeme\spas|sont\sinferieure?s|sont\sune\smaladie|sont\sdes\sesclaves"
        r"|c'est\scontre\snature)"
        r"|\bla\srace\s(?:blanche|noire|arabe|juive)\s(?:est|sont)\s(?:superieure|inferieure)"
        r"|\bhitler\savait\sraison|\bremettre\sles\scamps|\bl'islam\s(?:c'est|est)\s(?:le|un)\scancer"
        r"|\bretourne\s(?:dans\s(?:ton|ta)\s(?:pays|bled|brousse|jungle)|en\safrique|au\sbled)"
        r"|\bla\sfrance\saux\sfrancais|\bmort\saux\s(?:{GROUPS})\b|\bdehors\sles\s(?:{GROUPS})\b"
        r"|\b(?:{GROUPS})\sdehors\b|\bune\sfemme\sau\svolant,?\sun\sdanger",
        0.88,
        unless_text=HATE_NOT,
    ),
    hit(
        "slur_address",
        "hate",
        r"\b(?:sale|sales|espece\sde|gros|grosse|qu'un\ssale|qu'une\ssale)\s(?:race\sde\s)?(?:arabe"
        r"|noir|noire|negre|negresse|negro|juif|juive|feuj|youpin|pede|pedale|pd|gouine|tarlouze"
        r"|tapette|travelo|musulman|musulmane|bougnoule|bicot|raton|rebeu|renoi|babtou|gitan|gitane"
        r"|chinois|chinetoque|bride|bridee|niakoue|bamboula|macaque|homo|portos|turc|paki|migrant"
        r"|etranger|clandestin|fiotte|babtous|bougnoules|gouines|pedes|juifs|arabes|noirs|feujs)s?\b"
        r"|\b(?:bougnoules?|youpins?|negros?|bicots?|chinetoques?|bamboulas?|tarlouzes?|negresses?"
        r"|niakoues?|travelos?|fiottes?)\b",
        0.9,
        unless_text=HATE_NOT,
    ),
    # ------------------------------------------------------------- scam_spam
    hit(
        "gain_per_day",
        "scam_spam",
        rf"\b(?:gagne|gagner|gagnez|touche|toucher|touchez|empoche|fais|faire|generer|genere"
        rf"|recupere|jusqu'a|revenus?\sde)\s(?:(?:jusqu'a|entre|plus\sde|facilement|des|de)\s)*"
        rf"{AMOUNT}\s?(?:/|par|chaque|en|a\sla|l'|le)\s?(?:jour|semaine|mois|heure|h|j|sem|24h|48h"
        r"|une\ssemaine|colis)\b"
        rf"|{AMOUNT}\s?(?:/|par)\s?(?:jour|semaine|mois)\s(?:sans|depuis|de\schez|garanti|facile"
        r"|a\sdomicile)",
        0.88,
        unless_text=SCAM_NOT,
    ),
    hit(
        "multiply_money",
        "scam_spam",
        r"\b(?:x\s?[2-9]|x\s?10|fois\s(?:deux|2|3|dix|10)|doubler?|doublez|double|triple[rz]?"
        r"|multipli\w+\s(?:par\s\d+|ton|votre))\b.{0,40}(?:argent|mise|capital|bitcoin|btc|crypto"
        r"|investis\w*|euros?|€|eth|usdt|en\s\d+\s?h|en\s24|en\s48|en\sune\ssemaine|renvoie)"
        r"|\b(?:argent|bitcoin|btc|crypto|mise|capital|investis\w*|bot)\b.{0,40}\b(?:x\s?[2-9]"
        r"|le\sdouble|triple|fois\s\d+|x10)\b|\b(?:renvoie|rembourse|rends)\sle\s(?:double|triple)",
        0.88,
        unless_text=SCAM_NOT,
    ),
    hit(
        "investment_pitch",
        "scam_spam",
        r"\b(?:crypto|bitcoin|btc|trading|trader|forex|nft|placement|fonds|investis\w*|investissement"
        r"|bot|signaux|conseiller\sen\strading)\b.{0,70}(?:garanti\w*|\d+\s?%|sans\srisque|rendement"
        r"|x\d|riche|millionnaire|par\smois|par\sjour|vip|profit|gagner|gagne|opportunite|secret"
        r"|incroyable|exclusif|explose|multiplier|premier\sversement|formation\sa\s\d)"
        r"|\b(?:opportunite|plan)\sd'investissement|\bformation\s(?:crypto|trading|forex)",
        0.85,
        unless_text=SCAM_NOT,
    ),
    hit(
        "phishing_link",
        "scam_spam",
        r"^(?=.*(?:https?://|www\.))(?=.*\b(?:colis|livraison|frais|compte|bloque|suspendu|limite"
        r"|verif\w*|confirm\w*|rembours\w*|gain|gagne\w*|cadeau|gratuit\w*|recompense|prix|offre|promo"
        r"|inscri\w*|cpf|carte\svitale|identite|mot\sde\spasse|login|impots|ameli|dhl|chronopost"
        r"|bpost|bonus|followers|abonnes|likes|iphone|bon\sd'achat|reclame\w*|formulaire|paypal"
        r"|robux|skins|crypto|invest\w*|argent|urgent|dernier\sjour|expire|cadeaux|exclusi\w*"
        r"|visitez|clique\w*|essaie)\b).{1,500}",
        0.88,
        unless_text=SCAM_NOT,
    ),
    hit(
        "click_here",
        "scam_spam",
        r"\b(?:clique[zrs]?|cliquez|clic|clik|appuie)\s(?:vite\s|ici|sur\s(?:ce|le|mon)\slien)"
        # fp6: not a concession ("bon ok t'as gagné, t'es un peu charmeur")
        r"|(?<!\bok\s)(?<!\bok,\s)(?<!\bbon\s)(?<!\bbon,\s)(?<!\bbref\s)(?<!allez\s)(?<!accord\s)"
        r"(?<!accord,\s)\b(?:vous\savez|tu\sas|t'as)\s(?:gagne|ete\s(?:tire|selectionne)e?)\b|\btire\sau\ssort"
        r"|\bvous\setes\sle\s\d+e?\svisiteur|\bcadeau\sgratuit|\brecuperer\svotre\sprix",
        0.85,
        unless_text=SCAM_NOT,
    ),
    hit(
        "money_request",
        "scam_spam",
        rf"^(?=.*(?:envoie|envoi|avance|avancer|prete|preter|aider?|aidez|besoin\sde|peux-tu"
        r"|pourrais|pourriez|m'envoyer|verse|transfere|payer|paye))(?=.*"
        rf"{AMOUNT})(?=.*\b(?:billet|avion|aeroport|douane|dedouanement|hopital|caution|bloquee?"
        r"|urgence|urgent|militaire|mission|heritage|banque|colis|rembourse\spromis|mon\samour"
        r"|mon\scoeur|ma\scherie|beaute|bebe|visa|frais|western|orange\smoney|kit\sde\sdepart"
        r"|premier\sversement)\b).{1,400}"
        r"|\b(?:western\sunion|moneygram|orange\smoney|mandat\scash)\b"
        r"|\b(?:heritage|veuve|militaire\sen\smission|plateforme\spetroliere|douanier)\b.{0,80}"
        r"(?:coordonnees|virement|argent|€|euros|frais|payer|envoie|aide|confiance)",
        0.86,
        unless_text=SCAM_NOT,
    ),
    hit(
        "bank_mule",
        "scam_spam",
        r"\b(?:prete[rz]?|passe|donne|file)[\s-]?(?:moi\s)?(?:ta|ton|tes)\s(?:carte\s(?:bleue|bancaire"
        r"|de\sdebit|de\scredit)|cb|rib|iban|compte\sbancaire|identifiants|codes?)\b"
        r"|\bt'as\sun\s(?:rib|compte\sbancaire)\b|\bmules?\b.{0,30}(?:argent|commission)"
        r"|\bfaire\stransiter\sde\sl'argent|\bvirement\sdessus|\btu\sretires\b|\bplan\s(?:carte"
        r"\sbancaire|cb|thune|argent)|\bcoordonnees\sbancaires|\bcodes?\s(?:de\s)?(?:ta|ta\scarte)"
        r"\scadeau|\bmot\sde\spasse\sici|\brentrent\sleur\smot\sde\spasse|\bcredit\ssans"
        r"\sjustificatif|\bechange\s\d+\s?(?:€|e)?\sde\scoupons",
        0.85,
        unless_text=SCAM_NOT,
    ),
    hit(
        "spam_offer",
        "scam_spam",
        r"\b(?:followers|likes|vues)\s(?:gratuits?|illimites?|pas\scher|garantis|reels)"
        r"|\b\d+\s(?:followers|likes)\s(?:pour|a)\s\d|\bje\svends\sdes\s(?:followers"
        r"|likes|comptes\s(?:netflix|spotify|disney))|\bfollow\sfor\sfollow|\bf4f\b|\bcode\sparrain"
        r"|\bcode\spromo\s(?:casino|exclusif)|\b\d+\s?%\sde\sbonus"
        r"|\bpremier\sdepot|\bpronos?\s(?:surs?|garantis|vip)|\b100\s?%\sde\sreussite|\btickets?\sen"
        r"\sprive|\bsignaux\s(?:crypto|vip|trading)|\b(?:travail|job|emploi|une\sjob)\s(?:a|de|payante"
        r"\sa)\s?(?:domicile|chez\s(?:toi|vous)|\d+).{0,40}(?:\d|€|sans|garanti|payant|contact)"
        r"|\bsans\sdiplome.{0,30}(?:€|\d)|\bdevien[st]?\s(?:riche|millionnaire)|\bdevenez\s(?:riche"
        r"|millionnaire)|\bargent\sfacile|\bsans\srien\sfaire|\bque\sles\sbanques\ste\scachent"
        r"|\brevenus?\s(?:garantis|passifs|automatiques)|\brendement\sgaranti|\bbusiness\sen\sligne"
        r"|\bfaire\sdes\ssous\sfacile|\b(?:argent|thune|sous|cennes)\s(?:facile|facilement|rapide"
        r"|rapidement)|\bgagne\w*\sde\s(?:l'argent|des\s\w+)\s(?:facile|rapide)\w*|\breexpedition"
        r"\sde\scolis|\bcomptes?\snetflix\sa\svie|\bebook\b.{0,30}millionnaire|\b(?:inscris)"
        r"[\s-]toi.{0,40}(?:gagne|ps5|iphone|cadeau)|\bbusiness\s(?:en\sligne|qui\srapporte)"
        r"|\bpersonnes\smotivees\spour\sun\sbusiness|\b(?:https?://\S+.{0,20}){3}",
        0.85,
        unless_text=SCAM_NOT,
    ),
    # ----------------------------------------------------------- prostitution
    hit(
        "price_per_time",
        "prostitution",
        rf"\b(?:{AMOUNT}|\d{{2,4}}\s?(?:roses?|r)?)\s?(?:la|l'|le)\s?(?:passe|demi\b|demi-?\s?heure|1/2"
        r"|demie|fellation)\b|\b\d{2,4}\s?(?:roses?|r)\s(?:la|l')\s?(?:heure|nuit|demi)"
        r"|\bpasse\srapide\s\d|\b(?:demi-?\s?heure|demi|1/2\s?h)\s\d{2,3}\b",
        0.88,
        unless_text=PROSTITUTION_NOT,
    ),
    hit(
        "roses_code",
        "prostitution",
        r"\b\d{2,4}\s?roses\b|\bles\sroses\sd'abord|\broses\s(?:la|l')\s?(?:heure|demi|nuit)",
        0.85,
        unless_text=PROSTITUTION_NOT,
    ),
    hit(
        "price_time_context",
        "prostitution",
        rf"^(?=.*(?:{AMOUNT}|\b\d{{2,4}}\b)\s?(?:la|l'|de\sl'|pour\sla|pour\sune)\s?(?:heure|nuit"
        r"|soiree|journee))(?=.*\b(?:dispo\w*|rencontre|recoi[st]|deplace\w*|escort\w*|massage|hotel"
        r"|discretion|cadeau|plan|filles?|tarifs?|services?|gfe|protection|ts|reel\w*|accompagnement"
        r"|messieurs|plus\ssi\saffinites|sugar)\b).{1,400}",
        0.86,
        unless_text=PROSTITUTION_NOT,
    ),
    hit(
        "gift_code",
        "prostitution",
        r"\bcadeau\s(?:obligatoire|exige|avant|d'abord|svp|uniquement|a\sprevoir|avant\sle)"
        r"|\b(?:avec|contre|sans)\s(?:un\s|petit\s)*cadeau\b|\bprepare[rz]?\sle\scadeau"
        r"|\bpetit\scadeau\s(?:🎁\s)?avant|\bfaire\sun\sgeste\b|\b(?:messieurs|hommes)\s(?:genereux"
        r"|respectueux\set\sgenereux)|\bgenereux\b.{0,20}(?:💰|€|cadeau)|\bcadeau\s?svp",
        0.86,
        unless_text=rx_any(PROSTITUTION_NOT, r"😂|🤣|\bhein\b|\bptdr\b"),
    ),
    hit(
        "paid_sex_offer",
        "prostitution",
        r"\bescort(?:e|es|s)?\b|\bsugar\s?(?:daddy|baby|dady|mommy)|\bmassages?\s(?:avec\s|et\s)?"
        r"(?:finition|happy\s?end\w*|naturiste|body|tantrique|erotique|complet)|\bhappy\s?end(?:ing)?"
        r"|\bbody\sbody|\bfinition\s(?:main|complete|incluses?|comprise)|\bdouche\set\sfinition"
        r"|\bgfe\b|\bplans?\s(?:cul\s)?(?:payants?|tarif\w*|remuner\w*)|\brencontres?\s(?:tarif\w*"
        r"|remuner\w*|payantes?)|\bmoments?\s(?:de\splaisir\s)?(?:tarif\w*|remuner\w*|payants?)"
        r"|\bcontre\s(?:remuneration|retribution|paiement)|\bservices?\s(?:tarif\w*|remuner\w*"
        r"|d'accompagnement|pour\s(?:gentlemen|messieurs|hommes))|\bje\svends\s(?:mon\scorps|mes"
        rf"\sservices|mes\scharmes)|\bje\s(?:te\s)?fais\s(?:tout\s)?ce\sque\stu\sveux\spour\s(?:{AMOUNT}"
        r"|\d+)|\b(?:t'es|tu\ses|c'est)\sa\scombien\b"
        # session 7: a distance or a weight is not a price ("t'es à combien de km de Lyon ?")
        r"(?!\s(?:de|d')\s?(?:km|kilometres?|metres?|minutes?|heures?|kg|kilos?|bornes))"
        r"|\bcombien\s(?:pour|la)\s(?:une\s|la\s)?(?:nuit"
        r"|passe|heure)\savec\stoi|\btu\sprends\scombien\spour\s(?:une\sheure|la\snuit|une\snuit"
        r"|une\spasse)|\btapin\w*|\bmichto\w*|\bvitrine\b|\bsalon\sde\smassage\savec"
        r"|\bje\s(?:gere|place|fais\stravailler|recrute)\sdes\s(?:filles|meufs|gos|nanas)"
        r"|\b(?:filles|meufs|nanas|gos)\s(?:dispo|disponibles?)\b|\b(?:nouvelle|jeune\sfemme|jolie"
        r"\sfemme|fille|metisse|hotesse|ts|trans|asiatique|petite\sgo|la\spetite)\s(?:\w+\s){0,3}"
        r"(?:dispo|disponible|recoit|se\sdeplace)\b|\brecoit\set\sse\sdeplace|\b(?:recoi[st]|je"
        r"\srecois|me\sdeplace|deplacement)\s(?:\w+\s){0,3}(?:discretion|discretement|hotel|domicile"
        r"\sou|privee?|24/24|appart\sprive)|\bdispo\s24/24|\bphotos?\s(?:reelles|100\s?%\sreelles)"
        r"|\b100\s?%\sreel|\bpas\sde\sfake|\bbook\set\sles\sprix|\bpas\sd'argent\spas\sde"
        r"\s(?:rdv|rendez-vous)|\bpaie\sbien\spour\sune\s(?:fille|meuf)|\btarifs?\s(?:en\smp|en\sprive"
        r"|sur\sdemande|fixes|degressifs|raisonnables)|\bparticipation\s\d|\bforfait\snuit"
        rf"|\b(?:dispo|disponible)\s(?:\w+\s){{0,2}}(?:pour\s)?(?:{AMOUNT}|\d{{2,3}}\b(?!\s?(?:h|min|km"
        r"|ans|joueurs|personnes)))|\bvideos?\sperso\w*.{0,20}payant|\bclients\sreguliers"
        r"|\bplan\spayant|\bcombien\spour\s(?:la|une)\snuit\b(?!\s(?:a|au|en|d'|dans))|\bnouvelle\sen\sville|\bnouvelle\s(?:annonce|dispo|fille)|\bfille\sde\sl'est"
        rf"|\bvendre\s(?:son|mon)\scorps|\bpour\s{AMOUNT}\set\sje\ssuis\sa\stoi|\bmessieurs\sgenereux",
        0.86,
        unless_text=PROSTITUTION_NOT,
    ),
    # ------------------------------------------------------------------ drugs
    hit(
        "drug_trade",
        "drugs",
        rf"^(?=.*\b(?:{DRUGS})\b)(?=.*(?:\b(?:{DRUG_TRADE})\b|{DRUG_EMOJI})).{{1,500}}",
        0.88,
        unless_text=DRUGS_NOT,
    ),
    hit(
        "drug_code",
        "drugs",
        rf"^(?=.*\b(?:{DRUGS_AMBIGUOUS})\b)(?=.*(?:{DRUG_PRICE}|\bvend\w*|\brevend\w*"
        r"|\b(?:je|on)\slivre\b|\blivraison|\blivreur|\bqualite\s(?:top|de\sfou)|\bpure\b|\bpas\scoupee|\bpour\sce\ssoir\ssi"
        r"|\bpour\sle\s(?:party|rave|festival|teuf)|\bsans\sordonnance|\ble\splug|\bau\squartier"
        r"|\bde\squalite|\bqui\sa\sde\sla|\bviens\schercher|\bpour\stravailler\sla\snuit"
        r"|\bt'as\sdu|\bta\spart|\bdepan\w*\sen)).{1,500}",
        0.86,
        unless_text=DRUGS_NOT,
    ),
    hit(
        "drug_emoji",
        "drugs",
        rf"{DRUG_EMOJI}.{{0,40}}(?:dispo|livr|menu|prix|tarif|snap|tel|carte|prive|contact|frais"
        rf"|arrive|commande)|\b(?:menu|carte|catalogue)\b.{{0,30}}{DRUG_EMOJI}",
        0.86,
        unless_text=DRUGS_NOT,
    ),
    hit(
        "drug_scene",
        "drugs",
        r"\bcharbonn\w*"
        r"|\bguetteurs?\b|\bje\stiens\sle\spoint|\by\sa\sun\sfour\b|\ble\sterrain\sest\souvert"
        r"|\bdrive\souvert|\btaper\sun\strait|\bfaire\sun\srail|\bma\sdose\b(?!\s(?:quotidienne|de\s))|\bchemsex"
        r"|\bplug\s(?:est\sa\ssec|a\sramene)|\bdepanne[\s-]?(?:moi\s)?un\s(?:dix|10|20|vingt|bout)"
        r"(?!\s(?:balles|euros?|€|e)\b)"
        r"|\bla\sdrogue\sest\sarrivee|\bde\sla\sc\s(?:pure|pas\scoupee)|\b(?:snap|telegram|signal"
        r"|insta)\spour\s(?:le\smenu|la\scarte)|\bmenu\b.{0,20}\bje\slivre"
        r"|\b\d+\s?(?:€|e|balles|\$|euros?)?(?: le | les )(?:g|gr|gramme|\d+\s?g)\b"
        r"|\bcombien\sle\s(?:g|gramme)\b",
        0.86,
        unless_text=DRUGS_NOT,
    ),
    # -------------------------------------------------------------- self_harm
    hit(
        "want_to_die",
        "self_harm",
        rf"\b(?:{WANT})\s?(?:juste\s|vraiment\s|bientot\s|ce\ssoir\s|tellement\s)?(?:{DIE})\b"
        r"(?!\s(?:de\s(?:rire|fatigue|faim|honte|froid|chaud|en+ui|soif)|d'(?:en+ui|envie|impatience)|a\sla\stache|au\s(?:travail"
        r"|boulot)|(?:avec|avc)\s(?!la\svie|ma\svie|tout|moi|cette\svie)|de\s(?:ce|cet|cette)"
        r"|pour\s(?:ce|cet|cette)|le\sdossier))",
        0.92,
        unless_text=rx(SELF_HARM_NOT.pattern + LAUGHTER),
        unless_before=r"(?:\bsi\stu|\bsi\svous|\bquand\son|\bsi\son|\bsi\squelqu'un|\bil|\belle|\bils"
        r"|\bqu'elle|\bqu'il)\s(?:\w+\s){0,3}$",
    ),
    hit(
        "self_injury",
        "self_harm",
        r"\bje\sme\s(?:suis\s)?(?:encore\s|souvent\s|deja\s|tous\sles\ssoirs\s)?(?:scarifi\w*|mutil\w*"
        r"|taillad\w*|lacer\w*|coupee?s?\s(?:encore|les\s(?:bras|poignets|cuisses|veines|jambes)"
        r"|expres|pour|tous|souvent|ce\ssoir|la\speau)|brule\w*\savec|frappe\sla\stete|affame\w*"
        r"|ouvert\sles\s(?:bras|veines|poignets)|punis)|\bj'ai\srecommence\sa\sme\s(?:couper"
        r"|scarifier|faire\sdu\smal)|\bje\sme\sfais\sdu\smal\b|\bmes\scicatrices|\bune\slame\b"
        r".{0,20}(?:peau|bras|poignet)|\bje\sme\scoupe\b(?=\W*$)",
        0.9,
        unless_text=rx_any(
            SELF_HARM_NOT,
            r"cuisin\w*|cheveux|papier|doigt|rasant|ca\sfait\s\w+\s(?:ans?"
            r"|mois)\sque|arrete\sde\sme|psy",
        ),
        unless_before=r"(?:\bsi\stu|\bil|\belle|\bqu'elle|\bqu'il)\s(?:\w+\s){0,3}$",
    ),
    hit(
        "overdose",
        "self_harm",
        r"\bj'ai\s(?:pris|avale|bu)\s(?:des|toute?s?\s(?:la|les|mes)|trop\sde|plein\sde|la\sboite"
        r"|la\splaquette|une\sboite|tous\s(?:mes|les)|le\stube|toutes\smes)\s?(?:\w+\s){0,2}"
        r"(?:cachets|medocs|medicaments|pilules|comprimes|doliprane|somniferes|antidepresseurs"
        r"|xanax|lexomil|paracetamol)\b|\b(?:prendre|avaler)\s\w+\s(?:les|mes|ce)"
        r"\s(?:\w+\s){0,3}(?:cachets|medocs|medicaments|pilules|pharmacie)|\bj'ai\sprepare\s(?:les"
        r"|mes)\s(?:cachets|medocs|pilules)",
        0.9,
        unless_text=rx_any(
            SELF_HARM_NOT,
            r"pour\s(?:la|ma|le|mon|dormir)|migraine|tension|ca\sva\smieux"
            r"|j'ai\sdormi|ca\sa\smarche|mal\sde\stete|contre|prescrit",
        ),
    ),
    hit(
        "hopeless",
        "self_harm",
        r"\bca\ssert\sa\srien\sque\sje\s(?:sois|vive|reste)|\b(?:tout\sle\smonde|ils|ma\sfamille"
        r"|les\sautres)\s(?:serait|seraient|sera|seront)\s(?:plus\sheureux|mieux|soulages?)\ssans"
        r"\smoi|\bpersonne\s(?:ne\s)?(?:me\sregrettera|remarquerait|verrait|s'en\srendrait\scompte)"
        r"|\bje\s(?:ne\s)?merite\spas\sde\svivre|\ba\squoi\sbon\s(?:vivre|continuer|me\sbattre"
        r"|rester)\b(?!\s(?:ce|a\sjouer))|\b(?:plus|pas|pus)\s(?:aucune\s|de\s)?(?:raison|envie|force"
        r"|gout|le\sgout|la\sforce|l'envie)\sde\svivre|\bfatiguee?\sde\svivre|\btannee?\sde\stoute"
        r"|\bje\s(?:ne\s)?supporte\splus\sla\svie|\bmieux\smorte?\b|\bje\ssuis\sun\sfardeau"
        r"|\b(?:ma\svie|la\svie)\s(?:ne\s)?vaut\s(?:plus\s)?rien|\bla\sseule\s(?:solution|issue)"
        r"\sc'est\sla\smort|\bje\s(?:ne\s)?vois\splus\s(?:d'issue|de\ssolution|de\slumiere)"
        r"|\bje\sveux\sque\sca\ss'arrete\spour\sde\sbon|\bdemain\sje\sserai\splus\sla"
        r"|\bc'est\sla\sderniere\sfois\sque\s(?:vous\sme\svoyez|tu\sme\svois|vous\sme\slisez)"
        r"|\badieu\s(?:a\s)?tout\sle\smonde|\bma\slettre\s(?:d'adieu|pour\sma\sfamille)|\bj'ai"
        r"\secrit\sma\slettre|\bj'ai\sachete\sune\scorde|\bje\ssuis\ssur\sle\s(?:toit|pont|rebord"
        r"|balcon)\b(?!\sdu\smonde)|\ble\svide\sm'appelle|\bj'ai\sle\scouteau\sdans\sla\smain"
        r"|\bfaire\sune\sconnerie\sce\ssoir|\b(?:fait|faire|refaire)\sune\s(?:ts|tentative)\b"
        r"|\bje\sme\sdeteste.{0,30}(?:merite|vivre|mourir)|\bma\splace\sest\spas\sici"
        r"|\bc'est\sdecide,?\sje\spars|\bje\spars\scette\snuit|\btout\sest\snoir|\btout\sarreter"
        r"|\bje\s(?:n'?)?en\speux\splus.{0,30}(?:finir|mourir|arrete)|\bsur\sle\spont\b(?=\W*$)"
        r"|\bsi\sje\s(?:meurs|disparais|creve)\b.{0,30}(?:changera\srien|personne|rien\sa\sfaire)"
        r"|\b(?:j'ai|g)\sachete\sune\scorde|\bje\svais\ssauter\b(?=\W*(?:frr?|wallah|$|ce\ssoir"
        r"|maintenant|,))|\bje\sm'affame\w*|\bpour\sme\spunir\b",
        0.88,
        unless_text=rx_any(
            SELF_HARM_NOT, r"vacances|demenage|a\sdans|escalade|jeu\b|du\smonde|bugue"
        ),
    ),
    # ---------------------------------------------------------------- signals
    signal(
        "how_old",
        "age_question",
        r"\b(?:t'?as\squel\sage|tu\sas\squel\sage|quel\sage|kel\sage|ton\sage|t'?as\scombien"
        r"|tu\sas\scombien|t'?as\scb|t'as\sqel\sage|quel\sage\stu\sas|t'?es\sde\squele\sanee"
        r"|tu\ses\snee?\squand|t'?es\snee?\sen|age\s?\?|t'?as\squoi\scome\sage|asv"
        r"|t'?as\scombien\sd'age|c'est\squoi\ston\sage|ton\sage\s?\?|t'es\sjeune\s?\?|tu\ses\sjeune\s?\?"
        r"|t'as\spas\s18|t'es\smajeure?|tu\ses\smajeure?|t'es\smineure?\s?\?)\b"
        r"|^\W{0,3}age\W{0,3}$",
        0.35,
        unless_text=YOUR_CHILD,  # rules-5: "ta fille a quel âge ?" is about the child
    ),
    signal(
        "school",
        "school_question",
        r"\b(?:(?:t'?es|tu\ses)\sen\squele?\sclase|(?:t'?es|tu\ses)\sen\squoi|tu\svas\sau\s(?:colege|lycee)"
        r"|t'?es\sau\s(?:colege|lycee)|(?:colege|lycee)\sou\s(?:colege|lycee)|tu\ssors\sa\squele\sheure"
        r"|c'est\squoi\ston\s(?:colege|ecole|lycee)|tu\ssors\sdes\scours|t'es\sen\s[3-6]\s?e"
        r"|(?:tu\svas|t'es|tu\ses)\s(?:dans\s)?quele?\s(?:colege|lycee|ecole|clase)"
        r"|(?:tu\sfinis|tu\ssors|tu\ssort|t'as\sfini|tu\sfini)\s(?:\w+\s){0,3}(?:cours|colege|lycee|ecole)"
        r"|(?:t'as|tu\sas)\scours\s(?:demain|quand|le)|(?:t'es|tu\ses)\sen\svacances\sscolaires"
        r"|(?:t'as|tu\sas)\spas\s(?:de\s)?cours|tu\svas\sen\scours"
        r"|(?:t'es|tu\ses)\sau\s(?:colege|lycee|primaire)|tu\srevises\sle\sbrevet"
        r"|(?:t'es|tu\ses)\sen\squele?\sanee)\b",  # rules-5
        0.45,
        unless_text=YOUR_CHILD,
    ),
    signal(
        "parents",
        "parents_question",
        rf"\b(?:{PARENTS}\s(?:sont\sla|est\sla|rentrent|rentre|sont\sou|est\sou|sont\sstricts?|est\sstricte?"
        r"|te\slaisent|te\slaise|regardent|regarde|savent|sait|dorment|dort|travaillent|bossent|sont\sabsents"
        r"|sont\spas\sla|est\spas\sla)"
        r"|t'?es\s(?:toute\s)?seule?\s(?:chez\stoi|a\sla\smaison|dans\sta\schambre)"
        r"|ils\ssont\sou\stes\sparents|tu\svis\savec\s(?:tes\sparents|ta\smere|ton\spere)"
        r"|tu\sdors\sdans\sta\schambre|t'?as\sta\spropre\schambre|tes\sparents\sverifient)",
        0.45,
        unless_text=_ADULT_HOME,  # rules-6
    ),
    signal(
        "pretty",
        "compliment",
        r"\b(?:t'?es|t\ses|tu\ses|t'as\sl'air|tu\sas\sl'air|je\ssuis\ssur\sque\st'es|je\ssuis\ssure\sque\stu\ses)\s"
        r"(?:trop\s|tres\s|si\s|super\s|vraiment\s|tellement\s|grave\s|hyper\s|vrm\s)?(?:belle|jolie|mignone"
        r"|mignon|canon|charmante|magnifique|sexy|craquante|adorable|beau|bg|parfaite|speciale|mimi"
        r"|diferente\sdes\sautres|jolie\ssur\sta\sphoto|bele\ssur\sta\sphoto)\b"
        r"|\btu\sme\splais\b|\bt'es\sma\spreferee|\bje\ste\skife|\bje\ste\strouve\s(?:trop\s|tres\s|super\s)?"
        r"(?:bele|jolie|mignone|belle|canon|magnifique)|\bt'as\sde\s(?:beaux|jolis)\syeux"
        r"|\btu\sresembles\sa\sun\s(?:ange|mannequin|modele)",
        0.35,
    ),
    signal(
        "photo",
        "photo_request",
        r"\b(?:envoie|envoi|envois|tu\speux\sm'envoyer|t'as|montre|fais\svoir|je\sveux|tu\sm'envoies)\s?(?:moi\s)?"
        r"(?:une\s|des\s|ta\s|tes\s)?(?:photos?|tofs?|pics?|selfies?|snaps?\sde\stoi)"
        r"|\bmontre\s?toi\b|\bje\sveux\ste\svoir\b|\bfais\svoir\sta\stete\b|\bune\sphoto\sde\stoi\b"
        r"|\benvoie\s?(?:en|moi|m'en)\s(?:une\s)?autre\b|\b(?:photo|tof|selfie)\sde\ston\s(?:visage|corps)"
        r"|\bt'as\sune\sphoto\b|\bje\speux\savoir\sune\sphoto",
        0.4,
        # rules-6: "envoie moi les photos du mariage" is not a photo of the person
        unless_text=rx(
            r"\bphotos?\s(?:du|de\sla|des|de\sl')\s?(?:mariage|soiree|vacances|match|fete|anniv\w*|repas|voyage|concert)"
        ),
    ),
    signal(
        "meet",
        "meet",
        r"\b(?:on\sse\svoit|on\spourait\sse\svoir|on\sse\scapte|on\sse\srejoint|je\speux\svenir\ste\svoir"
        r"|je\sviens\ste\s(?:chercher|voir)|rejoins\s?moi|t'?habites\sou|tu\shabites\sou|tu\shabites\soù"
        r"|t'?habites\sdans\squele\sville|c'est\squoi\ston\sadrese|on\sse\sdonne\srdv|viens\schez\smoi"
        r"|on\spourait\sse\srencontrer|on\sse\srencontre|venir\schez\smoi|venir\ste\s(?:voir|chercher)"
        r"|je\ssuis\s(?:dans\sle\scoin|pas\sloin|a\scote)|j'habite\spas\sloin|on\sse\sretrouve"
        r"|je\spase\sdans\sta\sville|on\sse\svoit\s(?:quand|ce|demain|samedi|mercredi|apres)"
        r"|je\speux\svenir|rejoins\smoi|rejoindre|je\spase\ste\s(?:prendre|chercher)"
        r"|je\s(?:suis|serai|pase|paserai|pasais|bosse|travaile)\s(?:\w+\s)?(?:dans|vers|pres\sde|a\scote\sde)"
        r"\s(?:ta\sville|ton\squartier|ton\scoin|chez\stoi|ton\scolege|ton\slycee))\b",
        0.4,
    ),
    signal(
        "gift",
        "gift",
        r"\b(?:je\s(?:peux\s|vais\s)?t'?(?:offrir|envoyer\sde\sl'argent|payer|acheter)|tu\sveux\s(?:de\sl'argent|un\scadeau"
        r"|des\sv-?bucks|des\srobux|des\sskins)|argent\sde\spoche|v-?bucks|robux|je\st'ofre|je\ste\spaye"
        r"|je\ste\srecharge)\b",
        0.45,
    ),
    signal(
        "secret",
        "secrecy",
        r"\b(?:entre\snous|(?:supprime|efface)\s(?:la\sconv|nos\smesages|les\smesages|tout\sapres)"
        r"|dis\s(?:le\s)?a\spersone|que\spersone\sne\ssache|garde\sca\spour\stoi|en\scachete"
        r"|(?:dis|dit|raconte|montre)\s(?:rien|pas|jamais)\s(?:\w+\s){0,2}a\s(?:persone|tes\scopines|tes\samis"
        r"|tes\spotes|ta\smeilleure\samie)|ca\sreste\sentre\snous|personne\sdoit\ssavoir)\b",
        0.5,
    ),
    signal(
        "isolation",
        "isolation",
        r"\b(?:tes\sparents\s(?:ne\s)?te\scomprenent\spas|moi\sje\ste\scomprends|je\ssuis\sle\sseul\squi"
        r"|tes\s(?:amis|potes|copines)\ssont\s(?:nuls|jaloux|pas\spour\stoi)|t'as\sbesoin\sde\spersone\sd'autre"
        r"|personne\ste\scomprend\scome\smoi|ils\ste\scomprenent\spas|ils\ste\smeritent\spas)\b",
        0.5,
    ),
    signal(
        "bare_age",
        "bare_age",
        rf"^\W{{0,3}}(?:{FILLER}){{0,2}}(?:bientot\s|presque\s|moi\s|j'en\sai\s|j'ai\s|moi\sc'est\s|c'est\s)?"
        rf"(?:({MINOR_AGE})\s?{YEARS}?|(?:en\s|nee?\sen\s)?(2009|201\d))(?:\W{{0,3}}{ANSWER_TAIL}){{0,3}}\W{{0,8}}$",
        0.0,
    ),
    signal(
        "bare_grade",
        "bare_grade",
        rf"^\W{{0,3}}(?:{FILLER}|yes\W{{1,3}})?(?:je\ssuis\s|jsuis\s|colege\W{{1,3}}|lycee\W{{1,3}})?(?:en\s)?"
        rf"(?:{GRADE})\W{{0,3}}(?:\w+\W{{0,3}})?(?:{ANSWER_TAIL}\W{{0,3}}){{0,2}}$",
        0.0,
    ),
    signal(
        "adult_age",
        "adult_age",
        rf"\b(?:{JAI}|{SUIS})\s?(1[89]|[2-9]\d)\s?ans\b|^\W{{0,3}}(1[89]|[2-9]\d)\s?(?:ans?)?\s?"
        r"(?:[/,\- ]\s?(?:f|h|g|fille|gars|garcon|meuf|mec)\b|et\stoi|$)"
        # fp6: the sex first ("f 27 lyon", "h 30 paris"), an adult's "moi 45", "40 ans bientôt"
        rf"|^\W{{0,3}}(?:{FILLER}){{0,2}}(?:f|h|fille|gars|meuf|mec|femme|homme)\W{{1,3}}(1[89]|[2-9]\d)\b"
        r"(?!\s?(?:e|eme|h|min|kg|km|cm|€|euros?|balles|%))"
        r"|\bmoi\s(1[89]|[2-9]\d)\s?(?:ans?)?(?=\s?(?:[,.!?)]|$|et\stoi|et\svous|bientot))"
        r"|^\W{0,3}(1[89]|[2-9]\d)\s?ans\s(?:bientot|pases|tout\srond|et\sdemi|et\stoutes\smes\sdents)\b",
        0.0,
    ),
    signal(
        "minor_ctx",
        "minor_context",
        r"\b(?:mes\sparents\s(?:veulent|m'ont|me\slaisent|sont)|ma\smere\sveut\spas|apres\sles\scours"
        r"|mon\sprof\sde|la\srecre|les\sdevoirs|mon\scarnet|la\scantine|le\sbus\sdu\scolege)\b",
        0.3,
    ),
)

# ------------------------------------------------------------- rules-6, the other labels
# Session 6 ("riskother6"): the non-child labels' recall on writers the rules never saw,
# as word CLASSES and structures rather than phrasings: a threat is a first person, a
# future or a condition, a harm and a second person ("si t'as pas payé, je viens chez toi
# avec mes potes"), or a publication of "it" to an audience; self-harm is a first person
# wanting to die, disappear or hurt oneself in many phrasings; hate is an extermination,
# a ban or an expulsion of a group, or a group that "should not exist"; drugs are the
# dealer sought or the product praised; scams are money promised for money; harassment
# is an address ("espèce de ...", "retourne dans ton trou") or a stronger word list;
# off_platform is a move to "another app" or a video call. Each with its hard negatives
# (tests/unit/test_risk_rules_other6.py).

# People one brings along to hurt someone.
CREW = (
    r"(?:mes|des|les|nos)\s(?:potes|gars|freres|cousins|reufs|kheys|amis|mecs|collegues"
    r"|gars\sdu\squartier)"
)
# Being somewhere to hurt someone: "je viens chez toi", "on passe te voir", "je t'attends en bas".
COME_TO_YOU = (
    r"(?:je|j'|on|nous)\s?(?:vais\s|va\s|allons\s)?(?:viens|vient|venir|passe|passer|debarque|debarquer"
    r"|monte|monter|arrive|ariver|descend|descendre|sonne|sonner|serai|sera|viendra|viendrai|viendrons"
    r"|pasera|paserai|debarquera|debarquerai|serons)\s(?:te\svoir\s|te\schercher\s)?"
    r"(?:chez\stoi|a\sta\sporte|devant\schez\stoi|en\sbas\sde\schez\stoi|a\ston\s(?:taf|travail|boulot|ecole)"
    r"|devant\ston\s(?:taf|travail|boulot))"
)
# A second-person condition or "or else".
IF_YOU = (
    r"(?:si\s(?:tu|t'|t'as|t'es|jamais\stu)|sinon|ou\sbien|sans\squoi|tant\sque\stu|le\sjour\sou\stu"
    r"|la\sprochaine\sfois\sque\stu|encore\sune\sfois)"
)
# "It" held over someone: the pictures or recordings named before (another turn).
IT = (
    r"(?:les|la|le|l'|ca|tout\sca|tout|cette\s(?:video|photo|conversation|conv)"
    r"|ces\s(?:photos|videos|images))"
)
# A condition the other person fails ("si t'as pas payé", "tant que tu rembourses pas", "sinon").
IF_NOT = (
    r"(?:si\s(?:tu|t'|t'as|t'es|jamais\stu)\s?(?:ne\s|n')?(?:\w+\s){1,2}?(?:pas|plus|jamais|rien)|sinon|sans\squoi"
    r"|tant\sque\stu\s(?:ne\s)?(?:\w+\s){1,2}?pas|le\sjour\sou\stu|la\sprochaine\sfois\sque\stu|si\stu\srecommences"
    r"|si\stu\scontinues|si\stu\sparles|si\stu\sportes\splainte|si\stu\sbalances)"
)
# Places one dies or ends up in, said of someone else.
END_UP = (
    r"(?:a\sl'hopital|a\sl'hosto|aux\surgences|a\sla\smorgue|au\scimetiere|dans\sun\s(?:sac|cercueil|trou|fose)"
    r"|en\sfauteuil|en\s(?:morceaux|pieces)|sous\stere|\d\spieds\ssous\stere|entre\squatre\splanches"
    r"|les\spieds\sdevant|a\sla\srue|defigure\w*|paralyse\w*)"
)
# Ways of being gone (self-harm): "ne plus être là", "disparaître", "partir pour de bon".
BE_GONE = (
    r"(?:(?:plus|pas)\s(?:etre|rester)\s(?:la|ici|en\svie|vivante?|sur\scette\stere|de\sce\smonde)"
    r"|etre\smorte?|etre\senterree?|ne\sjamais\s(?:etre\snee?|avoir\sexiste)|jamais\setre\snee?"
    r"|(?:ne\s)?(?:pas|plus|jamais)\sme\sreveiller|m'endormir\spour\stoujours|disparaitre(?!\s(?:sous|de\s|d'|dans\sma"
    r"|quelques|un\speu|du\ssalon|d'ici|pendant|le\stemps|ce\sweek|en\svacances|une\s))"
    r"|partir\s(?:pour\sde\sbon|pour\stoujours|loin\sde\stout\sca\spour\stoujours)|que\stout\s(?:s'arrete|s'arete|se\stermine)"
    r"|que\sca\s(?:s'arrete|s'arete)\s(?:pour\sde\sbon|definitivement|une\sfois\spour\stoutes)"
    r"|rejoindre\s(?:mon|ma|mes)\s\w+\s(?:au\sciel|la-?\s?haut)|en\sfinir\s(?:une\sfois\spour\stoutes|pour\sde\sbon))"
)
# Hurting oneself with something (self-harm).
SELF_HURT = (
    r"(?:je\sme\s(?:suis\s)?(?:encore\s|souvent\s|deja\s|parfois\s)?(?:brule\w*|frappe\w*|grife\w*|mord\w*|tape\w*"
    r"|arache\w*|coupe\w*|entaille\w*|ecorche\w*|cogne\w*)\s(?:avec|la\stete|les\s(?:bras|poignets|cuises|jambes|mains)"
    r"|jusqu'au\ssang|contre\sles\smurs|expres|volontairement|pour\s(?:me\spunir|sentir|oublier|me\scalmer|avoir\smal))"
    r"|je\sme\sfais\s(?:saigner|vomir\s(?:apres|tous|chaque|expres))"
    r"|je\sne\smange\splus\s(?:expres|pour\sme\spunir|depuis\s\w+\sjours\s(?:expres|pour))"
    r"|(?:ca|ca\sme)\s(?:soulage|calme|fait\sdu\sbien)\sde\sme\s(?:couper|bruler|frapper|faire\smal|griffer|scarifier)"
    r"|le\sseul\strucs?\squi\sme\s(?:soulage|calme)\sc'est\sde\sme\s\w+)"
)
# Someone one buys drugs from.
DEALER = (
    r"(?:dealer|dealeur|dealeuse|plug|fournisseur|fourgue|charbonneur"
    r"|livreur\sde\s(?:beuh|weed|shit|coke))"
)
# Group ban or expulsion verbs beyond EXTERMINATE.
BAN = (
    r"(?:interdire|bannir|expulser|renvoyer|deporter|virer|chasser|degager|parquer|enfermer"
    r"|gazer|tuer|bruler|pendre)"
)

# Harm verbs in the present, after "je te" ("si tu parles je te défonce").
HARM_NOW = (
    r"tue|bute|defonce|casse\s(?:la\sgueule|les\sdents|les\sjambes|la\stete\scontre)|frappe|plante|nique|egorge|creve"
    r"|massacre|detruis|eclate|demonte|saigne|brule|crame|tabase|defigure|ecrase|etrangle|pete\s(?:la\sgueule|les\sdents"
    r"|les\sgenoux)|fais\s(?:la\speau|regretter|payer|la\smisere)|pourris\sla\svie|retrouve|egorgerai|choppe|chope"
)

RULES_6_OTHER: tuple[Rule, ...] = (
    # --------------------------------------------------------------- threat
    hit(
        "come_with_crew",
        "threat",
        rf"\b{COME_TO_YOU}\s(?:\w+\s){{0,2}}(?:avec\s(?:{CREW}|une\sbatte|un\scouteau|une\slame|un\sflingue"
        r"|une\sarme|du\smonde|des\srenforts)|et\stu\svas\s(?:voir|comprendre|pleurer|regretter|payer|morfler"
        r"|saigner|souffrir|prendre)|pour\s(?:regler|t'expliquer|te\sfaire|t'apprendre|te\sdonner\sune\slecon"
        r"|te\scorriger|te\sfumer|te\sbuter|te\s(?:frapper|defoncer|casser)))"
        rf"|^(?=.*\b{IF_NOT}\b)(?=.*\b{COME_TO_YOU}\b).{{1,300}}"
        rf"|\b(?:je\svais|on\sva|j'vais)\s(?:t'envoyer|envoyer)\s{CREW}\b",
        0.86,
        unless_text=rx_any(
            THREAT_NOT,
            r"\b(?:manger|diner|dejeuner|apero|boire|cafe|the|gouter|anniv\w*|fete|cadeau"
            r"|gateau|bouquet|fleurs|demenag\w*|meuble|aider|aide|bricol\w*|reparer|chercher\s(?:les|le|la|tes)"
            r"|colis|repas|bisous|bise|hate|soiree|film|jeux|montrer|boite|deposer|recuperer|rendre)\b",
        ),
    ),
    hit(
        "you_end_up",
        "threat",
        rf"\b(?:tu\s(?:vas|va|risques\sde|pourais|finiras|termineras|vas\sfinir|vas\sterminer|vas\sete"
        r"|finis|termines)"
        rf"|tu\sva\sfinir|toi\stu\svas)\s(?:finir\s|terminer\s|te\sretrouver\s|etre\s)?{END_UP}"
        r"|\b(?:ca|les\schoses)\s(?:va|vont)\s(?:mal\s(?:finir|se\spaser|tourner)|chauffer|barder)\spour\s(?:toi|ta\sgueule|ta\sfamile)"
        r"|\btu\svas\s(?:le\s)?(?:payer|sentir\spaser|prendre)\s(?:cher|tres\scher)\b"
        r"|\btu\s(?:sais|connais)\spas\sa\squi\s(?:tu\sparles|t'as\safaire|tu\ss'ataques)"
        r"|\bje\sconnais\sdes\s(?:gens|gars|mecs|types)\squi\s(?:peuvent|vont|savent|sauront)\s(?:te|s'ocuper|te\sretrouver|regler)"
        r"|\bje\svais\sfaire\sde\sta\svie\sun\senfer\b|\bta\sfamile\s(?:va|vont)\s(?:payer|souffrir|pleurer|y\spaser)",
        0.86,
        unless_text=rx_any(
            THREAT_NOT,
            r"\b(?:si\stu\scontinues?\sa\s(?:fumer|boire|rouler|conduire)|clope|cigarettes?"
            r"|alcool|regime|sucre|au\svolant|ceinture|casque|prudent|attention\sa\stoi|prends\ssoin|soleil"
            r"|credit|loyer|impots|banque|facture)\b",
        ),
        unless_after=r"\s?\?",
    ),
    hit(
        "publish_it",
        "threat",
        rf"\b(?:je|j'|on|sinon\sje|ou\sje|sinon\sj')\s?(?:vais\s|va\s)?(?:{IT})\s?(?:{PUBLISH})\s(?:{AUDIENCE})"
        rf"|\b(?:je|on)\s(?:vais\s|va\s)?(?:{PUBLISH})\s(?:{IT})\s(?:{AUDIENCE})"
        rf"|\b(?:sinon|ou\sje|ou\sbien)\b.{{0,25}}\b(?:{PUBLISH})\s(?:{IT})\s(?:{AUDIENCE})"
        r"|\bpersone\sne\s(?:la|les|le|l')\s(?:vera|verra|recevra|saura|voit)\b.{0,40}\bsinon\b"
        rf"|\b{AMOUNT}.{{0,40}}\bet\spersone\sne\s(?:la|les|le|l')\s(?:vera|verra|recevra|saura)",
        0.88,
        unless_text=rx_any(
            SEXTORTION_NOT,
            r"\b(?:faire-part|invitation|programe|menu|planing|cv|devis|facture"
            r"|compte\srendu|dosier|rapport|recete|lien|playlist|resultats|horaires)\b",
        ),
    ),
    # ------------------------------------------------------------- self_harm
    hit(
        "want_gone",
        "self_harm",
        rf"\b(?:{WANT}|j'ai\s(?:plus|pas)\s(?:envie|la\sforce)\sd[e']|je\s(?:veux|voudrais)\s(?:juste\s)?"
        rf"|j'aimerais\s(?:juste\s)?|j'ai\senvie\sde|je\sprefererais|je\sreve\sde|ce\sserait\smieux\sde)"
        rf"\s?(?:juste\s|vraiment\s|tellement\s)?{BE_GONE}"
        r"|\bj'ai\splus\s(?:envie|la\sforce)\sd'\s?(?:etre\s(?:la|ici|en\svie|vivante?)|exister)\b",
        0.88,
        unless_text=rx(
            SELF_HARM_NOT.pattern + LAUGHTER + r"|\b(?:ce\sboulot|cette\sboite|ce\sbled|ce\sgroupe"
            r"|ce\sserveur|ce\ssalon|ce\schat|cette\sville|cette\sreunion|ce\scours|ce\sjob|lundi"
            r"|couete|lit|week-?end|vacances|grote|trou\sde\ssouris|honte)\b"
        ),
        unless_before=r"(?:\bsi\stu|\bsi\svous|\bquand\son|\bsi\son|\bsi\squelqu'un|\bil|\belle|\bils"
        r"|\bqu'elle|\bqu'il)\s(?:\w+\s){0,3}$",
    ),
    hit(
        "hurt_self_with",
        "self_harm",
        SELF_HURT,
        0.88,
        unless_text=rx_any(
            SELF_HARM_NOT,
            r"\b(?:cuisin\w*|four|fer\sa\s(?:repaser|lisser)|poele|bricol\w*|papier|rasoir"
            r"|rasant|cheveux|doigt|couteau\sa\spain"
            r"|porte|meuble|table|marche|escalier|velo|ski|foot|match|sport|ongles|langue|levre"
            r"|sans\sfaire\sexpres|accident)\b",
        ),
        unless_before=r"(?:\bsi\stu|\bil|\belle|\bqu'elle|\bqu'il)\s(?:\w+\s){0,3}$",
    ),
    hit(
        "farewell",
        "self_harm",
        r"\b(?:vous|tu)\s(?:ne\s)?(?:me\s)?(?:reverrez|reverras|verrez|verras|entendrez|entendras)\splus\b(?:\sjamais)?"
        r"(?:\s(?:parler\sde\smoi|ma\s(?:tete|face|gueule)))?\b(?=.{0,40}(?:adieu|pardon|desolee?|merci\spour\stout|je\svous\saime"
        r"|je\st'aime|c'est\sfini|$))"
        r"|\bj'ai\s(?:ecrit|laise|prepare)\s(?:des|mes|une)\s(?:lettres?|mots?)\s(?:d'adieu|pour\s(?:ma\sfamile|mes\sparents"
        r"|mes\senfants|ceux\squi\srestent|apres))"
        r"|\bj'ai\s(?:done|distribue|rendu)\s(?:toutes\s)?mes\saffaires\b"
        r"|\bc'est\s(?:mon|le)\sdernier\s(?:mesage|soir|jour)\b(?!\s(?:de\b|d'|avant|au\b|a\s|ici|en\s|chez))"
        r"|\bpardon\sa\s(?:tous|tout\sle\smonde|ceux\sque\sj'ai)\b.{0,40}(?:partir|plus\sla|adieu|fin)",
        0.88,
        unless_text=rx(
            SELF_HARM_NOT.pattern
            + LAUGHTER
            + r"|\b(?:demenag\w*|vacances|voyage|quitte\sle\sserveur"
            r"|quitte\sle\sgroupe|pars\sa|partir\sa|l'armee|erasmus|retraite|nouveau\sjob|boulot)\b"
        ),
    ),
    # ------------------------------------------------------------------ hate
    hit(
        "group_ban",
        "hate",
        rf"^(?=.*\b(?:faut|faudrait|faudra|il\sfaut|il\sfaudrait|on\sdevrait|on\sdoit|qu'on|je\svais|allez"
        r"|il\sest\stemps\sde|vivement\squ'on|j'aimerais\squ'on|on\sva|y\sa\squ'a|suffit\sde|pourquoi\son\sne)\b)"
        rf"(?=.*\b(?:{BAN}|{EXTERMINATE})\s(?:tous\s|toutes\s)?(?:les|ces|leurs|des)\s(?:sales\s)?(?:{GROUPS}|mosquees"
        r"|synagogues|voiles|kippas|burqas)\b).{1,400}"
        rf"|\b(?:{BAN}|{EXTERMINATE})(?:ez|er)?\s(?:tous\s|toutes\s)?(?:les|ces)\s(?:sales\s)?(?:{GROUPS})\b(?=\s?(?:!|$|,|\.))",
        0.88,
        unless_text=rx_any(
            HATE_NOT,
            r"\b(?:projet\sde\sloi|extreme\sdroite|discours|propos|programe"
            r"|candidat|parti|il\sveut|ils\sveulent|elle\sveut|debat)\b",
        ),
    ),
    hit(
        "group_should_not",
        "hate",
        rf"\b(?:les|ces|tous\sles|toutes\sles)\s(?:sales\s)?(?:{GROUPS}|pd)\b(?:,?\s(?:ca|ils|elles|eux|on))?"
        r",?\s(?:devrai(?:t|ent)|doi(?:t|vent)|faudrait|faut|on\sdevrait|on\sdoit|meriteraient|meritent|merite)"
        rf"\s(?:pas|plus|jamais|les|etre|se\sfaire|tous|toutes)?\s?(?:\w+\s)?(?:naitre|exister|vivre|respirer"
        rf"|(?:(?<=pas\s)|(?<=plus\s)|(?<=jamais\s))avoir\sle\sdroit|interdit\w*|{EXTERMINATE}|{BAN}"
        r"|enferme\w*|soigne\w*|parque\w*|chasse\w*)\b",
        0.88,
        unless_text=HATE_NOT,
    ),
    hit(
        "people_like_them",
        "hate",
        rf"\b(?:ces|les)\sgens(?:-?\s?la|\scomme\s(?:ca|eux))?\s(?:c'est|sont|ce\ssont)\s(?:tous\s)?(?:des\s)?(?:{DEHUMANISING})\b"
        r".{0,40}\b(?:renvoy\w*|dehors|chez\seux|leur\spays|frontiere|expuls\w*|bateau|charter|avion|retour)",
        0.86,
        unless_text=HATE_NOT,
    ),
    # ------------------------------------------------------------------ drugs
    hit(
        "seek_dealer",
        "drugs",
        rf"\b(?:cherche|recherche|connais|conait|trouver|trouve|besoin\sd'|t'as|tu\sas|t'aurais|quelqu'un\sa"
        rf"|qui\sa|file-?\s?moi|done-?\s?moi|passe-?\s?moi)\s(?:un|le|ton|ta|un\sbon|un\sbonne|un\svrai|le\snum\sd'un"
        rf"|le\snumero\sd'un|le\scontact\sd'un|le\s06\sdu|le\snum\sdu)\s{DEALER}\b"
        rf"|\b(?:mon|notre|le)\s(?:plug|dealer|dealeur|fournisseur)\s(?:est|a|livre|passe|ramene|dispo|arrive|m'a)\b",
        0.86,
        unless_text=rx_any(
            DRUGS_NOT,
            r"\b(?:prise|electrique|usb|chargeur|anal|butt|adaptateur|multiprise"
            r"|voiture|auto|concession|carte\s(?:pokemon|magic)|jeu|jeux|video|mutuelle|energie|gaz"
            r"|internet|fibre|box|fournisseur\sd'acces|fournisseur\sd'energie|materiaux)\b",
        ),
    ),
    hit(
        "product_praised",
        "drugs",
        r"\b(?:ma|la|notre|de\sla)\s(?:came|frappe|marchandise|beuh|weed|coke|resine|skunk)\s(?:est|c'est|cest)\s"
        r"(?:la\s)?(?:meileure|plus\spure|top|de\sla\sbombe|de\sla\sfrape|de\sfou|incroyable|pure|coupee|frais)\b"
        r"|\b(?:la\s)?(?:meileure|plus\spure)\s(?:came|beuh|weed|coke|frappe|resine)\s(?:du|de\sla|de)\s"
        r"(?:secteur|quartier|coin|ville|cite|region|tieks|zone)",
        0.86,
        unless_text=DRUGS_NOT,
    ),
    # ------------------------------------------------------------- harassment
    hit(
        "address_species",
        "harassment",
        r"(?:^|[,!?.]\s?|\b(?:toi|eh|wsh|wesh|oh|ta\sgueule|ferme-la|ferme\sla)\s)\W{0,3}espece\sde\s(?:sale\s|gros\s|grose\s"
        r"|petit\s|petite\s|vieux\s|vieile\s|pauvre\s)?(?!plante|champignon|oiseau|poison|insecte|arbre|fleur|animal\srare"
        r"|protege)[a-z]{3,}"
        r"|\b(?:retourne|rentre|va)\s(?:dans\s(?:ton|ta)\s(?:trou|niche|grote|cave|poubele|egout|enclos|cage|porcherie)"
        r"|sous\s(?:ton|ta)\s(?:caillou|pierre|rocher))\b"
        r"|\b(?:t'es|tu\ses|vous\setes)\s(?:bete|con|cone|nul|nule)\scome\s(?:tes|ses|vos)\spieds\b"
        r"|\b(?:sale|pauvre|gros|espece\sde)\s(?:type|mec|nana|meuf|bonhome|bonne\sfeme)\b(?!\s(?:de\sbien|bien|sympa))"
        r"|\b(?:t'es|tu\ses|t'es\sjuste|t'es\squ')\s?(?:une?\s)?(?:bon|bone)\sa\srien\b"
        r"|\btu\sme\s(?:degoutes|fais\s(?:gerber|vomir))\b|\b(?:on|persone)\st'as?\s(?:pas\s)?(?:sonne|demande\s(?:ton\savis|quoi))\b",
        0.85,
        unless_text=rx_any(
            HARASSMENT_NOT, r"\b(?:sale\stype\sde|mec\sbien|type\sbien|boule|contrôle)\b"
        ),
    ),
    # ------------------------------------------------------------- scam_spam
    hit(
        "money_for_money",
        "scam_spam",
        rf"^(?=.*\b(?:envoie|envoi|verse|versez|mise|misez|investis|investissez|depose|deposez|place|placez|mets|paie"
        rf"|payez|achete|achetez)\b)(?=.*{AMOUNT}.{{1,80}}{AMOUNT})(?=.*\b(?:recois|recevras|recevez|recupere\w*|touche\w*"
        r"|gagne\w*|rapporte\w*|renvoie|rends|rembourse|double|triple|retire\w*|profit\w*|benefice\w*)\b).{1,400}",
        0.86,
        unless_text=rx_any(
            SCAM_NOT,
            r"\b(?:loyer|facture|courses|resto|essence|billet\sde\strain|cinema"
            r"|tickets|carte\sgrise|assurance|amende|pv|avance\ssur\ssalaire|rembourse\s(?:lundi|demain|la\ssemaine))\b",
        ),
    ),
    hit(
        "task_job",
        "scam_spam",
        rf"\b(?:taches|missions|travail|job|boulot|emploi|taf)\s(?:simples?|faciles?|rapides?|en\sligne|depuis\s(?:ton|votre)"
        rf"\s(?:telephone|tel|canape|lit))\b.{{0,60}}(?:{AMOUNT}|paye\w*|remunere\w*|commission)"
        rf"|\b(?:liker|like|aimer|noter|regarder)\s(?:des\s)?(?:videos|posts|publications|avis|produits)\s.{{0,30}}(?:paye\w*|remunere\w*|{AMOUNT})"
        r"|\b(?:recrute|recrutons|cherchons|cherche)\s(?:des\s)?(?:personnes|gens|profils|jeunes)\s(?:motive\w*|serieu\w*|dispo\w*)"
        rf".{{0,60}}(?:{AMOUNT}|par\sjour|par\ssemaine|depuis\schez|a\sdomicile|sans\sexperience)",
        0.85,
        unless_text=SCAM_NOT,
    ),
    # ----------------------------------------------------------- prostitution
    hit(
        "private_party",
        "prostitution",
        rf"^(?=.*\b(?:soiree\sprivee|hotesses?|dame\sde\scompagnie|accompagnatrice|prestations?|sans\stabous?"
        r"|tous\sservices|services\scomplets|gfe|girlfriend\sexperience)\b)"
        rf"(?=.*(?:{AMOUNT}|\bparticipation\b|\btarifs?\b|\b\d{{2,4}}\s(?:la|l')\s?(?:heure|nuit|soiree|pase)\b)).{{1,400}}",
        0.86,
        unless_text=rx_any(
            PROSTITUTION_NOT,
            r"\b(?:traiteur|mariage|banquet|seminaire|salon\sprofessionel"
            r"|hotesse\sd'acueil|hotese\sde\sl'air|avion|compagnie\saerienne|stand|evenementiel|cv)\b",
        ),
    ),
    # ------------------------------------------------------------ off_platform
    hit(
        "elsewhere",
        "off_platform",
        r"\b(?:on\s(?:en\s)?(?:parle|discute|continue|cause|pase|va|se\sparle|s'ecrit)|parlons|continuons|pasons|ecris-?\s?moi"
        r"|viens|vient|venez)\s(?:\w+\s){0,2}?(?:ailleurs|sur\sune\sautre\s(?:appli|app|application|plateforme|messagerie)"
        r"|sur\sun\sautre\s(?:site|tchat|chat|reseau))\b"
        r"|\b(?:plus\s(?:simple|facile|tranquile|discret|pratique)|mieux)\s(?:sur|en\spasant\spar)\s(?:une\sautre\s(?:appli|app"
        rf"|application|messagerie)|{APPS})\b"
        rf"|\b(?:on\sen\sparle|on\sse\sparle|on\scontinue|on\sdiscute|on\scause|on\sse\scapte|on\sse\stexte)\s(?:plutot\s)?(?:sur|en)\s{APPS}\b"
        rf"|\b(?:vient|venez|rejoignez-?\s?moi|ecrivez-?\s?moi|ajoutez-?\s?moi|contactez-?\s?moi)\s(?:\w+\s){{0,2}}?(?:sur|en)\s{APPS}\b"
        r"|\b(?:on\sse\sfait|on\sfait|fais|faisons|appelle-?\s?moi\sen|un\sappel)\s(?:un\s)?facetime\b"
        r"|\b(?:viens?|vient|go|on\spase|pase)\ssur\stele\b(?=\s(?:c'est|stp|plutot|vite|maintenant|$)|\W*$)",
        0.86,
        unless_text=rx_any(PREVENTION, r"\b(?:jamais|arnaque|mefie\w*|refuse|bloque)\b"),
    ),
    # ------------------------------------------------------- rules-6, second part
    hit(
        "if_then_harm",
        "threat",
        rf"\b{IF_YOU}\b.{{0,60}}\b(?:je|j'|on)\s?(?:te|t')\s?(?:{HARM_NOW})\b"
        rf"|\b(?:je|on)\s(?:te|t')\s?(?:{HARM_NOW})\b(?=\s?(?:si\b|quand\b|des\sque|le\sjour|a\sla\ssortie|demain|ce\ssoir"
        r"|sale\b|frr?\b|wallah|je\ste\sjure|tu\sm'entends|t'as\scompris|!|$))"
        r"|\btu\s(?:vas\sme\sle|me\sle|le)\s(?:payer|paieras|payeras|regretter|regreteras)\b",
        0.86,
        unless_text=rx_any(
            THREAT_NOT,
            r"\bcasse\sla\stete\b|\bcasse\sles\spieds\b|\btue\s(?:avec\s)?(?:tes|ta|ton)\s"
            r"(?:blagues|betises|histoires|conneries)|\bje\ste\stue\s(?:de\srire|au\sjeu)",
        ),
    ),
    hit(
        "tell_unless",
        "threat",
        rf"^(?=.*\b(?:je\svais|j'vais|je|sinon\sje|ou\sje)\s(?:tout\s)?(?:dire|raconter|reveler|balancer|envoyer|montrer)\s(?:tout\s)?"
        rf"(?:{AUDIENCE})\b)(?=.*\b(?:sauf\ssi|sinon|si\stu\s(?:ne\s)?(?:paies|payes|m'envoies|me\squittes|refuses|bloques"
        r"|reponds\spas|me\sbloques|paies\spas|payes\spas)|a\smoins\sque)\b).{1,300}"
        rf"|\b(?:tout\sle\smonde|tes\s(?:parents|amis|potes|colegues|contacts|abones)|ta\s(?:famile|mere|feme|copine)"
        rf"|ton\s(?:mari|mec|copain|patron|pere))\s(?:verra|vera|va\svoir|recevra|aura|verront|vont\svoir|recevront)"
        rf"\s(?:tes|ta|ces|les|la|cette|tous\stes)\s(?:\w+\s)?(?:{MEDIA})\b",
        0.88,
        unless_text=SEXTORTION_NOT,
    ),
    hit(
        "no_meaning",
        "self_harm",
        r"\b(?:la|ma)\svie\s(?:n'a|a)\s(?:plus|aucun|pas)\s(?:de\s|aucun\s)?sens\b|\bplus\srien\sn'a\sde\ssens\b"
        r"|\bje\s(?:ne\s)?vois\s(?:plus|pas)\s(?:l'interet|le\ssens|pourquoi)\s(?:de\s|d')?(?:vivre|continuer|me\slever|rester"
        r"|exister|je\svis|je\scontinue)"
        r"|\bje\spense\sa\s(?:la\smort|mourir|me\stuer|au\ssuicide)\s(?:tout\sle\stemps|tous\sles\sjours|souvent|sans\sarret"
        r"|en\spermanence|chaque\s(?:jour|nuit|soir))"
        r"|\b(?:pensees|idees)\sde\smort\b|\bla\smort\s(?:me\sfait\splus\speur|m'atire|serait\sun\ssoulagement|serait"
        r"\sune\sdelivrance)|\bmourir\sserait\s(?:un\ssoulagement|une\sdelivrance|plus\ssimple)"
        r"|\b(?:ce\sserait|ca\sserait)\s(?:plus\ssimple|mieux)\s(?:pour\s(?:tout\sle\smonde|tous|eux|vous)\s)?si\sje\s"
        r"(?:n'etais\splus\sla|mourais|disparaissais|etais\smorte?|partais|existais\spas|n'existais\splus)"
        r"|\bsi\sje\s(?:mourais|disparaissais|partais|me\stuais|crevais)\b.{0,30}\bpersone\s(?:ne\s)?(?:pleurerait"
        r"|remarquerait|s'en\srendrait\scompte|le\sremarquerait|me\sregreterait|viendrait)"
        r"|\bun\spoids\spour\s(?:tout\sle\smonde|ma\sfamile|vous|mes\sproches|mes\sparents|les\sautres)"
        r"|\bfatiguee?\sde\s(?:me\sbatre|lutter)\s(?:contre|pour\svivre|tous\sles\sjours|chaque\sjour)",
        0.86,
        unless_text=rx(
            SELF_HARM_NOT.pattern + LAUGHTER + r"|\b(?:jeu|serie|film|personage|roman)\b"
        ),
        unless_before=r"(?:\bsi\stu|\bil|\belle|\bqu'elle|\bqu'il|\bsi\sun\sproche)\s(?:\w+\s){0,3}$",
    ),
    hit(
        "sext_questions",
        "sexual_solicitation",
        r"\btu\s(?:portes|as\ssur\stoi|dors\sen)\squoi\s(?:la|maintenant|en\sce\smoment|sous\s\w+|cete\snuit)\b"
        r"|\btu\s(?:portes|dors\sen)\squoi\b\s?(?:😏|😈|🔥|💦|👅|😘)"
        r"|\b(?:tu\sveux|ca\ste\sdit\sde|ca\ste\sdirait\sde)\smonter\s(?:boire|prendre)\sun\s(?:dernier\s)?verre\b"
        r"|\bje\s(?:te\s|t')\s?(?:deshabilerais|caresserais|embrasserais\spartout|lecherais|mordilerais|masserais|devorerais"
        r"|goutterais|gouterais)\b"
        r"|\bj'ai\s(?:trop\s|tellement\s|grave\s)?envie\sde\s(?:te\s|t')\s?(?:deshabiller|caresser|embrasser\spartout|gouter"
        r"|devorer|toucher|sentir\scontre\smoi|lecher|avoir\sdans\smon\slit)"
        r"|\btu\sme\sfais\s(?:bander|mouiller|tellement\sd'efet)\b"
        r"|\b(?:envie|besoin)\sde\s(?:calins?|tendrese|douceur|chaleur\shumaine|compagnie)\s(?:\w+\s){0,2}?(?:ce\ssoir|cete\snuit"
        r"|la\snuit)\b.{0,30}(?:qui|quelqu'un|qlq|une\s(?:feme|meuf|nana)|un\s(?:homme|mec)|dispo|\?)"
        r"|\bje\ssuis\sen\smanque\b(?=\s?(?:ce\ssoir|cete\snuit|de\stoi|de\ssexe|de\scalins|d'amour|qui|quelqu'un|,\s?qui))"
        r"|\bcouples?\s(?:libertin|echangiste|coquin|ouvert)s?\b|\blibertine?s?\s(?:cherche|propose|dispo)"
        r"|\b(?:je\ssuis\s(?:mariee?|en\scouple)|mon\smari|ma\sfeme)\b.{0,40}\b(?:saura|en\ssaura)\srien\b.{0,40}"
        r"(?:rencontre|voir|voit|voyer|retrouve|rejoin\w*|plan|moment|nuit|discret\w*|chez)",
        0.84,
        unless_text=rx_any(
            PREVENTION,
            r"\b(?:mariage|soiree\sde|entretien|boulot|ceremonie|bapteme|demain\smatin"
            r"|au\sboulot|tarif\w*|roses|cadeau|payant\w*)\b|€",
        ),
    ),
    hit(
        "paid_meeting",
        "prostitution",
        rf"^(?=.*\b(?:contre|en\sechange\sd[e']|moyenant|pour)\s(?:une\s|un\s|de\sl'|du\s|quelques\s)?(?:remuneration|argent|billets?"
        rf"|thune|petit\sbillet|aide\sfinanciere|geste|peu\sd'argent|cash|{AMOUNT}))"
        r"(?=.*\b(?:rencontre|nuit|moment|coucher|plan|sexe|compagnie|calins?|soiree\sprivee|je\srecois|je\sme\sdeplace"
        r"|tout\sce\sque\stu\sveux|massage|plaisir|sans\stabous?)\b).{1,300}"
        r"|\b(?:tes|vos|ton|votre|c'est\squoi\s(?:tes|ton))\s(?:tarifs?|prix)\b.{0,30}\b(?:la\snuit|une\snuit|la\sdemi|une\sheure"
        r"|la\spase|une\spase|le\scomplet)"
        r"|\b(?:je\sfais|elle\sfait|faire)\sle\s(?:trotoir|tapin)\b|\bmaison\sclose\b|\bmon\s(?:mac|proxo)\b"
        r"|\b(?:je\s(?:te|peux\ste)|je\st')\s?(?:trouver?|ramener?|envoie|envoyer|presenter?|proposer?|amener?)\s(?:une|des)\s(?:filles?|meufs?|nanas?"
        r"|escorts?)\b.{0,40}(?:ce\ssoir|la\snuit|pour\stoi|dispo|€|\d{2,})"
        r"|\b(?:blonde|brune|rousse|black|beurete|latina|etudiante|feme\smure|cougar|masseuse|coquine|jolie\s\w+)\s(?:\w+\s){0,2}"
        r"de\spasage\b.{0,40}(?:recoi|dispo|apart|hotel|deplace|rdv|contact)"
        r"|\barondir\s(?:mes|les|ses)\sfins\sde\smois\b.{0,60}(?:rencontre|homes|mesieurs|coquin\w*|nuit|plaisir|genereu\w*)",
        0.86,
        unless_text=rx_any(
            PROSTITUTION_NOT,
            r"\b(?:baby-?sit\w*|cours|devoirs|demenag\w*|jardinage|menage|bricolage"
            r"|promener|chien|colocation|loyer)\b",
        ),
    ),
    hit(
        "yield_promise",
        "scam_spam",
        r"\b\d+\s?%\s(?:de\s)?(?:rendement|profit|benefices?|gains?|interets?)?\s?(?:par|chaque|/|tous\sles)\s?(?:jour|semaine"
        r"|mois|j|sem)\b"
        rf"|\bj'ai\s(?:gagne|fait|encaise|touche|empoche)\s{AMOUNT}\s(?:en\s(?:\d+|une|deux|trois|quelques)\s(?:jours?|semaines?"
        r"|heures?|mois)|cete\ssemaine|ce\smois)\b.{0,60}(?:grace|avec\s(?:ce|cete|mon|ma)|site|appli|methode|lien|inscri\w*"
        r"|contacte|mp|dm|toi\saussi|comment|bot|crypto|trading|formation)"
        rf"|\b(?:tu\sveux|vous\svoulez|envie\sde|qui\sveut|ca\ste\sdit\sde)\s(?:gagner|te\sfaire|vous\sfaire|se\sfaire|faire)"
        rf"\s(?:de\sl'argent|des\ssous|de\sla\sthune|du\scash|de\sl'oseile|un\scomplement|{AMOUNT})\b.{{0,60}}(?:contact\w*|mp|dm"
        r"|ecris|inscri\w*|lien|facile\w*|rapide\w*|sans\s|chez\s(?:toi|vous)|depuis|telephone|clique|whatsap|telegram|snap)"
        r"|\bpret\s(?:entre\sparticuliers|rapide|sans\s(?:frais|justificatif|banque))"
        r"|\brecuperer\s(?:vos|tes|votre|ton)\s(?:fonds|argent|cryptos?|bitcoins?)\s(?:perdus?|voles?|bloques?)",
        0.86,
        unless_text=rx_any(
            SCAM_NOT,
            r"\b(?:soldes?|promo|reduction|remise|inflation|impots?|tva|batterie|chance"
            r"|livret|taux\sdu|loyer|hausse|baisse|augmentation|clients)\b",
        ),
    ),
    hit(
        "your_handle",
        "off_platform",
        rf"^(?=.*\b{APPS}\b)(?=.*(?<![\w.])@[a-z0-9_.]{{3,}}).{{1,300}}"
        rf"|\bmon\s{APPS}\s(?:c'est|:|=)\s?(?!(?:pas|plus|mort|nul|prive|pour|un|une|le|la|que|juste|quoi|ca|mon|ma"
        r"|vraiment|trop|bien|tout|rien|n'importe|en|de|du|des|bloque|suspendu|pirate|ferme|supprime)\b)[a-z][a-z0-9_.]{2,}"
        rf"|\b(?:t'es|tu\ses|vous\setes)\s(?:aussi\s)?(?:sur|inscrite?\ssur)\s{APPS}\b\s?\?"
        r"|\bt'as\s(?:quoi\scome\s|des\s)reseaux\b",
        0.85,
        unless_text=rx_any(
            PREVENTION, r"\b(?:jamais|arnaque|mefie\w*|bug|panne|supprime\w*|pirate\w*)\b"
        ),
    ),
)

RULES = RULES + RULES_6_OTHER

# ------------------------------------------ rules-6, the other labels: from other-train-6
# Written from data/risk/written/other-train-6.jsonl (16 voices of independent writers who
# never saw the detector), as classes again: its dev part other-dev-6 was not read.

# Where people move a conversation: the chat apps and the networks, dating apps, mail and
# the nicknames people give them ("le réseau fantôme", "fesse-bouc", "tlg").
APPS_ANY = (
    rf"(?:{APPS}|psn|steam|hinge|tinder|bumble|grindr|fese-?bouc|fesebouc|mesenger|courriel"
    r"|sms|textos?|tlg|tele|le\sreseau\sfantome|le\spetit\sfantome|👻|serv(?:eur)?\sdiscord|mon\sserveur"
    r"|mon\ssite|onlyfans|mym|line|threema|imesage|facetime|twitter|bereal|linkedin)"
)
# Verbs of getting in touch elsewhere.
CONTACT_VERB = (
    r"(?:ecris|ecrire|m'ecrire|ecrivez|reponds|repondre|ajoute|ad|ad-moe|ajoute-moe|ajoutez|viens?|vient"
    r"|pase|go|rejoins|rejoignez|continue|continuer|poursuivre|on\sjase|jase|contacte|contactez|apele"
    r"|texte|parle|parler|retrouve|cherche|recherche|tape|dm|mp|follow|suis-?\s?moi|le\sreste|la\ssuite|laise"
    r"|on\sse\sparle|on\ss'ecrit|trouve|passons)"
)
# Innuendo: the emoji of a proposition ("tu montes ce soir ? 😏").
INNUENDO = r"[😏😈🍆💦🍑👅🥵]"
PROPOSAL = (
    r"(?:cete\snuit|chez\s(?:moi|toi)|tu\smontes|on\sfinit\sla\s(?:soiree|nuit)|une\snuit|l'hotel|au\slit"
    r"|sous\sla\scouete|juste\stoi\set\smoi|tous\sles\sdeux|nous\sdeux|on\svoit\sou\sca\smene"
    r"|on\sfait\sun\struc|un\sgrand\slit|me\srechaufer"
    # session 7: company asked for the night ("seul ce soir, tu viens me tenir compagnie ? 😏")
    r"|me\stenir\scompagnie|seule?\sce\ssoir)"
)
# A child in view: the lines are grooming, not solicitation between adults.
CHILD_IN_VIEW = (
    r"\b(?:tes\sparents|parents?|ton\sage|gamine?|colege|lycee|brevet|seconde|mineure?|ta\smere"
    r"|ton\spere|clase|ecole|1[0-7]\s?ans)\b"
)
# A price of time (prostitution): "50 pour 30min", "180 l'heure", "120 🌹 les 45 min".
TIME_PRICE = (
    r"\b\d{2,4}\s?(?:€|e|euros?|\$|balles|roses?|🌹)?\s?(?:pour|les|la|l'|=|/|par)?\s?"
    r"(?:\d{1,3}\s?(?:min|mn|minutes)\b|1\s?h\b|une\sheure|la\sdemi|l'heure|la\snuit|une\snuit|la\spase)"
    r"|\b(?:\d{1,3}\s?(?:min|mn|minutes)|1\s?h|nuit)\s?(?:=|:)\s?\d{2,4}"
)

# More groups people are attacked for, and what they are called (hate).
GROUPS_MORE = (
    rf"(?:{GROUPS}|pd|gais|autochtones|imigrants|comoriens|haitiens|senegalais|maliens|congolais"
    r"|camerounais|ivoiriens|roumains|polonais|portugais|anglos|flamands|walons|catholiques|chretiens"
    r"|athees|protestants|hindous|sourds|aveugles|bisexuels|queers|lgbt|hommes|boomers|vieux|indiens"
    r"|pakistanais|afghans|syriens|kabyles|tchetchenes|blacks|meufs|handicapes|autistes|africaines)"
)
MORE_CONTEMPT = (
    r"(?:soulons|ivrognes|debiles|pedophiles|escrocs|profiteurs|asistes|feignants|faineants|primitifs"
    r"|arieres|idiots|cons|imbeciles|menteurs|tricheurs|radins|tetes\scarees|singes|porcs|porcs\sviolents"
    r"|voleurs\sd'?\s?\w+|emotifs|emotives|sous-race|degeneres|nuls|nules|fainiasses|salauds)"
)

RULES_6_TRAIN6: tuple[Rule, ...] = (
    # ------------------------------------------------------------ off_platform
    hit(
        "contact_elsewhere",
        "off_platform",
        rf"\b{CONTACT_VERB}(?:\s?-?\s?(?:moi|moe|moa|mwa|nous))?(?:\s\w+){{0,3}}?\s(?:sur|su|en|on|via|par)\s"
        rf"(?:le\s|la\s|mon\s|ma\s|ton\s|un\s)?{APPS_ANY}(?!\w)"
        rf"|\bt'as(?:-tu)?\s(?:pas\s)?(?:un\s|une\s|le\s)?(?:{APPS}|kik|psn|hinge|tinder|telegram|tele)\b(?!\s(?:de\s|d'|est|a\s))"
        rf"|\b(?:sur|su)\s{APPS_ANY}\s(?:je\ssuis|c'est|moi\sc'est|mon\spseudo)\s\w+"
        rf"|\bmon\s(?:pseudo|blaze|nom|compte|id|identifiant)\s(?:sur\s|de\s|d')?{APPS_ANY}\b"
        rf"|\b(?:j'ai|jai)\sun\scompte\s{APPS_ANY}\b.{{0,30}}(?:cherche|recherche|tape|trouve|ajoute)"
        rf"|\b(?:viens?|vient|go)\s(?:{APPS})\b(?!\s(?:de\s|d'|est|a\s))",
        0.85,
        unless_text=rx_any(
            PREVENTION,
            r"\b(?:jamais|arnaque|mefie\w*|bug\w*|panne|supprime\w*|desinstal\w*"
            r"|interface|algorithme|pirate\w*|la\srando|le\sclub|l'equipe|la\sfamile|le\sgroupe\sdu"
            r"|m'a\s(?:ajoute|ecrit|contacte|demande)|m'ont\s(?:ajoute|ecrit|contacte)"
            r"|site\soficiel|rien\sd'autre)\b",
        ),
    ),
    # ---------------------------------------------------- sexual_solicitation
    hit(
        "innuendo_proposal",
        "sexual_solicitation",
        rf"^(?=.*{INNUENDO})(?=.*\b{PROPOSAL}\b).{{1,300}}"
        rf"|^(?=.*\b(?:tu\svois\sce\sque\sje\sveux\sdire|tu\svois\sle\sgenre|t'as\scompris|18\+|et\spas\spour"
        rf"\s(?:jouer|dormir|parler))\b)(?=.*\b{PROPOSAL}\b).{{1,300}}",
        0.82,
        unless_text=rx_any(
            PREVENTION,
            CHILD_IN_VIEW,
            r"\b(?:anniv\w*|mariage|bapteme|match|foot|five|resto|restaurant|cine"
            r"|bowling|apero|famile|enfants|potes|copains|copines|pizza|barbecue|tarif\w*|roses|cadeau"
            r"|euros?|payant\w*)\b|€|🌹",
        ),
    ),
    hit(
        "sex_words",
        "sexual_solicitation",
        r"\b(?:du\ssexe\b|qu'on\sbaise|on\sbaise|baiser\s(?:ce\ssoir|a\ssoir|avec\stoi|ensemble)|coucher\savec\stoi"
        r"|s'envoyer\sen\sl'air|partie\sde\sjambes\sen\sl'air|netflix\sand\schill|sextos?|on\sse\schaufe"
        r"|qu'on\sse\schaufe|strip(?:\s?-?tease)?\sen\scam|rencontre\ssensuele|rendez-vous\scoquin"
        r"|rdv\scoquin|un\s5\sa\s7|plan\sd'?1\ssoir|tu\sm'excites|tu\sme\smanques\sphysiquement"
        r"|chez\stoi\sou\schez\smoi|chez\smoi\sou\schez\stoi|t'es\s(?:trop|tellement)\sbone\b"
        r"|(?:t'es|tu\ses)\s(?:chaude?|game|partante?)\s(?:pour\s)?(?:un\splan|qu'on)"
        r"|en\smanque\s(?:d'afection|de\scalins|de\stendrese|de\ssexe)"
        r"|l'apart\spour\smoi(?:\stout\sseul)?|(?:tout|toute)\sseule?\s(?:a\sla\smaison|chez\smoi)\b.{0,40}"
        r"(?:viens|venir|v'nir|pase|rejoins|compagnie|tenir)"
        r"|(?:inviter|viens|tu\sveux|t'aimerais)\s(?:a\s)?pa?ser\sla\snuit\b"
        r"|chambre\s(?:d'hotel|a\sl'hotel)?.{0,40}(?:monter|partante?|tu\sviens|rejoins)"
        r"|(?:photos?|pics?|tofs?|videos?|selfies?)\s(?:de\stoi\s)?(?:un\speu\s|bien\s|plus\s)?(?:osees?"
        r"|coquines?|en\s(?:sous-?\s?vet\w*|lingerie|string|culote)))",
        0.84,
        unless_text=rx_any(
            PREVENTION,
            CHILD_IN_VIEW,
            r"\b(?:3018|ne\spayez\spas|si\squelqu'un|film|serie|article|tarif\w*"
            r"|payant\w*|roses|cadeau|euros?|mon\sfils|ma\sfille)\b|€|🌹",
        ),
    ),
    # ----------------------------------------------------------- prostitution
    hit(
        "time_price",
        "prostitution",
        rf"^(?=.*(?:{TIME_PRICE}))(?=.*(?:\b(?:massages?|finition|finale|coquin\w*|sexy|calins?|discret\w*"
        r"|reel\w*|dispo\w*|recoi[st]|cadeaux?|escort\w*|webcam|seances?|intime|plaisir|extras?|domina"
        r"|french|greek|duo|gfe|parking|hotel|nego|negociable|photo|jeune|nouvelle|paypal)\b|🌹|💋)).{1,400}"
        r"|\b\d{2,4}\s?🌹|🌹\s?=\s?\d|\bcadeaux?\s\d{2,4}\b|\b\d{2,4}\scadeaux\b",
        0.86,
        unless_text=rx_any(
            PROSTITUTION_NOT,
            CHILD_IN_VIEW,
            r"\b(?:kine\w*|osteo\w*|physio\w*|coach\w*|cours|lecon|seance\sde\s(?:sport"
            r"|yoga|muscu|coaching)|parking\spayant|stationement|velo|scooter|location|baby-?sit\w*)\b",
        ),
    ),
    hit(
        "pay_for_intimacy",
        "prostitution",
        rf"^(?=.*\b(?:paie|paye|payer|offrir|ofrir|offre|ofre|done|propose|proposer|jpaie|ch'paie|tu\sprends"
        rf"|vous\sprenez|propose)\b)(?=.*(?:{AMOUNT}|\b\d{{2,4}}\b))(?=.*\b(?:une\snuit|la\snuit|pa?ser\sla\snuit"
        r"|une\sheure|pour\sune\sheure|soiree\sintime|un\smoment|chez\smoi\sce\ssoir|viens\schez\smoi|un\scalin"
        r"|des\scalins|rendez-vous\scalins|compagnie|pipe|fellation|massage\savec\sextras)\b).{1,300}"
        r"|\b(?:compagnie|calins?|seances?|filles?|meufs?|rendez-vous|rdv|massages?|webcam)\s(?:\w+\s)?"
        r"(?:remuneree?s?|payee?s?|payante?s?|tarifee?s?)\b"
        r"|\bsugar\s?dating|\bmassage\serotique|\bmasotherapie\serotique|\bmassage\savec\sextras"
        r"|\bextras?\s(?:compris|inclus)|\bfinale\sincluse|\bcontre\s(?:des\s)?billets\b|\bcadeaux?\scontre"
        r"|\btout\sa\sun\sprix\b|\b(?:meufs?|filles?|nanas?)\s(?:a\sproposer|payantes?)"
        r"|\bacompagnatrice\s(?:dispo|disponible)|\b(?:cherche|recrute)\s(?:des\s)?(?:filles|jeunes\sfemmes"
        r"|meufs)\spour\s(?:travailler|bosser)\s(?:dans|pour|avec)\smon"
        r"|\bcombien\spour\s(?:une|la|un)\s(?:pipe|fellation|pase|branlete|sodo)\b"
        r"|\b(?:prends|prenez|demandes|demandez)\scombien\spour\s(?:un|une|la)\s(?:nuit|heure|soiree|massage"
        r"\savec|moment|seance|rencontre)",
        0.86,
        unless_text=rx_any(
            PROSTITUTION_NOT,
            CHILD_IN_VIEW,
            CHILD_PREVENTION,
            r"\b(?:parle\sa\sun\sadulte|affiche|baby-?sit\w*|garder|cours|devoirs|demenag\w*"
            r"|jardinage|menage"
            r"|bricolage|chien|chat|plantes|loyer|smic|salaire|serveuse|vendeuse|kine\w*|travail\sde\snuit)\b",
        ),
    ),
    # ------------------------------------------------------------------ drugs
    hit(
        "drug_seek",
        "drugs",
        r"\b(?:vend\w*|achete\w*|choper|chope|pecho|trouver|cherche|t'as|qui\sa|contact\spour|plan\spour"
        r"|un\splan|payer)\s(?:pas\s)?(?:un\splan\s|un\scontact\s)?(?:pour\s)?(?:du|de\sla|des|de\sl'|d')\s?(?:speed"
        r"|jaune|frape|oxy\w*|lean|purple|codeine|tramadol|ritaline|adderall|subutex|methadone|fentanyl|morphine"
        r"|3\s?-?\s?m\s?m?\s?c|4\s?-?\s?m\s?m?\s?c|ghb|c\b|gazon\squi\sfait\srire|herbe\squi\sfait\srire"
        r"|pilules\spour\sdanser|p'tites\spilules|petites\spilules|resine|weed|beuh|coke|md|keta)"
        r"|\bqui\sa\sde\sla\s(?:cok\w*|c\b)|\bfour\s(?:est\s)?ouvert\b.{0,40}(?:\d+h|rue|cite|bat|bloc|🔥|❄|🍃)"
        rf"|{DRUG_EMOJI}.{{0,20}}\b\d\s?g\b|\b\d\s?g\s\d{{2,3}}\b.{{0,30}}(?:{DRUG_EMOJI}|qualite|\d\s?g)",
        0.86,
        unless_text=rx(
            r"\b(?:prevention|drogues\sinfo|info\sservice|addiction|sevrage|dangereu\w*|reportage|article"
            r"|police|saisi\w*|film|serie|jardin|pelouse|tondre|semer|gazon\sa|imprimante|peinture|cartouche"
            r"|permis\sc|plan\sde\s(?:table|travail|maison)|speed\sdating|speedrun|la\sfrape\sdu|mon\sfils"
            r"|ma\sfile|interdit|legal\w*|chanvre|industriel)\b"
        ),
    ),
    # ------------------------------------------------------------- scam_spam
    hit(
        "lure_domain",
        "scam_spam",
        r"^(?=.*(?<![@\w.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|fr|net|org|io|be|ca|ch|info|biz|xyz|shop|site"
        r"|online|test|ly|me|gg|app|top|click|link)(?:/\S*)?(?!\w))"
        r"(?=.*\b(?:colis|livraison|frais|compte|bloque|suspendu|limite|verif\w*|valid\w*|confirm\w*|rembours\w*"
        r"|gain|gagne\w*|cadeaux?|gratuit\w*|gratos|recompense|prix\susine|offre|promo|inscri\w*|cpf|carte\svitale"
        r"|identite|mot\sde\spase|login|impots|ameli|dhl|chronopost|bpost|bonus|followers|abones|likes"
        r"|iphone|bon\sd'achat|reclame\w*|formulaire|paypal|robux|skins|crypto|btc|bitcoin|invest\w*|argent"
        r"|urgent|expire\w*|renouvel\w*|regle[rz]?|celibataires|connecte\w*|suivez|activite\ssuspecte"
        r"|-\s?\d{2}\s?%)\b).{1,500}",
        0.86,
        unless_text=rx_any(
            SCAM_NOT, r"\b(?:site\soficiel|rien\sd'autre|le\sseul\ssite|vrai\ssite|oficiel)\b"
        ),
    ),
    hit(
        "scam_classes",
        "scam_spam",
        r"\b(?:envoie|envoyez)[\s-]?(?:moi|nous)\s(?:des|une|les)\s(?:cartes?|codes?|coupons?)\s(?:itunes"
        r"|google\splay|steam|psn|amazon|cadeaux?|apple|pcs|neosurf|transcash)"
        r"|\bachete[zs]?\s(?:des|une|les)\s(?:cartes?|coupons?)\s(?:itunes|google\splay|steam|psn|amazon"
        r"|cadeaux?|apple|pcs|neosurf|transcash)\b.{0,30}\b(?:envoie|envoyez|done|codes?)"
        r"|\bpaiement\s(?:par|en)\s(?:carte\scadeau|coupons?|pcs|neosurf|transcash|cartes?\situnes)"
        r"|\b(?:prete[rz]?|louer|loue)\s(?:leur|ton|votre|son|ta)\scompte\s(?:bancaire|en\sbanque)"
        r"|\b(?:done|envoie|file|pase|transmet\w*|comunique\w*)[\s-]?(?:moi\s|le\s|nous\s)?(?:ton|ta|votre"
        r"|tes|vos|le|ce)\s(?:mdp|mot\sde\spase|code\s(?:de\s)?(?:verification|confirmation|sms|secret)"
        r"|identifiants|login)\b"
        r"|\bcode\sde\s(?:verification|confirmation)\b.{0,60}(?:transmettre|envoyer|doner|renvoyer|me\sle)"
        r"|\bgagne\w*\sde\sl'argent\sen\s\w+ant\b|\b(?:recrute|parraine)\w*\s\d+\s(?:personnes|amis|filleuls)"
        r".{0,30}(?:gagne|touche|revenus)|\bcredit\s(?:rapide|sans\sjustificatif|facile|imediat)"
        r"|\bmeme\sfiche\w*|\b(?:votre|ton)\s(?:ordinateur|pc|ordi|telephone)\s(?:a|est)\s(?:un\svirus|infecte"
        r"|pirate).{0,60}(?:installe\w*|telecharge\w*|apel\w*|contact\w*|logiciel|aces)"
        r"|\bdebloquer\s(?:les|vos|tes)\sfonds|\bfrais\sde\sdeblocage|\bdroits\sd'enregistrement"
        r"|\b(?:reponds|tape|envoie|repondez|tapez)\s(?:oui|stop|1|ok)\spour\s(?:gagner|recevoir)"
        r"|\bil\sme\sfaudrait\s\d+.{0,30}(?:billet|avion|douane|hopital|caution|visa|frais)"
        r"|\bmilitaire\sen\s\w+\b.{0,60}(?:envoie|argent|cartes?|€|\d+)"
        r"|\b(?:repliques?|contrefacons?)\b.{0,30}(?:prix|dm|mp|site|usine)",
        0.86,
        unless_text=SCAM_NOT,
    ),
    # ------------------------------------------------------------------- threat
    # session 7: "veiled" was one alternation of 13 branches (6.5 µs a dev line, a prefilter
    # candidate on 159 of 251): one rule a branch, each skipped on its own.
    *hits(
        "threat",
        0.86,
        {
            "veiled_pity": r"^(?=.*\b(?:ce\sserait|ca\sserait|se\srait)\s(?:dommage|bete|triste|con"
            r"|malheureux)\b)(?=.*\b(?:ton|ta|tes|votre|vos)\s(?:voiture|chien|chat|enfants|gosses"
            r"|fille|fils|mere|pere|famile|maison|feme|mari|soeur|frere|char|bagnole)\b).{1,300}",
            "veiled_your_back": r"\bregarde\s(?:bien\s)?derriere\stoi\b"
            r"|\bon\ssait\sjamais\squi\s(?:t'atend|te\suit|t'atendra)"
            r"|\bfais\s(?:ben\s|bien\s)?(?:gafe|atention)\s.{0,40}\bon\ssait\sjamais\b",
            "veiled_what_happens": r"\bon\ssait\s(?:tous\s)?ce\squi\s(?:leur|t'|lui)\s?arive"
            r"|\btu\ssais\sce\squi\sarive\saux",
            "veiled_if_you_care": r"\bsi\stu\s(?:veux|tiens\sa\sce)\sque\s(?:tout\sse\spase\sbien"
            r"|ca\sse\spase\sbien|il\s(?:ne\s)?t'arive\srien|rien\sne\st'arive)"
            r"|\bsi\stu\stiens\sa\s(?:ta\svie|tes\sdents|ta\sfamile|ta\sgueule|tes\sgenoux)",
            "veiled_lucky": r"\bt'as\sde\sla\schance\sque\s(?:je|j')\s?(?:sois|soit|suis|ai)\spas\b"
            r".{0,40}\bsinon\b",
            "veiled_weapon": r"\bj'ai\sun\s(?:fusil|flingue|couteau|arme|calibre|gun)\b.{0,40}"
            r"(?:je\ssais\sou|chez\s(?:toi|vous)|pour\stoi|t'atend|ta\sgueule)",
            "veiled_i_know": r"\bje\s(?:sais|connais)\s(?:ou\s(?:tu|vous)\s(?:logez|loges|crechez"
            r"|creches|dormez)|(?:ta|tin|ton|tes|votre)\s(?:voiture|bagnole|char|plaque|adrese|rue"
            r"|horaires)\b)"
            r"|\bje\ssais\sa\squele\sheure\s(?:tu|il|elle|vous)\s(?:finis|finit|sors|sort|rentres"
            r"|rentre)",
            "veiled_people": r"\bje\sconais\sdes\s(?:gens|gars|mecs|types|potes|persones)\squi\s"
            r"(?:\w+\s){0,2}?(?:te|t')\s?(?:feraient|ferait|peuvent|vont|pouraient|sauraient"
            r"|s'ocuperaient|regleraient)",
            "veiled_spoken_harm": r"\b(?:ch'?\s?va|ch'?\s?vais|m'as?|jvais)\s(?:te|t')\s?"
            r"(?:{HARM_VERBS}|faire\smal|aracher\s\w+)",
            "veiled_blow": r"\b(?:tu|t')\s?vas\s(?:te\s|t'\s?)?prendre\s(?:un\scoup|une\s(?:bafe"
            r"|claque|droite|gifle|patate|beigne|raclee|rouste|mandale|tarte|bale)|des\s(?:coups"
            r"|bafes|claques))",
            "veiled_dox_wait": r"\b(?:je\svais|jvais|on\sva)\ste\sdox\w*"
            r"|\b(?:je|on)\s(?:va|vais)?\s?t'at+end\w*\s(?:devant|en\sbas\sde|a\sla\ssortie\sde)"
            r"\s(?:chez\stoi|ton\s\w+)\savec\s(?:les|mes|des)\s(?:gars|potes|freres|cousins)",
            "veiled_come_and_see": rf"\b{COME_TO_YOU}\b.{{0,40}}\b(?:tu\svas\s(?:pleurer|comprendre"
            r"|regretter|voir|morfler|soufrir|payer)|tout\sle\smonde\sva\ssavoir)",
            "veiled_end_badly": r"\bsi\s(?:je|tu)\b.{0,60}\bca\sva\s(?:tres\s|vraiment\s)?mal"
            r"\s(?:finir|se\spaser|tourner)\b",
        },
        unless_text=rx_any(
            THREAT_NOT,
            r"\b(?:anniversaire|invitation|faire-part|carte|colis|cadeau|fleurs)\b"
            r"|\b(?:meteo|orage|tempete|verglas|sante|medecin|si\stu\scontinues\sa"
            r"|clope|alcool|regime|elections?|politique|economie|bourse|le\sjeu|la\sgame|round|noob)\b",
        ),
    ),
    hit(
        "media_exposed",
        "threat",
        rf"^(?=.*\b(?:ou|sinon|si|sous\s\d+|avant|jusqu'a|une\sseule\serreur|tu\sveux\sque)\b)"
        rf"(?=.*\b(?:la|les|ta|tes|vos|votre|cete|ces|ce\sque\sj'ai|tout\sce\sque\sj'ai)\s?(?:\w+\s)?(?:{MEDIA}|ce\sque\sj'ai)?"
        r"\b.{0,30}\b(?:sera|seront|va\setre|vont\setre|finit|finira|finisent|part|partira|partent|atterit"
        r"|atterrira|tombe|tombera|sont|envoie|j'envoie|je\sbalance|je\spublie|je\smets)\s(?:envoyee?s?\s|publiee?s?\s"
        rf"|difusee?s?\s)?(?:a|chez|sur|dans)\s(?:{AUDIENCE}|ta\smere|ton\spere|tes\sparents|ta\sfamile|tous|toutes"
        r"|internet|le\snet|les\sreseaux|ton\smari|ta\sfeme|tous\sles\ssites)).{1,300}"
        rf"|\btu\sveux\sque\s(?:ta|ton|tes|toute\sta|tout\sle)\s\w+(?:\s\w+)?\s(?:les|la|le)?\s?(?:voie|voient|recoive"
        rf"|recoivent|tombe\ssur)\b(?:\s(?:la|les|ta|tes|ces|cete)\s(?:\w+\s)?(?:{MEDIA}))?"
        rf"|\bj'ai\s(?:garde|encore|toujours|conserve)\s(?:toutes\s)?(?:tes|les|nos|vos|ces)\s(?:{MEDIA})\b"
        r".{0,60}(?:sinon|une\sseule|erreur|si\stu|tu\sveux\sque|ou\sje|on\sverra|partout|sur\stous)"
        rf"|\bsi\stu\s(?:\w+\s){{1,2}}?.{{0,20}}\bje\s(?:{PUBLISH})\s(?:tout|tes|ta|les|la)\b"
        rf"|\btu\scrois\sque\sje\svais\spas\s(?:{PUBLISH})|\bessaie\sde\sme\sbloquer\spour\svoir\b",
        0.88,
        unless_text=rx_any(
            REPORTED,
            r"\b(?:3018|pharos|ne\spa(?:ie|ye)z?\spas|sextorsion|vacances|mariage|mamie"
            r"|concours|souvenirs?|adorer|ta\sfete|bapteme|si\squelqu'un)\b",
        ),
    ),
    # -------------------------------------------------------------- self_harm
    # session 7: "self_harm_classes" was one alternation of 20 branches (5.2 µs a dev line,
    # a candidate on 94 of 251): one rule a family of branches.
    *hits(
        "self_harm",
        0.86,
        {
            "thinks_of_death": r"\b(?:je|j'|ch')\s?(?:pense|songe|reflechis)\s(?:au\ssuicide"
            r"|a\sme\ssuicider|a\sla\smort|a\sen\sfinir)",
            "tired_of_living": r"\b(?:tanee?|fatiguee?|lase?|epuisee?|marre)\sde\svivre"
            r"|\b(?:plus|pu|pus|pas)\s(?:d'|de\s)\s?raison\sd'?\s?(?:e\s)?vivre",
            "never_wake": r"\bj'ai\splus\senvie\sde\sme\sreveiller\b|\bm'endormir\set\s(?:ne\s)?"
            r"(?:plus|pu|pus|jamais)\s(?:jamais\s)?(?:me|m')\s?reveiller",
            "wants_gone": r"\b(?:je|j'|ch')\s?(?:veux|voudrais)\s(?:juste\s)?(?:m'efacer|m'evaporer"
            r"|pu\svivre|pus\svivre|plus\svivre)",
            "kms": r"\bkms\b",
            "lethal_dose": r"\bcombien\s(?:de|d')\s?(?:\w+\s){0,2}?(?:cachets|medocs|medicaments"
            r"|pilules|comprimes|doliprane|paracetamol|somniferes|xanax|etages)\b.{0,40}\bpour\s"
            r"(?:mourir|ne\splus\sse\sreveiller|crever|en\sfinir|que\sce\ssoit\s(?:sur|mortel|fatal)"
            r"|y\spaser|se\stuer|pas\sse\srater)"
            r"|\bdose\s(?:mortele|letale)\b",
            "means_sought": r"\bde\squoi\s(?:en\sfinir|mourir|me\stuer|me\spendre|y\smettre\sfin)",
            "took_it_all": r"\bj'ai\spris\s(?:toute|tous)\s(?:ma|mon|mes|la|le)\s(?:boite|plaquette"
            r"|tube|flacon|stock)\s(?:d'|de\s)",
            "nobody_notices": r"\bpersone\s(?:ne\s)?(?:remarquera|verra|s'en\srendra\scompte"
            r"|s'en\sapercevra|s'en\sapercevrait)\b.{0,20}\bsi\sje\s(?:disparais|meurs|pars|crevais"
            r"|meurs)",
            "death_easy": r"\bmourir\s(?:me\s)?(?:parait|semble|serait)\s(?:simple|facile"
            r"|la\ssolution|une\ssolution|mieux|doux)",
            "cuts_burns": r"\b(?:je|j'|ch')\s?(?:me\s)?(?:fais|suis\sfait)\sdes\s(?:entailles"
            r"|coupures|marques|brulures)"
            r"|\bje\sme\s(?:suis\s)?encore\scoupee?\b"
            r"|\b(?:je|j')\s?me\sbrule\w*\savec\smes\s(?:clopes|cigarettes|briquets?)",
            "head_banging": r"\b(?:je|j'|ch')\s?me\s(?:tape|frape|cogne)\sla\stete\scontre\s.{0,30}"
            r"(?:saigner|sang|arreter|fort)",
            "farewell_plan": r"\brejoindre\s(?:mon|ma)\s\w+\s(?:bientot|au\sciel"
            r"|la-?\s?haut)\b.{0,40}(?:j'ai\sdecide|c'est\sdecide|ne\svous\sinquietez\spas|adieu|pardon)"
            r"|\bsi\s(?:demain\s)?je\s(?:suis|serai)\splus\sla\b.{0,40}(?:dites|dis|que\sje\sl'aime"
            r"|je\svous\saime|pardon|adieu)",
            "crash": r"^(?=.*\b(?:je|j'|jvais|j'vais)\b)(?=.*\b(?:foncer|m'ecraser"
            r"|me\sjeter|me\slancer)\s(?:dans|contre|sous|du\shaut\sde)\s(?:un\sarbre|un\smur|un\scamion|un\strain|un\spilier"
            r"|un\spont|le\svide|les\srails)).{1,300}",
            "jump": r"^(?=.*\b(?:pont|toit|fenetre|balcon|falaise|etage|viaduc|rails?)\b)(?=.*\b"
            r"(?:envie\sde|je\svais|je\sveux|vais)\ssauter\b).{1,300}",
            "tired_of_fighting": r"\b(?:fatiguee?|epuisee?)\sde\sme\sbatre\b.{0,40}"
            r"(?:c'est\sla\sfin|plus\sla\sforce|je\slache|j'abandone|pour\svivre|contre\smoi)",
        },
        unless_text=rx_any(
            HELP_LINE,
            r"\b(?:si\sun\sami|si\sun\sproche|prevention|etude|selon|article|film|serie"
            r"|parachute|elastique|piscine|plongeoir|trampoline|de\sjoie|saut\sen|gelee?|de\sfroid"
            r"|mon\sfils|ma\sfile|une\samie|un\sami|ado\w*|personage|roman|livre)\b",
        ),
        unless_before=r"(?:\bsi\stu|\bil|\belle|\bqu'elle|\bqu'il)\s(?:\w+\s){0,3}$",
    ),
    # ------------------------------------------------------------- harassment
    # session 7: "persistent" was one alternation of 18 branches (6.4 µs a dev line, a
    # candidate on 193 of 251): one rule a family of branches.
    *hits(
        "harassment",
        0.85,
        {
            "persistent_blocked": r"\b(?:tu\speux|t'as\sbeau)\sme\sbloquer\s(?:autant|tant|tout\sce"
            r"|encore)"
            r"|\b(?:cree|fait|ouvert)\s\d+\scomptes\spour\ste\s(?:parler|ecrire|retrouver|suivre)"
            r"|\bpourquoi\stu\sm'as\sbloquee?\b.{0,60}(?:ici|ailleurs|autre|compte|je\st'ecris)",
            "persistent_writing": r"\bje\s(?:vais\s)?(?:t'ecrire|te\sparler|te\sspamer|te\sharceler"
            r"|t'envoyer\sdes\smesages|continuer\sa\st'ecrire|continuer\sa\ste\sspamer)\s(?:tous\sles"
            r"\sjours|jusqu'a|tant\sque|toute\sla\snuit|sans\sarret|h24|chaque\sjour)"
            r"|\bje\s(?:vais\s|peux\s)?continuer\s(?:a\ste\s\w+\s)?(?:toute\sla\snuit|jusqu'a"
            r"|tant\sque)",
            "persistent_harass": r"\b(?:je\svais|jvais|on\sva)\ste\sharceler\b",
            "persistent_online": r"\bje\svois\sque\st'es\sconectee?\b.{0,60}"
            r"(?:je\ssais|tu\sme\svois|reponds|tu\slis)",
            "persistent_answer": r"\breponds\b.{0,20}\breponds\b"
            r"|\d+\smesages\set\stoujours\spas\sde\sreponse",
            "mockery": r"\b(?:groupe|serveur|conv)\spour\sse\smoquer\sde\s(?:toi|elle|lui)"
            r"|\b(?:tout\sle\smonde|on|tout\sle\ssalon|tout\sl'salon)\s(?:se\smoque|rigole|rit)"
            r"\sde\stoi",
            "exposure": r"\bje\svais\s(?:dire|raconter|montrer)\sa\s(?:tous\s)?(?:tes|ta|ton)"
            r"\s\w+\s(?:quel|quele|que\st'es|ce\sque\st'es)"
            r"|\bj'ai\s(?:envoye|montre|transfere|balance)\stes\s(?:mesages|conversations|conv"
            r"|screens)\sa\s",
            "your_face": r"\bt'as\sune\s(?:tronche|gueule|tete|face)\sa\s(?:faire\speur"
            r"|vomir|gerber|pleurer|claquer)",
            "nobody_finds": r"\bpersone\s(?:ne\s)?te\strouve\s(?:drole|beau|bele|interesant\w*"
            r"|marant\w*)",
            "your_life": r"\bta\svie\s(?:est|c'est)\s(?:\w+\s)?(?:pathetique|nule|minable|pitoyable"
            r"|vide)",
            "nothing_but": r"\bt'es\s(?:rien\s)?qu'une?\s(?:{INSULTS})\b"
            r"|\bt'es\srien\squ'une?\s\w+",
            "the_idiot": r"\b(?:t'es|toi\st'es)\sl'(?:idiot|idiote|imbecile|abruti|abrutie)\b",
            "hey_you": r"^\W*(?:wesh|wsh|eh|oh|yo|toi)\s(?:la|le|les)\s(?:{INSULTS})\b",
            "go_hide": r"\b(?:retourne|va|vas)\ste\scacher\b",
        },
        unless_text=rx_any(
            HARASSMENT_NOT, r"\b(?:je\ste\skife|jte\skife|mdr\st'es\scon|ptdr\st'es\scon)\b"
        ),
    ),
    # ------------------------------------------------------------------ hate
    hit(
        "group_generalised",
        "hate",
        rf"\b(?:les|ces|tous\sles|toutes\sles)\s(?:{GROUPS_MORE})\b,?\s(?:(?:ils|elles|ca|on)\s)?(?:c'est|ch'est|chest"
        rf"|sont|ce\ssont|=)\s(?:tous\s|toutes\s|juste\s|que\s|qu')?(?:des\s)?(?:\w+\s)?(?:{DEHUMANISING}|{MORE_CONTEMPT})\b"
        rf"|\b(?:les|ces|tous\sles)\s(?:{GROUPS_MORE})\s(?:{DEHUMANISING}|{MORE_CONTEMPT})\b.{{0,20}}(?:tous|toutes"
        r"|sans\sexception|comme\sd'hab|evidement)"
        rf"|\b(?:les|ces)\s(?:{GROUPS_MORE})\b.{{0,30}}\b(?:devrai(?:t|ent)|doivent|meritent|meriteraient)\s(?:pas|plus"
        r"|jamais|rien)\s?(?:\w+\s)?(?:d'?\s?soins|avoir\sle\sdroit|voter|adopter|travailer|conduire|se\smarier"
        r"|sortir|exister|naitre|vivre)?"
        rf"|\b(?:les|ces)\s(?:{GROUPS_MORE})\b.{{0,40}}\b(?:volent\snos|vivent\saux\scrochets|coutent\strop\scher"
        r"|amenent\s(?:juste\s|que\s)?(?:de\sla\s|la\s)?(?:criminalite|delinquance|violence|maladies|misere)"
        r"|ont\srien\sa\s(?:faire|foutre)\s(?:ici|a\s|en\s|dans)|n'ont\sjamais\srien\sinvente"
        r"|ont\spas\sd'?(?:e\s)?(?:morale|cerveau|yeux|ame)|meritent\s(?:rien|l'enfer|pas)|ca\ssait\spas"
        r"|qu'ils\s(?:retournent|repartent|rentrent|degagent)|savent\spas\s(?:conduire|jouer|parler)|on\sles\scachait)"
        r"|\bqu'(?:ils|eles)\s(?:retournent|repartent|rentrent|degagent)\s(?:dans|chez|au|d'ou)\s(?:leur|eux|bled"
        r"|ils\sviennent)|\bqu'(?:ils|eles)\srepartent\b"
        r"|\bun\sbon\s(\w+)\s(?:c'est|est)\sun\s\1\s(?:mort|qui\s(?:repart|rentre|part|se\stait|dort))"
        r"|\bretourne\w*\s(?:a\sla|dans\sta|faire\sla)\s(?:cuisine|vaisele)\b"
        r"|\bgrand\sremplacement\b|\b14\s?/\s?88\b|\(\(\(|\brace\sblanche\sd'abord\b|\bwhite\spower\b|\bsieg\sheil"
        r"|\bla\sshoah\s(?:c'est|est|etait)\s(?:une\sinvention|un\smensonge|une\sarnaque|bidon)"
        r"|\bla\sshoah\sa\sjamais\sexiste",
        0.86,
        unless_text=rx_any(
            HATE_NOT, r"\b(?:ils\sdisent|selon\seux|propagande|complotistes?|theorie\sdu)\b"
        ),
    ),
)

RULES = RULES + RULES_6_TRAIN6

# ------------------------------------------------------------------ rules-7, the other labels
# Session 7 ("riskother7"): recall of sexual_solicitation, prostitution and drugs on writers
# the rules never saw, again as classes: the code words of the street trade only with a
# partitive and a word of trade ("de la verte, mp"), a price per unit of the trade ("50 la
# dizaine", "20 le cachet"), the deal's scene without a drug named (opening hours at a
# block, "un 06 de quelqu'un qui vend", "je peux t'en avoir" to a smoker), the product's
# menu with an emoji on either side. Each with its hard negatives
# (tests/unit/test_risk_rules_other7.py): cooking, a loan between friends, brake pads,
# a pharmacy, shops' hours and arrivals, colours, music gear.

# Street names that are drugs only in a trade: said with a partitive ("de la verte").
STREET_CODE = (
    r"(?:verte|jaune|coco|c|cc|plaquete|matos|frape|beuh|bone|blanche|neige|poudre|came|pure|zip"
    r"|zipete|pilon|dry|wax|hash|sativa|indica|moonrock|filtre|popers|kush|skunk)"
)
# A unit of the trade after a price ("50 la dizaine", "20 le cachet", "60 les 10").
TRADE_UNIT = (
    r"(?:g|gr|grame|pochon|boulete|bout|plaquete|barete|dizaine|vingtaine|cachet|comprime|pilule"
    r"|taz|buvard|cacheton|pepite|caillou|\d+\s?g|\d+)"
)
# Contact invitations and timing words that make a code word an offer.
TRADE_CONTACT = (
    r"(?:mp|dm|pv|en\sprive|ecris[\s-]?moi|ecrivez[\s-]?moi|snap|tlg|telegram|signal|whatsap|insta"
    r"|qui\s(?:en\s)?veut|qui\sest\schaud|prix\sd'ami|pas\scher|dispo|disponible|livr\w*|arivage"
    r"|en\sstock|pour\sce\ssoir|pour\ssamedi|pour\sla\s(?:soiree|teuf)|je\sfais|je\ste\sfais"
    r"|si\stu\sveux|t'en\sveux|tu\sen\sveux|de\squalite|qualite\stop|pas\scoupee?|\d+\s?(?:€|e"
    r"|balles"
    r"|euros?)\b|j'ai\sles\sdeux|c'est\scombien)"
)
# The innocent senses of those words: food, colours, gear, pharmacy, brakes, weather, money lent.
STREET_NOT = rx_any(
    DRUGS_NOT,
    r"\b(?:d'oeuf|oeufs?|peinture|couleur|dessin|maillot|feu|fromage|gateau|rape|eau\sde\scoco"
    r"|noix|lait|recette|poele\w*|omelete|risoto|sauce|frein|freins|garagiste|voiture|pharmacien"
    r"|sur\sordonance|avec\s(?:une\s|l')?ordonance|doliprane|ibuprofene|paracetamol"
    r"|pilule\scontraceptive|contraception|medecin"
    r"|musique|ampli|guitare|son|sono|camping|peche|ski|escalade|photo|ordi|velo|sport|bricolage"
    r"|outils?|lesive|riz|maquilage|talc|ciment|platre|rembourse\w*|jusqu'a\s(?:vendredi|lundi"
    r"|la\sfin)|fin\sdu\smois|preter|prete|the|tisane|salade|legumes|fruits|haricots|poivron"
    r"|mon\scoco|ma\scoco|coco\schanel|cocotte|plage|sucre|hiver|ski|noel|flocons?|montagne"
    r"|bijou\w*|diamant|or\b|argent\b|gel|creme|bleu|rouge|violet|orange|gris|marron|deco\w*"
    r"|pistes?|station|meteo|tempete|acueil|rez-de-chause\w*|service|bureau|magasin|boutique"
    r"|mairie|secretariat|clients?|horaires|rend\w*|tabac|paquets?|slims|marlboro|cigares?"
    r"|chicha|chef|restaurant|resto|plat|dessert|cuisine|brunch)\b"
    r"|\bfiltres?\s(?:snap|insta|tiktok|photo|beaute|a\s|de\s|du\s|d')",
)
DRUGS_7: tuple[Rule, ...] = (
    *hits(
        "drugs",
        0.86,
        {
            # "j'ai de la verte, écris moi", "de la coco pour la soirée, qui est chaud ?"
            "street_code": rf"^(?=.*\b(?:du|de\sla|de\sl'|des|d')\s?{STREET_CODE}\b(?!\s(?:de|d'|du"
            rf"|a)\b))"
            rf"(?=.*(?:\b{TRADE_CONTACT}|{DRUG_EMOJI})).{{1,400}}",
            # "50 la dizaine", "20 le cachet", "60 les 10", with a code word or an emoji near
            "unit_price": rf"^(?=.*\b\d+\s?(?:€|e|balles|euros?)?\s(?:le|la|les)\s{TRADE_UNIT}\b"
            rf"(?!\s(?:de|d'|du)\b))(?=.*(?:\b(?:{DRUGS}|{DRUGS_AMBIGUOUS}|{STREET_CODE}|oxy\w*"
            r"|tramadol|lyrica|subutex|fentanyl)\b|{DRUG_EMOJI}|\bsans\sordonance)).{1,400}",
            # a hand-out between people of the trade: "dépanne-moi un 20", "pécho un bout"
            "handout": r"\b(?:depan\w*|pecho|choper|chope)(?:[\s-]moi)?\s(?:un|une|d'un)\s"
            r"(?:10|20|50|dix|vingt|bout|pochon|boulete|barete|plaquete|dose|trait|para)\b"
            r"(?!\s(?:balles|euros?|€|e)\b)",
            # a deal point: opening hours at a block, with quality or a menu
            "deal_point": r"^(?=.*\bouvert\s(?:de|des|jusqu'a|h24|24h|tlj|tous\sles\sjours|7j)\b)"
            r"(?=.*\b(?:bat|batiment|bloc|hall|cite|tour|escalier|allee)\s\w\b)"
            rf"(?=.*(?:\bqualite|\bmenu|\bcarte|\bfrais\b|\bpochons?|\bsnap|\btlg|{DRUG_EMOJI}"
            rf"|🔥)).{{1,300}}",
            # "t'as pas un 06 de quelqu'un qui vend ?", "le snap de ton plug"
            "dealer_contact": r"\b(?:un|le|ton|son|ce)\s(?:06|07|num\w*|snap|contact|tel|plan)\s"
            r"(?:de|d'|du)\s?(?:quelqu'un|qn|un\sgars|un\smec|ton\sgars|ton\spote|un\spote)\squi\s"
            r"(?:vend|deal\w*|fournit|livre|a\sde\sla|a\sdu|en\sa|depan\w*)\b(?!\s(?:un|une|des|son"
            r"|sa|ses|le|la|les|de|du)\s)",
            # to a smoker: "tu fumes ? je peux t'en avoir pour pas cher"
            "procure_it": r"^(?=.*\b(?:fum\w*|perche\w*|planer|defonce\w*|tape\w*\sun|teuf"
            r"|bedo\w*)\b)"
            r"(?=.*\b(?:je\s(?:peux|pourais|vais)|j'peux|je\ste|on\speut)\s(?:t'en"
            r"|te\sen)\s(?:avoir"
            r"|trouver|vendre|ramener|choper|fournir|avoir\sdu\sbon)\b).{1,300}",
            # a line or a trace: "on se fait un trait ce soir ?", "une trace de c"
            "line_of": r"\b(?:se\sfai\w*|on\sse\sfait|faire|tape\w*|prendre"
            r"|s'enfiler)\sun\s(?:trait"
            r"|rail)\b(?!\s(?:sur|de|d'|d'union))|\bune\s(?:trace|ligne)\sde\s(?:c|coke|coco"
            r"|blanche"
            r"|poudre|cc|ke)\b",
            # "nouvel arrivage 🍃🍫 mp", "menu dispo ❄": the trade word before the emoji
            "menu_emoji": rf"\b(?:dispo|livr\w*|menu|carte|arivage|stock|commande|prix|tarifs?"
            rf"|pochons?)\b.{{0,40}}{DRUG_EMOJI}",
            # "c'est du bon, mp", "g du bon si tu veux", "je te fais la 10 à 8, c du bon"
            "good_stuff": r"^(?=.*\b(?:j'ai|g|on\sa|c'est|que|il\sa|jai)\sdu\s(?:tres\s"
            r"|vrai\s)?bon\b"
            rf"(?:\s?[,.!?]|\s?$|\s{TRADE_CONTACT}))(?=.*\b{TRADE_CONTACT}).{{1,300}}",
            # asked for with a partitive and nothing after: "t'as de la verte ?"
            "street_code_asked": r"\b(?:t'as|t'aurais|qui\sa|quelqu'un\sa|qn\sa|vous\savez|y'a"
            r"\squelqu'un\squi\sa)\s(?:pas\s)?(?:du|de\sla|des)\s(?:verte|coco|c|cc|frape|bone"
            r"|blanche|beuh|plaquete|pilon|hash|zip|zipete)\s?[?!.]*$",
            # "une plaquette pour ce soir", "arrivage de jaune"
            "street_code_unit": rf"^(?=.*\b(?:(?:une|la|ta|ma|ma\sderniere)\splaquete|(?:arivage"
            rf"|stock"
            rf"|plein|reste)\s(?:de|d')\s?{STREET_CODE})\b(?!\s(?:de|d'|du)\b))"
            rf"(?=.*(?:\b{TRADE_CONTACT}|{DRUG_EMOJI})).{{1,300}}",
            # grams sought: "besoin de 2g pour ce soir"
            "grams_sought": r"\b(?:besoin\sde|cherche|qui\sa|quelqu'un\sa|qn\sa|il\sme\sfaut"
            r"|t'as|t'aurais)\s(?:\d|un|deux|trois|cinq|dix)\s?(?:g|grames?)\b(?!\s(?:de|d')\s?\w)"
            r"(?=.*\b(?:ce\ssoir|qn|qui|quelqu'un|dispo|\?))",
            # a drug named with an invitation to write: "des champis frais, dm moi"
            "drug_contact": rf"^(?=.*\b(?:{DRUGS})\b)(?=.*\b(?:mp|dm|pv|en\sprive|ecris[\s-]?moi"
            r"|ecrivez[\s-]?moi|snap|tlg|telegram|signal)\b).{1,300}",
            # more drugs named with a word of trade
            "drug_trade_7": r"^(?=.*\b(?:[34]\s?-?\s?mc|oxy|oxycodone|fentanyl|subutex|lyrica"
            r"|ritaline|adderall|thc|crystal\smeth|cristal|tina|ice|pcp|salvia|ayahuasca|dab|wax"
            r"|hash|pilon|zipete|sativa|indica)\b)"
            rf"(?=.*(?:\b(?:{DRUG_TRADE}|a\sde\sla|a\sdu|a\sdes|a\sde\sl')\b|{DRUG_EMOJI}"
            r"|\bsans\sordonance)).{1,400}",
        },
        unless_text=STREET_NOT,
    ),
)
RULES = RULES + DRUGS_7

# Sex acts and paid-sex words a client names ("combien pour une pipe").
SEX_ACT = (
    r"(?:pipe|fellation|sodo|sodomie|branlete|gaterie|rapport|rapports|l'amour|pase|pases|complet"
    r"|calin|calins|nuit|heure|demi-heure|soiree|moment|rdv|rencontre|sans\sprotection|avec\stoi)"
)
# The innocent senses of a price and a meeting: work, lessons, rent, travel, sport, shows.
PAID_NOT: re.Pattern[str] = rx_any(
    CHILD_IN_VIEW,
    CHILD_PREVENTION,
    r"\b(?:kine\w*|osteo\w*|coach\w*|cours|lecon|devoirs|baby-?sit\w*|garder|demenag\w*|jardinage"
    r"|menage|bricolage|plombier|peinture|loyer|coloc\w*|salaire|smic|taxi|uber|essence|trajet"
    r"|covoit\w*|billets?\sde|concert|match|place|resto|restaurant|diner|addition|hotel\sa|chambre"
    r"\sd'hote|camping|airbnb|gite|location|louer|parking|yoga|pilates|seance\sde|sport|muscu|km"
    r"|kilometres?|minutes\sde|reportage|article|serie|film|netflix|documentaire|emission"
    r"|prostitution"
    r"|proxenet\w*|victimes?|3919|passes?\sdecisives?|passes?\sde\s(?:foot|hand|basket)|escorte\s"
    r"(?:de\s)?(?:polic\w*|militaire|presidentiele)|esthetici\w*|coiffeu\w*|manucure|visage|pieds"
    r"|dos\sbloque|torticolis|anniv\w*|maman|mere|soeur|mariage|noel|spa|bon\spour|cotise\w*"
    r"|plaquete|devis|facture|consultation|cabinet|therapeute)\b",
)
SEXUAL_7_NOT: re.Pattern[str] = rx_any(
    PREVENTION,
    CHILD_IN_VIEW,
    r"\b(?:non\smerci|jamais|arete|stop|film|serie|livre|article|chanson|mon\samour|mon\scoeur"
    r"|mon\scheri|ma\scherie|bebe|rentre\svite|le\schat"
    r"|le\schien|minou|toutou|bowling|five|foot|match|cine|resto|jeux\sde\sso?ciete|belote|apero"
    r"|potes|amis|copains|copines|famile|enfants|collegues|reunion|boulot|travail|conference"
    r"|seminaire|fievre|malade|plage|piscine|bain\sde\ssoleil|tarif\w*|payant\w*|roses|cadeau"
    r"|euros?|balles)\b|€|🌹",
)
# Words of an escort's advertisement: the reception, and the clientele or the money in private
# ("coquine", "discrétion" alone are solicitation or a dealer's ad: child-dev-4, dev.jsonl).
AD_RECEPTION = (
    r"(?:je\s(?:recois|me\sdeplace|reçois)|recois\set\sme\sdeplace|en\sappart(?:ement)?\sprive"
    r"|dispo\s7"
    r"\s?/\s?7|7j\s?/\s?7|24\s?h\s?/\s?24|disponible\sde\s\d+h|dispo\sde\s\d+h|sur\srendez-vous"
    r"|sur\srdv|nouvele\s(?:sur|a|dans|en\sville|dans\sta\sville))"
)
AD_CLIENTELE = (
    r"(?:mesieurs|homes\s(?:courtois|respectueux|genereux|serieux|murs)|gentlemen|courtois"
    r"|genereux|gfe|domina|tarifs?|💶|💰|💸|💵|prix\sen\s(?:prive|mp|pv)|infos\sen\s(?:prive|mp|pv))"
)
SEXUAL_PAID_7: tuple[Rule, ...] = (
    *hits(
        "prostitution",
        0.86,
        {
            # a client's money for a meeting: "150 et tu viens chez moi ?", "je paie si tu viens"
            "paid_visit": rf"^(?=.*(?:{AMOUNT}|\b\d{{2,4}}\b(?!\s?(?:h|min|km|ans|m)\b)"
            rf"|\bje\s(?:te\s)?"
            r"(?:paie|paye|donerai|done)\b))(?=.*\b(?:tu\sviens|viens|venir|je\sviens"
            r"|je\spase)\s(?:\w+\s)?"
            r"chez\s(?:moi|toi)\b|.*\bon\sfait\sce\sque\stu\sveux|.*\bpour\sla\s(?:nuit"
            r"|soiree)\savec"
            r"\s(?:toi|moi)).{1,300}",
            # the price asked of the person: "tu fais payer combien ?", "combien tu prends
            # pour une pipe"
            "price_of_you": rf"\b(?:tu|vous)\s(?:fais|faites|prends|prenez|demandes|demandez"
            rf"|factures"
            rf"|facturez|fais\spayer|faites\spayer|te\sfais\spayer)\scombien\s?(?:[?!.]*$"
            rf"|pour\s(?:une"
            rf"\s|un\s|la\s|le\s)?{SEX_ACT}\b|(?:la|l')\s?(?:nuit|heure|pase|demi))"
            rf"|\bcombien\s(?:tu|vous)\s(?:prends|prenez|demandes|demandez|factures|facturez"
            rf"|fais\spayer"
            rf"|faites\spayer)\s(?:pour|la|le|l')\s?(?:une\s|un\s|la\s|le\s)?{SEX_ACT}\b"
            r"|\b(?:t'es|tu\ses|vous\setes)\s(?:\w+\s)?(?:tarifee?|payante?|remuneree?"
            r"|escort\w*)\s?(?:\?|$)"
            r"|\b(?:t'acceptes|tu\sacceptes|vous\sacceptez)\s(?:les\s)?(?:cadeaux|roses|billets)\b"
            r"|\bt'es\sa\scombien\b(?!\s(?:de|d')\s?(?:km|kilometres?|metres?|minutes?|heures?"
            r"|points?|kg"
            r"|kilos?|bornes|ici|la))",
            # an escort's advertisement: a reception and a clientele or the money in private
            "escort_ad": rf"^(?=.*\b{AD_RECEPTION})(?=.*(?:\b{AD_CLIENTELE}\b"
            rf"|{AD_CLIENTELE})).{{1,400}}"
            r"|\b(?:je\s)?recois\s(?:et|ou)\s(?:je\s)?me\sdeplace|\bme\sdeplace\s(?:et"
            r"|ou)\s(?:je\s)?recois",
            # paid company sought or recruited: "accompagnatrice pour la soirée, rémunération"
            "paid_company": r"^(?=.*\b(?:remuner\w*|retribu\w*|contre\s(?:paiement|argent"
            r"|des\sbillets"
            r"|un\sbilet|rémunération)|paient\sbien|payent\sbien|payer\sbien|bien\spaye\w*"
            r"|argent\sfacile"
            r"|gagner\sde\sl'argent)\b)(?=.*\b(?:acompagnatrice|escort\w*|compagnie|soiree\sprivee"
            r"|moments?\s(?:agreables|intimes|calins?|complices)|calins?|rencontres?\sdiscretes?"
            r"|hommes\s(?:seuls|murs|genereux)|messieurs)\b).{1,400}",
            # the trade named: "elle fait des passes", "faire le trottoir", "vendre ses charmes"
            "trade_named": r"\b(?:fait|fais|faire|font|faisait)\s(?:des\s|les\s)?(?:pases"
            r"|le\strotoir"
            r"|le\stapin|l'escort)\b(?!\s(?:de|d'|decisive))|\btapin\w*\b|\bvend\w*\s(?:mes|ses|tes"
            r"|son|mon)"
            r"\s(?:charmes|corps)\b",
            # a price list: "1h 150, 30min 90"
            "price_list": r"\b(?:\d{1,3}\s?(?:min|mn)|1\s?h|une\sheure|nuit|demi-?h\w*)\s?(?:=|:"
            r"|a)?\s?"
            r"\d{2,4}\s?(?:€|e|euros?|roses?|🌹)?\s?[,;/-]\s?(?:\d{1,3}\s?(?:min|mn)|\d\s?h"
            r"|une\sheure"
            r"|nuit|demi-?h\w*)\s?(?:=|:|a)?\s?\d{2,4}\b",
        },
        unless_text=PAID_NOT,
    ),
    *hits(
        "sexual_solicitation",
        0.82,
        {
            # nudity asked or imagined: "je veux te voir nue", "tu dors nue ?"
            "nudity": r"\b(?:te\svoir|tu\sdors|t'es|tu\ses|viens|envoie[\s-]moi\s(?:une\s)?\w+"
            r"|photo"
            r"\sde\stoi)\s(?:toute?\s)?(?:nue?s?|a\spoil|en\stenue\sd'eve|sans\s(?:rien"
            r"|tes\shabits))\b",
            # threesomes: "t'as déjà essayé à trois ?", "plan à 3"
            "threesome": r"\b(?:esaye|tente|fait|plan|partante?|experience|fantasme|trip|soiree"
            r"|nuit"
            r"|jouer)\s(?:\w+\s)?a\s3\b(?!\s(?:\w+))|\btrouple\b|\bmenage\sa\s3\b",
            # arousal said to the other: "tu me chauffes trop, on se voit quand ?"
            "arousal": r"\btu\sme\s(?:chaufes|rends\sfou|rends\sfole|fais\sbander|fais\smouiler)\b"
            r"|\bje\ste\s(?:gouterais|mangerais|croquerais|devorerais)\b"
            r"|\bj'aimerais\ste\s(?:gouter"
            r"|devorer|croquer)\b|\bje\ste\sferais\sbien\s(?:des\schoses|des\strucs|crier|grimper"
            r"|l'amour)",
            # the night or the hotel together: "passer la nuit avec toi", "on se rejoint à l'hôtel"
            "night_hotel": r"\b(?:j'aimerais|je\svoudrais|j'ai\senvie\sde|ca\ste\sdit\sde"
            r"|on\spourait"
            r"|tu\sveux|viens)\s(?:bien\s)?pa?ser\sla\snuit\s(?:avec\s(?:toi|moi)|ensemble"
            r"|chez\s(?:toi"
            r"|moi)|dans\smes\sbras)"
            r"|^(?=.*\b(?:on\sse\s(?:rejoigne|rejoint|retrouve|voit|prend)|tu\sviens"
            r"|rejoins[\s-]moi"
            r"|je\ste\srejoins|ca\ste\sdit)\b.{0,40}\b(?:a\sl'hotel|une\schambre|a\smon\shotel)\b)"
            r"(?=.*(?:\bce\ssoir|\bcete\snuit|😉|😏|😈|🔥)).{1,300}",
            # an encounter without strings: "un câlin sans lendemain ?", "relation discrète
            # et coquine"
            "no_strings": r"^(?=.*\b(?:calins?|moments?|aventures?|rencontres?|plans?|nuits?"
            r"|relations?"
            r"|plaisirs?)\s(?:\w+\s)?(?:sans\s(?:lendemain|engagement|prise\sde\stete|tabou|atache)"
            r"|d'un\s(?:soir|nuit)|discrete?s?\set\scoquine?s?|torides?|coquine?s?|sensuele?s?))"
            r"(?=.*\b(?:on\sse\svoit|ca\ste\sdit|tu\sveux|cherche|partante?|dispo|mp|ce\ssoir"
            r"|\?)).{1,300}",
            # a video call or a game with a sexual cue: "un appel vidéo coquin ?"
            "naughty_call": r"\b(?:apel|visio|cam|facetime|video|jeu|jeux|echange|message|photo)s?"
            r"\s(?:\w+\s)?(?:coquin\w*|hot|torides?|sexy|chaud\w*)\b",
            # "montre-moi ce que tu portes 😈", "tu cherches un plan ce soir ?"
            "show_me": r"\bmontre[\s-]moi\s(?:ce\sque\stu\sportes|tes\s(?:fesses|seins|jambes"
            r"|formes"
            r"|courbes|dessous|lingerie))\b"
            r"|\b(?:tu\scherches|t'es\sdispo\spour|partante?\spour|t'as"
            r"|envie\sd')\sun\splan\s(?:ce\ssoir"
            r"|cete\snuit|maintenant|tout\sde\ssuite|vite\sfait|rapide)\b",
        },
        unless_text=SEXUAL_7_NOT,
    ),
)
RULES = RULES + SEXUAL_PAID_7

# A proposal to do something together (an imperative, "on se fait", "je te fais").
TOGETHER = (
    r"(?:on\sse\sfait|on\sfait|on\sse\sparle|je\ste\sfais|jte\sfais|tu\sme\sfais|fais|fait|allume"
    r"|tu\sveux|tu\speux|ca\ste\sdit|je\st'apele|je\ste\sapele|apele-moi|on\sse\scapte)"
)
OFF_PLATFORM_7: tuple[Rule, ...] = hits(
    "off_platform",
    0.85,
    {
        # an app and a handle right after it: "vas sur le snap, tonz.vlt34", "snap ? 👉 quent.1nsta"
        "app_then_handle": rf"\b{APPS_ANY}\b\W{{0,6}}(?:c'est\s|c\s|:|=|👉|➡|->|,|\?)?\W{{0,4}}"
        rf"(?=[a-z0-9_.]{{4,}})(?!\d|www\.)(?:{HANDLE})(?!\S*\.(?:test|com|fr|net|org)\b)",
        # a call or a camera on an app: "jte fais un appel vidéo sur insta ce soir"
        "call_on_app": rf"\b{TOGETHER}\s(?:\w+\s){{0,3}}?(?:apel|cam|video|visio|vocal|live"
        rf"|facetime)"
        rf"(?:\s\w+){{0,3}}?\s(?:sur|su|par|via|on)\s(?:le\s|la\s|mon\s|ton\s)?{APPS_ANY}\b",
        # joining one's server or app: "rejoins mon discord privé", "rejoindre mon serveur ?"
        "join_my": rf"\b(?:rejoins|rejoindre|rejoint|vas?\ssur|viens\ssur)\s(?:(?:mon|ma|le"
        rf"|notre)\s"
        rf"(?:{APPS_ANY}|groupe\s{APPS})|(?:mon|notre)\sserveur)\b(?!\s(?:de\s|d'|est\s|a\s))",
        # something sent or given through an app: "envoie ta choré en photo sur whatsapp"
        "send_on_app": rf"\b(?:envoie|envoies|envoi|t'envoie|je\st'envoie|jte\senvoie|montre"
        rf"|montres"
        rf"|file|pase[\s-]moi)\b[\s-]?(?:moi\s|-moi\s)?(?:\w+\s){{0,7}}?(?:sur|par|via)\s(?:le\s"
        rf"|la\s)?{APPS}\b"
        r"(?!\s(?:de\s|d'|est\s))",
        # an e-mail address or a pseudo asked: "tu me donnes ton adresse courriel ?"
        "your_address": rf"\b(?:done|dones|donne|file|pase|envoie|tu\sme\sdones|c'est\squoi|c\squoi"
        rf"|t'as|tu\sas|je\sveux|veux)[\s-]?(?:moi\s)?(?:ton|ta|votre)\s(?:adrese\s)?(?:courriel"
        rf"|e-?mail|mail|pseudo"
        rf"\s{APPS}|localisation)\b",
    },
    unless_text=rx_any(
        PREVENTION,
        REPORTED,
        r"\b(?:jamais|arnaque|mefie\w*|bug\w*|panne|supprime\w*|desinstal\w*|m'a\s(?:ajoute|ecrit"
        r"|contacte|demande|envoye)|m'ont\s(?:ajoute|ecrit|contacte)|il\sa|elle\sa|ils\sont"
        r"|mamie|papi|ma\smere|mon\spere|le\sboulot|le\sclub|l'equipe|la\sfamile|le\sgroupe\sdu"
        r"|site\soficiel|si\squelqu'un|bloque\set)\b",
    ),
)
RULES = RULES + OFF_PLATFORM_7

# Session 7: self_harm, threat and harassment phrasings the rules had no class for (lines of
# my own, before other-train-7): the world better without oneself, deserving to die, pills
# stockpiled, cuts hidden; a family made to pay, knowing where a relative works, watching
# someone's home, money or the family will see; writing every day, "honte d'exister".
RELATIVE = (
    r"(?:ta\s(?:feme|famile|mere|fille|soeur|copine|meuf|daronne)|ton\s(?:mari|fils|pere|frere|mec"
    r"|copain|daron)|tes\s(?:gosses|enfants|parents|proches|soeurs|freres|potes|collegues))"
)
OTHERS_7: tuple[Rule, ...] = (
    *hits(
        "self_harm",
        0.86,
        {
            # "le monde serait mieux sans moi", "ce serait plus simple si j'étais plus là"
            "better_without_me": r"\b(?:serait|seraient|serais|ce\sserait|ca\sserait|irait|iraient)"
            r"\s(?:\w+\s){0,2}?(?:mieux|plus\ssimple|plus\sfacile|plus\sheureu\w*"
            r"|soulage\w*)\s(?:\w+\s)?"
            r"(?:sans\smoi|si\sj'etais\s(?:plus\sla|morte?|partie?)|si\sje\s(?:disparaisais|mourais"
            r"|partais|crevais|n'existais\s(?:plus|pas)))",
            # "je devrais disparaître", "je mérite de crever"
            "deserve_to_die": r"\bje\s(?:devrais|merite\sde|merite\spas\sde|ferais\smieux\sde)\s"
            r"(?:disparaitre|mourir|crever|vivre|exister|me\stuer|en\sfinir)\b(?!\s(?:de|du|des"
            r"|d')\b)",
            # "j'ai stocké des médocs, j'attends le bon moment"
            "pills_hoarded": r"\b(?:stocke|garde|mis\sde\scote|cache|acumule|rase?mble)\s(?:des|mes"
            r"|plein\sde|assez\sde|toutes?\s(?:mes|les))\s(?:medocs|medicaments|cachets|pilules"
            r"|comprimes"
            r"|somniferes|anxiolytiques|antidepreseurs)\b",
            # "je cache mes bras sous mes manches à cause des marques"
            "cuts_hidden": r"^(?=.*\b(?:cache|cacher|planque)\s(?:mes|les)\s(?:bras|poignets|cuises"
            r"|cicatrices|marques|coupures|bleus)\b)(?=.*\b(?:manches|marques|cicatrices|coupures"
            r"|pull"
            r"|personne|scarif\w*)\b).{1,300}",
            # "j'ai pensé à me jeter sous le métro", "ce soir je saute"
            "thought_of_it": r"\b(?:j'ai|jai|j'ai\ssouvent|j'ai\sdeja)\s(?:pense|songe"
            r"|reflechi)\sa\s"
            r"(?:me\sjeter|sauter|me\spendre|me\stuer|me\ssuicider|en\sfinir|mourir"
            r"|me\sfoutre\sen\sl'air"
            r"|me\sfoutre\sen\slair|me\sfaire\sdu\smal|me\staillader)"
            r"|\b(?:ce\ssoir|demain|cete\snuit|c'est\sdecide)\W{0,3}je\ssaute\b"
            r"(?!\s(?:en|a|au|dans|de|du|sur|par|avec)\b)",
        },
        unless_text=SELF_HARM_NOT,
        unless_before=r"(?:\bsi\stu|\bil|\belle|\bqu'elle|\bqu'il)\s(?:\w+\s){0,3}$",
    ),
    *hits(
        "threat",
        0.86,
        {
            # "tes gosses vont payer pour toi"
            "relatives_pay": rf"\b{RELATIVE}\s(?:vont|va|vas|pouraient"
            rf"|risquent\sde)\s(?:payer\s(?:pour"
            r"\stoi|a\sta\splace|cher|le\sprix)|souffrir|morfler|y\spaser|le\sregretter"
            r"|prendre\scher)",
            # "je sais où bosse ta femme", "je sais où ta fille va à l'école"
            "where_relatives_are": rf"\bje\s(?:sais|conais)\sou\s(?:bose|travaile|habite|vit|dort"
            rf"|est|va|vont|sont)\s{RELATIVE}|\bje\s(?:sais|conais)\sou\s{RELATIVE}\s(?:bose"
            rf"|travaile"
            r"|habite|vit|dort|va|vont|sont)",
            # "je t'ai vu ce matin devant chez toi, jolie maison"
            "watched_home": r"\bje\st'ai\s(?:vue?|suivie?|regardee?|observee?"
            r"|atendue?)\s(?:\w+\s){0,3}?"
            r"(?:devant|pres\sde|en\sbas\sde|sortir\sde|entrer\sdans)\s(?:chez\stoi|ton\s(?:boulot"
            r"|taf"
            r"|travail|immeuble|apart|bureau|ecole)|ta\s(?:maison|porte))\b.{0,40}(?:jolie|belle"
            r"|sympa"
            r"|je\ssais|maintenant|tu\sverais|fais\sgafe|😈|🙂|😉)",
            # "envoie 500 balles ou ta famille verra tout"
            "pay_or_they_see": rf"{AMOUNT}.{{0,50}}\b(?:ou|sinon|si\snon)\b.{{0,20}}(?:{RELATIVE}"
            rf"|tout\sle"
            r"\smonde|tous\stes\s(?:amis|contacts|abones))\s(?:vera|veront|saura|sauront|recevra"
            r"|recevront|va\s(?:voir|savoir|recevoir|tout\ssavoir)|vont\s(?:voir|savoir|recevoir"
            r"|tout\ssavoir))",
        },
        unless_text=KNOW_WHERE_NOT,
    ),
    # "si tu portes plainte je te retrouve": the police named is the point, not a report of it
    hit(
        "if_you_tell",
        "threat",
        r"\bsi\s(?:tu|t')\s?(?:portes\splainte|vas\s(?:voir\s)?(?:les\sflics|la\spolice|les\skeufs)"
        r"|apeles\sles\sflics|parles|balances|dis\squoi\sque\sce\ssoit)\b.{0,40}\bje\ste\s"
        r"(?:retrouve|trouve|retrouverai|trouverai|fais\sla\speau|fini\w*|bute|tue)\b",
        0.86,
        unless_text=rx_any(GAME, QUOTED),
    ),
    *hits(
        "harassment",
        0.85,
        {
            # "je t'écrirai tous les jours jusqu'à ce que tu me répondes"
            "will_write": r"\bje\s(?:t'ecrirai|te\sparlerai|te\sspamerai|te\slacherai\spas"
            r"|te\slaiserai"
            r"\spas\stranquile|te\ssuivrai|t'harcelerai)\b",
            # "t'as pas honte d'exister ?", "arrête de respirer"
            "dont_exist": r"\bhonte\sd'exister\b|\barete\sde\s(?:respirer|vivre"
            r"|exister)\b(?!\sfort)"
            r"|\btu\smerites\spas\sde\s(?:vivre|exister)\b|\bpersone\ste\sveut\s(?:ici|la)\b",
        },
        unless_text=HARASSMENT_NOT,
    ),
)
RULES = RULES + OTHERS_7

HATE_7: tuple[Rule, ...] = hits(
    "hate",
    0.86,
    {
        # "les arabes ils savent que voler"
        "only_good_at": rf"\bles\s(?:{GROUPS_MORE})\s(?:ils\s|eles\s)?(?:ne\s)?(?:savent|font"
        rf"|pensent)"
        r"\s(?:que|qu'a)\s(?:voler|mentir|tricher|profiter|dealer|frapper|se\splaindre|pleurer"
        r"|baiser"
        r"|faire\sdes\sgoses|taper|egorger|crier|magouiler)",
        # "ces gens-là devraient rentrer chez eux"
        "go_home": r"\bces\sgens(?:-?\s?la)?\s(?:devraient|doivent|peuvent|ont\squ'a)\s(?:rentrer"
        r"|retourner|repartir)\schez\seux\b"
        r"|\b(?:rentrer|retourner|repartir|renvoyer)\s(?:\w+\s)?(?:dans\sleur\spays"
        r"|d'ou\sils\sviennent"
        r"|au\sbled|dans\sleur\sbled)",
        # "j'embauche pas de noirs"
        "refused_for_it": rf"\b(?:j'embauche|je\sloue|je\sprends|je\sveux|je\sservirai"
        rf"|je\ssers)\s(?:pas|plus"
        rf"|jamais)\s(?:de|d'|aux?|les|des)\s?(?:{GROUPS_MORE})\b",
        # "les noirs sont moins intelligents"
        "lesser": rf"\bles\s(?:{GROUPS_MORE})\s(?:sont|c'est)\s(?:\w+\s)?(?:moins\s(?:inteligents"
        rf"|evolues"
        r"|civilises|capables|humains)|plus\s(?:betes|stupides|cons|violents)|inferieur\w*)",
        # "une femme ça doit se taire"
        "women_obey": r"\b(?:une|les)\s(?:femes?|meufs?|nanas?|gonzesses?)\s(?:ca\s)?(?:doit"
        r"|doivent"
        r"|devrait|devraient|faut\squ'eles?)\s(?:se\staire|obeir|rester\sa\sla\smaison|fermer\sleur"
        r"\sgueule|fermer\ssa\sgueule|servir|rester\sa\sleur\splace)",
        # "les gays me donnent envie de vomir", "ces singes de noirs"
        "disgust": rf"\bles\s(?:{GROUPS_MORE})\s(?:me\s)?(?:donent\senvie\sde\s(?:vomir|gerber)"
        rf"|font"
        r"\s(?:vomir|gerber)|me\sfont\s(?:vomir|gerber)|me\sdonent\sla\snausee)"
        rf"|\b(?:ces|sales?|espece\sde)\s(?:{DEHUMANISING})\s(?:de|d')\s?(?:{GROUPS_MORE})\b",
    },
    unless_text=rx_any(
        HATE_NOT, r"\b(?:ils\sdisent|selon\seux|propagande|theorie\sdu|invites|copains|amis)\b"
    ),
)
RULES = RULES + HATE_7

# ------------------------------------------- rules-7, the other labels: from other-train-7
# Written from data/risk/written/other-train-7a/7b.jsonl (75 voices of session-7 writers who
# never saw the detector), as classes: the dealer's delivery and ordering words, quantities of
# the trade, the product judged; an escort's booking words (rates, the "gift", roses as money,
# travel, deposits), a client's money for intimacy; propositions by their cues (a bed, a hotel,
# a night, no strings, a lover, fantasies) with a proposal; formal and veiled threats, exposure
# to the salon; slurs and the contempt of a group by nature, culture or as a whole; farewells,
# plans and wishes that it stop. Its dev part other-dev-7 was not read.

# Drugs by names that are nothing else (DRUGS has "joints", "filtre", "cali", "lean"...).
DRUG_NAME_7 = (
    r"(?:beuh|beu|weed|shit|coke|cocaine|mdma|ecsta|ecstasy|keta|ketamine|ket|3mc|crack|heroine|lsd"
    r"|champignons\smagiques|edibles|hash|chit|zeb|pills|codeine|xanax|tramadol|oxy\w*|fentanyl"
    r"|subutex|ghb|resine|ganja|marijuana|cannabis|methylphenidate|opioides|amphetamines?)"
)
# A quantity or a unit of the trade.
TRADE_QTY = (
    r"(?:plaquetes?|pochons?|baretes?|quarter|poche\sde\s(?:\d+|dix|vingt)|bouletes?|savonetes?)"
)
# A rate, a price and the money of a booking (prostitution).
BOOKING = r"(?:tarif\w*|cadeau\w*|roses?|chf|en\sliquide|acompte|twint)"
MONEY_7 = (
    rf"(?:{AMOUNT}|\b(?:sur\slydia|sur\spaypal|argent|billets?|loyer|allocation|aide\sfinanciere"
    r"|cadeau\w*|shopping\spaye|nouveau\stelephone|\d{2,4}\spar\smois|metre\s\d{2,4}"
    r"|done\s\d{2,4}|\d{2,4}\ssi)\b)"
)
INTIMACY_7 = (
    r"(?:moments?\sintimes?|compagnie\sintime|intime|tendresse|au\slit|dans\sma\schambre"
    r"|dormir\savec"
    r"|pa?ser\sla\snuit|la\snuit|apres\sla\snuit|premiere\snuit|me\sfais\splaisir"
    r"|me\sfaire\splaisir"
    r"|tes\svisites|si\son\sse\svoit|restes\sdans\sma\schambre|un\smoment\spaye|service\spaye)"
)
# Cues of a sexual proposition: a bed, a hotel room, a night, no strings, a lover, fantasies.
# Weak cues (a bed, a hotel room, a night, no strings) need the night or an innuendo too.
SEX_CUE_WEAK_7 = (
    r"(?:au\slit|dans\s(?:un|mon|ton|votre)\slit|sous\sla\scouete|partage\w*\smon\slit"
    r"|chambre\sd'hotel"
    r"|a\sl'hotel|mon\shotel|une\schambre|complice|sans\sprise\sde\stete|tenir\scompagnie"
    r"|pas\sde\srelation|du\sfun|sans\sengagement|y\sa\spersone|pour\sune\snuit|d'un\ssoir"
    r"|m'ocuper\sde\s(?:toi|vous)|je\speux\ste\smontrer|tu\sme\stiens\scompagnie"
    r"|seule?\sa\sl'(?:apart"
    r"|hotel)|pas\s(?:envie\s)?d'une\srelation|se\sretrouver\s(?:a|dans)\s(?:l'|un\s)hotel)"
)
SEX_CUE_7 = (
    r"(?:amant|libertin\w*"
    r"|fantasmes?|cochon\w*|coquin\w*|cokin|pas\stres\ssages?|devergond\w*|pimenter|plaiz"
    r"|se\sfaire\sdu\sbien|on\sse\sfait\sdu\sbien|plus\squ'un\scafe|pas\spour\sregarder"
    r"|pas\spour\sjaser"
    r"|pour\sle\sdessert|sans\sataches?|pas\sl'amour|juste\sdu\splaisir"
    r"|0\sengagement|sensuel\w*|tres\sprivee|rendez-vous\sintime"
    r"|me\stenir\schaud|compagnie\smasculine|compagnie\sfeminine|une\svolontaire"
    r"|un\smec\spartant|une\smeuf\spour|appart\slibre|l'appart\spour\snous"
    r"|juste\spour\sla\snuit|nuit\sensemble|petite\snuit|plaisir\spartage|experience\sau\slit"
    r"|on\s(?:voit|verra)\s(?:ben\s|bien\s)?(?:ou\sca\s(?:nous\s)?mene|ce\squi\s(?:arive|se\spase))"
    r"|idee\s(?:asez\s)?precise\sde\sla\ssuite|regarde\spas\svraiment|te\srechaufer"
    r"|te\stenir\schaud"
    r"|une\saventure\savec|ce\squi\ste\sferait\splaisir\scete\snuit|un\sdelire\sa\sdeux"
    r"|un\scoin\stranquile|ton\spetit\ssecret|on\sfait\sun\struc\sce\ssoir|rendez[\s-]vous\sintime"
    r"|un\splan\s(?:ce\ssoir|cete\snuit|a\ssoir|regulier)|pa?ser\sla\snuit\s(?:avec\s(?:toi|vous)"
    r"|chez\s(?:moi|nous))|(?:une|un)\s(?:meuf|fille|feme|nana|mec|home)\s(?:\w+\s){0,2}?pour"
    r"\s(?:m'acompagner|a\ssoir|ce\ssoir|cete\snuit|pa?ser\sla\snuit|moments?\scalins?|du\sfun))"
)
PROPOSE_7 = (
    r"(?:\?|\btu\b|\bvous\b|\bt'|\bon\s(?:se|pourait|peut|fait|finit|file|boit)|\bqui\sveut"
    r"|\bqui\sest"
    r"|\bcherche|\bje\ste|\bje\svous|\bviens|\bpasse|\bca\ste\sdit|\bpartante?|\bdispo|\bmp\b"
    r"|\bensemble|\bpropose|😏|😈|😉)"
)
RULES_7_TRAIN7: tuple[Rule, ...] = (
    *hits(
        "drugs",
        0.86,
        {
            # the dealer's delivery and ordering: "livreur dispo jusqu'à 2h", "commande avant 20h"
            "delivery_words": r"^(?=.*\b(?:livreur|livre|livrons|livraison|livrezon|commande\w*"
            r"|le\smenu|la\scarte|point\sde\sdeal|four)\b)(?=.*(?:\b(?:jusqu'a\s\d+h|avant\s\d+h"
            r"|\d+h\s?-\s?\d+h|24\s?/\s?24|en\smain\spropre|paiement\sa\sla\slivraison"
            r"|pas\sde\scredit"
            r"|cash\sseulement|messagerie\schifree|sur\s(?:telegram|signal|snap|tlg)|point\sde\srdv"
            r"|la\smarchandise|produit,\squantite|deplacement\soffert|au\sfour"
            r"|se\sdeplacer\sau\sfour"
            r"|le\spoint\sde\sdeal|supplement|pochons?|plaquetes?)\b|{DRUG_EMOJI})).{1,400}",
            # quantities of the trade with a price or a sale: "plaquettes 100/250/500, tarifs"
            "trade_quantity": rf"^(?=.*\b{TRADE_QTY})(?=.*\b(?:prix\sde\sgros|tarifs?\sdegresifs"
            r"|revend\w*|\d+\s?(?:€|e|balles|euros?|piases)|a\s\d{2,3}\b|la\smarchandise|mp"
            r"|en\sprive|livr\w*)\b).{1,400}",
            # a drug named with a buyer's or seller's word: "qqn a de la beuh ? jpaye cash"
            "named_with_deal": rf"^(?=.*\b{DRUG_NAME_7}\b)(?=.*\b(?:qn\sa\s(?:de|du|des|d')"
            rf"|quelqu'un\s(?:a\s(?:de|du|des|d')|vend)"
            r"|jpaye"
            r"|je\spaye|cash|lydia|paypal|virement|interac|paiement|j'en\svends|jen\svends"
            r"|on\sen\svend"
            r"|a\svendre|vends|vendeur|livr\w*|mes\sclients|demandez\sle\smenu|le\smenu|de\sretour"
            r"|prix\sde\sgros|vann|livrezon|bon\spri|ka\sfe"
            r"|ca\spart\svite|magiques\sa\sacheter|pas\slegaux)\b).{1,400}",
            # an amount of it, a pochon of 20, the goods brought: "si tu prends 50 de beuh"
            "amount_of": r"\b\d+\s?(?:€|e|balles|euros?)?\s(?:de|d')\s?(?:beuh|weed|shit|coke|coco"
            r"|frape"
            r"|md|ket|keta|hash)\b|\b(?:pochons?|baretes?|bouletes?)\sde\s\d{2}\b|\bj'arive\savec"
            r"\sla\smarchandise|\bla\smarchandise\b.{0,60}\b(?:point\sde\srdv|livr\w*)"
            r"|\b(?:du|de\sla)\s(?:speed|coco|frape|md)\b.{0,40}\bj'en\s(?:vends|ai|livre)\b"
            r"|\b(?:la|ta|ton|mon|ma|de\sla)\s(?:coco|frape|beuh|weed|shit|coke|zeb)\s(?:il"
            r"|ele)\s(?:est"
            r"|etait|te|atend)\b",
            # the product judged: "la coco elle est top", "ton shit il est bon ?"
            "product_judged": rf"\b{DRUG_NAME_7}\s(?:\w+\s){{0,3}}?(?:il|ele)\s(?:est|etait|te)\s"
            r"(?:top|bon|bone|coupee?|de\sfou|fort|pure|mieux|frais|decole)",
            # an emoji sought or with a partitive: "t'aurais pas de la ❄️", "cherche 🍃 urgence"
            "emoji_sought": rf"\b(?:cherche|besoin\sde|qn\sa|qui\sa|t'aurais|t'as"
            rf"|vends)\s(?:pas\s)?"
            rf"(?:du\s|de\sla\s|des\s)?{DRUG_EMOJI}",
        },
        unless_text=rx_any(
            STREET_NOT,
            r"\b(?:pizza\w*|sushis?|burgers?|kebab|resto\w*|deliveroo|colis\sposte|brochure|beure"
            r"|docu\w*|annees\s\d0|french\sconection"
            r"|bouillon|graines|paroles|chanson|rap|clip|film|prevention|cbd\sseulement)\b",
        ),
    ),
    *hits(
        "prostitution",
        0.86,
        {
            # an escort's booking: a rate, the "gift", roses as money with a meeting word
            "booking": rf"^(?=.*(?:\b{BOOKING}\b|🌹))(?=.*\b(?:rdv|rendez-vous|rencontre|dispo\w*"
            r"|reserv\w*|creneaux|deplacements?|me\sdeplace|recois|tu\srecois|massage\+?|demi|1\s?h"
            r"|une\sheure|l'heure|la\snuit|nuit\sentiere|overnight|duree|reguliers|negociable|nego"
            r"|demandes\sgratuites|enveloppe|en\sarrivant|avant\sle\srdv|hotel|🏨|💋|😘)\b|🏨"
            r"|💋).{1,400}",
            # a client's money for intimacy: "je t'envoie 100 si tu viens dormir avec moi"
            "money_for_intimacy": rf"^(?=.*{MONEY_7})(?=.*\b{INTIMACY_7}\b)(?=.*\b(?:je\s(?:peux"
            rf"|vais"
            r"|te|t'|vous)|jpaye|je\spaie|je\spaye|je\sregle|contre|en\sechange|si\stu|si\svous"
            r"|offrir"
            r"|offre|propose|paie|paye|tu\sseras|y\sa\sun\sbillet|combien|budget)\b).{1,400}",
            # paid as an adjective of a meeting, the client's cash and travel, an ad's terms
            "paid_meeting_7": r"\b(?:moment|service|rdv|rendez-vous|rencontre"
            r"|compagnie)\s(?:\w+\s)?"
            r"payee?\b|\bbien\spayee\spour\b|\b(?:je\spaie|jpaye|je\spaye)\s(?:le\staxi)\b"
            r"|\b(?:petit\s)?budget\b.{0,30}\b(?:demi|heure|nuit|soiree)\b"
            r"|\benvoie\s(?:ton|votre)\sbudget|\b(?:faites|fais|fe)\sles\sdeplacements?\b"
            r"|\bdeplace(?:ment)?s?\s(?:ou|et)\s(?:tu\s)?recois|\btarif\s\+\sessence|\bovernight\b"
            r"|\bnuit\sentiere\b.{0,40}\d|\bacompagnement\b.{0,30}\bnuit\b|\bdemandes\sgratuites"
            r"|\b\d\s?h\s?=\s?\d{2,4}\b|\bla\s(?:ti\s|petite\s)demi\b|\bmetre\s\d{2,4}\spour\sla"
            r"\s(?:soiree|nuit)\savec",
            # a special massage: "massage avec fin heureuse", "massage spécial", "massage+"
            "special_massage": r"\bmassages?\s?(?:\+|avec\sfin\sheureuse|special|speciaux|complet"
            r"|et\splus|plus)|\bfin\sheureuse\b|\bdetente\stotale\b"
            r"|\bhuiles\schaudes\b.{0,40}\bplus\b",
            # the rate asked: "c koi tes tarifs pr 1h ?", "tu mets combien de roses"
            "rate_asked": r"\b(?:tes|vos|ton|votre)\s(?:tarifs?|prix)\s(?:pour|pr|de\sla|de\sl')\s?"
            r"(?:1\s?h|une\sheure|la\snuit|une\snuit|la\sdemi|30\s?min)|\bcombien\sde\sroses\b"
            r"|\bcombien\s(?:tu\sprendrais|vous\sprendriez)\b|\bdis\ston\sprix\b"
            r"|\b(?:faire|fait)\s(?:\d\s?h|une\sheure|la\snuit)\s(?:pr|pour)\s\d{2,4}\b",
        },
        unless_text=rx_any(
            PAID_NOT,
            r"\b(?:pas\sescort|je\ssuis\spas|forcee?\sa|associations?|t'aider"
            r"|si\stu\ses\sconcernee?"
            r"|fleuriste|bouquet|jardin\w*|rosier)\b",
            rf"{DRUG_EMOJI}|\b(?:{DRUG_NAME_7}|pochons?|plaquetes?|gramme)\b",
        ),
    ),
    hit(
        "cues_proposed",
        "sexual_solicitation",
        rf"^(?=.*\b{SEX_CUE_7}\b)(?=.*{PROPOSE_7}).{{1,400}}"
        rf"|^(?=.*\b{SEX_CUE_WEAK_7}\b)(?=.*{PROPOSE_7})(?=.*(?:\b(?:ce\ssoir|cete\snuit|a\ssoir"
        r"|seule?\sce|tout\sseule?|discret\w*|toi\set\smoi|nous\sdeux)\b|😏|😈|😉|🔥)).{1,400}",
        0.82,
        unless_text=rx_any(
            SEXUAL_7_NOT,
            r"\b(?:malade|grippe|dodo|fatiguee?|reveil|sieste|livre\sau\slit|petit\sdej\w*\sau\slit"
            r"|conference|formation|seminaire|reunion|le\sboulot\sm'|canape|matelas|chambre\sd'amis"
            r"|reservation|reserve|reserver|booking|check-?in|la\schambre\scoute|chambre\sdouble"
            r"|vacances|enfants?|fils|fille|bebe|chat|chien|ton\scopain\sde\sclase|complice\sdu"
            r"|cochon\sd'inde|cochonaile|aux\sfantasmes\sde|coquinou)\b",
        ),
    ),
    hit(
        "proposition_7",
        "sexual_solicitation",
        r"\b(?:t'as|t'avais|tu\sas)\sl'air\s(?:chaude|bone|coquine)\b|\bsi\st'es\schaude\b"
        r"|\b(?:t'aimes|tu\saimes|vous\saimez)\sles\s(?:homes|mecs|femes|filles)\s(?:experimentes?"
        r"|plus"
        r"\sages|murs|matures|de\stess)\b|\benvie\sde\s(?:compagnie|te\svoir\sen\svrai|calins?)\b"
        r".{0,40}\b(?:ce\ssoir|cete\snuit|partant\w*|masculine|pas\spour)"
        r"|\bqui\sest\schaud\spour\sce\ssoir|\bqui\sveut\sce\ssoir\b",
        0.82,
        unless_text=SEXUAL_7_NOT,
    ),
    *hits(
        "threat",
        0.86,
        {
            # formal and veiled: "vous le regretterez", "pour votre propre bien"
            "formal_veiled": r"\b(?:tu|vous)\sle\sregretter(?:as|ez|ais|iez)\b|\b(?:conseile"
            r"|retire\w*"
            r"|sinon|arete\w*)\b.{0,60}\bpour\s(?:votre|ton)\spropre\sbien\b"
            r"|\bprofite[zs]?\stant\sque\s(?:ca|ça)\sdure|\bje\sm'ocuperai"
            r"\s(?:personelement\s)?de\s(?:toi|vous)|\bje\sn'hesiterai\spas\sa?\s?(?:si|a\sm'en)"
            r"|\bt'as\spas\sidee\sde\sce\sdont\sje\ssuis\scapable"
            r"|\bsi\sje\speux\spas\st'avoir\spersone"
            r"|\bun\sacident\sest\ssi\svite\sarive\b(?!\savec|\sen|\sa\s(?:velo"
            r"|trotinete|scooter))|\bt'es\ssur\sla\sliste|\bce\squi\slui\sest\sarive\b.{0,10}$"
            r"|\bqu'il\s(?:leur|lui|vous|t')\s?arive\squelque\schose\b|\bne\spasera\spas\sl'hiver"
            r"|\bne\ssera\splus\sjamais\sla\smeme\b|\bvous\sverez\sce\squi\sarivera\b"
            r"|\bdomage\ss'(?:il|ele)\s(?:crame|brule|explose|disparait)"
            r"|\bpour\sl'instant\sc'est\sjuste",
            # harm to one's property or body: "on vient casser ta porte", "je te casse les dents"
            "harm_7": r"\b(?:casser|defoncer|cramer|bruler|peter)\s(?:ta|votre|ton|tes)\s(?:porte"
            r"|voiture"
            r"|caise|scooter|maison|vitres?|pneus)\b|\bje\ste\s(?:case"
            r"|pete)\s(?:toutes\s)?les\sdents"
            r"|\bje\s(?:vais\s)?te\smetre\sune\s(?:bafe|claque|gifle|droite|patate|tarte|beigne)"
            r"|\bte\sfaire\sta\sfete\b|\batends?\sque\sje\ste\s(?:chope|trouve|croise|atrape)"
            r"|\bc'est\sla\sbate\b|\bon\s(?:va\s)?regl(?:e|er)\s(?:ca|ça)\s(?:en\sbas|dehors"
            r"|comme\sdes\shomes|entre\shomes)|\bviens\sseul\b.{0,30}(?:si\st'es\sun\shome|sinon)"
            r"|\bsi\sje\ste\s(?:vois|croise|chope|trouve|recroise)\b.{0,20}\bje\ste\s(?:defonce|tue"
            r"|bute|case|nique|plante|egorge|finis)|\bsi\s(?:tu|t')\s?(?:balances?"
            r"|parles?)\b.{0,40}"
            r"\bt'es\sfini\b|\bon\s(?:va\s)?(?:venir|debarquer)\sa\splusieurs\b"
            r"|\bon\sva\ste\srendre"
            r"\sune\s(?:petite\s)?visite",
            # exposure to the salon or the contacts: "je fais tourner tes nudes dans tout le salon"
            "exposure_7": rf"\bje\s(?:vais\s|peux\s)?(?:(?:t'|te\s)(?!afich)(?:{PUBLISH})"
            rf"|(?:{PUBLISH}"
            r"|fais\stourner)\s(?:tes|ton|ta|tout\sce))\s?(?:\w+\s){0,5}?"
            r"(?:dans\s(?:tout\s)?"
            r"le\ssalon|a\stout\sle\ssalon|a\stout\ston\srepertoire|public|partout"
            r"|tout\sce\sque\sj'ai"
            r"\ssur\stoi|ton\snom|ton\sadrese)\b|\bje\sle\srends\spublic\b",
            # private facts held: "je connais ton code de porte", "toutes vos adresses"
            "private_known": r"\b(?:je\sconais|j'ai\strouve|j'ai\sgarde|on\sa|j'ai)\s(?:toutes\s)?"
            r"(?:ton|ta|tes|votre|vos)\s(?:code\sde\sporte|digicode|rue|adreses)\b"
            r"|\bon\ssait\sa\squoi\stu\sresembles|\bton\sadrese\s(?:ele\s)?traine",
        },
        unless_text=rx_any(
            THREAT_NOT,
            r"\b(?:anniversaire|invitation|faire-part|colis|cadeau|fleurs|livreur|facteur"
            r"|hiver\sdernier"
            r"|plante|jardin|rosier|route|verglas|meteo|velo|ski|ton\sgateau)\b",
        ),
    ),
    *hits(
        "hate",
        0.86,
        {
            # slurs as an address or a sighting: "encore un n3gro qui...", "ta gueule la tapette"
            "slur_7": r"\b(?:encore\sun|encore\sune|toi\sle|toi\sla|ta\sgueule\sla|ta\sgueule\sle"
            r"|sale"
            r"|t'es\squ'une?|ces|espece\sde)\s(?:negro|negre|reubeu|rebeu|reubeus|chintoks?"
            r"|chintoqs?"
            r"|chinetoques?|muz+|bougnoules?|youpins?|feujs?|tafioles?|tapetes?|pd|pede|gouines?"
            r"|travelos?|femele|feminazi|mongoliens?|singe|bamboula)\b",
            # a group by nature or as a whole: "c'est génétique", "dans leur culture", "même sac"
            "group_by_nature": rf"^(?=.*\b(?:{GROUPS_MORE}|cathos|chretiens|juifs"
            r"|gitans|manouches|portugais|maghrebins|asiatiques|africains|roms)\b)(?=.*\b(?:c'est"
            r"\sgenetique|par\snature|dans\sleur\s(?:culture|sang|nature|adn)"
            r"|bande\sde\s(?:pedophiles|sauvages|parasites)|toute\scete"
            r"\sengeance|dans\sle\smeme\ssac|seront\sjamais\sfrancais|retirer\sla\snationalite"
            r"|tire\sles\sficeles|votre\stribu|question\sde\ssurvie|se\sreproduit"
            r"|comme\sdes\slapins"
            r"|copieurs|fourmis|vicieux|moutons|juste\sbon\sa|contre\snature|se\scachaient"
            r"|propagent\sdes\smaladies|gens\snormaux|bruler\sleurs|un\sbon\snetoyage"
            r"|vermine)\b).{1,400}"
            r"|\bremigration\b|\bhitler\savait\spas\sfini|\bfini\sle\sboulot\b.{0,20}\bhitler",
            # women: "toutes des putes", "l'a forcément cherché", "au volant"
            "women_7": r"\btoutes\sdes\s(?:putes|salopes|chiennes)\b|\bt'es\s(?:qu'une\s"
            r"|une\s)femele\b"
            r"|\b(?:une|les)\s(?:feme|femes|meufs?)\s(?:qui\s\w+\s)?.{0,40}(?:l'a\s(?:forcement\s"
            r"|bien\s)?"
            r"cherche|perime|quotas?|retirer\sle\spermis|remetre\sa\sleur\splace|avec\sla\smain)",
            # LGBT and disability: "LGBT = pédophilie", "fallait avorter"
            "lgbt_disability": r"\blgbt\s?=|\bretourne\sdans\ston\splacard"
            r"|\bpas\sune\svraie\sfeme\b"
            r"|\bfolie\sde\str\w*|\bfalait\savorter|\ble\sfoutrais\sdehors|\bdeux\smecs\squi\s"
            r"s'embrasent.{0,40}(?:cogner|vomir|gerber)|\b(?:handicapes|sourds|aveugles"
            r"|malades\smentaux"
            r"|mongoliens|autistes|trisomiques|nains|depresifs)\b.{0,60}\b(?:coutent|fortune|rester"
            r"\sentre\seux|enfermer|dangers?\spublics?|droit\sde\svoter|arreter\sde\sles\saider"
            r"|feignases|cirque|qu'a\slire)",
        },
        unless_text=rx_any(HATE_NOT, r"\b(?:ils\sdisent|selon\seux|propagande|theorie\sdu)\b"),
    ),
    *hits(
        "self_harm",
        0.86,
        {
            # farewells and plans: "mes dernières volontés", "c'était bien de vous connaître"
            "farewell_7": r"\bdernieres?\svolontes\b|\b(?:mon|ma)\sdernier\w*\s(?:message|lettre)\b"
            r"|\bc'etait\sbien\sde\svous\sconaitre|\bpardon\sa\sceux\sque|\bc'est\sun\sadieu"
            r"|\bje\spars\spour\sde\sbon\b(?!\s(?:de|du|en|a|au)\b)|\bma\sdecision\sest\sprise"
            r"|\bmes\sfunerailles|\bmon\senterement\b(?!\sde\svie)|\b(?:toucheront|toucherait"
            r"|couvrirait)\s(?:l'|mon\s)?"
            r"asurance|\basurance\svie\scouvrirait|\bplus\sde\sproblemes\sdu\stout"
            r"|\brendue?\sau\sbout"
            r"|\b(?:pu|plus)\srien\squi\sme\sretient|\baucune\sraison\sde\srester"
            r"|\bje\sme\svois\spas"
            r"\sdans\sun\san|\blettre\spour\s(?:ma|mon|mes)\s\w+\.?\sau\scas\sou",
            # wishing it to stop or not to wake: "je veux que ça s'arrête pour toujours"
            "make_it_stop": r"\bque\s(?:ca|ça|tout)\s(?:s'arete|finise"
            r"|se\stermine)\s(?:pour\s(?:de\svrai"
            r"|toujours|de\sbon)|,?\s?toute)|\b(?:fatiguee?|tanee?|epuisee?|marre)\s(?:d'exister|de"
            r"\ssoufrir)\b|\b(?:pu|plus)\sexister\b|\besperant\s(?:ne\s)?(?:pas|plus"
            r"|jamais)\sme\sreveiller"
            r"|\bme\sreveilais\spas\b.{0,20}\b(?:bien|mieux)|\bme\sreveiller\b.{0,30}\bni\sjamais",
            # a means thought of: "réfléchir à comment en finir", "pas se rater"
            "means_7": r"\b(?:pense|penser|reflechir|songe)\s(?:\w+\s){0,2}?(?:a\ssauter"
            r"|a\sla\smort"
            r"|a\scomment\sen\sfinir|a\smetre\sfin|a\sen\sfinir)\b"
            r"|\bcomment\s(?:faire\spour\s)?(?:pas"
            r"|ne\spas)\sse\srater\b|\b(?:platane|falaise|pont|rails|fleuve"
            r"|la\smer)\b.{0,50}\b(?:ce"
            r"\sserait\s(?:rapide|facile))\b.{0,20}$|\b(?:y\sdisparaitre\spour\sde\sbon"
            r"|j'y\srepense\sencore)|\bdeja\stente\b.{0,30}"
            r"\b(?:reesayer|recommencer)|\bmi\spense\sa\sla\smort",
            # hurting oneself on purpose: "je me suis entaillé le bras", "exprès"
            "self_injury_7": r"\bje\sme\s(?:suis\s)?(?:entaile\w*|griffe\w*|fait\svomir|fais\svomir"
            r"|scarifie\w*)\b|\b(?:je\sme|j'me|jme)\s(?:pince|mords|frape|tape)\b.{0,40}(?:bleus"
            r"|je\sle\smerite|saigner)|\b(?:me\scaser|pris\splus\sde\smedocs)\b.{0,40}\bexpres"
            r"|\bmerite\spas\sd'etre\sla\b|\bsi\s(?:je\sdisparais|j'etais\s(?:pu"
            r"|plus)\sla)\b.{0,40}"
            r"\b(?:persone|changerait\srien)",
        },
        unless_text=SELF_HARM_NOT,
    ),
    *hits(
        "harassment",
        0.85,
        {
            # persistence: "j'ai 6 autres comptes", "message 47, je lâcherai pas", "allo ?? allo ??"
            "persistence_7": r"\b(?:j'ai|jai)\s(?:\d+|plein\sd')\s?autres\scomptes\b|\bje\slacherai"
            r"\spas\b|\btu\ste\sdebaraseras\spas\sde\smoi|\bc'est\smoi\squi\sdecide\squand"
            r"|\ballo\s?\?+"
            r"\s?allo|\bje\st'ai\senvoye\s\w+\smesages|\bcontinuer\sa\sspamer|\bcontinue\sa\sspamer"
            r"|\bje\svois\stout\sce\sque\stu\sfais|\bje\svois\sle\spoint\svert|\bj'en\sai\sfait\sun"
            r"\snouveau\b|\bt'ecoeurer\sa\schaque\sfois",
            # mockery of a person: "on se moque d'elle", "t'es notre divertissement"
            "mockery_7": r"\bon\sse\smoque\sd'(?:elle|lui)\b|\bnotre\sdivertisement\b|\bpour\srire"
            r"\sde\stoi\b|\bpersone\sne\ste\scroit|\bon\scomprend\spourquoi\b|\bt'es\srien\b"
            r"|\bdevrait\sregretter\sde\st'avoir\sfait|\ble\sqi\sdu\ssalon|\bcrise\ston\scamp\b"
            r"|\bt'as\saucun\spote\b|\bregardez\sle\s(?:bouffon|clown|mongol|debile)\b"
            r"|\bt'as\sl'air\sd'une?\s(?:vraie?\s)?(?:{INSULTS})\b|\bt'as\squel\sage\smental"
            r"|\bpersone\s(?:ne\s)?veut\s(?:te\sparler|de\stoi)\b",
        },
        unless_text=HARASSMENT_NOT,
    ),
)
RULES = RULES + RULES_7_TRAIN7

# Round 2 from other-train-7's remaining misses (classes again).
RULES_7_TRAIN7B: tuple[Rule, ...] = (
    *hits(
        "threat",
        0.86,
        {
            # what is held sent to everyone: "je l'envoie à tout ton répertoire"
            "sent_to_all": rf"\bje\s(?:l'|les\s|la\s)(?:{PUBLISH})\sa\s(?:tout\ston\srepertoire"
            rf"|tous\stes"
            r"\scontacts|tout\sle\ssalon|tout\sle\smonde)\b"
            r"|\bje\s(?:{PUBLISH})\s(?:tout\s)?ce\sque\sj'ai"
            r"\ssur\stoi\b|\bou\sje\s(?:{PUBLISH})\s(?:ton\snom|ton\sadrese|tes\scoordonees)"
            r"|\b(?:il|ele|ils)\sva\s(?:le\s)?savoir\s.{0,20}\bsi\stu\b",
            # watching and waiting: "je vous ai vu ce matin... on se reverra", "j'attends en bas"
            "watching_7": r"\bje\s(?:vous|t')\s?ai\svue?s?\b.{0,60}\b(?:on\sse\sreverra|jolie"
            r"|je\ssais)"
            r"|\bj'atends\sen\sbas\sde\schez\stoi\b.{0,40}\b(?:bougerai\spas|tant\sque|descend\w*)"
            r"|\bje\ssais\s(?:ou|que)\b.{0,60}\bje\svais\spaser\b"
            r"|\bdorm\w*\sbien\b.{0,30}\bprofite[zs]?"
            r"[\s-]en|\bon\sne\ssait\sjamais\squi\s(?:atend|vous\satend|t'atend|vous\ssuit)"
            r"|\bfais\s(?:bien\s)?(?:gafe|atention)\b.{0,50}\bon\st'atend\b"
            r"|\b(?:l'ecran|internet|ton\spseudo)\ste\sproteg\w*"
            r"|\bje\ssais\sa\squele\sheure\s(?:votre|ta"
            r"|ton)\s(?:feme|mari|fille|fils|mere)\s(?:rentre|sort|finit)"
            r"|\bje\sconais\sdes\sgens\squi\s(?:reglent|s'ocupent\sde|gerent)\sce\sgenre",
            # La Réunion's créole: "mi koné out kaz", "ou lé mort"
            "creole_threat": r"\bmi\s(?:kone|trouv)\s(?:out\skaz|aou)\b|\bou\sle\smort\b"
            r"|\bou\sva\soir"
            r"\skosa\b|\bou\ssa\spaye\b|\bou\ssa\spa\sdormi\b|\bmonte\sa\sout\skaz\b"
            r"|\bsa\skas\sout\sfigir"
            r"|\bi\ssa\sbrule\b",
        },
        unless_text=THREAT_NOT,
    ),
    hit(
        "complaint_answered",
        "threat",
        r"\bsi\s(?:vous|tu)\s(?:portez|portes)\splainte\b.{0,40}\bje\s(?:m'ocuperai|vais\sm'ocuper)"
        r"\s(?:personelement\s)?de\s(?:toi|vous)",
        0.86,
        unless_text=rx_any(GAME, QUOTED),
    ),
    *hits(
        "hate",
        0.86,
        {
            # a group said by its slur or its nature: "les reubeus ils savent que voler"
            "group_slur_7": r"\bles\s(?:reubeus|rebeus|chintoqs|chintoks|chinetoques|muz+|travelos"
            r"|travlos"
            r"|bi|pedes|gouines|feujs)\b.{0,60}\b(?:savent\sque|bouffent|ramene|vicieux|malades"
            r"|devraient"
            r"|cachaient|bon\smec|partout|dehors|sales?)\b|\bces\s(?:muz+|chintoqs|chintoks"
            r"|reubeus)\b",
            # "qu'elles retournent chez elles", "retirer la nationalité", "rester entre eux"
            "sent_away_7": r"\bqu'(?:ils|eles)\s(?:retournent|rentrent|repartent)\schez\s(?:eux"
            r"|eles)\b"
            r"|\bretirer\sla\snationalite\b|\bles\sgens\scomme\s(?:ca"
            r"|eux)\sdevraient\srester\sentre"
            r"\seux|\bretourne\sa\sla\s(?:synagogue|mosquee)|\bcompter\stes\sbilets\b"
            r"|\bceux\squi\sle\ssuivent\ssont\stous\sdes"
            r"|\bt'es\sen\sfauteuil\b.{0,30}\breste\schez\stoi"
            r"|\b(?:ne\s)?loue\spas\sa\sdes\sgens\sde\sconfesion",
        },
        unless_text=rx_any(HATE_NOT, r"\b(?:ils\sdisent|selon\seux|propagande|theorie\sdu)\b"),
    ),
    *hits(
        "self_harm",
        0.86,
        {
            # "tout le monde serait plus tranquille sans moi", cachets "de côté", plans and tries
            "plans_7": r"\b(?:serait|seraient|serais)\splus\stranquile\w*\ssans\smoi\b"
            r"|\b(?:mis|garde|cache)\s(?:des|mes)\s(?:cachets|medocs|medicaments|pilules|comprimes)"
            r"\sde\scote\b|\bsi\s(?:je\s|j)disparais\b.{0,30}\bpersone"
            r"|\bdeja\stente\b.{0,50}\b(?:resayer"
            r"|recommencer)|\b(?:c'est|c)\spas\sune\sfacon\sde\sparler\b"
            r"|\bje\svais\spartir,?\sc'est"
            r"\smieux\scomme\sca\b|\bje\sm'organise\b.{0,30}\bbientot\b|\bconfie\s(?:mon|ma"
            r"|mes)\s\w+"
            r"\sa\b.{0,50}\b(?:prete?|c'est\sl'heure|adieu)\b"
            r"|\bje\sme\sdis\sque\sje\svais\s(?:juste\s)?"
            r"partir\set\s(?:ne\s)?plus\sjamais",
        },
        unless_text=SELF_HARM_NOT,
    ),
)
RULES = RULES + RULES_7_TRAIN7B

# scam_spam from other-train-7b (round 3): the official or the bank's voice asking for codes,
# aid schemes, identity papers and wallet phrases, romance money, pumps and unlock fees.
SCAM_7: tuple[Rule, ...] = hits(
    "scam_spam",
    0.86,
    {
        "training_rights": r"^(?=.*\b(?:cpf|droits?\s(?:de\s)?formation|franceconect"
        r"|france\sconect)\b)"
        r"(?=.*\b(?:perdus?|supprimes?|expire\w*|dernier\sjour|code|mdp|mot\sde\spase|identifiants"
        r"|numero\sde\ssecu|valider|rapele[zs]?|eligible|finance\w*|tablete\soferte|ipad|places"
        r"\srestantes)\b).{1,400}",
        "bank_voice": r"^(?=.*\b(?:service\s(?:fraude|anti-fraude|client)|votre\sconseiler\w*|votre"
        r"\sbanque|conseilere?\s(?:france\stravail|bancaire))\b)(?=.*\b(?:code|16\schifres|date"
        r"\sd'expiration|ajout\sbeneficiaire|virements?|valide[rz]\sl'operation|coursier|enveloppe"
        r"|ne\sraccrochez\spas|identifiants|lisez|confirmer\sles)\b).{1,400}",
        "aid_scheme": r"^(?=.*\b(?:isolation\sa\s1\s?(?:€|e|euro)|panneaux\ssolaires"
        r"|pompe\sa\schaleur"
        r"|prime\s(?:energie|renov\w*))\b)(?=.*\b(?:gratuit\w*|0\s?(?:€|e)|eligib\w*|rapel\w*|rib"
        r"|avis\sd'imposition|oui|derniers\sdosiers|etat)\b).{1,400}",
        "papers_asked": r"\b(?:photo\s)?recto\sverso\b.{0,60}\b(?:selfie|piece\sd'identite)"
        r"|\bseed\sphrase\b|\bphrase\sde\srecuperation\b|\bnumero\sde\ssecu\b.{0,40}\b(?:mdp"
        r"|mot\sde"
        r"\spase|code)",
        "romance_money": r"^(?=.*\b(?:militaire|chirurgien|notaire|heritage|herite|commandant"
        r"|en\smision|douane)\b)(?=.*(?:\b(?:virement|argent|frais|avancer|envoyer|m'envoyer|carte"
        rf"|cartes)\b|{AMOUNT})).{{1,400}}",
        "pump_unlock": r"\b(?:memecoin|copy\strading|le\sbot\stourner|avant\sque\sca\spump)\b"
        r"|\bx\d{2,3}\s(?:en|sur)\s\d+\s(?:jours|semaines|mois)|\b(?:retrait"
        r"|gains?)\b.{0,60}\b(?:taxe"
        r"|frais)\s(?:amf|de\sdeblocage|de\s\d+)|\bcaution\sde\s\d+\s?(?:€|e|euros)\sau\sdebut"
        r"|\bkit\sde\sdemarage\b",
    },
    unless_text=rx_any(
        SCAM_NOT,
        r"\bfaux\s(?:militaire|notaire|conseiler\w*|banquier)|\b(?:a|ont|avait)\senvoye\b"
        r"|\bbloque\sdirect|\bje\sl'ai\sbloque|\bte\sdemande\spas\b|\bme\sdit\squ'il\b",
    ),
)
RULES = RULES + SCAM_7

# ------------------------------------------------------------------------------- rules-3
# Written on the hand-written corpus's train voices (data/risk/written/child-train.jsonl):
# compositional patterns (a first-person marker with school life, "you are a minor" with a
# dismissal, a gift for a photo, a meeting at your school...) rather than one per phrasing.

# An adult's school words: a teacher or staff member speaking, a parent or relative, a
# memory, fetching a child, a place near a school, an adult's question about school.
ADULT_SCHOOL: re.Pattern[str] = rx(
    r"(?:je\ssuis|chui|j'suis|en\stant\sque|comme)\s(?:une?\s)?(?:prof|profeseure?|enseignante?"
    r"|instit\w*"
    r"|surveillante?|cpe|directeur|directrice|principale?|aed|atsem|maitrese|maitre|agent|parent)\b"
    r"|\bj'enseigne|\bmes\seleves|\bmes\s(?:[3-6]\s?e|[3-6]eme|sixiemes|cinquiemes|quatriemes"
    r"|troisiemes"
    r"|secondes)\b|\bcorige|\bje\s(?:bosse|travaile)|\bmon\stravail|\bmon\sboulot"
    r"|\b(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs)\s(?:fils|fille|filles|enfants?|gosses?"
    r"|gamins?"
    r"|gamines?|neveu|niece|nieces|neveux|filleule?|petite?s?-enfants?|ados?|ainee?|cadete?"
    r"|eleves)\b"
    # a brother or a cousin is someone else's school life, unless only company ("avec ma sœur")
    r"|(?<!avec\s)\b(?:mon|ma|mes|son|sa|ses)\s(?:grand|grande|petit|petite|frere|soeur|cousin"
    r"|cousine)\b"
    # fp6 (benign-6): school remembered from adulthood ("j'ai connu le collège dans les années
    # 60"), pupils counted by the adult in charge ("28 élèves dans un bus"), a flatmate's or a
    # colleague's school, the medical "internat", staff training ("on a eu une formation")
    r"|\bdans\sles\san+e+s\s(?:[2-9]0|19\d0)\b|\bj'ai\sconu\s(?:le|la|l')\s?(?:colege|lycee"
    r"|primaire|ecole)"
    r"|^(?!.*\b(?:ma\sclase|mon\scolege|mon\slycee|on\sest|on\setait|nous\ssommes)\b).*\b(?:[3-9]"
    r"|\d\d)\s"
    r"(?:eleves|gamins|gosses|ados|colegiens|lyceens)\b"
    r"|\b(?:ma|mon|mes)\s(?:coloc\w*|colegues?)\b|\bpase\sl'internat\b"
    r"|\bon\sa\seu\sune\sformation\b"
    # fp6: a parent's children by rank ("j'ai 2 enfants, le grand est au collège")
    r"|\b(?:le|la)\s(?:grand|grande|petit|petite|ainee?|cadete?|plus\s(?:grand|grande|jeune|petit"
    r"|petite))"
    r"\s(?:est|rentre|entre|va|pase|fait|redouble|commence)\b"
    r"|\b(?:j'ai|jai|on\sa)\s(?:[2-9]|deux|trois|quatre|cinq)\s(?:enfants|gosses|gamins|ados|filles"
    r"|garcons)\b"
    r"|\bquand\sj'etais|\ba\sl'epoque|\bj'etais|\bc'etait|\bil\sy\sa\s\d+\sans|\bdans\smon\stemps"
    r"|\bnostalgi\w*|\bquand\sj'avais\b"  # fp6
    r"|\b(?:vais|va|dois|aller|passe|pase)\s(?:le\s|la\s|les\s)?(?:chercher|recuperer|deposer"
    r"|emener)"
    r"|\ben\sface\sdu|\ba\scote\sdu|\bpres\sdu|\bpas\sloin\sdu|\bquartier\sdu|\breunion"
    r"|\bparents?-profs?"
    r"|\bje\ssurveile\b|\bsurveiler\sle\b|\b(?:de|du)\s(?:mon|notre)\squartier\b"  # rules-6
    r"|\b(?:le\smien|la\smiene|les\smiens|les\smienes)\b|\b(?:mon|ma|mes)\sancien(?:ne)?s?\b"
    # rules-6b: the other person's school ("vous êtes encore au collège ?", "ta journée au
    # collège", "t'as le brevet cette année ?"), adults at work with pupils or children
    r"|\bvous\s(?:etes|allez)\b|\bta\s(?:journee|semaine|rentree)\b|\b(?:t'as|tu\sas"
    r"|tu\spase)\s(?:le|ton)\s(?:brevet|bac|bepc)"
    r"|\bvous\s(?:prendre|chercher|recuperer)|\bte\sprendre|\b(?:ecris|apele|envoie)[\s-]moi\b"
    r"|\bquand\st'as\spas\scours"
    r"|\btu\sme\s\w+\s.{0,30}apres\sles\scours|\bles\sautres\sau\s(?:colege|lycee)"
    r"|\bles\sparents\sde\b|\bcontrole\sparental"
    r"|\bprof\sprincipale?\sd'une|\baesh\b|\bj'acompagne|\bune?\seleve\b|\bj'entraine\b"
    r"|\bentraineu\w*|\bcoach\b|\beducat\w*"
    r"|\bstage\sd'ete|\b(?:potes|amis|copains|copines)\s(?:du|de\smon|de\sma)\s(?:lycee|colege)"
    r"|\bconfisquer\b|\bj'ai\s(?:du\s)?confisque"
    r"|\bcontrat\b|\bmon\staf\b|\bmes\scolegues|\bclases\s(?:de|d')|\bmes\sclases|\bformatrice"
    r"|\benseignement"
    r"|\bterminale|\bgrand\soral|\bparcoursup\b(?!\sc'est\sl'anee\sprochaine)|\b(?:me"
    r"|m')\s?[a-z]{3,}ait\b"
    r"|\bconseil\sde\sclase\sdes|\b(?:tu\ses|t'es|tu\svas|t'vas)\s(?:au|en)\b|\bles\scolegiens"
    # the other person's school ("je viens te chercher à la sortie du collège")
    # rules-6: the other person seen there ("je t'ai vue sortir du collège")
    r"|\bt'ai\s(?:vue?|croisee?|aperc\w*|remarquee?|atendue?)\b"
    r"|\bte\s(?:cherche\w*|recup\w*|voi\w*|atend\w*|prend\w*|rejoin\w*|chope\w*|ramene\w*"
    r"|depose\w*)"
    r"|\bt'atend|\bta\s(?:sortie|clase)\b"
    r"|\bton\s(?:colege|lycee|ecole)\b|\btu\s(?:sors|sort|finis|fini|rentres|vas)\b|\bde\stoi\b"
    r"|\btes\s(?:devoirs|cours|profs|exercices|notes|copines\sde\sclase)\b|\bta\s(?:prof|maitrese"
    r"|recre)\b"
    r"|\b(?:passe|viens|vais|peux)\ste\s\w+"
    # someone else's school life, a spouse's job, a memory in the imperfect
    r"|\b(?:il|ils|elle|eles)\s(?:ne\s|n')?(?:doi\w*|pase\w*|revise\w*|realise\w*|travaile\w*"
    r"|(?:est|sont|va|vont)\s(?:au|en|dans))\b|\b(?:son|ses|leur|leurs)\s(?:brevet|colege|lycee"
    r"|clase|prof|bac)\b"
    r"|\b(?:mon|ma)\s(?:feme|mari|conjointe?|compagne|compagnon|copine|copain)\b"
    r"|\b(?:infirmiere?|infirmier|medecin|psychologue|assistante?|conseillere?|agent"
    r"|transport)\sscolaire"
    r"|\bje\s[a-z]{2,}ais\b|\bj'(?:etais|avais|alais)\b|" + REPORTED.pattern + "|" + ADULT_SPEAKING
)
# The same, said of someone else's child: guards of the grooming rules (which are about
# the other person's school).
CHILD_OF = rx(
    r"\b(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs)\s(?:fils|fille|filles|enfants?|gosses?"
    r"|gamins?"
    r"|gamines?|neveu|niece|nieces|neveux|filleule?|petite?s?-enfants?|ados?|eleves)\b"
    r"|\bmes\seleves"
)
# "You are a minor" said to someone, then waved away ("t'as 13 ? pas grave").
YOU_MINOR = (
    rf"(?:(?:t'as|tu\sas)\s(?:que\s|seulement\s|juste\s)?{MINOR_AGE}(?:\s?ans)?"
    rf"|(?:t'es|tu\ses)\s(?:en\s{GRADE}|au\scolege|encore\sau\scolege|mineure?|colegiene?|lyceene?)"
    rf"|t'a\s{MINOR_AGE}\b)"
)
DISMISS = (
    r"(?:(?:c'est\s)?pas\sgrave|(?:ca\s)?me\sderange\spas|on\ss'en\s(?:fout|fiche|moque)"
    r"|peu\simporte"
    r"|ca\schange\srien|(?:c'est\s)?pas\sun\sprobleme|j'aime\sbien|j'adore|je\sprefere|tant\smieux"
    r"|osef"
    r"|je\sm'en\s(?:fous|fiche)|et\salors|pas\sde\sprobleme|ca\sme\splait|c'est\smieux|c'est\scool)"
)
FLATTERY = (
    r"(?:bele|jolie|bone|mignone|formee|developpee|grande|mature|mure|canon|sexy|bien\sfaite"
    r"|avancee|bg"
    r"|beau|mignon|charmante)"
)

RULES_3: tuple[Rule, ...] = (
    # ----------------------------------------------------------- minor_disclosure
    hit(
        "moi_age",
        "minor_disclosure",
        rf"\bmoi\s(?:c'est\s|c\s|ce\s|perso\s)?({MINOR_AGE})(?:\s?{YEARS})?"
        r"(?=\s?(?:$|[^\w\s']|(?:et\s(?:toi|twa|vous|demi)|mdr|ptdr|lol|quoi|jsp|pk|pourquoi"
        r"|bientot|tkt"
        r"|frr|hein|wesh|wsh|mais|donc|xd)\b))",
        0.85,
        unless_after=AGE_NOT_WRITER,
        unless_text=OTHER_PERSON,
    ),
    hit(
        "age_then_you",
        "minor_disclosure",
        rf"^\W{{0,3}}(?:{FILLER}){{0,2}}({MINOR_AGE})\s?(?:ans?|a|yo)?\s?"
        r"(?:et\s(?:toi|twa|vous|demi)|&\s?toi|bientot\s1[0-8]|pk\b|pourquoi)",
        0.85,
    ),
    hit(
        "je_age",  # "jé 12 an": "je" for "j'ai" in phonetic spelling
        "minor_disclosure",
        rf"\bje\s({MINOR_AGE})\s?ans?\b",
        0.85,
        unless_after=AGE_NOT_WRITER,
    ),
    hit(
        "born",
        "minor_disclosure",
        # Born 2009-2019: under 18 until 2027 at least (RULES_VERSION is bumped each year).
        rf"(?:^\W{{0,3}}(?:{FILLER}){{0,2}}|\bmoi\s|\bperso\s)nee?s?\s(?:en\s)?(2009|201\d)\b",
        0.85,
        unless_text=OTHER_PERSON,
    ),
    hit(
        "school_life",
        "minor_disclosure",
        r"^(?=.*(?:\bje\b|\bj'|\bmoi\b|\bme\b|\bm'|\bon\sa\b|\bmon\b|\bma\b))"
        r"(?=.*\b(?:au|du|en|mon|dans\sun|dans\smon|de\smon|a\sl'ecole|apres\sle)\s(?:colege|lycee"
        r"|primaire"
        r"|ecole\sprimaire|perm)\b).{1,300}",
        0.8,
        unless_text=ADULT_SCHOOL,
    ),
    hit(
        "class_of",
        "minor_disclosure",
        rf"\b(?:ma|notre)\sclase\sde\s({GRADE})\b|\b(?:on\sest"
        rf"|je\ssuis)\s(?:\w+\s){{0,2}}(?:dans\s)?"
        rf"(?:la\s)?(?:meme\s)?clase\sde\s({GRADE})\b|\b({GRADE})\soblige\b",
        0.8,
        unless_text=ADULT_SCHOOL,
    ),
    hit(
        "school_discipline",
        "minor_disclosure",
        r"\b(?:j'ai|m'a\smis|on\sm'a\smis|je\ssuis\sen|j'ai\seu)\s(?:\w+\s){0,2}(?:heure\sde\scole"
        r"|retenue)\b"
        r"|\bma\sprof\s(?:de\s(?:maths?|francais|anglais|histoire|histoire-geo|svt|physique"
        r"|physique-chimie|techno"
        r"|musique|sport|eps|espagnol|allemand|arts\splastiques|latin)"
        r"|principale)\s(?:\w+\s){0,2}(?:m'a|me\s|m'|nous)",
        0.8,
        unless_text=ADULT_SCHOOL,
    ),
    hit(
        "brevet_life",
        "minor_disclosure",
        r"\b(brevet\sblanc)\b|\ble\s(brevet)\s(?:c'est|arrive|aproche|dans|demain|lundi|en\sjuin"
        r"|cete\sanee)"
        r"|\b(?:je|j'|moi)\s(?:\w+\s){0,3}(brevet)\b",
        0.8,
        unless_text=rx_any(
            ADULT_SCHOOL,
            r"\bj'ai\seu\s(?:mon|le)\sbrevet|brevet\sde\s(?:pilote|secourisme"
            r"|natation|technicien)|bafa|\ben\s(?:19|20)\d\d",
        ),
    ),
    hit(
        "too_young_here",
        "minor_disclosure",
        r"\bje\ssuis\s(?:beaucoup\s|bien\s)?(?:trop|tro)\s(?:jeune|petite?)\b(?=\s?(?:$|[^\w\s']"
        r"|pour\s(?:ce\ssite"
        r"|ce\stchat|ce\schat|etre\s(?:ici|la)|ici|sortir|le\stchat)|mdr|ptdr|lol|jsp|je\ssais\spas"
        r"|frr|hein|mais"
        r"|donc|quoi))"
        r"|\bj'ai\spas\sle\sdroit\sd'etre\s(?:ici|la|sur\sce\s(?:site|tchat|chat))"
        r"|\bpas\s(?:encore|meme)\sau\s(?:lycee|colege)\b",
        0.8,
        unless_text=OTHER_PERSON,
    ),
    # --------------------------------------------------------------- grooming
    hit(
        "gap_no_matter",
        "grooming",
        r"\b(?:notre\s|la\s|l')?(?:diference|ecart)\sd'age\s(?:entre\snous\s)?(?:n'a\s(?:aucune"
        r"|pas\sd')\simportance"
        r"|ne\scompte\spas|compte\spas|on\ss'en\s(?:fout|fiche|moque)|c'est\spas\s(?:grave"
        r"|un\sprobleme|important)"
        r"|(?:ne\s)?(?:me\s)?derange\spas|m'importe\speu|pas\sgrave|ca\scompte\spas)"
        r"|\bl'?age\W{0,3}(?:ce\sn'est|ca\sn'est|c'est\sjuste|c'est|n'est|est|c)\s(?:qu'|que\s"
        r"|juste\s|rien\sque\s"
        r"|rien\squ')?(?:un\s)?(?:chifre|nombre|detail)",
        0.88,
        unless_text=rx_any(AGE_IS_FINE, CHILD_PREVENTION),
    ),
    hit(
        "minor_waved_away",
        "grooming",
        rf"\b{YOU_MINOR}\b\W{{0,5}}.{{0,30}}?\b{DISMISS}"
        r"|\b(?:c'est\s)?pas\sgrave\s(?:l'age|ton\sage)|\bl'age\s(?:c'est\s)?pas\sgrave",
        0.88,
        unless_text=CHILD_PREVENTION,
    ),
    hit(
        "flattery_for_age",
        "grooming",
        rf"\b{FLATTERY}\spour\s(?:une?\s)?(?:fille|gamine|gamin|ado|petite|petit|meuf|minette|colegiene"
        rf"|lyceene|fille\sde\s\d+|ton\sage|{MINOR_AGE}\sans|ta\sclase|ton\sjeune\sage|\w+\sde\ston\sage)\b"
        rf"|\bpas\sl'air\sd'avoir\s(?:que\s|seulement\s)?{MINOR_AGE}\b"
        r"|\b(?:t'es|tu\ses)\s(?:bien|deja|tres|trop|super)\s(?:formee|developpee)\b",
        0.88,
        unless_text=rx_any(CHILD_OF, CHILD_PREVENTION),
    ),
    hit(
        "nobody_must_know",
        "grooming",
        r"\bpersone\s(?:ne\s)?(?:doit|dois|doivent|va|faut|peut)\s(?:pas\s|rien\s|jamais\s)?(?:le\s|en\s)?"
        r"(?:savoir|etre\sau\scourant|aprendre|decouvrir)\s(?:pour\snous|sur\snous|de\snous|qu'on|ce\squ'on)"
        r"|\b(?:tu\sme\spromets|promets?\s?-?\s?moi|jure\s?-?\s?moi|tu\sme\sjures)\s(?:de\s)?(?:ne\s)?"
        r"(?:rien\s|pas\s|jamais\s)?(?:le\s)?(?:dire|parler|raconter|en\sparler)\b"
        r"|\btu\sne\sdois\s(?:en\s)?(?:parler|le\sdire|rien\sdire|dire)\s(?:a\s)?persone\b",
        0.85,
        unless_text=rx_any(
            CHILD_PREVENTION,
            r"surprise|anniversaire|boulot|chef|patron|colegue|demision|mariage"
            r"|\bfete\b|enceinte|promotion",
        ),
    ),
    hit(
        "delete_traces",
        "grooming",
        r"\b(?:efface|efacer|supprime|supprimer|suprime|delete|vide)\w*\s(?:bien\s|toujours\s|vite\s)?"
        r"(?:nos\s(?:mesages?|msg|conv\w*|discusions?|echanges?|photos?|snaps?)"
        r"|notre\s(?:conv\w*|discusion)"
        r"|(?:la|cete)\s(?:conv\w*|discusion)\s(?:\w+\s){0,2}(?:apres|quand|des\sque|avant|une\sfois)"
        r"|tout\s(?:apres|des\sque|quand\stu|a\schaque))",
        0.82,
        unless_text=rx_any(
            CHILD_PREVENTION,
            r"\bligne|\bcolone|\bcaractere|\bfichier",
            r"\bma\sfeme\b|\bmon\smari\b|\bpoker\b",
        ),
        unless_before=r"(?:j'ai|on\sa|il\sa|elle\sa|t'as|tu\sas|ils\sont)\s(?:\w+\s)?$",
    ),
    hit(
        "gift_for_photo",
        "grooming",
        rf"\b{GIFT}\s(?:contre|pour|en\sechange\sd')\s(?:une?\s|des\s|ta\s|tes\s|ton\s)?(?:photo|tof|pic|selfie"
        rf"|snap|video|nude|apel|facetime)"
        rf"|\b(?:photo|tof|pic|selfie)s?\s(?:contre|pour|en\sechange\sde)\s(?:des\s|\d+\s)?{GIFT}",
        0.88,
        unless_text=rx_any(CHILD_PREVENTION, CHILD_OF),
    ),
    hit(
        "peers_belittled",
        "grooming",
        r"\b(?:garcons|gars|mecs|files|gamins|autres)\s(?:de\sta\sclase|de\ston\s(?:colege|lycee|age)"
        r"|de\sta\s(?:clase|ecole))\s(?:\w+\s){0,4}(?:immatures?|gamins|bebes|nuls|trop\sjeunes"
        r"|pas\sa\sta\shauteur|te\smeritent\spas)"
        r"|\bplus\s(?:age|agee|vieux|mature|grand|experimente)\b.{0,50}\bque\s(?:ceux|celes|les\s\w+)\sde\s"
        r"(?:ton|ta)\s(?:colege|lycee|clase|age|ecole)",
        0.85,
        unless_text=rx_any(CHILD_PREVENTION, CHILD_OF),
    ),
    hit(
        "meet_at_school",
        "grooming",
        r"\b(?:on\sse\s(?:voit|retrouve|capte|rejoint)|je\s(?:t'atends|t'atendrai|viens|pase|serai|peux\svenir)"
        r"|rejoins\s?moi|je\ste\s(?:retrouve|prend\w*|recup\w*|chope\w*))\s(?:\w+\s){0,3}(?:devant|a\sla\ssortie"
        r"\s(?:de|du|des)|apres|pres\sde|a\scote\sde|vers)\s?(?:ton|ta|tes|l'|les)?\s?(?:colege|lycee|ecole|bahut"
        r"|cours|arret\sde\sbus)\b",
        0.85,
        unless_text=rx_any(PREVENTION, OTHER_PERSON),
    ),
    # ------------------------------------------------------------ off_platform
    hit(
        "offer_contact",
        "off_platform",
        rf"\b(?:tu\sveux|je\ste\s(?:done|file|pase|laise|envoie)|je\st'envoie|je\st'ofre|voila|voici|note)"
        rf"\s(?:mon|ma|mes)\s(?:{APPS}|{CONTACT}|pseudo)\b",
        0.85,
        unless_after=r"\s(?:de\s|d'|client|fiscal|dosier|commande|siret|secu|fixe)",
    ),
    hit(
        "bare_app",
        "off_platform",
        rf"^\W{{0,3}}(?:wsh\s|bon\s|bah\s|euh\s|ok\s|alors\s|et\s)?(?:go\s|vite\s|allez\s|on\spase\s(?:sur\s|en\s)?"
        rf"|passe\s(?:sur\s|en\s)|viens\s(?:sur\s|en\s))?{APPS}(?:\s?(?:\?|!|maintenant|now|direct|stp|plutot))*"
        r"(?:\s?(?:[^\w\s]|snapchat|mdr|ptdr|lol|hein|stp|frr|tkt|t'inquiete|wsh|wesh)){0,12}\s?$",
        0.85,
    ),
    hit(
        "app_hidden",
        "off_platform",
        rf"^(?=.*\b{APPS}\b)(?=.*(?:{PARENTS})\s(?:ne\s)?(?:verra|verront|vera|veront|saura|sauront|regarde"
        r"|regardent|lira|liront|vont\spas|va\spas)).{1,300}",
        0.85,
        unless_text=CHILD_PREVENTION,
    ),
    hit(
        "at_app",
        "off_platform",
        rf"({HANDLE})\s(?:sur|on|en)\s{APPS}\b|\b{APPS}\s@?([a-z][a-z0-9]*[._\d][a-z0-9_.]*)"
        rf"|\b(?:follow|ajoute|add|abone\s?-?\s?toi\sa|rejoins)\s?-?\s?(?:moi\s)?(@[a-z0-9_.]{{3,}})",
        0.9,
    ),
    hit(
        "phone_cue",
        "off_platform",
        r"\b(?:au|num\w*|tel\w*|portable|apel\w*|sms|wsp|whatsap\w*|joignable|joindre|c'est\sle|signal)\W{0,3}"
        r"(?:le\s)?(\+33\s?[67]\d{8}|0[67]\d{8})\b",
        0.88,
    ),
    hit(
        "mail_spelled",
        "off_platform",
        r"\b[a-z0-9._-]{3,}\s?(?:\(at\)|\[at\]|\(arobase\)|arobase|arobas)\s?[a-z0-9-]+\s?(?:\.|point|dot|\(dot\))"
        r"\s?[a-z]{2,}\b",
        0.88,
    ),
    # ----------------------------------------------------- sexual_solicitation
    hit(
        "plan_now",
        "sexual_solicitation",
        r"\b(?:cherche|dispo\spour|envie\sd'|qui\sveut|quelqu'un\spour|besoin\sd')\s(?:\w+\s){0,4}?(?:un\s)?plan"
        r"\s(?:ce\ssoir"
        r"|cete\snuit|maintenant|rapide|vite|now|discret|chez\s(?:moi|toi)|sur\s[a-z]+|dans\sle\scoin|a\s[a-z]+"
        r"|vers\s[a-z]+|sans\sprise\sde\stete|sans\slendemain|en\sjournee|cet\saprem)\b",
        0.85,
        unless_after=r"\s(?:pour\s|de\stable|de\stravail|de\svol)",
        unless_text=rx(
            r"\b(?:tuto|demenag\w*|vacances|logement|apart\w*|resto|restaurant|boulot|taf|job|stage|coloc\w*"
            r"|velo|voiture|billets?|train|bon\splan|meuble|ikea|sortie)\b"
        ),
    ),
    hit(
        "who_is_hot",
        "sexual_solicitation",
        r"\b(?:qui|quelqu'un|qlq|une\s(?:feme|meuf|fille|nana))\s(?:est\s|serait\s|de\s)?(?:chaude|coquine"
        r"|excitee|en\smanque)\b",
        0.82,
        unless_text=rx(r"\b(?:fievre|canicule|degres|soleil|clim|chaleur\sici|il\sfait)\b"),
    ),
    hit(
        "night_together",
        "sexual_solicitation",
        r"\b(?:finir|terminer|continuer|finisse|finises|termine|continue)\sla\s(?:soiree|nuit)\s(?:chez\s(?:moi|toi)"
        r"|ensemble|dans\smon\slit"
        r"|a\sl'hotel|a\sdeux)"
        r"|\bje\srecois\s(?:ce\ssoir|cete\snuit|maintenant|chez\smoi|en\sjournee|cet\saprem|discret\w*)"
        r"|\b(?:compagnie|rejoins?\s?-?\s?moi|viens|me\srejoindre)\s(?:\w+\s){0,3}(?:au\slit|dans\smon\slit"
        r"|sous\sla\scouete)"
        r"|\bje\ssuis\s(?:tout\s|toute\s)?seule?\sau\slit\b"
        r"|\b(?:viens|tu\sviens|tu\sdors|viens\sdormir)\s(?:dormir\s)?chez\smoi\s(?:ce\ssoir|cete\snuit)\W{0,3}"
        r"(?:😏|😈|🔥|😘|💦|🍆)",
        0.82,
        unless_text=rx(
            r"\b(?:bieres|pizza|film|jeux|potes|copains|copines|tout\sle\smonde|anniv\w*|famile|pase|tarif\w*"
            # session 7: a pet called to bed ("viens dans mon lit le chat")
            r"|roses|cadeau|euros?|le\schat|le\schien|minou|toutou|chaton)\b|€"
        ),
    ),
    hit(
        "cuddles_tonight",
        "sexual_solicitation",
        r"^(?=.*\bcalins?\b)(?=.*\b(?:qui\s(?:est|veut)|quelqu'un|qlq|partante?|une\s(?:feme|meuf|fille|nana)"
        r"|dispo)\b)(?=.*\b(?:ce\ssoir|cete\snuit|maintenant|la\snuit)\b).{1,300}",
        0.82,
    ),
    hit(
        "webcam",
        "sexual_solicitation",
        r"\b(?:voir|montrer|alumer|alume)\s(?:ma|ta)\s(?:webcam|cam)\b|\bvisio\scoquine\b",
        0.82,
        unless_text=rx(
            r"\b(?:reunion|teletravail|boulot|zoom|teams|cours|prof|bug|marche|pilote)\b"
        ),
    ),
    hit(
        "hookup",
        "sexual_solicitation",
        r"\b(?:nuit|rencontre|aventure|plan|moment|relation|histoire|complicite)s?\s(?:\w+\W{0,2}\s){0,2}"
        r"(?:sans\slendemain|d'un\ssoir|torides?|coquine?s?|discrete?s?|libertines?|intimes?"
        r"|sans\sengagement|sans\sprise\sde\stete|extra-?conjugale?s?|adultere)"
        r"|\b(?:cherche|recherche|trouver)\s(?:un\s|une\s|mon\s|ma\s)?(?:amant|amante|maitrese"
        r"|partenaire\s(?:pour|de|coquin\w*|discret\w*)|sex\s?friend|plan\sregulier)"
        r"|\b(?:feme|homme|mec|meuf|couple|h|f|jh|jf)s?\s(?:\w+\s){0,2}(?:cherche|dispo)\s(?:\w+\s){0,3}"
        r"(?:discret\w*|complicite|amant|plaisir|coquin\w*|calins?|aventure|libertin\w*|moments?\s(?:complices?"
        r"|intimes?|chauds?))",
        0.82,
        unless_text=rx_any(
            PREVENTION,
            r"\bserieuse?\b|tarif\w*|payant\w*|remuner\w*|cadeau|roses|€|euros?"
            # rules-6: a partner for a sport or a game
            r"|\bpartenaire\sde\s(?:tenis|sport|jeu|badminton|squash|padel|course|running|footing|danse"
            r"|salsa|muscu|escalade|belote|bridge|echecs|revision|travail|coloc\w*|projet|duo|ranked)\b",
        ),
    ),
    hit(
        "show_body",
        "sexual_solicitation",
        r"\b(?:montre|envoie|fais\svoir|tu\sme\smontres|je\sveux\svoir)\s?-?\s?(?:moi\s)?(?:tes|ta|ton"
        r"|une\sphoto\sde\s(?:tes|ta|ton))\s(?:dessous|lingerie|culote|string|seins|poitrine|fesses|corps|cuises"
        r"|sous-?\s?vetements|tenue\sde\snuit)\b",
        0.85,
        unless_text=CHILD_PREVENTION,
    ),
    hit(
        "hotel",
        "sexual_solicitation",
        r"\b(?:on\s(?:va|se\sretrouve|se\svoit|se\sfait|se\scapte|file)|viens|rejoins\s?moi|je\st'atends"
        r"|je\ste\sretrouve|je\sprends\sune\schambre)\s(?:\w+\s){0,2}(?:a\sl'hotel|dans\sun\shotel|en\shotel"
        r"|chambre\sd'hotel)\b",
        0.82,
        unless_text=rx(
            r"\b(?:vacances|famile|reservation|reserve|conference|seminaire|mariage|congres|voyage|bagages"
            r"|valise|reception|colegues)\b"
        ),
    ),
    hit(
        "our_messages_secret",
        "grooming",
        r"\b(?:montre|dis|raconte|parle|fais\svoir|transfere)\s(?:\w+\s)?(?:pas|rien|jamais)\s(?:de\s)?(?:nos|notre)"
        r"\s(?:\w+\s)?(?:a|avec)\s",
        0.85,
        unless_text=CHILD_PREVENTION,
    ),
    hit(
        "have_app",
        "off_platform",
        rf"\b(?:j'ai|je\ssuis\s(?:aussi\s)?sur|dispo\ssur)\s{APPS}\b(?!\s(?:mais|plus|qui|sur\smon))",
        0.82,
        unless_text=rx(
            r"\b(?:supprime|bug|desinstal\w*|panne|l'utilise|algorithme|jamais)\b"
            # rules-6: "plus" alone was too wide ("la carte est dispo sur telegram, C et plus")
            r"|\b(?:suis|j'ai|vais|va|y\svais|l'ai|l'utilise)\splus\b|\bplus\s(?:sur|de\scompte|d'apli)\b"
        ),
        # rules-5: "veulent pas que j'aie insta"
        unless_before=r"\b(?:que|qu'|avant\sque|sans)\s?$",
    ),
    hit(
        "pseudo_on",
        "off_platform",
        rf"\b(?:ton|ta|tes)\s(?:pseudo|nom|compte|identifiant|id|profil)\s(?:sur|de|d'|on)\s?{APPS}\b",
        0.85,
    ),
    hit(
        "night_offer",
        "sexual_solicitation",
        r"\bune\snuit\s(?:ensemble|a\sdeux|avec\smoi|chez\smoi|torride|coquine)"
        r"|^\W{0,3}(?:\w+\W{1,3})?plan\s(?:rapide|ce\ssoir|cete\snuit|discret|chaud|maintenant)"
        r"|\b(?:une?|des)\s(?:meuf|feme|fille|f|nana|mec|homme|h|jf|jh)s?\s(?:dispo|libre|partante?|chaude?)\s"
        r"(?:pour|pr)\s(?:la\snuit|ce\ssoir|cete\snuit|un\scalin|un\splan|des\scalins)"
        r"|\b(?:quelqu'un|quelque|qui)\spour\s(?:un|des)\scalins?"
        r"|\bs'amuse\w*\s(?:tous\sles\s(?:2|deux)|a\sdeux|ensemble)\b.{0,30}(?:😈|😏|🔥|💦|chez\smoi|au\slit)",
        0.82,
        unless_text=rx(r"\b(?:potes|copains|famile|enfants|jeux\sde\ssociete|film)\b"),
    ),
    # ---------------------------------------------------------------- signals
    signal(
        "maturity",
        "maturity",
        r"\b(?:t'as|tu\sas)\sl'air\s(?:\w+\s)?(?:mure|mature|grande|agee|plus\svieile|plus\sagee|adulte)\b"
        r"|\b(?:t'es|tu\ses)\s(?:\w+\s)?(?:mature|mure)\b"
        r"|\b(?:tu\sfais|tu\sparais)\s(?:plus\s)?(?:grande|mature|agee|vieile)\b",
        0.5,
    ),
    signal(
        "alone",
        "alone",
        r"\b(?:t'es|tu\ses)\s(?:toute\s)?seule?\b(?=\s?(?:\?|$|chez\stoi|a\sla\smaison|ce\ssoir|la\b|dans\sta))"
        r"|\b(?:il|elle|ils|eles)\s(?:rentre|rentrent)\s(?:quand|a\squele\sheure)"
        r"|\b(?:on\s(?:pourait|peut|poura)\sparler)\s(?:plus\slongtemps|tranquile|toute\sla\snuit|en\spaix"
        r"|sans\setre\sderange)",
        0.45,
        unless_text=_ADULT_HOME,  # rules-6
    ),
)

RULES = RULES + RULES_3

# ------------------------------------------------------------------------------- rules-5
# Written on the training voices of session 5 (data/risk/written/child-train-3.jsonl) as
# families composed from word lists, not one pattern per phrasing: for minor_disclosure,
# the parents' authority over the writer and the writer's school life (France, Switzerland,
# West Africa, La Réunion); for grooming, the moves of issue 12 as signals the accumulator
# weighs together in one message or across turns (conv-4), and a few moves that say it
# alone (secrecy from the parents, lies to tell them, the parents belittled, the age gap).

# The writer's own parents ("ma mère", "mon daron", "mes parents").
MY_PARENTS = (
    r"(?:ma\s(?:mere|maman|mama|daronne|mum|mer|mr)|mon\s(?:pere|papa|daron|beau-pere|beau\spere|momon|per)"
    # rules-6: typos and regional words
    r"|mes\s(?:parents|darons|daronnes|rents|vieux)|ma\sbelle-mere|ma\sbele\smere|manman)"
)
# The other person's guardians and the adults around them (who must not know).
GUARDIANS = (
    rf"(?:{PARENTS}|ta\stante|ton\soncle|tes\sgrands-parents|ton\sbeau-pere|ta\sbelle-mere"
    r"|ton\sprof\sprincipal|ta\sprof\sprincipale|ta\sprof|ton\sprof|tes\sprofs|ta\smaitresse"
    r"|les\sadultes\sde\sta\sfamille|les\sautres\sparents|ton\sentraineur|ton\scoach"
    r"|vos\sparents|votre\s(?:mere|pere|maman|papa)|tes\svieux|ton\sdaron)(?!\w)"  # rules-6
)
# The writer in the first person.
FIRST_PERSON = (
    r"(?:\bje\b|\bj'|\bmoi\b|\bme\b|\bm'|\bmon\b|\bma\b|\bmes\b|\bnous\b|\bnou\b|\bmi\s(?:le|na)\b"
    r"|\bmi\s(?:sort|va|vais|fe|ve|veu|utilise|aime|doi)\b|\bmoin\b|\bman\s(?:se|ka)\b"  # rules-6
    r"|\bon\s(?:a|part|joue|fait|va|est|mange|sort)\b)"
)
RULES_5: tuple[Rule, ...] = (
    # ----------------------------------------------------------- minor_disclosure
    hit(
        "parents_rule",
        "minor_disclosure",
        rf"\b{MY_PARENTS}\s(?:(?:elle|il|ils|elles)\s)?(?:ne\s|n')?(?:"
        rf"veu\w*\spas\sque\s(?:je|j')\s?{CONTROLLED}\b"
        rf"|me\slaiss\w*\spas\s{CONTROLLED}\b"
        rf"|m'?a\s(?:pris|confisque|prive|privee|interdit|puni|punie|bloque)\s(?:mon|ma|de|d'|le|la)"
        r"|m'?a\smis\s(?:un\scouvre|\d+\s?h|une\slimite|le\scontrole)"
        r"|m'ont\s(?:pris|confisque|prive|privee|interdit|puni|punie|mis\s(?:\d+\s?h|un\scouvre|le\scontrole))"
        rf"|(?:a|ont)\s(?:bloque|confisque|cache)\s(?:mon|ma|mes|\w+\ssur\s(?:mon|ma|le|la))"
        rf"|(?:regarde|verifie|fouille|check)\w*\s(?:mon|mes)\s(?:{DEVICE}|messages|conv\w*|snaps?)"
        r"|dit\sque\sje\s(?:dois\s(?:dormir|eteindre|aller\sau\slit|me\scoucher|faire\smes\sdevoirs|rentrer)"
        rf"|{SUIS}\s(?:trop|encore)\s(?:jeune|petite?))"
        r"|vient\sme\s(?:chercher|recuperer)\s(?:a\sla\s(?:garderie|sortie)|au\s(?:college|lycee)|a\sl'ecole|apres)"
        r"|me\sdonne\s.{0,20}argent\sde\spoche|a\ssigne\s(?:l'autorisation|mon\scarnet|le\scarnet)"
        rf"|sait\spas\sque\s{SUIS})",
        0.82,
        unless_text=rx_any(CHILD_OF, ADULT_SPEAKING),
    ),
    hit(
        "punished",
        "minor_disclosure",
        rf"\b(?:{SUIS}|moi\s)\s?(?:encore\s)?(punie?|privee?\sde\s(?:sortie|{DEVICE}|console|ecran|jeux))\b"
        rf"|\bmon\s{DEVICE}\s(?:est\s|a\sete\s)?(?:confisque|bloque\spar)\b"
        r"|\b(?:j'ai|jai|g)\s(?:un\s)?couvre-?\s?feu\b|\bmon\scouvre-?\s?feu\b",
        0.8,
        unless_text=rx_any(CHILD_OF, ADULT_SPEAKING, r"\bmon\s(?:mec|copain|mari|chef|patron)"),
    ),
    hit(
        "screen_rules",
        "minor_disclosure",
        rf"^(?={FIRST_PERSON}).*\b(?:temps\sd'ecran|\d+\s?h\sd'ecran|argent\sde\spoche"
        r"|(?:au\slit|me\scoucher|dormir|eteindre\s\w+)\sa\s(?:19|20|21)\s?h(?:\d\d)?)\b"
        r"|\b(?:sans\s(?:demander|la\spermission)|je\s(?:demande|dois\sdemander|vais\sdemander))\sa\s(?:maman|papa)\b",
        0.8,
        unless_text=rx_any(CHILD_OF, ADULT_SPEAKING, r"\b(?:aux|les|des)\s(?:enfants|petits)\b"),
    ),
    hit(
        "pupil_life",
        "minor_disclosure",
        rf"^(?=.*{FIRST_PERSON})(?=.*\b{PUPIL_LIFE}\b).{{1,300}}",
        0.8,
        unless_text=ADULT_SCHOOL,
    ),
    hit(
        "swiss_grade",
        "minor_disclosure",
        r"\b(?:en\s)?(9|10|11)\s?(?:h|e|eme)\s?(?:harmos|au\scycle)\b|\bau\scycle\b(?!\s\d)",
        0.8,
        unless_text=ADULT_SCHOOL,
    ),
    hit(
        "majority_ahead",
        "minor_disclosure",
        r"\b(?:je\sserai|je\sseras|je\svais\setre|moi\sje\sserai)\smajeure?\s(?:en|dans|le|bientot|cet|cette"
        r"|a\sla|l'an)|\bmajeure?\sdans\s\d+\s(?:mois|semaines|jours)"
        r"|\b(?:j'aurai|jaurai|j'aurais)\s18\s?ans\s(?:en|dans|le|cet|cette)|\b18\sans\sdans\s\d+\s(?:mois|semaines|jours)"
        r"|\bje\sfais\s(?:la\s)?conduite\saccompagnee|\bpas\sencore\sle\sdroit\sde\svoter",
        0.82,
        unless_text=rx_any(CHILD_OF, ADULT_SPEAKING),
    ),
    hit(
        "pupil_answer",
        "minor_disclosure",
        rf"^\W{{0,3}}(?:{FILLER}){{0,2}}(collegienne?|lyceenne?)\b",
        0.85,
    ),
    # --------------------------------------------------------------- grooming
    hit(
        "guardians_kept_out",
        "grooming",
        rf"(?:{GUARDIANS})\s(?:(?:n'a|n'ont|a|ont)\spas\sbesoin\sde\s(?:le\s)?savoir"
        r"|(?:ne\s)?(?:doit|doivent)\s(?:pas|jamais|rien)\s(?:voir|savoir|lire|entendre|decouvrir))"
        rf"|\b(?:pas\sbesoin|pas\sla\speine|inutile)\s(?:de\s|d')(?:le\sdire|en\sparler|prevenir|le\ssavoir)\s?(?:a\s)?(?:{GUARDIANS})"
        r"|\b(?:pas\s)?obliges?\sde\s(?:le\sdire|en\sparler|leur\sdire)\s(?:a|aux)\s(?:parents|tes\sparents|ta\smere|ton\spere)"
        rf"|\bsans\s(?:le\sdire|en\sparler|prevenir|le\ssavoir)\s(?:a\s)?(?:{GUARDIANS})"
        rf"|\b(?:dis|dit|repete|raconte)(?:-le|-lui|-leur)?\s(?:rien|pas|jamais)\s(?:\w+\s)?a\s(?:{GUARDIANS})"
        rf"|\bpour\s(?:que|qu')\s?(?:{GUARDIANS})\s(?:n'|ne\s)?(?:t'|te\s|nous\s)?(?:entende|voie|voit|sache|lise)\s(?:pas|rien)"
        rf"|\bpas\savec\s(?:{GUARDIANS})\b|\bau\scas\sou\s(?:{GUARDIANS})\s(?:fouille|regarde|lit|verifie)"
        rf"|\bami\sde\s(?:ton\spere|ta\smere|tes\sparents)\b.{{0,30}}\bne\s(?:lui|leur)\sdis\spas",
        0.88,
        unless_text=rx_any(CHILD_PREVENTION, r"surprise|anniversaire|cadeau\spour\s(?:ta|ton|tes)"),
    ),
    hit(
        "lie_to_guardians",
        "grooming",
        rf"\b(?:si|quand)\s(?:{GUARDIANS}|on|le\smodo|quelqu'un|personne)\s(?:te\s)?(?:demande\w*|voi\w*"
        r"|pose\sdes\squestions)\b.{0,50}\bdis(?:-lui|-leur)?\s(?:que|qu'|juste)"
        rf"|\bdis\s(?:a\s)?(?:{GUARDIANS})\sque\s(?:tu|t'|c'est)\s?(?:y\s|t'y\s)?(?:vas|es|dors|restes|etais|un|une"
        r"|chez|avec|a\sla|au)\b",
        0.88,
        unless_text=CHILD_PREVENTION,
    ),
    hit(
        "guardians_belittled",
        "grooming",
        rf"^(?=.*(?:{GUARDIANS}|\bils|\belles|\belle|\bil)\s(?:ne\s|n')?(?:te\s|t')?(?:compren\w*|ecout\w*|merit\w*)"
        r"\s(?:pas|rien|jamais))(?=.*\b(?:moi|avec\smoi|je\ssuis\sla)\b).{1,300}"
        rf"|^(?=.*(?:{GUARDIANS})\s(?:est|sont|te\smettent|te\smet)\s(?:trop\s|bien\strop\s|tellement\s)?"
        r"(?:severes?|stricts?|stricte|de\spression|presion|relous?))(?=.*\b(?:moi|avec\smoi)\b).{1,300}"
        rf"|\b(?:{GUARDIANS})\s(?:voudraient|veulent|vont)\snous\s(?:separer|empecher)"
        r"|\bton\sconfident\b.{0,60}\bne\s(?:t'|te\s)?ecout\w*\spas|\bne\st'ecoutent\spas\b.{0,60}\bton\sconfident",
        0.85,
        unless_text=rx_any(CHILD_PREVENTION, CHILD_OF),
    ),
    hit(
        "age_gap_5",
        "grooming",
        r"\b(?:quand|des\sque|le\sjour\sou)\stu\s(?:auras|aura|seras|sera)\s(?:18\s?ans|majeure?)\b.{0,60}"
        r"\b(?:on|nous|je|plus\spersonne)\b"
        r"|\bdans\s\d+\s(?:ans|mois)\stu\s(?:seras|sera)\smajeure?\b"
        r"|\bje\ssais\sque\s(?:tu\ses|t'es)\s(?:jeune|mineure?|au\scollege)\smais\b",
        0.86,
        unless_text=rx(
            AGE_IS_FINE.pattern + r"|grands?-?\s?parents|\b[4-9]\d\sans|" + CHILD_PREVENTION.pattern
        ),
    ),
    hit(
        "mature_compared",
        "grooming",
        r"\b(?:plus|bien\splus|tellement\splus|si)\s(?:mature|mure|avancee?|cool|interessante?|adulte)\s(?:que\s)?"
        r"(?:les|tes|ceux|celles)\s(?:\w+\s){0,2}(?:de\s(?:ton\sage|ta\sclasse|ton\scollege)|eleves\sde\sta)"
        r"|\b(?:devenue?|deja)\sune?\s(?:vraie?\s)?(?:jeune\s)?(?:femme|homme)\b"
        r"|\b(?:bien|tres|si|trop)\s(?:developpee|formee)\b"
        r"|\bles\s(?:garcons|mecs|gars|filles)\sde\s(?:ton|ta)\s(?:age|classe|college)\sne\s(?:savent|peuvent|comprennent)"
        r"|\bon\soublie\sque\stu\ses\s(?:encore\s)?(?:au\scollege|au\slycee|mineure?|jeune)"
        r"|\btu\sfais\s(?:tellement\s|bien\s|vraiment\s)?plus\s(?:mure|mature|agee|grande|vieille)"
        r"|\b(?:tres|trop|si|vraiment|bien)\s\w+\spour\sune?\s(?:collegienne?|lyceenne?|fille\sde\ston\sage|jeune\sfille)\b",
        0.86,
        unless_text=rx_any(CHILD_OF, CHILD_PREVENTION),
    ),
    hit(
        "discord_tag",
        "off_platform",
        r"(?<![\w@])([a-z][a-z0-9_.]{2,30}#\d{4})\b",
        0.88,
    ),
    # ---------------------------------------------------------------- signals
    signal(
        "child_frame",
        "child_frame",
        r"\b(?:ton|ta|tes)\s(?:college|lycee|ecole(?!\sde\s|\sd')|bahut|classe|devoirs|cahier|cartable|exercices"
        r"|prof\sprincipal|maitresse|recre|brevet|bulletin)\b"
        r"|\b(?:apres|a\sla\ssortie\s(?:du|de\sl'|des|de)|devant|en\ssortant\s(?:du|de\sl'|des|de))\s?"
        r"(?:l'ecole|les\scours|tes\scours|le\scollege|le\slycee|ton\s(?:college|lycee|ecole|bahut)|la\sclasse)"
        r"|\btu\s(?:finis|sors|rentres)\s(?:\w+\s)?(?:de\sl'ecole|du\scollege|du\slycee|des\scours)"
        r"|\bton\s(?:jeune\s)?age\b|\btu\s(?:auras|seras)\s(?:18\s?ans|majeure?)"
        r"|\b(?:t'es|tu\ses)\s(?:encore\s|que\s|qu'|seulement\s)?\s?(?:au\scollege|en\s(?:[3-6]\s?e|[3-6]eme))\b"
        r"|\b(?:je\ssais\sque\s(?:tu\ses|t'es)|t'es\sencore|tu\ses\sencore)\s(?:jeune|petite?|mineure?)\b"
        r"|\b(?:une?|pour\sune?)\s(?:collegienne?|lyceenne?|jeune\sfille|petite\sfille|gamine)\b"
        r"|\bles\s(?:jeunes|filles|garcons|gars|mecs|eleves|gamins|gamines|autres)\s(?:de|du)\s(?:ton\sage"
        r"|ta\sclasse|ton\s(?:college|lycee|ecole))"
        r"|\b(?:te|t')\s?(?:depose|emmene|ramene|raccompagne|attends|recupere)\w*\s(?:\w+\s)?(?:au|a\sl'|devant\sle"
        r"|devant\sl')\s?(?:college|lycee|ecole)\b|\b(?:as-tu|t'as|tu\sas)\s(?:\w+\s){0,3}au\s(?:college|lycee)\b"
        r"|\b(?:demain|lundi)\s(?:t'as|tu\sas)\s(?:cours|ecole)\b",
        0.45,
        unless_text=rx_any(YOUR_CHILD, CHILD_OF, CHILD_PREVENTION),
    ),
    signal(
        "guardians_away",
        "parents_question",
        rf"(?:{PARENTS})\s(?:(?:ne\s)?sont\spas\sla|n'est\spas\sla|sont\scouches|est\scouchee?|rentrent\stard"
        r"|sont\sa\sla\smaison|est\sa\sla\smaison"
        r"|rentre\stard|seront\spartis|sont\spartis|sont\sabsents)"
        rf"|\bquand\s(?:{PARENTS}|tout\sle\smonde)\s(?:ne\ssont\spas|n'est\spas|dor\w*|sont\scouches|seront)"
        r"|\btout\sle\smonde\sdort\schez\stoi|\b(?:tu\srestes|tu\srestais|es-tu)\s(?:toute?\s)?seule?\b",
        0.45,
        unless_text=YOUR_CHILD,
    ),
    signal(
        "secrecy_5",
        "secrecy",
        rf"\b{SECRECY}",
        0.5,
        unless_text=rx_any(CHILD_PREVENTION, r"surprise|anniversaire"),
    ),
    signal(
        "gift_5",
        "gift",
        rf"\b{GIFT_OFFER}",
        0.45,
        unless_text=YOUR_CHILD,
    ),
    signal(
        "photo_5",
        "photo_request",
        r"\b(?:envoie|envoi|envois|montre|fais\svoir|tu\sm'envoies|tu\sm'enverras|m'enverras|m'envoyer)"
        r"[\s-]?(?:moi\s)?(?:un|une|des|deux|trois|quelques|d'autres)\s(?:\w+\s){0,3}?(?:photos?|tofs?|pics?|selfies?)\b"
        r"|\b(?:photos?|tofs?|selfies?)\s(?:de\stoi|rien\sque\spour\smoi)\b"
        r"|\b(?:mets|allume|alume|active)\s(?:ta\s)?(?:cam|webcam|camera)\b",
        0.4,
    ),
    signal(
        "meet_5",
        "meet",
        r"\b(?:passer\ste\svoir|je\s(?:peux|vais|pourrais)\ste\s(?:raccompagner|ramener|deposer|prendre)"
        r"|je\ste\s(?:depose|raccompagne|ramene)|^\W{0,3}monte\b|viens\s(?:gouter|dormir|reviser)"
        r"|promenade\sensemble|tu\sviens\savec\smoi|venir\s\w+\s\w+\savec\smoi|on\spourra\sveiller"
        r"|je\st'attends\s(?:au|a|devant)|passe\s(?:les|le|la)\schercher\schez\smoi|chez\smoi\s(?:apres|mercredi)"
        r"|pour\ste\s(?:voir|rejoindre)|(?:on|nous)\s(?:pourrait|pourrions|peut|pourra)\s(?:nous\s|s')appeler"
        r"|on\ss'appelle|je\st'appelle|t'attendre|te\sramener|je\st'ai\svue?\s(?:a|au|devant|pres)"
        r"|(?:donne|file|envoie)[\s-](?:moi\s)?(?:juste\s)?ton\sadresse)",
        0.4,
    ),
    signal(
        "isolation_5",
        "isolation",
        r"\b(?:moi|avec\smoi)\s(?:je\s)?(?:suis\sla|t'ecoute|te\scomprends|tu\speux)\b|\bton\sconfident\b"
        r"|\bnous\s(?:separer|empecher)\b|\bne\s(?:te\s|t')?(?:compren\w*|ecout\w*)\s(?:pas|rien)\b"
        r"|\bla\sseule\squi\sme\scomprenne|\bje\st'aie?\schoisie?\b|\brien\sque\snous(?:\sdeux)?\b|\btous\sles\sdeux\b"
        r"|\breste\s(?:encore\s)?(?:un\speu\s)?avec\smoi\b",
        0.45,
        unless_text=YOUR_CHILD,
    ),
    signal(
        "pretty_5",
        "compliment",
        r"\b(?:une\s)?(?:jolie|belle)\s(?:fille|jeune\sfille)\scomme\stoi\b|\bte\sva\s(?:tres\s|trop\s|super\s)?bien\b",
        0.35,
    ),
    signal(
        "age_dismissed",
        "maturity",
        r"\b(?:quel\sage|ton\sage)\b.{0,20}\b(?:pas\sgrave|peu\simporte|on\ss'en\sfout|osef|ca\scompte\spas)\b"
        r"|\bl'amour\sn'a\spas\sd'age\b",
        0.5,
    ),
    signal(
        "awake",
        "alone",
        r"\b(?:t'es|tu\ses)\sencore\s(?:reveillee?|debout)\b",
        0.45,
    ),
    signal(
        "romance",
        "romance",
        r"\bje\s(?:pense\sa\stoi|ressens|suis\s(?:amoureux|fou\sde\stoi))\b|\bpetit\sami\b"
        r"|\bnotre\s(?:histoire|relation|amour)\b|\bmon\spetit\s(?:ange|coeur)\b|\bsi\stu\sm'aimes\b",
        0.35,
    ),
    signal(
        "maturity_5",
        "maturity",
        r"\b(?:tres|trop|si|vraiment|bien)\s(?:intelligente?|douee?|mure|mature|grande|avancee?)\spour\s(?:ton\sage|une?\s)"
        r"|\b(?:tu\ssembles|tu\sparais|t'as\sl'air)\s(?:\w+\s)?(?:plus\s)?(?:mure|mature|agee|grande)\b"
        r"|\b(?:plus|bien\splus)\s(?:avancee?|mure|mature)\sque\s(?:les|tes)\b",
        0.5,
    ),
    signal(
        "majority_question",
        "majority_question",
        r"\b(?:t'es|tu\ses|es-tu|t\ses)\s(?:bien\s)?majeure?\b|\b(?:t'as|tu\sas|as-tu)\s(?:au\smoins\s|plus\sde\s|bien\s)?18\b"
        r"|\b(?:t'es|tu\ses)\smineure?\s?\?",
        0.35,
    ),
    signal(
        "no_answer",
        "negative_answer",
        r"^\W{0,3}(?:(?:euh|bah|ben|hmm|ah|ba)\W{1,3})?(?:non|nan|n|nope|no|pas\sencore|presque|bientot"
        r"|pas\svraiment)\b[^0-9]{0,30}$",
        0.0,
    ),
    signal(
        "minor_school_question",
        "minor_school_question",
        r"\b(?:(?:t'es|tu\ses|es-tu)\s(?:encore\s)?(?:au\s(?:college|lycee|primaire)|en\s(?:[3-6]\s?e|[3-6]eme|cm[12]))"
        r"(?!\sou\b)"
        r"|tu\svas\sau\s(?:college|lycee)|(?:tu\spasses|tu\srevises|pour)\sle\sbrevet"
        r"|tu\srentres\s(?:toute?\s)?seule?\sde\s(?:l'ecole|l'?ecole|du\scollege))\b",
        0.45,
        unless_text=YOUR_CHILD,
    ),
    signal(
        "yes_answer",
        "positive_answer",
        r"^\W{0,3}(?:oui|ouais|wi|ui|yes|yep|grave|carrement|bah\soui|ben\soui|exact|evidemment|bien\ssur)\b"
        r"[^0-9]{0,40}$",
        0.0,
    ),
)

RULES = RULES + RULES_5

# ------------------------------------------------------------------------------- rules-6
# Session 6: word CLASSES and structures for what session 5 listed as missed (docs/
# detection.md, "Limits"), rather than single phrasings: any school year of the French,
# Belgian, Québec, Swiss, West African and vocational systems said of oneself; the exams
# only a pupil takes; an age said in English; a birth year worn as an identity; a bare age
# or grade as an answer; the parents' authority over the writer's things and time; a
# school subject's teacher or test in the first person. For grooming: money, credit or
# things offered with a child in view, secrecy toward any guardian, and the child's world
# belittled ("les adultes te jugent", "tes amies sont encore des enfants").

# A school year below terminale, in any of the systems French-speaking pupils are in
# (the French grades are GRADE above).
SCHOOL_YEAR: str = (
    rf"(?:{GRADE}{GRADE_NOT_SCHOOL}"
    r"|(?:[1-6]\s?(?:e|eme|ere|re|ieme)|premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme)"
    r"\s(?:anee\s)?(?:secondaire|primaire|humanites|renovee?|commune|diferenciee?)"
    r"|sec(?:ondaire)?\s?[1-5]\b|rheto|(?:9|10|11)\s?h\b(?!\s?[-\d]|\sa\s)"
    r"|(?:1re|1ere|premiere|2e|2eme|deuxieme|ire)\s(?:anee\s)?(?:de\s|d'|en\s)?(?:cap|bep|bac\spro)\b"
    r"|(?:seconde|premiere|1re|2nde)\spro\b|(?:cap|bep)\s(?:1|2|premiere|deuxieme)\b"
    r"|(?:3e|troisieme)\sprepa\s(?:metiers|pro)"
    r"|cm[12]|ce[12]|cp)"
)
# The exams only a pupil takes (the brevet has its rules above).
PUPIL_EXAM = r"(?:bepc|ceb|cepe?|cfg|dnb|bfem|bac\sde\sfrancais|epreuves\santicipees)"
# School subjects of collège and lycée (an adult's "prof de yoga" is not among them).
SUBJECT = (
    r"(?:maths?|francais|histoire(?:-?\s?geo)?|geo(?:graphie)?|svt|techno(?:logie)?|physique(?:-?\s?chimie)?"
    r"|anglais|espagnol|allemand|italien|eps|sport|arts\splastiques|musique|latin|grec|emc|ses|philo)"
)
# Offers of money, credit or things, said to someone ("je t'envoie 20 balles",
# "je te mets 50 € sur ton compte", "je t'offre les airpods").
OFFER_VERB = (
    r"(?:je\s|j'|on\s)(?:peux\s|vais\s|pourrais\s|te\s|t')?(?:te\s|t')?\s?(?:envoie|envoi|envoyer|mets|met|mettre"
    r"|fais|faire|vire|virer|file|filer|done|doner|paye|payer|paie|offre|ofre|offrir|ofrir|achete|acheter"
    r"|recharge|recharger|prends|prendre|avance|avancer)"
)
MONEY_OR_THING = (
    r"(?:\d+\s?(?:€|e\b|euros?|balles|bales|eus|dolars|\$|francs)|(?:un\s(?:petit\s)?)?virement|paypal|lydia"
    r"|de\sl'argent|des\ssous|de\sla\sthune|des\sthunes|des\sbillets|un\sbillet|du\scredit|des\scredits"
    r"|(?:un|une|le|la|les|des|ton|ta|tes)\s(?:nouve(?:au|l|le)s?\s)?(?:iphone|airpods|ecouteurs|console|ps5|switch"
    r"|telephone|tel|portable|sac|baskets|nikes?|jordans?|fringues|habits|maquillage|parfum|bijoux?|montre"
    r"|carte\scadeau|forfait|abonement|skins?|jeu|jeux|manette))"
)
# The child's world belittled or said to be against them.
CHILD_WORLD = (
    r"(?:tes\s(?:amies|amis|copines|copains|potes|parents|profs)|les\s(?:adultes|grands|profs|parents)"
    r"|ta\sfamile|les\sautres\s(?:filles|gars|garcons|meufs|eleves))"
)
RULES_6: tuple[Rule, ...] = (
    # ----------------------------------------------------------- minor_disclosure
    hit(
        "school_year_any",
        "minor_disclosure",
        rf"\b(?:{SUIS}|je\s(?:rentre|pase|vais|redouble|fais|refais|suis\sen)|moi\sje\ssuis|moi)\s?"
        rf"(?:qu'|que\s|encore\s|pas\sencore\s|juste\s|seulement\s|toujours\s)?(?:en\s|au\s|a\sla\s)?"
        rf"(?:classe\sde\s)?({SCHOOL_YEAR})"
        rf"|^\W{{0,3}}(?:{FILLER}){{0,2}}en\s({SCHOOL_YEAR})(?:\W{{0,3}}{ANSWER_TAIL}){{0,2}}\W{{0,6}}$",
        0.86,
        unless_text=rx_any(ADULT_SCHOOL, ADULT_SPEAKING, r"\breconversion\b|\bformation\sadulte"),
    ),
    hit(
        "pupil_exam",
        "minor_disclosure",
        rf"\b(?:je\s(?:pase|prepare|revise|rate|passe)|j'ai\s(?:eu|rate|le)|mon|pour\smon|pour\sle|avant\sle"
        rf"|on\spase|apres\smon)\s(?:le\s|mon\s|l'|du\s)?({PUPIL_EXAM})\b",
        0.84,
        unless_text=rx_any(ADULT_SCHOOL, ADULT_SPEAKING, r"\bmes\seleves|\bsurveill"),
    ),
    hit(
        "subject_in_first_person",
        "minor_disclosure",
        rf"\b(?:mon|ma)\s(?:prof|profe|profeseure?)\s(?:de\s|d')\s?{SUBJECT}\s(?:m'|me\s|nous\s|va\sme|veut\sme|a\sdit|est)"
        rf"|\b(?:j'ai|on\sa|g)\s(?:un\s|une\s)?(?:controle|interro|dans|ds|eval|evaluation|expose|devoir\ssurveile)"
        rf"\s(?:de\s|d'|en\s)?{SUBJECT}\b"
        rf"|\b(?:j'ai|on\sa|g)\s(?:dans|ds)\s(?:demain|lundi|mardi|mercredi|jeudi|vendredi|cet\saprem|tout\sa\sl'heure)\b",
        0.82,
        unless_text=rx_any(ADULT_SCHOOL, ADULT_SPEAKING, r"\bcours\sdu\ssoir|\bformation"),
    ),
    hit(
        "age_english",
        "minor_disclosure",
        rf"\b(?:i'?m|i\sam|im)\s(?:only\s|just\s|like\s)?({MINOR_AGE})\b(?!\s?(?:h|min|km|kg|m\b|\d|%|/))"
        rf"|(?:^\W{{0,3}}(?:{FILLER}){{0,2}}|\bmoi\s)({MINOR_AGE})\s?(?:y\.?o|years?\sold)\b",
        0.85,
        unless_text=OTHER_PERSON,
    ),
    hit(
        "birth_year_identity",
        "minor_disclosure",
        # Born 2009-2019 (RULES_VERSION moves each year): "2011 gang", "je suis de 2011".
        r"^\W{0,3}(?:moi\s|perso\s|team\s)?(2009|201\d)\s(?:gang|team|represent|power|forever|💪|🔥)"
        rf"|\b(?:{SUIS}|moi\sje\ssuis)\s(?:de|d'|une?)\s?(2009|201\d)\b"
        rf"|\b(?:{SUIS}|moi\sje\ssuis|je\ssuis|moi)\s(?:nee?s?\s)?(?:en|de\sl'anee)\s(2009|201\d)\b(?!\s?(?:a|au|dans|j'|je|on))",
        0.85,
        unless_text=OTHER_PERSON,
    ),
    hit(
        "age_answer_6",
        "minor_disclosure",
        rf"^\W{{0,3}}(?:{FILLER}){{0,2}}(?:bientot\s|presque\s)?({MINOR_AGE})\s?(?:{YEARS})?\W{{0,3}}"
        r"(?:(?:et|pis|puis|&)\s(?:toi|twa|vous|tu)|toi\s?\?|bientot(?:\s1[0-8])?|et\sdemi|dans\s\d\s(?:mois|semaines)"
        r"|depuis\s(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la\s\w+|ce\smois))\b",
        0.85,
        unless_text=OTHER_PERSON,
    ),
    hit(
        "parents_authority",
        "minor_disclosure",
        rf"\b(?:{MY_PARENTS}|ma\smer|ma\smer2|mes\srent)\s(?:(?:elle|il|ils|elles)\s)?(?:ne\s|n')?(?:"
        rf"(?:me|m')\s?(?:prend|prends|pren|prenent|confisque\w*|confisk\w*|enleve\w*|retire\w*|coupe\w*)\s(?:mon|ma|mes|le|la|les)\s(?:\w+\s)?{DEVICE}"
        rf"|(?:m'a|ma|m'ont|mon)\s(?:confisk\w*|confisq\w*|pri|prit|pris|enleve|retire|coupe)\s(?:mon|ma|mes|le|la|les)"
        rf"|(?:me|m')\s?(?:laise\w*|autorise\w*)\s(?:(?:pas|jamais|plus)\s(?:\w+\s)?{CONTROLLED}\b|{CONTROLLED}\s(?:\w+\s)?(?:que|qu'|jamais|seulement|juste|pas\sapres|pas\splus))"
        rf"|(?:m'oblige|me\sforce|m'obligent|me\sforcent)\sa\s(?:faire\smes\sdevoirs|me\scoucher|dormir|rentrer|aller\sa\sl'ecole|aller\sau\s(?:colege|lycee))"
        rf"|(?:veu\w*|voudrai\w*)\spas\sque\s(?:je|j')\s?(?:\w+\s)?(?:sur\s)?(?:ce\ssite|ici|{APPS}|les\sreseaux|internet|ce\stchat|ce\schat))",
        0.82,
        unless_text=rx_any(
            CHILD_OF, ADULT_SPEAKING, r"\bma\smer\s(?:du|de|mediter|noire|rouge|bleue)"
        ),
    ),
    # --------------------------------------------------------------- grooming
    hit(
        "offer_with_child",
        "grooming",
        # money, credit or things offered with a child in view: their school, age or
        # parents, or kept from them ("je t'envoie 20 balles, dis rien à ta mère")
        rf"^(?=.*\b{OFFER_VERB}\b.{{0,40}}{MONEY_OR_THING})"
        rf"(?=.*(?:\b(?:ton|ta|tes)\s(?:colege|lycee|ecole|classe|argent\sde\spoche|anniv\w*\sde\s1[0-7])"
        rf"|{GUARDIANS}|\b(?:t'es|tu\ses)\s(?:encore\s)?(?:au\scolege|au\slycee|mineure?|jeune|petite?)"
        rf"|\bpour\sta\srentree|\ba\ston\sage|\bsi\stu\sm'envoies\s(?:une|des|ta)\s(?:photo|tof|pic|selfie)"
        rf"|\bcontre\s(?:une|des|ta|tes)\s(?:photos?|tofs?|pics?|selfies?)|{SECRECY})).{{1,400}}",
        0.84,
        unless_text=rx_any(
            CHILD_PREVENTION,
            CHILD_OF,
            r"\bpour\s(?:ton|ta)\s(?:fils|fille|enfant)"
            r"|\bremboursement|\bje\ste\sdois\b",
        ),
    ),
    hit(
        "secrecy_from_guardians",
        "grooming",
        # any order: a guardian, and a telling, knowing or seeing verb denied or hidden
        rf"\b(?:faut|il\sfaut|faudrait)\s(?:surtout\s|absolument\s)?(?:pas|jamais)\sque\s(?:{GUARDIANS}|personne)"
        r"\s(?:le\s|la\s|les\s|nous\s|t'|te\s)?(?:sache\w*|voi\w*|lise\w*|decouvr\w*|entende\w*|soit\sau\scourant|soient\sau\scourant)"
        rf"|\b(?:{GUARDIANS})\s(?:ne\s|n')?(?:doit|doivent|peut|peuvent|vont|va|dois)\s(?:surtout\s)?(?:pas|jamais|rien)"
        r"\s(?:le\s|la\s|nous\s|te\s)?(?:savoir|voir|lire|decouvrir|entendre|etre\sau\scourant|apprendre)"
        rf"|\b(?:cache|caches|efface|supprime|montre\spas|montre\sjamais)\s(?:le|la|les|ca|ça|nos\smesages|notre\sconv\w*|tout)\s(?:a|de)\s(?:{GUARDIANS})"
        rf"|\b(?:garde|gardes)\s(?:le|ca|ça|tout)\s(?:pour\stoi|secret)\b.{{0,60}}(?:{GUARDIANS})"
        rf"|(?:{GUARDIANS}).{{0,60}}\b(?:garde|gardes)\s(?:le|ca|ça|tout)\s(?:pour\stoi|secret)\b",
        0.86,
        unless_text=rx_any(
            CHILD_PREVENTION, r"surprise|anniversaire|cadeau\spour\s(?:ta|ton|tes)|fete\sdes"
        ),
    ),
    hit(
        "child_world_belittled",
        "grooming",
        rf"\b{CHILD_WORLD}\W{{0,3}}(?:\w+\s)?(?:sont|c'est|ce\ssont)\s(?:encore|que|juste|qu'|tous)\s?(?:des|de)\s(?:enfants|gamins|gamines|bebes|gosses|petits)\b"
        rf"|^(?=.*\b(?:moi|avec\smoi)\b).*\b{CHILD_WORLD}\s(?:qui\s)?(?:ne\s|n')?(?:te|t')\s?(?:jugent|juge|comprenent\spas|comprend\spas|traitent\scome\sune?\s(?:enfant|gamine?|bebe)"
        r"|prenent\spour\sune?\s(?:enfant|gamine?|bebe)|meritent\spas|aprecient\spas)"
        r"|\b(?:avec\smoi|moi)\s(?:t'es|tu\ses)\s(?:pas\sune?\s(?:enfant|gamine?|petite?)|traitee?\scome\sune?\sadulte|une\svraie\sfemme)",
        0.84,
        unless_text=rx_any(CHILD_PREVENTION, CHILD_OF),
    ),
    # ---------------------------------------------------------------- signals
    signal(
        "bare_school_answer",
        "bare_grade",
        r"^\W{0,3}(?:(?:wsh|bah|ben|euh|oui|ouais|non|nan|moi)\W{1,3})?(?:au\s|en\s)?(colege|lycee|primaire"
        rf"|{SCHOOL_YEAR}|{PUPIL_EXAM}|polyvalente)\W{{0,3}}(?:{ANSWER_TAIL}\W{{0,3}}){{0,2}}$",
        0.0,
    ),
    signal(
        "birth_question",
        "age_question",
        r"\b(?:t'es|tu\ses|es-tu)\snee?\s(?:quand|en\squele\sanee|en\scombien)|\bt'es\sde\s(?:quele\s)?(?:anee|combien)"
        r"|\btu\sas\s(?:quel\sage|combien)|\bquel\sage\s(?:t'as|tu\sas|as-tu)",
        0.35,
        unless_text=YOUR_CHILD,
    ),
    signal(
        "money_offer",
        "gift",
        rf"\b{OFFER_VERB}\b.{{0,40}}{MONEY_OR_THING}",
        0.45,
        unless_text=rx_any(YOUR_CHILD, r"\bremboursement|\bje\ste\sdois\b"),
    ),
    signal(
        "world_against",
        "isolation",
        rf"\b{CHILD_WORLD}\s(?:qui\s)?(?:ne\s|n')?(?:te|t')\s?(?:jugent|juge|comprenent\spas|comprend\spas|ecoutent\spas)",
        0.45,
        unless_text=YOUR_CHILD,
    ),
    signal(
        "photo_lure",
        "photo_request",
        r"\b(?:mannequin|casting|shooting|book\sphoto|agence\sde\smodeles?)\b",
        0.4,
    ),
    hit(
        "not_allowed",
        "minor_disclosure",
        # what a child is not allowed: going out, an app, a phone, staying out late
        rf"\b(?:j'ai|j'|g|on\sa)\s?pas\sle\sdroit\s(?:de\s|d')(?:sortir|avoir\s(?:un\s|une\s|le\s|la\s)?(?:{APPS}|{DEVICE}|reseaux)"
        r"|aler\s(?:en\ssoiree|dehors|chez\s(?:des|une|un|les)|dormir|sur\s(?:ce|les|internet))|dormir\schez"
        r"|rester\s(?:dehors|apres)|me\scoucher\sapres|jouer\s(?:apres|en\ssemaine|plus\sde)|parler\sa\sdes\sinconus)"
        r"|\bje\sdois\s(?:etre\s)?rentree?\s(?:a|avant)\s(?:1[6-9]|2[0-2])\s?h"
        r"|\bje\s(?:dois|vais|doit)\s(?:demander|d'abord\sdemander)\s(?:a|la\spermission\sa)\s(?:maman|papa|mes\sparents)\b",
        0.8,
        unless_text=rx_any(CHILD_OF, ADULT_SPEAKING, r"\bau\stravail|\bboulot|\bpatron|\bchef"),
    ),
    hit(
        "pupil_role",
        "minor_disclosure",
        rf"^(?=.*{FIRST_PERSON}).*\b(?:delegue\w*\sde\s(?:clase|classe)|(?:club|equipe|categorie|en|les)\s(?:des\s)?u\s?1[0-7]\b"
        r"|(?:on|nous)\s(?:est|sommes)\s(?:tous\s|toutes\s)?en\s(?:[3-6]\s?(?:e|eme)[1-9]?|seconde|cm[12]))",
        0.8,
        unless_text=ADULT_SCHOOL,
    ),
    hit(
        "minor_age_approved",
        "grooming",
        # a minor's age asked or said, then approved: "13 ? c'est parfait", "pas grave si
        # t'as 13 ans"
        rf"\b(?:quel\sage|ton\sage|t'as\scombien)\b.{{0,40}}\b({MINOR_AGE})\s?(?:ans)?\s?\W{{0,3}}"
        rf"(?:{DISMISS}|(?:c'est\s)?(?:parfait|genial|super|top|nickel|mignon|trop\sbien))"
        rf"|\b{DISMISS}\s(?:si|que)\s(?:t'as|tu\sas|t'es|tu\ses)\s(?:que\s|seulement\s)?(?:{MINOR_AGE}\s?(?:ans)?|mineure?|au\scolege|en\s{GRADE})",
        0.86,
        unless_text=rx_any(CHILD_PREVENTION, YOUR_CHILD),
    ),
    hit(
        "currency_for_photo",
        "grooming",
        # game currency and a photo asked, in any order ("tu veux des robux ? envoie une photo")
        rf"^(?=.*\b{GIFT}\b)(?=.*\b(?:envoie|envoi|envois|montre|tu\sm'envoies|m'envoyer)[\s-]?(?:moi\s)?"
        r"(?:un|une|des|ta|tes)\s(?:\w+\s){0,2}?(?:photos?|tofs?|pics?|selfies?|video)\b).{1,400}",
        0.86,
        unless_text=CHILD_PREVENTION,
    ),
    hit(
        "not_like_other_adults",
        "grooming",
        r"\b(?:je\ssuis|moi\sje\ssuis|chui)\spas\scome\s(?:les\sautres\s)?(?:adultes|grands|tes\sparents|tes\sprofs|les\svieux)\b"
        r"|\b(?:un|une)\s(?:ami|amie|pote|copain|copine|colegue)\sde\s(?:ton\spere|ta\smere|tes\sparents|ton\sfrere)\b"
        r".{0,80}\b(?:secret|entre\snous|dis\s(?:rien|pas)|photo|snap|viens|on\sse\svoit)",
        0.84,
        unless_text=rx_any(CHILD_PREVENTION, CHILD_OF),
    ),
    signal(
        "intimacy_probe",
        "romance",
        r"\b(?:t'as|tu\sas|as-tu)\s(?:deja\s)?(?:un|une)\s(?:copain|copine|petit\sami|petite\samie|amoureux|amoureuse|mec|chere?\sete)\b"
        r"|\b(?:t'as|tu\sas|as-tu)\sdeja\s(?:embrase|sorti\savec|eu\sun\s(?:copain|mec))|\b(?:t'es|tu\ses)\s(?:encore\s)?vierge\b",
        0.4,
    ),
    signal(
        "family_friend",
        "child_frame",
        r"\b(?:un|une)\s(?:ami|amie|pote|copain|copine|colegue)\sde\s(?:ton\spere|ta\smere|tes\sparents)\b"
        r"|\b(?:une?\s(?:fille|gamine?|gars|garcon)|les\s(?:filles|gars|garcons))\sde\ston\sage\b|\ba\ston\sage\b",
        0.45,
        unless_text=YOUR_CHILD,
    ),
    signal(
        "guardians_away_6",
        "parents_question",
        rf"(?:{PARENTS})\s(?:ne\s|n')?(?:sont|est|seront|sera|seraient)\s(?:pas|jamais)\s(?:la|a\sla\smaison|chez\s(?:toi|vous))"
        rf"|(?:{PARENTS})\s(?:rentre|rentrent|part|partent|revient|reviennent)\s(?:a\squele\sheure|quand)",
        0.45,
        unless_text=YOUR_CHILD,
    ),
    signal(
        "meet_6",
        "meet",
        r"\bon\s(?:peut|pourrait|pourra|va|pourais)\sse\s(?:voir|retrouver|capter|rejoindre)\b|\bon\sse\s(?:voit|retrouve|capte)\b"
        r"|\btu\sveux\s(?:qu'on\sse\s(?:voie|voit|retrouve)|me\svoir|venir\schez\smoi)\b|\bviens\schez\smoi\b",
        0.4,
    ),
    signal(
        "seen_at_school",
        "child_frame",
        r"\bt'ai\s(?:vue?|croisee?|aperc\w*|remarquee?)\s.{0,30}\b(?:colege|lycee|ecole|arret\sde\sbus|car\sscolaire)\b",
        0.45,
    ),
    signal(
        "pretty_then",
        "compliment",
        r"\bt'etais\s(?:trop|tres|si|vraiment|super)\s(?:bele|jolie|mignone|canon|bone|sexy|craquante)\b",
        0.35,
    ),
    signal(
        "secrecy_6",
        "secrecy",
        r"\b(?:je\s)?(?:dirai|dis|dira|raconterai|parlerai)\s(?:rien|pas)\s(?:a\s)?persone\b.{0,30}\btoi\snon\splus"
        r"|\b(?:t'en|tu\sen|n'en)\s?parles?\s(?:pas|jamais)\sa\s(?:tes\s(?:copines|copains|amis|amies|potes|parents)|ta\s(?:mere|meilleure\samie)|ton\spere|persone)"
        r"|\bgarde\s(?:ca|le)\s(?:pour\stoi|entre\snous)",
        0.5,
        unless_text=rx_any(CHILD_PREVENTION, r"surprise|anniversaire"),
    ),
)

RULES = RULES + RULES_6

# ------------------------------------------------------------------------------ rules-6b
# Phase B of session 6: written on the training voices of child-train-4-ados.jsonl and
# child-train-4-adultes.jsonl (43 voices of two writers who never read the detector), as
# classes again: the other person's guardians in "vous" too; a guess at a minor's age; the
# guardians' presence, schedule and watch probed; maturity, age gap, secrecy about the
# relationship, isolation, lies and an app with the guardians in view; the writer's
# parents' rules over bedtime, the phone and the site; school words of Belgium, Québec and
# La Réunion; pupils seeking their grade.

YOUR_GUARDIANS = (
    rf"(?:{GUARDIANS}|vos\sparents|votre\s(?:mere|pere|maman|papa|famile)|tes\svieux|ton\sdaron"
    r"|tes\sproches|ta\smer\b)"
)
# An adult's endearments toward a child.
CHILD_ENDEARMENT = (
    r"(?:ma\spuce|ma\sgrande(?=\s?(?:[^\w\s]|$))|ma\sbiche|mon\spetit\s(?:coeur|ange|chat)|mademoiselle"
    r"|jeune\sfille)(?!\s(?:a|est|fait|dort|va|rentre|entre|pase)\b)"
)
# An adult age said in the message ("t'as 35 ans et tu réclames des robux à ta mère").
ADULT_AGE_SAID = r"\b(?:t'as|tu\sas|j'ai|jai|a|vous\savez)\s(?:1[89]|[2-9]\d)\s?ans\b"
# The other person told to go to their parents (protection, not a move).
TO_YOUR_PARENTS = (
    r"\bparle[sz]?[\s-](?:en\s)?a\s(?:tes|vos)\sparents|\bparles?-en|\bparlez-en|\bprevien[st]?\s(?:tes|vos)\sparents"
    r"|\bva\sjouer\sailleurs|\bdeconecte"
)
AGE_QUESTION = (
    r"(?:quel\sage|t'as\scombien|tu\sas\scombien|ton\sage|t'es\snee?\s(?:en\squele\sanee|quand)"
    r"|t'as\s(?:que\s|koi\s|quoi\s)?(?:{MINOR_AGE})\s?(?:ans)?\s?(?:\?|ou|n|non)|t'as\s(?:quoi|koi)\b|dis[\s-]moi\s(?:ton|votre)\sage)"
).replace("{MINOR_AGE}", MINOR_AGE)
RULES_6B: tuple[Rule, ...] = (
    # ----------------------------------------------------------- minor_disclosure
    hit(
        "turning_bare",
        "minor_disclosure",
        rf"\b(?:je\svais|j'?\s?vais|jvais|j'aurai|jaurai)\savoir\s({MINOR_AGE})\b(?!\s?(?:h\b|min|euros?|€|%|\d|de\s|d'))"
        rf"|\bquand\s(?:je\sserai|j'?\s?serai|jserai|je\sserais|je\svais\savoir\s18|j'?vais\savoir\s18|j'aurai\s18)\s?(?:majeure?|18)?",
        0.85,
        unless_text=OTHER_PERSON,
    ),
    hit(
        "age_in_line",
        "minor_disclosure",
        rf"\b(?:{JAI})\s({MINOR_AGE})\s(?=et\s(?:je|j'|deja|jsuis))"
        rf"|\b{SUIS}\s(?:de|d')\s?[a-z-]+\W{{1,3}}({MINOR_AGE})\s?ans\b"
        rf"|,\s?({MINOR_AGE})\s?ans?\W{{0,3}}$"
        rf"|\bmoi\s({MINOR_AGE})\b(?=\s(?:elle|il|et|mais)\b)",
        0.84,
        unless_text=OTHER_PERSON,
        unless_after=AGE_NOT_WRITER,
    ),
    hit(
        "birth_year_peers",
        "minor_disclosure",
        r"\b(?:gens|quelqu'un|qqn|qqun|ceux|celles|des\sgens|d'autres)\s(?:de|nes\sen|nees\sen)\s(2009|201\d)\b"
        r"|^\W{0,3}(2009|201\d)\s(?:la\s|c'est\sla\s)?(?:generation|gen|meilleure)\b"
        r"|^\W{0,3}(?:je\ssuis\s)?nee?\s(?:le\s)?\d{1,2}\s[a-z]+\s(2009|201\d)\b",
        0.84,
    ),
    hit(
        "parents_rules_6",
        "minor_disclosure",
        rf"\b{MY_PARENTS}\s(?:(?:elle|il|ils|elles|i)\s)?(?:ne\s|n')?(?:"
        r"(?:veu\w*|voudrai\w*)\spas\sque\s(?:je|j')\s?(?:sois|soi|aille|sorte|parle|reste|depense)\b"
        r"|(?:veu\w*|voudrai\w*)\sque\s(?:je|j')\s?(?:dorme|me\scouche|couche|eteigne|fase\smes\sdevoirs|rentre\s(?:avant|a\s\d))"
        r"|(?:\w+\s){0,2}(?:(?:elle|il|ils|elles)\s)?(?:ne\s)?(?:sait|savent)\s(?:pas|rien)\s(?:que|qu')\s?(?:je|j')\s?(?:suis|parle|viens|vais)"
        r"|dit\sque\s(?:ce\ssite|discord|snap|insta|les\sreseaux|internet)\s(?:c'est\s)?pas\spour\s(?:moi|les\senfants)"
        r"|trouve\sque\s\w+\sc'est\spas\spour\sles\senfants"
        rf"|(?:coupe|eteint|met\sun\smot\sde\spase|a\smis\sun\smot\sde\spase)\s(?:sur\s)?(?:le|la|un)?\s?{DEVICE}"
        rf"|(?:me|m'|mi)\s?(?:enleve|ramase|prend|pren|fouille|controle|check|chicanent|chicane|donne)\w*\s(?:\w+\s)?(?:{DEVICE}|dans\smon)"
        rf"|(?:fouille|controle|check|regarde)\w*\s(?:dans\s)?(?:mon|ma|mes)\s{DEVICE}"
        r"|a\smis\sle\scontrole\sparental|doivent\ssigner|va\spas\ssigner|veut\spas\sa\smon\sage)"
        rf"|^(?=.*{MY_PARENTS}).*\b(?<!mere\s)(?<!pere\s)a\smon\sage\b",
        0.82,
        unless_text=rx_any(CHILD_OF, ADULT_SPEAKING, r"\bquand\sj'etais|\bprenait|\bpediatre"),
    ),
    hit(
        "bedtime_6",
        "minor_disclosure",
        r"\bje\s(?:dois|doi|doit)\s(?:aler\s(?:au\slit|me\scoucher|dormir)|dormir|me\scoucher|eteindre)\s(?:a|avant)\s(?:19|20|21|22)\s?h"
        r"(?=.*(?:nul|honte|personne\sse\scouche|en\ssemaine|parents|mere|pere))",
        0.8,
        unless_text=rx_any(ADULT_SPEAKING, r"\bboulot|\btravail|\bbosse"),
    ),
    hit(
        "not_old_enough_here",
        "minor_disclosure",
        rf"^(?=.*(?:\+\s?18|18\sans|majeur|adultes|ce\ssite|mon\sage|mdr)).*\b(?:{SUIS}\s)?(?:meme\s)?pas\scensee?\s(?:etre\s)?(?:la|ici|sur\sce\ssite)"
        r"|\bans\sde\smoins\sque\sl'age\b|\bpas\sl'age\spour\s(?:ce|etre|les|ici)"
        r"|\bje\ssuis\strop\sjeune\spour\s(?:les\sreseaux|ce\ssite|etre\sici|snap|insta|tiktok)",
        0.82,
        unless_text=CHILD_OF,
    ),
    hit(
        "pupil_words_6",
        "minor_disclosure",
        rf"^(?=.*{FIRST_PERSON})(?=.*\b(?:journal\sde\sclase|titulaire\sa|athenee|polyvalente|(?:de|a)\sla\spoly\b"
        r"|journee\speda\w*|photo\sde\sclase|maitresse\sde\sclase|dm\s(?:de|d'|pour)\s(?:\w+\s)?(?:maths|francais|anglais|lundi|demain|mardi|jeudi|vendredi)"
        rf"|(?:test|examen)\s(?:de|d')\s?{SUBJECT}|cyclone.{{0,20}}colege|pas\sd'?\s?(?:colege|ecole|cours)\sdemain"
        r"|prof\sprincipale?\s(?:a\s(?:dit|apele\s(?:ma|mes|mon)|mis)|nous|il\sa|elle\sa)|le\scpe\s(?:il\s|m'|a\spris)"
        r"|brevet\s(?:l'an\sdernier|blanc\saujourd'hui|en\sjuin)|on\sa\seu\s(?:le\s)?brevet"
        r"|prof\sprincipale?\sdit\sque|(?:la|le)\sprof\sde\s\w+\snous\b"
        rf"|(?:examens|epreuves)\sde\sjuin\sen\s{SCHOOL_YEAR})).{{1,400}}",
        0.8,
        unless_text=rx_any(
            ADULT_SCHOOL,
            r"\bterminale|\bgrand\soral|\bmes\senfants|\bmoniteur|\banim\w*|\bme\smanque",
            r"\bcegep|\buqam",
        ),
    ),
    hit(
        "pupil_day_6",
        "minor_disclosure",
        # imagined beside the training files (session 6): a child's words for school and home
        rf"\bje\svais\ssur\smes\s({MINOR_AGE})\b(?!\s?(?:h\b|min|euros?|€|jours?|semaines?|mois|heures?|km))"
        r"|\b(?:ma\smere|mon\spere|mes\sparents|ma\sdaronne|mon\sdaron)\s(?:\w+\s)?m'a\sgrond\w*"
        r"|\b(?:ma\smere|mon\spere|ma\smaman|mon\spapa)\svient\sme\s(?:chercher|recuperer)\sa\s\d{1,2}\s?h"
        r"|\bles\sprofs\snous\s(?:saoulent|donent|font|ont|gavent|mettent|punisent)\b"
        r"|\b(?:je\ssuis|on\sest|on\spart|je\spars)\sen\sclase\s(?:de\sneige|verte|de\smer|decouverte)\b"
        r"|\b(?:j'ai|on\sa)\s(?:un\s)?controle\s(?:demain|lundi|mardi|mercredi|jeudi|vendredi|cet\saprem)\b"
        r"|\bmes\sparents\ssont\s(?:trop\s|super\s|hyper\s)?stricts\b"
        r"|\bje\ssuis\s(?:beaucoup\s|bien\s)?trop\sjeune\spour\stoi\b",
        0.8,
        unless_text=rx_any(ADULT_SCHOOL, ADULT_SPEAKING, r"\bfac\b|\bpartiels?\b"),
    ),
    hit(
        "my_age_peers",
        "minor_disclosure",
        r"\bles\s(?:enfants|jeunes|ados|gamins|gamines)\sde\smon\sage\b|\bmon\sargent\sde\spoche\b",
        0.8,
        unless_text=CHILD_OF,
    ),
    hit(
        "school_day",
        "minor_disclosure",
        # a school day said without "je": no school tomorrow, the school canteen, a note home
        r"\bpas\sde\s(?:colege|lycee|ecole|cours)\sdemain\b|\b(?:a\s)?la\scantine\sdu\s(?:colege|lycee)\b"
        r"|\b(?:prof\sprincipale?|cpe|titulaire|maitresse)\s(?:a|m'a|nous\sa)\s(?:mis|done|ecrit)\s(?:un\smot|une\sremarque|une\sretenue|une\scole)"
        r"|\b(?:je\svais|on\sva|je\ssuis|on\sest|j'?y\svais|on\spart|je\spars)\s(?:en|a\sla)\scolo\b|\bapres\sla\s(?:9|10|11)\s?h\b"
        r"|\bje\sdois\s(?:etre\s)?(?:rentree?|rentrer|partir|me\sdeconecter|finir\s\w+)\savant\sque\s(?:ma\smere|mon\spere|mes\sparents|ma\sdaronne|mon\sdaron)"
        rf"|^\W{{0,3}}({MINOR_AGE})\W{{1,3}}(?:{SUIS}\s)?(?:en\s)?{SCHOOL_YEAR}\W{{0,6}}$"
        r"|^\W{0,3}(2009|201\d)\s(?:donc|soit|alors|=)\s",
        0.82,
        unless_text=rx_any(
            ADULT_SCHOOL, r"\bmes\senfants|\banim\w*|\bmoniteur|\bles\spetits|\bma\sclase"
        ),
    ),
    hit(
        "grade_peers",
        "minor_disclosure",
        rf"\b(?:qui|qqn|qqun|quelqu'un|des\sgens|du\smonde|le\squi|y'?\s?a\s(?:\w+\s)?du\smonde)\s(?:\w+\s){{0,3}}?(?:est\s|le\s|ici\s)?en\s({SCHOOL_YEAR})"
        rf"|\bje\ssuis\sen\s(2e|2eme|1re|1ere)\b(?!\s?anee\s(?:de|d'))"
        rf"|\ben\s({SCHOOL_YEAR})\s(?:aussi|moi\saussi|comme\stoi)\b",
        0.82,
        unless_text=rx_any(ADULT_SCHOOL, r"\bmedecine|\bdroit|\bingenieur|\balternance|\bfac\b"),
    ),
    # --------------------------------------------------------------- grooming
    hit(
        "minor_age_guess",
        "grooming",
        # an age asked with a minor's age guessed: "t'as 14 ? 15 ?", "2011 ? 2012 ?", "12 13 ans"
        rf"\b{AGE_QUESTION}.{{0,40}}\b(?:{MINOR_AGE}|2009|201\d)\b\s?(?:ans\s?)?(?:\?|ou|,|-|nn|non|\s(?:{MINOR_AGE})\b)"
        rf"|\b(?:{MINOR_AGE})\s?(?:ans\s)?\?\s(?:{MINOR_AGE})\s?(?:ans\s?)?\?"
        rf"|\b(?:t'as|tu\sas)\s(?:que\s)?({MINOR_AGE})\s?(?:ans)?\s?(?:\?|ou\s(?:koi|quoi))"
        rf"|\b{AGE_QUESTION}.{{0,20}}\b({MINOR_AGE})\s({MINOR_AGE})\s?ans\b"
        r"|^(?=.*\b(?:quel\sage|t'as\s(?:quoi|koi))\b)(?=.*\b(?:(?:t'as\sl'air|tu\sfais|tu\sparais)\s(?:trop\s|tres\s|super\s|hyper\s)?jeune"
        r"|tu\sjoues\scome\sun\s(?:ptit|petit|gamin)|des\s1[0-5]\s?-\s?1[0-7]\sans|ton\spseudo\sdit\s(?:2009|201\d)"
        r"|minimes|cadete?s|benjamine?s|poussine?s|juniors\sou)).{1,300}",
        0.84,
        unless_text=rx_any(
            YOUR_CHILD,
            CHILD_PREVENTION,
            r"\bde\s(?:carriere|metier|boite|mariage)",
            r"\b(?:vingt|trent|quarant|cinquant|soixant)aine",
        ),
    ),
    hit(
        "guardians_probed",
        "grooming",
        # the other person's guardians: when they come home, sleep, work, watch, let go out
        rf"\b(?:{YOUR_GUARDIANS})\s(?:(?:ils?|elles?)\s)?(?:ne\s|n')?(?:rentre\w*|dort|dorment|part\w*|travaill?\w*|bosse\w*"
        r"|check\w*|regarde\w*|lis\w*|surveill\w*|verifi\w*|te\slaiss?\w*|te\sprend\w*|te\sdisput\w*|vienent\ste\svoir"
        r"|sont(?:-ils)?\sa\sla\smaison|est\sa\sla\smaison|vous\slaisent"
        r"|(?:il|elle|ils|elles)\s(?:est|sont)\s(?:souvent\s|jamais\s|toujours\s)?absente?s?)\b[^?]{0,60}\?"
        rf"|\b(?:ils|elles)\s(?:rentre\w*|dorment|part\w*|travail\w*|bosse\w*)\s(?:a\squele\sheure|quand|tard)\s(?:\w+\s){{0,3}}(?:{YOUR_GUARDIANS})"
        r"|\by\sa\squi\schez\stoi\b|\bquelqu'un\ssurveille\sce\sque\s(?:tu\sfais|vous\sfaites)"
        rf"|\b(?:t'es|tu\ses)\s(?:toute?\s)?seule?\s(?:le\sweek-?\s?end|ce\ssoir|chez\stoi)\b.{{0,20}}(?:{YOUR_GUARDIANS})",
        0.82,
        unless_text=rx_any(
            ADULT_AGE_SAID,
            TO_YOUR_PARENTS,
            YOUR_CHILD,
            CHILD_PREVENTION,
            r"\bbonjour\sde\sma\spart|\bvont\sbien",
        ),
    ),
    hit(
        "endearment_probe",
        "grooming",
        rf"^(?=.*{CHILD_ENDEARMENT})(?=.*(?:{AGE_QUESTION}|\bclase|\bcolege|\bprofeseur|\bparents|\bphoto|\bnumero|telegram|whatsap|snap|cadeau|majeure)).{{1,400}}",
        0.84,
        unless_text=rx_any(ADULT_AGE_SAID, TO_YOUR_PARENTS, CHILD_PREVENTION, YOUR_CHILD),
    ),
    hit(
        "maturity_6",
        "grooming",
        r"\btu\s(?:reflechis|parles|penses|ecris|raisones)\scome\sune?\s(?:grande|adulte|femme)\b"
        r"|\bon\ste\sdonerait\s(?:1[89]|2\d)\b|\bmaturite\s(?:rare|incroyable|de\sdingue)"
        r"|\b(?:t'es|tu\ses|vous\setes|t'etais)\s(?:bien\s|tellement\s|beaucoup\s)?plus\s(?:mure|mature)\sque\s(?:tous\s|toutes\s)?"
        r"(?:les|tes|ceux|celles|certaines|certains)\s(?:\w+\s)?(?:adultes|filles|gars|femmes|grands)"
        r"|\bl'esprit\sd'une\s(?:jeune\s)?femme|\bpas\sd'une\s(?:enfant|gamine|petite)"
        r"|\b(?:pas|plus)\scome\s(?:les\sautres\s)?(?:gamins|gamines|enfants|filles|ados|gosses)\sde\ston\sage"
        r"|\b(?:bebes?|gamins|gamines|des\senfants|des\sgamins)\sa\scote\sde\stoi|\bparle\scome\sa\sune\sadulte"
        r"|\bt'es\spas\sune\s(?:petite|gamine|enfant)\b|\bvisage\s(?:tres\s|super\s)?adulte"
        r"|\b(?:mature|mure)\spour\s(?:votre|ton)\sage\b|\bune\s(?:si\s)?jeune\spersone\b"
        rf"|\b(?:\w+\s)?(?:reflechie?|mature|mure|intelligente?|belle|jolie|douee?)\spour\sune?\s(?:eleve\sde\s{GRADE}|colegiene?|lyceene?|(?:file|fille|gamine?)\sde\s1[0-7]\sans)\b",
        0.84,
        unless_text=rx_any(
            AGE_IS_FINE, CHILD_OF, CHILD_PREVENTION, r"\b(?:t'as|tu\sas|j'ai)\s[2-9]\d\s?ans"
        ),
    ),
    hit(
        "age_gap_6",
        "grooming",
        rf"\b(?:ca|sa)\sme\sderange\spas\sque\stu\s(?:sois|soit|soies)\s(?:plus\s)?(?:jeune|petite?|mineure?)"
        r"|\btrop\svieux\spour\stoi\b|\bpas\ssi\svieux\b.{0,20}\b(?:1[89]|2\d)\b"
        rf"|\b(?:j'ai|jai)\s(?:[2-9]\d)\s(?:ans\s)?et\stoi\s({MINOR_AGE})\b"
        r"|\b(?:osef|on\ss'en\s(?:fiche|fout|moque)|peu\simporte)\sde\s(?:ton\s|l')age\b|\by?\s?a?\s?pas\sd'age\spour"
        rf"|\bmeme\ssi\s(?:t'es|tu\ses)\s(?:jeune|petite?|en\s{GRADE}|au\scolege|mineure?)"
        rf"|\bj'oublie\sque\stu\sas\s({MINOR_AGE})|\b({MINOR_AGE})\s?ans\sou\s[2-9]\d\s?ans\sc'est\spareil"
        r"|\bun\speu\splus\sque\stoi\smais\b|\bans\sd'ecart\s(?:max\s)?(?:c'est|c)\srien|\btel\secart\b",
        0.84,
        unless_text=rx_any(CHILD_PREVENTION, CHILD_OF),
    ),
    hit(
        "secret_relationship",
        "grooming",
        r"\b(?:tu\s)?(?:parles|dis|dit)\s(?:de\smoi|qu'on\sse\sparle)\sa\spersone|\bjure\s(?:que\s)?tu\sdis\sa\spersone"
        r"|\bpersone\sd'autre\s(?:a|n'a)\sbesoin\sde\ssavoir|\bsi\stu\sle\sdis\sa\s(?:quelqu'un|persone).{0,40}problemes?"
        r"|\bce\squ'on\sse\sdit\sreste\s(?:ici|entre\snous)|\bmieux\svaut\sne\srien\s(?:leur|lui)\sdire"
        r"|\bchange\smon\snom\sdans\ston\s(?:tel|telephone|portable|repertoire)|\bsache\spas\sque\stu\sme\sparles"
        rf"|\bsi\s(?:{YOUR_GUARDIANS})\s(?:te\s)?demande\w*\s.{{0,15}}tu\s(?:me\s)?conais\spas"
        rf"|\b(?:ne\s)?(?:parle|dis|raconte)\w*\s(?:pas|rien|jamais)\s(?:du|de\sla|des|de)\s\w+\sa\s(?:{YOUR_GUARDIANS})"
        r"|\bgarder\sca\spour\stoi\b",
        0.84,
        unless_text=rx_any(CHILD_PREVENTION, r"\bsurprise|\banniversaire"),
    ),
    hit(
        "isolation_6",
        "grooming",
        rf"^(?=.*\bmoi\b)(?=.*(?:{YOUR_GUARDIANS}|tes\s(?:potes|copines|amis|amies|copains)|ta\s(?:meilleure\s)?(?:amie|pote|copine)"
        r"|les\sautres|\bles\sadultes|\beux|\bils|\belles|\bpersone)\s(?:[\w']+\s){0,3}?(?:ne\s|n')?(?:te|t'|vous)\s?(?:compren\w*|ecout\w*|respect\w*|merit\w*"
        r"|calcul\w*|voi[st]\spas|lach\w*|crient|crie|jug\w*|garder\spetite)).{1,400}"
        r"|\b(?:t'as|tu\sas)\spas\sbesoin\sd'(?:eux|elles)\b.{0,20}\bt'as\smoi|\becoute\sque\smoi\b"
        rf"|\bje\ste\sconais\smieux\sque\s(?:ta\s(?:propre\s)?famile|{YOUR_GUARDIANS})|\btes\spotes\sde\sclase\s(?:c'est|c|sont)\sdes\sgamins",
        0.82,
        unless_text=rx_any(ADULT_AGE_SAID, TO_YOUR_PARENTS, CHILD_PREVENTION, CHILD_OF),
    ),
    hit(
        "app_from_guardians",
        "grooming",
        rf"^(?=.*(?:\b(?:{APPS_ADD})\b|\bnumero\b|\bappli|\breseau\sfantome|\bconversation\ssecrete))(?=.*(?:{YOUR_GUARDIANS}|{CHILD_ENDEARMENT}"
        r"|\bpas\sde\sparents|groupe\sdes\sparents|\bsans\strace|s'efacent|\bsans\sque\spersone"
        r"|\bpersone\sne\s(?:lise|voit|sache|saura))).{1,400}",
        0.84,
        unless_text=rx_any(ADULT_AGE_SAID, TO_YOUR_PARENTS, CHILD_PREVENTION, YOUR_CHILD, CHILD_OF),
    ),
    hit(
        "lie_6",
        "grooming",
        rf"\b(?:dis|dites|tu\sdis|tu\sdiras|raconte|tu\speux\sdire|mets|coche\w*|tu\scoches)\s(?:a\s(?:{YOUR_GUARDIANS})\s)?(?:que\s)?"
        r"(?:t'as|tu\sas|vous\savez|vous\setes|tu\ses|t'es)\s(?:1[89]|2\d|majeure?)"
        r"|\b(?:tu\speux\sdire|dis|dites|tu\sdiras)\sque\s(?:t'as|tu\sas|vous\savez)\s\d+\s?ans\b.{0,40}\b(?:si|quand)\s"
        r"|\b(?:que\stu\smetes|mets|tu\smets)\s(?:1[89]|2\d)\s?ans\b|\bchange\sta\sdate\sde\snaissance|\bmens\s.{0,20}(?:a\s)?(?:ta|ton|tes|vos|votre)\s"
        rf"|\b(?:dis|dites)\s(?:a\s)?(?:{YOUR_GUARDIANS})\sque\s?(?:tu|t'|vous|c'est|l')"
        rf"|\bsi\s(?:{YOUR_GUARDIANS})\s(?:te\s|vous\s)?(?:demande\w*|apele\w*|apelle\w*)\W{{1,3}}.{{0,30}}\btu\s(?:dis|es)\b"
        r"|\bdis\sque\stu\s(?:dors|es|vas|etais)\schez\b|\btu\sdis\sque\sc'est\s(?:le|la)\s",
        0.86,
        unless_text=CHILD_PREVENTION,
    ),
    hit(
        "gift_6",
        "grooming",
        rf"\b{GIFT}\b.{{0,30}}\b(?:pour\stoi|offerte?s?\ssi|si\stu|si\st'es)\b|\bje\ste\sfais\s(?:une|un)\s(?:recharge|carte)\b"
        r"|\b(?:credit|recharge)\s(?:pour|sur)\s(?:ton|ta)\s(?:tel|telephone|portable|compte)"
        rf"|^(?=.*(?:\b(?:je|j')\s?(?:\w+\s){{0,2}}(?:te|t'|vous)\s?(?:les\s|le\s|la\s|l'|en\s)?(?:ofr|offr|ach|rach|pay|pai|envoi|fais\slivrer|fase\slivrer|rembours)\w*"
        rf"|\bj'ai\s(?:\w+\s){{0,2}}(?:pour\stoi|achete|mis\sde\scote)|\bcadeau\b|\bpresent\b|\d+\s?(?:€|e\b|euros?|balles|\$)))"
        rf"(?=.*(?:{YOUR_GUARDIANS}|{CHILD_ENDEARMENT}|\bpour\stes\s1[0-7]\sans|\bcompte\sado|\bta\srentree|\b{MINOR_AGE}\sans\s?\?"
        r"|\bquand\son\sse\sverra|\bchez\smoi\squand\stu\sveux|\bta\staile\b.{0,20}\bans\b|\btu\spenses\sa\smoi)).{1,400}",
        0.84,
        unless_text=rx(  # not a gift idea for someone's child
            r"\bpour\s(?:une?|mon|ma)\s(?:file|garcon|gamin|gamine|neveu|niece|filleule?)\sde\s\d|\bune\sidee\sde\scadeau|"
            r"\bou\sje\s(?:les|te)\b|\btu\spaies\b|"
            + ADULT_AGE_SAID
            + "|"
            + TO_YOUR_PARENTS
            + "|"
            + CHILD_PREVENTION.pattern
            + "|"
            + CHILD_OF.pattern
            + "|"
            + YOUR_CHILD.pattern
        ),
    ),
    hit(
        "school_probed",
        "grooming",
        # a child's school day probed with an adult's purpose: when they leave, how they go,
        # their teacher, their test, in which town's collège
        r"\btu\s(?:finis|sors|sort)\sa\squele\sheure\s(?:\w+\s){0,3}(?:colege|cours)|\bt'es\sau\scolege\sde\squele"
        r"|\b(?:votre|ton|ta)\s(?:profeseur|prof)\sprincipal|\bton\scontrole\sde\s(?:maths|francais|\w+)\b.{0,40}\?"
        r"|\b(?:t'as|tu\sas)\sle\sbrevet\scete\sanee|\bpour\saler\sau\scolege\sou|\bt'es\sau\slycee\sou\sencore\sau\scolege"
        r"|\b(?:t'es|tu\ses)\sen\s[3-6]\s?e\sou\sen\s[3-6]\s?e\b"
        r"|\bvous\setes\s(?:encore\s)?au\s(?:colege|lycee)|\bvotre\s(?:colege|clase)\b"
        r"|\b(?:pres|a\scote|proche)\sde\s(?:ton|votre)\s(?:colege|lycee|ecole)\b"
        rf"|\b(?:t'es|tu\ses)\sen\s(?:quele\sclase|quoi)\b.{{0,30}}\b(?:toujours\s)?(?:en\s)?{GRADE}\s?\?",
        0.75,
        unless_text=rx_any(YOUR_CHILD, CHILD_PREVENTION, ADULT_AGE_SAID),
    ),
    # ----------------------------------------------------------- off_platform
    hit(
        "handle_given_6",
        "off_platform",
        # "min insta c'est ch.loe_59", "mon pseudo roblox c tomtom_xx2014", "code ami : ZOE12BS"
        rf"\b(?:(?:mon|ma|min|mn|ton|mes)\s)?(?:{APPS_ADD}|pseudo|code\sami|compte|identifiant|id|gamertag|tag|brawl\w*)"
        rf"(?:\s(?:{APPS_ADD}|perso|prive))?\s?(?:c'est|c|:|=|est|->)\s?({HANDLE}|[a-z][a-z0-9_.]{{2,30}}#[a-z0-9]{{2,10}})",
        0.86,
        unless_text=rx(r"\bexemple\sde\spseudo|\bmot\sde\spase"),
    ),
    hit(
        "move_to_app_6",
        "off_platform",
        rf"\b(?:on\sse\s(?:parle|capte|voit|retrouve|ecrit)|on\sparle|on\sparlera|je\st'ecris|ecris[\s-]moi|envoie[\s-]moi|parle[\s-]moi"
        rf"|mi\senvoie|on\scontinue|tu\spourais\sm'en\senvoyer|tu\speux\sm'en\senvoyer)\b.{{0,40}}\bsur\s(?:{APPS_ADD})\b"
        rf"|\b(?:installe|installez|telecharge|telechargez|dl|cree|creer)[\s-]?(?:le|la|toi|vous|un\scompte|l'apli)?\s?(?:un\scompte\s)?(?:{APPS})\b"
        rf"|\b(?:{APPS})\b.{{0,30}}\binstal\w*-(?:le|la)\b"
        r"|\b(?:apli|application)\s(?:ou|qui|avec)\s.{0,30}(?:s'efacent|disparais\w*|ephemeres)|\breseau\sfantome\b"
        r"|\bconversation\ssecrete\b|\bserveur\sdiscord|\blien\sdiscord|\bajoute[\s-]moi\sen\sami\ssur\b"
        rf"|\benvoie[\s-](?:la|le|les|ca)\s(?:\w+\s){{0,2}}sur\s(?:{APPS})\b|\bmesages?\sephemeres?\b"
        rf"|\bton\s(?:{APPS})\sc'est\squoi|\bje\ste\s(?:dirai|dis|l'envoie|l'enverai|montre)\s(?:\w+\s){{0,2}}sur\s(?:{APPS})\b"
        r"|\b(?:donez|envoyez|filez|donne|envoie|file)[\s-]moi\s(?:votre|ton)\s(?:numero|num|06|07|snap|insta|tel|whatsap)\b",
        0.86,
        unless_text=rx_any(CHILD_PREVENTION, r"\bbloque|\bsignale"),
    ),
    hit(
        "number_after_app",
        "off_platform",
        rf"\b(?:{APPS}|numero|tel|apele[\s-]moi|ecris[\s-]moi)\W{{1,20}}(\+?\d{{2}}[\d\s.]{{7,16}}\d)\b",
        0.86,
    ),
    hit(
        "meet_alone_6",
        "grooming",
        # a meeting proposed for the two of them alone, away from friends and family
        r"^(?=.*(?:\bviens\b|\bon\sse\s(?:voit|voie|retrouve|capte)|\bqu'on\sse\svoie|\bte\svoir|\bvenir\ste\schercher|\bje\spase"
        r"|\brendez-vous|\brdv\b|\bje\ste\sramenerai|\bje\ste\sramene))"
        r"(?=.*(?:\bviens\sseule?\b|\bsans\s(?:tes|vos)\s(?:potes|amis|amies|copines|parents)|\bjuste\stoi\set\smoi|\brien\sque\stoi\set\smoi"
        r"|\bpersone\sdoit|\bsans\sle\sdire|\bprevien\w*\spas|\bte\sramenerai\sen\svoiture|\bdans\sma\svoiture)).{1,400}",
        0.84,
        unless_text=rx_any(
            ADULT_AGE_SAID, YOUR_CHILD, r"\bma\sfeme|\bmon\smari|\bton\smari|\bta\sfeme"
        ),
    ),
    hit(
        "isolation_6b",
        "grooming",
        rf"\b(?:{YOUR_GUARDIANS})\s(?:\w+\s){{0,2}}(?:te|t'|vous)\s?(?:a\s|as\s)?(?:garder\spetite?|merit\w*\spas|comprenent\spas|lach\w*)"
        rf"|\b(?:{YOUR_GUARDIANS})\s(?:ne\s)?(?:voit|voient|realisent|remarquent)\spas\s(?:ton|ta|tes|quele|a\squel)"
        r"|\b(?:ta\s(?:meilleure\s)?(?:amie|pote|copine)|tes\s(?:amis|amies|potes|copines))\s(?:\w+\s){0,2}(?:t'a|t'ont)\s(?:lachee?|oubliee?|abandonee?)"
        r".{0,40}\bmoi\b",
        0.82,
        unless_text=rx_any(ADULT_AGE_SAID, CHILD_PREVENTION, CHILD_OF),
    ),
    hit(
        "photo_asked_6",
        "grooming",
        # a photo of the person asked with a child's world in view, or as a trade
        r"^(?=.*(?:\b(?:envoie|envoi|envois|envoyez|tu\sm'envoies|m'envoyer|montre|filme|une|des|ta)[\s-]?(?:moi\s)?(?:\w+\s){0,2}?(?:photos?|pics?|selfies?|tofs?|video)\b"
        r"|\b(?:montre|filme)[\s-]?toi\b))"
        rf"(?=.*(?:{YOUR_GUARDIANS}|{CHILD_ENDEARMENT}|\bjte\s(?:montre|done)|\bje\ste\s(?:montre|done)|\bpour\sta\sfiche|\bmarque\sjeunesse"
        r"|\bsi\st'es\svraiment\sune\sfile|\bpas\sune\sde\stes\scopines|\btes\setirements|\bavant\sde\sdormir|\bsans\smaquillage"
        r"|\bje\sla\sgarderai\spour\smoi|\bjuste\sa\smoi|\bme\sferait\sdu\sbien|\bcomme\st'es\b|\bpas\sde\sfiltre)).{1,400}",
        0.84,
        unless_text=rx_any(ADULT_AGE_SAID, CHILD_PREVENTION, YOUR_CHILD),
    ),
    # ---------------------------------------------------------------- signals
    signal(
        "mature_said",
        "maturity",
        r"\b(?:t'es|tu\ses|personne|file|garcon)\s(?:\w+\s)?(?:mature|mure)\b",
        0.45,
    ),
    signal(
        "alone_together",
        "isolation",
        r"\bjuste\stoi\set\smoi\b|\brien\sque\stoi\set\smoi\b|\bsans\stes\s(?:potes|amis|amies|copines)\b"
        r"|\bles\sautres\s(?:[\w']+\s){0,3}seraient\sjalou\w*|\bentrainement\sperso\b|\bseance\sperso\b",
        0.45,
    ),
    signal(
        "school_named",
        "bare_grade",
        rf"^\W{{0,3}}[a-z][\w\s'-]{{0,30}}\sen\s({SCHOOL_YEAR})\W{{0,6}}$",
        0.0,
    ),
    signal(
        "guardian_mention",
        "child_frame",
        rf"\b(?:{YOUR_GUARDIANS})\b|{CHILD_ENDEARMENT}",
        0.4,
        unless_text=rx_any(
            YOUR_CHILD,
            ADULT_AGE_SAID,
            TO_YOUR_PARENTS,
            r"\bvont\sbien|\bbonjour\sde\sma\spart|\bpase\sle\sbonjour|\bboulot|\btaf\b",
            r"\bchez\s(?:tes|vos)\sparents",
        ),
    ),
    signal(
        "photo_6",
        "photo_request",
        r"\b(?:filme|montre|prends)[\s-]?toi\b|\b(?:une|des)\s(?:photos?|pics?|selfies?)\sde\s(?:toi|vous)\b|\bphoto\sde\svous\b"
        r"|\benvoi\w*\s(?:un|une)\s(?:selfie|pic|photo)\b|\bvoir\s(?:ton|ta)\s(?:sourire|silhouette|visage|corps)\b"
        r"|\ben\s(?:tenue|maillot|short|robe|pyjama)\b",
        0.4,
    ),
    signal(
        "meet_6b",
        "meet",
        r"\bqu'on\sse\svoie\b|\bte\svoir\sen\svrai\b|\bviens\s(?:au|a\sla|me\svoir|seule?)\b|\bje\s(?:pase|paserai|viens)\b"
        r"|\bnous\spourions\sy\saler\b|\bvenir\ste\schercher\b|\bon\sse\svoit\sla\sbas\b",
        0.4,
    ),
)

RULES = RULES + RULES_6B

# ------------------------------------------------------------------------------- rules-7
# Session 7 ("riskgen7"), the child-safety labels. What keeps the n-gram head from raising a
# label on ordinary adult chat (model.with_head reads a "not_<label>" signal as a veto on
# that label's head score; the rules' own hits and the accumulator are untouched): a
# question about the other's family's health, an adult's pet name with nothing of a child
# beside it, an app one does not have, a move to Papote's own private messages.

# What an adult calls a partner, a friend or a sister ("ma puce", "mon coeur", "ma belle").
AFFECTION = (
    r"(?:ma\spuce|mon\scoeur|ma\scherie|mon\scheri|ma\sbiche|mon\samour|ma\sbele|mon\sbeau|mon\sbebe"
    r"|ma\sbebe|mon\sange|ma\sloute|mon\schou|ma\scocote|mon\slapin|ma\sdouce|ma\spower|mon\stresor"
    r"|ma\sjolie|ma\scopine|ma\sgrande|mon\sgrand)"
)
# Words of a child's world or of a move: with one of them beside a pet name, the head decides.
CHILD_OR_MOVE = (
    r"photo|pic|selfie|snap|insta|seule?|parents|mere|pere|maman|papa|clase|colege|lycee|ecole|prof"
    r"|secret|cadeau|mature|age|ans|voir|cam|num|numero|adrese|mineure?|majeure?|brevet|devoirs"
    r"|robux|v-?bucks|sortie|chambre|dodo|couche|lit|bisous?|corps|tenue"
)
# Families' news asked between adults ("tes parents vont bien ?", "comment va ta mère ?").
FAMILY_NEWS = (
    r"(?:tes|vos|ton|ta|votre)\s(?:parents|pere|mere|maman|papa|vieux|darons?|famile|freres?|soeurs?)"
    r"\s(?:vont|va|se\sportent|sont|est)\s(?:bien|mieux|en\sforme|toujours\sen\sforme)"
    r"|\bcomment\s(?:vont|va|se\sportent)\s(?:tes|vos|ton|ta|votre)\s(?:parents|pere|mere|maman|papa|famile)"
    r"|\bet\s(?:tes|vos)\sparents,?\s(?:ca\sva|la\sforme|ils\svont\sbien)"
    r"|\b(?:pase|passe|transmets)\sle\sbonjour\sa\s(?:tes|vos|ton|ta)\b"
)
# An app one does not have or no longer uses ("non j'ai pas snap", "je suis pas sur insta").
NO_APP = (
    rf"\b(?:j'ai|g|on\sa)\s(?:pas|plus|jamais\seu|meme\spas|toujours\spas)\s(?:de\s|d')?(?:compte\s)?{APPS_ANY}\b"
    rf"|\bpas\sde\s{APPS_ANY}\b|\bje\s(?:suis|sui)\s(?:pas|plus|jamais)\ssur\s{APPS_ANY}\b"
    rf"|\bj'utilise\s(?:pas|plus|jamais)\s{APPS_ANY}\b|\bj'ai\s(?:suprime|desinstale|efface|quite)\s(?:mon\s)?{APPS_ANY}\b"
)
# Papote's own private messages: not another app.
PAPOTE_DM = r"\b(?:en|par|sur|un|en\sun|des)\s(?:prive|mp|pv|dm|message\sprive|messages\sprives)\b"
# Something offered anyway in the same message: a number, a handle, an address, "mais".
CONTACT_ANYWAY = rf"\d|@|\bmais\b|\bajoute|\bcontacte|\bc'est\b|:|{HANDLE}"

RULES_7: tuple[Rule, ...] = (
    signal(
        "family_news",
        "not_grooming",
        rf"{FAMILY_NEWS}",
        0.0,
        unless_text=rx(
            r"\b(?:secret|sachent|savoir|dis\srien|au\scourant|seule?|rentrent|absents?|partis?)\b"
        ),
    ),
    signal(
        "affection_alone",
        "not_grooming",
        rf"^(?:(?!\b(?:{CHILD_OR_MOVE})\b).)*\b{AFFECTION}\b(?:(?!\b(?:{CHILD_OR_MOVE})\b).)*$",
        0.0,
    ),
    signal(
        "no_app",
        "not_off_platform",
        rf"^(?:(?!{CONTACT_ANYWAY}).)*(?:{NO_APP})(?:(?!{CONTACT_ANYWAY}).)*$",
        0.0,
    ),
    signal(
        "papote_dm",
        "not_off_platform",
        rf"^(?:(?!{CONTACT_ANYWAY}|\b{APPS_ANY}\b).)*{PAPOTE_DM}(?:(?!{CONTACT_ANYWAY}|\b{APPS_ANY}\b).)*$",
        0.0,
    ),
)

RULES = RULES + RULES_7

# rules-7 from child-train-7-ados / -adultes (two writers of session 7 who never read the
# detector; child-dev-7 was not read), as classes: for minor_disclosure, a self-introduction
# with a name and an age, an age to come or just had ("j'aurai 17 en mars", "pour mes 16"),
# "pas encore 18", a lie about one's age, the guardians' rules in more verbs (any relative
# in charge: "ma mamie veut pas que", "papa a mis un mot de passe"), school staff acting on
# the writer ("le préfet m'a convoqué", "la CPE m'a dit"), the events only pupils live
# (classe verte, car scolaire, retenue, bal des finissants); for grooming, the marks that
# the other person is a child (their class, school, classmates, lessons, a minor's age said
# to them) and the moves made to them in more words (erasing messages, lies to tell,
# "reste avec moi", "je peux passer te chercher"), weighed by the accumulator (a child probe
# and one move), and the adults who protect a child ("ce site est pour les adultes").

# Someone's child or pupils (OTHER_PERSON without "il a" / "elle a", which a pupil says of
# a parent or a teacher: "ma mère elle a coupé le wifi").
THEIR_CHILD: re.Pattern[str] = rx(
    r"\b(?:mon|ma|mes|son|sa|ses|ton|ta|tes|notre|votre|leur|leurs|nos|vos)\s(?:petite?\s)?(?:fils|file|files"
    r"|neveu|niece|enfants?|gosses?|petits?-enfants?|eleves|bebe|gamine?s?)\b|\bje\ssuis\s(?:prof|enseignante?|cpe|parent)"
)
# What "N ans de ..." counts when it is not where one is from ("15 ans de mariage").
DURATION = (
    r"(?:mariage|boite|service|carriere|experience|retard|prison|vie|couple|relation|anciennete|travail|metier"
    r"|pratique|galere|amitie|ecart|diference|plus|moins|trop|pile|foot|danse|piano|club)"
)
MONTH = (
    r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
    r"|l'ete|l'hiver|l'anee\sprochaine|la\srentree|bientot|dans\s(?:\d+|deux|trois|quelques)\s(?:mois|semaines|jours))"
)
# Anyone in charge of the writer: parents, grandparents, an aunt, "papa" and "maman" alone.
MY_GUARDIANS: str = (
    rf"(?:{MY_PARENTS}|ma\s(?:mamie|grand-mere|grand\smere|tante|tatie|nounou)|mon\s(?:papi|grand-pere|oncle|tonton)"
    r"|(?<!ton\s)(?<!ta\s)(?<!\w)(?:papa|maman|manman|momon)|mes\s(?:grands-parents|reupas|rents)|ma\sreum|mon\sreup)"
)
# What a guardian does to a child in their charge.
GUARDIAN_RULE = (
    r"(?:veu[tl]\s(?:pas|jamais)\sque\s(?:je|j'|mi)\s?(?:sorte|sors|aile|parte|fase|joue|reste|dorme|mete|porte|ai|aie|utilise"
    r"|regarde|prene|maquile|voie|invite|sois|traine|rentre|ale|sort|fe)\b|m'interdit|m'interdisent|m'impose"
    r"|m'autorise|m'autorisent|m'a\s(?:interdit|autorise|prive|puni|grounde|gronde)"
    r"|me\slaise(?:nt)?\s(?:pas\s|jamais\s|encore\s|que\s)?(?:sortir|aler|jouer|sur|dormir|regarder|utiliser|partir|rester|\d+\s?min)"
    r"|m'acompagne\w*|me\s(?:prete|done)\s(?:jamais|pas|que)|lit\smes|check\w*\smon|fouille\w*\smon"
    r"|a\smis\sun\s(?:code|mot\sde\spase|controle|filtre|minuteur)|a\sactive|(?:m')?ont\s(?:mis|active)\sun"
    r"|a\sdit\s(?:pas\sde|que\sj'aurai|que\sje\s(?:pourai|suis\strop|peux\spas|dois)|non\spour)"
    r"|dit\sque\sje\ssuis\s(?:trop|encore)\s(?:petite?|jeune)|m'ont\s(?:pas\slaise|interdit|dit\sque\sj'aurai)"
    r"|ont\ssigne\s(?:le|mon|l')|la\sconfisk|i\sve\spa\smi|i\sveut\spa\smi"
    r"|veu[tl]\sque\sje\s(?:sois\srentree?|fase\sque|rentre\savant)|a\scoupe\sle\swifi|m'a\sbloque|m'ont\smis\s(?:un|le|screen)"
    r"|m'ont\sdit\spas\sde|checkent?\smes|verifie\smes\s(?:notes|mesages|textos)|doit\ssigner\s(?:toutes\s)?mes"
    r"|signent\s(?:encore\s)?mes|veulent\spas\sme\slaiser|a\sdit\ssi\sj'ai\spas|ka\skontrole|i\sdi\smi)"
)
# Adults' lives that keep a guardian's rule from being a child's (a partner, a job, children).
GROWN_UP = (
    r"\b(?:mon\smari|ma\sfeme|mon\scopain|ma\scopine|mes\senfants|mon\sfils|ma\sfile|mes\sgosses|au\sboulot|au\staf"
    r"|a\smon\sage|ehpad|maison\sde\sretraite|sa\sretraite|son\sdeces|l'enterement|la\smaison\sde\s(?:ma|mon)"
    r"|son\salzheimer|chez\sle\smedecin|ses\smedicaments|mes\s(?:collegues|colegues)|quand\sj'etais|j'avais\s\d+)\b"
)
# School staff acting on the writer ("le préfet m'a convoqué", "la cpe m'a dit").
SUBJECT_MORE = (
    rf"(?:{SUBJECT}|educ\w*|bio\w*|chimie|info\w*|nsi|sciences?|economie|eco|religion|morale|neerlandais|arabe"
    r"|creole|fle|compta\w*|atelier|electricite|cuisine\sau\slycee)"
)
SCHOOL_STAFF = (
    rf"(?:prof|profeseure?|maitre|maitrese|titulaire|cpe|prefet|educatrice|educateur|directeur\sadjoint"
    rf"|directrice\sadjointe|proviseur|principal|principale|surveilante?|pion|prof\sprincipale?|prof\sd'{SUBJECT_MORE}|prof\sde\s{SUBJECT_MORE}"
    r"|maitre\sde\sclase|ma\sklas|conseiller\sd'orientation|ma\sprof|mon\sprof)"
)
# What only pupils live through (with the first person).
PUPIL_EVENT = (
    r"(?:clase\s(?:verte|de\sneige|de\smer|decouverte)|camp\svert|car\sscolaire|transport\sscolaire|bus\sscolaire"
    r"|ramasage\sscolaire|centre\saere|plaine\sde\sjeux|retenue|heure\sde\scole|carnet\sde\scorespondance|conseil\sde\sdiscipline"
    r"|bal\sdes\sfinisants|examens\sde\s(?:decembre|juin|noel)"
    r"|ecole\sobligatoire|brevet\sblanc|cros\sdu\s(?:colege|lycee)"
    r"|ecole\sarabe|voyage\sscolaire|mon\sbal)"
)
# A pupil's first person with those events ("on a", "je", "mon", "on part").
PUPIL_FIRST = (
    r"(?:\bje\b|\bj'|\bmi\b|\bmoi\b|\bon\s(?:a|va|part|est|fait|avait)\b"
    r"|\bnous\b|\bmon\b|\bma\b|\bmes\b)"
)
# The other person's school world, said to them: a child in view ("ta classe", "après les
# cours", "une meuf de 4e", "t'as 12 ans").
YOUR_SCHOOL = (
    rf"(?:\b(?:ta|ton|tes|votre|vos|out|aw)\s(?:clase|colege|bahut|lycee|ecole|etablisement|athenee|prof|profs|maitrese|recre|bio"
    rf"|cours|devoirs?|controle|bulletin|cartable|sac\sde\scours|{GRADE}|pote\sdu\scolege|lekol|kolej)\b"
    rf"|\b(?:de|du|dans|pres\sde)\s(?:ta|ton)\s(?:clase|colege|bahut|lycee|ecole|etablisement)\b"
    rf"|\b(?:apres|avant|en|pendant|sortie\sdes)\s(?:les\s)?cours\b|\ba\sla\s(?:recre|sortie\s(?:du|de\sl')\s?(?:colege|ecole|lycee)|cantine)\b"
    rf"|\b(?:pour|t'es|tu\ses|comme|toi\s\w+)\s(?:une?|la|le)\s(?:meuf|fille|gars|gamine?|ado|petite?|eleve|garcon)\sde\s(?:{GRADE}|{MINOR_AGE}\s?ans)\b"
    rf"|\bpour\sune?\s(?:{GRADE})\b|\b(?:t'as|tu\sas|tu\sn'as\sque|t'as\sque|ou\sni)\s(?:{MINOR_AGE})\s?(?:ans|lane)\b"
    rf"|\b(?:tu\ses|t'es)\s(?:en|encore\sen|encore\sau)\s(?:{GRADE}|colege|primaire)\b|\ba\s(?:{MINOR_AGE})\s?ans\b"
    rf"|\bles\smineure?s\b|\bt'es\smineure?\b|\btu\ses\smineure?\b|\bencore\sau\scolege\b"
    rf"|\b(?:les|tes)\s(?:garcons|filles|meufs|keums|gars|copines?|potes|amies?|copains)\s(?:de|du|dans)\s(?:ta|ton|la)\s?(?:clase|colege|bus|lycee|equipe)?\b"
    rf"|\btes\s(?:copines|potes|amies?|copains)\s(?:de\sclase|du\s(?:colege|bus|lycee))\b|\bl'arret\sde\sbus\b"
    rf"|\bcar\sde\sramasage\b|\bbus\sscolaire\b|\bdes\su1[0-7]\b|\bl'equipe\sdes\su1[0-7]\b|\bla\scolo\b"
    rf"|\bzanmi\sklas|\bti\sfi\skolej|\bmarmaille\b|\bune\senfant\b|\bcomme\sun\sbebe\b|\bcome\sune\s(?:gamine|enfant)\b"
    rf"|\b(?:ta\sreum|ton\sreup|tes\sreupas|tes\srents(?:-pa)?|ton\sreuf|ton\sgrand\sfrere|ta\sgrande\ssoeur|ta\sfamile"
    rf"|un\sadulte\sde\sta\sfamile|tes\sdarons|manman'?w|papa'?w|out\s(?:momon|papa|famiy|parents))\b"
    rf"|\btrop\s(?:jeune|petite?)\b|\bdes\sgens\sde\sson\sage\b|\bfiles\sde\s(?:notre|ton)\sage\b|\bde\s(?:13|14|15|12|11)\spiges\b)"
)
# Moves that are grooming with a child in view (issue 12), in words the older signals miss.
ERASE = (
    r"(?:\b(?:eface|efas|efase|suprime|vide|efacer|suprimer|3ff4c3)\w*\s(?:(?:la|les|tout|toute|tous|nos|mes|tes|ton|cete|ce|bann|nou)\s)?"
    r"(?:conv\w*|mesages?|mesaj|dm|historique|photos?|discution|tout|message|l4)\b|\bmesages\séphemeres|\bmesages\sephemeres)"
)
LIE_TO_TELL = (
    r"(?:\btu\s(?:diras|dis|leur\sdiras)\s(?:a\s\w+\s(?:\w+\s)?)?que\b|\bsi\s(?:ta|ton|tes|un|une|la|le|les)\s[\w\s']{0,25}"
    r"(?:demande|demandent|apele|regarde|lit|pose\sdes\squestions)\b|\bdis\s(?:a|que)\s.{0,40}\b(?:cousin|cousine|pote|copine|ami|event)"
    r"|\bdi\spapa|\bpa\sba\sparan|\bdi\spa\sout)"
)
KEEP_QUIET = (
    r"(?:\bgarde\s(?:ca|tout\sca|ça)\spour\stoi\b|\bentre\snous\b|\b(?:personne|degun)\s(?:ne\s)?doit\ssavoir\b|\bdis\srien\b"
    r"|\bne\s(?:montre|dis|parle)\spas\b|\bmontre\spas\b|\ben\scachete\b|\bsekre|\bse\sdoutent\sde\srien\b|\bsont\spas\s(?:obliges|au\scourant)\b"
    r"|\bpas\sbesoin\sde\ssavoir\b|\bni\smeme\sde\ssavoir\b|\bne\sleur\sparle\spas\b|\bpas\sla\spen\sdi|\bchu+t\b|\bamis\ssecrets\b"
    r"|\bsi\stu\s(?:le|en)\s(?:dis|parles)\sa\b|\bparle\spas\sa\b|\bne\sleur\sdis\srien\b|\bfaut\srien\sleur\sdire\b|\bpersone\sde\sta\sfamile\b"
    r"|\bpa\sdi\b|\bdi\spa\b|\bpa\sdi'?y\b|\bgarde\snotre\slien\b|\bont\sle\sdroit\sd'avoir\sdes\ssecrets\b|\bsi\stu\sparles\sde\smoi\b"
    r"|\bchange\smon\snom\b|\bsous\sle\snom\b|\bpas\sde\smoi\b)"
)
ISOLATE = (
    r"(?:\breste\savec\s(?:moi|ouam)\b|\btu\sm'as\smoi\b|\bt'as\spas\sbesoin\sd'(?:eux|eles?|lui)\b|\btu\sn'as\spas\sbesoin\sd'(?:eux|eles?)\b"
    r"|\blaise[\s-](?:les|la|le)\stomber\b|\blaise[\s-]les\s?(?:[,.!]|$)|\barete\sde\s(?:la|le|les)\svoir\b|\bque\sdes\s(?:gamins|gamines|bebes|tocards)\b"
    r"|\bsont\sdes\s(?:gamins|gamines|bebes|tocards)\b|\bc\sdes\s(?:gamins|gamines|tocards)\b|\bje\ssuis\s(?:la|là)\spour\stoi\b"
    r"|\bje\sne\ste\sjugerai|\bon\sne\ste\scomprend\spas|\bpersone\sne\ste\scomprend|\bt'es\sa\smoi\b|\bgarde\sque\smoi\b"
    r"|\bpa\skonpran|\bpa\sbizwen|\bplus\squ'aux\sautres\b|\bseul\sde\stes\spotes\b|\bla\sseule\sde\sta\b|\bte\schoisis\b|\bsont\sjaloux\b"
    r"|\bte\straitent\scome|\bte\svoient\scome|\bles\sadultes\scomprenent\spas|\bje\sme\sfache\b|\bjuste\stoi\spis\smoi\b)"
)
MEET_7 = (
    r"(?:\b(?:je\s(?:peux|pourais|sais)|jpeux|jpourais)\s(?:pa?ser|venir|te\s(?:chercher|deposer|recuperer|prendre|voir|rejoindre))"
    r"|\bje\svais\s(?:pa?ser\s)?te\s(?:chercher|deposer|recuperer|prendre|voir|rejoindre)"
    r"|\bje\ste\s(?:recupere|depose|ramene|prends)|\bjte\s(?:recupere|ramene|depose)|\bvenir\ste\s(?:chercher|prendre|consoler|voir)"
    r"|\bon\s(?:se\svoit|pourait\sse\svoir|se\sfait\sun|y\sva\sensemble|se\svoie|pourait\srider)|\bje\sserai\s(?:a|devant|sur)\b|\bviens?\s(?:au|a\sla|chez|passer)\b"
    r"|\bte\srencontrer\b|\bqu'on\sse\svoie\b|\bmi\spe\svien|\bj'y\spase\b|\bpase\ste\s|\bappelle-moi|\bapele-moi|\bapele\smoi\b|\becris-moi\b"
    r"|\bt'acompagner\b|\bt'atendre\b|\bje\spase(?:rai)?\s(?:dans|devant|souvent|vers)\b|\brdv\sdevant\b|\bmonte\svite\b|\bon\sse\scapte\b"
    r"|\bviens\st'entrainer\b|\bvenir\sla\schercher\b|\bte\svoir\savant\b|\bte\sreconais\b|\bje\ssuis\sgare\b|\bvin\schech)"
)
PAY_7 = (
    r"(?:\b(?:je\ste|jte|j'te)\s(?:paye|paie|done|ofre|ramene|prete|achete|recharge|envoie|fais|bost|lache)\b|\bgratuits?\b|\bmi\spe\spay"
    r"|\bt'(?:acheter|ofrir|enverai)\b|\bte\spaser\s(?:admin|une\scle|modo)\b|\bgratos\b|\bkado\b|\ben\smain\spropre\b)"
)
PHOTO_7 = (
    r"(?:\bmontre[\s-]?moi\sta\stete|\bme\smontres\sta\stete|\ballume\sta\scam|\bfofo\b|\ben\s?foto\b|\bin\sfoto\b|\bune\stof\b"
    r"|\bphoto\sde\sta\stenue|\bvideo\sde\stoi)"
)
MATURE_7 = (
    r"(?:\bplus\s(?:mature|inteligente?|grande?|mure|maline?|forte?|interesante?)\sque\b|\bpour\s(?:ton|tes)\s(?:age|\d+\sans)\b"
    r"|\bsi\sjeune\b|\bcome\sune\s(?:grande|daronne|adulte|jeune\sfeme)\b|\bpou\s(?:out\slaz|laj)|\bjeune\sfeme\b|\bton\spotentiel\b"
    r"|\bl'age\s(?:ca\sne\scompte|ne\scompte)\spas)"
)
GUARDIANS_BELITTLED = (
    r"(?:\btrop\s(?:severes?|stricts?|vieux\sjeu)\b|\bte\ssurveil\w*\s(?:trop|tout)\b|\bvont\st'empecher\b|\bc'est\seux\sles\smechants\b"
    r"|\bte\straitent\scome\sun\sbebe\b|\bvivre\sta\svie\savec\smoi\b|\bloin\sde\sta\sfamile\b|\bil\sn'y\sa\spas\sde\sregles\b"
    r"|\bje\ste\slaise\sfaire\sce\sque\stu\sveux\b|\btu\speux\stout\sme\sdire\b|\bplus\squ'a\stes\sparents\b)"
)
SCHOOL_WORD = r"(?:colege|lycee|cours|ecole|bahut|polyvalente|cycle|athenee|etablisement|lekol)"
# An adult protecting a child: sending them away from an adults' site, to their parents.
PROTECTIVE = (
    r"(?:\b(?:ce|le)\s(?:site|salon|chat|tchat|serveur)\s(?:est|c'est)\s(?:pour|reserve\saux)\s(?:les\s)?(?:adultes|majeurs)"
    r"|\b(?:t'as|tu\sas|tu\sn'as)\srien\sa\sfaire\sici|\btu\s(?:devrais|dois)\spas\setre\sici|\bpas\sun\sendroit\spour\s(?:les\s)?(?:enfants|ados|jeunes)"
    r"|\bje\s(?:previens|signale|quite)\b|\bva\s(?:les\svoir|voir\stes\sparents)|\bsois\sprudente?|\bprefere\spas\s(?:parler|jaser)\savec"
    r"|\bc'est\spour\sles\sadultes|\bici\sc'est\spas\spour\stoi|\bmontre-leur\sce\ssite"
    r"|\bje\s(?:ne\s)?(?:discute|parle|jase)\s(?:pas|jamais)\savec\s(?:des|les|une?)\s(?:mineure?s?|enfants?|jeunes))"
)

RULES_7_CHILD: tuple[Rule, ...] = (
    hit(
        # "noah, 16 ans, liège", "coucou cmoi manon 13ans rouen", "max, seize ans, orléans"
        "self_intro_7",
        "minor_disclosure",
        rf"^\W*(?:(?:salut|slt|coucou|cc|hello|bonjou?r?|wesh|wsh|yo|hey|salam|sa\ski\s\w+|allo|bonjou\stout\smoun)"
        rf"(?:\s(?:les\sgens|la\steam|tout\sle\smonde|a\stous|tlm))?\W+)?"
        rf"(?:(?:moi\s)?c'est\s|cmoi\s|moi\s|je\sm'apele\s|ici\s)?(?!(?:mon|ma|mes|son|sa|le|la|les|un|une|il|elle|depuis|pendant|a|de|et|ou|tu|on|as|ai|je|en|dans|plus|que|avec|vers|sur|pour)\b)"
        rf"[a-z][a-z-]{{1,15}}(?!')\W{{0,2}}\s({MINOR_AGE})\s?(?:ans?|piges|yo|balais)\b"
        rf"(?:(?!{AGE_NOT_WRITER})(?:\W*$|\W+(?!de\b|d')[a-z])|\s(?:de|d')\s?(?!{DURATION}\b)[a-z-]+\W*$)",
        0.85,
        unless_text=rx_any(OTHER_PERSON, ADULT_SPEAKING),
    ),
    hit(
        # "j'aurai 17 en mars", "quand j'aurai 16", "pour mes 16", "j'ai eu mes 15 en aout",
        # "pas encore 18"
        "age_around_7",
        "minor_disclosure",
        rf"\bj'aurai\s(?:1[0-8]|[89])\s?(?:ans)?\s(?:en|le|dans|a|cet|cete|{MONTH})|\bquand\sj'aurai\s(?:1[0-8]|[89])\b"
        rf"|\b(?:pour|avant|apres)\smes\s(?:1[0-8]|[89])\s?(?:ans)?\b(?!\s?(?:ans\s)?(?:j'avais|on\sm'a\sofert\sun|ma\smere\sm'avait))"
        rf"|\bj'ai\s(?:eu|fete)\smes\s(?:1[0-7]|[89])\b|\b(?:1[0-7]|[89])\sbougies\b|\btant\sque\sj'ai\spas\s(?:1[0-8])\b"
        rf"|\b(?:j'ai\s|je\ssuis\s)?(?:pas\sencore|toujours\spas)\s(?:18|majeure?)\b|\bencore\s\d+\smois\sa\stenir\b",
        0.85,
        unless_text=rx_any(
            OTHER_PERSON,
            ADULT_SPEAKING,
            GROWN_UP,
            r"\bquand\sj'avais\b|\bj'avais\b|\bj'etais\b|\b(?:19\d\d|200[0-8])\b",
        ),
    ),
    hit(
        # "douze ans et j'ai toujours pas de tel", "seize ans pis ma mère...",
        # "asv : 13 / f / paris", "c'était ma fête hier, 13 ans !", "mwen ni 15 an"
        "age_said_7",
        "minor_disclosure",
        rf"^\W*(?:{MINOR_AGE})\s?ans\s(?:et|pis|mais)\s(?:je|j'|ma|mon|mes|moi|encore|toujours|deja|obligee?)\b"
        rf"|\basv\W{{0,4}}(?:ben|bah|alors)?\W{{0,2}}(?:{MINOR_AGE})\s?(?:ans)?\W{{0,3}}(?:[fmh]|fille|gars|garcon)\b"
        rf"|\bma\sfete\b.{{0,20}}\b(?:{MINOR_AGE})\s?ans\b|\bmwen\sni\s(?:{MINOR_AGE})\san",
        0.85,
        unless_text=rx_any(OTHER_PERSON, ADULT_SPEAKING, GROWN_UP),
    ),
    hit(
        # "je dirai que j'ai 19", "j'ai dit que j'avais 18 en m'inscrivant", "je mens sur mon
        # age, jdis 19"
        "age_lie_7",
        "minor_disclosure",
        r"\b(?:je\sdirai|j'ai\sdit|je\sdis|jdis|j'ai\smis|je\smets|j'ai\smenti|je\smens)\s(?:que\s)?(?:j'ai|j'avais)?\s?(?:18|19|20)\b"
        r"(?!\s?ans\s(?:de|d'))|\bje\smens\s(?:parfois\s|souvent\s)?sur\smon\sage\b|\bfaut\s18\sans\b.{0,30}\bmentir\b",
        0.85,
        unless_text=rx_any(ADULT_SPEAKING, GROWN_UP),
    ),
    hit(
        # "ma mamie veut pas que j'ai de maquillage", "papa a mis un mot de passe sur l'ordi",
        # "ma mere a activé family link", "mes parents m'autorisent à aller en ville"
        "guardian_rule_7",
        "minor_disclosure",
        rf"\b{MY_GUARDIANS}\s(?:(?:il|elle|i|ils|eles)\s)?(?:m'a\s|me\s|m')?{GUARDIAN_RULE}"
        r"|\b(?:sans\s(?:un\s)?adulte|autorisation\sparentale|family\slink|couvre[\s-]?feu)\b.{0,60}\b(?:je|j'|mi|moi|mon|ma)\b"
        r"|\b(?:je|j'|mi)\b.{0,60}\b(?:sans\s(?:un\s)?adulte|autorisation\sparentale|family\slink|couvre[\s-]?feu)\b"
        r"|\b(?:j'ai\s)?pas\s(?:encore\s)?le\sdroit\sd'(?:y\s)?(?:aler|partir|sortir)\s.{0,30}\bseule?\b",
        0.8,
        unless_text=rx_any(THEIR_CHILD, ADULT_SPEAKING, GROWN_UP, YOUR_CHILD),
    ),
    hit(
        # "le préfet m'a convoqué", "la CPE elle m'a dit", "le prof de maths il nous donne
        # trop de devoirs"
        "school_staff_7",
        "minor_disclosure",
        rf"\b(?:le|la|l'|mon|ma|notre|nos|les)\s?{SCHOOL_STAFF}s?\s(?:(?:il|elle|ils)\s)?(?:m'a\s(?:dit|puni|cole|mis|suspendu|exclu|envoye|engueule|pris|confisque|vire|convoque|grounde|oblige|demande\sde)"
        r"|m'ont\s(?:dit|puni|cole|mis)|nous\s(?:donne|fait\sfaire|a\sdonne|oblige|met|a\smis|a\scole|a\spuni|a\sdit)"
        r"|me\s(?:dit|done|met|cole|punit|confisque|saoule|deteste|gronde))\b",
        0.8,
        unless_text=rx_any(
            ADULT_SCHOOL, OTHER_PERSON, GROWN_UP, r"\bconvoquee?.{0,30}\b(?:il|elle)\s(?:a|est)\b"
        ),
    ),
    hit(
        # "on a une classe verte", "le transport scolaire passe à 7h05, j'manque toujours l'autobus"
        "pupil_event_7",
        "minor_disclosure",
        rf"^(?=.*{PUPIL_FIRST})(?=.*\b{PUPIL_EVENT}\b).{{1,400}}",
        0.8,
        unless_text=rx_any(
            ADULT_SCHOOL,
            OTHER_PERSON,
            GROWN_UP,
            r"\bj'ai\speur\sde\sperdre|\bacompagnatrice|\bretrouve|\bgrenier|\bsouvenirs?\b|\bapres\b.{0,10}\bans\b",
        ),
    ),
    hit(
        # "jsuis nul en anglais mais bon c'est que la 6e", "l'an prochain je vais a l'athénée"
        "grade_now_7",
        "minor_disclosure",
        rf"\bc'est\sque\sla\s{GRADE}\b|\bje\svais\sa\sl'athenee\b|\bje\s(?:joue|suis)\s(?:au\s\w+\s)?en\s(?:u|m)1[0-8]\b"
        rf"|\b(?:mes\s(?:amies|potes|copines|copains)|on\sest)\sde\s(?:sec\s?[1-5]|{GRADE})\b|\bsuis\sarive\s\d+e\sdes\s(?:secondes|premieres|{GRADE})"
        rf"|\bmwen\sse\son\smineur|\bmi\sle\spli\sti\b|\ban\ska\sfe\spremie|\bjsuis\sen\s\d+vp\b|\bje\ssuis\sen\s\d+\s?vp\b",
        0.8,
        unless_text=rx_any(ADULT_SCHOOL, OTHER_PERSON),
    ),
    signal(
        "your_school_7",
        "child_frame",
        YOUR_SCHOOL,
        0.45,
        unless_text=rx_any(YOUR_CHILD, ADULT_AGE_SAID, TO_YOUR_PARENTS, PROTECTIVE),
    ),
    signal("erase_7", "secrecy", ERASE, 0.45),
    signal("lie_7", "secrecy", LIE_TO_TELL, 0.45),
    signal("keep_secret_7", "secrecy", KEEP_QUIET, 0.45),
    signal("isolate_7", "isolation", ISOLATE, 0.45),
    signal("meet_7", "meet", MEET_7, 0.4),
    signal("pay_7", "gift", PAY_7, 0.4),
    signal("photo_7", "photo_request", PHOTO_7, 0.4),
    signal(
        "mature_7",
        "maturity",
        MATURE_7,
        0.45,
        unless_text=rx_any(
            THEIR_CHILD,
            r"\b(?:il|ele)\s(?:a|est)\b|\bfais\sjeune\b|\bl'air\sjeune\b|\bplus\sjeune\sque\b",
        ),
    ),
    signal("guardians_belittled_7", "isolation", GUARDIANS_BELITTLED, 0.45),
    hit(
        # "tu sors du collège à quelle heure ?", "tu prends quel bus pour aller au collège ?",
        # "l'adresse de ton collège": a child's school day probed (grooming in every corpus)
        "school_schedule_7",
        "grooming",
        rf"^(?=.*(?:a\squele?\sheure|jusqu'a\squele?\sheure|quel\sbus|bus\sde\squele|l'adrese\sde|pres\sde\squel|quel\sarret|a\skel\sler))"
        rf"(?=.*\b{SCHOOL_WORD}\b)(?=.*(?:\btu\s(?:sors|sort|finis|fini|finit|rentres|rentre|prends|vas|habites)\b|\bt'as\scours\b"
        rf"|\bton\s{SCHOOL_WORD}|\bta\s(?:polyvalente|clase|ecole)\b|\bles\scours\b|\bou\sfini\b|\ble\scycle\b)).{{1,400}}",
        0.8,
        unless_text=rx_any(
            YOUR_CHILD,
            OTHER_PERSON,
            ADULT_AGE_SAID,
            r"\bfac\b|\buniv|\bmaster|\bbts\b|\biut\b|\bprepa\b|\bboulot|\btaf\b|\btravail",
        ),
    ),
    signal("protective_7", "protective", PROTECTIVE, 0.0),
)

RULES = RULES + RULES_7_CHILD

# rules-7: the school life rules of minor_disclosure (rules-3 to rules-7) read any "collège"
# near a first person as the writer's: an adult talking to a child about the child's school
# ("tu peux venir mercredi après les cours ?", "t'as cours jusqu'à quelle heure au bahut ?")
# and adults' school chores and memories ("conseil de classe jusqu'à 20h", "la cantine du
# collège augmente ses tarifs", "mon bulletin de 5e retrouvé au grenier") are not.
ADULT_SCHOOL_7: re.Pattern[str] = rx_any(
    r"^(?!.*\b(?:je\ssuis|jsuis|moi\saussi|moi\sje|j'ai\scours|j'ai\s\d+|mon\scolege|ma\sclase|mon\slycee"
    r"|on\sa\scours|je\svais\sau|je\srentre|j'ai\scontrole)\b)"
    r".*(?:\b(?:tu|t'as|t'es|te|tes|ton|ta)\b.{0,50}\b(?:colege|lycee|cours|ecole|bahut)\b"
    r"|\b(?:colege|lycee|cours|ecole|bahut)\b.{0,50}\b(?:tu|t'as|t'es|te)\b)",
    r"\bconseil\sde\sclase\s(?:jusqu'a|du\s\d|c'est|a\sdure)|\bcantine\b.{0,40}\b(?:augmente|tarifs?|prix|repas\sa|€|euros?)"
    r"|\bdeleguee?\sdes\sparents|\bcorection\sde|\bcopies\b|\bj'ai\speur\sde\sperdre|\bgrenier\b|\bsouvenirs?\b"
    r"|\bremonte\sa\sloin|\b\d+\sans\sapres\b|\bma\splus\sjeune\b|\bles\sgamins\b|\bmon\spropre\sfils"
    r"|\b(?:1[0-9]|[2-9]\d)\s?h\sd'ecran\b|\bm'a\sconvoquee\b.{0,30}\b(?:il|ele)\s(?:a|est)\b|\bj'avais\stout\soublie\b"
    r"|\b(?:le\sfils|la\sfile|les\senfants)\sde\s(?:ma|mon|mes)\b|\bcome\sun\spapy\b|\bles\sgosses\b|\bla\srencontre\sde\sparents|\bparent\sreferent",
)
_SCHOOL_LIFE_RULES = frozenset(
    {"pupil_life", "school_life", "school_day", "grade_context", "brevet_life", "pupil_role",
     "screen_rules", "pupil_words_6", "class_of", "pupil_event_7", "school_staff_7"}
)  # fmt: skip


def _adult_school_guarded(rule: Rule) -> Rule:
    """A school life rule of minor_disclosure with ``ADULT_SCHOOL_7`` added to its guard."""
    if rule.label != "minor_disclosure" or rule.name.split(".")[-1] not in _SCHOOL_LIFE_RULES:
        return rule
    own = rule.unless_text.pattern + "|" if rule.unless_text is not None else ""
    return replace(rule, unless_text=re.compile(own + ADULT_SCHOOL_7.pattern))


RULES = tuple(_adult_school_guarded(rule) for rule in RULES)


# Never grooming (rules-6): quotes, news and prevention name the moves; said to someone who
# is an adult by their age ("t'es mature pour ton âge mdr t'as 40 ans"); a sextortion
# demand (threat: "tu paies ou j'envoie tes photos à ta famille").
_NOT_GROOMING = rx_any(
    CHILD_PREVENTION,
    r"(?<!que\s)(?<!qu')\b(?:t'as|tu\sas|vous\savez)\s(?:19|[2-9]\d)\s?ans\b",
    r"\btu\spaies\b|\bou\sj'envoie|\bou\sje\s(?:les|te)\s(?:envoie|publie|balance|montre)",
)


_GUARDED_SIGNALS = frozenset(
    {"age_question", "school_question", "parents_question", "compliment", "photo_request", "meet",
     "gift", "secrecy", "isolation", "maturity", "alone", "child_frame", "romance",
     "minor_school_question", "majority_question"}
)  # fmt: skip


def _guarded(rule: Rule) -> Rule:
    """A grooming rule, or a signal of the moves grooming is weighed from, with the guard
    above added to its own (rules-6): "selon le parquet, il écrivait 'tu es si mature pour
    ton âge'"."""
    if rule.label != "grooming" and rule.signal not in _GUARDED_SIGNALS:
        return rule
    own = rule.unless_text.pattern + "|" if rule.unless_text is not None else ""
    return replace(rule, unless_text=re.compile(own + _NOT_GROOMING.pattern))


RULES = tuple(_guarded(rule) for rule in RULES)

# fp6: the n-gram head reads "photo" and "asv" as grooming whatever surrounds them
# ("envoie moi une photo de ton chien" 0.97, "t'es qui toi ? asv ?"); these signals keep
# its grooming score below the threshold (model.with_head). The rules' own hits and the
# accumulator's moves are untouched.
_MOVE_WORDS = (
    r"photo|snap|insta|belle|beau|jolie|mignone?|sexy|seule?|parents|clase|colege|lycee|secret"
    r"|cadeau|mature|ecole|mere|pere|voir|cam|num|numero|adrese"
)
RULES = (
    *RULES,
    signal(
        "thing_photo",
        "not_grooming",
        r"\bphotos?\s(?:de|du|des|d')\s?(?:ton|ta|tes|votre|vos|mon|ma|mes|notre|nos|ce|cete|ces|la|le|les)?\s?"
        r"(?:chien|chiene|chat|chate|chiot|chaton|animal|animaux|jardin|gateau|plat|repas|voiture"
        r"|moto|maison|apart\w*|salon|cuisine|vacances|paysage|rando|tableau|dessin|tatouage"
        r"|plante|potager|recette)s?\b(?!.*\b(?:de\stoi|toi\sen|ta\stete|ton\scorps)\b)",
        0.0,
    ),
    signal(
        # said to an adult: a spouse, a boss, one's own children; looking younger than one's age
        "adult_addressee",
        "not_grooming",
        r"\b(?:ta|votre)\s(?:feme|conjointe|patrone|cheffe|belle-mere|fille|fils)\b"
        r"|\b(?:ton|votre)\s(?:mari|conjoint|patron|chef|boulot|taf|travail|fils)\b|\btes\senfants\b"
        r"|\bplus\sjeune\sque\s(?:ton|votre)\sage\b",
        0.0,
    ),
    signal(
        "asv_alone",
        "not_grooming",
        rf"^(?:(?!\b(?:{_MOVE_WORDS})\b).)*\basv\b(?:(?!\b(?:{_MOVE_WORDS})\b).)*$",
        0.0,
    ),
)

# rules-8 (session 8, riskother8): families of threat, hate, harassment, self_harm and drugs
# (rules_other8.py; imported here, at the end, since it builds on the fragments above).
from papote.domain.risk.rules_other8 import RULES_OTHER_8  # noqa: E402

RULES = (*RULES, *RULES_OTHER_8)

# rules-8 (session 8): the child-safety labels' families in rules_child8.py, with the
# guard of quotes, news and prevention added to their grooming rules and signals.
from papote.domain.risk.rules_child8 import RULES_CHILD8  # noqa: E402

RULES = RULES + tuple(_guarded(rule) for rule in RULES_CHILD8)
