# ruff: noqa: E501  (the corpus lines are kept whole, one a line)
"""Write the hand-written corpus of the non-child labels (data/risk/written/other-*.jsonl).

Labels: harassment, threat (sextortion included), hate, scam_spam, prostitution, drugs,
self_harm. Every line below was written for Papote (synthetic French, no real person, fake
numbers in ARCEP's fiction blocks, links on example.test). Each line belongs to ONE voice
(a persona with its own way of typing); a line is typed by its voice a few times with its
slots filled differently. The split is by voice: the dev voices' lines are never seen while
the rules are tuned (``DEV_VOICES``).

    python scripts/write_other_corpus.py    # writes data/risk/written/other-{train,dev}-*.jsonl

Seeded: the same files every run.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "risk" / "written"
SEED = 20261203

VOICES = (
    "lea_ado_sms",  # 15-ish typing style, SMS, no accents
    "karim_banlieue",  # slang, verlan, wesh/frr/wallah
    "mireille_60",  # careful, accents, full punctuation, ellipses
    "julien_caps",  # caps, !!!, stretched letters
    "kevin_gamer",  # leetspeak, English bits, emoji
    "tatiana_quebec",  # Québécois turns
    "yanis_obfusque",  # dodges filters: spaced letters, symbols, look-alikes
    "nadia_belge",  # Belgian / Swiss turns (dev)
    "moussa_abidjan",  # Ivorian / West African French (dev)
    "sophie_typo",  # fast typer: typos, glued words, no punctuation (dev)
)
DEV_VOICES = ("nadia_belge", "moussa_abidjan", "sophie_typo")
VOICE_SHORT = {v.split("_")[0]: v for v in VOICES}

# Words a filter-dodger disguises (yanis) and that keyboards mangle.
KEYWORDS = {
    "merde", "connard", "connasse", "salope", "pute", "batard", "bâtard", "enculé", "encule",
    "débile", "pédé", "pede", "gouine", "tuer", "crever", "mort", "pendre", "suicide",
    "photos", "nudes", "coke", "beuh", "weed", "shit", "cocaïne", "livraison", "crypto",
    "bitcoin", "roses", "cadeau", "escort", "massage", "finition", "mourir", "finir",
    "scarifie", "cachets", "gueule", "négro", "bougnoule", "youpin", "retrouver", "habites",
    "plan", "dispo", "arnaque", "gagner", "investis", "clique", "lien", "kéta",
}  # fmt: skip

SLOTS: dict[str, tuple[str, ...]] = {
    "insulte": (
        "grosse merde", "connard", "connasse", "salope", "sale pute", "bâtard", "débile",
        "abruti", "déchet", "raclure", "ordure", "bouffon", "tocard", "cassos",
        "grosse vache", "sous-merde", "enculé", "bolosse", "teubé", "cafard", "pétasse",
        "grognasse", "gogol", "victime", "sac à merde", "clochard", "attardé", "thon",
        "fils de pute", "trou du cul", "pauvre type", "chienne", "boloss", "minable",
        "crevard", "mongole", "imbécile", "pourriture", "parasite", "tâche",
    ),
    "drogue": (
        "beuh", "shit", "weed", "coke", "C", "MD", "ecsta", "kéta", "3MMC", "crack",
        "résine", "pollen", "hasch", "skunk", "amnésia", "cali", "taz", "LSD", "champis",
        "lean", "xanax", "came", "blanche", "filtré", "frappe de la cali", "OG kush",
    ),
    "roses": ("100 roses", "150 roses", "80 roses", "200 roses", "120 r", "250 roses", "300 roses la nuit"),
    "prix": ("10€ le g", "60 le 5g", "80 balles le g", "20 le pochon", "50 la boulette", "70€ le gramme"),
    "ville": (
        "Lyon", "Marseille", "Lille", "Bordeaux", "Toulouse", "Nantes", "Paris 18", "Saint-Denis",
        "Rennes", "Nice", "Montpellier", "Grenoble", "Strasbourg", "Liège", "Genève", "Charleroi",
    ),
    "lien": (
        "https://colis-suivi.example.test/fr", "http://bit.example.test/x7Kp", "www.gain-facile.example.test",
        "https://banque-secure.example.test/login", "https://crypto-x2.example.test", "https://promo.example.test/r?id=93",
        "https://ameli-rembourse.example.test", "http://t.example.test/invest",
    ),
    "montant": ("500€", "300 euros", "1000€", "250€", "2000 euros", "150€", "800€"),
    "tel": ("06 39 98 41 27", "07 00 11 23 45", "0639984512", "06.39.98.77.10"),
    "pseudo": ("Lucas", "Inès", "Bryan", "Chloé", "Mehdi", "Sarah", "Kevin", "Amandine", "Théo", "Yasmine"),
    "jeu": ("fifa", "mario kart", "fortnite", "valo", "lol", "rocket league", "smash", "uno", "pétanque", "babyfoot"),
}  # fmt: skip


# ------------------------------------------------------------------------------ the lines
# A line: "text" (default label of its list) or ("text", [labels]). A "voice|" prefix
# pins a line to a voice (its turns belong to that person); otherwise the voice is the
# line's position modulo the number of voices.

POS: dict[str, list[str | tuple[str, list[str]]]] = {}
HARD: dict[str, list[str]] = {}

POS["harassment"] = [
    "t'es qu'une {insulte}",
    "ferme ta gueule {insulte}",
    "personne t'aime ici, barre-toi",
    "va te pendre franchement, ça rendra service à tout le monde",
    "t'es tellement moche que même ta mère a honte de toi",
    "espèce de {insulte}, tu sers à rien",
    "quelqu'un peut dire à {pseudo} qu'elle pue la merde ?",
    "on s'en bat les couilles de ta vie {insulte}",
    "retourne dans ton trou {insulte}",
    "tu mérites de crever seul",
    "ta gueule on t'a rien demandé",
    "t'es un raté et tu le sais",
    "sérieux tu devrais te tirer une balle",
    "tu parles encore ? t'es vraiment un {insulte}",
    "ptn mais t'es con ou quoi",
    "les gars on spamme {pseudo} jusqu'à ce qu'elle quitte le salon",
    "tout le monde te déteste ici t'as pas compris ?",
    "ta mère la pute",
    "nique ta mère {insulte}",
    "t'as une tête à claques, gros {insulte}",
    "mais quelle grosse baleine mdr regardez sa photo",
    "dégage de ce salon personne veut de toi",
    "t'es qu'un gros porc dégueulasse",
    "je vais te pourrir ta réputation dans tout le salon",
    "suicide-toi ça ira mieux pour nous",
    "fais nous plaisir et disparais",
    "t'es grosse, t'es moche et t'es conne",
    "arrête de parler sale {insulte} t'es ridicule",
    "on va tous te signaler jusqu'à ce que tu dégages",
    "tu pues de la gueule même à travers l'écran",
    "karim|wesh t'es une victime frr, ferme-la",
    "karim|sale bouffon va, tu fais le chaud derrière ton écran",
    "karim|wallah t'es un fils de pute toi",
    "karim|nique ta daronne",
    "karim|t'es un clochard sah, t'as même pas de quoi manger",
    "tatiana|t'es juste un esti de cave, ferme-la",
    "tatiana|mange donc de la marde, mon tabarnak",
    "tatiana|t'es niaiseux en crisse, personne t'aime icitte",
    "tatiana|va chier gros sale",
    "tatiana|t'es une maudite folle, décâlisse",
    "moussa|tu es un imbécile heureux, ferme ta bouche",
    "moussa|espèce de bandit, tu es un moins que rien",
    "moussa|on t'a demandé quoi ? tu es bête comme tes pieds, sale type",
    "moussa|tu es un gaou, va te cacher",
    "moussa|toi tu es un déchet, personne ne veut de toi ici",
    "nadia|t'es qu'une sale conne, une fois",
    "nadia|tais-toi, t'es une vraie tache",
    "nadia|t'es bête à manger du foin, dégage",
    "nadia|espèce de grosse dinde, personne ne te supporte",
    "nadia|t'es un gros nul, sale type",
    "t'es une honte pour ta famille",
    "regardez {pseudo} elle se croit belle la pauvre grosse",
    "tu me fais pitié, sale merde",
    "personne ne t'aimera jamais avec ta gueule",
    "crève sale {insulte}",
    "ferme ta bouche tu racontes que de la merde",
    "t'es vraiment le plus gros débile du tchat",
    "allez tous en mp à {pseudo} pour lui dire qu'elle est moche",
    "tu ferais mieux de te jeter d'un pont",
    "t'existes pour rien, t'es une erreur",
    "va te faire foutre {insulte}",
    "t'es qu'une traînée, tout le monde le sait",
    "pauvre merde va, t'as pas d'amis",
    "encore toi ? casse-toi {insulte}",
    "tu mérites qu'on te crache dessus",
    "t'as vu ta tronche ? ferme ta gueule",
    "les gens comme toi devraient même pas exister",
    "fdp",
    "ntm sale chien",
    "tg {insulte}",
    "vtff",
    "t'es grave une salope toi",
    "la grosse pouffiasse du salon parle encore",
    "sale chienne",
    "t'es la risée de tout le tchat",
    "je vais faire tourner ta photo pour que tout le monde se foute de toi",
    "espèce de mongol va",
    "t'es un malade mental, fais-toi interner",
    "va jouer sur l'autoroute",
    "toi t'es juste un sous-homme",
]
HARD["harassment"] = [
    "il m'a traitée de {insulte} en mp, je fais quoi ?",
    "je viens de signaler quelqu'un qui m'a dit ferme ta gueule",
    "mdr t'es con toi, je t'adore",
    "ptdr t'es bête, c'est pour ça que je t'aime",
    "je suis trop con, j'ai oublié mes clés",
    "quelle conne je suis, j'ai raté mon bus",
    "ce film est nul à chier",
    "le match d'hier c'était de la merde",
    "merde j'ai renversé mon café",
    "oh merde, j'ai oublié l'anniversaire de ma soeur",
    "ma mère m'a dit de fermer ma gueule quand j'étais petit, ça m'a marqué",
    "ce bâtard de chat a encore vomi sur le canapé",
    "le bouffon du roi était un vrai métier au Moyen Âge",
    "on dit pas ferme ta gueule à quelqu'un, c'est pas sympa",
    "arrêtez de l'insulter, elle vous a rien fait",
    "le harcèlement en ligne c'est puni par la loi, signalez",
    "j'ai vu un mec se faire traiter de {insulte} dans le salon général, les modos vous faites quoi",
    "t'es pas con, t'as raison",
    "t'es un génie toi",
    "t'es trop drôle mdr",
    "t'es une crème",
    "t'es un amour",
    "pauvre petit chat, il a froid",
    "t'as une tête de quelqu'un qui a bien dormi",
    "je suis une grosse flemmarde ce matin",
    "c'est con, il pleut encore",
    "putain de réveil, il a pas sonné",
    "mon chef est un vrai tyran",
    "les profs nous traitaient de cancres",
    "dans la série, le héros se fait traiter de loser tout le temps",
    "il a dit 'sale bouffon' à l'arbitre et il a pris un rouge",
    "tu vas voir, c'est une tuerie ce gâteau",
    "j'ai la tête d'un zombie ce matin",
    "on était morts de rire",
    "la chanson 'casse-toi' est trop bien",
    "viens on se casse d'ici, la soirée est nulle",
    "tais-toi et embrasse-moi 😘",
    "ferme la porte stp, il fait froid",
    "ta gueule de bois d'hier soir était légendaire",
    "je suis tellement nulle en maths",
    "mon frère m'appelle la naine depuis que j'ai 5 ans mdr",
    "karim|wesh mon gros, bien ou quoi",
    "karim|frérot t'es un bouffon toi mdrr, t'as perdu à fifa encore",
    "karim|sale gosse va, t'as encore mangé mes chips",
    "tatiana|tabarnak mon char est encore en panne",
    "tatiana|ma blonde pis moi on est allés au chalet",
    "moussa|mon frère tu es un boss, on dit quoi ?",
    "moussa|c'est gâté dèh, le courant est parti",
    "nadia|il fait caillant aujourd'hui, une fois",
    "nadia|tu es une vraie crème, merci pour hier",
    "un imbécile heureux, c'est une expression, pas une insulte",
    "quelqu'un sait comment on signale un message insultant ?",
    "si on te dit 'personne t'aime', bloque et signale, c'est du harcèlement",
    "l'insulte 'sale pute' a été prononcée au procès, selon le journal",
    "qui veut jouer ? j'suis nul mais motivé",
    "j'ai l'air d'une folle avec cette coupe",
    "je me traite de débile à chaque fois que je rate un créneau",
    "t'es dingue toi, t'as couru 20 km ?",
    "le méchant du film s'appelle Raclure, c'est trop bien trouvé",
    "ce déchet de frigo fait un bruit de fou",
    "la pièce de théâtre s'appelle 'Les Cons'",
    "elle m'a écrit 'crève' en mp, c'est grave ?",
    "mon fils s'est fait traiter de gros à l'école, comment réagir ?",
    "je suis un gros gourmand",
    "vous êtes tous des amours ce soir",
    "tu veux une tape ? mdr je rigole",
    "j'ai balancé mon téléphone par terre tellement j'étais énervée",
    "la honte, j'ai trébuché devant tout le monde",
    "c'est quoi ce bordel dans ma cuisine",
]

POS["threat"] = [
    "je vais te retrouver et tu vas comprendre",
    "je sais où t'habites, fais gaffe",
    "t'es mort ce soir",
    "je vais balancer tes photos à tous tes contacts si tu paies pas",
    "si tu m'envoies pas {montant} avant demain, tes nudes partent sur insta",
    "je connais ton adresse, je passe ce soir",
    "on va te faire la peau",
    "je vais te casser les dents quand je te croise",
    "fais gaffe à ta soeur quand elle rentre du taf",
    "je vais brûler ta bagnole, t'as compris ?",
    "je t'attends à la sortie de ton taf avec mes potes",
    "j'ai tes photos, soit tu paies soit tout le monde les voit",
    "tu vas finir à l'hôpital",
    "encore un mot et je te plante",
    "je te jure que je vais te défoncer",
    "je vais te buter, sur la tête de ma mère",
    "t'as 24h pour payer sinon la vidéo tourne",
    "je vais montrer tes nudes à ton mec",
    "je vais tout envoyer à ta famille, tu vas voir",
    "je vais t'égorger comme un mouton",
    "je vais venir chez toi et te tabasser",
    "ta maison va cramer",
    "je vais te faire regretter d'être né",
    "on sait où tu bosses, on va venir te voir",
    "dors avec un oeil ouvert",
    "ta vie est finie, je vais te détruire",
    "je vais te mettre une balle",
    "je vais t'éclater la tête contre un mur",
    "je vais te trouver, ça va être vite fait",
    "envoie {montant} en carte pcs ou je publie ta vidéo",
    "si tu bloques je poste tout sur ton facebook",
    "j'ai enregistré ta cam, paye ou je l'envoie à tes amis",
    "je vais retrouver ta famille un par un",
    "attends-toi à une surprise devant chez toi",
    "je vais t'ouvrir en deux",
    "je vais te casser les jambes",
    "tu sais pas à qui tu parles, je vais te faire disparaître",
    "je vais te faire payer ça très cher",
    "j'ai ton adresse IP et je sais où tu dors",
    "on va te choper à la sortie",
    "ton heure va arriver",
    "je vais t'arracher la tête",
    "tu vas prendre une balle perdue",
    "je vais péter tes genoux",
    "continue et je viens chez toi avec une batte",
    "je vais mettre le feu chez toi",
    "ton mari va recevoir nos captures, à moins que tu payes",
    "je diffuse ta sextape si tu réponds pas",
    "dernier avertissement, après je viens te chercher",
    "tes enfants ils vont à quelle école déjà ? je vais les trouver",
    "karim|wesh je vais te niquer ta race quand je te capte",
    "karim|on va te sauter dessus à la gare, t'inquiète",
    "karim|je vais te fumer sale chien",
    "karim|t'es un homme mort wallah",
    "karim|on sait c'est quoi ton bâtiment, on arrive",
    "tatiana|j'vais te péter la gueule mon tabarnak",
    "tatiana|j'sais où tu restes, j'vais aller te voir",
    "tatiana|j'vais crisser le feu à ton char",
    "tatiana|tu vas avoir de la visite à soir",
    "moussa|je vais te chicotter jusqu'à ce que tu pleures",
    "moussa|je connais ton quartier, on va te gâter",
    "moussa|on va te finir, tu vas voir",
    "moussa|envoie l'argent sinon je publie tes photos sur tous les groupes",
    "nadia|je sais où t'habites une fois, fais attention",
    "nadia|je vais te démonter la tête",
    "nadia|si tu payes pas, j'envoie les vidéos à ton patron",
    "je vais t'écraser avec ma voiture",
    "tu vas finir six pieds sous terre",
    "prépare ton cercueil",
    "je vais te saigner",
    "tu vas voir ce qui va t'arriver",
    "tes jours sont comptés",
    "je te retrouverai, où que tu sois",
    "je vais envoyer tes nudes à toute ta classe",
    "je vais mettre tes photos sur un site porno",
    "je vais publier ton adresse partout",
    "je vais te ruiner, j'ai tout enregistré",
    "si tu parles, je te tue",
    "un jour je vais te croiser et ce jour-là tu pleureras",
]
HARD["threat"] = [
    "je vais te tuer au prochain match de {jeu}",
    "je vais te défoncer à {jeu} ce soir mdr",
    "ce film m'a tué",
    "je suis mort de fatigue",
    "mort de rire",
    "je suis morte de rire",
    "t'es mort de rire toi",
    "t'es mort si tu rates l'épisode de ce soir mdr",
    "je vais te retrouver au resto à 20h",
    "je sais où tu habites, tu me l'as dit hier, je t'envoie le colis",
    "je sais où t'habites à peu près, c'est à côté du parc non ?",
    "je vais te tuer si tu spoiles la fin 😂",
    "je vais tuer le temps en lisant",
    "j'ai tué la plante de ma mère, oups",
    "ma mère va me tuer, j'ai raté mon exam",
    "je vais exploser mon record ce soir",
    "on va les écraser au foot samedi",
    "je vais défoncer ce gâteau",
    "je vais balancer mes vieilles photos, y en a trop",
    "je vais poster les photos du mariage sur le groupe",
    "envoie-moi les photos des vacances stp",
    "je vais montrer tes photos de vacances à mamie, elle va adorer",
    "je vais te casser les oreilles avec ma nouvelle playlist",
    "tu vas voir, tu vas adorer",
    "fais gaffe sur la route, il y a du verglas",
    "t'es mort ? ça fait 3 jours que tu réponds plus",
    "il m'a menacé en mp en disant qu'il savait où j'habitais, je fais quoi ?",
    "quelqu'un me fait du chantage avec des photos, à qui je m'adresse ?",
    "si quelqu'un te menace de publier tes photos, ne paie pas et signale sur pharos",
    "la sextorsion c'est un délit, parlez-en et portez plainte",
    "le suspect avait menacé de mort sa voisine, selon le journal",
    "je vais te buter aux échecs",
    "je te massacre au uno quand tu veux",
    "attends-toi à une surprise pour ton anniversaire 🎁",
    "je vais te tuer de rire avec cette blague",
    "ce gâteau c'est une tuerie",
    "j'ai failli mourir de honte",
    "je vais te retrouver sur discord pour la game",
    "je te retrouve devant le cinéma",
    "je vais brûler les calories du week-end à la salle",
    "le dragon va brûler le village dans le prochain épisode",
    "dans le film il dit 'je sais où tu habites', ça fait flipper",
    "je vais casser la croûte, à plus",
    "je vais te planter là, j'ai un rdv",
    "je vais planter des tomates ce week-end",
    "je te jure que je vais finir ce livre ce soir",
    "je vais tuer quelqu'un si le bus arrive pas mdr",
    "on va se faire défoncer par l'Espagne en finale",
    "tu vas prendre cher au babyfoot",
    "karim|wesh je vais te fumer à fifa frr, prépare-toi",
    "karim|t'es un homme mort si tu dis ça à ma daronne mdr",
    "karim|on se capte à la gare tout à l'heure ?",
    "tatiana|j'vais te planter au hockey à soir",
    "tatiana|j'suis mort de fatigue, esti",
    "moussa|on va vous finir au match de dimanche, préparez-vous",
    "moussa|la chaleur va me tuer ici",
    "nadia|je vais te battre au kicker une fois",
    "nadia|je sais où t'habites, je passe te déposer le gâteau",
    "je vais envoyer mes photos à un concours",
    "je diffuse le lien du live ce soir",
    "je vais publier mes photos sur insta ce soir",
    "tu peux m'envoyer 20€ pour le cadeau commun ?",
    "on va te retrouver à la gare, on sera 4",
    "arrête ou je te chatouille",
    "mon chat va me tuer si je lui donne pas ses croquettes",
    "t'es mort dans le jeu, faut attendre la prochaine manche",
    "j'ai pris une balle dans la partie, j'ai perdu",
    "ton heure de passage est à 15h",
    "mes jours de congé sont comptés",
]

POS["hate"] = [
    "les arabes c'est tous des voleurs",
    "sale noir retourne en Afrique",
    "les juifs contrôlent tout, ouvrez les yeux",
    "les pédés devraient être soignés",
    "les femmes c'est fait pour la cuisine et fermer sa gueule",
    "les musulmans dehors, la France aux Français",
    "sale race de bougnoules",
    "les migrants c'est des cafards, faut les renvoyer",
    "les trans c'est des malades mentaux",
    "sale youpin",
    "les handicapés c'est un poids pour la société, faudrait les euthanasier",
    "les gitans c'est tous des voleurs de poules",
    "les chinois ils mangent des chiens, c'est des animaux",
    "retourne dans ton pays sale bicot",
    "les noirs ont un QI d'huître",
    "les gouines ça mérite des coups",
    "les rebeus c'est la racaille de la France",
    "il faudrait remettre les camps pour les juifs",
    "les homos c'est contre nature, faut les brûler",
    "les Roms c'est de la vermine",
    "toi t'es qu'un sale nègre",
    "les blacks ça sent mauvais",
    "les asiats c'est des fourbes",
    "les femmes sont inférieures aux hommes, c'est la nature",
    "les autistes c'est des attardés, faut les enfermer",
    "les bougnoules dehors",
    "les musulmans c'est tous des terroristes",
    "on devrait interdire les mosquées et virer tous les musulmans",
    "les lesbiennes elles ont juste pas trouvé le bon mec, faut les corriger",
    "sale feuj",
    "les renois c'est des singes",
    "le sida c'est bien fait pour les pédés",
    "les migrants envahissent notre pays comme des rats",
    "Hitler avait raison pour les juifs",
    "les arabes il faut les noyer",
    "une femme au volant, un danger public, faudrait leur retirer le permis à toutes",
    "les tarlouzes dégagez du salon",
    "sale pédale",
    "les trisomiques ça devrait pas naître",
    "les juifs et leur fric, toujours pareil",
    "les blancs c'est tous des colons de merde",
    "toutes des putes ces féministes",
    "les gros c'est des porcs qui se laissent aller, dégueulasse",
    "karim|les feujs ils ont tout l'argent frr",
    "karim|les pédés ça me dégoûte wallah",
    "karim|ces sales babtous de merde",
    "tatiana|les immigrés viennent voler nos jobs, qu'ils retournent chez eux",
    "tatiana|les fifs devraient pas avoir le droit de se marier",
    "moussa|les homosexuels c'est une abomination, il faut les chasser",
    "moussa|ces gens-là sont des animaux, renvoyez-les",
    "nadia|les Marocains c'est tous des voleurs, tout le monde le sait",
    "nadia|les musulmanes voilées ça devrait être interdit de sortir",
    "les gays sont des pervers",
    "les noirs c'est des esclaves nés",
    "mort aux juifs",
    "mort aux arabes",
    "les migrants faut les laisser se noyer",
    "la race blanche est supérieure",
    "les pd on devrait les pendre",
    "les trans faut les gazer",
    "les femmes ont pas de cerveau",
    "tous les Africains sont des sauvages",
    "sale bridé",
    "les Turcs c'est des barbares",
    "les musulmans sont une maladie pour l'Europe",
    "les sans-abri c'est des parasites, faut les virer",
    "ces macaques ils savent même pas parler français",
    "sale négresse",
    "les bougnoules ils pourrissent nos quartiers",
    "les gitans faut les stériliser",
    "les juifs c'est une race maudite",
    "les homos c'est des malades, faut les interner",
    "les Arabes = terroristes, point",
    "l'islam c'est le cancer de la France",
    "les trans c'est des monstres",
    "les noirs faut les renvoyer chez eux par bateau",
    "les handicapés mentaux c'est des légumes inutiles",
    "sale gouine de merde",
    "les bamboulas ils foutent le bordel partout",
]
HARD["hate"] = [
    "un homme a été condamné pour des injures racistes, selon le journal",
    "il m'a traité de sale arabe dans la rue, je suis encore choquée",
    "je viens de signaler un message qui disait 'sale noir', c'est inadmissible",
    "le racisme c'est un délit, pas une opinion",
    "l'homophobie tue encore en 2026",
    "je suis arabe et fière de l'être",
    "les arabes ont inventé l'algèbre, c'est fou",
    "les juifs fêtent Hanouka en décembre",
    "les musulmans font le ramadan en ce moment, bon courage à eux",
    "je suis gay et j'assume",
    "ma copine est trans et c'est la plus belle personne que je connaisse",
    "les femmes gagnent encore moins que les hommes, c'est injuste",
    "les migrants sont morts en mer, quelle tragédie",
    "les Chinois fêtent le nouvel an lunaire",
    "la communauté rom est victime de discrimination",
    "les personnes handicapées doivent avoir accès à tout",
    "mon pote est autiste et c'est un génie en info",
    "le mot 'pédé' est une insulte homophobe, évitez-le",
    "dans le film 'Intouchables', Driss est noir et Philippe handicapé",
    "l'exposition sur l'histoire de l'esclavage était bouleversante",
    "il faut lutter contre l'antisémitisme",
    "le procès du tireur raciste s'ouvre demain",
    "les Noirs américains ont gagné les droits civiques en 1964",
    "les lesbiennes et les gays défilent à la Pride samedi",
    "je suis noire et j'adore mes cheveux",
    "les trans ont le droit d'exister, point",
    "les Belges ont les meilleures frites",
    "les Marseillais parlent fort mdr",
    "les Bretons et leur beurre salé 😂",
    "les Parisiens conduisent comme des fous",
    "les Québécois ont un accent trop mignon",
    "les Lyonnais vs les Stéphanois, éternel débat",
    "les blancs ne savent pas danser mdr c'est moi qui le dis je suis blanc",
    "mort aux cons ! (c'est de Brassens)",
    "karim|wesh mon renoi, bien ou quoi",
    "karim|mon reuf rebeu m'a invité au mariage",
    "karim|le feuj de ma classe est trop fort au foot",
    "tatiana|ma blonde est haïtienne pis sa famille est trop fine",
    "moussa|nous les Africains on aime la fête dèh",
    "moussa|mon frère c'est comment ? la famille va bien ?",
    "nadia|les Flamands et les Wallons, c'est compliqué une fois",
    "un élu a été poursuivi pour avoir dit 'les migrants sont des rats'",
    "la LICRA a porté plainte contre le site raciste",
    "si quelqu'un t'insulte pour ta religion, signale-le",
    "'sale juif' a été tagué sur la synagogue, la police enquête",
    "je suis musulmane et je porte le voile, posez vos questions",
    "mon meilleur ami est gay, il m'aide pour mes tenues",
    "les handicapés ont aussi droit à l'amour",
    "les femmes au volant ont moins d'accidents, selon les assureurs",
    "les noirs et les blancs jouent ensemble dans l'équipe de France",
    "j'ai lu un article sur les violences contre les Roms",
    "les Chinois de mon immeuble m'ont offert des raviolis",
    "les migrants de Calais ont besoin de couvertures, on fait une collecte",
    "le dictionnaire définit 'nègre' comme un mot raciste",
    "mon grand-père était juif et a été déporté",
    "je suis bi et j'en ai marre des clichés",
    "les femmes sont sous-représentées dans la tech",
    "les Antillais et leur accras, un délice",
    "tous les hommes sont égaux",
    "le salon LGBT est par ici",
    "le prof nous a parlé de la Shoah aujourd'hui",
    "quelqu'un a écrit des insultes racistes dans le salon, les modos vous pouvez regarder ?",
    "les mecs c'est tous des relous mdr (pas toi)",
    "les chats sont des animaux, les chiens aussi",
    "les rats envahissent le métro, c'est dégueulasse",
    "ce singe au zoo est trop mignon",
    "on a vu des cafards dans la cuisine du resto",
]

POS["scam_spam"] = [
    "gagne {montant} par jour depuis chez toi, écris-moi en privé",
    "j'ai doublé mon argent en 48h avec la crypto, je t'explique en mp",
    "investis 250€ et récupère 2500€ en une semaine, garanti",
    "votre colis est en attente, réglez les frais de port ici : {lien}",
    "votre compte bancaire a été bloqué, confirmez vos informations : {lien}",
    "clique ici pour gagner un iPhone 17 : {lien}",
    "clique ici 👉 {lien} 👈 cadeau gratuit",
    "🔥🔥 GAGNE 500€/JOUR SANS RIEN FAIRE 🔥🔥 {lien}",
    "je cherche 10 personnes motivées pour un business en ligne, revenus garantis",
    "bitcoin x2 en 24h, envoie et je te renvoie le double",
    "rejoins mon groupe telegram pour les pronos sûrs à 100%",
    "tu veux te faire de l'argent facile ? j'ai un plan, mp",
    "recharge pcs de {montant} et je te rembourse le triple",
    "ameli : vous avez droit à un remboursement de 89,50€, remplissez le formulaire {lien}",
    "ton compte Papote va être supprimé, vérifie ton identité ici {lien}",
    "mon conseiller en trading m'a fait gagner 3000€, je te donne son contact",
    "salut, je suis militaire en mission et j'ai besoin de {montant} pour rentrer te voir",
    "mon amour, je suis bloqué à l'aéroport, peux-tu m'envoyer {montant} par western union ?",
    "j'ai un héritage de 2 millions mais il me faut tes coordonnées bancaires",
    "envoie-moi les codes de ta carte cadeau steam et je te double",
    "abonnés gratuits et likes illimités 👉 {lien}",
    "promo exclusive -90% sur les sneakers, clique vite {lien}",
    "code promo casino : 200% de bonus sur ton premier dépôt !!",
    "je te donne 50€ si tu cliques sur mon lien et tu t'inscris",
    "travail à domicile, 2000€/mois, sans diplôme, contacte-moi",
    "crypto : j'ai un plan secret pour multiplier ton capital par 10",
    "qui veut gagner de l'argent rapidement ? dm",
    "vous avez gagné un bon d'achat de 500€ chez Carrefour, réclamez-le ici {lien}",
    "votre livraison DHL n'a pas pu être effectuée, reprogrammez : {lien}",
    "impots.gouv : un remboursement de 312€ vous attend {lien}",
    "salut beauté, j'ai un petit souci d'argent, tu pourrais m'aider avec {montant} ? je te rembourse promis",
    "je suis veuve et riche, je cherche quelqu'un de confiance pour un virement",
    "le forex m'a rendu riche, je t'apprends, formation à 97€ seulement",
    "ajoute-moi sur whatsapp pour une opportunité d'investissement incroyable",
    "pour récupérer ton gain, envoie d'abord 30€ de frais",
    "📈 signaux crypto VIP 📈 +300% ce mois, rejoins vite le canal",
    "je vends des comptes netflix à vie pour 10€",
    "follow for follow ? suis moi je te suis en retour 🔁🔁🔁",
    "visitez mon site {lien} {lien} {lien}",
    "inscris-toi avec mon code parrain et on gagne 50€ chacun, c'est sûr",
    "j'offre 100 robux gratuits à ceux qui rentrent leur mot de passe ici {lien}",
    "ton CPF expire, récupère tes 1500€ de formation maintenant {lien}",
    "placement sûr à 15% par mois, sans risque",
    "NFT exclusif, investis maintenant avant que le prix explose",
    "karim|frr j'ai un plan thune, tu prêtes ta carte bleue et tu touches 500 balles",
    "karim|wesh qui veut faire des sous facile ? faut juste un rib",
    "karim|plan carte bancaire, on partage 50/50, dm",
    "tatiana|j'ai une job payante à 3000$ par semaine de chez vous, écris-moi",
    "tatiana|gagnez des cennes facilement avec mon programme, inscrivez-vous {lien}",
    "moussa|mon frère, donne-moi ton code et je te fais gagner gros sur le trading",
    "moussa|je suis douanier, ton colis est bloqué, il faut payer les frais de dédouanement",
    "moussa|mon amour, envoie {montant} par orange money pour mon billet d'avion",
    "nadia|vous avez gagné au tirage au sort, envoyez vos coordonnées bancaires",
    "nadia|Bpost : votre colis attend, payez 1,99€ de frais : {lien}",
    "nadia|investissez dans notre fonds suisse, rendement garanti de 20%",
    "💰💰 argent facile 💰💰 mp moi",
    "pas besoin de travailler, le bot trade pour toi, 500€ par jour",
    "je cherche des mules pour faire transiter de l'argent, bonne commission",
    "t'as un compte bancaire ? je te paie pour le prêter une semaine",
    "urgent : ta carte vitale expire, renouvelle-la ici {lien}",
    "dernier jour pour réclamer ta récompense : {lien}",
    "super offre !!! abonne toi à ma chaîne et gagne un ps5",
    "j'ai besoin de toi pour payer ma caution, {montant}, je te rends tout demain mon coeur",
    "mon fils est à l'hôpital, j'ai besoin de {montant} d'urgence, aide-moi stp",
    "vous êtes le 1000e visiteur ! cliquez pour récupérer votre prix",
    "deviens riche avec la méthode que les banques te cachent",
    "rejoignez le serveur {lien} : cadeaux tous les jours",
    "je vends des followers insta, 1000 pour 5€",
    "paris sportifs : 100% de réussite, je partage mes tickets en privé",
    "achète mon ebook et deviens millionnaire en 30 jours",
    "offre d'emploi : réexpédition de colis depuis chez vous, 50€ par colis",
    "vérification requise : votre compte PayPal est limité {lien}",
    "j'ai gagné 4000€ avec ce site, essaie {lien}",
    "ton numéro a été tiré au sort, rappelle vite le {tel}",
    "crédit sans justificatif, réponse en 24h, contactez-moi",
    "échange 100€ de coupons pcs contre 150€ en virement",
]
HARD["scam_spam"] = [
    "je me suis fait arnaquer sur leboncoin, ils m'ont demandé un coupon pcs",
    "attention aux faux sms de colis, ne cliquez pas sur le lien",
    "ma banque m'a appelée pour une fraude, heureusement j'ai rien donné",
    "j'ai gagné 20€ au loto hier trop contente",
    "tu peux m'envoyer le lien du salon jeux ?",
    "j'ai reçu mon colis, merci la poste",
    "mon salaire tombe le 28, vivement",
    "c'est quoi ton avis sur la crypto ? moi je trouve ça risqué",
    "mon beau-frère a perdu 10000€ en bitcoin, quelle histoire",
    "j'investis dans mon PEA tous les mois, tranquille",
    "mon fils m'a offert un iPhone pour mon anniversaire",
    "le lien de la visio : https://visio.example.test/famille",
    "je rembourse ma soeur 50€ demain",
    "tu peux me prêter 10€ pour le ciné ? je te rends samedi",
    "j'ai trouvé un bon plan pour les billets de train, -30% avec la carte avantage",
    "le code promo BIENVENUE marche encore sur le site de la fnac",
    "je travaille à domicile depuis le covid, c'est top",
    "il y a des soldes chez zara",
    "ne donnez jamais vos codes bancaires par message",
    "les arnaques au faux conseiller bancaire explosent, selon un article",
    "j'ai acheté un ebook de cuisine, super recettes",
    "je gagne 1800€ par mois comme aide-soignante",
    "abonne-toi à ma chaîne de dessin si tu veux, je poste tous les dimanches",
    "mon frère est militaire en mission au Mali, il me manque",
    "la fête des voisins c'est samedi, venez nombreux",
    "clique sur le salon 'musique' en haut à gauche",
    "tu veux gagner la partie ? joue le roi",
    "l'héritage de ma grand-mère a été partagé chez le notaire",
    "j'ai parié 5€ sur le PSG et j'ai perdu mdr",
    "le jeu concours de la radio, j'ai jamais rien gagné",
    "ma banque a bloqué ma carte à cause d'un achat à l'étranger",
    "tu peux me rembourser le resto par lydia ?",
    "on a créé une cagnotte pour le cadeau de départ de Julie",
    "le casino de Deauville est magnifique",
    "j'ai eu un remboursement de la sécu, enfin",
    "je vends mon vélo 80€ si ça intéresse quelqu'un de Nantes",
    "la formation CPF que j'ai faite était top",
    "mon copain joue en bourse, moi j'y comprends rien",
    "je cherche du travail dans la restauration, vous avez des pistes ?",
    "argent facile ça n'existe pas, méfiez-vous",
    "les influenceurs qui vendent des formations crypto c'est des escrocs",
    "j'ai vu un reportage sur les arnaques aux sentiments, c'est terrible",
    "on m'a proposé de doubler mes bitcoins, c'est une arnaque non ?",
    "mon amie a envoyé 3000€ à un faux militaire, elle est dévastée",
    "karim|frr tu me dois 20 balles pour le kebab",
    "karim|j'ai touché ma paye wesh, ce soir c'est moi qui régale",
    "tatiana|j'ai eu ma paye, on sort à soir ?",
    "moussa|on a cotisé pour la tontine du quartier",
    "moussa|envoie-moi le lien du groupe de la famille",
    "nadia|le colis de ma maman est bien arrivé par bpost",
    "le Black Friday c'est vendredi, vous achetez quoi ?",
    "j'ai gagné au tirage de la tombola de l'école, un panier garni",
    "tu peux m'envoyer ton IBAN pour que je te rembourse les places de concert ?",
    "le site officiel c'est impots.gouv.fr, rien d'autre",
    "vous avez des astuces pour économiser sur les courses ?",
    "une carte cadeau fnac pour l'anniv de mon neveu, bonne idée ?",
    "la poste m'a laissé un avis de passage, je vais le chercher demain",
    "clique sur mon profil, j'ai mis ma playlist",
    "je suis trop riche en amis 🥰",
    "j'ai doublé ma mise au poker entre potes",
    "je cherche 3 joueurs pour un tournoi de belote samedi",
]

POS["prostitution"] = [
    "{roses} la demi-heure, dispo ce soir",
    "jolie femme reçoit en toute discrétion, {roses} l'heure",
    "dispo ce soir déplacement possible, cadeau obligatoire",
    "massage avec finition, {ville}, mp pour les tarifs",
    "escort indépendante {ville}, photos réelles, 200 l'heure",
    "rdv avec cadeau uniquement, pas de négo",
    "je reçois chez moi, 80€ la passe, discrétion assurée",
    "plan payant ce soir, qui est intéressé ?",
    "jeune femme dispo pour messieurs généreux",
    "nouvelle en ville, dispo 24/24, {ville} centre",
    "cadeau avant le rendez-vous, sinon pas la peine",
    "je me déplace à l'hôtel, 150 roses l'heure, 300 la nuit",
    "massage naturiste complet, douche et finition incluses",
    "sugar daddy cherche jeune femme pour arrangement mensuel",
    "je cherche un sugar daddy, {montant} par semaine et je suis à toi",
    "ts dispo {ville}, reçoit et se déplace, tarifs en mp",
    "combien pour une nuit avec toi ?",
    "t'es à combien la passe ?",
    "tu prends combien pour une heure ?",
    "soirée privée avec hôtesses, participation {montant}",
    "100% réel, pas de fake, {roses} la demi-heure",
    "je vends mes services, tu paies je viens",
    "disponible maintenant pour un moment tarifé",
    "je fais des massages body body, sur rdv",
    "fille de l'Est dispo, appart privé, {tel}",
    "je reçois en toute discrétion à {ville}, pas de numéro masqué",
    "dispo pour plan rémunéré, sérieux uniquement",
    "les roses d'abord, ensuite on voit 😉",
    "nouvelle annonce : belle métisse dispo ce soir {ville}, cadeau svp",
    "je cherche une escort pour ce week-end à {ville}",
    "qui fait des plans payants dans le coin ?",
    "je paie bien pour une fille ce soir",
    "t'es dispo pour 150 ce soir ?",
    "je propose des moments coquins contre rémunération",
    "services pour gentlemen, forfait nuit complète",
    "pas d'argent pas de rdv, c'est clair",
    "{roses} sans protection = plus cher",
    "appelle-moi au {tel} pour un moment de plaisir tarifé",
    "rencontre tarifée discrète ce soir, je me déplace",
    "j'ai une copine dispo pour toi, 100 balles",
    "je gère des filles, elles sont dispo ce soir, tu choisis",
    "tu veux une fille ? je t'envoie le book et les prix",
    "quelqu'un connaît un salon de massage avec happy ending à {ville} ?",
    "massage tantrique avec happy end, 120€",
    "karim|j'ai des meufs dispo ce soir frr, 100 balles la passe",
    "karim|wesh elle fait des plans payants, t'as le snap ?",
    "karim|tu veux une michto ? elle prend 200",
    "karim|la go elle tapine à la gare, 50 balles",
    "tatiana|escorte dispo à Laval, tarifs raisonnables, discrétion",
    "tatiana|j'offre des services d'accompagnement pour messieurs, 200$ de l'heure",
    "moussa|les filles sont dispo au maquis ce soir, 10 000 francs la passe",
    "moussa|petite go disponible, il faut juste faire un geste",
    "nadia|vitrine à Bruxelles, nouvelle fille, 50€ la demi-heure",
    "nadia|je reçois dans mon salon privé à Genève, tarif sur demande",
    "nadia|massage avec finition à Liège, 80€",
    "coquine généreuse ? non, c'est toi qui dois être généreux 💰",
    "dispo en journée, 120 la demi, 200 l'heure",
    "je fais aussi des vidéos perso, payantes bien sûr",
    "👠💋 nouvelle dispo 👠💋 {roses} 📍{ville}",
    "tu peux venir à l'hôtel Ibis, chambre 12, prépare le cadeau",
    "fille dispo pour soirée, tarif à négocier en privé",
    "j'ai besoin d'argent, je fais ce que tu veux pour {montant}",
    "je suis une escorte de luxe, uniquement hommes respectueux et généreux",
    "propose rencontre contre cadeau, sérieux s'abstenir pas",
    "accompagnement pour dîner et plus si affinités, 500 la soirée",
    "gfe dispo ce soir, 200 l'heure",
    "cherche clients réguliers, tarifs dégressifs",
    "je vends mon corps pour payer mes études, contactez-moi",
    "dispo à domicile ou en hôtel, tarifs fixes",
    "passe rapide 50, demi-heure 100",
    "je recrute des filles pour mon salon, très bien payé",
    "hôtesse dispo pour plan tarifé, déplacement {ville}",
    "pour me voir il faut un petit cadeau 🎁 avant",
    "plan cul payant ce soir, 100€",
    "je te fais tout ce que tu veux pour 200",
]
HARD["prostitution"] = [
    "j'ai offert 12 roses rouges à ma femme pour notre anniversaire",
    "le fleuriste fait les 100 roses à 80€ pour la Saint-Valentin",
    "les roses de mon jardin sont en fleur 🌹",
    "c'est l'anniversaire de Léa, qui participe au cadeau ?",
    "cadeau obligatoire pour l'anniversaire de ma nièce, je sais pas quoi prendre",
    "je suis dispo ce soir pour un ciné si ça te dit",
    "dispo ce soir pour une partie de valo ?",
    "je me déplace à domicile pour les cours de guitare, 25€ l'heure",
    "kiné à domicile, je me déplace, remboursé par la sécu",
    "baby-sitting dispo le soir, 12€ de l'heure",
    "massage aux huiles essentielles chez une esthéticienne, trop bien",
    "j'ai pris un massage au spa, j'étais détendue",
    "la finition de la peinture de la cuisine est pas terrible",
    "tu prends combien pour refaire une salle de bain ?",
    "combien pour une nuit à l'hôtel à Lyon en moyenne ?",
    "je suis escort girl dans le jeu, j'accompagne les nouveaux joueurs mdr",
    "un reportage sur la prostitution des mineurs m'a glacée",
    "la prostitution est un fléau, les victimes peuvent appeler le 3919",
    "le proxénète a été condamné à 8 ans de prison",
    "mon chéri m'a fait un cadeau surprise",
    "les cadeaux de Noël sont sous le sapin",
    "j'ai reçu des roses de mon amoureux 🥰",
    "ce soir plan raclette chez moi, qui vient ?",
    "un plan ciné ce soir ?",
    "je reçois des amis ce soir à la maison",
    "je me déplace pour le concert de samedi à Lille",
    "je suis dispo pour aider au déménagement",
    "le rosé était délicieux hier",
    "100 roses blanches pour le mariage de ma soeur, c'est magnifique",
    "Guns N' Roses en concert, quelqu'un y va ?",
    "la demi-heure de trajet en voiture me fatigue",
    "t'as payé combien ta nuit au camping ?",
    "mon massage chez le kiné m'a fait du bien",
    "sugar free le coca, c'est pareil",
    "le livre 'Sugar baby' parle d'une étudiante, c'est glaçant",
    "les travailleuses du sexe manifestent pour leurs droits, selon l'article",
    "la Rose est le symbole du PS",
    "je prends 40€ de l'heure pour les cours de maths",
    "le tarif de l'heure du parking est abusé",
    "j'ai une petite surprise pour toi, un cadeau 🎁 pour ton anniv",
    "dispo ce week-end pour un resto ?",
    "qui est dispo pour une rando dimanche ?",
    "plan payant ? non le musée est gratuit le premier dimanche",
    "la passe décisive de Mbappé était folle",
    "il a fait une passe en retrait magnifique",
    "karim|wesh t'es dispo ce soir pour un five ?",
    "karim|ma daronne elle veut des roses pour la fête des mères",
    "tatiana|ma blonde m'a fait un cadeau de fête trop beau",
    "moussa|la go m'a fait un cadeau pour mon anniversaire, je suis content",
    "moussa|je suis disponible ce soir pour le maquis entre amis",
    "nadia|elle travaille en vitrine chez H&M, une fois",
    "nadia|je suis dispo à Genève jeudi pour un café",
    "150 roses pour demander ma copine en mariage, trop ou pas assez ?",
    "tu veux un massage des pieds ? 😂 je suis trop gentille",
    "je cherche un masseur diplômé pour mon dos",
    "le spa propose un massage duo à 90€",
    "il a eu un cadeau de départ, une montre",
    "je vends mes vieux vêtements sur vinted",
    "dispo demain matin pour un café ?",
    "une escorte policière a accompagné le convoi",
]

POS["drugs"] = [
    "plan beuh sur {ville} ?",
    "qui a de la coke pour ce soir ?",
    "je vends de la 3mmc, livraison 7/7",
    "🍃❄️💊 dispo, snap pour la carte",
    "livraison de {drogue} 7j/7 sur {ville}, {prix}",
    "j'ai de la bonne {drogue}, {prix}",
    "quelqu'un pour me dépanner en {drogue} ?",
    "je cherche un plan {drogue} vite",
    "la carte est dispo sur telegram, {drogue} et plus",
    "{drogue} de qualité, livraison discrète",
    "t'as un contact pour la {drogue} ?",
    "je peux te ramener de la {drogue} samedi",
    "{prix}, je livre",
    "qui vend de la {drogue} dans le coin ?",
    "y a un four dans le quartier ?",
    "drive ouvert de 14h à 2h, {drogue} et {drogue}",
    "qui veut taper un trait ce soir ?",
    "on se fait une soirée à la md, qui ramène ?",
    "j'ai des ecstas à 10 balles",
    "je revends des cachets de xanax, mp",
    "tramadol sans ordonnance, je t'en vends",
    "besoin de champis pour ce week-end",
    "je suis charbonneur, je tiens le point le soir",
    "on cherche des guetteurs, 100€ la journée",
    "tu veux fumer ? j'ai du bon shit marocain",
    "j'ai ramené de l'amnésia d'Amsterdam, qui en veut ?",
    "qui a du lean ? je paie bien",
    "un pochon de 20 stp",
    "t'aurais pas une barrette à me vendre ?",
    "🍫 🍃 ❄️ 🍄 livraison rapide, passe en privé",
    "le menu du jour : 🍃 cali, ❄️ colombienne, 💊 md",
    "j'ai de la neige pour ce soir si ça te dit ❄️",
    "de la blanche, 70 le g, qualité top",
    "je livre le {drogue} en scooter jusqu'à 3h",
    "qui pour un joint ce soir ? j'ai ce qu'il faut",
    "c'est où qu'on peut pécho de la coke à {ville} ?",
    "j'ai besoin de ma dose, quelqu'un peut me dépanner",
    "pilules d'ecsta pour la teuf, qui est chaud ?",
    "le plug a ramené de la frappe",
    "mon plug est à sec, vous avez un autre contact ?",
    "je fais des prix pour les grosses commandes de {drogue}",
    "kéta dispo, 40 le g",
    "je vends des buvards de LSD",
    "snap pour le menu, je livre {ville} et alentours",
    "vends gâteaux space, effet garanti",
    "🌿 frais arrivé 🌿 contactez-moi",
    "de la cc pure, pas coupée",
    "qui a du GHB ?",
    "ma came est la meilleure du secteur",
    "je cherche un dealer fiable sur {ville}",
    "karim|wesh t'as du bédo frr ?",
    "karim|j'ai de la frappe, de la vraie, 10 le g",
    "karim|le terrain est ouvert, viens pécho",
    "karim|on charbonne au bâtiment C ce soir, y a de la demande",
    "karim|frr dépanne moi un dix",
    "tatiana|j'ai du pot de qualité, qui en veut ?",
    "tatiana|qui a de la poudre pour le party à soir ?",
    "tatiana|je vends des pilules pour le rave, écris-moi",
    "moussa|on a le kush ici, les jeunes viennent prendre",
    "moussa|tu cherches le tramadol ? j'en ai au quartier",
    "moussa|la drogue est arrivée, viens chercher ta part",
    "nadia|j'ai de la beuh hollandaise, 10€ le gramme",
    "nadia|qui a de la coke à Bruxelles ?",
    "nadia|je peux avoir des ecstas pour le festival, MP",
    "👉 catalogue {drogue} 👈 prix imbattables",
    "shit, beuh, coke, md : commande sur signal",
    "qui peut me trouver de la MDMA pour samedi ?",
    "je cultive de la weed chez moi, j'en vends un peu",
    "j'ai fait pousser des plants de cannabis, récolte dispo",
    "3mmc et GHB dispo pour les chemsex, mp",
    "ça te dit de prendre un ecsta avec moi ?",
    "je vais me faire un rail, qui vient ?",
    "j'ai de la héro si tu veux",
    "crack dispo gare du nord",
    "qui vend du pollen ? c'est urgent",
]
HARD["drugs"] = [
    "je bois une ligne de coca zéro tous les jours, faut que j'arrête",
    "un coca et une pizza svp",
    "tu veux un coca ?",
    "j'ai tondu l'herbe du jardin ce matin",
    "mes herbes aromatiques poussent bien sur le balcon",
    "le plombier doit changer le joint du robinet",
    "le joint de la fenêtre fuit encore",
    "j'ai oublié de prendre ma pilule ce matin, c'est grave ?",
    "la pilule du lendemain c'est en pharmacie sans ordonnance",
    "drogues info service : 0 800 23 13 13, anonyme et gratuit",
    "la cocaïne fait des ravages chez les jeunes, selon un reportage",
    "mon frère est en sevrage, c'est dur pour toute la famille",
    "le dealer du film 'Scarface' est culte",
    "j'ai regardé Breaking Bad, la série est dingue",
    "il neige à Grenoble ❄️ trop beau",
    "la neige est arrivée, on va skier",
    "j'ai mangé une feuille de menthe 🍃",
    "mon médecin m'a prescrit du tramadol après l'opération",
    "le doliprane ça marche pas sur moi",
    "c'est de la bombe ce morceau",
    "ce son c'est de la frappe",
    "le plug de ma guirlande est cassé",
    "la beuh c'est mauvais pour la mémoire, t'as lu l'étude ?",
    "il a été arrêté pour trafic de stupéfiants, selon le journal",
    "un point de deal a été démantelé à Marseille",
    "la police a saisi 2 tonnes de cocaïne au Havre",
    "la weed est légale au Canada maintenant",
    "le CBD c'est légal en France",
    "livraison de pizzas 7j/7 jusqu'à minuit",
    "livraison rapide des courses, super service",
    "j'ai pris un cachet d'aspirine pour ma migraine",
    "je suis accro au café, 6 par jour",
    "le thé vert ça détend",
    "mon voisin fait pousser des tomates",
    "le champignon de Paris c'est trop bon en omelette 🍄",
    "on a ramassé des champignons en forêt, des cèpes",
    "la poudre de cacao pour le gâteau",
    "sucre glace, farine, beurre : la base",
    "cristal de sel de l'Himalaya, c'est joli",
    "prévention : l'alcool et le cannabis au volant, c'est non",
    "comment parler de la drogue à mon ado ?",
    "ma fille a trouvé un joint dans le sac de son copain, je fais quoi ?",
    "le crack à Stalingrad, c'est une catastrophe sanitaire",
    "le festival a installé un stand de réduction des risques",
    "j'ai arrêté de fumer depuis 3 mois 💪",
    "j'ai fumé une cigarette, j'ai rechuté",
    "la vape aux fruits c'est trop bon",
    "les joints de carrelage sont à refaire",
    "mon chat adore l'herbe à chat",
    "la coke c'est de la merde, ça a détruit mon cousin",
    "le marché de Noël vend du vin chaud",
    "c'est quoi le menu du resto ce soir ?",
    "snap pour la carte des vins ? mdr non je rigole",
    "qui a une ligne de crédit pour moi ? mdr je suis à sec",
    "karim|wesh on se fait un kebab ?",
    "karim|frr j'ai fumé le mec au five",
    "karim|cette prod c'est de la frappe frr",
    "tatiana|j'ai fumé ma cigarette sur la galerie",
    "tatiana|le pot de confiture de ma grand-mère est le meilleur",
    "moussa|on a mangé du garba au maquis, c'était doux",
    "moussa|la pharmacie du quartier vend du paracétamol",
    "nadia|j'ai acheté des pralines pour ma maman",
    "nadia|une frite et une mitraillette, une fois",
    "le médecin m'a mis sous anxiolytiques pour un mois",
    "le héros se fait une ligne dans le film, c'était réaliste",
    "le sucre c'est la drogue du siècle",
    "ce jeu vidéo c'est ma drogue",
    "j'ai fumé le barbecue, tout est cramé",
]

POS["self_harm"] = [
    "j'ai envie de mourir",
    "je veux en finir ce soir",
    "je me scarifie depuis des mois et personne le sait",
    "ça sert à rien que je sois là",
    "j'ai pris des cachets, beaucoup trop",
    "je pense à me tuer tous les jours",
    "je vais sauter du pont ce soir",
    "je me coupe pour me sentir vivante",
    "personne me regrettera si je disparais",
    "je supporte plus la vie, je veux juste dormir pour toujours",
    "j'ai acheté une corde",
    "j'ai écrit ma lettre pour ma famille, je suis prête",
    "je me suis encore ouvert les bras hier",
    "j'ai avalé toute la plaquette de doliprane",
    "je veux plus me réveiller le matin",
    "à quoi bon continuer",
    "tout le monde serait plus heureux sans moi",
    "j'ai plus la force de vivre",
    "je me fais du mal pour oublier",
    "je me brûle avec des cigarettes, c'est le seul truc qui me soulage",
    "ce soir c'est la dernière fois que vous me voyez ici",
    "je vais me jeter sous un train",
    "j'ai des idées noires tout le temps",
    "je me déteste, je mérite pas de vivre",
    "je pense au suicide",
    "si je meurs demain ça changera rien pour personne",
    "je vais prendre tous les médocs de ma mère",
    "je suis un fardeau pour tout le monde, je vais partir",
    "j'en peux plus, je veux que ça s'arrête pour de bon",
    "je suis sur le toit de mon immeuble",
    "adieu tout le monde, merci pour tout",
    "j'ai fait une TS l'année dernière et j'ai encore envie",
    "je me suis tailladé les poignets",
    "je m'affame exprès pour me punir",
    "je me frappe la tête contre le mur quand ça va pas",
    "j'ai l'impression que ma vie ne vaut rien, autant tout arrêter",
    "je veux disparaître pour de vrai",
    "ma vie est un enfer, je vais y mettre fin",
    "personne ne remarquerait si je partais",
    "j'ai préparé les cachets, je les prends ce soir",
    "je me lacère la peau avec une lame",
    "je vais me foutre en l'air",
    "je vais me pendre",
    "j'ai envie de me faire du mal",
    "la seule solution c'est la mort",
    "je veux rejoindre mon père là-haut, j'en peux plus",
    "je suis fatiguée de vivre",
    "je suis mieux morte",
    "demain je serai plus là",
    "j'ai pensé à comment je pourrais me tuer",
    "karim|wallah j'ai plus envie de vivre frr",
    "karim|frr je vais me foutre en l'air j'te jure",
    "karim|j'ai pris des cachets wesh, je sens plus mes jambes",
    "tatiana|j'ai pus le goût de vivre, c'est fini",
    "tatiana|chu tannée de toute, j'veux mourir",
    "tatiana|j'pense à me suicider depuis une semaine",
    "moussa|mon frère, je veux quitter ce monde, je suis fatigué",
    "moussa|je vais boire le produit pour mourir",
    "moussa|la vie ne vaut plus rien pour moi, je vais mettre fin à tout",
    "nadia|j'ai plus envie d'être là, une fois pour toutes",
    "nadia|je me suis coupée encore ce soir",
    "nadia|je veux mourir, ça sert à rien",
    "je me scarifie les cuisses pour que ça se voie pas",
    "je sens que je vais faire une connerie ce soir",
    "j'ai plus de raison de vivre",
    "je vais avaler tout ce que j'ai dans l'armoire à pharmacie",
    "j'ai le couteau dans la main là",
    "je veux dormir et ne jamais me réveiller",
    "le vide m'appelle, je suis sur le balcon",
    "je veux crever",
    "j'ai tellement envie d'en finir",
    "tout est noir, je vois plus d'issue",
    "c'est décidé, je pars cette nuit",
    "j'ai recommencé à me couper",
    "ma place est pas ici, je vais partir pour toujours",
]
HARD["self_harm"] = [
    "si tu as des idées noires, appelle le 3114, c'est gratuit et 24h/24",
    "le 3114 c'est le numéro national de prévention du suicide",
    "je suis mort de rire",
    "je suis morte de fatigue",
    "j'ai envie de mourir de rire avec ce sketch",
    "ce boulot va me tuer mdr",
    "je vais mourir de faim si on mange pas bientôt",
    "je veux en finir avec ce dossier ce soir",
    "j'ai envie d'en finir avec ce tome, il est trop long",
    "je me suis coupée en cuisinant, ça saigne un peu",
    "je me suis coupé les cheveux tout seul",
    "j'ai pris des cachets pour la migraine, ça va mieux",
    "je prends mes cachets pour la tension tous les matins",
    "ma grand-mère est morte l'année dernière, elle me manque",
    "je suis à bout de souffle après le footing",
    "le film parle d'une ado qui se scarifie, c'est dur mais important",
    "une amie m'a dit qu'elle voulait mourir, je fais quoi ?",
    "si un ami parle de suicide, écoute-le et appelle le 3114 avec lui",
    "mon fils se scarifie, je suis perdue",
    "le suicide chez les jeunes augmente, selon une étude",
    "j'ai fini ma série, je suis en deuil mdr",
    "je me pends à ton cou 🥰",
    "je vais me jeter à l'eau, je lui dis que je l'aime",
    "je vais sauter de joie",
    "je me tue à te le dire",
    "je suis fatiguée de ce boulot, vivement les vacances",
    "je veux disparaître sous ma couette tout le week-end",
    "si je rate mon exam je me tue mdr",
    "ma vie c'est un film d'horreur, j'ai encore raté le bus 😂",
    "j'en peux plus de ce voisin qui fait du bruit",
    "j'ai plus de batterie, je vais mourir",
    "j'ai plus de forfait, je vais crever",
    "ce soir c'est la dernière fois que je viens, je déménage à Lyon, merci à tous !",
    "adieu tout le monde, je pars en vacances, à dans 2 semaines",
    "j'ai écrit une lettre à ma grand-mère pour son anniversaire",
    "le pont de Normandie est magnifique",
    "j'ai pris une corde pour l'escalade",
    "la chanson parle de suicide, elle est bouleversante",
    "je fais de la prévention suicide dans les lycées, c'est mon métier",
    "mon psy m'aide beaucoup depuis que j'ai arrêté de me faire du mal",
    "ça fait un an que je me suis pas scarifiée, je suis fière de moi",
    "j'ai appelé le 3114 hier, ça m'a fait du bien de parler",
    "tu n'es pas seul, des gens peuvent t'aider",
    "karim|je suis mort frr, trop de sport aujourd'hui",
    "karim|wallah je vais crever de faim, on mange quand ?",
    "tatiana|chu mort de fatigue, j'vais me coucher",
    "tatiana|j'ai pus de batterie, j'vais mourir",
    "moussa|la chaleur me tue ici à Abidjan",
    "moussa|je suis fatigué de ce travail, je veux un congé",
    "nadia|je suis morte de rire une fois",
    "nadia|je me suis coupée avec le papier, ça fait mal",
    "à quoi bon continuer ce jeu, il est bugué",
    "je veux en finir avec les clopes cette année",
    "j'ai envie de me mettre au sport",
    "je me déteste sur cette photo mdr",
    "ma mère va me tuer si elle voit mes notes",
    "le vide grenier c'est dimanche",
    "je suis sur le toit du monde, quel voyage !",
    "j'ai pensé à toi toute la journée",
    "je me sens vivant après cette rando",
]

ORDINARY = [
    "salut tout le monde, ça va ce soir ?",
    "quelqu'un a vu le match hier ?",
    "je cherche une bonne série à regarder",
    "il fait trop chaud à Marseille aujourd'hui",
    "bon appétit à tous",
    "qui est de Lille ici ?",
    "je viens d'adopter un chaton trop mignon",
    "vous écoutez quoi comme musique ?",
    "je suis crevée, bonne nuit",
    "quelqu'un pour parler un peu ?",
    "le salon est calme ce soir",
    "j'ai fait une tarte aux pommes, trop fière",
    "vous faites quoi pour les vacances ?",
    "bienvenue à la nouvelle !",
    "ça caille dehors",
    "mon train a encore du retard",
    "je vais au marché demain matin",
    "quelqu'un connaît un bon resto à Nantes ?",
    "j'ai commencé le yoga, c'est top",
    "bonne soirée à tous",
    "karim|wesh la team, bien ou bien ?",
    "tatiana|allo la gang, ça va bien ?",
    "moussa|on dit quoi la famille ?",
    "nadia|bonjour tout le monde, il drache ici",
    "kevin|gg à tous pour la game",
    "mireille|Bonsoir à toutes et à tous, belle soirée.",
    "julien|SALUT LES GENS !!!",
    "sophie|coucou jsuis rentree du taf enfin",
    "lea|slt ca va vous",
    "yanis|yo le salon",
]

# -------------------------------------------------------------------- conversations
# (turns as "A: text" lines, labels, alert turn index or None). A "voice|" prefix on the
# first element pins the conversation to a voice.
CONVERSATIONS: list[tuple[str, list[str], list[str], int | None]] = [
    # escalating harassment
    (
        "lea",
        [
            "A: t'as dit quoi sur moi ?",
            "B: rien, t'es parano",
            "A: t'es qu'une menteuse",
            "B: calme toi",
            "A: ferme ta gueule sale pute",
        ],
        ["harassment"],
        4,
    ),
    (
        "karim",
        [
            "A: wesh c'est toi {pseudo} ?",
            "B: oui pourquoi",
            "A: t'as une sale tête frr",
            "B: laisse moi tranquille",
            "A: t'es une victime, tout le salon le sait",
            "A: personne t'aime ici",
        ],
        ["harassment"],
        4,
    ),
    (
        "julien",
        [
            "A: tu réponds plus ?",
            "B: j'ai pas envie de te parler",
            "A: t'es qu'une connasse",
            "A: réponds !!!",
        ],
        ["harassment"],
        2,
    ),
    (
        "mireille",
        [
            "A: Vous avez vu le message de {pseudo} ?",
            "B: Oui, pourquoi ?",
            "A: Cette femme est une idiote finie.",
            "B: Soyez gentil.",
            "A: Une grosse vache, voilà ce qu'elle est.",
        ],
        ["harassment"],
        2,
    ),
    (
        "kevin",
        [
            "A: t'as perdu la game à cause de toi",
            "B: désolé j'ai lag",
            "A: t'es un gros noob de merde",
            "A: désinstalle le jeu et va te pendre",
        ],
        ["harassment"],
        2,
    ),
    (
        "tatiana",
        [
            "A: pourquoi tu m'as bloquée sur l'autre salon?",
            "B: parce que tu m'harcèles",
            "A: t'es juste une esti de folle",
            "A: tout le monde te trouve niaiseuse",
        ],
        ["harassment"],
        2,
    ),
    (
        "yanis",
        [
            "A: encore toi",
            "B: oui j'ai le droit d'être là",
            "A: t'es une s.a.l.o.p.e",
            "A: d.e.g.a.g.e",
        ],
        ["harassment"],
        2,
    ),
    (
        "nadia",
        [
            "A: t'as vu sa photo de profil ?",
            "B: oui elle est jolie",
            "A: jolie ? c'est une grosse truie oui",
            "A: on va tous lui dire qu'elle est moche",
        ],
        ["harassment"],
        2,
    ),
    (
        "moussa",
        [
            "A: c'est toi qui parles mal de moi ?",
            "B: non",
            "A: tu es un menteur, un vrai bandit",
            "A: espèce de chien, je vais t'apprendre",
        ],
        ["harassment"],
        2,
    ),
    (
        "sophie",
        [
            "A: tu réponds pas",
            "B: j'étais occupée",
            "A: t'es qu'une grosse conne en fait",
            "A: ta gueule",
        ],
        ["harassment"],
        2,
    ),
    (
        "lea",
        [
            "A: pk tu m'ignores",
            "B: je veux plus te parler",
            "A: t'es trop moche de toute façon",
            "A: personne voudra de toi",
        ],
        ["harassment"],
        2,
    ),
    (
        "karim",
        [
            "A: frr t'es qui toi",
            "B: un nouveau",
            "A: wesh le nouveau, t'es un bouffon",
            "A: dégage du salon sale clochard",
        ],
        ["harassment"],
        2,
    ),
    # threats
    (
        "julien",
        ["A: tu m'as bloqué ?", "B: oui", "A: JE SAIS OÙ TU HABITES", "A: tu vas le regretter"],
        ["threat"],
        2,
    ),
    (
        "mireille",
        [
            "A: Pourquoi avez-vous dit ça ?",
            "B: Je le pense.",
            "A: Faites attention à vous.",
            "A: Je connais votre adresse.",
        ],
        ["threat"],
        3,
    ),
    (
        "karim",
        [
            "A: c'est toi qui m'as balancé aux modos ?",
            "B: oui",
            "A: t'es mort frr",
            "A: on va te trouver",
        ],
        ["threat"],
        2,
    ),
    (
        "kevin",
        [
            "A: on finit la game ?",
            "B: non j'arrête",
            "A: je vais te tuer à la prochaine manche mdr",
            "B: ptdr",
        ],
        [],
        None,
    ),
    (
        "tatiana",
        [
            "A: tu m'as volé ma blonde",
            "B: c'est elle qui m'a écrit",
            "A: j'vais te casser la gueule",
            "A: j'sais où tu restes",
        ],
        ["threat"],
        2,
    ),
    (
        "nadia",
        [
            "A: tu me dois de l'argent",
            "B: je te rembourse lundi",
            "A: si t'as pas payé lundi, je viens chez toi avec mes potes",
        ],
        ["threat"],
        2,
    ),
    (
        "moussa",
        [
            "A: tu m'as trahi",
            "B: c'est faux",
            "A: je vais te gâter, tu vas voir",
            "A: je connais ton quartier",
        ],
        ["threat"],
        2,
    ),
    ("yanis", ["A: t'as parlé de moi ?", "B: non", "A: je vais te t.u.e.r"], ["threat"], 2),
    (
        "sophie",
        [
            "A: tu crois que tu peux me parler comme ça",
            "B: oui",
            "A: je vais te retrouver et te defoncer",
        ],
        ["threat"],
        2,
    ),
    # sextortion arcs
    (
        "julien",
        [
            "A: salut, on se fait une cam ?",
            "B: ok",
            "A: j'ai tout enregistré",
            "A: tu m'envoies {montant} ou la vidéo part à tous tes amis facebook",
        ],
        ["threat"],
        3,
    ),
    (
        "lea",
        [
            "A: tu te souviens des photos que tu m'as envoyées ?",
            "B: oui pourquoi",
            "A: tu paies {montant} ou je les envoie à toute ta famille",
        ],
        ["threat"],
        2,
    ),
    (
        "mireille",
        [
            "A: J'ai des images de vous.",
            "B: Quelles images ?",
            "A: Vous le savez très bien. Payez ou votre épouse les recevra.",
        ],
        ["threat"],
        2,
    ),
    (
        "kevin",
        [
            "A: yo j'ai tes pics",
            "B: supprime les stp",
            "A: 300€ en pcs et je supprime, sinon je les poste partout",
        ],
        ["threat"],
        2,
    ),
    (
        "karim",
        [
            "A: wesh j'ai tes nudes frr",
            "B: efface ça",
            "A: envoie la thune ou je balance à tout le quartier",
        ],
        ["threat"],
        2,
    ),
    (
        "tatiana",
        [
            "A: j'ai des screenshots de ta cam",
            "B: t'as pas le droit",
            "A: 500$ ou ton chum les reçoit à soir",
        ],
        ["threat"],
        2,
    ),
    (
        "nadia",
        [
            "A: j'ai gardé ta vidéo",
            "B: s'il te plaît",
            "A: 200€ et personne ne la verra, sinon je l'envoie à tes collègues",
        ],
        ["threat"],
        2,
    ),
    (
        "moussa",
        [
            "A: j'ai enregistré notre appel vidéo",
            "B: et alors",
            "A: envoie 50 000 francs sinon je mets ça sur tous les groupes whatsapp",
        ],
        ["threat"],
        2,
    ),
    (
        "sophie",
        ["A: jai tes photos", "B: et", "A: tu paies ou je les balance a tous tes contacts"],
        ["threat"],
        2,
    ),
    ("yanis", ["A: g tes n.u.d.e.s", "B: stp non", "A: paye ou je p.u.b.l.i.e"], ["threat"], 2),
    # scam arcs
    (
        "mireille",
        [
            "A: Bonjour, vous êtes très belle.",
            "B: Merci.",
            "A: Je suis ingénieur sur une plateforme pétrolière.",
            "A: J'ai un problème avec ma banque, pourriez-vous m'avancer 800 euros ?",
        ],
        ["scam_spam"],
        3,
    ),
    (
        "moussa",
        [
            "A: bonjour ma chérie",
            "B: bonjour",
            "A: je pense à toi tous les jours",
            "A: mon billet d'avion coûte 600€, envoie par western union et je viens te voir",
        ],
        ["scam_spam"],
        3,
    ),
    (
        "julien",
        [
            "A: tu connais la crypto ?",
            "B: un peu",
            "A: j'ai un bot qui fait x3 en une semaine",
            "A: mets 200€ et je te montre, écris-moi sur telegram",
        ],
        ["scam_spam", "off_platform"],
        2,
    ),
    (
        "kevin",
        [
            "A: yo tu veux des skins gratuits ?",
            "B: grave",
            "A: clique ici et rentre ton login steam {lien}",
        ],
        ["scam_spam"],
        2,
    ),
    (
        "nadia",
        [
            "A: bonjour, je travaille pour une banque suisse",
            "B: ah bon",
            "A: on propose un placement garanti à 12% par mois",
            "A: il suffit d'un premier versement de 1000€",
        ],
        ["scam_spam"],
        2,
    ),
    (
        "tatiana",
        [
            "A: salut, t'as besoin d'argent?",
            "B: comme tout le monde",
            "A: prête-moi ta carte de débit pis on partage le profit",
            "B: non merci",
        ],
        ["scam_spam"],
        2,
    ),
    (
        "sophie",
        [
            "A: coucou",
            "B: salut",
            "A: jai une offre de travail a domicile 3000e par mois",
            "A: il faut juste payer le kit de depart 99e",
        ],
        ["scam_spam"],
        2,
    ),
    (
        "karim",
        [
            "A: frr t'as un rib ?",
            "B: pourquoi",
            "A: on fait un virement dessus, tu retires et t'as 500 balles",
        ],
        ["scam_spam"],
        2,
    ),
    # drugs arcs
    (
        "karim",
        ["A: wesh t'as quoi ?", "B: de la frappe", "A: combien le g ?", "B: 10 le g, 60 les 7"],
        ["drugs"],
        3,
    ),
    (
        "lea",
        ["A: qqn a un plan pour samedi ?", "B: pour quoi", "A: de la md pour la soirée"],
        ["drugs"],
        2,
    ),
    ("tatiana", ["A: t'as du pot ?", "B: oui 10$ le gramme", "A: parfait j'arrive"], ["drugs"], 0),
    (
        "moussa",
        [
            "A: mon frère tu as le produit ?",
            "B: quel produit",
            "A: le tramadol, pour travailler la nuit",
        ],
        ["drugs"],
        2,
    ),
    (
        "nadia",
        [
            "A: tu vas au festival ?",
            "B: oui",
            "A: t'as de quoi ? je parle d'ecstas",
            "B: ouais j'en ai 5",
        ],
        ["drugs"],
        2,
    ),
    (
        "kevin",
        ["A: quelqu'un a du lean ?", "B: j'ai un contact", "A: file moi son snap"],
        ["drugs", "off_platform"],
        0,
    ),
    ("sophie", ["A: tas de la coke", "B: non", "A: tu connais quelqu'un qui vend"], ["drugs"], 0),
    # prostitution arcs
    (
        "mireille",
        [
            "A: Bonsoir, vous êtes disponible ?",
            "B: Oui, pour vous 150 roses l'heure.",
            "A: D'accord.",
        ],
        ["prostitution"],
        1,
    ),
    (
        "karim",
        ["A: elle fait des plans payants ta pote ?", "B: ouais 100 la passe", "A: donne son snap"],
        ["prostitution", "off_platform"],
        0,
    ),
    (
        "tatiana",
        ["A: t'es escorte ?", "B: oui, 200$ l'heure", "A: tu te déplaces?", "B: oui, à l'hôtel"],
        ["prostitution"],
        0,
    ),
    (
        "nadia",
        [
            "A: bonsoir, c'est pour l'annonce",
            "B: oui, 80 la demi-heure",
            "A: je peux venir quand ?",
        ],
        ["prostitution"],
        1,
    ),
    ("sophie", ["A: slt t dispo", "B: oui avec cadeau", "A: combien"], ["prostitution"], 1),
    (
        "moussa",
        ["A: la petite est disponible ce soir ?", "B: oui, 10 000 francs la passe"],
        ["prostitution"],
        1,
    ),
    # self-harm arcs
    (
        "lea",
        ["A: ça va ?", "B: non pas trop", "A: qu'est-ce qui se passe ?", "B: j'ai envie de mourir"],
        ["self_harm"],
        3,
    ),
    (
        "mireille",
        ["A: Comment allez-vous ?", "B: Mal. Je n'ai plus de raison de vivre.", "A: Parlez-moi."],
        ["self_harm"],
        1,
    ),
    (
        "karim",
        [
            "A: wesh t'es où ?",
            "B: sur le pont",
            "A: tu fais quoi là-bas ?",
            "B: je vais sauter frr",
        ],
        ["self_harm"],
        3,
    ),
    (
        "tatiana",
        [
            "A: t'es correcte?",
            "B: non, j'ai pris toutes mes pilules",
            "A: appelle le 911 tout de suite",
        ],
        ["self_harm"],
        1,
    ),
    (
        "nadia",
        ["A: tu dors pas ?", "B: non, je me suis encore coupée", "A: tu veux en parler ?"],
        ["self_harm"],
        1,
    ),
    (
        "moussa",
        ["A: mon frère ça va ?", "B: non, je veux quitter ce monde", "A: ne dis pas ça"],
        ["self_harm"],
        1,
    ),
    (
        "sophie",
        ["A: t'es là ?", "B: ouais", "A: j'en peux plus je veux en finir"],
        ["self_harm"],
        2,
    ),
    ("julien", ["A: TU RÉPONDS PLUS ?", "B: J'AI PLUS ENVIE DE VIVRE"], ["self_harm"], 1),
    # benign look-alikes
    (
        "lea",
        ["A: ptdr t'es trop con", "B: mdr je sais", "A: c'est pour ça que je t'aime"],
        [],
        None,
    ),
    (
        "karim",
        ["A: wesh on joue à fifa ?", "B: vas-y", "A: je vais te défoncer frr", "B: rêve pas mdr"],
        [],
        None,
    ),
    (
        "mireille",
        [
            "A: J'ai offert 100 roses à ma femme.",
            "B: Quel romantique !",
            "A: Pour nos 30 ans de mariage.",
        ],
        [],
        None,
    ),
    ("kevin", ["A: t'es mort ?", "B: oui le boss m'a one shot", "A: je te rez"], [], None),
    ("tatiana", ["A: chu morte de rire", "B: moi aussi", "A: t'es drôle en crisse"], [], None),
    (
        "nadia",
        [
            "A: tu viens à l'anniversaire ?",
            "B: oui",
            "A: cadeau obligatoire hein 😂",
            "B: évidemment",
        ],
        [],
        None,
    ),
    (
        "moussa",
        ["A: on se voit au maquis ?", "B: oui", "A: tu prends le coca ou la bière ?"],
        [],
        None,
    ),
    (
        "sophie",
        [
            "A: je me suis fait arnaquer sur vinted",
            "B: ah non",
            "A: le mec m'a demandé un coupon pcs",
            "B: signale le",
        ],
        [],
        None,
    ),
    ("julien", ["A: QUELQU'UN A DU SEL ?", "B: mdr non", "A: MES PÂTES SONT FADES"], [], None),
    (
        "yanis",
        ["A: t'as vu le film hier ?", "B: oui il m'a tué", "A: le méchant était trop fort"],
        [],
        None,
    ),
    (
        "lea",
        ["A: j'ai raté mon controle", "B: ma mere va me tuer", "A: la mienne aussi mdr"],
        [],
        None,
    ),
    (
        "karim",
        [
            "A: t'as le plan pour samedi ?",
            "B: ouais raclette chez moi",
            "A: vas-y je ramène le coca",
        ],
        [],
        None,
    ),
    (
        "mireille",
        [
            "A: Mon neveu s'est fait insulter sur un jeu.",
            "B: Qu'est-ce qu'on lui a dit ?",
            "A: 'Ferme ta gueule', il était très choqué.",
            "B: Il faut signaler.",
        ],
        [],
        None,
    ),
    ("kevin", ["A: je vends mon compte fortnite", "B: combien ?", "A: 30€ par paypal"], [], None),
    (
        "tatiana",
        ["A: mon chum m'a fait un cadeau", "B: quoi?", "A: des roses pis du chocolat"],
        [],
        None,
    ),
    (
        "nadia",
        ["A: j'ai plus de batterie", "B: je vais mourir sans mon tel", "A: pareil mdr"],
        [],
        None,
    ),
    (
        "moussa",
        ["A: le courant est parti", "B: on est gâtés", "A: la chaleur va nous tuer"],
        [],
        None,
    ),
    (
        "sophie",
        ["A: je veux en finir avec ce memoire", "B: courage", "A: plus que 10 pages"],
        [],
        None,
    ),
    (
        "julien",
        ["A: QUI VEUT UN MASSAGE ?", "B: moi mon dos est mort", "A: VIENS JE SUIS KINÉ 😂"],
        [],
        None,
    ),
    ("yanis", ["A: le plombier est venu ?", "B: oui il a changé le joint", "A: enfin"], [], None),
    (
        "lea",
        ["A: t'as de la beuh ?", "B: nan j'fume pas", "A: ok tant mieux c'est mauvais"],
        ["drugs"],
        0,
    ),
    (
        "karim",
        [
            "A: frr t'as vu le reportage sur les points de deal ?",
            "B: ouais c'est chaud",
            "A: la police a tout saisi",
        ],
        [],
        None,
    ),
    (
        "mireille",
        [
            "A: Ma fille m'a dit qu'elle avait des idées noires.",
            "B: Appelez le 3114 avec elle.",
            "A: Merci, je vais le faire.",
        ],
        [],
        None,
    ),
    (
        "kevin",
        ["A: ma grand-mère est morte", "B: mes condoléances", "A: merci ça me touche"],
        [],
        None,
    ),
    (
        "tatiana",
        [
            "A: j'ai pris des pilules pour dormir",
            "B: ça a marché?",
            "A: oui j'ai dormi comme un bébé",
        ],
        [],
        None,
    ),
    (
        "nadia",
        ["A: tu connais un bon masseur à Liège ?", "B: oui un kiné", "A: super merci"],
        [],
        None,
    ),
    (
        "moussa",
        ["A: mon frère je suis fatigué", "B: repose-toi", "A: oui demain je dors toute la journée"],
        [],
        None,
    ),
    ("sophie", ["A: jai gagne 50e au grattage", "B: bravo", "A: je vous paye un verre"], [], None),
    ("julien", ["A: ON VA LES ÉCRASER SAMEDI !!!", "B: ALLEZ L'OM", "A: ILS SONT MORTS"], [], None),
    ("yanis", ["A: on m'a envoye un lien bizarre", "B: clique pas", "A: ok je supprime"], [], None),
    ("lea", ["A: il m'a traitee de grosse", "B: signale le", "A: c'est fait"], [], None),
    (
        "karim",
        ["A: frr ta daronne elle fait quoi ?", "B: elle bosse à l'hôpital", "A: respect"],
        [],
        None,
    ),
    (
        "mireille",
        [
            "A: Mon mari m'a offert un massage au spa.",
            "B: Quelle chance !",
            "A: Avec une finition aux pierres chaudes.",
        ],
        [],
        None,
    ),
    ("kevin", ["A: je vais te carry", "B: t'es chaud", "A: je suis un tueur à valo"], [], None),
    (
        "tatiana",
        [
            "A: t'as l'adresse du party?",
            "B: je sais où t'habites, je passe te prendre",
            "A: parfait",
        ],
        [],
        None,
    ),
    (
        "nadia",
        ["A: je sais où tu habites, je te dépose les clés", "B: merci", "A: de rien une fois"],
        [],
        None,
    ),
    (
        "moussa",
        [
            "A: j'ai une arnaque à te raconter",
            "B: dis",
            "A: un gars voulait que j'envoie de l'argent pour un colis, j'ai refusé",
        ],
        [],
        None,
    ),
]


# ------------------------------------------------------------------------------ typing
ACCENTS = str.maketrans("", "", "")
SMS = [
    (r"\bje suis\b", "jsuis"), (r"\bje sais pas\b", "jsp"), (r"\bc'est\b", "c"),
    (r"\bqu'est-ce que\b", "keske"), (r"\bquoi\b", "koi"), (r"\bpourquoi\b", "pk"),
    (r"\bbeaucoup\b", "bcp"), (r"\btoi\b", "twa"), (r"\bmoi\b", "mwa"), (r"\bt'es\b", "t"),
    (r"\bt'as\b", "ta"), (r"\bj'ai\b", "g"), (r"\bquelqu'un\b", "qqn"), (r"\bavec\b", "avc"),
    (r"\bje te\b", "jte"), (r"\bje vais\b", "jvais"), (r"\bparce que\b", "pcq"),
    (r"\bdans\b", "ds"), (r"\bpour\b", "pr"), (r"\bce soir\b", "ce soir"), (r"\bvraiment\b", "vrmt"),
    (r"\btoujours\b", "tjrs"), (r"\bqu'il\b", "kil"), (r"\bque\b", "ke"), (r"\bqui\b", "ki"),
]  # fmt: skip
LEET_MAP = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$"}
NEIGHBOURS = {
    "a": "zq", "z": "ae", "e": "zr", "r": "et", "t": "ry", "y": "tu", "u": "yi", "i": "uo",
    "o": "ip", "p": "om", "q": "as", "s": "qd", "d": "sf", "f": "dg", "g": "fh", "h": "gj",
    "j": "hk", "k": "jl", "l": "km", "m": "lp", "w": "xq", "x": "wc", "c": "xv", "v": "cb",
    "b": "vn", "n": "b",
}  # fmt: skip
HOMO = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р"}


def strip_accents(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"
    ).replace("œ", "oe")


def sms(s: str, rng: random.Random, p: float) -> str:
    for pat, rep in SMS:
        if rng.random() < p:
            s = re.sub(pat, rep, s)
    return s


def disguise(word: str, rng: random.Random) -> str:
    how = rng.choice(("spaced", "dots", "leet", "star", "homo", "stretch"))
    if how == "spaced":
        return " ".join(word)
    if how == "dots":
        return ".".join(word)
    if how == "leet":
        return "".join(LEET_MAP.get(c, c) if rng.random() < 0.6 else c for c in word)
    if how == "star" and len(word) > 3:
        i = rng.randrange(1, len(word) - 1)
        return word[:i] + "*" + word[i + 1 :]
    if how == "homo":
        return "".join(HOMO.get(c, c) if rng.random() < 0.5 else c for c in word)
    i = rng.randrange(len(word))
    return word[:i] + word[i] * rng.randint(3, 5) + word[i + 1 :]


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    how = rng.choice(("drop", "swap", "neighbour", "double"))
    if how == "drop":
        return word[:i] + word[i + 1 :]
    if how == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if how == "neighbour" and word[i] in NEIGHBOURS:
        return word[:i] + rng.choice(NEIGHBOURS[word[i]]) + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def words_sub(s: str, fn, rng: random.Random, p: float, only_key: bool) -> str:  # type: ignore[no-untyped-def]
    def one(m: re.Match[str]) -> str:
        w = m.group(0)
        key = w.lower() in KEYWORDS or strip_accents(w.lower()) in KEYWORDS
        if (key or not only_key) and rng.random() < p:
            return str(fn(w, rng))
        return w

    return re.sub(r"[^\W\d_]{3,}", one, s)


def type_as(voice: str, text: str, rng: random.Random, positive: bool) -> str:
    """The line as this voice types it (a different draw each call)."""
    s = text
    if voice == "lea_ado_sms":
        s = strip_accents(s.lower())
        s = sms(s, rng, 0.6)
        s = s.rstrip(".!")
        if rng.random() < 0.3:
            s += rng.choice((" frr", " genre", " srx", " jte jure", "..."))
    elif voice == "karim_banlieue":
        s = strip_accents(s.lower()) if rng.random() < 0.8 else s.lower()
        s = sms(s, rng, 0.4)
        if rng.random() < 0.4:
            s = rng.choice(("wesh ", "frr ", "wallah ", "sah ", "zarma ")) + s
        if rng.random() < 0.3:
            s += rng.choice((" frr", " wallah", " sur ma vie", " starfoullah"))
    elif voice == "mireille_60":
        s = s[0].upper() + s[1:]
        if s[-1] not in ".!?":
            s += rng.choice((".", "...", " !"))
    elif voice == "julien_caps":
        if rng.random() < 0.6:
            s = s.upper()
        s = re.sub(r"([aeiouAEIOU])\b", lambda m: m.group(1) * rng.randint(1, 4), s, count=1)
        s = s.rstrip(".") + rng.choice(("!!!", " !!", "!!!!!", "", " ?!"))
    elif voice == "kevin_gamer":
        s = strip_accents(s.lower()) if rng.random() < 0.6 else s
        s = words_sub(s, lambda w, r: "".join(LEET_MAP.get(c, c) for c in w), rng, 0.5, True)
        if rng.random() < 0.5:
            s += rng.choice((" bro", " lol", " 💀", " 😈", " wtf", " fr", " ez"))
    elif voice == "tatiana_quebec":
        s = s.replace("je suis ", "chu ").replace("Je suis ", "Chu ")
        if rng.random() < 0.4:
            s += rng.choice((" là", " tsé", " pis c'est toute", " esti"))
    elif voice == "yanis_obfusque":
        s = strip_accents(s.lower()) if rng.random() < 0.5 else s
        s = words_sub(s, disguise, rng, 0.7, True)
        if rng.random() < 0.3:
            s = words_sub(s, disguise, rng, 0.15, False)
    elif voice == "nadia_belge":
        if rng.random() < 0.3:
            s += rng.choice((" hein", " une fois", " sais-tu", ", non peut-être"))
        s = s.replace("quatre-vingt-dix", "nonante").replace("soixante-dix", "septante")
    elif voice == "moussa_abidjan":
        if rng.random() < 0.4:
            s = rng.choice(("mon frère ", "on dit quoi, ", "ehh ", "vraiment ")) + s
        if rng.random() < 0.4:
            s += rng.choice((" dèh", " oh", " même", " kôrô"))
    elif voice == "sophie_typo":
        s = strip_accents(s.lower()) if rng.random() < 0.7 else s.lower()
        s = words_sub(s, typo, rng, 0.25, False)
        s = re.sub(r"[.,;!]", "", s)
        if rng.random() < 0.4:  # glued words
            s = re.sub(r"\b(je|tu|de|la|le|me|te) ", r"\1", s, count=1)
    return re.sub(r"\s+", " ", s).strip()


def fill(text: str, rng: random.Random) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(SLOTS[m.group(1)]), text)


def type_line(voice: str, text: str, rng: random.Random, positive: bool) -> str:
    """Fill the slots and type the line; links stay as they are (a typo would leave
    example.test)."""
    links: list[str] = []

    def keep(m: re.Match[str]) -> str:
        links.append(rng.choice(SLOTS["lien"]))
        return f"§{len(links) - 1}§"

    out = type_as(voice, fill(re.sub(r"\{lien\}", keep, text), rng), rng, positive)
    return re.sub(r"§(\d+)§", lambda m: links[int(m.group(1))], out)


def split_voice(line: str, default: str) -> tuple[str, str]:
    head, sep, rest = line.partition("|")
    if sep and head in VOICE_SHORT:
        return VOICE_SHORT[head], rest
    return default, line


def renderings(line: str, voice: str, rng: random.Random, n: int, positive: bool) -> list[str]:
    out: list[str] = []
    for _ in range(n * 3):
        t = type_line(voice, line, rng, positive)
        if t not in out:
            out.append(t)
        if len(out) == n:
            break
    return out


def build() -> dict[str, list[dict[str, object]]]:
    rows: dict[str, list[dict[str, object]]] = {}

    def add(part: str, row: dict[str, object]) -> None:
        split = "dev" if row["voice"] in DEV_VOICES else "train"
        rows.setdefault(f"other-{split}-{part}", []).append(row)

    for label, lines in POS.items():
        for i, entry in enumerate(lines):
            text, labels = (entry, [label]) if isinstance(entry, str) else entry
            voice, text = split_voice(text, VOICES[i % len(VOICES)])
            rng = random.Random(zlib.crc32(f"{SEED}:{label}:p:{i}".encode()))
            n = 4 if "{" in text else 3
            for k, t in enumerate(renderings(text, voice, rng, n, True)):
                labs = list(labels)
                if re.search(r"\b(?:snap|telegram|whatsapp|signal)\b", t, re.I) and re.search(
                    r"\b(?:snap|telegram|whatsapp|signal) pour\b|\bsur (?:snap|telegram|whatsapp|signal)\b|\bajoute",
                    t,
                    re.I,
                ):
                    labs.append("off_platform")
                add(label, {"id": f"other-{label}-p{i}-{k}", "text": t, "labels": sorted(set(labs)),
                            "kind": "positive", "voice": voice})  # fmt: skip
    for label, lines in HARD.items():
        for i, line in enumerate(lines):
            voice, text = split_voice(line, VOICES[(i + 3) % len(VOICES)])
            rng = random.Random(zlib.crc32(f"{SEED}:{label}:h:{i}".encode()))
            for k, t in enumerate(renderings(text, voice, rng, 4, False)):
                add(label, {"id": f"other-{label}-h{i}-{k}", "text": t, "labels": [],
                            "kind": "hard_negative", "voice": voice, "near": label})  # fmt: skip
    for i, line in enumerate(ORDINARY):
        voice, text = split_voice(line, VOICES[i % len(VOICES)])
        rng = random.Random(zlib.crc32(f"{SEED}:ordinary:{i}".encode()))
        for k, t in enumerate(renderings(text, voice, rng, 2, False)):
            add("ordinary", {"id": f"other-ordinary-{i}-{k}", "text": t, "labels": [],
                             "kind": "negative", "voice": voice})  # fmt: skip
    for i, (short, turns, labels, alert) in enumerate(CONVERSATIONS):
        voice = VOICE_SHORT[short]
        rng = random.Random(zlib.crc32(f"{SEED}:conv:{i}".encode()))
        for k in range(2):
            typed = []
            for turn in turns:
                speaker, _, text = turn.partition(": ")
                typed.append(
                    {"speaker": speaker, "text": type_line(voice, text, rng, bool(labels))}
                )
            row: dict[str, object] = {"id": f"other-conv-{i}-{k}", "turns": typed, "labels": labels,
                                      "kind": "conversation", "voice": voice}  # fmt: skip
            if alert is not None:
                row["alert_turn"] = alert
            add("conversations", row)
    return rows


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("other-*.jsonl"):
        old.unlink()
    for name, rows in sorted(build().items()):
        path = OUT / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        print(f"{path.relative_to(ROOT)}: {len(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
