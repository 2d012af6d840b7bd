"""French word lists of the risk detector that the normaliser uses: SMS spellings read back
as French, and the key words whose typos are read back as the word (written and owned by
the project, no outside list).

Every entry is in the normal form (lower case, no accents, doubled letters squeezed:
"apele" for "appelle"), since the normaliser applies them after folding and squeezing.
"""

from __future__ import annotations

# Whole SMS words -> French (unambiguous alone: "jsuis" is always "je suis").
SMS_WORDS: dict[str, str] = {
    # je suis / j'ai / je ...
    "jsuis": "je suis", "jsui": "je suis", "jsu": "je suis", "chui": "je suis",
    "chuis": "je suis", "jss": "je suis", "jesuis": "je suis", "jai": "j'ai",
    "jte": "je te", "jme": "je me", "jvais": "je vais", "jvai": "je vais", "jve": "je veux",
    "jveux": "je veux", "jveu": "je veux", "jpeux": "je peux", "jpeu": "je peux",
    "jsais": "je sais", "chais": "je sais", "jsp": "je sais pas", "jfais": "je fais",
    "jpense": "je pense", "jcrois": "je crois", "jtm": "je t'aime", "jten": "je t'en",
    "jtai": "je t'ai", "javais": "j'avais", "jaurai": "j'aurai", "jaime": "j'aime",
    "jhabite": "j'habite", "japele": "j'apele", "jarive": "j'arive", "jen": "j'en",
    # tu / t'
    "tas": "t'as", "tinquiete": "t'inquiete", "tkt": "t'inquiete", "thabites": "t'habites",
    "tapeles": "t'apeles", "tenvoie": "t'envoie", "tofre": "t'ofre", "tatends": "t'atends",
    "taime": "t'aime", "tetais": "t'etais", "tavais": "t'avais", "taurais": "t'aurais",
    # c'est / qu' / question words
    "cest": "c'est", "ct": "c'etait", "cetait": "c'etait", "kel": "quel", "kele": "quele",
    "kels": "quels", "keles": "queles", "koi": "quoi", "kwa": "quoi", "pk": "pourquoi",
    "pq": "pourquoi", "pkoi": "pourquoi", "pourkoi": "pourquoi", "ke": "que", "ki": "qui",
    "kan": "quand", "qd": "quand", "kom": "comme", "cmt": "comment", "keske": "qu'est-ce que",
    "kesk": "qu'est-ce que", "kestu": "qu'est-ce que tu", "cb": "combien", "cmb": "combien",
    "qqn": "quelqu'un", "qlq": "quelque", "qq": "quelques", "quelquun": "quelqu'un",
    "pcq": "parce que", "psk": "parce que", "paske": "parce que", "pasque": "parce que",
    # everyday words
    "mwa": "moi", "moa": "moi", "twa": "toi", "toa": "toi", "avc": "avec", "ac": "avec",
    "dla": "de la", "msg": "mesage", "mesg": "mesage", "rents": "parents",
    "pa": "pas", "dem1": "demain", "2main": "demain", "vrmt": "vraiment", "vrm": "vraiment",
    "tjrs": "toujours", "tjs": "toujours", "bcp": "beaucoup", "ds": "dans", "pr": "pour",
    "ns": "nous", "vs": "vous", "bjr": "bonjour", "slt": "salut", "dsl": "desole",
    "auj": "aujourd'hui", "ajd": "aujourd'hui", "2soir": "ce soir", "ptet": "peut-etre",
            "nrv": "enerve", "biz": "bisous", "ouai": "oui", "ouais": "oui",
    "wi": "oui", "nn": "non", "tro": "trop", "tre": "tres",
    "num": "numero", "tph": "telephone", "bahut": "colege", "aniv": "anniversaire",
    "anif": "anniversaire",
    # norm-4: school life as pupils type it, and phonetic spellings of the youngest
    "clg": "colege", "coleg": "colege", "jredouble": "je redouble", "jrentre": "je rentre",
    "jpase": "je pase", "jsors": "je sors", "jsor": "je sors",
    "jorai": "j'aurai", "jaurais": "j'aurai", "lecole": "l'ecole", "sizieme": "sixieme",
    "siziem": "sixieme", "sixiem": "sixieme", "cinkieme": "cinquieme", "cinkiem": "cinquieme",
    "katrieme": "quatrieme", "katriem": "quatrieme", "troizieme": "troisieme",
    "sui": "suis", "vai": "vais", "o": "au", "jvien": "je viens", "jviens": "je viens",
    "jpourais": "je pourais", "jtatend": "je t'atends", "jtatends": "je t'atends",
    "jtenvoie": "je t'envoie", "jtofre": "je t'ofre",
    "jtachete": "je t'achete", "jtrecharge": "je te recharge", "jtpaye": "je te paye",
    "jtdonne": "je te done", "jusis": "je suis", "jsius": "je suis", "jcherche": "je cherche",
    "kelkun": "quelqu'un", "kelk1": "quelqu'un", "qqun": "quelqu'un",
    # norm-6: La Réunion's créole for school
    "lekol": "l'ecole",
    # norm-7: Québec's "chu", more glued "je" + verb
    "chu": "je suis", "jsois": "je sois", "jdois": "je dois", "jdoi": "je dois",
    "jparle": "je parle", "jdepense": "je depense", "jtape": "je tape", "jreste": "je reste",
    "jjoue": "je joue", "jdors": "je dors", "jpars": "je pars", "jconais": "je conais",
    # norm-8: "photo" as typed short (five letters: below the typo map's six)
    "phto": "photo", "phtos": "photos", "foto": "photo", "fotos": "photos", "pothos": "photos",
}  # fmt: skip

# Words that follow "ta" / "tas" when it is "t'as" ("ta quel âge", "ta snap ?"), not "ta"
# the possessive ("ta mère").
AFTER_T_AS = (
    "quel|quele|combien|cb|un|une|des|du|de|d'|pas|deja|vu|envie|l'air|le|les|eu|fait|dit"
    "|peur|raison|besoin|ete|trop|vraiment|quoi|jamais|encore|toujours|fini|mal|cru|ca|qu'a"
    "|snap|snapchat|insta|instagram|whatsap|telegram|discord|tiktok|facebook|kik|signal|wsp"
    "|numero|num|telephone|tel|mail|copain|copine|mec|meuf|cours|l'age|\\d"
)
# Words that follow "t" / "tes" when it is "t'es" ("t trop belle", "tes en quelle classe").
AFTER_T_ES = (
    "en|ou|qui|vraiment|trop|tres|grave|si|super|seul|seule|toute|tout|bele|beau|jolie"
    "|mignon|mignone|mature|mure|chaud|chaude|mort|morte|con|cone|une|un|pas|la|dispo|libre"
    "|nul|nule|moche|bete|debile|gros|grose|sur|sure|au|chez|encore|deja|jeune|majeur"
    "|majeure|mineur|mineure|ne|nee|d'ou|canon|bg|sexy|fou|fole|malade|serieux|serieuse"
    "|qu'une|qu'un"
    "|timide|adorable|parfaite|parfait|magnifique|craquante|genial|geniale|marant|marante"
    "|drole|sympa|ici|dans|de|une\\s|vraiment|plus|aussi|bien|mal|dans"
)
# Words that follow "g" when it is "j'ai" ("g 14 ans", "g pas envie").
AFTER_G = (
    "\\d|pas|plus|envie|un|une|des|le|la|les|eu|fait|dit|vu|peur|faim|besoin|trop|que|qu'"
    "|deja|jamais|rien|mal|ete|cours|menti|ecrit|pris|perdu|froid|chaud|sommeil|hate|honte"
    "|l'age|l'impresion|oublie|envoye|recu|decide|arete|moins|toujours|encore|juste|seulement"
)
# One-letter words that lose their apostrophe before these ("j ai", "t es", "c est").
APOSTROPHE_BEFORE = (
    "ai|as|es|est|etais|etait|avais|avait|aime|aimes|habite|habites|age|apele|apeles"
    "|envoie|envoi|ofre|inquiete|atends|ecris|ajoute|adore|arive|y|il|ils|elle|on|ecoute"
    "|aurai|aurais|ete|en"
)

# Words never read as a typo of a key word (real words one edit away from one).
# The letters next to each letter on a French AZERTY keyboard (phones included): a key
# word typed with one of them in place of one inner letter reads back as the word.
AZERTY_NEIGHBOURS: dict[str, str] = {
    "a": "zq", "z": "aes", "e": "zrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij",
    "i": "uok", "o": "ipl", "p": "om", "q": "asw", "s": "qdz", "d": "sfe", "f": "dgr",
    "g": "fht", "h": "gjy", "j": "hku", "k": "jli", "l": "kmo", "m": "lp", "w": "xq",
    "x": "wc", "c": "xv", "v": "cb", "b": "vn", "n": "bm",
}  # fmt: skip
NOT_TYPOS = frozenset(
    {"habits", "comte", "monte", "envie", "sorte", "planer", "agent", "potos", "poto", "mentor",
     "second", "parens", "maure", "murir", "potable", "salome", "champus"}
)  # fmt: skip
# fp6: real French words one edit from a key word, read as themselves ("malade" is not
# "maladie", "table" not "tablette", "premier" not "première"). Made once with Debian's
# wfrench (/usr/share/dict/french, 346,205 words): each word of 5+ letters normalised with
# TYPOS emptied, its form a key of TYPOS: 86 forms, of which
# the rare words more likely a typo in chat are left out (escot, salpe, suidé, daller...) and
# so are forms whose reading helps a guard (surveillent, enseignent); no run-time dependency.
REAL_WORDS_NOT_TYPOS = frozenset(
    {"abonent", "atende", "briler", "caches", "chamois", "champs", "colage", "combine",
     "comprenes", "consome", "controlant", "coquins", "couine", "couines", "detruite", "devies",
     "devines", "devins", "espace", "etranges", "felicitions", "foure", "foute", "inferieurs",
     "jalouse", "mairese", "maitre", "maitres", "malade", "masages", "pister", "placent", "poser",
     "premier", "sacrifie", "sacrifier", "table", "taser"}
)  # fmt: skip
# ------------------------------------------------ word lists of the child-safety labels (rules-5)
# Regex alternations in the normal form, composed by rules.py's rules-5 block.

# School life only a pupil has (teachers and parents are kept out by ADULT_SCHOOL).
PUPIL_LIFE = (
    r"(?<!ton\s)(?<!ta\s)(?<!tes\s)(?<!son\s)(?<!sa\s)(?<!ses\s)(?:recre|cartable|carnet\sde\s(?:liaison|correspondance)|car\sscolaire|bus\sscolaire"
    r"|sortie\sscolaire|voyage\sscolaire|vie\sscolaire|garderie"
    r"|(?<=mon\s)prof\sprincipal|(?<=ma\s)prof\sprincipale|maitre\sde\sclasse|maitresse\s(?:de\s(?:cm|ce)|m'a|nous|a\sdit|de\sl'annee)"
    r"|conseil\sde\sclasse|bulletin|interro(?:\ssurprise)?|heure\sde\scolle|stage\sde\s(?:3e|3eme|troisieme)"
    r"|stage\sd'observation|surveillant\sgeneral|la\scpe|le\scpe|internat|college|lycee|primaire|bahut"
    r"|cem|ceg|harmos|lekol|l'ecole\s(?:demain|lundi|le\smatin|apres)|ecole\sdemain|(?<=j'ai\s)ecole\b"
    r"|dans\s(?:ma|la)\smeme\sclasse|avec\s(?:la|toute\sla)\sclasse|(?:le|la)\s(?:seule?|plus\s\w+)\sde\sma\sclasse"
    r"|felicitations\sdu\sconseil"
    r"|epreuves\scommunes|bfem|bac\sde\sfrancais|parcoursup|cycle\sd'orientation"
    r"|(?<=je\ssuis\sen\s)vacances\sscolaires|(?<=mes\s)vacances\sscolaires"
    r"|apres\s(?:l'ecole|les\scours|le\scollege)|avec\sl'ecole|(?:equipe\sdes|en|chez\sles|avec\sles)\su\s?1[0-7]"
    r"|en\sspe|mes\sspes|spe\s(?:maths|ses|svt|nsi|hggsp|physique|hlp|llcer))"
)
# What a parent rules over a child: going out, the phone, screens, bedtime, money.
CONTROLLED = (
    r"(?:sorte|sortir|sors|aille|aller|parle|parler|joue|jouer|ai|aie|avoir|prenne|prendre|dorme"
    r"|dormir|telecharge|telecharger|utilise|installe|rentre|regarde)"
)
DEVICE = (
    r"(?:tel|telephone|portable|natel|phone|iphone|ipad|tablette|ordi|pc|switch|console|ps[45]"
    r"|wifi|manette|xbox|gsm|cell|cellulaire|mobile|ecran)"  # rules-6: Belgian, Québec
)
# An adult's moves toward a child, in the words the accumulator weighs (rules.py's signals):
# hiding from everyone, and offering things.
SECRECY = (
    r"(?:entre\snous|notre\s(?:petit\s)?(?:secret|arrangement|monde)|en\scachette|rien\sque\spour\smoi"
    r"|personne\s(?:n'en\s|ne\s)?(?:saura|sait|va\ssavoir|doit\ssavoir)|personne\sen\ssaura"
    r"|(?:pas\sbesoin|pas\sla\speine|inutile)\s(?:de\s|d')(?:le\sdire|en\sparler|prevenir|savoir|le\ssavoir)"
    r"|(?:n'a|n'ont|a|ont)\spas\sbesoin\sde\s(?:le\s)?savoir|sans\s(?:le\sdire|en\sparler|prevenir)"
    r"|(?:ne\s)?(?:le\s|lui\s|leur\s)?(?:dis|dit|repete|raconte)(?:-le|-lui|-leur)?\s(?:rien|pas|jamais)"
    r"|dis\sa\spersonne|doit\srester\s(?:cachee?|secrete?|entre)|restera\sentre|garde\sca\spour\stoi"
    r"|au\scas\sou\s.{0,20}(?:fouille|regarde|lit|verifie)|(?:efface|supprime)\s(?:tout|nos|notre|la\sconv)"
    r"|baisse\sle\sson)"
)
GIFT_OFFER = (
    r"(?:je\s(?:te|t')\s?(?:paie|paye|offre|donne|achete|prete|recharge)\b"
    r"|je\st'envoie\s(?:de\sl'argent|du\scredit|\d+|un\scadeau|un\scasque|des\s\w+\sgratuit)"
    r"|je\st'ai\s(?:mis|achete|pris|commande|offert|donne)\s(?:un|une|des|le|la|les|\d+)"
    r"|veux-tu\s(?:un\scadeau|de\sl'argent|des\s(?:robux|v-?bucks|skins))"
    r"|je\s(?:peux|vais|pourrais)\st'(?:avoir|offrir|acheter|payer|envoyer)"
    r"|merites?\sdes\scadeaux|ce\squi\ste\sferait\splaisir|gratuit(?:ement)?\spour\stoi)"
)

# ------------------------------------------- word lists of the non-child labels (rules-3)
# Regex alternations in the normal form (no accents; doubled letters are squeezed when a
# rule is compiled, so they are written as French is spelled). rules.py composes them:
# a target and an insult, an intent, a harm verb and "te", a group and a dehumanising
# predicate, a product and a sale, an offer and a price.

# Insults said to someone ("t'es qu'une {INSULTS}", "espèce de {INSULTS}").
INSULTS = (
    r"con|conne|connard|connarde|connasse|salope|saloperie|pute|putain|batard|debile|abruti"
    r"|abrutie|idiot|idiote|cretin|cretine|bolos|bolosse|boloss|bouffon|bouffonne|merde"
    r"|sous-merde|grosse\smerde|tocard|tocarde|cassos|cas\ssocial|dechet|raclure|ordure|teube"
    r"|cafard|petasse|grognasse|pouffiasse|pouf|gogol|mongol|mongole|triso|trisomique|attarde"
    r"|attardee|thon|fils\sde\spute|trou\sdu\scul|pauvre\stype|pauvre\scon|pauvre\sconne"
    r"|chienne|sale\schien|minable|crevard|crevarde|imbecile|pourriture|parasite|tache"
    r"|victime|trainee|garce|encule|enculee|clochard|clocharde|loser|looser|rate|ratee"
    r"|grosse\svache|vache|truie|baleine|porc|dinde|cave|niaiseux|niaiseuse|gaou|bandit"
    r"|moins\sque\srien|sous-homme|malade\smentale?|erreur|honte|merdeux|merdeuse|naze|salaud"
    r"|baltringue|chacal|guignol|tepu|teubee|bete\sa\smanger\sdu\sfoin|nulle?|gros\snul"
    r"|grosse\snulle|moche|laide?|grosse|degueulasse|degueu|ane|mythomane|sac\sa\smerde"
    # rules-6: more insults of the same kind
    r"|pathetique|pitoyable|lamentable|nullite|clown|tanche|plouc|beauf|bouseux|catin|radasse"
    r"|morue|pouffe|blaireau|neuneu|demeure|demeuree|pignouf|morveux|morveuse|clodo|gueux"
    r"|enflure|fumier|salopard|crapule|vermine|charogne|larve|lavette|mauviette|lopette"
    r"|laideron|mochete|boudin|fils\sde\schien|sous-race"
    # rules-7 (other-train-7): regional and chat insults
    r"|mange-merde|trou\sde\sbale|cagole|gogole|guidoune|allumeuse|mytho|pleurnichard|pleurnicharde"
    r"|epaise|tabarnak\sde\sloser|vraie\sepaise"
)
# Groups people are attacked for (origin, religion, orientation, gender, disability...).
GROUPS = (
    r"arabes|rebeus|beurs|bougnoules|noirs|noires|blacks|renois|negres|negros|bamboulas"
    r"|macaques|juifs|juives|feujs|youpins|musulmans|musulmanes|homos|homosexuels|pedes|pds"
    r"|gays|gay|lesbiennes|gouines|tarlouzes|tapettes|fiottes|travelos|trans|fifs|roms|gitans"
    r"|tsiganes|manouches|migrants|immigres|etrangers|clandestins|refugies|chinois|asiats"
    r"|brides|africains|maghrebins|marocains|algeriens|tunisiens|turcs|blancs|babtous|femmes"
    r"|meufs|feministes|handicapes|handicapes\smentaux|autistes|trisomiques|gros|obeses"
    r"|sans-abri|sdf|voilees|musulmanes\svoilees|asiatiques|antillais|pakis|immigres"
)
# What a group is called to deny it is human or equal.
DEHUMANISING = (
    r"animaux|singes|macaques|cafards|rats|parasites|virus|vermine|sauvages|barbares"
    r"|terroristes|voleurs|violeurs|malades|malades\smentaux|monstres|porcs|dechets|esclaves"
    r"|fourbes|pervers|legumes|legumes\sinutiles|racaille|sous-hommes|abomination|chiens"
    r"|inferieurs|inferieures|attardes|fleau|cancer|maladie|poids|merdes|ordures|nuisibles"
    r"|criminels|degeneres|tares|betes|envahisseurs|putes|salopes|batards|incapables"
    r"|sous-races?|race\smaudite|contre\snature|erreurs?\sde\sla\snature|colons\sde\smerde"
    r"|voleurs\sde\spoules|la\sracaille|racailles"
)
# "faut les {EXTERMINATE}".
EXTERMINATE = (
    r"tuer|bruler|gazer|pendre|noyer|virer|renvoyer|chasser|enfermer|interner|steriliser"
    r"|euthanasier|soigner|corriger|exterminer|eliminer|abattre|degager|expulser|deporter"
    r"|fusiller|massacrer|buter|frapper|taper|cramer|lyncher|renvoyer\schez\seux"
)
# Verbs of harm after "je vais te" / "on va te".
HARM_VERBS = (
    r"tuer|buter|defoncer|frapper|tabasser|egorger|saigner|planter|poignarder|niquer|cramer"
    r"|bruler|fumer|allumer|eclater|detruire|demonter|peter\s(?:la\sgueule|les\sgenoux"
    r"|les\sdents|la\stete|les\sjambes|la\sface)|casser\s(?:la\sgueule|les\sdents|les\sjambes"
    r"|la\stete|les\sbras|les\sgenoux|la\sfigure|en\sdeux)|arracher\s(?:la\stete|les\syeux)"
    r"|ouvrir\sen\sdeux|choper|attraper|chicotter|gater|finir|ecraser|massacrer|faire\sla\speau"
    r"|faire\sdisparaitre|faire\sregretter|faire\spayer|faire\sdu\smal|faire\ssouffrir|crever"
    r"|mettre\sune\sballe|tirer\sdessus|noyer|etrangler|violer|sauter\sdessus|enterrer"
    r"|regler\ston\scompte|ruiner|pourrir\sla\svie|marave|deglinguer|tomber\sdessus|briser"
    r"|coller\sune\sballe|cogner|defigurer|lyncher|trouer|shooter|descendre|exploser"
    r"|casser|massacrer|trancher|decouper|attendre\sa\sla\ssortie"
    # rules-6
    r"|faire\sla\smisere|rendre\sla\svie\simpossible|faire\svivre\sun\senfer|refaire\sle\sportrait"
)
# Pictures and recordings held over someone (sextortion).
MEDIA = (
    r"photos?|videos?|nudes?|pics?|images?|captures?|screens?|screenshots?|sextape|tofs?"
    r"|enregistrements?|vocaux|cam"
)
PUBLISH = (
    r"publier|publie|diffuser|diffuse|envoyer|envoie|balancer|balance|montrer|montre|poster"
    r"|poste|partager|partage|mettre|mets|afficher|affiche|transferer|transfere|leaker|leak"
    r"|faire\stourner|exposer|sortir"
)
# Where the pictures would go.
AUDIENCE = (
    r"(?:a\s)?(?:tous\s)?(?:tes|vos)\s(?:contacts|amis|abonnes|potes|collegues|proches|parents"
    r"|followers|amis\sfacebook)|(?:a\s)?(?:ta|votre)\s(?:famille|mere|classe|femme|copine|soeur"
    r"|epouse|patronne)|(?:a\s)?(?:ton|votre)\s(?:mari|mec|copain|chum|pere|patron|employeur"
    r"|ecole|lycee|travail|boulot|facebook)|(?:a\s)?tout\sle\s(?:monde|quartier|lycee|college)"
    r"|(?:a\s)?toute\sta\s(?:classe|famille)|partout|sur\s(?:internet|le\snet|insta\w*|snap\w*"
    r"|facebook|fb|tiktok|twitter|les\sreseaux|un\ssite|tous\sles\sgroupes|les\sgroupes)"
    r"|site\sporno"
)
# Drugs by name, in chat slang; a word of this list with a word of trade is a deal.
DRUGS = (
    r"beuh|beu|weed|shit|cannabis|coke|cocaine|mdma|md|ecsta|ecstas|extas|xtc|keta|ketamine"
    r"|3mmc|4mmc|crack|resine|pollen|hasch|haschich|haschisch|skunk|amnesia|cali|taz|lsd"
    r"|buvards?|champis|champignons\shallucinogenes|lean|xanax|tramadol|filtre|kush|bedo"
    r"|pochons?|barrettes?|boulettes?|ghb|hero|heroine|teushi|zeb|spliff|meth|opium"
    r"|codeine|dope|plants?\sde\scannabis|gateaux?\sspace|space\scake|joints?|ecstasy"
    # rules-6
    r"|molly|ganja|marijuana|marie-jeanne|popers|protoxyde|amphets?|amphetamines?|2cb|dmt"
    r"|mescaline|kratom"
)
# Words that are drugs only when sold ("de la neige", "de la blanche", "du pot").
DRUGS_AMBIGUOUS = r"neige|blanche|poudre|frappe|pot|came|produit|pilules?|cachets|herbe|verte"
DRUG_EMOJI = "[🍃❄🍁🥦💊🍄🌿🍫💉🌲⛄🔌]"  # one class: scanned fast, and the prefilter reads it
# Words of trade around a drug.
DRUG_TRADE = (
    r"vends?|vend|vendre|revends?|revendre|dispo|disponible|livre|livraison|livreur|plan"
    r"|dealer|dealeur|deal|depanner?|depanne|pecho|trouver|qui\sa|qui\sva|t'as\sdu|t'as\sde"
    r"|t'as\sdes|t'aurais|cherche|acheter|achete|commande|commander|prix|menu|carte|catalogue"
    r"|ramener|ramene|fournir|fournis|taper|trait|rail|dose|charbonne\w*|guetteurs?|stock"
    r"|qualite|gramme|balles|pochon|besoin\sde|ca\ste\sdit|prendre\sun|se\sfait|on\sse\sfait"
    r"|se\sfaire|a\sla|cultive|pousser|recolte|arrive|contact|qui\sen\sveut|en\sveut|vente"
    r"|j'ai\sde\sla|j'ai\sdu|j'ai\sdes|on\sa\sle|j'en\sai|avoir\sdes|de\sbonne|de\sla\sbonne"
    r"|sans\sordonnance|pour\sla\steuf|pour\sle\sfestival|pour\sce\ssoir|fumer|le\splug"
    r"|j'ai\sce\squ'il\sfaut|qui\spour\sun"
    r"|mon\splug|teuf|soiree|party|rave|fete|€|\d+\s?g\b|le\sg\b|paie|paye|tarifs?"
)
# Ways of dying or hurting oneself after "je veux" / "je vais" / "j'ai envie de".
DIE = (
    r"mourir|crever|me\stuer|me\ssuicider|en\sfinir|me\sfoutre\sen\sl'air|me\spendre"
    r"|me\sjeter\s(?:sous|du|d'un|par|dans\sle\svide|de\sla|de\smon|de\sl')|sauter\s(?:du|d'un|par"
    r"|de\sla|de\smon|de\sl')|me\scouper|me\sscarifier|me\sfaire\sdu\smal|me\sfaire\smal"
    r"|quitter\sce\smonde|partir\spour\s(?:toujours|de\sbon)|mettre\sfin\sa\s(?:mes\sjours"
    r"|ma\svie|tout|tout\sca)|y\smettre\sfin|(?:ne\s)?plus\sme\sreveiller|dormir\spour\stoujours"
    r"|dormir\set\sne\s(?:jamais|plus)\sme\sreveiller|disparaitre\s(?:pour\s(?:de\svrai"
    r"|toujours|de\sbon)|a\sjamais)|ne\splus\s(?:exister|etre\sla)|plus\sexister|plus\setre\sla"
    r"|me\staillader|m'ouvrir\sles\s(?:veines|poignets)|avaler\s(?:tous|toute|tout)"
    r"|boire\sle\sproduit|faire\sune\s(?:connerie|betise)|me\sbruler|m'etrangler|me\snoyer"
    r"|rejoindre\s(?:mon|ma)\s\w+\sla-?\s?haut|me\stirer\sune\sballe|me\sfoutre\sen\sl'air"
)
WANT = (
    r"je\sveux|j'veux|je\sveu|j'ai\s(?:trop\s|tellement\s|vraiment\s|grave\s|juste\s)?envie\sd[e']"
    r"|envie\sde|je\svais|j'vais|je\sva|je\spense\sa|j'pense\sa|je\spense\sau|j'aimerais"
    r"|je\svoudrais|je\sprefere|je\sreve\sde|j'ai\sdecide\sde|je\scompte|je\ssens\sque\sje\svais"
    r"|je\sdois|il\sfaut\sque\sje|je\ssuis\sprete?\sa|j'ai\spense\sa\scomment\sje\spourrais"
    r"|je\spourrais|je\sme\sprepare\sa|j'ai\sprevu\sde"
)
# Money as typed: "500€", "300 euros", "80 balles", "10 000 francs", "200$".
# Starts only where a number starts and never backtracks into it (a long digit run stays
# linear).
AMOUNT = (
    r"(?<![\w.,])\d[\d.,]*+(?:\s\d{3}(?!\d))*+\s?(?:€|e|euros?|eur|balles|\$|dollars|k|francs"
    r"|cfa|fcfa|boules)(?![a-z])"
)

# Key words of the rules whose typos (a letter dropped, two swapped, a vowel changed) are
# read back as the word: distinctive words of six letters or more once squeezed, so that a
# typo of one is not another French word.
TYPO_KEYS: tuple[str, ...] = (
    # age, school, family
    "parents", "colege", "colegiene", "colegien", "lyceene", "lyceen", "mineure", "mineur",
    "majeure", "majeur", "anniversaire", "sixieme", "cinquieme", "quatrieme", "troisieme",
    "seconde", "premiere", "brevet", "primaire", "classe", "maman", "famile",
    # grooming moves
    "secret", "persone", "mature", "maturite", "selfie", "cadeau", "robux", "vbucks", "forfait",
    "recharge", "abonement", "conversation",
    "mesages", "mesage", "efface", "supprime", "comprend", "comprends", "chercher",
    "atendre", "retrouver", "rejoindre", "mignone", "magnifique", "jalouses",
    "jaloux", "mentir", "profil", "difference", "chifre", "nombre", "importance",
    # apps and contact
    "snapchat", "instagram", "telegram", "whatsap", "discord", "tiktok", "facebook",
    "mesenger", "numero", "telephone", "adrese", "ajoute", "ajouter",
    # threats, harassment, hate
    "habites", "defoncer", "regreter", "publier", "diffuser", "partout", "famile",
    "detruire", "bruler", "frapper", "degage", "gueule",
    "salope", "conard", "conase", "batard", "debile", "degueulase", "tocard", "dechet",
    "arabes", "musulmans", "migrants", "etrangers", "maladie", "inferieures", "animaux",
    # rules-3 (riskother): the non-child labels' key words
    "clochard", "trainee", "youpin", "foutre", "pauvre", "espece", "controlent", "retourne",
    "dehors", "combien", "gratuits", "gratuit", "argent", "deviens", "mourir", "tabaser",
    "recevra", "placement", "protection", "depaner", "scarifier", "scarifie", "pouffiase",
    # self-harm
    "suicide", "suicider", "scarifie", "disparaitre", "medicaments", "medocs",
    "finir", "regretera", "lettre", "adieu", "sauter",
    # sex, money, drugs
    "coquine", "coquines", "coquin", "sexfriend", "nudes", "escort",
    "finition", "massage", "tarifs", "tarifee", "paysafecard", "transcash", "crypto",
    "bitcoin", "iphone", "felicitations", "gagne", "cocaine", "cannabis",
    "livraison", "ecstasy", "champis", "pochons", "dealer",
    # norm-3: more words the rules hinge on
    "balance", "cachets", "vetements", "poster", "boloss",
    # norm-4
    "travaile", "travailer", "bientot", "enseignant", "enseignante", "surveilant",
    # norm-6: a pupil's day and the parents' rules (rules-5)
    "bulletin", "cartable", "corespondance", "trimestre", "interro", "confisque", "telecharger",
    "demander", "epreuves", "garderie", "maitrese", "recreation", "parcoursup", "tablette",
    "portable", "console", "interdit",
)  # fmt: skip

# ------------------------------------------- word lists of the non-child labels (rules-8)
# Regex alternations in the normal form, composed by rules_other8.py (session 8). Each list
# is a family's vocabulary, wider than the lines it was written from.

# Groups attacked as a whole (GROUPS plus their chat, regional and plural forms).
GROUPS_8 = (
    r"(?:" + GROUPS + r"|transgenres|transexuels|non-binaires|trisos|trisomiques|feministes|filles"
    r"|nanas|gonzesses|pedes|tafioles|tarlouzes|romanos|renois|nwar|noiches|babtous|cefrans"
    r"|asiats?|chinetoques|wallisiens|frontaliers|autochtones|continentaux|kouffars|mecreants"
    r"|zarabs?|bicots|ritals|polacks|portos|yankees|gens\sde\scouleur|gens\sdu\svoyage"
    r"|gens\sen\sfauteuil|infirmes|estropies|sourds|aveugles|mongoliens|gitans|caldoches|zoreilles"
    r"|pinzutus|bekes|cas\ssoc|musulmanes|juifs|arabes|imigres|imigrants|etrangers|africains"
    r"|maghrebins|marocains|algeriens|tunisiens|turcs|roumains|comoriens|mahorais|haitiens"
    r"|senegalais|maliens|congolais|camerounais|ivoiriens|afghans|syriens|tchetchenes|kabyles"
    r"|antillais|reunionais|guyanais|flamands|walons|francais\sde\sfrance|francais|belges"
    r"|quebecois|suises|homos|gays|gais|lesbiennes|bisexuels|queers|lgbt|femes\sau\svolant"
    r"|femes|meufs|handicapes|autistes|obeses|gros|sdf|migrants|refugies|clandestins)"
)
# Predicates that deny a group's worth ("c'est tous des ...").
CONTEMPT_8 = (
    r"(?:" + DEHUMANISING + r"|hysteriques|mal\sbaisees?|menteuses|menteurs|predateurs|degeneres"
    r"|tares|paresseux|paresseuses|bagareurs|alcooliques|asistes|insectes|sous-humains|racistes"
    r"|colons|bons\sa\srien|inutiles|danger\spublic|maladie\smentale|une\smaladie|pas\snormal"
    r"|sans\svaleur|inferieurs?|inferieures?|singes|rats|cafards|parasites|voleurs|terroristes"
    r"|profiteurs|feignants|faineants|primitifs|arieres|soulons|ivrognes|pedophiles|escrocs"
    r"|sauvages|barbares|nuisibles|vermines?|mode\sde\sbobos|tetes\senflees|fleaux?|poids\smorts"
    r"|de\sl'argent\sgache|des\sanimaux|pas\sdes\shumains|pas\smoun|moins\sque\srien"
    r"|rates|ratees|mecs\srates|erreurs)"
)
# Slurs of one person for what they are ("sale bicot", "pinzutu de merde").
SLURS_8 = (
    r"(?:bicot|bougnoule|negre|negro|bamboula|youpin|youtre|feuj\sde|chinetoque|niakoue|bride"
    r"|pede|tafiole|tarlouze|tapete|fiote|gouine|travelo|trisomique|triso|mongolien"
    r"|pinzutu|caldoche|zoreille|bekee?|rital|polack|portos|bledard|romano|manouche|gitan|arabe"
    r"|renoi|babtou|cefran|kouffar|mecreant)"
)
# Insults aimed at the person spoken to (beyond INSULTS).
PERSON_INSULTS_8 = (
    r"(?:" + INSULTS + r"|pretentieuse|pretentieux|hypocrite|menteuse|menteur|pauvre\sfile|pauvre"
    r"\smec|sans\svie|baraquie|snul|zinneke|boulet|rat|ratee?|cocue?|miserable|nulite|zero|bebet"
    r"|makrel|vieile\speau|vieile\spie|pie|boulete|moins\sque\srien"
    r"|bon\sa\srien|bone\sa\srien|parasite|plaie|rien\sdu\stout|sale\shypocrite|mythomane"
    r"|manipulatrice|manipulateur|profiteuse|profiteur|folle\sa\slier|cinglee?|tarees?|tare)"
)
# Street names of drugs not in DRUGS, and their regional words (La Réunion, the Antilles,
# Mayotte, Québec): each is a drug only beside a buyer's or a seller's word.
DRUGS_8 = (
    r"(?:ke|keta|zamal|paka|bangue|moon\srock|speed|cartons|kaillou|zolpidem|purple\sdrank"
    r"|champignons\smagiques|coca|3m|sachet\sblanc|beuh|ganja|weed|barette|taz|ecsta|md"
    r"|c\so\sc\sa|cocaine|lsd"
    r"|buvards?|crack|cailloux|galete|shit|hasch|resine|kush|skunk|amnesia|codeine|lean"
    r"|xanax|rivotril|subutex|methadone|fentanyl|ghb|poppers|proto|ballons|3mmc|4mmc|2cb|dmt)"
)
# What one would use against oneself (self_harm's means).
MEANS_8 = (
    r"(?:une\scorde|la\scorde|une\slame|la\slame|les\slames|des\slames|un\srasoir|le\srasoir"
    r"|les\scachets|des\scachets|mes\scachets|les\smedocs|mes\smedocs|les\ssomniferes|mes\ssomniferes"
    r"|mes\spilules\sde\sdodo|les\spilules|combien\sde\smg|le\sfusil|un\sfusil|le\spont|la\sboite"
    r"\sde\scachets)"
)

# rules-8 (riskgen8): the child-safety labels' words, as families (rules_child8.py).
# Grades of the other French-speaking school systems (Québec "sec 2", Switzerland's "11H",
# Ontario's "10e année", Belgium's "3e secondaire", "au secondaire").
GRADE_SYSTEMS = (
    r"(?:[7-9]|1[0-2])e?\s?anee(?!\s(?:de|d'|a\s|en\s|du))|(?<=en\s)(?:9|10|11)\s?h(?!\s?\d|\s(?:de|d'|du|pile|max|environ))|sec(?:ondaire)?\s?[1-5]"
    r"|secondaire|[1-6]e?\s(?:anee\s)?secondaire|1[01]e\sau\sco"
)
# A school closed for the day.
SCHOOL_CLOSED = (
    r"(?:le\scolege|la\spoly|la\spolyvalente|le\slycee|l'ecole|le\sbahut)\s(?:est\s)?ferme"
    r"|pas\sd'ecole\sdemain|pas\s(?:de\s)?cours\sdemain"
)
# A guardian taking a child's phone or console, or keeping them home.
DEVICE_TAKEN = (
    r"(?:confisque|confisk|pris|repris|prend|reprend)\s(?:mon|ma|mes|le|la)\s?(?:tel|telephone|portable|gsm|console"
    r"|switch|ps[45]|ordi|pc|ipad|tablette|manette)\b|(?:reprend|prend|confisque)\sa\s\d+\s?h"
    r"|laise(?:nt)?\spas\s(?:mon|ma|le|la)\s(?:tel|telephone|portable|gsm|console|ordi)"
    r"|laise(?:nt)?\spas\sseule?\s(?:a\sla\smaison|chez)"
)
# Classmates and friends, said of the other person's.
PEERS = r"(?:potes|copines|copains|amies?|amis|camarades|garcons|filles|files|mecs|meufs|gars)"
# What a groomer says of those classmates ("ils sont puérils", "elles vont être jalouses").
PEERS_BELITTLED = (
    r"sont\s(?:bien\s|trop\s)?(?:pueriles?|jalou\w*|des\sgamin\w*|nuls?|des\sti\smal)|vont\setre\sjalou\w*"
    r"|jouent\scome\sdes\snuls|c'est\sdes\s(?:gamins|ti\smal|bebes)|ont\spas\saces|vont\ste\sjuger|a\scote\sde\s(?:toi|vous)"
)
# Praise of a child's gifts ("tu écris bien pour une élève de 4e").
PRAISE = (
    r"bien|fort|forte|douee?|mature|mure|grande?|bele|jolie|talentueuse?|potentiel|avancee?|inteligente?"
    r"|maline?|sage|remarquablement"
)
# An age gap said to be nothing ("24 ans c'est pas si loin", "l'écart d'âge ne signifie rien").
AGE_GAP_NOTHING = (
    r"pas\s(?:grave|si\sloin|si\sjeune|jeune|vieux|beaucoup|un\sprobleme|important)"
    r"|(?:ne\s)?(?:signifie|veut\sdire|compte)\srien|rien\sdu\stout|qu'un\schifre"
)
# The guardians asleep or away: the time a groomer proposes to talk.
GUARDIANS_ASLEEP = (
    r"dort|dorment|est\scouchee?|sont\scouches|dormira|dormiront|sera\scouchee?|seront\scouches"
    r"|est\spas\sla|sont\spas\sla|travaille\stard|travaillent\stard"
)
# Game currencies and game gifts.
GAME_CURRENCY = (
    r"robux|v-?bucks|gemes|diamants|pase\sde\scombat|battle\spass|nitro|skins?|primogems"
    r"|pieces\sd'or"
)
