# ruff: noqa: E501
"""Write data/risk/written/child-train-3.jsonl: training phrasings of the child-safety
labels from fifteen more voices (`python scripts/write_child_train3.py`).

Written by hand on 2026-12-03 (session 5, "riskgen") after child-dev-3.jsonl was
committed and scored, for the rules of session 5 (rules-5) and the n-gram head to learn
from. No voice is one of another file's. Each line is typed once, the way its voice types
it; conversations are written whole.

What they cover, by the moves of issue 12: an adult probing age, school and parents;
flattery about maturity; the age gap waved away; secrecy; isolation ("your parents don't
understand you, I do"); gifts, money and game currency; asking for a photo; proposing to
meet (after school, at the bus stop, "while your parents are out"); moving to another
app; coaching to lie (about age, to the parents). And the many ways a minor says it: an
age in words, digits, emoji, spaced; a grade in France, Switzerland, Senegal; school life
(the bus, the canteen, the report card, the class trip, the "stage de 3e"); the parents'
rules (screen time, curfew, a confiscated phone, punished); exams (brevet, BFEM, bac de
français); birthdays and birth years; "pas encore 15", "majeure en août". Each family has
hard negatives next to it: parents and teachers about children and classes, adults'
ages and studies, adults' secrets and gifts, prevention messages, numbers that are not
ages.

Labels: md = minor_disclosure, gr = grooming (an adult's move toward a presumed minor; a
probe alone is not one), op = off_platform, ss = sexual_solicitation; "" = a hard
negative. Phone numbers are in ARCEP's fiction block (06 39 98), handles invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from child_rows import Conversations, Lines, jsonl, rows

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data/risk/written/child-train-3.jsonl"

# ------------------------------------------------------------------ minors' voices

EMMA_SNAP: Lines = [  # 14, a girl who lives on Snapchat: tmtc, askip, ptn, jsuis dead
    ("jsuis en 3e askip c l'année la plus dure", "md"),
    ("tmtc jai brevet dans 3 semaines jsuis pas prête", "md"),
    ("ptn ma daronne elle ma privée de sortie tout le weekend", "md"),
    ("jai 14 ans depuis mardi 🎂", "md"),
    ("jsuis en 4e mais l'an pro jpasse en 3e", "md"),
    ("mes parents veulent pas que j'ai insta avant le lycée", "md"),
    ("on a eu une interro surprise en svt jsuis dead", "md"),
    ("ma prof principale a convoqué ma mère", "md"),
    ("jsuis pas encore en seconde mdr", "md"),
    ("jpeux pas ce soir jsuis punie", "md"),
    ("ma mère m'a mis un couvre-feu à 20h c'est abusé", "md"),
    ("on part en voyage scolaire en espagne avec la classe", "md"),
    ("jai eu mon bulletin du 2e trimestre jsuis morte", "md"),
    ("j'aurai 15 ans dans deux mois", "md"),
    ("quatorze ans et toujours pas le droit d'aller en ville seule", "md"),
    ("ma bff et moi on est dans la même classe depuis la 6e", "md"),
    ("le stage de 3e c'est la semaine pro jsais pas où aller", "md"),
    ("jsuis la seule de ma classe qui a pas d'iphone", "md"),
    ("c'est pas moi c'est ma mère qui a choisi mon lycée pour l'an prochain", "md"),
    ("jai 1️⃣4️⃣ ans et alors", "md"),
    ("jsuis collégienne et fière de l'être", "md"),
    # hard negatives
    ("jai 14 snaps non lus", ""),
    ("ma mère a 42 ans et elle fait plus jeune que moi", ""),
    ("jai regardé 3 saisons d'affilée", ""),
    ("ma grande sœur passe son bac cette année", ""),
    ("on est 14 dans le groupe de la soirée", ""),
]

THEO_11: Lines = [  # 11, a boy in 6e, simple sentences, few abbreviations
    ("je suis en 6e depuis septembre c'est trop grand le collège", "md"),
    ("j'ai 11 ans et toi tu as quel âge", "md"),
    ("ma maman me donne 5 euros d'argent de poche par semaine", "md"),
    ("j'ai oublié mon cartable dans le car ce matin", "md"),
    ("je suis en cm2 et l'an prochain je vais au collège", "md"),
    ("mon papa dit que je dois éteindre la tablette à 20h", "md"),
    ("j'ai eu un mot dans mon carnet de liaison", "md"),
    ("je prends le car scolaire à 7h30 tous les matins", "md"),
    ("à la récré on joue au loup avec les copains", "md"),
    ("j'ai pas le droit de télécharger des jeux sans demander à maman", "md"),
    ("je joue au foot dans l'équipe des U12", "md"),
    ("c'est mon anniversaire dans 3 jours j'aurai douze ans", "md"),
    ("la maîtresse de l'année dernière était plus gentille que mes profs", "md"),
    ("je dois faire mes devoirs avant de jouer sinon je suis privé de console", "md"),
    ("mon grand frère est au lycée et moi je suis qu'en sixième", "md"),
    # hard negatives
    ("mon chien a 11 ans il est vieux", ""),
    ("j'ai 11 pokémon légendaires", ""),
    ("mon grand frère a eu son permis", ""),
    ("il y a 6 étages dans mon immeuble", ""),
]

INES_1ERE: Lines = [  # 16-17, a girl in première, full sentences, a few abbreviations
    ("je suis en première, le bac de français approche", "md"),
    ("j'ai 17 ans mais mes parents me traitent comme une gamine", "md"),
    ("je serai majeure en août enfin", "md"),
    ("je fais la conduite accompagnée avec mon père", "md"),
    ("mon lycée est à 40 minutes en bus", "md"),
    ("mes parents veulent pas que je sorte en boîte avant mes 18 ans", "md"),
    ("j'ai fait mon stage d'observation de seconde dans une pharmacie", "md"),
    ("j'ai 16 ans et demi et je bosse l'été au camping", "md"),
    ("je suis encore mineure pour quelques mois", "md"),
    ("ma mère a signé l'autorisation de sortie pour le voyage", "md"),
    ("on a eu le conseil de classe, j'ai eu les félicitations", "md"),
    ("j'ai choisi maths et SES en spé pour l'an prochain", "md"),
    ("parcoursup c'est l'année prochaine pour moi, je stresse déjà", "md"),
    ("j'ai pas encore 18 ans donc je peux pas voter", "md"),
    ("la CPE m'a chopée à sécher le cours d'anglais", "md"),
    # hard negatives
    ("j'ai eu mon bac en 2019 avec mention", ""),
    ("mon petit frère est en première", ""),
    ("on était 17 à la soirée", ""),
    ("j'ai 18 ans depuis hier, enfin majeure", ""),
    ("je suis en première année de licence", ""),
]

SUISSE_ADO: Lines = [  # 12-15, Suisse romande: 9H-11H, le cycle, natel, septante
    ("je suis en 10H au cycle de la Gradelle", "md"),
    ("j'ai treize ans et demi, et toi?", "md"),
    ("mon natel est confisqué jusqu'à jeudi", "md"),
    ("je suis au cycle, en 9ème", "md"),
    ("ma maman veut pas que je prenne le bus seule le soir", "md"),
    ("l'année prochaine je commence l'apprentissage, j'ai 15 ans", "md"),
    ("on a les épreuves communes de 11H la semaine prochaine", "md"),
    ("mon maître de classe a appelé mes parents", "md"),
    ("je suis en 11ème harmos, la dernière année du cycle", "md"),
    ("j'ai seulement 12 ans mais je suis grande", "md"),
    # hard negatives
    ("il fait septante degrés dans le sauna", ""),
    ("ma tante a nonante ans et elle tricote encore", ""),
    ("le train de 10h11 a du retard", ""),
]

DAKAR_ADO: Lines = [  # 13-16, Dakar: CEM, BFEM, walaye, ma maman
    ("je suis en classe de 4ème au CEM de Pikine", "md"),
    ("je prépare le BFEM cette année walaye c'est dur", "md"),
    ("ma maman dit que je suis trop jeune pour avoir un téléphone", "md"),
    ("j'ai quinze ans, l'année prochaine je vais au lycée inchallah", "md"),
    ("le surveillant général a puni toute la classe", "md"),
    ("je suis en seconde S au lycée", "md"),
    ("mon grand frère m'a prêté son téléphone, moi j'en ai pas encore", "md"),
    ("après l'école je vends des beignets avec ma tante", "md"),
    ("j'ai eu 13 ans le jour de la Korité", "md"),
    ("ma mère me laisse pas sortir après le maghreb", "md"),
    # hard negatives
    ("la Tabaski c'est dans 12 jours", ""),
    ("mon oncle a 15 ans de métier comme tailleur", ""),
    ("le car rapide a mis 2 heures", ""),
]

MAXENCE_MINECRAFT: Lines = [  # 12, a boy on a Minecraft server
    ("jpeux pas venir sur le serv ce soir jsuis puni", "md"),
    ("mes parents m'ont mis 2h d'écran max par jour", "md"),
    ("jsuis en 5eme et toi", "md"),
    ("ma mère elle veut pas que je parle aux gens sur internet", "md"),
    ("j'ai que 12 ans mais je code en python", "md"),
    ("j'ai pas de carte donc c'est mon père qui achète les minecoins", "md"),
    ("je dois aller dormir j'ai école demain", "md"),
    ("on a sport au gymnase demain avec la classe", "md"),
    ("je suis né en 2014", "md"),
    ("je vais au collège à vélo", "md"),
    ("mon daron a bloqué discord sur le pc", "md"),
    ("je suis en vacances scolaires jusqu'à lundi", "md"),
    # hard negatives
    ("le serveur a 12 slots", ""),
    ("j'ai fait une maison de 14 blocs de haut", ""),
    ("mon pote a 25 ans et il est admin", ""),
    ("la version 1.20 est sortie", ""),
]

LEA_CM2: Lines = [  # 10, a girl in CM2 on her mother's tablet
    ("je suis en cm2 dans la classe de madame Roux", "md"),
    ("j'ai 10 ans et demi", "md"),
    ("c'est la tablette de ma maman elle sait pas que je suis là", "md"),
    ("demain on a la sortie au zoo avec l'école", "md"),
    ("l'an prochain je vais au collège avec ma meilleure copine", "md"),
    ("ma maîtresse elle a dit que j'écris bien", "md"),
    ("je dois aller au lit à 20h30 même le samedi", "md"),
    ("mon papa vient me chercher à la garderie à 18h", "md"),
    ("j'ai perdu une dent hier", ""),
    ("ma maman a 38 ans", ""),
    ("mon doudou s'appelle Caramel", ""),
]

REUNION_ADO: Lines = [  # 13-15, La Réunion, créole mixed with French
    ("mi lé en 4e au collège de Saint-Paul", "md"),
    ("mi na 13 an é ou ?", "md"),
    ("out momon i rode a ou ? la mienne i veut pas que je sors", "md"),
    ("lékol i recommence lundi, mi lé pas prêt", "md"),
    ("nou la fé la sortie scolaire au volcan avec la classe", "md"),
    ("mon frère i gagne 14 ans demain, pa moin", ""),
    ("la pli i tombe depuis 3 jours", ""),
]

# ------------------------------------------------------------------ adults who groom

GROOMER_NUIT: Lines = [  # late-night messages, when the house is asleep
    ("t'es encore réveillée ? tes parents dorment ?", "gr"),
    ("envoie une photo de toi en pyjama, juste pour moi", "gr"),
    ("moi aussi je suis seul ce soir, parlons en cachette", "gr"),
    ("baisse le son de ton tel pour que ta mère entende pas", "gr"),
    ("on s'appelle quand tout le monde dort chez toi ?", "gr"),
    ("demain t'as cours ? reste encore un peu avec moi", "gr"),
    ("efface tout avant de dormir, au cas où ta mère fouille", "gr"),
    # hard negatives
    ("t'es encore réveillé ? le bébé dort enfin ici", ""),
    ("on s'appelle demain, là je dors debout", ""),
]

GROOMER_FAN: Lines = [  # shares the child's passions to get close: k-pop, manga, horses
    (
        "Moi aussi j'adore BTS, je peux t'avoir des places, mais tu viens avec moi, pas avec ta mère",
        "gr",
    ),
    ("Je te prête mes mangas, passe les chercher chez moi après l'école", "gr"),
    ("Tu montes à cheval ? Je peux te payer des cours, ce sera notre secret", "gr"),
    ("Tu es bien plus cool que les filles de ta classe, elles comprennent rien à la k-pop", "gr"),
    ("Envoie-moi un selfie avec ton nouveau sweat BTS, j'ai hâte de voir", "gr"),
    (
        "Tu devrais venir à la convention avec moi, dis à tes parents que tu y vas avec une copine",
        "gr",
    ),
    # hard negatives
    ("Je vais au concert de BTS avec ma nièce et sa mère", ""),
    ("Qui vient à la Japan Expo samedi ? On se retrouve devant l'entrée", ""),
]

GROOMER_AMI_FAMILLE: Lines = [  # a "friend of your father", already in the family's circle
    ("Je suis un ami de ton père, ne lui dis pas qu'on se parle, il serait jaloux", "gr"),
    ("Tu as drôlement grandi, tu es devenue une vraie jeune femme", "gr"),
    ("Quand tu viendras dormir chez nous, on pourra veiller tous les deux", "gr"),
    ("Ton père est trop sévère avec toi, moi je te laisserais faire ce que tu veux", "gr"),
    ("Je t'ai mis un billet dans ta poche, c'est entre nous", "gr"),
    ("Ta tante ne doit pas voir nos messages, elle ne comprendrait pas", "gr"),
    # hard negatives
    ("Je suis un ami de ton père, on jouait au rugby ensemble", ""),
    ("Tu as drôlement grandi depuis le mariage de ta sœur !", ""),
]

GROOMER_MENTOR: Lines = [  # a "tutor": homework help, patience, the parents left out
    (
        "Je donne des cours particuliers, pour toi ce serait gratuit, pas la peine d'en parler à tes parents",
        "gr",
    ),
    ("Ta prof ne te comprend pas, moi je sais comment t'expliquer", "gr"),
    ("Viens réviser chez moi mercredi après-midi, on sera au calme", "gr"),
    ("Tu es bien plus avancée que les élèves de ta classe", "gr"),
    (
        "Je te paie ta calculatrice si tu as une bonne note, mais c'est notre petit arrangement",
        "gr",
    ),
    ("Tu m'envoies une photo de ton cahier, et une de toi, que je voie à qui je parle", "gr"),
    ("On continue sur WhatsApp, c'est plus pratique pour tes exercices", "gr,op"),
    ("Si ta mère demande, dis que tu es à la bibliothèque", "gr"),
    ("Tu peux me parler de tout, même de ce que tu ne dis pas à tes parents", "gr"),
    ("Tes parents te mettent trop de pression, avec moi tu peux souffler", "gr"),
    ("Je passe te prendre à la sortie du collège, on révisera dans ma voiture", "gr"),
    ("Ton prof principal n'a pas besoin de savoir que je t'aide", "gr"),
    # hard negatives
    ("Je donne des cours de maths, 25 € l'heure, premier cours d'essai offert", ""),
    ("Je peux aider votre fils en maths le mercredi, chez vous", ""),
    ("Les parents peuvent assister au premier cours", ""),
    ("Envoie-moi une photo de l'exercice, je regarde ce soir", ""),
]

GROOMER_ROMANTIQUE: Lines = [  # love-bombing, "l'amour n'a pas d'âge"
    ("Je pense à toi tout le temps, tu es la seule qui me comprenne", "gr"),
    ("L'amour n'a pas d'âge, ce qu'on vit est unique", "gr"),
    ("Quand tu auras 18 ans on pourra vivre ensemble, en attendant personne ne doit savoir", "gr"),
    ("Je sais que tu es jeune mais je ressens quelque chose de fort pour toi", "gr"),
    ("Tes parents voudraient nous séparer, ils ne comprennent rien à l'amour", "gr"),
    ("Tu es mon petit ange, ne répète jamais à personne ce qu'on se dit", "gr"),
    ("Si tu m'aimes vraiment tu m'enverras une photo rien que pour moi", "gr"),
    ("Je ferais des kilomètres pour te voir, dis-moi quand tes parents ne sont pas là", "gr"),
    ("Tu es si mature qu'on oublie que tu es encore au collège", "gr"),
    ("Les garçons de ton âge ne te méritent pas, moi je sais t'aimer", "gr"),
    ("Notre histoire doit rester cachée, le monde n'est pas prêt", "gr"),
    ("Dans trois ans tu seras majeure et plus personne ne pourra rien nous dire", "gr"),
    # hard negatives
    ("Je pense à toi tout le temps mon amour, vivement ce soir", ""),
    ("L'amour n'a pas d'âge : mes grands-parents se sont mariés à 70 ans", ""),
    ("Ma femme et moi fêtons nos 10 ans, quelle aventure", ""),
    ("Notre histoire a commencé au lycée, on a 30 ans maintenant", ""),
]

GROOMER_STREAMER: Lines = [  # a "streamer" who recruits kids in his community
    (
        "Je peux te faire percer sur ma chaîne, mais envoie-moi des photos de toi pour la miniature",
        "gr",
    ),
    (
        "Tu veux être modo de mon serveur privé ? Faut juste qu'on se parle en vocal, tous les deux",
        "gr",
    ),
    ("Je te donne 5000 robux si tu fais ce que je te dis", "gr"),
    ("Envoie-moi ton snap, je te fais un shoutout", "op"),
    (
        "Les jeunes de ton âge rêveraient d'être à ta place, t'as de la chance que je t'aie choisi",
        "gr",
    ),
    ("Dis à personne que je t'ai donné les skins, sinon tout le monde va en vouloir", "gr"),
    ("T'as quel âge ? Pas grave, sur mon discord y a pas de limite", "gr"),
    ("Viens sur mon discord perso, en privé, tes parents ont pas besoin de savoir", "gr,op"),
    ("Je t'envoie un casque gamer gratuit, donne-moi juste ton adresse", "gr"),
    ("Mets ta cam quand tes parents sont couchés, on fera un live rien que nous", "gr"),
    ("Si ta mère voit nos messages, dis que c'est un pote de ta classe", "gr"),
    # hard negatives
    ("Live ce soir à 21h, venez nombreux", ""),
    ("Merci pour les 1000 abonnés !", ""),
    ("Les modos, pensez à bannir les spammeurs", ""),
    ("Rappel : le serveur est interdit aux moins de 13 ans, comme discord", ""),
]

GROOMER_VOISIN: Lines = [  # a man of the neighbourhood who watches the way to school
    ("Je t'ai vue à l'arrêt de bus ce matin, tu vas au collège Pasteur non ?", "gr"),
    ("Je passe devant ton école tous les jours à 16h30, je peux te raccompagner", "gr"),
    ("Tes parents rentrent tard le soir ? Je pourrais passer te voir", "gr"),
    ("Monte, je te dépose au collège, il pleut, personne n'en saura rien", "gr"),
    ("Ta mère m'a dit que tu restais seule le mercredi, viens goûter à la maison", "gr"),
    ("Tu fais quoi après les cours ? Je t'attends au parc", "gr"),
    ("Je te donne 10 € si tu promènes mon chien, mais dis-le pas à tes parents", "gr"),
    ("Ton petit short de sport te va bien, tu as quel âge déjà ?", "gr"),
    # hard negatives
    ("Je passe prendre les enfants à l'école à 16h30, tu veux que je prenne les tiens ?", ""),
    ("Il pleut, je te dépose au boulot ?", ""),
    ("Ta mère m'a dit que tu avais eu ton permis, bravo !", ""),
]

GROOMER_FORMEL: Lines = [  # an older man, formal French, no emoji
    ("Quel âge as-tu, ma belle ? Tu parais bien développée sur ta photo.", "gr"),
    (
        "Je suis un homme mûr et attentionné, les garçons de ton âge ne savent pas s'occuper d'une jeune fille.",
        "gr",
    ),
    ("As-tu un petit ami au collège ? Une jolie fille comme toi doit en avoir.", "gr"),
    ("Que dirais-tu d'une promenade ensemble samedi, sans en parler à tes parents ?", "gr"),
    ("Tu écris très bien pour une collégienne.", "gr"),
    ("Je pourrais être ton confident, les adultes de ta famille ne t'écoutent pas.", "gr"),
    ("Une jeune fille comme toi mérite des cadeaux, dis-moi ce qui te ferait plaisir.", "gr"),
    ("Supprime notre conversation après l'avoir lue, c'est plus prudent.", "gr"),
    ("Es-tu seule à la maison en ce moment ? Nous pourrions nous appeler.", "gr"),
    # hard negatives
    ("Quel âge a votre petite-fille ? La mienne entre en 6e.", ""),
    ("Je suis un homme de 62 ans, veuf, je cherche une compagne de mon âge.", ""),
    ("Supprimez les messages en double dans le fil, merci.", ""),
]

FAUX_LYCEEN: Lines = [  # an adult pretending to be 16-17
    ("j'ai 17 ans tkt, envoie une photo de toi en maillot", "md,gr"),
    ("jsuis mineur aussi donc c'est pas grave qu'on s'envoie des photos", "md,gr"),
    ("supprime nos snaps, ma mère regarde mon tel et la tienne aussi", "md,gr"),
    ("jsuis en 1ère, t'es dans quel collège toi ? on pourrait se voir à la sortie", "md,gr"),
    ("on est du même lycée je crois, tu connais le club théâtre ?", "md"),
    ("j'ai 16 ans moi aussi, ajoute moi sur insta : tom.lycee_16", "md,op"),
]

# ------------------------------------------------------------------ adults (hard negatives)

GRANDS_PARENTS: Lines = [  # grandparents and adults remembering their school years
    ("Ma petite-fille a 12 ans, elle est en 6e et elle adore lire", ""),
    ("Mon petit-fils passe le brevet, je lui ai promis un vélo", ""),
    ("Au collège j'étais toujours au fond de la classe", ""),
    ("Quand j'avais 14 ans on écrivait des lettres, pas des textos", ""),
    ("J'ai eu mon certificat d'études en 1962", ""),
    ("Je garde mes petits-enfants le mercredi, ils ont 8 et 11 ans", ""),
    ("Ma fille m'a offert une tablette pour mes 75 ans", ""),
    ("Dans ma jeunesse on allait au lycée à pied", ""),
]

PARENTS_GROUPE: Lines = [  # a class parents' group chat
    ("Qui peut emmener les enfants au foot samedi ? Le mien a 12 ans, il peut y aller seul", ""),
    ("La sortie scolaire des 5e C est reportée à jeudi", ""),
    ("Mon fils a eu 14 au contrôle de maths, enfin !", ""),
    ("Ma fille entre au lycée en septembre, on cherche un sac", ""),
    ("Le brevet blanc des 3e est le 12 mars, pensez aux calculatrices", ""),
    ("Ils ont quel âge vos enfants ? Les miens ont 9 et 13 ans", ""),
    ("Je dois signer le carnet de correspondance de Léo ce soir", ""),
    ("Le conseil de classe du 2e trimestre est mardi à 18h", ""),
    ("Ma fille veut Snapchat, elle a 12 ans, vous faites comment ?", ""),
    ("On a mis le contrôle parental sur la tablette des petits", ""),
    ("Mon aîné est en 1ère, la cadette en 6e, la maison est pleine", ""),
    ("Mon fils est puni, il n'aura pas sa console ce week-end", ""),
    ("À quelle heure finissent les 4e le mercredi ?", ""),
    ("Ne dites rien aux enfants, c'est une surprise pour la kermesse", ""),
    ("Je récupère les petits à la sortie de l'école et je vous les dépose", ""),
    ("Qui a le numéro du prof principal ?", ""),
    ("Mes parents gardent les enfants pendant les vacances scolaires", ""),
    ("J'ai 13 ans de plus que ma sœur, c'est presque ma fille", ""),
]

ADULTES_RENCONTRE: Lines = [  # adults meeting adults
    ("j'ai 19 ans, étudiante en L1 de psycho", ""),
    ("21 ans, je bosse dans la restauration", ""),
    ("j'ai l'air jeune mais j'ai 26 ans promis", ""),
    ("tu fais jeune pour 40 ans, c'est un compliment", ""),
    ("on se voit samedi pour un verre ?", ""),
    ("t'as insta ? on continuera là-bas", "op"),
    ("mon 06 39 98 12 34 si tu veux m'appeler", "op"),
    ("je suis majeure et vaccinée mdr, 32 ans", ""),
    ("quand j'avais 15 ans j'étais fan de ce groupe", ""),
    ("je suis en master 2 et je fais un stage", ""),
    ("l'âge c'est qu'un chiffre, j'ai 45 ans et je cours des semi-marathons", ""),
    ("la différence d'âge avec mon mari est de 12 ans, et alors ?", ""),
    ("tu veux qu'on finisse la soirée chez moi ?", "ss"),
    ("je suis seule ce soir, quelqu'un pour discuter ?", ""),
    ("t'es mature pour quelqu'un de 23 ans, j'aime bien", ""),
    ("mes parents habitent à côté, je leur rends visite le dimanche", ""),
    ("tu me plais, on se voit en vrai ? ça restera entre nous, je suis timide", ""),
]

EDUC_PROF: Lines = [  # teachers, educators, school nurse, prevention
    ("J'anime un camp d'ados cet été, ils ont entre 13 et 16 ans", ""),
    ("Mes 4e ont brevet blanc lundi, je corrige tout le week-end", ""),
    ("Je suis infirmière scolaire, je vois passer beaucoup de collégiens", ""),
    (
        "Rappel : un adulte qui te demande de garder un secret sur vos échanges, ce n'est pas normal. Parles-en.",
        "",
    ),
    ("Conseil aux parents : regardez avec vos enfants qui les contacte en ligne", ""),
    ("En tant qu'éducateur je suis des jeunes de 12 à 17 ans", ""),
    ("Je surveille la cantine le midi, c'est sportif", ""),
    ("On a fait une séance sur le cyberharcèlement avec les 5e", ""),
    ("Si quelqu'un te propose des robux contre des photos, bloque-le et parles-en", ""),
    ("J'étais en 3e en 2005, le brevet était plus simple", ""),
    ("Notre collège organise une réunion sur les écrans jeudi", ""),
    ("Je suis professeur principal des 3e B cette année", ""),
    ("« L'âge n'est qu'un chiffre » : voilà ce que disent les prédateurs, méfiez-vous", ""),
    ("Mes élèves de seconde passent en première, ça grandit vite", ""),
]

VOICES: dict[str, Lines] = {
    "emma_snap": EMMA_SNAP,
    "theo_11": THEO_11,
    "ines_1ere": INES_1ERE,
    "suisse_ado": SUISSE_ADO,
    "dakar_ado": DAKAR_ADO,
    "maxence_minecraft": MAXENCE_MINECRAFT,
    "lea_cm2": LEA_CM2,
    "reunion_ado": REUNION_ADO,
    "groomer_mentor": GROOMER_MENTOR,
    "groomer_romantique": GROOMER_ROMANTIQUE,
    "groomer_streamer": GROOMER_STREAMER,
    "groomer_voisin": GROOMER_VOISIN,
    "groomer_formel": GROOMER_FORMEL,
    "faux_lyceen": FAUX_LYCEEN,
    "groomer_nuit": GROOMER_NUIT,
    "groomer_fan": GROOMER_FAN,
    "groomer_ami_famille": GROOMER_AMI_FAMILLE,
    "grands_parents": GRANDS_PARENTS,
    "parents_groupe": PARENTS_GROUPE,
    "adultes_rencontre": ADULTES_RENCONTRE,
    "educ_prof": EDUC_PROF,
}

# ------------------------------------------------------------------ conversations

CONVERSATIONS: Conversations = [
    # an age or school question, then a bare or sideways answer
    (
        "groomer_formel",
        "emma_snap",
        [
            ("A", "Bonsoir mademoiselle", ""),
            ("B", "bsr", ""),
            ("A", "Quel âge as-tu ?", ""),
            ("B", "14 pk", "md"),
        ],
    ),
    (
        "groomer_voisin",
        "theo_11",
        [
            ("A", "salut bonhomme", ""),
            ("B", "salut", ""),
            ("A", "t'as quel âge ?", ""),
            ("B", "onze", "md"),
        ],
    ),
    (
        "groomer_mentor",
        "ines_1ere",
        [
            ("A", "Tu es en quelle classe ?", ""),
            ("B", "en première", "md"),
        ],
    ),
    (
        "groomer_streamer",
        "maxence_minecraft",
        [
            ("A", "tu es majeur ?", ""),
            ("B", "nn", "md"),
        ],
    ),
    (
        "groomer_romantique",
        "suisse_ado",
        [
            ("A", "Tu as quel âge ma belle ?", ""),
            ("B", "13 et demi", "md"),
        ],
    ),
    (
        "groomer_formel",
        "dakar_ado",
        [
            ("A", "Tu travailles ou tu vas à l'école ?", ""),
            ("B", "je suis au CEM", "md"),
        ],
    ),
    (
        "groomer_voisin",
        "emma_snap",
        [
            ("A", "t'as 18 ans au moins ?", ""),
            ("B", "pas encore mdr", "md"),
        ],
    ),
    (
        "groomer_streamer",
        "theo_11",
        [
            ("A", "t'es né en quelle année ?", ""),
            ("B", "2015", "md"),
        ],
    ),
    (
        "groomer_mentor",
        "maxence_minecraft",
        [
            ("A", "tu es en quelle année ?", ""),
            ("B", "5eme", "md"),
        ],
    ),
    (
        "groomer_romantique",
        "ines_1ere",
        [
            ("A", "Tu es majeure ?", ""),
            ("B", "presque, en août", "md"),
        ],
    ),
    (
        "faux_lyceen",
        "suisse_ado",
        [
            ("A", "t en quelle classe", ""),
            ("B", "10H", "md"),
        ],
    ),
    (
        "groomer_formel",
        "theo_11",
        [
            ("A", "Quel âge as-tu ?", ""),
            ("B", "1️⃣1️⃣", "md"),
        ],
    ),
    (
        "groomer_voisin",
        "dakar_ado",
        [
            ("A", "tu as quel âge", ""),
            ("B", "quinze ans bientôt seize", "md"),
        ],
    ),
    (
        "groomer_streamer",
        "emma_snap",
        [
            ("A", "ta quel age", ""),
            ("B", "jte dis pas", ""),
            ("A", "allez", ""),
            ("B", "bon 14", "md"),
        ],
    ),
    # moves after a disclosure
    (
        "groomer_romantique",
        "emma_snap",
        [
            ("A", "coucou toi", ""),
            ("B", "cc", ""),
            ("A", "t'as quel âge ?", ""),
            ("B", "14", "md"),
            ("A", "tu es vraiment jolie tu sais", "gr"),
            ("A", "ça reste entre nous ce qu'on se dit ?", ""),
        ],
    ),
    (
        "groomer_mentor",
        "theo_11",
        [
            ("A", "Tu es en quelle classe ?", ""),
            ("B", "6e", "md"),
            ("A", "Je peux t'aider pour tes devoirs, viens chez moi après l'école", "gr"),
        ],
    ),
    (
        "groomer_streamer",
        "maxence_minecraft",
        [
            ("A", "gg pour la partie", ""),
            ("B", "merci", ""),
            ("A", "tu as quel âge ?", ""),
            ("B", "12", "md"),
            ("A", "je t'offre un compte premium si tu viens sur mon discord", "gr"),
            ("A", "ajoute moi : streamer_nox#2231", "op"),
        ],
    ),
    (
        "groomer_formel",
        "ines_1ere",
        [
            ("A", "Bonsoir jeune fille", ""),
            ("B", "bonsoir", ""),
            ("A", "Tu es étudiante ?", ""),
            ("B", "non, lycéenne, en première", "md"),
            ("A", "Tu sembles bien plus mûre que les filles de ton âge", "gr"),
            ("A", "Nous pourrions prendre un café, sans le dire à tes parents", ""),
        ],
    ),
    (
        "groomer_voisin",
        "suisse_ado",
        [
            ("A", "salut, tu habites vers Onex ?", ""),
            ("B", "oui, je suis au cycle là-bas", "md"),
            ("A", "je te vois passer le matin, je peux te prendre en voiture", "gr"),
        ],
    ),
    (
        "groomer_romantique",
        "dakar_ado",
        [
            ("A", "Bonsoir ma reine", ""),
            ("B", "bonsoir", ""),
            ("A", "Tu as quel âge ?", ""),
            ("B", "j'ai 15 ans", "md"),
            ("A", "L'âge n'est qu'un chiffre, je t'aime déjà", "gr"),
            ("A", "Donne-moi ton WhatsApp, on sera tranquilles", "op"),
        ],
    ),
    (
        "groomer_streamer",
        "theo_11",
        [
            ("A", "t'es fort à fortnite toi", ""),
            ("B", "merci jsuis en 6e", "md"),
            ("A", "je te paie le passe de combat si tu m'envoies une photo de toi", "gr"),
        ],
    ),
    (
        "groomer_mentor",
        "emma_snap",
        [
            ("A", "Tu as besoin d'aide pour le brevet ?", ""),
            ("B", "grave jsuis nulle en maths", "md"),
            ("A", "Je t'aide gratuitement, mais tes parents n'ont pas besoin de le savoir", "gr"),
            ("A", "On continue sur Snap ?", "op"),
        ],
    ),
    # moves before a disclosure
    (
        "groomer_romantique",
        "ines_1ere",
        [
            ("A", "tu es magnifique sur ta photo", ""),
            ("B", "merci", ""),
            ("A", "tu me plais beaucoup, on pourrait se voir", ""),
            ("B", "je sais pas, j'ai 16 ans", "md,gr"),
        ],
    ),
    (
        "groomer_formel",
        "maxence_minecraft",
        [
            ("A", "Tes parents sont à la maison ?", ""),
            ("B", "non ils travaillent", ""),
            ("A", "Tu es donc seul. Veux-tu un cadeau ?", "gr"),
            ("B", "jsuis en 5e jsais pas si j'ai le droit", "md"),
        ],
    ),
    # probes and moves with no stated age
    (
        "groomer_voisin",
        "emma_snap",
        [
            ("A", "tu finis les cours à quelle heure ?", ""),
            ("B", "pk", ""),
            ("A", "je peux t'attendre devant et te ramener", "gr"),
        ],
    ),
    (
        "groomer_formel",
        "dakar_ado",
        [
            ("A", "Quel âge as-tu ?", ""),
            ("B", "pourquoi", ""),
            ("A", "Par curiosité. Je peux t'envoyer du crédit si tu veux", "gr"),
            ("A", "Et garde ça pour toi", ""),
        ],
    ),
    (
        "groomer_streamer",
        "maxence_minecraft",
        [
            ("A", "tes parents regardent tes messages ?", ""),
            ("B", "non", ""),
            ("A", "cool, viens en vocal ce soir, rien que nous deux", "gr"),
        ],
    ),
    (
        "groomer_romantique",
        "suisse_ado",
        [
            ("A", "t'es en quelle classe ?", ""),
            ("B", "pourquoi ?", ""),
            ("A", "pour savoir. t'es trop mignonne", "gr"),
        ],
    ),
    # a disclosure, then the adult backs off
    (
        "adultes_rencontre",
        "theo_11",
        [
            ("A", "salut tu fais quoi ici ?", ""),
            ("B", "je m'ennuie j'ai 11 ans", "md"),
            ("A", "ce site c'est pour les adultes, va jouer ailleurs et parle à tes parents", ""),
        ],
    ),
    (
        "adultes_rencontre",
        "emma_snap",
        [
            ("A", "t'as quel âge ?", ""),
            ("B", "14", "md"),
            ("A", "ah non désolée, bonne soirée, fais attention à toi", ""),
        ],
    ),
    (
        "educ_prof",
        "dakar_ado",
        [
            ("A", "Bonsoir, tu es sur un site pour adultes, tu le sais ?", ""),
            ("B", "je suis en 4ème je savais pas", "md"),
            ("A", "Alors déconnecte-toi, et si quelqu'un te contacte, parles-en à tes parents", ""),
        ],
    ),
    # minors among themselves
    (
        "emma_snap",
        "ines_1ere",
        [
            ("A", "t'as quel âge ?", ""),
            ("B", "16 et toi", "md"),
            ("A", "14 on est pas loin", "md"),
        ],
    ),
    (
        "theo_11",
        "maxence_minecraft",
        [
            ("A", "tu es en quelle classe", ""),
            ("B", "5eme", "md"),
            ("A", "moi 6e", "md"),
        ],
    ),
    (
        "suisse_ado",
        "dakar_ado",
        [
            ("B", "je suis en 4ème au CEM", "md"),
            ("A", "moi en 10H c'est pareil je crois", "md"),
        ],
    ),
    # adults among adults
    (
        "adultes_rencontre",
        "adultes_rencontre",
        [
            ("A", "tu as quel âge ?", ""),
            ("B", "28 et toi", ""),
            ("A", "33", ""),
            ("A", "on se voit jeudi ?", ""),
        ],
    ),
    (
        "adultes_rencontre",
        "adultes_rencontre",
        [
            ("A", "t'es majeure ?", ""),
            ("B", "oui 24 ans", ""),
            ("A", "t'as snap ?", "op"),
        ],
    ),
    (
        "parents_groupe",
        "parents_groupe",
        [
            ("A", "Vos enfants sont en quelle classe ?", ""),
            ("B", "4e et CM1", ""),
            ("A", "Les miens en 6e et en 3e, le brevet cette année", ""),
        ],
    ),
    (
        "parents_groupe",
        "parents_groupe",
        [
            ("A", "Ta fille a quel âge maintenant ?", ""),
            ("B", "13 ans, elle entre en 4e", ""),
            ("A", "Ça passe tellement vite", ""),
        ],
    ),
    (
        "educ_prof",
        "parents_groupe",
        [
            ("A", "Bonjour, je suis le professeur principal de votre fils", ""),
            ("B", "Bonjour, il y a un souci ?", ""),
            ("A", "Non, je voulais vous parler de son orientation après la 3e", ""),
        ],
    ),
    (
        "adultes_rencontre",
        "educ_prof",
        [
            ("A", "tu bosses dans quoi ?", ""),
            ("B", "je suis prof en collège, des 5e surtout", ""),
            ("A", "courage haha", ""),
        ],
    ),
    (
        "adultes_rencontre",
        "adultes_rencontre",
        [
            ("A", "tu es étudiante ?", ""),
            ("B", "oui en L2 de droit, 20 ans", ""),
            ("A", "moi en master, on est voisins de fac alors", ""),
        ],
    ),
    # a school question answered by an adult
    (
        "groomer_voisin",
        "adultes_rencontre",
        [
            ("A", "t'es au lycée toi ?", ""),
            ("B", "mdr non j'ai 27 ans", ""),
            ("A", "ah pardon", ""),
        ],
    ),
    # longer arcs
    (
        "groomer_mentor",
        "maxence_minecraft",
        [
            ("A", "Salut, je t'ai vu demander de l'aide en maths", ""),
            ("B", "ouais jcomprends rien aux fractions", ""),
            ("A", "Tu es en quelle classe ?", ""),
            ("B", "5eme", "md"),
            (
                "A",
                "Je peux te donner des cours gratuits, tu es très intelligent pour ton âge",
                "gr",
            ),
            ("A", "Mais ne le dis pas à tes parents, ils voudraient me payer", ""),
            ("A", "Viens sur WhatsApp, c'est plus simple", "op"),
        ],
    ),
    (
        "groomer_romantique",
        "emma_snap",
        [
            ("A", "Bonsoir", ""),
            ("B", "bsr", ""),
            ("A", "Tu as l'air d'être quelqu'un de très spécial", ""),
            ("B", "mdr merci", ""),
            ("A", "Tu vas au lycée ?", ""),
            ("B", "non jsuis en 3e", "md"),
            ("A", "Tu fais tellement plus mûre", "gr"),
            ("A", "On pourrait se parler tous les soirs, mais en secret", ""),
        ],
    ),
    (
        "groomer_formel",
        "suisse_ado",
        [
            ("A", "Bonjour", ""),
            ("B", "salut", ""),
            ("A", "Es-tu seule chez toi ?", ""),
            ("B", "oui ma maman travaille", ""),
            ("A", "Envoie-moi une photo de ta chambre, et de toi", "gr"),
            ("B", "j'ai 12 ans je peux pas", "md"),
        ],
    ),
    (
        "faux_lyceen",
        "emma_snap",
        [
            ("A", "slt t'as quel age", ""),
            ("B", "14 et toi", "md"),
            ("A", "16 mdr", "md"),
            ("A", "t'as snap ?", "op"),
            ("A", "envoie une photo mais montre pas nos messages a ta mere", "gr"),
        ],
    ),
    (
        "groomer_streamer",
        "dakar_ado",
        [
            ("A", "Tu regardes mes lives ?", ""),
            ("B", "oui tout le temps", ""),
            ("A", "Tu as quel âge ?", ""),
            ("B", "13", "md"),
            ("A", "Je vais t'envoyer de l'argent pour ton téléphone, c'est notre secret", "gr"),
            ("A", "Passe sur Telegram", "op"),
        ],
    ),
    (
        "groomer_voisin",
        "theo_11",
        [
            ("A", "Tu rentres seul de l'école ?", ""),
            ("B", "oui je suis grand", "md"),
            ("A", "Je peux te raccompagner, je te donnerai des bonbons", "gr"),
            ("B", "j'ai 11 ans j'ai pas besoin", "md"),
        ],
    ),
    (
        "groomer_nuit",
        "lea_cm2",
        [
            ("A", "coucou t'es encore debout ?", ""),
            ("B", "oui", ""),
            ("A", "t'as quel âge ?", ""),
            ("B", "10", "md"),
            ("A", "reste avec moi, tes parents sont couchés ?", "gr"),
        ],
    ),
    (
        "groomer_fan",
        "emma_snap",
        [
            ("A", "t'aimes BTS ? moi aussi !!", ""),
            ("B", "ouiii jimin 😍", ""),
            ("A", "t'es au lycée ?", ""),
            ("B", "non en 3e", "md"),
            ("A", "je t'offre l'album, donne moi ton adresse", "gr"),
        ],
    ),
    (
        "groomer_ami_famille",
        "ines_1ere",
        [
            ("A", "Coucou, c'est Marc, l'ami de ton père", ""),
            ("B", "ah bonjour", ""),
            ("A", "Tu es devenue bien jolie, ne dis pas à ton père que je t'écris", "gr"),
        ],
    ),
    (
        "groomer_nuit",
        "reunion_ado",
        [
            ("A", "t'es réveillé ?", ""),
            ("B", "wi mi lé la", ""),
            ("A", "t'as quel âge ?", ""),
            ("B", "14", "md"),
            ("A", "envoie une photo de toi dans ton lit", "gr"),
        ],
    ),
    (
        "groomer_fan",
        "theo_11",
        [
            ("A", "tu aimes les pokémon ?", ""),
            ("B", "oui j'ai toutes les cartes", ""),
            ("A", "je te donne ma collection si tu viens la chercher chez moi", ""),
            ("B", "je demande à maman ?", "md"),
            ("A", "non pas besoin, c'est notre secret", "gr"),
        ],
    ),
    (
        "grands_parents",
        "parents_groupe",
        [
            ("A", "Tu as des petits-enfants ?", ""),
            ("B", "Oui, trois, de 4 à 12 ans", ""),
            ("A", "La mienne entre en 6e, elle a déjà un téléphone", ""),
        ],
    ),
    (
        "lea_cm2",
        "theo_11",
        [
            ("A", "t'es en quelle classe ?", ""),
            ("B", "6e et toi", "md"),
            ("A", "cm2", "md"),
        ],
    ),
    # unasked disclosures
    (
        "educ_prof",
        "ines_1ere",
        [
            ("B", "je suis en première et un mec plus vieux me harcèle sur insta", "md"),
            ("A", "Bloque-le et garde les captures, tu peux appeler le 3018", ""),
        ],
    ),
    (
        "adultes_rencontre",
        "maxence_minecraft",
        [
            ("B", "quelqu'un veut jouer ? mes parents sont partis", ""),
            ("A", "t'as quel âge ?", ""),
            ("B", "douze", "md"),
        ],
    ),
]


def build() -> str:
    return jsonl(rows(VOICES, CONVERSATIONS, "conv3t"), "child-train3")


def main() -> int:
    text = build()
    OUT.write_text(text)
    print(f"{OUT.relative_to(ROOT)}: {text.count(chr(10))} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
