"""Reading inputs into documents: ``.txt``, ``.jsonl``, ``.csv`` and ``.html`` files, directories
and standard input, one document at a time (an archive is never held in memory).

Every input unit becomes either a :class:`Document` (the JSONL fields) or a :class:`ReadError`,
so a bad file, line or row is reported in ``errors.csv`` and never stops the run. Repairs are
kept, not hidden: a document whose bytes were not valid UTF-8 is decoded with U+FFFD replacement
characters and carries ``flags=("invalid-utf8",)``; one without an id gets ``<file stem>-<line>``
and ``missing-id``. HTML stays markup here (``html`` instead of ``text``):
:func:`prepare` extracts its main text with trafilatura where documents are processed, in the
workers, because that costs more than reading.
"""
from __future__ import annotations

import csv
import json
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Optional, Union

SUFFIXES = (".txt", ".jsonl", ".csv", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
JSONL_FIELDS = ("id", "text", "html", "title", "date", "url", "source")
MAPPABLE_FIELDS = ("id", "title", "date", "url", "source")
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.05  # more control bytes than this in the first 8 KiB: not text
_MAX_CSV_FIELD = 1 << 30  # the csv module's default (128 KiB) would refuse long articles


@dataclass(frozen=True)
class Document:
    """One input document as read: its JSONL fields, each a string ("" where the input has none),
    and the repairs made while reading it.

    A page keeps its markup in ``html`` (bytes from an ``.html`` file, a string from a record) and
    has no ``text`` until :func:`prepare` extracts it.
    """

    id: str
    text: str = ""
    html: Union[str, bytes] = ""
    title: str = ""
    date: str = ""
    url: str = ""
    source: str = ""
    flags: tuple[str, ...] = ()

    def as_record(self) -> dict:
        """The document as a JSONL record: its fields that are not empty, and ``flags`` (a list)
        when it has any; what a document's content hash is computed from."""
        record = {name: getattr(self, name) for name in JSONL_FIELDS if getattr(self, name) not in (None, "")}
        if self.flags:
            record["flags"] = list(self.flags)
        return record


@dataclass(frozen=True)
class ReadError:
    """An input unit that could not be read as a document: the id it would have had, where it
    is (a path, ``path:line``) and why."""

    id: str
    source: str
    error: str

    def as_record(self) -> dict:
        """What the unit's content hash is computed from."""
        return {"doc_id": self.id, "source": self.source, "error": self.error}


Item = Union[Document, ReadError]


@dataclass(frozen=True)
class CsvLayout:
    """Which columns of a ``.csv`` input hold a document's fields.

    Args:
        text: the column with the article text.
        columns: field (``id``, ``title``, ``date``, ``url``, ``source``) -> column name; a field
            not named here is read from the column of the same name when there is one.
    """

    text: str = "text"
    columns: Mapping[str, str] = field(default_factory=dict)

    def column(self, name: str) -> str:
        """The CSV column holding field ``name``."""
        return self.text if name == "text" else self.columns.get(name, name)


def _looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding: NUL bytes or many control bytes."""
    sample = data[:_SNIFF_BYTES]
    if b"\0" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\v\x1b")
    return controls > _MAX_CONTROL_SHARE * max(len(sample), 1)


def _decode(data: bytes) -> tuple[str, bool]:
    """Text from UTF-8 bytes (a byte-order mark dropped) and whether invalid bytes were replaced."""
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        return data.decode("utf-8-sig", errors="replace"), True


def _field(value) -> Union[str, bytes]:
    """A field's value as read: "" for none, strings and bytes as they are, anything else as a string."""
    if value in (None, ""):
        return ""
    return value if isinstance(value, (str, bytes)) else str(value)


def _document(fields: dict, flags: Iterable[str]) -> Document:
    """A document from its fields (values as strings) and its repair flags."""
    return Document(**{name: _field(value) for name, value in fields.items()}, flags=tuple(flags))


def _read_txt(path: Path) -> Item:
    data = path.read_bytes()
    if _looks_binary(data):
        return ReadError(path.stem, str(path), "binary data, not UTF-8 text")
    text, repaired = _decode(data)
    if not text.strip():
        return ReadError(path.stem, str(path), "empty document")
    return _document({"id": path.stem, "text": text, "source": str(path)}, ["invalid-utf8"] if repaired else [])


def _read_html(path: Path) -> Item:
    data = path.read_bytes()
    if not data.strip():
        return ReadError(path.stem, str(path), "empty document")
    if _looks_binary(data):
        return ReadError(path.stem, str(path), "binary data, not HTML")
    # trafilatura reads the charset the page declares, so the bytes are kept as they are.
    return Document(path.stem, html=data, source=str(path))


def _record_document(record, where: str, fallback_id: str, flags: list[str]) -> Item:
    """A document from one JSONL object or CSV row: ``text`` (or ``html``) required, ``id`` optional."""
    if not isinstance(record, dict):
        return ReadError(fallback_id, where, "not a JSON object")
    record = {name: record.get(name) for name in JSONL_FIELDS}
    flags = list(flags)
    doc_id = record.get("id")
    if doc_id in (None, ""):
        doc_id = fallback_id
        flags.append("missing-id")
    if record.get("text") not in (None, ""):
        record = {name: value for name, value in record.items() if name != "html"}
    body = record.get("text") or record.get("html")
    if not isinstance(body, str) or not body.strip():
        return ReadError(str(doc_id), where, "missing or empty 'text'")
    return _document({**record, "id": doc_id, "source": record.get("source") or where}, flags)


def read_records(records: Iterable, name: str) -> Iterator[Item]:
    """Documents from records that are dicts with the JSONL fields (rows of a DataFrame, parsed
    JSON): record N (from 1) is ``name:N`` in ``source`` and, without an id, gets ``name-N``."""
    for number, record in enumerate(records, start=1):
        yield _record_document(record, f"{name}:{number}", f"{name}-{number}", [])


def _decoded_lines(lines: Iterable[bytes], repaired: set[int]) -> Iterator[str]:
    """Each line decoded on its own, so a bad byte is traced to its line (added to ``repaired``)."""
    for number, raw in enumerate(lines, start=1):
        text, was_repaired = _decode(raw)
        if was_repaired:
            repaired.add(number)
        yield text


def _read_jsonl(lines: Iterable[bytes], name: str) -> Iterator[Item]:
    stem = Path(name).stem
    repaired: set[int] = set()
    for number, line in enumerate(_decoded_lines(lines, repaired), start=1):
        flags = ["invalid-utf8"] if number in repaired else []
        repaired.discard(number)
        if not line.strip():
            continue
        where, fallback_id = f"{name}:{number}", f"{stem}-{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadError(fallback_id, where, f"line is not JSON: {error.msg}")
            continue
        yield _record_document(record, where, fallback_id, flags)


def _read_csv(path: Path, layout: CsvLayout) -> Iterator[Item]:
    csv.field_size_limit(_MAX_CSV_FIELD)
    repaired: set[int] = set()
    with path.open("rb") as raw:
        rows = csv.reader(_decoded_lines(raw, repaired))
        try:
            header = next(rows, None)
        except csv.Error as error:
            yield ReadError(path.stem, str(path), f"unreadable CSV header: {error}")
            return
        if not header or layout.text not in header:
            yield ReadError(path.stem, str(path), f"no text column {layout.text!r} in the CSV header "
                                                   f"{header or []} (choose one with --text-column)")
            return
        index = {name: header.index(layout.column(name)) for name in ("text",) + MAPPABLE_FIELDS
                 if layout.column(name) in header}
        last_line = rows.line_num
        while True:
            first_line = last_line + 1
            where, fallback_id = f"{path}:{first_line}", f"{path.stem}-{first_line}"
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as error:  # the reader goes on with the next line
                last_line = rows.line_num
                yield ReadError(fallback_id, where, f"malformed CSV row: {error}")
                continue
            last_line = rows.line_num
            lines = range(first_line, last_line + 1)
            flags = ["invalid-utf8"] if any(number in repaired for number in lines) else []
            repaired.difference_update(lines)
            if not any(cell.strip() for cell in row):
                continue
            fields = {name: row[column] if column < len(row) else None for name, column in index.items()}
            yield _record_document(fields, where, fallback_id, flags)


def _files(path: Path, skip: Optional[Path]) -> Iterator[Path]:
    """``path`` itself, or the input files below a directory in a fixed order (names sorted per
    folder, files before subfolders), listing one folder at a time. Hidden folders and ``skip``
    (the run's output folder, whose tables are no input) are left out."""
    if not path.is_dir():
        yield path
        return
    for folder, subfolders, names in os.walk(path):
        subfolders[:] = sorted(name for name in subfolders
                               if not name.startswith(".") and (skip is None or Path(folder, name).resolve() != skip))
        for name in sorted(names):
            if Path(name).suffix.lower() in SUFFIXES:
                yield Path(folder) / name


def read_inputs(inputs: Iterable[str], layout: CsvLayout = CsvLayout(), skip: Optional[Path] = None) -> Iterator[Item]:
    """Documents and input errors from files, directories and ``-`` (JSONL on standard input).

    Streams: JSONL and CSV files are read a line at a time, other files one at a time.

    Args:
        inputs: paths of files or directories, or ``-``.
        layout: the columns of ``.csv`` inputs.
        skip: a folder not to read below an input directory (the output folder).
    """
    skip = skip.resolve() if skip is not None else None
    for name in inputs:
        if name == "-":
            yield from _read_jsonl(sys.stdin.buffer, "<stdin>")
            continue
        root = Path(name)
        if not root.exists():
            yield ReadError(root.stem, name, "no such file or directory")
            continue
        for path in _files(root, skip):
            suffix = path.suffix.lower()
            try:
                if suffix == ".jsonl":
                    with path.open("rb") as lines:
                        yield from _read_jsonl(lines, str(path))
                elif suffix == ".csv":
                    yield from _read_csv(path, layout)
                elif suffix == ".txt":
                    yield _read_txt(path)
                elif suffix in HTML_SUFFIXES:
                    yield _read_html(path)
                else:
                    yield ReadError(path.stem, str(path), f"unsupported file type {path.suffix!r} "
                                                           f"(use {', '.join(SUFFIXES)})")
            except OSError as error:
                yield ReadError(path.stem, str(path), f"cannot read: {error.strerror or error}")


def prepare(document: Document) -> Item:
    """The document ready for the pipeline: an HTML page becomes its main text (trafilatura,
    favouring precision, without comments; the page's title, date and URL fill fields the input
    left empty);
    other documents are returned as they are. A page without article text is a read error."""
    if not document.html:
        return document
    import trafilatura  # imported where pages are read: a run without HTML never loads it

    try:
        # favor_precision: menus and footers stay out, and a page with no article yields nothing.
        page = trafilatura.bare_extraction(document.html, with_metadata=True, include_comments=False,
                                           favor_precision=True, date_extraction_params={"extensive_search": False})
    except Exception as error:  # trafilatura and lxml raise many kinds on broken markup
        return ReadError(document.id, document.source, f"unreadable HTML: {type(error).__name__}: {error}")
    if page is None or not (page.text or "").strip():
        return ReadError(document.id, document.source, "no article text found in the HTML")
    found = {name: getattr(document, name) or _field(getattr(page, name, None)) for name in ("title", "date", "url")}
    return replace(document, html="", text=_field(page.text), **found)
