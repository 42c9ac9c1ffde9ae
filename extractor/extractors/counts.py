"""Counts of people and things: a number in digits, words or an approximation before the counted
noun ("17 anggota kelompok binaan", "tujuh belas kader", "ratusan warga", "tujuh ekor sapi").

One pattern finds a number and the word after it; word lists in ``lexicon`` then rule out what is
not a count (durations, ages, measures, labels such as "RT 03", names, amounts of money).
"""
from __future__ import annotations

import re

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon.counts import (APPROXIMATE_CUES, COUNTED_THINGS, COUNT_CLASSIFIERS, MEMBER_NOUNS, NOT_COUNTED,
                              NOT_COUNT_PHRASES, NOT_COUNT_PRECEDERS, PEOPLE_NOUNS)
from ..lexicon.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS
from ..lexicon.quotes import VERB_FORM
from ..nlp.extensions import ExtensionWriter, doc_text
from ..records import Count
from .money import in_money_range, is_money
from .numbers import NUMBER_PATTERN, NUMBER_WORDS, parse_amount
from .patterns import WordStartPattern, after_name, words_before

_WORD = r"[^\W\d_][\w'-]*(?:/[^\W\d_][\w'-]*)?"  # "warga", "anak-anak", "kabupaten/kota"
# The noun sits in a lookahead so that a rejected match does not swallow the start of the next one.
_COUNT = WordStartPattern(rf"(?P<number>{NUMBER_PATTERN})(?=[ \xa0]+(?P<noun>{_WORD}))")
_MULTIWORD_NOUN = re.compile(
    "|".join(re.escape(noun).replace(r"\ ", r"[ \xa0]+")
             for noun in sorted(PEOPLE_NOUNS | COUNTED_THINGS, key=len, reverse=True) if " " in noun) + r"\b",
    re.IGNORECASE,
)
_SINGLE_NOUN = re.compile(_WORD)
_NEXT_WORD = re.compile(rf"[ \xa0]+({_WORD})")
_KNOWN_NOUNS = PEOPLE_NOUNS | COUNTED_THINGS | COUNT_CLASSIFIERS
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "tiga TPS", "5 SKPD": an acronym after a number is counted
_NOT_COUNTED = (NOT_COUNTED | set(MONTH_NAMES) | set(MONTH_ABBREVIATIONS) | set(WEEKDAYS) | set(NUMBER_WORDS)
                | (STOP_WORDS - _KNOWN_NOUNS))
_APPROXIMATE = frozenset(APPROXIMATE_CUES)
_GENERIC_ONE = frozenset({"satu", "Satu", "SATU"})
_PERSON_CLASSIFIER = "orang"  # "tiga orang warga": only a person noun may follow it
_MAX_OBJECT_WORDS = 3


def _key(words: str) -> str:
    return " ".join(words.lower().split())


def _is_noun(words: str) -> bool:
    """Whether ``words`` after a number can be the counted noun."""
    key = _key(words)
    if key in _KNOWN_NOUNS or key.endswith("nya") and key[:-3] in _KNOWN_NOUNS:  # "dua menterinya"
        return True
    if key in _NOT_COUNTED:
        return False
    if _ACRONYM.fullmatch(words):
        return True
    # A capitalised unknown word after a number is most often a name ("Mawar 2 Pontianak").
    return words[0].islower() and len(key) > 1 and not VERB_FORM.fullmatch(key)


def _noun_span(text: str, position: int) -> tuple[int, int]:
    """The noun starting at ``position``: a multi-word noun from the lexicon, else one word."""
    match = _MULTIWORD_NOUN.match(text, position) or _SINGLE_NOUN.match(text, position)
    return match.span()


def _is_label(number: str, previous: str) -> bool:
    """Whether the number is a year, a phone number, a code or a rank rather than a quantity."""
    if number.isdigit() and (number[0] == "0" and len(number) > 1 or len(number) > 4
                             or len(number) == 4 and 1900 <= int(number) <= 2099):
        return True
    return previous.lower() in NOT_COUNT_PRECEDERS


def _object(text: str, position: int) -> str:
    """The words after a member noun that name its group ("kelompok binaan" after "17 anggota")."""
    words = []
    while len(words) < _MAX_OBJECT_WORDS:
        following = _NEXT_WORD.match(text, position)
        if not following:
            break
        word = following.group(1)
        if _key(word) in _NOT_COUNTED or (word[0].islower() and VERB_FORM.fullmatch(word)):
            break
        words.append(word)
        position = following.end()
    return " ".join(words)


def _count(text: str, match: re.Match) -> Count | None:
    """The count a number and the word after it make, or None when they make none."""
    if _key(match.group("noun")) in _NOT_COUNTED:  # most numbers: "34 tahun", "25 persen", "17 Agustus"
        return None
    number, start = match.group("number"), match.start("number")
    before = words_before(text, start, 2) or [""]
    parsed = parse_amount(number)
    # "satu" is also the indefinite article ("satu ekor sapi menghasilkan ...").
    if parsed is None or number in _GENERIC_ONE or _is_label(number, before[-1]):
        return None
    if is_money(text, start, match.end("number")) or in_money_range(text, start):
        return None
    noun_start, noun_end = _noun_span(text, match.start("noun"))
    classifier = _key(text[noun_start:noun_end])
    following = _NEXT_WORD.match(text, noun_end) if classifier in COUNT_CLASSIFIERS else None
    if following and following.group(1)[0].islower():
        # "12 unit perahu" counts perahu; "23 orang" alone counts orang.
        span = _noun_span(text, following.start(1))
        noun = text[span[0]:span[1]]
        if (_key(noun) in PEOPLE_NOUNS) if classifier == _PERSON_CLASSIFIER else _is_noun(noun):
            noun_start, noun_end = span
    noun = text[noun_start:noun_end]
    if _key(f"{number} {noun}") in NOT_COUNT_PHRASES:  # "pertemuan empat mata"
        return None
    # After a capitalised word the number is more often part of a name ("Posyandu Mawar 2 Pontianak").
    if not _is_noun(noun) or (after_name(text, start) and _key(noun) not in _KNOWN_NOUNS):
        return None
    value, approximate = parsed
    if value < 1:  # "setengah tanaman" is a share, not a count
        return None
    # An acronym after a fraction or a bare four-digit number is a unit or a plate ("4,9 SR", "1325 EZ").
    unit_or_plate = value != int(value) or number.isdigit() and len(number) > 3
    if unit_or_plate and _ACRONYM.fullmatch(noun) and _key(noun) not in _KNOWN_NOUNS:
        return None
    approximate = approximate or before[-1].lower() in _APPROXIMATE or _key(" ".join(before)) in _APPROXIMATE
    category = "people" if _key(noun).removesuffix("nya") in PEOPLE_NOUNS else "thing"  # "warganya"
    group = _object(text, noun_end) if _key(noun) in MEMBER_NOUNS else ""
    return Count(text[start:noun_end], value, noun, approximate, start, noun_end, category, group)


def find_counts(doc: Doc) -> list[Count]:
    """Every count of people or things in ``doc``, in order of appearance.

    Args:
        doc: a Doc; only its text is read.

    Returns:
        ``Count`` records whose ``text`` runs from the number through a classifier to the noun
        ("12 unit perahu"); cues ("sebanyak", "sekitar") and the noun's group
        (``object``: "kelompok binaan") stay outside. Amounts of money are never counts.
    """
    text = doc_text(doc)
    return [count for count in (_count(text, match) for match in _COUNT.finditer(text)) if count is not None]


@Language.factory("warta_counts", assigns=["doc._.counts"])  # reads the text only
def make_counts_finder(nlp: Language, name: str) -> ExtensionWriter:
    """The ``warta_counts`` component: ``doc._.counts`` from :func:`find_counts`."""
    return ExtensionWriter("counts", find_counts)
