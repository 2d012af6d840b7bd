"""The catalogue of user-facing error messages: French first, English second."""

from __future__ import annotations

from typing import Final

FR: Final[dict[str, str]] = {
    "invalid_json": "Requête illisible : ce n'est pas du JSON valide.",
    "bad_frame": "Requête illisible : un objet JSON est attendu.",
    "missing_type": "Requête incomplète : le champ « type » manque.",
    "unknown_type": "Type de requête inconnu.",
    "missing_field": "Requête incomplète : un champ obligatoire manque.",
    "unknown_field": "Requête refusée : champ inconnu.",
    "wrong_type": "Requête refusée : un champ n'a pas le bon type.",
    "frame_too_large": "Message trop volumineux (au plus {max} octets).",
    "binary_not_supported": "Seuls les messages texte sont acceptés.",
    "not_authenticated": "Connectez-vous d'abord.",
    "already_authenticated": "Vous êtes déjà connecté·e.",
    "unauthorized": "Session inconnue : merci de revenir par la page d'accueil.",
    "session_expired": "Votre session a expiré : merci de revenir par la page d'accueil.",
    "session_ended": "Vous avez quitté le tchat depuis un autre onglet.",
    "pseudo_invalid": (
        "Le pseudo doit faire de {min} à {max} caractères : lettres, chiffres, « _ » ou « - »."
    ),
    "pseudo_reserved": "Ce pseudo est réservé. Merci d'en choisir un autre.",
    "pseudo_refused": (
        "Ce pseudo n'est pas accepté : pas d'insulte, de haine ni de sexe explicite dans un "
        "pseudo, il est visible de tous. Merci d'en choisir un autre."
    ),
    "pseudo_minor": (
        "Ce pseudo laisse penser que vous avez moins de 18 ans. Papote est réservé aux "
        "adultes ({min} ans et plus). Si vous avez moins de 18 ans et besoin de parler, "
        "appelez le 3018 (gratuit)."
    ),
    "pseudo_taken": "Ce pseudo est déjà utilisé en ce moment. Merci d'en choisir un autre.",
    "gender_invalid": "Merci d'indiquer votre genre : femme, homme ou autre.",
    "age_minor": (
        "Papote est réservé aux adultes : il faut avoir au moins {min} ans pour entrer. "
        "Si vous avez moins de 18 ans et besoin de parler, appelez le 3018 (gratuit)."
    ),
    "age_invalid": "L'âge doit être un nombre entier entre {min} et {max}.",
    "postal_code_invalid": (
        "Code postal invalide : 5 chiffres (par exemple 75011), ou « etranger »."
    ),
    "too_many_sessions": (
        "Trop de connexions depuis votre adresse. Réessayez dans quelques minutes."
    ),
    "pow_required": "Beaucoup d'arrivées depuis votre adresse : vérification en cours…",
    "bad_room": "Identifiant de salon invalide.",
    "no_such_room": "Ce salon n'existe pas.",
    "bad_invite": "Ce lien d'invitation n'est pas valable.",
    "invite_expired": "Ce lien d'invitation a expiré : demandez-en un nouveau.",
    "not_member": "Rejoignez d'abord ce salon.",
    "forbidden": "Ce salon est privé : il faut une invitation.",
    "bad_password": "Mot de passe incorrect.",
    "bad_password_format": "Le mot de passe doit faire de {min} à {max} caractères.",
    "bad_room_name": "Le nom du salon doit faire de {min} à {max} caractères.",
    "too_many_rooms": "Vous êtes déjà dans {max} salons : quittez-en un d'abord.",
    "too_many_private_rooms": "Vous avez déjà créé {max} salons privés.",
    "empty_text": "Le message est vide.",
    "text_too_long": "Message trop long (au plus {max} caractères).",
    "rate_limited": "Doucement ! Attendez un instant avant d'envoyer à nouveau.",
    "server_busy": "Le serveur est très chargé : réessayez dans un instant.",
    "no_such_user": "Cette personne n'est plus connectée.",
    "self_request": "Impossible de le faire avec vous-même.",
    "request_pending": "Une demande de message privé attend déjà sa réponse.",
    "too_many_requests": "Vous avez déjà {max} demandes de message privé sans réponse.",
    "no_such_request": "Cette demande n'existe pas ou ne vous est pas adressée.",
    "bad_request_state": "Cette demande a déjà reçu une réponse.",
    "slow_consumer": "Connexion trop lente : elle a été fermée.",
    "flooding": "Trop de requêtes refusées : la connexion a été fermée.",
    "payload_too_large": "Requête trop volumineuse.",
    "media_too_large": "Photo trop lourde ou trop grande.",
    "media_type": "Ce fichier n'est pas une photo acceptée (JPEG, PNG, WebP, GIF ou HEIC).",
    "media_invalid": "Cette photo est illisible ou abîmée.",
    "media_refused": "Cette photo ne peut pas être envoyée.",
    "media_nude_in_salon": "Les photos dénudées ne sont pas permises dans les salons.",
    "media_nude_in_dm": (
        "Cette photo semble dénudée : elle ne peut être envoyée ici que si la personne a "
        "accepté les « photos sensibles » dans cette conversation."
    ),
    "media_rate": "Doucement ! Attendez un instant avant d'envoyer une autre photo.",
    "media_quota": "Vous avez envoyé beaucoup de photos aujourd'hui : réessayez demain.",
    "no_such_media": "Cette photo n'existe plus ou ne vous est pas accessible.",
    "unsupported_media_type": "Type de contenu refusé : {type} attendu.",
    "out_of_range": "Requête refusée : une valeur sort des limites permises.",
    "bad_filter": "Filtre refusé : vérifiez le genre, les âges (18 à 120) et le département.",
    "adults_only": (
        "Papote est réservé aux adultes : vous avez indiqué avoir moins de 18 ans, vous ne "
        "pouvez pas y revenir pour le moment ({until}). Si vous avez besoin de parler, "
        "appelez le 3018 (gratuit, anonyme) ou écrivez sur 3018.fr."
    ),
    "never_sanctioned": (
        "Une personne en danger n'est jamais sanctionnée : seul un classement est possible."
    ),
    "banned": (
        "Votre accès à Papote est suspendu ({until}). Les motifs et la façon de contester "
        "cette décision figurent dans la notification qui vous a été envoyée."
    ),
    "voice_unavailable": "Les salons vocaux ne sont pas disponibles pour le moment.",
    "voice_disabled": "Ce salon n'a pas de salon vocal.",
    "voice_full": "Le salon vocal est complet ({max} personnes au plus).",
    "voice_not_in": "Vous n'êtes pas dans ce salon vocal.",
    "voice_muted": "Vous ne pouvez pas parler pour le moment (mesure de modération, {until}).",
    "voice_not_owner": "Seule la personne qui a créé ce salon privé peut ouvrir son vocal.",
    "voice_removed": "Vous avez été retiré·e de ce salon vocal par la modération ({until}).",
    "bad_sdp": "La connexion audio proposée par votre navigateur est illisible.",
    "muted": "Vous ne pouvez pas écrire pour le moment (mesure de modération, {until}).",
    "kicked": "Vous avez été exclu·e de ce salon ({until}).",
    "room_locked": "Ce salon est fermé aux nouvelles arrivées pour le moment.",
    "room_closed": "Ce salon a été fermé par la modération.",
    "slow_mode": "Mode lent : un message toutes les {seconds} secondes dans ce salon.",
    "bad_category": "Merci de choisir un motif de signalement dans la liste.",
    "bad_target": "Ce que vous signalez n'est pas reconnu.",
    "no_such_target": "Ce que vous signalez n'existe plus ou n'a jamais existé.",
    "explanation_too_long": "L'explication est trop longue (au plus {max} caractères).",
    "contact_too_long": "Le contact est trop long (au plus {max} caractères).",
    "no_such_notice": "Cette notification n'existe pas ou le lien est incomplet.",
    "not_appealable": "Cette notification ne peut pas être contestée.",
    "already_appealed": "Cette décision a déjà été contestée.",
    "appeal_window_closed": "Le délai de contestation de 6 mois est dépassé.",
    "no_such_case": "Dossier introuvable.",
    "no_such_appeal": "Contestation introuvable.",
    "case_closed": "Ce dossier a déjà été traité.",
    "bad_action": "Cette mesure ne s'applique pas à ce dossier.",
    "bad_duration": "Durée invalide pour cette mesure.",
    "bad_ground": (
        "Fondement inconnu : « illegal » (contenu illicite) ou « incompatible » (contraire "
        "aux conditions d'utilisation)."
    ),
    "bad_outcome": "Issue inconnue : « uphold » (maintenir) ou « reverse » (annuler).",
    "bad_state": "État inconnu pour ce filtre.",
    "same_moderator": (
        "Une contestation doit être examinée par une autre personne que celle qui a décidé."
    ),
    "staff_unauthorized": "Connexion modérateur requise.",
    "bad_login": "Identifiant ou mot de passe incorrect.",
    "login_taken": "Cet identifiant existe déjà.",
    "weak_password": "Le mot de passe doit faire au moins {min} caractères.",
    "not_found": "Introuvable.",
    "calls_disabled": "Les appels ne sont pas ouverts sur ce serveur.",
    "call_needs_dm": "On ne peut appeler que dans une conversation privée ouverte.",
    "call_blocked": "Vous avez bloqué cette personne : débloquez-la pour l'appeler.",
    "call_busy": "Vous êtes déjà en appel.",
    "no_such_call": "Cet appel n'existe pas ou ne vous concerne pas.",
    "call_over": "Cet appel est terminé.",
    "not_in_call": "Cet appel se déroule dans un autre onglet.",
    "sdp_too_large": "Description d'appel trop volumineuse (au plus {max} octets).",
    "too_many_candidates": "Trop de candidats ICE dans un seul message (au plus {max}).",
    "still_invalid": "La capture jointe au signalement n'est pas une photo de cet appel.",
    "internal": "Erreur du serveur. Merci de réessayer.",
}

EN: Final[dict[str, str]] = {
    "invalid_json": "Unreadable request: not valid JSON.",
    "bad_frame": "Unreadable request: a JSON object is expected.",
    "missing_type": 'Incomplete request: the "type" field is missing.',
    "unknown_type": "Unknown request type.",
    "missing_field": "Incomplete request: a required field is missing.",
    "unknown_field": "Request refused: unknown field.",
    "wrong_type": "Request refused: a field has the wrong type.",
    "frame_too_large": "Message too large (at most {max} bytes).",
    "binary_not_supported": "Only text messages are accepted.",
    "not_authenticated": "Please sign in first.",
    "already_authenticated": "You are already signed in.",
    "unauthorized": "Unknown session: please come back through the home page.",
    "session_expired": "Your session has expired: please come back through the home page.",
    "session_ended": "You left the chat from another tab.",
    "pseudo_invalid": 'The nickname must be {min} to {max} letters, digits, "_" or "-".',
    "pseudo_reserved": "This nickname is reserved. Please choose another one.",
    "pseudo_refused": (
        "This nickname is not accepted: no insults, hate or explicit sex in a nickname, "
        "everyone sees it. Please choose another one."
    ),
    "pseudo_minor": (
        "This nickname suggests you are under 18. Papote is for adults only ({min} and "
        "over). If you are under 18 and need to talk, call 3018 (free)."
    ),
    "pseudo_taken": "This nickname is in use right now. Please choose another one.",
    "gender_invalid": "Please give your gender: woman, man or other.",
    "age_minor": "Papote is for adults only: you must be at least {min} to enter.",
    "age_invalid": "Age must be a whole number between {min} and {max}.",
    "postal_code_invalid": 'Invalid postal code: 5 digits (e.g. 75011), or "etranger".',
    "too_many_sessions": "Too many sessions from your address. Try again in a few minutes.",
    "pow_required": "Many arrivals from your address: checking…",
    "bad_room": "Invalid room id.",
    "no_such_room": "This room does not exist.",
    "bad_invite": "This invitation link is not valid.",
    "invite_expired": "This invitation link has expired: ask for a new one.",
    "not_member": "Join this room first.",
    "forbidden": "This room is private: you need an invitation.",
    "bad_password": "Wrong password.",
    "bad_password_format": "The password must be {min} to {max} characters.",
    "bad_room_name": "The room name must be {min} to {max} characters.",
    "too_many_rooms": "You are already in {max} rooms: leave one first.",
    "too_many_private_rooms": "You have already created {max} private rooms.",
    "empty_text": "The message is empty.",
    "text_too_long": "Message too long (at most {max} characters).",
    "rate_limited": "Slow down! Wait a moment before sending again.",
    "server_busy": "The server is very busy: try again in a moment.",
    "no_such_user": "This person is no longer connected.",
    "self_request": "You cannot do that with yourself.",
    "request_pending": "A private message request is already waiting for an answer.",
    "too_many_requests": "You already have {max} unanswered private message requests.",
    "no_such_request": "This request does not exist or is not addressed to you.",
    "bad_request_state": "This request has already been answered.",
    "slow_consumer": "Connection too slow: it was closed.",
    "flooding": "Too many refused requests: the connection was closed.",
    "payload_too_large": "Request too large.",
    "media_too_large": "Photo too heavy or too big.",
    "media_type": "This file is not an accepted photo (JPEG, PNG, WebP, GIF or HEIC).",
    "media_invalid": "This photo is unreadable or damaged.",
    "media_refused": "This photo cannot be sent.",
    "media_nude_in_salon": "Nude photos are not allowed in the salons.",
    "media_nude_in_dm": (
        "This photo looks like nudity: it can be sent here only if the other person "
        "accepted “sensitive photos” in this conversation."
    ),
    "media_rate": "Slow down! Wait a moment before sending another photo.",
    "media_quota": "You have sent many photos today: try again tomorrow.",
    "no_such_media": "This photo no longer exists or is not available to you.",
    "unsupported_media_type": "Content type refused: {type} expected.",
    "out_of_range": "Request refused: a value is out of the allowed range.",
    "bad_filter": "Filter refused: check the gender, the ages (18 to 120) and the département.",
    "adults_only": (
        "Papote is for adults only: you said you are under 18, so you cannot come back for "
        "now ({until}). If you need to talk, call 3018 (free, anonymous) or go to 3018.fr."
    ),
    "never_sanctioned": "A person in danger is never sanctioned: only a dismissal is possible.",
    "banned": (
        "Your access to Papote is suspended ({until}). The reasons and how to appeal are in "
        "the notice you were sent."
    ),
    "voice_unavailable": "Voice rooms are not available right now.",
    "voice_disabled": "This room has no voice room.",
    "voice_full": "The voice room is full (at most {max} people).",
    "voice_not_in": "You are not in this voice room.",
    "voice_muted": "You cannot speak for now (moderation measure, {until}).",
    "voice_not_owner": "Only the person who created this private room can open its voice room.",
    "voice_removed": "You were removed from this voice room by moderation ({until}).",
    "bad_sdp": "The audio connection your browser offered cannot be read.",
    "muted": "You cannot write for now (moderation measure, {until}).",
    "kicked": "You were removed from this room ({until}).",
    "room_locked": "This room is closed to newcomers for now.",
    "room_closed": "This room was closed by moderation.",
    "slow_mode": "Slow mode: one message every {seconds} seconds in this room.",
    "bad_category": "Please choose a report reason from the list.",
    "bad_target": "What you are reporting is not recognised.",
    "no_such_target": "What you are reporting no longer exists.",
    "explanation_too_long": "The explanation is too long (at most {max} characters).",
    "contact_too_long": "The contact is too long (at most {max} characters).",
    "no_such_notice": "This notice does not exist or the link is incomplete.",
    "not_appealable": "This notice cannot be appealed.",
    "already_appealed": "This decision has already been appealed.",
    "appeal_window_closed": "The 6-month appeal period is over.",
    "no_such_case": "Case not found.",
    "no_such_appeal": "Appeal not found.",
    "case_closed": "This case has already been decided.",
    "bad_action": "This measure does not apply to this case.",
    "bad_duration": "Invalid duration for this measure.",
    "bad_ground": (
        'Unknown ground: "illegal" (illegal content) or "incompatible" (against the terms).'
    ),
    "bad_outcome": 'Unknown outcome: "uphold" or "reverse".',
    "bad_state": "Unknown state for this filter.",
    "same_moderator": "An appeal must be reviewed by someone other than the decider.",
    "staff_unauthorized": "Moderator login required.",
    "bad_login": "Wrong login or password.",
    "login_taken": "This login already exists.",
    "weak_password": "The password must be at least {min} characters.",
    "not_found": "Not found.",
    "calls_disabled": "Calls are not open on this server.",
    "call_needs_dm": "You can only call someone from an open private conversation.",
    "call_blocked": "You blocked this person: unblock them to call.",
    "call_busy": "You are already in a call.",
    "no_such_call": "This call does not exist or does not concern you.",
    "call_over": "This call is over.",
    "not_in_call": "This call is taking place in another tab.",
    "sdp_too_large": "Call description too large (at most {max} bytes).",
    "too_many_candidates": "Too many ICE candidates in one message (at most {max}).",
    "still_invalid": "The still attached to the report is not a picture of this call.",
    "internal": "Server error. Please try again.",
}


# Texts of the notices the moderation sends (stored as written, in French: the service's
# language). Keys: ``<notice kind>.<part>``; ``{...}`` are filled by notice_text.
NOTICES: Final[dict[str, str]] = {
    "until.forever": "définitive",
    "until.date": "jusqu'au {date}",
    "title.delete_message": "Un de vos messages a été supprimé",
    "title.warning": "Avertissement",
    "title.mute": "Vous ne pouvez plus écrire pour un temps",
    "title.kick": "Vous avez été exclu·e d'un salon",
    "title.voice_remove": "Vous avez été retiré·e d'un salon vocal",
    "title.suspension": "Votre accès est suspendu",
    "title.ban": "Votre accès est définitivement fermé",
    "statement.body": (
        "Motif : {facts} Fondement : {reference}.{duration} Cette décision a été prise par "
        "une personne, pas par un automate. Vous pouvez la contester dans les 6 mois depuis "
        "cette notification."
    ),
    "statement.duration": " Durée : {until}.",
    "statement.detected": (
        " Le contenu avait été repéré par un outil de détection automatique, puis examiné par "
        "une personne."
    ),
    "minor.title": "Papote est réservé aux adultes",
    "minor.facts": (
        "Un message de la personne indique qu'elle a moins de 18 ans (détection automatique). "
        "Papote est réservé aux adultes : la session est fermée et l'appareil ne peut pas "
        "revenir pendant un temps."
    ),
    "minor.body": (
        "Vous avez écrit que vous avez moins de 18 ans. Papote est réservé aux adultes : "
        "votre session a été fermée et vous ne pouvez pas revenir pour le moment ({until}). "
        "Cette décision a été prise automatiquement ; une personne de l'équipe la relira. Si "
        "vous êtes majeur·e, vous pouvez la contester dans les 6 mois depuis cette "
        "notification : une personne l'examinera. Si vous avez besoin de parler à quelqu'un, "
        "le 3018 est gratuit et anonyme (3018.fr)."
    ),
    "report_received.title": "Signalement reçu",
    "report_received.body": (
        "Merci. Votre signalement a bien été reçu et sera examiné par un·e modérateur·ice. "
        "Vous serez informé·e de la décision."
    ),
    "report_decision.title": "Décision sur votre signalement",
    "report_decision.dismiss": "Après examen, aucune infraction n'a été retenue.",
    "report_decision.action": (
        "Après examen, une mesure a été prise à l'encontre du contenu ou de la personne signalée."
    ),
    "report_decision.redress": (
        "Si vous n'êtes pas d'accord, vous pouvez contester cette décision dans les 6 mois "
        "depuis le lien de cette notification : une autre personne de l'équipe la "
        "réexaminera. Vous pouvez aussi vous adresser à un organisme de règlement "
        "extrajudiciaire des litiges certifié (art. 21 du règlement sur les services "
        "numériques) ou saisir le juge compétent."
    ),
    "held_waiting.title": "Votre message attend une vérification",
    "held_waiting.one": (
        "Votre message n'a pas encore été diffusé dans le salon : il attend la vérification "
        "d'un·e modérateur·ice, qui n'a pas encore pu le lire. S'il respecte les règles, il "
        "sera publié à sa place, avec la mention « Publié après vérification ». Vous n'avez "
        "rien à faire."
    ),
    "held_waiting.many": (
        "Vos messages n'ont pas encore été diffusés dans le salon : ils attendent la "
        "vérification d'un·e modérateur·ice, qui n'a pas encore pu les lire. S'ils respectent "
        "les règles, ils seront publiés à leur place, avec la mention « Publié après "
        "vérification ». Vous n'avez rien à faire."
    ),
    "appeal_decision.title": "Décision sur votre contestation",
    "appeal_decision.reversed": "Votre contestation a été acceptée : la mesure est annulée.",
    "appeal_decision.upheld": "Votre contestation a été examinée : la décision est maintenue.",
    "appeal_decision.released_one": (
        "Votre message retenu a été publié dans le salon, à sa place, avec la mention "
        "« Publié après vérification »."
    ),
    "appeal_decision.released_many": (
        "Vos {count} messages retenus ont été publiés dans le salon, à leur place, avec la "
        "mention « Publié après vérification »."
    ),
    "appeal_decision.reopened": (
        "Votre contestation a été acceptée : le signalement est examiné à nouveau et vous "
        "serez informé·e de la nouvelle décision."
    ),
}


def notice_text(key: str, **params: object) -> str:
    """A notice text from NOTICES with ``params`` filled (KeyError on an unknown key: a
    notice is never sent with a placeholder text)."""
    return NOTICES[key].format(**params)


def until_text(ts: float | None) -> str:
    """When a measure ends, in words: "définitive" or "jusqu'au 02/12/2026 22:30 UTC"."""
    if ts is None:
        return notice_text("until.forever")
    import datetime as dt

    date = dt.datetime.fromtimestamp(ts, tz=dt.UTC).strftime("%d/%m/%Y %H:%M UTC")
    return notice_text("until.date", date=date)


def describe(code: str, params: dict[str, object] | None = None, lang: str = "fr") -> str:
    """The human message for ``code`` in ``lang`` ("fr" default), with ``params`` filled."""
    catalogue = EN if lang == "en" else FR
    template = catalogue.get(code, catalogue["internal"])
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return template.split("{")[0].rstrip(" (")
