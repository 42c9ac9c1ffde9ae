"""Writing records as the CSV tables of the output contract, with pandas.

Rows are collected per table and each table written once at the end; the columns come from
``extractor.records.columns`` so the schema is defined in one place.
"""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pandas as pd

from .records import TABLES, DocumentRecord, columns


def _row(doc_id: str, record, **extra) -> dict:
    """A table row: ``doc_id``, extra leading columns, then the record's fields; whole numbers
    held as floats are written without ".0" ("1500", not "1500.0")."""
    fields = {name: int(value) if isinstance(value, float) and value.is_integer() else value
              for name, value in asdict(record).items()}
    return {"doc_id": doc_id, **extra, **fields}


def record_rows(record: DocumentRecord) -> dict[str, list[dict]]:
    """One document's rows for every table (table name -> rows as dicts keyed by column); the
    CSV writer and ``extractor.extract_frame`` both build their tables from these."""
    doc_id = record.doc_id
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    if record.error:
        rows["errors"].append({"doc_id": doc_id, "source": record.article.source, "error": record.error})
    rows["articles"].append(_row(doc_id, record.article))
    for table in ("entities", "dates", "counts", "money"):
        rows[table].extend(_row(doc_id, item) for item in getattr(record, table))
    rows["quotes"].extend(_row(doc_id, quote, quote_id=f"{doc_id}-q{number}")
                          for number, quote in enumerate(record.quotes, start=1))
    return rows


class TableWriter:
    """Accumulates rows for every table and writes them into ``outdir``."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = Path(outdir)
        self.rows: dict[str, list[dict]] = {table: [] for table in TABLES}

    def add(self, record: DocumentRecord) -> None:
        """Add one document's records to the tables."""
        for table, rows in record_rows(record).items():
            self.rows[table].extend(rows)

    def write(self) -> dict[str, int]:
        """Write every table (headers even when empty); returns rows written per table."""
        self.outdir.mkdir(parents=True, exist_ok=True)
        for table, rows in self.rows.items():
            frame = pd.DataFrame(rows, columns=columns(table))
            frame.to_csv(self.outdir / f"{table}.csv", index=False, encoding="utf-8")
        return {table: len(rows) for table, rows in self.rows.items()}
