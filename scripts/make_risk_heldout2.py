"""Write data/risk/heldout-2.jsonl: a second, fresh held-out split of the risk detector.

Written on 2026-12-03 (session 3) BEFORE any rule, word list or head was changed after it,
because the first held-out split (scripts/make_risk_heldout.py) had been scored during the
rule work and no longer counts as unseen. It is scored in aggregate only (per-label table),
never read row by row to tune the rules; docs/detection.md says how many times it was run.

Its phrasings were written without looking at the templates of train/dev
(scripts/risk_templates.py) or at the phrasings of the first held-out split, and in other
shapes: questions answered sideways, ages implied by school life, moves spread over turns,
lines that start with the filler and end with the point. It is typed by a third "author":
phone autocorrect that sometimes keeps the accents, phonetic SMS ("sa", "cé", "pr", "ds",
"mm", "ajd", "pcq", "eske"), keyboard-neighbour typos, missing spaces, stretched vowels,
key words behind symbols ("sn@p", "s*n*a*p", "1nst@", "wh@ts@pp") or replaced by an emoji
(👻 for Snapchat), ages as "14a", "quatorze", "1️⃣4️⃣", "1 4", "14 ans et demi".

Synthetic French, no real person: invented first names and handles, phone numbers in the
blocks ARCEP reserves for fiction (06 39 98 xx xx, 07 00 00 xx xx is not used), links and
mails on example.test; grooming lines are early, non-explicit moves only.

    python scripts/make_risk_heldout2.py      # seeded, reproducible
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
SEED = 20261203_3

# ----------------------------------------------------------------------- slot values
CITIES = ["Besancon", "Perpignan", "Rouen", "Grenoble", "Quimper", "Colmar", "Bayonne",
          "Niort", "Troyes", "Vannes", "Albi", "Saint-Etienne"]  # fmt: skip
NAMES = ["manon", "louna", "ambre", "lea", "noah", "kylian", "rayan", "zoe", "nina", "sacha",
         "lilou", "timeo"]  # fmt: skip
APPS = ["snap", "👻", "insta", "ig", "wats", "whatsapp", "tele", "telegram", "discord", "kik",
        "signal", "skype"]  # fmt: skip
GRADES = ["6eme", "6e", "5eme", "cinquieme", "4eme", "4e", "quatrieme", "3eme", "troisieme",
          "seconde", "2nde", "1ere", "premiere", "cm2"]  # fmt: skip
WORDS = {10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze",
         16: "seize", 17: "dix sept", 21: "vingt et un", 23: "vingt trois", 25: "vingt cinq",
         27: "vingt sept", 30: "trente", 34: "trente quatre", 38: "trente huit",
         42: "quarante deux", 45: "quarante cinq", 52: "cinquante deux"}  # fmt: skip
KEYCAP = "\ufe0f\u20e3"


def render_age(n: int, rng: random.Random) -> str:
    """An age as a third author types it."""
    r = rng.random()
    if r < 0.45 or n not in WORDS:
        return str(n)
    if r < 0.7:
        return WORDS[n]
    if r < 0.8:
        return " ".join(str(n))
    if r < 0.9:
        return "".join(d + KEYCAP for d in str(n))
    return rng.choice([WORDS[n].replace(" ", "-"), WORDS[n].upper()])


def render_ans(rng: random.Random) -> str:
    return rng.choice([" ans", " ans", "ans", " an", "a", " ans et demi", " ans", " balais"])


def phone(rng: random.Random) -> str:
    a, b = rng.randint(10, 99), rng.randint(10, 99)
    forms = [
        f"06 39 98 {a} {b}",
        f"063998{a}{b}",
        f"06/39/98/{a}/{b}",
        f"0033 6 39 98 {a} {b}",
        f"06 39 98 {a}{b}",
        f"zero 6 39 98 {a} {b}",
        f"06 trente neuf 98 {a} {b}",
        f"0️⃣6️⃣ 39 98 {a} {b}",
        f"o6 39 98 {a} {b}",
    ]
    return rng.choice(forms)


def handle(rng: random.Random) -> str:
    first = rng.choice(["lune", "bb", "sweet", "neo", "lila", "kro", "zaza", "petit", "mister"])
    second = rng.choice(["pop", "rose", "kiwi", "d", "x", "wolf", "bulle", "noisette"])
    return f"{first}{rng.choice(['_', '.', '', '__'])}{second}{rng.randint(1, 2010)}"


def fill(template: str, rng: random.Random) -> str:
    """Fill the slots of a template."""

    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name == "m":  # a minor's age
            return render_age(rng.randint(10, 17), rng)
        if name == "adult":
            return render_age(rng.choice([19, 21, 23, 25, 27, 30, 34, 38, 42, 45, 52]), rng)
        if name == "ans":
            return render_ans(rng)
        if name == "grade":
            return rng.choice(GRADES)
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
            return str(rng.randint(2, 12))
        if name == "big":
            return str(rng.choice([13, 14, 15, 16, 17]))
        if name == "price":
            return str(rng.choice([40, 60, 120, 150, 250]))
        if name == "year":
            return str(rng.choice([1979, 1985, 1991, 1996, 2001]))
        raise KeyError(name)

    return re.sub(r"\{(\w+)\}", repl, template)


# ------------------------------------------------------------------------- phrasings
# label -> positive phrasings; "|other,labels" after a phrasing adds labels.
POSITIVE: dict[str, list[str]] = {
    "minor_disclosure": [
        "perso {m}{ans} mais on me donne plus",
        "bon je l'avoue j'ai {m}{ans}",
        "g {m}{ans} depuis samedi",
        "j'ai fete mes {m}{ans} la semaine derniere",
        "on m'a offert un tel pour mes {m}{ans}",
        "{m}{ans} ici, je m'ennuie en etude",
        "je suis qu'une collegienne tu sais",
        "classe de {grade} b, college {name}, la pire classe",
        "vivement que je quitte le college pour le lycee",
        "ma prof principale de {grade} m'a mis une heure de colle",
        "demain j'ai sport et svt, la vie de collegien quoi",
        "le bus du college m'a oubliee ce matin",
        "j'ai pas le droit d'avoir snap avant mes 15 ans, ma mere veut pas",
        "mon pere m'a pris mon tel jusqu'au brevet",
        "j'ai {m}{ans} et je m'ennuie a mourir en vacances",
        "ma daronne veut pas que je sorte, trop jeune soi disant, j'ai {m}{ans}",
        "moi la majorite c'est pas pour tout de suite",
        "jsuis trop jeune pour etre ici mdr",
        "j'ai pas l'age requis pour ce site en vrai",
        "plus que deux ans et je serai majeure",
        "encore {n} ans avant ma majorite",
        "je fete mes {m}{ans} vendredi, vous venez ?",
        "{name}, {m}{ans}, {city} 🌸",
        "fille {m}{ans} qui cherche des potes",
        "mec de {m}{ans} qui joue a fortnite",
        "a la rentree je vais en {grade}, j'ai hate",
        "je refais ma {grade} cette annee, trop de mauvaises notes",
        "ma classe de {grade} part en voyage a Londres",
        "conseil de classe de {grade} demain, j'ai peur",
        "j'ai eu 8 au controle d'histoire de {grade}, ma mere va me tuer",
        "on a brevet blanc lundi, je revise rien",
        "mes parents m'ont inscrite en {grade} dans un nouveau college",
        "j'ai pas le droit de sortir apres 19h, j'ai que {m}{ans}",
        "au fait je suis en {grade} hein",
        "mes {m}{ans} c'etait le mois dernier",
        "moi je suis une 2011",
        "je suis ne en 2013 et toi ?",
        "j'ai menti a l'inscription, je suis pas majeure",
        "on m'appelle le bebe du groupe, j'ai {m}{ans}",
        "petite {m}{ans} qui s'ennuie",
        "je suis en troisieme prepa metiers au college",
        "j'ai mange a la cantine du college avec ma classe, c'etait degueu",
        "ma mere vient me chercher a la sortie des cours a 17h, j'suis en {grade}",
        "age: {m}{ans}, ville: {city}",
        "{m}/f/{city}",
        "{m} h {city} dispo pour parler",
        "entre nous j'ai {m}{ans} pas 19",
        "c'est officiel, {m}{ans} depuis ce matin 🎉",
        "jvais sur mes {m}{ans} et ma mere me prend encore pour un bebe",
        "mon beau pere m'a confisque la switch, j'ai pas fini mes devoirs de {grade}",
    ],
    "grooming": [
        "pas besoin de le dire a ta mere qu'on discute",
        "tes vieux ont pas besoin d'etre au courant de nous deux",
        "on garde nos discussions pour nous, d'accord ma puce ?",
        "si ta mere demande tu dis que c'est une copine de classe",
        "tu changes mon nom dans ton tel, mets un prenom de fille",
        "tu es bien plus adulte que les gamins de ta classe",
        "tu reflechis comme une grande, pas comme une gamine de ton age",
        "franchement on te donnerait 20 ans, t'es pas comme les autres collegiennes",
        "j'ai {adult}{ans} mais je me sens jeune, l'age ca compte pas pour moi",
        "on s'en fout de l'ecart, moi je te respecte",
        "tu coches 18 ans a l'inscription et voila",
        "si on te demande ton age ici dis que t'es majeure",
        "je te prends une carte google play si tu me fais plaisir",
        "je t'envoie des v bucks, tu me dois rien... enfin presque",
        "tu veux que je te recharge ton compte roblox ?",
        "je te fais un virement pour ton argent de poche si tu veux",
        "t'as cours jusqu'a quelle heure demain ? je passe dans ton quartier",
        "c'est lequel ton college ? je bosse pas loin",
        "tu prends quel bus pour rentrer des cours ?",
        "tes parents rentrent a quelle heure du travail ?",
        "t'es seule a la maison la ?",
        "ta mere fouille dans ton portable ou pas ?",
        "ils ont mis un controle parental sur ton tel tes parents ?",
        "les gens de ton age te comprennent pas, moi si",
        "tes copines sont des gamines, moi je te comprends",
        "t'as pas besoin d'en parler a ta psy ou a ta prof, je suis la",
        "une photo de toi en tenue de sport pour voir ?",
        "envoie moi une photo de toi ce matin avant les cours",
        "montre moi ta tenue pour la rentree, en photo",
        "on pourrait se voir un mercredi apres midi, tu dis que t'es chez une amie",
        "je t'emmene au mcdo apres les cours si tu veux, c'est moi qui paie",
        "rdv au parc a cote de ton college ?",
        "viens sur {app}, ici ils surveillent les mineurs|off_platform",
        "on ira sur telegram, ta mere connait pas l'appli|off_platform",
        "supprime bien nos messages avant que ton pere voie ton tel",
        "c'est notre petit truc a nous, tu le dis a personne promis ?",
        "t'es ma preferee, mais faut que ca reste secret",
        "tu parais tellement mure pour {m}{ans}",
        "les gars de {m}{ans} sont trop immatures pour toi, il te faut un homme",
        "moi je suis majeur mais ca me derange pas que tu sois au college",
        "je peux t'apprendre des choses que tes parents t'apprendront jamais",
        "tu as un copain au college ? il te merite pas",
        "je t'envoie un colis surprise a ton nom, tes parents sauront pas que c'est moi",
        "t'as un compte que tes parents connaissent pas ?",
        "cree toi un deuxieme insta que ta mere voit pas|off_platform",
    ],
    "off_platform": [
        "on continue en prive sur {app} ?",
        "t'aurais pas {app} par hasard",
        "note mon {app} quelque part : {handle}",
        "{app} -> {handle} , go",
        "{handle} sur {app} si tu veux qu'on parle",
        "mon whatsapp c'est le {phone}",
        "sms moi au {phone}",
        "mon numero au cas ou : {phone}",
        "tu me files ton 07 ?",
        "tu peux me donner ton numero de tel",
        "suis moi sur ig @{handle}",
        "ecris moi a {handle}@example.test",
        "viens sur mon serveur, le lien c'est example.test/join/{handle}",
        "on s'appelle sur {app} ce soir ?",
        "tu m'accepte sur {app} ? je t'ai demande",
        "je suis {handle} sur {app}, ajoute moi vite",
        "on se parle plutot par sms, voila {phone}",
        "t'aurais un {app} pour qu'on parle tranquille",
        "c'est quoi ton pseudo sur {app} ?",
        "donne ton ig",
    ],
    "sexual_solicitation": [
        "je cherche une femme pour des soirees coquines sur {city}",
        "ca te tente un moment a deux, sans prise de tete ? 😏",
        "t'aurais pas des photos un peu plus osees ?",
        "je suis seul ce soir si tu veux venir te blottir... et plus 😈",
        "une soiree calins et plus si affinites ?",
        "h {adult} cherche rencontre coquine discrete",
        "je suis en manque ce soir, une dispo ?",
        "on se fait une webcam un peu chaude ?",
        "tu portes quoi la maintenant ? 😏",
        "ca te dit de decouvrir mon lit ce soir",
        "envoie une photo de toi en nuisette",
        "je veux te voir sans tes vetements",
        "cherche partenaire pour plan discret en journee",
        "j'ai une chambre d'hotel ce soir, tu me rejoins ? 😏",
        "on fait des choses coquines en visio ?",
        "tu me montres un peu plus ? 😈",
    ],
    "harassment": [
        "t'es une sous merde",
        "degage d'ici espece de clown",
        "ta tronche donne envie de gerber",
        "t'es con comme tes pieds",
        "personne veut de toi ici, disparais",
        "t'es une grosse cochonne",
        "la ferme le boulet, tout le monde te deteste",
        "tg sale merde",
        "t'es qu'un raté, retourne chez ta mere",
        "grosse baleine",
        "encore toi le cassos",
        "ptn t'es trop debile",
        "va crever dans un coin, t'es une tache",
        "t'es une grosse salope",
        "abruti fini",
        "tu pues la merde",
        "face de rat",
        "t'as zero cerveau",
    ],
    "threat": [
        "je vais t'eclater la gueule a la sortie",
        "on va venir chez toi avec mes potes",
        "je connais ton adresse maintenant, dors bien",
        "tu vas te prendre des coups, je te previens",
        "tu vas finir a l'hopital",
        "je vais te saigner",
        "attends que je te choppe toi",
        "je vais envoyer tes photos a toute ta classe si tu me paies pas",
        "si tu me bloques je poste ta video",
        "100 euros ou ta mere recoit tes photos",
        "fais ce que je dis ou je balance tout sur insta",
        "je vais cramer ta maison",
        "je vais m'en prendre a ta soeur",
        "tu vas payer pour ce que t'as dit, je te jure",
        "je sais dans quel lycee t'es, je viendrai",
        "un jour je te retrouve et tu vas regretter",
    ],
    "hate": [
        "ces sales noirs pourrissent tout",
        "les arabes dehors",
        "l'homosexualite c'est contre nature, faut les soigner",
        "les juifs ont trop de pouvoir",
        "les musulmans c'est tous des terroristes",
        "sale negre",
        "sale pd",
        "les femmes ont rien a faire au volant ni ailleurs",
        "les trans faut les enfermer",
        "renvoyez les migrants chez eux",
        "les gitans c'est des voleurs",
        "sale bicot",
        "les asiatiques mangent des chiens, beurk cette race",
        "mort aux juifs",
    ],
    "scam_spam": [
        "🔥 gagne 300e par semaine sans rien faire, lien en bio example.test/cash",
        "tu veux gagner de l'argent facile ? ecris moi",
        "achetez des abonnes pas cher sur example.test/fans",
        "votre colis est bloque, payez 1,99e sur example.test/colis",
        "felicitation tu es le 1000eme visiteur, clique vite",
        "je recrute pour un job en ligne, 50e par jour garantis",
        "place ton argent chez moi, je te rends le double",
        "bitcoin x10 en une semaine, rejoins mon groupe",
        "envoie tes codes neosurf et je te rembourse le double",
        "iphone gratuit pour les 10 premiers, inscris toi example.test/free",
        "confirme ta carte bancaire sur example.test/verif sinon ton compte sera bloque",
        "vends comptes netflix a vie 5e",
        "jeu concours : gagne une ps5, partage et clique example.test/ps5",
        "mon oncle peut te faire un pret sans justificatif, envoie tes infos",
    ],
    "prostitution": [
        "jolie femme recoit messieurs, discretion assuree",
        "dispo pour rdv tarifes, {price}e la demi heure",
        "{price} roses pour un moment ensemble",
        "rencontre contre cadeau uniquement",
        "jeune femme propose compagnie remuneree",
        "je cherche une escort ce soir sur {city}",
        "massage naturiste avec happy end",
        "cherche sugar daddy genereux",
        "je me deplace, forfait {price} pour une heure",
        "plan remunere ce soir",
        "appartement discret, messieurs bienvenus, tarifs par sms",
        "tu fais payer combien pour la nuit ?",
    ],
    "drugs": [
        "qui a du bedo ?",
        "je cherche du pilon sur {city}",
        "livraison de frappe, ecris moi pour la carte",
        "plug dispo ce soir, 💊❄️🍃",
        "je vends des barrettes de shit",
        "t'as un plan coke pour samedi ?",
        "quelqu'un a de la md pour la teuf",
        "j'ai de la bonne verte, 10 le gramme",
        "je cherche un dealer vers {city}",
        "vente lsd et champi, prix cool",
        "ca deal pres de la gare ?",
        "beuh, resine, coke, livraison 7/7",
    ],
    "self_harm": [
        "j'ai plus la force de continuer a vivre",
        "je crois que je vais me tuer",
        "ce soir j'avale toute la boite de cachets",
        "j'ai recommence a me faire du mal avec la lame",
        "je voudrais m'endormir et jamais me reveiller",
        "ma famille aurait moins de soucis si j'etais plus la",
        "j'ai envie d'en finir avec ma vie",
        "je me suis encore coupe les bras",
        "je veux plus exister",
        "je pense a me jeter sous un train",
        "j'ai prepare de quoi me pendre",
        "a quoi bon vivre, je vais mettre fin a mes jours",
        "je me griffe jusqu'au sang quand ca va pas",
        "demain je serai plus la, adieu",
    ],
}

# label -> hard negatives: lines that look like the label and are not.
HARD_NEGATIVE: dict[str, list[str]] = {
    "minor_disclosure": [
        "ma niece fete ses {m}{ans} dimanche",
        "mon grand a {m}{ans} et il me parle mal",
        "j'ai deux ados, {big} et {m}{ans}",
        "quand j'etais en {grade} j'etais deja pas sage",
        "a {m}{ans} je fumais deja en cachette",
        "je suis cpe dans un college a {city}",
        "j'enseigne les maths aux {grade}",
        "je corrige des copies de {grade} toute la soiree",
        "je suis en bts, premiere annee",
        "je suis en L3 de psycho",
        "je prepare le concours de prof des ecoles",
        "ma voiture a {big}{ans}, elle tient le coup",
        "{big} ans de boite, ca use",
        "on est ensemble depuis {big}{ans}",
        "je chausse du {big}",
        "il est {big}h, je vais manger",
        "saison {n} episode {big}, trop bien",
        "je fais 1m58 pour 50 kilos",
        "{adult}{ans}, celib, {city}",
        "moi c'est {adult}, toi ?",
        "j'ai {adult}{ans} et je me sens vieille",
        "asv",
        "ok asv quelqu'un ?",
        "j'ai {big} euros sur mon compte mdr",
        "le collegien de la serie joue trop bien",
        "j'ai vu un reportage sur les ados de {m}{ans} et les reseaux",
        "interdit aux moins de 18 ans, c'est marque a l'entree",
        "je suis majeur depuis longtemps",
        "{year}, c'est mon annee de naissance, ca pique",
        "je bosse a la cantine d'un college",
        "ma fille rentre en {grade}, je stresse plus qu'elle",
        "mon petit frere est en {grade}, il me saoule",
        "chauffeur de bus scolaire, je me leve a 5h",
        "j'ai eu mon brevet en {year}",
        "on a {big}{ans} de difference avec mon frere",
    ],
    "grooming": [
        "ne dis rien aux enfants, on leur fait la surprise a noel",
        "mes parents rentrent tard ce soir, je cuisine pour mes freres",
        "ca restera entre nous, promis, je dirai rien a ton chef",
        "t'es tres mature pour tes 30 ans mdr",
        "l'age c'est qu'un chiffre, ma grand mere fait du parapente a 85 ans",
        "j'ai offert des v bucks a mon neveu pour son anniv",
        "la directrice du college demande aux parents de surveiller les telephones",
        "les parents doivent savoir avec qui leurs enfants parlent en ligne",
        "si quelqu'un te demande de garder un secret qui te met mal a l'aise, parle en au 3018",
        "un adulte qui demande a un enfant de mentir a ses parents, c'est un signal d'alerte",
        "tu prends quel bus pour aller au taf ?",
        "tes parents sont de quelle region ?",
        "tu finis a quelle heure le boulot ?",
        "envoie moi la photo du chat !",
        "je passe te prendre a la gare a 18h ?",
        "on se retrouve au bar a cote de ton bureau ?",
        "tu as l'air tres mature dans ta facon d'ecrire, t'es prof ?",
        "efface le message d'avant, je me suis trompe de conv",
        "chut pour la fete de julie, elle se doute de rien",
        "article : un homme arrete pour avoir propose des cartes cadeaux a des mineurs",
        "mon fils sort du college a 16h, je vais le chercher",
        "j'ai mis le controle parental sur la tablette des petits",
        "on se fait un mcdo apres le boulot ?",
        "t'es seule ce soir ? on se fait une soiree series entre copines ?",
        "tu me manques, on se voit ce weekend ?",
        "t'es trop belle sur ta nouvelle photo",
    ],
    "off_platform": [
        "snap a encore bugue, mes flammes sont perdues",
        "j'ai supprime insta pour mes exams",
        "ma mere a decouvert whatsapp, au secours",
        "le numero de la pizzeria c'est le combien deja",
        "appelez le 17 si vous etes en danger",
        "ne partagez jamais votre snap avec des inconnus",
        "le train de 18 h 42 est annule",
        "mon score a tetris : 120 450",
        "j'ai {n}000 abonnes sur tiktok mdr",
        "j'habite au 12 rue des lilas, enfin j'habitais",
        "le code wifi du cafe c'est ecrit au mur",
        "discord c'est mieux pour jouer en equipe",
        "telegram est bloque dans certains pays",
        "prends mon ticket numero 45",
        "ma note au bac de francais : 14",
        "tu connais ce youtubeur ? il a fait un live hier",
    ],
    "sexual_solicitation": [
        "ce soir soiree plaid et chocolat chaud",
        "je cherche un plan pour les vacances, idees ?",
        "plan cine samedi, qui est chaud ?",
        "t'es chaud pour un five demain ?",
        "il fait trop chaud dans ce train",
        "la webcam de mon pc marche plus",
        "j'ai fait une nuit blanche pour finir mon dossier",
        "photo de famille a la plage 😍",
        "la prevention sur le revenge porn au lycee etait bien faite",
        "envoie moi une photo de ton gateau, il a l'air trop bon",
        "je suis excite pour le concert demain !",
        "j'ai envie de toi... de te voir gagner ce match",
    ],
    "harassment": [
        "je suis trop con parfois mdr",
        "cette pub est debile",
        "ce jeu c'est de la merde",
        "putain j'ai rate le bus",
        "le cyberharcelement c'est puni par la loi, signalez",
        "tu es adorable",
        "mon chien est un vrai cochon quand il mange",
        "la baleine bleue est le plus grand animal",
        "quel clown ce ministre dans le sketch",
        "le rat de ville et le rat des champs, ma fable preferee",
        "je me suis traite de naze tout seul",
        "c'est chiant les lundis",
    ],
    "threat": [
        "je vais te battre a fifa ce soir 😤",
        "ce niveau de candy crush va avoir ma peau",
        "je vais exploser ce record",
        "je vais cramer mes pates si je fais pas gaffe",
        "je connais ton adresse, c'est toi qui me l'as donnee pour le colis",
        "je vais poster les photos de la soiree ce soir",
        "tu le regretteras toute ta vie si tu goutes pas ce tiramisu",
        "le proces du harceleur qui menacait de publier des photos commence lundi",
        "je vais saigner ce plat de pates",
        "attends que je te choppe a la pause, j'ai un truc a te montrer",
        "je vais te tuer si tu me spoiles la serie mdr",
    ],
    "hate": [
        "je suis fier d'etre arabe",
        "mes voisins juifs m'ont invite a hanoucca",
        "le mois des fiertes commence",
        "la lutte contre le racisme au stade",
        "mes collegues noirs et moi on fait du foot le jeudi",
        "un depute condamne pour injure homophobe",
        "les migrants ont ete secourus en mer",
        "la femme de mon pote est trans et super sympa",
        "la cuisine asiatique c'est mon kiff",
        "pd c'est une insulte, dis pas ca",
    ],
    "scam_spam": [
        "je me suis fait avoir par un faux colis, attention aux sms",
        "le bitcoin a chute aujourd'hui",
        "j'ai gagne un ours en peluche a la fete foraine",
        "ma banque m'a envoye un code pour valider le paiement",
        "le lien de la visio c'est example.test/reunion",
        "ne cliquez jamais sur un lien pour payer un colis",
        "on fait une cagnotte pour le depart de marie",
        "j'ai trouve un bon job, 1600 net",
    ],
    "prostitution": [
        "je recois mes beaux parents ce soir, stress",
        "les roses du jardin ont fleuri",
        "un cadeau pour la fete des meres ?",
        "mon kine me fait des massages pour le dos",
        "escort girl le film etait nul",
        "les tarifs de la piscine ont augmente",
        "reportage sur la prostitution des mineures, c'est glacant",
        "je vais acheter un bouquet de roses a ma copine",
    ],
    "drugs": [
        "j'ai pris deux dolipranes pour ma migraine",
        "coca ou pepsi ?",
        "beuh je deteste les endives",
        "herbe fraiche pour le taboule",
        "la drogue detruit des vies, parlez en a vos enfants",
        "il fait une tournee de prevention contre le cannabis",
        "ce son c'est de la frappe 🔥",
        "mon chat est accro a l'herbe a chat",
        "les champignons de paris sont en promo",
        "il a pris une dose de caféine de malade",
    ],
    "self_harm": [
        "je vais mourir de chaud",
        "j'suis morte devant cette video",
        "ce boulot me tue",
        "j'ai trop envie de dormir",
        "je me suis coupe en cuisinant, rien de grave",
        "en cas d'idees suicidaires appelez le 3114",
        "le film parle d'un ado qui veut en finir, c'est dur",
        "je vais me pendre a ton cou quand tu rentres 😍",
        "j'en ai marre de ce temps",
        "cet exam va m'achever",
    ],
}

NEUTRAL = [
    "bonsoir le salon",
    "y a du monde ?",
    "qui vient de {city} ?",
    "j'ai fini le boulot enfin",
    "quelqu'un regarde la star ac ?",
    "il neige chez vous ?",
    "je me fais des crepes",
    "tu connais un bon resto a {city} ?",
    "trop dure cette semaine",
    "je vais promener le chien",
    "vous etes calmes ce soir",
    "bonne soiree a tous",
    "y a des fans de manga ici ?",
    "j'ecoute du jul en boucle",
    "j'ai {n} jours de vacances",
    "je sais pas quoi regarder sur netflix",
    "quelqu'un joue a valo ?",
    "mon train a {n} minutes de retard",
    "je suis au boulot jusqu'a 22h",
    "hello tout le monde",
    "qui veut parler ?",
    "j'ai mal a la tete",
    "c'est l'anniv de ma soeur demain",
    "la pluie enfin",
    "bon je file, bisous",
]

# --------------------------------------------------------------------- conversations
AGE_Q = ["et toi tu as quel age ?", "t'as quel age au fait", "t'es majeure au moins ?",
         "tu fais quoi dans la vie ?", "tu es etudiante ?", "tu bosses ou t'es encore a l'ecole ?",
         "t'es de quelle annee ?", "age ?"]  # fmt: skip
MINOR_BY_Q = {
    "et toi tu as quel age ?": ["{m}", "{m}{ans}", "moi {m} et toi"],
    "t'as quel age au fait": ["{m}", "{m} pk", "bientot {m}"],
    "t'es majeure au moins ?": ["non {m}{ans}", "nn j'ai {m}{ans}", "non je suis en {grade}"],
    "tu fais quoi dans la vie ?": ["je suis en {grade}", "college, {grade}",
                                   "je vais en cours, en {grade}"],
    "tu es etudiante ?": ["non je suis au college", "non en {grade}", "non encore au college"],
    "tu bosses ou t'es encore a l'ecole ?": ["ecole, je suis en {grade}", "au college",
                                             "je suis en {grade}"],
    "t'es de quelle annee ?": ["2011", "2012", "2010"],
    "age ?": ["{m}", "{m} et toi ?"],
}  # fmt: skip
ADULT_BY_Q = {
    "et toi tu as quel age ?": ["{adult}", "{adult}{ans}", "moi {adult} et toi"],
    "t'as quel age au fait": ["{adult}", "{adult} pk"],
    "t'es majeure au moins ?": ["oui j'ai {adult}{ans}", "bien sur, {adult}"],
    "tu fais quoi dans la vie ?": ["je suis prof de {grade}", "infirmiere",
                                   "je bosse dans un college", "je suis en master 1"],
    "tu es etudiante ?": ["oui en licence", "non je travaille", "oui en bts"],
    "tu bosses ou t'es encore a l'ecole ?": ["je bosse", "je suis a la fac"],
    "t'es de quelle annee ?": ["{year}", "{year} et toi"],
    "age ?": ["{adult}", "{adult} et toi ?"],
}  # fmt: skip
HELLO = ["bonsoiir", "slt", "hello", "coucou toi", "yo", "cc ca va"]
HELLO_BACK = ["slt", "coucou", "ca va et toi", "hey", "yo"]
CHAT = [("tu fais quoi de beau ?", ["je regarde tiktok", "rien je m'ennuie", "je mange"]),
        ("tu viens d'ou ?", ["{city}", "pres de {city}", "du sud"]),
        ("ta journee ca a ete ?", ["bof", "longue", "ca va"])]  # fmt: skip
# Moves of an adult toward someone who said they are a minor; the second item is True when the
# move also asks to move off the platform (off_platform).
MOVES: list[tuple[str, bool]] = [
    ("t'es jolie sur ta pp", False),
    ("t'as une voix trop mimi sur ton vocal", False),
    ("tu m'envoies une photo de toi ?", False),
    ("une petite photo pour voir ta tete ?", False),
    ("t'habites dans quel quartier ?", False),
    ("on pourrait se voir un de ces jours", False),
    ("je t'offre ce que tu veux sur fortnite", False),
    ("tu dis rien a personne pour nous ok ?", False),
    ("moi j'ai {adult}{ans} mais on s'en fiche", False),
    ("ton snap c'est quoi ?", True),
    ("on passe sur insta c'est mieux", True),
    ("donne moi ton numero", True),
    ("tes parents sont la en ce moment ?", False),
]
BACKOFF = ["oula non t'es trop jeune, bonne soiree",
           "ah non desole, va parler avec des gens de ton age",
           "t'as rien a faire ici alors, fais attention a toi"]  # fmt: skip
KID_TALK = [("t'as des enfants ?", ["oui deux, {m} et {big}{ans}", "un garcon de {m}{ans}",
                                    "ma fille est en {grade}"]),
            ("tes enfants vont bien ?", ["le grand rentre en {grade}",
                                         "la petite a {m}{ans} demain"])]  # fmt: skip
SELF_HARM_TURNS = ["j'ai plus envie de rien, je veux mourir", "je vais me faire du mal ce soir",
                   "je me suis ouvert les poignets hier",
                   "j'ai envie que tout s'arrete pour de bon"]  # fmt: skip
SEXTORTION = [
    "tu me vires {price}e ou je les envoie a tes potes",
    "si tu me bloques tout ton lycee les verra",
]
TOUGH_DAY = ["j'en ai marre de ma journee", "je suis morte de fatigue", "mon boss va me tuer"]


def conversations(rng: random.Random) -> list[tuple[list[str], list[str], int | None]]:
    """Conversations with their labels and alert turn (first turn raising anything)."""
    out: list[tuple[list[str], list[str], int | None]] = []

    def opening() -> list[str]:
        turns = [f"A: {rng.choice(HELLO)}", f"B: {rng.choice(HELLO_BACK)}"]
        if rng.random() < 0.6:
            q, answers = rng.choice(CHAT)
            turns += [f"A: {q}", f"B: {rng.choice(answers)}"]
        return turns

    for _ in range(45):  # the question, a minor's answer: a disclosure
        turns = opening()
        q = rng.choice(AGE_Q)
        turns += [f"A: {q}", f"B: {rng.choice(MINOR_BY_Q[q])}"]
        alert = len(turns) - 1
        if rng.random() < 0.5:
            turns += [f"A: {rng.choice(['ah ok', 'daccord', 'oki', 'ah'])}"]
        out.append((turns, ["minor_disclosure"], alert))
    for _ in range(25):  # a minor says it unasked
        turns = opening()
        turns += [f"B: {rng.choice(POSITIVE['minor_disclosure'][:12])}"]
        out.append((turns, ["minor_disclosure"], len(turns) - 1))
    for _ in range(25):  # disclosure, then the adult backs off: no grooming
        turns = opening()
        q = rng.choice(AGE_Q)
        turns += [f"A: {q}", f"B: {rng.choice(MINOR_BY_Q[q])}"]
        alert = len(turns) - 1
        turns += [f"A: {rng.choice(BACKOFF)}"]
        out.append((turns, ["minor_disclosure"], alert))
    for _ in range(70):  # disclosure, then an adult's moves: grooming
        turns = opening()
        q = rng.choice(AGE_Q)
        turns += [f"A: {q}", f"B: {rng.choice(MINOR_BY_Q[q])}"]
        alert = len(turns) - 1
        labels = ["minor_disclosure", "grooming"]
        for text, app in rng.sample(MOVES, rng.randint(1, 3)):
            turns += [f"A: {text}"]
            if app and "off_platform" not in labels:
                labels.append("off_platform")
            if rng.random() < 0.5:
                turns += [f"B: {rng.choice(['pourquoi', 'jsp', 'hmm', 'mdrr', 'ok'])}"]
        out.append((turns, labels, alert))
    for _ in range(30):  # moves first, the disclosure late: grooming at the disclosure
        turns = opening()
        labels = ["minor_disclosure", "grooming"]
        alert = None
        for text, _app in rng.sample(MOVES[:8], 2):
            turns += [f"A: {text}", f"B: {rng.choice(['mdr', 'hein', 'bah'])}"]
        turns += [f"B: {rng.choice(['tu sais que j ai {m}{ans} ?', 'jsuis en {grade} hein'])}"]
        alert = len(turns) - 1
        out.append((turns, labels, alert))
    for _ in range(40):  # adults: the answer is an adult's, then flirting or a job
        turns = opening()
        q = rng.choice(AGE_Q)
        turns += [f"A: {q}", f"B: {rng.choice(ADULT_BY_Q[q])}"]
        if rng.random() < 0.6:
            turns += [f"A: {rng.choice(['cool', 'moi {adult}', 'ah top'])}"]
            turns += [f"A: {rng.choice(['t es charmante', 'on boit un verre un de ces jours ?'])}"]
        out.append((turns, [], None))
    for _ in range(15):  # adults, then numbers exchanged: off_platform
        turns = opening()
        q = rng.choice(["et toi tu as quel age ?", "age ?", "t'as quel age au fait"])
        turns += [f"A: {q}", f"B: {rng.choice(ADULT_BY_Q[q])}"]
        turns += [f"A: {rng.choice(['on passe sur whatsapp ?', 'tu me donnes ton insta ?'])}"]
        out.append((turns, ["off_platform"], len(turns) - 1))
    for _ in range(25):  # parents speaking of their children: nothing
        turns = opening()
        q, answers = rng.choice(KID_TALK)
        turns += [f"A: {q}", f"B: {rng.choice(answers)}", "A: ils grandissent trop vite"]
        out.append((turns, [], None))
    for _ in range(12):  # distress in a conversation
        turns = opening()
        turns += [f"B: {rng.choice(SELF_HARM_TURNS)}"]
        alert = len(turns) - 1
        turns += ["A: hey parle moi, t'es ou ?"]
        out.append((turns, ["self_harm"], alert))
    for _ in range(12):  # a tough day, said as people say it: nothing
        turns = opening()
        turns += [f"B: {rng.choice(TOUGH_DAY)}", "A: courage, demain c'est vendredi"]
        out.append((turns, [], None))
    for _ in range(10):  # sextortion
        turns = opening()
        turns += ["A: j'ai gardé les photos que tu m'as envoyees"]
        turns += [f"A: {rng.choice(SEXTORTION)}"]
        out.append((turns, ["threat"], len(turns) - 1))
    return out


# ---------------------------------------------------------------------------- typing
SMS: list[tuple[str, list[str]]] = [
    (r"\bça\b", ["sa", "ca", "ça"]),
    (r"\bca\b", ["sa", "ca"]),
    (r"\bc'est\b", ["cé", "c", "sé", "c'est"]),
    (r"\bpour\b", ["pr", "pour"]),
    (r"\bdans\b", ["ds", "dans"]),
    (r"\btout\b", ["tt", "tout"]),
    (r"\bmeme\b", ["mm", "meme"]),
    (r"\bvraiment\b", ["vrmt", "vraiment"]),
    (r"\baujourd'hui\b", ["ajd", "auj"]),
    (r"\bparce que\b", ["pcq", "pck", "psk"]),
    (r"\best-ce que\b", ["eske", "esque"]),
    (r"\btoi\b", ["twa", "toi", "toi"]),
    (r"\bmoi\b", ["mwa", "moi", "moi"]),
    (r"\bnon\b", ["nn", "non", "nan"]),
    (r"\boui\b", ["wi", "ouais", "oue"]),
    (r"\bje sais pas\b", ["jsp", "chai pas", "jsais pas"]),
    (r"\bbien\b", ["b1", "bien", "bien"]),
    (r"\brien\b", ["r1", "rien", "rien"]),
    (r"\bt'es\b", ["t", "t'es", "tes", "t es"]),
    (r"\bt'as\b", ["ta", "tas", "t'as"]),
    (r"\bje suis\b", ["jsuis", "chuis", "j'suis", "je suis"]),
    (r"\bqu'est-ce\b", ["kesk", "keske"]),
    (r"\bquel(le)?\b", ["kel", "kelle", "quel"]),
    (r"\bbeaucoup\b", ["bcp"]),
    (r"\bje\b(?= [aeiou])", ["j"]),
    (r"\bun peu\b", ["un pe", "1 peu"]),
    (r"\bd'accord\b", ["dac", "d'acc", "ok"]),
    (r"\bplus\b", ["+", "plus", "plus"]),
]
AZERTY = {"a": "zq", "z": "aes", "e": "zrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij",
          "i": "uok", "o": "ipl", "p": "om", "q": "asw", "s": "qdz", "d": "sfe", "f": "dgr",
          "g": "fht", "h": "gjy", "j": "hku", "k": "jli", "l": "kmo", "m": "lp", "w": "xq",
          "x": "wc", "c": "xv", "v": "cb", "b": "vn", "n": "bm"}  # fmt: skip
KEY_WORDS = ["snap", "snapchat", "insta", "instagram", "whatsapp", "telegram", "discord",
             "college", "collegienne", "mineure", "majeure", "photo", "parents", "secret",
             "mere", "classe", "cours", "numero", "coke", "shit", "beuh", "escort", "roses",
             "cadeau", "tuer", "mourir", "coupe", "photos", "salope", "merde", "juifs",
             "arabes", "noirs", "argent", "lien", "age"]  # fmt: skip
LEET2 = {"a": "@", "e": "3", "i": "1", "o": "0", "s": "$"}
OPEN = ["bref ", "au fait ", "dis ", "ptn ", "sah ", "jpp ", "askip ", "bon bah "]
CLOSE = [" 🥲", " 🤭", " 💀", " 🙈", " ✨", " 😩", " 🫠", " 👀", " ???", " !!!", " sah", " jpp",
         " frero", " hihi"]  # fmt: skip
LAUGH = [" mdrrr", " ptdrr", " 🤣🤣", " xD"]


def strip_accents(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("œ", "oe")


def neighbour_typo(word: str, rng: random.Random) -> str:
    """One letter hit next to its key, or two words' space lost (done by the caller)."""
    idx = [i for i, c in enumerate(word) if c in AZERTY and 0 < i < len(word) - 1]
    if not idx:
        return word
    i = rng.choice(idx)
    return word[:i] + rng.choice(AZERTY[word[i]]) + word[i + 1 :]


def disguise(word: str, rng: random.Random) -> str:
    """A key word typed to pass a filter: symbols, stars between letters, an emoji."""
    if word.startswith("snap") and rng.random() < 0.3:
        return "👻"
    op = rng.randint(0, 3)
    if op == 0:
        return "".join(LEET2.get(c, c) if rng.random() < 0.5 else c for c in word)
    if op == 1 and len(word) <= 9:
        return rng.choice(["*", "_", " . "]).join(word)
    if op == 2:
        vowels = [i for i, c in enumerate(word) if c in "aeiou" and i > 0]
        if vowels:
            i = rng.choice(vowels)
            return word[:i] + word[i + 1 :]  # a vowel dropped: "snp", "mjeure"
    return word[0].upper() + word[1:].replace("o", "0")


def _pick(choices: list[str], rng: random.Random) -> Callable[[re.Match[str]], str]:
    return lambda _m: rng.choice(choices)


def type_it(text: str, rng: random.Random, *, serious: bool) -> str:
    """Type ``text`` as the third author; ``serious`` lines get no laughter added."""
    if rng.random() < 0.7:
        text = strip_accents(text)
    if rng.random() < 0.25:
        text = text[:1].upper() + text[1:]  # the phone's capital, alone
    for pattern, choices in SMS:
        if rng.random() < 0.55:
            text = re.sub(pattern, _pick(choices, rng), text)
    if rng.random() < 0.4:
        text = re.sub(r"\s*[?,.!:]+\s*", " ", text).strip()
    words = re.findall(r"[a-z]{5,}", text)
    if words and rng.random() < 0.25:
        w = rng.choice(words)
        text = text.replace(w, neighbour_typo(w, rng), 1)
    if rng.random() < 0.1:  # two words glued
        spaces = [m.start() for m in re.finditer(" ", text)]
        if spaces:
            i = rng.choice(spaces)
            text = text[:i] + text[i + 1 :]
    if rng.random() < 0.15:  # a vowel stretched
        vowels = [i for i, c in enumerate(text) if c in "aeiou"]
        if vowels:
            i = rng.choice(vowels)
            text = text[:i] + text[i] * rng.randint(3, 5) + text[i + 1 :]
    keys = [w for w in KEY_WORDS if re.search(rf"\b{w}\b", text)]
    if keys and rng.random() < 0.3:
        w = rng.choice(keys)
        text = re.sub(rf"\b{w}\b", disguise(w, rng), text, count=1)
    if rng.random() < 0.15:
        text = rng.choice(OPEN) + text
    r = rng.random()
    if r < 0.3:
        text += rng.choice(CLOSE)
    elif r < 0.4 and not serious:
        text += rng.choice(LAUGH)
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
        row["id"] = f"heldout2-{len(rows):05d}"
        rows.append(row)

    def messages(bank: dict[str, list[str]], kind: str, variants: int) -> None:
        for label, phrasings in bank.items():
            for i, phrasing in enumerate(phrasings):
                text, _, extra = phrasing.partition("|")
                labels: list[str] = []
                if kind == "positive":
                    labels = [label, *extra.split(",")] if extra else [label]
                serious = label in SERIOUS and kind == "positive"
                for _ in range(variants):
                    typed = type_it(fill(text, rng), rng, serious=serious)
                    emit({"text": typed, "labels": labels, "kind": kind,
                          "family": f"{label}/{kind[0]}{i}"})  # fmt: skip

    messages(POSITIVE, "positive", 4)
    messages(HARD_NEGATIVE, "hard_negative", 4)
    messages({"neutral": NEUTRAL}, "neutral", 3)
    for i, (turns, labels, alert) in enumerate(conversations(rng)):
        rendered = []
        for line in turns:
            speaker, text = line.split(": ", 1)
            typed = type_it(fill(text, rng), rng, serious=bool(labels))
            rendered.append({"speaker": speaker, "text": typed})
        emit({"turns": rendered, "labels": labels, "alert_turn": alert,
              "kind": "conversation", "family": f"conversation/{i}"})  # fmt: skip
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "risk" / "heldout-2.jsonl")
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
