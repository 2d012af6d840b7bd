"""Phone numbers after the project's normaliser, checked with ``phonenumbers``."""

from __future__ import annotations

import phonenumbers

# ARCEP keeps these blocks for fiction (films, books, our test data): not valid numbers
# to phonenumbers, but shaped and typed exactly like real ones, so they count.
FICTION_PREFIXES = ("0199 00", "0261 91", "0353 01", "0465 71", "0536 49", "0639 98")
_FICTION = tuple(p.replace(" ", "") for p in FICTION_PREFIXES)


def is_phone(digits: str) -> bool:
    """Whether a digit run (``"0612345678"``, ``"+33612345678"``) is a phone number."""
    try:
        number = phonenumbers.parse(digits, "FR")
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.is_valid_number(number):
        return True
    national = "0" + str(number.national_number)
    return number.country_code == 33 and len(national) == 10 and national.startswith(_FICTION)
