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
    "|aurai|aurais|ete|en|un|une"
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
)  # fmt: skip
