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
    referent_id: str = ""  # the referent across the archive (referents table), given when a run's tables are assembled


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
    speaker_referent_id: str = ""  # the speaker's referent across the archive (referents table); empty when none


@dataclass(frozen=True)
class Activity:
    """A programme as one article tells it: who runs it, with whom, where, when, for how many, for how much.

    Several names are "; "-separated; the ``*_entity_id`` columns join ``entities`` (same doc_id), the
    ``*_referent_id`` columns ``referents`` (given when a run's tables are assembled)."""

    programme: str  # the programme's canonical name
    programme_entity_id: str
    owner: str  # the body that runs or funds it; empty where the article names none
    owner_entity_id: str
    owner_basis: str  # how the owner was read: name, after, sentence, speaker, article (extractors.activities.OWNER_BASES)
    partners: str  # bodies it works with or gives to
    partner_entity_ids: str
    places: str  # where it happens, the most specific places the article gives
    place_codes: str  # their region codes
    date: str  # the event's date, else the publication date
    participants: float  # the people taking part ("diikuti 17 anggota"); 0 where the article gives none
    amount_idr: float  # the money in rupiah attached to it; 0 where none
    start_char: int  # the first sentence naming the programme (the evidence)
    end_char: int  # the end of the last one
    programme_referent_id: str = ""
    owner_referent_id: str = ""
    partner_referent_ids: str = ""


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
    activities: list[Activity] = field(default_factory=list)
    error: str = ""  # why the document could not be processed; empty when it was

    @classmethod
    def failed(cls, doc_id: str, source: str, error: str) -> "DocumentRecord":
        """The record of a document that could not be read or processed."""
        return cls(doc_id, Article(status="error", source=source), error=error)


@dataclass(frozen=True)
class Referent:
    """One real thing across the archive: every mention of it in any article shares its id."""

    referent_id: str  # stable: a hash of the referent's identity key, the same in every run
    label: str
    canonical: str  # the name most articles give it in full (a region's official name)
    aliases: str  # the forms seen, most frequent first, "; "-separated
    acronym: str
    region_code: str  # places: the region's code
    parent_id: str  # a unit's body ("Pertamina Patra Niaga Regional Kalimantan" -> "Pertamina Patra Niaga")
    n_articles: int
    n_mentions: int
    first_seen: str  # the earliest publication date of an article naming it
    last_seen: str


@dataclass(frozen=True)
class Merge:
    """Why a canonical name of one article is the referent of another (the side table of merges)."""

    referent_id: str
    label: str
    form: str  # a canonical name some article gives
    why: str


# table name -> the record type of its rows; the order is the order tables are written and listed.
TABLES: dict[str, type] = {
    "articles": Article,
    "entities": Entity,
    "dates": DateMention,
    "counts": Count,
    "money": Money,
    "measures": Measure,
    "quotes": Quote,
    "activities": Activity,
    "errors": ErrorRecord,
}


# Tables built across the archive when a run's parts are assembled: one row per referent, not per document.
ARCHIVE_TABLES: dict[str, type] = {"referents": Referent, "merges": Merge}
OUTPUT_TABLES: tuple[str, ...] = (*TABLES, *ARCHIVE_TABLES)  # every table a run writes, in order


# The DocumentRecord fields holding one list of records each, in table order: what the pipeline
# leaves on a Doc's extensions of the same names.
MENTION_LISTS: tuple[str, ...] = tuple(name for name in TABLES if name not in ("articles", "errors"))


# Tables whose rows get an id of their own (the doc_id and a number), and its column.
ROW_IDS = {"quotes": "quote_id", "activities": "activity_id"}


def record_type(table: str) -> type:
    """The record type of a per-document or an archive table's rows."""
    return TABLES[table] if table in TABLES else ARCHIVE_TABLES[table]


def columns(table: str) -> list[str]:
    """The CSV columns of ``table``: ``doc_id``, then the record's fields in declaration order.

    ``quotes`` and ``activities`` get an id after ``doc_id`` (``quote_id``, ``activity_id``: numbered
    per document when written); an archive table has no ``doc_id``.
    """
    names = [f.name for f in fields(record_type(table))]
    if table in ARCHIVE_TABLES:
        return names
    leading = ["doc_id", *([ROW_IDS[table]] if table in ROW_IDS else [])]
    return leading + names
