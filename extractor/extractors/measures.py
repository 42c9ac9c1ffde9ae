"""Percentages and measures: a number before a unit ("25 persen", "5 %", "1.200 ton", "35.000 MW",
"46 juta KL"), valued as written, with the unit's symbol.

One pattern finds a number and the unit word after it (``lexicon.UNIT_SYMBOLS``); amounts of money
("Rp 5 M") are left to the money extractor. Counts rule these numbers out by the same unit words.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon.counts import PERCENT_SYMBOLS, UNIT_SYMBOLS
from ..nlp.extensions import ExtensionWriter, doc_text
from ..records import Measure
from .money import is_money
from .numbers import NUMBER_PATTERN, WordStartPattern, parse_amount

_UNIT = "|".join(re.escape(unit) for unit in sorted(UNIT_SYMBOLS, key=len, reverse=True))
# "5%" and "5 %" alike; the unit ends at a word boundary ("25 persen", not "25 personel").
_MEASURE = WordStartPattern(rf"(?P<number>{NUMBER_PATTERN})[ \xa0]?(?P<unit>(?i:{_UNIT}))(?!\w)")


def find_measures(doc: Doc) -> list[Measure]:
    """Every percentage and measure in ``doc``, in order of appearance.

    Args:
        doc: a Doc; only its text is read.

    Returns:
        ``Measure`` records from the number through the unit; ``unit`` is the unit's symbol
        ("hektare" -> "ha") and ``kind`` says "percent" for shares.
    """
    text = doc_text(doc)
    found = []
    for match in _MEASURE.finditer(text):
        start, end = match.start("number"), match.end("unit")  # the match may open with a boundary
        parsed = parse_amount(match.group("number"))
        if parsed is None or is_money(text, start, match.end("number")):
            continue
        symbol = UNIT_SYMBOLS[match.group("unit").lower()]
        kind = "percent" if symbol in PERCENT_SYMBOLS else "measure"
        found.append(Measure(text[start:end], parsed[0], symbol, start, end, kind))
    return found


@Language.factory("warta_measures", assigns=["doc._.measures"])  # reads the text only
def make_measures_finder(nlp: Language, name: str) -> ExtensionWriter:
    """The ``warta_measures`` component: ``doc._.measures`` from :func:`find_measures`."""
    return ExtensionWriter("measures", find_measures)
