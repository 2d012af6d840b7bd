"""rules-6 for the non-child labels (session 6, "riskother6"): word classes and structures
for phrasings no training file has, each family with the innocent senses next to it."""

from __future__ import annotations

import pytest

from papote.domain.risk.detector import analyse

# (label, text): each must raise its label. None of these lines is in data/risk.
RAISES = [
    # threat: a first person coming to you with a crew or a weapon, or on a condition
    ("threat", "si t'as pas rendu le fric vendredi je passe chez toi avec mes cousins"),
    ("threat", "on débarque chez toi avec une batte tu vas comprendre"),
    ("threat", "tant que tu rembourses pas, on viendra chez toi"),
    ("threat", "je vais t'envoyer mes gars"),
    # threat: where you end up, what you will pay
    ("threat", "toi tu vas finir dans un sac"),
    ("threat", "tu vas finir six pieds sous terre"),
    ("threat", "ça va mal finir pour toi"),
    ("threat", "tu vas me le payer"),
    ("threat", "tu sais pas à qui t'as affaire"),
    ("threat", "je connais des gars qui peuvent te retrouver"),
    ("threat", "si tu parles encore de moi je te défonce"),
    ("threat", "je te plante si je te croise"),
    ("threat", "je vais te refaire le portrait"),
    # threat: "it" published to an audience, blackmail
    ("threat", "200€ et personne ne la verra, sinon je l'envoie à tes collègues"),
    ("threat", "envoie l'argent sinon je mets ça sur tous les groupes"),
    ("threat", "je vais les envoyer à ta femme"),
    ("threat", "je vais tout raconter à ta femme sauf si tu payes"),
    ("threat", "tes parents vont voir tes photos si tu continues à m'ignorer"),
    # self_harm: wanting to be gone, hurting oneself with something, farewells
    ("self_harm", "j'ai plus envie d'être là"),
    ("self_harm", "je voudrais juste ne jamais me réveiller"),
    ("self_harm", "j'aimerais ne jamais être née"),
    ("self_harm", "je veux que tout s'arrête"),
    ("self_harm", "je veux disparaître"),
    ("self_harm", "je me brûle avec mon briquet pour oublier"),
    ("self_harm", "je me frappe la tête contre les murs"),
    ("self_harm", "ça me soulage de me couper"),
    ("self_harm", "vous me reverrez plus, pardon pour tout"),
    ("self_harm", "j'ai écrit des lettres pour ma famille"),
    ("self_harm", "ma vie n'a plus aucun sens"),
    ("self_harm", "je vois plus l'intérêt de continuer"),
    ("self_harm", "je pense à la mort tout le temps"),
    ("self_harm", "ce serait plus simple pour tout le monde si je n'étais plus là"),
    ("self_harm", "je suis un poids pour ma famille"),
    # hate: a ban, an expulsion, "should not exist"
    ("hate", "on devrait interdire les mosquées et virer tous les musulmans"),
    ("hate", "faut expulser tous les roms"),
    ("hate", "les trisomiques ça devrait pas naître"),
    ("hate", "les pd on devrait les pendre"),
    ("hate", "les musulmanes voilées ça devrait être interdit de sortir"),
    ("hate", "ces gens-là sont des animaux, renvoyez-les chez eux"),
    # drugs: the dealer sought, the product praised, more names
    ("drugs", "je cherche un dealer fiable sur Lyon"),
    ("drugs", "t'as le num d'un plug ?"),
    ("drugs", "mon plug est passé ce matin"),
    ("drugs", "ma came est la meilleure du secteur"),
    ("drugs", "qui a de la molly pour samedi"),
    # harassment: an address, more insults
    ("harassment", "espèce de chien, dégage"),
    ("harassment", "retourne dans ton trou bouffon"),
    ("harassment", "tu es bête comme tes pieds"),
    ("harassment", "t'es qu'une larve"),
    ("harassment", "t'es vraiment pathétique"),
    ("harassment", "tu me dégoûtes"),
    ("harassment", "on t'a pas sonné"),
    # scam_spam: money for money, yields, easy money, loans
    ("scam_spam", "investis 100€ et récupère 1000€ en une semaine"),
    ("scam_spam", "15% de rendement par mois garanti"),
    ("scam_spam", "j'ai gagné 3000€ en une semaine grâce à cette appli"),
    ("scam_spam", "tu veux te faire de l'argent facilement ? écris-moi en mp"),
    ("scam_spam", "prêt entre particuliers sans frais"),
    ("scam_spam", "missions simples depuis ton téléphone, 50€ par jour"),
    # prostitution: paid meetings, tariffs, procuring
    ("prostitution", "soirée privée avec hôtesses, participation 300 euros"),
    ("prostitution", "rencontre contre un petit billet"),
    ("prostitution", "c'est quoi tes tarifs pour la nuit ?"),
    ("prostitution", "je peux te trouver des filles pour ce soir"),
    ("prostitution", "jolie brune de passage à Lille, reçoit en appart"),
    # sexual_solicitation
    ("sexual_solicitation", "tu portes quoi là ?"),
    ("sexual_solicitation", "ça te dirait de monter boire un dernier verre ?"),
    ("sexual_solicitation", "j'ai envie de te déshabiller"),
    ("sexual_solicitation", "envie de câlins ce soir, une femme dispo ?"),
    ("sexual_solicitation", "couple libertin cherche complice"),
    ("sexual_solicitation", "je suis chaud ce soir, quelqu'un ?"),
    ("sexual_solicitation", "je suis mariée mais mon mari en saura rien, on se voit ?"),
    # off_platform: elsewhere, a video call, a handle with an app
    ("off_platform", "on en parle sur WhatsApp ?"),
    ("off_platform", "on continue sur une autre appli ?"),
    ("off_platform", "vient sur snap on sera plus tranquille"),
    ("off_platform", "on se fait un facetime ce soir ?"),
    ("off_platform", "trouve-moi sur insta, je suis @lune.rose"),
    ("off_platform", "t'es sur insta ?"),
    ("off_platform", "mon snap c'est lunebleue"),
    ("off_platform", "la carte est dispo sur telegram, coke et plus"),
]

# Written from other-train-6 (rules-6, second part): classes seen in the independent
# writers' training voices, tested on phrasings of our own.
RAISES += [
    ("off_platform", "ajoute-moi su messenger, je suis au nom de Léo"),
    ("off_platform", "t'as-tu kik ?"),
    ("off_platform", "mon pseudo psn c'est le même"),
    ("off_platform", "on continue sur le réseau fantôme ?"),
    ("sexual_solicitation", "tu préfères chez toi ou chez moi ?"),
    ("sexual_solicitation", "j'ai l'appart pour moi tout seul ce soir"),
    ("sexual_solicitation", "envoie une photo un peu osée"),
    ("sexual_solicitation", "un dernier verre chez moi ? 😏"),
    ("prostitution", "câlins payants, 60 pour 30 min"),
    ("prostitution", "je te paie 200 pour une nuit"),
    ("prostitution", "combien pour une pipe ?"),
    ("prostitution", "250 🌹 la nuit"),
    ("drugs", "t'as pas un contact pour du jaune ?"),
    ("drugs", "où on peut choper du ghb ?"),
    ("drugs", "❄️ 1g 70 / 5g 300"),
    ("scam_spam", "envoyez-moi des cartes iTunes pour que je puisse vous appeler"),
    ("scam_spam", "gagne de l'argent en regardant des pubs"),
    ("scam_spam", "votre colis est bloqué, réglez 2€ sur colis-info.example.test"),
    ("scam_spam", "crédit rapide sans justificatif"),
    ("threat", "ce serait dommage qu'il arrive quelque chose à ta voiture"),
    ("threat", "les balances, on sait ce qui leur arrive"),
    ("threat", "tu veux que ton mari voie ces photos ?"),
    ("threat", "ou la vidéo sera envoyée à tous tes contacts"),
    ("threat", "tu vas te prendre une droite"),
    ("self_harm", "je pense au suicide tous les jours"),
    ("self_harm", "combien de cachets pour ne plus se réveiller"),
    ("self_harm", "j'ai acheté de quoi en finir"),
    ("self_harm", "si demain je suis plus là, dites-leur que je les aime"),
    ("harassment", "je vais t'écrire tous les jours jusqu'à ce que tu répondes"),
    ("harassment", "on a fait un groupe pour se moquer de toi"),
    ("harassment", "ta vie est pathétique"),
    ("hate", "les immigrés volent nos boulots"),
    ("hate", "qu'ils retournent dans leur pays"),
    ("hate", "retourne à la cuisine"),
]

# (label, text): the innocent sense next to each family; the label must stay down.
QUIET = [
    ("threat", "je passe chez toi avec mes potes pour l'apéro"),
    ("threat", "si tu veux je viens chez toi avec des croissants"),
    ("threat", "si tu continues à fumer tu vas finir à l'hôpital"),
    ("threat", "je te tue à Mario Kart ce soir"),
    ("threat", "t'es mort dans le jeu, attends la prochaine manche"),
    ("threat", "je l'envoie à tes collègues, le planning de la semaine"),
    ("threat", "tu me casses les pieds"),
    ("threat", "je te casse la tête avec mes histoires, pardon"),
    ("self_harm", "je veux disparaître sous ma couette tout le week-end"),
    ("self_harm", "je veux disparaître de ce groupe, trop de notifs"),
    ("self_harm", "je me suis coupée avec le papier, ça fait mal"),
    ("self_harm", "je me suis brûlée avec le four en cuisinant"),
    ("self_harm", "si tu penses à la mort tout le temps, appelle le 3114"),
    ("self_harm", "c'est mon dernier jour de stage demain"),
    ("self_harm", "je vais mourir sans mon tel"),
    ("self_harm", "dans le film, le héros voit plus l'intérêt de vivre"),
    ("hate", "le parti veut expulser les migrants, c'est un scandale"),
    ("hate", "les trans ont le droit d'exister"),
    ("drugs", "je cherche un fournisseur d'énergie moins cher"),
    ("drugs", "mon plug électrique est cassé"),
    ("drugs", "la police a arrêté le dealer du quartier"),
    ("harassment", "une espèce de champignon pousse dans le jardin"),
    ("harassment", "c'est une espèce protégée"),
    ("harassment", "sale gosse va, t'as encore mangé mes chips"),
    ("harassment", "il m'a traitée de larve, je fais quoi ?"),
    ("scam_spam", "je t'envoie 20€ pour le loyer et tu me rends 10€ demain"),
    ("scam_spam", "les soldes : 30% par semaine de remise"),
    ("scam_spam", "un prêt entre particuliers, méfiez-vous des arnaques"),
    ("prostitution", "hôtesse d'accueil pour un salon professionnel, 12€ de l'heure"),
    ("prostitution", "je peux te trouver des filles pour ton équipe de foot ?"),
    ("sexual_solicitation", "tu portes quoi pour le mariage samedi ?"),
    ("sexual_solicitation", "je suis chaud pour un five ce soir"),
    ("sexual_solicitation", "jsuis chaud ce soir, qui vient boire une bière ?"),
    ("sexual_solicitation", "cherche partenaire de tennis sur Rouen"),
    ("sexual_solicitation", "plan cul payant ce soir, 100€"),  # prostitution, not solicitation
    ("off_platform", "mon snap est plein de photos de mon chat"),
    ("off_platform", "mon insta c'est pas ouf"),
    ("off_platform", "ne passez jamais sur une autre appli avec un inconnu"),
    ("off_platform", "j'suis plus sur snap"),
    ("off_platform", "on s'écrit par mail quand il peut"),
    ("off_platform", "on a fait un groupe whatsapp pour la rando avec le club"),
    ("sexual_solicitation", "je passe en seconde l'année prochaine 😏"),
    ("sexual_solicitation", "si quelqu'un menace de diffuser vos photos intimes, appelez le 3018"),
    ("sexual_solicitation", "on a fait un plan à trois jours à Amsterdam entre copines"),
    ("prostitution", "cours de maths, 30 pour une heure"),
    ("prostitution", "Escort girl, le film, vous l'avez vu ?"),
    ("prostitution", "je vends mon vélo, paiement par carte cadeau"),
    ("drugs", "le cannabis est interdit, le chanvre industriel non"),
    ("drugs", "je te paye des cours de cheval"),
    ("drugs", "t'as de la chance"),
    ("scam_spam", "le site officiel c'est impots.gouv.fr, rien d'autre"),
    ("scam_spam", "je t'achète une carte psn si tu veux"),
    ("threat", "je connais ton adresse, je t'envoie la carte d'anniversaire"),
    ("threat", "tu vas prendre une claque au concert"),
    ("self_harm", "les idées suicidaires, il faut en parler"),
    ("self_harm", "il fait -30 à matin, j'vais mourir gelé"),
    ("self_harm", "je vais sauter en parachute du pont"),
    ("harassment", "ptdr t'es con"),
    ("harassment", "t'es une grosse folle jte kiffe"),
    ("hate", "le grand remplacement, c'est une théorie du complot"),
]


CASES = [(label, text, True) for label, text in RAISES] + [
    (label, text, False) for label, text in QUIET
]


@pytest.mark.parametrize(("label", "text", "raised"), CASES)
def test_the_label_is_raised_or_stays_down(label: str, text: str, raised: bool) -> None:
    assert (label in analyse(text).labels()) is raised, text


def test_an_insult_inside_a_threat_of_violence_is_the_threat() -> None:
    labels = analyse("je vais te planter sale fdp").labels()
    assert "threat" in labels
    assert "harassment" not in labels
    # a threat to publish keeps both labels; an insult alone stays harassment
    both = analyse("je vais publier tes photos partout sale pute").labels()
    assert {"threat", "harassment"} <= set(both)
    assert "harassment" in analyse("sale fdp").labels()


def test_a_paid_offer_is_prostitution_not_solicitation() -> None:
    labels = analyse("plan cul payant ce soir, 100€ ?").labels()
    assert "prostitution" in labels
    assert "sexual_solicitation" not in labels
    assert "sexual_solicitation" in analyse("plan cul ce soir ?").labels()
