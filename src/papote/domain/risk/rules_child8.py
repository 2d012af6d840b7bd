"""rules-8 for the child-safety labels (session 8, "riskgen8"): minor_disclosure, grooming,
off_platform, written as families of expression from the burned blind set heldout-5 and the
training files (child-dev-7 and child-dev-4 were measured, not read).

minor_disclosure: a grade in the Belgian, Swiss, Québec, Ontario and Antilles systems said
with a first person; a grade of collège or lycée placed in the writer's year ("j'ai fini la
4e en juin", "la 2nde c'est la mort"); a school closed for the day cheered; the guardians'
rules in more words (a phone taken back, a curfew, "je dois demander à ma mère pour tout",
"trop jeune soi-disant"); an age said with exasperation ("à 16 ans 🙄", "j'ai 15 ans quand
même", "j'ai 14 et alors ?"), just had or to come ("j'ai eu 14 en septembre", "j'aurai 14
✨"), beside a sibling's ("il a 16 ans et moi 12"), a birth year after a first person.

grooming (signals the accumulator weighs: a child mark and one move): the other's
classmates belittled or jealous of them, praise "pour une élève de 4e", the age gap
minimised ("24 ans c'est pas si loin de tes 15 ans"), the guardians' sleep as the time to
talk, lies and secrets in more words ("notre petit jardin secret", "dis que tu dors chez
une amie"), gifts offered in more words ("je t'en prends un", "je peux arranger ça"), and
two hits: coaching to lie about one's age on an account ("mets 2000 comme année de
naissance") and a game currency given against a photo.

Every pattern is in normalised form (rules.py's module docstring).
"""

from __future__ import annotations

from papote.domain.risk.lexicon import (
    AGE_GAP_NOTHING,
    DEVICE_TAKEN,
    GAME_CURRENCY,
    GRADE_SYSTEMS,
    GUARDIANS_ASLEEP,
    PEERS,
    PEERS_BELITTLED,
    PRAISE,
    SCHOOL_CLOSED,
)
from papote.domain.risk.rules import (
    ADULT_SCHOOL,
    ADULT_SCHOOL_7,
    ADULT_SPEAKING,
    GRADE,
    GROWN_UP,
    JAI,
    MINOR_AGE,
    MONTH,
    MY_GUARDIANS,
    OTHER_PERSON,
    SCHOOL_YEAR,
    SUIS,
    THEIR_CHILD,
    YOUR_CHILD,
    Rule,
    hit,
    rx_any,
    signal,
)

# A first person of the writer (French, Québec's "chu", the Antilles' and Réunion's "mwen",
# "an", "moin", "mi").
FIRST = (
    r"(?:\bje\b|\bj'|\bchu\b|\bmoi\b|\bme\b|\bm'|\bmon\b|\bma\b|\bmes\b|\bmwen\b|\bmoin\b|\bmi\b"
    r"|\bon\s(?:a|est|fait|part)\b)"
)
# Adults talking of their own time at school, their children's or their pupils'.
ADULT_TIME = rx_any(
    ADULT_SCHOOL,
    ADULT_SCHOOL_7,
    OTHER_PERSON,
    YOUR_CHILD,
    ADULT_SPEAKING,
    GROWN_UP,
    r"\bquand\sj'etais\b|\ba\smon\sepoque\b|\bil\sy\sa\s\d+\sans\b|\bj'avais\b|\bmes\senfants\b"
    r"|\b(?:passent|entrent|rentrent)\sen\b",
    rf"\bmes\s(?:{SCHOOL_YEAR})\b",
)
# The other person addressed: an age said to them is not the writer's ("t'es plus une
# enfant à 14 ans").
SECOND_PERSON = r"\b(?:t'es|tu\ses|t'as|tu\sas|te|toi|tes|ton|ta|vous)\b"
# What places a grade in the writer's current year.
THIS_YEAR = (
    r"(?:l'an\s(?:dernier|pase|prochain)|l'anee\s(?:derniere|prochaine|pasee)|cete\sanee|maintenant"
    r"|en\sjuin|a\sla\srentree|demain|ce\strimestre|en\sseptembre)"
)
# What a grade can be said to be when it is the writer's ("la 2nde c'est la mort").
GRADE_VERDICT = (
    r"(?:la\smort|l'enfer|trop\s(?:dur|chaud|relou|nul)|le\sboss|horible|une\sgalere|chaud|relou"
    r"|dur|abuse)"
)

# The other person's classmates ("tes potes de 5e", "vos camarades de classe", "les filles
# de ton collège").
CLASSMATES = (
    rf"(?:tes|vos|les)\s{PEERS}\s(?:de\s(?:clase|ta\sclase|ton\scolege|ton\slycee|ton\secole|{SCHOOL_YEAR})"
    r"|du\scolege|du\slycee)"
)

RULES_CHILD8: tuple[Rule, ...] = (
    # ------------------------------------------------------------ minor_disclosure
    hit(
        # "je suis en 11H à Lausanne", "jsuis en 10e année", "je suis en 10e au CO",
        # "chu encore au secondaire", "an ka fè 3e", "3e secondaire"
        "grade_systems_8",
        "minor_disclosure",
        rf"(?:{SUIS}|\bchu|\bon\sest|\bmwen\sosi|\ban\ska\sfe|\bj'ai\sfini\sla|\bj'entre\sen|\bj'rentre\sen)\s(?:encore\s)?"
        rf"(?:en\s|au\s)?(?:{GRADE_SYSTEMS})\b"
        rf"|\ben\s(?:{GRADE_SYSTEMS})\b.{{0,30}}\b(?:je\ssuis|chu|jsuis)\b"
        r"|\b(?:[1-5]e|[1-5]eme|sec\s?[1-5])\ssecondaire\W*$|\bmes\s(?:devoirs|examens?|cours)\b.{0,40}\b(?:[1-5]e|sec\s?[1-5])\ssecondaire"
        rf"|\b(?:an\ska\sfe|mwen\sosi\san|an\san)\s(?:{GRADE})\b"
        r"|\bexamen\sdu\sministere\b.{0,20}\bsec\s?[1-5]|\bmon\sce1d\b|\bj'ai\srate\smon\sce1d\b",
        0.85,
        unless_text=ADULT_TIME,
    ),
    hit(
        # "j'ai fini la 4e en juin, maintenant 3e", "en 3e l'an dernier j'avais des amis",
        # "la 2nde c'est la mort", "la 4e c'est le boss final du collège"
        "grade_this_year_8",
        "minor_disclosure",
        rf"^(?=.*{FIRST}).*\b(?:la|en|ma)\s(?:{GRADE})\b.{{0,25}}\b{THIS_YEAR}\b"
        rf"|^(?=.*{FIRST}).*\b{THIS_YEAR}\b.{{0,25}}\b(?:la|en|ma)\s(?:{GRADE})\b"
        rf"|\bla\s(?:{GRADE})\sc'est\s(?:la\s|le\s|l')?(?:{GRADE_VERDICT})\b",
        0.8,
        unless_text=ADULT_TIME,
    ),
    hit(
        # "le college ferme a cause de la neige trop bien", "pas d'école demain!!!"
        "school_closed_8",
        "minor_disclosure",
        rf"(?:{SCHOOL_CLOSED}).{{0,50}}(?:trop\sbien|trop\scool|genial|youpi|yes|!\W*$|😍|🥳|🎉|trop\sbi1)",
        0.8,
        unless_text=ADULT_TIME,
    ),
    hit(
        # "la daronne m'a confisqué le tel", "c'est celui de ma maman et elle le reprend a 20h",
        # "mes parents me laissent pas mon GSM après 21h", "ma mère signe encore mes absences"
        "guardian_rule_8",
        "minor_disclosure",
        rf"\b(?:{MY_GUARDIANS}|la\sdaronne|le\sdaron|les\sdarons)\s(?:(?:il|elle|i|ils|eles)\s)?"
        rf"(?:et\s(?:il|elle)\s)?(?:m'a\s|m'ont\s|me\s|le\s|la\s)?(?:{DEVICE_TAKEN})"
        rf"|\b(?:{MY_GUARDIANS}|les\sdarons)\s(?:(?:il|elle|ils)\s)?(?:signe|signent)\s(?:encore\s)?mes\b"
        rf"|\b(?:{MY_GUARDIANS})\s(?:(?:il|elle)\s)?(?:dit|a\sdit)\sque\sj'ai\s(?:le\sdroit|pas\sle\sdroit)\b"
        rf"|\bje\sdois\sdemander\s(?:la\spermision\s)?a\s(?:{MY_GUARDIANS})\spour\b"
        rf"|\b(?:{MY_GUARDIANS})\s(?:(?:il|elle)\s)?m'a\sinscrite?\s(?:en|a\sla|au)\s(?:colo|centre|stage|camp)\b"
        rf"|\b(?:{MY_GUARDIANS})\s(?:(?:il|elle)\s)?(?:va|vont)\sme\s(?:tuer|fumer|defoncer|massacrer|punir|priver)\b.{{0,40}}"
        r"\b(?:avertisement|bulletin|conseil\sde\sclase|colle|retenue|brevet)"
        r"|\b(?:manman|mama|papa)\spa\sle\s(?:mwen|moin)\b|\binterdit\schez\smoi\savant\s(?:1[0-8])\sans\b"
        r"|\b(?:le|la|mon|ma)\s(?:prof|titulaire|prof\sprincipale?|prof\sde\sclase|cpe|principale?|directrice|directeur)\s"
        r"(?:a\s)?(?:convoque|apele|ecrit\sa)\s(?:ma\smere|mon\spere|mes\sparents|mes\sdarons|ma\sdaronne|mon\sdaron)\b"
        r"|\b(?:le|la|mon|ma)\s(?:titulaire|prof\sprincipale?|prof\sde\s\w+)\s(?:il\s|elle\s)?nous\sa\s(?:encore\s)?(?:garde|mis|done)\b",
        0.8,
        unless_text=rx_any(THEIR_CHILD, ADULT_SPEAKING, GROWN_UP, YOUR_CHILD),
    ),
    hit(
        # "jpeux pas sortir mes parents veulent pas jsuis trop jeune soi disant", "chu trop
        # jeune qu'y dit", "mwen twò piti i di"
        "too_young_said_8",
        "minor_disclosure",
        rf"^(?=.*(?:{MY_GUARDIANS}|soi[\s-]disant|selon\s(?:mon|ma)|qu'(?:il|y|ele)\sdit|i\sdi)).*"
        r"(?:\b(?:je\ssuis|chu|jsuis|mwen|moin)\s(?:encore\s)?(?:trop|two)\s(?:jeune|petite?|piti)\b)",
        0.8,
        unless_text=rx_any(THEIR_CHILD, ADULT_SPEAKING, GROWN_UP),
    ),
    hit(
        # "trop la honte à 16 ans", "me laissent pas seul a la maison, a 16 ans 🙄", "m'a
        # inscrit en colo cet été, à 15 ans sérieux": the writer's age after a complaint
        "age_exasperated_8",
        "minor_disclosure",
        rf"^(?=.*{FIRST}).*(?:[,;]\s?|\b(?:la\shonte|seule?|encore|toujours|ete|colo|maison|bebe)\s)a\s(1[0-7])\sans\b"
        r"(?=\W*(?:serieux|quand\smeme|franchement|sah|wsh|😒|🙄|😤|😭|!|$))",
        0.85,
        unless_text=rx_any(
            ADULT_TIME,
            SECOND_PERSON,
            r"\bj'etais\b|\bquand\b|\ba\sl'epoque\b|\bdes\s\d+\sans\b|\bdepuis\b|\by\sa\b|\bcomence\w*|\bdebute\w*",
        ),
    ),
    hit(
        # "j'ai quinze ans quand même", "j'ai 14 et alors ? t'as un problème ?", "16 ans et
        # traitée comme un bébé"
        "age_defiant_8",
        "minor_disclosure",
        rf"\b{JAI}\s({MINOR_AGE})\s?(?:ans\s)?(?:quand\smeme|et\salors)\b"
        rf"|\b({MINOR_AGE})\sans\set\s(?:traitee?|toujours\spas|tjrs?\spas|encore\sobligee?|pas\sle\sdroit)\b",
        0.85,
        unless_text=rx_any(ADULT_TIME, r"\bj'etais\b|\ba\sl'epoque\b|\bdepuis\b"),
    ),
    hit(
        # "jai eu 14 en septembre", "vé j'ai eu 15 le mois dernier", "mon anniv c le 12 mars
        # jaurai 14 ✨", "il faut avoir 18 ans et je ne les ai pas encore"
        "age_had_8",
        "minor_disclosure",
        rf"\bj'ai\seu\s({MINOR_AGE})\s?(?:ans\s)?(?:en\s{MONTH}|le\smois\sdernier|la\ssemaine\sderniere|hier|avant-hier"
        r"|ce\smois|cet\s(?:ete|hiver)|a\snoel)\b"
        rf"|\bj'aurai\s({MINOR_AGE})\s?(?:ans)?(?=\W*$|\W*(?:[^\w\s'\W]|✨|🎂|🥳))"
        r"|\b(?:faut|faut\savoir|il\sfaut\savoir)\s18\sans\b.{0,30}\b(?:je\sne\sles\sai\spas|je\sles\sai\spas|j'les\sai\spas)",
        0.85,
        unless_text=rx_any(ADULT_TIME, r"\bj'etais\b|\b(?:19\d\d|200[0-8])\b"),
    ),
    hit(
        # "mon grand frère il a 16 ans et moi 12", "on a 11 et 13 ans", "moin lé né en 2009",
        # "des copines de mon âge (13)"
        "age_beside_8",
        "minor_disclosure",
        rf"\b(?:frere|soeur|cousin|cousine|pote|copine)\b.{{0,40}}\bet\smoi\s({MINOR_AGE})\b(?!\s?(?:h|€|e\b|euros?|kg|km|min|cm|%))"
        rf"|\bon\sa\s({MINOR_AGE})\set\s({MINOR_AGE})\sans\b"
        rf"|\b(?:moin|mwen|mi|moi)\s(?:le\s|la\s|je\ssuis\s)?nee?\sen\s(2009|201\d)\b"
        rf"|\bde\smon\sage\W{{0,3}}\(?\s?({MINOR_AGE})\b",
        0.85,
        unless_text=rx_any(THEIR_CHILD, ADULT_SPEAKING, GROWN_UP),
    ),
    # ------------------------------------------------------------ grooming signals
    signal(
        # "les filles de ton collège vont être jalouses", "tes potes de cm2 ils ont pas
        # accès", "vos camarades de classe sont puérils à côté de vous"
        "peers_belittled_8",
        "isolation",
        rf"\b(?:{CLASSMATES})\b.{{0,60}}\b(?:{PEERS_BELITTLED})",
        0.45,
        unless_text=rx_any(THEIR_CHILD, YOUR_CHILD),
    ),
    signal(
        # the same classmates as a child mark ("vos camarades de classe", "tes potes de 5e")
        "classmates_8",
        "child_frame",
        rf"\b(?:{CLASSMATES})\b|\bautres\senfants\sde\s(?:{SCHOOL_YEAR})",
        0.45,
        unless_text=rx_any(THEIR_CHILD, YOUR_CHILD),
    ),
    signal(
        # "vous écrivez remarquablement bien pour une élève de quatrième", "t'es trop fort
        # pour un gamin de 6e", "un super potentiel pour une fille de 14 ans"
        "praise_for_age_8",
        "maturity",
        rf"\b(?:{PRAISE})\b.{{0,40}}\bpour\sune?\s(?:eleve|file|fille|gamine?|gars|garcon|ado|petite?|enfant|meuf)\sde\s"
        rf"(?:{SCHOOL_YEAR}|{MINOR_AGE}\s?ans)\b|\bplus\s(?:sage|mature|mure|grande?)\sque\sles\sautres\s(?:enfants|eleves|files|gamins)\b"
        r"|\bvous\setes\s(?:tres\s|si\s)?(?:mure|mature)\b",
        0.45,
        unless_text=rx_any(THEIR_CHILD, YOUR_CHILD),
    ),
    signal(
        # "24 ans c'est pas si loin de tes 15 ans", "15 ans c'est pas jeune t'inquiète",
        # "14 ans ? ok pas grave", "l'écart d'âge ne signifie rien"
        "age_gap_8",
        "maturity",
        rf"\b(?:l'ecart\sd'age|la\sdiference\sd'age|\d+\sans)\s?\W{{0,3}}(?:ok\s|bon\s)?(?:c'est\s|ca\s|ne\s)?(?:{AGE_GAP_NOTHING})"
        r"|\bc'est\spas\svieux\spour\stoi\b|\bpas\ssi\sloin\sde\stes\s\d+",
        0.45,
        unless_text=rx_any(
            THEIR_CHILD, YOUR_CHILD, r"\bchien|\bchat\b|\bvoiture|\bmaison|\bboulot|\bmariage"
        ),
    ),
    signal(
        # "de tes 15 ans", "même à quatorze ans" said to the other: a child mark
        "your_age_8",
        "child_frame",
        rf"\btes\s({MINOR_AGE})\sans\b|\bmeme\sa\s({MINOR_AGE})\sans\b|^\W*({MINOR_AGE})\sans\s?\?\W*(?:ok|bon|ah|pas\sgrave)",
        0.45,
        unless_text=rx_any(THEIR_CHILD, YOUR_CHILD, ADULT_SPEAKING),
    ),
    signal(
        # "après 23h quand ta mère dort", "le soir quand tes parents dorment"
        "guardians_asleep_8",
        "secrecy",
        rf"\bquand\s(?:ta\s(?:mere|maman|daronne|reum)|ton\s(?:pere|papa|daron)|tes\s(?:parents|darons|rents))\s(?:{GUARDIANS_ASLEEP})",
        0.45,
    ),
    signal(
        # "ce qu'on se dit reste notre petit jardin secret", "garde notre conversation pour
        # toi", "tu diras rien à tes copines", "dites que je suis un ami de la famille",
        # "t'auras qu'à dire que tu dors chez une amie", "pas la peine de lui dire"
        "secret_words_8",
        "secrecy",
        r"\bnotre\s(?:petit\s)?(?:jardin\s)?secret\b|\bgarde\s(?:notre|nos|cete|ces)\s(?:conversation|conv|discution|echanges?|histoire|relation)\spour\stoi\b"
        r"|\btu\sdiras\srien\b|\bdites\sque\sje\ssuis\b|\bdis\sque\sje\ssuis\sun\sami\b|\bt'auras\squ'a\sdire\sque\b"
        r"|\bdire\sque\stu\s(?:dors|es|vas)\schez\sune?\s(?:amie?|copine|pote)\b|\bpas\sla\speine\sde\s(?:lui|leur)\s(?:dire|en\sparler)\b"
        r"|\bsi\s(?:l'on|on)\s(?:vous|te)\s(?:interoge|demande)\b|\bpas\sbizwen\ssav\b",
        0.45,
    ),
    signal(
        # "je suis pas comme ta mère moi, tu peux tout me raconter", "c'est des gamins", "on
        # reste juste nous deux", "je suis toujours disponible pour toi", "les parents ça
        # stresse", "il te faut un homme qui te respecte"
        "isolate_words_8",
        "isolation",
        r"\bpas\scome\s(?:ta\smere|ton\spere|tes\sparents)\b|\btu\speux\stout\sme\s(?:raconter|confier)\b|\bc'est\sdes\s(?:gamins|gamines|bebes)\b"
        r"|\bon\sreste\s(?:juste\s)?nous\s2\b|\bjuste\snous\s2\b|\btoujours\sdisponible\spour\stoi\b|\bles\sparents\sca\sstrese\b"
        r"|\bmieux\squ'ils\svienent\spas\b|\bil\ste\sfaut\sun\shome\b|\bun\svrai\sbonhome\b|\bje\ssais\sce\sque\stu\svaux\b"
        r"|\bparce\sque\st'es\sspecial|\bt'es\sau-desus\b|\bla\spetite\ssoeur\sque\sj'ai\sjamais\seue\b",
        0.45,
    ),
    signal(
        # "vas-y je t'en prends un", "je peux arranger ça", "je te paie le train", "pour des
        # bonbons", "t'offrir ce livre... donnez-moi une adresse"
        "gift_words_8",
        "gift",
        r"\bje\st'en\s(?:prends|achete|paie|paye|ofre|trouve|envoie)\sune?\b|\bje\speux\saranger\sca\b|\bje\ste\spaie\sle\s(?:train|bus|billet|taxi|voyage)\b"
        r"|\bpour\sdes\sbonbons\b|\b(?:t'ofrir|vous\sofrir)\s(?:ce|un|une|le|la)\b|\bdonez-moi\s(?:simplement\s)?une\sadrese\b",
        0.4,
    ),
    signal(
        # "un petit selfie", "une photo récente, que je puisse mettre un visage"
        "photo_words_8",
        "photo_request",
        r"\bun\s(?:petit\s)?selfie\b|\bune\sphoto\srecente\b|\bmetre\sun\svisage\b",
        0.4,
    ),
    hit(
        # "mets 2000 comme année de naissance sur ton compte", "refais-en un et mets 2008"
        "age_lie_coached_8",
        "grooming",
        r"\b(?:mets|met|indique|ecris|change)\s(?:\w+\s){0,2}(?:19[5-9]\d|200\d)\b.{0,30}\b(?:ane|date)\sde\snaisance\b"
        r"|\b(?:ane|date)\sde\snaisance\b.{0,20}\b(?:mets|met|indique|ecris)\s(?:19[5-9]\d|200\d)\b"
        r"|\brefais-en\sun\set\smets\s(?:19[5-9]\d|200\d)\b",
        0.8,
    ),
    hit(
        # "un petit selfie après tous ces robux ce serait sympa": a game currency against a
        # photo of the person
        "currency_for_photo_8",
        "grooming",
        rf"^(?=.*\b(?:{GAME_CURRENCY})\b)(?=.*(?:\bselfie\b|\bphoto\sde\stoi\b|\bta\stete\b|\bta\scam\b)).{{1,400}}",
        0.8,
        unless_text=rx_any(
            OTHER_PERSON, THEIR_CHILD, r"\bboutique\b|\bdans\sle\sjeu\b|\bcapture\b|\bscreen\b"
        ),
    ),
)
