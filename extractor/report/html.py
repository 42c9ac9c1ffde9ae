"""``warta report``: one self-contained HTML file for an output folder: charts (inline SVG),
sortable tables (a few lines of inline JavaScript) and an article view that highlights each
article's records in its text, displaCy-style. Nothing is fetched when the page is viewed.

Article text is not in the tables: it is read again from the inputs (by default the files named
in articles.csv's ``source`` column). All text is escaped: articles are untrusted input.
"""
from __future__ import annotations

from bisect import bisect_right
from html import escape
from pathlib import Path
from string import Template
from typing import Iterable, Optional

import pandas as pd

from ..reading import Document, prepare, read_inputs
from . import charts, data
from .spans import PALETTE, Highlights, Span, article_spans, colour

TEMPLATE = Path(__file__).with_name("template.html")
MAX_ROWS = 2000  # rows per listing table; the CSV has them all
TOP = 10  # bars per ranking chart
SPAN_TABLES = ("entities", "dates", "counts", "money", "quotes")


def article_texts(articles: pd.DataFrame, inputs: Optional[list[str]] = None) -> dict[str, str]:
    """doc_id -> text for the articles, read from ``inputs`` (files or directories, as given to
    ``warta extract``), or else from the files their ``source`` names (``path`` or ``path:line``)
    where those still exist."""
    if not inputs:
        sources = (source if Path(source).is_file() else source.rpartition(":")[0] for source in articles["source"])
        inputs = list(dict.fromkeys(source for source in sources if source and Path(source).is_file()))
    wanted = set(articles["doc_id"])
    texts: dict[str, str] = {}
    for item in read_inputs(inputs):
        if isinstance(item, Document) and item.id in wanted and item.id not in texts:
            item = prepare(item)  # a page: its main text, which the offsets count
            if isinstance(item, Document):
                texts[item.id] = item.text
    return texts


def highlighted_text(text: str, highlights: Highlights) -> str:
    """``text`` as escaped HTML with its marks and quotes wrapped in styled elements."""
    marks, quotes = highlights.marks, highlights.quotes
    mark_starts = [mark.start for mark in marks]
    bounds = sorted({0, len(text), *(edge for span in marks + quotes for edge in (span.start, span.end))})
    html: list[str] = []
    open_quote: Optional[Span] = None
    for start, end in zip(bounds, bounds[1:]):
        quote = next((quote for quote in quotes if quote.start <= start < quote.end), None)
        if quote is not open_quote:
            if open_quote:
                html.append(_close_quote(open_quote))
            if quote:
                html.append(f'<span class="quote" title="quote: {escape(quote.note)}">')
            open_quote = quote
        index = bisect_right(mark_starts, start) - 1
        mark = marks[index] if index >= 0 and marks[index].end > start else None
        piece = escape(text[start:end])
        if mark:
            label = f'<span class="lab">{escape(mark.label)}</span>' if end == mark.end else ""
            title = escape(f"{mark.label}: {mark.note}" if mark.note else mark.label)
            piece = f'<mark class="ent" style="background:{colour(mark.label)}" title="{title}">{piece}{label}</mark>'
        html.append(piece)
    if open_quote:
        html.append(_close_quote(open_quote))
    return "".join(html)


def _close_quote(quote: Span) -> str:
    """The end of a quote: its speaker's tag, then the closing tag."""
    return f'<span class="speaker">— {escape(quote.note)}</span></span>'


def _cell(value: object, numeric: bool, link: Optional[str] = None) -> str:
    """A table cell: text escaped (a link to the article view when ``link``), numbers right-aligned
    with thousands separators and their value as the sort key (empty cells sort first)."""
    if numeric:
        if pd.isna(value):
            return '<td class="num" data-sort="-Infinity"></td>'
        return f'<td class="num" data-sort="{value:g}">{value:,.{0 if float(value).is_integer() else 2}f}</td>'
    text = escape(str(value))
    return f'<td><a href="#{link}">{text}</a></td>' if link else f"<td>{text}</td>"


def html_table(frame: pd.DataFrame, name: str, anchors: dict[str, str], heading: str, note: str = "") -> str:
    """A sortable table of ``frame`` (at most ``MAX_ROWS`` rows): columns with a numeric dtype are
    numbers; ``doc_id`` cells link to the article view."""
    shown = frame.head(MAX_ROWS)
    if len(frame) > len(shown):
        note += f" First {len(shown):,} of {len(frame):,} rows; {name}.csv has them all."
    numeric = [pd.api.types.is_numeric_dtype(shown[column]) and not pd.api.types.is_bool_dtype(shown[column])
               for column in shown.columns]
    header = "".join(f"<th>{escape(str(column))}</th>" for column in shown.columns)
    rows = "\n".join(
        "<tr>" + "".join(_cell(value, is_number, anchors.get(value) if column == "doc_id" else None)
                         for column, is_number, value in zip(shown.columns, numeric, values)) + "</tr>"
        for values in shown.itertuples(index=False, name=None))
    return (f'<h2 id="table-{name}">{escape(heading)}</h2>\n<p class="note">{escape(note.strip())}</p>\n'
            f'<div class="scroll"><table class="sortable" data-table="{name}"><thead><tr>{header}</tr></thead>\n'
            f"<tbody>\n{rows}\n</tbody></table></div>")


def _columns(frame: pd.DataFrame, wanted: Iterable[str]) -> pd.DataFrame:
    """The wanted columns that ``frame`` has, in that order (older outputs lack newer columns)."""
    return frame[[column for column in wanted if column in frame.columns]]


def _valued(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its ``value`` column as numbers, so the table sorts and formats them as such."""
    return frame.assign(value=data.numbers(frame["value"]))


def chart_figures(tables: dict[str, pd.DataFrame]) -> dict[str, "charts.Figure"]:
    """The report's charts by name, in page order."""
    entities, quotes, counts, activities = tables["entities"], tables["quotes"], tables["counts"], tables["activities"]
    nouns = data.counted_nouns(counts)
    provinces = data.mentions_per_province(entities, TOP)
    timeline, outside = data.date_timeline(tables["dates"])
    return {
        "organisations": charts.bar_chart(data.top_entities(entities, "ORG", TOP)["mentions"],
                                          "Most-mentioned organisations", PALETTE["ORG"]),
        "programmes": charts.bar_chart(data.top_entities(entities, "PROGRAMME", TOP)["mentions"],
                                       "Most-mentioned programmes", PALETTE["PROGRAMME"]),
        "speakers": charts.bar_chart(data.top_speakers(quotes, TOP)["quotes"], "Quoted most", PALETTE["QUOTE"], "quotes"),
        "counted": charts.bar_chart(nouns["mentions"], "What is counted (people, things)",
                                    [PALETTE["PER"] if category == "people" else PALETTE["COUNT"] for category in nouns["category"]]),
        "provinces": charts.bar_chart(provinces["mentions"] if provinces is not None else pd.Series(dtype=int),
                                      "Mentions per province", PALETTE["LOC"],
                                      empty="no places linked to a province" if provinces is not None
                                      else "no province column: written before region linking"),
        "timeline": charts.timeline_chart(timeline, "Dates mentioned, per month", PALETTE["DATE"], outside),
        "activity-provinces": charts.bar_chart(data.activities_per_province(activities, TOP), "Programme activities per province",
                                               PALETTE["PROGRAMME"], "activities", empty="no programme activity placed in a province"),
        "activity-participants": charts.timeline_chart(data.activities_per_month(activities, "participants"),
                                                       "Programme participants, per month of the activity", PALETTE["PER"],
                                                       ylabel="participants"),
        "activity-money": charts.timeline_chart(data.activities_per_month(activities, "amount_idr"),
                                                "Programme money (Rp), per month of the activity", PALETTE["MONEY"],
                                                ylabel="rupiah"),
    }


def _article(position: int, article: dict, text: Optional[str], rows: dict[str, list[dict]], count: int) -> str:
    """One article's section of the article view."""
    pager = "".join(f'<a href="#article-{other}">{arrow}</a>' for other, arrow in
                    ((position - 1, "← previous"), (position + 1, "next →")) if 0 <= other < count)
    meta = " · ".join(escape(str(article.get(key) or "")) for key in ("doc_id", "outlet", "dateline", "published_date", "source")
                      if article.get(key))
    parts = [f'<article class="doc" id="article-{position}"><span class="pager">{pager}</span>',
             f"<h3>{escape(article.get('title') or article['doc_id'])}</h3>", f'<p class="note">{meta}</p>']
    if article.get("status", "ok") != "ok":
        parts.append(f'<p class="error">status {escape(article["status"])}: see errors.csv</p>')
    if text is None:
        parts.append('<p class="missing">Article text not available: pass the inputs with --inputs.</p>')
    else:
        highlights = article_spans(rows, text)
        if highlights.mismatched:
            parts.append(f'<p class="missing">{highlights.mismatched} records do not match this text '
                         "(was it edited after extraction?); they are not shown.</p>")
        parts.append(f'<div class="text">{highlighted_text(text, highlights)}</div>')
    if rows.get("quotes"):
        items = "".join(
            f"<li><b>{escape(quote['speaker'] or '(unknown)')}</b> "
            f"{escape(', '.join(part for part in (quote['speaker_role'], quote['speaker_org']) if part))} "
            f"<i>{escape(quote['kind'])}, {escape(quote['cue'])}</i>: “{escape(quote['text'])}”</li>"
            for quote in rows["quotes"])
        parts.append(f'<h4>Quotes</h4><ol class="quotes">{items}</ol>')
    parts.append("</article>")
    return "\n".join(parts)


def render_report(tables: dict[str, pd.DataFrame], texts: dict[str, str], title: str) -> str:
    """The whole report page for ``tables`` (from :func:`data.load_tables`) and article ``texts``."""
    articles = data.per_article(tables)
    anchors = {doc_id: f"article-{position}" for position, doc_id in enumerate(articles["doc_id"])}
    figures = chart_figures(tables)
    chart_html = "\n".join(f'<figure class="chart" data-chart="{name}">{charts.to_svg(figure, name)}</figure>'
                           for name, figure in figures.items())
    speakers = data.top_speakers(tables["quotes"], 50)
    speakers["quoted on"] = data.quote_topics(tables["quotes"], tables["entities"], list(speakers.index))
    listings = [
        (_columns(articles, ("doc_id", "title", "outlet", "published_date", "status", "duplicate_of",
                             *SPAN_TABLES)), "articles", "Articles", "Click a doc_id to read the article with its records highlighted."),
        (data.top_entities(tables["entities"], None, MAX_ROWS).reset_index(), "entities", "Entities",
         "Mentions per canonical name."),
        (speakers.reset_index(), "speakers", "Who is quoted, and on what",
         "The names mentioned most inside each speaker's quotes."),
        (data.programme_table(tables["activities"], tables["referents"], MAX_ROWS).reset_index(), "programmes",
         "Programmes: who runs them, where, for how many, for how much",
         "From the activities table, one activity per programme per article; names are the archive's referents."),
        (data.participants_per_programme(tables["entities"], tables["counts"], MAX_ROWS).reset_index(),
         "participants", "Participants per programme",
         "The count of people written nearest to a programme's mention, summed over articles."),
        (_columns(tables["quotes"], ("doc_id", "speaker", "speaker_role", "speaker_org", "kind", "cue", "text")),
         "quotes", "Quotes", ""),
        (_columns(_valued(tables["counts"]), ("doc_id", "text", "value", "noun", "category", "object")), "counts", "Counts", ""),
        (_columns(_valued(tables["money"]), ("doc_id", "text", "value", "currency")), "money", "Money", ""),
    ]
    if not tables["errors"].empty:
        listings.append((tables["errors"], "errors", "Errors", "Documents that could not be processed."))
    table_html = "\n".join(html_table(frame, name, anchors, heading, note) for frame, name, heading, note in listings)

    grouped = {table: {doc_id: group.to_dict("records") for doc_id, group in tables[table].groupby("doc_id", sort=False)}
               for table in SPAN_TABLES}
    article_html = "\n".join(
        _article(position, article, texts.get(article["doc_id"]),
                 {table: grouped[table].get(article["doc_id"], []) for table in SPAN_TABLES}, len(articles))
        for position, article in enumerate(articles.to_dict("records")))

    ok = int((articles["status"] == "ok").sum())
    sizes = " · ".join(f"{len(tables[table]):,} {table}" for table in SPAN_TABLES)
    stats = f"{len(articles):,} articles ({ok:,} ok, {len(articles) - ok:,} with errors) · {sizes}"
    legend = "".join(f'<span style="background:{colour}">{escape(label)}</span>' for label, colour in PALETTE.items())
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        title=escape(title), stats=escape(stats), charts=chart_html, tables=table_html, legend=legend,
        articles=article_html, quote_colour=PALETTE["QUOTE"])


def write_report(outdir: str | Path, output: str | Path, inputs: Optional[list[str]] = None) -> dict[str, int]:
    """Write the report of ``outdir`` to ``output``; returns how many articles it holds and how
    many of them have their text (see :func:`article_texts` for ``inputs``)."""
    tables = data.load_tables(outdir)
    texts = article_texts(tables["articles"], inputs)
    page = render_report(tables, texts, f"warta report: {Path(outdir).resolve().name}")
    Path(output).write_text(page, encoding="utf-8")
    return {"articles": len(tables["articles"]), "with_text": len(texts)}
