"""Places linked to official codes: Kemendagri 2025 codes for Indonesian regions, ISO 3166-1 for countries.

A place's name is looked up without its kind word ("Desa", "Kabupaten") in :class:`RegionIndex`; the
kind word, or an office before the name ("Bupati Sleman"), narrows the level. When several regions
keep the name, the article's other places decide: the candidate sharing the longest code prefix
with them wins (it lies in the district, regency or province they name), then the one nearest by
postal code; a bare name goes to the highest level that bears it (the city Batu before the villages).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from ..lexicon.names import COUNTRIES, PROVINCE_ABBREVIATIONS, REGION_ALIASES
from ..lexicon.places import LOCATION_HEADS, NOT_REGIONS, REGION_KINDS, REGION_OFFICES
from .regions import Region, RegionIndex, compact_name, normalise_region_name, region_index

_KIND_PREFIX = re.compile(
    r"^(?P<kind>" + "|".join(re.escape(kind) for kind in sorted(REGION_KINDS, key=len, reverse=True)) + r")\s+(?=\S)")
# Words before a name that say its level: kind words in lower case ("di desa X") and offices ("Bupati X").
# "di" is left out: lower-cased it is the preposition "at".
_KINDS_BEFORE = {kind.lower(): level for kind, level in REGION_KINDS.items() if kind != "DI" and level} | REGION_OFFICES
# A name opened by a head that is not a kind word ("Gunung Salak", "Pasar Minggu", "Pulau Tidung")
# names a feature first; it is a village of that name only inside a district or regency the article names.
_FEATURE_HEADS = frozenset(head for head in LOCATION_HEADS if head not in REGION_KINDS)
_VILLAGE_TYPES = {"kelurahan": "1", "kel.": "1", "lurah": "1", "desa": "2", "ds.": "2", "kepala desa": "2", "kades": "2"}
_RANKS = {"country": 5, "province": 4, "city": 3, "regency": 3, "district": 2, "village": 1}
_PLACED = 2  # code segments shared with another place from which a candidate counts as placed by it
# A name borne by more regions than this places nothing by its candidates alone ("Sukamaju": 119 villages).
_FEW_CANDIDATES = 20


@dataclass(frozen=True)
class PlaceName:
    """A place as written, read for linking.

    Attributes:
        name: the name without its kind word ("Mekar Sari" in "Desa Mekar Sari").
        written: the mention as written.
        level: the level its kind word or office says ("village"), or "".
        in_name: the kind word is part of the mention ("Kota Batu"), not only before it ("Wali Kota Batu").
        within: the place written right after it, after a comma, which an address puts it in.
    """

    name: str
    written: str
    level: str = ""
    in_name: bool = False
    kind: str = ""  # the kind word or office, lower-cased ("kelurahan")
    within: str = ""  # the place the text puts it in, as written ("Bandung" of "Baros, Bandung")


def read_place(written: str, before: str = "") -> PlaceName:
    """``written`` (a LOC mention) with the kind word it opens with, or else the one ending ``before``
    (the text before it on its line): "Desa Mekar Sari" -> village "Mekar Sari"."""
    match = _KIND_PREFIX.match(written)
    if match:
        level = REGION_KINDS[match.group("kind")]
        return PlaceName(written[match.end():], written, level, bool(level), match.group("kind").lower())
    words = before.lower().split()
    for size in (2, 1):
        kind = " ".join(words[-size:])
        if len(words) >= size and kind in _KINDS_BEFORE:
            return PlaceName(written, written, _KINDS_BEFORE[kind], kind=kind)
    return PlaceName(written, written)


@dataclass(frozen=True)
class _Choice:
    """A place's chosen region (or None) and the code prefix all its likely candidates share,
    which is what it tells about the article's other places."""

    code: Optional[str]
    known_prefix: str


# Where each level's code ends: "32", "32.04", "32.04.32", "32.04.32.1001".
_SEGMENT_ENDS = (2, 5, 8, 13)


def _shared_depth(code: str, other: str) -> int:
    """How many leading code segments two codes share: 1 for the same province, 2 the same regency..."""
    depth = 0
    for end in _SEGMENT_ENDS:
        if len(code) < end or len(other) < end or code[end - 1] != other[end - 1] or code[:end] != other[:end]:
            break
        depth += 1
    return depth


def _nesting_depths(codes: Sequence[str], others: set[str]) -> dict[str, int]:
    """For each of ``codes``, how many code segments it shares with a region among ``others`` that
    holds it or that it holds (the shallower one's depth), or 0: an ancestor is looked up by its
    prefixes, a descendant through the prefixes of all ``others``."""
    held = {other[:end] for other in others for end in _SEGMENT_ENDS if end < len(other)}
    depths = {}
    for code in codes:
        if code in others or code in held:
            depths[code] = code.count(".") + 1
        else:
            depths[code] = next((code[:end].count(".") + 1 for end in reversed(_SEGMENT_ENDS)
                                 if end < len(code) and code[:end] in others), 0)
    return depths


def _common_prefix(codes: Sequence[str]) -> str:
    first = codes[0]
    depth = min(_shared_depth(first, code) for code in codes)
    return ".".join(first.split(".")[:depth])


class PlaceLinker:
    """Links the places of one article to regions, each in the light of the others.

    Args:
        index: the region index (:func:`extractor.extractors.regions.region_index` by default).
    """

    def __init__(self, index: Optional[RegionIndex] = None) -> None:
        self.index = index or region_index()
        self.index.postal_centre("")  # builds the postal centres now, not in the first article that needs one

    def candidates(self, place: PlaceName) -> list[str]:
        """The codes of the regions ``place`` may name, narrowed to its kind's level when one has it."""
        if place.written in REGION_ALIASES or place.written in PROVINCE_ABBREVIATIONS:
            return [REGION_ALIASES.get(place.written) or PROVINCE_ABBREVIATIONS[place.written]]
        if place.written in NOT_REGIONS or not place.name.strip() or place.name.strip().lower() in _KINDS_BEFORE:
            return []  # "Kota" alone is no place (though Kediri has a district named so)
        index = self.index
        codes = list(index.codes(normalise_region_name(place.name)))
        if place.level:
            narrowed = [code for code in codes if index.level(code) == place.level]
            # The fourth code segment tells a kelurahan (1xxx) from a desa (2xxx): prefer the one the text names.
            of_kind = [code for code in narrowed if code.count(".") == 3 and code[-4] == _VILLAGE_TYPES.get(place.kind)]
            narrowed = of_kind or narrowed
            # "Kota Batu": only the city; a kind word in the name leaves no other reading. An office before a
            # name ("Bupati Gorontalo") only prefers its level.
            codes = narrowed or ([] if place.in_name else codes)
            if place.in_name and not codes:
                codes = list(index.codes(compact_name(place.written)))  # "Kampung Melayu", a kelurahan's own name
        return codes

    def link(self, places: Sequence[PlaceName]) -> list[Optional[Region]]:
        """The region (or country) each place names, or None; ``places`` are one article's places."""
        options = self._within([self.candidates(place) for place in places], places)
        few = [self._evidence(place, codes) for place, codes in zip(places, options)]
        # What the other places tell each one before any is chosen: the regions they may be that contain
        # or lie in one of its candidates ("Kampung Melayu" and "Jatinegara": the kelurahan in the district).
        # The same place written again is no other place: its candidates would confirm themselves.
        nested = [_nesting_depths(codes, {code for j, others in enumerate(few) if places[j] != places[i]
                                          for code in others})
                  for i, codes in enumerate(options)]
        choices = [self._choose(place, codes, [], nested[i]) for i, (place, codes) in enumerate(zip(places, options))]
        for _ in range(2):  # a choice informs the others; twice lets a village place a district that places a regency
            choices = [self._choose(place, codes, [c.known_prefix for j, c in enumerate(choices)
                                                   if places[j] != place and c.known_prefix], nested[i])
                       for i, (place, codes) in enumerate(zip(places, options))]
        regions = []
        for place, choice in zip(places, choices):
            if place.written in COUNTRIES:
                regions.append(Region(COUNTRIES[place.written], place.written, "country"))
            else:
                regions.append(self.index.region(choice.code) if choice.code else None)
        return regions

    def _within(self, options: list[list[str]], places: Sequence[PlaceName]) -> list[list[str]]:
        """The candidates of each place narrowed by an address: "Baros, Bandung" is the Baros in a Bandung
        and that Bandung the one holding it, where some Baros lies in some Bandung and every Baros is of a
        lower level than the highest Bandung. Places of one level ("Depok, Tangerang") are a list, not an
        address, and a place with no candidate in the other keeps its own."""
        options = list(options)
        for i, place in enumerate(places):
            outer = [j for j, other in enumerate(places) if other.written == place.within] if place.within else []
            if not outer or not options[i]:
                continue
            containers = options[outer[0]]
            if max(map(self._rank, options[i])) >= max(map(self._rank, containers), default=0):
                continue
            inside = [code for code in options[i] if any(code.startswith(f"{region}.") for region in containers)]
            if inside:
                options[i] = inside
                holding = [region for region in containers if any(code.startswith(f"{region}.") for code in inside)]
                for j in outer:
                    options[j] = holding
        return options

    def _rank(self, code: str) -> int:
        return _RANKS.get(self.index.level(code), 0)

    def _evidence(self, place: PlaceName, codes: list[str]) -> list[str]:
        """The candidates of ``place`` that may place the article's other places: none when it has too
        many; a bare name that can be a city, regency or district is not taken for a village of the name
        ("Garut" in a list of towns says nothing about the villages called Garut, nor the regencies they
        lie in)."""
        if len(codes) > _FEW_CANDIDATES:
            return []
        if place.level:
            return codes
        above = [code for code in codes if self.index.level(code) != "village"]
        return above or codes

    def _choose(self, place: PlaceName, codes: list[str], context: list[str], nested: dict[str, int]) -> _Choice:
        """The region among ``codes`` that ``place`` names: ``context`` holds the code prefixes the
        article's other places are known to lie in, ``nested`` what the regions they may be tell
        each candidate (:func:`_nesting_depths`)."""
        if not codes:
            return _Choice(None, "")
        if len(codes) == 1 and (place.level or self.index.level(codes[0]) != "village"):
            return _Choice(codes[0], codes[0])
        index = self.index
        depth = {code: max([nested[code], *(_shared_depth(code, other) for other in context)]) for code in codes}
        rank = {code: self._rank(code) for code in codes}
        top = max(rank.values())
        pool = [code for code in codes if rank[code] == top]
        # A lower region the article places; a city's or regency's name needs its district named to be
        # read as a village of the name ("Serang" beside "Cilacap" stays the city, though Cilacap has a Serang).
        placed = _PLACED + 1 if top >= _RANKS["regency"] else _PLACED
        if max(depth[code] for code in pool) == 0 and any(depth[code] >= placed for code in codes):
            pool = [code for code in codes if depth[code] >= placed]
        # Without a kind word, a village (or a feature named like one) needs the article to name its regency:
        # a province alone does not place a village called "London".
        unplaced = not place.level and (place.written.split()[0] in _FEATURE_HEADS or index.level(pool[0]) == "village")
        if unplaced:
            pool = [code for code in pool if depth[code] >= _PLACED or index.level(code) != "village"]
            if not pool:
                return _Choice(None, "")

        def key(code: str) -> tuple:
            return depth[code], rank[code], index.level(code) == "city"  # a bare "Bandung" is the city

        best = max(key(code) for code in pool)
        tied = [code for code in pool if key(code) == best]
        known = _common_prefix(tied)
        if len(tied) == 1:
            return _Choice(tied[0], tied[0])
        if best[0] == 0:
            return _Choice(None, known)  # nothing in the article tells them apart
        return _Choice(min(tied, key=lambda code: self._postal_distance(code, context, best[0])), known)

    def _postal_distance(self, code: str, context: list[str], depth: int) -> float:
        """Distance in postal codes from ``code`` to the nearest place of the article it shares ``depth`` segments with."""
        centre = self.index.postal_centre(code)
        distances = [abs(centre - other_centre) for other in context if _shared_depth(code, other) == depth
                     for other_centre in [self.index.postal_centre(other)] if centre is not None and other_centre is not None]
        return min(distances, default=float("inf"))
