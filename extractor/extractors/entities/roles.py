"""People's roles: the office or description written before a person's name or in apposition after it,
and the body a title chain names, split from the role."""
from __future__ import annotations

import re

from ...lexicon.entities import (DISCOURSE_OPENERS, HONORIFICS, LEGAL_FORMS, NEVER_ENTITIES, OFFICE_BODY_HEADS,
                                 NUMBERED_UNIT_HEADS, OFFICE_MODIFIERS, OFFICE_WORDS, ORGANISATION_UNITS,
                                 RANK_ABBREVIATIONS, ROLE_WORDS, TITLE_CONNECTORS)
from ...lexicon.quotes import CUE_WORDS, VERB_FORM
from .names import is_degree, opens_a_persons_name, opens_a_rank, same_body_key
from .referents import Referents
from .selection import Candidate

_DISCOURSE_OPENER = re.compile(r"^(?:" + "|".join(DISCOURSE_OPENERS) + r")\s*,?\s*", re.IGNORECASE)
# "Budi, Ketua Kelompok Tani Maju, ...", "Syaiful Arifin (Kepala Desa Dawuhan)", "Rina Marlina Sari selaku
# Unit Manager Comm & CSR MOR IV berharap"
_APPOSITIVE_AFTER = re.compile(r"\s*(?:,\s*([^,.;:!?()\n]+?)\s*[,.;]|\(\s*([^()\n]+?)\s*\))"
                               r"|\s+(?:selaku|sebagai)\s+([^,.;:!?()\n]+)")
_ROLE_STOPS = NEVER_ENTITIES | CUE_WORDS
_MAX_ROLE_WORDS = 20
# "Kepala Desa Lambangan-Mulyanto", "Wakil Rektor II UNTAG Surabaya-Dr. Abdul Halik": a dash glued
# between the chain's body and the name, or the title before it
_WORD_BREAK = re.compile(r"[\s–-]+")
_DASH_BEFORE_THE_NAME = re.compile(r"(?<=[a-z])[-–](?=(?:[A-Z][a-z]*\.)?\s*$)")
_NAME_LINKS = frozenset({"kepada", "untuk", "bagi"})  # "Lembaga Pengabdian kepada Masyarakat"
# the words that tie an office to its body ("Kepala bidang penelitian pada South Asia Democratic Forum")
_BODY_LINKS = frozenset({"pada", "di", "dari"})
_ROLE_LEGAL_FORM = re.compile(r"\s+(?:PT|CV)\.?$")
_ROLE_BODY_LINK = re.compile(r"\s+(?:%s)$" % "|".join(sorted(_BODY_LINKS)))
# a sentence's capitalised first word that opens no office: "Kepada Anggota Badan Anggaran DPR, ..."
_PREPOSITIONS = _NAME_LINKS | _BODY_LINKS | {"oleh", "dengan", "ke", "dalam"}
# "Camat Kuripan serta Kepala Desa Jambu, Kasransyah"; "diserahkan oleh Staf CSR PT X kepada Wali Nagari Y,
# Ronny": the office after a giver's is the receiver's
_OFFICE_LIST_LINKS = frozenset({"dan", "serta", "kepada", "oleh"})
_LONGEST_TITLE = 12  # characters of a title or initial before its full stop


def person_roles(text: str, names: list[str], mentions: list[Candidate], referents: Referents,
                 labels: dict[str, str]) -> dict[str, str]:
    """Each person's office or description, from the first mention that has one: the capitalised words
    before the name ("Bupati Sleman Kustini"), the appositive before it ("Kepala Desa Lamajang,
    Ujang") or after it ("Budi Santoso, Ketua Kelompok Tani Maju, mengatakan")."""
    roles: dict[str, str] = {}
    people = [(mention.start, mention.end) for name, mention in zip(names, mentions)
              if labels[referents.find(name)] == "PER"]
    for name, mention in zip(names, mentions):
        root = referents.find(name)
        if labels[root] == "PER" and root not in roles:
            role = _role_before(text, mention.start, people) or _role_after(text, mention.end, people)
            if role:
                roles[root] = role
    return roles


def split_role(role: str, bodies: list[tuple[str, str]]) -> tuple[str, str]:
    """A title chain's role and body: "Kepala Dinas Kesehatan Kabupaten Bogor" with the body mention
    "Dinas Kesehatan Kabupaten Bogor" gives ("Kepala", its canonical name). ``bodies``: the written
    form and canonical name of every body mentioned; the last one the role holds is its body."""
    # the body named last, the longest of those ending there ("Bank BRI", not "BRI")
    inside = [(role.rfind(written) + len(written), len(written), canonical)
              for written, canonical in bodies if written in role]
    if not inside:
        return _office_and_the_body_it_names(role, bodies)
    end, length, canonical = max(inside)
    # the role ends where the body's name first starts ("Direktur [Asia Pulp & Paper (APP) Sinar Mas]")
    start = min(role.find(written) for written, other in bodies if other == canonical and written in role)
    # "... dan CSR [PT.] SML": a legal form written before the body's name is the body's
    return _ROLE_BODY_LINK.sub("", _ROLE_LEGAL_FORM.sub("", role[:min(start, end - length)].strip(" ,"))) or role, canonical


def _office_and_the_body_it_names(role: str, bodies: list[tuple[str, str]]) -> tuple[str, str]:
    """"Kapolres Merauke" where the text names "Polres Merauke", "Bupati Dairi" where it names "Pemerintah
    Kabupaten Dairi": an office that names its body in one word, and that body (see
    :data:`OFFICE_BODY_HEADS`); ``(role, "")`` where the text names no such body."""
    words = role.split()
    for size in (2, 1):
        for k in range(len(words) - size, 0, -1):
            office = " ".join(words[k - size + 1:k + 1]) if size == 2 else words[k - 1]
            heads = OFFICE_BODY_HEADS.get(office.lower())
            if heads is None:
                continue
            cut = k + 1 if size == 2 else k
            region = " ".join(words[cut:])
            keys = {same_body_key(f"{head} {region}") for head in heads}
            body = next((canonical for written, canonical in bodies if same_body_key(written) in keys), "")
            return (" ".join(words[:cut]), body) if body and region else (role, "")
    return role, ""


def _role_phrase(words: list[str]) -> str:
    """The part of ``words`` that names an office: from its first role word ("anggota" in "Salah satu
    anggota Destana Patra"), with the capitalised words just before it ("Area Manager"); "" if none."""
    # "Ketua PKK Kabupaten Sleman [Ny] Ratna Dewi ...", "Kapolres Pelabuhan Makassar [AKBP] Yudi Frianto",
    # "Wali Kota Pekalongan [HM] Saelany Mahfudz" (Haji Muhammad; no honorific elsewhere: "HM Sampoerna")
    while words:
        if len(words) > 1 and opens_a_rank(words, len(words) - 2):
            words = words[:-2]  # "Babinsa Koramil 0602-21/Kopo [Kopral Kepala] Joko R"
        elif (words[-1].lower() in HONORIFICS or words[-1].lower() in RANK_ABBREVIATIONS or words[-1] == "HM"
              or opens_a_persons_name(words[-1])):  # "General Manager PT Pelindo Regional 2 [A.] Yoga Suryadarma"
            words = words[:-1]
        else:
            break
    first = next((i for i, word in enumerate(words) if word.lower().strip(",") in OFFICE_WORDS), None)
    if first is None or any(VERB_FORM.fullmatch(word) or word in CUE_WORDS for word in words[first:]):
        return ""
    # a list of offices, the person's is the last (see _OFFICE_LIST_LINKS; an office that heads one, not
    # a field: "Manager Hukum dan Humas" is one role)
    # ("Camat Kangkung, Ketua Baznasda Kendal KH. Ubaidillah": after a comma too)
    first = max([first] + [k for k in range(first + 1, len(words)) if words[k].lower() in ROLE_WORDS
                           and (words[k - 1] in _OFFICE_LIST_LINKS or words[k - 1].endswith(","))])
    # not past a comma: "di Bantul, Bupati Agus Salim" has the role "Bupati"; nor past a dateline's dash glued
    # to its place ("Kota Bima- Wakil Walikota Bima")
    while (first and words[first - 1][:1].isupper() and words[first - 1].lower() not in _ROLE_STOPS
           and words[first - 1].lower() not in _PREPOSITIONS and not words[first - 1].endswith((",", "-", "–", "—"))):
        first -= 1
    return " ".join(words[first:]).strip(" ,")


def _role_before(text: str, start: int, people: list[tuple[int, int]]) -> str:
    """The office before a name, not back past another person's name ("Kepala Desa Muara Muhammad
    Syafrudin dan Camat Teluk Naga Zam Zam Manohara": the Camat's)."""
    opens = max([_sentence_start(text, start)] + [end for _, end in people if end <= start])
    before = _DASH_BEFORE_THE_NAME.sub(" ", text[opens:start]).strip()
    if before.endswith(","):  # "Sementara itu, Kepala Desa Lamajang, Ujang, ..."
        words = _DISCOURSE_OPENER.sub("", before[:-1]).split()
        role = _role_phrase(words) if len(words) <= _MAX_ROLE_WORDS else ""
        if role:
            return role
        # else the title chain is the capitalised run before the comma ("..., kata Kepala BPBD Barito
        # Selatan, Alip Suraya", "Rahmad didampingi Direktur Utama Petrokimia Gresik, Dwi Satriyo")
    else:
        words = before.split()
    run = len(words)
    # capitalised words, a legal form or acronym in brackets among them ("PT Pertamina (Persero)"), a
    # word in lower case that qualifies an office ("Sekretaris perusahaan BRI", "juru bicara KPK"), and a
    # title written in lower case ("Kabid Dokkes Polda Papua Kombes drg. Raymond")
    while run and (words[run - 1].lstrip("(")[:1].isupper() or words[run - 1] in TITLE_CONNECTORS
                   # "Kepala Pusat Pengabdian kepada Masyarakat": a word in lower case between a body's words
                   or words[run - 1] in _NAME_LINKS and run >= 2 and words[run - 2][:1].isupper()
                   or words[run - 1].lower() in OFFICE_WORDS or words[run - 1].lower() in HONORIFICS
                   # (not a verb after an office: "terang Camat didampingi Sekcam Eprianto")
                   or run >= 2 and words[run - 2].lower() in OFFICE_WORDS and not VERB_FORM.fullmatch(words[run - 1])
                   # a unit's number: "Babinsa Koramil [0602-21/Kopo] Kodim [0602/Serang]", "Pelindo Regional [2]"
                   or run >= 2 and words[run - 1][:1].isdigit()
                   and (words[run - 2] in NUMBERED_UNIT_HEADS or words[run - 2] in ORGANISATION_UNITS)):
        # not back past another person's titles ("Camat Panongan, Drs. H. Heru Ultari dan Kapolsek ...")
        # (an initial after the title is the same person's: "Wakil Walikota Bima H. A. Rahman")
        if (words[run - 1].lower() in HONORIFICS and run < len(words) and words[run].lower() not in HONORIFICS
                and not opens_a_persons_name(words[run])):
            break
        run -= 1
    return _role_phrase(words[run:])


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence around offset ``start`` begins: after the last line break or full stop before
    it, not a title's ("Rektor Universitas Jambi Prof. Dr. Budi Santoso"), a corps' ("Letkol Kav. Jami'an"),
    a legal form's ("CSR PT. SML, Wesly"), an office's ("Plt. Kepala") or an initial's ("M. Hery")."""
    line, stop = text.rfind("\n", 0, start) + 1, start
    while (stop := text.rfind(". ", line, stop)) >= 0:
        # the word the stop ends, after a glued dash too ("Surabaya-Dr.")
        word = _WORD_BREAK.split(text[max(line, stop - _LONGEST_TITLE):stop + 1])[-1]
        if (word.lower() not in HONORIFICS and word.lower() not in RANK_ABBREVIATIONS and word not in LEGAL_FORMS
                and not opens_a_persons_name(word) and word.lower().rstrip(".") not in ROLE_WORDS):  # "Plt. Kepala UPTD"
            return stop + 1
    return line


def _role_after(text: str, end: int, people: list[tuple[int, int]]) -> str:
    """The office in apposition after a name; none where another person is named in it ("Dr Trini
    Prastati, Kepala Desa Muara Muhammad Syafrudin dan ...": a list of people, each with their own)."""
    match = _APPOSITIVE_AFTER.match(text, _after_degrees(text, end))
    if not match or any(match.start() < start < match.end() for start, _ in people):
        return ""
    if match.group(3):  # "selaku" says a role follows, whatever word opens it ("Unit Manager ...")
        return _role_phrase(_capitalised_run(match.group(3)).split())
    words = (match.group(1) or match.group(2)).split()
    opens_an_office = (words[0].lower() in OFFICE_WORDS  # "Vice President TJSL PT Pupuk Kujang"
                       or words[0].lower() in OFFICE_MODIFIERS and len(words) > 1 and words[1].lower() in OFFICE_WORDS)
    return _role_phrase(words) if opens_an_office and len(words) <= _MAX_ROLE_WORDS else ""


_NEXT_WORD = re.compile(r"[ ]*,?[ ]*([^\s,()]+)")


def _after_degrees(text: str, end: int) -> int:
    """Where the degrees written after a name that ends at ``end`` end ("Endang Noerhartati[, MP] (Wakil
    Rektor ...)"): the appositive comes after them."""
    while (word := _NEXT_WORD.match(text, end)) and is_degree(word.group(1)):
        end = word.end()
    return end


def _capitalised_run(phrase: str) -> str:
    """The office that opens a phrase, up to its first lower-case word ("Unit Manager Comm & CSR MOR IV"
    of "... MOR IV berharap")."""
    words = phrase.split()
    run = next((i for i, word in enumerate(words) if not word[:1].isupper() and word not in TITLE_CONNECTORS),
               len(words))
    return " ".join(words[:run])
