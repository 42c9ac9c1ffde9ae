"""The ``warta`` command line: ``warta extract INPUT... -o OUTDIR [--reference-date YYYY-MM-DD]
[--workers N] [--resume] [--format csv|parquet] ...`` and the commands that read its output."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Optional

from .api import BACKENDS, DEFAULT_BACKEND, Warta, load
from .batch import DEFAULT_PART_SIZE, BatchOptions, BatchResult, OutputFolderError, ResumeError, run_batch
from .batch.engines import ENGINES
from .lexicon.names import LexiconError
from .reading import MAPPABLE_FIELDS, CsvLayout
from .writing import FORMATS

# The records counted per article by ``warta summary``.
SUMMARY_TABLES = ("entities", "dates", "counts", "money", "measures", "quotes")


def _fail(message: str) -> int:
    """Say what is wrong in one line on stderr; returns 2, the exit status of a command that cannot run."""
    print(f"warta: {message}", file=sys.stderr)
    return 2


def _reference_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}")


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {value!r}")
    return int(value)


def _folder(value: str) -> str:
    if not Path(value).is_dir():
        raise argparse.ArgumentTypeError(f"no such folder: {value!r}")
    return value


def _column(value: str) -> tuple[str, str]:
    name, _, column = value.partition("=")
    if name not in MAPPABLE_FIELDS or not column:
        raise argparse.ArgumentTypeError(f"not FIELD=COLUMN with FIELD one of {', '.join(MAPPABLE_FIELDS)}: {value!r}")
    return name, column


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="warta", description="Structured records from Indonesian news articles.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract entities, dates, counts, money and quotes into tables")
    extract.add_argument("inputs", nargs="+", metavar="INPUT",
                         help=".txt, .jsonl, .csv or .html files, directories, or - for JSONL on stdin")
    extract.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder for the tables")
    extract.add_argument("--format", choices=FORMATS, default="csv", help="table format (default: csv)")
    extract.add_argument("--raw-csv", action="store_true",
                         help="keep cells starting with = + - @ tab or CR as they are (by default they get a "
                              "leading ' so spreadsheets do not run them as formulas)")
    extract.add_argument("--workers", type=_positive, default=1, metavar="N",
                         help="processes, each loading the model once (default: 1, in this process)")
    extract.add_argument("--engine", choices=ENGINES, default="local",
                         help="local processes, or a dask.distributed cluster (default: local)")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="the dask scheduler (tcp://host:8786); without it --engine dask starts a local "
                              "cluster of --workers processes")
    extract.add_argument("--resume", action="store_true",
                         help="go on with an interrupted run of the same job in OUTDIR: only documents not done yet "
                              "are processed")
    extract.add_argument("--overwrite", action="store_true",
                         help="replace the tables an earlier run wrote to OUTDIR (without it such a folder is refused)")
    extract.add_argument("--text-column", default="text", metavar="NAME", help="the text column of .csv inputs (default: text)")
    extract.add_argument("--column", type=_column, action="append", default=[], metavar="FIELD=COLUMN",
                         help=f"the .csv column of a field ({', '.join(MAPPABLE_FIELDS)}), e.g. id=article_id; "
                              "repeatable (default: the column named like the field)")
    extract.add_argument("--part-size", type=_positive, default=DEFAULT_PART_SIZE, metavar="N",
                         help=f"documents per committed part: at most this many are redone after a crash "
                              f"(default: {DEFAULT_PART_SIZE})")
    extract.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                         help="a progress bar with documents/s and time left (default: on a terminal only)")
    extract.add_argument("--reference-date", type=_reference_date, default=None,
                         help="resolves relative dates of documents without a date (default: today)")
    extract.add_argument("--backend", choices=BACKENDS, default=DEFAULT_BACKEND,
                         help="NER model: stanza (default, accurate), spacy (twice as fast, misses more full "
                              "names in title chains) or ensemble (the entities both find: fewer, most precise)")
    extract.add_argument("--lexicon", type=_folder, action="append", default=[], metavar="DIR",
                         help="a folder of name lists (aliases.tsv, known_programmes.tsv, ...) whose rows extend "
                              "the shipped ones; may be given more than once (see README, 'Your own word lists')")
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
        return _fail(str(error))
    print(f"warta: wrote {args.output}: {written['articles']} articles, {written['with_text']} with their text")
    return 0


def run_show(args: argparse.Namespace) -> int:
    """``warta show``: one article's extraction in the terminal."""
    from rich.console import Console

    from .show import find_document, view

    try:
        document = find_document(args.article, args.doc_id)
    except ValueError as error:
        return _fail(str(error))
    Console().print(view(document, load(reference_date=args.reference_date)))
    return 0


def print_summary(outdir: str) -> None:
    """One block per article: its title, how many records of each kind, and who is quoted.

    Raises:
        FileNotFoundError: ``outdir`` is missing or holds no articles table.
    """
    from .report.data import load_tables  # the report's reader: CSV or Parquet, read as strings

    tables = load_tables(outdir)
    for article in tables["articles"].itertuples():
        sizes = {name: int((tables[name]["doc_id"] == article.doc_id).sum()) for name in SUMMARY_TABLES}
        print(f"{article.doc_id} [{article.status}] {article.title[:70]}")
        print("   " + ", ".join(f"{n} {name}" for name, n in sizes.items()))
        quotes = tables["quotes"][tables["quotes"]["doc_id"] == article.doc_id]
        for quote in quotes.itertuples():
            print(f"   {quote.kind:8} {quote.speaker or '(unknown)':28} {quote.text[:60]}")


def extract_options(args: argparse.Namespace) -> BatchOptions:
    """The batch job that ``warta extract`` arguments describe."""
    return BatchOptions(
        inputs=tuple(args.inputs), output=Path(args.output), reference_date=args.reference_date,
        workers=args.workers, engine=args.engine, scheduler=args.scheduler, format=args.format,
        raw_csv=args.raw_csv, resume=args.resume, overwrite=args.overwrite, part_size=args.part_size,
        progress=args.progress,
        layout=CsvLayout(text=args.text_column, columns=dict(args.column)),
        # The default pipeline is named by no option, as in runs started from the API (resumable either way).
        load_options={**({} if args.backend == DEFAULT_BACKEND else {"backend": args.backend}),
                      **({"lexicon": tuple(args.lexicon)} if args.lexicon else {})})


def run_extract(options: BatchOptions, warta: Optional[Warta] = None) -> BatchResult:
    """Extract every document of the job's inputs into its tables; unreadable ones become error
    rows. ``warta``: a pipeline already loaded, used when the job runs in this process."""
    return run_batch(options, warta)


def main(argv: Optional[list[str]] = None) -> int:
    """Entry point of the ``warta`` console script."""
    args = _parser().parse_args(argv)
    if args.command == "summary":
        try:
            print_summary(args.outdir)
        except FileNotFoundError as error:
            return _fail(str(error))
        return 0
    if args.command in ("report", "show"):
        return run_report(args) if args.command == "report" else run_show(args)
    if args.scheduler and args.engine != "dask":
        return _fail("--scheduler needs --engine dask")
    if args.resume and args.overwrite:
        return _fail("--resume keeps what OUTDIR holds, --overwrite replaces it: give one of them")
    # A mistyped path is caught before the model loads; files that cannot be read inside a folder
    # go on to errors.csv, as they are found only while the run reads its input.
    missing = [name for name in args.inputs if name != "-" and not Path(name).exists()]
    if missing:
        return _fail(f"no such file or directory: {', '.join(missing)}")
    try:
        result = run_extract(extract_options(args))
    # a backend not installed; OUTDIR not free; a malformed name list of --lexicon
    except (ImportError, OutputFolderError, LexiconError) as error:
        return _fail(str(error))
    except ResumeError as error:
        return _fail(f"cannot resume: {error}")
    except OSError as error:
        return _fail(f"cannot write {args.output}: {error}")
    except KeyboardInterrupt:
        print("warta: interrupted; finished parts are kept: run the same command with --resume", file=sys.stderr)
        return 130
    summary = ", ".join(f"{count} {table}" for table, count in result.rows.items())
    resumed = f", {result.resumed} documents done before" if result.resumed else ""
    print(f"warta: wrote {args.output}: {summary} ({result.processed} documents processed{resumed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
