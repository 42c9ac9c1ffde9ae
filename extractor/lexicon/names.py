"""Name lists that grow and that users extend: aliases, known programmes, countries, region aliases,
province abbreviations, currency words and generic acronyms.

Each is a TSV file under ``extractor/data/`` (lines starting with ``#`` are comments, the first other
line names the columns). A user adds rows with a folder of their own files of the same names
(``warta extract --lexicon DIR``, ``extractor.load(lexicon=DIR)``); a row whose key the shipped file has
replaces it. The lists belong to the process: a lexicon extends them for every pipeline the process
runs, and the structures extractors derive from them (tries, first-word sets) are rebuilt.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar, Union

SHIPPED = Path(__file__).resolve().parent.parent / "data"

ALIASES: dict[str, str] = {}  # short name -> the full name it stands for ("Jokowi" -> "Joko Widodo")
KNOWN_PROGRAMMES: list[str] = []  # national and corporate programmes, matched case-insensitively
COUNTRIES: dict[str, str] = {}  # Indonesian name -> ISO 3166-1 alpha-2 code
REGION_ALIASES: dict[str, str] = {}  # other names the press writes for regions -> Kemendagri code
PROVINCE_ABBREVIATIONS: dict[str, str] = {}  # "Kalsel" -> province code
CURRENCY_WORDS: dict[str, str] = {}  # a currency's name after an amount, as written -> ISO 4217 code
GENERIC_ACRONYMS: set[str] = set()  # acronyms of common nouns ("UMKM"), never entities
BODY_TYPES: set[str] = set()  # kinds of body every region has its own of ("BPBD", "Pengadilan Negeri")

NameList = Union[dict, list, set]
# file -> (the list it fills, its columns)
FILES: dict[str, tuple[NameList, tuple[str, ...]]] = {
    "aliases.tsv": (ALIASES, ("alias", "full_name")),
    "known_programmes.tsv": (KNOWN_PROGRAMMES, ("programme",)),
    "countries.tsv": (COUNTRIES, ("country", "iso_code")),
    "region_aliases.tsv": (REGION_ALIASES, ("alias", "region_code")),
    "province_abbreviations.tsv": (PROVINCE_ABBREVIATIONS, ("abbreviation", "province_code")),
    "currency_words.tsv": (CURRENCY_WORDS, ("word", "currency")),
    "generic_acronyms.tsv": (GENERIC_ACRONYMS, ("acronym",)),
    "body_types.tsv": (BODY_TYPES, ("body_type",)),
}

_Derived = TypeVar("_Derived")
_DERIVED: list = []


def derived(build: Callable[[], _Derived]) -> Callable[[], _Derived]:
    """Decorator: ``build()`` (a structure made from the name lists) is computed once, and again after
    a lexicon extends the lists."""
    cached = lru_cache(maxsize=1)(build)
    _DERIVED.append(cached)
    return cached


class LexiconError(ValueError):
    """A lexicon folder or file that cannot be read as name lists; the message names the file and line."""


def _rows(path: Path, columns: tuple[str, ...]) -> list[tuple[str, ...]]:
    rows, header_seen = [], False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(field.strip() for field in line.split("\t"))
        if not header_seen:
            if fields != columns:
                raise LexiconError(f"{path}:{number}: the first line must name the columns {' TAB '.join(columns)}")
            header_seen = True
        elif len(fields) != len(columns) or not all(fields):
            raise LexiconError(f"{path}:{number}: expected {len(columns)} tab-separated column(s): {line!r}")
        else:
            rows.append(fields)
    return rows


def extend_name_lists(folder: Union[str, Path]) -> None:
    """Adds the rows of every name-list file in ``folder`` (any of :data:`FILES`) to the lists.

    Raises:
        LexiconError: ``folder`` is no folder, holds a ``.tsv`` file of another name, or a file is malformed.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise LexiconError(f"no lexicon folder at {folder}")
    unknown = sorted(path.name for path in folder.glob("*.tsv") if path.name not in FILES)
    if unknown:
        raise LexiconError(f"{folder}: unknown name list(s) {', '.join(unknown)}; known: {', '.join(FILES)}")
    for name, (target, columns) in FILES.items():
        if (folder / name).exists():
            _add(target, _rows(folder / name, columns))
    for cached in _DERIVED:
        cached.cache_clear()


def _add(target: NameList, rows: list[tuple[str, ...]]) -> None:
    if isinstance(target, dict):
        target.update(rows)
    elif isinstance(target, set):
        target.update(row[0] for row in rows)
    else:
        target.extend(row[0] for row in rows if row[0] not in target)


extend_name_lists(SHIPPED)
