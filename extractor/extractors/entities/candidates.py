"""The generators of candidate mentions for people and bodies: the NER model's spans, and rules for
how Indonesian press text names them (heads and tails of names, titles, appositives, office holders,
units of a body, acronym pairs, the dateline). Each is a generator of :class:`Candidate` over the
Doc's :class:`Words`; :mod:`.selection` decides between them.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Iterable

from spacy.tokens import Doc

from ...lexicon.dates import DATE_UNITS, MONTH_NAMES, WEEKDAYS, WEEKDAY_NAME_HEADS
from ...lexicon.entities import (ADDRESS_WORDS, ADMINISTRATIVE_HEADS, ADVERBS_BEFORE_VERB, BALINESE_BIRTH_NAMES,
                                 COMMUNITY_HEADS, COMPOUND_NAME_HEADS, FIELD_HEAD_WORDS, FIELD_HEADS, GROUP_HEADS,
                                 HONORIFICS, LEGAL_FORMS, LOCATION_TAILS, MINISTER_WORDS, NAME_ABBREVIATIONS,
                                 NOT_A_NAME_HEADS, NUMBERED_UNIT_HEADS, OFFICE_FIELDS, OFFICE_MODIFIERS,
                                 OFFICE_QUALIFIERS, OFFICE_WORDS, ORGANISATION_HEADS, ORGANISATION_TAILS,
                                 ORGANISATION_UNITS, PARTY_BOARDS, RANKS, RANK_ABBREVIATIONS, ROLE_WORDS,
                                 STREET_HEADS, SUBORDINATE_HEADS, TITLE_CONNECTORS, UNIT_HEAD_OFFICES, WEB_DOMAIN)
from ...lexicon.layout import NAME_CONNECTORS
from ...lexicon.names import ALIASES, COUNTRIES, GENERIC_ACRONYMS, PROVINCE_ABBREVIATIONS, derived
from ...lexicon.places import LOCATION_HEADS, PLACE_PREPOSITIONS, REGION_KINDS
from ...lexicon.quotes import ACCORDING_TO, CUE_WORDS, SPEAKER_PRONOUNS, VERB_FORM
from ..acronyms import AcronymPair, abbreviates
from ..metadata import Layout
from ..patterns import WordStartPattern, names_pattern, words_before
from ..regions import is_place_name, is_region_name, regency_first_words
from .names import (follows_a_government, has_body_head, is_body_word, is_degree, is_initial, is_lower_case_name,
                    is_name_token, is_possessed, is_the_offices_kota, may_be_a_persons_word, may_be_in_a_persons_name,
                    ministry_field_words, names_a_country, names_a_region, opens_a_rank, with_the_particle_before,
                    without_honorifics)
from .places import region_end
from .selection import Candidate, Priority
from .words import (UNIT_NUMBER, Words, in_a_title_chain, names_a_body_by_its_short_name, phrase_positions,
                    unit_number_end)

MODEL_LABELS = frozenset({"PER", "ORG", "LOC"})
# Trimmed from the model's spans, white space too: spaCy keeps a paragraph break as a token ("\n\n"),
# which the model sometimes tags as the end of a name.
_EDGE_PUNCTUATION = "\"'“”‘’.,;:()[]-–—/ \n\t\r"
# "Anies-Sandi", "Agus - Sylvi": a ticket of two people by their short names, no one person
_TICKET = re.compile(r"[A-Z][a-z]+ ?- ?[A-Z][a-z]+")
_MAX_NAME_WORDS = 5
_MAX_UNIT_NAME_WORDS = 3
_SENTENCE_ENDS = frozenset({".", "!", "?", "“", "\"", ":"})


_LONGEST_TITLE_CHAIN = 8  # words of an office's body or place before the holder set off by a comma


def model_candidates(doc: Doc, words: Words, text: str) -> Iterable[Candidate]:
    """The model's PER, ORG and LOC spans, trimmed of titles and edge punctuation; a person the model
    found after a title or a place word is corrected to what the words say."""
    texts = words.texts
    for start, end, label in words.model_entities:
        if label not in MODEL_LABELS:
            continue
        while end > start and is_possessed(texts[end - 1]):
            end -= 1  # "akun [Twitternya]": a possessed noun ends no name
        if start == end or all(map(is_degree, texts[start:end])):
            continue  # "Yus Baminggen, [S.Sos]": degrees name nothing
        # "Relawan membagikan ...", "Dikatakan, Stunting merupakan ...": a capitalised opener of a sentence
        # or clause that the text also writes in lower case (and never names a speaker by), a pronoun
        # ("Dirinya pun mengungkapkan") or a role ("Dosen pembimbing ...") is not a name by itself.
        first = texts[start].lower()
        opens = doc[start].is_sent_start or start and texts[start - 1] == "," and texts[start] not in words.short_names
        if end - start == 1 and (first in ROLE_WORDS or first in SPEAKER_PRONOUNS or first in HONORIFICS
                                 or (first in words.lower_words and opens)
                                 or label == "PER" and end < len(texts) and texts[end].lower() in OFFICE_WORDS):
            continue  # "Field Manager": a word of an office
        # Titles only precede people: "Drs. H. Rohman Sulaeman" is a person whatever the model says.
        if first in HONORIFICS and end - start > 1:
            label = "PER"
        # a unit, a coined body word ("Dinsos") or a company's first word ("Adaro") the model calls a person
        if label == "PER" and (_opens_a_bodys_unit(words, start) or end - start == 1
                               and (is_body_word(texts[start]) or texts[start] in words.company_words)):
            label = "ORG"
        # "Ketua Baznas, Syamsuarni": a body's head alone names a body, whatever else the model read in it
        if " ".join(texts[start:end]) in ORGANISATION_HEADS and label in ("LOC", "PROGRAMME"):
            label = "ORG"
        # "di pesisir Mempawah": a region name after a word of place is not a person.
        if (label == "PER" and start and texts[start - 1].lower() in PLACE_PREPOSITIONS
                and is_place_name(text[slice(*words.char_span(start, end))])):
            label = "LOC"
        if label == "LOC" and end < len(texts) and " ".join(texts[start:end + 1]) in COUNTRIES:
            end += 1  # "[Korea] Utara": the model cut a country's name
        if label in ("ORG", "LOC"):
            start, label = _after_an_office(texts, start, end, label, text[slice(*words.char_span(start, end))])
            end = _before_a_rank(texts, start, end)
            # "Kabupaten Sleman [Ny] Ratna Dewi ...": a title opens the person after the body, and so does a
            # name's particle ("Bank Sultra [La] Ode Muhammad Mustika")
            while end - start > 1 and (texts[end - 1].lower() in HONORIFICS
                                       or end < len(texts) and with_the_particle_before(texts, end) < end):
                end -= 1
            start, label = _after_a_ministers_field(texts, start, end, label)
        if label == "PER":
            start, end = without_honorifics(texts, start, end)
            start, end = _after_other_names(words, start, end), _before_other_words(words, start, end)
            end = _through_a_hyphenated_syllable(texts, end)
            end = _through_a_closing_initial(words, end)
            # "Kapolres [Jember] AKBP Kusworo", "Camat [Tirtayasa], Kapolsek Tirtayasa": the place of the office
            if end - start == 1 and (is_place_name(texts[start]) or _names_a_region_elsewhere(texts, start)) and (
                    end < len(texts) and texts[end].lower() in RANK_ABBREVIATIONS
                    or start and texts[start - 1].lower() in OFFICE_WORDS):
                label = "LOC"
            # "Ketua K3S [Bandarsurabaya] Suharno" beside "Kecamatan Bandarsurabaya": the region of the body
            if end - start > 1 and start and is_name_token(texts[start - 1]) and _names_a_region_elsewhere(texts, start):
                start += 1
            # "anggota [DPRD Kutai]": the region of a body's office, a regency's first word too ("Kutai Timur")
            if (end - start == 1 and start and names_a_body_by_its_short_name(texts[start - 1])
                    and (is_place_name(texts[start]) or texts[start].casefold() in regency_first_words())):
                start, label = start - 1, "ORG"
            if (start == end or is_degree(text[slice(*words.char_span(start, end))])
                    or end - start == 1 and texts[start].lower() in OFFICE_WORDS  # "Kasubag Humas": offices
                    or end - start == 1 and start and texts[start - 1].lower() in UNIT_HEAD_OFFICES):  # "Kanit Intelkam"
                continue
            if with_the_particle_before(texts, start) < start:
                start -= 1
            elif _given_name_left_after_an_acronym(words, start):
                start -= 1  # "Sekretaris perusahaan BRI Rudi [Hartono Saputra]"
            # "[I Made] Dana M. Tangkas": a Balinese birth-order name opens a name and never ends one
            if texts[end - 1] in BALINESE_BIRTH_NAMES:
                while (end < len(texts) and end - start <= _MAX_NAME_WORDS
                       and words.continues_name(end, into_people=True)):
                    end += 1
        span_start, span_end = words.char_span(start, end)
        name = text[span_start:span_end]
        span_start += len(name) - len(name.lstrip(_EDGE_PUNCTUATION))
        span_end -= len(name) - len(name.rstrip(_EDGE_PUNCTUATION))
        if label == "PER" and _CLOSING_INITIAL_STOP.search(text, span_start, span_end):
            span_end -= 1  # "Eko Muhammad J." closing a sentence: the name is "Eko Muhammad J" wherever written
        name = text[span_start:span_end]
        if (name and (is_name_token(name) or is_lower_case_name(name)) and name not in LEGAL_FORMS
                and not (label == "PER" and _TICKET.fullmatch(name))):
            yield Candidate(span_start, span_end, label, Priority.MODEL, "model")


_OFFICE_TITLE_LINKS = TITLE_CONNECTORS | {",", "/"}  # the words apart, commas and slashes are tokens
_MAX_OFFICE_TITLE_WORDS = 8


def office_field_spans(words: Words) -> Iterable[tuple[int, int]]:
    """The character spans of the fields in an English office's title ("Unit Manager Communication,
    [Relation] and [CSR] Pertamina RU VI Balongan"): a word of :data:`OFFICE_FIELDS` after an office
    word, with only capitalised words and links between them. No mention is found inside one."""
    texts = words.texts
    for i, text in enumerate(texts):
        if text.lower() not in OFFICE_FIELDS:
            continue
        k = i - 1
        while k >= max(0, i - _MAX_OFFICE_TITLE_WORDS) and not words.line_ends[k] and (
                texts[k][:1].isupper() or texts[k] in _OFFICE_TITLE_LINKS) and texts[k].lower() not in OFFICE_WORDS:
            k -= 1
        if k >= 0 and texts[k].lower() in OFFICE_WORDS and not words.line_ends[k]:
            yield words.char_span(i, i + 1)


def _through_a_hyphenated_syllable(texts: list[str], end: int) -> int:
    """Where a person's name ends when a Korean given name's second syllable follows a hyphen ("Kim
    Jong-un", "Moon Jae-in", which the model cuts at the hyphen): a short lower-case word the text
    writes nowhere else, so no Indonesian word after a dash."""
    if end + 1 >= len(texts) or texts[end] != "-":
        return end
    syllable = texts[end + 1]
    if not (syllable.isalpha() and syllable.islower() and len(syllable) <= 3):
        return end
    elsewhere = any(k < 1 or texts[k - 1] != "-" for k in phrase_positions(texts, [syllable]))
    return end if elsewhere else end + 2


def _after_an_office(texts: list[str], start: int, end: int, label: str, name: str) -> tuple[int, str]:
    """Where a body's or place's name starts in the model's span when an office opens it, and its label:
    "General Manager [PLN]" (a body, though the model said place), "Wakil Ketua [DPRD]", "Kepala [Desa
    Sukamaju]", "Kapolres [Merauke]" (the office's region, a place, though the model said body). Only a span
    that opens with office words and their modifiers ("General", "Area") is cut: "Istana Wakil Presiden" and
    "Unit Kerja Presiden" stay whole."""
    rest = _after_offices(texts, start, end)
    if rest == start:
        return start, label
    place = is_place_name(" ".join(texts[rest:_before_a_rank(texts, rest, end)]))
    if label == "LOC" and not place and not is_place_name(name):
        label = "ORG"
    elif label == "ORG" and place:
        label = "LOC"
    return rest, label


def _after_a_ministers_field(texts: list[str], start: int, end: int, label: str) -> tuple[int, str]:
    """Where a person's name starts in the model's body or place after "Menteri" when the minister's
    field opens it ("Menteri [Perhubungan Budi Karya]" -> "Budi Karya", a person); ``start`` and
    ``label`` unchanged otherwise."""
    if not start or texts[start - 1] not in MINISTER_WORDS:
        return start, label
    rest = start
    while rest < end - 1 and (texts[rest] in ministry_field_words() or texts[rest] in ("dan", ",")):
        rest += 1
    names = texts[rest:end]
    if rest == start or not all(is_name_token(word) and word not in ministry_field_words() for word in names):
        return start, label
    return rest, "PER"


def _after_offices(texts: list[str], start: int, end: int) -> int:
    """Where a name starts in ``texts[start:end]`` after the offices that open it, their modifiers
    ("General Manager") and qualifiers ("Direktur Utama", "Ketua Umum"); ``start`` when none does."""
    run = start
    while run < end - 1 and (texts[run].lower() in OFFICE_WORDS or texts[run].lower() in OFFICE_MODIFIERS):
        run += 1
    offices = [k for k in range(start, run) if texts[k].lower() in OFFICE_WORDS]
    if not offices:
        return start
    rest = offices[-1] + 1
    while rest < end - 1 and texts[rest].lower() in OFFICE_QUALIFIERS:
        rest += 1
    return rest


def _before_a_rank(texts: list[str], start: int, end: int) -> int:
    """Where a body's name ends in the model's span when the rank of its officer ran into it ("Polda Metro
    Jaya [Komisaris Besar Polisi]", "Polres Bogor AKBP"): at a rank's abbreviation, or at two rank words
    ("Komisaris Besar", "Brigadir Jenderal") or a rank and "Polisi"; not "Dewan Komisaris"."""
    return next((k for k in range(start + 1, end) if opens_a_rank(texts, k)), end)


def _after_other_names(words: Words, start: int, end: int) -> int:
    """Where a person's name starts in the model's span ``words[start:end]`` when a title chain's body
    or place runs into it: after an acronym ("TNI Wuryanto", "KPK Febri Diansyah"), a rank's corps
    ("Czi Dwi Bima Nurahmat"), an office ("Menaker Hanif"), or a place when two names are left ("Hawaii
    Doug Chin"; not "Bima Arya"), a body's short name ("Kemenperin Haris Munandar"), a minister's field
    ("Menteri Perhubungan Budi Karya"), or a word of the body's name that the text also writes in lower
    case ("Kepala Dinas Kesehatan Barlian")."""
    texts = words.texts
    while end - start > 1:
        word, following = texts[start], texts[start + 1]
        acronym = len(word) >= 2 and word.isalpha() and word.isupper() and not following.isupper()
        # "ITPC [Jeddah Gunawan]": a word the text names a place or body by alone, before a word it names
        # a speaker by alone ("tambah Gunawan")
        # (a region, not a district alone, whose names are given names too: "Panji Eka Wisnu Aji")
        place = (end - start > 2 and (names_a_region(word) or _names_a_place_after_its_head(texts, start))
                 or word in words.lone_bodies_and_places and following in words.short_names)
        if not (acronym or place or is_body_word(word) or word.lower() in RANK_ABBREVIATIONS
                or word.lower() in ROLE_WORDS or word.lower() in words.lower_words or word in ministry_field_words()):
            break
        start += 1
    return start


def _names_a_place_after_its_head(texts: list[str], i: int) -> bool:
    """Whether word ``i`` names the place its head before it opens, as the text writes the two elsewhere
    too: "Kepala Desa [Sukamaju] Yohanes Lado Bili" beside "di Desa Sukamaju"."""
    return (i > 0 and texts[i - 1] in LOCATION_HEADS
            and any(k != i - 1 for k in phrase_positions(texts, texts[i - 1:i + 1])))


def _before_other_words(words: Words, start: int, end: int) -> int:
    """Where a person's name ends in the model's span when a verb ran into it ("Marzuqi menirukan"), not
    inside a word ("Mu'ti"), or the rank of the person after it ("Kapolres Jember AKBP Kusworo")."""
    texts = words.texts
    while end - start > 1 and (texts[end - 1].islower() and texts[end - 1] not in NAME_CONNECTORS
                               and words.starts[end - 1] > words.starts[end - 2] + len(texts[end - 2])
                               or texts[end - 1].lower() in RANK_ABBREVIATIONS):  # "Jember AKBP": a rank ran in
        end -= 1
    return end


# Heads that always open a body's name of their own, never continue another name: a foundation, a company.
_NEW_BODY_HEADS = frozenset({"Yayasan", "PT", "PT.", "CV", "CV."})


_COMMUNITY_HEADS_IN_LOWER_CASE = {head.lower(): head for head in COMMUNITY_HEADS}


def head_rule_candidates(words: Words) -> Iterable[Candidate]:
    """"PT X Y", "Dinas X Kabupaten Y", "Desa X": a head word and the capitalised words after it."""
    texts = words.texts
    for i, text in enumerate(texts):
        two_words = f"{text} {texts[i + 1]}" if i + 1 < len(texts) else ""
        head = two_words if two_words in ORGANISATION_HEADS else text
        # "ponpes Kanzul Ulum", "panti asuhan Bhakti Luhur": a community body's head in lower case (not before an
        # acronym, which names whose community it is: "komunitas PTFI")
        lower_head = _COMMUNITY_HEADS_IN_LOWER_CASE.get(two_words) or _COMMUNITY_HEADS_IN_LOWER_CASE.get(text)
        named = i + len(lower_head.split()) if lower_head else i
        if lower_head and not (named < len(texts) and texts[named].isupper()):
            head = lower_head
        label = "ORG" if head in ORGANISATION_HEADS else "LOC" if head in LOCATION_HEADS else None
        if label is None:
            continue
        name_start = end = i + len(head.split())
        numbered = name_start  # where a unit's number and territory end ("Kodim 1203/Ketapang")
        group = head in GROUP_HEADS or head in COMMUNITY_HEADS
        # names that read as people's ("Desa Tengku Lese", "ponpes Kanzul Ulum")
        names_people = group or head in REGION_KINDS
        named_to_a_comma = _name_before_a_person(words, name_start) if names_people else 0
        while end < len(texts) and not words.line_ends[end - 1]:
            if texts[end].isdigit() and head in REGION_KINDS:
                break  # "Kecamatan Bissappu [168] orang": a count, no region's name holds a number
            # a title after a region's name opens a person ("Kota Banjarbaru [Hj] Hafidah"); not after a head
            # and its qualifiers ("Rumah Sakit Umum Pusat Dr Sardjito") nor in a street's name
            if (texts[end].lower() in HONORIFICS and head not in STREET_HEADS
                    and is_place_name(" ".join(texts[name_start:end]))):
                break
            if texts[end] in _NEW_BODY_HEADS and end > name_start:
                break  # "Desa Mandiri Lestari [Yayasan Damandiri]": another body's name begins
            if (texts[end] in STREET_HEADS and head not in STREET_HEADS and end > name_start
                    and (texts[end] != "Jalan" or is_place_name(texts[end - 1]))):
                break  # "Kantor Pemkab Bojonegoro [Jalan] P Mas Tumapel": its address (not "Badan Pengelola Jalan Tol")
            # a street is named after people ("Jl. Ahmad Yani"), a community group too ("Kelompok Tani Sri Rejeki"),
            # and villages bear names that read as people's ("Desa Tengku Lese")
            if words.continues_name(end, into_people=head in STREET_HEADS or end < named_to_a_comma
                                    or end == name_start and (group or head in REGION_KINDS
                                                              and _names_a_region_whole(words, end)),
                                    through_ranks=head in STREET_HEADS):
                end += 1
            elif _legal_form_end(words, end) > end:
                end = _legal_form_end(words, end)
            elif _glued_dash(words, end) and words.continues_name(end + 1):  # "Masjid Al-Ikhlas", "Jalan Senangin-Bawal"
                end += 2
            elif head in NUMBERED_UNIT_HEADS and _unit_number_end(texts, end) > end:
                end = numbered = _unit_number_end(texts, end)
            elif texts[end].lower() in WEEKDAYS and texts[end - 1].lower() in WEEKDAY_NAME_HEADS:  # "Kelurahan Pasar Minggu"
                end += 1
            elif (texts[end] in ("dan", "&") and head in COMPOUND_NAME_HEADS and end + 1 < len(texts)
                  and is_name_token(texts[end + 1]) and not is_body_word(texts[end + 1])  # "... Bogor dan Dinkes"
                  and texts[end + 1] not in ORGANISATION_HEADS  # "Dinas Penataan Kota dan [Badan] Pertanahan"
                  and texts[end + 1].lower() not in OFFICE_WORDS):  # "Dinas Perikanan Karimun dan [Anggota] DPRD"
                end += 2
            else:
                break
        if (head == "Pemerintah" and names_a_country(" ".join(texts[name_start:end]))
                or is_the_offices_kota(texts, i) and end > name_start):
            # "Pemerintah Suriah": a country's government is the country (ANNOTATION.md marks the country);
            # "Wali Kota Pekalongan": "Kota" is the office's, the city is named after it
            yield Candidate(*words.char_span(name_start, end), "LOC", Priority.RULE, "rule")
        elif end > name_start:
            # the person after the comma holds the office ("Kelompok Tani Bina Bersama Lestari, Idris Lamba")
            holder = (end if end == named_to_a_comma
                      else _office_holder_start(words, i, end, office=head in ADMINISTRATIVE_HEADS))
            holder = holder if holder >= numbered else end  # "Koramil 1203-10/[Sandai] menyatakan": the territory
            priority = Priority.SUBORDINATE_HEAD if head in SUBORDINATE_HEADS else Priority.RULE
            yield Candidate(*words.char_span(i, holder), label, priority, "rule")
            if holder < end:
                yield Candidate(*words.char_span(holder, end), "PER", Priority.RULE, "rule")




def _unit_number_end(texts: list[str], i: int) -> int:
    """Where a unit's number and the territory after its slash end ("Kodim [1203/Ketapang]", "Koramil
    [1203-10/Sandai]", "Kodam [XII]/[Tanjungpura]"), the territory's word whatever the model read it as;
    ``i`` when no number or slash is there."""
    end = unit_number_end(texts, i)
    if end == i and (i == 0 or not UNIT_NUMBER.fullmatch(texts[i - 1])):
        return i
    if end + 1 < len(texts) and texts[end] == "/" and is_name_token(texts[end + 1]):
        end += 2
    return end


def _glued_dash(words: Words, i: int) -> bool:
    """Whether token ``i`` is a dash with no space on either side and a word after it."""
    texts, starts = words.texts, words.starts
    return (texts[i] == "-" and i + 1 < len(texts) and starts[i] == starts[i - 1] + len(texts[i - 1])
            and starts[i + 1] == starts[i] + 1)


def _name_before_a_person(words: Words, start: int) -> int:
    """Where a group's or a village's name ends that runs from ``start`` to a comma with a person's name
    after it ("Kelompok Tani [Bina Bersama Lestari], Idris Lamba", "Wali Nagari [Ampek Koto], Ronny Akmal"),
    whatever the model read in it (a person "Bersama Lestari"); 0 where the words do not run so, or where
    the text names a speaker by one of them alone ("Desa Sukamaju [Budi] Hartono, Siti ... kata Budi")."""
    texts = words.texts
    end = start
    while (end < len(texts) and end - start < _LONGEST_REGION_NAME and is_name_token(texts[end])
           and not words.line_ends[end - 1]):
        end += 1
    if not (start < end < len(texts) - 1 and texts[end] == "," and is_name_token(texts[end + 1])
            and texts[end + 1].lower() not in OFFICE_WORDS and not is_region_name(texts[end + 1])):
        return 0
    return 0 if any(word in words.short_names for word in texts[start:end]) else end


def _names_a_region_whole(words: Words, start: int) -> bool:
    """Whether the capitalised words from ``start`` to the next other word name a region the index knows."""
    end = start
    while end < len(words.texts) and end - start < _LONGEST_REGION_NAME and is_name_token(words.texts[end]):
        end += 1
    return end > start and is_region_name(" ".join(words.texts[start:end]))


_LONGEST_REGION_NAME = 4  # words: "Kedokanbunder Wetan", "Daerah Istimewa Yogyakarta"


def web_outlet_candidates(words: Words) -> Iterable[Candidate]:
    """"kepada CNNIndonesia.com", "Garasi.id adalah marketplace", a photo's "merdeka.com/ilham": a web
    address written as a name is the outlet or firm behind it, and so is the word the address follows in
    brackets ("dikonfirmasi kumparan (kumparan.com)"); not an address to visit ("situs apbd.jakarta.go.id")."""
    texts = words.texts
    for i, text in enumerate(texts):
        site = WEB_DOMAIN.fullmatch(text.split("/", 1)[0])
        if not site or "://" in text or (i and texts[i - 1].lower() in ADDRESS_WORDS):
            continue
        start = words.starts[i]
        yield Candidate(start, start + site.end(), "ORG", Priority.RULE, "rule")
        if i >= 2 and texts[i - 1] == "(" and texts[i - 2].casefold() == site.group(1).casefold():
            yield Candidate(*words.char_span(i - 2, i - 1), "ORG", Priority.RULE, "rule")


def _office_holder_start(words: Words, first: int, end: int, office: bool, whole: bool = False) -> int:
    """Where an office holder's name starts in the name ``words[first:end]``: at a word the text names a
    speaker by alone (:attr:`Words.short_names`: "Corporate Secretary Bank Sejahtera Rudi Hartono" and
    later "kata Rudi"); after an office, at a title ("Ketua Baznas Kota Banjarbaru Hj Hafidah") or where
    the text ends the body's name elsewhere ("PT Bukit Asam Hadis Surya Palapa" beside "PT Bukit Asam
    (Persero)"); or after the region a body's name ends with ("Kepala Dinas Kesehatan Kalsel Muhammad
    Muslim", after a role word) or that follows its kind ("Provinsi Kalsel Nurul Fajar"): the one to three
    capitalised words after the region name the person. None where the text writes the whole name as a
    body's elsewhere ("PT Marga Mandalasakti"). ``end`` when every word belongs to the name;
    ``first`` when it may all be the person's (``whole``: the model's "PBB, [Nikki Haley]" and later "kata Haley")."""
    limit = first if whole else first + 1
    spoken = next((i for i in range(limit, end) if words.texts[i] in words.short_names), end)
    if spoken == end - 1:  # "Komnas HAM Natalius Pigai" and later "kata Pigai": a surname, after given names
        holder = spoken
        while holder > max(limit, spoken - 2) and (
                _may_be_a_given_name(words, holder - 1)
                # "Siegfried O Wolf": an initial between given names and the surname
                or holder - 2 >= limit and _is_an_initial(words.texts[holder - 1])
                and _may_be_a_given_name(words, holder - 2)):
            holder -= 1
        # a head alone names nothing: "Provinsi Rakhine" and "warga Rakhine menilai" name a region
        return end if holder == first + 1 and not whole else holder
    if spoken < end:  # "... Unit Tanjung Priok Rina Marlina" where the text later says "kata Rina"
        holder = _given_names_start(words, spoken, first + 1)
        return end if holder == first + 1 and not whole else holder
    if _named_without_a_role_elsewhere(words, first, end):  # "PT Marga Mandalasakti menjalankan ...": a body's name
        return end
    if first and words.texts[first - 1].lower() in OFFICE_WORDS:
        # "Ketua Baznas Kota Banjarbaru Hj Hafidah": in a title chain a title opens the holder's name, as does
        # a given name written short ("Kepala Kantor Kemenag Kab Kendal Muh. Saidun")
        titled = next((k for k in range(first + 1, end - 1)
                       if words.texts[k].lower() in HONORIFICS or words.texts[k].lower() in NAME_ABBREVIATIONS), end)
        if titled < end:
            return titled
        # "Corporate Secretary PT Bukit Asam Hadis Surya Palapa" beside "PT Bukit Asam (Persero) menyalurkan":
        # the body's name ends where the text ends it elsewhere, and the given names after it are the holder's
        named = next((j for j in range(end - 2, first + 1, -1) if _named_without_a_role_elsewhere(words, first, j)),
                     end)
        holder = words.texts[named:end]
        if (1 < len(holder) <= _MAX_NAME_WORDS - 2 and all(_may_be_a_given_name(words, k) for k in range(named, end))
                and not any(word in COUNTRIES or is_place_name(word) for word in holder)):  # "... Republik Islam Iran"
            return named
    if not office and (first == 0 or words.texts[first - 1].lower() not in ROLE_WORDS):
        return end
    for first in range(end - 2, first, -1):
        name_end = region_end(words, first)
        if name_end > first and 1 <= end - name_end <= 3:
            holder = words.texts[name_end:end]
            if (all(word.isalpha() and not word.isupper() and word not in ORGANISATION_UNITS | ORGANISATION_TAILS
                    and not is_place_name(word) and word.lower() not in HONORIFICS for word in holder)
                    and not names_a_country(" ".join(holder))  # "Kepolisian Negara Republik Indonesia"
                    and not is_region_name(" ".join(words.texts[first:end]))):  # "Kelurahan Menteng Atas"
                return name_end
            return end
    return end


_CLOSING_INITIAL_STOP = re.compile(r"(?<= [A-Z])\.$")


def _through_a_closing_initial(words: Words, end: int) -> int:
    """Where a person's name ending before token ``end`` ends with the initial there that closes it
    ("Menurut Eko Muhammad [J], ...", "Eko Muhammad [J.]")."""
    texts = words.texts
    closes = (end < len(texts) and _is_an_initial(texts[end]) and not words.line_ends[end - 1]
              and (end + 1 == len(texts) or not texts[end + 1][:1].isalnum()))
    return end + 1 if closes else end


def _is_an_initial(word: str) -> bool:
    """"M." or, printed without its full stop, "M"."""
    return is_initial(word) or len(word) == 1 and word.isupper()


def _named_without_a_role_elsewhere(words: Words, first: int, end: int) -> bool:
    """Whether the text writes the words ``words[first:end]`` elsewhere with no role word before them and
    another word after them: a body's whole name, not a title chain that runs into its holder ("Marga" of
    "PT Marga Mandalasakti" is a district's name too)."""
    texts = words.texts
    following = texts[end] if end < len(texts) else ""
    return any(k != first and (k == 0 or texts[k - 1].lower() not in OFFICE_WORDS)
               and (k + end - first == len(texts) or texts[k + end - first] != following)
               for k in phrase_positions(texts, texts[first:end]))


def role_region_person_candidates(words: Words) -> Iterable[Candidate]:
    """"Bupati Bogor Rudy Hartono", "Gubernur Jawa Barat Ridwan Kamil": after a role, a region and
    then the person who holds the role there."""
    texts = words.texts
    for i in range(1, len(texts)):
        # "Wali Kota Pekalongan HM Saelany Mahfudz": the office is two words
        office = i - 2 if is_the_offices_kota(texts, i - 1) else i - 1
        if texts[office].lower() not in ROLE_WORDS or not texts[office][0].isupper() or is_the_offices_kota(texts, i):
            continue
        name_end = region_end(words, i)
        end = name_end
        while end < len(texts) and end - name_end < _MAX_NAME_WORDS and words.continues_name(end, into_people=True):
            end += 1
        if name_end > i and end > name_end:
            yield Candidate(*words.char_span(i, name_end), "LOC", Priority.RULE, "rule")
            yield Candidate(*words.char_span(name_end, end), "PER", Priority.RULE, "rule")


def tail_rule_candidates(words: Words) -> Iterable[Candidate]:
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
        # "kata [Direktur Eksekutif] Voxpol Center": the office of the one who speaks for it is no part
        start = _after_offices(texts, start, i + 1)
        if start < i:
            yield Candidate(*words.char_span(start, i + 1), label, Priority.RULE, "rule")


def _regional_branch_end(words: Words, first: int) -> int:
    """The end of "Jakarta 3" or "Jakarta Timur" at token ``first``: a region name (the longest of up
    to three words) and an optional branch number; ``first`` when no region starts there."""
    end = first if words.starts_person(first) else region_end(words, first)
    number = first < end < len(words.texts) and words.texts[end].isdigit() and len(words.texts[end]) <= 2
    return end + 1 if number else end


def _party_board_start(words: Words, first: int) -> int:
    """Where a party's board opens before its name at token ``first`` ("DPD I Partai Golkar", "DPP
    Gerindra"): the board's acronym and its tier; ``first`` when none does."""
    board = first - 1 if first >= 2 and words.texts[first - 1] in ("I", "II") else first
    if board and words.texts[board - 1] in PARTY_BOARDS and not words.line_ends[board - 1]:
        return board - 1
    return first


def _unit_end(words: Words, unit: int, short_name: bool) -> int:
    """The end of the unit's name that follows a body at token ``unit`` (see :func:`unit_extensions`);
    ``unit`` when none follows."""
    if _numbers_a_unit(words.texts, unit) and not words.line_ends[unit]:
        # "Pertamina [RU VI Balongan]", "Pertamina [MOR IV]": a unit's acronym and number, then its place
        return _regional_branch_end(words, unit + 2) if unit + 2 < len(words.texts) else unit + 2
    if words.texts[unit] not in ORGANISATION_UNITS:
        return _regional_branch_end(words, unit) if short_name and not words.line_ends[unit - 1] else unit
    end = unit + 1
    while (end < len(words.texts) and end - unit <= _MAX_UNIT_NAME_WORDS and words.continues_name(end)
           and words.texts[end] not in ORGANISATION_HEADS):
        end += 1
    return _acronym_and_region_end(words, end) if end > unit + 1 else unit


_ROMAN_NUMERAL = re.compile(r"(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})")


def _numbers_a_unit(texts: list[str], first: int) -> bool:
    """Whether an acronym and a Roman numeral start at token ``first`` ("RU VI", "MOR IV"): a numbered
    unit of a body, never a name of its own (a capitalised word is not enough: "Bali I Made Mudharta")."""
    return (first + 1 < len(texts) and 2 <= len(texts[first]) <= 5 and texts[first].isupper()
            and texts[first].isalpha() and texts[first] not in LEGAL_FORMS
            and bool(_ROMAN_NUMERAL.fullmatch(texts[first + 1])))


def _opens_a_bodys_unit(words: Words, first: int) -> bool:
    """Whether a body the text names alone and its numbered unit start at token ``first`` ("Pertamina
    MOR IV berupaya"): no person, whatever the model or a word spoken alone says."""
    return words.texts[first] in words.lone_bodies_and_places and _numbers_a_unit(words.texts, first + 1)


def _acronym_and_region_end(words: Words, end: int) -> int:
    """The end of the unit's acronym and region written after its name at token ``end`` ("Unit Induk
    Distribusi [(UID) Nusa Tenggara Timur]"); ``end`` when no acronym follows."""
    texts = words.texts
    if texts[end:end + 1] != ["("] or texts[end + 2:end + 3] != [")"] or not texts[end + 1][:1].isupper():
        return end
    return max(end + 3, region_end(words, end + 3)) if texts[end + 1] not in LEGAL_FORMS else end


def _legal_form_end(words: Words, end: int) -> int:
    """The end of a company's legal form written after its name at token ``end`` ("Adhi Karya [(Persero)
    Tbk]"); ``end`` when none follows."""
    texts = words.texts
    if texts[end:end + 3] == ["(", "Persero", ")"]:
        end += 3
    return end + 1 if end < len(texts) and texts[end] in ("Tbk", "Tbk.") else end


def unit_extensions(candidates: list[Candidate], words: Words) -> Iterable[Candidate]:
    """"Telkom Witel Kalbar", "BRI Kantor Cabang Bogor": a body followed by its unit's name;
    "BRI Jakarta 3", "Kadin Jawa Timur": a body's short name followed by the region of its branch;
    "DPD Golkar Jawa Barat": a party's name after its board; "Adhi Karya (Persero) Tbk": a company's name
    and its legal form, and the unit spelt out after it ("PT PLN (Persero) Unit Induk Distribusi (UID)
    Nusa Tenggara Timur", which outranks the acronym pair inside it)."""
    for candidate in candidates:
        if candidate.label != "ORG":
            continue
        first, unit = bisect.bisect_left(words.starts, candidate.start), bisect.bisect_left(words.starts, candidate.end)
        last = words.texts[unit - 1]
        # an acronym, or one word the press names a national body by ("Kadin"), whose regional chapters
        # are named after it; not any one-word body ("PDIP Jawa Barat" is two names in news corpora)
        short_name = last.isupper() or first == unit - 1 and (is_body_word(last) or last in ALIASES)
        legal = _legal_form_end(words, unit)
        if legal > unit:  # "PT PLN (Persero) [Unit Induk Distribusi (UID) Nusa Tenggara Timur]"
            end = _unit_end(words, legal, short_name=False) if legal < len(words.texts) else legal
        else:
            # "[Pertamina RU] V": the model cut a unit's number off its acronym
            numbered = unit - first >= 2 and _numbers_a_unit(words.texts, unit - 1)
            end = _unit_end(words, unit - numbered, short_name) if unit < len(words.texts) else unit
            if end == unit and unit - first >= 2 and words.texts[first].isupper():  # the model's "[BRI Jakarta] 3"
                end = max(unit, _regional_branch_end(words, first + 1))
            # the model's "[PLN Unit Induk] Distribusi Bali": a unit's name it cut
            inner = max((k for k in range(first + 1, unit) if words.texts[k] in ORGANISATION_UNITS), default=None)
            if inner is not None and unit < len(words.texts) and words.continues_name(unit):
                end = max(end, _unit_end(words, inner, short_name=False))
            end = _legal_form_end(words, end)
        start = _party_board_start(words, first)
        if start < first or end > unit:
            # a unit the text spells out with its acronym ranks with the acronym pair it holds
            spelt = "(" in words.texts[legal:end]
            yield Candidate(words.starts[start], words.char_span(unit - 1, end)[1], "ORG",
                            Priority.ACRONYM_PAIR if spelt else Priority.RULE, "rule")


def office_holder_candidates(words: Words) -> Iterable[Candidate]:
    """The model's bodies and places that run into their holder's name after a role word ("Kepala
    [Stasiun Klimatologi Bogor Leni Jantika]"), split into the body and the person."""
    for start, end, label in words.model_entities:
        if label in ("ORG", "LOC"):
            holder = _office_holder_start(words, start, end, office=False, whole=True)
            if start < holder < end:
                yield Candidate(*words.char_span(start, holder), label, Priority.RULE, "rule")
            # "kata Haley" where the model found "[Nikki Haley]" a body
            if holder < end and not _opens_a_bodys_unit(words, holder):
                yield Candidate(*words.char_span(holder, end), "PER", Priority.RULE, "rule")


def person_candidates(words: Words) -> Iterable[Candidate]:
    """People named the way Indonesian news introduces them, whatever the model says:
    after a title ("dr. Siti Rahmawati"), with an age ("Dadang Kurniawan (44)"), or as the
    appositive before a verb ("Kepala Desa Lamajang, Ujang, menyampaikan")."""
    texts = words.texts
    for i, text in enumerate(texts):
        titled = text.lower() in HONORIFICS or text.lower() in RANK_ABBREVIATIONS
        if not (titled or (i and texts[i - 1] == ",")) or (not titled and not is_name_token(text)):
            continue
        if i and texts[i - 1] in STREET_HEADS:
            continue  # "Jalan H. Agus Salim": a street named after a person
        # "A. Rahman [H.] Abidin": a title inside a name the model found whole (a rank opens the name: "Kapolsek
        # [Sukowono AKP Hardjito]")
        if text.lower() in HONORIFICS and not is_place_name(texts[i - 1]) and any(
                first < i < last for first, last, label in words.model_entities if label == "PER"):
            continue
        start = i + 1 if titled else i
        # "Letkol Kav. Jami'an": the full stop of a corps' abbreviation after the rank is a token of its own
        while start < len(texts) and (texts[start].lower() in HONORIFICS or titled and (
                texts[start].lower() in RANKS or texts[start] == "." and texts[start - 1].lower() in RANK_ABBREVIATIONS)):
            start += 1
        end = start
        while end < len(texts) and end - start < _MAX_NAME_WORDS and is_name_token(texts[end]) and _is_word(texts[end]):
            end += 1
        if titled:  # "Mayjen TNI Wuryanto": the rank's force is no part of the name
            start = _after_other_names(words, start, end)
        if end == start or end == start + 1 and names_a_region(texts[start]):  # "Pak Gubernur [Banten]"
            continue
        if titled and " ".join(texts[i:end]) in ALIASES:  # "Cak Imin": a known name, its title included
            start = i
        after = texts[end:end + 3]
        aged = len(after) == 3 and after[0] == "(" and after[1].isdigit() and len(after[1]) <= 2 and after[2] == ")"
        verb = next((word for word in texts[end + 1:end + 4] if word.lower() not in ADVERBS_BEFORE_VERB), "")
        # ", Ketua Kelompok Tani Maju, mengatakan": an office in apposition acts too, but is no name.
        acting = (after[:1] == [","] and (verb.lower() in CUE_WORDS or bool(VERB_FORM.fullmatch(verb)))
                  and texts[start].lower() not in ROLE_WORDS)
        # "Kepala Desa Jambu, Kasransyah, Selasa (7/5)": a name alone set off after a title chain; not a
        # field in a list ("Bidang Politik, Hukum, dan Keamanan") nor the next chain of a list of them
        acting = acting or (after[:1] == [","] and not titled and i >= 2 and texts[i - 2].lower() not in OFFICE_WORDS
                            and in_a_title_chain(texts, i - 1, reach=_LONGEST_TITLE_CHAIN)
                            and not _a_list_goes_on(texts, end + 1)
                            and not any(first < end and start < last and label != "PER"
                                        for first, last, label in words.model_entities)
                            and all(may_be_a_persons_word(word, words.lower_words) and word not in ministry_field_words()
                                    for word in texts[start:end]))
        name = " ".join(texts[start:end])
        # ", Presiden, mengatakan", "Pak Presiden": a role; "Rahman Abidin, [SE], menyerahkan": a degree (not
        # the initials of one whose age follows: "[MP] (68) pensiunan")
        if end - start == 1 and (name.lower() in words.lower_words or name.lower() in ROLE_WORDS
                                 or is_degree(name) and not aged):
            continue
        # "Asrama Haji Kota Bekasi": a title before a body's or a region's head is part of a name.
        if texts[start] not in ORGANISATION_HEADS | LOCATION_HEADS and (titled or aged or (acting and not is_place_name(name))):
            yield Candidate(*words.char_span(start, end), "PER", Priority.RULE, "rule")


_LIST_LINKS = frozenset({"dan", "serta", "atau", "&"})


def _a_list_goes_on(texts: list[str], k: int) -> bool:
    """Whether a list of words goes on at word ``k``, after a comma: "... Plasma, Perizinan, [Komunikasi dan
    CSR]", "..., Ketua RT, [dan] ...": capitalised words set off by commas, up to a word that links the last."""
    while k + 1 < len(texts) and texts[k][:1].isupper() and texts[k + 1] == ",":
        k += 2
    return k < len(texts) and (texts[k] in _LIST_LINKS
                               or texts[k][:1].isupper() and k + 1 < len(texts) and texts[k + 1] in _LIST_LINKS)


def _is_word(text: str) -> bool:
    """Letters, with the apostrophes and hyphens names hold ("Mu'ti", "Al-Hussein")."""
    return text.replace("'", "").replace("’", "").replace("-", "").isalpha()


def _given_name_left_after_an_acronym(words: Words, start: int) -> bool:
    """Whether the model left out a person's given name between a body's acronym it found and the rest
    of the name at token ``start`` ("BRI Rudi [Hartono Saputra]"): a word that may be a given name
    (:func:`_may_be_a_given_name`) in no entity of the model."""
    given = start - 1
    return (given >= 1 and words.texts[given - 1].isupper() and words.texts[given - 1].isalpha()
            and any(end == given and label == "ORG" for _, end, label in words.model_entities)
            and not any(first <= given < end for first, end, _ in words.model_entities)
            and not words.line_ends[given - 1] and _may_be_a_given_name(words, given))


def _may_be_a_given_name(words: Words, i: int) -> bool:
    return may_be_a_persons_word(words.texts[i], words.lower_words) and not _ends_a_body_or_place(words, i)


def _ends_a_body_or_place(words: Words, i: int) -> bool:
    """Whether word ``i`` is a body or place the model names alone in the text ("Persela"), or ends a
    region's name begun by the word before it ("Bupati Gunung [Kidul] Badingah")."""
    return words.texts[i] in words.lone_bodies_and_places or i > 0 and is_place_name(" ".join(words.texts[i - 1:i + 1]))


def _given_names_start(words: Words, spoken: int, limit: int) -> int:
    """Where a person's name starts whose word ``spoken`` the text names them by alone: there, unless the
    model starts the person at given names just before it ("Menteri Pertanian [Andi Amran Sulaiman]" and
    later "kata Amran") or one given name stands between it and a place ("... Suriah [Faisal Mekdad]").
    Not before ``limit``."""
    start = spoken
    while (start - 1 >= limit and not words.line_ends[start - 1] and may_be_in_a_persons_name(words.texts[start - 1])
           and start - 1 not in words.person_starts and not _ends_a_body_or_place(words, start - 1)):
        start -= 1
    # "Konsul Jenderal RI Jeddah [M. Hery Saripudin]" and later "kata Hery": an initial opens the name too
    if start - 1 >= limit and (start - 1) in words.person_starts and (
            _may_be_a_given_name(words, start - 1) or is_initial(words.texts[start - 1])):
        return start - 1
    # "Wakil Menteri Luar Negeri Suriah Faisal Mekdad" and later "Mekdad": one given name after a place
    given = spoken - 1
    if (given - 1 >= limit and not words.line_ends[given - 1] and may_be_in_a_persons_name(words.texts[given])
            and (is_place_name(words.texts[given - 1]) or words.texts[given - 1] in COUNTRIES)):
        return given
    return spoken


def spoken_name_candidates(words: Words) -> Iterable[Candidate]:
    """The full name around a word the text names a speaker by alone (:attr:`Words.short_names`): the
    names after it where it is a first name ("Rudi Hartono" for "kata Rudi"), else the given name before
    it, a surname ("Nikki Haley" for "kata Haley")."""
    texts = words.texts
    # the model's names of bodies and places of two words or more: one word it calls a body may be a given
    # name ("di PBB, [Nikki] Haley")
    bodies = {i for start, end, label in words.model_entities if label in ("ORG", "LOC") and end - start > 1
              for i in range(start, end)}
    for i, text in enumerate(texts):
        if text not in words.short_names:
            continue
        # given names, never words of a body the model names before them ("PT Bukit Asam [Zulfikar] Azhar")
        limit = max([max(0, i - 2)] + [k + 1 for k in range(i - 2, i) if k in bodies])
        after_a_unit = i > 1 and texts[i - 2].lower() in UNIT_HEAD_OFFICES  # "Kaur [Umum] Itudi": the office's unit
        limit = i if after_a_unit else limit
        start, end = with_the_particle_before(texts, _given_names_start(words, i, limit)), i + 1
        while (end < len(texts) and end - i <= _MAX_NAME_WORDS - 2 and not words.line_ends[end - 1]
               and (may_be_in_a_persons_name(texts[end])
                    or _is_an_initial(texts[end]) and end + 1 < len(texts)  # "Insan Alif [L] Sadarang"
                    and may_be_in_a_persons_name(texts[end + 1]))):
            end += 1
        end = _through_a_closing_initial(words, end)
        # One given name before a surname, standing clear of other names and of a sentence's start
        # ("PBB, Nikki Haley,"; not "Kemendagri Sumarsono" nor "Pernyataan Herman").
        given = i - 1
        if (start == i and end == i + 1 and given > 0 and _may_be_a_given_name(words, given) and given not in bodies
                and not words.line_ends[given - 1] and not words.line_ends[given]
                and texts[given - 1].strip() and not is_name_token(texts[given - 1])
                and texts[given - 1] not in _SENTENCE_ENDS):
            start = given
        # "Bupati Ikfina menyerahkan ..." and "Menurut Ikfina, ...": one word after an office names its holder
        # and one after an office's unit ("Kaur Umum Itudi menuturkan")
        after_an_office = i and texts[i - 1][:1].isupper() and (texts[i - 1].lower() in ROLE_WORDS or after_a_unit)
        # not the village of the office ("kata Kades Gedong" beside "Desa Gedong")
        if end - start > 1 or after_an_office and not _names_a_region_elsewhere(texts, i):
            span_start, span_end = words.char_span(start, end)
            if end - start > 1 and texts[end - 1].endswith(".") and _is_an_initial(texts[end - 1]):
                span_end -= 1  # "Eko Muhammad J[.]": a sentence's full stop after the closing initial
            yield Candidate(span_start, span_end, "PER", Priority.RULE, "rule")


def _names_a_region_elsewhere(texts: list[str], i: int) -> bool:
    """Whether the text writes word ``i`` elsewhere after a region's kind ("Desa Gedong")."""
    return any(k and texts[k - 1] in REGION_KINDS for k, word in enumerate(texts) if word == texts[i] and k != i)


def without_glued_names(chosen: list[Candidate], text: str) -> list[Candidate]:
    """The chosen mentions without the words that ran into them, whatever layer proposed them.

    A person's name is cut after ranks, offices and titles ("Kombes Yusri Yunus"), and after a country
    or region ("Turki Recep Tayyip Erdogan"), a body's short name ("Kemenperin") or head ("Partai Nasdem
    Irma Suryani Chaniago"), an acronym ("AS Molly Koscina") or another person's surname ("Juru bicara
    Duterte Harry Roque"), two words of the name always kept, and before degrees ("Imron MAg"). A name
    the model labels a body elsewhere is no evidence: it mislabels people's short names too. A body's name
    is cut after the words of a title chain before a body the text names on its own ("General Support
    [Telkom Witel Kalbar]"), a place's or a body's name before a date ("Pilkada DKI Jakarta Februari 2017")."""
    # surnames of names of two words or more once their titles are off ("Kata Djarot" names no "Djarot")
    surnames = {words[-1] for words in (text[c.start:c.end].split(" ") for c in chosen if c.label == "PER")
                if len(words) - _leading_titles(words) > 1}
    bodies = {name for name in (text[c.start:c.end] for c in chosen if c.label == "ORG") if " " in name}
    kept = []
    for candidate in chosen:
        words = text[candidate.start:candidate.end].split(" ")
        if candidate.label == "PER" and len(words) > 1:
            titles = _leading_titles(words)
            glued = next((k for k in range(len(words) - 2, 0, -1)
                          if _names_a_body_or_place(" ".join(words[:k])) or k == 1 and words[0] in surnames), 0)
            cut = max(glued, min(titles, len(words) - 1))
            if cut:
                candidate = replace(candidate, start=candidate.start + len(" ".join(words[:cut])) + 1)
            # "Drs H Imron MAg" (stops left out), "M Luthfi SpPD KHOM FINASIM": from a degree on, only degrees and
            # fellowships in capitals follow
            name_end = next((k for k in range(cut + 1, len(words)) if is_degree(words[k])
                             and all(is_degree(word) or word.isupper() for word in words[k:])), len(words))
            if name_end < len(words):
                candidate = replace(candidate, end=candidate.end - len(" ".join(words[name_end:])) - 1)
        elif candidate.label in ("LOC", "ORG") and len(words) > 1 and not is_place_name(" ".join(words)):  # "Pasar Minggu"
            # "Manager Shared Service & [General Support] Telkom Witel Kalbar": the words of a title chain
            # before a body the text names on its own are no part of it (not a head, "Fakultas Ekonomi")
            office = next((k for k in range(1, len(words) - 1) if " ".join(words[k:]) in bodies
                           and not any(word in ORGANISATION_HEADS | ORGANISATION_UNITS | LEGAL_FORMS
                                       for word in words[:k])), 0)
            if candidate.label == "ORG" and office:
                candidate = replace(candidate, start=candidate.start + len(" ".join(words[:office])) + 1)
                words = words[office:]
            dated = len(words)
            # "Pilkada DKI Jakarta Februari 2017", "APBD Kabupaten Tahun 2018": a date's words end no name
            while dated > 1 and (words[dated - 1].lower() in MONTH_NAMES or words[dated - 1].lower() in WEEKDAYS
                                 or DATE_UNITS.get(words[dated - 1].lower()) == "year"
                                 or words[dated - 1].isdigit() and dated > 2 and words[dated - 2].lower() in MONTH_NAMES):
                dated -= 1
            if dated < len(words):
                if dated == 1 and (words[0] in LOCATION_HEADS or words[0] in ORGANISATION_HEADS):
                    continue  # "APBD Kabupaten Tahun 2018": a head alone names nothing
                candidate = replace(candidate, end=candidate.start + len(" ".join(words[:dated])))
        kept.append(candidate)
    return kept


# "Irjen Polisi Condro Kirono", and a cue the model took in ("Kata Djarot")
_TITLE_WORDS = RANKS | ROLE_WORDS | HONORIFICS | {"polisi"} | CUE_WORDS | ACCORDING_TO


def _leading_titles(words: list[str]) -> int:
    """How many of a person's ``words`` are titles, ranks, offices or cues before the name."""
    if " ".join(words) in ALIASES:  # "Cak Imin" is a known name, title and all
        return 0
    return next((k for k in range(len(words)) if words[k].lower() not in _TITLE_WORDS), len(words))


def _names_a_body_or_place(name: str) -> bool:
    # one word is a region, not a district alone: districts' names are given names too ("Panji Eka Wisnu Aji")
    place = is_place_name(name) if " " in name else names_a_region(name)
    return name.split(" ", 1)[0] in ORGANISATION_HEADS or name in COUNTRIES or place or is_body_word(name) or (
        name.isupper() and name.isalpha() and len(name) >= 2)


def with_body_heads(pairs: list[AcronymPair], text: str) -> list[AcronymPair]:
    """Acronym pairs whose expansion spells only the field of a body, the body's head word before it
    included ("Kementerian [Pekerjaan Umum dan Perumahan Rakyat] (PUPR)", "Dinas [Pekerjaan Umum ...]
    (PUPR) Provinsi Jambi"): the body is named with its head, and its acronym stands for the body; where
    the article spells one acronym out after two heads (the ministry and a province's office), for neither."""
    heads = []
    for pair in pairs:
        before = text[max(0, pair.expansion_start - 30):pair.expansion_start]
        head = next((head for head in FIELD_HEADS if before.endswith(head + " ")), None)
        heads.append(head if pair.expansion.split(" ", 1)[0] not in ORGANISATION_HEADS else None)
    heads_of = {}
    for pair, head in zip(pairs, heads):
        heads_of.setdefault(pair.acronym, set()).add(head)
    return [replace(pair, expansion=f"{head} {pair.expansion}", expansion_start=pair.expansion_start - len(head) - 1)
            if head and len(heads_of[pair.acronym]) == 1 else pair for pair, head in zip(pairs, heads)]


def names_a_thing(pair: AcronymPair) -> bool:
    """Whether an acronym pair names a body, place, person or programme: not an office ("Menteri Keuangan
    (Menkeu)", "Kepala Kepolisian Negara Republik Indonesia (Kapolri)": a role, whose body the head rules
    find inside), nor a document, election, test or procedure (:data:`NOT_A_NAME_HEADS`)."""
    first = pair.expansion.split(" ", 1)[0]
    return first not in NOT_A_NAME_HEADS and first.lower() not in OFFICE_WORDS


def names_a_ministers_field(pair: AcronymPair, text: str) -> bool:
    """Whether an acronym pair spells out a minister's field ("Menteri [Energi dan Sumber Daya Mineral
    (ESDM)]", and then "Menteri ESDM"): no name of its own; "Kementerian ESDM" is the body."""
    return (pair.acronym.isupper() and pair.expansion.split(" ", 1)[0] not in ORGANISATION_HEADS
            and any(word in MINISTER_WORDS for word in words_before(text, pair.expansion_start)))


def alias_candidates(words: Words) -> Iterable[Candidate]:
    """The name after "alias" ("program Juling alias Jumat Keliling", "Ahmad Heryawan alias Aher"): another
    name of what the name before it names (:func:`.referents.link_referents` joins the two)."""
    texts = words.texts
    for i, text in enumerate(texts[:-1]):
        if text == "alias" and not words.line_ends[i]:
            end = i + 1
            # capitalised words, a weekday's name too ("Jumat Keliling")
            while end < len(texts) and end - i <= _MAX_NAME_WORDS and texts[end][:1].isupper() and texts[end].isalnum():
                end += 1
            if end > i + 1:
                yield Candidate(*words.char_span(i + 1, end), None, Priority.MODEL, "rule")


@derived
def _body_short_names() -> WordStartPattern:
    """The alias table's short names of bodies ("Kemenlu", "KPK", "Polri"), matched as written; not a
    kind of body ("BUMN")."""
    return names_pattern(short for short, full in ALIASES.items()
                         if has_body_head(full) and short not in GENERIC_ACRONYMS)


def known_body_candidates(words: Words, text: str) -> Iterable[Candidate]:
    """Bodies the alias table knows by a short name, where neither the model nor a rule found a name
    ("Dalam catatan Kemenlu, ..."); ranked below every other layer. Where a capitalised word follows,
    only with the unit it opens ("BNI Kantor Cabang Probolinggo", see :func:`_unit_end`) or the region of
    its office ("BKKBN Provinsi Kalimantan Barat"): another word opens a longer name ("DPD Partai Golkar")."""
    for match in _body_short_names().finditer(text):
        start, end = match.span("name")
        if not _CAPITALISED_NEXT.match(text, end):
            yield Candidate(start, end, "ORG", Priority.LOOKED_UP, "rule")
            continue
        following = bisect.bisect_left(words.starts, end)
        if following < len(words.texts) and words.texts[following] in ORGANISATION_UNITS:
            unit_end = _unit_end(words, following, short_name=False)
        else:
            unit_end = _regional_office_end(words, following)
        if unit_end > following:
            # a unit word or a region after a known body is as good evidence as the head rules'
            yield Candidate(start, words.char_span(following, unit_end)[1], "ORG", Priority.RULE, "rule")


def regional_office_candidates(words: Words) -> Iterable[Candidate]:
    """A body's acronym or coined short name followed by the region of its office, its level written:
    "BPBD Provinsi Sulut", "Pemda Kabupaten Sumba Barat Daya", "KPU Kota Bandung" (bodies the alias table
    knows are read by :func:`known_body_candidates`)."""
    for i, word in enumerate(words.texts):
        if names_a_body_by_its_short_name(word) and word not in PROVINCE_ABBREVIATIONS:
            end = _regional_office_end(words, i + 1)
            if end > i + 1:
                yield Candidate(*words.char_span(i, end), "ORG", Priority.RULE, "rule")


def _regional_office_end(words: Words, following: int) -> int:
    """Where the region of a body's office that opens at word ``following`` ends: "BKKBN [Provinsi
    Kalimantan Barat]", a level word and a region's name; ``following`` when none opens there."""
    if following + 1 < len(words.texts) and words.texts[following] in ADMINISTRATIVE_HEADS:
        end = region_end(words, following + 1)
        return end if end > following + 1 else following
    return following


_CAPITALISED_NEXT = re.compile(r"[ ]+[A-Z]")
_MAX_FIELD_LIST_WORDS = 12


def field_list_candidates(words: Words) -> Iterable[Candidate]:
    """A body named after a list of fields, commas and all, which the model cuts at the first comma:
    "Badan Meteorologi, Klimatologi dan Geofisika", "Kementerian Koordinator Bidang Politik, Hukum, dan
    Keamanan". Only a name the alias table knows (commas aside), one an acronym the article writes
    abbreviates ("BMKG") or one the region it serves closes ("... dan Pertanahan Kabupaten Lebak"): a list
    of bodies ("Badan Pusat Statistik, Bank Indonesia dan ...") is none of these."""
    texts = words.texts
    acronyms = {word for word in texts if len(word) >= 3 and word.isalpha() and word.isupper()}
    for first, head in enumerate(texts):
        if head not in FIELD_HEAD_WORDS:
            continue
        longest = None
        for end in _field_list_ends(words, first):
            name = " ".join(texts[first:end])
            if _without_commas(name) in _known_field_lists() or any(abbreviates(acronym, name) for acronym in acronyms):
                longest = end
            elif "dan" in texts[first:end] and _regional_office_end(words, end) > end:
                # "Dinas Perumahan, Kawasan Permukiman, dan Pertanahan Kabupaten Lebak": the region it serves
                # closes the list of its fields
                longest = _regional_office_end(words, end)
        if longest:
            yield Candidate(*words.char_span(first, longest), "ORG", Priority.RULE, "rule")


def _field_list_ends(words: Words, first: int) -> Iterable[int]:
    """The ends of the names at ``first`` that run past a comma: capitalised words joined by commas and
    "dan", no item opening with a body's head or an acronym."""
    texts, commas = words.texts, 0
    end = first + 1
    while end < len(texts) and end - first < _MAX_FIELD_LIST_WORDS and not words.line_ends[end - 1]:
        word = texts[end]
        if word in (",", "dan", "serta"):
            commas += word == ","
        elif not is_name_token(word) or texts[end - 1] in (",", "dan", "serta") and (
                word in ORGANISATION_HEADS or word.isupper()):
            return
        elif commas:
            yield end + 1
        end += 1


def _without_commas(name: str) -> str:
    return re.sub(r" ?,", "", name)


@derived
def _known_field_lists() -> frozenset[str]:
    """The alias table's names with a comma, written without them."""
    return frozenset(_without_commas(name) for name in ALIASES.values() if "," in name)


def acronym_candidates(pairs: list[AcronymPair], text: str) -> Iterable[Candidate]:
    """Both halves of each acronym pair the text writes; their label comes from the referent. Not a
    region's name inside its government's ("Pemerintah Kabupaten [Halmahera Barat] (Halbar)"): the head
    rule's body stands."""
    for pair in pairs:
        if pair.qualified_end:  # "Badan ... Daerah (BPBD) Kabupaten Cianjur" is one mention
            yield Candidate(pair.expansion_start, pair.qualified_end, None, Priority.ACRONYM_PAIR, "acronym")
            continue
        label = "LOC" if pair.names_a_region_with_its_kind else None
        yield Candidate(pair.acronym_start, pair.acronym_end, label, Priority.ACRONYM_PAIR, "acronym")
        if not follows_a_government(text, pair.expansion_start):
            yield Candidate(pair.expansion_start, pair.expansion_end, label, Priority.ACRONYM_PAIR, "acronym")



def dateline_candidates(layout: Layout) -> Iterable[Candidate]:
    """The outlet (ORG) and the place (LOC) of the dateline."""
    if layout.outlet_span:
        yield Candidate(*layout.outlet_span, "ORG", Priority.DATELINE, "dateline")
    if layout.dateline_span:
        yield Candidate(*layout.dateline_span, "LOC", Priority.DATELINE, "dateline")
