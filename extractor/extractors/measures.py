"""Percentages, measures, durations and ages: a number before a unit ("25 persen", "5 %", "1.200 ton",
"35.000 MW", "46 juta KL", "tiga hari", "34 tahun"), valued as written, with the unit's symbol.

One pattern finds a number and the unit word after it (``lexicon.UNIT_SYMBOLS``); amounts of money
("Rp 5 M") are left to the money extractor. Counts rule these numbers out by the same unit words.
A second pattern finds a number before a unit of time: a duration ("selama tiga hari"), or an age
where the text says so ("berusia 34 tahun", "pria 45 tahun", "Raul Khajimba, 56 tahun,"); a bare
number in brackets after a person's name or right after an age cue is an age too ("Budi (34)",
"meninggal di usia 70"). A number of units before
"lalu" or "silam" is a date ("dua hari lalu", the dates extractor's), and one before a year labels a
regulation ("Nomor 14 Tahun 2008").
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon.counts import PERCENT_SYMBOLS, UNIT_SYMBOLS
from ..nlp.extensions import ExtensionWriter, doc_text
from ..records import Measure
from .money import is_money
from .numbers import NUMBER_PATTERN, parse_amount
from .patterns import WordStartPattern, alternation, words_before

_UNIT = "|".join(re.escape(unit) for unit in sorted(UNIT_SYMBOLS, key=len, reverse=True))

# Word lists for durations and ages, kept here rather than in ``lexicon``: only this extractor reads them.
# Units of time and their UCUM symbols ("3 hari" -> 3 d, "34 tahun" -> 34 a).
TIME_UNIT_SYMBOLS: dict[str, str] = {
    "detik": "s", "menit": "min", "jam": "h", "hari": "d", "pekan": "wk", "minggu": "wk", "bulan": "mo", "tahun": "a",
}
# Words before the number that make it an age ("berusia 34 tahun", "usianya baru 5 bulan").
AGE_CUES: frozenset[str] = frozenset({"usia", "berusia", "umur", "berumur", "usianya", "umurnya"})
# Words that may stand between an age cue and the number ("berusia sekitar 34 tahun", "usia di bawah
# 17 tahun", "berusia 20 hingga 30 tahun").
AGE_MODIFIERS: frozenset[str] = frozenset({
    "sekitar", "sekira", "kira-kira", "kurang", "lebih", "dari", "di", "bawah", "atas", "minimal", "maksimal",
    "minimum", "maksimum", "hampir", "baru", "genap", "mencapai", "sudah", "telah", "masih", "antara", "tepat",
    "rata-rata", "menginjak", "memasuki", "hingga", "sampai", "-",
})
# People whose number of years, months, weeks or days right after is their age ("pria 45 tahun", "bayi 3 bulan").
AGE_NOUNS: frozenset[str] = frozenset({
    "pria", "wanita", "perempuan", "lelaki", "laki-laki", "bocah", "balita", "bayi", "anak", "remaja", "gadis",
    "pemuda", "pemudi", "kakek", "nenek", "lansia",
})
# Words before a person's initials that make a number in brackets after them an age ("tersangka AS (34)").
INITIALS_CUES: frozenset[str] = AGE_NOUNS | {
    "inisial", "berinisial", "tersangka", "pelaku", "korban", "terdakwa", "terpidana", "saksi", "warga",
}
_AGE_UNITS = frozenset({"a", "mo", "wk", "d"})  # an age is not written in hours
_MAX_AGE = 120
_TIME_UNIT = alternation(TIME_UNIT_SYMBOLS)
# One scan for both: a unit of measure, "5%" and "5 %" alike, ending at a word boundary ("25 persen",
# not "25 personel"); or a unit of time ("tiga hari", "34 tahun", "sehari"; not "sehari-hari", daily).
_MEASURE = WordStartPattern(
    rf"(?P<number>{NUMBER_PATTERN})(?:[ \xa0]?(?P<unit>(?i:{_UNIT}))(?!\w)|[ \xa0]+(?P<time>{_TIME_UNIT})(?![\w-]))"
    rf"|(?P<one>[Ss]e)(?P<one_time>{_TIME_UNIT})(?![\w-])")
# "dua hari lalu", "setahun silam" are dates; "Nomor 14 Tahun 2008" labels a regulation.
_NOT_DURATION_AFTER = re.compile(rf"[ \xa0]+(?:(?:{alternation(['lalu', 'yang lalu', 'silam'])})\b|(?:19|20)\d\d\b)")
# "pada usia 19", "berusia 70,": a number right after an age cue without a unit is an age in years.
_CUED_NUMBER = WordStartPattern(rf"(?:{alternation(AGE_CUES)})[ \xa0]+(?P<number>{NUMBER_PATTERN})(?![\w-])")
_BRACKETED_NUMBER = re.compile(r"\([ \xa0]*(?P<number>\d{1,3})[ \xa0]*\)")
_INITIALS = re.compile(r"[A-Z](?:\.?[A-Z]){1,3}\.?")
_SPACES = " \xa0"


def find_measures(doc: Doc) -> list[Measure]:
    """Every percentage, measure, duration and age in ``doc``, in order of appearance.

    Args:
        doc: a Doc; its text is read, and its PER entities where the pipeline found them.

    Returns:
        ``Measure`` records from the number through the unit; ``unit`` is the unit's symbol
        ("hektare" -> "ha", "hari" -> "d") and ``kind`` says "percent" for shares, "duration" or
        "age" for units of time. Ages after a person's name read ``doc._.entities`` (the pipeline's
        PER entities); without them only cue words make ages.
    """
    text = doc_text(doc)
    person_ends = {entity.end_char for entity in doc._.entities if entity.label == "PER"}
    found = []
    for match in _MEASURE.finditer(text):
        measure = _measure(text, match) if match.group("unit") else _duration_or_age(text, match, person_ends)
        if measure is not None:
            found.append(measure)
    found += _ages_without_unit(text, person_ends, {measure.start_char for measure in found})
    return sorted(found, key=lambda measure: measure.start_char)


def _measure(text: str, match: re.Match) -> Measure | None:
    """A percentage or a quantity in a unit of measure, or None for an amount of money."""
    start, end = match.start("number"), match.end("unit")  # the match may open with a boundary
    parsed = parse_amount(match.group("number"))
    if parsed is None or is_money(text, start, match.end("number")):
        return None
    symbol = UNIT_SYMBOLS[match.group("unit").lower()]
    kind = "percent" if symbol in PERCENT_SYMBOLS else "measure"
    return Measure(text[start:end], parsed[0], symbol, start, end, kind, parsed[1])


def _duration_or_age(text: str, match: re.Match, person_ends: set[int]) -> Measure | None:
    """A number of units of time, a duration or an age; None where it is a date or a label."""
    if match.group("one"):
        start, end, unit, parsed = match.start("one"), match.end("one_time"), match.group("one_time"), (1.0, False)
    else:
        start, end, unit = match.start("number"), match.end("time"), match.group("time")
        parsed = parse_amount(match.group("number"))
    if parsed is None or _NOT_DURATION_AFTER.match(text, end) or is_money(text, start, end):
        return None
    symbol = TIME_UNIT_SYMBOLS[unit.lower()]
    age = symbol in _AGE_UNITS and (_age_cued(text, start) or _after_person(text, start, end, person_ends))
    return Measure(text[start:end], parsed[0], symbol, start, end, "age" if age else "duration", parsed[1])


def _ages_without_unit(text: str, person_ends: set[int], with_unit: set[int]) -> list[Measure]:
    """Ages written as a bare number: after an age cue ("di usia 70") or in brackets after a person
    ("Budi (34)"); ``with_unit`` holds the starts of the numbers already read with their unit."""
    found = []
    for match in _CUED_NUMBER.finditer(text):
        start, end = match.span("number")
        parsed = parse_amount(match.group("number"))
        # "berusia 35 juta tahun" is a number of years (above); the pattern may also stop at "35".
        if parsed is not None and 0 < parsed[0] <= _MAX_AGE and start not in with_unit:
            found.append(Measure(text[start:end], parsed[0], "a", start, end, "age", parsed[1]))
    for match in _BRACKETED_NUMBER.finditer(text):
        start, end = match.span("number")
        value = int(match.group("number"))
        if 0 < value <= _MAX_AGE and _after_person(text, start, end, person_ends):
            found.append(Measure(text[start:end], float(value), "a", start, end, "age"))
    return found


def _age_cued(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows an age cue, perhaps across modifiers ("berusia sekitar
    34"), or directly a person noun ("pria 45")."""
    previous = [word.lower() for word in reversed(words_before(text, start, 4))]
    if previous and previous[0] in AGE_NOUNS:
        return True
    for word in previous:
        if word in AGE_CUES:
            return True
        if word not in AGE_MODIFIERS and not word[0].isdigit():
            return False
    return False


def _after_person(text: str, start: int, end: int, person_ends: set[int]) -> bool:
    """Whether ``text[start:end]`` stands in brackets or between commas right after a person's name
    ("Budi (34)", "Budi (34 tahun)", "Raul Khajimba, 56 tahun,"), or in brackets after initials
    introduced as a person ("tersangka AS (34)")."""
    opener_at = _skip_spaces_back(text, start) - 1
    opener = text[opener_at] if opener_at >= 0 else ""
    closer_at = _skip_spaces(text, end)
    closer = text[closer_at:closer_at + 1]
    if not (opener == "(" and closer == ")" or opener == "," and closer in (",", ".", ")")):
        return False
    name_end = _skip_spaces_back(text, opener_at)
    if name_end in person_ends:
        return True
    previous = words_before(text, name_end, 3)
    return opener == "(" and bool(previous) and bool(_INITIALS.fullmatch(previous[-1])) \
        and any(word.lower().strip(",") in INITIALS_CUES for word in previous[:-1])


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] in _SPACES:
        position += 1
    return position


def _skip_spaces_back(text: str, position: int) -> int:
    while position > 0 and text[position - 1] in _SPACES:
        position -= 1
    return position


# Ages after a person's name read the PER entities.
@Language.factory("warta_measures", requires=["doc._.entities"], assigns=["doc._.measures"])
def make_measures_finder(nlp: Language, name: str) -> ExtensionWriter:
    """The ``warta_measures`` component: ``doc._.measures`` from :func:`find_measures`."""
    return ExtensionWriter("measures", find_measures)
