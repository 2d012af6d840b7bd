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

RULES_VERSION = "rules-6"

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
OTHER_PERSON = rx(
    r"\b(?:mon|ma|mes|son|sa|ses|ton|ta|tes|notre|votre|leur|leurs|nos|vos)\s(?:petite?\s)?"
    r"(?:fils|file|files|frere|soeur|neveu|niece|cousin|cousine|enfants?|gosses?|petits?-enfants?"
    r"|eleves|chien|chiene|chat|chate|voiture|bebe|ainee?|cadete?|gamine?s?|grand|grande)"
    r"|\bil\sy\sa\b|\bil\sa\b|\belle\sa\b|\bils\sont\b|\belles\sont\b|\bont\b"
    r"|\bje\ssuis\s(?:prof|profeseure?|enseignante?|surveillante?|cpe|parent|maman|papa|mere|pere)"
    r"|\bj'enseigne|\bquand\sj'etais|\ba\sl'epoque"
    r"|\b(?:elle|il)\s(?:entre|rentre|passe)\sen\s|\b(?:elle|il)\sva\s(?:avoir|sur\sses)"  # rules-5
)
# rules-5: someone else's child, said to or of another adult ("ta fille a quel âge ?").
YOUR_CHILD = rx(
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
GRADE_NOT_SCHOOL = r"(?!\s?(?:anee|fois|ligne|position|place|partie|semaine|main|chance|guere))"
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
CHILD_PREVENTION = rx(
    PREVENTION.pattern
    + "|"
    + REPORTED.pattern
    + r"|\b(?:piege|bloque\set\ssignale|bloque-le|un\sinconu\squi"
    r"|une\spersone\squi|un\sadulte\squi|la\sphrase|rappelle|asociation|les\sescrocs|mefie-toi|mefiez"
    r"|parquet|dans\sle\sdosier|glacant|jamais\snormal|si\squelqu'un\s(?:veut\sque\stu|te\sdemande\s(?:de|ton|ta|tes|une|des))|parles?-en|parlez-en)\b|«"
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
    r"|d'anciennete|de\smariage|minimum|min\b|maximum|max\b|et\s\+|\+|revolus|requis|et\splus)"
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
REPORTED_OTHER = rx(REPORTED.pattern + "|" + QUOTED)
# Friends' banter: laughter with affection or a game ("mdr t'es con, je t'adore").
BANTER_PATTERN = (
    r"^(?=.*(?:mdr|ptdr|lol|xd|😂|🤣|haha|jpp))(?=.*(?:t'adore|t'aime|je\srigole|frerot|mon\sgros"
    r"|ma\sbelle|perdu|fifa|game|partie|bisous|❤|😘|c'est\spour\sca)).{1,400}"
    r"|je\st'adore|je\st'aime|je\srigole|c'est\spour\sca\sque\sje\s"
)
HARASSMENT_NOT = rx(REPORTED_OTHER.pattern + "|" + BANTER_PATTERN)
GAME = (
    r"😂|🤣|\b(?:mdr|ptdr|lol|xd|fifa|mario|fortnite|valo|rocket\sleague|smash|uno|petanque"
    r"|babyfoot|baby-foot|kicker|hockey|echecs|five|match|game|partie|manche|tournoi|belote"
    r"|poker|jeu|1v1|resto|rdv|cinema|cine|discord\spour|rire|gateau|oreilles|planter\sla"
    r"|planter\sdes|spoil\w*|boss|playlist|record|calories|croute|au\sfoot|a\sla\scourse)\b"
)
THREAT_NOT = rx(
    GAME + "|" + REPORTED.pattern + "|" + QUOTED + r"|si\stu\s(?:rates|loupes|manques|vois\spas)"
    r"|de\spas\setre\svenue?|film|serie|concert|spectacle|soiree\setait|episode"
)
KNOW_WHERE_NOT = rx(
    THREAT_NOT.pattern + r"|tu\sme\sl'as\sdit|tu\sm'as\sdit|tu\sme\sl'avais\sdit"
    r"|te\s(?:prendre|chercher|deposer)|deposer|colis|les\scles|a\speu\spres|cote\sdu|a\scote"
    r"|party|il\sm'a|menace|je\sfais\squoi|anniversaire|invitation|faire-part"
)
# A threat to publish pictures reported by its victim, or a warning about it.
SEXTORTION_NOT = rx(
    REPORTED.pattern + r"|me\sfait\sdu\schantage|si\squelqu'un|ne\spa(?:ie|ye)z?\spas|pharos"
    r"|plainte|sextorsion|delit|vacances|mariage|mamie|concours|souvenirs?|mes\s(?:vieilles\s)?"
    r"photos|adorer|des\svacances|du\smariage|ta\sfete|bapteme"
)
HATE_NOT = rx(
    REPORTED.pattern + "|" + QUOTED + r"|mort\saux\scons|je\ssuis\s(?:arabe|noire?|juive?"
    r"|musulmane?|gay|lesbienne|trans|bi)|fiere?\sde|ont\sle\sdroit|leurs\sdroits|droits\s(?:civiques|des)"
    r"|victimes?|discrimination"
)
SCAM_NOT = rx(
    r"\b(?:n'existe\spas|mefie\w*|attention|arnaqu\w*|escroc\w*|jamais|ne\sclique\w*\spas"
    r"|reportage|article|fraude|(?<!sans\s)risque|avis\ssur|selon|perdu|me\srembourser|rembourse\sles"
    r"|je\ste\srembourse\s(?:les|la)\s|cagnotte|visio|playlist|mon\sprofil|famille\b.{0,20}lien"
    r"|lien\sdu\sgroupe|tombola|grattage|au\sloto|poker|salaire|comme\s(?:aide|prof|infirm"
    r"|gratuit\sle|musee"
    r"|vendeu|serveu|caissi)|beau-frere|mon\scopain\sjoue|comprends\srien)"
)
PROSTITUTION_NOT = rx(
    r"\b(?:gratuit\sle|musee|ford\sescort|escorte\spolic\w*|dans\sle\sjeu|prostitution|proxenete|victimes?|reportage|condamne|3919"
    r"|article|manifest\w*|livre\b|kine\b|kinesitherapeute|\bspa\b|esthetici\w*|diplome"
    r"|pieds|passe\sdecisive|en\sretrait|sugar\sfree|h&m|cours\sde|guitare|maths|piano"
    r"|baby-?sitting|parking|plombier|menage|location|camping|salle\sde\sbain|velo|anniv\w*"
    r"|noel|neveu|niece|commun|depart|naissance|mariage|sapin|surprise|fleuriste|bouquet"
    r"|jardin|rosier|saint-valentin|rouges|blanches|ma\sfemme|ma\scopine|ma\sblonde"
    r"|mon\schum|mon\samoureux|la\sfete|fete\sdes|soeur|maman|mere)\b"
)
DRUGS_NOT = rx(
    r"\b(?:prevention|info\sservice|sevrage|addiction|mauvais\spour|dangereu\w*|ravages|detruit"
    r"|saisi\w*|demantel\w*|arrete\w*\spour|trafic|selon|reportage|film|serie|breaking\sbad"
    r"|scarface|legal\w*|cbd|j'ai\sarrete|arreter\sde|comment\sparler|ma\sfille\sa\strouve"
    r"|medecin|prescrit|pharmacie|reduction\sdes\srisques|c'est\sde\sla\smerde|du\ssiecle"
    r"|ma\sdrogue|j'?fume\spas|je\sfume\spas|tant\smieux|etude|police|journal|sanitaire"
    r"|confiture|garba|kebab|raclette|pizzas?|chips|cigarette|clope|vape|cafe|the\svert|courses"
    r"|colis|repas|vins?|tintin|chocolat)\b"
)
DRUG_PRICE = (
    r"\d+\s?(?:€|e|balles|\$|euros?)?\s(?:le|la|les)\s(?:g|gr|gramme|\d+\s?g?|pochon|boulette"
    r"|bout|plaquette)\b|\b\d+\s?g\b|\d+\s?(?:€|e|balles|\$)\s(?:le|la)\s(?:gramme|g)\b"
)
SELF_HARM_NOT = rx(
    HELP_LINE.pattern + r"|\b(?:batterie|forfait|faim|chaleur|soif|si\sje\srate"
    r"|ma\smere\sva|ta\smere\sva|dossier|memoire|tome|livre|clopes|cigarettes|serie|film"
    r"|chanson|sketch|exam|de\srire|de\sfatigue|de\shonte|de\sjoie|a\sl'eau|ton\scou"
    r"|une\samie|un\sami|mon\sfils|ma\sfille|une\sado|prevention|si\sun\sami|etude|selon)\b"
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
        unless_text=rx(OTHER_PERSON.pattern + r"|\bles\sparents\sde\b|\bcontrole\sparental"),
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
        unless_text=rx(  # rules-6
            CHILD_PREVENTION.pattern + r"|\bsurprise|\banniversaire|\bfete\sdes\s(?:meres|peres)"
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
        unless_text=rx(AGE_IS_FINE.pattern + "|" + CHILD_PREVENTION.pattern),
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
        unless_text=rx(PREVENTION.pattern + r"|surprise|anniversaire|cadeau\spour|sa\sfete"),
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
        unless_text=rx(
            PREVENTION.pattern + r"|\bsurprise|\banniversaire|\bfete\sdes\s(?:meres|peres)"
        ),
    ),
    hit(
        "delete_for_secrecy",
        "grooming",
        r"\b(?:efface|supprime|suprime|delete)\s(?:\w+\s){0,3}(?:mesages?|conv\w*|discusion|photos?"
        rf"|historique|tout)\b.{{0,40}}(?:{PARENTS}|pour\sque\spersone|persone\sne|entre\snous)",
        0.85,
        unless_text=rx(  # rules-6: hiding from a partner or a boss, not from a child's parents
            PREVENTION.pattern
            + r"|\bma\sfeme\b|\bmon\smari\b|\bma\scopine\b|\bmon\scopain\b|\bmon\sconjoint"
            + r"|\bmon\schef\b|\bpoker\b"
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
        unless_text=rx(PREVENTION.pattern + r"|\bmon\sfils|\bma\sfile|\bmes\senfants"),
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
        unless_text=rx(AGE_IS_FINE.pattern + "|" + CHILD_PREVENTION.pattern),
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
        unless_text=rx(PREVENTION.pattern + r"|\bne\s(?:mens|mentez)\b|\bjamais\b"),
    ),
    hit(
        "gift_offer",
        "grooming",
        rf"^(?=.*\b{GIFT}\b)(?=.*\bje\s(?:\w+\s){{0,2}}(?:t'|te\s)(?:en\s|les\s|le\s|la\s)?"
        r"(?:ofr|envoi|achet|pay|pai|don|recharg|file|pase|prend)\w*).{1,300}",
        0.85,
        unless_text=rx(
            PREVENTION.pattern + r"|\bmon\sfils|\bma\sfile|\bmon\sneveu|\bma\sniece|\bmes\senfants"
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
        unless_text=rx(PREVENTION.pattern + r"|\bmon\sfils|\bma\sfile|\bmes\senfants|\bmon\sneveu"),
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
        unless_text=rx(PREVENTION.pattern + r"|non\sconsenti|delit|interdit|revenge"),
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
        ),
    ),
    hit(
        "hot_tonight",
        "sexual_solicitation",
        r"\b(?:t'?es|tu\ses|je\ssuis|chui|jsuis)\s(?:trop\s|tres\s|grave\s|toute\s)?(?:chaude?|en\schaleur"
        r"|excitee?)\b(?!\spour\s)(?!\sde\s)",
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
        unless_text=rx(
            JOKE_GAME.pattern + r"|\b(?:route|neige|verglas|pluie|conduis|trajet|froid|malade"
            r"|si\stu\s(?:rates|loupes|manques|vois\spas)|film|serie|concert|spectacle|resto)\b"
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
        r"\s(?:sont\stous|c'est\stous|sont\sdes|doivent|devraient|faut\sles|dehors"
        r"|ca\spue|c'est\sdes|n'ont\srien\sa\sfaire|sont\sinferieure?s|sont\sune\smaladie|sont\sdes\sanimaux"
        r"|me\sdegoutent|je\sles\sdeteste|on\sdevrait|controlent|volent|puent|c'est\sune\smaladie"
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
        r"(?!\s(?:de\s(?:rire|fatigue|faim|honte|froid|chaud|ennui|soif)|a\sla\stache|au\s(?:travail|boulot)"
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
        r"|\bplus\sla\sforce\sde\s(?:vivre|continuer)|\bje\sveux\s(?:plus\s)?me\sreveiller\splus"
        r"|\bje\sme\s(?:suis\s)?(?:encore\s)?(?:scarifie|scarifiee|mutile|mutilee)\b",
        0.9,
        unless_text=rx(HELP_LINE.pattern + r"|" + PREVENTION.pattern),
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
        r"|(?:^\W*|[,!]\s?)creve\b(?!\sde\s|\s?[,.]?\s?(?:je|j'ai|on))|\bdisparais\b"
        r"|\btu\s(?:devrais|merites|ferais\smieux|dois)\s(?:de\s)?(?:mourir|crever|disparaitre"
        r"|te\s(?:tuer|pendre|suicider|jeter|tirer\sune\sballe)|qu'on\ste\s\w+|pas\sexister"
        r"|etre\smort|de\screver|de\smourir)|\bdecalisse\b|\bdegage\s(?:de|d'|du)"
        r"|\b(?:casse|barre|tire)[\s-]toi\b(?!.{0,10}(?:d'ici\s(?:on|ensemble)))",
        0.88,
        unless_text=rx(REPORTED_OTHER.pattern + r"|on\sse\scasse|se\scasser|la\schanson"),
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
        unless_text=THREAT_NOT,
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
        r"(?:{EXTERMINATE}|soignes|enfermes|internes|interdits?|exister|naitre|avoir\sle\sdroit"
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
        r"|\b(?:vous\savez|tu\sas|t'as)\s(?:gagne|ete\s(?:tire|selectionne)e?)\b|\btire\sau\ssort"
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
        unless_text=rx(PROSTITUTION_NOT.pattern + r"|😂|🤣|\bhein\b|\bptdr\b"),
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
        r"|\d+)|\b(?:t'es|tu\ses|c'est)\sa\scombien\b|\bcombien\s(?:pour|la)\s(?:une\s|la\s)?(?:nuit"
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
        r"(?!\s(?:de\s(?:rire|fatigue|faim|honte|froid|chaud|ennui|soif)|a\sla\stache|au\s(?:travail"
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
        unless_text=rx(
            SELF_HARM_NOT.pattern + r"|cuisin\w*|cheveux|papier|doigt|rasant|ca\sfait\s\w+\s(?:ans?"
            r"|mois)\sque|arrete\sde\sme|psy"
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
        unless_text=rx(
            SELF_HARM_NOT.pattern + r"|pour\s(?:la|ma|le|mon|dormir)|migraine|tension|ca\sva\smieux"
            r"|j'ai\sdormi|ca\sa\smarche|mal\sde\stete|contre|prescrit"
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
        unless_text=rx(
            SELF_HARM_NOT.pattern + r"|vacances|demenage|a\sdans|escalade|jeu\b|du\smonde|bugue"
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
        r"(?:[/,\- ]\s?(?:f|h|g|fille|gars|garcon|meuf|mec)\b|et\stoi|$)",
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

# ------------------------------------------------------------------------------- rules-3
# Written on the hand-written corpus's train voices (data/risk/written/child-train.jsonl):
# compositional patterns (a first-person marker with school life, "you are a minor" with a
# dismissal, a gift for a photo, a meeting at your school...) rather than one per phrasing.

# An adult's school words: a teacher or staff member speaking, a parent or relative, a
# memory, fetching a child, a place near a school, an adult's question about school.
ADULT_SCHOOL = rx(
    r"(?:je\ssuis|chui|j'suis|en\stant\sque|comme)\s(?:une?\s)?(?:prof|profeseure?|enseignante?|instit\w*"
    r"|surveillante?|cpe|directeur|directrice|principale?|aed|atsem|maitrese|maitre|agent|parent)\b"
    r"|\bj'enseigne|\bmes\seleves|\bmes\s(?:[3-6]\s?e|[3-6]eme|sixiemes|cinquiemes|quatriemes|troisiemes"
    r"|secondes)\b|\bcorige|\bje\s(?:bosse|travaile)|\bmon\stravail|\bmon\sboulot"
    r"|\b(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs)\s(?:fils|fille|filles|enfants?|gosses?|gamins?"
    r"|gamines?|neveu|niece|nieces|neveux|filleule?|petite?s?-enfants?|ados?|ainee?|cadete?|eleves)\b"
    # a brother or a cousin is someone else's school life, unless only company ("avec ma sœur")
    r"|(?<!avec\s)\b(?:mon|ma|mes|son|sa|ses)\s(?:grand|grande|petit|petite|frere|soeur|cousin|cousine)\b"
    r"|\bquand\sj'etais|\ba\sl'epoque|\bj'etais|\bc'etait|\bil\sy\sa\s\d+\sans|\bdans\smon\stemps"
    r"|\b(?:vais|va|dois|aller|passe|pase)\s(?:le\s|la\s|les\s)?(?:chercher|recuperer|deposer|emener)"
    r"|\ben\sface\sdu|\ba\scote\sdu|\bpres\sdu|\bpas\sloin\sdu|\bquartier\sdu|\breunion|\bparents?-profs?"
    r"|\bje\ssurveile\b|\bsurveiler\sle\b|\b(?:de|du)\s(?:mon|notre)\squartier\b"  # rules-6
    r"|\b(?:le\smien|la\smiene|les\smiens|les\smienes)\b|\b(?:mon|ma|mes)\sancien(?:ne)?s?\b"
    # rules-6b: the other person's school ("vous êtes encore au collège ?", "ta journée au
    # collège", "t'as le brevet cette année ?"), adults at work with pupils or children
    r"|\bvous\s(?:etes|allez)\b|\bta\s(?:journee|semaine|rentree)\b|\b(?:t'as|tu\sas|tu\spase)\s(?:le|ton)\s(?:brevet|bac|bepc)"
    r"|\bvous\s(?:prendre|chercher|recuperer)|\bte\sprendre|\b(?:ecris|apele|envoie)[\s-]moi\b|\bquand\st'as\spas\scours"
    r"|\btu\sme\s\w+\s.{0,30}apres\sles\scours|\bles\sautres\sau\s(?:colege|lycee)|\bles\sparents\sde\b|\bcontrole\sparental"
    r"|\bprof\sprincipale?\sd'une|\baesh\b|\bj'acompagne|\bune?\seleve\b|\bj'entraine\b|\bentraineu\w*|\bcoach\b|\beducat\w*"
    r"|\bstage\sd'ete|\b(?:potes|amis|copains|copines)\s(?:du|de\smon|de\sma)\s(?:lycee|colege)|\bconfisquer\b|\bj'ai\s(?:du\s)?confisque"
    r"|\bcontrat\b|\bmon\staf\b|\bmes\scolegues|\bclases\s(?:de|d')|\bmes\sclases|\bformatrice|\benseignement"
    r"|\bterminale|\bgrand\soral|\bparcoursup\b(?!\sc'est\sl'anee\sprochaine)|\b(?:me|m')\s?[a-z]{3,}ait\b"
    r"|\bconseil\sde\sclase\sdes|\b(?:tu\ses|t'es|tu\svas|t'vas)\s(?:au|en)\b|\bles\scolegiens"
    # the other person's school ("je viens te chercher à la sortie du collège")
    # rules-6: the other person seen there ("je t'ai vue sortir du collège")
    r"|\bt'ai\s(?:vue?|croisee?|aperc\w*|remarquee?|atendue?)\b"
    r"|\bte\s(?:cherche\w*|recup\w*|voi\w*|atend\w*|prend\w*|rejoin\w*|chope\w*|ramene\w*|depose\w*)"
    r"|\bt'atend|\bta\s(?:sortie|clase)\b"
    r"|\bton\s(?:colege|lycee|ecole)\b|\btu\s(?:sors|sort|finis|fini|rentres|vas)\b|\bde\stoi\b"
    r"|\btes\s(?:devoirs|cours|profs|exercices|notes|copines\sde\sclase)\b|\bta\s(?:prof|maitrese|recre)\b"
    r"|\b(?:passe|viens|vais|peux)\ste\s\w+"
    # someone else's school life, a spouse's job, a memory in the imperfect
    r"|\b(?:il|ils|elle|eles)\s(?:ne\s|n')?(?:doi\w*|pase\w*|revise\w*|realise\w*|travaile\w*"
    r"|(?:est|sont|va|vont)\s(?:au|en|dans))\b|\b(?:son|ses|leur|leurs)\s(?:brevet|colege|lycee|clase|prof|bac)\b"
    r"|\b(?:mon|ma)\s(?:feme|mari|conjointe?|compagne|compagnon|copine|copain)\b"
    r"|\b(?:infirmiere?|infirmier|medecin|psychologue|assistante?|conseillere?|agent|transport)\sscolaire"
    r"|\bje\s[a-z]{2,}ais\b|\bj'(?:etais|avais|alais)\b|" + REPORTED.pattern + "|" + ADULT_SPEAKING
)
# The same, said of someone else's child: guards of the grooming rules (which are about
# the other person's school).
CHILD_OF = rx(
    r"\b(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs)\s(?:fils|fille|filles|enfants?|gosses?|gamins?"
    r"|gamines?|neveu|niece|nieces|neveux|filleule?|petite?s?-enfants?|ados?|eleves)\b|\bmes\seleves"
)
# "You are a minor" said to someone, then waved away ("t'as 13 ? pas grave").
YOU_MINOR = (
    rf"(?:(?:t'as|tu\sas)\s(?:que\s|seulement\s|juste\s)?{MINOR_AGE}(?:\s?ans)?"
    rf"|(?:t'es|tu\ses)\s(?:en\s{GRADE}|au\scolege|encore\sau\scolege|mineure?|colegiene?|lyceene?)"
    rf"|t'a\s{MINOR_AGE}\b)"
)
DISMISS = (
    r"(?:(?:c'est\s)?pas\sgrave|(?:ca\s)?me\sderange\spas|on\ss'en\s(?:fout|fiche|moque)|peu\simporte"
    r"|ca\schange\srien|(?:c'est\s)?pas\sun\sprobleme|j'aime\sbien|j'adore|je\sprefere|tant\smieux|osef"
    r"|je\sm'en\s(?:fous|fiche)|et\salors|pas\sde\sprobleme|ca\sme\splait|c'est\smieux|c'est\scool)"
)
FLATTERY = (
    r"(?:bele|jolie|bone|mignone|formee|developpee|grande|mature|mure|canon|sexy|bien\sfaite|avancee|bg"
    r"|beau|mignon|charmante)"
)

RULES_3: tuple[Rule, ...] = (
    # ----------------------------------------------------------- minor_disclosure
    hit(
        "moi_age",
        "minor_disclosure",
        rf"\bmoi\s(?:c'est\s|c\s|ce\s|perso\s)?({MINOR_AGE})(?:\s?{YEARS})?"
        r"(?=\s?(?:$|[^\w\s']|(?:et\s(?:toi|twa|vous|demi)|mdr|ptdr|lol|quoi|jsp|pk|pourquoi|bientot|tkt"
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
        r"(?=.*\b(?:au|du|en|mon|dans\sun|dans\smon|de\smon|a\sl'ecole|apres\sle)\s(?:colege|lycee|primaire"
        r"|ecole\sprimaire|perm)\b).{1,300}",
        0.8,
        unless_text=ADULT_SCHOOL,
    ),
    hit(
        "class_of",
        "minor_disclosure",
        rf"\b(?:ma|notre)\sclase\sde\s({GRADE})\b|\b(?:on\sest|je\ssuis)\s(?:\w+\s){{0,2}}(?:dans\s)?"
        rf"(?:la\s)?(?:meme\s)?clase\sde\s({GRADE})\b|\b({GRADE})\soblige\b",
        0.8,
        unless_text=ADULT_SCHOOL,
    ),
    hit(
        "school_discipline",
        "minor_disclosure",
        r"\b(?:j'ai|m'a\smis|on\sm'a\smis|je\ssuis\sen|j'ai\seu)\s(?:\w+\s){0,2}(?:heure\sde\scole|retenue)\b"
        r"|\bma\sprof\s(?:de\s(?:maths?|francais|anglais|histoire|histoire-geo|svt|physique|physique-chimie|techno"
        r"|musique|sport|eps|espagnol|allemand|arts\splastiques|latin)|principale)\s(?:\w+\s){0,2}(?:m'a|me\s|m'|nous)",
        0.8,
        unless_text=ADULT_SCHOOL,
    ),
    hit(
        "brevet_life",
        "minor_disclosure",
        r"\b(brevet\sblanc)\b|\ble\s(brevet)\s(?:c'est|arrive|aproche|dans|demain|lundi|en\sjuin|cete\sanee)"
        r"|\b(?:je|j'|moi)\s(?:\w+\s){0,3}(brevet)\b",
        0.8,
        unless_text=rx(
            ADULT_SCHOOL.pattern
            + r"|\bj'ai\seu\s(?:mon|le)\sbrevet|brevet\sde\s(?:pilote|secourisme"
            r"|natation|technicien)|bafa|\ben\s(?:19|20)\d\d"
        ),
    ),
    hit(
        "too_young_here",
        "minor_disclosure",
        r"\bje\ssuis\s(?:beaucoup\s|bien\s)?(?:trop|tro)\s(?:jeune|petite?)\b(?=\s?(?:$|[^\w\s']|pour\s(?:ce\ssite"
        r"|ce\stchat|ce\schat|etre\s(?:ici|la)|ici|sortir|le\stchat)|mdr|ptdr|lol|jsp|je\ssais\spas|frr|hein|mais"
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
        r"\b(?:notre\s|la\s|l')?(?:diference|ecart)\sd'age\s(?:entre\snous\s)?(?:n'a\s(?:aucune|pas\sd')\simportance"
        r"|ne\scompte\spas|compte\spas|on\ss'en\s(?:fout|fiche|moque)|c'est\spas\s(?:grave|un\sprobleme|important)"
        r"|(?:ne\s)?(?:me\s)?derange\spas|m'importe\speu|pas\sgrave|ca\scompte\spas)"
        r"|\bl'?age\W{0,3}(?:ce\sn'est|ca\sn'est|c'est\sjuste|c'est|n'est|est|c)\s(?:qu'|que\s|juste\s|rien\sque\s"
        r"|rien\squ')?(?:un\s)?(?:chifre|nombre|detail)",
        0.88,
        unless_text=rx(AGE_IS_FINE.pattern + "|" + CHILD_PREVENTION.pattern),
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
        unless_text=rx(CHILD_OF.pattern + "|" + CHILD_PREVENTION.pattern),
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
        unless_text=rx(
            CHILD_PREVENTION.pattern
            + r"|surprise|anniversaire|boulot|chef|patron|colegue|demision|mariage"
            r"|\bfete\b|enceinte|promotion"
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
        unless_text=rx(
            CHILD_PREVENTION.pattern
            + r"|\bligne|\bcolone|\bcaractere|\bfichier"
            + r"|\bma\sfeme\b|\bmon\smari\b|\bpoker\b"  # rules-6
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
        unless_text=rx(CHILD_PREVENTION.pattern + "|" + CHILD_OF.pattern),
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
        unless_text=rx(CHILD_PREVENTION.pattern + "|" + CHILD_OF.pattern),
    ),
    hit(
        "meet_at_school",
        "grooming",
        r"\b(?:on\sse\s(?:voit|retrouve|capte|rejoint)|je\s(?:t'atends|t'atendrai|viens|pase|serai|peux\svenir)"
        r"|rejoins\s?moi|je\ste\s(?:retrouve|prend\w*|recup\w*|chope\w*))\s(?:\w+\s){0,3}(?:devant|a\sla\ssortie"
        r"\s(?:de|du|des)|apres|pres\sde|a\scote\sde|vers)\s?(?:ton|ta|tes|l'|les)?\s?(?:colege|lycee|ecole|bahut"
        r"|cours|arret\sde\sbus)\b",
        0.85,
        unless_text=rx(PREVENTION.pattern + "|" + OTHER_PERSON.pattern),
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
            r"|roses|cadeau|euros?)\b|€"
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
        unless_text=rx(
            PREVENTION.pattern
            + r"|\bserieuse?\b|tarif\w*|payant\w*|remuner\w*|cadeau|roses|€|euros?"
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
        unless_text=rx(r"\b(?:supprime|bug|desinstal\w*|panne|l'utilise|algorithme|plus|jamais)\b"),
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
        unless_text=rx(CHILD_OF.pattern + "|" + ADULT_SPEAKING),
    ),
    hit(
        "punished",
        "minor_disclosure",
        rf"\b(?:{SUIS}|moi\s)\s?(?:encore\s)?(punie?|privee?\sde\s(?:sortie|{DEVICE}|console|ecran|jeux))\b"
        rf"|\bmon\s{DEVICE}\s(?:est\s|a\sete\s)?(?:confisque|bloque\spar)\b"
        r"|\b(?:j'ai|jai|g)\s(?:un\s)?couvre-?\s?feu\b|\bmon\scouvre-?\s?feu\b",
        0.8,
        unless_text=rx(
            CHILD_OF.pattern + "|" + ADULT_SPEAKING + r"|\bmon\s(?:mec|copain|mari|chef|patron)"
        ),
    ),
    hit(
        "screen_rules",
        "minor_disclosure",
        rf"^(?={FIRST_PERSON}).*\b(?:temps\sd'ecran|\d+\s?h\sd'ecran|argent\sde\spoche"
        r"|(?:au\slit|me\scoucher|dormir|eteindre\s\w+)\sa\s(?:19|20|21)\s?h(?:\d\d)?)\b"
        r"|\b(?:sans\s(?:demander|la\spermission)|je\s(?:demande|dois\sdemander|vais\sdemander))\sa\s(?:maman|papa)\b",
        0.8,
        unless_text=rx(
            CHILD_OF.pattern + "|" + ADULT_SPEAKING + r"|\b(?:aux|les|des)\s(?:enfants|petits)\b"
        ),
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
        unless_text=rx(CHILD_OF.pattern + "|" + ADULT_SPEAKING),
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
        rf"|\bsans\s(?:le\sdire|en\sparler|prevenir|le\ssavoir)\s(?:a\s)?(?:{GUARDIANS})"
        rf"|\b(?:dis|dit|repete|raconte)(?:-le|-lui|-leur)?\s(?:rien|pas|jamais)\s(?:\w+\s)?a\s(?:{GUARDIANS})"
        rf"|\bpour\s(?:que|qu')\s?(?:{GUARDIANS})\s(?:n'|ne\s)?(?:t'|te\s|nous\s)?(?:entende|voie|voit|sache|lise)\s(?:pas|rien)"
        rf"|\bpas\savec\s(?:{GUARDIANS})\b|\bau\scas\sou\s(?:{GUARDIANS})\s(?:fouille|regarde|lit|verifie)"
        rf"|\bami\sde\s(?:ton\spere|ta\smere|tes\sparents)\b.{{0,30}}\bne\s(?:lui|leur)\sdis\spas",
        0.88,
        unless_text=rx(
            CHILD_PREVENTION.pattern + r"|surprise|anniversaire|cadeau\spour\s(?:ta|ton|tes)"
        ),
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
        unless_text=rx(CHILD_PREVENTION.pattern + "|" + CHILD_OF.pattern),
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
        unless_text=rx(CHILD_OF.pattern + "|" + CHILD_PREVENTION.pattern),
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
        unless_text=rx(
            YOUR_CHILD.pattern + "|" + CHILD_OF.pattern + "|" + CHILD_PREVENTION.pattern
        ),
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
        unless_text=rx(CHILD_PREVENTION.pattern + r"|surprise|anniversaire"),
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
SCHOOL_YEAR = (
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
        unless_text=rx(
            ADULT_SCHOOL.pattern + "|" + ADULT_SPEAKING + r"|\breconversion\b|\bformation\sadulte"
        ),
    ),
    hit(
        "pupil_exam",
        "minor_disclosure",
        rf"\b(?:je\s(?:pase|prepare|revise|rate|passe)|j'ai\s(?:eu|rate|le)|mon|pour\smon|pour\sle|avant\sle"
        rf"|on\spase|apres\smon)\s(?:le\s|mon\s|l'|du\s)?({PUPIL_EXAM})\b",
        0.84,
        unless_text=rx(ADULT_SCHOOL.pattern + "|" + ADULT_SPEAKING + r"|\bmes\seleves|\bsurveill"),
    ),
    hit(
        "subject_in_first_person",
        "minor_disclosure",
        rf"\b(?:mon|ma)\s(?:prof|profe|profeseure?)\s(?:de\s|d')\s?{SUBJECT}\s(?:m'|me\s|nous\s|va\sme|veut\sme|a\sdit|est)"
        rf"|\b(?:j'ai|on\sa|g)\s(?:un\s|une\s)?(?:controle|interro|dans|ds|eval|evaluation|expose|devoir\ssurveile)"
        rf"\s(?:de\s|d'|en\s)?{SUBJECT}\b"
        rf"|\b(?:j'ai|on\sa|g)\s(?:dans|ds)\s(?:demain|lundi|mardi|mercredi|jeudi|vendredi|cet\saprem|tout\sa\sl'heure)\b",
        0.82,
        unless_text=rx(
            ADULT_SCHOOL.pattern + "|" + ADULT_SPEAKING + r"|\bcours\sdu\ssoir|\bformation"
        ),
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
        unless_text=rx(
            CHILD_OF.pattern
            + "|"
            + ADULT_SPEAKING
            + r"|\bma\smer\s(?:du|de|mediter|noire|rouge|bleue)"
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
        unless_text=rx(
            CHILD_PREVENTION.pattern
            + "|"
            + CHILD_OF.pattern
            + r"|\bpour\s(?:ton|ta)\s(?:fils|fille|enfant)"
            r"|\bremboursement|\bje\ste\sdois\b"
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
        unless_text=rx(
            CHILD_PREVENTION.pattern
            + r"|surprise|anniversaire|cadeau\spour\s(?:ta|ton|tes)|fete\sdes"
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
        unless_text=rx(CHILD_PREVENTION.pattern + "|" + CHILD_OF.pattern),
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
        unless_text=rx(YOUR_CHILD.pattern + r"|\bremboursement|\bje\ste\sdois\b"),
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
        unless_text=rx(
            CHILD_OF.pattern + "|" + ADULT_SPEAKING + r"|\bau\stravail|\bboulot|\bpatron|\bchef"
        ),
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
        unless_text=rx(CHILD_PREVENTION.pattern + "|" + YOUR_CHILD.pattern),
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
        unless_text=rx(CHILD_PREVENTION.pattern + "|" + CHILD_OF.pattern),
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
        unless_text=rx(CHILD_PREVENTION.pattern + r"|surprise|anniversaire"),
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
        unless_text=rx(
            CHILD_OF.pattern + "|" + ADULT_SPEAKING + r"|\bquand\sj'etais|\bprenait|\bpediatre"
        ),
    ),
    hit(
        "bedtime_6",
        "minor_disclosure",
        r"\bje\s(?:dois|doi|doit)\s(?:aler\s(?:au\slit|me\scoucher|dormir)|dormir|me\scoucher|eteindre)\s(?:a|avant)\s(?:19|20|21|22)\s?h"
        r"(?=.*(?:nul|honte|personne\sse\scouche|en\ssemaine|parents|mere|pere))",
        0.8,
        unless_text=rx(ADULT_SPEAKING + r"|\bboulot|\btravail|\bbosse"),
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
        unless_text=rx(
            ADULT_SCHOOL.pattern
            + r"|\bterminale|\bgrand\soral|\bmes\senfants|\bmoniteur|\banim\w*|\bme\smanque"
            + r"|\bcegep|\buqam"
        ),
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
        unless_text=rx(
            ADULT_SCHOOL.pattern + r"|\bmes\senfants|\banim\w*|\bmoniteur|\bles\spetits|\bma\sclase"
        ),
    ),
    hit(
        "grade_peers",
        "minor_disclosure",
        rf"\b(?:qui|qqn|qqun|quelqu'un|des\sgens|du\smonde|le\squi|y'?\s?a\s(?:\w+\s)?du\smonde)\s(?:\w+\s){{0,3}}?(?:est\s|le\s|ici\s)?en\s({SCHOOL_YEAR})"
        rf"|\bje\ssuis\sen\s(2e|2eme|1re|1ere)\b(?!\s?anee\s(?:de|d'))",
        0.82,
        unless_text=rx(
            ADULT_SCHOOL.pattern + r"|\bmedecine|\bdroit|\bingenieur|\balternance|\bfac\b"
        ),
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
        unless_text=rx(
            YOUR_CHILD.pattern
            + "|"
            + CHILD_PREVENTION.pattern
            + r"|\bde\s(?:carriere|metier|boite|mariage)"
            + r"|\b(?:vingt|trent|quarant|cinquant|soixant)aine"
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
        unless_text=rx(
            ADULT_AGE_SAID
            + "|"
            + TO_YOUR_PARENTS
            + "|"
            + YOUR_CHILD.pattern
            + "|"
            + CHILD_PREVENTION.pattern
            + r"|\bbonjour\sde\sma\spart|\bvont\sbien"
        ),
    ),
    hit(
        "endearment_probe",
        "grooming",
        rf"^(?=.*{CHILD_ENDEARMENT})(?=.*(?:{AGE_QUESTION}|\bclase|\bcolege|\bprofeseur|\bparents|\bphoto|\bnumero|telegram|whatsap|snap|cadeau|majeure)).{{1,400}}",
        0.84,
        unless_text=rx(
            ADULT_AGE_SAID
            + "|"
            + TO_YOUR_PARENTS
            + "|"
            + CHILD_PREVENTION.pattern
            + "|"
            + YOUR_CHILD.pattern
        ),
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
        r"|\b(?:mature|mure)\spour\s(?:votre|ton)\sage\b|\bune\s(?:si\s)?jeune\spersone\b",
        0.84,
        unless_text=rx(
            AGE_IS_FINE.pattern
            + "|"
            + CHILD_OF.pattern
            + "|"
            + CHILD_PREVENTION.pattern
            + r"|\b(?:t'as|tu\sas|j'ai)\s[2-9]\d\s?ans"
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
        unless_text=rx(CHILD_PREVENTION.pattern + "|" + CHILD_OF.pattern),
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
        unless_text=rx(CHILD_PREVENTION.pattern + r"|\bsurprise|\banniversaire"),
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
        unless_text=rx(
            ADULT_AGE_SAID
            + "|"
            + TO_YOUR_PARENTS
            + "|"
            + CHILD_PREVENTION.pattern
            + "|"
            + CHILD_OF.pattern
        ),
    ),
    hit(
        "app_from_guardians",
        "grooming",
        rf"^(?=.*(?:\b(?:{APPS_ADD})\b|\bnumero\b|\bappli|\breseau\sfantome|\bconversation\ssecrete))(?=.*(?:{YOUR_GUARDIANS}|{CHILD_ENDEARMENT}"
        r"|\bpas\sde\sparents|groupe\sdes\sparents|\bsans\strace|s'efacent|\bsans\sque\spersone"
        r"|\bpersone\sne\s(?:lise|voit|sache|saura))).{1,400}",
        0.84,
        unless_text=rx(
            ADULT_AGE_SAID
            + "|"
            + TO_YOUR_PARENTS
            + "|"
            + CHILD_PREVENTION.pattern
            + "|"
            + YOUR_CHILD.pattern
            + "|"
            + CHILD_OF.pattern
        ),
    ),
    hit(
        "lie_6",
        "grooming",
        rf"\b(?:dis|dites|tu\sdis|tu\sdiras|raconte|tu\speux\sdire|mets|coche\w*|tu\scoches)\s(?:a\s(?:{YOUR_GUARDIANS})\s)?(?:que\s)?"
        r"(?:t'as|tu\sas|vous\savez|vous\setes|tu\ses|t'es)\s(?:1[89]|2\d|majeure?)"
        r"|\b(?:tu\speux\sdire|dis|dites|tu\sdiras)\sque\s(?:t'as|tu\sas|vous\savez)\s\d+\s?ans\b.{0,40}\b(?:si|quand)\s"
        r"|\bchange\sta\sdate\sde\snaissance|\bmens\s.{0,20}(?:a\s)?(?:ta|ton|tes|vos|votre)\s"
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
        unless_text=rx(YOUR_CHILD.pattern + "|" + CHILD_PREVENTION.pattern + "|" + ADULT_AGE_SAID),
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
        r"|\b(?:donez|envoyez|filez|donne|envoie|file)[\s-]moi\s(?:votre|ton)\s(?:numero|num|06|07|snap|insta|tel|whatsap)\b",
        0.86,
        unless_text=rx(CHILD_PREVENTION.pattern + r"|\bbloque|\bsignale"),
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
        unless_text=rx(
            ADULT_AGE_SAID
            + "|"
            + YOUR_CHILD.pattern
            + r"|\bma\sfeme|\bmon\smari|\bton\smari|\bta\sfeme"
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
        unless_text=rx(ADULT_AGE_SAID + "|" + CHILD_PREVENTION.pattern + "|" + CHILD_OF.pattern),
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
        unless_text=rx(ADULT_AGE_SAID + "|" + CHILD_PREVENTION.pattern + "|" + YOUR_CHILD.pattern),
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
        unless_text=rx(
            YOUR_CHILD.pattern
            + "|"
            + ADULT_AGE_SAID
            + "|"
            + TO_YOUR_PARENTS
            + r"|\bvont\sbien|\bbonjour\sde\sma\spart|\bpase\sle\sbonjour|\bboulot|\btaf\b"
            + r"|\bchez\s(?:tes|vos)\sparents"
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


# Never grooming (rules-6): quotes, news and prevention name the moves; said to someone who
# is an adult by their age ("t'es mature pour ton âge mdr t'as 40 ans"); a sextortion
# demand (threat: "tu paies ou j'envoie tes photos à ta famille").
_NOT_GROOMING = rx(
    CHILD_PREVENTION.pattern
    + r"|(?<!que\s)(?<!qu')\b(?:t'as|tu\sas|vous\savez)\s(?:19|[2-9]\d)\s?ans\b"
    + r"|\btu\spaies\b|\bou\sj'envoie|\bou\sje\s(?:les|te)\s(?:envoie|publie|balance|montre)"
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
