"""Writing records as the output tables (CSV or Parquet), streamed in parts.

A run writes consecutive documents into *parts*: a CSV part's rows go to disk as each document
arrives, a Parquet part (one row group) is written when it closes, and a finished part appears
with one atomic rename. :func:`assemble` joins the parts into the final tables, each written to a
temporary file and renamed into place, so nobody ever reads a half-written table and memory stays
bounded by one part. The columns come from ``extractor.records.columns``, so the schema is defined
in one place. In CSV, text cells that a spreadsheet would run as a formula get a leading ``'``
(OWASP, CSV injection) unless ``raw_csv``; numbers stay numbers.
"""
from __future__ import annotations

import csv
import os
import shutil
import typing
from dataclasses import fields
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .records import MENTION_LISTS, TABLES, DocumentRecord, columns

FORMATS = ("csv", "parquet")
# First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula.
FORMULA_TRIGGERS = frozenset("=+-@\t\r")
_ARROW_TYPES = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(field.name for field in fields(kind))


def _row(doc_id: str, record, **extra) -> dict:
    """A table row: ``doc_id``, extra leading columns, then the record's fields; whole numbers
    held as floats are written without ".0" ("1500", not "1500.0"). Fields are read directly
    (records hold only scalars): ``dataclasses.asdict`` deep-copies and cost a tenth of a run."""
    row = {"doc_id": doc_id, **extra}
    for name in _field_names(type(record)):
        value = getattr(record, name)
        row[name] = int(value) if isinstance(value, float) and value.is_integer() else value
    return row


def record_rows(record: DocumentRecord) -> dict[str, list[dict]]:
    """One document's rows for every table (table name -> rows as dicts keyed by column); the
    table writers and ``extractor.extract_frame`` both build their tables from these."""
    doc_id = record.doc_id
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    if record.error:
        rows["errors"].append({"doc_id": doc_id, "source": record.article.source, "error": record.error})
    rows["articles"].append(_row(doc_id, record.article))
    for table in MENTION_LISTS:
        if table != "quotes":
            rows[table].extend(_row(doc_id, item) for item in getattr(record, table))
    rows["quotes"].extend(_row(doc_id, quote, quote_id=f"{doc_id}-q{number}")
                          for number, quote in enumerate(record.quotes, start=1))
    return rows


@cache
def column_types(table: str) -> dict[str, type]:
    """Column -> Python type (str, int, float or bool) of ``table``, from its record's annotations."""
    hints = typing.get_type_hints(TABLES[table])
    return {name: hints.get(name, str) for name in columns(table)}


@cache
def arrow_schema(table: str) -> pa.Schema:
    """The Parquet schema of ``table``: every column typed, nullable."""
    return pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in column_types(table).items()])


def neutralise(cell: str) -> str:
    """``cell`` with a leading ``'`` when a spreadsheet would take it for a formula."""
    return "'" + cell if cell[:1] in FORMULA_TRIGGERS else cell


def table_file(folder: Path, table: str, fmt: str) -> Path:
    """Where ``table`` is written in ``folder`` for format ``fmt``."""
    return Path(folder) / f"{table}.{fmt}"


def _fsync(path: Path) -> None:
    """Flush a file's or a folder's data to disk, so a rename after it survives a crash."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _csv_writer(handle) -> "csv._writer":
    return csv.writer(handle, lineterminator="\n")


class PartWriter:
    """The rows of every table for one run of consecutive documents, in a staging folder.

    Args:
        folder: created empty; holds one file per table when closed.
        fmt: ``csv`` or ``parquet``.
        raw_csv: write text cells as they are, even those a spreadsheet would run as formulas.
    """

    def __init__(self, folder: Path, fmt: str = "csv", raw_csv: bool = False) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown output format {fmt!r} (use {' or '.join(FORMATS)})")
        self.folder = Path(folder)
        self.fmt = fmt
        self.folder.mkdir(parents=True)
        self.counts = {table: 0 for table in TABLES}
        self._columns = {table: columns(table) for table in TABLES}
        self._text_columns = {table: [index for index, kind in enumerate(column_types(table).values()) if kind is str]
                              for table in TABLES}
        self._neutralise = not raw_csv
        if fmt == "csv":
            self._files = {table: table_file(self.folder, table, fmt).open("w", encoding="utf-8", newline="")
                           for table in TABLES}
            self._writers = {table: _csv_writer(handle) for table, handle in self._files.items()}
        else:
            self._rows: dict[str, list[dict]] = {table: [] for table in TABLES}

    def _csv_cells(self, table: str, row: dict) -> list:
        cells = [row.get(name) for name in self._columns[table]]
        if self._neutralise:
            for index in self._text_columns[table]:
                if isinstance(cells[index], str):
                    cells[index] = neutralise(cells[index])
        return cells

    def add(self, record: DocumentRecord) -> None:
        """Append one document's rows to every table."""
        for table, rows in record_rows(record).items():
            self.counts[table] += len(rows)
            if self.fmt == "csv":
                self._writers[table].writerows(self._csv_cells(table, row) for row in rows)
            else:
                self._rows[table].extend(rows)

    def close(self) -> dict[str, int]:
        """Write out and flush every table; returns the rows written per table."""
        for table in TABLES:
            path = table_file(self.folder, table, self.fmt)
            if self.fmt == "csv":
                self._files[table].close()
            else:
                pq.write_table(pa.Table.from_pylist(self._rows[table], schema=arrow_schema(table)), path)
            _fsync(path)
        return dict(self.counts)


def publish(staging: Path, final: Path) -> None:
    """Make a closed part (or any staged file) visible at ``final`` with one atomic rename."""
    os.replace(staging, final)
    _fsync(Path(final).parent)


def assemble(parts: list[Path], outdir: Path, fmt: str) -> None:
    """Join the parts' tables, in order, into ``outdir/<table>.<fmt>`` (headers even when empty).

    Each table is written to a hidden temporary file in ``outdir`` and renamed over the final
    name, so the previous table stays whole until the new one is complete.
    """
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        staging = outdir / f".{table}.{fmt}.partial"
        if fmt == "csv":
            with staging.open("w", encoding="utf-8", newline="") as target:
                _csv_writer(target).writerow(columns(table))
                for part in parts:
                    with table_file(part, table, fmt).open(encoding="utf-8", newline="") as source:
                        shutil.copyfileobj(source, target)
        else:
            with pq.ParquetWriter(staging, arrow_schema(table)) as target:
                for part in parts:
                    target.write_table(pq.read_table(table_file(part, table, fmt), schema=arrow_schema(table)))
        _fsync(staging)
        publish(staging, table_file(outdir, table, fmt))
