"""What a name looks like: shape checks on words, titles and degrees around people's names, and the
core of a body's name that its mentions share. Pure functions over strings; quotes reads people's
names through these too.
"""
from __future__ import annotations

import re

from ...lexicon.entities import (BODY_WORD, BALINESE_BIRTH_NAMES, COMMUNITY_HEADS, DOCUMENT_WORDS,
                                 GENERIC_BODY_QUALIFIERS, HONORIFICS, NAME_OPENING_PAIRS, NEVER_ENTITIES,
                                 ORGANISATION_HEADS, ORGANISATION_UNITS, RANK_ABBREVIATIONS, RANK_GRADES, RANKS,
                                 ROLE_WORDS, VENUE_WORDS)
from ...lexicon.money import CURRENCY_PREFIXES
from ...lexicon.names import ALIASES, COUNTRIES, PROVINCE_ABBREVIATIONS, derived
from ...lexicon.places import LOCATION_HEADS
from ..regions import is_place_name, is_regency_name, normalise_region_name, province_of

_MIN_POSSESSED = 7  # a stem of four letters or more before "-nya"
_NUMBERED = re.compile(r"\b(?:Nomor|No\.)\s*\d")  # "Dinas Nomor 5": a document's number, no name
_LEGAL_FORM = re.compile(r"^(?:PT|CV|Perum)\.?\s+|\s+Tbk\.?$|\s*\(Persero\)")
_BRACKETED = re.compile(r"\s*\([^()]*\)(?=\s)")  # "Kelompok Tani (KT) Makmur": the short form inside a name
# "Partai Gerindra" and "Gerindra" are one body, and "Program Kampung Iklim" and "Kampung Iklim" one programme
_PARTY_OR_PROGRAMME_HEAD = re.compile(r"^(?:Partai|Program)\s+(?=\S+)")
_INNER_KIND = re.compile(r"(?<=\S)\s+(?:Partai|Provinsi|Kabupaten|Kab\.)(?=\s+\S)")
_GOVERNMENT_SHORT = {"Provinsi": "Pemprov", "Kabupaten": "Pemkab", "Kota": "Pemkot", "Desa": "Pemdes"}
_GOVERNMENT = re.compile(rf"^Pemerintah\s+({'|'.join(_GOVERNMENT_SHORT)})\b")
_GOVERNMENT_BEFORE = re.compile(rf"\bPemerintah\s+(?:{'|'.join(_GOVERNMENT_SHORT)})\s+$")
_INITIAL = re.compile(r"[A-Z]\.")

# Head nouns that news also writes in lower case before a name: "partai Demokrat", "gedung DPR", "kota Bandung".
LOWER_CASE_HEADS = frozenset(head.lower() for head in ORGANISATION_HEADS | LOCATION_HEADS
                             if " " not in head and not head.isupper() and head.isalpha()) | VENUE_WORDS


# Currency signs no name holds ("Kecamatan Jatirejo [Rp 200] juta"); not the codes, which may be names ("RM")
_CURRENCY_SIGNS = frozenset(sign for sign in CURRENCY_PREFIXES if not (sign.isalpha() and sign.isupper()))


def is_name_token(text: str) -> bool:
    """Capitalised words and short numbers ("Posyandu Melati 3"), but not amounts ("1.500") nor currency
    signs ("Rp")."""
    if not text or text.casefold() in NEVER_ENTITIES or text in _CURRENCY_SIGNS:
        return False
    return text[0].isupper() or (text.isdigit() and len(text) <= 3)


def is_lower_case_name(name: str) -> bool:
    """A model's name that opens in lower case and is still one: a head noun before capitalised words
    ("partai Demokrat", "gedung DPR"; the news corpora mark the head as part of the name) or a brand
    in camel case ("detikFinance", "eFishery")."""
    words = name.split()
    if not words:  # white space the model took for a name (a control character, a zero-width space)
        return False
    if len(words) == 1:
        return name.isalpha() and name[0].islower() and any(char.isupper() for char in name)
    return words[0] in LOWER_CASE_HEADS and all(map(is_name_token, words[1:]))


def is_possessed(word: str) -> bool:
    """True for a noun with the possessive "-nya" ("akun Twitternya", "Normatifnya"): no name in the
    public NER corpora (idner-news-2k, NER UI, NERGrit) ends so. Short words are left alone ("Kenya")."""
    return len(word) >= _MIN_POSSESSED and word.lower().endswith("nya")


# Degrees some newsrooms print without their full stops: "MAg", "MSi", "SPd", "SKom", "SpPD", "SpOG"
_UNDOTTED_DEGREE = re.compile(r"[SMD][A-Z][a-z]{1,3}|Sp[A-Z]{1,3}")
# degrees written in capitals without stops after a full name ("Adler Sitindaon MM", "Murtadha MSM"); other
# capitals there may be initials ("Ramli HS")
_CAPITAL_DEGREES = frozenset({"MM", "MSM", "MAP", "MH", "MT", "MP", "MBA", "MPH", "MKM", "SH", "SE", "ST", "SKM", "SIP"})


# "M. Kes", "S. KM.": a degree printed with a space after its stop, the field one press releases abbreviate
_SPACED_DEGREE = re.compile(r"[SMD][a-z]?\. (?:Kes|KM|Si|Pd|Sos|Ag|Kom|Hum|Ak|Psi|Farm|Ked|Kep|Gz|IP|AP|Sn|Th|Pt|Pi|Sc)\.?")


def is_degree(word: str) -> bool:
    """"M.P", "S.Sos", "M.Si.", "MAg", "M. Kes": an academic degree written after a name."""
    bare = word.rstrip(".")  # "MM." closing a name's degrees
    return (" " not in word and ("." in bare or bool(_UNDOTTED_DEGREE.fullmatch(bare)) or bare in _CAPITAL_DEGREES)
            or bool(_SPACED_DEGREE.fullmatch(word)))


def _title_count(words: list[str]) -> int:
    """How many leading ``words`` of a person's name are titles; none where the whole is a known
    name ("Cak Imin", "Pak Harto")."""
    if " ".join(words) in ALIASES:
        return 0
    count = 0
    while count < len(words) - 1 and words[count].lower() in HONORIFICS:
        count += 1
    return count


def opens_a_rank(texts: list[str], k: int) -> bool:
    """Whether a police or military rank starts at word ``k``: an abbreviation ("AKBP", "Kombes"), two rank
    words ("Komisaris Besar", "Brigadir Jenderal"), a rank and its grade ("Kopral Kepala") or a rank and
    "Polisi"; not "Dewan Komisaris"."""
    word, following = texts[k].lower(), texts[k + 1] if k + 1 < len(texts) else ""
    return word in RANK_ABBREVIATIONS or word in RANKS and (
        following.lower() in RANKS or following.lower() in RANK_GRADES or following == "Polisi")


@derived
def ministry_field_words() -> frozenset[str]:
    """The words of ministries' fields in the alias table ("Perhubungan" of "Kementerian Perhubungan"): a
    minister's portfolio, never a given name ("Menteri [Perhubungan] Budi Karya")."""
    return frozenset(word for name in ALIASES.values() if name.startswith("Kementerian ")
                     for word in name.split()[1:] if word[:1].isupper())


def is_body_word(word: str) -> bool:
    """Whether ``word`` is a body's short name: coined from a head ("Kemenperin", "Pemkab", see
    BODY_WORD), or one the alias table gives a body's full name for ("Kemendagri" -> "Kementerian Dalam
    Negeri"). It heads no person's name ("Kemenperin Haris Munandar") and is no person's short name."""
    if BODY_WORD.fullmatch(word):
        return True
    head = ALIASES.get(word, "").split(" ", 1)[0]
    return head in ORGANISATION_HEADS or head in ("Komisi", "Tentara", "Mahkamah", "Otoritas", "Majelis")


def names_a_country(name: str) -> bool:
    """"Suriah", "AS", "Republik Indonesia": a country's name, short name or formal name."""
    return (name in COUNTRIES or ALIASES.get(name) in COUNTRIES
            or name.startswith("Republik ") and name.split(" ", 1)[1] in COUNTRIES)


def names_a_region(word: str) -> bool:
    """Whether ``word`` is a country, province, regency or city, or a province's press abbreviation
    ("Sulut"): no person's one-word name."""
    return word in COUNTRIES or word in PROVINCE_ABBREVIATIONS or is_regency_name(word)


def may_be_in_a_persons_name(word: str) -> bool:
    """Whether ``word`` may be part of a person's name by its shape and the lexicons: a capitalised word of
    letters, not all capitals, no office, title or rank, no head of a body's or place's name, no place."""
    return (is_name_token(word) and word.isalpha() and not word.isupper() and word.lower() not in ROLE_WORDS
            and word.lower() not in HONORIFICS and word.lower() not in RANKS and word not in ORGANISATION_HEADS
            and word not in LOCATION_HEADS and not is_place_name(word))


def may_be_a_persons_word(word: str, lower_words: frozenset[str]) -> bool:
    """Whether ``word`` may be a person's in a text whose words written in lower case are ``lower_words``:
    :func:`may_be_in_a_persons_name`, and it cannot continue a body's or place's name: no body, unit or
    region word ("Direktur Utama SMBC Indonesia"), never written in lower case ("Kementerian Kesehatan
    Barlian": "kesehatan")."""
    return (may_be_in_a_persons_name(word) and not is_body_word(word) and word not in ORGANISATION_UNITS
            and not names_a_region(word) and word.lower() not in lower_words)


def has_body_head(name: str) -> bool:
    """Whether a body's head opens ``name`` ("Rumah Sakit Cipto Mangunkusumo", "Dinas Sosial")."""
    words = name.split()
    return words[0] in ORGANISATION_HEADS or " ".join(words[:2]) in ORGANISATION_HEADS


def is_generic_body(name: str) -> bool:
    """Whether ``name`` is a kind of body, not a name: a head or a body's acronym and only words of kind or
    tier after it ("Pemerintah Daerah", "Pengadilan Negeri", "DPRD Kabupaten")."""
    head, *rest = name.split()
    return (bool(rest) and (head in ORGANISATION_HEADS or head.isupper())
            and all(word in GENERIC_BODY_QUALIFIERS for word in rest))


def strip_honorifics(name: str) -> str:
    """A person's name without titles: "Drs. H. Asep Saepudin, M.Si." -> "Asep Saepudin"."""
    words = name.split(",")[0].split()
    return " ".join(words[_title_count(words):])


def without_honorifics(texts: list[str], start: int, end: int) -> tuple[int, int]:
    """The tokens of :func:`strip_honorifics`'s result within the name ``texts[start:end]``."""
    end = next((i for i in range(start, end) if texts[i] == ","), end)
    return start + _title_count(texts[start:end]), end


def is_the_offices_kota(texts: list[str], i: int) -> bool:
    """Whether token ``i`` is the "Kota" of the office "Wali Kota", after which the city is named by its
    name alone ("Wali Kota Pekalongan"): no region's head."""
    return i > 0 and texts[i] == "Kota" and texts[i - 1] == "Wali"


def is_initial(word: str) -> bool:
    """Whether a word is a name's initial ("M." of "M. Hery Saripudin"), whose full stop ends no sentence."""
    return bool(_INITIAL.fullmatch(word))


# Letters that close a sentence as a roman numeral as often as they open a name ("suplier Alkes I. Siti
# menerima"): no initial a person's name is given before the name the model found.
ROMAN_NUMERAL_LETTERS = "IVX"


def opens_a_persons_name(word: str) -> bool:
    """Whether a word before a person's name is their initial ("[A.] Yoga Suryadarma"), not a numeral."""
    return is_initial(word) and word[0] not in ROMAN_NUMERAL_LETTERS


def opens_a_name_with_a_particle(first: str, second: str) -> bool:
    """Whether two words open a name with a particle: Balinese "I" or "Ni" before a birth-order name ("I
    Made", "Ni Luh"), Butonese "La Ode" or "Wa Ode"."""
    return first in ("I", "Ni") and second in BALINESE_BIRTH_NAMES or (first, second) in NAME_OPENING_PAIRS


def with_the_particle_before(texts: list[str], start: int) -> int:
    """Where a name that starts at word ``start`` starts with the particle before it, which models and
    surname rules often leave out ("I [Made Mudharta]", "La [Ode Muhammad Mustika]"); ``start`` if none."""
    return start - 1 if start and opens_a_name_with_a_particle(texts[start - 1], texts[start]) else start


def core_name(name: str) -> str:
    """A name without legal forms ("PT", "Tbk", "(Persero)"), the short form written inside it ("Pemerintah
    Kabupaten (Pemkab) Rejang Lebong"), a party's "Partai" or a programme's "Program", with its head
    capitalised ("partai Demokrat" -> "Demokrat"), for matching mentions of one body or programme."""
    return _PARTY_OR_PROGRAMME_HEAD.sub("", capitalised_head(_BRACKETED.sub("", _LEGAL_FORM.sub("", name)).strip()))


def follows_a_government(text: str, start: int) -> bool:
    """Whether a regional government's head ends just before ``start``: the name there is its region's
    ("Pemerintah Kabupaten [Halmahera Barat]"), inside the government's name."""
    return bool(_GOVERNMENT_BEFORE.search(text, 0, start))


def same_body_key(name: str) -> str:
    """The form under which two names of a body in one article are one body: its core name (see
    :func:`core_name`) with "Partai" and a province's or a regency's kind set aside inside it too ("DPD I
    Partai Golkar Provinsi Gorontalo" and "DPD I Golkar Gorontalo", "Baznas Kabupaten Bantaeng" and "Baznas
    Bantaeng"; not a city's: "Kota Bogor" is not "Kabupaten Bogor"), a regional government in the short form
    the press writes ("Pemerintah Provinsi DKI" and "Pemprov DKI"), and so the province it ends with
    ("Polda Jawa Tengah" and "Polda Jateng"); without the "RI" of a national body ("DPR RI" and "DPR")."""
    key = _INNER_KIND.sub("", _GOVERNMENT.sub(lambda match: _GOVERNMENT_SHORT[match.group(1)], core_name(name)))
    words = key.split()
    if len(words) > 1 and words[-1] == "RI":
        words.pop()  # "Kementerian Luar Negeri RI", "DPR RI": the country a national body is of
    if words and words[-1].casefold() in _province_last_words():
        # after a regional government, a one-word name is the province's too ("Pemprov Jakarta")
        smallest = 1 if words[0] in _REGIONAL_GOVERNMENT else 2
        for size in range(min(len(words), _LONGEST_PROVINCE), smallest - 1, -1):
            short = _province_short_forms().get(normalise_region_name(" ".join(words[-size:])))
            if short:
                words = [*words[:-size], short]
                break
    if len(words) == 2 and words[0] in _REGIONAL_GOVERNMENT and words[1] in PROVINCE_ABBREVIATIONS:
        return f"Pemprov {words[1]}"  # "Pemerintah DKI", "Pemerintah Jawa Barat"
    return " ".join(words)


_LONGEST_PROVINCE = 4  # words: "Daerah Khusus Ibukota Jakarta"
_REGIONAL_GOVERNMENT = frozenset({"Pemerintah", "Pemprov"})


@derived
def _province_short_forms() -> dict[str, str]:
    """The press's short form of each province, by its name as compared ("jawatengah" -> "Jateng",
    "jakarta" -> "DKI")."""
    short: dict[str, str] = {}
    for abbreviation, code in PROVINCE_ABBREVIATIONS.items():
        short.setdefault(normalise_region_name(province_of(code)[1]), abbreviation)
    return short


@derived
def _province_last_words() -> frozenset[str]:
    """The last words of those provinces' names, case-folded: a cheap test before the lookups."""
    return frozenset(province_of(code)[1].split()[-1].casefold() for code in PROVINCE_ABBREVIATIONS.values())


def capitalised_head(name: str) -> str:
    """"Partai Demokrat" for "partai Demokrat", "Panti Asuhan Bhakti Luhur" for "panti asuhan Bhakti Luhur": a
    name as written where its head is a name's first words."""
    words = name.split(" ")
    head = 2 if " ".join(words[:2]).title() in COMMUNITY_HEADS else 1 if words[0] in LOWER_CASE_HEADS else 0
    return " ".join([word[:1].upper() + word[1:] for word in words[:head]] + words[head:])



def cites_a_document(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a law's or a document's title rather than a name: after a
    document word ("Peraturan [Pemerintah Nomor 38]", "Surat [Keputusan Bupati]") or holding a number
    ("Dinas Nomor 5"); a rank abbreviation alone ("AKBP") is none either."""
    name = text[start:end]
    before = text[max(0, start - 25):start].split()[-1:]
    return (bool(before) and before[0] in DOCUMENT_WORDS) or bool(_NUMBERED.search(name)) or name.lower() in RANK_ABBREVIATIONS
