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
    "pseudo_invalid": (
        "Le pseudo doit faire de {min} à {max} caractères : lettres, chiffres, « _ » ou « - »."
    ),
    "pseudo_reserved": "Ce pseudo est réservé. Merci d'en choisir un autre.",
    "pseudo_taken": "Ce pseudo est déjà utilisé en ce moment. Merci d'en choisir un autre.",
    "gender_invalid": "Merci d'indiquer votre genre : femme, homme ou autre.",
    "age_minor": (
        "Papote est réservé aux adultes : il faut avoir au moins {min} ans pour entrer. "
        "Si tu as moins de 18 ans et que tu as besoin de parler, appelle le 3018 (gratuit)."
    ),
    "age_invalid": "L'âge doit être un nombre entier entre {min} et {max}.",
    "postal_code_invalid": (
        "Code postal invalide : 5 chiffres (par exemple 75011), ou « etranger »."
    ),
    "too_many_sessions": (
        "Trop de connexions depuis votre adresse. Réessayez dans quelques minutes."
    ),
    "bad_room": "Identifiant de salon invalide.",
    "no_such_room": "Ce salon n'existe pas.",
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
    "no_such_user": "Cette personne n'est plus connectée.",
    "self_request": "Impossible de le faire avec vous-même.",
    "request_pending": "Une demande de message privé attend déjà sa réponse.",
    "too_many_requests": "Vous avez déjà {max} demandes de message privé sans réponse.",
    "no_such_request": "Cette demande n'existe pas ou ne vous est pas adressée.",
    "bad_request_state": "Cette demande a déjà reçu une réponse.",
    "slow_consumer": "Connexion trop lente : elle a été fermée.",
    "flooding": "Trop de requêtes refusées : la connexion a été fermée.",
    "payload_too_large": "Requête trop volumineuse.",
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
    "pseudo_invalid": 'The nickname must be {min} to {max} letters, digits, "_" or "-".',
    "pseudo_reserved": "This nickname is reserved. Please choose another one.",
    "pseudo_taken": "This nickname is in use right now. Please choose another one.",
    "gender_invalid": "Please give your gender: woman, man or other.",
    "age_minor": "Papote is for adults only: you must be at least {min} to enter.",
    "age_invalid": "Age must be a whole number between {min} and {max}.",
    "postal_code_invalid": 'Invalid postal code: 5 digits (e.g. 75011), or "etranger".',
    "too_many_sessions": "Too many sessions from your address. Try again in a few minutes.",
    "bad_room": "Invalid room id.",
    "no_such_room": "This room does not exist.",
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
    "no_such_user": "This person is no longer connected.",
    "self_request": "You cannot do that with yourself.",
    "request_pending": "A private message request is already waiting for an answer.",
    "too_many_requests": "You already have {max} unanswered private message requests.",
    "no_such_request": "This request does not exist or is not addressed to you.",
    "bad_request_state": "This request has already been answered.",
    "slow_consumer": "Connection too slow: it was closed.",
    "flooding": "Too many refused requests: the connection was closed.",
    "payload_too_large": "Request too large.",
    "internal": "Server error. Please try again.",
}


def describe(code: str, params: dict[str, object] | None = None, lang: str = "fr") -> str:
    """The human message for ``code`` in ``lang`` ("fr" default), with ``params`` filled."""
    catalogue = EN if lang == "en" else FR
    template = catalogue.get(code, catalogue["internal"])
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return template.split("{")[0].rstrip(" (")
