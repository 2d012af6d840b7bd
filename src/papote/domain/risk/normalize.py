"""Normalise chat French before matching: case, accents, homoglyphs, emoji and spelled-out
digits, leetspeak, spaced letters and digits, repeated letters; every output character
keeps the span of the original text it came from, so a hit points back at what was typed."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from papote.domain.risk.lexicon import (
    AFTER_G,
    AFTER_T_AS,
    AFTER_T_ES,
    APOSTROPHE_BEFORE,
    AZERTY_NEIGHBOURS,
    NOT_TYPOS,
    REAL_WORDS_NOT_TYPOS,
    SMS_WORDS,
    TYPO_KEYS,
)

NORMALISER_VERSION = "norm-9"  # norm-8: riskgen7; norm-9: leetspeak words (session 7)

# Letters from other scripts that look like Latin ones (the usual filter dodge).
HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "ɡ": "g", "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k",
    "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ß": "ss",
    "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i",
    "’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-",
}  # fmt: skip
# Digits and signs inside a word that stand for letters ("s3x", "sn@p", "m1neure").
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
        "@": "a", "$": "s", "€": "e", "!": "i", "|": "l"}  # fmt: skip
KEYCAP = "\u20e3"
EMOJI_DIGITS = {"\U0001f51f": "10"}  # keycap ten; keycap 0-9 are a digit + U+20E3
# Emoji that stand for a word: Snapchat's ghost ("ajoute moi sur 👻").
EMOJI_WORDS = {"\U0001f47b": " snapchat "}
INVISIBLE = {"\ufe0f", "\ufe0e", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"}

UNITS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16,
    # norm-4: as children spell them ("jai douz an", "katorz")
    "onz": 11, "douz": 12, "treiz": 13, "katorze": 14, "katorz": 14, "quatorz": 14,
    "kinze": 15, "kinz": 15, "quinz": 15, "seiz": 16,
}  # fmt: skip
TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
        "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90}  # fmt: skip
# "un"/"une" are articles: alone they stay words; inside a compound they count.
ALONE_NOT_A_NUMBER = {"un", "une"}


@dataclass(frozen=True, slots=True)
class Normalised:
    """The normalised text and, for each of its characters, the span it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that produced ``text[start:end]``."""
        if not self.text or start >= end:
            return (0, 0)
        return (self.starts[start], self.ends[end - 1])


class _Buf:
    """Characters being rewritten, each with the original span it stands for."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, text: str, start: int, end: int) -> None:
        self.chars += text
        self.starts += [start] * len(text)
        self.ends += [end] * len(text)

    def take(self, other: _Buf, i: int) -> None:
        self.chars.append(other.chars[i])
        self.starts.append(other.starts[i])
        self.ends.append(other.ends[i])

    def take_range(self, other: _Buf, i: int, j: int) -> None:
        """``other``'s characters ``i`` to ``j`` (excluded), with their spans."""
        self.chars += other.chars[i:j]
        self.starts += other.starts[i:j]
        self.ends += other.ends[i:j]

    def text(self) -> str:
        return "".join(self.chars)


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in INVISIBLE or ch == KEYCAP:
        return ""
    if ch in EMOJI_DIGITS:
        return EMOJI_DIGITS[ch]
    if ch in EMOJI_WORDS:
        return EMOJI_WORDS[ch]
    low = ch.lower()
    if low in HOMOGLYPHS:
        return HOMOGLYPHS[low]
    out = []
    for part in unicodedata.normalize("NFKD", low):
        if unicodedata.combining(part):
            continue
        part = HOMOGLYPHS.get(part, part)
        out.append(part.lower())
    folded = "".join(out)
    if folded.isspace():
        return " "
    return folded


# What each ASCII character folds to, read from _fold_char itself (session 8): a text of
# ASCII characters that each fold to one character is folded by ``str.translate``.
_ASCII_FOLD = {code: _fold_char(chr(code)) for code in range(128)}
_ASCII_ONE_TO_ONE = all(len(folded) == 1 for folded in _ASCII_FOLD.values())


def _fold(text: str) -> _Buf:
    buf = _Buf()
    if _ASCII_ONE_TO_ONE and text.isascii():
        buf.chars = list(text.translate(_ASCII_FOLD))
        buf.starts = list(range(len(text)))
        buf.ends = list(range(1, len(text) + 1))
        return buf
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        if len(folded) == 1:  # most characters: one in, one out
            buf.chars.append(folded)
            buf.starts.append(i)
            buf.ends.append(i + 1)
        else:
            buf.add(folded, i, i + 1)
    return buf


def _is_letter(ch: str) -> bool:
    return "a" <= ch <= "z"


_DOMAIN_AFTER_AT = re.compile(r"[a-z0-9-]+\.[a-z]{2,}")
_AGE_UNIT_AFTER = re.compile(r"ans?\b|yo\b")


_UNIT_AFTER_DIGIT = re.compile(
    r"(?:e|er|ere|re|eme|em|ieme|nd|nde|de|h|m|min|mn|cm|mm|km|kg|g|l|ml|k|x|ans?|a|j|s|mois|d|p|px|mmc"
    r"|fps|gb|go|mo|ko|v|w|hz|eur|euros?|pm|am|yo)(?![a-z])"
)


# Short words of leetspeak read as the French word they stand for (norm-9): digits at one
# end of a short word are otherwise kept (an age, "g14", "moi13"); not "t4" (a flat), "l3"
# (a university year), "m3" (cubic metres).
SHORT_LEET = frozenset(
    {"j3", "d3", "l4", "c3", "3n", "3t", "m4", "s4", "t3", "t35", "m35", "l35", "d35", "c35",
     "s35", "m01", "t01", "35t", "p45", "5ur"}
)  # fmt: skip
_DIGIT_RUNS = re.compile(r"\d+")


def _word_at(chars: list[str], i: int, j: int) -> str:
    """The word of letters and digits around ``chars[i:j]``."""
    a, b = i, j
    while a > 0 and chars[a - 1].isalnum():
        a -= 1
    while b < len(chars) and chars[b].isalnum():
        b += 1
    return "".join(chars[a:b])


LEET_DIGITS = frozenset(c for c in LEET if c.isdigit())


def _interleaved(word: str) -> bool:
    """A word whose digits come in two runs or more with letters between them ("50rt13",
    "pr0f5"): leetspeak, not a word and a number ("g14", "moi13", "2011gang", "ps4")."""
    runs = _DIGIT_RUNS.findall(word)
    return len(runs) >= 2 and sum(c.isalpha() for c in word) >= 2


def _leet_applies(chars: list[str], i: int, j: int, letters_before: int = 0) -> bool:
    """Whether the run ``chars[i:j]`` of leet signs stands for letters: it sits between
    letters (or opens or ends a word of letters), is short, is not an age ("j'ai14ans"),
    a unit or an ordinal ("4e", "5min") and not the "@" of an e-mail. ``letters_before``:
    how many letters end what is already read back (leet letters included: "c0d31n3")."""
    before = i > 0 and _is_letter(chars[i - 1])
    after = j < len(chars) and _is_letter(chars[j])
    run = chars[i:j]
    word = _word_at(chars, i, j)
    if word in SHORT_LEET:
        return True
    if (
        before != after
        and len(run) <= 3
        and all(c in LEET_DIGITS for c in run)
        and _interleaved(word)
    ):
        # a word's first or last digits when others sit among its letters
        rest = _squeezed("".join(chars[j : j + 40]))
        if not _AGE_UNIT_AFTER.match(rest) and not (after and _UNIT_AFTER_DIGIT.match(rest)):
            return True
    if len(run) == 1 and run[0] in "013457" and not (before and after):
        word_start = not before and (i == 0 or not chars[i - 1].isalnum())
        word_end = not after and (j == len(chars) or not chars[j].isalnum())
        if word_start and after:
            # stretched letters do not hide an ordinal or a unit ("5emeee", "3emeeee")
            rest = _squeezed("".join(chars[j : j + 12]))
            if not _UNIT_AFTER_DIGIT.match(rest):
                return j + 1 < len(chars) and _is_letter(chars[j + 1])
        if (
            word_end
            and "".join(chars[i - 2 : i]) in ("cm", "ce")
            and (i == 2 or not chars[i - 3].isalnum())
        ):
            return False  # a school grade, "cm1", "ce1" (norm-6)
        return word_end and before and letters_before >= 2
    if not (before and after):
        return False
    if len(run) > 3:
        return False
    rest = _squeezed("".join(chars[j : j + 40]))
    if run[0].isdigit() and _AGE_UNIT_AFTER.match(rest):
        return False
    if len(run) >= 2 and all(c.isdigit() for c in run):
        if _UNIT_AFTER_DIGIT.match(rest):
            return False  # an ordinal or a unit inside a word ("en13eme", "le15h"): digits
        if not _interleaved(word) and (
            not set(run) <= set("0134") or 10 <= int("".join(run)) <= 19
        ):
            return False  # a number in a handle or a code ("lea13x", "MAX77BS"); "s01r" reads
    return not ("@" in run and _DOMAIN_AFTER_AT.match(rest))


_O_FOR_ZERO = re.compile(r"(?<![a-z0-9])o(?=\d)|(?<=\d)o(?=\d)|(?<=\d\s)o(?=\d)")
_O_DIGIT = re.compile(r"o\d")


def _zero_o(src: _Buf) -> _Buf:
    """An "o" typed for a zero inside a number ("O6 12 34", "06 1o 20") is a zero."""
    if not _O_DIGIT.search(src.text()):  # what each alternative asks for
        return src
    return _rewrite(src, _O_FOR_ZERO, lambda _m: "0")


def _letters_at_end(buf: _Buf) -> int:
    """How many letters (0, 1 or 2: no more is asked) end ``buf``."""
    tail = buf.chars[-2:]
    count = 0
    for ch in reversed(tail):
        if not _is_letter(ch):
            break
        count += 1
    return count


_SIGN = "[" + re.escape("".join(LEET)) + "]"
# A sign next to a letter: without one no run of signs is read as letters (_leet_applies
# asks for a letter before or after the run, and every SHORT_LEET word has one).
_SIGN_BY_LETTER = re.compile(f"[a-z]{_SIGN}|{_SIGN}[a-z]")


def _leet(src: _Buf) -> _Buf:
    """Map digits and signs to letters when the run they form sits between letters."""
    chars = src.chars
    if not _SIGN_BY_LETTER.search(src.text()):
        return src  # nothing to read (the buffers are never changed once built)
    out = _Buf()
    n = len(chars)
    i = 0
    while i < n:
        if chars[i] in LEET:
            j = i
            while j < n and chars[j] in LEET:
                j += 1
            if _leet_applies(chars, i, j, _letters_at_end(out)):
                for k in range(i, j):
                    out.add(LEET[chars[k]], src.starts[k], src.ends[k])
            else:
                out.take_range(src, i, j)
            i = j
            continue
        j = i + 1  # the run of characters that are not leet signs, copied at once
        while j < n and chars[j] not in LEET:
            j += 1
        out.take_range(src, i, j)
        i = j
    return out


_TOKEN = re.compile(r"[a-z]+|[0-9]+|\s+|.", re.DOTALL)


def _tokens(buf: _Buf) -> list[tuple[str, int, int]]:
    text = buf.text()
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# A word of UNITS or TENS as a whole token: without one, _number_words changes nothing.
_NUMBER_WORD = re.compile(
    r"(?<![a-z])(?:" + "|".join(sorted({*UNITS, *TENS}, key=len, reverse=True)) + r")(?![a-z])"
)


def _number_words(src: _Buf) -> _Buf:
    """Spelled-out numbers 0-99 become digits ("quatorze" -> "14", "dix-sept" -> "17")."""
    if not _NUMBER_WORD.search(src.text()):
        return src
    toks = _tokens(src)
    out = _Buf()
    i = 0
    while i < len(toks):
        word, start, _ = toks[i]
        if word not in UNITS and word not in TENS:
            out.take_range(src, start, toks[i][2])
            i += 1
            continue
        # Longest compound starting here: words joined by "-", " " or " et ".
        parts = [i]
        j = i + 1
        while j < len(toks):
            k = j
            if toks[k][0] in ("-", " ") or toks[k][0].isspace():
                k += 1
            if k < len(toks) and toks[k][0] == "et" and k + 1 < len(toks):
                k += 1
                if toks[k][0].isspace() or toks[k][0] == "-":
                    k += 1
            if k < len(toks) and (toks[k][0] in UNITS or toks[k][0] in TENS) and k != j:
                parts.append(k)
                j = k + 1
            else:
                break
        value, used = _compose([toks[p][0] for p in parts])
        if used == 1 and word in ALONE_NOT_A_NUMBER:
            out.take_range(src, start, toks[i][2])
            i += 1
            continue
        last = parts[used - 1]
        end = toks[last][2]
        out.add(str(value), src.starts[start], src.ends[end - 1])
        i = last + 1
    return out


def _read_number(words: list[str]) -> int | None:
    """The value of ``words`` read as one French number below 100, or None."""
    u = [UNITS.get(w) for w in words]
    match words:
        case [w] if w in UNITS:
            return UNITS[w]
        case [w] if w in TENS:
            return TENS[w]
        case ["dix", _] if u[1] in (7, 8, 9):
            return 10 + UNITS[words[1]]
        case ["soixante", _] if u[1] is not None and 1 <= u[1] <= 16:
            return 60 + u[1]
        case ["soixante", "dix", _] if u[2] in (7, 8, 9):
            return 70 + UNITS[words[2]]
        case ["quatre", "vingt" | "vingts"]:
            return 80
        case ["quatre", "vingt" | "vingts", _] if u[2] is not None and 1 <= u[2] <= 16:
            return 80 + u[2]
        case ["quatre", "vingt" | "vingts", "dix", _] if u[3] in (7, 8, 9):
            return 90 + UNITS[words[3]]
        case [w, _] if w in TENS and u[1] is not None and 1 <= u[1] <= 9:
            return TENS[w] + u[1]
    return None


def _compose(words: list[str]) -> tuple[int, int]:
    """Value of the longest prefix of ``words`` that reads as one number, and its length."""
    for n in range(min(4, len(words)), 0, -1):
        value = _read_number(words[:n])
        if value is not None:
            return value, n
    raise ValueError(words[0])  # pragma: no cover - the first word is always a number


def _letter_gap(toks: list[tuple[str, int, int]], j: int) -> int:
    """How many tokens from ``j`` make one gap between spaced-out letters: a sign ("s.n.a.p",
    "s_n_a_p", "s n a p") or a sign between two spaces ("s . n . a . p"); 0: none."""
    seps = {" ", ".", "-", "_", "/", "*"}
    if j < len(toks) and toks[j][0] in seps:
        if (
            toks[j][0] == " "
            and j + 2 < len(toks)
            and toks[j + 1][0] in seps - {" "}
            and toks[j + 2][0] == " "
        ):
            return 3
        return 1
    return 0


# What any join needs in an ASCII text: two single letters with a gap of _letter_gap
# between them, or two digit groups with one separator (session 8: most lines have
# neither, and _join_spaced then changes nothing).
_MAY_JOIN = re.compile(r"(?<![a-z])[a-z](?: [./*_-] |[ ./*_-])[a-z](?![a-z])|[0-9][ ._-][0-9]")


def _join_spaced(src: _Buf) -> _Buf:
    """Join runs of single letters ("s n a p", "s.n.a.p", "s . n . a . p") and of spaced
    digit groups ("1 4", "06 12 34 56 78") that people type to slip past a filter. A run of
    letters keeps one separator throughout: "c_o_l_l_e_g_e a Lyon" joins "colege", not the
    "a" after it."""
    text = src.text()
    if text.isascii() and not _MAY_JOIN.search(text):
        return src
    toks = _tokens(src)
    out = _Buf()
    i = 0
    while i < len(toks):
        word = toks[i][0]
        single_letter = len(word) == 1 and _is_letter(word)
        digits = word.isdigit()
        if single_letter or digits:
            run = [i]
            j = i + 1
            gap_text = None  # the letters' separator, as first typed
            while j + 1 < len(toks):
                if single_letter:
                    width = _letter_gap(toks, j)
                    gap = "".join(t[0] for t in toks[j : j + width])
                    nxt = toks[j + width][0] if width and j + width < len(toks) else ""
                    ok_sep = width > 0 and gap_text in (None, gap)
                    ok_next = len(nxt) == 1 and _is_letter(nxt)
                    if ok_sep and ok_next:
                        gap_text = gap
                        run.append(j + width)
                        j += width + 1
                        continue
                    break
                sep = toks[j][0]
                nxt = toks[j + 1][0]
                ok_sep = sep in (" ", "-", ".", "_")
                ok_next = nxt.isdigit()
                if ok_sep and ok_next:
                    run.append(j + 1)
                    j += 2
                else:
                    break
            join = False
            if single_letter:
                join = len(run) >= 3
            else:
                groups = [toks[r][0] for r in run]
                total = sum(len(g) for g in groups)
                seps_used = {toks[r + 1][0] for r in run[:-1]}
                spaced_digits = all(len(g) == 1 for g in groups) and seps_used <= {" ", "-", "_"}
                phone_groups = total >= 8 and max(map(len, groups)) <= 4
                join = len(run) >= 2 and (spaced_digits or phone_groups)
            if join:
                for r in run:
                    _, s, e = toks[r]
                    out.take_range(src, s, e)
                i = run[-1] + 1
                continue
        _, s, e = toks[i]
        out.take_range(src, s, e)
        i += 1
    return out


_REPEATED = re.compile(r"([a-z\s!?.'])\1+")


def _squeeze(src: _Buf) -> _Buf:
    """Collapse repeated letters to one ("biiisouuus" -> "bisous", "message" -> "mesage"):
    word lists are squeezed the same way, so spelling "ss" or "s" does not matter. Digits
    and spaces are left as typed (an age "11" is not "1"). Each run of one such character
    (``_REPEATED``, ``\\s`` being ``str.isspace``) keeps its first, spanning the run."""
    runs = _REPEATED.finditer(src.text())
    out = _Buf()
    pos = 0
    for m in runs:
        start, end = m.span()
        out.take_range(src, pos, start + 1)
        out.ends[-1] = src.ends[end - 1]
        pos = end
    if pos == 0:
        return src
    out.take_range(src, pos, len(src.chars))
    return out


_OTHER_SPACE = re.compile(r"[^\S ]")


def _spaces(src: _Buf) -> _Buf:
    if not _OTHER_SPACE.search(src.text()):
        return src
    out = _Buf()
    out.chars = [" " if ch.isspace() else ch for ch in src.chars]
    out.starts = list(src.starts)
    out.ends = list(src.ends)
    return out


def _squeezed(word: str) -> str:
    return re.sub(r"([a-z])\1+", r"\1", word)


def _typo_map() -> dict[str, str]:
    """Every one-edit typo of a key word (an inner letter dropped, two inner letters
    swapped, an inner "e" typed "a" or back, an inner letter typed with a neighbouring key
    of a French AZERTY keyboard) -> the key word; a typo shared by two key words, or that
    is a key word itself or a listed real word, is left alone."""
    keys = {_squeezed(k) for k in TYPO_KEYS}
    keys = {k for k in keys if len(k) >= 6}
    found: dict[str, set[str]] = {}
    for key in keys:
        variants = set()
        for i in range(1, len(key) - 1):
            variants.add(key[:i] + key[i + 1 :])
            if i + 1 < len(key) - 1 or i + 1 == len(key) - 1:
                variants.add(key[:i] + key[i + 1] + key[i] + key[i + 2 :])
            swap = {"e": "a", "a": "e"}.get(key[i])
            if swap:
                variants.add(key[:i] + swap + key[i + 1 :])
            for near in AZERTY_NEIGHBOURS.get(key[i], ""):
                variants.add(key[:i] + near + key[i + 1 :])
        for v in variants:
            v = _squeezed(v)
            if v != key and len(v) >= 5:
                found.setdefault(v, set()).add(key)
    return {
        v: next(iter(ks))
        for v, ks in found.items()
        if len(ks) == 1 and v not in keys and v not in NOT_TYPOS and v not in REAL_WORDS_NOT_TYPOS
    }


TYPOS = _typo_map()
_SMS = {k: _squeezed(v) for k, v in SMS_WORDS.items()}
_SMS_RE = re.compile(
    r"(?<![a-z0-9'])(" + "|".join(sorted(map(re.escape, _SMS), key=len, reverse=True)) + r")"
    r"(?![a-z0-9'])"
)
_CONTEXT_RE = re.compile(
    rf"(?<![a-z0-9'])(?:(?P<apos>[jldmsn]|qu)\s(?=[aeiouyh][a-z])"
    rf"|(?P<apos2>c|t(?=\s(?!en\b)))\s(?=(?:{APOSTROPHE_BEFORE})(?![a-z]))"
    rf"|(?P<tas>tas?)(?=\s(?:{AFTER_T_AS})(?![a-z]))"
    rf"|(?P<tes>tes|t)(?=\s(?:{AFTER_T_ES})(?![a-z]))"
    rf"|(?<![0-9]\s)(?<!\ble\s)(?P<g>g)(?=\s(?:{AFTER_G})(?![a-z]))"
    rf"|(?P<c>c)(?=\s[a-z0-9@])"
    rf"|(?P<jt>j)(?=[tm]'[aeiouyh])"
    # norm-7: a dropped "e" before a consonant, as spoken ("j'dois", "l'prof", "d'sortie")
    rf"|(?<![a-z0-9'])(?P<elide_>[jldm])'(?=[bcdfgjklmnpqrstvwxz][a-z])"
    rf"|(?<![a-z0-9'])(?P<ta2>t'a)(?=\s(?:{AFTER_T_AS})(?![a-z]))"
    rf"|(?<![a-z0-9'])(?P<sa>sa)(?=\s(?:change|va|fait|marche|sert|pase|compte|craint|depend|derange|reste"
    rf"|suffit|me|te)(?![a-z]))"
    rf"|(?<=\s)(?P<plus>\+)(?=\s[a-z])"
    # norm-8: a plural's lost "s" after a plural possessive ("tes parent sont stricts")
    rf"|(?<=\b[tmvn][eo]s\s)(?P<plural>parent)(?![a-z]))"
)
_CONTEXT = {
    "tas": "t'as",
    "tes": "t'es",
    "g": "j'ai",
    "c": "c'est",
    "jt": "je ",
    "ta2": "t'as",
    "sa": "ca",
    "plus": "plus",
    "plural": "parents",
}


def _rewrite(src: _Buf, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]) -> _Buf:
    """``src`` with every match of ``pattern`` replaced; the new characters stand for the
    span of what they replace."""
    text = src.text()
    out = _Buf()
    pos = 0
    for m in pattern.finditer(text):
        if m.start() == m.end():
            continue
        out.take_range(src, pos, m.start())
        out.add(replace(m), src.starts[m.start()], src.ends[m.end() - 1])
        pos = m.end()
    if pos == 0:  # nothing replaced: the buffers are never changed once built
        return src
    out.take_range(src, pos, len(text))
    return out


# norm-7: a year said in words ("deux mille onze", "deux mil onze"), once its parts are
# digits ("2 mile 11"), is one number ("2011"). An amount is not a year ("deux mille cinq
# cents euros").
_YEAR_WORDS = re.compile(
    r"\b2\smile?s?\s(\d{1,2}|un)\b(?!\s?(?:cents?|euros?|€|e\b|balles|dolars|francs|km|m\b|metres))"
)


def _years(src: _Buf) -> _Buf:
    return _rewrite(src, _YEAR_WORDS, lambda m: f"20{int(m.group(1).replace('un', '1')):02d}")


def _sms(src: _Buf) -> _Buf:
    """SMS spellings read back as French ("jsuis" -> "je suis", "ta quel age" -> "t'as quel
    age", "g 14 ans" -> "j'ai 14 ans", "j ai" -> "j'ai"), then typos of key words
    ("parets" -> "parents")."""

    def context(m: re.Match[str]) -> str:
        kind = m.lastgroup or ""
        if kind in ("apos", "apos2"):
            return m.group(kind) + "'"
        if kind == "elide_":
            return m.group(kind) + "e "
        return _CONTEXT[kind]

    buf = _rewrite(src, _SMS_RE, lambda m: _SMS[m.group(1)])
    buf = _rewrite(buf, _CONTEXT_RE, context)
    return _typos(buf)


_WORD = re.compile(r"[a-z]{5,}")


def _typos(src: _Buf) -> _Buf:
    """Typos of key words read back as the word; every word of five letters or more, a
    typo or not, stands for its whole span, as ``_rewrite`` leaves it. Without a typo
    only the spans change: they are written in place of a copy (session 8)."""
    text = src.text()
    words = [m.span() for m in _WORD.finditer(text)]
    if not words:
        return src
    if any(text[start:end] in TYPOS for start, end in words):
        return _rewrite(src, _WORD, lambda m: TYPOS.get(m.group(), m.group()))
    out = _Buf()
    out.chars = src.chars
    out.starts = list(src.starts)
    out.ends = list(src.ends)
    for start, end in words:
        out.starts[start:end] = [src.starts[start]] * (end - start)
        out.ends[start:end] = [src.ends[end - 1]] * (end - start)
    return out


def normalise(text: str) -> Normalised:
    """Fold ``text`` into the form the rules and word lists are written in.

    Lower case, no accents, Latin letters for look-alikes, digits for emoji and spelled
    numbers, letters for leetspeak inside words, spaced-out letters and digits joined,
    repeated letters collapsed, whitespace runs to one space, SMS spellings read back as
    French and typos of key words read back as the word (lexicon.py).
    """
    buf = _zero_o(_spaces(_fold(text)))
    buf = _squeeze(_leet(buf))
    buf = _number_words(buf)
    buf = _years(_squeeze(_join_spaced(buf)))
    buf = _sms(buf)
    return Normalised(buf.text(), tuple(buf.starts), tuple(buf.ends))


def fold(text: str) -> str:
    """The normalised text alone (for word lists and tests)."""
    return normalise(text).text
