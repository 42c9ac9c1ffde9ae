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
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .archive.registry import REFERRING_TABLES, Registry
from .database import DATABASE_NAME, write_database
from .records import MENTION_LISTS, OUTPUT_TABLES, ROW_IDS, TABLES, DocumentRecord, columns, record_type

FORMATS = ("csv", "parquet", "sqlite")
# The format a run's parts are written in: a SQLite run's parts are Parquet (typed), joined into one file.
PART_FORMATS = {"csv": "csv", "parquet": "parquet", "sqlite": "parquet"}
REGISTRY_NAME = "referents.sqlite"  # the referent registry, in the run's state folder
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
        row[name] = _whole(value)
    return row


def _whole(value):
    """A whole number held as a float as an int, so that it is written "1500", not "1500.0"."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def record_rows(record: DocumentRecord) -> dict[str, list[dict]]:
    """One document's rows for every table (table name -> rows as dicts keyed by column); the
    table writers and ``extractor.extract_frame`` both build their tables from these."""
    doc_id = record.doc_id
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    if record.error:
        rows["errors"].append({"doc_id": doc_id, "source": record.article.source, "error": record.error})
    rows["articles"].append(_row(doc_id, record.article))
    for table in MENTION_LISTS:
        if table in ROW_IDS:  # "a1-q1", "a1-q2": an id per row, numbered in the document
            rows[table].extend(_row(doc_id, item, **{ROW_IDS[table]: f"{doc_id}-{table[0]}{number}"})
                               for number, item in enumerate(getattr(record, table), start=1))
        else:
            rows[table].extend(_row(doc_id, item) for item in getattr(record, table))
    return rows


@cache
def column_types(table: str) -> dict[str, type]:
    """Column -> Python type (str, int, float or bool) of ``table``, from its record's annotations."""
    hints = typing.get_type_hints(record_type(table))
    return {name: hints.get(name, str) for name in columns(table)}


@cache
def arrow_schema(table: str) -> pa.Schema:
    """The Parquet schema of ``table``: every column typed, nullable."""
    return pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in column_types(table).items()])


def neutralise(cell: str) -> str:
    """``cell`` with a leading ``'`` when a spreadsheet would take it for a formula."""
    return "'" + cell if cell[:1] in FORMULA_TRIGGERS else cell


def _cells(row: dict, names: list[str], guarded: Iterable[int]) -> list:
    """A row's CSV cells in column order; the text cells at ``guarded`` indexes neutralised."""
    cells = [_whole(row.get(name)) for name in names]
    for index in guarded:
        if isinstance(cells[index], str):
            cells[index] = neutralise(cells[index])
    return cells


def table_file(folder: Path, table: str, fmt: str) -> Path:
    """Where ``table`` is written in ``folder`` for format ``fmt`` (``sqlite``: one file holds every table)."""
    return Path(folder) / (DATABASE_NAME if fmt == "sqlite" else f"{table}.{fmt}")


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
        return _cells(row, self._columns[table], self._text_columns[table] if self._neutralise else ())

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


def assemble(parts: list[Path], outdir: Path, fmt: str, state: Path, raw_csv: bool = False) -> None:
    """Join the parts' tables, in order, into ``outdir/<table>.<fmt>`` (headers even when empty), or
    into one SQLite file, with the archive's referents: ``referents`` and ``merges`` built from every
    part's entities (in a registry in the ``state`` folder), and their ids joined onto the tables that
    name referents.

    Each table is written to a hidden temporary file in ``outdir`` and renamed over the final
    name, so the previous table stays whole until the new one is complete.
    """
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    part_format = PART_FORMATS[fmt]
    registry = Registry(Path(state) / REGISTRY_NAME)
    try:
        for part in parts:
            registry.add(read_part(part, "entities", part_format, raw_csv),
                         read_part(part, "articles", part_format, raw_csv))
        registry.settle()

        def batches(table: str) -> Iterator[list[dict]]:
            if table in REFERRING_TABLES:
                return (_with_referent_ids(registry, part, table, part_format, raw_csv) for part in parts)
            if table in TABLES:
                return (read_part(part, table, part_format, raw_csv) for part in parts)
            return _batches(map(_row_of, registry.referents() if table == "referents" else registry.merges()))

        if fmt == "sqlite":
            staging = outdir / f".{DATABASE_NAME}.partial"
            write_database(staging, ((table, batches(table)) for table in OUTPUT_TABLES),
                           {table: column_types(table) for table in OUTPUT_TABLES})
            _fsync(staging)
            publish(staging, table_file(outdir, "articles", fmt))
            return
        for table in OUTPUT_TABLES:
            if table in TABLES and table not in REFERRING_TABLES:
                _copy_table(parts, outdir, table, fmt)  # as the parts hold it: the fast path
            else:
                _write_table(outdir, table, fmt, raw_csv, batches(table))
    finally:
        registry.close()


def _batches(rows: Iterator[dict], size: int = 10_000) -> Iterator[list[dict]]:
    """Rows in lists of ``size``: a Parquet row group each, so memory holds one batch at a time."""
    while batch := list(islice(rows, size)):
        yield batch


def _row_of(record) -> dict:
    return {name: getattr(record, name) for name in _field_names(type(record))}


def _with_referent_ids(registry: Registry, part: Path, table: str, fmt: str, raw_csv: bool) -> list[dict]:
    """A part's rows of a table that names referents, with the referents' archive ids."""
    rows = read_part(part, table, fmt, raw_csv)
    registry.join({table: rows})
    return rows


def _copy_table(parts: list[Path], outdir: Path, table: str, fmt: str) -> None:
    """Join one table's part files as they are."""
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


def _write_table(outdir: Path, table: str, fmt: str, raw_csv: bool, batches: Iterable[Iterable[dict]]) -> None:
    """Write one table from batches of rows (a part's, or the registry's), as the parts write them."""
    staging = outdir / f".{table}.{fmt}.partial"
    if fmt == "csv":
        names, guard = columns(table), not raw_csv
        text_columns = [index for index, kind in enumerate(column_types(table).values()) if kind is str]
        with staging.open("w", encoding="utf-8", newline="") as target:
            writer = _csv_writer(target)
            writer.writerow(names)
            for rows in batches:
                writer.writerows(_cells(row, names, text_columns if guard else ()) for row in rows)
    else:
        with pq.ParquetWriter(staging, arrow_schema(table)) as target:
            for rows in batches:
                target.write_table(pa.Table.from_pylist(list(rows), schema=arrow_schema(table)))
    _fsync(staging)
    publish(staging, table_file(outdir, table, fmt))


def _restored(cell: str) -> str:
    """A CSV text cell as the record held it, without the spreadsheet guard :func:`neutralise` added."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in FORMULA_TRIGGERS else cell


def _typed(text: str, kind: type, guarded: bool):
    if kind is str:
        return _restored(text) if guarded else text
    if text == "":
        return None
    if kind is bool:
        return text == "True"
    return kind(text)


def read_part(part: Path, table: str, fmt: str, raw_csv: bool = False) -> list[dict]:
    """The rows of one table of a closed part, typed as the records held them (``raw_csv``: as the
    part was written, without the spreadsheet guard)."""
    path = table_file(part, table, fmt)
    if fmt == "parquet":
        return pq.read_table(path, schema=arrow_schema(table)).to_pylist()
    kinds = column_types(table)
    with path.open(encoding="utf-8", newline="") as source:
        return [{name: _typed(cell, kind, not raw_csv) for (name, kind), cell in zip(kinds.items(), cells)}
                for cells in csv.reader(source)]
