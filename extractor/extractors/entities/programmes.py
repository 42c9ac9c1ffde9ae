"""Programmes: names after a programme's cue ("program Ponsera", "program binaan Desa Berdaya"), the
curated national and corporate programmes with their short names, and whether a mention is read as a
programme where it stands ("X merupakan program ...").
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from ...lexicon.entities import (BODY_PROGRAMME_WORDS, EVENT_NAME_HEADS, EVENT_NAME_TAILS, OBSERVANCE_TAILS,
                                 OFFICE_WORDS, ORGANISATION_HEADS, PROGRAMME_CUES, PROGRAMME_NAMING_CUES,
                                 PROGRAMME_TITLE_CUES, SPELT_SCHEME_HEADS, WEEKDAY_ACTIVITY_CUES)
from ...lexicon.dates import WEEKDAYS
from ...lexicon.layout import NAME_CONNECTORS
from ...lexicon.names import ALIASES, GENERIC_ACRONYMS, KNOWN_PROGRAMMES, derived
from ..acronyms import lower_case_acronyms
from ..patterns import WordStartPattern, names_pattern
from .names import is_body_word, is_name_token
from .selection import Candidate, Priority
from .words import Words

_NOT_DESCRIPTIVE = frozenset({"ini", "itu", "tersebut", "yang", "di", "ke", "dari", "untuk", "bagi", "dengan", "dan", "pada", "oleh",
                              # a list of the programme's fields follows: "pilar program yaitu Pendidikan, ..."
                              "yaitu", "yakni", "seperti", "meliputi", "antara", "berupa"})
_PROGRAMME_WORDS = frozenset({"program", "tjsl", "csr", "kegiatan", "gerakan", "inisiatif"})
_CUES_LONGEST_FIRST = sorted(PROGRAMME_CUES, key=len, reverse=True)
_CUE_FIRST_WORDS = frozenset(cue[0] for cue in PROGRAMME_CUES)
_CUE_LAST_WORDS = frozenset(cue[-1] for cue in PROGRAMME_CUES)
_OWNED_PROGRAMME_KINDS = frozenset({"CSR", "TJSL"})
_NAMING_REACH = 3  # words between a programme's word and a naming cue: "program [ini kami] beri nama"
# Heads that open only bodies' names, never a programme's (unlike "Sekolah", "Posyandu", "Bank" of "Sekolah
# Penggerak", "Posyandu Integrasi", "Bank Sampah").
_BODY_ONLY_HEADS = frozenset({"PT", "PT.", "CV", "Kementerian", "Pemerintah", "Dinas", "Direktorat", "Partai",
                              "Universitas", "Kepolisian", "Yayasan"})
# Matched at a name's end (``match`` with a start position anchors there).
_PROGRAMME_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:merupakan|adalah)\s+(?:salah\s+satu\s+)?program\b")



@derived
def _known_programme_names() -> frozenset[str]:
    return frozenset(name.casefold() for name in KNOWN_PROGRAMMES)


@derived
def _known_programmes() -> WordStartPattern:
    return names_pattern(KNOWN_PROGRAMMES, ignore_case=True)


@derived
def _programme_short_names() -> WordStartPattern:
    """"PKH", "KUR": the aliases of known programmes."""
    known = _known_programme_names()
    return names_pattern(short for short, name in ALIASES.items() if name.casefold() in known)


def _names_owner(word: str) -> bool:
    """Whether a word after a programme's cue names whose programme it is ("program CSR PT Pertamina",
    "program reformasi TNI", "program nasional Kapolri"): an acronym, a body's head or an office, not the
    programme's own name."""
    return word.isupper() or word in ORGANISATION_HEADS or word.lower() in OFFICE_WORDS


def _opens_a_bodys_name_only(word: str) -> bool:
    """Whether a word after a programme's cue opens a government's or company's name, never a
    programme's: a head such as "Pemerintah" or "PT", or a body's short name ("Kemensos")."""
    return word in _BODY_ONLY_HEADS or is_body_word(word)


def _programme_told_of(words_before: list[str]) -> bool:
    """Whether the words before a title cue ("bertajuk", "kampanye") speak of a programme."""
    return any(word.lower() in _PROGRAMME_WORDS for word in words_before)


def programme_cue_candidates(words: Words) -> Iterable[Candidate]:
    """The capitalised words right after "program", "program binaan", ... name a programme.

    Cues match case-sensitively: "Program Studi" and "Direktur Program" are not cues.
    """
    texts = words.texts
    # "program TJSL [Pertamina RU VI Balongan]": a body the model names after a kind of programme runs it
    in_bodies = {i for start, end, label in words.model_entities if label == "ORG" for i in range(start, end)}
    for i, text in enumerate(texts):
        if text in WEEKDAY_ACTIVITY_CUES and i + 2 < len(texts) and _opens_with_a_weekday(texts, i + 1):
            # "kegiatan Jumat Berkah", "agenda Minggu Sehat": a recurring activity named after its weekday
            end = i + 2
            while end < len(texts) and is_name_token(texts[end]) and texts[end].isalpha():
                end += 1
            yield Candidate(*words.char_span(i + 1, end), "PROGRAMME", Priority.PROGRAMME_CUE, "rule")
            continue
        if text not in _CUE_FIRST_WORDS:
            continue
        cue = next((c for c in _CUES_LONGEST_FIRST if tuple(texts[i:i + len(c)]) == c), None)
        if cue is None:
            continue
        # "bertajuk" titles concerts, matches and dramas too: a programme only where one is being told of.
        if cue in PROGRAMME_TITLE_CUES and not _programme_told_of(texts[max(0, i - 12):i]):
            continue
        if cue in PROGRAMME_NAMING_CUES and not _programme_told_of(texts[max(0, i - _NAMING_REACH):i]):
            continue
        name_start = end = i + len(cue)
        # "program inkubasi BRIncubator": one descriptive word may sit between cue and name.
        described = (name_start + 1 < len(texts) and texts[name_start].islower() and texts[name_start] not in _NOT_DESCRIPTIVE
                     and texts[name_start + 1][:1].isupper())  # not "program CSR diikuti 40 pemuda"
        if described:
            name_start = end = name_start + 1
        # "program TJSL AFT Supadio", "program CSR PT Pertamina", "program reformasi TNI": after a kind of
        # programme or a description, an acronym or a company names whose programme it is.
        if (cue[-1] in _OWNED_PROGRAMME_KINDS or described) and name_start < len(texts) and (
                _names_owner(texts[name_start]) or cue[-1] in _OWNED_PROGRAMME_KINDS and name_start in in_bodies):
            continue
        # "program Pemerintah Jakarta Utara", "program Kemensos": a government's or company's name after any
        # cue says whose programme it is
        if name_start < len(texts) and _opens_a_bodys_name_only(texts[name_start]):
            continue
        # "program Jumat Curhat", "gerakan Sabtu Bersih": a weekday opens a programme's name
        if end + 1 < len(texts) and _opens_with_a_weekday(texts, end):
            end += 1
        # "program The Gade Clean and Gold": an English name's connectors between its capitalised words
        while end < len(texts) and (is_name_token(texts[end]) and texts[end].isalnum() or end > name_start
                                    and texts[end] in _ENGLISH_CONNECTORS and end + 1 < len(texts)
                                    and is_name_token(texts[end + 1])):
            # "program KUR BRI": an acronym after a programme the alias table knows names its owner; others are
            # the name's words written in capitals ("program PKT BISA")
            if texts[end].isupper() and " ".join(texts[name_start:end]) in ALIASES:
                break
            end += 1
        # "program Pendidikan" beside "bidang pendidikan": one word the text writes in lower case is a field
        generic = end - name_start == 1 and texts[name_start].lower() in words.lower_words
        if any(word.isalpha() for word in texts[name_start:end]) and not generic:  # "program 1 bedah rumah": a count
            yield Candidate(*words.char_span(name_start, end), "PROGRAMME", Priority.PROGRAMME_CUE, "rule")


_ENGLISH_CONNECTORS = frozenset({"and", "&", "of", "for"})


def _opens_with_a_weekday(texts: list[str], i: int) -> bool:
    """Whether a capitalised weekday and another name's word open a name at word ``i`` ("Jumat Curhat")."""
    return texts[i].lower() in WEEKDAYS and texts[i][:1].isupper() and is_name_token(texts[i + 1])


def event_name_candidates(words: Words) -> Iterable[Candidate]:
    """Names that say they are a programme, a named event or an award by their first or last word
    (:func:`is_programme_name`): "Program Nyibat", "Hari Pangan Sedunia", "Indonesia Business and
    Development Expo"; not a study programme ("Program Studi") nor a weekday or a holiday ("Hari Raya")."""
    texts = words.texts
    for i, text in enumerate(texts):
        # "Direktur Program Yayasan X": after an office, "Program" is part of the role
        # "Program Kepala Desa Dorokobo": an office's programme, no name (but "Hari Guru Nasional")
        if (text in _NAME_HEADS and i + 1 < len(texts) and texts[i + 1] not in _NOT_AFTER_HEADS
                and not (i and texts[i - 1].lower() in OFFICE_WORDS)
                and not (text == "Program" and texts[i + 1].lower() in OFFICE_WORDS)):
            end = i + 1
            # "Program Desa Mandiri Lestari [Yayasan Damandiri]": the body that runs it follows the name
            while (end < len(texts) and end - i <= _MAX_EVENT_WORDS and words.continues_name(end)
                   and not _opens_a_bodys_name_only(texts[end])):
                end += 1
            if end - i >= 2 and (text != "Hari" or _names_an_observance(texts[i:end])):
                yield Candidate(*words.char_span(i, end), "PROGRAMME", Priority.RULE, "rule")
        elif (text in BODY_PROGRAMME_WORDS and i and not words.line_ends[i - 1]
              and (texts[i - 1] in words.company_words or texts[i - 1] in ALIASES
                   or texts[i - 1].isupper() and texts[i - 1].isalpha())):
            # "Wilmar Peduli Listrik" beside "PT Wilmar", "BRI Peduli": a body's programme by its name
            end = i + 1
            while end < len(texts) and end - i <= _MAX_EVENT_WORDS and words.continues_name(end):
                end += 1
            yield Candidate(*words.char_span(i - 1, end), "PROGRAMME", Priority.RULE, "rule")
        elif text in EVENT_NAME_TAILS and i:
            start = i
            while (start > 0 and i - start < _MAX_EVENT_WORDS and not words.line_ends[start - 1]
                   and (is_name_token(texts[start - 1]) or texts[start - 1] in _CONNECTORS and start - 1 > 0
                        and is_name_token(texts[start - 2]))):
                start -= 1
            if start < i:
                yield Candidate(*words.char_span(start, i + 1), "PROGRAMME", Priority.RULE, "rule")


_NAME_HEADS = EVENT_NAME_HEADS | {"Program", "Hari"}  # not "Gerakan": a movement is a body as often
_NOT_AFTER_HEADS = frozenset({"Studi", "Pascasarjana", "Magister", "Doktor", "Sarjana", "Diploma", "Ini", "Itu",
                              "Tanda"})  # "Kartu Tanda Penduduk": an identity card
_MAX_EVENT_WORDS = 6
_CONNECTORS = frozenset(NAME_CONNECTORS) | {"and", "of", "the", "&"}  # English names of events too


def known_programme_candidates(text: str) -> Iterable[Candidate]:
    """The curated programmes and their short names ("Program Keluarga Harapan", "PKH"); not a short
    name inside an office's title ("Area Manager Communication, Relations & CSR PT X": before a body's
    head, or after "&")."""
    for match in _programme_short_names().finditer(text):
        if not _in_an_office_title(text, match.start("name"), match.end("name")):
            yield Candidate(*match.span("name"), "PROGRAMME", Priority.RULE, "rule")
    matches = list(_known_programmes().finditer(text))
    # in lower case, a programme's name is a common phrase ("dana desa", "bedah rumah") unless the text writes it
    # capitalised too, not as a sentence's first words ("pelanggaran dana desa" beside "Laporan Dana Desa"; not
    # beside "Bedah rumah dilakukan ...")
    capitalised = {match.group("name").casefold() for match in matches if match.group("name")[0].isupper()
                   and not _SENTENCE_OPENS.search(text[max(0, match.start("name") - 3):match.start("name")])}
    for match in matches:
        name = match.group("name")
        if ((name[0].isupper() or name.casefold() in capitalised)
                and not _in_an_office_title(text, match.start("name"), match.end("name"))):
            # Same rank as the head rules, so "Rumah BUMN BRI Jakarta Timur" (a venue) stays whole.
            yield Candidate(*match.span("name"), "PROGRAMME", Priority.RULE, "rule")


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n“\"][ ]*)$")


def spelt_programme_candidates(text: str) -> Iterable[Candidate]:
    """An acronym a text spells out in lower case with a scheme's head ("bantuan sosial tunai (BST)", "dana
    desa (DD)", "kredit usaha rakyat (KUR)"), wherever it is written: a programme named by its acronym,
    where the head alone would be a generic aid ("bantuan sembako")."""
    schemes = [acronym for acronym, spelt in lower_case_acronyms(text).items()
               if spelt.split()[0] in SPELT_SCHEME_HEADS and acronym not in GENERIC_ACRONYMS]
    if schemes:
        for match in re.finditer(r"\b(?:%s)\b" % "|".join(map(re.escape, schemes)), text):
            yield Candidate(match.start(), match.end(), "PROGRAMME", Priority.RULE, "rule")



def _in_an_office_title(text: str, start: int, end: int) -> bool:
    following = text[end:end + 40].split()[:1]
    return text[max(0, start - 3):start].rstrip().endswith("&") or bool(following) and following[0] in ORGANISATION_HEADS


def is_programme_name(name: str) -> bool:
    """A curated programme, its short name ("PKH"), or a name that says it is one: "Program Keluarga
    Harapan", a named event, award or scheme ("Festival Ekonomi Syariah", "Sun Life Edufair"; two
    capitalised words at least, so that "Hari" or "Festival" alone is none)."""
    known = _known_programme_names()
    words = name.split()
    named_event = len(words) >= 2 and all(word[:1].isupper() or word.isdigit() or word in NAME_CONNECTORS for word in words) and (
        words[0] in EVENT_NAME_HEADS or words[-1] in EVENT_NAME_TAILS or _names_an_observance(words))
    return (name.casefold() in known or ALIASES.get(name, "").casefold() in known
            or words[0] in ("Program", "Gerakan") or named_event)


def _names_an_observance(words: list[str]) -> bool:
    """"Hari Pangan Sedunia", "Hari Guru Nasional": a day a campaign observes."""
    return len(words) >= 3 and words[0] == "Hari" and words[-1] in OBSERVANCE_TAILS


def in_programme_context(text: str, start: int, end: int, label: Optional[str] = None) -> bool:
    """Whether the mention ``text[start:end]`` (labelled ``label`` by its layer) is read as a programme
    where it stands: after a cue ("program Ponsera") or before "merupakan program"; not a body after a
    kind of programme ("program TJSL Pertamina RU VI Balongan": who runs it)."""
    # Most mentions follow no cue: the last word before them rules that out without reading further back.
    window = text[max(0, start - 120):start]
    if (window.rsplit(None, 1) or [""])[-1] in _CUE_LAST_WORDS:
        before = window.split()
        cue = next((cue for cue in _CUES_LONGEST_FIRST if tuple(before[-len(cue):]) == cue), None)
        if (cue in PROGRAMME_TITLE_CUES and not _programme_told_of(before[-12 - len(cue):-len(cue)])
                or cue in PROGRAMME_NAMING_CUES and not _programme_told_of(before[-_NAMING_REACH - len(cue):-len(cue)])):
            cue = None  # "tim kampanye Trump", "konser bertajuk Purpose", "warga bernama Budi"
        first = text[start:end].split()[0]
        if cue and (cue[-1] in _OWNED_PROGRAMME_KINDS and (_names_owner(first) or label == "ORG")
                    or _opens_a_bodys_name_only(first)):
            cue = None  # "program TJSL AFT Supadio", "program Pemerintah Jakarta Utara": the programme's owner
        if cue:
            return True
    return bool(_PROGRAMME_AFTER.match(text, end, end + 80))
