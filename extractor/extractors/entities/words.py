"""The words of a Doc as the entity rules read them: token texts and offsets, read once per Doc."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc

from ...lexicon.entities import (HONORIFICS, LEGAL_FORMS, NUMBERED_UNIT_HEADS, OFFICE_BODY_HEADS, OFFICE_WORDS,
                                 ORGANISATION_UNITS, ROLE_WORDS, UNIT_HEAD_OFFICES)
from ...lexicon.names import ALIASES, COUNTRIES, PROVINCE_ABBREVIATIONS
from ...lexicon.quotes import ACCORDING_TO, CUE_WORDS, VERB_FORM
from ...nlp.extensions import token_offsets
from ..regions import is_place_name, is_regency_name
from .names import (is_body_word, is_name_token, may_be_a_persons_word, names_a_country, names_a_region,
                    opens_a_name_with_a_particle, opens_a_persons_name, opens_a_rank)


@dataclass(frozen=True)
class Words:
    """The token texts and offsets of a Doc, read once: the rules scan them as strings."""

    texts: list[str]
    starts: list[int]
    line_ends: list[bool]  # a line break follows the token
    model_entities: list[tuple[int, int, str]]  # the model's entities: first token, end token, label
    person_starts: frozenset[int]  # tokens where the model starts a person: names never run into them
    lower_words: frozenset[str]  # words the text writes in lower case somewhere
    # One capitalised word the text names a speaker by, alone beside a cue ("kata Rina", "Rudi menambahkan"):
    # where it stands inside a longer run of names, a person's name starts there ("... Unit Tanjung Priok
    # Rina Marlina").
    short_names: frozenset[str] = frozenset()
    # One word the model names a body or a place by alone somewhere ("bersama [Persela]"): no given name
    # of a person whose title chain it opens ("manajer Persela Yunan Achmadi").
    lone_bodies_and_places: frozenset[str] = frozenset()
    # The words companies' names open with ("Adaro" of "PT Adaro Indonesia"): the press names the company
    # by that word alone too ("Adaro melakukan", "Wilmar Peduli Listrik").
    company_words: frozenset[str] = frozenset()

    @classmethod
    def of(cls, doc: Doc, text: str) -> "Words":
        starts, ends = token_offsets(doc)
        texts = [text[start:end] for start, end in zip(starts, ends)]
        line_ends = ["\n" in text[end:following] for end, following in zip(ends, starts[1:] + [len(text)])]
        lower_words = frozenset(word for word in texts if word.islower())
        # doc.ents builds its Span objects anew on every read: read once.
        entities = _with_glued_names_moved(texts, [(ent.start, ent.end, ent.label_) for ent in doc.ents],
                                           lower_words)
        entities = _with_holders_split_off(texts, _with_titles_given_to_people(texts, entities), lower_words)
        entities = _with_acronym_tails_joined(texts, _with_unit_territories_left_out(texts, entities))
        entities = _with_listed_names_relabelled(texts, _with_regions_given_to_bodies(texts, entities))
        return cls(texts, starts, line_ends, entities, frozenset(start for start, _, label in entities if label == "PER"),
                   lower_words, _short_names(texts),
                   frozenset(texts[start] for start, end, label in entities if end == start + 1 and label in ("ORG", "LOC")),
                   frozenset(texts[k + 1] for k in range(len(texts) - 1) if texts[k] in _COMPANY_FORMS))

    def continues_name(self, i: int, into_people: bool = False, through_ranks: bool = False) -> bool:
        """Whether token ``i`` can extend a name that started before it; a person the model found
        there ends the name unless ``into_people`` ("Jl. Ahmad Yani" is named after one), and a rank
        unless ``through_ranks`` ("Jln. Letkol Hamdi Silam")."""
        # nor into the titles or initials of a person the model starts after them ("Kabupaten Sleman [Ny] Ratna
        # Dewi ...", "Universitas Jambi [Prof. Dr.] Budi Santoso", "PT Pelindo Regional 2 Pangkalbalam [A.] Yoga")
        name = i
        while name < len(self.texts) and (self.texts[name].lower() in HONORIFICS
                                          or opens_a_persons_name(self.texts[name])):
            name += 1
        titles_a_person = name > i and name < len(self.texts) and self.starts_person(name)
        return (is_name_token(self.texts[i]) and (into_people or not self.starts_person(i) and not titles_a_person)
                and not self.line_ends[i - 1] and (through_ranks or not opens_a_rank(self.texts, i)))

    def starts_person(self, i: int) -> bool:
        """Whether a person's name starts at token ``i``: the model's, or one a particle opens ("I Made")."""
        return i in self.person_starts or (
            i + 1 < len(self.texts) and opens_a_name_with_a_particle(self.texts[i], self.texts[i + 1]))

    def char_span(self, first: int, end: int) -> tuple[int, int]:
        """The character offsets of tokens ``first`` to ``end`` (exclusive)."""
        return self.starts[first], self.starts[end - 1] + len(self.texts[end - 1])

    def text_of(self, start: int, end: int) -> str:
        """The words between two character offsets, joined by single spaces."""
        first, stop = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return " ".join(self.texts[first:stop])



_COMPANY_FORMS = frozenset({"PT", "PT.", "CV", "CV."})  # the legal forms written before a company's name


def _short_names(texts: list[str]) -> frozenset[str]:
    """Words that name a speaker alone: a capitalised word (not an acronym, title or role) right after
    a cue ("kata Rina") or right before one ("Rudi menambahkan"), with no other name beside it."""
    names = set()
    for i in range(1, len(texts) - 1):
        word, before, after = texts[i], texts[i - 1], texts[i + 1]
        if (len(word) < 3 or not word.isalpha() or not word[0].isupper() or word.isupper()
                or word.lower() in HONORIFICS or word.lower() in ROLE_WORDS or word.lower() in CUE_WORDS
                or is_body_word(word) or names_a_region(word)):  # "Pakistan mengatakan": a country speaks
            continue
        # after a bare cue ("kata Rina"), not after a verb whose object follows ("menuduh Belanda")
        after_cue = before.lower() in CUE_WORDS and not VERB_FORM.fullmatch(before.lower()) or before.lower() in ACCORDING_TO
        # before a cue in lower case: "Tanggung Jawab Sosial" holds the capitalised cue word "jawab"
        # ... nor after a name but an office's unit ("Kaur Umum Itudi menuturkan")
        before_cue = after in CUE_WORDS and (not is_name_token(before)
                                             or i > 1 and texts[i - 2].lower() in UNIT_HEAD_OFFICES)
        if (after_cue and not is_name_token(after)) or before_cue:
            names.add(word)
    return frozenset(names)


def _with_glued_names_moved(texts: list[str], spans: list[tuple[int, int, str]],
                            lower_words: frozenset[str]) -> list[tuple[int, int, str]]:
    """The model's spans, where a body's or country's name took the first words of the person named
    right after it ("[Myanmar Aung San] [Suu Kyi]", "[PBB Ban] [Ki Moon]", "[PT Bank Rakyat Indonesia
    (Persero) Tbk Rudi] [Hartono Saputra]"): those words go to the person. Only after a one-word acronym,
    a country or a company's closing legal form, and only words that cannot continue a body's or place's
    name (no place, acronym, body or unit word, never written in lower case, never written without the
    person after them: "XL Axiata" beside "XL Axiata Dian Siswarini" stays the body's), in no name the
    alias table knows ("PDI Perjuangan")."""
    spans = list(spans)
    for index, ((start, end, label), following) in enumerate(zip(spans, spans[1:])):
        if not (label in ("ORG", "LOC") and following[2] == "PER" and following[0] == end and end - start > 1):
            continue
        if " ".join(texts[start:end]) in ALIASES:
            continue  # "PDI Perjuangan Guruh Soekarnoputra": a name the alias table knows
        head = texts[start]
        legal_end = max((k + 1 for k in range(start, end - 1)
                         if texts[k] in ("Tbk", "Tbk.") or texts[k - 1:k + 1] == ["Persero", ")"]), default=None)
        split = legal_end or (start + 1 if head.isupper() and len(head) > 1 and head not in LEGAL_FORMS
                              or head in COUNTRIES else None)
        glued = texts[split:end] if split else []
        if (glued and all(may_be_a_persons_word(word, lower_words) for word in glued)
                and _written_only_before(texts, glued, texts[end])):
            spans[index] = (start, split, "LOC" if head in COUNTRIES and split == start + 1 else label)
            spans[index + 1] = (split, following[1], "PER")
    return spans


def _with_titles_given_to_people(texts: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's people, with the initials written right before them ("PT Pelindo Regional 2 Pangkalbalam
    [A.] Yoga Suryadarma"), and the titles too where a body's or place's name took them in ("Kepala [Dinas
    Pertanian Ir. Hj.] [Rini Indriati]"): they are the person's."""
    spans = list(spans)
    for index, (start, end, label) in enumerate(spans):
        if label != "PER":
            continue
        before = spans[index - 1] if index else None
        glued = before is not None and before[1] == start and before[2] in ("ORG", "LOC")
        floor = before[0] + 1 if glued else (before[1] if before else 0)
        titles = start
        while titles > floor and (opens_a_persons_name(texts[titles - 1])
                                  or glued and texts[titles - 1].lower() in HONORIFICS):
            titles -= 1
        if titles < start:
            if glued:
                spans[index - 1] = (before[0], titles, before[2])
            spans[index] = (titles, end, label)
    return spans


def _with_regions_given_to_bodies(texts: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's spans, where a person's name took in the region of the body named by its short name just
    before it ("Ketua [DPRD] [Kebumen Sarimun]"): the region is the body's ("DPRD Kebumen"), the rest the
    person's."""
    spans = list(spans)
    for index, ((start, end, label), following) in enumerate(zip(spans, spans[1:])):
        person_start, person_end, person = following
        if not (label == "ORG" and person == "PER" and person_start == end and person_end - person_start > 1
                and names_a_body_by_its_short_name(texts[end - 1])):
            continue
        # a regency's or a province's name, not a district's: people are named after those ("Golkar [Bambang]
        # Soesatyo")
        region = next((k for k in range(person_end - 1, person_start, -1)
                       if _names_a_regency_or_province(" ".join(texts[person_start:k]))), None)
        if region:
            spans[index], spans[index + 1] = (start, region, "ORG"), (region, person_end, "PER")
    return spans


def _names_a_regency_or_province(name: str) -> bool:
    return is_regency_name(name) or name in PROVINCE_ABBREVIATIONS


# How many capitalised words of a body's name may stand between an office and the acronym that
# closes the body's name ("juru bicara Kedutaan Besar AS Molly Koscina").
_MAX_CHAIN_WORDS = 3


def _with_holders_split_off(texts: list[str], spans: list[tuple[int, int, str]],
                            lower_words: frozenset[str]) -> list[tuple[int, int, str]]:
    """The model's spans, where a body's or country's one-word name took in the whole name of the office
    holder after it in a title chain ("kepala [BPJPH Soekoso]", "juru bicara Kedutaan Besar [AS Molly
    Koscina]"): the holder is a person. Only where the first word is an acronym or a country the model
    names alone elsewhere in the text, an office stands before it, the words after it may all be a
    person's (:func:`names.may_be_a_persons_word`), and no person the model found follows after a comma."""
    lone = {texts[start] for start, end, label in spans if end == start + 1 and label in ("ORG", "LOC")}
    people = {start for start, _, label in spans if label == "PER"}
    split = []
    for start, end, label in spans:
        head = texts[start]
        # "Ketua KUB Bahari Sejahtera, Haeruddin Daeng Sikki": the holder is the person after the comma
        named_after = texts[end:end + 1] == [","] and end + 1 in people
        country = names_a_country(head)
        if (label in ("ORG", "LOC") and 2 <= end - start <= 4 and head in lone and not named_after
                and (head.isupper() and head.isalpha() and head not in LEGAL_FORMS or country)
                and in_a_title_chain(texts, start)
                and all(may_be_a_persons_word(word, lower_words) for word in texts[start + 1:end])):
            split += [(start, start + 1, "LOC" if country else label), (start + 1, end, "PER")]
        else:
            split.append((start, end, label))
    return split


_LIST_SEPARATORS = ((",",), ("dan",), ("serta",), (",", "dan"), (",", "serta"))
_SHORTEST_LIST = 3  # items


def _with_listed_names_relabelled(texts: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's spans, where it read one word in a list of bodies or places as a person ("PWNU Sulbar,
    [Lazisnu], [Hidayatullah], dan Muhammadiyah", "yakni [Ngawi], Magetan, Madiun, Nganjuk, dan Jombang"),
    with that word a body or a place: a list of three names or more, bodies among them (else two places or
    more), whose people are one word each."""
    relabelled = list(spans)
    run = [0]
    for k in range(1, len(spans) + 1):
        if k < len(spans) and tuple(texts[spans[k - 1][1]:spans[k][0]]) in _LIST_SEPARATORS:
            run.append(k)
            continue
        labels = [spans[j][2] for j in run]
        kind = "ORG" if "ORG" in labels else "LOC" if labels.count("LOC") >= 2 else None
        if (len(run) >= _SHORTEST_LIST and kind
                and all(label != "PER" or spans[j][1] - spans[j][0] == 1 for j, label in zip(run, labels))):
            for j in run:
                if spans[j][2] == "PER":
                    relabelled[j] = (spans[j][0], spans[j][1], kind)
        run = [k]
    return relabelled


# A unit's number: "Kodim [1203]/Ketapang", "Korem [143] Halu Oleo", "RU [VI] Balongan", "Kodam [XII]/Tanjungpura".
UNIT_NUMBER = re.compile(r"\d+|[IVXL]+")


def unit_number_end(texts: list[str], i: int) -> int:
    """Where a unit's number that opens at word ``i`` ends ("[1203]", "[1203-10]", "[XII]"); ``i`` when
    none opens there."""
    if not UNIT_NUMBER.fullmatch(texts[i]):
        return i
    end = i + 1
    while end + 1 < len(texts) and texts[end] == "-" and texts[end + 1].isdigit():
        end += 2
    return end


def _with_unit_territories_left_out(texts: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's people, without the territory or site of a unit written before them, after the unit's
    number: "Korem 143 [Halu Oleo]" and "Danramil 1203-10/[Sandai]" name no person; "PT KPI RU VI
    [Balongan] Mohamad Zulkifli", the person after the site, a place."""
    kept = []
    for start, end, label in spans:
        unit = _unit_before_its_number(texts, start) if label == "PER" else ""
        if unit and end - start > 2 and is_place_name(texts[start]):
            start += 1  # "RU VI [Balongan] Mohamad Zulkifli"
        elif unit and end - start <= 2 and (unit in NUMBERED_UNIT_HEADS or unit.lower() in OFFICE_BODY_HEADS):
            continue  # an army unit's or its commander's territory: "Korem 143 [Halu Oleo]", "Danramil 1203-10/[Sandai]"
        kept.append((start, end, label))
    return kept


def _unit_before_its_number(texts: list[str], i: int) -> str:
    """The unit's head, the office that heads it or the acronym whose number (and a slash after it) word
    ``i`` follows ("Korem 143", "Danramil 1203-10/", "RU VI"); "" when none."""
    number_end = i - 1 if i and texts[i - 1] == "/" else i
    number_start = next((k for k in range(max(0, number_end - _LONGEST_UNIT_NUMBER), number_end)
                         if unit_number_end(texts, k) == number_end), None)
    if not number_start:  # no number, or nothing before it
        return ""
    unit = texts[number_start - 1]
    named = (unit in NUMBERED_UNIT_HEADS or unit in ORGANISATION_UNITS or unit.lower() in OFFICE_BODY_HEADS
             or names_a_body_by_its_short_name(unit))
    return unit if named else ""


_LONGEST_UNIT_NUMBER = 5  # words: "1203-10-2"


def names_a_body_by_its_short_name(word: str) -> bool:
    """A body's acronym or coined short name ("DPRD", "BPBD", "RU", "Dinsos"), no roman numeral."""
    return word.isalpha() and len(word) >= 2 and (word.isupper() and not UNIT_NUMBER.fullmatch(word)
                                                  or is_body_word(word))


def _with_acronym_tails_joined(texts: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's spans, where it cut a body's name before the acronym that ends it, as two bodies side by
    side ("[Pertamina] [EP] Zona 7", "[Pertamina] [RU] VI"): one body. Nothing stands between the two, and
    the second is one word in capitals."""
    joined: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if (joined and label == "ORG" and joined[-1][2] == "ORG" and joined[-1][1] == start and end == start + 1
                and texts[start].isupper() and texts[start].isalpha()):
            joined[-1] = (joined[-1][0], end, label)
        else:
            joined.append((start, end, label))
    return joined


def in_a_title_chain(texts: list[str], start: int, reach: int = _MAX_CHAIN_WORDS) -> bool:
    """Whether an office stands before token ``start``, at most ``reach`` capitalised words of a body's
    or a place's name between them."""
    for before in range(start - 1, max(-1, start - 2 - reach), -1):
        # an office of two words, the second in lower case: "juru bicara", "kepala bagian"
        if (texts[before].lower() in OFFICE_WORDS
                or before and texts[before].islower() and texts[before - 1].lower() in OFFICE_WORDS):
            return True
        if not is_name_token(texts[before]):
            return False
    return False


def _written_only_before(texts: list[str], phrase: list[str], following: str) -> bool:
    """Whether every occurrence of ``phrase`` in ``texts`` is followed by the word ``following``."""
    end = len(phrase)
    return all(k + end < len(texts) and texts[k + end] == following for k in phrase_positions(texts, phrase))


def phrase_positions(texts: list[str], phrase: list[str]) -> Iterable[int]:
    """The positions in ``texts`` where the words of ``phrase`` occur in a row."""
    size, first = len(phrase), phrase[0] if phrase else None
    # the first word compared before the slice is built: most positions fail there
    return (k for k in range(len(texts) - size + 1) if (not size or texts[k] == first) and texts[k:k + size] == phrase)
