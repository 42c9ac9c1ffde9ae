"""``--format sqlite``: every table of a run in one SQLite file, for a dashboard tool to open directly.

Primary keys on the ids, foreign keys from every per-document table to ``articles`` and from the
referent columns to ``referents`` (an empty id is NULL), indexes on the join columns, a table
``activity_places`` with one row per activity and place (its province), and views an analyst starts
from. The file is built under a hidden name and renamed into place, like the other formats' tables.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable

from .extractors.regions import province_of
from .records import OUTPUT_TABLES, ROW_IDS, columns

DATABASE_NAME = "warta.sqlite"
_SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL", bool: "INTEGER"}
PRIMARY_KEYS = {"articles": "doc_id", "referents": "referent_id", **{table: key for table, key in ROW_IDS.items()}}
# table -> (column, the table it refers to); every per-document table also refers to articles by doc_id.
REFERENCES = {
    "entities": [("referent_id", "referents")],
    "quotes": [("speaker_referent_id", "referents")],
    "activities": [("programme_referent_id", "referents"), ("owner_referent_id", "referents")],
    "referents": [("parent_id", "referents")],
}
# Columns that refer to another row and are NULL, not "", where they refer to none.
NULLABLE = {column for links in REFERENCES.values() for column, _ in links}

VIEWS = """
CREATE VIEW programmes_per_owner_province_month AS
SELECT owner.canonical AS owner, programme.canonical AS programme, places.province, places.province_code,
       substr(activities.date, 1, 7) AS month, COUNT(DISTINCT activities.activity_id) AS activities,
       SUM(activities.participants) AS participants, SUM(activities.amount_idr) AS amount_idr
FROM activities
JOIN referents AS programme ON programme.referent_id = activities.programme_referent_id
LEFT JOIN referents AS owner ON owner.referent_id = activities.owner_referent_id
LEFT JOIN (SELECT DISTINCT activity_id, province_code, province FROM activity_places) AS places
       ON places.activity_id = activities.activity_id  -- once per province: people are not counted per place
GROUP BY owner.canonical, programme.canonical, places.province_code, month;

CREATE VIEW quotes_on_programmes AS
SELECT programme.canonical AS programme, quotes.speaker, quotes.speaker_role, quotes.speaker_org,
       quotes.kind, quotes.text, articles.published_date, quotes.doc_id, quotes.quote_id
FROM activities
JOIN referents AS programme ON programme.referent_id = activities.programme_referent_id
JOIN quotes ON quotes.doc_id = activities.doc_id
JOIN articles ON articles.doc_id = quotes.doc_id;

CREATE VIEW referents_by_month AS
SELECT referents.referent_id, referents.label, referents.canonical, substr(articles.published_date, 1, 7) AS month,
       COUNT(DISTINCT entities.doc_id) AS articles, COUNT(*) AS mentions
FROM entities JOIN referents USING (referent_id) JOIN articles USING (doc_id)
GROUP BY referents.referent_id, month;
"""


def _create_table(table: str, types: dict[str, type]) -> str:
    cells = [f"{name} {_SQL_TYPES[kind]}" + (" PRIMARY KEY" if PRIMARY_KEYS.get(table) == name else "")
             for name, kind in types.items()]
    if "doc_id" in types and table != "articles":
        cells.append("FOREIGN KEY (doc_id) REFERENCES articles (doc_id)")
    cells += [f"FOREIGN KEY ({column}) REFERENCES {target} (referent_id)"
              for column, target in REFERENCES.get(table, [])]
    return f"CREATE TABLE {table} ({', '.join(cells)})"


def _indexes(table: str, types: dict[str, type]) -> list[str]:
    joins = ((["doc_id"] if "doc_id" in types and table != "articles" else [])
             + [column for column, _ in REFERENCES.get(table, [])])
    return [f"CREATE INDEX {table}_by_{column} ON {table} ({column})" for column in joins]


def write_database(path: Path, tables: Iterable[tuple[str, Iterable[Iterable[dict]]]],
                   column_types: dict[str, dict[str, type]]) -> None:
    """Write ``tables`` (name, batches of rows, in :data:`OUTPUT_TABLES` order) into the SQLite file ``path``."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    try:
        for table in OUTPUT_TABLES:
            db.execute(_create_table(table, column_types[table]))
        db.execute("CREATE TABLE activity_places (activity_id TEXT NOT NULL REFERENCES activities (activity_id),"
                   " place_code TEXT NOT NULL, province_code TEXT NOT NULL, province TEXT NOT NULL)")
        for table, batches in tables:
            names = columns(table)
            insert = f"INSERT INTO {table} VALUES ({', '.join('?' * len(names))})"
            for rows in batches:
                rows = list(rows)
                db.executemany(insert, ([None if name in NULLABLE and row.get(name) == "" else row.get(name)
                                         for name in names] for row in rows))
                if table == "activities":
                    db.executemany("INSERT INTO activity_places VALUES (?, ?, ?, ?)", _places(rows))
        for table in OUTPUT_TABLES:
            for index in _indexes(table, column_types[table]):
                db.execute(index)
        db.execute("CREATE INDEX activity_places_by_activity ON activity_places (activity_id)")
        db.executescript(VIEWS)
        db.commit()
    finally:
        db.close()


def _places(activities: list[dict]) -> Iterable[tuple[str, str, str, str]]:
    """One row per activity and region code, with the region's province (a country stands for itself)."""
    for row in activities:
        for code in filter(None, row["place_codes"].split("; ")):
            yield (row["activity_id"], code, *province_of(code))
