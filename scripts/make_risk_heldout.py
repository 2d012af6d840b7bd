"""Write data/risk/heldout.jsonl: the held-out evaluation split of the risk detector.

Written on 2026-12-03 BEFORE any rule, word list or head was changed for it, and never
used to tune them: the rules are tuned on train/dev only, and this file is scored once per
change of the detector, in aggregate (docs/detection.md says how many times).

It is deliberately written by another "author" than train/dev (scripts/risk_templates.py):
other phrasings (none copied from the templates), and typed the way a hurried phone user
types: SMS spelling ("jsuis", "ta" for "t'as", "kel", "pk"), no accents, no punctuation,
typos (a letter dropped, doubled or swapped), emoji, ages spelled out, spaced, in keycap
emoji or full-width digits, glued to "ans", leetspeak and look-alike letters in key words,
phone numbers with "O" for zero or in words.

Synthetic French, no real person: invented pseudonyms and handles, phone numbers in the
blocks ARCEP reserves for fiction (06 39 98 xx xx), links and mails on example.test;
grooming lines are early, non-explicit moves only.

    python scripts/make_risk_heldout.py      # seeded, reproducible
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261203

# ----------------------------------------------------------------------- slot values
CITIES = ["Amiens", "Toulon", "Reims", "Limoges", "Caen", "Angers", "Nimes", "Poitiers",
          "Annecy", "Valence", "Chambery", "Lorient"]  # fmt: skip
NAMES = ["ines", "lou", "maelys", "jade", "nolan", "enzo", "lina", "tom", "sarah", "yanis",
         "chloe", "mathis"]  # fmt: skip
APPS = ["snap", "snapchat", "insta", "instagram", "whatsapp", "telegram", "discord", "tiktok",
        "signal", "wsp"]  # fmt: skip
GRADES_YOUNG = ["6e", "6eme", "sixieme", "5e", "5eme", "cinquieme", "4e", "4eme", "quatrieme",
                "3e", "3eme", "troisieme", "seconde", "2nde", "cm2", "cm1", "premiere"]  # fmt: skip
WORD_NUM = {
    11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze", 16: "seize",
    17: "dix sept", 18: "dix huit", 19: "dix neuf", 20: "vingt",
}  # fmt: skip
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
KEYCAP = "\ufe0f\u20e3"
LOOKALIKE = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def render_age(n: int, rng: random.Random) -> str:
    """An age as people type it."""
    r = rng.random()
    if r < 0.5 or n not in WORD_NUM:
        return str(n)
    if r < 0.7:
        return rng.choice([WORD_NUM[n], WORD_NUM[n].replace(" ", "-")])
    if r < 0.8:
        return " ".join(str(n))
    if r < 0.9:
        return "".join(d + KEYCAP for d in str(n))
    return str(n).translate(FULLWIDTH)


def render_ans(rng: random.Random) -> str:
    return rng.choice([" ans", " ans", " ans", "ans", " a", "a", " ans", " an", " piges"])


def phone(rng: random.Random) -> str:
    a, b = rng.randint(10, 99), rng.randint(10, 99)
    forms = [
        f"06 39 98 {a} {b}",
        f"0639 98 {a}{b}",
        f"06.39.98.{a}.{b}",
        f"+33 6 39 98 {a} {b}",
        f"+336399 8{a}{b}",
        f"O6 39 98 {a} {b}",
        f"06-39-98-{a}-{b}",
        f"0 6 3 9 9 8 {' '.join(str(a))} {' '.join(str(b))}",
        f"zero six trente neuf quatre vingt dix huit {a} {b}",
    ]
    return rng.choice(forms)


def handle(rng: random.Random) -> str:
    first = rng.choice(["mimi", "kiki", "dark", "the", "lil", "bebou", "xx", "miss", "ptit"])
    second = rng.choice(["loup", "chat", "star", "kev", "jul", "nana", "boss", "cerise"])
    return f"{first}{rng.choice(['_', '.', ''])}{second}{rng.randint(1, 99)}"


def fill(template: str, rng: random.Random) -> str:
    """Fill the slots of a template."""

    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name == "m":  # a minor's age
            return render_age(rng.randint(11, 17), rng)
        if name == "m1":  # a minor's age, next year
            return str(rng.randint(12, 17))
        if name == "adult":
            return render_age(rng.randint(19, 58), rng)
        if name == "ans":
            return render_ans(rng)
        if name == "grade":
            return rng.choice(GRADES_YOUNG)
        if name == "city":
            return rng.choice(CITIES)
        if name == "name":
            return rng.choice(NAMES)
        if name == "app":
            return rng.choice(APPS)
        if name == "handle":
            return handle(rng)
        if name == "phone":
            return phone(rng)
        if name == "n":
            return str(rng.randint(2, 9))
        if name == "amount":
            return str(rng.choice([500, 800, 1000, 2000, 5000]))
        if name == "price":
            return str(rng.choice([50, 80, 100, 150, 200, 300]))
        if name == "height":
            return f"1m{rng.randint(45, 89)}"
        if name == "year":
            return str(rng.randint(1975, 2003))
        raise KeyError(name)

    return re.sub(r"\{(\w+)\}", repl, template)


# ------------------------------------------------------------------------- phrasings
# label -> positive phrasings; "|other,labels" after a phrasing adds labels.
POSITIVE: dict[str, list[str]] = {
    "minor_disclosure": [
        "j'ai {m}{ans}",
        "moi j'ai que {m}{ans}",
        "j'ai seulement {m}{ans} en vrai",
        "jai {m}{ans} bientot {m1}",
        "{m}{ans} et toi ?",
        "je vais sur mes {m}{ans}",
        "j'ai eu {m}{ans} le mois dernier",
        "j'ai eu {m}{ans} hier 🎂",
        "je vais avoir {m}{ans} en mars",
        "je suis en {grade}",
        "je suis en {grade} au college a {city}",
        "je rentre au lycee l'annee prochaine",
        "je suis au college",
        "je suis encore au college",
        "je suis au lycee, en seconde",
        "je passe en {grade} a la rentree",
        "je suis mineure",
        "je suis mineur donc bon",
        "je suis pas majeure",
        "j'ai pas 18 ans",
        "j'ai pas encore l'age d'etre ici, j'ai {m}{ans}",
        "je suis une fille de {m}{ans}",
        "je suis un garcon de {m}{ans}",
        "{m} f {city}",
        "{m}{ans} h {city}",
        "f {m} {city}",
        "{m}{ans}, je m'appelle {name}",
        "moi c'est {name}, {m}{ans}",
        "je fais ma rentree en {grade} lundi",
        "mes parents veulent pas que je parle a des inconnus, j'ai que {m}{ans}",
        "ma mere me laisse pas sortir le soir, j'ai {m}{ans}",
        "je suis nee en 2012",
        "je passe mon brevet en juin",
        "j'ai le brevet blanc demain",
        "j'ai {m} piges",
        "bientot {m}{ans}",
        "je suis qu'en {grade}",
        "en vrai j'ai {m}{ans}, pas 18",
        "j'ai menti sur mon age, j'ai {m}{ans}",
        "je suis en classe de {grade}",
        "moi je suis au college Jean Moulin",
        "j'ai {m}{ans} donc normalement j'ai pas le droit d'etre la",
        "trop jeune pour ce site, j'ai {m}{ans}",
        "c'est marque 18+ mais j'ai {m}{ans}",
        "je suis une ado de {m}{ans}",
        "je suis en {grade} et je m'ennuie trop",
        "demain j'ai cours au college a 8h",
        "je sors du college a 16h30",
        "mon anniv c'est demain, j'aurai {m}{ans}",
        "{m}{ans} depuis hier",
        "je suis collegienne",
        "je suis lyceenne en seconde",
        "on a eu le controle de maths en {grade} aujourd'hui, jsuis degoutee",
        "ma prof de {grade} nous donne trop de devoirs",
    ],
    "grooming": [
        "t'es grave mature pour ton age",
        "tu fais pas du tout ton age, t'es tres mature",
        "on dirait pas que t'as {m}{ans}, t'es super mature",
        "l'age c'est juste un nombre",
        "l'age on s'en fout entre nous",
        "t'inquiete pour l'ecart d'age c'est rien",
        "la difference d'age c'est pas grave entre nous",
        "dis rien a tes parents",
        "faut pas que tes parents sachent qu'on se parle",
        "efface nos messages apres, c'est entre nous",
        "montre pas nos conversations a ta mere",
        "tes parents comprendraient pas ce qu'on vit",
        "si on te demande t'as qu'a dire que t'as 18 ans",
        "mets 18 ans sur ton profil sinon ils vont te virer",
        "je peux te donner {amount} robux si tu veux",
        "tu veux des vbucks ? je t'en paye",
        "je te recharge ton forfait si tu m'envoies une photo de toi",
        "je passe te prendre apres les cours ?",
        "tu finis a quelle heure le college ? je peux t'attendre devant",
        "t'es toute seule chez toi ce soir ? tes parents rentrent quand ?",
        "tes parents regardent ton telephone ?",
        "tes parents verifient tes messages ?",
        "personne te comprend comme moi",
        "tes copines sont jalouses de nous, les ecoute pas",
        "t'es en quelle classe ? t'es trop mignonne",
        "t'as quel age ? t'es belle sur ta photo, envoie en une autre",
        "tu vas dans quel college ? je suis dans le coin",
        "je te trouve tres mure pour une fille de {m}{ans}",
        "c'est rare une fille de ton age aussi mature",
        "je t'offre une carte cadeau si tu gardes ca pour toi",
        "ca reste entre nous hein, meme pas a ta meilleure amie",
        "supprime la conv pour que tes parents la voient pas",
        "tes parents sont stricts ? tu peux venir chez moi si tu veux",
        "je viens te chercher a la sortie de ton college",
        "on se voit mercredi aprem quand t'as pas cours ?",
        "passe sur snap, tes parents verront pas|off_platform",
        "on continue sur telegram, c'est plus discret pour toi|off_platform",
        "tu dis a ta mere que tu dors chez une copine et on se voit",
        "dis a tes parents que tu vas a la bibliotheque et rejoins moi",
        "tu peux mentir sur ton age pour t'inscrire, c'est pas grave",
        "je suis plus vieux mais ca change rien entre nous",
        "t'es pas comme les filles de ton age",
        "envoie une photo de toi en sortant du college",
        "je serai ton grand frere secret, personne doit savoir",
        "je te paye ton abonnement fortnite si tu restes avec moi",
        "t'as quel age ? tu ressembles a une vraie femme deja",
        "a ton age t'as besoin de quelqu'un de plus grand pour te guider",
        "tes parents te laissent sortir seule ? je peux venir te voir",
    ],
    "off_platform": [
        "ajoute moi sur {app} : {handle}",
        "mon {app} c'est {handle}",
        "viens en pv sur {app}",
        "on passe sur {app} ? c'est plus simple",
        "ecris moi au {phone}",
        "mon 06 : {phone}",
        "appelle moi {phone}",
        "t'as un {app} ?",
        "tu m'ajoutes sur {app} ?",
        "donne ton num stp",
        "envoie ton numero en prive",
        "mon mail {handle}@example.test",
        "{app}: {handle}",
        "go {app} je te donne mon pseudo",
        "on parle sur {app} plutot, ici ca bug",
        "mon insta c'est @{handle}",
        "rejoins mon serveur discord example.test/invite/{handle}",
        "tu as whatsapp ? je te donne mon numero",
        "passe ton snap",
        "balance ton insta",
        "je te laisse mon numero {phone}",
        "on se capte sur {app} ce soir ?",
        "add moi {handle} sur snap",
        "dm moi sur insta",
        "envoie moi un message sur whatsapp au {phone}",
        "mon tel {phone} si tu veux",
        "texte moi, {phone}",
        "retrouve moi sur {app}, meme pseudo qu'ici",
        "c'est quoi ton {app} ?",
        "file moi ton 06",
    ],
    "sexual_solicitation": [
        "ca te dit un plan ce soir chez moi ? 😏",
        "je cherche un plan cul sur {city}",
        "plan q ce soir ?",
        "t'es chaude ce soir ?",
        "envoie des photos coquines",
        "on fait une cam coquine ?",
        "t'as envie de passer la nuit avec moi ?",
        "je cherche une femme pour moments coquins discrets",
        "h cherche f pour plan d'un soir",
        "tu veux qu'on s'amuse un peu tous les deux ce soir ? 😈",
        "je suis excite, on se fait un cam to cam ?",
        "dispo pour un plan sans lendemain",
        "montre moi tes nudes",
        "j'ai envie de toi ce soir",
        "on se rejoint a l'hotel pour un moment chaud ?",
        "je cherche une sexfriend",
        "envoie une photo en sous vetements",
        "t'es partante pour un plan a trois ?",
        "viens chez moi, on regarde un film et plus si affinites 😏",
        "ca te dirait qu'on couche ensemble ?",
    ],
    "harassment": [
        "t'es vraiment une grosse merde",
        "ferme ta gueule sale conne",
        "personne t'aime, degage du salon",
        "espece de boloss",
        "va te faire foutre",
        "t'es qu'une pute",
        "sale chienne",
        "t'es qu'un gros porc degueulasse",
        "t'es debile ou quoi, retourne jouer aux billes",
        "tout le monde se fout de ta gueule ici",
        "t'es la honte de ce salon, casse toi",
        "ntm",
        "fdp va",
        "connard va",
        "t'as une gueule de cul",
        "grosse vache",
        "tu sers a rien, t'es un dechet",
        "on va tous te signaler sale tocard",
        "t'es moche a en vomir",
        "pauvre tache",
    ],
    "threat": [
        "je vais te retrouver et te defoncer",
        "je sais ou t'habites",
        "fais gaffe a toi quand tu sors",
        "si tu paies pas j'envoie tes photos a tous tes contacts",
        "je vais publier tes photos sur insta si tu reponds pas",
        "je connais ton lycee, je t'attends a la sortie",
        "tu vas le regretter, crois moi",
        "je vais te planter",
        "t'es mort si je te croise",
        "je vais bruler ta voiture",
        "on va s'occuper de toi et de ta famille",
        "envoie {price} euros ou tout le monde verra ta video",
        "je vais te casser les jambes",
        "je te trouverai ou que tu sois",
        "je vais te faire du mal",
        "je vais mettre ta photo partout",
    ],
    "hate": [
        "sale arabe rentre chez toi",
        "les noirs sont tous des voleurs",
        "les juifs controlent tout",
        "mort aux pedes",
        "retourne dans ton pays",
        "les musulmans devraient etre expulses",
        "les femmes sont inferieures, c'est naturel",
        "les gays c'est une maladie",
        "sale bougnoule",
        "ces migrants sont des animaux",
        "les roms volent tous",
        "sale youpin",
        "les chinois c'est des virus",
        "dehors les etrangers",
    ],
    "scam_spam": [
        "gagne 500 euros par jour depuis chez toi, clique ici example.test/job",
        "felicitations vous avez gagne un iphone 15, reclamez votre cadeau",
        "investis dans la crypto, rendement garanti 20%",
        "envoie moi le code de ta paysafecard",
        "followers gratuits sur example.test/boost",
        "deviens riche en 30 jours",
        "offre limitee : casino en ligne, bonus de bienvenue",
        "je double ton argent en 24h",
        "pronos surs a 100%, rejoins le groupe vip",
        "donne moi ton iban pour recevoir ton gain",
        "ton compte va etre suspendu, confirme tes identifiants sur example.test/login",
        "j'ai un plan pour se faire de l'argent facile, interesse ?",
        "achete des coupons transcash et envoie moi les codes",
    ],
    "prostitution": [
        "rencontre contre petit cadeau, dispo ce soir",
        "{price} roses l'heure",
        "jeune femme recoit en toute discretion, tarifs en pv",
        "escort dispo sur {city}",
        "massage avec finition, {price} euros",
        "sugar daddy cherche sugar baby",
        "je me fais payer pour les rencontres",
        "{price}r la nuit",
        "rencontre tarifee, me contacter",
        "recois a l'hotel, cadeau obligatoire",
        "combien pour la nuit ?",
        "dispo en deplacement, petit cadeau demande",
    ],
    "drugs": [
        "qui vend de la beuh sur {city} ?",
        "j'ai de la weed dispo, livraison rapide",
        "🍃❄ dispo 7j/7, snap pour le menu",
        "je cherche de la coke pour ce soir",
        "10e le g, livraison",
        "plan md pour la soiree ?",
        "dealer dispo en ville",
        "je fournis ecsta et keta",
        "t'as du shit ?",
        "vente de champis magiques",
        "j'ai des taz pour samedi",
        "livraison discrete de pochons",
    ],
    "self_harm": [
        "j'ai envie de mourir",
        "je veux en finir ce soir",
        "je me scarifie depuis des mois",
        "j'ai plus envie de vivre",
        "personne me regrettera si je pars",
        "je vais me foutre en l'air",
        "j'ai pris plein de medocs",
        "je pense au suicide tous les jours",
        "je veux disparaitre pour toujours",
        "je me coupe encore",
        "ca sert a rien que je vive",
        "j'ai ecrit ma lettre d'adieu",
        "je sers a rien, je veux mourir",
        "je vais sauter du pont",
    ],
}

# label -> hard negatives: lines that look like the label and are not.
HARD_NEGATIVE: dict[str, list[str]] = {
    "minor_disclosure": [
        "mon fils a {m}{ans}",
        "ma fille est en {grade}",
        "ma petite soeur a {m}{ans}",
        "je suis prof de {grade}",
        "je suis prof au college",
        "j'enseigne en {grade} depuis 10 ans",
        "je suis en master 2",
        "je suis en 3e annee de licence",
        "j'ai {m}{ans} d'experience dans la vente",
        "on a fete nos {m}{ans} de mariage",
        "quand j'avais {m}{ans} je faisais du skate",
        "a {m}{ans} j'etais deja fan de rap",
        "je mesure {height}",
        "je regarde la saison {n} de la serie",
        "j'ai {adult}{ans}",
        "moi c'est {adult}{ans} et toi ?",
        "{adult} h {city}",
        "asv ?",
        "asv stp",
        "mon chat a {m}{ans}",
        "ma voiture a {m}{ans}",
        "j'ai fait {m}{ans} de judo",
        "je bosse depuis {m}{ans} dans un college",
        "je suis surveillante au college",
        "j'ai des eleves de {grade}",
        "mes enfants ont {m} et {m}{ans}",
        "j'ai arrete l'ecole en 3e, y a longtemps",
        "le programme de {grade} a change cette annee",
        "j'ai passe le brevet en {year}",
        "j'ai perdu {m} kilos",
        "ca fait {m}{ans} que je suis sur ce tchat",
        "il a {m}{ans} mon neveu",
        "j'ai {m}{ans} d'ecart avec mon mari",
        "on est le {m} du mois",
        "rdv a {m}h devant la gare",
        "je suis nee en {year}",
        "je suis majeure et vaccinee",
        "j'ai eu mon bac il y a {m}{ans}",
        "mon petit cousin passe en {grade}",
        "j'ai {m} messages non lus",
        "les {m}{ans} de ma fille samedi",
        "je travaille dans un lycee",
        "je suis parent d'eleve en {grade}",
    ],
    "grooming": [
        "ne dis rien a maman, c'est une surprise pour son anniv",
        "mon grand pere fait du velo a 80 ans, l'age c'est qu'un chiffre",
        "je vais chercher mon fils a la sortie du college",
        "je t'offre un cafe a la pause ?",
        "tu fais plus jeune que ton age, c'est quoi ton secret ?",
        "t'as quel age ?",
        "asv",
        "mon neveu veut des vbucks pour noel, c'est cher",
        "un homme condamne pour avoir offert des robux a des collegiens",
        "si un adulte te demande de garder un secret, parles en a un adulte de confiance",
        "les predateurs disent souvent c'est notre secret, apprenez a vos enfants a le reperer",
        "c'est entre nous mais je quitte mon boulot",
        "garde ca pour toi, je suis enceinte",
        "on se voit samedi pour le match ?",
        "tu sors a quelle heure du boulot ?",
        "tes parents vont bien ?",
        "je peux venir te chercher a la gare ?",
        "la difference d'age entre mes enfants c'est 3 ans",
        "l'ecart d'age dans notre couple c'est 2 ans",
        "efface cette photo de moi, elle est moche",
        "tu m'envoies la photo du groupe de samedi ?",
        "ma fille joue a roblox, elle veut toujours des robux",
        "j'ai achete des vbucks a mon fils",
        "les parents d'eleves se reunissent jeudi",
        "conseil aux parents : verifiez avec qui vos enfants parlent en ligne",
        "mon fils m'a dit qu'un inconnu lui demandait son age sur un jeu, j'ai signale",
        "t'es trop belle sur ta photo de profil",
        "tu viens d'ou ? moi de {city}",
        "tu fais quoi dans la vie ?",
        "ca te dit un verre vendredi ?",
    ],
    "off_platform": [
        "snap est en panne chez vous aussi ?",
        "j'ai desinstalle tiktok, trop addictif",
        "j'ai vu une video drole sur insta",
        "mon numero client c'est le 4587 2201",
        "la saison {n} sort le 12 mars",
        "rdv 18h30 devant le cinema",
        "j'ai fait 12 000 pas aujourd'hui",
        "mon code postal c'est 69003",
        "il a {n} millions d'abonnes sur insta",
        "discord a change son logo",
        "ne donnez jamais votre numero a un inconnu",
        "le numero de la salle c'est 204",
        "j'ai perdu mon tel hier",
        "whatsapp marche pas chez moi",
        "la facture fait 1234,56 euros",
        "telegram c'est quoi exactement ?",
        "mon snap est nul j'ai que 3 amis",
        "le score final 3 a 2",
        "appelle le 15 en cas d'urgence",
        "tu as vu le tiktok de cette chanteuse ?",
        "tel pere tel fils",
        "instagram appartient a meta",
        "mon numero de dossier est le 2024-118-552",
        "j'ai change de telephone, le mien etait trop vieux",
    ],
    "sexual_solicitation": [
        "je suis chaud pour un foot dimanche",
        "on se fait un plan resto ?",
        "le plan de table du mariage est pret",
        "il fait trop chaud ce soir",
        "t'es chaude pour le cine demain ?",
        "une photo de vacances a la plage",
        "je passe la nuit a reviser",
        "nos photos de mariage sont arrivees",
        "je cherche une coloc sur {city}",
        "les nudes non consentis sont un delit, signalez les",
        "le plan b c'est de prendre le train",
        "la cam de surveillance est en panne",
        "soiree jeux de societe samedi",
        "j'ai envie de toi... de pizza mdr",
    ],
    "harassment": [
        "je suis nul en maths",
        "ce film est une merde",
        "quel con je suis, j'ai oublie mes cles",
        "le harcelement en ligne est puni par la loi",
        "mon chef m'a traite de nul, ca m'a blesse",
        "putain de bouchons ce matin",
        "les pigeons de mon balcon sont insupportables",
        "c'est debile cette regle",
        "tu es genial",
        "le bouffon du roi dans la piece de theatre",
        "j'ai mange comme un porc a noel",
        "ma chienne est malade, je l'emmene chez le veto",
    ],
    "threat": [
        "je vais te tuer a mario kart mdr",
        "je suis mort de rire",
        "ce boss va me tuer",
        "je vais tuer ce controle demain",
        "tu vas le regretter si tu rates ce film, il est top",
        "je sais ou t'habites, tu me l'as dit hier, c'est a cote de chez moi",
        "je vais publier les photos du mariage ce soir",
        "un homme condamne pour avoir menace de publier des photos",
        "fais gaffe a toi sur la route, il neige",
        "je vais planter des tomates",
        "on va se faire defoncer au match samedi",
        "ma fille m'a tue avec sa blague",
        "tu m'as tue avec ta video",
    ],
    "hate": [
        "le racisme n'a pas sa place ici",
        "mes potes arabes et moi on joue au foot",
        "je suis gay et fier",
        "la cuisine juive de ma grand mere",
        "les chinois ont invente la poudre",
        "les femmes sont majoritaires en medecine",
        "un elu condamne pour des propos racistes",
        "les migrants traversent la mediterranee dans des conditions terribles",
        "je suis noir et j'adore le jazz",
        "l'homophobie tue, signalez les insultes",
    ],
    "scam_spam": [
        "je me suis fait arnaquer avec un coupon pcs, mefiez vous",
        "la crypto c'est trop risque pour moi",
        "j'ai gagne 10 euros au loto",
        "le reglement du salon est sur example.test/regles",
        "mon banquier m'a demande mon iban pour le virement du salaire",
        "ne donnez jamais le code de votre carte",
        "j'ai recu un faux mail de la banque, attention",
        "j'ai eu une promo sur mes chaussures",
    ],
    "prostitution": [
        "j'ai achete 12 roses pour ma mere",
        "une idee de cadeau pour l'anniv de mon frere ?",
        "massage chez le kine ce matin",
        "le rosier a fait 30 roses cette annee",
        "pour la saint valentin, 20 roses rouges",
        "je recois ma famille ce weekend",
        "les tarifs du cinema ont augmente",
        "la prostitution des mineurs est un crime, signalez",
    ],
    "drugs": [
        "j'ai pris un doliprane",
        "un coca zero stp",
        "je suis accro au cafe",
        "les herbes de provence dans la sauce",
        "prevention : la cocaine detruit le coeur",
        "le joint de la salle de bain fuit",
        "des champignons dans l'omelette",
        "mon fils fume de la weed, comment lui en parler ?",
        "un cristal de sel",
        "la drogue c'est dangereux",
    ],
    "self_harm": [
        "je suis mort de fatigue",
        "je vais me tuer a la tache",
        "ce film m'a tuee",
        "j'en peux plus de ce boulot",
        "si tu as des idees noires, appelle le 3114",
        "mort de rire",
        "je meurs de faim",
        "ce controle va me tuer",
        "j'ai failli mourir de honte",
        "journee de prevention du suicide a la fac",
    ],
}

NEUTRAL = [
    "salut tout le monde",
    "cc ca va ?",
    "quelqu'un de {city} ici ?",
    "il pleut encore",
    "vous faites quoi ce soir ?",
    "j'ai trop faim",
    "on est {n} dans le salon",
    "il est 14h et j'ai deja sommeil",
    "qui regarde le match ?",
    "bonne nuit a tous",
    "j'adore cette chanson",
    "mon chat dort sur le clavier",
    "quelqu'un a vu le dernier film marvel ?",
    "je reviens dans 5 min",
    "c'est calme ce soir",
    "vous ecoutez quoi comme musique ?",
    "j'ai rate mon bus",
    "bon appetit",
    "trop bien ce salon",
    "je suis creve, grosse journee",
]

# Conversations: (turns "A: ..." / "B: ...", labels, alert turn).
AGE_Q = ["t'as quel age ?", "tu as quel age", "ta kel age", "asv ?", "age ?", "t'as quel age toi",
         "tu as quel age au fait ?", "t'as cb d'age ?"]  # fmt: skip
MINOR_ANSWER = ["{m}", "{m}{ans}", "{m} et toi", "bientot {m}", "{m}{ans} et toi ?", "jai {m}",
                "{m} pk ?", "en {grade}", "je suis en {grade}", "{m} f"]  # fmt: skip
ADULT_ANSWER = ["{adult}", "{adult}{ans}", "{adult} et toi ?", "j'ai {adult}{ans}", "{adult} h"]
SCHOOL_ANSWER = ["en {grade}", "{grade}", "je suis en {grade}", "college, en {grade}"]
SCHOOL_Q = ["t'es en quelle classe ?", "tu es en quelle classe", "tu vas au college ou au lycee ?"]
GREETING = ["salut", "cc", "slt", "coucou", "bonsoir", "hey"]
REPLY = ["salut", "cc", "slt", "coucou", "hey", "yo"]
SMALLTALK = ["tu fais quoi ?", "ca va ?", "tu viens d'ou ?", "tu t'ennuies ?"]
SMALLTALK_REPLY = ["rien", "bien et toi", "je m'ennuie", "de {city}", "ouais un peu", "bof"]
MOVES = {
    "compliment": ["t'es trop mignonne", "t'es jolie sur ta photo", "tu me plais bien"],
    "photo": ["envoie une photo de toi", "tu m'envoies une photo ?", "montre toi"],
    "app": ["t'as snap ?", "tu as insta ?", "on passe sur snap ?", "ajoute moi sur {app}"],
    "secret": ["dis rien a tes parents", "ca reste entre nous", "efface nos messages apres"],
    "meet": ["on se voit ce weekend ?", "t'habites ou ?", "je peux venir te voir"],
    "gift": ["je peux t'acheter des robux", "tu veux un cadeau ?"],
}
CHILDREN = ["oui un fils de {m}{ans}", "ma fille a {m}{ans}", "deux, {m} et {m}",
            "oui une fille en {grade}"]  # fmt: skip
ADULT_MOVES = ["t'es trop mignonne", "tu me plais bien", "on se voit ce weekend ?"]


def conversations(rng: random.Random) -> list[tuple[list[str], list[str], int | None]]:
    """Conversations built from the pieces above, with their labels and alert turn."""
    out: list[tuple[list[str], list[str], int | None]] = []

    def opening() -> list[str]:
        turns = [f"A: {rng.choice(GREETING)}", f"B: {rng.choice(REPLY)}"]
        if rng.random() < 0.5:
            turns += [f"A: {rng.choice(SMALLTALK)}", f"B: {rng.choice(SMALLTALK_REPLY)}"]
        return turns

    def question() -> str:
        return rng.choice(SCHOOL_Q) if rng.random() < 0.2 else rng.choice(AGE_Q)

    def answer(q: str) -> str:
        if q in SCHOOL_Q:
            return rng.choice(SCHOOL_ANSWER)
        return rng.choice(MINOR_ANSWER)

    for _ in range(60):  # an age question then a minor's answer: a disclosure
        turns = opening()
        q = question()
        turns += [f"A: {q}", f"B: {answer(q)}"]
        alert = len(turns) - 1
        if rng.random() < 0.5:
            turns += [f"A: {rng.choice(['ok', 'ah cool', 'daccord', 'ah ok'])}"]
        out.append((turns, ["minor_disclosure"], alert))
    for _ in range(70):  # ... then the adult's moves: grooming too
        turns = opening()
        q = question()
        turns += [f"A: {q}", f"B: {answer(q)}"]
        alert = len(turns) - 1
        if rng.random() < 0.5:
            turns += [f"A: {rng.choice(['ah cool', 'ok', 'super'])}"]
        labels = ["minor_disclosure", "grooming"]
        kinds = rng.sample(sorted(MOVES), rng.randint(1, 2))
        for kind in kinds:
            move = rng.choice(MOVES[kind])
            turns += [f"A: {move}"]
            if kind == "app" and "off_platform" not in labels:
                labels.append("off_platform")
            if rng.random() < 0.5:
                turns += [f"B: {rng.choice(['pk ?', 'euh', 'jsp', 'mdr', 'ok'])}"]
        out.append((turns, labels, alert))
    for _ in range(40):  # a stranger probes, flatters, moves to an app: grooming
        turns = opening()
        turns += [f"A: {question()}", f"B: {rng.choice(['pk ?', 'devine', 'jsp', 'et toi ?'])}"]
        turns += [f"A: {rng.choice(MOVES['compliment'])}"]
        if rng.random() < 0.5:
            turns += [f"B: {rng.choice(['merci', 'mdr', 'ah'])}"]
        second = rng.choice(["app", "secret", "photo", "meet"])
        turns += [f"A: {rng.choice(MOVES[second])}"]
        labels = ["grooming", "off_platform"] if second == "app" else ["grooming"]
        out.append((turns, labels, len(turns) - 1))
    for _ in range(50):  # adults asking each other's age: nothing
        turns = opening()
        turns += [f"A: {rng.choice(AGE_Q)}", f"B: {rng.choice(ADULT_ANSWER)}"]
        turns += [f"A: {rng.choice(['moi {adult}', '{adult} aussi', 'cool moi {adult}'])}"]
        if rng.random() < 0.5:
            turns += [f"A: {rng.choice(ADULT_MOVES)}"]
        out.append((turns, [], None))
    for _ in range(15):  # adults, then one asks for an app: off_platform only
        turns = opening()
        turns += [f"A: {rng.choice(AGE_Q)}", f"B: {rng.choice(ADULT_ANSWER)}"]
        turns += [f"A: {rng.choice(MOVES['compliment'])}", f"A: {rng.choice(MOVES['app'])}"]
        out.append((turns, ["off_platform"], len(turns) - 1))
    for _ in range(25):  # a child's age that is not the writer's: nothing
        turns = opening()
        turns += [f"A: {rng.choice(['t as des enfants ?', 'tu as des gosses ?'])}"]
        turns += [f"B: {rng.choice(CHILDREN)}"]
        turns += [f"A: {rng.choice(['moi aussi', 'ah cool', 'ca passe vite'])}"]
        out.append((turns, [], None))
    for _ in range(15):  # distress in a conversation: self_harm at that turn
        turns = opening()
        turns += [f"B: {rng.choice(POSITIVE['self_harm'])}"]
        out.append((turns, ["self_harm"], len(turns) - 1))
    return out


# ---------------------------------------------------------------------------- typing
SMS = [
    (r"\bje suis\b", ["jsuis", "chui", "jsui", "je suis"]),
    (r"\bc'est\b", ["c", "c'est", "cest"]),
    (r"\bt'as\b", ["ta", "t'as", "tas"]),
    (r"\bt'es\b", ["t", "t'es", "tes"]),
    (r"\btu es\b", ["t'es", "t", "tu es"]),
    (r"\btu as\b", ["ta", "t'as", "tu as"]),
    (r"\bquel(le)?\b", ["kel", "quel", "quelle"]),
    (r"\bpourquoi\b", ["pk", "pq", "pourquoi"]),
    (r"\bqu'est-ce que\b", ["keske", "kesk"]),
    (r"\bje te\b", ["jte", "je te"]),
    (r"\bje me\b", ["jme", "je me"]),
    (r"\bje vais\b", ["jvais", "je vais", "jvai"]),
    (r"\bbeaucoup\b", ["bcp"]),
    (r"\btoujours\b", ["tjrs", "tjs"]),
    (r"\bquand\b", ["qd", "kan", "quand"]),
    (r"\bavec\b", ["avc", "avec"]),
    (r"\bquoi\b", ["koi", "quoi"]),
    (r"\bmoi\b", ["moi", "moi", "mwa"]),
    (r"\boui\b", ["ouai", "ouais", "wi"]),
    (r"\bsalut\b", ["slt", "salut"]),
    (r"\bdemain\b", ["dem1", "demain"]),
    (r"\bd'accord\b", ["dac", "dacc"]),
    (r"\bque\b", ["ke", "que", "que"]),
    (r"\bqui\b", ["ki", "qui", "qui"]),
    (r"\bparents\b", ["parents", "parent", "rents"]),
    (r"\bmessage(s)?\b", ["msg", "message", "mess"]),
    (r"\bquelqu'un\b", ["qqn", "quelqu'un"]),
    (r"\bstp\b", ["stp", "stpl", "svp"]),
    (r"\bce soir\b", ["ce soir", "ce soir", "2soir"]),
    (r"\bil y a\b", ["ya", "y a", "il y a"]),
    (r"\bpas\b", ["pas", "pas", "pas", "pa"]),
    (r"\bj'ai\b", ["j'ai", "jai", "g", "j ai"]),
]
PREFIX = ["wsh ", "bon ", "genre ", "en vrai ", "nan mais ", "euh ", "bah ", "hey "]
SUFFIX = [" 😅", " 🥺", " 😏", " 🙃", " ❤️", " 😭", " !!", " ??", " ...", " frr", " wesh", " hein"]
LAUGH = [" mdr", " ptdr", " 😂", " lol"]
KEY_WORDS = ["snap", "snapchat", "insta", "telegram", "whatsapp", "discord", "mineure",
             "mineur", "college", "photo", "parents", "secret", "robux", "vbucks", "weed",
             "coke", "mourir", "suicide", "escort", "roses", "cadeau", "nudes", "plan",
             "arabe", "noirs", "iphone", "crypto", "pute", "gueule", "tuer", "habites",
             "mature", "seule", "age", "classe", "lycee", "numero", "tel"]  # fmt: skip


def strip_accents(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("œ", "oe")


def typo(word: str, rng: random.Random) -> str:
    i = rng.randint(1, len(word) - 2)
    op = rng.randint(0, 2)
    if op == 0:  # a letter dropped
        return word[:i] + word[i + 1 :]
    if op == 1:  # a letter doubled
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # two letters swapped


def disguise(word: str, rng: random.Random) -> str:
    """A key word typed past a filter: leetspeak, look-alike letters, spaced letters."""
    op = rng.randint(0, 3)
    if op == 0:
        idx = [i for i, c in enumerate(word) if c in LEET]
        if idx:
            i = rng.choice(idx)
            return word[:i] + LEET[word[i]] + word[i + 1 :]
    if op == 1:
        idx = [i for i, c in enumerate(word) if c in LOOKALIKE]
        if idx:
            i = rng.choice(idx)
            return word[:i] + LOOKALIKE[word[i]] + word[i + 1 :]
    if op == 2 and len(word) <= 8:
        return rng.choice([" ", ".", "-"]).join(word)
    return word[:-1] + word[-1] * rng.randint(2, 4)


def _pick(choices: list[str], rng: random.Random) -> Callable[[re.Match[str]], str]:
    return lambda _m: rng.choice(choices)


def type_like_a_phone(text: str, rng: random.Random, *, serious: bool) -> str:
    """Type ``text`` as a hurried phone user; ``serious`` lines get no laughter added."""
    text = text.lower() if rng.random() < 0.85 else text
    text = strip_accents(text)
    for pattern, choices in SMS:
        if rng.random() < 0.6:
            text = re.sub(pattern, _pick(choices, rng), text)
    if rng.random() < 0.5:
        text = re.sub(r"[?,.!:]", "", text).strip()
        text = re.sub(r"\s+", " ", text)
    words = re.findall(r"[a-z]{6,}", text)
    if words and rng.random() < 0.3:
        w = rng.choice(words)
        text = text.replace(w, typo(w, rng), 1)
    keys = [w for w in KEY_WORDS if re.search(rf"\b{w}\b", text)]
    if keys and rng.random() < 0.3:
        w = rng.choice(keys)
        text = re.sub(rf"\b{w}\b", disguise(w, rng), text, count=1)
    if rng.random() < 0.2:
        text = rng.choice(PREFIX) + text
    r = rng.random()
    if r < 0.25:
        text += rng.choice(SUFFIX)
    elif r < 0.35 and not serious:
        text += rng.choice(LAUGH)
    if rng.random() < 0.05:
        text = text.upper()
    return text


SERIOUS = {"threat", "harassment", "hate", "self_harm"}


def build(seed: int = SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    seen: set[str] = set()

    def emit(row: dict[str, object]) -> None:
        key = json.dumps(row.get("text") or row.get("turns"), ensure_ascii=False)
        if key in seen:
            return
        seen.add(key)
        row["id"] = f"heldout-{len(rows):05d}"
        rows.append(row)

    def messages(bank: dict[str, list[str]], kind: str, variants: int) -> None:
        for label, phrasings in bank.items():
            for i, phrasing in enumerate(phrasings):
                text, _, extra = phrasing.partition("|")
                labels = [label, *extra.split(",")] if kind == "positive" and extra else []
                if kind == "positive" and not extra:
                    labels = [label]
                serious = label in SERIOUS and kind == "positive"
                for _ in range(variants):
                    typed = type_like_a_phone(fill(text, rng), rng, serious=serious)
                    emit({"text": typed, "labels": labels, "kind": kind,
                          "family": f"{label}/{kind[0]}{i}"})  # fmt: skip

    messages({k: v for k, v in POSITIVE.items() if k in ("minor_disclosure", "grooming")},
             "positive", 5)  # fmt: skip
    messages({k: v for k, v in POSITIVE.items() if k not in ("minor_disclosure", "grooming")},
             "positive", 6)  # fmt: skip
    messages(HARD_NEGATIVE, "hard_negative", 5)
    messages({"neutral": NEUTRAL}, "neutral", 4)
    for i, (turns, labels, alert) in enumerate(conversations(rng)):
        rendered = []
        for line in turns:
            speaker, text = line.split(": ", 1)
            text = fill(text, rng)
            typed = type_like_a_phone(text, rng, serious="self_harm" in labels)
            rendered.append({"speaker": speaker, "text": typed})
        emit({"turns": rendered, "labels": labels, "alert_turn": alert,
              "kind": "conversation", "family": f"conversation/{i}"})  # fmt: skip
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "risk" / "heldout.jsonl")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    rows = build(args.seed)
    with args.out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{args.out}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
