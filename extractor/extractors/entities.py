"""Named entities (PER, ORG, LOC, PROGRAMME) with canonical names and per-document referent ids.

The statistical NER model proposes PER/ORG/LOC spans; rules add dateline outlets, acronym pairs,
programmes ("program X", a curated list) and names opened by organisation or region heads; every
name found is then matched again across the document, and mentions of one referent are linked.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon import (COMPOUND_NAME_HEADS, GENERIC_ACRONYMS, HONORIFICS, KNOWN_PROGRAMMES, LOCATION_HEADS,
                       NEVER_ENTITIES, ORGANISATION_HEADS, PROGRAMME_CUES)
from ..nlp import extensions  # noqa: F401  (registers the Doc extensions)
from ..records import Entity
from .acronyms import AcronymPair, find_acronym_pairs
from .metadata import Layout

MODEL_LABELS = frozenset({"PER", "ORG", "LOC"})
_EDGE_PUNCTUATION = "\"'“”‘’.,;:()[]-–—/"
_LEGAL_FORM = re.compile(r"^(?:PT|CV|Perum)\.?\s+|\s+(?:Tbk\.?|\(Persero\))$")
_HEADLINE_CAPITALS = 0.6  # share of capitalised words from which a title is in Title Case
_PROGRAMME_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:merupakan|adalah)\s+(?:salah\s+satu\s+)?program\b")
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
    return bool(text) and (text[0].isupper() or text[0].isdigit()) and text.casefold() not in NEVER_ENTITIES


def _is_headline_case(title: str) -> bool:
    words = [word for word in title.split() if word.isalpha()]
    return bool(words) and sum(word[0].isupper() for word in words) / len(words) >= _HEADLINE_CAPITALS


def _without_honorifics(person: Span) -> Span:
    """"Drs. H. Asep Saepudin" -> "Asep Saepudin"; "Wahyuningsih, S.P., M.P." -> "Wahyuningsih"."""
    start = person.start
    while start < person.end - 1 and person.doc[start].lower_ in HONORIFICS:
        start += 1
    end = next((t.i for t in person.doc[start:person.end] if t.text == ","), person.end)
    return person.doc[start:end]


def _model_candidates(doc: Doc, layout: Layout) -> Iterable[_Candidate]:
    # In a headline written in Title Case every word looks like a name to the model; names there are
    # found instead by matching the names the body yields (see _repeated_mentions).
    skipped = [layout.title_span] if layout.title_span and _is_headline_case(layout.title) else []
    for ent in doc.ents:
        if ent.label_ not in MODEL_LABELS or _overlaps(ent.start_char, ent.end_char, skipped):
            continue
        label = ent.label_
        if label == "PER":
            ent = _without_honorifics(ent)
        text = ent.text
        start = ent.start_char + len(text) - len(text.lstrip(_EDGE_PUNCTUATION))
        end = ent.end_char - (len(text) - len(text.rstrip(_EDGE_PUNCTUATION)))
        if end > start and _is_name_token(doc.text[start:end]):
            yield _Candidate(start, end, label, 4, "model")


def _head_rule_candidates(doc: Doc) -> Iterable[_Candidate]:
    """"PT X Y", "Dinas X Kabupaten Y", "Desa X": a head word and the capitalised words after it."""
    tokens = list(doc)
    for token in tokens:
        two_words = f"{token.text} {token.nbor().text}" if token.i + 1 < len(doc) else ""
        head_width = 2 if two_words in ORGANISATION_HEADS else 1
        head = two_words if head_width == 2 else token.text
        label = "ORG" if head in ORGANISATION_HEADS else "LOC" if head in LOCATION_HEADS else None
        if label is None:
            continue
        end = token.i + head_width
        while end < len(doc) and not doc[end - 1].whitespace_.count("\n"):
            word = doc[end].text
            if _is_name_token(word) or word in ("(Persero)", "Tbk", "Tbk."):
                end += 1
            elif (word in ("dan", "&") and head in COMPOUND_NAME_HEADS and end + 1 < len(doc)
                  and _is_name_token(doc[end + 1].text)):
                end += 2
            else:
                break
        if end > token.i + head_width:
            yield _Candidate(token.idx, doc[end - 1].idx + len(doc[end - 1].text), label, 3, "rule")


def _programme_cue_candidates(doc: Doc) -> Iterable[_Candidate]:
    """The capitalised words right after "program", "program binaan", ... name a programme."""
    lowered = [token.lower_ for token in doc]
    for cue in sorted(PROGRAMME_CUES, key=len, reverse=True):
        for i in range(len(doc) - len(cue)):
            if tuple(lowered[i:i + len(cue)]) != cue:
                continue
            end = i + len(cue)
            while end < len(doc) and _is_name_token(doc[end].text) and doc[end].text.isalnum():
                if doc[end].is_upper and end > i + len(cue):  # "program TJSL AFT Supadio": a second acronym
                    break
                end += 1
            if end > i + len(cue):
                first, last = doc[i + len(cue)], doc[end - 1]
                yield _Candidate(first.idx, last.idx + len(last.text), "PROGRAMME", 2, "rule")


def _known_programme_candidates(text: str) -> Iterable[_Candidate]:
    for match in _KNOWN_PROGRAMMES.finditer(text):
        if match.group()[0].isupper():
            yield _Candidate(match.start(), match.end(), "PROGRAMME", 2, "rule")


def _acronym_candidates(pairs: list[AcronymPair]) -> Iterable[_Candidate]:
    for pair in pairs:
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
    for candidate in sorted(candidates, key=lambda c: (c.priority, c.start - c.end, c.start)):
        taken = [(c.start, c.end) for c in chosen]
        if not _overlaps(candidate.start, candidate.end, taken + list(excluded)):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def _repeated_mentions(text: str, chosen: list[_Candidate], excluded) -> list[_Candidate]:
    """Further occurrences of names already found, which the model missed in other sentences."""
    found = {text[c.start:c.end] for c in chosen}
    names = {name for name in found | {_core_name(n) for n in found} if len(name) >= 3}
    if not names:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")
    return [_Candidate(m.start(), m.end(), None, 4, "repeat") for m in pattern.finditer(text)
            if not _overlaps(m.start(), m.end(), excluded)]


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
    before = text[max(0, start - 40):start].lower().split()
    return any(tuple(before[-len(cue):]) == cue for cue in PROGRAMME_CUES) or bool(_PROGRAMME_AFTER.match(text[end:end + 80]))


def find_entities(doc: Doc, layout: Layout) -> list[Entity]:
    """All PER, ORG, LOC and PROGRAMME mentions in ``doc``, linked to their referents.

    Args:
        doc: a Doc that went through the NER model (``doc.ents``) and sentence splitter.
        layout: the article layout from :func:`extractor.extractors.metadata.find_layout`.
    Returns:
        Entities in text order; ``canonical`` is the fullest name of the referent.
    """
    text = doc.text
    pairs = find_acronym_pairs(text)
    excluded = layout.excluded_spans
    chosen = _select(
        [*_dateline_candidates(layout), *_acronym_candidates(pairs), *_known_programme_candidates(text),
         *_programme_cue_candidates(doc), *_head_rule_candidates(doc), *_model_candidates(doc, layout)],
        excluded,
    )
    chosen = _select(chosen + _repeated_mentions(text, chosen, excluded), excluded)

    referents = _Referents()
    names = [text[c.start:c.end] for c in chosen]
    for pair in pairs:
        referents.union(pair.acronym, pair.expansion)
    by_core: dict[str, str] = {}
    for name in names:
        referents.union(name, by_core.setdefault(_core_name(name), name))
    people = [n for n, c in zip(names, chosen) if c.label == "PER"]
    for name in people:
        for fuller in people:
            if name != fuller and set(name.split()) < set(fuller.split()):
                referents.union(name, fuller)

    labels: dict[str, Counter] = {}
    programme_roots = set()
    for name, candidate in zip(names, chosen):
        root = referents.find(name)
        if (candidate.label == "PROGRAMME" or _is_programme_name(name)
                or _in_programme_context(text, candidate.start, candidate.end)):
            programme_roots.add(root)
        if candidate.label:
            labels.setdefault(root, Counter())[candidate.label] += 1 if candidate.source != "dateline" else 100
    members: dict[str, list[str]] = {}
    for name in names:
        members.setdefault(referents.find(name), []).append(name)
    acronym_of = {pair.acronym: pair for pair in pairs} | {pair.expansion: pair for pair in pairs}

    entities, ids = [], {}
    for name, candidate in zip(names, chosen):
        root = referents.find(name)
        if name in GENERIC_ACRONYMS or root in GENERIC_ACRONYMS:
            continue
        label = "PROGRAMME" if root in programme_roots else (labels.get(root) or Counter({"ORG": 1})).most_common(1)[0][0]
        pair = next((acronym_of[n] for n in members[root] if n in acronym_of), None)
        canonical = pair.expansion if pair else max(members[root], key=len)
        ids.setdefault(root, f"E{len(ids) + 1}")
        entities.append(Entity(
            label=label, text=name, canonical=canonical, start_char=candidate.start, end_char=candidate.end,
            entity_id=ids[root], acronym=pair.acronym if pair else "", expansion=pair.expansion if pair else "",
            source=candidate.source,
        ))
    return entities


@Language.factory("warta_entities")
def make_entity_linker(nlp: Language, name: str) -> "EntityFinder":
    """Build the ``warta_entities`` component (runs after ``ner`` and ``warta_metadata``)."""
    return EntityFinder()


class EntityFinder:
    """Sets ``doc._.entities`` from :func:`find_entities`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = find_entities(doc, doc._.layout or Layout())
        return doc
