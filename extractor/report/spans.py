"""Where one article's records sit in its text: the spans a highlighted view marks (the HTML
report's article view and ``warta show``), and the colour of each label, displaCy's palette.

Works on table rows (dicts keyed by column, as read from the CSVs or built by
``writing.record_rows``), so the report and the terminal view highlight the same things.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

# label -> background colour; entity labels as in entities.csv, then the other kinds of record.
PALETTE = {
    "PER": "#aa9cfc", "ORG": "#7aecec", "LOC": "#feca74", "PROGRAMME": "#bfeeb7",
    "DATE": "#bfe1d9", "COUNT": "#e4e7d2", "MONEY": "#ffeb80", "QUOTE": "#f6e3ff",
}
OTHER_COLOUR = "#dddddd"  # an entity label added after this palette was written
MARK_TABLES = {"dates": "DATE", "counts": "COUNT", "money": "MONEY"}  # entities carry their own label


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of the text: ``text[start:end]``, its label and what the record says
    about it (canonical name, normalised value, speaker)."""

    start: int
    end: int
    label: str
    note: str = ""


@dataclass
class Highlights:
    """One article's spans: ``marks`` (entities, dates, counts, money) never overlap one another;
    ``quotes`` may contain marks. ``mismatched`` counts rows whose offsets do not hold their text in
    the text given (the article was edited after extraction, or another text was passed)."""

    marks: list[Span] = field(default_factory=list)
    quotes: list[Span] = field(default_factory=list)
    mismatched: int = 0


def colour(label: str) -> str:
    """The background colour of a label."""
    return PALETTE.get(label, OTHER_COLOUR)


def _note(table: str, row: Mapping) -> str:
    """What a row says beyond its text, for a tooltip or a listing."""
    if table == "entities":
        parts = [row["canonical"] if row["canonical"] != row["text"] else "",
                 str(row.get("region_name") or row.get("province") or "")]
        return " · ".join(part for part in parts if part)
    if table == "dates":
        return f"{row['value']} – {row['end_value']}" if row.get("end_value") else str(row["value"])
    if table == "counts":
        approximate = " (approx.)" if str(row["approximate"]) == "True" else ""
        return f"{row['value']} {row['noun']}{approximate} · {row.get('category', '')}"
    return f"{row['value']} {row['currency']}"


def article_spans(rows: Mapping[str, Iterable[Mapping]], text: str) -> Highlights:
    """The spans of one article's rows in ``text``.

    Args:
        rows: table name -> that article's rows (``entities``, ``dates``, ``counts``, ``money``,
            ``quotes``; missing tables count as empty).
        text: the article text the offsets point into.

    Overlapping marks keep the earliest, then the longest: a count inside a programme name is
    shown as part of the name.
    """
    highlights = Highlights()
    candidates = []
    for table in ("entities", *MARK_TABLES):
        for row in rows.get(table, ()):
            start, end = int(row["start_char"]), int(row["end_char"])
            if text[start:end] != row["text"]:
                highlights.mismatched += 1
                continue
            label = row["label"] if table == "entities" else MARK_TABLES[table]
            candidates.append(Span(start, end, label, _note(table, row)))
    for span in sorted(candidates, key=lambda span: (span.start, span.start - span.end)):
        if not highlights.marks or span.start >= highlights.marks[-1].end:
            highlights.marks.append(span)
    for row in rows.get("quotes", ()):
        start, end = int(row["start_char"]), int(row["end_char"])
        if not 0 <= start < end <= len(text):
            highlights.mismatched += 1
            continue
        highlights.quotes.append(Span(start, end, "QUOTE", row["speaker"] or "unknown speaker"))
    return highlights
