"""Look-alike data for pseudo skeletons: Papote's own subset of Unicode TR39 confusables.

Unicode TR39 §4 defines ``skeleton(X)`` as: NFD, replace each character by its prototype
from ``confusables.txt``, NFD again; two strings are confusable when their skeletons are
equal. Papote does not ship or download ``confusables.txt`` (thousands of lines, most of
them for scripts a pseudo may not use): this module holds the part that matters for
pseudos, written by hand from TR39's Latin, Cyrillic and Greek entries, and widened on
purpose where TR39 is strict:

- the prototype is a *lowercase* Latin string (the skeleton also ignores case);
- digits and a few symbols stand for the letters they are used for (``0`` for ``o``,
  ``1`` for ``l``, ``3`` for ``e``...), since ``Al1ce`` is read as ``Alice``; no two
  digits share a letter (``6`` is left alone: ``b`` is ``8``), so ``Marc_68`` and
  ``Marc_88``, both département numbers, stay two pseudos;
- ``i`` and ``l`` share the prototype ``l`` (TR39: ``I`` -> ``l``), ``m`` is ``rn`` and
  ``w`` is ``vv`` (TR39 entries ``m`` -> ``rn``, and ``vv`` the way it renders).

Invariant (tested): every prototype is made of letters that are not keys themselves and
that NFKD and casefold leave alone, so a skeleton is a fixed point of the skeleton.
"""

from __future__ import annotations

# Characters drawn alike, exact case (uppercase Greek Eta is "H" while lowercase eta is
# "n": the mapping is applied before case folding). Values are lowercase Latin prototypes.
PROTOTYPES: dict[str, str] = {
    # Latin letters that look like another Latin letter or pair (TR39 and pseudo usage).
    "i": "l",
    "m": "rn",
    "w": "vv",
    "ı": "l",  # dotless i
    "ȷ": "j",
    "ł": "l",
    "Ł": "l",
    "ø": "o",
    "Ø": "o",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "ħ": "h",
    "Ħ": "h",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "ß": "ss",
    "ɑ": "a",
    "ɡ": "g",
    "ɩ": "l",
    "ɪ": "l",
    "ʟ": "l",
    "ʀ": "r",
    "ʙ": "b",
    "ʜ": "h",
    "ʏ": "y",
    "ɢ": "g",
    "ɴ": "n",
    "ᴀ": "a",
    "ᴄ": "c",
    "ᴅ": "d",
    "ᴇ": "e",
    "ᴊ": "j",
    "ᴋ": "k",
    "ᴍ": "rn",
    "ᴏ": "o",
    "ᴘ": "p",
    "ꜱ": "s",
    "ᴛ": "t",
    "ᴜ": "u",
    "ᴠ": "v",
    "ᴡ": "vv",
    "ᴢ": "z",
    # Digits and symbols read as letters.
    "0": "o",
    "1": "l",
    "2": "z",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "8": "b",
    "9": "g",
    "@": "a",
    "$": "s",
    "|": "l",
    "!": "l",
    # Cyrillic, uppercase then lowercase.
    "А": "a",
    "В": "b",
    "Е": "e",
    "З": "e",
    "К": "k",
    "М": "rn",
    "Н": "h",
    "О": "o",
    "Р": "p",
    "С": "c",
    "Т": "t",
    "У": "y",
    "Х": "x",
    "Ѕ": "s",
    "І": "l",
    "Ј": "j",
    "Ԁ": "d",
    "Ԛ": "q",
    "Ԝ": "vv",
    "Һ": "h",
    "Ь": "b",
    "Ӏ": "l",
    "Ү": "y",
    "а": "a",
    "в": "b",
    "г": "r",
    "е": "e",
    "з": "e",
    "к": "k",
    "м": "rn",
    "н": "h",
    "о": "o",
    "п": "n",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "l",
    "ј": "j",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "vv",
    "һ": "h",
    "ь": "b",
    "ӏ": "l",
    "ү": "y",
    # Greek, uppercase then lowercase.
    "Α": "a",
    "Β": "b",
    "Ε": "e",
    "Ζ": "z",
    "Η": "h",
    "Ι": "l",
    "Κ": "k",
    "Μ": "rn",
    "Ν": "n",
    "Ο": "o",
    "Ρ": "p",
    "Τ": "t",
    "Υ": "y",
    "Χ": "x",
    "Ϲ": "c",
    "α": "a",
    "β": "b",
    "γ": "y",
    "ε": "e",
    "η": "n",
    "ι": "l",
    "κ": "k",
    "μ": "u",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ω": "vv",
    "σ": "o",
    "ϲ": "c",
    "ϳ": "j",
}

# Characters a skeleton drops: separators a pseudo may contain or imitate (besides every
# character of the Unicode categories Zs, Pc, Pd and Cf, which covers zero-width spaces
# and joiners, bidi controls and the soft hyphen), and default-ignorable code points that
# render as nothing (TR39 §4 works on text where these were removed; UAX #44).
SEPARATORS = frozenset("_-. ")
IGNORABLE = frozenset(
    "\u034f"  # combining grapheme joiner
    "\u115f\u1160\u3164\uffa0"  # Hangul fillers
    "\u17b4\u17b5"  # Khmer inherent vowels
    "\u180b\u180c\u180d\u180e\u180f"  # Mongolian free variation selectors, vowel separator
    "\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07"  # variation selectors
    "\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f"
)
DROPPED_CATEGORIES = frozenset({"Zs", "Pc", "Pd", "Cf", "Mn", "Me"})
