# ruff: noqa: E501
"""Write the hand-written child-safety corpus: data/risk/written/child-train.jsonl and
child-dev.jsonl (seeded; `python scripts/make_risk_written.py`).

The phrasings are scripts/written_child_phrasings.py (one list per voice). Each phrasing is
filled and typed several times the way its voice types (accents kept or not, SMS words,
stretched vowels, a typo, capitals, emoji, punctuation dropped). Conversations are built
from per-side pools of questions, answers and moves, each turn marked with the labels it
makes certain; the alert turn is the first marked turn.

The split is by voice: the dev voices (DEV_VOICES) and the dev conversation pools are
never used while the rules are written; they are scored at the end.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from written_child_phrasings import VOICES

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data/risk/written"
SEED = 20261203
LABEL = {
    "md": "minor_disclosure",
    "gr": "grooming",
    "op": "off_platform",
    "ss": "sexual_solicitation",
}
DEV_VOICES = frozenset(
    {"lyceen_verlan", "groomer_sms", "dragueur_sms", "contact_adult", "prof_collegue"}
)
# Written after rules-3 was scored on dev and before dev's errors were read: the last
# measure (child-dev-2.jsonl), never tuned on.
DEV2_VOICES = frozenset(
    {"ado_dictee", "ado_anglais", "groomer_gamer", "annonce_adulte", "mod_quotes"}
)
# How each voice types: probabilities of each habit.
STYLE: dict[str, dict[str, float]] = {
    "clg_phone": {"accents": 0.9, "lower": 0.95, "punct": 0.7, "sms": 0.6, "stretch": 0.2, "typo": 0.3, "emoji": 0.3, "caps": 0.05},
    "ado_emoji": {"accents": 0.6, "lower": 0.7, "punct": 0.5, "sms": 0.4, "stretch": 0.5, "typo": 0.2, "emoji": 0.7, "caps": 0.15},
    "lyceen_verlan": {"accents": 0.8, "lower": 0.9, "punct": 0.6, "sms": 0.5, "stretch": 0.1, "typo": 0.25, "emoji": 0.2, "caps": 0.05},
    "petit_phonetique": {"accents": 1.0, "lower": 1.0, "punct": 0.9, "sms": 0.3, "stretch": 0.2, "typo": 0.4, "emoji": 0.2, "caps": 0.1},
    "gamer_discord": {"accents": 0.9, "lower": 0.9, "punct": 0.6, "sms": 0.5, "stretch": 0.1, "typo": 0.2, "emoji": 0.2, "caps": 0.1},
    "groomer_poli": {"accents": 0.1, "lower": 0.1, "punct": 0.1, "sms": 0.0, "stretch": 0.0, "typo": 0.1, "emoji": 0.15, "caps": 0.0},
    "groomer_sms": {"accents": 0.8, "lower": 0.9, "punct": 0.5, "sms": 0.7, "stretch": 0.1, "typo": 0.3, "emoji": 0.2, "caps": 0.05},
    "groomer_direct": {"accents": 0.5, "lower": 0.6, "punct": 0.3, "sms": 0.2, "stretch": 0.0, "typo": 0.15, "emoji": 0.05, "caps": 0.15},
    "contact_ado": {"accents": 0.9, "lower": 0.9, "punct": 0.6, "sms": 0.5, "stretch": 0.2, "typo": 0.2, "emoji": 0.4, "caps": 0.1},
    "contact_adult": {"accents": 0.3, "lower": 0.4, "punct": 0.2, "sms": 0.2, "stretch": 0.0, "typo": 0.15, "emoji": 0.1, "caps": 0.05},
    "dragueur": {"accents": 0.3, "lower": 0.5, "punct": 0.3, "sms": 0.1, "stretch": 0.05, "typo": 0.15, "emoji": 0.3, "caps": 0.05},
    "dragueur_sms": {"accents": 0.9, "lower": 0.9, "punct": 0.6, "sms": 0.6, "stretch": 0.1, "typo": 0.3, "emoji": 0.3, "caps": 0.05},
    "parent_forum": {"accents": 0.3, "lower": 0.4, "punct": 0.2, "sms": 0.1, "stretch": 0.0, "typo": 0.15, "emoji": 0.1, "caps": 0.0},
    "prof_collegue": {"accents": 0.2, "lower": 0.3, "punct": 0.2, "sms": 0.1, "stretch": 0.0, "typo": 0.1, "emoji": 0.05, "caps": 0.0},
    "ado_dictee": {"accents": 0.0, "lower": 0.3, "punct": 0.9, "sms": 0.0, "stretch": 0.0, "typo": 0.05, "emoji": 0.05, "caps": 0.0},
    "ado_anglais": {"accents": 0.9, "lower": 0.9, "punct": 0.6, "sms": 0.4, "stretch": 0.1, "typo": 0.2, "emoji": 0.3, "caps": 0.05},
    "groomer_gamer": {"accents": 0.5, "lower": 0.7, "punct": 0.4, "sms": 0.3, "stretch": 0.0, "typo": 0.15, "emoji": 0.15, "caps": 0.05},
    "annonce_adulte": {"accents": 0.4, "lower": 0.3, "punct": 0.3, "sms": 0.1, "stretch": 0.0, "typo": 0.1, "emoji": 0.2, "caps": 0.1},
    "mod_quotes": {"accents": 0.3, "lower": 0.5, "punct": 0.2, "sms": 0.0, "stretch": 0.0, "typo": 0.1, "emoji": 0.0, "caps": 0.0},
    "prevention_news": {"accents": 0.1, "lower": 0.1, "punct": 0.05, "sms": 0.0, "stretch": 0.0, "typo": 0.05, "emoji": 0.0, "caps": 0.0},
}  # fmt: skip
# Rows typed per phrasing, by its first label (fewer phrasings: more typings).
TYPINGS = {"md": 4, "gr": 5, "op": 5, "ss": 6, "": 4}

SMS = [
    ("je suis", ["jsuis", "chui", "jsui", "j'suis"]),
    ("j'ai", ["jai", "g", "j ai"]),
    ("c'est", ["c", "cé", "cest"]),
    ("quoi", ["koi", "quoi"]),
    ("quel", ["kel", "quel"]),
    ("que ", ["ke ", "que "]),
    ("t'as", ["ta", "tas", "t'a"]),
    ("tu es", ["t", "t'es", "tes"]),
    ("pourquoi", ["pk", "pq"]),
    ("parce que", ["pcq", "psk"]),
    ("aujourd'hui", ["ajd", "auj"]),
    ("avec", ["avc", "ac"]),
    ("toi", ["twa", "toi"]),
    ("pour", ["pr", "pour"]),
    ("dans", ["ds", "dans"]),
    ("beaucoup", ["bcp"]),
    ("je t'", ["jt'", "jt"]),
    ("ce soir", ["2soir", "ce soir"]),
]
EMOJI = ["😂", "😭", "🥺", "✨", "😅", "🙃", "😏", "💀", "❤️", "🤣", "😘", "🙈", "👀", "😩"]
FILL_BEFORE = [
    "",
    "",
    "",
    "wsh ",
    "bah ",
    "euh ",
    "en vrai ",
    "bon ",
    "mdr ",
    "genre ",
    "ah ",
    "nan mais ",
]
FILL_AFTER = [
    "",
    "",
    "",
    " mdr",
    " ptdr",
    " lol",
    " frr",
    " hein",
    " jsp",
    " quoi",
    " tkt",
    " !!",
    " ?",
]
NAMES = [
    "ines",
    "lea",
    "jade",
    "emma",
    "chloe",
    "lina",
    "nathan",
    "enzo",
    "lucas",
    "yanis",
    "sarah",
    "manon",
    "noah",
    "mael",
]
TOWNS = [
    "lyon",
    "nantes",
    "lille",
    "toulouse",
    "metz",
    "brest",
    "nimes",
    "rouen",
    "dijon",
    "pau",
    "tours",
    "grenoble",
]
GRADES = [
    "6e",
    "6eme",
    "5e",
    "5ème",
    "4e",
    "4eme",
    "4ème",
    "3e",
    "3eme",
    "troisième",
    "quatrième",
    "cinquième",
    "sixième",
]
APPS = ["snap", "insta", "tiktok", "discord", "whatsapp", "telegram"]
HANDLE_A = [
    "lune",
    "chat",
    "renard",
    "nuage",
    "loup",
    "pixel",
    "etoile",
    "ourson",
    "panda",
    "fraise",
    "tigre",
    "zebre",
]
HANDLE_B = ["bleu", "rose", "noir", "gris", "dore", "vert", "fou", "doux"]


def fake_phone(rng: random.Random) -> str:
    tail = rng.choice(["00 00 00 00", "39 98 00 00", "39 98 01 02", "00 00 00 01"])
    lead = rng.choice(["06", "07"])
    sep = rng.choice([" ", ".", "", "-"])
    return lead + sep + tail.replace(" ", sep)


def fill(text: str, rng: random.Random) -> str:
    a = rng.randint(11, 17)
    handle = f"{rng.choice(HANDLE_A)}{rng.choice(['_', '.', ''])}{rng.choice(HANDLE_B)}{rng.randint(1, 99)}"
    mat = f"{rng.choice(NAMES)}.{rng.choice(HANDLE_A)}{rng.randint(1, 99)}"
    slots = {
        "a": str(a),
        "a1": str(min(a + 1, 17)),
        "A": str(rng.randint(19, 62)),
        "g": rng.choice(GRADES),
        "app": rng.choice(APPS),
        "h": handle,
        "n": fake_phone(rng),
        "p": rng.choice(NAMES).capitalize(),
        "v": rng.choice(TOWNS),
        "m": f"{mat}@example.test",
        "mat": mat,
        "y": str(rng.randint(0, 4) if a < 16 else rng.randint(0, 1)),
    }
    for key in sorted(slots, key=len, reverse=True):
        text = text.replace("{" + key + "}", slots[key])
    return text


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randint(1, len(word) - 3)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind < 0.7:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def type_as(text: str, voice: str, rng: random.Random) -> str:
    style = STYLE[voice]
    if rng.random() < style["sms"]:
        low = text.lower()
        for word, alts in SMS:
            if word in low and rng.random() < 0.7:
                low = low.replace(word, rng.choice(alts), 1)
        text = low
    if rng.random() < style["accents"]:
        text = strip_accents(text)
    if rng.random() < style["lower"]:
        text = text.lower()
    if rng.random() < style["punct"]:
        text = re.sub(r"[,!]|\.(?=\s|$)", "", text).rstrip(" ?")
        text = text.replace("  ", " ")
    words = text.split(" ")
    if rng.random() < style["typo"]:
        k = rng.randrange(len(words))
        words[k] = typo(words[k], rng)
    if rng.random() < style["stretch"]:
        k = rng.randrange(len(words))
        w = words[k]
        if len(w) >= 3 and w[-1] in "aeiouy":
            words[k] = w + w[-1] * rng.randint(2, 4)
    text = " ".join(words)
    if rng.random() < style["sms"] * 0.5:
        text = rng.choice(FILL_BEFORE) + text + rng.choice(FILL_AFTER)
    if rng.random() < style["emoji"]:
        text = text + " " + rng.choice(EMOJI)
    if rng.random() < style["caps"]:
        text = text.upper()
    return text.strip()


def labels_of(code: str) -> list[str]:
    return [LABEL[c] for c in code.split(",") if c]


def messages(rng: random.Random, voices: frozenset[str]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for voice, phrasings in VOICES.items():
        if voice not in voices:
            continue
        for text, code in phrasings:
            labels = labels_of(code)
            first = code.split(",")[0] if code else ""
            seen: set[str] = set()
            for _ in range(TYPINGS[first] * 3):
                if len(seen) >= TYPINGS[first]:
                    break
                typed = type_as(fill(text, rng), voice, rng)
                if typed in seen:
                    continue
                seen.add(typed)
                rows.append(
                    {
                        "text": typed,
                        "labels": labels,
                        "kind": "positive" if labels else "hard_negative",
                        "voice": voice,
                    }
                )
    return rows


# ------------------------------------------------------------------ conversations
# Per side (train / dev) pools; each a list of texts. A: the adult (or the asker), B: the
# other person.
POOLS: dict[str, dict[str, list[str]]] = {
    "train": {
        "hello": [
            "slt",
            "cc",
            "salut ça va ?",
            "coucou",
            "bonsoir",
            "hey",
            "yo",
            "re",
            "salut toi",
        ],
        "hello_back": ["slt", "cc", "ca va et toi", "coucou", "hey", "bien et toi ?", "salut"],
        "age_q": [
            "t'as quel âge ?",
            "tu as quel age",
            "asv ?",
            "ta quel age",
            "t'as quel age toi",
            "age ?",
            "tu as quel âge vraiment ?",
            "t'es jeune non ?",
            "t'as quel âge au fait",
        ],
        "school_q": [
            "tu es au collège ou au lycée ?",
            "t'es en quelle classe ?",
            "tu vas au collège ?",
            "t'as cours demain ?",
            "tu fais quoi dans la vie ? t'es étudiante ?",
        ],
        "minor_ans": [
            "12",
            "13",
            "14 et toi",
            "moi c 13",
            "g 14",
            "quatorze",
            "1 3",
            "13 pk ?",
            "jsuis en 4e",
            "en 5e",
            "bientot 14",
            "jsuis mineure",
            "jsuis au clg",
            "15a",
            "f 13",
            "12 ans",
            "jai 14",
            "onze",
            "13 et demi",
            "4e et toi ?",
            "bah 6e",
            "g 12 ans 😅",
        ],
        "adult_ans": [
            "27",
            "34 et toi",
            "moi c 41",
            "g 29 ans",
            "19",
            "22 ans",
            "35",
            "46 et toi ?",
            "je suis infirmière, 31 ans",
            "24 ans etudiante",
        ],
        "adult_back": ["moi 38", "33", "j'ai 40 ans", "moi c 29"],
        "chat": [
            "tu fais quoi ?",
            "jregarde une serie",
            "ah cool",
            "mdr",
            "trop bien",
            "et toi ?",
            "ok",
            "jsuis dans mon lit",
            "tu viens d'ou ?",
            "de lyon",
            "il fait froid",
            "grave",
            "je m'ennuie",
        ],
        "groom_move": [
            "t'es trop mignonne",
            "t'es mature pour ton âge",
            "t'habites où ?",
            "tes parents sont là ?",
            "envoie une photo de toi",
            "on pourrait se voir",
            "ça reste entre nous ok ?",
            "tu me plais",
            "je peux t'offrir des robux",
            "t'es seule chez toi ?",
            "tu finis les cours à quelle heure ?",
            "l'âge c'est qu'un chiffre",
        ],
        "groom_strong": [
            "ça reste entre nous, dis rien à tes parents",
            "efface nos messages après",
            "je te recharge ton forfait si tu veux",
            "si on te demande dis que t'as 18",
        ],
        "app_ask": [
            "t'as snap ?",
            "viens sur insta",
            "ajoute moi sur snap",
            "passe sur whatsapp",
            "t'as un numéro ?",
        ],
        "backoff": [
            "ah t'es trop jeune pour ce site, fais attention à toi",
            "ok non désolé, ce site c'est pour les adultes",
            "oula non bonne soirée",
            "t'as rien a faire ici, fais gaffe aux gens",
        ],
        "peer": ["moi aussi 14 mdr", "ah moi jsuis en 4e aussi", "trop bien moi 13", "moi g 15"],
        "kids_q": ["t'as des enfants ?", "tu as des gosses ?"],
        "kids_ans": [
            "oui ma fille a 14 ans",
            "deux, 12 et 15 ans",
            "oui mon fils est en 4e",
            "ma fille passe le brevet cette annee",
        ],
        "adult_flirt": [
            "on se voit ce weekend ?",
            "t'es charmante",
            "tu me plais bien",
            "un verre demain ?",
            "t'as snap ?",
        ],
        "distress_other": [
            "jsuis en 4e et y a un mec qui me harcele sur snap",
            "une fille de ma classe de 5e m'insulte",
        ],
    },
    "dev": {
        "hello": ["wsh", "bjr", "slt cv", "hello", "bsr", "salut", "cc toi"],
        "hello_back": ["wsh", "cv et twa", "slt", "hello", "bsr", "ouais cv"],
        "age_q": [
            "ta kel age",
            "t'as cb ?",
            "t'es majeure ?",
            "t'es de quelle année ?",
            "t'as quel age vrmt",
            "kel age ?",
            "t'as 18 au moins ?",
            "tu as quel âge, sans mentir ?",
        ],
        "school_q": [
            "t'es au lycée ?",
            "t'es en kel classe",
            "tu vas en cours demain ?",
            "t'es étudiante ou au lycée ?",
        ],
        "minor_ans": [
            "16",
            "15 et twa",
            "moi c 16",
            "g 15 ans",
            "seize",
            "1 6",
            "non jsuis en seconde",
            "en 1ere",
            "2009",
            "jsuis au lycée",
            "16 et demi",
            "15 balais",
            "pas encore, 17 en mai",
            "non 16",
            "jsuis en 2nde et toi",
        ],
        "adult_ans": [
            "28",
            "31 et twa",
            "moi c 45",
            "g 23 ans",
            "20",
            "oui 26",
            "majeure tkt, 22",
            "je bosse, 33 ans",
        ],
        "adult_back": ["moi 37", "42", "g 36 ans"],
        "chat": [
            "tu fais koi",
            "rien jsuis posé",
            "ah ok",
            "ptdr",
            "grave",
            "jsp",
            "t'es d'ou",
            "de marseille",
            "tranquille",
        ],
        "groom_move": [
            "t trop belle",
            "t mature pr ton age",
            "t'habites ou",
            "tes rents sont la ?",
            "envoi une tof",
            "on se capte ?",
            "c entre nous ok",
            "tu me plais grave",
            "jpeux te payer des vbucks",
            "t seule chez toi ?",
            "tu sors a kel heure du lycée ?",
            "l age c ke un chiffre",
        ],
        "groom_strong": [
            "c entre nous, dis rien a ta mere",
            "supprime la conv apres",
            "jte recharge ton forfait",
            "dis ke ta 18 si on te demande",
        ],
        "app_ask": ["ta snap ?", "vien sur tele", "ajoute moi sur 👻", "go whatsapp", "ton num ?"],
        "backoff": [
            "t'es mineure ? bon jte laisse, fais gaffe ici",
            "ah non desolé jparle pas aux mineurs",
            "ok oublie, t'as rien a faire sur ce site",
        ],
        "peer": ["moi aussi seconde mdr", "moi 16 aussi", "ah jsuis en 1ere moi"],
        "kids_q": ["t'as des gamins ?", "des enfants ?"],
        "kids_ans": ["mon fils a 16 ans", "une fille en seconde", "deux ados, 13 et 16"],
        "adult_flirt": ["on se capte samedi ?", "t'es bonne", "un resto ?", "ta snap ?"],
        "distress_other": ["jsuis en seconde et jme sens trop seule au lycée"],
    },
    "dev2": {
        "hello": ["salut", "bonsoir", "gg", "hey toi", "coucou ça va", "yo la team"],
        "hello_back": ["salut", "ça va et toi", "yo", "bonsoir", "gg"],
        "age_q": [
            "tu as quel âge au fait",
            "t'as quel âge toi sérieux",
            "quel âge ?",
            "t'es jeune toi non",
            "t'es né en quelle année ?",
            "tu as 18 ans ?",
        ],
        "school_q": [
            "tu es en quelle classe",
            "tu vas à l'école demain ?",
            "t'es au collège ?",
            "c'est quoi ton collège ?",
        ],
        "minor_ans": [
            "treize",
            "j'ai 13 ans",
            "12 ans pourquoi",
            "bientôt 15",
            "en cinquième",
            "je suis en troisième",
            "non j'ai 14",
            "2012",
            "je suis au collège",
            "14 yo",
            "quatorze et toi",
            "j'ai que 12 ans",
        ],
        "adult_ans": [
            "32",
            "j'ai 27 ans",
            "40 et toi",
            "oui 25 ans",
            "je suis né en 1990",
            "trentaine",
        ],
        "adult_back": ["moi 35", "j'en ai 44", "29"],
        "chat": [
            "tu joues à quoi",
            "minecraft",
            "cool",
            "ah ouais",
            "je regarde youtube",
            "ok",
            "trop bien",
            "et sinon",
        ],
        "groom_move": [
            "t'es trop fort pour ton âge",
            "tu habites dans quelle ville ?",
            "tes parents sont couchés ?",
            "envoie une photo de toi",
            "on pourrait se voir un jour",
            "c'est notre secret d'accord",
            "tu me plais bien",
            "je t'offre des v-bucks",
            "t'es tout seul chez toi ?",
            "tu sors à quelle heure de l'école ?",
        ],
        "groom_strong": [
            "ne dis rien à tes parents hein",
            "efface nos conversations après",
            "je te paie le passe de combat",
            "si on te demande dis que t'as 18 ans",
        ],
        "app_ask": [
            "viens sur discord",
            "t'as snapchat ?",
            "ajoute moi sur whatsapp",
            "donne moi ton numéro",
        ],
        "backoff": [
            "ah t'es mineur, désolé je te laisse, fais attention ici",
            "ok non je parle pas aux enfants, bonne soirée",
        ],
        "peer": ["moi aussi j'ai 13 ans", "trop bien je suis en cinquième aussi"],
        "kids_q": ["vous avez des enfants ?"],
        "kids_ans": [
            "oui un garçon de 12 ans",
            "ma fille est en quatrième",
            "deux filles de 11 et 14 ans",
        ],
        "adult_flirt": ["on boit un verre vendredi ?", "tu es très charmante", "on s'appelle ?"],
        "distress_other": ["je suis en sixième et j'ai pas d'amis au collège"],
    },
}


def conversation(kind: str, side: str, rng: random.Random) -> dict[str, object]:
    p = POOLS[side]
    voice_a, voice_b = {
        "train": ("groomer_poli", "clg_phone"),
        "dev": ("groomer_sms", "lyceen_verlan"),
        "dev2": ("groomer_gamer", "ado_dictee"),
    }[side]
    turns: list[tuple[str, str, str]] = []  # speaker, text, labels made certain (codes)

    def say(who: str, pool: str, marks: str = "") -> None:
        voice = voice_a if who == "A" else voice_b
        turns.append((who, type_as(fill(rng.choice(p[pool]), rng), voice, rng), marks))

    say("A", "hello")
    say("B", "hello_back")
    if rng.random() < 0.5:
        say("A", "chat")
        say("B", "chat")
    if kind == "disclosure":  # an age or school question, a minor's answer
        say("A", rng.choice(["age_q", "school_q"]))
        say("B", "minor_ans", "md")
        if rng.random() < 0.6:
            say("A", "chat")
    elif kind == "disclosure_groom":
        say("A", "age_q")
        say("B", "minor_ans", "md")
        for _ in range(rng.randint(1, 3)):
            say("A", rng.choice(["groom_move", "groom_move", "groom_strong"]), "gr")
    elif kind == "groom_app":  # probing, moves, then another app
        say("A", "age_q")
        say("B", "chat")
        say("A", "groom_move")
        say("A", "groom_strong", "gr")
        say("A", "app_ask", "op")
    elif kind == "school_probe":  # a school question then one move
        say("A", "school_q")
        say("B", "chat")
        say("A", "groom_strong", "gr")
    elif kind == "disclosure_backoff":
        say("A", "age_q")
        say("B", "minor_ans", "md")
        say("A", "backoff")
    elif kind == "peers":
        say("A", "age_q")
        say("B", "minor_ans", "md")
        say("A", "peer")
    elif kind == "adults":
        say("A", "age_q")
        say("B", "adult_ans")
        say("A", "adult_back")
        say("A", "adult_flirt")
    elif kind == "parents":
        say("A", "kids_q")
        say("B", "kids_ans")
        say("A", "chat")
    elif kind == "adults_school":  # an adult asked about school answers as an adult
        say("A", "school_q")
        say("B", "adult_ans")
        say("A", "chat")
    elif kind == "unasked":
        say("B", "distress_other", "md")
        say("A", "chat")
    labels: list[str] = []
    alert = None
    for i, (_, _, marks) in enumerate(turns):
        # a flirt asking for snap between adults is still off_platform
        if marks and alert is None:
            alert = i
        for code in marks.split(","):
            if code and LABEL[code] not in labels:
                labels.append(LABEL[code])
    if kind == "adults":
        last = turns[-1][1]
        if any(w in last for w in ("snap", "👻")):
            labels.append("off_platform")
            alert = len(turns) - 1
    ordered = [label for label in LABEL.values() if label in labels]
    return {
        "turns": [{"speaker": s, "text": t} for s, t, _ in turns],
        "labels": ordered,
        "kind": "conversation",
        "voice": f"conv_{voice_a}+{voice_b}",
        "alert_turn": alert,
    }


CONV_KINDS = {
    "disclosure": 18,
    "disclosure_groom": 22,
    "groom_app": 12,
    "school_probe": 8,
    "disclosure_backoff": 8,
    "peers": 6,
    "adults": 20,
    "parents": 8,
    "adults_school": 6,
    "unasked": 4,
}


def build() -> dict[str, str]:
    """The text of each file, by name (seeded: the same every run; dev2 has its own seed,
    so adding it changed nothing in train and dev)."""
    rng = random.Random(SEED)
    rows = messages(rng, frozenset(VOICES) - DEV2_VOICES)
    convs: dict[str, list[dict[str, object]]] = {"train": [], "dev": [], "dev2": []}
    for side, share in (("train", 1.0), ("dev", 0.5)):
        for kind, count in CONV_KINDS.items():
            for _ in range(max(1, round(count * share))):
                convs[side].append(conversation(kind, side, rng))
    rng2 = random.Random(SEED + 2)
    rows += messages(rng2, DEV2_VOICES)
    for kind, count in CONV_KINDS.items():
        for _ in range(max(1, round(count * 0.5))):
            convs["dev2"].append(conversation(kind, "dev2", rng2))
    files = {}
    held = {"dev": DEV_VOICES, "dev2": DEV2_VOICES}
    for side in ("train", "dev", "dev2"):
        voices = held.get(side)
        if voices is None:
            part = [r for r in rows if r["voice"] not in DEV_VOICES | DEV2_VOICES]
        else:
            part = [r for r in rows if r["voice"] in voices]
        part += convs[side]
        lines = [
            json.dumps({"id": f"child-{side}-{i:05d}", **row}, ensure_ascii=False)
            for i, row in enumerate(part)
        ]
        files[f"child-{side.replace('dev2', 'dev-2')}.jsonl"] = "\n".join(lines) + "\n"
    return files


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in build().items():
        (OUT / name).write_text(text)
        print(f"{name}: {text.count(chr(10))} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
