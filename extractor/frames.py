"""pandas in one line: ``extract_frame(df)`` runs warta over a DataFrame of articles and returns the
output tables as DataFrames, with the same rows and columns ``warta extract`` writes to CSV.
"""
from __future__ import annotations

from dataclasses import asdict
from typing import Optional

import pandas as pd

from .api import Warta, load
from .archive.registry import Registry
from .batch import extract_records
from .records import TABLES, columns
from .writing import record_rows

# Columns copied into the article record when the frame has them (the optional JSONL fields).
PASSTHROUGH_COLUMNS = ("url", "source")


def _cell(value) -> Optional[str]:
    """A frame cell as input text: None for missing values (NaN, None, NaT)."""
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def extract_frame(df: pd.DataFrame, text_col: str = "text", id_col: Optional[str] = None,
                  date_col: Optional[str] = None, title_col: Optional[str] = None,
                  nlp: Optional[Warta] = None) -> dict[str, pd.DataFrame]:
    """Extract every row of ``df`` and return warta's tables as DataFrames.

    Args:
        df: one article per row.
        text_col: the column holding the article text.
        id_col: the column holding the doc_id; the row's index label when None.
        date_col: the publication date (relative dates resolve against it); optional.
        title_col: the title; when None a standalone first line of the text is taken as the title.
        nlp: a pipeline from :func:`extractor.load`, to reuse one already loaded (and its
            ``reference_date``); loaded with the defaults when None.

    Returns:
        table name (``articles``, ``entities``, ``dates``, ``counts``, ``money``, ``measures``,
        ``quotes``, ``activities``, ``errors``, and the frame's ``referents`` and ``merges`` across
        its articles) -> DataFrame with the CSV contract's columns, rows in input order: the rows
        ``warta extract`` writes (through the same batch code: ids made unique, near-duplicates
        marked in ``duplicate_of``), without the CSV's spreadsheet guard. A row whose text is
        missing or empty gets ``status="error"`` in ``articles`` and a row in ``errors``; ``url``
        and ``source`` columns of ``df``, when present, are copied (``source`` is ``row:N`` otherwise).
    """
    if text_col not in df.columns:
        raise KeyError(f"no column {text_col!r} in the frame (columns: {list(df.columns)})")
    records = ({"id": _cell(row[id_col]) if id_col else str(index), "text": _cell(row[text_col]),
                "date": _cell(row[date_col]) if date_col else None,
                "title": _cell(row[title_col]) if title_col else None,
                **{name: _cell(row[name]) for name in PASSTHROUGH_COLUMNS if name in row}}
               for index, row in zip(df.index, df.to_dict("records")))
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    for record in extract_records(nlp or load(), records, name="row"):
        for table, table_rows in record_rows(record).items():
            rows[table].extend(table_rows)
    registry = Registry()
    try:
        registry.add(rows["entities"], rows["articles"])
        registry.settle()
        registry.join(rows)
        rows["referents"] = [asdict(referent) for referent in registry.referents()]
        rows["merges"] = [asdict(merge) for merge in registry.merges()]
    finally:
        registry.close()
    return {table: pd.DataFrame(table_rows, columns=columns(table)) for table, table_rows in rows.items()}
