"""Indonesian numbers: digits with Indonesian separators ("1.500", "1,5 juta") and number words
("tujuh belas", "satu setengah juta"), parsed to values and written back as words.

Number words compose as Indonesian grammars describe them: units multiplied by "puluh"/"ratus",
"belas" adding ten, groups multiplied by ever smaller scales ("dua juta tiga ratus ribu").
``NUMBER_PATTERN`` is a number as running text writes it, for other extractors to embed in their
patterns (the regex tooling they share is in :mod:`.patterns`).
"""
from __future__ import annotations

import math
import re
from decimal import Decimal

from ..lexicon.numbers import (APPROXIMATE_WORDS, NUMBER_HALF, NUMBER_MULTIPLIERS, NUMBER_SCALES, NUMBER_SE_SCALES,
                               NUMBER_SE_WORDS, NUMBER_UNITS)
from .patterns import SPACE, alternation

# "puluhan ribu" (tens of thousands) -> 10000: an approximate word times an exact scale.
APPROXIMATE_NUMBERS: dict[str, int] = {
    **APPROXIMATE_WORDS,
    **{f"{word} {scale}": value * multiple
       for word, value in APPROXIMATE_WORDS.items() if value < 1000
       for scale, multiple in NUMBER_SCALES.items()},
}
NUMBER_WORDS: tuple[str, ...] = (*NUMBER_UNITS, *NUMBER_SE_WORDS, *NUMBER_MULTIPLIERS, *NUMBER_SCALES,
                                 *NUMBER_SE_SCALES, NUMBER_HALF)

_SCALE = alternation(NUMBER_SCALES)
_WORD = alternation(NUMBER_WORDS)
_APPROXIMATE = alternation(APPROXIMATE_WORDS)
# Dots group thousands and a comma marks decimals ("1.250.000,50"); a lone dot without a group of
# three after it is a decimal point ("2.5"); two commas or a comma then a dot are English ("1,250,000").
_THOUSANDS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"
_ENGLISH = r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3},\d{3}\.\d+"
_PLAIN = r"\d+(?:[.,]\d+)?"
# A number as written in running text ("1,5 juta", "Tujuh belas", "puluhan ribu"), for other
# extractors to embed in their patterns.
NUMBER_PATTERN = (
    rf"(?:{_ENGLISH}|{_THOUSANDS}|{_PLAIN})(?:{SPACE}(?:{_SCALE})\b)*(?:{SPACE}(?:{_APPROXIMATE})\b)?"
    rf"|\b(?:{_APPROXIMATE})(?:{SPACE}(?:{_SCALE}))?\b"
    rf"|\b(?:{_WORD})\b(?:{SPACE}(?:{_WORD})\b)*"
)

_THOUSANDS_DOTS = re.compile(_THOUSANDS)
_ENGLISH_THOUSANDS = re.compile(_ENGLISH)
_DECIMAL = re.compile(_PLAIN)
_GROUP_START = 1000  # nothing filled yet in a group below a thousand: any place may come next
_HALF = Decimal("0.5")


def _parse_digits(text: str) -> Decimal | None:
    """ "1.500" -> 1500, "1,5" -> 1.5, "2.5" -> 2.5 (a decimal point: no group of three follows)."""
    if _THOUSANDS_DOTS.fullmatch(text):
        return Decimal(text.replace(".", "").replace(",", "."))
    if _ENGLISH_THOUSANDS.fullmatch(text):
        return Decimal(text.replace(",", ""))
    if _DECIMAL.fullmatch(text):
        return Decimal(text.replace(",", "."))
    return None


def _parse_words(tokens: list[str]) -> Decimal | None:
    """The value of number words and digit groups, or None when they do not compose.

    A group below a thousand is built from pieces whose places strictly decrease ("seratus dua
    puluh lima"); a scale closes the group, and scales strictly decrease too. Decimal arithmetic
    keeps "4,1 triliun" at 4100000000000, not 4099999999999.9995.
    """
    total = group = Decimal(0)  # group: the value below the next scale, without the pending unit
    unit: Decimal | None = None  # a unit or digits not yet multiplied or added
    place = _GROUP_START  # the smallest place filled in the group so far
    scale_limit: int | None = None
    for token in tokens:
        digits = _parse_digits(token) if token[0].isdigit() else None
        if digits is not None or token in NUMBER_UNITS:
            if unit is not None or place <= 1:
                return None
            unit = digits if digits is not None else Decimal(NUMBER_UNITS[token])
        elif token in NUMBER_MULTIPLIERS:
            multiple = NUMBER_MULTIPLIERS[token]
            piece_place = 1 if token == "belas" else multiple
            if not unit or unit != int(unit) or unit > 9 or piece_place >= place:
                return None
            group += unit + 10 if token == "belas" else unit * multiple
            unit, place = None, piece_place
        elif token in NUMBER_SE_WORDS:
            value, piece_place = NUMBER_SE_WORDS[token]
            if unit is not None or piece_place >= place:
                return None
            group += value
            place = piece_place
        elif token == NUMBER_HALF:
            # "satu setengah" = 1.5, "setengah" alone = 0.5; only a scale may follow.
            unit = (unit or 0) + _HALF
            place = 0
        elif token in NUMBER_SCALES or token in NUMBER_SE_SCALES:
            multiple = NUMBER_SCALES.get(token) or NUMBER_SE_SCALES[token]
            segment = group + (unit or 0)
            if token in NUMBER_SE_SCALES:
                if segment:
                    return None
                segment = Decimal(1)
            if not segment or scale_limit is not None and multiple >= scale_limit:
                return None
            total += segment * multiple
            group, unit, place, scale_limit = Decimal(0), None, _GROUP_START, multiple
        else:
            return None
    return total + group + (unit or 0)


def _float(value: Decimal | None) -> float | None:
    """``value`` as a float; None for none, or for a number too long for a float (a run of 400
    digits is junk, not infinity)."""
    number = None if value is None else float(value)
    return number if number is not None and math.isfinite(number) else None


def parse_number(text: str) -> float | None:
    """The value of an exact number written in digits and/or words, or None when it is not one.

    Args:
        text: "1.500", "1,5 juta", "68 ribu", "tujuh belas", "satu setengah juta", "sejuta".

    Approximations ("ratusan") are not exact numbers: see ``parse_amount``.
    """
    tokens = text.lower().replace(",-", "").split()
    return _float(_parse_words(tokens)) if tokens else None


def parse_amount(text: str) -> tuple[float, bool] | None:
    """``(value, approximate)`` for a number, exact or approximate, or None when it is not one.

    Approximations are ``APPROXIMATE_NUMBERS`` ("puluhan ribu" -> 10000) and digits before an
    approximate scale ("1,38 jutaan" -> 1380000).
    """
    tokens = text.lower().split()
    approximate = APPROXIMATE_NUMBERS.get(" ".join(tokens))
    if approximate is not None:
        return float(approximate), True
    if len(tokens) > 1 and tokens[-1] in APPROXIMATE_WORDS:
        value = _parse_words(tokens[:-1])
        scaled = None if value is None else _float(value * APPROXIMATE_WORDS[tokens[-1]])
        return None if scaled is None else (scaled, True)
    value = parse_number(text)
    return None if value is None else (value, False)


_UNIT_WORDS = {value: word for word, value in reversed(NUMBER_UNITS.items())}
_SCALE_WORDS = {value: word for word, value in reversed(NUMBER_SCALES.items()) if len(word) > 2}
_SE_SCALE_WORDS = {value: word for word, value in NUMBER_SE_SCALES.items()}


def _below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words += ["seratus"] if hundreds == 1 else [_UNIT_WORDS[hundreds], "ratus"]
    if rest >= 20:
        tens, units = divmod(rest, 10)
        words += [_UNIT_WORDS[tens], "puluh"] + ([_UNIT_WORDS[units]] if units else [])
    elif rest >= 12:
        words += [_UNIT_WORDS[rest - 10], "belas"]
    elif rest == 11:
        words.append("sebelas")
    elif rest == 10:
        words.append("sepuluh")
    elif rest:
        words.append(_UNIT_WORDS[rest])
    return words


def number_to_words(n: int) -> str:
    """``n`` in Indonesian words ("seratus dua puluh lima", "seribu", "satu juta"), 0 <= n < 10**15.

    Exists so tests can check that parsing is the inverse of writing, and for readable output.
    """
    if not 0 <= n < 10**15:
        raise ValueError(f"number_to_words handles 0 to 999 trillion, not {n}")
    if n == 0:
        return _UNIT_WORDS[0]
    words = []
    for multiple in sorted(_SCALE_WORDS, reverse=True):
        group, n = divmod(n, multiple)
        if group == 1 and multiple == 1000:
            words.append(_SE_SCALE_WORDS[1000])  # "seribu", never "satu ribu"
        elif group:
            words += _below_thousand(group) + [_SCALE_WORDS[multiple]]
    return " ".join(words + _below_thousand(n))
