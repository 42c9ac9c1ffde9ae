"""Acronyms and their expansions written side by side: "Tanggung Jawab Sosial dan Lingkungan (TJSL)"
and "Ponsera (Posyandu Integrasi Sehat Ceria)", in either order.

Initialisms must spell the capitals of the long form; syllabic acronyms ("Ponsera", "Destana") must
share its first letter and appear in it as a letter subsequence (after Schwartz & Hearst 2003).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain
from typing import Iterator

from ..lexicon.entities import ADMINISTRATIVE_HEADS, FIELD_HEAD_WORDS, ORGANISATION_UNITS, PROGRAMME_HEADS
from ..lexicon.layout import NAME_CONNECTORS
from ..lexicon.places import REGION_KINDS
from .regions import is_place_name, is_regency_name, is_region_name

# Possessive (*+): what follows a word or a run of words (a space, a comma, a bracket) can never
# match inside it, so giving back characters never helps, and on a 10,000-letter token it costs seconds.
_WORD = r"[A-Z][\w'-]*+"
_CONNECTOR = "|".join(re.escape(word) for word in sorted(NAME_CONNECTORS))
# A run of capitalised words, possibly joined by connectors and commas ("Usaha Mikro, Kecil, dan Menengah").
_LONG = rf"{_WORD}(?:,?[ ]+(?:(?:{_CONNECTOR})[ ]+)?{_WORD})*+"
_RUN = re.compile(_LONG)
_SHORT = r"[A-Z][A-Za-z0-9&-]{1,15}"
_LONG_THEN_SHORT = re.compile(rf"(?P<long>{_LONG})[ ]*\([ ]?(?P<short>{_SHORT}(?:[ ]{_SHORT})?)[ ]?\)")
# "(Corporate Social Responsibility/CSR)": the press also writes a pair with a slash
_LONG_SLASH_SHORT = re.compile(rf"(?P<long>{_LONG})[ ]?/[ ]?(?P<short>{_SHORT})(?![\w/])")
# "(BPBD) Kabupaten Cianjur": the region a body's acronym is qualified with.
_QUALIFIER = re.compile(r"[ ]+(?:(?:Provinsi|Kabupaten|Kota|Kecamatan|Prov\.|Kab\.)[ ]+)?(?P<words>[A-Z]\w*(?:[ ][A-Z]\w*){0,2})")
_MAX_EXPANSION_WORDS = 15
_LEGAL_FORM_BEFORE = re.compile(r"\b(?:PT|CV)\.?[ ]$")
_SCHEME_HEAD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ ]$")
_ADMINISTRATIVE_KINDS = [kind for kind, level in REGION_KINDS.items() if level and kind.istitle() and kind.isalpha()]
_REGION_KIND_BEFORE = re.compile(r"\b(?:%s)[ ]$" % "|".join(_ADMINISTRATIVE_KINDS))
_LONGEST_KIND = max(map(len, _ADMINISTRATIVE_KINDS)) + 1
_GOVERNMENT_BEFORE_KIND = re.compile(r"\b(?:Pemerintah|Pemerintahan)[ ]$")
_LONGEST_SCHEME_HEAD = 12
# "Program" introduces a programme's name and is no part of it ("Program Tanggung Jawab Sosial dan Lingkungan
# (TJSL)" names "Tanggung Jawab Sosial dan Lingkungan", ANNOTATION.md)
_NAMING_WORDS = frozenset({"Program"})
# "(KPI) Refinery Unit VI Balongan": one capitalised word at most before a unit word, then the unit's name
_UNIT_QUALIFIER = re.compile(r"[ ]+(?:[A-Z][a-z]+[ ]+)?(?:%s)(?:[ ]+(?:[A-Z][\w-]*|\d+)){1,5}"
                             % "|".join(map(re.escape, sorted(ORGANISATION_UNITS, key=len, reverse=True))))
_SHORT_THEN_LONG = re.compile(rf"(?P<short>{_SHORT}(?:[ ]{_WORD})?)[ ]*\((?P<long>{_LONG})\)")


@dataclass(frozen=True)
class AcronymPair:
    """An acronym and its expansion with their character offsets."""

    acronym: str
    acronym_start: int
    expansion: str
    expansion_start: int
    qualified_end: int = 0  # end of "Long (ACR) Region" when a region or a unit follows the acronym
    by_unit: bool = False  # the qualifier names a unit ("(KPI) Refinery Unit VI Balongan"), not a region

    @property
    def acronym_end(self) -> int:
        return self.acronym_start + len(self.acronym)

    @property
    def expansion_end(self) -> int:
        return self.expansion_start + len(self.expansion)

    @property
    def names_a_region_with_its_kind(self) -> bool:
        """Whether the expansion opens with a region's kind the acronym leaves out ("Kecamatan Tulang Bawang
        Tengah (TBT)"): a place, whatever the model read around it."""
        kind, _, rest = self.expansion.partition(" ")
        return (kind in _ADMINISTRATIVE_KINDS and bool(rest) and abbreviates(self.acronym, rest)
                and not abbreviates(self.acronym, self.expansion))

    def qualifier_span(self, text: str) -> tuple[int, int]:
        """The offsets of the region qualifying the acronym ("Kabupaten Cianjur"); empty if none."""
        start = self.acronym_end + 1  # after the closing parenthesis
        start += len(text[start:self.qualified_end]) - len(text[start:self.qualified_end].lstrip())
        return (start, self.qualified_end) if self.qualified_end else (start, start)

    def region_span(self, text: str) -> tuple[int, int]:
        """The offsets of the place the qualifier names besides the body ("Bandung" of "Universitas
        Padjadjaran (Unpad) Bandung"), without a facility's site before it ("Pontianak" of "Supadio
        Pontianak"); empty if none, if the qualifier names a unit, if the region is the body's own name
        (after a level word, "(BPBD) Kabupaten Cianjur"; after an expansion that ends with its kind,
        "Pemerintah Desa (Pemdes) Tengku Lese"; after a body named after its field, "Dinas Sosial (Dissos)
        Tanggamus"), or if it is one word that names only a district, a common word too ("Kelompok Tani
        (KT) Makmur")."""
        start, end = self.qualifier_span(text)
        if self.by_unit or self._names_the_bodys_region(text[start:end]):
            return start, start
        site, _, rest = text[start:end].partition(" ")
        if rest and not is_place_name(text[start:end]):
            start += len(site) + 1
        return (start, end) if " " in text[start:end] or is_regency_name(text[start:end]) else (start, start)

    def _names_the_bodys_region(self, qualifier: str) -> bool:
        # a level word, a government of a kind of region, or a body named after its field, whose region is
        # the one it serves ("Dinas Sosial (Dinsos) Tanggamus")
        return (qualifier.split(" ", 1)[0] in ADMINISTRATIVE_HEADS
                or self.expansion.rsplit(" ", 1)[-1] in REGION_KINDS or self.expansion.split(" ", 1)[0] in FIELD_HEAD_WORDS)

    def qualified_name(self, text: str) -> str:
        """"Badan Penanggulangan Bencana Daerah Kabupaten Cianjur" for a qualified pair, else ""."""
        start, end = self.qualifier_span(text)
        return f"{self.expansion} {text[start:end]}" if end > start else ""


def _capital_initials(words: list[str]) -> str:
    return "".join(word[0] for word in words if word[0].isupper())


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(char in letters for char in short)


def _expansion(long: str, acronym: str) -> str:
    """The shortest tail of ``long`` whose capitals spell ``acronym`` or, failing that, that a
    syllabic acronym ("Dekranasda") abbreviates; "" when none does."""
    # "UP3" is U-P-P-P: a digit repeats the letter before it (Indonesian "P3K", "P2TP2A").
    letters = re.sub(r"([A-Z])(\d)", lambda m: m.group(1) * int(m.group(2)), acronym.upper())
    letters = re.sub(r"[^A-Z]", "", letters)
    # A run of capitalised words can be a whole headline; no expansion is longer than this.
    tails = [long[word.start():] for word in reversed(list(re.finditer(r"\S+", long))[-_MAX_EXPANSION_WORDS:])]
    tails = [tail for tail in tails if tail[0].isupper()]
    initialism = next((t for t in tails if _capital_initials(t.replace(",", " ").split()) == letters), "")
    return initialism or next((t for t in tails if _syllabic_match(acronym, t)), "")


def _qualified_end(text: str, position: int, after_a_kind: bool = False) -> int:
    """Where a region name right after ``position`` ends ("(BPBD) Kabupaten Cianjur"; any region the
    index knows, villages too, ``after_a_kind`` of region: "Pemerintah Desa (Pemdes) Tengku Lese"), or the
    site's name and the city or regency a facility is named with ("Aviation Fuel Terminal (AFT) Supadio
    Pontianak"; not a body's acronym, "(Pusdalops) BPBD Sukabumi"); 0 when no region follows."""
    match = _QUALIFIER.match(text, position)
    if not match:
        return 0
    words = match.group("words").split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        if is_place_name(name) or after_a_kind and is_region_name(name) or (
                size >= 2 and not words[0].isupper() and is_regency_name(" ".join(words[1:size]))):
            return match.start("words") + len(" ".join(words[:size]))
    return 0


def _unit_qualifier_end(text: str, position: int) -> int:
    """Where a unit's name right after ``position`` ends ("(BI) Perwakilan Provinsi Sulawesi Tengah",
    "(KPI) Refinery Unit VI Balongan", "(PLN) Unit Induk Wilayah Bangka Belitung"): a unit word, one
    capitalised word before it at most, and the capitalised words or numbers after it; 0 when none."""
    match = _UNIT_QUALIFIER.match(text, position)
    return match.end() if match else 0


def _syllabic_match(short: str, long: str) -> bool:
    compact_short = re.sub(r"\W", "", short).lower()
    compact_long = re.sub(r"\W", "", long).lower()
    return (len(long.split()) >= 2 and len(compact_short) < len(compact_long)
            and compact_short[0] == compact_long[0] and _is_subsequence(compact_short, compact_long))


def _long_then_short(text: str, pattern: re.Pattern = _LONG_THEN_SHORT) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` (a run of capitalised words, then its short form) in linear time. A run
    of capitalised words (a long token, a title-case page) ends at the same place from whichever of its
    words it is read, so when no short form follows it, it is skipped whole rather than tried again from
    each word."""
    position = 0
    while run := _RUN.search(text, position):
        match = pattern.match(text, run.start())
        position = match.end() if match else run.end()
        if match:
            yield match


def lower_case_acronyms(text: str) -> dict[str, str]:
    """Acronyms ``text`` spells out in lower case, with what they spell ("hak guna bangunan (HGB)",
    "jaksa penuntut umum (JPU)", "corporate social responsibility (CSR)"): mostly the short forms of
    common nouns, not of names."""
    found = {}
    for match in _LOWER_THEN_SHORT.finditer(text):
        words = match.group("long").split()
        spelt = next((" ".join(words[-size:]) for size in range(1, len(words) + 1)
                      if abbreviates(match.group("short"), " ".join(words[-size:]))), "")
        if spelt:
            found.setdefault(match.group("short"), spelt)
    return found


_LOWER_THEN_SHORT = re.compile(r"(?P<long>(?:\b[a-z][a-z-]*[ ]+){1,7})\((?P<short>[A-Z][A-Za-z]{1,7})\)")


def find_acronym_pairs(text: str) -> list[AcronymPair]:
    """Every acronym written next to its expansion in ``text``, in order of appearance."""
    pairs = []
    for match in chain(_long_then_short(text), _long_then_short(text, _LONG_SLASH_SHORT)):
        short, long = match.group("short"), match.group("long")
        expansion = _expansion(long, short)
        if expansion:
            start = match.end("long") - len(expansion)
            # "PT Kilang Pertamina Internasional (KPI)": the company's legal form is part of its name
            legal_form = _LEGAL_FORM_BEFORE.search(text, max(0, start - 4), start)
            if legal_form:
                start, expansion = legal_form.start(), text[legal_form.start():match.end("long")]
            # "Kecamatan Jambi Luar Kota (Jaluko)": the region's kind the acronym leaves out is its name's
            # (not the region of a government: "Pemerintah Kabupaten [Halmahera Barat] (Halbar)")
            kind = _REGION_KIND_BEFORE.search(text, max(0, start - _LONGEST_KIND), start)
            if kind and not _GOVERNMENT_BEFORE_KIND.search(text, max(0, kind.start() - 12), kind.start()):
                start, expansion = kind.start(), text[kind.start():match.end("long")]
            # "Bantuan Asistensi Rehabilitasi Sosial (ATENSI)": a scheme's head the acronym leaves out is its name's
            scheme = _SCHEME_HEAD_BEFORE.search(text, max(0, start - _LONGEST_SCHEME_HEAD), start)
            if (scheme and scheme.group(1) in PROGRAMME_HEADS and scheme.group(1) not in _NAMING_WORDS
                    and expansion.split(" ", 1)[0] not in PROGRAMME_HEADS):  # not "Bantuan [Program Keluarga ...]"
                start, expansion = scheme.start(1), text[scheme.start(1):match.end("long")]
            region_end = _qualified_end(text, match.end(), after_a_kind=expansion.rsplit(" ", 1)[-1] in REGION_KINDS)
            unit_end = _unit_qualifier_end(text, match.end())
            pairs.append(AcronymPair(short, match.start("short"), expansion, start, region_end or unit_end,
                                     by_unit=not region_end and bool(unit_end)))
    for match in _SHORT_THEN_LONG.finditer(text):
        short, long = match.group("short"), match.group("long")
        # "Kegiatan Ponsera (Posyandu ...)": drop a leading word that is not part of the acronym.
        candidates = [short, short.split(" ", 1)[-1]] if " " in short else [short]
        for candidate in candidates:
            if _syllabic_match(candidate, long) or _capital_initials(long.split()) == candidate.upper():
                start = match.end("short") - len(candidate)
                pairs.append(AcronymPair(candidate, start, long, match.start("long")))
                break
    return sorted(pairs, key=lambda pair: min(pair.acronym_start, pair.expansion_start))


def abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` abbreviates every word of ``name`` that is not a connector, each word
    giving the next letters from its start: "BRI" "Bank Rakyat Indonesia", "Bappenas" "Badan
    Perencanaan Pembangunan Nasional"; not "Dishub" "Dinas Perhubungan DKI Jakarta", whose place the
    acronym does not write, so that the acronym alone elsewhere may be another city's."""
    # "UP3" is U-P-P-P: a digit repeats the letter before it.
    letters = re.sub(r"([a-z])(\d)", lambda match: match.group(1) * int(match.group(2)), re.sub(r"\W", "", acronym.lower()))
    words = [word for word in re.sub(r"[^\w ]", " ", name.lower()).split() if word not in _CONNECTORS]
    return bool(words) and _spelt(letters, words)


_CONNECTORS = frozenset(word.lower() for word in NAME_CONNECTORS) | {"of", "the", "and", "for"}


def _spelt(letters: str, words: list[str]) -> bool:
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    return any(_spelt(letters[size:], rest) for size in range(min(len(word), len(letters) - len(rest)), 0, -1)
               if word.startswith(letters[:size]))
