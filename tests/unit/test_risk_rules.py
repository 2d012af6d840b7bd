"""Each rule of the risk detector fires on what it is for, and the issue's hard cases
(and more) fire nothing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.detect.evaluate import judge_text, judge_turns
from papote.domain.risk.detector import _PREFILTER, RULE_SOURCE, RuleDetector, analyse
from papote.domain.risk.normalize import normalise
from papote.domain.risk.rules import LABELS, RULES

# One message per rule, typed as people type (the rule must be the one that fires).
EXAMPLES = {
    "minor_disclosure.age_stated": "jai 1 4 ans",
    "minor_disclosure.age_suis": "je suis une fille de douze ans",
    "minor_disclosure.age_opening": "13 ans et je m'ennuie",
    "minor_disclosure.asv_answer": "14/f/lyon",
    "minor_disclosure.turning": "je viens d'avoir 15 ans",
    "minor_disclosure.age_bare_stated": "g ke 13 mdr",
    "minor_disclosure.age_intro": "moi c'est Inès, 14 ans",
    "minor_disclosure.birth_year": "chui née en 2012",
    "minor_disclosure.too_young": "trop jeune pour ce site mais bon",
    "minor_disclosure.asv_sex_first": "f 14 toulon",
    "minor_disclosure.pupil": "jsuis collégienne",
    "minor_disclosure.grade_context": "contrôle de maths demain en 4e, ma prof est sévère",
    "minor_disclosure.fete_age": "je fête mes 13 ans samedi",
    "minor_disclosure.mineur": "jsuis minEUre",
    "minor_disclosure.pas_majeur": "j'ai pas encore 18 ans",
    "minor_disclosure.school_grade": "chui en 4ème",
    "minor_disclosure.school_place": "je vais au collège à Nantes",
    "minor_disclosure.brevet": "je passe le brevet en juin",
    "grooming.secret": "c'est notre petit secret, dis rien à tes parents",
    "grooming.mature": "t'es trop mature pour ton âge",
    "grooming.age_gap": "l'âge c'est juste un chiffre",
    "grooming.lie_age": "dis que t'as 18 ans si on te demande",
    "grooming.pickup_school": "je peux venir te chercher à la sortie du collège",
    "grooming.gift_currency": "je peux t'offrir des v-bucks",
    "grooming.isolation": "tes parents te comprennent pas, moi je te comprends",
    "grooming.tell_no_one": "montre pas nos messages à ta daronne",
    "grooming.parents_must_not_know": "faut pa ke tes parents le sachent",
    "grooming.delete_for_secrecy": "efface la conv pour que ta mère la voie pas",
    "grooming.between_us": "ça reste entre nous, même pas à ta meilleure amie",
    "grooming.mature_for_age": "t tellement mûre, rien à voir avec les filles de ton âge",
    "grooming.age_gap_nothing": "t'inquiète pour l'écart d'âge",
    "grooming.lie_coaching": "dis à ta mère que tu dors chez une copine",
    "grooming.gift_offer": "je te recharge ton forfait si tu veux",
    "grooming.wait_after_school": "je peux t'attendre à la sortie du collège",
    "grooming.parents_watch": "tes parents vérifient ton téléphone ?",
    "grooming.only_me": "personne te comprend mieux que moi",
    "grooming.photo_school": "envoie une photo de toi en sortant du lycée",
    "grooming.discreet_app": "viens sur telegram c'est plus discret",
    "off_platform.add_me": "ajoute moi sur sn4p",
    "off_platform.move_to": "on passe sur télégram ?",
    "off_platform.dm_app": "viens en privé sur insta",
    "off_platform.ask_handle": "t'as snap ?",
    "off_platform.give_handle": "mon snap c'est papillon_bleu42",
    "off_platform.app_handle": "insta: nuage.rose77",
    "off_platform.at_handle": "ajoute moi @renard_gris",
    "off_platform.my_number": "voici mon num",
    "off_platform.email": "écris à lune_vert12@example.test",
    "off_platform.invite": "rejoins mon serveur discord",
    "sexual_solicitation.plan": "plan d'un soir ?",
    "sexual_solicitation.photo_hot": "envoie des photos coquines",
    "sexual_solicitation.cam": "cam to cam ?",
    "sexual_solicitation.want_sex": "tu veux passer la nuit avec moi ?",
    "sexual_solicitation.hot_tonight": "t'es chaude ?",
    "sexual_solicitation.coquin": "rencontre coquine ce soir",
    "harassment.insult_you": "t'es vraiment une conne",
    "harassment.shut_up": "ferme ta gueule",
    "harassment.insult_alone": "sale tocard va",
    "harassment.contempt": "tout le monde se fout de ta gueule",
    "threat.kill": "je vais te buter",
    "threat.know_where": "je sais où tu habites",
    "threat.sextortion": "sinon je publie tes photos",
    "threat.send_to_family": "je les envoie à tes parents",
    "threat.pay_or": "si tu paies pas tu vas voir",
    "threat.regret": "tu vas le regretter",
    "hate.slur": "sale gouine",
    "hate.group_attack": "les migrants sont tous des voleurs",
    "hate.death_to": "retourne dans ton pays",
    "scam_spam.easy_money": "argent facile depuis chez toi",
    "scam_spam.you_won": "félicitations vous avez gagné",
    "scam_spam.coupon": "envoie moi un code paysafecard",
    "scam_spam.promo_link": "clique ici https://promo.example.test",
    "scam_spam.promo_words": "casino en ligne bonus sans dépôt",
    "scam_spam.phishing": "votre compte va être suspendu, confirmez vos identifiants",
    "prostitution.roses": "150 roses la nuit",
    "prostitution.cadeau_code": "rdv avec cadeau",
    "prostitution.tarif": "escort dispo ce soir",
    "drugs.sell": "je vends de la beuh",
    "drugs.menu": "🍃 dispo livraison",
    "drugs.have_some": "g de la beuh dispo",
    "self_harm.want_die": "j'ai envie de mourir",
    "self_harm.self_cut": "je me scarifie",
    "self_harm.suicidal": "je pense au suicide",
    "self_harm.no_life": "j'ai plus envie de vivre",
    # rules-3: the non-child labels composed from word lists
    "harassment.you_are_insult": "t'es qu'une grosse merde",
    "harassment.insult_then_you": "bouffon va",
    "harassment.go_die": "va te pendre",
    "harassment.shut_up_you": "ferme ta bouche",
    "harassment.rejection": "personne t'aime ici",
    "harassment.pile_on": "on spamme Lina jusqu'à ce qu'elle quitte le salon",
    "threat.intent_harm": "je vais te casser les dents",
    "threat.harm_future": "je te retrouverai",
    "threat.find_you": "je vais te retrouver et tu vas comprendre",
    "threat.you_will_suffer": "tu vas finir à l'hôpital",
    "threat.home_family": "ta bagnole va cramer",
    "threat.know_where_you_live": "on sait où tu bosses",
    "threat.publish_pictures": "je vais balancer tes photos à tous tes contacts",
    "threat.pay_or_publish": "j'ai tes photos, tu paies 300€ sinon elles partent",
    "hate.group_dehumanised": "les migrants c'est des cafards",
    "hate.group_slogan": "le sida c'est bien fait pour les pédés",
    "hate.group_exterminate": "les trans faut les gazer",
    "hate.group_contempt": "les juifs contrôlent tout",
    "hate.slur_address": "sale bougnoule",
    "scam_spam.gain_per_day": "gagne 500€ par jour depuis chez toi",
    "scam_spam.multiply_money": "bitcoin x2 en 24h",
    "scam_spam.investment_pitch": "placement crypto garanti à 15% par mois",
    "scam_spam.phishing_link": "votre colis attend : https://colis.example.test",
    "scam_spam.click_here": "clique ici pour ton cadeau",
    "scam_spam.money_request": "mon amour envoie 500€ pour mon billet d'avion",
    "scam_spam.bank_mule": "prête-moi ta carte bleue, on partage",
    "scam_spam.spam_offer": "followers gratuits pour tous",
    "prostitution.price_per_time": "80€ la passe",
    "prostitution.roses_code": "150 roses et je suis à toi",
    "prostitution.price_time_context": "dispo ce soir, 200 l'heure",
    "prostitution.gift_code": "rdv seulement contre un petit cadeau",
    "prostitution.paid_sex_offer": "massage avec finition",
    "drugs.drug_trade": "qui vend de la coke ?",
    "drugs.drug_code": "de la blanche, 70 le g",
    "drugs.drug_scene": "on cherche des guetteurs, 100€ la journée",
    "drugs.drug_emoji": "🍃❄️💊 dispo, snap pour la carte",
    "self_harm.want_to_die": "je veux en finir ce soir",
    "self_harm.self_injury": "je me coupe les bras",
    "self_harm.overdose": "j'ai avalé toute la plaquette de doliprane",
    "self_harm.hopeless": "ça sert à rien que je sois là",
    "signal.age_question.how_old": "t'as quel âge ?",
    "signal.school_question.school": "t'es en quelle classe ?",
    "signal.parents_question.parents": "tes parents sont là ?",
    "signal.compliment.pretty": "t'es trop mignonne",
    "signal.photo_request.photo": "envoie moi une photo",
    "signal.meet.meet": "on se voit samedi ?",
    "signal.gift.gift": "tu veux de l'argent de poche ?",
    "signal.secrecy.secret": "supprime la conv après",
    "signal.isolation.isolation": "tes potes sont jaloux",
    "signal.bare_age.bare_age": "douze",
    "signal.bare_grade.bare_grade": "oui en 6e",
    "signal.adult_age.adult_age": "j'ai 34 ans",
    "signal.minor_context.minor_ctx": "mes parents veulent pas",
    # rules-3
    "minor_disclosure.moi_age": "mdrrr moi c 13 😂",
    "minor_disclosure.age_then_you": "14 et toi",
    "minor_disclosure.je_age": "jé 12 an",
    "minor_disclosure.born": "né en 2012 et toi",
    "minor_disclosure.school_life": "je rentre du clg je lance une game",
    "minor_disclosure.class_of": "la prof principale de ma classe de 4e est relou",
    "minor_disclosure.school_discipline": "ma prof de maths m'a mis une heure de colle",
    "minor_disclosure.brevet_life": "brevet blanc demain jvais me foirer",
    "minor_disclosure.too_young_here": "jsui tro jeune jsp",
    "grooming.gap_no_matter": "notre différence d'âge n'a aucune importance",
    "grooming.minor_waved_away": "t'as 13 ? pas grave j'aime bien les filles matures",
    "grooming.flattery_for_age": "t'es bonne pour une gamine de ton âge",
    "grooming.nobody_must_know": "personne doit savoir pour nous",
    "grooming.delete_traces": "pense à effacer nos messages après",
    "grooming.gift_for_photo": "robux contre une photo ?",
    "grooming.peers_belittled": "les garçons de ta classe sont bien trop immatures pour toi",
    "grooming.meet_at_school": "on se retrouve devant ton collège ?",
    "off_platform.offer_contact": "tu veux mon snap ?",
    "off_platform.bare_app": "go snap 👻",
    "off_platform.app_hidden": "telegram maintenant, ta mère verra rien",
    "off_platform.at_app": "follow moi @lune_bleue4",
    "off_platform.phone_cue": "appelle moi au 07-00-00-00-01",
    "off_platform.mail_spelled": "ecris moi : lea.loup4 (at) example.test",
    "sexual_solicitation.plan_now": "cherche plan ce soir sur lyon",
    "sexual_solicitation.who_is_hot": "qui est chaude ce soir ?",
    "sexual_solicitation.night_together": "ça te dit de finir la soirée chez moi ?",
    "sexual_solicitation.cuddles_tonight": "envie de câlins ce soir, qui est partante ?",
    "sexual_solicitation.webcam": "tu veux voir ma webcam ?",
    "sexual_solicitation.hookup": "femme mariée cherche amant discret",
    "sexual_solicitation.show_body": "montre-moi tes dessous",
    "sexual_solicitation.hotel": "on se retrouve à l'hôtel ce soir ?",
    "signal.maturity.maturity": "tu as l'air si mûre",
    "grooming.our_messages_secret": "montre pas nos msg a tes copines",
    "off_platform.have_app": "j'ai kik si tu veux",
    "off_platform.pseudo_on": "quel est ton pseudo sur instagram ?",
    "sexual_solicitation.night_offer": "ça te dit une nuit ensemble ?",
    "signal.alone.alone": "t'es seule ?",
    # rules-5
    "minor_disclosure.parents_rule": "mon pere veut pas que je sorte apres 19h",
    "minor_disclosure.punished": "chui punie jusqu'à lundi",
    "minor_disclosure.screen_rules": "j'ai droit à 1h d'écran le soir",
    "minor_disclosure.pupil_life": "j'ai oublié mon carnet de correspondance",
    "minor_disclosure.swiss_grade": "je suis en 9H harmos",
    "minor_disclosure.majority_ahead": "je serai majeur en décembre",
    "minor_disclosure.pupil_answer": "lycéen, et toi ?",
    "grooming.guardians_kept_out": "ta mère doit pas savoir qu'on se parle",
    "grooming.lie_to_guardians": "si ton père demande, dis que t'étais chez un pote",
    "grooming.guardians_belittled": "tes parents te comprennent pas, avec moi c'est différent",
    "grooming.age_gap_5": "quand tu auras 18 ans on pourra sortir ensemble",
    "grooming.mature_compared": "t'es bien plus mature que les filles de ta classe",
    "off_platform.discord_tag": "ajoute moi : pixel_fou#0042",
    "signal.child_frame.child_frame": "ton collège finit à quelle heure",
    "signal.parents_question.guardians_away": "tes parents rentrent tard ?",
    "signal.secrecy.secrecy_5": "personne n'en saura rien",
    "signal.gift.gift_5": "je te paie un truc si tu veux",
    "signal.photo_request.photo_5": "allume ta cam",
    "signal.meet.meet_5": "je peux te raccompagner",
    "signal.isolation.isolation_5": "moi je suis là pour toi",
    "signal.compliment.pretty_5": "une jolie fille comme toi",
    "signal.maturity.age_dismissed": "ton âge ? peu importe",
    "signal.alone.awake": "t'es encore debout ?",
    "signal.romance.romance": "je pense à toi",
    "signal.maturity.maturity_5": "t'es très mûre pour ton âge",
    "signal.majority_question.majority_question": "tu es majeure ?",
    "signal.negative_answer.no_answer": "non pas encore",
    "signal.minor_school_question.minor_school_question": "tu vas au lycée ?",
    "signal.positive_answer.yes_answer": "ouais",
    # rules-6, the other labels (riskother6)
    "threat.come_with_crew": "je passe chez toi avec mes cousins",
    "threat.you_end_up": "tu vas finir dans un sac",
    "threat.publish_it": "sinon je l'envoie à tes collègues",
    "threat.if_then_harm": "si tu parles je te défonce",
    "threat.tell_unless": "je vais tout raconter à ta femme sauf si tu payes",
    "self_harm.want_gone": "je veux que tout s'arrête",
    "self_harm.hurt_self_with": "je me brûle avec mon briquet",
    "self_harm.farewell": "j'ai écrit des lettres pour ma famille",
    "self_harm.no_meaning": "ma vie n'a plus de sens",
    "hate.group_ban": "faut expulser tous les roms",
    "hate.group_should_not": "les trisomiques ça devrait pas naître",
    "hate.people_like_them": "ces gens-là sont des animaux, renvoyez-les",
    "drugs.seek_dealer": "je cherche un dealer fiable",
    "drugs.product_praised": "ma came est la meilleure du secteur",
    "harassment.address_species": "espèce de chien",
    "scam_spam.money_for_money": "investis 100€ et récupère 1000€",
    "scam_spam.task_job": "missions simples depuis ton téléphone, 50€ par jour",
    "scam_spam.yield_promise": "15% de rendement par mois",
    "prostitution.private_party": "soirée privée avec hôtesses, participation 300 euros",
    "prostitution.paid_meeting": "rencontre contre un petit billet",
    "sexual_solicitation.sext_questions": "tu portes quoi là ?",
    "off_platform.elsewhere": "on continue sur une autre appli ?",
    "off_platform.your_handle": "t'es sur insta ?",
    "off_platform.contact_elsewhere": "écris-moi sur telegram plutôt",
    "sexual_solicitation.innuendo_proposal": "un verre chez moi ? 😏",
    "sexual_solicitation.sex_words": "on se fait des sextos ?",
    "prostitution.time_price": "massage 80 pour 30 min",
    "prostitution.pay_for_intimacy": "compagnie rémunérée, discrétion",
    "drugs.drug_seek": "qui vend du speed ici ?",
    "scam_spam.lure_domain": "ton colis t'attend, règle les frais sur suivi.example.test",
    "scam_spam.scam_classes": "donne-moi ton code de vérification",
    # session 7: threat.veiled, self_harm.self_harm_classes, harassment.persistent split
    "threat.veiled_pity": "ce serait dommage qu'il arrive quelque chose à ta voiture",
    "threat.veiled_your_back": "regarde bien derrière toi",
    "threat.veiled_what_happens": "tu sais ce qui arrive aux balances",
    "threat.veiled_if_you_care": "si tu tiens à ta vie, tais-toi",
    "threat.veiled_lucky": "t'as de la chance que je sois pas là sinon...",
    "threat.veiled_weapon": "j'ai un flingue pour toi",
    "threat.veiled_i_know": "je connais ta plaque",
    "threat.veiled_people": "je connais des gens qui te feraient regretter",
    "threat.veiled_spoken_harm": "m'as te casser la gueule",
    "threat.veiled_blow": "tu vas te prendre une droite",
    "threat.veiled_dox_wait": "je vais te doxer",
    "threat.veiled_come_and_see": "je passe chez toi ce soir, tu vas comprendre",
    "threat.veiled_end_badly": "si tu parles ça va mal finir",
    "threat.media_exposed": "tu veux que ta femme voie la vidéo ?",
    "self_harm.thinks_of_death": "je pense au suicide",
    "self_harm.tired_of_living": "je suis fatiguée de vivre",
    "self_harm.never_wake": "j'ai plus envie de me réveiller",
    "self_harm.wants_gone": "je veux juste m'effacer",
    "self_harm.kms": "je vais me kms",
    "self_harm.lethal_dose": "c'est quoi la dose létale",
    "self_harm.means_sought": "j'ai de quoi en finir",
    "self_harm.took_it_all": "j'ai pris toute ma boîte de cachets",
    "self_harm.nobody_notices": "personne remarquera si je disparais",
    "self_harm.death_easy": "mourir me paraît simple",
    "self_harm.cuts_burns": "je me fais des entailles",
    "self_harm.head_banging": "je me tape la tête contre le mur jusqu'à saigner",
    "self_harm.farewell_plan": "si demain je suis plus là, dites à maman que je l'aime",
    "self_harm.crash": "je vais foncer dans un arbre",
    "self_harm.jump": "j'ai envie de sauter du pont",
    "self_harm.tired_of_fighting": "fatiguée de me battre, c'est la fin",
    "harassment.persistent_blocked": "tu peux me bloquer autant que tu veux",
    "harassment.persistent_writing": "je vais t'écrire tous les jours",
    "harassment.persistent_harass": "je vais te harceler",
    "harassment.persistent_online": "je vois que t'es connectée, réponds",
    "harassment.persistent_answer": "12 messages et toujours pas de réponse",
    "harassment.mockery": "tout le monde se moque de toi",
    "harassment.exposure": "j'ai envoyé tes messages à tout le monde",
    "harassment.your_face": "t'as une tête à faire peur",
    "harassment.nobody_finds": "personne te trouve drôle",
    "harassment.your_life": "ta vie est pathétique",
    "harassment.nothing_but": "t'es rien qu'une pauvre fille",
    "harassment.the_idiot": "t'es l'idiot du salon",
    "harassment.hey_you": "wesh la pathétique",
    "harassment.go_hide": "va te cacher",
    # rules-7 (session 7, riskother7)
    "drugs.street_code": "j'ai de la verte, écris moi",
    "drugs.unit_price": "plaquette dispo ce soir, 50 la dizaine",
    "drugs.handout": "dépanne-moi un bout stp",
    "drugs.deal_point": "ouvert de 14h à 2h, bat B, la qualité est là 🔥",
    "drugs.dealer_contact": "t'as pas un 06 de quelqu'un qui vend ?",
    "drugs.procure_it": "tu fumes ? je peux t'en avoir pour pas cher",
    "drugs.line_of": "on se fait un trait ce soir ?",
    "drugs.menu_emoji": "nouvel arrivage 🍫🍃",
    "drugs.good_stuff": "g du bon si tu veux, mp",
    "drugs.drug_trade_7": "j'ai de l'oxy sans ordonnance",
    "drugs.street_code_asked": "wsh t'as de la verte ?",
    "drugs.street_code_unit": "qqn a une plaquette pour ce soir ?",
    "drugs.grams_sought": "besoin de 2g pour ce soir, qqn ?",
    "drugs.drug_contact": "des champis frais, dm moi",
    "prostitution.paid_visit": "150 et tu viens chez moi ?",
    "prostitution.price_of_you": "tu fais payer combien ?",
    "prostitution.escort_ad": "je reçois et me déplace",
    "prostitution.paid_company": "une accompagnatrice pour la soirée ? rémunération à voir",
    "prostitution.trade_named": "elle fait le trottoir",
    "prostitution.price_list": "1h 150, 30min 90",
    "sexual_solicitation.nudity": "tu dors nue ?",
    "sexual_solicitation.threesome": "t'as déjà essayé à trois ?",
    "sexual_solicitation.arousal": "tu me chauffes trop",
    "sexual_solicitation.night_hotel": "j'aimerais passer la nuit avec toi",
    "sexual_solicitation.no_strings": "on se voit pour un câlin sans lendemain ?",
    "sexual_solicitation.naughty_call": "un appel vidéo coquin ?",
    "sexual_solicitation.show_me": "tu cherches un plan ce soir ?",
    "off_platform.app_then_handle": "vas sur le snap, tonz.vlt34",
    "off_platform.call_on_app": "on se fait un appel sur discord ce soir ?",
    "off_platform.join_my": "rejoins mon discord privé",
    "off_platform.send_on_app": "envoie ta choré en vidéo sur whatsapp",
    "off_platform.your_address": "tu me donnes ton adresse courriel ?",
    "self_harm.better_without_me": "le monde serait mieux sans moi",
    "self_harm.deserve_to_die": "je sers à rien, je devrais disparaître",
    "self_harm.pills_hoarded": "j'ai stocké des médocs, j'attends le bon moment",
    "self_harm.cuts_hidden": "je cache mes bras sous mes manches à cause des marques",
    "self_harm.thought_of_it": "j'ai pensé à me jeter sous le métro ce matin",
    "threat.relatives_pay": "tes gosses vont payer pour toi",
    "threat.where_relatives_are": "je sais où bosse ta femme",
    "threat.watched_home": "je t'ai vu ce matin devant chez toi, jolie maison",
    "threat.if_you_tell": "si tu portes plainte je te retrouve",
    "threat.pay_or_they_see": "envoie 500 balles ou ta famille verra tout",
    "harassment.will_write": "je t'écrirai tous les jours jusqu'à ce que tu me répondes",
    "harassment.dont_exist": "t'as pas honte d'exister ?",
    "hate.only_good_at": "les arabes ils savent que voler",
    "hate.go_home": "ces gens-là devraient rentrer chez eux",
    "hate.refused_for_it": "j'embauche pas de noirs, c'est comme ça",
    "hate.lesser": "les noirs sont moins intelligents, c'est scientifique",
    "hate.women_obey": "une femme ça doit se taire",
    "hate.disgust": "ces singes de noirs",
    # rules-7 from other-train-7 (phrasings of my own)
    "drugs.trade_quantity": "le livreur passe jusqu'à 3h, pochons de 20",
    "drugs.named_with_deal": "qqn a de la weed vers nantes ? je paye cash",
    "drugs.product_judged": "ta beuh elle est coupée ou quoi",
    "drugs.emoji_sought": "t'aurais pas du ❄ pour samedi",
    "prostitution.booking": "tarifs en fonction de la durée, rdv la veille",
    "prostitution.special_massage": "massage avec fin heureuse possible",
    "prostitution.rate_asked": "c'est quoi tes tarifs pour une heure ?",
    "sexual_solicitation.cues_proposed": "je cherche un amant discret, tu serais partante ?",
    "sexual_solicitation.proposition_7": "t'as l'air coquine toi",
    "threat.formal_veiled": "vous le regretterez, je vous le garantis",
    "threat.harm_7": "on vient casser ta porte ce soir",
    "threat.exposure_7": "je fais tourner tes photos dans tout le salon",
    "threat.private_known": "je connais ton digicode",
    "hate.slur_7": "encore une gouine qui se plaint",
    "hate.group_by_nature": "les roms c'est dans leur culture de voler",
    "hate.women_7": "toutes des salopes, les meufs d'ici",
    "hate.lgbt_disability": "les autistes coûtent une fortune pour rien",
    "self_harm.farewell_7": "j'ai écrit mes dernières volontés hier",
    "self_harm.make_it_stop": "je suis fatiguée d'exister",
    "self_harm.means_7": "j'ai cherché comment faire pour pas se rater",
    "harassment.persistence_7": "j'ai 5 autres comptes, tu m'échapperas pas",
    "harassment.mockery_7": "on a fait un groupe pour rire de toi",
    "drugs.delivery_words": "le livreur passe jusqu'à 3h, en main propre, pas de crédit",
    "prostitution.money_for_intimacy": "je te donne 300 si tu viens dormir avec moi",
    "self_harm.self_injury_7": "je me suis entaillée le bras hier",
    "scam_spam.training_rights": "vos droits CPF expirent demain, rappelez votre conseillère",
    "scam_spam.bank_voice": "ici votre conseiller, lisez-moi le code reçu par sms",
    "scam_spam.aid_scheme": "pompe à chaleur gratuite, vous êtes éligible, envoyez votre RIB",
    "scam_spam.papers_asked": "photo recto verso de votre pièce d'identité et un selfie",
    "scam_spam.romance_money": "militaire en mission, il me faudrait un virement pour rentrer",
    "scam_spam.pump_unlock": "nouveau memecoin, achète avant que ça pump",
    "drugs.amount_of": "le livreur passe jusqu'à 3h, pochons de 20",
    "prostitution.paid_meeting_7": "je cherche un moment payé ce soir, discret",
    "threat.sent_to_all": "je l'envoie à tous tes contacts",
    "threat.watching_7": "je vous ai vu hier au marché, jolie robe. on se reverra",
    "threat.creole_threat": "mi koné out kaz",
    "threat.complaint_answered": "si vous portez plainte, je m'occuperai personnellement de vous",
    "hate.group_slur_7": "les reubeus ils savent que dealer",
    "hate.sent_away_7": "qu'elles retournent chez elles avec leur voile",
    "self_harm.plans_7": "j'ai mis des médocs de côté, j'attends",
    "hate.group_generalised": "les catholiques c'est tous des pédophiles",
    # rules-6
    "minor_disclosure.school_year_any": "chui en 2e secondaire",
    "minor_disclosure.pupil_exam": "je passe le BEPC en juin",
    "minor_disclosure.subject_in_first_person": "mon prof de techno m'a collé",
    "minor_disclosure.age_english": "im 14",
    "minor_disclosure.birth_year_identity": "2011 gang",
    "minor_disclosure.age_answer_6": "quatorze pis toi",
    "minor_disclosure.parents_authority": "ma mer ma confisker mon tel",
    "grooming.offer_with_child": "je t'envoie 20 balles sur paypal, dis rien à ta mère",
    "grooming.secrecy_from_guardians": "cache ça à tes parents",
    "grooming.child_world_belittled": "tes amies, elles sont encore des enfants",
    "signal.bare_grade.bare_school_answer": "clg",
    "signal.age_question.birth_question": "t'es née quand ?",
    "signal.gift.money_offer": "je te fais un virement",
    "signal.isolation.world_against": "les adultes qui te jugent",
    "signal.photo_request.photo_lure": "je cherche des modèles pour un casting",
    "minor_disclosure.not_allowed": "j'ai pas le droit d'avoir insta",
    "minor_disclosure.pupil_role": "je suis déléguée de classe",
    "grooming.minor_age_approved": "t'as quel âge ? 13 ? c'est parfait",
    "grooming.currency_for_photo": "tu veux des robux ? envoie une photo",
    "grooming.not_like_other_adults": "je suis pas comme les autres adultes",
    "signal.romance.intimacy_probe": "t'as déjà embrassé un garçon ?",
    "signal.child_frame.family_friend": "une fille de ton âge",
    "signal.parents_question.guardians_away_6": "tes parents seront pas là ?",
    "signal.meet.meet_6": "on peut se voir samedi",
    "signal.child_frame.seen_at_school": "je t'ai vue devant le collège",
    "signal.compliment.pretty_then": "t'étais trop belle",
    "signal.secrecy.secrecy_6": "t'en parles pas à tes copines",
    # rules-6b (written on child-train-4-*; these examples are phrasings of their own)
    "minor_disclosure.turning_bare": "j'vais avoir 13 en juin",
    "minor_disclosure.age_in_line": "salut, je suis de nantes, 14 ans",
    "minor_disclosure.birth_year_peers": "y a des gens de 2011 ici ?",
    "minor_disclosure.parents_rules_6": "mon beau-père me prend le cell à 21h",
    "minor_disclosure.bedtime_6": "je dois me coucher à 21h en semaine, c'est nul",
    "minor_disclosure.not_old_enough_here": "normalement je suis pas censée être là, c'est +18 mdr",
    "minor_disclosure.pupil_words_6": "mon titulaire a écrit dans mon journal de classe",
    "minor_disclosure.school_day": "pas de collège demain, grève des profs",
    "minor_disclosure.pupil_day_6": "je vais sur mes 15",
    "minor_disclosure.my_age_peers": "les jeunes de mon âge sont tous sur tiktok",
    "minor_disclosure.grade_peers": "quelqu'un en 3e secondaire ici ?",
    "grooming.minor_age_guess": "t'as quel âge ? 13 ? 14 ?",
    "grooming.guardians_probed": "ta mère rentre du boulot à quelle heure ce soir ?",
    "grooming.endearment_probe": "tu es en quelle classe, ma puce ?",
    "grooming.maturity_6": "tu réfléchis comme une adulte, c'est rare",
    "grooming.age_gap_6": "ça me dérange pas que tu sois plus jeune",
    "grooming.secret_relationship": "tu parles de moi à personne hein",
    "grooming.isolation_6": "personne te respecte là-bas, moi si",
    "grooming.app_from_guardians": "viens sur telegram, tes parents pourront pas lire",
    "grooming.lie_6": "dis que t'as 18 ans si on te demande sur le formulaire",
    "grooming.gift_6": "skin offert si t'es sage",
    "grooming.school_probed": "tu sors à quelle heure du collège jeudi ?",
    "grooming.meet_alone_6": "viens au cinéma samedi, sans tes potes",
    "grooming.isolation_6b": "tes parents te méritent pas",
    "grooming.photo_asked_6": "envoie une photo de toi, juste à moi",
    "off_platform.handle_given_6": "mon pseudo roblox c'est lune_77",
    "off_platform.move_to_app_6": "installe telegram et je t'écris",
    "off_platform.number_after_app": "whatsapp : +41 00 000 00 00",
    "signal.bare_grade.school_named": "victor hugo en 4e",
    "signal.child_frame.guardian_mention": "tes parents",
    "signal.isolation.alone_together": "juste toi et moi",
    "signal.meet.meet_6b": "viens me voir",
    "signal.photo_request.photo_6": "filme toi",
    "signal.maturity.mature_said": "t'es la seule personne mature ici",
    "signal.not_grooming.thing_photo": "envoie moi une photo de ton chien",  # fp6
    "signal.not_grooming.asv_alone": "t'es qui toi ? asv ?",  # fp6
    "signal.not_grooming.adult_addressee": "tu dis rien à ta femme hein",  # fp6
    # rules-7 (riskgen7): the child labels
    "signal.not_grooming.family_news": "tes parents vont bien ?",
    "signal.not_grooming.affection_alone": "ma puce t'es où ?",
    "signal.not_off_platform.no_app": "non j'ai pas snap",
    "signal.not_off_platform.papote_dm": "viens en mp",
    "minor_disclosure.self_intro_7": "noah, 16 ans, liège",
    "minor_disclosure.age_around_7": "j'aurai 17 en mars, vivement 18",
    "minor_disclosure.age_said_7": "douze ans et j'ai toujours pas de tel",
    "minor_disclosure.age_lie_7": "si qqn me demande je dirai que j'ai 19",
    "minor_disclosure.guardian_rule_7": "ma mamie veut pas que j'aie de maquillage",
    "minor_disclosure.school_staff_7": "la CPE m'a dit de ranger mon tel",
    "minor_disclosure.pupil_event_7": "on a une classe verte la semaine prochaine",
    "minor_disclosure.grade_now_7": "jsuis nul en anglais mais bon c'est que la 6e",
    "signal.child_frame.your_school_7": "les gars de ta classe",
    "signal.secrecy.erase_7": "efface la conv",
    "signal.secrecy.lie_7": "tu diras à ta mère que t'étais chez une copine",
    "signal.secrecy.keep_secret_7": "garde ça pour toi",
    "signal.isolation.isolate_7": "reste avec moi",
    "signal.meet.meet_7": "je peux passer te chercher",
    "signal.gift.pay_7": "jte paye les nouvelles jordan",
    "signal.photo_request.photo_7": "montre-moi ta tête",
    "signal.maturity.mature_7": "t'es plus mature que les autres",
    "signal.isolation.guardians_belittled_7": "tes parents sont trop stricts",
    "grooming.school_schedule_7": "tu sors du collège à quelle heure ?",
    "signal.protective.protective_7": "ce site est pour les adultes",
    # rules-8 (riskother8): the non-child labels' families (rules_other8.py)
    "threat.pushed_then_act_8": "un mot de trop et je viens chez toi",
    "threat.property_8": "je crame ta caisse ce soir",
    "threat.might_happen_8": "ce serait bête qu'il arrive quelque chose à ta moto",
    "threat.knows_family_8": "je sais à quelle école vont tes gosses et quand ils sortent",
    "threat.veiled_8": "fais gaffe à ta femme ce soir, à bon entendeur",
    "threat.dox_8": "j'ai ton adresse et ton nom, t'es prévenu",
    "threat.watching_8": "je passe devant chez toi chaque matin, t'as remarqué ?",
    "threat.pay_to_delete_8": "500 € sur ce compte et j'efface les vidéos",
    "threat.ready_to_go_8": "les captures sont prêtes à être publiées",
    "threat.close_receives_8": "ton mari va recevoir les vidéos de notre appel, paie avant ce soir",
    "threat.reputation_8": "un message de plus et ta carrière est finie",
    "threat.contact_list_8": "voilà la liste de tes collègues, tu paies ou pas ?",
    "threat.send_if_8": "si tu réponds pas j'envoie tout à ta femme",
    "hate.group_is_8": "les roumains c'est tous des voleurs",
    "hate.should_not_8": "les trans devraient pas exister",
    "hate.group_ban_8": "les handicapés faut les enfermer",
    "hate.slur_8": "dégage sale bicot",
    "hate.thing_is_8": "l'islam c'est une religion de terroristes",
    "hate.forbid_them_8": "il faut interdire aux musulmans de voter",
    "harassment.you_are_8": "t'es qu'une menteuse et une hypocrite",
    "harassment.mocked_look_8": "t'as vu ta tronche ? on dirait un phoque",
    "harassment.crowd_mocks_8": "regardez sa photo de profil, la honte",
    "harassment.new_account_8": "j'ai créé un autre compte puisque tu m'as bloquée",
    "harassment.cannot_escape_8": "tu peux pas m'échapper, je suis dans tous les salons",
    "harassment.expose_8": "je vais prévenir tout le salon que t'es une voleuse",
    "harassment.ignored_8": "ça fait 5 jours que je t'écris et toujours rien",
    "self_harm.no_waking_8": "je voudrais m'endormir et ne plus me réveiller",
    "self_harm.means_8": "j'ai acheté une corde hier soir",
    "self_harm.edge_8": "si je me jetais du pont personne le verrait",
    "self_harm.goodbye_8": "j'ai écrit une lettre pour mes parents, ils la trouveront",
    "self_harm.no_reason_8": "je vois plus de raison de vivre",
    "self_harm.hurt_self_8": "je me griffe encore jusqu'à saigner",
    "drugs.street_name_8": "qui vend de la keta sur lille ?",
    "drugs.unit_price_8": "champis, 15 le sachet",
    "drugs.buyer_price_8": "j'ai 40 balles, tu me fais quoi pour ça",
    "drugs.plug_8": "tu connais un plug fiable sur Nantes ?",
    "drugs.good_stuff_8": "qui a du bon pour samedi ?",
    "drugs.scene_8": "je dépanne jour et nuit, écris moi",
    "prostitution.client_asks_8": "je cherche une fille qui se fait payer vers Nantes",
    "prostitution.rate_asked_8": "vous faites des extras ce soir ? je paie bien",
    "prostitution.price_for_time_8": "200 € pour la soirée, t'es partante ?",
    "prostitution.special_massage_8": "massage naturiste avec finition, 80€",
    "prostitution.terms_8": "tout se paie ici mon chéri, viens en pv",
    "prostitution.arrangement_8": "je peux t'aider financièrement si tu es disponible le week-end",
    "sexual_solicitation.no_strings_8": "envie de sexe sans lendemain, écris moi",
    "sexual_solicitation.bed_invite_8": "viens partager mon lit ce week-end",
    "sexual_solicitation.plan_8": "un plan à l'hôtel quelqu'un ?",
    "sexual_solicitation.room_tonight_8": "chambre réservée ce soir, qui vient ? 😏",
    "sexual_solicitation.straight_home_8": "un verre et direct chez moi pour la suite ?",
    "sexual_solicitation.night_with_8": "cherche une femme pour un one night sur Lyon",
    "scam_spam.doubled_8": "je peux tripler votre épargne en un mois, écrivez-moi",
    "scam_spam.recruiting_8": "formation trading à 49€ au lieu de 499€, places limitées",
    "scam_spam.pending_link_8": "votre colis en attente, cliquez ici example.test/c",
    "scam_spam.pitch_8": "voyance gratuite, découvrez votre avenir",
    # rules-8 (riskgen8): the child labels (tests/unit/test_risk_rules8.py has the pairs)
    "minor_disclosure.grade_systems_8": "je suis en 11H à Lausanne",
    "minor_disclosure.grade_this_year_8": "j'ai fini la 4e en juin, maintenant 3e et brevet",
    "minor_disclosure.school_closed_8": "le college ferme a cause de la neige trop bieeeen",
    "minor_disclosure.guardian_rule_8": "la daronne m'a confisqué le tel jusqu'a dimanche",
    "minor_disclosure.too_young_said_8": "mes parents veulent pas jsuis trop jeune soi disant",
    "minor_disclosure.age_exasperated_8": "ma mère signe mes mots, trop la honte à 16 ans",
    "minor_disclosure.age_defiant_8": "j'ai 14 et alors ? t'as un problème ?",
    "minor_disclosure.age_had_8": "jai eu 14 en septembre et tjr pas de tel",
    "minor_disclosure.age_beside_8": "mon grand frère il a 16 ans et moi 12",
    "signal.isolation.peers_belittled_8": "les filles de ton collège vont être jalouses",
    "signal.child_frame.classmates_8": "vos camarades de classe",
    "signal.maturity.praise_for_age_8": "t'es trop fort pour un gamin de 6e",
    "signal.maturity.age_gap_8": "24 ans c'est pas si loin",
    "signal.child_frame.your_age_8": "pas si loin de tes 15 ans",
    "signal.secrecy.guardians_asleep_8": "on parle quand ta mère dort",
    "signal.secrecy.secret_words_8": "ça reste notre petit jardin secret",
    "signal.isolation.isolate_words_8": "je suis pas comme ta mère moi",
    "signal.gift.gift_words_8": "vas-y je t'en prends un",
    "signal.photo_request.photo_words_8": "un petit selfie ce serait sympa",
    "grooming.age_lie_coached_8": "mets 2000 comme année de naissance sur ton compte",
    "grooming.currency_for_photo_8": "un petit selfie après tous ces robux ce serait sympa",
}


def fired(text: str) -> set[str]:
    a = analyse(text)
    return {h.source.split(":", 1)[1] for h in a.hits} | {
        f"signal.{s.kind}.{s.rule.split('.')[-1]}" for s in a.signals
    }


def test_every_rule_has_an_example() -> None:
    assert {r.name for r in RULES} == set(EXAMPLES)


@pytest.mark.parametrize(("rule", "text"), sorted(EXAMPLES.items()))
def test_each_rule_fires_on_its_example(rule: str, text: str) -> None:
    assert rule in fired(text)


@pytest.mark.parametrize(("rule", "text"), sorted(EXAMPLES.items()))
def test_hits_carry_label_score_span_and_version(rule: str, text: str) -> None:
    for hit in analyse(text).hits:
        assert hit.label in LABELS
        assert 0.0 < hit.score <= 1.0
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.source.startswith(RULE_SOURCE + ":")


def test_span_is_what_was_typed() -> None:
    text = "Salut ! moi jai QUATORZE ans"
    [hit] = [h for h in analyse(text).hits if h.label == "minor_disclosure"]
    assert text[hit.start : hit.end] == "moi jai QUATORZE ans"


# The hard cases, and their cousins: none of these may raise any label.
HARD_NEGATIVES = [
    "mon fils a 14 ans",
    "ma fille est en 4e",
    "15 ans de mariage",
    "il y a 13 ans j'habitais à Lyon",
    "quand j'avais 12 ans je faisais pareil",
    "j'ai 16 ans d'expérience",
    "je suis prof de 4e",
    "je suis en master 2",
    "je suis en première année de fac",
    "je mesure 1m45",
    "saison 4, épisode 12",
    "mort de rire",
    "je suis morte de fatigue",
    "je vais te tuer à mario kart mdr",
    "asv ?",
    "t'as quel âge ?",
    "je cherche de l'herbe pour mes lapins",
    "le joint de la salle de bain fuit",
    "je suis chaude pour le ciné",
    "plan de table du mariage",
    "je vais me coucher",
    "le tribunal a condamné un homme qui avait crié « sale arabe »",
    "le racisme c'est inacceptable, on ne dit pas sale arabe",
    "si tu as des idées noires, appelle le 3114",
    "le 3018 aide les jeunes harcelés",
    "je me suis coupé en cuisinant",
    "je veux en finir avec ce dossier",
    "un bouquet de roses pour maman",
    "j'ai une vieille ford escort",
    "mon numéro de dossier c'est 12345",
    "snap est en panne",
    "ta gueule de bois va passer",
    "je suis con, j'ai oublié mes clés",
    "ne donne jamais ton iban, c'est une arnaque",
    "je ne suis pas mineure",
    "je suis pas mineur, j'ai 30 ans",
    "le bus 14 part à 8h",
    "j'ai 3 enfants de 12, 14 et 17 ans",
    # rules-2: SMS spelling and the wider patterns must not reach these
    "c'est marqué 16 ans minimum pour ce film",
    "ne dis rien à personne mais je démissionne",
    "l'âge c'est qu'un chiffre, ma grand-mère a 90 ans et fait du yoga",
    "dis à ta mère que je passe demain",
    "on se fait un plan pizza ?",
    "je vais te trouver un cadeau",
    "je suis en 3e année de licence",
    "je viens chercher ma fille à la sortie de l'école",
    "mon neveu veut des robux, je lui en achète ?",
    "tu finis à quelle heure le boulot ?",
    "j'ai 14 messages non lus",
    "g faim",
    "c quoi ton film préféré",
    "tes parents vont bien ?",
    "je suis excité pour le concert",
    "la journée de prévention du suicide au lycée",
    "ce mec est un bouffon",
    "mon banquier m'a demandé mon iban pour le salaire",
    "mon fils fume de la weed, comment lui en parler ?",
    "je vais te tuer au babyfoot mdr",
    # rules-3: the wider child-safety patterns must not reach these
    "moi c 30 ans et toi",
    "moi c'est 14h que je finis",
    "14h et toi ?",
    "18 et toi",
    "je 25 ans",
    "mon fils est né en 2012",
    "né en 1988",
    "je travaille au collège depuis 10 ans",
    "quand j'étais au lycée on avait pas de portable",
    "je vais chercher ma fille au collège",
    "j'habite en face du collège",
    "tu es au collège ou au lycée ? je demande pour mon cours de soutien",
    "je suis prof principal de ma classe de 5e",
    "ma fille a brevet blanc lundi",
    "j'ai eu mon brevet en 1995",
    "je suis trop jeune pour mourir",
    "la différence d'âge dans notre couple ne compte pas, mon mari a 12 ans de plus",
    "« l'âge n'est qu'un chiffre » : la phrase des prédateurs, rappelle l'association",
    "un inconnu qui te propose des robux contre une photo, c'est un piège : bloque et signale",
    "ne le dis à personne, c'est une surprise pour son anniversaire",
    "supprime tout après la ligne 20",
    "j'ai supprimé nos messages par erreur",
    "mon neveu m'a demandé des robux contre une photo de lui pour sa mamie",
    "je vais chercher mon fils après les cours",
    "je t'attends devant la gare",
    "mon tel est mort",
    "snap a encore bug",
    "@marie t'as raison",
    "le numéro du samu c'est le 15",
    "cherche plan pour déménager samedi",
    "je cherche un plan pas cher pour les vacances",
    "qui est chaud pour un foot ce soir ?",
    "on finit la soirée chez moi avec les potes, j'ai des bières",
    "on se fait une webcam pour la réunion",
    "on se fait une cam ?",
    "H 35 cherche F pour relation sérieuse",
    "montre-moi ton dessin",
    "on se retrouve à l'hôtel pour le séminaire",
    "un plan à trois voies pour le budget",
    "t'es seule à gérer ce dossier ?",
    "mon snap est plein de photos de mon chat",
    "mon snap c'est pour le boulot",
    "ma mère check ton tel ?",
    "j'ai snap mais je l'utilise plus",
    "plan de table pour samedi",
    "on s'amuse tous les deux ce soir avec les potes 😏",
    "sa mère est partie",
    "il doit réviser son brevet blanc, mais il joue à fortnite",
    "ma femme est infirmière scolaire dans un collège",
    "au lycée je dormais en cours mdr",
    "le brevet c'est dans 2 mois, ils ne réalisent pas",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_raise_nothing(text: str) -> None:
    assert analyse(text).labels() == {}


@given(st.sampled_from(["je suis", "jsuis", "chui"]), st.integers(min_value=10, max_value=17))
def test_any_minor_age_is_a_disclosure(subject: str, age: int) -> None:
    assert "minor_disclosure" in analyse(f"{subject} âgée de {age} ans").labels()
    assert "minor_disclosure" in analyse(f"j'ai {age} ans").labels()


@given(st.integers(min_value=18, max_value=99))
def test_adult_ages_are_not_disclosures(age: int) -> None:
    assert "minor_disclosure" not in analyse(f"j'ai {age} ans").labels()


@given(st.sampled_from(["mon fils", "ma fille", "mon neveu", "ma nièce", "mon frère"]),
       st.integers(min_value=8, max_value=17))  # fmt: skip
def test_someone_elses_age_is_not_a_disclosure(who: str, age: int) -> None:
    assert "minor_disclosure" not in analyse(f"{who} a {age} ans").labels()


@given(st.text(max_size=200))
def test_any_text_is_analysed(text: str) -> None:
    a = analyse(text)
    for hit in a.hits:
        assert 0 <= hit.start <= hit.end <= len(text)


def test_phone_numbers_are_found_after_normalising() -> None:
    for text in (
        "appelle moi au 06 39 98 12 34",
        "zéro six trente-neuf quatre-vingt-dix-huit douze trente-quatre",
        "0️⃣6️⃣39981234",
    ):
        assert "off_platform" in analyse(text).labels(), text


def test_a_phone_check_can_be_passed_in() -> None:
    never = RuleDetector(is_phone=lambda digits: False)
    assert "off_platform" not in never.analyse("06 39 98 12 34").labels()


def test_the_prefilter_skips_a_line_no_rule_matches_and_keeps_each_examples_rule() -> None:
    """The rules scanned are the prefilter's candidates (tests/unit/test_risk_prefilter.py
    holds it sound on data/risk and on texts generated from each pattern)."""
    assert not any(
        r.pattern.search(normalise("salut tout le monde, bonne soirée").text)
        for r in _PREFILTER.candidates(normalise("salut tout le monde, bonne soirée").text)
    )
    for name, text in EXAMPLES.items():
        norm = normalise(text).text
        assert name in {r.name for r in _PREFILTER.candidates(norm)}, name


_WORDS = [w for text in EXAMPLES.values() for w in text.split()] + ["salut", "ça", "va", "?"]


@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.text(max_size=12))
def test_the_prefilter_misses_no_rule_that_matches(words: list[str], noise: str) -> None:
    """The shortcut is sound: wherever a rule matches, it is a candidate."""
    norm = normalise(" ".join(words) + noise).text
    candidates = _PREFILTER.candidates(norm)
    for rule in RULES:
        if rule.pattern.search(norm):
            assert rule in candidates, rule.name


# rules-3: each family fires on new phrasings it was not written for, typed as people type.
FAMILY_POSITIVES = {
    "minor_disclosure": [
        "moi c 15 mdr",
        "16 et toi ?",
        "je 13 an",
        "nee en 2011",
        "jsuis en perm jmennuie",
        "ma mere vient me chercher au college",
        "on est dans la meme classe de 5e",
        "j'ai eu une retenue mercredi",
        "le brevet arrive jsuis pas pret",
        "je suis trop jeune pour ce tchat",
        "jsuis pas encore au lycée",
        "jsuis minor",
        "jai douz an",
        "je sui en sizieme",
        "je rentre en 3emeeee en septembre",
    ],
    "grooming": [
        "l'âge, ce n'est qu'un chiffre",
        "l'écart d'âge on s'en fout",
        "t'es en 5e ? ça me dérange pas",
        "tu es jolie pour une fille de 13 ans",
        "t'as pas l'air d'avoir 14 ans",
        "tu me promets de rien dire ?",
        "efface bien nos conversations",
        "des v-bucks contre un selfie ?",
        "je t'attends devant ton lycée",
        "dis-leur que t'as 18",
        "tes parents sont pas là ? on peut parler tranquille",
        "tu es au collège ? tu as l'air si mature",
        "tu finis les cours à quelle heure ? je suis dans ton quartier",
    ],
    "off_platform": [
        "snap ?",
        "je te donne mon insta",
        "@lune.rose3 sur insta",
        "tu peux m'écrire sur wsp au 07 00 00 00 01",
        "mon snap ce pixel_doux5",
        "mail: lina.chat3 arobase example point test",
        "ajoute moi sur fortnite",
    ],
    "sexual_solicitation": [
        "je cherche une femme pour un plan ce soir",
        "une meuf chaude dispo ?",
        "viens me rejoindre au lit",
        "dispo cette nuit pour un moment à deux, discret",
        "on va à l'hôtel ?",
        "on s'envoie des photos osées ?",
        "couple cherche homme pour moments complices",
    ],
}


@pytest.mark.parametrize(
    ("label", "text"), [(k, t) for k, texts in FAMILY_POSITIVES.items() for t in texts]
)
def test_rules3_families_fire_on_unseen_phrasings(label: str, text: str) -> None:
    verdict = judge_text(RuleDetector(), text)
    assert label in verdict.labels, (text, analyse(text).normalised)


def test_a_paid_meeting_is_prostitution_not_solicitation() -> None:
    labels = analyse("rencontre tarifée discrète").labels()
    assert "prostitution" in labels
    assert "sexual_solicitation" not in labels


def test_a_school_question_before_the_answer_is_not_grooming() -> None:
    """conv-3: asking "tu es au collège ?" is the question the minor's answer discloses
    to; only questions about school or parents after the disclosure are moves."""
    for question in ("tu es au collège ou au lycée ?", "t'as cours demain ?"):
        verdict = judge_turns(RuleDetector(), [("A", question), ("B", "12 ans")])
        assert verdict.labels == ("minor_disclosure",), question
    later = judge_turns(
        RuleDetector(), [("A", "t'as quel age"), ("B", "12"), ("A", "tes parents sont là ?")]
    )
    assert later.labels == ("minor_disclosure", "grooming")


# rules-5 (session 5): the families written on child-train-3.jsonl, on phrasings of their own.
RULES5_POSITIVES = {
    "minor_disclosure": [
        "ma daronne veut pas que j'aille à la fête samedi",
        "mes darons m'ont confisqué la switch",
        "ma mère m'a pris mon tel jusqu'à vendredi",  # a hard negative until rules-4
        "mon père me laisse pas jouer en semaine",
        "jsuis privée de portable pour 2 semaines",
        "j'ai oublié mon cartable chez mon père",
        "on a eu une interro de géo, je l'ai ratée",
        "demain j'ai école donc je dois y aller",
        "je prends le bus scolaire avec ma sœur",
        "jsuis en 11H au cycle",
        "j'aurai 18 ans en juin, vivement",
        "je révise le BFEM avec ma cousine",
        "mi lé en 5e",
        "je suis en cm1 et toi",
    ],
    "grooming": [
        "tes parents doivent pas voir ça",
        "pas la peine de le dire à ta mère",
        "si ta mère te demande, dis que tu révises chez une copine",
        "ta prof ne t'écoute pas, moi je suis là",
        "je t'ai acheté des skins, dis rien à personne",
        "t'es bien plus mûre que les filles de ton âge",
        "tes parents sont couchés ? on s'appelle",
        "je te dépose devant le lycée, personne saura",
    ],
}
RULES5_NEGATIVES = [
    "ma mère veut pas que je vende la maison",
    "ma mère me laisse pas tranquille avec ses questions",
    "mon père vient me chercher à la gare",
    "on a mis le contrôle parental sur la tablette des petits",
    "la prof principale m'a appelée pour mon fils",
    "le brevet blanc des 3e est lundi",
    "quand j'étais au collège on allait à pied",
    "notre histoire a commencé au lycée, on a 40 ans maintenant",
    "l'amour n'a pas d'âge",
    "tu me plais, ça restera entre nous, je suis timide",
    "je t'offre le resto samedi ?",
    "tes parents vont bien ?",
    "ton collège organise une kermesse ?",
    "ta fille a quel âge ? la mienne est en 4e",
    "je pars en vacances scolaires avec les enfants",
    "ma maîtresse elle a 30 ans",
    "je suis au cycle 2 de mon traitement",
    "on se voit à 10h au café",
]


@pytest.mark.parametrize(
    ("label", "text"), [(k, t) for k, texts in RULES5_POSITIVES.items() for t in texts]
)
def test_rules5_families_fire_on_phrasings_of_their_own(label: str, text: str) -> None:
    verdict = judge_text(RuleDetector(), text)
    assert label in verdict.labels, (text, analyse(text).normalised)


@pytest.mark.parametrize("text", RULES5_NEGATIVES)
def test_rules5_families_leave_adults_alone(text: str) -> None:
    verdict = judge_text(RuleDetector(), text)
    assert not {"minor_disclosure", "grooming"} & set(verdict.labels), text


def test_a_yes_or_no_answers_an_age_question() -> None:
    """conv-4: "t'es majeure ?" then "non" / "pas encore" is a disclosure, as is "ouais"
    to "tu vas au collège ?"; not "non, 28", nor "ouais" to "collège ou lycée ?"."""
    rules = RuleDetector()
    for question, answer in (
        ("t'es majeure ?", "non"),
        ("tu as 18 ans au moins ?", "pas encore 😅"),
        ("t'es au collège ?", "ouais pk"),
    ):
        verdict = judge_turns(rules, [("A", question), ("B", answer)])
        assert verdict.labels == ("minor_disclosure",), (question, answer)
        assert verdict.alert_turn == 1
    for question, answer in (
        ("t'es majeure ?", "non 28 mdr"),
        ("tu es au collège ou au lycée ?", "grave"),
        ("t'as faim ?", "non"),
    ):
        assert judge_turns(rules, [("A", question), ("B", answer)]).labels == (), answer


def test_secrecy_with_a_gift_or_a_photo_is_grooming_without_a_probe() -> None:
    rules = RuleDetector()
    for text in (
        "je t'ai mis 20 € sur ton compte, c'est entre nous",
        "envoie une photo, personne saura",
    ):
        assert "grooming" in judge_text(rules, text).labels, text
    assert "grooming" not in judge_text(rules, "on se voit ? ça restera entre nous").labels
