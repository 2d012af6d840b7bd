"""Guest identity rules: pseudo syntax and folding, reserved words, age, postal code."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from papote.domain.confusables import DROPPED_CATEGORIES, IGNORABLE, PROTOTYPES, SEPARATORS
from papote.domain.errors import DomainError

Gender = Literal["f", "m", "x"]
GENDERS: frozenset[str] = frozenset({"f", "m", "x"})

PSEUDO_MIN = 3
PSEUDO_MAX = 20
AGE_MIN = 18
AGE_MAX = 99
ABROAD = "etranger"

# Equal to one of these after folding and de-leeting: refused.
_RESERVED_EXACT = frozenset(
    {
        "admin",
        "administrateur",
        "administrator",
        "modo",
        "modos",
        "moderateur",
        "moderatrice",
        "moderator",
        "mod",
        "papote",
        "system",
        "systeme",
        "root",
        "sysop",
        "staff",
        "support",
        "bot",
        "police",
        "gendarmerie",
        "justice",
        "anonymous",
        "anonyme",
        "null",
        "undefined",
        "everyone",
        "here",
    }
)
# Contained anywhere in the pseudo: refused (impersonation of the staff).
_RESERVED_PARTS = ("admin", "moderat", "papote", "system", "officiel", "staff")
# Combining marks one letter may carry after NFC: "q̃" is a letter, a stack is "Zalgo".
MAX_MARKS_PER_LETTER = 1


def fold_pseudo(pseudo: str) -> str:
    """Case- and accent-folded form used for uniqueness: ``Élodie`` == ``elodie``."""
    decomposed = unicodedata.normalize("NFKD", pseudo)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def _invisible(ch: str) -> bool:
    """Zero-width and format characters (category Cf: ZWSP, ZWJ, bidi controls, soft
    hyphen) and the other default-ignorable code points: they draw nothing."""
    return ch in IGNORABLE or unicodedata.category(ch) == "Cf"


def strip_invisible(text: str) -> str:
    """``text`` without the characters that render as nothing."""
    return "".join(ch for ch in text if not _invisible(ch))


def _skeleton_chars(text: str, depth: int = 0) -> list[str]:
    out: list[str] = []
    for ch in text:
        if ch in SEPARATORS or ch in IGNORABLE or unicodedata.category(ch) in DROPPED_CATEGORIES:
            continue
        mapped = PROTOTYPES.get(ch)  # before NFKD: lunate sigma "ϲ" is a "c", not a "σ"
        if mapped is not None:
            out.append(mapped)
            continue
        decomposed = unicodedata.normalize("NFKD", ch).casefold()
        if decomposed == ch or depth > 2:
            out.append(ch)
        else:  # full-width "Ａ", ligature "ﬁ", accented "é", capital "É": once more
            out.extend(_skeleton_chars(decomposed, depth + 1))
    return out


def pseudo_skeleton(pseudo: str) -> str:
    """The key under which pseudos are unique: equal for pseudos that read alike.

    Unicode TR39 §4 skeleton with Papote's own prototypes (domain/confusables.py), also
    ignoring case, accents and other combining marks, separators (``_``, ``-``, spaces,
    dashes), zero-width characters, and reading digits as the letters they imitate:
    ``Alice_75``, ``ALICE-75``, ``Al1ce75`` and ``Аlice_75`` (Cyrillic А) share one
    skeleton, as do ``Chloé_13`` and ``Chloe-13``. A skeleton is its own skeleton.
    """
    return "".join(_skeleton_chars(pseudo))


def _has_mark_stack(value: str) -> bool:
    """More than MAX_MARKS_PER_LETTER combining marks on one character (after NFC)."""
    run = 0
    for ch in value:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me"):
            run += 1
            if run > MAX_MARKS_PER_LETTER:
                return True
        else:
            run = 0
    return False


def check_pseudo(pseudo: object) -> str:
    """Validate a pseudo and return it NFC-normalised, without invisible characters.

    Letters (accented Latin letters included), digits, ``_`` and ``-``; 3 to 20
    characters. Non-Latin letters are refused so that a look-alike (Cyrillic "а")
    cannot impersonate another pseudo; so are stacks of combining marks ("Zalgo").
    Zero-width characters are removed. Uniqueness is decided on ``pseudo_skeleton``.

    Raises:
        DomainError: ``pseudo_invalid`` or ``pseudo_reserved``.
    """
    if not isinstance(pseudo, str):
        raise DomainError("pseudo_invalid", field="pseudo")
    if _has_mark_stack(unicodedata.normalize("NFC", pseudo)):
        raise DomainError("pseudo_invalid", field="pseudo", min=PSEUDO_MIN, max=PSEUDO_MAX)
    value = unicodedata.normalize("NFC", strip_invisible(pseudo).strip())
    if not PSEUDO_MIN <= len(value) <= PSEUDO_MAX:
        raise DomainError("pseudo_invalid", field="pseudo", min=PSEUDO_MIN, max=PSEUDO_MAX)
    folded = fold_pseudo(value)
    for ch in folded:
        if not (ch.isascii() and (ch.isalnum() or ch in "_-")):
            raise DomainError("pseudo_invalid", field="pseudo", min=PSEUDO_MIN, max=PSEUDO_MAX)
    if not any(ch.isalpha() for ch in folded):
        raise DomainError("pseudo_invalid", field="pseudo", min=PSEUDO_MIN, max=PSEUDO_MAX)
    if is_reserved(value):
        raise DomainError("pseudo_reserved", field="pseudo")
    return value


_RESERVED_EXACT_SKELETONS = frozenset(pseudo_skeleton(w) for w in _RESERVED_EXACT)
_RESERVED_PART_SKELETONS = tuple(pseudo_skeleton(w) for w in _RESERVED_PARTS)


def is_reserved(pseudo: str) -> bool:
    """True when a pseudo names or imitates the staff or the platform, also in leet
    spelling or with look-alike letters (compared skeleton to skeleton)."""
    skeleton = pseudo_skeleton(pseudo)
    if skeleton in _RESERVED_EXACT_SKELETONS:
        return True
    return any(part in skeleton for part in _RESERVED_PART_SKELETONS)


def check_gender(gender: object) -> Gender:
    """Raises DomainError ``gender_invalid`` unless gender is "f", "m" or "x"."""
    if gender == "f":
        return "f"
    if gender == "m":
        return "m"
    if gender == "x":
        return "x"
    raise DomainError("gender_invalid", field="gender")


def check_age(age: object) -> int:
    """Adults only: 18 to 99.

    Raises:
        DomainError: ``age_minor`` under 18, ``age_invalid`` otherwise.
    """
    if isinstance(age, bool) or not isinstance(age, int):
        raise DomainError("age_invalid", field="age", min=AGE_MIN, max=AGE_MAX)
    if age < AGE_MIN:
        raise DomainError("age_minor", field="age", min=AGE_MIN)
    if age > AGE_MAX:
        raise DomainError("age_invalid", field="age", min=AGE_MIN, max=AGE_MAX)
    return age


_POSTAL_RE = re.compile(r"^[0-9]{5}$")  # ASCII digits: "７５０１１" is not a postal code
# Overseas prefixes (three digits): DROM and COM that use French postal codes.
_OVERSEAS = frozenset(
    {"971", "972", "973", "974", "975", "976", "977", "978", "984", "986", "987", "988"}
)


def departement_from_postal_code(postal_code: object) -> str:
    """Return the département of a French postal code, or ``"etranger"``.

    Only the département is ever kept (GDPR art. 5(1)(c), data minimisation).
    Corsica: 200xx-201xx is Corse-du-Sud (2A), 202xx-206xx Haute-Corse (2B).

    Raises:
        DomainError: ``postal_code_invalid``.
    """
    if not isinstance(postal_code, str):
        raise DomainError("postal_code_invalid", field="postal_code")
    value = postal_code.strip().replace(" ", "")
    if fold_pseudo(value) == ABROAD:
        return ABROAD
    if not _POSTAL_RE.match(value):
        raise DomainError("postal_code_invalid", field="postal_code")
    head = value[:2]
    if head == "97" or head == "98":
        if value[:3] in _OVERSEAS:
            return value[:3]
        raise DomainError("postal_code_invalid", field="postal_code")
    number = int(head)
    if number == 20:
        return "2A" if value[2] in "01" else "2B"
    if 1 <= number <= 95:
        return head
    raise DomainError("postal_code_invalid", field="postal_code")


@dataclass(frozen=True, slots=True)
class Profile:
    """What a guest declares at entry, validated."""

    pseudo: str
    gender: Gender
    age: int
    departement: str

    @classmethod
    def check(cls, pseudo: object, gender: object, age: object, postal_code: object) -> Profile:
        """Validate every field; the first fault raises DomainError with its field."""
        return cls(
            pseudo=check_pseudo(pseudo),
            gender=check_gender(gender),
            age=check_age(age),
            departement=departement_from_postal_code(postal_code),
        )
