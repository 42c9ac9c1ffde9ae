"""Typed records warta produces, and the one place the CSV tables' columns are defined.

Every record is a frozen dataclass; a table's columns are the record's fields preceded by
``doc_id``. ``../shared/CONTRACT.md`` fixes the required columns and their order: they come first
in each dataclass, extra columns follow.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Entity:
    """A named organisation, person, location or programme mentioned in the text."""

    label: str  # PER, ORG, LOC, PROGRAMME
    text: str
    canonical: str  # the fullest name of the same referent in the document
    start_char: int
    end_char: int
    entity_id: str = ""  # links all mentions of one referent within a document
    acronym: str = ""
    expansion: str = ""
    source: str = "model"  # model, rule, dateline: which layer found it
    # LOC: the region's Kemendagri 2025 code ("32.04.32.1001") or a country's ISO 3166-1 code ("DE");
    # empty for places that are not administrative regions (islands, rivers, streets, venues).
    region_code: str = ""
    region_level: str = ""  # province, regency, city, district, village, country
    region_name: str = ""  # the official name ("Kabupaten Bandung")
    province: str = ""  # the official name of the province it lies in
    role: str = ""  # PER: the office introducing the person, without the body it names ("Kepala Dinas")
    org: str = ""  # PER: the canonical name of the body the title chain names ("Dinas Kesehatan Kabupaten Bogor")
    parent: str = ""  # ORG: the body a unit belongs to ("Pertamina Patra Niaga" for its Regional Kalimantan)


@dataclass(frozen=True)
class DateMention:
    """A date written in the text, normalised to ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""

    text: str
    value: str
    start_char: int
    end_char: int
    resolution: str = "day"  # day, week, month, year
    end_value: str = ""  # the last day of a range ("17-25 September 2024")
    qualifier: str = ""  # awal, pertengahan, akhir ("awal Maret 2025")
    relative: bool = False  # resolved against the reference date ("kemarin", "Jumat (23/01)")
    flag: str = ""  # why a value is uncertain, e.g. "weekday-mismatch"


@dataclass(frozen=True)
class Count:
    """A number of people or things ("17 anggota", "ratusan warga")."""

    text: str
    value: float
    noun: str
    approximate: bool
    start_char: int
    end_char: int
    category: str = "thing"  # people or thing
    object: str = ""  # what the counted noun belongs to ("kelompok binaan" in "17 anggota kelompok binaan")


@dataclass(frozen=True)
class Money:
    """An amount of money, in units of ``currency`` (ISO 4217)."""

    text: str
    value: float
    currency: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Measure:
    """A percentage, a quantity in a unit of measure, a duration or an age ("25 persen", "5 hektare",
    "46 juta KL", "tiga hari", "berusia 34 tahun")."""

    text: str
    value: float
    # the unit's symbol: "%", "ha", "t", "kL", "MW" (lexicon.UNIT_SYMBOLS); for time UCUM's "s", "min",
    # "h", "d", "wk", "mo", "a" (extractors.measures.TIME_UNIT_SYMBOLS)
    unit: str
    start_char: int
    end_char: int
    kind: str = "measure"  # percent, measure, duration or age
    approximate: bool = False  # "puluhan tahun" -> 10, approximate


@dataclass(frozen=True)
class Quote:
    """A statement attributed to a speaker, quoted directly or reported."""

    kind: str  # direct or indirect
    text: str  # the quoted content, without quotation marks
    speaker: str  # canonical full name; an organisation when no person speaks; empty when unknown
    speaker_role: str
    speaker_org: str
    cue: str
    start_char: int
    end_char: int
    cue_start: int = -1
    cue_end: int = -1
    paragraph: int = 0
    speaker_entity_id: str = ""  # the speaker's entity_id in entities.csv (same doc_id); empty when none


@dataclass(frozen=True)
class Article:
    """One document's metadata and processing status."""

    title: str = ""
    outlet: str = ""
    dateline: str = ""  # the place named in the dateline ("Jakarta" in "Jakarta, CNN Indonesia --")
    author: str = ""
    published_date: str = ""
    n_chars: int = 0
    n_sentences: int = 0
    status: str = "ok"
    photo_credit: str = ""
    url: str = ""
    source: str = ""
    flags: str = ""  # input repairs, ";"-separated: invalid-utf8, missing-id, duplicate-id, chunked
    content_hash: str = ""  # BLAKE2b of the input record: a resumed run knows it is the same document
    fingerprint: str = ""  # MinHash signature of the text's word 3-grams (hex): near-duplicates agree on most bytes
    duplicate_of: str = ""  # doc_id of an earlier document with (nearly) the same text


@dataclass(frozen=True)
class ErrorRecord:
    """A document that could not be processed, and why."""

    source: str
    error: str


@dataclass
class DocumentRecord:
    """Everything warta extracted from one document."""

    doc_id: str
    article: Article
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    error: str = ""  # why the document could not be processed; empty when it was

    @classmethod
    def failed(cls, doc_id: str, source: str, error: str) -> "DocumentRecord":
        """The record of a document that could not be read or processed."""
        return cls(doc_id, Article(status="error", source=source), error=error)


# table name -> the record type of its rows; the order is the order tables are written and listed.
TABLES: dict[str, type] = {
    "articles": Article,
    "entities": Entity,
    "dates": DateMention,
    "counts": Count,
    "money": Money,
    "measures": Measure,
    "quotes": Quote,
    "errors": ErrorRecord,
}


# The DocumentRecord fields holding one list of records each, in table order: what the pipeline
# leaves on a Doc's extensions of the same names.
MENTION_LISTS: tuple[str, ...] = tuple(name for name in TABLES if name not in ("articles", "errors"))


def columns(table: str) -> list[str]:
    """The CSV columns of ``table``: ``doc_id``, then the record's fields in declaration order.

    ``quotes`` gets a ``quote_id`` after ``doc_id`` (numbered per document when written).
    """
    names = [f.name for f in fields(TABLES[table])]
    leading = ["doc_id", "quote_id"] if table == "quotes" else ["doc_id"]
    return leading + names
