# ruff: noqa: E501
"""Write data/risk/written/child-dev-3.jsonl: the third held-back part of the child-safety
corpus (`python scripts/write_child_dev3.py`).

Written by hand on 2026-12-03 (session 5, "riskgen") before any rule of that session was
changed, from voices that no other file of data/risk/written has: a 12-year-old girl on
a phone with autocorrect off, a shy 15-year-old, a 13-year-old gamer, teens from Québec,
Belgium and Abidjan, four adults who groom in their own ways (careful and polite, the
"big brother" coach, the pushy one, the adult who pretends to be a teen) and adults who
speak of their children, pupils and the brevet (hard negatives). Each line is typed once,
the way its voice types it (no line repeated with another emoji or filler), and the
conversations are written whole, turn by turn.

Labels as in the rest of the corpus: md = minor_disclosure (the writer says or clearly
implies being under 18), gr = grooming (an adult's move toward a presumed minor; a probe
alone is not one), op = off_platform, ss = sexual_solicitation; "" = a hard negative.
A conversation's turns carry the labels they make certain; its alert turn is the first
such turn. Phone numbers are in ARCEP's fiction block (06 39 98), handles invented.

It is a *dev* part (learn.is_dev): the heads never train on it, and the rules of session 5
were written from the training voices (child-train-*.jsonl), not from it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data/risk/written/child-dev-3.jsonl"
LABEL = {
    "md": "minor_disclosure",
    "gr": "grooming",
    "op": "off_platform",
    "ss": "sexual_solicitation",
}

Lines = list[tuple[str, str]]

# ------------------------------------------------------------------ minors' voices

LOU_PORTABLE: Lines = [  # 12, a girl on her first phone, autocorrect off, no apostrophes
    ("jai 12an et demi", "md"),
    ("moi jai douz ans", "md"),
    ("je suis en sixiem au colege jean moulin", "md"),
    ("ma mer ma confisker mon portable jusqua samedi", "md"),
    ("jpeu pas parlé longtemps ma mere di que jdoi dormir a 21h", "md"),
    ("lannée prochaine jpasse en 5em", "md"),
    ("jsui pas encor au lycée moi", "md"),
    ("l an prochain jrentre o college jsui tro stresser", "md"),
    ("jsui né en 2013", "md"),
    ("g fini lecole a 16h30 jsui rentré", "md"),
    ("la maitresse nous a donner tro de devoir", "md"),
    ("mon anniv c samedi jvai avoir 13 an", "md"),
    ("1️⃣2️⃣ ans", "md"),
    ("jai le droit a 1h de tel par jour c nul", "md"),
    ("on a piscine avec la classe demain jai pas envie", "md"),
    ("jsui la plus petite de ma classe", "md"),
    ("ma mere veut pas que jparle a des inconus", "md"),
    ("c koi ce site jsui en cm2 lol", "md"),
    ("jai onze ans bientot douze", "md"),
    ("mon pere vien me chercher a la sorti de l ecole", "md"),
    # hard negatives by the same girl
    ("jai 12 messages de ma copine", ""),
    ("on a regarder l episode 13 hier", ""),
    ("ma soeur a 16 ans elle a un copain", ""),
    ("jsui au niveau 12 sur roblox", ""),
    ("il est 13h jmange des pates", ""),
]

TIMIDE_15: Lines = [  # 15, shy, careful, accents, ellipses, apologises
    ("euh… j'ai quinze ans, je sais pas si j'ai le droit d'être ici", "md"),
    ("je suis en troisième… enfin je passe le brevet cette année", "md"),
    ("je préfère pas trop dire mon âge… disons que je suis pas encore au lycée", "md"),
    ("j'aurai 16 ans en mars", "md"),
    ("mes parents savent pas que je suis sur ce site…", "md"),
    ("désolée je réponds pas vite, j'ai un DS de physique demain", "md"),
    ("c'est ma première année au lycée et je connais personne", "md"),
    ("je suis née en 2010, ça fait quinze ans et demi", "md"),
    ("je suis en seconde générale, option latin", "md"),
    ("je suis un peu timide… et je suis mineure aussi, je préfère le dire", "md"),
    ("ma mère vérifie mon téléphone le soir donc je peux pas rester longtemps", "md"),
    ("je dois rentrer avant 19h sinon mon père s'inquiète, j'ai que 15 ans", "md"),
    ("à la récré je reste toute seule souvent…", "md"),
    ("j'ai eu mon conseil de classe hier, ça s'est bien passé", "md"),
    ("je fête mes 15 ans dimanche mais personne vient", "md"),
    ("je sais pas trop, je suis qu'en première", "md"),
    # hard negatives
    ("je lis beaucoup, surtout des romans de fantasy", ""),
    ("j'ai vu ce film au moins 15 fois", ""),
    ("ma cousine a 19 ans et elle est en fac de droit", ""),
    ("désolée, je suis pas très bavarde", ""),
    ("il y a 16 personnes dans le salon", ""),
]

NOLAN_GAMER: Lines = [  # 13, a boy gamer, frr, wsh, English bits, no accents
    ("wsh frr jsuis en 4e toi t'es en quoi", "md"),
    ("jpeux pas jouer ce soir jai controle d'histoire demain", "md"),
    ("mon daron ma mis le controle parental sur la switch", "md"),
    ("g 13 balais et jsuis top 500 en ranked", "md"),
    ("jai pas de cb c ma mere qui paye mes vbucks", "md"),
    ("jsuis en 5e mais jai le niveau d'un pro", "md"),
    ("ma mere me laisse jouer que le week end", "md"),
    ("on a pas cours mercredi aprem donc jsuis co", "md"),
    ("2011 gang 😎", "md"),
    ("mon prof de techno ma collé 2h pour rien", "md"),
    ("bro jai 13 ans chill", "md"),
    ("jpeux pas rester jdois aller a l'etude", "md"),
    ("jsuis le plus jeune de la team jai 12", "md"),
    ("im 14 btw", "md"),
    ("les 3e de mon college ils sont trop chiants", "md"),
    # hard negatives
    ("gg jsuis lvl 14", ""),
    ("jai fait 15 kills cette game", ""),
    ("notre clan a 12 joueurs", ""),
    ("en 2012 fortnite existait meme pas", ""),
    ("jai 13 victoires d'affilée frr", ""),
]

QUEBEC_ADO: Lines = [  # 13-16, Québec: chu, pis, à soir, secondaire, polyvalente
    ("chu en secondaire 2 pis toi?", "md"),
    ("j'ai 14 ans pis chu tannée d'être pognée icitte", "md"),
    ("ma mère veut pas que je sorte à soir, chu pas majeure", "md"),
    ("je vais à la polyvalente à Laval", "md"),
    ("l'an prochain chu en sec 4", "md"),
    ("j'ai eu mes 15 ans la semaine passée", "md"),
    ("faut que je finisse mon devoir de français sinon mon prof va me chicaner", "md"),
    ("mon chum pis moi on est dans la même classe", "md"),
    ("chu juste en sec 1, ça paraît-tu?", "md"),
    ("mes parents me laissent pas avoir snap avant 16 ans", "md"),
    ("j'ai même pas mon permis d'apprenti, j'ai 15", "md"),
    ("on a une journée pédagogique demain fait que pas d'école", "md"),
    # hard negatives
    ("on a gagné 14 à 2 au hockey", ""),
    ("il fait -15 à soir, c'est fou", ""),
    ("ma sœur a 17 ans pis elle travaille au dépanneur", ""),
]

BELGE_ADO: Lines = [  # 12-16, Belgium: secondaire, athénée, titulaire, une fois, savoir
    ("je suis en deuxième secondaire à l'athénée", "md"),
    ("j'ai quatorze ans une fois, et toi?", "md"),
    ("j'ai réussi mon CEB l'année passée", "md"),
    ("mon titulaire a appelé ma maman", "md"),
    ("je sais pas venir, j'ai mes examens de décembre et ma maman me laisse pas sortir", "md"),
    ("je suis en 3e secondaire, option sciences", "md"),
    ("je vais à l'école en tram, j'ai treize ans", "md"),
    ("je suis né en deux mille onze", "md"),
    ("je rentre en rhéto dans deux ans", "md"),
    ("ma prof de néerlandais m'a mis une remarque", "md"),
    ("on a cours jusqu'à 15h40 et après ma maman vient me chercher", "md"),
    # hard negatives
    ("il y avait septante personnes au concert", ""),
    ("Anderlecht a gagné trois-un hier", ""),
    ("mon frère est en rhéto et il a 18 ans", ""),
]

ABIDJAN_ADO: Lines = [  # 12-16, Abidjan: on dit quoi, dêh, la maman, BEPC, lycée moderne
    ("on dit quoi, moi je suis en classe de 5e au lycée moderne", "md"),
    ("je vais composer le BEPC en juin dêh", "md"),
    ("maman a dit je suis encore petite pour avoir téléphone, c'est pour ma grande sœur", "md"),
    ("j'ai 14 ans seulement, c'est pas mon âge de parler avec les grands", "md"),
    ("je fais la 3e cette année, c'est année d'examen", "md"),
    ("mon papa ne veut pas que je sors le soir, je suis trop petite il dit", "md"),
    ("le prof de maths nous a fatigués aujourd'hui au collège", "md"),
    ("je suis élève en 4e, et toi tu fais quoi", "md"),
    ("moi j'ai douze ans mais je suis grande", "md"),
    ("tonton m'a payé les fournitures pour la rentrée en 6e", "md"),
    # hard negatives
    ("le match d'hier là c'était 2-0 dêh", ""),
    ("ma grande sœur a 20 ans, elle est à l'université", ""),
    ("on a mangé garba à 12h", ""),
]

BAC_PRO_16: Lines = [  # 16, a boy in a vocational lycée (CAP, bac pro), short lines
    ("jsuis en cap cuisine 1ere annee", "md"),
    ("jsuis en seconde bac pro mecanique", "md"),
    ("mon patron de stage ma engueulé", "md"),
    ("jai stage en entreprise toute la semaine chez un garagiste", "md"),
    ("ma mere ma inscrit au lycee pro jvoulais pas", "md"),
    ("jai 16 ans jpeux pas encore conduire", "md"),
    ("jai eu 16 ans hier et jai meme pas fete", "md"),
    ("le prof d'atelier nous lache pas", "md"),
    ("jsuis interne la semaine je rentre le vendredi", "md"),
    ("jpasse mon cap en juin inchallah", "md"),
    ("mon educ m'a dit de plus traîner ici", "md"),
    # hard negatives
    ("jai bossé 16h cette semaine au garage", ""),
    ("le moteur fait 16 soupapes", ""),
    ("mon cousin a son cap depuis 2015 il bosse", ""),
]

GROOMER_CADEAUX: Lines = [  # generous, spends money, calls the child "ma puce"
    ("Je t'ai commandé le sweat que tu voulais, donne-moi ton adresse et je te l'envoie", "gr"),
    ("Tu veux que je te paie ton abonnement Netflix ? Tes parents n'ont pas à le savoir", "gr"),
    ("Tiens, je t'ai mis 50 € sur ton compte, c'est juste pour toi ma puce", "gr"),
    ("Je peux t'acheter les AirPods, mais c'est entre toi et moi", "gr"),
    ("Pour ton anniversaire je t'offre ce que tu veux, tu auras quel âge déjà ?", "gr"),
    ("Si tu veux des robux t'as qu'à demander, je suis là pour ça", "gr"),
    (
        "Je te recharge ta carte Google Play, envoie-moi juste une petite photo pour dire merci",
        "gr",
    ),
    ("Dis à ta mère que c'est une copine qui t'a offert le téléphone", "gr"),
    # hard negatives: gifts among adults and in families
    ("Je t'ai commandé le livre que tu voulais, je te l'apporte samedi", ""),
    ("On se cotise pour le cadeau de départ de Martine ?", ""),
    ("J'ai offert des robux à mon fils pour ses 11 ans", ""),
]

GROOMER_PHOTOGRAPHE: Lines = [  # a self-styled photographer or model scout
    ("Tu as un visage de mannequin, tu as déjà posé ?", "gr"),
    (
        "Je fais des shootings pour une agence, je peux te payer, pas besoin d'en parler à tes parents",
        "gr",
    ),
    ("Envoie-moi deux ou trois photos de toi en pied, sans maquillage, pour le casting", "gr"),
    ("Les agences aiment les filles jeunes comme toi, l'âge n'est pas un souci", "gr"),
    ("Pour le book on se retrouve au studio mercredi après tes cours", "gr"),
    ("Mets-toi en short pour la prochaine photo, c'est pour voir ta silhouette", "gr"),
    ("Ne montre pas mes messages à ta mère, elle ne connaît pas le milieu", "gr"),
    ("On continue sur Insta, c'est plus pro : studio.lumiere_75", "gr,op"),
    # hard negatives: a real photographer, adults
    ("Shooting mariage samedi, je vous envoie la galerie sous dix jours", ""),
    ("Pour les mineurs, je demande toujours l'autorisation signée des parents", ""),
    ("Mon studio est ouvert du mardi au samedi", ""),
]

# ------------------------------------------------------------------ adults who groom

GROOMER_PRUDENT: Lines = [  # polite, careful, never asks anything straight out
    ("Tu peux tout me dire, tu sais. Je ne suis pas comme les adultes qui te jugent.", "gr"),
    ("Je préfère qu'on garde nos conversations pour nous, les autres ne comprendraient pas.", "gr"),
    ("Tu es bien plus intéressante que les femmes de mon âge.", "gr"),
    ("Je trouve que tu réfléchis comme quelqu'un de bien plus âgé que toi.", "gr"),
    ("Est-ce que ta maman regarde ton téléphone de temps en temps ?", "gr"),
    (
        "Si un jour tu as besoin de t'éloigner un peu de chez toi, je connais un endroit calme.",
        "gr",
    ),
    (
        "Je pourrais t'aider pour tes devoirs en visio, ce serait plus simple sur une autre appli.",
        "gr,op",
    ),
    ("Ce serait dommage que quelqu'un lise nos échanges et se fasse de fausses idées.", "gr"),
    ("À ton âge, j'aurais aimé avoir quelqu'un comme moi à qui parler.", "gr"),
    ("Je te fais un petit virement pour ton anniversaire ? Ça restera entre nous.", "gr"),
    ("Tu rentres seule du collège le soir ?", "gr"),
    ("Tes parents ont l'air de ne pas beaucoup t'écouter. Moi je suis là.", "gr"),
    ("Tu n'as pas besoin de parler de moi à tes amies, elles sont encore des enfants.", "gr"),
    ("Quand tes parents seront couchés, écris-moi, on sera plus tranquilles.", "gr"),
    # hard negatives: polite adults among adults
    ("Tu peux tout me dire, je suis ton amie depuis vingt ans.", ""),
    ("Je préfère qu'on garde ce projet pour nous jusqu'à la signature.", ""),
    ("Ta maman va mieux depuis l'opération ?", ""),
]

COACH_GRAND_FRERE: Lines = [  # the "big brother", a sports coach, warm, uses tu
    ("Si tes parents te prennent la tête, appelle-moi, je serai toujours là pour toi", "gr"),
    ("Après l'entraînement reste un peu, je te fais une séance perso rien que nous deux", "gr"),
    ("Tu progresses vite pour ton âge, t'as déjà un physique d'adulte", "gr"),
    ("Pas la peine d'en parler aux autres parents, ils seraient jaloux", "gr"),
    ("Je te ramène chez toi après le match, pas besoin de prévenir ta mère", "gr"),
    ("Je t'ai pris des crampons neufs, c'est cadeau, dis pas que ça vient de moi", "gr"),
    (
        "Envoie-moi une photo de toi en tenue, seul dans ta chambre, c'est pour voir ta posture",
        "gr",
    ),
    ("T'es le plus mature de l'équipe, les autres gamins de ton âge font pitié", "gr"),
    ("On se fait un facetime ce soir quand tes parents dorment ?", "gr,op"),
    (
        "Je suis un peu ton grand frère maintenant, entre frères on se dit tout et on le garde pour nous",
        "gr",
    ),
    ("Ta mère comprend rien au foot, c'est avec moi que tu dois parler de ton avenir", "gr"),
    # hard negatives: a real coach, the club
    ("Entraînement samedi 10h, prévenez vos parents si vous êtes absents", ""),
    ("Les U13 jouent à 14h au stade municipal", ""),
    ("Bravo à toute l'équipe, vos parents peuvent être fiers", ""),
]

GROOMER_PRESSANT: Lines = [  # pushy, SMS, insists
    ("allez envoie une tof jte jure personne saura", "gr"),
    ("pk tu reponds plus ? t'avais dit que t'etais seule ce soir", "gr"),
    ("jte file 20 balles sur paypal si tu m'envoies une photo de toi", "gr"),
    ("t'as 14 ans et alors ? moi ça me derange pas du tout", "gr"),
    ("supprime nos msg avant que ta daronne les voie", "gr"),
    ("vient sur snap on sera plus tranquille qu'ici", "gr,op"),
    ("t'as peur de quoi ? jvais pas te manger, on se voit mercredi aprem apres tes cours", "gr"),
    ("dis a tes parents que tu dors chez une copine samedi", "gr"),
    ("si le modo te demande ton age tu dis 18 ok", "gr"),
    ("t'es pas comme les gamines de ta classe toi", "gr"),
    ("donne moi ton num jte recharge ton forfait", "gr,op"),
    ("reponds stp jai fait 40 min de route pour te voir devant ton bahut", "gr"),
    ("ta mere est partie ? envoie vite avant qu'elle revienne", "gr"),
    # hard negatives: pushy between adults
    ("allez reponds, tu me dois toujours 20 balles", ""),
    ("t'as peur de quoi ? c'est juste un entretien d'embauche", ""),
]

FAUX_ADO: Lines = [  # an adult pretending to be a teen
    ("moi aussi j'ai 15 ans mdr on est pareil", "md"),
    (
        "jsuis en 3e aussi, on s'envoie des photos ? dis rien a tes parents ils comprendraient pas",
        "md,gr",
    ),
    ("t'inquiete jsuis ado comme toi, efface juste la conv apres", "md,gr"),
    ("jsuis au lycée mais t'es plus mature que les meufs de ma classe", "md"),
    ("ajoute moi sur snap c lucas.3e2010 jsuis de ton age", "md,op"),
    ("on a le meme age tkt, dis moi juste t'habites ou et t'es dans quel college", "md,gr"),
    # a real teen, for contrast
    ("jsuis en 3e aussi, t'es dans quel bahut ?", "md"),
]

# ------------------------------------------------------------------ adults (hard negatives)

ADULTES_ECOLE: Lines = [  # parents, teachers, staff, adults among adults
    ("Mon fils passe le brevet dans quinze jours, il est stressé", ""),
    ("Ma grande a 13 ans et veut déjà un iPhone", ""),
    ("Je surveille le brevet blanc demain matin, salle 12", ""),
    ("Quand j'étais en 4e on n'avait pas de portable", ""),
    ("Je suis prof de maths en 5e et en 3e dans un collège de Créteil", ""),
    ("La réunion parents-profs de la 6e B est jeudi", ""),
    ("Ma fille est née en 2012, elle entre en 4e", ""),
    ("J'ai 14 ans d'ancienneté dans la boîte", ""),
    ("15 ans de mariage samedi, on part à Rome", ""),
    ("Notre fils de 16 ans cherche un stage, des idées ?", ""),
    ("J'ai eu mon brevet en 1998, ça ne me rajeunit pas", ""),
    ("Je suis animatrice en centre de loisirs, mes petits ont 8 à 12 ans", ""),
    ("On cherche une baby-sitter pour deux enfants de 6 et 9 ans", ""),
    ("Mon neveu est au collège à Lyon, il adore le rugby", ""),
    ("Je suis CPE, la vie scolaire c'est du sport", ""),
    ("Le collège de mon quartier a fermé pour travaux", ""),
    ("Tu fais plus jeune que ton âge, c'est un compliment hein", ""),
    ("J'ai 34 ans et je me sens encore ado parfois", ""),
    ("Mes parents viennent dîner ce soir, faut que je range", ""),
    ("Ne dis rien à ma femme, c'est une surprise pour ses 40 ans", ""),
    ("Garde ça pour toi, je change de boulot le mois prochain", ""),
    (
        "Si un adulte te demande des photos, parles-en à quelqu'un de confiance et appelle le 3018",
        "",
    ),
    ("Mon chat a 12 ans et il dort toute la journée", ""),
    ("Je mesure 1m52 et je chausse du 36", ""),
    ("Ma mère m'a appelée, elle a 70 ans aujourd'hui", ""),
    ("Je suis en 3e année de médecine à Lille", ""),
    ("On fête les 13 ans de notre asso dimanche", ""),
    ("Mon ex dit que je suis immature pour mon âge, elle a peut-être raison", ""),
    ("Je dépose les petits à l'école et j'arrive", ""),
    ("Ma nièce de 15 ans m'a appris à utiliser TikTok", ""),
    ("J'ai redoublé ma 5e à l'époque, et alors ?", ""),
    ("Je suis maman d'une collégienne de 12 ans, des conseils pour le premier téléphone ?", ""),
]

VOICES: dict[str, Lines] = {
    "lou_portable": LOU_PORTABLE,
    "timide_15": TIMIDE_15,
    "nolan_gamer": NOLAN_GAMER,
    "quebec_ado": QUEBEC_ADO,
    "belge_ado": BELGE_ADO,
    "abidjan_ado": ABIDJAN_ADO,
    "bac_pro_16": BAC_PRO_16,
    "groomer_prudent": GROOMER_PRUDENT,
    "coach_grand_frere": COACH_GRAND_FRERE,
    "groomer_pressant": GROOMER_PRESSANT,
    "faux_ado": FAUX_ADO,
    "groomer_cadeaux": GROOMER_CADEAUX,
    "groomer_photographe": GROOMER_PHOTOGRAPHE,
    "adultes_ecole": ADULTES_ECOLE,
}

# ------------------------------------------------------------------ conversations
# (voice of A, voice of B, turns): each turn (speaker, text, labels made certain there).
Turn = tuple[str, str, str]
CONVERSATIONS: list[tuple[str, str, list[Turn]]] = [
    # an age or school question, then a bare answer
    (
        "groomer_prudent",
        "lou_portable",
        [
            ("A", "Bonsoir, tu vas bien ?", ""),
            ("B", "ouii", ""),
            ("A", "Tu as quel âge, si ce n'est pas indiscret ?", ""),
            ("B", "12", "md"),
        ],
    ),
    (
        "groomer_pressant",
        "nolan_gamer",
        [
            ("A", "yo", ""),
            ("B", "wsh", ""),
            ("A", "t'es en quelle classe", ""),
            ("B", "5e pk", "md"),
        ],
    ),
    (
        "groomer_prudent",
        "timide_15",
        [
            ("A", "Bonjour, je peux te poser une question ?", ""),
            ("B", "oui…", ""),
            ("A", "Tu es majeure ?", ""),
            ("B", "euh non… pas encore", "md"),
        ],
    ),
    (
        "coach_grand_frere",
        "quebec_ado",
        [
            ("A", "Salut, t'es d'où ?", ""),
            ("B", "Laval", ""),
            ("A", "T'as quel âge ?", ""),
            ("B", "quatorze pis toi", "md"),
        ],
    ),
    (
        "groomer_pressant",
        "belge_ado",
        [
            ("A", "slt cv", ""),
            ("B", "ça va", ""),
            ("A", "ta quel age", ""),
            ("B", "1 3", "md"),
        ],
    ),
    (
        "groomer_prudent",
        "abidjan_ado",
        [
            ("A", "Bonsoir, tu fais quoi dans la vie ?", ""),
            ("B", "je suis en 4e", "md"),
        ],
    ),
    (
        "faux_ado",
        "lou_portable",
        [
            ("A", "t'es de quelle année ?", ""),
            ("B", "2013", "md"),
            ("A", "ah ok", ""),
        ],
    ),
    (
        "groomer_pressant",
        "timide_15",
        [
            ("A", "t'as quel age", ""),
            ("B", "je préfère pas dire", ""),
            ("A", "allez", ""),
            ("B", "15…", "md"),
        ],
    ),
    (
        "groomer_prudent",
        "nolan_gamer",
        [
            ("A", "Tu vas au collège ou au lycée ?", ""),
            ("B", "clg", "md"),
        ],
    ),
    (
        "coach_grand_frere",
        "lou_portable",
        [
            ("A", "t'as quel âge toi ?", ""),
            ("B", "onz", "md"),
        ],
    ),
    (
        "groomer_pressant",
        "quebec_ado",
        [
            ("A", "asv", ""),
            ("B", "f 15 qc", "md"),
        ],
    ),
    (
        "groomer_prudent",
        "belge_ado",
        [
            ("A", "Tu es en quelle année ?", ""),
            ("B", "deuxième secondaire", "md"),
        ],
    ),
    # the moves, then or before a disclosure (gradual grooming)
    (
        "groomer_prudent",
        "timide_15",
        [
            ("A", "Bonsoir. Tu as l'air triste ce soir.", ""),
            ("B", "un peu… j'ai eu une sale journée au lycée", "md"),
            ("A", "Tu peux tout me raconter, je ne te jugerai pas.", ""),
            ("A", "Les gens de ta classe ne te méritent pas, tu sais.", "gr"),
            ("B", "merci…", ""),
            ("A", "Gardons ça entre nous, d'accord ? Ta mère ne comprendrait pas.", ""),
        ],
    ),
    (
        "groomer_pressant",
        "lou_portable",
        [
            ("A", "cc", ""),
            ("B", "cc", ""),
            ("A", "t'as quel age", ""),
            ("B", "12 an", "md"),
            ("A", "t'es trop mignonne", "gr"),
            ("A", "envoie une photo", ""),
            ("A", "et dis rien a ta mere", ""),
        ],
    ),
    (
        "coach_grand_frere",
        "nolan_gamer",
        [
            ("A", "T'as bien joué samedi champion", ""),
            ("B", "merci coach", ""),
            ("A", "T'es en quelle classe déjà ?", ""),
            ("B", "4e", "md"),
            ("A", "T'es bien plus mûr que les autres de ton âge", "gr"),
            ("A", "Viens à la séance de mercredi, on sera que tous les deux", ""),
        ],
    ),
    (
        "groomer_pressant",
        "quebec_ado",
        [
            ("A", "salut belle", ""),
            ("B", "allo", ""),
            ("A", "t'habites ou", ""),
            ("B", "Longueuil, chu en sec 3", "md"),
            ("A", "parfait jsuis pas loin, on se voit apres l'ecole ?", "gr"),
            ("A", "pis ajoute moi sur snap", "op"),
        ],
    ),
    (
        "groomer_prudent",
        "abidjan_ado",
        [
            ("A", "Bonsoir ma belle", ""),
            ("B", "bonsoir tonton", ""),
            ("A", "Ton papa est à la maison ?", ""),
            ("B", "non il est au travail", ""),
            ("A", "Tu es toute seule alors ? On peut parler tranquillement.", "gr"),
            ("B", "oui mais je dois réviser mon BEPC", "md"),
        ],
    ),
    (
        "faux_ado",
        "timide_15",
        [
            ("A", "slt t'as quel age", ""),
            ("B", "15 et toi ?", "md"),
            ("A", "pareil 15 mdr", ""),
            ("A", "t'as snap ?", "op"),
            ("A", "on s'envoie des photos, dis rien a tes parents ils capteraient pas", "gr"),
        ],
    ),
    (
        "groomer_prudent",
        "lou_portable",
        [
            ("A", "Coucou toi. Tu as passé une bonne journée à l'école ?", ""),
            ("B", "oui on a fait piscine", "md"),
            ("A", "Tu es sûrement très jolie en maillot.", "gr"),
            ("A", "Ne montre pas nos messages à ta maman, c'est notre petit secret.", ""),
        ],
    ),
    (
        "groomer_pressant",
        "belge_ado",
        [
            ("A", "t dispo ce soir ?", ""),
            ("B", "non j'ai mes examens", "md"),
            ("A", "ta mere te surveille ou quoi", ""),
            ("A", "passe sur telegram elle verra rien", "gr,op"),
        ],
    ),
    (
        "coach_grand_frere",
        "timide_15",
        [
            ("A", "Tu as l'air d'avoir besoin de parler", ""),
            ("B", "oui… mes parents se disputent tout le temps", ""),
            ("A", "Je suis là moi, je suis un peu comme un grand frère", ""),
            ("A", "Tes parents pensent qu'à eux, moi je t'écoute", "gr"),
            ("B", "merci… j'ai 15 ans et personne m'écoute jamais", "md"),
        ],
    ),
    # probing and moves without a stated age (grooming by the moves)
    (
        "groomer_prudent",
        "nolan_gamer",
        [
            ("A", "Tu as quel âge ?", ""),
            ("B", "pk", ""),
            (
                "A",
                "Comme ça. Tu es vraiment doué, je peux t'offrir le passe de combat si tu veux.",
                "gr",
            ),
        ],
    ),
    (
        "groomer_pressant",
        "timide_15",
        [
            ("A", "tu es en quelle classe", ""),
            ("B", "pourquoi ?", ""),
            ("A", "pour savoir, t'es trop belle", "gr"),
        ],
    ),
    (
        "coach_grand_frere",
        "lou_portable",
        [
            ("A", "Tes parents sont là ce soir ?", ""),
            ("B", "non", ""),
            ("A", "On peut parler tranquille alors, envoie une photo de toi", "gr"),
        ],
    ),
    (
        "groomer_pressant",
        "abidjan_ado",
        [
            ("A", "ma chérie tu as quel âge", ""),
            ("B", "on dit quoi", ""),
            ("A", "je vais t'envoyer crédit de téléphone si tu me donnes ton whatsapp", "gr,op"),
        ],
    ),
    # a disclosure, then the adult backs off (no grooming)
    (
        "adultes_ecole",
        "lou_portable",
        [
            ("A", "Bonsoir, vous cherchez quoi ici ?", ""),
            ("B", "jsui en 6em jvoulai parler", "md"),
            (
                "A",
                "Ce site est réservé aux adultes, fais attention à toi et parle à tes parents.",
                "",
            ),
        ],
    ),
    (
        "adultes_ecole",
        "quebec_ado",
        [
            ("A", "salut t'as quel âge ?", ""),
            ("B", "15", "md"),
            ("A", "ah non désolé, bonne soirée, fais attention ici", ""),
        ],
    ),
    (
        "adultes_ecole",
        "nolan_gamer",
        [
            ("A", "tu fais quoi dans la vie ?", ""),
            ("B", "jsuis au college", "md"),
            ("A", "t'as rien à faire sur ce site, bloque ceux qui te parlent bizarrement", ""),
        ],
    ),
    # minors among themselves
    (
        "nolan_gamer",
        "belge_ado",
        [
            ("A", "t'as quel age", ""),
            ("B", "14", "md"),
            ("A", "moi 13 on joue a fortnite ?", "md"),
        ],
    ),
    (
        "timide_15",
        "quebec_ado",
        [
            ("A", "t'es en quelle classe ?", ""),
            ("B", "sec 3 pis toi", "md"),
            ("A", "seconde, c'est pareil je crois", "md"),
        ],
    ),
    (
        "lou_portable",
        "abidjan_ado",
        [
            ("B", "je suis en 6e au collège et je m'ennuie", "md"),
            ("A", "moi aussi jsui en 6em", "md"),
        ],
    ),
    # adults among adults (hard negatives)
    (
        "adultes_ecole",
        "adultes_ecole",
        [
            ("A", "t'as quel âge ?", ""),
            ("B", "37 et toi ?", ""),
            ("A", "41", ""),
            ("A", "on se prend un verre vendredi ?", ""),
        ],
    ),
    (
        "adultes_ecole",
        "adultes_ecole",
        [
            ("A", "Tu as des enfants ?", ""),
            ("B", "Oui, deux, 12 et 15 ans", ""),
            ("A", "Le mien passe le brevet cette année", ""),
            ("B", "Courage, la 3e c'est intense", ""),
        ],
    ),
    (
        "adultes_ecole",
        "adultes_ecole",
        [
            ("A", "Tu fais quoi dans la vie ?", ""),
            ("B", "Prof de français au collège, en 4e surtout", ""),
            ("A", "Respect, moi je tiendrais pas une journée", ""),
        ],
    ),
    (
        "adultes_ecole",
        "adultes_ecole",
        [
            ("A", "T'es en quelle année ?", ""),
            ("B", "M1 de psycho", ""),
            ("A", "ah cool, moi je suis en L3", ""),
        ],
    ),
    (
        "adultes_ecole",
        "adultes_ecole",
        [
            ("A", "Ta fille va au collège où ?", ""),
            ("B", "À Jean Jaurès, en 5e", ""),
            ("A", "Comme mon fils ! Ils sont peut-être dans la même classe", ""),
        ],
    ),
    (
        "adultes_ecole",
        "adultes_ecole",
        [
            ("A", "Tu es majeure au moins ? 😅", ""),
            ("B", "Largement, j'ai 29 ans", ""),
            ("A", "Ouf, on voit de tout ici", ""),
        ],
    ),
    (
        "coach_grand_frere",
        "adultes_ecole",
        [
            ("A", "Bonjour madame, votre fils a très bien joué samedi", ""),
            ("B", "Merci coach, il est ravi", ""),
            ("A", "L'entraînement de mercredi est décalé à 15h", ""),
        ],
    ),
    # a school question answered by an adult
    (
        "groomer_pressant",
        "adultes_ecole",
        [
            ("A", "t'es au lycée ?", ""),
            ("B", "Haha non, j'ai 31 ans, je suis infirmière", ""),
            ("A", "ah mince dsl", ""),
        ],
    ),
    # sideways disclosures
    (
        "groomer_prudent",
        "timide_15",
        [
            ("A", "Tu travailles ou tu étudies ?", ""),
            ("B", "j'étudie… je suis en seconde", "md"),
            ("A", "D'accord.", ""),
        ],
    ),
    (
        "groomer_pressant",
        "lou_portable",
        [
            ("A", "tu as 18 ans ?", ""),
            ("B", "nn", ""),
            ("A", "t'as combien alors", ""),
            ("B", "jsp 12", "md"),
        ],
    ),
    (
        "faux_ado",
        "nolan_gamer",
        [
            ("A", "t'es né quand", ""),
            ("B", "2011 et toi", "md"),
        ],
    ),
    (
        "groomer_prudent",
        "quebec_ado",
        [
            ("A", "Tu as quel âge, au juste ?", ""),
            ("B", "pas encore 16 😅", "md"),
        ],
    ),
    (
        "groomer_pressant",
        "abidjan_ado",
        [
            ("A", "tu as quel age ma puce", ""),
            ("B", "treize ans", "md"),
            ("A", "ok c'est bien, tu es déjà grande", "gr"),
            ("A", "viens on parle sur whatsapp", "op"),
        ],
    ),
    # longer, slow arcs
    (
        "groomer_prudent",
        "lou_portable",
        [
            ("A", "Bonsoir", ""),
            ("B", "bsr", ""),
            ("A", "Tu aimes quoi dans la vie ?", ""),
            ("B", "les chevaux et dessiner", ""),
            ("A", "C'est très joli. Tu dessines à l'école aussi ?", ""),
            ("B", "oui avec la maitresse on fait des arts", "md"),
            ("A", "Tu dois être très douée. Montre-moi un dessin, et une photo de toi aussi", "gr"),
            ("A", "Et ne le dis pas à tes parents, ils vont croire des choses", ""),
        ],
    ),
    (
        "coach_grand_frere",
        "quebec_ado",
        [
            ("A", "Salut, c'est moi qui t'ai vu jouer au tournoi", ""),
            ("B", "ah oui allo", ""),
            ("A", "T'as du talent pour ton âge, tu pourrais aller loin", ""),
            ("A", "Je peux t'entraîner en privé, c'est cadeau", ""),
            ("A", "Tes parents ont pas besoin de savoir, ils voudraient payer", "gr"),
            ("B", "ok mais j'ai juste 14 ans", "md"),
        ],
    ),
    (
        "groomer_pressant",
        "timide_15",
        [
            ("A", "slt", ""),
            ("B", "bonsoir", ""),
            ("A", "t'as quel age", ""),
            ("B", "16 bientôt", "md"),
            ("A", "l'age c'est qu'un chiffre", "gr"),
            ("A", "t'as insta ?", "op"),
            ("A", "on pourrait se voir samedi, personne le saura", ""),
        ],
    ),
    (
        "faux_ado",
        "belge_ado",
        [
            ("A", "cc t'es en quelle année", ""),
            ("B", "3e secondaire", "md"),
            ("A", "moi aussi !! t'es dans quelle école", "md"),
            ("A", "envoie une photo de toi en uniforme", "gr"),
        ],
    ),
    (
        "groomer_prudent",
        "nolan_gamer",
        [
            ("A", "Je t'ai vu en partie, tu joues bien", ""),
            ("B", "merci", ""),
            ("A", "Tu as quel âge ?", ""),
            ("B", "13", "md"),
            ("A", "Je peux te payer des V-bucks, ce sera notre secret", "gr"),
            ("A", "Viens en vocal sur Discord", "op"),
        ],
    ),
    (
        "groomer_cadeaux",
        "bac_pro_16",
        [
            ("A", "Salut, tu fais quoi dans la vie ?", ""),
            ("B", "jsuis en cap", "md"),
            ("A", "Courage, c'est dur à ton âge. Je peux t'aider un peu, tu veux 20 € ?", "gr"),
            ("A", "Par contre tu le dis pas à tes parents", ""),
        ],
    ),
    (
        "groomer_photographe",
        "timide_15",
        [
            ("A", "Bonjour, j'ai vu ta photo de profil, tu as un vrai potentiel", ""),
            ("B", "ah… merci", ""),
            ("A", "Tu as quel âge ?", ""),
            ("B", "15", "md"),
            ("A", "Parfait, les agences adorent. Envoie-moi d'autres photos de toi", "gr"),
            ("A", "On en parle sur WhatsApp ?", "op"),
        ],
    ),
    (
        "groomer_cadeaux",
        "lou_portable",
        [
            ("A", "coucou ma puce", ""),
            ("B", "cc", ""),
            ("A", "tu es en quelle classe ?", ""),
            ("B", "cm2", "md"),
            ("A", "je t'offre des robux si tu veux, faut juste pas le dire à maman", "gr"),
        ],
    ),
    (
        "groomer_photographe",
        "quebec_ado",
        [
            ("A", "Salut, je suis photographe à Montréal", ""),
            ("B", "cool", ""),
            ("A", "Tu vas à l'école où ?", ""),
            ("B", "la polyvalente", "md"),
            ("A", "Je peux venir te chercher après les cours pour un petit shooting", "gr"),
        ],
    ),
    (
        "bac_pro_16",
        "adultes_ecole",
        [
            ("A", "vous etes de quel coin", ""),
            ("B", "Lyon, et toi ?", ""),
            ("A", "pareil jsuis interne au lycee pro de villeurbanne", "md"),
            ("B", "Tu es mineur ? Alors fais attention ici, c'est pour les adultes", ""),
        ],
    ),
    (
        "adultes_ecole",
        "groomer_cadeaux",
        [
            ("A", "Tu as pensé au cadeau pour la fête des mères ?", ""),
            ("B", "Oui je lui ai pris un bouquet", ""),
            ("A", "Moi un parfum, elle sera contente", ""),
        ],
    ),
    # unasked disclosures
    (
        "adultes_ecole",
        "timide_15",
        [
            ("B", "je suis en 3e et il y a un garçon qui m'envoie des messages bizarres", "md"),
            ("A", "Bloque-le et parles-en à un adulte, tu peux appeler le 3018", ""),
        ],
    ),
    (
        "adultes_ecole",
        "abidjan_ado",
        [
            ("B", "je suis petite encore mais je veux parler avec quelqu'un", "md"),
            ("A", "Tu as quel âge ?", ""),
            ("B", "12", "md"),
        ],
    ),
]


def labels_of(code: str) -> list[str]:
    return [LABEL[c] for c in code.split(",") if c]


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for voice, lines in VOICES.items():
        for text, code in lines:
            labels = labels_of(code)
            out.append(
                {
                    "text": text,
                    "labels": labels,
                    "kind": "positive" if labels else "hard_negative",
                    "voice": voice,
                }
            )
    for voice_a, voice_b, turns in CONVERSATIONS:
        found: list[str] = []
        alert = None
        for i, (_, _, code) in enumerate(turns):
            for label in labels_of(code):
                if alert is None:
                    alert = i
                if label not in found:
                    found.append(label)
        out.append(
            {
                "turns": [{"speaker": s, "text": t} for s, t, _ in turns],
                "labels": [label for label in LABEL.values() if label in found],
                "kind": "conversation",
                "voice": f"conv3_{voice_a}+{voice_b}",
                "alert_turn": alert,
            }
        )
    return out


def build() -> str:
    lines = [
        json.dumps({"id": f"child-dev3-{i:05d}", **row}, ensure_ascii=False)
        for i, row in enumerate(rows())
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    text = build()
    OUT.write_text(text)
    print(f"{OUT.relative_to(ROOT)}: {text.count(chr(10))} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
