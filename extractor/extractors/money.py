"""Amounts of money: a currency sign before a number ("Rp1,5 miliar", "US$2 juta", "Rp 1.250.000,-")
or a currency name after one ("700 ribu rupiah", "2 juta dolar AS"), valued in units of the currency.

One pattern scans the text; ``numbers.parse_amount`` values the amount. ``is_money`` tells the
counts extractor which numbers are amounts, from the same pieces of pattern.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon.money import CURRENCY_PREFIXES, MONEY_SCALE_LETTERS
from ..lexicon.names import CURRENCY_WORDS, derived
from ..lexicon.numbers import NUMBER_SCALES
from ..nlp.extensions import ExtensionWriter, doc_text
from ..records import Money
from .numbers import NUMBER_PATTERN, parse_amount
from .patterns import WordStartPattern, alternation

_PREFIX = "|".join(re.escape(sign) for sign in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
_AFTER_SIGN = r"\.?[ \xa0]?"  # "Rp", "Rp.", "Rp "
_LETTER = "|".join(MONEY_SCALE_LETTERS)
# "Rp5-10 juta", "Rp 5 juta - Rp 10 juta": a range is valued at its lower end.
_UPPER = rf"[ \xa0]*[-–][ \xa0]*(?:(?:{_PREFIX}){_AFTER_SIGN})?(?P<upper>{NUMBER_PATTERN})"
_SIGN_BEFORE = re.compile(rf"(?:{_PREFIX}){_AFTER_SIGN}\Z")
_SIGN_WINDOW = 6  # the longest currency sign with its full stop and space ("HK$. ")
# "Rp40 - 50 juta": the upper end of a range after a currency sign is part of the amount.
_RANGE_BEFORE = re.compile(rf"(?:{_PREFIX}){_AFTER_SIGN}\d[\d.,]*(?:[ \xa0]*[A-Za-z]+)?[ \xa0]*[-–][ \xa0]*\Z")
_RANGE_WINDOW = 40


class _NamePatterns(NamedTuple):
    """The patterns that hold the currency names, a name list users extend (lexicon.names)."""

    money: WordStartPattern  # an amount with its sign before it or its currency's name after it
    name_after: re.Pattern  # a currency's name right after a number
    currency_by_name: dict[str, str]  # a name in lower case -> its currency code


@derived
def _name_patterns() -> _NamePatterns:
    name = rf"(?:{alternation(CURRENCY_WORDS)})\b"
    money = WordStartPattern(
        rf"(?P<prefix>{_PREFIX}){_AFTER_SIGN}(?P<amount>{NUMBER_PATTERN})(?:[ \xa0]?(?P<letter>{_LETTER})\b)?"
        rf"(?:{_UPPER})?(?:,-+)?"
        rf"|(?P<spelled>{NUMBER_PATTERN})[ \xa0]+(?P<name>{name})"
    )
    return _NamePatterns(money, re.compile(rf"[ \xa0]+{name}"), {word.lower(): code for word, code in CURRENCY_WORDS.items()})


def is_money(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is an amount: a currency sign before it or a
    currency name after it ("Rp 250.000", "700 ribu rupiah"). Cheaper than ``find_money`` for
    checking a few numbers."""
    return bool(_SIGN_BEFORE.search(text, max(0, start - _SIGN_WINDOW), start) or _name_patterns().name_after.match(text, end))


def currency_name_spans(text: str) -> list[tuple[int, int]]:
    """Where an amount's currency is named by its country ("100 ribu dolar Singapura", "48 dolar AS"): a
    currency, no mention of the country."""
    return [match.span("name") for match in _name_patterns().money.finditer(text)
            if match.group("name") and " " in match.group("name")]


def in_money_range(text: str, start: int) -> bool:
    """Whether the number at ``text[start:]`` ends a range of money ("50" in "Rp40 - 50 juta")."""
    return bool(_RANGE_BEFORE.search(text, max(0, start - _RANGE_WINDOW), start))


def _amount_value(amount: str, upper: str | None, letter: str | None) -> float | None:
    """The value of ``amount``, with its scale letter ("Rp1,5 M") or, in a range, the scale of the
    upper end ("Rp5-10 juta" -> 5 juta)."""
    words = amount.split()
    if letter:
        words.append(MONEY_SCALE_LETTERS[letter])
    elif upper and len(words) == 1:
        words += [word for word in upper.lower().split() if word in NUMBER_SCALES]
    parsed = parse_amount(" ".join(words))
    return None if parsed is None else parsed[0]


def find_money(doc: Doc) -> list[Money]:
    """Every amount of money in ``doc``, in order of appearance.

    Args:
        doc: a Doc; only its text is read.

    Returns:
        ``Money`` records whose ``text`` runs from the currency sign (or the number) to the
        end of the amount (or the currency name); "senilai" and other cues stay outside.
    """
    text = doc_text(doc)
    found, patterns = [], _name_patterns()
    for match in patterns.money.finditer(text):
        if match.group("prefix"):
            start, currency = match.start("prefix"), CURRENCY_PREFIXES[match.group("prefix")]
            value = _amount_value(match.group("amount"), match.group("upper"), match.group("letter"))
        else:
            start, name = match.start("spelled"), " ".join(match.group("name").lower().split())
            currency, value = patterns.currency_by_name[name], _amount_value(match.group("spelled"), None, None)
        if value is not None:
            found.append(Money(text[start:match.end()], value, currency, start, match.end()))
    return found


@Language.factory("warta_money", assigns=["doc._.money"])  # reads the text only
def make_money_finder(nlp: Language, name: str) -> ExtensionWriter:
    """The ``warta_money`` component: ``doc._.money`` from :func:`find_money`."""
    return ExtensionWriter("money", find_money)
