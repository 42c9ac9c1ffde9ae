"""``find_entities``: the entity layer's stages in order, and the ``warta_entities`` component.

1. candidates: the model's spans and the rules' (:mod:`.candidates`, :mod:`.programmes`, :mod:`.places`);
2. selection: the best non-overlapping ones, then the names kept looked for again (:mod:`.selection`);
3. referents: mentions linked, one label and one canonical name each (:mod:`.referents`);
4. places linked to region codes (:mod:`.places`), people's roles (:mod:`.roles`);
5. records: one :class:`~extractor.records.Entity` per mention.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ...lexicon.entities import GROUP_WORDS, LEGAL_FORMS
from ...lexicon.names import COUNTRIES, GENERIC_ACRONYMS
from ...nlp.extensions import ExtensionWriter, doc_text
from ...nlp.paragraphs import headline_paragraphs, is_headline_case
from ...records import Entity
from ..acronyms import AcronymPair, find_acronym_pairs, lower_case_acronyms
from ..linking import PlaceLinker, PlaceName
from ..metadata import Layout
from ..money import currency_name_spans
from ..patterns import words_before
from ..regions import Region, is_region_name
from .candidates import (acronym_candidates, alias_candidates, dateline_candidates, field_list_candidates,
                         head_rule_candidates, known_body_candidates, model_candidates, names_a_ministers_field,
                         names_a_thing, office_field_spans, office_holder_candidates, person_candidates,
                         regional_office_candidates, role_region_person_candidates, spoken_name_candidates, tail_rule_candidates,
                         unit_extensions, web_outlet_candidates, with_body_heads, without_glued_names)
from .names import cites_a_document, has_body_head, is_generic_body
from .places import (addresses, country_candidates, join_places_of_one_region, linked_places, listed_place_candidates,
                     region_candidates, split_place_chains)
from .programmes import (event_name_candidates, known_programme_candidates, programme_cue_candidates,
                         spelt_programme_candidates)
from .referents import (Referents, link_bodies, link_nicknames, link_people, link_referents, parent_body,
                        referent_labels, referent_name)
from .roles import person_roles, split_role
from .selection import Candidate, Priority, overlaps, repeated_mentions, select, surname_mentions
from .words import Words

_NO_REGION = Region("", "", "")


def _mentions(doc: Doc, text: str, layout: Layout, pairs: list[AcronymPair],
              linker: PlaceLinker) -> tuple[list[Candidate], list[PlaceName]]:
    """The mentions kept from every layer's candidates, in text order, and places that are no mention
    but help link the others (see :func:`.places.addresses`)."""
    words = Words.of(doc, text)
    excluded = (*layout.excluded_spans, *currency_name_spans(text), *office_field_spans(words))
    address_candidates, clues = addresses(words, linker)
    guessed = [*programme_cue_candidates(words), *event_name_candidates(words), *head_rule_candidates(words),
               *person_candidates(words), *spoken_name_candidates(words),
               *role_region_person_candidates(words), *office_holder_candidates(words),
               *tail_rule_candidates(words), *model_candidates(doc, words, text), *region_candidates(words),
               *listed_place_candidates(words),
               *alias_candidates(words), *web_outlet_candidates(words), *field_list_candidates(words),
               *regional_office_candidates(words), *address_candidates]
    guessed += list(unit_extensions(guessed, words))
    guessed = [c for c in guessed if not cites_a_document(text, c.start, c.end)]
    # In a headline written in Title Case every word looks like a name to the model and the rules;
    # names there are found instead by matching the names the body yields (see repeated_mentions).
    headlines = [*headline_paragraphs(text)]
    if layout.title_span and is_headline_case(layout.title):
        headlines.append(layout.title_span)
    guessed = [c for c in guessed if not overlaps(c.start, c.end, headlines)]
    chosen = select(
        list(split_place_chains([*dateline_candidates(layout), *acronym_candidates(pairs, text),
                                 *known_programme_candidates(text), *spelt_programme_candidates(text),
                                 *country_candidates(text),
                                 *known_body_candidates(words, text), *guessed], words)),
        excluded,
    )
    # "Presiden Joko Widodo (Jokowi)": a person or place the model found where the text writes a name
    # and its short form is what the pair stands for (the pair's own candidates carry no label)
    # ("Rumah Sakit Cipto Mangunkusumo (RSCM)" is a body wherever it stands)
    model_says = {(c.start, c.end): c.label for c in guessed if c.source == "model" and c.label in ("PER", "LOC")
                  and not has_body_head(text[c.start:c.end])}
    # "PT Pertamina Gas (Pertagas)": a pair whose expansion the model found as a company is a body
    companies = [c for c in guessed if c.source == "model" and c.label == "ORG"
                 and text[c.start:c.end].split(" ")[0] in LEGAL_FORMS]
    for pair in pairs:
        if any(c.start < pair.expansion_end and pair.expansion_start < c.end for c in companies):
            model_says[pair.acronym_start, pair.acronym_end] = "ORG"
            model_says[pair.expansion_start, pair.expansion_end] = "ORG"
    chosen = [replace(c, label=model_says.get((c.start, c.end))) if c.source == "acronym" and c.label is None else c
              for c in chosen]
    pair_names = {name for pair in pairs for name in (pair.acronym, pair.expansion)}
    repeated = (repeated_mentions(text, chosen, pair_names, excluded)
                + surname_mentions(text, chosen, words.lower_words, excluded))
    chosen = without_glued_names(select(chosen + repeated, excluded), text)
    # The place inside "Universitas X (UX) Bandung" is a place of its own too (nested in the body's name).
    regions = (pair.region_span(text) for pair in pairs)
    nested = [Candidate(start, end, "LOC", Priority.ACRONYM_PAIR, "acronym") for start, end in regions if end > start]
    return sorted(chosen + nested, key=lambda c: (c.start, -c.end)), clues


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
    written_pairs = find_acronym_pairs(text)
    field_pairs = [pair for pair in written_pairs if names_a_ministers_field(pair, text)]
    fields = {name for pair in field_pairs for name in (pair.acronym, pair.expansion)}
    pairs = with_body_heads([pair for pair in written_pairs if names_a_thing(pair) and pair not in field_pairs], text)
    linker = linker or PlaceLinker()
    mentions, clues = _mentions(doc, text, layout, pairs, linker)
    names = [text[m.start:m.end] for m in mentions]
    referents = link_referents(names, mentions, pairs, text)
    labels = referent_labels(names, mentions, referents, text)
    if (link_people(referents, names, labels) | link_nicknames(referents, names, mentions, labels, text)
            | link_bodies(referents, names, labels)):
        labels = referent_labels(names, mentions, referents, text)
    places = linked_places(text, names, mentions, referents, labels, linker, clues)
    join_places_of_one_region(referents, places, labels)
    labels = {referents.find(root): label for root, label in labels.items()}
    places = {referents.find(root): region for root, region in places.items()}
    members: dict[str, list[str]] = {}
    for name in names:
        members.setdefault(referents.find(name), []).append(name)
    acronym_of = {name: pair for pair in pairs
                  for name in (pair.acronym, pair.expansion, text[pair.expansion_start:pair.qualified_end]) if name}
    spelt_in_lower_case = lower_case_acronyms(text)
    named = {}
    for root, forms in members.items():
        pair = next((acronym_of[n] for n in forms if n in acronym_of), None)
        named[root] = referent_name(forms, pair, text)
        # "program corporate social responsibility (CSR)": a programme is named by what its acronym spells
        acronym = next((name for name in forms if name in spelt_in_lower_case), "")
        if labels[root] == "PROGRAMME" and not pair and acronym:
            named[root] = (spelt_in_lower_case[acronym], acronym, spelt_in_lower_case[acronym])
    bodies = [(name, named[referents.find(name)][0]) for name in set(names) if labels[referents.find(name)] == "ORG"]
    roles = {root: split_role(role, bodies) for root, role in person_roles(text, names, mentions, referents, labels).items()}

    groups = _groups(names, mentions, members, referents, text)
    unnamed = _no_names(members, labels, groups, set(spelt_in_lower_case) | fields)
    entities, ids = [], {}
    for name, mention in zip(names, mentions):
        root = referents.find(name)
        if root in unnamed:
            continue
        canonical, acronym, expansion = named[root]
        ids.setdefault(root, f"E{len(ids) + 1}")
        region = places.get(root) or _NO_REGION
        role, org = roles.get(root, ("", ""))
        entities.append(Entity(
            label=labels[root], text=name, canonical=canonical, start_char=mention.start, end_char=mention.end,
            entity_id=ids[root], acronym=acronym, expansion=expansion, source=mention.source,
            region_code=region.code, region_level=region.level, region_name=region.name, province=region.province,
            role=role, org=org, parent=parent_body(canonical) if labels[root] == "ORG" else "",
        ))
    return entities


def _groups(names: list[str], mentions: list[Candidate], members: dict[str, list[str]], referents: Referents,
            text: str) -> set[str]:
    """The referents the text calls a people, a faith or a language (a word of :data:`GROUP_WORDS` before
    a mention): a name that is no country or region once so ("etnis Rohingya", "beragama Budha"), a country
    or region in most of its mentions ("bahasa Indonesia" throughout; not "warga Muslim Indonesia")."""
    called = Counter(referents.find(name) for name, mention in zip(names, mentions)
                     if any(word.lower() in GROUP_WORDS for word in words_before(text, mention.start)))
    named = Counter(referents.find(name) for name in names)
    return {root for root, count in called.items()
            if 2 * count > named[root] or not any(name in COUNTRIES or is_region_name(name) for name in members[root])}


def _no_names(members: dict[str, list[str]], labels: dict[str, str], groups: set[str],
              common_nouns: set[str]) -> set[str]:
    """The referents that name nothing: "UMKM" and its expansion (common nouns); a non-programme the
    article only names by ``common_nouns``, the acronyms it spells out in lower case ("hak guna bangunan
    (HGB)"; not "corporate social responsibility (CSR)") and the ministers' fields with their acronyms; a
    kind of body ("Pemerintah Pusat"); a people or a faith the text calls one (``groups``: "etnis
    Rohingya", "beragama Budha"), whatever the model made of it; a term spelt out beside its acronym, which
    no layer gave a label (see ``referents._label_by_name``)."""
    return {root for root, forms in members.items()
            if GENERIC_ACRONYMS.intersection(forms)
            or labels[root] != "PROGRAMME" and set(forms) <= common_nouns
            or labels[root] == "ORG" and all(map(is_generic_body, forms))
            or labels[root] in ("ORG", "LOC") and root in groups
            or labels[root] is None}


@Language.factory("warta_entities", requires=["doc.ents", "token.is_sent_start", "doc._.layout"],
                  assigns=["doc._.entities"])
def make_entity_finder(nlp: Language, name: str) -> ExtensionWriter:
    """The ``warta_entities`` component (after ``ner`` and ``warta_metadata``): ``doc._.entities``."""
    linker = PlaceLinker()  # the region index is built here, when the pipeline loads
    return ExtensionWriter("entities", lambda doc: find_entities(doc, doc._.layout or Layout(), linker))
