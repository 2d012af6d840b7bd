"""Phone numbers after the project's normaliser, checked with ``phonenumbers``."""

from __future__ import annotations

import phonenumbers

# ARCEP keeps these blocks for fiction (films, books, our test data): not valid numbers
# to phonenumbers, but shaped and typed exactly like real ones, so they count.
FICTION_PREFIXES = ("0199 00", "0261 91", "0353 01", "0465 71", "0536 49", "0639 98")
_FICTION = tuple(p.replace(" ", "") for p in FICTION_PREFIXES)


# phonenumbers reads a country code without "+" or "00" only when it is the default
# region's ("33..."); otherwise a bare run is a French national number, 10 digits at most
# with its 0. So a bare run longer than 12 digits that does not start with 33 (a timestamp
# in milliseconds, "1764791234567") is answered without parsing (13.8 µs each; a property
# test compares both answers).
LONGEST_BARE = 12
PARSED_PREFIXES = ("+", "00", "33")


def is_phone(digits: str) -> bool:
    """Whether a digit run (``"0612345678"``, ``"+33612345678"``) is a phone number."""
    if len(digits) > LONGEST_BARE and not digits.startswith(PARSED_PREFIXES):
        return False
    return parsed_is_phone(digits)


def parsed_is_phone(digits: str) -> bool:
    """``is_phone`` by phonenumbers alone, whatever the length."""
    try:
        number = phonenumbers.parse(digits, "FR")
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.is_valid_number(number):
        return True
    national = "0" + str(number.national_number)
    return number.country_code == 33 and len(national) == 10 and national.startswith(_FICTION)
