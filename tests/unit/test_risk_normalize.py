"""The risk normaliser: each folding it promises, its spans, and its invariants."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.domain.risk.normalize import fold, normalise
from papote.domain.risk.rules import RULES, squeeze_pattern


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("J'AI QUATORZE ANS", "j'ai 14 ans"),  # case, spelled number
        ("j'ai 1 4 ans", "j'ai 14 ans"),  # spaced digits
        ("j'ai 1️⃣4️⃣ ans", "j'ai 14 ans"),  # emoji keycap digits
        ("j'ai ⑭ ans", "j'ai 14 ans"),  # circled number (NFKC)
        ("j'ai １４ ans", "j'ai 14 ans"),  # full-width digits
        ("je suis mineuuuure", "je suis mineure"),  # stretched letters
        ("je suis m1neure", "je suis mineure"),  # leetspeak inside a word
        ("aj0ute m0i sur sn4p", "ajoute moi sur snap"),
        ("t'as 1nsta ?", "t'as insta ?"),  # leetspeak opening a word
        ("fils de put3", "fils de pute"),  # leetspeak closing a word
        ("ѕnаpсhаt", "snapchat"),  # Cyrillic look-alikes
        ("s n a p", "snap"),  # spaced letters
        ("s.n.a.p", "snap"),
        ("élève de collège", "eleve de colege"),  # accents, doubled letters
        ("dix-sept ans", "17 ans"),
        ("vingt et un ans", "21 ans"),
        ("soixante-dix-huit", "78"),
        ("quatre-vingt-dix-neuf", "99"),
        ("zéro six douze trente-quatre cinquante-six soixante-dix-huit", "0612345678"),
        ("06 12 34 56 78", "0612345678"),
        ("06.12.34.56.78", "0612345678"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("j’ai", "j'ai"),  # typographic apostrophe
        ("O6 39 98 12 34", "0639981234"),  # a letter O for a zero in a number
        # SMS spelling read back as French (lexicon.py)
        ("jsuis en 4e", "je suis en 4e"),
        ("chui mineure", "je suis mineure"),
        ("ta kel age", "t'as quel age"),
        ("tas snap ?", "t'as snap ?"),
        ("t trop belle", "t'es trop bele"),
        ("tes en quelle classe", "t'es en quele clase"),
        ("g 14 ans", "j'ai 14 ans"),
        ("j ai 14 ans", "j'ai 14 ans"),
        ("c koi ton snap", "c'est quoi ton snap"),
        ("tu m ajoutes", "tu m'ajoutes"),
        ("jte kiffe", "je te kife"),
        # typos of key words read back as the word
        ("tes parnets", "tes parents"),
        ("au colleeg", "au colege"),
        ("snpachat", "snapchat"),
    ],
)
def test_folds(typed: str, folded: str) -> None:
    assert fold(typed) == folded


@pytest.mark.parametrize(
    "kept",
    [
        "1m45",  # a height, not leetspeak
        "saison 4",
        "je suis en 4e",  # an ordinal stays an ordinal
        "5min",
        "j'ai14ans",  # an age glued to its words is not leetspeak
        "un chat",  # the article "un" is not a number
        "2.5 kg",  # a decimal is not spaced digits
        "jean.dupont@example.test",  # the @ of an e-mail is not an "a"
        "12/04",
        "ta mere",  # the possessive stays
        "tes parents",
        "10e le g",  # a gram is not "j'ai"
        "des habits",  # a real word one letter away from a key word
        "la comte",
    ],
)
def test_leaves_alone(kept: str) -> None:
    assert fold(kept) == kept


def test_spans_point_back_at_what_was_typed() -> None:
    text = "Coucou, j'ai QUATORZE ans"
    norm = normalise(text)
    i = norm.text.index("14")
    start, end = norm.source_span(i, i + 2)
    assert text[start:end] == "QUATORZE"


def test_spans_of_joined_digits() -> None:
    text = "appelle le 06 12 34 56 78 stp"
    norm = normalise(text)
    i = norm.text.index("0612345678")
    start, end = norm.source_span(i, i + 10)
    assert text[start:end] == "06 12 34 56 78"


@given(st.text(max_size=80))
def test_spans_are_ordered_and_inside_the_text(text: str) -> None:
    norm = normalise(text)
    assert len(norm.starts) == len(norm.text) == len(norm.ends)
    for start, end in zip(norm.starts, norm.ends, strict=True):
        assert 0 <= start < end <= len(text)
    assert list(norm.starts) == sorted(norm.starts)


@given(st.text(max_size=80))
def test_normal_form_is_lower_case_without_accents_or_repeats(text: str) -> None:
    out = fold(text)
    assert out == out.lower() or not out.isascii()
    assert not any(a == b and a.isalpha() and a.isascii() for a, b in itertools.pairwise(out))
    assert "  " not in out


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz '", max_size=60))
def test_plain_words_are_a_fixed_point_once_squeezed(text: str) -> None:
    # Folding twice changes nothing more on letters (the rules rely on one fixed form).
    assert fold(fold(text)) == fold(text)


@given(st.integers(min_value=0, max_value=99).filter(lambda n: n != 1))
def test_every_number_below_100_reads_back(n: int) -> None:
    # "un" alone is the article and stays a word; "vingt et un" is 21.
    assert fold(_french(n)) == str(n)


def _french(n: int) -> str:
    units = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
             "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]  # fmt: skip
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
    if n <= 16:
        return units[n]
    if n < 20:
        return "dix-" + units[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        if u == 0:
            return tens[t]
        return f"{tens[t]} et un" if u == 1 else f"{tens[t]}-{units[u]}"
    if n < 80:
        return "soixante-" + (units[n - 60] if n - 60 <= 16 else "dix-" + units[n - 70])
    rest = n - 80
    if rest == 0:
        return "quatre-vingts"
    return "quatre-vingt-" + (units[rest] if rest <= 16 else "dix-" + units[rest - 10])


@given(st.sampled_from(["snap", "insta", "telegram", "whatsapp"]), st.sampled_from([" ", ".", "-"]))
def test_spaced_app_names_are_joined(app: str, sep: str) -> None:
    assert fold(sep.join(app)) == fold(app)


def test_patterns_are_written_in_the_normal_form() -> None:
    # Squeezing a compiled pattern again changes nothing: no doubled letter survives.
    for rule in RULES:
        assert squeeze_pattern(rule.pattern.pattern) == rule.pattern.pattern, rule.name


def test_squeeze_pattern_keeps_escapes() -> None:
    assert squeeze_pattern(r"\bbelle\s") == r"\bbele\s"


def test_typos_map_only_to_key_words_and_never_from_one() -> None:
    from papote.domain.risk.lexicon import TYPO_KEYS
    from papote.domain.risk.normalize import TYPOS

    keys = {fold(k) for k in TYPO_KEYS}
    assert set(TYPOS.values()) <= keys
    assert not set(TYPOS) & keys


@given(st.sampled_from(["parents", "snapchat", "mineure", "telegram", "instagram"]), st.data())
def test_one_dropped_or_swapped_inner_letter_reads_back(word: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(min_value=1, max_value=len(word) - 3))
    dropped = word[:i] + word[i + 1 :]
    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    assert fold(dropped) == fold(word)
    assert fold(swapped) == fold(word)


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        # norm-3: spaced-out letters keep one separator, so the word after is not swallowed
        ("je vais au c_o_l_l_e_g_e a Lyon", "je vais au colege a lyon"),
        ("l'a*g*e c'est qu'un chiffre", "l'age c'est qu'un chifre"),
        ("c . o . l . l . e . g . e", "colege"),
        ("s n a p", "snap"),
        # a key word typed with a neighbouring key (AZERTY) reads back as the word
        ("tes parenys", "tes parents"),
        ("je te balqnce", "je te balance"),
        # Snapchat's ghost is Snapchat
        ("ta 👻 ?", "t'as snapchat ?"),
        # ... but a name is not an insult typed with a neighbouring key
        ("salomé", "salome"),
    ],
)
def test_norm_3_reads_more_typing(typed: str, folded: str) -> None:
    assert fold(typed) == folded


# norm-4
@given(st.integers(min_value=3, max_value=6), st.integers(min_value=1, max_value=6))
def test_a_stretched_ordinal_stays_an_ordinal(grade: int, extra: int) -> None:
    """ "3emeeee" is a grade, not leetspeak for "eme" ("jsuis en 5emeee")."""
    assert fold(f"jsuis en {grade}em" + "e" * extra) == f"je suis en {grade}eme"


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("onz", 11),
        ("douz", 12),
        ("treiz", 13),
        ("katorz", 14),
        ("katorze", 14),
        ("kinze", 15),
        ("seiz", 16),
    ],
)
def test_childrens_spellings_of_ages_read_back(typed: str, value: int) -> None:
    assert fold(f"jai {typed} an") == f"j'ai {value} an"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("chui au clg", "je suis au colege"),
        ("jredouble ma 5e", "je redouble ma 5e"),
        ("je sui en sizieme", "je suis en sixieme"),
        ("je vai o college", "je vais au colege"),
        ("jt'achète des skins", "je t'achete des skins"),
        ("t'a snap ?", "t'as snap ?"),
        ("jsuis + vieux mais sa change rien", "je suis plus vieux mais ca change rien"),
        ("sa mère", "sa mere"),
        ("+33 6 00", "+33 6 00"),
        ("jusis en seconde", "je suis en seconde"),
    ],
)
def test_pupils_sms_reads_back(typed: str, read: str) -> None:
    assert fold(typed) == read


# norm-9 (session 7): whole words of leetspeak, and what stays digits.
@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("c0d31n3 3n s1r0p", "codeine en sirop"),  # a word's last digit after leet letters
        ("d1spo c3 s01r", "dispo ce soir"),  # two digits between letters
        ("j3 v3nd d3 l4 b3uh", "je vend de la beuh"),  # short words
        (
            # "13" alone between two letters may be an age in a handle: it stays
            "t35 pr0f5 c0mpr3nn3nt r13n, m01 j3 t3 c0mpr3nd5",
            "tes profs comprenent r13n, moi je te comprends",
        ),
        ("4 l4 50rt13 du c0ll3g3", "4 la sortie du colege"),  # a word's first digits
        ("j3 su1s 3n 4e", "je suis en 4e"),
    ],
)
def test_norm9_reads_words_of_leetspeak(typed: str, read: str) -> None:
    assert fold(typed) == read


@pytest.mark.parametrize(
    "typed",
    ["jai14ans", "moi13", "g14", "lea13x", "mon code ami c'est max77bs", "en13eme", "le15h",
     "2011gang", "lea2011", "un t4 a louer", "je suis en l3 droit", "cm2", "2nde", "covid19"],
)  # fmt: skip
def test_norm9_keeps_ages_ordinals_handles_and_codes_in_digits(typed: str) -> None:
    digits = [c for c in typed if c.isdigit()]
    assert [c for c in fold(typed) if c.isdigit()] == digits
