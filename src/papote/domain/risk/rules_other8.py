"""rules-8 for threat, hate, harassment, self_harm, drugs, then prostitution,
sexual_solicitation and scam_spam (session 8, "riskother8").

Written as families of expression, each from the misses of three dev writers (heldout-5,
burned; other-dev-6; other-dev-7) grouped by what they do, with French word lists
(lexicon.py's ``*_8`` lists), never a rule fitted to one line: veiled threats, threats to
a family, doxxing, money for deleting pictures; a group called by a contemptuous
predicate or told not to exist; insults and mockery aimed at the other; self-harm as means,
goodbyes, not waking up, hurting oneself; drugs as a buyer's ask, street names, a price
per unit with a drug word; then a client's ask and a price for time, special massages, an
escort's terms; a no-strings proposal, the bed or a room tonight; money doubled, recruiting
for trading, a pending link. Every rule was checked against every row of data/risk (rules
alone, each file, before and after): docs/detection.md, "Session 8: riskother8".

Imported at the end of rules.py and appended to its RULES.
"""

from __future__ import annotations

from papote.domain.risk.lexicon import (
    AMOUNT,
    CONTEMPT_8,
    DRUGS,
    DRUGS_8,
    DRUGS_AMBIGUOUS,
    GROUPS_8,
    MEANS_8,
    MEDIA,
    PERSON_INSULTS_8,
    SLURS_8,
)
from papote.domain.risk.rules import (
    DRUGS_NOT,
    GAME,
    HARASSMENT_NOT,
    HATE_NOT,
    KNOW_WHERE_NOT,
    PAID_NOT,
    PROSTITUTION_NOT,
    SCAM_NOT,
    SELF_HARM_NOT,
    SEXTORTION_NOT,
    SEXUAL_7_NOT,
    Rule,
    hits,
    rx_any,
)

# ------------------------------------------------------------------ shared fragments
# Who a threat or a blackmail names around the other person.
CLOSE_8 = (
    r"(?:ta|votre)\s(?:feme|famile|mere|fille|soeur|petite\ssoeur|copine|meuf|daronne|patrone"
    r"|cheffe|boite|blonde)|(?:ton|votre)\s(?:mari|fils|pere|frere|petit\sfrere|mec|copain|chum"
    r"|daron|patron|boss|chef|employeur|groupe\sde\sfamile|groupe)"
    r"|(?:tes|vos)\s(?:gosses|enfants|parents|proches|soeurs|freres|potes|amis|colegues|contacts"
    r"|abones|followers)"
)
# A condition laid on the other before an act: "continue", "un mot de plus", "si tu me bloques".
PUSH_8 = (
    r"(?:continue(?:s|z)?(?:\scome\sca|\sa\s\w+)?|un\smot\sde\s(?:plus|trop)|encore\sun\smot"
    r"|touche\sencore|retouche|recomence|refais\sca|si\stu\s(?:me\s|m')?(?:bloques|signales|reponds"
    r"\spas|rembourses\spas|rends\spas|parles\sencore|recomences|continues|touches|lache\spas)"
    r"|tu\scrois\sque\stu\s(?:peux|vas)\s(?:me\s)?(?:bloquer|m'echaper|partir|te\scacher)"
    r"|la\sprochaine\sfois|avant\ssamedi|avant\slundi|t'as\sjusqu'a)"
)
# What a threatener says he will do after such a condition.
ACT_8 = (
    r"(?:je|j'|on|pis\sje|et\sje)\s?(?:te\s|t'|vous\s)?(?:vais\s|va\s)?(?:viens|vient|venir"
    r"|debarque"
    r"|brule|bruler|crame|cramer|case|caser|defonce|defoncer|eclate|eclater|pete|peter|plante"
    r"|retrouve|trouve|trouverai|retrouverai|monte|descends|passe\schez)"
    r"(?:\s(?:te|vous|la|ta|ton|tes|chez|avec|les|l'|pour|devant|au|a))"
)
# Veiled words: "à bon entendeur", "t'es prévenu", "tu vas comprendre".
VEILED_8 = (
    r"(?:a\sbon\sentendeur|t'es\sprevenue?|tu\ses\sprevenue?|vous\setes\sprevenue?s?"
    r"|dernier\savertisement|c'est\stout\sce\sque\sje\sdis|je\sdis\sca\sje\sdis\srien"
    r"|tu\svas\scomprendre|on\srigole\splus|je\splaisante\spas|je\sbluf+e?\spas|reflechis\sbien"
    r"|tu\sdevrais\spas|on\ssait\sjamais\sce\squi|ca\sserait\sdomage)"
)
# What a person holds on the other: a name, an address, the contacts.
DOX_ITEM_8 = (
    r"(?:ton|ta|tes|votre)\s(?:vrai\snom|nom\sde\sfamile|nom|prenom|adrese(?:\sip)?|ip|plaque"
    r"|pseudo\sinsta|boite|ecole|numero|ville|lieu\sde\stravail)"
)
PRIVATE_MEDIA_8 = rf"(?:{MEDIA}|enregistre\w*|conversations?|mesages|vocal|appel\svideo)"


THREAT_8: tuple[Rule, ...] = (
    *hits(
        "threat",
        0.86,
        {
            # "continue comme ça et je viens te casser les dents", "un mot de plus et je brûle
            # ta baraque", "si tu me bloques je viens chez ta mère"
            "pushed_then_act_8": rf"\b{PUSH_8}\b.{{0,60}}\b{ACT_8}",
            # "je brûle ta bagnole", "crever les pneus de ton copain"
            "property_8": r"\b(?:je|j'|on)\s?(?:vais\s|va\s)?(?:brule|bruler|crame|cramer|creve"
            r"|crever"
            r"|case|caser|defonce|defoncer|raye|rayer|tague|taguer|eclate|eclater|nique|niquer)"
            r"\s(?:ta|ton|tes|votre|vos|les\spneus\sde\s(?:ta|ton)|la\s\w+\sde\s(?:ta|ton))\s?"
            r"(?:voiture|bagnole|caise|baraque|maison|vitrine|porte|scooter|moto|pneus|apart"
            r"|magasin|comerce|boutique|velo|chalet|\w+\s(?:copain|copine|mec))\b",
            # "il pourrait arriver quelque chose à votre vitrine", "tu vas voir ce qui va
            # arriver à ta voiture"
            "might_happen_8": r"\b(?:il\s(?:pourait|risque\sde|va)\s(?:bien\s)?arriver"
            r"|il\sarive\svite)"
            r"\s(?:quelque\schose|un\smalheur|un\saccident|des\smalheurs|des\sbricoles)"
            r"|\bqu'il\s(?:t'|vous\s|lui\s)?arrive\s(?:quelque\schose|un\smalheur"
            r"|un\saccident)\sa\s"
            r"(?:ta|ton|tes|votre|vos)\b"
            r"|\btu\svas\svoir\sce\squi\s(?:va\s)?(?:se\spase|se\spaser|arive|ariver)"
            r"\s(?:a\s(?:ta|ton|tes|votre)|quand\son|si\stu|quand\stu)",
            # "tes gosses vont à quelle école ? ah oui je sais", "je sais à quelle école vont tes
            # gosses", "mon frère sait où tu restes"
            "knows_family_8": rf"^(?=.*\b(?:je\ssais|on\ssait|il\ssait|je\sconais)\b(?!\spas))"
            rf"(?=.*\b(?:{CLOSE_8}|tu\s(?:restes|bosses|travailles|habites|vis|dors|te\scaches))\b)"
            r"(?=.*\b(?:quele\secole|quel\scolege|quel\slycee|ou\s(?:tu|t')|ou\s(?:va|vont|bose"
            r"|travaile"
            r"|habite|dort|sort)|a\squele\sheure|avec\squi|rentre\sdu|sort\sde)).{1,300}",
            # "fais gaffe à ta petite sœur quand elle rentre ... c'est tout ce que je dis"
            "veiled_8": rf"^(?=.*\b{VEILED_8})(?=.*\b(?:{CLOSE_8}|chez\stoi|ta\sporte|ta\sboite"
            r"|en\srentrant|ton\sadrese|ton\snom|tu\sdors|je\ssais\sou|je\st'ai\svue?|a\sta\ssortie"
            r"|ce\ssoir|tes\spneus|la\scapture|6\sheures|\d+\sheures|\d+\sminutes"
            r"|bloquer)\b).{1,300}",
            # "j'ai ton nom de famille, ton adresse et le nom de ta boîte", "je vais te doxer",
            # "je trouve ton adresse, ça prend 5 minutes"
            "dox_8": rf"\bj'ai\s(?:deja\s)?{DOX_ITEM_8}\b.{{0,30}}\b{DOX_ITEM_8}\b"
            r"|\b(?:je|on)\s(?:vais\s|va\s)?(?:te\s)?dox+(?:er|e)\b|\bdox+er\b"
            r"|\b(?:poster|publier|balancer|diffuser|afficher)\s(?:ton|ta|votre)\s(?:adrese"
            r"|vrai\snom"
            r"|nom\sde\sfamile|ip)\b"
            r"|\b(?:je|on)\s(?:vais\s|va\s)?(?:trouve|trouver|retrouve|retrouver|trouverai)\s(?:ton"
            r"|votre)\sadrese\b"
            r"|\bj'ai\s(?:ton|votre)\s(?:vrai\snom|ip|adrese\sip)\b",
            # "je passe devant chez toi tous les soirs", "je vous attends en bas"
            "watching_8": r"\b(?:je|on)\s(?:passe|suis\spase|reste|stationne|attends|vous\sattends"
            r"|t'attends|te\sguette|te\ssurveille|te\ssuis)\s(?:\w+\s){0,2}?(?:devant\schez\stoi"
            r"|en\sbas(?:\sde\schez\stoi)?|devant\s(?:ton|ta)\s\w+|sous\sta\sfenetre)\b"
            r".{0,60}(?:tous\sles|chaque|t'as\sremarque|tu\sas\sremarque|avec\squi|😈|je\ssais)"
            r"|\bje\ssais\savec\squi\s(?:t'es|tu\ses)\b.{0,40}\b(?:attends|en\sbas|devant"
            r"|ce\ssoir)\b",
        },
        unless_text=rx_any(
            KNOW_WHERE_NOT,
            r"\b(?:surprise|garer|garage|garagiste|assurance|mecanicien|aniv\w*|fete|bisous"
            r"|cle|cles|clefs|parking|reunion|parent\sd'eleve|la\smaitresse|sortie\sscolaire"
            r"|covoiturage|livraison|commande|apero|manger|diner|dejeuner|cafe|racompagner"
            r"|ramener)\b",
        ),
    ),
    *hits(
        "threat",
        0.88,
        {
            # "250 € et je supprime tout", "200 € en bitcoin et j'efface"
            "pay_to_delete_8": rf"{AMOUNT}.{{0,40}}\b(?:et|,)\s(?:je|j')\s?(?:supprime|efface"
            rf"|detruis)"
            r"(?:\stout|\sles|\sla|\sle|\sl'|\b)",
            # "tes photos sont prêtes à être postées", "la vidéo est déjà prête à être envoyée à
            # ta mère"
            "ready_to_go_8": rf"\b(?:{MEDIA})\s(?:est|sont)\s(?:deja\s)?pretes?\sa\s(?:etre\s)?"
            r"(?:postee?s?|publiee?s?|envoyee?s?|diffusee?s?|partir|balancee?s?)",
            # "ta femme va adorer ce que j'ai enregistré", "ton mari va les lire ce soir",
            # "sinon ta patronne reçoit nos photos"
            "close_receives_8": rf"^(?=.*\b{PRIVATE_MEDIA_8}\b)(?=.*\b(?:{CLOSE_8})\s(?:va|vont"
            r"|recoit|recoivent|recevra|recevront|verra|verront)\s(?!jamais|pas"
            r"|rien)(?:\w+\s)?(?:les|la|le|tout|nos|tes"
            r"|vos|ce\sque|ca|mes|adorer|lire|decouvrir|recevoir)\b).{1,400}"
            rf"|\bsinon\s(?:{CLOSE_8})\s(?:recoit|recoivent|recevra|recevront|verra|verront"
            rf"|va\svoir)"
            rf"\s(?:tout|(?:nos|tes|les|vos|la|le|ta|ton|mes)\s{PRIVATE_MEDIA_8})",
            # "un clic et ta réputation est finie"
            "reputation_8": r"\b(?:ta|votre)\s(?:reputation|carriere|vie\ssociale|couple|mariage)"
            r"\s(?:est|sera|va\setre)\s(?:finie?|terminee?|detruite?|ruinee?|foutue?)\b",
            # "j'ai la liste de tes amis facebook", "voici la liste de tes contacts"
            "contact_list_8": r"\b(?:j'ai|voici|voila|regarde|j'ai\sdeja)\s(?:toute\s)?la\sliste"
            r"\sde\s(?:tes|vos)\s(?:amis|contacts|abones|followers|colegues|proches)",
            # "si tu bloques ce compte j'envoie tout à tes amis", "après j'envoie à ton groupe
            # de famille"
            "send_if_8": rf"^(?=.*\b(?:si\stu|sinon|apres|t'as\s\d+|tu\sas\s\d+|dans\sl'heure|avant"
            r"|immediatement|paie|paye))"
            r"(?=.*\b(?:je|j')\s?(?:les\s|la\s|le\s|l')?(?:envoie|balance|publie|poste|transfere"
            rf"|montre)\s(?:tout\s|la\s\w+\s|les\s\w+\s)?(?:immediatement\s"
            rf"|direct\s)?a\s(?:{CLOSE_8}))"
            r".{1,300}",
        },
        unless_text=rx_any(SEXTORTION_NOT, GAME),
    ),
)

# ------------------------------------------------------------------ hate
HATE_8: tuple[Rule, ...] = hits(
    "hate",
    0.86,
    {
        # "les renois c'est tous des singes", "les féministes c'est toutes des hystériques",
        # "la gay pride c'est un défilé de dégénérés", "les trans ... c'est tous des prédateurs"
        "group_is_8": rf"\b(?:les|ces|des|tous\sles|toutes\sles|la|l')\s?(?:{GROUPS_8})\b"
        r"(?:\s[^.!?]{0,60}?)?\s(?:c'est|c|ce\ssont|sont|c'est\sune|sont\sune|ils\ssont"
        r"|eles\ssont)"
        r"\s(?:tous\s|toutes\s|vraiment\s|juste\s|que\s)?(?:des\s|d'|(?:toute\s)?une\s(?:bande|gang|race)\sde\s"
        r"|un\s(?:defile|ramasis|tas)\sde\s|une\s|un\s|de\sla\s)?"
        rf"(?:\w+\s)?(?:{CONTEMPT_8})\b",
        # "les trisos ne devraient pas exister", "ces transgenres devraient disparaître",
        # "les musulmans ont pas leur place ici"
        "should_not_8": rf"\b(?:les|ces|des|tous\sles|toutes\sles|l')\s?(?:{GROUPS_8})\b"
        r"(?:\s[^,.!?]{0,50}?)?\s(?:(?:ne\s|n')?(?:devraient|doivent|devrait|faudrait\sque)\s"
        # denied: existing, going out, rights, adopting, voting
        r"(?:(?:pas|meme\spas|plus|jamais)\s(?:exister|sortir|avoir\s(?:le\sdroit|de\sdroits)"
        r"|adopter|voter)"
        # imposed: disappearing, hiding, staying home, being banned or locked up
        r"|disparaitre|se\scacher|rester\schez\seux|rester\sa\sla\scuisine|etre\sinterdits?|etre\senfermes?"
        r"|etre\sparques?|etre\s(?:expulse|renvoye|deporte|vire|chase|gaze|enferme|interne"
        r"|sterilise)e?s?)|(?:n')?ont\s(?:pas|rien)\s(?:leur\splace|a\sfaire)\s(?:ici"
        r"|chez\snous|en\sfrance"
        r"|dans\snotre|parmi\snous)|qu'ils\srestent\schez\seux|n'ont\srien\sa\sfaire\sici"
        r"|(?:ne\s)?servent\sa\srien"
        r"|(?:faut|faudrait|il\sfaut|on\sdevrait)\s(?:les|leur)\s(?:virer|parquer|interner|soigner"
        r"|faire\staire|renvoyer|expulser|retirer|enfermer|sterili\w+|chaser|degager|interdire"
        r"|eliminer))\b",
        # "on devrait interdire aux homos d'adopter"
        "forbid_them_8": rf"\b(?:interdire|interdit|refuser)\s(?:aux|a\sces)\s(?:{GROUPS_8})"
        r"\s(?:de|d')",
        # "faut les virer à coups de pied, c'est des parasites" said of a group named before
        "group_ban_8": rf"^(?=.*\b(?:les|ces|des|tous\sles|toutes\sles)\s(?:{GROUPS_8})\b)"
        r"(?=.*\b(?:faut|faudrait|il\sfaut|on\sdevrait|qu'on)\s(?:les|leur)\s(?:(?:vire|parque"
        r"|interne|soigne|renvoie|renvoye|expulse|enferme|chase|degage|elimine|brule|gaze|deporte"
        r")(?:r|nt)?|faire\staire|retirer\s(?:le|la|les))\b).{1,300}"
        # "les gouines ... ça devrait même pas exister", "elles devraient rester à la cuisine"
        rf"|^(?=.*\b(?:les|ces|des|aux|une|un)\s(?:{GROUPS_8}|feme|home\squi\sse\sdit\sfeme)\b)"
        r"(?=.*\b(?:ca|ils|eles)\s(?:ne\s)?(?:devrai(?:t|ent)|doivent)\s(?:(?:meme\s)?(?:pas|plus)\s"
        r"(?:exister|avoir\s(?:le\sdroit|de\sdroits)|sortir\sde\schez\s(?:eux|soi))"
        r"|etre\sinterdit|rester\sa\sla\scuisine|rester\schez\s(?:eux|eles|soi))\b).{1,300}",
        # "sale bicot", "pinzutu de merde", "le caldoche de mes deux"
        "slur_8": rf"\b(?:sale|sales|espece\sde|gros|grosse)\s(?:{SLURS_8})\b"
        rf"|\b(?:{SLURS_8})\s(?:de\smerde|de\smes\sdeux|a\sla\scon)\b",
        # "l'homosexualité c'est une maladie", "une religion de terroristes"
        "thing_is_8": r"\b(?:l'homosexualite|l'islam|le\sjudaisme|la\sgay\spride|la\stransidentite"
        r"|etre\sgay|etre\strans)\s(?:c'est|est)\s(?:une\s)?(?:maladie|religion\sde\sterroristes"
        r"|defile\sde\s\w+|contre\snature|une\sabomination|pas\snormal|une\sdeviance|un\svice)"
        r"|\breligion\sde\s(?:terroristes|barbares|sauvages|violeurs)\b"
        r"|\bc'est\sdans\sleurs\sgenes\b|\bon\ssera\splus\schez\snous\b",
    },
    unless_text=rx_any(
        HATE_NOT,
        r"\b(?:selon\seux|propagande|c'est\sfaux|arete\savec|pas\stous|pas\stoutes)\b",
    ),
)

# ------------------------------------------------------------------ harassment
HARASSMENT_8: tuple[Rule, ...] = hits(
    "harassment",
    0.85,
    {
        # "t'es une pauvre fille sans vie", "t'es qu'une prétentieuse", "sale hypocrite"
        "you_are_8": r"\b(?:t'es|tu\ses|vous\setes|t'etais)\s(?:vraiment\s|juste\s|qu'une?\s"
        r"|une\svraie\s"
        r"|un\svrai\s|une\s|un\s|le\sgenre\sde\s|tellement\s|trop\s|toujours\s){0,2}(?:sale\s"
        r"|pauvre\s)?"
        rf"(?:{PERSON_INSULTS_8})\b"
        rf"|\b(?:sale|espece\sde|pauvre|vieille?|vieux)\s(?:{PERSON_INSULTS_8})\b",
        # "on dirait un rat", "ta tête de poulpe", "face de rat", "va manger une salade"
        "mocked_look_8": r"\b(?:on\sdirait\s(?:un|une)|tete\sde|face\sde|gueule\sde|tronche\sde)\s"
        r"(?:rat|cake|poulpe|cachalot|baleine|babouin|cul|thon|phoque|goret|porc|veau|vache|hamster"
        r"|furet|crapaud|fouine|macaque|gorile|cheval|mouton|gnou|ogre|sorciere|troll|limace|moule"
        r"|pingouin|morse|truie|bouledogue|cul\sde\sbabouin)\b"
        r"|\bva\smanger\sune\ssalade\b|\breviens\sdans\s\d+\skilos\b"
        r"|\b(?:ta|sa)\s(?:voix|tronche|gueule|tete)\s(?:elle\s)?(?:est|fait)\s(?:horible"
        r"|degueulase"
        r"|immonde|afreuse|peur|pitie)\b|\bclaque\sau\ssol\b|\bta\svie\sest\sun\s(?:echec"
        r"|naufrage)\b",
        # "regardez sa photo de profil", "faites tous des captures de ses messages, on va bien
        # rire", "on se le passe en boucle", "je vais faire tourner sa photo dans le groupe"
        "crowd_mocks_8": r"^(?=.*\b(?:regardez|faites\stous|on\sse\sle\spase|on\sva\sbien\srire"
        r"|tout\sle\smonde\sse\smoque|faire\stourner|se\smoquer\sde|la\shonte|pathetique"
        r"|on\sdirait)\b)"
        r"(?=.*\b(?:sa\sphoto|sa\stronche|sa\stete|ses\smesages|ses\svocaux|comment\sele"
        r"|comment\sil"
        r"|ta\sphoto|un\svocal|captures|sa\sgueule|dans\sle\sgroupe|abones|s'habile)\b).{1,300}",
        # "j'ai créé un nouveau compte vu que tu m'as bloqué", "t'as bloqué mon autre compte mais
        # je suis encore là", "je vais recréer des comptes à l'infini"
        "new_account_8": r"\b(?:j'ai\s(?:cree|fait|refait|recree|ouvert)|je\svais\s(?:recreer|creer"
        r"|refaire))\s(?:un|une|des|mon)\s(?:nouveau\s|autre\s|faux\s)?(?:compte|profil|pseudo)s?\b"
        r".{0,60}\b(?:bloque\w*|te\sparler|t'ecrire|te\sharceler|a\sl'infini|m'echaper)"
        r"|\b(?:t'as|tu\sas|tu\sm'as|t'm'as)\s(?:bloque|bloquee?)\s(?:mon\s(?:autre\s)?compte"
        r"|mon\spseudo)"
        r".{0,40}\b(?:encore\sla|j'en\sai|autres|partout|toujours\sla)"
        r"|\b(?:pourquoi\stu\s(?:me\s)?(?:bloques|m'as\sbloquee?)).{0,40}(?:dis\smoi|reponds|!)",
        # "tu peux pas m'échapper", "tu finiras par me parler", "je suis dans tous les salons où
        # tu vas", "je t'écris tous les jours jusqu'à ce que..."
        "cannot_escape_8": r"\b(?:tu\s(?:ne\s)?(?:peux|pouras|pourras)\spas\sm'echaper"
        r"|vous\sne\sm'echaperez"
        r"\spas|tu\sm'echaperas\spas|tu\scrois\sque\stu\svas\sm'echaper"
        r"|tu\sfiniras\spar\s(?:me\sparler|me\srepondre|craquer|ceder|m'aimer|dire\soui)"
        r"|je\ssuis\sdans\stous\sles\ssalons|tu\svas\sme\svoir\spartout"
        r"|je\s(?:vais\s)?(?:pas\slacher|continuer\sa\s(?:t'ecrire|vous\secrire))"
        r"|je\s(?:t'ecris|vous\secris|vais\st'ecrire)\stous\sles\sjours\sjusqu'a"
        r"|reponds\s(?:moi\s)?ou\sje\s(?:t'ecris|continue|te\sspame|te\sharcele|recomence|te\srelance"
        r"|t'envoie|vais\st'ecrire))\b",
        # "ça fait 3 jours que je t'écris", "je sais que t'es connectée, réponds moi", "t'es en
        # ligne depuis 2h et tu m'ignores"
        "ignored_8": r"\bca\sfait\s\d+\s(?:jours|heures|semaines|h)\sque\sje\s"
        r"t'(?:ecris|atends|relance)\b"
        r"|\bje\s(?:sais|vois)\sque\st'es\s(?:conectee?|en\sligne|la)\b.{0,30}\brepond"
        r"|\bt'es\sen\sligne\sdepuis\b.{0,40}\bm'ignores\b|\btu\sm'ignores\b.{0,20}\bhonte\b",
        # "si tu me réponds pas je préviens tout le salon que t'es une menteuse", "je vais
        # signaler chacun de vos messages jusqu'à ce que vous disparaissiez"
        "expose_8": r"\b(?:je\s(?:previens|dis\sa|vais\sdire\sa|vais\sprevenir)|tout\sle\ssalon\sva"
        r"\ssavoir)\s(?:tout\sle\ssalon|tout\sle\smonde|tout\sle\sgroupe)?\s?(?:que|quele|quel)\s"
        r"(?:t'es|tu\ses|vous\setes|\w+\s(?:tu\ses|t'es))"
        r"|\bje\svais\s(?:signaler|report)\s(?:chacun|tous)\sde\s(?:tes|vos)\smesages"
        r"|\bun\scompte\srien\sque\spour\ste\sharceler\b",
    },
    unless_text=rx_any(
        HARASSMENT_NOT,
        r"\b(?:bisous|coeur|ma\sbele|mon\sgros|ma\scherie|mon\samour|ahah\sje\srigole|on\st'aime"
        r"|quand\smeme|mais\st'es\smon|mais\st'es\sma|inquiet|inquiete|tout\sva\sbien)\b|😘|❤",
    ),
)

# ------------------------------------------------------------------ self_harm
SELF_HARM_8: tuple[Rule, ...] = hits(
    "self_harm",
    0.86,
    {
        # "je veux dormir et plus jamais me réveiller", "si demain je me réveille pas, tant
        # mieux", "j'en ai assez pour pas me réveiller"
        "no_waking_8": r"\b(?:plus\sjamais|jamais\splus|ne\splus|pas)\sme\sreveiller\b"
        r"|\bsi\s(?:demain\s)?je\sme\sreveile\spas\b.{0,30}\b(?:tant\smieux|tant\spis|ca\sira"
        r"|personne|c'est\spas\splus\smal|ce\sserait\smieux)"
        r"|\bpour\sne\spas\sse\sreveiller\b|\bpour\s(?:ne\s)?pas\sme\sreveiller\b",
        # "je me suis acheté une corde", "la lame c'est mon seul refuge", "j'ai pensé à avaler
        # toute la boîte", "combien de mg il fallait", "les cachets ... je les compte"
        "means_8": rf"\b(?:achete|prepare|trouve|cache|garde|compte|regarde|cherche)\s(?:\w+\s)?"
        rf"(?:{MEANS_8})\b"
        rf"|\b(?:{MEANS_8})\s(?:c'est|est)\s(?:mon|ma|le|la)\s(?:seule?\s)?(?:refuge|solution"
        rf"|echapatoire"
        r"|amie?|issue)\b"
        r"|\bavaler\s(?:toute\sla\sboite|toutes?\s(?:mes|les)\s(?:cachets|pilules|medocs"
        r"|comprimes))"
        r"|\bcombien\sde\s(?:mg|cachets|comprimes|pilules|medocs)\s(?:il\s(?:faut|fallait)|pour)"
        r"|\bquele\sdose\s.{0,40}\b(?:pour|mourir|pas\sse|ne\spas\sse)"
        r"|\bj'ai\spris\s(?:[5-9]|\d\d+)\s(?:doliprane|cachets|comprimes|medocs|pilules"
        r"|somniferes|xanax|lexomil)"
        r"|\bmethodes\ssans\sdouleur\b|\bpour\sque\sca\sfase\spas\smal\b"
        r"|\bprendre\sle\sfusil\sde\b|\ble\sfusil\sest\s(?:toujours|encore|au)\b"
        r"|\bmets?\sde\scote\smes\s(?:somniferes|cachets|medocs|pilules|comprimes)\b",
        # "je regarde le vide depuis mon balcon", "il suffirait d'un pas", "envie de lâcher le
        # volant", "personne me retiendrait si je sautais", "marcher dans la mer et continuer"
        "edge_8": r"\bje\sregarde\sle\svide\b|\bil\ssufirait\sd'un\spas\b|\blacher\sle\svolant\b"
        r"|\bsi\sje\s(?:sautais|me\sjetais|disparaisais|disparais|partais\spour\sde\sbon)\b"
        r".{0,40}\b(?:personne|vous|oublierez|manquerai|retiendrait|ce\ssoir)"
        r"|\bla\sfenetre\sdu\s\d+\w*\setage\b.{0,60}\b(?:rapide|sauter|vide|fini)"
        r"|\bmarcher\sdans\sla\smer\set\scontinuer\b|\bsans\srevenir\b.{0,40}\bj'y\spense\b",
        # "j'ai fait mes adieux à mon chien", "j'ai écrit une lettre pour ma sœur", "j'ai déjà
        # choisi le jour", "c'est la fin pour moi", "je vais pas passer l'hiver"
        "goodbye_8": r"\bj'ai\sfait\smes\sadieux\b|\bj'ai\s(?:ecrit|laise"
        r"|prepare)\sune\slettre\spour"
        r"\s(?:ma|mon|mes)\b(?!.{0,40}\b(?:anniv\w*|noel|fete|remercier|merci|motivation"
        r"|candidature))"
        r"|\bj'ai\s(?:deja\s)?choisi\sle\sjour\b|\bc'est\sla\sfin\spour\smoi\b"
        r"|\bje\s(?:vais|vai)\spas\spaser\sl'hiver\b|\bj'ai\sdecide\sd'arreter\b(?!\s(?:de|le"
        r"|la|les|l'))"
        r"|\bvous\sm'oublierez\svite\b",
        # "plus de raison de continuer", "autant partir", "je veux partir" with despair,
        # "je vais me supprimer", "m'enlever la vie", "j'y pense ... à en finir"
        "no_reason_8": r"\b(?:plus|pas)\sde\sraisons?\sde\s(?:continuer|vivre|rester\sen\svie"
        r"|me\slever|tenir)"
        r"|\bje\svois\splus\sde\sraisons?\sde\s(?:continuer|vivre|rester)"
        r"|\bautant\s(?:partir|en\sfinir|disparaitre|mourir)\b"
        r"|\b(?:vivre|la\svie)\sc'est\strop\sdur\b.{0,30}\bje\sveux\spartir\b"
        r"|\bme\ssuprimer\b(?!\s(?:de|du|des|d'|mon|ma|mes|le|la|les))|\bm'enlever\sla\svie\b"
        r"|\bj'y\spense\s(?:tout\sle\stemps|serieusement|chaque\s(?:nuit|jour)|souvent)\b.{0,30}"
        r"\b(?:en\sfinir|mourir|partir|disparaitre)\b"
        r"|\bje\s(?:pense|songe)\s(?:\w+\s){1,2}a\s(?:me\sfoutre\sen\sl'air|en\sfinir|me\stuer"
        r"|me\ssuicider|mourir|me\spendre|sauter)\b"
        r"|\b(?:pa|pu)\s(?:vle|ve)\sviv\b|\bmi\sve\spu\sviv\b|\bchu\spu\scapable\b",
        # "je me frappe quand je rate", "j'ai des marques sur les bras", "me griffer jusqu'au
        # sang", "je me suis fait du mal encore", "je mange plus depuis 4 jours exprès"
        "hurt_self_8": r"\bje\sme\s(?:frape|grife|brule|coupe|mords|tape)\s(?:quand|des\sque"
        r"|chaque\sfois"
        r"|encore|tous\sles)\b"
        r"|\b(?:envie\sde|a)\sme\s(?:fraper|grifer|bruler|couper|cogner)\sjusqu'a\b"
        r"|\bme\s(?:grifer|gratter|fraper|couper)\sjusqu'au\ssang\b"
        r"|\b(?:des|les|mes)\smarques\ssur\s(?:les|mes)\s(?:bras|cuises|poignets|jambes)\b"
        r"(?=.{0,60}\b(?:cache|manches|personne|refait|encore|arive\spas|pas\sa\sareter)\b)"
        r"|\bj'ai\srefait\sdes\smarques\b|\bje\sme\ssuis\sfait\sdu\smal\b"
        r"|\bbrule\sle\sbras\savec\sune\s(?:clope|cigarette)\b"
        r"|\b(?:je\smange\splus|j'ai\s(?:pas|rien)\smange)\sdepuis\s\d+\sjours\sexpres\b"
        r"|\bje\smerite\spas\sde\smanger\b|\bje\sveux\sme\spunir\b"
        r"|\bmanches\slongues\b.{0,60}\b(?:voila\sou\sj'en\ssuis|ca\svous\sdit|cache)\b",
    },
    unless_text=rx_any(
        SELF_HARM_NOT,
        r"\b(?:moustiques|piqures|bronzage|muscu|sport|velcro|sangle|chat\sm'a|tatouage|escalade"
        r"|jardin|ronces|mort\sde\srire|jeu|personnage|roman|heros|heroine|bone\snuit|au\slit"
        r"|dodo|au\sdodo|de\sla\sjournee|de\sla\ssemaine)\b",
    ),
    unless_before=r"(?:\bsi\stu|\bil|\belle|\bqu'elle|\bqu'il)\s(?:\w+\s){0,3}$",
)

# ------------------------------------------------------------------ drugs
DRUG_WORD_8 = rf"(?:{DRUGS}|{DRUGS_8})"
BUY_8 = (
    r"(?:cherche|je\scherche|qui\sa|qui\svend|quelqu'un\sa|quelqu'un\squi\s(?:a|vend)|t'as"
    r"|vous\savez"
    r"|ya|y\sa|il\sme\sfaut|besoin\sde|qui\sveut|qui\scherche|je\spaye|se\sfaire\slivrer|trouver"
    r"|en\strouver|une\sadrese\spour|a\svendre|je\svends|vend|dispo|mi\svend|i\sni|an\sni)"
)
DRUGS_8_RULES: tuple[Rule, ...] = hits(
    "drugs",
    0.86,
    {
        # "qui a de la ké ?", "ya du bangué à vendre", "du paka pour ce soir", "de la 3m"
        "street_name_8": rf"\b{BUY_8}\b.{{0,40}}\b(?:du|de\sla|de\sl'|des|un\sti\sbout|in\sti\sbout"
        rf"|un\sbout|un\ssachet|le\ssachet)\s(?:{DRUGS_8})\b"
        rf"|\b(?:{DRUGS_8})\b.{{0,40}}\b(?:a\svendre|pour\sle\sweek-end|pour\sce\ssoir|pour\ssamedi"
        r"|pour\sla\ssoiree|pour\sle\sfestival|je\spaye|livraison|le\ssachet|la\spiece)"
        rf"|\bqui\s(?:veut|a|cherche)\s(?:des|de\sla|du)\s(?:{DRUGS_AMBIGUOUS})\spour\s(?:sa|la"
        rf"|ta|ce|samedi|le)"
        r"\s?(?:soiree|teuf|festival|week-end|soir|samedi|after)",
        # "champis frais, 30 le sachet", "ecsta : 5 pilules pour 40" (a drug named: "la poudre
        # à lessive, 5 euros le paquet" is not)
        "unit_price_8": rf"^(?=.*\b{DRUG_WORD_8}\b)"
        r"(?=.*\b\d+\s?(?:€|e|euros?|balles)?\s(?:le|la|les)\s(?:sachet|piece|paquet|plaquette"
        r"|barette"
        r"|cachet|pilule|taz|carton|buvard|boulette|pochon|sachets|pieces)\b"
        r"|.*\b\d+\s(?:pilules|cachets|taz|buvards|cartons|sachets)\spour\s\d+).{1,300}",
        # "qui me fait un prix sur 10g ?", "j'ai 50 balles, tu me fais quoi pour ça ?"
        "buyer_price_8": r"\bqui\sme\sfait\sun\sprix\ssur\s\d+\s?g\b"
        r"|\bj'ai\s\d+\s(?:balles|euros|€),?\stu\sme\sfais\squoi\b",
        # "cherche plug sur Rennes", "un snap de plug fiable", "le plug il est sur telegram"
        "plug_8": r"\b(?:cherche|un|le|mon|ton|de|du|nouveau)\s(?:bon\s)?plug\b(?!\s(?:usb"
        r"|electrique"
        r"|anal|in|and|de\s(?:charge|prise)|secteur|adaptateur))(?=.{0,30}\b(?:sur|a|fiable"
        r"|dans|il\sest"
        r"|repond|qui|de\sla\scite|du\squartier|snap|telegram|insta)\b)",
        # "qui cherche du bon pour ce week-end", "je cherche du bon, pas de la salade",
        # "stock frais à Anderlecht", "nouveau stock de moon rock"
        "good_stuff_8": r"\b(?:cherche|qui\sa|t'as|qui\scherche|veut)\sdu\s(?:bon|lourd|frais"
        r"|propre)\b"
        r"(?=\s?(?:[,?!]|$|pour\s(?:ce|le|la|samedi|ce\sweek)|a\s[a-z]|sur\s[a-z]"
        r"|pas\sde\sla\ssalade))"
        r"|\b(?:nouveau\sstock|stock\sfrais|arivage)\sde?\s?(?:{DRUGS_8}|moon\srock)\b"
        r"|\bstock\sfrais\sa\s[a-z]+"
        r"|\b(?:pas|jamais)\scoupee?\s(?:avec\srien|nule\spart)|\bcoupee?\snule\spart\b"
        r"|\bque\sdu\spropre\schez\smoi\b",
        # "je dépanne 24/24", "tu connais un autre drive ?", "le four de la cité"
        "scene_8": r"\bje\sdepane\s(?:24/24|24h/24|h24|jour\set\snuit|7j/7)"
        r"|\b(?:le|un|autre)\sfour\s(?:de\sla\scite|du\squartier|est\sferme|il\sest\sferme)"
        r"|\bun\sautre\sdrive\b.{0,5}\?|\bca\stient\sle\sterain\b"
        r"|\bt'amenes\sle\sliquide\b|\bt'amene\sle\spaquet\b"
        r"|\b(?:l'herbe|la\sbeuh|la\sfrape|le\sshit)\s(?:est\sprete|est\sarivee?)\b",
    },
    unless_text=rx_any(
        DRUGS_NOT,
        r"\b(?:meteo|salade\sverte|potager|pizza|magasin\sde\sbricolage|usb|prise|chargeur"
        r"|jardinerie"
        r"|bonbons?|graines|boulangerie|caramel|cuisine|ferme\sbio|marche\sbio|coca\s0|coke\s0|soda|canete"
        r"|cola|limonade)\b",
    ),
)

# ------------------------------------------------------------------ prostitution
# A woman or a service one pays for, as a client asks for it.
PAID_PERSON_8 = (
    r"(?:dame|femme|file|meuf|nana|professionele|pro|escorte|masseuse|danseuses?|michetone\w*"
    r"|pute|putes|fille\sde\sjoie|etudiante)"
)
PAID_WORD_8 = (
    r"(?:tarifee?s?|qui\sse\s(?:fait|font)\spayer|qui\s(?:fait|font)\sdes\s(?:extras|visites"
    r"|prestations|michetons)|qui\sfait\sles\shotels|pour\sune\s(?:soiree|nuit|heure|passe)"
    r"|je\s(?:paye|paie|mets\sle\sprix)|j'ai\s(?:le\sliquide|les\smoyens)|payee?s?\savant"
    r"|en\sechange|qui\s(?:recoit|se\sdeplace))"
)
TIME_UNIT_8 = (
    r"(?:la\snuit|la\snuite|une\snuit|une\snuite|la\ssoiree|une\ssoiree|une\sheure|l'heure"
    r"|une\spase|la\spase|la\sdemi|la\sseance|ta\snuit|ta\ssoiree)"
)
NUMBER_8 = r"(?:\d+|cent|deux\scents|trois\scents|cinquante|quatre-vingts?|mile)"

PROSTITUTION_8: tuple[Rule, ...] = hits(
    "prostitution",
    0.86,
    {
        # "je cherche une dame tarifée", "une fille qui se fait payer", "une pute à Metz"
        "client_asks_8": rf"\b(?:cherche|je\scherche|une|des|y\sa\stu\sdes|ya\sdes|y\sa\sdes)\s"
        rf"{PAID_PERSON_8}\b.{{0,40}}\b{PAID_WORD_8}"
        r"|\bune\spute\s(?:a|sur|dans|vers)\s[a-z]+|\bdes\smeufs\squi\sfont\sdes\smichetons\b"
        r"|\bmicheton\w*",
        # "c'est combien ta nuit ?", "tu fais quoi comme prestations", "vous faites des
        # prestations ?", "tu fais des extras ?"
        "rate_asked_8": r"\bc'est\scombien\s(?:ta\s(?:nuit|nuite|soiree|pase|heure)|(?:la|une"
        r"|pour\sune"
        r"|pour\sla)\s(?:pase|nuit|nuite|soiree|heure)\savec\stoi)\b|\b(?:tu|vous)\s(?:fais"
        r"|faites)\s(?:quoi\scome\s|des\s)(?:prestations|extras)\b"
        r"|\bquels?\s(?:prestations|services)\s.{0,20}\b(?:prix|tarifs?)\b"
        r"|\b(?:prestations|extras)\s(?:et\s)?a\squel\sprix\b"
        r"|\bou\s(?:ka|fe)\s(?:fe\s)?konbien\b",
        # "200 € pour une soirée, t'es partante ?", "cinquante euros pour une passe",
        # "cent euros ça vous irait pour une heure", "200 piasses pour la nuite"
        "price_for_time_8": rf"\b{NUMBER_8}\s?(?:€|e|euros?|balles|piases|\$|chf|francs|\.-)?\s"
        rf"(?:pour|la|le)\s{TIME_UNIT_8}\b(?=.{{0,60}}(?:partante?|ca\svous\s(?:irait|va)|si\stu"
        r"|tu\sviens|pas\sde\snego|dernier\sprix|pas\smoins|dispo|t'es\sd'acord|chez\smoi|€|cash"
        r"|payee?))"
        rf"|\b{NUMBER_8}\s?(?:€|e|euros?|balles)?\s(?:pour|la)\s(?:une|la)\spase\b"
        rf"|\bca\svous\sirait\spour\s{TIME_UNIT_8}",
        # "massage sensuel sans tabou", "finition manuelle", "body body à l'huile", "massage
        # intégral", "pas de billet pas de massage", "massage 4 mains ... supplément"
        "special_massage_8": r"\bmasages?\s(?:sensuels?|tantriques?|naturistes?|integral|integraux"
        r"|body\sbody|a\s4\smains|4\smains|nus?|erotiques?|coquins?|relaxant\sfinition)\b"
        r"|\bfinition\s(?:manuele|complete|heureuse)\b|\bbody\sbody\b"
        r"|\bpas\sde\sbillet\spas\sde\smasage"
        r"|\bjolies\smaseuses\b",
        # "tout est possible selon le prix", "viens en pv pour mes conditions", "les petits
        # cadeaux entretiennent l'amitié", "je vends du temps et de la tendresse", "tout se
        # paie", "le reste si t'as le budget", "appelez pour les prestations"
        "terms_8": r"\btout\sest\spossible\sselon\sle\sprix\b|\b(?:demandez"
        r"|demande)\smes\sconditions\b"
        r"|\b(?:en\spv|en\sprive|en\smp)\spour\s(?:mes|les)\s(?:conditions|tarifs)\b"
        r"|\bpetits\scadeaux\sentretienent\b|\bje\svends\sdu\stemps\b|\btout\sse\spaie\b"
        r"|\ble\sreste\ssi\st'as\sle\sbudget\b|\bapelez\spour\sles\sprestations\b"
        r"|\bsorties\saccompagnees\b|\bje\sfais\saussi\sles\shotels\b|\bles\sclients\smontent\b"
        r"|\bpour\snouveaux\sclients\b.{0,10}💋|\bnouveaux\sclients\s?💋"
        r"|\bsi\st'es\spret\sa\spayer\spour\smon\stemps\b|\bpayer\spour\smon\stemps\b",
        # "je t'offre le loyer ... en échange tu te rends disponible", "je peux t'aider
        # financièrement si tu es gentille", "tout frais payés + une enveloppe, si tu es
        # d'accord pour tout", "soirées privées ... rémunération"
        "arrangement_8": r"\ben\sechange\stu\ste\srends\sdisponible\b"
        r"|\bt'aider\sfinancierement\ssi\stu\s(?:es|etais)\s(?:gentile|sage|disponible|ouverte)\b"
        r"|\bune\senveloppe\b.{0,30}\bd'acord\spour\stout\b"
        r"|\bsoirees\sprivees\b.{0,60}\b(?:remuneration|remunerees?|payees?)\b"
        r"|\b(?:rencontres|soirees)\s(?:remunerees|tarifees|payantes)\b"
        r"|\bpetit\sdedomagement\b.{0,40}\b(?:dame|passer|soir)",
    },
    unless_text=rx_any(PAID_NOT, PROSTITUTION_NOT),
)

# ------------------------------------------------------------------ sexual_solicitation
# Cues of a no-strings encounter, and a proposal beside them.
NO_STRINGS_8 = (
    r"(?:sans\sprise\sde\stete|zero\sprise\sde\stete|pas\sde\sprise\sde\stete|sans\slendemain"
    r"|pas\sde\slendemain|sans\ssentiments?|pas\sdans\sle\ssentimental|juste\spour\sle\sfun"
    r"|one\snight|un\ssoir,?\sune\sfois|chacun\srentre\schez\ssoi|sans\sse\sprendre\sla\stete"
    r"|sans\sattaches?|pas\sde\scouple)"
)
BED_8 = (
    r"(?:fini\w*\sau\slit|partager\smon\slit|coucher\savec|passer\sla\snuit\savec"
    r"|la\snuit\sensemble|une\snuit\sensemble|une\snuite\sensemble|nos\senvies|plaisirs\spartages"
    r"|calin\sd'adultes|soiree\scaline|me\srechaufer|on\ss'excite|un\struc\schaud"
    r"|dormir\s\(?pas\sdormir"
    r"|pas\svraiment\sdu\snetflix|sans\smanetes|on\steste\sen\svrai|une\schambre\sa\sl'heure"
    r"|je\sprends\sla\schambre|une\sheure\sdans\sun\shotel|de\sla\scompagnie\spour\sla\snuit"
    r"|pour\snous\srejoindre|en\smanque|si\ston\scoeur\svous\sen\sdit|et\sle\sreste\saussi"
    r"|tenir\sma\slangue|quand\sil\sbose|on\saura\sla\smaison|sans\srien\ssur\snous)"
)
INVITE_8 = (
    r"(?:ce\ssoir|a\ssoir|cete\snuit|ce\sweek-?end|demain|qui\svient|qui\sest\sgame|ca\ste\sdit"
    r"|ca\ste\stente|ca\svous\sdirait|t'es\spartante?|si\st'es\s(?:partante?|game)|on\sse\svoit"
    r"|on\sse\srejoint|ecris\smoi|ecrivez-moi|ecrivez\smoi|dm\smoi|viens|tu\spases|chez\smoi"
    r"|chez\stoi|a\sl'hotel|dans\sun\shotel|\?)"
)
SEXUAL_8: tuple[Rule, ...] = hits(
    "sexual_solicitation",
    0.86,
    {
        # "envie de sexe sans prise de tête ce soir", "un verre et direct chez moi ... sans se
        # prendre la tête ?", "pas de prise de tête, pas de lendemain, juste toi moi"
        "no_strings_8": rf"^(?=.*\b{NO_STRINGS_8})(?=.*(?:\b{INVITE_8}|\bjuste\stoi\set\smoi\b"
        r"|\bjuste\stoi\smoi\b|\bplan\b|\bsexe\b|\bcalin|\bnuit\b)).{1,300}",
        # "ça te dit de passer ... et finir au lit ?", "qui est game ... dans le lit",
        # "viens dormir (pas dormir)", "j'ai une chambre réservée ... si le cœur vous en dit"
        "bed_invite_8": rf"^(?=.*\b{BED_8})(?=.*\b{INVITE_8}).{{1,300}}",
        # "un plan à l'hôtel quelqu'un ?", "quelqu'un pour un plan après le taf ?", "je cherche
        # un plan pour ce soir", "un plan vite fait ce soir"
        "plan_8": r"\b(?:un|le|du)\splan\s(?:a\sl'hotel|ce\ssoir|pour\sce\ssoir|a\ssoir|vite\sfait"
        r"|apres\sle\staf|apres\sle\sboulot|d'un\ssoir|sans\slendemain|chez\smoi|chez\stoi)\b",
        # "j'ai la chambre pour moi ce soir, qui vient ?", "une chambre d'hôtel réservée ce soir
        # et personne pour la partager"
        "room_tonight_8": r"\b(?:(?:j'ai|une)\s(?:la\s)?)?chambre\s(?:d'hotel\s)?(?:pour\smoi"
        r"|reservee)"
        r"\s(?:ce\ssoir|a\ssoir|cete\snuit)\b.{0,40}\b(?:qui\svient|personne\spour\sla\spartager"
        r"|si\sle\scoeur|partante?|😉|😏)",
        # "on saute le resto et on va direct chez moi", "un verre et direct chez moi pour la suite"
        "straight_home_8": r"\b(?:on\ssaute\sle\sresto|direct\schez\s(?:moi|toi)\spour\sla\ssuite"
        r"|et\son\sva\sdirect\schez\s(?:moi|toi))\b",
        # "ça te tente qu'on se voie pour une nuit ensemble ?", "une nuit qu'elle oubliera pas"
        "night_with_8": r"\b(?:pour|passer)\s(?:une|la)\snuite?\s(?:ensemble|avec\s(?:moi|un"
        r"|une))\b"
        r"|\bune\snuit\squ'(?:elle|il|tu)\soubliera\spas\b"
        r"|\bcherche\s(?:une\sfile|un\shome|une\sfeme|un\smec|une\smeuf|quelqu'un|partenaire)\s"
        r"(?:pour\s)?(?:un\sone\snight|une\snuit|la\snuit|coucher)\b",
    },
    unless_text=rx_any(
        SEXUAL_7_NOT,
        r"\b(?:sans\sprise\sde\stete\s(?:pour|au)\s(?:le|la)\s(?:repas|boulot|projet)"
        r"|plan\sd[eu]s?\s\w+|perdue?|itineraire|gps|sortir|bar|concert|boite\sde\snuit|reviser"
        r"|bosser|exam|partiel|travailler|pizza|manete|dlc|console|raclete|balade|rando)\b",
    ),
)

# ------------------------------------------------------------------ scam_spam
SCAM_8: tuple[Rule, ...] = hits(
    "scam_spam",
    0.86,
    {
        # "je peux doubler ton argent en 48h", "les 10 premiers qui envoient 100€ reçoivent le
        # double", "tu me confies 1000 et je te double ça", "0,01 BTC et je te renvoie 0,05"
        "doubled_8": r"\b(?:doubler|tripler|multiplier)\s(?:ton|votre|vos|tes)\s(?:argent|mise"
        r"|capital"
        r"|investisement|epargne|retraite)\b|\brecoivent\sle\sdouble\b|\bje\ste\sdouble\sca\b"
        r"|\bet\sje\ste\s(?:renvoie|rends)\s\d"
        r"|\bj'ai\sdouble\sma\s(?:retraite|mise|paye|salaire)\b|\bfaire\sx\s?\d+\b",
        # "places limitées", "il reste 3 places dans son groupe privé", "je recrute des
        # associés, pas besoin d'expérience", "tu recrutes 3 potes et t'es payé à vie"
        "recruiting_8": r"^(?=.*\b(?:trading|trader|traders|forex|crypto|bitcoin|memecoins?"
        r"|copy-trading"
        r"|dropshiping|gains|investir|rendement|liberte\sfinanciere|revenus?\spasifs?"
        r"|robot\sde\strading)\b)(?=.*\b(?:places\s(?:limitees|partent)|il\sreste"
        r"\s\d+\splaces|je\srecrute|pas\sbesoin\sd'experience|en\sprive|en\smp|lien\sen\sbio"
        r"|cliquez|je\st'explique|t'es\sdans\sle\sgame|ecris\s\"?info|au\slieu\sde"
        r"|toi\saussi\stu\speux"
        r"|c'est\smaintenant\sou\sjamais|je\sgere\ston|tu\sme\sconfies|mes\scaptures|mon\sreleve"
        r"|guide\sgratuit|motive)\b).{1,400}"
        r"|\btu\srecrutes\s\d+\s(?:potes|amis|persones)\b.{0,30}\bpaye\sa\svie\b",
        # "Vous avez un message vocal en attente, écoutez-le ici : example.test/vocal"
        "pending_link_8": r"\b(?:message\svocal|colis|remboursement|paiement"
        r"|facture)\sen\sattente\b"
        r".{0,40}\b(?:ici|lien|cliquez|example\.test|https?)",
        # "voyance gratuite", "stock presque épuisé 😱", "94% des clientes satisfaites"
        "pitch_8": r"\bvoyance\s(?:gratuite|en\sligne|offerte)\b"
        r"|\bstock\spresque\sepuise\b|\b\d+\s?%\sdes\s(?:clients|clientes)\ssatisfaite?s\b",
    },
    unless_text=SCAM_NOT,
)

RULES_OTHER_8B: tuple[Rule, ...] = (*PROSTITUTION_8, *SEXUAL_8, *SCAM_8)

RULES_OTHER_8: tuple[Rule, ...] = (
    *THREAT_8,
    *HATE_8,
    *HARASSMENT_8,
    *SELF_HARM_8,
    *DRUGS_8_RULES,
    *RULES_OTHER_8B,
)
