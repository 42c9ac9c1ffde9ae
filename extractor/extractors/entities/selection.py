"""The overlap policy: candidates from every layer compete for the text, the best-ranked first, and
the names kept are looked for again where the model missed them.

The ranks (:class:`Priority`) and the weights the kept mentions then vote a referent's label with
(:class:`Vote`) are the two dials of the entity layer; both are named here, beside each other.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import IntEnum
from typing import Iterable, Optional

from .names import core_name


class Priority(IntEnum):
    """Which candidate wins an overlap: the lower rank, then the longer span, then the earlier one."""

    DATELINE = 0  # the outlet and place of the dateline, read from the layout
    ACRONYM_PAIR = 1  # "Badan Penanggulangan Bencana Daerah (BPBD)": the text spells the name out
    PROGRAMME_CUE = 2  # "program Ponsera": the cue says what the name is
    RULE = 3  # head, tail, title, office-holder, address and curated-name rules
    MODEL = 4  # the NER model; countries, multi-word regions and repeated mentions rank with it
    SUBORDINATE_HEAD = 5  # "Komisi III DPR": a sub-body's head yields to the model's span inside it
    LOOKED_UP = 6  # a name found only in a list (a one-word region, a body's short name), where neither the model
    # nor a rule found one


class Vote(IntEnum):
    """What one mention's label weighs when a referent's label is voted (``referents.referent_labels``)."""

    MENTION = 1  # a label the model or a rule proposed, or a venue word before the mention implied
    PROGRAMME = 3  # read as a programme: one "gerakan ... Papua" does not relabel 25 other "Papua"
    DATELINE = 100  # the dateline's outlet: an ORG whatever else the text suggests


@dataclass(frozen=True)
class Candidate:
    """A proposed mention: character offsets, the label its layer proposes (None: decided from the
    referent's other mentions), its rank and the layer it came from (the ``source`` column)."""

    start: int
    end: int
    label: Optional[str]
    priority: Priority
    source: str


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``start:end`` overlaps any of ``spans``."""
    return any(start < span_end and span_start < end for span_start, span_end in spans)


class _Taken:
    """Disjoint character ranges kept in order, so that an overlap test is a binary search rather
    than a scan: an article yields hundreds of candidates."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(ranges):  # overlapping exclusions are merged
            if self.ends and start < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # ranges before i start before ``end``
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def select(candidates: Iterable[Candidate], excluded: tuple[tuple[int, int], ...]) -> list[Candidate]:
    """Non-overlapping candidates, none inside ``excluded``, best first by priority then length,
    returned in text order."""
    chosen: list[Candidate] = []
    taken = _Taken(excluded)
    for candidate in sorted(candidates, key=lambda c: (c.priority, c.start - c.end, c.start)):
        if not taken.overlaps(candidate.start, candidate.end):
            chosen.append(candidate)
            taken.add(candidate.start, candidate.end)
    return sorted(chosen, key=lambda c: c.start)


def repeated_mentions(text: str, chosen: list[Candidate], pair_names: set[str], excluded) -> list[Candidate]:
    """Further occurrences of names already found (``chosen`` and the names of acronym pairs), which
    the model missed in other sentences."""
    found = {text[c.start:c.end] for c in chosen} | pair_names
    names = {name for name in found | {core_name(n) for n in found} if len(name) >= 3}
    found_spans = {(c.start, c.end) for c in chosen}
    folded = text.lower()
    return [Candidate(start, end, None, Priority.MODEL, "repeat") for name in names
            for start, end in _occurrences(text, name, folded)
            if (start, end) not in found_spans and not overlaps(start, end, excluded)]


def surname_mentions(text: str, chosen: list[Candidate], common_words: frozenset[str], excluded) -> list[Candidate]:
    """A person's surname where the text names them by it alone and the model missed it ("Menlu Bishop
    mengungkapkan" after "Julie Bishop"): the last word of a person's name of two words or more, four
    letters at least, that the text never writes in lower case (``common_words``)."""
    surnames = {text[c.start:c.end].split()[-1] for c in chosen
                if c.label == "PER" and " " in text[c.start:c.end].strip()}
    surnames = {name for name in surnames if len(name) >= 4 and name.isalpha() and name[0].isupper()
                and name.lower() not in common_words}
    return [Candidate(start, end, "PER", Priority.MODEL, "repeat") for name in surnames
            for start, end in _occurrences(text, name) if not overlaps(start, end, excluded)]


def _occurrences(text: str, name: str, folded: Optional[str] = None) -> Iterable[tuple[int, int]]:
    """Where ``name`` stands in ``text`` as whole words (str.find: cheaper than a regex per Doc). With
    ``folded`` (``text`` in lower case), a name of several words is also found where the text writes
    its later words in lower case ("Jawa tengah", "Kementerian kesehatan"), its first word as found."""
    haystack, needle = (folded, name.lower()) if folded is not None and " " in name else (text, name)
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(name)
        if ((start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                and text[start:end].split(" ", 1)[0] == name.split(" ", 1)[0]):
            yield start, end
        start = haystack.find(needle, start + 1)
