"""``warta show ARTICLE [--id ID]``: one article's extraction in the terminal, with rich: the text
with entities, dates, counts, money and quotes highlighted in the report's colours, then the
value of every highlighted record, the quotes with their speakers and the programme activities.
"""
from __future__ import annotations

from typing import Optional

from rich.console import Group
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from .api import Warta
from .reading import Document, ReadError, prepare, read_inputs
from .records import DocumentRecord
from .report.spans import PALETTE, article_spans, colour
from .writing import record_rows


def find_document(path: str, doc_id: Optional[str] = None) -> Document:
    """The document in ``path`` (a ``.txt`` file, or the line of a ``.jsonl`` file whose id is
    ``doc_id``, the first one when None), a page's main text read from its HTML; ValueError
    saying why when there is none."""
    for item in read_inputs([path]):
        if doc_id is None or item.id == doc_id:
            item = prepare(item) if isinstance(item, Document) else item
            if isinstance(item, ReadError):
                raise ValueError(f"{item.source}: {item.error}")
            return item
    raise ValueError(f"no document with id {doc_id!r} in {path}" if doc_id else f"no document in {path}")


def render(text: str, record: DocumentRecord) -> Group:
    """The terminal view of ``record``, extracted from ``text``."""
    rows = record_rows(record)
    highlights = article_spans(rows, text)
    body = Text(text)
    for quote in highlights.quotes:
        body.stylize(f"underline on {PALETTE['QUOTE']}", quote.start, quote.end)
    for mark in highlights.marks:
        body.stylize(f"bold #000000 on {colour(mark.label)}", mark.start, mark.end)
    article = record.article
    heading = Text(article.title or record.doc_id, style="bold")
    details = " · ".join(part for part in (record.doc_id, article.outlet, article.dateline, article.published_date,
                                           article.author) if part)
    legend = Text.assemble(*((f" {label} ", f"bold #000000 on {colour}") for label, colour in PALETTE.items()))
    parts = [heading, Text(details, style="dim"), legend, Rule(), body]

    values = Table(title="Records", title_justify="left", show_edge=False)
    for column in ("label", "text", "value or canonical name"):
        values.add_column(column)
    for mark in highlights.marks:
        values.add_row(Text(mark.label, style=f"bold #000000 on {colour(mark.label)}"), text[mark.start:mark.end], mark.note)
    quotes = Table(title="Quotes", title_justify="left", show_edge=False)
    for column in ("speaker", "role, organisation", "kind", "cue", "quote"):
        quotes.add_column(column, ratio=3 if column == "quote" else None)
    for quote in record.quotes:
        quotes.add_row(Text(quote.speaker or "(unknown)", style="bold"),
                       ", ".join(part for part in (quote.speaker_role, quote.speaker_org) if part),
                       quote.kind, quote.cue, quote.text)
    activities = Table(title="Programme activities", title_justify="left", show_edge=False)
    for column in ("programme", "owner (how read)", "partners", "places", "date", "people", "rupiah"):
        activities.add_column(column, justify="right" if column in ("people", "rupiah") else "left")
    for activity in record.activities:
        activities.add_row(Text(activity.programme, style="bold"),
                           f"{activity.owner} ({activity.owner_basis})" if activity.owner else "", activity.partners,
                           activity.places, activity.date, f"{activity.participants:,.0f}" if activity.participants else "",
                           f"{activity.amount_idr:,.0f}" if activity.amount_idr else "")
    if record.error:
        parts.append(Text(f"error: {record.error}", style="bold red"))
    return Group(*parts, Rule(), values, quotes, activities)


def view(document: Document, warta: Warta) -> Group:
    """Extract ``document`` (see :func:`find_document`) and return its terminal view, ready for
    ``Console.print``."""
    return render(document.text, next(warta.extract_many([document])))
