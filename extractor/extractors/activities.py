"""Programme activities: for each programme an article names, the body that runs it, the bodies it
works with, where and when it happens, how many people take part and the money it moves.

The evidence is the sentences that name the programme. The owner is, in order: the body the programme's name
carries ("[BRI] Peduli"; its unit where the article names one, "Telkom Witel Kalbar"); the body named right
after the programme ("program TJSL [PT X]", "... yang digagas [Bank Z]"); the body acting in those sentences
("dipaksakan oleh [Bank Z]"), else their first body that is not a partner ("Melalui program Y, [Bank Z]
menyalurkan ..."), or the unit it acts through ("Unhas melalui [LPPM]"); else, as a guess the
``owner_basis`` column marks, the body the article is about (named three times or more, more than any other,
and in its lead); else none, and none where the article only has people join, hold or receive the programme
("mengikuti program Kampung Iklim"). The body of a person quoted in those sentences is no evidence: news
quotes people on programmes they do not run. Where the article names one unit of the owner throughout
("Telkom Witel Kalbar"), the unit is the owner. The outlet and bodies cited as sources ("dilansir AFP") are
never owners. Partners are the bodies after a partner word ("kepada", "bersama", "bekerja sama dengan",
"dengan dukungan"). Places are the sentences' places (else their paragraphs', else the article's first
district or village), those written as the scene ("di Desa X") where any is, narrowed to the article's
places inside them, the most specific of each line of regions; the date is the sentences' first date, else
the publication date; participants and money are the largest count of people and the largest amount in
rupiah they give.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon.activities import (AGENT_MARKERS, OWNER_LINKS, PARTICIPATION_MARKERS, PARTNER_MARKERS, SOURCE_MARKERS,
                                  STATEMENT_MARKERS)
from ..lexicon.entities import ORGANISATION_HEADS, ORGANISATION_UNITS, WEB_DOMAIN
from ..nlp.extensions import ExtensionWriter, doc_text
from ..nlp.paragraphs import paragraphs
from ..records import Activity, Entity
from .acronyms import abbreviates
from .entities.names import core_name

# What may stand between a programme's name and its owner: a comma, the close of the acronym written
# after the name ("program Tanggung Jawab Sosial dan Lingkungan (TJSL), PT X ..."), a link word.
_OWNER_LINK = re.compile(r"[ ,)]*(?:(?:%s)[ ]+)?$" % "|".join(re.escape(link) for link in OWNER_LINKS if link))


def _ending_with(markers: tuple[str, ...]) -> re.Pattern:
    """Text that ends with one of ``markers`` and a space: what stands right before a body."""
    return re.compile(r"\b(?:%s)[ ]+$" % "|".join(re.escape(marker) for marker in markers))


_AGENT_MARKER, _SOURCE_MARKER, _PARTNER_MARKER = map(_ending_with, (AGENT_MARKERS, SOURCE_MARKERS, PARTNER_MARKERS))
_PARTICIPATION_MARKER = _ending_with(tuple(f"{marker}{kind}" for marker in PARTICIPATION_MARKERS
                                           for kind in ("", " program", " kartu")))
_STATEMENT_PLACE = _ending_with(tuple(f"{marker}{suffix} di" for marker in STATEMENT_MARKERS for suffix in ("", "nya")))
_SEPARATOR = "; "
# How an owner was read, the strongest evidence first (the activities table's ``owner_basis``).
OWNER_BASES = {
    "name": "the programme's name carries the body's (BRI Peduli)",
    "after": "the body follows the programme's name (program TJSL PT X, ... yang digagas Bank Z)",
    "sentence": "the body acting in the sentences naming the programme (after 'oleh'), else their first, no partner, "
                "or the unit it acts through ('melalui')",
    "article": "the body the article is about (named most, three times or more, and in its lead): a guess where the "
               "sentences name none",
}


def find_activities(doc: Doc) -> list[Activity]:
    """One :class:`~extractor.records.Activity` per PROGRAMME referent of ``doc``, in the order the
    article first names them."""
    text = doc_text(doc)
    sentences = [(sentence.start_char, sentence.end_char) for sentence in doc.sents]
    outlet = doc._.article.outlet if doc._.article else ""
    sources = {entity.entity_id for entity in doc._.entities if entity.label == "ORG" and (
        entity.source == "dateline" or entity.canonical == outlet or WEB_DOMAIN.fullmatch(entity.canonical)
        or _SOURCE_MARKER.search(_before(text, entity)))}
    # The outlet (its web address too: "TANGERANGNEWS.com-PT ...") and the bodies the article cites as its
    # sources run no programme.
    entities = [entity for entity in doc._.entities if entity.source != "dateline" and entity.entity_id not in sources]
    programmes: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.label == "PROGRAMME":
            programmes.setdefault(entity.entity_id, []).append(entity)
    published = doc._.article.published_date if doc._.article else ""
    blocks = paragraphs(text)
    lead = blocks[:_LEAD_PARAGRAPHS]
    return [_activity(text, mentions, _evidence(sentences, mentions), _evidence(blocks, mentions), lead, entities,
                      doc, published) for mentions in programmes.values()]


def _before(text: str, entity: Entity, width: int = 30) -> str:
    """The lower-cased text right before an entity, where the words that tie it to a programme stand."""
    return text[max(0, entity.start_char - width):entity.start_char].lower()


def _evidence(spans: list[tuple[int, int]], mentions: list[Entity]) -> list[tuple[int, int]]:
    """The sentences (or paragraphs) that name the programme."""
    return [(start, end) for start, end in spans if any(start <= mention.start_char < end for mention in mentions)]


def _inside(spans: list[tuple[int, int]], start: int) -> bool:
    return any(begin <= start < end for begin, end in spans)


def _activity(text: str, mentions: list[Entity], evidence: list[tuple[int, int]], paragraphs: list[tuple[int, int]],
              lead: list[tuple[int, int]], entities: list[Entity], doc: Doc, published: str) -> Activity:
    bodies = [entity for entity in entities if entity.label == "ORG" and _inside(evidence, entity.start_char)]
    partners = [body for body in bodies if _PARTNER_MARKER.search(_before(text, body))]
    owner, basis = _owner(text, mentions, bodies, partners, entities, evidence, lead)
    partners = _unique(body for body in partners if owner is None or body.entity_id != owner.entity_id)
    places = _places(text, entities, evidence, paragraphs)
    dates = [mention.value for mention in doc._.dates if _inside(evidence, mention.start_char) and mention.value]
    people = [count.value for count in doc._.counts
              if count.category == "people" and _inside(evidence, count.start_char)]
    rupiah = [money.value for money in doc._.money if money.currency == "IDR" and _inside(evidence, money.start_char)]
    return Activity(
        programme=mentions[0].canonical, programme_entity_id=mentions[0].entity_id,
        owner=owner.canonical if owner else "", owner_entity_id=owner.entity_id if owner else "", owner_basis=basis,
        partners=_SEPARATOR.join(body.canonical for body in partners),
        partner_entity_ids=_SEPARATOR.join(body.entity_id for body in partners),
        places=_SEPARATOR.join(place.canonical for place in places),
        place_codes=_SEPARATOR.join(place.region_code for place in places if place.region_code),
        date=dates[0] if dates else published, participants=max(people, default=0.0),
        amount_idr=max(rupiah, default=0.0),
        start_char=min(start for start, _ in evidence), end_char=max(end for _, end in evidence))


def _owner(text: str, mentions: list[Entity], bodies: list[Entity], partners: list[Entity],
           entities: list[Entity], evidence: list[tuple[int, int]],
           lead: list[tuple[int, int]]) -> tuple[Optional[Entity], str]:
    """The body that runs the programme and the evidence it was read from (an :data:`OWNER_BASES` key),
    tried in that order; (None, "") without one. Where the article names one unit of that body ("program
    TJSL Telkom" beside "Telkom Witel Kalbar"), the unit runs it."""
    written: dict[str, set[str]] = {}
    for entity in entities:
        written.setdefault(entity.entity_id, set()).add(entity.text)
    owner, basis = _owner_by_evidence(text, mentions, bodies, partners, entities, evidence, lead, written)
    return (_its_unit(owner, entities, written) if owner else None), basis


def _its_unit(body: Entity, entities: list[Entity], written: dict[str, set[str]]) -> Entity:
    """The one unit of ``body`` the article names more than once, the unit that acts for the body in the
    story (a body whose name starts with one of the names ``body`` is written with, then a unit word or
    a region: :func:`~.entities.referents.parent_body`); else ``body``. A unit named once is in passing
    ("Pemimpin Wilayah BRI Jakarta 3" in a release about BRI's national credit)."""
    names = {core_name(name) for name in written[body.entity_id] | {body.canonical}}
    unit_mentions = Counter(entity.entity_id for entity in entities
                            if entity.label == "ORG" and entity.parent in names and entity.entity_id != body.entity_id)
    units = [unit for unit, count in unit_mentions.items() if count > 1]
    if len(unit_mentions) != 1 or not units:
        return body
    return next(entity for entity in entities if entity.entity_id == units[0])


def _owner_by_evidence(text: str, mentions: list[Entity], bodies: list[Entity], partners: list[Entity],
                       entities: list[Entity], evidence: list[tuple[int, int]], lead: list[tuple[int, int]],
                       written: dict[str, set[str]]) -> tuple[Optional[Entity], str]:
    named = [entity for entity in entities
             if entity.label == "ORG" and _names_the_body(mentions[0].canonical, entity, written[entity.entity_id])]
    # A unit of the body ("Telkom Witel Kalbar"), then one the programme's sentences name, the fullest, the first.
    if named:
        return max(named, key=lambda body: (_names_a_unit(body.canonical), _inside(evidence, body.start_char),
                                            len(body.canonical), -body.start_char)), "name"
    for mention in mentions:
        for body in bodies:
            if body.start_char >= mention.end_char and _OWNER_LINK.match(text[mention.end_char:body.start_char]):
                return body, "after"
    # A programme the article only has people join, hold or receive is run by no body the article names
    # (its acronym in brackets after the name, "program Kampung Iklim (ProKlim)", is the same occurrence).
    befores = [_before(text, mention) for mention in mentions]
    occurrences = [before for before in befores if not before.rstrip().endswith("(")]
    if occurrences and all(_PARTICIPATION_MARKER.search(before) for before in occurrences):
        return None, ""
    others = [body for body in bodies if body not in partners and not _overlaps_any(body, mentions)]
    agents = [body for body in others if _AGENT_MARKER.search(_before(text, body))]
    if others:
        return _acting_unit(text, (agents or others)[0], others), "sentence"
    principal = _principal_body(entities, mentions, lead)
    return (principal, "article") if principal else (None, "")


# Between a body and the unit it acts through: "Universitas Hasanuddin (Unhas) melalui LPPM", "Pemkab X
# melalui Dinas Y".
_THROUGH = re.compile(r"[ ]*(?:\([^()]*\))?[ ]*,?[ ]*melalui[ ]+")


def _acting_unit(text: str, body: Entity, bodies: list[Entity]) -> Entity:
    """The body that ``body`` acts through right after it ("[Unhas] melalui [LPPM] menyelenggarakan ..."):
    the one that runs the programme, as the text gives it; else ``body``."""
    return next((unit for unit in bodies if unit.start_char > body.end_char
                 and _THROUGH.fullmatch(text[body.end_char:unit.start_char])), body)


# A press release names its own body throughout: three times at the least in the samples and the seed,
# where news articles that name a programme in passing name their busiest body twice ("Hari Pangan
# Sedunia" beside "Badan Kesehatan Dunia").
_PRINCIPAL_MENTIONS = 3
# ... and in its lead: the title and the first paragraph (a news story's busiest body that first turns
# up halfway down, "Serikat Pekerja" in a story on May Day, is what the story is about at most in part).
_LEAD_PARAGRAPHS = 2


def _principal_body(entities: list[Entity], mentions: list[Entity], lead: list[tuple[int, int]]) -> Optional[Entity]:
    """The body the article is about, not inside the programme's own name: the one it names most, more
    often than any other, at least :data:`_PRINCIPAL_MENTIONS` times and in its lead (a news article that
    mentions a programme in passing has no such body, and its busiest body runs nothing)."""
    counts = Counter(entity.entity_id for entity in entities
                     if entity.label == "ORG" and not _overlaps_any(entity, mentions))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _PRINCIPAL_MENTIONS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    first = next(entity for entity in entities if entity.entity_id == ranked[0][0])
    return first if _inside(lead, first.start_char) else None


def _names_the_body(programme: str, body: Entity, written: set[str]) -> bool:
    """Whether a programme's name carries a body's name ("BRI Peduli", "PLN Peduli", "Telkom Hijau
    Pesisir"): its acronym, initials that abbreviate its name, a name the article writes it with, or its
    core name's first word where that is no organisation head ("Telkom" of "Telkom Indonesia"; not
    "Bank" of "Bank Rakyat Indonesia")."""
    words = programme.split()
    core = core_name(body.canonical).split()
    names = [core_name(name).split() for name in written | {body.acronym} if name]
    return (any(name and name != words and _contains(words, name) for name in names)
            or bool(core) and core[0] not in ORGANISATION_HEADS and len(core[0]) > 2 and core[0] in words
            or any(word.isupper() and len(word) > 1 and abbreviates(word, " ".join(core)) for word in words))


def _names_a_unit(name: str) -> bool:
    """Whether a body's name holds a unit word: "Telkom Witel Kalbar", "PT PLN (Persero) Unit Induk ..."."""
    return any(word in ORGANISATION_UNITS for word in name.split())


def _contains(words: list[str], phrase: list[str]) -> bool:
    return any(words[index:index + len(phrase)] == phrase for index in range(len(words) - len(phrase) + 1))


def _overlaps_any(entity: Entity, others: list[Entity]) -> bool:
    return any(entity.start_char < other.end_char and other.start_char < entity.end_char for other in others)


def _unique(entities: Iterable[Entity]) -> list[Entity]:
    """One entity per referent, in order."""
    seen: dict[str, Entity] = {}
    for entity in entities:
        seen.setdefault(entity.entity_id, entity)
    return list(seen.values())


def _places(text: str, entities: list[Entity], evidence: list[tuple[int, int]],
            paragraphs: list[tuple[int, int]]) -> list[Entity]:
    """Where the programme happens: the places of its sentences, else of its paragraphs, else the
    article's first district or village (a press release's event is where its lead says), not a place
    inside a body's name nor one a statement was issued from ("siaran persnya di Samarinda"); of those, the
    ones written as the scene ("di Desa X") where any is; each
    narrowed to the article's places inside it ("Kecamatan Cibungbulang" to its "Desa Ciaruteun Ilir")."""
    bodies = [entity for entity in entities if entity.label == "ORG"]
    # the region inside a body's name ("BPBD Kabupaten Cianjur", "AFT Supadio Pontianak") says which body, and
    # the place a statement was issued from is the office's
    places = [entity for entity in entities if entity.label == "LOC" and not _overlaps_any(entity, bodies)
              and not _STATEMENT_PLACE.search(_before(text, entity))]
    local = [place for place in places if place.region_code.count(".") >= 2]
    found = next((chosen for spans in (evidence, paragraphs)
                  if (chosen := [place for place in places if _inside(spans, place.start_char)])), local[:1])
    # A place named in passing ("warga asal Bitung", "tertinggi di antaranya DKI Jakarta, Bali") is not where
    # the activity is, where another is written as the scene ("digelar di Desa X").
    found = _written_as_the_scene(text, found) or found
    narrowed = [inner for place in found for inner in ([p for p in places if _lies_in(p.region_code, place.region_code)]
                                                       or [place])]
    return _most_specific(narrowed)


# The word that makes a place the scene ("digelar [di] Desa X", "berkunjung [ke] ...", "[di wilayah] ..."),
# and what links the places of a list or a chain after it ("di Desa A, Desa B dan Desa C").
_SCENE_WORD = re.compile(r"\b(?:di|ke)(?:[ ]+[a-z]+)?[ ]+$")
_PLACE_LINK = re.compile(r"[ ]*(?:,|,?[ ]+(?:dan|serta))[ ]*")


def _written_as_the_scene(text: str, places: list[Entity]) -> list[Entity]:
    """The places written after "di" or "ke", or in a list or chain of places that follows one."""
    scene: list[Entity] = []
    for place in sorted(places, key=lambda entity: entity.start_char):
        before = text[max(0, place.start_char - 30):place.start_char]
        previous = scene[-1] if scene else None
        if _SCENE_WORD.search(before) or previous is not None and _PLACE_LINK.fullmatch(
                text[previous.end_char:place.start_char]):
            scene.append(place)
    return scene


def _lies_in(code: str, outer: str) -> bool:
    """Whether region ``code`` lies in region ``outer`` (an Indonesian region lies in "ID")."""
    return (bool(code and outer) and code != outer
            and (code.startswith(outer + ".") or outer == "ID" and code[:1].isdigit()))


def _most_specific(places: Iterable[Entity]) -> list[Entity]:
    """One entity per place, without a region another of them lies in ("Kabupaten Bogor" beside
    "Desa Cibodas", whose code extends the regency's; "Indonesia" beside "Papua")."""
    places = _unique(places)
    return [place for place in places if not any(_lies_in(other.region_code, place.region_code) for other in places)]


@Language.factory("warta_activities", requires=["doc.sents", "doc._.entities", "doc._.dates", "doc._.counts",
                                                "doc._.money", "doc._.article"], assigns=["doc._.activities"])
def make_activity_finder(nlp: Language, name: str) -> ExtensionWriter:
    """The ``warta_activities`` component: ``doc._.activities`` from :func:`find_activities`."""
    return ExtensionWriter("activities", find_activities)
