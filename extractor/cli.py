"""The ``warta`` command line: ``warta extract INPUT... -o OUTDIR [--reference-date YYYY-MM-DD]``."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Iterator, Optional

import pandas as pd

from .api import Warta, load
from .reading import InputError, read_inputs
from .records import DocumentRecord
from .writing import TableWriter


def _reference_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="warta", description="Structured records from Indonesian news articles.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract entities, dates, counts, money and quotes into CSV tables")
    extract.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt or .jsonl files, directories, or - for JSONL on stdin")
    extract.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder for the CSV tables")
    extract.add_argument("--reference-date", type=_reference_date, default=None,
                         help="resolves relative dates of documents without a date (default: today)")
    summary = commands.add_parser("summary", help="print a short overview of an output folder")
    summary.add_argument("outdir", metavar="OUTDIR")
    report = commands.add_parser("report", help="write a self-contained HTML report of an output folder")
    report.add_argument("outdir", metavar="OUTDIR")
    report.add_argument("-o", "--output", required=True, metavar="REPORT.html", help="the HTML file to write")
    report.add_argument("--inputs", nargs="+", metavar="INPUT",
                        help="the inputs given to `warta extract`, for the article texts (default: the files "
                             "named in articles.csv's source column, where they still exist)")
    show = commands.add_parser("show", help="print one article's extraction in colour")
    show.add_argument("article", metavar="ARTICLE", help="a .txt file, or a .jsonl file (the first line, or --id)")
    show.add_argument("--id", dest="doc_id", help="the id of the article in a .jsonl file")
    show.add_argument("--reference-date", type=_reference_date, default=None,
                      help="resolves relative dates when the article has no date (default: today)")
    return parser


def run_report(args: argparse.Namespace) -> int:
    """``warta report``: the HTML report of an output folder."""
    from .report import write_report  # matplotlib loads only for this command

    try:
        written = write_report(args.outdir, args.output, args.inputs)
    except OSError as error:  # a folder that is not an OUTDIR, a report that cannot be written
        print(f"warta: {error}", file=sys.stderr)
        return 2
    print(f"warta: wrote {args.output}: {written['articles']} articles, {written['with_text']} with their text")
    return 0


def run_show(args: argparse.Namespace) -> int:
    """``warta show``: one article's extraction in the terminal."""
    from rich.console import Console

    from .show import find_document, view

    try:
        document = find_document(args.article, args.doc_id)
    except ValueError as error:
        print(f"warta: {error}", file=sys.stderr)
        return 2
    Console().print(view(document, load(reference_date=args.reference_date)))
    return 0


def print_summary(outdir: str) -> None:
    """One block per article: its title, how many records of each kind, and who is quoted."""
    tables = {name: pd.read_csv(Path(outdir) / f"{name}.csv", dtype=str, keep_default_na=False)
              for name in ("articles", "entities", "dates", "counts", "money", "quotes")}
    for article in tables["articles"].itertuples():
        sizes = {name: int((table["doc_id"] == article.doc_id).sum()) for name, table in tables.items() if name != "articles"}
        print(f"{article.doc_id} [{article.status}] {article.title[:70]}")
        print("   " + ", ".join(f"{n} {name}" for name, n in sizes.items()))
        quotes = tables["quotes"][tables["quotes"]["doc_id"] == article.doc_id]
        for quote in quotes.itertuples():
            print(f"   {quote.kind:8} {quote.speaker or '(unknown)':28} {quote.text[:60]}")


def run_extract(warta: Warta, inputs: list[str], writer: TableWriter) -> dict[str, int]:
    """Extract every document from ``inputs`` into ``writer``; unreadable ones become error rows."""
    failures: list[InputError] = []

    def documents() -> Iterator[dict]:
        for item in read_inputs(inputs):
            if isinstance(item, InputError):
                failures.append(item)
            else:
                yield item

    for record in warta.extract_many(documents()):
        writer.add(record)
    for failure in failures:
        writer.add(DocumentRecord.failed(failure.doc_id, failure.source, failure.error))
    return writer.write()


def main(argv: Optional[list[str]] = None) -> int:
    """Entry point of the ``warta`` console script."""
    args = _parser().parse_args(argv)
    if args.command == "summary":
        print_summary(args.outdir)
        return 0
    if args.command in ("report", "show"):
        return run_report(args) if args.command == "report" else run_show(args)
    warta = load(reference_date=args.reference_date)
    try:
        written = run_extract(warta, args.inputs, TableWriter(args.output))
    except OSError as error:
        print(f"warta: cannot write {args.output}: {error}", file=sys.stderr)
        return 2
    summary = ", ".join(f"{count} {table}" for table, count in written.items())
    print(f"warta: wrote {args.output}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
