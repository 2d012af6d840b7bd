"""What a pseudo may not say (docs/moderation.md "Pseudos").

A pseudo is public: it is shown in every salon list, beside every line its owner writes.
Refused at entry, before anyone sees it:

- ``pseudo_minor``: the pseudo says its owner is a minor ("Lea14ans", "collegienne",
  "mineure", "ado"). Papote is for adults; the answer is the adults-only one, with 3018.
- ``pseudo_refused``: the pseudo is hateful (nazi symbols, slurs), sexually explicit,
  or names the sexual abuse of children ("pedo", "lolita").

Compared on the pseudo's skeleton (domain/identity.py: case, accents, separators, leet
digits and look-alike letters all read alike), so "P3d0", "p-e-d-o" and "ｐｅｄｏ" are one.
Terms are either whole-word (the whole pseudo, or a part of it between separators, digits
or a change of case) or contained anywhere; contained terms that innocent words contain
too are matched after those words are taken out ("Depute75", "Nazim", "Montenegro" pass).
Numbers are read on the folded pseudo, not the skeleton, which reads digits as letters.
Numbers alone are not ages: "Marc13" and "Lea_75" are départements, and a number that
looks like a birth year ("lea2011") is also how load tools and many people number pseudos
("user2011"), so only "<age>ans" says an age. Pure.
"""

from __future__ import annotations

import functools
import re

from papote.domain.identity import fold_pseudo, pseudo_skeleton

# Anywhere in the skeleton (after taking out the innocent words below).
_CONTAINED = {
    "refused": (
        # hate
        "nazi",
        "hitler",
        "heilhitler",
        "siegheil",
        "whitepower",
        "kukluxklan",
        "negro",
        "negre",
        "bougnoul",
        "bicot",
        "youpin",
        "youtre",
        "sionard",
        "tapette",
        "tarlouze",
        "gouine",
        "enculee",
        "encule",
        "salearabe",
        "salejuif",
        "salenoir",
        "salenegre",
        "mortauxjuifs",
        "mortauxarabes",
        # child sexual abuse
        "pedo",
        "pedophil",
        "lolita",
        "pedoporn",
        "childlove",
        # sexually explicit
        "salope",
        "pute",
        "grossebite",
        "bitedure",
        "sucemoi",
        "suceuse",
        "suceur",
        "chaudasse",
        "baiseur",
        "baiseuse",
        "jebaise",
        "niquer",
        "niquetamere",
        "partouze",
        "plancul",
        "porno",
        "xxx",
        "sodomi",
        "ejacul",
        "masturb",
        "branleur",
        "branleuse",
        "vagin",
        "penis",
        "zizi",
        "nichon",
        "clito",
    ),
    "minor": (
        "mineur",
        "mineure",
        "collegien",
        "collegienne",
        "jsuismineur",
        "pasmajeur",
        "adolescent",
    ),
}

# The whole pseudo, or one of its words.
_WORDS = {
    "refused": ("kkk", "pd", "pdf", "ss", "ntm", "sexe", "bite", "cul", "chatte", "teub", "sperme"),
    "minor": ("ado", "teen", "lyceenne"),
}

# Innocent words that contain a contained term: taken out of the skeleton before matching.
_INNOCENT = (
    "depute",
    "dispute",
    "reputation",
    "computer",
    "amputer",
    "imputer",
    "nazim",
    "nazir",
    "nazih",
    "nazia",
    "montenegro",
    "negroni",
    "pedologue",
    "pedodont",
    "speedo",
    "torpedo",
    "stereotype",
    "mineurdefond",  # a coal miner ("mineur de fond")
    "encyclopedie",
    "pedopsy",
    "puteaux",  # the town (92)
)

# "14ans", "14_ans", "quatorzeans": an age under 18 said in the pseudo.
_AGE_WORDS = {
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "dixsept": 17,
}
_AGE_DIGITS = re.compile(r"(?<!\d)(\d{1,2})[_-]?ans?(?![a-z])")
# A part of the pseudo: separators, digits and a lower-to-upper change of case split it.
_SEPARATED = re.compile(r"[_-]+")
_SEPARATED_OR_DIGITS = re.compile(r"[_\-\d]+")
_PARTS = re.compile(r"[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+(?![a-zß-ÿ])")

_CONTAINED_SKELETONS = {
    kind: tuple(pseudo_skeleton(term) for term in terms) for kind, terms in _CONTAINED.items()
}
_WORD_SKELETONS = {
    kind: frozenset(pseudo_skeleton(term) for term in terms) for kind, terms in _WORDS.items()
}
_INNOCENT_SKELETONS = tuple(pseudo_skeleton(word) for word in _INNOCENT)
_INNOCENT_RX = re.compile("|".join(map(re.escape, _INNOCENT_SKELETONS)))
# Every start of a term (a lookahead, so overlapping terms are all seen).
_CONTAINED_RX = {
    kind: re.compile("(?=(" + "|".join(map(re.escape, sorted(terms, key=len))) + "))")
    for kind, terms in _CONTAINED_SKELETONS.items()
}
_AGE_WORD_SKELETONS = {pseudo_skeleton(w + "ans"): age for w, age in _AGE_WORDS.items()}


@functools.lru_cache(maxsize=4096)
def _char_skeleton(ch: str) -> str:
    """One character's skeleton (``pseudo_skeleton`` works one character at a time)."""
    return pseudo_skeleton(ch)


def _skeleton(text: str) -> str:
    return "".join(map(_char_skeleton, text))


def _mostly_letters(chunk: str) -> bool:
    """At most half of ``chunk`` is digits: "P3d0" may be read as leet, "2121" (a load
    tool's numbering) may not, or it would read as "zizi"."""
    return 2 * sum(map(str.isdigit, chunk)) <= len(chunk)


def _words(pseudo: str) -> set[str]:
    """The pseudo whole and its parts, as skeletons: parts between separators (digits
    read as leet letters: "b1te"), between separators and digits ("pd75"), and between
    changes of case ("JeunePd"); not the parts that are mostly digits ("user_55")."""
    chunks = [pseudo, *_SEPARATED.split(pseudo), *_SEPARATED_OR_DIGITS.split(pseudo)]
    chunks += _PARTS.findall(pseudo)
    return {_skeleton(chunk) for chunk in chunks if chunk and _mostly_letters(chunk)}


def _contains(pseudo: str) -> str | None:
    """The kind of a term in the pseudo's skeleton, innocent words taken out, where the
    characters it is read from are mostly letters (the skeleton reads digits as letters)."""
    shown = [_char_skeleton(ch) for ch in pseudo]
    text = _INNOCENT_RX.sub(lambda m: "_" * len(m.group()), "".join(shown))
    digit: list[bool] | None = None
    for kind in ("refused", "minor"):
        for match in _CONTAINED_RX[kind].finditer(text):  # usually none: one scan in C
            if digit is None:
                digit = [
                    d
                    for ch, part in zip(pseudo, shown, strict=True)
                    for d in [ch.isdigit()] * len(part)
                ]
            start, term = match.start(), match.group(1)
            if 2 * sum(digit[start : start + len(term)]) <= len(term):
                return kind
    return None


def _says_minor_age(pseudo: str) -> bool:
    folded = fold_pseudo(pseudo)
    for match in _AGE_DIGITS.finditer(folded):
        if 8 <= int(match.group(1)) <= 17:
            return True
    skeleton = _skeleton(pseudo)
    return any(word in skeleton for word in _AGE_WORD_SKELETONS)


def pseudo_verdict(pseudo: str) -> str | None:
    """``"minor"``, ``"refused"`` or None for an acceptable pseudo (already checked for
    syntax by ``identity.check_pseudo``)."""
    contained = _contains(pseudo)
    if contained is not None:
        return contained
    words = _words(pseudo)
    for kind in ("refused", "minor"):
        if words & _WORD_SKELETONS[kind]:
            return kind
    if _says_minor_age(pseudo):
        return "minor"
    return None
