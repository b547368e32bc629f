"""Certificate verification codes: random, short enough to type, with a check character.

A code is nine random characters of Crockford's base 32 (digits and letters without I,
L, O and U, which are read as 1, 1, 0 and V-like mistakes) and a Luhn mod 32 check
character, written in two groups of five: ``7KQ2M-X94RD``. Nine characters give 2^45
codes, so a code cannot be guessed; the check character catches every single mistyped
character and most swapped neighbours before anything is looked up. Typed codes are read
leniently: any case, spaces and dashes anywhere, O for 0, I and L for 1.
"""

import secrets
from random import Random

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_LENGTH = 9
_VALUE = {char: n for n, char in enumerate(ALPHABET)}
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1", " ": None, "-": None,
                          "\u2010": None, "\u2011": None, "\u2013": None})


def check_character(body: str) -> str:
    """The Luhn mod 32 check character of ``body`` (characters of ALPHABET)."""
    base = len(ALPHABET)
    factor, total = 2, 0
    for char in reversed(body):
        addend = factor * _VALUE[char]
        total += addend // base + addend % base
        factor = 1 if factor == 2 else 2
    return ALPHABET[(base - total % base) % base]


def new_code(rng: Random | None = None) -> str:
    """A fresh code, as printed: ``XXXXX-XXXXX`` (``rng``: a seeded one, for demo data
    that comes out the same every time; otherwise the system's secure randomness)."""
    choice = rng.choice if rng is not None else secrets.choice
    body = "".join(choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return shown(body + check_character(body))


def shown(code: str) -> str:
    return f"{code[:5]}-{code[5:]}"


def read_code(typed: str) -> str | None:
    """The code as stored (``XXXXX-XXXXX``) from what someone typed or scanned, or None
    when it cannot be a code (wrong length, a character no code has, a wrong check
    character)."""
    text = (typed or "").strip().upper().translate(_READ_AS)
    if len(text) != RANDOM_LENGTH + 1 or any(char not in _VALUE for char in text):
        return None
    if check_character(text[:-1]) != text[-1]:
        return None
    return shown(text)
